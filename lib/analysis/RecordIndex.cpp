//===--- RecordIndex.cpp - a fingerprint directory read through its index --===//
#include "lib/analysis/RecordIndex.h"
#include "lib/analysis/NameStyle.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <mutex>
#include <tuple>

namespace ssot {

namespace endian = llvm::support::endian;

// The file, all integers little-endian:
//   header   Magic, FingerprintVersion, MaxStatements, DirectoryTime, then the
//            counts of sources, records, names, wholes, tokens and errors,
//            the size of the string pool and the count of interfaces
//   sources  per recorded source file: path, time, size, whether it existed
//   records  per record, in directory order: file name, source, statement
//            count, state
//   errors   the full read's errors
//   names, wholes, tokens, interfaces (records with a key only)
//            per key of a record: key, record, the record's statement count;
//            sorted by key, then statement count descending, so the records
//            with enough statements lead each key's run
//   strings
//   checksum hashText of every byte before it: a damaged index is rebuilt,
//            never used
static constexpr char Magic[8] = {'S', 'S', 'O', 'T', 'F', 'P', 'X', '2'};
static constexpr size_t ChecksumSize = 8;
static constexpr size_t HeaderSize = 56;
static constexpr size_t SourceSize = 32;
static constexpr size_t RecordSize = 24;
static constexpr size_t ErrorSize = 8;
static constexpr size_t KeySize = 16;
static constexpr uint32_t NoSource = ~uint32_t(0);

static uint32_t read32(const char *P) {
  return endian::read32le(P);
}
static uint64_t read64(const char *P) {
  return endian::read64le(P);
}

namespace {
// A source file's identity when the index was built: a file that changed
// since has another time or size. Time and size are 0 for a missing file.
struct SourceStamp {
  bool Exists = false;
  int64_t Time = 0;
  uint64_t Size = 0;
  bool operator==(const SourceStamp &O) const {
    return Exists == O.Exists && Time == O.Time && Size == O.Size;
  }
};

int64_t timeOf(const llvm::sys::fs::file_status &Status) {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             Status.getLastModificationTime().time_since_epoch())
      .count();
}

SourceStamp stampOf(llvm::StringRef Path) {
  SourceStamp Stamp;
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Path, Status) ||
      !llvm::sys::fs::exists(Status))
    return Stamp;
  Stamp.Exists = true;
  Stamp.Time = timeOf(Status);
  Stamp.Size = Status.getSize();
  return Stamp;
}

std::optional<int64_t> directoryTime(llvm::StringRef Directory) {
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Directory, Status) ||
      !llvm::sys::fs::is_directory(Status))
    return std::nullopt;
  return timeOf(Status);
}

// Whether nothing changed at \p Time for QuietPeriod: a change from now on
// gets a later time, whatever the file system's granularity.
bool isQuiet(int64_t Time) {
  int64_t Now = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::system_clock::now().time_since_epoch())
                    .count();
  return Now - Time >=
         std::chrono::duration_cast<std::chrono::nanoseconds>(
             RecordDirectory::QuietPeriod)
             .count();
}

void put32(std::string &Out, uint32_t V) {
  char Bytes[4];
  endian::write32le(Bytes, V);
  Out.append(Bytes, 4);
}
void put64(std::string &Out, uint64_t V) {
  char Bytes[8];
  endian::write64le(Bytes, V);
  Out.append(Bytes, 8);
}

struct Key {
  uint64_t Value;
  uint32_t Record;
  uint32_t Statements;
};
} // namespace

/// The index file, checked for consistency once and then read in place.
class RecordDirectory::IndexView {
public:
  /// The index in \p Buf, or null with \p Error saying why it is unusable.
  static std::unique_ptr<IndexView> open(std::unique_ptr<llvm::MemoryBuffer> Buf,
                                         std::string &Error);

  uint32_t MaxStatements = 0;
  int64_t DirectoryTime = 0;
  uint32_t NumSources = 0, NumRecords = 0, NumErrors = 0;
  llvm::ArrayRef<char> Names, Wholes, Tokens, Interfaces; // KeySize entries

