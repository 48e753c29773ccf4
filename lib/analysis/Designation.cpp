//===--- Designation.cpp - finding designated SSOT declarations ------------===//
#include "lib/analysis/Designation.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"

using namespace clang;

namespace ssot {

llvm::SmallVector<const NamedDecl *, 4> lookupQualified(ASTContext &Ctx,
                                                        llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  llvm::SmallVector<const DeclContext *, 4> Scopes = {
      Ctx.getTranslationUnitDecl()};
  llvm::SmallVector<const NamedDecl *, 4> Found;
  for (auto [Index, Part] : llvm::enumerate(Parts)) {
    const bool Last = Index + 1 == Parts.size();
    IdentifierInfo &II = Ctx.Idents.get(Part);
    llvm::SmallVector<const DeclContext *, 4> Next;
    for (const DeclContext *Scope : Scopes) {
      for (const NamedDecl *D : Scope->lookup(DeclarationName(&II))) {
        D = D->getUnderlyingDecl();
        if (Last) {
          Found.push_back(D);
          continue;
        }
        if (const auto *Rec = dyn_cast<RecordDecl>(D)) {
          if (const RecordDecl *Def = Rec->getDefinition())
            Next.push_back(Def);
        } else if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
          Next.push_back(NS);
        }
      }
    }
    Scopes = std::move(Next);
  }
  return Found;
}

static const AnnotateAttr *findAnnotation(const Decl *D,
                                          llvm::StringRef Annotation) {
  for (const Decl *Redecl : D->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == Annotation)
        return A;
  return nullptr;
}

bool hasSSOTAnnotation(const Decl *D, llvm::StringRef Annotation) {
  return D && findAnnotation(D, Annotation);
}

std::optional<std::string> annotationArgument(const Decl *D,
                                              llvm::StringRef Annotation,
                                              unsigned Index) {
  const AnnotateAttr *A = D ? findAnnotation(D, Annotation) : nullptr;
  if (!A || Index >= A->args_size())
    return std::nullopt;
  const Expr *Arg = A->args_begin()[Index]->IgnoreParenImpCasts();
  if (const auto *Str = dyn_cast<StringLiteral>(Arg))
    return Str->getString().str();
  if (const auto *CE = dyn_cast<ConstantExpr>(Arg))
    if (const auto *Str =
            dyn_cast<StringLiteral>(CE->getSubExpr()->IgnoreParenImpCasts()))
      return Str->getString().str();
  return std::nullopt;
}

static const FunctionDecl *findIn(const DeclContext *DC,
                                  llvm::StringRef Annotation) {
  for (const Decl *D : DC->decls()) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (hasSSOTAnnotation(FD, Annotation))
        return FD;
      continue;
    }
    if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D) ||
        (isa<CXXRecordDecl>(D) &&
         cast<CXXRecordDecl>(D)->isThisDeclarationADefinition()))
      if (const FunctionDecl *FD = findIn(cast<DeclContext>(D), Annotation))
        return FD;
  }
  return nullptr;
}

const FunctionDecl *findAnnotatedFunction(ASTContext &Ctx,
                                          llvm::StringRef Annotation) {
  return findIn(Ctx.getTranslationUnitDecl(), Annotation);
}

} // namespace ssot
