// Twins that live in a header the checked file includes.
#include "Inputs/util.h"
namespace legacy {
inline bool ParseBool(const char *s) { return s && *s == '1'; }
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
// Declared only: reported in the unit that defines it, not in every unit
// that includes this header.
bool PARSE_BOOL(const char *s);
} // namespace legacy
