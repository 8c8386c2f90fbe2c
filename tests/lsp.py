#!/usr/bin/python3
"""The language server (samw lsp) through a scripted JSON-RPC client.

Speaks the Language Server Protocol to `samw lsp` over pipes, as an editor
does, and asserts exact responses: the lifecycle and its exit statuses, the
position encodings (UTF-8 and UTF-16, on text beyond ASCII and beyond the
Basic Multilingual Plane), the diagnostics of every invalid example
against `samw check --format json`, incremental edits, completion, hover,
definition, references, highlights, rename, the outline, folding,
formatting against `samw fmt`, quick fixes applied and checked again,
.samwrc and settings, many open documents, and hostile framing and
payloads. Only the standard library.

    tests/lsp.py build/samw
    LSP_SERVER="valgrind -q --error-exitcode=99 build/samw" tests/lsp.py build/samw
"""
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time

SAMW = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/samw")
# the server may run under a tool: LSP_SERVER="valgrind ... build/samw"
SERVER = os.environ.get("LSP_SERVER", SAMW).split()
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = int(os.environ.get("LSP_TIMEOUT", "20"))

passed = 0
failed = 0


def frame(obj):
    b = json.dumps(obj).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b


class Server:
    """One `samw lsp` process and a thread that reads its messages."""

    def __init__(self, args=(), env=None, cwd=None):
        e = dict(os.environ)
        e.pop("LC_ALL", None)
        e.pop("LC_MESSAGES", None)
        e["LANG"] = "C"
        if env:
            e.update(env)
        self.p = subprocess.Popen([*SERVER, "lsp", *args], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=e,
                                  cwd=cwd)
        self.q = queue.Queue()
        self.pending = []
        self.next_id = 1
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        f = self.p.stdout
        while True:
            length = None
            while True:
                line = f.readline()
                if not line:
                    self.q.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.partition(b":")
                if k.lower() == b"content-length":
                    length = int(v)
            body = f.read(length)
            self.q.put(json.loads(body))

    def raw(self, data):
        self.p.stdin.write(data)
        self.p.stdin.flush()

    def send(self, obj):
        self.raw(frame(obj))

    def notify(self, method, params=None):
        m = {"jsonrpc": "2.0", "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)

    def next(self, timeout=TIMEOUT):
        if self.pending:
            return self.pending.pop(0)
        try:
            return self.q.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("no message from the server within %ds" % timeout)

    def wait(self, pred, timeout=TIMEOUT):
        """The first message for which pred holds; the others are kept."""
        kept = []
        end = time.time() + timeout
        try:
            while True:
                for i, m in enumerate(self.pending):
                    if m is not None and pred(m):
                        return self.pending.pop(i)
                left = end - time.time()
                if left <= 0:
                    raise AssertionError("the awaited message did not come; got %r" % kept[-3:])
                try:
                    m = self.q.get(timeout=left)
                except queue.Empty:
                    continue
                if m is None:
                    raise AssertionError("the server ended; got %r" % kept[-3:])
                if pred(m):
                    return m
                kept.append(m)
        finally:
            self.pending.extend(kept)

    def request(self, method, params=None):
        i = self.next_id
        self.next_id += 1
        m = {"jsonrpc": "2.0", "id": i, "method": method}
        if params is not None:
            m["params"] = params
        self.send(m)
        return self.wait(lambda r: r.get("id") == i and "method" not in r)

    def result(self, method, params=None):
        r = self.request(method, params)
        if "error" in r:
            raise AssertionError("%s: error %r" % (method, r["error"]))
        return r["result"]

    def diagnostics(self, uri):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri)["params"]

    def logs(self):
        return [m["params"]["message"] for m in self.pending
                if m and m.get("method") == "window/logMessage"]

    def end(self, timeout=TIMEOUT):
        try:
            self.p.stdin.close()
        except BrokenPipeError:
            pass
        try:
            return self.p.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.p.kill()
            raise AssertionError("the server did not end")


def started(encodings=("utf-8", "utf-16"), locale=None, snippets=True, options=None, **kw):
    s = Server(**kw)
    caps = {"textDocument": {"completion": {"completionItem": {"snippetSupport": snippets}}}}
    if encodings is not None:
        caps["general"] = {"positionEncodings": list(encodings)}
    params = {"processId": None, "rootUri": None, "capabilities": caps}
    if locale:
        params["locale"] = locale
    if options is not None:
        params["initializationOptions"] = options
    s.init = s.result("initialize", params)
    s.notify("initialized", {})
    return s


def stop(s):
    assert s.result("shutdown") is None
    s.notify("exit")
    rc = s.end()
    assert rc == 0, "exit status %d after shutdown and exit" % rc


def test(fn):
    global passed, failed
    try:
        fn()
        passed += 1
    except Exception as e:  # every failure is reported, the rest still run
        failed += 1
        print("FAIL %s: %s" % (fn.__name__, e))
    return fn


def eq(got, want, what=""):
    if got != want:
        raise AssertionError("%s\n  got:  %s\n  want: %s" % (what, json.dumps(got, ensure_ascii=False),
                                                          json.dumps(want, ensure_ascii=False)))


def uri_of(path):
    return "file://" + os.path.abspath(path)


def open_doc(s, uri, text, version=1):
    s.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "samw",
                                                        "version": version, "text": text}})


def opened(s, uri, text):
    """Open a document and wait for its first diagnostics."""
    open_doc(s, uri, text)
    return s.diagnostics(uri)


# positions as the protocol counts them, computed here independently
def position(text, off, enc):
    b = text.encode()
    before = b[:off]
    line = before.count(b"\n")
    start = before.rfind(b"\n") + 1
    seg = b[start:off]
    if enc == "utf-8":
        return {"line": line, "character": len(seg)}
    s = seg.decode("utf-8", "replace")
    return {"line": line, "character": sum(2 if ord(c) > 0xFFFF else 1 for c in s)}


def rng(text, a, b, enc):
    return {"start": position(text, a, enc), "end": position(text, b, enc)}


