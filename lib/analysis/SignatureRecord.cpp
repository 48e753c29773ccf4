//===--- SignatureRecord.cpp - recorded signatures of designated functions -===//
#include "lib/analysis/SignatureRecord.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

using namespace clang;

namespace ssot {

std::string signatureTypeString(QualType T, const ASTContext &Ctx) {
  // One policy for writing and comparing, whatever the unit's own printing
  // policy says: canonical (no typedefs), every scope written out.
  PrintingPolicy Policy(Ctx.getLangOpts());
  Policy.FullyQualifiedName = true;
  Policy.SuppressScope = false;
  Policy.SuppressTagKeyword = true;
  return T.getCanonicalType().getAsString(Policy);
}

TypeShape describeType(QualType T, const ASTContext &Ctx) {
  TypeShape S;
  if (T->isLValueReferenceType())
    S.Ref = T.getNonReferenceType().isConstQualified() ? 'c' : 'l';
  else if (T->isRValueReferenceType())
    S.Ref = 'r';
  QualType V = T.getNonReferenceType().getCanonicalType();
  S.Const = V.isConstQualified();
  V = V.getUnqualifiedType();
  S.Value = signatureTypeString(V, Ctx);
  S.Arithmetic = V->isArithmeticType();
  S.UnscopedEnum = V->isUnscopedEnumerationType();
  S.NullPtr = V->isNullPtrType();
  QualType Pointee;
  if (const auto *AT = V->getAsArrayTypeUnsafe()) {
    S.Array = true;
    Pointee = AT->getElementType();
  } else if (V->isPointerType()) {
    S.Pointer = true;
    Pointee = V->getPointeeType();
  }
  if (!Pointee.isNull()) {
    Pointee = Pointee.getCanonicalType();
    S.PointeeConst = Pointee.isConstQualified();
    S.PointeeVolatile = Pointee.isVolatileQualified();
    S.Pointee = signatureTypeString(Pointee.getUnqualifiedType(), Ctx);
  }
  return S;
}

ParamShape describeParam(QualType T, const ASTContext &Ctx) {
  ParamShape P;
  P.Type = describeType(T, Ctx);
  const auto *Rec = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!Rec)
    return P;
  const CXXRecordDecl *Def = Rec->getDefinition();
  // A specialization nothing needed complete yet (a by-value parameter of a
  // declaration): its template's constructors say what it takes.
  if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(Rec);
      !Def && Spec)
    Def = Spec->getSpecializedTemplate()->getTemplatedDecl()->getDefinition();
  if (!Def)
    return P;
  for (const Decl *D : Def->decls()) {
    if (const auto *FTD = dyn_cast<FunctionTemplateDecl>(D))
      D = FTD->getTemplatedDecl();
    const auto *Ctor = dyn_cast<CXXConstructorDecl>(D);
    if (!Ctor || Ctor->isExplicit() || Ctor->isCopyOrMoveConstructor() ||
        Ctor->getNumParams() == 0 || Ctor->getMinRequiredArguments() > 1 ||
        Ctor->getAccess() != AS_public)
      continue;
    // A parameter a template decides may be given anything; one it does not
    // decide takes its own type, template or not.
    QualType First = Ctor->getParamDecl(0)->getType();
    if (!First->isDependentType())
      P.Converting.push_back(describeType(First, Ctx));
    else
      P.ConvertsAny = true;
  }
  return P;
}

static bool isStdClass(const CXXRecordDecl *RD, llvm::StringRef Name) {
  return RD && RD->getIdentifier() && RD->getName() == Name &&
         RD->isInStdNamespace();
}

char takesOf(const ParmVarDecl &P, QualType &Element) {
  if (P.isParameterPack())
    return 'p';
  const QualType T = P.getType();
  const auto *List = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!isStdClass(List, "initializer_list"))
    return T->isDependentType() ? 'a' : 'o';
  llvm::ArrayRef<TemplateArgument> Args = List->getTemplateArgs().asArray();
  if (Args.size() != 1 || Args[0].getKind() != TemplateArgument::Type ||
      Args[0].getAsType()->isDependentType())
    return 'm';
  Element = Args[0].getAsType();
  return 'i';
}

