#!/usr/bin/env python3
"""Small MCP-over-HTTP peers for the tests, picked by the first argument.

usage: mcp_http_peer.py MODE PORT [HOST]
  unauthorized   every request gets 401 with WWW-Authenticate: Bearer resource_metadata="..."
  discover-only  a server of revision 2026-07-28: refuses initialize (404, -32601), answers
                 server/discover and tools/list when they carry the version header and _meta
  silent         accepts the request and never answers
  server-error   answers every POST with HTTP 500 and a stack-trace-like text body
  html           answers every request with 200 and an HTML page (another web server on the port)
  sse-no-endpoint  POST gets 405; GET opens an event stream that sends keep-alive comments forever
                 and never its endpoint event
  ping-stream    POST initialize (and GET) open an event stream of server pings, forever, and never
                 the response
"""
import http.server
import json
import sys
import time

MODE = sys.argv[1]
PORT = int(sys.argv[2])
HOST = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1"
MODERN = "2026-07-28"


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _reply(self, status, body=None, headers=()):
        data = json.dumps(body).encode() if body is not None else b""
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _body(self):
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def _unauthorized(self):
        metadata = "http://127.0.0.1:%d/.well-known/oauth-protected-resource" % PORT
        self._reply(401, {"error": "invalid_token", "error_description": "Missing bearer token"},
                    [("WWW-Authenticate", 'Bearer error="invalid_token", resource_metadata="%s"' % metadata)])

    def _text(self, status, content_type, text):
        data = text.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, event):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        n = 0
        try:
            while n < 100000:  # bounded: about 80 minutes at this rate
                n += 1
                self.wfile.write(event(n).encode())
                self.wfile.flush()
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass

    @staticmethod
    def _keepalive(n):
        return ": keep-alive %d\n\n" % n

    @staticmethod
    def _ping(n):
        return "event: message\ndata: %s\n\n" % json.dumps(
            {"jsonrpc": "2.0", "id": "ping-%d" % n, "method": "ping"})

    def do_GET(self):
        if MODE == "html":
            return self._text(200, "text/html", "<!doctype html><title>Welcome to nginx!</title>")
        if MODE == "unauthorized":
            return self._unauthorized()
        if MODE == "sse-no-endpoint":
            return self._stream(self._keepalive)
        if MODE == "ping-stream":
            return self._stream(self._ping)
        self._reply(405, None, [("Allow", "POST")])

    do_DELETE = do_GET

    def do_POST(self):
        if MODE == "unauthorized":
            self._body()
            return self._unauthorized()
        if MODE == "silent":
            time.sleep(3600)
            return
        if MODE == "server-error":
            self._body()
            return self._text(500, "text/plain", "TypeError: Cannot read properties of undefined")
        if MODE == "html":
            self._body()
            return self._text(200, "text/html", "<!doctype html><title>Welcome to nginx!</title>")
        if MODE == "sse-no-endpoint":
            self._body()
            return self._reply(405, None, [("Allow", "GET")])
        if MODE == "ping-stream":
            self._body()
            return self._stream(self._ping)
        message = self._body()
        method = message.get("method")
        request_id = message.get("id")
        if method == "initialize":
            return self._reply(404, {"jsonrpc": "2.0", "id": request_id,
                                     "error": {"code": -32601,
                                               "message": "Method not found: initialize; this server speaks "
                                                          "2026-07-28, call server/discover"}})
        meta = (message.get("params") or {}).get("_meta") or {}
        if (self.headers.get("MCP-Protocol-Version") != MODERN or self.headers.get("Mcp-Method") != method
                or meta.get("io.modelcontextprotocol/protocolVersion") != MODERN):
            return self._reply(400, {"jsonrpc": "2.0", "id": request_id,
                                     "error": {"code": -32020, "message": "Header mismatch"}})
        if method == "server/discover":
            return self._reply(200, {"jsonrpc": "2.0", "id": request_id,
                                     "result": {"resultType": "complete", "supportedVersions": [MODERN],
                                                "capabilities": {"tools": {}, "prompts": {}},
                                                "serverInfo": {"name": "discover-peer", "version": "0.9.0"},
                                                "ttlMs": 0, "cacheScope": "private"}})
        if method == "tools/list":
            return self._reply(200, {"jsonrpc": "2.0", "id": request_id,
                                     "result": {"resultType": "complete",
                                                "tools": [{"name": "forecast", "inputSchema": {"type": "object"}},
                                                          {"name": "alerts", "inputSchema": {"type": "object"}},
                                                          {"name": "radar", "inputSchema": {"type": "object"}}]}})
        if method == "prompts/list":
            return self._reply(200, {"jsonrpc": "2.0", "id": request_id,
                                     "result": {"resultType": "complete", "prompts": [{"name": "summary"}]}})
        self._reply(404, {"jsonrpc": "2.0", "id": request_id,
                          "error": {"code": -32601, "message": "Method not found: %s" % method}})

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def main():
    Server((HOST, PORT), Handler).serve_forever()


if __name__ == "__main__":
    main()
