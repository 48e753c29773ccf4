//===--- ModuleRegistration.h - adds the ssot module to clang-tidy ---------===//
//
// Every host that runs the checks through clang-tidy's machinery (ssot-tidy,
// ssot-clangd, the compiler plugin) includes this header in exactly one source
// file; the --load plugin registers a subclass of the same module instead
// (lib/plugin/TidyPlugin.cpp). The module itself expands checks/Checks.def, so the
// registry stays the single list of checks.
//
// It is a header rather than its own object file because the --load plugin
// must check the host's LLVM version before anything touches the host's
// registry, and only the order of definitions inside one file is guaranteed.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_HOSTS_MODULEREGISTRATION_H
#define SSOT_LIB_HOSTS_MODULEREGISTRATION_H

#include "checks/SSOTTidyModule.h"
#include "lib/compat/LLVMCompat.h"

namespace clang::tidy::ssot {
namespace {
const ClangTidyModuleRegistry::Add<SSOTTidyModule>
    ModuleRegistration("ssot-module",
                       "Single-source-of-truth architecture checks.");
} // namespace
} // namespace clang::tidy::ssot

#endif
