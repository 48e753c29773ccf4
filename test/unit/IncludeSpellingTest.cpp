//===--- IncludeSpellingTest.cpp - tests of lib/analysis/IncludeSpelling
//---===//
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
            "#include \"first.h\"\n#include \"util.h\"\n",
            {"-std=c++17", "-I."}, "main.cc", "ssot-unittests",
            std::make_shared<clang::PCHContainerOperations>(),
            clang::tooling::getClangStripDependencyFileAdjuster(),
            {{"first.h", "#pragma once\nint first();\n"},
             {"util.h", "#pragma once\n#include \"inner.h\"\nint util();\n"},
             {"inner.h", "#pragma once\nint inner();\n"}})) {}
  const clang::SourceManager &sm() const { return AST->getSourceManager(); }
  const clang::Preprocessor *pp() const { return &AST->getPreprocessor(); }
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
  EXPECT_FALSE(
      includeMakesVisible(U.file("util.h"), U.file("inner.h"), U.sm()));
  EXPECT_TRUE(
      includeMakesVisible(U.file("inner.h"), U.file("first.h"), U.sm()));
}

TEST(FixIncludes, WhyNotAboveSaysWhereTheIncludeFallsShort) {
  Unit U;
  FixIncludes Fixes;
  const clang::SourceManager &SM = U.sm();
  const clang::FileID Main = SM.getMainFileID();
  const clang::SourceLocation Top = SM.getLocForStartOfFile(Main);
  const clang::SourceLocation Second = Top.getLocWithOffset(18); // util.h
  const clang::SourceLocation End = Top.getLocWithOffset(36);
  using Hint = std::optional<clang::FixItHint>;
  auto At = [](clang::SourceLocation L) -> Hint {
    return clang::FixItHint::CreateInsertion(L, "#include \"x.h\"\n");
  };
  // Lands above the place: the fix stands and carries the insertion.
  Hint H = At(Top);
  EXPECT_EQ(Fixes.whyNotAbove(Main, "a.h", H, Second, "call", true, SM), "");
  EXPECT_EQ(H ? H->RemoveRange.getBegin() : clang::SourceLocation(), Top);
  // A later fix relies on that insertion and carries none.
  H.reset();
  EXPECT_EQ(Fixes.whyNotAbove(Main, "a.h", H, End, "call", true, SM), "");
  EXPECT_FALSE(H.has_value());
  // The same header for another file is another matter.
  EXPECT_EQ(
      Fixes.whyNotAbove(U.file("first.h"), "a.h", H, End, "call", true, SM),
      "its header 'a.h' is included here already, without declaring "
      "it");
  // Sorted below the place: refused, and the insertion is not carried ...
  H = At(Second);
  EXPECT_EQ(Fixes.whyNotAbove(Main, "b.h", H, Top, "call", true, SM),
            "its header 'b.h' would be included only below this call");
  EXPECT_FALSE(H.has_value());
  EXPECT_EQ(Fixes.whyNotAbove(Main, "b.h", H, Top, "construction", false, SM),
            "it is declared only after this construction");
  // ... until a fix below it can use it: that fix carries it, once.
  EXPECT_EQ(Fixes.whyNotAbove(Main, "b.h", H, End, "call", true, SM), "");
  EXPECT_EQ(H ? H->RemoveRange.getBegin() : clang::SourceLocation(), Second);
  H.reset();
  EXPECT_EQ(Fixes.whyNotAbove(Main, "b.h", H, End, "call", true, SM), "");
  EXPECT_FALSE(H.has_value());
  Fixes.clear();
  EXPECT_EQ(Fixes.whyNotAbove(Main, "a.h", H, End, "call", false, SM),
            "it is declared only after this call");
}

TEST(WhyIncludeIsCycle, TheFileItselfItsIncludersAndRecordedDirectives) {
  Unit U;
  IncludeGraph None;
  const clang::FileID Inner = U.file("inner.h");
  EXPECT_EQ(
      whyIncludeIsCycle("util.h", Inner, U.sm(), U.pp(), None, std::nullopt),
      "its header 'util.h' includes this file, so the include would be "
      "a cycle");
  EXPECT_EQ(
      whyIncludeIsCycle("<util.h>", Inner, U.sm(), U.pp(), None, std::nullopt),
      "its header '<util.h>' includes this file, so the include would "
      "be a cycle");
  EXPECT_EQ(
      whyIncludeIsCycle("inner.h", Inner, U.sm(), U.pp(), None, std::nullopt),
      "its header 'inner.h' is this file");
  EXPECT_EQ(
      whyIncludeIsCycle("first.h", Inner, U.sm(), U.pp(), None, std::nullopt),
      "");
  EXPECT_EQ(whyIncludeIsCycle("inner.h", U.file("util.h"), U.sm(), U.pp(), None,
                              std::nullopt),
            "");
  EXPECT_EQ(
      whyIncludeIsCycle("nowhere.h", Inner, U.sm(), U.pp(), None, std::nullopt),
      "");
  EXPECT_EQ(
      whyIncludeIsCycle("util.h", Inner, U.sm(), nullptr, None, std::nullopt),
      "");
  // A directive the preprocessor skipped (first.h including util.h after
  // main.cc did) is a cycle too, once recorded.
  IncludeGraph Skipped;
  const clang::FileID First = U.file("first.h");
  auto Entry = [&](llvm::StringRef Name) {
    return *U.sm().getFileEntryRefForID(U.file(Name));
  };
  Skipped.add(Entry("util.h"), Entry("inner.h"), 10);
  Skipped.add(Entry("first.h"), Entry("util.h"), 40);
  EXPECT_EQ(whyIncludeIsCycle("first.h", Inner, U.sm(), U.pp(), Skipped,
                              std::nullopt),
            "its header 'first.h' includes this file, so the include would "
            "be a cycle");
  EXPECT_FALSE(includeMakesVisible(First, Inner, U.sm(), &Skipped));
  EXPECT_TRUE(includeMakesVisible(First, Inner, U.sm(), &None));
  // Only what a header includes above the declaration can come first.
  EXPECT_FALSE(includeMakesVisible(First, Inner, U.sm(), &Skipped, 41));
  EXPECT_TRUE(includeMakesVisible(First, Inner, U.sm(), &Skipped, 40));
  EXPECT_EQ(whyIncludeIsCycle("first.h", Inner, U.sm(), U.pp(), Skipped,
                              Entry("util.h")),
            "");
  Skipped.add(Entry("first.h"), Entry("util.h"), 20);
  EXPECT_EQ(Skipped.firstReaching(Entry("first.h"), Entry("inner.h")), 20u);
}
