#!/usr/bin/env python3
"""Times `localhost-doctor bundle` with 10 targets and 5 MB of Claude Desktop logs.

A temporary HOME gets a Claude Desktop config and ten MCP logs of 512 KB each (log lines with a
secret every 50 lines, so the redactor has work); five targets listen (Python's http.server,
answering) and five are closed ports. The bundle is written ROUNDS times; the report is the median
wall time (goal: under 1 s) and the size of the zip. Nothing here asserts: it measures.

usage: bench_bundle.py BINARY [--rounds N]
"""
import argparse
import os
import random
import shutil
import socket
import statistics
import string
import subprocess
import sys
import tempfile
import time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_listening(port, deadline):
    while time.monotonic() < deadline:
        with socket.socket() as s:
            s.settimeout(0.2)
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.02)
    return False


def token(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def make_home(root, rng):
    home = os.path.join(root, "home", "benchuser")
    claude = os.path.join(home, ".config", "Claude")
    os.makedirs(os.path.join(claude, "logs"))
    with open(os.path.join(claude, "claude_desktop_config.json"), "w") as f:
        f.write('{"mcpServers": {"gh": {"command": "npx", "args": ["server-github"], '
                '"env": {"GITHUB_TOKEN": "ghp_%s"}}}}' % token(rng, 36))
    for n in range(10):
        name = "mcp.log" if n == 0 else "mcp-server-s%d.log" % n
        lines = []
        size = 0
        i = 0
        while size < 512 * 1024:
            if i % 50 == 0:
                line = "2024-05-01T12:00:00.000Z [info] Authorization: Bearer sk-ant-api03-%s" % token(rng, 60)
            else:
                line = ('2024-05-01T12:00:%02d.000Z [info] [s%d] Message from server: '
                        '{"jsonrpc":"2.0","id":%d,"result":{"content":[{"type":"text","text":"ok %s"}]}}'
                        % (i % 60, n, i, token(rng, 12, string.ascii_lowercase)))
            lines.append(line)
            size += len(line) + 1
            i += 1
        with open(os.path.join(claude, "logs", name), "w") as f:
            f.write("\n".join(lines) + "\n")
    return home


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(7)
    root = tempfile.mkdtemp(prefix="bench-bundle-")
    servers = []
    try:
        home = make_home(root, rng)
        logs = os.path.join(home, ".config", "Claude", "logs")
        log_bytes = sum(os.path.getsize(os.path.join(logs, f)) for f in os.listdir(logs))
        targets = []
        for _ in range(5):
            port = free_port()
            servers.append(subprocess.Popen(
                [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", root],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            if not wait_listening(port, time.monotonic() + 10):
                sys.exit("http.server did not start on %d" % port)
            targets.append("http://127.0.0.1:%d/?token=%s" % (port, token(rng, 20)))
        for _ in range(5):
            targets.append("localhost:%d" % free_port())
        env = {"HOME": home, "USER": "benchuser", "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
               "LANG": "C.UTF-8", "LD_LOG_LEVEL": "info"}
        out = os.path.join(root, "bundle.zip")
        command = [args.binary, "bundle", "-o", out, "--yes"]
        for t in targets:
            command += ["--target", t]
        times = []
        for _ in range(args.rounds):
            start = time.perf_counter()
            result = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append((time.perf_counter() - start) * 1000.0)
            if result.returncode != 0:
                sys.exit("bundle failed (%d): %s" % (result.returncode, result.stderr.decode()))
        print("bundle: 10 targets (5 answering, 5 closed), %.1f MB of MCP logs in 10 files" % (log_bytes / 1e6))
        print("  rounds: %s ms" % ", ".join("%.0f" % t for t in times))
        print("  median: %.0f ms (goal: under 1000 ms); zip: %.0f KB" % (statistics.median(times),
                                                                        os.path.getsize(out) / 1024))
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
