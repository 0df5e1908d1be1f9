# SPDX-License-Identifier: GPL-3.0-or-later
# Settings every Driftdeck target shares: strict Qt string handling, warnings, sanitizers.

function(driftdeck_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(DRIFTDECK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(DRIFTDECK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
if(DRIFTDECK_TSAN)
    if(DRIFTDECK_SANITIZE)
        message(FATAL_ERROR "DRIFTDECK_TSAN and DRIFTDECK_SANITIZE cannot be combined")
    endif()
    add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
    add_link_options(-fsanitize=thread)
endif()

# Fuzzing: every target (the core libraries included) gets coverage feedback and ASan/UBSan;
# only the fuzz executables in tests/fuzz link libFuzzer's main (-fsanitize=fuzzer).
if(DRIFTDECK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "DRIFTDECK_FUZZ=ON needs clang (CXX=clang++); libFuzzer is part of clang")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# driftdeck_add_test(NAME name SOURCES a.cpp ... LIBS lib ... [LABELS l ...] [TIMEOUT s])
function(driftdeck_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    driftdeck_target_defaults(${T_NAME})
    target_compile_definitions(${T_NAME} PRIVATE
        DRIFTDECK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        DRIFTDECK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;DRIFTDECK_TEST=1")
endfunction()
