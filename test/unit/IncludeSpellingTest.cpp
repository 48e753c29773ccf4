//===--- IncludeSpellingTest.cpp - tests of lib/analysis/IncludeSpelling ---===//
#include "lib/analysis/IncludeSpelling.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace ssot;

namespace {
// main.cc includes first.h, then util.h, which includes inner.h.
class Unit {
public:
  Unit()
      : AST(clang::tooling::buildASTFromCodeWithArgs(
            "#include \"first.h\"\n#include \"util.h\"\n", {"-std=c++17"},
            "main.cc", "ssot-unittests",
            std::make_shared<clang::PCHContainerOperations>(),
            clang::tooling::getClangStripDependencyFileAdjuster(),
            {{"first.h", "#pragma once\nint first();\n"},
             {"util.h", "#pragma once\n#include \"inner.h\"\nint util();\n"},
             {"inner.h", "#pragma once\nint inner();\n"}})) {}
  const clang::SourceManager &sm() const { return AST->getSourceManager(); }
  clang::FileID file(llvm::StringRef Name) const {
    for (auto It = sm().fileinfo_begin(); It != sm().fileinfo_end(); ++It)
      if (It->first.getName().ends_with(Name)) {
        clang::FileID ID = sm().translateFile(It->first);
        if (ID.isValid())
          return ID;
      }
    ADD_FAILURE() << "no file " << Name.str();
    return clang::FileID();
  }

private:
  std::unique_ptr<clang::ASTUnit> AST;
};
} // namespace

TEST(IncludeMakesVisible, AHeaderIncludedLaterReachesAnEarlierOne) {
  Unit U;
  EXPECT_TRUE(includeMakesVisible(U.file("util.h"), U.file("first.h"), U.sm()));
}

TEST(IncludeMakesVisible, NeverItselfTheMainFileOrACycle) {
  Unit U;
  EXPECT_FALSE(includeMakesVisible(U.file("util.h"), U.file("util.h"), U.sm()));
  EXPECT_FALSE(
      includeMakesVisible(U.sm().getMainFileID(), U.file("first.h"), U.sm()));
  // util.h includes inner.h: including util.h into inner.h is a cycle.
  EXPECT_FALSE(includeMakesVisible(U.file("util.h"), U.file("inner.h"), U.sm()));
  EXPECT_TRUE(includeMakesVisible(U.file("inner.h"), U.file("first.h"), U.sm()));
}

TEST(FixIncludes, LaterFixesRelyOnTheFirstInsertion) {
  Unit U;
  FixIncludes Fixes;
  const clang::FileID First = U.file("first.h");
  const clang::FileID Main = U.sm().getMainFileID();
  const clang::SourceLocation Top = U.sm().getLocForStartOfFile(Main);
  const std::optional<clang::FixItHint> None;
  const std::optional<clang::FixItHint> AtTop =
      clang::FixItHint::CreateInsertion(Top, "#include \"util.h\"\n");
  // The inserter gave nothing and no fix asked before: not inserted.
  EXPECT_TRUE(Fixes.inserts(First, "util.h", None).isInvalid());
  // Inserted: where.
  EXPECT_EQ(Fixes.inserts(Main, "util.h", AtTop), Top);
  // Asked again for the same file: the first fix inserts it, there.
  EXPECT_EQ(Fixes.inserts(Main, "util.h", None), Top);
  EXPECT_TRUE(Fixes.inserts(Main, "inner.h", None).isInvalid());
  EXPECT_TRUE(Fixes.inserts(First, "util.h", None).isInvalid());
  Fixes.clear();
  EXPECT_TRUE(Fixes.inserts(Main, "util.h", None).isInvalid());
}
