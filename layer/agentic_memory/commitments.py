"""Commitments read from a call's summary: the sentences that leave something for later ("the office
will call back about the crown on Friday"), and the words that say what one is about, so that a later
call talking of the same thing settles it (``brief``).

ElevenLabs writes its summaries in English whatever the call's language, so the cues are English.
"""

from __future__ import annotations

import re

from agentic_memory.sentences import summary_sentences

# A summary sentence that leaves something for later.
_COMMITMENT = re.compile(
    r"\b(call(?:ing|s)? (?:them |him |her )?back|callback|follow(?:ed|ing|s)?[- ]up|will (?:send|email|mail|"
    r"ship|deliver|check|confirm|arrange|look into|contact|get back|text|reach out|schedule)|to (?:send|"
    r"confirm|call|bring|pick up|drop off|reschedule)\b|scheduled|booked|reserved|reservation|appointment|"
    r"promised|pending|awaiting|waiting for|remind|due (?:on|by)|expects? (?:a|the|to)|picks? up|pick-up)",
    re.IGNORECASE,
)
# A preference or a standing fact is a fact, not something left open: "prefers morning appointments"
# or "is allergic to latex" up to the end of its clause is not read for cues; the rest of the sentence
# is ("booked Friday and prefers mornings" still leaves the booking open).
_STANDING_CLAUSE = re.compile(
    r"\b(?:prefers?|preferred|preference|likes?|loves?|dislikes?|allergic|always|usually|never|"
    r"favou?rite)\b[^,;.]*",
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
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9'-]{3,}")


def commitments(summary: str) -> list[str]:
    """The sentences of ``summary`` that leave something for later (the call's own analysis item
    ``open_item`` decides instead when the call has it: ``brief``)."""
    return [
        sentence
        for sentence in summary_sentences(summary)
        if _COMMITMENT.search(_STANDING_CLAUSE.sub("", sentence))
    ]


def topic_words(text: str) -> set[str]:
    """The words of ``text`` that say what it is about (not that it is a booking or a call back)."""
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in _GENERIC and not w[0].isdigit()}
