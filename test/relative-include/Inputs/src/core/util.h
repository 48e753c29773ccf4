// Shares its name with src/util.h: a quoted "util.h" written in src/core/
// finds this one first.
#ifndef CORE_UTIL_H
#define CORE_UTIL_H
int core_util(void);
#endif
