//===--- RelativeIncludeCheck.cpp - ssot-relative-include ------------------===//
#include "checks/RelativeIncludeCheck.h"
#include "lib/analysis/OptionErrors.h"
#include "lib/analysis/OptionParsing.h"
#include "lib/analysis/OptionPaths.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/HeaderSearch.h"
#include "clang/Lex/Lexer.h"
#include "clang/Lex/PPCallbacks.h"
#include "clang/Lex/Preprocessor.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Path.h"
#include <memory>
#include <utility>

namespace clang::tidy::ssot {

RelativeIncludeCheck::RelativeIncludeCheck(StringRef Name,
                                           ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context),
      RawRoots(Options.get(RootsOption, "").str()),
      RawStyle(Options.get(StyleOption, "quotes").str()),
      RawAllowedFiles(Options.get(AllowedFilesOption, "").str()),
      Settings(std::make_shared<Config>()) {
  Settings->RootsKey = (Name + "." + RootsOption).str();
  Settings->RawRoots = RawRoots;
  // Errors, not warnings (lib/analysis/OptionErrors.h).
  const ::ssot::OptionErrors Errors(*Context, Name);
  if (!::ssot::trimBlanks(RawRoots).empty()) {
    llvm::SmallVector<llvm::StringRef, 4> Elements;
    llvm::StringRef(RawRoots).split(Elements, ';', /*MaxSplit=*/-1,
                                    /*KeepEmpty=*/true);
    for (size_t Index = 0; Index < Elements.size(); ++Index) {
      llvm::StringRef Element = ::ssot::trimBlanks(Elements[Index]);
      if (Element.empty()) {
        Errors.invalid(RootsOption,
                       "element " + llvm::Twine(Index + 1) + " is empty",
                       RawRoots);
        Settings->Roots.clear(); // the defaults rather than half a list
        break;
      }
      Settings->Roots.push_back(Element.str());
    }
  }
  if (RawStyle == "angles")
    Settings->Angles = true;
  else if (RawStyle != "quotes")
    Errors.invalid(StyleOption, "expected 'quotes' or 'angles'", RawStyle);
  Settings->AllowedFiles =
      Errors.readRegex(AllowedFilesOption, RawAllowedFiles);
}

void RelativeIncludeCheck::storeOptions(ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, RootsOption, RawRoots);
  Options.store(Opts, StyleOption, RawStyle);
  Options.store(Opts, AllowedFilesOption, RawAllowedFiles);
}

namespace {

/// One include root of the translation unit: how to name it in messages and
/// the two absolute paths a header under it may be reached by (as written,
/// without dots; and with symlinks resolved).
struct Root {
  std::string Display;
  std::string Path;
  std::string RealPath;
};

/// A spelling of a header relative to one root.
struct Candidate {
  std::string Spelling;
  size_t RootIndex;
};

/// A quoted or angled file name as the preprocessor saw it: in an include
/// directive or in __has_include.
struct Inclusion {
  SourceLocation Loc;       // where the diagnostic goes (a file location)
  CharSourceRange Range;    // the name with its delimiters; invalid: no fix
  StringRef FileName;       // without delimiters
  bool Angled;
  bool FromMacro;           // the name is not written out (a macro makes it)
  FileEntryRef File;        // what it resolved to
  OptionalFileEntryRef Includer;
};

bool hasDotComponent(StringRef Spelling) {
  for (auto It = llvm::sys::path::begin(Spelling, llvm::sys::path::Style::posix),
            End = llvm::sys::path::end(Spelling);
       It != End; ++It)
    if (*It == "." || *It == "..")
      return true;
  return false;
}

std::string delimited(StringRef Spelling, bool Angled) {
  return ((Angled ? "<" : "\"") + Spelling + (Angled ? ">" : "\"")).str();
}

/// The part of \p Path below \p Dir, or an empty string if \p Path is not
/// below \p Dir.
StringRef below(StringRef Path, StringRef Dir) {
  if (Dir.empty() || !Path.starts_with(Dir))
    return {};
  StringRef Rest = Path.drop_front(Dir.size());
  if (Dir.back() != '/') {
    if (!Rest.consume_front("/"))
      return {};
  }
  return Rest;
}

class IncludeCallbacks : public PPCallbacks {
public:
  IncludeCallbacks(RelativeIncludeCheck &Check,
                   std::shared_ptr<const RelativeIncludeCheck::Config> Settings,
                   const SourceManager &SM, Preprocessor &PP)
      : Check(Check), Settings(std::move(Settings)), SM(SM), PP(PP),
        FM(PP.getFileManager()) {}

