#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H
int config_value(void);
#endif
