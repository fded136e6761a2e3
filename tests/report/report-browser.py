#!/usr/bin/env python3
"""Render `antq report` in headless Chromium and check what a reader would see.

usage: report-browser.py ANTQ DATASET OUTDIR

1. `antq report DATASET` in Vietnamese (default) and English: exit 0, one
   self-contained HTML file (no script, no external reference).
2. `chromium --dump-dom`: the page loaded and its DOM has the SVG charts
   (class "chart", role="img", a <title>), the 70% line, one bar per commune,
   the failed-units table with criterion ids and citations, and the
   undetermined-units table naming the missing evidence.
3. `chromium --screenshot`: the PNG is decoded (zlib, Python standard library
   only) and must not be blank: many distinct colours, and the report's own
   colours present (proof that the inline CSS and SVG were drawn).

Exit 0 on success, 77 (meson: skipped) only when Chromium is not installed,
1 on any problem. The HTML, DOM dumps and screenshots stay in OUTDIR.
"""

import html.parser
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
CHROMIUM_NAMES = ("chromium", "chromium-browser")
WIDTH, HEIGHT = 1280, 2000

failures = []


def check(cond, what):
    if cond:
        print(f"ok - {what}")
    else:
        print(f"not ok - {what}")
        failures.append(what)
    return cond


# ---------------------------------------------------------------- PNG decoding

def png_decode(data):
    """Decode an 8-bit non-interlaced PNG; return (width, height, channels, rows)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG file")
    pos, idat, ihdr, palette = 8, [], None, None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if zlib.crc32(ctype + body) != struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])[0]:
            raise ValueError(f"bad CRC in chunk {ctype!r}")
        if ctype == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif ctype == b"PLTE":
            palette = body
        elif ctype == b"IDAT":
            idat.append(body)
        elif ctype == b"IEND":
            break
        pos += 12 + length
    if ihdr is None:
        raise ValueError("no IHDR chunk")
    width, height, depth, colour, _, _, interlace = ihdr
    if depth != 8 or interlace != 0:
        raise ValueError(f"unsupported PNG: bit depth {depth}, interlace {interlace}")
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    if len(raw) != height * (stride + 1):
        raise ValueError("image data has the wrong size")
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        bpp = channels
        if f == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif f == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev))
        elif f == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif f == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        elif f != 0:
            raise ValueError(f"bad filter type {f} in row {y}")
        rows.append(bytes(line))
        prev = line
    if colour == 3:  # expand the palette so that colours compare by value
        rows = [b"".join(palette[3 * i:3 * i + 3] for i in r) for r in rows]
        channels = 3
    return width, height, channels, rows


def colour_census(rows, channels):
    """Count of each RGB colour (alpha ignored)."""
    counts = {}
    for r in rows:
        for i in range(0, len(r), channels):
            px = r[i:i + 3] if channels >= 3 else r[i:i + 1] * 3
            counts[px] = counts.get(px, 0) + 1
    return counts


# ---------------------------------------------------------------- DOM checks

class Dom(html.parser.HTMLParser):
    """Collects what the checks need from a DOM dump."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.svgs = []            # dicts: attrs, has_title, title text
        self.ids = {}
        self.tables = {}          # id -> {"rows": n, "text": str}
        self.current_table = None
        self.current_svg = None
        self.in_svg_title = False
        self.threshold_lines = 0
        self.commune_rows = 0
        self.scripts = 0
        self.external = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append(tag)
        if "id" in a:
            self.ids[a["id"]] = tag
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href", "xlink:href"):
            v = a.get(key)
            if v is not None and not v.startswith("#"):
                self.external.append(f"{tag} {key}={v}")
        if tag == "link":
            self.external.append(f"link {a}")
        if tag == "svg":
            self.current_svg = {"attrs": a, "title": None}
            self.svgs.append(self.current_svg)
        elif tag == "title" and self.current_svg is not None and self.current_svg["title"] is None:
            self.in_svg_title = True
            self.current_svg["title"] = ""
        elif tag == "line" and "thr" in a.get("class", "").split():
            self.threshold_lines += 1
        elif tag == "g" and self.current_svg is not None and self.current_svg["attrs"].get("id") == "chart-communes" \
                and "row" in a.get("class", "").split():
            self.commune_rows += 1
        elif tag == "table" and "id" in a:
            self.current_table = a["id"]
            self.tables[a["id"]] = {"rows": 0, "text": ""}
        elif tag == "tr" and self.current_table and "tbody" in self.stack:
            self.tables[self.current_table]["rows"] += 1

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "svg":
            self.current_svg = None
        elif tag == "title":
            self.in_svg_title = False
        elif tag == "table":
            self.current_table = None

    def handle_data(self, data):
        self.text.append(data)
        if self.in_svg_title:
            self.current_svg["title"] += data
        if self.current_table:
            self.tables[self.current_table]["text"] += data


