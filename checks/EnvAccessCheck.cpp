//===--- EnvAccessCheck.cpp - ssot-env-access ------------------------------===//
#include "checks/EnvAccessCheck.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/OptionErrors.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/analysis/SourceRanges.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
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
      FingerprintDirectory(::ssot::resolveOptionPath(
          *Context, Name, FingerprintDirectoryOption,
          Options.get(FingerprintDirectoryOption, ""))),
      RawRecordSignatures(Options.get(RecordSignaturesOption, "false").str()),
      Inserter(Options.getLocalOrGlobal(IncludeStyleOption,
                                        utils::IncludeSorter::IS_LLVM),
               areDiagsSelfContained()) {
  std::string Error;
  // Errors, not warnings (lib/analysis/OptionErrors.h).
  const ::ssot::OptionErrors Errors(*Context, Name);
  // One name or a layer of them, "::cfg::env;::cfg::has;::cfg::Env": the
  // first function the fix-it can call is the one it writes.
  if (!::ssot::forEachQualifiedName(RawAccessor, Error, [&](StringRef Name) {
        Accessors.push_back(::ssot::fullyQualified(Name));
        AccessorSpellings.push_back(Name.str());
      })) {
    Accessors.clear();
    AccessorSpellings.clear();
    Errors.invalid(
        AccessorOption,
        "expected a qualified function name such as '::cfg::env', or a "
        "';'-separated list of qualified names of functions, classes and "
        "namespaces (" +
            Error + ")",
        RawAccessor);
  }
  if (!RawAccessorHeader.empty()) {
    if (auto Header = ::ssot::parseHeader(RawAccessorHeader, Error))
      AccessorHeader = std::move(*Header);
    else
      Errors.invalid(AccessorHeaderOption, Error, RawAccessorHeader);
  }
  AllowedFiles = Errors.readRegex(AllowedFilesOption, RawAllowedFiles);
  if (auto Names =
          ::ssot::parseQualifiedNameList(RawAdditionalFunctions, Error))
    AdditionalFunctions = std::move(*Names);
  else
    Errors.invalid(AdditionalFunctionsOption, Error, RawAdditionalFunctions);
  RecordSignatures = Errors.readRecordSwitch(
      RecordSignaturesOption, RawRecordSignatures, FingerprintDirectoryOption,
      FingerprintDirectory);
}

void EnvAccessCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, AccessorOption, RawAccessor);
  Options.store(Opts, AccessorHeaderOption, RawAccessorHeader);
  Options.store(Opts, IncludeStyleOption, Inserter.getStyle());
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
  Options.store(Opts, AdditionalFunctionsOption, RawAdditionalFunctions);
  Options.store(Opts, FingerprintDirectoryOption, FingerprintDirectory);
  Options.store(Opts, RecordSignaturesOption, RawRecordSignatures);
}

void EnvAccessCheck::registerPPCallbacks(const SourceManager &SM,
                                         Preprocessor *PP,
                                         Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
  this->PP = PP;
  FixHeaders.clear();
  Includes.clear();
  PP->addPPCallbacks(Includes.recorder(SM));
}

// The unqualified names of everything flagged, as identifiers of the
// translation unit being matched. Comparing identifier pointers is the
// cheapest first test a matcher can make; each name is looked up once per
// translation unit (through the AST reader's table in clangd, so the pointer
// is the one the preamble's declarations carry).
struct EnvAccessCheck::NameGate {
  std::vector<std::string> Names;

  void reset() {
    Ctx = nullptr;
    Identifiers.clear();
  }
  bool contains(const IdentifierInfo *II, ASTContext &Current) {
    if (&Current != Ctx)
      resolve(Current);
    return II && Identifiers.contains(II);
  }

private:
  LLVM_ATTRIBUTE_NOINLINE void resolve(ASTContext &Current) {
    reset();
    Ctx = &Current;
    for (const std::string &Name : Names)
      Identifiers.insert(&Current.Idents.get(Name));
  }

  const ASTContext *Ctx = nullptr;
  llvm::DenseSet<const IdentifierInfo *> Identifiers;
};

void EnvAccessCheck::onStartOfTranslationUnit() {
  CachedAccessor.reset();
  Considered.clear();
  Parents.reset();
  if (Gate)
    Gate->reset();
}

// "/proc/self/environ", "/proc/1234/environ", "/proc/thread-self/environ".
static bool isProcEnvironPath(StringRef S) {
  if (!S.consume_front("/proc/") || !S.consume_back("/environ"))
    return false;
  return S == "self" || S == "thread-self" ||
         (!S.empty() && llvm::all_of(S, llvm::isDigit));
}

