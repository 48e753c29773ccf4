//===--- Reports.cpp - the audit as SARIF, Markdown, JSON and a summary ---===//
#include "lib/audit/Reports.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include <map>

namespace ssot::audit {

namespace json = llvm::json;

static std::string oneDecimal(double V) { return llvm::formatv("{0:F1}", V).str(); }

std::string scoreText(const RuleScore &S) {
  if (!S.Enabled)
    return "not enabled";
  if (!S.Configured)
    return "not configured";
  if (!S.Counted)
    return "not scored (uses not counted)";
  if (S.Compliant + S.Violations == 0)
    return "10.0/10 (nothing to measure)";
  return oneDecimal(S.Score) + "/10";
}

static std::string overallText(const Project &P) {
  if (!P.OverallConfigured)
    return "not configured";
  return oneDecimal(P.Overall) + "/10";
}

static std::string plural(unsigned N, llvm::StringRef Word) {
  return std::to_string(N) + " " + Word.str() + (N == 1 ? "" : "s");
}

static unsigned brokenUnits(const Project &P) {
  unsigned N = 0;
  for (const UnitResult &U : P.Units)
    N += !U.Parsed;
  return N;
}

static const char *stateOf(const Finding &F) {
  if (F.Suppressed)
    return "suppressed";
  return F.Known ? "known" : "new";
}

//===--- SARIF ------------------------------------------------------------===//

static constexpr llvm::StringLiteral RootId = "PROJECTROOT";

static std::string fileUri(llvm::StringRef Path) {
  std::string Uri = "file://";
  for (char C : Path) {
    if (llvm::isAlnum(C) || llvm::StringRef("/-_.~").contains(C))
      Uri += C;
    else
      Uri += llvm::formatv("%{0:X2}", static_cast<unsigned char>(C)).str();
  }
  return Uri;
}

static json::Object artifactLocation(const Project &P, const std::string &File) {
  std::string Rel = relativePath(File, P.Root);
  if (Rel == File)
    return json::Object{{"uri", fileUri(File)}};
  std::string Escaped = fileUri(Rel).substr(7);
  return json::Object{{"uri", Escaped}, {"uriBaseId", RootId}};
}

static json::Object region(const Location &L) {
  json::Object R{{"startLine", L.Line}, {"startColumn", L.Column}};
  if (L.EndLine) {
    R["endLine"] = L.EndLine;
    R["endColumn"] = L.EndColumn;
  }
  return R;
}

static json::Object physical(const Project &P, const Location &L) {
  return json::Object{{"artifactLocation", artifactLocation(P, L.File)},
                      {"region", region(L)}};
}

std::string sarifReport(const Project &P, const std::vector<CheckInfo> &Checks,
                        const std::string &DocsUri) {
  json::Array Rules;
  std::map<std::string, unsigned> RuleIndex;
  for (const CheckInfo &C : Checks) {
    RuleIndex[C.Name] = Rules.size();
    std::string Name;
    for (llvm::StringRef Part : llvm::split(llvm::StringRef(C.Name), '-'))
      if (!Part.empty())
        Name += llvm::toUpper(Part.front()) + Part.drop_front().str();
    std::string Short = C.Summary.substr(0, C.Summary.find(". ") + 1);
    if (Short.size() <= 1)
      Short = C.Summary;
    std::string Page = C.Name == SuppressionCheck ? "ssot-audit.md" : C.Name + ".md";
    std::string Help = DocsUri + Page;
    if (C.Name == SuppressionCheck)
      Help += "#suppressions";
    Rules.push_back(json::Object{
        {"id", C.Name},
        {"name", Name},
        {"shortDescription", json::Object{{"text", Short}}},
        {"fullDescription", json::Object{{"text", C.Summary}}},
        {"helpUri", Help},
        {"help", json::Object{{"text", "See " + Help}}},
        {"defaultConfiguration", json::Object{{"level", "warning"}}}});
  }
  json::Array Results;
  for (const Finding &F : P.Findings) {
    json::Object R{{"ruleId", F.Check},
                   {"level", F.IsError ? "error" : "warning"},
                   {"message", json::Object{{"text", F.Message}}},
                   {"locations", json::Array{json::Object{
                                     {"physicalLocation", physical(P, F.Loc)}}}},
                   {"partialFingerprints",
                    json::Object{{"ssotIdentity/v1", F.Identity}}}};
    auto It = RuleIndex.find(F.Check);
    if (It != RuleIndex.end())
      R["ruleIndex"] = It->second;
    if (!F.Notes.empty()) {
      json::Array Related;
      for (const Note &N : F.Notes) {
        json::Object Loc{{"id", Related.size()},
                         {"message", json::Object{{"text", N.Message}}}};
        if (!N.Loc.File.empty())
          Loc["physicalLocation"] = physical(P, N.Loc);
        Related.push_back(std::move(Loc));
      }
      R["relatedLocations"] = std::move(Related);
    }
    if (!F.Fixes.empty()) {
      // One artifactChange per file, as SARIF requires.
      std::map<std::string, json::Array> PerFile;
      for (const Replacement &Rep : F.Fixes)
        PerFile[Rep.Range.File].push_back(json::Object{
            {"deletedRegion", region(Rep.Range)},
            {"insertedContent", json::Object{{"text", Rep.Text}}}});
      json::Array Changes;
      for (auto &[File, Replacements] : PerFile)
        Changes.push_back(json::Object{{"artifactLocation", artifactLocation(P, File)},
                                       {"replacements", std::move(Replacements)}});
      R["fixes"] = json::Array{json::Object{
          {"description", json::Object{{"text", "apply the check's fix-it"}}},
          {"artifactChanges", std::move(Changes)}}};
    }
    if (F.Suppressed) {
      json::Object S{{"kind", "inSource"}, {"status", "accepted"}};
      if (!F.SuppressionReason.empty())
        S["justification"] = F.SuppressionReason;
      R["suppressions"] = json::Array{std::move(S)};
    }
    if (P.HasBaseline)
      R["baselineState"] = F.Known ? "unchanged" : "new";
    Results.push_back(std::move(R));
  }
  json::Array Notifications;
  for (const UnitResult &U : P.Units)
    for (const std::string &E : U.ParseErrors)
      Notifications.push_back(json::Object{
          {"level", "error"},
          {"message", json::Object{{"text", "unit '" +
                                                relativePath(U.File, P.Root) +
                                                "' failed to parse: " + E}}}});
  std::string RootUri = fileUri(P.Root);
  if (RootUri.back() != '/')
    RootUri += '/';
  json::Object Run{
      {"tool",
       json::Object{{"driver", json::Object{{"name", "ssot-audit"},
                                            {"version", "0.1.0"},
                                            {"informationUri", DocsUri + "ssot-audit.md"},
                                            {"rules", std::move(Rules)}}}}},
      {"originalUriBaseIds",
       json::Object{{RootId, json::Object{{"uri", RootUri}}}}},
      {"invocations",
       json::Array{json::Object{
           {"executionSuccessful", brokenUnits(P) == 0},
           {"toolExecutionNotifications", std::move(Notifications)}}}},
      {"results", std::move(Results)}};
  json::Object Log{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                   {"version", "2.1.0"},
                   {"runs", json::Array{std::move(Run)}}};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:2}", json::Value(std::move(Log))) << "\n";
  return Text;
}

