// Component 'gadget', laid out like googletest: the namespace gadget is its
// public API, gadget::internal its implementation, declared both here and in
// internal/.
#ifndef GADGET_GADGET_H
#define GADGET_GADGET_H
#include "internal/port.h"
namespace gadget {
namespace internal {
template <typename T> struct Printer {
  static int print(T) { return 0; }
};
struct Generator {
  int Next = 0;
};
} // namespace internal
class Test {
public:
  virtual ~Test() = default;
  int run() { return internal::Printer<int>::print(1); }
};
inline internal::Generator values(int First) { return {First}; }
} // namespace gadget
// Expands to gadget::internal in the user's file; the name is gadget's text.
#define GADGET_PRINT(X) ::gadget::internal::Printer<int>::print(X)
#endif
