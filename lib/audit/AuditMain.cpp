//===--- AuditMain.cpp - ssot-audit: the whole-project audit and CI gate --===//
//
// ssot-audit -p <build-dir> [paths...]: every unit of the compilation
// database parsed once on -j worker threads with the ssot checks each file's
// .clang-tidy enables, findings merged across units, scored, compared with a
// baseline and written as SARIF, Markdown and JSON. See docs/ssot-audit.md.
//
//===----------------------------------------------------------------------===//
#include "checks/SSOTTidyModule.h"
#include "lib/audit/Analyzer.h"
#include "lib/audit/HeaderScan.h"
#include "lib/audit/Audit.h"
#include "lib/audit/Project.h"
#include "lib/audit/Reports.h"
#include "lib/hosts/ConfigFiles.h"
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <atomic>
#include <chrono>
#include <csignal>
#include <mutex>
#include <optional>
#include <thread>

using namespace llvm;
using namespace ssot::audit;

static cl::OptionCategory AuditCategory("ssot-audit options");
static cl::opt<std::string> BuildPath("p", cl::desc("build directory holding compile_commands.json"),
                                      cl::value_desc("build-dir"), cl::Required,
                                      cl::cat(AuditCategory));
static cl::list<std::string> Paths(cl::Positional,
                                   cl::desc("[paths...] (files or directories; default: every unit)"),
                                   cl::cat(AuditCategory));
static cl::opt<unsigned> Jobs("j", cl::desc("worker threads (default: the number of cores)"),
                              cl::init(0), cl::Prefix, cl::cat(AuditCategory));
static cl::opt<std::string> SarifFile("sarif", cl::desc("write a SARIF 2.1.0 log"),
                                      cl::value_desc("file"), cl::cat(AuditCategory));
static cl::opt<std::string> MarkdownFile("markdown", cl::desc("write the audit as Markdown"),
                                         cl::value_desc("file"), cl::cat(AuditCategory));
static cl::opt<std::string> JsonFile("json", cl::desc("write the audit as JSON"),
                                     cl::value_desc("file"), cl::cat(AuditCategory));
static cl::opt<std::string> BaselineFile("baseline", cl::desc("known findings (from --write-baseline)"),
                                         cl::value_desc("file"), cl::cat(AuditCategory));
static cl::opt<std::string> WriteBaseline("write-baseline",
                                          cl::desc("record today's findings as the baseline"),
                                          cl::value_desc("file"), cl::cat(AuditCategory));
static cl::opt<bool> UpdateBaseline("update-baseline",
                                    cl::desc("remove the --baseline entries no longer found (never adds)"),
                                    cl::cat(AuditCategory));
static cl::opt<std::string> FailOn("fail-on",
                                   cl::desc("lowest level of a new finding that fails the gate: warning (default) or error"),
                                   cl::init("warning"), cl::cat(AuditCategory));
static cl::opt<std::string> ChecksOverride("checks",
                                           cl::desc("check globs added after each file's Checks, as clang-tidy's --checks"),
                                           cl::cat(AuditCategory));
static cl::opt<std::string> ConfigText("config",
                                       cl::desc("YAML configuration merged over each file's .clang-tidy, as clang-tidy's --config"),
                                       cl::cat(AuditCategory));
static cl::opt<std::string> RootDir("root",
                                    cl::desc("project root that reports' paths are relative to (default: the working directory)"),
                                    cl::value_desc("dir"), cl::cat(AuditCategory));
static cl::opt<std::string> DocsUri("docs-uri",
                                    cl::desc("base URI of the checks' docs pages, for SARIF helpUri (default: the installed docs)"),
                                    cl::value_desc("uri"), cl::cat(AuditCategory));
static cl::opt<bool> Quiet("quiet", cl::desc("no progress output"), cl::cat(AuditCategory));

static std::atomic<bool> Interrupted{false};
static void onInterrupt(int) {
  Interrupted = true;
  std::signal(SIGINT, SIG_DFL); // a second Ctrl-C ends the process at once
}

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

static int usageError(const Twine &Message) {
  errs() << "ssot-audit: error: " << Message << "\n";
  return 2;
}

