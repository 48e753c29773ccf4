// A fix is offered only when a declaration of the accessor in this
// translation unit shows that the rewritten call compiles.
// HIDDEN: the header is not included, so nothing shows what 'cfg::env'
//   takes or returns: each read is reported without a fix, and a note at the
//   call says why and which header to include.
// VISIBLE: the header is included, the reads are verified and rewritten, and
//   no second include is added (the accessor is already reachable).
// LATE: the accessor is declared only after the calls: the fix is verified
//   against that declaration and inserts the header so that it compiles.
// Boolean uses (compared, tested, negated) get the fix since a `const char *`
// converts as well as the `char *` did.
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=HIDDEN -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.AccessorHeader: 'Inputs/config.h'}}"
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=NOHEADER -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=VISIBLE -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.AccessorHeader: 'Inputs/config.h'}}" -- -DVISIBLE
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=LATE -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.AccessorHeader: 'Inputs/config.h'}}" -- -DLATE
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=LATENOHEADER -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}" -- -DLATE

#include "Inputs/fake_stdlib.h"
#ifdef VISIBLE
#include "Inputs/config.h"
#endif
// CHECK-FIXES-VISIBLE: {{^}}#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-VISIBLE-NEXT: {{^}}#ifdef VISIBLE
// CHECK-FIXES-LATE: {{^}}#include "Inputs/config.h"
// CHECK-FIXES-LATE-NEXT: {{^}}#include "Inputs/fake_stdlib.h"

bool hasUser() { return getenv("USER") != nullptr; }
// CHECK-NOTES-HIDDEN: :[[@LINE-1]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
// CHECK-NOTES-HIDDEN: :[[@LINE-2]]:25: note: no fix-it: the accessor 'cfg::env' is not declared in this translation unit; include 'Inputs/config.h'
// CHECK-FIXES-HIDDEN: bool hasUser() { return getenv("USER") != nullptr; }
// CHECK-NOTES-NOHEADER: :[[@LINE-4]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
// CHECK-NOTES-NOHEADER: :[[@LINE-5]]:25: note: no fix-it: the accessor 'cfg::env' is not declared in this translation unit{{$}}
// CHECK-MESSAGES-VISIBLE: :[[@LINE-6]]:25: warning: direct environment access through 'getenv'
// CHECK-FIXES-VISIBLE: bool hasUser() { return ::cfg::env("USER") != nullptr; }
// CHECK-MESSAGES-LATE: :[[@LINE-8]]:25: warning: direct environment access through 'getenv'
// CHECK-FIXES-LATE: bool hasUser() { return ::cfg::env("USER") != nullptr; }
// CHECK-NOTES-LATENOHEADER: :[[@LINE-10]]:25: warning: direct environment access through 'getenv'
// CHECK-NOTES-LATENOHEADER: :[[@LINE-11]]:25: note: no fix-it: 'cfg::env' cannot replace this call: it is declared only after this call
// CHECK-NOTES-LATENOHEADER: Inputs{{[/\\]}}config.h:5:13: note: designated accessor declared here

bool unset() { return !getenv("NO_COLOR"); }
// CHECK-MESSAGES-VISIBLE: :[[@LINE-1]]:24: warning: direct environment access through 'getenv'
// CHECK-FIXES-VISIBLE: bool unset() { return !::cfg::env("NO_COLOR"); }
// CHECK-FIXES-HIDDEN: bool unset() { return !getenv("NO_COLOR"); }
// CHECK-NOTES-HIDDEN: :[[@LINE-4]]:24: warning: direct environment access
// CHECK-NOTES-HIDDEN: :[[@LINE-5]]:24: note: no fix-it: the accessor 'cfg::env'
// CHECK-NOTES-NOHEADER: :[[@LINE-6]]:24: warning: direct environment access
// CHECK-NOTES-NOHEADER: :[[@LINE-7]]:24: note: no fix-it: the accessor 'cfg::env'
// CHECK-MESSAGES-LATE: :[[@LINE-8]]:24: warning: direct environment access
// CHECK-NOTES-LATENOHEADER: :[[@LINE-9]]:24: warning: direct environment access
// CHECK-NOTES-LATENOHEADER: :[[@LINE-10]]:24: note: no fix-it: 'cfg::env' cannot replace this call: it is declared only after this call
// CHECK-NOTES-LATENOHEADER: Inputs{{[/\\]}}config.h:5:13: note: designated accessor declared here

