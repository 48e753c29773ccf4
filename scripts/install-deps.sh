#!/usr/bin/env bash
# Installs Debian's LLVM/Clang 22 and the rest of what ssot-tidy builds with.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail
packages=(
  clang-22 clang-tidy-22 clang-tools-22 clangd-22 llvm-22-dev llvm-22-tools
  libclang-22-dev libclang-cpp22-dev
  # Clang's exported CMake targets reference these.
  libgrpc++-dev libprotobuf-dev protobuf-compiler-grpc
  libzstd-dev zlib1g-dev libedit-dev libxml2-dev libcurl4-openssl-dev
  libgtest-dev cmake ninja-build python3
  # bench/run.py --instructions counts instructions with callgrind.
  valgrind
  # clang's libFuzzer and sanitizer runtimes: test/fuzz and the ASan build.
  libclang-rt-22-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
# Always refresh the package lists: a fresh machine may have none.
$sudo apt-get update
if ((${#missing[@]})); then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
