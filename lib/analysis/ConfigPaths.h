//===--- ConfigPaths.h - paths written in .clang-tidy options --------------===//
//
// A directory written in a check option means what it says where it was
// written: relative to the .clang-tidy file that sets the option, not to
// whatever directory a host happens to run in (clang-tidy, clangd and the
// compiler plugin each start somewhere else).
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_CONFIGPATHS_H
#define SSOT_LIB_ANALYSIS_CONFIGPATHS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace ssot {

/// The directory of the nearest .clang-tidy at or above the directory of
/// \p File whose CheckOptions set \p OptionKey (the full key, such as
/// "ssot-relative-include.Roots"); std::nullopt if none does (the option came
/// from the command line, or was not set). \p File should be absolute.
std::optional<std::string> findConfigDirectorySetting(llvm::StringRef File,
                                                      llvm::StringRef OptionKey);

/// \p Path as an absolute path without "." or ".." components: unchanged if
/// absolute, else resolved against the directory of the .clang-tidy that sets
/// \p OptionKey for \p File (see findConfigDirectorySetting) or, when no file
/// sets it, against the current working directory.
std::string resolveConfigRelativePath(llvm::StringRef Path,
                                      llvm::StringRef File,
                                      llvm::StringRef OptionKey);

} // namespace ssot

#endif
