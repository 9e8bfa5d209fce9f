# Debian package (CPack DEB). Included by packaging/Packaging.cmake.
set(CPACK_PACKAGE_CONTACT "habeas@invalid")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6widgets6, libqt6sql6, libqt6printsupport6, libqt6svg6, libsqlcipher0, libsodium23, libqpdf29, libpoppler-qt6-3")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
if(HABEAS_BUILD_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/packaging/linux/io.habeas.Habeas.desktop DESTINATION share/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/habeas.svg
            DESTINATION share/icons/hicolor/scalable/apps)
endif()