// The reads whose `getenv(Name)` can become `Accessor(Name)`: ::getenv (which
// std::getenv is) and ::secure_getenv. Like hasName("::getenv"), the global
// namespace is reached through extern "C" blocks and inline namespaces.
static bool isReader(const FunctionDecl *FD) {
  const IdentifierInfo *II = FD->getIdentifier();
  if (!II || !(II->isStr("getenv") || II->isStr("secure_getenv")))
    return false;
  const DeclContext *DC = FD->getDeclContext();
  while (DC->isTransparentContext() || DC->isInlineNamespace())
    DC = DC->getParent();
  return DC->isTranslationUnit();
}

// Whether \p D is named by one of \p Accessors. Compares the cheap
// unqualified name first.
static bool isNamedAccessor(const NamedDecl *D,
                            llvm::ArrayRef<std::string> Accessors) {
  if (Accessors.empty() || !D->getDeclName().isIdentifier())
    return false;
  StringRef Name = D->getName();
  std::string Qualified;
  for (const std::string &Accessor : Accessors) {
    if (!StringRef(Accessor).ends_with(Name) ||
        !StringRef(Accessor).drop_back(Name.size()).ends_with("::"))
      continue;
    // A reader in an unnamed namespace is named from the enclosing one.
    if (Qualified.empty())
      Qualified = ::ssot::optionSpelling(D);
    if (Qualified == Accessor)
      return true;
  }
  return false;
}

// Whether \p FD belongs to the accessor layer: it, or a class or namespace
// around it, is annotated as an accessor or named by the Accessor option; or
// it overrides a function of the layer (an environment backend's override of
// the designated virtual reader is that reader).
static bool isEnvAccessor(const FunctionDecl *FD,
                          llvm::ArrayRef<std::string> Accessors) {
  if (::ssot::hasSSOTAnnotation(FD, EnvAccessCheck::AccessorAnnotation) ||
      isNamedAccessor(FD, Accessors))
    return true;
  for (const DeclContext *DC = FD->getDeclContext();
       DC && !DC->isTranslationUnit(); DC = DC->getParent()) {
    if (!isa<NamespaceDecl, CXXRecordDecl>(DC))
      continue;
    const auto *Scope = cast<NamedDecl>(DC);
    if ((::ssot::hasSSOTAnnotation(Scope, EnvAccessCheck::AccessorAnnotation) ||
         isNamedAccessor(Scope, Accessors)))
      return true;
  }
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    return llvm::any_of(MD->overridden_methods(),
                        [&](const CXXMethodDecl *Base) {
                          return isEnvAccessor(Base, Accessors);
                        });
  return false;
}

namespace {
using Gate = std::shared_ptr<EnvAccessCheck::NameGate>;
using NamedDeclMatcher = ast_matchers::internal::Matcher<NamedDecl>;

// The match finder's cost is per node and registered matcher, paid again for
// every inner matcher of a composite (`declRefExpr(a, b)` runs three), and
// references are the commonest nodes there are. So each node kind gets one
// matcher that does all its tests in C++, the cheapest first, and asks the
// generic name matchers only about the few nodes that pass.

// getenv("X"), &getenv, std::getenv, environ[i], a call through a
// using-declaration: every reference names the declaration directly.
AST_MATCHER_P2(DeclRefExpr, refersToEnvironment, Gate, Names,
               NamedDeclMatcher, Target) {
  if (!Names->contains(Node.getDecl()->getIdentifier(),
                       Finder->getASTContext()) ||
      !Target.matches(*Node.getDecl(), Finder, Builder))
    return false;
  return !::ssot::isExpandedInSystemHeader(
      Node.getBeginLoc(), Finder->getASTContext().getSourceManager());
}

// getenv(T::name()) in a template that is never instantiated is still an
// unresolved name; instantiated ones are reported through their DeclRefExpr.
AST_MATCHER_P2(UnresolvedLookupExpr, mayCallEnvFunction, Gate, Names,
               NamedDeclMatcher, Function) {
  if (!Names->contains(Node.getName().getAsIdentifierInfo(),
                       Finder->getASTContext()))
    return false;
  for (const NamedDecl *D : Node.decls()) {
    ast_matchers::internal::BoundNodesTreeBuilder Result(*Builder);
    if (Function.matches(*D, Finder, &Result)) {
      *Builder = std::move(Result);
      return true;
    }
  }
  return false;
}

// int main(int argc, char **argv, char **envp): binds "envp".
AST_MATCHER(FunctionDecl, takesEnvironment) {
  const IdentifierInfo *II = Node.getIdentifier();
  if (!II || !II->isStr("main") || !Node.isMain() ||
      !Node.isThisDeclarationADefinition() || Node.getNumParams() < 3)
    return false;
  Builder->setBinding("envp", DynTypedNode::create(*Node.getParamDecl(2)));
  return true;
}

// fopen("/proc/self/environ", "r")
AST_MATCHER(StringLiteral, isProcEnvironLiteral) {
  return Node.getCharByteWidth() == 1 && isProcEnvironPath(Node.getString());
}
} // namespace

