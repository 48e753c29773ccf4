// A template is reported once per written location, not per instantiation;
// a dependent call that is never instantiated is still reported.
// RUN: %check_ssot %s ssot-env-access %t

#include "Inputs/fake_stdlib.h"

template <typename T> const char *read(T name) {
  return getenv(name);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv'; no designated accessor is configured
}

struct Home { static const char *name() { return "HOME"; } };
struct Path { static const char *name() { return "PATH"; } };

template <typename T> const char *byName() {
  return getenv(T::name());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv'
}

template <typename T> const char *neverInstantiated() {
  return getenv(T::name());
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct environment access through 'getenv'
}

template <typename T> struct Holder {
  static inline char **env = environ;
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: direct environment access through variable 'environ'
};

void use() {
  char path[] = "PATH";
  read("HOME"); // read<const char *>
  read(path);   // read<char *>
  byName<Home>();
  byName<Path>();
  (void)Holder<int>::env;
  (void)Holder<char>::env;
}
