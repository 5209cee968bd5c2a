"""What ElevenLabs must look like for a stack, made so (``agentic-memory setup``) or checked (``doctor``).

Through the official ``elevenlabs`` SDK (2.78), for the agents named:

* a workspace secret holding the stack's ``X-Workspace-Key`` (its name carries a fingerprint of the
  value, as the API never shows a secret's value: a key changed in the stack is a new secret);
* the stack's HMAC post-call webhook (created once; the secret ElevenLabs generates is handed back
  for the stack's own secret) with retries on (docs: eleven-api/resources/webhooks, "Retries are
  disabled by default"; the API does not report them, so setup asks for them on every run);
* the ``search_memory`` tool (and ``forget_me`` with ``ForgetMeTool=on``) on the stack's URLs with
  the secret header, sending both numbers of the call (``caller_id`` and ``called_number``);
* on each agent, only additions (``elevenlabs_agent``): the tools, the first message
  ``{{first_message}}`` with the previous one kept as its placeholder, placeholders for every
  variable ClientData answers, the data-collection items, the override permissions the stack needs,
  the conversation-initiation webhook with the secret header, the post-call webhook with its events;
* beside the caller profiles (``SetupRecords``): each agent's sections as they were before the first
  setup (what ``--undo`` restores), each agent's own dynamic variables and placeholders (what
  ClientData answers besides ours), and the workspace's own phone numbers (which party of an outbound
  call is the customer).

The agent is read, changed where it differs and written back whole per section (read-modify-write:
nothing of the agent's own configuration is lost whether the API merges or replaces a section). What
would be written is checked against ElevenLabs' documented limits first (``elevenlabs_limits``). An
agent that already matches is not written: a second run changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from agentic_memory_ops.elevenlabs_agent import (
    Change,
    agent_patch,
    agent_variables,
    contains,
    permissions,
    saved_sections,
    undo_changes,
    undo_patch,
)
from agentic_memory_ops.elevenlabs_limits import check_agent
from agentic_memory_ops.elevenlabs_sdk import ElevenLabsApi, validate_agent_patch, validate_tool

WORKSPACE_KEY_HEADER = "X-Workspace-Key"
SEARCH_TOOL = "search_memory"
FORGET_TOOL = "forget_me"
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
    default_first_message: str = ""
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
        # Both numbers of the call: on an outbound call system__caller_id may be the agent's own number
        # (undocumented, DESIGN §2.1); the customer is the one that is not the workspace's.
        # A body field bound to a variable: LiteralJsonSchemaProperty.dynamic_variable (SDK 2.78).
        caller = {"type": "string", "dynamic_variable": "system__caller_id"}
        called = {"type": "string", "dynamic_variable": "system__called_number"}
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
                            "called_number": called,
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
                        "properties": {"caller_id": caller, "called_number": called},
                        "required": ["caller_id"],
                    },
                },
            }
        return tools

    def permissions(self) -> dict[str, Any]:
        """The override permissions the stack needs switched on (never one switched off)."""
        return permissions(self.first_message_override, self.prompt_override, self.language_override)

    def workspace_overrides(self, secret_id: str, webhook_id: str) -> dict[str, Any]:
        return {
            "conversation_initiation_client_data_webhook": {
                "url": self.client_data_url,
                "request_headers": {WORKSPACE_KEY_HEADER: {_SECRET_LOCATOR: secret_id}},
            },
            "webhooks": {"post_call_webhook_id": webhook_id, "events": self.events},
        }


class SetupRecords(Protocol):
    """What setup keeps beside the caller profiles (``cli.setup.TableRecords``)."""

    def original(self, agent_id: str) -> dict[str, Any] | None: ...
    def save_original(self, agent_id: str, sections: dict[str, Any]) -> None: ...
    def drop_original(self, agent_id: str) -> None: ...
    def agent_variables(self, agent_id: str) -> dict[str, str] | None: ...
    def record_agent_variables(self, agent_id: str, variables: dict[str, str]) -> None: ...
    def numbers(self) -> frozenset[str]: ...
    def record_numbers(self, numbers: list[str]) -> None: ...


@dataclass
class Setup:
    """One pass over the workspace and agents: with ``apply`` off it only lists what it would
    change (new ids are placeholders), with it on it changes them, in the same order."""

    api: ElevenLabsApi
    stack: StackSide
    agent_ids: list[str]
    records: SetupRecords
    apply: bool = False
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what could not be checked, said beside the plan
    # Each agent's changes, for doctor: a permission switched on is a warning, anything else a failure.
    agent_changes: dict[str, list[Change]] = field(default_factory=dict)
    webhook_secret: str | None = None  # generated by ElevenLabs when setup created the webhook
    # Tools named like ours on other URLs (another stack's, or a stale one): taken off the agents.
    replaced_tools: set[str] = field(default_factory=set)
    _existing_tools: dict[str, dict[str, Any]] = field(default_factory=dict)

    def run(self) -> list[str]:
        secret_id = self._secret()
        webhook_id = self._webhook()
        tools = self._tools(secret_id)
        self._numbers()
        for agent_id in self.agent_ids:
            self._agent(agent_id, secret_id, webhook_id, tools)
        return self.changes

    def undo(self) -> list[str]:
        """Put each agent back as it was before the first setup (its saved copy)."""
        ours = {i for i, t in self.api.tools().items() if t.get("name") in (SEARCH_TOOL, FORGET_TOOL)}
        for agent_id in self.agent_ids:
            saved = self.records.original(agent_id)
            if saved is None:
                self.changes.append(f"agent {agent_id}: no saved copy (never set up here): left as it is")
                continue
            agent = self.api.agent(agent_id)
            changes = undo_changes(agent, saved, ours)
            if not changes:
                self.notes.append(f"agent {agent_id} is as it was before the first setup")
                continue
            patch = undo_patch(agent, saved, ours)
            validate_agent_patch(patch)
            check_agent(agent_id, patch)

            def restore(agent_id: str = agent_id, patch: dict[str, Any] = patch) -> None:
                self.api.update_agent(agent_id, patch)
                self.records.drop_original(agent_id)

            self._change(f"agent {agent_id}: as before the first setup: {'; '.join(changes)}", restore, None)
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
        existing = self._existing_tools = self.api.tools()
        ids: dict[str, str] = {}
        for name, config in self.stack.tools(secret_id).items():
            validate_tool(config)
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

    def _numbers(self) -> None:
        """The workspace's own numbers, recorded for the tools and ingestion (``workspace``)."""
        try:
            numbers = sorted(set(self.api.phone_numbers()))
        except Exception as error:
            if not type(error).__module__.startswith(("elevenlabs", "httpx")):
                raise
            # A key without access to phone numbers still sets the agents up; outbound calls wait.
            status = getattr(error, "status_code", None) or type(error).__name__
            self.notes.append(
                f"the workspace's phone numbers could not be read ({status}): until setup or doctor "
                "records them, the customer of an outbound call is taken to be system__caller_id"
            )
            return
        if frozenset(numbers) != self.records.numbers():
            self._change(
                f"record the workspace's {len(numbers)} phone numbers (the customer of an outbound call "
                "is the number that is not one of them)",
                lambda: self.records.record_numbers(numbers),
                None,
            )

    def _agent(self, agent_id: str, secret_id: str, webhook_id: str, tools: dict[str, str]) -> None:
        agent = self.api.agent(agent_id)
        patch, changes = agent_patch(
            agent,
            tools=tools,
            wanted_permissions=self.stack.permissions(),
            workspace=self.stack.workspace_overrides(secret_id, webhook_id),
            default_first_message=self.stack.default_first_message,
            replaced_tools=self.replaced_tools,
        )
        self.agent_changes[agent_id] = changes
        if patch:
            validate_agent_patch(patch)
            check_agent(agent_id, patch)

            def write() -> None:
                if (
                    self.records.original(agent_id) is None
                ):  # the copy --undo restores: before the first write
                    self.records.save_original(agent_id, saved_sections(agent))
                self.api.update_agent(agent_id, patch)

            what = "; ".join(change.what for change in changes)
            self._change(f"agent {agent_id}: {what}", write, None)
        after = merged_agent(agent, patch)
        attached = ((after.get("conversation_config") or {}).get("agent") or {}).get("prompt") or {}
        configs = [
            self._existing_tools[t] for t in attached.get("tool_ids") or [] if t in self._existing_tools
        ]
        variables = agent_variables(after, configs)
        if variables != self.records.agent_variables(agent_id):
            change = Change(f"record its {len(variables)} dynamic variables and placeholders for ClientData")
            self.agent_changes[agent_id].append(change)
            self._change(
                f"agent {agent_id}: {change.what}",
                lambda: self.records.record_agent_variables(agent_id, variables),
                None,
            )


def merged_agent(agent: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """The agent as it is once ``patch`` is written (sections replaced as sent)."""
    return {**agent, **patch}
