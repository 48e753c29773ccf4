//===--- FactoryConstructionCheck.cpp - ssot-factory-construction ---------===//
#include "checks/FactoryConstructionCheck.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/Implementation.h"
#include "lib/analysis/IncludeSpelling.h"
#include "lib/analysis/OptionErrors.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/analysis/SignatureRecord.h"
#include "lib/analysis/SourceRanges.h"
#include "lib/analysis/UnusedObject.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/CharInfo.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/Support/FileSystem.h"

using namespace clang::ast_matchers;

namespace clang::tidy::ssot {

// Library functions that construct the object named by their first template
// argument from the rest of their arguments.
static constexpr llvm::StringLiteral Creators[] = {
    "::std::make_unique",    "::std::make_unique_for_overwrite",
    "::std::make_shared",    "::std::make_shared_for_overwrite",
    "::std::allocate_shared", "::std::allocate_shared_for_overwrite",
    "::std::make_optional",  "::std::make_any",
    "::std::construct_at"};

// Members of std containers and wrappers that construct an element in place.
static constexpr llvm::StringLiteral Emplacers[] = {
    "emplace", "emplace_back", "emplace_front", "emplace_hint", "try_emplace"};

// Parses "::a::B=::a::BFactory::create;::c::D=::c::Pool|::c::make"; a class
// is named once, with every factory it has ("::c::Pool|::c::make", each
// fully qualified; parseQualifiedNamePairs refuses a class named twice).
static bool parseFactories(StringRef Value, llvm::StringMap<std::string> &Out,
                           std::string &Error) {
  auto Pairs = ::ssot::parseQualifiedNamePairs(
      Value, "Class=Factory", Error, /*Alternatives=*/true);
  if (!Pairs)
    return false;
  for (::ssot::QualifiedNamePair &Pair : *Pairs)
    Out.try_emplace(Pair.Key, std::move(Pair.Value));
  return true;
}

FactoryConstructionCheck::FactoryConstructionCheck(StringRef Name,
                                                   ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawFactories(Options.get(FactoriesOption, "").str()),
      RawAllowedFiles(Options.get(AllowedFilesOption, "").str()),
      RawAllowCopies(Options.get(AllowCopiesOption, "true").str()),
      RawFlagBaseInitializers(
          Options.get(FlagBaseInitializersOption, "false").str()),
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
  AllowCopies = Errors.readBool(AllowCopiesOption, RawAllowCopies, AllowCopies);
  FlagBaseInitializers =
      Errors.readBool(FlagBaseInitializersOption, RawFlagBaseInitializers,
                      FlagBaseInitializers);
  llvm::StringMap<std::string> Parsed;
  if (parseFactories(RawFactories, Parsed, Error)) {
    Factories = std::move(Parsed);
    for (const auto &Entry : Factories)
      ClassNames.insert(StringRef(Entry.getKey()).rsplit("::").second);
  } else {
    Errors.invalid(FactoriesOption, Error, RawFactories);
  }
  AllowedFiles = Errors.readRegex(AllowedFilesOption, RawAllowedFiles);
  RecordSignatures = Errors.readRecordSwitch(
      RecordSignaturesOption, RawRecordSignatures, FingerprintDirectoryOption,
      FingerprintDirectory);
}

void FactoryConstructionCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, FactoriesOption, RawFactories);
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
  Options.store(Opts, AllowCopiesOption, RawAllowCopies);
  Options.store(Opts, FlagBaseInitializersOption, RawFlagBaseInitializers);
  Options.store(Opts, IncludeStyleOption, Inserter.getStyle());
  Options.store(Opts, FingerprintDirectoryOption, FingerprintDirectory);
  Options.store(Opts, RecordSignaturesOption, RawRecordSignatures);
}

void FactoryConstructionCheck::registerPPCallbacks(
    const SourceManager &SM, Preprocessor *PP, Preprocessor *ModuleExpanderPP) {
  Inserter.registerPreprocessor(PP);
  this->PP = PP;
  FixHeaders.clear();
}

void FactoryConstructionCheck::onStartOfTranslationUnit() {
  Designations.clear();
  ResolvedFactories.clear();
  RecordedFactories.clear();
  AliasDesignations.clear();
  AliasKeysResolved = false;
  ClassBodies.clear();
  Reported.clear();
  Handled.clear();
  ImplicitInits.clear();
  Instantiations.clear();
  Parents.reset();
  Bodies.reset();
}

namespace {
// C++20 aggregate initialisation with parentheses has no node matcher.
AST_MATCHER(Stmt, isParenListInit) { return isa<CXXParenListInitExpr>(Node); }
} // namespace

void FactoryConstructionCheck::registerMatchers(MatchFinder *Finder) {
  // Construction that a library template performs is reported at the user's
  // call below, never inside the system header.
  auto InUserCode = unless(isExpansionInSystemHeader());

  // struct Holder { core::Engine E; };  -- no initializer is written, so the
  // constructor that runs one is reported at the member. Constructors are
  // visited before their initializers: no parent map is needed.
  Finder->addMatcher(cxxConstructorDecl(isDefinition(), InUserCode).bind("ctor"),
                     this);
  //   new core::Engine(...)   new (Buf) core::Engine   new core::Engine[2]
  Finder->addMatcher(cxxNewExpr(InUserCode).bind("new"), this);
  //   core::Engine E(...);  core::Engine{...}  return {...};  f({...})
  //   std::optional<core::Engine> O(std::in_place, ...)
  Finder->addMatcher(cxxConstructExpr(InUserCode).bind("construct"), this);
  //   Point P{1, 2};  Point P = {1, 2};  (aggregates)
  Finder->addMatcher(initListExpr(InUserCode).bind("init-list"), this);
  //   Point P(1, 2);  (C++20 aggregates; a matcher on every statement, so
  //   only registered where the form exists)
  if (getLangOpts().CPlusPlus20)
    Finder->addMatcher(stmt(isParenListInit(), InUserCode).bind("paren-list"),
                       this);
  // Code in a template instantiation is shared by every instantiation: a fix
  // right for one may break another. Instantiated definitions are visited
  // before their bodies, and after the template's own (non-dependent) code.
  Finder->addMatcher(
      functionDecl(isDefinition(), ast_matchers::isTemplateInstantiation(),
                   InUserCode)
          .bind("instantiation"),
      this);
  //   std::make_unique<core::Engine>(...)  std::construct_at(P, ...)
  Finder->addMatcher(
      callExpr(InUserCode,
               callee(functionDecl(hasAnyName(std::vector<StringRef>(
                                       std::begin(Creators), std::end(Creators))))
                          .bind("creator")))
          .bind("creator-call"),
      this);
  //   V.emplace_back(...)  M.try_emplace(K, ...)  O.emplace(...)
  Finder->addMatcher(
      cxxMemberCallExpr(
          InUserCode,
          callee(cxxMethodDecl(hasAnyName(std::vector<StringRef>(
                                   std::begin(Emplacers), std::end(Emplacers))),
                               ofClass(isInStdNamespace()))
                     .bind("emplacer")))
          .bind("emplace-call"),
      this);
  // The translation unit itself, once, first: a Factories key that names
  // no class is reported even where nothing is constructed (clangd traverses
  // only the main file's declarations, so there the first match does it).
  // A recording run needs it too, for the factories annotations name.
  if (!Factories.empty() || RecordSignatures)
    Finder->addMatcher(translationUnitDecl().bind("tu"), this);
  //   class SSOT_FACTORY(L"::make") Engine;  -- reported at the annotation
  Finder->addMatcher(cxxRecordDecl(InUserCode, hasAttr(attr::Annotate))
                         .bind("annotated-class"),
                     this);
}

// The factory named for \p RD, fully qualified, or nullptr. Runs on every
// construction, so the cheap identifier comparison comes first and the
// answer is cached per class.
const std::string *
FactoryConstructionCheck::factoryOf(const CXXRecordDecl *RD) {
  if (!RD)
    return nullptr;
  RD = RD->getCanonicalDecl();
  auto [It, Inserted] = Designations.try_emplace(RD);
  if (!Inserted)
    return It->second ? &*It->second : nullptr;
  std::optional<std::string> Factory =
      ::ssot::annotationArgument(RD, FactoryAnnotation, 0);
  if (!Factory)
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      Factory = ::ssot::annotationArgument(
          Spec->getSpecializedTemplate()->getTemplatedDecl(),
          FactoryAnnotation, 0);
  if (!Factory && RD->getIdentifier() &&
      ClassNames.contains(RD->getName())) {
    // A class in an unnamed namespace is named as C++ names it from the
    // enclosing namespace: "::leveldb::LRUCache" for leveldb's
    // `namespace leveldb { namespace { class LRUCache`.
    auto Found = Factories.find(::ssot::optionSpelling(RD));
    if (Found != Factories.end())
      Factory = Found->getValue();
  }
  if (!Factory && !Factories.empty()) {
    resolveAliasKeys(RD->getASTContext());
    auto Found = AliasDesignations.find(RD);
    // A key naming a class template through a using-declaration designates
    // its specializations.
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
        Found == AliasDesignations.end() && Spec)
      Found = AliasDesignations.find(Spec->getSpecializedTemplate()
                                         ->getTemplatedDecl()
                                         ->getCanonicalDecl());
    if (Found != AliasDesignations.end())
      Factory = Found->second;
  }
  std::string Error; // a bad annotation is reported where it is written
  if (Factory)
    Factory = ::ssot::parseAlternatives(*Factory, Error);
  It->second = std::move(Factory);
  return It->second ? &*It->second : nullptr;
}

