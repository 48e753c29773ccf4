// C sources: a C accessor gets the fix (spelled without "::"); a C++
// qualified accessor cannot be called from C, so no fix is offered.
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=C -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg_env'}}" -- -std=c11
// RUN: %check_ssot %s ssot-env-access %t -check-suffix=CXX -- -config="{CheckOptions: {ssot-env-access.Accessor: '::cfg::env'}}" -- -std=c11
char *getenv(const char *);
const char *cfg_env(const char *);
extern char **environ;

const char *home(void) { return getenv("HOME"); }
// CHECK-MESSAGES-C: :[[@LINE-1]]:33: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg_env'
// CHECK-FIXES-C: const char *home(void) { return cfg_env("HOME"); }
// CHECK-MESSAGES-CXX: :[[@LINE-3]]:33: warning: direct environment access through 'getenv' bypasses the designated accessor 'cfg::env'
// CHECK-FIXES-CXX: const char *home(void) { return getenv("HOME"); }

int main(int argc, char **argv, char **envp) { return environ == envp; }
// CHECK-MESSAGES-C: :[[@LINE-1]]:40: warning: 'main' takes the environment as a third parameter 'envp'
// CHECK-MESSAGES-C: :[[@LINE-2]]:55: warning: direct environment access through variable 'environ'
// CHECK-MESSAGES-CXX: :[[@LINE-3]]:40: warning: 'main' takes the environment as a third parameter 'envp'
// CHECK-MESSAGES-CXX: :[[@LINE-4]]:55: warning: direct environment access through variable 'environ'
