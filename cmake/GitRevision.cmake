# cmake -DSOURCE_DIR=<repo> -DOUTPUT=<header> -P GitRevision.cmake
# Writes SSOT_GIT_REVISION (the checkout's commit, "-dirty" when it has
# uncommitted changes, "unknown" outside git) into <header>, and rewrites the
# file only when it changed, so builds recompile only after a new commit.
execute_process(COMMAND git -C "${SOURCE_DIR}" describe --always --dirty --abbrev=12
  OUTPUT_VARIABLE Revision OUTPUT_STRIP_TRAILING_WHITESPACE
  RESULT_VARIABLE Status ERROR_QUIET)
if(NOT Status EQUAL 0 OR Revision STREQUAL "")
  set(Revision "unknown")
endif()
set(Text "#define SSOT_GIT_REVISION \"${Revision}\"\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" Old)
endif()
if(NOT Old STREQUAL Text)
  file(WRITE "${OUTPUT}" "${Text}")
endif()
