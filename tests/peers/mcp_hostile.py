#!/usr/bin/env python3
"""Small stdio MCP servers for the tests, well-behaved or hostile, picked by the first argument.

usage: mcp_hostile.py MODE [OPTIONS]
  good          answers initialize, tools/list (2 tools), resources/list, prompts/list
  banner        prints a banner line on stdout, then behaves like good
  exit          writes a message on stderr and exits 3 at once
  silent        reads stdin, never answers
  flood         writes megabytes of junk on stdout without a newline
  flood-lines   writes megabytes of junk lines on stdout
  stderr-flood  writes megabytes on stderr, then behaves like good
  old-protocol  answers initialize with protocolVersion "1999-01-01"
  reject-version  answers initialize with the error -32602 "Unsupported protocol version"
  discover-only answers server/discover (revision 2026-07-28) and refuses initialize
  slow-exit     behaves like good, then ignores stdin closing and SIGTERM for a while
  init-error    answers initialize with the JSON-RPC error -32603 "Internal error: no API key"
  list-error    answers initialize (advertising tools) but tools/list with an error
  notify-flood  answers initialize only after megabytes of valid notifications/message lines
  linger        behaves like good, then ignores stdin closing (SIGTERM ends it)
  fork-child    forks a child that keeps stdout open and ignores SIGTERM, then behaves like good
  flood-after-init  answers initialize, then floods stdout with valid notifications
  flood-junk-after-init  answers initialize, then floods stdout with junk lines
options:
  --delay-ms N  wait N ms before answering initialize (for the launch benchmark)
  --tools N     how many tools good lists (default 2), paginated 10 per page
  --mb N        how many megabytes the floods write (default 64)
  --marker S    ignored: a word in the argv the tests look for in /proc
"""
import json
import os
import signal
import sys
import time

MODE = sys.argv[1] if len(sys.argv) > 1 else "good"
DELAY_MS = 0
TOOLS = 2
FLOOD_MB = 64
_args = sys.argv[2:]
for _i, _a in enumerate(_args):
    if _a == "--delay-ms":
        DELAY_MS = int(_args[_i + 1])
    elif _a == "--tools":
        TOOLS = int(_args[_i + 1])
    elif _a == "--mb":
        FLOOD_MB = int(_args[_i + 1])

MB = 1024 * 1024
PAGE = 10


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def junk(size, newlines):
    chunk = ("x" * 1023 + "\n") if newlines else ("x" * 1024)
    chunk = chunk * 64
    written = 0
    try:
        while written < size:
            sys.stdout.write(chunk)
            written += len(chunk)
        sys.stdout.flush()
    except (BrokenPipeError, OSError):
        os._exit(0)


def result(request_id, value):
    send({"jsonrpc": "2.0", "id": request_id, "result": value})


def error(request_id, code, message, data=None):
    body = {"code": code, "message": message}
    if data is not None:
        body["data"] = data
    send({"jsonrpc": "2.0", "id": request_id, "error": body})


def tools_page(cursor):
    start = int(cursor or 0)
    names = ["tool_%d" % n for n in range(TOOLS)] if TOOLS != 2 else ["greet", "add"]
    page = names[start:start + PAGE]
    value = {"tools": [{"name": n, "description": "a test tool", "inputSchema": {"type": "object"}}
                       for n in page]}
    if start + PAGE < len(names):
        value["nextCursor"] = str(start + PAGE)
    return value


