// A utility whose result type is not the call's gets no fix where the result
// is used, even when its type converts to the call's: the converted value may
// differ (here, a quoted form). The note names both types.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::conv::escape=::gen::quote'}}" \
// RUN:   -- -std=c++17

#include <string>

namespace gen {
struct Quoted {
  std::string Text;
  operator std::string() const { return "\"" + Text + "\""; }
};
inline Quoted quote(const std::string &S) { return {S}; }
} // namespace gen

namespace conv {
inline std::string escape(const std::string &S) { return S; }
} // namespace conv

std::string script(const std::string &Name) { return conv::escape(Name); }
// CHECK-NOTES: :[[@LINE-1]]:54: warning: direct call of 'conv::escape' bypasses the designated utility 'gen::quote' [ssot-reimplemented-utility]
// CHECK-NOTES: :[[@LINE-2]]:54: note: no fix-it: 'gen::quote' cannot replace this call: its result type 'gen::Quoted' is not the call's 'std::string', and the result is used
// CHECK-NOTES: :15:15: note: designated utility 'gen::quote' declared here
