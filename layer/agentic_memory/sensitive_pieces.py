"""Values read out in pieces: digits said across turns ("4111 1111" "mm-hm" "1111 1111"), with
hesitations or corrections between them ("the gate code is 58" "79, sorry, 5879").

A piece is a run of digits the reading of its own turn left in place: too short for the kind a cue
named, or with no cue at all. Consecutive pieces that begin after a cue and together are long
enough for its kind, or that together pass the card check, are one value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from agentic_memory import sensitive_values as values

# A value that ends its turn, maybe with a filler or a hesitation, may go on in the next one.
_FILLER = r"um+|uh+|er+|eh+|erm|hmm+|euh|äh|ähm|ehm|hã|pues|bueno|alors|also|allora|então"
ENDS_TURN = re.compile(rf"[\s,.\-\u2013\u2014\u2026]*(?:(?i:{_FILLER})[\s,.\u2026]*)?$")
STARTS_TURN = re.compile(
    rf"[\s,.\-\u2013\u2014\u2026]*(?:(?i:and|then|y|et|und|e|ok(?:ay)?|yes|sí|oui|ja|sì|sim|so|luego|"
    rf"puis|dann|poi|depois|wait|hold on|attendez|attends|warten sie|warte|moment|aspetti|aspetta|"
    rf"espere|espera|un momento|{_FILLER})[\s,.\u2026]*){{0,3}}"
)
# A turn that says which part of a value it reads ("second half is 06", "el resto es 19"): after a cue.
_PART_SAID = re.compile(
    r"[\s,.]*(?:[^\W\d_]+[\s,]+){0,3}(?i:is|are|es|son|est|sont|ist|sind|è|sono|é|são)\s+"
)
# Between two parts of one value in a turn: a hesitation or a correction ("58, sorry, 5879").
WITHIN = re.compile(
    rf"[\s,.\-\u2013\u2014\u2026]*(?:(?i:{_FILLER}|and|then|sorry|i mean|no|wait|actually|perdón|digo|"
    r"pardon|je veux dire|non|entschuldigung|ich meine|nein|scusi|scusa|cioè|desculpe|quer dizer|não|"
    r"y|et|und|e|luego|puis|dann|poi|depois|dash|hyphen|tiret|guion|guión|bindestrich|strich|trattino|"
    r"traço|hífen)[\s,.\u2026]*){0,3}"
)
# Between two parts of one reference: a space or a dash, maybe a few capitals ("RB 34 T 602", "2024 SIN
# 00419"): a code read out in its groups.
CODE_JOIN = re.compile(r"[\s\-/]+(?:[A-Z]{1,4}[\s\-/]+)?")
# A turn between two parts of a value: short, no digits ("go on", "mm-hm", "sigue").
MAX_BRIDGE_WORDS = 6
# How few digits a cue makes sensitive: a 3-digit CVV is a secret, a 4-digit "card ending" is not.
MIN_DIGITS = {"secrets": 3, "national_ids": 5, "bank_accounts": 5, "cards": 6}


@dataclass(frozen=True)
class Piece:
    """A run of digits left after a turn was read: maybe part of a value read out in pieces."""

    turn: int
    run: values.Run
    said: str | None  # the sensitive kind a cue before it names, though it is too short for it
    denied: bool = False  # a caller's value nothing says is harmless: a secret unless part of another


def continues(text: str, kept: list[tuple[int, int]], start: int) -> bool:
    """Whether a value at ``start`` goes on from a harmless one (``kept``) just before it."""
    return any(WITHIN.fullmatch(text, end, start) or CODE_JOIN.fullmatch(text, end, start) for _, end in kept)


def before_any(text: str, end: int, values: Sequence[Any]) -> bool:
    """Whether a piece ending at ``end`` is just before one of ``values`` (each with a ``start``)."""
    return any(WITHIN.fullmatch(text, end, value.start) for value in values)


def carried(text: str, last_value: tuple[int, str] | None, runs_after: bool, carry: str | None) -> str | None:
    """The kind of a value that ended this turn (``last_value``: where it ends, its kind), which may
    go on in the next; else the carry of the turn before when this one only bridges ("go on")."""
    if last_value is not None and ENDS_TURN.fullmatch(text, last_value[0]) and not runs_after:
        return last_value[1]
    if last_value is None and not runs_after and len(text.split()) <= MAX_BRIDGE_WORDS:
        return carry
    return None


def values_in_pieces(texts: list[str], kinds: frozenset[str], pieces: list[Piece]) -> list[tuple[Piece, str]]:
    """Each piece that is part of a value, with the value's kind: consecutive pieces that begin
    after a cue ("the gate code is 58" "79"), that together pass the card check, or that nothing
    says are harmless in a caller's turns and together are long enough for a secret ("It's 44" "mm"
    "71"), unless a question comes between them ("How old is he?" "12" "And her?" "9")."""
    found: list[tuple[Piece, str]] = []
    first = 0
    while first < len(pieces):
        end, kind = _value_from(texts, kinds, pieces, first)
        if kind is None:
            first += 1
            continue
        found += [(piece, kind) for piece in pieces[first:end]]
        first = end
    return found


def _value_from(
    texts: list[str], kinds: frozenset[str], pieces: list[Piece], first: int
) -> tuple[int, str | None]:
    """Where the pieces from ``first`` that make one value end, and its kind (None: no value)."""
    named = pieces[first].said
    digits, end = "", first
    for index in range(first, len(pieces)):
        if index > first and not _adjacent(texts, pieces[index - 1], pieces[index], named in kinds):
            break
        digits, end = digits + pieces[index].run.digits, index + 1
        if "cards" in kinds and index > first and values.is_card(digits):
            return end, "cards"
    if named in kinds and end > first + 1 and len(digits) >= MIN_DIGITS.get(named, 99):
        return end, named
    group = pieces[first:end]
    denied = all(p.denied for p in group) and len(digits) >= MIN_DIGITS["secrets"]
    denied = denied and all(one.turn != two.turn for one, two in pairwise(group))  # "10 and 12"
    asked = any("?" in text for text in texts[pieces[first].turn + 1 : pieces[end - 1].turn])
    if "secrets" in kinds and denied and end > first + 1 and not asked:
        return end, "secrets"
    return first + 1, None


def _adjacent(texts: list[str], one: Piece, two: Piece, named: bool = False) -> bool:
    if one.turn == two.turn:
        return bool(WITHIN.fullmatch(texts[one.turn], one.run.end, two.run.start))
    between = texts[one.turn + 1 : two.turn]
    return (
        bool(ENDS_TURN.fullmatch(texts[one.turn], one.run.end))
        and bool(
            STARTS_TURN.fullmatch(texts[two.turn], 0, two.run.start)
            or (named and _PART_SAID.fullmatch(texts[two.turn], 0, two.run.start))
        )
        and all(len(t.split()) <= MAX_BRIDGE_WORDS and not re.search(r"\d", t) for t in between)
        and len(between) <= 2
    )
