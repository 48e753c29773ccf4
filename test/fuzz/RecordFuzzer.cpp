//===--- RecordFuzzer.cpp - libFuzzer target for records and the index ----===//
//
// The first byte chooses what the rest is:
//   even: the text of a record, parsed as a fingerprint record and as a
//         signature record; an accepted record must print back to text that
//         parses to the same record.
//   odd:  the body of an index file (after its magic and version), given the
//         directory's real time and a correct checksum so that the fuzzer
//         reaches the structural checks and the lookups behind them; the
//         index is opened and queried as a translation unit would.
//
//===----------------------------------------------------------------------===//
#include "lib/analysis/Fingerprint.h"
#include "lib/analysis/RecordIndex.h"
#include "lib/analysis/SignatureRecord.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace ssot;

namespace {

void checkRecord(llvm::StringRef Text) {
  std::string Error;
  std::optional<FingerprintRecord> R = parseRecord(Text, Error);
  if (!R)
    return;
  std::optional<FingerprintRecord> Again = parseRecord(formatRecord(*R), Error);
  if (!Again || Again->Utility != R->Utility || Again->File != R->File ||
      Again->Print.Statements != R->Print.Statements ||
      Again->Print.Whole != R->Print.Whole)
    std::abort(); // a record that does not survive its own round trip
}

void checkSignature(llvm::StringRef Text) {
  std::string Error;
  std::optional<SignatureRecord> R = parseSignature(Text, Error);
  if (!R)
    return;
  std::optional<SignatureRecord> Again =
      parseSignature(formatSignature(*R), Error);
  if (!Again || Again->Name != R->Name || Again->Kind != R->Kind ||
      Again->Result != R->Result || Again->Params != R->Params ||
      Again->MinArgs != R->MinArgs || Again->File != R->File ||
      Again->SourceHash != R->SourceHash)
    std::abort();
  (void)charPointerConstness(R->Result);
}

const std::string &directory() {
  static const std::string Dir = [] {
    llvm::SmallString<128> Path;
    if (llvm::sys::fs::createUniqueDirectory("ssot-fuzz-index", Path))
      std::abort();
    llvm::SmallString<128> Index(Path);
    llvm::sys::path::append(Index, IndexDirectory);
    if (llvm::sys::fs::create_directories(Index))
      std::abort();
    return Path.str().str();
  }();
  return Dir;
}

void checkIndex(llvm::StringRef Body) {
  const std::string &Dir = directory();
  llvm::sys::fs::file_status Status;
  if (llvm::sys::fs::status(Dir, Status))
    std::abort();
  std::string Bytes("SSOTFPX2", 8);
  char Word[8];
  llvm::support::endian::write32le(Word, FingerprintVersion);
  Bytes.append(Word, 4);
  Bytes += Body;
  if (Bytes.size() >= 24) { // the directory's time, as the writer put it
    int64_t Time = std::chrono::duration_cast<std::chrono::nanoseconds>(
                       Status.getLastModificationTime().time_since_epoch())
                       .count();
    llvm::support::endian::write64le(&Bytes[16], static_cast<uint64_t>(Time));
  }
  llvm::support::endian::write64le(Word, hashText(Bytes));
  Bytes.append(Word, 8);
  llvm::SmallString<128> Path(Dir);
  llvm::sys::path::append(Path, IndexDirectory, RecordDirectory::IndexFile);
  {
    std::error_code EC;
    llvm::raw_fd_ostream OS(Path, EC);
    if (EC)
      std::abort();
    OS << Bytes;
  }
  RecordDirectory Records(Dir, /*UseIndex=*/true);
  RecordKeys Keys;
  for (size_t I = 0; I + 8 <= Body.size() && I < 64; I += 8) {
    uint64_t Key = llvm::support::endian::read64le(Body.data() + I);
    Keys.Names.insert(Key);
    Keys.Wholes.insert(Key);
    Keys.Tokens.insert(Key);
    Keys.Interfaces.insert(Key);
  }
  llvm::DenseSet<uint64_t> Heavy;
  (void)Records.empty();
  (void)Records.anyComparable(4);
  (void)Records.anyInterface();
  for (const SelectedRecord &R : Records.select(Keys, 4, 64, Heavy))
    (void)Records.stateOf(R);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  llvm::StringRef Rest(reinterpret_cast<const char *>(Data) + 1, Size - 1);
  if (Data[0] % 2 == 0) {
    checkRecord(Rest);
    checkSignature(Rest);
  }
  else
    checkIndex(Rest);
  return 0;
}
