#include "config.h"
#include <cstdlib>

const char *home() { return std::getenv("HOME"); }
const char *shell() { return std::getenv("SHELL"); } // NOLINT(ssot-env-access)
int main() { return home() == nullptr; }
