//===--- Analyzer.cpp - one parse of one unit, checks and counting --------===//
//
// What runClangTidy does for one file, taken apart so that the audit can keep
// what clang-tidy drops: a diagnostic consumer of its own sees every check
// diagnostic before any NOLINT filtering (it finds the silencing directive
// itself and records its reason), and a second AST consumer in the same parse
// counts the compliant uses of designated declarations and names the
// declaration around each finding.
//
//===----------------------------------------------------------------------===//
#include "lib/audit/Analyzer.h"
#include "checks/BridgeBypassCheck.h"
#include "checks/RelativeIncludeCheck.h"
#include "checks/SSOTTidyModule.h"
#include "lib/analysis/CompliantUses.h"
#include "lib/analysis/Fingerprint.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/audit/Suppression.h"
#include "lib/compat/LLVMCompat.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendActions.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/Tooling.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <set>
#include <tuple>

using namespace clang;
using namespace clang::ast_matchers;
using clang::tidy::ClangTidyContext;
using clang::tidy::ClangTidyOptions;
using clang::tidy::ClangTidyOptionsProvider;

namespace ssot::audit {

namespace {

constexpr llvm::StringLiteral EnvCheck = "ssot-env-access";
constexpr llvm::StringLiteral FactoryCheck = "ssot-factory-construction";
constexpr llvm::StringLiteral UtilityCheck = "ssot-reimplemented-utility";
constexpr llvm::StringLiteral IncludeCheck = "ssot-relative-include";
constexpr llvm::StringLiteral BridgeCheck = "ssot-bridge-bypass";
// The recording checks: ssot-reimplemented-utility records utilities'
// fingerprints, ssot-env-access its accessors' signatures and
// ssot-factory-construction its factories', each in its own
// FingerprintDirectory.
constexpr llvm::StringLiteral RecordedCheck = UtilityCheck;
constexpr llvm::StringLiteral SignatureCheck = EnvCheck;
constexpr llvm::StringLiteral FactorySignatureCheck = FactoryCheck;

// The value \p Key has after merging \p Sources (the last one setting it
// wins, as clang-tidy merges them).
std::string mergedOption(
    const std::vector<ClangTidyOptionsProvider::OptionsSource> &Sources,
    llvm::StringRef Key) {
  std::string Value;
  for (const auto &Source : Sources) {
    auto It = Source.first.CheckOptions.find(Key);
    if (It != Source.first.CheckOptions.end())
      Value = It->second.Value;
  }
  return Value;
}

// The project's own configuration, plus what the audit must add on top of it:
// no static analyzer (clang-tidy's defaults enable it, and the audit runs
// only ssot checks), the user's --checks, and for the recording pass only
// the recording checks: ssot-reimplemented-utility with RecordFingerprints
// set, and ssot-env-access with RecordSignatures set where it has a
// FingerprintDirectory to record into.
class AuditOptionsProvider : public ClangTidyOptionsProvider {
public:
  AuditOptionsProvider(const AnalyzerOptions &Options)
      : Base(std::make_unique<tidy::FileOptionsProvider>(
            tidy::ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults(),
            ClangTidyOptions())) {
    std::string Checks = "-clang-analyzer-*";
    if (!Options.ChecksOverride.empty())
      Checks += "," + Options.ChecksOverride;
    Record = Options.Record;
    if (Options.Record) {
      Checks = "-*," + RecordedCheck.str();
      Override.CheckOptions[(RecordedCheck + ".RecordFingerprints").str()] =
          ClangTidyOptions::ClangTidyValue("true");
    }
    Override.Checks = Checks;
    if (!Options.Config.empty())
      if (auto Parsed = tidy::parseConfiguration(
              llvm::MemoryBufferRef(Options.Config, "--config")))
        Config = std::move(*Parsed);
  }
  const tidy::ClangTidyGlobalOptions &getGlobalOptions() override {
    return Base->getGlobalOptions();
  }
  std::vector<OptionsSource> getRawOptions(llvm::StringRef FileName) override {
    std::vector<OptionsSource> Sources = Base->getRawOptions(FileName);
    if (Config)
      Sources.emplace_back(*Config, "command-line option '--config'");
    if (!Record) {
      Sources.emplace_back(Override, "ssot-audit");
      return Sources;
    }
    // Each recording check runs where it has a directory to record into
    // (recording without one is a configuration error).
    ClangTidyOptions Recording = Override;
    Recording.Checks = "-*";
    if (!mergedOption(Sources, (RecordedCheck + ".FingerprintDirectory").str())
             .empty())
      *Recording.Checks += "," + RecordedCheck.str();
    else
      Recording.CheckOptions.erase((RecordedCheck + ".RecordFingerprints").str());
    if (!mergedOption(Sources, (SignatureCheck + ".FingerprintDirectory").str())
             .empty()) {
      *Recording.Checks += "," + SignatureCheck.str();
      Recording.CheckOptions[(SignatureCheck + ".RecordSignatures").str()] =
          ClangTidyOptions::ClangTidyValue("true");
    }
    if (!mergedOption(Sources,
                      (FactorySignatureCheck + ".FingerprintDirectory").str())
             .empty()) {
      *Recording.Checks += "," + FactorySignatureCheck.str();
      Recording.CheckOptions[(FactorySignatureCheck + ".RecordSignatures")
                                 .str()] =
          ClangTidyOptions::ClangTidyValue("true");
    }
    Sources.emplace_back(Recording, "ssot-audit");
    return Sources;
  }

private:
  std::unique_ptr<ClangTidyOptionsProvider> Base;
  std::optional<ClangTidyOptions> Config;
  ClangTidyOptions Override;
  bool Record = false;
};

std::string collapseBlanks(llvm::StringRef Text) {
  std::string Out;
  bool Blank = false;
  for (char C : Text) {
    if (llvm::isSpace(C)) {
      Blank = !Out.empty();
      continue;
    }
    if (Blank)
      Out += ' ';
    Blank = false;
    Out += C;
  }
  return Out;
}

// A finding as reported, before the AST tells which declaration it is in.
struct Pending {
  size_t Index;
  SourceLocation Loc;
};

class AuditDiagnosticConsumer : public DiagnosticConsumer {
public:
  AuditDiagnosticConsumer(ClangTidyContext &Context, UnitResult &Out)
      : Context(Context), Out(Out), Directory(Out.Directory) {}

