//===--- ResourceDir.h - find clang's builtin headers without a flag -------===//
#ifndef SSOT_LIB_HOSTS_RESOURCEDIR_H
#define SSOT_LIB_HOSTS_RESOURCEDIR_H

#include <string>

namespace ssot {

/// clang-tidy and clangd look for clang's builtin headers (stddef.h, ...) in
/// <dir of the executable>/../lib/clang/<major>. That exists next to LLVM's
/// own binaries but not in our build tree or in an install prefix of ours.
/// Returns the resource directory of the clang the host was built against
/// when the derived one is missing, and "" when the derived one works (so a
/// host installed into LLVM's own tree behaves exactly like the stock tool).
std::string resourceDirIfMissing(const char *Argv0, void *MainAddr);

} // namespace ssot

#endif
