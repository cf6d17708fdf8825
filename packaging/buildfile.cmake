# A file of the package made at build time (cmake -P, from packaging/CMakeLists.txt):
#   MODE=print: what PROGRAM prints for OPTION (its man page, its completion), in English and
#               dated EPOCH (SOURCE_DATE_EPOCH), into OUTPUT;
#   MODE=gzip:  INPUT compressed as Debian wants it (gzip -9n: no name, no time) into OUTPUT.
if(MODE STREQUAL "print")
    set(ENV{LC_ALL} "C.UTF-8")
    set(ENV{LANG} "C.UTF-8")
    unset(ENV{LANGUAGE})
    set(ENV{SOURCE_DATE_EPOCH} "${EPOCH}")
    # The asan preset's program: what Qt keeps until exit is no leak of the man page's.
    set(ENV{ASAN_OPTIONS} "detect_leaks=0")
    execute_process(COMMAND "${PROGRAM}" "${OPTION}"
        OUTPUT_FILE "${OUTPUT}.part" RESULT_VARIABLE status)
elseif(MODE STREQUAL "gzip")
    execute_process(COMMAND gzip -9n -c "${INPUT}"
        OUTPUT_FILE "${OUTPUT}.part" RESULT_VARIABLE status)
else()
    message(FATAL_ERROR "buildfile.cmake: MODE is print or gzip, not \"${MODE}\"")
endif()
if(NOT status EQUAL 0)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "buildfile.cmake: making ${OUTPUT} failed (${status})")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
