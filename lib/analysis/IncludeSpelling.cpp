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

SourceLocation
FixIncludes::inserts(FileID File, llvm::StringRef Header,
                     const std::optional<FixItHint> &Hint) {
  std::string Key = std::to_string(File.getHashValue());
  Key += '\0';
  Key += Header;
  if (Hint)
    Asked.try_emplace(Key, Hint->RemoveRange.getBegin());
  auto It = Asked.find(Key);
  return It == Asked.end() ? SourceLocation() : It->second;
}

} // namespace ssot
