//===--- ObjectUse.h - what a function does with an object it makes --------===//
//
// A designated factory that returns something other than the class (CMake's
// cmGeneratorExpression::Evaluate, which returns the string an expression
// object evaluates to) does not make the object: it does in one call what
// the caller would do with one. It can take a construction's place only where
// that is all the caller does: every use of the object is a chain of member
// calls, each product used once, ending in a value of the factory's result
// type, given nothing the factory cannot take. Where the object is kept,
// handed on, queried for more, or its product used again (in a loop, say),
// the factory cannot replace it, and the construction is no bypass of it.
// Asked only about constructions about to be reported.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OBJECTUSE_H
#define SSOT_LIB_ANALYSIS_OBJECTUSE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include <optional>

namespace clang {
class ASTContext;
class CXXRecordDecl;
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace ssot {

class LocalParents;

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

/// What the construction \p Made (a construct expression, new-expression,
/// std::make_unique-like call or initializer list) is given, as written:
/// default arguments and implicitly value-initialised members left out.
llvm::SmallVector<const clang::Expr *, 4> givenArguments(const clang::Expr &Made);

/// Whether one call of a function among \p Overloads, none of which returns
/// an object of \p Class, can stand for each use of the object \p Made
/// creates. Two shapes qualify:
/// - used to make values: every use of it (the temporary itself, or each
///   reference to the plain local it initialises, in a loop too, not in a
///   lambda) is the object of a member call whose result is a value of an
///   overload's result type, or is used once more the same way (as a
///   temporary, or through a local used once and not again by a loop or a
///   lambda), within a few calls;
/// - filled, then handed over: every reference but the last is a member
///   call whose value is dropped, and the last hands the object to a plain
///   local of an overload's result type that takes no other object of
///   \p Class (`Lines.push_back(std::move(Line))`), all on every path
///   (no loop, branch or lambda between them and the declaration).
/// And what the construction and the calls are given could all be passed
/// to one overload that returns that value, each to a parameter of its own
/// or into a std::initializer_list parameter. None when it cannot, but a
/// template's own body left a call on the way unresolved: its
/// instantiations can tell.
std::optional<bool>
replaceableByCall(const clang::Expr &Made, const clang::CXXRecordDecl &Class,
                  llvm::ArrayRef<const clang::FunctionDecl *> Overloads,
                  LocalParents &Parents, clang::ASTContext &Ctx);

} // namespace ssot

#endif
