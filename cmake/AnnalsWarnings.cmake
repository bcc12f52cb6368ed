# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings are for our own targets only: Qt's headers come in as system headers.
option(ANNALS_WARNINGS_AS_ERRORS "Treat compiler warnings in Annals code as errors" OFF)

# annals_set_warnings(target [TEST])
# Product code also forbids implicit conversions between char* and QString, so
# that every user-visible string is a deliberate, translatable one; tests may
# use plain literals in their data tables.
function(annals_set_warnings target)
    cmake_parse_arguments(ARG "TEST" "" "" ${ARGN})
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
            -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
        if(ANNALS_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
    if(NOT ARG_TEST)
        target_compile_definitions(${target} PRIVATE
            QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
    endif()
endfunction()
