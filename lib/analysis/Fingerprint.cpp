//===--- Fingerprint.cpp - structural fingerprints of function bodies -------===//
#include "lib/analysis/Fingerprint.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace clang;

namespace ssot {

// A fixed mixing function: the hashes are written to disk and compared across
// runs, so nothing may depend on pointers or on the process.
static uint64_t mix(uint64_t Hash, uint64_t Value) {
  Hash ^= Value + 0x9e3779b97f4a7c15ULL + (Hash << 6) + (Hash >> 2);
  Hash ^= Hash >> 33;
  Hash *= 0xff51afd7ed558ccdULL;
  Hash ^= Hash >> 33;
  return Hash;
}

namespace {
// Tags for the abstracted node kinds that do not come from StmtClass. They
// sit far above the StmtClass range.
enum ShapeTag : uint16_t {
  TagNull = 1000,
  TagValue,
  TagName,
  TagMember,
  TagCall,
  TagBinary,
  TagUnary,
  TagConversion,
  TagVariable,
  TagOtherDecl,
  TagStatement,
  TagConstruct,
};

// One detail of a body, in walk order, for describing a difference.
struct Leaf {
  DetailKind Kind;
  uint64_t Hash;
  std::string Text;
};

// Names that differ between standard libraries, or between a class and its
// view, and mean the same to a reader: libc++'s std::__1 and libstdc++'s
// std::__cxx11 (inline namespaces) are skipped, and std::basic_string and
// std::basic_string_view are one "string" (their members too), so that a
// string_view variant of a body is the same code as the string one.
static bool isStringClass(const DeclContext *DC) {
  const auto *RD = dyn_cast<RecordDecl>(DC);
  if (!RD || !RD->getIdentifier())
    return false;
  StringRef Name = RD->getName();
  if (Name != "basic_string" && Name != "basic_string_view")
    return false;
  const DeclContext *Parent = RD->getDeclContext();
  while (Parent && Parent->isInlineNamespace())
    Parent = Parent->getParent();
  return Parent && Parent->isStdNamespace();
}

// A stable hash of a declaration's qualified name, built without spelling it.
static uint64_t hashDeclName(const NamedDecl *D) {
  uint64_t H = 0x51ed2701;
  auto MixName = [&](const NamedDecl *N) {
    if (const IdentifierInfo *II = N->getIdentifier())
      H = mix(H, llvm::xxh3_64bits(II->getName()));
    else
      H = mix(H, llvm::xxh3_64bits(N->getDeclName().getAsString()));
  };
  MixName(D);
  for (const DeclContext *DC = D->getDeclContext(); DC && !DC->isTranslationUnit();
       DC = DC->getParent()) {
    if (DC->isInlineNamespace() || isa<LinkageSpecDecl>(DC))
      continue;
    if (isStringClass(DC)) {
      H = mix(H, llvm::xxh3_64bits("std::string"));
      break;
    }
    if (const auto *ND = dyn_cast<NamedDecl>(DC))
      MixName(ND);
  }
  return H;
}

// A stable hash of a type: its structure and the names of the classes and
// enums in it, references and top-level qualifiers ignored. std::string,
// std::string_view and const char * hash alike (see isStringClass).
static uint64_t hashType(QualType T) {
  if (T.isNull())
    return 0;
  T = T.getCanonicalType().getNonReferenceType();
  const Type *Ty = T.getTypePtr();
  static const uint64_t String = llvm::xxh3_64bits("std::string");
  if (const auto *Ptr = dyn_cast<PointerType>(Ty)) {
    QualType Pointee = Ptr->getPointeeType();
    if (Pointee.isConstQualified() && Pointee->isCharType())
      return String;
    return mix(mix(2, Pointee.isConstQualified()), hashType(Pointee));
  }
  if (const auto *Tag = dyn_cast<TagType>(Ty)) {
    const TagDecl *D = Tag->getDecl();
    if (isa<RecordDecl>(D) && isStringClass(cast<RecordDecl>(D)))
      return String;
    return hashDeclName(D);
  }
  if (const auto *B = dyn_cast<BuiltinType>(Ty))
    return mix(1, B->getKind());
  return mix(3, Ty->getTypeClass());
}

class Walker {
public:
  explicit Walker(BodyFingerprint &Print,
                  std::vector<Leaf> *Leaves = nullptr)
      : Print(Print), Leaves(Leaves) {}

  BodyFingerprint &Print;
  // Set only to describe a difference: every detail with its text.
  std::vector<Leaf> *Leaves;
  // The details of the statement being hashed (its locals excepted).
  uint64_t StatementDetail = 0;
  llvm::SmallDenseMap<const ValueDecl *, unsigned, 8> Locals;

  template <typename TextT>
  void leaf(DetailKind Kind, uint64_t Hash, bool InStatement, TextT Text) {
    Print.Details[Kind] = mix(Print.Details[Kind], Hash);
    if (InStatement)
      StatementDetail = mix(StatementDetail, mix(Kind, Hash));
    if (Leaves)
      Leaves->push_back({Kind, Hash, Text()});
  }

  void callee(const NamedDecl *D) {
    leaf(DetailCallees, hashDeclName(D), true,
         [&] { return D->getQualifiedNameAsString(); });
  }

  void type(QualType T) {
    leaf(DetailTypes, hashType(T), true, [&] { return T.getAsString(); });
  }

