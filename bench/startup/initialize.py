#!/usr/bin/env python3
"""Spawn -> initialize result of a language-server command, as an editor starts it; wall and CPU time.

Usage: bench/startup/initialize.py WORKSPACE RUNS COMMAND...
  e.g. MIGRATION_LSP_CACHE=/tmp/cache MIGRATION_LSP_JAR=server/target/migration-lsp.jar \
       bench/startup/initialize.py /tmp/ws 5 bin/migration-lsp lsp
Each run spawns COMMAND, sends initialize for WORKSPACE (one folder, a small VS Code-like capability set), reads the
result, records the wall time from spawn and the process's CPU time (user + system, /proc, 10 ms ticks), then shuts the
server down. THREADS=1 also prints each thread's CPU at that moment (the JIT compiler threads, the start-up threads),
which shows where the CPU went on a loaded machine where wall times mean little. The first run of bin/migration-lsp
records its class archive; run once before timing.
"""
import json
import os
import statistics
import subprocess
import sys
import time

root, runs, cmd = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
params = {
    "processId": os.getpid(),
    "workspaceFolders": [{"uri": "file://" + os.path.abspath(root), "name": os.path.basename(root)}],
    "capabilities": {
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True},
                      "workspaceEdit": {"documentChanges": True}, "applyEdit": True},
        "textDocument": {"codeAction": {"codeActionLiteralSupport": {
            "codeActionKind": {"valueSet": ["quickfix", "source.fixAll"]}}}},
    },
}


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read(out):
    length = None
    while True:
        line = out.readline()
        if not line:
            raise EOFError("the server closed its output")
        line = line.strip()
        if not line:
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(out.read(length))


def cpu_ms(stat_path):
    stat = open(stat_path).read()
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) * 10


walls, cpus = [], []
for _ in range(runs):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params}))
    p.stdin.flush()
    while read(p.stdout).get("id") != 1:
        pass
    walls.append((time.perf_counter() - t0) * 1000)
    cpus.append(cpu_ms(f"/proc/{p.pid}/stat"))
    if os.environ.get("THREADS"):
        rows = []
        for t in os.listdir(f"/proc/{p.pid}/task"):
            try:
                stat = open(f"/proc/{p.pid}/task/{t}/stat").read()
                rows.append((cpu_ms(f"/proc/{p.pid}/task/{t}/stat"), stat[stat.index("(") + 1:stat.rindex(")")]))
            except OSError:
                pass  # a thread that ended meanwhile
        print("  threads (CPU ms):", ", ".join(f"{n}={c}" for c, n in sorted(rows, reverse=True) if c))
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    p.stdin.flush()
    try:
        p.wait(10)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
print("spawn -> initialize: median %.0f ms (min %.0f, max %.0f); CPU at initialize: median %.0f ms (min %.0f); "
      "load average %s" % (statistics.median(walls), min(walls), max(walls), statistics.median(cpus), min(cpus),
                           " ".join(open("/proc/loadavg").read().split()[:3])))
