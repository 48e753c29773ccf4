//===--- EnvAccessCheck.cpp - ssot-env-access ------------------------------===//
#include "checks/EnvAccessCheck.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/SourceRanges.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringSet.h"
#include <memory>

using namespace clang::ast_matchers;

namespace clang::tidy::ssot {

// Everything that reads or writes the process environment without going
// through the accessor. Only declarations in the global namespace (std's
// getenv is a using-declaration of ::getenv, and hasName looks through inline
// namespaces) or in the vendor's own scope count, so a member or a namespaced
// function that happens to be called getenv is never flagged.
static constexpr llvm::StringLiteral EnvFunctions[] = {
    // C, POSIX, glibc
    "::getenv", "::std::getenv", "::secure_getenv", "::__secure_getenv",
    "::setenv", "::unsetenv", "::putenv", "::clearenv",
    // Windows CRT
    "::_wgetenv", "::getenv_s", "::_wgetenv_s", "::_dupenv_s", "::_wdupenv_s",
    "::_putenv", "::_wputenv", "::_putenv_s", "::_wputenv_s",
    // Win32
    "::GetEnvironmentVariableA", "::GetEnvironmentVariableW",
    "::GetEnvironmentVariable", "::SetEnvironmentVariableA",
    "::SetEnvironmentVariableW", "::SetEnvironmentVariable",
    "::GetEnvironmentStrings", "::GetEnvironmentStringsA",
    "::GetEnvironmentStringsW", "::FreeEnvironmentStringsA",
    "::FreeEnvironmentStringsW", "::FreeEnvironmentStrings",
    "::ExpandEnvironmentStringsA", "::ExpandEnvironmentStringsW",
    "::ExpandEnvironmentStrings",
    // Qt
    "::qgetenv", "::qputenv", "::qunsetenv", "::qEnvironmentVariable",
    "::qEnvironmentVariableIsSet", "::qEnvironmentVariableIsEmpty",
    "::qEnvironmentVariableIntValue", "::QProcessEnvironment::systemEnvironment",
    // Boost.Process
    "::boost::this_process::environment"};

static constexpr llvm::StringLiteral EnvVariables[] = {
    "::environ", "::__environ", "::_environ", "::_wenviron"};

EnvAccessCheck::EnvAccessCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawAccessor(Options.get(AccessorOption, "").str()),
      RawAccessorHeader(Options.get(AccessorHeaderOption, "").str()),
      RawAllowedFiles(Options.get(AllowedFilesOption, "").str()),
      RawAdditionalFunctions(Options.get(AdditionalFunctionsOption, "").str()),
      Inserter(Options.getLocalOrGlobal(IncludeStyleOption,
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  std::string Error;
  if (!RawAccessor.empty()) {
    if (::ssot::isQualifiedName(RawAccessor))
      Accessor = ::ssot::fullyQualified(RawAccessor);
    else
      configurationDiag("invalid configuration value '%0' for option '%1': "
                        "expected a qualified function name such as "
                        "'::config::env'")
          << RawAccessor << AccessorOption;
  }
  if (!RawAccessorHeader.empty()) {
    if (auto Header = ::ssot::parseHeader(RawAccessorHeader, Error))
      AccessorHeader = std::move(*Header);
    else
      configurationDiag(
          "invalid configuration value '%0' for option '%1': %2")
          << RawAccessorHeader << AccessorHeaderOption << Error;
  }
  if (!RawAllowedFiles.empty()) {
    AllowedFiles = ::ssot::parseRegex(RawAllowedFiles, Error);
    if (!AllowedFiles)
      configurationDiag("invalid configuration value '%0' for option '%1': "
                        "not a regular expression (%2)")
          << RawAllowedFiles << AllowedFilesOption << Error;
  }
  if (auto Names =
          ::ssot::parseQualifiedNameList(RawAdditionalFunctions, Error))
    AdditionalFunctions = std::move(*Names);
  else
    configurationDiag("invalid configuration value '%0' for option '%1': %2")
        << RawAdditionalFunctions << AdditionalFunctionsOption << Error;
}

void EnvAccessCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AccessorOption, RawAccessor);
  Options.store(Opts, AccessorHeaderOption, RawAccessorHeader);
  Options.store(Opts, IncludeStyleOption, Inserter.getStyle());
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
  Options.store(Opts, AdditionalFunctionsOption, RawAdditionalFunctions);
}

