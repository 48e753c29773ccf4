//===--- SignatureRecordTest.cpp - tests of lib/analysis/SignatureRecord ---===//
#include "lib/analysis/SignatureRecord.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/Frontend/ASTUnit.h"
#include "clang/Tooling/Tooling.h"
#include "gtest/gtest.h"

using namespace ssot;

namespace {
// The parameter and result shapes of function Name in Code, and the shape of
// the type of variable Var (an argument).
class Shapes {
public:
  explicit Shapes(llvm::StringRef Code)
      : AST(clang::tooling::buildASTFromCodeWithArgs(Code, {"-std=c++17"})) {}
  const clang::FunctionDecl *function(llvm::StringRef Name) {
    for (const clang::Decl *D :
         AST->getASTContext().getTranslationUnitDecl()->decls())
      if (const auto *FD = llvm::dyn_cast<clang::FunctionDecl>(D))
        if (FD->getName() == Name)
          return FD;
    ADD_FAILURE() << "no function " << Name.str();
    return nullptr;
  }
  ParamShape param(llvm::StringRef Name, unsigned Index) {
    return describeParam(function(Name)->getParamDecl(Index)->getType(),
                         AST->getASTContext());
  }
  TypeShape type(clang::QualType T) {
    return describeType(T, AST->getASTContext());
  }
  clang::ASTContext &ctx() { return AST->getASTContext(); }

private:
  std::unique_ptr<clang::ASTUnit> AST;
};

constexpr llvm::StringLiteral Code = R"cpp(
struct Name {
  Name(const char *);
  explicit Name(int);
  template <class T> Name(T *, int = 0);
};
struct Widget {};
namespace std {
template <class T> struct default_delete {};
template <class T, class D = default_delete<T>> struct unique_ptr {};
}
std::unique_ptr<Widget> make(const Name &N, double Scale, int &Out, char *Buf);
)cpp";
} // namespace

TEST(SignatureRecordTest, ShapesOfParametersAndResult) {
  Shapes S(Code);
  ParamShape N = S.param("make", 0);
  EXPECT_EQ(N.Type.Ref, 'c');
  EXPECT_EQ(N.Type.Value, "Name");
  // The non-explicit `const char *` constructor converts; the explicit one
  // and the dependent template do not.
  ASSERT_EQ(N.Converting.size(), 1u);
  EXPECT_EQ(N.Converting[0].Value, "const char *");
  EXPECT_TRUE(N.Converting[0].PointeeConst);
  EXPECT_TRUE(S.param("make", 1).Type.Arithmetic);
  EXPECT_EQ(S.param("make", 2).Type.Ref, 'l');
  ResultShape R = describeResult(S.function("make")->getReturnType(), S.ctx());
  EXPECT_EQ(R.Smart, "unique_ptr");
  EXPECT_EQ(R.Pointee, "Widget");
}

TEST(SignatureRecordTest, AcceptanceIsTheSameForRecordedShapes) {
  Shapes S(Code);
  clang::ASTContext &Ctx = S.ctx();
  const TypeShape Literal = S.type(Ctx.getStringLiteralArrayType(Ctx.CharTy, 3));
  const TypeShape Int = S.type(Ctx.IntTy);
  const TypeShape ConstInt = S.type(Ctx.IntTy.withConst());
  const TypeShape ConstChars = S.type(Ctx.getPointerType(Ctx.CharTy.withConst()));
  SignatureRecord Record;
  Record.Name = "::make";
  Record.Result = "std::unique_ptr<Widget>";
  Record.File = "/src/make.h";
  Record.Returns = describeResult(S.function("make")->getReturnType(), Ctx);
  for (unsigned I = 0; I != 4; ++I) {
    Record.Params.push_back("p");
    Record.ParamValues.push_back("v");
    Record.ParamShapes.push_back(S.param("make", I));
  }
  Record.Takes = "oooo";
  Record.MinArgs = 4;
  std::string Error;
  std::optional<SignatureRecord> Read =
      parseSignature(formatSignature(Record), Error);
  ASSERT_TRUE(Read) << Error;
  EXPECT_EQ(Read->Returns.Smart, "unique_ptr");
  EXPECT_EQ(Read->Returns.Pointee, "Widget");
  ASSERT_EQ(Read->ParamShapes.size(), 4u);
  for (unsigned I = 0; I != 4; ++I) {
    const ParamShape &Declared = Record.ParamShapes[I];
    const ParamShape &Recorded = Read->ParamShapes[I];
    for (const TypeShape *Arg : {&Literal, &Int, &ConstInt, &ConstChars})
      for (bool LValue : {true, false})
        EXPECT_EQ(acceptsArgument(Declared, *Arg, LValue),
                  acceptsArgument(Recorded, *Arg, LValue))
            << "parameter " << I << ", argument " << Arg->Value;
  }
  // The string literal reaches `const Name &` through Name(const char *);
  // a const int does not bind to `int &`; a `const char *` is no `char *`.
  EXPECT_TRUE(acceptsArgument(Read->ParamShapes[0], Literal, true));
  EXPECT_FALSE(acceptsArgument(Read->ParamShapes[0], Int, false));
  EXPECT_TRUE(acceptsArgument(Read->ParamShapes[1], Int, false));
  EXPECT_TRUE(acceptsArgument(Read->ParamShapes[2], Int, true));
  EXPECT_FALSE(acceptsArgument(Read->ParamShapes[2], ConstInt, true));
  EXPECT_FALSE(acceptsArgument(Read->ParamShapes[3], ConstChars, false));
}

