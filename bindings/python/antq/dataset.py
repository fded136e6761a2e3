"""Datasets: load (JSON, NDJSON, .xlsx workbooks, CSV sets), validate,
evaluate, write (JSON, workbooks, CSV sets); results as records and, when
pandas is installed, DataFrames; NDJSON streaming."""

import ctypes
import json
import os
from ctypes import POINTER, byref, c_size_t, c_void_p
from typing import List, Optional

from ._handle import Handle
from ._lib import antq_error_fn, antq_stream_fn, lib
from ._structs import antq_commune_pool, antq_csv_file, antq_dataset, antq_error, antq_evaluation, antq_result, antq_stream
from . import provenance
from ._util import SIZE_MAX, call_text, check, dec, enc, lang_c, source_bytes, strict_bool, take_text, tri_py
from .enums import CsvFlags, Detail, Format, LoadFlags, Standard, Status, Verdict, coerce
from .model import standard_c
from .errors import from_record
from .model import Evidence, Options, Unit, options_c
from .result import CommunePool, Result, Rollup

_JSON_START = ("{", "[")
_ZIP = b"PK\x03\x04"


def xlsx_supported():
    """Whether the loaded libantq reads and writes .xlsx workbooks."""
    return bool(lib.antq_xlsx_supported())


def write_template(path, year=0, kinds=None, lang="vi"):
    """antq_template_write_xlsx(): an empty workbook to fill in (a sheet
    explaining every column, drop-down lists); a path that does not end with
    .xlsx gets the CSV set instead (antq_template_write_csv_dir(), the
    directory is created).  @p kinds: unit-kind names offered in the kind list."""
    from .model import unit_kind_from_name
    path = os.fspath(path)
    err = antq_error()
    if path.lower().endswith(".xlsx"):
        mask = 0
        for k in kinds or ():
            mask |= 1 << int(unit_kind_from_name(k) if isinstance(k, str) else k)
        check(lib.antq_template_write_xlsx(enc(path), int(year), mask, lang_c(lang), byref(err)), err)
    else:
        os.makedirs(path, exist_ok=True)
        check(lib.antq_template_write_csv_dir(enc(path), int(year), lang_c(lang), byref(err)), err)


def _flags(keep_unknown):
    return int(LoadFlags.KEEP_UNKNOWN if keep_unknown else LoadFlags.DEFAULT)


def _is_path(source):
    """A path is an os.PathLike or a str that does not start like JSON text."""
    return isinstance(source, os.PathLike) or (isinstance(source, str) and not source.lstrip().startswith(_JSON_START))


