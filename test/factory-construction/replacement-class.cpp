// A class factory is advised as "a member of" it only when it makes the
// designated class for its users: a member function (of it or of a class it
// derives from) returns one, or a data member keeps them. A class designated
// for a class it only uses inside (a document type designated for the reader
// it reads with) stands in its place: "use 'X' instead", and so does a
// function factory none of whose overloads returns one (an evaluation that
// returns the string an expression object would evaluate to). So does a factory
// this unit does not declare: a function or a class, making the class or not,
// the unit cannot tell, and the advice claims no more than the designation.
// RUN: %check_ssot %s ssot-factory-construction %t -- -config="{CheckOptions: {ssot-factory-construction.Factories: '::js::Reader=::js::Document;::js::Builder=::js::Document|::js::makeBuilder;::js::Token=::js::Lexer;::js::Node=::js::Tree;::js::Span=::js::SubCursor;::js::Cursor=::js::Lost;::js::Expr=::js::evaluate;::js::Value=::js::makeAny;::js::Circle=::js::makeShape;::js::Log=::js::openLog;::js::Part=::js::Shop;::js::Job=::js::Queue;::js::Pin=::js::Pins'}}" -- -std=c++17

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace js {
struct Reader {
  bool parse(const std::string &Text) { return !Text.empty(); }
};
struct Builder {
  int Depth = 0;
};
std::unique_ptr<Builder> makeBuilder();
// Reads a file with a Reader of its own; hands out none.
class Document {
public:
  explicit Document(const std::string &File) { Ok = Reader().parse(File); }
  bool ok() const { return Ok; }

private:
  bool Ok = false;
};

struct Token {
  int Kind = 0;
};
// Hands tokens out.
class Lexer {
public:
  Token next() { return Token(); }
};

struct Node {
  int Id = 0;
};
// Keeps them.
class Tree {
  std::vector<Node> Nodes;

public:
  void add() { Nodes.emplace_back(); }
};

struct Span {
  int From = 0;
};
template <typename T> class Cursor {
public:
  const T *current() const { return nullptr; }
};
// Hands spans out through its base.
class SubCursor : public Cursor<Span> {};

struct Expr {
  std::string Text;
  std::string eval() const { return Text; }
};
std::string evaluate(const std::string &Text);
std::string evaluate(const char *Text, int Flags);

struct Value {
  int V = 0;
};
// A template: its result may be the class.
template <typename T> std::unique_ptr<T> makeAny() {
  return std::make_unique<T>();
}

// Handed out as its base, through an out-parameter, by a member whose
// result a template deduces, or as what a function makes.
struct Shape {
  virtual ~Shape() = default;
};
struct Circle : Shape {};
std::unique_ptr<Shape> makeShape();
struct Log {
  int Lines = 0;
};
bool openLog(const char *Path, Log **Out);
struct Part {
  int Id = 0;
};
struct Shop {
  template <typename T> static auto make() { return T(); }
};
struct Job {
  int Id = 0;
};
struct Queue {
  std::function<Job()> next() const;
};
// Given one to change, not making one.
struct Pin {
  int At = 0;
};
struct Pins {
  static void move(Pin &P, int To);
};
} // namespace js

int use() {
  js::Reader R;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'js::Reader' is constructed directly; use 'js::Document' instead [ssot-factory-construction]
  js::Builder B;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: 'js::Builder' is constructed directly; create it through its factory 'js::makeBuilder', or use 'js::Document' instead [ssot-factory-construction]
  js::Token T;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'js::Token' is constructed directly; create it through a member of 'js::Lexer' [ssot-factory-construction]
  js::Node N;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'js::Node' is constructed directly; create it through a member of 'js::Tree' [ssot-factory-construction]
  js::Span S;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'js::Span' is constructed directly; create it through a member of 'js::SubCursor' [ssot-factory-construction]
  js::Cursor<int> C;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: 'js::Cursor' is constructed directly; use 'js::Lost' instead [ssot-factory-construction]
  js::Expr E{"x"};
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'js::Expr' is constructed directly; use 'js::evaluate' instead [ssot-factory-construction]
  js::Value V;
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: 'js::Value' is constructed directly; create it through its factory 'js::makeAny' [ssot-factory-construction]
  js::Circle Ci;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: 'js::Circle' is constructed directly; create it through its factory 'js::makeShape' [ssot-factory-construction]
  js::Log L;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'js::Log' is constructed directly; create it through its factory 'js::openLog' [ssot-factory-construction]
  js::Part P;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'js::Part' is constructed directly; create it through a member of 'js::Shop' [ssot-factory-construction]
  js::Job J;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'js::Job' is constructed directly; create it through a member of 'js::Queue' [ssot-factory-construction]
  js::Pin Pi;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'js::Pin' is constructed directly; use 'js::Pins' instead [ssot-factory-construction]
  N.Id += L.Lines + P.Id + J.Id + Pi.At + (dynamic_cast<js::Shape *>(&Ci) != nullptr);
  return R.parse("x") + B.Depth + T.Kind + N.Id + S.From +
         (C.current() != nullptr) + static_cast<int>(E.eval().size()) + V.V;
}
