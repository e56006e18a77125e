#!/usr/bin/env python3
"""Times `localhost-doctor listeners` and `check` against ss and lsof, alternating, in one run.

With about 1,000 extra processes and 200 extra listeners (socat, one listener each, so the owner
scan has to look through many processes), each command runs ROUNDS times in turn; the report is
the median wall time of each and the median ratios. Nothing here asserts: it measures.

usage: bench_listeners.py BINARY [--rounds N] [--processes N] [--listeners N]
"""
import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
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


def run(cmd):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--processes", type=int, default=1000)
    parser.add_argument("--listeners", type=int, default=200)
    args = parser.parse_args()
    if not shutil.which("socat"):
        sys.exit("needs socat for the extra listeners")

    children = []
    try:
        ports = []
        for _ in range(args.listeners):
            port = free_port()
            children.append(subprocess.Popen(
                ["socat", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork", "SYSTEM:true"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            ports.append(port)
        for _ in range(max(0, args.processes - args.listeners)):
            children.append(subprocess.Popen(["sleep", "3600"]))
        deadline = time.monotonic() + 30
        for port in ports:
            if not wait_listening(port, deadline):
                sys.exit(f"socat did not listen on {port}")
        target = ports[len(ports) // 2]

        env = dict(os.environ, LD_LOG_LEVEL="off")
        os.environ.update(env)
        commands = {
            "localhost-doctor listeners": [args.binary, "listeners"],
            f"localhost-doctor check localhost:{target}": [args.binary, "check", f"localhost:{target}"],
            "ss -ltnp": ["ss", "-ltnp"],
        }
        if shutil.which("lsof"):
            commands["lsof -iTCP -sTCP:LISTEN -nP"] = ["lsof", "-iTCP", "-sTCP:LISTEN", "-nP"]
        times = {name: [] for name in commands}
        for name, cmd in commands.items():  # warm the page cache once
            run(cmd)
        for _ in range(args.rounds):
            for name, cmd in commands.items():
                times[name].append(run(cmd))

        medians = {name: statistics.median(values) for name, values in times.items()}
        print(f"{len(children)} extra processes, {args.listeners} extra listeners, "
              f"{args.rounds} alternating rounds, median wall time:\n")
        print("| command | median ms |")
        print("|---|---|")
        for name, value in medians.items():
            print(f"| `{name}` | {value:.1f} |")
        ss = medians["ss -ltnp"]
        print()
        print("| ratio | median |")
        print("|---|---|")
        print(f"| listeners / ss -ltnp | {medians['localhost-doctor listeners'] / ss:.2f} |")
        if "lsof -iTCP -sTCP:LISTEN -nP" in medians:
            print(f"| listeners / lsof | "
                  f"{medians['localhost-doctor listeners'] / medians['lsof -iTCP -sTCP:LISTEN -nP']:.2f} |")
        check = [v for k, v in medians.items() if k.startswith("localhost-doctor check")][0]
        print(f"| check / ss -ltnp | {check / ss:.2f} |")
    finally:
        for child in children:
            child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(timeout=5)
            except subprocess.TimeoutExpired:
                child.kill()


if __name__ == "__main__":
    main()
