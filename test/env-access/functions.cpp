// Every listed function family is flagged, whether called or only named.
// RUN: %check_ssot %s ssot-env-access %t

#include "Inputs/fake_stdlib.h"
#include "Inputs/fake_windows.h"
#include "Inputs/fake_qt.h"
#include "Inputs/fake_boost_process.h"

void posix() {
  getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'getenv'; no designated accessor is configured (set option 'Accessor' or annotate one with 'ssot::env_accessor') [ssot-env-access]
  std::getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'getenv'; no designated accessor
  ::getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'getenv'; no designated accessor
  secure_getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'secure_getenv'
  __secure_getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '__secure_getenv'
  setenv("A", "1", 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'setenv'
  unsetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'unsetenv'
  putenv(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'putenv'
  clearenv();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'clearenv'
}

void crt() {
  _wgetenv(L"A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_wgetenv'
  getenv_s(nullptr, nullptr, 0, "A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'getenv_s'
  _wgetenv_s(nullptr, nullptr, 0, L"A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_wgetenv_s'
  _dupenv_s(nullptr, nullptr, "A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_dupenv_s'
  _wdupenv_s(nullptr, nullptr, L"A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_wdupenv_s'
  _putenv("A=1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_putenv'
  _wputenv(L"A=1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_wputenv'
  _putenv_s("A", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_putenv_s'
  _wputenv_s(L"A", L"1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through '_wputenv_s'
}

void win32() {
  GetEnvironmentVariableA("A", nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentVariableA'
  GetEnvironmentVariableW(L"A", nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentVariableW'
  SetEnvironmentVariableA("A", "1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'SetEnvironmentVariableA'
  SetEnvironmentVariableW(L"A", L"1");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'SetEnvironmentVariableW'
  GetEnvironmentStrings();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentStrings'
  GetEnvironmentStringsA();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentStringsA'
  GetEnvironmentStringsW();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'GetEnvironmentStringsW'
  FreeEnvironmentStringsA(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'FreeEnvironmentStringsA'
  FreeEnvironmentStringsW(nullptr);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'FreeEnvironmentStringsW'
  ExpandEnvironmentStringsA("%A%", nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'ExpandEnvironmentStringsA'
  ExpandEnvironmentStringsW(L"%A%", nullptr, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'ExpandEnvironmentStringsW'
}

void qt() {
  qgetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qgetenv'
  qputenv("A", QByteArray());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qputenv'
  qunsetenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qunsetenv'
  qEnvironmentVariable("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qEnvironmentVariable'
  qEnvironmentVariableIsSet("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qEnvironmentVariableIsSet'
  qEnvironmentVariableIsEmpty("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qEnvironmentVariableIsEmpty'
  qEnvironmentVariableIntValue("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'qEnvironmentVariableIntValue'
  QProcessEnvironment::systemEnvironment();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'QProcessEnvironment::systemEnvironment'
}

void boost_process() {
  boost::this_process::environment();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'boost::this_process::environment'
}

// Naming a function without calling it is access too.
void address_taken() {
  auto *p = &getenv;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: direct environment access through 'getenv'
  char *(*q)(const char *) = secure_getenv;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through 'secure_getenv'
  auto r = &QProcessEnvironment::systemEnvironment;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: direct environment access through 'QProcessEnvironment::systemEnvironment'
  (void)p; (void)q; (void)r;
}

void through_using_declaration() {
  using std::getenv;
  getenv("A");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct environment access through 'getenv'
}
