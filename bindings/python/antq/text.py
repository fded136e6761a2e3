"""Numbers, shares, money, dates and enum labels written for a reader
(include/antq/format.h, include/antq/labels.h).

The same formatter as the C renderers and the ``antq`` tool: Vietnamese
``85,1%``, ``104.500.000 đồng``, ``19/08/2024``; English ``85.1%``,
``104,500,000 VND``, ``2024-08-19``.  Shares are rounded half up to one
decimal but never shown on the wrong side of a threshold (``threshold`` is a
``(numerator, denominator)`` pair such as ``(70, 100)``) or of 100%.
"""

from ctypes import byref, c_int64, create_string_buffer

from ._lib import lib
from ._util import check, date_c, dec, enc, lang_c

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


def verdict_label(verdict, lang="vi"):
    """antq_verdict_label(): 'đạt', 'chưa đạt', … ('certified', …)."""
    return dec(lib.antq_verdict_label(int(verdict), lang_c(lang)))


def outcome_label(outcome, lang="vi"):
    """antq_outcome_label(): 'đạt', 'không đạt', 'ngoài phạm vi', … ('met', …)."""
    return dec(lib.antq_outcome_label(int(outcome), lang_c(lang)))


def unit_kind_label(kind, lang="vi"):
    """antq_unit_kind_label(): 'khu dân cư', … ('residential area', …)."""
    return dec(lib.antq_unit_kind_label(int(kind), lang_c(lang)))


def fact_kind_label(kind, lang="vi"):
    """antq_fact_kind_label(): what a fact measures, in words."""
    return dec(lib.antq_fact_kind_label(int(kind), lang_c(lang)))


def status_label(status, lang="vi"):
    """antq_status_label(): the verification status of a catalogue row ('V', 'S', 'D', 'U' or its int)."""
    return dec(lib.antq_status_label(ord(status) if isinstance(status, str) else int(status), lang_c(lang)))


def festival_level_label(level, lang="vi"):
    """antq_festival_level_label(): 'tỉnh', 'xã', … ('province', …)."""
    return dec(lib.antq_festival_level_label(int(level), lang_c(lang)))


def task_state_label(state, lang="vi"):
    """antq_task_state_label(): 'đúng hạn', 'quá hạn', … ('on time', …)."""
    return dec(lib.antq_task_state_label(int(state), lang_c(lang)))


def metric_label(metric, lang="vi"):
    """antq_metric_label(): what a plan target measures, in words."""
    return dec(lib.antq_metric_label(int(metric), lang_c(lang)))


def missing_label(missing, lang="vi"):
    """antq_missing_label(): a target result's ``missing`` text in words."""
    return dec(lib.antq_missing_label(enc(missing), lang_c(lang)))
