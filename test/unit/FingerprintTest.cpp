//===--- FingerprintTest.cpp - tests of lib/analysis/Fingerprint -----------===//
#include "lib/analysis/Fingerprint.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "gtest/gtest.h"
#include <sys/stat.h>

using namespace ssot;

namespace {
// Parses Code and fingerprints the body of the function named Name.
class Bodies {
public:
  explicit Bodies(llvm::StringRef Code)
      : AST(clang::tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"})) {}

  BodyFingerprint of(llvm::StringRef Name) {
    if (const clang::Stmt *Body = body(Name))
      return fingerprintBody(Body);
    return {};
  }

  // The body of the function (or function template) named Name.
  const clang::Stmt *body(llvm::StringRef Name) {
    auto &Ctx = AST->getASTContext();
    for (const clang::Decl *D : Ctx.getTranslationUnitDecl()->decls()) {
      if (const auto *FTD = llvm::dyn_cast<clang::FunctionTemplateDecl>(D))
        D = FTD->getTemplatedDecl();
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
        if (FD->getName() == Name && FD->hasBody())
          return FD->getBody();
    }
    ADD_FAILURE() << "no function " << Name.str();
    return nullptr;
  }

private:
  std::unique_ptr<clang::ASTUnit> AST;
};

const char *const Code = R"cpp(
int attempt();
void log(const char *);
int retry(int tries, int limit) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    if (attempt() == 0)
      return 0;
    elapsed += 10;
    if (elapsed > limit)
      break;
  }
  return -1;
}
// Names, literals and types changed.
long renamed(long n, long cap) {
  long spent = 5;
  for (long k = 1; k < n; ++k) {
    if (attempt() == 7)
      return 3;
    spent += 99;
    if (spent > cap)
      break;
  }
  return -2;
}
// A statement added.
int added(int tries, int limit) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    if (attempt() == 0)
      return 0;
    log("again");
    elapsed += 10;
    if (elapsed > limit)
      break;
  }
  return -1;
}
// Only the parameters and locals renamed, consistently.
int consistent(int n, int cap) {
  int spent = 0;
  for (int k = 0; k < n; ++k) {
    if (attempt() == 0)
      return 0;
    spent += 10;
    if (spent > cap)
      break;
  }
  return -1;
}
// Renamed inconsistently: `tries` where the original compares `limit`.
int swapped(int tries, int limit) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    if (attempt() == 0)
      return 0;
    elapsed += 10;
    if (elapsed > tries)
      break;
  }
  return -1;
}
// Other logic with the same calls.
int other(int tries, int limit) {
  int failures = 0;
  while (tries-- > limit)
    if (attempt() != 0)
      ++failures;
  log("done");
  return failures;
}
)cpp";
} // namespace

TEST(Fingerprint, ConsistentRenamingIsTheSameCode) {
  Bodies B(Code);
  BodyFingerprint Original = B.of("retry"), Renamed = B.of("consistent");
  EXPECT_EQ(Original.size(), 8u); // decl, for, if, return, +=, if, break, return
  EXPECT_TRUE(Original.sameCode(Renamed));
  EXPECT_EQ(similarity(Original, Renamed), 1.0);
}

TEST(Fingerprint, OtherLiteralsAndTypesKeepTheStructureOnly) {
  Bodies B(Code);
  BodyFingerprint Original = B.of("retry"), Changed = B.of("renamed");
  EXPECT_EQ(Original.Whole, Changed.Whole);
  EXPECT_FALSE(Original.sameCode(Changed));
  EXPECT_NE(Original.Details[DetailLiterals], Changed.Details[DetailLiterals]);
  EXPECT_NE(Original.Details[DetailTypes], Changed.Details[DetailTypes]);
  EXPECT_EQ(Original.Details[DetailCallees], Changed.Details[DetailCallees]);
  // Every statement but the budget test and the break holds another
  // literal or type.
  EXPECT_EQ(sharedStatements(Original, Changed), 2u);
}

TEST(Fingerprint, InconsistentRenamingIsNotTheSameCode) {
  Bodies B(Code);
  BodyFingerprint Original = B.of("retry"), Swapped = B.of("swapped");
  EXPECT_EQ(Original.Whole, Swapped.Whole);
  EXPECT_NE(Original.Details[DetailNames], Swapped.Details[DetailNames]);
  EXPECT_FALSE(Original.sameCode(Swapped));
  // Locals' names are not in the statement hashes: every statement shared.
  EXPECT_EQ(similarity(Original, Swapped), 1.0);
}

