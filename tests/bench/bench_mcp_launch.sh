#!/usr/bin/env bash
# With launch, probing N stdio MCP servers takes about as long as the slowest one, not the sum.
# Each server is tests/peers/mcp_hostile.py `good`, answering initialize after DELAY_MS; the run
# with N of them is compared with the run with one. Nothing here asserts: it measures.
#
# usage: bench_mcp_launch.sh BUILD_DIR [N=5] [DELAY_MS=300] [ROUNDS=3]
# Uses `localhost-doctor mcp --config FILE --json` when that command exists, else the driver in
# tests/integration/tst_mcpprobe.cpp (--bench-launch), which probes from one thread per server.
set -euo pipefail
build=${1:?usage: bench_mcp_launch.sh BUILD_DIR [N] [DELAY_MS] [ROUNDS]}
servers=${2:-5}
delay=${3:-300}
rounds=${4:-3}
here=$(cd "$(dirname "$0")/../.." && pwd)
binary=$build/app/localhost-doctor
driver=$build/tests/tst_mcpprobe
hostile=$here/tests/peers/mcp_hostile.py
python=$(command -v python3)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

config() { # N -> a claude_desktop_config.json with N good servers
    local n=$1 i sep=""
    printf '{"mcpServers": {'
    for ((i = 1; i <= n; i++)); do
        printf '%s"good%d": {"command": "%s", "args": ["%s", "good", "--delay-ms", "%s"]}' \
            "$sep" "$i" "$python" "$hostile" "$delay"
        sep=", "
    done
    printf '}}\n'
}
config 1 >"$work/one.json"
config "$servers" >"$work/many.json"

now_ms() { date +%s%3N; }

if "$binary" mcp --config "$work/one.json" --json >/dev/null 2>&1 || [ $? -eq 1 ]; then
    how="localhost-doctor mcp"
    run() { # N -> wall ms
        local file=$work/one.json start
        [ "$1" -gt 1 ] && file=$work/many.json
        start=$(now_ms)
        "$binary" mcp --config "$file" --json >/dev/null 2>&1 || true
        echo $(($(now_ms) - start))
    }
else
    how="tst_mcpprobe --bench-launch (the mcp command is not available)"
    [ -x "$driver" ] || { echo "build $driver first" >&2; exit 2; }
    run() {
        "$driver" --bench-launch "$1" "$delay" 2>/dev/null | sed -n 's/.*wall_ms=\([0-9]*\).*/\1/p'
    }
fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

one=() many=()
for ((r = 0; r < rounds; r++)); do # alternating, so both see the same machine load
    one+=("$(run 1)")
    many+=("$(run "$servers")")
done
m1=$(printf '%s\n' "${one[@]}" | median)
mn=$(printf '%s\n' "${many[@]}" | median)
echo "driver: $how"
echo "each server answers after ${delay} ms; ${rounds} rounds, medians"
echo "1 server:   ${m1} ms   (${one[*]})"
echo "${servers} servers:  ${mn} ms   (${many[*]})"
awk -v a="$m1" -v b="$mn" -v n="$servers" -v d="$delay" 'BEGIN {
    printf "ratio %.2f (in sequence it would be about %.1f; the delays alone would add %d ms)\n", b / a, n, (n - 1) * d }'
