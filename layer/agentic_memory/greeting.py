"""What the agent says and knows at the start of a call (DESIGN §2.1), from a caller profile.

Pure functions of the profile, the settings, the asking agent and the day: ClientData does one
GetItem and then only this, so its answer never waits on Mem0. The brief is rendered here, when the
call starts, not when it was written: an appointment that is past by now is left out, and the agent
asking decides what it may see (``MEMORY_SCOPE``, ``PRIVATE_FACT_CATEGORIES``). ElevenLabs refuses a
call whose response lacks a variable the agent defines, hence one fixed set of variables, every one
present, every value a string.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import islice
from typing import Any

from agentic_memory.brief import FactValue, OpenItem
from agentic_memory.brief_view import BriefView
from agentic_memory.categories import is_private
from agentic_memory.greeting_words import GREETINGS, MONTH_NAMES, WEEKDAY_NAMES, WHEN
from agentic_memory.lasting import LastingFact
from agentic_memory.profiles import CallerProfile
from agentic_memory.sentences import summary_sentences
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
    # The brief: open items, facts (with the date a corrected one changed), the recent calls, what
    # was learned, within BRIEF_MAX_CHARS, most useful first.
    "memory_context",
    "open_items",  # one line per open item or appointment still ahead
    "shared_phone",  # "yes" when different names were collected on this number
    "caller_language",  # the language of their past calls (ISO 639-1), "" when unknown
    # What the agent says first: its first message can be just {{first_message}}, personalised
    # without any override permission (the recommended setup, DESIGN §2.1).
    "first_message",
)

_ELLIPSIS = "…"
# A recap of the last call in the first message is at most this long.
RECAP_CHARS = 120


def today_utc() -> str:
    return datetime.now(UTC).date().isoformat()


def dynamic_variables(
    caller_id: str | None,
    profile: CallerProfile | None,
    settings: Settings,
    agent_id: str | None = None,
    today: str | None = None,
) -> dict[str, str]:
    """All of ``DYNAMIC_VARIABLES``: filled for a returning caller, neutral for anyone else."""
    view = caller_view(profile, settings, agent_id, today or today_utc())
    if profile is None or view is None:
        return {
            **dict.fromkeys(DYNAMIC_VARIABLES, ""),
            "caller_id": caller_id or "",
            "returning_caller": "no",
            "memory_count": "0",
            "shared_phone": "no",
            "first_message": settings.default_first_message,
        }
    last = view.last_call
    return {
        "caller_id": profile.caller_id,
        "returning_caller": "yes",
        "caller_name": view.caller_name,
        "memory_count": str(profile.memory_count),
        "memory_summary": memory_summary(view),
        "last_call_summary": last.summary if last else "",
        "last_call_date": last.date if last else "",
        "memory_context": memory_context(view, settings.brief_max_chars),
        "open_items": "\n".join(_item_line(item) for item in view.open_items),
        "shared_phone": "yes" if view.shared_phone else "no",
        "caller_language": view.language,
        "first_message": first_message(
            view, settings.default_first_message, settings.private_fact_categories
        ),
    }


def caller_view(
    profile: CallerProfile | None, settings: Settings, agent_id: str | None, today: str
) -> BriefView | None:
    """The brief as ``agent_id`` may see it today; None when it holds no call this agent may know of."""
    if profile is None or profile.call_count == 0:
        return None
    view = BriefView.of(
        profile.brief,
        agent_id,
        own_agent_only=settings.memory_scope == "caller_agent",
        private=settings.private_fact_categories,
        today=today,
    )
    return view if view.call_count else None


def first_message(view: BriefView, default: str, private: frozenset[str] = frozenset()) -> str:
    """Welcome back, by name only when we are sure of it, asking about the open item (or recalling
    the last topic) in the caller's language; the configured default where we have no wording. On a
    shared phone a private topic (a treatment, say) is not said before we know who is speaking."""
    words = GREETINGS.get(view.language or "en")
    if words is None:
        return default
    welcome = words["named"].format(name=view.caller_name) if view.caller_name else words["nameless"]

    def sayable(marked: str, *texts: str) -> bool:
        return not (view.shared_phone and is_private(private, *texts, marked=marked))

    item = next(
        (o for o in view.open_items if (o.topic or o.due) and sayable(o.categories, o.text, o.topic)), None
    )
    if item is not None:
        topic = _topic(item.topic) or _topic(item.text)
        return welcome + words["open"].format(topic=topic, when=_when(item.due, view.language or "en"))
    last = view.last_call
    if (
        last is not None
        and (last.title or last.summary)
        and sayable(last.categories, last.title, last.summary)
    ):
        topic = last.title or _cut(summary_sentences(last.summary)[0], RECAP_CHARS)
        return welcome + words["last"].format(topic=topic.rstrip("."))
    return welcome + words["help"]


def memory_summary(view: BriefView) -> str:
    """One line for a short prompt slot: the facts, else the last call's title."""
    said = [f"{fact_label(key)}: {fact.value}" for key, fact in view.facts.items()]
    facts = "; ".join(islice([*said, *(fact.text for fact in view.lasting)], 8))
    return facts or (view.last_call.title if view.last_call else "")


