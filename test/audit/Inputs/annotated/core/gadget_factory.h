#pragma once
#include "core/gadget.h"
#include <memory>

namespace core {
std::unique_ptr<Gadget> make_gadget(int n);
} // namespace core
