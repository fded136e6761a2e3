#!/usr/bin/env python3
"""Differential test of the ingestion pipeline (suite 'diff').

Every dataset in the repository — data/sample-province.*, tests/data/valid,
tests/data/invalid and the fuzz corpus entries that load — goes through every
path: the whole document (`antq evaluate FILE.json`), an NDJSON file, standard
input (`antq evaluate - --ndjson`) and the Python binding (antq.Pipeline on the
document and on the lines). Every path must give the same verdict for every
(unit, year), or the same error: the same code, and the same JSON path where
the path is comparable (an error in "units" or "options"; a document that
cannot be cut into lines — a syntax error — is compared between its document
paths only).

A document's NDJSON form is its "units" elements cut out byte for byte (one per
line; JSON whitespace inside an element becomes a space), with its "options"
given by --options (a document holding only them). An NDJSON file's document
form wraps its lines as the "units" array.

usage: diff.py --antq ANTQ --srcroot SRC
"""

import argparse
import csv
import glob
import io
import os
import re
import subprocess
import sys
import tempfile

import antq

ERROR_LINE = re.compile(rb"^(.*?):(-?\d+):(-?\d+): (\S+): (ANTQ_\w+): ", re.M)
# the tool's refusal when no unit has evidence for the year it evaluates (either language)
NO_YEAR = re.compile("không có số liệu năm|has no evidence".encode())


# ---- cutting a document into its parts, byte for byte

def skip_ws(b, i):
    while i < len(b) and b[i] in b" \t\r\n":
        i += 1
    return i


def skip_value(b, i):
    """End of the JSON value starting at i (strings and brackets only need to balance), or None."""
    if i >= len(b):
        return None
    if b[i:i + 1] == b'"':
        i += 1
        while i < len(b):
            c = b[i]
            if c == 0x5C:
                i += 2
                continue
            if c == 0x22:
                return i + 1
            i += 1
        return None
    if b[i:i + 1] in (b"{", b"["):
        depth = 0
        while i < len(b):
            c = b[i:i + 1]
            if c == b'"':
                e = skip_value(b, i)
                if e is None:
                    return None
                i = e
                continue
            if c in (b"{", b"["):
                depth += 1
            elif c in (b"}", b"]"):
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return None
    j = i
    while j < len(b) and b[j:j + 1] not in (b",", b"}", b"]", b" ", b"\t", b"\r", b"\n"):
        j += 1
    return j if j > i else None


def cut_document(b):
    """(raw options or None, [raw unit elements]) of a document, or None when it cannot be cut."""
    i = skip_ws(b, 0)
    if b[i:i + 1] != b"{":
        return None
    i += 1
    options, units, saw_units = None, [], False
    while True:
        i = skip_ws(b, i)
        if b[i:i + 1] == b"}":
            break
        e = skip_value(b, i)
        if e is None or b[i:i + 1] != b'"':
            return None
        key = b[i + 1:e - 1]
        i = skip_ws(b, e)
        if b[i:i + 1] != b":":
            return None
        i = skip_ws(b, i + 1)
        e = skip_value(b, i)
        if e is None:
            return None
        if key == b"units":
            if saw_units or b[i:i + 1] != b"[":
                return None
            saw_units = True
            j = skip_ws(b, i + 1)
            while b[j:j + 1] != b"]":
                k = skip_value(b, j)
                if k is None:
                    return None
                units.append(re.sub(rb"[\r\n]", b" ", b[j:k]))
                j = skip_ws(b, k)
                if b[j:j + 1] == b",":
                    j = skip_ws(b, j + 1)
                elif b[j:j + 1] != b"]":
                    return None
        elif key == b"options":
            options = b[i:e]
        i = skip_ws(b, e)
        if b[i:i + 1] == b",":
            i += 1
    return options, units


# ---- one outcome per path: ("ok", {(unit, year): verdict}) or ("error", code, path)

