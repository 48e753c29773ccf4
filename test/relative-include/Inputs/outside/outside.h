// Under none of the include roots (when the roots are configured).
#ifndef OUTSIDE_H
#define OUTSIDE_H
int outside(void);
#endif
