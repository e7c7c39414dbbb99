#!/usr/bin/env python3
"""Golden programs: tests/programs/**/x.py with the output CPython 3.11 gives.

Beside each x.py, x.out holds the expected stdout and x.status the exit
status (absent means 0), both produced by CPython. Every run:
  1. re-runs x.py with python3 (cwd = its directory) and fails on any
     disagreement with x.out / x.status (--regen rewrites them instead);
  2. runs `ADDER check x.py`, which must exit 0;
  3. with --compile, builds x.py with `ADDER build x.py -o EXE -O0` and -O2
     in a temporary directory, runs each executable and compares its stdout
     and exit status with the stored ones. With --target=T (cortex-m3,
     armv7-linux, ...) each level is built for T (`ADDER build --target=T`)
     and run under the target's QEMU instead.

A marker comment in the first lines of x.py changes what Adder must do:
  # adder: rejected (WHY)       the program uses what Adder does not support
                                yet: `adder check` must reject it with a
                                diagnostic (exit 1, file:line:col: error: ...)
                                and it is not compiled. The marker goes when
                                the feature lands.
  # adder: expect OverflowError CPython makes a big integer where Adder's
                                64-bit int raises (DESIGN.md §1.3): the
                                compiled program must print a prefix of
                                CPython's lines, then exit 1 with an
                                OverflowError.
  # adder: host-only (WHY)      the program cannot run on the other targets
                                (it reads a file, needs more than a board's
                                memory, ...): --target skips it.

usage: run_programs.py --adder ADDER DIR [--regen] [--compile] [--target T]
                       [--opt-levels -O0,-O2] [--jobs N] [NAME ...]
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import subprocess
import sys
import tempfile

TIMEOUT_S = 60    # per program run or build; the programs are small
OPT_LEVELS = ("-O0", "-O2")


ADDER_PY_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "compiler", "python")  # B


def run(cmd, cwd, stdin=subprocess.DEVNULL):
    """Runs cmd; returns (status, stdout bytes, stderr text) or raises TimeoutExpired."""
    env = dict(os.environ, NO_COLOR="1", PYTHONHASHSEED="0")
    # --- CPython finds the `adder` module shipped with the compiler ---
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [ADDER_PY_DIR, env.get("PYTHONPATH")]))
    proc = subprocess.run(cmd, cwd=cwd, env=env, stdin=stdin,
                          capture_output=True, timeout=TIMEOUT_S)
    return proc.returncode, proc.stdout, proc.stderr.decode("utf-8", "replace")


def read_expected(py):
    stem = py[:-3]
    with open(stem + ".out", "rb") as f:
        out = f.read()
    status = 0
    if os.path.exists(stem + ".status"):
        with open(stem + ".status", encoding="ascii") as f:
            status = int(f.read().strip())
    return out, status


def write_expected(py, out, status):
    stem = py[:-3]
    with open(stem + ".out", "wb") as f:
        f.write(out)
    if status:
        with open(stem + ".status", "w", encoding="ascii") as f:
            f.write(f"{status}\n")
    elif os.path.exists(stem + ".status"):
        os.remove(stem + ".status")


def compare(what, want_out, want_status, got_out, got_status, err):
    problems = []
    if got_status < 0:
        problems.append(f"{what}: killed by signal {-got_status}")
    elif got_status != want_status:
        problems.append(f"{what}: exit status {got_status}, expected {want_status}")
    if got_out != want_out:
        problems.append(f"{what}: stdout differs:")
        problems.extend(difflib.unified_diff(
            want_out.decode("utf-8", "replace").splitlines(),
            got_out.decode("utf-8", "replace").splitlines(),
            "expected", what, lineterm="", n=2))
    if problems and err:
        problems.extend(f"  stderr: {ln}" for ln in err.splitlines()[:20])
    return problems


def check_cpython(py, regen):
    """Step 1: the stored goldens still match CPython."""
    directory, base = os.path.split(py)
    status, out, err = run([sys.executable, base], directory)
    if regen:
        write_expected(py, out, status)
        return []
    if not os.path.exists(py[:-3] + ".out"):
        return [f"no {base[:-3]}.out (run with --regen)"]
    want_out, want_status = read_expected(py)
    return compare("python3", want_out, want_status, out, status, err)


MARKER_LINES = 3
DIAG_RE = re.compile(r"^[^:]+:\d+:\d+: error: ")


def marker(py, target=None):
    """The `# adder: ...` marker of a program: 'rejected', 'overflow',
    'host-only' (only when building for a target) or None."""
    with open(py, encoding="utf-8") as f:
        head = [next(f, "") for _ in range(MARKER_LINES)]
    for line in head:
        if target and line.startswith("# adder: host-only"):
            return "host-only"
    for line in head:  # --- MMIO at fixed addresses: check only, never run on the host ---
        if line.startswith("# adder: no-host-run"):
            return "host-only"
    for line in head:
        if line.startswith("# adder: rejected"):
            return "rejected"
        if line.startswith("# adder: expect OverflowError"):
            return "overflow"
    return None


def compare_overflow(what, want_out, got_out, got_status, err):
    """A program that overflows: a prefix of CPython's lines, then OverflowError."""
    want, got = want_out.splitlines(True), got_out.splitlines(True)
    last = err.strip().splitlines()[-1:] or [""]
    problems = []
    if got_status != 1 or not last[0].startswith("OverflowError"):
        problems.append(f"{what}: expected exit status 1 with an OverflowError, got {got_status}: {last[0]}")
    if got != want[:len(got)] or len(got) == len(want):
        problems.append(f"{what}: stdout is not a proper prefix of CPython's")
    return problems


