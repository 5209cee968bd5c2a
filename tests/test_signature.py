"""Our webhook signature check, refereed by the official ``elevenlabs`` SDK's ``construct_event``."""

from __future__ import annotations

import hashlib
import hmac
import json
import time

import pytest
from elevenlabs.client import ElevenLabs
from elevenlabs.errors import BadRequestError
from hypothesis import given, settings, strategies as st

from agentic_memory import signature
from agentic_memory.errors import SignatureError
from testkit.payloads import HMAC_SECRET, fixture_bytes

SDK = ElevenLabs(api_key="unused-offline").webhooks
BODY = fixture_bytes("post_call_transcription_inbound_twilio_real_2025-11.json")


def sdk_accepts(body: bytes, header: str | None, secret: str = HMAC_SECRET) -> bool:
    try:
        SDK.construct_event(body.decode("utf-8"), header or "", secret)
    except BadRequestError:
        return False
    return True


def we_accept(body: bytes, header: str | None, secret: str = HMAC_SECRET) -> bool:
    try:
        signature.verify(body, header, secret)
    except SignatureError:
        return False
    return True


def sdk_style_header(body: bytes, secret: str, timestamp: int) -> str:
    """The header built the way the SDK checks it: HMAC over the *string* "{t}.{body}"."""
    digest = hmac.new(secret.encode("utf-8"), f"{timestamp}.{body.decode('utf-8')}".encode(), hashlib.sha256)
    return f"t={timestamp},v0={digest.hexdigest()}"


def test_what_we_sign_the_official_sdk_accepts_and_parses() -> None:
    header = signature.sign(BODY, HMAC_SECRET)
    assert SDK.construct_event(BODY.decode(), header, HMAC_SECRET)["data"]["conversation_id"] == (
        "conv_0000fake0000000000000000001"
    )


def test_what_the_official_sdk_accepts_we_accept() -> None:
    header = sdk_style_header(BODY, HMAC_SECRET, int(time.time()))
    assert sdk_accepts(BODY, header)
    assert we_accept(BODY, header)


def cases(now: int) -> dict[str, tuple[bytes, str | None, bool]]:
    """Built when a test runs, not at import: a suite that runs for minutes must not age them."""
    good = signature.sign(BODY, HMAC_SECRET, now)
    return {
        "valid": (BODY, good, True),
        "body tampered": (BODY.replace(b"Alexis", b"Alexia"), good, False),
        "one byte appended": (BODY + b" ", good, False),
        "wrong secret": (BODY, signature.sign(BODY, "another-secret", now), False),
        "stale, 31 minutes": (BODY, signature.sign(BODY, HMAC_SECRET, now - 31 * 60), False),
        "old but within 29 minutes": (BODY, signature.sign(BODY, HMAC_SECRET, now - 29 * 60), True),
        "missing header": (BODY, None, False),
        "empty header": (BODY, "", False),
        "no v0 part": (BODY, f"t={now}", False),
        "no t part": (BODY, good.split(",")[1], False),
        "v1 scheme only": (BODY, good.replace("v0=", "v1="), False),
        "uppercase hex": (BODY, good.split("v0=")[0] + "v0=" + good.split("v0=")[1].upper(), False),
        "timestamp altered": (BODY, good.replace(f"t={now}", f"t={now + 1}"), False),
    }


@pytest.mark.parametrize("case", list(cases(0)))
def test_our_verdict_matches_the_official_sdk(case: str) -> None:
    body, header, expected = cases(int(time.time()))[case]
    assert sdk_accepts(body, header) is expected
    assert we_accept(body, header) is expected


def test_future_timestamps_beyond_five_minutes_are_rejected_though_the_sdk_lets_them_through() -> None:
    future = signature.sign(BODY, HMAC_SECRET, int(time.time()) + 3600)
    assert sdk_accepts(BODY, future)  # the SDK only checks the past
    with pytest.raises(SignatureError, match="future"):
        signature.verify(BODY, future, HMAC_SECRET)
    slightly_ahead = signature.sign(BODY, HMAC_SECRET, int(time.time()) + 60)
    assert we_accept(BODY, slightly_ahead)


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (None, "missing"),
        ("t=abc,v0=00", "unix time"),
        ("v0=00", "t= and v0="),
        ("t=" + "9" * 5000 + ",v0=00", "malformed"),
        ("t={now},v0=not-hex-at-all", "does not match"),
        ("t={now},v0=ünïcødé", "does not match"),
    ],
)
def test_rejections_say_why(header: str | None, reason: str) -> None:
    with pytest.raises(SignatureError, match=reason):
        signature.verify(BODY, header and header.replace("{now}", str(int(time.time()))), HMAC_SECRET)


def test_a_repeated_v0_part_is_accepted_when_one_of_them_matches_as_the_sdk_does() -> None:
    now = int(time.time())
    good = signature.sign(BODY, HMAC_SECRET, now)
    header = f"{good},v0={'0' * 64}"
    assert sdk_accepts(BODY, f"t={now},v0={'0' * 64},{good.split(',')[1]}")
    assert we_accept(BODY, header)


@settings(max_examples=60, deadline=None)
@given(
    body=st.dictionaries(
        st.text(max_size=20), st.text(max_size=80) | st.integers() | st.none(), max_size=6
    ).map(lambda document: json.dumps(document, ensure_ascii=False).encode("utf-8"))
)
def test_any_body_signed_by_us_is_accepted_by_both_and_any_change_is_rejected_by_both(body: bytes) -> None:
    header = signature.sign(body, HMAC_SECRET)
    assert sdk_accepts(body, header)
    assert we_accept(body, header)
    changed = body + b"x"
    assert not sdk_accepts(changed, header)
    assert not we_accept(changed, header)
