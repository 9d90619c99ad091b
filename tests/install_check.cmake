# Run by ctest (see CMakeLists.txt): cmake --install into PREFIX, then run the
# installed dyad with no DYAD_DATA and check where its data comes from.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
set(ENV{DYAD_DATA} "")
execute_process(COMMAND "${PREFIX}/bin/dyad" info
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "installed dyad info failed (${rc}): ${err}")
endif()
file(REAL_PATH "${PREFIX}/share/dyad" expected)
string(FIND "${out}" "data root: ${expected}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "installed dyad does not use the installed data:\n${out}")
endif()
execute_process(COMMAND "${PREFIX}/bin/dyad" code --date 2022-09-12 "${SOURCE_DIR}/examples/aegean-standoff.txt"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR out STREQUAL "")
  message(FATAL_ERROR "installed dyad code failed (${rc}): ${err}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