  void HandleDiagnostic(DiagnosticsEngine::Level Level,
                        const Diagnostic &Info) override {
    // The base class is not called: its counts would make the compiler print
    // "N warnings generated" for every unit.
    llvm::SmallString<256> Message;
    Info.FormatDiagnostic(Message);
    std::string Check = Context.getCheckName(Info.getID());
    // clang-tidy's diagnostic IDs carry " [check]"; the reports name the
    // check on their own.
    llvm::StringRef Text(Message);
    if (Text.ends_with("]")) {
      size_t Open = Text.rfind(" [");
      if (Open != llvm::StringRef::npos &&
          Text.slice(Open + 2, Text.size() - 1).starts_with("ssot-"))
        Message.resize(Open);
    }
    if (Level == DiagnosticsEngine::Note) {
      if (Last && Info.hasSourceManager())
        Out.Findings[*Last].Notes.push_back(
            {locate(Info.getSourceManager(), Info.getLocation(), {}),
             std::string(Message)});
      return;
    }
    Last.reset();
    if (llvm::StringRef(Check).starts_with("clang-tidy-")) {
      Out.ConfigErrors.push_back(std::string(Message));
      return;
    }
    if (!llvm::StringRef(Check).starts_with("ssot-")) {
      if (Level >= DiagnosticsEngine::Error) {
        Out.Parsed = false;
        std::string Where;
        if (Info.hasSourceManager() && Info.getLocation().isValid()) {
          Location L = locate(Info.getSourceManager(), Info.getLocation(), {});
          Where = L.File + ":" + std::to_string(L.Line) + ":" +
                  std::to_string(L.Column) + ": ";
        }
        if (Out.ParseErrors.size() < 5)
          Out.ParseErrors.push_back(Where + std::string(Message));
      }
      return;
    }
    if (!Info.hasSourceManager() || Info.getLocation().isInvalid())
      return;
    const SourceManager &SM = Info.getSourceManager();
    SourceLocation FileLoc = SM.getFileLoc(Info.getLocation());
    if (SM.isInSystemHeader(FileLoc))
      return;
    Finding F;
    F.Check = Check;
    F.IsError = Level >= DiagnosticsEngine::Error || Context.treatAsError(Check);
    F.Message = std::string(Message);
    CharSourceRange Range;
    if (!Info.getRanges().empty())
      Range = Info.getRanges().front();
    F.Loc = locate(SM, Info.getLocation(), Range);
    bool Invalid = false;
    llvm::StringRef Buffer = SM.getBufferData(SM.getFileID(FileLoc), &Invalid);
    if (!Invalid) {
      unsigned Offset = SM.getFileOffset(FileLoc);
      size_t Begin = Buffer.rfind('\n', Offset);
      Begin = Begin == llvm::StringRef::npos ? 0 : Begin + 1;
      size_t End = Buffer.find('\n', Offset);
      F.LineText = Buffer.slice(Begin, End).trim().str();
      F.FlaggedText = collapseBlanks(flaggedText(SM, FileLoc, Range, Buffer));
      if (F.FlaggedText.empty())
        F.FlaggedText = collapseBlanks(F.LineText);
      if (std::optional<Suppression> S =
              findSuppression(Buffer, F.Loc.Line, Check)) {
        F.Suppressed = true;
        F.SuppressionComment = S->Directive;
        F.SuppressionReason = S->Reason;
        if (S->Blanket || S->Reason.empty())
          Unexplained.push_back({Out.Findings.size(), *S});
      }
    }
    for (const FixItHint &Hint : Info.getFixItHints())
      if (std::optional<Replacement> R = replacement(SM, Hint))
        F.Fixes.push_back(std::move(*R));
    Last = Out.Findings.size();
    Pendings.push_back({Out.Findings.size(), FileLoc});
    Out.Findings.push_back(std::move(F));
  }

