//===--- OptionPaths.cpp - relative paths in options ----------------------===//
#include "lib/analysis/OptionPaths.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/YAMLParser.h"
#include <atomic>

namespace ssot {

namespace {

// Set once by ssot-clangd's main before any thread starts.
std::atomic<bool> SearchClangdFiles{false};

llvm::StringRef scalarText(llvm::yaml::Node *N,
                           llvm::SmallVectorImpl<char> &Storage) {
  if (auto *Scalar = llvm::dyn_cast_or_null<llvm::yaml::ScalarNode>(N))
    return Scalar->getValue(Storage);
  return {};
}

/// Calls \p Visit with the key and the value of every entry of the mapping
/// \p N (nothing if it is not one). The YAML parser streams: a collection
/// is read once and whole, so \p Visit reads a value whole or not at all.
template <typename Fn> void forEachEntry(llvm::yaml::Node *N, Fn Visit) {
  auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(N);
  if (!Map)
    return;
  for (llvm::yaml::KeyValueNode &Entry : *Map) {
    llvm::SmallString<32> Storage;
    Visit(scalarText(Entry.getKey(), Storage), Entry.getValue());
  }
}

/// Whether one of the regular expressions in \p N (a scalar or a sequence of
/// them) matches all of \p Path, as clangd anchors them.
bool anyFullMatch(llvm::yaml::Node *N, llvm::StringRef Path) {
  llvm::SmallVector<llvm::yaml::Node *, 2> Patterns;
  if (auto *Seq = llvm::dyn_cast_or_null<llvm::yaml::SequenceNode>(N)) {
    for (llvm::yaml::Node &Element : *Seq)
      Patterns.push_back(&Element);
  } else {
    Patterns.push_back(N);
  }
  bool Matched = false;
  for (llvm::yaml::Node *Pattern : Patterns) {
    llvm::SmallString<64> Storage;
    llvm::StringRef Text = scalarText(Pattern, Storage);
    Matched |= llvm::Regex(("^(" + Text + ")$").str()).match(Path);
  }
  return Matched;
}

/// Whether the If block \p If admits \p RelativePath (PathMatch and
/// PathExclude; clangd ignores keys it does not know, so does this).
bool ifAdmits(llvm::yaml::Node *If, llvm::StringRef RelativePath) {
  auto *Map = llvm::dyn_cast_or_null<llvm::yaml::MappingNode>(If);
  if (!Map)
    return true;
  bool Admits = true;
  for (llvm::yaml::KeyValueNode &Condition : *Map) {
    llvm::SmallString<16> Storage;
    llvm::StringRef Kind = scalarText(Condition.getKey(), Storage);
    if (Kind == "PathMatch")
      Admits &= anyFullMatch(Condition.getValue(), RelativePath);
    else if (Kind == "PathExclude")
      Admits &= !anyFullMatch(Condition.getValue(), RelativePath);
  }
  return Admits;
}

} // namespace

void searchClangdConfigFiles(bool Search) { SearchClangdFiles = Search; }

std::optional<std::string> clangdFileValue(llvm::StringRef Text,
                                           llvm::StringRef RelativePath,
                                           llvm::StringRef OptionKey) {
  llvm::SourceMgr Sources;
  // clangd logs the file's errors; here they only mean "not set".
  Sources.setDiagHandler([](const llvm::SMDiagnostic &, void *) {});
  // A file with a syntax error is not read (the parser does not always stop
  // at one while a caller walks the nodes).
  if (!llvm::yaml::Stream(Text, Sources).validate())
    return std::nullopt;
  llvm::yaml::Stream Stream(Text, Sources);
  std::optional<std::string> Value;
  for (llvm::yaml::Document &Fragment : Stream) {
    // One pass over the fragment (the parser streams): its If block and its
    // setting, wherever each is written.
    bool Admits = true;
    std::optional<std::string> Set;
    forEachEntry(Fragment.getRoot(), [&](llvm::StringRef Block,
                                         llvm::yaml::Node *Body) {
      if (Block == "If")
        Admits = ifAdmits(Body, RelativePath);
      if (Block != "Diagnostics")
        return;
      forEachEntry(Body, [&](llvm::StringRef Key, llvm::yaml::Node *Tidy) {
        if (Key != "ClangTidy")
          return;
        forEachEntry(Tidy, [&](llvm::StringRef Key, llvm::yaml::Node *Options) {
          if (Key != "CheckOptions")
            return;
          forEachEntry(Options, [&](llvm::StringRef Key, llvm::yaml::Node *V) {
            llvm::SmallString<64> Storage;
            if (Key == OptionKey &&
                llvm::isa_and_nonnull<llvm::yaml::ScalarNode>(V))
              Set = scalarText(V, Storage).str();
          });
        });
      });
    });
    if (Admits && Set)
      Value = std::move(Set);
  }
  return Value;
}

namespace {
struct ClangdSetting {
  std::string File;
  std::string Value;
};
} // namespace

/// The nearest .clangd above \p Start (absolute, without dots) whose
/// admitted fragments set \p OptionKey, and the value they set.
static std::optional<ClangdSetting>
nearestClangdSetting(llvm::StringRef Start, llvm::StringRef OptionKey) {
  llvm::StringRef Dir = llvm::sys::path::parent_path(Start);
  while (!Dir.empty()) {
    llvm::SmallString<256> File(Dir);
    llvm::sys::path::append(File, ".clangd");
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(File);
    if (Text) {
      // clangd matches PathMatch against the path below the .clangd's folder.
      llvm::StringRef Below =
          Start.drop_front(Dir.size()).ltrim(llvm::sys::path::get_separator());
      std::string Slashed = llvm::sys::path::convert_to_slash(Below);
      if (std::optional<std::string> Set =
              clangdFileValue((*Text)->getBuffer(), Slashed, OptionKey))
        return ClangdSetting{File.str().str(), std::move(*Set)};
    }
    llvm::StringRef Parent = llvm::sys::path::parent_path(Dir);
    if (Parent == Dir)
      break;
    Dir = Parent;
  }
  return std::nullopt;
}

std::optional<std::string> configFileSetting(llvm::StringRef MainFile,
                                             llvm::StringRef OptionKey,
                                             llvm::StringRef Value) {
  llvm::SmallString<256> Start(MainFile);
  if (llvm::sys::fs::make_absolute(Start))
    return std::nullopt;
  llvm::sys::path::remove_dots(Start, /*remove_dot_dot=*/true);
  // clangd merges its .clangd files after the .clang-tidy files.
  // A .clangd value that differs from the one in effect was overridden by
  // clangd's user configuration or the editor: no file set it.
  if (SearchClangdFiles)
    if (std::optional<ClangdSetting> Set =
            nearestClangdSetting(Start, OptionKey)) {
      if (Set->Value != Value)
        return std::nullopt;
      return std::move(Set->File);
    }
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
