//===--- ReimplementedUtilityCheck.cpp - ssot-reimplemented-utility -------===//
#include "checks/ReimplementedUtilityCheck.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/Implementation.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/NameStyle.h"
#include "lib/analysis/OptionErrors.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/analysis/SignatureRecord.h"
#include "lib/analysis/SourceRanges.h"
#include "lib/compat/LLVMCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/QualTypeNames.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include <cmath>
#include <mutex>

using namespace clang::ast_matchers;

namespace clang::tidy::ssot {

// A statement that more utilities than this contain carries no signal (every
// body has a `return x;`); it is skipped when gathering candidates, which
// bounds the work per function whatever the number of utilities.
static constexpr unsigned MaxPostings = 64;

ReimplementedUtilityCheck::ReimplementedUtilityCheck(StringRef Name,
                                                     ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawPrimitives(Options.get(PrimitivesOption, "").str()),
      RawMinSimilarity(Options.get(MinSimilarityOption, "0.8").str()),
      RawMinStatements(Options.get(MinStatementsOption, "4").str()),
      FingerprintDirectory(::ssot::resolveOptionPath(
          *Context, Name, FingerprintDirectoryOption,
          Options.get(FingerprintDirectoryOption, ""))),
      RawRecordFingerprints(
          Options.get(RecordFingerprintsOption, "false").str()),
      RawAllowedFiles(Options.get(AllowedFilesOption, "").str()),
      RawReportSiblings(Options.get(ReportSiblingsOption, "false").str()),
      Inserter(Options.getLocalOrGlobal(IncludeStyleOption,
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  std::string Error;
  // Errors, not warnings (lib/analysis/OptionErrors.h).
  const ::ssot::OptionErrors Errors(*Context, Name);
  // Only validated here, not copied: the names are read from the option
  // again where they are looked up, so a list of thousands costs no memory
  // (and leaves the heap as a list of one does).
  const StringRef RawUtilities = Options.get(UtilitiesOption, "");
  if (std::optional<size_t> Count = ::ssot::countQualifiedNames(RawUtilities))
    NumUtilityNames = *Count;
  else if (!::ssot::forEachQualifiedName(RawUtilities, Error, [](StringRef) {}))
    Errors.invalid(UtilitiesOption, Error, RawUtilities);

  if (auto Pairs = ::ssot::parseQualifiedNamePairs(
          RawPrimitives, "primitive=utility", Error))
    for (::ssot::QualifiedNamePair &Pair : *Pairs)
      Primitives.push_back({std::move(Pair.Key), std::move(Pair.Value),
                            std::move(Pair.ValueAsWritten)});
  else
    Errors.invalid(PrimitivesOption, Error, RawPrimitives);

  double Similarity = 0;
  if (StringRef(RawMinSimilarity).trim().getAsDouble(Similarity) ||
      !(Similarity > 0 && Similarity <= 1))
    Errors.invalid(MinSimilarityOption,
                   "expected a number greater than 0 and at most 1",
                   RawMinSimilarity);
  else
    MinSimilarity = Similarity;

  unsigned Statements = 0;
  if (StringRef(RawMinStatements).trim().getAsInteger(10, Statements) ||
      Statements == 0)
    Errors.invalid(MinStatementsOption,
                   "expected a positive whole number of statements",
                   RawMinStatements);
  else
    MinStatements = Statements;

  RecordFingerprints = Errors.readBool(
      RecordFingerprintsOption, RawRecordFingerprints, RecordFingerprints);
  AllowedFiles = Errors.readRegex(AllowedFilesOption, RawAllowedFiles);
  ReportSiblings = Errors.readBool(ReportSiblingsOption, RawReportSiblings,
                                  ReportSiblings);
  if (RecordFingerprints && FingerprintDirectory.empty())
    Errors.invalid(RecordFingerprintsOption,
                   ("option '" + Name + "." + FingerprintDirectoryOption +
                    "' names no directory to record the fingerprints in")
                       .str(),
                   RawRecordFingerprints);
}

void ReimplementedUtilityCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, UtilitiesOption, Options.get(UtilitiesOption, ""));
  Options.store(Opts, PrimitivesOption, RawPrimitives);
  Options.store(Opts, MinSimilarityOption, RawMinSimilarity);
  Options.store(Opts, MinStatementsOption, RawMinStatements);
  Options.store(Opts, FingerprintDirectoryOption, FingerprintDirectory);
  Options.store(Opts, RecordFingerprintsOption, RawRecordFingerprints);
  Options.store(Opts, IncludeStyleOption, Inserter.getStyle());
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
  Options.store(Opts, ReportSiblingsOption, RawReportSiblings);
}

void ReimplementedUtilityCheck::registerPPCallbacks(
    const SourceManager &SM, Preprocessor *PP, Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
  this->PP = PP;
  FixHeaders.clear();
  Includes.clear();
  PP->addPPCallbacks(Includes.recorder(SM));
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
  ByInterface.clear();
  Reported.clear();
  HeavyTokens.clear();
  RecordedUtilities.clear();
}

namespace {
using ast_matchers::internal::ASTMatchFinder;
using ast_matchers::internal::BoundNodesTreeBuilder;
using ast_matchers::internal::Matcher;

// Each matcher below is one custom matcher with its cheapest test first:
// the match finder pays a dispatch for every node of a matcher's kind and
// again for every matcher nested in it, and these kinds are the most common
// ones (every function, every reference, every call, every block).

bool isExpandedInSystemHeader(SourceLocation Loc, ASTMatchFinder *Finder) {
  return ::ssot::isExpandedInSystemHeader(
      Loc, Finder->getASTContext().getSourceManager());
}

// Every function written outside system headers, bound as "function":
//   int twin(int x) { ... }
AST_MATCHER(FunctionDecl, isWrittenFunction) {
  if (Node.isImplicit() || isExpandedInSystemHeader(Node.getBeginLoc(), Finder))
    return false;
  Builder->setBinding("function", DynTypedNode::create(Node));
  return true;
}

// A reference, outside system headers, to a function annotated as a
// utility, which is bound as "used":
//   core::safe_sleep(D);   auto *F = &core::safe_sleep;
AST_MATCHER(DeclRefExpr, refersToAnnotatedUtility) {
  const auto *FD = dyn_cast<FunctionDecl>(Node.getDecl());
  if (!FD ||
      !::ssot::hasSSOTAnnotation(FD,
                                 ReimplementedUtilityCheck::UtilityAnnotation) ||
      isExpandedInSystemHeader(Node.getBeginLoc(), Finder))
    return false;
  Builder->setBinding("used", DynTypedNode::create(*FD));
  return true;
}

// The primitives' names: the last components for a quick test, then the
// qualified names as hasAnyName() matches them (inline namespaces and all).
struct PrimitiveNames {
  llvm::SmallVector<std::string, 4> LastComponents;
  Matcher<NamedDecl> Qualified;
};

// The callee of \p Call if it is one of the primitives.
const FunctionDecl *primitiveCallee(const CallExpr &Call,
                                    const PrimitiveNames &Names,
                                    ASTMatchFinder *Finder,
                                    BoundNodesTreeBuilder *Builder) {
  // callee(functionDecl(...)) looks at the same declaration.
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Call.getCalleeDecl());
  if (!FD || !FD->getIdentifier() ||
      !llvm::is_contained(Names.LastComponents, FD->getName()))
    return nullptr;
  // By name here (hasAnyName looks through inline namespaces), or at the
  // end of the translation unit by lookup: a primitive named through a
  // using-declaration or a namespace alias is another function's name.
  if (!Names.Qualified.matches(*FD, Finder, Builder))
    Builder->setBinding("by-lookup", DynTypedNode::create(*FD));
  return FD;
}

// A call of a primitive outside system headers, bound as "call" with the
// primitive as "primitive":
//   std::this_thread::sleep_for(D);
AST_MATCHER_P(CallExpr, callsPrimitive, PrimitiveNames, Names) {
  const FunctionDecl *FD = primitiveCallee(Node, Names, Finder, Builder);
  if (!FD || isExpandedInSystemHeader(Node.getBeginLoc(), Finder))
    return false;
  Builder->setBinding("primitive", DynTypedNode::create(*FD));
  Builder->setBinding("call", DynTypedNode::create(Node));
  return true;
}

// `{ sleep_for(D); }`: each call of a primitive that is a statement of the
// block, one match per call bound as "discarded" (what forEach() gives).
AST_MATCHER_P(CompoundStmt, discardsPrimitiveCalls, PrimitiveNames, Names) {
  BoundNodesTreeBuilder Result;
  bool Matched = false;
  for (const Stmt *Child : Node.body()) {
    const auto *E = dyn_cast_or_null<Expr>(Child);
    const auto *Call = E ? dyn_cast<CallExpr>(E->IgnoreImplicit()) : nullptr;
    if (!Call)
      continue;
    BoundNodesTreeBuilder CallBuilder(*Builder);
    if (!primitiveCallee(*Call, Names, Finder, &CallBuilder))
      continue;
    CallBuilder.setBinding("discarded", DynTypedNode::create(*Call));
    Result.addMatch(CallBuilder);
    Matched = true;
  }
  *Builder = std::move(Result);
  return Matched;
}
} // namespace

void ReimplementedUtilityCheck::registerMatchers(MatchFinder *Finder) {
  // Every function the user wrote: a possible twin (by name or by body), or
  // the definition of an annotated utility. Only recorded here; the verdict
  // waits for the end of the TU, when every utility the TU mentions is known
  // whatever the order of declarations.
  Finder->addMatcher(functionDecl(isWrittenFunction()), this);
  // A reference to an annotated utility from this file tells where it is,
  // including in clangd, where headers are not matched.
  Finder->addMatcher(declRefExpr(refersToAnnotatedUtility()), this);
  //   SSOT_UTILITY Duration(long);  -- a utility no call can name
  Finder->addMatcher(functionDecl(hasAttr(attr::Annotate),
                                  unless(isExpansionInSystemHeader()))
                         .bind("annotated-function"),
                     this);
  if (Primitives.empty())
    return;
  llvm::SmallVector<std::string, 4> LastComponents;
  std::vector<StringRef> Qualified;
  for (const Primitive &P : Primitives) {
    LastComponents.push_back(::ssot::unqualifiedName(P.Name).str());
    Qualified.push_back(P.Name);
  }
  const PrimitiveNames Names{LastComponents, hasAnyName(Qualified)};
  //   std::this_thread::sleep_for(D);
  Finder->addMatcher(callExpr(callsPrimitive(Names)), this);
  // `{ sleep_for(D); }`: a result nobody uses, so a utility returning
  // something else can still take the call's place. Recorded top-down (the
  // block is visited before the call) instead of asking for parents.
  Finder->addMatcher(compoundStmt(discardsPrimitiveCalls(Names)), this);
}