void EnvAccessCheck::registerPPCallbacks(const SourceManager &SM,
                                         Preprocessor *PP,
                                         Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
}

void EnvAccessCheck::onStartOfTranslationUnit() {
  CachedAccessor.reset();
  Reported.clear();
  AccessorBodies.clear();
  ReaderCalls.clear();
  ConvertedReads.clear();
}

// "/proc/self/environ", "/proc/1234/environ", "/proc/thread-self/environ".
static bool isProcEnvironPath(StringRef S) {
  if (!S.consume_front("/proc/") || !S.consume_back("/environ"))
    return false;
  return S == "self" || S == "thread-self" ||
         (!S.empty() && llvm::all_of(S, llvm::isDigit));
}

// The reads whose `getenv(Name)` can become `Accessor(Name)`.
static bool isReaderCall(const CallExpr *Call) {
  const FunctionDecl *FD = Call->getDirectCallee();
  const IdentifierInfo *II = FD ? FD->getIdentifier() : nullptr;
  return II && (II->isStr("getenv") || II->isStr("secure_getenv"));
}

namespace {
using NameSet = std::shared_ptr<const llvm::StringSet<>>;

// The matchers below run on every reference, call, implicit conversion and
// string literal of the program. Each first rejects, with one identifier
// lookup or a few pointer tests, the nodes that cannot be what the full
// matcher after it looks for, so that the generic matcher chain (and, for
// literals, the callback) runs only on the few that can.
AST_MATCHER_P(DeclRefExpr, namesOneOf, NameSet, Names) {
  const IdentifierInfo *II = Node.getDecl()->getIdentifier();
  return II && Names->contains(II->getName());
}

AST_MATCHER(ImplicitCastExpr, convertsReaderCall) {
  const auto *Call = dyn_cast<CallExpr>(Node.getSubExpr()->IgnoreParens());
  return Call && isReaderCall(Call);
}

AST_MATCHER(CallExpr, variadicCallWithReaderArgument) {
  const auto *FD = dyn_cast_or_null<FunctionDecl>(Node.getCalleeDecl());
  if (!FD || !FD->isVariadic())
    return false;
  return llvm::any_of(Node.arguments(), [](const Expr *Arg) {
    const auto *Call = dyn_cast<CallExpr>(Arg->IgnoreParens());
    return Call && isReaderCall(Call);
  });
}

AST_MATCHER(CallExpr, callsReader) { return isReaderCall(&Node); }

AST_MATCHER(StringLiteral, isProcEnvironLiteral) {
  return Node.getCharByteWidth() == 1 && isProcEnvironPath(Node.getString());
}

// Compares the cheap unqualified name first: this runs on every function.
AST_MATCHER_P(FunctionDecl, isEnvAccessor, std::string, Accessor) {
  if (::ssot::hasSSOTAnnotation(&Node, EnvAccessCheck::AccessorAnnotation))
    return true;
  if (Accessor.empty() || !Node.getDeclName().isIdentifier() ||
      !StringRef(Accessor).ends_with("::" + Node.getName().str()))
    return false;
  return ("::" + Node.getQualifiedNameAsString()) == Accessor;
}
} // namespace

void EnvAccessCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Functions(std::begin(EnvFunctions),
                                         std::end(EnvFunctions));
  for (const std::string &Name : AdditionalFunctions)
    Functions.push_back(Name);
  // The unqualified names of everything flagged, for a first cheap test.
  auto Names = std::make_shared<llvm::StringSet<>>();
  for (StringRef Name : Functions)
    Names->insert(Name.rsplit("::").second.empty() ? Name
                                                   : Name.rsplit("::").second);
  for (StringRef Name : EnvVariables)
    Names->insert(Name.rsplit("::").second);
  auto EnvFunction = functionDecl(hasAnyName(Functions));
  auto EnvVariable =
      varDecl(hasAnyName(std::vector<llvm::StringRef>(std::begin(EnvVariables),
                                                      std::end(EnvVariables))),
              hasGlobalStorage());
  // The accessor is the one place allowed to touch the environment. Its
  // definition is visited before its body, so check() records the body's
  // range and skips what lies inside: no parent map, no hasAncestor walk.
  Finder->addMatcher(
      functionDecl(isDefinition(), isEnvAccessor(Accessor)).bind("accessor"),
      this);

  // getenv("X"), &getenv, std::getenv, environ[i], a call through a
  // using-declaration: every reference names the declaration directly.
  Finder->addMatcher(
      declRefExpr(namesOneOf(Names),
                  to(namedDecl(anyOf(EnvFunction, EnvVariable)).bind("target")),
                  unless(isExpansionInSystemHeader()))
          .bind("ref"),
      this);
  // The context of `getenv(Name)` decides whether a fix compiles. Parents
  // are visited before children, so these are recorded before the reference
  // inside them is diagnosed; no parent map of the whole TU is built.
  // Reads that take the variable name and return its value, so that
  // `getenv(Name)` can become `Accessor(Name)` (std::getenv is ::getenv).
  auto ReaderCall =
      callExpr(callsReader(), argumentCountIs(1),
               callee(expr(ignoringImpCasts(
                   declRefExpr(to(functionDecl(hasAnyName(
                                   "::getenv", "::secure_getenv"))))
                       .bind("reader-ref")))));
  Finder->addMatcher(ReaderCall.bind("reader-call"), this);
  //   const char *P = getenv("X");  if (getenv("X"))  std::string S(getenv("X"))
  Finder->addMatcher(
      implicitCastExpr(convertsReaderCall(),
                       hasSourceExpression(
                           ignoringParens(ReaderCall.bind("converted-read")))),
      this);
  //   printf("%s", getenv("X"))
  Finder->addMatcher(
      callExpr(variadicCallWithReaderArgument(),
               callee(functionDecl(isVariadic())),
               forEach(expr(ignoringParens(ReaderCall.bind("converted-read"))))),
      this);
  // getenv(T::name()) in a template that is never instantiated is still an
  // unresolved name; instantiated ones are reported through their DeclRefExpr.
  Finder->addMatcher(
      unresolvedLookupExpr(
          hasAnyDeclaration(namedDecl(EnvFunction).bind("target")))
          .bind("unresolved"),
      this);
  // int main(int argc, char **argv, char **envp)
  Finder->addMatcher(
      functionDecl(isMain(), isDefinition(),
                   hasParameter(2, parmVarDecl().bind("envp")))
          .bind("main"),
      this);
  // fopen("/proc/self/environ", "r")
  Finder->addMatcher(stringLiteral(isProcEnvironLiteral()).bind("path"), this);
}

bool EnvAccessCheck::isAllowedLocation(SourceLocation Loc,
                                       const SourceManager &SM) const {
  if (!AllowedFiles)
    return false;
  StringRef File = SM.getFilename(SM.getExpansionLoc(Loc));
  return !File.empty() && AllowedFiles->match(File);
}

bool EnvAccessCheck::firstReport(SourceLocation Loc) {
  return Reported.insert(Loc.getRawEncoding()).second;
}

bool EnvAccessCheck::isInsideAccessor(SourceLocation Loc,
                                      const SourceManager &SM) const {
  return ::ssot::anyRangeContains(AccessorBodies, SM.getExpansionLoc(Loc), SM);
}

