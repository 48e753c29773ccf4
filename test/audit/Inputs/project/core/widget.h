#pragma once
#include <cstdlib>
#include <memory>

namespace core {
class Widget {
public:
  explicit Widget(int size) : size(size) {}
  int size;
};
std::unique_ptr<Widget> make_widget(int size);

// Included by two units: one finding, not two.
inline bool verbose() { return std::getenv("VERBOSE") != nullptr; }
} // namespace core