def check_rejected(adder, py):
    directory, base = os.path.split(py)
    status, out, err = run([adder, "check", base], directory)
    if status == 1 and any(DIAG_RE.match(ln) for ln in err.splitlines()):
        return []
    return [f"adder check: expected a diagnostic and exit status 1, got {status}"] + err.splitlines()[:20]


def check_adder(adder, py, compile_too, target=None, opt_levels=OPT_LEVELS):
    """Steps 2 and 3: adder accepts the program and, if asked, runs it the same."""
    kind = marker(py, target)
    if kind == "rejected":
        return check_rejected(adder, py)
    if kind == "host-only":
        return []
    if target:
        return check_target(adder, py, target, opt_levels, kind)
    directory, base = os.path.split(py)
    status, out, err = run([adder, "check", base], directory)
    if status != 0:
        return [f"adder check: exit status {status}, expected 0"] + err.splitlines()[:20]
    if not compile_too:
        return []
    want_out, want_status = read_expected(py)
    problems = []
    with tempfile.TemporaryDirectory(prefix="adder-prog-") as tmp:
        for opt in OPT_LEVELS:
            exe = os.path.join(tmp, base[:-3] + opt)
            sibling = base[:-3] + ".c"  # B: C side of @extern functions, e.g. adder_extern.c
            extra = [sibling] if os.path.exists(os.path.join(directory, sibling)) else []
            status, _, err = run([adder, "build", base, *extra, "-o", exe, opt], directory)
            if status != 0:
                problems.append(f"adder build {opt}: exit status {status}")
                problems.extend(err.splitlines()[:20])
                continue
            status, out, err = run([exe], directory)
            if kind == "overflow":
                problems += compare_overflow(f"adder {opt}", want_out, out, status, err)
            else:
                problems += compare(f"adder {opt}", want_out, want_status, out, status, err)
    return problems


SEMIHOSTING = ["-nographic", "-monitor", "none", "-serial", "none",
               "-semihosting-config", "enable=on,target=native", "-kernel"]
