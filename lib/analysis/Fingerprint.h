//===--- Fingerprint.h - structural fingerprints of function bodies ---------===//
//
// A body's fingerprint abstracts away what a renamed copy changes (names,
// literal values, types, implicit conversions) and keeps what it shares with
// its original: the kinds of statements and expressions, operators, call
// arities and nesting. Two hashes come out of one walk:
//   - Whole: the ordered structure of the entire body. Equal for a clone
//     that only renamed things or changed literals and types.
//   - Statements: one local hash per statement (its kind, depth and the
//     full shape of its own expressions, not of nested statements), kept
//     as a sorted multiset. A statement added, removed or changed alters
//     one element, so near clones have a high Dice coefficient.
// Fingerprints of utilities defined in other files are recorded once in a
// directory (one small text file per utility) and read back by later runs;
// each record carries what is needed to tell when it has gone stale.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_FINGERPRINT_H
#define SSOT_LIB_ANALYSIS_FINGERPRINT_H

#include "clang/AST/Stmt.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/MemoryBuffer.h"
#include <algorithm>
#include <cstdint>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ssot {

/// Bumped whenever the hashing or the format of records and index changes:
/// records of another version are reported and ignored instead of silently
/// never matching. 2: records end in a checksum line, the index carries a
/// checksum, and the recorded source is compared by tokens. 3: statement
/// hashes include what a statement calls, its literal values and types, and
/// the record carries the body's details. 4: a call in a template that
/// lookup resolved to one function hashes as that function. 5: the record
/// carries the utility's interface key (interface shape and project callees,
/// see FingerprintRecord::Interface) and the index selects records by it.
constexpr unsigned FingerprintVersion = 5;

/// The largest record, index and recorded source file read; a larger one is
/// reported instead of read (a record naming /dev/zero as its source must
/// not read without end).
constexpr uint64_t MaxRecordBytes = uint64_t(16) << 20;
constexpr uint64_t MaxIndexBytes = uint64_t(1) << 30;
constexpr uint64_t MaxSourceBytes = uint64_t(256) << 20;

/// Reads \p Path if it is a regular file of at most \p MaxBytes; else
/// returns null with \p Error saying why. A FIFO, a device or a directory is
/// never read (opening a FIFO alone would wait for a writer).
std::unique_ptr<llvm::MemoryBuffer>
readRegularFile(llvm::StringRef Path, uint64_t MaxBytes, std::string &Error,
                bool RequiresNullTerminator = true);

/// What the structure abstracts away, each kept as an ordered hash of its
/// own (BodyFingerprint::Details): two bodies of the same structure are the
/// same code, consistently renamed, only if all four are equal.
enum DetailKind : std::uint8_t {
  DetailCallees,  // the functions called (or named), by qualified name
  DetailLiterals, // literal values
  DetailTypes,    // types of variables, casts and constructions
  DetailNames,    // other names: locals by order of first use (so that a
                  // consistent renaming keeps them), everything else by name
  NumDetailKinds
};

struct BodyFingerprint {
  /// The ordered structure of the body, without the details.
  uint64_t Whole = 0;
  /// Local statement hashes, sorted (a multiset). Each covers the
  /// statement's structure and the callees, literals, types and non-local
  /// names of its own expressions (not its locals' names), so a statement
  /// that calls another function counts as changed.
  llvm::SmallVector<uint64_t, 16> Statements;
  uint64_t Details[NumDetailKinds] = {};
  unsigned size() const { return Statements.size(); }
  /// Same structure and the same details: a renamed clone (or a copy).
  bool sameCode(const BodyFingerprint &Other) const {
    return Whole == Other.Whole && Statements == Other.Statements &&
           std::equal(std::begin(Details), std::end(Details),
                      std::begin(Other.Details));
  }
  /// Whether the body calls, uses a literal or names anything beyond its
  /// own parameters and locals: a body of nothing but `return x;` is the
  /// same code as any other.
  bool hasSpecifics() const {
    return Details[DetailCallees] || Details[DetailLiterals];
  }
};

/// How two bodies of the same structure (equal Whole) differ, as a phrase
/// for a diagnostic: "calls 'strcasecmp' where the utility calls 'strcmp'".
/// Walks both bodies again: for diagnostics only. Empty if they do not
/// differ or their structures do not line up.
std::string describeDifference(const clang::Stmt *Body,
                               const clang::Stmt *UtilityBody);

