// When the visible accessor cannot replace a getenv call, the call is reported
// with a note at the call that says why and a note at the accessor's
// declaration, and the file is left unchanged.
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=ARITY -- -config="{CheckOptions: {ssot-env-access.Accessor: '::two::env'}}" -- -std=c++17 -DARITY
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=STRING -- -config="{CheckOptions: {ssot-env-access.Accessor: '::str::env'}}" -- -std=c++17 -DSTRING
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=MUTABLE -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}" -- -std=c++17 -DMUTABLE

#include "Inputs/fake_stdlib.h"
#include "Inputs/incompatible_accessors.h"

#ifdef ARITY
const char *arity() { return getenv("A"); }
// CHECK-NOTES-ARITY: :[[@LINE-1]]:30: warning: direct environment access through 'getenv' bypasses the designated accessor 'two::env' [ssot-env-access]
// CHECK-NOTES-ARITY: :[[@LINE-2]]:30: note: no fix-it: 'two::env' cannot replace this call: it does not take a single variable name
// CHECK-NOTES-ARITY: incompatible_accessors.h:3:29: note: designated accessor declared here
// CHECK-FIXES-ARITY: const char *arity() { return getenv("A"); }
#endif

#ifdef STRING
char *string() { return getenv("S"); }
// CHECK-NOTES-STRING: :[[@LINE-1]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'str::env' [ssot-env-access]
// CHECK-NOTES-STRING: :[[@LINE-2]]:25: note: no fix-it: 'str::env' cannot replace this call: its result type 'Str' cannot stand where 'char *' is used here
// CHECK-NOTES-STRING: incompatible_accessors.h:4:21: note: designated accessor declared here
// CHECK-FIXES-STRING: char *string() { return getenv("S"); }
#endif

#ifdef MUTABLE
void mutate() {
  char *p = getenv("M");
  // CHECK-NOTES-MUTABLE: :[[@LINE-1]]:13: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
  // CHECK-NOTES-MUTABLE: :[[@LINE-2]]:13: note: no fix-it: 'cfg::env' cannot replace this call: its result type 'const char *' cannot stand where 'char *' is used here
  // CHECK-NOTES-MUTABLE: incompatible_accessors.h:5:29: note: designated accessor declared here
  // CHECK-FIXES-MUTABLE: char *p = getenv("M");
  if (p)
    *p = 'x';
}
#endif