def cli_outcome(proc_out, proc_err, rc, fmt):
    if rc not in (0, 3):
        m = ERROR_LINE.search(proc_err)
        if not m and rc == 2 and NO_YEAR.search(proc_err):
            return ("no-year",)
        if not m:
            return ("failed", rc, proc_err.decode("utf-8", "replace")[:300])
        path = m.group(4).decode("utf-8", "replace")
        return ("error", m.group(5).decode(), "" if path == "/" else path)  # the tool writes "/" for no path
    verdicts = {}
    text = proc_out.decode("utf-8")
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(text)))
        for r in rows:
            verdicts[(r["unit_id"], int(r["year"]))] = r["verdict"]
        n = len(rows)
    else:
        import json
        lines = [json.loads(line) for line in text.splitlines() if line.strip()]
        for r in lines:
            verdicts[(r["unit"], r["year"])] = r["verdict"]
        n = len(lines)
    if n != len(verdicts):
        return ("failed", "a (unit, year) written twice", n)
    return ("ok", verdicts)


def run_cli(antq_exe, args, fmt, stdin=None):
    p = subprocess.run([antq_exe, "evaluate", *args, "--format", fmt], input=stdin, capture_output=True, timeout=120)
    return cli_outcome(p.stdout, p.stderr, p.returncode, fmt)


def py_outcome(make, run):
    """The binding's outcome; like the tool, a year no unit has evidence for is ("no-year",)."""
    try:
        with make() as p:
            results = run(p)
            years = p.years
    except antq.AntqError as e:
        return ("error", e.name, e.path)
    if not years or any(n == 0 for _, n in years):
        return ("no-year",)
    verdicts = {(r["unit"], r["year"]): r["verdict"] for r in results}
    if len(results) != len(verdicts):
        return ("failed", "a (unit, year) passed twice", len(results))
    return ("ok", verdicts)


def py_options(optdoc):
    if optdoc is None:
        return None, 0, None
    try:
        with antq.Dataset.load(optdoc) as ds:
            return ds.options, ds.year, None
    except antq.AntqError as e:
        return None, 0, ("error", e.name, e.path)


def looks_like_ndjson(b):
    """As the tool's guess (tools/antq/util.c): a first line holding one whole object, and more lines."""
    lines = b.lstrip(b" \t\r\n").split(b"\n", 1)
    if len(lines) < 2 or not lines[0].startswith(b"{") or not lines[1].strip():
        return False
    end = skip_value(lines[0], 0)
    return end is not None and not lines[0][end:].strip(b" \t\r")


def comparable(outcome):
    """Whether NDJSON paths can give the same outcome (the error is in a unit or the options)."""
    if outcome[0] != "error":
        return True
    return outcome[2].startswith("/units/") or outcome[2].startswith("/options")


def check_one(antq_exe, name, doc, ndjson, optdoc, tmp, failures, doc_only):
    docf = os.path.join(tmp, "d.json")
    ndf = os.path.join(tmp, "d.ndjson")
    optf = os.path.join(tmp, "opts.json")
    with open(docf, "wb") as f:
        f.write(doc)
    outcomes = {}
    for fmt in ("csv", "ndjson"):
        outcomes[f"document/{fmt}"] = run_cli(antq_exe, [docf], fmt)
    outcomes["python/document"] = py_outcome(antq.Pipeline, lambda p: p.run(doc))
    if looks_like_ndjson(doc):
        # the tool reads such a "document" as NDJSON (as a user would mean it): compare the binding
        for fmt in ("csv", "ndjson"):
            del outcomes[f"document/{fmt}"]
    ref = outcomes.get("document/csv", outcomes["python/document"])
    if ndjson is not None and not doc_only and comparable(ref):
        with open(ndf, "wb") as f:
            f.write(ndjson)
        extra = []
        if optdoc is not None:
            with open(optf, "wb") as f:
                f.write(optdoc)
            extra = ["--options", optf]
        for fmt in ("csv", "ndjson"):
            outcomes[f"ndjson-file/{fmt}"] = run_cli(antq_exe, [ndf, *extra], fmt)
        outcomes["stdin/csv"] = run_cli(antq_exe, ["-", "--ndjson", *extra], "csv", stdin=ndjson)
        opts, year, opt_error = py_options(optdoc)
        outcomes["python/ndjson"] = opt_error or py_outcome(
            lambda: antq.Pipeline(options=opts, options_year=year), lambda p: p.run(ndjson, ndjson=True))
    for path, got in outcomes.items():
        if not same(got, ref):
            failures.append(f"{name}: {path} gives {summary(got)}, the document gives {summary(ref)}")
    return ref


