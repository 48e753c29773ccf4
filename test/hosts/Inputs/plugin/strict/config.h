#pragma once
namespace app {
const char *env(const char *name);
} // namespace app
