//===--- SSOTClangdMain.cpp - clangd with the ssot checks built in ---------===//
//
// Stock clangd cannot load clang-tidy plugins, so an editor sees ssot
// diagnostics only from a clangd that contains the checks. This is clangd's
// own main with the ssot module registered next to the upstream modules.
//
// clangd runs only the clang-tidy checks its table lists as fast (the
// default FastCheckFilter: Strict drops every check the table does not know).
// The ssot checks are ours, measured in bench/, and cheap next to the parse,
// so this executable adds them to that table: they run with no .clangd at
// all. FastCheckFilter keeps its meaning for every other check; a project
// turns ours off as any check, with Checks or Diagnostics.ClangTidy.Remove.
//
//===----------------------------------------------------------------------===//
#include "lib/hosts/ModuleRegistration.h"
#include "lib/hosts/ResourceDir.h"
#include "lib/hosts/Version.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang::clangd {
// Defined in libclangdMain.a; its header is not installed by Debian.
int clangdMain(int Argc, char *Argv[]);
} // namespace clang::clangd

// clangd asks clang::clangd::isFastTidyCheck (TidyProvider.cpp) about every
// check; the link wraps that one symbol (-Wl,--wrap, lib/clangd/CMakeLists.txt)
// so that clangd's calls reach isFastTidyCheckWithSSOT, which answers for the
// ssot checks and hands every other name to clangd's own table.
std::optional<bool> clangdIsFastTidyCheck(llvm::StringRef Check) __asm__(
    "__real__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> isFastTidyCheckWithSSOT(llvm::StringRef Check) __asm__(
    "__wrap__ZN5clang6clangd15isFastTidyCheckEN4llvm9StringRefE");
std::optional<bool> isFastTidyCheckWithSSOT(llvm::StringRef Check) {
  if (llvm::is_contained(clang::tidy::ssot::registeredCheckNames(), Check))
    return true;
  return clangdIsFastTidyCheck(Check);
}

// Any function of this executable tells LLVM where the executable is.
static void locateExecutable() {}

int main(int Argc, char *Argv[]) {
  ssot::printVersionIfAsked(llvm::ArrayRef<const char *>(Argv, Argc));
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