  /// Names each finding's enclosing declaration and turns the suppressions
  /// that explain nothing into findings of their own.
  void complete(ASTContext *Ctx) {
    if (Ctx)
      for (const Pending &P : Pendings)
        Out.Findings[P.Index].Scope = enclosingScope(*Ctx, P.Loc);
    Pendings.clear();
    for (const auto &[Index, S] : Unexplained) {
      const Finding &Silenced = Out.Findings[Index];
      Finding F;
      F.Check = SuppressionCheck;
      F.Loc = Location{Silenced.Loc.File, S.Line, S.Column, S.Line,
                       S.Column + static_cast<unsigned>(S.Directive.size())};
      F.Message =
          S.Blanket
              ? "blanket '" + S.Directive + "' silences ssot finding '" + Silenced.Check +
                    "'; name the check and give the reason after it"
              : "suppression of '" + Silenced.Check +
                    "' gives no reason; write it after the directive, e.g. "
                    "'NOLINT(" + Silenced.Check + "): why this is the exception'";
      F.Notes.push_back({Silenced.Loc, "the finding it silences [" + Silenced.Check + "]: " + Silenced.Message});
      F.LineText = S.Directive;
      F.FlaggedText = collapseBlanks(S.Directive) + " | " + Silenced.Check;
      F.Scope = Silenced.Scope;
      Out.Findings.push_back(std::move(F));
    }
    Unexplained.clear();
  }

private:
  Location locate(const SourceManager &SM, SourceLocation Loc,
                         CharSourceRange Range) {
    Location L;
    if (Loc.isInvalid())
      return L;
    SourceLocation Begin = SM.getFileLoc(Loc);
    L.File = normalisedPath(SM.getFilename(Begin), Directory);
    L.Line = SM.getSpellingLineNumber(Begin);
    L.Column = SM.getSpellingColumnNumber(Begin);
    SourceLocation End;
    if (Range.isValid()) {
      SourceLocation RB = SM.getFileLoc(Range.getBegin());
      SourceLocation RE = SM.getFileLoc(Range.getEnd());
      if (Range.isTokenRange())
        RE = Lexer::getLocForEndOfToken(RE, 0, SM, LangOptions());
      if (RB.isValid() && RE.isValid() && SM.getFileID(RE) == SM.getFileID(Begin) &&
          !SM.isBeforeInTranslationUnit(RE, Begin))
        End = RE;
    }
    if (End.isInvalid())
      End = Lexer::getLocForEndOfToken(Begin, 0, SM, LangOptions());
    if (End.isInvalid() || SM.getFileID(End) != SM.getFileID(Begin))
      End = Begin;
    L.EndLine = SM.getSpellingLineNumber(End);
    L.EndColumn = SM.getSpellingColumnNumber(End);
    return L;
  }

  static llvm::StringRef flaggedText(const SourceManager &SM,
                                     SourceLocation Begin,
                                     CharSourceRange Range,
                                     llvm::StringRef Buffer) {
    unsigned From = SM.getFileOffset(Begin);
    unsigned To = From;
    if (Range.isValid()) {
      SourceLocation RE = SM.getFileLoc(Range.getEnd());
      if (Range.isTokenRange())
        RE = Lexer::getLocForEndOfToken(RE, 0, SM, LangOptions());
      if (RE.isValid() && SM.getFileID(RE) == SM.getFileID(Begin))
        To = SM.getFileOffset(RE);
    }
    // Without a range the first token ("std" of "std::getenv") says too
    // little; the caller falls back to the whole line.
    if (To <= From || To - From > 400)
      return {};
    return Buffer.slice(From, To);
  }

  std::optional<Replacement> replacement(const SourceManager &SM,
                                                const FixItHint &Hint) {
    CharSourceRange Range = Hint.RemoveRange;
    if (Range.isInvalid() || Range.getBegin().isMacroID() ||
        Range.getEnd().isMacroID())
      return std::nullopt;
    SourceLocation Begin = Range.getBegin();
    SourceLocation End = Range.getEnd();
    if (Range.isTokenRange())
      End = Lexer::getLocForEndOfToken(End, 0, SM, LangOptions());
    if (End.isInvalid() || SM.getFileID(Begin) != SM.getFileID(End))
      return std::nullopt;
    Replacement R;
    R.Offset = SM.getFileOffset(Begin);
    R.Length = SM.getFileOffset(End) - R.Offset;
    R.Text = Hint.CodeToInsert;
    R.Range.File = normalisedPath(SM.getFilename(Begin), Directory);
    R.Range.Line = SM.getSpellingLineNumber(Begin);
    R.Range.Column = SM.getSpellingColumnNumber(Begin);
    R.Range.EndLine = SM.getSpellingLineNumber(End);
    R.Range.EndColumn = SM.getSpellingColumnNumber(End);
    return R;
  }

