// Sees the annotated layer: a recording run writes its readers' signatures,
// marked as designated by the annotation.
#include "env.h"
