"""PostCall's HTTP path: a signed webhook is archived as received and answered at once."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
from types import ModuleType
from typing import Any

import boto3
import pytest
from botocore.exceptions import ClientError

from agentic_memory import archive as archive_module, signature
from agentic_memory.runtime import aws
from agentic_memory_ops.events import http_event
from testkit.aws import BUCKET
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, fixture_bytes, fixture_json

pytestmark = pytest.mark.usefixtures("aws")

TRANSCRIPTION = fixture_bytes("post_call_transcription_inbound_twilio_real_2025-11.json")
CONVERSATION = "conv_0000fake0000000000000000001"


def deliver(
    post_call: ModuleType,
    body: bytes,
    *,
    secret: str = HMAC_SECRET,
    header: str | None = None,
    base64_encoded: bool = False,
) -> tuple[int, dict[str, Any]]:
    headers = {
        "ElevenLabs-Signature": header if header is not None else signature.sign(body, secret),
        "Content-Type": "application/json",
    }
    result = post_call.lambda_handler(
        http_event(body, headers, base64_encoded=base64_encoded), LambdaContext()
    )
    return result["statusCode"], json.loads(result["body"])


def archived() -> dict[str, bytes]:
    s3 = boto3.client("s3")
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET).get("Contents", [])]
    return {key: s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() for key in keys}


def versions(key: str) -> int:
    return len(boto3.client("s3").list_object_versions(Bucket=BUCKET, Prefix=key).get("Versions", []))


def audio_payload(mp3: bytes, conversation_id: str = CONVERSATION) -> bytes:
    envelope = {
        "type": "post_call_audio",
        "event_timestamp": 1739537319,
        "data": {
            "agent_id": "agent_x",
            "conversation_id": conversation_id,
            "full_audio": base64.b64encode(mp3).decode(),
        },
    }
    return json.dumps(envelope).encode()


def test_signed_transcription_is_archived_byte_identical_and_answered_200(post_call: ModuleType) -> None:
    status, body = deliver(post_call, TRANSCRIPTION)

    assert status == 200
    assert body == {"status": "stored", "type": "post_call_transcription", "conversation_id": CONVERSATION}
    assert archived() == {f"conversations/{CONVERSATION}/transcription.json": TRANSCRIPTION}


def test_redelivered_transcription_leaves_the_archive_untouched(post_call: ModuleType) -> None:
    deliver(post_call, TRANSCRIPTION)
    status, body = deliver(post_call, TRANSCRIPTION)

    assert (status, body["status"]) == (200, "duplicate")
    assert versions(f"conversations/{CONVERSATION}/transcription.json") == 1


@pytest.mark.slow
def test_a_changed_transcription_for_the_same_conversation_is_kept_as_a_new_version(
    post_call: ModuleType,
) -> None:
    deliver(post_call, TRANSCRIPTION)
    changed = TRANSCRIPTION.replace(b'"status": "done"', b'"status": "done" ')
    status, _ = deliver(post_call, changed)

    assert status == 200
    assert versions(f"conversations/{CONVERSATION}/transcription.json") == 2
    assert archived()[f"conversations/{CONVERSATION}/transcription.json"] == changed


def test_signed_3mb_audio_is_stored_as_the_decoded_mp3(post_call: ModuleType) -> None:
    mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + os.urandom(3 * 1024 * 1024)
    status, body = deliver(post_call, audio_payload(mp3))

    assert (status, body["type"]) == (200, "post_call_audio")
    s3 = boto3.client("s3")
    stored = s3.get_object(Bucket=BUCKET, Key=f"conversations/{CONVERSATION}/audio.mp3")
    assert stored["ContentType"] == "audio/mpeg"
    assert hashlib.sha256(stored["Body"].read()).digest() == hashlib.sha256(mp3).digest()


def test_audio_with_invalid_base64_is_kept_as_received_and_answered_200(post_call: ModuleType) -> None:
    """ElevenLabs never retries audio: a 400 would lose it; kept as received, an operator can look."""
    payload = fixture_bytes("post_call_audio_docs.json")  # the docs' example: "...base64_encoded_mp3_data..."
    status, _ = deliver(post_call, payload)

    assert status == 200
    [(key, stored)] = archived().items()
    conversation_id = json.loads(payload)["data"]["conversation_id"]
    assert key.startswith(f"conversations/{conversation_id}/events/post_call_audio-")
    assert stored == payload


@pytest.mark.parametrize(
    "sample", ["call_initiation_failure_twilio_docs.json", "call_initiation_failure_sip_docs.json"]
)
def test_call_initiation_failure_is_archived_as_received(post_call: ModuleType, sample: str) -> None:
    payload = fixture_bytes(sample)
    status, body = deliver(post_call, payload)

    assert (status, body["type"]) == (200, "call_initiation_failure")
    stored = archived()
    assert stored.pop("conversations/abc/failure.json") == payload
    # Indexed under each number it names, so that erasing either caller finds it.
    assert sorted(stored) == ["callers/11111111111/abc.json", "callers/441111111111/abc.json"]
    assert json.loads(stored["callers/11111111111/abc.json"]) == {
        "conversation_id": "abc",
        "type": "call_initiation_failure",
    }


def test_unknown_webhook_type_is_archived_and_acknowledged(post_call: ModuleType) -> None:
    payload = json.dumps(
        {"type": "post_call_video", "event_timestamp": 1, "data": {"conversation_id": "conv_9"}}
    )
    status, body = deliver(post_call, payload.encode())

    assert (status, body["type"]) == (200, "post_call_video")
    [(key, stored)] = archived().items()
    assert key.startswith("conversations/conv_9/events/post_call_video-")
    assert stored == payload.encode()


@pytest.mark.parametrize("name", ["transcription", "failure", "audio.mp3", "../transcription"])
def test_an_unknown_type_never_lands_on_a_known_types_key(post_call: ModuleType, name: str) -> None:
    deliver(post_call, TRANSCRIPTION)
    impostor = json.dumps({"type": name, "data": {"conversation_id": CONVERSATION}}).encode()

    status, _ = deliver(post_call, impostor)

    assert status == 200
    assert archived()[f"conversations/{CONVERSATION}/transcription.json"] == TRANSCRIPTION
    assert versions(f"conversations/{CONVERSATION}/transcription.json") == 1
    assert sum(stored == impostor for stored in archived().values()) == 1


def test_audio_whose_base64_has_json_escapes_is_decoded_not_quarantined(post_call: ModuleType) -> None:
    mp3 = bytes(range(256)) * 64  # base64 of these bytes holds '/', which some encoders write as '\/'
    wire = audio_payload(mp3).replace(b"/", b"\\/")
    assert b"\\/" in wire

    status, body = deliver(post_call, wire)

    assert (status, body["type"]) == (200, "post_call_audio")
    assert archived() == {f"conversations/{CONVERSATION}/audio.mp3": mp3}


def test_base64_encoded_http_body_is_verified_over_the_decoded_bytes(post_call: ModuleType) -> None:
    status, _ = deliver(post_call, TRANSCRIPTION, base64_encoded=True)

    assert status == 200
    assert archived()[f"conversations/{CONVERSATION}/transcription.json"] == TRANSCRIPTION


def test_non_ascii_wire_bytes_are_verified_and_kept_exactly(post_call: ModuleType) -> None:
    document = fixture_json("post_call_transcription_inbound_twilio_real_2025-11.json")
    document["data"]["analysis"]["transcript_summary"] = "Zoë asked about Grüße — 日本語 too."
    wire = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    status, _ = deliver(post_call, wire)

    assert status == 200
    assert archived()[f"conversations/{CONVERSATION}/transcription.json"] == wire


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        ("", "missing"),
        (signature.sign(TRANSCRIPTION, "not-the-secret"), "does not match"),
        (signature.sign(TRANSCRIPTION, HMAC_SECRET, 1_700_000_000), "too old"),
        ("t=1,v0=zz", "too old"),
    ],
    ids=["missing", "another secret", "signed long ago", "malformed"],  # stable: a signature carries the time
)
def test_unsigned_or_stale_requests_get_401_with_a_reason_and_nothing_is_stored(
    post_call: ModuleType, header: str, reason: str
) -> None:
    status, body = deliver(post_call, TRANSCRIPTION, header=header)

    assert status == 401
    assert reason in body["error"]
    assert archived() == {}


def test_signed_body_that_is_not_a_webhook_is_quarantined_and_answered_400(post_call: ModuleType) -> None:
    status, body = deliver(post_call, b"this is not json")

    assert status == 400
    assert "kept for inspection" in body["error"]
    assert list(archived().values()) == [b"this is not json"]


def test_a_transcription_without_a_usable_conversation_id_is_kept_under_events(post_call: ModuleType) -> None:
    document = fixture_json("post_call_transcription_inbound_twilio_real_2025-11.json")
    document["data"]["conversation_id"] = "../../etc/passwd"
    payload = json.dumps(document).encode()
    status, _ = deliver(post_call, payload)

    assert status == 200
    [(key, stored)] = archived().items()
    assert key.startswith("events/post_call_transcription/")
    assert stored == payload


def test_missing_webhook_secret_is_a_503_and_a_log_naming_the_setting(
    post_call: ModuleType, monkeypatch: pytest.MonkeyPatch, logs: io.StringIO
) -> None:
    monkeypatch.delenv("ELEVENLABS_HMAC_KEY")
    status, body = deliver(post_call, TRANSCRIPTION)

    assert (status, body) == (503, {"error": "the service is temporarily unavailable"})
    assert "ELEVENLABS_HMAC_KEY" in logs.getvalue()
    assert archived() == {}


def test_archive_failure_answers_500_so_elevenlabs_retries(post_call: ModuleType) -> None:
    boto3.client("s3").delete_bucket(Bucket=BUCKET)
    status, body = deliver(post_call, TRANSCRIPTION)

    assert status == 500
    assert "retry" in body["error"]


def test_audio_with_a_full_audio_key_elsewhere_in_the_payload_is_still_decoded(post_call: ModuleType) -> None:
    mp3 = b"ID3\x04" + os.urandom(2048)
    document = {
        "type": "post_call_audio",
        "data": {
            "metadata": {"full_audio": "not the recording"},
            "conversation_id": CONVERSATION,
            "full_audio": base64.b64encode(mp3).decode(),
        },
    }
    status, _ = deliver(post_call, json.dumps(document).encode())

    assert status == 200
    assert archived()[f"conversations/{CONVERSATION}/audio.mp3"] == mp3


def test_audio_whose_base64_breaks_mid_way_is_kept_as_received(post_call: ModuleType) -> None:
    payload = audio_payload(b"ID3\x04" + os.urandom(4096)).replace(b'"full_audio": "', b'"full_audio": "%%')
    status, _ = deliver(post_call, payload)

    assert status == 200
    assert list(archived().values()) == [payload]
    assert f"conversations/{CONVERSATION}/audio.mp3" not in archived()


def conflict_on_put(*, times: int = 1, racer: bytes | None = None) -> list[str]:
    """Make the function's next ``times`` PutObject calls answer S3's 409 ConditionalRequestConflict,
    as when another upload of the key is in progress; ``racer``: the bytes that upload stores (before
    the first 409 is seen). Returns the keys of every PutObject the function made."""
    seen: list[str] = []

    def inject(params: dict[str, Any], **_: Any) -> None:
        seen.append(params["Key"])
        if len(seen) == 1 and racer is not None:
            boto3.client("s3").put_object(Bucket=BUCKET, Key=params["Key"], Body=racer)
        if len(seen) <= times:
            conflict = "ConditionalRequestConflict"
            raise ClientError({"Error": {"Code": conflict, "Message": "injected 409"}}, "PutObject")

    aws.s3_client().meta.events.register("before-parameter-build.s3.PutObject", inject)
    return seen


def test_a_409_while_an_identical_delivery_is_being_stored_is_a_duplicate_not_a_500(
    post_call: ModuleType,
) -> None:
    """Two identical deliveries racing: S3 may answer the conditional write 409, 'retry the request'."""
    puts = conflict_on_put(racer=TRANSCRIPTION)

    status, body = deliver(post_call, TRANSCRIPTION)

    assert (status, body["status"]) == (200, "duplicate")
    assert len(puts) == 2  # the 409, then the retry that finds the identical bytes there
    assert archived() == {f"conversations/{CONVERSATION}/transcription.json": TRANSCRIPTION}
    assert versions(f"conversations/{CONVERSATION}/transcription.json") == 1


def test_a_409_with_nothing_stored_yet_is_retried_and_stored_once(post_call: ModuleType) -> None:
    conflict_on_put()

    status, body = deliver(post_call, TRANSCRIPTION)

    assert (status, body["status"]) == (200, "stored")
    assert versions(f"conversations/{CONVERSATION}/transcription.json") == 1


def test_a_409_that_persists_is_retried_a_bounded_number_of_times_then_500(
    post_call: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "_CONFLICT_BACKOFF", (0.0, 0.0))
    puts = conflict_on_put(times=1_000)

    status, body = deliver(post_call, TRANSCRIPTION)

    assert status == 500
    assert "retry" in body["error"]
    assert 1 < len(puts) <= 5
    assert archived() == {}


def with_caller(number: str | None, user_id: str | None = None) -> bytes:
    document = fixture_json("post_call_transcription_inbound_twilio_real_2025-11.json")
    data = document["data"]
    data["metadata"]["phone_call"]["external_number"] = number
    data["conversation_initiation_client_data"]["dynamic_variables"]["system__caller_id"] = number
    data["user_id"] = user_id
    return json.dumps(document).encode()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (with_caller("+16125550123"), with_caller("+16125550188")),
        (with_caller("+16125550123"), with_caller(None, user_id="web-user-2")),
        (with_caller(None, user_id="web-user-1"), with_caller(None, user_id="web-user-2")),
        (with_caller("+16125550123"), with_caller(None)),
    ],
    ids=["another number", "a web caller", "another web caller", "no caller"],
)
def test_a_transcription_naming_another_caller_never_replaces_the_archived_one(
    post_call: ModuleType,
    logs: io.StringIO,
    capsys: pytest.CaptureFixture[str],
    first: bytes,
    second: bytes,
) -> None:
    """One conversation id, two callers: the first caller's call stays what ingestion reads; the
    second payload is kept in quarantine (where an erasure searches by content), and still 200."""
    key = f"conversations/{CONVERSATION}/transcription.json"
    deliver(post_call, first)

    status, body = deliver(post_call, second)

    assert status == 200
    assert body["conversation_id"] == CONVERSATION
    assert versions(key) == 1
    stored = archived()
    assert stored.pop(key) == first
    [(quarantined, kept)] = stored.items()
    assert quarantined.startswith("quarantine/")
    assert kept == second
    assert '"TranscriptionCallerConflict":[1.0]' in capsys.readouterr().out
    written = logs.getvalue()
    assert "another caller" in written
    assert "6125550123" not in written and "6125550188" not in written
    assert "web-user" not in written


def test_a_changed_transcription_of_the_same_caller_in_another_form_is_a_new_version(
    post_call: ModuleType,
) -> None:
    """A redelivery may write the number differently: it names the same caller."""
    key = f"conversations/{CONVERSATION}/transcription.json"
    deliver(post_call, with_caller("+16125550123"))
    redelivered = with_caller("sip:+16125550123@sip.twilio.com")

    status, body = deliver(post_call, redelivered)

    assert (status, body["status"]) == (200, "stored")
    assert versions(key) == 2
    assert archived() == {key: redelivered}


def test_a_transcription_where_none_was_named_may_name_its_caller(post_call: ModuleType) -> None:
    key = f"conversations/{CONVERSATION}/transcription.json"
    deliver(post_call, with_caller(None))
    named = with_caller("+16125550123")

    status, _ = deliver(post_call, named)

    assert status == 200
    assert archived() == {key: named}


OTHER = "conv_0000fake0000000000000000999"


def obj(*members: str) -> str:
    """A JSON object written member by member, so that a member may be repeated."""
    return "{" + ",".join(members) + "}"


def member(name: str, value: str) -> str:
    return f'"{name}":{value}'


def text(value: str) -> str:
    return f'"{value}"'


def audio(conversation_id: str, b64: str, *more: str) -> str:
    return obj(
        member("agent_id", text("agent_x")),
        member("conversation_id", text(conversation_id)),
        member("full_audio", text(b64)),
        *more,
    )


FIRST = base64.b64encode(b"ID3 audio of the first").decode()
SECOND = base64.b64encode(b"ID3 audio of the other").decode()
KIND = member("type", text("post_call_audio"))


@pytest.mark.parametrize(
    "payload",
    [
        # Two envelopes' data: the audio of one, the conversation of the other.
        obj(KIND, member("data", audio(CONVERSATION, FIRST)), member("data", audio(OTHER, ""))),
        obj(KIND, member("data", audio(CONVERSATION, FIRST)), member("data", audio(OTHER, SECOND))),
        obj(KIND, member("data", audio(CONVERSATION, FIRST, member("conversation_id", text(OTHER))))),
        obj(KIND, KIND, member("data", audio(CONVERSATION, FIRST))),
        obj(KIND, member("data", audio(CONVERSATION, FIRST, member("full_audio", text(SECOND))))),
        # The key spelt with a JSON escape: the fast path does not see it, the general path must judge.
        obj(
            KIND,
            member(
                "data",
                obj(member("conversation_id", text(CONVERSATION)), member("full\\u005faudio", text(FIRST))),
            ),
            member(
                "data", obj(member("conversation_id", text(OTHER)), member("full\\u005faudio", text(SECOND)))
            ),
        ),
    ],
    ids=[
        "data twice",
        "data twice, both with audio",
        "conversation_id twice",
        "type twice",
        "audio twice",
        "data twice, escaped key",
    ],
)
def test_an_audio_webhook_that_repeats_a_key_is_quarantined_not_filed_under_either_conversation(
    post_call: ModuleType, payload: str
) -> None:
    raw = payload.encode()
    status, body = deliver(post_call, raw)

    assert status == 400
    assert "kept for inspection" in body["error"]
    assert list(archived().values()) == [raw]
    assert all(key.startswith("quarantine/") for key in archived())


@pytest.mark.parametrize("repeated", ["data", "conversation_id"])
def test_a_transcription_that_repeats_a_key_is_quarantined(post_call: ModuleType, repeated: str) -> None:
    text = TRANSCRIPTION.decode()
    if repeated == "data":
        other = json.dumps({"conversation_id": OTHER, "transcript": []})
        raw = text[: text.rindex("}")] + f', "data": {other}}}'
    else:
        raw = text.replace(
            f'"conversation_id": "{CONVERSATION}"',
            f'"conversation_id": "{CONVERSATION}", "conversation_id": "{OTHER}"',
            1,
        )
    assert raw != text

    status, body = deliver(post_call, raw.encode())

    assert status == 400
    assert "kept for inspection" in body["error"]
    assert list(archived().values()) == [raw.encode()]
    assert all(key.startswith("quarantine/") for key in archived())
