// A primitive's defaulted parameter and a utility without it.
// - A call that leaves the parameter to its default writes one argument: a
//   one-parameter utility takes it, and the fix keeps the call's written
//   arguments.
// - A call that sets the parameter to another value (or to a value not known
//   before run time) asks for a variant of the primitive that the utility does
//   not offer: not a bypass.
// - A call that writes the default out is the utility's form: reported, with
//   no fix (the utility takes one argument).
// - An extra argument for a parameter without a default is no variant.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::conv::escape=::gen::quote; ::conv::pad=::gen::widen'}}" \
// RUN:   -- -std=c++17

#include "Inputs/escape.h"

std::string quoted(const std::string &A) { return conv::escape(A); }
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
// CHECK-FIXES: std::string quoted(const std::string &A) { return ::gen::quote(A); }

std::string bare(const std::string &A) { return conv::escape(A, conv::Wrap::No); }
// CHECK-FIXES: std::string bare(const std::string &A) { return conv::escape(A, conv::Wrap::No); }

std::string chosen(const std::string &A, conv::Wrap W) { return conv::escape(A, W); }

std::string spelledOut(const std::string &A) {
  return conv::escape(A, conv::Wrap::Yes);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
  // CHECK-FIXES: return conv::escape(A, conv::Wrap::Yes);
}

std::string padded(const std::string &A) {
  return conv::pad(A, 4);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct call of 'conv::pad' bypasses the designated utility 'gen::widen' [ssot-reimplemented-utility]
}

// In a macro and in a template the same rule holds.
#define RAW(S) conv::escape(S, conv::Wrap::No)
#define ESCAPED(S) conv::escape(S)
std::string viaMacros(const std::string &A) { return RAW(A) + ESCAPED(A); }
// CHECK-MESSAGES: :[[@LINE-1]]:63: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]

template <class T> std::string rawOf(const T &V) {
  return conv::escape(V, conv::Wrap::No);
}
template <class T> std::string escapedOf(const T &V) {
  return conv::escape(V);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
  // CHECK-FIXES: return conv::escape(V);
}
std::string useTemplates() {
  return rawOf(std::string("a")) + escapedOf(std::string("b"));
}