void EnvAccessCheck::registerMatchers(MatchFinder *Finder) {
  std::vector<llvm::StringRef> Functions(std::begin(EnvFunctions),
                                         std::end(EnvFunctions));
  for (const std::string &Name : AdditionalFunctions)
    Functions.push_back(Name);
  Gate = std::make_shared<NameGate>();
  auto AddName = [&](StringRef Name) {
    StringRef Last = Name.rsplit("::").second;
    Gate->Names.push_back((Last.empty() ? Name : Last).str());
  };
  llvm::for_each(Functions, AddName);
  llvm::for_each(EnvVariables, AddName);
  auto EnvFunction = functionDecl(hasAnyName(Functions));
  auto EnvVariable =
      varDecl(hasAnyName(std::vector<llvm::StringRef>(std::begin(EnvVariables),
                                                      std::end(EnvVariables))),
              hasGlobalStorage());
  // What a fix needs to know about a reference's surroundings (is it the
  // callee of a one-argument read, is the read's result converted, is it
  // inside the accessor) is worked out in check() for the few references
  // reported, not recorded by matchers on every call and conversion.
  Finder->addMatcher(
      declRefExpr(refersToEnvironment(
                      Gate, namedDecl(anyOf(EnvFunction, EnvVariable))
                                .bind("target")))
          .bind("ref"),
      this);
  Finder->addMatcher(
      unresolvedLookupExpr(
          mayCallEnvFunction(Gate, namedDecl(EnvFunction).bind("target")))
          .bind("unresolved"),
      this);
  Finder->addMatcher(functionDecl(takesEnvironment()).bind("main"), this);
  Finder->addMatcher(stringLiteral(isProcEnvironLiteral()).bind("path"), this);
  // A recording run writes the signatures of the accessors this unit's
  // headers declare, whether or not the unit reads the environment.
  if (RecordSignatures)
    Finder->addMatcher(translationUnitDecl().bind("unit"), this);
}

::ssot::LocalParents &EnvAccessCheck::parents(ASTContext &Ctx) {
  if (!Parents)
    Parents.emplace(Ctx);
  return *Parents;
}

bool EnvAccessCheck::isAllowedLocation(SourceLocation Loc,
                                       const SourceManager &SM) const {
  if (!AllowedFiles)
    return false;
  StringRef File = SM.getFilename(SM.getExpansionLoc(Loc));
  return !File.empty() && AllowedFiles->match(File);
}

// The accessor layer is the one place allowed to touch the environment: any
// definition of one of its functions written around Loc.
bool EnvAccessCheck::isInsideAccessor(SourceLocation Loc, ASTContext &Ctx) {
  return llvm::any_of(parents(Ctx).enclosingDecls(Loc), [&](const Decl *D) {
    const auto *FD = dyn_cast<FunctionDecl>(D);
    return FD && FD->isThisDeclarationADefinition() &&
           isEnvAccessor(FD, Accessors);
  });
}

// Each location is decided once: a template's instantiations repeat it.
bool EnvAccessCheck::shouldReport(SourceLocation Loc, ASTContext &Ctx) {
  if (!Considered.insert(Loc.getRawEncoding()).second)
    return false;
  return !isAllowedLocation(Loc, Ctx.getSourceManager()) &&
         !isInsideAccessor(Loc, Ctx);
}

