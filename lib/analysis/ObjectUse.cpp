//===--- ObjectUse.cpp - what a function does with an object it makes ------===//
#include "lib/analysis/ObjectUse.h"
#include "lib/analysis/LocalParents.h"
#include "lib/analysis/SignatureRecord.h"
#include "lib/analysis/SourceRanges.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "lib/compat/LLVMCompat.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <vector>

using namespace clang;

namespace ssot {

bool isPlainLocal(const VarDecl &VD) {
  return VD.hasLocalStorage() && !isa<ParmVarDecl, DecompositionDecl>(VD) &&
         !VD.getType()->isReferenceType() && !VD.isExceptionVariable() &&
         !VD.isCXXForRangeDecl() && !VD.hasAttr<UnusedAttr>() &&
         !VD.hasAttr<CleanupAttr>();
}

static bool isOwningPointer(const CXXRecordDecl *RD) {
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         (RD->getName() == "unique_ptr" || RD->getName() == "shared_ptr");
}

// Only what carries the value along unchanged or takes it over is looked
// through: a constructor of another kind could do anything with its
// argument (std::thread runs it).
const VarDecl *initialisedLocal(const Expr &E, LocalParents &Parents) {
  const Stmt *Child = &E;
  for (int Depth = 0; Depth < 12; ++Depth) {
    const DynTypedNode Up = Parents.parent(*Child);
    if (const auto *VD = Up.get<VarDecl>())
      return VD->getInit() == Child && isPlainLocal(*VD) ? VD : nullptr;
    const auto *P = Up.get<Stmt>();
    if (!P)
      return nullptr;
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(P)) {
      const CXXConstructorDecl *Ctor = Construct->getConstructor();
      if (Construct->getNumArgs() != 1 ||
          !(Ctor->isCopyOrMoveConstructor() ||
            isOwningPointer(Ctor->getParent())))
        return nullptr;
    } else if (!isa<ImplicitCastExpr, ExprWithCleanups,
                    MaterializeTemporaryExpr, CXXBindTemporaryExpr, ParenExpr,
                    CXXFunctionalCastExpr>(P)) {
      return nullptr;
    }
    Child = P;
  }
  return nullptr;
}

namespace {

// What may make a part of a body run other than once per run of the body.
enum class Around : uint8_t { Lambda, Loop, Branch };

} // namespace

struct BodyIndex::Body {
  llvm::DenseMap<const VarDecl *, llvm::SmallVector<const DeclRefExpr *, 4>>
      Refs; // in source order
  llvm::SmallVector<std::pair<const Stmt *, Around>, 8> Scopes;
  bool HasGoto = false; // paths this index does not follow
};

namespace {

// Records references to locals and the statements that run their parts
// other than once, as the body is written (no instantiations: a body is
// either a template's own or an instantiation's, walked on its own).
class BodyWalker : public compat::ConstDynamicRecursiveASTVisitor {
public:
  explicit BodyWalker(BodyIndex::Body &Out) : Out(Out) {}

  bool TraverseStmt(const Stmt *S) override {
    if (!S)
      return true;
    if (const auto *Ref = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
        if (VD->hasLocalStorage())
          Out.Refs[VD].push_back(Ref);
    } else if (isa<LambdaExpr>(S)) {
      Out.Scopes.push_back({S, Around::Lambda});
    } else if (isa<ForStmt, WhileStmt, DoStmt, CXXForRangeStmt>(S)) {
      Out.Scopes.push_back({S, Around::Loop});
    } else if (isa<IfStmt, SwitchStmt, AbstractConditionalOperator,
                   CXXTryStmt>(S)) {
      Out.Scopes.push_back({S, Around::Branch});
    } else if (const auto *Op = dyn_cast<BinaryOperator>(S)) {
      if (Op->isLogicalOp())
        Out.Scopes.push_back({S, Around::Branch});
    } else if (isa<GotoStmt, IndirectGotoStmt>(S)) {
      Out.HasGoto = true;
    }
    return compat::ConstDynamicRecursiveASTVisitor::TraverseStmt(S);
  }

private:
  BodyIndex::Body &Out;
};

} // namespace

BodyIndex::BodyIndex(ASTContext &Ctx) : Ctx(Ctx) {}
BodyIndex::~BodyIndex() = default;

