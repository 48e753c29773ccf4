//===--- FactoryConstructionCheck.h - ssot-factory-construction -*- C++ -*-===//
#ifndef SSOT_CHECKS_FACTORYCONSTRUCTIONCHECK_H
#define SSOT_CHECKS_FACTORYCONSTRUCTIONCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang-tidy/utils/IncludeInserter.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/LocalParents.h"
#include "lib/analysis/ObjectUse.h"
#include "lib/analysis/SignatureRecord.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Regex.h"
#include <optional>

namespace clang::tidy::ssot {

/// Flags every creation of an object of a designated class outside the
/// class's own members and its factory: variables, members, temporaries,
/// brace and aggregate initialisation, `new`, and the construction that
/// std::make_unique, container emplace calls, in-place constructors of
/// std::optional/variant/any and their relatives perform for user code.
/// make_unique, make_shared and plain `new` are rewritten to call the factory
/// where the factory accepts the arguments and returns a compatible pointer.
///
/// For the user-facing documentation see docs/ssot-factory-construction.md.
class FactoryConstructionCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral FactoriesOption = "Factories";
  static constexpr llvm::StringLiteral AllowedFilesOption = "AllowedFiles";
  static constexpr llvm::StringLiteral AllowCopiesOption = "AllowCopies";
  static constexpr llvm::StringLiteral FlagBaseInitializersOption =
      "FlagBaseInitializers";
  static constexpr llvm::StringLiteral IncludeStyleOption = "IncludeStyle";
  static constexpr llvm::StringLiteral FingerprintDirectoryOption =
      "FingerprintDirectory";
  static constexpr llvm::StringLiteral RecordSignaturesOption =
      "RecordSignatures";
  static constexpr llvm::StringLiteral FactoryAnnotation = "ssot::factory";

  FactoryConstructionCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void onStartOfTranslationUnit() override;

  /// How an object came to be created; selects the diagnostic's wording.
  enum class Form : uint8_t { Direct, New, Through };

  /// A factory resolved by name lookup, once per translation unit.
  struct FactoryInfo {
    std::string Name; // fully qualified, "::a::F::create"
    llvm::SmallVector<const FunctionDecl *, 2> Functions; // overloads
    const CXXRecordDecl *Class = nullptr; // a factory that is a class
    llvm::SmallVector<SourceRange, 4> Bodies; // where it may construct
    const NamedDecl *decl() const;
  };
public:
  /// One overload a fix may call, from a declaration of this unit or from a
  /// signature record: what pickOverload decides on, the same for both.
  struct Overload {
    bool Callable = false; // by its qualified name, here
    std::string NotCallable; // why not, for the note
    unsigned MinArgs = 0;
    std::vector<::ssot::ParamShape> Params;
    std::vector<std::string> ParamTypes; // for the note
    ::ssot::ResultShape Returns;
    std::string ResultType; // for the note
    /// A record's: its header as this unit includes it (a fix inserts it).
    const ::ssot::SignatureRecord *Record = nullptr;
    std::string Header;
  };

private:
  /// Every factory of one class, in the order they are designated.
  using FactoryList = llvm::ArrayRef<const FactoryInfo *>;
  /// The factory's recorded overloads, read once per unit for a factory
  /// the unit does not declare; Stale says why they are not used.
  struct RecordedFactory {
    std::vector<::ssot::SignatureRecord> Records;
    std::vector<Overload> Overloads;
    std::string Stale;
  };
  /// Adds the fix's edits to the list and returns the overload it calls,
  /// or returns nullptr with why none fits.
  using FixBuilder = llvm::function_ref<const Overload *(
      llvm::SmallVectorImpl<FixItHint> &, const FactoryInfo &,
      llvm::ArrayRef<Overload>, std::string &Why)>;

  const std::string *factoryOf(const CXXRecordDecl *RD);
  void resolveAliasKeys(ASTContext &Ctx);
  const FactoryInfo &factory(const std::string &Name, ASTContext &Ctx);
  llvm::SmallVector<const FactoryInfo *, 2>
  factories(const std::string &Designation, ASTContext &Ctx);
  llvm::ArrayRef<SourceRange> classBodies(const CXXRecordDecl *RD,
                                          const SourceManager &SM);
  bool isAllowed(SourceLocation Loc, const CXXRecordDecl *RD,
                 FactoryList Makers, const SourceManager &SM);
  bool isInsideFactoryOverride(SourceLocation Loc, FactoryList Makers,
                               ASTContext &Ctx);
  void diagnose(SourceLocation Loc, const CXXRecordDecl *RD, Form How,
                StringRef Through, ASTContext &Ctx, const Expr *Made = nullptr,
                FixBuilder Fix = nullptr);
  void markHandled(const Expr *E);
  const RecordedFactory &recorded(const std::string &Name, ASTContext &Ctx);
  void recordSignatures(ASTContext &Ctx);

  void checkNew(const CXXNewExpr *New, ASTContext &Ctx);
  void checkCreatorCall(const CallExpr *Call, const FunctionDecl *Creator,
                        ASTContext &Ctx);
  void checkEmplace(const CXXMemberCallExpr *Call, const CXXMethodDecl *Method,
                    ASTContext &Ctx);
  void checkStdWrapper(const CXXConstructExpr *E, const CXXRecordDecl *Host,
                       ASTContext &Ctx);

  const std::string RawFactories;
  const std::string RawAllowedFiles;
  const std::string RawAllowCopies;
  const std::string RawFlagBaseInitializers;
  const std::string FingerprintDirectory; // resolved, or empty
  const std::string RawRecordSignatures;
  bool RecordSignatures = false;
  utils::IncludeInserter Inserter;
  ::ssot::FixIncludes FixHeaders; // per unit, beside the inserter's own
  Preprocessor *PP = nullptr;
  bool AllowCopies = true;
  bool FlagBaseInitializers = false;
  // class -> its factories, "::a::B" -> "::a::make|::a::Pool"
  llvm::StringMap<std::string> Factories;
  llvm::StringSet<> ClassNames;           // their unqualified names
  std::optional<llvm::Regex> AllowedFiles;

  // Per translation unit (onStartOfTranslationUnit clears them).
  llvm::DenseMap<const CXXRecordDecl *, std::optional<std::string>>
      Designations;
  llvm::StringMap<FactoryInfo> ResolvedFactories;
  llvm::StringMap<RecordedFactory> RecordedFactories;
  // Classes designated through a type alias named in Factories.
  llvm::DenseMap<const CXXRecordDecl *, std::string> AliasDesignations;
  bool AliasKeysResolved = false;
  llvm::DenseMap<const CXXRecordDecl *, llvm::SmallVector<SourceRange, 4>>
      ClassBodies;
  llvm::DenseSet<unsigned> Reported;
  llvm::DenseSet<const Expr *> Handled;
  llvm::DenseMap<const Expr *, SourceLocation> ImplicitInits;
  llvm::SmallVector<SourceRange, 8> Instantiations;
  std::optional<::ssot::LocalParents> Parents;
  std::optional<::ssot::BodyIndex> Bodies;
};

} // namespace clang::tidy::ssot

#endif
