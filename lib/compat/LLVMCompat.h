//===--- LLVMCompat.h - the LLVM 19 / LLVM 22 differences, in one place ---===//
//
// ssot-tidy builds against LLVM 19 and LLVM 22 (cmake -DLLVM_VERSION=19).
// Everything else in the tree is written against 22's API; where 19 spells
// something differently, the code calls the name below instead, and only this
// header looks at LLVM_VERSION_MAJOR. New code that meets another difference
// adds a function or alias here rather than an #if at the call site.
//
//   22 API                                      here
//   DiagnosticIDs::create()                     compat::makeDiagnosticIDs()
//   DiagnosticsEngine(IDs, DiagnosticOptions &) compat::diagnosticOptionsArg()
//   ClangTidyContext::setDiagnosticsEngine(     compat::setDiagnosticsEngine()
//     unique_ptr<DiagnosticOptions>, Engine *)
//   MultiplexConsumer(unique_ptr<ASTConsumer>)  compat::consumerList()
//   clang::GetResourcesPath(Argv0, MainAddr)    compat::resourcesPath()
//   ConstDynamicRecursiveASTVisitor (AST/       compat::
//     DynamicRecursiveASTVisitor.h, LLVM 20+)     ConstDynamicRecursiveASTVisitor
//   ClangTidyModuleRegistry in ClangTidyModule.h  included here for 19
//   clangd::provideDefaultChecks() returns      compat::ClangdDefaultChecks
//     TidyProvider (19: TidyProviderRef)
//   custom diagnostic IDs map to their level     lib/clangd/
//     by default (LLVM 20+)                        CustomErrorDefaults.cpp
//   MatchFinderOptions::IgnoreSystemHeaders     compat::SystemHeaderSkip
//     (set by clang-tidy 20+)
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_COMPAT_LLVMCOMPAT_H
#define SSOT_LIB_COMPAT_LLVMCOMPAT_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyModule.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/NestedNameSpecifier.h"
#include "clang/AST/TypeLoc.h"
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/DiagnosticOptions.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/FunctionExtras.h"
#include "llvm/ADT/IntrusiveRefCntPtr.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Config/llvm-config.h"
#include <memory>
#include <string>
#include <vector>

#if LLVM_VERSION_MAJOR >= 22
#include "clang/Options/OptionUtils.h"
#else
// 19 declares the registry alias in its own header (22 deprecates it with a
// #warning, so it is not included there).
#include "clang-tidy/ClangTidyModuleRegistry.h"
#include "clang/Driver/Driver.h"
#include "llvm/Support/FileSystem.h"
#endif

#if LLVM_VERSION_MAJOR >= 20
#include "clang/AST/DynamicRecursiveASTVisitor.h"
#else
#include "clang/AST/RecursiveASTVisitor.h"
#endif

