//===--- TidyPlugin.cpp - the clang-tidy --load host -----------------------===//
//
// Loaded into a running clang-tidy, which already contains every clang and
// clang-tidy symbol; this file adds the module to the host's registry after
// making sure the host is the LLVM version the checks were compiled against
// (clang's C++ ABI changes between major versions).
//
//===----------------------------------------------------------------------===//
#include "lib/plugin/VersionGuard.h"

namespace {
// Runs before the registration included below (same file, earlier in order),
// so an incompatible host stops with a message instead of crashing inside it.
const bool HostChecked = ::ssot::requireMatchingHost("libSSOTTidy.so");
} // namespace

#include "lib/hosts/ModuleRegistration.h"
