#!/usr/bin/env bash
# Installs Debian's LLVM/Clang 22 and 19 and the rest of what ssot-tidy builds with.
# Safe to run again: apt-get skips what is already installed.
set -euo pipefail
packages=(
  clang-22 clang-tidy-22 clang-tools-22 clangd-22 llvm-22-dev llvm-22-tools
  libclang-22-dev libclang-cpp22-dev
  # The same for LLVM 19 (cmake -DLLVM_VERSION=19; CI builds and tests both).
  clang-19 clang-tidy-19 clang-tools-19 clangd-19 llvm-19-dev llvm-19-tools
  libclang-19-dev libclang-cpp19-dev
  # test/distributed: the compiler plugin through distcc (plain and pump).
  distcc distcc-pump
  # test/package: cpack -G DEB computes Depends with dpkg-shlibdeps.
  dpkg-dev file
  # Clang's exported CMake targets reference these.
  libgrpc++-dev libprotobuf-dev protobuf-compiler-grpc
  libzstd-dev zlib1g-dev libedit-dev libxml2-dev libcurl4-openssl-dev
  libgtest-dev cmake ninja-build python3
  # test/hosts: the compiler plugin under a real ccache; ssot-clangd driven by
  # Debian's Neovim (0.7 on Debian 12).
  ccache neovim
  # test/consumer builds with GCC too.
  g++
  # bench/run.py --instructions counts instructions with callgrind.
  valgrind
  # ssot-audit's tests validate its SARIF with Microsoft's SARIF Multitool
  # (npm, below; its .NET runtime needs ICU).
  libicu72
  # clang's libFuzzer and sanitizer runtimes: test/fuzz and the ASan build.
  libclang-rt-22-dev
)
# Node.js and npm only where the machine has no npm: a machine that came with
# Node.js from another packager (whose nodejs conflicts with Debian's npm)
# already has npm.
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
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
# distccd runs only the compilers linked in /usr/lib/distcc; make sure
# clang++-22/-19 are among them whatever order apt configured the packages in
# (ctest distcc).
$sudo update-distcc-symlinks
# The SARIF Multitool (npm package; it bundles its own .NET runtime).
if ! command -v sarif-multitool >/dev/null 2>&1; then
  $sudo npm install -g @microsoft/sarif-multitool
fi
