// An accessor layer designated only by annotation, for the recorded-annotated
// test: included by the recording unit only.
#ifndef TEST_SIGREC_ANNOTATED_ENV_H
#define TEST_SIGREC_ANNOTATED_ENV_H
#include "ssot/annotations.h"
namespace cfg {
SSOT_ENV_ACCESSOR const char *get(const char *name, const char *fallback);
SSOT_ENV_ACCESSOR const char *read(const char *name);
} // namespace cfg
#endif