namespace {

/// Progress on stderr: one rewritten line on a terminal, a plain line every
/// ten seconds otherwise.
class Progress {
public:
  Progress(llvm::StringRef Phase, size_t Total)
      : Phase(Phase), Total(Total), Start(std::chrono::steady_clock::now()),
        Terminal(llvm::sys::Process::StandardErrIsDisplayed()) {}

  void update(size_t Done, size_t Findings) {
    if (Quiet)
      return;
    auto Now = std::chrono::steady_clock::now();
    double Elapsed = std::chrono::duration<double>(Now - Start).count();
    if (!Terminal && Done != Total &&
        std::chrono::duration<double>(Now - LastLine).count() < 10)
      return;
    LastLine = Now;
    double Eta =
        Done ? Elapsed / static_cast<double>(Done) * static_cast<double>(Total - Done) : 0;
    std::string Line =
        formatv("{0}: {1}/{2} units, {3} findings, {4:F0}s elapsed{5}", Phase, Done,
                Total, Findings, Elapsed,
                Done && Done < Total ? formatv(", ETA {0:F0}s", Eta).str() : "")
            .str();
    if (Terminal)
      errs() << "\r" << Line << "\033[K" << (Done == Total ? "\n" : "");
    else
      errs() << Line << "\n";
  }

private:
  std::string Phase;
  size_t Total;
  std::chrono::steady_clock::time_point Start, LastLine;
  bool Terminal;
};

} // namespace

/// Runs \p Commands on the worker threads; false if interrupted.
static bool runAll(const std::vector<clang::tooling::CompileCommand> &Commands,
                   const AnalyzerOptions &Options, llvm::StringRef Phase,
                   std::vector<UnitResult> &Results) {
  Results.assign(Commands.size(), UnitResult());
  std::atomic<size_t> Next{0};
  std::mutex Lock;
  size_t Done = 0, Findings = 0;
  Progress Bar(Phase, Commands.size());
  auto Work = [&] {
    while (!Interrupted) {
      size_t I = Next++;
      if (I >= Commands.size())
        return;
      UnitResult R = analyzeUnit(Commands[I], Options);
      std::lock_guard<std::mutex> Guard(Lock);
      Findings += R.Findings.size();
      Results[I] = std::move(R);
      Bar.update(++Done, Findings);
    }
  };
  unsigned Threads = Jobs ? Jobs : std::max(1u, std::thread::hardware_concurrency());
  Threads = std::min<unsigned>(Threads, std::max<size_t>(1, Commands.size()));
  std::vector<std::thread> Pool;
  for (unsigned T = 1; T < Threads; ++T)
    Pool.emplace_back(Work);
  Work();
  for (std::thread &T : Pool)
    T.join();
  return !Interrupted;
}

static bool underPaths(llvm::StringRef File, const std::vector<std::string> &Filters) {
  if (Filters.empty())
    return true;
  for (const std::string &F : Filters)
    if (File == F || (File.starts_with(F) && (F.back() == '/' || File[F.size()] == '/')))
      return true;
  return false;
}

static std::string absolute(llvm::StringRef Path) {
  SmallString<256> P(Path);
  // Without a working directory the path stays as given.
  [[maybe_unused]] std::error_code EC = sys::fs::make_absolute(P);
  sys::path::remove_dots(P, true);
  return std::string(P);
}

// Where a configuration error's option is set: the .clang-tidy (or other
// source) that names it, so the message points at the file to fix.
static std::string sourceOfOption(const std::string &Unit, llvm::StringRef Message) {
  size_t At = Message.find("option '");
  if (At == StringRef::npos)
    return "";
  StringRef Option = Message.drop_front(At + 8);
  Option = Option.take_front(Option.find('\''));
  clang::tidy::FileOptionsProvider Provider(clang::tidy::ClangTidyGlobalOptions(),
                                            clang::tidy::ClangTidyOptions::getDefaults(),
                                            clang::tidy::ClangTidyOptions());
  std::string Source;
  for (const auto &[Options, Name] : Provider.getRawOptions(Unit))
    for (const auto &Entry : Options.CheckOptions)
      if (StringRef(Entry.getKey()).ends_with(("." + Option).str()) ||
          Entry.getKey() == Option)
        Source = Name;
  return Source;
}

