//===--- HeaderScanTest.cpp - tests of lib/audit/HeaderScan ---------------===//
#include "lib/audit/HeaderScan.h"
#include "gtest/gtest.h"
#include <algorithm>
#include <string>
#include <vector>

using namespace ssot::audit;

namespace {

std::vector<std::string> sorted(const llvm::StringSet<> &Set) {
  std::vector<std::string> Out;
  for (const auto &Entry : Set)
    Out.push_back(Entry.getKey().str());
  std::sort(Out.begin(), Out.end());
  return Out;
}

using Names = std::vector<std::string>;

TEST(HeaderScanTest, DeclaredNamesAfterEachSpelling) {
  AnnotatedNames Out;
  collectAnnotatedNames(
      "namespace util {\n"
      "SSOT_UTILITY inline std::vector<int> split(std::string_view s);\n"
      "[[clang::annotate(\"ssot::utility\")]] unsigned long clamp(long);\n"
      "}\n"
      "class SSOT_ENV_ACCESSOR Env : public Base {};\n"
      "namespace SSOT_ENV_ACCESSOR cfg {}\n"
      "SSOT_ENV_ACCESSOR const char *read_env(const char *name);\n",
      Out);
  EXPECT_EQ(sorted(Out.Utilities), (Names{"clamp", "split"}));
  EXPECT_EQ(sorted(Out.Accessors), (Names{"Env", "cfg", "read_env"}));
  EXPECT_TRUE(Out.Factories.empty());
}

TEST(HeaderScanTest, FactoriesAreTheAnnotationsLastNameComponents) {
  AnnotatedNames Out;
  collectAnnotatedNames(
      "class SSOT_FACTORY(\"::a::make | ::a::Pool\") Conn {};\n"
      "class [[clang::annotate(\"ssot::factory\", \"::b::Maker::create\")]] "
      "Engine;\n",
      Out);
  EXPECT_EQ(sorted(Out.Factories), (Names{"Pool", "create", "make"}));
  EXPECT_TRUE(Out.Utilities.empty());
}

// The macros' own definitions and the examples in comments designate
// nothing (<ssot/annotations.h> has both); comment markers inside string
// literals are not comments.
TEST(HeaderScanTest, DirectivesAndCommentsDesignateNothing) {
  AnnotatedNames Out;
  collectAnnotatedNames(
      "/// `SSOT_ENV_ACCESSOR const char *env(const char *Name);`\n"
      "/* SSOT_UTILITY int old(int); */\n"
      "#define SSOT_ENV_ACCESSOR SSOT_ANNOTATE_(\"ssot::env_accessor\")\n"
      "#define SSOT_FACTORY(QualifiedFactory)    \\\n"
      "  SSOT_ANNOTATE_(\"ssot::factory\", QualifiedFactory)\n"
      "const char *Url = \"http://example\"; SSOT_UTILITY int kept(int);\n",
      Out);
  EXPECT_EQ(sorted(Out.Utilities), (Names{"kept"}));
  EXPECT_TRUE(Out.Accessors.empty());
  EXPECT_TRUE(Out.Factories.empty());
}

TEST(HeaderScanTest, LookAlikeIdentifiersAreNotMarkers) {
  AnnotatedNames Out;
  collectAnnotatedNames("int MY_SSOT_UTILITY_COUNT(int);\n"
                        "int SSOT_UTILITY_X(int);\n",
                        Out);
  EXPECT_TRUE(Out.Utilities.empty());
}

} // namespace
