//===--- ConfigPaths.cpp - paths written in .clang-tidy options ------------===//
#include "lib/analysis/ConfigPaths.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"

namespace ssot {

namespace {

std::string scalarText(llvm::yaml::Node *Node) {
  auto *Scalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(Node);
  if (!Scalar)
    return {};
  llvm::SmallString<64> Storage;
  return Scalar->getValue(Storage).str();
}

// Whether a .clang-tidy text's CheckOptions name \p OptionKey, in either
// form clang-tidy reads: a mapping of keys to values, or the older list of
// {key: ..., value: ...} entries. Read with LLVM's YAML parser rather than
// clang-tidy's, which --load plugins and the unit tests do not link; a file
// that does not parse is reported by the host that reads it, and here simply
// does not set the option.
bool setsCheckOption(llvm::StringRef Text, llvm::StringRef OptionKey) {
  llvm::SourceMgr Sources;
  Sources.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  llvm::yaml::Stream Stream(Text, Sources);
  for (llvm::yaml::Document &Doc : Stream) {
    auto *Root = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Doc.getRoot());
    if (!Root)
      continue;
    for (llvm::yaml::KeyValueNode &Entry : *Root) {
      if (scalarText(Entry.getKey()) != "CheckOptions")
        continue;
      llvm::yaml::Node *Value = Entry.getValue();
      if (auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(Value)) {
        for (llvm::yaml::KeyValueNode &Option : *Map)
          if (scalarText(Option.getKey()) == OptionKey)
            return true;
      } else if (auto *List =
                     llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(Value)) {
        for (llvm::yaml::Node &Item : *List)
          if (auto *Fields = llvm::dyn_cast<llvm::yaml::MappingNode>(&Item))
            for (llvm::yaml::KeyValueNode &Field : *Fields)
              if (scalarText(Field.getKey()) == "key" &&
                  scalarText(Field.getValue()) == OptionKey)
                return true;
      }
    }
  }
  return false;
}

} // namespace

std::optional<std::string> findConfigDirectorySetting(llvm::StringRef File,
                                                      llvm::StringRef OptionKey) {
  for (llvm::StringRef Dir = llvm::sys::path::parent_path(File); !Dir.empty();
       Dir = llvm::sys::path::parent_path(Dir)) {
    llvm::SmallString<256> Config(Dir);
    llvm::sys::path::append(Config, ".clang-tidy");
    auto Buffer = llvm::MemoryBuffer::getFile(Config);
    if (!Buffer)
      continue;
    if (setsCheckOption((*Buffer)->getBuffer(), OptionKey))
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
