//===--- ReimplementedUtilityCheck.cpp - ssot-reimplemented-utility -------===//
#include "checks/ReimplementedUtilityCheck.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/NameStyle.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/SourceRanges.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cmath>

using namespace clang::ast_matchers;

namespace clang::tidy::ssot {

// A statement that more utilities than this contain carries no signal (every
// body has a `return x;`); it is skipped when gathering candidates, which
// bounds the work per function whatever the number of utilities.
static constexpr unsigned MaxPostings = 64;

// The statement multiset as a set: the k-th copy of hash H is its own token,
// so that set intersection of tokens is multiset intersection of statements.
static llvm::SmallVector<uint64_t, 16>
statementTokens(const ::ssot::BodyFingerprint &Print) {
  llvm::SmallVector<uint64_t, 16> Tokens;
  uint64_t Copy = 0;
  for (auto [I, H] : llvm::enumerate(Print.Statements)) {
    Copy = (I && Print.Statements[I - 1] == H) ? Copy + 1 : 0;
    Tokens.push_back(H ^ (Copy * 0x9e3779b97f4a7c15ULL));
  }
  return Tokens;
}

ReimplementedUtilityCheck::ReimplementedUtilityCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawUtilities(Options.get(UtilitiesOption, "").str()),
      RawPrimitives(Options.get(PrimitivesOption, "").str()),
      RawMinSimilarity(Options.get(MinSimilarityOption, "0.8").str()),
      RawMinStatements(Options.get(MinStatementsOption, "4").str()),
      FingerprintDirectory(Options.get(FingerprintDirectoryOption, "").str()),
      RawRecordFingerprints(
          Options.get(RecordFingerprintsOption, "false").str()),
      Inserter(Options.getLocalOrGlobal(IncludeStyleOption,
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  std::string Error;
  if (auto Names = ::ssot::parseQualifiedNameList(RawUtilities, Error))
    UtilityNames = std::move(*Names);
  else
    configurationDiag("invalid configuration value '%0' for option '%1': %2")
        << RawUtilities << UtilitiesOption << Error;

  if (auto Pairs = ::ssot::parseQualifiedNamePairs(
          RawPrimitives, "primitive=utility", Error))
    for (::ssot::QualifiedNamePair &Pair : *Pairs)
      Primitives.push_back({std::move(Pair.Key), std::move(Pair.Value),
                            std::move(Pair.ValueAsWritten)});
  else
    configurationDiag("invalid configuration value '%0' for option '%1': %2")
        << RawPrimitives << PrimitivesOption << Error;

  double Similarity = 0;
  if (StringRef(RawMinSimilarity).trim().getAsDouble(Similarity) ||
      !(Similarity > 0 && Similarity <= 1))
    configurationDiag("invalid configuration value '%0' for option '%1': "
                      "expected a number greater than 0 and at most 1")
        << RawMinSimilarity << MinSimilarityOption;
  else
    MinSimilarity = Similarity;

  unsigned Statements = 0;
  if (StringRef(RawMinStatements).trim().getAsInteger(10, Statements) ||
      Statements == 0)
    configurationDiag("invalid configuration value '%0' for option '%1': "
                      "expected a positive whole number of statements")
        << RawMinStatements << MinStatementsOption;
  else
    MinStatements = Statements;

  if (std::optional<bool> Record = ::ssot::parseBool(RawRecordFingerprints))
    RecordFingerprints = *Record;
  else
    configurationDiag("invalid configuration value '%0' for option '%1': "
                      "expected 'true' or 'false'")
        << RawRecordFingerprints << RecordFingerprintsOption;
  if (RecordFingerprints && FingerprintDirectory.empty())
    configurationDiag("option '%0' is set but option '%1' names no directory "
                      "to record the fingerprints in")
        << RecordFingerprintsOption << FingerprintDirectoryOption;
}

void ReimplementedUtilityCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, UtilitiesOption, RawUtilities);
  Options.store(Opts, PrimitivesOption, RawPrimitives);
  Options.store(Opts, MinSimilarityOption, RawMinSimilarity);
  Options.store(Opts, MinStatementsOption, RawMinStatements);
  Options.store(Opts, FingerprintDirectoryOption, FingerprintDirectory);
  Options.store(Opts, RecordFingerprintsOption, RawRecordFingerprints);
  Options.store(Opts, IncludeStyleOption, Inserter.getStyle());
}

