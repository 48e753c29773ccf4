#pragma once
// Brings the utility in through another header.
#include "yy_util.h"
