// Pulls in the utilities the way a project's common header might.
#include "Inputs/sleep.h"
#include <thread>
