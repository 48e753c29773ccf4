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

configure_only() { # name, cmake args...: succeeds if configuring does
  local name=$1; shift
  cmake -S "$project" -B "$work/build-$name" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_CXX_COMPILER="$tools/clang++" "$@" >"$work/$name.configure.log" 2>&1
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
# An editor's session with the installed ssot-clangd (the project has no
# .clangd: ssot-clangd runs the ssot checks without one).
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

# 6. .clang-tidy is an input of the checks in both modes: editing it
# re-configures, and the next build re-runs the checks with it (here it
# turns the finding into an error, so the build that passed now fails).
for mode in COMPILER_PLUGIN CLANG_TIDY; do
  configure_and_build "edit-$mode" -DCONSUMER_MODE=$mode -DCONSUMER_CHECKS=OFF \
    || { cat "$work/edit-$mode.build.log"; fail "edit-$mode: build failed"; }
  cp "$project/.clang-tidy" "$work/clang-tidy.orig"
  printf "WarningsAsErrors: 'ssot-*'\n" >> "$project/.clang-tidy"
  if cmake --build "$work/build-edit-$mode" >"$work/edit-$mode.rebuild.log" 2>&1; then
    cp "$work/clang-tidy.orig" "$project/.clang-tidy"
    cat "$work/edit-$mode.rebuild.log"; fail "edit-$mode: the edited .clang-tidy did not fail the rebuild"
  fi
  cp "$work/clang-tidy.orig" "$project/.clang-tidy"
  grep -q "service.cpp:6:22: error: direct environment access" "$work/edit-$mode.rebuild.log" \
    || { cat "$work/edit-$mode.rebuild.log"; fail "edit-$mode: no ssot error after the edit"; }
done
echo "consumer: editing .clang-tidy re-runs the checks in both modes"

# 7. Both modes on one target are refused at configure time.
if configure_only both -DCONSUMER_MODE=BOTH; then fail "both: configured"; fi
grep -q "already enabled" "$work/both.configure.log" || { cat "$work/both.configure.log"; fail "both: no message"; }
echo "consumer: both modes on one target are refused"

# 8. GCC: CLANG_TIDY mode works with it; COMPILER_PLUGIN says which clang to use.
if command -v g++ >/dev/null; then
  configure_and_build gcc-tidy -DCONSUMER_MODE=CLANG_TIDY -DCMAKE_CXX_COMPILER=g++ \
    || { cat "$work/gcc-tidy.build.log"; fail "gcc-tidy: build failed"; }
  grep -q "$finding.*\[ssot-env-access\]" "$work/gcc-tidy.build.log" || { cat "$work/gcc-tidy.build.log"; fail "gcc-tidy: no ssot warning"; }
  if configure_only gcc-plugin -DCONSUMER_MODE=COMPILER_PLUGIN -DCMAKE_CXX_COMPILER=g++; then
    fail "gcc-plugin: configured"
  fi
  grep -q "CMAKE_CXX_COMPILER=clang++-" "$work/gcc-plugin.configure.log" || { cat "$work/gcc-plugin.configure.log"; fail "gcc-plugin: message does not name clang++"; }
  echo "consumer: GCC builds with CLANG_TIDY; COMPILER_PLUGIN names clang++"
else
  fail "g++ is not installed (scripts/install-deps.sh installs it)"
fi

# 9. No .clang-tidy anywhere above the sources and no CHECKS: the target
# builds, without checks, and configuring says so.
bare=$(mktemp -d /tmp/ssot-consumer-bare.XXXXXX)
cp -r "$src/." "$bare/project" && rm -f "$bare/project/.clang-tidy" "$bare/project/.clangd"
for mode in CLANG_TIDY COMPILER_PLUGIN; do
  cmake -S "$bare/project" -B "$bare/build-$mode" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
    -DCMAKE_CXX_COMPILER="$tools/clang++" -DCONSUMER_MODE=$mode -DCONSUMER_CHECKS=OFF \
    >"$work/bare-$mode.log" 2>&1 && cmake --build "$bare/build-$mode" >>"$work/bare-$mode.log" 2>&1 \
    || { cat "$work/bare-$mode.log"; rm -rf "$bare"; fail "bare-$mode: build failed"; }
  grep -q "no ssot checks enabled" "$work/bare-$mode.log" || { cat "$work/bare-$mode.log"; rm -rf "$bare"; fail "bare-$mode: no message"; }
done
rm -rf "$bare"
echo "consumer: no .clang-tidy means no ssot checks, and the build passes"

# 10. The example is a template: copied out of the repository it builds
# against the installed package, which runs the checks on it.
copy=$(mktemp -d /tmp/ssot-example-copy.XXXXXX)
cp -r "$src/../../examples/service/." "$copy/src"
if ! { cmake -S "$copy/src" -B "$copy/build" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
         -DCMAKE_CXX_COMPILER="$tools/clang++" && cmake --build "$copy/build"; } >"$work/example.log" 2>&1; then
  cat "$work/example.log"; rm -rf "$copy"; fail "example copied out of the repository: build failed"
fi
rm -rf "$copy"
grep -q "warning: .*\[ssot-env-access\]" "$work/example.log" || { cat "$work/example.log"; fail "example: no ssot finding"; }
echo "consumer: the example, copied anywhere, builds against the installed package with the checks"
echo "consumer: PASS"