  void InclusionDirective(SourceLocation HashLoc, const Token &IncludeTok,
                          StringRef FileName, bool IsAngled,
                          CharSourceRange FilenameRange,
                          OptionalFileEntryRef File, StringRef /*SearchPath*/,
                          StringRef /*RelativePath*/,
                          const Module * /*SuggestedModule*/,
                          bool /*ModuleImported*/,
                          SrcMgr::CharacteristicKind FileType) override {
    if (!RelativeIncludeCheck::judgesInclusion(IncludeTok, File, FilenameRange,
                                               FileType))
      return;
    SourceLocation Begin = FilenameRange.getBegin();
    CharSourceRange Range;
    if (!writtenName(Begin, FileName, Range))
      return;
    consider({SM.getFileLoc(Begin), Range, FileName, IsAngled,
              Range.isInvalid(), *File, includerOf(HashLoc)});
  }

  void HasInclude(SourceLocation Loc, StringRef FileName, bool IsAngled,
                  OptionalFileEntryRef File,
                  SrcMgr::CharacteristicKind FileType) override {
    if (!File || FileType != SrcMgr::C_User || Loc.isInvalid())
      return;
    CharSourceRange Range;
    if (!writtenName(Loc, FileName, Range))
      return;
    SourceLocation FileLoc = SM.getFileLoc(Loc);
    consider({FileLoc, Range, FileName, IsAngled, Range.isInvalid(), *File,
              includerOf(FileLoc)});
  }

  // clangd builds the main file's AST on a precompiled preamble (the
  // directives at the top of the file) and replays only the preamble's
  // inclusion directives, so an `#if __has_include(...)` there never reaches
  // HasInclude. Those names are read from the preamble's text instead. Only
  // an `#if` outside every other conditional is taken: the compiler always
  // evaluates its condition, while whether it evaluated one nested in
  // another conditional, or an `#elif`, is not known here.
  void EndOfMainFile() override {
    unsigned PreambleBytes =
        PP.getPreprocessorOpts().PrecompiledPreambleBytes.first;
    if (PreambleBytes == 0)
      return;
    FileID Main = SM.getMainFileID();
    OptionalFileEntryRef MainFile = SM.getFileEntryRefForID(Main);
    if (!MainFile)
      return;
    Lexer Raw(Main, SM.getBufferOrFake(Main), SM, PP.getLangOpts());
    Token Tok;
    unsigned Depth = 0;
    auto Next = [&] {
      return !Raw.LexFromRawLexer(Tok) &&
             SM.getFileOffset(Tok.getLocation()) < PreambleBytes;
    };
    bool More = Next();
    while (More) {
      if (!Tok.is(tok::hash) || !Tok.isAtStartOfLine()) {
        More = Next();
        continue;
      }
      if (!Next())
        break;
      StringRef Directive =
          Tok.is(tok::raw_identifier) ? Tok.getRawIdentifier() : "";
      bool TopLevelIf = Directive == "if" && Depth == 0;
      if (Directive == "if" || Directive == "ifdef" || Directive == "ifndef")
        ++Depth;
      else if (Directive == "endif" && Depth > 0)
        --Depth;
      // The rest of the directive's line.
      while ((More = Next()) && !Tok.isAtStartOfLine())
        if (TopLevelIf && Tok.is(tok::raw_identifier) &&
            Tok.getRawIdentifier() == "__has_include")
          preambleHasInclude(Tok.getEndLoc(), *MainFile);
    }
  }

private:
  /// The name of `__has_include` ending at \p AfterKeyword in the preamble,
  /// looked up from the main file as the compiler looked it up, then
  /// checked like any other.
  void preambleHasInclude(SourceLocation AfterKeyword, FileEntryRef MainFile) {
    bool Invalid = false;
    std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(AfterKeyword);
    StringRef Text = SM.getBufferData(Where.first, &Invalid);
    if (Invalid)
      return;
    StringRef Rest = Text.drop_front(Where.second);
    size_t Open = Rest.find_first_not_of(" \t");
    if (Open == StringRef::npos || Rest[Open] != '(')
      return;
    size_t NameAt = Rest.find_first_not_of(" \t", Open + 1);
    if (NameAt == StringRef::npos || (Rest[NameAt] != '"' && Rest[NameAt] != '<'))
      return; // a macro or something else: not read here
    bool Angled = Rest[NameAt] == '<';
    size_t Close = Rest.find_first_of(Angled ? ">\n" : "\"\n", NameAt + 1);
    if (Close == StringRef::npos || Rest[Close] == '\n')
      return;
    StringRef FileName = Rest.slice(NameAt + 1, Close);
    SourceLocation Loc = AfterKeyword.getLocWithOffset(static_cast<int>(NameAt));
    llvm::SmallVector<std::pair<OptionalFileEntryRef, DirectoryEntryRef>, 1>
        Includers;
    if (!Angled)
      Includers.push_back({MainFile, MainFile.getDir()});
    ConstSearchDirIterator CurDir = nullptr;
    OptionalFileEntryRef File = PP.getHeaderSearchInfo().LookupFile(
        FileName, Loc, Angled, /*FromDir=*/nullptr, &CurDir, Includers,
        /*SearchPath=*/nullptr, /*RelativePath=*/nullptr,
        /*RequestingModule=*/nullptr, /*SuggestedModule=*/nullptr,
        /*IsMapped=*/nullptr, /*IsFrameworkFound=*/nullptr,
        /*SkipCache=*/true, /*BuildSystemModule=*/false, /*OpenFile=*/false,
        /*CacheFailures=*/false);
    // A system header (found in a system directory) is not checked.
    if (!File || (CurDir && CurDir->isSystemHeaderDirectory()))
      return;
    CharSourceRange Range = CharSourceRange::getCharRange(
        Loc, Loc.getLocWithOffset(static_cast<int>(FileName.size() + 2)));
    consider({Loc, Range, FileName, Angled, /*FromMacro=*/false, *File,
              MainFile});
  }

