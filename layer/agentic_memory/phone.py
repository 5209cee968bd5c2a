"""Who calls: caller numbers in E.164 (with ``phonenumbers``), web callers' keys, and masking for logs.

A caller is known by a key: the E.164 number of a phone caller, or ``user:`` and the ElevenLabs
``user_id`` of a web or SDK conversation that has no number (DESIGN §2.1). The two never meet: a
phone key starts with ``+``, so no ``user_id``, whatever it holds, resolves to a phone caller.
"""

from __future__ import annotations

import hashlib
import re

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


def to_e164(raw: str | None, default_region: str = "US", called_number: str | None = None) -> str | None:
    """The caller's number in E.164, or None when it is withheld or not a possible phone number.

    Accepts what carriers and ElevenLabs send (DESIGN §2.1): national or international forms, SIP and
    tel URIs (``sip:+16125550123@pbx.example``, ``tel:+1-612-555-0123;ext=7``), SIP addresses without
    their scheme (``+16125550123@pbx.example``), extensions (dropped:
    one person, one key). A number without ``+`` is read, in order, as valid in ``default_region``, as
    valid in the region of the number that was called, as valid international, and last as merely
    possible in ``default_region``, then internationally (``447700900123``, a UK drama-range number):
    ``is_valid_number`` rejects fictional and newly allocated ranges (``+1 555 01xx``) that real test
    lines and new carriers use.
    """
    text = _dialable(raw)
    if text is None:
        return None
    if text.startswith("00"):  # the international prefix of most of the world, outside NANP
        text = "+" + text[2:]
    if text.startswith("+"):
        number = _parsed(text, default_region)
        return _e164(number) if number is not None and phonenumbers.is_possible_number(number) else None
    regions = [default_region, *filter(None, [_region_of(called_number)])]
    for region in dict.fromkeys(regions):
        number = _parsed(text, region)
        if number is not None and phonenumbers.is_valid_number(number):
            return _e164(number)
    international = _parsed("+" + text, default_region)
    if international is not None and phonenumbers.is_valid_number(international):
        return _e164(international)
    for candidate in (_parsed(text, default_region), international):
        if candidate is not None and phonenumbers.is_possible_number(candidate):
            return _e164(candidate)
    return None


def _dialable(raw: str | None) -> str | None:
    """The number part of what was sent: no URI scheme, host or parameters; None when withheld.

    A SIP address is read with or without its scheme: some trunks send ``+16125550123@sip.example``
    as the caller id, and its user part is the number (``anonymous@…`` is withheld like ``anonymous``).
    """
    if raw is None:
        return None
    text = raw.strip()
    scheme, colon, rest = text.partition(":")
    if colon and scheme.lower() in ("sip", "sips", "tel"):
        text = rest.split("@", 1)[0].split(";", 1)[0].strip()
    elif "@" in text:
        text = text.split("@", 1)[0].split(";", 1)[0].strip()
    return None if text.lower() in WITHHELD else text


def _parsed(text: str, region: str) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _region_of(number: str | None) -> str | None:
    parsed = _parsed(number, "US") if number and number.strip().startswith("+") else None
    return phonenumbers.region_code_for_number(parsed) if parsed is not None else None


def _e164(number: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def names_number(text: str, e164: str) -> bool:
    """True when ``text`` writes the number ``e164`` in any form people and systems use: E.164, with
    or without ``+`` or country code, national (``(555) 010-0002``), international with spaces or
    dashes, dotted, ``tel:`` (RFC 3966) and ``sip:`` URIs. ``phonenumbers``' matcher reads the text as
    written in the number's own country (``POSSIBLE``: fictional ranges such as +1 555 01xx count), so
    a national form names the number only when its country is the caller's."""
    number = _parsed(e164, "US")
    if number is None:
        return False
    if e164 in text or e164.lstrip("+") in text:  # the common case, without the matcher's cost
        return True
    region = phonenumbers.region_code_for_number(number) or "US"
    found = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE)
    return any(
        (match.number.country_code, match.number.national_number)
        == (number.country_code, number.national_number)
        for match in found
    )


USER_PREFIX = "user:"
_KEY_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def caller_key(
    number: str | None, user_id: str | None, default_region: str = "US", called_number: str | None = None
) -> str | None:
    """The caller's key: the phone number in E.164, else the ElevenLabs ``user_id``; None when neither."""
    e164 = to_e164(number, default_region, called_number)
    if e164 is not None:
        return e164
    user = user_id.strip() if isinstance(user_id, str) else ""
    return f"{USER_PREFIX}{user[:256]}" if user else None


def digits(key: str) -> str:
    """A caller key as an S3 key segment: the number without its '+' (a '+' in a key is URL-encoded as
    a space), or for a web caller ``user-`` with its id made key-safe and a hash of it (two ids that
    differ only in unsafe characters stay apart)."""
    if not key.startswith(USER_PREFIX):
        return key.lstrip("+")
    user = key[len(USER_PREFIX) :]
    digest = hashlib.sha256(user.encode()).hexdigest()[:16]
    return f"user-{_KEY_UNSAFE.sub('_', user)[:64]}-{digest}"


def mask(number: str | None) -> str:
    """A caller fit for logs: a number's country code and last two digits, a web caller's hash."""
    if not number:
        return "<none>"
    if number.startswith(USER_PREFIX):
        return "user:" + hashlib.sha256(number.encode()).hexdigest()[:8]
    if len(number) <= 5:
        return "*" * len(number)
    keep = 2 if number.startswith("+") else 0
    return number[:keep] + "*" * (len(number) - keep - 2) + number[-2:]
