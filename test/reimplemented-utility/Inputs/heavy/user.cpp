#include "util.h"

namespace app {
// The name of core::reset_cache, and a body that shares only statements
// that all 70 utilities hold: a twin by name, not a clone.
int ResetCache(int a) {
  int v = a;
  v = v * 2;
  v = v + 3;
  v = v - a;
  return v;
}
} // namespace app
