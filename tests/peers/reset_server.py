#!/usr/bin/env python3
"""A server that resets connections (SO_LINGER 0 then close), as a crashing or hostile server does.

  reset_server.py PORT accept    reset right after accepting
  reset_server.py PORT request   read the request (up to the blank line), then reset
Listens on 127.0.0.1; serves until killed; each connection is handled in turn (bounded reads).
"""
import socket
import struct
import sys

port, mode = int(sys.argv[1]), sys.argv[2]
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(("127.0.0.1", port))
server.listen(64)
print("listening", flush=True)
while True:
    conn, _ = server.accept()
    if mode == "request":
        conn.settimeout(3)
        data = b""
        try:
            while b"\r\n\r\n" not in data and len(data) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
