"""The caller brief: what the agent knows before it speaks (DESIGN §3, caller profile).

Ingestion merges each call into the brief; ClientData renders it, with one GetItem and no Mem0:

* **facts** — data-collection values, one current value per id and agent. A later call that says a
  different value replaces it and the brief says when it changed; a call replayed out of order never
  overwrites what a later call said.
* **calls** — the last ``MAX_CALLS`` calls (date, agent, title, summary, language, name said): the
  relationship, not the last call alone; older calls count but are not kept.
* **open items** — commitments and appointments from the calls' summaries ("the office will call back
  about the crown on Friday"), with their due date when one is said. A later call that talks about the
  same thing settles them; a dated one drops out once its day is past (decided when read, so a brief
  written months ago is never stale).
* **learned** — what Mem0 extracted from a call, once confirmed (mem0-platform), so the agent knows it
  without searching.
* **names** — every name collected on this number: two different ones mean a shared phone, and
  nobody is greeted by a name we are unsure of.

Everything carries the agent that heard it, so a view can hold one agent's calls only
(``MEMORY_SCOPE=caller_agent``) or keep private categories with their agent (``categories``). Every list
is bounded: the item stays far below DynamoDB's 400 KB whatever the number of calls.

The summaries ElevenLabs writes are English whatever the call's language, so the cues and dates read
from them are English; the first message itself speaks the caller's language (``greeting``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import date, timedelta
from typing import Any

from agentic_memory.categories import is_private
from agentic_memory.sentences import summary_sentences

MAX_CALLS = 6
MAX_OPEN_ITEMS = 6
MAX_LEARNED = 12
MAX_NAMES = 4
MAX_AGENTS_PER_FACT = 4
MAX_FACTS = 30
MAX_AGENTS = 10
# An open item without a date is dropped after this many days without a call settling it.
UNDATED_ITEM_DAYS = 60
# A summary sentence that leaves something for later.
_COMMITMENT = re.compile(
    r"\b(call(?:ing|s)? (?:them |him |her )?back|callback|follow(?:ed|ing|s)?[- ]up|will (?:send|email|mail|"
    r"ship|deliver|check|confirm|arrange|look into|contact|get back|text|reach out|schedule)|to (?:send|"
    r"confirm|call|bring|pick up|drop off|reschedule)\b|scheduled|booked|reserved|reservation|appointment|"
    r"promised|pending|awaiting|waiting for|remind|due (?:on|by)|expects? (?:a|the|to)|picks? up|pick-up)",
    re.IGNORECASE,
)
# Words that say what kind of commitment a sentence is, not what it is about: they never settle an item.
_GENERIC_WORDS = """
    about after again also appointment arrange asked back been before booked booking call called caller
    calling calls check confirm confirmed contact customer date deliver email follow from have mail need
    needs office pending promised reach remind reminder reservation reserved schedule scheduled send sent
    should that their them then they this time today tomorrow week will with would your next later agent
    want wanted wants said says told asking regarding
