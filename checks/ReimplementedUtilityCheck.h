//===--- ReimplementedUtilityCheck.h - ssot-reimplemented-utility ---------------------*- C++ -*-===//
#ifndef SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H
#define SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::ssot {

/// Flags twins of designated SSOT utilities and direct calls of the primitives they wrap.
///
/// For the user-facing documentation see docs/ssot-reimplemented-utility.md.
class ReimplementedUtilityCheck : public ClangTidyCheck {
public:
  ReimplementedUtilityCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override {}
};

} // namespace clang::tidy::ssot

#endif
