//===--- HeaderScan.h - names designated by annotations in headers --------===//
//
// The recording pass parses only the units that can see a designated
// declaration, chosen from their text. A designation written as an
// annotation usually sits in a header, and the unit that defines or declares
// the designated function (its .cpp) does not write the annotation. The
// audit therefore reads the project headers the units include, textually,
// and takes the names the annotations there designate, to select units the
// same way as for names from the options.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_AUDIT_HEADERSCAN_H
#define SSOT_LIB_AUDIT_HEADERSCAN_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringSet.h"

namespace ssot::audit {

/// Unqualified names designated by annotations, by annotation.
struct AnnotatedNames {
  llvm::StringSet<> Utilities; // functions annotated ssot::utility
  llvm::StringSet<> Accessors; // functions, classes, namespaces: env_accessor
  llvm::StringSet<> Factories; // the factories an ssot::factory annotation names
};

/// The annotated names in \p Text: after `SSOT_UTILITY` / `SSOT_ENV_ACCESSOR`
/// (or their `[[clang::annotate("ssot::...")]]` spelling) the name declared
/// (the identifier before the declaration's first '(' or '{'); in
/// `SSOT_FACTORY("::a::make|::a::Pool")` each factory's last name component.
/// Preprocessor lines (the macros' own definitions) are skipped.
void collectAnnotatedNames(llvm::StringRef Text, AnnotatedNames &Out);

/// The annotated names of every file the \p Commands' main files include,
/// directly or not, that is found in the including file's directory or an
/// -iquote or -I directory of the command (system headers are not read).
/// Each file is read once.
AnnotatedNames
scanIncludedHeaders(llvm::ArrayRef<clang::tooling::CompileCommand> Commands);

} // namespace ssot::audit

#endif