def offset_of(text, needle, nth=0):
    b = text.encode()
    at = -1
    for _ in range(nth + 1):
        at = b.index(needle.encode(), at + 1)
    return at


def pos_of(text, needle, enc, nth=0, plus=0):
    return position(text, offset_of(text, needle, nth) + plus, enc)


SEV = {"error": 1, "warning": 2, "note": 3}


def check_json(path, text, extra=()):
    r = subprocess.run([SAMW, "check", "--format", "json", "--lang", "en", "--no-config",
                        "--stdin-filename", path, "-", *extra], input=text.encode(),
                       capture_output=True)
    return json.loads(r.stdout)["diagnostics"]


def expected_diags(path, text, enc):
    out = []
    for d in check_json(path, text):
        msg = d["message"]
        for n in d["notes"]:
            msg += "\nnote: " + n
        for h in d["help"]:
            msg += "\nhelp: " + h
        out.append({"code": d["code"], "severity": SEV[d["severity"]],
                    "range": rng(text, d["start"]["offset"], d["end"]["offset"], enc),
                    "message": msg})
    return out


def got_diags(ds):
    return [{"code": d["code"], "severity": d["severity"], "range": d["range"],
             "message": d["message"]} for d in ds]


FEATURES = """collaboration zorg "Zorg Noord" {
    form alliance
    goal "Betere zorg"
    party huisarts "Huisartsen Noord" {
        kind organisation
        interest "Minder wachttijd"
    }
    party ziekenhuis "Ziekenhuis Noord" {
        interest "Betere doorstroming"
    }
    agreement convenant "Convenant café 𝄞" { kind contract; between huisarts, ziekenhuis }
    governance {
        body stuur "Stuurgroep" {
            members huisarts, ziekenhuis
            decides consensus
        }
    }
}
"""

# ---- lifecycle ----------------------------------------------------------------


@test
def lifecycle_exit_codes():
    s = Server()
    r = s.request("textDocument/hover", {})
    eq(r["error"]["code"], -32002, "a request before initialize")
    eq(r["error"]["message"], "the server has not been initialised yet")
    init = s.result("initialize", {"capabilities": {}})
    eq(init["capabilities"]["positionEncoding"], "utf-16", "no encodings offered")
    eq(init["serverInfo"]["name"], "samw")
    eq(s.request("initialize", {"capabilities": {}})["error"]["code"], -32600, "initialize twice")
    stop(s)
    # exit without shutdown: 1
    s = started()
    s.notify("exit")
    eq(s.end(), 1, "exit without shutdown")
    # the input ends without exit: 1
    s = started()
    eq(s.end(), 1, "end of input")
    # after shutdown, requests are refused and exit gives 0
    s = started()
    s.result("shutdown")
    r = s.request("textDocument/hover", {"textDocument": {"uri": "x"}, "position": {"line": 0, "character": 0}})
    eq(r["error"]["code"], -32600, "a request after shutdown")
    s.notify("exit")
    eq(s.end(), 0, "exit after shutdown")


@test
def capabilities_and_encoding():
    s = started(encodings=["utf-8", "utf-16"])
    caps = s.init["capabilities"]
    eq(caps["positionEncoding"], "utf-8")
    eq(caps["textDocumentSync"], {"openClose": True, "change": 2, "save": {"includeText": False}})
    for k in ["hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider",
              "documentSymbolProvider", "foldingRangeProvider", "documentFormattingProvider"]:
        eq(caps[k], True, k)
    eq(caps["renameProvider"], {"prepareProvider": True})
    eq(caps["codeActionProvider"], {"codeActionKinds": ["quickfix"]})
    stop(s)
    s = started(encodings=["utf-16"])
    eq(s.init["capabilities"]["positionEncoding"], "utf-16")
    stop(s)


@test
def unknown_methods():
    s = started()
    r = s.request("samw/nothing", {})
    eq(r["error"], {"code": -32601, "message": "unknown method: samw/nothing"})
    s.notify("samw/nothing", {})
    s.notify("$/setTrace", {"value": "off"})
    r = s.request("$/whatever", {})
    eq(r["error"]["code"], -32601)
    log = s.wait(lambda m: m.get("method") == "window/logMessage")
    eq(log["params"]["message"], "unknown method: samw/nothing")
    stop(s)


# ---- diagnostics --------------------------------------------------------------


@test
def diagnostics_of_every_invalid_example():
    for enc in ("utf-8", "utf-16"):
        s = started(encodings=[enc])
        folder = os.path.join(ROOT, "examples", "invalid")
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            text = open(path, encoding="utf-8", errors="surrogateescape").read()
            if "\udc80" <= max(text) and any("\udc80" <= c <= "\udcff" for c in text):
                continue  # not UTF-8: an editor cannot send it as a string
            uri = uri_of(path)
            open_doc(s, uri, text)
            got = s.diagnostics(uri)
            eq(got["version"], 1)
            eq(got_diags(got["diagnostics"]), expected_diags(path, text, enc), "%s (%s)" % (name, enc))
        stop(s)


