//===--- OptionParsing.cpp - parsing of ssot check options -----------------===//
#include "lib/analysis/OptionParsing.h"
#include "llvm/ADT/StringExtras.h"

namespace ssot {

static bool isIdentifier(llvm::StringRef S) {
  if (S.empty() || llvm::isDigit(S.front()))
    return false;
  return llvm::all_of(
      S, [](char C) { return llvm::isAlnum(C) || C == '_' || C == '$'; });
}

bool isQualifiedName(llvm::StringRef Name) {
  Name.consume_front("::");
  if (Name.empty())
    return false;
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  return llvm::all_of(Parts, isIdentifier);
}

std::string fullyQualified(llvm::StringRef Name) {
  Name = Name.trim();
  Name.consume_front("::");
  return ("::" + Name).str();
}

std::optional<llvm::SmallVector<std::string, 8>>
parseQualifiedNameList(llvm::StringRef Value, std::string &Error) {
  llvm::SmallVector<std::string, 8> Names;
  if (Value.trim().empty())
    return Names;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';');
  for (auto [Index, Part] : llvm::enumerate(Parts)) {
    llvm::StringRef Name = Part.trim();
    if (Name.empty()) {
      Error = "element " + std::to_string(Index + 1) + " is empty";
      return std::nullopt;
    }
    if (!isQualifiedName(Name)) {
      Error = "'" + Name.str() + "' is not a qualified name";
      return std::nullopt;
    }
    Names.push_back(fullyQualified(Name));
  }
  return Names;
}

std::optional<std::string> parseHeader(llvm::StringRef Value,
                                       std::string &Error) {
  llvm::StringRef H = Value.trim();
  if (H.starts_with("<") != H.ends_with(">") ||
      H.starts_with("\"") != (H.size() > 1 && H.ends_with("\""))) {
    Error = "unbalanced '<>' or quotes";
    return std::nullopt;
  }
  bool Angled = H.consume_front("<");
  H.consume_back(">");
  if (!Angled) {
    H.consume_front("\"");
    H.consume_back("\"");
  }
  if (H.trim().empty()) {
    Error = "the header name is empty";
    return std::nullopt;
  }
  return Angled ? ("<" + H + ">").str() : H.str();
}

std::optional<llvm::SmallVector<QualifiedNamePair, 4>>
parseQualifiedNamePairs(llvm::StringRef Value, llvm::StringRef Shape,
                        std::string &Error) {
  llvm::SmallVector<QualifiedNamePair, 4> Pairs;
  if (Value.trim().empty())
    return Pairs;
  llvm::SmallVector<llvm::StringRef, 4> Elements;
  Value.split(Elements, ';');
  for (auto [Index, Element] : llvm::enumerate(Elements)) {
    const std::string Where = "element " + std::to_string(Index + 1);
    Element = Element.trim();
    if (Element.empty()) {
      Error = Where + " is empty";
      return std::nullopt;
    }
    if (!Element.contains('=')) {
      Error = Where + " ('" + Element.str() + "') is not a '" + Shape.str() +
              "' pair";
      return std::nullopt;
    }
    auto [Key, Val] = Element.split('=');
    for (llvm::StringRef Side : {Key.trim(), Val.trim()})
      if (!isQualifiedName(Side)) {
        Error = Where + ": '" + Side.str() + "' is not a qualified name";
        return std::nullopt;
      }
    Pairs.push_back({fullyQualified(Key), fullyQualified(Val),
                     Val.trim().str()});
  }
  return Pairs;
}

std::optional<bool> parseBool(llvm::StringRef Value) {
  Value = Value.trim();
  if (Value.equals_insensitive("true") || Value == "1")
    return true;
  if (Value.equals_insensitive("false") || Value == "0")
    return false;
  return std::nullopt;
}

std::optional<llvm::Regex> parseRegex(llvm::StringRef Value,
                                      std::string &Error) {
  llvm::Regex RE(Value);
  if (!RE.isValid(Error))
    return std::nullopt;
  return RE;
}

} // namespace ssot
