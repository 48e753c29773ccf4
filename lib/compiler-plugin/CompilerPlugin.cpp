//===--- CompilerPlugin.cpp - the ssot checks inside a clang compile -------===//
//
// clang++ -fplugin=SSOTCompilerPlugin.so runs the ssot checks that the nearest
// .clang-tidy enables, with that file's options, after the normal compile
// action; the findings become ordinary compiler diagnostics (check name in
// brackets, notes, fix-its), and errors when WarningsAsErrors names the check,
// so the compile fails.
//
// Plugin arguments mean what clang-tidy's flags of the same name mean:
//   -fplugin-arg-SSOTCompilerPlugin-checks=<glob>        (added to the file's)
//   -fplugin-arg-SSOTCompilerPlugin-warnings-as-errors=<glob>  (likewise)
//   -fplugin-arg-SSOTCompilerPlugin-config=<YAML>  (replaces the .clang-tidy
//       lookup, unless it says InheritParentConfig: true)
// and two of its own:
//   -fplugin-arg-SSOTCompilerPlugin-werror=false  (-Werror leaves the findings
//       warnings; WarningsAsErrors still applies)
//   -fplugin-arg-SSOTCompilerPlugin-config-hash=<anything>  (ignored: it only
//       puts the configuration's hash on the command line, for ccache)
//   -fplugin-arg-SSOTCompilerPlugin-version  (prints which ssot-tidy and
//       LLVM the plugin is, then compiles as usual)
//
// The findings obey the compiler's warning flags as its own warnings do: -w
// silences them, -Werror makes them errors. Every .clang-tidy read and every
// fingerprint record the checks may read are inputs of the object file: they
// are added to the -MD/-MMD dependency file, so Ninja, Make and ccache's depend
// mode rebuild when they change.
//
// Only clang-tidy's core library is linked in; every clang symbol resolves
// against the compiler that loads us, so no clang state is duplicated.
//
//===----------------------------------------------------------------------===//
#include "checks/SSOTTidyModule.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/hosts/ConfigFiles.h"
#include "lib/hosts/Version.h"
#include "lib/compat/LLVMCompat.h"
#include "lib/plugin/VersionGuard.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <functional>
#include <memory>
#include <optional>

namespace clang::tidy::ssot {
namespace {

// Before anything below touches the compiler's registries: a clang of another
// major version stops here with a message instead of crashing.
const bool HostChecked =
    ::ssot::requireMatchingHost("SSOTCompilerPlugin.so");

} // namespace
} // namespace clang::tidy::ssot

// Defines the module's registration; must follow the version check above.
#include "lib/hosts/ModuleRegistration.h"

namespace clang::tidy::ssot {
namespace {

constexpr llvm::StringLiteral PluginName = "SSOTCompilerPlugin";
constexpr llvm::StringLiteral ChecksArg = "checks";
constexpr llvm::StringLiteral WarningsAsErrorsArg = "warnings-as-errors";
constexpr llvm::StringLiteral ConfigArg = "config";
constexpr llvm::StringLiteral WerrorArg = "werror";
constexpr llvm::StringLiteral ConfigHashArg = "config-hash";
constexpr llvm::StringLiteral VersionArg = "version";
// The option that names a directory of fingerprint records, in any check.
constexpr llvm::StringLiteral RecordsOptionSuffix = ".FingerprintDirectory";

/// Makes \p Path an input of the compile: the dependency collectors (the
/// -MD/-MMD file, -M) learn of it the way they learn of a file named by
/// __has_include, which they list as a dependency.
void declareInput(CompilerInstance &CI, llvm::StringRef Path) {
  PPCallbacks *Callbacks = CI.getPreprocessor().getPPCallbacks();
  if (!Callbacks)
    return; // no collector listens: no dependency output was asked for
  llvm::Expected<FileEntryRef> File = CI.getFileManager().getFileRef(Path);
  if (!File) {
    llvm::consumeError(File.takeError());
    return;
  }
  Callbacks->HasInclude(SourceLocation(), Path, /*IsAngled=*/false, *File,
                        SrcMgr::C_User);
}

/// The records in a fingerprint directory (its .index subdirectory is a cache
/// that readers write, not an input).
std::vector<std::string> recordFiles(llvm::StringRef Directory) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC))
    if (It->type() == llvm::sys::fs::file_type::regular_file)
      Files.push_back(It->path());
  llvm::sort(Files);
  return Files;
}

/// What clang-tidy needs for one translation unit. It outlives the checks'
/// consumer (see SSOTConsumer), which refers to the context.
struct TidyState {
  explicit TidyState(std::unique_ptr<ClangTidyOptionsProvider> Provider)
      : Context(std::move(Provider)),
        DiagConsumer(Context, /*ExternalDiagEngine=*/nullptr,
                     /*RemoveIncompatibleErrors=*/true),
        DiagEngine(::ssot::compat::makeDiagnosticIDs(),
                   ::ssot::compat::diagnosticOptionsArg(DiagOpts),
                   &DiagConsumer, /*ShouldOwnClient=*/false),
        Factory(Context) {
    ::ssot::compat::setDiagnosticsEngine(Context, &DiagEngine);
  }

