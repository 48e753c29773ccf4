//===--- Audit.h - what ssot-audit collects about a project ---------------===//
//
// The audit parses every unit once, keeps what the checks reported (also what
// NOLINT comments silenced, so suppressions can be listed with their reason)
// and the compliant uses of designated pieces, then merges the units into one
// project view: a finding in a header reported by forty units is one finding.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_AUDIT_AUDIT_H
#define SSOT_LIB_AUDIT_AUDIT_H

#include "llvm/ADT/StringRef.h"
#include <map>
#include <set>
#include <string>
#include <vector>

namespace ssot::audit {

/// A place in a file; columns are 1-based, End* point one past the end.
struct Location {
  std::string File; // absolute, normalised
  unsigned Line = 0;
  unsigned Column = 0;
  unsigned EndLine = 0;
  unsigned EndColumn = 0;
};

struct Replacement {
  Location Range; // what is replaced (may be empty: an insertion)
  unsigned Offset = 0;
  unsigned Length = 0;
  std::string Text;
};

struct Note {
  Location Loc;
  std::string Message;
};

/// The audit's own rule: a suppression without a reason, or a blanket NOLINT
/// silencing an ssot finding.
inline constexpr const char *SuppressionCheck = "ssot-audit-suppression";

struct Finding {
  std::string Check;
  bool IsError = false; // WarningsAsErrors named the check
  std::string Message;
  Location Loc;
  std::vector<Note> Notes;
  std::vector<Replacement> Fixes;
  std::string LineText;    // the source line, trimmed
  std::string FlaggedText; // the flagged code, whitespace collapsed
  std::string Scope;       // qualified name of the enclosing declaration
  // NOLINT state.
  bool Suppressed = false;
  std::string SuppressionComment; // the directive as written
  std::string SuppressionReason;  // empty: none given
  // Filled when the units are merged.
  unsigned Units = 0;      // how many units reported it
  unsigned Occurrence = 0; // index among findings with the same identity
  std::string Identity;    // stable hash: check, file, scope, text, occurrence
  bool Known = false;      // in the baseline
};

/// A compliant use: a call of a designated accessor, factory or utility.
struct Use {
  std::string Check;
  std::string File;
  unsigned Offset = 0;
};

/// What one unit contributed.
struct UnitResult {
  std::string File;
  std::string Directory;
  bool Parsed = true;
  std::vector<std::string> ParseErrors;  // "file:line:col: message"
  std::vector<std::string> ConfigErrors; // naming the option and its source
  std::vector<Finding> Findings;
  std::vector<Use> Uses;
  std::set<std::string> EnabledChecks;
  std::set<std::string> ConfiguredChecks; // designations seen or set
};

/// One rule's score: compliant uses against violations.
struct RuleScore {
  std::string Check;
  bool Enabled = false;
  bool Configured = false;
  bool Counted = false; // the audit knows how to count this rule's compliant uses
  unsigned Compliant = 0;
  unsigned Violations = 0;
  double Score = 0; // 0..10; meaningful when Configured and the sum is > 0
};

struct BaselineEntry {
  std::string Identity;
  std::string Check;
  std::string File; // relative to the project root
  std::string Scope;
  std::string Text;
  unsigned Occurrence = 0;
  std::string Message;
};

/// The merged project view every report is written from.
struct Project {
  std::string Root; // findings' files are reported relative to it
  std::vector<UnitResult> Units;
  std::vector<Finding> Findings; // deduplicated, sorted by file and line
  std::vector<RuleScore> Scores;
  unsigned OverallCompliant = 0;
  unsigned OverallViolations = 0;
  bool OverallConfigured = false;
  double Overall = 0;
  std::vector<BaselineEntry> Resolved; // baseline entries no longer found
  bool HasBaseline = false;
  unsigned KnownCount = 0;
  unsigned NewCount = 0;
  unsigned FailingCount = 0; // new, unsuppressed, at or above --fail-on
  bool FailOnError = false;  // --fail-on error
  unsigned Recorded = 0;     // units run in the recording pass
  double Seconds = 0;
  bool Go = true;
  std::vector<std::string> Reasons; // why NO-GO (or GO)
};

/// \p File made absolute against \p Directory, without "." and "..".
std::string normalisedPath(llvm::StringRef File, llvm::StringRef Directory);

/// The path of \p File relative to \p Root, or \p File when outside it.
std::string relativePath(const std::string &File, const std::string &Root);

/// The help text of each registered ssot check (the first paragraph of its
/// docs page when the page can be found).
struct CheckInfo {
  std::string Name;
  std::string Summary;
  std::string DocsPath; // file path of the docs page, if found
};
std::vector<CheckInfo> describeChecks(const std::string &Argv0, void *MainAddr);

} // namespace ssot::audit

#endif
