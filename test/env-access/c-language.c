// The check works on C sources: calls, environ and main's envp.
// The driver drops an empty clang-tidy argument list ('-- --'), so pass
// --quiet to keep -std=c11 among the compiler arguments.
// RUN: %check_ssot %s ssot-env-access %t -- --quiet -- -std=c11

#include "Inputs/fake_stdlib.h"

const char *home(void) {
  return getenv("HOME");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv'; no designated accessor is configured
}

int count(void) {
  int n = 0;
  for (char **e = environ; *e; ++e)
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: direct environment access through variable 'environ'
    ++n;
  return n;
}

int main(int argc, char **argv, char **envp) {
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'main' takes the environment as a third parameter 'envp'
  (void)argc; (void)argv; (void)envp;
  return setenv("A", "1", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'setenv'
}
