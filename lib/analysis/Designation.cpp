//===--- Designation.cpp - finding designated SSOT declarations ------------===//
#include "lib/analysis/Designation.h"
#include "lib/analysis/OptionParsing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/Expr.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;

namespace ssot {

// One step of a qualified lookup: \p Part looked up in each of \p Scopes;
// declarations go to \p Found for the last part, else the namespaces and
// class definitions to search next go to \p Next.
static void lookupPart(ASTContext &Ctx,
                       llvm::ArrayRef<const DeclContext *> Scopes,
                       llvm::StringRef Part, bool Last,
                       llvm::SmallVectorImpl<const NamedDecl *> &Found,
                       llvm::SmallVectorImpl<const DeclContext *> &Next) {
  IdentifierInfo &II = Ctx.Idents.get(Part);
  // C++ qualified lookup also finds what a namespace's unnamed namespace
  // declares: "::leveldb::Repairer" names a class in `namespace leveldb {
  // namespace { ... } }` (the unit that defines it sees it so).
  llvm::SmallVector<const DeclContext *, 4> Searched(Scopes);
  for (const DeclContext *Scope : Scopes) {
    const NamespaceDecl *Unnamed = nullptr;
    if (const auto *TU = dyn_cast<TranslationUnitDecl>(Scope))
      Unnamed = TU->getAnonymousNamespace();
    else if (const auto *NS = dyn_cast<NamespaceDecl>(Scope))
      Unnamed = NS->getAnonymousNamespace();
    if (Unnamed)
      Searched.push_back(Unnamed->getPrimaryContext());
  }
  for (const DeclContext *Scope : Searched) {
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
        // Where lookups in any of the namespace's blocks are answered.
        Next.push_back(NS->getPrimaryContext());
      }
    }
  }
}

namespace {
// A qualified name split before its last component.
struct SplitName {
  llvm::StringRef Scope; // "a::B" for "::a::B::f"
  llvm::StringRef Last;  // "f"
  bool Qualified;        // whether there was a scope at all (even "")
};
} // namespace

// The scopes named by \p Name's scope, each component looked up in what the
// ones before it named.
static llvm::SmallVector<const DeclContext *, 4>
resolveScope(ASTContext &Ctx, const SplitName &Name) {
  llvm::SmallVector<const DeclContext *, 4> Scopes = {
      Ctx.getTranslationUnitDecl()};
  if (!Name.Qualified)
    return Scopes;
  llvm::StringRef Scope = Name.Scope;
  llvm::SmallVector<const NamedDecl *, 1> None;
  while (!Scopes.empty()) {
    auto [Part, Rest] = Scope.split("::");
    llvm::SmallVector<const DeclContext *, 4> Next;
    lookupPart(Ctx, Scopes, Part, /*Last=*/false, None, Next);
    Scopes = std::move(Next);
    if (Part.size() == Scope.size()) // that was the last component
      break;
    Scope = Rest;
  }
  return Scopes;
}

// "::a::B::f" -> ("a::B", "f"); "f" -> (unqualified, "f"). Components are
// separated from the left, as StringRef::split does.
static SplitName splitScope(llvm::StringRef Name) {
  Name.consume_front("::");
  size_t Last = llvm::StringRef::npos;
  for (size_t I = 0; I + 1 < Name.size(); ++I)
    if (Name[I] == ':' && Name[I + 1] == ':')
      Last = I++;
  if (Last == llvm::StringRef::npos)
    return {llvm::StringRef(), Name, false};
  return {Name.take_front(Last), Name.drop_front(Last + 2), true};
}

llvm::SmallVector<const NamedDecl *, 4> lookupQualified(ASTContext &Ctx,
                                                        llvm::StringRef Name) {
  SplitName Split = splitScope(Name);
  llvm::SmallVector<const NamedDecl *, 4> Found;
  llvm::SmallVector<const DeclContext *, 1> Unused;
  lookupPart(Ctx, resolveScope(Ctx, Split), Split.Last, /*Last=*/true, Found,
             Unused);
  return Found;
}

