//===--- FactoryConstructionCheck.h - ssot-factory-construction ---------------------*- C++ -*-===//
#ifndef SSOT_CHECKS_FACTORYCONSTRUCTIONCHECK_H
#define SSOT_CHECKS_FACTORYCONSTRUCTIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"

namespace clang::tidy::ssot {

/// Flags creation of a designated class outside its factory.
///
/// For the user-facing documentation see docs/ssot-factory-construction.md.
class FactoryConstructionCheck : public ClangTidyCheck {
public:
  FactoryConstructionCheck(StringRef Name, ClangTidyContext *Context)
      : ClangTidyCheck(Name, Context) {}
  void registerMatchers(ast_matchers::MatchFinder *Finder) override {}
};

} // namespace clang::tidy::ssot

#endif
