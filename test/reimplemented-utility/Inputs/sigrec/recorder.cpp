// A unit that includes the utilities' header: a recording run over it writes
// the signatures of every overload of util::parse_number, util::nap,
// util::count and util::up.
#include "util.h"

void recorded() { util::nap(1); }