ResultShape describeResult(QualType T, const ASTContext &Ctx) {
  ResultShape R;
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T->getAsCXXRecordDecl());
  if (!isStdClass(Spec, "unique_ptr") && !isStdClass(Spec, "shared_ptr"))
    return R;
  llvm::ArrayRef<TemplateArgument> Args = Spec->getTemplateArgs().asArray();
  if (Args.empty() || Args[0].getKind() != TemplateArgument::Type)
    return R;
  // A unique_ptr with a deleter of its own cannot stand for the default one.
  if (Spec->getName() == "unique_ptr" && Args.size() >= 2 &&
      (Args[1].getKind() != TemplateArgument::Type ||
       !isStdClass(Args[1].getAsType()->getAsCXXRecordDecl(),
                   "default_delete")))
    return R;
  R.Smart = Spec->getName().str();
  R.Pointee = signatureTypeString(Args[0].getAsType(), Ctx);
  return R;
}

bool acceptsUnchanged(const TypeShape &Param, const TypeShape &Arg,
                      bool IsLValue) {
  if (Param.Ref == 'l')
    return IsLValue && !Arg.Const && Param.Value == Arg.Value;
  if (Param.Ref == 'r' && IsLValue)
    return false;
  if (Param.Value == Arg.Value)
    return true;
  if (!Param.Pointer)
    return false;
  if (Arg.NullPtr)
    return true;
  if (!Arg.Pointer && !Arg.Array)
    return false;
  return Param.Pointee == Arg.Pointee &&
         (Param.PointeeConst || !Arg.PointeeConst) &&
         (Param.PointeeVolatile || !Arg.PointeeVolatile);
}

bool acceptsStandard(const TypeShape &Param, const TypeShape &Arg,
                     bool IsLValue) {
  if (acceptsUnchanged(Param, Arg, IsLValue))
    return true;
  // An arithmetic conversion makes a value of the parameter's type; no
  // reference binds to it unless it is a const one.
  return Param.Arithmetic && Param.Ref != 'l' &&
         !(Param.Ref == 'r' && IsLValue) &&
         (Arg.Arithmetic || Arg.UnscopedEnum);
}

llvm::ArrayRef<const clang::Expr *>
writtenArguments(llvm::ArrayRef<const clang::Expr *> Args) {
  // Default arguments can only follow the written ones.
  return Args.take_until([](const clang::Expr *A) {
    return llvm::isa<clang::CXXDefaultArgExpr>(A);
  });
}

bool acceptsArgument(const ParamShape &Param, const TypeShape &Arg,
                     bool IsLValue) {
  if (acceptsStandard(Param.Type, Arg, IsLValue))
    return true;
  // A temporary made by a converting constructor binds to no non-const
  // lvalue reference.
  if (Param.Type.Ref == 'l')
    return false;
  return llvm::any_of(Param.Converting, [&](const TypeShape &First) {
    return acceptsStandard(First, Arg, IsLValue);
  });
}

