// Declarations standing in for the C library, Windows, Qt and Boost headers,
// so the tests do not depend on what the machine has installed.
#ifndef CORE_ENV_H
#define CORE_ENV_H
extern "C" {
char *getenv(const char *);
char *secure_getenv(const char *);
int setenv(const char *, const char *, int);
int unsetenv(const char *);
int putenv(char *);
int clearenv(void);
int _putenv_s(const char *, const char *);
unsigned long GetEnvironmentVariableA(const char *, char *, unsigned long);
extern char **environ;
}
namespace std { using ::getenv; }
class QByteArray {};
QByteArray qgetenv(const char *);
class QProcessEnvironment {
public:
  static QProcessEnvironment systemEnvironment();
};
namespace boost::this_process { int environment(); }
#endif
