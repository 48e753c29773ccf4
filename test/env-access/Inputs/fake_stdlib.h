// Minimal stand-in for <stdlib.h>/<cstdlib>: the environment functions only.
#ifndef FAKE_STDLIB_H
#define FAKE_STDLIB_H
#ifdef __cplusplus
extern "C" {
#endif
char *getenv(const char *name);
char *secure_getenv(const char *name);
char *__secure_getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *string);
int clearenv(void);
extern char **environ;
extern char **__environ;
#ifdef __cplusplus
}
namespace std {
using ::getenv;
}
#endif
#endif
