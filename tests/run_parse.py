#!/usr/bin/env python3
"""run_parse.py: golden tests of the readable AST dump.

    run_parse.py --adder ADDER DIR [--update]

For each DIR/<name>.py runs `ADDER --emit=ast DIR/<name>.py` and compares
its stdout with DIR/<name>.ast, printing a unified diff on mismatch.
--update rewrites the .ast files instead (review them by eye against
`ast.dump(ast.parse(...), include_attributes=True)`). --against-cpython
compares instead with the same dump computed from CPython's own tree
(every node's position included), for any directory of .py files.
Exit status 1 if any test fails.
"""

import argparse
import ast
import difflib
import importlib.util
import os
import subprocess
import sys
import warnings

TIMEOUT_S = 60

# ---- the same dump computed from CPython's ast, for --against-cpython ----

SCALAR = {"name", "id", "attr", "arg", "asname", "module", "rest", "level", "simple", "is_async",
          "conversion", "names", "kwd_attrs", "kind"}


def _quote(s, is_bytes):
    r = []
    for ch in ([chr(c) for c in s] if is_bytes else s):
        c = ord(ch)
        if ch in "\\'":
            r.append("\\" + ch)
        elif ch in "\n\t\r":
            r.append({"\n": "\\n", "\t": "\\t", "\r": "\\r"}[ch])
        elif 0xD800 <= c < 0xE000:
            r.append("\\u%04x" % c)
        elif c < 0x20 or c == 0x7F or (is_bytes and c >= 0x80):
            r.append("\\x%02x" % c)
        else:
            r.append(ch)
    return ("b'" if is_bytes else "'") + "".join(r) + "'"


class CPythonDump:
    """ast_dump.c's format, computed from ast.parse: a check of the goldens
    (and of every expression's position) against CPython itself."""

    def __init__(self, data):
        self.text = importlib.util.decode_source(data)
        self.lines = self.text.splitlines(True) or [""]
        self.out = ["Module"]
        for i, s in enumerate(ast.parse(data).body):
            self.node(s, f"body[{i}]", 1)

    def col(self, line, byte_col):
        return len(self.lines[line - 1].encode("utf-8", "surrogatepass")[:byte_col].decode("utf-8", "replace")) + 1

    def pos(self, n):
        if not hasattr(n, "lineno") or isinstance(n, (ast.expr_context, ast.operator)):
            return ""
        return (f" @{n.lineno}:{self.col(n.lineno, n.col_offset)}"
                f"-{n.end_lineno}:{self.col(n.end_lineno, n.end_col_offset)}")

    def scalars(self, n):
        cls = type(n).__name__
        parts = []
        for f in n._fields:
            v = getattr(n, f)
            if f in ("ctx", "op"):
                parts.append(f" {f}={type(v).__name__}")
            elif f == "ops":
                parts.append(" ops=" + ",".join(type(o).__name__ for o in v))
            elif cls == "Constant" and f == "value":
                parts.append(self.constant(n, v))
            elif cls == "Constant" and f == "kind":
                parts.append(f" kind='{v}'" if v else "")
            elif cls == "MatchSingleton":
                parts.append(f" value={v}")
            elif f in SCALAR and not (cls in ("Import", "ImportFrom") and f == "names"):
                parts.append(self.scalar(f, v))
        return "".join(parts)

    def constant(self, n, v):
        if isinstance(v, bool):
            return f" bool={v}"
        if v is None or v is Ellipsis:
            return f" {v}"
        if isinstance(v, (int, float, complex)):
            return f" {type(v).__name__}={ast.get_source_segment(self.text, n)}"
        return " str=" + _quote(v, False) if isinstance(v, str) else " bytes=" + _quote(v, True)

    @staticmethod
    def scalar(f, v):
        if f in ("names", "kwd_attrs"):
            return f" {f}=" + ",".join(v) if v else ""
        if f == "conversion":
            return f" conversion={chr(v)}" if v > 0 else ""
        if f in ("level", "simple"):
            return f" {f}={v}"
        if f == "is_async":
            return " is_async=1" if v else ""
        return f" {f}='{v}'" if v is not None else ""

    def node(self, n, label, depth):
        cls = type(n).__name__
        self.out.append("  " * depth + f"{label}: {cls}" + self.scalars(n) + self.pos(n))
        if cls in ("Constant", "MatchSingleton"):
            return
        if cls == "Dict":
            for i, (k, v) in enumerate(zip(n.keys, n.values)):
                if k is not None:
                    self.node(k, f"keys[{i}]", depth + 1)
                self.node(v, f"values[{i}]", depth + 1)
            return
        for f in n._fields:
            v = getattr(n, f)
            if f in ("ctx", "op", "ops", "type_comment") or (
                    f in SCALAR and not (cls in ("Import", "ImportFrom") and f == "names")):
                continue
            if isinstance(v, list):
                for i, x in enumerate(v):
                    if x is not None:
                        self.node(x, f"{f}[{i}]", depth + 1)
            elif isinstance(v, ast.AST):
                self.node(v, f, depth + 1)


def cpython_dump(py):
    with open(py, "rb") as f:
        data = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "\n".join(CPythonDump(data).out) + "\n"
        except (SyntaxError, ValueError, UnicodeDecodeError) as e:
            return f"CPython rejects: {e}\n"


def run_one(adder, py):
    try:
        p = subprocess.run([adder, "--emit=ast", py], capture_output=True, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {TIMEOUT_S} s"
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace').strip()}"
    return p.stdout.decode("utf-8", "replace"), None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--against-cpython", action="store_true",
                    help="compare with the dump computed from CPython's ast (positions included), not the .ast")
    ap.add_argument("dir")
    args = ap.parse_args()
    names = sorted(f for f in os.listdir(args.dir) if f.endswith(".py"))
    failed = 0
    for name in names:
        py = os.path.join(args.dir, name)
        golden = py[:-3] + ".ast"
        got, err = run_one(args.adder, py)
        if err:
            print(f"FAIL {name}: {err}")
            failed += 1
            continue
        if args.against_cpython:
            want = cpython_dump(py)
            golden = "cpython"
        elif args.update:
            with open(golden, "w", encoding="utf-8", newline="\n") as f:
                f.write(got)
            print(f"wrote {golden}")
            continue
        else:
            try:
                with open(golden, encoding="utf-8", newline="") as f:
                    want = f.read()
            except FileNotFoundError:
                print(f"FAIL {name}: no {os.path.basename(golden)} (run with --update)")
                failed += 1
                continue
        if got != want:
            print(f"FAIL {name}")
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(keepends=True), got.splitlines(keepends=True),
                fromfile=golden, tofile=f"adder --emit=ast {name}"))
            failed += 1
        else:
            print(f"ok   {name}")
    print(f"{len(names) - failed}/{len(names)} passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
