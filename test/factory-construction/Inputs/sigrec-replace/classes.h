// Classes whose designated factories (factories.h) return something other
// than the class. A unit that includes only this header knows the factories
// from the records a recording run over recorder.cpp writes.
#ifndef SIGREC_REPLACE_CLASSES_H
#define SIGREC_REPLACE_CLASSES_H
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gx {
struct Context {};
struct Compiled {
  std::string evaluate(const Context *Where, const std::string &Config) const;
  bool contextSensitive() const;
};
class Expr {
public:
  std::unique_ptr<Compiled> parse(const std::string &Input);
};
} // namespace gx

namespace cl {
struct Line : std::vector<std::string> {};
struct Lines : std::vector<Line> {};
} // namespace cl

namespace st {
struct Width {
  int N;
};
// A string by another name: a parameter that takes a string takes it.
struct Label : std::string {
  using std::string::string;
};
class Buf {
public:
  Buf &operator<<(const std::string &S);
  Buf &operator<<(int N);
  Buf &operator<<(Width W);
  std::string str() const;
};
struct Piece {
  Piece(const std::string &S);
  Piece(const char *S);
  Piece(int N);
  // Neither takes a width: a constructor template whose parameter its
  // template does not decide, and one callers cannot use.
  template <typename Unit = char> Piece(double Amount);

private:
  Piece(Width W);
};
} // namespace st

namespace ex {
// A piece made from a string view: a string reaches it through the view.
struct ViewPiece {
  ViewPiece(std::string_view S);
};
class Sink {
public:
  Sink &operator<<(const std::string &S);
  std::string str() const;
};
// A class template whose specialization the recording unit never
// completes, and a class with a converting constructor template: a
// parameter of either takes anything.
template <typename T> struct Box {
  Box(T Value);
};
struct Any {
  template <typename T> Any(const T &Value);
};
class Counter {
public:
  void add(int N);
  int total() const;
};
class Note {
public:
  void set(int N);
  std::string text() const;
};
} // namespace ex

// In a header: evaluated once.
inline std::string headerOnce(const gx::Context *Where) {
  gx::Expr Ge;
  return Ge.parse("$<1:a>")->evaluate(Where, "Debug");
}
#endif
