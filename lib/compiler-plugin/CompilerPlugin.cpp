//===--- CompilerPlugin.cpp - the ssot checks inside a clang compile -------===//
//
// clang++ -fplugin=SSOTCompilerPlugin.so runs the ssot checks that the nearest
// .clang-tidy enables, with that file's options, after the normal compile
// action; the findings become ordinary compiler diagnostics (check name in
// brackets, notes, fix-its), and errors when WarningsAsErrors names the check,
// so the compile fails.
//
// Plugin arguments mean what clang-tidy's flags of the same name mean:
//   -fplugin-arg-SSOTCompilerPlugin-checks=<glob>        (added to the file's)
//   -fplugin-arg-SSOTCompilerPlugin-warnings-as-errors=<glob>  (likewise)
//   -fplugin-arg-SSOTCompilerPlugin-config=<YAML>  (replaces the .clang-tidy
//       lookup, unless it says InheritParentConfig: true)
//
// Only clang-tidy's core library is linked in; every clang symbol resolves
// against the compiler that loads us, so no clang state is duplicated.
//
//===----------------------------------------------------------------------===//
#include "checks/SSOTTidyModule.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "clang-tidy/GlobList.h"
#include "clang/AST/ASTConsumer.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/FileManager.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Frontend/CompilerInstance.h"
#include "clang/Frontend/FrontendPluginRegistry.h"
#include "clang/Frontend/MultiplexConsumer.h"
#include "lib/plugin/VersionGuard.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <functional>
#include <memory>
#include <optional>

namespace clang::tidy::ssot {
namespace {

// Before anything below touches the compiler's registries: a clang of another
// major version stops here with a message instead of crashing.
const bool HostChecked =
    ::ssot::requireMatchingHost("SSOTCompilerPlugin.so");

} // namespace
} // namespace clang::tidy::ssot

// Defines the module's registration; must follow the version check above.
#include "lib/hosts/ModuleRegistration.h"

namespace clang::tidy::ssot {
namespace {

constexpr llvm::StringLiteral PluginName = "SSOTCompilerPlugin";
constexpr llvm::StringLiteral ChecksArg = "checks";
constexpr llvm::StringLiteral WarningsAsErrorsArg = "warnings-as-errors";
constexpr llvm::StringLiteral ConfigArg = "config";

/// What clang-tidy needs for one translation unit. It outlives the checks'
/// consumer (see SSOTConsumer), which refers to the context.
struct TidyState {
  explicit TidyState(std::unique_ptr<ClangTidyOptionsProvider> Provider)
      : Context(std::move(Provider)),
        DiagConsumer(Context, /*ExternalDiagEngine=*/nullptr,
                     /*RemoveIncompatibleErrors=*/true),
        DiagEngine(DiagnosticIDs::create(), DiagOpts, &DiagConsumer,
                   /*ShouldOwnClient=*/false),
        Factory(Context) {
    Context.setDiagnosticsEngine(std::make_unique<DiagnosticOptions>(),
                                 &DiagEngine);
  }

  ClangTidyContext Context;
  ClangTidyDiagnosticConsumer DiagConsumer;
  DiagnosticOptions DiagOpts;
  DiagnosticsEngine DiagEngine;
  ClangTidyASTConsumerFactory Factory;
};

/// Holds the state in a base class so that it is destroyed after the
/// MultiplexConsumer base, which owns the checks.
struct TidyStateHolder {
  explicit TidyStateHolder(std::unique_ptr<TidyState> State)
      : State(std::move(State)) {}
  std::unique_ptr<TidyState> State;
};

/// Runs the checks' consumer, then hands what clang-tidy kept (after NOLINT,
/// header filter and conflicting-fix handling) to the compiler's diagnostics.
class SSOTConsumer : private TidyStateHolder, public MultiplexConsumer {
public:
  SSOTConsumer(std::unique_ptr<TidyState> State,
               std::unique_ptr<ASTConsumer> Checks, CompilerInstance &CI)
      : TidyStateHolder(std::move(State)), MultiplexConsumer(std::move(Checks)),
        CI(CI) {}

