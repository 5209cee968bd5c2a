"""ElevenLabs' documented limits on what ``agentic-memory setup`` writes, checked before anything is written.

A write ElevenLabs refuses half-way leaves an agent half set up; a clear error before the first write
leaves it as it was. The limits, and where they are documented:

* a tool's name matches ``^[a-zA-Z0-9_-]{1,64}$`` and its ``response_timeout_secs`` is at most 120
  (ElevenLabs OpenAPI, ``WebhookToolConfig-Input``: elevenlabs/elevenlabs-docs fern/apis/api/openapi.json);
* a placeholder's value is a string, number, integer or boolean (same OpenAPI, ``DynamicVariablesConfig``);
* a custom dynamic variable never takes the reserved ``system__`` prefix (docs: customization/
  dynamic-variables, "Custom dynamic variables cannot use the reserved `system__` prefix");
* a data-collection item is of type string, boolean, integer or number (docs: customization/
  agent-analysis/data-collection, "Supported Data Types") and sets at most one value source of
  description, dynamic_variable, is_system_provided, constant_value, is_omitted (SDK 2.78,
  ``AnalysisProperty``: "mutually exclusive").

Neither the docs nor the OpenAPI (nor the SDK 2.78's models) state a maximum length of the first
message or the prompt, or a maximum number of data-collection items or placeholders: those are not
guessed here (a refusal for one of those still stops setup with ElevenLabs' answer in one line).
"""

from __future__ import annotations

import re
from typing import Any

TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
MAX_TOOL_TIMEOUT_SECS = 120
DATA_TYPES = ("string", "boolean", "integer", "number")
SYSTEM_PREFIX = "system__"
VALUE_SOURCES = ("description", "dynamic_variable", "is_system_provided", "constant_value", "is_omitted")


class LimitError(ValueError):
    """What setup would write exceeds one of ElevenLabs' documented limits."""


def check_tool(config: dict[str, Any]) -> None:
    name = str(config.get("name", ""))
    if not TOOL_NAME.match(name):
        raise LimitError(f"tool name {name!r}: ElevenLabs allows 1-64 letters, digits, '_' and '-'")
    timeout = config.get("response_timeout_secs")
    if isinstance(timeout, int | float) and timeout > MAX_TOOL_TIMEOUT_SECS:
        raise LimitError(
            f"tool {name}: response_timeout_secs {timeout} is over ElevenLabs' {MAX_TOOL_TIMEOUT_SECS}"
        )


def check_agent(agent_id: str, patch: dict[str, Any]) -> None:
    """Raise ``LimitError`` naming the agent and the limit when ``patch`` exceeds one."""
    speaking = (patch.get("conversation_config") or {}).get("agent") or {}
    placeholders = (speaking.get("dynamic_variables") or {}).get("dynamic_variable_placeholders") or {}
    for name, value in placeholders.items():
        if name.startswith(SYSTEM_PREFIX):
            raise LimitError(
                f"agent {agent_id}: placeholder {name}: the {SYSTEM_PREFIX} prefix is ElevenLabs' own"
            )
        if value is not None and not isinstance(value, str | int | float | bool):
            raise LimitError(f"agent {agent_id}: placeholder {name} is not a string, number or boolean")
    collected = (patch.get("platform_settings") or {}).get("data_collection") or {}
    for item_id, item in collected.items():
        if item.get("type") not in DATA_TYPES:
            raise LimitError(
                f"agent {agent_id}: data-collection item {item_id} is of type {item.get('type')!r}, "
                f"not one of {', '.join(DATA_TYPES)}"
            )
        sources = [name for name in VALUE_SOURCES if item.get(name) not in (None, False, "")]
        if len(sources) > 1:
            raise LimitError(
                f"agent {agent_id}: data-collection item {item_id} sets {' and '.join(sources)}, "
                "which ElevenLabs allows only one of"
            )