  // The innermost named declaration (namespace, class, function, variable)
  // around Loc, walking down from the translation unit through the
  // declarations whose extent contains it.
  static std::string enclosingScope(ASTContext &Ctx, SourceLocation Loc) {
    const SourceManager &SM = Ctx.getSourceManager();
    const DeclContext *DC = Ctx.getTranslationUnitDecl();
    std::string Name;
    while (DC) {
      const Decl *Inner = nullptr;
      for (const Decl *D : DC->decls()) {
        if (D->isImplicit())
          continue;
        SourceRange R = D->getSourceRange();
        if (R.isInvalid())
          continue;
        SourceLocation B = SM.getExpansionRange(R.getBegin()).getBegin();
        SourceLocation E = SM.getExpansionRange(R.getEnd()).getEnd();
        if (SM.getFileID(B) != SM.getFileID(Loc) && SM.getFileID(E) != SM.getFileID(Loc) &&
            !isa<NamespaceDecl, LinkageSpecDecl>(D))
          continue;
        if (SM.isBeforeInTranslationUnit(Loc, B) ||
            SM.isBeforeInTranslationUnit(E, Loc))
          continue;
        Inner = D;
        break;
      }
      if (!Inner)
        break;
      if (const auto *TD = dyn_cast<TemplateDecl>(Inner))
        if (TD->getTemplatedDecl())
          Inner = TD->getTemplatedDecl();
      if (const auto *ND = dyn_cast<NamedDecl>(Inner))
        if (!ND->getDeclName().isEmpty())
          Name = ND->getQualifiedNameAsString();
      if (isa<NamespaceDecl, RecordDecl, LinkageSpecDecl>(Inner))
        DC = cast<DeclContext>(Inner);
      else
        DC = nullptr;
    }
    return Name;
  }

  ClangTidyContext &Context;
  UnitResult &Out;
  // The unit's directory: the file manager names files as the command line
  // spelled them, relative to it.
  std::string Directory;
  std::optional<size_t> Last; // the finding later notes belong to
  std::vector<Pending> Pendings;
  std::vector<std::pair<size_t, Suppression>> Unexplained;
};

// What makes a call a compliant use, per rule, from the same options and
// annotations the checks read (ssot-bridge-bypass reports its own, see
// UseRecorder). A registered check the audit has no model for is scored by
// its violations alone and shown as "uses not counted".
struct Designations {
  bool EnvEnabled = false, FactoryEnabled = false, UtilityEnabled = false;
  bool BridgeEnabled = false;
  llvm::StringSet<> Accessors; // "::a::f"
  llvm::StringSet<> Factories; // functions or classes, "::a::F"
  llvm::StringSet<> Utilities;
};

std::string optionValue(const ClangTidyOptions &Options, llvm::StringRef Key) {
  auto It = Options.CheckOptions.find(Key);
  return It == Options.CheckOptions.end() ? std::string() : It->second.Value;
}

class UseCounter : public MatchFinder::MatchCallback {
public:
  UseCounter(const Designations &D, UnitResult &Out) : D(D), Out(Out) {}

  void run(const MatchFinder::MatchResult &Result) override {
    const SourceManager &SM = *Result.SourceManager;
    if (const auto *Annotated = Result.Nodes.getNodeAs<Decl>("annotated")) {
      for (const auto *A : Annotated->specific_attrs<AnnotateAttr>()) {
        llvm::StringRef Name = A->getAnnotation();
        if (Name == "ssot::env_accessor" && D.EnvEnabled)
          Out.ConfiguredChecks.insert(EnvCheck.str());
        else if (Name == "ssot::factory" && D.FactoryEnabled)
          Out.ConfiguredChecks.insert(FactoryCheck.str());
        else if (Name == "ssot::utility" && D.UtilityEnabled)
          Out.ConfiguredChecks.insert(UtilityCheck.str());
        else if (Name == tidy::ssot::BridgeBypassCheck::BridgeAnnotation &&
                 D.BridgeEnabled)
          Out.ConfiguredChecks.insert(BridgeCheck.str());
      }
      return;
    }
    const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call");
    const auto *Fn = Result.Nodes.getNodeAs<FunctionDecl>("fn");
    if (!Call || !Fn)
      return;
    SourceLocation Loc = SM.getFileLoc(Call->getBeginLoc());
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
      return;
    std::string Name = "::" + Fn->getQualifiedNameAsString();
    llvm::StringRef Rule;
    if (D.EnvEnabled && (D.Accessors.contains(Name) ||
                         hasSSOTAnnotation(Fn, "ssot::env_accessor")))
      Rule = EnvCheck;
    else if (D.UtilityEnabled && (D.Utilities.contains(Name) ||
                                  hasSSOTAnnotation(Fn, "ssot::utility")))
      Rule = UtilityCheck;
    else if (D.FactoryEnabled && isFactoryCall(Fn, Name))
      Rule = FactoryCheck;
    if (Rule.empty())
      return;
    Out.Uses.push_back({Rule.str(),
                        normalisedPath(SM.getFilename(Loc), Out.Directory),
                        SM.getFileOffset(Loc)});
  }

private:
  // A factory of a designated class: named in the option (the function or
  // its class), or named by the annotation of the class it returns.
  bool isFactoryCall(const FunctionDecl *Fn, const std::string &Name) const {
    std::string Owner;
    if (const auto *Method = dyn_cast<CXXMethodDecl>(Fn))
      Owner = "::" + Method->getParent()->getQualifiedNameAsString();
    if (D.Factories.contains(Name) || (!Owner.empty() && D.Factories.contains(Owner)))
      return true;
    QualType T = Fn->getReturnType().getNonReferenceType();
    if (T->isPointerType())
      T = T->getPointeeType();
    const CXXRecordDecl *Made = T->getAsCXXRecordDecl();
    if (const auto *Spec =
            dyn_cast_or_null<ClassTemplateSpecializationDecl>(Made))
      if (Spec->getTemplateArgs().size() > 0 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type)
        Made = Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
    if (!Made)
      return false;
    std::optional<std::string> Factory =
        annotationArgument(Made, "ssot::factory", 0);
    if (!Factory)
      return false;
    // SSOT_FACTORY("::a::make|::a::Pool"): any of them.
    bool Matches = false;
    forEachAlternative(*Factory, [&](llvm::StringRef Designated) {
      std::string Full = fullyQualified(Designated);
      Matches |= Full == Name || Full == Owner;
    });
    return Matches;
  }

