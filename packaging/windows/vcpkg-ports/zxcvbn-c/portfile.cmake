# zxcvbn-c for Habeas (vcpkg has no port of it). Version 2.5, the one Debian 12
# packages (libzxcvbn-dev 2.5+dfsg-1), so that both platforms run the same
# code. Upstream builds with a makefile; CMakeLists.txt beside this file does
# the same steps: it builds dictgen, runs it on the word lists to write
# dict-src.h, and compiles zxcvbn.c with that dictionary inside.
#
# dictgen runs where it is built, so the target must be the machine that
# builds (x64-windows on x64 Windows, as in CI): no cross-compiling.
if(VCPKG_CROSSCOMPILING)
    message(FATAL_ERROR "${PORT}: the dictionary generator runs on the build machine; cross-compiling is not supported.")
endif()
# Static only: upstream exports nothing for a DLL.
vcpkg_check_linkage(ONLY_STATIC_LIBRARY)

# The SHA512 of GitHub's archive of the tag, as Gentoo's Manifest gives it for
# the same archive (zxcvbn-c-2.5.gh.tar.gz, 1404434 bytes).
vcpkg_from_github(
    OUT_SOURCE_PATH SOURCE_PATH
    REPO tsyrogit/zxcvbn-c
    REF "v${VERSION}"
    SHA512 d7199b3cc36cd0e401bd8f857132425908307aefcdb1bb635ee81c34cf71ccbcdf0fe36a336a55da1281692b508881b54773afa41379a448863095f4abd5c0e8
    HEAD_REF master
)
file(COPY "${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt" DESTINATION "${SOURCE_PATH}")

vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}")
vcpkg_cmake_install()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug/include")

# The MIT licence: LICENSE.txt where the tag has it, else the header of
# zxcvbn.c, which states it in full.
if(EXISTS "${SOURCE_PATH}/LICENSE.txt")
    vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE.txt")
else()
    file(READ "${SOURCE_PATH}/zxcvbn.c" source)
    string(FIND "${source}" "*/" header_end)
    if(header_end LESS 0)
        message(FATAL_ERROR "${PORT}: no licence header found in zxcvbn.c")
    endif()
    string(SUBSTRING "${source}" 0 ${header_end} header)
    file(WRITE "${CURRENT_BUILDTREES_DIR}/LICENSE-from-zxcvbn.c.txt" "${header}*/\n")
    vcpkg_install_copyright(FILE_LIST "${CURRENT_BUILDTREES_DIR}/LICENSE-from-zxcvbn.c.txt")
endif()
file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
