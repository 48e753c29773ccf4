//===--- IncludeSpelling.cpp - how a fix-it names the header it includes --===//
#include "lib/analysis/IncludeSpelling.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Preprocessor.h"
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

bool includeMakesVisible(FileID Declared, FileID Fixed,
                         const SourceManager &SM) {
  if (Declared == Fixed || Declared == SM.getMainFileID())
    return false;
  const OptionalFileEntryRef DeclaredFile = SM.getFileEntryRefForID(Declared);
  const OptionalFileEntryRef FixedFile = SM.getFileEntryRefForID(Fixed);
  if (!DeclaredFile || !FixedFile || *DeclaredFile == *FixedFile)
    return false;
  // Files are compared, not FileIDs: each entry into a file has its own.
  auto IncludedFrom = [&](FileID F) {
    SourceLocation From = SM.getIncludeLoc(F);
    return From.isValid() ? SM.getFileID(From) : FileID();
  };
  for (FileID F = IncludedFrom(Fixed); F.isValid(); F = IncludedFrom(F))
    if (SM.getFileEntryRefForID(F) == DeclaredFile)
      return false;
  return true;
}

bool spelledHeaderEncloses(llvm::StringRef Spelling, FileID Fixed,
                           const SourceManager &SM, const Preprocessor *PP) {
  if (!PP || Spelling.empty())
    return false;
  for (FileID F = Fixed; F.isValid();) {
    if (OptionalFileEntryRef File = SM.getFileEntryRefForID(F);
        File && includeSpelling(*File, SM, PP->getHeaderSearchInfo()) ==
                    Spelling)
      return true;
    const SourceLocation From = SM.getIncludeLoc(F);
    F = From.isValid() ? SM.getFileID(From) : FileID();
  }
  return false;
}

std::string FixIncludes::whyNotAbove(FileID File, llvm::StringRef Header,
                                     std::optional<FixItHint> &Include,
                                     SourceLocation Place,
                                     llvm::StringRef Noun, bool Recorded,
                                     const SourceManager &SM) {
  std::string Key = std::to_string(File.getHashValue());
  Key += '\0';
  Key += Header;
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
