// A unit that sees the factory's declaration: a recording run over it writes
// the factory's signature.
#include "factory.h"