//===--- JSON -------------------------------------------------------------===//

static json::Object locationJson(const Project &P, const Location &L) {
  return json::Object{{"file", relativePath(L.File, P.Root)},
                      {"line", L.Line},
                      {"column", L.Column},
                      {"endLine", L.EndLine},
                      {"endColumn", L.EndColumn}};
}

std::string jsonReport(const Project &P) {
  json::Array Findings;
  for (const Finding &F : P.Findings) {
    json::Array Notes, Fixes;
    for (const Note &N : F.Notes)
      Notes.push_back(json::Object{{"message", N.Message},
                                   {"location", locationJson(P, N.Loc)}});
    for (const Replacement &R : F.Fixes)
      Fixes.push_back(json::Object{{"location", locationJson(P, R.Range)},
                                   {"offset", R.Offset},
                                   {"length", R.Length},
                                   {"text", R.Text}});
    json::Object O{{"check", F.Check},
                   {"level", F.IsError ? "error" : "warning"},
                   {"state", stateOf(F)},
                   {"message", F.Message},
                   {"location", locationJson(P, F.Loc)},
                   {"scope", F.Scope},
                   {"code", F.LineText},
                   {"identity", F.Identity},
                   {"units", F.Units},
                   {"notes", std::move(Notes)},
                   {"fixes", std::move(Fixes)}};
    if (F.Suppressed)
      O["suppression"] = json::Object{{"directive", F.SuppressionComment},
                                      {"reason", F.SuppressionReason}};
    Findings.push_back(std::move(O));
  }
  json::Array Scores;
  for (const RuleScore &S : P.Scores) {
    json::Object O{{"check", S.Check},
                   {"enabled", S.Enabled},
                   {"configured", S.Configured},
                   {"usesCounted", S.Counted},
                   {"compliant", S.Compliant},
                   {"violations", S.Violations}};
    O["score"] = S.Configured && S.Counted ? json::Value(S.Score) : json::Value(nullptr);
    Scores.push_back(std::move(O));
  }
  json::Array Units;
  for (const UnitResult &U : P.Units) {
    json::Array Errors;
    for (const std::string &E : U.ParseErrors)
      Errors.push_back(E);
    Units.push_back(json::Object{{"file", relativePath(U.File, P.Root)},
                                 {"parsed", U.Parsed},
                                 {"errors", std::move(Errors)}});
  }
  json::Array Resolved;
  for (const BaselineEntry &E : P.Resolved)
    Resolved.push_back(json::Object{{"identity", E.Identity},
                                    {"check", E.Check},
                                    {"file", E.File},
                                    {"scope", E.Scope},
                                    {"code", E.Text},
                                    {"message", E.Message}});
  json::Array Reasons;
  for (const std::string &R : P.Reasons)
    Reasons.push_back(R);
  json::Object Root{
      {"tool", "ssot-audit"},
      {"verdict", P.Go ? "GO" : "NO-GO"},
      {"reasons", std::move(Reasons)},
      {"counts", json::Object{{"units", P.Units.size()},
                              {"unitsFailed", brokenUnits(P)},
                              {"findings", P.Findings.size()},
                              {"new", P.NewCount},
                              {"known", P.KnownCount},
                              {"failing", P.FailingCount},
                              {"resolved", P.Resolved.size()}}},
      {"score",
       json::Object{{"overall", P.OverallConfigured ? json::Value(P.Overall)
                                                    : json::Value(nullptr)},
                    {"compliant", P.OverallCompliant},
                    {"violations", P.OverallViolations},
                    {"rules", std::move(Scores)}}},
      {"findings", std::move(Findings)},
      {"resolved", std::move(Resolved)},
      {"units", std::move(Units)}};
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << llvm::formatv("{0:2}", json::Value(std::move(Root))) << "\n";
  return Text;
}