/// Whether \p Body calls a function \p UtilityBody never calls and the
/// utility calls one \p Body never calls: the same work done with another
/// primitive (wcscmp for strcmp, strtoll for strtol), a sibling of the
/// utility rather than a copy of it. A body that only adds calls (logging)
/// substitutes nothing. Walks both bodies again: for candidates only.
bool substitutesCallee(const clang::Stmt *Body,
                       const clang::Stmt *UtilityBody);

/// The detail kind in which \p A and \p B first differ, as a phrase without
/// names ("calls other functions"), for a utility known only by its record.
std::string describeDetailDifference(const BodyFingerprint &A,
                                     const BodyFingerprint &B);

/// The fingerprint of a function body (normally a CompoundStmt).
BodyFingerprint fingerprintBody(const clang::Stmt *Body);

/// The same, written into \p Print (replacing what it held): saves a copy
/// where the print is stored, for every body of the translation unit.
void fingerprintBody(const clang::Stmt *Body, BodyFingerprint &Print);

/// Size of the multiset intersection of two sorted statement multisets.
unsigned sharedStatements(const BodyFingerprint &A, const BodyFingerprint &B);

/// Dice coefficient of the statement multisets: 2|A∩B| / (|A| + |B|), in
/// 0..1; 1 means the same statements (possibly in another order).
double similarity(const BodyFingerprint &A, const BodyFingerprint &B);

/// A stable 64-bit hash of text (the same in every run and on every host).
uint64_t hashText(llvm::StringRef Text);

/// The statement multiset as a set: the k-th copy of hash H is its own token,
/// so that set intersection of tokens is multiset intersection of statements.
/// Calls \p Each with every token.
template <typename EachT>
void forEachStatementToken(const BodyFingerprint &Print, EachT Each) {
  uint64_t Copy = 0;
  for (size_t I = 0, E = Print.Statements.size(); I != E; ++I) {
    const uint64_t H = Print.Statements[I];
    Copy = (I && Print.Statements[I - 1] == H) ? Copy + 1 : 0;
    Each(H ^ (Copy * 0x9e3779b97f4a7c15ULL));
  }
}

/// "safe_sleep" of "::core::safe_sleep".
llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName);

/// What is recorded for one designated utility.
struct FingerprintRecord {
  std::string Utility;   // fully qualified, "::core::safe_sleep"
  std::string Signature; // canonical function type, tells overloads apart
  std::string Kind = "function"; // "function", "static member" or "member"
  std::string File;      // absolute path of the file holding the definition
  std::string Anchor;    // first line of the definition's text
  uint64_t SourceHash = 0;  // hashText of the definition's tokens (below)
  uint64_t SourceLength = 0; // the length of those tokens as text
  /// Sets Anchor, SourceHash and SourceLength from the definition's text.
  void setSource(llvm::StringRef DefinitionText);
  BodyFingerprint Print;
  /// A hash of the utility's interface shape and of the set of project
  /// functions its body references (the check's interfaceKey); 0 if it
  /// references none. A function with the same key is an interface twin.
  uint64_t Interface = 0;
};

/// \p Text with its blanks reduced to what separates tokens: a run of blanks
/// (spaces, tabs, line breaks of any style) becomes one space between two
/// word characters or two punctuation characters and nothing otherwise. So
/// re-indenting a definition or changing its line endings leaves it the
/// same. Stops once \p Max characters are out.
std::string tokenText(llvm::StringRef Text, size_t Max = ~size_t(0));

/// The record as text (one "key value" per line, versioned, ending in a
/// "checksum" line over the lines before it).
std::string formatRecord(const FingerprintRecord &Record);

/// Parses formatRecord's output, with either line ending; std::nullopt with
/// \p Error on anything else: another FingerprintVersion, a missing or wrong
/// checksum (a truncated or damaged record), a malformed line.
std::optional<FingerprintRecord> parseRecord(llvm::StringRef Text,
                                             std::string &Error);

/// The file name a record is stored under inside the directory: one file per
/// utility overload, so parallel runs never write the same file for
/// different utilities.
std::string recordFileName(const FingerprintRecord &Record);

/// "cfg.env." for "::cfg::env": how every file name of a record about that
/// function starts (characters a file name does not keep become '.').
std::string recordNamePrefix(llvm::StringRef QualifiedName);

/// The path a record keeps of the file \p Name: absolute, without "." and
/// ".."; as given if it cannot be made absolute (staleness checks then
/// resolve it against the reader's working directory).
std::string recordedPath(llvm::StringRef Name);

/// The first of \p Fields that holds a line break, which a record (read
/// line by line) cannot hold; none if no field does.
std::optional<llvm::StringRef>
fieldWithLineBreak(llvm::ArrayRef<llvm::StringRef> Fields);

