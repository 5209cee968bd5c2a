"""The caller brief: what the agent knows before it speaks (DESIGN §3, caller profile).

Ingestion merges each call into the brief; ClientData renders it (``brief_view``), with one BatchGetItem
and no Mem0:

* **facts** — data-collection values, one current value per id and agent. A later call that says a
  different value replaces it and the brief says when it changed; a call replayed out of order never
  overwrites what a later call said.
* **calls** — the last ``MAX_CALLS`` calls (date, agent, title, summary, language, name said): the
  relationship, not the last call alone; older calls count (``agents``) but are not kept.
* **lasting facts** — what the post-call analysis wrote as facts a future call would need, merged
  across every call, a correction replacing what it corrects (``lasting``).
* **open items** — the analysis item ``open_item`` with its date when the call has the items; else
  commitments and appointments from the calls' summaries (``commitments``), with their due date when
  one is said (``dates``). A later call that talks about the same thing settles
  them; a dated one drops out once its day is past (decided when read, so a brief written months ago
  is never stale).
* **learned** — what Mem0 extracted from a call, once confirmed (mem0-platform), so the agent knows it
  without searching.
* **names** — every name collected on this number: two different ones mean a shared phone, and
  nobody is greeted by a name we are unsure of.

Everything carries the agent that heard it, so a view can hold one agent's calls only
(``MEMORY_SCOPE=caller_agent``) or keep private categories with their agent (``categories``). Every list
is bounded: the item stays far below DynamoDB's 400 KB whatever the number of calls.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from agentic_memory.categories import both_categories
from agentic_memory.commitments import commitments, topic_words
from agentic_memory.dates import due_date
from agentic_memory.lasting import LastingFact, merge_lasting

MAX_CALLS = 6
MAX_OPEN_ITEMS = 6
MAX_LEARNED = 12
_AGENT, _CALLER = "Agent: ", " Caller: "  # how the local backend writes a learned answer
MAX_NAMES = 4
MAX_AGENTS_PER_FACT = 4
MAX_FACTS = 30
MAX_AGENTS = 10


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
class AgentCalls:
    """The calls one agent had with the caller: every one counts, though the brief keeps the last
    ``MAX_CALLS`` only. Stored as ``[count, first, last]``, the shape profiles have always had: every
    profile written before reads as it was, and a version rolled back to reads what this one writes."""

    count: int
    first: str  # the first call's date
    last: str  # the last call's date

    def with_call(self, day: str) -> AgentCalls:
        return AgentCalls(self.count + 1, min(self.first, day), max(self.last, day))

    def stored(self) -> list[Any]:
        return [self.count, self.first, self.last]

    @classmethod
    def from_stored(cls, stored: list[Any]) -> AgentCalls:
        count, first, last = stored
        return cls(count, first, last)


@dataclass(frozen=True)
class CallFacts(CallNote):
    """What one finished call brings to its caller's brief: the call, and the facts it collected."""

    facts: dict[str, str] = field(default_factory=dict)
    # The analysis items (``analysis_items``), when the call has them (``analysed``).
    lasting: tuple[str, ...] = ()
    open_item: str = ""
    open_item_date: str = ""
    analysed: bool = False
    # a lasting fact or the open item said beside a private matter: its categories, beyond the call's
    private_parts: dict[str, str] = field(default_factory=dict)

    def part_categories(self, part: str) -> str:
        """The private categories of a lasting fact or the open item: the call's, and the sentences'
        that said it (``call_privacy.private_parts``)."""
        return both_categories(self.categories, self.private_parts.get(part, ""))


