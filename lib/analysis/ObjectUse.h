//===--- ObjectUse.h - what a function does with an object it makes --------===//
//
// A designated factory that returns something other than the class (CMake's
// cmGeneratorExpression::Evaluate, which returns the string an expression
// object evaluates to; cmMakeSingleCommandLine, which returns a list holding
// one command line) does not make the object: it does in one call what the
// caller would do with one. It can take a construction's place only where
// that is all the caller does. Where the object is kept, handed on, queried
// for more, filled on one path only or its product used again (in a loop,
// say), the factory cannot replace it, and the construction is no bypass of
// it. Asked only about constructions about to be reported.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OBJECTUSE_H
#define SSOT_LIB_ANALYSIS_OBJECTUSE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class Stmt;
class VarDecl;
} // namespace clang

namespace ssot {

class LocalParents;
struct SignatureRecord;

/// Whether \p VD is a local whose every use its function's body shows: not a
/// parameter, a static, a reference (which aliases an object used
/// elsewhere), a structured binding or a loop or handler variable, and not
/// one its author marked as possibly unused or to be cleaned up.
bool isPlainLocal(const clang::VarDecl &VD);

/// The plain local that \p E initialises, looking only through what carries
/// the value along unchanged or takes it over (implicit conversions,
/// temporaries, parentheses, functional casts, a copy or move, a
/// std::unique_ptr or std::shared_ptr adopting it); null otherwise.
const clang::VarDecl *initialisedLocal(const clang::Expr &E,
                                       LocalParents &Parents);

/// The references to each local of a function body, and the statements in
/// it that run their parts other than once (loops, lambdas, branches, try
/// blocks), found in one walk per body and kept: a unit may ask about many
/// constructions in one function. One per translation unit.
class BodyIndex {
public:
  explicit BodyIndex(clang::ASTContext &Ctx);
  ~BodyIndex();
  struct Body;
  const Body &of(const clang::Stmt &FunctionBody);

private:
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::Stmt *, std::unique_ptr<Body>> Bodies;
};

/// Whether one call of a function among \p Overloads, none of which hands
/// out the object's class, can stand for each use of the object \p Made
/// creates (a construct expression, new-expression, std::make_unique-like
/// call or initializer list). Two shapes qualify:
/// - used to make values: every use of it (the temporary itself, or each
///   reference to the plain local it initialises, in a loop too, not in a
///   lambda) is the object of a member call whose result is a value of an
///   overload's result type, or is used once more the same way (as a
///   temporary, or through a local used once and not again by a loop or a
///   lambda), within a few calls;
/// - filled, then used once: every reference but the last fills it (a
///   non-const member call whose value is dropped, or `<<` insertions), and
///   the last either makes one value as above, or hands it to a
///   default-initialised local of an overload's result type as that local's
///   only element (`Lines.push_back(std::move(Line))`), with nothing
///   between them and the declarations run other than once (no loop,
///   branch, try block or lambda).
/// And what the construction and the calls are given could all be passed
/// to one overload that returns that value, each to a parameter of its own
/// or into a std::initializer_list parameter or parameter pack, covering
/// every parameter that has no default. None for a construction in a
/// template's own body, where calls may not be resolved: its instantiations
/// can tell. The overloads are those this unit declares and, for a factory
/// it does not, those a recording run wrote (\p Recorded), judged by the
/// same rules: a record holds as text what they ask of a declaration.
std::optional<bool>
replaceableByCall(const clang::Expr &Made,
                  llvm::ArrayRef<const clang::FunctionDecl *> Overloads,
                  llvm::ArrayRef<SignatureRecord> Recorded,
                  LocalParents &Parents, BodyIndex &Bodies,
                  clang::ASTContext &Ctx);

} // namespace ssot

#endif
