#include "lib/analysis/Implementation.h"
#include "clang/AST/Decl.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <utility>

using namespace clang;

namespace ssot {

bool anyReferencedFunction(const Stmt *S,
                           llvm::function_ref<bool(const FunctionDecl *)> Each) {
  if (!S)
    return false;
  if (const auto *Ref = dyn_cast<DeclRefExpr>(S))
    if (const auto *Callee = dyn_cast<FunctionDecl>(Ref->getDecl()))
      if (Each(Callee))
        return true;
  // A call that depends on a template parameter names its candidates only
  // (CMake's cmTokenizedView calls `cmTokenize<StringType>(...)`).
  if (const auto *Overloads = dyn_cast<OverloadExpr>(S))
    for (const NamedDecl *Candidate : Overloads->decls())
      if (const FunctionDecl *Callee =
              Candidate->getUnderlyingDecl()->getAsFunction();
          Callee && Each(Callee))
        return true;
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    if (anyReferencedFunction(Lambda->getBody(), Each))
      return true;
  return llvm::any_of(S->children(), [&](const Stmt *Child) {
    return anyReferencedFunction(Child, Each);
  });
}

// Calls \p Each for the member functions and constructors \p S calls,
// which anyReferencedFunction does not name (a factory's `Pool.get(Size)`,
// a helper object built on the way), lambdas written in it included.
static void forEachMemberCallee(
    const Stmt *S, llvm::function_ref<void(const FunctionDecl *)> Each) {
  if (!S)
    return;
  if (const auto *Member = dyn_cast<MemberExpr>(S))
    if (const auto *Method = dyn_cast<FunctionDecl>(Member->getMemberDecl()))
      Each(Method);
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(S))
    if (const CXXConstructorDecl *Ctor = Construct->getConstructor())
      Each(Ctor);
  if (const auto *Lambda = dyn_cast<LambdaExpr>(S))
    forEachMemberCallee(Lambda->getBody(), Each);
  for (const Stmt *Child : S->children())
    forEachMemberCallee(Child, Each);
}

void addImplementation(llvm::ArrayRef<const FunctionDecl *> Designated,
                       const SourceManager &SM,
                       llvm::SmallVectorImpl<const FunctionDecl *> &Out) {
  constexpr unsigned MaxDepth = 3;
  llvm::SmallPtrSet<const FunctionDecl *, 8> Seen;
  llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 8> Work;
  for (const FunctionDecl *FD : Designated)
    Work.push_back({FD, 0});
  while (!Work.empty()) {
    const auto [FD, Depth] = Work.pop_back_val();
    const unsigned Next = Depth + 1; // a lambda captures no binding in C++17
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || !Seen.insert(Def).second)
      continue;
    if (Depth)
      Out.push_back(Def);
    if (Depth == MaxDepth)
      continue;
    const auto Follow = [&](const FunctionDecl *Callee) {
      if (!SM.isInSystemHeader(SM.getExpansionLoc(Callee->getLocation())))
        Work.push_back({Callee, Next});
    };
    anyReferencedFunction(Def->getBody(), [&](const FunctionDecl *Callee) {
      Follow(Callee);
      return false;
    });
    forEachMemberCallee(Def->getBody(), Follow);
  }
}

} // namespace ssot