  // A reference to a value: a local by the order of first use, anything
  // else by its name.
  void value(const ValueDecl *D) {
    const auto *VD = dyn_cast<VarDecl>(D);
    if (isa<BindingDecl>(D) || (VD && VD->isLocalVarDeclOrParm())) {
      unsigned Index = Locals.try_emplace(D, Locals.size()).first->second;
      leaf(DetailNames, Index, false, [&] { return D->getNameAsString(); });
      return;
    }
    if (isa<FunctionDecl>(D))
      return callee(D);
    leaf(DetailNames, hashDeclName(D), true,
         [&] { return D->getQualifiedNameAsString(); });
  }

  void literal(const Expr *E) {
    uint64_t H = E->getStmtClass();
    std::string Text;
    if (const auto *Int = dyn_cast<IntegerLiteral>(E)) {
      H = mix(H, Int->getValue().getLimitedValue());
      if (Leaves)
        Text = llvm::toString(Int->getValue(), 10, /*Signed=*/false);
    } else if (const auto *Str = dyn_cast<StringLiteral>(E)) {
      H = mix(H, llvm::xxh3_64bits(Str->getBytes()));
      if (Leaves)
        Text = "\"" + Str->getBytes().str() + "\"";
    } else if (const auto *Char = dyn_cast<CharacterLiteral>(E)) {
      H = mix(H, Char->getValue());
      if (Leaves)
        Text = Char->getValue() >= 32 && Char->getValue() < 127
                   ? "'" + std::string(1, char(Char->getValue())) + "'"
                   : std::to_string(Char->getValue());
    } else if (const auto *Float = dyn_cast<FloatingLiteral>(E)) {
      H = mix(H, Float->getValue().bitcastToAPInt().getLimitedValue());
      if (Leaves)
        Text = std::to_string(Float->getValueAsApproximateDouble());
    } else if (const auto *Bool = dyn_cast<CXXBoolLiteralExpr>(E)) {
      H = mix(H, Bool->getValue());
      if (Leaves)
        Text = Bool->getValue() ? "true" : "false";
    } else if (Leaves) {
      Text = isa<CXXNullPtrLiteralExpr>(E) ? "nullptr" : "a literal";
    }
    leaf(DetailLiterals, H, true, [&] { return Text; });
  }

  // A statement in statement position: its local hash joins the multiset,
  // and (depth, local hash) in order joins the whole-body hash.
  void statement(const Stmt *S, unsigned Depth) {
    if (!S)
      return;
    // One switch on the class instead of a chain of casts: every body of the
    // translation unit passes through here.
    const Stmt::StmtClass Class = S->getStmtClass();
    if (Class == Stmt::CompoundStmtClass) {
      for (const Stmt *Child : cast<CompoundStmt>(S)->body())
        statement(Child, Depth);
      return;
    }
    if (Class == Stmt::AttributedStmtClass)
      return statement(cast<AttributedStmt>(S)->getSubStmt(), Depth);

    // An expression statement hashes by its abstracted shape, not by its
    // class: `d = k` is an operator call on a duration, a built-in on int.
    const bool IsExpr = isa<Expr>(S);
    uint64_t Local =
        mix(IsExpr ? uint64_t(TagStatement) : uint64_t(Class), Depth);
    // The structure goes into the whole hash, the structure and the details
    // into the statement's own hash.
    StatementDetail = 0;
    const Stmt *Nested[2] = {nullptr, nullptr};
    unsigned NumNested = 0;
    auto Nest = [&](const Stmt *Child) { Nested[NumNested++] = Child; };
    // Expressions and conditions belong to this statement's own hash; the
    // statements it controls are hashed on their own.
    switch (Class) {
    case Stmt::IfStmtClass: {
      const auto *If = cast<IfStmt>(S);
      Local = mix(Local, shape(If->getInit()));
      Local = mix(Local, shape(If->getConditionVariableDeclStmt()));
      Local = mix(Local, shape(If->getCond()));
      Local = mix(Local, If->getElse() != nullptr);
      Nest(If->getThen());
      Nest(If->getElse());
      break;
    }
    case Stmt::ForStmtClass: {
      const auto *For = cast<ForStmt>(S);
      Local = mix(Local, shape(For->getInit()));
      Local = mix(Local, shape(For->getCond()));
      Local = mix(Local, shape(For->getInc()));
      Nest(For->getBody());
      break;
    }
    case Stmt::CXXForRangeStmtClass: {
      const auto *Range = cast<CXXForRangeStmt>(S);
      Local = mix(Local, shape(Range->getRangeInit()));
      Nest(Range->getBody());
      break;
    }
    case Stmt::WhileStmtClass: {
      const auto *While = cast<WhileStmt>(S);
      Local = mix(Local, shape(While->getConditionVariableDeclStmt()));
      Local = mix(Local, shape(While->getCond()));
      Nest(While->getBody());
      break;
    }
    case Stmt::DoStmtClass: {
      const auto *Do = cast<DoStmt>(S);
      Local = mix(Local, shape(Do->getCond()));
      Nest(Do->getBody());
      break;
    }
    case Stmt::SwitchStmtClass: {
      const auto *Switch = cast<SwitchStmt>(S);
      Local = mix(Local, shape(Switch->getInit()));
      Local = mix(Local, shape(Switch->getCond()));
      Nest(Switch->getBody());
      break;
    }
    case Stmt::CaseStmtClass: {
      const auto *Case = cast<CaseStmt>(S);
      Local = mix(Local, shape(Case->getLHS()));
      Nest(Case->getSubStmt());
      break;
    }
    case Stmt::DefaultStmtClass:
      Nest(cast<DefaultStmt>(S)->getSubStmt());
      break;
    case Stmt::LabelStmtClass:
      Nest(cast<LabelStmt>(S)->getSubStmt());
      break;
    case Stmt::CXXTryStmtClass: {
      const auto *Try = cast<CXXTryStmt>(S);
      Local = mix(Local, Try->getNumHandlers());
      Print.Statements.push_back(mix(Local, StatementDetail));
      Print.Whole = mix(Print.Whole, Local);
      nested(Try->getTryBlock(), Depth);
      for (unsigned I = 0, E = Try->getNumHandlers(); I != E; ++I)
        nested(Try->getHandler(I)->getHandlerBlock(), Depth);
      return;
    }
    default:
      if (IsExpr) {
        Local = mix(Local, shape(S));
      } else {
        // return, break, declarations, ...
        for (const Stmt *Child : S->children())
          Local = mix(Local, shape(Child));
      }
      break;
    }
    Print.Statements.push_back(mix(Local, StatementDetail));
    Print.Whole = mix(Print.Whole, Local);
    for (unsigned I = 0; I != NumNested; ++I)
      nested(Nested[I], Depth);
  }