/// The subdirectory of a fingerprint directory that holds its index
/// (RecordIndex.h). Made with the directory: making it later changes the
/// directory's time, which tells readers that the records changed.
constexpr llvm::StringLiteral IndexDirectory = ".index";

/// Creates and opens a new file named \p Final plus a random suffix, for a
/// write that is renamed to \p Final once complete. Any character the file
/// system allows may be in \p Final ('%' included).
std::error_code createTemporaryBeside(llvm::StringRef Final, int &FD,
                                      llvm::SmallVectorImpl<char> &Temp);

/// Writes \p Record into \p Directory (created if missing) through a unique
/// temporary file renamed into place, so concurrent writers and readers
/// never see a torn record. Returns false with \p Error on failure, also for
/// a source path with a line break (a record is line by line).
bool writeRecord(llvm::StringRef Directory, const FingerprintRecord &Record,
                 std::string &Error);

/// Writes \p Text as the file \p FileName of \p Directory (created with its
/// index subdirectory if missing) through a unique temporary file renamed
/// into place: writeRecord's way, for any kind of record kept there.
bool writeRecordFile(llvm::StringRef Directory, llvm::StringRef FileName,
                     llvm::StringRef Text, std::string &Error);

/// Appends formatRecord's last line to \p Text: "checksum <hashText of
/// everything before it>". A reader recomputes it over the lines before
/// (with '\n' line ends) to tell a truncated or damaged record.
void appendChecksumLine(std::string &Text);

/// Calls \p Each with the key and value of every line of the record \p Text
/// before its checksum line (a CR before a line break ignored). Returns false
/// with \p Error on a malformed checksum line, text after it, or when \p Each
/// returns false (having set \p Error). Otherwise sets \p ChecksumProblem to
/// why the checksum does not vouch for the lines (missing or wrong), or
/// leaves it empty; reported after the record's own completeness.
bool forEachRecordLine(
    llvm::StringRef Text,
    llvm::function_ref<bool(llvm::StringRef Key, llvm::StringRef Value)> Each,
    std::string &Error, std::string &ChecksumProblem);

/// Whether \p Value, a record's version line, is \p Expected; otherwise
/// \p Error says "recorded with <What> version '<v>', this build uses
/// version <Expected>".
bool recordVersionMatches(llvm::StringRef Value, llvm::StringRef What,
                          unsigned Expected, std::string &Error);

/// Parses a record's "source <hex hash> <length>" line value.
bool parseSourceLine(llvm::StringRef Value, uint64_t &Hash, uint64_t &Length);

/// Every record in \p Directory, sorted by file name; unreadable or malformed
/// files are listed in \p Errors (as "file: reason") and skipped. \p Paths,
/// if given, receives each record's file.
std::vector<FingerprintRecord>
readRecords(llvm::StringRef Directory, std::vector<std::string> &Errors,
            std::vector<std::string> *Paths = nullptr);

enum class SourceState : std::uint8_t {
  Current,    // the recorded definition text is still in the file
  Changed,    // the file is there but no longer holds that text
  Unreachable // the file cannot be read here (another machine's path)
};

/// Whether the utility's definition text is unchanged in \p FileText: the
/// text may have moved within the file, so every place that starts with the
/// recorded anchor line is tried.
SourceState sourceStateIn(const FingerprintRecord &Record,
                          llvm::StringRef FileText);

/// sourceStateIn on the recorded files as they are on disk now, for the many
/// records of a directory: each file is read once. A file asked about often
/// has its lines indexed by their text, so that a definition starting a line
/// (the usual case) is found without scanning the file once per record; a
/// file asked about a few times is scanned, which is cheaper than indexing
/// it. Anything the index does not find is searched as sourceStateIn does,
/// so the answers are the same either way.
class SourceStates {
public:
  SourceState of(const FingerprintRecord &Record);

  /// Scans of one file before its lines are indexed (indexing a line costs
  /// about as much as scanning a few dozen bytes of it, ten scans or so).
  static constexpr unsigned ScansBeforeIndex = 16;

private:
  struct IndexedFile {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    unsigned Asked = 0;
    // hashText of a line from its first non-blank character (without the
    // line break) -> the offsets of that character; built on the
    // ScansBeforeIndex-th question.
    llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 1>> Lines;
  };
  IndexedFile *file(llvm::StringRef Path);
  static void index(IndexedFile &File);

  llvm::StringMap<std::unique_ptr<IndexedFile>> Files; // null: unreadable
};

} // namespace ssot

#endif