@test
def diagnostic_fields():
    s = started(options={"docsUrl": "https://example.org/checks.md"})
    text = FEATURES.replace("between huisarts, ziekenhuis", "between huisarts, ziekenhuiss")
    text += "# samw: allow no-goal -- there is one\ncollaboration b \"B\" {\n}\n"
    uri = "file:///nowhere/f.samw"
    open_doc(s, uri, text)
    ds = s.diagnostics(uri)["diagnostics"]
    unknown = [d for d in ds if d["code"] == "SW007"][0]
    eq(unknown["codeDescription"], {"href": "https://example.org/checks.md#sw007"})
    eq(unknown["source"], "samw")
    eq(unknown["range"], rng(text, offset_of(text, "ziekenhuiss"), offset_of(text, "ziekenhuiss") + 11, "utf-8"))
    unused = [d for d in ds if d["code"] == "SW012"]
    eq(len(unused), 0, "the suppression silences SW201")
    text2 = text.replace("collaboration b \"B\" {\n}", "collaboration b \"B\" {\n    goal \"g\"\n}")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2},
                                        "contentChanges": [{"text": text2}]})
    ds = s.diagnostics(uri)
    eq(ds["version"], 2)
    unused = [d for d in ds["diagnostics"] if d["code"] == "SW012"][0]
    eq(unused["tags"], [1], "an unused suppression is unnecessary")
    eq(unused["codeDescription"], {"href": "https://example.org/checks.md#sw012"})
    eq(unused["severity"], 3)
    # a second place: a name declared twice
    dup = FEATURES.replace('party ziekenhuis "Ziekenhuis Noord"', 'party huisarts "Ziekenhuis Noord"')
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3},
                                        "contentChanges": [{"text": dup}]})
    d6 = [d for d in s.diagnostics(uri)["diagnostics"] if d["code"] == "SW006"][0]
    first = offset_of(dup, "huisarts")
    eq(d6["relatedInformation"][0]["location"], {"uri": uri, "range": rng(dup, first, first + 8, "utf-8")})
    want = check_json("f.samw", dup)
    eq(d6["relatedInformation"][0]["message"],
       [x for x in want if x["code"] == "SW006"][0]["related"][0]["message"])
    stop(s)


def apply_change(text, start, end, new, enc):
    """Apply a ranged change the way the protocol means it (positions in enc)."""
    def off(p):
        lines = text.encode().split(b"\n")
        o = sum(len(l) + 1 for l in lines[:p["line"]])
        line = lines[p["line"]].decode()
        units = 0
        for c in line:
            if units >= p["character"]:
                break
            units += len(c.encode()) if enc == "utf-8" else (2 if ord(c) > 0xFFFF else 1)
            o += len(c.encode())
        return o
    b = text.encode()
    return (b[:off(start)] + new.encode() + b[off(end):]).decode()


@test
def code_links_by_default():
    # docs/checks.md beside the samw that runs: here, the source tree's
    s = started()
    uri = "file:///nowhere/l.samw"
    open_doc(s, uri, FEATURES)
    d = s.diagnostics(uri)["diagnostics"][0]
    eq(d["codeDescription"], {"href": "file://" + os.path.realpath(os.path.join(ROOT, "docs", "checks.md")) + "#" + d["code"].lower()})
    stop(s)


@test
def incremental_changes_both_encodings():
    for enc in ("utf-8", "utf-16"):
        s = started(encodings=[enc])
        uri = "file:///nowhere/inc.samw"
        text = FEATURES
        opened(s, uri, text)
        # after the non-ASCII title: rename a use, insert a line, delete one
        edits = [
            (pos_of(text, "ziekenhuis }", enc), pos_of(text, "ziekenhuis }", enc, plus=10), "zkh"),
        ]
        version = 1
        for start, end, new in edits:
            version += 1
            s.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": {"start": start, "end": end}, "text": new}]})
            text = apply_change(text, start, end, new, enc)
            got = s.diagnostics(uri)
            eq(got["version"], version)
            eq(got_diags(got["diagnostics"]), expected_diags("/nowhere/inc.samw", text, enc), enc)
        assert "between huisarts, zkh }" in text
        # several changes in one notification, applied in order
        version += 1
        p1 = pos_of(text, "goal", enc)
        changes = [{"range": {"start": p1, "end": p1}, "text": "# é 𝄞\n    "}]
        text = apply_change(text, p1, p1, "# é 𝄞\n    ", enc)
        p2 = pos_of(text, "zkh", enc)
        p3 = pos_of(text, "zkh", enc, plus=3)
        changes.append({"range": {"start": p2, "end": p3}, "text": "ziekenhuis"})
        text = apply_change(text, p2, p3, "ziekenhuis", enc)
        s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version},
                                            "contentChanges": changes})
        got = s.diagnostics(uri)
        eq(got_diags(got["diagnostics"]), expected_diags("/nowhere/inc.samw", text, enc), enc + " twice")
        # the server's text is the client's: formatting returns it laid out
        fmt = s.result("textDocument/formatting", {"textDocument": {"uri": uri},
                                                   "options": {"tabSize": 4, "insertSpaces": True}})
        want = subprocess.run([SAMW, "fmt", "-"], input=text.encode(), capture_output=True).stdout.decode()
        eq(fmt[0]["newText"], want, "formatted after the edits")
        stop(s)


@test
def many_documents():
    s = started()
    uris = ["file:///nowhere/doc%d.samw" % i for i in range(40)]
    for i, u in enumerate(uris):
        open_doc(s, u, FEATURES.replace("zorg", "zorg%d" % i))
    seen = {}
    for u in uris:
        seen[u] = s.diagnostics(u)
    eq(len(seen), 40)
    for u in uris[:20]:
        s.notify("textDocument/didClose", {"textDocument": {"uri": u}})
        eq(s.diagnostics(u)["diagnostics"], [], "closed: its diagnostics go")
    r = s.request("textDocument/hover", {"textDocument": {"uri": uris[0]}, "position": {"line": 0, "character": 0}})
    eq(r["error"], {"code": -32602, "message": "no open document " + uris[0]})
    stop(s)


# ---- completion ----------------------------------------------------------------


def labels(items):
    return [i["label"] for i in items["items"]]


