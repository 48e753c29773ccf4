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

bool OptionErrors::readRecordSwitch(llvm::StringRef Option,
                                    llvm::StringRef Raw,
                                    llvm::StringRef DirectoryOption,
                                    llvm::StringRef Directory) const {
  const bool On = readBool(Option, Raw, false);
  if (On && Directory.empty())
    invalid(Option,
            llvm::Twine("option '") + Check + "." + DirectoryOption +
                "' names no directory to record into",
            Raw);
  return On;
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
