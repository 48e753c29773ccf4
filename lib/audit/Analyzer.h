//===--- Analyzer.h - one parse of one unit, checks and counting ----------===//
#ifndef SSOT_LIB_AUDIT_ANALYZER_H
#define SSOT_LIB_AUDIT_ANALYZER_H

#include "lib/audit/Audit.h"
#include "lib/audit/HeaderScan.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <string>

namespace ssot::audit {

struct AnalyzerOptions {
  std::string ResourceDir; // -resource-dir for the parse, "" to leave it
  std::string ChecksOverride; // --checks, appended to each file's Checks
  std::string Config; // --config: YAML merged over each file's .clang-tidy
  bool Record = false; // the recording pass of ssot-reimplemented-utility
};

/// Parses \p Command once with the ssot checks its file's .clang-tidy enables
/// (with their options, as in every host) and returns what they reported,
/// NOLINT-silenced findings included and marked, plus the compliant uses of
/// designated declarations. Safe to call from several threads at once: each
/// call has its own clang-tidy context, file system and diagnostics.
UnitResult analyzeUnit(const clang::tooling::CompileCommand &Command,
                       const AnalyzerOptions &Options);

/// An error message if \p Options.Config is not a valid configuration.
std::string checkConfig(const AnalyzerOptions &Options);

/// True when the file's options make a check read a record directory and
/// the file can see a declaration to record: its text names a designated
/// function (from the options, or from the annotations \p Annotated returns,
/// asked only then) or writes an annotation.
bool needsRecording(const std::string &File, const AnalyzerOptions &Options,
                    llvm::function_ref<const AnnotatedNames &()> Annotated);

/// True for the rules whose compliant uses the audit counts (the others are
/// judged by their violations alone).
bool countsCompliantUses(llvm::StringRef Check);

} // namespace ssot::audit

#endif
