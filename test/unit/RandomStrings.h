//===--- RandomStrings.h - short generated strings for the unit tests -----===//
//
// Tests that compare a fast implementation with a plain one run both on many
// short strings over the characters that matter. The generator is a fixed
// linear congruential one, so every run sees the same strings and a failure
// names a string that comes back.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_TEST_UNIT_RANDOMSTRINGS_H
#define SSOT_TEST_UNIT_RANDOMSTRINGS_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <string>

namespace ssot::test {

class RandomStrings {
public:
  /// Strings of fewer than \p LengthBound characters of \p Alphabet.
  RandomStrings(llvm::StringRef Alphabet, unsigned LengthBound, uint64_t Seed)
      : Alphabet(Alphabet), LengthBound(LengthBound), State(Seed) {}

  std::string next() {
    std::string S;
    for (unsigned I = 0, N = draw() % LengthBound; I != N; ++I)
      S.push_back(Alphabet[draw() % Alphabet.size()]);
    return S;
  }

private:
  unsigned draw() {
    State = State * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<unsigned>(State >> 33);
  }

  llvm::StringRef Alphabet;
  unsigned LengthBound;
  uint64_t State;
};

} // namespace ssot::test

#endif
