//===--- OptionParsing.cpp - parsing of ssot check options -----------------===//
#include "lib/analysis/OptionParsing.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/ADT/Twine.h"
#include <algorithm>

namespace ssot {

namespace {
// Which characters may start or continue an identifier, by table: option
// lists of thousands of names are checked character by character.
struct IdentifierChars {
  bool Start[256] = {};
  bool Continue[256] = {};
  constexpr IdentifierChars() {
    for (int C = 0; C != 256; ++C) {
      bool Alpha = (C >= 'a' && C <= 'z') || (C >= 'A' && C <= 'Z');
      bool Digit = C >= '0' && C <= '9';
      Start[C] = Alpha || C == '_' || C == '$';
      Continue[C] = Start[C] || Digit;
    }
  }
};
constexpr IdentifierChars Identifier;
} // namespace

static bool isIdentifierStart(char C) {
  return Identifier.Start[static_cast<unsigned char>(C)];
}

static bool isIdentifierChar(char C) {
  return Identifier.Continue[static_cast<unsigned char>(C)];
}

bool isQualifiedName(llvm::StringRef Name) {
  Name.consume_front("::");
  // One pass over the characters, component by component: option lists can
  // hold thousands of names.
  bool AtComponentStart = true;
  for (size_t I = 0, E = Name.size(); I != E; ++I) {
    char C = Name[I];
    if (C == ':') {
      if (AtComponentStart || I + 1 == E || Name[I + 1] != ':')
        return false;
      ++I;
      AtComponentStart = true;
      continue;
    }
    if (AtComponentStart ? !isIdentifierStart(C) : !isIdentifierChar(C))
      return false;
    AtComponentStart = false;
  }
  return !AtComponentStart;
}

std::string fullyQualified(llvm::StringRef Name) {
  Name = Name.trim();
  Name.consume_front("::");
  return ("::" + Name).str();
}

// Why \p Name is not a qualified name. A name copied from a diagnostic of
// something in an unnamed namespace reads "n::(anonymous namespace)::Impl";
// the options name it from the enclosing namespace, and the error says how
// (the value itself is quoted by the message around it, so the name is
// quoted once: the message stays bounded).
static std::string notQualifiedName(llvm::StringRef Name) {
  constexpr llvm::StringLiteral Unnamed = "(anonymous namespace)::";
  constexpr size_t MaxQuoted = 64; // excerpt()'s default: quoted whole
  if (Name.contains(Unnamed)) {
    std::string Written;
    for (llvm::StringRef Rest = Name; !Rest.empty();) {
      auto [Before, After] = Rest.split(Unnamed);
      Written += Before;
      Rest = Before.size() == Rest.size() ? llvm::StringRef() : After;
    }
    if (Written.size() <= MaxQuoted && isQualifiedName(Written))
      return "a name in an unnamed namespace is written without "
             "'(anonymous namespace)': '" +
             Written + "'";
  }
  return "'" + excerpt(Name) + "' is not a qualified name";
}

bool forEachQualifiedName(llvm::StringRef Value, std::string &Error,
                          llvm::function_ref<void(llvm::StringRef)> Each) {
  if (trimBlanks(Value).empty())
    return true;
  for (size_t Index = 1;; ++Index) {
    size_t End = Value.find(';');
    llvm::StringRef Name = trimBlanks(Value.take_front(End));
    if (Name.empty()) {
      Error = "element " + std::to_string(Index) + " is empty";
      return false;
    }
    if (!isQualifiedName(Name)) {
      Error = "element " + std::to_string(Index) + ": " + notQualifiedName(Name);
      return false;
    }
    Each(Name);
    if (End == llvm::StringRef::npos)
      return true;
    Value = Value.drop_front(End + 1);
  }
}

std::optional<size_t> countQualifiedNames(llvm::StringRef Value) {
  // What forEachQualifiedName accepts, in one pass over the characters.
  if (trimBlanks(Value).empty())
    return 0;
  const size_t E = Value.size();
  auto IsSeparator = [&](size_t I) {
    return I + 1 < E && Value[I] == ':' && Value[I + 1] == ':';
  };
  size_t Names = 0;
  for (size_t I = 0;;) {
    while (I != E && llvm::isSpace(Value[I]))
      ++I;
    if (IsSeparator(I))
      I += 2;
    while (true) { // one component
      if (I == E || !isIdentifierStart(Value[I]))
        return std::nullopt;
      for (++I; I != E && isIdentifierChar(Value[I]); ++I)
        ;
      if (!IsSeparator(I))
        break;
      I += 2;
    }
    while (I != E && llvm::isSpace(Value[I]))
      ++I;
    ++Names;
    if (I == E)
      return Names;
    if (Value[I] != ';')
      return std::nullopt;
    ++I;
  }
}

std::optional<llvm::SmallVector<std::string, 8>>
parseQualifiedNameList(llvm::StringRef Value, std::string &Error) {
  llvm::SmallVector<std::string, 8> Names;
  if (!forEachQualifiedName(Value, Error, [&](llvm::StringRef Name) {
        Names.push_back(fullyQualified(Name));
      }))
    return std::nullopt;
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
  // The name is spelled into an #include directive by the fix-it: anything
  // but a path would make the fixed file fail to compile, or worse.
  for (char C : H)
    if (!llvm::isAlnum(C) && !llvm::StringRef("_-+./").contains(C)) {
      Error = "'" + excerpt(H) +
              "' is not a header name (expected letters, digits and '_', "
              "'-', '+', '.', '/', such as <config/env.h>)";
      return std::nullopt;
    }
  return Angled ? ("<" + H + ">").str() : H.str();
}

std::optional<llvm::SmallVector<QualifiedNamePair, 4>>
parseQualifiedNamePairs(llvm::StringRef Value, llvm::StringRef Shape,
                        std::string &Error, bool Alternatives) {
  llvm::SmallVector<QualifiedNamePair, 4> Pairs;
  if (Value.trim().empty())
    return Pairs;
  llvm::SmallVector<llvm::StringRef, 4> Elements;
  Value.split(Elements, ';');
  llvm::StringMap<size_t> FirstElement; // key -> its element number
  for (auto [Index, Element] : llvm::enumerate(Elements)) {
    const std::string Where = "element " + std::to_string(Index + 1);
    Element = Element.trim();
    if (Element.empty()) {
      Error = Where + " is empty";
      return std::nullopt;
    }
    if (!Element.contains('=')) {
      Error = Where + " ('" + excerpt(Element) + "') is not a '" + Shape.str() +
              "' pair";
      return std::nullopt;
    }
    auto [Key, Val] = Element.split('=');
    for (llvm::StringRef Side : {Key.trim(), Val.trim()})
      if (!isQualifiedName(Side) && (Side == Key.trim() || !Alternatives)) {
        Error = Where + ": " + notQualifiedName(Side);
        return std::nullopt;
      }
    QualifiedNamePair Pair{fullyQualified(Key), "", Val.trim().str()};
    if (!Alternatives) {
      Pair.Value = fullyQualified(Val);
    } else if (std::optional<std::string> Joined =
                   parseAlternatives(Val, Error)) {
      Pair.Value = std::move(*Joined);
    } else {
      Error.insert(0, Where + ": ");
      return std::nullopt;
    }
    llvm::StringRef Name = llvm::StringRef(Pair.Key).drop_front(2);
    bool ToItself = false;
    forEachAlternative(Pair.Value,
                       [&](llvm::StringRef V) { ToItself |= V == Pair.Key; });
    // One meaning per key: the last one would silently win otherwise. A key
    // mapped to itself would be "fixed" into itself.
    if (ToItself) {
      Error = Where + ": '" + excerpt(Name) + "' is mapped to itself";
      return std::nullopt;
    }
    auto [Seen, New] = FirstElement.try_emplace(Pair.Key, Index + 1);
    if (!New) {
      Error = Where + ": '" + excerpt(Name) + "' is already mapped by element " +
              std::to_string(Seen->second);
      return std::nullopt;
    }
    Pairs.push_back(std::move(Pair));
  }
  return Pairs;
}

std::optional<std::string> parseAlternatives(llvm::StringRef Value,
                                             std::string &Error) {
  llvm::SmallVector<llvm::StringRef, 2> Names;
  Value.split(Names, '|');
  std::string Joined;
  llvm::StringSet<> Seen;
  for (auto [Index, Name] : llvm::enumerate(Names)) {
    Name = trimBlanks(Name);
    if (Name.empty()) {
      Error = Names.size() == 1
                  ? "'' is not a qualified name"
                  : "alternative " + std::to_string(Index + 1) + " of '" +
                        excerpt(trimBlanks(Value)) + "' is empty";
      return std::nullopt;
    }
    if (!isQualifiedName(Name)) {
      Error = notQualifiedName(Name);
      return std::nullopt;
    }
    std::string Full = fullyQualified(Name);
    if (!Seen.insert(Full).second) {
      Error = "'" + excerpt(llvm::StringRef(Full).drop_front(2)) +
              "' is named twice";
      return std::nullopt;
    }
    if (!Joined.empty())
      Joined += '|';
    Joined += Full;
  }
  return Joined;
}

std::optional<llvm::SmallVector<KeyedList, 4>>
parseKeyedLists(llvm::StringRef Value, llvm::StringRef Shape,
                std::string &Error) {
  llvm::SmallVector<KeyedList, 4> Lists;
  if (trimBlanks(Value).empty())
    return Lists;
  llvm::SmallVector<llvm::StringRef, 4> Elements;
  Value.split(Elements, ';');
  for (auto [Index, Element] : llvm::enumerate(Elements)) {
    const std::string Where = "element " + std::to_string(Index + 1);
    Element = trimBlanks(Element);
    if (Element.empty()) {
      Error = Where + " is empty";
      return std::nullopt;
    }
    auto [Key, Rest] = Element.split('=');
    Key = trimBlanks(Key);
    if (!Element.contains('=') || Key.empty()) {
      Error = Where + " ('" + Element.str() + "') is not a '" + Shape.str() +
              "' element";
      return std::nullopt;
    }
    // C++17 lambdas cannot capture a structured binding itself.
    if (llvm::any_of(Lists, [Key = Key](const KeyedList &L) { return L.Key == Key; })) {
      Error = Where + ": '" + Key.str() + "' is given twice";
      return std::nullopt;
    }
    KeyedList List{Key.str(), {}};
    llvm::SmallVector<llvm::StringRef, 2> Values;
    Rest.split(Values, ',');
    for (llvm::StringRef V : Values) {
      V = trimBlanks(V);
      if (V.empty()) {
        Error = Where + " ('" + Element.str() + "') has an empty value";
        return std::nullopt;
      }
      List.Values.push_back(V.str());
    }
    Lists.push_back(std::move(List));
  }
  return Lists;
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
  // llvm::Regex compiles by recursion over the groups: a deep enough nest
  // overflows the stack before it can say no.
  if (Value.size() > MaxRegexLength) {
    Error = "longer than " + std::to_string(MaxRegexLength) + " characters";
    return std::nullopt;
  }
  unsigned Depth = 0, Deepest = 0;
  for (size_t I = 0, E = Value.size(); I < E; ++I) {
    if (Value[I] == '\\') {
      ++I; // an escaped character is no group
    } else if (Value[I] == '(') {
      Deepest = std::max(Deepest, ++Depth);
    } else if (Value[I] == ')' && Depth) {
      --Depth;
    }
  }
  if (Deepest > MaxRegexNesting) {
    Error = "groups nested deeper than " + std::to_string(MaxRegexNesting);
    return std::nullopt;
  }
  llvm::Regex RE(Value);
  if (!RE.isValid(Error))
    return std::nullopt;
  return RE;
}

std::string excerpt(llvm::StringRef Value, size_t Max) {
  if (Value.size() <= Max)
    return Value.str();
  // Cut on a character boundary: a UTF-8 sequence is never split.
  size_t Cut = Max;
  while (Cut && (static_cast<unsigned char>(Value[Cut]) & 0xC0) == 0x80)
    --Cut;
  return (Value.take_front(Cut) + "... (" + llvm::Twine(Value.size()) +
          " characters)")
      .str();
}

std::string invalidOptionMessage(llvm::StringRef Check, llvm::StringRef Option,
                                 llvm::StringRef Reason,
                                 llvm::StringRef Value) {
  return ("invalid configuration value for option '" + Check + "." + Option +
          "': " + Reason + " (the value is '" + excerpt(Value) + "')")
      .str();
}

} // namespace ssot
