//===--- SSOTTidyModule.cpp - the ssot clang-tidy module -------------------===//
#include "checks/SSOTTidyModule.h"
#include "checks/AllChecks.h"
#include <string_view>

namespace clang::tidy::ssot {

static constexpr std::string_view CheckNames[] = {
#define SSOT_CHECK(Name, Class, Header) "ssot-" Name,
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
  static const llvm::SmallVector<llvm::StringRef, 8> Names = [] {
    llvm::SmallVector<llvm::StringRef, 8> Result;
    for (std::string_view Name : CheckNames)
      Result.emplace_back(Name.data(), Name.size());
    return Result;
  }();
  return Names;
}

} // namespace clang::tidy::ssot
