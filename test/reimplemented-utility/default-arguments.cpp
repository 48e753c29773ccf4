// A call that leaves a primitive's defaulted parameter to its default writes
// one argument: a one-parameter utility takes it, and the fix keeps the call's
// written arguments. A call that writes the second argument cannot be
// rewritten.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::conv::escape=::gen::quote'}}" \
// RUN:   -- -std=c++17

#include <string>

namespace conv {
enum class Wrap { Yes, No };
std::string escape(const std::string &S, Wrap W = Wrap::Yes);
} // namespace conv
namespace gen {
std::string quote(const std::string &S);
} // namespace gen

std::string quoted(const std::string &A) { return conv::escape(A); }
// CHECK-MESSAGES: :[[@LINE-1]]:51: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
// CHECK-FIXES: std::string quoted(const std::string &A) { return ::gen::quote(A); }

std::string bare(const std::string &A) {
  return conv::escape(A, conv::Wrap::No);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
  // CHECK-FIXES: return conv::escape(A, conv::Wrap::No);
}
