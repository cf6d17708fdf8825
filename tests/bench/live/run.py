#!/usr/bin/env python3
"""The live spectators benchmark: our server against a small Node.js ws broadcaster, same load, same run.

run.py --server PATH [--clients 100,500,1000] [--seconds 10] [--repeat 1] [--json FILE]

For each N and each server: start it on a free port, wait for "ready", start two load processes
(spectators.js) with N/2 clients each, give both the same measuring window, read the server's CPU
(utime + stime from /proc over the window) and memory (VmRSS, VmHWM at the end), merge the two
latency histograms, sum what was lost, stop everything. Prints a table and the ratios ours/reference
(with --repeat R, each pair runs R times in alternating order and the ratios use the medians).
Standard library only; prints, never asserts.
"""

import argparse
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CLK_TCK = os.sysconf("SC_CLK_TCK")
WARMUP_S = 2.0


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def descendants(pid):
    """pid and every process under it (a wrapper script's child is the real server)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo.extend(int(c) for c in f.read().split())
        except OSError:
            pass
    return found


def cpu_ticks(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15)
        except OSError:
            pass
    return total


def memory_kb(pids):
    rss = hwm = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1])
                    elif line.startswith("VmHWM:"):
                        hwm += int(line.split()[1])
        except OSError:
            pass
    return rss, hwm


def line_reader(stream, q):
    for line in iter(stream.readline, ""):
        q.put(line)
    q.put(None)


class Proc:
    """A child process whose stdout lines arrive on a queue."""

    def __init__(self, argv, stdin=None):
        self.argv = argv
        self.p = subprocess.Popen(argv, cwd=HERE, stdin=stdin, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, bufsize=1)
        self.lines = queue.Queue()
        self.stderr = []
        threading.Thread(target=line_reader, args=(self.p.stdout, self.lines), daemon=True).start()
        threading.Thread(target=self._keep_stderr, daemon=True).start()

    def _keep_stderr(self):
        for line in iter(self.p.stderr.readline, ""):
            self.stderr.append(line)

    def wait_line(self, predicate, timeout):
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                return None
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            if line is None:
                return None
            if predicate(line.strip()):
                return line.strip()

    def stop(self, timeout=5):
        """SIGTERM, then SIGKILL; returns the exit code."""
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(timeout)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        return self.p.returncode


def percentile(hist, p):
    total = sum(hist.values())
    if total == 0:
        return None
    seen = 0
    for ms in sorted(hist):
        seen += hist[ms]
        if seen >= p * total:
            return ms
    return max(hist)


def run_one(name, server_argv, clients, seconds):
    port = free_port()
    server = Proc(server_argv + ["--port", str(port)])
    result = {"server": name, "clients": clients, "command": " ".join(server_argv)}
    load = []
    try:
        if server.wait_line(lambda l: l == "ready", 20) is None:
            result["error"] = "the server did not print ready: " + "".join(server.stderr[-5:]).strip()
            return result
        url = f"ws://127.0.0.1:{port}/ws"
        halves = [clients // 2, clients - clients // 2]
        for k in halves:
            load.append(Proc(["node", "spectators.js", "--url", url, "--clients", str(k),
                              "--seconds", str(seconds), "--start-on-stdin"], stdin=subprocess.PIPE))
        for l in load:
            if l.wait_line(lambda s: s.startswith("connected"), 120) is None:
                result["error"] = "a load process did not connect: " + "".join(l.stderr[-5:]).strip()
                return result
        # both load processes measure the same window, and so does the server's CPU reading
        start = time.time() + WARMUP_S
        for l in load:
            l.p.stdin.write(f"{int(start * 1000)}\n")
            l.p.stdin.flush()
        time.sleep(max(0.0, start - time.time()))
        pids = descendants(server.p.pid)
        load_pids = [l.p.pid for l in load]
        t0, c0, l0 = time.monotonic(), cpu_ticks(pids), cpu_ticks(load_pids)
        time.sleep(seconds)
        t1, c1, l1 = time.monotonic(), cpu_ticks(pids), cpu_ticks(load_pids)
        rss, hwm = memory_kb(pids)
        reports = []
        for l in load:
            line = l.wait_line(lambda s: s.startswith("{"), seconds + 30)
            if line is None:
                result["error"] = "a load process printed no result: " + "".join(l.stderr[-5:]).strip()
                return result
            reports.append(json.loads(line))
        hist = {}
        for r in reports:
            for ms, count in r["histogram_ms"].items():
                hist[int(ms)] = hist.get(int(ms), 0) + int(count)
        messages = sum(r["messages"] for r in reports)
        sizes = [r["mean_bytes"] * r["messages"] for r in reports if r["mean_bytes"]]
        result.update({
            "connected": sum(r["connected"] for r in reports),
            "failed": sum(r["failed"] for r in reports),
            "closed": sum(r["closed"] for r in reports),
            "silent": sum(r["silent"] for r in reports),
            "messages": messages,
            # a load process starved of CPU closes its window late, so expect what its real window holds
            "expected": round(sum(r["clients"] * 30 * r["window_ms"] / 1000 for r in reports)),
            "lost": sum(r["lost"] for r in reports),
            "out_of_order": sum(r["out_of_order"] for r in reports),
            # the states the server built in the window, from the seqs read: under 30 Hz means it fell behind
            "rate_hz": rate_hz(reports),
            "mean_bytes": round(sum(sizes) / messages) if messages else None,
            "p50_ms": percentile(hist, 0.50),
            "p99_ms": percentile(hist, 0.99),
            "max_ms": max(hist) if hist else None,
            "cpu_pct": round(100.0 * (c1 - c0) / CLK_TCK / (t1 - t0), 1),
            "load_cpu_pct": round(100.0 * (l1 - l0) / CLK_TCK / (t1 - t0), 1),
            "rss_mb": round(rss / 1024, 1),
            "hwm_mb": round(hwm / 1024, 1),
            "histogram_ms": {str(k): hist[k] for k in sorted(hist)},
        })
        return result
    finally:
        for l in load:
            l.stop()
        code = server.stop()
        result["exit_code"] = code


def fmt(v):
    return "-" if v is None else str(v)


def rate_hz(reports):
    first = min((r["seq_first"] for r in reports if r["seq_first"]), default=0)
    last = max((r["seq_last"] for r in reports if r["seq_last"]), default=0)
    window = max((r["window_ms"] for r in reports), default=0)
    return round(1000.0 * (last - first + 1) / window, 1) if first and window else None


def median(values):
    values = sorted(v for v in values if v is not None)
    if not values:
        return None
    mid = len(values) // 2
    return values[mid] if len(values) % 2 else (values[mid - 1] + values[mid]) / 2


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "-"
    return f"{a / b:.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--server", required=True, help="our server program (bench_live_server)")
    ap.add_argument("--clients", default="100,500,1000", help="spectator counts, comma separated")
    ap.add_argument("--seconds", type=float, default=10, help="measuring window per run")
    ap.add_argument("--repeat", type=int, default=1, help="runs per server and N; ratios use the medians")
    ap.add_argument("--json", help="also write the results to this file")
    args = ap.parse_args()

    if not os.access(args.server, os.X_OK):
        sys.exit(f"run.py: {args.server} is not a program this user can run.")
    if not os.path.isdir(os.path.join(HERE, "node_modules", "ws")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)

    servers = [("ours", [os.path.abspath(args.server)]), ("ws", ["node", "wsbroadcaster.js"])]
    counts = [int(c) for c in args.clients.split(",") if c.strip()]
    seconds = args.seconds if args.seconds != int(args.seconds) else int(args.seconds)
    results = []
    for n in counts:
        for rep in range(args.repeat):
            # alternate which server goes first so a drift in the machine's load falls on both
            for name, argv in servers if rep % 2 == 0 else servers[::-1]:
                print(f"... {n} spectators, {name}, run {rep + 1} of {args.repeat}", file=sys.stderr, flush=True)
                results.append(run_one(name, argv, n, seconds))
    sys.stderr.flush()

    cols = ["N", "server", "p50 ms", "p99 ms", "max ms", "CPU %", "RSS MB", "HWM MB", "lost",
            "recv/expected", "Hz", "bytes", "load CPU %", "exit"]
    rows = []
    for r in results:
        if "error" in r:
            rows.append([str(r["clients"]), r["server"], "error: " + r["error"]])
            continue
        rows.append([str(r["clients"]), r["server"], fmt(r["p50_ms"]), fmt(r["p99_ms"]), fmt(r["max_ms"]),
                     fmt(r["cpu_pct"]), fmt(r["rss_mb"]), fmt(r["hwm_mb"]), fmt(r["lost"]),
                     f'{r["messages"]}/{r["expected"]}', fmt(r["rate_hz"]), fmt(r["mean_bytes"]), fmt(r["load_cpu_pct"]),
                     fmt(r.get("exit_code"))])
    widths = [max(len(c), *(len(row[i]) for row in rows if i < len(row))) for i, c in enumerate(cols)]
    print("  ".join(c.rjust(w) for c, w in zip(cols, widths)))
    for r, row in zip(results, rows):
        print("  ".join(v.rjust(w) for v, w in zip(row, widths)))
        notes = []
        for key in ("failed", "closed", "silent", "out_of_order"):
            if r.get(key):
                notes.append(f"{key} {r[key]}")
        if notes:
            print("    " + ", ".join(notes))

    print()
    print("ours / ws reference (below 1 is better)" + (f", medians of {args.repeat} runs:" if args.repeat > 1 else ":"))
    summary = []
    for n in counts:
        ours = [r for r in results if r["clients"] == n and r["server"] == "ours" and "error" not in r]
        ref = [r for r in results if r["clients"] == n and r["server"] == "ws" and "error" not in r]
        line = {"clients": n}
        for key in ("p50_ms", "p99_ms", "cpu_pct", "rss_mb"):
            line[f"ours_{key}"] = median([r[key] for r in ours])
            line[f"ws_{key}"] = median([r[key] for r in ref])
        line["ours_lost"] = sum(r["lost"] for r in ours)
        line["ws_lost"] = sum(r["lost"] for r in ref)
        line["p99_ratio"] = ratio(line["ours_p99_ms"], line["ws_p99_ms"])
        line["cpu_ratio"] = ratio(line["ours_cpu_pct"], line["ws_cpu_pct"])
        summary.append(line)
        print(f"  N={n}: p99 {line['p99_ratio']} ({fmt(line['ours_p99_ms'])} / {fmt(line['ws_p99_ms'])} ms), "
              f"CPU {line['cpu_ratio']} ({fmt(line['ours_cpu_pct'])} / {fmt(line['ws_cpu_pct'])} % of one core), "
              f"lost {line['ours_lost']} / {line['ws_lost']}")

    if args.json:
        with open(args.json, "w") as f:
            json.dump({"seconds": seconds, "repeat": args.repeat, "cores": os.cpu_count(), "summary": summary,
                       "results": results}, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
