#include "time.h"

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
} // namespace net
