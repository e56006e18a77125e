#!/usr/bin/env bash
# Installs what is missing, builds the app, and opens it. Arguments go to localhost-doctor.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh app
export CCACHE_BASEDIR=$PWD
cmake --preset release >/dev/null
cmake --build --preset release 2>/dev/null || cmake --build build/release -j"$(nproc)"
app=build/release/app/localhost-doctor
if [ $# -gt 0 ]; then
    exec "$app" "$@"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display here, so instead of the wizard: localhost-doctor check localhost:619009"
    echo
    exec "$app" check localhost:619009
fi
exec "$app"
