"""ElevenLabs, live, through the official SDK: what it answers when a conversation starts on an agent
whose first message uses a dynamic variable nobody supplied, with the variable supplied, and with a
placeholder for it (DESIGN §2.1: "Missing required dynamic variables in first message" is reported,
not documented). A throwaway agent is created and deleted."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from live_tests.conftest import key
from live_tests.observations import Observations

SESSION_SECONDS = 30.0


@pytest.fixture
def elevenlabs() -> Any:
    from elevenlabs.client import ElevenLabs  # noqa: PLC0415 - only with a key

    return ElevenLabs(
        api_key=key("ELEVENLABS_API_KEY"),
        base_url=os.environ.get("ELEVENLABS_API_URL", "https://api.elevenlabs.io"),
    )


@pytest.fixture
def agent(elevenlabs: Any) -> Iterator[str]:
    from elevenlabs.types import ConversationalConfig  # noqa: PLC0415

    config = ConversationalConfig.model_validate(
        {
            "agent": {
                "first_message": "Hello {{live_test_name}}, this is a live contract test.",
                "prompt": {"prompt": "You are a test agent. Answer in one short sentence."},
            }
        }
    )
    created = elevenlabs.conversational_ai.agents.create(
        conversation_config=config, name=f"agentic-memory live test {uuid.uuid4().hex[:8]}"
    )
    try:
        yield created.agent_id
    finally:
        elevenlabs.conversational_ai.agents.delete(created.agent_id)


def session(client: Any, agent_id: str, variables: dict[str, str]) -> dict[str, Any]:
    """Start a text-only session (the SDK's Conversation, as a web app's backend would) and report how
    it went: the conversation id if it started, else how ElevenLabs closed it."""
    from elevenlabs.conversational_ai.conversation import (  # noqa: PLC0415
        Conversation,
        ConversationInitiationData,
        DisconnectionDetails,
    )

    ended = threading.Event()
    started = threading.Event()
    outcome: dict[str, Any] = {}

    def disconnected(details: DisconnectionDetails) -> None:
        outcome.update(
            reason=details.reason,
            close_code=details.close_code,
            close_reason=details.close_reason,
            message=details.message,
        )
        ended.set()

    def agent_spoke(text: str) -> None:
        outcome["first_message"] = text
        started.set()

    conversation: Any = Conversation(
        client,
        agent_id,
        requires_auth=True,
        config=ConversationInitiationData(dynamic_variables=variables),
        callback_agent_response=agent_spoke,
        callback_disconnect=disconnected,
    )
    conversation.start_session()
    deadline = time.monotonic() + SESSION_SECONDS
    while not started.wait(0.2) and not ended.is_set() and time.monotonic() < deadline:
        pass  # until the agent speaks, ElevenLabs closes the session, or the time is up
    outcome["conversation_id"] = conversation._conversation_id
    outcome["started"] = started.is_set()
    if not ended.is_set():
        conversation.end_session()
    conversation.wait_for_session_end()
    return outcome


def test_what_a_conversation_start_gets_for_a_missing_variable(
    elevenlabs: Any, agent: str, observations: Observations
) -> None:
    missing = session(elevenlabs, agent, {})
    supplied = session(elevenlabs, agent, {"live_test_name": "Testa"})
    elevenlabs.conversational_ai.agents.update(
        agent,
        conversation_config={
            "agent": {"dynamic_variables": {"dynamic_variable_placeholders": {"live_test_name": "there"}}}
        },
    )
    placeholder = session(elevenlabs, agent, {})
    observations.record(
        "elevenlabs.missing_dynamic_variable",
        {"missing": missing, "supplied": supplied, "placeholder": placeholder},
        {
            "missing": "refused (reported: 'Missing required dynamic variables in first message'); setup "
            "gives every variable ClientData answers a placeholder",
            "supplied": "started, the value in the first message",
            "placeholder": "started, the placeholder in the first message",
        },
    )
    assert supplied["started"], supplied
    assert placeholder["started"], placeholder
