// Utilities designated in the configuration ('Utilities'), without any
// annotation; names that this file cannot see are ignored. The same file
// without the option reports nothing.
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=CONFIGURED -- \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Utilities: 'util::is_blank; ::util::count_words; ::nowhere::to_be_found'}}" \
// RUN:   -- -std=c++17
// RUN: %check_ssot %s ssot-reimplemented-utility %t -check-suffix=NONE -- -- -std=c++17

#include "Inputs/plain_util.h"

// The utility's own definition: its body is visible in this file in every
// host (clangd skips function bodies in headers).
bool util::is_blank(const char *s) {
  if (!s)
    return true;
  while (*s == ' ' || *s == '\t')
    ++s;
  if (*s == '\0')
    return true;
  return false;
}

namespace text {
// Nothing here calls util::is_blank: the option names it.
bool isBlank(const char *s);
// CHECK-MESSAGES-CONFIGURED: :[[@LINE-1]]:6: warning: function 'isBlank' is a twin of the designated utility 'util::is_blank' (the same name in camelCase); call the utility instead [ssot-reimplemented-utility]

bool empty_or_spaces(const char *p) {
  if (!p)
    return true;
  while (*p == ' ' || *p == '\t')
    ++p;
  if (*p == '\0')
    return true;
  return false;
}
// CHECK-MESSAGES-CONFIGURED: :[[@LINE-9]]:6: warning: function 'empty_or_spaces' is a renamed clone of the designated utility 'util::is_blank'

int CountWords(const char *s);
// CHECK-MESSAGES-CONFIGURED: :[[@LINE-1]]:5: warning: function 'CountWords' is a twin of the designated utility 'util::count_words' (the same name in PascalCase)

// Look-alikes of both.
bool is_blanks(const char *s);
int count_word(const char *s);
} // namespace text
// The NONE run has no expectations: without designations nothing is reported.
