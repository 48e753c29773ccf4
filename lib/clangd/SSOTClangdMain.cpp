//===--- SSOTClangdMain.cpp - clangd with the ssot checks built in ---------===//
//
// Stock clangd cannot load clang-tidy plugins, so an editor sees ssot
// diagnostics only from a clangd that contains the checks. This is clangd's
// own main with the ssot module registered next to the upstream modules.
//
// clangd runs only the clang-tidy checks it has measured as fast unless the
// project's .clangd relaxes that; ours are not in its table, so projects add
//   Diagnostics: {ClangTidy: {FastCheckFilter: Loose}}
// (docs/hosts in the README explain why).
//
//===----------------------------------------------------------------------===//
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang::clangd {
// Defined in libclangdMain.a; its header is not installed by Debian.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

int main(int Argc, char *Argv[]) {
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