TEST(Fingerprint, NearCloneSharesAllButTheAddedStatement) {
  Bodies B(Code);
  BodyFingerprint Original = B.of("retry"), Added = B.of("added");
  EXPECT_NE(Original.Whole, Added.Whole);
  EXPECT_EQ(Added.size(), Original.size() + 1);
  EXPECT_EQ(sharedStatements(Original, Added), Original.size());
  EXPECT_DOUBLE_EQ(similarity(Original, Added),
                   2.0 * Original.size() / (2 * Original.size() + 1));
}

TEST(Fingerprint, OtherLogicIsNotSimilar) {
  Bodies B(Code);
  EXPECT_LT(similarity(B.of("retry"), B.of("other")), 0.5);
}

TEST(Fingerprint, AnotherPrimitiveIsASiblingAnAddedCallIsNot) {
  Bodies B(R"cpp(
int strcmp(const char *, const char *);
int foldcmp(const char *, const char *);
void trace();
bool eq(const char *a, const char *b) { return strcmp(a, b) == 0; }
bool folded(const char *a, const char *b) { return foldcmp(a, b) == 0; }
bool traced(const char *a, const char *b) { trace(); return strcmp(a, b) == 0; }
bool both(const char *a, const char *b) { trace(); return foldcmp(a, b) == 0; }
template <class C> bool generic(const C *a, const C *b) {
  return strcmp(a, b) == 0;
}
)cpp");
  EXPECT_TRUE(substitutesCallee(B.body("folded"), B.body("eq")));
  EXPECT_TRUE(substitutesCallee(B.body("both"), B.body("eq")));
  EXPECT_FALSE(substitutesCallee(B.body("traced"), B.body("eq")));
  EXPECT_FALSE(substitutesCallee(B.body("eq"), B.body("eq")));
  EXPECT_FALSE(substitutesCallee(B.body("generic"), B.body("eq")));
  // The template's strcmp, resolved only at instantiation, is ::strcmp.
  EXPECT_TRUE(B.of("generic").sameCode(B.of("eq")));
}

TEST(Fingerprint, DiceOfEmptyBodiesIsZero) {
  EXPECT_EQ(similarity(BodyFingerprint(), BodyFingerprint()), 0.0);
}

TEST(FingerprintRecord, RoundTripsThroughText) {
  FingerprintRecord R;
  R.Utility = "::core::safe_sleep";
  R.Signature = "void (long)";
  R.Kind = "static member";
  R.File = "/src/core/time.cpp";
  R.Anchor = "void safe_sleep(long ms) {";
  R.SourceHash = hashText("void safe_sleep(long ms) { }");
  R.SourceLength = 28;
  R.Print.Whole = 0xfeedULL;
  R.Print.Statements = {1, 2, 2, 0xffffffffffffffffULL};
  R.Print.Details[DetailCallees] = 0xabcULL;
  R.Print.Details[DetailNames] = 0xffffffffffffffffULL;
  R.Interface = 0x8000000000000001ULL;
  std::string Error;
  auto Parsed = parseRecord(formatRecord(R), Error);
  ASSERT_TRUE(Parsed.has_value()) << Error;
  EXPECT_EQ(Parsed->Utility, R.Utility);
  EXPECT_EQ(Parsed->Signature, R.Signature);
  EXPECT_EQ(Parsed->Kind, R.Kind);
  EXPECT_EQ(Parsed->File, R.File);
  EXPECT_EQ(Parsed->Anchor, R.Anchor);
  EXPECT_EQ(Parsed->SourceHash, R.SourceHash);
  EXPECT_EQ(Parsed->SourceLength, R.SourceLength);
  EXPECT_EQ(Parsed->Print.Whole, R.Print.Whole);
  EXPECT_EQ(Parsed->Print.Statements, R.Print.Statements);
  EXPECT_TRUE(Parsed->Print.sameCode(R.Print));
  EXPECT_EQ(Parsed->Interface, R.Interface);
}

TEST(FingerprintRecord, RejectsOtherVersionsAndGarbage) {
  std::string Error;
  EXPECT_FALSE(parseRecord("ssot-fingerprint 0\nutility ::f\n", Error));
  EXPECT_NE(Error.find("version '0'"), std::string::npos) << Error;
  EXPECT_FALSE(parseRecord("hello world\n", Error));
  EXPECT_FALSE(parseRecord("ssot-fingerprint " +
                               std::to_string(FingerprintVersion) +
                               "\nutility ::f\n",
                           Error));
  EXPECT_NE(Error.find("not a complete"), std::string::npos) << Error;
}

