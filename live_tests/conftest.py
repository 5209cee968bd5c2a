"""Fixtures of the live tests: the keys (a missing one skips its service's tests) and the record."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from live_tests.observations import Observations, output_path

# The fakes the observations are compared with live in tests/ (imported as the tests import them).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def key(name: str) -> str:
    value = os.environ.get(name, "")
    if not value:
        pytest.skip(f"{name} not set: these live tests need it")
    return value


@pytest.fixture(scope="session")
def observations() -> Iterator[Observations]:
    record = Observations(output_path())
    yield record
    record.write()
