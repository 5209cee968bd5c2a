"""Lambda SnapStart (template parameter ``SnapStart=on``): what goes into the snapshot, what does not.

The snapshot is taken after the function's init, so imports made then are restored instead of run.
Connections and cached clients must not be: after a restore every cached client is dropped, so the
first request opens fresh ones (and secrets are read then, never baked into a snapshot).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from agentic_memory.runtime import compose


def snapshotting() -> bool:
    """True while Lambda initialises a function to snapshot it."""
    return os.environ.get("AWS_LAMBDA_INITIALIZATION_TYPE") == "snap-start"


def forget_clients() -> None:
    """Drop every client and secret held before the snapshot; the next use builds or reads anew."""
    compose.forget()


def prepare(preload: Callable[[], object] | None = None) -> None:
    """Called at a handler's import: preload when snapshotting, and reconnect after every restore."""
    if not snapshotting():
        return
    if preload is not None:
        preload()
    from snapshot_restore_python import register_after_restore  # type: ignore[import-not-found]  # noqa: PLC0415

    register_after_restore(forget_clients)
