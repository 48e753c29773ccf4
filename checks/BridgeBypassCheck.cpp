//===--- BridgeBypassCheck.cpp - ssot-bridge-bypass ------------------------===//
#include "checks/BridgeBypassCheck.h"
#include "lib/analysis/CompliantUses.h"
#include "lib/analysis/Designation.h"
#include "lib/analysis/OptionErrors.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/OptionPaths.h"
#include "lib/compat/LLVMCompat.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/Basic/FileManager.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"
#include <deque>

using namespace clang::ast_matchers;

namespace clang::tidy::ssot {

BridgeBypassCheck::BridgeBypassCheck(StringRef Name, ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      ComponentsKey((Name + "." + ComponentsOption).str()),
      RawComponents(Options.get(ComponentsOption, "").str()),
      RawCheckOutside(Options.get(CheckOutsideOption, "true").str()),
      RawBridges(Options.get(BridgesOption, "").str()),
      RawBridgeHeaders(Options.get(BridgeHeadersOption, "").str()),
      RawAllowedFiles(Options.get(AllowedFilesOption, "").str()) {
  std::string Error;
  // Errors, not warnings (lib/analysis/OptionErrors.h).
  const ::ssot::OptionErrors Errors(*Context, Name);
  auto Bad = [&](StringRef Value, StringRef Option) {
    Errors.invalid(Option, Error, Value);
  };
  if (auto Lists = ::ssot::parseKeyedLists(RawComponents, "name=dir[,dir...]",
                                           Error)) {
    for (::ssot::KeyedList &L : *Lists)
      Components.push_back(
          {L.Key, {L.Values.begin(), L.Values.end()}, {}, {}, {}, {}});
  } else {
    Bad(RawComponents, ComponentsOption);
  }
  // Bridges and BridgeHeaders name components; an unknown one is a typo.
  auto ComponentNamed = [&](StringRef Key) -> Component * {
    for (Component &C : Components)
      if (C.Name == Key)
        return &C;
    Error = "'" + Key.str() + "' is not a component of option 'Components'";
    return nullptr;
  };
  if (auto Lists = ::ssot::parseKeyedLists(
          RawBridges, "component=[-]qualified-name[,[-]qualified-name...]",
          Error)) {
    for (const ::ssot::KeyedList &L : *Lists) {
      Component *C = ComponentNamed(L.Key);
      if (!C) {
        Bad(RawBridges, BridgesOption);
        break;
      }
      for (const std::string &Entry : L.Values) {
        // "-::testing::internal": a namespace or class inside a bridge that
        // is not part of it.
        StringRef Name = Entry;
        const bool Exclude = Name.consume_front("-");
        if (!::ssot::isQualifiedName(Name)) {
          Error = "'" + Name.str() + "' is not a qualified name";
          Bad(RawBridges, BridgesOption);
          break;
        }
        (Exclude ? C->Excluded : C->Bridges)
            .push_back(::ssot::fullyQualified(Name));
      }
    }
  } else {
    Bad(RawBridges, BridgesOption);
  }
  if (auto Lists = ::ssot::parseKeyedLists(
          RawBridgeHeaders, "component=header[,header...]", Error)) {
    for (const ::ssot::KeyedList &L : *Lists) {
      Component *C = ComponentNamed(L.Key);
      if (!C) {
        Bad(RawBridgeHeaders, BridgeHeadersOption);
        break;
      }
      for (const std::string &Header : L.Values) {
        auto Spelling = ::ssot::parseHeader(Header, Error);
        if (!Spelling) {
          Bad(RawBridgeHeaders, BridgeHeadersOption);
          break;
        }
        C->Headers.push_back(std::move(*Spelling));
      }
    }
  } else {
    Bad(RawBridgeHeaders, BridgeHeadersOption);
  }
  CheckOutside = Errors.readBool(CheckOutsideOption, RawCheckOutside, true);
  AllowedFiles = Errors.readRegex(AllowedFilesOption, RawAllowedFiles);
}

void BridgeBypassCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, ComponentsOption, RawComponents);
  Options.store(Opts, CheckOutsideOption, RawCheckOutside);
  Options.store(Opts, BridgesOption, RawBridges);
  Options.store(Opts, BridgeHeadersOption, RawBridgeHeaders);
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
}

void BridgeBypassCheck::onStartOfTranslationUnit() {
  Resolved = false;
  Ctx = nullptr;
  FileComponents.clear();
  LastFile = FileID();
  DeclComponents.clear();
  References.clear();
  Interfaces.assign(Components.size(), Interface());
  Annotated.assign(Components.size(), {});
  AnnotationChecked.clear();
  HeaderClosures.clear();
  Parents.reset();
  // Inclusions are recorded by the preprocessor before the first match.
}

namespace {
// Every #include, with the file it found. clangd replays the preamble's
// inclusion directives through these callbacks too.
class IncludeRecorder : public PPCallbacks {
public:
  explicit IncludeRecorder(BridgeBypassCheck &Check) : Check(Check) {}
  void InclusionDirective(SourceLocation HashLoc, const Token &,
                          StringRef FileName, bool, CharSourceRange Range,
                          OptionalFileEntryRef File, StringRef, StringRef,
                          const Module *, bool,
                          SrcMgr::CharacteristicKind) override {
    if (File)
      Check.noteInclusion({HashLoc, Range, FileName.str(), File});
  }

private:
  BridgeBypassCheck &Check;
};
} // namespace

