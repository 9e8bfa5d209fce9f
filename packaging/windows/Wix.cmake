# Windows installer (CPack WiX). Included by packaging/Packaging.cmake, after
# every directory: the install rules here run after those of app/ and cli/.
#
# What the MSI holds, in C:\Program Files\Habeas:
#   bin/          habeas.exe, habeas-cli.exe, qt.conf, every DLL they load
#                 (Qt, SQLCipher, libcrypto, libsodium, QPDF, Poppler and what
#                 it pulls in...), the MSVC runtime
#   plugins/      Qt's plugins (no sqldrivers: app/CMakeLists.txt)
#   translations/ Qt's own French strings
# The deployment steps are described in packaging/windows/README.md.

if(NOT HABEAS_BUILD_GUI)
    message(WARNING "The MSI is made from the full build: HABEAS_BUILD_GUI is OFF, "
                    "so the Qt deployment (done for habeas.exe) is missing from it.")
endif()

# --- DLLs ------------------------------------------------------------------
# Where vcpkg put the DLLs of the libraries it built (manifest mode: the
# build folder's vcpkg_installed). Without vcpkg nothing is looked up there.
set(habeas_dll_dirs "")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    set(habeas_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}$<$<CONFIG:Debug>:/debug>/bin")
endif()
include(${CMAKE_CURRENT_LIST_DIR}/SystemDlls.cmake)

# The DLLs habeas.exe and habeas-cli.exe load, and theirs, recursively, read
# from the files themselves (dumpbin): Poppler comes through pkg-config, whose
# target knows no DLL, so $<TARGET_RUNTIME_DLLS> would miss it. A DLL found
# nowhere stops the installation, so that no MSI lacks one.
# (The lookup options come before RUNTIME: CMake reads whatever follows
# RUNTIME as options of that kind of file.)
install(RUNTIME_DEPENDENCY_SET habeas_runtime
    DIRECTORIES ${habeas_dll_dirs}
    PRE_EXCLUDE_REGEXES ${HABEAS_SYSTEM_DLL_NAMES}
    POST_EXCLUDE_REGEXES ${HABEAS_SYSTEM_DLL_PATHS}
    RUNTIME DESTINATION bin)

# The same for the DLLs that only Qt's plugins load.
install(CODE "
    set(HABEAS_DLL_DIRS \"${habeas_dll_dirs}\")
    include(\"${CMAKE_CURRENT_LIST_DIR}/InstallPluginDependencies.cmake\")
")

# The MSVC runtime (vcruntime, msvcp) beside the executables, from Visual
# Studio's redistributable folder (windeployqt is told not to copy it:
# app/CMakeLists.txt). Windows 10 and 11 have the Universal CRT already.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
include(InstallRequiredSystemLibraries)

# --- The MSI ---------------------------------------------------------------
set(CPACK_GENERATOR "WIX")
# "Habeas" in Settings, Apps; the file keeps the lower-case name the docs
# give: habeas-0.1.0-win64.msi.
set(CPACK_PACKAGE_NAME "Habeas")
set(CPACK_PACKAGE_FILE_NAME "habeas-${PROJECT_VERSION}-win64")
# WiX .NET tool (version 4), as .github/workflows/windows.yml installs it.
# CPack knows it from CMake 3.30.
set(CPACK_WIX_VERSION 4)
if(CMAKE_VERSION VERSION_LESS 3.30)
    message(WARNING "CPack ${CMAKE_VERSION} cannot make the MSI: CPACK_WIX_VERSION 4 needs CMake 3.30 or later.")
endif()
set(CPACK_WIX_ARCHITECTURE x64)
# Installed once for every person of the machine (the default with WiX 4,
# said anyway): administrator rights, Program Files, a Start-menu entry for
# all.
set(CPACK_WIX_INSTALL_SCOPE perMachine)
# The same upgrade code for every Habeas MSI, forever: a newer MSI replaces
# the installed one. No product code is set: CPack makes a new one for each
# build, which is what makes each release a major upgrade.
set(CPACK_WIX_UPGRADE_GUID "6D0C3F31-9E55-4B8E-9A0B-1C5E0F4C7A21")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Habeas")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Habeas")
# One Start-menu entry, "Habeas", for bin/habeas.exe.
set(CPACK_PACKAGE_EXECUTABLES "habeas" "Habeas")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/icons/habeas.ico")
# The licence page of the installer (CPack turns the .txt into RTF). Its
# wording is for the project's owner to settle: packaging/README.md.
set(CPACK_RESOURCE_FILE_LICENSE "${CMAKE_CURRENT_LIST_DIR}/licence.txt")
# The comment Programs and Features shows for Habeas.
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
# No custom action and nothing outside the installation folder: removing the
# MSI removes what it installed and nothing else (vaults, each person's
# settings and the demo vault stay; docs/DEPLOYMENT.md).
