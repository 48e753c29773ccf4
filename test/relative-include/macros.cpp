// A file name produced by a macro is reported with the spelling to use, and
// never rewritten: the macro may be used elsewhere. In the preamble (clangd
// replays this directive with a range over the macro's name) and after it.
// RUN: %check_ssot %s ssot-relative-include %t -- -- -std=c++17 -I %t.dir/Inputs/src

#define UTIL_HEADER "./Inputs/src/util.h"
#include UTIL_HEADER
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src'); not fixed: the name is written by a macro [ssot-relative-include]
// CHECK-FIXES: {{^}}#include UTIL_HEADER{{$}}

int declaredFirst();

#define CONFIG_HEADER <core/config.h>
#include CONFIG_HEADER
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src'); not fixed: the name is written by a macro [ssot-relative-include]
// CHECK-FIXES: {{^}}#include CONFIG_HEADER{{$}}

#define HAS_UTIL __has_include("./Inputs/src/util.h")
#if HAS_UTIL
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src'); not fixed: the name is written by a macro [ssot-relative-include]
#endif
// CHECK-FIXES: {{^}}#define HAS_UTIL __has_include("./Inputs/src/util.h"){{$}}

// A macro that expands to a rooted name is fine.
#define ROOTED "core/config.h"
#include ROOTED

int use() { return src_util() + config_value(); }
