# Windows packaging (MinGW cross build): the Qt, plugin and MinGW runtime DLLs beside the exe, and
# an NSIS installer through CPack that installs per user, without administrator rights, with a
# Start-menu entry and an uninstaller. Included from platform/CMakeLists.txt for Windows builds.

# The macOS module's parsers are compiled on every OS so that Linux tests them; the Windows build
# calls none of them but the Application Firewall's (the engine's macOS traps read its findings on
# any OS), so the cross build skips compiling the rest (a dozen files fewer).
file(GLOB ld_windows_unused_sources ${PROJECT_SOURCE_DIR}/platform/maccommon/*.cpp)
list(FILTER ld_windows_unused_sources EXCLUDE REGEX "/macfirewallparse\\.cpp$")
set_source_files_properties(${ld_windows_unused_sources} PROPERTIES HEADER_FILE_ONLY ON)

option(LD_WINDOWS_PCH "Precompiled headers for the cross build (cmake/windows-pch.cmake)" ON)
if(LD_WINDOWS_PCH)
    include(${PROJECT_SOURCE_DIR}/cmake/windows-pch.cmake)
endif()

# Two programs from the same main(), as python.exe and pythonw.exe: localhost-doctor.exe is a
# console-subsystem program, so that cmd and PowerShell wait for it, show its output in order and
# get its exit status (the CLI's contract, `--json` in scripts); localhost-doctor-gui.exe is a
# GUI-subsystem one (WinMain), which the Start-menu entry opens: Windows gives it no console
# window, so none flashes up behind the wizard. A single GUI-subsystem exe calling
# AttachConsole(ATTACH_PARENT_PROCESS) would lose the first (the shell does not wait for it and
# prints its prompt into the output); a console exe hiding its window still flashes one.
function(ld_windows_gui_launcher)
    if(TARGET ld_app AND NOT TARGET localhost-doctor-gui)
        qt_add_executable(localhost-doctor-gui WIN32 ${PROJECT_SOURCE_DIR}/app/main.cpp)
        target_link_libraries(localhost-doctor-gui PRIVATE ld_app ld_warnings)
        # Beside localhost-doctor.exe, so that both find the same DLLs in the build tree.
        get_target_property(cli_dir localhost-doctor RUNTIME_OUTPUT_DIRECTORY)
        if(NOT cli_dir)
            get_target_property(cli_dir localhost-doctor BINARY_DIR)
        endif()
        set_target_properties(localhost-doctor-gui PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${cli_dir}")
        install(TARGETS localhost-doctor-gui RUNTIME DESTINATION bin)
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL ld_windows_gui_launcher)

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
    # A 64-bit installer (NSIS 3's amd64-unicode stubs, which Debian's nsis ships): it runs on
    # wine64 alone, where the default 32-bit stub needs wine32 (i386 multiarch).
    # After the first line: the template starts with a UTF-8 byte-order mark, which must stay first.
    string(FIND "${ld_nsis}" "\n" ld_first_line_end)
    string(SUBSTRING "${ld_nsis}" 0 ${ld_first_line_end} ld_nsis_head)
    string(SUBSTRING "${ld_nsis}" ${ld_first_line_end} -1 ld_nsis_tail)
    file(WRITE "${ld_nsis_dir}/NSIS.template.in" "${ld_nsis_head}\nTarget amd64-unicode${ld_nsis_tail}")
endif()

# LZMA makes the smallest installer but takes minutes on a loaded 2-core machine; CI builds with
# zlib (scripts/test-all.sh) since it only installs the result. The CPack settings themselves are
# in packaging/windows/nsis.cmake (included by the top directory, whose include(CPack) counts).
set(LD_NSIS_COMPRESSOR "/SOLID lzma" CACHE STRING "NSIS SetCompressor argument (lzma, zlib, bzip2)")
