"""Fixtures of the live tests: the keys (a missing one skips its service's tests) and the record."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from live_tests.observations import Observations, output_path


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
