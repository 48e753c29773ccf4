// One-argument reads are rewritten to the accessor and its header is included
// once; writers are reported without a fix. The driver compiles the result.
// The accessor is declared only at the end of this file (as if a later
// header declared it): the fixes are checked against that declaration, and
// the header is inserted at the top so that the rewritten calls compile.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env', ssot-env-access.AccessorHeader: 'Inputs/config.h'}}"

#include "Inputs/fake_stdlib.h"
// The header is inserted once, sorted in the LLVM include style.
// CHECK-FIXES: {{^}}#include "Inputs/config.h"
// CHECK-FIXES-NOT: #include "Inputs/config.h"
// CHECK-FIXES: {{^}}#include "Inputs/fake_stdlib.h"
// CHECK-FIXES-NOT: #include

const char *plain() { return getenv("HOME"); }
// CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
// CHECK-FIXES: const char *plain() { return ::cfg::env("HOME"); }

const char *qualified() { return std::getenv("PATH"); }
// CHECK-MESSAGES: :[[@LINE-1]]:34: warning: direct environment access through 'getenv' bypasses
// CHECK-FIXES: const char *qualified() { return ::cfg::env("PATH"); }

const char *global() { return ::getenv("USER"); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: direct environment access through 'getenv' bypasses
// CHECK-FIXES: const char *global() { return ::cfg::env("USER"); }

const char *secure() { return secure_getenv("SHELL"); }
// CHECK-MESSAGES: :[[@LINE-1]]:31: warning: direct environment access through 'secure_getenv' bypasses
// CHECK-FIXES: const char *secure() { return ::cfg::env("SHELL"); }

bool isSet(const char *name) { return getenv(name); }
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: direct environment access through 'getenv' bypasses
// CHECK-FIXES: bool isSet(const char *name) { return ::cfg::env(name); }

int writers() {
  int r = setenv("A", "1", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: direct environment access through 'setenv' bypasses
  // CHECK-FIXES: int r = setenv("A", "1", 1);
  r += unsetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: direct environment access through 'unsetenv' bypasses
  // CHECK-FIXES: r += unsetenv("A");
  auto *p = &getenv;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: direct environment access through 'getenv' bypasses
  // CHECK-FIXES: auto *p = &getenv;
  return r + (p != nullptr);
}

#include "Inputs/config.h"
