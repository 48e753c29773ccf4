// A class designated by annotation; its factory is declared in
// gadget_factory.h, which only some units include.
#ifndef SIGREC_ANNOTATED_GADGET_H
#define SIGREC_ANNOTATED_GADGET_H
#include "ssot/annotations.h"
namespace app {
class SSOT_FACTORY("::app::makeGadget") Gadget {
public:
  explicit Gadget(int Size) : Size(Size) {}
  int Size;
};
} // namespace app
#endif
