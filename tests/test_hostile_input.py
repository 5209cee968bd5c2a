"""Hostile and malformed input: always a clear 4xx (never a 500), nothing stored unless signed."""

from __future__ import annotations

import base64
import json
from types import ModuleType
from typing import Any

import boto3
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from agentic_memory import signature
from agentic_memory_ops.events import http_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.handlers import LambdaContext, load_handler
from testkit.payloads import HMAC_SECRET, WORKSPACE_KEY, fixture_bytes

pytestmark = pytest.mark.usefixtures("aws")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
TRANSCRIPTION = fixture_bytes("post_call_transcription_inbound_twilio_real_2025-11.json")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)


def stored() -> list[str]:
    return [o["Key"] for o in boto3.client("s3").list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def invoke(handler: ModuleType, event: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    result = handler.lambda_handler(event, LambdaContext())
    return result["statusCode"], json.loads(result["body"])


headers = st.one_of(
    st.text(max_size=300),
    st.builds(lambda t, v: f"t={t},v0={v}", st.integers(), st.text(max_size=80)),
    st.builds(
        lambda v: f"t={signature.sign(TRANSCRIPTION, HMAC_SECRET).split(',')[0][2:]},v0={v},v0={v}",
        st.text(alphabet="0123456789abcdef", max_size=64),
    ),
    st.just("t=" + "9" * 100_000 + ",v0=" + "a" * 64),
)


@FUZZ
@given(header=headers)
def test_any_forged_signature_header_is_401_and_stores_nothing(post_call: ModuleType, header: str) -> None:
    status, body = invoke(post_call, http_event(TRANSCRIPTION, {"ElevenLabs-Signature": header}))

    assert status == 401
    assert body["error"]
    assert stored() == []


@pytest.mark.slow
@FUZZ
@given(document=json_values)
def test_any_signed_json_is_kept_and_only_a_non_object_is_refused(
    post_call: ModuleType, document: Any
) -> None:
    raw = json.dumps(document).encode()
    status, _ = invoke(post_call, signed_webhook_event(raw, HMAC_SECRET))

    assert status == (200 if isinstance(document, dict) else 400)
    assert stored()
    if status == 400:
        assert any(key.startswith("quarantine/") for key in stored())


@FUZZ
@given(raw=st.binary(max_size=200))
def test_signed_arbitrary_bytes_are_400_and_kept_in_quarantine(post_call: ModuleType, raw: bytes) -> None:
    event = http_event(
        raw and raw, {"ElevenLabs-Signature": signature.sign(raw, HMAC_SECRET)}, base64_encoded=True
    )
    status, _ = invoke(post_call, event)

    assert status in (200, 400)
    assert stored()


def test_an_is_base64_encoded_body_that_is_not_base64_is_400(post_call: ModuleType) -> None:
    event = http_event(b"", {"ElevenLabs-Signature": signature.sign(b"", HMAC_SECRET)})
    event.update(body="%%% not base64 %%%", isBase64Encoded=True)
    status, body = invoke(post_call, event)

    assert status == 400
    assert "base64" in body["error"]
    assert stored() == []


def test_a_deeply_nested_signed_payload_is_quarantined_not_crashed_on(post_call: ModuleType) -> None:
    raw = b'{"type":"post_call_transcription","data":' + b'{"a":' * 5000 + b"1" + b"}" * 5000 + b"}"
    status, _ = invoke(post_call, signed_webhook_event(raw, HMAC_SECRET))

    assert status == 400
    assert [key.split("/")[0] for key in stored()] == ["quarantine"]


@FUZZ
@given(document=json_values, route=st.sampled_from(["client_data", "retrieve"]))
def test_read_paths_answer_any_json_with_200_or_400(route: str, document: Any) -> None:
    handler = load_handler(route)
    raw = json.dumps(document).encode()
    status, body = invoke(handler, http_event(raw, {"X-Workspace-Key": WORKSPACE_KEY}, path=f"/{route}"))

    assert status in ((200,) if route == "client_data" else (200, 400))  # a call start is never refused
    if status == 400:
        assert body["error"]


def test_client_data_answers_a_body_whose_base64_is_broken_200_as_a_new_caller() -> None:
    event = http_event(b"", {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    event.update(body="%%% not base64 %%%", isBase64Encoded=True)

    status, body = invoke(load_handler("client_data"), event)

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"


@FUZZ
@given(raw=st.binary(max_size=200))
def test_client_data_answers_any_bytes_with_a_valid_key_200(raw: bytes) -> None:
    status, body = invoke(
        load_handler("client_data"), http_event(raw, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    )

    assert status == 200
    assert body["type"] == "conversation_initiation_client_data"


@pytest.mark.parametrize(
    "caller_id",
    [
        "(612) 555-0123",
        "612.555.0123",
        "0016125550123",
        "+1 612 555 0123",
        "1-612-555-CALL",
        "anonymous",
        "Restricted",
        "+266696687",
        "",
        "☎",
        "+" * 300,
    ],
)
def test_caller_numbers_in_odd_forms_never_fail_client_data(caller_id: str) -> None:
    status, body = invoke(
        load_handler("client_data"),
        http_event(
            json.dumps({"caller_id": caller_id}).encode(),
            {"X-Workspace-Key": WORKSPACE_KEY},
            path="/client-data",
        ),
    )

    assert status == 200
    assert set(body["dynamic_variables"]) >= {"caller_id", "returning_caller"}


def test_a_base64_body_api_gateway_sends_is_decoded_before_parsing() -> None:
    raw = json.dumps({"caller_id": "+16125550123"}).encode()
    event = http_event(raw, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data", base64_encoded=True)
    assert base64.b64decode(event["body"]) == raw

    status, body = invoke(load_handler("client_data"), event)
    assert (status, body["user_id"]) == (200, "+16125550123")


DEEP_BODIES = {
    "lists": b"[" * 100_000 + b"]" * 100_000,
    "objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "caller_id then objects": b'{"caller_id":"+16125550123","x":'
    + b'{"a":' * 100_000
    + b"1"
    + b"}" * 100_001,
}


@pytest.mark.parametrize("raw", DEEP_BODIES.values(), ids=DEEP_BODIES.keys())
def test_client_data_answers_a_body_nested_100000_deep_200_as_a_new_caller(
    raw: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    status, body = invoke(
        load_handler("client_data"), http_event(raw, {"X-Workspace-Key": WORKSPACE_KEY}, path="/client-data")
    )

    assert status == 200
    assert body["dynamic_variables"]["returning_caller"] == "no"
    assert body.get("user_id") is None
    assert any(r.levelname == "WARNING" and "not as documented" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("raw", DEEP_BODIES.values(), ids=DEEP_BODIES.keys())
@pytest.mark.parametrize("path", ["/retrieve", "/forget-me"])
def test_retrieve_answers_a_body_nested_100000_deep_as_malformed_input(
    raw: bytes, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FORGET_ME_TOOL", "true")
    status, body = invoke(
        load_handler("retrieve"), http_event(raw, {"X-Workspace-Key": WORKSPACE_KEY}, path=path)
    )

    assert status in ((400,) if path == "/retrieve" else (200, 400))
    assert body.get("error") or body.get("message")


@pytest.mark.parametrize("raw", DEEP_BODIES.values(), ids=DEEP_BODIES.keys())
def test_a_signed_body_nested_100000_deep_is_quarantined_like_a_non_object(
    post_call: ModuleType, raw: bytes
) -> None:
    status, body = invoke(post_call, signed_webhook_event(raw, HMAC_SECRET))

    assert status == 400
    assert "kept for inspection" in body["error"]
    assert [key.split("/")[0] for key in stored()] == ["quarantine"]
