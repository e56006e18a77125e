#!/usr/bin/env bash
# How long `mcp --config FILE --timeout-ms T` takes with one stdio server of each hostile kind,
# against its budget: the whole command should end within T + 0.5 s, and leave no process behind
# (tests/integration/tst_mcp_processgroup asserts that; here only the time is measured).
#   fork-child       forks a child that keeps stdout open and ignores SIGTERM
#   slow-exit        ignores the end of stdin and SIGTERM
#   silent           never answers (the handshake waits the whole budget)
#   npx-like         sh -> node wrapper -> the server, which outlives its stdin
# Nothing here asserts: it prints wall time, the budget and what was left running.
#
# usage: bench_mcp_shutdown.sh BUILD_DIR [TIMEOUT_MS=3000] [ROUNDS=3]
set -euo pipefail
build=${1:?usage: bench_mcp_shutdown.sh BUILD_DIR [TIMEOUT_MS] [ROUNDS]}
timeout=${2:-3000}
rounds=${3:-3}
here=$(cd "$(dirname "$0")/../.." && pwd)
binary=$build/app/localhost-doctor
hostile=$here/tests/peers/mcp_hostile.py
npx_like=$here/tests/peers/npx_like.mjs
python=$(command -v python3)
node=$(command -v node || true)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now_ms() { date +%s%3N; }

config() { # KIND MARKER -> a claude_desktop_config.json with that one server
    local kind=$1 marker=$2
    case $kind in
    npx-like)
        printf '{"mcpServers": {"%s": {"command": "/bin/sh", "args": ["-c", "\\"$0\\" \\"$@\\"; exit $?", "%s", "%s", "%s", "%s", "linger", "--marker", "%s"]}}}\n' \
            "$kind" "$node" "$npx_like" "$python" "$hostile" "$marker" ;;
    *)
        printf '{"mcpServers": {"%s": {"command": "%s", "args": ["%s", "%s", "--marker", "%s"]}}}\n' \
            "$kind" "$python" "$hostile" "$kind" "$marker" ;;
    esac
}

pids() { # MARKER -> the live processes that carry it in their argv
    local pid pattern=${1/ldbench-/ldbench[-]} # a pattern that does not match grep's own argv
    for pid in $(grep -l -a -- "$pattern" /proc/[0-9]*/cmdline 2>/dev/null | cut -d/ -f3); do
        [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" = Z ] || echo "$pid"
    done
}

printf '%-12s %8s %10s %10s %6s\n' server round wall_ms over_budget left
for kind in fork-child slow-exit silent npx-like; do
    [ "$kind" = npx-like ] && [ -z "$node" ] && { echo "npx-like: node not installed, skipped"; continue; }
    for ((r = 1; r <= rounds; r++)); do
        marker="ldbench-$$-$kind-$r"
        config "$kind" "$marker" >"$work/$kind.json"
        start=$(now_ms)
        HOME=$work "$binary" mcp --config "$work/$kind.json" --json --timeout-ms "$timeout" >/dev/null 2>&1 || true
        wall=$(($(now_ms) - start))
        left=$(pids "$marker")
        printf '%-12s %8d %10d %+10d %6d\n' "$kind" "$r" "$wall" $((wall - timeout - 500)) \
            "$(echo "$left" | grep -c . || true)"
        for pid in $left; do kill -KILL "$pid" 2>/dev/null || true; done # ours: they carry our marker
    done
done