// The one-argument read `getenv(Name)` whose callee \p Ref is, if any.
const CallExpr *EnvAccessCheck::readerCall(const DeclRefExpr *Ref,
                                           ASTContext &Ctx) {
  const auto *FD = dyn_cast<FunctionDecl>(Ref->getDecl());
  if (!FD || !isReader(FD))
    return nullptr;
  // Up through the implicit casts of the callee (the decay to a pointer), as
  // ignoringImpCasts: `(getenv)(Name)` is left as written.
  ::ssot::LocalParents &P = parents(Ctx);
  const Stmt *Above = P.parent(*Ref).get<Stmt>();
  while (isa_and_nonnull<ImplicitCastExpr, FullExpr>(Above))
    Above = P.parent(*Above).get<Stmt>();
  const auto *Call = dyn_cast_or_null<CallExpr>(Above);
  if (!Call || Call->getNumArgs() != 1 ||
      Call->getCallee()->IgnoreImpCasts() != Ref)
    return nullptr;
  return Call;
}

// Whether the read's `char *` is converted (to `const char *`, to bool, to a
// std::string), compared, or passed to `...`:
//   const char *P = getenv("X");  if (getenv("X"))  printf("%s", getenv("X"))
//   getenv("X") != nullptr
bool EnvAccessCheck::isConvertedRead(const CallExpr *Call, ASTContext &Ctx) {
  ::ssot::LocalParents &P = parents(Ctx);
  const Stmt *Above = P.parent(*Call).get<Stmt>();
  while (const auto *E = dyn_cast_or_null<Expr>(Above)) {
    if (E->IgnoreParens() != Call)
      break;
    Above = P.parent(*E).get<Stmt>();
  }
  if (const auto *Cast = dyn_cast_or_null<ImplicitCastExpr>(Above))
    return Cast->getSubExpr()->IgnoreParens() == Call;
  // getenv("X") != nullptr, getenv("X") == Other: a `const char *` compares
  // as well.
  if (const auto *Compare = dyn_cast_or_null<BinaryOperator>(Above))
    return Compare->isComparisonOp();
  const auto *Outer = dyn_cast_or_null<CallExpr>(Above);
  const auto *Callee =
      Outer ? dyn_cast_or_null<FunctionDecl>(Outer->getCalleeDecl()) : nullptr;
  return Callee && Callee->isVariadic() &&
         llvm::any_of(Outer->children(), [&](const Stmt *Child) {
           const auto *Arg = dyn_cast_or_null<Expr>(Child);
           return Arg && Arg->IgnoreParens() == Call;
         });
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

// The functions annotated as accessors, directly or through an annotated
// class or namespace around them, in declaration order, searched through the
// namespaces and classes of the program (not those of the implementation).
// Asked only once a diagnostic needs the accessor's name.
static void findAnnotatedAccessors(const DeclContext *DC, bool Annotated,
                                   llvm::SmallVectorImpl<const FunctionDecl *> &Out) {
  for (const Decl *D : DC->decls()) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (Annotated ||
          ::ssot::hasSSOTAnnotation(FD, EnvAccessCheck::AccessorAnnotation))
        Out.push_back(FD);
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
      findAnnotatedAccessors(
          Inner,
          Annotated || (isa<NamespaceDecl, CXXRecordDecl>(Inner) &&
                        ::ssot::hasSSOTAnnotation(
                            cast<Decl>(Inner), EnvAccessCheck::AccessorAnnotation)),
          Out);
  }
}

// The functions named \p Name, as the fix-it would call them.
static llvm::SmallVector<const FunctionDecl *, 2>
functionsNamed(ASTContext &Ctx, StringRef Name) {
  llvm::SmallVector<const FunctionDecl *, 2> Functions;
  for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, Name))
    if (const FunctionDecl *FD = D->getAsFunction())
      Functions.push_back(FD);
  return Functions;
}

const EnvAccessCheck::AccessorInfo &EnvAccessCheck::accessor(ASTContext &Ctx) {
  if (CachedAccessor)
    return *CachedAccessor;
  AccessorInfo Info;
  if (!Accessors.empty()) {
    // The fix spells each reader as the user configured it. A class or
    // namespace in the list exempts its members but is not called.
    for (auto [Name, Spelling] : llvm::zip(Accessors, AccessorSpellings))
      Info.Readers.push_back({Spelling, functionsNamed(Ctx, Name), {}, {}});
  } else {
    llvm::SmallVector<const FunctionDecl *, 4> Annotated;
    findAnnotatedAccessors(Ctx.getTranslationUnitDecl(), false, Annotated);
    llvm::StringSet<> Seen;
    for (const FunctionDecl *FD : Annotated) {
      std::string Name = FD->getQualifiedNameAsString();
      if (!Seen.insert(Name).second)
        continue;
      Reader R{Name, functionsNamed(Ctx, Name), {}, {}};
      if (R.Overloads.empty())
        R.Overloads.push_back(FD);
      Info.Readers.push_back(std::move(R));
    }
  }
  readRecordedSignatures(Info, Ctx);
  CachedAccessor = std::move(Info);
  return *CachedAccessor;
}

