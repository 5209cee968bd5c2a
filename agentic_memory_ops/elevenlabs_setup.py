"""What ElevenLabs must look like for a stack, made so (``agentic-memory setup``) or checked (``doctor``).

Through the official ``elevenlabs`` SDK (2.78), for the agents named:

* a workspace secret holding the stack's ``X-Workspace-Key`` (its name carries a fingerprint of the
  value, as the API never shows a secret's value: a key changed in the stack is a new secret);
* the stack's HMAC post-call webhook (created once; the secret ElevenLabs generates is handed back
  for the stack's own secret) with retries on (docs: eleven-api/resources/webhooks, "Retries are
  disabled by default"; the API does not report them, so setup asks for them on every run);
* the ``search_memory`` tool (and ``forget_me`` with ``ForgetMeTool=on``) on the stack's URLs with
  the secret header;
* on each agent: the tools, the first message ``{{first_message}}``, the data-collection items the
  brief reads (added, never replacing the agent's own), exactly the overrides the stack sends, the
  conversation-initiation webhook with the secret header, and the post-call webhook with its events.

The agent is read, changed where it differs and written back whole per section (read-modify-write:
nothing of the agent's own configuration is lost whether the API merges or replaces a section). An
agent that already matches is not written: a second run changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

WORKSPACE_KEY_HEADER = "X-Workspace-Key"
FIRST_MESSAGE = "{{first_message}}"
SEARCH_TOOL = "search_memory"
FORGET_TOOL = "forget_me"
# The data-collection items the brief reads: the name it greets by, and a dated commitment
# (an identifier naming an appointment is kept as an open item until its day is past).
DATA_COLLECTION: dict[str, dict[str, str]] = {
    "first_name": {
        "type": "string",
        "description": "The caller's first name, if they said it during the call. Empty otherwise.",
    },
    "next_appointment": {
        "type": "string",
        "description": "The date (YYYY-MM-DD) of an appointment, callback or delivery agreed in this "
        "call. Empty if none was agreed.",
    },
}
_SECRET_LOCATOR = "secret_id"  # noqa: S105 - the key of a header that names a workspace secret
T = TypeVar("T")


@dataclass(frozen=True)
class StackSide:
    """What the stack says ElevenLabs must be set to."""

    name: str
    client_data_url: str
    retrieve_url: str
    post_call_url: str
    workspace_key: str
    forget_me_url: str | None = None
    first_message_override: bool = False
    prompt_override: bool = False
    language_override: bool = False
    audio_webhook: bool = True

    @property
    def secret_name(self) -> str:
        fingerprint = hashlib.sha256(self.workspace_key.encode()).hexdigest()[:8]
        return f"agentic-memory-{self.name}-workspace-key-{fingerprint}"

    @property
    def webhook_name(self) -> str:
        return f"agentic-memory {self.name}"

    @property
    def events(self) -> list[str]:
        """Post-call webhook events (types/webhook_event_type.py): transcription, call initiation
        failures, and the recording when the stack takes it from the webhook."""
        return ["transcript", *(["audio"] if self.audio_webhook else []), "call_initiation_failure"]

    def tools(self, secret_id: str) -> dict[str, dict[str, Any]]:
        """The webhook tools' configurations (the README's JSON), by name."""
        headers = {WORKSPACE_KEY_HEADER: {_SECRET_LOCATOR: secret_id}}
        caller = {"type": "string", "dynamic_variable": "system__caller_id"}
        tools = {
            SEARCH_TOOL: {
                "type": "webhook",
                "name": SEARCH_TOOL,
                "description": "Search what this caller told us in earlier calls: preferences, names, past "
                "requests, appointments. Use a short question, e.g. 'preferred dentist'.",
                "response_timeout_secs": 20,
                "api_schema": {
                    "url": self.retrieve_url,
                    "method": "POST",
                    "content_type": "application/json",
                    "request_headers": headers,
                    "request_body_schema": {
                        "type": "object",
                        "description": "A memory search for the current caller.",
                        "properties": {
                            "query": {
                                "type": "string",
                                "description": "What to look for in the caller's memories, as a short "
                                "question.",
                            },
                            "caller_id": caller,
                            "agent_id": {"type": "string", "dynamic_variable": "system__agent_id"},
                        },
                        "required": ["query", "caller_id"],
                    },
                },
            }
        }
        if self.forget_me_url:
            tools[FORGET_TOOL] = {
                "type": "webhook",
                "name": FORGET_TOOL,
                "description": "Call when the caller asks not to be remembered. Confirm with them first.",
                "api_schema": {
                    "url": self.forget_me_url,
                    "method": "POST",
                    "content_type": "application/json",
                    "request_headers": headers,
                    "request_body_schema": {
                        "type": "object",
                        "description": "The caller who asked not to be remembered.",
                        "properties": {"caller_id": caller},
                        "required": ["caller_id"],
                    },
                },
            }
        return tools

    def overrides(self) -> dict[str, Any]:
        """The agent's override permissions: exactly what ClientData sends."""
        return {
            "conversation_config_override": {
                "agent": {
                    "first_message": self.first_message_override,
                    "language": self.language_override,
                    "prompt": {"prompt": self.prompt_override},
                }
            },
            "enable_conversation_initiation_client_data_from_webhook": True,
        }

    def workspace_overrides(self, secret_id: str, webhook_id: str) -> dict[str, Any]:
        return {
            "conversation_initiation_client_data_webhook": {
                "url": self.client_data_url,
                "request_headers": {WORKSPACE_KEY_HEADER: {_SECRET_LOCATOR: secret_id}},
            },
            "webhooks": {"post_call_webhook_id": webhook_id, "events": self.events},
        }


