#pragma once
#include "raw.h"
inline int partUp(int C) { return raw::up(C); }
