//===--- BridgeBypassCheck.h - ssot-bridge-bypass ---------------*- C++ -*-===//
#ifndef SSOT_CHECKS_BRIDGEBYPASSCHECK_H
#define SSOT_CHECKS_BRIDGEBYPASSCHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "lib/analysis/LocalParents.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/Support/Regex.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang::tidy::ssot {

/// Flags code of one component (a set of directories) that names a
/// declaration of another component that is not part of that component's
/// bridge interface (the bridge class, function or namespace, its public
/// members, and the types its public signatures name), and includes of
/// another component's headers other than its bridge headers, replaced by
/// the bridge header where that header already includes them.
///
/// For the user-facing documentation see docs/ssot-bridge-bypass.md.
class BridgeBypassCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral ComponentsOption = "Components";
  static constexpr llvm::StringLiteral CheckOutsideOption = "CheckOutside";
  static constexpr llvm::StringLiteral BridgesOption = "Bridges";
  static constexpr llvm::StringLiteral BridgeHeadersOption = "BridgeHeaders";
  static constexpr llvm::StringLiteral AllowedFilesOption = "AllowedFiles";
  static constexpr llvm::StringLiteral BridgeAnnotation = "ssot::bridge";

  BridgeBypassCheck(StringRef Name, ClangTidyContext *Context);
  bool isLanguageVersionSupported(const LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void registerMatchers(ast_matchers::MatchFinder *Finder) override;
  void check(const ast_matchers::MatchFinder::MatchResult &Result) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;
  void onStartOfTranslationUnit() override;
  void onEndOfTranslationUnit() override;

  // What a file is to the check: a component's index, or one of these.
  static constexpr int Outside = -1;  // in no component
  static constexpr int Ignored = -2;  // system header, allowed file, no file

  /// The component of the file of \p Loc's spelling (cached per FileID).
  int componentOf(SourceLocation Loc, const SourceManager &SM);
  /// Whether references from component \p From are checked at all.
  bool checksFrom(int From) const {
    return From >= 0 || (From == Outside && CheckOutside);
  }
  /// Records a reference to \p D written at \p Loc (a name in the source)
  /// from component \p From, if \p D belongs to another component.
  void noteReference(const NamedDecl *D, SourceLocation Loc, int From,
                     ASTContext &Context);
  /// Whether the object \p Base of an access to \p Member from component
  /// \p From comes from a macro of the member's own component.
  bool handedOutByMacro(const Expr *Base, const NamedDecl *Member, int From,
                        const SourceManager &SM);

  // An #include the preprocessor saw, decided once the whole unit is seen.
  struct Inclusion {
    SourceLocation HashLoc;
    CharSourceRange FilenameRange;
    std::string Spelled; // as written, without quotes or brackets
    OptionalFileEntryRef File;
  };
  void noteInclusion(Inclusion I) { Inclusions.push_back(std::move(I)); }

private:
  struct Component {
    std::string Name;
    std::vector<std::string> RawDirs;     // as written
    std::vector<std::string> Dirs;        // resolved, per translation unit
    std::vector<std::string> Bridges;     // fully qualified names
    std::vector<std::string> Excluded;    // "-name" entries, fully qualified
    std::vector<std::string> Headers;     // include spellings ("a/b.h", "<x>")
  };
  // A cross-component reference, decided once the whole unit is seen.
  struct Reference {
    const NamedDecl *Target;
    SourceLocation Loc; // where it is reported (a file location)
    int From;
    int To;
    unsigned Order; // as the matchers met it, for ties
  };
  // A reference the end of the unit reports or counts, with its sort key.
  struct Decision {
    const Reference *R;
    const Decl *Target; // normalized
    std::pair<FileID, unsigned> Where;
    bool Bypass;
  };
  // What the bridges of a component let the others name, worked out once per
  // unit when the first reference into the component is decided.
  struct Interface {
    bool Built = false;
    llvm::SmallVector<const NamedDecl *, 4> Bridges; // for notes
    llvm::DenseSet<const Decl *> Roots;      // bridges and their public bases
    llvm::DenseSet<const Decl *> Signatures; // types named by public members
    llvm::DenseSet<const Decl *> Excluded;   // "-name" entries of Bridges
  };

  void resolveDirectories(const SourceManager &SM);
  struct FileClass {
    int Home; // the component declarations in the file belong to
    int From; // the component its references are checked as
  };
  FileClass classifyFile(FileID FID, const SourceManager &SM);
  int componentOfPath(StringRef Path) const;
  int componentOfDecl(const Decl *D, const SourceManager &SM);
  Interface &interfaceOf(int Component, ASTContext &Ctx);
  void addRoot(Interface &I, const Decl *D, unsigned Depth);
  bool isInInterface(const NamedDecl *D, int Component, ASTContext &Ctx);
  void findAnnotatedBridge(const NamedDecl *D, const SourceManager &SM);
  void diagnoseReferences(ASTContext &Ctx);
  void diagnoseInclusions(const SourceManager &SM);
  unsigned includeDepth(FileEntryRef Header, const FileEntry *Target);
  llvm::DenseMap<const FileEntry *, unsigned> includedBy(FileEntryRef Header);
  std::string bridgeName(int Component);

  const std::string ComponentsKey; // "ssot-bridge-bypass.Components"
  const std::string RawComponents;
  const std::string RawCheckOutside;
  const std::string RawBridges;
  const std::string RawBridgeHeaders;
  const std::string RawAllowedFiles;
  std::vector<Component> Components;
  bool CheckOutside = true;
  std::optional<llvm::Regex> AllowedFiles;

  // Per translation unit.
  bool Resolved = false;
  ASTContext *Ctx = nullptr;
  llvm::DenseMap<FileID, FileClass> FileComponents;
  FileID LastFile;
  FileClass LastClass{Outside, Ignored};
  llvm::DenseMap<const Decl *, int> DeclComponents;
  std::vector<Reference> References;
  std::vector<Interface> Interfaces;
  // Bridges found through [[clang::annotate("ssot::bridge")]] on the
  // declarations the unit names (or their enclosing ones), per component.
  std::vector<llvm::SmallVector<const NamedDecl *, 2>> Annotated;
  llvm::DenseSet<const Decl *> AnnotationChecked;
  std::vector<Inclusion> Inclusions;
  // What each bridge header includes, at which depth (includeDepth), per
  // unit.
  llvm::DenseMap<const FileEntry *,
                 llvm::DenseMap<const FileEntry *, unsigned>>
      HeaderClosures;
  Preprocessor *PP = nullptr;
  std::optional<::ssot::LocalParents> Parents;
};

} // namespace clang::tidy::ssot

#endif
