//===--- NameStyle.h - identifier words and case styles --------------------===//
//
// Two functions are "the same name" when they spell the same words in a
// different case style: safe_sleep, safeSleep, SafeSleep and SAFE_SLEEP. The
// helpers here split identifiers into words so such twins compare equal, and
// name the style a spelling uses so diagnostics can say which one it is.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_NAMESTYLE_H
#define SSOT_LIB_ANALYSIS_NAMESTYLE_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace ssot {

/// The words of an identifier, lowercased: underscores separate words, a
/// lowercase-to-uppercase step starts one ("safeSleep"), the last capital of
/// an acronym starts the next word ("HTTPServer" -> http, server), and a run
/// of digits is a word of its own ("retry2Times" -> retry, 2, times).
llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Name);

/// The words of \p Name joined by '_': equal for spellings of one name in
/// different case styles, different for look-alikes ("unsafe_sleep").
std::string normalizedName(llvm::StringRef Name);

/// normalizedName(\p Name) appended to \p Out, without allocating a string
/// per word.
void appendNormalizedName(llvm::StringRef Name,
                          llvm::SmallVectorImpl<char> &Out);

/// A hash of normalizedName(\p Name), computed without spelling it: equal
/// for equal normalized names (compare those on a match to rule out a
/// collision).
uint64_t normalizedNameHash(llvm::StringRef Name);

enum class CaseStyle : std::uint8_t { Snake, Camel, Pascal, Screaming, Other };

/// The case style \p Name is written in. A single lowercase word counts as
/// snake_case, a single capitalised word as PascalCase.
CaseStyle caseStyle(llvm::StringRef Name);

/// "snake_case", "camelCase", "PascalCase", "SCREAMING_CASE" or "mixed case".
llvm::StringRef caseStyleName(CaseStyle Style);

/// \p Name respelled in \p Style (Other keeps it as is), used to look a
/// twin's utility up under each spelling it may have.
std::string respell(llvm::StringRef Name, CaseStyle Style);

} // namespace ssot

#endif
