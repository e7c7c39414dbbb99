#!/usr/bin/env python3
"""Generated C is warning-free and deterministic.

For every golden program x.py under the given directories that
`ADDER check` accepts:
  1. `ADDER compile x.py -o TMP` writes TMP/x.c and TMP/x.h;
  2. the C is compiled with gcc and with clang (each if installed) using
     -std=c99 -O2 -Wall -Wextra -Wpedantic -Werror -c and the runtime headers
     (-O2 because some warnings, e.g. -Wmaybe-uninitialized, need the optimizer);
  3. with --determinism, x.py is also copied to a second, differently named
     directory and compiled from there: both .c and .h must be byte-identical.
Programs `adder check` rejects are counted as skipped, not failed (they
are the checker's business).

usage: check_c_warnings.py --adder ADDER [--include DIR] [--determinism] DIR...
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT_S = 60
FLAGS = ["-std=c99", "-O2", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-c"]


def run(cmd, cwd=None):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT_S)
    return proc.returncode, proc.stdout.decode("utf-8", "replace") + proc.stderr.decode(
        "utf-8", "replace")


def find_programs(dirs):
    found = []
    for root in dirs:
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            if dirpath != root and "main.py" in filenames:
                dirnames.clear()  # D: a program of several modules (tests/modules/run_lib.py)
                continue
            found += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".py")]
    return found


def compile_to(adder, py, outdir):
    """adder compile in py's own directory; returns (status, text, c path, h path)."""
    directory, base = os.path.split(py)
    status, text = run([adder, "compile", base, "-o", outdir], cwd=directory)
    stem = base[:-3]
    return status, text, os.path.join(outdir, stem + ".c"), os.path.join(outdir, stem + ".h")


def check_one(adder, py, include, compilers, determinism):
    """Returns None (skipped) or a list of problems."""
    directory, base = os.path.split(py)
    status, _ = run([adder, "check", base], cwd=directory)
    if status != 0:
        return None
    problems = []
    with tempfile.TemporaryDirectory(prefix="adder-cw-") as tmp:
        out1 = os.path.join(tmp, "one")
        os.mkdir(out1)
        status, text, cfile, hfile = compile_to(adder, py, out1)
        if status != 0:
            return [f"adder compile: exit status {status}"] + text.splitlines()[:20]
        for cc in compilers:
            obj = os.path.join(out1, "x.o")
            status, text = run([cc] + FLAGS + ["-I", include, "-o", obj, cfile])
            if status != 0:
                problems.append(f"{cc}: exit status {status}")
                problems += text.splitlines()[:30]
        if determinism:
            other = os.path.join(tmp, "another", "place")
            os.makedirs(other)
            shutil.copy(py, other)
            out2 = os.path.join(tmp, "two")
            os.mkdir(out2)
            status, text, c2, h2 = compile_to(adder, os.path.join(other, base), out2)
            if status != 0:
                problems.append(f"adder compile (second directory): exit status {status}")
            else:
                for a, b in ((cfile, c2), (hfile, h2)):
                    with open(a, "rb") as fa, open(b, "rb") as fb:
                        if fa.read() != fb.read():
                            problems.append(f"{os.path.basename(a)} differs between directories")
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("--include", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                      "..", "include"))
    ap.add_argument("--determinism", action="store_true")
    ap.add_argument("dirs", nargs="+")
    args = ap.parse_args()
    adder = os.path.abspath(args.adder)
    compilers = [cc for cc in ("gcc", "clang") if shutil.which(cc)]
    if not compilers:
        print("SKIP: neither gcc nor clang is installed")
        return 0
    programs = find_programs(args.dirs)
    failures = skipped = 0
    for py in programs:
        try:
            problems = check_one(adder, py, os.path.abspath(args.include), compilers,
                                 args.determinism)
        except subprocess.TimeoutExpired as e:
            problems = [f"timed out: {e.cmd}"]
        if problems is None:
            skipped += 1
        elif problems:
            failures += 1
            print(f"FAIL {py}")
            for line in problems:
                print("    " + line)
    checked = len(programs) - skipped
    print(f"c-warnings: {checked} programs checked with {', '.join(compilers)}, "
          f"{failures} failures, {skipped} skipped (rejected by adder check)")
    return 1 if failures or not programs else 0


if __name__ == "__main__":
    sys.exit(main())