  llvm::StringRef string(const char *Entry) const {
    return llvm::StringRef(Strings + read32(Entry), read32(Entry + 4));
  }
  const char *source(uint32_t I) const { return Sources + I * SourceSize; }
  SourceStamp stamp(uint32_t I) const {
    const char *Entry = source(I);
    return {read32(Entry + 24) != 0, static_cast<int64_t>(read64(Entry + 8)),
            read64(Entry + 16)};
  }
  const char *record(uint32_t I) const { return Records + I * RecordSize; }
  const char *error(uint32_t I) const { return Errors + I * ErrorSize; }

  /// The entries of \p Keys with key \p Value.
  static llvm::ArrayRef<char> run(llvm::ArrayRef<char> Keys, uint64_t Value) {
    size_t Count = Keys.size() / KeySize;
    auto KeyAt = [&](size_t I) { return read64(Keys.data() + I * KeySize); };
    size_t Lo = 0, Hi = Count;
    while (Lo < Hi) { // first entry not below Value
      size_t Mid = Lo + (Hi - Lo) / 2;
      if (KeyAt(Mid) < Value)
        Lo = Mid + 1;
      else
        Hi = Mid;
    }
    size_t End = Lo;
    while (End < Count && KeyAt(End) == Value)
      ++End;
    return Keys.slice(Lo * KeySize, (End - Lo) * KeySize);
  }

  /// How many entries of a run have at least \p MinStatements statements
  /// (they lead the run).
  static size_t comparable(llvm::ArrayRef<char> Run, unsigned MinStatements) {
    size_t Lo = 0, Hi = Run.size() / KeySize;
    while (Lo < Hi) {
      size_t Mid = Lo + (Hi - Lo) / 2;
      if (read32(Run.data() + Mid * KeySize + 12) >= MinStatements)
        Lo = Mid + 1;
      else
        Hi = Mid;
    }
    return Lo;
  }

private:
  std::unique_ptr<llvm::MemoryBuffer> Buffer;
  const char *Sources = nullptr, *Records = nullptr, *Errors = nullptr,
             *Strings = nullptr;
};

std::unique_ptr<RecordDirectory::IndexView>
RecordDirectory::IndexView::open(std::unique_ptr<llvm::MemoryBuffer> Buf,
                                 std::string &Error) {
  llvm::StringRef Data = Buf->getBuffer();
  // Another version's index is replaced without a word; anything else that
  // does not check out is damage.
  if (Data.size() < HeaderSize + ChecksumSize ||
      !Data.starts_with(llvm::StringRef(Magic, 8)) ||
      read32(Data.data() + 8) != FingerprintVersion)
    return nullptr;
  Error = "the index is damaged";
  if (read64(Data.end() - ChecksumSize) !=
      hashText(Data.drop_back(ChecksumSize)))
    return nullptr;
  const char *P = Data.data();
  auto I = std::make_unique<IndexView>();
  I->MaxStatements = read32(P + 12);
  I->DirectoryTime = static_cast<int64_t>(read64(P + 16));
  I->NumSources = read32(P + 24);
  I->NumRecords = read32(P + 28);
  uint64_t NumNames = read32(P + 32), NumWholes = read32(P + 36),
           NumTokens = read32(P + 40);
  I->NumErrors = read32(P + 44);
  uint64_t StringBytes = read32(P + 48);
  uint64_t NumInterfaces = read32(P + 52);
  uint64_t Expected = HeaderSize + uint64_t(I->NumSources) * SourceSize +
                      uint64_t(I->NumRecords) * RecordSize +
                      uint64_t(I->NumErrors) * ErrorSize +
                      (NumNames + NumWholes + NumTokens + NumInterfaces) *
                          KeySize +
                      StringBytes + ChecksumSize;
  if (Data.size() != Expected)
    return nullptr; // torn or of another layout: rebuilt
  P += HeaderSize;
  I->Sources = P;
  P += I->NumSources * SourceSize;
  I->Records = P;
  P += I->NumRecords * RecordSize;
  I->Errors = P;
  P += I->NumErrors * ErrorSize;
  I->Names = llvm::ArrayRef<char>(P, NumNames * KeySize);
  P += NumNames * KeySize;
  I->Wholes = llvm::ArrayRef<char>(P, NumWholes * KeySize);
  P += NumWholes * KeySize;
  I->Tokens = llvm::ArrayRef<char>(P, NumTokens * KeySize);
  P += NumTokens * KeySize;
  I->Interfaces = llvm::ArrayRef<char>(P, NumInterfaces * KeySize);
  P += NumInterfaces * KeySize;
  I->Strings = P;
  // Every string and every reference must stay inside the file.
  auto StringOK = [&](const char *Entry) {
    return uint64_t(read32(Entry)) + read32(Entry + 4) <= StringBytes;
  };
  for (uint32_t S = 0; S != I->NumSources; ++S)
    if (!StringOK(I->source(S)))
      return nullptr;
  for (uint32_t R = 0; R != I->NumRecords; ++R) {
    const char *Entry = I->record(R);
    uint32_t Source = read32(Entry + 8);
    if (!StringOK(Entry) || (Source != NoSource && Source >= I->NumSources) ||
        read32(Entry + 16) > static_cast<uint32_t>(SourceState::Unreachable))
      return nullptr;
  }
  for (uint32_t E = 0; E != I->NumErrors; ++E)
    if (!StringOK(I->error(E)))
      return nullptr;
  for (llvm::ArrayRef<char> Keys :
       {I->Names, I->Wholes, I->Tokens, I->Interfaces})
    for (size_t K = 0; K < Keys.size(); K += KeySize)
      if (read32(Keys.data() + K + 8) >= I->NumRecords)
        return nullptr;
  I->Buffer = std::move(Buf);
  Error.clear();
  return I;
}

