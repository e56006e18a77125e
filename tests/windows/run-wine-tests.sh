#!/usr/bin/env bash
# Runs the MinGW build of Localhost Doctor under Wine against this machine's real loopback:
#   tests/windows/run-wine-tests.sh [BUILD_DIR]      (default build/windows)
# Checks: `listeners --json` against `ss -ltnH` (owners are pid 0 under Wine: addresses and ports
# are compared), `check` on a real python3 http.server (protocol.http_ok), on a free port
# (server.not_listening) and on localhost:619009 (port.out_of_range, fix 61900), a stand-in
# wsl.exe with a .wslconfig (server.in_wsl), `free-port
# --json`, the parser suites cross-built (QTest writes to -o FILE,txt: it prints nothing to a pipe
# under Wine), and the wizard's first page under xvfb-run (docs/screenshots/windows-wine-start.png).
# Exit 0 all passed, 1 a check failed, 77 skipped (wine, the build or a tool is missing: says which).
set -uo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build/windows}" 2>/dev/null && pwd) || { echo "SKIP: no build folder ${1:-$root/build/windows} (run scripts/build-windows.sh first)" >&2; exit 77; }
exe=$build/localhost-doctor.exe
[ -f "$exe" ] || exe=$build/app/localhost-doctor.exe
qt=${LD_QT_MINGW:-${XDG_CACHE_HOME:-$HOME/.cache}/qt-mingw-gui}
skip() { echo "SKIP: $*" >&2; exit 77; }
command -v wine >/dev/null || skip "wine is not installed (apt-get install wine wine64; scripts/build-windows.sh does it)"
command -v ss >/dev/null || skip "ss (iproute2) is needed to compare the listener list"
command -v python3 >/dev/null || skip "python3 is needed for the loopback HTTP servers"
[ -f "$exe" ] || skip "no Windows build at $exe (run scripts/build-windows.sh first)"
[ -d "$qt/bin" ] || skip "no Qt for MinGW at $qt (scripts/build-windows.sh unpacks it)"

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
    wineserver -k 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
export WINEDEBUG=-all WINEPREFIX=${LD_WINEPREFIX:-$work/prefix} WINEDLLOVERRIDES="mscoree,mshtml="
export WINEPATH="$qt/bin;/usr/lib/gcc/x86_64-w64-mingw32/12-posix;/usr/x86_64-w64-mingw32/lib"
export QT_PLUGIN_PATH=$qt/plugins LD_LOG_LEVEL=off NO_COLOR=1
failures=0
pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
t0=$(date +%s)
# A fresh prefix (or LD_WINEPREFIX): wineboot is bounded (the first one takes 10-60 s), needs no
# display (mono and gecko are switched off above, so no installer dialog waits for a click).
if ! timeout 300 wineboot -i >"$work/wineboot.log" 2>&1 || ! timeout 60 wineserver -w; then
    tail -5 "$work/wineboot.log" >&2
    fail "wineboot did not finish within 300 s"
    echo "wine tests: $failures failed"
    exit 1
