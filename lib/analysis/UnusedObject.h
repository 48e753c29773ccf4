//===--- UnusedObject.h - an object nothing uses ---------------------------===//
//
// A construction that bypasses a factory is sometimes dead code: the local it
// initialises is never used, or is used only to make another local that is
// never used (a reader's builder left behind when the reading moved onto the
// factory). There the maintainer's move is to delete it, not to route it
// through the factory, so the check says that instead. Asked only about
// constructions about to be reported.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_UNUSEDOBJECT_H
#define SSOT_LIB_ANALYSIS_UNUSEDOBJECT_H

#include <optional>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class VarDecl;
} // namespace clang

namespace ssot {

class LocalParents;

/// The local a construction initialises, when nothing uses it.
struct UnusedObject {
  /// The local the object is constructed into.
  const clang::VarDecl *Local = nullptr;
  /// When set, \c Local is used once, as the object of a const member
  /// function called with no arguments, and that call's result initialises
  /// this local, which nothing uses.
  const clang::VarDecl *Feeds = nullptr;
};

/// Whether \p Made, an expression that creates an object (a construction,
/// a new-expression, a call of std::make_unique), initialises a local of the
/// function around it that nothing uses, looking through implicit
/// conversions, temporaries, parentheses, functional casts and a
/// std::unique_ptr or std::shared_ptr taking it over. A local declared
/// [[maybe_unused]], a reference, a parameter, a static or a structured
/// binding is never reported: its use may be elsewhere, or not this
/// function's to judge. Nor is an object of \p Class that may be a guard,
/// made to be left unused: one given anything while \p Class has a
/// destructor that does something, or given something it can change (a
/// non-const reference or pointer); nor one built with placement new.
std::optional<UnusedObject> unusedObject(const clang::Expr &Made,
                                         const clang::CXXRecordDecl &Class,
                                         LocalParents &Parents,
                                         clang::ASTContext &Ctx);

} // namespace ssot

#endif
