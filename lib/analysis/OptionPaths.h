//===--- OptionPaths.h - relative paths in options, the same in every host
//-===//
//
// A path in a .clang-tidy file is written relative to that file, the way a
// reader of the file takes it; clang-tidy hands it to a check as written, and
// every host has another working directory (the build folder for the compiler
// plugin, the editor's folder for clangd). So a relative path-valued option is
// resolved against the directory of the .clang-tidy that set it.
//
// clang-tidy does not tell a check where an option came from, so the file is
// found as clang-tidy's own lookup finds it: the .clang-tidy nearest to the
// main file, then its parents while each says InheritParentConfig: true. The
// nearest of them that sets the option is the one that set it; if its value
// differs from the one in effect (a --config or plugin argument overrode it)
// or none sets it, the value stays relative to the working directory, as a
// command-line value is.
//
// clangd also takes CheckOptions from its .clangd files (Diagnostics:
// ClangTidy: CheckOptions:), after the .clang-tidy files, so such a value wins.
// In ssot-clangd (which calls searchClangdConfigFiles) the .clangd files are
// asked first, as clangd merges them: every .clangd from the main file's
// folder up, the nearer overriding the farther, each fragment (document) only
// where its If: PathMatch / PathExclude admit the main file; the nearest
// .clangd whose admitted fragments set the option to the value in effect set
// it, and the value is relative to that file's folder. clangd's user
// configuration (~/.config/clangd/config.yaml) overrides every .clangd and
// has no project folder: a value that differs from the .clangd's is taken as
// one from there (or from the editor) and stays relative to the working
// directory.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_OPTIONPATHS_H
#define SSOT_LIB_ANALYSIS_OPTIONPATHS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace clang::tidy {
class ClangTidyContext;
} // namespace clang::tidy

namespace ssot {

/// From now on in this process, configFileSetting also finds the .clangd
/// files that set an option (ssot-clangd calls it once, at startup); false
/// turns that off again (the unit tests, which share one process).
void searchClangdConfigFiles(bool Search = true);

/// The value the .clangd file text \p Text gives \p OptionKey for the file
/// \p RelativePath ('/'-separated, relative to the .clangd's folder): that of
/// the last fragment that admits the file and sets it; none if none does.
std::optional<std::string> clangdFileValue(llvm::StringRef Text,
                                           llvm::StringRef RelativePath,
                                           llvm::StringRef OptionKey);

/// The .clang-tidy file (or in ssot-clangd .clangd file) that set
/// \p OptionKey ("check.Option") to \p Value for \p MainFile, found as
/// described above; none if no such file did.
std::optional<std::string> configFileSetting(llvm::StringRef MainFile,
                                             llvm::StringRef OptionKey,
                                             llvm::StringRef Value);

/// \p Value resolved against the directory of the .clang-tidy that set
/// \p OptionKey for \p MainFile; absolute and empty values, and values no
/// .clang-tidy set, are returned as they are.
std::string resolveOptionPath(llvm::StringRef MainFile,
                              llvm::StringRef OptionKey, llvm::StringRef Value);

/// \p Element, one path of the list-valued option \p OptionKey whose whole
/// value is \p Value ("src;include"), resolved as resolveOptionPath resolves a
/// single path, then made absolute (against the working directory where no
/// .clang-tidy set the option) without "." or ".." components.
std::string resolveOptionListPath(llvm::StringRef MainFile,
                                  llvm::StringRef OptionKey,
                                  llvm::StringRef Value,
                                  llvm::StringRef Element);

/// Whether \p Path (absolute, without "." or "..") is directory \p Dir (as
/// resolveOptionListPath returns it) or lies inside it; an empty \p Dir
/// contains nothing.
bool isInsideDirectory(llvm::StringRef Path, llvm::StringRef Dir);

/// The same for a check's option \p Option of check \p CheckName, for the
/// file \p Context is working on.
std::string resolveOptionPath(const clang::tidy::ClangTidyContext &Context,
                              llvm::StringRef CheckName, llvm::StringRef Option,
                              llvm::StringRef Value);

} // namespace ssot

#endif
