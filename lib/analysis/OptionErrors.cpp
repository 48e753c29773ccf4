//===--- OptionErrors.cpp - bad option values, reported one way -----------===//
#include "lib/analysis/OptionErrors.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "lib/analysis/OptionParsing.h"

namespace ssot {

void OptionErrors::invalid(llvm::StringRef Option, const llvm::Twine &Reason,
                           llvm::StringRef Value) const {
  Context.configurationDiag("%0", clang::DiagnosticIDs::Error)
      << invalidOptionMessage(Check, Option, Reason.str(), Value);
}

bool OptionErrors::readBool(llvm::StringRef Option, llvm::StringRef Raw,
                            bool Fallback) const {
  if (std::optional<bool> Value = parseBool(Raw))
    return *Value;
  invalid(Option, "expected 'true' or 'false'", Raw);
  return Fallback;
}

std::optional<llvm::Regex> OptionErrors::readRegex(llvm::StringRef Option,
                                                   llvm::StringRef Raw) const {
  if (Raw.empty())
    return std::nullopt;
  std::string Error;
  std::optional<llvm::Regex> Result = parseRegex(Raw, Error);
  if (!Result)
    invalid(Option, "not a regular expression (" + Error + ")", Raw);
  return Result;
}

} // namespace ssot
