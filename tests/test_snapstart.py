"""SnapStart: imports land in the snapshot, clients do not survive a restore."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable

import pytest

from agentic_memory.runtime import aws, snapstart
from testkit.handlers import load_handler


@pytest.fixture
def restore_hooks(monkeypatch: pytest.MonkeyPatch) -> list[Callable[[], None]]:
    """Lambda's ``snapshot_restore_python`` module, recording what is registered with it."""
    registered: list[Callable[[], None]] = []
    runtime = types.ModuleType("snapshot_restore_python")
    runtime.register_after_restore = registered.append  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "snapshot_restore_python", runtime)
    monkeypatch.setenv("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
    return registered


def test_retrieve_preloads_the_mem0_client_into_the_snapshot(
    restore_hooks: list[Callable[[], None]], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [m for m in sys.modules if m == "mem0" or m.startswith("mem0.")]:
        monkeypatch.delitem(sys.modules, name)

    load_handler("retrieve")

    assert "mem0.client.main" in sys.modules
    assert restore_hooks == [snapstart.forget_clients]


@pytest.mark.usefixtures("aws")
def test_after_a_restore_every_client_is_built_anew(restore_hooks: list[Callable[[], None]]) -> None:
    load_handler("client_data")
    before = aws.call_path_dynamodb_client()

    (after_restore,) = restore_hooks
    after_restore()

    assert aws.call_path_dynamodb_client() is not before


def test_without_snapstart_nothing_is_preloaded_or_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AWS_LAMBDA_INITIALIZATION_TYPE", raising=False)
    monkeypatch.setitem(sys.modules, "snapshot_restore_python", None)  # importing it would fail

    load_handler("post_call")  # does not raise: SnapStart's runtime module is not needed