namespace ssot::compat {

/// The namespace (or namespace alias) a qualifier names, "a::" in "a::f";
/// null for any other qualifier. 22 made NestedNameSpecifier a value with one
/// Namespace kind for both; 19 has a pointer and two kinds.
#if LLVM_VERSION_MAJOR >= 22
inline const clang::NamedDecl *
qualifierNamespace(clang::NestedNameSpecifier Qualifier) {
  if (Qualifier.getKind() != clang::NestedNameSpecifier::Kind::Namespace)
    return nullptr;
  return Qualifier.getAsNamespaceAndPrefix().Namespace;
}
#else
inline const clang::NamedDecl *
qualifierNamespace(const clang::NestedNameSpecifier *Qualifier) {
  if (!Qualifier)
    return nullptr;
  switch (Qualifier->getKind()) {
  case clang::NestedNameSpecifier::Namespace:
    return Qualifier->getAsNamespace();
  case clang::NestedNameSpecifier::NamespaceAlias:
    return Qualifier->getAsNamespaceAlias();
  default:
    return nullptr;
  }
}
#endif

/// The declaration named by a TypeLoc of a class, an enum or an injected class
/// name, with the location of the name; \p IsDefinition says whether the
/// TypeLoc is that definition (`struct X {...} x;`). 19's injected class name
/// is no TagTypeLoc.
inline const clang::TagDecl *tagTypeLocDecl(clang::TypeLoc Node,
                                            bool &IsDefinition,
                                            clang::SourceLocation &NameLoc) {
  IsDefinition = false;
#if LLVM_VERSION_MAJOR < 22
  if (auto Injected = Node.getAs<clang::InjectedClassNameTypeLoc>()) {
    NameLoc = Injected.getNameLoc();
    return Injected.getDecl();
  }
#endif
  auto Tag = Node.getAs<clang::TagTypeLoc>();
  if (!Tag)
    return nullptr;
  IsDefinition = Tag.isDefinition();
  NameLoc = Tag.getNameLoc();
  return Tag.getDecl();
}

/// The typedef or alias a TypedefTypeLoc names (22: getDecl; 19:
/// getTypedefNameDecl).
inline const clang::TypedefNameDecl *typedefTypeLocDecl(clang::TypedefTypeLoc TL) {
#if LLVM_VERSION_MAJOR >= 22
  return TL.getDecl();
#else
  return TL.getTypedefNameDecl();
#endif
}

/// The using-declaration's shadow a UsingTypeLoc names (22: getDecl; 19:
/// getFoundDecl).
inline const clang::UsingShadowDecl *usingTypeLocShadow(clang::UsingTypeLoc TL) {
#if LLVM_VERSION_MAJOR >= 22
  return TL.getDecl();
#else
  return TL.getFoundDecl();
#endif
}

/// A fresh set of diagnostic IDs (22: DiagnosticIDs::create(); 19: new).
inline llvm::IntrusiveRefCntPtr<clang::DiagnosticIDs> makeDiagnosticIDs() {
#if LLVM_VERSION_MAJOR >= 21
  return clang::DiagnosticIDs::create();
#else
  return llvm::makeIntrusiveRefCnt<clang::DiagnosticIDs>();
#endif
}

/// The options argument of DiagnosticsEngine's constructor for \p Opts, which
/// must outlive the engine. 22 takes a reference; 19 takes a reference-counted
/// pointer and would delete what it points to, so it gets its own copy.
#if LLVM_VERSION_MAJOR >= 21
inline clang::DiagnosticOptions &
diagnosticOptionsArg(clang::DiagnosticOptions &Opts) {
  return Opts;
}
#else
inline llvm::IntrusiveRefCntPtr<clang::DiagnosticOptions>
diagnosticOptionsArg(clang::DiagnosticOptions &Opts) {
  return llvm::makeIntrusiveRefCnt<clang::DiagnosticOptions>(Opts);
}
#endif

/// ClangTidyContext::setDiagnosticsEngine: 22 also hands the context the
/// options it keeps for the engine; 19 takes the engine alone.
inline void setDiagnosticsEngine(clang::tidy::ClangTidyContext &Context,
                                 clang::DiagnosticsEngine *Engine) {
#if LLVM_VERSION_MAJOR >= 21
  Context.setDiagnosticsEngine(std::make_unique<clang::DiagnosticOptions>(),
                               Engine);
#else
  Context.setDiagnosticsEngine(Engine);
#endif
}

/// One consumer as the list every MultiplexConsumer constructor takes (22 also
/// has a single-consumer constructor; 19 has only the list).
inline std::vector<std::unique_ptr<clang::ASTConsumer>>
consumerList(std::unique_ptr<clang::ASTConsumer> Consumer) {
  std::vector<std::unique_ptr<clang::ASTConsumer>> List;
  List.push_back(std::move(Consumer));
  return List;
}

/// clang's resource directory as derived from the executable (22:
/// clang::GetResourcesPath in Options/OptionUtils.h; 19: the driver's).
inline std::string resourcesPath(const char *Argv0, void *MainAddr) {
#if LLVM_VERSION_MAJOR >= 22
  return clang::GetResourcesPath(Argv0, MainAddr);
#else
  return clang::driver::Driver::GetResourcesPath(
      llvm::sys::fs::getMainExecutable(Argv0, MainAddr));
#endif
}

#if LLVM_VERSION_MAJOR >= 20
using ConstDynamicRecursiveASTVisitor = clang::ConstDynamicRecursiveASTVisitor;
#else
/// LLVM 19 has only the CRTP RecursiveASTVisitor. This gives it the part of
/// the dynamic visitor's interface the project uses: the Should* flags and
/// virtual TraverseDecl/TraverseStmt on const nodes, whose base versions
/// traverse the children and reach the overrides again for each child.
class ConstDynamicRecursiveASTVisitor {
public:
  ConstDynamicRecursiveASTVisitor() : Visitor(*this) {}
  ConstDynamicRecursiveASTVisitor(const ConstDynamicRecursiveASTVisitor &) =
      delete;
  ConstDynamicRecursiveASTVisitor &
  operator=(const ConstDynamicRecursiveASTVisitor &) = delete;
  virtual ~ConstDynamicRecursiveASTVisitor() = default;

  bool ShouldVisitTemplateInstantiations = false;
  bool ShouldVisitImplicitCode = false;
  bool ShouldWalkTypesOfTypeLocs = true;
  bool ShouldVisitLambdaBody = true;