# How each target's ELF runs (as compiler/driver/target.c runs it for
# `adder run`); the ELF path is appended.
EMULATORS = {
    "cortex-m0": ["qemu-system-arm", "-M", "microbit", *SEMIHOSTING],
    "cortex-m3": ["qemu-system-arm", "-M", "mps2-an385", "-cpu", "cortex-m3", *SEMIHOSTING],
    "cortex-m4f": ["qemu-system-arm", "-M", "mps2-an386", "-cpu", "cortex-m4", *SEMIHOSTING],
    "cortex-m7": ["qemu-system-arm", "-M", "mps2-an500", "-cpu", "cortex-m7", *SEMIHOSTING],
    "armv7-linux": ["qemu-arm"],
}


def check_target(adder, py, target, opt_levels, kind):
    """Step 3 for a cross target: `adder build --target=T` (with the
    program's C side x.c if there is one), then run the ELF under QEMU."""
    directory, base = os.path.split(py)
    if not os.path.exists(py[:-3] + ".out"):
        return []  # check_cpython reports it
    want_out, want_status = read_expected(py)
    sibling = base[:-3] + ".c"  # B: C side of @extern functions, e.g. adder_extern.c
    extra = [sibling] if os.path.exists(os.path.join(directory, sibling)) else []
    problems = []
    with tempfile.TemporaryDirectory(prefix="adder-prog-") as tmp:
        for opt in opt_levels:
            what = f"adder {target} {opt}"
            exe = os.path.join(tmp, base[:-3] + opt + ".elf")
            status, _, err = run([adder, "build", f"--target={target}", base, *extra,
                                  "-o", exe, opt], directory)
            if status != 0:
                problems.append(f"{what} build: exit status {status}")
                problems.extend(err.splitlines()[:20])
                continue
            status, out, err = run(EMULATORS[target] + [exe], directory)
            if kind == "overflow":
                problems += compare_overflow(what, want_out, out, status, err)
            else:
                problems += compare(what, want_out, want_status, out, status, err)
    return problems


def find_programs(root, names):
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        # D: a directory holding main.py (below the root) is one program of
        # several modules: only main.py runs; its name is the directory's.
        if dirpath != root and "main.py" in filenames:
            dirnames.clear()
            if not names or os.path.basename(dirpath) in names:
                found.append(os.path.join(dirpath, "main.py"))
            continue
        for f in sorted(filenames):
            if f.endswith(".py") and (not names or f[:-3] in names):
                found.append(os.path.join(dirpath, f))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True, help="path to the adder executable")
    ap.add_argument("dir", help="root of the golden programs")
    ap.add_argument("--regen", action="store_true", help="rewrite .out/.status from python3")
    ap.add_argument("--compile", action="store_true", help="also build and run with adder")
    ap.add_argument("--target", help="build and run for this target under QEMU (implies --compile)")
    ap.add_argument("--opt-levels", default=",".join(OPT_LEVELS),
                    help="comma-separated C optimisation levels (default -O0,-O2)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="programs checked in parallel")
    ap.add_argument("names", nargs="*", help="run only these programs (stems)")
    args = ap.parse_args()
    adder = os.path.abspath(args.adder)
    programs = find_programs(os.path.abspath(args.dir), set(args.names))
    levels = tuple(args.opt_levels.split(","))
    target = args.target if args.target not in (None, "host") else None
    skipped = [py for py in programs if target and marker(py, target) == "host-only"]
    def check(py):
        try:
            return check_cpython(py, args.regen) + check_adder(
                adder, py, args.compile or bool(target), target, levels)
        except subprocess.TimeoutExpired as e:
            return [f"timed out after {TIMEOUT_S} s: {' '.join(map(str, e.cmd))}"]

    failures = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for py, problems in zip(programs, pool.map(check, programs)):
            if problems:
                failures += 1
                print(f"FAIL {os.path.relpath(py, args.dir)}")
                for line in problems:
                    print("    " + line)
    print(f"programs: {len(programs)} programs, {failures} failures"
          + (f", {len(skipped)} host-only skipped on {target}" if target else "")
          + (" (regenerated)" if args.regen else ""))
    if not programs:
        print("no programs found")
        return 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
