//===--- OptionParsing.h - parsing of ssot check options -------------------===//
//
// Option values are written by people in .clang-tidy files; every parser here
// returns a message instead of guessing, so a typo becomes a configuration
// diagnostic naming the option rather than a silently ignored rule.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OPTIONPARSING_H
#define SSOT_LIB_ANALYSIS_OPTIONPARSING_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>

namespace ssot {

/// True if \p Name is a C++ qualified name: identifiers joined by "::",
/// optionally starting with "::" ("::a::b", "a::b", "f").
bool isQualifiedName(llvm::StringRef Name);

/// Spells \p Name fully qualified, with exactly one leading "::".
std::string fullyQualified(llvm::StringRef Name);

/// Splits a ';'-separated list of qualified names. Surrounding blanks are
/// trimmed; an empty element or one that is not a qualified name is an error
/// (returned in \p Error, naming the offending element).
std::optional<llvm::SmallVector<std::string, 8>>
parseQualifiedNameList(llvm::StringRef Value, std::string &Error);

/// parseQualifiedNameList without copies: calls \p Each with every name as
/// written (trimmed, with or without the leading "::"), in order, and returns
/// true; or returns false with \p Error as parseQualifiedNameList sets it,
/// once \p Each has seen the names before the bad element. Validating a
/// list of thousands of names this way allocates nothing.
bool forEachQualifiedName(llvm::StringRef Value, std::string &Error,
                          llvm::function_ref<void(llvm::StringRef)> Each);

/// The number of names in \p Value if forEachQualifiedName accepts it,
/// std::nullopt if not (that function then says why). One pass over the
/// characters: a list of thousands of names is checked in microseconds.
std::optional<size_t> countQualifiedNames(llvm::StringRef Value);

/// StringRef::trim() without building a character set for each call: the
/// list parsers trim every element of lists of thousands.
inline llvm::StringRef trimBlanks(llvm::StringRef S) {
  while (!S.empty() && llvm::isSpace(S.front()))
    S = S.drop_front();
  while (!S.empty() && llvm::isSpace(S.back()))
    S = S.drop_back();
  return S;
}

/// Calls \p Each with every trimmed ';'-separated element of \p Value, a
/// list countQualifiedNames accepted (nothing is checked again). Inline: it
/// runs once per designated name.
template <typename EachT>
void forEachListElement(llvm::StringRef Value, EachT Each) {
  while (!Value.empty()) {
    size_t End = Value.find(';');
    llvm::StringRef Element = trimBlanks(Value.take_front(End));
    if (End == llvm::StringRef::npos) {
      if (!Element.empty()) // a blank list has no element
        Each(Element);
      return;
    }
    Each(Element);
    Value = Value.drop_front(End + 1);
  }
}

/// A header as users write it in options: "<x.h>" (angled) or "x.h"
/// (quoted, optionally with the quotes). Returns the spelling IncludeInserter
/// expects ("<x.h>" or "x.h"), or std::nullopt with \p Error set.
std::optional<std::string> parseHeader(llvm::StringRef Value,
                                       std::string &Error);

/// One "Key=Value" element of a pair list, both sides fully qualified.
struct QualifiedNamePair {
  std::string Key;
  std::string Value;
  std::string ValueAsWritten; // trimmed, as the user spelled it (for fix-its)
};

/// Splits a ';'-separated list of "Key=Value" pairs of qualified names, such
/// as "::app::Engine=::app::make;Conn=::pool::Pool". \p Shape names the pair
/// in messages ("Class=Factory"). An empty element, an element without '=',
/// a side that is not a qualified name, a key mapped to itself or a key
/// mapped twice is an error naming the element. With \p Alternatives the
/// value may be several names, "::a::make|::a::Pool" (parseAlternatives).
std::optional<llvm::SmallVector<QualifiedNamePair, 4>>
parseQualifiedNamePairs(llvm::StringRef Value, llvm::StringRef Shape,
                        std::string &Error, bool Alternatives = false);

/// A '|'-separated list of qualified names ("::a::make | a::Pool"), as the
/// value of a pair or an annotation argument: the names fully qualified,
/// joined by '|' ("::a::make|::a::Pool"). An empty alternative, one that is
/// not a qualified name or one named twice is an error (\p Error says which).
std::optional<std::string> parseAlternatives(llvm::StringRef Value,
                                             std::string &Error);

/// Calls \p Each with every name of a list parseAlternatives returned.
template <typename EachT>
void forEachAlternative(llvm::StringRef Joined, EachT Each) {
  llvm::SmallVector<llvm::StringRef, 2> Names;
  Joined.split(Names, '|');
  for (llvm::StringRef Name : Names)
    Each(trimBlanks(Name));
}

/// \p Value as quoted in a message: at most \p Max bytes (cut on a UTF-8
/// character boundary), followed by "..." and its length when longer.
std::string excerpt(llvm::StringRef Value, size_t Max = 64);

/// The message of a refused option value. It names the option as
/// "check.Option" (two checks with the same bad value give two messages),
/// gives \p Reason first and quotes an excerpt of \p Value after it, so a
/// list of thousands of names still gives a line that can be read.
std::string invalidOptionMessage(llvm::StringRef Check, llvm::StringRef Option,
                                 llvm::StringRef Reason, llvm::StringRef Value);

/// One "Key=Value[,Value...]" element of a keyed list such as the bridge
/// check's "agents=src/agents,include/agents".
struct KeyedList {
  std::string Key;
  llvm::SmallVector<std::string, 2> Values; // trimmed, in order
};

/// Splits a ';'-separated list of "Key=Value[,Value...]" elements. \p Shape
/// names the element in messages ("name=dir[,dir...]"). An empty element, an
/// element without '=', an empty key or value, or a key given twice is an
/// error naming the element.
std::optional<llvm::SmallVector<KeyedList, 4>>
parseKeyedLists(llvm::StringRef Value, llvm::StringRef Shape,
                std::string &Error);

/// "true" or "false" in any case, or "1" or "0"; std::nullopt otherwise.
/// (OptionsView::get<bool> is not exported by clang-tidy to --load plugins.)
std::optional<bool> parseBool(llvm::StringRef Value);

/// Bounds on a regular expression option, checked before it is compiled.
constexpr size_t MaxRegexLength = 16384;
constexpr unsigned MaxRegexNesting = 64;

/// A regular expression option (e.g. AllowedFiles); \p Error says why an
/// invalid one was refused. One longer than MaxRegexLength or with groups
/// nested deeper than MaxRegexNesting is refused before it is compiled.
std::optional<llvm::Regex> parseRegex(llvm::StringRef Value,
                                      std::string &Error);

} // namespace ssot

#endif
