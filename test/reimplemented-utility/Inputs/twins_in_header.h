// Twins that live in a header the checked file includes.
#include "Inputs/util.h"
namespace legacy {
bool ParseBool(const char *s);
inline int retryHeader(int (*op)(), int n, int limit) {
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
} // namespace legacy
