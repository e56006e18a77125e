#!/usr/bin/env python3
"""Small HTTP peers for the root-cause tests, on 127.0.0.1:PORT, until killed.

  web_peers.py PORT vite403        a dev server whose Host check refuses (Vite's words)
  web_peers.py PORT webpack-host   webpack-dev-server's Host check (403 "Invalid Host header")
  web_peers.py PORT mcp-host       an MCP SDK transport's DNS-rebinding guard (403, JSON-RPC error)
  web_peers.py PORT redirect-loop  /a -> /b -> /a ...
  web_peers.py PORT to-https       every path redirects to https://localhost:PORT/
  web_peers.py PORT forward INNER  a forwarder: accepts, connects to 127.0.0.1:INNER, relays;
                                   resets the client when nothing listens inside
"""
import http.server
import socket
import struct
import sys
import threading

port, mode = int(sys.argv[1]), sys.argv[2]


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        self.do_GET()

    def do_GET(self):
        if mode == "vite403":
            body = b'Blocked request. This host ("127.0.0.1") is not allowed.\nTo allow this host, add "127.0.0.1" to `server.allowedHosts` in vite.config.js.'
            self.send_response(403)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if mode in ("webpack-host", "mcp-host"):
            if mode == "webpack-host":
                body, kind = b"Invalid Host header", "text/plain"
            else:
                body = ('{"jsonrpc":"2.0","error":{"code":-32000,"message":"Invalid Host header: %s"},"id":null}'
                        % self.headers.get("Host", "")).encode()
                kind = "application/json"
            self.send_response(403)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if mode == "redirect-loop":
            target = "/b" if self.path != "/b" else "/a"
        else:
            target = "https://localhost:%d/" % port
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


def forward(inner):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(64)
    print("listening", flush=True)
    while True:
        client, _ = server.accept()
        try:
            upstream = socket.create_connection(("127.0.0.1", inner), timeout=2)
        except OSError:
            # What docker-proxy does when the container's app is not reachable: drop the client.
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            client.close()
            continue

        def pump(a, b):
            try:
                while True:
                    data = a.recv(65536)
                    if not data:
                        break
                    b.sendall(data)
            except OSError:
                pass
            finally:
                a.close()
                b.close()

        threading.Thread(target=pump, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pump, args=(upstream, client), daemon=True).start()


if mode == "forward":
    forward(int(sys.argv[3]))
else:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    print("listening", flush=True)
    httpd.serve_forever()
