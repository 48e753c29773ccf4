// Why a layer offers no fix: the note at the call names the reader it is
// about, and a second note points at that reader's declaration.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::has;::cfg::env'}}"

#include "Inputs/layer.h"

char *kept() { return getenv("K"); }
// CHECK-NOTES: :[[@LINE-1]]:23: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::has' [ssot-env-access]
// CHECK-NOTES: :[[@LINE-2]]:23: note: no fix-it: 'cfg::has' cannot replace this call: its result type 'bool' cannot stand where 'char *' is used here
// CHECK-NOTES: Inputs{{[/\\]}}layer.h:6:6: note: designated accessor declared here

const char *read() { return getenv("R"); }
// CHECK-NOTES: :[[@LINE-1]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::has' [ssot-env-access]
// CHECK-NOTES: :[[@LINE-2]]:29: note: FIX-IT applied suggested code changes
// CHECK-NOTES: Inputs{{[/\\]}}layer.h:7:13: note: designated accessor declared here
// CHECK-FIXES: const char *read() { return ::cfg::env("R"); }
