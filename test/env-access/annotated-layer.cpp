// SSOT_ENV_ACCESSOR may mark several functions, a class (all its members) or
// a namespace (all its functions): together they are the layer, and all of
// them may read the environment. The fix calls the first annotated function
// whose declaration accepts the call.
// RUN: %check_ssot %s ssot-env-access %t -- --quiet -- -std=c++17 -I %ssot_include

#include "ssot/annotations.h"
#include "Inputs/fake_stdlib.h"

namespace app {
SSOT_ENV_ACCESSOR bool isSet(const char *name);
SSOT_ENV_ACCESSOR const char *env(const char *name);
} // namespace app

class SSOT_ENV_ACCESSOR Environment {
public:
  static int put(const char *name, const char *value) {
    return setenv(name, value, 1);
  }
  char **all() const { return environ; }
};

namespace SSOT_ENV_ACCESSOR platform {
inline void wipe() { clearenv(); }
namespace detail {
inline const char *secure(const char *name) { return secure_getenv(name); }
} // namespace detail
} // namespace platform

bool app::isSet(const char *name) { return getenv(name) != nullptr; }
const char *app::env(const char *name) { return getenv(name); }

// Look-alikes: same names, not annotated.
namespace platform2 {
inline void wipe() { clearenv(); }
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: direct environment access through 'clearenv' bypasses the designated accessor 'app::isSet' [ssot-env-access]
} // namespace platform2
class Environment2 {
public:
  char **all() const { return environ; }
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: direct environment access through variable 'environ' bypasses the designated accessor 'app::isSet' [ssot-env-access]
};

const char *home() { return getenv("HOME"); }
// CHECK-MESSAGES: :[[@LINE-1]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'app::isSet' [ssot-env-access]
// CHECK-FIXES: const char *home() { return app::env("HOME"); }
