"""A local fake of the ElevenLabs API calls we make, as the official SDK (elevenlabs 2.78) sends them.

* ``GET /v1/convai/conversations/{id}/audio``: the recording. Recordings are generated on the fly
  (deterministic bytes, streamed in 64 KiB chunks), so a 50 MB call costs the test no memory;
  ``not_ready`` makes the next answers 404 as while ElevenLabs is still processing the call.
* ``GET /v1/convai/conversations?agent_id=&call_start_after_unix=&page_size=&cursor=``: one page of
  ``{"conversations": [ConversationSummaryResponseModel], "has_more", "next_cursor"}``, newest first
  (SDK: conversational_ai/conversations/raw_client.py ``list``;
  types/get_conversations_page_response_model.py).
* ``GET /v1/convai/conversations/{id}``: the conversation (``GetConversationResponseModel``, the
  transcription webhook's ``data``), 404 ``{"detail": ...}`` when unknown.
* ``DELETE /v1/convai/conversations/{id}``: the conversation and its recording are gone (SDK:
  conversational_ai/conversations/raw_client.py ``delete``, whose answer is untyped: ``{}`` here);
  404 ``{"detail": ...}`` when unknown.

The workspace configuration ``agentic-memory setup`` and ``doctor`` read and write (SDK 2.78:
``webhooks/raw_client.py``, ``conversational_ai/{secrets,tools,agents}/raw_client.py``; docs:
eleven-api/resources/webhooks), in ``FakeWorkspace``:

* ``GET|POST /v1/workspace/webhooks``, ``PATCH /v1/workspace/webhooks/{id}``: HMAC webhooks
  (``WorkspaceWebhookResponseModel``: no ``retry_enabled`` is ever answered, the model has none; the
  create answer carries the generated ``webhook_secret``, the only time it is shown; a callback URL
  that is not HTTPS is refused with 422, the docs calling it "the HTTPS callback URL");
* ``GET|POST /v1/convai/secrets``: workspace secrets, listed by id and name, never with their value;
* ``GET|POST /v1/convai/tools``, ``PATCH /v1/convai/tools/{id}``: tools (``ToolResponseModel``);
* ``GET|PATCH /v1/convai/agents/{id}``: agents (``GetAgentResponseModel``); a PATCH merges objects
  key by key and replaces anything else, and every PATCH is a new version of the agent (counted in
  ``agent_updates``), as each update of an agent is versioned. Maps whose values the SDK's request
  models refuse to be null (``platform_settings.data_collection``: ``Dict[str, AnalysisProperty]``;
  ``dynamic_variable_placeholders``) can only lose an entry by being written whole: they are replaced,
  not merged. A body the SDK's request models (``ConversationalConfig``,
  ``AgentPlatformSettingsRequestModel``) refuse is answered 422 and changes nothing. The unpleasant
  parts: answers list ``tool_ids`` and webhook ``events`` in another order than written, and carry
  optional fields as null (``dynamic_variables``, ``language_presets``, ``workflow``);
* ``GET /v1/convai/phone-numbers``: the workspace's numbers (SDK: conversational_ai/phone_numbers/
  raw_client.py ``list``, a bare list of ``PhoneNumbersListResponseItem``, discriminated by
  ``provider``: Twilio and SIP trunk numbers here, the trunk's ``livekit_stack`` required).

Outbound calls (Twilio, SIP trunk) and batch calls: ``FakeDialling``, whose comment names its sources.

Every route needs the ``xi-api-key`` header (401 otherwise).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

CHUNK = 64 * 1024
_AUDIO = re.compile(r"^/v1/convai/conversations/([A-Za-z0-9_-]+)/audio$")
_ONE = re.compile(r"^/v1/convai/conversations/([A-Za-z0-9_-]+)$")
_CONFIG = re.compile(
    r"^/v1/(workspace/webhooks|convai/secrets|convai/tools|convai/agents|convai/phone-numbers)(?:/([A-Za-z0-9_-]+))?$"
)
_UNAUTHORIZED = {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}


def merged(current: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """``patch`` over ``current``: objects merged key by key, anything else replaced."""
    result = dict(current)
    for key, value in patch.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


# Maps written whole by a PATCH (see the module docstring).
_WHOLE = ("data_collection", "dynamic_variable_placeholders")


def patched(current: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """An agent PATCH: ``merged``, except the maps of ``_WHOLE``, which are replaced."""
    result = dict(current)
    for key, value in patch.items():
        if key not in _WHOLE and isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = patched(result[key], value)
        else:
            result[key] = value
    return result


def reordered(agent: dict[str, Any]) -> dict[str, Any]:
    """The agent as the API answers it: lists in another order, optional fields null."""
    answer: dict[str, Any] = json.loads(json.dumps(agent))
    speaking = answer.get("conversation_config", {}).get("agent", {})
    prompt = speaking.get("prompt") or {}
    if isinstance(prompt.get("tool_ids"), list):
        prompt["tool_ids"] = prompt["tool_ids"][::-1]
    hooks = (answer.get("platform_settings", {}).get("workspace_overrides") or {}).get("webhooks") or {}
    if isinstance(hooks.get("events"), list):
        hooks["events"] = hooks["events"][::-1]
    speaking.setdefault("dynamic_variables", None)
    answer.get("conversation_config", {}).setdefault("language_presets", None)
    answer.setdefault("workflow", None)
    return answer


def refused_by_the_sdk(body: dict[str, Any]) -> str | None:
    """Why the SDK's request models refuse an agent PATCH body, or None."""
    from elevenlabs.types import (  # only the agent routes need the SDK
        AgentPlatformSettingsRequestModel,
        ConversationalConfig,
    )
    from pydantic import ValidationError

    try:
        if body.get("conversation_config") is not None:
            ConversationalConfig.model_validate(body["conversation_config"])
        if body.get("platform_settings") is not None:
            AgentPlatformSettingsRequestModel.model_validate(body["platform_settings"])
    except ValidationError as error:
        return str(error)[:300]
    return None


