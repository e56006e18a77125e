#!/usr/bin/env python3
"""A small MCP server of revision 2026-07-28 over stdio, for the era tests.

It answers server/discover (the version it speaks, its capabilities, its name) and tools/list,
and like some servers of that era it exits on a message it does not know: an initialize ends it
with exit code 1 and a line on stderr. Every request must name the version in
params._meta["io.modelcontextprotocol/protocolVersion"].
"""
import json
import sys

VERSION = "2026-07-28"
META = "io.modelcontextprotocol/protocolVersion"


def send(message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main():
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        message = json.loads(line)
        method = message.get("method")
        request_id = message.get("id")
        if request_id is None:
            continue  # a notification
        params = message.get("params") or {}
        if method == "server/discover":
            send({"jsonrpc": "2.0", "id": request_id,
                  "result": {"resultType": "complete", "supportedVersions": [VERSION],
                             "capabilities": {"tools": {}},
                             "serverInfo": {"name": "modern-peer", "version": "3.1.0"}}})
        elif method == "tools/list":
            if params.get("_meta", {}).get(META) != VERSION:
                send({"jsonrpc": "2.0", "id": request_id,
                      "error": {"code": -32020, "message": "protocol version missing from _meta"}})
                continue
            send({"jsonrpc": "2.0", "id": request_id,
                  "result": {"resultType": "complete",
                             "tools": [{"name": "echo", "inputSchema": {"type": "object"}}]}})
        else:
            sys.stderr.write("modern-peer: unknown method %s, exiting\n" % method)
            sys.stderr.flush()
            sys.exit(1)


if __name__ == "__main__":
    main()
