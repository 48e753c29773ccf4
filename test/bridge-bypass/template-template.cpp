// Instantiating another component's template with this component's template
// is not a reference from that component's text (shown with the header
// filter: nothing is reported in Inputs/tools/apply.h).
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -header-filter=.* -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;tools=%t.dir/Inputs/tools', ssot-bridge-bypass.Bridges: 'tools=::tools::Apply'}}" -- -std=c++17

#include "Inputs/tools/apply.h"

template <typename T> struct Box {
  T Value;
};
int size() { return tools::Apply<Box, int>::size(); }
// CHECK-FIXES: int size() { return tools::Apply<Box, int>::size(); }