// The records of the readers this unit does not declare, when there is a
// directory to read them from; a stale record is not used, and says why.
// Where nothing designates an accessor in this unit (no option, no annotated
// declaration it sees), the readers are those recorded as annotated: a unit
// that does not include the accessor's header still knows the layer.
void EnvAccessCheck::readRecordedSignatures(AccessorInfo &Info,
                                            ASTContext &Ctx) {
  const bool FromAnnotations = Accessors.empty() && Info.Readers.empty();
  if (FingerprintDirectory.empty() ||
      (!FromAnnotations &&
       llvm::none_of(Info.Readers,
                     [](const Reader &R) { return R.Overloads.empty(); })) ||
      !llvm::sys::fs::is_directory(FingerprintDirectory))
    return;
  auto ReportErrors = [&](llvm::ArrayRef<std::string> Errors) {
    for (const std::string &Error : Errors)
      configurationDiag("cannot use the signature record %0; re-record the "
                        "accessor (option '%1')")
          << Error << RecordSignaturesOption;
  };
  std::vector<std::string> Errors;
  if (FromAnnotations) {
    // One reader per recorded name, in name order.
    for (::ssot::RecordedFunction &F : ::ssot::readCurrentAnnotatedSignatures(
             FingerprintDirectory, AccessorAnnotation, RecordSignaturesOption,
             Errors))
      Info.Readers.push_back({StringRef(F.Name).ltrim(':').str(),
                              {},
                              std::move(F.Records),
                              std::move(F.Stale)});
    ReportErrors(Errors);
    return;
  }
  for (Reader &R : Info.Readers) {
    if (!R.Overloads.empty())
      continue;
    R.Recorded = ::ssot::readCurrentSignatures(
        FingerprintDirectory, ::ssot::fullyQualified(R.Spelling),
        RecordSignaturesOption, Errors, R.Unrecorded);
  }
  ReportErrors(Errors);
}

