//===--- OptionParsingTest.cpp - tests of lib/analysis/OptionParsing -------===//
#include "lib/analysis/OptionParsing.h"
#include "gtest/gtest.h"

using namespace ssot;

TEST(QualifiedName, AcceptsIdentifiersJoinedByColons) {
  EXPECT_TRUE(isQualifiedName("f"));
  EXPECT_TRUE(isQualifiedName("::a::b_2::f"));
  EXPECT_FALSE(isQualifiedName(""));
  EXPECT_FALSE(isQualifiedName("::"));
  EXPECT_FALSE(isQualifiedName("a::"));
  EXPECT_FALSE(isQualifiedName("a:::b"));
  EXPECT_FALSE(isQualifiedName("2f"));
  EXPECT_FALSE(isQualifiedName("a b"));
}

TEST(QualifiedName, FullyQualifiedHasOneLeadingScope) {
  EXPECT_EQ(fullyQualified("a::f"), "::a::f");
  EXPECT_EQ(fullyQualified("::a::f"), "::a::f");
  EXPECT_EQ(fullyQualified("  f "), "::f");
}

TEST(NameList, SplitsTrimsAndQualifies) {
  std::string Error;
  auto Names = parseQualifiedNameList(" a::f ; ::g", Error);
  ASSERT_TRUE(Names.has_value()) << Error;
  ASSERT_EQ(Names->size(), 2u);
  EXPECT_EQ((*Names)[0], "::a::f");
  EXPECT_EQ((*Names)[1], "::g");
  auto Empty = parseQualifiedNameList("  ", Error);
  ASSERT_TRUE(Empty.has_value());
  EXPECT_TRUE(Empty->empty());
}

TEST(NameList, RejectsEmptyAndMalformedElements) {
  std::string Error;
  EXPECT_FALSE(parseQualifiedNameList("a;;b", Error).has_value());
  EXPECT_EQ(Error, "element 2 is empty");
  EXPECT_FALSE(parseQualifiedNameList("a;", Error).has_value());
  EXPECT_EQ(Error, "element 2 is empty");
  EXPECT_FALSE(parseQualifiedNameList("a;b-c", Error).has_value());
  EXPECT_EQ(Error, "'b-c' is not a qualified name");
}

TEST(Header, KeepsAngledAndStripsQuotes) {
  std::string Error;
  EXPECT_EQ(parseHeader("<core/env.h>", Error), "<core/env.h>");
  EXPECT_EQ(parseHeader("core/env.h", Error), "core/env.h");
  EXPECT_EQ(parseHeader("\"core/env.h\"", Error), "core/env.h");
}

TEST(Header, RejectsUnbalancedAndEmpty) {
  std::string Error;
  EXPECT_FALSE(parseHeader("<core/env.h", Error).has_value());
  EXPECT_FALSE(parseHeader("\"core/env.h", Error).has_value());
  EXPECT_FALSE(parseHeader("<>", Error).has_value());
  EXPECT_EQ(Error, "the header name is empty");
}
