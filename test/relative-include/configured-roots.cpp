// Roots configured (absolute here; relative ones are in config-relative-roots.test):
// only those are roots, so a header elsewhere has no rooted spelling, a
// shadowed spelling with no other root gets no fix, and a root that is not
// on the include path resolves nothing. Each is reported without a fix and
// says why.
// -header-filter=.* is clang-tidy 22's default; 19's ('') would hide the findings in headers.
// RUN: %check_ssot %s ssot-relative-include %t -- -header-filter=.* -config="{CheckOptions: {ssot-relative-include.Roots: '%t.dir/Inputs/src; %t.dir/Inputs/lib ;%t.dir/Inputs/outside'}}" -- -std=c++17 -I %t.dir/Inputs/src -I %t.dir/Inputs/lib

// CHECK-MESSAGES: Inputs{{[/\\]}}src{{[/\\]}}app{{.*}}app.h:4:10: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
#include "./Inputs/src/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "util.h"{{$}}
#include "./Inputs/lib/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/lib/util.h' is a relative include; no rooted spelling reaches it: "util.h" (rooted at '{{.*}}Inputs/lib') finds '{{.*}}Inputs/src{{[/\\]}}util.h' first [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "./Inputs/lib/util.h"{{$}}
#include "./Inputs/outside/outside.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/outside/outside.h' is a relative include; no rooted spelling reaches it: "outside.h" (rooted at '{{.*}}Inputs/outside') finds nothing (the root is not on the include path) [ssot-relative-include]
#include "Inputs/src/app/../app/app.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Inputs/src/app/../app/app.h' is a relative include; include it as "app/app.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// The test folder is on the include path but not a root: not flagged.
#include "Inputs/src/core/config.h"

int use() { return src_util() + lib_util() + outside() + app(); }