void ReimplementedUtilityCheck::registerPPCallbacks(
    const SourceManager &SM, Preprocessor *PP, Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
  this->PP = PP;
}

void ReimplementedUtilityCheck::onStartOfTranslationUnit() {
  Context = nullptr;
  Functions.clear();
  Referenced.clear();
  Calls.clear();
  DiscardedCalls.clear();
  TemplateBodies.clear();
  Utilities.clear();
  UtilityByDecl.clear();
  ByNormalizedName.clear();
  ByWholeHash.clear();
  ByStatementHash.clear();
  Reported.clear();
}

namespace {
AST_MATCHER(FunctionDecl, isSSOTUtility) {
  return ::ssot::hasSSOTAnnotation(&Node,
                                   ReimplementedUtilityCheck::UtilityAnnotation);
}
} // namespace

void ReimplementedUtilityCheck::registerMatchers(MatchFinder *Finder) {
  // Every function the user wrote: a possible twin (by name or by body), or
  // the definition of an annotated utility. Only recorded here; the verdict
  // waits for the end of the TU, when every utility the TU mentions is known
  // whatever the order of declarations.
  Finder->addMatcher(
      functionDecl(unless(isImplicit()), unless(isExpansionInSystemHeader()))
          .bind("function"),
      this);
  // A reference to an annotated utility from this file tells where it is,
  // including in clangd, where headers are not matched.
  Finder->addMatcher(declRefExpr(to(functionDecl(isSSOTUtility()).bind("used")),
                                 unless(isExpansionInSystemHeader())),
                     this);
  if (Primitives.empty())
    return;
  std::vector<StringRef> Names;
  for (const Primitive &P : Primitives)
    Names.push_back(P.Name);
  auto PrimitiveCall = callExpr(
      callee(functionDecl(hasAnyName(Names)).bind("primitive")),
      unless(isExpansionInSystemHeader()));
  //   std::this_thread::sleep_for(D);
  Finder->addMatcher(PrimitiveCall.bind("call"), this);
  // `{ sleep_for(D); }`: a result nobody uses, so a utility returning
  // something else can still take the call's place. Recorded top-down (the
  // block is visited before the call) instead of asking for parents.
  Finder->addMatcher(
      compoundStmt(forEach(expr(ignoringImplicit(
          callExpr(callee(functionDecl(hasAnyName(Names)))).bind("discarded"))))),
      this);
}

void ReimplementedUtilityCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("function")) {
    if (FD->isTemplateInstantiation()) {
      // A call in an instantiation was written once for every type: a fix
      // that compiles for one instantiation may not for the next.
      const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
      if (Pattern && Pattern->hasBody())
        TemplateBodies.insert(Pattern);
      return;
    }
    if (FD->isDeleted() || FD->isDefaulted())
      return;
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
      if (MD->getParent()->isLambda())
        return;
    Functions.push_back(FD);
    // The utility's own definition or declaration in this file.
    if (::ssot::hasSSOTAnnotation(FD, UtilityAnnotation) &&
        Result.SourceManager->isInMainFile(
            Result.SourceManager->getExpansionLoc(FD->getLocation())))
      Referenced.insert(FD->getCanonicalDecl());
    return;
  }
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("used")) {
    const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
    Referenced.insert((Pattern ? Pattern : FD)->getCanonicalDecl());
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("discarded")) {
    DiscardedCalls.insert(Call);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("call"))
    Calls.emplace_back(Call, Result.Nodes.getNodeAs<FunctionDecl>("primitive"));
}

static std::string qualifiedName(const FunctionDecl *FD) {
  return "::" + FD->getQualifiedNameAsString();
}

static StringRef scopeOf(StringRef QualifiedName) {
  size_t Pos = QualifiedName.rfind("::");
  return Pos == StringRef::npos ? StringRef() : QualifiedName.take_front(Pos);
}

static StringRef lastComponent(StringRef QualifiedName) {
  size_t Pos = QualifiedName.rfind("::");
  return Pos == StringRef::npos ? QualifiedName
                                : QualifiedName.drop_front(Pos + 2);
}

static std::string signatureOf(const FunctionDecl *FD) {
  return FD->getType().getCanonicalType().getAsString();
}