def new_agent(agent_id: str, name: str = "Receptionist") -> dict[str, Any]:
    """An agent as created in the dashboard: its own first message, no tools, nothing overridable."""
    return {
        "agent_id": agent_id,
        "name": name,
        "conversation_config": {
            "agent": {
                "first_message": "Hello, this is Alexis. How can I help?",
                "language": "en",
                "prompt": {"prompt": "You are Alexis, a receptionist.", "tool_ids": []},
            }
        },
        "metadata": {"created_at_unix_secs": 1764547200},
        "platform_settings": {
            "data_collection": {},
            "overrides": {
                "conversation_config_override": {
                    "agent": {"first_message": False, "language": False, "prompt": {"prompt": False}}
                },
                "enable_conversation_initiation_client_data_from_webhook": False,
            },
            "workspace_overrides": {},
        },
    }


class FakeWorkspace:
    """The workspace's webhooks, secrets, tools and agents (see the module docstring)."""

    def __init__(self) -> None:
        self.webhooks: dict[str, dict[str, Any]] = {}
        self.webhook_secrets: dict[str, str] = {}
        self.retry_enabled: dict[str, bool] = {}
        self.secrets: dict[str, dict[str, str]] = {}  # id -> {"name", "value"}
        self.tools: dict[str, dict[str, Any]] = {}
        self.agents: dict[str, dict[str, Any]] = {}
        self.agent_updates: dict[str, int] = {}
        # The workspace's numbers (PhoneNumbersListResponseItem as JSON), by id.
        self.phone_numbers: dict[str, dict[str, Any]] = {}
        self.phone_numbers_forbidden = False  # an API key without access to phone numbers: 403
        self.writes = 0  # every POST or PATCH that was answered 2xx
        self._ids = 0

    def add_agent(self, agent_id: str) -> dict[str, Any]:
        self.agents[agent_id] = new_agent(agent_id)
        return self.agents[agent_id]

    def _id(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids:04d}"

    def route(self, method: str, path: str, body: dict[str, Any]) -> tuple[int, Any] | None:
        match = _CONFIG.match(path)
        if match is None:
            return None
        kind, item = match.group(1), match.group(2)
        handler = getattr(self, f"_{method.lower()}_{kind.split('/')[-1].replace('-', '_')}", None)
        if handler is None:
            return 405, {"detail": "Method Not Allowed"}
        answer: tuple[int, Any] = handler(item, body)
        if method != "GET" and answer[0] < 300:
            self.writes += 1
        return answer

    # -- webhooks: SDK webhooks/raw_client.py, types/workspace_webhook_response_model.py -----------

    def _get_webhooks(self, item: str | None, _: dict[str, Any]) -> tuple[int, Any]:
        return 200, {"webhooks": list(self.webhooks.values())}

    def _post_webhooks(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        settings = body.get("settings") or {}
        if not str(settings.get("webhook_url", "")).startswith("https://"):
            return 422, {"detail": [{"loc": ["body", "settings", "webhook_url"], "msg": "must be https"}]}
        webhook_id = self._id("wh_")
        self.webhooks[webhook_id] = {
            "name": settings.get("name", ""),
            "webhook_id": webhook_id,
            "webhook_url": settings["webhook_url"],
            "is_disabled": False,
            "is_auto_disabled": False,
            "created_at_unix": 1764547200,
            "auth_type": "hmac",
            "most_recent_failure_error_code": None,
            "most_recent_failure_timestamp": None,
        }
        self.retry_enabled[webhook_id] = False  # docs: "Retries are disabled by default"
        self.webhook_secrets[webhook_id] = f"wsec_{hashlib.sha256(webhook_id.encode()).hexdigest()[:32]}"
        return 200, {"webhook_id": webhook_id, "webhook_secret": self.webhook_secrets[webhook_id]}

    def _patch_webhooks(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        if item not in self.webhooks:
            return 404, {"detail": "Webhook not found"}
        webhook = self.webhooks[item]
        webhook.update(name=body["name"], is_disabled=body["is_disabled"])
        if not body["is_disabled"]:
            # docs: "Auto-disabled webhooks require re-enabling": enabling one clears the automatic disable
            webhook["is_auto_disabled"] = False
        if body.get("retry_enabled") is not None:
            self.retry_enabled[item] = bool(body["retry_enabled"])
        return 200, {"status": "ok"}

    # -- secrets: conversational_ai/secrets/raw_client.py, types/get_workspace_secrets_response_model.py

    def _get_secrets(self, item: str | None, _: dict[str, Any]) -> tuple[int, Any]:
        listed = [
            {
                "type": "stored",
                "secret_id": secret_id,
                "name": secret["name"],
                "used_by": {"tools": [], "agents": [], "others": []},
            }
            for secret_id, secret in self.secrets.items()
        ]
        return 200, {"secrets": listed, "next_cursor": None}

    def _post_secrets(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        secret_id = self._id("sec_")
        self.secrets[secret_id] = {"name": body["name"], "value": body["value"]}
        return 200, {"type": "stored", "secret_id": secret_id, "name": body["name"]}

    # -- tools: conversational_ai/tools/raw_client.py, types/tool_response_model.py ------------------

    def _tool(self, tool_id: str) -> dict[str, Any]:
        return {
            "id": tool_id,
            "tool_config": self.tools[tool_id],
            "access_info": {
                "is_creator": True,
                "creator_name": "Owner",
                "creator_email": "o@example.com",
                "role": "admin",
            },
            "usage_stats": {"total_calls": 0, "avg_latency_secs": 0.0},
        }

    def _get_tools(self, item: str | None, _: dict[str, Any]) -> tuple[int, Any]:
        if item is not None:
            return (200, self._tool(item)) if item in self.tools else (404, {"detail": "Tool not found"})
        return 200, {"tools": [self._tool(t) for t in self.tools], "next_cursor": None, "has_more": False}

    def _post_tools(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        tool_id = self._id("tool_")
        self.tools[tool_id] = body["tool_config"]
        return 200, self._tool(tool_id)

    def _patch_tools(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        if item not in self.tools:
            return 404, {"detail": "Tool not found"}
        self.tools[item] = body["tool_config"]
        return 200, self._tool(item)

    # -- agents: conversational_ai/agents/raw_client.py, types/get_agent_response_model.py ----------

    def _get_agents(self, item: str | None, _: dict[str, Any]) -> tuple[int, Any]:
        found = self.agents.get(item or "")
        return (200, reordered(found)) if found else (404, {"detail": "Agent not found"})

    def _patch_agents(self, item: str | None, body: dict[str, Any]) -> tuple[int, Any]:
        if item not in self.agents:
            return 404, {"detail": "Agent not found"}
        refused = refused_by_the_sdk(body)
        if refused:
            return 422, {"detail": refused}
        self.agents[item] = patched(self.agents[item], body)
        self.agent_updates[item] = self.agent_updates.get(item, 0) + 1
        return 200, reordered(self.agents[item])

    # -- phone numbers: conversational_ai/phone_numbers/raw_client.py ``list`` -----------------------

    def add_phone_number(self, number: str, provider: str = "twilio") -> None:
        number_id = self._id("phnum_")
        listed: dict[str, Any] = {
            "provider": provider,
            "phone_number": number,
            "label": f"Line {len(self.phone_numbers) + 1}",
            "supports_inbound": True,
            "supports_outbound": None,  # optional, and null in answers
            "phone_number_id": number_id,
            "assigned_agent": None,
        }
        if provider == "sip_trunk":
            listed["livekit_stack"] = "standard"
        self.phone_numbers[number_id] = listed

    def _get_phone_numbers(self, item: str | None, _: dict[str, Any]) -> tuple[int, Any]:
        if self.phone_numbers_forbidden:
            return 403, {"detail": {"status": "missing_permissions", "message": "No access to phone numbers"}}
        return 200, list(self.phone_numbers.values())[::-1]  # in no documented order


# -- outbound and batch calls --------------------------------------------------------------------
# SDK 2.78: conversational_ai/twilio/raw_client.py and conversational_ai/sip_trunk/raw_client.py
# ``outbound_call`` (POST /v1/convai/{twilio,sip-trunk}/outbound-call: agent_id, agent_phone_number_id,
# to_number, conversation_initiation_client_data: ConversationInitiationClientDataRequestInput;
# answers TwilioOutboundCallResponse {success, message, conversation_id, callSid} and
# SipTrunkOutboundCallResponse {success, message, conversation_id, sip_call_id}; a body the request
# types refuse is 422, the one error the SDK types); batch_calls/raw_client.py ``create`` (POST
# /v1/convai/batch-calling/submit: call_name, agent_id, recipients: OutboundCallRecipient[],
# agent_phone_number_id; answers BatchCallResponse, "pending" until it runs). Dynamic variables are
# strings, numbers or booleans (docs: eleven-agents/customization/personalization/dynamic-variables).
# A phone number that is not the workspace's, or of the other provider, is answered with the
# response type's own failure: success false and a message, no conversation.
_OUTBOUND = {"/v1/convai/twilio/outbound-call": "twilio", "/v1/convai/sip-trunk/outbound-call": "sip_trunk"}
_BATCH = "/v1/convai/batch-calling/submit"


def _unprocessable(location: list[str], message: str) -> tuple[int, Any]:
    return 422, {"detail": [{"loc": ["body", *location], "msg": message, "type": "value_error"}]}


def _client_data_refused(data: Any, location: list[str]) -> tuple[int, Any] | None:
    """422 when the SDK's ``ConversationInitiationClientDataRequestInput`` refuses ``data``."""
    from elevenlabs.types import ConversationInitiationClientDataRequestInput
    from pydantic import ValidationError

    if data is None:
        return None
    try:
        parsed = ConversationInitiationClientDataRequestInput.model_validate(data)
    except ValidationError as error:
        return _unprocessable(location, str(error))
    for name, value in (parsed.dynamic_variables or {}).items():
        if not isinstance(value, str | int | float | bool):
            return _unprocessable(
                [*location, "dynamic_variables", name], "must be a string, number or boolean"
            )
    return None


class FakeDialling:
    """Outbound calls and batch calls, from the workspace's phone numbers (``FakeWorkspace``)."""

    def __init__(self, workspace: FakeWorkspace) -> None:
        self.workspace = workspace
        self.calls: list[dict[str, Any]] = []  # every call placed: the request's body and its provider
        self.batches: list[dict[str, Any]] = []  # every batch submitted: its body
        self._ids = 0

    def route(self, path: str, body: dict[str, Any]) -> tuple[int, Any] | None:
        if path in _OUTBOUND:
            return self._call(_OUTBOUND[path], body)
        if path == _BATCH:
            return self._batch(body)
        return None

    def _id(self) -> int:
        self._ids += 1
        return self._ids

    def _call(self, provider: str, body: dict[str, Any]) -> tuple[int, Any]:
        for name in ("agent_id", "agent_phone_number_id", "to_number"):
            if not isinstance(body.get(name), str):
                return _unprocessable([name], "Field required")
        refused = _client_data_refused(
            body.get("conversation_initiation_client_data"), ["conversation_initiation_client_data"]
        )
        if refused is not None:
            return refused
        number = self.workspace.phone_numbers.get(body["agent_phone_number_id"])
        if number is None or number["provider"] != provider:
            return 200, {
                "success": False,
                "message": "Phone number not found for this provider",
                "conversation_id": None,
            }
        self.calls.append({"provider": provider, **body})
        conversation_id = f"conv_outbound{self._id():020d}"
        answer: dict[str, Any] = {"success": True, "message": "Success", "conversation_id": conversation_id}
        if provider == "twilio":
            answer["callSid"] = f"CA{self._ids:032d}"
        else:
            answer["sip_call_id"] = f"sip-{self._ids}"
        return 200, answer

    def _batch(self, body: dict[str, Any]) -> tuple[int, Any]:
        from elevenlabs.types import BatchCallResponse, OutboundCallRecipient
        from pydantic import ValidationError

        for name in ("call_name", "agent_id"):
            if not isinstance(body.get(name), str):
                return _unprocessable([name], "Field required")
        recipients = body.get("recipients")
        if not isinstance(recipients, list) or not recipients:
            return _unprocessable(["recipients"], "at least one recipient")
        for index, recipient in enumerate(recipients):
            try:
                OutboundCallRecipient.model_validate(recipient)
            except ValidationError as error:
                return _unprocessable(["recipients", str(index)], str(error))
            data = recipient.get("conversation_initiation_client_data")
            refused = _client_data_refused(
                data, ["recipients", str(index), "conversation_initiation_client_data"]
            )
            if refused is not None:
                return refused
        number = self.workspace.phone_numbers.get(body.get("agent_phone_number_id") or "")
        if number is None:
            return _unprocessable(["agent_phone_number_id"], "Phone number not found")
        self.batches.append(body)
        now = 1764547200 + self._id()
        answer = {
            "id": f"btcal_{self._ids:020d}",
            "phone_number_id": number["phone_number_id"],
            "phone_provider": number["provider"],
            "name": body["call_name"],
            "agent_id": body["agent_id"],
            "created_at_unix": now,
            "scheduled_time_unix": body.get("scheduled_time_unix") or now,
            "timezone": None,
            "total_calls_dispatched": 0,
            "total_calls_scheduled": len(recipients),
            "total_calls_finished": 0,
            "last_updated_at_unix": now,
            "status": "pending",
            "retry_count": 0,
            "telephony_call_config": {"ringing_timeout_secs": None},
            "agent_name": self.workspace.agents.get(body["agent_id"], {}).get("name", ""),
        }
        BatchCallResponse.model_validate(answer)  # the answer is what the SDK's model reads
        return 200, answer


# -- end of outbound and batch calls ----------------------------------------------------------------


def recording(conversation_id: str, size: int) -> Iterator[bytes]:
    """The bytes of a fake recording, chunk by chunk (the same every time)."""
    seed = hashlib.sha256(conversation_id.encode()).digest()
    block = (seed * (CHUNK // len(seed) + 1))[:CHUNK]
    sent = 0
    while sent < size:
        piece = block[: min(CHUNK, size - sent)]
        sent += len(piece)
        yield piece


def recording_sha256(conversation_id: str, size: int) -> str:
    digest = hashlib.sha256()
    for piece in recording(conversation_id, size):
        digest.update(piece)
    return digest.hexdigest()


class FakeElevenLabs:
    def __init__(self, api_key: str = "xi-test-key") -> None:
        self.api_key = api_key
        self.recordings: dict[str, int] = {}
        # conversation id -> the conversation (GetConversationResponseModel as JSON)
        self.conversations: dict[str, dict[str, Any]] = {}
        self.not_ready = 0
        self.requests: list[dict[str, Any]] = []
        self.workspace = FakeWorkspace()
        self.dialling = FakeDialling(self.workspace)  # outbound and batch calls
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.fake = self  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Self:
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        ).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str, key: str | None) -> tuple[int, int, str]:
        """Status, size and conversation id for a request; counts down ``not_ready``."""
        with self._lock:
            self.requests.append({"path": path, "xi-api-key": key})
            match = _AUDIO.match(path)
            if key != self.api_key:
                return 401, 0, ""
            if match is None or match.group(1) not in self.recordings:
                return 404, 0, ""
            if self.not_ready > 0:
                self.not_ready -= 1
                return 404, 0, ""
            return 200, self.recordings[match.group(1)], match.group(1)

    def document(self, target: str, key: str | None) -> tuple[int, Any] | None:
        """The JSON answer to a conversations route, or None for another route."""
        parts = urlsplit(target)
        one = _ONE.match(parts.path)
        if parts.path != "/v1/convai/conversations" and one is None:
            return None
        with self._lock:
            self.requests.append({"path": target, "xi-api-key": key})
            if key != self.api_key:
                return 401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}
            if one is not None:
                found = self.conversations.get(one.group(1))
                return (200, found) if found else (404, {"detail": "Conversation not found"})
            return 200, self._page(parse_qs(parts.query))

    def delete(self, target: str, key: str | None) -> tuple[int, Any]:
        one = _ONE.match(urlsplit(target).path)
        with self._lock:
            self.requests.append({"method": "DELETE", "path": target, "xi-api-key": key})
            if key != self.api_key:
                return 401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}
            if one is None or self.conversations.pop(one.group(1), None) is None:
                return 404, {"detail": "Conversation not found"}
            self.recordings.pop(one.group(1), None)
            return 200, {}

    def configuration(
        self, method: str, target: str, key: str | None, body: dict[str, Any]
    ) -> tuple[int, Any] | None:
        """The answer to a workspace configuration route, or None for another route."""
        path = urlsplit(target).path
        if _CONFIG.match(path) is None:
            return self._dialled(method, target, key, body)
        with self._lock:
            self.requests.append({"method": method, "path": target, "xi-api-key": key, "json": body})
            if key != self.api_key:
                return 401, _UNAUTHORIZED
            return self.workspace.route(method, path, body)

    def _dialled(
        self, method: str, target: str, key: str | None, body: dict[str, Any]
    ) -> tuple[int, Any] | None:
        """The answer to an outbound or batch call (``FakeDialling``), or None for another route."""
        path = urlsplit(target).path
        if method != "POST" or (path not in _OUTBOUND and path != _BATCH):
            return None
        with self._lock:
            self.requests.append({"method": method, "path": target, "xi-api-key": key, "json": body})
            if key != self.api_key:
                return 401, _UNAUTHORIZED
            return self.dialling.route(path, body)

    def _page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        agent = query.get("agent_id", [None])[0]
        after = int(query.get("call_start_after_unix", ["0"])[0])
        size = int(query.get("page_size", ["30"])[0])
        start = int(query.get("cursor", ["0"])[0])
        matching = sorted(
            (
                c
                for c in self.conversations.values()
                if (agent is None or c["agent_id"] == agent)
                and c["metadata"]["start_time_unix_secs"] >= after
            ),
            key=lambda c: -c["metadata"]["start_time_unix_secs"],
        )
        page = matching[start : start + size]
        more = start + size < len(matching)
        return {
            "conversations": [
                {
                    "agent_id": c["agent_id"],
                    "conversation_id": c["conversation_id"],
                    "start_time_unix_secs": c["metadata"]["start_time_unix_secs"],
                    "call_duration_secs": c["metadata"].get("call_duration_secs", 0),
                    "message_count": len(c.get("transcript") or []),
                    "status": c.get("status", "done"),
                    "call_successful": "success",
                }
                for c in page
            ],
            "has_more": more,
            "next_cursor": str(start + size) if more else None,
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body are two writes: without TCP_NODELAY the body of every keep-alive answer waits
    # for the client's delayed ACK (40 ms on Linux), a stall the real service's server does not add.
    disable_nagle_algorithm = True

    def _json(self, status: int, answer: Any) -> None:
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _configuration(self, method: str) -> bool:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length) or b"{}") if length else {}
        answered = fake.configuration(method, self.path, self.headers.get("xi-api-key"), body)
        if answered is None:
            return False
        self._json(*answered)
        return True

    def do_POST(self) -> None:
        if not self._configuration("POST"):
            self._json(404, {"detail": "Not Found"})

    def do_PATCH(self) -> None:
        if not self._configuration("PATCH"):
            self._json(404, {"detail": "Not Found"})

    def do_GET(self) -> None:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
        if self._configuration("GET"):
            return
        answered = fake.document(self.path, self.headers.get("xi-api-key"))
        if answered is not None:
            self._json(*answered)
            return
        status, size, conversation_id = fake.answer(self.path, self.headers.get("xi-api-key"))
        self.send_response(status)
        self.send_header("Content-Type", "audio/mpeg" if status == 200 else "application/json")
        self.send_header("Content-Length", str(size if status == 200 else 2))
        self.end_headers()
        if status != 200:
            self.wfile.write(b"{}")
            return
        for piece in recording(conversation_id, size):
            self.wfile.write(piece)

    def do_DELETE(self) -> None:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
        self._json(*fake.delete(self.path, self.headers.get("xi-api-key")))

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on ``FakeElevenLabs.requests``."""