/// What a Factories key names when it is not a class, for the message.
static StringRef kindOf(const NamedDecl *D) {
  if (isa<FunctionDecl, FunctionTemplateDecl>(D))
    return "a function";
  if (isa<NamespaceDecl, NamespaceAliasDecl>(D))
    return "a namespace";
  if (isa<VarDecl>(D))
    return "a variable";
  if (isa<EnumDecl>(D))
    return "an enumeration";
  if (isa<TypeAliasTemplateDecl>(D))
    return "an alias template";
  return "a declaration of another kind";
}

// A key of Factories may name a type alias (`::std::string`, a project's
// `using Handle = Engine;`): it designates the class the alias names, which
// the name comparison in factoryOf cannot see. Keys are looked up once per
// translation unit, at its start (check, on the translation unit or the first
// match); what a key names there that is not a class, or an alias of
// something other than a class, is a configuration error. A key not declared
// in this translation unit designates nothing here and is no error.
void FactoryConstructionCheck::resolveAliasKeys(ASTContext &Ctx) {
  if (AliasKeysResolved)
    return;
  AliasKeysResolved = true;
  ::ssot::QualifiedLookup Lookup(Ctx);
  for (const auto &Entry : Factories) {
    llvm::SmallVector<const NamedDecl *, 4> Found = Lookup.find(Entry.getKey());
    if (Found.empty())
      continue;
    // `namespace cmsys { using std::ifstream; }`: the key names what the
    // using-declaration brings in.
    llvm::SmallVector<const NamedDecl *, 4> Targets;
    for (const NamedDecl *D : Found) {
      if (const auto *Using = dyn_cast<UsingDecl>(D))
        for (const UsingShadowDecl *Shadow : Using->shadows())
          Targets.push_back(Shadow->getTargetDecl());
      else if (const auto *Shadow = dyn_cast<UsingShadowDecl>(D))
        Targets.push_back(Shadow->getTargetDecl());
      else
        Targets.push_back(D);
    }
    Found = std::move(Targets);
    // A class found under another name than its own (through a
    // using-declaration) is matched as an alias is; one found under its own
    // name is matched by name already, and recording it too is harmless.
    bool IsClass = false;
    for (const NamedDecl *D : Found) {
      const auto *Template = dyn_cast<ClassTemplateDecl>(D);
      const auto *Class =
          Template ? Template->getTemplatedDecl() : dyn_cast<CXXRecordDecl>(D);
      if (!Class)
        continue;
      AliasDesignations.try_emplace(Class->getCanonicalDecl(),
                                    Entry.getValue());
      IsClass = true;
    }
    if (IsClass)
      continue;
    std::string Reason;
    if (const auto *Alias = dyn_cast<TypedefNameDecl>(Found.front())) {
      QualType Type = Alias->getUnderlyingType();
      if (const CXXRecordDecl *Class = Type->getAsCXXRecordDecl()) {
        AliasDesignations.try_emplace(Class->getCanonicalDecl(),
                                      Entry.getValue());
        continue;
      }
      Reason = ("'" + Entry.getKey() + "' is an alias of '" +
                Type.getAsString(Ctx.getPrintingPolicy()) + "', not a class")
                   .str();
    } else {
      Reason = ("'" + Entry.getKey() + "' names " + kindOf(Found.front()) +
                ", not a class")
                   .str();
    }
    configurationDiag("%0", DiagnosticIDs::Error)
        << ::ssot::invalidOptionMessage(getID(), FactoriesOption, Reason,
                                        RawFactories);
  }
}

const NamedDecl *FactoryConstructionCheck::FactoryInfo::decl() const {
  if (!Functions.empty())
    return Functions.front();
  return Class;
}

static void addRange(llvm::SmallVectorImpl<SourceRange> &Out, SourceRange R,
                     const SourceManager &SM) {
  if (R.isValid())
    Out.emplace_back(SM.getExpansionLoc(R.getBegin()),
                     SM.getExpansionLoc(R.getEnd()));
}

// The class definition (inline members, nested classes, lambdas in them) and
// every member defined outside it, static data members included (ninja's
// `Pool State::kDefaultPool("", 0);` is State's own pool).
static void addClassBodies(const CXXRecordDecl *RD,
                           llvm::SmallVectorImpl<SourceRange> &Out,
                           const SourceManager &SM) {
  const CXXRecordDecl *Def = RD->getDefinition();
  if (!Def)
    return;
  addRange(Out, Def->getSourceRange(), SM);
  for (const Decl *D : Def->decls()) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    else if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
      D = CTD->getTemplatedDecl();
    // A nested class is a member too, wherever it is defined: leveldb's
    // `struct TableBuilder::Rep { ... }` is written after TableBuilder.
    if (const auto *Nested = dyn_cast<CXXRecordDecl>(D)) {
      if (!Nested->isInjectedClassName())
        addClassBodies(Nested, Out, SM);
      continue;
    }
    if (const auto *VD = dyn_cast<VarDecl>(D)) {
      for (const VarDecl *Redecl : VD->redecls())
        if (Redecl->isThisDeclarationADefinition() &&
            Redecl->getLexicalDeclContext() != Def)
          addRange(Out, Redecl->getSourceRange(), SM);
      continue;
    }
    const auto *FD = dyn_cast<FunctionDecl>(D);
    if (!FD)
      continue;
    for (const FunctionDecl *Redecl : FD->redecls())
      if (Redecl->isThisDeclarationADefinition() &&
          Redecl->getLexicalDeclContext() != Def)
        addRange(Out, Redecl->getSourceRange(), SM);
  }
}

llvm::ArrayRef<SourceRange>
FactoryConstructionCheck::classBodies(const CXXRecordDecl *RD,
                                      const SourceManager &SM) {
  RD = RD->getCanonicalDecl();
  auto [It, Inserted] = ClassBodies.try_emplace(RD);
  if (Inserted)
    addClassBodies(RD, It->second, SM);
  return It->second;
}

// Resolves the factory by qualified-name lookup (which reaches into a
// preamble lazily) only once a construction of its class needs it.
const FactoryConstructionCheck::FactoryInfo &
FactoryConstructionCheck::factory(const std::string &Name, ASTContext &Ctx) {
  auto [It, Inserted] = ResolvedFactories.try_emplace(Name);
  FactoryInfo &Info = It->second;
  if (!Inserted)
    return Info;
  const SourceManager &SM = Ctx.getSourceManager();
  Info.Name = Name;
  llvm::SmallPtrSet<const Decl *, 4> Seen;
  for (const NamedDecl *D : ::ssot::lookupQualified(Ctx, Name)) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    // A factory class template: its pattern's members construct, for every
    // specialization (their code is the pattern's).
    else if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
      D = CTD->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      if (!Seen.insert(FD->getCanonicalDecl()).second)
        continue;
      Info.Functions.push_back(FD->getCanonicalDecl());
      for (const FunctionDecl *Redecl : FD->redecls())
        if (Redecl->isThisDeclarationADefinition())
          addRange(Info.Bodies, Redecl->getSourceRange(), SM);
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      Info.Class = RD->getDefinition() ? RD->getDefinition() : RD;
      addClassBodies(RD, Info.Bodies, SM);
    }
  }
  // The helpers a factory function calls to construct are part of it: a fix
  // there that called the factory would make the factory call itself.
  llvm::SmallVector<const FunctionDecl *, 4> Helpers;
  ::ssot::addImplementation(Info.Functions, SM, Helpers);
  for (const FunctionDecl *Helper : Helpers)
    addRange(Info.Bodies, Helper->getSourceRange(), SM);
  return Info;
}

llvm::SmallVector<const FactoryConstructionCheck::FactoryInfo *, 2>
FactoryConstructionCheck::factories(const std::string &Designation,
                                    ASTContext &Ctx) {
  llvm::SmallVector<const FactoryInfo *, 2> Out;
  ::ssot::forEachAlternative(Designation, [&](StringRef Name) {
    Out.push_back(&factory(Name.str(), Ctx));
  });
  return Out;
}

