#include "cfg/env.h"
#include "core/widget.h"

namespace app {
int tool_size() {
  core::Widget local(3);
  return local.size + (core::verbose() ? 1 : 0);
}
} // namespace app
