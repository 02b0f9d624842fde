# Fails when a C++ file under core/, ui/, app/ or tests/ differs from what clang-format makes of it.
set(sources "")
foreach(root core ui app tests)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${root}/*.h" "${SOURCE_DIR}/${root}/*.cpp")
    list(APPEND sources ${found})
endforeach()
list(LENGTH sources count)
if(count LESS 100)
    message(FATAL_ERROR "Only ${count} sources found under ${SOURCE_DIR}: the check would prove nothing")
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
                WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted[^\n]*" hits "${errors}")
    string(REPLACE ";" "\n" hits "${hits}")
    message(FATAL_ERROR "Not formatted with .clang-format (run clang-format -i on these):\n${hits}")
endif()
message(STATUS "${count} files checked: all formatted")