// A unit that sees the accessors' declarations records their signatures for
// the units that do not (a declaration written in the main file is not
// recordable: no other unit includes it).
void EnvAccessCheck::recordSignatures(ASTContext &Ctx) {
  for (const Reader &R : accessor(Ctx).Readers)
    for (const FunctionDecl *FD : R.Overloads) {
      std::string Why;
      std::optional<::ssot::SignatureRecord> Record =
          ::ssot::recordSignature(FD->getFirstDecl(), Ctx, Why);
      if (!Record)
        continue;
      // Annotated readers are found by their annotation where the unit sees
      // none of them; named ones by the name in the option.
      if (Accessors.empty())
        Record->Annotation = AccessorAnnotation.str();
      std::string Error;
      if (!::ssot::writeSignature(FingerprintDirectory, *Record, Error))
        configurationDiag("cannot record the signature of accessor '%0': %1",
                          DiagnosticIDs::Error)
            << R.Spelling << Error;
    }
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

// The constness of the characters getenv(Arg)'s argument points to; none if
// it is not a pointer to (or array of) `char`.
static std::optional<bool> argumentConstness(const Expr *Arg) {
  QualType A = Arg->IgnoreParenImpCasts()->getType().getCanonicalType();
  QualType APointee;
  if (const auto *AT = A->getAsArrayTypeUnsafe())
    APointee = AT->getElementType();
  else if (A->isPointerType())
    APointee = A->getPointeeType();
  if (APointee.isNull() || !APointee->isCharType())
    return std::nullopt;
  return APointee.isConstQualified();
}

// Whether the argument of getenv(Arg) can initialize parameter \p Param.
static bool acceptsNameArgument(QualType Param, const Expr *Arg) {
  QualType P = Param.getNonReferenceType().getCanonicalType();
  std::optional<bool> ArgConst = argumentConstness(Arg);
  if (!ArgConst)
    return false;
  if (P->isPointerType())
    return P->getPointeeType()->isCharType() &&
           (P->getPointeeType().isConstQualified() || !*ArgConst);
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

// Whether a result pointing to characters of this constness (none: not a
// character pointer) can stand where getenv's `char *` stood.
static bool acceptsResult(std::optional<bool> ResultConst,
                          bool ResultConverted) {
  if (!ResultConst)
    return false;
  // A `const char *` result works wherever the `char *` was converted
  // (to `const char *`, to bool, to a std::string) or passed to `...`; not
  // where the code keeps it as a mutable `char *`.
  return !*ResultConst || ResultConverted;
}

static std::optional<bool> resultConstness(QualType Result) {
  QualType R = Result.getCanonicalType();
  if (!R->isPointerType() || !R->getPointeeType()->isCharType())
    return std::nullopt;
  return R->getPointeeType().isConstQualified();
}

namespace {
// What deciding a fix needs to know of one overload of a reader, from its
// declaration in this unit or from its recorded signature: the same rules
// apply to both.
struct OverloadFit {
  bool Template = false;
  bool CallableByName = true; // not a member that needs an object or access
  unsigned MinArgs = 0;
  unsigned NumParams = 0;
  bool Variadic = false;
  bool TakesName = false;     // its first parameter accepts the argument
  std::string NameProblem;    // why that cannot be told, if it cannot
  bool ResultFits = false;
  std::string Result;         // its result type as the note spells it
};
} // namespace

static OverloadFit fitOf(const FunctionDecl *FD, const CallExpr *Call,
                         bool ResultConverted, const PrintingPolicy &Policy) {
  OverloadFit Fit;
  Fit.Template = FD->isTemplated();
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    Fit.CallableByName = MD->isStatic() && MD->getAccess() == AS_public;
  Fit.MinArgs = FD->getMinRequiredArguments();
  Fit.NumParams = FD->getNumParams();
  Fit.Variadic = FD->isVariadic();
  Fit.TakesName = Fit.NumParams >= 1 &&
                  acceptsNameArgument(FD->getParamDecl(0)->getType(),
                                      Call->getArg(0));
  Fit.ResultFits =
      acceptsResult(resultConstness(FD->getReturnType()), ResultConverted);
  Fit.Result = FD->getReturnType().getAsString(Policy);
  return Fit;
}

// The same from a record. Its types are text: a character pointer is told
// from its spelling; a class parameter (std::string) would need the class's
// constructors, which this unit may not have, so it is not guessed.
static OverloadFit fitOf(const ::ssot::SignatureRecord &R, const CallExpr *Call,
                         bool ResultConverted) {
  OverloadFit Fit;
  Fit.Template = R.Kind == "template";
  Fit.CallableByName = R.callableByName();
  Fit.MinArgs = R.MinArgs;
  Fit.NumParams = R.Params.size();
  Fit.Variadic = R.Variadic;
  if (!R.Params.empty()) {
    std::optional<bool> ParamConst =
        ::ssot::charPointerConstness(R.Params.front());
    std::optional<bool> ArgConst = argumentConstness(Call->getArg(0));
    Fit.TakesName = ParamConst && ArgConst && (*ParamConst || !*ArgConst);
    if (!ParamConst && ArgConst)
      Fit.NameProblem = "its recorded parameter type '" + R.Params.front() +
                        "' is not a character pointer, and nothing but one "
                        "is checked without its declaration";
  }
  Fit.ResultFits =
      acceptsResult(::ssot::charPointerConstness(R.Result), ResultConverted);
  Fit.Result = R.Result;
  return Fit;
}

// Why no overload of the accessor can replace `getenv(Arg)` here, or "" if
// one can.
static std::string whyAccessorCannotReplace(llvm::ArrayRef<OverloadFit> Fits) {
  std::string Why = "it does not take a single variable name";
  for (const OverloadFit &Fit : Fits) {
    // A template's arguments may not be deducible from the call; do not guess.
    if (Fit.Template)
      continue;
    // `Class::get(Name)` needs an object unless the member is static.
    if (!Fit.CallableByName) {
      Why = "it is not a public static member function";
      continue;
    }
    if (Fit.MinArgs > 1 || (Fit.NumParams == 0 && !Fit.Variadic))
      continue;
    if (Fit.NumParams >= 1 && !Fit.TakesName) {
      if (!Fit.NameProblem.empty())
        Why = Fit.NameProblem;
      continue;
    }
    if (!Fit.ResultFits) {
      Why = "its result type '" + Fit.Result +
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
        << What << accessorClause(Acc.spelling());
    noteAccessor(Ctx);
    return;
  }

  // Is this the callee of a one-argument read that a reader of the layer can
  // replace? Asked only here, about a reference being reported, and only when
  // there is an accessor to offer.
  const CallExpr *Call =
      Acc.Readers.empty() ? nullptr : readerCall(Ref, Ctx);

  // Decide on the fix before emitting anything: a diagnostic's notes must
  // follow it, and a fix is offered only where a declaration of the reader
  // in this translation unit shows that the rewritten call compiles.
  const Reader *Chosen = nullptr;
  const Reader *Explained = nullptr; // the reader the note is about
  std::string NoFix;
  std::string Header = AccessorHeader; // what the fix includes
  bool InsertHeader = false;
  if (Call) {
    // Only rewrite text the user wrote at this spot, never a macro body that
    // other expansions share.
    SourceRange Callee = Call->getCallee()->getSourceRange();
    if (Callee.getBegin().isMacroID() || Callee.getEnd().isMacroID() ||
        Call->getRParenLoc().isMacroID()) {
      NoFix = "the call is written inside a macro";
    } else {
      const bool Converted = isConvertedRead(Call, Ctx);
      std::string InC;
      for (const Reader &R : Acc.Readers) {
        if (!Ctx.getLangOpts().CPlusPlus &&
            StringRef(R.Spelling).ltrim(':').contains("::")) {
          if (InC.empty())
            InC = "a qualified name cannot be called from C";
          Explained = Explained ? Explained : &R;
          continue;
        }
        // The overloads declared here, else those recorded (a record
        // stands in for the declaration a unit does not include).
        llvm::SmallVector<OverloadFit, 2> Fits;
        for (const FunctionDecl *FD : R.Overloads)
          Fits.push_back(fitOf(FD, Call, Converted, Ctx.getPrintingPolicy()));
        if (R.Overloads.empty()) {
          if (!R.Unrecorded.empty() && NoFix.empty()) {
            NoFix = R.Unrecorded;
            Explained = &R;
          }
          for (const ::ssot::SignatureRecord &Record : R.Recorded)
            Fits.push_back(fitOf(Record, Call, Converted));
        }
        if (Fits.empty())
          continue;
        std::string Why = whyAccessorCannotReplace(Fits);
        if (Why.empty()) {
          Chosen = &R;
          break;
        }
        if (NoFix.empty()) {
          NoFix = std::move(Why);
          if (R.Overloads.empty())
            NoFix += " (as recorded from '" + R.Recorded.front().File + "')";
          Explained = &R;
        }
      }
      if (Chosen) {
        NoFix.clear();
        Explained = Chosen;
        // The include is inserted only where the reader is not declared yet
        // when the call is reached.
        InsertHeader = llvm::none_of(Chosen->Overloads, [&](const FunctionDecl *FD) {
          return SM.isBeforeInTranslationUnit(FD->getLocation(),
                                              Call->getBeginLoc());
        });
        // A reader declared in this unit only after the call: its header,
        // included at the top of the call's file, must bring it there (not
        // into that header itself, nor into a header it includes first).
        const SourceLocation ReaderAt =
            Chosen->Overloads.empty()
                ? SourceLocation()
                : SM.getExpansionLoc(Chosen->Overloads.front()->getLocation());
        if (InsertHeader && !Chosen->Overloads.empty() &&
            !::ssot::includeMakesVisible(
                SM.getFileID(ReaderAt),
                SM.getFileID(SM.getExpansionLoc(Call->getBeginLoc())), SM,
                &Includes, SM.getFileOffset(ReaderAt))) {
          NoFix = "it is declared only after this call";
          Chosen = nullptr;
        }
        // A recorded reader's header is the one its record names, unless
        // the user said which header to include.
        if (Chosen && InsertHeader && Header.empty() &&
            Chosen->Overloads.empty())
          Header = ::ssot::includeSpelling(Chosen->Recorded.front().File, SM,
                                           PP);
        if (Chosen && InsertHeader && Header.empty()) {
          NoFix = Chosen->Overloads.empty()
                      ? "its recorded header '" +
                            Chosen->Recorded.front().File +
                            "' cannot be found here (set option '" +
                            AccessorHeaderOption.str() + "')"
                      : "it is declared only after this call";
          Chosen = nullptr;
        }
      } else if (NoFix.empty() && !InC.empty()) {
        NoFix = std::move(InC);
      }
    }
  }
  std::optional<FixItHint> Include;
  const FileID Fixed =
      Chosen ? SM.getFileID(SM.getExpansionLoc(Call->getBeginLoc())) : FileID();
  // The header included may not be the reader's own ('AccessorHeader', an
  // umbrella): where it includes the call's file, the include is a cycle,
  // which brings the reader there only if this file is entered first.
  if (Chosen && InsertHeader) {
    const OptionalFileEntryRef Declaring =
        Chosen->Overloads.empty()
            ? std::nullopt
            : SM.getFileEntryRefForID(SM.getFileID(SM.getExpansionLoc(
                  Chosen->Overloads.front()->getLocation())));
    NoFix =
        ::ssot::whyIncludeIsCycle(Header, Fixed, SM, PP, Includes, Declaring);
    if (!NoFix.empty())
      Chosen = nullptr;
  }
  if (Chosen && InsertHeader) {
    Include = Inserter.createIncludeInsertion(Fixed, Header);
    // The include must land above the call: no insertion (and none by an
    // earlier fix) means the file includes the header already, below the
    // call (or it does not declare the reader); and the inserter sorts an
    // include among the file's own, maybe below the call.
    NoFix = FixHeaders.whyNotAbove(Fixed, Header, Include, Call->getBeginLoc(),
                                   "call", Chosen->Overloads.empty(), SM);
    if (!NoFix.empty())
      Chosen = nullptr;
  }

  {
    auto Diag = diag(SM.getFileLoc(Loc),
                     "direct environment access through '%0'%1")
                << What << accessorClause(Acc.spelling());
    if (Chosen) {
      // C has no scope operator: "::env" is written "env" there.
      StringRef Spelling = Chosen->Spelling;
      if (!Ctx.getLangOpts().CPlusPlus)
        Spelling = Spelling.ltrim(':');
      Diag << FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(Call->getCallee()->getSourceRange()),
          Spelling);
      if (Include)
        Diag << *Include;
    }
  } // the diagnostic is emitted here, before its notes
  // Why there is no fix is said at the call; the declaration that explains it
  // gets its own note.
  if (Call && !Chosen) {
    const Reader &About = Explained ? *Explained : Acc.Readers.front();
    StringRef Name = StringRef(About.Spelling).ltrim(':');
    if (!NoFix.empty())
      diag(SM.getFileLoc(Loc), "no fix-it: '%0' cannot replace this call: %1",
           DiagnosticIDs::Note)
          << Name << NoFix;
    else
      diag(SM.getFileLoc(Loc),
           "no fix-it: the accessor '%0' is not declared in this translation "
           "unit%select{|; include %2}1",
           DiagnosticIDs::Note)
          << Name << !AccessorHeader.empty()
          << (StringRef(AccessorHeader).starts_with("<")
                  ? AccessorHeader
                  : "'" + AccessorHeader + "'");
  }
  if (Explained && !Explained->Overloads.empty())
    diag(Explained->Overloads.front()->getLocation(),
         "designated accessor declared here", DiagnosticIDs::Note);
  else
    noteAccessor(Ctx);
}

void EnvAccessCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  const SourceManager &SM = *Result.SourceManager;

  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("unit")) {
    recordSignatures(Ctx);
    return;
  }

  if (const auto *Ref = Result.Nodes.getNodeAs<DeclRefExpr>("ref")) {
    const auto *Target = Result.Nodes.getNodeAs<NamedDecl>("target");
    if (!shouldReport(Ref->getBeginLoc(), Ctx))
      return;
    diagnoseReference(Ref, Target, Ctx);
    return;
  }

  if (const auto *ULE = Result.Nodes.getNodeAs<UnresolvedLookupExpr>(
          "unresolved")) {
    if (!shouldReport(ULE->getBeginLoc(), Ctx))
      return;
    diag(SM.getFileLoc(ULE->getBeginLoc()),
         "direct environment access through '%0'%1")
        << ULE->getName().getAsString()
        << accessorClause(accessor(Ctx).spelling());
    noteAccessor(Ctx);
    return;
  }

  if (const auto *Envp = Result.Nodes.getNodeAs<ParmVarDecl>("envp")) {
    if (!shouldReport(Envp->getLocation(), Ctx))
      return;
    StringRef Spelling = accessor(Ctx).spelling();
    diag(Envp->getLocation(),
         "'main' takes the environment as a third parameter%select{| '%1'}0; "
         "read it through %select{a designated accessor|the designated "
         "accessor '%3'}2 instead")
        << !Envp->getName().empty() << Envp->getName() << !Spelling.empty()
        << Spelling.ltrim(':');
    noteAccessor(Ctx);
    return;
  }

  if (const auto *Path = Result.Nodes.getNodeAs<StringLiteral>("path")) {
    if (!shouldReport(Path->getBeginLoc(), Ctx))
      return;
    diag(SM.getFileLoc(Path->getBeginLoc()), "reading '%0'%1")
        << Path->getString() << accessorClause(accessor(Ctx).spelling());
    noteAccessor(Ctx);
  }
}

} // namespace clang::tidy::ssot
