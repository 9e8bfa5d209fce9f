# cmake -DVERSION=X.Y.Z -DSOURCE_DIR=<tree> -P check-versions.cmake
#
# The Debian package's files that carry the version in their text: the man
# pages (the fourth field of their .TH line, "Habeas X.Y.Z") and the AppStream
# metainfo (its newest <release version="X.Y.Z">, the first one: AppStream
# lists releases newest first). Each must say the project's version. Every
# file that disagrees is named; the last line counts them.
if(NOT DEFINED VERSION OR NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "usage: cmake -DVERSION=X.Y.Z -DSOURCE_DIR=<tree> -P check-versions.cmake")
endif()

set(linux "${SOURCE_DIR}/packaging/linux")
set(disagreeing 0)

file(GLOB man_pages "${linux}/*.1")
if(NOT man_pages)
    message(FATAL_ERROR "no man page found in ${linux}")
endif()
foreach(page IN LISTS man_pages)
    get_filename_component(name "${page}" NAME)
    file(STRINGS "${page}" th_lines REGEX "^\\.TH ")
    list(LENGTH th_lines count)
    if(NOT count EQUAL 1)
        message(SEND_ERROR "${name}: ${count} .TH lines, one expected")
        math(EXPR disagreeing "${disagreeing} + 1")
        continue()
    endif()
    # .TH TITLE SECTION "date" "Habeas X.Y.Z" "manual"
    if(NOT th_lines MATCHES "^\\.TH [^ ]+ [^ ]+ \"[^\"]*\" \"Habeas ([^\"]+)\"")
        message(SEND_ERROR "${name}: its .TH line has no \"Habeas <version>\" field: ${th_lines}")
        math(EXPR disagreeing "${disagreeing} + 1")
        continue()
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        message(SEND_ERROR "${name} says ${CMAKE_MATCH_1}, the project ${VERSION}")
        math(EXPR disagreeing "${disagreeing} + 1")
    endif()
endforeach()

file(GLOB metainfos "${linux}/*.metainfo.xml")
if(NOT metainfos)
    message(FATAL_ERROR "no AppStream metainfo found in ${linux}")
endif()
foreach(metainfo IN LISTS metainfos)
    get_filename_component(name "${metainfo}" NAME)
    file(READ "${metainfo}" text)
    if(NOT text MATCHES "<release[ \t\r\n]+version=\"([^\"]+)\"")
        message(SEND_ERROR "${name}: no <release version=\"...\"> found")
        math(EXPR disagreeing "${disagreeing} + 1")
        continue()
    endif()
    if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
        message(SEND_ERROR "${name} says ${CMAKE_MATCH_1} for its newest release, the project ${VERSION}")
        math(EXPR disagreeing "${disagreeing} + 1")
    endif()
endforeach()

if(disagreeing GREATER 0)
    message(FATAL_ERROR "${disagreeing} file(s) disagree with the project version ${VERSION}")
endif()
message(STATUS "man pages and metainfo say ${VERSION}, as the project does")
