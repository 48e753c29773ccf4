// A unit that sees the accessor's declaration: a recording run over it
// writes the accessor's signature.
#include "env.h"
