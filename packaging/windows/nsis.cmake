# Windows: an NSIS installer, per user (no administrator rights), with a Start-menu entry.
# Prepared here, not built on Linux: the Windows build (MinGW-w64 against Qt 6.4.2, see
# ../shared/toolchains/) runs windeployqt into the install tree and then `cpack -G NSIS`
# (makensis: Debian's nsis package). Its DLLs (Qt, spdlog, fmt, libzip) are installed beside
# localhost-doctor.exe so that Qt stays replaceable (LGPL-3.0): packaging/THIRD-PARTY.md.

set(CPACK_GENERATOR NSIS ZIP)
# The per-user, 64-bit copy of CMake's template that packaging/windows/windows.cmake wrote.
if(EXISTS "${CMAKE_BINARY_DIR}/packaging/nsis/NSIS.template.in")
    list(PREPEND CMAKE_MODULE_PATH "${CMAKE_BINARY_DIR}/packaging/nsis")
endif()
set(CPACK_NSIS_COMPRESSOR "${LD_NSIS_COMPRESSOR}")
set(CPACK_PACKAGE_FILE_NAME "localhost-doctor-${PROJECT_VERSION}-windows-x86_64")
# The Start menu opens the GUI-subsystem program (no console window): windows.cmake says why.
set(CPACK_PACKAGE_EXECUTABLES localhost-doctor-gui "Localhost Doctor")
set(CPACK_NSIS_PACKAGE_NAME "Localhost Doctor")
set(CPACK_NSIS_DISPLAY_NAME "Localhost Doctor ${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Localhost Doctor")
set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
# No CPACK_NSIS_BRANDING_TEXT: CPack writes it as "BrandingText /TRIM...", which makensis refuses
# for the amd64 target.
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Localhost Doctor")
set(CPACK_NSIS_IGNORE_LICENSE_PAGE OFF)

# Per user: under %LOCALAPPDATA%\Programs, registry keys under HKCU (CPack's template writes
# SHCTX, which is HKCU when the installer does not run elevated), no UAC prompt.
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_DEFINES "RequestExecutionLevel user")
# The user's PATH is left alone: the program is started from the Start menu; a terminal user
# can add the folder by hand (the README says where).
set(CPACK_NSIS_MODIFY_PATH OFF)

# The Start-menu entry and the desktop link start the wizard: localhost-doctor-gui.exe, a GUI
# (WIN32) program, so no console window opens; localhost-doctor.exe beside it is the command line,
# which hands `wizard` and `tray` to it (app/CMakeLists.txt). Both are in bin/.
set(CPACK_PACKAGE_EXECUTABLES localhost-doctor-gui "Localhost Doctor")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\localhost-doctor-gui.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN localhost-doctor-gui.exe)
set(CPACK_CREATE_DESKTOP_LINKS localhost-doctor-gui)
# The installer's own icon wants an .ico. None is in the tree yet (resources/ has the SVG only):
# the Windows build makes resources/localhost-doctor.ico from the PNG renders and sets
#   CPACK_NSIS_MUI_ICON / CPACK_NSIS_MUI_UNIICON to it.
if(EXISTS ${PROJECT_SOURCE_DIR}/resources/localhost-doctor.ico)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/localhost-doctor.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/localhost-doctor.ico)
endif()