  // The full abstracted shape of an expression (or of a statement met inside
  // an expression, such as a lambda's body).
  uint64_t shape(const Stmt *S) {
    if (!S)
      return TagNull;
    // The common classes first, through one switch; the rest (and every
    // subclass the switch does not name) through the general rules below,
    // which give the same answer for the classes named here.
    switch (S->getStmtClass()) {
    case Stmt::ImplicitCastExprClass:
      // Through an implicit conversion function too (a std::string passed
      // or returned as a std::string_view): the compiler's call, not code.
      return shape(cast<ImplicitCastExpr>(S)->getSubExprAsWritten());
    case Stmt::ParenExprClass:
      return shape(cast<ParenExpr>(S)->getSubExpr());
    case Stmt::ExprWithCleanupsClass:
    case Stmt::ConstantExprClass:
      return shape(cast<FullExpr>(S)->getSubExpr());
    case Stmt::MaterializeTemporaryExprClass:
      return shape(cast<MaterializeTemporaryExpr>(S)->getSubExpr());
    case Stmt::CXXBindTemporaryExprClass:
      return shape(cast<CXXBindTemporaryExpr>(S)->getSubExpr());
    case Stmt::CXXDefaultArgExprClass:
    case Stmt::CXXDefaultInitExprClass:
      return TagNull;
    case Stmt::IntegerLiteralClass:
    case Stmt::StringLiteralClass:
    case Stmt::CharacterLiteralClass:
    case Stmt::FloatingLiteralClass:
    case Stmt::CXXBoolLiteralExprClass:
    case Stmt::CXXNullPtrLiteralExprClass:
      literal(cast<Expr>(S));
      return TagValue;
    case Stmt::DeclRefExprClass:
      return declRef(cast<DeclRefExpr>(S));
    case Stmt::MemberExprClass:
      return member(cast<MemberExpr>(S));
    case Stmt::CXXOperatorCallExprClass:
      return overloadedOperator(cast<CXXOperatorCallExpr>(S));
    case Stmt::CallExprClass:
    case Stmt::CXXMemberCallExprClass:
      return call(cast<CallExpr>(S));
    case Stmt::BinaryOperatorClass:
    case Stmt::CompoundAssignOperatorClass: {
      const auto *Bin = cast<BinaryOperator>(S);
      return binary(Bin->getOpcode(), Bin->getLHS(), Bin->getRHS());
    }
    case Stmt::UnaryOperatorClass: {
      const auto *Un = cast<UnaryOperator>(S);
      return mix(mix(TagUnary, Un->getOpcode()), shape(Un->getSubExpr()));
    }
    case Stmt::CStyleCastExprClass:
    case Stmt::CXXFunctionalCastExprClass:
    case Stmt::CXXStaticCastExprClass:
      return conversion(cast<ExplicitCastExpr>(S));
    case Stmt::CXXConstructExprClass:
    case Stmt::CXXTemporaryObjectExprClass:
      return construct(cast<CXXConstructExpr>(S));
    case Stmt::DeclStmtClass:
      return declarations(cast<DeclStmt>(S));
    // Classes no rule below names: their class and their children.
    case Stmt::ReturnStmtClass:
    case Stmt::ArraySubscriptExprClass:
    case Stmt::ConditionalOperatorClass:
    case Stmt::CXXThisExprClass:
    case Stmt::InitListExprClass:
    case Stmt::UnaryExprOrTypeTraitExprClass:
    case Stmt::CXXNewExprClass:
    case Stmt::CXXDeleteExprClass:
    case Stmt::CXXThrowExprClass:
    case Stmt::LambdaExprClass:
    case Stmt::BreakStmtClass:
    case Stmt::ContinueStmtClass:
    case Stmt::NullStmtClass:
      return generic(S);
    default:
      break;
    }
    if (const auto *E = dyn_cast<Expr>(S)) {
      // What the compiler inserts, or what a change of types adds or removes,
      // is not part of the written structure.
      if (const auto *Cast = dyn_cast<ImplicitCastExpr>(E))
        return shape(Cast->getSubExprAsWritten());
      if (const auto *Paren = dyn_cast<ParenExpr>(E))
        return shape(Paren->getSubExpr());
      if (const auto *Full = dyn_cast<FullExpr>(E))
        return shape(Full->getSubExpr());
      if (const auto *Temp = dyn_cast<MaterializeTemporaryExpr>(E))
        return shape(Temp->getSubExpr());
      if (const auto *Bind = dyn_cast<CXXBindTemporaryExpr>(E))
        return shape(Bind->getSubExpr());
      // A default argument is not written at the call: it adds nothing.
      if (isa<CXXDefaultArgExpr, CXXDefaultInitExpr>(E))
        return TagNull;
      if (const auto *Ctor = dyn_cast<CXXConstructExpr>(E))
        return construct(Ctor);
      // A value is a value: a named constant replaced by a literal (or a
      // variable by another) keeps the shape. Functions stay apart from
      // values so that calls keep their own shape.
      if (isa<IntegerLiteral, FloatingLiteral, CharacterLiteral, StringLiteral,
              CXXBoolLiteralExpr, CXXNullPtrLiteralExpr, UserDefinedLiteral,
              FixedPointLiteral, ImaginaryLiteral>(E)) {
        literal(E);
        return TagValue;
      }
      if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
        return declRef(Ref);
      if (const auto *Lookup = dyn_cast<OverloadExpr>(E)) {
        // A name resolved only at instantiation: the one function its
        // lookup found (so that a template calling strcmp calls what a
        // function calling strcmp does), else by its spelling.
        if (isa<UnresolvedLookupExpr>(Lookup) && Lookup->getNumDecls() == 1)
          callee((*Lookup->decls_begin())->getUnderlyingDecl());
        else {
          std::string Name = Lookup->getName().getAsString();
          leaf(DetailCallees, llvm::xxh3_64bits(Name), true,
               [&] { return Name; });
        }
        if (const auto *Member = dyn_cast<UnresolvedMemberExpr>(E))
          return Member->isImplicitAccess()
                     ? uint64_t(TagName)
                     : mix(TagMember, shape(Member->getBase()));
        return TagName;
      }
      if (const auto *Dependent = dyn_cast<DependentScopeDeclRefExpr>(E)) {
        std::string Name = Dependent->getDeclName().getAsString();
        leaf(DetailCallees, llvm::xxh3_64bits(Name), true,
             [&] { return Name; });
        return TagName;
      }
      if (const auto *Member = dyn_cast<MemberExpr>(E))
        return member(Member);
      if (const auto *Op = dyn_cast<CXXOperatorCallExpr>(E))
        return overloadedOperator(Op);
      if (const auto *Call = dyn_cast<CallExpr>(E))
        return call(Call);
      if (const auto *Bin = dyn_cast<BinaryOperator>(E))
        return binary(Bin->getOpcode(), Bin->getLHS(), Bin->getRHS());
      if (const auto *Un = dyn_cast<UnaryOperator>(E))
        return mix(mix(TagUnary, Un->getOpcode()), shape(Un->getSubExpr()));
      // A conversion written in another form (static_cast, T(x), (T)x, T{x})
      // is still one conversion: changing types must not change the shape.
      if (const auto *Cast = dyn_cast<ExplicitCastExpr>(E))
        return conversion(Cast);
    }
    if (const auto *DS = dyn_cast<DeclStmt>(S))
      return declarations(DS);
    return generic(S);
  }

private:
  // A statement controlled by the one before it (a branch, a loop body).
  void nested(const Stmt *Child, unsigned Depth) {
    Print.Whole = mix(Print.Whole, TagStatement);
    statement(Child, Depth + 1);
  }