void ReimplementedUtilityCheck::addUtility(const FunctionDecl *FD) {
  if (!FD || !FD->getDeclName().isIdentifier())
    return;
  FD = FD->getCanonicalDecl();
  if (UtilityByDecl.count(FD))
    return;
  Utility U;
  U.Decl = FD;
  U.Name = qualifiedName(FD);
  U.Scope = scopeOf(U.Name).str();
  U.Normalized = ::ssot::normalizedName(FD->getName());
  U.Signature = signatureOf(FD);
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    U.ClassMember = true;
    U.NeedsObject = !MD->isStatic();
  }
  const FunctionDecl *Def = nullptr;
  if (FD->hasBody(Def) && Def->getBody())
    U.Print = ::ssot::fingerprintBody(Def->getBody());
  UtilityByDecl[FD] = Utilities.size();
  Utilities.push_back(std::move(U));
}

static void addFunctions(const NamedDecl *D,
                         llvm::SmallVectorImpl<const FunctionDecl *> &Out) {
  if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
    Out.push_back(FTD->getTemplatedDecl());
  else if (const auto *FD = dyn_cast<FunctionDecl>(D))
    Out.push_back(FD);
}

void ReimplementedUtilityCheck::collectUtilities(ASTContext &Ctx) {
  llvm::SmallVector<const FunctionDecl *, 8> Found;
  // Designated by configuration: found by lookup, so also in clangd.
  for (const std::string &Name : UtilityNames)
    for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, Name))
      addFunctions(D, Found);
  for (const Primitive &P : Primitives)
    for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, P.Utility))
      addFunctions(D, Found);
  // Designated by annotation and used or defined by this file.
  Found.append(Referenced.begin(), Referenced.end());
  // An annotated utility in a header this file does not call is still found
  // when a function here carries its name in another style and the utility
  // is visible from the function's scope: look each spelling up, scope by
  // scope. A handful of hash lookups per function; no walk of the TU.
  // Only this file's functions ask: clangd matches nothing else, and the
  // answer must not depend on the host.
  const SourceManager &SM = Ctx.getSourceManager();
  for (const FunctionDecl *FD : Functions) {
    if (!FD->getDeclName().isIdentifier() || !FD->isFirstDecl() ||
        !SM.isInMainFile(SM.getExpansionLoc(FD->getLocation())))
      continue;
    StringRef Name = FD->getName();
    llvm::SmallVector<std::string, 5> Spellings = {Name.str()};
    for (::ssot::CaseStyle Style :
         {::ssot::CaseStyle::Snake, ::ssot::CaseStyle::Camel,
          ::ssot::CaseStyle::Pascal, ::ssot::CaseStyle::Screaming}) {
      std::string S = ::ssot::respell(Name, Style);
      if (!S.empty() && !llvm::is_contained(Spellings, S))
        Spellings.push_back(std::move(S));
    }
    for (const DeclContext *DC = FD->getDeclContext(); DC;
         DC = DC->getParent()) {
      if (!DC->isFileContext())
        continue;
      for (const std::string &S : Spellings)
        for (const NamedDecl *D : DC->lookup(&Ctx.Idents.get(S))) {
          llvm::SmallVector<const FunctionDecl *, 1> Candidates;
          addFunctions(D->getUnderlyingDecl(), Candidates);
          for (const FunctionDecl *C : Candidates)
            if (::ssot::hasSSOTAnnotation(C, UtilityAnnotation))
              Found.push_back(C);
        }
    }
  }
  for (const FunctionDecl *FD : Found)
    addUtility(FD);
  addRecords(Ctx);
}

