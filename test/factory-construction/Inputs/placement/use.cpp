#include "../sigrec/widget.h"
#include "late.h"

app::Widget *here() { return new app::Widget("here", 3); }
