// Included by bad-options.test.
#include "src/core/../../src/util.h"
