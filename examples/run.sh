#!/usr/bin/env bash
# Sets up ssot-tidy and runs its checks on the example service: first the
# diagnostics as a developer sees them, then the fixes applied to a copy, which
# is compiled to show the fixed code still builds.
#
# Usage: bash examples/run.sh        (from anywhere; installs what is missing)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build
tools=/usr/lib/llvm-22/bin

bash "$root/scripts/install-deps.sh"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target SSOTTidy

plugin=$build/lib/libSSOTTidy.so
example=$build/example-service
rm -rf "$example" && mkdir -p "$example"
cp -r "$root/examples/service/." "$example/src"
# compile_commands.json of the example, with include/ssot on its path.
cmake -S "$example/src" -B "$example/build" -DSSOT_INCLUDE_DIR="$root/include" >/dev/null
sources=$(cd "$example/src" && ls app/*.cpp core/*.cpp)

# ssot-reimplemented-utility compares app/ against utilities whose bodies are
# in core/: record their fingerprints once (one run over the utility's file).
(cd "$example/src" && "$tools/clang-tidy" --load "$plugin" -p "$example/build" \
  --quiet --checks='-*,ssot-reimplemented-utility' core/time.cpp \
  --config="{InheritParentConfig: true, CheckOptions: {ssot-reimplemented-utility.RecordFingerprints: 'true'}}" \
  >/dev/null 2>&1) || true

echo "== the ssot checks on examples/service (clang-tidy-22 --load build/lib/libSSOTTidy.so) =="
(cd "$example/src" && "$tools/clang-tidy" --load "$plugin" -p "$example/build" \
  --header-filter='.*' $sources) || true

echo
echo "== applying the fixes to a copy: $example/src =="
(cd "$example/src" && "$tools/clang-tidy" --load "$plugin" -p "$example/build" \
  --quiet -fix $sources >/dev/null 2>&1) || true
diff -ru "$root/examples/service" "$example/src" || true

echo
echo "== the fixed copy still builds =="
cmake --build "$example/build"
echo "examples/run.sh: done"

echo
echo "== the SSOT audit of examples/service (ssot-audit) =="
# On an untouched copy (the one above now holds the fixes), with its own
# compile_commands.json; the audit records the utilities' fingerprints itself.
cmake --build "$build" --target ssot-audit
audit=$example/audit
rm -rf "$audit" && mkdir -p "$audit"
cp -r "$root/examples/service/." "$audit/src"
cmake -S "$audit/src" -B "$audit/build" -DSSOT_INCLUDE_DIR="$root/include" >/dev/null
(cd "$audit/src" && "$build/bin/ssot-audit" -p "$audit/build" --quiet \
  --markdown "$audit/audit.md" --sarif "$audit/audit.sarif") || true
cat "$audit/audit.md"
