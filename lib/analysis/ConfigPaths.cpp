//===--- ConfigPaths.cpp - paths written in .clang-tidy options ------------===//
#include "lib/analysis/ConfigPaths.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace ssot {

std::optional<std::string> findConfigDirectorySetting(llvm::StringRef File,
                                                      llvm::StringRef OptionKey) {
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    auto Buffer = llvm::MemoryBuffer::getFile(Config);
    if (!Buffer)
      continue;
    // A file that does not parse is reported by the host that reads it; here
    // it simply does not set the option.
    llvm::ErrorOr<clang::tidy::ClangTidyOptions> Parsed =
        clang::tidy::parseConfiguration((*Buffer)->getMemBufferRef());
    if (Parsed && Parsed->CheckOptions.count(OptionKey))
      return Dir.str();
  }
  return std::nullopt;
}

std::string resolveConfigRelativePath(llvm::StringRef Path,
                                      llvm::StringRef File,
                                      llvm::StringRef OptionKey) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path)) {
    Result = Path;
  } else {
    if (std::optional<std::string> Dir =
            findConfigDirectorySetting(File, OptionKey))
      Result = *Dir;
    else if (llvm::sys::fs::current_path(Result))
      Result.clear();
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  return Result.str().str();
}

} // namespace ssot
