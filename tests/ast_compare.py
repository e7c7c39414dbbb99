#!/usr/bin/env python3
"""ast_compare.py: the parser's acceptance test -- Adder's AST against CPython's.

    ast_compare.py --adder ADDER [--sample N --seed S] [--jobs J] [--stats] [PATH...]

PATHs are .py files or directories (searched recursively for *.py); with no
PATH the CPython standard library is used (sysconfig's "stdlib" directory,
test folders included, site-packages excluded). --sample N picks N of the
files at random, deterministically for a given --seed.

For each file the BYTES are parsed by CPython (`ast.parse`; SyntaxError,
ValueError, UnicodeDecodeError etc. mean CPython rejects) and converted to
the JSON vocabulary of `adder --emit=ast-json` (see compiler/parse/ast_json.c):
{"_type": class, <_fields>...}, statements and except handlers with lineno
and col_offset, Constant values tagged by type ({"int": "1"},
{"float": repr}, ...). Then `ADDER --emit=ast-json FILE` runs (60 s timeout;
a signal, a sanitizer report or a timeout is a crash) and the two are
compared: both reject -> agree; one rejects -> accept disagreement; both
accept -> the trees are compared structurally (keys other than _type, the
_fields and lineno/col_offset are ignored) and the first differing path is
reported with the line nearby.

Exit status 0 only if every file agrees, every tree is identical and
nothing crashed.
"""

import argparse
import ast
import collections
import json
import multiprocessing
import os
import random
import re
import resource
import subprocess
import sys
import sysconfig
import time
import warnings

ADDER_TIMEOUT_S = 60
MAX_VALUE_TEXT = 160   # longest value text printed in a difference
CRASH_MARKERS = ("Sanitizer", "runtime error:", "compiler bug", "internal error")

_FIELDS_CACHE = {}
_POSITIONED = (ast.stmt, ast.excepthandler)


# ---- CPython's tree in Adder's JSON vocabulary ----

def _norm_str(s):
    """json.loads joins an escaped surrogate pair into one character, so do
    the same to CPython's str (which may hold lone surrogates)."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return s.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _int_text(v):
    try:
        return str(v)
    except ValueError:  # past sys.int_max_str_digits
        old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(0)
        try:
            return str(v)
        finally:
            sys.set_int_max_str_digits(old)


def const_value(v):
    if v is None:
        return {"none": None}
    if v is Ellipsis:
        return {"ellipsis": None}
    if isinstance(v, bool):
        return {"bool": v}
    if isinstance(v, int):
        return {"int": _int_text(v)}
    if isinstance(v, float):
        return {"float": repr(v)}
    if isinstance(v, complex):
        return {"complex": repr(v)}
    if isinstance(v, str):
        return {"str": _norm_str(v)}
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    raise TypeError(f"unexpected constant {v!r}")


def _fields(cls):
    f = _FIELDS_CACHE.get(cls)
    if f is None:
        f = tuple(x for x in cls._fields if x != "type_comment")
        _FIELDS_CACHE[cls] = f
    return f


def to_json(node):
    if isinstance(node, list):
        return [to_json(x) for x in node]
    if not isinstance(node, ast.AST):
        return node
    cls = type(node)
    out = {"_type": cls.__name__}
    is_const = cls is ast.Constant or cls is ast.MatchSingleton
    for f in _fields(cls):
        if f == "type_ignores":
            out[f] = []
        elif is_const and f == "value":
            out[f] = const_value(node.value)
        else:
            out[f] = to_json(getattr(node, f, None))
    if isinstance(node, _POSITIONED):
        out["lineno"] = node.lineno
        out["col_offset"] = node.col_offset
    return out


# ---- structural comparison ----

def _short(v):
    t = repr(v)
    return t if len(t) <= MAX_VALUE_TEXT else t[:MAX_VALUE_TEXT] + "..."


def _kind(v):
    """A one-word description for grouping differences."""
    if isinstance(v, dict):
        if "_type" in v:
            return v["_type"]
        return "{" + ",".join(v) + "}"
    if isinstance(v, list):
        return f"list[{len(v)}]"
    return type(v).__name__


def first_difference(exp, got, path="", line=None):
    """(path, expected, got, line) of the first difference, or None."""
    if isinstance(exp, dict):
        if not isinstance(got, dict):
            return path, exp, got, line
        if "_type" not in exp:  # a tagged constant value
            return None if exp == got else (path, exp, got, line)
        if exp.get("_type") != got.get("_type"):
            return path, exp, got, line
        line = exp.get("lineno", line)
        for k, ev in exp.items():
            if k not in got:
                return f"{path}.{k}" if path else k, ev, "<missing>", line
            d = first_difference(ev, got[k], f"{path}.{k}" if path else k, line)
            if d:
                return d
        return None
    if isinstance(exp, list):
        if not isinstance(got, list):
            return path, exp, got, line
        for i, (ev, gv) in enumerate(zip(exp, got)):
            d = first_difference(ev, gv, f"{path}[{i}]", line)
            if d:
                return d
        if len(exp) != len(got):
            return f"{path}.len", len(exp), len(got), line
        return None
    if exp != got or type(exp) is not type(got):
        return path, exp, got, line
    return None


def _got_line(got, path):
    """The lineno of the innermost statement on path in Adder's tree."""
    node, line = got, None
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        try:
            node = node[int(part[1:-1])] if part.startswith("[") else node[part]
        except (KeyError, IndexError, TypeError, ValueError):
            break
        if isinstance(node, dict) and "lineno" in node:
            line = node["lineno"]
    return line


