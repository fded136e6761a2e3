#!/usr/bin/env python3
"""Render `antq report` in headless Chromium and check what a reader would see.

usage: report-browser.py ANTQ DATASET OUTDIR PROVINCE CAMPAIGN

1. `antq report DATASET` in Vietnamese (default) and English: exit 0, one
   self-contained HTML file (no script, no external reference).
2. `chromium --dump-dom`: the page loaded and its DOM has the SVG charts
   (class "chart", role="img", a <title>), the 70% line, one bar per commune,
   the failed-units table with criterion ids and citations, and the
   undetermined-units table naming the missing evidence.
3. `chromium --screenshot`: the PNG is decoded (zlib, Python standard library
   only) and must not be blank: many distinct colours, and the report's own
   colours present (proof that the inline CSS and SVG were drawn).
4. The sample province with its campaign (PROVINCE, CAMPAIGN), as a steering
   committee reads it: a copy of the report with a measuring script added
   (the report itself has none) is loaded in an <iframe> of 1280 px and of
   390 px (Chromium's window is never narrower than 500 px, a frame is), and
   reports back by postMessage:
   - the plan scorecard (section and first target bar) starts within the
     first screen (FIRST_SCREEN px) at 1280 px;
   - no SVG text is drawn smaller than MIN_SVG_FONT px, at 390 px or at
     1280 px (computed font size × the SVG's scale);
   - at 390 px the page does not scroll sideways;
   - the Vietnamese report has no English token (ENGLISH_TOKENS);
   - screenshots at 1280 px and 390 px (cropped from the frame) are kept.
   `chromium --print-to-pdf` (A4): `pdfinfo` gives at most MAX_PAGES pages,
   and `pdftotext` shows no page ending with a heading.
5. A large province (LARGE_COMMUNES communes, generated here): the commune
   charts show the worst and the best CHART_EACH only and stay short, the
   table lists every commune; the file size is printed.

Exit 0 on success, 77 (meson: skipped) only when Chromium is not installed,
1 on any problem. The HTML, DOM dumps, screenshots and PDF stay in OUTDIR
(CI keeps them as artefacts).
"""

import html
import html.parser
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

SKIP = 77
CHROMIUM_NAMES = ("chromium", "chromium-browser")
WIDTH, HEIGHT = 1280, 2000
FIRST_SCREEN = 800        # px: the height of a laptop's first screen at 1280 px
PHONE = 390               # px: a phone's width
MIN_SVG_FONT = 9.0        # px: the smallest SVG text a reader can read
MAX_PAGES = 26            # A4 pages for the sample province with its campaign (24 measured)
LARGE_COMMUNES = 3000
CHART_EACH = 15           # communes in each of the worst/best charts (report.c)
MAX_LARGE_CHART = 900     # px: the tallest commune chart (viewBox height) for the large input
# English words that must not appear in the Vietnamese report's text
ENGLISH_TOKENS = ("certified", "not_certified", "undetermined", "not_eligible", "excluded", "residential_area",
                  "residential", "commune", "communes", "agency", "enterprise", "educational_institution",
                  "educational", "units", "missing", "households", "eligible", "target", "targets", "task", "tasks",
                  "overdue", "late", "open", "done", "share", "threshold", "met", "unknown", "none", "the", "of")

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
        self.headings = []        # text of every h1, h2, h3
        self.heading = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append(tag)
        if "id" in a:
            self.ids[a["id"]] = tag
        if tag == "script":
            self.scripts += 1
        if tag in ("h1", "h2", "h3"):
            self.heading = ""
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
        elif tag == "line" and "thr" in a.get("class", "").split() and self.current_svg is not None \
                and self.current_svg["attrs"].get("id") == "chart-communes":
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
        if tag in ("h1", "h2", "h3") and self.heading is not None:
            self.headings.append(" ".join(self.heading.split()))
            self.heading = None
        if tag == "svg":
            self.current_svg = None
        elif tag == "title":
            self.in_svg_title = False
        elif tag == "table":
            self.current_table = None

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "style":
            return
        self.text.append(data)
        if self.heading is not None:
            self.heading += data
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
    check(dom.threshold_lines == 1, f"[{lang}] one threshold line on the wide commune chart")
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
        check('class="chart wide"' in text and 'id="failed-units"' in text, "[noprev] charts and failed units still there")


# ---------------------------------------------------------------- PNG encoding (for the 390 px crop)

def png_encode(width, height, channels, rows):
    """Encode 8-bit rows (grey, RGB or RGBA) as a PNG."""
    colour = {1: 0, 3: 2, 4: 6}[channels]
    raw = b"".join(b"\0" + r for r in rows)

    def chunk(ctype, body):
        return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b""))


