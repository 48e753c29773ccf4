//===--- ConfigFiles.h - a .clang-tidy that cannot be used is an error ----===//
//
// clang-tidy's lookup of .clang-tidy files prints "Can't read" or "Error
// parsing" for a file it cannot use and goes on without it: the checks that
// file enables do not run, and a CI gate passes. Every ssot host instead
// finds those files itself and reports them as errors naming the file.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_HOSTS_CONFIGFILES_H
#define SSOT_LIB_HOSTS_CONFIGFILES_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace ssot {

/// A configuration file clang-tidy would read but cannot use.
struct ConfigFileProblem {
  std::string File;
  std::string Reason; // "Permission denied", "2:16: Expected quote ..."
};

/// The .clang-tidy files clang-tidy's lookup reads for \p MainFile (the
/// nearest, then its parents while each says InheritParentConfig: true) that
/// cannot be read or parsed. The walk stops at the first such file: whether
/// it meant to inherit its parents is unknown.
std::vector<ConfigFileProblem> configFileProblems(llvm::StringRef MainFile);

/// configFileProblems(\p MainFile) without the files already in \p Reported,
/// which it adds them to: a run over many sources reports each file once.
std::vector<ConfigFileProblem>
newConfigFileProblems(llvm::StringRef MainFile, llvm::StringSet<> &Reported);

/// "cannot read the clang-tidy configuration '<file>': <reason>".
std::string describe(const ConfigFileProblem &Problem);

} // namespace ssot

#endif
