//===--- OptionParsingTest.cpp - tests of lib/analysis/OptionParsing -------===//
#include "lib/analysis/OptionParsing.h"
#include "test/unit/RandomStrings.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "gtest/gtest.h"
#include <vector>

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
  EXPECT_EQ(Error, "element 2: 'b-c' is not a qualified name");
}

// A name copied from a diagnostic about an unnamed namespace: the error
// gives the spelling the options take (every unnamed component dropped).
TEST(NameList, SaysHowToWriteUnnamedNamespaces) {
  std::string Error;
  EXPECT_FALSE(parseQualifiedNameList(
                   "::a::(anonymous namespace)::b::(anonymous namespace)::f",
                   Error)
                   .has_value());
  EXPECT_EQ(Error, "element 1: a name in an unnamed namespace is written "
                   "without '(anonymous namespace)': '::a::b::f'");
  // Nothing to suggest when the rest is not a name either, or is too long
  // to quote whole (the fuzzer's bound on a message).
  EXPECT_FALSE(
      parseQualifiedNameList("(anonymous namespace)::1f", Error).has_value());
  EXPECT_EQ(Error,
            "element 1: '(anonymous namespace)::1f' is not a qualified name");
  const std::string Long = "::n::(anonymous namespace)::" + std::string(80, 'x');
  EXPECT_FALSE(parseQualifiedNameList(Long, Error).has_value());
  EXPECT_TRUE(llvm::StringRef(Error).ends_with("' is not a qualified name"));
  EXPECT_LE(Error.size(), 200u);
}

TEST(NameList, VisitsTheNamesAsWritten) {
  std::string Error;
  std::vector<std::string> Seen;
  EXPECT_TRUE(forEachQualifiedName(" a::f ; ::g", Error, [&](llvm::StringRef N) {
    Seen.push_back(N.str());
  }));
  EXPECT_EQ(Seen, (std::vector<std::string>{"a::f", "::g"}));
  EXPECT_TRUE(forEachQualifiedName(" \t", Error, [](llvm::StringRef) {
    ADD_FAILURE() << "a blank list has no names";
  }));
  EXPECT_FALSE(forEachQualifiedName("a;b-c", Error, [](llvm::StringRef) {}));
  EXPECT_EQ(Error, "element 2: 'b-c' is not a qualified name");
}

TEST(NameList, CountsWhatTheParserAccepts) {
  EXPECT_EQ(countQualifiedNames(" a::f ; ::g"), 2u);
  EXPECT_EQ(countQualifiedNames("  "), 0u);
  EXPECT_EQ(countQualifiedNames("f"), 1u);
  for (const char *Bad : {"a;;b", "a;", ";a", "a;b-c", "::", "a::", ":a",
                          "a:::b", "a ::b", "a b", "2f", "a;\t; b"})
    EXPECT_EQ(countQualifiedNames(Bad), std::nullopt) << Bad;
}

// The list as specified: ';'-separated, each element trimmed, each a
// qualified name (identifiers joined by "::", optionally led by "::").
static std::optional<size_t> referenceCount(llvm::StringRef Value) {
  if (Value.trim().empty())
    return 0;
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Value.split(Parts, ';');
  for (llvm::StringRef Part : Parts) {
    llvm::StringRef Name = Part.trim();
    Name.consume_front("::");
    llvm::SmallVector<llvm::StringRef, 4> Components;
    Name.split(Components, "::");
    for (llvm::StringRef C : Components)
      if (C.empty() || llvm::isDigit(C.front()) ||
          !llvm::all_of(C, [](char Ch) {
            return llvm::isAlnum(Ch) || Ch == '_' || Ch == '$';
          }))
        return std::nullopt;
  }
  return Parts.size();
}

TEST(NameList, AgreesWithTheSpecificationOnRandomLists) {
  // Short strings over the characters that matter; every parser must give
  // the reference's verdict and count.
  ssot::test::RandomStrings Values("aZ1_$:; \t-", /*LengthBound=*/12,
                                   /*Seed=*/12345);
  for (int Round = 0; Round != 200000; ++Round) {
    std::string Value = Values.next();
    std::optional<size_t> Expected = referenceCount(Value);
    EXPECT_EQ(countQualifiedNames(Value), Expected) << "'" << Value << "'";
    std::string Error;
    size_t Visited = 0;
    bool Accepted = forEachQualifiedName(Value, Error,
                                         [&](llvm::StringRef) { ++Visited; });
    EXPECT_EQ(Accepted, Expected.has_value()) << "'" << Value << "'";
    if (Accepted) {
      EXPECT_EQ(Visited, *Expected) << "'" << Value << "'";
      size_t Elements = 0;
      forEachListElement(Value, [&](llvm::StringRef Name) {
        EXPECT_TRUE(isQualifiedName(Name)) << "'" << Name.str() << "'";
        ++Elements;
      });
      EXPECT_EQ(Elements, *Expected) << "'" << Value << "'";
    }
    llvm::StringRef Trimmed = llvm::StringRef(Value).trim();
    EXPECT_EQ(isQualifiedName(Trimmed),
              !Trimmed.contains(';') && referenceCount(Trimmed) == 1u)
        << "'" << Value << "'";
  }
}

