#include "util.h"

// Nothing here mentions the utilities: their records name them.
namespace net {
int reconnectDelay(int tries, int firstMs, int maxMs) {
  if (tries <= 0)
    return 0;
  int wait = firstMs;
  for (int k = 1; k < tries; ++k)
    wait *= 2;
  if (wait > maxMs)
    wait = maxMs;
  return wait;
}

int ClampPercent(int value);

int totalDelay(int tries, int firstMs) {
  int sum = 0;
  for (int k = 0; k < tries; ++k)
    sum += firstMs * k;
  return sum;
}
} // namespace net