@test
def completion():
    s = started()
    uri = "file:///nowhere/c.samw"
    text = FEATURES.replace('        kind organisation\n', '        kind organisation\n        \n')
    text = text.replace("    form alliance\n", "    form \n")
    opened(s, uri, text)

    def at(needle, plus=0, nth=0):
        return s.result("textDocument/completion", {"textDocument": {"uri": uri},
                                                    "position": pos_of(text, needle, "utf-8", nth, plus)})
    # the values of a form
    got = at("form ", 5)
    eq(labels(got), ["alliance", "network", "joint-venture", "cooperative", "public-body", "joint-body",
                     "operating-organisation", "central-municipality", "plain-arrangement", "other"])
    eq(got["items"][0]["kind"], 12)
    eq(got["items"][0]["detail"], "form")
    # on the keyword of a statement that stands once: it is offered still
    got = at("    form ", 6)
    eq(labels(got)[:2], ["form", "phase"])
    eq(got["items"][0]["textEdit"]["range"], rng(text, offset_of(text, "form"), offset_of(text, "form") + 2, "utf-8"))
    # the statements of a party, on the empty line in one (`kind` stands
    # once, and does already)
    got = at("        \n", 8)
    eq(labels(got), ["part-of", "kvk", "registration", "represents", "joined", "left", "interest",
                     "contributes", "gives-up", "person"])
    # the statements of a collaboration, with snippets for blocks
    got = at("    party huisarts", 6)
    # the statements that stand once and do already are left out (form,
    # governance)
    eq(labels(got), ["phase", "goal", "strategy", "term", "extended", "renewal", "review", "exit",
                     "result", "process", "style", "budget", "basis", "membership", "party", "stakeholder",
                     "agreement"])
    party = [i for i in got["items"] if i["label"] == "party"][0]
    eq(party["kind"], 15)
    eq(party["insertTextFormat"], 2)
    eq(party["textEdit"]["newText"], 'party ${1:id} "${2:Name}" {\n\t$0\n}')
    eq(party["textEdit"]["range"], rng(text, offset_of(text, "party huisarts"), offset_of(text, "party huisarts") + 2, "utf-8"))
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": 99, "character": 0}})
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"text": text.replace("    governance {", "    gov\n    xgovernance {")}]})
    s.diagnostics(uri)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri}, "position": pos_of(text, "    governance {", "utf-8", plus=7)})
    gov = [i for i in got["items"] if i["label"] == "governance"][0]
    eq(gov["textEdit"]["newText"], "governance {\n\t$0\n}")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": text}]})
    s.diagnostics(uri)
    # party names where a party is named, and ways of deciding
    # (not those the statement names already)
    got = at("members huisarts", 8)
    eq(labels(got), ["huisarts"])
    eq(got["items"][0]["detail"], "Huisartsen Noord")
    got = at("decides consensus", 8)
    eq(labels(got), ["consensus", "unanimity", "majority", "huisarts", "ziekenhuis"])
    # a word being written: the range covers it
    got = at("decides consensus", 11)
    eq(got["items"][0]["textEdit"]["range"], rng(text, offset_of(text, "consensus"), offset_of(text, "consensus") + 3, "utf-8"))
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri}, "position": pos_of(text, "ziekenhuis }", "utf-8")})
    eq(labels(got), ["ziekenhuis"], "between huisarts, |ziekenhuis")
    # inside a text or a comment: nothing
    eq(labels(at("Betere zorg", 3)), [])
    uri2 = "file:///nowhere/c2.samw"
    t2 = FEATURES.replace("    goal", "    # a comment with form \n    goal")
    opened(s, uri2, t2)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri2},
                                               "position": pos_of(t2, "with form ", "utf-8", plus=10)})
    eq(labels(got), [], "in a comment")
    # the checks a suppression comment may name (SW001 and SW008 cannot be
    # silenced), from the start of the name being written
    t3 = FEATURES.replace("    goal", "    # samw: allow no-p\n    goal")
    uri3 = "file:///nowhere/c3.samw"
    opened(s, uri3, t3)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri3},
                                               "position": pos_of(t3, "no-p", "utf-8", plus=4)})
    rules = subprocess.run([SAMW, "rules", "--format", "json"], capture_output=True).stdout
    names = [r["name"] for r in json.loads(rules)["rules"] if r["code"] not in ("SW001", "SW008")]
    eq(labels(got), names)
    eq(got["items"][0]["detail"], "SW002: A word is not a keyword of the block it stands in.")
    eq(got["items"][0]["textEdit"]["range"], rng(t3, offset_of(t3, "no-p"), offset_of(t3, "no-p") + 4, "utf-8"))
    # past the reason, nothing
    t4 = FEATURES.replace("    goal", "    # samw: allow no-goal -- it is x\n    goal")
    opened(s, uri3 + "4", t4)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri3 + "4"},
                                               "position": pos_of(t4, "it is x", "utf-8", plus=7)})
    eq(labels(got), [])
    # at the top of the file: a register to use, an organisation of a
    # register, a collaboration (the top-level statements of the table)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": 99, "character": 0}})
    eq(labels(got), ["use", "organisation", "collaboration"])
    stop(s)


@test
def completion_in_dutch():
    s = started(snippets=False, locale="nl-NL")
    uri = "file:///nowhere/nl.samw"
    text = ('samenwerking zorg "Zorg" {\n    vorm netwerk\n    doel "Betere zorg"\n'
            '    partij a "A" {\n        soort \n    }\n    \n}\n')
    opened(s, uri, text)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri},
                                               "position": pos_of(text, "soort ", "utf-8", plus=6)})
    eq(labels(got), ["persoon", "organisatie", "afdeling", "team", "project"])
    eq(got["items"][0]["detail"], "soort partij")
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri},
                                               "position": {"line": 6, "character": 4}})
    partij = [i for i in got["items"] if i["label"] == "partij"][0]
    eq(partij["insertTextFormat"], 1, "no snippets when the client takes none")
    eq(partij["kind"], 14)
    eq(partij["textEdit"]["newText"], "partij")
    stop(s)


# ---- hover ----------------------------------------------------------------------


