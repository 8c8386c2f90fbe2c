#!/usr/bin/python3
"""The README's example tells the truth: its file, checked with the command
it shows, prints exactly the output it shows, the report's verdict is
the one quoted, `check --fix --diff` prints the diff shown, and the
portfolio's example begins as shown. Usage: readme.py SAMW README"""
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
    typo = re.search(r"For `typo.samw`:\n\n```samw\n(.*?)```", text, re.S).group(1)
    diff = re.search(r"`samw check --fix --diff typo.samw` prints\n\n```diff\n(.*?)```", text, re.S).group(1)
    fails = 0
    # the checks that depend on the date run as on a fixed day, before
    # every date of the example: the page shows the same on any day
    env = dict(os.environ, SOURCE_DATE_EPOCH="1609459200")
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "zorg.samw"), "w", encoding="utf-8").write(src)
        args = [samw] + cmd.split()[1:] + ["--color=never"]
        out = subprocess.run(args, cwd=d, capture_output=True, text=True, env=env).stdout
        if out != shown:
            print("FAIL README check output differs:\n" + out)
            fails += 1
        rep = subprocess.run([samw, "report", "zorg.samw"], cwd=d,
                             capture_output=True, text=True, env=env).stdout
        if verdict not in rep:
            print("FAIL README verdict differs:\n" + rep)
            fails += 1
        open(os.path.join(d, "typo.samw"), "w", encoding="utf-8").write(typo)
        out = subprocess.run([samw, "check", "--fix", "--diff", "typo.samw"], cwd=d,
                             capture_output=True, text=True, env=env).stdout
        if out != diff:
            print("FAIL README --fix --diff output differs:\n" + out)
            fails += 1
    # the portfolio's example, run in the clone (its files are in tests/)
    m = re.search(r"```sh\n(samw portfolio [^\n]*)\n```\n\nbegins with\n\n```markdown\n(.*?)```", text, re.S)
    root = os.path.dirname(os.path.abspath(readme))
    out = subprocess.run([os.path.abspath(samw)] + m.group(1).split()[1:], cwd=root,
                         capture_output=True, text=True, env=env).stdout
    if not out.startswith(m.group(2)):
        print("FAIL README portfolio differs:\n" + out[:400])
        fails += 1
    # the example of samw diff, on the files it names
    diff = re.search(r"`samw diff --format markdown pr-old.samw pr-new.samw` prints\n\n```markdown\n(.*?)```",
                     text, re.S).group(1)
    here = os.path.join(os.path.dirname(os.path.abspath(readme)), "tests", "diff")
    out = subprocess.run([samw, "diff", "--format", "markdown", "pr-old.samw", "pr-new.samw"],
                         cwd=here, capture_output=True, text=True, env=env).stdout
    if out != diff:
        print("FAIL README diff example differs:\n" + out)
        fails += 1
    print(f"readme: {5 - fails} passed, {fails} failed")
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
