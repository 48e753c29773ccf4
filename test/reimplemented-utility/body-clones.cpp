// A function whose body has a designated utility's structure is a clone,
// whatever it renamed: exactly (a renamed clone) or with a statement or two
// changed, added or removed (a near clone, above MinSimilarity). Functions
// that merely call the same things with other logic are not clones.
// The utilities' bodies are in a header, which clangd does not parse bodies
// of; header-bodies-recorded.cpp shows how clangd gets them (a record).
// UNSUPPORTED: host-lacks-header-function-bodies
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -- -std=c++17 -I %ssot_include
// A lower threshold also reports the clone with two statements changed; a
// lower MinStatements also reports clones of the three-statement utility.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=LOOSE -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.MinSimilarity: '0.75', ssot-reimplemented-utility.MinStatements: '3'}}" \
// RUN:   -- -std=c++17 -I %ssot_include

#include "Inputs/util.h"

void log(const char *what);

namespace app {

// Every parameter and local renamed, consistently: the same code.
int tryRepeatedly(int (*op)(), int n, int limit) {
  int spent = 0;
  for (int k = 0; k < n; ++k) {
    int status = op();
    if (status == 0)
      return 0;
    spent += 10;
    if (spent > limit)
      break;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-12]]:5: warning: function 'tryRepeatedly' is a renamed clone of the designated utility 'core::retry_with_timeout'; call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-LOOSE: :[[@LINE-13]]:5: warning: function 'tryRepeatedly' is a renamed clone of the designated utility 'core::retry_with_timeout'

// One statement added (a log line): 9 of 9 and 10 statements shared.
int retryLogged(int (*attempt)(), int tries, int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0)
      return 0;
    log("retrying");
    elapsed += 10;
    if (elapsed > timeoutMs)
      break;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-13]]:5: warning: function 'retryLogged' is a near clone (94% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-14]]:5: warning: function 'retryLogged' is a near clone (94% similar)

// The time budget removed (an if and its break): 7 of 9 and 7 shared.
int retryCounted(int (*attempt)(), int tries) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0)
      return 0;
    elapsed += 10;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-10]]:5: warning: function 'retryCounted' is a near clone (87% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-11]]:5: warning: function 'retryCounted' is a near clone (87% similar)

// One statement changed (the budget check became a counter check).
int retryBounded(int (*attempt)(), int tries, int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0)
      return 0;
    elapsed += 10;
    if (i * 10 > timeoutMs + elapsed)
      break;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-12]]:5: warning: function 'retryBounded' is a near clone (88% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-13]]:5: warning: function 'retryBounded' is a near clone (88% similar)

// Two statements changed: 7 of 9 shared, 77%, below the default 0.8.
int retryTwice(int (*attempt)(), int tries, int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0 || rc == 2)
      return 0;
    elapsed += 10;
    if (i * 10 > timeoutMs + elapsed)
      break;
  }
  return -1;
}
// CHECK-MESSAGES-LOOSE: :[[@LINE-12]]:5: warning: function 'retryTwice' is a near clone (77% similar)

// The same calls with other logic: a loop that counts failures.
int countFailures(int (*attempt)(), int tries) {
  int failures = 0;
  while (tries-- > 0) {
    if (attempt() != 0)
      ++failures;
    else
      log("ok");
  }
  log("done");
  return failures;
}

// A reordered copy shares every statement but not the order.
int retryReordered(int (*attempt)(), int tries, int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    elapsed += 10;
    if (elapsed > timeoutMs)
      break;
    int rc = attempt();
    if (rc == 0)
      return 0;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-12]]:5: warning: function 'retryReordered' is a near clone (99% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-13]]:5: warning: function 'retryReordered' is a near clone (99% similar)

// A clone in a template is reported once, for the template.
template <class F> int retryAny(F attempt, int tries, int timeoutMs) {
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
// CHECK-MESSAGES: :[[@LINE-12]]:24: warning: function 'retryAny' is a renamed clone of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-13]]:24: warning: function 'retryAny' is a renamed clone
int once() { return 0; }
int useAny() { return retryAny(once, 1, 1) + retryAny(&once, 2, 2); }

// A clone written by a macro (the result tested in place: one statement
// fewer, one changed) is reported where the name is written.
#define DEFINE_RETRY(NAME)                                                     \
  int NAME(int (*attempt)(), int tries, int timeoutMs) {                       \
    int elapsed = 0;                                                           \
    for (int i = 0; i < tries; ++i) {                                          \
      if (attempt() == 0)                                                      \
        return 0;                                                              \
      elapsed += 10;                                                           \
      if (elapsed > timeoutMs)                                                 \
        break;                                                                 \
    }                                                                          \
    return -1;                                                                 \
  }
DEFINE_RETRY(retryFromMacro)
// CHECK-MESSAGES: :[[@LINE-1]]:14: warning: function 'retryFromMacro' is a near clone (82% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-2]]:14: warning: function 'retryFromMacro' is a near clone (82% similar)

// Three statements: below the default MinStatements, but the same code as
// clamp_ms, which renamed clones are found down to one statement.
int clampDelay(int d) {
  if (d < 0)
    return 0;
  return d;
}
// CHECK-MESSAGES: :[[@LINE-5]]:5: warning: function 'clampDelay' is a renamed clone of the designated utility 'core::clamp_ms'; call the utility instead [ssot-reimplemented-utility]
// CHECK-MESSAGES-LOOSE: :[[@LINE-6]]:5: warning: function 'clampDelay' is a renamed clone of the designated utility 'core::clamp_ms'

// Default arguments are not written at the call: they add nothing to the
// shape (and once crashed the walk).
int step(int ms = 10);
int retryDefaults(int (*attempt)(), int tries, int timeoutMs) {
  int elapsed = 0;
  for (int i = 0; i < tries; ++i) {
    int rc = attempt();
    if (rc == 0)
      return 0;
    elapsed += step();
    if (elapsed > timeoutMs)
      break;
  }
  return -1;
}
// CHECK-MESSAGES: :[[@LINE-12]]:5: warning: function 'retryDefaults' is a near clone (88% similar) of the designated utility 'core::retry_with_timeout'
// CHECK-MESSAGES-LOOSE: :[[@LINE-13]]:5: warning: function 'retryDefaults' is a near clone (88% similar)

} // namespace app

// Uses of the utilities: the file mentions them, as real code would.
int useUtilities() {
  return core::retry_with_timeout(app::once, 3, 100) + core::clamp_ms(5);
}
