"""Exceptions: every negative libantq status becomes an exception.

:class:`AntqError` carries what the C ``antq_error`` record says: ``code``,
``name`` (``antq_status_name(code)``, e.g. "ANTQ_EPARSE"), ``path`` (a
JSON-pointer-like path such as "/units/3/events/0/date"), ``line`` and
``column`` (1-based, 0 when the input was not text), ``offset`` (bytes) and
``message``.  One subclass per status code; they also derive from the closest
built-in exception (ValueError, TypeError, LookupError, MemoryError) so that
generic handlers work.
"""

from ._lib import lib


class AntqError(Exception):
    """A libantq call failed (base class; also used for ANTQ_ERROR)."""

    code = -1

    def __init__(self, message="", *, code=None, path="", line=0, column=0, offset=0):
        if code is not None:
            self.code = code
        self.name = status_name(self.code)
        self.message = message or strerror(self.code)
        self.path = path
        self.line = line
        self.column = column
        self.offset = offset
        super().__init__(self.message)

    def __str__(self):
        where = []
        if self.path:
            where.append(self.path)
        if self.line:
            where.append(f"line {self.line}, column {self.column}")
        return f"{self.name}{' at ' + ' '.join(where) if where else ''}: {self.message}"

    def __repr__(self):
        return (f"{type(self).__name__}(code={self.code}, name={self.name!r}, path={self.path!r}, "
                f"line={self.line}, column={self.column}, message={self.message!r})")


class OutOfMemoryError(AntqError, MemoryError):
    """ANTQ_ENOMEM."""
    code = -2


class InvalidError(AntqError, ValueError):
    """ANTQ_EINVAL: invalid argument or invalid record."""
    code = -3


class ParseError(AntqError, ValueError):
    """ANTQ_EPARSE: malformed input (syntax error)."""
    code = -4


class ValueTypeError(AntqError, TypeError):
    """ANTQ_ETYPE: value of the wrong type."""
    code = -5


class RangeError(AntqError, ValueError):
    """ANTQ_ERANGE: value out of range."""
    code = -6


class NotFoundError(AntqError, LookupError):
    """ANTQ_ENOTFOUND: no such item."""
    code = -7


class DuplicateError(AntqError, ValueError):
    """ANTQ_EDUPLICATE: duplicate identifier."""
    code = -8


class CycleError(AntqError, ValueError):
    """ANTQ_ECYCLE: cycle in the unit hierarchy."""
    code = -9


class NoRulesError(AntqError, LookupError):
    """ANTQ_ENORULES: no rule set applies to that date."""
    code = -10


class InputOutputError(AntqError, OSError):
    """ANTQ_EIO: input/output error (a file that cannot be read)."""
    code = -11


class Utf8Error(AntqError, ValueError):
    """ANTQ_EUTF8: text is not valid UTF-8."""
    code = -12


class UnknownFieldError(AntqError, ValueError):
    """ANTQ_EUNKNOWNFIELD: unknown field."""
    code = -13


class MissingError(AntqError, ValueError):
    """ANTQ_EMISSING: required field missing."""
    code = -14


class VersionError(AntqError, ValueError):
    """ANTQ_EVERSION: unsupported structure or format version."""
    code = -15


class ClosedError(ValueError):
    """The handle (dataset, evaluation, result, campaign, scorecard, stream) was
    closed, or the object it borrows from was closed."""


class BusyError(RuntimeError):
    """The handle is in use by another call: close() while a call on it (or on
    a handle that borrows from it) is in progress, a Stream used by two threads
    at once, or a Dataset changed while another thread reads it."""


_BY_CODE = {cls.code: cls for cls in (
    AntqError, OutOfMemoryError, InvalidError, ParseError, ValueTypeError, RangeError, NotFoundError,
    DuplicateError, CycleError, NoRulesError, InputOutputError, Utf8Error, UnknownFieldError,
    MissingError, VersionError)}


def status_name(code):
    """antq_status_name(): "ANTQ_EPARSE" ... (never fails)."""
    return lib.antq_status_name(int(code)).decode()


def strerror(code):
    """antq_strerror(): English description of a status."""
    return lib.antq_strerror(int(code)).decode()


def error_class(code):
    """The exception class for a status code."""
    return _BY_CODE.get(code, AntqError)


def from_record(code, err=None):
    """Build (not raise) the exception for status @p code and the C record @p err
    (an ``antq_error`` or None)."""
    cls = error_class(code)
    if err is None or err.code == 0:
        return cls(code=code)
    return cls(err.message.decode("utf-8", "replace"), code=code,
               path=err.path.decode("utf-8", "replace"), line=err.line, column=err.column,
               offset=err.offset)
