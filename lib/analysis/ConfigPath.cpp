//===--- ConfigPath.cpp - option paths relative to their .clang-tidy -------===//
#include "lib/analysis/ConfigPath.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace ssot {

// Whether the configuration text sets \p OptionKey: a line that is not a
// comment names the key (as "Key: value" in a CheckOptions mapping, or as
// "key: Key" in the older list form).
static bool setsOption(llvm::StringRef Text, llvm::StringRef OptionKey) {
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    llvm::StringRef Code = Line.ltrim();
    if (Code.starts_with("#"))
      continue;
    size_t At = Code.find(OptionKey);
    if (At == llvm::StringRef::npos)
      continue;
    // The key itself, not a longer one that starts with it.
    llvm::StringRef After = Code.drop_front(At + OptionKey.size());
    if (After.empty() || !(llvm::isAlnum(After.front()) ||
                           After.front() == '_' || After.front() == '-'))
      return true;
  }
  return false;
}

std::string configBaseDirectory(llvm::vfs::FileSystem &FS,
                                llvm::StringRef MainFile,
                                llvm::StringRef OptionKey) {
  llvm::SmallString<256> Dir(MainFile);
  // Best effort: a name that cannot be made absolute is searched as it is.
  if (std::error_code Failed = FS.makeAbsolute(Dir))
    Dir = MainFile;
  llvm::sys::path::remove_dots(Dir, /*remove_dot_dot=*/true);
  llvm::sys::path::remove_filename(Dir);
  std::string Nearest;
  for (llvm::StringRef D = Dir; !D.empty();
       D = llvm::sys::path::parent_path(D)) {
    llvm::SmallString<256> Config(D);
    llvm::sys::path::append(Config, ".clang-tidy");
    auto Buffer = FS.getBufferForFile(Config);
    if (!Buffer)
      continue;
    if (setsOption((*Buffer)->getBuffer(), OptionKey))
      return D.str();
    if (Nearest.empty())
      Nearest = D.str();
  }
  if (!Nearest.empty())
    return Nearest;
  if (auto CWD = FS.getCurrentWorkingDirectory())
    return *CWD;
  return Dir.str().str();
}

std::string resolveConfigRelativePath(llvm::StringRef Path,
                                      llvm::StringRef BaseDir) {
  llvm::SmallString<256> Result;
  if (llvm::sys::path::is_absolute(Path)) {
    Result = Path;
  } else {
    Result = BaseDir;
    llvm::sys::path::append(Result, Path);
  }
  llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
  while (Result.size() > 1 &&
         llvm::sys::path::is_separator(Result.back()))
    Result.pop_back();
  return Result.str().str();
}

bool isInsideDirectory(llvm::StringRef File, llvm::StringRef Dir) {
  if (!File.starts_with(Dir))
    return false;
  if (File.size() == Dir.size())
    return true;
  return llvm::sys::path::is_separator(File[Dir.size()]) ||
         llvm::sys::path::is_separator(Dir.back());
}

} // namespace ssot