def _read_source(source):
    """bytes from a path, bytes or JSON text."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if _is_path(source):
        with open(os.fspath(source), "rb") as f:
            return f.read()
    if isinstance(source, str):
        return source.encode("utf-8")
    raise TypeError(f"expected a path, bytes or JSON text, got {type(source).__name__}")


def csv_header(format):
    """Header line of the per-unit or per-criterion CSV."""
    return dec(lib.antq_csv_header(int(coerce(Format, format))))


def validate(data, keep_unknown=False):
    """antq_dataset_validate_json(): every error of a dataset document.

    @p data: bytes, JSON text or a path.  Returns a list of AntqError
    instances (not raised), empty when the document is valid."""
    buf = _read_source(data)
    errors = []
    failure = []

    def on_error(err_ptr, _userdata):
        try:
            e = err_ptr.contents
            errors.append(from_record(e.code, e))
            return 0
        except BaseException as exc:  # never let an exception cross C: stop and re-raise
            failure.append(exc)
            return 1

    cb = antq_error_fn(on_error)
    n = c_size_t(0)
    lib.antq_dataset_validate_json(byref(n), buf, len(buf), _flags(keep_unknown), cb, None)
    if failure:
        raise failure[0]
    return errors


class Dataset(Handle):
    """A collection of units and their evidence (opaque ``antq_dataset``)."""

    _free = "antq_dataset_free"
    _exclusive = ("add", "add_json")  # change the dataset: no reader in another thread meanwhile

    def __init__(self, _ptr=None):
        if _ptr is None:
            _ptr = POINTER(antq_dataset)()
            check(lib.antq_dataset_new(byref(_ptr)))
        super().__init__(_ptr)

    # ---- loading
    @classmethod
    def load(cls, source, keep_unknown=False, ndjson=None):
        """Load a dataset from a path (str or os.PathLike), bytes or JSON text.

        A str that starts with '{' or '[' is JSON text, any other str a path.
        A path is read by antq_dataset_load_file(): an .xlsx workbook, a CSV
        file or a directory of CSV files (doc/spreadsheets.md), NDJSON (one
        unit per line, told by the name .ndjson or .jsonl or by the content)
        or a JSON document; @p ndjson True or False decides instead.  Bytes
        that start as a zip archive are read as a workbook.  Raises an
        AntqError subclass with path, line and column on bad input
        (antq.InputOutputError, also an OSError, for a file that cannot be
        read)."""
        out = POINTER(antq_dataset)()
        err = antq_error()
        if ndjson is None and _is_path(source):
            check(lib.antq_dataset_load_file(byref(out), os.fsencode(source), _flags(keep_unknown), byref(err)), err)
            return cls(out)
        buf = _read_source(source)
        if ndjson is None and buf.startswith(_ZIP):
            return cls._load_sheet(lib.antq_dataset_load_xlsx, buf, len(buf), keep_unknown)
        load = lib.antq_dataset_load_ndjson if ndjson else lib.antq_dataset_load_json
        check(load(byref(out), buf, len(buf), _flags(keep_unknown), byref(err)), err)
        return cls(out)

    @classmethod
    def _load_sheet(cls, fn, *args):
        *args, keep_unknown = args
        out = POINTER(antq_dataset)()
        err = antq_error()
        check(fn(byref(out), *args, _flags(keep_unknown), byref(err)), err)
        return cls(out)

    @classmethod
    def from_csv(cls, files, keep_unknown=False):
        """antq_dataset_load_csv(): a CSV set given as {file name: text or bytes}
        ("units.csv", "Sự việc.csv" …)."""
        items = [(enc(name), source_bytes(text)) for name, text in files.items()]
        arr = (antq_csv_file * max(len(items), 1))()
        for i, (name, data) in enumerate(items):
            arr[i].name = name
            arr[i].text = data
            arr[i].len = len(data)
        return cls._load_sheet(lib.antq_dataset_load_csv, arr, len(items), keep_unknown)

    @classmethod
    def loads(cls, text, keep_unknown=False):
        """Load from JSON text (str or bytes), never a path."""
        return cls.load(source_bytes(text), keep_unknown)

    @classmethod
    def from_dicts(cls, document, keep_unknown=False):
        """Load from Python data: a whole document {"format": "antq-dataset", ...}
        or a list of unit dicts (wrapped into a version-1 document)."""
        if isinstance(document, (list, tuple)):
            document = {"format": "antq-dataset", "version": 1, "units": list(document)}
        text = json.dumps(document, ensure_ascii=False)
        return cls.load(text.encode("utf-8"), keep_unknown)

    def _add_json(self, raw, keep_unknown, index, line_offset):
        err = antq_error()
        check(lib.antq_dataset_add_json(self._p(), raw, len(raw), _flags(keep_unknown), index, line_offset,
                                        byref(err)), err)

    def add_json(self, record, keep_unknown=False, index=None, line_offset=0):
        """antq_dataset_add_json(): add one unit record (dict, JSON text or bytes).
        Hierarchy checks are left to :meth:`check`."""
        if isinstance(record, dict):
            record = json.dumps(record, ensure_ascii=False)
        self._add_json(source_bytes(record), keep_unknown, len(self) if index is None else index, line_offset)

    def add(self, unit, evidence=None):
        """antq_dataset_add(): add a copy of @p unit (Unit) and optionally one
        year of @p evidence (Evidence); adding evidence for an existing id adds a year."""
        keep = []
        u = unit._to_c(keep)
        ev = evidence._to_c(keep) if evidence is not None else None
        err = antq_error()
        check(lib.antq_dataset_add(self._p(), byref(u), byref(ev) if ev is not None else None, byref(err)), err)

    def check(self):
        """antq_dataset_check(): parents exist, are communes, no cycle."""
        err = antq_error()
        check(lib.antq_dataset_check(self._p(), byref(err)), err)

    # ---- reading
    def __len__(self):
        return lib.antq_dataset_unit_count(self._p())

    def unit(self, index) -> Unit:
        ptr = lib.antq_dataset_unit(self._p(), self._index(index))
        return Unit._from_c(ptr.contents)

    @property
    def units(self) -> List[Unit]:
        return [self.unit(i) for i in range(len(self))]

    def __iter__(self):
        return iter(self.units)

    def find(self, unit_id) -> Optional[int]:
        """Index of the unit with id @p unit_id, or None."""
        i = lib.antq_dataset_find(self._p(), enc(unit_id))
        return None if i == SIZE_MAX else i

    def _index(self, key):
        if isinstance(key, str):
            i = self.find(key)
            if i is None:
                raise KeyError(key)
            return i
        n = len(self)
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(key)
        return key

    def evidence(self, unit, year) -> Optional[Evidence]:
        """The evidence of a unit (index or id) for @p year, or None."""
        ptr = lib.antq_dataset_evidence(self._p(), self._index(unit), int(year))
        return Evidence._from_c(ptr.contents) if ptr else None

    @property
    def options(self) -> Options:
        return Options._from_c(lib.antq_dataset_options(self._p()).contents)

    @property
    def year(self):
        """The evaluation year named by the document, or 0."""
        return lib.antq_dataset_year(self._p())

    @property
    def province(self):
        """The province the document is about ("options.province"), or None."""
        name = lib.antq_dataset_province(self._p())
        return name.decode("utf-8") if name is not None else None

    @property
    def issuer(self):
        """The body that issues reports on the document ("options.issuer"), or None."""
        name = lib.antq_dataset_issuer(self._p())
        return name.decode("utf-8") if name is not None else None

    @property
    def latest_year(self):
        return lib.antq_dataset_latest_year(self._p())

    def to_json(self):
        """antq_dataset_write_json(): the dataset as a JSON document."""
        return call_text(lib.antq_dataset_write_json, self._p())

    def write_xlsx(self, path, lang="vi"):
        """antq_dataset_write_xlsx(): the dataset as a workbook (the sheets of doc/spreadsheets.md)."""
        err = antq_error()
        check(lib.antq_dataset_write_xlsx(enc(os.fspath(path)), self._p(), lang_c(lang), byref(err)), err)

    def write_csv(self, directory, lang="vi"):
        """antq_dataset_write_csv_dir(): the dataset as a CSV set (the directory is created)."""
        directory = os.fspath(directory)
        os.makedirs(directory, exist_ok=True)
        err = antq_error()
        check(lib.antq_dataset_write_csv_dir(enc(directory), self._p(), lang_c(lang), byref(err)), err)

    def to_dict(self):
        return json.loads(self.to_json())

    # ---- evaluation
    def evaluate(self, year=None, options=None, standard=None) -> "Evaluation":
        """antq_dataset_evaluate() for @p year (default: the year the ingestion
        pipeline chooses — the document's year, else the latest evidence year
        of the first unit that has evidence); @p options None uses the dataset's.
        @p standard (a Standard, its int or its name such as "new-rural-19.2")
        evaluates a standard that reuses the result (antq_dataset_evaluate_standard())."""
        ptr = self._p()
        if year is None:
            from .pipeline import Pipeline
            with Pipeline(check_only=True) as p:
                p.run_dataset(self)
                years = p.years
            year = years[-1][0] if years else 0
        keep = []
        out = POINTER(antq_evaluation)()
        err = antq_error()
        std = standard_c(standard)
        if std == Standard.SAFE:
            check(lib.antq_dataset_evaluate(byref(out), ptr, int(year), options_c(options, keep), byref(err)), err)
        else:
            check(lib.antq_dataset_evaluate_standard(byref(out), ptr, int(year), int(std), options_c(options, keep),
                                                     byref(err)), err)
        return Evaluation(out, self, borrowed=keep)  # results point into the options' authority table

    def __repr__(self):
        return "<antq.Dataset closed>" if self.closed else f"<antq.Dataset {len(self)} units>"


class Evaluation(Handle):
    """The results of a dataset for one year (opaque ``antq_evaluation``).
    Iterating gives one borrowed :class:`Result` per unit, in dataset order.
    Keeps its Dataset alive; closing the Dataset closes it first."""

    _free = "antq_evaluation_free"

    def __init__(self, ptr, dataset, borrowed=None):
        super().__init__(ptr, dataset, borrowed)
        self.dataset = dataset

    def __len__(self):
        return lib.antq_evaluation_count(self._p())

    def _index(self, key):
        n = len(self)
        if isinstance(key, str):
            i = self.dataset.find(key)
            if i is None or i >= n:  # a unit added to the dataset after the evaluation
                raise KeyError(key)
            return i
        if key < 0:
            key += n
        if not 0 <= key < n:
            raise IndexError(key)
        return key

    def __getitem__(self, key) -> Result:
        """Result by index or unit id."""
        i = self._index(key)
        ptr = POINTER(antq_result)()
        err = antq_error()
        check(lib.antq_evaluation_result_get(byref(ptr), self._p(), i, byref(err)), err)  # built now if kept as a verdict
        if not ptr:
            raise IndexError(key)
        return Result(ptr, owner=self)

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def verdict(self, key) -> Optional[Verdict]:
        """A unit's verdict (index or id), without building its result (antq_evaluation_verdict(): a
        pipeline's kept evaluation holds certified units as verdicts only); None when it has no result."""
        v = lib.antq_evaluation_verdict(self._p(), self._index(key))
        return Verdict(v) if v else None

    def registered(self, key):
        """Whether a unit (index or id) was registered for the year — True, False or None (not
        known) — without building its result (antq_evaluation_registered())."""
        return tri_py(lib.antq_evaluation_registered(self._p(), self._index(key)))

    @property
    def results(self) -> List[Result]:
        return list(self)

    def rollup(self, key) -> Optional[Rollup]:
        """The roll-up of a commune (index or id), or None for other units."""
        p = lib.antq_evaluation_rollup(self._p(), self._index(key))
        return Rollup._from_c(p.contents) if p else None

    @property
    def year(self):
        return lib.antq_evaluation_year(self._p())

    def commune_pool(self, key) -> Optional["CommunePool"]:
        """antq_evaluation_commune_pool(): a commune's Art. 5.4 pool and certified
        share as the evaluator counted them (index or id); None for other units."""
        p = antq_commune_pool()
        lib.antq_commune_pool_init(byref(p))
        err = antq_error()
        rc = lib.antq_evaluation_commune_pool(byref(p), self._p(), self._index(key), byref(err))
        if rc == Status.ENOTFOUND:
            return None
        check(rc, err)
        return CommunePool._from_c(p)

    def write(self, format="json", lang="vi", detail=None, inputs=None):
        """antq_evaluation_write(): all results as JSON, NDJSON, CSV per unit
        ('csv_units') or per criterion ('csv_criteria').

        With @p detail ('verdict', 'failures' or 'full') or @p inputs (the
        paths the dataset was read from, hashed into the provenance record),
        antq_evaluation_write_detail(): a header first (for JSON and NDJSON
        with the provenance when @p inputs is given), then the results at
        that detail level."""
        fmt = int(coerce(Format, format))
        if detail is None and inputs is None:
            return call_text(lib.antq_evaluation_write, self._p(), fmt, lang_c(lang))
        lvl = int(lib.antq_detail_default(fmt) if detail is None else coerce(Detail, detail))
        prov = None
        if inputs is not None:
            prov, _keep = provenance.build(inputs, lib.antq_dataset_options(self.dataset._p()), self.year, fmt, lvl,
                                           lang)
        out = ctypes.c_void_p()
        err = antq_error()
        rc = lib.antq_evaluation_write_detail(byref(out), None, self._p(),
                                              byref(prov) if prov is not None else None, fmt, lvl, lang_c(lang),
                                              0, byref(err))
        if rc:
            lib.antq_free(out)
            check(rc, err)
        return take_text(out)

    def to_csv(self, format="csv_units", lang="vi", neutralise=True, bom=True, detail="full"):
        """antq_evaluation_write_detail() as CSV for spreadsheets.  With @p neutralise
        a cell starting with = + - @, tab, CR or an apostrophe gets a leading
        apostrophe (no formula runs; reading back, drop one leading apostrophe);
        with @p bom the text starts with U+FEFF (the UTF-8 byte-order mark)."""
        flags = (0 if strict_bool(neutralise, "neutralise") else CsvFlags.RAW_CELLS) | \
                (0 if strict_bool(bom, "bom") else CsvFlags.NO_BOM)
        fmt = int(coerce(Format, format))
        if fmt not in (Format.CSV_UNITS, Format.CSV_CRITERIA):
            raise ValueError("to_csv() writes csv_units or csv_criteria, not %r" % (format,))
        out = ctypes.c_void_p()
        err = antq_error()
        rc = lib.antq_evaluation_write_detail(byref(out), None, self._p(), None, fmt,
                                              int(coerce(Detail, detail)), lang_c(lang), int(flags), byref(err))
        if rc:
            lib.antq_free(out)
            check(rc, err)
        return take_text(out)

    def write_xlsx(self, path, previous=None, scorecard=None, lang="vi"):
        """antq_evaluation_write_xlsx(): the results workbook (summary, communes,
        units, failed and unknown criteria, per criterion).  @p previous: the
        Evaluation of the year before; @p scorecard: a plan's Scorecard."""
        err = antq_error()
        check(lib.antq_evaluation_write_xlsx(enc(os.fspath(path)), self._p(),
                                             previous._p() if previous is not None else None,
                                             scorecard._p() if scorecard is not None else None,
                                             lang_c(lang), byref(err)), err)

    def records(self, lang="vi"):
        """One dict per unit: unit, name, parent, kind, year, verdict, rule_set,
        failed_criteria, unknown_criteria (lists of ids) and what_it_takes
        (texts in @p lang) — the rows of a table."""
        doc = json.loads(self.write("json", lang))
        rows = []
        for r in doc["results"]:
            rows.append({
                "unit": r["unit"], "name": r.get("name"), "parent": r.get("parent"), "kind": r["kind"],
                "year": r["year"], "verdict": r["verdict"], "rule_set": r["rule_set"],
                "failed_criteria": [c["criterion"] for c in r["checks"] if c["outcome"] == "fail"],
                "unknown_criteria": [c["criterion"] for c in r["checks"] if c["outcome"] == "unknown"],
                "what_it_takes": [w["text"] for w in r["what_it_takes"]],
            })
        return rows

    def to_pandas(self, lang="vi"):
        """records() as a pandas DataFrame.  pandas is optional: ImportError
        when it is not installed."""
        try:
            import pandas
        except ImportError as exc:
            raise ImportError("to_pandas() needs pandas (pip install pandas); records() gives the same rows "
                              "as a list of dicts") from exc
        return pandas.DataFrame.from_records(self.records(lang))

    def verdicts(self):
        """{unit id: Verdict} of the units with a result, read without building results
        (antq_evaluation_verdict())."""
        ev, ds = self._p(), self.dataset._p()
        out = {}
        for i in range(len(self)):
            v = lib.antq_evaluation_verdict(ev, i)
            if v:
                out[dec(lib.antq_dataset_unit(ds, i).contents.id)] = Verdict(v)
        return out

    def __repr__(self):
        return "<antq.Evaluation closed>" if self.closed else f"<antq.Evaluation {self.year}: {len(self)} results>"


