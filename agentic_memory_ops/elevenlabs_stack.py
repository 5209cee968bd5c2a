"""What the stack says ElevenLabs must be set to: its URLs, its workspace key, its switches, and the
tools, permissions and webhooks that follow from them (``agentic-memory setup`` makes them so)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from agentic_memory_ops.elevenlabs_agent import permissions

WORKSPACE_KEY_HEADER = "X-Workspace-Key"
SEARCH_TOOL = "search_memory"
FORGET_TOOL = "forget_me"
VERIFY_TOOL = "verify_caller"
_SECRET_LOCATOR = "secret_id"  # noqa: S105 - the key of a header that names a workspace secret


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
    verify_caller_url: str | None = None  # CallerVerification on (docs/caller-verification.md)
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
        if self.verify_caller_url:
            self._add_verification(tools, headers, caller, called)
        return tools

    def _add_verification(
        self, tools: dict[str, dict[str, Any]], headers: dict[str, Any], caller: Any, called: Any
    ) -> None:
        """CallerVerification: every tool names the conversation (a verification lasts one call), and
        ``verify_caller`` checks the caller's answer. system__conversation_id: ElevenLabs' id of the
        conversation (docs: eleven-agents/customization/personalization/dynamic-variables)."""
        conversation = {"type": "string", "dynamic_variable": "system__conversation_id"}
        for tool in tools.values():
            schema = tool["api_schema"]["request_body_schema"]
            schema["properties"]["conversation_id"] = conversation
        tools[VERIFY_TOOL] = {
            "type": "webhook",
            "name": VERIFY_TOOL,
            "description": "Verify who the caller is before using anything from their earlier calls or "
            "erasing them: call it without an answer to learn what to ask, then with the caller's answer.",
            "response_timeout_secs": 20,
            "api_schema": {
                "url": self.verify_caller_url,
                "method": "POST",
                "content_type": "application/json",
                "request_headers": headers,
                "request_body_schema": {
                    "type": "object",
                    "description": "The caller's answer to the verification question.",
                    "properties": {
                        "answer": {
                            "type": "string",
                            "description": "What the caller answered, as they said it (a date as "
                            "YYYY-MM-DD); empty to learn what to ask.",
                        },
                        "caller_id": caller,
                        "called_number": called,
                        "conversation_id": conversation,
                        "agent_id": {"type": "string", "dynamic_variable": "system__agent_id"},
                    },
                    "required": ["caller_id", "conversation_id"],
                },
            },
        }

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
