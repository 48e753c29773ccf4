namespace app {
using Id = int;
struct Box {
  int V;
};
Box make() { return Box{1}; }
Box make2() { return Box{2}; }
} // namespace app
int use() { return app::Box{3}.V + app::make().V; }