// Writes the index of \p Directory as it was at \p DirectoryTime: \p Records
// in directory order, each with its state, the stamps of their sources, and
// the errors of the read. Best effort: a directory that cannot take it is
// read in full by every unit, as without an index.
static void writeIndex(llvm::StringRef Directory, int64_t DirectoryTime,
                       llvm::ArrayRef<SelectedRecord> Records,
                       const llvm::StringMap<SourceStamp> &Stamps,
                       llvm::ArrayRef<std::string> Errors) {
  std::string Strings;
  auto AddString = [&](std::string &Out, llvm::StringRef S) {
    put32(Out, Strings.size());
    put32(Out, S.size());
    Strings += S;
  };
  std::string SourceTable;
  llvm::StringMap<uint32_t> SourceIndex;
  std::string RecordTable;
  std::vector<Key> Names, Wholes, Tokens, Interfaces;
  uint32_t MaxStatements = 0;
  for (auto [I, R] : llvm::enumerate(Records)) {
    uint32_t Source = NoSource;
    auto Stamp = Stamps.find(R.Record.File);
    if (Stamp != Stamps.end()) {
      auto [It, New] = SourceIndex.try_emplace(R.Record.File, SourceIndex.size());
      if (New) {
        AddString(SourceTable, R.Record.File);
        put64(SourceTable, Stamp->second.Time);
        put64(SourceTable, Stamp->second.Size);
        put32(SourceTable, Stamp->second.Exists);
        put32(SourceTable, 0);
      }
      Source = It->second;
    }
    const uint32_t Statements = R.Record.Print.size();
    MaxStatements = std::max(MaxStatements, Statements);
    AddString(RecordTable, llvm::sys::path::filename(R.Path));
    put32(RecordTable, Source);
    put32(RecordTable, Statements);
    // Every state is worked out before the index is written; were one not,
    // "changed" makes every unit read the record, which is always safe.
    put32(RecordTable,
          static_cast<uint32_t>(R.State.value_or(SourceState::Changed)));
    put32(RecordTable, 0);
    const uint32_t Record = I;
    Names.push_back({normalizedNameHash(unqualifiedName(R.Record.Utility)),
                     Record, Statements});
    Wholes.push_back({R.Record.Print.Whole, Record, Statements});
    forEachStatementToken(R.Record.Print, [&](uint64_t Token) {
      Tokens.push_back({Token, Record, Statements});
    });
    if (R.Record.Interface)
      Interfaces.push_back({R.Record.Interface, Record, Statements});
  }
  std::string ErrorTable;
  for (const std::string &E : Errors)
    AddString(ErrorTable, E);

  std::string Out;
  Out.append(Magic, 8);
  put32(Out, FingerprintVersion);
  put32(Out, MaxStatements);
  put64(Out, DirectoryTime);
  put32(Out, SourceIndex.size());
  put32(Out, Records.size());
  put32(Out, Names.size());
  put32(Out, Wholes.size());
  put32(Out, Tokens.size());
  put32(Out, Errors.size());
  put32(Out, Strings.size());
  put32(Out, Interfaces.size());
  Out += SourceTable;
  Out += RecordTable;
  Out += ErrorTable;
  for (std::vector<Key> *Keys : {&Names, &Wholes, &Tokens, &Interfaces}) {
    llvm::sort(*Keys, [](const Key &A, const Key &B) {
      return std::make_tuple(A.Value, B.Statements, A.Record) <
             std::make_tuple(B.Value, A.Statements, B.Record);
    });
    for (const Key &K : *Keys) {
      put64(Out, K.Value);
      put32(Out, K.Record);
      put32(Out, K.Statements);
    }
  }
  Out += Strings;
  put64(Out, hashText(Out));

  llvm::SmallString<256> Final(Directory);
  llvm::sys::path::append(Final, IndexDirectory,
                          RecordDirectory::IndexFile);
  int FD = -1;
  llvm::SmallString<256> Temp;
  if (createTemporaryBeside(Final, FD, Temp))
    return;
  bool Written;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Out;
    OS.close();
    Written = !OS.has_error();
    OS.clear_error();
  }
  // Renamed into place, so a reader sees the old index or the new one. A
  // temporary left behind is harmless (nothing reads it).
  if (Written && !llvm::sys::fs::rename(Temp, Final))
    return;
  [[maybe_unused]] std::error_code EC = llvm::sys::fs::remove(Temp);
}