  uint64_t declRef(const DeclRefExpr *Ref) {
    const ValueDecl *D = Ref->getDecl();
    value(D);
    return isa<FunctionDecl>(D) ? TagName : TagValue;
  }

  uint64_t member(const MemberExpr *Member) {
    uint64_t H = mix(TagMember, shape(Member->getBase()));
    const ValueDecl *D = Member->getMemberDecl();
    if (isa<FunctionDecl>(D))
      callee(D);
    else
      leaf(DetailNames, hashDeclName(D), true,
           [&] { return D->getQualifiedNameAsString(); });
    return H;
  }

  uint64_t conversion(const ExplicitCastExpr *Cast) {
    type(Cast->getTypeAsWritten());
    return mix(TagConversion, shape(Cast->getSubExpr()));
  }

  uint64_t generic(const Stmt *S) {
    uint64_t H = S->getStmtClass();
    for (const Stmt *Child : S->children())
      H = mix(H, shape(Child));
    return H;
  }

  // A copy or conversion the compiler spells as a construction is its
  // argument; a construction written out keeps its arity.
  uint64_t construct(const CXXConstructExpr *Ctor) {
    if (!isa<CXXTemporaryObjectExpr>(Ctor) && Ctor->getNumArgs() == 1 &&
        (Ctor->isElidable() || Ctor->getParenOrBraceRange().isInvalid()))
      return shape(Ctor->getArg(0));
    type(Ctor->getType());
    uint64_t H = mix(TagConstruct, Ctor->getNumArgs());
    for (const Expr *Arg : Ctor->arguments())
      H = mix(H, shape(Arg));
    return H;
  }

  uint64_t call(const CallExpr *Call) {
    uint64_t H = mix(TagCall, Call->getNumArgs());
    H = mix(H, shape(Call->getCallee()));
    for (const Expr *Arg : Call->arguments())
      H = mix(H, shape(Arg));
    return H;
  }

  uint64_t declarations(const DeclStmt *DS) {
    uint64_t H = DS->getStmtClass();
    for (const Decl *D : DS->decls()) {
      if (const auto *VD = dyn_cast<VarDecl>(D)) {
        type(VD->getType());
        value(VD);
        H = mix(mix(H, TagVariable), shape(VD->getInit()));
      }
      else
        H = mix(H, TagOtherDecl);
    }
    return H;
  }

  uint64_t binary(unsigned Opcode, const Stmt *LHS, const Stmt *RHS) {
    return mix(mix(mix(TagBinary, Opcode), shape(LHS)), shape(RHS));
  }

