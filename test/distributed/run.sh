#!/usr/bin/env bash
# The compiler plugin as a distributed compile runs it. distccd (3.4) refuses
# every job that carries -fplugin= ("-fplugin= and/or -specs= passed, which
# are insecure and not supported", whatever its options), so this does what a
# plain-distcc volunteer would do, without distcc: the client preprocesses each
# source of a copy of examples/service, and the .ii is compiled with the
# plugin in a scratch folder outside any source tree. The findings and
# fix-its must be the set a local build prints; the configuration travels as
# -fplugin-arg-SSOTCompilerPlugin-config=, without it the plugin must say it
# found none, and warnings-as-errors must fail the compile as locally.
# Usage: run.sh BUILD_DIR LLVM_TOOLS_DIR LLVM_MAJOR SOURCE_DIR
set -euo pipefail
build=$(cd "$1" && pwd) tools=$2 major=$3 source=$(cd "$4" && pwd)
fail() {
  echo "distributed: FAIL: $*"
  exit 1
}
plugin=$build/lib/SSOTCompilerPlugin.so
compiler=$tools/clang++

# Outside the source tree: the project's own .clang-tidy must not be found.
work=$(mktemp -d /tmp/ssot-distributed.XXXXXX)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT

# The example with its configuration as one line of YAML, so the same text is
# the .clang-tidy of the local build and the config= of the distributed one.
# (FingerprintDirectory is left out: it names a folder relative to where the
# compile runs, which is the daemon's scratch folder under distcc.)
cp -r "$source/examples/service" "$work/project"
config="{Checks: '-*,ssot-*', WarningsAsErrors: '', CheckOptions: {ssot-env-access.Accessor: '::core::env', ssot-env-access.AccessorHeader: 'core/config.h', ssot-reimplemented-utility.Primitives: '::std::this_thread::sleep_for=::core::safe_sleep'}}"
echo "$config" >"$work/project/.clang-tidy"

flags=(-std=gnu++17 -I"$work/project" -I"$source/include" -fplugin="$plugin"
       -fdiagnostics-parseable-fixits -fno-color-diagnostics)
sources=(core/config.cpp core/engine.cpp core/time.cpp app/server.cpp app/worker.cpp app/main.cpp)
# The findings (file:line:col: severity: message [check]) and fix-its of a log.
# A fix-it is compared by file and replacement: clang prints the line of a
# preprocessed input's fix-it in the .ii, not in the file its marker names.
findings() {
  grep -E '^(/[^ ]*:[0-9]+:[0-9]+: (warning|error): .*\[ssot-[a-z-]+\]|fix-it:.*)$' "$1" \
    | sed -E 's/^(fix-it:"[^"]*"):\{[0-9:-]+\}:/\1:/' | grep -v '^fix-it:.*#include' \
    | grep -v '\[ssot-relative-include\]$' | grep -v '^fix-it:"[^"]*":"\\"' | sort -u
}
# Not compared either: ssot-relative-include's findings on #include
# directives and their fix-its (a new spelling, "\"app/app.h\""): a
# preprocessed input has no directives left, so a remote compile cannot see
# them (docs/distributed-builds.md). They stay in the local build's log.
# Known difference, not compared: an #include insertion fix-it from a
# preprocessed input is placed in the .ii (fix-it:"x.ii":"#include ...\n\n"),
# not in the source the finding is in.

# Local: each source compiled where it is, under the project's .clang-tidy.
: >"$work/local.log"
for src in "${sources[@]}"; do
  "$compiler" "${flags[@]}" -c "$work/project/$src" -o "$work/local-${src//\//_}.o" >>"$work/local.log" 2>&1 \
    || { cat "$work/local.log"; fail "local compile of $src failed"; }
done
findings "$work/local.log" >"$work/local.findings"
[ -s "$work/local.findings" ] || { cat "$work/local.log"; fail "the local build has no findings"; }
echo "distributed: local: $(grep -c '\[ssot-' "$work/local.findings") findings, $(grep -c '^fix-it' "$work/local.findings") fix-its"

# The client's half: preprocess (the plugin is loaded but -E runs no AST action).
mkdir -p "$work/remote"
for src in "${sources[@]}"; do
  "$compiler" "${flags[@]}" -E "$work/project/$src" -o "$work/remote/${src//\//_}.ii" \
    || fail "preprocessing $src"
done
# The volunteer has no source tree. (clang names a preprocessed input by its
# first line marker, the original path, and the plugin looks for .clang-tidy
# from there: on a machine that has the tree at the same path the file would
# be found.)
mv "$work/project" "$work/client-project"
# remote NAME EXTRA...: the volunteer's half, in its scratch folder; the log
# in $work/NAME.log; fails if any compile fails.
remote() {
  local name=$1; shift
  local status=0
  : >"$work/$name.log"
  for src in "${sources[@]}"; do
    (cd "$work/remote" && "$compiler" -std=gnu++17 -fplugin="$plugin" -fdiagnostics-parseable-fixits \
       -fno-color-diagnostics "$@" -c "${src//\//_}.ii" -o "${src//\//_}.o") >>"$work/$name.log" 2>&1 || status=1
  done
  return $status
}

# 1. No configuration on the command line: each compile says it found none.
remote no-config || { cat "$work/no-config.log"; fail "no-config: compile failed"; }
n=$(grep -c "plugin 'SSOTCompilerPlugin' found no configuration for '$work/project/.*': no .clang-tidy above it" "$work/no-config.log" || true)
[ "$n" -eq ${#sources[@]} ] || { cat "$work/no-config.log"; fail "no-config: $n of ${#sources[@]} compiles said they found no configuration"; }
if grep -q '\[ssot-' "$work/no-config.log"; then cat "$work/no-config.log"; fail "no-config: findings without a configuration"; fi
echo "distributed: without config= each of the ${#sources[@]} remote compiles warns that it found no configuration"

# 2. config= carries the configuration: the local findings and fix-its.
remote with-config "-fplugin-arg-SSOTCompilerPlugin-config=$config" \
  || { cat "$work/with-config.log"; fail "with-config: compile failed"; }
findings "$work/with-config.log" >"$work/with-config.findings"
diff -u "$work/local.findings" "$work/with-config.findings" || fail "remote findings differ from the local build"
if grep -q 'found no configuration' "$work/with-config.log"; then fail "with-config: plugin found no configuration"; fi
echo "distributed: with config= the remote compiles print the local findings and fix-its"

# 3. warnings-as-errors fails the remote compiles, on the same findings.
if remote werror "-fplugin-arg-SSOTCompilerPlugin-config=$config" "-fplugin-arg-SSOTCompilerPlugin-warnings-as-errors=ssot-*"; then
  cat "$work/werror.log"; fail "werror: the remote compiles succeeded"
fi
findings "$work/werror.log" | grep -v '^fix-it' | sed 's/: error: /: warning: /' | sort -u >"$work/werror.findings"
grep -v '^fix-it' "$work/local.findings" | sort -u >"$work/local.warnings"
diff -u "$work/local.warnings" "$work/werror.findings" || fail "werror: the errors are not the local findings"
grep -q ': error: .*\[ssot-' "$work/werror.log" || fail "werror: no ssot error"
echo "distributed: warnings-as-errors fails the remote compiles on the local findings"
echo "distributed: PASS"
