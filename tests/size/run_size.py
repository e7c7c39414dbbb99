#!/usr/bin/env python3
"""tests/size/run_size.py: `adder build --target=cortex-m0 --size` end to end.

Cases (one per ctest test, named size.<case>):
  too-large-m0   a generated program too large for the 256 KB flash of the
                 micro:bit: the build exits 1, prints the report (from the
                 relink with enlarged regions) and the overflow, which must
                 equal ld's own "overflowed by N bytes" (alignment padding
                 included) and be the report's flash minus 262,144 give or
                 take that padding.
  heap-too-large-m0  print("hello") with --heap=16K: RAM overflows.
  hello-m0       print("hello") with --size=full: exit 0, and the totals
                 agree with arm-none-eabi-size (flash = text + data,
                 RAM = data + bss, heap and stack being NOLOAD sections).
Exits 77 (ctest SKIP_RETURN_CODE) when arm-none-eabi-gcc is absent.
"""
import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SKIP = 77
FLASH_M0 = 262144
RAM_M0 = 16384
# Functions of the too-large program, each printing a distinct 240-byte
# string: about 256 B of flash apiece, so 1,100 overflow 256 KB by ~20 KB.
BIG_FUNCTIONS = 1100


def num(text):
    return int(text.replace(",", ""))


def field(out, pattern):
    m = re.search(pattern, out, re.M)
    if not m:
        raise AssertionError(f"no match for {pattern!r} in:\n{out}")
    return num(m.group(1))


def build(adder, tmp, source, *flags):
    py = tmp / "prog.py"
    py.write_text(source)
    elf = tmp / "prog.elf"
    cmd = [adder, "build", "--target=cortex-m0", *flags, str(py), "-o", str(elf)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    return r, elf


def big_program():
    rnd = random.Random(1)
    parts = []
    for i in range(BIG_FUNCTIONS):
        s = "".join(rnd.choice("abcdefghijklmnopqrstuvwxyz ") for _ in range(240))
        parts.append(f'def f{i}() -> None:\n    print("{s}")\n')
    parts.append("f0()\n")
    return "\n".join(parts)


def too_large(adder, tmp):
    r, _ = build(adder, tmp, big_program(), "--size")
    out = r.stdout
    assert r.returncode == 1, f"exit {r.returncode}\n{out}\n{r.stderr}"
    assert "for cortex-m0:" in out, out
    flash = field(out, r"^  flash +([\d,]+) B of 262,144 B")
    over = field(out, r"^error: the program does not fit cortex-m0: flash overflows by ([\d,]+) B$")
    # The overflow counts alignment padding between sections, as ld does;
    # the flash figure (text + data) does not.
    assert 0 <= over - (flash - FLASH_M0) < 64, (over, flash)
    ld = re.search(r"region `FLASH' overflowed by (\d+) bytes", r.stderr)
    if ld:
        assert int(ld.group(1)) == over, (ld.group(0), over)
    print(f"flash {flash} B, overflow {over} B")


def heap_too_large(adder, tmp):
    r, _ = build(adder, tmp, 'print("hello")\n', "--size", "--heap=16K")
    out = r.stdout
    assert r.returncode == 1, f"exit {r.returncode}\n{out}\n{r.stderr}"
    ram = field(out, r"^  RAM +([\d,]+) B of 16,384 B")
    assert field(out, r"^  heap +([\d,]+) B") == 16384, out
    over = field(out, r"^error: the program does not fit cortex-m0: RAM overflows by ([\d,]+) B$")
    assert 0 <= over - (ram - RAM_M0) < 64, (over, ram)
    ld = re.search(r"region `RAM' overflowed by (\d+) bytes", r.stderr)
    if ld:
        assert int(ld.group(1)) == over, (ld.group(0), over)
    print(f"RAM {ram} B, overflow {over} B")


def berkeley(elf):
    r = subprocess.run(["arm-none-eabi-size", str(elf)], capture_output=True, text=True,
                       check=True)
    text, data, bss = (int(w) for w in r.stdout.splitlines()[1].split()[:3])
    return text, data, bss


def hello(adder, tmp):
    r, elf = build(adder, tmp, 'print("hello")\n', "--size=full")
    out = r.stdout
    assert r.returncode == 0, f"exit {r.returncode}\n{out}\n{r.stderr}"
    text, data, bss = berkeley(elf)
    flash = field(out, r"^  flash +([\d,]+) B of 262,144 B")
    ram = field(out, r"^  RAM +([\d,]+) B of 16,384 B")
    assert flash == text + data, (flash, text, data)
    assert ram == data + bss, (ram, data, bss)
    assert field(out, r"text ([\d,]+) \+ data") == text, out
    for want in ("flash per Python function:", "<module main>", "per runtime part:",
                 "RAM per symbol (data, bss):", "stack      "):
        assert want in out, f"{want!r} missing:\n{out}"
    assert re.search(r"^ +[\d,]+ B +[\d,]+ B  str +\S", out, re.M), out
    print(out, end="")


CASES = {"too-large-m0": too_large, "heap-too-large-m0": heap_too_large, "hello-m0": hello}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--adder", required=True)
    ap.add_argument("case", choices=sorted(CASES))
    args = ap.parse_args()
    if not shutil.which("arm-none-eabi-gcc"):
        print("SKIP: arm-none-eabi-gcc not installed")
        return SKIP
    with tempfile.TemporaryDirectory(prefix="adder-size-") as d:
        CASES[args.case](args.adder, Path(d))
    return 0


if __name__ == "__main__":
    sys.exit(main())
