// The designated class; its factory is declared in factory.h, which only
// some units include.
#ifndef SIGREC_WIDGET_H
#define SIGREC_WIDGET_H
#include <string>
namespace app {
class Widget {
public:
  Widget(const std::string &Name, int Size) : Name(Name), Size(Size) {}
  Widget(double Scale, int Size) : Size(static_cast<int>(Scale) * Size) {}
  explicit Widget(int Size) : Size(Size) {}
  std::string Name;
  int Size;
};
// Reference counted: only unref() destroys it.
class Pinned {
public:
  explicit Pinned(int Size) : Size(Size) {}
  void unref() { delete this; }
  int Size;

private:
  ~Pinned() = default;
};
} // namespace app
#endif
