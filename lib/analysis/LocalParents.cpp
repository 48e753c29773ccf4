//===--- LocalParents.cpp - the context of a few nodes, found on demand ---===//
#include "lib/analysis/LocalParents.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Basic/SourceManager.h"
#include "lib/compat/LLVMCompat.h"

using namespace clang;

namespace ssot {
namespace {

// Whether the range D is written in contains Loc (an expansion location).
// The end is compared first: most declarations searched end before Loc.
bool contains(const Decl *D, SourceLocation Loc, const SourceManager &SM) {
  SourceRange R = D->getSourceRange();
  return R.isValid() &&
         !SM.isBeforeInTranslationUnit(
             SM.getExpansionRange(R.getEnd()).getEnd(), Loc) &&
         !SM.isBeforeInTranslationUnit(Loc, SM.getExpansionLoc(R.getBegin()));
}

// Declarations that only group others: the match finder traverses what is
// below them one declaration at a time.
bool isGrouping(const Decl *D) {
  return isa<TranslationUnitDecl, NamespaceDecl, LinkageSpecDecl, ExportDecl>(
      D);
}

// Records the first parent of every statement below the declarations it
// traverses, visiting what the match finder visits: template instantiations
// and implicit code.
class Indexer : public compat::ConstDynamicRecursiveASTVisitor {
public:
  explicit Indexer(llvm::DenseMap<const Stmt *, DynTypedNode> &Parents)
      : Parents(Parents) {
    ShouldVisitTemplateInstantiations = true;
    ShouldVisitImplicitCode = true;
  }

  bool TraverseDecl(const Decl *D) override {
    if (!D)
      return true;
    Stack.push_back(DynTypedNode::create(*D));
    bool Result = compat::ConstDynamicRecursiveASTVisitor::TraverseDecl(D);
    Stack.pop_back();
    return Result;
  }

  bool TraverseStmt(const Stmt *S) override {
    if (!S)
      return true;
    if (!Stack.empty())
      Parents.try_emplace(S, Stack.back());
    Stack.push_back(DynTypedNode::create(*S));
    bool Result = compat::ConstDynamicRecursiveASTVisitor::TraverseStmt(S);
    Stack.pop_back();
    return Result;
  }

private:
  llvm::DenseMap<const Stmt *, DynTypedNode> &Parents;
  llvm::SmallVector<DynTypedNode, 16> Stack;
};

} // namespace

// The declaration written directly inside D that contains Loc. Implicit
// declarations are written nowhere; of siblings that share a range (`int a,
// b;`) the first is taken. Questions come in traversal order, so the search
// of a declaration list starts where the last one ended: the translation
// unit's list holds every declaration of every header.
const Decl *LocalParents::childContaining(const Decl *D, SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  if (const auto *TD = dyn_cast<TemplateDecl>(D)) {
    const Decl *Templated = TD->getTemplatedDecl();
    return Templated && contains(Templated, Loc, SM) ? Templated : nullptr;
  }
  const auto *DC = dyn_cast<DeclContext>(D);
  if (!DC)
    return nullptr;
  DeclContext::decl_iterator &Last =
      LastFound.try_emplace(DC, DC->decls_begin()).first->second;
  auto Search = [&](DeclContext::decl_iterator It,
                    DeclContext::decl_iterator End) -> const Decl * {
    for (; It != End; ++It)
      if (!It->isImplicit() && contains(*It, Loc, SM)) {
        Last = It;
        return *It;
      }
    return nullptr;
  };
  if (const Decl *Found = Search(Last, DC->decls_end()))
    return Found;
  return Search(DC->decls_begin(), Last);
}

llvm::ArrayRef<const Decl *>
LocalParents::enclosingDecls(SourceLocation Loc) {
  const SourceManager &SM = Ctx.getSourceManager();
  Loc = SM.getExpansionLoc(Loc);
  if (Loc == ChainLoc)
    return Chain;
  ChainLoc = Loc;
  Chain.clear();
  if (Loc.isInvalid())
    return Chain;
  // In clangd the scope is the main file's top-level declarations; the
  // translation unit's own list would pull in the whole preamble.
  const Decl *Next = nullptr;
  for (const Decl *Scope : Ctx.getTraversalScope()) {
    Next = isa<TranslationUnitDecl>(Scope)
               ? childContaining(Scope, Loc)
               : (contains(Scope, Loc, SM) ? Scope : nullptr);
    if (Next)
      break;
  }
  for (; Next; Next = childContaining(Next, Loc))
    Chain.push_back(Next);
  return Chain;
}

void LocalParents::index(const Decl *Root) {
  if (!Root || !Indexed.insert(Root).second)
    return;
  Indexer(Parents).TraverseDecl(Root);
}

// The match finder reaches a template's instantiations from the template's
// first declaration, and the instantiated members of a class template (those
// defined outside it too) from the class template: index those as well.
void LocalParents::indexAround(const Decl *TopLevel) {
  index(TopLevel);
  if (const auto *TD = dyn_cast<RedeclarableTemplateDecl>(TopLevel))
    index(TD->getCanonicalDecl());
  // The class a member defined out of line belongs to, up to the class
  // written among the namespaces.
  const Decl *Outer = TopLevel;
  while (!isGrouping(cast<Decl>(Outer->getDeclContext())))
    Outer = cast<Decl>(Outer->getDeclContext());
  const ClassTemplateDecl *Template = nullptr;
  if (const auto *Partial =
          dyn_cast<ClassTemplatePartialSpecializationDecl>(Outer))
    Template = Partial->getSpecializedTemplate();
  else if (const auto *RD = dyn_cast<CXXRecordDecl>(Outer))
    Template = RD->getDescribedClassTemplate();
  if (Template)
    index(Template->getCanonicalDecl());
}

void LocalParents::indexScope() {
  if (IndexedScope)
    return;
  IndexedScope = true;
  for (const Decl *Scope : Ctx.getTraversalScope())
    index(Scope);
}

DynTypedNode LocalParents::parent(const Stmt &S) {
  auto It = Parents.find(&S);
  if (It != Parents.end())
    return It->second;
  // The first declaration below the namespaces is what the match finder
  // traversed as one piece.
  for (const Decl *D : enclosingDecls(S.getBeginLoc()))
    if (!isGrouping(D)) {
      indexAround(D);
      break;
    }
  It = Parents.find(&S);
  if (It != Parents.end())
    return It->second;
  // Instantiated somewhere the declarations around its location do not show
  // (an explicit instantiation, say): index everything, once.
  indexScope();
  It = Parents.find(&S);
  return It != Parents.end() ? It->second : DynTypedNode();
}

} // namespace ssot