@test
def hover():
    s = started()
    uri = "file:///nowhere/h.samw"
    opened(s, uri, FEATURES)

    def hv(needle, plus=1, nth=0):
        return s.result("textDocument/hover", {"textDocument": {"uri": uri},
                                               "position": pos_of(FEATURES, needle, "utf-8", nth, plus)})
    h = hv("huisarts", nth=1)
    eq(h["contents"]["value"], "**huisarts** — Huisartsen Noord\n\nA party. In zorg.\n\nKind: organisation.\n\nBound by: convenant.")
    a = offset_of(FEATURES, "huisarts", 1)
    eq(h["range"], rng(FEATURES, a, a + 8, "utf-8"))
    h = hv("convenant", 2)
    eq(h["contents"]["value"], "**convenant** — Convenant café 𝄞\n\nAn agreement. In zorg.\n\nBetween: huisarts, ziekenhuis.")
    h = hv("    form", 5)
    eq(h["contents"]["value"],
       "**form** · **vorm**\n\nA statement in a collaboration.\n\n```samw\nform alliance\n```\n\n"
       "Then: a form (alliance, network, joint-venture, cooperative, public-body, joint-body, "
       "operating-organisation, central-municipality, plain-arrangement, other).\n\n"
       "Criterion C6, a form of relationship: Relationships take different forms: an alliance shares "
       "risks, costs and revenues; a network joins forces for specific interests and goals.")
    h = hv("consensus", 2)
    eq(h["contents"]["value"], "**consensus** · **bij consensus**\n\nA value: way of deciding.")
    # on a diagnostic: the check's explanation, as samw explain gives it
    h = hv("form alliance", 6)
    explain = subprocess.run([SAMW, "explain", "SW602"], capture_output=True).stdout.decode()
    assert h["contents"]["value"].endswith("**SW602** alliance-not-shared\n\n```text\n" + explain + "```"), h
    # a check named in a suppression comment: its explanation
    t2 = FEATURES.replace("    goal", "    # samw: allow alliance-not-shared -- later\n    goal")
    opened(s, uri + "2", t2)
    h = s.result("textDocument/hover", {"textDocument": {"uri": uri + "2"}, "position": pos_of(t2, "not-shared", "utf-8")})
    # (above `goal` it silences nothing: SW012 is reported there too)
    x12 = subprocess.run([SAMW, "explain", "SW012"], capture_output=True).stdout.decode()
    eq(h["contents"]["value"], "**SW602** alliance-not-shared\n\n```text\n" + explain + "```\n\n---\n\n"
       "**SW012** unused-suppression\n\n```text\n" + x12 + "```")
    a = offset_of(t2, "alliance-not-shared")
    eq(h["range"], rng(t2, a, a + len("alliance-not-shared"), "utf-8"))
    # nowhere: nothing
    r = s.result("textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 30}})
    eq(r, None)
    stop(s)


@test
def hover_in_dutch():
    s = started(args=["--lang", "nl"], locale="en", options={"lang": "en", "docsUrl": "https://example.org/c.md"})
    uri = "file:///nowhere/h.samw"
    opened(s, uri, FEATURES)
    h = s.result("textDocument/hover", {"textDocument": {"uri": uri},
                                        "position": pos_of(FEATURES, "ziekenhuis", "utf-8", 2, 1)})
    eq(h["contents"]["value"], "**ziekenhuis** — Ziekenhuis Noord\n\nEen partij. In zorg.\n\nSoort: organisation.\n\nGebonden door: convenant.")
    # --lang wins over the editor's locale and settings; the link is the setting's
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": FEATURES}]})
    d = s.diagnostics(uri)["diagnostics"][0]
    eq(d["codeDescription"]["href"], "https://example.org/c.md#" + d["code"].lower())
    stop(s)


# ---- names -------------------------------------------------------------------------


@test
def definition_references_highlight_rename():
    for enc in ("utf-8", "utf-16"):
        s = started(encodings=[enc])
        uri = "file:///nowhere/n.samw"
        t = FEATURES
        opened(s, uri, t)
        td = {"uri": uri}
        # the use after the non-ASCII title, on its line
        use = pos_of(t, "ziekenhuis }", enc, plus=3)
        decl = offset_of(t, "ziekenhuis")
        got = s.result("textDocument/definition", {"textDocument": td, "position": use})
        eq(got, {"uri": uri, "range": rng(t, decl, decl + 10, enc)}, enc)
        uses = [offset_of(t, "ziekenhuis", k) for k in (0, 1, 2)]
        got = s.result("textDocument/references", {"textDocument": td, "position": use,
                                                   "context": {"includeDeclaration": True}})
        eq(got, [{"uri": uri, "range": rng(t, o, o + 10, enc)} for o in uses], enc)
        got = s.result("textDocument/references", {"textDocument": td, "position": use,
                                                   "context": {"includeDeclaration": False}})
        eq(len(got), 2)
        got = s.result("textDocument/documentHighlight", {"textDocument": td, "position": use})
        eq(got, [{"range": rng(t, o, o + 10, enc), "kind": 3 if o == decl else 2} for o in uses])
        got = s.result("textDocument/prepareRename", {"textDocument": td, "position": use})
        eq(got, {"range": rng(t, uses[1], uses[1] + 10, enc), "placeholder": "ziekenhuis"})
        got = s.result("textDocument/rename", {"textDocument": td, "position": use, "newName": "zkh_é"})
        eq(got, {"changes": {uri: [{"range": rng(t, o, o + 10, enc), "newText": "zkh_é"} for o in uses]}})
        stop(s)


@test
def rename_refused():
    s = started()
    uri = "file:///nowhere/r.samw"
    t = FEATURES
    opened(s, uri, t)
    td = {"uri": uri}
    at = pos_of(t, "huisarts", "utf-8", 1)
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "ziekenhuis"})
    eq(r["error"], {"code": -32803, "message": "'ziekenhuis' is already the name of a party in this collaboration"})
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "stuur"})
    eq(r["error"]["message"], "'stuur' is already the name of a body in this collaboration")
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "form"})
    eq(r["error"]["message"], "'form' is a keyword and cannot be a name")
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "two words"})
    eq(r["error"]["message"], "'two words' cannot be a name; write a name (letters, digits, '_' and '-', starting with a letter)")
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "zie\u200bkenhuis"})
    eq(r["error"]["message"], "'zie\u200bkenhuis' cannot be a name; write a name (letters, digits, '_' and '-', starting with a letter)")
    r = s.request("textDocument/rename", {"textDocument": td, "position": at, "newName": "\u00e9\u00e9n-'"})
    eq(r["error"]["message"], "'\u00e9\u00e9n-'' cannot be a name; write a name (letters, digits, '_' and '-', starting with a letter)")
    r = s.request("textDocument/prepareRename", {"textDocument": td, "position": pos_of(t, "kind organisation", "utf-8", plus=1)})
    eq(r["error"], {"code": -32803, "message": "a keyword keeps its name; only the names of parties, stakeholders, agreements and bodies can be changed"})
    r = s.request("textDocument/prepareRename", {"textDocument": td, "position": pos_of(t, "Betere zorg", "utf-8", plus=2)})
    eq(r["error"]["message"], "there is no name here to change")
    stop(s)


