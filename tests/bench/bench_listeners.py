#!/usr/bin/env python3
"""Times `localhost-doctor listeners` and `check` against ss and lsof, alternating, in one run.

The load of issue 17: 1,000 extra processes (sleep), 200 of them socat processes holding one
listener each, so the owner scan has to look through many processes; `check` targets a healthy
HTTP server (python3 -m http.server) started in the middle of them. Each command runs ROUNDS times
in turn, each round in a shuffled order; the report is the median wall time of each and the median ratios (absolute times on a
shared machine are noise; ratios from one alternating run are not). The children are started
here and killed at the end. Nothing here asserts: it measures.

--baseline OTHER_BINARY runs the same commands of a second build in the same rotation, to say
what one change bought (docs/performance.md).

--baseline-env VAR=VALUE runs the baseline (by default the same binary) with that environment:
LD_SCAN_THREADS=1 against the default two threads says what the parallel owner scan buys.

usage: bench_listeners.py BINARY [--baseline BINARY] [--baseline-env VAR=VALUE] [--rounds N]
                          [--processes N] [--listeners N]
"""
import argparse
import os
import random
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


def run(cmd, env=None):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, env=env)
    return (time.perf_counter() - start) * 1000.0


def start_load(args, children):
    """socat listeners with the HTTP server in the middle, then the sleeps; returns its port."""
    ports = []
    http_port = None
    for i in range(args.listeners):
        if i == args.listeners // 2:
            http_port = free_port()
            children.append(subprocess.Popen(
                [sys.executable, "-m", "http.server", str(http_port), "--bind", "127.0.0.1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/"))
            ports.append(http_port)
        port = free_port()
        children.append(subprocess.Popen(
            ["socat", f"TCP-LISTEN:{port},bind=127.0.0.1,reuseaddr,fork", "SYSTEM:true"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        ports.append(port)
    for _ in range(max(0, args.processes - len(children))):
        children.append(subprocess.Popen(["sleep", "3600"]))
    deadline = time.monotonic() + 60
    for port in ports:
        if not wait_listening(port, deadline):
            sys.exit(f"nothing listens on {port} after 60 s")
    return http_port


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--baseline", help="a second build's localhost-doctor, timed in the same rotation")
    parser.add_argument("--baseline-env", action="append", default=[], metavar="VAR=VALUE",
                        help="environment for the baseline's runs (with no --baseline: the same binary), "
                             "e.g. LD_SCAN_THREADS=1 against the default")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--processes", type=int, default=1000)
    parser.add_argument("--listeners", type=int, default=200)
    args = parser.parse_args()
    if not shutil.which("socat"):
        sys.exit("needs socat for the extra listeners")

    children = []
    try:
        target = start_load(args, children)
        os.environ["LD_LOG_LEVEL"] = "off"
        builds = {"": args.binary}
        if args.baseline or args.baseline_env:
            args.baseline = args.baseline or args.binary
            builds = {"new ": args.binary, "old ": args.baseline}
        baseline_env = dict(os.environ, **dict(item.split("=", 1) for item in args.baseline_env))
        commands = {}
        envs = {}
        for label, binary in builds.items():
            commands[f"{label}listeners --json"] = [binary, "listeners", "--json"]
            commands[f"{label}check localhost:{target}"] = [binary, "check", f"localhost:{target}"]
            commands[f"{label}--version"] = [binary, "--version"]
            if label == "old ":
                for name in (f"{label}listeners --json", f"{label}check localhost:{target}", f"{label}--version"):
                    envs[name] = baseline_env
        commands["ss -ltnp"] = ["ss", "-ltnp"]
        if shutil.which("lsof"):
            commands["lsof -iTCP -sTCP:LISTEN -nP"] = ["lsof", "-iTCP", "-sTCP:LISTEN", "-nP"]
        times = {name: [] for name in commands}
        for name, cmd in commands.items():  # warm the page cache once
            run(cmd, envs.get(name))
        # Each round in its own order (seeded, so runs repeat): a command that always ran right
        # after ss or lsof, which read every process and stat every file, would pay for them
        # (about 3 ms here) and lose against one that always follows --version.
        order = list(commands.items())
        shuffler = random.Random(17)
        for _ in range(args.rounds):
            shuffler.shuffle(order)
            for name, cmd in order:
                times[name].append(run(cmd, envs.get(name)))

        medians = {name: statistics.median(values) for name, values in times.items()}
        print(f"{len(children)} extra processes, {args.listeners} extra listeners (socat) and one "
              f"python3 http.server (the check's target), {args.rounds} alternating rounds.\n")
        ss = medians["ss -ltnp"]
        print("| command | median / ss -ltnp | median ms (noise) |")
        print("|---|---|---|")
        for name, value in medians.items():
            print(f"| `{name}` | {value / ss:.2f} | {value:.1f} |")
        lsof = medians.get("lsof -iTCP -sTCP:LISTEN -nP")
        for label in builds:
            listeners = medians[f"{label}listeners --json"]
            check = medians[f"{label}check localhost:{target}"]
            print(f"\n{label or 'this build'}:".replace(" :", ":"))
            print("| ratio | median | aim |")
            print("|---|---|---|")
            print(f"| listeners --json / ss -ltnp | {listeners / ss:.2f} | ≤ 0.6 |")
            if lsof:
                print(f"| listeners --json / lsof | {listeners / lsof:.2f} | ≤ 0.3 |")
            print(f"| check (healthy HTTP) / ss -ltnp | {check / ss:.2f} | ≤ 0.5 |")
        if args.baseline:
            print("\n| new / old | median |")
            print("|---|---|")
            for name in ("listeners --json", f"check localhost:{target}", "--version"):
                print(f"| `{name}` | {medians['new ' + name] / medians['old ' + name]:.2f} |")
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
