"""A function's init without Python's cyclic garbage collector, and what it built frozen afterwards.

Importing a handler creates 45,000-95,000 objects (modules, classes, functions, botocore's parsed
service models) that live as long as the container. The collector, triggered by allocation counts,
traverses all of them in full collections again and again while they are being created; one such
collection of PostCall's init takes 60 ms here. So each handler module calls ``gc.disable()``
before its first import and ``complete()`` after its last: what init built is frozen
(``gc.freeze``, the permanent generation that collections never traverse) and collection resumes
for what requests allocate. ``make bench`` measured ClientData's cold start at 1.51x ``import
boto3`` before and 1.33x after.

The price: the few unreachable cycles init leaves behind (230-470 objects, measured) are frozen
with the rest and never freed, a few kilobytes once per container, instead of a full collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def complete() -> None:
    """End of a handler module's init: freeze what it built and turn the collector back on."""
    gc.freeze()
    gc.enable()


@contextmanager
def long_lived() -> Iterator[None]:
    """A lazy import made on a request's path (the Mem0 SDK), treated as init is: not collected
    while it runs, frozen after. The collector is left as it was found."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()
