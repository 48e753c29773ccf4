//===--- Designation.h - finding designated SSOT declarations --------------===//
//
// A designated piece (the environment accessor, a factory, a utility) usually
// lives in a header. clangd only matches the main file's top-level
// declarations and keeps headers in a preamble, so designated declarations are
// found by name lookup (which reaches into the preamble lazily), never by
// matching every declaration of the translation unit.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_DESIGNATION_H
#define SSOT_LIB_ANALYSIS_DESIGNATION_H

#include "clang/AST/Attr.h"
#include "clang/AST/Decl.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace ssot {

/// All declarations named by the qualified name \p Name ("::a::B::f"),
/// found by lookup from the translation unit through namespaces and classes.
llvm::SmallVector<const clang::NamedDecl *, 4>
lookupQualified(clang::ASTContext &Ctx, llvm::StringRef Name);

/// lookupQualified for many names in one translation unit: the scope of a
/// name is resolved once for a run of names that share it ("::util::a;
/// ::util::b"), so a long list of designated names costs one identifier and
/// one hash lookup per name.
class QualifiedLookup {
public:
  explicit QualifiedLookup(clang::ASTContext &Ctx) : Ctx(Ctx) {}
  /// What lookupQualified(Ctx, Name) finds.
  llvm::SmallVector<const clang::NamedDecl *, 4>
  find(llvm::StringRef QualifiedName);

private:
  clang::ASTContext &Ctx;
  bool Resolved = false;
  bool LastQualified = false; // the previous name had a scope
  std::string LastScope;      // the scope of the previous name, "a::B"
  llvm::SmallVector<const clang::DeclContext *, 4> Scopes; // what it names
};

/// \p D's qualified name as an option writes it, "::a::B::f": a name in an
/// unnamed namespace is written from the enclosing namespace, as C++ names
/// it there (the printed "a::(anonymous namespace)::B" cannot be written in
/// an option).
std::string optionSpelling(const clang::NamedDecl *D);

/// True if any redeclaration of \p D carries [[clang::annotate(Annotation)]].
bool hasSSOTAnnotation(const clang::Decl *D, llvm::StringRef Annotation);

/// The string argument at \p Index of D's annotation \p Annotation, if any
/// (e.g. the factory named by annotate("ssot::factory", "::f")).
std::optional<std::string> annotationArgument(const clang::Decl *D,
                                              llvm::StringRef Annotation,
                                              unsigned Index);

/// Why the annotation \p A, an \p Expected one ("ssot::factory"), cannot be
/// used, or std::nullopt if it can: it must have \p StringArguments
/// arguments, each an ordinary string literal holding a qualified name (with
/// \p Alternatives, one or more separated by '|', as parseAlternatives takes).
std::optional<std::string> annotationProblem(const clang::AnnotateAttr &A,
                                             llvm::StringRef Expected,
                                             unsigned StringArguments,
                                             bool Alternatives = false);

/// The first function in the translation unit annotated with \p Annotation.
/// Walks namespaces and classes of the whole translation unit, so callers
/// cache the answer and ask only once a diagnostic needs it.
const clang::FunctionDecl *findAnnotatedFunction(clang::ASTContext &Ctx,
                                                 llvm::StringRef Annotation);

} // namespace ssot

#endif
