//===--- Project.cpp - merging units, scoring, the baseline ---------------===//
#include "lib/audit/Project.h"
#include "lib/audit/Analyzer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"
#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ssot::audit {

std::string relativePath(const std::string &File, const std::string &Root) {
  llvm::StringRef F(File);
  if (!Root.empty() && F.starts_with(Root) &&
      (F.size() == Root.size() || F[Root.size()] == '/' || Root.back() == '/')) {
    F = F.drop_front(Root.size());
    F.consume_front("/");
    return F.str();
  }
  return File;
}

static std::string identityOf(const Finding &F, const std::string &Rel) {
  std::string Key = F.Check + '\n' + Rel + '\n' + F.Scope + '\n' +
                    F.FlaggedText + '\n' + std::to_string(F.Occurrence);
  return llvm::utohexstr(llvm::xxh3_64bits(Key), /*LowerCase=*/true, 16);
}

void mergeUnits(Project &P, llvm::ArrayRef<std::string> Checks) {
  // One finding per check, place and message.
  std::map<std::tuple<std::string, unsigned, unsigned, std::string, std::string>,
           size_t>
      Seen;
  for (UnitResult &U : P.Units)
    for (Finding &F : U.Findings) {
      auto Key = std::make_tuple(F.Loc.File, F.Loc.Line, F.Loc.Column, F.Check,
                                 F.Message);
      auto [It, Inserted] = Seen.try_emplace(Key, P.Findings.size());
      if (Inserted) {
        P.Findings.push_back(F);
        P.Findings.back().Units = 1;
      } else {
        // Units that see less of the project (no declaration of the
        // designated piece) report fewer notes; keep the fullest report.
        Finding &Kept = P.Findings[It->second];
        unsigned Units = Kept.Units + 1;
        if (F.Notes.size() > Kept.Notes.size() || F.Fixes.size() > Kept.Fixes.size())
          Kept = F;
        Kept.Units = Units;
      }
    }
  std::sort(P.Findings.begin(), P.Findings.end(),
                   [](const Finding &A, const Finding &B) {
                     return std::tie(A.Loc.File, A.Loc.Line, A.Loc.Column, A.Check, A.Message) <
                            std::tie(B.Loc.File, B.Loc.Line, B.Loc.Column, B.Check, B.Message);
                   });
  // Identity: what the finding is and where it sits in the code's structure,
  // never its line, so inserting lines above it changes nothing.
  llvm::StringMap<unsigned> Occurrences;
  for (Finding &F : P.Findings) {
    std::string Rel = relativePath(F.Loc.File, P.Root);
    std::string Base =
        F.Check + '\n' + Rel + '\n' + F.Scope + '\n' + F.FlaggedText;
    F.Occurrence = Occurrences[Base]++;
    F.Identity = identityOf(F, Rel);
  }

  // Compliant uses, once per place.
  llvm::StringSet<> UsePlaces;
  llvm::StringMap<unsigned> Compliant;
  std::set<std::string> Configured, Enabled;
  for (const UnitResult &U : P.Units) {
    for (const Use &Use : U.Uses)
      if (UsePlaces.insert(Use.Check + '\n' + Use.File + '\n' +
                           std::to_string(Use.Offset))
              .second)
        ++Compliant[Use.Check];
    Configured.insert(U.ConfiguredChecks.begin(), U.ConfiguredChecks.end());
    Enabled.insert(U.EnabledChecks.begin(), U.EnabledChecks.end());
  }
  P.OverallCompliant = P.OverallViolations = 0;
  P.OverallConfigured = false;
  for (const std::string &Check : Checks) {
    RuleScore S;
    S.Check = Check;
    S.Enabled = Enabled.count(Check);
    S.Counted = countsCompliantUses(Check);
    // Each rule says when it is configured (designations, the bridge
    // components, or for the include rule being enabled at all).
    S.Configured = S.Enabled && Configured.count(Check) > 0;
    S.Compliant = Compliant.lookup(Check);
    for (const Finding &F : P.Findings)
      if (F.Check == Check && !F.Suppressed)
        ++S.Violations;
    unsigned Total = S.Compliant + S.Violations;
    S.Score = Total ? std::round(100.0 * S.Compliant / Total) / 10.0 : 10.0;
    // A rule whose uses the audit cannot count has no ratio to score; it is
    // reported by its violations and kept out of the overall score.
    if (S.Configured && S.Counted) {
      P.OverallConfigured = true;
      P.OverallCompliant += S.Compliant;
      P.OverallViolations += S.Violations;
    }
    P.Scores.push_back(S);
  }
  unsigned Total = P.OverallCompliant + P.OverallViolations;
  P.Overall = Total ? std::round(100.0 * P.OverallCompliant / Total) / 10.0 : 10.0;
}

