//===--- OptionParsing.h - parsing of ssot check options -------------------===//
//
// Option values are written by people in .clang-tidy files; every parser here
// returns a message instead of guessing, so a typo becomes a configuration
// diagnostic naming the option rather than a silently ignored rule.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OPTIONPARSING_H
#define SSOT_LIB_ANALYSIS_OPTIONPARSING_H

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
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

/// A header as users write it in options: "<x.h>" (angled) or "x.h"
/// (quoted, optionally with the quotes). Returns the spelling IncludeInserter
/// expects ("<x.h>" or "x.h"), or std::nullopt with \p Error set.
std::optional<std::string> parseHeader(llvm::StringRef Value,
                                       std::string &Error);

} // namespace ssot

#endif