# ---------------------------------------------------------------- running

def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60, **kw)


def chromium_cmd(chromium, profile, *args):
    return [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--force-device-scale-factor=1", f"--user-data-dir={profile}", *args]


def check_html_text(text, lang):
    check(text.startswith("<!DOCTYPE html>"), f"[{lang}] HTML5 doctype")
    check(f'<html lang="{lang}">' in text, f"[{lang}] html lang=\"{lang}\"")
    low = text.lower()
    check("<script" not in low, f"[{lang}] no script")
    check("<link" not in low and "@import" not in low and "src=" not in low, f"[{lang}] no external asset")
    check("url(" not in low.replace("url(#", ""), f"[{lang}] no url() other than in-document references")


def check_dom(dom, lang, vi):
    charts = [s for s in dom.svgs if "chart" in s["attrs"].get("class", "").split()]
    check(len(charts) >= 2, f"[{lang}] DOM has at least 2 SVG charts with class chart (found {len(charts)})")
    for s in charts:
        sid = s["attrs"].get("id", "?")
        check(s["attrs"].get("role") == "img", f"[{lang}] svg#{sid} has role=img")
        check(bool(s["title"] and s["title"].strip()), f"[{lang}] svg#{sid} has a <title>")
    check("chart-communes" in dom.ids and "chart-kinds" in dom.ids, f"[{lang}] commune and kind charts present")
    check(dom.threshold_lines == 1, f"[{lang}] one threshold line on the commune chart")
    check(dom.commune_rows == 4, f"[{lang}] one bar row per commune (found {dom.commune_rows})")
    check(dom.scripts == 0 and not dom.external, f"[{lang}] DOM has no script and no external reference {dom.external}")
    failed = dom.tables.get("failed-units")
    if check(failed is not None, f"[{lang}] failed-units table present"):
        check(failed["rows"] >= 6, f"[{lang}] failed-units table has rows (found {failed['rows']})")
        for cid in ("C124-CW-04b", "C124-CW-03", "C124-RA-01a", "C124-RA-01b", "C124-RA-04b", "C124-EI-04"):
            check(cid in failed["text"], f"[{lang}] failed-units names {cid}")
        cite = "khoản 4 Điều 5 Thông tư 124/2021/TT-BCA" if vi else "Art. 5(4), Circular 124/2021/TT-BCA"
        check(cite in failed["text"], f"[{lang}] failed-units cites {cite}")
        fact = "4/6" if vi else "4 of 6"
        check(fact in failed["text"], f"[{lang}] failed-units states the members fact ({fact})")
    und = dom.tables.get("undetermined-units")
    if check(und is not None, f"[{lang}] undetermined-units table present"):
        for field in ("grassroots_rating", "staff_briefed"):
            check(field in und["text"], f"[{lang}] undetermined-units names the missing {field}")
    for tid in ("kinds-table", "communes-table"):
        check(tid in dom.tables and dom.tables[tid]["rows"] > 0, f"[{lang}] {tid} present")
    text = "".join(dom.text)
    check("2024" in text and "124/2021/TT-BCA" in text, f"[{lang}] title names the year and the rule set")
    change = "−10,0" if vi else "−10.0"
    check(change in text, f"[{lang}] headline change from 2023 ({change})")


def check_screenshot(png_path, lang):
    if not check(os.path.exists(png_path), f"[{lang}] screenshot written"):
        return
    with open(png_path, "rb") as f:
        data = f.read()
    try:
        w, h, ch, rows = png_decode(data)
    except (ValueError, zlib.error, KeyError, struct.error) as e:
        check(False, f"[{lang}] screenshot decodes as PNG ({e})")
        return
    check((w, h) == (WIDTH, HEIGHT), f"[{lang}] screenshot is {WIDTH}x{HEIGHT} (got {w}x{h})")
    counts = colour_census(rows, ch)
    total = w * h
    background = max(counts.values())
    check(len(counts) >= 64, f"[{lang}] screenshot has many colours ({len(counts)} distinct)")
    check(total - background >= total // 4,
          f"[{lang}] screenshot is not mostly one colour ({100 * (total - background) // total}% not background)")
    # colours of the report itself: the masthead rule, the chart bars
    def near(rgb, tol=6):
        return sum(n for px, n in counts.items() if all(abs(px[i] - rgb[i]) <= tol for i in range(3)))
    check(near((0xA6, 0x1B, 0x1B)) >= 3000, f"[{lang}] masthead red drawn (inline CSS applied)")
    check(near((0x1F, 0x4E, 0x79)) >= 3000, f"[{lang}] kind chart bars drawn (inline SVG rendered)")
    check(near((0x2E, 0x7D, 0x4F)) >= 1000, f"[{lang}] commune chart bars drawn")


def check_variants(antq, dataset, outdir, chromium, profile):
    """Hostile names are escaped; without previous-year evidence no comparison is shown."""
    with open(dataset, encoding="utf-8") as f:
        doc = json.load(f)
    hostile = '<script>alert("x")</script> & \'q\' <img src=x>'
    communes = [u for u in doc["units"] if u["kind"] == "commune"]
    communes[0]["name"] = hostile
    failed_member = next(u for u in doc["units"] if u["id"] == "MAU-P02-TDP02")
    failed_member["name"] = "Tổ <b>dân</b> phố & \"Mẫu\""
    path = os.path.abspath(os.path.join(outdir, "escape.json"))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    html_path = os.path.abspath(os.path.join(outdir, "escape.html"))
    r = run([antq, "report", path, "-o", html_path])
    if check(r.returncode == 0, "[escape] antq report exits 0"):
        with open(html_path, encoding="utf-8") as f:
            text = f.read()
        check("<script" not in text.lower() and "<img" not in text.lower() and "<b>" not in text,
              "[escape] names are escaped in the HTML")
        r = run(chromium_cmd(chromium, profile, "--dump-dom", "file://" + html_path))
        dom = Dom()
        dom.feed(r.stdout.decode("utf-8", "replace"))
        check(dom.scripts == 0 and not dom.external, "[escape] DOM has no script and no image from the names")
        text = "".join(dom.text)
        check(hostile in text, "[escape] the hostile commune name is shown as text")
        check("Tổ <b>dân</b> phố & \"Mẫu\"" in dom.tables.get("failed-units", {}).get("text", ""),
              "[escape] the member name is shown as text in failed-units")
        check(len([s for s in dom.svgs if "chart" in s["attrs"].get("class", "")]) >= 2, "[escape] charts still drawn")

    with open(dataset, encoding="utf-8") as f:
        doc = json.load(f)
    for u in doc["units"]:
        u["evidence"] = [e for e in u["evidence"] if e["year"] == 2024]
    path = os.path.abspath(os.path.join(outdir, "noprev.json"))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)
    html_path = os.path.abspath(os.path.join(outdir, "noprev.html"))
    r = run([antq, "report", path, "-o", html_path, "--lang", "en"])
    if check(r.returncode == 0, "[noprev] antq report exits 0"):
        with open(html_path, encoding="utf-8") as f:
            text = f.read()
        check("Change from 2023" not in text and "Share 2023" not in text and "Change (pp)" not in text,
              "[noprev] no comparison with a year that has no evidence")
        check('class="chart"' in text and 'id="failed-units"' in text, "[noprev] charts and failed units still there")


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 1
    antq, dataset, outdir = sys.argv[1:]
    chromium = next((p for p in map(shutil.which, CHROMIUM_NAMES) if p), None)
    if not chromium:
        print("chromium is not installed: skipping (apt-get install chromium)")
        return SKIP
    os.makedirs(outdir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="antq-report-chromium-")
    try:
        for lang in ("vi", "en"):
            html_path = os.path.abspath(os.path.join(outdir, f"report-{lang}.html"))
            png_path = os.path.abspath(os.path.join(outdir, f"report-{lang}.png"))
            for stale in (html_path, png_path):
                if os.path.exists(stale):
                    os.unlink(stale)
            cmd = [antq, "report", dataset, "-o", html_path] + (["--lang", "en"] if lang == "en" else [])
            r = run(cmd)
            if not check(r.returncode == 0, f"[{lang}] antq report exits 0 ({r.returncode}: {r.stderr.decode()[:300]})"):
                continue
            with open(html_path, encoding="utf-8") as f:
                check_html_text(f.read(), lang)
            url = "file://" + html_path
            r = run(chromium_cmd(chromium, profile, "--dump-dom", url))
            dom_text = r.stdout.decode("utf-8", "replace")
            with open(os.path.join(outdir, f"report-{lang}.dom.html"), "w", encoding="utf-8") as f:
                f.write(dom_text)
            if check(r.returncode == 0 and "<svg" in dom_text, f"[{lang}] chromium loaded the page (--dump-dom)"):
                dom = Dom()
                dom.feed(dom_text)
                check_dom(dom, lang, lang == "vi")
            r = run(chromium_cmd(chromium, profile, f"--screenshot={png_path}", f"--window-size={WIDTH},{HEIGHT}", url))
            check(r.returncode == 0, f"[{lang}] chromium --screenshot exits 0")
            check_screenshot(png_path, lang)
        check_variants(antq, dataset, outdir, chromium, profile)
    except subprocess.TimeoutExpired as e:
        check(False, f"timed out: {e.cmd[0]}")
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if failures:
        print(f"{len(failures)} check(s) failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
