// A function carrying a designated utility's name in another case style, or
// its very spelling in another namespace, is a twin. Look-alike names,
// overloads beside the utility, members that need an object and the utility's
// own declarations are not.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- -header-filter=.* -- -std=c++17 -I %ssot_include

#include "Inputs/util.h"
// Declares legacy::ParseBool, a designated utility: never reported as a twin
// (in any host; clangd would not even see it), although its words are
// core::parse_bool's.
#include "Inputs/more_utilities.h"

namespace app {

bool parseBool(const char *s, bool dflt);
// CHECK-NOTES: :[[@LINE-1]]:6: warning: function 'parseBool' is a twin of the designated utility 'core::parse_bool' (the same name in camelCase); call the utility instead [ssot-reimplemented-utility]
// CHECK-NOTES: Inputs{{[/\\]}}util.h:9:19: note: designated utility 'core::parse_bool' declared here

bool ParseBool(const char *s) { return s && *s == '1'; }
// CHECK-NOTES: :[[@LINE-1]]:6: warning: function 'ParseBool' is a twin of the designated utility 'core::parse_bool' (the same name in PascalCase)
// CHECK-NOTES: note: designated utility 'core::parse_bool' declared here

int PARSE_BOOL(const char *s);
// CHECK-NOTES: :[[@LINE-1]]:5: warning: function 'PARSE_BOOL' is a twin of the designated utility 'core::parse_bool' (the same name in SCREAMING_CASE)
// CHECK-NOTES: note: designated utility 'core::parse_bool' declared here

// The same spelling in another place is the same name. A function is
// reported once, at its definition when the file has it.
bool parse_bool(const char *s, bool dflt);
bool parse_bool(const char *s, bool dflt) { return s ? *s == 't' : dflt; }
// CHECK-NOTES: :[[@LINE-1]]:6: warning: function 'parse_bool' is a twin of the designated utility 'core::parse_bool' (the same name in another scope)
// CHECK-NOTES: note: designated utility 'core::parse_bool' declared here

struct Settings {
  // Static members are free functions in all but scope.
  static bool parseBool(const char *s);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: function 'parseBool' is a twin of the designated utility 'core::parse_bool' (the same name in camelCase)
  // CHECK-NOTES: note: designated utility 'core::parse_bool' declared here
  // A member that needs an object is another interface.
  bool parse_bool(const char *s) const;
};

// A static member of another class with the utility's very name is a twin
// too (the name is designated); the utility's one-argument overload could
// take its calls.
struct Flags {
  static bool parse_bool(const char *s);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: function 'parse_bool' is a twin of the designated utility 'core::parse_bool' (the same name in another scope); call the utility instead
  // CHECK-NOTES: note: designated utility 'core::parse_bool' declared here
};

// Between classes the same spelling with another interface, which the
// utility cannot take the calls of, is the class's own operation of that
// name (a writer's parser for its own syntax): not a twin. In another case
// style it still is.
struct BffReader {
  static bool parse_bool(const char *s, char quote, int base);
};
struct IniReader {
  static bool ParseBool(const char *s, char quote, int base);
  // CHECK-NOTES: :[[@LINE-1]]:15: warning: function 'ParseBool' is a twin of the designated utility 'core::parse_bool' (the same name in PascalCase); the utility cannot replace it as it is: {{.*}}
  // CHECK-NOTES: note: designated utility 'core::parse_bool' declared here
};

// Look-alikes: other words, so other names.
bool parse_boolean(const char *s);
bool unparse_bool(bool b);
bool parse_bools(const char *s);
bool parseBoolean(const char *s);
bool safe_parse_bool(const char *s);

// A template twin is reported once, not once per instantiation.
template <class T> bool ParseBool(T s, bool dflt) { return s ? true : dflt; }
// CHECK-NOTES: :[[@LINE-1]]:25: warning: function 'ParseBool' is a twin of the designated utility 'core::parse_bool' (the same name in PascalCase)
// CHECK-NOTES: note: designated utility 'core::parse_bool' declared here
bool useTemplate() { return ParseBool(1, false) && ParseBool("x", true); }

// A twin declared through a macro is reported where the name is written.
#define DECLARE_PARSER(NAME) bool NAME(const char *s);
DECLARE_PARSER(parse_Bool)
// CHECK-NOTES: :[[@LINE-1]]:16: warning: function 'parse_Bool' is a twin of the designated utility 'core::parse_bool' (the same name in mixed case)
// CHECK-NOTES: note: designated utility 'core::parse_bool' declared here

} // namespace app

// The utility's own definition and the overload beside it are never twins.
namespace core {
bool parse_bool(const char *text, bool fallback) {
  return text ? text[0] == 't' : fallback;
}
bool parse_bool(const char *text) { return parse_bool(text, false); }
} // namespace core

// A utility that is a member needing an object has no name twins: other
// classes' members of that name are their own interface.
namespace core {
struct Clock {
  SSOT_UTILITY void wait_until_idle();
};
} // namespace core
namespace app {
struct Pool {
  void waitUntilIdle();
};
void WaitUntilIdle();
} // namespace app
void useClock(core::Clock &c) { c.wait_until_idle(); }

// Calls of the utility are never flagged.
bool callsUtility() { return core::parse_bool("true", false); }
