#!/usr/bin/env python3
"""Small stand-ins for services that are not HTTP, or HTTP servers that misbehave, for the
protocol probe's tests. Python 3 standard library only.

usage: fake_services.py MODE PORT [--host 127.0.0.1]
modes: ssh, smtp, mysql, redis, postgres, silent, drip, http500, http401
"""
import argparse
import http.server
import socketserver
import struct
import sys
import time


class Handler(socketserver.BaseRequestHandler):
    mode = ""

    def handle(self):
        sock = self.request
        sock.settimeout(30)
        try:
            getattr(self, "serve_" + self.mode)(sock)
        except (OSError, ValueError):
            pass

    @staticmethod
    def serve_ssh(sock):
        # Servers that speak first: the banner goes out before anything is read.
        sock.sendall(b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n")
        sock.recv(4096)
        sock.sendall(b"Invalid SSH identification string.\r\n")

    @staticmethod
    def serve_smtp(sock):
        sock.sendall(b"220 mail.example.test ESMTP Postfix (Debian/GNU)\r\n")
        sock.recv(4096)
        sock.sendall(b"502 5.5.2 Error: command not recognized\r\n")

    @staticmethod
    def serve_mysql(sock):
        payload = b"\x0a" + b"8.0.36-fake\x00" + struct.pack("<I", 7) + b"abcdefgh\x00" + b"\xff\xf7\x21\x02\x00"
        sock.sendall(struct.pack("<I", len(payload))[:3] + b"\x00" + payload)
        sock.recv(4096)

    @staticmethod
    def serve_redis(sock):
        # Inline commands, one per line, as Redis reads them; like Redis, a "Host:" line (an HTTP
        # request sent to it) ends the connection.
        buffer = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return
            buffer += chunk
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                words = line.strip().split()
                if not words:
                    continue
                command = words[0].upper()
                if command in (b"HOST:", b"POST"):
                    return
                if command == b"PING":
                    sock.sendall(b"+PONG\r\n")
                else:
                    sock.sendall(b"-ERR unknown command '" + words[0][:40] + b"', with args beginning with: \r\n")

    @staticmethod
    def serve_postgres(sock):
        while True:
            header = sock.recv(4, 0)
            if len(header) < 4:
                return
            (length,) = struct.unpack("!I", header)
            if length < 8 or length > 10000:
                return  # like PostgreSQL: "invalid length of startup packet", closed without a word
            body = b""
            while len(body) < length - 4:
                chunk = sock.recv(length - 4 - len(body))
                if not chunk:
                    return
                body += chunk
            (code,) = struct.unpack("!I", body[:4])
            if code == 80877103:  # SSLRequest
                sock.sendall(b"N")
                continue
            fields = b"SFATAL\x00VFATAL\x00C0A000\x00Munsupported frontend protocol\x00\x00"
            sock.sendall(b"E" + struct.pack("!I", 4 + len(fields)) + fields)
            return

    @staticmethod
    def serve_silent(sock):
        # Accepts, reads, never answers: until the client goes away.
        while sock.recv(4096):
            pass

    @staticmethod
    def serve_drip(sock):
        reply = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
        for byte in reply:
            sock.sendall(bytes([byte]))
            time.sleep(1.0)


class StatusHandler(http.server.BaseHTTPRequestHandler):
    status = 500
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = b"{\"error\": \"boom\"}\n" if self.status >= 500 else b"{\"error\": \"unauthorized\"}\n"
        self.send_response(self.status)
        if self.status == 401:
            self.send_header("WWW-Authenticate", 'Bearer realm="mcp", error="invalid_token"')
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode")
    parser.add_argument("port", type=int)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    if args.mode in ("http500", "http401"):
        StatusHandler.status = int(args.mode[4:])
        handler = StatusHandler
    else:
        if not hasattr(Handler, "serve_" + args.mode):
            parser.error("unknown mode " + args.mode)
        Handler.mode = args.mode
        handler = Handler
    with Server((args.host, args.port), handler) as server:
        print("listening", args.host, args.port, flush=True)
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
