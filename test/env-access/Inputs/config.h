// The designated environment accessor used by the fix-it tests.
#ifndef TEST_CONFIG_H
#define TEST_CONFIG_H
namespace cfg {
const char *env(const char *name);
}
#endif
