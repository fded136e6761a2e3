"""Base class of the objects that own (or borrow) C memory."""

import functools
import threading
import weakref

from .errors import BusyError, ClosedError


class Handle:
    """A C handle with a deterministic lifetime, safe to share between threads.

    * ``close()`` frees the C object at once (idempotent: a second call does
      nothing, so there is never a double free); ``with`` closes on exit; the
      garbage collector closes it too (``__del__``).
    * A handle that borrows from another (an Evaluation from its Dataset, a
      Scorecard from its Campaign, a Result from its Evaluation) holds a strong
      reference to it, so the owner cannot be collected first.  Closing the
      owner explicitly closes its dependants first (the C API requires them to
      be freed first).
    * Everything the C object borrows from Python (the C records of options,
      extra criteria, authority tables and their encoded strings) is handed to
      the constructor as ``borrowed`` and kept until the C object is freed:
      one keep-alive mechanism for every wrapper.
    * Every public method and property runs inside ``_use()``: a use count per
      handle (and its owners), under a lock.  Calls that only read may run in
      several threads at once (the C API allows it); a method listed in
      ``_exclusive`` (a Stream's, a Dataset's ``add``) needs the handle alone.
      A call that would collide, and ``close()`` while another call is inside
      the C library, raise BusyError instead of crashing.
    * Using a closed handle, or one whose owner was closed, raises ClosedError.
    """

    _free = None  # name of the antq_*_free function, or None for a borrowed handle
    _exclusive = ()  # names of the public methods that need the handle alone ("*": all)
    _ptr = None
    _owner = None

    def __init__(self, ptr, owner=None, borrowed=None):
        self._guard = threading.Lock()
        self._users = {}       # thread id -> calls in progress (this handle or a dependant)
        self._writer = None    # thread id of the exclusive user, if any
        self._closing = False
        self._ptr = ptr
        self._owner = owner
        self._borrowed = borrowed  # Python objects the C object points into: freed after it
        self._dependants = weakref.WeakSet()
        if owner is not None:
            owner._dependants.add(self)

    def __init_subclass__(cls, **kwargs):
        """Wrap the public methods and properties a subclass defines in _use()."""
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if name.startswith("_") and name not in ("__len__", "__getitem__", "__contains__"):
                continue
            exclusive = cls._exclusive == "*" or name in cls._exclusive
            if isinstance(value, property) and value.fget is not None:
                setattr(cls, name, property(_guarded(value.fget, exclusive), value.fset, value.fdel, value.__doc__))
            elif callable(value) and not isinstance(value, (classmethod, staticmethod, type)):
                setattr(cls, name, _guarded(value, exclusive))

    @property
    def closed(self):
        """True once close() was called (on this object or on its owner)."""
        return self._ptr is None or (self._owner is not None and self._owner.closed)

    def _p(self):
        """The C pointer; ClosedError if closed."""
        if self.closed:
            raise ClosedError(f"{type(self).__name__} is closed")
        return self._ptr

    # ---- use counting
    def _chain(self):
        h = self
        while h is not None:
            yield h
            h = h._owner

    def _enter(self, exclusive):
        me = threading.get_ident()
        taken = []
        try:
            for i, h in enumerate(self._chain()):
                with h._guard:
                    if h._ptr is None or h._closing:
                        raise ClosedError(f"{type(self).__name__} is closed")
                    others = any(t != me for t in h._users)
                    if h._writer not in (None, me) or (exclusive and i == 0 and others):
                        raise BusyError(f"{type(h).__name__} is in use by another thread")
                    h._users[me] = h._users.get(me, 0) + 1
                    if exclusive and i == 0 and h._writer is None:
                        h._writer = me
                        taken.append((h, True))
                    else:
                        taken.append((h, False))
        except BaseException:
            self._leave(taken)
            raise
        return taken

    @staticmethod
    def _leave(taken):
        me = threading.get_ident()
        for h, wrote in taken:
            with h._guard:
                n = h._users[me] - 1
                if n:
                    h._users[me] = n
                else:
                    del h._users[me]
                if wrote:
                    h._writer = None

    def close(self):
        """Free the C memory now. Safe to call more than once.  BusyError while
        a call on this handle (or a dependant) is in progress in any thread."""
        with self._guard:
            if self._ptr is None or self._closing:
                return
            if self._users:
                raise BusyError(f"{type(self).__name__} cannot be closed: a call on it is in progress")
            self._closing = True  # no new call from now on
        try:
            for dep in list(getattr(self, "_dependants", ())):
                dep.close()
        except BaseException:
            with self._guard:
                self._closing = False
            raise
        ptr, self._ptr = self._ptr, None
        self._closing = False
        if self._free is not None:
            from ._lib import lib
            getattr(lib, self._free)(ptr)
        self._borrowed = None  # only now: the C object no longer points into it

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


def _guarded(fn, exclusive):
    @functools.wraps(fn)
    def call(self, *args, **kwargs):
        taken = self._enter(exclusive)
        try:
            return fn(self, *args, **kwargs)
        finally:
            self._leave(taken)
    return call