void ReimplementedUtilityCheck::addRecords(ASTContext &Ctx) {
  if (FingerprintDirectory.empty())
    return;
  if (!Records) {
    // A recording run may be the one that creates the directory.
    if (RecordFingerprints && !llvm::sys::fs::is_directory(FingerprintDirectory))
      Records.emplace();
    else
      Records = ::ssot::readRecords(FingerprintDirectory, RecordErrors);
    for (const std::string &Error : RecordErrors)
      configurationDiag("cannot use the fingerprints in %0; re-record the "
                        "utilities (option '%1')")
          << Error << RecordFingerprintsOption;
  }
  llvm::StringMap<unsigned> ByKey; // name + signature -> utility
  for (auto [Index, U] : llvm::enumerate(Utilities))
    ByKey[U.Name + "\n" + U.Signature] = Index;
  for (const ::ssot::FingerprintRecord &R : *Records) {
    llvm::SmallString<256> File(FingerprintDirectory);
    llvm::sys::path::append(File, ::ssot::recordFileName(R));
    auto It = ByKey.find(R.Utility + "\n" + R.Signature);
    if (It == ByKey.end()) {
      // Not mentioned by this file: find its declaration if visible anyway,
      // else keep it by name only (notes then name the record).
      for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, R.Utility)) {
        llvm::SmallVector<const FunctionDecl *, 1> Candidates;
        addFunctions(D, Candidates);
        for (const FunctionDecl *FD : Candidates)
          if (signatureOf(FD) == R.Signature)
            addUtility(FD);
      }
      It = ByKey.find(R.Utility + "\n" + R.Signature);
      for (auto [Index, U] : llvm::enumerate(Utilities))
        if (U.Name == R.Utility && U.Signature == R.Signature)
          It = ByKey.insert({R.Utility + "\n" + R.Signature, Index}).first;
    }
    if (It != ByKey.end() && Utilities[It->second].Print)
      continue; // the body is visible here: the live fingerprint wins
    // The record speaks for a body this TU cannot see: it must still
    // describe the utility as it is now.
    bool Stale = ::ssot::currentSourceState(R) == ::ssot::SourceState::Changed;
    if (Stale)
      configurationDiag(
          "the recorded fingerprint of utility '%0' is stale: '%1' changed "
          "since it was recorded into '%2'; its clones are not reported until "
          "it is re-recorded (run the check on '%1' with option '%3' set)")
          << StringRef(R.Utility).ltrim(':') << R.File << File
          << RecordFingerprintsOption;
    if (It == ByKey.end()) {
      Utility U;
      U.Name = R.Utility;
      U.Scope = scopeOf(R.Utility).str();
      U.Normalized = ::ssot::normalizedName(lastComponent(R.Utility));
      U.Signature = R.Signature;
      U.ClassMember = R.Kind != "function";
      U.NeedsObject = R.Kind == "member";
      It = ByKey.insert({R.Utility + "\n" + R.Signature, Utilities.size()})
               .first;
      Utilities.push_back(std::move(U));
    }
    Utility &U = Utilities[It->second];
    U.RecordFile = File.str().str();
    if (!Stale)
      U.Print = R.Print;
  }
}

void ReimplementedUtilityCheck::indexUtilities() {
  for (auto [Index, U] : llvm::enumerate(Utilities)) {
    ByNormalizedName[U.Normalized].push_back(Index);
    if (!U.Print || U.Print->size() < MinStatements)
      continue;
    ByWholeHash[U.Print->Whole].push_back(Index);
    for (uint64_t Token : statementTokens(*U.Print))
      ByStatementHash[Token].push_back(Index);
  }
}

void ReimplementedUtilityCheck::noteUtility(const Utility &U,
                                            SourceLocation Twin) {
  StringRef Name = StringRef(U.Name).ltrim(':');
  if (U.Decl)
    diag(U.Decl->getLocation(), "designated utility '%0' declared here",
         DiagnosticIDs::Note)
        << Name;
  else // Not declared here: the note sits at the twin (hosts drop notes
       // without a location).
    diag(Twin, "designated utility '%0' as recorded in '%1'",
         DiagnosticIDs::Note)
        << Name << U.RecordFile;
}

const ::ssot::BodyFingerprint &
ReimplementedUtilityCheck::printOf(unsigned Index) const {
  static const ::ssot::BodyFingerprint None;
  if (const auto &Print = Utilities[Index].Print)
    return *Print;
  return None; // never indexed: only utilities with a print are
}

// Whether \p FD belongs to the utility itself: a redeclaration, or an
// overload beside it (same name, same scope).
static bool isUtilityFamily(const FunctionDecl *FD, StringRef Name) {
  return qualifiedName(FD) == Name;
}

