//===--- SignatureRecord.h - recorded signatures of designated functions ---===//
//
// A check offers a fix-it that calls a designated function (an environment
// accessor, a factory, a utility) only when it has verified the rewritten
// call against that function's declaration. A unit that does not include the
// declaring header cannot see it; a record can stand in for it. The unit
// that does see the declaration (a recording run) writes one record per
// overload into the fingerprint directory: the function's qualified name,
// what kind of function it is, each parameter's and the result's canonical
// type printed with one fixed policy, the minimum number of arguments, and
// the header that declares it with its declaration's tokens, so a reader can
// tell when the header has changed since.
//
// Records share the fingerprint records' rules (FingerprintVersion aside):
// a version line, a checksum line, regular files of bounded size, written
// through a temporary file renamed into place. They end in ".sig", which the
// fingerprint readers skip.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_SIGNATURERECORD_H
#define SSOT_LIB_ANALYSIS_SIGNATURERECORD_H

#include "lib/analysis/Fingerprint.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
class NamedDecl;
class ParmVarDecl;
class QualType;
} // namespace clang

namespace ssot {

/// Bumped whenever the format of signature records or the type printing
/// changes; records of another version are reported and not used.
constexpr unsigned SignatureVersion = 5;

/// What the argument-acceptance rules of a fix-it need to know of a type, as
/// text, so that a type of this unit and one read from a record are judged by
/// the same function (acceptsArgument). The strings are signatureTypeString.
struct TypeShape {
  /// 'n' not a reference, 'l' an lvalue reference to a non-const type, 'c'
  /// one to a const type, 'r' an rvalue reference.
  char Ref = 'n';
  std::string Value; // the referenced type, top-level qualifiers removed
  bool Const = false; // the referenced type is const
  bool Arithmetic = false;
  bool UnscopedEnum = false;
  bool NullPtr = false;
  bool Pointer = false;
  bool Array = false;
  std::string Pointee; // of a pointer, or an array's element, unqualified
  bool PointeeConst = false;
  bool PointeeVolatile = false;
};

/// A parameter: its type, and for a class type the first parameter of each
/// public non-explicit converting constructor (a non-dependent constructor
/// template's too: libstdc++'s `basic_string(const char *)` is one).
struct ParamShape {
  TypeShape Type;
  std::vector<TypeShape> Converting;
  /// The class has a converting constructor whose parameter a template
  /// decides (of a constructor template, or of a class template whose
  /// specialization nothing instantiated): it may take anything. Not
  /// used by acceptsArgument, whose fixes must compile; a check that asks
  /// only whether a call could take an input at all uses it.
  bool ConvertsAny = false;
};

/// A result that is a smart pointer: "unique_ptr" (default deleter only) or
/// "shared_ptr" with its pointee; Smart is empty for anything else.
struct ResultShape {
  std::string Smart;
  std::string Pointee;
};

struct SignatureRecord {
  std::string Name; // fully qualified, "::cfg::env"
  /// "function", "static member" (public), "member" (needs an object, or is
  /// not public), "template" or "deleted": only the first two can be called
  /// by name.
  std::string Kind = "function";
  std::string Result;              // signatureTypeString of the result
  std::vector<std::string> Params; // of each parameter, as the call sees it
  /// Of each parameter, the type of the value it holds: Params' type with the
  /// reference and top-level qualifiers removed ("std::basic_string<char>"
  /// for "const std::basic_string<char> &"), for checks that compare an
  /// argument's value type with it.
  std::vector<std::string> ParamValues;
  /// Of each parameter, what acceptsArgument needs (Params' order).
  std::vector<ParamShape> ParamShapes;
  /// Of each parameter, how many inputs it takes (takesOf), for a check
  /// that asks whether one call could be given what several calls were.
  std::string Takes;
  /// The element of each 'i' parameter, in order.
  std::vector<ParamShape> Elements;
  ResultShape Returns;
  /// The result's type with its reference and top-level qualifiers removed;
  /// empty where a template decides it (a deduced `auto`, a dependent type).
  std::string ResultValue;
  unsigned MinArgs = 0;
  bool Variadic = false;
  /// The annotation that designates it ("ssot::env_accessor"), when it is
  /// designated in code rather than by name in an option: a unit that sees
  /// no annotated declaration finds it by this, not by a name it cannot know.
  std::string Annotation;
  std::string File;   // absolute path of the header declaring it
  std::string Anchor; // first line of the declaration's text
  uint64_t SourceHash = 0;   // hashText of tokenText of the declaration
  uint64_t SourceLength = 0; // the length of those tokens as text
  /// For a record named by a using-declaration that re-exports a function:
  /// that function's declaration, whose types the record holds. A change
  /// there makes the record stale as a change of File does. Empty for a
  /// function in a system header (it does not change under the project).
  std::string TargetFile;
  std::string TargetAnchor;
  uint64_t TargetHash = 0;
  uint64_t TargetLength = 0;