void BridgeBypassCheck::registerPPCallbacks(const SourceManager &SM,
                                            Preprocessor *PP,
                                            Preprocessor *ModuleExpanderPP) {
  this->PP = PP;
  Inclusions.clear();
  if (!Components.empty())
    PP->addPPCallbacks(std::make_unique<IncludeRecorder>(*this));
}

static std::string absolutePath(FileEntryRef File, const SourceManager &SM) {
  llvm::SmallString<256> Path(File.getName());
  SM.getFileManager().makeAbsolutePath(Path);
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

// The component directories are resolved for each unit, by the rule every
// path-valued option follows (lib/analysis/OptionPaths.h): relative to the
// .clang-tidy that set them, found from the unit's main file, else to the
// working directory.
void BridgeBypassCheck::resolveDirectories(const SourceManager &SM) {
  Resolved = true;
  OptionalFileEntryRef Main = SM.getFileEntryRefForID(SM.getMainFileID());
  std::string MainFile = Main ? absolutePath(*Main, SM) : "";
  for (Component &C : Components) {
    C.Dirs.clear();
    for (const std::string &Dir : C.RawDirs)
      C.Dirs.push_back(::ssot::resolveOptionListPath(MainFile, ComponentsKey,
                                                     RawComponents, Dir));
  }
}

// The component with the longest directory containing \p Path.
int BridgeBypassCheck::componentOfPath(StringRef Path) const {
  int Best = Outside;
  size_t BestLength = 0;
  for (auto [Index, C] : llvm::enumerate(Components))
    for (const std::string &Dir : C.Dirs)
      if (Dir.size() >= BestLength && ::ssot::isInsideDirectory(Path, Dir)) {
        Best = static_cast<int>(Index);
        BestLength = Dir.size();
      }
  return Best;
}

// What the file \p FID is, worked out once per file: the component it is
// the home of (Outside for files not on disk), and the component its
// references are checked as (Ignored for system headers and AllowedFiles).
// A component's header stays the component's when the build includes it as
// a system header: CMake passes an imported or SYSTEM target's include
// directories with -isystem (googletest's own samples and tests get
// googletest's headers that way), and its users are what the rule is about.
// Every reference of the unit asks this, most of them from system headers,
// so both answers come from one lookup.
BridgeBypassCheck::FileClass
BridgeBypassCheck::classifyFile(FileID FID, const SourceManager &SM) {
  // References come in runs from one file: remember the last answer.
  if (FID == LastFile)
    return LastClass;
  LastFile = FID;
  auto It = FileComponents.find(FID);
  if (It != FileComponents.end())
    return LastClass = It->second;
  if (!Resolved)
    resolveDirectories(SM);
  FileClass Result{Outside, Ignored};
  OptionalFileEntryRef File = SM.getFileEntryRefForID(FID);
  if (File) {
    Result.Home = componentOfPath(absolutePath(*File, SM));
    if (!SrcMgr::isSystem(
            SM.getFileCharacteristic(SM.getLocForStartOfFile(FID))) &&
        (!AllowedFiles || !AllowedFiles->match(File->getName())))
      Result.From = Result.Home;
  }
  FileComponents[FID] = Result;
  return LastClass = Result;
}

int BridgeBypassCheck::componentOf(SourceLocation Loc,
                                   const SourceManager &SM) {
  if (Loc.isMacroID())
    Loc = SM.getSpellingLoc(Loc);
  FileID FID = SM.getFileID(Loc);
  return FID.isValid() ? classifyFile(FID, SM).From : Ignored;
}

// The declaration that stands for \p D in the bridge's interface: the
// template a specialization or instantiated member comes from, the first
// declaration of everything else.
static const Decl *normalized(const Decl *D) {
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D)) {
    if (!isa<ClassTemplatePartialSpecializationDecl>(Spec))
      D = Spec->getSpecializedTemplate()->getTemplatedDecl();
  } else if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
    if (const CXXRecordDecl *Pattern = RD->getTemplateInstantiationPattern())
      D = Pattern;
  } else if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
    if (const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern())
      D = Pattern;
  } else if (const auto *TD = dyn_cast<TemplateDecl>(D)) {
    if (const NamedDecl *Templated = TD->getTemplatedDecl())
      D = Templated;
  }
  return D->getCanonicalDecl();
}

