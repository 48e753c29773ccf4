//===--- ObjectUse.cpp - what a function does with an object it makes ------===//
#include "lib/analysis/ObjectUse.h"
#include "lib/analysis/LocalParents.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "clang/ASTMatchers/ASTMatchers.h"

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

llvm::SmallVector<const Expr *, 4> givenArguments(const Expr &Made) {
  const Expr *E = &Made;
  if (const auto *New = dyn_cast<CXXNewExpr>(E))
    E = New->getInitializer();
  llvm::SmallVector<const Expr *, 4> Given;
  if (!E)
    return Given;
  if (const auto *Construct = dyn_cast<CXXConstructExpr>(E)) {
    for (const Expr *A : Construct->arguments())
      if (!isa<CXXDefaultArgExpr>(A))
        Given.push_back(A);
  } else if (const auto *Call = dyn_cast<CallExpr>(E)) {
    // std::make_unique and its kind forward what they are given.
    Given.append(Call->arg_begin(), Call->arg_end());
  } else if (const auto *List = dyn_cast<InitListExpr>(E)) {
    for (const Expr *Init : List->inits())
      if (!isa<ImplicitValueInitExpr, CXXDefaultInitExpr>(Init))
        Given.push_back(Init);
  } else if (const auto *Parens = dyn_cast<CXXParenListInitExpr>(E)) {
    for (const Expr *Init : Parens->getUserSpecifiedInitExprs())
      Given.push_back(Init);
  }
  return Given;
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

// Whether an argument of type \p A can be passed for a parameter of type
// \p P the way a maintainer rewriting the call would pass it: the same type,
// a standard conversion between scalars, a derived class or pointer to one,
// a character pointer or std::string for a string parameter, or a class
// built implicitly from exactly that type. Constness is not looked at: the
// question is whether the factory takes this input at all.
bool passes(QualType A, QualType P, const ASTContext &Ctx) {
  A = bare(A);
  P = bare(P);
  if (A->isArrayType())
    A = bare(Ctx.getArrayDecayedType(A));
  if (Ctx.hasSameType(A, P))
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
    if (Ctx.hasSameType(To, From) || To->isVoidType())
      return true;
    const CXXRecordDecl *ToRD = To->getAsCXXRecordDecl();
    const CXXRecordDecl *FromRD = From->getAsCXXRecordDecl();
    return ToRD && FromRD && FromRD->hasDefinition() &&
           FromRD->isDerivedFrom(ToRD);
  }
  if (isStdClass(P, {"basic_string"}))
    return isCharPointer(A);
  if (isStdClass(P, {"basic_string_view"}))
    return isCharPointer(A) || isStdClass(A, {"basic_string"});
  const CXXRecordDecl *To = P->getAsCXXRecordDecl();
  if (!To || !To->hasDefinition())
    return false;
  if (const CXXRecordDecl *From = A->getAsCXXRecordDecl())
    if (From->hasDefinition() && From->isDerivedFrom(To))
      return true;
  return llvm::any_of(To->getDefinition()->ctors(),
                      [&](const CXXConstructorDecl *Ctor) {
                        return !Ctor->isExplicit() &&
                               Ctor->getNumParams() >= 1 &&
                               Ctor->getMinRequiredArguments() <= 1 &&
                               !Ctor->isCopyOrMoveConstructor() &&
                               Ctx.hasSameType(
                                   bare(Ctor->getParamDecl(0)->getType()), A);
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

// The element type of a std::initializer_list parameter, which takes any
// number of inputs (`make({"a", B, "c"})`); null for another parameter.
QualType listElement(QualType P) {
  P = bare(P);
  if (!isStdClass(P, {"initializer_list"}))
    return QualType();
  const auto *Spec =
      dyn_cast<ClassTemplateSpecializationDecl>(P->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() != 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return QualType();
  return Spec->getTemplateArgs()[0].getAsType();
}

// Whether \p Inputs can each go to a parameter of their own of \p FD, or
// into one of its std::initializer_list parameters.
bool fitInto(llvm::ArrayRef<QualType> Inputs, const FunctionDecl &FD,
             llvm::SmallVectorImpl<bool> &Taken, const ASTContext &Ctx) {
  if (Inputs.empty())
    return true;
  for (unsigned I = 0; I < FD.getNumParams(); ++I) {
    const QualType Param = FD.getParamDecl(I)->getType();
    const QualType Element = listElement(Param);
    if (!Element.isNull()) {
      if (passes(Inputs.front(), Element, Ctx) &&
          fitInto(Inputs.drop_front(), FD, Taken, Ctx))
        return true;
      continue;
    }
    if (Taken[I] || !passes(Inputs.front(), Param, Ctx))
      continue;
    Taken[I] = true;
    if (fitInto(Inputs.drop_front(), FD, Taken, Ctx))
      return true;
    Taken[I] = false;
  }
  return false;
}

void addArguments(const CallExpr &Call, llvm::SmallVectorImpl<QualType> &To) {
  for (const Expr *A : Call.arguments())
    if (!isa<CXXDefaultArgExpr>(A))
      To.push_back(writtenType(A));
}

bool isStdMove(const Stmt *S, const Stmt *Arg) {
  const auto *Call = dyn_cast<CallExpr>(S);
  const auto *Callee = Call ? Call->getDirectCallee() : nullptr;
  return Callee && Call->getNumArgs() == 1 && Call->getArg(0) == Arg &&
         Callee->isInStdNamespace() && Callee->getIdentifier() &&
         (Callee->getName() == "move" || Callee->getName() == "forward");
}

// What may make a use run other than once per object: a loop or lambda, and
// a branch (an object filled on one path only).
enum class Around : uint8_t { Lambda = 1, Loop = 2, Branch = 4 };

class UseWalk {
public:
  UseWalk(llvm::ArrayRef<const FunctionDecl *> Overloads,
          LocalParents &Parents, ASTContext &Ctx)
      : Overloads(Overloads), Parents(Parents), Ctx(Ctx) {}

  // The value the chain from \p E ends in, adding what its calls are given
  // to \p Inputs; null where the chain goes anywhere else.
  const Expr *end(const Expr &E, llvm::SmallVectorImpl<QualType> &Inputs,
                  int Calls) {
    if (Calls != 0 && isResult(E.getType()))
      return &E;
    if (Calls >= MaxCalls)
      return nullptr;
    const CXXMemberCallExpr *Call = callOn(E);
    if (!Call) {
      // Kept in a local: one use, not repeated, goes on.
      const VarDecl *V = Calls != 0 ? initialisedLocal(E, Parents) : nullptr;
      const DeclRefExpr *Ref = V ? onlyReference(*V) : nullptr;
      if (!Ref || inside(*Ref, *V, Around::Lambda, Around::Loop))
        return nullptr;
      Call = callOn(*Ref);
      if (!Call)
        return nullptr;
    }
    addArguments(*Call, Inputs);
    return end(*Call, Inputs, Calls + 1);
  }

  // Whether an overload returning a \p Result could be given \p Inputs.
  bool fits(QualType Result, llvm::ArrayRef<QualType> Inputs) {
    return llvm::any_of(Overloads, [&](const FunctionDecl *FD) {
      if (FD->isTemplated())
        return true; // its parameters may take anything
      if (FD->isDeleted() || !sameResult(Result, *FD))
        return false;
      llvm::SmallVector<bool, 8> Taken(FD->getNumParams(), false);
      return fitInto(Inputs, *FD, Taken, Ctx);
    });
  }

  // Every reference to \p V in its function's body, in source order; empty
  // if it has none or no body.
  llvm::SmallVector<const DeclRefExpr *, 4> references(const VarDecl &V) {
    llvm::SmallVector<const DeclRefExpr *, 4> Out;
    const auto *Fn =
        dyn_cast_or_null<FunctionDecl>(V.getParentFunctionOrMethod());
    const Stmt *Body = Fn ? Fn->getBody() : nullptr;
    if (!Body)
      return Out;
    using namespace ast_matchers;
    if (Body != ScopesOf) {
      ScopesOf = Body;
      Scopes.clear();
      for (const BoundNodes &N : match(
               findAll(stmt(anyOf(lambdaExpr().bind("lambda"),
                                  forStmt(), whileStmt(), doStmt(),
                                  cxxForRangeStmt(),
                                  stmt(anyOf(ifStmt(), switchStmt(),
                                             conditionalOperator(),
                                             binaryConditionalOperator(),
                                             binaryOperator(hasAnyOperatorName(
                                                 "&&", "||"))))
                                      .bind("branch")))
                           .bind("scope")),
               *Body, Ctx))
        Scopes.push_back({N.getNodeAs<Stmt>("scope"),
                          N.getNodeAs<Stmt>("lambda")   ? Around::Lambda
                          : N.getNodeAs<Stmt>("branch") ? Around::Branch
                                                        : Around::Loop});
    }
    for (const BoundNodes &N :
         match(findAll(declRefExpr(to(varDecl(equalsNode(&V)))).bind("ref")),
               *Body, Ctx))
      Out.push_back(N.getNodeAs<DeclRefExpr>("ref"));
    const SourceManager &SM = Ctx.getSourceManager();
    llvm::sort(Out, [&](const DeclRefExpr *A, const DeclRefExpr *B) {
      return SM.isBeforeInTranslationUnit(SM.getExpansionLoc(A->getLocation()),
                                          SM.getExpansionLoc(B->getLocation()));
    });
    return Out;
  }

  // Whether \p Ref lies inside a statement of one of the kinds \p Kinds
  // (a loop, a lambda, a branch) that does not contain \p V's declaration:
  // it may run more or less often than V is made.
  template <typename... Kinds>
  bool inside(const DeclRefExpr &Ref, const VarDecl &V, Kinds... Of) {
    const SourceManager &SM = Ctx.getSourceManager();
    const auto Contains = [&](const Stmt *S, SourceLocation Loc) {
      const SourceLocation At = SM.getExpansionLoc(Loc);
      return !SM.isBeforeInTranslationUnit(
                 At, SM.getExpansionLoc(S->getBeginLoc())) &&
             !SM.isBeforeInTranslationUnit(SM.getExpansionLoc(S->getEndLoc()),
                                           At);
    };
    return llvm::any_of(Scopes, [&](const Scope &S) {
      return ((S.Kind == Of) || ...) && Contains(S.Node, Ref.getLocation()) &&
             !Contains(S.Node, V.getLocation());
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
    // In a template's own body the calls may not be resolved yet.
    const auto Unresolved = [&](const DynTypedNode &N) {
      const auto *P = N.get<Expr>();
      Dependent |= P && P->isInstantiationDependent();
    };
    Unresolved(Up);
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
    const DynTypedNode Above = Parents.parent(*Member);
    Unresolved(Above);
    const auto *Call = Above.get<CXXMemberCallExpr>();
    return Call && Call->getCallee() == Member ? Call : nullptr;
  }

  // A member call on \p Ref whose value is dropped (a statement of its
  // own): a step of filling the object.
  const CXXMemberCallExpr *fill(const DeclRefExpr &Ref) {
    const CXXMemberCallExpr *Call = callOn(Ref);
    if (!Call)
      return nullptr;
    DynTypedNode Up = Parents.parent(*Call);
    if (const auto *Cleanups = Up.get<ExprWithCleanups>())
      Up = Parents.parent(*Cleanups);
    return Up.get<CompoundStmt>() ? Call : nullptr;
  }

  // The member call that hands \p E (an object of \p Class, or std::move of
  // it) to a plain local of a factory's result type, which is given no
  // other \p Class: the factory's result is that local with that one
  // object in it. Sets \p Result to the local's type.
  const CXXMemberCallExpr *handOver(const Expr &E, const CXXRecordDecl &Class,
                                    QualType &Result) {
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
    if (!Call || !llvm::is_contained(Call->arguments(), Child))
      return nullptr;
    const auto *Object = dyn_cast<DeclRefExpr>(
        Call->getImplicitObjectArgument()->IgnoreParenImpCasts());
    const auto *Receiver =
        Object ? dyn_cast<VarDecl>(Object->getDecl()) : nullptr;
    if (!Receiver || !isPlainLocal(*Receiver) ||
        !isResult(Receiver->getType()))
      return nullptr;
    // Another object of the class put in: the factory makes one at a time.
    for (const DeclRefExpr *Ref : references(*Receiver)) {
      if (Ref == Object)
        continue;
      if (const CXXMemberCallExpr *Other = callOn(*Ref))
        if (llvm::any_of(Other->arguments(), [&](const Expr *A) {
              const CXXRecordDecl *RD = bare(writtenType(A))->getAsCXXRecordDecl();
              return RD && RD->getCanonicalDecl() == Class.getCanonicalDecl();
            }))
          return nullptr;
    }
    Result = Receiver->getType();
    return Call;
  }

  /// Set when the walk met an expression a template's own body leaves
  /// unresolved.
  bool Dependent = false;

private:
  struct Scope {
    const Stmt *Node;
    Around Kind;
  };

  bool isResult(QualType T) {
    return llvm::any_of(Overloads, [&](const FunctionDecl *FD) {
      return FD->isTemplated() || sameResult(T, *FD);
    });
  }

  bool sameResult(QualType T, const FunctionDecl &FD) {
    const QualType R = FD.getReturnType();
    if (R->isDependentType() || R->isUndeducedType())
      return true;
    return Ctx.hasSameType(bare(T), bare(R));
  }

  const DeclRefExpr *onlyReference(const VarDecl &V) {
    const auto Refs = references(V);
    return Refs.size() == 1 ? Refs.front() : nullptr;
  }

  llvm::ArrayRef<const FunctionDecl *> Overloads;
  LocalParents &Parents;
  ASTContext &Ctx;
  const Stmt *ScopesOf = nullptr;
  llvm::SmallVector<Scope, 8> Scopes;
};

} // namespace

std::optional<bool>
replaceableByCall(const Expr &Made, const CXXRecordDecl &Class,
                  llvm::ArrayRef<const FunctionDecl *> Overloads,
                  LocalParents &Parents, ASTContext &Ctx) {
  UseWalk Walk(Overloads, Parents, Ctx);
  llvm::SmallVector<QualType, 8> Given;
  for (const Expr *A : givenArguments(Made))
    Given.push_back(writtenType(A));
  const auto Judged = [&](bool Replaceable) -> std::optional<bool> {
    if (!Replaceable && Walk.Dependent)
      return std::nullopt;
    return Replaceable;
  };
  // Each use of the object is one chain: the factory, called once for it,
  // must end in the same value and take what the object and the chain were
  // given.
  const auto Chain = [&](const CXXMemberCallExpr &First) {
    llvm::SmallVector<QualType, 8> Inputs(Given);
    addArguments(First, Inputs);
    const Expr *Value = Walk.end(First, Inputs, 1);
    return Value && Walk.fits(Value->getType(), Inputs);
  };
  // Handed over as it is made.
  QualType Result;
  if (Walk.handOver(Made, Class, Result))
    return Judged(Walk.fits(Result, Given));
  if (const CXXMemberCallExpr *First = Walk.callOn(Made))
    return Judged(Chain(*First));
  const VarDecl *Local = initialisedLocal(Made, Parents);
  if (!Local)
    return Judged(false); // kept in a member, handed on, returned
  const auto Refs = Walk.references(*Local);
  if (Refs.empty())
    return Judged(false);
  // Filled on every path, then handed over: `C Line; Line.push_back(A);
  // Lines.push_back(std::move(Line));` is the factory given A.
  if (Walk.handOver(*Refs.back(), Class, Result)) {
    llvm::SmallVector<QualType, 8> Inputs(Given);
    for (const DeclRefExpr *Ref : Refs) {
      if (Walk.inside(*Ref, *Local, Around::Lambda, Around::Loop,
                      Around::Branch))
        return Judged(false);
      if (Ref == Refs.back())
        break;
      const CXXMemberCallExpr *Step = Walk.fill(*Ref);
      if (!Step)
        return Judged(false);
      addArguments(*Step, Inputs);
    }
    return Judged(Walk.fits(Result, Inputs));
  }
  // Used to make values: each use a call of the factory, in a loop too, not
  // in a lambda, which may keep it.
  return Judged(llvm::all_of(Refs, [&](const DeclRefExpr *Ref) {
    const CXXMemberCallExpr *First = Walk.callOn(*Ref);
    return First && !Walk.inside(*Ref, *Local, Around::Lambda) &&
           Chain(*First);
  }));
}

} // namespace ssot
