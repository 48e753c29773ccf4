//===--- CompliantUses.cpp - uses a check accepts, for the audit ----------===//
#include "lib/analysis/CompliantUses.h"

namespace ssot {

static thread_local CompliantUseSink *Installed = nullptr;

CompliantUseSink *compliantUseSink() { return Installed; }

ScopedCompliantUseSink::ScopedCompliantUseSink(CompliantUseSink &Sink)
    : Previous(Installed) {
  Installed = &Sink;
}

ScopedCompliantUseSink::~ScopedCompliantUseSink() { Installed = Previous; }

} // namespace ssot
