# The Debian package: `cpack -G DEB --config build/CPackConfig.cmake` packs
# the install rules into ssot-tidy-llvm<major>_<version>_amd64.deb.
#
# The checks work only inside the LLVM major version they were built against,
# so the package name carries it and packages for different majors conflict
# (they install the same /usr/bin/ssot-tidy). Depends: dpkg-shlibdeps finds
# libclang-cpp<major> and the rest from the executables, but not libllvm<major>:
# the executables find libLLVM.so.<major>.1 through their RUNPATH,
# /usr/lib/llvm-<major>/lib, where Debian's file is a symlink owned by
# llvm-<major>-dev, which has no shlibs entry, and CPack runs dpkg-shlibdeps
# with --ignore-missing-info, so that dependency is dropped without a word.
# libllvm<major> is therefore named here, as are clang-tidy-<major> for the
# --load plugin and clang-<major> for the compiler plugin, which no executable
# links.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "ssot-tidy-llvm${SSOT_LLVM_MAJOR}")
set(CPACK_PACKAGE_VENDOR "ssot-tidy")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "clang-tidy checks for single-source-of-truth rules (LLVM ${SSOT_LLVM_MAJOR})")
set(CPACK_PACKAGE_DESCRIPTION
  "ssot-tidy, ssot-clangd, the clang-tidy --load plugin, the clang compiler plugin, the annotations header and the CMake package (find_package(SSOTTidy)), built for LLVM/Clang ${SSOT_LLVM_MAJOR}.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "ssot-tidy developers <ssot-tidy@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libllvm${SSOT_LLVM_MAJOR}, clang-tidy-${SSOT_LLVM_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "clang-${SSOT_LLVM_MAJOR}")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "ssot-tidy")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "ssot-tidy")
set(CPACK_DEBIAN_PACKAGE_REPLACES "ssot-tidy")
include(CPack)