// What the utility check's fix accepts: the value unchanged. A pointer may
// gain qualifiers; no arithmetic or user-defined conversion is added, and a
// reference binds as the standard rules say.
TEST(SignatureRecordTest, UnchangedValuesOnly) {
  Shapes S(Code);
  clang::ASTContext &Ctx = S.ctx();
  const TypeShape Literal = S.type(Ctx.getStringLiteralArrayType(Ctx.CharTy, 3));
  const TypeShape Int = S.type(Ctx.IntTy);
  const TypeShape Chars = S.type(Ctx.getPointerType(Ctx.CharTy));
  const TypeShape ConstChars = S.type(Ctx.getPointerType(Ctx.CharTy.withConst()));
  const TypeShape Null = S.type(Ctx.NullPtrTy);
  // make(const Name &, double, int &, char *)
  const TypeShape NameRef = S.param("make", 0).Type;
  const TypeShape Double = S.param("make", 1).Type;
  const TypeShape IntRef = S.param("make", 2).Type;
  const TypeShape CharsParam = S.param("make", 3).Type;
  EXPECT_TRUE(acceptsUnchanged(ConstChars, Chars, true));
  EXPECT_TRUE(acceptsUnchanged(ConstChars, Literal, true));
  EXPECT_TRUE(acceptsUnchanged(ConstChars, Null, false));
  EXPECT_FALSE(acceptsUnchanged(CharsParam, ConstChars, true));
  EXPECT_TRUE(acceptsUnchanged(CharsParam, Chars, true));
  // acceptsArgument takes these; the value would change.
  EXPECT_FALSE(acceptsUnchanged(Double, Int, false));
  EXPECT_TRUE(acceptsArgument(S.param("make", 1), Int, false));
  EXPECT_FALSE(acceptsUnchanged(NameRef, Literal, true));
  EXPECT_TRUE(acceptsArgument(S.param("make", 0), Literal, true));
  EXPECT_TRUE(acceptsUnchanged(IntRef, Int, true));
  EXPECT_FALSE(acceptsUnchanged(IntRef, Int, false));
}

TEST(SignatureRecordTest, MalformedShapesAreRejected) {
  SignatureRecord Record;
  Record.Name = "::f";
  Record.Result = "int";
  Record.File = "/src/f.h";
  Record.Params = {"int"};
  Record.ParamValues = {"int"};
  Record.ParamShapes = {{}};
  Record.ParamShapes[0].Type.Value = "int";
  Record.Takes = "o";
  Record.MinArgs = 1;
  std::string Text = formatSignature(Record), Error;
  ASSERT_TRUE(parseSignature(Text, Error)) << Error;
  // A converting constructor of a parameter that was not described first,
  // an unknown flag: damaged records, whatever the checksum says.
  for (auto [From, To] :
       {std::pair<llvm::StringRef, llvm::StringRef>{"param-shape n\t",
                                                   "param-shape nz\t"},
        {"result-shape \t\n", "result-shape unique_ptr\t\n"}}) {
    std::string Bad = Text;
    size_t At = Bad.find(From.str());
    ASSERT_NE(At, std::string::npos) << From.str();
    Bad.replace(At, From.size(), To.str());
    EXPECT_FALSE(parseSignature(Bad, Error));
    EXPECT_NE(Error.find("malformed"), std::string::npos) << Error;
  }
  std::string Orphan = Text;
  Orphan.insert(Orphan.find("param-shape"), "param-converts 0 n\tint\t\n");
  EXPECT_FALSE(parseSignature(Orphan, Error));
}