// Where \p D lives: the component of the file that declares it (a class's
// definition, the first declaration of anything else).
int BridgeBypassCheck::componentOfDecl(const Decl *D,
                                       const SourceManager &SM) {
  D = normalized(D);
  auto It = DeclComponents.find(D);
  if (It != DeclComponents.end())
    return It->second;
  auto HomeOf = [&](const Decl *Where) {
    SourceLocation Loc = SM.getExpansionLoc(Where->getLocation());
    return Loc.isValid() ? classifyFile(SM.getFileID(Loc), SM).Home : Outside;
  };
  const Decl *Home = D;
  int Result = Outside;
  const auto *Tag = dyn_cast<TagDecl>(D);
  if (Tag && !Tag->getDefinition()) {
    // Only forward declarations in this unit (CMake's CTest headers say
    // `class cmMakefile;`): a class belongs to the files that define it, not
    // to those that declare it, so without its definition it is a
    // component's only when every declaration is in that component.
    bool First = true;
    for (const TagDecl *Redecl : Tag->redecls()) {
      int C = HomeOf(Redecl);
      Result = First || C == Result ? C : Outside;
      First = false;
      if (Result == Outside)
        break;
    }
  } else {
    if (Tag)
      Home = Tag->getDefinition();
    Result = HomeOf(Home);
  }
  DeclComponents[D] = Result;
  return Result;
}

namespace {
using Check = BridgeBypassCheck *;

// Declarations a reference can name that are never a component's own
// surface: function-local ones, template parameters, namespaces (only their
// members are), and operators and conversions, which the source calls
// without naming them (their operand types are what the source names).
bool isReferenceable(const NamedDecl *D) {
  if (!D || D->isImplicit() || isa<NamespaceDecl, TemplateTypeParmDecl,
                                   NonTypeTemplateParmDecl, ParmVarDecl>(D))
    return false;
  if (D->getDeclContext()->isFunctionOrMethod())
    return false;
  if (const auto *FD = dyn_cast<FunctionDecl>(D))
    return !FD->isOverloadedOperator() && !isa<CXXConversionDecl>(FD) &&
           !isa<CXXDestructorDecl>(FD);
  return true;
}

// Records a reference to \p D at \p Loc. \p Base, for a member access, is
// the object it is reached through: one that a macro of D's own component
// hands out makes the access that macro's API (handedOutByMacro).
bool crosses(Check C, const NamedDecl *D, SourceLocation Loc, ASTContext &Ctx,
             const Expr *Base = nullptr) {
  if (Loc.isInvalid() || !isReferenceable(D))
    return false;
  const SourceManager &SM = Ctx.getSourceManager();
  int From = C->componentOf(Loc, SM);
  if (C->checksFrom(From) &&
      !(Base && C->handedOutByMacro(Base, D, From, SM)))
    C->noteReference(D, Loc, From, Ctx);
  return false;
}

// ::agents::run(), ::agents::kLimit, agents::Mode::Fast
AST_MATCHER_P(DeclRefExpr, namesOtherComponent, Check, C) {
  return crosses(C, Node.getDecl(), Node.getLocation(),
                 Finder->getASTContext());
}

// Engine.queue, Engine->run()
AST_MATCHER_P(MemberExpr, accessesOtherComponent, Check, C) {
  return crosses(C, Node.getMemberDecl(), Node.getMemberLoc(),
                 Finder->getASTContext(), Node.getBase());
}

// The types written anywhere: variables, members, parameters and returns,
// bases, new, casts, template arguments, sizeof, friends.
AST_MATCHER_P(TypeLoc, writesOtherComponent, Check, C) {
  const NamedDecl *D = nullptr;
  SourceLocation Loc;
  switch (Node.getTypeLocClass()) {
  case TypeLoc::Record:
  case TypeLoc::Enum:
  case TypeLoc::InjectedClassName: {
    bool IsDefinition = false;
    D = ::ssot::compat::tagTypeLocDecl(Node, IsDefinition, Loc);
    if (!D || IsDefinition)
      return false; // `struct X {...} x;` declares X
    break;
  }
  case TypeLoc::Typedef: {
    auto TL = Node.getAs<TypedefTypeLoc>();
    D = ::ssot::compat::typedefTypeLocDecl(TL);
    Loc = TL.getNameLoc();
    break;
  }
  case TypeLoc::Using: {
    auto TL = Node.getAs<UsingTypeLoc>();
    D = ::ssot::compat::usingTypeLocShadow(TL)->getTargetDecl();
    Loc = TL.getNameLoc();
    break;
  }
  case TypeLoc::TemplateSpecialization: {
    auto TL = Node.getAs<TemplateSpecializationTypeLoc>();
    TemplateName Template = TL.getTypePtr()->getTemplateName();
    // `Tmpl<T>` with a template template parameter, instantiated: the text
    // names the parameter, not the template it was given (googletest's
    // TemplateSel<Tmpl> would otherwise name every test fixture).
    if (Template.getKind() == TemplateName::SubstTemplateTemplateParm ||
        Template.getKind() == TemplateName::SubstTemplateTemplateParmPack)
      return false;
    D = Template.getAsTemplateDecl();
    Loc = TL.getTemplateNameLoc();
    break;
  }
  default:
    return false;
  }
  return crosses(C, D, Loc, Finder->getASTContext());
}

// using agents::Engine;
AST_MATCHER_P(UsingDecl, importsOtherComponent, Check, C) {
  for (const UsingShadowDecl *Shadow : Node.shadows())
    crosses(C, Shadow->getTargetDecl(), Node.getLocation(),
            Finder->getASTContext());
  return false;
}
} // namespace