  void HandleTranslationUnit(ASTContext &Ctx) override {
    MultiplexConsumer::HandleTranslationUnit(Ctx);
    State->DiagConsumer.EndSourceFile();
    for (const ClangTidyError &Error : State->DiagConsumer.take())
      report(Error);
  }

private:
  SourceLocation locationOf(llvm::StringRef FilePath, unsigned Offset) const {
    if (FilePath.empty())
      return {};
    SourceManager &SM = CI.getSourceManager();
    llvm::Expected<FileEntryRef> File =
        SM.getFileManager().getFileRef(FilePath);
    if (!File) {
      llvm::consumeError(File.takeError());
      return {};
    }
    FileID ID = SM.translateFile(*File);
    if (ID.isInvalid())
      return {};
    return SM.getComposedLoc(ID, Offset);
  }

  CharSourceRange rangeOf(llvm::StringRef FilePath, unsigned Offset,
                          unsigned Length) const {
    SourceLocation Begin = locationOf(FilePath, Offset);
    if (Begin.isInvalid())
      return {};
    // Offsets inside one file fit SourceLocation's signed offset type.
    return CharSourceRange::getCharRange(
        Begin, Begin.getLocWithOffset(static_cast<SourceLocation::IntTy>(Length)));
  }

  void addFixes(DiagnosticBuilder &Builder,
                const tooling::DiagnosticMessage &Message) const {
    for (const auto &FileFixes : Message.Fix)
      for (const tooling::Replacement &Fix : FileFixes.getValue()) {
        CharSourceRange Range =
            rangeOf(Fix.getFilePath(), Fix.getOffset(), Fix.getLength());
        if (Range.isValid())
          Builder << FixItHint::CreateReplacement(Range,
                                                  Fix.getReplacementText());
      }
  }

  void report(const ClangTidyError &Error) {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    bool IsError = Error.IsWarningAsError ||
                   Error.DiagLevel == ClangTidyError::Error;
    unsigned MainID = Diags.getCustomDiagID(
        IsError ? DiagnosticsEngine::Error : DiagnosticsEngine::Warning,
        "%0 [%1]");
    {
      // The builder emits when it goes out of scope, before the notes.
      DiagnosticBuilder Builder =
          Diags.Report(locationOf(Error.Message.FilePath,
                                  Error.Message.FileOffset),
                       MainID);
      Builder << Error.Message.Message << Error.DiagnosticName;
      for (const tooling::FileByteRange &Range : Error.Message.Ranges) {
        CharSourceRange Char =
            rangeOf(Range.FilePath, Range.FileOffset, Range.Length);
        if (Char.isValid())
          Builder << Char;
      }
      addFixes(Builder, Error.Message);
    }
    unsigned NoteID = Diags.getCustomDiagID(DiagnosticsEngine::Note, "%0");
    for (const tooling::DiagnosticMessage &Note : Error.Notes) {
      DiagnosticBuilder Builder =
          Diags.Report(locationOf(Note.FilePath, Note.FileOffset), NoteID);
      Builder << Note.Message;
      addFixes(Builder, Note);
    }
  }

  CompilerInstance &CI;
};

/// The .clang-tidy lookup of clang-tidy, keeping what went wrong: clang-tidy's
/// own prints a parse error and carries on as if the file were not there.
class FailingFileOptionsProvider : public FileOptionsProvider {
public:
  /// (file, reason) of each .clang-tidy that could not be parsed.
  using Failures = std::vector<std::pair<std::string, std::string>>;