  // `a <= b` on a class type is an operator call; on int it is a built-in
  // operator. Both hash as the same operator so a type change keeps shape.
  uint64_t overloadedOperator(const CXXOperatorCallExpr *Op) {
    OverloadedOperatorKind Kind = Op->getOperator();
    unsigned N = Op->getNumArgs();
    if (Kind != OO_Call && Kind != OO_Subscript && Kind != OO_Arrow) {
      if (N == 2 && (Kind == OO_PlusPlus || Kind == OO_MinusMinus))
        return mix(mix(TagUnary, UnaryOperator::getOverloadedOpcode(Kind, true)),
                   shape(Op->getArg(0)));
      if (N == 2)
        return binary(BinaryOperator::getOverloadedOpcode(Kind), Op->getArg(0),
                      Op->getArg(1));
      if (N == 1)
        return mix(
            mix(TagUnary, UnaryOperator::getOverloadedOpcode(Kind, false)),
            shape(Op->getArg(0)));
    }
    uint64_t H = mix(TagCall, Kind);
    for (const Expr *Arg : Op->arguments())
      H = mix(H, shape(Arg));
    return H;
  }
};
} // namespace

void fingerprintBody(const Stmt *Body, BodyFingerprint &Print) {
  Print.Whole = 0;
  Print.Statements.clear();
  std::fill(std::begin(Print.Details), std::end(Print.Details), 0);
  Walker(Print).statement(Body, 0);
  // std::sort, not llvm::sort: for these short arrays of integers the
  // latter's qsort costs more than the whole walk.
  std::sort(Print.Statements.begin(), Print.Statements.end());
}

// The first detail in which two leaf lists differ, if they line up.
static const char *const DetailVerb[NumDetailKinds] = {"calls", "uses",
                                                       "uses type", "uses"};

std::string describeDifference(const Stmt *Body, const Stmt *UtilityBody) {
  BodyFingerprint A, B;
  std::vector<Leaf> LeavesA, LeavesB;
  Walker(A, &LeavesA).statement(Body, 0);
  Walker(B, &LeavesB).statement(UtilityBody, 0);
  if (A.Whole != B.Whole || LeavesA.size() != LeavesB.size())
    return "";
  for (size_t I = 0, E = LeavesA.size(); I != E; ++I) {
    const Leaf &X = LeavesA[I], &Y = LeavesB[I];
    if (X.Kind != Y.Kind)
      return "";
    if (X.Hash == Y.Hash)
      continue;
    bool Quoted = X.Kind != DetailLiterals;
    std::string Q = Quoted ? "'" : "";
    return (llvm::Twine(DetailVerb[X.Kind]) + " " + Q + X.Text + Q +
            " where the utility " + DetailVerb[X.Kind] + " " + Q + Y.Text + Q)
        .str();
  }
  return "";
}

bool substitutesCallee(const Stmt *Body, const Stmt *UtilityBody) {
  // The callees of each body, by their last name component: a template
  // names a call resolved only at instantiation by its spelling, which is
  // the same function as the qualified name resolved in the utility.
  auto Callees = [](const Stmt *S) {
    BodyFingerprint Print;
    std::vector<Leaf> Leaves;
    Walker(Print, &Leaves).statement(S, 0);
    llvm::SmallDenseSet<uint64_t, 8> Set;
    for (const Leaf &L : Leaves)
      if (L.Kind == DetailCallees)
        Set.insert(hashText(unqualifiedName(L.Text)));
    return Set;
  };
  auto Mine = Callees(Body), Theirs = Callees(UtilityBody);
  auto CallsBeyond = [](const llvm::SmallDenseSet<uint64_t, 8> &A,
                        const llvm::SmallDenseSet<uint64_t, 8> &B) {
    return llvm::any_of(A, [&](uint64_t H) { return !B.contains(H); });
  };
  return CallsBeyond(Mine, Theirs) && CallsBeyond(Theirs, Mine);
}

std::string describeDetailDifference(const BodyFingerprint &A,
                                     const BodyFingerprint &B) {
  static const char *const Phrase[NumDetailKinds] = {
      "calls other functions", "uses other literal values",
      "uses other types", "uses other names"};
  for (unsigned K = 0; K != NumDetailKinds; ++K)
    if (A.Details[K] != B.Details[K])
      return Phrase[K];
  return "";
}

BodyFingerprint fingerprintBody(const Stmt *Body) {
  BodyFingerprint Print;
  fingerprintBody(Body, Print);
  return Print;
}

unsigned sharedStatements(const BodyFingerprint &A, const BodyFingerprint &B) {
  unsigned Shared = 0;
  auto I = A.Statements.begin(), IE = A.Statements.end();
  auto J = B.Statements.begin(), JE = B.Statements.end();
  while (I != IE && J != JE) {
    if (*I < *J) {
      ++I;
    } else if (*J < *I) {
      ++J;
    } else {
      ++Shared;
      ++I;
      ++J;
    }
  }
  return Shared;
}

double similarity(const BodyFingerprint &A, const BodyFingerprint &B) {
  unsigned Total = A.size() + B.size();
  if (Total == 0)
    return 0;
  return 2.0 * sharedStatements(A, B) / Total;
}

uint64_t hashText(llvm::StringRef Text) { return llvm::xxh3_64bits(Text); }

llvm::StringRef unqualifiedName(llvm::StringRef QualifiedName) {
  size_t Pos = QualifiedName.rfind("::");
  return Pos == llvm::StringRef::npos ? QualifiedName
                                      : QualifiedName.drop_front(Pos + 2);
}

std::unique_ptr<llvm::MemoryBuffer>
readRegularFile(llvm::StringRef Path, uint64_t MaxBytes, std::string &Error,
                bool RequiresNullTerminator) {
  // Opened without blocking and checked through the open descriptor, so a
  // FIFO is refused without waiting and nothing can swap the file between
  // the check and the read.
  int FD = ::open(Path.str().c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (FD < 0) {
    Error = std::error_code(errno, std::generic_category()).message();
    return nullptr;
  }
  struct stat Status;
  std::unique_ptr<llvm::MemoryBuffer> Result;
  if (::fstat(FD, &Status) != 0) {
    Error = std::error_code(errno, std::generic_category()).message();
  } else if (!S_ISREG(Status.st_mode)) {
    Error = "not a regular file";
  } else if (static_cast<uint64_t>(Status.st_size) > MaxBytes) {
    Error = ("larger than " + llvm::Twine(MaxBytes) + " bytes").str();
  } else {
    auto Buffer = llvm::MemoryBuffer::getOpenFile(
        llvm::sys::fs::convertFDToNativeFile(FD), Path,
        static_cast<uint64_t>(Status.st_size), RequiresNullTerminator);
    if (Buffer)
      Result = std::move(*Buffer);
    else
      Error = Buffer.getError().message();
  }
  ::close(FD);
  return Result;
}

static bool isWordChar(char C) {
  return llvm::isAlnum(C) || C == '_' || C == '$' ||
         static_cast<unsigned char>(C) >= 0x80;
}

std::string tokenText(llvm::StringRef Text, size_t Max) {
  std::string Out;
  bool Blank = false;
  for (char C : Text) {
    if (Out.size() >= Max)
      break;
    if (llvm::isSpace(C)) {
      Blank = true;
      continue;
    }
    // A blank matters only where it keeps two tokens apart ("int x",
    // "a - -b"); between a word and punctuation it never does.
    if (Blank && !Out.empty() && isWordChar(Out.back()) == isWordChar(C))
      Out.push_back(' ');
    if (Out.size() >= Max)
      break;
    Out.push_back(C);
    Blank = false;
  }
  return Out;
}

void FingerprintRecord::setSource(llvm::StringRef DefinitionText) {
  Anchor = DefinitionText.split('\n').first.rtrim("\r").str();
  std::string Tokens = tokenText(DefinitionText);
  SourceHash = hashText(Tokens);
  SourceLength = Tokens.size();
}

// The checksum line's key; it is the last line, over every line before it.
static constexpr llvm::StringLiteral ChecksumKey = "checksum";

std::string formatRecord(const FingerprintRecord &Record) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << "ssot-fingerprint " << FingerprintVersion << "\n";
  OS << "utility " << Record.Utility << "\n";
  OS << "signature " << Record.Signature << "\n";
  OS << "kind " << Record.Kind << "\n";
  OS << "file " << Record.File << "\n";
  OS << "anchor " << Record.Anchor << "\n";
  OS << "source " << llvm::utohexstr(Record.SourceHash) << " "
     << Record.SourceLength << "\n";
  OS << "whole " << llvm::utohexstr(Record.Print.Whole) << "\n";
  OS << "details";
  for (uint64_t H : Record.Print.Details)
    OS << " " << llvm::utohexstr(H);
  OS << "\n";
  OS << "statements";
  for (uint64_t H : Record.Print.Statements)
    OS << " " << llvm::utohexstr(H);
  OS << "\n";
  OS << "interface " << llvm::utohexstr(Record.Interface) << "\n";
  appendChecksumLine(Out);
  return Out;
}

void appendChecksumLine(std::string &Text) {
  const uint64_t Checksum = hashText(Text); // before its own line is written
  Text += ChecksumKey;
  Text += " ";
  Text += llvm::utohexstr(Checksum);
  Text += "\n";
}

// Written out rather than StringRef::getAsInteger, which costs several times
// more per digit: a run reads every record of the directory, and a record
// holds a hash per statement.
static bool parseHex(llvm::StringRef Text, uint64_t &Value) {
  if (Text.empty() || Text.size() > 16)
    return false;
  uint64_t Result = 0;
  for (char C : Text) {
    unsigned Digit = llvm::hexDigitValue(C);
    if (Digit == ~0U)
      return false;
    Result = Result << 4 | Digit;
  }
  Value = Result;
  return true;
}

bool recordVersionMatches(llvm::StringRef Value, llvm::StringRef What,
                          unsigned Expected, std::string &Error) {
  unsigned Version = 0;
  if (!Value.trim().getAsInteger(10, Version) && Version == Expected)
    return true;
  Error = ("recorded with " + What + " version '" + Value.trim() +
           "', this build uses version " + llvm::Twine(Expected))
              .str();
  return false;
}

bool parseSourceLine(llvm::StringRef Value, uint64_t &Hash, uint64_t &Length) {
  auto [HashText, LengthText] = Value.split(' ');
  return parseHex(HashText, Hash) &&
         !LengthText.trim().getAsInteger(10, Length);
}

bool forEachRecordLine(
    llvm::StringRef Text,
    llvm::function_ref<bool(llvm::StringRef Key, llvm::StringRef Value)> Each,
    std::string &Error, std::string &ChecksumProblem) {
  llvm::SmallVector<llvm::StringRef, 16> Lines;
  Text.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  // The lines before the checksum line as they were written: a record
  // copied through a tool that turned its line ends into CRLF still checks.
  std::string Checked;
  std::optional<uint64_t> Checksum;
  for (llvm::StringRef Line : Lines) {
    Line.consume_back("\r");
    if (Checksum) {
      Error = "text after the checksum line";
      return false;
    }
    auto [Key, Value] = Line.split(' ');
    if (Key == ChecksumKey) {
      uint64_t Sum = 0;
      if (!parseHex(Value.trim(), Sum)) {
        Error = "malformed 'checksum' line";
        return false;
      }
      Checksum = Sum;
      continue;
    }
    Checked += Line;
    Checked += '\n';
    if (!Each(Key, Value))
      return false;
  }
  if (!Checksum)
    ChecksumProblem = "no checksum line (a truncated record)";
  else if (*Checksum != hashText(Checked))
    ChecksumProblem = "the checksum does not match (a damaged record)";
  return true;
}

std::optional<FingerprintRecord> parseRecord(llvm::StringRef Text,
                                             std::string &Error) {
  FingerprintRecord Record;
  bool SawVersion = false, SawWhole = false, SawStatements = false;
  std::string ChecksumProblem;
  auto Each = [&](llvm::StringRef Key, llvm::StringRef Value) {
    if (Key == "ssot-fingerprint") {
      if (!recordVersionMatches(Value, "fingerprint", FingerprintVersion,
                                Error))
        return false;
      SawVersion = true;
    } else if (Key == "utility") {
      Record.Utility = Value.trim().str();
    } else if (Key == "signature") {
      Record.Signature = Value.str();
    } else if (Key == "kind") {
      Record.Kind = Value.str();
    } else if (Key == "file") {
      Record.File = Value.str();
    } else if (Key == "anchor") {
      Record.Anchor = Value.str();
    } else if (Key == "source") {
      if (!parseSourceLine(Value, Record.SourceHash, Record.SourceLength)) {
        Error = "malformed 'source' line";
        return false;
      }
    } else if (Key == "whole") {
      if (!parseHex(Value.trim(), Record.Print.Whole)) {
        Error = "malformed 'whole' line";
        return false;
      }
      SawWhole = true;
    } else if (Key == "interface") {
      if (!parseHex(Value.trim(), Record.Interface)) {
        Error = "malformed 'interface' line";
        return false;
      }
    } else if (Key == "details") {
      llvm::SmallVector<llvm::StringRef, NumDetailKinds> Hashes;
      Value.split(Hashes, ' ', -1, /*KeepEmpty=*/false);
      if (Hashes.size() != NumDetailKinds) {
        Error = "malformed 'details' line";
        return false;
      }
      for (unsigned K = 0; K != NumDetailKinds; ++K)
        if (!parseHex(Hashes[K], Record.Print.Details[K])) {
          Error = "malformed 'details' line";
          return false;
        }
    } else if (Key == "statements") {
      llvm::SmallVector<llvm::StringRef, 16> Hashes;
      Value.split(Hashes, ' ', -1, /*KeepEmpty=*/false);
      for (llvm::StringRef H : Hashes) {
        uint64_t V = 0;
        if (!parseHex(H, V)) {
          Error = "malformed 'statements' line";
          return false;
        }
        Record.Print.Statements.push_back(V);
      }
      // formatRecord writes them sorted; a hand-edited record may not be.
      if (!llvm::is_sorted(Record.Print.Statements))
        llvm::sort(Record.Print.Statements);
      SawStatements = true;
    } else {
      Error = ("unknown key '" + Key + "'").str();
      return false;
    }
    return true;
  };
  if (!forEachRecordLine(Text, Each, Error, ChecksumProblem))
    return std::nullopt;
  if (!SawVersion || !SawWhole || !SawStatements || Record.Utility.empty() ||
      Record.File.empty()) {
    Error = "not a complete ssot fingerprint record";
    return std::nullopt;
  }
  if (!ChecksumProblem.empty()) {
    Error = std::move(ChecksumProblem);
    return std::nullopt;
  }
  return Record;
}

std::string recordNamePrefix(llvm::StringRef QualifiedName) {
  std::string Name;
  for (char C : QualifiedName.ltrim(':'))
    Name.push_back(llvm::isAlnum(C) || C == '_' ? C : '.');
  return Name + ".";
}

std::string recordFileName(const FingerprintRecord &Record) {
  // Overloads share a name; the signature keeps their records apart.
  return recordNamePrefix(Record.Utility) +
         llvm::utohexstr(hashText(Record.Signature)) + ".fp";
}

std::string recordedPath(llvm::StringRef Name) {
  llvm::SmallString<256> Path(Name);
  if (llvm::sys::fs::make_absolute(Path))
    Path = Name;
  llvm::sys::path::remove_dots(Path, /*remove_dot_dot=*/true);
  return Path.str().str();
}

std::optional<llvm::StringRef>
fieldWithLineBreak(llvm::ArrayRef<llvm::StringRef> Fields) {
  for (llvm::StringRef Field : Fields)
    if (Field.find_first_of("\n\r") != llvm::StringRef::npos)
      return Field;
  return std::nullopt;
}

std::error_code createTemporaryBeside(llvm::StringRef Final, int &FD,
                                      llvm::SmallVectorImpl<char> &Temp) {
  // Not llvm::sys::fs::createUniqueFile: it replaces every '%' of its model,
  // also those of the directory's name, which then names no directory.
  std::error_code EC;
  for (unsigned Try = 0; Try != 128; ++Try) {
    Temp.assign(Final.begin(), Final.end());
    llvm::raw_svector_ostream(Temp)
        << ".tmp-"
        << llvm::format_hex_no_prefix(llvm::sys::Process::GetRandomNumber(),
                                      8);
    EC = llvm::sys::fs::openFileForWrite(llvm::Twine(Temp), FD,
                                         llvm::sys::fs::CD_CreateNew);
    if (EC != std::errc::file_exists)
      return EC;
  }
  return EC;
}

// Best effort: a leftover temporary file is harmless (readers skip it).
static void removeQuietly(llvm::StringRef Path) {
  if (std::error_code EC = llvm::sys::fs::remove(Path))
    return;
}

bool writeRecord(llvm::StringRef Directory, const FingerprintRecord &Record,
                 std::string &Error) {
  if (std::optional<llvm::StringRef> Field =
          fieldWithLineBreak({Record.File, Record.Utility, Record.Signature})) {
    Error = "'" + Field->str() + "' contains a line break, which a record "
            "cannot hold";
    return false;
  }
  return writeRecordFile(Directory, recordFileName(Record),
                         formatRecord(Record), Error);
}

bool writeRecordFile(llvm::StringRef Directory, llvm::StringRef FileName,
                     llvm::StringRef Text, std::string &Error) {
  // The index's subdirectory is made with the directory (see IndexDirectory).
  llvm::SmallString<256> IndexDir(Directory);
  llvm::sys::path::append(IndexDir, IndexDirectory);
  if (std::error_code EC = llvm::sys::fs::create_directories(IndexDir)) {
    Error = "cannot create '" + IndexDir.str().str() + "': " + EC.message();
    return false;
  }
  llvm::SmallString<256> Final(Directory);
  llvm::sys::path::append(Final, FileName);
  int FD = -1;
  llvm::SmallString<256> Temp;
  if (std::error_code EC = createTemporaryBeside(Final, FD, Temp)) {
    Error = "cannot create a file in '" + Directory.str() + "': " + EC.message();
    return false;
  }
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      Error = "cannot write '" + Temp.str().str() + "': " + OS.error().message();
      OS.clear_error();
      removeQuietly(Temp);
      return false;
    }
  }
  // rename() replaces the old record atomically: a reader sees the old or the
  // new file, never half of one.
  if (std::error_code EC = llvm::sys::fs::rename(Temp, Final)) {
    Error = "cannot rename '" + Temp.str().str() + "': " + EC.message();
    removeQuietly(Temp);
    return false;
  }
  return true;
}

