// A factory that hands the construction to helpers, two calls deep.
#pragma once
#include <memory>

namespace shop {
struct Gadget {
  explicit Gadget(int Size) : Size(Size) {}
  int Size;
};
namespace detail {
inline Gadget *allocate(int Size) { return new Gadget(Size); }
inline Gadget *checked(int Size) { return allocate(Size < 0 ? 0 : Size); }
} // namespace detail
inline std::unique_ptr<Gadget> makeGadget(int Size) {
  return std::unique_ptr<Gadget>(detail::checked(Size));
}
} // namespace shop