//===--- Markdown ---------------------------------------------------------===//

// Backticks inside code spans would end them early.
static std::string code(llvm::StringRef Text) {
  std::string Fence = Text.contains('`') ? "`` " : "`";
  std::string Close = Text.contains('`') ? " ``" : "`";
  std::string Out = Fence;
  for (char C : Text)
    Out += C == '|' ? std::string("\\|") : std::string(1, C);
  return Out + Close;
}

static std::string place(const Project &P, const Location &L) {
  return relativePath(L.File, P.Root) + ":" + std::to_string(L.Line);
}

static std::string notesOf(const Project &P, const Finding &F) {
  std::string Out;
  for (const Note &N : F.Notes) {
    if (!Out.empty())
      Out += "; ";
    Out += N.Message;
    if (!N.Loc.File.empty())
      Out += " (" + place(P, N.Loc) + ")";
  }
  return Out;
}

static std::string directoryOf(const Project &P, const std::string &File) {
  std::string Dir =
      llvm::sys::path::parent_path(relativePath(File, P.Root)).str();
  return Dir.empty() ? "." : Dir;
}

std::string markdownReport(const Project &P) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  OS << "# SSOT compliance audit\n\n";
  OS << "**Verdict: " << (P.Go ? "GO" : "NO-GO") << "**";
  for (size_t I = 0; I < P.Reasons.size(); ++I)
    OS << (I ? "; " : " — ") << P.Reasons[I];
  OS << "\n\n";
  OS << "**SSOT Compliance Score: " << overallText(P) << "** ("
     << plural(P.OverallCompliant, "compliant use") << ", "
     << plural(P.OverallViolations, "violation") << ", " << plural(P.Units.size(), "unit") << ")\n\n";

  OS << "## Score per rule\n\n";
  OS << "| rule | score | compliant uses | violations |\n|---|---|---|---|\n";
  for (const RuleScore &S : P.Scores)
    OS << "| `" << S.Check << "` | " << scoreText(S) << " | "
       << (S.Counted ? std::to_string(S.Compliant) : std::string("not counted"))
       << " | " << S.Violations << " |\n";
  OS << "| **overall** | **" << overallText(P) << "** | " << P.OverallCompliant
     << " | " << P.OverallViolations << " |\n\n";
  OS << "Score = 10 × compliant / (compliant + violations), rounded to one "
        "decimal; the overall score sums the counts of the configured rules. "
        "Violations are unsuppressed findings (known ones included). A rule "
        "without designations is not configured and not scored; a rule whose "
        "compliant uses the audit does not count is listed by its violations "
        "and left out of the overall score.\n\n";

  auto Section = [&](llvm::StringRef Title, bool Known) {
    std::vector<const Finding *> List;
    for (const Finding &F : P.Findings)
      if (!F.Suppressed && F.Known == Known)
        List.push_back(&F);
    OS << "## " << Title << " (" << List.size() << ")\n\n";
    if (List.empty()) {
      OS << "None.\n\n";
      return;
    }
    unsigned N = 0;
    for (const Finding *F : List) {
      OS << ++N << ". **" << place(P, F->Loc) << "** `" << F->Check << "` ("
         << (F->IsError ? "error" : "warning") << "): " << F->Message << "\n";
      OS << "   - code: " << code(F->LineText) << "\n";
      if (!F->Scope.empty())
        OS << "   - in: `" << F->Scope << "`\n";
      std::string Notes = notesOf(P, *F);
      // The checks' notes, as they wrote them: "use instead" would be wrong
      // for a note that points at the declaration a finding must not use
      // (ssot-bridge-bypass's "'X' declared here").
      if (!Notes.empty())
        OS << "   - note: " << Notes << "\n";
      OS << "   - fix-it: ";
      if (F->Fixes.empty())
        OS << "no\n";
      else {
        OS << "yes";
        for (const Replacement &R : F->Fixes)
          if (!R.Text.empty()) {
            OS << " (" << code(R.Text) << ")";
            break;
          }
        OS << "\n";
      }
    }
    OS << "\n";
  };
  Section(P.HasBaseline ? "New violations" : "Violations", false);

  // Per directory and per rule.
  struct Totals {
    unsigned New = 0, Known = 0, Suppressed = 0;
  };
  std::map<std::string, Totals> ByDir, ByRule;
  for (const Finding &F : P.Findings) {
    for (Totals *T : {&ByDir[directoryOf(P, F.Loc.File)], &ByRule[F.Check]}) {
      if (F.Suppressed)
        ++T->Suppressed;
      else if (F.Known)
        ++T->Known;
      else
        ++T->New;
    }
  }
  auto Table = [&](llvm::StringRef Title, llvm::StringRef Key,
                   const std::map<std::string, Totals> &Map) {
    OS << "## " << Title << "\n\n| " << Key
       << " | new | known | suppressed |\n|---|---|---|---|\n";
    for (const auto &[Name, T] : Map)
      OS << "| `" << Name << "` | " << T.New << " | " << T.Known << " | "
         << T.Suppressed << " |\n";
    if (Map.empty())
      OS << "| (none) | 0 | 0 | 0 |\n";
    OS << "\n";
  };
  Table("Totals per directory", "directory", ByDir);
  Table("Totals per rule", "rule", ByRule);

  if (P.HasBaseline) {
    Section("Baseline debt (known violations)", true);
    OS << "## Resolved baseline entries (" << P.Resolved.size() << ")\n\n";
    if (P.Resolved.empty())
      OS << "None.\n";
    for (const BaselineEntry &E : P.Resolved)
      OS << "- `" << E.Check << "` in " << E.File
         << (E.Scope.empty() ? "" : " (`" + E.Scope + "`)") << ": "
         << code(E.Text) << "\n";
    OS << "\n";
  }

  unsigned Suppressed = 0;
  for (const Finding &F : P.Findings)
    Suppressed += F.Suppressed;
  OS << "## Suppressions (" << Suppressed << ")\n\n";
  if (!Suppressed)
    OS << "None.\n\n";
  else {
    OS << "| place | rule | directive | reason |\n|---|---|---|---|\n";
    for (const Finding &F : P.Findings)
      if (F.Suppressed)
        OS << "| " << place(P, F.Loc) << " | `" << F.Check << "` | "
           << code(F.SuppressionComment) << " | "
           << (F.SuppressionReason.empty() ? std::string("**no reason given**")
                                           : F.SuppressionReason)
           << " |\n";
    OS << "\n";
  }

  if (brokenUnits(P)) {
    OS << "## Units that failed to parse\n\n";
    for (const UnitResult &U : P.Units)
      if (!U.Parsed) {
        OS << "- " << relativePath(U.File, P.Root) << "\n";
        for (const std::string &E : U.ParseErrors)
          OS << "  - " << code(relativePath(E, P.Root)) << "\n";
      }
    OS << "\n";
  }
  return Text;
}

