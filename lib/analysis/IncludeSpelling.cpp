//===--- IncludeSpelling.cpp - how a fix-it names the header it includes --===//
#include "lib/analysis/IncludeSpelling.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace ssot {

std::string includeSpelling(FileEntryRef Header, const SourceManager &SM,
                            HeaderSearch &HS) {
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Main)
    return "";
  // With no include path holding the header, HeaderSearch spells it relative
  // to the main file's folder by comparing the two names as written. It wants
  // the main file itself, not its folder, and an absolute header (a record's)
  // is only shortened against an absolute main file.
  llvm::SmallString<256> MainPath(Main->getName());
  if (llvm::sys::path::is_absolute(Header.getName()) &&
      llvm::sys::fs::make_absolute(MainPath))
    MainPath = Main->getName();
  bool IsAngled = false;
  std::string Path =
      HS.suggestPathToFileForDiagnostics(Header, MainPath, &IsAngled);
  return IsAngled ? "<" + Path + ">" : Path;
}

std::string includeSpelling(llvm::StringRef Path, const SourceManager &SM,
                            const Preprocessor *PP) {
  auto Entry = SM.getFileManager().getOptionalFileRef(Path);
  if (!Entry || !PP)
    return "";
  return includeSpelling(*Entry, SM, PP->getHeaderSearchInfo());
}

namespace {
// Which file each directive is written in, and which file it names.
class IncludeRecorder : public PPCallbacks {
public:
  IncludeRecorder(IncludeGraph &Graph, const SourceManager &SM)
      : Graph(Graph), SM(SM) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &, StringRef,
                          bool, CharSourceRange, OptionalFileEntryRef File,
                          StringRef, StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (!File)
      return;
    const SourceLocation At = SM.getExpansionLoc(HashLoc);
    if (OptionalFileEntryRef Includer =
            SM.getFileEntryRefForID(SM.getFileID(At)))
      Graph.add(*Includer, *File, SM.getFileOffset(At));
  }

private:
  IncludeGraph &Graph;
  const SourceManager &SM;
};
} // namespace

std::unique_ptr<PPCallbacks> IncludeGraph::recorder(const SourceManager &SM) {
  return std::make_unique<IncludeRecorder>(*this, SM);
}

bool IncludeGraph::reaches(const FileEntry *From, const FileEntry *Target,
                           std::optional<unsigned> Before) const {
  llvm::SmallVector<const FileEntry *, 16> Work;
  llvm::SmallPtrSet<const FileEntry *, 16> Seen{From};
  auto Follow = [&](const FileEntry *F, std::optional<unsigned> Limit) {
    auto It = Includes.find(F);
    if (It == Includes.end())
      return false;
    for (const auto &[Offset, Next] : It->second) {
      if (Limit && Offset >= *Limit)
        continue;
      if (Next == Target)
        return true;
      Work.push_back(Next);
    }
    return false;
  };
  if (Follow(From, Before))
    return true;
  while (!Work.empty()) {
    const FileEntry *F = Work.pop_back_val();
    if (Seen.insert(F).second && Follow(F, std::nullopt))
      return true;
  }
  return false;
}

std::optional<unsigned> IncludeGraph::firstReaching(FileEntryRef From,
                                                    FileEntryRef To) const {
  auto It = Includes.find(&From.getFileEntry());
  if (It == Includes.end())
    return std::nullopt;
  std::optional<unsigned> First;
  for (const auto &[Offset, Next] : It->second)
    if ((!First || Offset < *First) &&
        (Next == &To.getFileEntry() ||
         reaches(Next, &To.getFileEntry(), std::nullopt)))
      First = Offset;
  return First;
}

// Whether \p Header is \p Fixed's file or one that included it on the way
// this unit entered it.
static bool enclosesAsEntered(FileEntryRef Header, FileID Fixed,
                              const SourceManager &SM) {
  for (FileID F = Fixed; F.isValid();) {
    if (SM.getFileEntryRefForID(F) == Header)
      return true;
    const SourceLocation From = SM.getIncludeLoc(F);
    F = From.isValid() ? SM.getFileID(From) : FileID();
  }
  return false;
}

bool includeMakesVisible(FileID Declared, FileID Fixed,
                         const SourceManager &SM, const IncludeGraph *Graph,
                         std::optional<unsigned> DeclaredAt) {
  if (Declared == Fixed || Declared == SM.getMainFileID())
    return false;
  const OptionalFileEntryRef DeclaredFile = SM.getFileEntryRefForID(Declared);
  const OptionalFileEntryRef FixedFile = SM.getFileEntryRefForID(Fixed);
  if (!DeclaredFile || !FixedFile || *DeclaredFile == *FixedFile)
    return false;
  // Files are compared, not FileIDs: each entry into a file has its own.
  return !enclosesAsEntered(*DeclaredFile, Fixed, SM) &&
         !(Graph && Graph->reaches(*DeclaredFile, *FixedFile, DeclaredAt));
}

