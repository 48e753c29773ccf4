//===--- HeaderScan.cpp - names designated by annotations in headers ------===//
#include "lib/audit/HeaderScan.h"
#include "lib/analysis/Fingerprint.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/audit/Audit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include <string>
#include <utility>
#include <vector>

namespace ssot::audit {
namespace {

using llvm::StringRef;

bool isIdentifierChar(char C) { return llvm::isAlnum(C) || C == '_'; }

// Whether \p Pos is inside a preprocessor directive, continuation lines
// included (the macros' own definitions in <ssot/annotations.h>).
bool inDirective(StringRef Text, size_t Pos) {
  size_t Start = Pos;
  while (true) {
    size_t NewLine = Text.rfind('\n', Start);
    size_t LineStart = NewLine == StringRef::npos ? 0 : NewLine + 1;
    if (Text.substr(LineStart).ltrim(" \t").starts_with("#"))
      return true;
    // A continued line belongs to the line before it.
    StringRef Before =
        LineStart == 0 ? StringRef() : Text.substr(0, LineStart - 1).rtrim("\r");
    if (!Before.ends_with("\\"))
      return false;
    Start = LineStart - 1;
  }
}

// \p Text with its comments blanked (an example in a comment designates
// nothing: <ssot/annotations.h> documents each macro with one). String and
// character literals are kept; raw strings are not recognised.
std::string withoutComments(StringRef Text) {
  std::string Out(Text);
  for (size_t I = 0; I < Out.size(); ++I) {
    const char C = Out[I];
    if (C == '"' || C == '\'') {
      for (++I; I < Out.size() && Out[I] != C && Out[I] != '\n'; ++I)
        if (Out[I] == '\\')
          ++I;
      continue;
    }
    if (C != '/' || I + 1 >= Out.size())
      continue;
    if (Out[I + 1] == '/') {
      for (; I < Out.size() && Out[I] != '\n'; ++I)
        Out[I] = ' ';
    } else if (Out[I + 1] == '*') {
      size_t End = Out.find("*/", I + 2);
      End = End == std::string::npos ? Out.size() : End + 2;
      for (; I < End; ++I)
        if (Out[I] != '\n')
          Out[I] = ' ';
      --I;
    }
  }
  return Out;
}

// The name a declaration after \p From declares: the first identifier
// followed by '(' (a function), '{' or a single ':' (a class or namespace),
// not crossing the end of the declaration.
StringRef declaredName(StringRef Text, size_t From) {
  size_t I = From;
  while (I < Text.size() && Text[I] != ';' && Text[I] != '}') {
    if (!isIdentifierChar(Text[I]) ||
        (I > 0 && isIdentifierChar(Text[I - 1]))) {
      ++I;
      continue;
    }
    size_t End = I;
    while (End < Text.size() && isIdentifierChar(Text[End]))
      ++End;
    StringRef Rest = Text.substr(End).ltrim();
    if (!llvm::isDigit(Text[I]) &&
        (Rest.starts_with("(") || Rest.starts_with("{") ||
         (Rest.starts_with(":") && !Rest.starts_with("::"))))
      return Text.slice(I, End);
    I = End;
  }
  return "";
}

// The contents of the first string literal in Text[From, Until).
StringRef firstString(StringRef Text, size_t From, size_t Until) {
  size_t Open = Text.find('"', From);
  if (Open == StringRef::npos || Open >= Until)
    return "";
  size_t Close = Text.find('"', Open + 1);
  if (Close == StringRef::npos || Close > Until)
    return "";
  return Text.slice(Open + 1, Close);
}

// Calls \p Each with the position just after every occurrence of \p Marker
// outside directives; a marker that is an identifier must stand alone.
template <typename EachT>
void forEachMarker(StringRef Text, StringRef Marker, EachT Each) {
  const bool Identifier = isIdentifierChar(Marker.front());
  for (size_t Pos = Text.find(Marker); Pos != StringRef::npos;
       Pos = Text.find(Marker, Pos + 1)) {
    size_t End = Pos + Marker.size();
    if (Identifier && ((Pos > 0 && isIdentifierChar(Text[Pos - 1])) ||
                       (End < Text.size() && isIdentifierChar(Text[End]))))
      continue;
    if (!inDirective(Text, Pos))
      Each(End);
  }
}

void addFactories(StringRef Designation, llvm::StringSet<> &Out) {
  forEachAlternative(Designation, [&](StringRef Name) {
    if (StringRef Last = unqualifiedName(Name); !Last.empty())
      Out.insert(Last);
  });
}

struct SearchPath {
  std::vector<std::string> Quoted; // -iquote
  std::vector<std::string> Angled; // -I
};

SearchPath searchPath(const clang::tooling::CompileCommand &C) {
  SearchPath Out;
  const std::vector<std::string> &Args = C.CommandLine;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    for (auto [Flag, Into] : {std::pair<StringRef, std::vector<std::string> *>{
                                  "-iquote", &Out.Quoted},
                              {"-I", &Out.Angled}}) {
      if (!A.starts_with(Flag))
        continue;
      StringRef Dir = A.drop_front(Flag.size());
      if (Dir.empty() && I + 1 < Args.size())
        Dir = Args[++I];
      if (!Dir.empty())
        Into->push_back(normalisedPath(Dir, C.Directory));
      break;
    }
  }
  return Out;
}

struct Scanner {
  struct File {
    std::vector<std::pair<bool, std::string>> Includes; // quoted?, spelling
  };
  llvm::StringMap<File> Files; // entries stay put as the map grows
  // Lookups are cached per search path; commands share few of them, so each
  // gets a number once instead of keying every lookup by its folders.
  llvm::StringMap<unsigned> SearchPaths;
  llvm::StringMap<std::string> Resolved; // "" when not found

