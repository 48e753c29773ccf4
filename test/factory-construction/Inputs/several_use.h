#include "several.h"
// A header's own construction, outside both creators.
inline kv::Table headerTable() { return kv::Table(3); }