llvm::Expected<std::vector<BaselineEntry>> readBaseline(llvm::StringRef File) {
  auto Buffer = llvm::MemoryBuffer::getFile(File);
  if (!Buffer)
    return llvm::createStringError(Buffer.getError(),
                                   "cannot read baseline '%s': %s",
                                   File.str().c_str(),
                                   Buffer.getError().message().c_str());
  llvm::Expected<llvm::json::Value> Json =
      llvm::json::parse((*Buffer)->getBuffer());
  if (!Json)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "malformed baseline '%s': %s",
        File.str().c_str(), llvm::toString(Json.takeError()).c_str());
  auto Bad = [&](llvm::StringRef Why) {
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "malformed baseline '%s': %s",
                                   File.str().c_str(), Why.str().c_str());
  };
  const llvm::json::Object *Root = Json->getAsObject();
  if (!Root || Root->getString("tool") != "ssot-audit")
    return Bad("not an ssot-audit baseline (no \"tool\": \"ssot-audit\")");
  if (Root->getInteger("version") != 1)
    return Bad("unsupported \"version\" (this ssot-audit reads version 1)");
  const llvm::json::Array *Entries = Root->getArray("findings");
  if (!Entries)
    return Bad("no \"findings\" array");
  std::vector<BaselineEntry> Result;
  for (const llvm::json::Value &V : *Entries) {
    const llvm::json::Object *O = V.getAsObject();
    std::optional<llvm::StringRef> Identity, Check, Path;
    if (O) {
      Identity = O->getString("identity");
      Check = O->getString("check");
      Path = O->getString("file");
    }
    if (!Identity || !Check || !Path)
      return Bad(llvm::formatv("entry {0} lacks \"identity\", \"check\" or \"file\"",
                               Result.size() + 1)
                     .str());
    BaselineEntry E;
    E.Identity = Identity->str();
    E.Check = Check->str();
    E.File = Path->str();
    E.Scope = O->getString("scope").value_or("").str();
    E.Text = O->getString("code").value_or("").str();
    E.Message = O->getString("message").value_or("").str();
    E.Occurrence = static_cast<unsigned>(O->getInteger("occurrence").value_or(0));
    Result.push_back(std::move(E));
  }
  return Result;
}

void applyBaseline(Project &P, const std::vector<BaselineEntry> &Baseline) {
  P.HasBaseline = true;
  llvm::StringSet<> Found;
  for (const Finding &F : P.Findings)
    Found.insert(F.Identity);
  llvm::StringSet<> Known;
  for (const BaselineEntry &E : Baseline) {
    Known.insert(E.Identity);
    if (!Found.contains(E.Identity))
      P.Resolved.push_back(E);
  }
  for (Finding &F : P.Findings)
    F.Known = Known.contains(F.Identity);
}

void decideVerdict(Project &P) {
  P.KnownCount = P.NewCount = P.FailingCount = 0;
  for (const Finding &F : P.Findings) {
    if (F.Suppressed)
      continue;
    if (F.Known) {
      ++P.KnownCount;
      continue;
    }
    ++P.NewCount;
    if (!P.FailOnError || F.IsError)
      ++P.FailingCount;
  }
  unsigned Broken = 0;
  for (const UnitResult &U : P.Units)
    Broken += !U.Parsed;
  P.Go = P.FailingCount == 0 && Broken == 0;
  P.Reasons.clear();
  if (P.FailingCount)
    P.Reasons.push_back(llvm::formatv("{0} new finding{1} at or above '{2}'",
                                      P.FailingCount, P.FailingCount == 1 ? "" : "s",
                                      P.FailOnError ? "error" : "warning")
                            .str());
  if (Broken)
    P.Reasons.push_back(
        llvm::formatv("{0} unit{1} failed to parse, so {2} findings are unknown",
                      Broken, Broken == 1 ? "" : "s", Broken == 1 ? "its" : "their")
            .str());
  if (P.Go) {
    std::string Why = P.HasBaseline
                          ? "no new findings; " + std::to_string(P.KnownCount) +
                                " known from the baseline"
                          : "no findings";
    if (P.NewCount)
      Why = std::to_string(P.NewCount) + " new finding(s), none at or above 'error'";
    P.Reasons.push_back(Why);
  }
}

std::vector<BaselineEntry> baselineOf(const Project &P) {
  std::vector<BaselineEntry> Entries;
  for (const Finding &F : P.Findings) {
    if (F.Suppressed)
      continue;
    BaselineEntry E;
    E.Identity = F.Identity;
    E.Check = F.Check;
    E.File = relativePath(F.Loc.File, P.Root);
    E.Scope = F.Scope;
    E.Text = F.FlaggedText;
    E.Occurrence = F.Occurrence;
    E.Message = F.Message;
    Entries.push_back(std::move(E));
  }
  return Entries;
}

std::string baselineText(const std::vector<BaselineEntry> &Entries) {
  llvm::json::Array Array;
  for (const BaselineEntry &E : Entries)
    Array.push_back(llvm::json::Object{{"identity", E.Identity},
                                       {"check", E.Check},
                                       {"file", E.File},
                                       {"scope", E.Scope},
                                       {"code", E.Text},
                                       {"occurrence", E.Occurrence},
                                       {"message", E.Message}});
  llvm::json::Object Root{{"tool", "ssot-audit"},
                          {"version", 1},
                          {"findings", std::move(Array)}};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:2}", llvm::json::Value(std::move(Root))) << "\n";
  return Text;
}

llvm::Error writeAtomically(llvm::StringRef File, llvm::StringRef Text) {
  llvm::SmallString<256> Temp;
  llvm::SmallString<256> Model(File);
  Model += ".tmp-%%%%%%";
  int FD = -1;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, Temp))
    return llvm::createStringError(EC, "cannot write '%s': %s", File.str().c_str(),
                                   EC.message().c_str());
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Text;
    OS.close();
    if (OS.has_error()) {
      [[maybe_unused]] std::error_code Ignored = llvm::sys::fs::remove(Temp);
      return llvm::createStringError(OS.error(), "cannot write '%s'",
                                     File.str().c_str());
    }
  }
  if (std::error_code EC = llvm::sys::fs::rename(Temp, File)) {
    [[maybe_unused]] std::error_code Ignored = llvm::sys::fs::remove(Temp);
    return llvm::createStringError(EC, "cannot write '%s': %s", File.str().c_str(),
                                   EC.message().c_str());
  }
  return llvm::Error::success();
}

} // namespace ssot::audit
