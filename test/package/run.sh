#!/usr/bin/env bash
# Builds the Debian package of a build (cpack -G DEB), checks its name and
# Depends, installs it into a clean prefix and runs what a user runs from it:
# `ssot-tidy --list-checks` and the consumer project (test/consumer/run.sh)
# against the installed package instead of `cmake --install`.
#
# The prefix is made with `dpkg -x` (the package's files, relocated under
# WORK_DIR/root) rather than `dpkg --root`: --root needs a dpkg database and
# every dependency (libLLVM, clang-tidy, ...) installed inside that root, a
# whole chroot. That apt would accept the package on this machine is checked
# separately with `apt-get install --simulate ./<deb>`, which resolves the
# Depends against the system without changing it.
# Usage: run.sh BUILD_DIR WORK_DIR LLVM_TOOLS_DIR LLVM_MAJOR SOURCE_DIR
set -euo pipefail
build=$1 work=$2 tools=$3 major=$4 source=$5
fail() { echo "package: FAIL: $*"; exit 1; }
work=$(realpath -m "$work")
rm -rf "$work"
mkdir -p "$work"

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log"; fail "cpack"; }
debs=("$work"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/out: ${debs[*]}"
deb=${debs[0]}
name=$(basename "$deb")
echo "package: $name"
case $name in
  ssot-tidy-llvm${major}_*_amd64.deb) ;;
  *) fail "$name: expected ssot-tidy-llvm${major}_<version>_amd64.deb" ;;
esac

# Depends: the matching LLVM libraries (dpkg-shlibdeps) and clang-tidy.
depends=$(dpkg-deb -f "$deb" Depends)
echo "package: Depends: $depends"
for dep in "libclang-cpp${major}" "libllvm${major}" "clang-tidy-${major}"; do
  echo "$depends" | tr ',' '\n' | grep -qE "^ *${dep}( |\(|$)" || fail "Depends lacks $dep"
done
for other in $(ls -d /usr/lib/llvm-* 2>/dev/null | sed 's/.*llvm-//'); do
  [ "$other" = "$major" ] && continue
  if echo "$depends" | grep -qE "(libclang-cpp|libllvm|clang-tidy-)${other}\b"; then
    fail "Depends names LLVM $other: $depends"
  fi
done
# apt resolves those Depends on this machine (a dry run: nothing changes).
apt-get install --simulate --no-install-recommends "$deb" >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get install --simulate refuses the package"; }

# Install into a clean prefix.
dpkg -x "$deb" "$work/root"
prefix=$work/root/usr
for f in bin/ssot-tidy bin/ssot-clangd lib/SSOTCompilerPlugin.so lib/libSSOTTidy.so \
         include/ssot/annotations.h lib/cmake/SSOTTidy/SSOTTidyConfig.cmake; do
  [ -e "$prefix/$f" ] || fail "the package has no /usr/$f"
done

# --list-checks from the installed ssot-tidy names every check of the registry.
listed=$(cd "$work" && "$prefix/bin/ssot-tidy" --list-checks --checks='-*,ssot-*' 2>&1) \
  || { echo "$listed"; fail "installed ssot-tidy --list-checks"; }
echo "$listed"
expected=$(sed -n 's/^SSOT_CHECK("\([^"]*\)".*/ssot-\1/p' "$source/checks/Checks.def" | sort)
got=$(echo "$listed" | sed -n 's/^ *\(ssot-[a-z-]*\)$/\1/p' | sort)
[ -n "$expected" ] && [ "$expected" = "$got" ] \
  || fail "installed ssot-tidy lists '$got', Checks.def has '$expected'"

# The installed compiler plugin and --load plugin both refuse nothing and load.
"$tools/clang-tidy" --load "$prefix/lib/libSSOTTidy.so" --list-checks --checks='-*,ssot-*' \
  | grep -q ssot-env-access || fail "clang-tidy-$major --load the installed plugin"

# The consumer project against the installed package.
bash "$source/test/consumer/run.sh" "$build" "$work/consumer" "$tools" "$prefix" \
  || fail "consumer project against the installed package"
echo "package: PASS"