bool FactoryConstructionCheck::isAllowed(SourceLocation Loc,
                                         const CXXRecordDecl *RD,
                                         FactoryList Makers,
                                         const SourceManager &SM) {
  Loc = SM.getExpansionLoc(Loc);
  if (AllowedFiles) {
    StringRef File = SM.getFilename(Loc);
    if (!File.empty() && AllowedFiles->match(File))
      return true;
  }
  return ::ssot::anyRangeContains(classBodies(RD, SM), Loc, SM) ||
         llvm::any_of(Makers, [&](const FactoryInfo *Factory) {
           return ::ssot::anyRangeContains(Factory->Bodies, Loc, SM);
         });
}

// Whether \p Derived has \p Base among its bases. A factory class template
// is its pattern: a base that is one of its specializations, or a dependent
// `Grid<T>` in a template, counts (CXXRecordDecl::isDerivedFrom sees
// neither).
static bool derivesFrom(const CXXRecordDecl *Derived,
                        const CXXRecordDecl *Base) {
  const ClassTemplateDecl *Template = Base->getDescribedClassTemplate();
  if (!Template)
    return Derived->isDerivedFrom(Base);
  const Decl *Wanted = Template->getCanonicalDecl();
  const auto IsSpecialization = [&](QualType T) {
    if (const auto *TST = T->getAs<TemplateSpecializationType>())
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        return TD->getCanonicalDecl() == Wanted;
    const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
        T->getAsCXXRecordDecl());
    return Spec && Spec->getSpecializedTemplate()->getCanonicalDecl() == Wanted;
  };
  llvm::SmallVector<const CXXRecordDecl *, 4> Pending{Derived};
  llvm::SmallPtrSet<const CXXRecordDecl *, 8> Seen;
  while (!Pending.empty()) {
    const CXXRecordDecl *RD = Pending.pop_back_val()->getDefinition();
    if (!RD || !Seen.insert(RD).second)
      continue;
    for (const CXXBaseSpecifier &B : RD->bases()) {
      if (IsSpecialization(B.getType()))
        return true;
      if (const CXXRecordDecl *Next = B.getType()->getAsCXXRecordDecl())
        Pending.push_back(Next);
    }
  }
  return false;
}

// Whether \p Loc is inside a function that stands for the factory: an
// override of a factory function (a backend's `NewLogger` overriding the
// designated `Env::NewLogger`), or a member of a class derived from a factory
// class. Asked only about constructions about to be reported.
bool FactoryConstructionCheck::isInsideFactoryOverride(
    SourceLocation Loc, FactoryList Makers, ASTContext &Ctx) {
  if (llvm::all_of(Makers, [](const FactoryInfo *Factory) {
        return Factory->Functions.empty() && !Factory->Class;
      }))
    return false;
  if (!Parents)
    Parents.emplace(Ctx);
  const auto Overrides = [&](const CXXMethodDecl *MD, auto &Self) -> bool {
    return llvm::any_of(MD->overridden_methods(), [&](const CXXMethodDecl *Base) {
      return llvm::any_of(Makers,
                          [&](const FactoryInfo *Factory) {
                            return llvm::is_contained(
                                Factory->Functions, Base->getCanonicalDecl());
                          }) ||
             Self(Base, Self);
    });
  };
  for (const Decl *D : Parents->enclosingDecls(Loc)) {
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    const auto *VD = dyn_cast<VarDecl>(D);
    const CXXRecordDecl *Owner = nullptr;
    if (MD && Overrides(MD, Overrides))
      return true;
    if (MD)
      Owner = MD->getParent();
    else if (VD && VD->isStaticDataMember()) // a static member's definition
      Owner = dyn_cast<CXXRecordDecl>(VD->getDeclContext());
    if (!Owner)
      continue;
    if (Owner->hasDefinition() &&
        llvm::any_of(Makers, [&](const FactoryInfo *Factory) {
          return Factory->Class && derivesFrom(Owner, Factory->Class);
        }))
      return true;
  }
  return false;
}

// The class template \p RD is, or is a specialization of.
static const Decl *templateOf(const CXXRecordDecl *RD) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
    return Spec->getSpecializedTemplate()->getCanonicalDecl();
  if (const ClassTemplateDecl *Template = RD->getDescribedClassTemplate())
    return Template->getCanonicalDecl();
  return nullptr;
}

// Whether \p T holds or hands out a \p Made: the class itself, a pointer or
// reference to it, or a template of it (std::unique_ptr<Made>,
// std::vector<Made>), written in a template (Cell<T>) or not.
static bool yields(QualType T, const CXXRecordDecl *Made, int Depth = 0) {
  T = T.getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  // A type a template decides (std::unique_ptr<T> of `template <class T>
  // make`, `typename Traits<T>::Ptr`, a deduced `auto`) may be anything:
  // assume it is.
  if (T->isUndeducedType() ||
      (T->isDependentType() && !T->getAs<TemplateSpecializationType>()))
    return true;
  // std::function<Made()> hands them out too.
  if (const auto *Fn = T->getAs<FunctionProtoType>())
    return yields(Fn->getReturnType(), Made, Depth + 1);
  const Decl *MadeTemplate = templateOf(Made);
  llvm::ArrayRef<TemplateArgument> Args;
  if (const auto *Written = T->getAs<TemplateSpecializationType>()) {
    const TemplateDecl *Template =
        Written->getTemplateName().getAsTemplateDecl();
    if (MadeTemplate && Template &&
        Template->getCanonicalDecl() == MadeTemplate)
      return true;
    Args = Written->template_arguments();
  }
  if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl()) {
    // A base of the class: a factory may hand it out as its interface.
    if (RD->getCanonicalDecl() == Made->getCanonicalDecl() ||
        (MadeTemplate && templateOf(RD) == MadeTemplate) ||
        (Made->hasDefinition() && Made->isDerivedFrom(RD)))
      return true;
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      Args = Spec->getTemplateArgs().asArray();
  }
  if (Depth > 2)
    return false;
  return llvm::any_of(Args, [&](const TemplateArgument &A) {
    return A.getKind() == TemplateArgument::Type &&
           yields(A.getAsType(), Made, Depth + 1);
  });
}

// Whether \p FD hands out a \p Made: returns one, or fills an out-parameter
// (leveldb's `Status NewLogger(const std::string &, Logger **)`, a
// `std::unique_ptr<Made> &`). A plain `Made &` parameter is one it is given.
static bool handsOut(const FunctionDecl *FD, const CXXRecordDecl *Made) {
  if (yields(FD->getReturnType(), Made))
    return true;
  return llvm::any_of(FD->parameters(), [&](const ParmVarDecl *P) {
    const QualType T = P->getType();
    QualType Target;
    if (T->isReferenceType())
      Target = T.getNonReferenceType();
    else if (T->isPointerType())
      Target = T->getPointeeType();
    if (Target.isNull() || Target.isConstQualified())
      return false;
    const auto *Holder = Target->getAsCXXRecordDecl();
    return (Target->isPointerType() ||
            isa_and_nonnull<ClassTemplateSpecializationDecl>(Holder)) &&
           yields(Target, Made);
  });
}

// Whether class factory \p Factory (or a class it derives from) makes \p Made
// for its users: a member function hands one out, or a data member (static
// or not) keeps them. A class designated for a class it only uses inside (a
// parser designated for the reader it reads with) stands in its place
// instead. Access is not looked at: a private member that keeps them may be
// how a public one makes them (a tree's nodes).
static bool makes(const CXXRecordDecl *Factory, const CXXRecordDecl *Made) {
  const auto Gives = [&](const CXXRecordDecl *RD) {
    return llvm::any_of(RD->decls(), [&](const Decl *D) {
      if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
        D = Template->getTemplatedDecl();
      if (const auto *MD = dyn_cast<CXXMethodDecl>(D))
        return handsOut(MD, Made);
      if (const auto *Field = dyn_cast<FieldDecl>(D))
        return yields(Field->getType(), Made);
      if (const auto *Static = dyn_cast<VarDecl>(D))
        return yields(Static->getType(), Made);
      return false;
    });
  };
  if (!Factory->hasDefinition())
    return true; // cannot tell: keep the usual advice
  Factory = Factory->getDefinition();
  if (Gives(Factory))
    return true;
  return !Factory->forallBases(
      [&](const CXXRecordDecl *Base) { return !Gives(Base); });
}

// What a recorded type must name to hold a \p Made, as yields() asks of a
// declared one: the class or any specialization of its template (its
// qualified name), or a class it derives from (as a record prints it).
static void classNames(const CXXRecordDecl *Made, const ASTContext &Ctx,
                       llvm::SmallVectorImpl<std::string> &Out) {
  Out.push_back(Made->getQualifiedNameAsString());
  llvm::SmallVector<const CXXRecordDecl *, 4> Pending{Made};
  for (int Depth = 0; !Pending.empty() && Depth < 64; ++Depth) {
    const CXXRecordDecl *RD = Pending.pop_back_val()->getDefinition();
    if (!RD)
      continue;
    for (const CXXBaseSpecifier &Base : RD->bases()) {
      Out.push_back(::ssot::signatureTypeString(Base.getType(), Ctx));
      if (const CXXRecordDecl *Next = Base.getType()->getAsCXXRecordDecl())
        Pending.push_back(Next);
    }
  }
}

