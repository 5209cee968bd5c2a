"""``agentic-memory setup --undo``: each agent put back as it was before the first setup.

Setup saves the sections it may change before its first write to an agent (``saved_sections``);
undo writes them back (``undo_patch``), removing only what setup added: the agent's changes since,
in what setup does not touch, are kept, and so are tools and items the operator added since.
"""

from __future__ import annotations

from typing import Any

from agentic_memory.greeting import DYNAMIC_VARIABLES
from agentic_memory_ops.elevenlabs_agent import DATA_COLLECTION, contains, merged, placeholders_of, speaking


def saved_sections(agent: dict[str, Any]) -> dict[str, Any]:
    """What setup may change on the agent, as it is now: what ``--undo`` puts back."""
    settings = agent.get("platform_settings") or {}
    return {
        "first_message": speaking(agent).get("first_message"),
        "placeholders": placeholders_of(agent),
        "tool_ids": list((speaking(agent).get("prompt") or {}).get("tool_ids") or []),
        "data_collection": settings.get("data_collection") or {},
        "overrides": settings.get("overrides") or {},
        "workspace_overrides": settings.get("workspace_overrides") or {},
    }


def undo_patch(agent: dict[str, Any], saved: dict[str, Any], our_tool_ids: set[str]) -> dict[str, Any]:
    """The sections that put ``agent`` back as ``saved``, removing only what setup added (the agent's
    changes since, in what setup does not touch, are kept). A key to remove is sent as null: a PATCH
    merges objects key by key, so a key left out would stay."""
    conversation = agent.get("conversation_config") or {}
    now = dict(speaking(agent))
    prompt = {k: v for k, v in (now.get("prompt") or {}).items() if k != "tools"}
    before = list(saved["tool_ids"])
    tool_ids = before + [t for t in prompt.get("tool_ids") or [] if t not in before and t not in our_tool_ids]
    placeholders = _without(placeholders_of(agent), saved["placeholders"], set(DYNAMIC_VARIABLES), null=False)
    now.update(
        first_message=saved["first_message"] or "",
        prompt={**prompt, "tool_ids": tool_ids},
        dynamic_variables={
            **(now.get("dynamic_variables") or {}),
            "dynamic_variable_placeholders": placeholders,
        },
    )
    settings = agent.get("platform_settings") or {}
    collected = _without(
        settings.get("data_collection") or {}, saved["data_collection"], set(DATA_COLLECTION), null=False
    )
    workspace = settings.get("workspace_overrides") or {}
    return {
        "conversation_config": {**conversation, "agent": now},
        "platform_settings": {
            "data_collection": collected,
            "overrides": merged(_ALL_OFF, saved["overrides"]),
            "workspace_overrides": _without(workspace, saved["workspace_overrides"], _WEBHOOKS, null=True),
        },
    }


def undo_changes(agent: dict[str, Any], saved: dict[str, Any], our_tool_ids: set[str]) -> list[str]:
    """What ``undo_patch`` changes, one item each, for the plan."""
    now = speaking(agent)
    settings = agent.get("platform_settings") or {}
    found = []
    if (now.get("first_message") or "") != (saved["first_message"] or ""):
        found.append(f"first message back to {(saved['first_message'] or '')[:60]!r}")
    extra = [k for k in placeholders_of(agent) if k in DYNAMIC_VARIABLES and k not in saved["placeholders"]]
    if extra:
        found.append(f"placeholders {', '.join(extra)} removed")
    attached = [t for t in (now.get("prompt") or {}).get("tool_ids") or [] if t in our_tool_ids]
    if attached:
        found.append(f"tools {', '.join(attached)} taken off")
    items = [
        k
        for k in settings.get("data_collection") or {}
        if k in DATA_COLLECTION and k not in saved["data_collection"]
    ]
    if items:
        found.append(f"data collection {', '.join(items)} removed")
    if not contains(saved["overrides"], settings.get("overrides") or {}):
        found.append("override permissions as they were")
    if (settings.get("workspace_overrides") or {}) != saved["workspace_overrides"]:
        found.append("webhooks as they were")
    return found


# What setup may switch on or set, as it was before: off, or absent.
_ALL_OFF: dict[str, Any] = {
    "enable_conversation_initiation_client_data_from_webhook": False,
    "conversation_config_override": {
        "agent": {"first_message": False, "language": False, "prompt": {"prompt": False}}
    },
}
_WEBHOOKS = {"conversation_initiation_client_data_webhook", "webhooks"}


def _without(current: dict[str, Any], saved: dict[str, Any], ours: set[str], *, null: bool) -> dict[str, Any]:
    """``current`` with ``saved`` put back, each key of ``ours`` that ``saved`` lacks removed: sent as
    null where the SDK's model allows it (an optional field: a PATCH merging objects key by key would
    keep a key left out), left out of a map whose values may not be null (data collection,
    placeholders: the SDK refuses a null item, so such a map can only be written whole)."""
    kept = {k: v for k, v in current.items() if k in saved or k not in ours}
    removed = dict.fromkeys((k for k in current if k in ours and k not in saved), None) if null else {}
    return {**kept, **removed, **saved}
