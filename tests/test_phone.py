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
    ("raw", "expected"),
    [
        ("sip:+15551234567@pbx.example", "+15551234567"),
        ("sips:+442079460958@sip.twilio.com;transport=tls", "+442079460958"),
        ("sip:6125550123@10.0.0.1", "+16125550123"),
        ("tel:+1-612-555-0123", "+16125550123"),
        ("tel:+16125550123;ext=7", "+16125550123"),
        ("+1 612 555 0123 ext. 12", "+16125550123"),
        ("447700900123", "+447700900123"),  # international without '+', not a US number
        ("4915112345678", "+4915112345678"),
        ("16125550123", "+16125550123"),
        ("5550100002", "+15550100002"),
        ("sip:anonymous@pbx.example", None),
    ],
)
def test_uris_extensions_and_international_numbers_without_plus_are_one_caller(
    raw: str, expected: str | None
) -> None:
    assert to_e164(raw, "US") == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+16125550123@sip.example.com", "+16125550123"),
        ("6125550123@10.0.0.1", "+16125550123"),
        ("+442079460958@sip.twilio.com;transport=tls", "+442079460958"),
        ("+16125550123;user=phone@sip.example.com", "+16125550123"),
        ("sip:+16125550123@sip.twilio.com", "+16125550123"),
        ("anonymous@sip.example.com", None),
        ("Anonymous@anonymous.invalid", None),
        ("restricted@10.0.0.1", None),
        ("alice@example.com", None),
        ("@sip.example.com", None),
    ],
)
def test_a_sip_address_without_its_scheme_yields_its_number_or_no_caller(
    raw: str, expected: str | None
) -> None:
    """Some trunks put the SIP address in the caller id without the ``sip:`` scheme."""
    assert to_e164(raw, "US") == expected


def test_a_number_without_plus_is_tried_in_the_called_numbers_region() -> None:
    # A UK agent's line, a stack whose default region is the US: 020 7946 0958 is London.
    assert to_e164("02079460958", "US", called_number="+442071234567") == "+442079460958"
    assert to_e164("6125550123", "GB", called_number="+16125550000") == "+16125550123"


@pytest.mark.parametrize(
    "raw", [None, "", "  ", "anonymous", "Anonymous", "+266696687", "restricted", "12", "hello"]
)
def test_withheld_and_impossible_numbers_mean_no_caller(raw: str | None) -> None:
    assert to_e164(raw) is None


def test_masked_numbers_keep_only_the_country_digit_and_the_last_two() -> None:
    assert mask("+16125550123") == "+1********23"
    assert mask(None) == "<none>"
    assert "5550" not in mask("+16125550123")
