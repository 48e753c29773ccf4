//===--- OptionPathsTest.cpp - tests of lib/analysis/OptionPaths ----------===//
#include "lib/analysis/OptionPaths.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"
#include <string>

using namespace ssot;

namespace {
constexpr llvm::StringLiteral Key = "ssot-bridge-bypass.Components";

// A fresh folder tree under the system's temporary folder, removed after.
class OptionPathsTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("ssot-option-paths", Root));
    llvm::SmallString<256> Real;
    ASSERT_FALSE(llvm::sys::fs::real_path(Root, Real));
    Root = Real;
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }

  std::string path(const llvm::Twine &Relative) const {
    llvm::SmallString<256> P(Root);
    llvm::sys::path::append(P, Relative);
    return P.str().str();
  }
  void write(const llvm::Twine &Relative, llvm::StringRef Text) const {
    std::string P = path(Relative);
    ASSERT_FALSE(llvm::sys::fs::create_directories(llvm::sys::path::parent_path(P)));
    std::error_code EC;
    llvm::raw_fd_ostream Out(P, EC);
    ASSERT_FALSE(EC);
    Out << Text;
  }

  llvm::SmallString<256> Root;
};
} // namespace

TEST_F(OptionPathsTest, RelativeToTheClangTidyThatSetsTheOption) {
  write("proj/.clang-tidy",
        "CheckOptions:\n  ssot-bridge-bypass.Components: 'app=app;core=core/'\n");
  write("proj/app/deep/main.cpp", "");
  std::string Main = path("proj/app/deep/main.cpp");
  EXPECT_EQ(configFileSetting(Main, Key, "app=app;core=core/"),
            path("proj/.clang-tidy"));
  EXPECT_EQ(resolveOptionListPath(Main, Key, "app=app;core=core/", "app"),
            path("proj/app"));
  // Dots and a trailing separator go; an absolute element stays as it is.
  EXPECT_EQ(resolveOptionListPath(Main, Key, "app=app;core=core/", "core/"),
            path("proj/core"));
  EXPECT_EQ(resolveOptionListPath(Main, Key, "app=app;core=core/", "./x/../core"),
            path("proj/core"));
  EXPECT_EQ(resolveOptionListPath(Main, Key, "x", "/abs/dir"), "/abs/dir");
}

TEST_F(OptionPathsTest, TheOlderListFormSetsItToo) {
  write("proj/.clang-tidy", "CheckOptions:\n  - key: ssot-bridge-bypass.Components\n"
                            "    value: 'app=src'\n");
  std::string Main = path("proj/src/main.cpp");
  EXPECT_EQ(configFileSetting(Main, Key, "app=src"), path("proj/.clang-tidy"));
}

TEST_F(OptionPathsTest, InheritingFilesLeadToTheParentThatSetsIt) {
  write("proj/.clang-tidy", "CheckOptions:\n  ssot-bridge-bypass.Components: 'a=src'\n");
  write("proj/sub/.clang-tidy",
        "InheritParentConfig: true\nCheckOptions:\n  other.Option: '1'\n");
  std::string Main = path("proj/sub/main.cpp");
  EXPECT_EQ(configFileSetting(Main, Key, "a=src"), path("proj/.clang-tidy"));
  EXPECT_EQ(resolveOptionListPath(Main, Key, "a=src", "src"), path("proj/src"));
  // Without InheritParentConfig the nearest file is the whole configuration:
  // the parent's value is not the one in effect, so no file set it.
  write("proj/sub/.clang-tidy", "CheckOptions:\n  other.Option: '1'\n");
  EXPECT_EQ(configFileSetting(Main, Key, "a=src"), std::nullopt);
}

TEST_F(OptionPathsTest, AnotherValueIsTheCommandLinesRelativeToTheWorkingDirectory) {
  write("proj/.clang-tidy", "CheckOptions:\n  ssot-bridge-bypass.Components: 'a=src'\n");
  std::string Main = path("proj/main.cpp");
  // --config (or --config-file) gave another value: not the file's.
  EXPECT_EQ(configFileSetting(Main, Key, "a=lib"), std::nullopt);
  llvm::SmallString<256> Cwd;
  ASSERT_FALSE(llvm::sys::fs::current_path(Cwd));
  llvm::sys::path::append(Cwd, "lib");
  EXPECT_EQ(resolveOptionListPath(Main, Key, "a=lib", "lib"), Cwd.str().str());
  // The single-path form keeps a value no file set as written.
  EXPECT_EQ(resolveOptionPath(Main, Key, "lib"), "lib");
}