bool EnvAccessCheck::shouldReport(SourceLocation Loc,
                                  const SourceManager &SM) {
  return !isAllowedLocation(Loc, SM) && !isInsideAccessor(Loc, SM) &&
         firstReport(Loc);
}

// A name reserved to the implementation ("std", "__detail", "_Impl"): a
// program may not declare its own functions there, so its accessor is never
// inside. Skipping them spares the walk below the standard library, which in
// clangd is read from the preamble declaration by declaration.
static bool isReservedScope(const NamedDecl *D) {
  const IdentifierInfo *II = D->getIdentifier();
  if (!II)
    return false;
  StringRef Name = II->getName();
  return Name == "std" || Name.starts_with("__") ||
         (Name.size() > 1 && Name[0] == '_' && llvm::isUpper(Name[1]));
}

// The first function annotated as the accessor, searched through the
// namespaces and classes of the program (not those of the implementation).
// Asked only once a diagnostic needs the accessor's name.
static const FunctionDecl *findAnnotatedAccessor(const DeclContext *DC) {
  for (const Decl *D : DC->decls()) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (::ssot::hasSSOTAnnotation(FD, EnvAccessCheck::AccessorAnnotation))
        return FD;
      continue;
    }
    const DeclContext *Inner = nullptr;
    if (const auto *NS = dyn_cast<NamespaceDecl>(D))
      Inner = isReservedScope(NS) ? nullptr : NS;
    else if (isa<LinkageSpecDecl, ExportDecl>(D))
      Inner = cast<DeclContext>(D);
    else if (const auto *RD = dyn_cast<CXXRecordDecl>(D))
      Inner = RD->isThisDeclarationADefinition() && !isReservedScope(RD)
                  ? RD
                  : nullptr;
    if (Inner)
      if (const FunctionDecl *FD = findAnnotatedAccessor(Inner))
        return FD;
  }
  return nullptr;
}

const EnvAccessCheck::AccessorInfo &EnvAccessCheck::accessor(ASTContext &Ctx) {
  if (CachedAccessor)
    return *CachedAccessor;
  AccessorInfo Info;
  if (!Accessor.empty()) {
    // The fix spells the accessor as the user configured it.
    Info.Spelling = llvm::StringRef(RawAccessor).trim().str();
    for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, Accessor))
      if (const FunctionDecl *FD = D->getAsFunction())
        Info.Overloads.push_back(FD);
  } else if (const FunctionDecl *FD =
                 findAnnotatedAccessor(Ctx.getTranslationUnitDecl())) {
    Info.Spelling = FD->getQualifiedNameAsString();
    for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, Info.Spelling))
      if (const FunctionDecl *Overload = D->getAsFunction())
        Info.Overloads.push_back(Overload);
    if (Info.Overloads.empty())
      Info.Overloads.push_back(FD);
  }
  CachedAccessor = std::move(Info);
  return *CachedAccessor;
}

void EnvAccessCheck::noteAccessor(ASTContext &Ctx) {
  if (const FunctionDecl *FD = accessor(Ctx).decl())
    diag(FD->getLocation(), "designated accessor declared here",
         DiagnosticIDs::Note);
}

static std::string accessorClause(StringRef Spelling) {
  if (Spelling.empty())
    return "; no designated accessor is configured (set option 'Accessor' or "
           "annotate one with 'ssot::env_accessor')";
  Spelling.consume_front("::");
  return (" bypasses the designated accessor '" + Spelling + "'").str();
}

