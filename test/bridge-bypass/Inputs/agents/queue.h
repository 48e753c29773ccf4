#ifndef AGENTS_QUEUE_H
#define AGENTS_QUEUE_H
namespace agents {
// An internal template: instantiated from another component, it is still
// named there.
template <typename T> class Queue {
public:
  void push(T Value) { Last = Value; }
  T Last{};
};
} // namespace agents
#endif