TEST(InsideDirectory, WholeComponentsOnly) {
  EXPECT_TRUE(isInsideDirectory("/p/src/a.h", "/p/src"));
  EXPECT_TRUE(isInsideDirectory("/p/src", "/p/src"));
  EXPECT_TRUE(isInsideDirectory("/p/src/a.h", "/"));
  EXPECT_FALSE(isInsideDirectory("/p/srcs/a.h", "/p/src"));
  EXPECT_FALSE(isInsideDirectory("/p/a.h", "/p/src"));
  EXPECT_FALSE(isInsideDirectory("/p/a.h", ""));
}

TEST(ClangdFileValue, LastAdmittedFragmentWins) {
  constexpr llvm::StringLiteral Roots = "ssot-relative-include.Roots";
  llvm::StringRef Text = "Diagnostics:\n  ClangTidy:\n    CheckOptions:\n"
                         "      ssot-relative-include.Roots: src\n"
                         "---\n"
                         "Diagnostics:\n  ClangTidy:\n    CheckOptions:\n"
                         "      ssot-relative-include.Roots: lib\n"
                         "If:\n  PathMatch: [tools/.*, gen/.*]\n"
                         "---\n"
                         "If:\n  PathExclude: tools/old/.*\n"
                         "Diagnostics: {ClangTidy: {CheckOptions: "
                         "{other.Option: x, ssot-relative-include.Roots: 'inc'}}}\n";
  EXPECT_EQ(clangdFileValue(Text, "app/main.cpp", Roots), "inc");
  // PathMatch is anchored: "tools/.*" does not admit "x/tools/a.cpp".
  EXPECT_EQ(clangdFileValue(Text, "x/tools/a.cpp", Roots), "inc");
  EXPECT_EQ(clangdFileValue(Text, "tools/old/a.cpp", Roots), "lib");
  EXPECT_EQ(clangdFileValue(Text, "gen/old/a.cpp", Roots), "inc");
  EXPECT_EQ(clangdFileValue(Text, "app/main.cpp", "other.Missing"), std::nullopt);
  EXPECT_EQ(clangdFileValue("Diagnostics: [", "a.cpp", Roots), std::nullopt);
  EXPECT_EQ(clangdFileValue("CompileFlags: {Add: -Wall}\n", "a.cpp", Roots),
            std::nullopt);
}

TEST_F(OptionPathsTest, ClangdFilesOnlyWhereTheHostReadsThem) {
  write("proj/.clang-tidy", "CheckOptions:\n  ssot-relative-include.Roots: 'src'\n");
  write("proj/app/.clangd", "Diagnostics:\n  ClangTidy:\n    CheckOptions:\n"
                            "      ssot-relative-include.Roots: 'inc'\n");
  write("proj/app/sub/.clangd", "If:\n  PathMatch: other/.*\nDiagnostics:\n"
                                "  ClangTidy:\n    CheckOptions:\n"
                                "      ssot-relative-include.Roots: 'x'\n");
  std::string Main = path("proj/app/sub/main.cpp");
  constexpr llvm::StringLiteral Roots = "ssot-relative-include.Roots";
  // clang-tidy and the compiler plugin read only .clang-tidy files.
  EXPECT_EQ(configFileSetting(Main, Roots, "inc"), std::nullopt);
  EXPECT_EQ(configFileSetting(Main, Roots, "src"), path("proj/.clang-tidy"));
  searchClangdConfigFiles();
  // The nearer .clangd's fragment does not admit the file; the farther sets
  // the value in effect.
  EXPECT_EQ(configFileSetting(Main, Roots, "inc"), path("proj/app/.clangd"));
  EXPECT_EQ(resolveOptionListPath(Main, Roots, "inc", "inc"), path("proj/app/inc"));
  // The .clangd overrides the .clang-tidy: its value in effect came from
  // neither (clangd's user configuration), so no file set it.
  EXPECT_EQ(configFileSetting(Main, Roots, "src"), std::nullopt);
  // The switch is process-wide: the tests after this one run as clang-tidy.
  searchClangdConfigFiles(false);
  EXPECT_EQ(configFileSetting(Main, Roots, "src"), path("proj/.clang-tidy"));
}
