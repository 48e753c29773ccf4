// The accessor's header for the recorded-signature tests: included by the
// recording unit only, never by the units that use the record.
#ifndef TEST_SIGREC_ENV_H
#define TEST_SIGREC_ENV_H
namespace cfg {
const char *env(const char *name);
}
#endif