@test
def rename_reaches_second_declarations():
    # a name declared twice (SW006): the uses inside the second
    # declaration are renamed too; the other collaboration's party of the
    # same name is another symbol and keeps its name
    s = started()
    path = os.path.join(ROOT, "examples", "invalid", "names.samw")
    t = open(path).read()
    uri = uri_of(path)
    opened(s, uri, t)
    got = s.result("textDocument/rename", {"textDocument": {"uri": uri}, "newName": "ams",
                                           "position": pos_of(t, "party amersfoort", "utf-8", plus=7)})
    lines = [e["range"]["start"]["line"] + 1 for e in got["changes"][uri]]
    eq(lines, [29, 50, 55, 60, 65])
    stop(s)


# ---- outline, folding, formatting ------------------------------------------------------


@test
def symbols_and_folding():
    s = started(encodings=["utf-16"])
    uri = "file:///nowhere/s.samw"
    t = FEATURES
    opened(s, uri, t)
    got = s.result("textDocument/documentSymbol", {"textDocument": {"uri": uri}})

    def sym(name, kind, detail, start, end, nth=0):
        n = offset_of(t, name, nth)
        return {"name": name, "kind": kind, "range": rng(t, offset_of(t, start), offset_of(t, end) + len(end), "utf-16"),
                "selectionRange": rng(t, n, n + len(name), "utf-16"), "detail": detail}
    want = sym("zorg", 3, "Zorg Noord", "collaboration", "}\n}\n")
    want["range"]["end"] = position(t, len(t.encode()) - 1, "utf-16")
    want["children"] = [
        sym("huisarts", 5, "Huisartsen Noord", "party huisarts", "wachttijd\"\n    }"),
        sym("ziekenhuis", 5, "Ziekenhuis Noord", "party ziekenhuis", "doorstroming\"\n    }"),
        sym("convenant", 23, "Convenant café 𝄞", "agreement", "ziekenhuis }"),
        sym("stuur", 2, "Stuurgroep", "body stuur", "consensus\n        }"),
    ]
    eq(got, [want])
    got = s.result("textDocument/foldingRange", {"textDocument": {"uri": uri}})
    eq(got, [{"startLine": 0, "endLine": 16}, {"startLine": 3, "endLine": 5}, {"startLine": 7, "endLine": 8},
             {"startLine": 11, "endLine": 15}, {"startLine": 12, "endLine": 14}])
    stop(s)


@test
def formatting():
    s = started()
    uri = "file:///nowhere/f.samw"
    messy = FEATURES.replace("    form alliance", "form    alliance").replace("        kind organisation", "  kind organisation")
    opened(s, uri, messy)
    got = s.result("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {"tabSize": 4, "insertSpaces": True}})
    want = subprocess.run([SAMW, "fmt", "-"], input=messy.encode(), capture_output=True).stdout.decode()
    eq(got, [{"range": rng(messy, 0, len(messy.encode()), "utf-8"), "newText": want}])
    # already formatted: no edit
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": want}]})
    eq(s.result("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}}), [])
    # a syntax error: refused, with why
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": want + "}}}\n"}]})
    r = s.request("textDocument/formatting", {"textDocument": {"uri": uri}, "options": {}})
    eq(r["error"], {"code": -32803, "message": "not formatted: the file has syntax errors; correct them first"})
    stop(s)


# ---- quick fixes --------------------------------------------------------------------------


def apply_edit(text, edits, enc):
    # from the last to the first, so earlier offsets hold
    def key(e):
        return (e["range"]["start"]["line"], e["range"]["start"]["character"])
    for e in sorted(edits, key=key, reverse=True):
        text = apply_change(text, e["range"]["start"], e["range"]["end"], e["newText"], enc)
    return text


@test
def code_actions():
    s = started()
    uri = "file:///nowhere/q.samw"
    t = FEATURES.replace("members huisarts, ziekenhuis", "members huisarts, ziekenhuiss")
    open_doc(s, uri, t)
    ds = s.diagnostics(uri)["diagnostics"]
    d7 = [d for d in ds if d["code"] == "SW007"][0]
    got = s.result("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d7["range"],
                                               "context": {"diagnostics": [d7]}})
    eq([a["title"] for a in got], ["Replace with 'ziekenhuis'", "Silence SW007 (unknown-name) here with a comment"])
    fix = got[0]
    eq(fix["kind"], "quickfix")
    # the nearest name may not be the party meant: offered, not preferred
    # (samw check --fix does not apply it either)
    eq(fix["isPreferred"], False)
    eq(fix["diagnostics"][0]["code"], "SW007")
    fixed = apply_edit(t, fix["edit"]["changes"][uri], "utf-8")
    eq(fixed, FEATURES, "the fix gives the right name back")
    silenced = apply_edit(t, got[1]["edit"]["changes"][uri], "utf-8")
    assert "            # samw: allow unknown-name -- reason\n            members huisarts, ziekenhuiss" in silenced, silenced
    # applied, the check is silenced there and nothing else changes
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": silenced}]})
    after = s.diagnostics(uri)["diagnostics"]
    eq([d["code"] for d in after if d["code"] in ("SW007", "SW011", "SW012")], [], "silenced")
    eq(got_diags(after), expected_diags("/nowhere/q.samw", silenced, "utf-8"))
    stop(s)


