#!/usr/bin/env python3
"""A server that listens but never accepts: its accept queue fills up, like a hung server's.

usage: hung_server.py HOST PORT [BACKLOG]
"""
import socket
import sys
import time

host, port = sys.argv[1], int(sys.argv[2])
backlog = int(sys.argv[3]) if len(sys.argv) > 3 else 0
family = socket.AF_INET6 if ":" in host else socket.AF_INET
server = socket.socket(family, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((host, port))
server.listen(backlog)
print("listening", flush=True)
deadline = time.monotonic() + 600  # bounded: the test kills it long before
while time.monotonic() < deadline:
    time.sleep(1)
