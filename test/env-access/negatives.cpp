// Look-alikes of environment access that must not be flagged. The driver fails
// on any diagnostic, because this file expects none.
// RUN: %check_ssot %s ssot-env-access %t

#include "Inputs/fake_stdlib.h"

struct Settings {
  const char *getenv(const char *name);
  static const char *secure_getenv(const char *name);
  char **environ;
};

namespace my {
const char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
char **environ;
namespace this_process { int environment(); }
}

namespace boost { int environment(); }

namespace ns {
extern char **environ;
}

const char *members(Settings &s) {
  s.getenv("HOME");
  Settings::secure_getenv("HOME");
  return s.environ ? s.environ[0] : nullptr;
}

void namespaced() {
  my::getenv("HOME");
  my::setenv("HOME", "/", 1);
  my::this_process::environment();
  boost::environment();
  (void)my::environ;
  (void)ns::environ;
}

void locals() {
  char **environ = nullptr;
  char **__environ = environ;
  (void)__environ;
}

void strings() {
  const char *a = "getenv";
  const char *b = "call getenv(\"HOME\") later";
  const char *c = "/proc/self/environment";
  const char *d = "x /proc/self/environ";
  const char *e = "/proc/self/environ/";
  const char *f = "/proc//environ";
  const char *g = "/proc/12a/environ";
  const char *h = "/proc/self/environ ";
  (void)a; (void)b; (void)c; (void)d; (void)e; (void)f; (void)g; (void)h;
}

int main(int argc, char **argv) { return 0; }
