#!/usr/bin/env bash
# Installs what Localhost Doctor needs on Debian/Ubuntu, skipping what is there already.
#   scripts/deps.sh app    what building and running the app needs
#   scripts/deps.sh test   that, plus the compilers, peers and tools the test suite uses
# On other systems it says what to install instead.
set -euo pipefail

mode=${1:-app}

app_packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libspdlog-dev libfmt-dev libzip-dev
    qt6-qpa-plugins libqt6svg6
)
test_packages=(
    clang-14 clang-format-14 libclang-rt-14-dev llvm-14
    python3 openssl socat nginx-light redis-server
    nftables iptables iproute2 procps lsof curl wget unzip zip
    xvfb xauth xdotool trayer x11-utils imagemagick
    nodejs npm
    lintian desktop-file-utils appstream rpm dpkg-dev file librsvg2-bin
)

other_systems() {
    cat >&2 <<'MSG'
This script installs packages on Debian and Ubuntu only. Elsewhere, install:
  Fedora:   sudo dnf install cmake ninja-build ccache gcc-c++ qt6-qtbase-devel qt6-qttools-devel
            qt6-linguist spdlog-devel fmt-devel libzip-devel
            (tests: clang compiler-rt python3 openssl socat nftables iproute lsof curl
             xorg-x11-server-Xvfb xdotool nodejs npm)
  macOS:    brew install cmake ninja ccache qt@6 spdlog fmt libzip
            (tests: llvm python openssl socat node)
  Windows:  Qt 6 from the Qt online installer (MSVC 2022 or MinGW), CMake, Ninja, and
            vcpkg install spdlog fmt libzip
Then run the same command again.
MSG
}

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
    other_systems
    exit 1
fi

wanted=("${app_packages[@]}")
if [ "$mode" = test ]; then
    wanted+=("${test_packages[@]}")
fi

missing=()
for package in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    case "$status" in
    *"install ok installed"*) ;;
    *) missing+=("$package") ;;
    esac
done
# Node.js from another source (nvm, NodeSource) is as good as Debian's.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
    filtered=()
    for package in "${missing[@]}"; do
        case "$package" in nodejs | npm) ;; *) filtered+=("$package") ;; esac
    done
    missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "deps: these packages are missing and I am not root: ${missing[*]}" >&2
        exit 1
    fi
fi
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
