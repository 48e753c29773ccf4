// The factory of app::Widget: a name and a size, nothing else.
#ifndef SIGREC_FACTORY_H
#define SIGREC_FACTORY_H
#include "widget.h"
#include <memory>
namespace app {
std::unique_ptr<Widget> makeWidget(const std::string &Name, int Size);
std::unique_ptr<Pinned> makePinned(int Size);
} // namespace app
#endif
