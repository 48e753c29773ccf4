// The factory that app::Gadget's annotation names.
#ifndef SIGREC_ANNOTATED_GADGET_FACTORY_H
#define SIGREC_ANNOTATED_GADGET_FACTORY_H
#include "gadget.h"
#include <memory>
namespace app {
std::unique_ptr<Gadget> makeGadget(int Size);
} // namespace app
#endif
