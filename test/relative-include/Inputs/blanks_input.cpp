#include < core/config.h >
#include "./src/util.h"
int use() { return config_value() + src_util(); }