class ElevenLabsApi:
    """The SDK calls setup and doctor make, answering plain JSON-like dicts."""

    def __init__(self, api_key: str, base_url: str) -> None:
        from elevenlabs.client import ElevenLabs  # noqa: PLC0415 - only setup and doctor pay for it

        self._client = ElevenLabs(api_key=api_key, base_url=base_url.rstrip("/"))

    def secrets(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            page = self._client.conversational_ai.secrets.list(cursor=cursor)
            found += [secret.model_dump(mode="json") for secret in page.secrets]
            cursor = page.next_cursor
            if not cursor:
                return found

    def create_secret(self, name: str, value: str) -> str:
        return str(self._client.conversational_ai.secrets.create(name=name, value=value).secret_id)

    def webhooks(self) -> list[dict[str, Any]]:
        return [w.model_dump(mode="json") for w in self._client.webhooks.list().webhooks]

    def create_webhook(self, name: str, url: str) -> tuple[str, str]:
        """The new webhook's id and the secret ElevenLabs generated for it (shown only now)."""
        from elevenlabs.types import WebhookHmacSettings  # noqa: PLC0415 - with the SDK

        created = self._client.webhooks.create(settings=WebhookHmacSettings(name=name, webhook_url=url))
        return created.webhook_id, created.webhook_secret or ""

    def enable_webhook_with_retries(self, webhook_id: str, name: str) -> None:
        self._client.webhooks.update(webhook_id, is_disabled=False, name=name, retry_enabled=True)

    def tools(self) -> dict[str, dict[str, Any]]:
        """Every tool's configuration, by id."""
        found: dict[str, dict[str, Any]] = {}
        cursor: str | None = None
        while True:
            page = self._client.conversational_ai.tools.list(cursor=cursor)
            found.update({tool.id: tool.tool_config.model_dump(mode="json") for tool in page.tools})
            cursor = page.next_cursor
            if not page.has_more or not cursor:
                return found

    def create_tool(self, config: dict[str, Any]) -> str:
        return str(self._client.conversational_ai.tools.create(request=_request(config)).id)

    def update_tool(self, tool_id: str, config: dict[str, Any]) -> None:
        self._client.conversational_ai.tools.update(tool_id, request=_request(config))

    def agent(self, agent_id: str) -> dict[str, Any]:
        found: dict[str, Any] = self._client.conversational_ai.agents.get(agent_id).model_dump(
            mode="json", exclude_none=True
        )
        return found

    def update_agent(self, agent_id: str, patch: dict[str, Any]) -> None:
        from elevenlabs.types import AgentPlatformSettingsRequestModel, ConversationalConfig  # noqa: PLC0415

        sections: dict[str, Any] = {}
        if "conversation_config" in patch:
            sections["conversation_config"] = _unchecked(ConversationalConfig, patch["conversation_config"])
        if "platform_settings" in patch:
            sections["platform_settings"] = _unchecked(
                AgentPlatformSettingsRequestModel, patch["platform_settings"]
            )
        self._client.conversational_ai.agents.update(agent_id, **sections)


def _request(config: dict[str, Any]) -> Any:
    from elevenlabs.types import ToolRequestModel  # noqa: PLC0415 - with the SDK

    return _unchecked(ToolRequestModel, {"tool_config": config})


def _unchecked(model: type[T], document: dict[str, Any]) -> T:
    """The SDK's model of ``document``, built as the SDK builds answers (no validation): it is sent
    as given, and only the fields set are written."""
    from elevenlabs.core.unchecked_base_model import construct_type  # noqa: PLC0415 - with the SDK

    built: T = construct_type(type_=model, object_=document)
    return built


def contains(actual: Any, wanted: Any) -> bool:
    """Whether ``actual`` holds everything ``wanted`` says (the API may add defaults of its own)."""
    if isinstance(wanted, dict):
        return isinstance(actual, dict) and all(contains(actual.get(k), v) for k, v in wanted.items())
    return bool(actual == wanted)


def merged(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    result = dict(current)
    for key, value in wanted.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


@dataclass
class Setup:
    """One pass over the workspace and agents: with ``apply`` off it only lists what it would
    change (new ids are placeholders), with it on it changes them, in the same order."""

    api: ElevenLabsApi
    stack: StackSide
    agent_ids: list[str]
    apply: bool = False
    changes: list[str] = field(default_factory=list)
    webhook_secret: str | None = None  # generated by ElevenLabs when setup created the webhook
    # Tools named like ours on other URLs (another stack's, or a stale one): taken off the agents.
    replaced_tools: set[str] = field(default_factory=set)

    def run(self) -> list[str]:
        secret_id = self._secret()
        webhook_id = self._webhook()
        tools = self._tools(secret_id)
        for agent_id in self.agent_ids:
            self._agent(agent_id, secret_id, webhook_id, tools)
        return self.changes

    def _change(self, what: str, action: Callable[[], T], placeholder: T) -> T:
        self.changes.append(what)
        return action() if self.apply else placeholder

    def _secret(self) -> str:
        name = self.stack.secret_name
        for secret in self.api.secrets():
            if secret.get("name") == name:
                return str(secret["secret_id"])
        return self._change(
            f"create the workspace secret {name} (the stack's {WORKSPACE_KEY_HEADER})",
            lambda: self.api.create_secret(name, self.stack.workspace_key),
            "<new secret>",
        )

    def _webhook(self) -> str:
        name = self.stack.webhook_name
        for webhook in self.api.webhooks():
            if webhook.get("webhook_url") == self.stack.post_call_url:
                webhook_id = str(webhook["webhook_id"])
                if webhook.get("is_disabled") or webhook.get("is_auto_disabled"):
                    self.changes.append(f"post-call webhook {webhook_id}: enable it, retries on")
                if self.apply:  # the API reports no retry setting: set it whenever setup writes
                    self.api.enable_webhook_with_retries(webhook_id, str(webhook.get("name") or name))
                return webhook_id

        def create() -> str:
            webhook_id, secret = self.api.create_webhook(name, self.stack.post_call_url)
            self.webhook_secret = secret
            self.api.enable_webhook_with_retries(webhook_id, name)
            return webhook_id

        return self._change(
            f"create the HMAC post-call webhook {name!r} -> {self.stack.post_call_url}, retries on "
            "(its secret goes into the stack's secret)",
            create,
            "<new webhook>",
        )

    def _tools(self, secret_id: str) -> dict[str, str]:
        """Our tools' ids by name, created or brought up to date."""
        existing = self.api.tools()
        ids: dict[str, str] = {}
        for name, config in self.stack.tools(secret_id).items():
            url = config["api_schema"]["url"]
            ours = [
                tool_id
                for tool_id, found in existing.items()
                if found.get("name") == name and (found.get("api_schema") or {}).get("url") == url
            ]
            if not ours:
                ids[name] = self._change(
                    f"create the {name} tool -> {url}",
                    lambda config=config: self.api.create_tool(config),  # type: ignore[misc]
                    f"<new {name} tool>",
                )
                continue
            ids[name] = ours[0]
            if not contains(existing[ours[0]], config):
                self._change(
                    f"update the {name} tool {ours[0]}",
                    lambda tool_id=ours[0], config=config: self.api.update_tool(tool_id, config),  # type: ignore[misc]
                    None,
                )
        self.replaced_tools = {
            tool_id
            for tool_id, found in existing.items()
            if found.get("name") in ids and tool_id not in ids.values()
        }
        return ids

    def _agent(self, agent_id: str, secret_id: str, webhook_id: str, tools: dict[str, str]) -> None:
        agent = self.api.agent(agent_id)
        patch, what = agent_patch(
            agent,
            self.stack,
            secret_id=secret_id,
            webhook_id=webhook_id,
            tools=tools,
            replaced_tools=self.replaced_tools,
        )
        if patch:
            self._change(
                f"agent {agent_id}: {'; '.join(what)}", lambda: self.api.update_agent(agent_id, patch), None
            )


def agent_patch(
    agent: dict[str, Any],
    stack: StackSide,
    *,
    secret_id: str,
    webhook_id: str,
    tools: dict[str, str],
    replaced_tools: set[str] | frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[str]]:
    """The sections of ``agent`` to write back, and what changes in them (both empty: it matches)."""
    what: list[str] = []
    patch: dict[str, Any] = {}
    conversation = agent.get("conversation_config") or {}
    speaking = dict(conversation.get("agent") or {})
    if speaking.get("first_message") != FIRST_MESSAGE:
        speaking["first_message"] = FIRST_MESSAGE
        what.append(f"first message {FIRST_MESSAGE}")
    prompt = {
        k: v for k, v in (speaking.get("prompt") or {}).items() if k != "tools"
    }  # deprecated for tool_ids
    attached = list(prompt.get("tool_ids") or [])
    wanted_tools = [t for t in attached if t not in replaced_tools]
    wanted_tools += [t for t in tools.values() if t not in wanted_tools]
    if wanted_tools != attached:
        what.append(f"tools {', '.join(sorted(tools))}")
    if what:
        speaking["prompt"] = {**prompt, "tool_ids": wanted_tools}
        patch["conversation_config"] = {**conversation, "agent": speaking}

    settings = agent.get("platform_settings") or {}
    platform: dict[str, Any] = {}
    collected = settings.get("data_collection") or {}
    missing = {k: v for k, v in DATA_COLLECTION.items() if k not in collected}
    if missing:
        platform["data_collection"] = {**collected, **missing}
        what.append(f"data collection {', '.join(missing)}")
    overrides = settings.get("overrides") or {}
    if not contains(overrides, stack.overrides()):
        platform["overrides"] = merged(overrides, stack.overrides())
        what.append("override permissions as the stack sends them")
    workspace = settings.get("workspace_overrides") or {}
    wanted = stack.workspace_overrides(secret_id, webhook_id)
    if not contains(workspace, wanted):
        platform["workspace_overrides"] = merged(workspace, wanted)
        what.append("conversation-initiation and post-call webhooks")
    if platform:
        patch["platform_settings"] = platform
    return patch, what
