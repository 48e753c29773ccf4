// A direct call of a primitive that a designated utility wraps is a bypass.
// The call is rewritten to the utility when the utility takes the call's
// arguments as they are, and the utility's header is included.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::std::this_thread::sleep_for=::core::safe_sleep; ::std::this_thread::yield=::core::timed_sleep'}}" \
// RUN:   -- -std=c++17 -I %ssot_include

#include "Inputs/my_thread.h"
#include "Inputs/umbrella.h"
// The utility's header is inserted once, sorted in the LLVM style.
// CHECK-FIXES: {{^}}#include "Inputs/my_thread.h"
// CHECK-FIXES-NEXT: {{^}}#include "Inputs/sleep.h"
// CHECK-FIXES-NEXT: {{^}}#include "Inputs/umbrella.h"
// CHECK-FIXES-NOT: #include "Inputs/sleep.h"

using namespace std::chrono_literals;

void poll() {
  std::this_thread::sleep_for(std::chrono::milliseconds(10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'std::this_thread::sleep_for' bypasses the designated utility 'core::safe_sleep' [ssot-reimplemented-utility]
  // CHECK-FIXES: ::core::safe_sleep(std::chrono::milliseconds(10));
  std::chrono::milliseconds backoff(5);
  std::this_thread::sleep_for(backoff);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'std::this_thread::sleep_for' bypasses
  // CHECK-FIXES: ::core::safe_sleep(backoff);
  std::this_thread::sleep_for(20ms);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'std::this_thread::sleep_for' bypasses
  // CHECK-FIXES: ::core::safe_sleep(20ms);
}

void noFix() {
  // seconds would convert, but the fix only passes what the utility takes.
  std::this_thread::sleep_for(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'std::this_thread::sleep_for' bypasses
  // CHECK-FIXES: std::this_thread::sleep_for(std::chrono::seconds(1));
#define NAP() std::this_thread::sleep_for(std::chrono::milliseconds(1))
  NAP();
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: direct call of 'std::this_thread::sleep_for' bypasses
  // CHECK-FIXES: NAP();
}

// yield() takes no arguments; timed_sleep takes one: no fix.
void spin() { std::this_thread::yield(); }
// CHECK-MESSAGES: :[[@LINE-1]]:15: warning: direct call of 'std::this_thread::yield' bypasses the designated utility 'core::timed_sleep'
// CHECK-FIXES: void spin() { std::this_thread::yield(); }

// A template calling the primitive is reported once, without a fix: the
// utility takes milliseconds, the second instantiation passes microseconds.
template <class D> void pause(D d) { std::this_thread::sleep_for(d); }
// CHECK-MESSAGES: :[[@LINE-1]]:38: warning: direct call of 'std::this_thread::sleep_for' bypasses
// CHECK-FIXES: template <class D> void pause(D d) { std::this_thread::sleep_for(d); }
void usePause() {
  pause(std::chrono::milliseconds(1));
  pause(std::chrono::microseconds(1));
}

// Not bypasses: the look-alike in another namespace, calls of the utility,
// and the utility's own body, which is where the primitive belongs.
void fine() {
  my::this_thread::sleep_for(std::chrono::milliseconds(1));
  core::safe_sleep(std::chrono::milliseconds(1));
}
namespace core {
void safe_sleep(std::chrono::milliseconds duration) {
  if (duration > std::chrono::milliseconds::zero())
    std::this_thread::sleep_for(duration);
}
} // namespace core
