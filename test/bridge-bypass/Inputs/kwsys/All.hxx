// Bridge header of 'kwsys' that brings every other one along.
#ifndef KWSYS_ALL_HXX
#define KWSYS_ALL_HXX
#include "Directory.hxx"
#include "Glob.hxx"
#endif