fi
echo "wine prefix ready in $(($(date +%s) - t0)) s"
doctor() { timeout 120 wine "$exe" "$@" 2>"$work/stderr" | tr -d '\r'; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# A python3 http.server on 127.0.0.1:PORT, polled (never slept for) until `ss` shows it listening.
serve() {
    local port=$1 bind=$2
    python3 -m http.server "$port" --bind "$bind" --directory "$work" >/dev/null 2>&1 &
    pids+=($!)
    for _ in $(seq 1 100); do
        ss -ltnH "sport = :$port" | grep -q . && return 0
        python3 -c 'import time; time.sleep(0.05)'
    done
    return 1
}
port1=$(free_port); serve "$port1" 127.0.0.1 || fail "http.server on $port1 did not start"
port2=$(free_port); serve "$port2" ::1 || fail "http.server on [::1]:$port2 did not start"
# Python's http.server on :: is dual-stack (IPV6_V6ONLY off): ss shows it as *:PORT.
port3=$(free_port); serve "$port3" :: || fail "http.server on [::]:$port3 did not start"

# 1. listeners --json against ss -ltnH: every listener in both ss snapshots must be in Wine's list,
# and Wine's list may hold nothing that neither snapshot had (other programs come and go).
ss -ltnH | awk '{print $4}' >"$work/ss-before"
doctor listeners --json >"$work/listeners.json"
ss -ltnH | awk '{print $4}' >"$work/ss-after"
python3 - "$work" "$port1" "$port2" "$port3" <<'PY' && pass "listeners --json matches ss -ltnH" || fail "listeners --json differs from ss -ltnH"
import json, sys, ipaddress
work, p1, p2, p3 = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def norm(addr, port):
    addr = addr.strip("[]").split("%")[0]
    if addr == "*": addr = "::"  # ss: an IPv6 wildcard socket that takes IPv4 too (dual-stack)
    return (str(ipaddress.ip_address(addr)), int(port))
def ss(name):
    out = set()
    for line in open(f"{work}/{name}"):
        addr, _, port = line.strip().rpartition(":")
        if addr: out.add(norm(addr, port))
    return out
before, after = ss("ss-before"), ss("ss-after")
doc = json.load(open(f"{work}/listeners.json"))
wine = {norm(l["address"], l["port"]) for l in doc["listeners"] if l["protocol"] == "tcp"}
missing = (before & after) - wine
extra = wine - (before | after)
print(f"  ss: {len(before & after)} stable listeners; wine: {len(wine)}; missing {sorted(missing)}; extra {sorted(extra)}")
ok = not missing and not extra and ("127.0.0.1", p1) in wine and ("::1", p2) in wine and ("::", p3) in wine
sys.exit(0 if ok else 1)
PY

# 2-4. check: a real HTTP server, a free port, an impossible port.
finding_in() { python3 -c '
import json, sys
doc = json.load(open(sys.argv[1]))
ids = [f["id"] for s in doc["steps"] for f in s["findings"]]
want = sys.argv[2]
print("  verdict", doc["verdict"]["finding"], "findings", ids)
sys.exit(0 if want in ids or doc["verdict"]["finding"] == want else 1)' "$@"; }
doctor check "http://127.0.0.1:$port1/" --json --timeout-ms 3000 >"$work/ok.json"
finding_in "$work/ok.json" protocol.http_ok && pass "check on python http.server: protocol.http_ok" ||
    fail "check on python http.server: no protocol.http_ok"
free=$(free_port)
doctor check "127.0.0.1:$free" --json --timeout-ms 3000 >"$work/free.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print("  verdict", d["verdict"]["finding"]); sys.exit(d["verdict"]["finding"] != "server.not_listening")' \
    "$work/free.json" && pass "check on a free port: server.not_listening" || fail "check on a free port"
doctor check "localhost:619009" --json >"$work/range.json"
python3 - "$work/range.json" <<'PY' && pass "check localhost:619009: port.out_of_range with 61900" || fail "check localhost:619009"
import json, sys
d = json.load(open(sys.argv[1]))
f = [f for s in d["steps"] for f in s["findings"] if f["id"] == "port.out_of_range"]
ports = [x["params"].get("port") for x in f[0]["fixes"]] if f else []
print("  verdict", d["verdict"]["finding"], "fix ports", ports)
sys.exit(0 if d["verdict"]["finding"] == "port.out_of_range" and 61900 in ports else 1)
PY

# 4b. WSL: Wine has no wsl.exe. A stand-in (tests/windows/wslstandin.cpp) in System32 prints a
# recorded `wsl -l -v` as wsl.exe does (UTF-16LE), and the prefix user's .wslconfig turns localhost
# forwarding off: `check` on a free port must add server.in_wsl (warning) beside not_listening.
# Both files are removed afterwards; without them the same check must say nothing about WSL.
standin=$build/tests/windows/win-wsl-standin.exe
sys32=$(winepath -u 'C:\windows\system32' 2>/dev/null)
profile=$(winepath -u "$(timeout 60 wine cmd /c echo %USERPROFILE% 2>/dev/null | tr -d '\r\n')" 2>/dev/null)
if [ -f "$standin" ] && [ -d "$sys32" ] && [ -d "$profile" ] && [ ! -e "$sys32/wsl.exe" ]; then
    wsl_port=$(free_port)
    doctor check "localhost:$wsl_port" --json >"$work/nowsl.json"
    cp "$standin" "$sys32/wsl.exe"
    cp "$root/tests/fixtures/windows/wslconfig-forwarding-off-first-wins-modelled.txt" "$profile/.wslconfig"
    LD_WSL_STANDIN_LIST=$(winepath -w "$root/tests/fixtures/windows/wsl-list-verbose-en-one-running-wsl-9750.txt" 2>/dev/null) \
        LD_WSL_STANDIN_RUNNING=Ubuntu doctor check "localhost:$wsl_port" --json >"$work/wsl.json"
    rm -f "$sys32/wsl.exe" "$profile/.wslconfig"
    python3 - "$work/wsl.json" "$work/nowsl.json" <<'PY' && pass "check with a WSL 2 distro and localhostForwarding=false: server.in_wsl" || fail "check with WSL: no server.in_wsl"
import json, sys
def ids(path):
    d = json.load(open(path))
    return {f["id"]: f for s in d["steps"] for f in s["findings"]}
wsl, nowsl = ids(sys.argv[1]), ids(sys.argv[2])
f = wsl.get("server.in_wsl")
print("  with WSL:", sorted(wsl), "| without:", sorted(nowsl))
sys.exit(0 if f and f["severity"] == "warning" and "localhostForwarding=false" in f["detail"]
         and "server.not_listening" in wsl and "server.in_wsl" not in nowsl else 1)
PY
else
    fail "WSL check: no stand-in ($standin), System32 or profile folder, or a wsl.exe already in the prefix"
fi

# 5. free-port --json: a port nothing listens on, that Linux lets us bind too.
doctor free-port --json >"$work/free-port.json"
python3 - "$work/free-port.json" <<'PY' && pass "free-port --json" || fail "free-port --json"
import json, socket, sys
port = json.load(open(sys.argv[1]))["port"]
s = socket.socket(); s.bind(("127.0.0.1", port)); s.close()
print("  port", port)
sys.exit(0 if 1024 <= port <= 65535 else 1)
PY

# 5b. bundle: the zip comes from platform/windows/libzip (stored entries); Python must read it.
doctor bundle -o "$(winepath -w "$work/bundle.zip" 2>/dev/null)" --target "http://127.0.0.1:$port1/" >/dev/null
python3 - "$work/bundle.zip" <<'PY' && pass "bundle: a valid zip" || fail "bundle: no valid zip"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
names = z.namelist()
print("  entries", len(names), "e.g.", names[:3])
sys.exit(0 if bad is None and any(n.endswith(".json") for n in names) else 1)
PY

# 5c. mcp --config on a Windows-style config: a MinGW-built console MCP server (tests/windows/
# mcppeer.cpp) that starts a grandchild ignoring stdin. mcp.ok, and the grandchild must be gone
# when the command returns: the job object ended the whole tree.
peer=$build/tests/windows/win-mcp-peer.exe
if [ -f "$peer" ]; then
    wpeer=$(winepath -w "$peer" 2>/dev/null)
    : >"$work/grandchild.pid" # exists before the launch: the static checks test path arguments
    wpid=$(winepath -w "$work/grandchild.pid" 2>/dev/null)
    python3 - "$work/mcp-config.json" "$wpeer" "$wpid" <<'PY'
import json, sys
json.dump({"mcpServers": {"winpeer": {"command": sys.argv[2], "args": ["--spawn-child", sys.argv[3]]}}},
          open(sys.argv[1], "w"), indent=2)
PY
    doctor mcp --config "$(winepath -w "$work/mcp-config.json")" --json >"$work/mcp.json"
    python3 - "$work/mcp.json" <<'PY' && pass "mcp --config on a Windows config: mcp.ok" || fail "mcp --config on the Windows peer"
import json, sys
d = json.load(open(sys.argv[1]))
ids = {s["id"]: [f["id"] for f in s["findings"]] for s in d["steps"]}
print("  steps", ids)
sys.exit(0 if "mcp.ok" in ids.get("server:winpeer", []) else 1)
PY
    child=$(tr -d '\r\n ' <"$work/grandchild.pid" 2>/dev/null)
    if [ -z "$child" ]; then
        fail "the MCP peer did not start its grandchild"
    elif timeout 60 wine "$peer" --alive "$child" >/dev/null 2>&1; then
        fail "the MCP peer's grandchild (pid $child) outlived the diagnosis: no job object"
        wine cmd /c taskkill /f /pid "$child" >/dev/null 2>&1
    else
        pass "the MCP server's whole tree ended with the diagnosis (grandchild pid $child gone)"
    fi
else
    fail "no $peer (the win-mcp-peer target of tests/windows)"
fi

# 6. The parser suites, built for Windows. tst_winprocesses gets a Linux peer that answers "HI"
# and then resets (SO_LINGER 0), which Wine's own sockets cannot do (LD_RESET_PORT).
reset_port=$(free_port)
python3 - "$reset_port" <<'PY' &
import socket, struct, sys
server = socket.socket()
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", int(sys.argv[1])))
server.listen(4)
server.settimeout(600)
for _ in range(20):
    try:
        client, _ = server.accept()
    except OSError:
        break
    client.settimeout(5)
    try:
        client.recv(1024)
        client.sendall(b"HI")
    except OSError:
        pass
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()
PY
pids+=($!)
for _ in $(seq 1 100); do
    ss -ltnH "sport = :$reset_port" | grep -q . && break
    python3 -c 'import time; time.sleep(0.05)'
done
export LD_RESET_PORT=$reset_port
for suite in "$build"/tests/windows/tst_*.exe; do
    [ -f "$suite" ] || { fail "no Windows test suites in $build/tests/windows"; break; }
    name=$(basename "$suite" .exe)
    (cd "$work" && timeout 300 wine "$suite" -o "$work/$name.txt,txt" >/dev/null 2>&1)
    totals=$(tr -d '\r' <"$work/$name.txt" 2>/dev/null | grep '^Totals:')
    if echo "$totals" | grep -q ' 0 failed'; then pass "$name under Wine: ${totals#Totals: }"; else
        fail "$name under Wine: ${totals:-no result}"; tr -d '\r' <"$work/$name.txt" 2>/dev/null | grep -A3 '^FAIL' | head -20; fi
done

# 7. The wizard on the python server, on the windows platform plugin under Xvfb: it walks every
# page and writes one PNG each; the first (the start page) is kept in docs/screenshots/.
if command -v xvfb-run >/dev/null; then
    shots=$work/shots
    mkdir -p "$shots"
    timeout 240 xvfb-run -a -s "-screen 0 1280x900x24" env QT_QPA_PLATFORM=windows \
        wine "$exe" wizard "http://127.0.0.1:$port1/" --screenshots "$(winepath -w "$shots" 2>/dev/null)" \
        >"$work/wizard.out" 2>&1
    status=$?
    first=$(ls "$shots"/*.png 2>/dev/null | sort | head -1)
    if [ "$status" = 0 ] && [ -n "$first" ]; then
        mkdir -p "$root/docs/screenshots"
        cp "$first" "$root/docs/screenshots/windows-wine-start.png"
        pass "wizard under xvfb + wine: $(ls "$shots"/*.png | wc -l) pages, first: $(basename "$first")"
    else
        fail "wizard under xvfb + wine: exit $status, $(ls "$shots"/*.png 2>/dev/null | wc -l) screenshots"
        tail -3 "$work/wizard.out"
    fi
else
    echo "SKIP: xvfb-run missing: no wizard screenshot"
fi

# 8. The installer's tree (CPack's staging folder, when --package ran): it must start on its own
# DLLs and plugins, without WINEPATH or QT_PLUGIN_PATH. (The NSIS installer itself is a 32-bit
# program: Wine needs wine32, an i386 multiarch install, to run it.)
staged=$(ls -d "$build"/_CPack_Packages/win64/NSIS/*/bin 2>/dev/null | head -1)
if [ -n "$staged" ]; then
    if (unset WINEPATH QT_PLUGIN_PATH; timeout 120 wine "$staged/localhost-doctor.exe" free-port --json 2>/dev/null) |
        tr -d '\r' | grep -q '"port"'; then
        pass "installed tree runs on its own DLLs"
    else
        fail "installed tree does not start without WINEPATH (a DLL is missing beside the exe)"
    fi
else
    echo "SKIP: no CPack staging folder (scripts/build-windows.sh --package makes it)"
fi

# 8b. Which subsystem each program was linked for (the PE header's Subsystem field): the CLI a
# console program (shells wait for it), the Start-menu program a GUI one (no console window).
gui=$(dirname "$exe")/localhost-doctor-gui.exe
python3 - "$exe" "$gui" <<'PY' && pass "localhost-doctor.exe is a console program, localhost-doctor-gui.exe a GUI one" ||
import struct, sys
def subsystem(path):
    data = open(path, "rb").read(4096)
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[pe:pe + 4] == b"PE\0\0"
    return struct.unpack_from("<H", data, pe + 24 + 68)[0]  # 2 GUI, 3 console
cli, gui = subsystem(sys.argv[1]), subsystem(sys.argv[2])
print("  subsystems: cli", cli, "gui", gui)
sys.exit(0 if (cli, gui) == (3, 2) else 1)
PY
    fail "subsystems of localhost-doctor.exe / localhost-doctor-gui.exe (3 and 2 expected)"

# 9. The NSIS installer itself (a 64-bit stub, `Target amd64-unicode`), silently: /S installs for
# this user only, into %LOCALAPPDATA%\Programs\Localhost Doctor; the installed exe must run; the
# uninstaller (/S, _?= so that it runs in place and can be waited for) must remove it.
installer=$(ls "$build"/localhost-doctor-*-windows-x86_64.exe 2>/dev/null | head -1)
if [ -n "$installer" ]; then
    if timeout 300 wine "$installer" /S >"$work/install.log" 2>&1; then
        appdata=$(tr -d '\r' < <(timeout 60 wine cmd /c echo %LOCALAPPDATA% 2>/dev/null) | tail -1)
        installed_dir=$(winepath -u "$appdata\\Programs\\Localhost Doctor" 2>/dev/null)
        installed=$installed_dir/bin/localhost-doctor.exe
        if [ -f "$installed" ]; then
            (unset WINEPATH QT_PLUGIN_PATH; timeout 120 wine "$installed" check localhost:619009 --json 2>/dev/null) |
                tr -d '\r' >"$work/installed-range.json"
            python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(d["verdict"]["finding"] != "port.out_of_range")' \
                "$work/installed-range.json" 2>/dev/null &&
                pass "installer /S: per-user install in $appdata\\Programs, installed exe checks localhost:619009" ||
                fail "the installed exe does not run check localhost:619009 --json"
            [ -f "$installed_dir/bin/localhost-doctor-gui.exe" ] && pass "the Start-menu program is installed beside it" ||
                fail "no localhost-doctor-gui.exe in $installed_dir/bin"
            uninstaller="$installed_dir/Uninstall Localhost Doctor.exe" # CPACK_NSIS_UNINSTALL_NAME
            timeout 300 wine "$uninstaller" /S "_?=$(winepath -w "$installed_dir")" >/dev/null 2>&1
            for _ in $(seq 1 60); do # polled, bounded: wine may return before the files are gone
                [ -e "$installed" ] || break
                python3 -c 'import time; time.sleep(0.5)'
            done
            # With _?= the uninstaller does not delete itself (nor the folders it runs in); every
            # installed file must be gone.
            if [ ! -e "$installed" ] && [ -z "$(ls -A "$installed_dir/bin" 2>/dev/null)" ]; then
                pass "uninstaller /S removed the program"
            else
                fail "uninstaller left $installed"
            fi
            rm -rf "$installed_dir"
        else
            fail "installer /S: nothing at $installed"
        fi
    else
        fail "installer /S failed or took over 300 s"
    fi
else
    echo "SKIP: no NSIS installer in $build (scripts/build-windows.sh --package makes it)"
fi

echo "wine tests: $failures failed, $(($(date +%s) - t0)) s"
[ "$failures" = 0 ]
