// Bridge header of 'kwsys'.
#ifndef KWSYS_DIRECTORY_HXX
#define KWSYS_DIRECTORY_HXX
#include "Configure.hxx"
#include "detail/dir_impl.hxx"
#endif
