// A template of 'tools' that takes a template: instantiated with another
// component's template, its text still names only its own parameter.
#ifndef TOOLS_APPLY_H
#define TOOLS_APPLY_H
namespace tools {
template <template <typename> class Tmpl, typename T> struct Apply {
  using type = Tmpl<T>;
  static int size() { return sizeof(Tmpl<T>); }
};
} // namespace tools
#endif
