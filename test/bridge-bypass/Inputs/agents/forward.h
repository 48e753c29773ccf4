// Forward declarations only, as headers write them.
#ifndef AGENTS_FORWARD_H
#define AGENTS_FORWARD_H
namespace ext {
class Shared;
} // namespace ext
namespace agents {
class Hidden;
} // namespace agents
#endif
