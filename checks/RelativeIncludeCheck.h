//===--- RelativeIncludeCheck.h - ssot-relative-include ---------*- C++ -*-===//
#ifndef SSOT_CHECKS_RELATIVEINCLUDECHECK_H
#define SSOT_CHECKS_RELATIVEINCLUDECHECK_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/Basic/FileEntry.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Token.h"
#include "llvm/Support/Regex.h"
#include <optional>
#include <string>

namespace clang::tidy::ssot {

/// Flags every project header included by another name than its one rooted
/// spelling: a spelling with a "." or ".." component, a spelling that only
/// resolves next to the including file, and the wrong delimiters for the
/// configured style; rewrites the file name to the shortest rooted spelling
/// that the translation unit's own header search resolves to the same file.
///
/// For the user-facing documentation see docs/ssot-relative-include.md.
class RelativeIncludeCheck : public ClangTidyCheck {
public:
  static constexpr llvm::StringLiteral RootsOption = "Roots";
  static constexpr llvm::StringLiteral StyleOption = "Style";
  static constexpr llvm::StringLiteral AllowedFilesOption = "AllowedFiles";

  /// Whether an inclusion directive is one this rule judges: a user header
  /// found by header search, written by #include (not #include_next, which
  /// names the next header of that name on purpose: a rooted spelling would
  /// find the first one again). The audit counts compliant includes with the
  /// same test.
  static bool judgesInclusion(const Token &IncludeTok,
                              OptionalFileEntryRef File,
                              CharSourceRange FilenameRange,
                              SrcMgr::CharacteristicKind FileType);

  RelativeIncludeCheck(StringRef Name, ClangTidyContext *Context);
  void registerPPCallbacks(const SourceManager &SM, Preprocessor *PP,
                           Preprocessor *ModuleExpanderPP) override;
  void storeOptions(ClangTidyOptions::OptionMap &Opts) override;

  /// What the per-unit callbacks need from the options.
  struct Config {
    llvm::SmallVector<std::string, 4> Roots; // as written; empty: the -I dirs
    std::string RootsKey;                    // "<check>.Roots", for lookup
    std::string RawRoots; // the whole value, to find the file that set it
    bool Angles = false;                     // Style: angles
    std::optional<llvm::Regex> AllowedFiles;
  };

private:
  const std::string RawRoots;
  const std::string RawStyle;
  const std::string RawAllowedFiles;
  std::shared_ptr<Config> Settings;
};

} // namespace clang::tidy::ssot

#endif
