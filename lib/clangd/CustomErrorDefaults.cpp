//===--- CustomErrorDefaults.cpp - clangd 19 shows clang-tidy errors ------===//
//
// Linked into ssot-clangd only when it is built against LLVM 19
// (lib/clangd/CMakeLists.txt).
//
// clangd keeps a diagnostic without a location (every configurationDiag: a
// refused option value, a .clang-tidy it cannot use) only if
// DiagnosticIDs::isDefaultMappingAsError says its ID is an error by default,
// and shows it at the top of the file. Every clang-tidy diagnostic has a
// custom ID. Since LLVM 20 a custom ID's default mapping is the level it was
// created with, so clangd shows our errors. In LLVM 19 isDefaultMappingAsError
// is static and answers false for every ID at or above DIAG_UPPER_LIMIT, so
// clangd 19 dropped them all. clangd's Diagnostics.cpp is the only caller in
// clangd (libclangDaemon.a).
//
// The link wraps that function and DiagnosticsEngine::EmitCurrentDiagnostic,
// which every statically linked caller (clang-tidy's checks, ours, clangd)
// reaches when a diagnostic is emitted. While an engine emits, a custom ID is
// an error by default if that engine created it as an error (custom IDs
// cannot be remapped in 19, so their level is the level they were created
// with). Builtin IDs, and anything asked outside an emission, get LLVM's own
// answer. This is LLVM 20's answer for custom IDs, so ssot-clangd 19 and 22
// show and drop the same diagnostics.
//
//===----------------------------------------------------------------------===//
#include "clang/Basic/Diagnostic.h"
#include "clang/Basic/DiagnosticIDs.h"
#include "clang/Basic/SourceLocation.h"
#include <utility>

namespace {
// The engine emitting on this thread: clangd builds files on several threads.
thread_local const clang::DiagnosticsEngine *EmittingEngine = nullptr;
} // namespace

bool clangEmitCurrentDiagnostic(clang::DiagnosticsEngine *Engine,
                                bool Force) __asm__(
    "__real__ZN5clang17DiagnosticsEngine21EmitCurrentDiagnosticEb");
bool emitCurrentDiagnosticNoted(clang::DiagnosticsEngine *Engine,
                                bool Force) __asm__(
    "__wrap__ZN5clang17DiagnosticsEngine21EmitCurrentDiagnosticEb");
bool emitCurrentDiagnosticNoted(clang::DiagnosticsEngine *Engine,
                                bool Force) {
  // Saved and restored: a consumer may emit on another engine meanwhile.
  const clang::DiagnosticsEngine *Outer =
      std::exchange(EmittingEngine, Engine);
  bool Emitted = clangEmitCurrentDiagnostic(Engine, Force);
  EmittingEngine = Outer;
  return Emitted;
}

bool clangIsDefaultMappingAsError(unsigned DiagID) __asm__(
    "__real__ZN5clang13DiagnosticIDs23isDefaultMappingAsErrorEj");
bool isDefaultMappingAsErrorWithCustom(unsigned DiagID) __asm__(
    "__wrap__ZN5clang13DiagnosticIDs23isDefaultMappingAsErrorEj");
bool isDefaultMappingAsErrorWithCustom(unsigned DiagID) {
  if (EmittingEngine && DiagID >= clang::diag::DIAG_UPPER_LIMIT)
    return EmittingEngine->getDiagnosticLevel(DiagID, clang::SourceLocation()) >=
           clang::DiagnosticsEngine::Error;
  return clangIsDefaultMappingAsError(DiagID);
}