std::vector<FingerprintRecord> readRecords(llvm::StringRef Directory,
                                           std::vector<std::string> &Errors,
                                           std::vector<std::string> *Paths) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC))
    if (llvm::sys::path::extension(It->path()) == ".fp")
      Files.push_back(It->path());
  if (EC) {
    Errors.push_back(Directory.str() + ": " + EC.message());
    return {};
  }
  // Directory order is the file system's; sort for deterministic output.
  llvm::sort(Files);
  std::vector<FingerprintRecord> Records;
  Records.reserve(Files.size());
  for (const std::string &File : Files) {
    std::string Error;
    std::unique_ptr<llvm::MemoryBuffer> Buffer =
        readRegularFile(File, MaxRecordBytes, Error);
    if (!Buffer) {
      Errors.push_back((llvm::Twine(File) + ": " + Error).str());
      continue;
    }
    if (auto Record = parseRecord(Buffer->getBuffer(), Error)) {
      Records.push_back(std::move(*Record));
      if (Paths)
        Paths->push_back(File);
    } else
      Errors.push_back((llvm::Twine(File) + ": " + Error).str());
  }
  return Records;
}

// Whether the recorded definition's tokens start at \p Pos of \p FileText.
static bool holdsDefinitionAt(const FingerprintRecord &Record,
                              llvm::StringRef FileText, size_t Pos) {
  std::string Candidate = tokenText(FileText.drop_front(Pos),
                                    static_cast<size_t>(Record.SourceLength));
  return Candidate.size() == Record.SourceLength &&
         hashText(Candidate) == Record.SourceHash;
}