const BodyIndex::Body &BodyIndex::of(const Stmt &FunctionBody) {
  std::unique_ptr<Body> &Slot = Bodies[&FunctionBody];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<Body>();
  BodyWalker(*Slot).TraverseStmt(&FunctionBody);
  const SourceManager &SM = Ctx.getSourceManager();
  for (auto &Entry : Slot->Refs)
    llvm::sort(Entry.second, [&](const DeclRefExpr *A,
                                        const DeclRefExpr *B) {
      return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A->getLocation()),
                                          SM.getExpansionLoc(B->getLocation()));
    });
  return *Slot;
}

namespace {

constexpr int MaxCalls = 4;

QualType bare(QualType T) {
  return T.getNonReferenceType().getCanonicalType().getUnqualifiedType();
}

bool isStdClass(QualType T, llvm::ArrayRef<StringRef> Names) {
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  return RD && RD->isInStdNamespace() && RD->getIdentifier() &&
         llvm::is_contained(Names, RD->getName());
}

bool isCharPointer(QualType T) {
  return T->isPointerType() && T->getPointeeType()->isAnyCharacterType();
}

bool derives(QualType From, QualType To) {
  const CXXRecordDecl *FromRD = From->getAsCXXRecordDecl();
  const CXXRecordDecl *ToRD = To->getAsCXXRecordDecl();
  return FromRD && ToRD && FromRD->hasDefinition() &&
         FromRD->isDerivedFrom(ToRD);
}

// Whether an argument of type \p A can be passed for a parameter of type
// \p P the way a maintainer rewriting the call would pass it: the same type,
// a standard conversion between scalars, a derived class or pointer to one,
// a character pointer or std::string for a string parameter, or a class
// with a public constructor that is not explicit and takes one such input
// (one whose parameter a template decides: anything). Constness is not
// looked at: the question is whether the factory takes this input at all.
bool passes(QualType A, QualType P, const ASTContext &Ctx,
            bool ByConstructor = true) {
  // Decayed before the qualifiers go: a `const char[3]` literal is a
  // `const char *`.
  A = A.getNonReferenceType();
  if (A->isArrayType())
    A = Ctx.getArrayDecayedType(A);
  A = bare(A);
  P = bare(P);
  if (Ctx.hasSameType(A, P) || derives(A, P))
    return true;
  if (P->isBooleanType())
    return A->isScalarType();
  if (P->isArithmeticType())
    return A->isArithmeticType() || A->isUnscopedEnumerationType();
  if (P->isPointerType()) {
    if (A->isNullPtrType())
      return true;
    if (!A->isPointerType())
      return false;
    const QualType To = bare(P->getPointeeType());
    const QualType From = bare(A->getPointeeType());
    return Ctx.hasSameType(To, From) || To->isVoidType() || derives(From, To);
  }
  const auto IsString = [](QualType T) {
    return isStdClass(T, {"basic_string"}) ||
           (T->getAsCXXRecordDecl() &&
            T->getAsCXXRecordDecl()->hasDefinition() &&
            !T->getAsCXXRecordDecl()->forallBases([](const CXXRecordDecl *B) {
              return !(B->isInStdNamespace() && B->getIdentifier() &&
                       B->getName() == "basic_string");
            }));
  };
  if (isStdClass(P, {"basic_string"}))
    return isCharPointer(A);
  if (isStdClass(P, {"basic_string_view"}))
    return isCharPointer(A) || IsString(A);
  const CXXRecordDecl *To = P->getAsCXXRecordDecl();
  const CXXRecordDecl *Def =
      To && ByConstructor ? To->getDefinition() : nullptr;
  // A specialization nothing needed complete yet (a by-value parameter of a
  // declaration): its template's constructors say what it takes.
  if (const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(To);
      !Def && Spec && ByConstructor)
    Def = Spec->getSpecializedTemplate()->getTemplatedDecl()->getDefinition();
  if (!Def)
    return false;
  return llvm::any_of(Def->decls(), [&](const Decl *D) {
    // A caller can use only a public constructor. A parameter a template
    // decides (of a constructor template or of an unmade specialization's
    // template) may be given anything.
    if (const auto *Template = dyn_cast<FunctionTemplateDecl>(D))
      D = Template->getTemplatedDecl();
    const auto *Ctor = dyn_cast<CXXConstructorDecl>(D);
    if (!Ctor || Ctor->isExplicit() || Ctor->getNumParams() == 0 ||
        Ctor->getMinRequiredArguments() > 1 ||
        Ctor->isCopyOrMoveConstructor() || Ctor->getAccess() != AS_public)
      return false;
    const QualType Param = Ctor->getParamDecl(0)->getType();
    return Param->isDependentType() ||
           passes(A, Param, Ctx, /*ByConstructor=*/false);
  });
}

// Whether \p A, or a class it derives from, prints as a type \p Is takes
// (signatureTypeString).
bool isOrDerives(QualType A, llvm::function_ref<bool(StringRef)> Is,
                 const ASTContext &Ctx, int Depth = 0) {
  if (Is(signatureTypeString(A, Ctx)))
    return true;
  const CXXRecordDecl *RD = A->getAsCXXRecordDecl();
  if (!RD || !RD->hasDefinition() || Depth > 16)
    return false;
  return llvm::any_of(RD->bases(), [&](const CXXBaseSpecifier &Base) {
    return isOrDerives(Base.getType(), Is, Ctx, Depth + 1);
  });
}

bool isOrDerives(QualType A, StringRef Value, const ASTContext &Ctx) {
  return isOrDerives(
      A, [&](StringRef Printed) { return Printed == Value; }, Ctx);
}

// passes() for a parameter known from a signature record, rule for rule:
// the record holds as text what passes() asks of a declaration (the type,
// its class's converting constructors, whether one is a template).
bool passesRecorded(QualType A, const ParamShape &P, const ASTContext &Ctx,
                    bool ByConstructor = true) {
  A = A.getNonReferenceType();
  if (A->isArrayType())
    A = Ctx.getArrayDecayedType(A);
  A = bare(A);
  const TypeShape &T = P.Type;
  if (!T.Pointer && isOrDerives(A, T.Value, Ctx))
    return true;
  if (T.Value == "bool")
    return A->isScalarType();
  if (T.Arithmetic)
    return A->isArithmeticType() || A->isUnscopedEnumerationType();
  if (T.Pointer) {
    if (A->isNullPtrType())
      return true;
    if (!A->isPointerType())
      return false;
    return T.Pointee == "void" ||
           isOrDerives(bare(A->getPointeeType()), T.Pointee, Ctx);
  }
  const auto IsString = [](StringRef Printed) {
    return Printed.starts_with("std::basic_string<");
  };
  if (IsString(T.Value))
    return isCharPointer(A);
  if (StringRef(T.Value).starts_with("std::basic_string_view<"))
    return isCharPointer(A) || isOrDerives(A, IsString, Ctx);
  if (!ByConstructor)
    return false;
  return P.ConvertsAny ||
         llvm::any_of(P.Converting, [&](const TypeShape &First) {
           return passesRecorded(A, ParamShape{First, {}, false}, Ctx,
                                 /*ByConstructor=*/false);
         });
}

// The type of \p Arg as written: before the conversions the call applies,
// a converting constructor's (std::string from a literal) included.
QualType writtenType(const Expr *Arg) {
  const Expr *E = Arg;
  for (int Depth = 0; Depth < 4; ++Depth) {
    E = E->IgnoreImplicit();
    const auto *Construct = dyn_cast<CXXConstructExpr>(E);
    if (!Construct || isa<CXXTemporaryObjectExpr>(Construct) ||
        Construct->getNumArgs() == 0 || Construct->isListInitialization() ||
        Construct->getParenOrBraceRange().isValid())
      break;
    E = Construct->getArg(0);
  }
  return E->getType();
}

// What the construction \p Made is given, as written: not default
// arguments, implicitly initialised members, an allocator or the storage
// to build in.
void addGiven(const Expr &Made, llvm::SmallVectorImpl<QualType> &To) {
  const Expr *E = &Made;
  if (const auto *New = dyn_cast<CXXNewExpr>(E))
    E = New->getInitializer();
  if (!E)
    return;
  llvm::SmallVector<const Expr *, 4> Given;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    Given.append(Construct->arg_begin(), Construct->arg_end());
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // std::make_unique forwards what it is given; allocate_shared and
    // construct_at take an allocator or the storage first.
    Given.append(Call->arg_begin(), Call->arg_end());
    const FunctionDecl *Callee = Call->getDirectCallee();
    if (!Given.empty() && Callee && Callee->getIdentifier() &&
        (Callee->getName().starts_with("allocate_shared") ||
         Callee->getName() == "construct_at"))
      Given.erase(Given.begin());
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    Given.append(List->inits().begin(), List->inits().end());
  } else if (const auto *Parens = dyn_cast<CXXParenListInitExpr>(E)) {
    llvm::ArrayRef<Expr *> Inits = Parens->getUserSpecifiedInitExprs();
    Given.append(Inits.begin(), Inits.end());
  }
  for (const Expr *A : Given)
    if (!isa<CXXDefaultArgExpr, ImplicitValueInitExpr, CXXDefaultInitExpr>(A))
      To.push_back(writtenType(A));
}