  const Designations &D;
  UnitResult &Out;
};

// The inclusions ssot-relative-include judges: a quoted or angled #include
// in a project file of a header under one of the check's roots (its Roots
// option, resolved as the check resolves it, or else the unit's non-system
// search directories). Each is a candidate compliant use; analyzeUnit drops
// the ones the check reported, so a use is an inclusion the check accepts.
class IncludeCounter : public PPCallbacks {
public:
  IncludeCounter(const ClangTidyOptions &Options, Preprocessor &PP,
                 UnitResult &Out,
                 std::vector<std::pair<unsigned, unsigned>> &Places)
      : PP(PP), SM(PP.getSourceManager()), FM(PP.getFileManager()), Out(Out),
        Places(Places) {
    using tidy::ssot::RelativeIncludeCheck;
    RootsKey = (IncludeCheck + "." + RelativeIncludeCheck::RootsOption).str();
    RawRoots = optionValue(Options, RootsKey);
    forEachListElement(RawRoots, [&](llvm::StringRef E) {
      E = trimBlanks(E);
      if (!E.empty())
        WrittenRoots.push_back(E.str());
    });
    std::string Allowed = optionValue(
        Options,
        (IncludeCheck + "." + RelativeIncludeCheck::AllowedFilesOption).str());
    std::string Error;
    if (!Allowed.empty())
      AllowedFiles = parseRegex(Allowed, Error);
  }

  void InclusionDirective(SourceLocation /*HashLoc*/, const Token &IncludeTok,
                          llvm::StringRef /*FileName*/, bool /*IsAngled*/,
                          CharSourceRange FilenameRange,
                          OptionalFileEntryRef File, llvm::StringRef,
                          llvm::StringRef, const Module *, bool,
                          SrcMgr::CharacteristicKind FileType) override {
    if (!tidy::ssot::RelativeIncludeCheck::judgesInclusion(
            IncludeTok, File, FilenameRange, FileType))
      return;
    SourceLocation Loc = SM.getFileLoc(FilenameRange.getBegin());
    if (Loc.isInvalid() || SM.isInSystemHeader(Loc))
      return;
    llvm::StringRef Includer = SM.getFilename(Loc);
    if (AllowedFiles && !Includer.empty() && AllowedFiles->match(Includer))
      return;
    if (!underRoot(*File))
      return;
    Out.Uses.push_back({IncludeCheck.str(),
                        normalisedPath(Includer, Out.Directory),
                        SM.getFileOffset(Loc)});
    Places.push_back({SM.getSpellingLineNumber(Loc),
                      SM.getSpellingColumnNumber(Loc)});
  }

private:
  std::string absolute(llvm::StringRef Path) const {
    llvm::SmallString<256> Result(Path);
    FM.makeAbsolutePath(Result);
    llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
    return std::string(Result);
  }

  bool underRoot(FileEntryRef File) {
    if (!Roots) {
      Roots.emplace();
      auto Add = [&](const std::string &Path) {
        Roots->push_back(Path);
        if (OptionalDirectoryEntryRef Dir = FM.getOptionalDirectoryRef(Path))
          Roots->push_back(FM.getCanonicalName(*Dir).str());
      };
      if (WrittenRoots.empty()) {
        const HeaderSearch &HS = PP.getHeaderSearchInfo();
        for (auto It = HS.quoted_dir_begin(), End = HS.angled_dir_end();
             It != End; ++It)
          if (It->isNormalDir() && !It->isSystemHeaderDirectory())
            Add(absolute(It->getName()));
      } else {
        std::string Main;
        if (OptionalFileEntryRef M = SM.getFileEntryRefForID(SM.getMainFileID()))
          Main = absolute(M->getName());
        for (const std::string &Written : WrittenRoots)
          Add(resolveOptionListPath(Main, RootsKey, RawRoots, Written));
      }
    }
    std::string Lexical = absolute(File.getName());
    llvm::StringRef Real = FM.getCanonicalName(File);
    return llvm::any_of(*Roots, [&](const std::string &Root) {
      return isInsideDirectory(Lexical, Root) || isInsideDirectory(Real, Root);
    });
  }

