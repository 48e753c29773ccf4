// Files outside every component are checked by default (CheckOutside), in
// the main file and in headers; with CheckOutside false they are not.
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=ON -- -header-filter=.* -config="{CheckOptions: {ssot-bridge-bypass.Components: 'agents=%t.dir/Inputs/agents', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=OFF -- -header-filter=.* -config="{CheckOptions: {ssot-bridge-bypass.Components: 'agents=%t.dir/Inputs/agents', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge', ssot-bridge-bypass.CheckOutside: 'false'}}" -- -std=c++17

#include "Inputs/outside/main_helpers.h"
// CHECK-MESSAGES-ON: Inputs{{[/\\]}}outside{{[/\\]}}main_helpers.h:6:11: warning: 'agents::ExecutionEngine' belongs to component 'agents'; code outside the components reaches it only through its bridge 'agents::AgentWebSocketBridge' [ssot-bridge-bypass]
// CHECK-MESSAGES-ON: Inputs{{[/\\]}}outside{{[/\\]}}main_helpers.h:7:17: warning: 'agents::ExecutionEngine::run' belongs to component 'agents'

int main() { return outsideHelper() + agents::schedule(2); }
// CHECK-MESSAGES-ON: :[[@LINE-1]]:47: warning: 'agents::schedule' belongs to component 'agents'; code outside the components reaches it only through its bridge 'agents::AgentWebSocketBridge'
// The OFF run expects no diagnostic at all; make it check something.
// CHECK-FIXES-OFF: int main() { return outsideHelper() + agents::schedule(2); }