  ClangTidyContext Context;
  ClangTidyDiagnosticConsumer DiagConsumer;
  DiagnosticOptions DiagOpts;
  DiagnosticsEngine DiagEngine;
  ClangTidyASTConsumerFactory Factory;
};

/// Declares the configuration files and records as inputs once the main file
/// has been read, so that they follow it in the dependency file (tools take
/// the first prerequisite for the source) and before the preprocessor's end
/// of the main file, when the dependency file is written.
class InputsConsumer : public ASTConsumer {
public:
  InputsConsumer(CompilerInstance &CI, std::vector<std::string> Inputs)
      : CI(CI), Inputs(std::move(Inputs)) {}
  void HandleTranslationUnit(ASTContext &) override {
    for (const std::string &Input : Inputs)
      declareInput(CI, Input);
  }

private:
  CompilerInstance &CI;
  std::vector<std::string> Inputs;
};

/// Holds the state in a base class so that it is destroyed after the
/// MultiplexConsumer base, which owns the checks.
struct TidyStateHolder {
  explicit TidyStateHolder(std::unique_ptr<TidyState> State)
      : State(std::move(State)) {}
  std::unique_ptr<TidyState> State;
};

/// Runs the checks' consumer, then hands what clang-tidy kept (after NOLINT,
/// header filter and conflicting-fix handling) to the compiler's diagnostics.
class SSOTConsumer : private TidyStateHolder, public MultiplexConsumer {
public:
  SSOTConsumer(std::unique_ptr<TidyState> State,
               std::unique_ptr<ASTConsumer> Checks, CompilerInstance &CI,
               bool ObeyWerror)
      : TidyStateHolder(std::move(State)),
        MultiplexConsumer(::ssot::compat::consumerList(std::move(Checks))),
        CI(CI), ObeyWerror(ObeyWerror) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    {
      // What clang-tidy 20+ does for its match finder, done here for 19.
      ::ssot::compat::SystemHeaderSkip Skip(
          Ctx, State->Context.getOptions().SystemHeaders.value_or(false));
      MultiplexConsumer::HandleTranslationUnit(Ctx);
    }
    State->DiagConsumer.EndSourceFile();
    for (const ClangTidyError &Error : State->DiagConsumer.take())
      report(Error);
  }

private:
  SourceLocation locationOf(llvm::StringRef FilePath, unsigned Offset) const {
    if (FilePath.empty())
      return {};
    SourceManager &SM = CI.getSourceManager();
    llvm::Expected<FileEntryRef> File =
        SM.getFileManager().getFileRef(FilePath);
    if (!File) {
      llvm::consumeError(File.takeError());
      return {};
    }
    FileID ID = SM.translateFile(*File);
    if (ID.isInvalid())
      return {};
    return SM.getComposedLoc(ID, Offset);
  }

  CharSourceRange rangeOf(llvm::StringRef FilePath, unsigned Offset,
                          unsigned Length) const {
    SourceLocation Begin = locationOf(FilePath, Offset);
    if (Begin.isInvalid())
      return {};
    // Offsets inside one file fit SourceLocation's signed offset type.
    return CharSourceRange::getCharRange(
        Begin, Begin.getLocWithOffset(static_cast<SourceLocation::IntTy>(Length)));
  }

  void addFixes(DiagnosticBuilder &Builder,
                const tooling::DiagnosticMessage &Message) const {
    for (const auto &FileFixes : Message.Fix)
      for (const tooling::Replacement &Fix : FileFixes.getValue()) {
        CharSourceRange Range =
            rangeOf(Fix.getFilePath(), Fix.getOffset(), Fix.getLength());
        if (Range.isValid())
          Builder << FixItHint::CreateReplacement(Range,
                                                  Fix.getReplacementText());
      }
  }

  void report(const ClangTidyError &Error) {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    // A custom diagnostic belongs to no warning group, so the engine would
    // not apply -w or -Werror to it: they are applied here, as to the
    // compiler's own warnings.
    bool IsError = Error.IsWarningAsError ||
                   Error.DiagLevel == ClangTidyError::Error ||
                   (ObeyWerror && Diags.getWarningsAsErrors());
    if (!IsError && Diags.getIgnoreAllWarnings())
      return;
    unsigned MainID = Diags.getCustomDiagID(
        IsError ? DiagnosticsEngine::Error : DiagnosticsEngine::Warning,
        "%0 [%1]");
    {
      // The builder emits when it goes out of scope, before the notes.
      DiagnosticBuilder Builder =
          Diags.Report(locationOf(Error.Message.FilePath,
                                  Error.Message.FileOffset),
                       MainID);
      Builder << Error.Message.Message << Error.DiagnosticName;
      for (const tooling::FileByteRange &Range : Error.Message.Ranges) {
        CharSourceRange Char =
            rangeOf(Range.FilePath, Range.FileOffset, Range.Length);
        if (Char.isValid())
          Builder << Char;
      }
      addFixes(Builder, Error.Message);
    }
    unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    for (const tooling::DiagnosticMessage &Note : Error.Notes) {
      DiagnosticBuilder Builder =
          Diags.Report(locationOf(Note.FilePath, Note.FileOffset), NoteID);
      Builder << Note.Message;
      addFixes(Builder, Note);
    }
  }

  CompilerInstance &CI;
  const bool ObeyWerror;
};

