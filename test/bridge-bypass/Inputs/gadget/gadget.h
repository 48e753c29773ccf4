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

protected:
  virtual void setUp() {}

private:
  friend class Peer;
  int Secret = 0;
};
// A test of gadget's own, declared a friend (as googletest's white-box
// tests are).
class Peer;
inline internal::Generator values(int First) { return {First}; }
namespace internal {
struct Expectation {
  Expectation &times(int) { return *this; }
  void willOnce(int) {}
};
inline Expectation expectation(int) { return {}; }
template <typename T> struct MatcherBase {
  bool matches(T) const { return true; }
};
} // namespace internal
// Public, with the public members of an internal base (googletest's
// Matcher<T> and internal::MatcherBase<T>).
template <typename T> class Matcher : public internal::MatcherBase<T> {};
} // namespace gadget
// Hands out an internal object whose members are the macro's API, as
// googletest's EXPECT_CALL(m, F()).Times(1).WillOnce(...).
#define GADGET_EXPECT(X) ::gadget::internal::expectation(X)
// Expands to gadget::internal in the user's file; the name is gadget's text.
#define GADGET_PRINT(X) ::gadget::internal::Printer<int>::print(X)
#endif
