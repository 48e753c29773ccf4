//===--- VersionGuard.cpp - refuse to run inside a different LLVM ----------===//
#include "lib/plugin/VersionGuard.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <cstdlib>

#ifndef SSOT_BUILT_LLVM_VERSION
#error "SSOT_BUILT_LLVM_VERSION must name the LLVM version built against"
#endif

namespace ssot {

static llvm::StringRef majorOf(llvm::StringRef Version) {
  return Version.take_until([](char C) { return C == '.'; });
}

bool requireMatchingHost(const char *PluginName) {
  // getClangFullVersion is resolved in the host, so it reports the host's
  // version, e.g. "Debian clang version 22.1.8 (...)".
  std::string Host = clang::getClangFullVersion();
  llvm::StringRef Built = SSOT_BUILT_LLVM_VERSION;
  llvm::StringRef AfterVersion = llvm::StringRef(Host).split("version ").second;
  llvm::StringRef HostVersion = AfterVersion.take_until(
      [](char C) { return C == ' ' || C == '-' || C == '~'; });
  if (majorOf(HostVersion) == majorOf(Built))
    return true;
  llvm::errs() << "error: " << PluginName << " was built for LLVM " << Built
               << " but is loaded into " << Host << " (LLVM "
               << (HostVersion.empty() ? "unknown" : HostVersion)
               << "); use a clang-tidy of the same major version or rebuild "
                  "ssot-tidy against this one\n";
  std::exit(1);
}

} // namespace ssot
