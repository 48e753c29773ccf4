#ifndef SRC_UTIL_H
#define SRC_UTIL_H
int src_util(void);
#endif
