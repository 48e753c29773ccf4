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

TEST(NamePairs, SplitsQualifiesAndKeepsTheWrittenValue) {
  std::string Error;
  auto Pairs =
      parseQualifiedNamePairs(" app::Engine = ::app::make ;Conn=pool::Pool",
                              "Class=Factory", Error);
  ASSERT_TRUE(Pairs.has_value()) << Error;
  ASSERT_EQ(Pairs->size(), 2u);
  EXPECT_EQ((*Pairs)[0].Key, "::app::Engine");
  EXPECT_EQ((*Pairs)[0].Value, "::app::make");
  EXPECT_EQ((*Pairs)[0].ValueAsWritten, "::app::make");
  EXPECT_EQ((*Pairs)[1].Value, "::pool::Pool");
  EXPECT_EQ((*Pairs)[1].ValueAsWritten, "pool::Pool");
  auto None = parseQualifiedNamePairs("   ", "Class=Factory", Error);
  ASSERT_TRUE(None.has_value());
  EXPECT_TRUE(None->empty());
}

TEST(NamePairs, NamesTheBadElement) {
  std::string Error;
  EXPECT_FALSE(parseQualifiedNamePairs("a=b;;", "Class=Factory", Error));
  EXPECT_EQ(Error, "element 2 is empty");
  EXPECT_FALSE(parseQualifiedNamePairs("a=b; c", "primitive=utility", Error));
  EXPECT_EQ(Error, "element 2 ('c') is not a 'primitive=utility' pair");
  EXPECT_FALSE(parseQualifiedNamePairs("a=1b", "Class=Factory", Error));
  EXPECT_EQ(Error, "element 1: '1b' is not a qualified name");
  EXPECT_FALSE(parseQualifiedNamePairs("=b", "Class=Factory", Error));
  EXPECT_EQ(Error, "element 1: '' is not a qualified name");
}

TEST(Bool, AcceptsTrueFalseOneZeroOnly) {
  EXPECT_EQ(parseBool(" TRUE "), true);
  EXPECT_EQ(parseBool("1"), true);
  EXPECT_EQ(parseBool("false"), false);
  EXPECT_EQ(parseBool("0"), false);
  EXPECT_EQ(parseBool("yes"), std::nullopt);
  EXPECT_EQ(parseBool(""), std::nullopt);
}

TEST(Regex, ReportsWhyAPatternIsInvalid) {
  std::string Error;
  auto RE = parseRegex("(^|/)tests?/", Error);
  ASSERT_TRUE(RE.has_value()) << Error;
  EXPECT_TRUE(RE->match("src/tests/a.cpp"));
  EXPECT_FALSE(RE->match("src/contests.cpp"));
  EXPECT_FALSE(parseRegex("(", Error).has_value());
  EXPECT_FALSE(Error.empty());
}
