//===--- Suppression.h - NOLINT comments and the reasons they give --------===//
#ifndef SSOT_LIB_AUDIT_SUPPRESSION_H
#define SSOT_LIB_AUDIT_SUPPRESSION_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace ssot::audit {

/// The NOLINT directive that silences a finding, as clang-tidy reads them:
/// NOLINT on the finding's line, its NEXTLINE form on the line above, or an
/// open BEGIN/END block.
struct Suppression {
  unsigned Line = 0;   // 1-based line of the directive
  unsigned Column = 0; // 1-based column of "NOLINT"
  std::string Directive; // "NOLINT(ssot-env-access): bootstrap reads HOME"
  std::string Reason;    // the text after the directive, "" if none
  bool Blanket = false;  // no check list, or "*": silences every check
};

/// The directive in \p Buffer that silences check \p Check at 1-based
/// \p Line, if any.
std::optional<Suppression> findSuppression(llvm::StringRef Buffer,
                                           unsigned Line,
                                           llvm::StringRef Check);

} // namespace ssot::audit

#endif