TEST(Header, KeepsAngledAndStripsQuotes) {
  std::string Error;
  EXPECT_EQ(parseHeader("<core/env.h>", Error), "<core/env.h>");
  EXPECT_EQ(parseHeader("core/env.h", Error), "core/env.h");
  EXPECT_EQ(parseHeader("\"core/env.h\"", Error), "core/env.h");
}

TEST(Header, RejectsWhatIsNoHeaderName) {
  std::string Error;
  // Spelled into an #include directive by the fix-it.
  EXPECT_FALSE(parseHeader("%%%garbage ; {", Error).has_value());
  EXPECT_EQ(Error.find("'%%%garbage ; {' is not a header name"), 0u) << Error;
  EXPECT_FALSE(parseHeader("<a>b.h>", Error).has_value());
  EXPECT_FALSE(parseHeader("\"a\nb.h\"", Error).has_value());
  EXPECT_TRUE(parseHeader("<c++/v1/my-lib_2.hpp>", Error).has_value()) << Error;
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

TEST(NamePairs, RefusesAKeyMappedTwiceOrToItself) {
  std::string Error;
  EXPECT_FALSE(parseQualifiedNamePairs("::std::this_thread::sleep_for=::a::f;"
                                       "std::this_thread::sleep_for=::b::g",
                                       "primitive=utility", Error));
  EXPECT_EQ(Error, "element 2: 'std::this_thread::sleep_for' is already "
                   "mapped by element 1");
  EXPECT_FALSE(
      parseQualifiedNamePairs("sleep_for=::sleep_for", "primitive=utility",
                              Error));
  EXPECT_EQ(Error, "element 1: 'sleep_for' is mapped to itself");
  // Two keys with one value are fine (two primitives, one utility).
  EXPECT_TRUE(parseQualifiedNamePairs("a=u;b=u", "primitive=utility", Error));
}

TEST(Messages, ReasonFirstAndABoundedExcerpt) {
  std::string Long;
  for (int I = 0; I != 10000; ++I)
    Long += "ns::name" + std::to_string(I) + ";";
  std::string Message =
      invalidOptionMessage("ssot-env-access", "AllowedFiles", "why", Long);
  EXPECT_EQ(Message.find("invalid configuration value for option "
                         "'ssot-env-access.AllowedFiles': why (the value is "
                         "'ns::name0;"),
            0u);
  EXPECT_LT(Message.size(), 200u);
  EXPECT_NE(Message.find("(" + std::to_string(Long.size()) + " characters)"),
            std::string::npos);
  // A multi-byte character is never cut in half.
  std::string Excerpt = excerpt(std::string(63, 'a') + "\xc3\xa9tail", 64);
  EXPECT_EQ(Excerpt.substr(0, 66), std::string(63, 'a') + "...");
}

TEST(Regex, RefusesPatternsTooDeepOrTooLongToCompile) {
  std::string Error;
  std::string Deep = std::string(100000, '(') + std::string(100000, ')');
  EXPECT_FALSE(parseRegex(Deep, Error).has_value());
  EXPECT_EQ(Error, "longer than 16384 characters");
  std::string Nested = std::string(65, '(') + "a" + std::string(65, ')');
  EXPECT_FALSE(parseRegex(Nested, Error).has_value());
  EXPECT_EQ(Error, "groups nested deeper than 64");
  // Escaped parentheses are no groups.
  std::string Escaped;
  for (int I = 0; I != 100; ++I)
    Escaped += "\\(";
  EXPECT_TRUE(parseRegex(Escaped, Error).has_value()) << Error;
  // A backslash at the very end (found by test/fuzz/OptionFuzzer): the scan
  // for groups must stop at the end, not skip past it.
  EXPECT_FALSE(parseRegex("a\\", Error).has_value());
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
