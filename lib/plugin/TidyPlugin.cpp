//===--- TidyPlugin.cpp - the clang-tidy --load host -----------------------===//
//
// Loaded into a running clang-tidy, which already contains every clang and
// clang-tidy symbol; this file adds the module to the host's registry after
// making sure the host is the LLVM version the checks were compiled against
// (clang's C++ ABI changes between major versions).
//
//===----------------------------------------------------------------------===//
#include "lib/hosts/Version.h"
#include "lib/plugin/VersionGuard.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace {
// Runs before the registration included below (same file, earlier in order),
// so an incompatible host stops with a message instead of crashing inside it.
const bool HostChecked = ::ssot::requireMatchingHost("libSSOTTidy.so");

// clang-tidy --load libSSOTTidy.so --version: clang-tidy's --load is LLVM's
// plugin loader, which loads the plugin while the command line is parsed, so
// a --version after it prints LLVM's text and then this extra line.
const bool VersionAdded = [] {
  llvm::cl::AddExtraVersionPrinter(
      [](llvm::raw_ostream &OS) { ::ssot::printVersion(OS); });
  return true;
}();
} // namespace

#include "lib/hosts/ModuleRegistration.h"
