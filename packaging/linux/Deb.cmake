# Debian package (CPack DEB). Included by packaging/Packaging.cmake.
# scripts/check-package.sh builds it, runs lintian, installs it, uses it and
# removes it; packaging/README.md says which lintian warnings remain and why.
set(HABEAS_PACKAGE_MAINTAINER "Habeas maintainers <habeas@example.org>" CACHE STRING
    "Maintainer field of the Debian package: the office that builds and supports it")
set(CPACK_PACKAGE_CONTACT "${HABEAS_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HABEAS_PACKAGE_MAINTAINER}")
set(CPACK_GENERATOR "DEB")
# habeas_0.1.0_amd64.deb, the name Debian's tools give.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# The dependencies are those of the binaries, as dpkg-shlibdeps finds them
# (Qt, Qt Charts, SQLCipher, libsodium, zxcvbn, QPDF, Poppler…).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# What Qt loads at run time, which no binary links and dpkg-shlibdeps cannot
# see: Qt's own French strings (qt_fr) and the WebP reader the letterhead's
# logo dialog offers. (Qt Svg, for the icon and SVG logos, is linked by
# habeas_ui and found by dpkg-shlibdeps.) scripts/check-package.sh installs
# the package on a clean Debian 12 and checks each is there.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-translations-l10n, qt6-image-formats-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Under the summary (CPACK_PACKAGE_DESCRIPTION_SUMMARY); CPack indents it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Habeas keeps an office's register of personal-data processings, follows
the supervisory authority's deliberations and the conditions they set, and
takes requests from people exercising their rights (access, rectification,
erasure, limitation, objection) from intake to a printed, password-protected
reply letter. Everything is stored in one encrypted vault (SQLCipher).
.
This package holds the desktop application (habeas) and the command-line
tool for administrators (habeas-cli).")

set(_habeas_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
set(_habeas_generated ${PROJECT_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_habeas_generated})

# Man pages and changelog, compressed the way Debian wants them: gzip -9n
# (no name, no time stamp), so that two builds give the same bytes.
find_program(HABEAS_GZIP gzip REQUIRED)
set(_habeas_man_pages habeas-cli.1)
if(HABEAS_BUILD_GUI)
    list(APPEND _habeas_man_pages habeas.1)
endif()
set(_habeas_compressed)
foreach(page IN LISTS _habeas_man_pages)
    add_custom_command(OUTPUT ${_habeas_generated}/${page}.gz
        COMMAND ${HABEAS_GZIP} -9nc ${_habeas_linux}/${page} > ${_habeas_generated}/${page}.gz
        DEPENDS ${_habeas_linux}/${page}
        COMMENT "Compressing the ${page} man page"
        VERBATIM)
    list(APPEND _habeas_compressed ${_habeas_generated}/${page}.gz)
    install(FILES ${_habeas_generated}/${page}.gz DESTINATION share/man/man1)
endforeach()
# A native package's changelog (changelog.gz, not changelog.Debian.gz): one entry for this version, dated by
# SOURCE_DATE_EPOCH when it is set; rewritten only when it changes.
string(TIMESTAMP _habeas_date "%a, %d %b %Y 00:00:00 +0000" UTC)
file(CONFIGURE OUTPUT ${_habeas_generated}/changelog CONTENT
"habeas (${PROJECT_VERSION}) stable; urgency=medium

  * Release ${PROJECT_VERSION}.

 -- ${HABEAS_PACKAGE_MAINTAINER}  ${_habeas_date}
")
add_custom_command(OUTPUT ${_habeas_generated}/changelog.gz
    COMMAND ${HABEAS_GZIP} -9nc ${_habeas_generated}/changelog > ${_habeas_generated}/changelog.gz
    DEPENDS ${_habeas_generated}/changelog
    VERBATIM)
list(APPEND _habeas_compressed ${_habeas_generated}/changelog.gz)
# Built with the programs, so that cpack finds them after a plain build.
add_custom_target(habeas_package_files ALL DEPENDS ${_habeas_compressed})

install(FILES ${_habeas_generated}/changelog.gz ${_habeas_linux}/copyright
        DESTINATION share/doc/habeas)
if(HABEAS_BUILD_GUI)
    install(FILES ${_habeas_linux}/io.habeas.Habeas.desktop DESTINATION share/applications)
    install(FILES ${_habeas_linux}/io.habeas.Habeas.metainfo.xml DESTINATION share/metainfo)
    install(FILES ${_habeas_linux}/io.habeas.Habeas.mime.xml DESTINATION share/mime/packages
            RENAME io.habeas.Habeas.xml)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/habeas.svg
            DESTINATION share/icons/hicolor/scalable/apps)
endif()
