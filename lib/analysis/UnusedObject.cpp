//===--- UnusedObject.cpp - an object nothing uses -------------------------===//
#include "lib/analysis/UnusedObject.h"
#include "lib/analysis/LocalParents.h"
#include "lib/analysis/ObjectUse.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

using namespace clang;

namespace ssot {

namespace {

// Something the object may hold on to and act on: a reference or pointer
// through which it can change what it was given.
bool isChangeable(QualType T) {
  if (T->isLValueReferenceType() || T->isPointerType())
    return !T->getPointeeType().isConstQualified();
  return false;
}

// A guard is made to be left unused: its constructor takes hold of what it
// was given (a mutex to lock, a function to call on leaving, a name to
// trace) and its destructor lets go. So an object of \p Class given anything,
// whose destructor does something, may be one; so may an object given
// something it can change. Only an object made from nothing (a reader's
// builder), or from values into a class with nothing to destroy, is judged.
// Placement new builds into storage the function may go on using.
bool mayGuard(const Expr &Made, const CXXRecordDecl &Class) {
  const Expr *E = &Made;
  if (const auto *New = dyn_cast<CXXNewExpr>(E)) {
    if (New->getNumPlacementArgs() != 0)
      return true;
    E = New->getConstructExpr();
  }
  if (!E)
    return false;
  // What the construction is given, as written (not default arguments).
  llvm::SmallVector<const Expr *, 4> Given;
  llvm::ArrayRef<const ParmVarDecl *> Params;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Params = Construct->getConstructor()->parameters();
    for (const Expr *A : Construct->arguments())
      if (!isa<CXXDefaultArgExpr>(A))
        Given.push_back(A);
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // std::make_unique and its kind forward what they are given.
    Given.append(Call->arg_begin(), Call->arg_end());
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : List->inits())
      if (!isa<ImplicitValueInitExpr>(Init))
        Given.push_back(Init);
  }
  const CXXRecordDecl *Def = Class.getDefinition();
  if (!Given.empty() && (!Def || !Def->hasTrivialDestructor()))
    return true;
  return llvm::any_of(Params,
                      [](const ParmVarDecl *P) {
                        return isChangeable(P->getType());
                      }) ||
         llvm::any_of(Given, [](const Expr *A) {
           const Expr *Written = A->IgnoreImplicit();
           return (Written->isLValue() &&
                   !Written->getType().isConstQualified()) ||
                  isChangeable(Written->getType());
         });
}

bool isUnused(const VarDecl &VD) {
  return !VD.isReferenced() && !VD.isUsed();
}

} // namespace

std::optional<UnusedObject> unusedObject(const Expr &Made,
                                         const CXXRecordDecl &Class,
                                         LocalParents &Parents,
                                         ASTContext &Ctx) {
  const VarDecl *Local = initialisedLocal(Made, Parents);
  if (!Local || mayGuard(Made, Class))
    return std::nullopt;
  if (isUnused(*Local))
    return UnusedObject{Local, nullptr};
  // Used: only `Local.f()` with f const and given nothing, whose result
  // makes another local that nothing uses, leaves the object without effect
  // that the function shows.
  const auto *Fn =
      dyn_cast_or_null<FunctionDecl>(Local->getParentFunctionOrMethod());
  const Stmt *Body = Fn ? Fn->getBody() : nullptr;
  if (!Body)
    return std::nullopt;
  using namespace ast_matchers;
  const auto Refs = match(
      findAll(declRefExpr(to(varDecl(equalsNode(Local)))).bind("ref")), *Body,
      Ctx);
  // None found although the local is referenced: the reference is somewhere
  // this search does not look (a type, say), so it may be a use.
  if (Refs.size() != 1)
    return std::nullopt;
  const Stmt *Child = Refs.front().getNodeAs<DeclRefExpr>("ref");
  DynTypedNode Up = Parents.parent(*Child);
  while (const auto *Cast = Up.get<ImplicitCastExpr>()) {
    Child = Cast;
    Up = Parents.parent(*Cast);
  }
  const auto *Member = Up.get<MemberExpr>();
  if (!Member || Member->getBase() != Child)
    return std::nullopt;
  const auto *Call = Parents.parent(*Member).get<CXXMemberCallExpr>();
  const auto *Method = Call ? Call->getMethodDecl() : nullptr;
  if (!Method || Call->getCallee() != Member || Call->getNumArgs() != 0 ||
      !Method->isConst())
    return std::nullopt;
  const VarDecl *Feeds = initialisedLocal(*Call, Parents);
  if (!Feeds || Feeds == Local || !isUnused(*Feeds))
    return std::nullopt;
  return UnusedObject{Local, Feeds};
}

} // namespace ssot
