// Sees the annotated class and its factory's declaration: a recording run
// (no Factories option) writes the factory's signature.
#include "gadget_factory.h"
