// A look-alike of std::this_thread in another namespace.
#include <chrono>
namespace my::this_thread {
inline void sleep_for(std::chrono::milliseconds) {}
} // namespace my::this_thread
