#include "../cfg_all.h"

const char *shell() { return ::cfg::env("SHELL"); }
