"""Conversions shared by the modules: strings, dates, tri-states, counts,
languages, library-allocated text and status checks."""

import ctypes
import datetime
from ctypes import byref, c_void_p

from ._lib import lib
from ._structs import antq_error
from .enums import Lang, coerce
from .errors import from_record

DATE_UNKNOWN = 0
DATE_OPEN = 29991231
COUNT_UNKNOWN = -1
SIZE_MAX = ctypes.c_size_t(-1).value


def enc(s, what="text"):
    """str -> UTF-8 bytes for a ``const char *`` (None stays None).  Text with
    a NUL character is refused (ValueError): C would cut it there."""
    if s is None:
        return None
    b = s if isinstance(s, bytes) else str(s).encode("utf-8")
    if b"\0" in b:
        raise ValueError(f"{what}: text with a NUL character: {s!r}")
    return b


def dec(b):
    """``const char *`` result (bytes or None) -> str or None."""
    return None if b is None else b.decode("utf-8", "replace")


def lang_c(lang):
    """'vi' / 'en' / Lang / int -> int."""
    return int(coerce(Lang, lang, none_is=Lang.VI))


def date_c(value, what="date"):
    """datetime.date, 'YYYY-MM-DD', YYYYMMDD int or None -> YYYYMMDD int (0 for None)."""
    if value is None:
        return DATE_UNKNOWN
    if isinstance(value, datetime.date):
        n = value.year * 10000 + value.month * 100 + value.day
    elif isinstance(value, str):
        out = ctypes.c_int32(0)
        raw = value.encode()
        rc = lib.antq_date_parse(byref(out), raw, len(raw))
        if rc:
            raise from_record(rc, _err_of(rc, f"{what}: {value!r} is not a date YYYY-MM-DD"))
        n = out.value
    elif isinstance(value, int) and not isinstance(value, bool):
        n = value
    else:
        raise TypeError(f"{what}: expected datetime.date, 'YYYY-MM-DD' or None, got {type(value).__name__}")
    if n != DATE_UNKNOWN and not lib.antq_date_valid(n):
        raise ValueError(f"{what}: {value!r} is not a date in 1900-2999")
    return n


def date_py(n, *, open_is_none=False):
    """YYYYMMDD int -> datetime.date (None for 0, and for the open end if asked)."""
    if n == DATE_UNKNOWN or (open_is_none and n == DATE_OPEN):
        return None
    return datetime.date(lib.antq_date_year(n), lib.antq_date_month(n), lib.antq_date_day(n))


def strict_bool(value, what="value"):
    """True or False, nothing else (TypeError): "no", "không", "0" and 0 are
    not taken for a yes or a no by their truthiness."""
    if not isinstance(value, bool):
        raise TypeError(f"{what}: expected True or False, got {type(value).__name__} {value!r}")
    return value


def tri_c(value, what="yes/no field"):
    """None/False/True -> ANTQ_UNKNOWN/ANTQ_NO/ANTQ_YES; anything else is a
    TypeError (a string "no" is truthy: it must not become a yes)."""
    if value is None:
        return -1
    return 1 if strict_bool(value, f"{what} (None for unknown)") else 0


def tri_py(n):
    """antq_tri -> None/False/True."""
    return None if n < 0 else bool(n)


def count_c(value, what="count"):
    """None -> ANTQ_COUNT_UNKNOWN; an int within int64 (OverflowError beyond:
    ctypes would wrap it); the library then checks 0..2^53 - 1."""
    if value is None:
        return COUNT_UNKNOWN
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what}: expected an int or None, got {type(value).__name__}")
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError(f"{what}: {value} is outside the 64-bit range")
    return value


def count_py(n):
    """-1 -> None."""
    return None if n == COUNT_UNKNOWN else n


def enum_c(enum_cls, value):
    """Enum member / int / name / None -> int (None is 0, the UNKNOWN value)."""
    return int(coerce(enum_cls, value, none_is=0))


def enum_py(enum_cls, n):
    """int -> member, None for the 0 "unknown" value (unknown ints stay ints)."""
    if n == 0:
        return None
    try:
        return enum_cls(n)
    except ValueError:
        return n


def kinds_mask(kinds):
    """Iterable of Kind (members, ints or names) or an int mask -> uint32 mask."""
    from .enums import Kind
    if kinds is None:
        return 0
    if isinstance(kinds, int):
        return kinds
    mask = 0
    for k in kinds:
        mask |= 1 << int(coerce(Kind, k))
    return mask


def kinds_set(mask):
    """uint32 mask -> frozenset of Kind."""
    from .enums import Kind
    return frozenset(k for k in Kind if mask & (1 << int(k)))


def _err_of(code, message):
    err = antq_error()
    err.code = code
    err.message = message.encode()[:255]
    return err


def check(rc, err=None):
    """Raise the exception for a non-zero status."""
    if rc != 0:
        raise from_record(rc, err)


def take_text(out):
    """Copy the library-allocated string in @p out (c_void_p) and antq_free() it."""
    if not out.value:
        return None
    try:
        return ctypes.string_at(out.value).decode("utf-8")
    finally:
        lib.antq_free(out)


def call_text(fn, *args):
    """Call ``fn(char **out, *args, antq_error *err)`` (the 1.0 writers) and
    return the text (freed with antq_free)."""
    out = c_void_p()
    err = antq_error()
    rc = fn(byref(out), *args, byref(err))
    if rc != 0:
        lib.antq_free(out)
        raise from_record(rc, err)
    return take_text(out)


def source_bytes(source):
    """bytes/bytearray/memoryview -> bytes; str -> UTF-8 bytes."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source)
    if isinstance(source, str):
        return source.encode("utf-8")
    raise TypeError(f"expected bytes or str, got {type(source).__name__}")
