// The one way into component 'agents'.
#ifndef AGENTS_BRIDGE_H
#define AGENTS_BRIDGE_H
#include "engine.h"
#include "result.h"
namespace agents {
class AgentWebSocketBridge {
public:
  Result submit(int Job) {
    Result R;
    R.Code = Engine.run(Job) > 0 ? 0 : 1;
    return R;
  }
  static AgentWebSocketBridge &instance() {
    static AgentWebSocketBridge Bridge;
    return Bridge;
  }

private:
  ExecutionEngine Engine;
  int internalCounter() { return 0; }
};
} // namespace agents
#endif
