# spdlog for the MinGW cross build: header-only spdlog and fmt from copies of Debian's headers
# (scripts/build-windows.sh puts them in ../../include beside this file). Debian's tweakme.h asks
# for an external fmt (it ships no bundled copy); that fmt is used header-only, as no MinGW build
# of libfmt exists.
get_filename_component(_ld_spdlog_prefix "${CMAKE_CURRENT_LIST_DIR}/../../.." ABSOLUTE)
if(NOT TARGET spdlog::spdlog)
    add_library(spdlog::spdlog INTERFACE IMPORTED)
    set_target_properties(spdlog::spdlog PROPERTIES
        INTERFACE_INCLUDE_DIRECTORIES "${_ld_spdlog_prefix}/include"
        INTERFACE_COMPILE_DEFINITIONS "SPDLOG_HEADER_ONLY;FMT_HEADER_ONLY")
endif()
set(spdlog_FOUND TRUE)
set(spdlog_VERSION 1.10.0)