void ReimplementedUtilityCheck::diagnoseFunction(const FunctionDecl *FD) {
  if (UtilityByDecl.count(FD->getCanonicalDecl()))
    return;
  const FunctionDecl *Def = nullptr;
  const bool HasBody = FD->hasBody(Def);
  // One verdict per function: at its definition when this TU has it, else at
  // its first declaration.
  if (HasBody ? Def != FD : !FD->isFirstDecl())
    return;
  std::string Name = qualifiedName(FD);

  // 1. The utility's name in another style or another scope. Methods that
  // need an object are a different interface, on either side. Between
  // classes, the same spelling is ordinary API naming (every class may have a
  // static `create`); only another case style of it is a twin there.
  std::optional<unsigned> NameTwin;
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (FD->getDeclName().isIdentifier() && (!MD || MD->isStatic())) {
    auto It = ByNormalizedName.find(::ssot::normalizedName(FD->getName()));
    if (It != ByNormalizedName.end())
      for (unsigned Index : It->second) {
        const Utility &U = Utilities[Index];
        if (U.NeedsObject || U.Scope == scopeOf(Name))
          continue;
        if ((MD || U.ClassMember) && FD->getName() == lastComponent(U.Name))
          continue;
        NameTwin = Index;
        break;
      }
  }

  // 2. A renamed or near clone of a utility's body.
  std::optional<unsigned> BodyTwin;
  double Similarity = 0;
  if (HasBody && !ByWholeHash.empty()) {
    ::ssot::BodyFingerprint Print = ::ssot::fingerprintBody(FD->getBody());
    if (Print.size() >= MinStatements) {
      auto Usable = [&](unsigned Index) {
        return !isUtilityFamily(FD, Utilities[Index].Name);
      };
      auto Exact = ByWholeHash.find(Print.Whole);
      if (Exact != ByWholeHash.end())
        for (unsigned Index : Exact->second)
          if (Usable(Index) && similarity(Print, printOf(Index)) == 1) {
            BodyTwin = Index;
            Similarity = 1;
            break;
          }
      if (!BodyTwin) {
        // Prefix filtering: a utility U reaching the threshold T shares at
        // least Need = T|F|/(2-T) statements with this body F (Dice is
        // largest when U is all shared), so it shares one among any
        // |F| - Need + 1 of F's statements. Those are taken rarest first, and
        // only utilities in their postings are compared.
        struct Candidate {
          size_t Postings;
          const llvm::SmallVector<unsigned, 2> *Utilities;
        };
        llvm::SmallVector<Candidate, 16> Tokens;
        for (uint64_t Token : statementTokens(Print)) {
          auto Posting = ByStatementHash.find(Token);
          if (Posting == ByStatementHash.end())
            Tokens.push_back({0, nullptr});
          else
            Tokens.push_back({Posting->second.size(), &Posting->second});
        }
        llvm::stable_sort(Tokens, [](const Candidate &A, const Candidate &B) {
          return A.Postings < B.Postings;
        });
        const double Need = MinSimilarity * Print.size() / (2 - MinSimilarity);
        const size_t Prefix =
            Print.size() - static_cast<size_t>(std::ceil(Need - 1e-9)) + 1;
        llvm::SmallDenseSet<unsigned, 16> Seen;
        for (const Candidate &Token : llvm::ArrayRef(Tokens).take_front(Prefix)) {
          if (!Token.Utilities || Token.Postings > MaxPostings)
            continue;
          for (unsigned Index : *Token.Utilities) {
            if (!Seen.insert(Index).second || !Usable(Index))
              continue;
            double S = ::ssot::similarity(Print, printOf(Index));
            if (S >= MinSimilarity && S > Similarity) {
              Similarity = S;
              BodyTwin = Index;
            }
          }
        }
      }
      // An exact multiset is a reordered copy, still a near clone.
      if (BodyTwin && Similarity == 1 &&
          Print.Whole != printOf(*BodyTwin).Whole)
        Similarity = 0.999;
    }
  }

  if (!NameTwin && !BodyTwin)
    return;
  auto Percent = [](double S) {
    return std::to_string(static_cast<int>(std::floor(S * 100)));
  };
  std::string BodyText;
  if (BodyTwin)
    BodyText = Similarity == 1 ? "a renamed clone of its body"
                               : "a near clone of its body (" +
                                     Percent(Similarity) + "% similar)";
  if (NameTwin) {
    const Utility &U = Utilities[*NameTwin];
    std::string Why = "the same name";
    if (FD->getName() != lastComponent(U.Name))
      Why += (" in " + ::ssot::caseStyleName(::ssot::caseStyle(FD->getName())))
                 .str();
    else
      Why += " in another scope";
    if (BodyTwin && *BodyTwin == *NameTwin)
      Why += " and " + BodyText;
    diag(FD->getLocation(),
         "function '%0' is a twin of the designated utility '%1' (%2); call "
         "the utility instead")
        << FD->getNameAsString() << StringRef(U.Name).ltrim(':') << Why;
    noteUtility(U, FD->getLocation());
    if (!BodyTwin || *BodyTwin == *NameTwin)
      return;
  }
  const Utility &U = Utilities[*BodyTwin];
  diag(FD->getLocation(),
       "function '%0' is %1 of the designated utility '%2'; call the utility "
       "instead")
      << FD->getNameAsString()
      << (Similarity == 1 ? std::string("a renamed clone")
                          : "a near clone (" + Percent(Similarity) +
                                "% similar)")
      << StringRef(U.Name).ltrim(':');
  noteUtility(U, FD->getLocation());
}

