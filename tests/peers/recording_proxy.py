#!/usr/bin/env python3
"""A tiny HTTP proxy that proxies nothing: it records each request line it receives to a file and
answers 200 'via-proxy'. Tests point http_proxy at it and check whether a client went through it.

usage: recording_proxy.py PORT LOGFILE [HOST]
"""
import http.server
import sys


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"

    def _answer(self):
        with open(self.server.log_path, "a", encoding="utf-8") as log:
            log.write(self.requestline + "\n")
        body = b"via-proxy"
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_HEAD = do_PUT = do_DELETE = do_OPTIONS = do_CONNECT = _answer

    def log_message(self, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    daemon_threads = True


def main():
    port = int(sys.argv[1])
    host = sys.argv[3] if len(sys.argv) > 3 else "127.0.0.1"
    server = Server((host, port), Handler)
    server.log_path = sys.argv[2]
    open(server.log_path, "a").close()
    server.serve_forever()


if __name__ == "__main__":
    main()