void ReimplementedUtilityCheck::check(const MatchFinder::MatchResult &Result) {
  Context = Result.Context;
  if (const auto *FD =
          Result.Nodes.getNodeAs<FunctionDecl>("annotated-function")) {
    for (const auto *A : FD->specific_attrs<AnnotateAttr>()) {
      if (A->getAnnotation() != UtilityAnnotation)
        continue;
      // Twins and clones are functions called by name; a constructor, a
      // conversion or an operator is never one, so the check ignores it.
      if (isa<CXXConstructorDecl, CXXDestructorDecl, CXXConversionDecl>(FD) ||
          FD->isOverloadedOperator())
        diag(A->getLocation(),
             "a utility is a function called by name; constructors, "
             "destructors, conversions and operators cannot be one, so %0 "
             "is not designated by this annotation")
            << FD;
      else if (std::optional<std::string> Problem =
                   ::ssot::annotationProblem(*A, UtilityAnnotation, 0))
        diag(A->getLocation(), "%0") << *Problem;
    }
    return;
  }
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
    Calls.push_back({Call, Result.Nodes.getNodeAs<FunctionDecl>("primitive"),
                     Result.Nodes.getNodeAs<FunctionDecl>("by-lookup") !=
                         nullptr});
}

// A function's name as an option writes it: a function in an unnamed
// namespace is named from the enclosing namespace, so the utility that
// 'Utilities: ::u::twice' designates is called 'u::twice' in messages and
// records, as the user wrote it.
static std::string qualifiedName(const FunctionDecl *FD) {
  return ::ssot::optionSpelling(FD);
}

static StringRef scopeOf(StringRef QualifiedName) {
  size_t Pos = QualifiedName.rfind("::");
  return Pos == StringRef::npos ? StringRef() : QualifiedName.take_front(Pos);
}

static std::string functionSignature(const FunctionDecl *FD) {
  return FD->getType().getCanonicalType().getAsString();
}

const std::string &ReimplementedUtilityCheck::nameOf(const Utility &U) {
  if (U.Name.empty() && U.Decl)
    U.Name = qualifiedName(U.Decl);
  return U.Name;
}

const std::string &ReimplementedUtilityCheck::signatureOf(const Utility &U) {
  if (U.Signature.empty() && U.Decl)
    U.Signature = functionSignature(U.Decl);
  return U.Signature;
}

// The utility's unqualified name: ::ssot::unqualifiedName(nameOf(U)), without
// spelling the qualified name.
StringRef ReimplementedUtilityCheck::shortNameOf(const Utility &U) {
  return U.Decl ? U.Decl->getName() : ::ssot::unqualifiedName(U.Name);
}

static uint64_t interfaceKey(const FunctionDecl *FD, const Stmt *Body,
                             llvm::SmallVectorImpl<std::string> &Callees);

void ReimplementedUtilityCheck::addUtility(const FunctionDecl *FD) {
  if (!FD || !FD->getDeclName().isIdentifier())
    return;
  FD = FD->getCanonicalDecl();
  if (!UtilityByDecl.try_emplace(FD, Utilities.size()).second)
    return;
  // Only what every utility needs; its name and signature wait for a
  // diagnostic or a record.
  Utility &U = Utilities.emplace_back();
  U.Decl = FD;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
    U.ClassMember = true;
    U.NeedsObject = !MD->isStatic();
  }
  const FunctionDecl *Def = nullptr;
  if (const Stmt *Body = FD->getBody(Def)) { // the definition's, if any
    ::ssot::fingerprintBody(Body, U.Print.emplace());
    llvm::SmallVector<std::string, 2> Callees;
    U.Interface = interfaceKey(Def, Body, Callees);
  }
}

static const FunctionDecl *asFunction(const NamedDecl *D) {
  if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
    return FTD->getTemplatedDecl();
  return dyn_cast<FunctionDecl>(D);
}

static void addFunctions(const NamedDecl *D,
                         llvm::SmallVectorImpl<const FunctionDecl *> &Out) {
  if (const FunctionDecl *FD = asFunction(D))
    Out.push_back(FD);
}

void ReimplementedUtilityCheck::collectUtilities(
    ASTContext &Ctx, ::ssot::QualifiedLookup &Lookup) {
  // Designated by configuration: found by lookup, so also in clangd. Added
  // in the order found (the order decides between equal twins).
  const size_t Expected = NumUtilityNames + Primitives.size() +
                          Referenced.size();
  Utilities.reserve(Expected);
  UtilityByDecl.reserve(Expected);
  if (NumUtilityNames)
    ::ssot::forEachListElement(Options.get(UtilitiesOption, ""),
                               [&](StringRef Name) {
                                 for (const NamedDecl *D : Lookup.find(Name))
                                   addUtility(asFunction(D));
                               });
  for (const Primitive &P : Primitives)
    for (const NamedDecl *D : Lookup.find(P.Utility))
      addUtility(asFunction(D));
  // Designated by annotation and used or defined by this file.
  for (const FunctionDecl *FD : Referenced)
    addUtility(FD);
  // An annotated utility in a header this file does not call is still found
  // when a function here carries its name in another style and the utility
  // is visible from the function's scope: look each spelling up, scope by
  // scope. A handful of hash lookups per function; no walk of the TU.
  // Only this file's functions ask: clangd matches nothing else, and the
  // answer must not depend on the host.
  llvm::SmallVector<const FunctionDecl *, 8> Found;
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
}

// True the first time this process asks about \p Key: what is said once per
// run (a stale record) is not repeated for every file of the run. Hosts may
// check files on several threads.
static bool firstReportOf(const std::string &Key) {
  static std::mutex Lock;
  static llvm::StringSet<> Seen;
  std::lock_guard<std::mutex> Guard(Lock);
  return Seen.insert(Key).second;
}

// Whether \p FD can be a name twin at all: methods that need an object are a
// different interface.
static bool mayBeNameTwin(const FunctionDecl *FD) {
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  return FD->getDeclName().isIdentifier() && (!MD || MD->isStatic());
}

void ReimplementedUtilityCheck::addRecords(::ssot::RecordDirectory &Records,
                                           ::ssot::QualifiedLookup &Lookup,
                                           llvm::ArrayRef<Judged> Judging) {
  // Through an index, only the records this TU's functions can meet are
  // read: those sharing a key the functions will look up (what
  // indexUtilities keeps when it indexes only asked keys). A token held by
  // more records than MaxPostings even after every utility with a body here
  // has replaced its record is never followed, so its records are not read.
  ::ssot::RecordKeys Keys;
  unsigned WithBody = 0;
  if (Records.indexed()) {
    for (const Judged &J : Judging) {
      if (mayBeNameTwin(J.FD))
        Keys.Names.insert(::ssot::normalizedNameHash(J.FD->getName()));
      if (J.Print && J.Print->size() >= 1)
        Keys.Wholes.insert(J.Print->Whole);
      if (J.Print && J.Print->size() >= MinStatements)
        ::ssot::forEachStatementToken(
            *J.Print, [&](uint64_t Token) { Keys.Tokens.insert(Token); });
      if (J.Interface)
        Keys.Interfaces.insert(J.Interface);
    }
    WithBody = llvm::count_if(Utilities,
                              [](const Utility &U) { return U.Print.has_value(); });
  }
  std::vector<::ssot::SelectedRecord> Selected =
      Records.select(Keys, /*MinStatements=*/1, MaxPostings + WithBody,
                     HeavyTokens);
  for (const std::string &Error : Records.errors())
    configurationDiag("cannot use the fingerprints in %0; re-record the "
                      "utilities (option '%1')")
        << Error << RecordFingerprintsOption;
  if (!Records.indexError().empty())
    configurationDiag("cannot use the fingerprint index %0; the records are "
                      "read without it and the index is rebuilt")
        << Records.indexError();
  if (Selected.empty())
    return;
  // A record belongs to the utility of its name and signature. Of the
  // utilities found above, only those with the record's unqualified name
  // have theirs spelled out; when several match, the last one does.
  // Keyed by the records' names only: a few records are selected through
  // an index, while thousands of utilities may be designated.
  const unsigned Found = Utilities.size();
  llvm::StringMap<llvm::SmallVector<unsigned, 1>> ByShortName;
  for (const ::ssot::SelectedRecord &S : Selected)
    ByShortName.try_emplace(::ssot::unqualifiedName(S.Record.Utility));
  for (unsigned Index = 0; Index != Found; ++Index) {
    auto It = ByShortName.find(shortNameOf(Utilities[Index]));
    if (It != ByShortName.end())
      It->second.push_back(Index);
  }
  llvm::StringMap<unsigned> Added; // name + signature -> utility added here
  auto Matches = [&](unsigned Index, const ::ssot::FingerprintRecord &R) {
    return nameOf(Utilities[Index]) == R.Utility &&
           signatureOf(Utilities[Index]) == R.Signature;
  };
  auto Find = [&](const ::ssot::FingerprintRecord &R)
      -> std::optional<unsigned> {
    std::optional<unsigned> Match;
    auto It = ByShortName.find(::ssot::unqualifiedName(R.Utility));
    if (It != ByShortName.end())
      for (unsigned Index : It->second)
        if (Matches(Index, R))
          Match = Index;
    if (!Match) {
      auto Later = Added.find(R.Utility + "\n" + R.Signature);
      if (Later != Added.end())
        Match = Later->second;
    }
    return Match;
  };
  for (const ::ssot::SelectedRecord &S : Selected) {
    const ::ssot::FingerprintRecord &R = S.Record;
    std::optional<unsigned> Index = Find(R);
    if (!Index) {
      // Not mentioned by this file: find its declaration if visible anyway,
      // else keep it by name only (notes then name the record).
      for (const NamedDecl *D : Lookup.find(R.Utility)) {
        llvm::SmallVector<const FunctionDecl *, 1> Candidates;
        addFunctions(D, Candidates);
        for (const FunctionDecl *FD : Candidates)
          if (functionSignature(FD) == R.Signature)
            addUtility(FD);
      }
      for (unsigned Later = Found; Later != Utilities.size(); ++Later)
        if (Matches(Later, R)) {
          Index = Later;
          Added.try_emplace(R.Utility + "\n" + R.Signature, Later);
          break;
        }
    }
    if (Index && Utilities[*Index].Print)
      continue; // the body is visible here: the live fingerprint wins
    const std::string &File = S.Path;
    // The record speaks for a body this TU cannot see: it must still
    // describe the utility as it is now.
    bool Stale = Records.stateOf(S) == ::ssot::SourceState::Changed;
    // Once per process (a run over many files says it once, not in every
    // file), at the utility's declaration where this file sees one.
    if (Stale && firstReportOf(File + "\n" + llvm::utohexstr(R.SourceHash))) {
      static constexpr llvm::StringLiteral Message =
          "the recorded fingerprint of utility '%0' is stale: '%1' changed "
          "since it was recorded into '%2'; its clones are not reported until "
          "it is re-recorded (run the check on '%1' with option '%3' set)";
      const FunctionDecl *At = Index ? Utilities[*Index].Decl : nullptr;
      if (At)
        diag(At->getLocation(), Message)
            << StringRef(R.Utility).ltrim(':') << R.File << File
            << RecordFingerprintsOption;
      else
        configurationDiag(Message)
            << StringRef(R.Utility).ltrim(':') << R.File << File
            << RecordFingerprintsOption;
    }
    if (!Index) {
      Utility U;
      U.Name = R.Utility;
      U.Signature = R.Signature;
      U.ClassMember = R.Kind != "function";
      U.NeedsObject = R.Kind == "member";
      Index = Utilities.size();
      Added.try_emplace(R.Utility + "\n" + R.Signature, *Index);
      Utilities.push_back(std::move(U));
    }
    Utility &U = Utilities[*Index];
    U.RecordFile = File;
    if (!Stale) {
      U.Print = R.Print;
      U.Interface = R.Interface;
    }
  }
}