"""
_GENERIC = frozenset(_GENERIC_WORDS.split())
# Data-collection ids whose value is when something is due.
_SCHEDULE_KEY = re.compile(r"date|appointment|booking|reservation|visit|callback|follow|due|deliver", re.I)
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'-]{3,}")
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(next )?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(tomorrow|next week|in (\w+) (days|weeks))\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


@dataclass(frozen=True)
class FactValue:
    value: str
    date: str  # the last call that said it
    since: str  # the first call that said this value
    changed: bool  # it replaced a different value (on ``since``)
    agent: str
    categories: str = ""  # the call's private categories (``categories.call_categories``)


@dataclass(frozen=True)
class CallNote:
    """One call as the brief keeps it."""

    conversation_id: str
    date: str
    agent: str = ""
    title: str = ""
    summary: str = ""
    language: str = ""
    name: str = ""
    started: int = 0  # unix seconds: orders two calls of one day
    categories: str = ""  # the categories the whole call falls in (``categories.call_categories``)


@dataclass(frozen=True)
class OpenItem:
    text: str
    opened: str
    agent: str
    conversation_id: str
    topic: str = ""  # the opening call's title: short enough for a greeting
    due: str = ""  # ISO date, when the item names a day
    categories: str = ""  # the opening call's private categories


@dataclass(frozen=True)
class Learned:
    text: str
    date: str
    agent: str
    conversation_id: str
    categories: str = ""  # the call's private categories


@dataclass(frozen=True)
class CallFacts(CallNote):
    """What one finished call brings to its caller's brief: the call, and the facts it collected."""

    facts: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Brief:
    facts: dict[str, list[FactValue]] = field(default_factory=dict)
    calls: list[CallNote] = field(default_factory=list)  # newest first
    open_items: list[OpenItem] = field(default_factory=list)
    learned: list[Learned] = field(default_factory=list)  # newest first
    names: dict[str, str] = field(default_factory=dict)  # name → last call date that collected it
    agents: dict[str, list[Any]] = field(default_factory=dict)  # agent → [calls, first date, last date]

    # -- storage --------------------------------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Brief:
        if not text:
            return cls()
        raw = json.loads(text)
        return cls(
            facts={k: [FactValue(**v) for v in values] for k, values in raw.get("facts", {}).items()},
            calls=[CallNote(**c) for c in raw.get("calls", [])],
            open_items=[OpenItem(**o) for o in raw.get("open_items", [])],
            learned=[Learned(**item) for item in raw.get("learned", [])],
            names=dict(raw.get("names", {})),
            agents={k: list(v) for k, v in raw.get("agents", {}).items()},
        )

    # -- merging --------------------------------------------------------------------------------

    def with_call(self, call: CallFacts) -> Brief:
        """This brief after ``call`` (each conversation is merged once: ``profiles`` sees to it)."""
        newest = not self.calls or (call.date, call.started) >= (self.calls[0].date, self.calls[0].started)
        note = CallNote(**{f.name: getattr(call, f.name) for f in fields(CallNote)})
        note = replace(note, summary=note.summary.strip())
        calls = sorted([*self.calls, note], key=lambda c: (c.date, c.started), reverse=True)[:MAX_CALLS]
        names = dict(self.names)
        if call.name:
            key = _name_key(call.name)
            names.pop(next((n for n in names if _name_key(n) == key), ""), None)
            names[call.name] = max(call.date, self.names.get(call.name, ""))
            names = dict(sorted(names.items(), key=lambda kv: kv[1], reverse=True)[:MAX_NAMES])
        stats = self.agents.get(call.agent, [0, call.date, call.date])
        agents = {
            **self.agents,
            call.agent: [stats[0] + 1, min(stats[1], call.date), max(stats[2], call.date)],
        }
        agents = dict(sorted(agents.items(), key=lambda kv: kv[1][2], reverse=True)[:MAX_AGENTS])
        open_items = self.open_items
        if newest:  # a replayed older call neither settles nor opens what later calls said
            open_items = [item for item in open_items if not _settles(call, item)]
            open_items = [*open_items, *commitments(call)]
        open_items = sorted(open_items, key=lambda o: o.opened, reverse=True)[:MAX_OPEN_ITEMS]
        return replace(
            self,
            facts=_merge_facts(self.facts, call),
            calls=calls,
            names=names,
            agents=agents,
            open_items=open_items,
        )

    def with_learned(self, items: list[Learned]) -> Brief:
        """Memories Mem0 extracted from a call, newest first, bounded; exact repeats once."""
        known = {item.text for item in self.learned}
        fresh = [item for item in items if item.text not in known]
        merged = sorted([*self.learned, *fresh], key=lambda item: item.date, reverse=True)
        return replace(self, learned=merged[:MAX_LEARNED])

    # -- reading --------------------------------------------------------------------------------

    def view(
        self, agent: str | None, *, own_agent_only: bool, private: frozenset[str], today: str
    ) -> BriefView:
        """What one agent may be told today: its own calls only (``own_agent_only``), or every agent's
        but private categories only from itself; past dated items left out."""

        def visible(owner: str, marked: str, *texts: str) -> bool:
            if own_agent_only:
                return owner == (agent or "")
            return owner == agent or not is_private(private, *texts, marked=marked)

        if own_agent_only:
            calls = [c for c in self.calls if c.agent == (agent or "")]
        else:
            calls = [_public_call(c, agent, private) for c in self.calls if visible(c.agent, c.categories)]
        facts: list[tuple[str, FactValue]] = []
        for key, values in self.facts.items():
            shown = [v for v in values if visible(v.agent, v.categories, key, v.value)]
            if shown:
                latest = max(shown, key=lambda v: (v.date, v.since))
                if _past_schedule(key, latest, today):
                    continue
                changed = latest.changed or any(v.value != latest.value for v in shown)
                facts.append((key, latest if changed == latest.changed else replace(latest, changed=changed)))
        facts = _recent_first(facts)
        open_items = [
            o
            for o in self.open_items
            if visible(o.agent, o.categories, o.text, o.topic)
            and (o.due >= today if o.due else _days_between(o.opened, today) <= UNDATED_ITEM_DAYS)
        ]
        open_items.sort(key=lambda o: (o.due or "9999", o.opened))
        learned = [item for item in self.learned if visible(item.agent, item.categories, item.text)]
        if own_agent_only:
            stats = self.agents.get(agent or "")
            call_count, first = (stats[0], stats[1]) if stats else (0, "")
            names = {c.name: c.date for c in calls if c.name} if stats else {}
        else:
            call_count = sum(s[0] for s in self.agents.values())
            first = min((s[1] for s in self.agents.values()), default="")
            names = self.names
        return BriefView(
            call_count=call_count,
            first_call=first,
            names=sorted(names, key=lambda n: names[n], reverse=True),
            facts=facts,
            calls=calls,
            open_items=open_items,
            learned=learned,
        )


