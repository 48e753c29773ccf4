// Component 'storage' designates its bridge in code.
#ifndef STORAGE_STORE_H
#define STORAGE_STORE_H
#include "ssot/annotations.h"
namespace storage {
struct Blob {
  int Size = 0;
};
class Cache {
public:
  Blob lookup(int Key) { return Blob{Key}; }
};
class SSOT_BRIDGE Store {
public:
  Blob get(int Key) { return Entries.lookup(Key); }

private:
  Cache Entries;
};
} // namespace storage
#endif
