#!/usr/bin/env bash
# Cross-builds Localhost Doctor for Windows (x86_64, MinGW-w64) into build/windows, against the
# Qt 6.4.2 MinGW tree in ../shared/toolchains/ (unpacked into ~/.cache once).
#   scripts/build-windows.sh            packages (apt, only what is missing), Qt, deps, configure, build
#   scripts/build-windows.sh --check    whether it can run here (exit 0), else why not (exit 3), changing nothing
#   scripts/build-windows.sh --deps     only the packages, Qt and the MinGW dependencies
#   scripts/build-windows.sh --package  also the NSIS installer (CPack) into build/windows
#   scripts/build-windows.sh --test     also tests/windows/run-wine-tests.sh
# Environment: LD_QT_MINGW (a ready Qt tree), LD_JOBS (default 2), LD_NO_APT=1 (never call apt).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${LD_SHARED:-$root/../shared}
[ -d "$shared/toolchains" ] || shared=/work/shared
cache=${XDG_CACHE_HOME:-$HOME/.cache}
build=$root/build/windows
jobs=${LD_JOBS:-2}
mode=build
case "${1:-}" in
--check) mode=check ;;
--deps) mode=deps ;;
--package) mode=package ;;
--test) mode=test ;;
"") ;;
*) echo "usage: $0 [--check|--deps|--package|--test]" >&2; exit 2 ;;
esac
say() { printf '== %s\n' "$*" >&2; }
started=$(date +%s)

# 1. Debian packages, only the missing ones. wine32 (i386) is not needed for 64-bit programs.
packages=(mingw-w64 g++-mingw-w64-x86-64-posix gcc-mingw-w64-x86-64-posix wine wine64 nsis xvfb
    xauth cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev-tools
    qt6-l10n-tools libspdlog-dev libfmt-dev)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
