# Install-time step (install(CODE) in Wix.cmake), after the Qt deployment:
# the DLLs that Qt's deployed plugins load and that nothing else brought
# (windeployqt copies the plugins, not always the libraries beyond Qt that
# they load), installed into bin/, where the loader finds them.
#
# Input: HABEAS_DLL_DIRS, the folders where the DLLs are looked up (vcpkg's
# bin folder). A DLL found nowhere stops the installation.
include("${CMAKE_CURRENT_LIST_DIR}/SystemDlls.cmake")

set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
file(GLOB_RECURSE plugins "${root}/plugins/*.dll")
if(NOT plugins)
    message(FATAL_ERROR "No Qt plugin under ${root}/plugins: the Qt deployment did not run.")
endif()

file(GET_RUNTIME_DEPENDENCIES
    MODULES ${plugins}
    DIRECTORIES "${root}/bin" ${HABEAS_DLL_DIRS}
    PRE_EXCLUDE_REGEXES ${HABEAS_SYSTEM_DLL_NAMES}
    POST_EXCLUDE_REGEXES ${HABEAS_SYSTEM_DLL_PATHS}
    RESOLVED_DEPENDENCIES_VAR resolved
    UNRESOLVED_DEPENDENCIES_VAR unresolved)
if(unresolved)
    list(JOIN unresolved ", " names)
    message(FATAL_ERROR "Qt's plugins load DLLs found nowhere: ${names}.")
endif()

# What is already in bin/ stays as it is; the rest is copied there.
cmake_path(SET bin NORMALIZE "${root}/bin")
set(missing "")
foreach(dll IN LISTS resolved)
    cmake_path(GET dll PARENT_PATH folder)
    cmake_path(NORMAL_PATH folder)
    string(TOLOWER "${folder}" folder_lower)
    string(TOLOWER "${bin}" bin_lower)
    if(NOT folder_lower STREQUAL bin_lower)
        list(APPEND missing "${dll}")
    endif()
endforeach()
if(missing)
    file(INSTALL ${missing} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
endif()
