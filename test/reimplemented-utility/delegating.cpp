// A function that calls the utility hands the work to it: an override
// forwarding its varargs to the utility has the body of the utility's own
// forwarding overload, but re-implements nothing. A copy that does the work
// itself is still reported.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::logs::warn'}}" \
// RUN:   -- -std=c++17

#include <cstdarg>
#include <cstdio>

namespace logs {
void warn(const char *Format, va_list Args) {
  std::fputs("warning: ", stderr);
  std::vfprintf(stderr, Format, Args);
  std::fputs("\n", stderr);
}

void warn(const char *Format, ...) {
  va_list Args;
  va_start(Args, Format);
  warn(Format, Args);
  va_end(Args);
}
} // namespace logs

class Status {
public:
  virtual ~Status() = default;
  virtual void warning(const char *Format, ...) = 0;
};

class Printer : public Status {
public:
  void warning(const char *Format, ...) override {
    va_list Rest;
    va_start(Rest, Format);
    logs::warn(Format, Rest);
    va_end(Rest);
  }
};

// The same forwarding body through a lambda is still a call of the utility.
void warnLater(const char *Format, ...) {
  va_list Rest;
  va_start(Rest, Format);
  auto Emit = [&] { logs::warn(Format, Rest); };
  Emit();
  va_end(Rest);
}

// Does the utility's work itself: a copy.
void complain(const char *Text, va_list More) {
  std::fputs("warning: ", stderr);
  std::vfprintf(stderr, Text, More);
  std::fputs("\n", stderr);
}
// CHECK-MESSAGES: :[[@LINE-5]]:6: warning: function 'complain' is a renamed clone of the designated utility 'logs::warn'; call the utility instead [ssot-reimplemented-utility]
