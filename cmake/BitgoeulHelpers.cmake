# Small helpers shared by the module CMakeLists.

# bitgoeul_add_library(<target> SOURCES ... [PUBLIC_LIBS ...] [PRIVATE_LIBS ...])
# One static library per module folder; the folder's parent is on the include path, so code
# includes "core/entity_store.h", "cache/schema_manager.h", "video/frame_slot.h" ...
function(bitgoeul_add_library target)
    cmake_parse_arguments(ARG "" "INCLUDE_ROOT" "SOURCES;PUBLIC_LIBS;PRIVATE_LIBS" ${ARGN})
    add_library(${target} STATIC ${ARG_SOURCES})
    if(NOT ARG_INCLUDE_ROOT)
        get_filename_component(ARG_INCLUDE_ROOT "${CMAKE_CURRENT_SOURCE_DIR}/.." ABSOLUTE)
    endif()
    target_include_directories(${target} PUBLIC "${ARG_INCLUDE_ROOT}")
    target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_LIBS} PRIVATE ${ARG_PRIVATE_LIBS})
endfunction()

# bitgoeul_add_test(<name> LABEL unit|integration|gui SOURCES ... LIBS ... [TIMEOUT s])
function(bitgoeul_add_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        BITGOEUL_DATA_DIR="${BITGOEUL_DATA_DIR}"
        BITGOEUL_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
        BITGOEUL_BIN_DIR="${CMAKE_BINARY_DIR}/bin")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(env "QT_QPA_PLATFORM=offscreen" "LANG=C.UTF-8" "TZ=UTC" ${ARG_ENV})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
                         ENVIRONMENT "${env}")
endfunction()
