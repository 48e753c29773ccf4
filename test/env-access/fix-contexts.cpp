// Whether a read is rewritten depends on where its result goes: the accessor
// returns `const char *`, which can stand wherever getenv's `char *` was
// converted (to `const char *`, to bool, to a class) or passed to `...`, but
// not where it is kept as a `char *`. The check works this out for each
// reported call wherever it is written: functions, initializers, default
// arguments, lambdas, class members, templates and their instantiations.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"

#include "Inputs/fake_stdlib.h"
#include "Inputs/config.h"

int log_line(const char *format, ...);
char *keep(char *text);

// The accessor's own body reads the environment.
const char *cfg::env(const char *name) { return getenv(name); }

void variadic() {
  log_line("%s", getenv("A"));
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env'
  // CHECK-FIXES: log_line("%s", ::cfg::env("A"));
  log_line("%s", (getenv("B")));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: direct environment access through 'getenv'
  // CHECK-FIXES: log_line("%s", (::cfg::env("B")));
}

// Kept as `char *`: left as written.
char *kept() {
  keep(getenv("C"));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: direct environment access through 'getenv'
  // CHECK-FIXES: keep(getenv("C"));
  return (getenv("D"));
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: direct environment access through 'getenv'
  // CHECK-FIXES: return (getenv("D"));
}

const char *Global = getenv("E");
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: direct environment access through 'getenv'
// CHECK-FIXES: const char *Global = ::cfg::env("E");
namespace app {
bool Flag = getenv("F");
// CHECK-MESSAGES: :[[@LINE-1]]:13: warning: direct environment access through 'getenv'
// CHECK-FIXES: bool Flag = ::cfg::env("F");
} // namespace app

const char *withDefault(const char *value = getenv("G")) { return value; }
// CHECK-MESSAGES: :[[@LINE-1]]:45: warning: direct environment access through 'getenv'
// CHECK-FIXES: const char *withDefault(const char *value = ::cfg::env("G")) { return value; }
const char *useDefault() { return withDefault(); }

const char *inLambda() {
  auto Converted = []() -> const char * { return getenv("H"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: direct environment access through 'getenv'
  // CHECK-FIXES: auto Converted = []() -> const char * { return ::cfg::env("H"); };
  auto Kept = [] { return getenv("I"); };
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: direct environment access through 'getenv'
  // CHECK-FIXES: auto Kept = [] { return getenv("I"); };
  return Kept() ? Converted() : nullptr;
}

struct Holder {
  const char *get() const { return getenv("J"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: direct environment access through 'getenv'
  // CHECK-FIXES: const char *get() const { return ::cfg::env("J"); }
  char *raw() const { return getenv("K"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through 'getenv'
  // CHECK-FIXES: char *raw() const { return getenv("K"); }
};

// Members of a class template defined outside it: the instantiations, which
// the check meets first, are reached through the class template.
template <typename T> struct Reader {
  const char *read() const;
  char *raw() const;
};
template <typename T> const char *Reader<T>::read() const { return getenv("L"); }
// CHECK-MESSAGES: :[[@LINE-1]]:68: warning: direct environment access through 'getenv'
// CHECK-FIXES: template <typename T> const char *Reader<T>::read() const { return ::cfg::env("L"); }
template <typename T> char *Reader<T>::raw() const { return getenv("M"); }
// CHECK-MESSAGES: :[[@LINE-1]]:61: warning: direct environment access through 'getenv'
// CHECK-FIXES: template <typename T> char *Reader<T>::raw() const { return getenv("M"); }

// A function template declared before its definition: the instantiations
// hang off the first declaration.
template <typename T> const char *named(T);
template <typename T> const char *named(T) { return getenv("N"); }
// CHECK-MESSAGES: :[[@LINE-1]]:53: warning: direct environment access through 'getenv'
// CHECK-FIXES: template <typename T> const char *named(T) { return ::cfg::env("N"); }

// A partial specialization: its instantiations hang off the primary template.
template <typename T> struct Picker;
template <typename T> struct Picker<T *> {
  static const char *pick() { return getenv("O"); }
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: direct environment access through 'getenv'
  // CHECK-FIXES: static const char *pick() { return ::cfg::env("O"); }
};

bool useTemplates() {
  Reader<int> R;
  Reader<char> S;
  return R.read() && S.read() && R.raw() && named(1) && named('x') &&
         Picker<int *>::pick();
}
