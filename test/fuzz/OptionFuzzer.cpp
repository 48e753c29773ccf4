//===--- OptionFuzzer.cpp - libFuzzer target for the option parsers --------===//
//
// Every option parser on the same text, with the invariants they promise:
// countQualifiedNames accepts exactly what forEachQualifiedName accepts and
// counts the same names; a refused value's message stays bounded whatever
// the value's length; a header that is accepted is spelled as a header name.
//
//===----------------------------------------------------------------------===//
#include "lib/analysis/OptionParsing.h"
#include <cstdint>
#include <cstdlib>
#include <string>

using namespace ssot;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Value(reinterpret_cast<const char *>(Data), Size);
  std::string Error;

  size_t Seen = 0;
  bool Accepted =
      forEachQualifiedName(Value, Error, [&](llvm::StringRef) { ++Seen; });
  std::optional<size_t> Count = countQualifiedNames(Value);
  if (Accepted != Count.has_value() || (Count && *Count != Seen))
    std::abort(); // the fast counter and the parser disagree
  if (!Accepted) {
    // The reason quotes a bounded excerpt of the element, however long.
    if (Error.size() > 200)
      std::abort();
    std::string Message =
        invalidOptionMessage("ssot-check", "Option", Error, Value);
    if (Message.size() > 400)
      std::abort();
  }

  Error.clear();
  if (!parseQualifiedNamePairs(Value, "Key=Value", Error) && Error.size() > 300)
    std::abort();
  if (std::optional<std::string> Header = parseHeader(Value, Error)) {
    llvm::StringRef H(*Header);
    if (H.empty() || H.contains('\n') || H.contains(';') || H.contains('{'))
      std::abort(); // would be spelled into an #include directive
  }
  (void)parseBool(Value);
  (void)parseRegex(Value, Error);
  return 0;
}