llvm::SmallVector<const NamedDecl *, 4>
QualifiedLookup::find(llvm::StringRef QualifiedName) {
  llvm::StringRef Name = QualifiedName;
  Name.consume_front("::");
  // Most often the scope of the previous name followed by "::" and a last
  // component: splitScope's answer without scanning the name.
  llvm::StringRef Last;
  if (Resolved && LastQualified && !LastScope.empty() &&
      LastScope.back() != ':' && Name.starts_with(LastScope) &&
      Name.drop_front(LastScope.size()).starts_with("::") &&
      !Name.drop_front(LastScope.size() + 2).contains(':')) {
    Last = Name.drop_front(LastScope.size() + 2);
  } else {
    SplitName Split = splitScope(QualifiedName);
    Last = Split.Last;
    if (!Resolved || Split.Qualified != LastQualified ||
        Split.Scope != LastScope) {
      LastScope = Split.Scope.str();
      LastQualified = Split.Qualified;
      Scopes = resolveScope(Ctx, Split);
      Resolved = true;
    }
  }
  llvm::SmallVector<const NamedDecl *, 4> Found;
  llvm::SmallVector<const DeclContext *, 1> Unused;
  lookupPart(Ctx, Scopes, Last, /*Last=*/true, Found, Unused);
  return Found;
}

// The string literal an annotation argument is, if it is an ordinary (or
// UTF-8) one: a wide literal's bytes are not the name they spell.
static const StringLiteral *narrowString(const Expr *Arg) {
  Arg = Arg->IgnoreParenImpCasts();
  if (const auto *CE = dyn_cast<ConstantExpr>(Arg))
    Arg = CE->getSubExpr()->IgnoreParenImpCasts();
  const auto *Str = dyn_cast<StringLiteral>(Arg);
  return Str && Str->getCharByteWidth() == 1 ? Str : nullptr;
}

static const AnnotateAttr *findAnnotation(const Decl *D,
                                          llvm::StringRef Annotation) {
  for (const Decl *Redecl : D->redecls())
    for (const auto *A : Redecl->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == Annotation)
        return A;
  return nullptr;
}

std::string optionSpelling(const NamedDecl *D) {
  if (!D->isInAnonymousNamespace())
    return "::" + D->getQualifiedNameAsString();
  PrintingPolicy Policy(D->getASTContext().getLangOpts());
  Policy.SuppressUnwrittenScope = true;
  std::string Out = "::";
  llvm::raw_string_ostream OS(Out);
  D->printQualifiedName(OS, Policy);
  return Out;
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
  if (const StringLiteral *Str = narrowString(A->args_begin()[Index]))
    return Str->getString().str();
  return std::nullopt;
}

std::optional<std::string> annotationProblem(const AnnotateAttr &A,
                                             llvm::StringRef Expected,
                                             unsigned StringArguments,
                                             bool Alternatives) {
  if (A.args_size() != StringArguments)
    return StringArguments == 0
               ? "'" + Expected.str() + "' takes no argument"
               : "'" + Expected.str() + "' takes one argument, a qualified "
                 "name as a string literal";
  for (const Expr *Arg : llvm::make_range(A.args_begin(), A.args_end())) {
    const StringLiteral *Str = narrowString(Arg);
    if (!Str)
      return "the argument of '" + Expected.str() +
             "' must be an ordinary string literal (not a wide or UTF-16/32 "
             "one, nor another expression)";
    if (Str->getString().trim().empty())
      return "the argument of '" + Expected.str() + "' is empty";
    std::string Error;
    if (Alternatives && Str->getString().contains('|')) {
      if (!parseAlternatives(Str->getString(), Error))
        return Error;
    } else if (!isQualifiedName(Str->getString().trim())) {
      return "'" + excerpt(Str->getString()) +
             "' is not a qualified name such as '::app::make_engine'";
    }
  }
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
