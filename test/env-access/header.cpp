// A violation inside a header is reported only when the header filter lets
// clang-tidy show that header's diagnostics. This file itself is clean, so the
// HIDDEN run (which expects no diagnostic at all) fails if the header leaks.
// (clang-tidy 22 shows all non-system headers by default, so the HIDDEN run
// names a filter that matches nothing.)
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=SHOWN -- -header-filter=.*
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=HIDDEN -- -header-filter=^$

#include "Inputs/uses_env.h"
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}uses_env.h:5:42: warning: direct environment access through 'getenv'
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}uses_env.h:6:38: warning: direct environment access through variable 'environ'

const char *user() { return headerHome(); }