qt=${LD_QT_MINGW:-$cache/qt-mingw-gui}
if [ "$mode" = check ]; then
    [ -f "$shared/toolchains/mingw-w64-x86_64.cmake" ] ||
        { echo "no MinGW toolchain file at $shared/toolchains/mingw-w64-x86_64.cmake"; exit 3; }
    [ -f "$qt/lib/cmake/Qt6/qt.toolchain.cmake" ] || [ -f "$shared/toolchains/qt-6.4.2-mingw-w64-x86_64.tar.xz" ] ||
        { echo "no Qt for MinGW (neither $qt nor $shared/toolchains/qt-6.4.2-mingw-w64-x86_64.tar.xz)"; exit 3; }
    if [ ${#missing[@]} -gt 0 ]; then
        [ "${LD_NO_APT:-0}" != 1 ] && command -v apt-get >/dev/null &&
            { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null; } ||
            { echo "missing packages ${missing[*]} and no apt-get to install them"; exit 3; }
    fi
    echo "ready (toolchain $shared/toolchains${missing:+, will install ${missing[*]}})"
    exit 0
fi
if [ ${#missing[@]} -gt 0 ]; then
    if [ "${LD_NO_APT:-0}" = 1 ] || ! command -v apt-get >/dev/null; then
        echo "missing packages: ${missing[*]} (install them, or run without LD_NO_APT)" >&2
        exit 3
    fi
    say "installing ${missing[*]}"
    as_root=()
    [ "$(id -u)" = 0 ] || as_root=(sudo)
    "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null ||
        { "${as_root[@]}" apt-get update >/dev/null &&
            "${as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
fi

# 2. Qt for MinGW: the prebuilt tree, else Debian's source built with the toolchain's recipe.
if [ ! -f "$qt/lib/cmake/Qt6/qt.toolchain.cmake" ]; then
    tarball=$shared/toolchains/qt-6.4.2-mingw-w64-x86_64.tar.xz
    mkdir -p "$cache"
    if [ -f "$tarball" ]; then
        say "unpacking $(basename "$tarball") into $cache"
        tar -xJf "$tarball" -C "$cache"
    else
        say "no prebuilt Qt: building it from 'apt-get source qt6-base' (about 45-60 min on 2 cores)"
        bash "$shared/toolchains/build-qt-mingw.sh" "$cache/qt-mingw-build"
        tar -xJf "$cache/qt-mingw-build/qt-6.4.2-mingw-w64-x86_64.tar.xz" -C "$cache"
    fi
fi

# 3. spdlog and libzip for MinGW. Debian's spdlog headers hard-wire SPDLOG_FMT_EXTERNAL and ship
# no bundled fmt (the dfsg source drops it), so "bundled fmt" cannot work. Header-only spdlog
# would put <windows.h> into every file that logs (its MessageBox macro breaks ui::MessageBox),
# so spdlog is compiled here as libspdlog.a (packaging/windows/spdlog-compiled.cpp) over Debian's
# fmt 9 headers, header-only (FMT_HEADER_ONLY); both from copies of Debian's headers, so no Linux
# header path reaches the cross compiler. Debian has no
# MinGW zlib or libzip: platform/windows/libzip/ is the small part of libzip's API the bundle
# writer uses (a stored zip), built here as libzip.a with a libzip.pc.
deps=$cache/ld-mingw-deps
stamp="$deps/.stamp-$(cat "$root/platform/windows/libzip/zip.h" "$root/platform/windows/libzip/zip.cpp" \
    "$root/packaging/windows/spdlogConfig.cmake" "$root/packaging/windows/spdlog-compiled.cpp" | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
    say "MinGW dependencies into $deps"
    rm -rf "$deps" && mkdir -p "$deps/include" "$deps/lib/pkgconfig" "$deps/lib/cmake/spdlog"
    cp -r /usr/include/spdlog /usr/include/fmt "$deps/include/"
    cp "$root/packaging/windows/spdlogConfig.cmake" "$deps/lib/cmake/spdlog/"
    cp "$root/platform/windows/libzip/zip.h" "$deps/include/zip.h"
    x86_64-w64-mingw32-g++-posix -std=c++20 -O2 -Wall -Wextra -c "$root/platform/windows/libzip/zip.cpp" \
        -I"$deps/include" -o "$deps/lib/zip.o"
    x86_64-w64-mingw32-ar rcs "$deps/lib/libzip.a" "$deps/lib/zip.o"
    nice -n 15 x86_64-w64-mingw32-g++-posix -std=c++20 -O2 -DSPDLOG_COMPILED_LIB -DFMT_HEADER_ONLY \
        -I"$deps/include" -c "$root/packaging/windows/spdlog-compiled.cpp" -o "$deps/lib/spdlog.o"
    x86_64-w64-mingw32-ar rcs "$deps/lib/libspdlog.a" "$deps/lib/spdlog.o"
    cat >"$deps/lib/pkgconfig/libzip.pc" <<PC
prefix=$deps
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: libzip
Description: stored-zip subset of the libzip API for the MinGW build of Localhost Doctor
Version: 1.7.3
Libs: -L\${libdir} -lzip
Cflags: -I\${includedir}
PC
    # The toolchain searches libraries only under /usr/x86_64-w64-mingw32: this folder is a root too,
    # so pkg-config's libzip is found there (included right after project()).
    echo "list(APPEND CMAKE_FIND_ROOT_PATH \"$deps\")" >"$deps/ld-find-root.cmake"
    touch "$stamp"
fi
[ "$mode" = deps ] && { say "dependencies ready in $(($(date +%s) - started)) s"; exit 0; }

# 4. Configure and build: the app, and the parser tests that run under Wine.
export PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig PKG_CONFIG_PATH=
# ccache caches files built with a precompiled header only with this sloppiness.
export CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root}
if [ ! -f "$build/build.ninja" ]; then
    say "configuring $build"
    # -O2, not CMake's Release -O3: less compile time, for a program that mostly waits on sockets.
    # Precompiled headers: cmake/windows-pch.cmake.
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLD_BUILD_TESTS=ON -DLD_BENCH=OFF \
        -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DLD_NSIS_COMPRESSOR="${LD_NSIS_COMPRESSOR:-/SOLID lzma}" \
        -DCMAKE_TOOLCHAIN_FILE="$qt/lib/cmake/Qt6/qt.toolchain.cmake" \
        -DQT_CHAINLOAD_TOOLCHAIN_FILE="$shared/toolchains/mingw-w64-x86_64.cmake" \
        -DQT_HOST_PATH=/usr -Dspdlog_DIR="$deps/lib/cmake/spdlog" \
        -DCMAKE_PROJECT_INCLUDE="$deps/ld-find-root.cmake" >/dev/null
fi
say "building (-j$jobs)"
nice -n 15 cmake --build "$build" -j"$jobs" --target localhost-doctor localhost-doctor-gui ld_windows_tests
say "built $build/localhost-doctor.exe in $(($(date +%s) - started)) s"

if [ "$mode" = package ]; then
    # The compressor may differ from the configured one (CI's zlib): CPack reads the cache.
    cmake -B "$build" -DLD_NSIS_COMPRESSOR="${LD_NSIS_COMPRESSOR:-/SOLID lzma}" >/dev/null
    package_start=$(date +%s)
    (cd "$build" && nice -n 15 cpack -G NSIS)
    say "installer made in $(($(date +%s) - package_start)) s"
    say "installer: $(ls "$build"/localhost-doctor-*.exe 2>/dev/null | head -1)"
fi
if [ "$mode" = test ]; then
    LD_QT_MINGW=$qt "$root/tests/windows/run-wine-tests.sh" "$build"
fi
