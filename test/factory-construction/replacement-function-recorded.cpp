// A factory that returns something other than the class is judged the same
// way whether the unit declares it or knows it from the records a recording
// run wrote (option RecordSignatures, over a unit that includes the
// factories' header): reported only where one call of it can take the
// construction's place (replacement-function.cpp has the full set of
// shapes). The record gives the result type, each parameter's type with its
// class's converting constructors, and which parameters take many inputs (a
// std::initializer_list, a parameter pack), and whether a parameter's class
// has a converting constructor a template decides.
// RECORDED: the records are read; only replaceable constructions reported.
// UNRECORDED: no records: the unit cannot tell what the factories are, and
//   every construction is reported, as before.
// RUN: rm -rf %t.fp
// RUN: %clang_tidy_ssot --checks=-*,ssot-factory-construction %S/Inputs/sigrec-replace/recorder.cpp \
// RUN:   -config="{CheckOptions: {ssot-factory-construction.Factories: '::gx::Expr=::gx::evaluate;::cl::Line=::cl::makeSingleLine;::st::Buf=::st::cat;::ex::Sink=::ex::joinViews;::ex::Counter=::ex::countBoxed;::ex::Note=::ex::describe', ssot-factory-construction.FingerprintDirectory: '%t.fp', ssot-factory-construction.RecordSignatures: 'true'}}" -- -std=c++17
// RUN: %check_ssot -check-suffix=RECORDED %s ssot-factory-construction %t -- -header-filter=.* -config="{CheckOptions: {ssot-factory-construction.Factories: '::gx::Expr=::gx::evaluate;::cl::Line=::cl::makeSingleLine;::st::Buf=::st::cat;::ex::Sink=::ex::joinViews;::ex::Counter=::ex::countBoxed;::ex::Note=::ex::describe', ssot-factory-construction.FingerprintDirectory: '%t.fp'}}" -- -std=c++17 -I%S/Inputs/sigrec-replace
// RUN: %check_ssot -check-suffix=UNRECORDED %s ssot-factory-construction %t -- -header-filter=.* -config="{CheckOptions: {ssot-factory-construction.Factories: '::gx::Expr=::gx::evaluate;::cl::Line=::cl::makeSingleLine;::st::Buf=::st::cat;::ex::Sink=::ex::joinViews;::ex::Counter=::ex::countBoxed;::ex::Note=::ex::describe'}}" -- -std=c++17 -I%S/Inputs/sigrec-replace

#include "classes.h"
#include <string>
#include <utility>

#define ONCE(Input) gx::Expr().parse(Input)->evaluate(Where, "Debug")

void take(const cl::Lines &);
void report(const std::string &);
void count(int);

// Replaceable: one value per use, in the function and through a macro.
std::string once(const gx::Context *Where, const std::string &Input) {
  gx::Expr Ge;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  std::string Out = Ge.parse(Input)->evaluate(Where, "Debug");
  Out += ONCE(Input);
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:10: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:10: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  return Out;
}

// Not replaceable: the compiled expression is kept, or queried for more.
std::string kept(const gx::Context *Where, const std::string &Input,
                 std::unique_ptr<gx::Compiled> &Keep) {
  gx::Expr Stored;
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  Keep = Stored.parse(Input);
  gx::Expr Queried;
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  std::unique_ptr<gx::Compiled> Q = Queried.parse(Input);
  std::string Out = Q->evaluate(Where, "Debug");
  if (Q->contextSensitive())
    Out += "!";
  return Out;
}

// A template's body is judged by its instantiation.
template <typename T>
std::string inTemplate(const gx::Context *Where, const T &Input) {
  gx::Expr Ge;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
  return Ge.parse(Input)->evaluate(Where, "Debug");
}
std::string instantiate(const gx::Context *Where) {
  return inTemplate(Where, std::string("a"));
}

// Filled, then handed over: the recorded std::initializer_list of string
// views takes a string, and a class derived from one.
void handedOver(const std::string &A, const st::Label &B) {
  cl::Lines Commands;
  cl::Line Command;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:12: warning: 'cl::Line' is constructed directly; use 'cl::makeSingleLine' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:12: warning: 'cl::Line' is constructed directly; use 'cl::makeSingleLine' instead [ssot-factory-construction]
  Command.push_back(A);
  Command.push_back(B);
  Commands.push_back(std::move(Command));
  take(Commands);
}

// Filled in a loop: one call cannot do that.
void looped(const std::vector<std::string> &Words) {
  cl::Lines Commands;
  cl::Line Looped;
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-1]]:12: warning: 'cl::Line' is constructed directly; use 'cl::makeSingleLine' instead [ssot-factory-construction]
  for (const std::string &W : Words)
    Looped.push_back(W);
  Commands.push_back(std::move(Looped));
  take(Commands);
}

// Filled, then read once: the recorded parameter pack takes what the
// named parameter (a Piece) takes: a literal, a string, a number; not a
// width.
void streamed(const std::string &Name, int Line) {
  st::Buf Msg;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:11: warning: 'st::Buf' is constructed directly; use 'st::cat' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:11: warning: 'st::Buf' is constructed directly; use 'st::cat' instead [ssot-factory-construction]
  Msg << "at " << Name << Line;
  report(Msg.str());
  st::Buf Padded;
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-1]]:11: warning: 'st::Buf' is constructed directly; use 'st::cat' instead [ssot-factory-construction]
  Padded << st::Width{4} << Line;
  report(Padded.str());
}

// Through converting constructors: a string reaches the recorded piece
// through its string view constructor; a specialization of a class
// template that the recording unit never completed, and a class with a
// converting constructor template, take an int.
void throughConstructors(const std::string &Name, int N) {
  ex::Sink S;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:12: warning: 'ex::Sink' is constructed directly; use 'ex::joinViews' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:12: warning: 'ex::Sink' is constructed directly; use 'ex::joinViews' instead [ssot-factory-construction]
  S << Name;
  report(S.str());
  ex::Counter C;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:15: warning: 'ex::Counter' is constructed directly; use 'ex::countBoxed' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:15: warning: 'ex::Counter' is constructed directly; use 'ex::countBoxed' instead [ssot-factory-construction]
  C.add(N);
  count(C.total());
  ex::Note Once;
  // CHECK-MESSAGES-RECORDED: :[[@LINE-1]]:12: warning: 'ex::Note' is constructed directly; use 'ex::describe' instead [ssot-factory-construction]
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-2]]:12: warning: 'ex::Note' is constructed directly; use 'ex::describe' instead [ssot-factory-construction]
  Once.set(N);
  report(Once.text());
  // Set in a loop: not replaceable. describe's `Note *` parameter is an
  // input, not a note it hands out, so describe is judged.
  ex::Note Looped;
  // CHECK-MESSAGES-UNRECORDED: :[[@LINE-1]]:12: warning: 'ex::Note' is constructed directly; use 'ex::describe' instead [ssot-factory-construction]
  for (int I = 0; I < N; ++I)
    Looped.set(I);
  report(Looped.text());
}

// The header is reported after the main file.
// CHECK-MESSAGES-RECORDED: classes.h:89:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
// CHECK-MESSAGES-UNRECORDED: classes.h:89:12: warning: 'gx::Expr' is constructed directly; use 'gx::evaluate' instead [ssot-factory-construction]