std::optional<SignatureRecord> recordSignature(const FunctionDecl *FD,
                                               ASTContext &Ctx,
                                               std::string &Why,
                                               const NamedDecl *DeclaredBy) {
  const SourceManager &SM = Ctx.getSourceManager();
  const NamedDecl *Named = DeclaredBy ? DeclaredBy : FD;
  // A shadow's own range is its name; the using-declaration's is the text.
  const Decl *Written = Named;
  if (const auto *Shadow = dyn_cast<UsingShadowDecl>(Named))
    Written = Shadow->getIntroducer();
  if (Named->getLocation().isMacroID()) {
    Why = "it is declared by a macro";
    return std::nullopt;
  }
  SourceLocation Begin = SM.getExpansionLoc(Written->getBeginLoc());
  SourceLocation End = SM.getExpansionLoc(Written->getEndLoc());
  if (SM.isInMainFile(Begin)) {
    Why = "it is declared in the main file, not in a header";
    return std::nullopt;
  }
  if (SM.isInSystemHeader(Begin) || SM.getFileID(Begin) != SM.getFileID(End)) {
    Why = "its declaration is not in one header of the project";
    return std::nullopt;
  }
  OptionalFileEntryRef Entry = SM.getFileEntryRefForID(SM.getFileID(Begin));
  if (!Entry) {
    Why = "its header is not a file";
    return std::nullopt;
  }
  SignatureRecord R;
  R.Name = "::" + Named->getQualifiedNameAsString();
  if (FD->isTemplated())
    R.Kind = "template";
  else if (FD->isDeleted())
    R.Kind = "deleted";
  else if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    R.Kind = MD->isStatic() && MD->getAccess() == AS_public ? "static member"
                                                            : "member";
  R.Result = signatureTypeString(FD->getReturnType(), Ctx);
  // The parameter types a call sees: top-level qualifiers dropped, arrays
  // and functions decayed.
  if (const auto *Proto = FD->getType()->getAs<FunctionProtoType>())
    for (QualType P : Proto->getParamTypes()) {
      R.Params.push_back(signatureTypeString(P, Ctx));
      R.ParamValues.push_back(signatureTypeString(
          P.getNonReferenceType().getCanonicalType().getUnqualifiedType(),
          Ctx));
      R.ParamShapes.push_back(describeParam(P, Ctx));
    }
  // How many inputs each parameter takes, and of what: a check that asks
  // whether one call could take what several calls were given needs the
  // parameter packs and std::initializer_lists as well as the types.
  for (const ParmVarDecl *P : FD->parameters()) {
    QualType Element;
    R.Takes += takesOf(*P, Element);
    if (!Element.isNull())
      R.Elements.push_back(describeParam(Element, Ctx));
  }
  const QualType Result = FD->getReturnType();
  if (!Result->isDependentType() && !Result->isUndeducedType())
    R.ResultValue = signatureTypeString(
        Result.getNonReferenceType().getCanonicalType().getUnqualifiedType(),
        Ctx);
  R.Returns = describeResult(Result, Ctx);
  R.MinArgs = FD->getMinRequiredArguments();
  R.Variadic = FD->isVariadic();
  R.File = recordedPath(Entry->getName());
  // The declaration's tokens, as a fingerprint record keeps its definition's.
  FingerprintRecord Source;
  Source.setSource(Lexer::getSourceText(
      CharSourceRange::getTokenRange(Begin, End), SM, Ctx.getLangOpts()));
  R.Anchor = std::move(Source.Anchor);
  R.SourceHash = Source.SourceHash;
  R.SourceLength = Source.SourceLength;
  // A re-export's types are the re-exported function's: its declaration is
  // watched too, where it is a project header's (not a macro's).
  SourceLocation TargetBegin = FD->getBeginLoc(), TargetEnd = FD->getEndLoc();
  if (DeclaredBy && TargetBegin.isFileID() && TargetEnd.isFileID() &&
      !SM.isInSystemHeader(TargetBegin) &&
      SM.getFileID(TargetBegin) == SM.getFileID(TargetEnd))
    if (OptionalFileEntryRef Target =
            SM.getFileEntryRefForID(SM.getFileID(TargetBegin))) {
      FingerprintRecord TargetSource;
      TargetSource.setSource(Lexer::getSourceText(
          CharSourceRange::getTokenRange(TargetBegin, TargetEnd), SM,
          Ctx.getLangOpts()));
      R.TargetFile = recordedPath(Target->getName());
      R.TargetAnchor = std::move(TargetSource.Anchor);
      R.TargetHash = TargetSource.SourceHash;
      R.TargetLength = TargetSource.SourceLength;
    }
  return R;
}

static constexpr llvm::StringLiteral VersionKey = "ssot-signature";

// A shape on one line: the reference kind and one letter per flag, then the
// value and pointee types, separated by tabs (no type string holds a tab).
static std::string formatShape(const TypeShape &S) {
  std::string Out(1, S.Ref);
  for (auto [Flag, Letter] :
       {std::pair{S.Const, 'q'}, {S.Arithmetic, 'a'}, {S.UnscopedEnum, 'e'},
        {S.NullPtr, 'n'}, {S.Pointer, 'p'}, {S.Array, 'y'},
        {S.PointeeConst, 'C'}, {S.PointeeVolatile, 'V'}})
    if (Flag)
      Out += Letter;
  Out += '\t';
  Out += S.Value;
  Out += '\t';
  Out += S.Pointee;
  return Out;
}

