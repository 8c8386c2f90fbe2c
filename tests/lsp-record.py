#!/usr/bin/python3
"""What an editor sends `samw lsp`, for tests/integration.sh: installed as
`samw` on PATH, it passes every other command to the real samw ($SAMW), and
for `samw lsp ...` starts the real server and relays the editor's messages
to it unchanged (and its answers back), appending the command line and, per
message, the method (with the root of `initialize`, and the language and
file name of `didOpen`) to $SAMW_LSP_LOG. The tests then know how the
editor started the server and what it sent, not only what it showed."""
import json
import os
import subprocess
import sys
import threading

REAL = os.environ["SAMW"]
LOG = os.environ.get("SAMW_LSP_LOG")


def log(line):
    if LOG:
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(line + "\n")


args = sys.argv[1:]
if args[:1] != ["lsp"]:
    os.execv(REAL, [REAL] + args)
log("args " + " ".join(args))
server = subprocess.Popen([REAL] + args, stdin=subprocess.PIPE, stdout=subprocess.PIPE)


def answers():
    # the server's messages, byte for byte, to the editor
    while True:
        chunk = server.stdout.read1(65536)
        if not chunk:
            break
        sys.stdout.buffer.write(chunk)
        sys.stdout.buffer.flush()


relay = threading.Thread(target=answers)
relay.start()
inp = sys.stdin.buffer
while True:
    header, length = b"", None
    while True:
        line = inp.readline()
        if not line:
            break
        header += line
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    if not line or length is None:
        break
    body = inp.read(length)
    msg = json.loads(body)
    method, params = msg.get("method"), msg.get("params") or {}
    if method == "initialize":
        log(f"{method} {params.get('rootUri')}")
    elif method == "textDocument/didOpen":
        td = params["textDocument"]
        log(f"{method} {td['languageId']} {os.path.basename(td['uri'])}")
    elif method:
        log(method)
    try:
        server.stdin.write(header + body)
        server.stdin.flush()
    except BrokenPipeError:
        break
    if method == "exit":
        break  # as the server itself: nothing is read after exit
try:
    server.stdin.close()
except BrokenPipeError:
    pass
relay.join()
sys.exit(server.wait())