// The matchers record what they find and never bind: whether a reference is
// a bypass depends on the bridges, known once the whole unit has been seen
// (an annotated bridge is found through the declarations the unit names).
void BridgeBypassCheck::registerMatchers(MatchFinder *Finder) {
  if (Components.empty())
    return;
  Finder->addMatcher(declRefExpr(namesOtherComponent(this)), this);
  Finder->addMatcher(memberExpr(accessesOtherComponent(this)), this);
  Finder->addMatcher(typeLoc(writesOtherComponent(this)), this);
  Finder->addMatcher(usingDecl(importsOtherComponent(this)), this);
}

void BridgeBypassCheck::check(const MatchFinder::MatchResult &) {}

void BridgeBypassCheck::noteReference(const NamedDecl *D, SourceLocation Loc,
                                      int From, ASTContext &Context) {
  Ctx = &Context;
  const SourceManager &SM = Context.getSourceManager();
  int To = componentOfDecl(D, SM);
  if (To < 0 || To == From)
    return;
  // Where the source names it: in a macro, at the expansion site when the
  // expanding file is of the component whose text names it (an argument, or
  // its own macro), else where the name is spelled (a macro of a third
  // component naming B's internals is that component's reference, reported
  // in its header, not in every file that expands it).
  SourceLocation Report = SM.getFileLoc(Loc);
  if (Loc.isMacroID()) {
    SourceLocation Spelling = SM.getSpellingLoc(Loc);
    if (Spelling.isFileID() &&
        classifyFile(SM.getFileID(Report), SM).From != From)
      Report = Spelling;
  }
  References.push_back({D, Report, From, To,
                        static_cast<unsigned>(References.size())});
}

// googletest's ON_CALL(M, F()).WillByDefault(...) and EXPECT_CALL(M,
// F()).Times(1).WillOnce(...): the macro hands out an object of an internal
// class, and its documentation says to call these members on it. The source
// names no type of it, so a member reached through such an object, directly
// or along a chain of calls, is the macro's API, not a bypass.
bool BridgeBypassCheck::handedOutByMacro(const Expr *Base,
                                         const NamedDecl *Member, int From,
                                         const SourceManager &SM) {
  const int Owner = componentOfDecl(Member, SM);
  if (Owner < 0 || Owner == From)
    return false; // not a reference into another component anyway
  while (Base) {
    Base = Base->IgnoreParenImpCasts();
    SourceLocation Loc = Base->getExprLoc();
    if (Loc.isMacroID()) {
      SourceLocation Spelling = SM.getSpellingLoc(Loc);
      if (Spelling.isFileID() &&
          classifyFile(SM.getFileID(Spelling), SM).Home == Owner)
        return true;
    }
    if (const auto *Call = dyn_cast<CXXMemberCallExpr>(Base))
      Base = Call->getImplicitObjectArgument();
    else if (const auto *Access = dyn_cast<MemberExpr>(Base))
      Base = Access->getBase();
    else
      return false;
  }
  return false;
}

// Bridges annotated in code are found from what the unit names: the named
// declaration itself or a class or namespace around it.
void BridgeBypassCheck::findAnnotatedBridge(const NamedDecl *D,
                                            const SourceManager &SM) {
  for (const Decl *Cur = normalized(D); Cur;) {
    if (!AnnotationChecked.insert(Cur).second)
      return; // this one and those around it were looked at already
    if (::ssot::hasSSOTAnnotation(Cur, BridgeAnnotation)) {
      int Home = componentOfDecl(Cur, SM);
      const auto *ND = dyn_cast<NamedDecl>(Cur);
      if (Home >= 0 && ND && !llvm::is_contained(Annotated[Home], ND))
        Annotated[Home].push_back(ND);
    }
    const DeclContext *DC = Cur->getDeclContext();
    while (DC && DC->isTransparentContext())
      DC = DC->getParent();
    if (!DC || DC->isTranslationUnit() || DC->isFunctionOrMethod())
      return;
    Cur = normalized(cast<Decl>(DC));
  }
}

namespace {
// Collects what a bridge lets other components name.
struct InterfaceBuilder {
  llvm::DenseSet<const Decl *> &Roots;
  llvm::DenseSet<const Decl *> &Signatures;
  const llvm::DenseSet<const Decl *> &Excluded;
  static constexpr unsigned MaxDepth = 6;

  // A type named in a public signature, after stripping pointers,
  // references, arrays and cv-qualifiers; a template specialization also
  // names its template and its type arguments, a typedef what it stands for.
  void addType(QualType T, unsigned Depth) {
    while (!T.isNull() && Depth < MaxDepth) {
      T = T.getNonReferenceType();
      if (const auto *PT = T->getAs<PointerType>())
        T = PT->getPointeeType();
      else if (const auto *MPT = T->getAs<MemberPointerType>())
        T = MPT->getPointeeType();
      else if (const ArrayType *AT = T->getAsArrayTypeUnsafe())
        T = AT->getElementType();
      else
        break;
    }
    if (T.isNull() || Depth >= MaxDepth)
      return;
    if (const auto *TT = T->getAs<TypedefType>()) {
      Signatures.insert(normalized(TT->getDecl()));
      addType(TT->desugar(), Depth + 1);
      return;
    }
    if (const auto *FPT = T->getAs<FunctionProtoType>()) {
      addType(FPT->getReturnType(), Depth + 1);
      for (QualType P : FPT->param_types())
        addType(P, Depth + 1);
      return;
    }
    QualType Canonical = T.getCanonicalType();
    if (const auto *ET = Canonical->getAs<EnumType>()) {
      Signatures.insert(normalized(ET->getDecl()));
      return;
    }
    const CXXRecordDecl *RD = Canonical->getAsCXXRecordDecl();
    if (!RD)
      return;
    Signatures.insert(normalized(RD));
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      for (const TemplateArgument &Arg : Spec->getTemplateArgs().asArray())
        if (Arg.getKind() == TemplateArgument::Type)
          addType(Arg.getAsType(), Depth + 1);
  }