void addArguments(const CallExpr &Call, llvm::SmallVectorImpl<QualType> &To) {
  for (const Expr *A : Call.arguments())
    if (!isa<CXXDefaultArgExpr>(A))
      To.push_back(writtenType(A));
}

// A parameter as the fit sees it: one that takes a single input of a type
// (any type where a template decides it), or one that takes any number
// (a std::initializer_list of a type, or a parameter pack).
struct Slot {
  QualType Type; // null: anything, unless Recorded says what
  const ParamShape *Recorded = nullptr;
  bool Many = false;
  bool Pack = false;
  bool Required = false;
};

// A slot of the kind takesOf names, its type left to the caller.
Slot slotFor(char Takes) {
  Slot S;
  S.Many = Takes == 'p' || Takes == 'i' || Takes == 'm';
  S.Pack = Takes == 'p';
  return S;
}

llvm::SmallVector<Slot, 8> slotsOf(const FunctionDecl &FD) {
  llvm::SmallVector<Slot, 8> Out;
  for (const ParmVarDecl *P : FD.parameters()) {
    QualType Element;
    const char Takes = takesOf(*P, Element);
    Slot &S = Out.emplace_back(slotFor(Takes));
    if (Takes == 'i')
      S.Type = Element;
    else if (Takes == 'o')
      S.Type = P->getType();
    S.Required = !S.Many && !P->hasDefaultArg();
  }
  return Out;
}

