"""What the agent says and knows at the start of a call (DESIGN §2.1), from a caller profile.

Pure functions of the profile and the settings: ClientData does one GetItem and then only this,
so its answer never waits on Mem0. ElevenLabs refuses a call whose response lacks a variable the
agent defines, hence one fixed set of variables, every one present, every value a string.
"""

from __future__ import annotations

from typing import Any

from agentic_memory.profiles import CallerProfile
from agentic_memory.settings import Settings

# The dynamic variables every response carries (documented in the README).
DYNAMIC_VARIABLES = (
    "caller_id",
    "returning_caller",
    "caller_name",
    "memory_count",
    "memory_summary",
    "last_call_summary",
    "last_call_date",
    "memory_context",
    # What the agent says first: its first message can be just {{first_message}}, personalised
    # without any override permission (the recommended setup, DESIGN §2.1).
    "first_message",
)
# Facts listed in the digest; more would crowd the prompt for little gain.
MAX_FACTS = 8


def next_greeting(caller_name: str | None) -> str:
    """The first message for a returning caller: by name when we know it, warm either way."""
    if caller_name:
        return f"Hello {caller_name}, welcome back! How can I help you today?"
    return "Welcome back! How can I help you today?"


def dynamic_variables(
    caller_id: str | None, profile: CallerProfile | None, default_first_message: str = ""
) -> dict[str, str]:
    """All of ``DYNAMIC_VARIABLES``: filled for a returning caller, neutral for anyone else."""
    if profile is None or profile.call_count == 0:
        return {
            **dict.fromkeys(DYNAMIC_VARIABLES, ""),
            "caller_id": caller_id or "",
            "returning_caller": "no",
            "memory_count": "0",
            "first_message": default_first_message,
        }
    return {
        "caller_id": profile.caller_id,
        "returning_caller": "yes",
        "caller_name": profile.caller_name,
        "memory_count": str(profile.memory_count),
        "memory_summary": memory_summary(profile),
        "last_call_summary": profile.last_call_summary,
        "last_call_date": profile.last_call_date,
        "memory_context": memory_context(profile),
        "first_message": profile.next_greeting or next_greeting(profile.caller_name),
    }


def memory_summary(profile: CallerProfile) -> str:
    """One line of what we know, for a short prompt slot."""
    facts = "; ".join(
        f"{fact_label(key)}: {value}" for key, value in sorted(profile.facts.items())[:MAX_FACTS]
    )
    return facts or profile.last_call_title


def memory_context(profile: CallerProfile) -> str:
    """A multi-line digest for the agent's prompt (``{{memory_context}}``)."""
    calls = "call" if profile.call_count == 1 else "calls"
    lines = [
        f"Returning caller{f' {profile.caller_name}' if profile.caller_name else ''}: "
        f"{profile.call_count} previous {calls}."
    ]
    if profile.last_call_date:
        lines.append(f"Last call: {profile.last_call_date}.")
    if profile.last_call_summary:
        lines.append(f"Last call summary: {profile.last_call_summary}")
    if profile.facts:
        lines.append("Known facts:")
        lines.extend(f"- {fact_label(k)}: {v}" for k, v in sorted(profile.facts.items())[:MAX_FACTS])
    return "\n".join(lines)


def initiation_response(
    caller_id: str | None, profile: CallerProfile | None, settings: Settings
) -> dict[str, Any]:
    """The ``conversation_initiation_client_data`` answer, with only the overrides switched on."""
    variables = dynamic_variables(caller_id, profile, settings.default_first_message)
    returning = variables["returning_caller"] == "yes"
    agent: dict[str, Any] = {}
    if settings.first_message_override and returning:
        # ElevenLabs refuses the call when the agent does not allow this override: off by default.
        agent["first_message"] = variables["first_message"]
    if settings.prompt_override and settings.base_prompt:
        # Added to the operator's base prompt, never instead of it: memory alone is no agent prompt.
        context = variables["memory_context"]
        agent["prompt"] = {
            "prompt": f"{settings.base_prompt}\n\n{context}" if context else settings.base_prompt
        }
    if settings.language_override and profile is not None and profile.language:
        agent["language"] = profile.language
    answer: dict[str, Any] = {"type": "conversation_initiation_client_data", "dynamic_variables": variables}
    if agent:
        answer["conversation_config_override"] = {"agent": agent}
    if caller_id:
        answer["user_id"] = caller_id
    return answer


def fact_label(key: str) -> str:
    """A data-collection id as words: "first_name" → "First name"."""
    return key.replace("_", " ").capitalize()