  void addFunction(const FunctionDecl *FD, unsigned Depth) {
    addType(FD->getReturnType(), Depth);
    for (const ParmVarDecl *P : FD->parameters())
      addType(P->getType(), Depth);
    if (const auto *FPT = FD->getType()->getAs<FunctionProtoType>())
      for (QualType E : FPT->exceptions())
        addType(E, Depth);
  }

  // A member of a bridge: its signature's types.
  void addMember(const Decl *D, unsigned Depth) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    if (const auto *FD = dyn_cast<FunctionDecl>(D))
      addFunction(FD, Depth);
    else if (const auto *VD = dyn_cast<ValueDecl>(D))
      addType(VD->getType(), Depth);
    else if (const auto *TND = dyn_cast<TypedefNameDecl>(D))
      addType(TND->getUnderlyingType(), Depth);
    else if (isa<CXXRecordDecl, ClassTemplateDecl, NamespaceDecl>(D))
      addRoot(D, Depth + 1); // a public nested class or namespace
  }

  // The class a base specifier names; in a class template, the template a
  // dependent base comes from (googletest's Matcher<T> derives from
  // internal::MatcherBase<T>, whose public members are Matcher's).
  static const CXXRecordDecl *baseClass(QualType T) {
    if (const CXXRecordDecl *RD = T->getAsCXXRecordDecl())
      return RD;
    if (const auto *TST = T->getAs<TemplateSpecializationType>())
      if (const auto *CTD = dyn_cast_or_null<ClassTemplateDecl>(
              TST->getTemplateName().getAsTemplateDecl()))
        return CTD->getTemplatedDecl();
    return nullptr;
  }

  void addRoot(const Decl *D, unsigned Depth) {
    if (Depth >= MaxDepth || Excluded.contains(normalized(D)) ||
        !Roots.insert(normalized(D)).second)
      return;
    if (const auto *CTD = dyn_cast<ClassTemplateDecl>(D))
      D = CTD->getTemplatedDecl();
    if (const auto *RD = dyn_cast<CXXRecordDecl>(D)) {
      RD = RD->getDefinition();
      if (!RD)
        return;
      Roots.insert(normalized(RD));
      for (const CXXBaseSpecifier &Base : RD->bases())
        if (Base.getAccessSpecifier() == AS_public)
          if (const CXXRecordDecl *BaseRD = baseClass(Base.getType()))
            addRoot(BaseRD, Depth + 1);
      for (const Decl *Member : RD->decls())
        if (Member->getAccess() == AS_public && !Member->isImplicit())
          addMember(Member, Depth);
      return;
    }
    if (const auto *NS = dyn_cast<NamespaceDecl>(D)) {
      for (const NamespaceDecl *Block : NS->redecls())
        for (const Decl *Member : Block->decls())
          addMember(Member, Depth);
      return;
    }
    addMember(D, Depth);
  }
};
} // namespace

BridgeBypassCheck::Interface &BridgeBypassCheck::interfaceOf(int C,
                                                             ASTContext &Ctx) {
  Interface &I = Interfaces[C];
  if (I.Built)
    return I;
  I.Built = true;
  ::ssot::QualifiedLookup Lookup(Ctx);
  for (const std::string &Name : Components[C].Bridges)
    for (const NamedDecl *D : Lookup.find(Name))
      I.Bridges.push_back(D);
  for (const NamedDecl *D : Annotated[C])
    I.Bridges.push_back(D);
  for (const std::string &Name : Components[C].Excluded)
    for (const NamedDecl *D : Lookup.find(Name))
      I.Excluded.insert(normalized(D));
  InterfaceBuilder Builder{I.Roots, I.Signatures, I.Excluded};
  for (const NamedDecl *D : I.Bridges)
    Builder.addRoot(D, 0);
  return I;
}