// Whether the argument of getenv(Arg) can initialize parameter \p Param.
static bool acceptsNameArgument(QualType Param, const Expr *Arg) {
  QualType P = Param.getNonReferenceType().getCanonicalType();
  QualType A = Arg->IgnoreParenImpCasts()->getType().getCanonicalType();
  QualType APointee;
  if (const auto *AT = A->getAsArrayTypeUnsafe())
    APointee = AT->getElementType();
  else if (A->isPointerType())
    APointee = A->getPointeeType();
  if (APointee.isNull() || !APointee->isCharType())
    return false;
  if (P->isPointerType())
    return P->getPointeeType()->isCharType() &&
           (P->getPointeeType().isConstQualified() ||
            !APointee.isConstQualified());
  // std::string, std::string_view, or any class with an implicit
  // constructor from a character pointer.
  const auto *Rec = P->getAsCXXRecordDecl();
  if (!Rec || !Rec->hasDefinition())
    return false;
  for (const CXXConstructorDecl *Ctor : Rec->getDefinition()->ctors()) {
    if (Ctor->isExplicit() || Ctor->getNumParams() == 0 ||
        Ctor->getMinRequiredArguments() > 1)
      continue;
    QualType First =
        Ctor->getParamDecl(0)->getType().getNonReferenceType().getCanonicalType();
    if (First->isPointerType() && First->getPointeeType()->isCharType() &&
        First->getPointeeType().isConstQualified())
      return true;
  }
  return false;
}

// Whether the accessor's result can stand where getenv's `char *` stood.
static bool acceptsResult(QualType Result, bool ResultConverted) {
  QualType R = Result.getCanonicalType();
  if (!R->isPointerType() || !R->getPointeeType()->isCharType())
    return false;
  if (!R->getPointeeType().isConstQualified())
    return true;
  // A `const char *` result works wherever the `char *` was converted
  // (to `const char *`, to bool, to a std::string) or passed to `...`; not
  // where the code keeps it as a mutable `char *`.
  return ResultConverted;
}

// Why no overload of the accessor can replace `getenv(Arg)` here, or "" if
// one can.
static std::string
whyAccessorCannotReplace(llvm::ArrayRef<const FunctionDecl *> Overloads,
                         const CallExpr *Call, bool ResultConverted) {
  std::string Why = "it does not take a single variable name";
  for (const FunctionDecl *FD : Overloads) {
    // A template's arguments may not be deducible from the call; do not guess.
    if (FD->isTemplated())
      continue;
    if (FD->getMinRequiredArguments() > 1 ||
        (FD->getNumParams() == 0 && !FD->isVariadic()))
      continue;
    if (FD->getNumParams() >= 1 &&
        !acceptsNameArgument(FD->getParamDecl(0)->getType(), Call->getArg(0)))
      continue;
    if (!acceptsResult(FD->getReturnType(), ResultConverted)) {
      Why = "its result type '" + FD->getReturnType().getAsString() +
            "' cannot stand where 'char *' is used here";
      continue;
    }
    return "";
  }
  return Why;
}

