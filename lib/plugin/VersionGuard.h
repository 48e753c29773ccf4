//===--- VersionGuard.h - refuse to run inside a different LLVM ------------===//
#ifndef SSOT_LIB_PLUGIN_VERSIONGUARD_H
#define SSOT_LIB_PLUGIN_VERSIONGUARD_H

namespace ssot {
/// Compares the major version of the clang the plugin \p PluginName is loaded
/// into with the one it was built for; on a mismatch prints why and exits
/// with status 1. Returns true otherwise.
bool requireMatchingHost(const char *PluginName);
} // namespace ssot

#endif
