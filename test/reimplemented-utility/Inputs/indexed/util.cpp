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

int clamp_percent(int value) {
  if (value < 0)
    value = 0;
  if (value > 100)
    value = 100;
  return value;
}

void scramble(char *data, unsigned size, unsigned key) {
  while (size != 0) {
    --size;
    data[size] ^= static_cast<char>(key);
    key = key * 1103515245u + 12345u;
  }
}
} // namespace core