void EnvAccessCheck::diagnoseReference(const DeclRefExpr *Ref,
                                       const NamedDecl *Target,
                                       ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = Ref->getBeginLoc();
  const AccessorInfo &Acc = accessor(Ctx);
  std::string What = Target->getQualifiedNameAsString();
  if (isa<VarDecl>(Target)) {
    diag(SM.getFileLoc(Loc),
         "direct environment access through variable '%0'%1")
        << What << accessorClause(Acc.Spelling);
    noteAccessor(Ctx);
    return;
  }

  // Is this the callee of a one-argument read that can call the accessor?
  // (Recorded top-down by check(): the call is visited before its callee.)
  const CallExpr *Call = ReaderCalls.lookup(Ref);
  const bool Reader = Call != nullptr;

  // Decide on the fix before emitting anything: a diagnostic's notes must
  // follow it, and a fix is offered only where the rewritten call compiles.
  std::string NoFix;
  if (Reader && !Acc.Spelling.empty()) {
    // Only rewrite text the user wrote at this spot, never a macro body that
    // other expansions share.
    SourceRange Callee = Call->getCallee()->getSourceRange();
    if (Callee.getBegin().isMacroID() || Callee.getEnd().isMacroID() ||
        Call->getRParenLoc().isMacroID())
      NoFix = "the call is written inside a macro";
    else if (!Ctx.getLangOpts().CPlusPlus &&
             StringRef(Acc.Spelling).ltrim(':').contains("::"))
      NoFix = "a qualified name cannot be called from C";
    else if (!Acc.Overloads.empty())
      NoFix = whyAccessorCannotReplace(Acc.Overloads, Call,
                                       ConvertedReads.contains(Call));
  }

  {
    auto Diag = diag(SM.getFileLoc(Loc),
                     "direct environment access through '%0'%1")
                << What << accessorClause(Acc.Spelling);
    if (Reader && !Acc.Spelling.empty() && NoFix.empty()) {
      // C has no scope operator: "::env" is written "env" there.
      StringRef Spelling = Acc.Spelling;
      if (!Ctx.getLangOpts().CPlusPlus)
        Spelling = Spelling.ltrim(':');
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Call->getCallee()->getSourceRange()),
          Spelling);
      if (!AccessorHeader.empty())
        Diag << Inserter.createIncludeInsertion(
            SM.getFileID(Call->getBeginLoc()), AccessorHeader);
    }
  } // the diagnostic is emitted here, before its notes
  if (!NoFix.empty())
    diag(Acc.decl() ? Acc.decl()->getLocation() : SM.getFileLoc(Loc),
         "no fix-it: '%0' cannot replace this call: %1", DiagnosticIDs::Note)
        << StringRef(Acc.Spelling).ltrim(':') << NoFix;
  else
    noteAccessor(Ctx);
}

void EnvAccessCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;

  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("accessor")) {
    SourceRange Body = FD->getSourceRange();
    AccessorBodies.emplace_back(SM.getExpansionLoc(Body.getBegin()),
                                SM.getExpansionLoc(Body.getEnd()));
    return;
  }

  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("converted-read")) {
    ConvertedReads.insert(Call);
    return;
  }
  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("reader-call")) {
    ReaderCalls[Result.Nodes.getNodeAs<DeclRefExpr>("reader-ref")] = Call;
    return;
  }

  if (const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("ref")) {
    const auto *Target = Result.Nodes.getNodeAs<NamedDecl>("target");
    if (!shouldReport(Ref->getBeginLoc(), SM))
      return;
    diagnoseReference(Ref, Target, Ctx);
    return;
  }

  if (const auto *ULE = Result.Nodes.getNodeAs<UnresolvedLookupExpr>(
          "unresolved")) {
    if (!shouldReport(ULE->getBeginLoc(), SM))
      return;
    diag(SM.getFileLoc(ULE->getBeginLoc()),
         "direct environment access through '%0'%1")
        << ULE->getName().getAsString()
        << accessorClause(accessor(Ctx).Spelling);
    noteAccessor(Ctx);
    return;
  }

  if (const auto *Envp = Result.Nodes.getNodeAs<ParmVarDecl>("envp")) {
    if (!shouldReport(Envp->getLocation(), SM))
      return;
    const std::string &Spelling = accessor(Ctx).Spelling;
    diag(Envp->getLocation(),
         "'main' takes the environment as a third parameter%select{| '%1'}0; "
         "read it through %select{a designated accessor|the designated "
         "accessor '%3'}2 instead")
        << !Envp->getName().empty() << Envp->getName() << !Spelling.empty()
        << StringRef(Spelling).ltrim(':');
    noteAccessor(Ctx);
    return;
  }

  if (const auto *Path = Result.Nodes.getNodeAs<StringLiteral>("path")) {
    if (Path->getCharByteWidth() != 1 || !isProcEnvironPath(Path->getString()))
      return;
    if (!shouldReport(Path->getBeginLoc(), SM))
      return;
    diag(SM.getFileLoc(Path->getBeginLoc()), "reading '%0'%1")
        << Path->getString() << accessorClause(accessor(Ctx).Spelling);
    noteAccessor(Ctx);
  }
}

} // namespace clang::tidy::ssot