// Whether \p D is a bridge of component \p C, reached from one through
// public or protected members only and not through an excluded namespace or
// class, or a (public or protected member of a) type a bridge's public
// signatures name.
bool BridgeBypassCheck::isInInterface(const NamedDecl *D, int C,
                                      ASTContext &Ctx) {
  Interface &I = interfaceOf(C, Ctx);
  for (const Decl *Cur = normalized(D); Cur;) {
    if (I.Signatures.contains(Cur))
      return true;
    if (I.Excluded.contains(Cur))
      return false; // testing::internal inside the bridge ::testing
    if (I.Roots.contains(Cur))
      return true;
    const DeclContext *DC = Cur->getDeclContext();
    while (DC && DC->isTransparentContext())
      DC = DC->getParent();
    if (!DC || DC->isTranslationUnit() || DC->isFunctionOrMethod())
      return false;
    // Protected members are a class's interface to the classes derived from
    // it (googletest's fixtures call Test::SetUp()), and only they can name
    // them; private members, reached through friendship, are not.
    if (DC->isRecord() && Cur->getAccess() == AS_private)
      return false;
    Cur = normalized(cast<Decl>(DC));
  }
  return false;
}

std::string BridgeBypassCheck::bridgeName(int C) {
  if (!Components[C].Bridges.empty())
    return StringRef(Components[C].Bridges.front()).drop_front(2).str();
  if (!Interfaces[C].Bridges.empty())
    return Interfaces[C].Bridges.front()->getQualifiedNameAsString();
  return "";
}

void BridgeBypassCheck::diagnoseReferences(ASTContext &Ctx) {
  const SourceManager &SM = Ctx.getSourceManager();
  for (const Reference &R : References)
    findAnnotatedBridge(R.Target, SM);
  // Whether each declaration is a bypass is decided before sorting: most
  // references reach a bridge's interface, and only ssot-audit wants those
  // (as compliant uses), so the others are dropped here rather than sorted.
  llvm::DenseMap<const Decl *, bool> Decided;
  ::ssot::CompliantUseSink *Compliant = ::ssot::compliantUseSink();
  std::vector<Decision> Kept;
  for (const Reference &R : References) {
    const Decl *Target = normalized(R.Target);
    auto [It, New] = Decided.try_emplace(Target, false);
    if (New)
      It->second = !isInInterface(R.Target, R.To, Ctx);
    if (It->second || Compliant)
      Kept.push_back({&R, Target, SM.getDecomposedLoc(R.Loc), It->second});
  }
  // In the order of the unit; references in one file (nearly every pair)
  // compare by offset without asking the source manager.
  llvm::sort(Kept, [&](const Decision &A, const Decision &B) {
    if (A.Where.first == B.Where.first) {
      if (A.Where.second != B.Where.second)
        return A.Where.second < B.Where.second;
    } else if (A.R->Loc != B.R->Loc) {
      return SM.isBeforeInTranslationUnit(A.R->Loc, B.R->Loc);
    }
    return A.R->Order < B.R->Order;
  });
  // Each declaration is reported once per function (or per declaration
  // outside functions): the first use stands for the others. ssot-audit
  // counts the uses through the bridge the same way, as compliant uses.
  llvm::DenseSet<std::pair<const void *, const Decl *>> Reported;
  for (const Decision &K : Kept) {
    const Reference &R = *K.R;
    const Decl *Target = K.Target;
    const bool Bypass = K.Bypass;
    if (!Parents)
      Parents.emplace(Ctx);
    // The innermost function around the use (a lambda's body belongs to the
    // function that writes the lambda), else the innermost declaration.
    const Decl *ScopeDecl = nullptr;
    for (const Decl *Around : Parents->enclosingDecls(R.Loc)) {
      const auto *MD = dyn_cast<CXXMethodDecl>(Around);
      bool IsFunction =
          isa<FunctionDecl>(Around) && !(MD && MD->getParent()->isLambda());
      if (IsFunction || !ScopeDecl || !isa<FunctionDecl>(ScopeDecl))
        ScopeDecl = Around;
    }
    const void *Scope = ScopeDecl;
    if (!Scope)
      Scope = SM.getFileEntryForID(SM.getFileID(R.Loc));
    if (!Reported.insert({Scope, Target}).second)
      continue;
    if (!Bypass) {
      Compliant->compliantUse(getID(), R.Loc, SM);
      continue;
    }
    std::string Bridge = bridgeName(R.To);
    const std::string Name =
        cast<NamedDecl>(Target)->getQualifiedNameAsString();
    if (Bridge.empty())
      diag(R.Loc, "'%0' belongs to component '%1'; %select{component '%3'|"
                  "code outside the components}2 may not name it, and '%1' "
                  "has no bridge (set option 'Bridges' or annotate one with "
                  "'ssot::bridge')")
          << Name << Components[R.To].Name
          << (R.From < 0) << (R.From < 0 ? "" : Components[R.From].Name);
    else
      diag(R.Loc, "'%0' belongs to component '%1'; %select{component '%3'|"
                  "code outside the components}2 reaches it only through its "
                  "bridge '%4'")
          << Name << Components[R.To].Name
          << (R.From < 0) << (R.From < 0 ? "" : Components[R.From].Name)
          << Bridge;
    const Decl *Home = Target;
    if (const auto *Tag = dyn_cast<TagDecl>(Target))
      if (const TagDecl *Def = Tag->getDefinition())
        Home = Def;
    diag(Home->getLocation(), "'%0' declared here", DiagnosticIDs::Note)
        << Name;
    if (!Interfaces[R.To].Bridges.empty())
      diag(Interfaces[R.To].Bridges.front()->getLocation(),
           "bridge of component '%0' declared here", DiagnosticIDs::Note)
          << Components[R.To].Name;
  }
}

