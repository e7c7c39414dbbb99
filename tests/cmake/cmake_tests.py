#!/usr/bin/env python3
"""tests/cmake/cmake_tests.py: the CMake package, tested as a user uses it.

  example SRC CPU    configure SRC (an examples/firmware project) with the
                     arm-none-eabi toolchain file for CPU in a clean
                     directory, build it, run its ctest tests (QEMU)
  install            `cmake --install` the Adder build to a temporary
                     prefix, then configure, build and ctest the blink
                     example against it through find_package(Adder)
  depfile            build tests/cmake/multimod (one library of three
                     modules: app imports util, other is independent) with
                     Ninja, then check that touching other.py regenerates
                     only other.c, that editing util.py regenerates util.c
                     and app.c (its importer) but not other.c, and that a
                     no-op build does nothing
  misuse             configure-time errors of the functions and the
                     toolchain file (tests/cmake/misuse), exact messages

Common options: --source (the Adder tree), --build (the Adder build
directory: its adder is used, and it is what `install` installs), --work
(a scratch directory, emptied first). Exit status 0 on success, 77 when a
needed tool is missing (ctest SKIP_RETURN_CODE), 1 on failure.
"""
import argparse
import os
import shutil
import subprocess
import sys
import time

SKIP = 77


def run(cmd, cwd=None, env=None):
    """Runs cmd; on failure prints its output and raises SystemExit(1)."""
    print("+", " ".join(cmd), flush=True)
    p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       text=True)
    if p.returncode != 0:
        print(p.stdout)
        print(f"FAIL: exit status {p.returncode}: {' '.join(cmd)}")
        raise SystemExit(1)
    return p.stdout


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def need(*tools):
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        print("SKIP: not installed:", ", ".join(missing))
        raise SystemExit(SKIP)


def firmware(args, src, cpu, build, extra=()):
    toolchain = os.path.join(args.source, "cmake", "toolchains", "arm-none-eabi.cmake")
    run(["cmake", "-S", src, "-B", build, "-G", "Ninja", "--toolchain", toolchain,
         f"-DADDER_CPU={cpu}", *extra])
    run(["cmake", "--build", build])
    out = run(["ctest", "--test-dir", build, "--output-on-failure"])
    if "100% tests passed" not in out:
        print(out)
        print("FAIL: no test passed")
        raise SystemExit(1)


def cmd_example(args):
    need("arm-none-eabi-gcc", "qemu-system-arm", "ninja")
    src = os.path.abspath(args.src)
    build = fresh(os.path.join(args.work, "build"))
    # The example's own fallback (add_subdirectory of the Adder tree, which
    # builds adder for the host); no installed Adder may interfere.
    extra = ["-DCMAKE_DISABLE_FIND_PACKAGE_Adder=ON"]
    if args.adder:
        extra.append(f"-DADDER_EXECUTABLE={args.adder}")
    firmware(args, src, args.cpu, build, extra)
    print("ok:", os.path.basename(src), args.cpu)


def cmd_install(args):
    need("arm-none-eabi-gcc", "qemu-system-arm", "ninja")
    prefix = fresh(os.path.join(args.work, "prefix"))
    run(["cmake", "--install", args.build, "--prefix", prefix])
    for f in ["bin/adder", "lib/cmake/Adder/AdderConfig.cmake",
              "lib/cmake/Adder/AdderConfigVersion.cmake", "lib/cmake/Adder/AdderFunctions.cmake",
              "lib/cmake/Adder/toolchains/arm-none-eabi.cmake", "include/adder/adder.h",
              "share/adder/runtime/boards/startup_cortexm.c"]:
        if not os.path.exists(os.path.join(prefix, f)):
            print(f"FAIL: {f} not installed")
            return 1
    # A copy of the example outside the source tree: only the install can
    # provide Adder to it.
    src = os.path.join(args.work, "blink")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(os.path.join(args.source, "examples", "firmware", "blink"), src,
                    ignore=shutil.ignore_patterns("cmake"))
    build = fresh(os.path.join(args.work, "build"))
    toolchain = os.path.join(prefix, "lib", "cmake", "Adder", "toolchains", "arm-none-eabi.cmake")
    run(["cmake", "-S", src, "-B", build, "-G", "Ninja", "--toolchain", toolchain,
         "-DADDER_CPU=cortex-m3", f"-DCMAKE_PREFIX_PATH={prefix}"])
    cache = open(os.path.join(build, "CMakeCache.txt")).read()
    if f"Adder_DIR:PATH={prefix}/lib/cmake/Adder" not in cache:
        print("FAIL: find_package(Adder) did not use the install")
        return 1
    run(["cmake", "--build", build])
    out = run(["ctest", "--test-dir", build, "--output-on-failure"])
    if "100% tests passed" not in out:
        print(out)
        return 1
    print("ok: installed package")
    return 0


