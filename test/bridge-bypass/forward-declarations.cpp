// A class only declared (never defined) in the unit belongs to a component
// only when every declaration of it is in that component's files: another
// component's forward declaration of a class does not make it its own.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge'}}" -- -std=c++17

#include "Inputs/agents/forward.h"

namespace ext {
class Shared;
} // namespace ext

int shared(ext::Shared *S) { return S ? 1 : 0; }

int hidden(agents::Hidden *H) { return H ? 1 : 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'agents::Hidden' belongs to component 'agents'; component 'websocket' reaches it only through its bridge 'agents::AgentWebSocketBridge' [ssot-bridge-bypass]