static std::optional<TypeShape> parseShape(llvm::StringRef Text) {
  auto [Flags, Rest] = Text.split('\t');
  auto [Value, Pointee] = Rest.split('\t');
  if (Flags.empty() || !llvm::is_contained({'n', 'l', 'c', 'r'}, Flags[0]) ||
      Value.empty() || !Text.contains('\t') || !Rest.contains('\t') ||
      Pointee.contains('\t'))
    return std::nullopt;
  TypeShape S;
  S.Ref = Flags[0];
  for (char Letter : Flags.drop_front()) {
    bool *Flag = Letter == 'q'   ? &S.Const
                 : Letter == 'a' ? &S.Arithmetic
                 : Letter == 'e' ? &S.UnscopedEnum
                 : Letter == 'n' ? &S.NullPtr
                 : Letter == 'p' ? &S.Pointer
                 : Letter == 'y' ? &S.Array
                 : Letter == 'C' ? &S.PointeeConst
                 : Letter == 'V' ? &S.PointeeVolatile
                                 : nullptr;
    if (!Flag || *Flag)
      return std::nullopt;
    *Flag = true;
  }
  S.Value = Value.str();
  S.Pointee = Pointee.str();
  if ((S.Pointer || S.Array) == S.Pointee.empty())
    return std::nullopt;
  return S;
}

std::string formatSignature(const SignatureRecord &Record) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  OS << VersionKey << " " << SignatureVersion << "\n";
  OS << "name " << Record.Name << "\n";
  OS << "kind " << Record.Kind << "\n";
  OS << "result " << Record.Result << "\n";
  for (const std::string &P : Record.Params)
    OS << "param " << P << "\n";
  for (const std::string &P : Record.ParamValues)
    OS << "param-value " << P << "\n";
  for (const auto &[Index, P] : llvm::enumerate(Record.ParamShapes)) {
    OS << "param-shape " << formatShape(P.Type) << "\n";
    for (const TypeShape &First : P.Converting)
      OS << "param-converts " << Index << " " << formatShape(First) << "\n";
    if (P.ConvertsAny)
      OS << "param-converts-any " << Index << "\n";
  }
  OS << "result-shape " << Record.Returns.Smart << "\t"
     << Record.Returns.Pointee << "\n";
  OS << "min " << Record.MinArgs << "\n";
  OS << "variadic " << (Record.Variadic ? 1 : 0) << "\n";
  OS << "takes " << Record.Takes << "\n";
  for (const ParamShape &E : Record.Elements) {
    OS << "element " << formatShape(E.Type) << "\n";
    for (const TypeShape &First : E.Converting)
      OS << "element-converts " << formatShape(First) << "\n";
    if (E.ConvertsAny)
      OS << "element-converts-any\n";
  }
  OS << "result-value " << Record.ResultValue << "\n";
  if (!Record.Annotation.empty())
    OS << "annotation " << Record.Annotation << "\n";
  OS << "file " << Record.File << "\n";
  OS << "anchor " << Record.Anchor << "\n";
  OS << "source " << llvm::utohexstr(Record.SourceHash) << " "
     << Record.SourceLength << "\n";
  if (!Record.TargetFile.empty()) {
    OS << "target-file " << Record.TargetFile << "\n";
    OS << "target-anchor " << Record.TargetAnchor << "\n";
    OS << "target-source " << llvm::utohexstr(Record.TargetHash) << " "
       << Record.TargetLength << "\n";
  }
  OS.flush();
  appendChecksumLine(Out);
  return Out;
}

