#pragma once
namespace cfg {
const char *env(const char *Name);
} // namespace cfg
