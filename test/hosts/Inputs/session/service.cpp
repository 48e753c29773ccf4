#include <cstddef>
#include <cstdlib>
#include "config.h"

std::size_t homeLength() {
  const char *home = std::getenv("HOME");
  std::size_t n = 0;
  while (home && home[n])
    ++n;
  return n;
}
