#ifndef APP_GADGET_H
#define APP_GADGET_H
int gadget(void);
#endif
