"""Caller numbers: every form ElevenLabs and carriers send ends as E.164 or as 'no caller'."""

from __future__ import annotations

import pytest

from agentic_memory.phone import mask, to_e164


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("+16125550123", "US", "+16125550123"),
        ("(612) 555-0123", "US", "+16125550123"),
        ("612 555 0123", "US", "+16125550123"),
        ("0044 20 7946 0958", "US", "+442079460958"),
        ("020 7946 0958", "GB", "+442079460958"),
        ("1-800-FLOWERS", "US", "+18003569377"),
        ("+15550100002", "US", "+15550100002"),  # fictional range: possible, not "valid"
    ],
)
def test_numbers_are_normalised_to_e164(raw: str, region: str, expected: str) -> None:
    assert to_e164(raw, region) == expected


@pytest.mark.parametrize(
    "raw", [None, "", "  ", "anonymous", "Anonymous", "+266696687", "restricted", "12", "hello"]
)
def test_withheld_and_impossible_numbers_mean_no_caller(raw: str | None) -> None:
    assert to_e164(raw) is None


def test_masked_numbers_keep_only_the_country_digit_and_the_last_two() -> None:
    assert mask("+16125550123") == "+1********23"
    assert mask(None) == "<none>"
    assert "5550" not in mask("+16125550123")
