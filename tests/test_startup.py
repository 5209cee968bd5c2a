"""Init runs without the cyclic garbage collector; what it built is frozen, and collection resumes."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator

import pytest

from agentic_memory import startup
from conftest import ROOT


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, the rest of the session gets it back on."""
    yield
    gc.enable()


@pytest.mark.parametrize("function", ["client_data", "retrieve", "post_call"])
def test_after_a_handlers_init_the_collector_is_on_and_the_init_frozen(function: str) -> None:
    probe = (
        "import gc, importlib.util, json;"
        f"spec = importlib.util.spec_from_file_location('app', {str(ROOT / 'src' / function / 'app.py')!r});"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec));"
        "print(json.dumps([gc.isenabled(), gc.get_freeze_count()]))"
    )
    env = {**os.environ, "POWERTOOLS_TRACE_DISABLED": "true"}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    enabled, frozen = json.loads(out.stdout)

    assert enabled is True
    assert frozen > 10_000  # the init's modules, classes and functions, never traversed again


@pytest.mark.usefixtures("collector")
@pytest.mark.parametrize("enabled", [True, False])
def test_a_long_lived_import_pauses_the_collector_and_leaves_it_as_found(enabled: bool) -> None:
    (gc.enable if enabled else gc.disable)()
    frozen_before = gc.get_freeze_count()

    with startup.long_lived():
        assert not gc.isenabled()
        kept = [[index] for index in range(1000)]

    assert gc.isenabled() is enabled
    assert gc.get_freeze_count() >= frozen_before + len(kept)


@pytest.mark.usefixtures("collector")
def test_a_failed_long_lived_import_still_turns_the_collector_back_on() -> None:
    gc.enable()
    with pytest.raises(ImportError), startup.long_lived():
        raise ImportError("no such module")

    assert gc.isenabled()
