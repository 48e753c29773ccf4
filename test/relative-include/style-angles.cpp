// Style: angles wants <...> for project headers, and leaves angled rooted
// names alone.
// RUN: %check_ssot %s ssot-relative-include %t -- -config="{CheckOptions: {ssot-relative-include.Style: angles}}" -- -std=c++17 -I %t.dir/Inputs/src -I %t.dir/Inputs/lib
// RUN: %check_ssot %t.dir/style-angles.cpp ssot-relative-include %t.again -- -config="{CheckOptions: {ssot-relative-include.Style: angles}}" -- -std=c++17 -I %t.dir/Inputs/src -I %t.dir/Inputs/lib

#include "core/config.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'core/config.h' is a project header included with quotes; include it as <core/config.h> (rooted at '{{.*}}Inputs/src') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include <core/config.h>{{$}}
#include "./Inputs/lib/net/socket.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/lib/net/socket.h' is a relative include; include it as <net/socket.h> (rooted at '{{.*}}Inputs/lib') [ssot-relative-include]
// CHECK-FIXES: {{^}}#include <net/socket.h>{{$}}
#include <util.h>

int use() { return config_value() + socket_open() + src_util(); }