// The slots of a recorded overload, as slotsOf makes them of a declared one.
// The parser made Takes as long as ParamShapes, with an element per 'i'.
llvm::SmallVector<Slot, 8> slotsOf(const SignatureRecord &R) {
  llvm::SmallVector<Slot, 8> Out;
  const ParamShape *Element = R.Elements.data();
  for (auto [Takes, Shape] : llvm::zip_equal(R.Takes, R.ParamShapes)) {
    Slot &S = Out.emplace_back(slotFor(Takes));
    if (Takes == 'i')
      S.Recorded = Element++;
    else if (Takes == 'o')
      S.Recorded = &Shape;
  }
  // MinArgs counts the parameters before the first default argument, packs
  // left out; a parameter that takes many needs none of the inputs.
  unsigned Counted = 0;
  for (Slot &S : Out)
    if (!S.Pack)
      S.Required = ++Counted <= R.MinArgs && !S.Many;
  return Out;
}

// Matches \p From, a vertex on one side of a bipartite graph (\p Edges: its
// neighbours on the other), along an augmenting path: \p Mine and \p Theirs
// hold each side's partner (-1: none), \p Seen the other side's vertices
// visited. Called with the sides swapped to match from the other side.
bool augment(size_t From, const std::vector<std::vector<unsigned>> &Edges,
             std::vector<int> &Mine, std::vector<int> &Theirs,
             std::vector<bool> &Seen) {
  for (unsigned To : Edges[From]) {
    if (Seen[To])
      continue;
    Seen[To] = true;
    if (Theirs[To] < 0 ||
        augment(static_cast<size_t>(Theirs[To]), Edges, Mine, Theirs, Seen)) {
      Theirs[To] = static_cast<int>(From);
      Mine[From] = static_cast<int>(To);
      return true;
    }
  }
  return false;
}

// Whether \p Inputs can go each to a parameter of its own or into one that
// takes many, with every parameter that has no default given one. A
// bipartite matching, found by augmenting paths: first from each input
// that only a single parameter can take, then from each required parameter
// left; an augmenting path never unmatches a vertex, so both sets stay
// covered.
bool fitInto(llvm::ArrayRef<QualType> Inputs, llvm::ArrayRef<Slot> Slots,
             const ASTContext &Ctx) {
  const size_t N = Inputs.size(), M = Slots.size();
  // A parameter pack takes what the parameters named before it take
  // (cmStrCat(cmAlphaNum a, cmAlphaNum b, AV... args) converts each of
  // args to cmAlphaNum too), or anything when there are none.
  const auto One = [&](const Slot &S, QualType In) {
    if (S.Recorded)
      return passesRecorded(In, *S.Recorded, Ctx);
    return S.Type.isNull() || passes(In, S.Type, Ctx);
  };
  const auto Takes = [&](const Slot &S, QualType In) {
    if (!S.Pack)
      return One(S, In);
    bool Named = false;
    for (const Slot &Other : Slots) {
      if (Other.Many)
        continue;
      Named = true;
      if (One(Other, In))
        return true;
    }
    return !Named;
  };
  std::vector<std::vector<unsigned>> Edges(N);
  std::vector<bool> MustMatch(N, true);
  for (size_t I = 0; I < N; ++I)
    for (size_t J = 0; J < M; ++J) {
      if (!Takes(Slots[J], Inputs[I]))
        continue;
      if (Slots[J].Many)
        MustMatch[I] = false;
      else
        Edges[I].push_back(J);
    }
  std::vector<std::vector<unsigned>> Takers(M); // the inputs each slot takes
  for (size_t I = 0; I < N; ++I)
    for (unsigned J : Edges[I])
      Takers[J].push_back(static_cast<unsigned>(I));
  std::vector<int> OfInput(N, -1), OfSlot(M, -1);
  std::vector<bool> Seen;
  for (size_t I = 0; I < N; ++I) {
    if (!MustMatch[I])
      continue;
    Seen.assign(M, false);
    if (!augment(I, Edges, OfInput, OfSlot, Seen))
      return false;
  }
  for (size_t J = 0; J < M; ++J) {
    if (!Slots[J].Required || OfSlot[J] >= 0)
      continue;
    Seen.assign(N, false);
    if (!augment(J, Takers, OfSlot, OfInput, Seen))
      return false;
  }
  return true;
}

