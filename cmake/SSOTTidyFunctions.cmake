# ssot_tidy_enable(<target> [CLANG_TIDY | COMPILER_PLUGIN]
#                  [CHECKS <glob>...] [WARNINGS_AS_ERRORS <glob>...])
#
# Turns the ssot checks on for <target>'s C and C++ sources.
#   CLANG_TIDY (default)  runs ssot-tidy next to every compile, as
#                         CMAKE_CXX_CLANG_TIDY does; works with any compiler.
#   COMPILER_PLUGIN       loads SSOTCompilerPlugin.so into the compile itself;
#                         the target must be compiled by clang of the major
#                         version the package was built for.
#   CHECKS                the checks to run (clang-tidy globs, joined with ",");
#                         without it the nearest .clang-tidy decides.
#   WARNINGS_AS_ERRORS    findings of these checks fail the build; without it
#                         the .clang-tidy's WarningsAsErrors decides.
# Needs SSOTTidy_TIDY_EXECUTABLE / SSOTTidy_COMPILER_PLUGIN from
# SSOTTidyConfig.cmake.
function(ssot_tidy_enable Target)
  cmake_parse_arguments(PARSE_ARGV 1 SSOT "CLANG_TIDY;COMPILER_PLUGIN" ""
    "CHECKS;WARNINGS_AS_ERRORS")
  if(SSOT_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "ssot_tidy_enable: unknown arguments: ${SSOT_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT TARGET ${Target})
    message(FATAL_ERROR "ssot_tidy_enable: '${Target}' is not a target")
  endif()
  if(SSOT_CLANG_TIDY AND SSOT_COMPILER_PLUGIN)
    message(FATAL_ERROR "ssot_tidy_enable: choose CLANG_TIDY or COMPILER_PLUGIN, not both")
  endif()
  string(REPLACE ";" "," Checks "${SSOT_CHECKS}")
  string(REPLACE ";" "," AsErrors "${SSOT_WARNINGS_AS_ERRORS}")
  # The annotations header is part of using the checks.
  target_link_libraries(${Target} PRIVATE SSOTTidy::annotations)

  if(SSOT_COMPILER_PLUGIN)
    foreach(Lang C CXX)
      if(CMAKE_${Lang}_COMPILER_LOADED)
        string(REGEX MATCH "^[0-9]+" Major "${CMAKE_${Lang}_COMPILER_VERSION}")
        if(NOT CMAKE_${Lang}_COMPILER_ID STREQUAL "Clang" OR NOT Major EQUAL SSOTTidy_LLVM_MAJOR)
          message(FATAL_ERROR "ssot_tidy_enable(${Target} COMPILER_PLUGIN): the ${Lang} compiler is "
            "${CMAKE_${Lang}_COMPILER_ID} ${CMAKE_${Lang}_COMPILER_VERSION}; the plugin needs clang "
            "${SSOTTidy_LLVM_MAJOR} (e.g. -DCMAKE_${Lang}_COMPILER=clang-${SSOTTidy_LLVM_MAJOR}), "
            "or use CLANG_TIDY")
        endif()
      endif()
    endforeach()
    set(Options "-fplugin=${SSOTTidy_COMPILER_PLUGIN}")
    if(Checks)
      list(APPEND Options "-fplugin-arg-SSOTCompilerPlugin-checks=${Checks}")
    endif()
    if(AsErrors)
      list(APPEND Options "-fplugin-arg-SSOTCompilerPlugin-warnings-as-errors=${AsErrors}")
    endif()
    target_compile_options(${Target} PRIVATE
      "$<$<COMPILE_LANGUAGE:C,CXX>:${Options}>")
    return()
  endif()

  set(Command "${SSOTTidy_TIDY_EXECUTABLE}")
  if(Checks)
    list(APPEND Command "--checks=${Checks}")
  endif()
  if(AsErrors)
    list(APPEND Command "--warnings-as-errors=${AsErrors}")
  endif()
  set_target_properties(${Target} PROPERTIES
    CXX_CLANG_TIDY "${Command}" C_CLANG_TIDY "${Command}")
endfunction()
