//===--- SSOTClangdMain.cpp - clangd with the ssot checks built in ---------===//
//
// Stock clangd cannot load clang-tidy plugins, so an editor sees ssot
// diagnostics only from a clangd that contains the checks. This is clangd's
// own main with the ssot module registered next to the upstream modules.
//
// clangd reads .clang-tidy files as clang-tidy does: one it cannot read or
// parse is left out with a line in the server log, so the checks it enables
// silently stop. This executable also wraps clangd's .clang-tidy provider so
// that such a file becomes an error at the top of each file it governs.
//
// clangd runs only the clang-tidy checks its table lists as fast (the
// default FastCheckFilter: Strict drops every check the table does not know).
// The ssot checks are ours, measured in bench/, and cheap next to the parse,
// so this executable adds them to that table: they run with no .clangd at
// all. FastCheckFilter keeps its meaning for every other check; a project
// turns ours off as any check, with Checks or Diagnostics.ClangTidy.Remove.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/compat/LLVMCompat.h"
#include "lib/hosts/ConfigFiles.h"
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "lib/hosts/Version.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
// Defined in libclangdMain.a and libclangDaemon.a; their headers are not
// installed by Debian.
int clangdMain(int Argc, char *Argv[]);
class ThreadsafeFS;
using TidyProvider = llvm::unique_function<void(
    tidy::ClangTidyOptions &, llvm::StringRef /*Filename*/) const>;
ssot::compat::ClangdDefaultChecks provideDefaultChecks();
} // namespace clang::clangd

namespace {

/// Not a rule: the reporter of .clang-tidy files clangd could not use,
/// enabled by the provider below only for the files they govern.
constexpr llvm::StringLiteral ConfigFileCheckName = "ssot-clangd-config-file";

class ConfigFileCheck : public clang::tidy::ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral ProblemsOption = "Problems";

  ConfigFileCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context),
        Problems(Options.get(ProblemsOption, "")) {
    // clangd shows a diagnostic without a location at the top of the file,
    // if it is an error.
    llvm::SmallVector<llvm::StringRef, 2> Lines;
    Problems.split(Lines, '\n', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
    for (llvm::StringRef Line : Lines)
      configurationDiag("%0", clang::DiagnosticIDs::Error) << Line;
  }

  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override {
    Options.store(Opts, ProblemsOption, Problems);
  }

private:
  llvm::StringRef Problems;
};

class ConfigFileModule : public clang::tidy::ClangTidyModule {
public:
  void addCheckFactories(
      clang::tidy::ClangTidyCheckFactories &Factories) override {
    Factories.registerCheck<ConfigFileCheck>(ConfigFileCheckName);
  }
};

const clang::tidy::ClangTidyModuleRegistry::Add<ConfigFileModule>
    ConfigFileModuleRegistration(
        "ssot-clangd-config-file-module",
        "reports .clang-tidy files ssot-clangd cannot use");

} // namespace

// clangd's main builds its clang-tidy configuration from
// clang::clangd::provideClangTidyFiles (TidyProvider.cpp); the link wraps that
// symbol (lib/clangd/CMakeLists.txt) so that clangd's call reaches
// provideClangTidyFilesWithErrors, which returns clangd's own provider
// followed by a lookup of the files it could not use.
clang::clangd::TidyProvider
clangdProvideClangTidyFiles(clang::clangd::ThreadsafeFS &TFS) __asm__(
    "__real__ZN5clang6clangd21provideClangTidyFilesERNS0_12ThreadsafeFSE");
clang::clangd::TidyProvider
provideClangTidyFilesWithErrors(clang::clangd::ThreadsafeFS &TFS) __asm__(
    "__wrap__ZN5clang6clangd21provideClangTidyFilesERNS0_12ThreadsafeFSE");
clang::clangd::TidyProvider
provideClangTidyFilesWithErrors(clang::clangd::ThreadsafeFS &TFS) {
  return [Files = clangdProvideClangTidyFiles(TFS),
          Defaults = clang::clangd::provideDefaultChecks()](
             clang::tidy::ClangTidyOptions &Opts, llvm::StringRef File) {
    Files(Opts, File);
    std::string Problems;
    for (const ssot::ConfigFileProblem &Problem :
         ssot::configFileProblems(File))
      Problems += ssot::describe(Problem) + "; clangd runs without it\n";
    if (Problems.empty())
      return;
    // Enabling the reporter must not take clangd's default checks away
    // (they are added later only when no check is enabled).
    Defaults(Opts, File);
    Opts.Checks = Opts.Checks.value_or("") + "," + ConfigFileCheckName.str();
    Opts.CheckOptions[(ConfigFileCheckName + "." +
                       ConfigFileCheck::ProblemsOption)
                          .str()] =
        clang::tidy::ClangTidyOptions::ClangTidyValue(Problems);
  };
}

// clangd asks clang::clangd::isFastTidyCheck (TidyProvider.cpp) about every
// check; the link wraps that one symbol (-Wl,--wrap, lib/clangd/CMakeLists.txt)
// so that clangd's calls reach isFastTidyCheckWithSSOT, which answers for the
// ssot checks and hands every other name to clangd's own table.
std::optional<bool> clangdIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> isFastTidyCheckWithSSOT(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> isFastTidyCheckWithSSOT(llvm::StringRef Check) {
  if (llvm::is_contained(clang::tidy::ssot::registeredCheckNames(), Check) ||
      Check == ConfigFileCheckName)
    return true;
  return clangdIsFastTidyCheck(Check);
}

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

int main(int Argc, char *Argv[]) {
  ssot::printVersionIfAsked(llvm::ArrayRef<const char *>(Argv, Argc));
  // clangd also reads CheckOptions from .clangd files: a relative path there
  // is relative to that file (lib/analysis/OptionPaths.h).
  ssot::searchClangdConfigFiles();
  std::vector<char *> Args(Argv, Argv + Argc);
  bool UserChoseResourceDir = false;
  for (llvm::StringRef Arg : llvm::ArrayRef(Argv, Argc))
    UserChoseResourceDir |= Arg.starts_with("--resource-dir") ||
                            Arg.starts_with("-resource-dir");
  std::string ResourceDir = ssot::resourceDirIfMissing(
      Argv[0], reinterpret_cast<void *>(&locateExecutable));
  std::string Flag = "--resource-dir=" + ResourceDir;
  if (!ResourceDir.empty() && !UserChoseResourceDir)
    Args.insert(Args.begin() + 1, Flag.data());
  Args.push_back(nullptr);
  return clang::clangd::clangdMain(static_cast<int>(Args.size() - 1),
                                   Args.data());
}
