#!/usr/bin/env python3
"""The language server's benchmark (`make bench`, after bench/run.sh).

On a file of 1,000 generated collaborations (bench/gen.py, about 3 MB):
the time from a textDocument/didChange of one character to the
textDocument/publishDiagnostics that answers it, over BENCH_LSP_EDITS edits
(default 200; each edit waits for its diagnostics, as a user typing
slower than the server does); the median and the 95th percentile against
the targets (median <= 20 ms, p95 <= 40 ms). Then the server's resident
memory (VmHWM, VmRSS from /proc) with 50 such files open. Prints a
markdown table; never fails on a number: a benchmark is not a test.

    SAMW=build/samw BENCH_DIR=build/bench python3 bench/lsp.py
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SAMW = os.environ.get("SAMW", os.path.join(os.path.dirname(HERE), "build", "samw"))
OUT = os.environ.get("BENCH_DIR", os.path.join(os.path.dirname(HERE), "build", "bench"))
EDITS = int(os.environ.get("BENCH_LSP_EDITS", "200"))
FILES = int(os.environ.get("BENCH_LSP_FILES", "50"))


def frame(o):
    b = json.dumps(o).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b


class Client:
    def __init__(self):
        self.p = subprocess.Popen([SAMW, "lsp", "--lang", "en"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE)
        self.n = 0

    def send(self, o):
        self.p.stdin.write(frame(o))
        self.p.stdin.flush()

    def read(self):
        f = self.p.stdout
        length = 0
        while True:
            line = f.readline()
            if not line:
                raise SystemExit("bench: the server ended")
            if line in (b"\r\n", b"\n"):
                break
            k, _, v = line.partition(b":")
            if k.lower() == b"content-length":
                length = int(v)
        return json.loads(f.read(length))

    def until(self, pred):
        while True:
            m = self.read()
            if pred(m):
                return m

    def request(self, method, params):
        self.n += 1
        self.send({"jsonrpc": "2.0", "id": self.n, "method": method, "params": params})
        return self.until(lambda m: m.get("id") == self.n)

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri, version):
        return self.until(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                          and m["params"]["uri"] == uri and m["params"].get("version") == version)

    def memory(self):
        got = {}
        with open("/proc/%d/status" % self.p.pid) as f:
            for line in f:
                k, _, v = line.partition(":")
                if k in ("VmHWM", "VmRSS"):
                    got[k] = int(v.split()[0]) * 1024
        return got

    def cpu(self):
        """The server's CPU time so far (user and system), in seconds."""
        with open("/proc/%d/stat" % self.p.pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.p.wait()


def main():
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "lsp-1000.samw")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--count", "1000",
                        "--samw", path], check=True)
    text = open(path, encoding="utf-8").read()
    size = len(text.encode())
    c = Client()
    c.request("initialize", {"capabilities": {"general": {"positionEncodings": ["utf-8"]}}})
    c.notify("initialized", {})
    uri = "file://" + os.path.abspath(path)
    c.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "samw",
                                                        "version": 1, "text": text}})
    c.diagnostics(uri, 1)
    # one character typed and taken back, in turn, in the middle of the file
    lines = text.split("\n")
    line = len(lines) // 2
    col = len(lines[line].encode())
    times = []
    version = 1
    cpu0 = c.cpu()
    for i in range(EDITS):
        version += 1
        at = {"line": line, "character": col}
        if i % 2 == 0:
            change = {"range": {"start": at, "end": at}, "text": "x"}
        else:
            change = {"range": {"start": at, "end": {"line": line, "character": col + 1}}, "text": ""}
        t0 = time.perf_counter()
        c.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                            "contentChanges": [change]})
        c.diagnostics(uri, version)
        times.append(time.perf_counter() - t0)
    cpu = (c.cpu() - cpu0) / EDITS
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * len(times))) - 1)]
    one = c.memory()
    for k in range(1, FILES):
        u = "file://%s/lsp-copy-%d.samw" % (os.path.abspath(OUT), k)
        c.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "samw",
                                                            "version": 1, "text": text}})
        c.diagnostics(u, 1)
    many = c.memory()
    c.stop()

    def ms(s):
        return "%.1f ms" % (s * 1000)

    def mib(b):
        return "%.0f MiB" % (b / 1048576)
    print("## Language server (samw lsp)")
    print()
    print("A file of 1,000 collaborations (%.1f MB): %d edits of one character, each "
          "timed from its didChange to its publishDiagnostics; the load of this machine "
          "when measured (1, 5, 15 minutes): %s." % (size / 1e6, EDITS, " ".join(open("/proc/loadavg").read().split()[:3])))
    print()
    print("| figure | measured | target | verdict |")
    print("|---|---:|---:|---|")
    print("| median | %s | 20 ms | %s |" % (ms(median), "met" if median <= 0.020 else "not met"))
    print("| 95th percentile | %s | 40 ms | %s |" % (ms(p95), "met" if p95 <= 0.040 else "not met"))
    print("| slowest | %s | | |" % ms(times[-1]))
    print("| server CPU time per edit (user + system) | %s | | |" % ms(cpu))
    print("| resident memory, 1 file open | %s | | |" % mib(one["VmRSS"]))
    print("| resident memory, %d files open | %s (peak %s) | | |" % (FILES, mib(many["VmRSS"]), mib(many["VmHWM"])))
    print()


if __name__ == "__main__":
    main()