bool isStdMove(const Stmt *S, const Stmt *Arg) {
  const auto *Call = dyn_cast<CallExpr>(S);
  const auto *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Call->getNumArgs() == 1 && Call->getArg(0) == Arg &&
         Callee->isInStdNamespace() && Callee->getIdentifier() &&
         (Callee->getName() == "move" || Callee->getName() == "forward");
}

// A parameter through which the callee can change what it is given.
bool isOut(QualType T) {
  return (T->isLValueReferenceType() || T->isPointerType()) &&
         !T->getPointeeType().isConstQualified();
}

class UseWalk {
public:
  UseWalk(llvm::ArrayRef<const FunctionDecl *> Overloads,
          llvm::ArrayRef<SignatureRecord> Recorded, LocalParents &Parents,
          BodyIndex &Bodies, ASTContext &Ctx)
      : Overloads(Overloads), Recorded(Recorded), Parents(Parents),
        Bodies(Bodies), Ctx(Ctx) {}

  // The value the chain from the call \p E ends in, adding what its calls
  // are given to \p Inputs; null where the chain goes anywhere else.
  const Expr *end(const CXXMemberCallExpr &E,
                  llvm::SmallVectorImpl<QualType> &Inputs, int Calls) {
    if (isResult(E.getType()))
      return &E;
    if (Calls >= MaxCalls)
      return nullptr;
    const CXXMemberCallExpr *Call = callOn(E);
    if (!Call) {
      // Kept in a local: one use, not repeated, goes on.
      const VarDecl *V = initialisedLocal(E, Parents);
      const auto Refs = V ? references(*V) : RefList();
      if (Refs.size() != 1 ||
          inside(*Refs.front(), *V, {Around::Lambda, Around::Loop}))
        return nullptr;
      Call = callOn(*Refs.front());
      if (!Call)
        return nullptr;
    }
    addArguments(*Call, Inputs);
    return end(*Call, Inputs, Calls + 1);
  }

  // Whether an overload returning a \p Result could be given \p Inputs.
  bool fits(QualType Result, llvm::ArrayRef<QualType> Inputs) {
    return llvm::any_of(Overloads,
                        [&](const FunctionDecl *FD) {
                          return !FD->isDeleted() && sameResult(Result, *FD) &&
                                 fitInto(Inputs, slotsOf(*FD), Ctx);
                        }) ||
           llvm::any_of(Recorded, [&](const SignatureRecord &R) {
             return R.Kind != "deleted" && sameResult(Result, R) &&
                    fitInto(Inputs, slotsOf(R), Ctx);
           });
  }

  using RefList = llvm::ArrayRef<const DeclRefExpr *>;

  // Every reference to the local \p V in its function's body, in source
  // order; empty if it has none or no body.
  RefList references(const VarDecl &V) {
    const Body *B = bodyOf(V);
    if (!B)
      return {};
    auto It = B->Refs.find(&V);
    return It == B->Refs.end() ? RefList() : RefList(It->second);
  }

  // Whether the references \p Refs can be told apart in source order:
  // several in one macro expansion cannot.
  bool ordered(RefList Refs) {
    const SourceManager &SM = Ctx.getSourceManager();
    for (size_t I = 1; I < Refs.size(); ++I)
      if (SM.getExpansionLoc(Refs[I - 1]->getLocation()) ==
          SM.getExpansionLoc(Refs[I]->getLocation()))
        return false;
    return true;
  }