// Whether the type \p Type (as a record prints it) names \p Name, not as
// part of a longer name nor inside a function type's parameter list
// (std::function<void (Made &)> hands out no Made).
static bool mentions(StringRef Type, StringRef Name) {
  std::string Outside;
  int Depth = 0;
  for (char C : Type) {
    Depth += C == '(';
    if (Depth == 0)
      Outside += C;
    Depth -= C == ')' && Depth > 0;
  }
  const auto Inside = [](char C) {
    return isAsciiIdentifierContinue(C) || C == ':';
  };
  const StringRef Text(Outside);
  for (size_t At = Text.find(Name); At != StringRef::npos;
       At = Text.find(Name, At + 1)) {
    const size_t End = At + Name.size();
    if ((At == 0 || !Inside(Text[At - 1])) &&
        (End == Text.size() || !Inside(Text[End])))
      return true;
  }
  return false;
}

// handsOut for an overload known from a record, by the names its types
// print: its result names the class (\p Names), or a template decides its
// result; or it fills an out-parameter, a non-const reference or pointer to
// a pointer or class template specialization that names it.
static bool handsOut(const ::ssot::SignatureRecord &R,
                     llvm::ArrayRef<std::string> Names) {
  const auto Named = [&](StringRef Type) {
    return llvm::any_of(
        Names, [&](const std::string &N) { return mentions(Type, N); });
  };
  if (R.ResultValue.empty() || Named(R.Result))
    return true;
  return llvm::any_of(R.ParamShapes, [&](const ::ssot::ParamShape &P) {
    const ::ssot::TypeShape &T = P.Type;
    StringRef Target;
    bool Const = false, Pointer = false;
    if (T.Ref != 'n') {
      Target = T.Value;
      Const = T.Const;
      Pointer = T.Pointer;
    } else if (T.Pointer) {
      Target = T.Pointee;
      Const = T.PointeeConst;
      Pointer = Target.ends_with("*");
    }
    return !Target.empty() && !Const && (Pointer || Target.contains('<')) &&
           Named(Target);
  });
}

// Whether \p Factory is a function none of whose overloads hands out a
// \p Made (CMake's cmGeneratorExpression::Evaluate, which returns the
// evaluated string): it takes the construction's place rather than making
// the class. For a factory this unit does not declare, its records
// (\p Recorded) tell, as its declarations would.
static bool returnsOther(const FactoryConstructionCheck::FactoryInfo &Factory,
                         llvm::ArrayRef<::ssot::SignatureRecord> Recorded,
                         const CXXRecordDecl *Made) {
  if (!Factory.Functions.empty())
    return llvm::none_of(Factory.Functions, [&](const FunctionDecl *FD) {
      return handsOut(FD, Made);
    });
  if (Factory.decl() || Recorded.empty())
    return false;
  llvm::SmallVector<std::string, 4> Names;
  classNames(Made, Made->getASTContext(), Names);
  return llvm::none_of(Recorded, [&](const ::ssot::SignatureRecord &R) {
    return handsOut(R, Names);
  });
}

// The advice of a finding, naming every factory: "create it through" those
// that make \p Made ("its factory 'a::make', 'a::make2' or a member of
// 'a::Pool'"), then "use ... instead" the factories that do not make it
// and the factories this unit knows nothing of. A factory this unit does
// not declare is known by its records (\p RecordsOf, none for a declared
// one), as a function. Of one
// neither declared nor recorded, the unit cannot tell whether it is a
// function or a class, nor whether it makes the class (leveldb's Repairer
// seen from db_impl.cc; CMake's cmJSONState, which reads JSON in the place
// of Json::Reader, seen from a unit that does not include it), so the advice
// claims no more than the designation.
static std::string advice(
    llvm::ArrayRef<const FactoryConstructionCheck::FactoryInfo *> Makers,
    const CXXRecordDecl *Made,
    llvm::function_ref<llvm::ArrayRef<::ssot::SignatureRecord>(
        const FactoryConstructionCheck::FactoryInfo &)>
        RecordsOf) {
  llvm::SmallVector<std::string, 2> Through;
  llvm::SmallVector<std::string, 2> Instead;
  bool FunctionNamed = false;
  for (const FactoryConstructionCheck::FactoryInfo *Factory : Makers) {
    // A class factory's members are the way in.
    const bool ClassFactory = Factory->Class && Factory->Functions.empty();
    const std::string Name =
        "'" + StringRef(Factory->Name).ltrim(':').str() + "'";
    // A function factory that returns something else stands in the
    // construction's place too.
    const llvm::ArrayRef<::ssot::SignatureRecord> Records =
        RecordsOf(*Factory);
    const bool Replaces = ClassFactory ? !makes(Factory->Class, Made)
                                       : returnsOther(*Factory, Records, Made);
    if ((!Factory->decl() && Records.empty()) || Replaces) {
      Instead.push_back(Name);
      continue;
    }
    std::string Kind;
    if (ClassFactory)
      Kind = "a member of ";
    else if (!FunctionNamed)
      Kind = "its factory ";
    FunctionNamed |= !ClassFactory;
    Through.push_back(Kind + Name);
  }
  const auto Join = [](llvm::ArrayRef<std::string> Parts) {
    std::string Out;
    for (auto [Index, Part] : llvm::enumerate(Parts)) {
      if (Index != 0)
        Out += Index + 1 == Parts.size() ? " or " : ", ";
      Out += Part;
    }
    return Out;
  };
  if (Instead.empty())
    return "create it through " + Join(Through);
  if (Through.empty())
    return "use " + Join(Instead) + " instead";
  return "create it through " + Join(Through) + ", or use " + Join(Instead) +
         " instead";
}

// The overloads of the declared function factory \p Factory as a fix at
// \p Loc could call them, with why one cannot be called.
static std::vector<FactoryConstructionCheck::Overload>
declaredOverloads(const FactoryConstructionCheck::FactoryInfo &Factory,
                  SourceLocation Loc, const ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<FactoryConstructionCheck::Overload> Out;
  for (const FunctionDecl *FD : Factory.Functions) {
    FactoryConstructionCheck::Overload &O = Out.emplace_back();
    const auto *MD = dyn_cast<CXXMethodDecl>(FD);
    // A template's arguments may not be deducible; do not guess. The
    // factory must be declared before the call that replaces the
    // construction.
    if (FD->isTemplated())
      O.NotCallable = "it is a template";
    else if (FD->isVariadic())
      O.NotCallable = "it takes variadic arguments";
    else if (FD->isDeleted())
      O.NotCallable = "it is deleted";
    else if (MD && !MD->isStatic())
      O.NotCallable = "it is a non-static member function";
    else if (MD && MD->getAccess() != AS_public)
      O.NotCallable = "it is not public";
    else if (!SM.isBeforeInTranslationUnit(FD->getLocation(), Loc))
      O.NotCallable = "it is declared after this construction";
    O.Callable = O.NotCallable.empty();
    O.MinArgs = FD->getMinRequiredArguments();
    for (const ParmVarDecl *P : FD->parameters()) {
      O.Params.push_back(::ssot::describeParam(P->getType(), Ctx));
      O.ParamTypes.push_back(::ssot::signatureTypeString(P->getType(), Ctx));
    }
    O.Returns = ::ssot::describeResult(FD->getReturnType(), Ctx);
    O.ResultType = ::ssot::signatureTypeString(FD->getReturnType(), Ctx);
  }
  return Out;
}

