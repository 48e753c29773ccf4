// Included after the main file declares local::closeQuietly: this header
// cannot include the main file, so its call gets no fix.
#pragma once
#include <unistd.h>

inline int dropDescriptor(int Fd) { return close(Fd) - 1; }
