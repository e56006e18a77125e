# macOS packaging: Localhost Doctor.app (Qt deployed into it) and a DragNDrop .dmg through CPack.
# Not included yet. To hook it in, in the top CMakeLists.txt after add_subdirectory(app) and before
# the CPack include:
#     if(APPLE)
#         include(packaging/macos/macos.cmake)
#     endif()
# and give app/CMakeLists.txt's install(TARGETS localhost-doctor ...) a `BUNDLE DESTINATION .`.
# (packaging/CPackConfig.cmake, when it exists, must include(CPack) after this; without it, add
# include(CPack) after this include.) Configure with -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0, which
# CMake reads before project(), to match LSMinimumSystemVersion. Then, in the build folder:
# cmake --build . --target package (or cpack -G DragNDrop).

option(LD_MACOS_TRAY_ONLY "Build the bundle without a Dock icon (LSUIElement), for tray use" OFF)
if(LD_MACOS_TRAY_ONLY)
    set(LD_MACOS_LSUIELEMENT true)
else()
    set(LD_MACOS_LSUIELEMENT false)
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
