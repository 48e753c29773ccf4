//===--- CompliantUses.h - uses a check accepts, for the audit --*- C++ -*-===//
//
// ssot-audit scores a rule by its compliant uses as well as its violations.
// Where only the check itself can tell a compliant use (ssot-bridge-bypass:
// a name of another component that is in its bridge's interface, decided
// from the components, bridges and annotations the check reads), the check
// reports each one here. The audit installs a sink on the thread that
// analyses a unit; no other host does, and then reporting costs a test of a
// thread-local pointer.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_COMPLIANTUSES_H
#define SSOT_LIB_ANALYSIS_COMPLIANTUSES_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"

namespace clang {
class SourceManager;
} // namespace clang

namespace ssot {

/// Receives the compliant uses checks report on this thread.
class CompliantUseSink {
public:
  virtual ~CompliantUseSink() = default;
  /// A use of check \p Check's designated declarations at \p Loc (a file
  /// location) that the check accepts.
  virtual void compliantUse(llvm::StringRef Check, clang::SourceLocation Loc,
                            const clang::SourceManager &SM) = 0;
};

/// The sink installed on this thread, if any.
CompliantUseSink *compliantUseSink();

/// Installs \p Sink on this thread for its lifetime (the previous one after).
class ScopedCompliantUseSink {
public:
  explicit ScopedCompliantUseSink(CompliantUseSink &Sink);
  ~ScopedCompliantUseSink();
  ScopedCompliantUseSink(const ScopedCompliantUseSink &) = delete;
  ScopedCompliantUseSink &operator=(const ScopedCompliantUseSink &) = delete;

private:
  CompliantUseSink *Previous;
};

} // namespace ssot

#endif
