// A reader made by a builder, and the builder's designated factory.
#ifndef READER_H
#define READER_H
#include <ssot/annotations.h>
#include <memory>

namespace rd {
class Reader {
public:
  bool parse(const char *Text) const { return Text != nullptr; }
};

class SSOT_FACTORY("::rd::openBuilder") Builder {
public:
  Builder() = default;
  explicit Builder(int Strictness) : Strictness(Strictness) {}
  // Counts the builders made, through what it is given.
  explicit Builder(int *Made) : Made(Made) { ++*Made; }
  Reader *newReader() const { return new Reader; }
  Reader *newReaderWith(int Flags) const { return Flags ? new Reader : nullptr; }
  Reader *takeReader() { return new Reader; }
  int strictness() const { return Strictness; }

private:
  int Strictness = 0;
  int *Made = nullptr;
};

std::unique_ptr<Builder> openBuilder(int Strictness);

// A guard: made to be left unused, it acts when it is destroyed.
class SSOT_FACTORY("::rd::openScope") Scope {
public:
  Scope() = default;
  explicit Scope(const char *Name) : Name(Name) {}
  ~Scope() { Left = Name; }
  static inline const char *Left = nullptr;

private:
  const char *Name = "";
};
std::unique_ptr<Scope> openScope(const char *Name);

// Not a smart pointer: what it does with its argument is its own business.
class Runner {
public:
  explicit Runner(std::unique_ptr<Builder> B) : B(std::move(B)) {}

private:
  std::unique_ptr<Builder> B;
};
} // namespace rd
#endif
