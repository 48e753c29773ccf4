// Designated utilities, annotated where they are declared.
#ifndef UTIL_H
#define UTIL_H
#include <ssot/annotations.h>

namespace core {

/// The one parser of boolean settings.
SSOT_UTILITY bool parse_bool(const char *text, bool fallback);
/// An overload beside the utility: part of it, never a twin.
bool parse_bool(const char *text);

/// Runs attempt until it returns 0, at most tries times, giving up once the
/// pretend elapsed time passes timeoutMs.
SSOT_UTILITY inline int retry_with_timeout(int (*attempt)(), int tries,
                                           int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0)
      return 0;
    elapsed += 10;
    if (elapsed > timeoutMs)
      break;
  }
  return -1;
}

/// Three statements: below the default MinStatements.
SSOT_UTILITY inline int clamp_ms(int ms) {
  if (ms < 0)
    return 0;
  return ms;
}

} // namespace core

#endif
