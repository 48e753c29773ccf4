// A macro of a third component that names another component's internal is
// that component's reference: reported where the macro spells it (shown with
// the header filter), never at the expansion site in this file.
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=SHOWN -- -header-filter=.* -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents;tools=%t.dir/Inputs/tools', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge;tools=::tools::api'}}" -- -std=c++17
// RUN: %check_ssot %s ssot-bridge-bypass %t -check-suffix=HIDDEN -- -header-filter=^$ -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents;tools=%t.dir/Inputs/tools', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge;tools=::tools::api'}}" -- -std=c++17

#include "Inputs/agents/bridge.h"
#include "Inputs/tools/api.h"

int expand(int Job) { return TOOLS_SCHEDULE(Job); }
// CHECK-MESSAGES-SHOWN: Inputs{{[/\\]}}tools{{[/\\]}}api.h:17:39: warning: 'agents::schedule' belongs to component 'agents'; component 'tools' reaches it only through its bridge 'agents::AgentWebSocketBridge' [ssot-bridge-bypass]
// The HIDDEN run expects no diagnostic at all; make it check something.
// CHECK-FIXES-HIDDEN: int expand(int Job) { return TOOLS_SCHEDULE(Job); }
