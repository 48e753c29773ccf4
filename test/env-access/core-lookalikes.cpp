// Look-alikes that are not the environment: nothing is reported.
// RUN: %check_ssot %s ssot-env-access %t
#include "Inputs/core-env.h"

namespace my {
char *getenv(const char *);
char **environ;
} // namespace my

struct Settings {
  const char *getenv(const char *Name) const { return Name; }
  static const char *secure_getenv(const char *Name) { return Name; }
};

const char *lookalikes(const Settings &S) {
  my::getenv("A");
  S.getenv("A");
  Settings::secure_getenv("A");
  const char *Environ = "getenv(\"HOME\") and environ";
  const char *NotProc = "/proc/self/environment";
  const char *Embedded = "cat /proc/self/environ";
  const char *NotPid = "/proc/12a/environ";
  int environ = 0;
  (void)environ;
  (void)Environ; (void)NotProc; (void)Embedded; (void)NotPid;
  return my::environ[0];
}

int main(int Argc, char **Argv) { return 0; }