  // Whether the body holding \p V has a goto, whose paths are not followed.
  bool hasGoto(const VarDecl &V) {
    const Body *B = bodyOf(V);
    return !B || B->HasGoto;
  }

  // Whether \p Ref lies inside a statement of one of \p Kinds (a lambda, a
  // loop, a branch) that does not contain \p V's declaration: it may run
  // more or less often than V is made.
  bool inside(const Expr &Ref, const VarDecl &V,
              std::initializer_list<Around> Kinds = {
                  Around::Lambda, Around::Loop, Around::Branch}) {
    const Body *B = bodyOf(V);
    if (!B)
      return true;
    const SourceManager &SM = Ctx.getSourceManager();
    const auto Contains = [&](const Stmt *S, SourceLocation Loc) {
      return rangeContains({SM.getExpansionLoc(S->getBeginLoc()),
                            SM.getExpansionLoc(S->getEndLoc())},
                           SM.getExpansionLoc(Loc), SM);
    };
    return llvm::any_of(B->Scopes, [&](const auto &Scope) {
      return llvm::is_contained(Kinds, Scope.second) &&
             Contains(Scope.first, Ref.getBeginLoc()) &&
             !Contains(Scope.first, V.getLocation());
    });
  }

  // The member call that \p E, an object or an owning pointer to one, is
  // the object of, as a temporary or through a reference to a local.
  const CXXMemberCallExpr *callOn(const Expr &E) {
    const Stmt *Child = &E;
    DynTypedNode Up;
    const auto Climb = [&] {
      Up = Parents.parent(*Child);
      while (const auto *P = Up.get<Stmt>()) {
        if (!isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                 CXXBindTemporaryExpr, ParenExpr>(P))
          break;
        Child = P;
        Up = Parents.parent(*P);
      }
    };
    Climb();
    // unique_ptr's operator-> leads to the member.
    if (const auto *Arrow = Up.get<CXXOperatorCallExpr>()) {
      if (Arrow->getOperator() != OO_Arrow || Arrow->getArg(0) != Child)
        return nullptr;
      Child = Arrow;
      Climb();
    }
    const auto *Member = Up.get<MemberExpr>();
    if (!Member || Member->getBase() != Child)
      return nullptr;
    const auto *Call = Parents.parent(*Member).get<CXXMemberCallExpr>();
    return Call && Call->getCallee() == Member ? Call : nullptr;
  }

  // Whether \p Ref is filled in a statement of its own: a non-const member
  // call on it whose value is dropped and which is given nothing it could
  // write to (`Line.push_back(A);`), or insertions into it (`Out << A <<
  // B;`). Adds what it is given to \p Inputs and returns the statement.
  const Expr *fill(const DeclRefExpr &Ref,
                   llvm::SmallVectorImpl<QualType> &Inputs) {
    const Expr *Whole = nullptr;
    if (const CXXMemberCallExpr *Call = callOn(Ref)) {
      const CXXMethodDecl *Method = Call->getMethodDecl();
      if (!Method || Method->isConst() ||
          llvm::any_of(Method->parameters(), [](const ParmVarDecl *P) {
            return isOut(P->getType());
          }))
        return nullptr;
      addArguments(*Call, Inputs);
      Whole = Call;
    } else {
      const Stmt *Child = &Ref;
      for (int Depth = 0; Depth < 32; ++Depth) {
        DynTypedNode Up = Parents.parent(*Child);
        while (const auto *Cast = Up.get<ImplicitCastExpr>()) {
          Child = Cast;
          Up = Parents.parent(*Cast);
        }
        const auto *Insert = Up.get<CXXOperatorCallExpr>();
        if (!Insert || Insert->getOperator() != OO_LessLess ||
            Insert->getNumArgs() != 2 || Insert->getArg(0) != Child)
          break;
        Inputs.push_back(writtenType(Insert->getArg(1)));
        Whole = Insert;
        Child = Insert;
      }
    }
    return Whole && isStatement(*Whole) ? Whole : nullptr;
  }

