//===--- NameStyle.cpp - identifier words and case styles ------------------===//
#include "lib/analysis/NameStyle.h"
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

std::string normalizedName(llvm::StringRef Name) {
  return llvm::join(identifierWords(Name), "_");
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