def mtimes(gen):
    return {m: os.stat(os.path.join(gen, m + ".c")).st_mtime_ns for m in ("app", "util", "other")}


def regenerated(build, gen, before, what):
    time.sleep(0.05)
    run(["ninja", "-C", build])
    after = mtimes(gen)
    got = sorted(m for m in after if after[m] != before[m])
    print(f"{what}: regenerated {got}")
    return got, after


def cmd_depfile(args):
    need("ninja")
    src = os.path.join(args.work, "src")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(os.path.join(args.source, "tests", "cmake", "multimod"), src)
    build = fresh(os.path.join(args.work, "build"))
    run(["cmake", "-S", src, "-B", build, "-G", "Ninja", f"-DADDER_ROOT={args.source}",
         f"-DADDER_EXECUTABLE={args.adder}"])
    run(["ninja", "-C", build])
    out = run([os.path.join(build, "multimod")])
    if out != "app 37 7\nother 42\n":
        print(f"FAIL: multimod printed {out!r}")
        return 1
    gen = os.path.join(build, "multimod_py_py")
    before = mtimes(gen)
    failures = 0
    checks = [
        ("no change", None, []),
        ("touch other.py", "other.py", ["other"]),
        ("edit util.py", "util.py", ["app", "util"]),
        ("touch app.py", "app.py", ["app"]),
    ]
    for what, py, want in checks:
        if py == "util.py":
            with open(os.path.join(src, py), "a") as f:
                f.write("\n\ndef unused() -> int:\n    return 1\n")
        elif py:
            os.utime(os.path.join(src, py))
        got, before = regenerated(build, gen, before, what)
        if got != want:
            print(f"FAIL: {what}: expected {want} to be regenerated, got {got}")
            failures += 1
    again = run(["ninja", "-C", build])
    if "Adder: compiling" in again:
        print("FAIL: the build is not up to date after the edits:\n" + again)
        failures += 1
    if failures:
        return 1
    print("ok: depfiles")
    return 0


# (case, extra configure arguments, a line the error output must contain)
MISUSE = [
    ("no-sources", [], "adder_add_library(lib_py): no SOURCES"),
    ("bad-heap", [], "Adder: HEAP '16Q': expected a size such as 16K, 1M or 4096"),
    ("bad-port", ["-DADDER_PORT=uart"], "Adder: ADDER_PORT='uart': expected host, semihost or none"),
    ("bad-cpu", ["--toolchain", "{source}/cmake/toolchains/arm-none-eabi.cmake", "-DADDER_CPU=cortex-m9"],
     "ADDER_CPU='cortex-m9': expected cortex-m0, cortex-m3, cortex-m4f or cortex-m7"),
]


def cmd_misuse(args):
    src = os.path.join(args.source, "tests", "cmake", "misuse")
    failures = 0
    for case, extra, want in MISUSE:
        build = fresh(os.path.join(args.work, case))
        cmd = ["cmake", "-S", src, "-B", build, f"-DADDER_ROOT={args.source}", f"-DCASE={case}",
               f"-DADDER_EXECUTABLE={args.adder}"] + [x.format(source=args.source) for x in extra]
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        # CMake wraps long messages: compare with the whitespace folded.
        text = " ".join(p.stdout.split())
        if p.returncode == 0 or want not in text:
            print(f"FAIL: {case}: status {p.returncode}, expected the message {want!r}:\n{p.stdout}")
            failures += 1
        else:
            print(f"ok: {case}")
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--source", required=True)
    ap.add_argument("--build", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--adder", help="the host adder (default: BUILD/adder)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    ex = sub.add_parser("example")
    ex.add_argument("src")
    ex.add_argument("cpu")
    ex.add_argument("--use-built-adder", action="store_true",
                    help="use BUILD/adder instead of building adder for the host")
    sub.add_parser("install")
    sub.add_parser("depfile")
    sub.add_parser("misuse")
    args = ap.parse_args()
    args.source = os.path.abspath(args.source)
    args.build = os.path.abspath(args.build)
    args.work = os.path.abspath(args.work)
    if not args.adder:
        args.adder = os.path.join(args.build, "adder")
    if args.cmd == "example" and not args.use_built_adder:
        args.adder = None
    os.makedirs(args.work, exist_ok=True)
    commands = {"example": cmd_example, "install": cmd_install, "depfile": cmd_depfile,
                "misuse": cmd_misuse}
    return commands[args.cmd](args) or 0


if __name__ == "__main__":
    sys.exit(main())
