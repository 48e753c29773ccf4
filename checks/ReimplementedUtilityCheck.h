//===--- ReimplementedUtilityCheck.h - ssot-reimplemented-utility -*- C++ -*-===//
#ifndef SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H
#define SSOT_CHECKS_REIMPLEMENTEDUTILITYCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "lib/analysis/Fingerprint.h"
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
    std::string Name;       // fully qualified: "::core::safe_sleep"
    std::string Scope;      // Name without its last component: "::core"
    std::string Normalized; // the words of the last component
    std::string Signature;  // canonical function type (tells overloads apart)
    const FunctionDecl *Decl = nullptr; // visible declaration, if any
    bool ClassMember = false;    // declared in a class
    bool NeedsObject = false;    // a non-static member: no name twins
    std::optional<::ssot::BodyFingerprint> Print;
    std::string RecordFile; // the record the print came from, if any
  };
  struct Primitive {
    std::string Name;    // fully qualified primitive
    std::string Utility; // fully qualified utility that wraps it
    std::string Spelling; // the utility as written in the option (the fix)
  };

  void collectUtilities(ASTContext &Ctx);
  void addUtility(const FunctionDecl *FD);
  void addRecords(ASTContext &Ctx);
  void indexUtilities();
  void recordFingerprints(ASTContext &Ctx);
  void diagnoseFunction(const FunctionDecl *FD);
  void diagnoseCall(const CallExpr *Call, const FunctionDecl *Callee,
                    ASTContext &Ctx);
  void noteUtility(const Utility &U, SourceLocation Twin);
  const ::ssot::BodyFingerprint &printOf(unsigned Index) const;
  std::string headerFor(const FunctionDecl *FD, const SourceManager &SM) const;

  const std::string RawUtilities;
  const std::string RawPrimitives;
  const std::string RawMinSimilarity;
  const std::string RawMinStatements;
  const std::string FingerprintDirectory;
  const std::string RawRecordFingerprints;
  bool RecordFingerprints = false;
  llvm::SmallVector<std::string, 8> UtilityNames;
  llvm::SmallVector<Primitive, 4> Primitives;
  double MinSimilarity = 0.8;
  unsigned MinStatements = 4;
  utils::IncludeInserter Inserter;
  const Preprocessor *PP = nullptr;

  // Records read once per check instance (clang-tidy makes one per TU).
  std::optional<std::vector<::ssot::FingerprintRecord>> Records;
  std::vector<std::string> RecordErrors;

  // Per translation unit: what the matchers saw, then the utilities and
  // their indexes built from it at the end.
  ASTContext *Context = nullptr;
  std::vector<const FunctionDecl *> Functions;
  llvm::SetVector<const FunctionDecl *> Referenced; // annotated utilities
  std::vector<std::pair<const CallExpr *, const FunctionDecl *>> Calls;
  llvm::DenseSet<const CallExpr *> DiscardedCalls;
  llvm::SetVector<const FunctionDecl *> TemplateBodies; // instantiated ones
  std::vector<Utility> Utilities;
  llvm::DenseMap<const Decl *, unsigned> UtilityByDecl;
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByNormalizedName;
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 1>> ByWholeHash;
  llvm::DenseMap<uint64_t, llvm::SmallVector<unsigned, 2>> ByStatementHash;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace clang::tidy::ssot

#endif
