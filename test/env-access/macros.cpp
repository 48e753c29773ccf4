// Macros are reported at each expansion site, and no fix-it is placed inside
// a macro body (even with an accessor configured).
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"

#include "Inputs/fake_stdlib.h"
#include "Inputs/config.h"

#define HOME() getenv("HOME")
#define READ(name) getenv(name)
#define SHOW(x) (x)
#define ENV_BLOCK environ

const char *first() {
  return HOME();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env'
}

const char *second() {
  return HOME();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv' bypasses
}

const char *named() {
  return READ("PATH");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv' bypasses
}

// A call written in a macro argument is reported where it is written and,
// like a call in a macro body, left alone: the macro may use its argument
// several times or stringify it.
const char *argument() {
  return SHOW(getenv("USER"));
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: direct environment access through 'getenv' bypasses
}

char **block() {
  return ENV_BLOCK;
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through variable 'environ' bypasses
}

// CHECK-FIXES: #define HOME() getenv("HOME")
// CHECK-FIXES: #define READ(name) getenv(name)
// CHECK-FIXES: return HOME();
// CHECK-FIXES: return HOME();
// CHECK-FIXES: return READ("PATH");
// CHECK-FIXES: return SHOW(getenv("USER"));
