//===--- ConfigFiles.cpp - a .clang-tidy that cannot be used is an error --===//
#include "lib/hosts/ConfigFiles.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

namespace ssot {

std::vector<ConfigFileProblem> configFileProblems(llvm::StringRef MainFile) {
  std::vector<ConfigFileProblem> Problems;
  llvm::SmallString<256> Absolute(MainFile);
  if (llvm::sys::fs::make_absolute(Absolute))
    return Problems;
  llvm::sys::path::remove_dots(Absolute, /*remove_dot_dot=*/true);
  for (std::string Next = llvm::sys::path::parent_path(Absolute).str();
       !Next.empty();) {
    llvm::SmallString<256> File(Next);
    llvm::sys::path::append(File, ".clang-tidy");
    std::string Parent = llvm::sys::path::parent_path(Next).str();
    Next = Parent == Next ? std::string() : std::move(Parent);
    // clang-tidy skips what is not a regular file (a folder of that name).
    if (!llvm::sys::fs::is_regular_file(File))
      continue;
    llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>> Text =
        llvm::MemoryBuffer::getFile(File, /*IsText=*/true);
    if (!Text) {
      Problems.push_back({File.str().str(), Text.getError().message()});
      break;
    }
    std::string First; // the parser's first error, with line and column
    llvm::ErrorOr<clang::tidy::ClangTidyOptions> Parsed =
        clang::tidy::parseConfigurationWithDiags(
            (*Text)->getMemBufferRef(), [&](const llvm::SMDiagnostic &Diag) {
              if (Diag.getKind() == llvm::SourceMgr::DK_Error && First.empty())
                First = (llvm::Twine(Diag.getLineNo()) + ":" +
                         llvm::Twine(Diag.getColumnNo() + 1) + ": " +
                         Diag.getMessage())
                            .str();
            });
    if (!Parsed) {
      Problems.push_back({File.str().str(), First.empty()
                                                ? Parsed.getError().message()
                                                : First});
      break;
    }
    if (!Parsed->InheritParentConfig.value_or(false))
      break;
  }
  return Problems;
}

std::vector<ConfigFileProblem>
newConfigFileProblems(llvm::StringRef MainFile, llvm::StringSet<> &Reported) {
  std::vector<ConfigFileProblem> Problems = configFileProblems(MainFile);
  llvm::erase_if(Problems, [&](const ConfigFileProblem &Problem) {
    return !Reported.insert(Problem.File).second;
  });
  return Problems;
}

std::string describe(const ConfigFileProblem &Problem) {
  return "cannot read the clang-tidy configuration '" + Problem.File +
         "': " + Problem.Reason;
}

} // namespace ssot