namespace {
// Hash keys some judged function will look up. Most keys probed are not
// among them, and a bit per key class answers that before the hash table.
class AskedKeys {
public:
  void insert(uint64_t Key) {
    Keys.insert(Key);
    Filter[(Key >> 6) % FilterWords] |= uint64_t(1) << (Key & 63);
  }
  bool contains(uint64_t Key) const {
    return (Filter[(Key >> 6) % FilterWords] >> (Key & 63) & 1) &&
           Keys.contains(Key);
  }

private:
  static constexpr unsigned FilterWords = 64;
  uint64_t Filter[FilterWords] = {};
  llvm::DenseSet<uint64_t> Keys;
};
} // namespace

void ReimplementedUtilityCheck::indexUtilities(
    llvm::ArrayRef<Judged> Judging) {
  // With more utilities than functions to judge, only what those functions
  // will look up is indexed (their names, whole hashes and statements): the
  // postings of those keys are complete, and a long list of utilities costs
  // a few probes each instead of an index entry per statement.
  const bool OnlyAsked = Judging.size() < Utilities.size();
  AskedKeys AskedNames, AskedWholes, AskedTokens, AskedInterfaces;
  if (OnlyAsked)
    for (const Judged &J : Judging) {
      if (mayBeNameTwin(J.FD))
        AskedNames.insert(::ssot::normalizedNameHash(J.FD->getName()));
      if (J.Print && J.Print->size() >= 1)
        AskedWholes.insert(J.Print->Whole);
      if (J.Print && J.Print->size() >= MinStatements)
        ::ssot::forEachStatementToken(*J.Print,
                              [&](uint64_t Token) { AskedTokens.insert(Token); });
      if (J.Interface)
        AskedInterfaces.insert(J.Interface);
    }
  auto Wanted = [&](const AskedKeys &Asked, uint64_t Key) {
    return !OnlyAsked || Asked.contains(Key);
  };
  if (!OnlyAsked) {
    size_t Indexed = 0, Tokens = 0;
    for (const Utility &U : Utilities)
      if (U.Print && U.Print->size() >= MinStatements) {
        ++Indexed;
        Tokens += U.Print->size();
      }
    ByNormalizedName.reserve(Utilities.size());
    ByWholeHash.reserve(Indexed);
    ByStatementHash.reserve(Tokens);
  }
  for (unsigned Index = 0, E = Utilities.size(); Index != E; ++Index) {
    const Utility &U = Utilities[Index];
    uint64_t Name = ::ssot::normalizedNameHash(shortNameOf(U));
    if (Wanted(AskedNames, Name))
      ByNormalizedName[Name].push_back(Index);
    if (U.Interface && Wanted(AskedInterfaces, U.Interface))
      ByInterface[U.Interface].push_back(Index);
    if (!U.Print || U.Print->size() < 1)
      continue;
    if (Wanted(AskedWholes, U.Print->Whole))
      ByWholeHash[U.Print->Whole].push_back(Index);
    if (U.Print->size() < MinStatements)
      continue;
    ::ssot::forEachStatementToken(*U.Print, [&](uint64_t Token) {
      if (Wanted(AskedTokens, Token))
        ByStatementHash[Token].push_back(Index);
    });
  }
}