void FactoryConstructionCheck::diagnose(SourceLocation Loc,
                                        const CXXRecordDecl *RD, Form How,
                                        StringRef Through, ASTContext &Ctx,
                                        const Expr *Made, FixBuilder Fix) {
  const std::string *Designation = factoryOf(RD);
  if (!Designation || Loc.isInvalid())
    return;
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallVector<const FactoryInfo *, 2> Makers =
      factories(*Designation, Ctx);
  if (isAllowed(Loc, RD, Makers, SM))
    return;
  SourceLocation At = SM.getFileLoc(Loc);
  // Template instantiations revisit the same written code.
  if (!Reported.insert(At.getRawEncoding()).second ||
      isInsideFactoryOverride(Loc, Makers, Ctx))
    return;
  // A fix is built only against a factory's signature: a declared function
  // factory's overloads or, for a factory this unit does not declare, its
  // recorded ones. The factories are tried in their designated order and the
  // first that can replace the construction is called; a class factory has
  // no function to call. Where none can, each other factory says why not:
  // it does not fit, its record is stale, or the unit knows nothing of it.
  struct Refusal {
    const FactoryInfo *Factory;
    const RecordedFactory *Recorded; // null for a declared factory
    std::string Why; // empty: neither declared nor recorded
  };
  // What each factory offers, gathered before the warning is built: reading
  // a record may report a configuration problem, and LLVM 19 keeps one
  // diagnostic in flight at a time.
  struct Offer {
    const FactoryInfo *Factory;
    const RecordedFactory *Recorded; // null for a declared factory
    std::vector<Overload> Declared;
  };
  // An object nothing uses is dead code: the advice is to delete it, and a
  // fix that moved it onto the factory would contradict that.
  std::optional<::ssot::UnusedObject> Unused;
  if (Made) {
    if (!Parents)
      Parents.emplace(Ctx);
    Unused = ::ssot::unusedObject(*Made, *RD, *Parents, Ctx);
  }
  if (Unused)
    Fix = nullptr;
  // A function factory that returns something else does in one call what
  // the caller would do with the object (CMake's cmGeneratorExpression::
  // Evaluate for `ge.Parse(s)->Evaluate(...)`). Where the object is kept,
  // queried for more or its product used again, it cannot take the
  // construction's place and is not advised; with no factory left, the
  // construction bypasses none. A dead object is reported still, and an
  // object made inside a container or wrapper is kept there. A factory
  // this unit does not declare is judged by its records, where a recording
  // run wrote them.
  const auto RecordsOf = [&](const FactoryInfo &Factory) {
    if (Factory.decl())
      return llvm::ArrayRef<::ssot::SignatureRecord>();
    return llvm::ArrayRef<::ssot::SignatureRecord>(
        recorded(::ssot::fullyQualified(Factory.Name), Ctx).Records);
  };
  if (!Unused) {
    bool Unresolved = false;
    llvm::erase_if(Makers, [&](const FactoryInfo *Factory) {
      const llvm::ArrayRef<::ssot::SignatureRecord> Records =
          RecordsOf(*Factory);
      if (!returnsOther(*Factory, Records, RD))
        return false;
      if (!Made)
        return true;
      if (!Bodies)
        Bodies.emplace(Ctx);
      const std::optional<bool> Replaceable = ::ssot::replaceableByCall(
          *Made, Factory->Functions, Records, *Parents, *Bodies, Ctx);
      Unresolved |= !Replaceable;
      return !Replaceable.value_or(false);
    });
    // Not reported here: a template's own body cannot say how the object
    // is used, and another instantiation may use it the way the factory
    // replaces. Let every visit of this code decide again.
    if (Unresolved || Makers.empty()) {
      Reported.erase(At.getRawEncoding());
      return;
    }
  }
  llvm::SmallVector<Offer, 2> Offers;
  const FactoryList Tried = Fix ? FactoryList(Makers) : FactoryList();
  for (const FactoryInfo *Factory : Tried) {
    if (!Factory->Functions.empty())
      Offers.push_back(
          {Factory, nullptr, declaredOverloads(*Factory, Loc, Ctx)});
    else if (!Factory->decl())
      Offers.push_back(
          {Factory, &recorded(::ssot::fullyQualified(Factory->Name), Ctx), {}});
  }
  // Before the warning too: it may read a record.
  const std::string Advice = advice(Makers, RD, RecordsOf);
  llvm::SmallVector<Refusal, 2> Refused;
  bool Fixed = false;
  {
    auto Diag = diag(At, "'%0' is constructed %select{directly|with 'new'|"
                         "through '%2'}1; %3")
                << RD->getQualifiedNameAsString() << static_cast<int>(How)
                << Through << Advice;
    for (const Offer &O : Offers) {
      const llvm::ArrayRef<Overload> Candidates =
          O.Recorded ? llvm::ArrayRef<Overload>(O.Recorded->Overloads)
                     : llvm::ArrayRef<Overload>(O.Declared);
      if (O.Recorded && (!O.Recorded->Stale.empty() || Candidates.empty())) {
        // Stale, or neither declared nor recorded (no reason to give).
        Refused.push_back({O.Factory, O.Recorded, O.Recorded->Stale});
        continue;
      }
      std::string Why;
      llvm::SmallVector<FixItHint, 2> Hints;
      if (const Overload *Picked = Fix(Hints, *O.Factory, Candidates, Why)) {
        // A recorded factory is not declared here: the fix includes it, and
        // the include must land above the construction.
        std::string NotAbove;
        if (Picked->Record) {
          const FileID File = SM.getFileID(At);
          std::optional<FixItHint> Include =
              Inserter.createIncludeInsertion(File, Picked->Header);
          NotAbove = FixHeaders.whyNotAbove(File, Picked->Header, Include, At,
                                            "construction", true, SM);
          if (Include)
            Hints.push_back(std::move(*Include));
        }
        if (NotAbove.empty()) {
          for (const FixItHint &Hint : Hints)
            Diag << Hint;
          Fixed = true;
          break;
        }
        // The reason names the recorded header already.
        Refused.push_back({O.Factory, nullptr, std::move(NotAbove)});
        continue;
      }
      Refused.push_back({O.Factory, O.Recorded, std::move(Why)});
    }
  } // the warning is emitted here, before its notes
  if (Unused && Unused->Feeds)
    diag(Unused->Local->getLocation(),
         "%0 is used only to initialise %1, which nothing uses: remove both, "
         "unless making them is wanted for its own effect",
         DiagnosticIDs::Note)
        << Unused->Local << Unused->Feeds;
  else if (Unused)
    diag(Unused->Local->getLocation(),
         "nothing uses %0: remove it, unless its construction is wanted for "
         "its own effect",
         DiagnosticIDs::Note)
        << Unused->Local;
  for (const FactoryInfo *Factory : Makers)
    if (const NamedDecl *D = Factory->decl())
      diag(D->getLocation(), "factory declared here", DiagnosticIDs::Note);
  if (Fixed)
    return;
  for (const Refusal &R : Refused) {
    const StringRef Name = StringRef(R.Factory->Name).ltrim(':');
    if (R.Why.empty())
      diag(At,
           "no fix-it: the factory '%0' is not declared in this translation "
           "unit",
           DiagnosticIDs::Note)
          << Name;
    else if (!R.Recorded || !R.Recorded->Stale.empty())
      diag(At,
           "no fix-it: the factory '%0' cannot replace this construction: %1",
           DiagnosticIDs::Note)
          << Name << R.Why;
    else
      diag(At,
           "no fix-it: the factory '%0' cannot replace this construction: %1 "
           "(as recorded from '%2')",
           DiagnosticIDs::Note)
          << Name << R.Why << R.Recorded->Records.front().File;
  }
}

// The records of factory \p Name, when this unit declares no overload of it
// and there is a directory to read them from. A stale record is not used,
// and says why; a damaged one is a configuration problem.
const FactoryConstructionCheck::RecordedFactory &
FactoryConstructionCheck::recorded(const std::string &Name, ASTContext &Ctx) {
  auto [It, Inserted] = RecordedFactories.try_emplace(Name);
  RecordedFactory &R = It->second;
  if (!Inserted || FingerprintDirectory.empty() ||
      !llvm::sys::fs::is_directory(FingerprintDirectory))
    return R;
  std::vector<std::string> Errors;
  R.Records = ::ssot::readCurrentSignatures(
      FingerprintDirectory, Name, RecordSignaturesOption, Errors, R.Stale);
  for (const std::string &Error : Errors)
    configurationDiag("cannot use the signature record %0; re-record the "
                      "factory (option '%1')")
        << Error << RecordSignaturesOption;
  const SourceManager &SM = Ctx.getSourceManager();
  for (const ::ssot::SignatureRecord &Record : R.Records) {
    Overload &O = R.Overloads.emplace_back();
    O.Record = &Record;
    O.Callable = Record.callableByName() && !Record.Variadic;
    if (!O.Callable)
      O.NotCallable = "it is recorded as a " + Record.Kind +
                      (Record.Variadic ? " taking variadic arguments" : "");
    O.MinArgs = Record.MinArgs;
    O.Params = Record.ParamShapes;
    O.ParamTypes = Record.Params;
    O.Returns = Record.Returns;
    O.ResultType = Record.Result;
    O.Header = ::ssot::includeSpelling(Record.File, SM, PP);
    if (O.Callable && O.Header.empty()) {
      O.Callable = false;
      O.NotCallable =
          "its recorded header '" + Record.File + "' cannot be found here";
    }
  }
  return R;
}