  Preprocessor &PP;
  const SourceManager &SM;
  FileManager &FM;
  UnitResult &Out;
  // Line and column of each recorded use, in the order of its Out.Uses entry
  // (owned by the caller: the preprocessor owns and outlives nothing here).
  std::vector<std::pair<unsigned, unsigned>> &Places;
  std::string RootsKey;
  std::string RawRoots; // the whole value, to find the file that set it
  std::vector<std::string> WrittenRoots;
  std::optional<llvm::Regex> AllowedFiles;
  std::optional<std::vector<std::string>> Roots;
};

class AuditConsumer : public ASTConsumer {
public:
  AuditConsumer(AuditDiagnosticConsumer &Diags, std::unique_ptr<MatchFinder> Finder,
                std::unique_ptr<UseCounter> Counter)
      : Diags(Diags), Finder(std::move(Finder)), Counter(std::move(Counter)) {}
  void HandleTranslationUnit(ASTContext &Ctx) override {
    if (Finder)
      Finder->matchAST(Ctx);
    Diags.complete(&Ctx);
  }

private:
  AuditDiagnosticConsumer &Diags;
  std::unique_ptr<MatchFinder> Finder;
  std::unique_ptr<UseCounter> Counter;
};

class AuditActionFactory : public tooling::FrontendActionFactory {
public:
  AuditActionFactory(ClangTidyContext &Context, AuditDiagnosticConsumer &Diags,
                     UnitResult &Out, bool Count)
      : Context(Context), Diags(Diags), Out(Out), Count(Count),
        Tidy(Context) {}

  std::unique_ptr<FrontendAction> create() override {
    return std::make_unique<Action>(*this);
  }

  bool runInvocation(std::shared_ptr<CompilerInvocation> Invocation,
                     FileManager *Files,
                     std::shared_ptr<PCHContainerOperations> PCHContainerOps,
                     DiagnosticConsumer *DiagConsumer) override {
    // The same preprocessing as clang-tidy's (code under __clang_analyzer__).
    Invocation->getPreprocessorOpts().SetUpStaticAnalyzer = true;
    return FrontendActionFactory::runInvocation(Invocation, Files,
                                                PCHContainerOps, DiagConsumer);
  }

private:
  class Action : public ASTFrontendAction {
  public:
    explicit Action(AuditActionFactory &Parent) : Parent(Parent) {}
    std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                   llvm::StringRef File) override {
      return Parent.makeConsumer(CI, File);
    }

  private:
    AuditActionFactory &Parent;
  };

  std::unique_ptr<ASTConsumer> makeConsumer(CompilerInstance &CI,
                                            llvm::StringRef File) {
    std::vector<std::unique_ptr<ASTConsumer>> Consumers;
    Consumers.push_back(Tidy.createASTConsumer(CI, File));
    // createASTConsumer made File the context's current file.
    ClangTidyOptions Options = Context.getOptionsForFile(File);
    for (llvm::StringRef Check : tidy::ssot::registeredCheckNames())
      if (Context.isCheckEnabled(Check)) {
        Out.EnabledChecks.insert(Check.str());
        // A check the audit has no configuration model for (one added to
        // the registry later) is configured when enabled, and then listed
        // by its violations, unscored.
        if (!llvm::is_contained({EnvCheck, FactoryCheck, UtilityCheck,
                                 IncludeCheck, BridgeCheck},
                                Check))
          Out.ConfiguredChecks.insert(Check.str());
      }
    std::unique_ptr<MatchFinder> Finder;
    std::unique_ptr<UseCounter> Counter;
    if (Count) {
      D.EnvEnabled = Out.EnabledChecks.count(EnvCheck.str());
      D.FactoryEnabled = Out.EnabledChecks.count(FactoryCheck.str());
      D.UtilityEnabled = Out.EnabledChecks.count(UtilityCheck.str());
      D.BridgeEnabled = Out.EnabledChecks.count(BridgeCheck.str());
      readDesignations(Options);
      Finder = std::make_unique<MatchFinder>();
      Counter = std::make_unique<UseCounter>(D, Out);
      if (D.EnvEnabled || D.FactoryEnabled || D.UtilityEnabled)
        Finder->addMatcher(callExpr(callee(functionDecl().bind("fn"))).bind("call"),
                           Counter.get());
      if (D.EnvEnabled || D.FactoryEnabled || D.UtilityEnabled || D.BridgeEnabled)
        Finder->addMatcher(decl(hasAttr(attr::Annotate)).bind("annotated"),
                           Counter.get());
      // The include rule needs no designation: enabled is configured.
      if (Out.EnabledChecks.count(IncludeCheck.str())) {
        Out.ConfiguredChecks.insert(IncludeCheck.str());
        CountsIncludes = true;
        CI.getPreprocessor().addPPCallbacks(std::make_unique<IncludeCounter>(
            Options, CI.getPreprocessor(), Out, IncludePlaces));
      }
    }
    Consumers.push_back(std::make_unique<AuditConsumer>(Diags, std::move(Finder),
                                                        std::move(Counter)));
    return std::make_unique<MultiplexConsumer>(std::move(Consumers));
  }

