//===--- EnvAccessCheck.h - ssot-env-access ---------------------*- C++ -*-===//
#ifndef SSOT_CHECKS_ENVACCESSCHECK_H
#define SSOT_CHECKS_ENVACCESSCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/LocalParents.h"
#include "lib/analysis/SignatureRecord.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>

namespace clang::tidy::ssot {

/// Flags every direct access to the process environment (getenv and its
/// POSIX, glibc, Windows, Qt and Boost relatives, the `environ` variables, a
/// third parameter of `main`, `/proc/<pid>/environ` paths) outside the
/// designated accessor layer (the functions named by `Accessor`, or annotated
/// as accessors directly or through their class or namespace, and their
/// overrides), and rewrites plain reads to call an accessor whose visible
/// declaration accepts the call.
///
/// For the user-facing documentation see docs/ssot-env-access.md.
class EnvAccessCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral AccessorOption = "Accessor";
  static constexpr llvm::StringLiteral AccessorHeaderOption = "AccessorHeader";
  static constexpr llvm::StringLiteral IncludeStyleOption = "IncludeStyle";
  static constexpr llvm::StringLiteral AllowedFilesOption = "AllowedFiles";
  static constexpr llvm::StringLiteral AdditionalFunctionsOption =
      "AdditionalFunctions";
  static constexpr llvm::StringLiteral FingerprintDirectoryOption =
      "FingerprintDirectory";
  static constexpr llvm::StringLiteral RecordSignaturesOption =
      "RecordSignatures";
  static constexpr llvm::StringLiteral AccessorAnnotation =
      "ssot::env_accessor";

  EnvAccessCheck(StringRef Name, ClangTidyContext *Context);
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;

  // The identifiers of everything flagged, resolved once per translation
  // unit for the matchers' first test (defined in the .cpp).
  struct NameGate;

private:
  /// One reader of the layer: a name the fix-it may write, and the
  /// overloads of it declared in this translation unit.
  struct Reader {
    std::string Spelling; // what the fix-it writes
    llvm::SmallVector<const FunctionDecl *, 2> Overloads; // visible ones
    /// When none is visible: its overloads as recorded in the fingerprint
    /// directory, or why the records cannot be used (a stale record).
    std::vector<::ssot::SignatureRecord> Recorded;
    std::string Unrecorded;
  };
  /// The layer's readers in order of preference (the first is the one
  /// diagnostics name).
  struct AccessorInfo {
    llvm::SmallVector<Reader, 2> Readers;
    StringRef spelling() const {
      return Readers.empty() ? StringRef() : StringRef(Readers.front().Spelling);
    }
    const FunctionDecl *decl() const {
      for (const Reader &R : Readers)
        if (!R.Overloads.empty())
          return R.Overloads.front();
      return nullptr;
    }
  };

  const AccessorInfo &accessor(ASTContext &Ctx);
  ::ssot::LocalParents &parents(ASTContext &Ctx);
  bool isAllowedLocation(SourceLocation Loc, const SourceManager &SM) const;
  bool isInsideAccessor(SourceLocation Loc, ASTContext &Ctx);
  bool shouldReport(SourceLocation Loc, ASTContext &Ctx);
  const CallExpr *readerCall(const DeclRefExpr *Ref, ASTContext &Ctx);
  bool isConvertedRead(const CallExpr *Call, ASTContext &Ctx);
  void diagnoseReference(const DeclRefExpr *Ref, const NamedDecl *Target,
                         ASTContext &Ctx);
  void noteAccessor(ASTContext &Ctx);
  void readRecordedSignatures(AccessorInfo &Info, ASTContext &Ctx);
  void recordSignatures(ASTContext &Ctx);

  const std::string RawAccessor;
  const std::string RawAccessorHeader;
  const std::string RawAllowedFiles;
  const std::string RawAdditionalFunctions;
  const std::string FingerprintDirectory; // resolved, or empty
  const std::string RawRecordSignatures;
  bool RecordSignatures = false;
  Preprocessor *PP = nullptr; // spells a recorded header for the include
  // The Accessor option's names: fully qualified, and as written (what the
  // fix-it writes).
  llvm::SmallVector<std::string, 2> Accessors;
  llvm::SmallVector<std::string, 2> AccessorSpellings;
  std::string AccessorHeader;  // IncludeInserter spelling, or empty
  std::optional<llvm::Regex> AllowedFiles;
  llvm::SmallVector<std::string, 8> AdditionalFunctions;
  utils::IncludeInserter Inserter;
  ::ssot::FixIncludes FixHeaders; // per unit, beside the inserter's own
  ::ssot::IncludeGraph Includes; // this unit's include directives
  std::shared_ptr<NameGate> Gate;

  // Per translation unit: the resolved accessor, the locations already
  // decided (templates are visited once per instantiation), and the
  // surroundings of reported references, worked out when one is reported.
  std::optional<AccessorInfo> CachedAccessor;
  llvm::DenseSet<unsigned> Considered;
  std::optional<::ssot::LocalParents> Parents;
};

} // namespace clang::tidy::ssot

#endif
