//===--- IncludeSpelling.h - how a fix-it names the header it includes ----===//
//
// A fix-it that calls a designated function inserts the header that declares
// it, spelled the way this unit would include it: relative to an include
// path, or to the main file's folder. The header comes from the unit (a
// visible declaration) or from a record (an absolute path written by another
// unit); both are spelled by one rule.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_INCLUDESPELLING_H
#define SSOT_LIB_ANALYSIS_INCLUDESPELLING_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang {
class FileEntryRef;
class HeaderSearch;
class Preprocessor;
class SourceManager;
} // namespace clang

namespace ssot {

/// \p Header as an `#include` of the main file of \p SM would name it
/// (`"dir/file.h"` or `<file.h>`); empty if the unit has no main file.
std::string includeSpelling(clang::FileEntryRef Header,
                            const clang::SourceManager &SM,
                            clang::HeaderSearch &HS);

/// The same for the header at \p Path (a record's absolute path); empty if
/// no such file exists on this machine, or there is no preprocessor (a host
/// that gives a check none cannot spell a header).
std::string includeSpelling(llvm::StringRef Path,
                            const clang::SourceManager &SM,
                            const clang::Preprocessor *PP);

/// Whether including the header \p Declared at the top of \p Fixed can
/// make what \p Declared declares visible further down \p Fixed. Not when
/// \p Declared is \p Fixed itself or the main file, nor when \p Declared
/// includes \p Fixed, directly or not (the include would be a cycle). The
/// caller still has to see the include inserted: where \p Fixed already
/// includes \p Declared below that place, an include inserter may add none.
bool includeMakesVisible(clang::FileID Declared, clang::FileID Fixed,
                         const clang::SourceManager &SM);

/// The headers one check's fixes insert into the files of one unit, and
/// where. An include inserter adds a header to a file once, for the first fix
/// that asks for it; a later fix gets no insertion and relies on that first
/// one. When no fix of the check asked before, no insertion means the file
/// already includes the header somewhere, maybe below the place being fixed.
/// The inserter places a header among the file's includes by its name, so
/// even an insertion may land below the place being fixed.
class FixIncludes {
public:
  void clear() { Asked.clear(); }
  /// Notes the insertion the inserter gave for \p Header into \p File
  /// (\p Hint, none if empty), and returns where some fix of this check
  /// inserts that header into that file: this one or an earlier one; an
  /// invalid location if none does.
  clang::SourceLocation inserts(clang::FileID File, llvm::StringRef Header,
                                const std::optional<clang::FixItHint> &Hint);

private:
  llvm::StringMap<clang::SourceLocation> Asked;
};

} // namespace ssot

#endif
