// Including another component's internal header: replaced by its bridge
// header when that header brings the internal one along (so the unit still
// compiles), otherwise reported without a fix. Bridge headers themselves and
// the component's own includes are fine.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge', ssot-bridge-bypass.BridgeHeaders: 'agents=Inputs/agents/bridge.h'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/agents/result.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Inputs/agents/result.h' is internal to component 'agents'; include its bridge header 'Inputs/agents/bridge.h' [ssot-bridge-bypass]
// CHECK-FIXES: #include "Inputs/agents/bridge.h"
#include "Inputs/agents/private.h"
// CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'Inputs/agents/private.h' is internal to component 'agents'; include its bridge header 'Inputs/agents/bridge.h' [ssot-bridge-bypass]
// CHECK-FIXES: #include "Inputs/agents/private.h"
#include "Inputs/agents/bridge.h"
// Not a component here: its headers are not checked.
#include "Inputs/tools/api.h"

int use() {
  agents::Result R = agents::AgentWebSocketBridge::instance().submit(1);
  return R.Code + tools::api::tokenize(1).Kind + agents::secret();
  // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: 'agents::secret' belongs to component 'agents'
}
