#include "scramble.h"

namespace core {
void scramble(char *data, unsigned size, unsigned key) {
  while (size != 0) {
    --size;
    data[size] ^= static_cast<char>(key);
    key = key * 1103515245u + 12345u;
  }
}
} // namespace core