@dataclass(frozen=True)
class Brief:
    facts: dict[str, list[FactValue]] = field(default_factory=dict)
    calls: list[CallNote] = field(default_factory=list)  # newest first
    open_items: list[OpenItem] = field(default_factory=list)
    learned: list[Learned] = field(default_factory=list)  # newest first
    lasting: list[LastingFact] = field(default_factory=list)  # newest first
    names: dict[str, str] = field(default_factory=dict)  # name → last call date that collected it
    agents: dict[str, AgentCalls] = field(default_factory=dict)  # the agent heard last first

    # -- storage --------------------------------------------------------------------------------

    def to_json(self) -> str:
        stored = {**asdict(self), "agents": {k: v.stored() for k, v in self.agents.items()}}
        if not self.lasting:  # a brief without lasting facts keeps the shape it had before them
            del stored["lasting"]
        return json.dumps(stored, ensure_ascii=False, separators=(",", ":"))

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
            lasting=[LastingFact(**item) for item in raw.get("lasting", [])],
            names=dict(raw.get("names", {})),
            agents={k: AgentCalls.from_stored(v) for k, v in raw.get("agents", {}).items()},
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
            key = name_key(call.name)
            names.pop(next((n for n in names if name_key(n) == key), ""), None)
            names[call.name] = max(call.date, self.names.get(call.name, ""))
            names = dict(sorted(names.items(), key=lambda kv: kv[1], reverse=True)[:MAX_NAMES])
        counted = self.agents.get(call.agent, AgentCalls(0, call.date, call.date)).with_call(call.date)
        agents = {**self.agents, call.agent: counted}
        agents = dict(sorted(agents.items(), key=lambda kv: kv[1].last, reverse=True)[:MAX_AGENTS])
        open_items = self.open_items
        if newest:  # a replayed older call neither settles nor opens what later calls said
            open_items = [item for item in open_items if not _settles(call, item)]
            open_items = [*open_items, *_opened_by(call)]
        open_items = sorted(open_items, key=lambda o: o.opened, reverse=True)[:MAX_OPEN_ITEMS]
        return replace(
            self,
            facts=_merge_facts(self.facts, call),
            calls=calls,
            names=names,
            agents=agents,
            open_items=open_items,
            lasting=merge_lasting(
                self.lasting,
                [
                    LastingFact(text, call.date, call.agent, call.conversation_id, call.part_categories(text))
                    for text in call.lasting
                ],
            ),
        )

    def with_learned(self, items: list[Learned]) -> Brief:
        """Memories Mem0 extracted from a call, newest first, bounded; exact repeats once. An answer
        to the question an older one answered ("Agent: How many guests? Caller: 150" after "Agent:
        How many guests? Caller: 120", same agent) replaces it: a correction, not a second fact."""
        known = {item.text for item in self.learned}
        fresh = [item for item in items if item.text not in known]
        merged = sorted([*self.learned, *fresh], key=lambda item: item.date, reverse=True)
        asked: set[tuple[str, frozenset[str]]] = set()
        kept = []
        for item in merged:
            question = _question_of(item)
            if question is None or question not in asked:
                kept.append(item)
            if question is not None:
                asked.add(question)
        return replace(self, learned=kept[:MAX_LEARNED])


def _question_of(item: Learned) -> tuple[str, frozenset[str]] | None:
    """The agent and the terms of the question a learned answer answers ("Agent: And who is her GP?
    Caller: Dr Okonkwo", the local backend's), None for a fact written otherwise or a question of no
    term ("Anything else?")."""
    if not item.text.startswith(_AGENT) or _CALLER not in item.text:
        return None
    # Imported here: ClientData reads briefs on every call start and never learns; ingestion does.
    from agentic_memory.memory_terms import kind_words, terms  # noqa: PLC0415

    asked = frozenset(terms(item.text[len(_AGENT) : item.text.index(_CALLER)])) - kind_words()
    return (item.agent, asked) if asked else None


def name_key(name: str) -> str:
    """ "Maria", "maria" and "Maria Lopez" are one person; "Tom" is another."""
    return (name.strip().split() or [""])[0].casefold()


def _opened_by(call: CallFacts) -> list[OpenItem]:
    """What a call leaves open: its analysis item (with its date, else the day it names), or without
    the items the commitments of its summary, with their day when said."""
    if call.analysed:
        if not call.open_item:
            return []  # the analysis found nothing open: no cue phrase second-guesses it
        # A day before the call itself is a misread (a wrong year, a past day): read the text instead.
        said = call.open_item_date if call.open_item_date >= call.date else ""
        due = said or due_date(call.open_item, call.date)
        return [
            OpenItem(
                call.open_item, call.date, call.agent, call.conversation_id, call.title, due,
                call.part_categories(call.open_item),
            )
        ]  # fmt: skip
    return [
        OpenItem(
            sentence, call.date, call.agent, call.conversation_id, call.title,
            due_date(sentence, call.date), call.categories,
        )
        for sentence in commitments(call.summary)
    ]  # fmt: skip


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
            categories = both_categories(mine.categories, call.categories)
            entry = replace(mine, date=call.date, categories=categories)
        else:  # a new value: changed when it replaces a different one, this agent's or the latest
            changed = any(v.value != value for v in (mine, latest) if v is not None)
            entry = FactValue(value, call.date, call.date, changed, call.agent, call.categories)
        values = [v for v in values if v.agent != call.agent] + [entry]
        merged[key] = sorted(values, key=lambda v: v.date, reverse=True)[:MAX_AGENTS_PER_FACT]
    if len(merged) > MAX_FACTS:
        newest = sorted(merged, key=lambda k: merged[k][0].date, reverse=True)[:MAX_FACTS]
        merged = {k: merged[k] for k in newest}
    return merged