// How deep \p Header includes \p Target: 1 when it includes it itself, 2
// through a header it includes, and so on; 0 when it does not. The #include
// lines of the bridge header and of the headers it includes are read and
// resolved as the preprocessor would from each including file (conditions are
// not evaluated, so a header included under #if counts as included). Only
// headers inside components are followed. What a bridge header includes is
// worked out once per unit: every flagged include of its component asks
// about the same few bridge headers.
unsigned BridgeBypassCheck::includeDepth(FileEntryRef Header,
                                         const FileEntry *Target) {
  auto [It, New] = HeaderClosures.try_emplace(&Header.getFileEntry());
  if (New)
    It->second = includedBy(Header);
  return It->second.lookup(Target);
}

llvm::DenseMap<const FileEntry *, unsigned>
BridgeBypassCheck::includedBy(FileEntryRef Header) {
  HeaderSearch &HS = PP->getHeaderSearchInfo();
  FileManager &FM = PP->getFileManager();
  // Breadth first, so a file's depth is the shortest chain of includes.
  llvm::DenseMap<const FileEntry *, unsigned> Included;
  llvm::DenseSet<const FileEntry *> Seen{&Header.getFileEntry()};
  std::deque<std::pair<FileEntryRef, unsigned>> Work{{Header, 1}};
  constexpr size_t MaxFiles = 512;
  while (!Work.empty() && Seen.size() < MaxFiles) {
    auto [File, Depth] = Work.front();
    Work.pop_front();
    auto Buffer = FM.getBufferForFile(File);
    if (!Buffer)
      continue;
    StringRef Text = (*Buffer)->getBuffer();
    while (!Text.empty()) {
      auto [Line, Rest] = Text.split('\n');
      Text = Rest;
      // Most lines are not directives: look at their first character before
      // trimming anything.
      Line = Line.drop_while([](char C) { return C == ' ' || C == '\t'; });
      if (!Line.consume_front("#"))
        continue;
      Line = Line.ltrim();
      if (!Line.consume_front("include"))
        continue;
      Line = Line.ltrim();
      bool Angled = Line.starts_with("<");
      if (!Angled && !Line.starts_with("\""))
        continue;
      size_t End = Line.find(Angled ? '>' : '"', 1);
      if (End == StringRef::npos)
        continue;
      StringRef Name = Line.slice(1, End);
      std::pair<OptionalFileEntryRef, DirectoryEntryRef> Includer{File,
                                                                  File.getDir()};
      OptionalFileEntryRef Found = HS.LookupFile(
          Name, SourceLocation(), Angled, nullptr, nullptr, {Includer},
          nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
      if (!Found)
        continue;
      Included.try_emplace(&Found->getFileEntry(), Depth);
      // A component's header is brought along by headers of components,
      // not by the standard library: reading those would cost more than
      // the rest of the check.
      if (Seen.insert(&Found->getFileEntry()).second &&
          componentOfPath(absolutePath(*Found, PP->getSourceManager())) >= 0)
        Work.push_back({*Found, Depth + 1});
    }
  }
  return Included;
}

namespace {
// A bridge header that brings a flagged header along, and how deeply.
struct Carrier {
  const std::string *Spelling; // as in BridgeHeaders ("a/b.h" or "<a/b.h>")
  const FileEntry *File;
  unsigned Depth;
};

std::string quoted(const std::string &Spelling) {
  return StringRef(Spelling).starts_with("<") ? Spelling
                                              : "\"" + Spelling + "\"";
}

// The whole line of the directive at \p Hash, with its line break.
CharSourceRange directiveLine(SourceLocation Hash, const SourceManager &SM) {
  auto [FID, Offset] = SM.getDecomposedLoc(Hash);
  StringRef Text = SM.getBufferData(FID);
  size_t Begin = Text.rfind('\n', Offset);
  Begin = Begin == StringRef::npos ? 0 : Begin + 1;
  size_t End = Text.find('\n', Offset);
  End = End == StringRef::npos ? Text.size() : End + 1;
  SourceLocation Start = SM.getLocForStartOfFile(FID);
  return CharSourceRange::getCharRange(
      Start.getLocWithOffset(static_cast<SourceLocation::IntTy>(Begin)),
      Start.getLocWithOffset(static_cast<SourceLocation::IntTy>(End)));
}
} // namespace

void BridgeBypassCheck::diagnoseInclusions(const SourceManager &SM) {
  for (auto [Index, Inc] : llvm::enumerate(Inclusions)) {
    int From = componentOf(Inc.HashLoc, SM);
    if (!checksFrom(From))
      continue;
    std::string Path = absolutePath(*Inc.File, SM);
    int To = componentOfPath(Path);
    if (To < 0 || To == From || Components[To].Headers.empty())
      continue;
    // One of the bridge headers itself (by its path's tail, as spelled).
    bool IsBridgeHeader = llvm::any_of(
        Components[To].Headers, [&](const std::string &Spelling) {
          StringRef H = StringRef(Spelling).trim("<>");
          return StringRef(Path).ends_with(H) &&
                 (Path.size() == H.size() ||
                  llvm::sys::path::is_separator(Path[Path.size() - H.size() - 1]));
        });
    if (IsBridgeHeader) {
      if (::ssot::CompliantUseSink *Compliant = ::ssot::compliantUseSink())
        Compliant->compliantUse(getID(), Inc.FilenameRange.getBegin(), SM);
      continue;
    }
    // The bridge headers that bring the flagged header along, found as the
    // include directive would find them from the including file.
    llvm::SmallVector<Carrier, 4> Carriers;
    FileID Includer = SM.getFileID(SM.getExpansionLoc(Inc.HashLoc));
    OptionalFileEntryRef IncluderFile = SM.getFileEntryRefForID(Includer);
    const bool Fixable = IncluderFile && !Inc.HashLoc.isMacroID();
    if (Fixable)
      for (const std::string &Spelling : Components[To].Headers) {
        std::pair<OptionalFileEntryRef, DirectoryEntryRef> Dir{
            *IncluderFile, IncluderFile->getDir()};
        OptionalFileEntryRef Bridge = PP->getHeaderSearchInfo().LookupFile(
            StringRef(Spelling).trim("<>"), Inc.HashLoc,
            StringRef(Spelling).starts_with("<"), nullptr, nullptr, {Dir},
            nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
        if (!Bridge)
          continue;
        if (unsigned Depth =
                includeDepth(*Bridge, &Inc.File->getFileEntry()))
          Carriers.push_back({&Spelling, &Bridge->getFileEntry(), Depth});
      }
    // The file already includes one of them above this line: the flagged
    // include adds nothing, and the fix deletes it.
    const Carrier *Above = nullptr;
    for (const Inclusion &Earlier : ArrayRef(Inclusions).take_front(Index))
      for (const Carrier &C : Carriers)
        if (!Above && &Earlier.File->getFileEntry() == C.File &&
            SM.getFileID(Earlier.HashLoc) == Includer)
          Above = &C;
    // Else the bridge header that includes it most closely, when only one
    // does: a wrapper around it, not a header that happens to include it
    // deep down among others (CMake's cmsys/*.hxx all include
    // cmsys/Configure.hxx, and none of them is the one to use instead).
    const Carrier *Closest = nullptr;
    bool Tied = false;
    for (const Carrier &C : Carriers) {
      if (!Closest || C.Depth < Closest->Depth) {
        Closest = &C;
        Tied = false;
      } else if (C.Depth == Closest->Depth) {
        Tied = true;
      }
    }
    StringRef First = StringRef(Components[To].Headers.front()).trim("<>");
    if (Above) {
      diag(Inc.FilenameRange.getBegin(),
           "'%0' is internal to component '%1'; its bridge header '%2', "
           "included above, brings it along")
          << Inc.Spelled << Components[To].Name
          << StringRef(*Above->Spelling).trim("<>")
          << FixItHint::CreateRemoval(directiveLine(Inc.HashLoc, SM));
      continue;
    }
    if (Closest && !Tied) {
      std::string Replacement = quoted(*Closest->Spelling);
      diag(Inc.FilenameRange.getBegin(),
           "'%0' is internal to component '%1'; include its bridge header "
           "'%2'")
          << Inc.Spelled << Components[To].Name
          << StringRef(*Closest->Spelling).trim("<>")
          << FixItHint::CreateReplacement(Inc.FilenameRange, Replacement);
      continue;
    }
    if (Tied) {
      // Name them (the closest ones, as BridgeHeaders lists them).
      std::string Names;
      unsigned Count = 0;
      for (const Carrier &C : Carriers) {
        if (C.Depth != Closest->Depth)
          continue;
        if (++Count <= 3)
          Names += (Count > 1 ? ", '" : "'") +
                   StringRef(*C.Spelling).trim("<>").str() + "'";
      }
      if (Count > 3)
        Names += " and " + std::to_string(Count - 3) + " more";
      diag(Inc.FilenameRange.getBegin(),
           "'%0' is internal to component '%1'; include the bridge header "
           "this file needs instead")
          << Inc.Spelled << Components[To].Name;
      diag(Inc.FilenameRange.getBegin(),
           "no fix-it: %0 bridge headers of component '%1' include '%2' "
           "%select{directly|equally indirectly}3: %4",
           DiagnosticIDs::Note)
          << Count << Components[To].Name << Inc.Spelled
          << (Closest->Depth > 1) << Names;
      continue;
    }
    diag(Inc.FilenameRange.getBegin(),
         "'%0' is internal to component '%1'; include its bridge header '%2'")
        << Inc.Spelled << Components[To].Name << First;
    diag(Inc.FilenameRange.getBegin(),
         "no fix-it: no bridge header of component '%0' includes '%1'",
         DiagnosticIDs::Note)
        << Components[To].Name << Inc.Spelled;
  }
}

void BridgeBypassCheck::onEndOfTranslationUnit() {
  if (Components.empty() || !PP)
    return;
  if (!References.empty() && Ctx)
    diagnoseReferences(*Ctx);
  diagnoseInclusions(PP->getSourceManager());
  References.clear();
  Inclusions.clear();
  Parents.reset();
}

} // namespace clang::tidy::ssot
