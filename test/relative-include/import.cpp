// #import (Objective-C's include-once directive, which clang also accepts
// in C and C++) names headers the way #include does and is checked alike:
// only its file name is rewritten, the directive stays #import.
// RUN: %check_ssot %s ssot-relative-include %t -- -- -std=c++17 -I %t.dir/Inputs/src

#import "./Inputs/src/util.h"
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: './Inputs/src/util.h' is a relative include; include it as "util.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#import "util.h"{{$}}
#import <core/config.h>
// CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'core/config.h' is a project header included with angle brackets; include it as "core/config.h" (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#import "core/config.h"{{$}}
#import "core/config.h"

int use() { return src_util() + config_value(); }
