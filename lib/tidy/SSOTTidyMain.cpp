//===--- SSOTTidyMain.cpp - clang-tidy with the ssot checks built in -------===//
//
// The stock clang-tidy command line (every upstream module is linked in by
// clangTidyMain) plus the ssot module, so CI scripts, run-clang-tidy
// -clang-tidy-binary and CMAKE_CXX_CLANG_TIDY need no --load.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/tool/ClangTidyMain.h"
#include "lib/hosts/ConfigFiles.h"
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "lib/hosts/Version.h"
#include "lib/compat/LLVMCompat.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::ssot {
namespace {

/// clang-tidy's --verify-config checks that the named checks and options
/// exist; the ssot checks validate their option values (regexes, qualified
/// names, pairs, directories) when they are constructed. So under
/// --verify-config the enabled ssot checks are constructed once against the
/// configuration that applies to each file named (or to the working
/// directory) and what they report is printed. Returns false on an error.
bool ssotOptionsValid(llvm::ArrayRef<const char *> Args) {
  bool Verify = false;
  std::optional<std::string> ConfigText;
  std::vector<std::string> Files;
  for (llvm::StringRef Arg : Args.drop_front()) {
    if (Arg == "--")
      break;
    if (Arg == "--verify-config" || Arg == "-verify-config") {
      Verify = true;
    } else if (Arg.consume_front("--config=") ||
               Arg.consume_front("-config=")) {
      ConfigText = Arg.str();
    } else if (Arg.consume_front("--config-file=") ||
               Arg.consume_front("-config-file=")) {
      llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
          llvm::MemoryBuffer::getFile(Arg);
      if (!Text)
        return true; // clang-tidy itself reports the unreadable file
      ConfigText = (*Text)->getBuffer().str();
    } else if (!Arg.starts_with("-")) {
      Files.push_back(Arg.str());
    }
  }
  if (!Verify)
    return true;
  if (Files.empty()) {
    llvm::SmallString<256> Here;
    if (llvm::sys::fs::current_path(Here))
      return true;
    llvm::sys::path::append(Here, "dummy.cpp");
    Files.push_back(Here.str().str());
  }
  bool Valid = true;
  for (const std::string &File : Files) {
    std::unique_ptr<ClangTidyOptionsProvider> Provider;
    if (ConfigText) {
      llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfiguration(
          llvm::MemoryBufferRef(*ConfigText, "--config"));
      if (!Parsed)
        return true; // reported by clang-tidy
      Provider = std::make_unique<ConfigOptionsProvider>(
          ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults(), *Parsed,
          ClangTidyOptions());
    } else {
      Provider = std::make_unique<FileOptionsProvider>(
          ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults(),
          ClangTidyOptions());
    }
    ClangTidyContext Context(std::make_unique<DefaultOptionsProvider>(
        ClangTidyGlobalOptions(), Provider->getOptions(File)));
    ClangTidyDiagnosticConsumer Consumer(Context);
    DiagnosticOptions DiagOpts;
    DiagnosticsEngine Engine(::ssot::compat::makeDiagnosticIDs(),
                             ::ssot::compat::diagnosticOptionsArg(DiagOpts),
                             &Consumer, /*ShouldOwnClient=*/false);
    ::ssot::compat::setDiagnosticsEngine(Context, &Engine);
    Context.setCurrentFile(File);
    ClangTidyCheckFactories Factories;
    SSOTTidyModule().addCheckFactories(Factories);
    // Constructing the checks is what validates their options.
    (void)Factories.createChecks(&Context);
    for (const ClangTidyError &Error : Consumer.take()) {
      llvm::errs() << "ssot option error for '" << File
                   << "': " << Error.Message.Message << "\n";
      Valid = false;
    }
  }
  return Valid;
}

/// clang-tidy prints "Can't read" or "Error parsing" for a .clang-tidy it
/// cannot use and runs without it: with --checks given the run passes, and
/// so does a CI gate whose WarningsAsErrors that file set. So every such
/// file above a source named on the command line is an error here, before
/// clang-tidy runs. (With --config or --config-file clang-tidy reads no
/// .clang-tidy.) Returns false on an error.
bool configFilesUsable(llvm::ArrayRef<const char *> Args) {
  llvm::StringSet<> Reported;
  for (llvm::StringRef Arg : Args.drop_front()) {
    if (Arg == "--")
      break;
    if (Arg.starts_with("--config") || Arg.starts_with("-config"))
      return true;
    // A source named on the command line (an option's separate value that
    // happens to name a file only widens the search).
    if (Arg.starts_with("-") || !llvm::sys::fs::is_regular_file(Arg))
      continue;
    for (const ::ssot::ConfigFileProblem &Problem :
         ::ssot::newConfigFileProblems(Arg, Reported))
      llvm::errs() << "error: " << ::ssot::describe(Problem)
                   << "; no check ran\n";
  }
  return Reported.empty();
}

} // namespace
} // namespace clang::tidy::ssot

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

int main(int Argc, const char **Argv) {
  ssot::printVersionIfAsked(llvm::ArrayRef(Argv, Argc));
  if (!clang::tidy::ssot::configFilesUsable(llvm::ArrayRef(Argv, Argc)) ||
      !clang::tidy::ssot::ssotOptionsValid(llvm::ArrayRef(Argv, Argc)))
    return 1;
  std::vector<const char *> Args(Argv, Argv + Argc);
  // Put the fallback first so a -resource-dir the user or the compilation
  // database gives still wins (clang takes the last one).
  std::string ResourceDir =
      ssot::resourceDirIfMissing(Argv[0], reinterpret_cast<void *>(&locateExecutable));
  std::string ExtraArg = "--extra-arg-before=-resource-dir=" + ResourceDir;
  if (!ResourceDir.empty())
    Args.insert(Args.begin() + 1, ExtraArg.c_str());
  return clang::tidy::clangTidyMain(static_cast<int>(Args.size()), Args.data());
}