void ReimplementedUtilityCheck::noteUtility(const Utility &U,
                                            SourceLocation Twin) {
  StringRef Name = StringRef(nameOf(U)).ltrim(':');
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

static bool isTypeSibling(const FunctionDecl *FD, const FunctionDecl *Utility);

// Whether \p S calls (or names) a function whose qualified name is \p Name,
// any overload; lambdas written in it included.
static bool callsFunctionNamed(const Stmt *S, StringRef Name) {
  return ::ssot::anyReferencedFunction(S, [&](const FunctionDecl *Callee) {
    return qualifiedName(Callee) == Name;
  });
}
static bool sharesNameWord(StringRef A, StringRef B);

void ReimplementedUtilityCheck::diagnoseFunction(const Judged &J) {
  const FunctionDecl *FD = J.FD;
  // Spelled out only if a utility's name or body comes close.
  std::optional<std::string> QualifiedName;
  auto NameOfFD = [&]() -> const std::string & {
    if (!QualifiedName)
      QualifiedName = qualifiedName(FD);
    return *QualifiedName;
  };

  // 1. The utility's name in another style or another scope. Methods that
  // need an object are a different interface, on either side. Between
  // classes, the same spelling is ordinary API naming (every class may have a
  // static `create`): there it is a twin in another case style, or when the
  // utility could take its calls (below).
  std::optional<unsigned> NameTwin;
  if (mayBeNameTwin(FD)) {
    auto It =
        ByNormalizedName.find(::ssot::normalizedNameHash(FD->getName()));
    if (It != ByNormalizedName.end())
      for (unsigned Index : It->second) {
        const Utility &U = Utilities[Index];
        if (::ssot::normalizedName(shortNameOf(U)) !=
            ::ssot::normalizedName(FD->getName()))
          continue; // another name with the same hash
        if (U.NeedsObject || scopeOf(nameOf(U)) == scopeOf(NameOfFD()))
          continue;
        NameTwin = Index;
        break;
      }
  }

  // 2. A renamed or near clone of a utility's body. A renamed clone is the
  // same code (structure, callees, literals, types, other names) with its
  // parameters and locals consistently renamed, found down to a single
  // statement; anything else is at most a near clone, from MinStatements.
  std::optional<unsigned> BodyTwin;
  double Similarity = 0;
  bool SameStructure = false;
  if (J.Print && J.Print->size() >= 1) {
    const ::ssot::BodyFingerprint &Print = *J.Print;
    const bool Long = Print.size() >= MinStatements;
    // Not the utility itself: a redeclaration, or an overload beside it
    // (same name, same scope).
    auto Usable = [&](unsigned Index) {
      return NameOfFD() != nameOf(Utilities[Index]);
    };
    auto Exact = ByWholeHash.find(Print.Whole);
    if (Exact != ByWholeHash.end())
      for (unsigned Index : Exact->second) {
        if (!Usable(Index))
          continue;
        const ::ssot::BodyFingerprint &Other = printOf(Index);
        // A short body must do something specific: `return x;` is the
        // same code as every other accessor.
        if (Print.sameCode(Other) && (Long || Print.hasSpecifics())) {
          BodyTwin = Index;
          Similarity = 1;
          SameStructure = true;
          break;
        }
        if (!Long || Other.size() < MinStatements)
          continue;
        // The same structure with other callees, literals or types: a near
        // clone, as similar as the statements those differences leave.
        double S = ::ssot::similarity(Print, Other);
        if (S >= MinSimilarity && S > Similarity) {
          Similarity = S;
          BodyTwin = Index;
          SameStructure = true;
        }
      }
    if (!BodyTwin && Long) {
      // Prefix filtering: a utility U reaching the threshold T shares at
      // least Need = T|F|/(2-T) statements with this body F (Dice is
      // largest when U is all shared), so it shares one among any
      // |F| - Need + 1 of F's statements. Those are taken rarest first, and
      // only utilities in their postings are compared. Statements no
      // utility has are the rarest of all and lead the order.
      struct Candidate {
        size_t Postings;
        const llvm::SmallVector<unsigned, 2> *Utilities;
      };
      llvm::SmallVector<Candidate, 16> Shared;
      size_t Unshared = 0;
      ::ssot::forEachStatementToken(Print, [&](uint64_t Token) {
        // A token whose records the index did not read (too common) counts
        // as held by all of them, as in a full read: shared, never followed.
        if (HeavyTokens.contains(Token)) {
          Shared.push_back({SIZE_MAX, nullptr});
          return;
        }
        auto Posting = ByStatementHash.find(Token);
        if (Posting == ByStatementHash.end())
          ++Unshared;
        else
          Shared.push_back({Posting->second.size(), &Posting->second});
      });
      const double Need = MinSimilarity * Print.size() / (2 - MinSimilarity);
      const size_t Prefix =
          Print.size() - static_cast<size_t>(std::ceil(Need - 1e-9)) + 1;
      if (Prefix > Unshared && !Shared.empty()) {
        // A stable insertion sort: a handful of elements, no allocation.
        for (size_t I = 1; I < Shared.size(); ++I) {
          Candidate C = Shared[I];
          size_t K = I;
          for (; K && Shared[K - 1].Postings > C.Postings; --K)
            Shared[K] = Shared[K - 1];
          Shared[K] = C;
        }
        llvm::SmallDenseSet<unsigned, 16> Seen;
        for (const Candidate &Token :
             llvm::ArrayRef(Shared).take_front(Prefix - Unshared)) {
          if (Token.Postings > MaxPostings)
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
    }
    // Every statement shared but not the code: a reordered copy, or the
    // same statements with their locals used in another pattern.
    if (BodyTwin && Similarity == 1 && !Print.sameCode(printOf(*BodyTwin)))
      Similarity = 0.999;
  }

  // A body twin doing the same work with another primitive or on other
  // types is a sibling of the utility: a maintainer keeps both. It is not
  // reported as a clone (the name twin of the same utility still is, saying
  // what differs) unless ReportSiblings asks for siblings too; then the
  // message says what differs and the advice whether the utility fits.
  if (BodyTwin && !ReportSiblings && (!NameTwin || *NameTwin != *BodyTwin)) {
    const Utility &U = Utilities[*BodyTwin];
    const FunctionDecl *Def = nullptr;
    bool Sibling = U.Decl && isTypeSibling(FD, U.Decl);
    if (!Sibling && U.Decl && U.Decl->hasBody(Def) && FD->hasBody())
      Sibling = ::ssot::substitutesCallee(FD->getBody(), Def->getBody());
    else if (!Sibling && SameStructure)
      Sibling = J.Print->Details[::ssot::DetailCallees] !=
                printOf(*BodyTwin).Details[::ssot::DetailCallees];
    if (Sibling)
      BodyTwin.reset();
  }
  // A body that calls the utility itself hands the work to it: an adapter
  // (an override forwarding its varargs to the utility) or a wrapper, not a
  // copy. The utility's own forwarding overload looks the same, so the
  // bodies match, but nothing is re-implemented.
  if (BodyTwin && FD->hasBody() &&
      callsFunctionNamed(FD->getBody(), nameOf(Utilities[*BodyTwin])))
    BodyTwin.reset();
  // A designated primitive of the utility is not its twin: the designation
  // already says the utility replaces it, and each call of it is reported.
  auto IsPrimitiveOf = [&](unsigned Index) {
    return llvm::any_of(Primitives, [&](const Primitive &P) {
      return P.Utility == nameOf(Utilities[Index]) && P.Name == NameOfFD();
    });
  };
  if (NameTwin && IsPrimitiveOf(*NameTwin))
    NameTwin.reset();
  if (BodyTwin && IsPrimitiveOf(*BodyTwin))
    BodyTwin.reset();
  // Name twins that re-implement nothing.
  if (NameTwin) {
    const Utility &U = Utilities[*NameTwin];
    std::optional<bool> Replaceable; // asked at most once, and only here
    auto CannotReplace = [&] {
      if (!Replaceable)
        Replaceable = replaceProblem(FD, U).empty();
      return !*Replaceable;
    };
    // A class's static member with the utility's very name, which the
    // utility cannot replace and whose body is not the utility's, is that
    // class's own operation of that name (a generator's Quote(text,
    // quotation) for its own syntax beside the designated Quote(text)).
    auto OwnOperation = [&] {
      return isa<CXXMethodDecl>(FD) && FD->getName() == shortNameOf(U) &&
             !(BodyTwin && *BodyTwin == *NameTwin) && CannotReplace();
    };
    // One that hands the work to the utility (a narrow overload forwarding
    // to it) uses it. One the utility cannot replace that hands the work to a
    // function beside the utility (the wide overload forwarding to the
    // utility's wide sibling) adapts the utility's scope to other types.
    const StringRef Scope = scopeOf(nameOf(U));
    auto HandsOver = [&] {
      return FD->hasBody() &&
             (callsFunctionNamed(FD->getBody(), nameOf(U)) ||
              (CannotReplace() &&
               ::ssot::anyReferencedFunction(
                   FD->getBody(), [&](const FunctionDecl *Callee) {
                     return scopeOf(qualifiedName(Callee)) == Scope;
                   })));
    };
    if (OwnOperation() || HandsOver())
      NameTwin.reset();
  }
  // 3. An interface twin: a body with none of the utility's statements but
  // its interface shape, the same project functions referenced, and a word
  // of its name (cmStripWhitespace and trim beside cmTrimWhitespace, both
  // built around cmsysString_isspace).
  if (!NameTwin && !BodyTwin && J.Interface) {
    auto It = ByInterface.find(J.Interface);
    if (It != ByInterface.end())
      for (unsigned Index : It->second) {
        const Utility &U = Utilities[Index];
        // Calling the utility is using it (see the body twins above).
        if (U.NeedsObject || NameOfFD() == nameOf(U) || IsPrimitiveOf(Index) ||
            llvm::is_contained(J.Callees, nameOf(U)) ||
            !sharesNameWord(FD->getName(), shortNameOf(U)))
          continue;
        std::string Callees;
        for (const std::string &Callee : J.Callees)
          Callees += (Callees.empty() ? "'" : ", '") +
                     StringRef(Callee).ltrim(':').str() + "'";
        // What the two bodies do is not compared: only a reader can tell
        // whether the utility does the same.
        std::string Why = replaceProblem(FD, U);
        diag(FD->getLocation(),
             "function '%0' is a twin of the designated utility '%1' (the "
             "same interface, and it calls the same %select{function|"
             "functions}2, %3)%4")
            << FD->getNameAsString() << StringRef(nameOf(U)).ltrim(':')
            << (J.Callees.size() > 1) << Callees
            << (Why.empty() ? std::string("; if it does the same, call the "
                                          "utility instead")
                            : "; compare it with the utility, which cannot "
                              "replace it as it is: " +
                                  Why);
        noteDeclaration(FD);
        noteUtility(U, FD->getLocation());
        return;
      }
  }
  if (!NameTwin && !BodyTwin)
    return;
  auto Percent = [](double S) {
    return std::to_string(static_cast<int>(std::floor(S * 100)));
  };
  // What differs from a utility of the same structure, in words.
  auto Difference = [&](const Utility &U) -> std::string {
    const FunctionDecl *Def = nullptr;
    if (U.Decl && U.Decl->hasBody(Def) && FD->hasBody())
      if (std::string D =
              ::ssot::describeDifference(FD->getBody(), Def->getBody());
          !D.empty())
        return D;
    return ::ssot::describeDetailDifference(*J.Print, printOf(*BodyTwin));
  };
  std::string BodyText, Differs;
  if (BodyTwin) {
    if (Similarity == 1)
      BodyText = "a renamed clone";
    else
      BodyText = "a near clone (" + Percent(Similarity) + "% similar)";
    if (Similarity < 1 && SameStructure)
      Differs = "; same structure, but it " + Difference(Utilities[*BodyTwin]);
  }
  if (NameTwin) {
    const Utility &U = Utilities[*NameTwin];
    std::string Why = "the same name";
    if (FD->getName() != shortNameOf(U))
      Why += (" in " + ::ssot::caseStyleName(::ssot::caseStyle(FD->getName())))
                 .str();
    else
      Why += " in another scope";
    if (BodyTwin && *BodyTwin == *NameTwin)
      Why += " and " + BodyText + " of its body";
    diag(FD->getLocation(),
         "function '%0' is a twin of the designated utility '%1' (%2)%3")
        << FD->getNameAsString() << StringRef(nameOf(U)).ltrim(':') << Why
        << ((BodyTwin && *BodyTwin == *NameTwin ? Differs : "") +
            advice(FD, U,
                   BodyTwin && *BodyTwin == *NameTwin && !Differs.empty()));
    noteDeclaration(FD);
    noteUtility(U, FD->getLocation());
    if (!BodyTwin || *BodyTwin == *NameTwin)
      return;
  }
  const Utility &U = Utilities[*BodyTwin];
  diag(FD->getLocation(),
       "function '%0' is %1 of the designated utility '%2'%3")
      << FD->getNameAsString() << BodyText << StringRef(nameOf(U)).ltrim(':')
      << (Differs + advice(FD, U, !Differs.empty()));
  noteDeclaration(FD);
  noteUtility(U, FD->getLocation());
}

// The finding is reported at the definition only; a declaration in another
// file (the header a reader looks at) is pointed to, so that one finding
// covers both.
void ReimplementedUtilityCheck::noteDeclaration(const FunctionDecl *FD) {
  const FunctionDecl *First = FD->getFirstDecl();
  if (First == FD)
    return;
  const SourceManager &SM = FD->getASTContext().getSourceManager();
  if (SM.getFileID(SM.getExpansionLoc(First->getLocation())) ==
      SM.getFileID(SM.getExpansionLoc(FD->getLocation())))
    return;
  diag(First->getLocation(), "function '%0' declared here",
       DiagnosticIDs::Note)
      << FD->getNameAsString();
}

// The strings callers pass interchangeably: std::string, std::string_view
// and const char * (OtherKind for anything else).
enum StringKind : std::uint8_t { OtherKind, StringClass, ViewClass, CString };
static StringKind stringKind(QualType T) {
  if (const auto *Ptr = T->getAs<PointerType>())
    return Ptr->getPointeeType().isConstQualified() &&
                   Ptr->getPointeeType()->isCharType()
               ? CString
               : OtherKind;
  const auto *RD = T->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier() ||
      !RD->getEnclosingNamespaceContext()->isStdNamespace())
    return OtherKind;
  if (RD->getName() == "basic_string")
    return StringClass;
  if (RD->getName() == "basic_string_view")
    return ViewClass;
  return OtherKind;
}

static QualType plainType(QualType T) {
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

// Whether a value of type \p From passes to a parameter of type \p To as it
// is, or through the conversions between strings that callers rely on
// (std::string and const char * to std::string_view, const char * to
// std::string). Qualifiers aside, and references too except that a
// non-const lvalue reference takes only what one receives; `long long` does
// not pass as `long`.
static bool passesAs(QualType From, QualType To) {
  // A non-const lvalue reference binds only the lvalues that a parameter of
  // the same kind receives: the callers of a by-value or const-reference
  // parameter may pass temporaries.
  auto Mutable = [](QualType T) {
    return T->isLValueReferenceType() &&
           !T.getNonReferenceType().isConstQualified();
  };
  if (Mutable(To) && !Mutable(From))
    return false;
  From = plainType(From);
  To = plainType(To);
  if (From == To)
    return true;
  StringKind F = stringKind(From), T = stringKind(To);
  return (T == ViewClass && (F == StringClass || F == CString)) ||
         (T == StringClass && F == CString);
}

// Whether \p FD does its work on other types than every overload of
// \p Utility with as many parameters: `long long` where the utility takes
// `long`, `const wchar_t *` for `const char *`. Such a function is the
// utility's sibling, not a copy of it (calling the utility would convert or
// not compile). The string kinds stand for one another: a string_view
// variant of a std::string body is a copy.
static bool isTypeSibling(const FunctionDecl *FD, const FunctionDecl *Utility) {
  bool SameArity = false;
  const DeclContext *DC = Utility->getDeclContext()->getRedeclContext();
  for (const NamedDecl *D : DC->lookup(Utility->getDeclName())) {
    const FunctionDecl *Overload = asFunction(D->getUnderlyingDecl());
    if (!Overload || Overload->getNumParams() != FD->getNumParams())
      continue;
    SameArity = true;
    bool Takes = true;
    for (unsigned I = 0, E = FD->getNumParams(); I != E && Takes; ++I) {
      QualType Mine = plainType(FD->getParamDecl(I)->getType());
      QualType Theirs = plainType(Overload->getParamDecl(I)->getType());
      // A template parameter may stand for the utility's type.
      Takes = Mine == Theirs || Mine->isDependentType() ||
              Theirs->isDependentType() ||
              (stringKind(Mine) != OtherKind && stringKind(Theirs) != OtherKind);
    }
    if (Takes)
      return false;
  }
  return SameArity;
}

// Why the utility \p Utility cannot stand in for \p FD at FD's callers, or
// "" if it can: the same number of parameters, each taking FD's argument,
// and a result FD's callers can use.
static std::string whyCannotReplace(const FunctionDecl *FD,
                                    const FunctionDecl *Utility) {
  const auto *UM = dyn_cast<CXXMethodDecl>(Utility);
  const auto *FM = dyn_cast<CXXMethodDecl>(FD);
  // A member needing an object stands in only for members of its class.
  if (UM && !UM->isStatic() &&
      (!FM || FM->isStatic() ||
       (FM->getParent()->getCanonicalDecl() !=
            UM->getParent()->getCanonicalDecl() &&
        !(FM->getParent()->hasDefinition() &&
          FM->getParent()->isDerivedFrom(UM->getParent())))))
    return "the utility is a member of '" + UM->getParent()->getNameAsString() +
           "', which needs an object of it";
  if (FD->getNumParams() != Utility->getNumParams())
    return "it takes " + std::to_string(FD->getNumParams()) + " argument" +
           (FD->getNumParams() == 1 ? "" : "s") + ", the utility " +
           std::to_string(Utility->getNumParams());
  for (unsigned I = 0, E = FD->getNumParams(); I != E; ++I) {
    QualType Mine = FD->getParamDecl(I)->getType();
    QualType Theirs = Utility->getParamDecl(I)->getType();
    if (!passesAs(Mine, Theirs))
      return "parameter " + std::to_string(I + 1) + " has type '" +
             Mine.getAsString() + "', the utility takes '" +
             Theirs.getAsString() + "'";
  }
  QualType Result = FD->getReturnType();
  if (!Result->isVoidType() &&
      Result.getCanonicalType().getUnqualifiedType() !=
          Utility->getReturnType().getCanonicalType().getUnqualifiedType())
    return "it returns '" + Result.getAsString() + "', the utility '" +
           Utility->getReturnType().getAsString() + "'";
  return "";
}

std::string ReimplementedUtilityCheck::advice(const FunctionDecl *FD,
                                              const Utility &U,
                                              bool BehavesOtherwise) const {
  // A body that calls other functions or uses other values does something
  // else: which of the two is right is for a person to decide.
  if (BehavesOtherwise)
    return "; compare it with the utility";
  std::string Why = replaceProblem(FD, U);
  if (Why.empty())
    return "; call the utility instead";
  return "; the utility cannot replace it as it is: " + Why;
}

// Why no overload of \p U can stand in for \p FD at its callers, or "".
std::string
ReimplementedUtilityCheck::replaceProblem(const FunctionDecl *FD,
                                          const Utility &U) const {
  std::string Why;
  if (U.Decl) {
    // Any overload of the utility's name beside it may take the calls.
    Why = whyCannotReplace(FD, U.Decl);
    const DeclContext *DC = U.Decl->getDeclContext()->getRedeclContext();
    for (const NamedDecl *D : DC->lookup(U.Decl->getDeclName()))
      if (const FunctionDecl *Overload = asFunction(D->getUnderlyingDecl()))
        if (!Why.empty() && whyCannotReplace(FD, Overload).empty())
          Why.clear();
  } else if (functionSignature(FD) != signatureOf(U))
    Why = "its type '" + functionSignature(FD) + "' is not the utility's '" +
          signatureOf(U) + "'";
  return Why;
}

// The project functions \p S references, by qualified name: functions that
// are not class members, declared outside system headers (cmsysString_isspace,
// not std::find_if_not or isspace), lambdas written in it included.
static void collectProjectCallees(const Stmt *S, const SourceManager &SM,
                                  llvm::SmallVectorImpl<std::string> &Out) {
  ::ssot::anyReferencedFunction(S, [&](const FunctionDecl *Callee) {
    if (const FunctionDecl *Pattern =
            Callee->getTemplateInstantiationPattern())
      Callee = Pattern;
    Callee = Callee->getCanonicalDecl();
    SourceLocation Loc = Callee->getLocation();
    if (!isa<CXXMethodDecl>(Callee) && Loc.isValid() &&
        !Callee->getBuiltinID() &&
        !SM.isInSystemHeader(SM.getExpansionLoc(Loc)))
      Out.push_back(qualifiedName(Callee)); // duplicates are removed later
    return false;
  });
}

// \p FD's interface shape, as text equal for interchangeable interfaces:
// the string kinds stand for one another among the parameters (callers pass
// any of them), and among results std::string and string_view do, while a
// char pointer carries no length and stands only for a char pointer (it can
// drop characters at the front, never at the end). Empty for a template's
// dependent types.
static std::string interfaceShape(const FunctionDecl *FD) {
  std::string Shape;
  for (const ParmVarDecl *Param : FD->parameters()) {
    QualType T = plainType(Param->getType());
    if (T->isDependentType())
      return "";
    Shape += stringKind(T) != OtherKind ? "string" : T.getAsString();
    Shape += ", ";
  }
  if (FD->isVariadic())
    Shape += "...";
  QualType Result = plainType(FD->getReturnType());
  if (Result->isDependentType() || Result->isUndeducedType())
    return "";
  const StringKind Kind = stringKind(Result);
  const auto *Ptr = Result->getAs<PointerType>();
  if (Kind == StringClass || Kind == ViewClass)
    Shape += " -> string or view";
  else if (Ptr && Ptr->getPointeeType()->isCharType())
    Shape += " -> char pointer";
  else
    Shape += " -> " + Result.getAsString();
  return Shape;
}

// The key of \p FD's interface shape and of the project functions \p Body
// references (listed into \p Callees), or 0: a member needing an object, a
// template, or a body that references no project function has none. Two
// functions with the same key are interface twins (diagnoseFunction).
static uint64_t interfaceKey(const FunctionDecl *FD, const Stmt *Body,
                             llvm::SmallVectorImpl<std::string> &Callees) {
  Callees.clear();
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!Body || !FD->getDeclName().isIdentifier() || (MD && !MD->isStatic()))
    return 0;
  collectProjectCallees(Body, FD->getASTContext().getSourceManager(), Callees);
  if (Callees.empty())
    return 0;
  std::string Shape = interfaceShape(FD);
  if (Shape.empty())
    return 0;
  llvm::sort(Callees);
  Callees.erase(std::unique(Callees.begin(), Callees.end()), Callees.end());
  for (const std::string &Callee : Callees)
    Shape += "\n" + Callee;
  const uint64_t Key = ::ssot::hashText(Shape);
  return Key ? Key : 1;
}

// Whether two names share a word of at least three letters, in any case
// style ("cmStripWhitespace" and "cmTrimWhitespace": "whitespace").
static bool sharesNameWord(StringRef A, StringRef B) {
  auto Words = [](StringRef Name) {
    llvm::SmallVector<std::string, 4> Long;
    for (std::string &Word : ::ssot::identifierWords(Name))
      if (Word.size() >= 3 && llvm::all_of(Word, llvm::isAlpha))
        Long.push_back(std::move(Word));
    return Long;
  };
  llvm::SmallVector<std::string, 4> Theirs = Words(B);
  return llvm::any_of(Words(A), [&](const std::string &Word) {
    return llvm::is_contained(Theirs, Word);
  });
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
ReimplementedUtilityCheck::headerFor(SourceLocation DeclaredAt, FileID Fixed,
                                     const SourceManager &SM) const {
  if (!PP)
    return "";
  // A file never includes itself (compared as files: a header without a
  // guard is entered more than once); the main file is included by nothing.
  FileID File = SM.getFileID(SM.getExpansionLoc(DeclaredAt));
  if (File == SM.getMainFileID() ||
      SM.getFileEntryRefForID(File) == SM.getFileEntryRefForID(Fixed))
    return "";
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(File);
  return Entry ? ::ssot::includeSpelling(*Entry, SM, PP->getHeaderSearchInfo())
               : "";
}

namespace {
// What deciding whether an overload of the utility can replace a call needs
// to know of it, from its declaration in this unit or from its recorded
// signature: one description, one rule for both.
struct Callable {
  bool Template = false;
  bool CallableByName = true; // not a member function that needs an object
  unsigned MinArgs = 0;
  bool Variadic = false;
  // Each parameter as acceptsUnchanged judges an argument for it (its Value
  // is the value type the note names), and its type as written for the note
  // ("int &"); the two lists have one entry per parameter.
  llvm::SmallVector<::ssot::TypeShape, 2> Params;
  llvm::SmallVector<std::string, 2> ParamTypes;
  std::string Result; // signatureTypeString of the result
  std::string ResultText; // the result type as the note names it
  bool Recorded = false; // from a record: its types are canonical strings
};
} // namespace

// Where \p Named (declarationNaming's answer for \p FD, maybe none) puts
// the utility's name.
static SourceLocation namingLocation(const NamedDecl *Named,
                                     const FunctionDecl *FD) {
  return (Named ? Named : FD->getCanonicalDecl())->getLocation();
}

static Callable describe(const FunctionDecl *FD, const ASTContext &Ctx) {
  Callable C;
  C.Template = FD->isTemplated();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    C.CallableByName = MD->isStatic();
  C.MinArgs = FD->getMinRequiredArguments();
  C.Variadic = FD->isVariadic();
  for (const ParmVarDecl *Param : FD->parameters()) {
    C.Params.push_back(::ssot::describeType(Param->getType(), Ctx));
    C.ParamTypes.push_back(::ssot::signatureTypeString(Param->getType(), Ctx));
  }
  C.Result = ::ssot::signatureTypeString(FD->getReturnType(), Ctx);
  C.ResultText = TypeName::getFullyQualifiedName(FD->getReturnType(), Ctx,
                                                 Ctx.getPrintingPolicy());
  return C;
}

static Callable describe(const ::ssot::SignatureRecord &R) {
  Callable C;
  C.Template = R.Kind == "template";
  C.CallableByName = R.callableByName();
  C.MinArgs = R.MinArgs;
  C.Variadic = R.Variadic;
  for (const ::ssot::ParamShape &Shape : R.ParamShapes)
    C.Params.push_back(Shape.Type);
  C.ParamTypes.assign(R.Params.begin(), R.Params.end());
  C.Result = R.Result;
  C.ResultText = R.Result;
  C.Recorded = true;
  return C;
}

// Why \p Candidate cannot replace the callee of \p Call, or "" if it can.
// Conservative: each argument must reach the parameter with its value
// unchanged (its own type, or a pointer gaining qualifiers): an arithmetic
// or user-defined conversion the primitive did not make could change what
// the call computes.
static std::string whyNotReplaceable(const Callable &Candidate,
                                     const CallExpr *Call, bool Discarded,
                                     const ASTContext &Ctx) {
  if (Candidate.Template)
    return "it is a template";
  if (!Candidate.CallableByName)
    return "it is a member function that needs an object";
  // The rewrite keeps the call's written arguments; a default argument of
  // the primitive is not passed to the utility.
  const unsigned N =
      ::ssot::writtenArguments(llvm::ArrayRef(Call->getArgs(),
                                              Call->getNumArgs()))
          .size();
  const unsigned NumParams = Candidate.Params.size();
  if (N < Candidate.MinArgs || (N > NumParams && !Candidate.Variadic))
    return "it takes " + std::to_string(NumParams) + " argument" +
           (NumParams == 1 ? "" : "s");
  for (unsigned I = 0; I != N && I != NumParams; ++I) {
    const Expr *Arg = Call->getArg(I)->IgnoreImplicit();
    const ::ssot::TypeShape Shape = ::ssot::describeType(Arg->getType(), Ctx);
    if (::ssot::acceptsUnchanged(Candidate.Params[I], Shape, Arg->isLValue()))
      continue;
    // The value type matches; the reference does not bind to it.
    if (Shape.Value == Candidate.Params[I].Value)
      return "argument " + std::to_string(I + 1) + " cannot bind to the " +
             "utility's parameter of type '" + Candidate.ParamTypes[I] + "'";
    return "argument " + std::to_string(I + 1) + " has type '" + Shape.Value +
           "', the utility takes '" + Candidate.Params[I].Value + "'";
  }
  // The result must be the call's own type where it is used: a type that
  // converts to it may still hold another value (a quoted form, a view).
  // Both are declared types, references included, printed alike: a
  // reference the primitive returns is the utility's too.
  if (Discarded)
    return "";
  const QualType CallResult = Call->getCallReturnType(Ctx);
  if (::ssot::signatureTypeString(CallResult, Ctx) != Candidate.Result)
    return "its result type '" + Candidate.ResultText +
           "' is not the call's '" +
           (Candidate.Recorded
                ? ::ssot::signatureTypeString(CallResult, Ctx)
                : TypeName::getFullyQualifiedName(CallResult, Ctx,
                                                  Ctx.getPrintingPolicy())) +
           "', and the result is used";
  return "";
}

// The first of \p Candidates that can replace the callee of \p Call; none,
// with \p Why and the index of the candidate it is about in \p Explained.
// The reason explains an overload that takes as many arguments as the call
// passes, when there is one: its argument or result is the problem, not
// another overload's arity.
static std::optional<size_t> firstFit(llvm::ArrayRef<Callable> Candidates,
                                      const CallExpr *Call, bool Discarded,
                                      const ASTContext &Ctx, std::string &Why,
                                      size_t &Explained) {
  bool ArityFits = false;
  for (size_t I = 0; I != Candidates.size(); ++I) {
    std::string Reason = whyNotReplaceable(Candidates[I], Call, Discarded, Ctx);
    if (Reason.empty())
      return I;
    const bool Fits = !StringRef(Reason).starts_with("it takes ");
    if (Why.empty() || (Fits && !ArityFits)) {
      Why = std::move(Reason);
      Explained = I;
      ArityFits = Fits;
    }
  }
  return std::nullopt;
}

// Whether \p Call sets a defaulted parameter of the primitive \p Callee that
// no overload in \p Candidates has, to a value that is not provably its
// default: the call asks for a variant of the primitive that the utility does
// not offer (CMake's EscapeForCMake(s, WrapQuotes::NoWrap) beside the
// designated Quote(s), which always wraps), so it is not a bypass. False
// when the utility's parameters are unknown (no declaration, no record).
static bool asksForVariant(const CallExpr *Call, const FunctionDecl *Callee,
                           llvm::ArrayRef<Callable> Candidates,
                           const ASTContext &Ctx) {
  if (Candidates.empty() || isa<CXXOperatorCallExpr>(Call))
    return false;
  size_t Offered = 0;
  for (const Callable &C : Candidates) {
    if (C.Variadic)
      return false;
    Offered = std::max(Offered, C.Params.size());
  }
  llvm::ArrayRef<const Expr *> Written = ::ssot::writtenArguments(
      llvm::ArrayRef(Call->getArgs(), Call->getNumArgs()));
  if (Written.size() <= Offered)
    return false;
  auto SameConstant = [&](const Expr *A, const Expr *B) {
    Expr::EvalResult RA, RB;
    if (A->isValueDependent() || B->isValueDependent() ||
        !A->EvaluateAsInt(RA, Ctx) || !B->EvaluateAsInt(RB, Ctx))
      return false;
    return llvm::APSInt::isSameValue(RA.Val.getInt(), RB.Val.getInt());
  };
  for (size_t I = Offered; I != Written.size(); ++I) {
    if (I >= Callee->getNumParams())
      return false; // a C variadic primitive's extra argument
    const ParmVarDecl *Param = Callee->getParamDecl(I);
    if (!Param->hasDefaultArg())
      return false;
    // The default written out is the utility's form of the call.
    if (!Param->hasUnparsedDefaultArg() &&
        !Param->hasUninstantiatedDefaultArg() &&
        SameConstant(Written[I], Param->getDefaultArg()))
      return false;
  }
  return true;
}

// Whether \p Call is written through the name \p Utility although it calls
// another function: the utility re-exports the primitive (`namespace util {
// using prim::up; }`, or `namespace util = prim;`), so `util::up(1)` is a
// call of the utility, not a bypass.
static bool isWrittenAsUtility(const CallExpr *Call, StringRef Utility) {
  const auto *Ref =
      dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreParenImpCasts());
  if (!Ref)
    return false;
  std::string Name = Ref->getNameInfo().getAsString();
  auto Is = [&](const NamedDecl *Scope) {
    return Utility == "::" + Scope->getQualifiedNameAsString() + "::" + Name;
  };
  // The name found was a using-declaration (or a using-declaration of one):
  // the shadow's own name, or the name its using-declaration re-exports.
  if (const auto *Shadow = dyn_cast<UsingShadowDecl>(Ref->getFoundDecl())) {
    if (Utility == "::" + Shadow->getQualifiedNameAsString())
      return true;
    if (const auto *Using = dyn_cast<UsingDecl>(Shadow->getIntroducer()))
      if (const NamedDecl *NS =
              ::ssot::compat::qualifierNamespace(Using->getQualifier()))
        if (Is(NS))
          return true;
  }
  // Qualified through a namespace alias that is the utility's scope.
  const NamedDecl *NS = ::ssot::compat::qualifierNamespace(Ref->getQualifier());
  return isa_and_nonnull<NamespaceAliasDecl>(NS) && Is(NS);
}

// Whether \p MD overrides, directly or through its bases' overrides, one of
// \p Targets (canonical declarations).
static bool overridesAny(const CXXMethodDecl *MD,
                         llvm::ArrayRef<const FunctionDecl *> Targets,
                         unsigned Depth = 0) {
  if (!MD || Depth > 16)
    return false;
  for (const CXXMethodDecl *Base : MD->overridden_methods())
    if (llvm::is_contained(Targets, Base->getCanonicalDecl()) ||
        overridesAny(Base, Targets, Depth + 1))
      return true;
  return false;
}

// What judging a call of a primitive needs of its utility. It depends on the
// utility alone, so it is built once per utility and unit, not per call.
struct ReimplementedUtilityCheck::UtilityView {
  llvm::SmallVector<const FunctionDecl *, 2> Overloads; // declared here
  // Where the primitive's calls belong: the overloads, their overrides and
  // the functions these call to do the work.
  llvm::SmallVector<const FunctionDecl *, 4> Wrappers;
  const RecordedUtility *Recorded = nullptr; // if none is declared
  // The overloads declared here, else those recorded: one list, one rule,
  // for what the utility offers and for the fix.
  llvm::SmallVector<Callable, 2> Candidates;
};

const ReimplementedUtilityCheck::UtilityView &
ReimplementedUtilityCheck::viewOf(StringRef Name, ASTContext &Ctx,
                                  ::ssot::QualifiedLookup &Lookup,
                                  llvm::StringMap<UtilityView> &Views) {
  auto [It, New] = Views.try_emplace(Name);
  UtilityView &V = It->second;
  if (!New)
    return V;
  for (const NamedDecl *D : Lookup.find(Name))
    addFunctions(D, V.Overloads);
  // The utility wraps the primitive: its own body is where the call belongs,
  // and so is the body of an override of it (PosixEnv's override of a
  // designated Env::sleep is that utility for its class).
  V.Wrappers.assign(V.Overloads.begin(), V.Overloads.end());
  llvm::SmallVector<const FunctionDecl *, 2> Canonical;
  for (const FunctionDecl *FD : V.Overloads)
    Canonical.push_back(FD->getCanonicalDecl());
  for (const FunctionDecl *FD : Functions)
    if (overridesAny(dyn_cast<CXXMethodDecl>(FD), Canonical))
      V.Wrappers.push_back(FD);
  // And so are the bodies of the functions they call to do the work.
  const llvm::SmallVector<const FunctionDecl *, 4> Designated = V.Wrappers;
  ::ssot::addImplementation(Designated, Ctx.getSourceManager(), V.Wrappers);
  V.Recorded = V.Overloads.empty() ? recordedUtility(Name) : nullptr;
  for (const FunctionDecl *FD : V.Overloads)
    V.Candidates.push_back(describe(FD, Ctx));
  if (V.Recorded)
    for (const ::ssot::SignatureRecord &R : V.Recorded->Records)
      V.Candidates.push_back(describe(R));
  return V;
}

void ReimplementedUtilityCheck::diagnoseCall(
    const PrimitiveCall &PC, ASTContext &Ctx, ::ssot::QualifiedLookup &Lookup,
    llvm::StringMap<UtilityView> &Views) {
  const CallExpr *Call = PC.Call;
  const FunctionDecl *Callee = PC.Callee;
  const SourceManager &SM = Ctx.getSourceManager();
  const FunctionDecl *Pattern = Callee->getTemplateInstantiationPattern();
  const FunctionDecl *Target = (Pattern ? Pattern : Callee)->getCanonicalDecl();
  const Primitive *P = nullptr;
  if (PC.ByLookup) {
    // Named through another name: the primitive whose name resolves to it.
    for (const Primitive &Candidate : Primitives)
      for (const NamedDecl *D : Lookup.find(Candidate.Name))
        if (const FunctionDecl *FD = asFunction(D))
          if (!P && FD->getCanonicalDecl() == Target)
            P = &Candidate;
  } else {
    std::string CalleeName = qualifiedName(Pattern ? Pattern : Callee);
    // The matcher's hasAnyName looks through inline namespaces (libc++'s
    // std::__1); the printed name may not, so fall back to the last
    // component.
    for (const Primitive &Candidate : Primitives)
      if (Candidate.Name == CalleeName)
        P = &Candidate;
    for (const Primitive &Candidate : Primitives)
      if (!P &&
          StringRef(Candidate.Name).ends_with("::" + Callee->getName().str()))
        P = &Candidate;
  }
  if (!P || isWrittenAsUtility(Call, P->Utility))
    return;
  SourceLocation Loc = SM.getFileLoc(Call->getBeginLoc());
  if (isAllowedFile(Loc, SM))
    return;
  const UtilityView &View = viewOf(P->Utility, Ctx, Lookup, Views);
  const llvm::ArrayRef<const FunctionDecl *> Overloads = View.Overloads;
  const RecordedUtility *Recorded = View.Recorded;
  const llvm::ArrayRef<Callable> Candidates = View.Candidates;
  if (isInsideDefinition(View.Wrappers, Call->getBeginLoc(), SM))
    return;
  if ((!Recorded || Recorded->Unusable.empty()) &&
      asksForVariant(Call, Callee, Candidates, Ctx))
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
  const bool Discarded = DiscardedCalls.contains(Call);
  // A record stands in for the declaration a unit does not include, under
  // the same rule.
  const ::ssot::SignatureRecord *ChosenRecord = nullptr;
  if (NoFix.empty()) {
    size_t Explained = 0;
    std::optional<size_t> Fit =
        firstFit(Candidates, Call, Discarded, Ctx, NoFix, Explained);
    if (Fit && !Overloads.empty())
      Chosen = Overloads[*Fit];
    else if (Fit)
      ChosenRecord = &Recorded->Records[*Fit];
    else if (Recorded && !Recorded->Unusable.empty())
      NoFix = Recorded->Unusable;
    else if (Recorded)
      NoFix += " (as recorded from '" + Recorded->Records[Explained].File +
               "')";
    else if (Overloads.empty())
      NoFix = "it is not declared in this translation unit, so its "
              "parameters cannot be checked";
  }
  // Never rewrite a call into itself.
  if ((Chosen || ChosenRecord) &&
      Lexer::getSourceText(CharSourceRange::getTokenRange(CalleeRange), SM,
                           Ctx.getLangOpts())
              .trim() == StringRef(P->Spelling).trim()) {
    Chosen = nullptr;
    ChosenRecord = nullptr;
    NoFix = "the call is already written as the utility's name";
  }
  // The header that first declares the utility is the one to include; for
  // a utility that re-exports a function (a using-declaration), the header
  // of that using-declaration. A record names the header it was read from.
  std::string Header;
  const SourceLocation CallAt = SM.getExpansionLoc(Call->getBeginLoc());
  const FileID Fixed = SM.getFileID(CallAt);
  // Whether the fix compiles only if its include brings the utility there.
  bool NeedsInclude = ChosenRecord != nullptr;
  // The declaration that gives the chosen function the utility's name, and
  // where it is: looked up once, for the fix and for the notes.
  const NamedDecl *Named =
      Chosen ? declarationNaming(P->Utility, Chosen, Ctx) : nullptr;
  const SourceLocation DeclaredAt =
      Chosen ? namingLocation(Named, Chosen) : SourceLocation();
  if (Chosen) {
    // The fix names the utility where the call is: a declaration that
    // names it must come first in the unit, or an include of the header
    // that declares it must be able to bring it there.
    const bool Before =
        Named && !isa<FunctionDecl>(Named)
            ? SM.isBeforeInTranslationUnit(
                  SM.getExpansionLoc(Named->getLocation()), CallAt)
            : llvm::any_of(Chosen->redecls(), [&](const FunctionDecl *R) {
                return SM.isBeforeInTranslationUnit(
                    SM.getExpansionLoc(R->getLocation()), CallAt);
              });
    NeedsInclude = !Before;
    const FileID Declaring = SM.getFileID(SM.getExpansionLoc(DeclaredAt));
    if (!Before &&
        !::ssot::includeMakesVisible(
            Declaring, Fixed, SM, &Includes,
            SM.getFileOffset(SM.getExpansionLoc(DeclaredAt)))) {
      Chosen = nullptr;
      NoFix = "it is declared only after this call";
    } else if (Before && Declaring == SM.getMainFileID() &&
               Fixed != Declaring) {
      // A header cannot include the main file that declares the utility.
      Chosen = nullptr;
      NoFix = "it is declared in the main file, which this header cannot "
              "include";
    } else {
      Header = headerFor(DeclaredAt, Fixed, SM);
    }
  } else if (ChosenRecord) {
    Header = ::ssot::includeSpelling(ChosenRecord->File, SM, PP);
    if (Header.empty()) {
      NoFix = "its recorded header '" + ChosenRecord->File +
              "' cannot be found here";
      ChosenRecord = nullptr;
    }
  }
  std::optional<FixItHint> Include;
  if ((Chosen || ChosenRecord) && !Header.empty()) {
    Include = Inserter.createIncludeInsertion(Fixed, Header);
    // A fix that compiles without the include (the utility is declared
    // above the call) carries it wherever the inserter puts it. One that
    // needs it needs it above the call: no insertion (and none by an earlier
    // fix) means the file includes the header already, below the call or
    // without the utility in it; and the inserter sorts an include among the
    // file's own, maybe below the call.
    if (!NeedsInclude) {
      FixHeaders.carry(Fixed, Header, Include);
    } else if (std::string Why = FixHeaders.whyNotAbove(
                   Fixed, Header, Include, CallAt, "call",
                   ChosenRecord != nullptr, SM);
               !Why.empty()) {
      NoFix = std::move(Why);
      Chosen = nullptr;
      ChosenRecord = nullptr;
    }
  }
  StringRef Utility = StringRef(P->Utility).ltrim(':');
  {
    auto Diag = diag(Loc, "direct call of '%0' bypasses the designated "
                          "utility '%1'")
                << StringRef(P->Name).ltrim(':') << Utility;
    if (Chosen || ChosenRecord) {
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(CalleeRange), P->Spelling);
      if (Include)
        Diag << *Include;
    }
  }
  // A utility that re-exports the primitive (cmSystemTools' `using
  // cmsys::SystemTools::LowerCase;`) is the very function called: the fix
  // only writes the call through the designated name. Said, so that the
  // rewrite is not taken for a change of behaviour.
  if (Chosen && Chosen->getCanonicalDecl() == Target &&
      isa_and_nonnull<UsingShadowDecl>(Named))
    diag(Loc, "'%0' re-exports this function: the fix changes only the name "
              "the call is written with",
         DiagnosticIDs::Note)
        << Utility;
  // The reason sits at the call in every case; the utility, if visible, is
  // pointed at by its own note.
  if (!Chosen && !ChosenRecord)
    diag(Loc, "no fix-it: '%0' cannot replace this call: %1",
         DiagnosticIDs::Note)
        << Utility << NoFix;
  const SourceLocation NoteAt =
      Chosen              ? DeclaredAt
      : Overloads.empty() ? SourceLocation()
                          : utilityLocation(P->Utility, Overloads.front(), Ctx);
  if (NoteAt.isValid())
    diag(NoteAt, "designated utility '%0' declared here", DiagnosticIDs::Note)
        << Utility;
}

// The declaration that gives \p FD the utility's name \p Name: its first
// declaration, or the using-declaration (its shadow) that re-exports it;
// none when another name reaches it (a namespace alias).
const NamedDecl *
ReimplementedUtilityCheck::declarationNaming(StringRef Name,
                                             const FunctionDecl *FD,
                                             ASTContext &Ctx) const {
  const FunctionDecl *First = FD->getCanonicalDecl();
  if (qualifiedName(First) == Name)
    return First;
  StringRef Scope = scopeOf(Name);
  ::ssot::QualifiedLookup Lookup(Ctx);
  for (const NamedDecl *D : Lookup.find(Scope)) {
    const auto *DC = dyn_cast<DeclContext>(D);
    if (!DC)
      continue;
    for (const NamedDecl *Found :
         DC->lookup(&Ctx.Idents.get(::ssot::unqualifiedName(Name))))
      if (const auto *Shadow = dyn_cast<UsingShadowDecl>(Found))
        if (const FunctionDecl *Target = asFunction(Shadow->getTargetDecl());
            Target && Target->getCanonicalDecl() == First)
          return Shadow;
  }
  return nullptr;
}

// Where the utility \p Name is declared: where declarationNaming says, else
// \p FD's first declaration.
SourceLocation
ReimplementedUtilityCheck::utilityLocation(StringRef Name,
                                           const FunctionDecl *FD,
                                           ASTContext &Ctx) const {
  return namingLocation(declarationNaming(Name, FD, Ctx), FD);
}

bool ReimplementedUtilityCheck::isAllowedFile(SourceLocation Loc,
                                              const SourceManager &SM) const {
  return AllowedFiles && ::ssot::isInFileMatching(*AllowedFiles, Loc, SM);
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
    R.Utility = nameOf(U);
    R.Signature = signatureOf(U);
    R.Kind = U.NeedsObject ? "member"
             : U.ClassMember ? "static member"
                             : "function";
    R.File = ::ssot::recordedPath(Entry->getName());
    R.setSource(Text);
    R.Print = *U.Print;
    R.Interface = U.Interface;
    std::string Error;
    if (!::ssot::writeRecord(FingerprintDirectory, R, Error))
      configurationDiag("cannot record the fingerprint of utility '%0': %1",
                        DiagnosticIDs::Error)
          << StringRef(nameOf(U)).ltrim(':') << Error;
  }
}