  void readDesignations(const ClangTidyOptions &Options) {
    auto AddAll = [](llvm::StringSet<> &Set, const std::string &Value,
                     bool RightOfPair) {
      forEachListElement(Value, [&](llvm::StringRef Element) {
        if (RightOfPair) {
          auto [Left, Right] = Element.split('=');
          Element = Right.empty() ? Left : Right;
        }
        // A class's factories: "::C=::a::make|::a::Pool".
        forEachAlternative(Element, [&](llvm::StringRef Name) {
          if (!Name.empty())
            Set.insert(fullyQualified(Name));
        });
      });
    };
    auto Mark = [&](bool Enabled, llvm::StringRef Check, const llvm::StringSet<> &Set) {
      if (Enabled && !Set.empty())
        Out.ConfiguredChecks.insert(Check.str());
    };
    AddAll(D.Accessors, optionValue(Options, (EnvCheck + ".Accessor").str()), false);
    AddAll(D.Factories, optionValue(Options, (FactoryCheck + ".Factories").str()), true);
    AddAll(D.Utilities, optionValue(Options, (UtilityCheck + ".Utilities").str()), false);
    AddAll(D.Utilities, optionValue(Options, (UtilityCheck + ".Primitives").str()), true);
    Mark(D.EnvEnabled, EnvCheck, D.Accessors);
    Mark(D.FactoryEnabled, FactoryCheck, D.Factories);
    Mark(D.UtilityEnabled, UtilityCheck, D.Utilities);
    if (D.BridgeEnabled &&
        !trimBlanks(optionValue(
                        Options,
                        (BridgeCheck + "." +
                         tidy::ssot::BridgeBypassCheck::ComponentsOption)
                            .str()))
             .empty())
      Out.ConfiguredChecks.insert(BridgeCheck.str());
  }

public:
  /// Whether the include rule's inclusions were counted, and where each
  /// counted one is (line, column), in the order of their uses.
  bool CountsIncludes = false;
  std::vector<std::pair<unsigned, unsigned>> IncludePlaces;

private:

  ClangTidyContext &Context;
  AuditDiagnosticConsumer &Diags;
  UnitResult &Out;
  bool Count;
  tidy::ClangTidyASTConsumerFactory Tidy;
  Designations D;
};

// The compliant uses a check reports (lib/analysis/CompliantUses.h), as
// the unit's uses of its rule.
class UseRecorder : public CompliantUseSink {
public:
  explicit UseRecorder(UnitResult &Out) : Out(Out) {}
  void compliantUse(llvm::StringRef Check, SourceLocation Loc,
                    const SourceManager &SM) override {
    Loc = SM.getFileLoc(Loc);
    if (Loc.isInvalid())
      return;
    Out.Uses.push_back({Check.str(),
                        normalisedPath(SM.getFilename(Loc), Out.Directory),
                        SM.getFileOffset(Loc)});
  }

private:
  UnitResult &Out;
};

} // namespace

std::string checkConfig(const AnalyzerOptions &Options) {
  if (Options.Config.empty())
    return "";
  auto Parsed = tidy::parseConfiguration(
      llvm::MemoryBufferRef(Options.Config, "--config"));
  return Parsed ? "" : Parsed.getError().message();
}

bool countsCompliantUses(llvm::StringRef Check) {
  return Check == EnvCheck || Check == FactoryCheck || Check == UtilityCheck ||
         Check == IncludeCheck || Check == BridgeCheck;
}

bool needsRecording(const std::string &File, const AnalyzerOptions &Options,
                    llvm::function_ref<const AnnotatedNames &()> Annotated) {
  ClangTidyContext Context(std::make_unique<AuditOptionsProvider>(Options));
  Context.setCurrentFile(File);
  ClangTidyOptions FileOptions = Context.getOptionsForFile(File);
  const bool Fingerprints =
      Context.isCheckEnabled(RecordedCheck) &&
      !optionValue(FileOptions, (RecordedCheck + ".FingerprintDirectory").str())
           .empty();
  const bool Signatures =
      Context.isCheckEnabled(SignatureCheck) &&
      !optionValue(FileOptions, (SignatureCheck + ".FingerprintDirectory").str())
           .empty();
  const bool FactorySignatures =
      Context.isCheckEnabled(FactorySignatureCheck) &&
      !optionValue(FileOptions,
                   (FactorySignatureCheck + ".FingerprintDirectory").str())
           .empty();
  if (!Fingerprints && !Signatures && !FactorySignatures)
    return false;
  // Only a unit that mentions a designated utility can define one: its
  // text names it (the definition) or carries the annotation; likewise a
  // unit that sees an accessor's declaration names it where it calls or
  // defines it. Every other unit would be parsed for nothing.
  auto Text = llvm::MemoryBuffer::getFile(File);
  if (!Text)
    return true;
  llvm::StringRef Source = (*Text)->getBuffer();
  if (Fingerprints &&
      (Source.contains("SSOT_UTILITY") || Source.contains("ssot::utility")))
    return true;
  if (Signatures && (Source.contains("SSOT_ENV_ACCESSOR") ||
                     Source.contains("ssot::env_accessor")))
    return true;
  if (FactorySignatures &&
      (Source.contains("SSOT_FACTORY") || Source.contains("ssot::factory")))
    return true;
  bool Mentioned = false;
  // Whether the text names \p Name's last component.
  const auto Mention = [&](llvm::StringRef Name) {
    Name = ::ssot::unqualifiedName(Name);
    if (!Name.empty() && Source.contains(Name))
      Mentioned = true;
  };
  auto Scan = [&](const std::string &Value, bool RightOfPair) {
    forEachListElement(Value, [&](llvm::StringRef Element) {
      if (RightOfPair)
        Element = Element.split('=').second;
      // A class's factories: "::a::make|::a::Pool".
      forEachAlternative(Element, Mention);
    });
  };
  if (Fingerprints) {
    Scan(optionValue(FileOptions, (RecordedCheck + ".Utilities").str()), false);
    Scan(optionValue(FileOptions, (RecordedCheck + ".Primitives").str()), true);
  }
  if (Signatures)
    Scan(optionValue(FileOptions, (SignatureCheck + ".Accessor").str()), false);
  // A unit that sees a factory's declaration names it (recorded only from
  // the Factories option: the names after '=').
  if (FactorySignatures)
    Scan(optionValue(FileOptions, (FactorySignatureCheck + ".Factories").str()),
         true);
  // Names designated by annotations in headers: the unit that defines an
  // annotated utility, or calls an annotated accessor or factory, names it
  // without writing the annotation.
  const auto ScanNames = [&](const llvm::StringSet<> &Names) {
    for (const auto &Name : Names)
      Mention(Name.getKey());
  };
  if (!Mentioned) {
    const AnnotatedNames &Names = Annotated();
    if (Fingerprints)
      ScanNames(Names.Utilities);
    if (Signatures)
      ScanNames(Names.Accessors);
    if (FactorySignatures)
      ScanNames(Names.Factories);
  }
  return Mentioned;
}

