// The check works on C the same way; an -iquote directory is a root too.
// RUN: %check_ssot %s ssot-relative-include %t -- -- -std=c11 -I %t.dir/Inputs/src -iquote %t.dir/Inputs/lib
// RUN: %check_ssot %t.dir/c-language.c ssot-relative-include %t.again -- -- -std=c11 -I %t.dir/Inputs/src -iquote %t.dir/Inputs/lib

// -iquote directories come first for quoted names, so "util.h" would find
// Inputs/lib/util.h: the fix takes the next rooted spelling.
#include "./Inputs/src/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/src/util.h' is a relative include; include it as "Inputs/src/util.h" (rooted at '{{.*}}') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "Inputs/src/util.h"{{$}}
#include "Inputs/lib/net/../net/socket.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Inputs/lib/net/../net/socket.h' is a relative include; include it as "net/socket.h" (rooted at '{{.*}}Inputs/lib') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "net/socket.h"{{$}}
#include <core/config.h>
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include "core/config.h"{{$}}
#include "net/socket.h"
#include <stddef.h>

int use(void) { return src_util() + socket_open() + config_value(); }
