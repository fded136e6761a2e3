#!/usr/bin/env python3
"""Keep the documentation honest: checks run by the meson suite 'docs'.

usage:
  doccheck.py json    --antq ANTQ --srcroot SRC PAGE.md...
      Every ```json block of the pages must follow a marker comment: either
      <!-- quote: PATH --> (a piece of a JSON file, see quotes) or
      <!-- check: KIND [ARG] [dataset=PATH] --> and then load as marked:
        dataset            a whole dataset document       (antq validate)
        ndjson             NDJSON, one unit per line      (antq validate, .ndjson)
        options            the "options" object of a dataset
        unit               one unit object (or an array of units)
        evidence [KIND]    one yearly evidence object of a unit of KIND
                           (default residential_area)
        event              one event object (in 2024 evidence of a residential area)
        invalid CODE       a dataset that must be rejected with ANTQ_CODE
        campaign           a whole campaign document      (antq festival DATASET CAMPAIGN)
        plan | festival | target   one plan, festival or target object
        invalid-campaign CODE      a campaign that must be rejected with ANTQ_CODE
      Campaign blocks are checked against data/sample-province.json unless
      dataset=PATH (relative to SRC) is given.

  doccheck.py cli (--check|--update) --antq ANTQ --srcroot SRC [--program NAME=PATH]... PAGE.md...
      Every <!-- cli: [exit=N] COMMAND --> marker is followed by a ```console
      block holding "$ COMMAND" and the command's real output. The command is
      run with sh in a scratch directory where data/, tests/ and examples/ are
      the source tree's (read-only use), build/NAME is the program PATH of each
      --program NAME=PATH, and ANTQ is first on PATH. --check fails
      on any difference (and shows a diff); --update rewrites the blocks.

  doccheck.py quotes --srcroot SRC PAGE.md...
      A fenced block after <!-- quote: PATH --> must appear verbatim in the file
      SRC/PATH; lines holding only "..." (or "/* ... */", "# ...") separate
      pieces that must appear in that order.

  doccheck.py man --antq ANTQ PAGE.1
      Every command, option, --format value and exit code that `antq --help`
      and `antq COMMAND --help` print appears in the man page: each command
      has a .SS subsection listing the options of its usage line, each option
      a .TP entry, each exit code a .TP entry under EXIT STATUS.

  doccheck.py statuses --header include/antq/error.h PAGE.md
      Every status code of ANTQ_STATUS_MAP (name, value, description) is a
      row of the page's table.

  doccheck.py render PAGE...
      groff renders each man page without a single warning (exit 77 when
      groff is not installed).

  doccheck.py doxygen --doxygen DOXYGEN --doxyfile DOXYFILE --srcroot SRC
      Run doxygen with the project's Doxyfile (warnings are errors) into a
      scratch directory, with XML output added, and check that every enum
      value, macro, function, typedef and struct member of the public headers
      has a description (doxygen itself does not warn about enum values).
      Fails when doxygen wrote anything into the source tree.

Exit status: 0 ok, 1 failure, 77 skipped, 99 usage error.
SPDX-License-Identifier: MIT
"""

import argparse
import difflib
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

FENCE = re.compile(r"^(```+|~~~+)\s*([\w+-]*)\s*$")
MARKER = re.compile(r"^<!--\s*(check|cli|quote):\s*(.*?)\s*-->\s*$")


class Block:
    def __init__(self, page, kind, arg, marker_line, lang, start, end, lines):
        self.page = page              # path of the Markdown page
        self.kind = kind              # "check", "cli", "quote" or None (no marker)
        self.arg = arg                # the marker's text after "kind:"
        self.marker_line = marker_line
        self.lang = lang              # the fence's info string
        self.start = start            # index of the opening fence line
        self.end = end                # index of the closing fence line
        self.lines = lines            # the block's content lines

    def where(self):
        return f"{self.page}:{self.start + 1}"


def read_blocks(page):
    """Fenced blocks of a page, each with the marker comment just before it."""
    with open(page, encoding="utf-8") as f:
        text = f.read().split("\n")
    blocks = []
    i = 0
    pending = None  # (kind, arg, line) of the last marker, until a non-blank line
    while i < len(text):
        line = text[i]
        m = MARKER.match(line.strip())
        if m:
            pending = (m.group(1), m.group(2), i)
            i += 1
            continue
        f = FENCE.match(line)
        if f:
            fence = f.group(1)
            j = i + 1
            while j < len(text) and not text[j].startswith(fence[0] * len(fence)):
                j += 1
            if j >= len(text):
                raise SystemExit(f"{page}:{i + 1}: unterminated code block")
            kind, arg, mline = pending if pending else (None, "", None)
            blocks.append(Block(page, kind, arg, mline, f.group(2), i, j, text[i + 1:j]))
            pending = None
            i = j + 1
            continue
        if line.strip():
            pending = None
        i += 1
    return blocks, text