int main(int Argc, const char **Argv) {
  cl::HideUnrelatedOptions(AuditCategory);
  cl::SetVersionPrinter([](raw_ostream &OS) { OS << "ssot-audit 0.1.0\n"; });
  if (!cl::ParseCommandLineOptions(Argc, Argv,
                                   "ssot-audit: the whole-project SSOT audit and CI gate\n",
                                   &errs()))
    return 2;
  if (FailOn != "warning" && FailOn != "error")
    return usageError("invalid value '" + FailOn + "' for option '--fail-on' (warning or error)");
  if (UpdateBaseline && BaselineFile.empty())
    return usageError("option '--update-baseline' needs '--baseline FILE'");
  if (!WriteBaseline.empty() && !BaselineFile.empty())
    return usageError("options '--write-baseline' and '--baseline' exclude "
                      "each other (--update-baseline prunes a baseline)");

  SmallString<256> DbPath(BuildPath.getValue());
  if (!DbPath.ends_with(".json"))
    sys::path::append(DbPath, "compile_commands.json");
  if (!sys::fs::exists(DbPath))
    return usageError("no compilation database '" + DbPath +
                      "' (option '-p' names the build directory holding compile_commands.json)");
  std::string DbError;
  std::unique_ptr<clang::tooling::CompilationDatabase> Db =
      clang::tooling::JSONCompilationDatabase::loadFromFile(
          DbPath, DbError, clang::tooling::JSONCommandLineSyntax::AutoDetect);
  if (!Db)
    return usageError("malformed compilation database '" + DbPath + "': " + DbError);

  std::vector<std::string> Filters;
  for (const std::string &Path : Paths) {
    std::string Abs = absolute(Path);
    if (!sys::fs::exists(Abs))
      return usageError("path '" + Path + "' does not exist");
    Filters.push_back(Abs);
  }
  std::vector<clang::tooling::CompileCommand> Commands;
  for (clang::tooling::CompileCommand &C : Db->getAllCompileCommands()) {
    if (underPaths(normalisedPath(C.Filename, C.Directory), Filters))
      Commands.push_back(std::move(C));
  }
  if (Commands.empty())
    return usageError(Filters.empty() ? "the compilation database '" + DbPath + "' lists no units"
                                      : Twine("no unit of '") + DbPath + "' is under the given paths");

  std::vector<BaselineEntry> Baseline;
  if (!BaselineFile.empty()) {
    Expected<std::vector<BaselineEntry>> Read = readBaseline(BaselineFile);
    if (!Read)
      return usageError(toString(Read.takeError()) + " (option '--baseline')");
    Baseline = std::move(*Read);
  }

  std::signal(SIGINT, onInterrupt);
  AnalyzerOptions Options;
  Options.ResourceDir =
      ssot::resourceDirIfMissing(Argv[0], reinterpret_cast<void *>(&locateExecutable));
  Options.ChecksOverride = ChecksOverride;
  Options.Config = ConfigText;
  std::string ConfigError = checkConfig(Options);
  if (!ConfigError.empty())
    return usageError("invalid YAML in option '--config': " + ConfigError);
  // clang-tidy's lookup skips a .clang-tidy it cannot read or parse and runs
  // the unit without it, which would score a project whose configuration is
  // broken as GO. (With --config no .clang-tidy is read.)
  if (ConfigText.empty()) {
    StringSet<> Reported;
    for (const auto &C : Commands)
      for (const ssot::ConfigFileProblem &Problem :
           ssot::newConfigFileProblems(normalisedPath(C.Filename, C.Directory),
                                       Reported))
        errs() << "ssot-audit: configuration error: "
               << ssot::describe(Problem) << "\n";
    if (!Reported.empty())
      return 2;
  }
  auto Start = std::chrono::steady_clock::now();

  Project P;
  P.Root = absolute(RootDir.empty() ? "." : RootDir.getValue());
  P.FailOnError = FailOn == "error";

  // Recording first, so clones of utilities defined in other files are found
  // whatever order the units run in.
  std::vector<clang::tooling::CompileCommand> ToRecord;
  // The headers are read only if some unit's options record at all.
  std::optional<AnnotatedNames> Annotated;
  const auto AnnotatedInHeaders = [&]() -> const AnnotatedNames & {
    if (!Annotated)
      Annotated = scanIncludedHeaders(Commands);
    return *Annotated;
  };
  for (const auto &C : Commands)
    if (needsRecording(normalisedPath(C.Filename, C.Directory), Options,
                       AnnotatedInHeaders))
      ToRecord.push_back(C);
  if (!ToRecord.empty()) {
    AnalyzerOptions Record = Options;
    Record.Record = true;
    std::vector<UnitResult> Ignored;
    if (!runAll(ToRecord, Record, "recording fingerprints", Ignored)) {
      errs() << "ssot-audit: interrupted; no report written\n";
      return 130;
    }
    P.Recorded = ToRecord.size();
  }
  if (!runAll(Commands, Options, "auditing", P.Units)) {
    errs() << "ssot-audit: interrupted; no report written\n";
    return 130;
  }
  P.Seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();

  // A check refusing its configuration is a configuration error: the
  // findings would not mean what the file says.
  StringSet<> ConfigSeen;
  bool ConfigBroken = false;
  for (const UnitResult &U : P.Units)
    for (const std::string &E : U.ConfigErrors) {
      std::string Source = sourceOfOption(U.File, E);
      std::string Line = (Source.empty() ? U.File : Source) + ": " + E;
      if (ConfigSeen.insert(Line).second)
        errs() << "ssot-audit: configuration error: " << Line << "\n";
      ConfigBroken = true;
    }
  if (ConfigBroken)
    return 2;

  std::vector<std::string> CheckNames;
  for (StringRef Name : clang::tidy::ssot::registeredCheckNames())
    CheckNames.push_back(Name.str());
  mergeUnits(P, CheckNames);
  // --write-baseline freezes today's findings: they are the baseline this
  // run is judged against, so adopting the gate on a codebase with findings
  // is a GO (unless a unit failed to parse), and the reports call them known.
  std::vector<BaselineEntry> Frozen;
  if (!WriteBaseline.empty())
    Baseline = Frozen = baselineOf(P);
  applyBaseline(P, Baseline);
  P.HasBaseline = !BaselineFile.empty() || !WriteBaseline.empty();
  decideVerdict(P);

  std::vector<CheckInfo> Infos =
      describeChecks(Argv[0], reinterpret_cast<void *>(&locateExecutable));
  std::string Docs = DocsUri;
  if (Docs.empty()) {
    for (const CheckInfo &I : Infos)
      if (!I.DocsPath.empty()) {
        Docs = "file://" + sys::path::parent_path(I.DocsPath).str() + "/";
        break;
      }
    if (Docs.empty())
      Docs = "https://example.invalid/ssot-tidy/docs/";
  } else if (Docs.back() != '/') {
    Docs += '/';
  }

  auto Write = [](const std::string &File, const std::string &Text) {
    if (File.empty())
      return true;
    if (Error E = writeAtomically(File, Text)) {
      errs() << "ssot-audit: error: " << toString(std::move(E)) << "\n";
      return false;
    }
    return true;
  };
  bool Written = Write(SarifFile, sarifReport(P, Infos, Docs)) &&
                 Write(MarkdownFile, markdownReport(P)) &&
                 Write(JsonFile, jsonReport(P)) &&
                 Write(WriteBaseline, baselineText(Frozen));
  if (Written && UpdateBaseline) {
    StringSet<> Gone;
    for (const BaselineEntry &E : P.Resolved)
      Gone.insert(E.Identity);
    std::vector<BaselineEntry> Kept;
    for (const BaselineEntry &E : Baseline)
      if (!Gone.contains(E.Identity))
        Kept.push_back(E);
    Written = Write(BaselineFile, baselineText(Kept));
    if (Written)
      outs() << "baseline: " << (Baseline.size() - Kept.size())
             << " resolved entries removed from " << BaselineFile << "\n";
  }
  printSummary(P, outs());
  if (!Written)
    return 2;
  return P.Go ? 0 : 1;
}
