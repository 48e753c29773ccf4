#ifndef BESIDE_PRIM_H
#define BESIDE_PRIM_H
#include "nap.h"
namespace prim {
void nap(int Micros);
} // namespace prim
#endif
