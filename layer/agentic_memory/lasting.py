"""Lasting facts in the caller brief (``brief``): what the post-call analysis item ``lasting_facts``
(``analysis_items``) wrote as facts a future call would need, merged across every call, not only the
calls the brief keeps. A fact whose key (``fact_key``) a later call of the same agent says again is
replaced by the later wording, so a correction replaces what it corrects; a call replayed late never
overwrites a later one. Each agent keeps its own wording; a view shows the latest it may see
(``brief_view``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# Lasting facts kept, newest first: about 2,400 characters at ~80 each, more than BRIEF_MAX_CHARS shows.
MAX_LASTING = 30
# A fact's key is the subject before its verb or colon, when that is this short ("Daughter's school").
_MAX_KEY_WORDS = 5
# "Address: 14 Elm Street", "Daughter Emma is 7", "Su perro se llama Rex" keep their subject before
# these (a colon, or "is"/"are" in the six languages the greeting speaks).
_SUBJECT_END = re.compile(r"\s*:\s+|\s+(?:is|are|es|son|est|sont|ist|sind|è|sono|é|são)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class LastingFact:
    """A fact the analysis item ``lasting_facts`` wrote, as the brief keeps it."""

    text: str
    date: str  # the last call that said it
    agent: str
    conversation_id: str
    categories: str = ""  # the call's private categories
    corrects: str = ""  # the earlier wording this one replaced, when it differs

    @property
    def key(self) -> str:
        return fact_key(self.text)


def fact_key(text: str) -> str:
    """What a lasting fact is about, so that a later wording replaces it: its subject when it has a
    short one ("Address: 14 Elm Street" and "Address: 9 Pine Road" are both "address"; "Daughter Emma
    is 7" is "daughter emma"), else its whole text (only the same fact said again merges). Simple on
    purpose: the analysis is told to write a corrected fact only in its corrected form, so a subject
    is what a correction shares with what it corrects."""
    words = " ".join(text.casefold().strip(" .").split())
    subject = _SUBJECT_END.split(words, maxsplit=1)
    if len(subject) == 2 and 0 < len(subject[0].split()) <= _MAX_KEY_WORDS:
        return subject[0]
    return words


def merge_lasting(known: list[LastingFact], said: list[LastingFact]) -> list[LastingFact]:
    """``known`` with the lasting facts one call ``said``: one per agent and key, the latest call's
    wording."""
    merged = {(f.agent, f.key): f for f in known}
    for fact in said:
        old = merged.get((fact.agent, fact.key))
        if old is not None and old.date > fact.date:
            continue  # an older call replayed late: what the later call said stands
        if old is not None:
            same = old.text.casefold() == fact.text.casefold()
            fact = replace(fact, corrects=old.corrects if same else old.text)  # noqa: PLW2901
        merged[(fact.agent, fact.key)] = fact
    return sorted(merged.values(), key=lambda f: f.date, reverse=True)[:MAX_LASTING]
