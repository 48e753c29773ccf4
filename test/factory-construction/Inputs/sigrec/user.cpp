// Constructs a Widget without including the factory's header.
#include "widget.h"
#include <memory>
std::unique_ptr<app::Widget> make() { return std::make_unique<app::Widget>("w", 1); }
