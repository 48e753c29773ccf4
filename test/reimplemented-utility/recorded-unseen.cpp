// A recorded utility whose declaration this file cannot see at all (it does
// not include the utility's header): the twins are still found, and the note,
// at the twin, names the record instead of a declaration.
// RUN: rm -rf %t.fp
// RUN: %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %S/Inputs/recorded/time.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp', ssot-reimplemented-utility.RecordFingerprints: 'true'}}" \
// RUN:   -- -std=c++17 -I %ssot_include
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17

int doubling(int n, int start, int limit) {
  if (n <= 0)
    return 0;
  int value = start;
  for (int i = 1; i < n; ++i)
    value *= 2;
  if (value > limit)
    value = limit;
  return value;
}
// CHECK-NOTES: :[[@LINE-10]]:5: warning: function 'doubling' is a renamed clone of the designated utility 'core::backoff_delay'; call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES: :[[@LINE-11]]:5: note: designated utility 'core::backoff_delay' as recorded in '{{.*}}core..backoff_delay.{{[0-9A-F]+}}.fp'

namespace retry {
int backoffDelay(int attempt);
// CHECK-NOTES: :[[@LINE-1]]:5: warning: function 'backoffDelay' is a twin of the designated utility 'core::backoff_delay' (the same name in camelCase)
// CHECK-NOTES: :[[@LINE-2]]:5: note: designated utility 'core::backoff_delay' as recorded in
} // namespace retry