@test
def code_actions_in_dutch():
    s = started(locale="nl")
    uri = "file:///nowhere/q.samw"
    t = 'samenwerking z "Z" {\n    vorm netwerk\n    partij a "A" {\n        belang "x"\n    }\n}\n'
    open_doc(s, uri, t)
    ds = s.diagnostics(uri)["diagnostics"]
    d = [d for d in ds if d["code"] == "SW201"][0]
    got = s.result("textDocument/codeAction", {"textDocument": {"uri": uri}, "range": d["range"], "context": {"diagnostics": []}})
    titles = [a["title"] for a in got if "SW201" in a["title"]]
    eq(titles, ["Zet SW201 (no-goal) hier uit met een commentaar"])
    act = [a for a in got if "SW201" in a["title"]][0]
    eq(act["edit"]["changes"][uri][0]["newText"], "# samw: toestaan no-goal -- reden\n")
    # the missing statement, in the file's language, on a line of its own
    # after the block's first line: offered, not preferred (a placeholder)
    add = [a for a in got if a["title"].startswith("Voeg") and a["diagnostics"][0]["code"] == "SW201"]
    eq([a["title"] for a in add], ["Voeg 'doel \"wat de partijen samen willen bereiken\"' in"])
    eq(add[0]["isPreferred"], False)
    eq(add[0]["edit"]["changes"][uri], [{"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}},
                                         "newText": "    doel \"wat de partijen samen willen bereiken\"\n"}])
    added = apply_edit(t, add[0]["edit"]["changes"][uri], "utf-8")
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": added}]})
    eq([d["code"] for d in s.diagnostics(uri)["diagnostics"] if d["code"] == "SW201"], [], "the goal is there")
    stop(s)


# ---- settings ---------------------------------------------------------------------------


@test
def samwrc_and_configuration():
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, ".git"))
        rc = os.path.join(tmp, ".samwrc")
        with open(rc, "w") as f:
            f.write("allow = no-people\n")
        path = os.path.join(tmp, "x.samw")
        s = Server()
        s.result("initialize", {"capabilities": {"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": True}}}})
        s.notify("initialized", {})
        reg = s.wait(lambda m: m.get("method") == "client/registerCapability")
        eq(reg["params"], {"registrations": [{"id": "samw-watch", "method": "workspace/didChangeWatchedFiles",
                                              "registerOptions": {"watchers": [{"globPattern": "**/.samwrc"}]}}]})
        s.send({"jsonrpc": "2.0", "id": reg["id"], "result": None})
        uri = uri_of(path)
        open_doc(s, uri, FEATURES)
        codes = [d["code"] for d in s.diagnostics(uri)["diagnostics"]]
        assert "SW301" not in codes and "SW602" in codes, codes
        with open(rc, "w") as f:
            f.write("deny = no-people\n")
        s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri_of(rc), "type": 2}]})
        ds = s.diagnostics(uri)["diagnostics"]
        eq([d["severity"] for d in ds if d["code"] == "SW301"], [1, 1], "denied: errors")
        with open(rc, "w") as f:
            f.write("allow = nothing-such\n")
        s.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": uri_of(rc), "type": 2}]})
        log = s.wait(lambda m: m.get("method") == "window/logMessage")
        eq(log["params"], {"type": 2, "message": rc + ":1: settings not used: 'nothing-such' is not a check code or name (see 'samw rules')"})
        ds = s.diagnostics(uri)["diagnostics"]
        eq([d["severity"] for d in ds if d["code"] == "SW301"], [2, 2], "defaults")
        # the client's settings: messages in Dutch
        s.notify("workspace/didChangeConfiguration", {"settings": {"samw": {"lang": "nl"}}})
        ds = s.diagnostics(uri)["diagnostics"]
        msg = [d["message"] for d in ds if d["code"] == "SW602"][0]
        nl = subprocess.run([SAMW, "check", "--format", "json", "--lang", "nl", "--no-config",
                             "--stdin-filename", path, "-"], input=FEATURES.encode(), capture_output=True)
        want602 = [d for d in json.loads(nl.stdout)["diagnostics"] if d["code"] == "SW602"][0]["message"]
        eq(msg.split("\n")[0], want602)
        stop(s)


# ---- hostile input --------------------------------------------------------------------------


