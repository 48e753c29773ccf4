// A designated primitive with the utility's name in another scope is not
// reported as the utility's twin: the designation already relates the two,
// and each call of the primitive is reported. Another function of that name
// still is a twin.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::pad=::text::pad'}}" \
// RUN:   -- -std=c++17

#include <string>

namespace text {
std::string pad(const std::string &S);
} // namespace text

namespace raw {
std::string pad(const std::string &S, int Width) {
  return S + std::string(static_cast<size_t>(Width), ' ');
}
} // namespace raw

namespace app {
std::string pad(const std::string &S, int Width);
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: function 'pad' is a twin of the designated utility 'text::pad' (the same name in another scope); the utility cannot replace it as it is: it takes 2 arguments, the utility 1 [ssot-reimplemented-utility]
} // namespace app

std::string padded(const std::string &S) { return raw::pad(S, 2); }
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: direct call of 'raw::pad' bypasses the designated utility 'text::pad' [ssot-reimplemented-utility]
