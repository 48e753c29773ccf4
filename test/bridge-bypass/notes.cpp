// Each report points at the declaration and at the component's bridge.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge'}}" -- -std=c++17

#include "Inputs/agents/bridge.h"

int run() { return agents::schedule(1); }
// CHECK-NOTES: :[[@LINE-1]]:28: warning: 'agents::schedule' belongs to component 'agents'; component 'websocket' reaches it only through its bridge 'agents::AgentWebSocketBridge' [ssot-bridge-bypass]
// CHECK-NOTES: Inputs{{[/\\]}}agents{{[/\\]}}engine.h:11:12: note: 'agents::schedule' declared here
// CHECK-NOTES: Inputs{{[/\\]}}agents{{[/\\]}}bridge.h:7:7: note: bridge of component 'agents' declared here