SourceState sourceStateIn(const FingerprintRecord &Record,
                          llvm::StringRef FileText) {
  if (Record.Anchor.empty())
    return SourceState::Changed;
  for (size_t Pos = FileText.find(Record.Anchor); Pos != llvm::StringRef::npos;
       Pos = FileText.find(Record.Anchor, Pos + 1))
    if (holdsDefinitionAt(Record, FileText, Pos))
      return SourceState::Current;
  return SourceState::Changed;
}

SourceStates::IndexedFile *SourceStates::file(llvm::StringRef Path) {
  auto [It, New] = Files.try_emplace(Path);
  if (!New)
    return It->second.get();
  std::string Error; // unreadable here, as a path of another machine is
  std::unique_ptr<llvm::MemoryBuffer> Buffer =
      readRegularFile(Path, MaxSourceBytes, Error);
  if (!Buffer)
    return nullptr;
  It->second = std::make_unique<IndexedFile>();
  It->second->Buffer = std::move(Buffer);
  return It->second.get();
}

void SourceStates::index(IndexedFile &File) {
  llvm::StringRef Text = File.Buffer->getBuffer();
  for (size_t Start = 0; Start < Text.size();) {
    size_t End = Text.find('\n', Start);
    if (End == llvm::StringRef::npos)
      End = Text.size();
    size_t First = Text.find_first_not_of(" \t", Start);
    if (First < End)
      File.Lines[hashText(Text.slice(First, End).rtrim('\r'))].push_back(
          First);
    Start = End + 1;
  }
}

SourceState SourceStates::of(const FingerprintRecord &Record) {
  IndexedFile *File = file(Record.File);
  if (!File)
    return SourceState::Unreachable;
  llvm::StringRef Text = File->Buffer->getBuffer();
  if (++File->Asked == ScansBeforeIndex)
    index(*File);
  if (File->Asked >= ScansBeforeIndex) {
    auto It = File->Lines.find(hashText(Record.Anchor));
    if (It != File->Lines.end() &&
        llvm::any_of(It->second, [&](unsigned Pos) {
          return holdsDefinitionAt(Record, Text, Pos);
        }))
      return SourceState::Current;
  }
  // A file asked about a few times, a definition that starts inside a line,
  // or one that changed.
  return sourceStateIn(Record, Text);
}

} // namespace ssot
