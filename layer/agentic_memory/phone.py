"""Caller numbers: E.164 normalisation (with ``phonenumbers``) and masking for logs."""

from __future__ import annotations

import phonenumbers

# What carriers and ElevenLabs put in the caller id when the number is withheld. "+266696687"
# is "ANONYMOUS" typed on a keypad (Lesotho's prefix), as Twilio reports hidden numbers.
WITHHELD = frozenset(
    {
        "",
        "anonymous",
        "+266696687",
        "266696687",
        "unknown",
        "restricted",
        "private",
        "unavailable",
        "withheld",
        "null",
        "none",
    }
)


def to_e164(raw: str | None, default_region: str = "US") -> str | None:
    """The caller's number in E.164, or None when it is withheld or not a possible phone number.

    Uses ``is_possible_number`` rather than ``is_valid_number``: the latter rejects fictional and
    newly allocated ranges (``+1 555 01xx``) that real test lines and new carriers use.
    """
    if raw is None:
        return None
    text = raw.strip()
    if text.lower() in WITHHELD:
        return None
    if text.startswith("00"):  # the international prefix of most of the world, outside NANP
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def digits(e164: str) -> str:
    """The number without its '+', for S3 keys (a '+' in a key is URL-encoded as a space)."""
    return e164.lstrip("+")


def mask(number: str | None) -> str:
    """A number fit for logs: country code and the last two digits only."""
    if not number:
        return "<none>"
    if len(number) <= 5:
        return "*" * len(number)
    keep = 2 if number.startswith("+") else 0
    return number[:keep] + "*" * (len(number) - keep - 2) + number[-2:]