RecordDirectory::RecordDirectory(llvm::StringRef Directory, bool UseIndex)
    : Directory(Directory.str()) {
  if (UseIndex && openIndex())
    return;
  readAll(UseIndex);
}

RecordDirectory::~RecordDirectory() = default;

bool RecordDirectory::openIndex() {
  llvm::SmallString<256> Path(Directory);
  llvm::sys::path::append(Path, IndexDirectory, RecordDirectory::IndexFile);
  std::string Error;
  std::unique_ptr<llvm::MemoryBuffer> Buffer = readRegularFile(
      Path, MaxIndexBytes, Error, /*RequiresNullTerminator=*/false);
  if (!Buffer) {
    // Missing is the normal case before the first full read.
    if (llvm::sys::fs::exists(Path))
      IndexError = (Path + ": " + Error).str();
    return false;
  }
  std::unique_ptr<IndexView> I = IndexView::open(std::move(Buffer), Error);
  if (!I && !Error.empty())
    IndexError = (Path + ": " + Error).str();
  if (!I || directoryTime(Directory) != I->DirectoryTime)
    return false; // a record was written, renamed or removed since
  for (uint32_t S = 0; S != I->NumSources; ++S)
    if (!(stampOf(I->string(I->source(S))) == I->stamp(S)))
      return false; // a recorded source changed: its records' states may
  for (uint32_t E = 0; E != I->NumErrors; ++E)
    Errors.push_back(I->string(I->error(E)).str());
  Index = std::move(I);
  return true;
}

void RecordDirectory::readAll(bool WriteIndex) {
  // Taken before the records are listed: if anything changes while they are
  // read, the directory's time moves past this one.
  std::optional<int64_t> Time;
  if (WriteIndex)
    Time = directoryTime(Directory);
  std::vector<std::string> Paths;
  std::vector<FingerprintRecord> Records =
      readRecords(Directory, Errors, &Paths);
  All.reserve(Records.size());
  for (auto [R, Path] : llvm::zip_equal(Records, Paths))
    All.push_back({std::move(R), std::move(Path), std::nullopt});
  if (!Time || !isQuiet(*Time))
    return;
  llvm::SmallString<256> IndexDir(Directory);
  llvm::sys::path::append(IndexDir, IndexDirectory);
  if (!llvm::sys::fs::is_directory(IndexDir)) {
    // Made for the next unit (making it changes the directory's time); if
    // it cannot be made, every unit reads the records in full, as before.
    [[maybe_unused]] std::error_code EC =
        llvm::sys::fs::create_directory(IndexDir);
    return;
  }
  // Each source is stamped before it is read for the states.
  llvm::StringMap<SourceStamp> Stamps;
  for (const SelectedRecord &R : All) {
    auto [It, New] = Stamps.try_emplace(R.Record.File);
    if (!New)
      continue;
    It->second = stampOf(R.Record.File);
    if (It->second.Exists && !isQuiet(It->second.Time))
      return; // being edited: index it once it settles
  }
  for (SelectedRecord &R : All)
    R.State = Sources.of(R.Record);
  if (directoryTime(Directory) != Time)
    return;
  writeIndex(Directory, *Time, All, Stamps, Errors);
}

