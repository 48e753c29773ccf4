//===--- SourceRanges.h - "is this location inside that body?" -----------===//
//
// The checks decide where code may do what it does (inside the accessor, the
// factory, the utility, a template) by comparing a location with the ranges
// of bodies they recorded, instead of asking for parents: a parent map of the
// whole translation unit costs more than the rest of a check.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_SOURCERANGES_H
#define SSOT_LIB_ANALYSIS_SOURCERANGES_H

#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Regex.h"

namespace ssot {

/// True if \p Loc lies within \p Range (both ends included). Both are
/// compared as given: callers pass expansion or file locations alike.
bool rangeContains(clang::SourceRange Range, clang::SourceLocation Loc,
                   const clang::SourceManager &SM);

/// True if any of \p Ranges contains \p Loc.
bool anyRangeContains(llvm::ArrayRef<clang::SourceRange> Ranges,
                      clang::SourceLocation Loc,
                      const clang::SourceManager &SM);

/// What the isExpansionInSystemHeader() matcher tests, for checks whose
/// custom matchers ask it last, after their cheap tests: whether the
/// expansion location of \p Loc is in a system header (false if invalid).
bool isExpandedInSystemHeader(clang::SourceLocation Loc,
                              const clang::SourceManager &SM);

/// What option AllowedFiles means in every check: whether the path of the
/// file that \p Loc is expanded in matches \p AllowedFiles (as parsed by
/// parseRegex).
bool isInFileMatching(const llvm::Regex &AllowedFiles,
                      clang::SourceLocation Loc,
                      const clang::SourceManager &SM);

} // namespace ssot

#endif
