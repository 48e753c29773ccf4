// An expression class whose designated factory is a function that returns
// what one use of the object makes (a string), not the object.
#ifndef GENEX_H
#define GENEX_H
#include <memory>
#include <set>
#include <string>

namespace gx {
struct Context {};
struct Trace {};
struct Compiled {
  const std::string &evaluate(const Context *Where,
                              const std::string &Config) const;
  bool contextSensitive() const;
  std::set<std::string> targets() const;
};
class Expr {
public:
  Expr();
  explicit Expr(Trace Where);
  ~Expr();
  std::unique_ptr<Compiled> parse(const std::string &Input);
  std::string error() const;
};
std::unique_ptr<Expr> makeExpr();
// Parses and evaluates in one call.
std::string evaluate(const std::string &Input, const Context *Where,
                     const std::string &Config);
} // namespace gx

// Evaluated once: the factory can take its place.
inline std::string headerOnce(const gx::Context *Where) {
  gx::Expr Ge;
  return Ge.parse("$<1:a>")->evaluate(Where, "Debug");
}
#endif
