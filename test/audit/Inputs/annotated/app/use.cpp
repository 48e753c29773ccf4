// Sees the annotated class, not its factory's header; calls getenv without
// the accessor's header; copies the utility's body.
#include "core/gadget.h"
#include <cstdlib>

int blanks(const char *text) {
  int count = 0;
  for (; *text; ++text)
    if (*text == ' ')
      ++count;
  return count;
}

int run() {
  core::Gadget *g = new core::Gadget(2);
  const char *home = std::getenv("HOME");
  int n = g->n + blanks(home ? home : "");
  delete g;
  return n;
}
