// A utility or primitive in an unnamed namespace is named from the enclosing
// namespace, as options write it ('::u::clamp_twice'): messages say
// 'u::clamp_twice', not 'u::(anonymous namespace)::clamp_twice', and the fix
// calls it by that name.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::u::clamp_twice', ssot-reimplemented-utility.Primitives: '::u::raw_twice=::u::clamp_twice'}}" \
// RUN:   -- -std=c++17

namespace u {
namespace {
int clamp_twice(int X) {
  int Y = X * 2;
  return Y > 100 ? 100 : Y;
}
int raw_twice(int X) { return X * 2; }
} // namespace

int scaled(int A) { return raw_twice(A); }
// CHECK-MESSAGES: :[[@LINE-1]]:28: warning: direct call of 'u::raw_twice' bypasses the designated utility 'u::clamp_twice' [ssot-reimplemented-utility]
// CHECK-FIXES: int scaled(int A) { return ::u::clamp_twice(A); }

// The utility itself, called by its own name: not a bypass.
int clamped(int A) { return clamp_twice(A); }
} // namespace u

namespace app {
int clampTwice(int V);
// CHECK-MESSAGES: :[[@LINE-1]]:5: warning: function 'clampTwice' is a twin of the designated utility 'u::clamp_twice' (the same name in camelCase); call the utility instead [ssot-reimplemented-utility]

// A renamed clone names the utility the same way.
int doubleCapped(int N) {
  int M = N * 2;
  return M > 100 ? 100 : M;
}
// CHECK-MESSAGES: :[[@LINE-4]]:5: warning: function 'doubleCapped' is a renamed clone of the designated utility 'u::clamp_twice'; call the utility instead
} // namespace app
