// Result types are compared as declared, references included: a utility that
// returns the same reference type as the primitive replaces a call whose
// result is used. One that returns a reference where the primitive returns a
// value does not (the reference may outlive what it refers to), and its note
// prints both declared types alike.
// RUN: %clang_tidy_ssot --quiet --checks=-*,ssot-reimplemented-utility %s \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::name=::util::name; ::raw::copy=::util::pick'}}" \
// RUN:   -- -std=c++17 2>&1 | FileCheck %s --implicit-check-not='{{warning|error|note}}:'
// RUN: rm -rf %t && mkdir -p %t && cp %s %t/use.cpp
// RUN: %clang_tidy_ssot --quiet --fix --checks=-*,ssot-reimplemented-utility %t/use.cpp \
// RUN:   -config="{CheckOptions: {ssot-reimplemented-utility.Primitives: '::raw::name=::util::name; ::raw::copy=::util::pick'}}" \
// RUN:   -- -std=c++17 > %t/fix.out 2>&1
// RUN: FileCheck %s --input-file=%t/use.cpp --check-prefix=FIXED
// RUN: %clang -fsyntax-only -std=c++17 %t/use.cpp

#include <string>

namespace raw {
inline const std::string &name(int) { static std::string S; return S; }
inline std::string copy(const std::string &S) { return S; }
} // namespace raw
namespace util {
inline const std::string &name(int I) { return raw::name(I); }
inline const std::string &pick(const std::string &S) { return S; }
} // namespace util

std::string named() { return raw::name(1); }
// CHECK: result-references.cpp:[[@LINE-1]]:30: warning: direct call of 'raw::name' bypasses the designated utility 'util::name' [ssot-reimplemented-utility]
// CHECK: note: designated utility 'util::name' declared here
// FIXED: std::string named() { return util::name(1); }

const std::string &held(const std::string &S) {
  const std::string &Kept = raw::copy(S);
  return Kept;
}
// CHECK: result-references.cpp:[[@LINE-3]]:29: warning: direct call of 'raw::copy' bypasses the designated utility 'util::pick' [ssot-reimplemented-utility]
// CHECK: result-references.cpp:[[@LINE-4]]:29: note: no fix-it: 'util::pick' cannot replace this call: its result type 'const std::string &' is not the call's 'std::string', and the result is used
// CHECK: note: designated utility 'util::pick' declared here
// FIXED: const std::string &Kept = raw::copy(S);
