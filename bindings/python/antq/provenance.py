"""Provenance of results (provenance.h) and results at a detail level (output.h)."""

import datetime
import os
from ctypes import byref, c_void_p, create_string_buffer

from ._lib import lib
from ._structs import antq_error, antq_input_digest, antq_provenance
from ._util import check, dec, enc, lang_c, take_text
from .enums import Detail, Format, coerce


def catalogue_hash():
    """SHA-256 (hex) of the criteria catalogue: the same for every run of the same library."""
    out = create_string_buffer(65)
    check(lib.antq_catalogue_hash(out))
    return dec(out.value)


def input_digest(path):
    """(size in bytes, hex SHA-256) of a file."""
    d = antq_input_digest()
    err = antq_error()
    check(lib.antq_input_digest_file(byref(d), enc(os.fspath(path)), byref(err)), err)
    return d.size, dec(d.sha256)


def detail_name(detail):
    """Stable name of a detail level ("verdict", "failures", "full")."""
    return dec(lib.antq_detail_name(int(coerce(Detail, detail))))


def default_detail(format):
    """The detail level a format gets when none is asked for (failures for NDJSON, full otherwise)."""
    return Detail(lib.antq_detail_default(int(coerce(Format, format))))


def build(inputs=(), options=None, year=0, format="json", detail="full", lang="vi", evaluation_date=None):
    """An ``antq_provenance`` and the objects it points to (keep them together).

    @p inputs are file paths (hashed here); @p options a C ``antq_options``
    pointer or None; @p evaluation_date a datetime.date (default today, UTC)."""
    keep = []
    names = [enc(os.fspath(p)) for p in inputs]
    digests = (antq_input_digest * max(len(names), 1))()
    for i, name in enumerate(names):
        err = antq_error()
        check(lib.antq_input_digest_file(byref(digests[i]), name, byref(err)), err)
    keep += [names, digests]
    p = antq_provenance()
    check(lib.antq_provenance_init(byref(p), 1))
    day = evaluation_date or datetime.datetime.now(datetime.timezone.utc).date()
    p.evaluation_date = day.year * 10000 + day.month * 100 + day.day
    p.year = int(year or 0)
    p.format = int(coerce(Format, format))
    p.detail = int(coerce(Detail, detail))
    p.lang = lang_c(lang)
    if options is not None:
        p.options = options
        keep.append(options)
    p.inputs = digests
    p.n_inputs = len(names)
    return p, keep


def provenance_json(inputs=(), year=0, format="json", detail="full", lang="vi", evaluation_date=None):
    """antq_provenance_write_json() for these inputs with default options."""
    p, _keep = build(inputs, None, year, format, detail, lang, evaluation_date)
    out = c_void_p()
    err = antq_error()
    rc = lib.antq_provenance_write_json(byref(out), None, byref(p), byref(err))
    if rc:
        lib.antq_free(out)
        check(rc, err)
    return take_text(out)


__all__ = ["catalogue_hash", "input_digest", "detail_name", "default_detail", "provenance_json", "build"]