def same(a, b):
    """Equal outcomes. Paths are cut at a fixed size (antq_error.path): two long paths where one
    begins the other name the same place, reached from documents of different shapes."""
    if a == b:
        return True
    if a[0] != "error" or b[0] != "error" or a[1] != b[1]:
        return False
    short, long_ = sorted((a[2], b[2]), key=len)
    return len(short) >= 120 and long_.startswith(short)


def summary(outcome):
    if outcome[0] == "ok":
        return f"{len(outcome[1])} verdicts"
    return " ".join(str(x) for x in outcome)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--antq", required=True)
    ap.add_argument("--srcroot", required=True)
    args = ap.parse_args()
    src = args.srcroot
    failures, counts = [], {"datasets": 0, "valid": 0, "errors": 0, "document-only": 0}
    sources = []
    for f in sorted(glob.glob(os.path.join(src, "data", "sample-province.json")) +
                    glob.glob(os.path.join(src, "tests", "data", "valid", "*.json")) +
                    glob.glob(os.path.join(src, "tests", "data", "invalid", "*.json"))):
        sources.append((os.path.relpath(f, src), "document", f))
    for f in sorted(glob.glob(os.path.join(src, "data", "sample-province.ndjson")) +
                    glob.glob(os.path.join(src, "tests", "data", "valid", "*.ndjson"))):
        sources.append((os.path.relpath(f, src), "ndjson", f))
    for f in sorted(glob.glob(os.path.join(src, "fuzz", "corpus", "dataset", "*"))):
        sources.append((os.path.relpath(f, src), "corpus-document", f))
    for f in sorted(glob.glob(os.path.join(src, "fuzz", "corpus", "ndjson", "*"))):
        sources.append((os.path.relpath(f, src), "corpus-ndjson", f))
    with tempfile.TemporaryDirectory() as tmp:
        for name, kind, path in sources:
            with open(path, "rb") as f:
                data = f.read()
            if kind.endswith("ndjson"):
                lines = [line for line in data.split(b"\n") if line.strip(b" \t\r")]
                ndjson = b"\n".join(lines) + b"\n"
                doc = b'{"format": "antq-dataset", "version": 1, "units": [\n' + b",\n".join(lines) + b"\n]}\n"
                optdoc = None
                cut = (None, lines)
            else:
                doc = data
                cut = cut_document(data)
                ndjson = b"".join(u + b"\n" for u in cut[1]) if cut else None
                optdoc = (b'{"format": "antq-dataset", "version": 1, "options": ' + cut[0] + b', "units": []}'
                          if cut and cut[0] is not None else None)
            if kind.startswith("corpus"):
                # only the entries that load: a fuzz input is mostly broken on purpose
                try:
                    antq.Dataset.load(doc).close()
                except antq.AntqError:
                    continue
            counts["datasets"] += 1
            if ndjson is None:
                counts["document-only"] += 1
            ref = check_one(args.antq, name, doc, ndjson, optdoc, tmp, failures, ndjson is None)
            counts["valid" if ref[0] == "ok" else "errors"] += 1
    for f in failures:
        print("FAIL:", f)
    print(f"{counts['datasets']} datasets ({counts['valid']} valid, {counts['errors']} rejected, "
          f"{counts['document-only']} compared as documents only): {len(failures)} differences")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
