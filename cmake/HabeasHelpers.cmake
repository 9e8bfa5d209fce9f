# habeas_add_test(NAME SOURCES a.cpp b.cpp LIBS lib... [TIMEOUT s] [LABELS l...])
# One GoogleTest executable; every TEST() becomes its own ctest entry.
function(habeas_add_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE habeas::options GTest::gtest ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        HABEAS_SEEDS_DIR="${HABEAS_SEEDS_DIR}"
        HABEAS_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    gtest_discover_tests(${name}
        DISCOVERY_MODE PRE_TEST
        DISCOVERY_TIMEOUT 60
        PROPERTIES TIMEOUT ${arg_TIMEOUT} LABELS "${arg_LABELS}"
                   ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