  OptionalFileEntryRef includerOf(SourceLocation Loc) const {
    return SM.getFileEntryRefForID(SM.getFileID(SM.getFileLoc(Loc)));
  }

  /// Sets \p Range to the `"name"` or `<name>` written at \p Loc when the
  /// text there is exactly that, and leaves it invalid (reported, not fixed)
  /// when a macro writes the name: \p Loc is in a macro, or, as clangd
  /// replays a preamble's `#include MACRO`, a file location over the
  /// macro's name. Returns false when the text is a delimited name other
  /// than \p FileName: the compiler recovered a misspelling such as
  /// `< x.h >` (blanks inside the delimiters), reports it with its own fix,
  /// and a second diagnostic blaming a macro would be wrong.
  bool writtenName(SourceLocation Loc, StringRef FileName,
                   CharSourceRange &Range) const {
    Range = CharSourceRange();
    if (Loc.isMacroID())
      return true;
    bool Invalid = false;
    std::pair<FileID, unsigned> Where = SM.getDecomposedLoc(Loc);
    StringRef Text = SM.getBufferData(Where.first, &Invalid);
    if (Invalid)
      return true;
    Text = Text.drop_front(Where.second);
    if (!Text.starts_with("\"") && !Text.starts_with("<"))
      return true;
    char Close = Text.front() == '"' ? '"' : '>';
    Text = Text.drop_front();
    if (!Text.starts_with(FileName) ||
        !Text.drop_front(FileName.size()).starts_with(StringRef(&Close, 1)))
      return false;
    Range = CharSourceRange::getCharRange(
        Loc, Loc.getLocWithOffset(static_cast<int>(FileName.size() + 2)));
    return true;
  }

  /// Absolute and without dots (not resolving symlinks: RealPath does).
  std::string absolute(StringRef Path) const {
    llvm::SmallString<256> Result(Path);
    FM.makeAbsolutePath(Result);
    llvm::sys::path::remove_dots(Result, /*remove_dot_dot=*/true);
    return Result.str().str();
  }

  std::string realPath(StringRef Dir) const {
    if (OptionalDirectoryEntryRef Entry = FM.getOptionalDirectoryRef(Dir))
      return FM.getCanonicalName(*Entry).str();
    return std::string(Dir);
  }

  // The roots are worked out at the first include: the default ones are the
  // unit's search directories, which exist once the preprocessor does.
  const std::vector<Root> &roots() {
    if (ResolvedRoots)
      return *ResolvedRoots;
    ResolvedRoots.emplace();
    if (Settings->Roots.empty()) {
      const HeaderSearch &HS = PP.getHeaderSearchInfo();
      for (auto It = HS.quoted_dir_begin(), End = HS.angled_dir_end();
           It != End; ++It) {
        if (!It->isNormalDir() || It->isSystemHeaderDirectory())
          continue;
        std::string Path = absolute(It->getName());
        ResolvedRoots->push_back(
            {It->getName().str(), Path,
             FM.getCanonicalName(*It->getDirRef()).str()});
      }
      return *ResolvedRoots;
    }
    std::string MainFile;
    if (OptionalFileEntryRef Main =
            SM.getFileEntryRefForID(SM.getMainFileID()))
      MainFile = absolute(Main->getName());
    for (const std::string &Written : Settings->Roots) {
      std::string Path = ::ssot::resolveOptionListPath(
          MainFile, Settings->RootsKey, Settings->RawRoots, Written);
      std::string Real = realPath(Path);
      ResolvedRoots->push_back({Written, std::move(Path), std::move(Real)});
    }
    return *ResolvedRoots;
  }

