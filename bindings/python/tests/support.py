"""Shared helpers of the binding tests (not a test module).

Run from meson (``meson test --suite python``), which sets ANTQ_LIBRARY,
PYTHONPATH, ANTQ_SOURCE_ROOT and CC, or by hand:

    ANTQ_LIBRARY=build/lib/libantq.so.1 PYTHONPATH=bindings/python \
        python3 -m unittest discover -s bindings/python/tests -v
"""

import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
BINDING_DIR = os.path.dirname(HERE)
SOURCE_ROOT = os.environ.get("ANTQ_SOURCE_ROOT") or os.path.dirname(os.path.dirname(BINDING_DIR))

if BINDING_DIR not in sys.path:  # running without PYTHONPATH
    sys.path.insert(0, BINDING_DIR)

import antq  # noqa: E402
from antq import _lib  # noqa: E402

INCLUDE_DIR = os.path.join(SOURCE_ROOT, "include")
SYMFILE = os.path.join(SOURCE_ROOT, "lib", "libantq.sym")
TEST_DATA = os.path.join(SOURCE_ROOT, "tests", "data")
MIXED_JSON = os.path.join(TEST_DATA, "valid", "mixed-province.json")
MIXED_NDJSON = os.path.join(TEST_DATA, "valid", "mixed-province.ndjson")
SAMPLE_JSON = os.path.join(SOURCE_ROOT, "data", "sample-province.json")
SAMPLE_NDJSON = os.path.join(SOURCE_ROOT, "data", "sample-province.ndjson")
CAMPAIGN = os.path.join(SOURCE_ROOT, "data", "campaign-2024.json")
README = os.path.join(BINDING_DIR, "README.md")


def require(*symbols):
    """Skip the test when the loaded library lacks one of @p symbols (a library
    older than the binding, e.g. while plan.h was being implemented)."""
    missing = [s for s in symbols if not _lib.lib.has(s)]
    if missing:
        raise unittest.SkipTest(f"{_lib.lib.path} does not export {', '.join(missing)} yet")


def require_plan():
    require(*[n for n in _lib.FUNCTIONS if n.startswith(("antq_campaign_", "antq_plan_", "antq_scorecard_",
                                                         "antq_festival_", "antq_five_task_"))])


def read_symfile(path=SYMFILE):
    """Symbols of the global: sections of every node of a version script."""
    import re
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    names = set()
    # every version node: ANTQ_1.0 { global: …; local: *; }; ANTQ_1.1 { global: …; } ANTQ_1.0;
    for node in re.findall(r"\{(.*?)\}", text, flags=re.S):
        glob = node.split("global:", 1)[1].split("local:", 1)[0] if "global:" in node else ""
        names |= {s.strip() for s in glob.split(";") if s.strip()}
    return names
