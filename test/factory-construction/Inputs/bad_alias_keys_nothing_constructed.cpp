// Nothing here constructs a class: the bad keys are still reported.
namespace app {
using Id = int;
int make() { return 1; }
} // namespace app
int use() { return app::make() + static_cast<app::Id>(2); }
