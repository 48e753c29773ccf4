#include "part_ng.h"