//===--- Summary ----------------------------------------------------------===//

void printSummary(const Project &P, llvm::raw_ostream &OS) {
  unsigned Suppressed = 0;
  for (const Finding &F : P.Findings)
    Suppressed += F.Suppressed;
  OS << "ssot-audit: " << plural(P.Units.size(), "unit");
  if (unsigned Broken = brokenUnits(P))
    OS << " (" << Broken << " failed to parse)";
  OS << ", " << plural(P.Findings.size() - Suppressed, "finding") << " ("
     << P.NewCount << " new";
  if (P.HasBaseline)
    OS << ", " << P.KnownCount << " known, " << P.Resolved.size()
       << " baseline entries resolved";
  OS << "), " << Suppressed << " suppressed\n";
  OS << "score: overall " << overallText(P) << " (" << P.OverallCompliant
     << " compliant, " << plural(P.OverallViolations, "violation") << ")\n";
  for (const RuleScore &S : P.Scores) {
    OS << "  " << S.Check << ": " << scoreText(S) << " (";
    if (S.Counted)
      OS << S.Compliant << " compliant, ";
    OS << plural(S.Violations, "violation") << ")\n";
  }
  unsigned Shown = 0, New = 0;
  for (const Finding &F : P.Findings) {
    if (F.Suppressed || F.Known)
      continue;
    if (++New > 15)
      continue;
    if (!Shown++)
      OS << (P.HasBaseline ? "new findings:\n" : "findings:\n");
    OS << "  " << relativePath(F.Loc.File, P.Root) << ":" << F.Loc.Line << ":"
       << F.Loc.Column << ": " << (F.IsError ? "error" : "warning") << ": "
       << F.Message << " [" << F.Check << "]\n";
  }
  if (New > Shown)
    OS << "  ... and " << (New - Shown) << " more (see the reports)\n";
  for (const UnitResult &U : P.Units)
    if (!U.Parsed)
      OS << "failed to parse: " << relativePath(U.File, P.Root) << ": "
         << (U.ParseErrors.empty() ? "" : relativePath(U.ParseErrors.front(), P.Root)) << "\n";
  OS << "verdict: " << (P.Go ? "GO" : "NO-GO");
  for (size_t I = 0; I < P.Reasons.size(); ++I)
    OS << (I ? "; " : ": ") << P.Reasons[I];
  OS << "\n";
}

} // namespace ssot::audit
