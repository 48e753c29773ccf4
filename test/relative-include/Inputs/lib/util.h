// The same name as src/util.h, in the other root.
#ifndef LIB_UTIL_H
#define LIB_UTIL_H
int lib_util(void);
#endif