/// The .clang-tidy lookup of clang-tidy, keeping what went wrong: clang-tidy's
/// own prints a parse error and carries on as if the file were not there.
class FailingFileOptionsProvider : public FileOptionsProvider {
public:
  /// (file, reason) of each .clang-tidy that could not be parsed.
  using Failures = std::vector<std::pair<std::string, std::string>>;

  FailingFileOptionsProvider(ClangTidyOptions OverrideOptions,
                             const std::shared_ptr<Failures> &Errors)
      : FileOptionsProvider(ClangTidyGlobalOptions(),
                            ClangTidyOptions::getDefaults(),
                            std::move(OverrideOptions), handlers(Errors)) {
    // The constructor taking handlers leaves the file system unset.
    FS = llvm::vfs::getRealFileSystem();
  }

private:
  static ConfigFileHandlers handlers(const std::shared_ptr<Failures> &Errors) {
    auto Parse = [Errors](llvm::MemoryBufferRef Config)
        -> llvm::ErrorOr<ClangTidyOptions> {
      std::string First; // the parser's first error, with line and column
      llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfigurationWithDiags(
          Config, [&](const llvm::SMDiagnostic &Diag) {
            if (Diag.getKind() != llvm::SourceMgr::DK_Error)
              Diag.print(nullptr, llvm::errs()); // e.g. an unknown key
            else if (First.empty())
              First = (llvm::Twine(Diag.getLineNo()) + ":" +
                       llvm::Twine(Diag.getColumnNo() + 1) + ": " +
                       Diag.getMessage())
                          .str();
          });
      if (!Parsed)
        Errors->emplace_back(Config.getBufferIdentifier().str(),
                             First.empty() ? Parsed.getError().message()
                                           : First);
      return Parsed;
    };
    return {{".clang-tidy", Parse}};
  }
};