class Stream(Handle):
    """NDJSON streaming evaluator (opaque ``antq_stream``).

    ``feed(line)`` returns the result lines (NDJSON text) that became ready;
    ``finish()`` returns the held-back communes."""

    _free = "antq_stream_free"
    _exclusive = "*"  # a stream has state: one call at a time

    def __init__(self, year=0, options=None, lang="vi"):
        # The callback closes over this state, not over self: no reference cycle.
        self._state = state = {"lines": [], "error": None}

        def on_line(line, length, _userdata):
            try:
                state["lines"].append(ctypes.string_at(line, length).decode("utf-8"))
                return 0
            except BaseException as exc:  # never let an exception cross C
                state["error"] = exc
                return 1

        self._cb = antq_stream_fn(on_line)  # kept alive as long as the stream
        keep = []
        out = POINTER(antq_stream)()
        check(lib.antq_stream_new(byref(out), int(year), options_c(options, keep), lang_c(lang), self._cb, None))
        # the stream borrows the extra criteria and the authority table until it is freed
        super().__init__(out, borrowed=keep)
        self._line_no = 0

    def _drain(self):
        state = self._state
        if state["error"] is not None:
            exc, state["error"] = state["error"], None
            raise exc
        out, state["lines"] = state["lines"], []
        return out

    def feed(self, line, line_no=None):
        raw = source_bytes(line).rstrip(b"\n")
        self._line_no = self._line_no + 1 if line_no is None else line_no
        err = antq_error()
        rc = lib.antq_stream_feed(self._p(), raw, len(raw), self._line_no, byref(err))
        lines = self._drain()
        check(rc, err)
        return lines

    def finish(self):
        err = antq_error()
        rc = lib.antq_stream_finish(self._p(), byref(err))
        lines = self._drain()
        check(rc, err)
        return lines
