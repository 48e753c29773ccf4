//===--- IncludeSpelling.h - how a fix-it names the header it includes ----===//
//
// A fix-it that calls a designated function inserts the header that declares
// it, spelled the way this unit would include it: relative to an include
// path, or to the main file's folder. The header comes from the unit (a
// visible declaration) or from a record (an absolute path written by another
// unit); both are spelled by one rule.
//
//===----------------------------------------------------------------------===//
#ifndef SSOT_LIB_ANALYSIS_INCLUDESPELLING_H
#define SSOT_LIB_ANALYSIS_INCLUDESPELLING_H

#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/FileEntry.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include <memory>
#include <optional>
#include <string>

namespace clang {
class HeaderSearch;
class PPCallbacks;
class Preprocessor;
class SourceManager;
} // namespace clang

namespace ssot {

/// \p Header as an `#include` of the main file of \p SM would name it
/// (`"dir/file.h"` or `<file.h>`); empty if the unit has no main file.
std::string includeSpelling(clang::FileEntryRef Header,
                            const clang::SourceManager &SM,
                            clang::HeaderSearch &HS);

/// The same for the header at \p Path (a record's absolute path); empty if
/// no such file exists on this machine, or there is no preprocessor (a host
/// that gives a check none cannot spell a header).
std::string includeSpelling(llvm::StringRef Path,
                            const clang::SourceManager &SM,
                            const clang::Preprocessor *PP);

/// The include directives of one unit, those the preprocessor skipped too
/// (a guarded header included again enters no file, but its directive is
/// here): which file includes which. clangd replays only the main file's
/// directives, so there the graph holds those alone.
class IncludeGraph {
public:
  void clear() { Includes.clear(); }
  /// A callback that adds each directive of the unit to this graph.
  std::unique_ptr<clang::PPCallbacks>
  recorder(const clang::SourceManager &SM);
  /// \p Includer's directive at \p Offset includes \p Included.
  void add(clang::FileEntryRef Includer, clang::FileEntryRef Included,
           unsigned Offset) {
    Includes[&Includer.getFileEntry()].push_back(
        {Offset, &Included.getFileEntry()});
  }
  /// Whether \p From includes \p To, directly or through other files;
  /// with \p Before, only through \p From's directives above that offset.
  bool reaches(clang::FileEntryRef From, clang::FileEntryRef To,
               std::optional<unsigned> Before = std::nullopt) const {
    return reaches(&From.getFileEntry(), &To.getFileEntry(), Before);
  }
  /// The offset of \p From's first directive that reaches \p To.
  std::optional<unsigned> firstReaching(clang::FileEntryRef From,
                                        clang::FileEntryRef To) const;

private:
  bool reaches(const clang::FileEntry *From, const clang::FileEntry *To,
               std::optional<unsigned> Before) const;
  using Directive = std::pair<unsigned, const clang::FileEntry *>;
  llvm::DenseMap<const clang::FileEntry *, llvm::SmallVector<Directive, 4>>
      Includes;
};

/// Whether including the header \p Declared at the top of \p Fixed can
/// make what \p Declared declares (at offset \p DeclaredAt, if known)
/// visible further down \p Fixed. Not when \p Declared is \p Fixed itself
/// or the main file, nor when \p Declared includes \p Fixed before that
/// declaration, directly or not, as this unit entered them or as \p Graph
/// records their directives (the include would be a cycle). The
/// caller still has to see the include inserted: where \p Fixed already
/// includes \p Declared below that place, an include inserter may add none.
bool includeMakesVisible(clang::FileID Declared, clang::FileID Fixed,
                         const clang::SourceManager &SM,
                         const IncludeGraph *Graph = nullptr,
                         std::optional<unsigned> DeclaredAt = std::nullopt);

/// The file that `#include` \p Spelling (`"a/b.h"`, `a/b.h` or `<a/b.h>`)
/// written in \p From would include; none if it is not found.
clang::OptionalFileEntryRef resolveInclude(llvm::StringRef Spelling,
                                           clang::FileID From,
                                           const clang::SourceManager &SM,
                                           const clang::Preprocessor *PP);

/// Why an include of the header \p Spelling at the top of \p Fixed would
/// be a cycle: it is \p Fixed, or it includes \p Fixed (as this unit
/// entered them, or as \p Graph records) before it brings in \p Declaring,
/// the file that declares what the include is for (if the unit has it).
/// Empty otherwise.
std::string whyIncludeIsCycle(llvm::StringRef Spelling, clang::FileID Fixed,
                              const clang::SourceManager &SM,
                              const clang::Preprocessor *PP,
                              const IncludeGraph &Graph,
                              clang::OptionalFileEntryRef Declaring);

/// The headers one check's fixes insert into the files of one unit, and
/// where. An include inserter adds a header to a file once, for the first fix
/// that asks for it; a later fix gets no insertion and relies on that first
/// one. When no fix of the check asked before, no insertion means the file
/// already includes the header somewhere, maybe below the place being fixed.
/// The inserter places a header among the file's includes by its name, so
/// even an insertion may land below the place being fixed.
class FixIncludes {
public:
  void clear() { Asked.clear(); }
  /// For a fix at \p Place (a \p Noun: "call") that compiles only if
  /// \p Header is included above it in \p File: empty if it is, else why
  /// the fix is refused. \p Include comes in as the insertion the inserter
  /// gave this fix, and goes out as the one the fix must carry: its own, or
  /// one that an earlier, refused fix left unused; none if refused. A
  /// \p Recorded target (known from a record, not declared in the unit) is
  /// explained by its header; a declared one is declared after \p Place.
  std::string whyNotAbove(clang::FileID File, llvm::StringRef Header,
                          std::optional<clang::FixItHint> &Include,
                          clang::SourceLocation Place, llvm::StringRef Noun,
                          bool Recorded, const clang::SourceManager &SM);

  /// For a fix that compiles without \p Header (its target is declared
  /// above it already): notes that the fix carries \p Include, the
  /// inserter's insertion if any, wherever it lands.
  void carry(clang::FileID File, llvm::StringRef Header,
             const std::optional<clang::FixItHint> &Include);

private:
  static std::string key(clang::FileID File, llvm::StringRef Header);
  struct Insertion {
    clang::SourceLocation At;
    std::optional<clang::FixItHint> Unused; // given, not yet carried by a fix
  };
  llvm::StringMap<Insertion> Asked;
};

} // namespace ssot

#endif
