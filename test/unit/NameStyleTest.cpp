//===--- NameStyleTest.cpp - tests of lib/analysis/NameStyle ---------------===//
#include "lib/analysis/NameStyle.h"
#include "test/unit/RandomStrings.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "gtest/gtest.h"

using namespace ssot;

TEST(NameStyle, EveryCaseStyleNormalisesToTheSameWords) {
  EXPECT_EQ(normalizedName("safe_sleep"), "safe_sleep");
  EXPECT_EQ(normalizedName("safeSleep"), "safe_sleep");
  EXPECT_EQ(normalizedName("SafeSleep"), "safe_sleep");
  EXPECT_EQ(normalizedName("SAFE_SLEEP"), "safe_sleep");
  EXPECT_EQ(normalizedName("_safe__sleep_"), "safe_sleep");
}

TEST(NameStyle, AcronymsAndDigitsAreWords) {
  EXPECT_EQ(normalizedName("HTTPServer"), "http_server");
  EXPECT_EQ(normalizedName("parseHTTP"), "parse_http");
  EXPECT_EQ(normalizedName("retry2Times"), "retry_2_times");
  EXPECT_EQ(normalizedName("retry_2_times"), "retry_2_times");
  EXPECT_EQ(normalizedName("utf8Decode"), "utf_8_decode");
  EXPECT_EQ(normalizedName("x"), "x");
  EXPECT_EQ(normalizedName(""), "");
}

TEST(NameStyle, LookAlikesStayApart) {
  EXPECT_NE(normalizedName("safe_sleeper"), normalizedName("safe_sleep"));
  EXPECT_NE(normalizedName("unsafe_sleep"), normalizedName("safe_sleep"));
  EXPECT_NE(normalizedName("safesleep"), normalizedName("safe_sleep"));
  EXPECT_NE(normalizedName("parseBools"), normalizedName("parse_bool"));
}

TEST(NameStyle, OnePassNormalisationSpellsTheWordsJoined) {
  // appendNormalizedName and normalizedNameHash follow identifierWords'
  // boundaries without building the words; compare on generated names.
  ssot::test::RandomStrings Names("abZQ70_$", /*LengthBound=*/10,
                                  /*Seed=*/777);
  for (int Round = 0; Round != 100000; ++Round) {
    std::string Name = Names.next();
    std::string Words = llvm::join(identifierWords(Name), "_");
    llvm::SmallString<16> OnePass;
    appendNormalizedName(Name, OnePass);
    EXPECT_EQ(std::string(OnePass), Words) << Name;
    EXPECT_EQ(normalizedName(Name), Words) << Name;
  }
  EXPECT_EQ(normalizedNameHash("safeSleep"), normalizedNameHash("SAFE_SLEEP"));
  EXPECT_EQ(normalizedNameHash("HTTPServer"), normalizedNameHash("http_server"));
  EXPECT_NE(normalizedNameHash("safe_sleep"), normalizedNameHash("safesleep"));
  EXPECT_EQ(normalizedNameHash("retry2"), normalizedNameHash("retry_2_"));
  EXPECT_NE(normalizedNameHash("retry2"), normalizedNameHash("retry"));
}

TEST(NameStyle, ClassifiesTheStyle) {
  EXPECT_EQ(caseStyle("safe_sleep"), CaseStyle::Snake);
  EXPECT_EQ(caseStyle("sleep"), CaseStyle::Snake);
  EXPECT_EQ(caseStyle("safeSleep"), CaseStyle::Camel);
  EXPECT_EQ(caseStyle("SafeSleep"), CaseStyle::Pascal);
  EXPECT_EQ(caseStyle("SAFE_SLEEP"), CaseStyle::Screaming);
  EXPECT_EQ(caseStyle("Safe_Sleep"), CaseStyle::Other);
  EXPECT_EQ(caseStyleName(CaseStyle::Camel), "camelCase");
}

TEST(NameStyle, RespellsInEachStyle) {
  EXPECT_EQ(respell("safe_sleep", CaseStyle::Camel), "safeSleep");
  EXPECT_EQ(respell("safe_sleep", CaseStyle::Pascal), "SafeSleep");
  EXPECT_EQ(respell("safeSleep", CaseStyle::Screaming), "SAFE_SLEEP");
  EXPECT_EQ(respell("SAFE_SLEEP", CaseStyle::Snake), "safe_sleep");
  EXPECT_EQ(respell("HTTPServer", CaseStyle::Camel), "httpServer");
  for (const char *Name : {"parse_bool", "parseBool", "ParseBool", "PARSE_BOOL"})
    for (CaseStyle Style : {CaseStyle::Snake, CaseStyle::Camel,
                            CaseStyle::Pascal, CaseStyle::Screaming})
      EXPECT_EQ(normalizedName(respell(Name, Style)), "parse_bool") << Name;
}
