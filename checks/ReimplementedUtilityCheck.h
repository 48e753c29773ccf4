//===--- ReimplementedUtilityCheck.h - ssot-reimplemented-utility -*- C++ -*-===//
#ifndef SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H
#define SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/Fingerprint.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/RecordIndex.h"
#include "lib/analysis/SignatureRecord.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SetVector.h"
#include "llvm/ADT/StringMap.h"
#include <optional>

namespace clang::tidy::ssot {

/// Flags twins of designated SSOT utilities: functions carrying a utility's
/// name in another case style or another namespace, and functions whose body
/// is a renamed or near clone of a utility's body (found through structural
/// fingerprints, also of utilities defined in other files once recorded).
/// Also flags direct calls of the primitives a utility wraps, and rewrites
/// them to call the utility where its parameters accept the arguments.
///
/// For the user-facing documentation see docs/ssot-reimplemented-utility.md.
class ReimplementedUtilityCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral UtilitiesOption = "Utilities";
  static constexpr llvm::StringLiteral PrimitivesOption = "Primitives";
  static constexpr llvm::StringLiteral MinSimilarityOption = "MinSimilarity";
  static constexpr llvm::StringLiteral MinStatementsOption = "MinStatements";
  static constexpr llvm::StringLiteral FingerprintDirectoryOption =
      "FingerprintDirectory";
  static constexpr llvm::StringLiteral RecordFingerprintsOption =
      "RecordFingerprints";
  static constexpr llvm::StringLiteral IncludeStyleOption = "IncludeStyle";
  static constexpr llvm::StringLiteral AllowedFilesOption = "AllowedFiles";
  static constexpr llvm::StringLiteral ReportSiblingsOption = "ReportSiblings";
  static constexpr llvm::StringLiteral UtilityAnnotation = "ssot::utility";

  ReimplementedUtilityCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

private:
  struct Utility {
    // User-provided, so that emplace_back() does not first zero the whole
    // object (the print's inline storage included).
    Utility() {}
    const FunctionDecl *Decl = nullptr; // canonical visible declaration, if any
    bool ClassMember = false;    // declared in a class
    bool NeedsObject = false;    // a non-static member: no name twins
    std::optional<::ssot::BodyFingerprint> Print;
    std::string RecordFile; // the record the print came from, if any
    // Its interface shape and project callees (interfaceKey), 0 if none.
    uint64_t Interface = 0;
    // Spelled out only when a diagnostic or a record needs them (see nameOf,
    // signatureOf): a long list of utilities mostly needs neither. Set from
    // the record for a utility not declared here.
    mutable std::string Name;      // fully qualified: "::core::safe_sleep"
    mutable std::string Signature; // canonical function type (overloads)
  };
  struct Primitive {
    std::string Name;    // fully qualified primitive
    std::string Utility; // fully qualified utility that wraps it
    std::string Spelling; // the utility as written in the option (the fix)
  };

  // A function of this TU to judge, with its body's print if compared.
  struct Judged {
    Judged() {} // as Utility()
    const FunctionDecl *FD = nullptr;
    std::optional<::ssot::BodyFingerprint> Print;
    // As Utility::Interface, with the project functions it references
    // (sorted qualified names, for the diagnostic).
    uint64_t Interface = 0;
    llvm::SmallVector<std::string, 2> Callees;
  };

