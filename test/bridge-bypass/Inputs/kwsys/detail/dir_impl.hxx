// Internal to 'kwsys', wrapped by Directory.hxx.
#ifndef KWSYS_DETAIL_DIR_IMPL_HXX
#define KWSYS_DETAIL_DIR_IMPL_HXX
#define KWSYS_DIR_IMPL 1
#endif
