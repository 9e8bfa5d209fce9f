# Installers: a .deb on Linux (packaging/linux/Deb.cmake), an MSI on
# Windows (packaging/windows/Wix.cmake). What both share is set here; the
# version is the project's, the one --version and About show.
set(CPACK_PACKAGE_NAME "habeas")
set(CPACK_PACKAGE_VENDOR "Habeas")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/Wix.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/Deb.cmake)
endif()
include(CPack)
