#!/usr/bin/env python3
"""Multi-module programs as a firmware build uses them (engineer D).

For each program directory (tests/programs/modules/<case>/main.py and its
modules) this:
  1. runs `ADDER compile --lib M.py -o TMP -MD` once per module (packages
     too: pkg/mod.py gives TMP/pkg__mod.c), as the CMake rule does, and
     checks each depfile (TMP/M.d: target TMP/M.c, M.py first, then the
     modules it reads);
  2. compiles every TMP/*.c with `cc -std=c99 -Wall -Wextra -Wpedantic
     -Werror` together with a C main() that calls adder_init_main() twice,
     links them with libadder-rt.a and runs the result: its stdout must be
     CPython's output of main.py followed by the two return values (the
     exit status CPython gives, then 0: the second call does nothing).
Then it checks the -I search path: `ADDER run -I lib main.py` finds
lib/helper.py.

usage: run_lib.py --adder ADDER --rt LIBADDER_RT --include DIR CASE_DIR...
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT_S = 60

FIRMWARE_MAIN = r"""
#include <stdio.h>
int adder_init_main(void);
int main(void) {
    int first = adder_init_main();
    int second = adder_init_main();
    printf("adder_init_main: %d %d\n", first, second);
    return 0;
}
"""


def run(cmd, cwd=None):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=TIMEOUT_S)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check_depfile(path, target, first):
    with open(path, encoding="utf-8") as f:
        text = f.read().replace("\\\n", " ")
    rule = text.split("\n\n")[0].split()
    problems = []
    if not rule or rule[0] != target + ":":
        problems.append(f"{path}: target is {rule[:1]}, expected {target}:")
    elif len(rule) < 2 or rule[1] != first:
        problems.append(f"{path}: first dependency {rule[1:2]}, expected {first}")
    return problems


def check_case(args, case):
    problems = []
    modules = sorted(os.path.relpath(os.path.join(d, f), case)
                     for d, _, files in os.walk(case) for f in files if f.endswith(".py"))
    with open(os.path.join(case, "main.out"), encoding="utf-8") as f:
        want = f.read()
    status_file = os.path.join(case, "main.status")
    want_status = 0
    if os.path.exists(status_file):
        with open(status_file, encoding="utf-8") as f:
            want_status = int(f.read().strip() or 0)
    with tempfile.TemporaryDirectory() as tmp:
        for m in modules:
            status, _, err = run([args.adder, "compile", "--lib", m, "-o", tmp, "-MD"], cwd=case)
            if status != 0:
                return [f"adder compile --lib {m}: exit status {status}"] + err.splitlines()[:20]
            # pkg/mod.py is the module pkg.mod, written as pkg__mod.c
            stem = m[:-3].replace("/__init__", "").replace("/", "__")
            problems += check_depfile(os.path.join(tmp, stem + ".d"),
                                      os.path.join(tmp, stem + ".c"), m)
        with open(os.path.join(tmp, "fw_main.c"), "w", encoding="utf-8") as f:
            f.write(FIRMWARE_MAIN)
        sources = sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.endswith(".c"))
        exe = os.path.join(tmp, "fw")
        cmd = [args.cc, "-std=c99", "-Wall", "-Wextra", "-Wpedantic", "-Werror", *args.cflags,
               "-I", args.include, "-I", tmp, *sources, args.rt, "-lm", "-o", exe]
        status, _, err = run(cmd)
        if status != 0:
            return problems + [f"cc: exit status {status}"] + err.splitlines()[:30]
        status, out, err = run([exe])
        want_out = want + f"adder_init_main: {want_status} 0\n"
        if out != want_out or status != 0:
            problems.append(f"firmware run: status {status}")
            problems.append("--- expected ---")
            problems += want_out.splitlines()
            problems.append("--- got ---")
            problems += out.splitlines() + err.splitlines()[:10]
    return problems


def check_search_path(args):
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "lib"))
        with open(os.path.join(tmp, "lib", "helper.py"), "w", encoding="utf-8") as f:
            f.write("X: int = 5\n\n\ndef twice(v: int) -> int:\n    return 2 * v\n")
        with open(os.path.join(tmp, "main.py"), "w", encoding="utf-8") as f:
            f.write("import helper\nfrom helper import twice\n\nprint(helper.X, twice(21))\n")
        status, out, err = run([args.adder, "run", "-I", "lib", "main.py"], cwd=tmp)
        if status != 0 or out != "5 42\n":
            return [f"adder run -I lib: status {status}, stdout {out!r}"] + err.splitlines()[:10]
        status, out, err = run([args.adder, "check", "main.py"], cwd=tmp)
        if status != 1 or "no module named 'helper'" not in err:
            return [f"adder check without -I: status {status}, expected the module not found"]
    return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("--rt", required=True, help="libadder-rt.a for the host")
    ap.add_argument("--include", required=True, help="the runtime's include directory")
    ap.add_argument("--cc", default=shutil.which("cc") or "gcc")
    ap.add_argument("--sanitize", default="OFF",
                    help="ON: the runtime was built with ASan/UBSan; link them too")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    args.cflags = (["-fsanitize=address,undefined", "-fno-sanitize-recover=all"]
                   if args.sanitize.upper() in ("ON", "1", "TRUE") else [])
    args.adder = os.path.abspath(args.adder)
    failures = 0
    for case in args.cases:
        problems = check_case(args, os.path.abspath(case))
        print(("FAIL " if problems else "ok   ") + case)
        for line in problems:
            print("    " + line)
        failures += bool(problems)
    problems = check_search_path(args)
    print(("FAIL " if problems else "ok   ") + "-I search path")
    for line in problems:
        print("    " + line)
    failures += bool(problems)
    print(f"modules.lib: {len(args.cases) + 1} checks, {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
