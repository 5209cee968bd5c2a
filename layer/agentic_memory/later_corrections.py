"""A later call's correction ranked with what it corrects (``ranking``).

A vector search ranks "And your home address? 12 Oak Avenue" level with the "48 Elm Street" that
replaced it, and a correction that shares no word with the question ("switched her massage to Marcus
instead of Elena" for "which therapist is she booked with") may not be found at all. Here an older
memory about what a later correction is about ranks below that correction, and a correction left out
comes with a memory it corrects: above it when about as close to the query, else just below.
"""

from __future__ import annotations

import re
from collections import Counter

from agentic_memory.answer_types import ASKS_PERSON, may_answer
from agentic_memory.memory import MemoryRecord
from agentic_memory.memory_terms import cached_terms, call_day, kind_words, terms
from agentic_memory.sentences import summary_sentences

# How far below the memory it corrects a later correction's vector score may be and still replace it.
CORRECTION_REACH = 0.15
CORRECTION_ABOVE = 0.07
CORRECTION = re.compile(
    r"\b(chang(?:e|ed|es|ing)|updat(?:e|ed|es|ing)|now|new|instead|moved|actually|"
    r"correct(?:ed|ion)?|no longer)\b",
    re.IGNORECASE,
)

Scored = list[tuple[float, MemoryRecord]]


def later_corrections(
    query: str,
    records: list[MemoryRecord],
    memory_terms: list[set[str]],
    relevant: list[bool],
    frequency: Counter[str],
) -> dict[int, list[int]]:
    """The memories, left out so far, that a later call wrote to correct one the query found ("Grace
    switched her next massage to Marcus instead of Elena" for "booked a prenatal massage with Elena"):
    what they change shares two of its less common terms with it, and they hold what the query asks
    for (a number). Each maps to those it corrects. Not for a question asking who: a correction names
    the caller, who is no answer to it ("Nadia moved her boiler service" to "who does she like us to
    send")."""
    if ASKS_PERSON.search(query):
        return {}
    common = {t for t, n in frequency.items() if 2 * n >= len(records)} | kind_words()
    found: dict[int, list[int]] = {}
    for i, record in enumerate(records):
        if relevant[i] or not CORRECTION.search(record.memory) or not may_answer(query, record.memory):
            continue
        changes = corrected(record.memory) - common
        replaced = [
            j
            for j, other in enumerate(records)
            if relevant[j]
            and call_day(other) < call_day(record)
            and len(changes & memory_terms[j]) >= 2
            and (record.score or 0.0) >= (other.score or 0.0) - CORRECTION_REACH
        ]
        if replaced:
            found[i] = replaced
    return found


def placed(scored: Scored, records: list[MemoryRecord], replacing: dict[int, list[int]]) -> Scored:
    """A correction pulled in (``later_corrections``) goes just above what it corrects when about as
    close to the query, else just below it: the agent reads both, the newer first when the question is
    about what changed."""
    by_record = {id(record): score for score, record in scored}
    result = []
    for i, record in enumerate(records):
        if id(record) not in by_record:
            continue
        score = by_record[id(record)]
        if i in replacing:
            score = max(
                by_record[id(records[j])]
                + (0.01 if (record.score or 0.0) >= (records[j].score or 0.0) - CORRECTION_ABOVE else -0.01)
                for j in replacing[i]
            )
        result.append((score, record))
    return result


def corrections_first(scored: Scored, query_terms: set[str]) -> Scored:
    """An older memory about what a later correction is about ranks below that correction: "SMS alerts
    go to 07700 900999" below "changed the number for SMS alerts to 07700 900456"."""
    kinds = kind_words()
    corrections = [(score, call_day(r), corrected(r.memory) & query_terms - kinds) for score, r in scored]
    result = []
    for score, record in scored:
        about = set(cached_terms(record.memory)) & query_terms - kinds
        later = [s for s, day, subject in corrections if day > call_day(record) and subject & about]
        result.append((min(score, min(later) - 0.01) if later else score, record))
    return result


# How many of the question's terms the first result must share for a later call's memory sharing them
# all to take its place. Chosen on the development sets, caller scope with the items: 2 took
# heldout_trades' outdated values first 2 -> 0 of 16 and its recall@1 0.672 -> 0.707 (motoring 0.850
# -> 0.825, the rest unchanged); 1, a single shared term, cost recall@1 on households, studios and
# hospitality.
NEWER_ABOUT = 2


def newer_first(kept: Scored, query: str, query_terms: set[str]) -> Scored:
    """The results in order, the first giving way to a later call's memory among them that shares
    every term of the question the first shares and may answer it ("season fee £2,850." to "The
    season fee rises to £3,120."), again until none is later: between memories about the same thing,
    the newer call's value, whatever words it was said in ("rises to", "from C14 to D22")."""
    about = set(cached_terms(kept[0][1].memory)) & query_terms - kind_words() if kept else set()
    if len(kept) < 2 or len(about) < NEWER_ABOUT:
        return kept
    order = list(kept)
    while True:
        first = order[0][1]
        later = next(
            (
                i
                for i, (_, record) in enumerate(order[1:], 1)
                if call_day(record) > call_day(first)
                and about <= set(cached_terms(record.memory))
                and may_answer(query, record.memory)
            ),
            None,
        )
        if later is None:
            return order
        score, record = order.pop(later)
        order.insert(0, (max(score, order[0][0]), record))


def corrected(memory: str) -> set[str]:
    """The terms of what ``memory`` says was changed: those of its sentences that say so. A summary's
    "updated his email … instead of his old address. He said the limp is gone." corrects the email, not
    the limp."""
    return {
        t for sentence in summary_sentences(memory) if CORRECTION.search(sentence) for t in terms(sentence)
    }