def png_crop(src, dst, width, height):
    with open(src, "rb") as f:
        w, h, ch, rows = png_decode(f.read())
    rows = [r[:width * ch] for r in rows[:height]]
    with open(dst, "wb") as f:
        f.write(png_encode(min(w, width), len(rows), ch, rows))


# ---------------------------------------------------------------- measuring in a frame

# Added to a copy of the report (never to the report itself): measures every
# SVG text that is drawn, the plan scorecard's position and the page width,
# and sends them to the page that holds the frame.
MEASURE_JS = """<script>
window.addEventListener('load', function () {
  var out = {width: window.innerWidth, scrollWidth: document.documentElement.scrollWidth,
             height: document.documentElement.scrollHeight, texts: 0, minFont: 1e9, minText: '',
             plan: null, planBar: null};
  document.querySelectorAll('svg.chart').forEach(function (svg) {
    var box = svg.getBoundingClientRect();
    if (!box.width) return;
    var vb = svg.viewBox.baseVal, scale = vb && vb.width ? box.width / vb.width : 1;
    svg.querySelectorAll('text').forEach(function (t) {
      var b = t.getBoundingClientRect();
      if (!b.width && !b.height) return;
      var px = parseFloat(getComputedStyle(t).fontSize) * scale;
      out.texts++;
      if (px < out.minFont) { out.minFont = px; out.minText = (svg.id + ': ' + t.textContent).slice(0, 80); }
    });
  });
  var plan = document.getElementById('plan');
  if (plan) out.plan = plan.getBoundingClientRect().top + window.scrollY;
  ['chart-targets', 'chart-targets-narrow'].forEach(function (id) {
    var e = document.getElementById(id);
    if (e && e.getBoundingClientRect().width) {
      var row = e.querySelector('g.row rect.track');
      out.planBar = (row || e).getBoundingClientRect().bottom + window.scrollY;
    }
  });
  parent.postMessage(JSON.stringify(out), '*');
});
</script>"""