int tested(const char *fallback) {
  if (getenv("DEBUG"))
    // CHECK-MESSAGES-VISIBLE: :[[@LINE-1]]:7: warning: direct environment access through 'getenv'
    // CHECK-FIXES-VISIBLE: if (::cfg::env("DEBUG"))
    // CHECK-NOTES-HIDDEN: :[[@LINE-3]]:7: warning: direct environment access
    // CHECK-NOTES-HIDDEN: :[[@LINE-4]]:7: note: no fix-it: the accessor 'cfg::env'
    // CHECK-NOTES-NOHEADER: :[[@LINE-5]]:7: warning: direct environment access
    // CHECK-NOTES-NOHEADER: :[[@LINE-6]]:7: note: no fix-it: the accessor 'cfg::env'
    // CHECK-MESSAGES-LATE: :[[@LINE-7]]:7: warning: direct environment access
    // CHECK-NOTES-LATENOHEADER: :[[@LINE-8]]:7: warning: direct environment access
    // CHECK-NOTES-LATENOHEADER: :[[@LINE-9]]:7: note: no fix-it: 'cfg::env' cannot replace this call: it is declared only after this call
    // CHECK-NOTES-LATENOHEADER: Inputs{{[/\\]}}config.h:5:13: note: designated accessor declared here
    return 1;
  return getenv("A") == fallback;
  // CHECK-MESSAGES-VISIBLE: :[[@LINE-1]]:10: warning: direct environment access through 'getenv'
  // CHECK-FIXES-VISIBLE: return ::cfg::env("A") == fallback;
  // CHECK-NOTES-HIDDEN: :[[@LINE-3]]:10: warning: direct environment access
  // CHECK-NOTES-HIDDEN: :[[@LINE-4]]:10: note: no fix-it: the accessor 'cfg::env'
  // CHECK-NOTES-NOHEADER: :[[@LINE-5]]:10: warning: direct environment access
  // CHECK-NOTES-NOHEADER: :[[@LINE-6]]:10: note: no fix-it: the accessor 'cfg::env'
  // CHECK-MESSAGES-LATE: :[[@LINE-7]]:10: warning: direct environment access
  // CHECK-NOTES-LATENOHEADER: :[[@LINE-8]]:10: warning: direct environment access
  // CHECK-NOTES-LATENOHEADER: :[[@LINE-9]]:10: note: no fix-it: 'cfg::env' cannot replace this call: it is declared only after this call
  // CHECK-NOTES-LATENOHEADER: Inputs{{[/\\]}}config.h:5:13: note: designated accessor declared here
}

// Kept as a mutable `char *`: the visible `const char *` accessor cannot
// stand there, and the note at the call says so.
char *kept() { return getenv("K"); }
// CHECK-MESSAGES-VISIBLE: :[[@LINE-1]]:23: warning: direct environment access through 'getenv'
// CHECK-FIXES-VISIBLE: char *kept() { return getenv("K"); }
// CHECK-MESSAGES-LATE: :[[@LINE-3]]:23: warning: direct environment access through 'getenv'
// CHECK-FIXES-LATE: char *kept() { return getenv("K"); }
// CHECK-NOTES-HIDDEN: :[[@LINE-5]]:23: warning: direct environment access
// CHECK-NOTES-HIDDEN: :[[@LINE-6]]:23: note: no fix-it: the accessor 'cfg::env'
// CHECK-NOTES-NOHEADER: :[[@LINE-7]]:23: warning: direct environment access
// CHECK-NOTES-NOHEADER: :[[@LINE-8]]:23: note: no fix-it: the accessor 'cfg::env'
// CHECK-NOTES-LATENOHEADER: :[[@LINE-9]]:23: warning: direct environment access
// CHECK-NOTES-LATENOHEADER: :[[@LINE-10]]:23: note: no fix-it: 'cfg::env' cannot replace this call: its result type 'const char *' cannot stand where 'char *' is used here
// CHECK-NOTES-LATENOHEADER: Inputs{{[/\\]}}config.h:5:13: note: designated accessor declared here

#ifdef LATE
#include "Inputs/config.h"
#endif
