# macOS packaging: Localhost Doctor.app (Qt deployed into it) and a DragNDrop .dmg through CPack.
# Included by packaging/CPackConfig.cmake on Apple platforms (after add_subdirectory(app), before
# include(CPack)); app/CMakeLists.txt installs the bundle with `BUNDLE DESTINATION .`. Configure
# with -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0, which CMake reads before project(), to match
# LSMinimumSystemVersion. Then, in the build folder: cmake --build . --target package (or
# cpack -G DragNDrop). The executable is then build/app/localhost-doctor.app/Contents/MacOS/localhost-doctor.

option(LD_MACOS_TRAY_ONLY "Build the bundle without a Dock icon (LSUIElement), for tray use" OFF)
# The Info.plist is configured in app/'s scope, which a plain variable set here does not reach: a
# cache entry does. LSUIElement is written only for the tray-only build.
if(LD_MACOS_TRAY_ONLY)
    set(LD_MACOS_LSUIELEMENT_ENTRY "<key>LSUIElement</key>\n    <true/>" CACHE INTERNAL "")
else()
    set(LD_MACOS_LSUIELEMENT_ENTRY "" CACHE INTERNAL "")
endif()

set_target_properties(localhost-doctor PROPERTIES
    MACOSX_BUNDLE TRUE
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Localhost Doctor"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${LD_APP_ID}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Localhost Doctor contributors")

# Qt's own deployment (macdeployqt underneath): frameworks and plugins into the bundle at install.
qt_generate_deploy_app_script(TARGET localhost-doctor OUTPUT_SCRIPT ld_macos_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT ${ld_macos_deploy_script})

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_NAME "Localhost Doctor")
set(CPACK_PACKAGE_VENDOR "Localhost Doctor contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_FILE_NAME "LocalhostDoctor-${PROJECT_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_DMG_VOLUME_NAME "Localhost Doctor")
set(CPACK_DMG_FORMAT "UDZO")