@dataclass(frozen=True)
class BriefView:
    """A brief as one agent may see it on one day."""

    call_count: int
    first_call: str
    names: list[str]
    facts: list[tuple[str, FactValue]]
    calls: list[CallNote]
    open_items: list[OpenItem]
    learned: list[Learned]

    @property
    def shared_phone(self) -> bool:
        return len({_name_key(n) for n in self.names}) > 1

    @property
    def caller_name(self) -> str:
        """The name to greet by: only when every name collected on this number is the same person."""
        return self.names[0] if self.names and not self.shared_phone else ""

    @property
    def language(self) -> str:
        """The language of their past calls: the most frequent among the kept ones, the latest on a tie."""
        spoken = [c.language.split("-")[0].split("_")[0].lower() for c in self.calls if c.language]
        if not spoken:
            return ""
        return max(dict.fromkeys(spoken), key=lambda lang: (spoken.count(lang), -spoken.index(lang)))

    @property
    def last_call(self) -> CallNote | None:
        return self.calls[0] if self.calls else None


def commitments(call: CallFacts) -> list[OpenItem]:
    """The sentences of a call's summary that leave something for later, with their day when said."""
    items = []
    for sentence in summary_sentences(call.summary):
        if _COMMITMENT.search(sentence):
            due = due_date(sentence, call.date)
            items.append(
                OpenItem(
                    sentence, call.date, call.agent, call.conversation_id, call.title, due, call.categories
                )
            )
    return items


def due_date(text: str, said_on: str) -> str:
    """The day ``text`` names, read relative to the call it was said on ("Friday" → the next Friday);
    empty when it names none."""
    try:
        base = date.fromisoformat(said_on)
    except ValueError:
        return ""
    for pattern, resolve in _DAY_READERS:
        found = pattern.search(text)
        if found:
            return resolve(found, base)
    return ""


def _iso(found: re.Match[str], _base: date) -> str:
    return _safe_date(int(found[1]), int(found[2]), int(found[3]))


def _month_and_day(month_word: str, day: int, base: date) -> str:
    month = MONTHS[month_word.lower()]
    # "January 5" said in November is next year's.
    year = base.year + (1 if month < base.month and base.month - month > 2 else 0)
    return _safe_date(year, month, day)


def _day_of_month(found: re.Match[str], base: date) -> str:
    day = int(found[1])
    year, month = (base.year, base.month) if day >= base.day else _next_month(base)
    return _safe_date(year, month, day)


def _weekday(found: re.Match[str], base: date) -> str:
    ahead = (WEEKDAYS.index(found[2].lower()) - base.weekday()) % 7 or 7
    return (base + timedelta(days=ahead)).isoformat()