def handle(message):
    method = message.get("method")
    request_id = message.get("id")
    if request_id is None:
        return  # a notification
    params = message.get("params") or {}
    if MODE == "discover-only":
        if method == "server/discover":
            result(request_id, {"resultType": "complete", "supportedVersions": ["2026-07-28"],
                                "capabilities": {"tools": {}},
                                "serverInfo": {"name": "discover-only", "version": "2.0.0"}})
        elif method == "tools/list":
            result(request_id, tools_page(params.get("cursor")))
        else:
            error(request_id, -32601, "Method not found: %s (this server speaks 2026-07-28; "
                                      "call server/discover)" % method)
        return
    if method == "initialize":
        if DELAY_MS:
            time.sleep(DELAY_MS / 1000.0)
        if MODE == "init-error":
            error(request_id, -32603, "Internal error: WEATHER_API_KEY is not set")
            return
        if MODE == "notify-flood":
            line = json.dumps({"jsonrpc": "2.0", "method": "notifications/message",
                               "params": {"level": "debug", "data": "tick " + "z" * 900}}) + "\n"
            try:
                for _ in range(FLOOD_MB * 1024):
                    sys.stdout.write(line)
                sys.stdout.flush()
            except (BrokenPipeError, OSError):
                os._exit(0)
        if MODE == "reject-version":
            error(request_id, -32602, "Unsupported protocol version",
                  {"supported": ["1999-01-01"], "requested": params.get("protocolVersion")})
            return
        version = "1999-01-01" if MODE == "old-protocol" else params.get("protocolVersion", "2025-06-18")
        result(request_id, {"protocolVersion": version,
                            "capabilities": {"tools": {}, "resources": {}, "prompts": {}},
                            "serverInfo": {"name": "hostile-" + MODE, "version": "1.2.3"}})
    elif method == "tools/list" and MODE == "list-error":
        error(request_id, -32603, "Internal error: tool registry failed to load")
    elif method == "tools/list" and MODE in ("flood-after-init", "flood-junk-after-init"):
        if MODE == "flood-junk-after-init":
            junk(FLOOD_MB * MB, True)
        else:
            line = json.dumps({"jsonrpc": "2.0", "method": "notifications/message",
                               "params": {"level": "debug", "data": "z" * 900}}) + "\n"
            try:
                for _ in range(FLOOD_MB * 1024):
                    sys.stdout.write(line)
                sys.stdout.flush()
            except (BrokenPipeError, OSError):
                os._exit(0)
        time.sleep(3600)
    elif method == "tools/list":
        send({"jsonrpc": "2.0", "method": "notifications/message",
              "params": {"level": "info", "data": "listing tools"}})
        result(request_id, tools_page(params.get("cursor")))
    elif method == "resources/list":
        result(request_id, {"resources": [{"uri": "test://one", "name": "one"}]})
    elif method == "prompts/list":
        result(request_id, {"prompts": []})
    elif method == "ping":
        result(request_id, {})
    else:
        error(request_id, -32601, "Method not found: %s" % method)


def serve():
    for line in sys.stdin:
        line = line.strip()
        if line:
            handle(json.loads(line))


def main():
    if MODE == "exit":
        sys.stderr.write("Error: Cannot find module '/nonexistent/server.js'\n")
        sys.stderr.write("    at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n")
        sys.stderr.flush()
        sys.exit(3)
    if MODE == "silent":
        for _ in sys.stdin:
            pass
        time.sleep(3600)
        return
    if MODE in ("flood", "flood-lines"):
        junk(FLOOD_MB * MB, MODE == "flood-lines")
        time.sleep(3600)
        return
    if MODE == "banner":
        sys.stdout.write("Weather MCP server v1.0 running on stdio\n")
        sys.stdout.flush()
    if MODE == "stderr-flood":
        try:
            line = "debug: " + "y" * 1000 + "\n"
            for _ in range(FLOOD_MB * 1024 // 4):
                sys.stderr.write(line)
            sys.stderr.flush()
        except (BrokenPipeError, OSError):
            os._exit(0)
    if MODE == "slow-exit":
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
    if MODE == "fork-child" and os.fork() == 0:
        # The child keeps the inherited stdout open and survives a polite request: only the
        # group's SIGKILL ends it.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        sys.stdin.close()
        time.sleep(120)
        os._exit(0)
    serve()
    if MODE == "slow-exit":
        time.sleep(30)
    if MODE == "linger":
        time.sleep(120)


if __name__ == "__main__":
    main()