// A unit that sees the utility a primitive maps to records the signature of
// each of its overloads, for the units that do not: their bypass fix-its are
// verified against it. A re-exported utility is recorded under its own name,
// with the header and text of its using-declaration (what the fix includes
// and calls); one reached through a namespace alias is not recorded.
void ReimplementedUtilityCheck::recordSignatures(
    ASTContext &Ctx, ::ssot::QualifiedLookup &Lookup) {
  llvm::StringSet<> Done;
  for (const Primitive &P : Primitives) {
    if (!Done.insert(P.Utility).second)
      continue;
    for (const NamedDecl *D : Lookup.find(P.Utility)) {
      const FunctionDecl *FD = asFunction(D);
      const NamedDecl *Named =
          FD ? declarationNaming(P.Utility, FD, Ctx) : nullptr;
      if (!Named)
        continue;
      std::string Why;
      std::optional<::ssot::SignatureRecord> Record = ::ssot::recordSignature(
          FD->getCanonicalDecl(), Ctx, Why,
          isa<UsingShadowDecl>(Named) ? Named : nullptr);
      if (!Record)
        continue;
      std::string Error;
      if (!::ssot::writeSignature(FingerprintDirectory, *Record, Error))
        configurationDiag("cannot record the signature of utility '%0': %1",
                          DiagnosticIDs::Error)
            << StringRef(P.Utility).ltrim(':') << Error;
    }
  }
}

