# ctest unit.macos_info_plist: renders packaging/macos/Info.plist.in as the build would (the
# MACOSX_BUNDLE_* values, LSUIElement written only for the tray-only build) and checks both forms
# with Python's plistlib (a strict XML plist reader). Run: cmake -DOUT=DIR -P check-info-plist.cmake
set(MACOSX_BUNDLE_BUNDLE_NAME "Localhost Doctor")
set(MACOSX_BUNDLE_EXECUTABLE_NAME localhost-doctor)
set(MACOSX_BUNDLE_ICON_FILE "")
set(MACOSX_BUNDLE_GUI_IDENTIFIER org.localhostdoctor.LocalhostDoctor)
set(MACOSX_BUNDLE_SHORT_VERSION_STRING 0.1.0)
set(MACOSX_BUNDLE_BUNDLE_VERSION 0.1.0)
set(MACOSX_BUNDLE_COPYRIGHT "Localhost Doctor contributors")
find_program(python NAMES python3 REQUIRED)
foreach(mode app tray)
    if(mode STREQUAL "tray")
        set(LD_MACOS_LSUIELEMENT_ENTRY "<key>LSUIElement</key>\n    <true/>")
        set(expected True)
    else()
        set(LD_MACOS_LSUIELEMENT_ENTRY "")
        set(expected None)
    endif()
    configure_file(${CMAKE_CURRENT_LIST_DIR}/Info.plist.in ${OUT}/Info-${mode}.plist)
    execute_process(COMMAND ${python} -c "
import plistlib, sys
p = plistlib.load(open(sys.argv[1], 'rb'))
assert p.get('LSUIElement') == ${expected}, ('LSUIElement', p.get('LSUIElement'))
assert p['CFBundleExecutable'] == 'localhost-doctor', p['CFBundleExecutable']
assert p['CFBundleIdentifier'] == 'org.localhostdoctor.LocalhostDoctor'
assert p['CFBundlePackageType'] == 'APPL' and p['LSMinimumSystemVersion'] == '11.0'
assert 'NSLocalNetworkUsageDescription' in p
print(sys.argv[1], 'ok: LSUIElement', p.get('LSUIElement'))
" ${OUT}/Info-${mode}.plist RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "Info.plist for ${mode}: ${status}")
    endif()
endforeach()
