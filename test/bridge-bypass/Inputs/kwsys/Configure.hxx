// Internal to 'kwsys': every public header includes it directly, so no
// single one of them stands in for it.
#ifndef KWSYS_CONFIGURE_HXX
#define KWSYS_CONFIGURE_HXX
#define KWSYS_CONFIGURED 1
#endif
