//===--- LocalParents.h - the context of a few nodes, found on demand ------===//
//
// Some checks need to know what surrounds a node (is this reference the callee
// of a call, is that call's result converted, which function is it in), but
// only for the few nodes they report. Matchers that record such context
// top-down run on every node of their kind, and clang's ParentMapContext
// builds the parent map of the whole traversal scope on first use; either
// costs more than the rest of the check.
//
// LocalParents instead finds the declarations that contain a node by source
// range, descending from the traversal scope (the translation unit in
// clang-tidy, the main file's top-level declarations in clangd, so a preamble
// is never read), and indexes the parents of the statements of that one
// declaration only, template instantiations and implicit code included, as
// the match finder visits them. Indexes are kept, so asking again about a
// node of the same declaration costs a lookup.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_LOCALPARENTS_H
#define SSOT_LIB_ANALYSIS_LOCALPARENTS_H

#include "clang/AST/ASTTypeTraits.h"
#include "clang/AST/DeclBase.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class ASTContext;
class Stmt;
} // namespace clang

namespace ssot {

/// Parents of statements and the declarations around a location, worked out
/// for the declaration that contains what is asked about. One per
/// translation unit: it keeps pointers into the AST of \p Ctx.
class LocalParents {
public:
  explicit LocalParents(clang::ASTContext &Ctx) : Ctx(Ctx) {}

  /// The declarations whose source range contains \p Loc, outermost first:
  /// namespaces, classes, templates, functions, down to the innermost
  /// declaration written around it. Ranges and \p Loc are compared at their
  /// expansion locations, so a location inside a macro expansion belongs to
  /// the declarations around the expansion. Empty when \p Loc lies outside
  /// the traversal scope.
  llvm::ArrayRef<const clang::Decl *> enclosingDecls(clang::SourceLocation Loc);

  /// The statement or declaration directly above \p S, as the match finder
  /// reaches \p S (the first parent if several share it); a null node if \p S
  /// is not in the traversal scope.
  clang::DynTypedNode parent(const clang::Stmt &S);

private:
  const clang::Decl *childContaining(const clang::Decl *D,
                                     clang::SourceLocation Loc);
  void index(const clang::Decl *Root);
  void indexAround(const clang::Decl *TopLevel);
  void indexScope();

  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::Stmt *, clang::DynTypedNode> Parents;
  llvm::SmallPtrSet<const clang::Decl *, 8> Indexed;
  bool IndexedScope = false;
  // enclosingDecls() of the last location: reports come in traversal order,
  // so the next one is usually in the same declarations.
  clang::SourceLocation ChainLoc;
  llvm::SmallVector<const clang::Decl *, 8> Chain;
  // Where the last search of each declaration list found its answer.
  llvm::DenseMap<const clang::DeclContext *, clang::DeclContext::decl_iterator>
      LastFound;
};

} // namespace ssot

#endif
