#!/usr/bin/env bash
# Hostile --config inputs for `localhost-doctor mcp --no-launch` and for a bundle's redaction:
# a FIFO, /dev/zero, a folder, a 100 MB file, 1,000,000 servers (over the size limit), 200,000
# and 1,000 servers (under it; at most 1,000 are checked), and an MCP log full of escaped JSON
# for `bundle --list` (its last 500 lines are redacted).
# Prints wall time, peak RSS and the first line said for each. Nothing here asserts: it measures
# (the bounds are asserted in tests/integration/tst_hostileconfig.cpp).
#
# usage: bench_hostile_config.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: bench_hostile_config.sh BUILD_DIR}
binary=$build/app/localhost-doctor
[ -x "$binary" ] || { echo "build $binary first" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian: time)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkfifo "$work/fifo.json"
mkdir "$work/folder.json"
truncate -s 100M "$work/big.json"
servers() { # COUNT ENTRY
    python3 -c "import sys
n=int(sys.argv[1])
sys.stdout.write('{\"mcpServers\": {' + ','.join('\"s%d\":' % i + sys.argv[2] for i in range(n)) + '}}\n')" "$1" "$2"
}
servers 1000000 '{"command":"x"}' > "$work/million.json"
servers 200000 '{}' > "$work/200k.json"
servers 1000 '{"command":"x"}' > "$work/1k.json"

export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share SHELL=/bin/false
mkdir -p "$XDG_CONFIG_HOME/Claude/logs"
python3 - "$XDG_CONFIG_HOME/Claude/logs/mcp.log" <<'PY'
import sys, json, random
random.seed(1)
with open(sys.argv[1], 'w') as out:
    for i in range(20000):
        inner = json.dumps({"headers": {"Cookie": "sid=%032x" % random.getrandbits(128)}, "n": i})
        out.write('2024-05-01T12:00:00Z [info] Message from server: %s\n' % json.dumps({"data": json.dumps({"x": inner})}))
PY

printf '%-34s %10s %10s  %s\n' INPUT SECONDS PEAK_RSS SAID
run() {
    local name=$1; shift
    local said
    said=$( { /usr/bin/time -f '%e %M' -o "$work/time" timeout 120 "$binary" "$@" 2>&1 || true; } | grep -v '^$' | head -1 | cut -c1-70) || true
    read -r seconds kb < <(tail -1 "$work/time") || true
    printf '%-34s %10s %8s MB  %s\n' "$name" "$seconds" "$(( ${kb:-0} / 1024 ))" "$said"
}
run "FIFO" mcp --no-launch --config "$work/fifo.json"
run "/dev/zero" mcp --no-launch --config /dev/zero
run "folder" mcp --no-launch --config "$work/folder.json"
run "100 MB file" mcp --no-launch --config "$work/big.json"
run "1,000,000 servers ($(du -h "$work/million.json" | cut -f1))" mcp --no-launch --config "$work/million.json"
run "200,000 servers ($(du -h "$work/200k.json" | cut -f1))" mcp --no-launch --config "$work/200k.json"
run "1,000 servers" mcp --no-launch --config "$work/1k.json"
run "bundle --list, escaped-JSON log" bundle --list --config "$work/1k.json"
