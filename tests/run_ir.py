#!/usr/bin/env python3
"""IR golden tests: `adder --emit=ir DIR/NAME.py` must print exactly
DIR/NAME.ir (run in DIR, so paths in the output are relative).

The run must also exit with status 0: the driver verifies the IR
(ir_verify_module) and fails on a violation. With --update, the .ir files
are (re)written from the current output instead of compared.

usage: run_ir.py --adder ADDER DIR [--update] [NAME ...]
"""
import argparse
import difflib
import os
import subprocess
import sys

TIMEOUT_S = 30  # lowering one small file; far more means a hang


def run_one(adder, directory, stem):
    """Returns (status problems, stdout text)."""
    try:
        proc = subprocess.run([adder, "--emit=ir", stem + ".py"], cwd=directory,
                              env=dict(os.environ, NO_COLOR="1"),
                              capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return [f"timed out after {TIMEOUT_S} s"], ""
    problems = []
    if proc.returncode != 0:
        problems.append(f"exit status {proc.returncode}")
        problems.extend(proc.stderr.decode("utf-8", "replace").splitlines()[:40])
    return problems, proc.stdout.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True, help="path to the adder executable")
    ap.add_argument("--update", action="store_true", help="rewrite the .ir files")
    ap.add_argument("dir", help="directory of NAME.py + NAME.ir pairs")
    ap.add_argument("names", nargs="*", help="run only these tests (stems)")
    args = ap.parse_args()
    adder = os.path.abspath(args.adder)
    stems = sorted(f[:-3] for f in os.listdir(args.dir) if f.endswith(".py"))
    if args.names:
        stems = [s for s in stems if s in args.names]
    failures = 0
    for stem in stems:
        problems, out = run_one(adder, args.dir, stem)
        path = os.path.join(args.dir, stem + ".ir")
        if args.update and not problems:
            with open(path, "w", encoding="utf-8") as f:
                f.write(out)
        elif not problems:
            if not os.path.exists(path):
                problems.append(f"no {stem}.ir (run with --update)")
            else:
                with open(path, encoding="utf-8") as f:
                    want = f.read()
                if want != out:
                    problems.extend(difflib.unified_diff(
                        want.splitlines(), out.splitlines(), stem + ".ir",
                        "adder --emit=ir " + stem + ".py", lineterm=""))
        if problems:
            failures += 1
            print(f"FAIL {stem}.py")
            for line in problems[:60]:
                print("  " + line)
    print(f"{len(stems) - failures}/{len(stems)} IR tests passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
