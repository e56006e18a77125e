#!/usr/bin/env bash
# `localhost-doctor mcp --no-launch` on a generated 20-server config: the static checks only
# (config, commands on Claude Desktop's PATH, path arguments, bridge URLs). Target: < 50 ms.
# Reports the median wall time of RUNS runs, and the engine's own elapsed_ms from the report.
# Nothing here asserts: it measures.
#
# usage: bench_mcp_nolaunch.sh BUILD_DIR [SERVERS=20] [RUNS=20]
set -euo pipefail
build=${1:?usage: bench_mcp_nolaunch.sh BUILD_DIR [SERVERS] [RUNS]}
servers=${2:-20}
runs=${3:-20}
binary=$build/app/localhost-doctor
[ -x "$binary" ] || { echo "build $binary first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A mix like real configs: npx packages, a uvx tool, node with a script path, bridges to URLs.
python=$(command -v python3 || echo /usr/bin/python3)
{
    printf '{\n  "globalShortcut": "",\n  "mcpServers": {\n'
    for ((i = 1; i <= servers; i++)); do
        case $((i % 4)) in
        0) entry="{\"command\": \"npx\", \"args\": [\"-y\", \"@modelcontextprotocol/server-filesystem\", \"$work\"]}" ;;
        1) entry="{\"command\": \"$python\", \"args\": [\"$work/server-$i.py\"], \"env\": {\"API_KEY\": \"x\"}}" ;;
        2) entry="{\"command\": \"npx\", \"args\": [\"-y\", \"mcp-remote\", \"http://localhost:$((3000 + i))/mcp\"]}" ;;
        3) entry="{\"command\": \"sh\", \"args\": [\"-c\", \"exit 0\"]}" ;;
        esac
        sep=","
        [ "$i" -eq "$servers" ] && sep=""
        printf '    "server-%d": %s%s\n' "$i" "$entry" "$sep"
        : >"$work/server-$i.py"
    done
    printf '  }\n}\n'
} >"$work/claude_desktop_config.json"

# No login shell: a missing command would ask it, which is not what this measures.
export SHELL=/bin/false LD_LOG_LEVEL=off
"$binary" mcp --config "$work/claude_desktop_config.json" --no-launch --json >"$work/report.json" || true
engine_ms=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["elapsed_ms"])' "$work/report.json")
steps=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["steps"]))' "$work/report.json")

times=()
for ((r = 0; r < runs; r++)); do
    start=$(date +%s%N)
    "$binary" mcp --config "$work/claude_desktop_config.json" --no-launch --json >/dev/null || true
    times+=($((($(date +%s%N) - start) / 1000)))
done
median_us=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
printf 'mcp --no-launch, %d servers (%d steps), %d runs: median %d.%03d ms wall (process start included), engine %s ms; target < 50 ms\n' \
    "$servers" "$steps" "$runs" $((median_us / 1000)) $((median_us % 1000)) "$engine_ms"