def _relative(found: re.Match[str], base: date) -> str:
    phrase = found[1].lower()
    if phrase in ("tomorrow", "next week"):
        return (base + timedelta(days=1 if phrase == "tomorrow" else 7)).isoformat()
    count = _SMALL_NUMBERS.get(found[2].lower()) or (int(found[2]) if found[2].isdigit() else 0)
    days = count * (7 if found[3].lower() == "weeks" else 1)
    return (base + timedelta(days=days)).isoformat() if count else ""


_DAY_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], date], str]], ...] = (
    (_ISO_DATE, _iso),
    (_MONTH_DAY, lambda found, base: _month_and_day(found[1], int(found[2]), base)),
    (_DAY_MONTH, lambda found, base: _month_and_day(found[2], int(found[1]), base)),
    (_DAY_OF_MONTH, _day_of_month),
    (_WEEKDAY, _weekday),
    (_RELATIVE, _relative),
)


def topic_words(text: str) -> set[str]:
    """The words of ``text`` that say what it is about (not that it is a booking or a call back)."""
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _GENERIC and not w[0].isdigit()}


def _settles(call: CallFacts, item: OpenItem) -> bool:
    """A later call that talks about what the item is about settles it (it may open it again)."""
    if call.conversation_id == item.conversation_id or call.date < item.opened:
        return False
    about = topic_words(item.text) - {w.lower() for w in (call.name, *call.name.split())}
    return bool(about & topic_words(f"{call.title} {call.summary}"))


def _merge_facts(facts: dict[str, list[FactValue]], call: CallFacts) -> dict[str, list[FactValue]]:
    merged = dict(facts)
    for key, value in call.facts.items():
        values = list(merged.get(key, []))
        mine = next((v for v in values if v.agent == call.agent), None)
        if mine is not None and mine.date > call.date:
            continue  # an older call replayed late: what the later call said stands
        latest = max(values, key=lambda v: v.date, default=None)
        if mine is not None and mine.value == value:
            entry = replace(mine, date=call.date, categories=_both(mine.categories, call.categories))
        else:  # a new value: changed when it replaces a different one, this agent's or the latest
            changed = any(v.value != value for v in (mine, latest) if v is not None)
            entry = FactValue(value, call.date, call.date, changed, call.agent, call.categories)
        values = [v for v in values if v.agent != call.agent] + [entry]
        merged[key] = sorted(values, key=lambda v: v.date, reverse=True)[:MAX_AGENTS_PER_FACT]
    if len(merged) > MAX_FACTS:
        newest = sorted(merged, key=lambda k: merged[k][0].date, reverse=True)[:MAX_FACTS]
        merged = {k: merged[k] for k in newest}
    return merged


def _both(first: str, second: str) -> str:
    """Two calls' categories together: a value said in a health call stays private."""
    return ",".join(sorted(set(first.split(",")) | set(second.split(",")) - {""}))


def _past_schedule(key: str, fact: FactValue, today: str) -> bool:
    """A data-collection value that names a day for something ("appointment_date": "2026-09-25"),
    once that day is past: the brief keeps no past appointment."""
    if not _SCHEDULE_KEY.search(key):
        return False
    day = due_date(fact.value, fact.date)
    return bool(day) and day < today


def _recent_first(facts: list[tuple[str, FactValue]]) -> list[tuple[str, FactValue]]:
    """Changed facts first (a correction matters most), then by when the value was last said."""
    return sorted(facts, key=lambda kv: (kv[1].changed, kv[1].date), reverse=True)


def _public_call(call: CallNote, agent: str | None, private: frozenset[str]) -> CallNote:
    """Another agent's call without its private sentences (and title, when that is private)."""
    if call.agent == agent or not private:
        return call
    summary = " ".join(s for s in summary_sentences(call.summary) if not is_private(private, s))
    return replace(call, summary=summary, title="" if is_private(private, call.title) else call.title)


def _name_key(name: str) -> str:
    """ "Maria", "maria" and "Maria Lopez" are one person; "Tom" is another."""
    return (name.strip().split() or [""])[0].casefold()


def _days_between(earlier: str, later: str) -> int:
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return 0


def _next_month(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def _safe_date(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
