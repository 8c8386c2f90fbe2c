#!/usr/bin/python3
"""Every fix-it that adds a missing statement, on every example, applied
alone: fixits.py SAMW FILE...

The statement must take away the diagnostic it belongs to (one fewer of
its code), add no error of the well-formedness checks (SW001 to SW009),
and leave a file that fmt left as it was as fmt leaves it. Prints each
failure and exits 1 if any."""
import json
import os
import subprocess
import sys


def check(samw, path):
    out = subprocess.run([samw, "check", "--format", "json", "--max-diagnostics", "0", path],
                         capture_output=True, check=False).stdout
    return json.loads(out)["diagnostics"]


def canonical(samw, path):
    return subprocess.run([samw, "fmt", "--check", path], capture_output=True,
                          check=False).returncode == 0


def main():
    samw, files = sys.argv[1], sys.argv[2:]
    bad = tried = 0
    for f in files:
        text = open(f, "rb").read()
        diags = check(samw, f)
        was_canonical = canonical(samw, f)
        before = {}
        for d in diags:
            before[d["code"]] = before.get(d["code"], 0) + 1
        for d in diags:
            for s in d["suggestions"]:
                if s["kind"] != "insert":
                    continue
                tried += 1
                at = s["start"]["offset"]
                new = text[:at] + s["replacement"].encode() + text[at:]
                # beside the original, so that document paths still resolve
                p = os.path.join(os.path.dirname(f), ".fixit-" + os.path.basename(f))
                try:
                    open(p, "wb").write(new)
                    after = check(samw, p)
                    still_canonical = canonical(samw, p)
                finally:
                    os.unlink(p)
                counts = {}
                for e in after:
                    counts[e["code"]] = counts.get(e["code"], 0) + 1
                why = []
                if counts.get(d["code"], 0) != before[d["code"]] - 1:
                    why.append(f"{d['code']} still reported")
                for c in ("SW001", "SW002", "SW003", "SW004", "SW005", "SW006", "SW007", "SW009"):
                    if counts.get(c, 0) > before.get(c, 0) - (c == d["code"]):
                        why.append(f"adds {c}")
                if was_canonical and not still_canonical:
                    why.append("not as fmt writes it")
                if why:
                    bad += 1
                    print(f"{f}:{d['start']['line']}: {d['code']}: {', '.join(why)}")
    print(f"fixits: {tried - bad} passed, {bad} failed")
    sys.exit(1 if bad or not tried else 0)


if __name__ == "__main__":
    main()