def fail(msg):
    print(f"FAIL: {msg}")


# ---------------------------------------------------------------- json blocks

DATASET_HEAD = '{"format": "antq-dataset", "version": 1, '
CAMPAIGN_HEAD = '{"format": "antq-campaign", "version": 1, '


def wrap(kind, arg, body):
    """The document to load for a block, and whether it is a campaign."""
    if kind in ("dataset", "invalid", "ndjson"):
        return body, False
    if kind == "options":
        return DATASET_HEAD + '"options": ' + body + ', "units": []}', False
    if kind == "unit":
        units = body if body.lstrip().startswith("[") else "[" + body + "]"
        return DATASET_HEAD + '"units": ' + units + "}", False
    if kind == "evidence":
        unit_kind = arg or "residential_area"
        return (DATASET_HEAD + '"units": [{"id": "DOC-1", "kind": "' + unit_kind +
                '", "evidence": [' + body + "]}]}"), False
    if kind == "event":
        return (DATASET_HEAD + '"units": [{"id": "DOC-1", "kind": "residential_area", '
                '"evidence": [{"year": 2024, "events": [' + body + "]}]}]}"), False
    if kind in ("campaign", "invalid-campaign"):
        return body, True
    if kind == "plan":
        return CAMPAIGN_HEAD + '"plans": [' + body + "]}", True
    if kind == "festival":
        return CAMPAIGN_HEAD + '"festivals": [' + body + "]}", True
    if kind == "target":
        return (CAMPAIGN_HEAD + '"plans": [{"id": "DOC-PLAN", "year": 2024, "targets": [' +
                body + "]}]}"), True
    return None, False


def cmd_json(args):
    antq, src = args.antq, args.srcroot
    bad = 0
    n = 0
    with tempfile.TemporaryDirectory(prefix="antq-docjson.") as tmp:
        for page in args.pages:
            blocks, _ = read_blocks(page)
            for b in blocks:
                if b.lang != "json":
                    continue
                if b.kind == "quote":
                    continue  # a piece of a JSON file, checked by the test 'quotes'
                n += 1
                if b.kind != "check":
                    fail(f"{b.where()}: ```json block without a <!-- check: KIND --> or <!-- quote: PATH --> marker")
                    bad += 1
                    continue
                words = b.arg.split()
                opts = dict(w.split("=", 1) for w in words if "=" in w)
                words = [w for w in words if "=" not in w]
                if not words:
                    fail(f"{b.where()}: empty check marker")
                    bad += 1
                    continue
                kind, arg = words[0], (words[1] if len(words) > 1 else "")
                body = "\n".join(b.lines) + "\n"
                doc, is_campaign = wrap(kind, arg, body)
                if doc is None:
                    fail(f"{b.where()}: unknown check kind '{kind}'")
                    bad += 1
                    continue
                ext = ".ndjson" if kind == "ndjson" else ".json"
                path = os.path.join(tmp, f"block-{n}{ext}")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(doc)
                if is_campaign:
                    dataset = os.path.join(src, opts.get("dataset", "data/sample-province.json"))
                    cmd = [antq, "festival", dataset, path]
                else:
                    cmd = [antq, "validate", path]
                r = subprocess.run(cmd, capture_output=True, text=True)
                expect_invalid = kind.startswith("invalid")
                if expect_invalid:
                    code = "ANTQ_" + arg.upper().removeprefix("ANTQ_")
                    if r.returncode != 2 or f": {code}: " not in r.stderr:
                        fail(f"{b.where()}: expected the block to be rejected with {code} (exit 2); "
                             f"exit {r.returncode}, stderr:\n{r.stderr}")
                        bad += 1
                        continue
                elif r.returncode != 0:
                    fail(f"{b.where()}: the {kind} block does not load (exit {r.returncode}):\n"
                         + r.stderr.replace(path, f"<block at {b.where()}>"))
                    bad += 1
                    continue
                print(f"ok: {b.where()} ({kind}{' ' + arg if arg else ''})")
    if n == 0:
        fail("no ```json block found")
        return 1
    print(f"{n - bad} of {n} JSON blocks load as marked")
    return 1 if bad else 0