# ---- one file ----

def count_lines(data):
    n = data.count(b"\n")
    return n + (1 if data and not data.endswith(b"\n") else 0)


def cpython_side(data, path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        try:
            tree = ast.parse(data, filename=path)
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError, OverflowError) as e:
            return None, f"{type(e).__name__}: {e}", time.perf_counter() - t0
        dt = time.perf_counter() - t0
    return to_json(tree), None, dt


def adder_side(adder, path):
    """(status, json-or-None, message, wall s, cpu s); status ok|reject|crash."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    try:
        p = subprocess.run([adder, "--emit=ast-json", path], capture_output=True, timeout=ADDER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return "crash", None, f"timeout after {ADDER_TIMEOUT_S} s", time.perf_counter() - t0, 0.0
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    err = p.stderr.decode("utf-8", "replace")
    if p.returncode < 0 or any(m in err for m in CRASH_MARKERS) or p.returncode not in (0, 1):
        return "crash", None, f"exit {p.returncode}: {err.strip()[-600:]}", wall, cpu
    if p.returncode == 1:
        first = err.strip().splitlines()[0] if err.strip() else "(no diagnostic)"
        return "reject", None, first, wall, cpu
    try:
        return "ok", json.loads(p.stdout), "", wall, cpu
    except ValueError as e:
        return "crash", None, f"invalid JSON on stdout: {e}", wall, cpu


def check_file(job):
    adder, path = job
    sys.setrecursionlimit(20000)
    with open(path, "rb") as f:
        data = f.read()
    res = {"path": path, "lines": count_lines(data)}
    exp, cpy_err, res["cpy_time"] = cpython_side(data, path)
    status, got, msg, res["adder_time"], res["adder_cpu"] = adder_side(adder, path)
    res["cpy_ok"] = exp is not None
    res["status"] = status
    res["msg"] = msg
    res["cpy_err"] = cpy_err
    res["diff"] = None
    if status == "ok" and exp is not None and exp != got:
        d = first_difference(exp, got)
        if d:
            dpath, ev, gv, line = d
            res["diff"] = {"path": dpath, "exp": ev, "got": gv, "line": line, "got_line": _got_line(got, dpath)}
    return res


# ---- files ----

def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "dist-packages", "__pycache__"))
        out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".py"))
    return out


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
                out.extend(os.path.join(dirpath, f) for f in filenames if f.endswith(".py"))
        elif os.path.exists(p):
            out.append(p)
        else:
            print(f"ast_compare: warning: no such path '{p}'", file=sys.stderr)
    return out


# ---- report ----

def group_key(r):
    if r["status"] == "crash":
        return "crash: " + r["msg"].splitlines()[0][:100]
    if r["cpy_ok"] and r["status"] == "reject":
        return "adder rejects: " + re.sub(r"^.*?:\d+:\d+: ", "", r["msg"])[:100]
    if not r["cpy_ok"] and r["status"] == "ok":
        return "adder accepts, CPython: " + re.sub(r"\(.*?, line \d+\)", "", r["cpy_err"] or "")[:100]
    d = r["diff"]
    last = re.sub(r"\[\d+\]", "[]", d["path"]).split(".")[-1]
    ev, gv = d["exp"], d["got"]
    if isinstance(ev, str) and isinstance(gv, str) and len(ev) < 30 and len(gv) < 30:
        return f"tree: .{last}: {ev!r} != {gv!r}"
    return f"tree: .{last}: {_kind(ev)} != {_kind(gv)}"


def describe(r):
    p = r["path"]
    if r["status"] == "crash":
        return f"{p}: CRASH: {r['msg']}"
    if r["cpy_ok"] and r["status"] == "reject":
        return f"{p}: CPython accepts, adder rejects: {r['msg']}"
    if not r["cpy_ok"] and r["status"] == "ok":
        return f"{p}: CPython rejects ({r['cpy_err']}), adder accepts"
    d = r["diff"]
    return (f"{p}:{d['line']}: {d['path']}: {_short(d['exp'])} != {_short(d['got'])}"
            f" (expected near line {d['line']}, adder near line {d['got_line']})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--adder", required=True)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--max-report", type=int, default=100, help="failures printed in full (default 100)")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()

    files = sorted(set(collect(args.paths) if args.paths else stdlib_files()))
    if args.sample and args.sample < len(files):
        files = sorted(random.Random(args.seed).sample(files, args.sample))
    if not files:
        print("ast_compare: no files", file=sys.stderr)
        return 1
    adder = os.path.abspath(args.adder)
    t0 = time.perf_counter()
    jobs = [(adder, f) for f in files]
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = list(pool.imap_unordered(check_file, jobs, chunksize=4))
    else:
        results = [check_file(j) for j in jobs]
    elapsed = time.perf_counter() - t0
    results.sort(key=lambda r: r["path"])

    failures = [r for r in results
                if r["status"] == "crash" or r["cpy_ok"] != (r["status"] == "ok") or r["diff"]]
    for r in failures[:args.max_report]:
        print(describe(r))
    if len(failures) > args.max_report:
        print(f"... and {len(failures) - args.max_report} more failures")
    if failures:
        groups = collections.Counter(group_key(r) for r in failures)
        print("\nfailures by cause:")
        for key, n in groups.most_common():
            print(f"  {n:5d}  {key}")

    n = len(results)
    lines = sum(r["lines"] for r in results)
    agree = sum(1 for r in results if r["status"] != "crash" and r["cpy_ok"] == (r["status"] == "ok"))
    both = [r for r in results if r["cpy_ok"] and r["status"] == "ok"]
    identical = sum(1 for r in both if not r["diff"])
    crashes = sum(1 for r in results if r["status"] == "crash")
    rejected = sum(1 for r in results if not r["cpy_ok"])
    adder_t = sum(r["adder_time"] for r in results)
    adder_cpu = sum(r["adder_cpu"] for r in results)
    cpy_t = sum(r["cpy_time"] for r in results)
    pct = lambda a, b: 100.0 * a / b if b else 100.0
    print(f"\nfiles: {n} ({rejected} rejected by CPython), lines: {lines}")
    print(f"accept agreement: {agree}/{n} ({pct(agree, n):.2f}%)")
    print(f"identical trees: {identical}/{len(both)} ({pct(identical, len(both)):.2f}%)")
    print(f"crashes: {crashes}")
    print(f"adder throughput: {lines / adder_t if adder_t else 0:,.0f} lines/s "
          f"(process wall time, {adder_t:.2f} s total)")
    if args.stats:
        print(f"adder cpu time: {adder_cpu:.2f} s ({lines / adder_cpu if adder_cpu else 0:,.0f} lines/s)")
        print(f"cpython ast.parse: {cpy_t:.2f} s ({lines / cpy_t if cpy_t else 0:,.0f} lines/s)")
        print(f"run time: {elapsed:.1f} s with {args.jobs} jobs")
    ok = agree == n and identical == len(both) and crashes == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
