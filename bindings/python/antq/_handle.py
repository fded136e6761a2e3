"""Base class of the objects that own (or borrow) C memory."""

import weakref

from .errors import ClosedError


class Handle:
    """A C handle with a deterministic lifetime.

    * ``close()`` frees the C object at once (idempotent: a second call does
      nothing, so there is never a double free); ``with`` closes on exit; the
      garbage collector closes it too (``__del__``).
    * A handle that borrows from another (an Evaluation from its Dataset, a
      Scorecard from its Campaign, a Result from its Evaluation) holds a strong
      reference to it, so the owner cannot be collected first.  Closing the
      owner explicitly closes its dependants first (the C API requires them to
      be freed first).
    * Using a closed handle, or one whose owner was closed, raises ClosedError.
    """

    _free = None  # name of the antq_*_free function, or None for a borrowed handle
    _ptr = None
    _owner = None

    def __init__(self, ptr, owner=None):
        self._ptr = ptr
        self._owner = owner
        self._dependants = weakref.WeakSet()
        if owner is not None:
            owner._dependants.add(self)

    @property
    def closed(self):
        """True once close() was called (on this object or on its owner)."""
        return self._ptr is None or (self._owner is not None and self._owner.closed)

    def _p(self):
        """The C pointer; ClosedError if closed."""
        if self.closed:
            raise ClosedError(f"{type(self).__name__} is closed")
        return self._ptr

    def close(self):
        """Free the C memory now. Safe to call more than once."""
        ptr = self._ptr
        if ptr is None:
            return
        for dep in list(getattr(self, "_dependants", ())):
            dep.close()
        self._ptr = None
        if self._free is not None:
            from ._lib import lib
            getattr(lib, self._free)(ptr)

    def __enter__(self):
        self._p()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown: modules may be gone
            pass
