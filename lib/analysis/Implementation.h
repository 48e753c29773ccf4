//===--- Implementation.h - the functions a designated function works through //
//
// A designated function (a utility, a factory) often hands its work to
// helpers: googletest's IsATTY calls DoIsATTY, which calls isatty; a factory
// calls a helper that says `new`. The helpers are where the primitive call or
// the construction belongs, as much as the designated function's own body,
// and a fix that called the designated function there would make it call
// itself.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_IMPLEMENTATION_H
#define SSOT_LIB_ANALYSIS_IMPLEMENTATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class FunctionDecl;
class SourceManager;
class Stmt;
} // namespace clang

namespace ssot {

/// Whether \p Each holds for a function \p S references (calls or names),
/// lambdas written in it included; stops at the first that does. A call that
/// depends on a template parameter counts for each of its candidates. A
/// lambda's children may or may not hold its body, so a function may be seen
/// twice.
bool anyReferencedFunction(
    const clang::Stmt *S,
    llvm::function_ref<bool(const clang::FunctionDecl *)> Each);

/// Adds to \p Out the definitions of the functions that the definitions of
/// \p Designated call to do their work (by name, as member functions or as
/// constructors), and those these call in turn, three calls deep: only
/// definitions this unit sees, none in a system header.
void addImplementation(llvm::ArrayRef<const clang::FunctionDecl *> Designated,
                       const clang::SourceManager &SM,
                       llvm::SmallVectorImpl<const clang::FunctionDecl *> &Out);

} // namespace ssot

#endif
