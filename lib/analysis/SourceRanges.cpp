//===--- SourceRanges.cpp - "is this location inside that body?" ---------===//
#include "lib/analysis/SourceRanges.h"

namespace ssot {

bool rangeContains(clang::SourceRange Range, clang::SourceLocation Loc,
                   const clang::SourceManager &SM) {
  return !SM.isBeforeInTranslationUnit(Loc, Range.getBegin()) &&
         !SM.isBeforeInTranslationUnit(Range.getEnd(), Loc);
}

bool anyRangeContains(llvm::ArrayRef<clang::SourceRange> Ranges,
                      clang::SourceLocation Loc,
                      const clang::SourceManager &SM) {
  return llvm::any_of(Ranges, [&](clang::SourceRange Range) {
    return rangeContains(Range, Loc, SM);
  });
}

bool isExpandedInSystemHeader(clang::SourceLocation Loc,
                              const clang::SourceManager &SM) {
  clang::SourceLocation Expansion = SM.getExpansionLoc(Loc);
  return Expansion.isValid() && SM.isInSystemHeader(Expansion);
}

bool isInFileMatching(const llvm::Regex &AllowedFiles,
                      clang::SourceLocation Loc,
                      const clang::SourceManager &SM) {
  llvm::StringRef File = SM.getFilename(SM.getExpansionLoc(Loc));
  return !File.empty() && AllowedFiles.match(File);
}

} // namespace ssot
