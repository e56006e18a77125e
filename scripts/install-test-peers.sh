#!/bin/sh
# Installs the real peers the integration tests talk to (tests/peers/package.json, pinned by its
# lock file) into tests/peers/node_modules. Fast and quiet when they are already installed.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
peers="$here/tests/peers"
stamp="$peers/node_modules/.install-stamp"

if ! command -v npm >/dev/null 2>&1; then
    echo "install-test-peers: npm is not installed; the MCP integration tests will skip" >&2
    exit 0
fi

# Already installed from this exact lock file: nothing to do.
if [ -f "$stamp" ] && [ -f "$peers/package-lock.json" ] && cmp -s "$peers/package-lock.json" "$stamp"; then
    exit 0
fi

if [ -f "$peers/package-lock.json" ]; then
    npm ci --prefix "$peers" --no-audit --no-fund --loglevel=error
    cp "$peers/package-lock.json" "$stamp"
else
    npm install --prefix "$peers" --no-audit --no-fund --loglevel=error
fi