# ---------------------------------------------------------------- cli blocks

def run_cli(antq, src, command, scratch):
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(os.path.abspath(antq)) + os.pathsep + env.get("PATH", "")
    env["LC_ALL"] = "C.UTF-8"  # antq speaks Vietnamese unless the example says --lang en
    for var in ("LANGUAGE", "LC_MESSAGES", "LANG", "COLUMNS"):
        env.pop(var, None)
    r = subprocess.run(["sh", "-c", command], cwd=scratch, env=env, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


def make_scratch(src, programs):
    scratch = tempfile.mkdtemp(prefix="antq-doccli.")
    for d in ("data", "tests", "examples", "doc"):
        os.symlink(os.path.join(os.path.realpath(src), d), os.path.join(scratch, d))
    for p in programs:
        name, path = p.split("=", 1)
        dest = os.path.join(scratch, "build", name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        os.symlink(os.path.realpath(path), dest)
    return scratch


def cmd_cli(args):
    antq, src = args.antq, args.srcroot
    if os.path.basename(antq) != "antq":
        print(f"usage error: --antq must be the antq program, got {antq}")
        return 99
    bad = 0
    n = 0
    scratch = make_scratch(src, args.program)
    try:
        for page in args.pages:
            blocks, text = read_blocks(page)
            new = list(text)
            # replace from the end so that earlier indexes stay valid
            for b in reversed([b for b in blocks if b.kind == "cli"]):
                n += 1
                m = re.match(r"^(?:exit=(\d+)\s+)?(.*)$", b.arg)
                want_exit, command = int(m.group(1) or 0), m.group(2)
                rc, out, err = run_cli(antq, src, command, scratch)
                if rc != want_exit:
                    fail(f"{b.where()}: `{command}` exited with {rc}, the page says {want_exit}\n{err}")
                    bad += 1
                    continue
                # trailing blanks are dropped (editors strip them; they carry nothing)
                body = ["$ " + command] + [l.rstrip() for l in out.rstrip("\n").split("\n")]
                if out == "":
                    body = ["$ " + command]
                if b.lang != "console":
                    fail(f"{b.where()}: the block after a cli marker must be ```console")
                    bad += 1
                    continue
                if [l.rstrip() for l in b.lines] != body:
                    if args.update:
                        new[b.start + 1:b.end] = body
                        print(f"updated: {b.where()}: {command}")
                    else:
                        fail(f"{b.where()}: the output of `{command}` changed:")
                        sys.stdout.writelines(difflib.unified_diff(
                            [x + "\n" for x in b.lines], [x + "\n" for x in body],
                            f"{page} (as written)", f"{command} (as run now)", n=2))
                        bad += 1
                else:
                    print(f"ok: {b.where()}: {command}")
            if args.update and new != text:
                with open(page, "w", encoding="utf-8") as f:
                    f.write("\n".join(new))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if n == 0:
        fail("no cli marker found")
        return 1
    if bad and not args.update:
        print(f"\n{bad} of {n} command examples are out of date. If the new output is right, run\n"
              f"    ninja -C BUILDDIR update-doc-examples\nand review the diff.")
    return 1 if bad else 0


# ---------------------------------------------------------------- quotes

ELISION = re.compile(r"^\s*(\.\.\.|/\* \.\.\. \*/|# \.\.\.|// \.\.\.)\s*$")


def roff_unescape(line):
    """A line of a roff .EX block as the source text it shows."""
    line = re.sub(r"\\\[u([0-9A-F]{4,5})\]", lambda m: chr(int(m.group(1), 16)), line)
    for k, v in (("\\-", "-"), ("\\&", ""), ("\\(aq", "'"), ("\\(dq", '"'), ("\\e", "\\")):
        line = line.replace(k, v)
    return line


def read_roff_quotes(page):
    """Blocks of a man page: .EX ... .EE after a '.\\" quote: PATH' comment."""
    with open(page, encoding="utf-8") as f:
        text = f.read().split("\n")
    blocks = []
    for i, line in enumerate(text):
        m = re.match(r'^\.\\"\s*quote:\s*(\S+)\s*$', line)
        if not m:
            continue
        j = i + 1
        while j < len(text) and text[j].strip() != ".EX":
            j += 1
        k = j + 1
        while k < len(text) and text[k].strip() != ".EE":
            k += 1
        if k >= len(text):
            raise SystemExit(f"{page}:{i + 1}: quote marker without an .EX ... .EE block")
        blocks.append(Block(page, "quote", m.group(1), i, "roff", j, k,
                            [roff_unescape(l) for l in text[j + 1:k]]))
    return blocks


def cmd_quotes(args):
    src = args.srcroot
    bad = 0
    n = 0
    for page in args.pages:
        blocks = read_blocks(page)[0] if page.endswith(".md") else read_roff_quotes(page)
        for b in blocks:
            if b.kind != "quote":
                continue
            n += 1
            path = os.path.join(src, b.arg)
            try:
                with open(path, encoding="utf-8") as f:
                    source = f.read().split("\n")
            except OSError as e:
                fail(f"{b.where()}: cannot read the quoted file {b.arg}: {e}")
                bad += 1
                continue
            pieces, cur = [], []
            for line in b.lines:
                if ELISION.match(line):
                    if cur:
                        pieces.append(cur)
                    cur = []
                else:
                    cur.append(line)
            if cur:
                pieces.append(cur)
            pos = 0
            for piece in pieces:
                found = -1
                for k in range(pos, len(source) - len(piece) + 1):
                    if source[k:k + len(piece)] == piece:
                        found = k
                        break
                if found < 0:
                    fail(f"{b.where()}: these lines are not in {b.arg} (in this order):\n    "
                         + "\n    ".join(piece))
                    bad += 1
                    break
                pos = found + len(piece)
            else:
                print(f"ok: {b.where()} quotes {b.arg} ({len(pieces)} piece(s))")
    if n == 0:
        fail("no quote marker found")
        return 1
    return 1 if bad else 0


# ---------------------------------------------------------------- status table

def cmd_statuses(args):
    """Every X(NAME, VALUE, "text") of ANTQ_STATUS_MAP is a row of the page's table."""
    with open(args.header, encoding="utf-8") as f:
        header = f.read()
    codes = re.findall(r'X\((\w+),\s*(-?\d+),\s*"([^"]*)"\)', header)
    if len(codes) < 10:
        fail(f"could not read ANTQ_STATUS_MAP from {args.header} (found {len(codes)} codes)")
        return 1
    with open(args.page, encoding="utf-8") as f:
        rows = [l for l in f.read().split("\n") if l.startswith("|")]
    bad = 0
    for name, value, text in codes:
        want = re.compile(r"^\|\s*`ANTQ_" + name + r"`\s*\|\s*" + re.escape(value) + r"\s*\|\s*" + re.escape(text) + r"\s*\|")
        if not any(want.match(r) for r in rows):
            fail(f"{args.page} has no table row | `ANTQ_{name}` | {value} | {text} | ...")
            bad += 1
    if not bad:
        print(f"ok: {args.page} lists all {len(codes)} status codes of {os.path.basename(args.header)}")
    return 1 if bad else 0


# ---------------------------------------------------------------- man page

def roff_text(s):
    """Roff source to searchable text: font escapes dropped, \\- as -."""
    s = re.sub(r"\\f(\[[A-Z]*\]|[BIRP])", "", s)
    s = s.replace("\\-", "-").replace("\\(em", "--").replace("\\(en", "-").replace("\\e", "\\")
    s = s.replace("\\&", "").replace("\\ ", " ").replace("\\|", "")
    return s


def man_sections(src):
    """{'.SH name': text, '.SS name': text} of the roff source."""
    out = {}
    cur = None
    for line in src.split("\n"):
        m = re.match(r'^\.(SH|SS)\s+"?([^"]*)"?\s*$', line)
        if m:
            cur = (m.group(1), roff_text(m.group(2)).strip())
            out[cur] = ""
            continue
        if cur:
            out[cur] += line + "\n"
    return out


def tp_tags(section_src):
    """The tag lines of the .TP entries of a section (normalised)."""
    lines = section_src.split("\n")
    return [re.sub(r"^\.[A-Z]+\s+", "", roff_text(lines[i + 1])).replace('"', "")
            for i, line in enumerate(lines[:-1]) if line.strip() == ".TP"]


OPT = re.compile(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])(?![\w-])")


def cmd_man(args):
    antq = args.antq
    with open(args.page, encoding="utf-8") as f:
        src = f.read()
    text = roff_text(src)
    sections = man_sections(src)
    lang = ["--lang", args.lang]
    r = subprocess.run([antq, "--help"] + lang, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"antq --help exited with {r.returncode}")
        return 1
    help_text = r.stdout
    bad = []
    commands = []
    in_commands = False
    for line in help_text.split("\n"):
        if line.startswith(("commands:", "các lệnh:")):
            in_commands = True
        elif not line.strip() or not line.startswith("  "):
            in_commands = False
        elif in_commands:
            commands.append(line.split()[0])
    options = sorted(set(OPT.findall(help_text)))
    formats = sorted(set(v for m in re.findall(r"\b(?:text|json|html)[\w|-]*", help_text)
                         for v in m.split("|") if v))
    exit_codes = re.findall(r"(?<![\w-])(\d) (?:success|usage|invalid|some unit|input/output|internal|"
                            r"thành công|sai cách dùng|dữ liệu không hợp lệ|có đơn vị|lỗi đọc/ghi|lỗi nội bộ)", help_text)
    if not commands or not options or len(exit_codes) < 6:
        fail(f"could not read antq --help (commands {commands}, options {options}, exit codes {exit_codes})")
        return 1

    section_names = {"en": ("OPTIONS", "EXIT STATUS"), "vi": ("TÙY CHỌN", "MÃ THOÁT")}[args.lang]
    options_sec = sections.get(("SH", section_names[0]), "")
    tags = tp_tags(options_sec)
    for o in options:
        if not any(re.search(r"(?<![\w-])" + re.escape(o) + r"(?![\w-])", t) for t in tags):
            bad.append(f"option {o} has no .TP entry under .SH {section_names[0]}")
    for c in commands:
        sec = [v for (k, name), v in sections.items() if k == "SS" and name.split()[0:1] == [c]]
        if not sec:
            bad.append(f"command {c} has no .SS subsection (\".SS {c} ...\") under .SH COMMANDS")
            continue
        h = subprocess.run([antq, c, "--help"] + lang, capture_output=True, text=True).stdout
        usage = "\n".join(l for l in h.split("\n") if l.startswith(("usage:", "cách dùng:")) or l.startswith("   "))
        for o in sorted(set(OPT.findall(usage))):
            if not re.search(r"(?<![\w-])" + re.escape(o) + r"(?![\w-])", roff_text(sec[0])):
                bad.append(f"command {c}: its usage line has {o}, its .SS subsection does not mention it")
    for v in formats:
        if not re.search(r"(?<![\w-])" + re.escape(v) + r"(?![\w-])", text):
            bad.append(f"--format value {v} is not mentioned")
    exit_tags = tp_tags(sections.get(("SH", section_names[1]), ""))
    for code in exit_codes:
        if not any(t.strip() == code for t in exit_tags):
            bad.append(f"exit code {code} has no .TP entry under .SH {section_names[1]}")
    for b in bad:
        fail(b)
    if not bad:
        print(f"ok: {args.page} documents {len(commands)} commands, {len(options)} options, "
              f"{len(formats)} format values and {len(exit_codes)} exit codes of antq --help")
    return 1 if bad else 0


def cmd_render(args):
    groff = shutil.which("groff")
    if not groff:
        print("SKIP: groff is not installed")
        return 77
    bad = 0
    for page in args.pages:
        # -k: preconv (UTF-8 input), -t: tbl, -ww: every warning, -z: no output;
        # at the line lengths man(1) uses for 80- to 120-column terminals
        errors = ""
        for ll in ("78n", "80n", "100n", "118n"):
            r = subprocess.run([groff, "-k", "-t", "-man", "-Tutf8", "-ww", "-z", "-rLL=" + ll, page],
                               capture_output=True, text=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
            if r.returncode != 0 or r.stderr.strip():
                errors += f"groff -man -ww -rLL={ll} {page} (exit {r.returncode}):\n{r.stderr}"
        if errors:
            fail(errors)
            bad += 1
            continue
        r = subprocess.run([groff, "-k", "-t", "-man", "-Tutf8", page], capture_output=True, text=True,
                           env=dict(os.environ, LC_ALL="C.UTF-8"))
        lines = [l for l in r.stdout.split("\n") if l.strip()]
        if len(lines) < args.min_lines:
            fail(f"{page} renders to only {len(lines)} lines")
            bad += 1
            continue
        print(f"ok: {page} renders without warnings ({len(lines)} lines)")
    return 1 if bad else 0


# ---------------------------------------------------------------- doxygen

OUTPUT_NAMES = ("html", "latex", "man3", "xml", "rtf", "docbook")


def described(elem):
    for tag in ("briefdescription", "detaileddescription"):
        d = elem.find(tag)
        if d is not None and "".join(d.itertext()).strip():
            return True
    return False


def cmd_doxygen(args):
    doxygen = args.doxygen
    if not doxygen or not shutil.which(doxygen):
        print("SKIP: doxygen is not installed")
        return 77
    src = os.path.realpath(args.srcroot)

    def outputs():
        return {os.path.join(d, name) for d in (src, os.path.join(src, "doc"), os.path.join(src, "include"))
                for name in OUTPUT_NAMES if os.path.exists(os.path.join(d, name))}

    before = outputs()
    with open(args.doxyfile, encoding="utf-8") as f:
        conf = f.read()
    with tempfile.TemporaryDirectory(prefix="antq-doxygen.") as tmp:
        # HTML stays on: doxygen 1.9.4 reports false "not documented" warnings
        # for parameters when no HTML (or man) output is generated
        conf += ("\n# doccheck.py: scratch output, XML for the description check\n"
                 f"OUTPUT_DIRECTORY = {tmp}\nGENERATE_HTML = YES\nGENERATE_MAN = NO\n"
                 "GENERATE_XML = YES\nXML_PROGRAMLISTING = NO\nWARN_LOGFILE =\n"
                 "WARN_AS_ERROR = FAIL_ON_WARNINGS\n")
        path = os.path.join(tmp, "Doxyfile")
        with open(path, "w", encoding="utf-8") as f:
            f.write(conf)
        r = subprocess.run([doxygen, path], cwd=tmp, capture_output=True, text=True)
        out = (r.stdout + r.stderr).strip()
        warnings = [l for l in out.split("\n") if "warning:" in l or "error:" in l]
        if r.returncode != 0 or warnings:
            fail(f"doxygen exited with {r.returncode} and {len(warnings)} warning(s):\n{out}")
            return 1
        missing = []
        for xml in sorted(glob.glob(os.path.join(tmp, "xml", "*.xml"))):
            root = ET.parse(xml).getroot()
            for comp in root.iter("compounddef"):
                if comp.get("kind") not in ("file", "struct", "union"):
                    continue
                for m in comp.iter("memberdef"):
                    name = m.findtext("name") or ""
                    if name.startswith(("ANTQ__", "antq__")):
                        continue
                    loc = m.find("location")
                    where = f"{loc.get('file')}:{loc.get('line')}" if loc is not None else comp.findtext("compoundname")
                    if not described(m):
                        missing.append(f"{where}: {m.get('kind')} {name} has no description")
                    for v in m.iter("enumvalue"):
                        vname = v.findtext("name") or ""
                        if not vname.startswith("ANTQ__") and not described(v):
                            missing.append(f"{where}: enum value {vname} of {name} has no description")
        for m in sorted(set(missing)):
            fail(m)
        if missing:
            return 1
    after = outputs()
    if after - before:
        fail("doxygen wrote into the source tree: " + ", ".join(sorted(after - before)))
        return 1
    print("ok: doxygen ran without a warning; every public symbol and enum value is described")
    return 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    j = sub.add_parser("json")
    j.add_argument("--antq", required=True)
    j.add_argument("--srcroot", required=True)
    j.add_argument("pages", nargs="+")
    c = sub.add_parser("cli")
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--check", action="store_true")
    g.add_argument("--update", action="store_true")
    c.add_argument("--antq", required=True)
    c.add_argument("--srcroot", required=True)
    c.add_argument("--program", action="append", default=[], metavar="NAME=PATH")
    c.add_argument("pages", nargs="+")
    q = sub.add_parser("quotes")
    q.add_argument("--srcroot", required=True)
    q.add_argument("pages", nargs="+")
    m = sub.add_parser("man")
    m.add_argument("--antq", required=True)
    m.add_argument("--lang", default="en", help="the language of the page: antq --help is read in it")
    m.add_argument("page")
    r = sub.add_parser("render")
    r.add_argument("--min-lines", type=int, default=20,
                   help="fail when a page renders to fewer non-empty lines (a page cut short)")
    r.add_argument("pages", nargs="+")
    st = sub.add_parser("statuses")
    st.add_argument("--header", required=True)
    st.add_argument("page")
    d = sub.add_parser("doxygen")
    d.add_argument("--doxygen", default="")
    d.add_argument("--doxyfile", required=True)
    d.add_argument("--srcroot", required=True)
    args = p.parse_args()
    return {"json": cmd_json, "cli": cmd_cli, "quotes": cmd_quotes, "man": cmd_man,
            "render": cmd_render, "statuses": cmd_statuses, "doxygen": cmd_doxygen}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