  bool callableByName() const {
    return Kind == "function" || Kind == "static member";
  }
};

/// \p T, canonical and fully qualified, printed with the one policy every
/// record is written and compared with ("const char *",
/// "std::basic_string<char>").
std::string signatureTypeString(clang::QualType T,
                                const clang::ASTContext &Ctx);

/// \p T as acceptsStandard sees it.
TypeShape describeType(clang::QualType T, const clang::ASTContext &Ctx);
/// How many inputs parameter \p P takes, as SignatureRecord::Takes spells
/// it: 'o' one of its type, 'a' one of any type (a template decides it), 'p'
/// any number (a parameter pack), 'i' any number of its element (a
/// std::initializer_list; \p Element is set to the element's type), 'm' any
/// number of any type (a list whose element a template decides).
char takesOf(const clang::ParmVarDecl &P, clang::QualType &Element);

/// A parameter of type \p T, with its class's converting constructors.
ParamShape describeParam(clang::QualType T, const clang::ASTContext &Ctx);
ResultShape describeResult(clang::QualType T, const clang::ASTContext &Ctx);

/// Whether an argument of type \p Arg (an lvalue if \p IsLValue)
/// initialises a parameter of type \p Param with its value unchanged: the
/// same type, a null pointer, or a pointer (or array) to the same type with
/// no qualifier dropped (`char *` for `const char *`).
bool acceptsUnchanged(const TypeShape &Param, const TypeShape &Arg,
                      bool IsLValue);
/// Whether an argument of type \p Arg (an lvalue if \p IsLValue)
/// initialises a parameter of type \p Param without a user-defined
/// conversion: the same type, an arithmetic conversion, a null pointer, or a
/// pointer (or array) to the same type with no qualifier dropped.
bool acceptsStandard(const TypeShape &Param, const TypeShape &Arg,
                     bool IsLValue);
/// The standard conversions above, or one converting constructor of the
/// parameter's class (a `const char *` for a std::string).
bool acceptsArgument(const ParamShape &Param, const TypeShape &Arg,
                     bool IsLValue);

/// The arguments of a call or construction as its text writes them: those
/// before the first default argument the compiler filled in. A rewrite that
/// keeps the argument list passes these, not the defaults.
llvm::ArrayRef<const clang::Expr *>
writtenArguments(llvm::ArrayRef<const clang::Expr *> Args);

/// The record of \p FD as declared in a header of this unit; none, with
/// \p Why, for a declaration the main file writes, one in a system header or
/// one written by a macro (nothing on disk to check it against later).
/// \p DeclaredBy, if given, is the declaration that gives \p FD the
/// designated name (a using-declaration's shadow re-exporting it): the record
/// takes its name, header and tokens, and \p FD's types.
std::optional<SignatureRecord>
recordSignature(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                std::string &Why,
                const clang::NamedDecl *DeclaredBy = nullptr);

std::string formatSignature(const SignatureRecord &Record);
/// Parses formatSignature's output; none with \p Error on another version, a
/// missing or wrong checksum, a malformed or unknown line.
std::optional<SignatureRecord> parseSignature(llvm::StringRef Text,
                                              std::string &Error);

/// Writes \p Record into \p Directory (one file per overload).
bool writeSignature(llvm::StringRef Directory, const SignatureRecord &Record,
                    std::string &Error);

/// The records of \p QualifiedName ("::cfg::env") in \p Directory, in file
/// order; unreadable or damaged ones are listed in \p Errors ("file:
/// reason"). \p Paths, if given, receives each record's file.
std::vector<SignatureRecord>
readSignatures(llvm::StringRef Directory, llvm::StringRef QualifiedName,
               std::vector<std::string> &Errors,
               std::vector<std::string> *Paths = nullptr);

/// The records in \p Directory of the functions designated by
/// \p Annotation, ordered by name and then file; like readSignatures
/// otherwise.
std::vector<SignatureRecord>
readAnnotatedSignatures(llvm::StringRef Directory, llvm::StringRef Annotation,
                        std::vector<std::string> &Errors,
                        std::vector<std::string> *Paths = nullptr);

/// The current records (readCurrentSignatures) of each function designated
/// by \p Annotation, in name order.
struct RecordedFunction {
  std::string Name;
  std::vector<SignatureRecord> Records;
  std::string Stale; // why Records is empty, if a record is stale
};
std::vector<RecordedFunction>
readCurrentAnnotatedSignatures(llvm::StringRef Directory,
                               llvm::StringRef Annotation,
                               llvm::StringRef Option,
                               std::vector<std::string> &Errors);

/// readSignatures, keeping the records only while every recorded header
/// still holds its declaration: when one has changed, none, and \p Stale
/// says which header changed since which record was written (re-record with
/// option \p Option).
std::vector<SignatureRecord>
readCurrentSignatures(llvm::StringRef Directory, llvm::StringRef QualifiedName,
                      llvm::StringRef Option, std::vector<std::string> &Errors,
                      std::string &Stale);

/// What a parameter type written by signatureTypeString accepts of a call's
/// argument: a pointer to a character type (`char *`, `const char *`),
/// with whether its character is const; none for anything else.
std::optional<bool> charPointerConstness(llvm::StringRef Type);

} // namespace ssot

#endif
