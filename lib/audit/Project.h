//===--- Project.h - merging units, scoring, the baseline -----------------===//
#ifndef SSOT_LIB_AUDIT_PROJECT_H
#define SSOT_LIB_AUDIT_PROJECT_H

#include "lib/audit/Audit.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace ssot::audit {

/// Merges the units into \p P: one finding per place and message however
/// many units reported it, each with its baseline identity; the compliant
/// uses, once per place; and the score of every registered check.
void mergeUnits(Project &P, llvm::ArrayRef<std::string> Checks);

/// Reads a baseline written by writeBaseline.
llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef File);

/// Marks the findings the baseline knows, lists the entries no longer found
/// and decides the verdict.
void applyBaseline(Project &P, const std::vector<BaselineEntry> &Baseline);
void decideVerdict(Project &P);

/// The baseline of \p Entries, as JSON text.
std::string baselineText(const std::vector<BaselineEntry> &Entries);
/// The entries for today's unsuppressed findings.
std::vector<BaselineEntry> baselineOf(const Project &P);

/// Writes \p Text to \p File through a temporary file renamed into place, so
/// an interrupted run never leaves half a report.
llvm::Error writeAtomically(llvm::StringRef File, llvm::StringRef Text);

} // namespace ssot::audit

#endif