  /// Every spelling of \p File rooted at one of the roots, shortest first
  /// (ties: the one without symlinks, then the roots' order).
  llvm::SmallVector<Candidate, 4> candidates(FileEntryRef File) {
    const std::vector<Root> &All = roots();
    std::string Lexical = absolute(File.getName());
    StringRef Real = FM.getCanonicalName(File);
    llvm::SmallVector<Candidate, 4> Result;
    auto Add = [&](StringRef Spelling, size_t Index) {
      if (Spelling.empty() || hasDotComponent(Spelling))
        return;
      for (const Candidate &C : Result)
        if (C.Spelling == Spelling)
          return;
      Result.push_back({Spelling.str(), Index});
    };
    for (size_t I = 0; I < All.size(); ++I)
      Add(below(Real, All[I].RealPath), I);
    for (size_t I = 0; I < All.size(); ++I) {
      Add(below(Lexical, All[I].Path), I);
      Add(below(Lexical, All[I].RealPath), I);
      Add(below(Real, All[I].Path), I);
    }
    // Shortest first, in the order found among equal lengths. An insertion
    // sort: the list has a few entries, and std::stable_sort instantiates
    // libstdc++ 12's deprecated get_temporary_buffer, a warning in every
    // build of this file with clang 22.
    for (size_t I = 1; I < Result.size(); ++I)
      for (size_t J = I; J > 0 && Result[J].Spelling.size() <
                                      Result[J - 1].Spelling.size();
           --J)
        std::swap(Result[J], Result[J - 1]);
    return Result;
  }

  /// What \p Spelling resolves to from the includer, through the unit's own
  /// header search in the compiler's order (the includer's directory first
  /// for quoted names, unless \p WithIncluder is false). Bypasses the lookup
  /// cache so that nothing the compiler does afterwards changes.
  OptionalFileEntryRef lookup(StringRef Spelling, bool Angled,
                              const Inclusion &Inc, bool WithIncluder) {
    llvm::SmallVector<std::pair<OptionalFileEntryRef, DirectoryEntryRef>, 1>
        Includers;
    if (!Angled && WithIncluder && Inc.Includer)
      Includers.push_back({*Inc.Includer, Inc.Includer->getDir()});
    ConstSearchDirIterator CurDir = nullptr;
    return PP.getHeaderSearchInfo().LookupFile(
        Spelling, Inc.Loc, Angled, /*FromDir=*/nullptr, &CurDir, Includers,
        /*SearchPath=*/nullptr, /*RelativePath=*/nullptr,
        /*RequestingModule=*/nullptr, /*SuggestedModule=*/nullptr,
        /*IsMapped=*/nullptr, /*IsFrameworkFound=*/nullptr,
        /*SkipCache=*/true, /*BuildSystemModule=*/false, /*OpenFile=*/false,
        /*CacheFailures=*/false);
  }

  static bool sameFile(OptionalFileEntryRef A, FileEntryRef B) {
    return A && A->getUniqueID() == B.getUniqueID();
  }

  /// Whether a quoted name names its file from the includer's directory
  /// (which the compiler searches first for quoted names). One lookup in the
  /// file manager's cache: the compiler has just looked there.
  bool namesNeighbour(const Inclusion &Inc) {
    if (Inc.Angled || !Inc.Includer)
      return false;
    llvm::SmallString<256> Neighbour(Inc.Includer->getDir().getName());
    llvm::sys::path::append(Neighbour, Inc.FileName);
    return sameFile(FM.getOptionalFileRef(Neighbour), Inc.File);
  }

