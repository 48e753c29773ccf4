#!/usr/bin/env bash
# Lints ssot-tidy's own sources with the repository's .clang-tidy.
# Usage: self_lint.sh CLANG_TIDY BUILD_DIR SOURCE_DIR
set -euo pipefail
tidy=$1 build=$2 src=$3
mapfile -t files < <(cd "$src" && ls checks/*.cpp lib/*/*.cpp)
status=0
for f in "${files[@]}"; do
  "$tidy" -p "$build" --quiet "$src/$f" || status=1
done
echo "self-lint: ${#files[@]} files checked"
exit $status