TEST(FingerprintRecord, ParsesCRLFAndRefusesTruncatedOrDamagedRecords) {
  FingerprintRecord R;
  R.Utility = "::core::safe_sleep";
  R.Signature = "void (long)";
  R.File = "/src/a b/%d/\xc3\xa9t\xc3\xa9.cpp";
  R.setSource("void safe_sleep(long ms) { }");
  R.Print.Whole = 0xfeedULL;
  R.Print.Statements = {1, 2, 0xabcdef0123456789ULL};
  const std::string Text = formatRecord(R);
  std::string Error;
  std::string CRLF;
  for (char C : Text) {
    if (C == '\n')
      CRLF += '\r';
    CRLF += C;
  }
  auto Parsed = parseRecord(CRLF, Error);
  ASSERT_TRUE(Parsed.has_value()) << Error;
  EXPECT_EQ(Parsed->File, R.File);
  EXPECT_EQ(Parsed->Print.Statements, R.Print.Statements);
  // Cut anywhere, inside the last hash included: never accepted.
  for (size_t Keep = 0; Keep + 1 < Text.size(); ++Keep)
    EXPECT_FALSE(parseRecord(llvm::StringRef(Text).take_front(Keep), Error))
        << "kept " << Keep << " bytes";
  size_t LastHash = Text.find("statements");
  ASSERT_NE(LastHash, std::string::npos);
  std::string Damaged = Text;
  Damaged[Text.find('\n', LastHash) - 1] ^= 1; // a digit of the last hash
  EXPECT_FALSE(parseRecord(Damaged, Error));
  EXPECT_EQ(Error, "the checksum does not match (a damaged record)");
  EXPECT_FALSE(parseRecord(Text + "utility ::g\n", Error));
}

TEST(FingerprintRecord, StalenessIgnoresIndentationAndLineEnds) {
  std::string Definition = "int f(int a) {\n  return a - -1;\n}";
  FingerprintRecord R;
  R.setSource(Definition);
  EXPECT_EQ(sourceStateIn(R, "int f(int a) {\r\n\treturn a - -1;\r\n}\r\n"),
            SourceState::Current);
  EXPECT_EQ(sourceStateIn(R, "int f(int a) {\n        return a-  -1 ;\n}"),
            SourceState::Current);
  // Tokens that blanks kept apart stay apart.
  EXPECT_EQ(sourceStateIn(R, "int f(int a) {\n  return a--1;\n}"),
            SourceState::Changed);
  EXPECT_EQ(sourceStateIn(R, "intf(int a) {\n  return a - -1;\n}"),
            SourceState::Changed);
}

TEST(RegularFile, SpecialFilesAreRefusedWithoutBlocking) {
  std::string Error;
  EXPECT_EQ(readRegularFile("/dev/zero", MaxSourceBytes, Error), nullptr);
  EXPECT_EQ(Error, "not a regular file");
  EXPECT_EQ(readRegularFile("/tmp", MaxSourceBytes, Error), nullptr);
  EXPECT_EQ(Error, "not a regular file");
  llvm::SmallString<128> Fifo;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("ssot-fifo", Fifo));
  std::string Dir = Fifo.str().str();
  llvm::sys::path::append(Fifo, "record.fp");
  ASSERT_EQ(::mkfifo(Fifo.c_str(), 0600), 0);
  EXPECT_EQ(readRegularFile(Fifo, MaxRecordBytes, Error), nullptr);
  EXPECT_EQ(Error, "not a regular file");
  std::vector<std::string> Errors;
  EXPECT_TRUE(readRecords(Dir, Errors).empty());
  ASSERT_EQ(Errors.size(), 1u);
  EXPECT_NE(Errors[0].find("record.fp: not a regular file"), std::string::npos);
  llvm::sys::fs::remove(Fifo);
  llvm::sys::fs::remove(Dir);
}

TEST(FingerprintRecord, WritesIntoAnyDirectoryName) {
  llvm::SmallString<128> Base;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("ssot-names", Base));
  llvm::SmallString<128> Dir(Base);
  llvm::sys::path::append(Dir, "100% of a b \xc3\xa9");
  FingerprintRecord R;
  R.Utility = "::core::f";
  R.Signature = "void ()";
  R.File = "/src/f.cpp";
  R.setSource("void f() {}");
  std::string Error;
  ASSERT_TRUE(writeRecord(Dir, R, Error)) << Error;
  std::vector<std::string> Errors;
  EXPECT_EQ(readRecords(Dir, Errors).size(), 1u);
  EXPECT_TRUE(Errors.empty());
  R.File = "/src/a\nb.cpp";
  EXPECT_FALSE(writeRecord(Dir, R, Error));
  EXPECT_NE(Error.find("contains a line break"), std::string::npos) << Error;
  llvm::sys::fs::remove_directories(Base);
}