class SSOTPluginAction : public PluginASTAction {
protected:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    unsigned BadArg = Diags.getCustomDiagID(
        DiagnosticsEngine::Error,
        "invalid argument '%0' for plugin '%1': %2");
    for (const std::string &Arg : Args) {
      auto [Name, Value] = llvm::StringRef(Arg).split('=');
      if (Name == ChecksArg) {
        Overrides.Checks = Value.str();
      } else if (Name == WarningsAsErrorsArg) {
        Overrides.WarningsAsErrors = Value.str();
      } else if (Name == WerrorArg && (Value == "true" || Value == "false")) {
        ObeyWerror = Value == "true";
      } else if (Name == ConfigHashArg) {
        // Only for the compiler cache's key.
      } else if (Arg == VersionArg) {
        // clang's --version never reaches a plugin (the driver answers it).
        ::ssot::printVersion(llvm::outs());
      } else if (Name == ConfigArg) {
        llvm::ErrorOr<ClangTidyOptions> Parsed =
            parseConfiguration(llvm::MemoryBufferRef(Value, "plugin argument"));
        if (!Parsed) {
          Diags.Report(BadArg) << Arg << PluginName
                               << Parsed.getError().message();
          return false;
        }
        Config = std::move(*Parsed);
      } else {
        Diags.Report(BadArg) << Arg << PluginName
                             << "expected checks=, warnings-as-errors=, "
                                "config=, werror=true|false, config-hash= "
                                "or version";
        return false;
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef InFile) override {
    // The same providers clang-tidy uses for --config and for the default
    // .clang-tidy lookup, so both read a configuration the same way.
    std::unique_ptr<ClangTidyOptionsProvider> Provider;
    if (Config)
      Provider = std::make_unique<ConfigOptionsProvider>(
          ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults(), *Config,
          Overrides);
    else
      Provider =
          std::make_unique<FailingFileOptionsProvider>(Overrides, ConfigErrors);
    ClangTidyOptions Options = Provider->getOptions(InFile);
    // A file that cannot be read at all never reaches the parser above:
    // clang-tidy prints "Can't read" and goes on without it.
    if (!Config || Config->InheritParentConfig.value_or(false))
      for (::ssot::ConfigFileProblem &Problem :
           ::ssot::configFileProblems(InFile))
        if (llvm::none_of(*ConfigErrors, [&](const auto &Error) {
              return Error.first == Problem.File;
            }))
          ConfigErrors->emplace_back(std::move(Problem.File),
                                     std::move(Problem.Reason));
    if (!ConfigErrors->empty()) {
      // Fail closed: a configuration that cannot be read would otherwise
      // run no check and let a build that relies on WarningsAsErrors pass.
      DiagnosticsEngine &Diags = CI.getDiagnostics();
      unsigned BadConfig = Diags.getCustomDiagID(
          DiagnosticsEngine::Error,
          "cannot read the clang-tidy configuration '%0': %1; no ssot check "
          "ran");
      for (const auto &[File, Reason] : *ConfigErrors)
        Diags.Report(BadConfig) << File << Reason;
      return std::make_unique<ASTConsumer>();
    }
    if (!Config)
      warnIfUnconfigured(CI, *Provider, InFile);
    // Every configuration file that decided the options is an input,
    // whether or not it enables a check here (an edit may enable one).
    std::vector<std::string> Inputs;
    for (const ClangTidyOptionsProvider::OptionsSource &Source :
         Provider->getRawOptions(InFile))
      if (llvm::sys::fs::is_regular_file(Source.second))
        Inputs.push_back(Source.second);
    // Only our checks run here: the compiler already reports its own warnings
    // and the upstream checks are not linked in.
    GlobList Enabled(Options.Checks.value_or(""));
    std::string Checks = "-*";
    for (llvm::StringRef Name : registeredCheckNames())
      if (Enabled.contains(Name))
        Checks += ("," + Name).str();
    if (Checks == "-*")
      return std::make_unique<InputsConsumer>(CI, std::move(Inputs));
    Options.Checks = Checks;
    for (const auto &[Key, Value] : Options.CheckOptions)
      if (Key.ends_with(RecordsOptionSuffix) && !Value.Value.empty())
        for (std::string &Record : recordFiles(
                 ::ssot::resolveOptionPath(InFile, Key, Value.Value)))
          Inputs.push_back(std::move(Record));

    auto State = std::make_unique<TidyState>(
        std::make_unique<DefaultOptionsProvider>(ClangTidyGlobalOptions(),
                                                 Options));
    llvm::SmallString<256> WorkingDir;
    if (!llvm::sys::fs::current_path(WorkingDir))
      State->Context.setCurrentBuildDirectory(WorkingDir);
    State->DiagConsumer.BeginSourceFile(CI.getLangOpts(),
                                        &CI.getPreprocessor());
    std::unique_ptr<ASTConsumer> ChecksConsumer =
        State->Factory.createASTConsumer(CI, InFile);
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(
        std::make_unique<InputsConsumer>(CI, std::move(Inputs)));
    Consumers.push_back(std::make_unique<SSOTConsumer>(
        std::move(State), std::move(ChecksConsumer), CI, ObeyWerror));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

private:
  /// A compile that finds no .clang-tidy for its input (one run by distcc or
  /// a remote executor from preprocessed input, away from the source tree)
  /// says so instead of silently running only the defaults.
  static void warnIfUnconfigured(CompilerInstance &CI,
                                 ClangTidyOptionsProvider &Provider,
                                 llvm::StringRef InFile) {
    for (const auto &Source : Provider.getRawOptions(InFile))
      if (Source.second !=
              ClangTidyOptionsProvider::OptionsSourceTypeDefaultBinary &&
          Source.second != ClangTidyOptionsProvider::
                               OptionsSourceTypeCheckCommandLineOption)
        return;
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    if (Diags.getIgnoreAllWarnings())
      return; // -w: a custom warning is in no group the engine would silence
    Diags.Report(Diags.getCustomDiagID(
        DiagnosticsEngine::Warning,
        "plugin '%0' found no configuration for '%1': no .clang-tidy above "
        "it and no -fplugin-arg-%0-config=<YAML>, so only its checks= and "
        "warnings-as-errors= arguments apply (docs/distributed-builds.md)"))
        << PluginName << InFile;
  }

  ClangTidyOptions Overrides;         // checks=, warnings-as-errors=
  std::optional<ClangTidyOptions> Config; // config=
  std::shared_ptr<FailingFileOptionsProvider::Failures> ConfigErrors =
      std::make_shared<FailingFileOptionsProvider::Failures>();
  bool ObeyWerror = true;                 // werror=
};

const FrontendPluginRegistry::Add<SSOTPluginAction>
    PluginRegistration(PluginName, "runs the ssot clang-tidy checks");

} // namespace
} // namespace clang::tidy::ssot