std::optional<SignatureRecord> parseSignature(llvm::StringRef Text,
                                              std::string &Error) {
  SignatureRecord Record;
  bool SawVersion = false, SawResult = false, SawMin = false,
       SawResultShape = false, SawTargetSource = false, SawTakes = false,
       SawResultValue = false;
  auto Malformed = [&](llvm::StringRef Key) {
    Error = ("malformed '" + Key + "' line").str();
    return false;
  };
  auto Each = [&](llvm::StringRef Key, llvm::StringRef Value) {
    if (Key == VersionKey) {
      if (!recordVersionMatches(Value, "signature", SignatureVersion, Error))
        return false;
      SawVersion = true;
    } else if (Key == "name") {
      Record.Name = Value.trim().str();
    } else if (Key == "kind") {
      Record.Kind = Value.str();
    } else if (Key == "result") {
      Record.Result = Value.str();
      SawResult = true;
    } else if (Key == "param") {
      Record.Params.push_back(Value.str());
    } else if (Key == "param-value") {
      Record.ParamValues.push_back(Value.str());
    } else if (Key == "param-shape") {
      std::optional<TypeShape> Shape = parseShape(Value);
      if (!Shape)
        return Malformed(Key);
      Record.ParamShapes.push_back({std::move(*Shape), {}});
    } else if (Key == "param-converts") {
      // Follows the shape of the parameter it belongs to.
      auto [IndexText, ShapeText] = Value.split(' ');
      size_t Index = 0;
      std::optional<TypeShape> Shape = parseShape(ShapeText);
      if (IndexText.getAsInteger(10, Index) || !Shape ||
          Index + 1 != Record.ParamShapes.size())
        return Malformed(Key);
      Record.ParamShapes.back().Converting.push_back(std::move(*Shape));
    } else if (Key == "param-converts-any") {
      size_t Index = 0;
      if (Value.trim().getAsInteger(10, Index) ||
          Index + 1 != Record.ParamShapes.size())
        return Malformed(Key);
      Record.ParamShapes.back().ConvertsAny = true;
    } else if (Key == "result-shape") {
      auto [Smart, Pointee] = Value.split('\t');
      if (SawResultShape || !Value.contains('\t') ||
          (Smart != "" && Smart != "unique_ptr" && Smart != "shared_ptr") ||
          Smart.empty() != Pointee.empty())
        return Malformed(Key);
      Record.Returns = {Smart.str(), Pointee.str()};
      SawResultShape = true;
    } else if (Key == "min") {
      if (Value.trim().getAsInteger(10, Record.MinArgs))
        return Malformed(Key);
      SawMin = true;
    } else if (Key == "variadic") {
      if (Value.trim() != "0" && Value.trim() != "1")
        return Malformed(Key);
      Record.Variadic = Value.trim() == "1";
    } else if (Key == "takes") {
      if (SawTakes || Value.find_first_not_of("oapim") != StringRef::npos)
        return Malformed(Key);
      Record.Takes = Value.str();
      SawTakes = true;
    } else if (Key == "element") {
      std::optional<TypeShape> Shape = parseShape(Value);
      if (!Shape)
        return Malformed(Key);
      Record.Elements.push_back({std::move(*Shape), {}});
    } else if (Key == "element-converts") {
      // Follows the shape of the element it belongs to.
      std::optional<TypeShape> Shape = parseShape(Value);
      if (!Shape || Record.Elements.empty())
        return Malformed(Key);
      Record.Elements.back().Converting.push_back(std::move(*Shape));
    } else if (Key == "element-converts-any") {
      if (!Value.trim().empty() || Record.Elements.empty())
        return Malformed(Key);
      Record.Elements.back().ConvertsAny = true;
    } else if (Key == "result-value") {
      if (SawResultValue)
        return Malformed(Key);
      Record.ResultValue = Value.str();
      SawResultValue = true;
    } else if (Key == "annotation") {
      Record.Annotation = Value.str();
    } else if (Key == "file") {
      Record.File = Value.str();
    } else if (Key == "anchor") {
      Record.Anchor = Value.str();
    } else if (Key == "source") {
      if (!parseSourceLine(Value, Record.SourceHash, Record.SourceLength))
        return Malformed(Key);
    } else if (Key == "target-file") {
      Record.TargetFile = Value.str();
    } else if (Key == "target-anchor") {
      Record.TargetAnchor = Value.str();
    } else if (Key == "target-source") {
      if (!parseSourceLine(Value, Record.TargetHash, Record.TargetLength))
        return Malformed(Key);
      SawTargetSource = true;
    } else {
      Error = ("unknown key '" + Key + "'").str();
      return false;
    }
    return true;
  };
  std::string ChecksumProblem;
  if (!forEachRecordLine(Text, Each, Error, ChecksumProblem))
    return std::nullopt;
  if (!SawVersion || !SawResult || !SawMin || Record.Name.empty() ||
      Record.File.empty() ||
      Record.ParamValues.size() != Record.Params.size() ||
      Record.ParamShapes.size() != Record.Params.size() || !SawResultShape ||
      !SawTakes || Record.Takes.size() != Record.Params.size() ||
      static_cast<size_t>(llvm::count(Record.Takes, 'i')) !=
          Record.Elements.size() ||
      !SawResultValue ||
      Record.TargetFile.empty() == SawTargetSource) {
    Error = "not a complete ssot signature record";
    return std::nullopt;
  }
  if (!ChecksumProblem.empty()) {
    Error = std::move(ChecksumProblem);
    return std::nullopt;
  }
  return Record;
}

