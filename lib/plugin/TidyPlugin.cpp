//===--- TidyPlugin.cpp - the clang-tidy --load host -----------------------===//
//
// Loaded into a running clang-tidy, which already contains every clang and
// clang-tidy symbol; this file adds the module to the host's registry after
// making sure the host is the LLVM version the checks were compiled against
// (clang's C++ ABI changes between major versions).
//
//===----------------------------------------------------------------------===//
#include "checks/SSOTTidyModule.h"
#include "clang-tidy/ClangTidyCheck.h"
#include "lib/compat/LLVMCompat.h"
#include "lib/hosts/ConfigFiles.h"
#include "lib/hosts/Version.h"
#include "lib/plugin/VersionGuard.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace {
// Runs before the registration included below (same file, earlier in order),
// so an incompatible host stops with a message instead of crashing inside it.
const bool HostChecked = ::ssot::requireMatchingHost("libSSOTTidy.so");

// clang-tidy --load libSSOTTidy.so --version: clang-tidy's --load is LLVM's
// plugin loader, which loads the plugin while the command line is parsed, so
// a --version after it prints LLVM's text and then this extra line.
const bool VersionAdded = [] {
  llvm::cl::AddExtraVersionPrinter(
      [](llvm::raw_ostream &OS) { ::ssot::printVersion(OS); });
  return true;
}();
} // namespace

namespace clang::tidy::ssot {
namespace {

/// clang-tidy prints "Error parsing" or "Can't read" for a .clang-tidy it
/// cannot use, runs without it and exits 0, so a gate whose WarningsAsErrors
/// that file set passes. A loaded module cannot change clang-tidy's lookup or
/// its exit code, but a configuration error at Error level can: clang-tidy
/// exits 1 when any diagnostic is an error. So whenever a ssot check is made
/// for a file, each unusable .clang-tidy above it is reported once per run.
void reportUnusableConfigFiles(ClangTidyContext &Context) {
  static llvm::StringSet<> Reported;
  for (const ::ssot::ConfigFileProblem &Problem :
       ::ssot::newConfigFileProblems(Context.getCurrentFile(), Reported))
    Context.configurationDiag(::ssot::describe(Problem) +
                                  "; clang-tidy ran without it",
                              DiagnosticIDs::Error);
}

/// The module every host registers, with each check's factory first
/// reporting unusable configuration files: ssot-tidy, ssot-clangd and the
/// compiler plugin find those files before clang-tidy's lookup runs, the
/// --load plugin can only do it here.
class LoadedModule : public SSOTTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override {
    ClangTidyCheckFactories Own;
    SSOTTidyModule::addCheckFactories(Own);
    for (const auto &Entry : Own) {
      ClangTidyCheckFactories::CheckFactory Make = Entry.getValue();
      Factories.registerCheckFactory(
          Entry.getKey(),
          [Make](llvm::StringRef Name, ClangTidyContext *Context) {
            reportUnusableConfigFiles(*Context);
            return Make(Name, Context);
          });
    }
  }
};

const ClangTidyModuleRegistry::Add<LoadedModule>
    ModuleRegistration("ssot-module",
                       "Single-source-of-truth architecture checks.");

} // namespace
} // namespace clang::tidy::ssot
