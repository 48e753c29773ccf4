// __has_include at the top of the main file. clangd replays only the
// preamble's inclusion directives to the check, so there the check reads an
// `#if __has_include(...)` of the preamble from the text; every other host
// sees it as it is evaluated. Only an #if outside every other conditional
// is read from the text (its condition is always evaluated).
// RUN: %check_ssot %s ssot-relative-include %t -- -- -std=c++17 -I %t.dir/Inputs/src

#if __has_include("./Inputs/src/util.h")
// CHECK-MESSAGES: :[[@LINE-1]]:19: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#if __has_include("util.h"){{$}}
#include "util.h"
#endif
#if defined(__cplusplus) && __has_include( <core/config.h> )
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#if defined(__cplusplus) && __has_include( "core/config.h" ){{$}}
#include "core/config.h"
#endif
// Rooted names and system headers: nothing.
#if __has_include("core/config.h") && __has_include(<stddef.h>)
#endif
// Not evaluated (a skipped branch): nothing, in every host.
#if 0
#if __has_include("./Inputs/src/util.h")
#endif
#endif

int use() { return src_util() + config_value(); }