  // The call that hands \p E (the object, or std::move of it) to
  // a default-initialised plain local of an overload's result type as its
  // only element, on every path the local is made on, with nothing before
  // it put in and nothing after it that can change the local: the factory's
  // result is that local. Sets \p Result to the local's type.
  const CXXMemberCallExpr *handOver(const Expr &E, QualType &Result) {
    const Stmt *Child = &E;
    DynTypedNode Up = Parents.parent(*Child);
    for (int Depth = 0; Depth < 8; ++Depth) {
      const auto *P = Up.get<Stmt>();
      const auto *Copy = dyn_cast_or_null<CXXConstructExpr>(P);
      if (!P || !(isa<ImplicitCastExpr, MaterializeTemporaryExpr,
                      CXXBindTemporaryExpr, ParenExpr>(P) ||
                  isStdMove(P, Child) ||
                  (Copy && Copy->getNumArgs() == 1 &&
                   Copy->getConstructor()->isCopyOrMoveConstructor())))
        break;
      Child = P;
      Up = Parents.parent(*P);
    }
    const auto *Call = Up.get<CXXMemberCallExpr>();
    const CXXMethodDecl *Method = Call ? Call->getMethodDecl() : nullptr;
    if (!Method || Call->getNumArgs() != 1 || Call->getArg(0) != Child ||
        !Method->getIdentifier() ||
        !llvm::is_contained({"push_back", "emplace_back", "push_front",
                             "emplace_front"},
                            Method->getName()))
      return nullptr;
    const auto *Object = dyn_cast<DeclRefExpr>(
        Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    const auto *Receiver =
        Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
    if (!Receiver || !isPlainLocal(*Receiver) ||
        !isResult(Receiver->getType()) || !isEmpty(*Receiver) ||
        inside(*Call, *Receiver))
      return nullptr;
    const RefList Refs = references(*Receiver);
    if (Refs.empty() || Refs.front() != Object || !ordered(Refs) ||
        !llvm::all_of(Refs.drop_front(), [&](const DeclRefExpr *Ref) {
          return readOnly(*Ref);
        }))
      return nullptr;
    Result = Receiver->getType();
    return Call;
  }

private:
  using Body = BodyIndex::Body;

  const Body *bodyOf(const VarDecl &V) {
    const auto *Fn =
        dyn_cast_or_null<FunctionDecl>(V.getParentFunctionOrMethod());
    const Stmt *FnBody = Fn ? Fn->getBody() : nullptr;
    return FnBody ? &Bodies.of(*FnBody) : nullptr;
  }

  bool isStatement(const Expr &E) {
    DynTypedNode Up = Parents.parent(E);
    if (const auto *Cleanups = Up.get<ExprWithCleanups>())
      Up = Parents.parent(*Cleanups);
    return Up.get<CompoundStmt>() != nullptr;
  }

  // Made empty: no initializer, or one given nothing.
  static bool isEmpty(const VarDecl &V) {
    const Expr *Init = V.getInit();
    if (!Init)
      return true;
    Init = Init->IgnoreImplicit();
    if (const auto *Construct = dyn_cast<CXXConstructExpr>(Init))
      return llvm::all_of(Construct->arguments(), [](const Expr *A) {
        return isa<CXXDefaultArgExpr>(A);
      });
    if (const auto *List = dyn_cast<InitListExpr>(Init))
      return List->getNumInits() == 0;
    return false;
  }

  // A use of a local that cannot change it: a const member call, an
  // argument the callee takes by value, by const reference or moved from,
  // or anything copied or returned.
  bool readOnly(const DeclRefExpr &Ref) {
    if (const CXXMemberCallExpr *Call = callOn(Ref))
      return Call->getMethodDecl() && Call->getMethodDecl()->isConst();
    const Stmt *Child = &Ref;
    DynTypedNode Up = Parents.parent(Ref);
    while (const auto *Cast = Up.get<ImplicitCastExpr>()) {
      Child = Cast;
      Up = Parents.parent(*Cast);
    }
    if (const auto *P = Up.get<Stmt>(); P && isStdMove(P, Child))
      return true;
    if (Up.get<ReturnStmt>() || Up.get<VarDecl>())
      return true;
    if (const auto *Construct = Up.get<CXXConstructExpr>())
      return Construct->getConstructor()->isCopyOrMoveConstructor();
    const auto *Call = Up.get<CallExpr>();
    const FunctionDecl *Callee = Call ? Call->getDirectCallee() : nullptr;
    if (!Callee || isa<CXXOperatorCallExpr>(Call))
      return false;
    for (unsigned I = 0; I < Call->getNumArgs(); ++I)
      if (Call->getArg(I) == Child)
        return I < Callee->getNumParams() &&
               !isOut(Callee->getParamDecl(I)->getType());
    return false;
  }

  bool isResult(QualType T) {
    return llvm::any_of(Overloads,
                        [&](const FunctionDecl *FD) {
                          return sameResult(T, *FD);
                        }) ||
           llvm::any_of(Recorded, [&](const SignatureRecord &R) {
             return sameResult(T, R);
           });
  }

  bool sameResult(QualType T, const FunctionDecl &FD) {
    return Ctx.hasSameType(bare(T), bare(FD.getReturnType()));
  }

  // A result a template decides is recorded as none, and is no value here.
  bool sameResult(QualType T, const SignatureRecord &R) {
    return !R.ResultValue.empty() &&
           signatureTypeString(bare(T), Ctx) == R.ResultValue;
  }

  llvm::ArrayRef<const FunctionDecl *> Overloads;
  llvm::ArrayRef<SignatureRecord> Recorded;
  LocalParents &Parents;
  BodyIndex &Bodies;
  ASTContext &Ctx;
};

// Whether \p E is written in a template's own body (not an instantiation),
// where calls on the object may not be resolved yet.
bool inTemplatePattern(const Expr &E, LocalParents &Parents) {
  const Stmt *Child = &E;
  for (int Depth = 0; Depth < 256; ++Depth) {
    const DynTypedNode Up = Parents.parent(*Child);
    if (const auto *D = Up.get<Decl>()) {
      const auto *DC = dyn_cast<DeclContext>(D);
      if (!DC)
        DC = D->getDeclContext();
      return DC && DC->isDependentContext();
    }
    const auto *P = Up.get<Stmt>();
    if (!P)
      return false;
    Child = P;
  }
  return false;
}

} // namespace

