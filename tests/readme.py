#!/usr/bin/python3
"""The README's example tells the truth: its file, checked with the command
it shows, prints exactly the output it shows, and the report's verdict is
the one quoted. Usage: readme.py SAMW README"""
import os
import re
import subprocess
import sys
import tempfile


def main():
    samw, readme = os.path.abspath(sys.argv[1]), sys.argv[2]
    text = open(readme, encoding="utf-8").read()
    src = re.search(r"`zorg.samw`:\n\n```samw\n(.*?)```", text, re.S).group(1)
    cmd = re.search(r"`(samw check [^`]*zorg.samw)` prints", text).group(1)
    shown = re.search(r"\(the two notes.*?\n\n```\n(.*?)```", text, re.S).group(1)
    verdict = re.search(r"ends with:\n\n```markdown\n(.*?)```", text, re.S).group(1)
    fails = 0
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "zorg.samw"), "w", encoding="utf-8").write(src)
        args = [samw] + cmd.split()[1:] + ["--color=never"]
        out = subprocess.run(args, cwd=d, capture_output=True, text=True).stdout
        if out != shown:
            print("FAIL README check output differs:\n" + out)
            fails += 1
        rep = subprocess.run([samw, "report", "zorg.samw"], cwd=d,
                             capture_output=True, text=True).stdout
        if verdict not in rep:
            print("FAIL README verdict differs:\n" + rep)
            fails += 1
    # the example of samw diff, on the files it names
    diff = re.search(r"`samw diff --format markdown pr-old.samw pr-new.samw` prints\n\n```markdown\n(.*?)```",
                     text, re.S).group(1)
    here = os.path.join(os.path.dirname(os.path.abspath(readme)), "tests", "diff")
    out = subprocess.run([samw, "diff", "--format", "markdown", "pr-old.samw", "pr-new.samw"],
                         cwd=here, capture_output=True, text=True).stdout
    if out != diff:
        print("FAIL README diff example differs:\n" + out)
        fails += 1
    print(f"readme: {3 - fails} passed, {fails} failed")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
