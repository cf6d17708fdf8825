# Settings every DojoPool target shares: strict Qt defines and warnings.
function(dojo_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        QT_USE_QSTRINGBUILDER)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(DOJO_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# dojo_module(name SOURCES ... LINKS ...): the static library dojo_<name> with its public
# headers under modules/<name>/<name>/, included as <name/header.h>.
function(dojo_module name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
    add_library(dojo_${name} STATIC ${ARG_SOURCES})
    add_library(dojo::${name} ALIAS dojo_${name})
    target_include_directories(dojo_${name} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(dojo_${name} PUBLIC ${ARG_LINKS})
    dojo_target_defaults(dojo_${name})
    dojo_translatable_sources(dojo_${name})
endfunction()

# dojo_translatable_sources(target): lupdate reads the target's sources for the texts people
# see (tr()), resolving includes from the target's folder. translations/CMakeLists.txt, added
# last, collects what every target registered.
function(dojo_translatable_sources target)
    get_target_property(sources ${target} SOURCES)
    get_target_property(folder ${target} SOURCE_DIR)
    set(absolute_sources "")
    foreach(source IN LISTS sources)
        cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY "${folder}" NORMALIZE)
        list(APPEND absolute_sources "${source}")
    endforeach()
    set_property(GLOBAL APPEND PROPERTY DOJO_TRANSLATABLE_SOURCES ${absolute_sources})
    set_property(GLOBAL APPEND PROPERTY DOJO_TRANSLATABLE_INCLUDE_DIRECTORIES "${folder}")
endfunction()

# dojo_test(name SOURCES ... LINKS ... [LABELS ...] [ARGS ...] [ENVIRONMENT ...] [GUI] [BACKENDS]):
# one Qt Test executable tst_<name>, registered in ctest as <name>. With BACKENDS the one
# executable is registered twice, as <name>.sqlite and <name>.postgresql (label postgres), with
# DOJO_STORAGE_BACKEND naming the backend (see ScratchDatabases): built once, run on both.
function(dojo_test name)
    cmake_parse_arguments(ARG "GUI;BACKENDS" "" "SOURCES;LINKS;LABELS;ARGS;ENVIRONMENT" ${ARGN})
    add_executable(tst_${name} ${ARG_SOURCES})
    target_link_libraries(tst_${name} PRIVATE Qt6::Test ${ARG_LINKS})
    dojo_target_defaults(tst_${name})
    target_compile_definitions(tst_${name} PRIVATE
        DOJO_SHARED_DIR="${DOJO_SHARED_DIR}"
        DOJO_BUILD_DIR="${CMAKE_BINARY_DIR}")
    set(environment ${ARG_ENVIRONMENT})
    if(ARG_GUI)
        list(APPEND environment QT_QPA_PLATFORM=offscreen)
    endif()
    if(NOT ARG_BACKENDS)
        dojo_register_test(${name} tst_${name} "${ARG_ARGS}" "${environment}" "${ARG_LABELS}")
        return()
    endif()
    foreach(backend sqlite postgresql)
        set(labels ${ARG_LABELS})
        if(backend STREQUAL "postgresql")
            list(APPEND labels postgres)
        endif()
        set(backend_environment ${environment} DOJO_STORAGE_BACKEND=${backend})
        dojo_register_test(${name}.${backend} tst_${name} "${ARG_ARGS}" "${backend_environment}"
            "${labels}")
    endforeach()
endfunction()

# One ctest entry running an executable with its arguments, environment and labels.
function(dojo_register_test name executable arguments environment labels)
    add_test(NAME ${name} COMMAND ${executable} ${arguments})
    if(environment)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}")
    endif()
    if(labels)
        set_tests_properties(${name} PROPERTIES LABELS "${labels}")
    endif()
endfunction()
