//===--- OptionPaths.cpp - relative paths in options ----------------------===//
#include "lib/analysis/OptionPaths.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace ssot {

std::optional<std::string> configFileSetting(llvm::StringRef MainFile,
                                             llvm::StringRef OptionKey,
                                             llvm::StringRef Value) {
  llvm::SmallString<256> Start(MainFile);
  if (llvm::sys::fs::make_absolute(Start))
    return std::nullopt;
  llvm::sys::path::remove_dots(Start, /*remove_dot_dot=*/true);
  std::string Dir = llvm::sys::path::parent_path(Start).str();
  while (!Dir.empty()) {
    llvm::SmallString<256> File(Dir);
    llvm::sys::path::append(File, ".clang-tidy");
    std::string Parent = llvm::sys::path::parent_path(Dir).str();
    if (Parent == Dir)
      Parent.clear();
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(File);
    if (!Text) {
      Dir = std::move(Parent);
      continue;
    }
    llvm::ErrorOr<clang::tidy::ClangTidyOptions> Parsed =
        clang::tidy::parseConfiguration((*Text)->getMemBufferRef());
    // An unreadable file stops clang-tidy's lookup too (it reports it).
    if (!Parsed)
      return std::nullopt;
    auto It = Parsed->CheckOptions.find(OptionKey);
    if (It != Parsed->CheckOptions.end()) {
      if (It->getValue().Value != Value)
        return std::nullopt;
      return File.str().str();
    }
    if (!Parsed->InheritParentConfig.value_or(false))
      return std::nullopt;
    Dir = std::move(Parent);
  }
  return std::nullopt;
}

std::string resolveOptionPath(llvm::StringRef MainFile,
                              llvm::StringRef OptionKey,
                              llvm::StringRef Value) {
  if (Value.empty() || llvm::sys::path::is_absolute(Value))
    return Value.str();
  std::optional<std::string> File =
      configFileSetting(MainFile, OptionKey, Value);
  if (!File)
    return Value.str();
  llvm::SmallString<256> Path(llvm::sys::path::parent_path(*File));
  llvm::sys::path::append(Path, Value);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

std::string resolveOptionListPath(llvm::StringRef MainFile,
                                  llvm::StringRef OptionKey,
                                  llvm::StringRef Value,
                                  llvm::StringRef Element) {
  llvm::SmallString<256> Path;
  if (!llvm::sys::path::is_absolute(Element)) {
    if (std::optional<std::string> File =
            configFileSetting(MainFile, OptionKey, Value))
      Path = llvm::sys::path::parent_path(*File);
    else if (llvm::sys::fs::current_path(Path))
      Path.clear();
  }
  llvm::sys::path::append(Path, Element);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

bool isInsideDirectory(llvm::StringRef Path, llvm::StringRef Dir) {
  if (Dir.empty() || !Path.starts_with(Dir))
    return false;
  if (Path.size() == Dir.size())
    return true;
  // "/src" holds "/src/a.h", not "/srcs/a.h"; a root "/" holds everything.
  return llvm::sys::path::is_separator(Path[Dir.size()]) ||
         llvm::sys::path::is_separator(Dir.back());
}

std::string resolveOptionPath(const clang::tidy::ClangTidyContext &Context,
                              llvm::StringRef CheckName, llvm::StringRef Option,
                              llvm::StringRef Value) {
  return resolveOptionPath(Context.getCurrentFile(),
                           (CheckName + "." + Option).str(), Value);
}

} // namespace ssot
