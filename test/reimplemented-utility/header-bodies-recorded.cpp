// Utilities defined inline in a header: clangd skips the bodies of functions
// in headers, so there the check uses the recorded fingerprint instead; the
// other hosts see the body and use it directly. The verdict is the same in
// every host.
// RUN: rm -rf %t.fp
// RUN: %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %S/Inputs/record_util.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp', ssot-reimplemented-utility.RecordFingerprints: 'true'}}" \
// RUN:   -- -std=c++17 -I %ssot_include -I %S
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17 -I %ssot_include

#include "Inputs/util.h"

int tryRepeatedly(int (*op)(), int n, int limit) {
  int spent = 0;
  for (int k = 0; k < n; ++k) {
    int status = op();
    if (status == 0)
      return 0;
    spent += 10;
    if (spent > limit)
      break;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-12]]:5: warning: function 'tryRepeatedly' is a renamed clone of the designated utility 'core::retry_with_timeout'; call the utility instead [ssot-reimplemented-utility]

int useIt(int (*op)()) { return core::retry_with_timeout(op, 2, 2); }
