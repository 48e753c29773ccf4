// A function factory that returns something other than the class (here the
// string an expression object evaluates to) does in one call what a caller
// does with one object. It is advised ("use 'gx::evaluate' instead") only
// where it can take the construction's place: every use of the object is a
// chain of member calls, each product used once, ending in a value of the
// factory's result type, and what the construction and the calls are given
// can all be passed to the factory. An object kept, handed on, queried for
// more, given what the factory does not take, or whose product is used
// again (in a loop) is no bypass of it. So is an object filled (member calls
// whose values are dropped) and then handed to a local of the factory's
// result type, on every path, where the factory makes that local with the
// one object in it, or filled and then made into one value (a buffer's
// insertions, then its string): not reported, or, with a factory
// that makes the class too, advised through that one alone. An object
// nothing uses is reported still.
// RUN: %check_ssot %s ssot-factory-construction %t -- -header-filter=.* -config="{CheckOptions: {ssot-factory-construction.Factories: '::gx::Expr=::gx::evaluate;::cl::Line=::cl::makeSingleLine;::st::Buf=::st::cat'}}" -- -std=c++17 -I%S/Inputs
// RUN: %check_ssot -check-suffix=MIXED %s ssot-factory-construction %t -- -header-filter=.* -config="{CheckOptions: {ssot-factory-construction.Factories: '::gx::Expr=::gx::makeExpr|::gx::evaluate;::cl::Line=::cl::makeSingleLine'}}" -- -std=c++17 -I%S/Inputs

#include "genex.h"
#include <initializer_list>
#include <string_view>
#include <vector>

namespace cl {
struct Line : std::vector<std::string> {
  void appendTo(std::string &Out) const;
};
struct Lines : std::vector<Line> {};
// Makes a list holding one line of these words.
Lines makeSingleLine(std::initializer_list<std::string_view> Words);
} // namespace cl

