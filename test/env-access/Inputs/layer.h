// An environment layer of several functions, a class and a virtual reader.
#ifndef LAYER_H
#define LAYER_H
#include "fake_stdlib.h"
namespace cfg {
bool has(const char *name);
const char *env(const char *name);
const char *env(const char *name, const char *fallback);
int put(const char *name, const char *value);
class Store {
public:
  static void reload();
  char *raw(const char *name);
};
} // namespace cfg
namespace sys {
class Backend {
public:
  virtual ~Backend() = default;
  virtual const char *read(const char *name);
};
} // namespace sys
#endif