std::optional<bool>
replaceableByCall(const Expr &Made,
                  llvm::ArrayRef<const FunctionDecl *> Overloads,
                  llvm::ArrayRef<SignatureRecord> Recorded,
                  LocalParents &Parents, BodyIndex &Bodies, ASTContext &Ctx) {
  if (inTemplatePattern(Made, Parents))
    return std::nullopt;
  UseWalk Walk(Overloads, Recorded, Parents, Bodies, Ctx);
  llvm::SmallVector<QualType, 8> Given;
  addGiven(Made, Given);
  // Each use of the object is one chain: the factory, called once for it,
  // must end in the same value and take what the object and the chain were
  // given.
  const auto Chain = [&](const CXXMemberCallExpr &First,
                         llvm::SmallVectorImpl<QualType> &Inputs) {
    addArguments(First, Inputs);
    const Expr *Value = Walk.end(First, Inputs, 1);
    return Value && Walk.fits(Value->getType(), Inputs);
  };
  // Handed over as it is made.
  QualType Result;
  if (Walk.handOver(Made, Result))
    return Walk.fits(Result, Given);
  if (const CXXMemberCallExpr *First = Walk.callOn(Made)) {
    llvm::SmallVector<QualType, 8> Inputs(Given);
    return Chain(*First, Inputs);
  }
  const VarDecl *Local = initialisedLocal(Made, Parents);
  if (!Local || Walk.hasGoto(*Local))
    return false; // kept in a member, handed on, returned; or paths unknown
  const UseWalk::RefList Refs = Walk.references(*Local);
  if (Refs.empty())
    return false;
  // Used to make values: each use a call of the factory, in a loop too, not
  // in a lambda, which may keep it.
  if (llvm::all_of(Refs, [&](const DeclRefExpr *Ref) {
        const CXXMemberCallExpr *First = Walk.callOn(*Ref);
        llvm::SmallVector<QualType, 8> Inputs(Given);
        return First && !Walk.inside(*Ref, *Local, {Around::Lambda}) &&
               Chain(*First, Inputs);
      }))
    return true;
  // Filled on every path, then used once: handed over (`C Line;
  // Line.push_back(A); Lines.push_back(std::move(Line));` is the factory
  // given A) or made into a value (`Buf S; S << A << B; use(S.str());`).
  if (!Walk.ordered(Refs))
    return false;
  llvm::SmallVector<QualType, 8> Inputs(Given);
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Filled; // where the last fill ends
  for (const DeclRefExpr *Ref : Refs) {
    if (Walk.inside(*Ref, *Local) ||
        (Filled.isValid() &&
         !SM.isBeforeInTranslationUnit(Filled,
                                       SM.getExpansionLoc(Ref->getLocation()))))
      return false;
    if (Ref == Refs.back())
      break;
    const Expr *Fill = Walk.fill(*Ref, Inputs);
    if (!Fill)
      return false;
    Filled = SM.getExpansionLoc(Fill->getEndLoc());
  }
  if (Walk.handOver(*Refs.back(), Result))
    return Walk.fits(Result, Inputs);
  const CXXMemberCallExpr *Last = Walk.callOn(*Refs.back());
  return Last && Chain(*Last, Inputs);
}

} // namespace ssot
