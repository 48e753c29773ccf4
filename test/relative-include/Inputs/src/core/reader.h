// A header that reaches another header relatively. The shortest rooted
// spelling "util.h" would find src/core/util.h (next to this file) first.
#ifndef CORE_READER_H
#define CORE_READER_H
#include "../util.h"
#include "util.h"
int reader(void);
#endif
