// Internal to 'kwsys', wrapped by Glob.hxx.
#ifndef KWSYS_DETAIL_GLOB_IMPL_HXX
#define KWSYS_DETAIL_GLOB_IMPL_HXX
#define KWSYS_GLOB_IMPL 1
#endif