// The classes defined in \p DC (and in its namespaces and classes) that
// name their factories in an annotation, with that annotation's value. The
// implementation's own scopes ("std", "__detail") are not entered: a program
// designates none of its classes.
static void findAnnotatedClasses(
    const DeclContext *DC,
    llvm::SmallVectorImpl<std::string> &Out) {
  for (const Decl *D : DC->decls()) {
    if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
      D = CTD->getTemplatedDecl();
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      const IdentifierInfo *II = NS->getIdentifier();
      if (!II || (II->getName() != "std" && !II->getName().starts_with("__")))
        findAnnotatedClasses(NS, Out);
    } else if (isa<LinkageSpecDecl, ExportDecl>(D)) {
      findAnnotatedClasses(cast<DeclContext>(D), Out);
    } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D);
               RD && RD->isThisDeclarationADefinition()) {
      if (std::optional<std::string> Value = ::ssot::annotationArgument(
              RD, FactoryConstructionCheck::FactoryAnnotation, 0))
        Out.push_back(std::move(*Value));
      findAnnotatedClasses(RD, Out);
    }
  }
}

// A unit that sees the factories' declarations records their signatures for
// the units that do not (a declaration written in the main file is not
// recordable: no other unit includes it). The factories are those of the
// Factories option and those that annotated classes name: a unit that
// constructs an annotated class sees its annotation, but not necessarily
// the factory's header.
void FactoryConstructionCheck::recordSignatures(ASTContext &Ctx) {
  llvm::SmallVector<std::string, 8> Designations;
  for (const auto &Entry : Factories)
    Designations.push_back(Entry.getValue());
  findAnnotatedClasses(Ctx.getTranslationUnitDecl(), Designations);
  llvm::StringSet<> Recorded;
  for (const std::string &Designation : Designations)
    ::ssot::forEachAlternative(Designation, [&](StringRef Alternative) {
      if (Alternative.empty())
        return;
      const std::string Name = ::ssot::fullyQualified(Alternative);
      if (!Recorded.insert(Name).second)
        return;
      for (const FunctionDecl *FD : factory(Name, Ctx).Functions) {
        std::string Why, Error;
        std::optional<::ssot::SignatureRecord> Record =
            ::ssot::recordSignature(FD->getFirstDecl(), Ctx, Why);
        if (Record && !::ssot::writeSignature(FingerprintDirectory, *Record,
                                              Error))
          configurationDiag("cannot record the signature of factory '%0': %1",
                            DiagnosticIDs::Error)
              << StringRef(Name).ltrim(':') << Error;
      }
    });
}

void FactoryConstructionCheck::markHandled(const Expr *E) {
  if (!E)
    return;
  E = E->IgnoreImplicit();
  Handled.insert(E);
  if (const auto *IL = dyn_cast<InitListExpr>(E)) {
    Handled.insert(IL->getSyntacticForm());
    Handled.insert(IL->getSemanticForm());
  }
}

// True if \p Arg is an object of class \p RD that already exists (or a pair
// or tuple holding one), so that constructing from it copies or moves.
static bool isExistingObject(const Expr *Arg, const CXXRecordDecl *RD) {
  const CXXRecordDecl *ArgRD =
      Arg->IgnoreImplicit()->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!ArgRD)
    return false;
  if (ArgRD->getCanonicalDecl() == RD->getCanonicalDecl())
    return true;
  const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(ArgRD);
  if (!Spec || !Spec->isInStdNamespace() ||
      (Spec->getName() != "pair" && Spec->getName() != "tuple"))
    return false;
  for (const TemplateArgument &TA : Spec->getTemplateArgs().asArray()) {
    llvm::ArrayRef<TemplateArgument> Args = TA;
    if (TA.getKind() == TemplateArgument::Pack)
      Args = TA.pack_elements();
    for (const TemplateArgument &A : Args)
      if (A.getKind() == TemplateArgument::Type)
        if (const CXXRecordDecl *Held =
                A.getAsType().getNonReferenceType()->getAsCXXRecordDecl())
          if (Held->getCanonicalDecl() == RD->getCanonicalDecl())
            return true;
  }
  return false;
}

static bool anyExisting(llvm::ArrayRef<const Expr *> Args,
                        const CXXRecordDecl *RD) {
  return llvm::any_of(Args,
                      [&](const Expr *A) { return isExistingObject(A, RD); });
}

//===----------------------------------------------------------------------===//
// Fix-its: which factory overload can replace the construction.
//===----------------------------------------------------------------------===//

// The one overload that can be called as `Factory(Args)` and whose result
// \p ResultOk accepts; nullptr if none or several could, with \p Why. The
// same decision for a declaration and a record: both are Overloads.
static const FactoryConstructionCheck::Overload *
pickOverload(llvm::ArrayRef<FactoryConstructionCheck::Overload> Overloads,
             llvm::ArrayRef<const Expr *> Args, const ASTContext &Ctx,
             llvm::function_ref<bool(const ::ssot::ResultShape &)> ResultOk,
             std::string &Why) {
  llvm::SmallVector<::ssot::TypeShape, 4> Shapes;
  llvm::SmallVector<bool, 4> LValues;
  for (const Expr *Arg : Args) {
    const Expr *Written = Arg->IgnoreUnlessSpelledInSource();
    Shapes.push_back(::ssot::describeType(Written->getType(), Ctx));
    LValues.push_back(Written->isLValue());
  }
  const FactoryConstructionCheck::Overload *Picked = nullptr;
  for (const FactoryConstructionCheck::Overload &O : Overloads) {
    if (!O.Callable) {
      Why = O.NotCallable.empty() ? "it cannot be called here" : O.NotCallable;
      continue;
    }
    if (Args.size() < O.MinArgs || Args.size() > O.Params.size()) {
      Why = "it does not take " + std::to_string(Args.size()) + " argument" +
            (Args.size() == 1 ? "" : "s");
      continue;
    }
    if (!ResultOk(O.Returns)) {
      Why = "its result type '" + O.ResultType +
            "' is not the pointer this construction needs";
      continue;
    }
    std::optional<size_t> Rejected;
    for (size_t I = 0; I != Args.size() && !Rejected; ++I)
      if (!::ssot::acceptsArgument(O.Params[I], Shapes[I], LValues[I]))
        Rejected = I;
    if (Rejected) {
      Why = "its parameter " + std::to_string(*Rejected + 1) + " of type '" +
            O.ParamTypes[*Rejected] + "' does not accept the argument of type '" +
            Shapes[*Rejected].Value + "'";
      continue;
    }
    if (Picked) {
      // Overload resolution might pick either: no fix.
      Why = "more than one of its overloads accepts these arguments";
      return nullptr;
    }
    Picked = &O;
  }
  if (!Picked && Overloads.size() > 1 && Why.find("more than") != 0)
    Why = "none of its " + std::to_string(Overloads.size()) +
          " overloads accepts these arguments and returns the pointer this "
          "construction needs";
  return Picked;
}

static bool isStdClass(const CXXRecordDecl *RD, StringRef Name) {
  return RD && RD->getIdentifier() && RD->getName() == Name &&
         RD->isInStdNamespace();
}

static bool writtenInMacro(SourceRange R) {
  return R.getBegin().isMacroID() || R.getEnd().isMacroID();
}

// The arguments a creator call (make_unique, construct_at, ...) forwards to
// the constructor: all but the first \p Skip. A forwarding template has no
// default arguments, so unlike ::ssot::writtenArguments none are dropped.
static llvm::SmallVector<const Expr *, 4> forwardedArgs(const CallExpr *Call,
                                                        unsigned Skip = 0) {
  llvm::SmallVector<const Expr *, 4> Args;
  for (const Expr *A : llvm::drop_begin(Call->arguments(), Skip))
    Args.push_back(A);
  return Args;
}

//===----------------------------------------------------------------------===//
// The forms
//===----------------------------------------------------------------------===//