TEST(FingerprintRecord, StalenessFollowsTheText) {
  std::string Definition = "int f() {\n  return 1;\n}";
  FingerprintRecord R;
  R.setSource(Definition);
  EXPECT_EQ(R.Anchor, "int f() {");
  EXPECT_EQ(sourceStateIn(R, "// a\n" + Definition + "\n"),
            SourceState::Current);
  // Moved further down: still current.
  EXPECT_EQ(sourceStateIn(R, "// a\n// b\n\n" + Definition),
            SourceState::Current);
  EXPECT_EQ(sourceStateIn(R, "int f() {\n  return 2;\n}"),
            SourceState::Changed);
  EXPECT_EQ(sourceStateIn(R, ""), SourceState::Changed);
  R.File = "/nonexistent/ssot/file.cpp";
  EXPECT_EQ(SourceStates().of(R), SourceState::Unreachable);
}

// SourceStates answers as sourceStateIn does, whether the line index finds
// the definition (it starts a line, indented or not) or the search behind it
// has to (it starts inside a line, or it changed); and it reads each file once.
TEST(FingerprintRecord, SourceStatesAgreeWithTheTextSearch) {
  llvm::SmallString<128> Path;
  int FD = -1;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("ssot-src", "cpp", FD, Path));
  auto Record = [&](llvm::StringRef Definition) {
    FingerprintRecord R;
    R.File = Path.str().str();
    R.setSource(Definition); // as recorded
    return R;
  };
  const std::string Text = "// header\n"
                           "int f() {\n  return 1;\n}\n"
                           "  static int g() {\r\n  return 2;\r\n}\r\n"
                           "namespace n { int h() { return 3; } }\n"
                           "int f() {\n  return 4;\n}\n";
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
  }
  const FingerprintRecord Records[] = {
      Record("int f() {\n  return 1;\n}"),       // starts a line
      Record("static int g() {\r\n  return 2;\r\n}"), // indented, CRLF
      Record("int h() { return 3; }"),               // inside a line
      Record("int f() {\n  return 4;\n}"),       // second of a shared anchor
      Record("int f() {\n  return 5;\n}"),       // changed
      Record("int k() {\n}"),                       // gone
  };
  const SourceState Expected[] = {SourceState::Current, SourceState::Current,
                                  SourceState::Current, SourceState::Current,
                                  SourceState::Changed, SourceState::Changed};
  for (unsigned I = 0; I != std::size(Records); ++I)
    EXPECT_EQ(sourceStateIn(Records[I], Text), Expected[I]) << I;
  // Asked often enough that the first rounds scan the file and the last ones
  // go through its line index.
  SourceStates States;
  const unsigned Rounds =
      SourceStates::ScansBeforeIndex / std::size(Records) + 2;
  for (unsigned Round = 0; Round != Rounds; ++Round)
    for (unsigned I = 0; I != std::size(Records); ++I)
      EXPECT_EQ(States.of(Records[I]), Expected[I])
          << "round " << Round << ", record " << I;
  // Read once: the answers outlive the file.
  ASSERT_FALSE(llvm::sys::fs::remove(Path));
  EXPECT_EQ(States.of(Records[0]), SourceState::Current);
  EXPECT_EQ(SourceStates().of(Records[0]), SourceState::Unreachable);
}

TEST(FingerprintRecord, WritesOneFilePerOverloadAndReadsThemBack) {
  llvm::SmallString<128> Dir;
  ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("ssot-fp", Dir));
  FingerprintRecord A, B;
  A.Utility = B.Utility = "::core::safe_sleep";
  A.Signature = "void (long)";
  B.Signature = "void (int)";
  A.File = B.File = "/x.cpp";
  A.Print.Statements = {1};
  B.Print.Statements = {2};
  std::string Error;
  ASSERT_TRUE(writeRecord(Dir, A, Error)) << Error;
  ASSERT_TRUE(writeRecord(Dir, B, Error)) << Error;
  ASSERT_TRUE(writeRecord(Dir, A, Error)) << Error; // replaced, not doubled
  EXPECT_NE(recordFileName(A), recordFileName(B));
  std::vector<std::string> Errors;
  std::vector<FingerprintRecord> Read = readRecords(Dir, Errors);
  EXPECT_TRUE(Errors.empty());
  EXPECT_EQ(Read.size(), 2u);
  llvm::sys::fs::remove_directories(Dir);
}
