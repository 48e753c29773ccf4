//===--- RecordIndexTest.cpp - the fingerprint directory's index ----------===//
#include "lib/analysis/RecordIndex.h"
#include "lib/analysis/NameStyle.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "gtest/gtest.h"

using namespace ssot;

namespace {
constexpr uint64_t Common = 0xC0FFEE; // a statement every utility has

// A directory of records of utilities u0..uN-1, all defined in one source
// file, each with statements {Common, 1000 + I, 2000 + I, 3000 + I}.
class RecordIndexTest : public ::testing::Test {
protected:
  void SetUp() override {
    ASSERT_FALSE(llvm::sys::fs::createUniqueDirectory("ssot-fpx", Root));
    Dir = Root;
    llvm::sys::path::append(Dir, "fp");
    Source = Root;
    llvm::sys::path::append(Source, "util.cpp");
  }
  void TearDown() override { llvm::sys::fs::remove_directories(Root); }

  static std::string definition(unsigned I) {
    return "int u" + std::to_string(I) + "() { return " + std::to_string(I) +
           "; }";
  }

  // Writes the source and the records; \p Changed records describe a
  // definition the source no longer holds.
  void record(unsigned N, llvm::ArrayRef<unsigned> Changed = {}) {
    std::string Text;
    for (unsigned I = 0; I != N; ++I)
      Text += definition(I) + "\n";
    writeFile(Source, Text);
    for (unsigned I = 0; I != N; ++I) {
      FingerprintRecord R;
      R.Utility = "::core::u" + std::to_string(I);
      R.Signature = "int (void)";
      R.File = Source.str().str();
      std::string Def = llvm::is_contained(Changed, I)
                            ? definition(I) + " // since edited"
                            : definition(I);
      R.setSource(Def);
      R.Print.Whole = 100 + I;
      R.Print.Statements = {Common, 1000 + I, 2000 + I, 3000 + I};
      llvm::sort(R.Print.Statements);
      R.Interface = I % 2 ? 5000 + I : 0; // odd ones reference functions
      std::string Error;
      ASSERT_TRUE(writeRecord(Dir, R, Error)) << Error;
    }
  }

  static void writeFile(llvm::StringRef Path, llvm::StringRef Text) {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    ASSERT_FALSE(EC);
    OS << Text;
  }

  // Dates \p Path a minute back: as if nothing had changed since.
  static void age(llvm::StringRef Path) {
    int FD = -1;
    ASSERT_FALSE(llvm::sys::fs::openFileForRead(Path, FD));
    auto Then = std::chrono::system_clock::now() - std::chrono::minutes(1);
    EXPECT_FALSE(llvm::sys::fs::setLastAccessAndModificationTime(
        FD, std::chrono::time_point_cast<std::chrono::nanoseconds>(Then)));
    llvm::sys::fs::closeFile(FD);
  }
  void ageAll() {
    age(Dir);
    age(Source);
  }

  std::string indexPath() const {
    llvm::SmallString<128> P(Dir);
    llvm::sys::path::append(P, IndexDirectory, RecordDirectory::IndexFile);
    return P.str().str();
  }

  // A directory read through a freshly built index.
  RecordDirectory indexed() {
    ageAll();
    { RecordDirectory Build(Dir, /*UseIndex=*/true); }
    return RecordDirectory(Dir, /*UseIndex=*/true);
  }

  static std::vector<std::string>
  utilities(const std::vector<SelectedRecord> &Records) {
    std::vector<std::string> Names;
    for (const SelectedRecord &R : Records)
      Names.push_back(R.Record.Utility);
    return Names;
  }

