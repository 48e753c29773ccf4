// The environment variables, main's third parameter and /proc/<pid>/environ.
// RUN: %check_ssot %s ssot-env-access %t

#include "Inputs/fake_stdlib.h"
#include "Inputs/fake_windows.h"

void variables() {
  char **a = environ;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: direct environment access through variable 'environ'; no designated accessor is configured
  char **b = __environ;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: direct environment access through variable '__environ'
  char **c = _environ;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: direct environment access through variable '_environ'
  wchar_t **d = _wenviron;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: direct environment access through variable '_wenviron'
  char ***e = &environ;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: direct environment access through variable 'environ'
  (void)a; (void)b; (void)c; (void)d; (void)e;
}

void paths() {
  const char *self = "/proc/self/environ";
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: reading '/proc/self/environ'; no designated accessor is configured
  const char *pid = "/proc/123/environ";
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: reading '/proc/123/environ'
  const char *thread = "/proc/thread-self/environ";
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: reading '/proc/thread-self/environ'
  (void)self; (void)pid; (void)thread;
}

int main(int argc, char **argv, char **envp) {
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'main' takes the environment as a third parameter 'envp'; read it through a designated accessor instead
  return 0;
}