// What a check needs to judge whether one call could take what several were
// given: which parameters take many inputs, the elements of an
// initializer_list, and the result's value type. They round-trip, and a
// record that lacks them, or gets them wrong, is not used.
TEST(SignatureRecordTest, ManyTakingParametersRoundTrip) {
  SignatureRecord Record;
  Record.Name = "::cat";
  Record.Result = "const std::basic_string<char> &";
  Record.ResultValue = "std::basic_string<char>";
  Record.File = "/src/cat.h";
  Record.Params = {"int", "std::initializer_list<Piece>", "const More &..."};
  Record.ParamValues = Record.Params;
  Record.ParamShapes = {{}, {}, {}};
  for (ParamShape &P : Record.ParamShapes)
    P.Type.Value = "x";
  Record.Takes = "oip";
  Record.Elements = {{}};
  Record.Elements[0].Type.Value = "Piece";
  Record.Elements[0].Converting = {{}};
  Record.Elements[0].Converting[0].Value = "int";
  Record.Elements[0].Converting[0].Arithmetic = true;
  Record.Elements[0].ConvertsAny = true;
  Record.ParamShapes[1].ConvertsAny = true;
  Record.MinArgs = 1;
  std::string Text = formatSignature(Record), Error;
  std::optional<SignatureRecord> Read = parseSignature(Text, Error);
  ASSERT_TRUE(Read) << Error;
  EXPECT_EQ(Read->Takes, "oip");
  EXPECT_EQ(Read->ResultValue, "std::basic_string<char>");
  ASSERT_EQ(Read->Elements.size(), 1u);
  EXPECT_EQ(Read->Elements[0].Type.Value, "Piece");
  ASSERT_EQ(Read->Elements[0].Converting.size(), 1u);
  EXPECT_TRUE(Read->Elements[0].Converting[0].Arithmetic);
  EXPECT_TRUE(Read->Elements[0].ConvertsAny);
  EXPECT_FALSE(Read->ParamShapes[0].ConvertsAny);
  EXPECT_TRUE(Read->ParamShapes[1].ConvertsAny);
  // A result a template decides is written as none.
  Record.ResultValue.clear();
  Read = parseSignature(formatSignature(Record), Error);
  ASSERT_TRUE(Read) << Error;
  EXPECT_TRUE(Read->ResultValue.empty());
  const auto Edited = [&](llvm::StringRef From, llvm::StringRef To) {
    std::string Bad = Text;
    const size_t At = Bad.find(From.str());
    EXPECT_NE(At, std::string::npos) << From.str();
    if (At != std::string::npos)
      Bad.replace(At, From.size(), To.str());
    return Bad;
  };
  // An unknown kind, a kind per parameter too few, an element too few, an
  // element's converting constructor with no element before it.
  EXPECT_FALSE(parseSignature(Edited("takes oip", "takes oix"), Error));
  EXPECT_NE(Error.find("malformed 'takes'"), std::string::npos) << Error;
  EXPECT_FALSE(parseSignature(Edited("takes oip", "takes oi"), Error));
  EXPECT_NE(Error.find("not a complete"), std::string::npos) << Error;
  EXPECT_FALSE(parseSignature(Edited("takes oip", "takes oii"), Error));
  EXPECT_NE(Error.find("not a complete"), std::string::npos) << Error;
  EXPECT_FALSE(
      parseSignature(Edited("element ", "element-converts "), Error));
  EXPECT_NE(Error.find("malformed 'element-converts'"), std::string::npos)
      << Error;
  // A second result value, a template constructor flag for a parameter
  // that is not the one before it.
  EXPECT_FALSE(parseSignature(
      Edited("result-value ", "result-value x\nresult-value "), Error));
  EXPECT_NE(Error.find("malformed 'result-value'"), std::string::npos)
      << Error;
  EXPECT_FALSE(parseSignature(
      Edited("param-converts-any 1", "param-converts-any 0"), Error));
  EXPECT_NE(Error.find("malformed 'param-converts-any'"), std::string::npos)
      << Error;
  // Without the lines at all: a record of version 4's shape.
  std::string Old = Text;
  for (llvm::StringRef Key : {"takes ", "result-value "}) {
    const size_t At = Old.find(("\n" + Key).str());
    ASSERT_NE(At, std::string::npos);
    Old.erase(At + 1, Old.find('\n', At + 1) - At);
  }
  EXPECT_FALSE(parseSignature(Old, Error));
}

// A re-export's record keeps the re-exported function's declaration; its
// three lines come together or not at all.
TEST(SignatureRecordTest, ReExportTargetRoundTrips) {
  SignatureRecord Record;
  Record.Name = "::util::up";
  Record.Result = "void";
  Record.File = "/src/util.h";
  Record.Anchor = "using raw::up";
  Record.TargetFile = "/src/prim.h";
  Record.TargetAnchor = "void up(const char *text)";
  Record.TargetHash = 0x1234ABCD;
  Record.TargetLength = 24;
  std::string Text = formatSignature(Record), Error;
  std::optional<SignatureRecord> Read = parseSignature(Text, Error);
  ASSERT_TRUE(Read) << Error;
  EXPECT_EQ(Read->TargetFile, "/src/prim.h");
  EXPECT_EQ(Read->TargetAnchor, "void up(const char *text)");
  EXPECT_EQ(Read->TargetHash, 0x1234ABCDu);
  EXPECT_EQ(Read->TargetLength, 24u);
  std::string NoSource = Text;
  size_t At = NoSource.find("target-source");
  ASSERT_NE(At, std::string::npos);
  NoSource.erase(At, NoSource.find('\n', At) + 1 - At);
  EXPECT_FALSE(parseSignature(NoSource, Error));
  EXPECT_NE(Error.find("not a complete"), std::string::npos) << Error;
  // Without a target, no target lines.
  Record.TargetFile.clear();
  EXPECT_EQ(formatSignature(Record).find("target-"), std::string::npos);
}
