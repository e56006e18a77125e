#!/usr/bin/env python3
"""Measures the tray's quick check at scale, inside a network namespace of its own.

One round over N endpoints (default 200): half answer HTTP (one asyncio process listening on
N/2 ports, backlog 512), half are refused (nothing listens), and a few of the answering ports are
dropped by an nftables rule. Goal: the round ends within the longest single timeout + 100 ms.
Then the tray itself runs idle (Xvfb + trayer) with the same endpoints: goal under 40 MB RSS and
no CPU between rounds (utime+stime from /proc/PID/stat over a few seconds).

Needs root (ip netns, nft), Xvfb and trayer for the idle part. Nothing here asserts: it measures
and prints, and exits 1 when a goal is missed.

usage: bench_tray_round.py BINARY [--endpoints N] [--dropped N] [--timeout-ms N] [--idle-seconds N]
"""
import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time


def serve(ports):
    """Child mode: answer every connection on every port with a tiny HTTP 200."""
    async def handle(reader, writer):
        try:
            await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
            await writer.drain()
        except Exception:
            pass
        writer.close()

    async def main():
        for port in ports:
            await asyncio.start_server(handle, "127.0.0.1", port, backlog=512)
        print("serving", flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


def sh(*cmd, check=True, **kw):
    return subprocess.run(list(cmd), check=check, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw)


def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime (fields 14 and 15)


def rss_kb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--serve":
        serve([int(p) for p in sys.argv[2].split(",")])
        return 0
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--endpoints", type=int, default=200)
    parser.add_argument("--dropped", type=int, default=5)
    parser.add_argument("--timeout-ms", type=int, default=1000)
    parser.add_argument("--idle-seconds", type=float, default=5.0)
    args = parser.parse_args()
    if os.geteuid() != 0 or not shutil.which("nft"):
        sys.exit("needs root and nft: the round runs in a network namespace with a drop rule")
    binary = os.path.abspath(args.binary)

    ns = f"ldbench-{os.getpid()}"
    sh("ip", "netns", "add", ns)
    children = []
    settings = tempfile.mkdtemp(prefix="ld-bench-tray-")
    ok = True
    try:
        sh("ip", "netns", "exec", ns, "ip", "link", "set", "lo", "up")
        half = args.endpoints // 2
        up_ports = list(range(20000, 20000 + half))
        refused_ports = list(range(30000, 30000 + args.endpoints - half))
        dropped = up_ports[: args.dropped]
        server = subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, os.path.abspath(__file__), "--serve",
                                   ",".join(map(str, up_ports))], stdout=subprocess.PIPE, text=True)
        children.append(server)
        if server.stdout.readline().strip() != "serving":
            sys.exit("the HTTP peer did not start")
        rules = "add table inet b; add chain inet b in { type filter hook input priority 0; }; "
        rules += "".join(f"add rule inet b in tcp dport {p} drop; " for p in dropped)
        sh("ip", "netns", "exec", ns, "nft", rules)

        env = dict(os.environ, LD_SETTINGS_DIR=settings, LD_LOG_LEVEL="off")
        add = [binary, "tray", "--interval", "30"]
        for p in up_ports:
            add += ["--add", f"up{p}=http://127.0.0.1:{p}/"]
        for p in refused_ports:
            add += ["--add", f"refused{p}=127.0.0.1:{p}"]
        sh(*add, env=env)

        wrap = ["ip", "netns", "exec", ns]
        start = time.perf_counter()
        sh(*wrap, binary, "tray", "--list", env=env)
        startup_ms = (time.perf_counter() - start) * 1000
        rounds = []
        for _ in range(3):
            start = time.perf_counter()
            run = sh(*wrap, binary, "tray", "--once", "--json", "--timeout-ms", str(args.timeout_ms), check=False,
                     env=env)
            wall_ms = (time.perf_counter() - start) * 1000
            rows = json.loads(run.stdout)["endpoints"]
            states = {}
            for row in rows:
                states[row["state"]] = states.get(row["state"], 0) + 1
            longest = max(row["elapsed_ms"] for row in rows)
            rounds.append((wall_ms, longest, states))
        print(f"endpoints: {args.endpoints} ({half - len(dropped)} answering, {len(dropped)} dropped, "
              f"{args.endpoints - half} refused); timeout {args.timeout_ms} ms")
        print(f"process start-up (tray --list): {startup_ms:.0f} ms")
        for wall_ms, longest, states in rounds:
            round_ms = wall_ms - startup_ms
            goal = round_ms <= args.timeout_ms + 100
            ok = ok and goal
            print(f"round: {wall_ms:.0f} ms wall, ~{round_ms:.0f} ms without start-up, longest check "
                  f"{longest:.1f} ms, states {states} -> {'OK' if goal else 'MISSED'} "
                  f"(goal <= {args.timeout_ms + 100} ms)")

        # The idle tray: a real X server and tray host, the same 200 endpoints.
        if not (shutil.which("Xvfb") and shutil.which("trayer")):
            print("idle tray: skipped (needs Xvfb and trayer)")
            return 0 if ok else 1
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24"], stdout=subprocess.PIPE,
                                stderr=subprocess.DEVNULL, text=True)
        children.append(xvfb)
        display = ":" + xvfb.stdout.readline().strip()
        xenv = dict(env, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        children.append(subprocess.Popen(["trayer", "--edge", "top"], env=xenv, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL))
        tray = subprocess.Popen(wrap + [binary, "tray"], env=xenv, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        children.append(tray)
        # ip netns exec execs the binary: the pid is the tray's own.
        time.sleep(3 + args.timeout_ms / 1000)  # start-up and the first round
        before = cpu_ticks(tray.pid)
        time.sleep(args.idle_seconds)
        after = cpu_ticks(tray.pid)
        rss = rss_kb(tray.pid)
        hz = os.sysconf("SC_CLK_TCK")
        idle_ok = after - before <= 1 and rss < 40 * 1024
        ok = ok and idle_ok
        print(f"idle tray: RSS {rss / 1024:.1f} MB, CPU {after - before} ticks ({(after - before) * 1000 / hz:.0f} ms) "
              f"in {args.idle_seconds:.0f} s -> {'OK' if idle_ok else 'MISSED'} (goal < 40 MB, no CPU)")
        return 0 if ok else 1
    finally:
        for child in reversed(children):
            child.terminate()
            try:
                child.wait(5)
            except subprocess.TimeoutExpired:
                child.kill()
        sh("ip", "netns", "delete", ns, check=False)
        shutil.rmtree(settings, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
