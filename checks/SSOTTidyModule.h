//===--- SSOTTidyModule.h - the ssot clang-tidy module ---------------------===//
#ifndef SSOT_CHECKS_SSOTTIDYMODULE_H
#define SSOT_CHECKS_SSOTTIDYMODULE_H

#include "clang-tidy/ClangTidyModule.h"

namespace clang::tidy::ssot {

/// Registers every check listed in Checks.def under the "ssot-" prefix.
class SSOTTidyModule : public ClangTidyModule {
public:
  void addCheckFactories(ClangTidyCheckFactories &Factories) override;
};

/// Names of all registered checks, in registry order ("ssot-env-access", ...).
llvm::ArrayRef<llvm::StringRef> registeredCheckNames();

} // namespace clang::tidy::ssot

#endif
