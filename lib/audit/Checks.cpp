//===--- Checks.cpp - what each registered check is, from its docs page ---===//
#include "checks/SSOTTidyModule.h"
#include "lib/audit/Audit.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"

namespace ssot::audit {

// The first paragraph after the page's title: what the check flags.
static std::string summaryOf(llvm::StringRef Page) {
  std::string Out;
  bool InTitle = true;
  for (llvm::StringRef Line : llvm::split(Page, '\n')) {
    Line = Line.trim();
    if (InTitle) {
      if (Line.starts_with("#") || Line.empty())
        continue;
      InTitle = false;
    }
    if (Line.empty())
      break;
    if (!Out.empty())
      Out += ' ';
    Out += Line.str();
  }
  return Out;
}

std::vector<CheckInfo> describeChecks(const std::string &Argv0, void *MainAddr) {
  std::vector<std::string> DocDirs;
  std::string Exe = llvm::sys::fs::getMainExecutable(Argv0.c_str(), MainAddr);
  if (!Exe.empty()) {
    llvm::SmallString<256> Installed(llvm::sys::path::parent_path(
        llvm::sys::path::parent_path(Exe)));
    llvm::sys::path::append(Installed, "share", "doc", "ssot-tidy");
    DocDirs.push_back(std::string(Installed));
  }
  DocDirs.push_back(SSOT_SOURCE_DOCS_DIR);
  auto Describe = [&](llvm::StringRef Name, llvm::StringRef Page,
                      llvm::StringRef Fallback) {
    CheckInfo Info;
    Info.Name = Name.str();
    Info.Summary = Fallback.str();
    for (const std::string &Dir : DocDirs) {
      llvm::SmallString<256> Path(Dir);
      llvm::sys::path::append(Path, Page);
      if (auto Buffer = llvm::MemoryBuffer::getFile(Path)) {
        Info.DocsPath = std::string(Path);
        std::string Summary = summaryOf((*Buffer)->getBuffer());
        if (!Summary.empty() && Fallback.empty())
          Info.Summary = Summary;
        break;
      }
    }
    if (Info.Summary.empty())
      Info.Summary = "ssot-tidy check " + Info.Name + ".";
    return Info;
  };
  std::vector<CheckInfo> Infos;
  for (llvm::StringRef Name : clang::tidy::ssot::registeredCheckNames())
    Infos.push_back(Describe(Name, (Name + ".md").str(), ""));
  Infos.push_back(Describe(SuppressionCheck, "ssot-audit.md",
                           "An ssot finding is silenced by a NOLINT that gives no "
                           "reason, or by a blanket NOLINT that names no check."));
  return Infos;
}

} // namespace ssot::audit
