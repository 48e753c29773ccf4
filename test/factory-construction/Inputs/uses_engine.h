// A header that constructs the designated class itself.
#include "engine.h"

inline core::Engine headerEngine() { return core::Engine("header", 1); }