namespace st {
struct Width {
  int N;
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
// Joins what it is given; each of More is made a Piece too.
template <typename... More>
std::string cat(const Piece &First, const More &...Rest);
} // namespace st

#define ONCE(Input) gx::Expr().parse(Input)->evaluate(Where, "Debug")

namespace {
void use(gx::Expr &) {}
} // namespace

// Replaceable: one value per use.
std::string once(const gx::Context *Where, const std::string &Input) {
  gx::Expr Ge;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  std::unique_ptr<gx::Compiled> Cge = Ge.parse(Input);
  std::string Out = Cge->evaluate(Where, "Debug");
  // A temporary, a string literal for the input.
  Out += gx::Expr().parse("$<0:x>")->evaluate(Where, "Release");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:10: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  // Two uses, each one call of the factory.
  gx::Expr Twice;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  Out += Twice.parse(Input)->evaluate(Where, "A");
  Out += Twice.parse(Input + "b")->evaluate(Where, "B");
  // Parsed and evaluated afresh on each pass: one call each.
  gx::Expr PerPass;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  for (const char *Config : {"A", "B"})
    Out += PerPass.parse(Input)->evaluate(Where, Config);
  // Through an owning pointer.
  auto Owned = std::make_unique<gx::Expr>();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'gx::Expr' is constructed through 'std::make_unique'; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:16: warning: 'gx::Expr' is constructed through 'std::make_unique'; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  Out += Owned->parse(Input)->evaluate(Where, "C");
  Out += ONCE(Input);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:10: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  // Nothing uses it: dead, whatever the factory is.
  gx::Expr Dead;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  return Out;
}

template <typename T>
std::string inTemplate(const gx::Context *Where, const T &Input) {
  gx::Expr Ge;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
  return Ge.parse(Input)->evaluate(Where, "Debug");
}
std::string instantiate(const gx::Context *Where) {
  return inTemplate(Where, std::string("a")) + inTemplate<std::string>(Where, "b");
}

struct Holder {
  gx::Expr Kept;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  std::unique_ptr<gx::Compiled> Compiled;
};

// Not replaceable: no finding, or only the factory that makes it.
std::string kept(Holder &H, const gx::Context *Where, const std::string &Input,
                 const std::vector<std::string> &Configs, gx::Trace Bt) {
  // The compiled expression is kept.
  gx::Expr Stored;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  H.Compiled = Stored.parse(Input);
  // Evaluated once per configuration: parsing once is the point.
  gx::Expr PerConfig;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  std::unique_ptr<gx::Compiled> Cge = PerConfig.parse(Input);
  std::string Out;
  for (const std::string &Config : Configs)
    Out += Cge->evaluate(Where, Config);
  // Queried for more than the value.
  gx::Expr Queried;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  std::unique_ptr<gx::Compiled> Q = Queried.parse(Input);
  Out += Q->evaluate(Where, "Debug");
  if (Q->contextSensitive())
    Out += "!";
  // Ends in something else.
  gx::Expr Targets;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  Out += std::to_string(Targets.parse(Input)->targets().size());
  // Given what the factory does not take.
  gx::Expr Traced(Bt);
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  Out += Traced.parse(Input)->evaluate(Where, "Debug");
  // Handed on.
  gx::Expr Given;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  use(Given);
  // Asked for its state: the factory needs what it was never given.
  gx::Expr Probe;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  Out += Probe.error();
  // Kept in a container.
  std::vector<gx::Expr> Many;
  Many.emplace_back();
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:8: warning: 'gx::Expr' is constructed through 'emplace_back'; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  // Captured by a lambda that may run any number of times.
  gx::Expr Captured;
  // CHECK-MESSAGES-MIXED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr' [ssot-factory-construction]
  auto Later = [&] { return Captured.parse(Input)->evaluate(Where, "D"); };
  Out += Later();
  return Out;
}

// Kept in a member.
Holder makeHolder() { return Holder(); }

void take(const cl::Lines &);
struct Target {
  cl::Lines Commands;
};

// Filled, then handed over: one call of the factory.
void filled(const std::string &Exe, const std::string &File) {
  cl::Line Command;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: 'cl::Line' is constructed directly; use 'cl::makeSingleLine' instead [ssot-factory-construction]
  // CHECK-MESSAGES-MIXED: :[[@LINE-2]]:12: warning: 'cl::Line' is constructed directly; use 'cl::makeSingleLine' instead [ssot-factory-construction]
  Command.push_back(Exe);
  Command.push_back("-o");
  Command.push_back(File);
  cl::Lines Commands;
  Commands.push_back(std::move(Command));
  take(Commands);
}

// Not one line made from a fixed list of words on every path.
void notFilled(const std::string &Exe, const std::vector<std::string> &Args,
               bool Verbose, Target &T) {
  // Words from a loop.
  cl::Line Looped;
  Looped.push_back(Exe);
  for (const std::string &Arg : Args)
    Looped.push_back(Arg);
  cl::Lines L1;
  L1.push_back(Looped);
  take(L1);
  // A word on one path only.
  cl::Line Branched;
  Branched.push_back(Exe);
  if (Verbose)
    Branched.push_back("-v");
  cl::Lines L2;
  L2.push_back(Branched);
  take(L2);
  // Two lines in one list.
  cl::Line First;
  First.push_back(Exe);
  cl::Line Second;
  Second.push_back("-x");
  cl::Lines L3;
  L3.push_back(First);
  L3.push_back(Second);
  take(L3);
  // Into a member, which may hold more.
  cl::Line Kept;
  Kept.push_back(Exe);
  T.Commands.push_back(Kept);
  // Filled with what the factory does not take.
  cl::Line Sized;
  Sized.reserve(4);
  cl::Lines L4;
  L4.push_back(Sized);
  take(L4);
  // Handed over on each pass: the list holds a line per pass.
  cl::Lines PerPass;
  for (const std::string &Arg : Args) {
    cl::Line One;
    One.push_back(Arg);
    PerPass.push_back(std::move(One));
  }
  take(PerPass);
  // Into a list that holds something already, or more than once.
  cl::Lines Copied = PerPass;
  cl::Line IntoCopy;
  IntoCopy.push_back(Exe);
  Copied.push_back(IntoCopy);
  take(Copied);
  cl::Lines Grown;
  Grown.emplace_back();
  cl::Line IntoGrown;
  IntoGrown.push_back(Exe);
  Grown.push_back(IntoGrown);
  take(Grown);
  cl::Lines Thrice;
  cl::Line Repeated;
  Repeated.push_back(Exe);
  Thrice.resize(3, Repeated);
  take(Thrice);
  // Read out, not filled.
  cl::Line Read;
  std::string Text;
  Read.appendTo(Text);
  cl::Lines L6;
  L6.push_back(Read);
  take(L6);
  // Changed after it was handed over.
  cl::Line Later;
  cl::Lines L5;
  L5.push_back(Later);
  Later.push_back(Exe);
  take(L5);
}


void report(const std::string &);

// Paths a goto makes are not followed.
void jumps(const std::string &Name, int Tries) {
  st::Buf Msg;
again:
  Msg << Name;
  if (--Tries > 0)
    goto again;
  report(Msg.str());
}

// Filled, then made into one value.
void streamed(const std::string &Name, int Line, bool Verbose) {
  st::Buf Msg;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: 'st::Buf' is constructed directly; use 'st::cat' instead [ssot-factory-construction]
  Msg << "at " << Name << Line;
  Msg << "!";
  report(Msg.str());
  // Filled on one path only.
  st::Buf Maybe;
  Maybe << Name;
  if (Verbose)
    Maybe << Line;
  report(Maybe.str());
  // Its string taken twice.
  st::Buf Twice;
  Twice << Name;
  report(Twice.str());
  report(Twice.str());
  // Formatted: the factory only joins (no public constructor of a piece
  // takes a width).
  st::Buf Padded;
  Padded << st::Width{4} << Line;
  report(Padded.str());
  // Given nothing: the factory needs a first piece.
  st::Buf Empty;
  report(Empty.str());
  // Handed on.
  st::Buf Given;
  Given << Name;
  Given << (Given.str() + "x");
}

// The header is reported after the main file.
// CHECK-MESSAGES: genex.h:34:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
// CHECK-MESSAGES-MIXED: genex.h:34:12: warning: 'gx::Expr' is constructed directly; create it through its factory 'gx::makeExpr', or use 'gx::evaluate' instead [ssot-factory-construction]
