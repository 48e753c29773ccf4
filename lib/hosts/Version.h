//===--- Version.h - which ssot-tidy a log came from ----------------------===//
//
// --version of the stock tools names only LLVM's version; a CI log must also
// tell which ssot-tidy ran. The executables print this line first, then the
// stock tool's own version text.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_HOSTS_VERSION_H
#define SSOT_LIB_HOSTS_VERSION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/raw_ostream.h"

namespace ssot {

/// Prints "ssot-tidy version X (git R), built against LLVM V" and a newline.
/// The plugins print it too: the --load plugin after clang-tidy's own
/// --version text, the compiler plugin for its "version" argument.
void printVersion(llvm::raw_ostream &OS);

/// If \p Args (the command line, program name first) asks for --version,
/// prints "ssot-tidy version X (git R), built against LLVM V" to stdout.
void printVersionIfAsked(llvm::ArrayRef<const char *> Args);

} // namespace ssot

#endif
