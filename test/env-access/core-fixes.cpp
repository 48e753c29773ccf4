// Reads become calls of the accessor, and the fixed file compiles (the driver
// builds it). The accessor's header is already included, so it is not
// inserted again.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.AccessorHeader: 'Inputs/core-config.h'}}"
#include "Inputs/core-env.h"
#include "Inputs/core-config.h"
// CHECK-FIXES-NOT: #include "Inputs/core-config.h"
// CHECK-FIXES: {{^}}#include "Inputs/core-env.h"
// CHECK-FIXES-NEXT: {{^}}#include "Inputs/core-config.h"
// CHECK-FIXES-NOT: #include "Inputs/core-config.h"
struct Text {
  Text(const char *S) : Data(S) {}
  const char *c_str() const { return Data; }
  const char *Data;
};

const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env'
// CHECK-FIXES: const char *home() { return ::cfg::env("HOME"); }

bool hasUser() { return std::getenv("USER") != nullptr; }
// CHECK-MESSAGES: :[[@LINE-1]]:25: warning: direct environment access through 'getenv'
// CHECK-FIXES: bool hasUser() { return ::cfg::env("USER") != nullptr; }

Text shell() { return ::getenv("SHELL"); }
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: direct environment access through 'getenv'
// CHECK-FIXES: Text shell() { return ::cfg::env("SHELL"); }

bool secure(const Text &Name) {
  if (secure_getenv(Name.c_str()))
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: direct environment access through 'secure_getenv'
  // CHECK-FIXES: if (::cfg::env(Name.c_str()))
    return true;
  return false;
}

// A write has no accessor equivalent: reported, left as written.
void write() { setenv("A", "1", 1); }
// CHECK-MESSAGES: :[[@LINE-1]]:16: warning: direct environment access through 'setenv'
// CHECK-FIXES: void write() { setenv("A", "1", 1); }
