#!/usr/bin/env python3
"""HTTP(S) peers for the protocol classes, on 127.0.0.1:PORT until killed; print "listening".

  protocol_peers.py PORT big-headers              200 OK whose headers run past 100 KB (Set-Cookie)
  protocol_peers.py PORT tls-loop CERT KEY        HTTPS: /a -> /b -> /a ... (a redirect loop)
  protocol_peers.py PORT tls-away CERT KEY        HTTPS: / -> /login -> https://auth.example.test/
  protocol_peers.py PORT h2c                      answers anything with an HTTP/2 SETTINGS frame and
                                                  GOAWAY, as gRPC servers do to HTTP/1.1
"""
import http.server
import socket
import ssl
import struct
import sys
import threading

port, mode = int(sys.argv[1]), sys.argv[2]


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if mode == "big-headers":
            self.send_response(200)
            for i in range(120):
                self.send_header("Set-Cookie", "session%d=%s; Path=/" % (i, "c" * 1000))
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")
            return
        if mode == "tls-loop":
            target = "/b" if self.path != "/b" else "/a"
        elif self.path == "/":
            target = "/login"
        else:
            target = "https://auth.example.test/login"
        self.send_response(302)
        self.send_header("Location", target)
        self.send_header("Content-Length", "0")
        self.end_headers()


def h2c():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(16)
    print("listening", flush=True)
    settings = struct.pack(">I", 6)[1:] + b"\x04\x00" + b"\x00\x00\x00\x00" + struct.pack(">HI", 3, 100)
    goaway = struct.pack(">I", 8)[1:] + b"\x07\x00" + b"\x00\x00\x00\x00" + struct.pack(">II", 0, 1)
    while True:
        client, _ = server.accept()
        try:
            client.settimeout(2)
            client.recv(4096)
            client.sendall(settings + goaway)
        except OSError:
            pass
        finally:
            client.close()


if mode == "h2c":
    h2c()
else:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    if mode.startswith("tls-"):
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[3], sys.argv[4])
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    print("listening", flush=True)
    httpd.serve_forever()
