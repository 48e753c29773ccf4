#include "cfg/env.h"
#include "core/widget.h"
#include <cstdlib>

namespace app {
int port() {
  const char *p = cfg::env("PORT");
  return p ? std::atoi(p) : 80;
}

const char *home() {
  return std::getenv("HOME");
}

const char *shell() {
  return std::getenv("SHELL"); // NOLINT(ssot-env-access): the login shell is read before the configuration exists
}

const char *term() {
  // NOLINTNEXTLINE(ssot-env-access)
  return std::getenv("TERM");
}

const char *user() {
  return std::getenv("USER"); // NOLINT
}
} // namespace app

int main() {
  auto w = core::make_widget(app::port());
  return w->size + (app::home() != nullptr) + (cfg::env("DEBUG") != nullptr);
}
