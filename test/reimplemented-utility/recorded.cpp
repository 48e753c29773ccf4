// A utility defined in another file is compared through its recorded
// fingerprint: one run over the utility's own file records it, later runs
// read the directory. Without the record the clone cannot be seen.
// RUN: rm -rf %t.fp
// RUN: %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %S/Inputs/recorded/time.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp', ssot-reimplemented-utility.RecordFingerprints: 'true'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=RECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=UNRECORDED -- -- -std=c++17 -I %ssot_include

#include "Inputs/recorded/time.h"

// Nothing in this file mentions core::backoff_delay: the record names it.
namespace net {
int reconnectDelay(int tries, int firstMs, int maxMs) {
  if (tries <= 0)
    return 0;
  int wait = firstMs;
  for (int k = 1; k < tries; ++k)
    wait *= 2;
  if (wait > maxMs)
    wait = maxMs;
  return wait;
}
// CHECK-NOTES-RECORDED: :[[@LINE-10]]:5: warning: function 'reconnectDelay' is a renamed clone of the designated utility 'core::backoff_delay'; call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES-RECORDED: Inputs{{[/\\]}}recorded{{[/\\]}}time.h:5:18: note: designated utility 'core::backoff_delay' declared here

// A name twin found through the record as well.
int BackoffDelay(int attempt);
// CHECK-NOTES-RECORDED: :[[@LINE-1]]:5: warning: function 'BackoffDelay' is a twin of the designated utility 'core::backoff_delay' (the same name in PascalCase)
// CHECK-NOTES-RECORDED: note: designated utility 'core::backoff_delay' declared here

// The same loop with other logic: not a clone.
int totalDelay(int tries, int firstMs) {
  int sum = 0;
  for (int k = 0; k < tries; ++k)
    sum += firstMs * k;
  return sum;
}
} // namespace net
// The UNRECORDED run has no expectations: it must report nothing, since
// neither the clone nor the twin can be told without the record.
