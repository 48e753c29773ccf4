#!/usr/bin/env bash
# Copies the test project to $1/p and writes its compile_commands.json
# (absolute paths) into $1/p/build. Usage: setup.sh DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$1" && mkdir -p "$1"
cp -r "$here/project" "$1/p"
mkdir -p "$1/p/build"
sed "s|@ROOT@|$1/p|g" "$here/compile_commands.json.in" > "$1/p/build/compile_commands.json"
