// A header under none of the roots: a relative spelling is still reported
// (without a fix); quoted-next-to-includer and delimiter rules do not apply.
// RUN: %check_ssot %s ssot-relative-include %t -- -config="{CheckOptions: {ssot-relative-include.Roots: '%t.dir/Inputs/src'}}" -- -std=c++17 -I %t.dir/Inputs/src -I %t.dir/Inputs/lib

#include "./Inputs/outside/outside.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: './Inputs/outside/outside.h' is a relative include; it is under none of the include roots, so it has no rooted spelling [ssot-relative-include]
#include <net/socket.h>
#include "Inputs/lib/util.h"

int use() { return outside() + socket_open() + lib_util(); }
