// Internal to 'agents' and not brought in by its bridge header.
#ifndef AGENTS_PRIVATE_H
#define AGENTS_PRIVATE_H
namespace agents {
inline int secret() { return 42; }
} // namespace agents
#endif