bool writeSignature(llvm::StringRef Directory, const SignatureRecord &Record,
                    std::string &Error) {
  // A record is read line by line: a field with a line break would forge
  // lines of its own.
  llvm::SmallVector<llvm::StringRef, 8> Fields = {
      Record.Name,   Record.Kind,       Record.Result,
      Record.File,   Record.Anchor,     Record.Annotation};
  Fields.append(Record.Params.begin(), Record.Params.end());
  Fields.append(Record.ParamValues.begin(), Record.ParamValues.end());
  if (fieldWithLineBreak(Fields)) {
    Error = "a name, type or path of '" + Record.Name +
            "' contains a line break, which a record cannot hold";
    return false;
  }
  // Overloads share a name; their types keep their records apart.
  std::string Types = Record.Kind + "|" + Record.Result;
  for (const std::string &P : Record.Params) {
    Types += '|';
    Types += P;
  }
  return writeRecordFile(Directory,
                         recordNamePrefix(Record.Name) +
                             llvm::utohexstr(hashText(Types)) + ".sig",
                         formatSignature(Record), Error);
}

// The records in \p Directory whose file name \p WantFile accepts (the part
// before ".sig") and whose content \p WantRecord accepts, in file order.
static std::vector<SignatureRecord>
readSignatureFiles(llvm::StringRef Directory,
                   llvm::function_ref<bool(llvm::StringRef)> WantFile,
                   llvm::function_ref<bool(const SignatureRecord &)> WantRecord,
                   std::vector<std::string> &Errors,
                   std::vector<std::string> *Paths) {
  std::vector<std::string> Files;
  std::error_code EC;
  for (llvm::sys::fs::directory_iterator It(Directory, EC), End;
       It != End && !EC; It.increment(EC)) {
    llvm::StringRef File = llvm::sys::path::filename(It->path());
    if (File.consume_back(".sig") && WantFile(File))
      Files.push_back(It->path());
  }
  if (EC) {
    Errors.push_back(Directory.str() + ": " + EC.message());
    return {};
  }
  llvm::sort(Files);
  std::vector<SignatureRecord> Records;
  for (const std::string &File : Files) {
    std::string Error;
    std::unique_ptr<llvm::MemoryBuffer> Buffer =
        readRegularFile(File, MaxRecordBytes, Error);
    std::optional<SignatureRecord> Record;
    if (Buffer)
      Record = parseSignature(Buffer->getBuffer(), Error);
    if (!Record) {
      Errors.push_back((llvm::Twine(File) + ": " + Error).str());
      continue;
    }
    if (!WantRecord(*Record))
      continue;
    Records.push_back(std::move(*Record));
    if (Paths)
      Paths->push_back(File);
  }
  return Records;
}

std::vector<SignatureRecord>
readSignatures(llvm::StringRef Directory, llvm::StringRef QualifiedName,
               std::vector<std::string> &Errors,
               std::vector<std::string> *Paths) {
  const std::string Prefix = recordNamePrefix(QualifiedName);
  return readSignatureFiles(
      Directory,
      [&](llvm::StringRef File) {
        // "cfg.env.<hash>", not "cfg.env.inner.<hash>" (cfg::env::inner).
        return File.consume_front(Prefix) && !File.contains('.');
      },
      // Names that differ only in characters a file name does not keep (an
      // operator's) share the file name: not this function's record.
      [&](const SignatureRecord &R) { return R.Name == QualifiedName; },
      Errors, Paths);
}