// Whether \p Loc lies in the definition of one of \p Overloads.
static bool isInsideDefinition(llvm::ArrayRef<const FunctionDecl *> Overloads,
                               SourceLocation Loc, const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  return llvm::any_of(Overloads, [&](const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def))
      return false;
    SourceRange Body(SM.getExpansionLoc(Def->getBeginLoc()),
                     SM.getExpansionLoc(Def->getEndLoc()));
    return ::ssot::rangeContains(Body, Loc, SM);
  });
}

std::string
ReimplementedUtilityCheck::headerFor(const FunctionDecl *FD,
                                     const SourceManager &SM) const {
  if (!PP)
    return "";
  FileID File = SM.getFileID(SM.getExpansionLoc(FD->getLocation()));
  if (File == SM.getMainFileID())
    return "";
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  if (!Entry || !Main)
    return "";
  bool IsAngled = false;
  std::string Path = PP->getHeaderSearchInfo().suggestPathToFileForDiagnostics(
      *Entry, llvm::sys::path::parent_path(Main->getName()), &IsAngled);
  return IsAngled ? "<" + Path + ">" : Path;
}

// Why \p Candidate cannot replace \p Callee in \p Call, or "" if it can.
// Conservative: each argument must have the parameter's own type.
static std::string whyNotReplaceable(const FunctionDecl *Candidate,
                                     const CallExpr *Call, bool Discarded) {
  if (Candidate->isTemplated())
    return "it is a template";
  unsigned N = Call->getNumArgs();
  if (N < Candidate->getMinRequiredArguments() ||
      (N > Candidate->getNumParams() && !Candidate->isVariadic()))
    return "it takes " + std::to_string(Candidate->getNumParams()) +
           " argument" + (Candidate->getNumParams() == 1 ? "" : "s");
  for (unsigned I = 0; I != N && I != Candidate->getNumParams(); ++I) {
    QualType Param = Candidate->getParamDecl(I)
                         ->getType()
                         .getNonReferenceType()
                         .getCanonicalType()
                         .getUnqualifiedType();
    QualType Arg = Call->getArg(I)
                       ->IgnoreImplicit()
                       ->getType()
                       .getNonReferenceType()
                       .getCanonicalType()
                       .getUnqualifiedType();
    if (Param != Arg)
      return "argument " + std::to_string(I + 1) + " has type '" +
             Arg.getAsString() + "', the utility takes '" +
             Param.getAsString() + "'";
  }
  if (!Discarded && Call->getType().getCanonicalType() !=
                        Candidate->getReturnType().getCanonicalType())
    return "its result type '" + Candidate->getReturnType().getAsString() +
           "' cannot stand where the call's result is used";
  return "";
}

