//===--- ResourceDir.cpp - find clang's builtin headers without a flag -----===//
#include "lib/hosts/ResourceDir.h"
#include "lib/compat/LLVMCompat.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#ifndef SSOT_CLANG_RESOURCE_DIR
#error "SSOT_CLANG_RESOURCE_DIR must name the resource directory of the clang built against"
#endif

namespace ssot {

std::string resourceDirIfMissing(const char *Argv0, void *MainAddr) {
  // The same derivation clang's tools use, so we only step in when theirs
  // would fail.
  llvm::SmallString<256> Include(compat::resourcesPath(Argv0, MainAddr));
  llvm::sys::path::append(Include, "include");
  if (llvm::sys::fs::is_directory(Include))
    return "";
  return SSOT_CLANG_RESOURCE_DIR;
}

} // namespace ssot