UnitResult analyzeUnit(const tooling::CompileCommand &Command,
                       const AnalyzerOptions &Options) {
  UnitResult Out;
  Out.Directory = Command.Directory;
  Out.File = normalisedPath(Command.Filename, Command.Directory);

  ClangTidyContext Context(std::make_unique<AuditOptionsProvider>(Options));
  AuditDiagnosticConsumer Diags(Context, Out);
  // Declared before the engine, which refers to them, so they outlive it.
  DiagnosticOptions DiagOpts;
  DiagnosticsEngine Engine(::ssot::compat::makeDiagnosticIDs(),
                           ::ssot::compat::diagnosticOptionsArg(DiagOpts),
                           &Diags, /*ShouldOwnClient=*/false);
  ::ssot::compat::setDiagnosticsEngine(Context, &Engine);

  // Each unit resolves relative paths against its own directory without
  // touching the process's working directory (other threads parse too).
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS =
      llvm::vfs::createPhysicalFileSystem();
  if (std::error_code EC = FS->setCurrentWorkingDirectory(Command.Directory)) {
    Out.Parsed = false;
    Out.ParseErrors.push_back(Out.File + ": cannot enter the unit's directory '" +
                              Command.Directory + "': " + EC.message());
    return Out;
  }
  llvm::IntrusiveRefCntPtr<FileManager> Files =
      llvm::makeIntrusiveRefCnt<FileManager>(FileSystemOptions(), FS);

  tooling::CommandLineArguments Args = Command.CommandLine;
  ClangTidyOptions FileOptions = Context.getOptionsForFile(Out.File);
  tooling::ArgumentsAdjuster Adjust = tooling::combineAdjusters(
      tooling::getClangStripOutputAdjuster(),
      tooling::combineAdjusters(tooling::getClangStripDependencyFileAdjuster(),
                                tooling::getClangSyntaxOnlyAdjuster()));
  Adjust = tooling::combineAdjusters(Adjust, tooling::getStripPluginsAdjuster());
  Args = Adjust(Args, Out.File);
  if (FileOptions.ExtraArgsBefore && !Args.empty())
    Args.insert(Args.begin() + 1, FileOptions.ExtraArgsBefore->begin(),
                FileOptions.ExtraArgsBefore->end());
  if (FileOptions.ExtraArgs)
    Args.insert(Args.end(), FileOptions.ExtraArgs->begin(),
                FileOptions.ExtraArgs->end());
  // First, so a -resource-dir of the database still wins.
  if (!Options.ResourceDir.empty() && !Args.empty())
    Args.insert(Args.begin() + 1, "-resource-dir=" + Options.ResourceDir);

  AuditActionFactory Factory(Context, Diags, Out, !Options.Record);
  tooling::ToolInvocation Invocation(Args, &Factory, Files.get(),
                                     std::make_shared<PCHContainerOperations>());
  Invocation.setDiagnosticConsumer(&Diags);
  // The uses only the check can judge (ssot-bridge-bypass) are reported by
  // the check itself while this thread parses the unit.
  UseRecorder Recorder(Out);
  std::optional<ScopedCompliantUseSink> Sink;
  if (!Options.Record)
    Sink.emplace(Recorder);
  if (!Invocation.run() && Out.ParseErrors.empty()) {
    Out.Parsed = false;
    Out.ParseErrors.push_back(Out.File + ": the compiler could not run this command");
  }
  Diags.complete(nullptr); // findings of a unit whose AST never completed
  // An inclusion the include rule reported (suppressed or not) is not a
  // compliant use of it.
  if (Factory.CountsIncludes) {
    std::set<std::tuple<std::string, unsigned, unsigned>> Reported;
    for (const Finding &F : Out.Findings)
      if (F.Check == IncludeCheck)
        Reported.insert({F.Loc.File, F.Loc.Line, F.Loc.Column});
    std::vector<Use> Kept;
    size_t Next = 0;
    for (Use &U : Out.Uses) {
      if (U.Check == IncludeCheck && Next < Factory.IncludePlaces.size()) {
        auto [Line, Column] = Factory.IncludePlaces[Next++];
        if (Reported.count({U.File, Line, Column}))
          continue;
      }
      Kept.push_back(std::move(U));
    }
    Out.Uses = std::move(Kept);
  }
  return Out;
}

} // namespace ssot::audit
