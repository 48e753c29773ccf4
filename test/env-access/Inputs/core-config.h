#ifndef CORE_CONFIG_H
#define CORE_CONFIG_H
namespace cfg {
const char *env(const char *Name);
} // namespace cfg
#endif
