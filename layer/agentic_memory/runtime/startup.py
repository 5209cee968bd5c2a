"""A function's init on Lambda without Python's cyclic garbage collector, and what it built frozen after.

Importing a handler creates tens of thousands of objects (modules, classes, botocore's parsed
service models) that live as long as the container, and the collector, triggered by allocation
counts, traverses them again and again while they are being created. So on Lambda, importing this
module (each handler's first import) pauses the collector, and ``complete()`` at the end of the
handler's init freezes what init built (``gc.freeze``: collections never traverse it again) and
resumes collection. ``make bench`` judges it in its A/B rows (with: the functions' environment;
without: the same start with ``AWS_LAMBDA_FUNCTION_NAME`` unset).

Off Lambda (tests, the local server) it does nothing: freezing a test process's heap would slow
every later collection in it. The price on Lambda: the few unreachable cycles init leaves behind
are frozen with the rest, a few kilobytes once per container.
"""

from __future__ import annotations

import gc
import os

ON_LAMBDA = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))

if ON_LAMBDA:
    gc.disable()


def complete() -> None:
    """End of a handler module's init: freeze what it built and turn the collector back on."""
    if ON_LAMBDA:
        gc.freeze()
        gc.enable()
