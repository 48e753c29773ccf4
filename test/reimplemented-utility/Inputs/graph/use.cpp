#include "raw.h"
#include "wrapper.h"

int twice(int C) { return raw::up(raw::up(C)); }

#include "zzz.h"
