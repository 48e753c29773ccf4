// Accessor names a layer: every function, class and virtual reader in the
// list (and every override of a listed virtual) may touch the environment.
// Diagnostics name the first entry; the fix calls the first entry whose
// visible overloads accept the call ('cfg::has' returns bool, so reads go to
// 'cfg::env').
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::has; ::cfg::env;::cfg::put;cfg::Store;::sys::Backend::read'}}"

#include "Inputs/layer.h"

// The layer's own bodies: not reported.
bool cfg::has(const char *name) { return getenv(name) != nullptr; }
const char *cfg::env(const char *name) { return getenv(name); }
const char *cfg::env(const char *name, const char *fallback) {
  const char *value = getenv(name);
  return value ? value : fallback;
}
int cfg::put(const char *name, const char *value) {
  return setenv(name, value, 1);
}
void cfg::Store::reload() { clearenv(); }
char *cfg::Store::raw(const char *name) { return getenv(name); }
const char *sys::Backend::read(const char *name) { return getenv(name); }

// An override of the listed virtual reader is that reader.
struct PosixBackend : sys::Backend {
  const char *read(const char *name) override { return secure_getenv(name); }
};
// So is an override of the override.
struct TracingBackend : PosixBackend {
  const char *read(const char *name) override {
    auto inner = [name] { return getenv(name); };
    return inner();
  }
};

// Look-alikes: a member of the same name in an unrelated class, a function
// of the same name in another namespace, a non-virtual hiding function.
struct Unrelated {
  const char *read(const char *name) { return getenv(name); }
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::has' [ssot-env-access]
  // CHECK-FIXES: const char *read(const char *name) { return ::cfg::env(name); }
};
namespace other {
const char *env(const char *name) { return getenv(name); }
// CHECK-MESSAGES: :[[@LINE-1]]:44: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::has' [ssot-env-access]
// CHECK-FIXES: const char *env(const char *name) { return ::cfg::env(name); }
} // namespace other
struct Hiding : sys::Backend {
  const char *read(const char *name, int) { return getenv(name); }
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: direct environment access through 'getenv' bypasses
  // CHECK-FIXES: const char *read(const char *name, int) { return ::cfg::env(name); }
};

// Outside the layer: reads go to the first reader that accepts them.
bool verbose() { return getenv("VERBOSE"); }
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::has' [ssot-env-access]
// CHECK-FIXES: bool verbose() { return ::cfg::env("VERBOSE"); }
char *mutableHome() { return getenv("HOME"); }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through 'getenv' bypasses
// CHECK-FIXES: char *mutableHome() { return getenv("HOME"); }
int write() { return setenv("A", "1", 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: direct environment access through 'setenv' bypasses
// CHECK-FIXES: int write() { return setenv("A", "1", 1); }

// A class template deriving from the backend: its instantiated override is
// the reader too.
template <typename T> struct Generic : sys::Backend {
  const char *read(const char *name) override { return getenv(name); }
};
const char *useGeneric() { return Generic<int>().read("X"); }