  llvm::SmallString<128> Root, Dir, Source;
};

TEST_F(RecordIndexTest, WrittenOnlyOnceTheDirectoryIsQuiet) {
  record(3);
  {
    RecordDirectory Fresh(Dir, /*UseIndex=*/true);
    EXPECT_FALSE(Fresh.indexed());
    EXPECT_FALSE(Fresh.empty());
  }
  EXPECT_FALSE(llvm::sys::fs::exists(indexPath())); // just recorded
  ageAll();
  {
    RecordDirectory Quiet(Dir, /*UseIndex=*/true);
    EXPECT_FALSE(Quiet.indexed()); // read in full, and writes the index
  }
  EXPECT_TRUE(llvm::sys::fs::exists(indexPath()));
  RecordDirectory Later(Dir, /*UseIndex=*/true);
  EXPECT_TRUE(Later.indexed());
  EXPECT_TRUE(Later.errors().empty());
  EXPECT_TRUE(Later.anyComparable(4));
  EXPECT_FALSE(Later.anyComparable(5));
}

TEST_F(RecordIndexTest, RecordingRunsReadEverythingAndWriteNoIndex) {
  record(3);
  ageAll();
  RecordDirectory Recording(Dir, /*UseIndex=*/false);
  EXPECT_FALSE(Recording.indexed());
  EXPECT_FALSE(llvm::sys::fs::exists(indexPath()));
  llvm::DenseSet<uint64_t> Heavy;
  EXPECT_EQ(Recording.select({}, 4, 64, Heavy).size(), 3u);
}

TEST_F(RecordIndexTest, SelectsTheRecordsOfTheAskedKeys) {
  record(5);
  RecordDirectory D = indexed();
  ASSERT_TRUE(D.indexed());
  RecordKeys Keys;
  Keys.Names.insert(normalizedNameHash("U1")); // another case style of u1
  Keys.Wholes.insert(103);                     // u3's whole body
  Keys.Tokens.insert(2004);                    // a statement of u4
  Keys.Tokens.insert(42);                      // nobody's
  llvm::DenseSet<uint64_t> Heavy;
  std::vector<SelectedRecord> Selected = D.select(Keys, 4, 64, Heavy);
  EXPECT_EQ(utilities(Selected),
            (std::vector<std::string>{"::core::u1", "::core::u3",
                                      "::core::u4"}));
  EXPECT_TRUE(Heavy.empty());
  for (const SelectedRecord &R : Selected) {
    EXPECT_EQ(R.Record.Print.size(), 4u); // parsed from its file
    ASSERT_TRUE(R.State.has_value());
    EXPECT_EQ(*R.State, SourceState::Current);
    EXPECT_EQ(D.stateOf(R), SourceState::Current);
  }
}

// An interface twin shares no other key with its utility.
TEST_F(RecordIndexTest, SelectsTheRecordsOfTheAskedInterfaces) {
  record(4);
  RecordDirectory D = indexed();
  ASSERT_TRUE(D.indexed());
  EXPECT_TRUE(D.anyInterface());
  RecordKeys Keys;
  Keys.Interfaces.insert(5003); // u3's
  Keys.Interfaces.insert(5002); // nobody's: u2 has no interface key
  llvm::DenseSet<uint64_t> Heavy;
  std::vector<SelectedRecord> Selected = D.select(Keys, 4, 64, Heavy);
  EXPECT_EQ(utilities(Selected), (std::vector<std::string>{"::core::u3"}));
  ASSERT_EQ(Selected.size(), 1u);
  EXPECT_EQ(Selected[0].Record.Interface, 5003u);
}

TEST_F(RecordIndexTest, BodiesTooShortToCompareAreSelectedByNameOnly) {
  record(3);
  RecordDirectory D = indexed();
  RecordKeys Keys;
  Keys.Wholes.insert(100);
  Keys.Tokens.insert(1001);
  Keys.Names.insert(normalizedNameHash("u2"));
  llvm::DenseSet<uint64_t> Heavy;
  // With five statements required, no four-statement body is compared.
  EXPECT_EQ(utilities(D.select(Keys, 5, 64, Heavy)),
            std::vector<std::string>{"::core::u2"});
}

TEST_F(RecordIndexTest, AStatementTooCommonIsReportedNotFollowed) {
  record(70);
  RecordDirectory D = indexed();
  RecordKeys Keys;
  Keys.Tokens.insert(Common);
  Keys.Tokens.insert(1007);
  llvm::DenseSet<uint64_t> Heavy;
  EXPECT_EQ(utilities(D.select(Keys, 4, 64, Heavy)),
            std::vector<std::string>{"::core::u7"});
  EXPECT_TRUE(Heavy.contains(Common));
  EXPECT_FALSE(Heavy.contains(1007));
  // Within the limit, every record holding it is selected.
  RecordDirectory Again(Dir, /*UseIndex=*/true);
  llvm::DenseSet<uint64_t> None;
  EXPECT_EQ(Again.select(Keys, 4, 70, None).size(), 70u);
  EXPECT_TRUE(None.empty());
}

TEST_F(RecordIndexTest, ChangedSourcesAreAlwaysSelected) {
  record(4, /*Changed=*/{2});
  RecordDirectory D = indexed();
  ASSERT_TRUE(D.indexed());
  llvm::DenseSet<uint64_t> Heavy;
  std::vector<SelectedRecord> Selected = D.select({}, 4, 64, Heavy);
  ASSERT_EQ(utilities(Selected), std::vector<std::string>{"::core::u2"});
  EXPECT_EQ(D.stateOf(Selected[0]), SourceState::Changed);
}

TEST_F(RecordIndexTest, AnyChangeSendsTheNextReadBackToTheRecords) {
  record(3);
  { RecordDirectory D = indexed(); ASSERT_TRUE(D.indexed()); }
  // A recorded source edited (here: grown by a line).
  writeFile(Source, definition(0) + "\n" + definition(1) + "\n" +
                        definition(2) + "\n// more\n");
  age(Source);
  EXPECT_FALSE(RecordDirectory(Dir, true).indexed()); // and rebuilt
  EXPECT_TRUE(RecordDirectory(Dir, true).indexed());
  // A record added.
  record(4);
  EXPECT_FALSE(RecordDirectory(Dir, true).indexed());
  RecordDirectory D = indexed();
  EXPECT_TRUE(D.indexed());
  llvm::DenseSet<uint64_t> Heavy;
  RecordKeys Keys;
  Keys.Names.insert(normalizedNameHash("u3"));
  EXPECT_EQ(utilities(D.select(Keys, 4, 64, Heavy)),
            std::vector<std::string>{"::core::u3"});
  // A recorded source removed: its records are read as unreachable.
  ASSERT_FALSE(llvm::sys::fs::remove(Source));
  EXPECT_FALSE(RecordDirectory(Dir, true).indexed());
  RecordDirectory Gone(Dir, true);
  ASSERT_TRUE(Gone.indexed());
  std::vector<SelectedRecord> Selected = Gone.select(Keys, 4, 64, Heavy);
  ASSERT_EQ(Selected.size(), 1u);
  EXPECT_EQ(Gone.stateOf(Selected[0]), SourceState::Unreachable);
}

TEST_F(RecordIndexTest, ARecordWrittenOrRemovedSendsTheNextReadBack) {
  record(3);
  { RecordDirectory D = indexed(); ASSERT_TRUE(D.indexed()); }
  FingerprintRecord Late;
  Late.Utility = "::core::late";
  Late.Signature = "int (void)";
  Late.File = Source.str().str();
  std::string Error;
  ASSERT_TRUE(writeRecord(Dir, Late, Error)) << Error; // source untouched
  EXPECT_FALSE(RecordDirectory(Dir, true).indexed());
  RecordDirectory D = indexed();
  ASSERT_TRUE(D.indexed());
  RecordKeys Keys;
  Keys.Names.insert(normalizedNameHash("late"));
  llvm::DenseSet<uint64_t> Heavy;
  EXPECT_EQ(utilities(D.select(Keys, 4, 64, Heavy)),
            std::vector<std::string>{"::core::late"});
  llvm::SmallString<128> File(Dir);
  llvm::sys::path::append(File, recordFileName(Late));
  ASSERT_FALSE(llvm::sys::fs::remove(File));
  EXPECT_FALSE(RecordDirectory(Dir, true).indexed());
}

TEST_F(RecordIndexTest, ADamagedIndexIsReplaced) {
  record(3);
  { RecordDirectory D = indexed(); ASSERT_TRUE(D.indexed()); }
  uint64_t Size = 0;
  ASSERT_FALSE(llvm::sys::fs::file_size(indexPath(), Size));
  for (uint64_t Keep : {uint64_t(0), uint64_t(20), Size / 2, Size - 1}) {
    std::string Bytes;
    {
      auto Buffer = llvm::MemoryBuffer::getFile(indexPath());
      ASSERT_TRUE(bool(Buffer));
      Bytes = (*Buffer)->getBuffer().str();
    }
    writeFile(indexPath(), llvm::StringRef(Bytes).take_front(Keep));
    RecordDirectory Damaged(Dir, true);
    EXPECT_FALSE(Damaged.indexed()) << "kept " << Keep << " bytes";
    llvm::DenseSet<uint64_t> Heavy;
    EXPECT_EQ(Damaged.select({}, 4, 64, Heavy).size(), 3u);
    EXPECT_TRUE(RecordDirectory(Dir, true).indexed()); // written again
  }
}

TEST_F(RecordIndexTest, AFlippedBitIsCaughtByTheChecksum) {
  record(3);
  { RecordDirectory D = indexed(); ASSERT_TRUE(D.indexed()); }
  std::string Bytes;
  {
    auto Buffer = llvm::MemoryBuffer::getFile(indexPath());
    ASSERT_TRUE(bool(Buffer));
    Bytes = (*Buffer)->getBuffer().str();
  }
  // Every byte after the magic and version, one bit each: none is used.
  for (size_t At = 12; At < Bytes.size(); At += 7) {
    std::string Flipped = Bytes;
    Flipped[At] = static_cast<char>(Flipped[At] ^ (1 << (At % 8)));
    writeFile(indexPath(), Flipped);
    RecordDirectory D(Dir, true);
    EXPECT_FALSE(D.indexed()) << "bit flipped at " << At;
    EXPECT_NE(D.indexError().find("damaged"), std::string::npos) << At;
  }
}

TEST_F(RecordIndexTest, ErrorsOfTheFullReadAreKept) {
  record(2);
  llvm::SmallString<128> Bad(Dir);
  llvm::sys::path::append(Bad, "core..broken.0.fp");
  writeFile(Bad, "not a record\n");
  RecordDirectory D = indexed();
  ASSERT_TRUE(D.indexed());
  ASSERT_EQ(D.errors().size(), 1u);
  EXPECT_NE(D.errors()[0].find("core..broken.0.fp"), std::string::npos);
}
} // namespace
