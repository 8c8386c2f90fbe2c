#!/usr/bin/python3
"""A stand-in for `samw lsp`, for tests/integration.sh while samw has no
language server of its own: installed as `samw` on PATH, it passes every
other command to the real samw ($SAMW), and for `samw lsp [--lang L]`
speaks enough LSP over standard input and output for an editor's client:
initialize, shutdown and exit, and on didOpen and didChange it publishes the
diagnostics `samw check --format json` finds in the text. It appends each
command line and each method it receives to $SAMW_STUB_LOG."""
import json
import os
import subprocess
import sys

REAL = os.environ["SAMW"]
LOG = os.environ.get("SAMW_STUB_LOG")


def log(line):
    if LOG:
        with open(LOG, "a", encoding="utf-8") as f:
            f.write(line + "\n")


args = sys.argv[1:]
if args[:1] != ["lsp"]:
    os.execv(REAL, [REAL] + args)
log("args " + " ".join(args))
lang = args[2] if args[1:2] == ["--lang"] and len(args) > 2 else "en"
inp, out = sys.stdin.buffer, sys.stdout.buffer


def send(msg):
    body = json.dumps(dict(jsonrpc="2.0", **msg)).encode()
    out.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    out.flush()


def publish(uri, text):
    r = subprocess.run([REAL, "check", "--format", "json", "--lang", lang, "-"],
                       input=text.encode(), capture_output=True, check=False)
    severity = {"error": 1, "warning": 2, "note": 3}
    diags = [{"range": {"start": {"line": d["start"]["line"] - 1, "character": d["start"]["column"] - 1},
                        "end": {"line": d["end"]["line"] - 1, "character": d["end"]["column"] - 1}},
              "severity": severity[d["severity"]], "code": d["code"], "source": "samw",
              "message": d["message"]} for d in json.loads(r.stdout)["diagnostics"]]
    send({"method": "textDocument/publishDiagnostics", "params": {"uri": uri, "diagnostics": diags}})


while True:
    length = None
    while True:
        line = inp.readline()
        if not line:
            sys.exit(0)
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    msg = json.loads(inp.read(length))
    method = msg.get("method")
    params = msg.get("params") or {}
    if method == "textDocument/didOpen":
        td = params["textDocument"]
        log(f"{method} {td['languageId']} {os.path.basename(td['uri'])}")
        publish(td["uri"], td["text"])
    elif method == "textDocument/didChange":
        log(method)
        publish(params["textDocument"]["uri"], params["contentChanges"][-1]["text"])
    elif method == "initialize":
        log(f"{method} {params.get('rootUri')}")
        send({"id": msg["id"], "result": {"capabilities": {"textDocumentSync": 1},
                                          "serverInfo": {"name": "samw-stub"}}})
    elif method == "shutdown":
        log(method)
        send({"id": msg["id"], "result": None})
    elif method == "exit":
        log(method)
        sys.exit(0)
    elif "id" in msg:
        send({"id": msg["id"], "error": {"code": -32601, "message": f"not in the stub: {method}"}})
    else:
        log(method)
