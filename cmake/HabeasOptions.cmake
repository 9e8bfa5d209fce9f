# Project-wide compile options live on one INTERFACE target that every Habeas
# target links; nothing is set globally but position-independent code (below).
add_library(habeas_options INTERFACE)
add_library(habeas::options ALIAS habeas_options)

target_compile_features(habeas_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(habeas_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    # 6.4 knows the _BEFORE spelling, 6.5+ the _UP_TO one.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    # SQLCipher's key API is only declared with this defined; Debian's
    # pkg-config file does not add it.
    SQLITE_HAS_CODEC)

option(HABEAS_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(HABEAS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(MSVC)
    target_compile_options(habeas_options INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(HABEAS_WARNINGS_AS_ERRORS)
        target_compile_options(habeas_options INTERFACE /WX)
    endif()
    # Hardening. Control Flow Guard needs /guard:cf twice: the compiler
    # instruments indirect calls, the linker writes the table of valid
    # targets and marks the image (compiled but not linked with it, the checks
    # cost time and protect nothing). /DYNAMICBASE (ASLR) and /NXCOMPAT (DEP)
    # are the linker's defaults, and so is /HIGHENTROPYVA for 64-bit images;
    # they are said anyway, so that the flags CI checks with dumpbin are
    # visible here. /CETCOMPAT (CET shadow stack) is not a default; x86 and
    # x64 only. Checked on the built executables by .github/workflows/windows.yml.
    target_compile_options(habeas_options INTERFACE /guard:cf)
    target_link_options(habeas_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
    if(CMAKE_SIZEOF_VOID_P EQUAL 8)
        target_link_options(habeas_options INTERFACE /HIGHENTROPYVA)
    endif()
    if(CMAKE_CXX_COMPILER_ARCHITECTURE_ID MATCHES "^(x64|X86)$")
        target_link_options(habeas_options INTERFACE /CETCOMPAT)
    endif()
else()
    target_compile_options(habeas_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(HABEAS_WARNINGS_AS_ERRORS)
        target_compile_options(habeas_options INTERFACE -Werror)
    endif()
    if(HABEAS_SANITIZE)
        target_compile_options(habeas_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(habeas_options INTERFACE -fsanitize=address,undefined)
    else()
        # Hardening, checked on the installed binaries by scripts/check-package.sh
        # (hardening-check). The sanitizer build goes without: ASan replaces
        # the checked functions and guards the stack itself.
        target_compile_options(habeas_options INTERFACE
            -fstack-protector-strong -fstack-clash-protection)
        if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64|amd64")
            target_compile_options(habeas_options INTERFACE -fcf-protection)
        endif()
        # _FORTIFY_SOURCE needs optimisation: only the optimised build types
        # (not Debug, nor a build with no type, which has no -O). As options,
        # not definitions, so that the -U comes before the -D.
        target_compile_options(habeas_options INTERFACE
            "$<$<CONFIG:Release,RelWithDebInfo,MinSizeRel>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
        # Full RELRO: relocations resolved at start, then made read-only
        # (ELF linkers; Apple's has no -z).
        if(NOT APPLE)
            target_link_options(habeas_options INTERFACE
                LINKER:-z,relro LINKER:-z,now LINKER:-z,noexecstack)
        endif()
    endif()
endif()

# Position-independent executables (ASLR); CMP0083 is NEW under 3.25, so
# executables are linked with -pie once the toolchain supports it. The one
# setting made for the whole project, as every target needs it.
include(CheckPIESupported)
check_pie_supported(LANGUAGES CXX C)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
