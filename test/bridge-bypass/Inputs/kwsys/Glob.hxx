// Bridge header of 'kwsys', the one that wraps detail/glob_impl.hxx.
#ifndef KWSYS_GLOB_HXX
#define KWSYS_GLOB_HXX
#include "Configure.hxx"
#include "detail/glob_impl.hxx"
#endif
