// Without the Accessor option, the function annotated SSOT_ENV_ACCESSOR is the
// designated accessor: diagnostics name it, a note points at it, the fix calls
// it, and its own body may read the environment. The note points at the
// latest declaration, here the definition on line 14.
// RUN: %check_ssot %s ssot-env-access %t -- --quiet -- -std=c++17 -I %ssot_include

#include "ssot/annotations.h"
#include "Inputs/fake_stdlib.h"

namespace app {
SSOT_ENV_ACCESSOR const char *env(const char *name);
}

const char *app::env(const char *name) {
  return getenv(name);
}

const char *home() { return getenv("HOME"); }
// CHECK-NOTES: :[[@LINE-1]]:29: warning: direct environment access through 'getenv' bypasses the designated accessor 'app::env' [ssot-env-access]
// CHECK-NOTES: :[[@LINE-2]]:29: note: FIX-IT applied suggested code changes
// CHECK-NOTES: :14:18: note: designated accessor declared here
// CHECK-FIXES: const char *home() { return app::env("HOME"); }

char **block() { return environ; }
// CHECK-NOTES: :[[@LINE-1]]:25: warning: direct environment access through variable 'environ' bypasses the designated accessor 'app::env' [ssot-env-access]
// CHECK-NOTES: :14:18: note: designated accessor declared here
