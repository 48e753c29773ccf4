// Every form of naming an internal declaration of another component, each
// reported once per function at its first use; the bridge's interface and
// look-alikes are not reported.
// RUN: %check_ssot %s ssot-bridge-bypass %t -- -config="{CheckOptions: {ssot-bridge-bypass.Components: 'websocket=%t.dir;agents=%t.dir/Inputs/agents;tools=%t.dir/Inputs/tools', ssot-bridge-bypass.Bridges: 'agents=::agents::AgentWebSocketBridge;tools=::tools::api'}}" -- -std=c++17 -I%ssot_include

#include "Inputs/agents/bridge.h"
#include "Inputs/agents/queue.h"
#include "Inputs/tools/api.h"
#include <cstddef>

// The bridge, its public members and the types its signatures name.
int throughBridge(int Job) {
  agents::AgentWebSocketBridge &Bridge = agents::AgentWebSocketBridge::instance();
  agents::Result R = Bridge.submit(Job);
  return R.ok() ? R.Code : -1;
}

// A variable of an internal type, a member call through it, a static member.
int directEngine(int Job) {
  agents::ExecutionEngine Engine;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'agents::ExecutionEngine' belongs to component 'agents'; component 'websocket' reaches it only through its bridge 'agents::AgentWebSocketBridge' [ssot-bridge-bypass]
  agents::ExecutionEngine Second; // the same declaration, same function: once
  Engine.Threads = agents::ExecutionEngine::defaultThreads();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'agents::ExecutionEngine::Threads' belongs to component 'agents'
  // CHECK-MESSAGES: :[[@LINE-2]]:45: warning: 'agents::ExecutionEngine::defaultThreads' belongs to component 'agents'
  return Engine.run(Job) + Second.run(Job);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'agents::ExecutionEngine::run' belongs to component 'agents'
}

// A free function, an enumerator, new, sizeof and decltype.
std::size_t forms(int Job) {
  int Twice = agents::schedule(Job);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'agents::schedule' belongs to component 'agents'
  auto M = agents::Mode::Fast;
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: 'agents::Mode' belongs to component 'agents'
  // CHECK-MESSAGES: :[[@LINE-2]]:26: warning: 'agents::Mode::Fast' belongs to component 'agents'
  auto *Heap = new agents::ExecutionEngine();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: 'agents::ExecutionEngine' belongs to component 'agents'
  delete Heap;
  decltype(agents::schedule(1)) Copy = Twice; // reported above already
  return sizeof(agents::Trace) + static_cast<std::size_t>(M) + Copy;
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'agents::Trace' belongs to component 'agents'
}

// A base class and a member of an internal type.
struct Session : agents::ExecutionEngine {
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: 'agents::ExecutionEngine' belongs to component 'agents'
  agents::Trace Last;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'agents::Trace' belongs to component 'agents'
};

// An internal template instantiated here, with a type of this component.
struct Message {
  int Id = 0;
};
int queue() {
  agents::Queue<Message> Pending;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'agents::Queue' belongs to component 'agents'
  Pending.push(Message{});
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'agents::Queue::push' belongs to component 'agents'
  return Pending.Last.Id;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: 'agents::Queue<Message>::Last' belongs to component 'agents'
}

// A lambda capturing an internal object: the lambda is part of its function.
int lambda(int Job) {
  agents::ExecutionEngine Engine;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'agents::ExecutionEngine' belongs to component 'agents'
  auto Run = [Engine, Job]() mutable { return Engine.run(Job); };
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: 'agents::ExecutionEngine::run' belongs to component 'agents'
  return Run();
}

// A using-declaration, and a using-directive with the names it opens.
using agents::schedule;
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'agents::schedule' belongs to component 'agents'
int opened(int Job) {
  using namespace agents;
  ExecutionEngine Engine;
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: 'agents::ExecutionEngine' belongs to component 'agents'
  return Engine.Threads + Job;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: 'agents::ExecutionEngine::Threads' belongs to component 'agents'
}

// A friend declaration names the class it befriends.
class Monitor {
  friend class agents::ExecutionEngine;
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'agents::ExecutionEngine' belongs to component 'agents'
  int Count = 0;
};

// Macros from the other component's header: reported only where this file's
// text names the declaration.
int macros(int Job) {
  int A = AGENTS_SCHEDULE(Job); // the macro's body names agents::schedule
  return A + AGENTS_CALL(agents::schedule, Job);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'agents::schedule' belongs to component 'agents'
}

// A namespace bridge: its members and the types their signatures name are
// the interface; a sibling namespace is not.
int namespaceBridge() {
  tools::Token T = tools::api::tokenize(1);
  return T.Kind + tools::detail::parse(2).Kind;
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: 'tools::detail::parse' belongs to component 'tools'; component 'websocket' reaches it only through its bridge 'tools::api'
}

// Look-alikes: the same spelling in this component's own namespace.
namespace websocket {
class ExecutionEngine {
public:
  int run(int Job) { return Job; }
};
inline int schedule(int Job) { return Job; }
int lookalike(int Job) {
  ExecutionEngine Engine;
  return Engine.run(Job) + schedule(Job);
}
} // namespace websocket

// The bridge itself is named freely, in any form.
std::size_t sizes() { return sizeof(agents::AgentWebSocketBridge); }