  unsigned searchPathId(const SearchPath &Search) {
    std::string Key;
    for (const auto *List : {&Search.Quoted, &Search.Angled}) {
      for (const std::string &Dir : *List)
        Key += Dir + '\n';
      Key += '\n';
    }
    return SearchPaths.try_emplace(Key, SearchPaths.size()).first->second;
  }
  AnnotatedNames Names;

  const File &read(const std::string &Path) {
    auto [It, Inserted] = Files.try_emplace(Path);
    if (!Inserted)
      return It->second;
    auto Buffer = llvm::MemoryBuffer::getFile(Path);
    if (!Buffer)
      return It->second;
    StringRef Text = (*Buffer)->getBuffer();
    collectAnnotatedNames(Text, Names);
    llvm::SmallVector<StringRef, 0> Lines;
    Text.split(Lines, '\n');
    for (StringRef Line : Lines) {
      Line = Line.ltrim(" \t");
      if (!Line.consume_front("#"))
        continue;
      Line = Line.ltrim(" \t");
      if (!Line.consume_front("include"))
        continue;
      Line = Line.ltrim(" \t");
      if (Line.empty() || (Line.front() != '"' && Line.front() != '<'))
        continue;
      const char Close = Line.front() == '"' ? '"' : '>';
      size_t End = Line.find(Close, 1);
      if (End != StringRef::npos)
        It->second.Includes.emplace_back(Close == '"',
                                         Line.slice(1, End).str());
    }
    return It->second;
  }

  std::string resolve(const SearchPath &Search, unsigned SearchId,
                      StringRef From, bool Quoted, StringRef Spelling) {
    std::string Key = std::to_string(SearchId) + '\n' +
                      (Quoted ? From.str() : "") + '\n' + Spelling.str();
    auto Emplaced = Resolved.try_emplace(Key);
    std::string &Found = Emplaced.first->second;
    if (!Emplaced.second)
      return Found;
    auto Try = [&](StringRef Dir) {
      std::string Path = normalisedPath(Spelling, Dir);
      if (!llvm::sys::fs::is_regular_file(Path))
        return false;
      Found = std::move(Path);
      return true;
    };
    if (Quoted && (Try(From) || llvm::any_of(Search.Quoted, Try)))
      return Found;
    (void)llvm::any_of(Search.Angled, Try);
    return Found;
  }
};

} // namespace

// Here, not in Analyzer.cpp, so the unit tests of this file link without
// the analyzer.
std::string normalisedPath(StringRef File, StringRef Directory) {
  llvm::SmallString<256> Path(File);
  if (!llvm::sys::path::is_absolute(Path)) {
    llvm::SmallString<256> Absolute(Directory);
    llvm::sys::path::append(Absolute, Path);
    Path = std::move(Absolute);
  }
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return std::string(Path);
}

void collectAnnotatedNames(StringRef Original, AnnotatedNames &Out) {
  // Cheap refusal first: most headers carry no annotation.
  if (!Original.contains("SSOT_") && !Original.contains("\"ssot::"))
    return;
  const std::string Code = withoutComments(Original);
  const StringRef Text = Code;
  struct Marker {
    StringRef Macro, Raw;
    llvm::StringSet<> *Into;
  };
  for (const Marker &M :
       {Marker{"SSOT_UTILITY", "\"ssot::utility\"", &Out.Utilities},
        Marker{"SSOT_ENV_ACCESSOR", "\"ssot::env_accessor\"", &Out.Accessors}}) {
    forEachMarker(Text, M.Macro, [&](size_t After) {
      if (StringRef Name = declaredName(Text, After); !Name.empty())
        M.Into->insert(Name);
    });
    forEachMarker(Text, M.Raw, [&](size_t After) {
      size_t End = Text.find("]]", After);
      if (End == StringRef::npos)
        return;
      if (StringRef Name = declaredName(Text, End + 2); !Name.empty())
        M.Into->insert(Name);
    });
  }
  for (StringRef Marker : {"SSOT_FACTORY", "\"ssot::factory\""})
    forEachMarker(Text, Marker, [&](size_t After) {
      addFactories(firstString(Text, After, Text.find(')', After)),
                   Out.Factories);
    });
}

AnnotatedNames
scanIncludedHeaders(llvm::ArrayRef<clang::tooling::CompileCommand> Commands) {
  Scanner S;
  for (const clang::tooling::CompileCommand &C : Commands) {
    const SearchPath Search = searchPath(C);
    const unsigned SearchId = S.searchPathId(Search);
    llvm::StringSet<> Seen;
    std::vector<std::string> Pending{normalisedPath(C.Filename, C.Directory)};
    while (!Pending.empty()) {
      std::string Path = std::move(Pending.back());
      Pending.pop_back();
      if (!Seen.insert(Path).second)
        continue;
      const StringRef Dir = llvm::sys::path::parent_path(Path);
      // A reference: a StringMap's entries do not move when it grows.
      for (const auto &[Quoted, Spelling] : S.read(Path).Includes) {
        std::string Found = S.resolve(Search, SearchId, Dir, Quoted, Spelling);
        if (!Found.empty() && !Seen.contains(Found))
          Pending.push_back(std::move(Found));
      }
    }
  }
  return std::move(S.Names);
}

} // namespace ssot::audit