bool RecordDirectory::empty() const {
  return Index ? Index->NumRecords == 0 : All.empty();
}

bool RecordDirectory::anyComparable(unsigned MinStatements) const {
  if (Index)
    return Index->MaxStatements >= MinStatements;
  return llvm::any_of(All, [&](const SelectedRecord &R) {
    return R.Record.Print.size() >= MinStatements;
  });
}

bool RecordDirectory::anyInterface() const {
  if (Index)
    return !Index->Interfaces.empty();
  return llvm::any_of(
      All, [](const SelectedRecord &R) { return R.Record.Interface != 0; });
}

std::vector<SelectedRecord>
RecordDirectory::select(const RecordKeys &Keys, unsigned MinStatements,
                        unsigned HeavyAbove, llvm::DenseSet<uint64_t> &Heavy) {
  if (!Index)
    return std::move(All);
  llvm::BitVector Chosen(Index->NumRecords);
  auto ChooseRun = [&](llvm::ArrayRef<char> Run, size_t Count) {
    for (size_t K = 0; K != Count; ++K)
      Chosen.set(read32(Run.data() + K * KeySize + 8));
  };
  for (uint64_t Name : Keys.Names) {
    llvm::ArrayRef<char> Run = IndexView::run(Index->Names, Name);
    ChooseRun(Run, Run.size() / KeySize);
  }
  for (uint64_t Whole : Keys.Wholes) {
    llvm::ArrayRef<char> Run = IndexView::run(Index->Wholes, Whole);
    ChooseRun(Run, IndexView::comparable(Run, MinStatements));
  }
  // An interface twin may share no statement with the utility.
  for (uint64_t Interface : Keys.Interfaces) {
    llvm::ArrayRef<char> Run = IndexView::run(Index->Interfaces, Interface);
    ChooseRun(Run, Run.size() / KeySize);
  }
  for (uint64_t Token : Keys.Tokens) {
    llvm::ArrayRef<char> Run = IndexView::run(Index->Tokens, Token);
    size_t Count = IndexView::comparable(Run, MinStatements);
    if (Count > HeavyAbove)
      Heavy.insert(Token);
    else
      ChooseRun(Run, Count);
  }
  std::vector<SelectedRecord> Selected;
  for (uint32_t R = 0; R != Index->NumRecords; ++R) {
    const char *Entry = Index->record(R);
    auto State = static_cast<SourceState>(read32(Entry + 16));
    // A changed source is reported in every unit, as without an index.
    if (!Chosen.test(R) && State != SourceState::Changed)
      continue;
    llvm::SmallString<256> Path(Directory);
    llvm::sys::path::append(Path, Index->string(Entry));
    std::string Error;
    std::unique_ptr<llvm::MemoryBuffer> Buffer =
        readRegularFile(Path, MaxRecordBytes, Error);
    if (!Buffer) {
      Errors.push_back((Path + ": " + Error).str());
      continue;
    }
    std::optional<FingerprintRecord> Record =
        parseRecord(Buffer->getBuffer(), Error);
    if (!Record) {
      Errors.push_back((Path + ": " + Error).str());
      continue;
    }
    Selected.push_back({std::move(*Record), Path.str().str(), State});
  }
  return Selected;
}

SourceState RecordDirectory::stateOf(const SelectedRecord &R) {
  return R.State ? *R.State : Sources.of(R.Record);
}

void noteNoRecordsYet(llvm::StringRef Directory) {
  static std::mutex Lock;
  static llvm::StringSet<> Said;
  std::lock_guard<std::mutex> Guard(Lock);
  if (!Said.insert(Directory).second)
    return;
  llvm::errs() << "ssot-reimplemented-utility: no fingerprints recorded in '"
               << Directory
               << "' yet: clones of utilities defined in other files are "
                  "not found until they are; record them with\n"
                  "  ssot-tidy --checks='-*,ssot-reimplemented-utility' "
                  "--config=\"{InheritParentConfig: true, CheckOptions: "
                  "{ssot-reimplemented-utility.RecordFingerprints: 'true'}}\" "
                  "<the files that define the utilities>\n";
}

} // namespace ssot
