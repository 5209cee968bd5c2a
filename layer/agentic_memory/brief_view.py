"""A brief as one agent may see it on one day (DESIGN §3): what ClientData renders (``greeting``).

Which agent may know what is decided here, when read, never when merged: under
``MEMORY_SCOPE=caller_agent`` an agent sees its own calls only; otherwise every agent's, but another
agent's private categories stay with it (``categories``). What is past is decided here too, so a brief
written months ago is never stale: a dated open item drops out once its day is past, an undated one
after ``UNDATED_ITEM_DAYS``, and a data-collection value that names a day once that day is past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from agentic_memory.brief import Brief, CallNote, FactValue, Learned, OpenItem, name_key
from agentic_memory.categories import categories_of, is_private
from agentic_memory.dates import days_between, due_date
from agentic_memory.lasting import LastingFact
from agentic_memory.sentences import summary_sentences

# An open item without a date is dropped after this many days without a call settling it.
UNDATED_ITEM_DAYS = 60
# Data-collection ids whose value is when something is due.
_SCHEDULE_KEY = re.compile(r"date|appointment|booking|reservation|visit|callback|follow|due|deliver", re.I)


@dataclass(frozen=True)
class BriefView:
    """A brief as one agent may see it on one day."""

    call_count: int
    first_call: str
    names: list[str]
    facts: dict[str, FactValue]  # by data-collection id: changed first, then the most recently said
    calls: list[CallNote]
    open_items: list[OpenItem]
    learned: list[Learned]
    lasting: list[LastingFact] = field(default_factory=list)  # one per key, newest first

    @classmethod
    def of(
        cls, brief: Brief, agent: str | None, *, own_agent_only: bool, private: frozenset[str], today: str
    ) -> BriefView:
        """What ``agent`` may be told today: its own calls only (``own_agent_only``), or every agent's
        but private categories only from itself; past dated items left out."""

        def visible(owner: str, marked: str, *texts: str) -> bool:
            if own_agent_only:
                return owner == (agent or "")
            return owner == agent or not is_private(private, *texts, marked=marked)

        if own_agent_only:
            calls = [c for c in brief.calls if c.agent == (agent or "")]
        else:
            calls = [_public_call(c, agent, private) for c in brief.calls if visible(c.agent, c.categories)]
        facts: dict[str, FactValue] = {}
        for key, values in brief.facts.items():
            shown = [v for v in values if visible(v.agent, v.categories, key, v.value)]
            if shown:
                latest = max(shown, key=lambda v: (v.date, v.since))
                if _past_schedule(key, latest, today):
                    continue
                changed = latest.changed or any(v.value != latest.value for v in shown)
                facts[key] = latest if changed == latest.changed else replace(latest, changed=changed)
        open_items = [
            o
            for o in brief.open_items
            if visible(o.agent, o.categories, o.text, o.topic)
            and (o.due >= today if o.due else days_between(o.opened, today) <= UNDATED_ITEM_DAYS)
        ]
        open_items.sort(key=lambda o: (o.due or "9999", o.opened))
        learned = [item for item in brief.learned if visible(item.agent, item.categories, item.text)]
        lasting: dict[str, LastingFact] = {}
        for fact in brief.lasting:  # newest first: the first of a key is its latest wording
            if visible(fact.agent, fact.categories, fact.text):
                lasting.setdefault(fact.key, fact)
        if own_agent_only:
            mine = brief.agents.get(agent or "")
            call_count, first = (mine.count, mine.first) if mine else (0, "")
            names = {c.name: c.date for c in calls if c.name} if mine else {}
        else:
            call_count = sum(a.count for a in brief.agents.values())
            first = min((a.first for a in brief.agents.values()), default="")
            names = brief.names
        return cls(
            call_count=call_count,
            first_call=first,
            names=sorted(names, key=lambda n: names[n], reverse=True),
            facts=_recent_first(facts),
            calls=calls,
            open_items=open_items,
            learned=learned,
            lasting=list(lasting.values()),
        )

    @property
    def shared_phone(self) -> bool:
        return len({name_key(n) for n in self.names}) > 1

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


def _past_schedule(key: str, fact: FactValue, today: str) -> bool:
    """A data-collection value that names a day for something ("appointment_date": "2026-09-25"),
    once that day is past: the brief keeps no past appointment."""
    if not _SCHEDULE_KEY.search(key):
        return False
    day = due_date(fact.value, fact.date)
    return bool(day) and day < today


def _recent_first(facts: dict[str, FactValue]) -> dict[str, FactValue]:
    """Changed facts first (a correction matters most), then by when the value was last said."""
    return dict(sorted(facts.items(), key=lambda kv: (kv[1].changed, kv[1].date), reverse=True))


def _public_call(call: CallNote, agent: str | None, private: frozenset[str]) -> CallNote:
    """Another agent's call without its private sentences (and title, when that is private), and
    without its summary when a sentence of it names a private matter its title does not: an aside
    the call's analysis item called "none", whose other sentences go on with it in other words
    (``call_privacy.private_parts``)."""
    if call.agent == agent or not private:
        return call
    about = categories_of(call.title)
    sentences = [(s, categories_of(s) & private) for s in summary_sentences(call.summary)]
    aside = any(found - about for _, found in sentences)
    summary = "" if aside else " ".join(s for s, found in sentences if not found)
    return replace(call, summary=summary, title="" if about & private else call.title)
