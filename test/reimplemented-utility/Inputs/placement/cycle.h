// Includes inner.h, whose call comes before this utility: including this
// header there would be a cycle, so that call gets no fix.
#pragma once
#include <unistd.h>
#include "inner.h"

namespace cyc {
inline int dupChecked(int Fd) {
  int Copy = dup(Fd);
  return Copy < 0 ? -1 : Copy;
}
} // namespace cyc