  void collectUtilities(ASTContext &Ctx, ::ssot::QualifiedLookup &Lookup);
  void addUtility(const FunctionDecl *FD);
  void addRecords(::ssot::RecordDirectory &Records,
                  ::ssot::QualifiedLookup &Lookup,
                  llvm::ArrayRef<Judged> Judging);
  void indexUtilities(llvm::ArrayRef<Judged> Judging);
  void recordFingerprints(ASTContext &Ctx);
  void recordSignatures(ASTContext &Ctx, ::ssot::QualifiedLookup &Lookup);
  // The recorded signatures of a utility this unit does not declare.
  struct RecordedUtility {
    std::vector<::ssot::SignatureRecord> Records;
    std::string Unusable; // why they are not used (stale), or empty
  };
  const RecordedUtility *recordedUtility(StringRef Name);
  void diagnoseFunction(const Judged &J);
  struct PrimitiveCall;
  struct UtilityView;
  void diagnoseCall(const PrimitiveCall &PC, ASTContext &Ctx,
                    ::ssot::QualifiedLookup &Lookup,
                    llvm::StringMap<UtilityView> &Views);
  const UtilityView &viewOf(StringRef Name, ASTContext &Ctx,
                            ::ssot::QualifiedLookup &Lookup,
                            llvm::StringMap<UtilityView> &Views);
  SourceLocation utilityLocation(StringRef Name, const FunctionDecl *FD,
                                 ASTContext &Ctx) const;
  const NamedDecl *declarationNaming(StringRef Name, const FunctionDecl *FD,
                                     ASTContext &Ctx) const;
  bool isAllowedFile(SourceLocation Loc, const SourceManager &SM) const;
  void noteUtility(const Utility &U, SourceLocation Twin);
  void noteDeclaration(const FunctionDecl *FD);
  std::string replaceProblem(const FunctionDecl *FD, const Utility &U) const;
  std::string advice(const FunctionDecl *FD, const Utility &U,
                     bool BehavesOtherwise) const;
  const ::ssot::BodyFingerprint &printOf(unsigned Index) const;
  static const std::string &nameOf(const Utility &U);
  static const std::string &signatureOf(const Utility &U);
  static StringRef shortNameOf(const Utility &U);
  std::string headerFor(SourceLocation DeclaredAt, FileID Fixed,
                        const SourceManager &SM) const;

  const std::string RawPrimitives;
  const std::string RawMinSimilarity;
  const std::string RawMinStatements;
  const std::string FingerprintDirectory;
  const std::string RawRecordFingerprints;
  const std::string RawAllowedFiles;
  const std::string RawReportSiblings;
  std::optional<llvm::Regex> AllowedFiles;
  bool RecordFingerprints = false;
  bool ReportSiblings = false;
  // How many names option Utilities lists (0 if it is not a valid list).
  // The names are read from the option where they are looked up.
  size_t NumUtilityNames = 0;
  llvm::SmallVector<Primitive, 4> Primitives;
  double MinSimilarity = 0.8;
  unsigned MinStatements = 4;
  utils::IncludeInserter Inserter;
  ::ssot::FixIncludes FixHeaders; // per unit, beside the inserter's own
  ::ssot::IncludeGraph Includes; // this unit's include directives
  const Preprocessor *PP = nullptr;

  // Per translation unit: what the matchers saw, then the utilities and
  // their indexes built from it at the end.
  ASTContext *Context = nullptr;
  llvm::StringMap<RecordedUtility> RecordedUtilities; // read when first asked
  std::vector<const FunctionDecl *> Functions;
  llvm::SetVector<const FunctionDecl *> Referenced; // annotated utilities
  struct PrimitiveCall {
    const CallExpr *Call;
    const FunctionDecl *Callee;
    bool ByLookup; // its qualified name is no primitive's: resolve names
  };
  std::vector<PrimitiveCall> Calls;
  llvm::DenseSet<const CallExpr *> DiscardedCalls;
  llvm::SetVector<const FunctionDecl *> TemplateBodies; // instantiated ones
  std::vector<Utility> Utilities;
  llvm::DenseMap<const Decl *, unsigned> UtilityByDecl;
  // By normalizedNameHash; the names themselves are compared on a hit.
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 1>> ByNormalizedName;
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 1>> ByWholeHash;
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 2>> ByStatementHash;
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 1>> ByInterface;
  llvm::DenseSet<unsigned> Reported;
  // Statement tokens held by so many recorded utilities that the records
  // were not read for them (RecordDirectory::select): never followed when
  // gathering candidates, as if their postings were all there.
  llvm::DenseSet<uint64_t> HeavyTokens;
};

} // namespace clang::tidy::ssot

#endif