void ReimplementedUtilityCheck::diagnoseCall(const CallExpr *Call,
                                             const FunctionDecl *Callee,
                                             ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern();
  std::string CalleeName = qualifiedName(Pattern ? Pattern : Callee);
  // The matcher's hasAnyName looks through inline namespaces (libc++'s
  // std::__1); the printed name may not, so fall back to the last component.
  const Primitive *P = nullptr;
  for (const Primitive &Candidate : Primitives)
    if (Candidate.Name == CalleeName)
      P = &Candidate;
  for (const Primitive &Candidate : Primitives)
    if (!P &&
        StringRef(Candidate.Name).ends_with("::" + Callee->getName().str()))
      P = &Candidate;
  if (!P)
    return;
  SourceLocation Loc = SM.getFileLoc(Call->getBeginLoc());
  llvm::SmallVector<const FunctionDecl *, 2> Overloads;
  for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, P->Utility))
    addFunctions(D, Overloads);
  // The utility wraps the primitive: its own body is where the call belongs.
  if (isInsideDefinition(Overloads, Call->getBeginLoc(), SM))
    return;
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;

  const FunctionDecl *Chosen = nullptr;
  std::string NoFix;
  SourceRange CalleeRange = Call->getCallee()->getSourceRange();
  if (CalleeRange.getBegin().isMacroID() || CalleeRange.getEnd().isMacroID())
    NoFix = "the call is written inside a macro";
  else if (llvm::any_of(TemplateBodies, [&](const FunctionDecl *T) {
             return ::ssot::rangeContains(T->getSourceRange(), Loc, SM);
           }))
    NoFix = "the call is in a template, where its argument types vary";
  else if (Overloads.empty())
    NoFix = "it is not declared in this translation unit";
  else {
    for (const FunctionDecl *FD : Overloads) {
      std::string Why =
          whyNotReplaceable(FD, Call, DiscardedCalls.contains(Call));
      if (Why.empty()) {
        Chosen = FD;
        NoFix.clear();
        break;
      }
      if (NoFix.empty())
        NoFix = Why;
    }
  }
  StringRef Utility = StringRef(P->Utility).ltrim(':');
  {
    auto Diag = diag(Loc, "direct call of '%0' bypasses the designated "
                          "utility '%1'")
                << StringRef(P->Name).ltrim(':') << Utility;
    if (Chosen) {
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(CalleeRange), P->Spelling);
      // The header that first declares the utility is the one to include.
      std::string Header = headerFor(Chosen->getCanonicalDecl(), SM);
      if (!Header.empty())
        Diag << Inserter.createIncludeInsertion(
            SM.getFileID(SM.getExpansionLoc(Call->getBeginLoc())), Header);
    }
  }
  const FunctionDecl *NoteAt = Chosen ? Chosen
                               : Overloads.empty() ? nullptr
                                                   : Overloads.front();
  if (!Chosen)
    diag(NoteAt ? NoteAt->getLocation() : Loc,
         "no fix-it: '%0' cannot replace this call: %1", DiagnosticIDs::Note)
        << Utility << NoFix;
  else
    diag(Chosen->getCanonicalDecl()->getLocation(),
         "designated utility '%0' declared here",
         DiagnosticIDs::Note)
        << Utility;
}

void ReimplementedUtilityCheck::recordFingerprints(ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Utility &U : Utilities) {
    const FunctionDecl *Def = nullptr;
    if (!U.Decl || !U.Print || !U.Decl->hasBody(Def))
      continue;
    SourceLocation Begin = SM.getExpansionLoc(Def->getBeginLoc());
    SourceLocation End = SM.getExpansionLoc(Def->getEndLoc());
    if (SM.isInSystemHeader(Begin) || SM.getFileID(Begin) != SM.getFileID(End))
      continue;
    OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Begin));
    if (!Entry)
      continue;
    StringRef Text = Lexer::getSourceText(
        CharSourceRange::getTokenRange(Begin, End), SM, Ctx.getLangOpts());
    ::ssot::FingerprintRecord R;
    R.Utility = U.Name;
    R.Signature = U.Signature;
    R.Kind = U.NeedsObject ? "member"
             : U.ClassMember ? "static member"
                             : "function";
    llvm::SmallString<256> Path(Entry->getName());
    // A path that cannot be made absolute is recorded as given; staleness
    // checks then resolve it against the reader's working directory.
    if (std::error_code EC = llvm::sys::fs::make_absolute(Path))
      Path = Entry->getName();
    llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
    R.File = Path.str().str();
    R.Anchor = Text.split('\n').first.rtrim("\r").str();
    R.SourceHash = ::ssot::hashText(Text);
    R.SourceLength = Text.size();
    R.Print = *U.Print;
    std::string Error;
    if (!::ssot::writeRecord(FingerprintDirectory, R, Error))
      configurationDiag("cannot record the fingerprint of utility '%0': %1",
                        DiagnosticIDs::Error)
          << StringRef(U.Name).ltrim(':') << Error;
  }
}

void ReimplementedUtilityCheck::onEndOfTranslationUnit() {
  if (!Context)
    return;
  ASTContext &Ctx = *Context;
  collectUtilities(Ctx);
  if (RecordFingerprints && !FingerprintDirectory.empty())
    recordFingerprints(Ctx);
  if (!Utilities.empty()) {
    indexUtilities();
    for (const FunctionDecl *FD : Functions)
      diagnoseFunction(FD);
  }
  for (auto [Call, Callee] : Calls)
    diagnoseCall(Call, Callee, Ctx);
}

} // namespace clang::tidy::ssot