  // The dynamic visitor's names, which the subclasses override.
  // NOLINTNEXTLINE(readability-identifier-naming)
  virtual bool TraverseDecl(const clang::Decl *D) {
    return Visitor.baseTraverseDecl(const_cast<clang::Decl *>(D));
  }
  // NOLINTNEXTLINE(readability-identifier-naming)
  virtual bool TraverseStmt(const clang::Stmt *S) {
    return Visitor.baseTraverseStmt(const_cast<clang::Stmt *>(S));
  }

private:
  class Impl : public clang::RecursiveASTVisitor<Impl> {
    using Base = clang::RecursiveASTVisitor<Impl>;

  public:
    explicit Impl(ConstDynamicRecursiveASTVisitor &Outer) : Outer(Outer) {}
    bool shouldVisitTemplateInstantiations() const {
      return Outer.ShouldVisitTemplateInstantiations;
    }
    bool shouldVisitImplicitCode() const { return Outer.ShouldVisitImplicitCode; }
    bool shouldWalkTypesOfTypeLocs() const {
      return Outer.ShouldWalkTypesOfTypeLocs;
    }
    bool shouldVisitLambdaBody() const { return Outer.ShouldVisitLambdaBody; }
    // Without the queue parameter, RecursiveASTVisitor calls this for every
    // child statement instead of traversing children from its own queue.
    bool TraverseStmt(clang::Stmt *S) { return Outer.TraverseStmt(S); }
    bool TraverseDecl(clang::Decl *D) { return Outer.TraverseDecl(D); }
    bool baseTraverseStmt(clang::Stmt *S) { return Base::TraverseStmt(S); }
    bool baseTraverseDecl(clang::Decl *D) { return Base::TraverseDecl(D); }

  private:
    ConstDynamicRecursiveASTVisitor &Outer;
  };
  Impl Visitor;
};
#endif

/// What clangd's provideDefaultChecks() returns. Its header is not installed,
/// so ssot-clangd declares it: 22 returns a unique_function (TidyProvider), 19
/// a function_ref (TidyProviderRef). The return type is not part of the
/// mangled name, so the wrong one links and crashes at the first call.
/// (Only 19 and 22 are built; 20 and 21 are assumed to be like 22.)
#if LLVM_VERSION_MAJOR >= 20
using ClangdDefaultChecks = llvm::unique_function<void(
    clang::tidy::ClangTidyOptions &, llvm::StringRef /*Filename*/) const>;
#else
using ClangdDefaultChecks = llvm::function_ref<void(
    clang::tidy::ClangTidyOptions &, llvm::StringRef /*Filename*/)>;
#endif

/// For as long as it lives, keeps a match finder run over the unit out of
/// the system headers, unless SystemHeaders is on. clang-tidy 20 and later
/// do that themselves (MatchFinderOptions::IgnoreSystemHeaders); 19's match
/// finder offers every declaration of the standard library a unit includes
/// to every matcher, which made a compile with the compiler plugin cost
/// about five times as much on 19 as on 22 (docs/performance.md, "LLVM 19
/// against LLVM 22"). On 19 this narrows the AST's traversal scope to the
/// top-level declarations outside system headers, as clangd narrows it to
/// the main file, and restores the whole unit afterwards; on 20 and later it
/// does nothing. Only a host that owns the checks' AST consumer can use it.
class SystemHeaderSkip {
public:
#if LLVM_VERSION_MAJOR >= 20
  SystemHeaderSkip(clang::ASTContext &, bool) {}
#else
  SystemHeaderSkip(clang::ASTContext &Ctx, bool SystemHeaders) : Ctx(Ctx) {
    if (SystemHeaders)
      return;
    const clang::SourceManager &SM = Ctx.getSourceManager();
    std::vector<clang::Decl *> Scope;
    for (clang::Decl *D : Ctx.getTranslationUnitDecl()->decls())
      if (!SM.isInSystemHeader(SM.getExpansionLoc(D->getLocation())))
        Scope.push_back(D);
    Ctx.setTraversalScope(Scope);
    Narrowed = true;
  }
  ~SystemHeaderSkip() {
    if (Narrowed)
      Ctx.setTraversalScope({Ctx.getTranslationUnitDecl()});
  }

private:
  clang::ASTContext &Ctx;
  bool Narrowed = false;
#endif
public:
  SystemHeaderSkip(const SystemHeaderSkip &) = delete;
  SystemHeaderSkip &operator=(const SystemHeaderSkip &) = delete;
};

} // namespace ssot::compat

#endif
