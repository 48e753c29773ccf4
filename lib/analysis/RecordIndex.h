//===--- RecordIndex.h - a fingerprint directory read through its index ----===//
//
// A project records its utilities once (one file per utility, Fingerprint.h)
// and every translation unit reads them back. Parsing a thousand records and
// checking each against its source costs a unit more than the check's own
// work, although a unit's functions come close to only the few records whose
// keys they share. The index is one file that holds, for every record, its
// keys (normalised name, whole-body hash, statement tokens, interface key)
// and whether its
// source still held it; a unit looks its functions' keys up there and parses
// only the records they hit.
//
// The index is a cache that readers write. It is built from a full read when
// it is missing or out of date. It is written only when neither the directory
// nor any recorded source has changed for QuietPeriod: file systems keep
// coarse modification times, and the wait makes sure that any later change
// gets a time other than the one the index holds. It lives in the
// subdirectory ".index", so writing it does not change the directory's time.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_RECORDINDEX_H
#define SSOT_LIB_ANALYSIS_RECORDINDEX_H

#include "lib/analysis/Fingerprint.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ssot {

/// The keys a translation unit's functions look up among the utilities.
struct RecordKeys {
  llvm::DenseSet<uint64_t> Names;  // normalizedNameHash of their names
  llvm::DenseSet<uint64_t> Wholes; // BodyFingerprint::Whole
  llvm::DenseSet<uint64_t> Tokens; // forEachStatementToken
  llvm::DenseSet<uint64_t> Interfaces; // FingerprintRecord::Interface
};

/// A record with what is known about it.
struct SelectedRecord {
  FingerprintRecord Record;
  std::string Path; // of the record file
  /// Whether its source still holds it, when the index knows.
  std::optional<SourceState> State;
};

/// The records of one fingerprint directory, read once per translation unit.
class RecordDirectory {
public:
  static constexpr std::chrono::seconds QuietPeriod{2};
  /// The index's file name in IndexDirectory.
  static constexpr llvm::StringLiteral IndexFile = "records.fpx";

  /// Reads \p Directory through its index when it is current, else reads
  /// every record (and writes the index when the directory is quiet). With
  /// \p UseIndex false, every record is read and no index is written: a
  /// recording run is about to change the records anyway.
  RecordDirectory(llvm::StringRef Directory, bool UseIndex);
  ~RecordDirectory();

  /// Records that could not be used, as "file: reason". The index keeps the
  /// reasons of the full read it was built from, so every unit reports them.
  llvm::ArrayRef<std::string> errors() const { return Errors; }
  /// Why the index could not be used although it is there ("path: reason",
  /// a damaged or special file), empty if it was fine or missing. The
  /// records were then read in full, and the index is rebuilt when the
  /// directory is quiet.
  const std::string &indexError() const { return IndexError; }
  bool empty() const;
  bool indexed() const { return Index != nullptr; }
  /// Whether some record's body has at least \p MinStatements statements.
  bool anyComparable(unsigned MinStatements) const;
  /// Whether some record has an interface key (FingerprintRecord::Interface).
  bool anyInterface() const;

  /// The records that may matter to functions asking for \p Keys, in
  /// directory order: those with one of the names; those with at least
  /// \p MinStatements statements and one of the whole hashes or tokens;
  /// those with one of the interface keys; and
  /// those whose source changed (they are reported as stale). An asked token
  /// held by more than \p HeavyAbove such records selects none of them and
  /// goes into \p Heavy instead: a token that common is not followed when
  /// gathering candidates. Without an index: every record, \p Heavy empty.
  /// Records that fail to load here are added to errors(). Called once per
  /// translation unit (without an index, the records are handed over).
  std::vector<SelectedRecord> select(const RecordKeys &Keys,
                                     unsigned MinStatements,
                                     unsigned HeavyAbove,
                                     llvm::DenseSet<uint64_t> &Heavy);

  /// Whether \p R's source still holds it: from the index when it knows,
  /// else by reading the source (once per file).
  SourceState stateOf(const SelectedRecord &R);

private:
  class IndexView;
  bool openIndex();
  void readAll(bool WriteIndex);

  std::string Directory;
  std::unique_ptr<IndexView> Index;
  std::vector<SelectedRecord> All; // without an index
  std::vector<std::string> Errors;
  std::string IndexError;
  SourceStates Sources;
};

/// Says once per process, on stderr, that \p Directory holds no records yet
/// (a fresh checkout): clones of utilities defined in other files are not
/// found until they are recorded, and how. Not a diagnostic, so that
/// WarningsAsErrors cannot turn a fresh checkout into a failing build.
void noteNoRecordsYet(llvm::StringRef Directory);

} // namespace ssot

#endif
