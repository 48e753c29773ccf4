#ifndef AGENTS_RESULT_H
#define AGENTS_RESULT_H
namespace agents {
// Returned by the bridge, so part of its interface.
struct Result {
  int Code = 0;
  bool ok() const { return Code == 0; }
};
// Not named by the bridge's signatures.
struct Trace {
  int Steps = 0;
};
} // namespace agents
#endif
