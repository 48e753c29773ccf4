// A file outside every component when the components are the Inputs folders.
#ifndef OUTSIDE_MAIN_HELPERS_H
#define OUTSIDE_MAIN_HELPERS_H
#include "../agents/bridge.h"
inline int outsideHelper() {
  agents::ExecutionEngine Engine;
  return Engine.run(1);
}
#endif
