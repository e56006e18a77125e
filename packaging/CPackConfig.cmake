# Packages of Localhost Doctor, included at the end of the top CMakeLists.txt.
#   cmake --build BUILD --target package     every package for this OS (after building all)
#   cd BUILD && cpack -G "DEB;RPM;TGZ"        the same, from what is already built
# Linux: DEB, RPM and TGZ, and the desktop files they carry (packaging/linux/).
# Windows: an NSIS installer (packaging/windows/nsis.cmake), prepared here, built by the Windows
# build. macOS: the .app bundle and a DragNDrop .dmg (packaging/macos/). docs/packaging.md says what each package holds and how it is tested.

# Values are written to CPackConfig.cmake escaped (the description has quotes).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME localhost-doctor)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The Localhost Doctor authors")
set(CPACK_PACKAGE_CONTACT "Localhost Doctor maintainers <localhostdoctor@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_LIST_DIR}/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Localhost Doctor")
set(CPACK_PACKAGE_EXECUTABLES localhost-doctor "Localhost Doctor")
# Release builds carry no debug info worth shipping; lintian refuses unstripped binaries.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
# Source packages come from git (git archive), not from CPack.
set(CPACK_SOURCE_GENERATOR "")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    include(${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake)
elseif(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/nsis.cmake)
elseif(APPLE)
    # Localhost Doctor.app (Info.plist, Qt deployed into it) and a DragNDrop .dmg.
    include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
endif()

include(CPack)
