#pragma once
#include <ssot/annotations.h>

namespace core {
class SSOT_FACTORY("::core::make_gadget") Gadget {
public:
  explicit Gadget(int n) : n(n) {}
  int n;
};
} // namespace core
