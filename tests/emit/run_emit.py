#!/usr/bin/env python3
"""Generated-C checks: for each DIR/NAME.py with a NAME.expect, runs
`ADDER --emit=c NAME.py` and requires the C lines mentioning `volatile`
to match, as a multiset, the regexes of NAME.expect (one per line, `#`
comments): so each register read/write is exactly one volatile access
(set_bits/clear_bits one load and one store).

usage: run_emit.py --adder ADDER DIR
"""
import argparse
import os
import re
import subprocess
import sys


def check(adder, directory, name):
    proc = subprocess.run([adder, "--emit=c", name + ".py"], cwd=directory,
                          capture_output=True, text=True, timeout=30)
    if proc.returncode != 0:
        return [f"adder --emit=c failed ({proc.returncode}): {proc.stderr[:500]}"]
    got = [ln.strip() for ln in proc.stdout.splitlines() if "volatile" in ln]
    with open(os.path.join(directory, name + ".expect"), encoding="utf-8") as f:
        want = [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]
    problems = []
    if len(got) != len(want):
        problems.append(f"{len(got)} volatile lines, expected {len(want)}")
    for pat in want:
        hit = next((g for g in got if re.fullmatch(pat, g)), None)
        if hit is None:
            problems.append(f"no line matches {pat}")
        else:
            got.remove(hit)
    problems.extend(f"unexpected: {g}" for g in got)
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("dir")
    args = ap.parse_args()
    names = sorted(f[:-7] for f in os.listdir(args.dir) if f.endswith(".expect"))
    failed = 0
    for name in names:
        problems = check(os.path.abspath(args.adder), args.dir, name)
        print(f"{'FAIL' if problems else 'ok'}: {name}")
        for p in problems:
            print("  " + p)
        failed += bool(problems)
    print(f"{len(names) - failed}/{len(names)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
