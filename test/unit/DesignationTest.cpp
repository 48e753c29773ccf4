//===--- DesignationTest.cpp - tests of lib/analysis/Designation ----------===//
#include "lib/analysis/Designation.h"
#include "clang/AST/ASTContext.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace ssot;

namespace {
const char *const Code = R"cpp(
namespace util {
int trim(int);
int trim(int, int);
template <class T> T twice(T);
struct Box { static int make(); int size() const; };
inline namespace v2 { int fresh(); }
}
namespace other { int moved(); }
namespace util { using other::moved; }
namespace util { int later(); }
int top();
)cpp";

// Qualified lookup as specified: every "::"-separated component in turn,
// through namespaces and class definitions.
llvm::SmallVector<const clang::NamedDecl *, 4>
referenceLookup(clang::ASTContext &Ctx, llvm::StringRef Name) {
  Name.consume_front("::");
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Name.split(Parts, "::");
  llvm::SmallVector<const clang::DeclContext *, 4> Scopes = {
      Ctx.getTranslationUnitDecl()};
  llvm::SmallVector<const clang::NamedDecl *, 4> Found;
  for (auto [Index, Part] : llvm::enumerate(Parts)) {
    llvm::SmallVector<const clang::DeclContext *, 4> Next;
    for (const clang::DeclContext *Scope : Scopes)
      for (const clang::NamedDecl *D :
           Scope->lookup(clang::DeclarationName(&Ctx.Idents.get(Part)))) {
        D = D->getUnderlyingDecl();
        if (Index + 1 == Parts.size())
          Found.push_back(D);
        else if (const auto *Rec = llvm::dyn_cast<clang::RecordDecl>(D)) {
          if (const clang::RecordDecl *Def = Rec->getDefinition())
            Next.push_back(Def);
        } else if (const auto *NS = llvm::dyn_cast<clang::NamespaceDecl>(D))
          Next.push_back(NS);
      }
    Scopes = std::move(Next);
  }
  return Found;
}

std::string describe(llvm::ArrayRef<const clang::NamedDecl *> Decls) {
  std::string Out;
  for (const clang::NamedDecl *D : Decls)
    Out += D->getQualifiedNameAsString() + "/" + D->getDeclKindName() + " ";
  return Out;
}
} // namespace

TEST(Designation, LookupFindsThroughNamespacesClassesAndUsings) {
  auto AST = clang::tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
  clang::ASTContext &Ctx = AST->getASTContext();
  EXPECT_EQ(lookupQualified(Ctx, "::util::trim").size(), 2u);
  EXPECT_EQ(lookupQualified(Ctx, "util::Box::make").size(), 1u);
  // The using-declaration itself, and the function it brings in.
  EXPECT_EQ(describe(lookupQualified(Ctx, "::util::moved")),
            "util::moved/Using other::moved/Function ");
  EXPECT_EQ(lookupQualified(Ctx, "::util::fresh").size(), 1u);
  EXPECT_EQ(lookupQualified(Ctx, "::util::missing").size(), 0u);
  EXPECT_EQ(lookupQualified(Ctx, "::nowhere::trim").size(), 0u);
  EXPECT_EQ(lookupQualified(Ctx, "top").size(), 1u);
}

TEST(Designation, ManyLookupsFindWhatSingleLookupsFind) {
  auto AST = clang::tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"});
  clang::ASTContext &Ctx = AST->getASTContext();
  QualifiedLookup Lookup(Ctx);
  // Runs of names in one scope, scopes revisited, and names no lookup
  // resolves (the cached scope must not leak into them).
  for (const char *Name :
       {"::util::trim", "util::twice", "::util::Box::make", "::util::Box::size",
        "::util::later", "::util::moved", "::other::moved", "::util::trim",
        "::util::fresh", "::util::v2::fresh", "top", "::top", "util", "",
        "::", "::util::", "util:::trim", "::util::::trim", "::::top",
        "::util::::trim", "util::trim", "nowhere::x",
        "::util::Box::make"})
  {
    std::string Expected = describe(referenceLookup(Ctx, Name));
    EXPECT_EQ(describe(lookupQualified(Ctx, Name)), Expected) << Name;
    EXPECT_EQ(describe(Lookup.find(Name)), Expected) << Name;
  }
}