// The records of utility \p Name, read once per unit; none without a
// directory or a record. A stale record is not used, and says why.
const ReimplementedUtilityCheck::RecordedUtility *
ReimplementedUtilityCheck::recordedUtility(StringRef Name) {
  if (FingerprintDirectory.empty())
    return nullptr;
  auto [It, Inserted] = RecordedUtilities.try_emplace(Name);
  RecordedUtility &R = It->second;
  if (Inserted && llvm::sys::fs::is_directory(FingerprintDirectory)) {
    std::vector<std::string> Errors;
    R.Records = ::ssot::readCurrentSignatures(
        FingerprintDirectory, Name, RecordFingerprintsOption, Errors,
        R.Unusable);
    for (const std::string &Error : Errors)
      configurationDiag("cannot use the signature record %0; re-record the "
                        "utilities (option '%1')")
          << Error << RecordFingerprintsOption;
  }
  return R.Records.empty() && R.Unusable.empty() ? nullptr : &R;
}

void ReimplementedUtilityCheck::onEndOfTranslationUnit() {
  if (!Context)
    return;
  ASTContext &Ctx = *Context;
  ::ssot::QualifiedLookup Lookup(Ctx);
  collectUtilities(Ctx, Lookup);
  // Read for this TU, as the directory is now. A recording run may be the
  // one that creates it, and reads every record: it rewrites them anyway.
  std::optional<::ssot::RecordDirectory> Records;
  // A fresh checkout has recorded nothing yet: said once, not diagnosed.
  if (!FingerprintDirectory.empty() && !RecordFingerprints &&
      !llvm::sys::fs::exists(FingerprintDirectory))
    ::ssot::noteNoRecordsYet(FingerprintDirectory);
  else if (!FingerprintDirectory.empty() &&
           !(RecordFingerprints &&
             !llvm::sys::fs::is_directory(FingerprintDirectory)))
    Records.emplace(FingerprintDirectory, /*UseIndex=*/!RecordFingerprints);
  const bool AnyRecords = Records && !Records->empty();

  // The functions to judge, one verdict each: at the definition when this
  // TU has it, else at the first declaration. Bodies are fingerprinted only
  // if some utility's can be compared with them. Judged before the records
  // are read, because an index reads only the records they can meet.
  std::vector<Judged> Judging;
  if (!Utilities.empty() || AnyRecords) {
    // Renamed clones are found down to one statement, near clones from
    // MinStatements.
    const bool AnyComparable =
        llvm::any_of(Utilities,
                     [&](const Utility &U) {
                       return U.Print && U.Print->size() >= 1;
                     }) ||
        (AnyRecords && Records->anyComparable(1));
    // Interface twins: only functions that may be one pay for the walk.
    const bool AnyInterface =
        llvm::any_of(Utilities,
                     [](const Utility &U) { return U.Interface != 0; }) ||
        (AnyRecords && Records->anyInterface());
    llvm::SmallVector<const FunctionDecl *, 8> Designated;
    for (const Utility &U : Utilities)
      if (U.Decl)
        Designated.push_back(U.Decl);
    Judging.reserve(Functions.size());
    for (const FunctionDecl *FD : Functions) {
      // A designated utility is not a twin, whether or not this TU uses it
      // (the index would otherwise read the record of every annotated
      // utility a header declares, as their names ask for them).
      if (UtilityByDecl.count(FD->getCanonicalDecl()) ||
          ::ssot::hasSSOTAnnotation(FD, UtilityAnnotation))
        continue;
      // An override of a designated virtual utility is that utility for its
      // class; a file matched by AllowedFiles is not judged.
      if (overridesAny(dyn_cast<CXXMethodDecl>(FD), Designated) ||
          isAllowedFile(FD->getLocation(), Ctx.getSourceManager()))
        continue;
      const FunctionDecl *Def = nullptr;
      const bool HasBody = FD->hasBody(Def);
      if (HasBody ? Def != FD : !FD->isFirstDecl())
        continue;
      // One finding per function, where it is defined: a declaration in a
      // header is in every unit that includes it, and the unit holding the
      // definition reports it (with a note here). A declaration this file
      // writes itself is still judged: the header opened on its own.
      if (!HasBody && !Ctx.getSourceManager().isInMainFile(
                          Ctx.getSourceManager().getExpansionLoc(
                              FD->getLocation())))
        continue;
      Judged &J = Judging.emplace_back();
      J.FD = FD;
      if (HasBody && AnyComparable)
        ::ssot::fingerprintBody(FD->getBody(), J.Print.emplace());
      if (HasBody && AnyInterface)
        J.Interface = interfaceKey(FD, FD->getBody(), J.Callees);
    }
  }
  if (Records) {
    addRecords(*Records, Lookup, Judging);
    // A record may have named a utility declared here: not judged.
    llvm::SmallVector<const FunctionDecl *, 8> Designated;
    for (const Utility &U : Utilities)
      if (U.Decl)
        Designated.push_back(U.Decl);
    llvm::erase_if(Judging, [&](const Judged &J) {
      return UtilityByDecl.count(J.FD->getCanonicalDecl()) != 0 ||
             overridesAny(dyn_cast<CXXMethodDecl>(J.FD), Designated);
    });
  }
  if (RecordFingerprints && !FingerprintDirectory.empty()) {
    recordFingerprints(Ctx);
    recordSignatures(Ctx, Lookup);
  }
  if (!Utilities.empty()) {
    indexUtilities(Judging);
    for (const Judged &J : Judging)
      diagnoseFunction(J);
  }
  llvm::StringMap<UtilityView> Views;
  for (const PrimitiveCall &PC : Calls)
    diagnoseCall(PC, Ctx, Lookup, Views);
}

} // namespace clang::tidy::ssot
