// Defines the utility; does not write the annotation.
#include "util/text.h"

namespace util {
int count_spaces(const char *s) {
  int n = 0;
  for (; *s; ++s)
    if (*s == ' ')
      ++n;
  return n;
}
} // namespace util
