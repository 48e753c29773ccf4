//===--- OptionErrors.h - bad option values, reported one way ---*- C++ -*-===//
//
// Every check refuses a bad option value the same way: an error (not a
// warning), so that every host fails (a compile, a clang-tidy exit code)
// instead of running with the rule silently switched off, worded by
// invalidOptionMessage so that it names the option as "check.Option".
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OPTIONERRORS_H
#define SSOT_LIB_ANALYSIS_OPTIONERRORS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace ssot {

/// Reports the bad option values of check \p Check, and reads the kinds of
/// option several checks share.
class OptionErrors {
public:
  OptionErrors(clang::tidy::ClangTidyContext &Context, llvm::StringRef Check)
      : Context(Context), Check(Check.str()) {}

  /// "invalid configuration value for option 'Check.Option': Reason (the
  /// value is 'Value')", as an error.
  void invalid(llvm::StringRef Option, const llvm::Twine &Reason,
               llvm::StringRef Value) const;

  /// "true" or "false" (as parseBool reads them); anything else is reported
  /// and \p Fallback is used.
  bool readBool(llvm::StringRef Option, llvm::StringRef Raw,
                bool Fallback) const;

  /// A switch that writes records (RecordSignatures): readBool, and
  /// reported as well when it is on and \p Directory (the resolved value of
  /// option \p DirectoryOption) names no directory to record into.
  bool readRecordSwitch(llvm::StringRef Option, llvm::StringRef Raw,
                        llvm::StringRef DirectoryOption,
                        llvm::StringRef Directory) const;

  /// A regular expression over file names (AllowedFiles): none when \p Raw
  /// is empty or not a regular expression (reported).
  std::optional<llvm::Regex> readRegex(llvm::StringRef Option,
                                       llvm::StringRef Raw) const;

private:
  clang::tidy::ClangTidyContext &Context;
  std::string Check;
};

} // namespace ssot

#endif
