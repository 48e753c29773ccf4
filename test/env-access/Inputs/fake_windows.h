// Minimal stand-in for the Windows CRT and Win32 environment functions.
#ifndef FAKE_WINDOWS_H
#define FAKE_WINDOWS_H
typedef unsigned long DWORD;
typedef int errno_t;
typedef unsigned long size_t_;
typedef wchar_t WCHAR;
extern "C" {
wchar_t *_wgetenv(const wchar_t *name);
errno_t getenv_s(size_t_ *len, char *buf, size_t_ size, const char *name);
errno_t _wgetenv_s(size_t_ *len, wchar_t *buf, size_t_ size, const wchar_t *name);
errno_t _dupenv_s(char **buf, size_t_ *len, const char *name);
errno_t _wdupenv_s(wchar_t **buf, size_t_ *len, const wchar_t *name);
int _putenv(const char *s);
int _wputenv(const wchar_t *s);
errno_t _putenv_s(const char *name, const char *value);
errno_t _wputenv_s(const wchar_t *name, const wchar_t *value);
extern char **_environ;
extern wchar_t **_wenviron;

DWORD GetEnvironmentVariableA(const char *name, char *buf, DWORD size);
DWORD GetEnvironmentVariableW(const WCHAR *name, WCHAR *buf, DWORD size);
int SetEnvironmentVariableA(const char *name, const char *value);
int SetEnvironmentVariableW(const WCHAR *name, const WCHAR *value);
char *GetEnvironmentStrings(void);
char *GetEnvironmentStringsA(void);
WCHAR *GetEnvironmentStringsW(void);
int FreeEnvironmentStringsA(char *block);
int FreeEnvironmentStringsW(WCHAR *block);
DWORD ExpandEnvironmentStringsA(const char *src, char *dst, DWORD size);
DWORD ExpandEnvironmentStringsW(const WCHAR *src, WCHAR *dst, DWORD size);
}
#endif
