// An angled include of a project header (Style: quotes wants "core/config.h").
#ifndef APP_APP_H
#define APP_APP_H
#include <core/config.h>
int app(void);
#endif
