// An interface twin of a utility whose body is in another unit: the record
// carries the utility's interface key (its shape and project callees), and
// the index selects the record by it (the twin shares no statement, whole
// body or name with the utility, the other keys).
// RUN: rm -rf %t.src %t.fp && mkdir -p %t.src/Inputs/interface
// RUN: cp %S/Inputs/interface/text.h %S/Inputs/interface/text.cpp %t.src/Inputs/interface/
// RUN: %clang_tidy_ssot --checks=-*,ssot-reimplemented-utility %t.src/Inputs/interface/text.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp', ssot-reimplemented-utility.RecordFingerprints: 'true'}}" \
// RUN:   -- -std=c++17
// RUN: grep -c '^interface [0-9A-F]*[1-9A-F]' %t.fp/text..trimWhitespace.*.fp | FileCheck %s --check-prefix=KEY
// KEY: 1
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=RECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17
// Without the record the utility's callees are unknown here: nothing.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=UNRECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace'}}" -- -std=c++17
// Quiet: the next read writes the index, the one after reads through it.
// RUN: touch -d '1 minute ago' %t.src/Inputs/interface/text.cpp %t.fp
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=RECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17
// RUN: test -f %t.fp/.index/records.fpx
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=RECORDED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: '::text::trimWhitespace', ssot-reimplemented-utility.FingerprintDirectory: '%t.fp'}}" \
// RUN:   -- -std=c++17

#include "Inputs/interface/text.h"
#include <algorithm>

namespace {
// Two std::find_if_not calls, no loop: nothing of the utility's statements.
std::string trim(const std::string &str) {
  auto start = std::find_if_not(str.begin(), str.end(), text::is_blank);
  auto end = std::find_if_not(str.rbegin(), str.rend(),
                              [](char c) { return text::is_blank(c); })
                 .base();
  return start < end ? std::string(start, end) : std::string();
}
// CHECK-MESSAGES-RECORDED: :[[@LINE-7]]:13: warning: function 'trim' is a twin of the designated utility 'text::trimWhitespace' (the same interface, and it calls the same function, 'text::is_blank'); if it does the same, call the utility instead [ssot-reimplemented-utility]

// A char pointer result: not a twin (it cannot drop trailing blanks).
const char *skipWhitespace(const char *s) {
  while (text::is_blank(*s))
    ++s;
  return s;
}
} // namespace

std::string useTrim(const std::string &s) {
  return trim(s) + skipWhitespace(s.c_str());
}
