//===--- SSOTTidyModule.cpp - the ssot clang-tidy module -------------------===//
#include "checks/SSOTTidyModule.h"
#include "checks/AllChecks.h"
#include <string>
#include <string_view>
#include <vector>

namespace clang::tidy::ssot {

// The names without their common "ssot-" prefix: a list of literals each
// joined to the prefix reads as a missing comma to bugprone-suspicious-missing-comma.
static constexpr std::string_view CheckNames[] = {
#define SSOT_CHECK(Name, Class, Header) Name,
#include "checks/Checks.def"
};

// Two checks with one name would silently shadow each other in the factory
// map; refuse to build instead.
static constexpr bool allNamesUnique() {
  constexpr size_t N = std::size(CheckNames);
  for (size_t I = 0; I < N; ++I)
    for (size_t J = I + 1; J < N; ++J)
      if (CheckNames[I] == CheckNames[J])
        return false;
  return true;
}
static_assert(allNamesUnique(), "duplicate check name in Checks.def");

void SSOTTidyModule::addCheckFactories(ClangTidyCheckFactories &Factories) {
#define SSOT_CHECK(Name, Class, Header) Factories.registerCheck<Class>("ssot-" Name);
#include "checks/Checks.def"
}

llvm::ArrayRef<llvm::StringRef> registeredCheckNames() {
  static const std::vector<std::string> Full = [] {
    std::vector<std::string> Result;
    for (std::string_view Name : CheckNames)
      Result.push_back("ssot-" + std::string(Name));
    return Result;
  }();
  static const llvm::SmallVector<llvm::StringRef, 8> Names(Full.begin(),
                                                           Full.end());
  return Names;
}

} // namespace clang::tidy::ssot
