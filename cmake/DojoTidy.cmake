# The tidy target: clang-tidy with the repository's .clang-tidy over DojoPool's own sources
# (app/, ui/, modules/; not the tests, not the generated moc and rcc files), in parallel,
# reading the build's compile_commands.json. Not part of CI: it takes minutes on two cores.
find_program(DOJO_RUN_CLANG_TIDY NAMES run-clang-tidy run-clang-tidy-14)
find_program(DOJO_CLANG_TIDY NAMES clang-tidy clang-tidy-14)
if(NOT DOJO_RUN_CLANG_TIDY OR NOT DOJO_CLANG_TIDY)
    message(STATUS "No clang-tidy (apt-get install clang-tidy): no tidy target")
    return()
endif()

set(DOJO_TIDY_FOLDERS app ui modules CACHE STRING "The source folders the tidy target checks")
string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" dojo_source_dir_regex "${PROJECT_SOURCE_DIR}")
list(JOIN DOJO_TIDY_FOLDERS "|" dojo_tidy_folders_regex)
list(JOIN DOJO_TIDY_FOLDERS ", " dojo_tidy_folders_text)
cmake_host_system_information(RESULT dojo_cores QUERY NUMBER_OF_LOGICAL_CORES)
add_custom_target(tidy
    COMMAND "${CMAKE_CURRENT_LIST_DIR}/run-tidy.sh"
        "${DOJO_RUN_CLANG_TIDY}" -quiet -j ${dojo_cores}
        -clang-tidy-binary "${DOJO_CLANG_TIDY}"
        -p "${CMAKE_BINARY_DIR}"
        # Compiler warnings are the build's business; -Werror would turn clang's into errors.
        -extra-arg=-Wno-error
        "^${dojo_source_dir_regex}/(${dojo_tidy_folders_regex})/"
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "clang-tidy over ${dojo_tidy_folders_text}"
    USES_TERMINAL
    VERBATIM)
