#!/usr/bin/env python3
"""An MCP endpoint behind OAuth whose 401 names no resource_metadata (RFC 9728), for the tests.

usage: mcp_oauth_peer.py PORT [inserted|root|none]
Every POST to /mcp gets 401 with WWW-Authenticate: Bearer realm="mcp". The protected-resource
metadata is served at /.well-known/oauth-protected-resource/mcp (inserted), at
/.well-known/oauth-protected-resource (root), or nowhere (none).
"""
import http.server
import json
import sys

PORT = int(sys.argv[1])
WHERE = sys.argv[2] if len(sys.argv) > 2 else "inserted"
PATHS = {"inserted": "/.well-known/oauth-protected-resource/mcp",
         "root": "/.well-known/oauth-protected-resource"}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, status, body, headers=None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._send(401, {"error": "invalid_token"}, {"WWW-Authenticate": 'Bearer realm="mcp"'})

    def do_GET(self):
        if PATHS.get(WHERE) == self.path:
            self._send(200, {"resource": "http://127.0.0.1:%d/mcp" % PORT,
                             "authorization_servers": ["http://127.0.0.1:%d/auth" % PORT]})
        elif self.path == "/mcp":
            self._send(401, {"error": "invalid_token"}, {"WWW-Authenticate": 'Bearer realm="mcp"'})
        else:
            self._send(404, {"error": "not found"})


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
