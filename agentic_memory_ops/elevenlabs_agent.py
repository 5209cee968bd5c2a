"""What ``agentic-memory setup`` changes on one agent, and how ``--undo`` takes it back.

Every change only adds (DESIGN §2.1, "a tool may add the ones the stack needs, never switch one off"):

* the first message becomes ``{{first_message}}``, and the agent's previous first message becomes
  the placeholder of ``first_message`` (the configured default greeting when it had none): what the
  web widget, the dashboard's test call, outbound and batch calls and a failed webhook say;
* a placeholder (``dynamic_variable_placeholders``) for every variable ClientData answers, the
  agent's own placeholders kept: ElevenLabs is reported to refuse a conversation that references a
  variable nobody supplied ("Missing required dynamic variables", elevenlabs/packages#360);
* our tools beside the agent's own; the data-collection items the brief and ingestion read beside the
  agent's own, none of its own changed;
* the override permissions the stack sends switched on, none switched off;
* the conversation-initiation webhook and the post-call webhook with its events.

Lists are compared as sets (tool ids, events, ``required``): an answer in another order is no change.
The sections setup touches are saved before the first write, so that ``--undo`` restores them,
removing only what setup added (``elevenlabs_undo``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from agentic_memory.analysis_items import DESCRIPTIONS as ANALYSIS_DESCRIPTIONS
from agentic_memory.greeting import DYNAMIC_VARIABLES
from agentic_memory.verification import VERIFIED_VARIABLE

FIRST_MESSAGE = "{{first_message}}"
# The data-collection items the brief reads (a name to greet by, a dated commitment), then those of
# the analysis (agentic_memory.analysis_items): string items (docs: agent-analysis/data-collection).
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
    **{key: {"type": "string", "description": text} for key, text in ANALYSIS_DESCRIPTIONS.items()},
}
# What ClientData answers a new caller (greeting.dynamic_variables): the placeholders' values.
_NEUTRAL = {"returning_caller": "no", "memory_count": "0", "shared_phone": "no"}
_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
SYSTEM_PREFIX = "system__"  # filled by ElevenLabs; custom variables may not use it (docs: dynamic-variables)


def contains(actual: Any, wanted: Any) -> bool:
    """Whether ``actual`` holds everything ``wanted`` says (the API may add defaults of its own);
    lists as sets, since ElevenLabs may answer them in another order."""
    if isinstance(wanted, dict):
        return isinstance(actual, dict) and all(contains(actual.get(k), v) for k, v in wanted.items())
    if isinstance(wanted, list):
        return isinstance(actual, list) and {_canonical(v) for v in wanted} <= {_canonical(v) for v in actual}
    return bool(actual == wanted)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True)


def merged(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    result = dict(current)
    for key, value in wanted.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key] = merged(result[key], value)
        else:
            result[key] = value
    return result


def speaking(agent: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = (agent.get("conversation_config") or {}).get("agent") or {}
    return found


def placeholders_of(agent: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = (speaking(agent).get("dynamic_variables") or {}).get(
        "dynamic_variable_placeholders"
    ) or {}
    return found


def wanted_placeholders(
    agent: dict[str, Any], default_first_message: str, *, verification: bool = False
) -> dict[str, str]:
    """The placeholders setup adds: every variable ClientData answers that has none yet; with
    CallerVerification, ``caller_verified`` too ("no": a conversation ClientData never saw, a widget's
    or a test call's, is not verified)."""
    have = placeholders_of(agent)
    previous = speaking(agent).get("first_message") or ""
    first = previous if previous and previous != FIRST_MESSAGE else default_first_message
    values = {**dict.fromkeys(DYNAMIC_VARIABLES, ""), **_NEUTRAL, "first_message": first}
    if verification:
        values[VERIFIED_VARIABLE] = "no"
    return {name: value for name, value in values.items() if name not in have}


def referenced_variables(agent: dict[str, Any], tools: list[dict[str, Any]]) -> set[str]:
    """Every custom variable the agent's first message, prompt and tools reference."""
    texts = [
        str(speaking(agent).get("first_message") or ""),
        str((speaking(agent).get("prompt") or {}).get("prompt") or ""),
    ]
    found = {name for text in texts for name in _VARIABLE.findall(text)}
    for tool in tools:
        found |= set(_VARIABLE.findall(json.dumps(tool)))
        found |= set(re.findall(r'"dynamic_variable":\s*"([^"]+)"', json.dumps(tool)))
    return {name for name in found if not name.startswith(SYSTEM_PREFIX)}


def agent_variables(agent: dict[str, Any], tools: list[dict[str, Any]]) -> dict[str, str]:
    """What ClientData must answer for this agent beyond our own: each variable it defines, with
    its placeholder value ("" without one)."""
    placeholders = {k: _text(v) for k, v in placeholders_of(agent).items()}
    names = referenced_variables(agent, tools) | set(placeholders)
    return {name: placeholders.get(name, "") for name in sorted(names)}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def permissions(first_message: bool, prompt: bool, language: bool) -> dict[str, Any]:
    """The override permissions the stack needs: only those it sends, each only ever switched on."""
    agent: dict[str, Any] = {}
    if first_message:
        agent["first_message"] = True
    if language:
        agent["language"] = True
    if prompt:
        agent["prompt"] = {"prompt": True}
    needed: dict[str, Any] = {"enable_conversation_initiation_client_data_from_webhook": True}
    if agent:
        needed["conversation_config_override"] = {"agent": agent}
    return needed


@dataclass(frozen=True)
class Change:
    """One change setup makes to an agent; ``permission``: an override permission switched on."""

    what: str
    permission: bool = False


def agent_patch(
    agent: dict[str, Any],
    *,
    tools: dict[str, str],
    wanted_permissions: dict[str, Any],
    workspace: dict[str, Any],
    default_first_message: str,
    replaced_tools: set[str] | frozenset[str] = frozenset(),
    verification: bool = False,
) -> tuple[dict[str, Any], list[Change]]:
    """The sections of ``agent`` to write back, and each change in them (both empty: it matches)."""
    changes: list[Change] = []
    conversation = agent.get("conversation_config") or {}
    now = dict(speaking(agent))
    placeholders = wanted_placeholders(agent, default_first_message, verification=verification)
    if now.get("first_message") != FIRST_MESSAGE:
        was = now.get("first_message") or ""
        kept = f"{was[:60]!r} kept as its placeholder" if was else "the default greeting as its placeholder"
        changes.append(Change(f"first message {FIRST_MESSAGE} ({kept})"))
        now["first_message"] = FIRST_MESSAGE
    if placeholders:
        changes.append(Change(f"placeholders for {', '.join(placeholders)}"))
        variables = dict(now.get("dynamic_variables") or {})
        variables["dynamic_variable_placeholders"] = {**placeholders_of(agent), **placeholders}
        now["dynamic_variables"] = variables
    prompt = {k: v for k, v in (now.get("prompt") or {}).items() if k != "tools"}  # deprecated for tool_ids
    attached = list(prompt.get("tool_ids") or [])
    wanted_tools = [t for t in attached if t not in replaced_tools]
    wanted_tools += [t for t in tools.values() if t not in wanted_tools]
    if set(wanted_tools) != set(attached):
        changes.append(Change(f"tools {', '.join(sorted(tools))}"))
        now["prompt"] = {**prompt, "tool_ids": wanted_tools}
    patch: dict[str, Any] = {}
    if changes:
        patch["conversation_config"] = {**conversation, "agent": now}

    settings = agent.get("platform_settings") or {}
    platform: dict[str, Any] = {}
    collected = settings.get("data_collection") or {}
    missing = {k: v for k, v in DATA_COLLECTION.items() if k not in collected}
    if missing:
        platform["data_collection"] = {**collected, **missing}
        changes.append(Change(f"data collection {', '.join(missing)}"))
    overrides = settings.get("overrides") or {}
    if not contains(overrides, wanted_permissions):
        platform["overrides"] = merged(overrides, wanted_permissions)
        off = [path for path in _paths(wanted_permissions) if not contains(_at(overrides, path), True)]
        changes.append(Change(f"override permission {', '.join('.'.join(p) for p in off)} on", True))
    workspace_now = settings.get("workspace_overrides") or {}
    if not contains(workspace_now, workspace):
        platform["workspace_overrides"] = merged(workspace_now, workspace)
        changes.append(Change("conversation-initiation and post-call webhooks"))
    if platform:
        patch["platform_settings"] = platform
    return patch, changes


def _paths(tree: dict[str, Any], prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for key, value in tree.items():
        found += _paths(value, (*prefix, key)) if isinstance(value, dict) else [(*prefix, key)]
    return found


def _at(tree: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        tree = tree.get(key) if isinstance(tree, dict) else None
    return tree
