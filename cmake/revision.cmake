# SPDX-License-Identifier: GPL-3.0-or-later
# Writes OUTPUT (annalsrevision.h) with the source revision SOURCE_DIR is at:
# the commit, "-dirty" when tracked files differ from it, "unknown" outside a
# git checkout (a source tarball). Run at every build, it rewrites the header
# only when the revision changed, so an unchanged tree rebuilds nothing.
find_program(ANNALS_GIT git)
set(revision "unknown")
if(ANNALS_GIT)
    execute_process(COMMAND "${ANNALS_GIT}" -C "${SOURCE_DIR}" rev-parse --short=12 HEAD
                    RESULT_VARIABLE failed OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    if(NOT failed AND commit)
        set(revision "${commit}")
        execute_process(COMMAND "${ANNALS_GIT}" -C "${SOURCE_DIR}" status --porcelain --untracked-files=no
                        OUTPUT_VARIABLE changes OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
        if(changes)
            string(APPEND revision "-dirty")
        endif()
    endif()
endif()
set(content "// Made by cmake/revision.cmake: the source revision of this build.\n#pragma once\n#define ANNALS_REVISION \"${revision}\"\n")
set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL content)
    file(WRITE "${OUTPUT}" "${content}")
endif()
