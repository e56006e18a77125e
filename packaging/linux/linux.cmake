# Linux packages: DEB, RPM and TGZ with the same files (tests/packaging/check-packages.sh compares
# them). What they install besides the program (app/CMakeLists.txt): hicolor PNG icons rendered
# from resources/localhost-doctor.svg at build time, the man page, and the documents lintian
# asks for (copyright, changelog). Target ld_package_data builds them (part of `all`).

find_program(LD_RSVG_CONVERT rsvg-convert)
find_program(LD_GZIP gzip REQUIRED)
find_program(LD_RPMBUILD rpmbuild)

set(ld_pkg_dir ${PROJECT_BINARY_DIR}/packaging)
set(ld_pkg_outputs)

# Icons: PNG renders of the SVG for launchers that want fixed sizes (16 ... 512).
if(LD_RSVG_CONVERT)
    foreach(size 16 22 24 32 48 64 128 256 512)
        set(png ${ld_pkg_dir}/icons/${size}x${size}/localhost-doctor.png)
        add_custom_command(OUTPUT ${png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${ld_pkg_dir}/icons/${size}x${size}
            COMMAND ${LD_RSVG_CONVERT} --width=${size} --height=${size} --format=png
                    --output=${png} ${PROJECT_SOURCE_DIR}/resources/localhost-doctor.svg
            DEPENDS ${PROJECT_SOURCE_DIR}/resources/localhost-doctor.svg
            COMMENT "Rendering the ${size}x${size} icon"
            VERBATIM)
        list(APPEND ld_pkg_outputs ${png})
        install(FILES ${png} DESTINATION share/icons/hicolor/${size}x${size}/apps)
    endforeach()
else()
    message(STATUS "rsvg-convert not found (Debian: librsvg2-bin): packages get only the scalable icon")
endif()

# Compressed as Debian wants them: gzip -9n (no name, no timestamp: reproducible).
function(ld_gzip source output)
    get_filename_component(dir ${output} DIRECTORY)
    string(REGEX REPLACE "\\.gz$" "" plain ${output})
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
        COMMAND ${CMAKE_COMMAND} -E copy ${source} ${plain}
        COMMAND ${LD_GZIP} -9nf ${plain}
        DEPENDS ${source}
        VERBATIM)
    set(ld_pkg_outputs ${ld_pkg_outputs} ${output} PARENT_SCOPE)
endfunction()
ld_gzip(${CMAKE_CURRENT_LIST_DIR}/localhost-doctor.1 ${ld_pkg_dir}/man/localhost-doctor.1.gz)
# A native package (version 0.1.0, no Debian revision): Debian policy names its changelog changelog.gz.
ld_gzip(${CMAKE_CURRENT_LIST_DIR}/changelog ${ld_pkg_dir}/doc/changelog.gz)
add_custom_target(ld_package_data ALL DEPENDS ${ld_pkg_outputs})

install(FILES ${ld_pkg_dir}/man/localhost-doctor.1.gz DESTINATION share/man/man1)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright
              ${ld_pkg_dir}/doc/changelog.gz
              ${CMAKE_CURRENT_LIST_DIR}/../THIRD-PARTY.md
        DESTINATION share/doc/localhost-doctor)

set(CPACK_GENERATOR DEB TGZ)
if(LD_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
else()
    message(STATUS "rpmbuild not found (Debian: rpm): `package` makes no .rpm")
endif()

# DEB
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME localhost-doctor)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries come from dpkg-shlibdeps; the rest is what Qt loads at run time: the platform
# plugins (the windows, the tray) and the SVG plugins (the icon drawn from :/icons/*.svg).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# The long description as it is (CPack would otherwise read the file itself and XML-escape its
# quotes); CPack puts the summary line before it and indents it as Debian wants.
file(READ ${CPACK_PACKAGE_DESCRIPTION_FILE} CPACK_DEBIAN_PACKAGE_DESCRIPTION)
string(STRIP "${CPACK_DEBIAN_PACKAGE_DESCRIPTION}" CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://localhostdoctor.github.io/")

# RPM: the libraries from rpm's own dependency generator (autoreq).
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_NAME localhost-doctor)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_URL "https://localhostdoctor.github.io/")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_AUTOPROV ON)
# No /usr/lib/.build-id/ links: the .deb has none, and they would clash with other packages'.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# The directories the system owns (filesystem, hicolor-icon-theme) stay out of the package.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/libexec /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor)
foreach(size 16 22 24 32 48 64 128 256 512 scalable)
    if(size STREQUAL scalable)
        set(dir /usr/share/icons/hicolor/scalable)
    else()
        set(dir /usr/share/icons/hicolor/${size}x${size})
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
endforeach()

# TGZ: the same tree under localhost-doctor-VERSION-Linux/ (bin/, share/), to unpack anywhere.
