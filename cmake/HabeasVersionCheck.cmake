# The version lives in project(); vcpkg.json repeats it because vcpkg's
# manifest must carry one. Stop the configure when the two differ, so that a
# release cannot raise one and forget the other. (The man pages and the
# AppStream metainfo are checked by the packaging.versions_agree test.)
function(habeas_check_manifest_version)
    set(manifest "${PROJECT_SOURCE_DIR}/vcpkg.json")
    set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${manifest}")
    file(READ "${manifest}" text)
    string(JSON manifest_version ERROR_VARIABLE error GET "${text}" version)
    if(error)
        message(FATAL_ERROR "vcpkg.json: no \"version\" could be read (${error}).")
    endif()
    if(NOT manifest_version STREQUAL PROJECT_VERSION)
        message(FATAL_ERROR
            "vcpkg.json says version ${manifest_version}, project() in CMakeLists.txt says "
            "${PROJECT_VERSION}: make them the same.")
    endif()
endfunction()

habeas_check_manifest_version()
