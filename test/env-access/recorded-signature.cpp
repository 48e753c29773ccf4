// A fix-it is verified against the accessor's declaration; a unit that does
// not include the accessor's header can verify it against the signature a
// recording run wrote (option RecordSignatures, over a unit that includes the
// header) into the FingerprintDirectory. The fix then also includes the
// recorded header, and the fixed copy compiles.
// RECORDED: the record is read: fixes where the recorded `const char *`
//   result fits, none (saying why) where the code keeps a mutable `char *`.
// MUTABLE: only the read kept as a mutable `char *`, so that its notes can be
//   checked: no fix, and the note names the recorded result type.
// UNRECORDED: no directory, no record: no fix, as before.
// RUN: rm -rf %t.fp %t.dir && mkdir -p %t.dir && cp -r %S/Inputs %t.dir/
// RUN: %clang_tidy_ssot --checks=-*,ssot-env-access %t.dir/Inputs/sigrec/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.FingerprintDirectory: '%t.fp', ssot-env-access.RecordSignatures: 'true'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=RECORDED -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.FingerprintDirectory: '%t.fp'}}"
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=MUTABLE -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.FingerprintDirectory: '%t.fp'}}" -- -DMUTABLE
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=UNRECORDED -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"

#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-RECORDED: {{^}}#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-RECORDED-NEXT: {{^}}#include "Inputs/sigrec/env.h"
// CHECK-FIXES-MUTABLE-NOT: #include "Inputs/sigrec/env.h"

#ifndef MUTABLE

bool hasUser() { return getenv("USER") != nullptr; }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
// CHECK-FIXES-RECORDED: bool hasUser() { return ::cfg::env("USER") != nullptr; }
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:25: note: no fix-it: the accessor 'cfg::env' is not declared in this translation unit{{$}}

const char *home() { return std::getenv("HOME"); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:29: warning: direct environment access through 'getenv'
// CHECK-FIXES-RECORDED: const char *home() { return ::cfg::env("HOME"); }
// CHECK-NOTES-UNRECORDED: :[[@LINE-3]]:29: warning: direct environment access
// CHECK-NOTES-UNRECORDED: :[[@LINE-4]]:29: note: no fix-it: the accessor 'cfg::env' is not declared

int debug() {
  if (getenv("DEBUG"))
    return 1;
  return 0;
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-4]]:7: warning: direct environment access through 'getenv'
// CHECK-FIXES-RECORDED: if (::cfg::env("DEBUG"))
// CHECK-NOTES-UNRECORDED: :[[@LINE-6]]:7: warning: direct environment access
// CHECK-NOTES-UNRECORDED: :[[@LINE-7]]:7: note: no fix-it: the accessor 'cfg::env' is not declared

#endif
// The recorded result is `const char *`; this code keeps a mutable pointer.
void noColor() {
  char *value = getenv("NO_COLOR");
  (void)value;
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-3]]:17: warning: direct environment access through 'getenv'
// CHECK-NOTES-MUTABLE: :[[@LINE-4]]:17: warning: direct environment access through 'getenv'
// CHECK-NOTES-MUTABLE: :[[@LINE-5]]:17: note: no fix-it: 'cfg::env' cannot replace this call: its result type 'const char *' cannot stand where 'char *' is used here (as recorded from '{{.*}}Inputs{{[/\\]}}sigrec{{[/\\]}}env.h')
// CHECK-FIXES-RECORDED: char *value = getenv("NO_COLOR");
// CHECK-NOTES-UNRECORDED: :[[@LINE-7]]:17: warning: direct environment access
// CHECK-NOTES-UNRECORDED: :[[@LINE-8]]:17: note: no fix-it: the accessor 'cfg::env' is not declared

#ifndef MUTABLE
// Not a single-name read: reported without a fix, record or not.
void set() { setenv("A", "1", 1); }
// CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:14: warning: direct environment access through 'setenv'
// CHECK-NOTES-UNRECORDED: :[[@LINE-2]]:14: warning: direct environment access through 'setenv'
#endif
