#include "util.h"

namespace core {
int backoff_delay(int attempt, int baseMs, int capMs) {
  if (attempt <= 0)
    return 0;
  int delay = baseMs;
  for (int i = 1; i < attempt; ++i)
    delay *= 2;
  if (delay > capMs)
    delay = capMs;
  return delay;
}
} // namespace core
