#!/usr/bin/env python3
"""The benchmark programs of ../shared/bench compiled with adder.

Each program listed in BENCHES is built with `adder build` at -O0 and -O2,
run at the sizes asked for (small and/or default, from bench/sizes.txt),
and its stdout compared byte for byte with bench/expected/NAME.SIZE.out
(CPython's output). This is a correctness test; timing belongs to
bench/run.sh.

usage: run_bench.py --adder ADDER --bench DIR [--sizes small,default] [--opt -O0,-O2]
"""
import argparse
import os
import subprocess
import sys
import tempfile

BENCHES = ("fib", "sieve", "nbody", "spectral_norm", "mandelbrot", "fannkuch_redux",
           "nqueens", "matmul", "crc32")
TIMEOUT_S = 300


def sizes(bench_dir):
    table = {}
    with open(os.path.join(bench_dir, "sizes.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if parts and not parts[0].startswith("#"):
                table[parts[0]] = {"default": parts[1], "small": parts[2]}
    return table


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("--bench", required=True, help="the shared bench folder")
    ap.add_argument("--sizes", default="small,default")
    ap.add_argument("--opt", default="-O0,-O2")
    args = ap.parse_args()
    table = sizes(args.bench)
    failures = 0
    with tempfile.TemporaryDirectory(prefix="adder-bench-") as tmp:
        for name in BENCHES:
            src = os.path.join(args.bench, "programs", name + ".py")
            for opt in args.opt.split(","):
                exe = os.path.join(tmp, name + opt)
                build = subprocess.run([args.adder, "build", src, "-o", exe, opt],
                                       capture_output=True, text=True, timeout=TIMEOUT_S)
                if build.returncode != 0:
                    failures += 1
                    print(f"FAIL {name} {opt}: adder build exit {build.returncode}\n{build.stderr[:2000]}")
                    continue
                for size in args.sizes.split(","):
                    want_path = os.path.join(args.bench, "expected", f"{name}.{size}.out")
                    with open(want_path, "rb") as f:
                        want = f.read()
                    run = subprocess.run([exe, table[name][size]], capture_output=True, timeout=TIMEOUT_S)
                    ok = run.returncode == 0 and run.stdout == want
                    failures += not ok
                    print(f"{'ok  ' if ok else 'FAIL'} {name} {opt} n={table[name][size]} ({size})")
                    if not ok:
                        print(f"    exit {run.returncode}; got {run.stdout[:300]!r}; want {want[:300]!r}")
                        print("    " + run.stderr.decode("utf-8", "replace")[:1000])
    print(f"bench programs: {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
