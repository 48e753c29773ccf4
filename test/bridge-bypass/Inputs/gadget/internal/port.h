#ifndef GADGET_INTERNAL_PORT_H
#define GADGET_INTERNAL_PORT_H
namespace gadget {
// Public (outside gadget::internal), declared in an internal header, as
// googletest's testing::Types is.
template <typename... Ts> struct Types {};
namespace internal {
inline void captureOutput() {}
} // namespace internal
} // namespace gadget
#endif
