// Defines the factory; does not write the annotation.
#include "core/gadget_factory.h"

namespace core {
std::unique_ptr<Gadget> make_gadget(int n) {
  return std::make_unique<Gadget>(n);
}
} // namespace core
