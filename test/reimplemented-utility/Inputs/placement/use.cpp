#include "sorted_below.h"
#include "late_include.h"
#include "early.h"
#include "port.h"
#include "cycle.h"

int probe(int Fd) { return close(Fd) * 2; }

namespace local {
inline int closeQuietly(int Fd) { return close(Fd); }
} // namespace local

#include "after_main.h"

int finish(int Fd) {
  return close(Fd) + colorOutput(Fd) + termWidth(Fd) + lateCall(Fd) +
         sortedBelow(Fd);
}
