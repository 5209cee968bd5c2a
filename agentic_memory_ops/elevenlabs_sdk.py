"""The ElevenLabs API calls ``agentic-memory setup`` and ``doctor`` make, through the official SDK (2.78).

Answers are plain JSON-like dicts. Every body sent is first validated with the SDK's request models
(``ToolRequestModel``, ``ConversationalConfig``, ``AgentPlatformSettingsRequestModel``,
``DynamicVariablesConfig``) and, for tools, against ElevenLabs' documented limits; it is then sent
as given (built unchecked, as the SDK builds its answers), so that only the fields set are written.
The SDK is imported lazily: only setup and doctor pay for it.
"""

from __future__ import annotations

from typing import Any, TypeVar

from agentic_memory_ops.elevenlabs_limits import check_tool

T = TypeVar("T")


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

    def phone_numbers(self) -> list[str]:
        """The workspace's own numbers (SDK: conversational_ai.phone_numbers.list, every provider)."""
        return [str(n.phone_number) for n in self._client.conversational_ai.phone_numbers.list()]

    def update_agent(self, agent_id: str, patch: dict[str, Any]) -> None:
        from elevenlabs.types import AgentPlatformSettingsRequestModel, ConversationalConfig  # noqa: PLC0415

        validate_agent_patch(patch)
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

    validate_tool(config)
    return _unchecked(ToolRequestModel, {"tool_config": config})


def validate_tool(config: dict[str, Any]) -> None:
    """Refuse a tool body the SDK's request model refuses, or one over ElevenLabs' limits."""
    from elevenlabs.types import ToolRequestModel  # noqa: PLC0415 - with the SDK

    check_tool(config)
    ToolRequestModel.model_validate({"tool_config": config})


def validate_agent_patch(patch: dict[str, Any]) -> None:
    """Refuse an agent body the SDK's request models refuse (pydantic's ``ValidationError``)."""
    from elevenlabs.types import (  # noqa: PLC0415 - with the SDK
        AgentPlatformSettingsRequestModel,
        ConversationalConfig,
        DynamicVariablesConfig,
    )

    if "conversation_config" in patch:
        ConversationalConfig.model_validate(patch["conversation_config"])
        variables = (patch["conversation_config"].get("agent") or {}).get("dynamic_variables")
        if variables is not None:  # typed Any in AgentConfig: its own model referees it
            DynamicVariablesConfig.model_validate(variables)
    if "platform_settings" in patch:
        AgentPlatformSettingsRequestModel.model_validate(patch["platform_settings"])


def _unchecked(model: type[T], document: dict[str, Any]) -> T:
    """The SDK's model of ``document``, built as the SDK builds answers (no validation): it is sent
    as given, and only the fields set are written."""
    from elevenlabs.core.unchecked_base_model import construct_type  # noqa: PLC0415 - with the SDK

    built: T = construct_type(type_=model, object_=document)
    return built
