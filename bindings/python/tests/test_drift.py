"""Drift between the binding and the C library's declared interface:

* every symbol of lib/libantq.sym has an entry in the ctypes table, and the
  reverse;
* every ANTQ_API prototype of the public headers has an entry whose restype
  and argtypes match the C types;
* every public struct / opaque handle / enum of the headers has its mirror,
  with the same field names in the same order and the same enum values;
* the import-time version check accepts 1.x from 1.0 on, nothing else.
"""

import ctypes
import glob
import os
import re
import unittest

import support
from antq import _lib, _structs, enums


def header_text():
    paths = sorted(glob.glob(os.path.join(support.INCLUDE_DIR, "antq", "*.h")))
    paths += glob.glob(os.path.join(support.INCLUDE_DIR, "antq", "*.h.in"))
    paths.append(os.path.join(support.INCLUDE_DIR, "antq.h"))
    parts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            parts.append(f.read())
    text = "\n".join(parts)
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def prototypes(text):
    """{name: (return type, [param types])} of every ANTQ_API function."""
    out = {}
    for m in re.finditer(r"^ANTQ_API\s+([^;(]*?)\b(antq_\w+)\s*\(([^)]*)\)\s*;", text, flags=re.M | re.S):
        ret, name, params = m.group(1), m.group(2), " ".join(m.group(3).split())
        types = []
        if params not in ("", "void"):
            for p in params.split(","):
                pm = re.match(r"^(.*?[\s*])(\w+)$", p.strip())
                types.append(pm.group(1).strip() if pm else p.strip())
        out[name] = (" ".join(ret.split()), types)
    return out


_BASE = {"int": ctypes.c_int, "unsigned": ctypes.c_uint, "unsigned int": ctypes.c_uint, "int32_t": ctypes.c_int32,
         "int64_t": ctypes.c_int64, "uint32_t": ctypes.c_uint32, "uint64_t": ctypes.c_uint64,
         "size_t": ctypes.c_size_t, "char": ctypes.c_char, "void": None,
         "antq_format": ctypes.c_int}  # an enum parameter: passed as int


def ctype_of(ctext):
    """The ctypes type the binding must use for a C type spelled @p ctext."""
    t = re.sub(r"\bconst\b", " ", ctext)
    stars = t.count("*")
    base = " ".join(t.replace("*", " ").split())
    if base == "char" and stars == 1:
        return ctypes.c_char_p
    if base == "char" and stars == 2:
        return _lib.OUT_STR  # char **out: library text given back to antq_free()
    if base == "void" and stars == 1:
        return ctypes.c_void_p
    if base in _BASE:
        ct = _BASE[base]
    elif base in enums.C_ENUMS:
        ct = ctypes.c_int  # an enum-typed parameter or return value (int-sized on every supported ABI)
    elif base in _lib.CALLBACKS:
        ct = _lib.CALLBACKS[base]
    elif hasattr(_structs, base):
        ct = getattr(_structs, base)
    else:
        raise AssertionError(f"no ctypes mapping for C type {ctext!r}")
    for _ in range(stars):
        ct = ctypes.POINTER(ct)
    return ct


def struct_fields(text):
    """{struct name: [field names in order]} of every defined public struct."""
    out = {}
    for m in re.finditer(r"typedef\s+struct\s+(antq_\w+)\s*\{(.*?)\}\s*\1\s*;", text, flags=re.S):
        names = []
        for decl in m.group(2).split(";"):
            decl = " ".join(decl.split())
            if not decl:
                continue
            head, _, rest = decl.partition(",")
            first = re.search(r"(\w+)\s*(\[[^\]]*\])?$", head).group(1)
            names.append(first)
            names += [re.sub(r"[*\s]|\[.*\]", "", n) for n in rest.split(",") if rest]
        out[m.group(1)] = names
    return out


def opaque_structs(text):
    return set(re.findall(r"typedef\s+struct\s+(antq_\w+)\s+\1\s*;", text))


def _value(expr, known):
    expr = expr.strip()
    ch = re.fullmatch(r"'(.)'", expr)
    if ch:
        return ord(ch.group(1))
    expr = re.sub(r"\b(ANTQ_\w+)\b", lambda m: str(known[m.group(1)]), expr)
    if not re.fullmatch(r"[\d\s<>()+\-|]+", expr):
        raise AssertionError(f"cannot evaluate enum value {expr!r}")
    return eval(expr)  # digits and << | + - only


def c_enums(text):
    """{enum typedef: {constant: value}} of every enum written out in the headers."""
    out = {}
    for m in re.finditer(r"typedef\s+enum\s+(antq_\w+)\s*\{(.*?)\}\s*\1\s*;", text, flags=re.S):
        known, value = {}, -1
        body = m.group(2)
        if "STATUS_ENUM" in body:  # the X-macro enum is checked separately
            continue
        for item in body.split(","):
            item = item.strip()
            if not item:
                continue
            name, _, expr = item.partition("=")
            value = _value(expr, known) if expr else value + 1
            known[name.strip()] = value
        out[m.group(1)] = known
    return out


