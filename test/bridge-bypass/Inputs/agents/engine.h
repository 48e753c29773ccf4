// Internal to component 'agents': only the bridge may hand it out.
#ifndef AGENTS_ENGINE_H
#define AGENTS_ENGINE_H
namespace agents {
class ExecutionEngine {
public:
  int run(int Job) { return Job + Threads; }
  static int defaultThreads() { return 4; }
  int Threads = 1;
};
inline int schedule(int Job) { return Job * 2; }
enum class Mode { Fast, Safe };
} // namespace agents
// Names an internal function inside the macro's own body: the expansion
// site in another component never spells it.
#define AGENTS_SCHEDULE(Job) ::agents::schedule(Job)
// Takes the name from the caller: the expansion names what the caller wrote.
#define AGENTS_CALL(Fn, Arg) Fn(Arg)
#endif