@test
def hostile_framing_and_payloads():
    s = started()
    # a header without Content-Length, then a good request
    s.raw(b"Content-Type: x\r\n\r\n")
    r = s.request("textDocument/hover", {"textDocument": {"uri": "file:///none"}, "position": {"line": 0, "character": 0}})
    eq(r["error"]["code"], -32602)
    logs = [m for m in s.pending if m.get("method") == "window/logMessage"]
    eq(logs[0]["params"]["message"], "a message header that cannot be read; skipped up to the next header")
    s.pending.clear()
    # garbage that is no header at all, then a good message
    s.raw(b"hello there\r\nContent-Length: abc\r\n\r\n")
    # a header that cannot be read, its body glued to the next message:
    # that one still gets its answer
    s.raw(b"Content-Length: x1\r\n\r\n" + json.dumps({"jsonrpc": "2.0", "id": 77, "method": "shutdown"}).encode()
          + frame({"jsonrpc": "2.0", "id": 78, "method": "samw/none"}))
    r = s.wait(lambda m: m.get("id") == 78)
    eq(r["error"]["code"], -32601)
    eq([m for m in s.pending if m.get("id") == 77], [], "the glued body is no message")
    # bad JSON: a parse error with id null
    s.raw(b"Content-Length: 5\r\n\r\n{oops")
    r = s.wait(lambda m: "error" in m and m["error"]["code"] == -32700)
    eq(r["id"], None)
    # JSON that is no request
    s.raw(frame([1, 2, 3]))
    r = s.wait(lambda m: "error" in m and m["error"]["code"] == -32600)
    s.raw(frame({"jsonrpc": "2.0", "id": {"x": 1}, "method": "shutdown"}))
    r = s.wait(lambda m: "error" in m and m["error"]["code"] == -32600 and m["id"] is None)
    # params of the wrong type
    r = s.request("textDocument/hover", [1, 2])
    eq(r["error"]["code"], -32602)
    r = s.request("textDocument/hover", {"textDocument": {"uri": 5}})
    eq(r["error"]["code"], -32602)
    # out-of-range and negative positions
    uri = "file:///nowhere/h.samw"
    opened(s, uri, FEATURES)
    for p in ({"line": 10 ** 9, "character": 10 ** 9}, {"line": 3, "character": 10 ** 12}, {"line": 0, "character": 2 ** 40}):
        r = s.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": p})
        assert "result" in r, r
        r = s.request("textDocument/hover", {"textDocument": {"uri": uri}, "position": p})
        assert "result" in r, r
    r = s.request("textDocument/definition", {"textDocument": {"uri": uri}, "position": {"line": -1, "character": 0}})
    eq(r["error"]["code"], -32602)
    # a change past the end of the document is clamped to it
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
        {"range": {"start": {"line": 500, "character": 0}, "end": {"line": 900, "character": 5}}, "text": "# end\n"}]})
    eq(got_diags(s.diagnostics(uri)["diagnostics"]), expected_diags("/nowhere/h.samw", FEATURES + "# end\n", "utf-8"))
    # a change with reversed range and one with no text
    s.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [
        {"range": {"start": {"line": 2, "character": 5}, "end": {"line": 1, "character": 0}}, "text": ""}, {"range": 5}]})
    s.diagnostics(uri)
    s.notify("textDocument/didChange", {"textDocument": {"uri": "file:///nothing"}, "contentChanges": []})
    s.wait(lambda m: m.get("method") == "window/logMessage" and m["params"]["message"] == "no open document file:///nothing")
    # a message too large to keep: dropped as it comes, the server goes on
    big = 70 * 1024 * 1024
    s.raw(b"Content-Length: %d\r\n\r\n" % big)
    chunk = b"x" * (1 << 20)
    for _ in range(70):
        s.raw(chunk)
    s.wait(lambda m: m.get("method") == "window/logMessage" and "more than 67108864 bytes" in m["params"]["message"])
    # cancelled before it ran
    s.raw(frame({"jsonrpc": "2.0", "id": 900, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": uri}}})
          + frame({"jsonrpc": "2.0", "method": "$/cancelRequest", "params": {"id": 900}}))
    r = s.wait(lambda m: m.get("id") == 900)
    eq(r["error"], {"code": -32800, "message": "cancelled"})
    stop(s)


@test
def very_many_names():
    # one collaboration of 20,000 parties, all in one agreement and one
    # body: answers as exact as on a small file (the index hashes its
    # declarations, completion sends at most 1,000 items and says so)
    n = 20000
    names = ", ".join("p%d" % i for i in range(n))
    t = ('collaboration big "Big" {\n    goal "g"\n'
         + "".join('    party p%d "P %d" {\n    }\n' % (i, i) for i in range(n))
         + '    agreement a "A" {\n        kind contract\n        between %s\n    }\n' % names
         + '    governance {\n        body b "B" {\n            members %s\n            decides consensus\n        }\n    }\n}\n' % names)
    s = started()
    uri = "file:///nowhere/big.samw"
    opened(s, uri, t)
    members = t.split("\n").index("            members " + names)
    got = s.result("textDocument/completion", {"textDocument": {"uri": uri},
                                               "position": {"line": members, "character": len("            members " + names)}})
    eq(got["isIncomplete"], True)
    eq(len(got["items"]), 1000)
    eq(got["items"][0]["textEdit"]["range"]["start"]["character"], len("            members " + names) - len("p%d" % (n - 1)))
    got = s.result("textDocument/references", {"textDocument": {"uri": uri}, "position": {"line": 2 + 2 * 777, "character": 11},
                                               "context": {"includeDeclaration": True}})
    eq([r["range"]["start"]["line"] for r in got], [2 + 2 * 777, members - 4, members])
    got = s.result("textDocument/rename", {"textDocument": {"uri": uri}, "position": {"line": 2, "character": 11}, "newName": "q"})
    eq(len(got["changes"][uri]), 3)
    stop(s)


@test
def many_names_on_one_line():
    # 40,000 names on one line, half of them beyond ASCII: the positions of
    # every use are exact in both encodings (and counted along the line
    # once, not once per use: a hang would end this test)
    n = 20000
    line = "            members " + ", ".join(["p0", "é𝄞"] * n)
    t = ('collaboration c "C" {\n    goal "g"\n    party p0 "P" {\n    }\n    party é𝄞 "Q" {\n    }\n'
         '    governance {\n        body b "B" {\n' + line + '\n            decides consensus\n        }\n    }\n}\n')
    for enc in ("utf-8", "utf-16"):
        s = started(encodings=[enc])
        uri = "file:///nowhere/line.samw"
        opened(s, uri, t)
        got = s.result("textDocument/references", {"textDocument": {"uri": uri}, "position": {"line": 4, "character": 11},
                                                   "context": {"includeDeclaration": False}})
        eq(len(got), n)
        last = offset_of(t, "é𝄞", n)
        eq(got[-1]["range"], rng(t, last, last + len("é𝄞".encode()), enc), enc)
        stop(s)


@test
def input_ends_mid_message():
    s = started()
    s.raw(b"Content-Length: 100\r\n\r\n{\"jsonrpc\"")
    eq(s.end(), 1)
    s = Server()
    s.raw(b"\x00\xff garbage without end")
    eq(s.end(), 1)


# ---- the command ---------------------------------------------------------------------------


@test
def command_line():
    r = subprocess.run([SAMW, "lsp", "--help"], capture_output=True, env={"LANG": "C"})
    eq(r.returncode, 0)
    assert r.stdout.decode().startswith("Usage: samw lsp [--lang en|nl]\n"), r.stdout
    r = subprocess.run([SAMW, "help", "lsp", "--lang", "nl"], capture_output=True)
    assert r.stdout.decode().startswith("Gebruik: samw lsp [--lang en|nl]\n"), r.stdout
    r = subprocess.run([SAMW, "lsp", "x.samw"], capture_output=True, env={"LANG": "C"})
    eq(r.returncode, 2)
    eq(r.stderr.decode(), "samw: samw lsp takes no files: the editor opens them\nSee 'samw --help'.\n")


print("lsp: %d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