class TestSymbols(unittest.TestCase):
    def test_every_exported_symbol_is_in_the_table_and_back(self):
        exported = support.read_symfile()
        table = set(_lib.FUNCTIONS)
        self.assertGreater(len(exported), 80)
        self.assertEqual(sorted(exported - table), [], "symbols in lib/libantq.sym without a ctypes entry")
        self.assertEqual(sorted(table - exported), [], "ctypes entries that lib/libantq.sym does not export")

    def test_every_table_entry_is_bound(self):
        self.assertEqual(sorted(_lib.lib.missing), [],
                         f"{_lib.lib.path} does not export these functions of the table")

    def test_prototypes_match_headers(self):
        protos = prototypes(header_text())
        self.assertEqual(sorted(set(protos) ^ set(_lib.FUNCTIONS)), [],
                         "ANTQ_API functions of the headers vs the ctypes table")
        problems = []
        for name, (ret, params) in sorted(protos.items()):
            restype, argtypes = _lib.FUNCTIONS[name]
            if ctype_of(ret) is not restype:
                problems.append(f"{name}: returns {ret!r} -> {ctype_of(ret)}, table has {restype}")
            if len(params) != len(argtypes):
                problems.append(f"{name}: {len(params)} parameters in C, {len(argtypes)} in the table")
                continue
            for i, (cp, at) in enumerate(zip(params, argtypes)):
                if ctype_of(cp) is not at:
                    problems.append(f"{name}: parameter {i} is {cp!r} -> {ctype_of(cp)}, table has {at}")
        self.assertEqual(problems, [])

    def test_callback_typedefs(self):
        text = header_text()
        for name, cb in _lib.CALLBACKS.items():
            m = re.search(r"typedef\s+(\w+)\s*\(\s*\*\s*" + name + r"\s*\)\s*\(([^)]*)\)", text)
            self.assertIsNotNone(m, name)
            params = [re.match(r"^(.*?[\s*])(\w+)$", p.strip()).group(1).strip() for p in m.group(2).split(",")]
            self.assertEqual(len(params), len(cb._argtypes_), name)
            self.assertIs(ctype_of(m.group(1)), cb._restype_)
            for cp, at in zip(params, cb._argtypes_):
                want = ctype_of(cp)
                if want is ctypes.c_char_p:  # a length-delimited line: received as char *
                    want = ctypes.POINTER(ctypes.c_char)
                self.assertIs(want, at, f"{name}: {cp}")


class TestTypes(unittest.TestCase):
    def test_structs_match_headers(self):
        fields = struct_fields(header_text())
        mirrors = {c.__name__: [n for n, _ in c._fields_] for c in _structs.PUBLIC_STRUCTS}
        self.assertEqual(sorted(set(fields) ^ set(mirrors)), [], "public structs vs ctypes mirrors")
        for name in fields:
            self.assertEqual(mirrors[name], fields[name], f"fields of {name}")

    def test_opaque_handles(self):
        self.assertEqual(opaque_structs(header_text()), {c.__name__ for c in _structs.OPAQUE_STRUCTS})

    def test_enums_match_headers(self):
        found = c_enums(header_text())
        self.assertEqual(sorted(set(found) - set(enums.C_ENUMS) - enums.C_ENUMS_NOT_MAPPED), [],
                         "C enums without a Python class")
        for cname, (cls, prefix) in enums.C_ENUMS.items():
            self.assertIn(cname, found)
            c_members = {k[len(prefix):]: v for k, v in found[cname].items() if not k.startswith("ANTQ__")}
            py_members = {name: int(m.value) for name, m in cls.__members__.items()}
            self.assertEqual(c_members, py_members, f"{cname} vs {cls.__name__}")

    def test_status_codes(self):
        text = header_text()
        codes = {n: int(v) for n, v in re.findall(r"X\((\w+),\s*(-?\d+),", text)}
        self.assertEqual(codes, {name: int(m.value) for name, m in enums.Status.__members__.items()})
        for code in enums.Status:
            from antq import errors
            self.assertEqual(errors.status_name(code), "ANTQ_" + code.name)


class TestVersionCheck(unittest.TestCase):
    def test_accepts_1_1_and_later_1_x_only(self):
        self.assertEqual(_lib._check_version(10100), (1, 1, 0))
        self.assertEqual(_lib._check_version(10107), (1, 1, 7))
        self.assertEqual(_lib._check_version(10200), (1, 2, 0))  # a later 1.x only adds
        for bad in (100, 107, 10000, 10007, 20000, 9999, 0):  # 1.0 lacks the functions of ANTQ_1.1
            with self.assertRaises(ImportError):
                _lib._check_version(bad)

    def test_loaded_library_passes(self):
        n = _lib.lib.antq_version_number()
        self.assertEqual((n // 10000, n // 100 % 100), _lib.BINDING_VERSION)
        want = os.environ.get("ANTQ_LIBRARY")
        if want:
            self.assertEqual(_lib.lib.path, want)


if __name__ == "__main__":
    unittest.main()
