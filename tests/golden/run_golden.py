#!/usr/bin/env python3
"""Golden tests of the real binary: each case file holds commands and their expected output.

A case file (tests/golden/cases/NAME.case) looks like:

    # What the case shows (comment lines before the first command are kept).
    $ rapport inspect {inputs}/mail/outlook_reply.eml
    <expected output, exactly, after sanitising>
    $ rapport --json contacts
    <expected output>

Every command runs with a fresh store for the case (`--db {db}` is added after
`rapport`), NO_COLOR=1, COLUMNS=100, and a fixed --now unless the command gives one.
Output (stdout, then stderr prefixed "[stderr] ", then "[exit N]" when not 0) is
sanitised — the inputs path becomes {inputs}, the store path {db}, timings 0.0 — and
compared with the expectation.

    run_golden.py BINARY CASE...            compare; exit 1 on a difference
    run_golden.py --update BINARY CASE...   rewrite the expectations (review the diff!)
"""
import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
INPUTS = os.path.join(HERE, "inputs")
SOURCE = os.path.dirname(os.path.dirname(HERE))
DEFAULT_NOW = "2026-11-20T09:00:00Z"


def parse_case(path):
    header, steps = [], []
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("$ "):
                steps.append([line[2:], []])
            elif steps:
                steps[-1][1].append(line)
            else:
                header.append(line)
    for step in steps:
        while step[1] and step[1][-1] == "":
            step[1].pop()
    return header, steps


def sanitise(text, db):
    text = text.replace(db, "{db}")
    text = text.replace(INPUTS, "{inputs}")
    text = text.replace(SOURCE, "{source}")
    text = re.sub(r"in \d+\.\d s", "in 0.0 s", text)
    text = re.sub(r'"seconds": [0-9.e+-]+', '"seconds": 0', text)
    text = re.sub(r"\(\d+\.\d MB\)", "(0.0 MB)", text)
    return text.rstrip("\n")


def run_step(binary, command, db, env):
    args = shlex.split(command.replace("{inputs}", INPUTS).replace("{source}", SOURCE))
    assert args and args[0] == "rapport", f"a step must start with 'rapport': {command}"
    extra = ["--db", db]
    if "--now" not in args:
        extra += ["--now", DEFAULT_NOW]
    proc = subprocess.run([binary] + extra + args[1:], capture_output=True, text=True, env=env,
                          cwd=SOURCE, timeout=120)
    out = proc.stdout
    if proc.stderr:
        out += "".join("[stderr] " + l + "\n" for l in proc.stderr.rstrip("\n").split("\n"))
    if proc.returncode != 0:
        out += f"[exit {proc.returncode}]\n"
    return sanitise(out, db)


def main(argv):
    update = "--update" in argv
    argv = [a for a in argv if a != "--update"]
    binary, cases = os.path.abspath(argv[0]), argv[1:]
    env = dict(os.environ, NO_COLOR="1", COLUMNS="100", TZ="UTC")
    failed = 0
    for case in cases:
        header, steps = parse_case(case)
        with tempfile.TemporaryDirectory() as tmp:
            env["XDG_CONFIG_HOME"] = os.path.join(tmp, "config")  # no user configuration
            db = os.path.join(tmp, "golden.db")
            actual = [(command, run_step(binary, command, db, env)) for command, _ in steps]
        if update:
            with open(case, "w", encoding="utf-8") as f:
                f.write("\n".join(header).rstrip("\n") + "\n")
                for command, out in actual:
                    f.write(f"$ {command}\n{out}\n")
            continue
        for (command, expected), (_, got) in zip(steps, actual):
            want = "\n".join(expected)
            if want != got:
                failed += 1
                print(f"FAIL {os.path.basename(case)}: $ {command}")
                sys.stdout.writelines(difflib.unified_diff(
                    (want + "\n").splitlines(True), (got + "\n").splitlines(True), "expected", "actual"))
    if not update:
        print(f"{len(cases)} case file(s), {failed} difference(s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
