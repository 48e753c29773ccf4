//===--- Reports.h - the audit as SARIF, Markdown, JSON and a summary -----===//
#ifndef SSOT_LIB_AUDIT_REPORTS_H
#define SSOT_LIB_AUDIT_REPORTS_H

#include "lib/audit/Audit.h"
#include "llvm/Support/raw_ostream.h"

namespace ssot::audit {

std::string sarifReport(const Project &P, const std::vector<CheckInfo> &Checks,
                        const std::string &DocsUri);
std::string markdownReport(const Project &P);
std::string jsonReport(const Project &P);
/// One screen: counts, scores, the first new findings, the verdict.
void printSummary(const Project &P, llvm::raw_ostream &OS);

/// "6.7/10", "not configured", ...
std::string scoreText(const RuleScore &S);

} // namespace ssot::audit

#endif