  FailingFileOptionsProvider(ClangTidyOptions OverrideOptions,
                             const std::shared_ptr<Failures> &Errors)
      : FileOptionsProvider(ClangTidyGlobalOptions(),
                            ClangTidyOptions::getDefaults(),
                            std::move(OverrideOptions), handlers(Errors)) {
    // The constructor taking handlers leaves the file system unset.
    FS = llvm::vfs::getRealFileSystem();
  }

private:
  static ConfigFileHandlers handlers(const std::shared_ptr<Failures> &Errors) {
    auto Parse = [Errors](llvm::MemoryBufferRef Config)
        -> llvm::ErrorOr<ClangTidyOptions> {
      std::string First; // the parser's first error, with line and column
      llvm::ErrorOr<ClangTidyOptions> Parsed = parseConfigurationWithDiags(
          Config, [&](const llvm::SMDiagnostic &Diag) {
            if (Diag.getKind() != llvm::SourceMgr::DK_Error)
              Diag.print(nullptr, llvm::errs()); // e.g. an unknown key
            else if (First.empty())
              First = (llvm::Twine(Diag.getLineNo()) + ":" +
                       llvm::Twine(Diag.getColumnNo() + 1) + ": " +
                       Diag.getMessage())
                          .str();
          });
      if (!Parsed)
        Errors->emplace_back(Config.getBufferIdentifier().str(),
                             First.empty() ? Parsed.getError().message()
                                           : First);
      return Parsed;
    };
    return {{".clang-tidy", Parse}};
  }
};

class SSOTPluginAction : public PluginASTAction {
protected:
  bool ParseArgs(const CompilerInstance &CI,
                 const std::vector<std::string> &Args) override {
    DiagnosticsEngine &Diags = CI.getDiagnostics();
    unsigned BadArg = Diags.getCustomDiagID(
        DiagnosticsEngine::Error,
        "invalid argument '%0' for plugin '%1': %2");
    for (const std::string &Arg : Args) {
      auto [Name, Value] = llvm::StringRef(Arg).split('=');
      if (Name == ChecksArg) {
        Overrides.Checks = Value.str();
      } else if (Name == WarningsAsErrorsArg) {
        Overrides.WarningsAsErrors = Value.str();
      } else if (Name == ConfigArg) {
        llvm::ErrorOr<ClangTidyOptions> Parsed =
            parseConfiguration(llvm::MemoryBufferRef(Value, "plugin argument"));
        if (!Parsed) {
          Diags.Report(BadArg) << Arg << PluginName
                               << Parsed.getError().message();
          return false;
        }
        Config = std::move(*Parsed);
      } else {
        Diags.Report(BadArg) << Arg << PluginName
                             << "expected checks=, warnings-as-errors= or "
                                "config=";
        return false;
      }
    }
    return true;
  }

  ActionType getActionType() override { return AddAfterMainAction; }

  std::unique_ptr<ASTConsumer> CreateASTConsumer(CompilerInstance &CI,
                                                 llvm::StringRef InFile) override {
    // The same providers clang-tidy uses for --config and for the default
    // .clang-tidy lookup, so both read a configuration the same way.
    std::unique_ptr<ClangTidyOptionsProvider> Provider;
    if (Config)
      Provider = std::make_unique<ConfigOptionsProvider>(
          ClangTidyGlobalOptions(), ClangTidyOptions::getDefaults(), *Config,
          Overrides);
    else
      Provider =
          std::make_unique<FailingFileOptionsProvider>(Overrides, ConfigErrors);
    ClangTidyOptions Options = Provider->getOptions(InFile);
    if (!ConfigErrors->empty()) {
      // Fail closed: a configuration that cannot be read would otherwise
      // run no check and let a build that relies on WarningsAsErrors pass.
      DiagnosticsEngine &Diags = CI.getDiagnostics();
      unsigned BadConfig = Diags.getCustomDiagID(
          DiagnosticsEngine::Error,
          "cannot read the clang-tidy configuration '%0': %1; no ssot check "
          "ran");
      for (const auto &[File, Reason] : *ConfigErrors)
        Diags.Report(BadConfig) << File << Reason;
      return std::make_unique<ASTConsumer>();
    }
    // Only our checks run here: the compiler already reports its own warnings
    // and the upstream checks are not linked in.
    GlobList Enabled(Options.Checks.value_or(""));
    std::string Checks = "-*";
    for (llvm::StringRef Name : registeredCheckNames())
      if (Enabled.contains(Name))
        Checks += ("," + Name).str();
    if (Checks == "-*")
      return std::make_unique<ASTConsumer>();
    Options.Checks = Checks;

    auto State = std::make_unique<TidyState>(
        std::make_unique<DefaultOptionsProvider>(ClangTidyGlobalOptions(),
                                                 Options));
    llvm::SmallString<256> WorkingDir;
    if (!llvm::sys::fs::current_path(WorkingDir))
      State->Context.setCurrentBuildDirectory(WorkingDir);
    State->DiagConsumer.BeginSourceFile(CI.getLangOpts(),
                                        &CI.getPreprocessor());
    std::unique_ptr<ASTConsumer> ChecksConsumer =
        State->Factory.createASTConsumer(CI, InFile);
    return std::make_unique<SSOTConsumer>(std::move(State),
                                          std::move(ChecksConsumer), CI);
  }

private:
  ClangTidyOptions Overrides;         // checks=, warnings-as-errors=
  std::optional<ClangTidyOptions> Config; // config=
  std::shared_ptr<FailingFileOptionsProvider::Failures> ConfigErrors =
      std::make_shared<FailingFileOptionsProvider::Failures>();
};

const FrontendPluginRegistry::Add<SSOTPluginAction>
    PluginRegistration(PluginName, "runs the ssot clang-tidy checks");

} // namespace
} // namespace clang::tidy::ssot
