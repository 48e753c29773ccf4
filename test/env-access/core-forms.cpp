// Every form of direct access is reported once, at the user's code.
// RUN: %check_ssot %s ssot-env-access %t -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}"
#include "Inputs/core-env.h"
#include "Inputs/core-config.h"

int writes() {
  setenv("A", "1", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'setenv' bypasses the designated accessor 'cfg::env' [ssot-env-access]
  unsetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'unsetenv'
  clearenv();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'clearenv'
  return _putenv_s("A", "2");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through '_putenv_s'
}

void platforms() {
  char Buf[8];
  GetEnvironmentVariableA("A", Buf, 8);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentVariableA'
  qgetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qgetenv'
  QProcessEnvironment::systemEnvironment();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'QProcessEnvironment::systemEnvironment'
  boost::this_process::environment();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'boost::this_process::environment'
}

char *(*Pointer)(const char *) = &getenv;
// CHECK-MESSAGES: :[[@LINE-1]]:35: warning: direct environment access through 'getenv'

int countVariables() {
  int N = 0;
  for (char **E = environ; *E; ++E)
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: direct environment access through variable 'environ' bypasses the designated accessor 'cfg::env'
    ++N;
  return N;
}

const char *Path = "/proc/self/environ";
// CHECK-MESSAGES: :[[@LINE-1]]:20: warning: reading '/proc/self/environ' bypasses the designated accessor 'cfg::env'
const char *PidPath = "/proc/1234/environ";
// CHECK-MESSAGES: :[[@LINE-1]]:23: warning: reading '/proc/1234/environ'

int main(int Argc, char **Argv, char **Envp) { return 0; }
// CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'main' takes the environment as a third parameter 'Envp'; read it through the designated accessor 'cfg::env' instead
