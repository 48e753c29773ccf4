//===--- ConfigPath.h - option paths relative to their .clang-tidy ---------===//
//
// A path in a check option ("agents=src/agents") is written by whoever wrote
// the .clang-tidy that sets it, relative to that file, so that the same
// configuration works from every build directory and in every host (clangd
// and the compiler plugin run from wherever the editor or build runs them).
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_CONFIGPATH_H
#define SSOT_LIB_ANALYSIS_CONFIGPATH_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>

namespace ssot {

/// The directory that relative paths in option \p OptionKey (the full key,
/// "ssot-bridge-bypass.Components") are resolved against for \p MainFile:
/// the directory of the nearest .clang-tidy above the file that sets the
/// option (the one clang-tidy takes it from); if none sets it (it came from
/// -config), the directory of the nearest .clang-tidy above the file, the
/// configuration the command line extends; if there is none, the working
/// directory of \p FS.
std::string configBaseDirectory(llvm::vfs::FileSystem &FS,
                                llvm::StringRef MainFile,
                                llvm::StringRef OptionKey);

/// \p Path made absolute against \p BaseDir (unless it is absolute), with
/// "." and ".." removed and without a trailing separator.
std::string resolveConfigRelativePath(llvm::StringRef Path,
                                      llvm::StringRef BaseDir);

/// Whether \p File (absolute, dots removed) lies inside directory \p Dir
/// (as resolveConfigRelativePath returns it).
bool isInsideDirectory(llvm::StringRef File, llvm::StringRef Dir);

} // namespace ssot

#endif