  void consider(const Inclusion &Inc) {
    if (Inc.Loc.isInvalid() || SM.isInSystemHeader(Inc.Loc) ||
        !Seen.insert(Inc.Loc.getRawEncoding()).second)
      return;
    if (Settings->AllowedFiles) {
      StringRef Includer = SM.getFilename(Inc.Loc);
      if (!Includer.empty() && Settings->AllowedFiles->match(Includer))
        return;
    }
    bool Dotted = hasDotComponent(Inc.FileName);
    bool WrongStyle = Inc.Angled != Settings->Angles;
    // Most names are fine: decide that before working out any spelling.
    bool MaybeNextToIncluder = !Dotted && namesNeighbour(Inc);
    if (!Dotted && !WrongStyle && !MaybeNextToIncluder)
      return;
    llvm::SmallVector<Candidate, 4> Spellings = candidates(Inc.File);
    bool Rooted = llvm::any_of(Spellings, [&](const Candidate &C) {
      return C.Spelling == Inc.FileName;
    });
    // Rule 2 and the style rule concern project headers: those under a root.
    // A name found next to the includer is fine when the search directories
    // alone find the same file by it.
    bool NextToIncluder =
        MaybeNextToIncluder && !Rooted && !Spellings.empty() &&
        !sameFile(lookup(Inc.FileName, false, Inc, /*WithIncluder=*/false),
                  Inc.File);
    WrongStyle = WrongStyle && !Spellings.empty();
    if (!Dotted && !NextToIncluder && !WrongStyle)
      return;

    std::string Problem;
    if (Dotted)
      Problem = "'%0' is a relative include";
    else if (NextToIncluder)
      Problem = "'%0' is found next to the including file";
    else
      Problem = Inc.Angled
                    ? "'%0' is a project header included with angle brackets"
                    : "'%0' is a project header included with quotes";
    report(Inc, Problem, Spellings);
  }

  void report(const Inclusion &Inc, StringRef Problem,
              llvm::ArrayRef<Candidate> Spellings) {
    bool Angled = Settings->Angles;
    if (Spellings.empty()) {
      Check.diag(Inc.Loc, (Problem + "; it is under none of the include "
                                     "roots, so it has no rooted spelling")
                              .str())
          << Inc.FileName;
      return;
    }
    const std::vector<Root> &All = roots();
    const Candidate *Chosen = nullptr;
    OptionalFileEntryRef FirstFound;
    for (const Candidate &C : Spellings) {
      OptionalFileEntryRef Found =
          lookup(C.Spelling, Angled, Inc, /*WithIncluder=*/true);
      if (sameFile(Found, Inc.File)) {
        Chosen = &C;
        break;
      }
      if (&C == Spellings.begin())
        FirstFound = Found;
    }
    if (!Chosen) {
      const Candidate &Shortest = Spellings.front();
      std::string Why =
          FirstFound ? "finds '" + FirstFound->getName().str() + "' first"
                     : std::string("finds nothing (the root is not on the "
                                   "include path)");
      Check.diag(Inc.Loc, (Problem + "; no rooted spelling reaches it: %1 "
                                     "(rooted at '%2') " + Why)
                              .str())
          << Inc.FileName << delimited(Shortest.Spelling, Angled)
          << All[Shortest.RootIndex].Display;
      return;
    }
    std::string Replacement = delimited(Chosen->Spelling, Angled);
    if (Inc.FromMacro) {
      Check.diag(Inc.Loc, (Problem + "; include it as %1 (rooted at '%2'); "
                                     "not fixed: the name is written by a "
                                     "macro")
                              .str())
          << Inc.FileName << Replacement << All[Chosen->RootIndex].Display;
      return;
    }
    Check.diag(Inc.Loc,
               (Problem + "; include it as %1 (rooted at '%2')").str())
        << Inc.FileName << Replacement << All[Chosen->RootIndex].Display
        << FixItHint::CreateReplacement(Inc.Range, Replacement);
  }

  RelativeIncludeCheck &Check;
  std::shared_ptr<const RelativeIncludeCheck::Config> Settings;
  const SourceManager &SM;
  Preprocessor &PP;
  FileManager &FM;
  std::optional<std::vector<Root>> ResolvedRoots;
  llvm::DenseSet<SourceLocation::UIntTy> Seen; // a header may be read twice
};

} // namespace

void RelativeIncludeCheck::registerPPCallbacks(const SourceManager &SM,
                                               Preprocessor *PP,
                                               Preprocessor * /*ModuleExpanderPP*/) {
  PP->addPPCallbacks(
      std::make_unique<IncludeCallbacks>(*this, Settings, SM, *PP));
}

bool RelativeIncludeCheck::judgesInclusion(
    const Token &IncludeTok, OptionalFileEntryRef File,
    CharSourceRange FilenameRange, SrcMgr::CharacteristicKind FileType) {
  if (const IdentifierInfo *Kind = IncludeTok.getIdentifierInfo())
    if (Kind->getPPKeywordID() == tok::pp_include_next)
      return false;
  return File && FileType == SrcMgr::C_User && FilenameRange.isValid();
}

} // namespace clang::tidy::ssot