OptionalFileEntryRef resolveInclude(llvm::StringRef Spelling, FileID From,
                                    const SourceManager &SM,
                                    const Preprocessor *PP) {
  if (!PP)
    return std::nullopt;
  const bool Angled = Spelling.starts_with("<");
  const StringRef Name = Spelling.trim("<>\"");
  const OptionalFileEntryRef FromFile = SM.getFileEntryRefForID(From);
  if (Name.empty() || !FromFile)
    return std::nullopt;
  // Looked up as the preprocessor would: a quoted name beside the file it
  // is written in first, then along the include path (an angled one from
  // its angled part). By hand, not through HeaderSearch::LookupFile, which
  // may warn, with no location, about the lookup itself.
  FileManager &FM = SM.getFileManager();
  auto In = [&](StringRef Dir) -> OptionalFileEntryRef {
    llvm::SmallString<256> Path(Dir);
    llvm::sys::path::append(Path, Name);
    return FM.getOptionalFileRef(Path);
  };
  if (!Angled)
    if (OptionalFileEntryRef Found = In(FromFile->getDir().getName()))
      return Found;
  const HeaderSearch &HS = PP->getHeaderSearchInfo();
  for (ConstSearchDirIterator It =
           Angled ? HS.angled_dir_begin() : HS.search_dir_begin();
       It != HS.search_dir_end(); ++It)
    if (OptionalDirectoryEntryRef Dir = (*It).getDirRef())
      if (OptionalFileEntryRef Found = In(Dir->getName()))
        return Found;
  return std::nullopt;
}

std::string whyIncludeIsCycle(llvm::StringRef Spelling, FileID Fixed,
                              const SourceManager &SM, const Preprocessor *PP,
                              const IncludeGraph &Graph,
                              OptionalFileEntryRef Declaring) {
  const OptionalFileEntryRef Header = resolveInclude(Spelling, Fixed, SM, PP);
  const OptionalFileEntryRef FixedFile = SM.getFileEntryRefForID(Fixed);
  if (!Header || !FixedFile)
    return "";
  // Whatever its guard: a guarded header brings nothing the second time,
  // and an unguarded one read again redefines what it defines (or recurses).
  if (*Header == *FixedFile)
    return "its header '" + Spelling.str() + "' is this file";
  // Only what the header includes before it brings in the declaration can
  // come first; unknown, all of it.
  const std::optional<unsigned> Before =
      Declaring ? Graph.firstReaching(*Header, *Declaring) : std::nullopt;
  if (enclosesAsEntered(*Header, Fixed, SM) ||
      Graph.reaches(*Header, *FixedFile, Before))
    return "its header '" + Spelling.str() +
           "' includes this file, so the include would be a cycle";
  return "";
}

std::string FixIncludes::key(FileID File, llvm::StringRef Header) {
  std::string Key = std::to_string(File.getHashValue());
  Key += '\0';
  Key += Header;
  return Key;
}

void FixIncludes::carry(FileID File, llvm::StringRef Header,
                        const std::optional<FixItHint> &Include) {
  if (Include)
    Asked[key(File, Header)] = {Include->RemoveRange.getBegin(), std::nullopt};
}

std::string FixIncludes::whyNotAbove(FileID File, llvm::StringRef Header,
                                     std::optional<FixItHint> &Include,
                                     SourceLocation Place,
                                     llvm::StringRef Noun, bool Recorded,
                                     const SourceManager &SM) {
  const std::string Key = key(File, Header);
  auto It = Asked.find(Key);
  if (Include) {
    It = Asked.try_emplace(Key).first;
    It->second = {Include->RemoveRange.getBegin(), std::move(Include)};
  }
  Include.reset();
  if (It != Asked.end() &&
      SM.isBeforeInTranslationUnit(It->second.At,
                                   SM.getExpansionLoc(Place))) {
    // This fix carries the insertion unless an earlier one does already.
    std::swap(Include, It->second.Unused);
    return "";
  }
  if (!Recorded)
    return ("it is declared only after this " + Noun).str();
  // No insertion by any fix: the file includes the header already, and a
  // recorded target is not declared in the unit, so that header does not
  // declare it. An insertion sorted among the file's includes can land
  // below the place.
  if (It == Asked.end())
    return "its header '" + Header.str() +
           "' is included here already, without declaring it";
  return "its header '" + Header.str() +
         "' would be included only below this " + Noun.str();
}

} // namespace ssot
