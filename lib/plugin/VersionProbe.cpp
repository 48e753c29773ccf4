//===--- VersionProbe.cpp - a plugin that only runs the version guard ------===//
// Built with a pretend LLVM version by lib/plugin/CMakeLists.txt so that the
// test suite can watch the guard refuse a host.
#include "lib/plugin/VersionGuard.h"

namespace {
const bool HostChecked = ::ssot::requireMatchingHost("libSSOTVersionProbe.so");
} // namespace
