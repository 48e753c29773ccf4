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

#include "llvm/ADT/StringRef.h"
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

} // namespace ssot

#endif
