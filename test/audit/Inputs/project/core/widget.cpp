#include "core/widget.h"

namespace core {
std::unique_ptr<Widget> make_widget(int size) {
  return std::make_unique<Widget>(size);
}
} // namespace core
