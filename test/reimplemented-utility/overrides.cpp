// An override of a designated virtual utility is that utility for its
// class: the primitive belongs in its body, and it is not a twin.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::os::nap=::Env::Sleep'}}" \
// RUN:   -- -std=c++17

namespace os {
void nap(int micros);
} // namespace os

class Env {
public:
  virtual ~Env() = default;
  virtual void Sleep(int micros) { os::nap(micros); }
};

class PosixEnv : public Env {
public:
  void Sleep(int micros) override { os::nap(micros); }
};

class TracingEnv final : public PosixEnv {
public:
  void Sleep(int micros) override {
    ++Calls;
    os::nap(micros);
  }
  int Calls = 0;
};

// Not an override: a bypass, and the same code as the utility, which needs
// an Env to be called.
class Timer {
public:
  void Sleep(int micros) { os::nap(micros); }
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: function 'Sleep' is a renamed clone of the designated utility 'Env::Sleep'; the utility cannot replace it as it is: the utility is a member of 'Env', which needs an object of it [ssot-reimplemented-utility]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: direct call of 'os::nap' bypasses the designated utility 'Env::Sleep' [ssot-reimplemented-utility]
};