void FactoryConstructionCheck::checkNew(const CXXNewExpr *New,
                                        ASTContext &Ctx) {
  QualType T = New->getAllocatedType();
  const CXXRecordDecl *RD = Ctx.getBaseElementType(T)->getAsCXXRecordDecl();
  if (!factoryOf(RD))
    return;
  // The construction inside is this expression's: report it once, here.
  markHandled(New->getInitializer());
  const auto *Init =
      dyn_cast_or_null<CXXConstructExpr>(New->getConstructExpr());
  if (AllowCopies && Init && Init->getConstructor()->isCopyOrMoveConstructor())
    return;

  const SourceManager &SM = Ctx.getSourceManager();
  const LangOptions &LO = Ctx.getLangOpts();
  // Only `new T` and `new T(Args)` written outside macros and template
  // instantiations can be rewritten (not arrays, placement or brace init):
  // other forms get no fix whatever the factory, nor a note on why not.
  const auto Style = New->getInitializationStyle();
  const SourceRange Parens = New->getDirectInitRange();
  const bool Rewritable =
      !New->isArray() && New->getNumPlacementArgs() == 0 &&
      !writtenInMacro(New->getSourceRange()) &&
      !::ssot::anyRangeContains(Instantiations,
                                SM.getExpansionLoc(New->getBeginLoc()), SM) &&
      (Style == CXXNewInitializationStyle::None ||
       (Style == CXXNewInitializationStyle::Parens && Init &&
        Parens.isValid() && !writtenInMacro(Parens)));
  auto Fix = [&](llvm::SmallVectorImpl<FixItHint> &Hints,
                 const FactoryInfo &Factory,
                 llvm::ArrayRef<Overload> Candidates,
                 std::string &Why) -> const Overload * {
    std::string ParenText = "()";
    llvm::SmallVector<const Expr *, 4> Args;
    if (Style == CXXNewInitializationStyle::Parens) {
      llvm::append_range(Args, ::ssot::writtenArguments(llvm::ArrayRef(
                                   Init->getArgs(), Init->getNumArgs())));
      ParenText = Lexer::getSourceText(CharSourceRange::getTokenRange(Parens),
                                       SM, LO)
                      .str();
    }
    // The factory's unique_ptr is destroyed here once released: a class
    // whose destructor is not public (leveldb's reference-counted MemTable)
    // cannot come out of it at this call.
    if (const CXXDestructorDecl *Dtor = RD->getDestructor();
        Dtor && Dtor->getAccess() != AS_public) {
      Why = "its std::unique_ptr result cannot be destroyed here: '" +
            RD->getQualifiedNameAsString() + "' has no public destructor";
      return nullptr;
    }
    const std::string Made = ::ssot::signatureTypeString(T, Ctx);
    const Overload *Picked = pickOverload(
        Candidates, Args, Ctx,
        [&](const ::ssot::ResultShape &R) {
          return R.Smart == "unique_ptr" && R.Pointee == Made;
        },
        Why);
    if (Picked)
      Hints.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(New->getSourceRange()),
          Factory.Name + ParenText + ".release()"));
    return Picked;
  };
  diagnose(New->getBeginLoc(), RD, Form::New, "", Ctx, New,
           Rewritable ? FixBuilder(Fix) : FixBuilder());
}

void FactoryConstructionCheck::checkCreatorCall(const CallExpr *Call,
                                                const FunctionDecl *Creator,
                                                ASTContext &Ctx) {
  const TemplateArgumentList *TA = Creator->getTemplateSpecializationArgs();
  if (!TA || TA->size() == 0 || TA->get(0).getKind() != TemplateArgument::Type)
    return;
  QualType Made = TA->get(0).getAsType().getNonReferenceType();
  const bool IsArray = Made->isArrayType();
  QualType Element = Ctx.getBaseElementType(Made);
  const CXXRecordDecl *RD = Element->getAsCXXRecordDecl();
  if (!factoryOf(RD))
    return;
  const StringRef Name = Creator->getName();
  // The allocator of allocate_shared and the address of construct_at are not
  // constructor arguments.
  const unsigned Skip =
      Name.starts_with("allocate_shared") || Name == "construct_at" ? 1 : 0;
  const llvm::SmallVector<const Expr *, 4> Args = forwardedArgs(Call, Skip);
  if (AllowCopies && !IsArray && anyExisting(Args, RD))
    return;

  const SourceManager &SM = Ctx.getSourceManager();
  // Only make_unique and make_shared of one object, written outside macros
  // and template instantiations, can be rewritten: other creators get no
  // fix whatever the factory, nor a note on why not.
  const Expr *Callee = Call->getCallee()->IgnoreImpCasts();
  const SourceRange CalleeRange = Callee->getSourceRange();
  const bool Rewritable =
      !IsArray && (Name == "make_unique" || Name == "make_shared") &&
      !writtenInMacro(CalleeRange) && !Call->getRParenLoc().isMacroID() &&
      !::ssot::anyRangeContains(Instantiations,
                                SM.getExpansionLoc(Call->getBeginLoc()), SM);
  auto Fix = [&](llvm::SmallVectorImpl<FixItHint> &Hints,
                 const FactoryInfo &Factory,
                 llvm::ArrayRef<Overload> Candidates,
                 std::string &Why) -> const Overload * {
    // The call's own result: std::unique_ptr<T> or std::shared_ptr<T>.
    const ::ssot::ResultShape Result =
        ::ssot::describeResult(Call->getType(), Ctx);
    if (Name == "make_unique") {
      const Overload *Picked = pickOverload(
          Candidates, Args, Ctx,
          [&](const ::ssot::ResultShape &R) {
            return !R.Smart.empty() && R.Smart == Result.Smart &&
                   R.Pointee == Result.Pointee;
          },
          Why);
      if (Picked)
        Hints.push_back(FixItHint::CreateReplacement(
            CharSourceRange::getTokenRange(CalleeRange), Factory.Name));
      return Picked;
    }
    // make_shared: a factory returning the same shared_ptr replaces the call;
    // one returning a unique_ptr is converted, keeping the expression's type.
    const std::string MadeText = ::ssot::signatureTypeString(Made, Ctx);
    auto SameAsCall = [&](const ::ssot::ResultShape &R) {
      return !R.Smart.empty() && R.Smart == Result.Smart &&
             R.Pointee == Result.Pointee;
    };
    const Overload *Picked = pickOverload(
        Candidates, Args, Ctx,
        [&](const ::ssot::ResultShape &R) {
          return SameAsCall(R) ||
                 (R.Smart == "unique_ptr" && R.Pointee == MadeText);
        },
        Why);
    if (!Picked)
      return nullptr;
    // Decided on the overload picked, not on the last one looked at.
    const bool ReturnsUnique = !SameAsCall(Picked->Returns);
    if (!ReturnsUnique) {
      Hints.push_back(FixItHint::CreateReplacement(
          CharSourceRange::getTokenRange(CalleeRange), Factory.Name));
      return Picked;
    }
    const auto *Ref = dyn_cast<DeclRefExpr>(Callee);
    if (!Ref || Ref->getNumTemplateArgs() != 1) {
      Why = "the call names its type in a form the fix cannot copy";
      return nullptr;
    }
    StringRef TypeText = Lexer::getSourceText(
        CharSourceRange::getTokenRange(
            Ref->getTemplateArgs()[0].getSourceRange()),
        SM, Ctx.getLangOpts());
    if (TypeText.empty()) {
      Why = "the call names its type in a form the fix cannot copy";
      return nullptr;
    }
    Hints.push_back(FixItHint::CreateReplacement(
        CharSourceRange::getTokenRange(CalleeRange),
        ("std::shared_ptr<" + TypeText + ">(" + Factory.Name).str()));
    Hints.push_back(FixItHint::CreateInsertion(
        Lexer::getLocForEndOfToken(Call->getRParenLoc(), 0, SM,
                                   Ctx.getLangOpts()),
        ")"));
    return Picked;
  };
  // Named as written: `cm::make_unique` re-exporting std::make_unique through
  // a using-declaration is reported as 'cm::make_unique'.
  std::string Through = ("std::" + Name).str();
  if (const auto *Ref =
          dyn_cast<DeclRefExpr>(Call->getCallee()->IgnoreImpCasts()))
    if (const auto *Shadow = dyn_cast<UsingShadowDecl>(Ref->getFoundDecl()))
      Through = Shadow->getQualifiedNameAsString();
  diagnose(Call->getBeginLoc(), RD, Form::Through, Through, Ctx, Call,
           Rewritable ? FixBuilder(Fix) : FixBuilder());
}

// The alternative at \p Index of a std::variant specialization.
static QualType variantAlternative(const CXXRecordDecl *Variant,
                                   const llvm::APSInt &Index) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Variant);
  if (!Spec || Spec->getTemplateArgs().size() == 0 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Pack)
    return {};
  llvm::ArrayRef<TemplateArgument> Alternatives =
      Spec->getTemplateArgs()[0].pack_elements();
  if (Index.isNegative() || Index.getZExtValue() >= Alternatives.size() ||
      Alternatives[Index.getZExtValue()].getKind() != TemplateArgument::Type)
    return {};
  return Alternatives[Index.getZExtValue()].getAsType();
}

static QualType memberType(const CXXRecordDecl *RD, StringRef Name,
                           ASTContext &Ctx) {
  for (const NamedDecl *ND : RD->lookup(&Ctx.Idents.get(Name)))
    if (const auto *TND = dyn_cast<TypedefNameDecl>(ND))
      return TND->getUnderlyingType();
  return {};
}