FRAME_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<pre id="measure" style="display:none"></pre>
<iframe src="{src}" style="width:{width}px;height:{height}px;border:0;display:block"></iframe>
<script>window.addEventListener('message', function (e) {{ document.getElementById('measure').textContent = e.data; }});</script>
</body></html>"""


def measure(chromium, profile, html_path, width, shot=None, shot_height=None):
    """Load html_path in a frame `width` px wide; return the measurements (and a screenshot if asked)."""
    with open(html_path, encoding="utf-8") as f:
        text = f.read()
    base = os.path.splitext(html_path)[0]
    copy = f"{base}.measure.html"
    with open(copy, "w", encoding="utf-8") as f:
        f.write(text.replace("</body>", MEASURE_JS + "</body>"))
    frame = f"{base}.frame{width}.html"
    height = shot_height or 4000
    with open(frame, "w", encoding="utf-8") as f:
        f.write(FRAME_PAGE.format(src=os.path.basename(copy), width=width, height=height))
    window = max(width, 500)
    r = run(chromium_cmd(chromium, profile, "--virtual-time-budget=10000", f"--window-size={window},{height}",
                         "--dump-dom", "file://" + frame))
    m = re.search(r'<pre id="measure"[^>]*>(.*?)</pre>', r.stdout.decode("utf-8", "replace"), re.S)
    data = json.loads(html.unescape(m.group(1))) if m and m.group(1).strip() else None
    if shot:
        full = shot + ".full.png"
        run(chromium_cmd(chromium, profile, f"--window-size={window},{height}", f"--screenshot={full}",
                         "file://" + frame))
        if os.path.exists(full):
            png_crop(full, shot, width, height)
            os.unlink(full)
    os.unlink(copy)
    os.unlink(frame)
    return data


def english_tokens(text):
    words = set(re.findall(r"[A-Za-z_]+", text.lower()))
    return sorted(w for w in ENGLISH_TOKENS if w in words)


def check_pdf(chromium, profile, html_path, pdf_path, headings, tag):
    for tool in ("pdfinfo", "pdftotext"):
        if not check(shutil.which(tool) is not None, f"[{tag}] {tool} is installed (poppler-utils)"):
            return
    if os.path.exists(pdf_path):
        os.unlink(pdf_path)
    r = run(chromium_cmd(chromium, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf_path}",
                         "file://" + html_path))
    if not check(r.returncode == 0 and os.path.exists(pdf_path), f"[{tag}] chromium --print-to-pdf wrote a PDF"):
        return
    info = run(["pdfinfo", pdf_path]).stdout.decode("utf-8", "replace")
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    check(size and abs(float(size.group(1)) - 595.3) < 2 and abs(float(size.group(2)) - 841.9) < 2,
          f"[{tag}] PDF pages are A4 ({size.group(0) if size else '?'})")
    check(pages <= MAX_PAGES, f"[{tag}] PDF has {pages} pages (at most {MAX_PAGES})")
    print(f"# figure: {tag} PDF pages: {pages}")
    text = run(["pdftotext", "-layout", pdf_path, "-"]).stdout.decode("utf-8", "replace")
    page_texts = text.split("\f")
    numbered = 0
    norm_headings = [" ".join(h.split()) for h in headings if h.strip()]
    for no, page in enumerate(page_texts[:pages], 1):
        lines = [" ".join(l.split()) for l in page.splitlines() if l.strip()]
        if lines and re.fullmatch(rf"{no} / {pages}", lines[-1]):
            numbered += 1
            lines = lines[:-1]
        if not lines:
            continue
        last = lines[-1]
        orphan = [h for h in norm_headings if h.endswith(last) or h == last]
        check(not orphan, f"[{tag}] page {no} does not end with a heading (last line: {last[:60]!r})")
    check(numbered == pages, f"[{tag}] every page is numbered \"N / {pages}\" ({numbered} of {pages})")


def check_province(antq, province, campaign, outdir, chromium, profile):
    """The sample province with its campaign, as a steering committee reads it."""
    for lang in ("vi", "en"):
        tag = f"province-{lang}"
        html_path = os.path.abspath(os.path.join(outdir, f"{tag}.html"))
        r = run([antq, "report", province, "--campaign", campaign, "--date", "2025-01-10", "-o", html_path]
                + (["--lang", "en"] if lang == "en" else []))
        if not check(r.returncode == 0, f"[{tag}] antq report --campaign exits 0 ({r.stderr.decode()[:200]})"):
            continue
        with open(html_path, encoding="utf-8") as f:
            text = f.read()
        check_html_text(text, lang)
        print(f"# figure: {tag} HTML size: {len(text.encode('utf-8'))} bytes")
        r = run(chromium_cmd(chromium, profile, "--dump-dom", "file://" + html_path))
        dom = Dom()
        dom.feed(r.stdout.decode("utf-8", "replace"))
        title = re.search(r"<title>(.*?)</title>", text, re.S)
        check(title and "2024" in title.group(1), f"[{tag}] <title> names the year ({title.group(1) if title else ''})")
        body = "".join(dom.text)
        check("10/01/2025" in body if lang == "vi" else "2025-01-10" in body, f"[{tag}] header shows the date made")
        check("331/KH-BCĐ" in body, f"[{tag}] the plan is named")
        if lang == "vi":
            check(re.search(r"đạt 4/8 chỉ tiêu", body) is not None and "không đạt 2" in body,
                  f"[{tag}] the key results say how many targets were met and missed")
            check("3/6 nhiệm vụ trễ hạn" in body, f"[{tag}] the key results say how many tasks are late")
            check("từ … trở lên" not in body, f"[{tag}] requirements read naturally (no \"từ … trở lên 90%\")")
            found = english_tokens(body)
            check(not found, f"[{tag}] no English token in the Vietnamese report {found}")
        # the commune chart is coloured by verdict: a commune not certified is never green
        m = re.search(r'<svg class="chart wide" id="chart-communes".*?</svg>', text, re.S)
        rows = re.findall(r'<g class="row"><title>(.*?)</title>.*?<rect class="track"[^>]*/>(?:<rect class="(\w+)")?',
                          m.group(0) if m else "", re.S)
        failing = "Chưa đạt" if lang == "vi" else "Not certified"
        bad_green = [t[:40] for t, cls in rows if failing in t and cls == "ok"]
        check(rows and not bad_green, f"[{tag}] no commune that failed is drawn green {bad_green}")
        check(any(failing in t and cls == "bad" for t, cls in rows),
              f"[{tag}] failing communes are drawn red with the reason in the bar's title")
        # plan bars carry their target's words
        m = re.search(r'<svg class="chart wide" id="chart-targets".*?</svg>', text, re.S)
        bars = re.findall(r'<g class="row"><title>.*?</title><text[^>]*>(.*?)</text>', m.group(0) if m else "", re.S)
        labels = [html.unescape(re.sub(r"<[^>]+>", " ", b)).split() for b in bars]
        check(len(labels) == 6 and all(l[0].startswith("CT-") and len(l) >= 6 for l in labels),
              f"[{tag}] each of the 6 plan bars is labelled with its target's words {[' '.join(l[:4]) for l in labels]}")
        check("CT-1. Trên 80% khu dân cư" in " ".join(" ".join(l) for l in labels), f"[{tag}] CT-1's bar reads its wording")
        if lang == "vi":
            check("Cột “Đo được”" in body and "458/544 đơn vị (84,2%)" in body,
                  f"[{tag}] “Đo được” is explained and reads \"458/544 đơn vị (84,2%)\"")

        wide_png = os.path.abspath(os.path.join(outdir, f"{tag}-1280.png"))
        phone_png = os.path.abspath(os.path.join(outdir, f"{tag}-390.png"))
        wide = measure(chromium, profile, html_path, WIDTH, wide_png, FIRST_SCREEN)
        phone = measure(chromium, profile, html_path, PHONE, phone_png, 3000)
        if not check(wide is not None and phone is not None, f"[{tag}] measured in Chromium at {WIDTH} and {PHONE} px"):
            continue
        check(wide["width"] == WIDTH and phone["width"] == PHONE,
              f"[{tag}] frames are {WIDTH} and {PHONE} px wide ({wide['width']}, {phone['width']})")
        check(wide["plan"] is not None and wide["planBar"] is not None and wide["planBar"] <= FIRST_SCREEN,
              f"[{tag}] the plan scorecard starts at {wide['plan']} px, its first bar ends at {wide['planBar']} px "
              f"(within the first {FIRST_SCREEN} px)")
        for name, m in (("1280", wide), ("390", phone)):
            check(m["texts"] > 0 and m["minFont"] >= MIN_SVG_FONT,
                  f"[{tag}] smallest SVG text at {name} px is {m['minFont']:.1f} px (≥ {MIN_SVG_FONT}; {m['minText']!r})")
            print(f"# figure: {tag} smallest SVG text at {name} px: {m['minFont']:.2f} px over {m['texts']} texts")
        check(phone["scrollWidth"] <= PHONE, f"[{tag}] no sideways scrolling at {PHONE} px "
                                             f"(page {phone['scrollWidth']} px wide)")
        for png in (wide_png, phone_png):
            check(os.path.exists(png) and os.path.getsize(png) > 10000, f"[{tag}] screenshot {os.path.basename(png)} kept")
        if lang == "vi":
            check_pdf(chromium, profile, html_path, os.path.abspath(os.path.join(outdir, f"{tag}.pdf")), dom.headings, tag)


def large_province(template_path, path, communes):
    """A province of `communes` communes, each with three residential areas; every
    seventh commune fails (one area registered too few households)."""
    with open(template_path, encoding="utf-8") as f:
        doc = json.load(f)
    units = {u["id"]: u for u in doc["units"]}
    commune, area = units["MAU-X01"], units["MAU-X01-KDC01"]
    out = []
    for c in range(communes):
        cid = f"LG-{c:05d}"
        u = json.loads(json.dumps(commune))
        u.update(id=cid, name=f"Xã Thử Nghiệm {c + 1}")
        out.append(u)
        for k in range(3):
            a = json.loads(json.dumps(area))
            a.update(id=f"{cid}-{k}", name=f"Thôn {k + 1}", parent=cid)
            if c % 7 == 0 and k == 0:
                a["evidence"][-1]["households_registered"] = a["evidence"][-1]["households_resident"] - 9
            out.append(a)
    doc["units"] = out
    with open(path, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False)


def check_large(antq, dataset, outdir):
    path = os.path.abspath(os.path.join(outdir, "large.json"))
    html_path = os.path.abspath(os.path.join(outdir, "large.html"))
    large_province(dataset, path, LARGE_COMMUNES)
    r = run([antq, "report", path, "-o", html_path])
    if not check(r.returncode == 0, f"[large] antq report exits 0 ({r.stderr.decode()[:200]})"):
        return
    with open(html_path, encoding="utf-8") as f:
        text = f.read()
    print(f"# figure: large ({LARGE_COMMUNES} communes, {4 * LARGE_COMMUNES} units) HTML size: "
          f"{len(text.encode('utf-8'))} bytes")
    charts = re.findall(r'<svg class="chart (wide|narrow)" id="(chart-communes[^"]*)".*?viewBox="0 0 \d+ (\d+)"(.*?)</svg>',
                        text, re.S)
    check(len(charts) == 4, f"[large] worst and best commune charts, wide and narrow ({len(charts)})")
    for kind, cid, height, body in charts:
        n = body.count('<g class="row">')
        check(n == CHART_EACH, f"[large] {cid} shows {n} communes ({CHART_EACH})")
        check(int(height) <= MAX_LARGE_CHART, f"[large] {cid} is {height} units tall (at most {MAX_LARGE_CHART})")
        print(f"# figure: large {cid} height: {height}")
    table = re.search(r'<table id="communes-table".*?</table>', text, re.S)
    rows = table.group(0).count("<tr><td>") if table else 0
    check(rows == LARGE_COMMUNES, f"[large] the communes table lists every commune ({rows})")


def main():
    if len(sys.argv) != 6:
        print(__doc__, file=sys.stderr)
        return 1
    antq, dataset, outdir, province, campaign = sys.argv[1:]
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
        check_province(antq, province, campaign, outdir, chromium, profile)
        check_large(antq, dataset, outdir)
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
