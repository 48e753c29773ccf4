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
# One mode per target, enabled once: both would report every finding twice.
#
# The .clang-tidy files that govern the target's sources (each source's
# folder and its parents) are inputs: CMake re-configures when one changes,
# and their hash is part of the checks' command line, so Ninja/Make re-run
# the checks and a compiler cache (ccache, sccache) keys its results on the
# configuration. With no .clang-tidy and no CHECKS there is nothing to run:
# the target builds without checks and configuring says so.
#
# Needs SSOTTidy_TIDY_EXECUTABLE / SSOTTidy_COMPILER_PLUGIN from
# SSOTTidyConfig.cmake.

# The .clang-tidy files above <Target>'s sources, in <OutVar>.
function(_ssot_tidy_governing_configs Target OutVar)
  get_target_property(Sources ${Target} SOURCES)
  get_target_property(SourceDir ${Target} SOURCE_DIR)
  set(Dirs)
  foreach(Source IN LISTS Sources)
    if(Source MATCHES "^\\$<") # a generator expression: its folder is unknown
      continue()
    endif()
    get_filename_component(Path "${Source}" ABSOLUTE BASE_DIR "${SourceDir}")
    get_filename_component(Dir "${Path}" DIRECTORY)
    list(APPEND Dirs "${Dir}")
  endforeach()
  list(REMOVE_DUPLICATES Dirs)
  set(Configs)
  foreach(Dir IN LISTS Dirs)
    while(TRUE)
      if(EXISTS "${Dir}/.clang-tidy" AND NOT IS_DIRECTORY "${Dir}/.clang-tidy")
        list(APPEND Configs "${Dir}/.clang-tidy")
      endif()
      get_filename_component(Parent "${Dir}" DIRECTORY)
      if(Parent STREQUAL Dir OR Parent STREQUAL "")
        break()
      endif()
      set(Dir "${Parent}")
    endwhile()
  endforeach()
  list(REMOVE_DUPLICATES Configs)
  set(${OutVar} "${Configs}" PARENT_SCOPE)
endfunction()

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
  set(Mode CLANG_TIDY)
  if(SSOT_COMPILER_PLUGIN)
    set(Mode COMPILER_PLUGIN)
  endif()
  get_target_property(Enabled ${Target} SSOT_TIDY_MODE)
  if(Enabled)
    message(FATAL_ERROR "ssot_tidy_enable(${Target} ${Mode}): the checks are already enabled "
      "for '${Target}' (${Enabled}); enable them once, in one mode (CLANG_TIDY or "
      "COMPILER_PLUGIN): both would report every finding twice")
  endif()
  set_target_properties(${Target} PROPERTIES SSOT_TIDY_MODE ${Mode})
  string(REPLACE ";" "," Checks "${SSOT_CHECKS}")
  string(REPLACE ";" "," AsErrors "${SSOT_WARNINGS_AS_ERRORS}")
  # The annotations header is part of using the checks.
  target_link_libraries(${Target} PRIVATE SSOTTidy::annotations)

  _ssot_tidy_governing_configs(${Target} Configs)
  if(NOT Configs AND NOT Checks)
    message(STATUS "ssot_tidy_enable(${Target}): no .clang-tidy above its sources and no CHECKS: "
      "no ssot checks enabled (add a .clang-tidy and re-run cmake)")
    return()
  endif()
  set(Hashes "${Checks};${AsErrors}")
  foreach(Config IN LISTS Configs)
    file(SHA256 "${Config}" Hash)
    list(APPEND Hashes "${Config}=${Hash}")
  endforeach()
  string(SHA256 ConfigHash "${Hashes}")
  string(SUBSTRING "${ConfigHash}" 0 16 ConfigHash)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${Configs})

  if(SSOT_COMPILER_PLUGIN)
    foreach(Lang C CXX)
      if(CMAKE_${Lang}_COMPILER_LOADED)
        string(REGEX MATCH "^[0-9]+" Major "${CMAKE_${Lang}_COMPILER_VERSION}")
        if(NOT CMAKE_${Lang}_COMPILER_ID STREQUAL "Clang" OR NOT Major EQUAL SSOTTidy_LLVM_MAJOR)
          # clang-N compiles C++ but does not link the C++ runtime: C++ needs clang++-N.
          set(Driver "clang++-${SSOTTidy_LLVM_MAJOR}")
          if(Lang STREQUAL "C")
            set(Driver "clang-${SSOTTidy_LLVM_MAJOR}")
          endif()
          message(FATAL_ERROR "ssot_tidy_enable(${Target} COMPILER_PLUGIN): the ${Lang} compiler is "
            "${CMAKE_${Lang}_COMPILER_ID} ${CMAKE_${Lang}_COMPILER_VERSION}; the plugin needs clang "
            "${SSOTTidy_LLVM_MAJOR} (e.g. -DCMAKE_${Lang}_COMPILER=${Driver}), "
            "or use CLANG_TIDY")
        endif()
      endif()
    endforeach()
    set(Options "-fplugin=${SSOTTidy_COMPILER_PLUGIN}"
      "-fplugin-arg-SSOTCompilerPlugin-config-hash=${ConfigHash}")
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

  # The hash only changes the command line (a macro nothing reads), so that
  # the build tool re-runs the checks when the configuration changed.
  set(Command "${SSOTTidy_TIDY_EXECUTABLE}" "--extra-arg=-DSSOT_TIDY_CONFIG_HASH=${ConfigHash}")
  if(Checks)
    list(APPEND Command "--checks=${Checks}")
  endif()
  if(AsErrors)
    list(APPEND Command "--warnings-as-errors=${AsErrors}")
  endif()
  set_target_properties(${Target} PROPERTIES
    CXX_CLANG_TIDY "${Command}" C_CLANG_TIDY "${Command}")
endfunction()
