"""Numbers, shares, money and dates written for a reader (include/antq/format.h).

The same formatter as the C renderers and the ``antq`` tool: Vietnamese
``85,1%``, ``104.500.000 đồng``, ``19/08/2024``; English ``85.1%``,
``104,500,000 VND``, ``2024-08-19``.  Shares are rounded half up to one
decimal but never shown on the wrong side of a threshold (``threshold`` is a
``(numerator, denominator)`` pair such as ``(70, 100)``) or of 100%.
"""

from ctypes import byref, c_int64, create_string_buffer

from ._lib import lib
from ._util import check, date_c, lang_c

#: ANTQ_FORMAT_SIZE: a buffer of this size holds any formatted value.
FORMAT_SIZE = 48


def _call(fn, *args, lang="vi"):
    buf = create_string_buffer(FORMAT_SIZE)
    check(fn(buf, len(buf), *args, lang_c(lang)))
    return buf.value.decode("utf-8")


def _threshold(threshold):
    return (0, 0) if threshold is None else (int(threshold[0]), int(threshold[1]))


def format_count(value, lang="vi"):
    """antq_format_count(): 104500000 -> '104.500.000' ('104,500,000' in English)."""
    return _call(lib.antq_format_count, int(value), lang=lang)


def format_tenths(tenths, lang="vi"):
    """antq_format_tenths(): 851 -> '85,1'; for changes in percentage points."""
    return _call(lib.antq_format_tenths, int(tenths), lang=lang)


def share_round(part, whole, threshold=None):
    """antq_share_round(): the share as shown, in tenths of a percent (int)."""
    out = c_int64(0)
    check(lib.antq_share_round(byref(out), int(part), int(whole), *_threshold(threshold)))
    return out.value


def format_share(part, whole, threshold=None, lang="vi"):
    """antq_format_share(): 13, 14 -> '92,9%'; 6996, 10000, (70, 100) -> '69,9%'."""
    return _call(lib.antq_format_share, int(part), int(whole), *_threshold(threshold), lang=lang)


def format_percent(num, den, lang="vi"):
    """antq_format_percent(): a requirement, 70, 100 -> '70%'; 2, 3 -> '66,7%'."""
    return _call(lib.antq_format_percent, int(num), int(den), lang=lang)


def format_money(vnd, lang="vi"):
    """antq_format_money(): 104500000 -> '104.500.000 đồng' ('104,500,000 VND')."""
    return _call(lib.antq_format_money, int(vnd), lang=lang)


def format_local_date(d, lang="vi"):
    """antq_format_date(): '19/08/2024' (Vietnamese) or '2024-08-19' (English)."""
    return _call(lib.antq_format_date, date_c(d), lang=lang)
