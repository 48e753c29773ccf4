// A component without a bridge: nothing of it may be named from outside,
// and the diagnostic says how to designate one.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;tools=%t.dir/Inputs/tools'}}" -- -std=c++17

#include "Inputs/tools/api.h"

int use() { return tools::api::tokenize(1).Kind; }
// CHECK-MESSAGES: :[[@LINE-1]]:32: warning: 'tools::api::tokenize' belongs to component 'tools'; component 'websocket' may not name it, and 'tools' has no bridge (set option 'Bridges' or annotate one with 'ssot::bridge') [ssot-bridge-bypass]
// CHECK-MESSAGES: :[[@LINE-2]]:44: warning: 'tools::Token::Kind' belongs to component 'tools'
