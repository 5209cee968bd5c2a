"""Every transcription the official SDK's models accept is archived and ingested.

The variants start from the returning caller's real payload and null out, or leave out, what
``elevenlabs.types.GetConversationResponseModel`` (SDK 2.78) and the models it holds declare
optional; each variant is first accepted by that model, the referee, then sent signed to PostCall.
"""

from __future__ import annotations

import copy
import json
import uuid
from types import ModuleType
from typing import Any

import pytest
from elevenlabs.types import GetConversationResponseModel
from hypothesis import HealthCheck, given, settings, strategies as st

from agentic_memory_ops.events import s3_event, signed_webhook_event
from testkit.aws import BUCKET
from testkit.fakes.mem0 import FakeMem0Server
from testkit.handlers import LambdaContext
from testkit.payloads import HMAC_SECRET, fixture_json

pytestmark = pytest.mark.usefixtures("aws")

# Paths the SDK's models type as Optional (or default), each nulled or removed by the variants.
OPTIONAL = (
    ("analysis",),
    ("analysis", "data_collection_results"),
    ("analysis", "call_summary_title"),
    ("analysis", "evaluation_criteria_results"),
    ("metadata", "phone_call"),
    ("metadata", "main_language"),
    ("metadata", "termination_reason"),
    ("conversation_initiation_client_data",),
    ("conversation_initiation_client_data", "dynamic_variables"),
    ("user_id",),
    ("agent_name",),
)


def base() -> dict[str, Any]:
    document = fixture_json("post_call_transcription_returning_caller.json")
    # Required by the SDK's model since 2025; absent from older payloads like this one.
    document["data"].update(
        has_audio=True, has_user_audio=True, has_response_audio=True, has_auxiliary_audio=False
    )
    return document


def variant(changes: list[tuple[tuple[str, ...], str]], silent_turns: list[int]) -> dict[str, Any]:
    document = copy.deepcopy(base())
    for path, how in changes:
        holder = document["data"]
        for key in path[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if isinstance(holder, dict) and path[-1] in holder:
            if how == "null":
                holder[path[-1]] = None
            else:
                del holder[path[-1]]
    for index in silent_turns:
        if index < len(document["data"]["transcript"]):
            document["data"]["transcript"][index]["message"] = None  # a tool-only or silent turn
    return document


changes = st.lists(st.tuples(st.sampled_from(OPTIONAL), st.sampled_from(["null", "absent"])), max_size=6)


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=changes, silent_turns=st.lists(st.integers(0, 8), max_size=3))
def test_what_the_sdk_accepts_is_archived_and_ingested(
    post_call: ModuleType,
    memory_server: FakeMem0Server,
    changes: list[tuple[tuple[str, ...], str]],
    silent_turns: list[int],
) -> None:
    document = variant(changes, silent_turns)
    GetConversationResponseModel.model_validate(document["data"])  # the SDK accepts it
    conversation_id = document["data"]["conversation_id"] = f"conv_sdk_{uuid.uuid4().hex}"
    body = json.dumps(document).encode()

    answered = post_call.lambda_handler(signed_webhook_event(body, HMAC_SECRET), LambdaContext())
    ingested = post_call.lambda_handler(
        s3_event(BUCKET, f"conversations/{conversation_id}/transcription.json"), LambdaContext()
    )

    assert answered["statusCode"] == 200
    (outcome,) = ingested["ingested"]
    assert outcome["status"] == ("extracting" if has_caller(document["data"]) else "archived_only")
    memory_server.reset()


def has_caller(data: dict[str, Any]) -> bool:
    """The caller's number: the phone call's, else the ``system__caller_id`` dynamic variable."""
    phone = (data.get("metadata") or {}).get("phone_call") or {}
    variables = (data.get("conversation_initiation_client_data") or {}).get("dynamic_variables") or {}
    return bool(phone.get("external_number") or variables.get("system__caller_id"))
