//===--- NameStyle.cpp - identifier words and case styles ------------------===//
#include "lib/analysis/NameStyle.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"

namespace ssot {

llvm::SmallVector<std::string, 4> identifierWords(llvm::StringRef Name) {
  llvm::SmallVector<std::string, 4> Words;
  std::string Current;
  auto Flush = [&] {
    if (!Current.empty())
      Words.push_back(llvm::StringRef(Current).lower());
    Current.clear();
  };
  for (size_t I = 0, E = Name.size(); I != E; ++I) {
    char C = Name[I];
    if (!llvm::isAlnum(C)) { // '_' and anything a macro may paste in
      Flush();
      continue;
    }
    if (!Current.empty()) {
      char Prev = Current.back();
      // Digits form their own word; safe|Sleep; HTTP|Server (the capital
      // before a lowercase letter starts the next word).
      bool Starts = llvm::isDigit(C) != llvm::isDigit(Prev) ||
                    (llvm::isUpper(C) && llvm::isLower(Prev)) ||
                    (llvm::isUpper(C) && llvm::isUpper(Prev) && I + 1 != E &&
                     llvm::isLower(Name[I + 1]));
      if (Starts)
        Flush();
    }
    Current.push_back(C);
  }
  Flush();
  return Words;
}

namespace {
// Character classes by table: every function of a translation unit is
// normalised, one character at a time.
enum CharClass : uint8_t { Other = 0, Lower = 1, Upper = 2, Digit = 4 };
struct CharClasses {
  uint8_t Of[256] = {};
  constexpr CharClasses() {
    for (int C = 'a'; C <= 'z'; ++C)
      Of[C] = Lower;
    for (int C = 'A'; C <= 'Z'; ++C)
      Of[C] = Upper;
    for (int C = '0'; C <= '9'; ++C)
      Of[C] = Digit;
  }
};
constexpr CharClasses Classes;

uint8_t classOf(char C) { return Classes.Of[static_cast<unsigned char>(C)]; }
} // namespace

// Calls \p Emit with each character of normalizedName(\p Name): the
// boundaries of identifierWords, in one pass and without a string per word.
template <typename EmitT>
static void forEachNormalizedChar(llvm::StringRef Name, EmitT Emit) {
  bool InWord = false, AnyWord = false;
  uint8_t Prev = Other;
  for (size_t I = 0, E = Name.size(); I != E; ++I) {
    const char C = Name[I];
    const uint8_t Class = classOf(C);
    if (Class == Other) { // '_' and anything a macro may paste in
      InWord = false;
      continue;
    }
    // Digits form their own word; safe|Sleep; HTTP|Server (the capital
    // before a lowercase letter starts the next word).
    if (InWord && ((Class == Digit) != (Prev == Digit) ||
                   (Class == Upper && Prev == Lower) ||
                   (Class == Upper && Prev == Upper && I + 1 != E &&
                    classOf(Name[I + 1]) == Lower)))
      InWord = false;
    if (!InWord) {
      if (AnyWord)
        Emit('_');
      InWord = AnyWord = true;
    }
    Emit(Class == Upper ? static_cast<char>(C - 'A' + 'a') : C);
    Prev = Class;
  }
}

void appendNormalizedName(llvm::StringRef Name,
                          llvm::SmallVectorImpl<char> &Out) {
  forEachNormalizedChar(Name, [&](char C) { Out.push_back(C); });
}

uint64_t normalizedNameHash(llvm::StringRef Name) {
  // FNV-1a over the normalised spelling.
  uint64_t Hash = 0xcbf29ce484222325ULL;
  forEachNormalizedChar(Name, [&](char C) {
    Hash = (Hash ^ static_cast<unsigned char>(C)) * 0x100000001b3ULL;
  });
  return Hash;
}

std::string normalizedName(llvm::StringRef Name) {
  llvm::SmallString<32> Out;
  appendNormalizedName(Name, Out);
  return std::string(Out);
}

CaseStyle caseStyle(llvm::StringRef Name) {
  llvm::StringRef Core = Name.trim('_');
  if (Core.empty())
    return CaseStyle::Other;
  bool HasUnderscore = Core.contains('_');
  bool HasLower = llvm::any_of(Core, llvm::isLower);
  bool HasUpper = llvm::any_of(Core, llvm::isUpper);
  if (!HasUpper)
    return CaseStyle::Snake;
  if (!HasLower)
    return CaseStyle::Screaming;
  if (HasUnderscore)
    return CaseStyle::Other;
  return llvm::isUpper(Core.front()) ? CaseStyle::Pascal : CaseStyle::Camel;
}

llvm::StringRef caseStyleName(CaseStyle Style) {
  switch (Style) {
  case CaseStyle::Snake:
    return "snake_case";
  case CaseStyle::Camel:
    return "camelCase";
  case CaseStyle::Pascal:
    return "PascalCase";
  case CaseStyle::Screaming:
    return "SCREAMING_CASE";
  case CaseStyle::Other:
    break;
  }
  return "mixed case";
}

std::string respell(llvm::StringRef Name, CaseStyle Style) {
  llvm::SmallVector<std::string, 4> Words = identifierWords(Name);
  std::string Out;
  for (auto [Index, Word] : llvm::enumerate(Words)) {
    switch (Style) {
    case CaseStyle::Snake:
      Out += (Index ? "_" : "") + Word;
      break;
    case CaseStyle::Screaming:
      Out += (Index ? "_" : "") + llvm::StringRef(Word).upper();
      break;
    case CaseStyle::Camel:
    case CaseStyle::Pascal:
      if (Index || Style == CaseStyle::Pascal)
        Word[0] = llvm::toUpper(Word[0]);
      Out += Word;
      break;
    case CaseStyle::Other:
      return Name.str();
    }
  }
  return Out;
}

} // namespace ssot