std::vector<SignatureRecord>
readAnnotatedSignatures(llvm::StringRef Directory, llvm::StringRef Annotation,
                        std::vector<std::string> &Errors,
                        std::vector<std::string> *Paths) {
  // The name is what the reader does not know: every record is opened.
  // Records are written per designated overload, so there are few.
  std::vector<std::string> AllPaths;
  std::vector<SignatureRecord> Records = readSignatureFiles(
      Directory, [](llvm::StringRef) { return true; },
      [&](const SignatureRecord &R) { return R.Annotation == Annotation; },
      Errors, &AllPaths);
  std::vector<size_t> Order(Records.size());
  for (size_t I = 0; I != Order.size(); ++I)
    Order[I] = I;
  // Files are already in path order: within one name, keep it.
  llvm::sort(Order, [&](size_t A, size_t B) {
    return std::tie(Records[A].Name, A) < std::tie(Records[B].Name, B);
  });
  std::vector<SignatureRecord> Sorted;
  for (size_t I : Order) {
    Sorted.push_back(std::move(Records[I]));
    if (Paths)
      Paths->push_back(std::move(AllPaths[I]));
  }
  return Sorted;
}

// The recorded header of \p Record, or of the function it re-exports, that
// no longer holds the recorded declaration; none while both do.
static std::optional<std::string> changedHeader(const SignatureRecord &Record,
                                                SourceStates &Sources) {
  FingerprintRecord Source;
  Source.File = Record.File;
  Source.Anchor = Record.Anchor;
  Source.SourceHash = Record.SourceHash;
  Source.SourceLength = Record.SourceLength;
  if (Sources.of(Source) == SourceState::Changed)
    return Record.File;
  if (Record.TargetFile.empty())
    return std::nullopt;
  Source.File = Record.TargetFile;
  Source.Anchor = Record.TargetAnchor;
  Source.SourceHash = Record.TargetHash;
  Source.SourceLength = Record.TargetLength;
  if (Sources.of(Source) == SourceState::Changed)
    return Record.TargetFile;
  return std::nullopt;
}


// \p Records (read from \p Paths) while every recorded header still holds
// its declaration; when one has changed, none, and \p Stale says which.
static std::vector<SignatureRecord>
keepCurrent(std::vector<SignatureRecord> Records,
            llvm::ArrayRef<std::string> Paths, llvm::StringRef Option,
            SourceStates &Sources, std::string &Stale) {
  for (size_t I = 0; I != Records.size(); ++I)
    if (std::optional<std::string> Changed =
            changedHeader(Records[I], Sources)) {
      Stale = "its recorded signature is stale: '" + *Changed +
              "' changed since it was recorded into '" + Paths[I] +
              "' (re-record it with option '" + Option.str() + "')";
      return {};
    }
  return Records;
}

std::vector<SignatureRecord>
readCurrentSignatures(llvm::StringRef Directory, llvm::StringRef QualifiedName,
                      llvm::StringRef Option, std::vector<std::string> &Errors,
                      std::string &Stale) {
  std::vector<std::string> Paths;
  std::vector<SignatureRecord> Records =
      readSignatures(Directory, QualifiedName, Errors, &Paths);
  SourceStates Sources;
  return keepCurrent(std::move(Records), Paths, Option, Sources, Stale);
}

std::vector<RecordedFunction>
readCurrentAnnotatedSignatures(llvm::StringRef Directory,
                               llvm::StringRef Annotation,
                               llvm::StringRef Option,
                               std::vector<std::string> &Errors) {
  std::vector<std::string> Paths;
  std::vector<SignatureRecord> Records =
      readAnnotatedSignatures(Directory, Annotation, Errors, &Paths);
  SourceStates Sources;
  std::vector<RecordedFunction> Functions;
  // Records come ordered by name: one function per run of a name.
  std::vector<SignatureRecord> Group;
  std::vector<std::string> GroupPaths;
  for (size_t I = 0; I != Records.size(); ++I) {
    Group.push_back(std::move(Records[I]));
    GroupPaths.push_back(std::move(Paths[I]));
    if (I + 1 != Records.size() && Records[I + 1].Name == Group.front().Name)
      continue;
    RecordedFunction F;
    F.Name = Group.front().Name;
    F.Records = keepCurrent(std::move(Group), GroupPaths, Option, Sources,
                            F.Stale);
    Functions.push_back(std::move(F));
    Group.clear();
    GroupPaths.clear();
  }
  return Functions;
}

std::optional<bool> charPointerConstness(llvm::StringRef Type) {
  if (!Type.consume_back("*"))
    return std::nullopt;
  Type = Type.rtrim(' ');
  if (Type == "char")
    return false;
  if (Type == "const char")
    return true;
  return std::nullopt;
}

} // namespace ssot
