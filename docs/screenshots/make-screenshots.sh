#!/bin/sh
# Makes docs/screenshots/ with the wizard's own --screenshots mode under Xvfb: every page of
# "my server won't start: the port is in use" (a Python server holds the port), light and dark,
# at 1x and 2x, plus the start and port pages for a mistyped port (619009, a server on 61900) and
# the MCP path (a config with one working and one failing server); the typo's summary after its
# fix; an http:// address to a TLS server (openssl s_server); the bundle dialog, also at 2x on a
# 1366x768 screen; the German pages; the tray menu (tst_traymenu's real peers, under openbox).
# usage: docs/screenshots/make-screenshots.sh BUILD_DIR
set -eu
build=${1:?usage: make-screenshots.sh BUILD_DIR}
doctor="$build/app/localhost-doctor"
out=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
python3 -m http.server 8765 --bind 127.0.0.1 >/dev/null 2>&1 &
busy=$!
python3 -m http.server 61900 --bind 127.0.0.1 >/dev/null 2>&1 &
typo=$!
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 1 \
    -keyout "$tmp/tls.key" -out "$tmp/tls.pem" >/dev/null 2>&1
openssl s_server -accept 127.0.0.1:8443 -cert "$tmp/tls.pem" -key "$tmp/tls.key" -www >/dev/null 2>&1 &
tls=$!
trap 'kill $busy $typo $tls 2>/dev/null; rm -rf "$tmp"' EXIT
sleep 1
# A window manager when there is one (openbox): frames and placement as on a desktop.
wm='if command -v openbox >/dev/null; then openbox >/dev/null 2>&1 & sleep 1; fi; exec "$@"'
for theme in light dark; do
    for scale in 1 2; do
        dir="$out/$theme-${scale}x"
        rm -rf "$dir"
        QT_SCALE_FACTOR=$scale xvfb-run -a -s "-screen 0 1920x1440x24" \
            "$doctor" wizard 8765 --intent serve "--$theme" --screenshots "$dir" >/dev/null
    done
done
small='-screen 0 1366x768x24'
QT_SCALE_FACTOR=1 xvfb-run -a -s "$small" "$doctor" wizard localhost:619009 --light --screenshots "$tmp/typo" >/dev/null
cp "$tmp/typo/01-start.png" "$out/light-1x/typo-01-start.png"
cp "$tmp/typo/02-port.png" "$out/light-1x/typo-02-port.png"
cp "$tmp"/typo/*-summary.png "$out/light-1x/typo-summary.png"
cp "$tmp"/typo/*-summary-after-fix.png "$out/light-1x/typo-summary-after-fix.png"
cp "$tmp"/typo/*-bundle.png "$out/light-1x/bundle.png"
# http:// to a server that speaks TLS: the protocol step, the summary, and after "Use https://…".
QT_SCALE_FACTOR=1 xvfb-run -a -s "$small" "$doctor" wizard http://127.0.0.1:8443/ --light --screenshots "$tmp/tls" >/dev/null
cp "$tmp"/tls/*-protocol.png "$out/light-1x/https-protocol.png"
cp "$tmp"/tls/*-summary.png "$out/light-1x/https-summary.png"
cp "$tmp"/tls/*-summary-after-fix.png "$out/light-1x/https-summary-after-fix.png"
# The bundle dialog at 2x on a 1366x768 screen (683x384 logical pixels), under a window manager.
QT_SCALE_FACTOR=2 xvfb-run -a -s "$small" sh -c "$wm" sh \
    "$doctor" wizard localhost:619009 --light --screenshots "$tmp/typo2x" >/dev/null
cp "$tmp"/typo2x/*-bundle.png "$out/light-2x/bundle-1366x768.png"
# The tray menu: up, down, degraded (a missing page, a self-signed certificate, one expiring in
# 3 days), paused, muted.
LD_SCREENSHOT_DIR="$tmp/tray" LD_LOG_LEVEL=off xvfb-run -a -s "$small" \
    sh -c "$wm" sh "$build/tests/tst_traymenu" eachRowSaysWhy >/dev/null
cp "$tmp/tray/tray-menu.png" "$out/light-1x/tray-menu.png"
# German.
rm -rf "$out/de-1x"
QT_SCALE_FACTOR=1 xvfb-run -a -s "$small" "$doctor" wizard 8765 --intent serve --light --lang de \
    --screenshots "$out/de-1x" >/dev/null
# The MCP path: a config with a working server and one that exits at start.
peers=$(cd "$out/../../tests/peers" && pwd)
cat >"$tmp/claude_desktop_config.json" <<JSON
{
  "mcpServers": {
    "notes": {"command": "python3", "args": ["$peers/mcp_hostile.py", "good"]},
    "search": {"command": "python3", "args": ["$peers/mcp_hostile.py", "exit"]}
  }
}
JSON
QT_SCALE_FACTOR=1 xvfb-run -a "$doctor" wizard --mcp --config "$tmp/claude_desktop_config.json" --light \
    --screenshots "$tmp/mcp" >/dev/null
for page in 01-start 02-mcp-config 03-mcp-servers 04-summary 05-bundle; do
    cp "$tmp/mcp/$page.png" "$out/light-1x/mcp-$page.png"
done
# Fewer colours: the pages are flat UI, 128 colours keep them sharp at a third of the size.
if command -v convert >/dev/null; then
    for png in "$out"/*/*.png; do convert "$png" -colors 128 "PNG8:$png"; done
fi
du -sh "$out"
