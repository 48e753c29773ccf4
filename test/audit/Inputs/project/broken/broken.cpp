#include "cfg/env.h"
#include <cstdlib>

int broken( {
  return std::getenv("BROKEN") != nullptr;
}
