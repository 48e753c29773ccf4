// "config.h" resolves only next to this file; rooted, it is core/config.h.
#ifndef CORE_LOCAL_H
#define CORE_LOCAL_H
#include "config.h" // keep this comment
int local(void);
#endif
