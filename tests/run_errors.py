#!/usr/bin/env python3
"""Diagnostics tests: every DIR/NAME.py must be rejected with exactly the
errors listed in DIR/NAME.err.

For each NAME.py this runs `ADDER check NAME.py` in DIR with NO_COLOR=1 and
requires: exit status 1 (not a signal), empty stdout, and the stderr lines
matching `^NAME.py:LINE:COL: error: ` equal, in order, to the lines of
NAME.err. Source excerpts, carets and notes on stderr are not compared.
Every .py needs an .err and vice versa.

usage: run_errors.py --adder ADDER DIR [NAME ...]
"""
import argparse
import difflib
import os
import re
import subprocess
import sys

TIMEOUT_S = 30  # one check of a small file; far more means a hang


def check_one(adder, directory, name, any_file=False):
    """Returns a list of failure lines (empty when the test passes)."""
    src = name + ".py"
    env = dict(os.environ, NO_COLOR="1")
    try:
        proc = subprocess.run([adder, "check", src], cwd=directory, env=env,
                              capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return [f"timed out after {TIMEOUT_S} s"]
    problems = []
    stderr = proc.stderr.decode("utf-8", "replace")
    if proc.returncode < 0:
        problems.append(f"killed by signal {-proc.returncode}")
    elif proc.returncode != 1:
        problems.append(f"exit status {proc.returncode}, expected 1")
    if proc.stdout:
        problems.append("stdout is not empty: "
                        + proc.stdout.decode("utf-8", "replace")[:200])
    pattern = re.compile(r"^" + re.escape(src) + r":\d+:\d+: error: ")
    if any_file:  # D: a program of several modules reports in any of them
        pattern = re.compile(r"^[^\s:]+\.py:\d+:\d+: error: ")
    got = [ln for ln in stderr.splitlines() if pattern.match(ln)]
    with open(os.path.join(directory, name + ".err"), encoding="utf-8") as f:
        want = f.read().splitlines()
    if got != want:
        problems.append("diagnostics differ:")
        problems.extend(difflib.unified_diff(want, got, name + ".err",
                                             "adder check " + src, lineterm=""))
    if problems and stderr and (proc.returncode != 1 or got != want):
        problems.append("--- full stderr ---")
        problems.extend(stderr.splitlines()[:40])
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True, help="path to the adder executable")
    ap.add_argument("dir", help="directory of NAME.py + NAME.err pairs")
    ap.add_argument("names", nargs="*", help="run only these tests (stems)")
    ap.add_argument("--modules", action="store_true",
                    help="DIR is one program of several modules: only the named tests have "
                         ".err files, and errors in every module's file are compared")
    args = ap.parse_args()
    adder = os.path.abspath(args.adder)
    files = os.listdir(args.dir)
    pys = {f[:-3] for f in files if f.endswith(".py")}
    errs = {f[:-4] for f in files if f.endswith(".err")}
    failures = 0
    for stem in sorted(pys - errs) if not args.modules else []:
        print(f"FAIL {stem}.py: no {stem}.err")
        failures += 1
    for stem in sorted(errs - pys):
        print(f"FAIL {stem}.err: no {stem}.py")
        failures += 1
    names = sorted(pys & errs)
    if args.names:
        names = [n for n in names if n in args.names]
    for stem in names:
        problems = check_one(adder, args.dir, stem, args.modules)
        if problems:
            failures += 1
            print(f"FAIL {stem}.py")
            for line in problems:
                print("    " + line)
    ran = len(names)
    print(f"errors: {ran} tests, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
