//===--- TidyPlugin.cpp - the clang-tidy --load host -----------------------===//
//
// Loaded into a running clang-tidy, which already contains every clang and
// clang-tidy symbol; this file adds the module to the host's registry after
// making sure the host is the LLVM version the checks were compiled against
// (clang's C++ ABI changes between major versions).
//
//===----------------------------------------------------------------------===//
#include "checks/SSOTTidyModule.h"
#include "lib/plugin/VersionGuard.h"

namespace clang::tidy::ssot {
namespace {
// Runs before the registration below (same file, earlier in order), so an
// incompatible host stops with a message instead of crashing inside it.
const bool HostChecked = ::ssot::requireMatchingHost("libSSOTTidy.so");
ClangTidyModuleRegistry::Add<SSOTTidyModule>
    Registration("ssot-module", "Single-source-of-truth architecture checks.");
} // namespace
} // namespace clang::tidy::ssot
