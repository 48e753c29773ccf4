// A unit that sees the factories' declarations: a recording run over it
// writes their signatures.
#include "factories.h"
