// Twins inside an included header are reported when the header filter shows
// that header. This file itself is clean, so the HIDDEN run (which expects no
// diagnostic at all) fails if the header leaks.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=SHOWN -- -header-filter=.* -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=HIDDEN -- -header-filter=^$ -- -std=c++17 -I %ssot_include

#include "Inputs/twins_in_header.h"
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}twins_in_header.h:4:13: warning: function 'ParseBool' is a twin of the designated utility 'core::parse_bool' (the same name in PascalCase)
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}twins_in_header.h:5:12: warning: function 'retryHeader' is a renamed clone of the designated utility 'core::retry_with_timeout'

// The utilities are known from this file's calls.
bool useBoth(int (*op)()) {
  return core::parse_bool("1", false) && core::retry_with_timeout(op, 1, 1) == 0;
}
