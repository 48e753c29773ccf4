// The functions a utility calls to do its work are its implementation: the
// primitive belongs in them as in the utility's own body, and calling the
// utility there would make it call itself. Inputs/atty_port.h's IsATTY calls
// keepErrno, which calls doIsATTY, which calls isatty: not reported there (nor
// in this file's own chain below). Functions the utility does not call are
// no part of it.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::isatty=::port::IsATTY; ::dup=::io::dupChecked'}}" \
// RUN:   -header-filter=.* -- -std=c++17

#include "Inputs/atty_port.h"

namespace io {
static int retry(int Fd) { return dup(Fd); }
int dupChecked(int Fd) {
  int Copy = retry(Fd);
  return Copy < 0 ? -1 : Copy;
}
} // namespace io

namespace port {
// Beside the utility, but not called by it.
inline int rawIsATTY(int Fd) { return isatty(Fd); }
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: direct call of 'isatty' bypasses the designated utility 'port::IsATTY' [ssot-reimplemented-utility]
// CHECK-FIXES: inline int rawIsATTY(int Fd) { return ::port::IsATTY(Fd); }
} // namespace port

int stdoutIsTerminal() { return isatty(1) + dup(1); }
// CHECK-MESSAGES: :[[@LINE-1]]:33: warning: direct call of 'isatty' bypasses the designated utility 'port::IsATTY' [ssot-reimplemented-utility]
// CHECK-MESSAGES: :[[@LINE-2]]:45: warning: direct call of 'dup' bypasses the designated utility 'io::dupChecked' [ssot-reimplemented-utility]
// CHECK-FIXES: int stdoutIsTerminal() { return ::port::IsATTY(1) + ::io::dupChecked(1); }
