#!/usr/bin/env bash
# Installs an ssot-tidy build to a temporary prefix, then builds the consumer
# project (this folder) against the installed package in each mode and checks
# what the README promises:
#   - ssot_tidy_enable(COMPILER_PLUGIN): the finding is a compiler warning,
#     and an error that fails the build with WARNINGS_AS_ERRORS
#   - ssot_tidy_enable(CLANG_TIDY) and plain CMAKE_CXX_CLANG_TIDY=ssot-tidy
#   - the installed ssot-tidy and ssot-clangd run without extra flags
# Usage: run.sh BUILD_DIR WORK_DIR LLVM_TOOLS_DIR [PREFIX]
# With PREFIX (an installed package, see test/package/run.sh) nothing is
# installed and BUILD_DIR is not used.
set -euo pipefail
build=$1 work=$2 tools=$3
src=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
prefix=${4:-$work/prefix}
[ -n "${4:-}" ] || cmake --install "$build" --prefix "$prefix" >"$work/install.log"

fail() { echo "consumer: FAIL: $*"; exit 1; }
finding="service.cpp:6:22: warning: direct environment access through 'getenv' bypasses the designated accessor 'app::env'"

# The project is copied so that its .clang-tidy is the nearest one and no
# build output lands in the source tree.
cp -r "$src" "$work/project"
project=$work/project

configure_and_build() { # name, cmake args...
  local name=$1; shift
  local dir=$work/build-$name
  cmake -S "$project" -B "$dir" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_CXX_COMPILER="$tools/clang++" -DCMAKE_EXPORT_COMPILE_COMMANDS=ON "$@" \
    >"$work/$name.configure.log" 2>&1 || { cat "$work/$name.configure.log"; fail "$name: configure"; }
  cmake --build "$dir" >"$work/$name.build.log" 2>&1
}

# 1. Compiler plugin: warning, build succeeds, the object exists.
configure_and_build plugin -DCONSUMER_MODE=COMPILER_PLUGIN || { cat "$work/plugin.build.log"; fail "plugin: build failed"; }
grep -q "$finding.*\[ssot-env-access\]" "$work/plugin.build.log" || { cat "$work/plugin.build.log"; fail "plugin: no ssot warning"; }
grep -q "fplugin=$prefix/lib" "$work/build-plugin/compile_commands.json" || fail "plugin: compile does not load the installed plugin"
echo "consumer: plugin mode warns and builds"

# 2. Compiler plugin with WARNINGS_AS_ERRORS: the compile fails on the finding.
if configure_and_build plugin-werror -DCONSUMER_MODE=COMPILER_PLUGIN -DCONSUMER_WERROR=ON; then
  cat "$work/plugin-werror.build.log"; fail "plugin-werror: build succeeded"
fi
grep -q "service.cpp:6:22: error: direct environment access.*\[ssot-env-access\]" "$work/plugin-werror.build.log" \
  || { cat "$work/plugin-werror.build.log"; fail "plugin-werror: no ssot error"; }
echo "consumer: plugin mode with WARNINGS_AS_ERRORS fails the build"

# 3. ssot_tidy_enable(CLANG_TIDY): ssot-tidy runs next to each compile.
configure_and_build tidy -DCONSUMER_MODE=CLANG_TIDY || { cat "$work/tidy.build.log"; fail "tidy: build failed"; }
grep -q "$finding.*\[ssot-env-access\]" "$work/tidy.build.log" || { cat "$work/tidy.build.log"; fail "tidy: no ssot warning"; }
if configure_and_build tidy-werror -DCONSUMER_MODE=CLANG_TIDY -DCONSUMER_WERROR=ON; then
  cat "$work/tidy-werror.build.log"; fail "tidy-werror: build succeeded"
fi
echo "consumer: CLANG_TIDY mode warns, and fails with WARNINGS_AS_ERRORS"

# 4. Plain CMAKE_CXX_CLANG_TIDY with the installed ssot-tidy (no ssot_tidy_enable).
configure_and_build cmake-tidy -DCONSUMER_MODE=NONE -DCMAKE_CXX_CLANG_TIDY="$prefix/bin/ssot-tidy" \
  || { cat "$work/cmake-tidy.build.log"; fail "cmake-tidy: build failed"; }
grep -q "$finding.*\[ssot-env-access\]" "$work/cmake-tidy.build.log" || { cat "$work/cmake-tidy.build.log"; fail "cmake-tidy: no ssot warning"; }
echo "consumer: CMAKE_CXX_CLANG_TIDY=ssot-tidy warns"

# 5. The installed executables need no --resource-dir: <cstddef> and friends
# resolve, and the only finding is ours.
out=$("$prefix/bin/ssot-tidy" -p "$work/build-cmake-tidy" "$project/src/service.cpp" 2>&1) || true
echo "$out" | grep -q "$finding" || { echo "$out"; fail "installed ssot-tidy: no finding"; }
if echo "$out" | grep -q "error:"; then echo "$out"; fail "installed ssot-tidy: errors"; fi
cp "$work/build-cmake-tidy/compile_commands.json" "$project/"
# An editor's session with the installed ssot-clangd (the project has the
# README's one-line .clangd).
python3 - "$prefix/bin/ssot-clangd" "$project" "$src/../tools" <<'PY' || fail "installed ssot-clangd"
import os, sys
sys.path.insert(0, sys.argv[3])
from lsp_client import LspClient
clangd, project = sys.argv[1], sys.argv[2]
client = LspClient([clangd, "--background-index=false"], project)
client.initialize()
path = os.path.join(project, "src", "service.cpp")
client.open(path)
diags = client.wait_diagnostics(path, 120)
client.shutdown()
# clangd's own include-cleaner hints are not ours; errors (e.g. a missing
# <cstddef> without a resource dir) and clang-tidy findings are.
found = [(d.get("code"), d["range"]["start"]["line"] + 1) for d in diags
         if d.get("source") == "clang-tidy" or d.get("severity") == 1]
print("consumer: ssot-clangd published", found)
assert found == [("ssot-env-access", 6)], diags
PY
echo "consumer: installed ssot-tidy and ssot-clangd run without extra flags"
echo "consumer: PASS"
