#!/usr/bin/env python3
"""Checks of `adder build/run --target=...` beyond the golden programs.

Each check is one subcommand (one ctest entry); all exit 77 (ctest SKIP)
when a cross tool they need is missing:
  m0-size      print("hello") for cortex-m0: <= 4096 bytes of flash
               (text+data) and <= 1024 bytes of static RAM besides the
               .heap and .stack sections; it runs under QEMU (microbit).
  bare-metal   no malloc/_sbrk/printf/stdio in a linked bare-metal hello
               (cortex-m0, cortex-m3); sys.argv is [script name]; exit
               status and stderr tracebacks pass through QEMU; cortex-m7
               runs; a hung program is stopped (ADDER_RUN_TIMEOUT); an
               unknown --target is a usage error (exit 2) listing targets;
               the runtime cache is reused.
  memory-error a program that fills a 32 KB heap on cortex-m3 ends with
               MemoryError on stderr and exit status 1, after printing
               what it printed before (nothing is corrupted: the traceback
               prints; catching it needs `try`, which Adder lacks yet).
  overflow     a program too large for cortex-m0 (flash, and RAM with a
               big --heap) fails to build (exit 1) with the size report and
               the overflow printed.

usage: run_targets.py --adder ADDER CHECK
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
TIMEOUT_S = 120
FLASH_LIMIT = 4096   # issue 6: print("hello") on cortex-m0
RAM_LIMIT = 1024
FORBIDDEN = ("malloc", "_malloc_r", "_sbrk", "_sbrk_r", "printf", "vfprintf", "_vfprintf_r",
             "fwrite", "puts", "fputs", "__sfvwrite_r", "_write")


def need(*tools):
    missing = [t for t in tools if not shutil.which(t)]
    if missing:
        print(f"SKIP: missing {', '.join(missing)}")
        sys.exit(SKIP)


def run(cmd, cwd, env=None):
    full = dict(os.environ, **(env or {}))
    p = subprocess.run(cmd, cwd=cwd, env=full, capture_output=True, timeout=TIMEOUT_S)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class Checker:
    def __init__(self, adder, tmp):
        self.adder, self.tmp, self.failures = adder, tmp, 0

    def write(self, name, text):
        path = os.path.join(self.tmp, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return name

    def adder_cmd(self, *args, env=None):
        return run([self.adder, *args], self.tmp, env)

    def expect(self, ok, what, detail=""):
        print(("ok   " if ok else "FAIL ") + what)
        if not ok:
            self.failures += 1
            for line in detail.splitlines()[:30]:
                print("     " + line)

    def build(self, target, py, elf, *extra):
        status, out, err = self.adder_cmd("build", f"--target={target}", py, "-o", elf, *extra)
        self.expect(status == 0, f"build {py} for {target}", out + err)
        return status == 0


def sections(elf):
    """{section: size} of an ELF, from arm-none-eabi-size -A."""
    out = subprocess.run(["arm-none-eabi-size", "-A", elf], capture_output=True, text=True,
                         check=True).stdout
    sizes = {}
    for line in out.splitlines()[2:]:
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            sizes[parts[0]] = int(parts[1])
    return sizes


def check_m0_size(c):
    need("arm-none-eabi-gcc", "arm-none-eabi-size", "qemu-system-arm")
    py = c.write("hello.py", 'print("hello")\n')
    elf = os.path.join(c.tmp, "hello.elf")
    if not c.build("cortex-m0", py, elf):
        return
    s = sections(elf)
    flash = sum(v for k, v in s.items() if k in (".text", ".rodata", ".ARM.exidx", ".data"))
    ram = s.get(".data", 0) + s.get(".bss", 0)
    print(f"cortex-m0 hello: flash {flash} bytes (text {s.get('.text', 0)} + rodata "
          f"{s.get('.rodata', 0)} + data {s.get('.data', 0)}), static RAM {ram} bytes "
          f"(data + bss {s.get('.bss', 0)}); heap {s.get('.heap', 0)}, stack {s.get('.stack', 0)}")
    c.expect(flash <= FLASH_LIMIT, f"flash {flash} <= {FLASH_LIMIT}")
    c.expect(ram <= RAM_LIMIT, f"static RAM {ram} <= {RAM_LIMIT}")
    status, out, err = c.adder_cmd("run", "--target=cortex-m0", py)
    c.expect(status == 0 and out == "hello\n", "hello runs on cortex-m0 (microbit)",
             f"status {status}\nstdout {out!r}\nstderr {err}")


def nm_symbols(elf):
    out = subprocess.run(["arm-none-eabi-nm", elf], capture_output=True, text=True,
                         check=True).stdout
    return {line.split()[-1] for line in out.splitlines() if line.strip()}


def check_bare_metal(c):
    need("arm-none-eabi-gcc", "arm-none-eabi-nm", "qemu-system-arm")
    py = c.write("hello.py", 'print("hello")\n')
    for target in ("cortex-m0", "cortex-m3"):
        elf = os.path.join(c.tmp, f"hello-{target}.elf")
        if c.build(target, py, elf):
            bad = sorted(nm_symbols(elf) & set(FORBIDDEN))
            c.expect(not bad, f"{target} hello links no malloc/printf/stdio", " ".join(bad))
    argv = c.write("argv.py", "import sys\nprint(sys.argv)\nprint(len(sys.argv))\n")
    status, out, err = c.adder_cmd("run", "--target=cortex-m3", argv)
    c.expect(status == 0 and out == "['argv.py']\n1\n", "sys.argv is [script name]",
             f"status {status}\n{out}{err}")
    tb = c.write("tb.py", "import sys\n\ndef f(n: int) -> int:\n    return 10 // n\n\n"
                 "print('before')\nprint(f(0))\n")
    status, out, err = c.adder_cmd("run", "--target=cortex-m4f", tb)
    want_err = ('Traceback (most recent call last):\n  File "tb.py", line 7, in <module>\n'
                '  File "tb.py", line 4, in f\n'
                'ZeroDivisionError: integer division or modulo by zero\n')
    c.expect(status == 1 and out == "before\n" and err == want_err,
             "uncaught exception: traceback on stderr, status 1 (cortex-m4f)",
             f"status {status}\nstdout {out!r}\nstderr {err!r}")
    ex = c.write("ex.py", "import sys\nprint('bye')\nsys.exit(42)\n")
    for target in ("cortex-m7", "cortex-m0", "armv7-linux"):
        if target == "armv7-linux" and not (shutil.which("arm-linux-gnueabihf-gcc")
                                            and shutil.which("qemu-arm")):
            continue
        status, out, err = c.adder_cmd("run", f"--target={target}", ex)
        c.expect(status == 42 and out == "bye\n", f"sys.exit(42) is the status ({target})",
                 f"status {status}\n{out}{err}")
    hang = c.write("hang.py", "n = 0\nwhile True:\n    n = n + 1\n")
    status, out, err = c.adder_cmd("run", "--target=cortex-m3", hang,
                                   env={"ADDER_RUN_TIMEOUT": "2"})
    c.expect(status == 124 and "did not finish within 2 s" in err,
             "a hung program is stopped after the timeout", f"status {status}\n{err}")
    status, out, err = c.adder_cmd("build", "--target=cortex-m5", py)
    c.expect(status == 2 and "unknown target 'cortex-m5'" in err and "cortex-m4f" in err,
             "unknown --target: usage error listing the targets", f"status {status}\n{err}")
    cache = os.environ.get("ADDER_CACHE_DIR")
    if cache and os.path.isdir(cache):
        before = sorted(os.listdir(cache))
        c.build("cortex-m3", py, os.path.join(c.tmp, "again.elf"))
        c.expect(sorted(os.listdir(cache)) == before, "the cached runtime is reused",
                 f"{before} -> {sorted(os.listdir(cache))}")


def check_memory_error(c):
    need("arm-none-eabi-gcc", "qemu-system-arm")
    py = c.write("fill.py", "print('start')\nchunks: list[list[int]] = []\n"
                 "while True:\n    chunks.append([0] * 1000)\n")
    status, out, err = c.adder_cmd("run", "--target=cortex-m3", "--heap=32K", py)
    last = (err.strip().splitlines() or [""])[-1]
    c.expect(status == 1 and out == "start\n" and last.startswith("MemoryError"),
             "filling a 32 KB heap raises MemoryError (status 1)",
             f"status {status}\nstdout {out!r}\nstderr {err}")


def check_overflow(c):
    need("arm-none-eabi-gcc", "qemu-system-arm")
    big = "\n".join(f'print("{i:06d}{"x" * 2000}")' for i in range(160))  # 320 KB
    py = c.write("big.py", big + "\n")
    status, out, err = c.adder_cmd("build", "--target=cortex-m0", py, "-o", "big.elf")
    c.expect(status == 1 and "does not fit cortex-m0: flash overflows by" in err,
             "a program over cortex-m0's 256 KB of flash fails with the overflow",
             f"status {status}\nstdout {out}\nstderr {err}")
    c.expect("flash" in out.lower(), "the size report is printed for it", out + err)
    small = c.write("small.py", 'print("hi")\n')
    status, out, err = c.adder_cmd("build", "--target=cortex-m0", "--heap=64K", small,
                                   "-o", "small.elf")
    c.expect(status == 1 and "does not fit cortex-m0" in err and "RAM" in err,
             "a 64 KB heap on cortex-m0 (16 KB of RAM) fails with the RAM overflow",
             f"status {status}\nstdout {out}\nstderr {err}")


CHECKS = {"m0-size": check_m0_size, "bare-metal": check_bare_metal,
          "memory-error": check_memory_error, "overflow": check_overflow}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("check", choices=sorted(CHECKS))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="adder-targets-") as tmp:
        c = Checker(os.path.abspath(args.adder), tmp)
        CHECKS[args.check](c)
    print(f"{args.check}: {c.failures} failures")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
