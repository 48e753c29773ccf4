//===--- SSOTTidyMain.cpp - clang-tidy with the ssot checks built in -------===//
//
// The stock clang-tidy command line (every upstream module is linked in by
// clangTidyMain) plus the ssot module, so CI scripts, run-clang-tidy
// -clang-tidy-binary and CMAKE_CXX_CLANG_TIDY need no --load.
//
//===----------------------------------------------------------------------===//
#include "clang-tidy/tool/ClangTidyMain.h"
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "lib/hosts/Version.h"
#include <string>
#include <vector>

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

int main(int Argc, const char **Argv) {
  ssot::printVersionIfAsked(llvm::ArrayRef(Argv, Argc));
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