void FactoryConstructionCheck::checkEmplace(const CXXMemberCallExpr *Call,
                                            const CXXMethodDecl *Method,
                                            ASTContext &Ctx) {
  const CXXRecordDecl *Host = Method->getParent();
  llvm::SmallVector<QualType, 3> Candidates;
  const TemplateArgumentList *TA = Method->getTemplateSpecializationArgs();
  if (TA && TA->size() != 0 && TA->get(0).getKind() == TemplateArgument::Type)
    Candidates.push_back(TA->get(0).getAsType()); // any/variant::emplace<T>
  else if (TA && TA->size() != 0 &&
           TA->get(0).getKind() == TemplateArgument::Integral)
    Candidates.push_back(variantAlternative(Host, TA->get(0).getAsIntegral()));
  else
    // Sequences, sets, optional: value_type; maps construct the key and the
    // mapped value from the arguments.
    for (StringRef Member : {"value_type", "mapped_type", "key_type"})
      Candidates.push_back(memberType(Host, Member, Ctx));

  const CXXRecordDecl *RD = nullptr;
  for (QualType T : Candidates)
    if (!T.isNull() && factoryOf(T->getAsCXXRecordDecl())) {
      RD = T->getAsCXXRecordDecl();
      break;
    }
  if (!RD)
    return;
  const unsigned Skip = Method->getName() == "emplace_hint" ? 1 : 0;
  if (AllowCopies && anyExisting(forwardedArgs(Call, Skip), RD))
    return;
  SourceLocation Loc = Call->getBeginLoc();
  if (const auto *ME =
          dyn_cast<MemberExpr>(Call->getCallee()->IgnoreParenImpCasts()))
    Loc = ME->getMemberLoc();
  diagnose(Loc, RD, Form::Through, Method->getName(), Ctx);
}

// std::optional<T>(std::in_place, ...), std::variant<...>(
// std::in_place_type<T> / std::in_place_index<I>, ...), std::any(
// std::in_place_type<T>, ...) and optional's converting constructor.
void FactoryConstructionCheck::checkStdWrapper(const CXXConstructExpr *E,
                                               const CXXRecordDecl *Host,
                                               ASTContext &Ctx) {
  if (E->getNumArgs() == 0)
    return;
  const auto *HostSpec = dyn_cast<ClassTemplateSpecializationDecl>(Host);
  const CXXRecordDecl *Tag =
      E->getArg(0)->getType().getNonReferenceType()->getAsCXXRecordDecl();
  const auto *TagSpec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(Tag);
  QualType Made;
  unsigned Skip = 1;
  if (isStdClass(Tag, "in_place_t") && HostSpec &&
      HostSpec->getTemplateArgs().size() != 0 &&
      HostSpec->getTemplateArgs()[0].getKind() == TemplateArgument::Type) {
    Made = HostSpec->getTemplateArgs()[0].getAsType();
  } else if (isStdClass(Tag, "in_place_type_t") && TagSpec &&
             TagSpec->getTemplateArgs()[0].getKind() ==
                 TemplateArgument::Type) {
    Made = TagSpec->getTemplateArgs()[0].getAsType();
  } else if (isStdClass(Tag, "in_place_index_t") && TagSpec &&
             TagSpec->getTemplateArgs()[0].getKind() ==
                 TemplateArgument::Integral) {
    Made = variantAlternative(Host, TagSpec->getTemplateArgs()[0].getAsIntegral());
  } else if (Host->getName() == "optional" && HostSpec &&
             E->getConstructor()->getPrimaryTemplate() &&
             !isStdClass(Tag, "optional") &&
             HostSpec->getTemplateArgs()[0].getKind() ==
                 TemplateArgument::Type) {
    // optional<T>(U&&) constructs its T from the U.
    Made = HostSpec->getTemplateArgs()[0].getAsType();
    Skip = 0;
  }
  if (Made.isNull())
    return;
  const CXXRecordDecl *RD = Made->getAsCXXRecordDecl();
  if (!factoryOf(RD))
    return;
  llvm::SmallVector<const Expr *, 4> Args;
  for (const Expr *A : llvm::drop_begin(E->arguments(), Skip))
    Args.push_back(A);
  if (AllowCopies && anyExisting(Args, RD))
    return;
  diagnose(E->getBeginLoc(), RD, Form::Through,
           ("std::" + Host->getName()).str(), Ctx, E);
}

void FactoryConstructionCheck::check(const MatchFinder::MatchResult &Result) {
  ASTContext &Ctx = *Result.Context;
  if (!Factories.empty())
    resolveAliasKeys(Ctx);
  if (Result.Nodes.getNodeAs<TranslationUnitDecl>("tu")) {
    if (RecordSignatures)
      recordSignatures(Ctx);
    return;
  }

  if (const auto *RD = Result.Nodes.getNodeAs<CXXRecordDecl>("annotated-class")) {
    // An annotation the check cannot use designates nothing: say so where
    // it is written rather than leave the class silently unprotected.
    for (const auto *A : RD->specific_attrs<AnnotateAttr>())
      if (A->getAnnotation() == FactoryAnnotation)
        if (std::optional<std::string> Problem =
                ::ssot::annotationProblem(*A, FactoryAnnotation, 1,
                                          /*Alternatives=*/true))
          diag(A->getLocation(),
               "%0; class %1 is not designated by this annotation")
              << *Problem << RD;
    return;
  }

  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("instantiation")) {
    addRange(Instantiations, FD->getSourceRange(), *Result.SourceManager);
    return;
  }

  if (const auto *Ctor =
          Result.Nodes.getNodeAs<CXXConstructorDecl>("ctor")) {
    for (const CXXCtorInitializer *Init : Ctor->inits()) {
      if (Init->isWritten() || !Init->getInit() ||
          !Init->isAnyMemberInitializer())
        continue;
      const Expr *E = Init->getInit()->IgnoreImplicit();
      if (!isa<CXXDefaultInitExpr>(E))
        ImplicitInits[E] = Init->getAnyMember()->getLocation();
    }
    return;
  }

  if (const auto *New = Result.Nodes.getNodeAs<CXXNewExpr>("new")) {
    checkNew(New, Ctx);
    return;
  }

  if (const auto *E = Result.Nodes.getNodeAs<CXXConstructExpr>("construct")) {
    if (Handled.contains(E))
      return;
    const CXXConstructorDecl *Ctor = E->getConstructor();
    const CXXRecordDecl *RD = Ctor->getParent();
    if (RD->isInStdNamespace() && RD->getIdentifier() &&
        llvm::is_contained({"optional", "variant", "any"}, RD->getName())) {
      checkStdWrapper(E, RD, Ctx);
      return;
    }
    if (!factoryOf(RD))
      return;
    if (AllowCopies && Ctor->isCopyOrMoveConstructor())
      return;
    // Derived() : core::Engine("d", 1) {} constructs the base part of a
    // Derived, not an Engine of its own: the derived class's creation is what
    // the design governs, unless the user asks for base initialisers too.
    if (!FlagBaseInitializers &&
        (E->getConstructionKind() == CXXConstructionKind::NonVirtualBase ||
         E->getConstructionKind() == CXXConstructionKind::VirtualBase))
      return;
    SourceLocation Loc = ImplicitInits.lookup(E);
    if (Loc.isInvalid())
      Loc = E->getBeginLoc();
    diagnose(Loc, RD, Form::Direct, "", Ctx, E);
    return;
  }

  if (const auto *IL = Result.Nodes.getNodeAs<InitListExpr>("init-list")) {
    if (Handled.contains(IL))
      return;
    // Engine Arr[4] = {};  -- the elements without an initializer are
    // constructed by the array filler, which has no location of its own.
    if (IL->getType()->isArrayType()) {
      if (IL->hasArrayFiller() && !isa<ImplicitValueInitExpr>(IL->getArrayFiller()))
        diagnose(IL->getBeginLoc(),
                 Ctx.getBaseElementType(IL->getType())->getAsCXXRecordDecl(),
                 Form::Direct, "", Ctx);
      return;
    }
    // Non-aggregates are list-initialised by a constructor, reported above.
    const CXXRecordDecl *RD = IL->getType()->getAsCXXRecordDecl();
    if (!RD || !RD->hasDefinition() || !RD->isAggregate())
      return;
    diagnose(IL->getBeginLoc(), RD, Form::Direct, "", Ctx, IL);
    return;
  }

  if (const auto *PL = Result.Nodes.getNodeAs<Stmt>("paren-list")) {
    const auto *E = cast<CXXParenListInitExpr>(PL);
    if (Handled.contains(E))
      return;
    diagnose(E->getBeginLoc(), E->getType()->getAsCXXRecordDecl(),
             Form::Direct, "", Ctx, E);
    return;
  }

  if (const auto *Call = Result.Nodes.getNodeAs<CallExpr>("creator-call")) {
    checkCreatorCall(Call, Result.Nodes.getNodeAs<FunctionDecl>("creator"),
                     Ctx);
    return;
  }

  if (const auto *Call =
          Result.Nodes.getNodeAs<CXXMemberCallExpr>("emplace-call"))
    checkEmplace(Call, Result.Nodes.getNodeAs<CXXMethodDecl>("emplacer"), Ctx);
}

} // namespace clang::tidy::ssot