def memory_context(view: BriefView, budget: int) -> str:
    """The brief for the agent's prompt (``{{memory_context}}``), at most ``budget`` characters, most
    useful first: who is calling, open items with their dates, facts (collected values, then the
    lasting facts of every call), the recent calls, then what was learned: a caller of many calls
    keeps their facts when the old summaries no longer fit, and what was learned (the caller's own
    answers, in local mode) fills what the summaries leave."""
    calls = "call" if view.call_count == 1 else "calls"
    since = f" since {view.first_call}" if view.first_call and view.call_count > 1 else ""
    last = view.last_call
    who = f"Returning caller {view.caller_name}" if view.caller_name else "Returning caller"
    header = f"{who}: {view.call_count} previous {calls}{since}"
    header += f", last on {last.date}." if last and last.date else "."
    lines = [header]
    if view.shared_phone:
        lines.append(
            f"This phone is shared: {_and(view.names)} have called from it. Ask who is speaking; "
            "the facts below may be about any of them."
        )
    sections = [
        ("Open items:", [_item_line(item) for item in view.open_items]),
        (
            "Known facts:",
            [_fact_line(key, fact) for key, fact in view.facts.items()]
            + [_lasting_line(fact) for fact in view.lasting],
        ),
        ("Recent calls:", [_call_line(note.date, note.title, note.summary) for note in view.calls]),
        ("Learned in past calls:", [f"- {item.text} ({item.date})" for item in view.learned]),
    ]
    used = len(header)
    for title, entries in sections:
        if not entries:
            continue
        added = False
        for entry in entries:
            room = budget - used - 1 - (0 if added else len(title) + 1)
            if room < 24:
                break
            text = entry if len(entry) <= room else _cut(entry, room)
            if not added:
                lines.append(title)
                used += len(title) + 1
                added = True
            lines.append(text)
            used += len(text) + 1
    return "\n".join(lines)[:budget]


def initiation_response(
    caller_id: str | None,
    profile: CallerProfile | None,
    settings: Settings,
    agent_id: str | None = None,
    today: str | None = None,
) -> dict[str, Any]:
    """The ``conversation_initiation_client_data`` answer, with only the overrides switched on."""
    variables = dynamic_variables(caller_id, profile, settings, agent_id, today)
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
    if settings.language_override and returning and variables["caller_language"]:
        agent["language"] = variables["caller_language"]
    answer: dict[str, Any] = {"type": "conversation_initiation_client_data", "dynamic_variables": variables}
    if agent:
        answer["conversation_config_override"] = {"agent": agent}
    if caller_id:
        answer["user_id"] = caller_id
    return answer


def fact_label(key: str) -> str:
    """A data-collection id as words: "first_name" → "First name"."""
    return key.replace("_", " ").capitalize()


def _fact_line(key: str, fact: FactValue) -> str:
    changed = f" (changed {fact.since})" if fact.changed else ""
    return f"- {fact_label(key)}: {fact.value}{changed}"


def _lasting_line(fact: LastingFact) -> str:
    corrected = f" (corrected {fact.date})" if fact.corrects else ""
    return f"- {fact.text}{corrected}"


def _item_line(item: OpenItem) -> str:
    due = f"due {item.due}, " if item.due else ""
    return f"- ({due}from the call of {item.opened}) {item.text}"


def _call_line(day: str, title: str, summary: str) -> str:
    return f"- {day}{f' ({title})' if title else ''}: {summary}" if summary else f"- {day}: {title}"


def _topic(text: str) -> str:
    """A title inside a sentence: "Crown follow-up" → "crown follow-up", an acronym or name kept."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def _when(due: str, language: str) -> str:
    if not due:
        return ""
    day = date.fromisoformat(due)
    return WHEN[language].format(
        weekday=WEEKDAY_NAMES[language].split()[day.weekday()],
        month=MONTH_NAMES[language].split()[day.month - 1],
        day=day.day,
    )


def _cut(text: str, room: int) -> str:
    """``text`` within ``room`` characters, cut at a word with an ellipsis when it is longer."""
    if len(text) <= room:
        return text
    cut = text[: room - 1].rsplit(" ", 1)[0]
    return cut + _ELLIPSIS


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
