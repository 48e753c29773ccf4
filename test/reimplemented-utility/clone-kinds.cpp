// A renamed clone is the utility's code with its parameters and locals
// consistently renamed: the same calls, literals and types. A body of the
// same structure that uses another literal or name is at most a near clone,
// its similarity counts the differences, and the message says what differs
// instead of advising to call the utility; one that calls another function
// in the utility's place, or takes other parameter types, is a sibling and
// not reported (siblings.cpp). The
// advice to call the utility is given only when the utility can take the
// function's calls (same arity, parameter and result types it accepts).
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -- -std=c++17 -I %ssot_include

#include <ssot/annotations.h>

int strcmp(const char *a, const char *b);
int strcasecmp(const char *a, const char *b);
long strtol(const char *s, char **end, int base);
long long strtoll(const char *s, char **end, int base);

namespace core {
SSOT_UTILITY bool equals(const char *lhs, const char *rhs) {
  if (lhs == nullptr)
    return rhs == nullptr;
  if (rhs == nullptr)
    return false;
  return strcmp(lhs, rhs) == 0;
}

SSOT_UTILITY long to_long(const char *text, long fallback) {
  if (text == nullptr)
    return fallback;
  char *end = nullptr;
  long value = strtol(text, &end, 10);
  if (end == text)
    return fallback;
  return value;
}

SSOT_UTILITY int plus(int x, int y) { return x + y; }

SSOT_UTILITY int capped(int x) {
  if (x > 100)
    return 100;
  return x + x;
}
} // namespace core

namespace app {
// Consistently renamed: the same code.
bool same(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return strcmp(a, b) == 0;
}
// CHECK-MESSAGES: :[[@LINE-7]]:6: warning: function 'same' is a renamed clone of the designated utility 'core::equals'; call the utility instead [ssot-reimplemented-utility]

// Another callee: the same structure, another primitive. A sibling of the
// utility, not a copy (siblings.cpp): not reported.
bool sameIgnoringCase(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (b == nullptr)
    return false;
  return strcasecmp(a, b) == 0;
}

// Renamed inconsistently: `a` and `b` swapped in one place only.
bool sameSwapped(const char *a, const char *b) {
  if (a == nullptr)
    return b == nullptr;
  if (a == nullptr)
    return false;
  return strcmp(a, b) == 0;
}
// CHECK-MESSAGES: :[[@LINE-7]]:6: warning: function 'sameSwapped' is a near clone (99% similar) of the designated utility 'core::equals'; same structure, but it uses 'a' where the utility uses 'rhs'; compare it with the utility [ssot-reimplemented-utility]

// Another literal (the base): a near clone that says so.
long toLongOctal(const char *text, long fallback) {
  if (text == nullptr)
    return fallback;
  char *end = nullptr;
  long value = strtol(text, &end, 8);
  if (end == text)
    return fallback;
  return value;
}
// CHECK-MESSAGES: :[[@LINE-9]]:6: warning: function 'toLongOctal' is a near clone (85% similar) of the designated utility 'core::to_long'; same structure, but it uses 8 where the utility uses 10; compare it with the utility [ssot-reimplemented-utility]

// A type sibling (long long, strtoll): the same structure with another
// primitive on another type. Not reported.
long long toLongLong(const char *text, long long fallback) {
  if (text == nullptr)
    return fallback;
  char *end = nullptr;
  long long value = strtoll(text, &end, 10);
  if (end == text)
    return fallback;
  return value;
}

// The same code with parameters of another type: the utility cannot take
// its calls (a long would be narrowed to int), so it is the utility's
// sibling on another type, not reported.
long cappedWide(long x) {
  if (x > 100)
    return 100;
  return x + x;
}
// A short body of nothing but its parameters is no clone of anything.
int sum(int a, int b) { return a + b; }
int add(int p, int q) { return p + q; }
} // namespace app
