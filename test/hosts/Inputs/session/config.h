#pragma once
namespace app {
// The designated accessor (configured in this folder's .clang-tidy).
const char *env(const char *name);
} // namespace app
