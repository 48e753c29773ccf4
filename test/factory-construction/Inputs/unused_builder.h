// A header that constructs an object nothing uses.
#ifndef UNUSED_BUILDER_H
#define UNUSED_BUILDER_H
#include "reader.h"

inline int headerLeftover() {
  rd::Builder Dead;
  return 0;
}
#endif
