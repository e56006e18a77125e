# Windows packaging (MinGW cross build): the Qt, plugin and MinGW runtime DLLs beside the exe, and
# an NSIS installer through CPack that installs per user, without administrator rights, with a
# Start-menu entry and an uninstaller. Included from platform/CMakeLists.txt for Windows builds.

# Qt: the tree the toolchain file came from (…/qt-mingw-gui/lib/cmake/Qt6 -> …/qt-mingw-gui).
get_filename_component(ld_qt_prefix "${Qt6_DIR}/../../.." ABSOLUTE)
set(ld_qt_dlls Qt6Core Qt6Gui Qt6Network Qt6Widgets)
foreach(dll ${ld_qt_dlls})
    install(FILES "${ld_qt_prefix}/bin/${dll}.dll" DESTINATION bin)
endforeach()
install(FILES "${ld_qt_prefix}/plugins/platforms/qwindows.dll" DESTINATION bin/platforms)
install(FILES "${ld_qt_prefix}/plugins/tls/qschannelbackend.dll" DESTINATION bin/tls)
install(FILES "${ld_qt_prefix}/plugins/styles/qwindowsvistastyle.dll" DESTINATION bin/styles)
file(GLOB ld_qt_imageformats "${ld_qt_prefix}/plugins/imageformats/*.dll")
install(FILES ${ld_qt_imageformats} DESTINATION bin/imageformats)

# MinGW's runtime: found where the posix-thread g++ of Debian keeps them.
foreach(dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll)
    find_file(ld_runtime_${dll} ${dll} NO_CMAKE_FIND_ROOT_PATH
              PATHS /usr/lib/gcc/x86_64-w64-mingw32/12-posix /usr/lib/gcc/x86_64-w64-mingw32/12
                    /usr/x86_64-w64-mingw32/lib /usr/x86_64-w64-mingw32/bin)
    if(ld_runtime_${dll})
        install(FILES "${ld_runtime_${dll}}" DESTINATION bin)
    else()
        message(WARNING "MinGW runtime ${dll} not found: the installed program will not start without it")
    endif()
endforeach()

# The installer. CMake's NSIS template installs for all users (admin, HKLM, all-users shortcuts);
# a copy with those turned to the current user is made at configure time.
set(ld_nsis_dir "${CMAKE_BINARY_DIR}/packaging/nsis")
file(GLOB ld_nsis_template "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
if(ld_nsis_template)
    file(READ "${ld_nsis_template}" ld_nsis)
    string(REPLACE "RequestExecutionLevel admin" "RequestExecutionLevel user" ld_nsis "${ld_nsis}")
    string(REPLACE "SetShellVarContext all" "SetShellVarContext current" ld_nsis "${ld_nsis}")
    string(REPLACE "HKLM \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall"
                   "HKCU \"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall" ld_nsis "${ld_nsis}")
    file(WRITE "${ld_nsis_dir}/NSIS.template.in" "${ld_nsis}")
    list(PREPEND CMAKE_MODULE_PATH "${ld_nsis_dir}")
endif()

set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_NAME "localhost-doctor")
set(CPACK_PACKAGE_VENDOR "Localhost Doctor")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Localhost Doctor")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "LocalhostDoctor")
# The shortcut starts the GUI program (WIN32: no console window); it runs the wizard with no arguments.
set(CPACK_PACKAGE_EXECUTABLES "localhost-doctor-gui" "Localhost Doctor")
set(CPACK_NSIS_INSTALL_ROOT "$LOCALAPPDATA\\\\Programs")
set(CPACK_NSIS_DISPLAY_NAME "Localhost Doctor")
set(CPACK_NSIS_PACKAGE_NAME "Localhost Doctor")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\localhost-doctor-gui.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "localhost-doctor-gui.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF) # PATH is machine-wide in CMake's template: left alone
set(CPACK_PACKAGE_FILE_NAME "localhost-doctor-${PROJECT_VERSION}-windows-x86_64")
include(CPack)
