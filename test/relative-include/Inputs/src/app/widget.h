#ifndef APP_WIDGET_H
#define APP_WIDGET_H
int widget(void);
#endif
