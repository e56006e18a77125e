# spdlog for the MinGW cross build, made by scripts/build-windows.sh beside this file: Debian's
# spdlog and fmt headers (copied to ../../../include) and libspdlog.a compiled from them
# (packaging/windows/spdlog-compiled.cpp). Debian's tweakme.h asks for an external fmt (it ships
# no bundled copy); no MinGW build of libfmt exists, so fmt is used header-only.
get_filename_component(_ld_spdlog_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET spdlog::spdlog)
    add_library(spdlog::spdlog STATIC IMPORTED)
    set_target_properties(spdlog::spdlog PROPERTIES
        IMPORTED_LOCATION "${_ld_spdlog_prefix}/lib/libspdlog.a"
        INTERFACE_INCLUDE_DIRECTORIES "${_ld_spdlog_prefix}/include"
        INTERFACE_COMPILE_DEFINITIONS "SPDLOG_COMPILED_LIB;FMT_HEADER_ONLY")
endif()
set(spdlog_FOUND TRUE)
set(spdlog_VERSION 1.10.0)
