"""The sensitive-data policy: what is never stored in Mem0, the profile or the brief (``REDACT_SENSITIVE``).

A caller reads out a card number to pay, a national id to be identified, a PIN to unlock an account;
the transcript keeps it, and without this policy so would the memory read to whoever calls next from
that number. Each value is replaced by a label that keeps what is useful and harmless ("[card ending
1111]"), never dropped silently, so the agent still knows a card was given; the label always takes the
value's place, never stands beside it ("the password's tango-river-88" → "the password's [secret]").

* ``cards``: numbers that pass the Luhn check (13 to 19 digits), and numbers said to be a card;
* ``bank_accounts``: IBANs that pass their checksum, in any case and spacing, and account, routing or
  sort-code numbers said as such;
* ``national_ids``: ids whose check digit or letter identifies them (``sensitive_values``), and any
  number or code said to be one ("passport no. X1234567", "my SIN is \u2026");
* ``secrets``: PINs, passwords and passphrases, card security codes, access codes (gate, door,
  alarm, lockbox) and one-time codes, said as such.

Structure decides first (``sensitive_values``: checksums), then what the caller says a value is
(``sensitive_words``: cue words in six languages, the nearest one before the value, or after it:
"5521, that's my PIN"). A transcript is read as a conversation, turn after turn: the agent's
question is the cue for the answer ("And the code on the back?" "737"), and digits read out across
turns ("4111 1111" "mm-hm" "1111 1111") are one value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from agentic_memory import sensitive_values as values
from agentic_memory.sensitive_words import TURN, said_after, said_before
from agentic_memory.settings import SENSITIVE_KINDS

ALL_KINDS = SENSITIVE_KINDS
# How few digits a cue makes sensitive: a 3-digit CVV is a secret, a 4-digit "card ending" is not.
_MIN_DIGITS = {"secrets": 3, "national_ids": 5, "bank_accounts": 5, "cards": 6}
# A value said as a password: the cue, a verb or colon, then the value (a few words, to the clause end).
_PASSWORD = re.compile(
    r"(?i:\b(?:passwords?|passphrase|pass phrase|contraseña|clave|mot de passe|passwort|kennwort|"
    r"parola d['\u2019]ordine|senha|palavra-passe|memorable word|secret word)\b)"
    r"(?P<verb>['\u2019]s\b|\s*[:=]|,?\s+(?i:is|was|es|era|est|c['\u2019]est|ist|lautet|war|è|é|"
    r"it['\u2019]s|it is|that['\u2019]s|sería|será))"
    r"(?P<value>\s*[\"\u201c'\u2018]?(?P<first>[^\s.,;!?\"\u201d\u2019]+)"
    r"(?:\s+[^\s.,;!?\"\u201d]+){0,4}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas|or|o|ou|oder)\b))"
)
# What follows "my password is" when the password itself is not said.
_NOT_A_VALUE = re.compile(
    r"(?i:not|no|wrong|incorrect|expired|locked|blocked|too|the same|same|never|case|correct|"
    r"different|forgotten|forgot|reset|changed|long|short|weak|strong|no longer|"
    r"nicht|kein|falsch|pas|plus|incorrecte?|erróneo|errónea|incorrecta|sbagliata|errata|errada|"
    r"incorreta|bloqueado|bloccata|gesperrt|bloqué)"
)
# A value that ends its turn, maybe with a filler or a hesitation, may go on in the next one.
_ENDS_TURN = re.compile(r"[\s,.\-\u2013\u2014\u2026]*(?:(?i:um+|uh+|er+|eh+|hmm+|euh|äh|ehm)[\s,.\u2026]*)?$")
_STARTS_TURN = re.compile(
    r"^[\s,.\-\u2013\u2014\u2026]*(?:(?i:and|then|y|et|und|e|ok(?:ay)?|yes|sí|oui|ja|sì|sim|so|um+|uh+)[\s,.\u2026]*){0,3}$"
)
# A turn between two halves of a value: short, no digits ("go on", "mm-hm", "sigue").
_MAX_BRIDGE_WORDS = 6


@dataclass(frozen=True)
class Redaction:
    text: str
    kinds: frozenset[str]  # what was found (for a metric; never the values)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    label: str


def redact(text: str, kinds: frozenset[str] = frozenset(ALL_KINDS), context: str = "") -> Redaction:
    """``text`` with every value of ``kinds`` replaced by its label; ``context`` is what was said just
    before (the previous turn), whose cue words count for a value at the start of ``text``."""
    return redact_turns([text], kinds, context)[0]


def redact_turns(
    turns: Sequence[str], kinds: frozenset[str] = frozenset(ALL_KINDS), context: str = ""
) -> list[Redaction]:
    """The turns of a conversation, in order, each redacted with what was said before it in mind."""
    if not kinds:
        return [Redaction(text, frozenset()) for text in turns]
    hits: list[list[_Hit]] = []
    runs: list[list[values.Run]] = []
    carry: str | None = None  # the kind of a value that ended the turn before, maybe unfinished
    previous = context
    for text in turns:
        found, left = _find(text or "", kinds, previous, carry)
        carry = _carried(text or "", found, left, carry)
        hits.append(found)
        runs.append(left)
        previous = text or previous
    if "cards" in kinds:
        _cards_across(turns, hits, runs)
    return [_apply(text or "", found) for text, found in zip(turns, hits, strict=True)]


def redact_transcription(data: dict[str, Any], kinds: frozenset[str]) -> frozenset[str]:
    """Redact, in place, every text of a ``post_call_transcription``'s ``data`` that reaches memory:
    the turns (in order, as one conversation), the summary and title, the data-collection values
    (the analysis items among them) and their rationales. Returns the kinds found. Works on the JSON
    as received, so ingestion, the archive (``ARCHIVE_REDACTION``), the console and ``export`` share it."""
    found: set[str] = set()
    turns = [t for t in data.get("transcript") or [] if isinstance(t, dict)]
    for field in ("message", "original_message"):
        said = [str(t[field]) if isinstance(t.get(field), str) else "" for t in turns]
        for turn, redaction in zip(turns, redact_turns(said, kinds), strict=True):
            if isinstance(turn.get(field), str):
                turn[field] = redaction.text
                found.update(redaction.kinds)

    def clean(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        redaction = redact(value, kinds)
        found.update(redaction.kinds)
        return redaction.text

    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        for field in ("transcript_summary", "call_summary_title"):
            analysis[field] = clean(analysis.get(field))
        for result in (analysis.get("data_collection_results") or {}).values():
            if isinstance(result, dict):
                for field in ("value", "rationale"):
                    if isinstance(result.get(field), str):
                        result[field] = clean(result[field])
    return frozenset(found)


def _find(
    text: str, kinds: frozenset[str], previous: str, carry: str | None
) -> tuple[list[_Hit], list[values.Run]]:
    """The values of ``kinds`` in ``text``, and the runs of digits left (which may still be part of
    a card read out across turns)."""
    hits: list[_Hit] = []

    def taken(start: int, end: int) -> bool:
        return any(h.start < end and start < h.end for h in hits)

    def cue(start: int) -> str | None:
        return said_before(f"{previous[-200:]}{TURN}{text[:start]}")

    if "bank_accounts" in kinds:
        hits += [_Hit(s, e, "bank_accounts", f"[account ending {last}]") for s, e, last in values.ibans(text)]
    if "national_ids" in kinds:
        hits += [_Hit(s, e, "national_ids", "[national id]") for s, e in values.structural_ids(text)]
    if "secrets" in kinds:
        for said in _PASSWORD.finditer(text):
            if not _NOT_A_VALUE.fullmatch(said.group("first")) and not taken(*said.span("value")):
                hits.append(_Hit(said.start("value"), said.end("value"), "secrets", " [secret]"))
    for code in values.ALPHANUMERIC.finditer(text):
        kind = said_after(text, code.end()) or cue(code.start())
        if kind in kinds and kind != "cards" and not taken(*code.span()):
            hits.append(_Hit(code.start(), code.end(), kind, _label(kind, code.group(0))))
    left: list[values.Run] = []
    for run in values.number_runs(text):
        if taken(run.start, run.end):
            continue
        kind = _number_kind(text, run, cue, carry if _STARTS_TURN.match(text[: run.start]) else None)
        if kind in kinds:
            hits.append(_Hit(run.start, run.end, kind, _label(kind, run.digits)))
        else:
            left.append(run)
    return hits, left


def _number_kind(
    text: str, run: values.Run, cue: Callable[[int], str | None], carried: str | None
) -> str | None:
    """What a run of digits is: what the words after or the nearest cue before say (with enough
    digits for that kind), the rest of a value the turn before began, or what its checksum says."""
    after = said_after(text, run.end)
    said = after if after not in (None, "harmless") else cue(run.start)
    if said in _MIN_DIGITS and len(run.digits) >= _MIN_DIGITS[said]:
        return str(said)
    if carried and said != "harmless":
        return carried
    if said != "harmless" and values.is_card(run.digits):
        return "cards"
    if values.written_national_id(text[run.start : run.end].strip(), run.digits):
        return "national_ids"
    return None


def _carried(text: str, found: list[_Hit], left: list[values.Run], carry: str | None) -> str | None:
    """The kind of a value that ended this turn (it may go on in the next), else the carry of the
    turn before when this one only bridges ("go on", "mm-hm")."""
    last = max(found, key=lambda h: h.end, default=None)
    if last is not None and _ENDS_TURN.match(text, last.end) and not any(r.start > last.end for r in left):
        return last.kind
    if not found and not left and len(text.split()) <= _MAX_BRIDGE_WORDS:
        return carry
    return None


def _cards_across(turns: Sequence[str], hits: list[list[_Hit]], runs: list[list[values.Run]]) -> None:
    """A card read out in pieces, in one turn with hesitations or across turns: consecutive runs whose
    digits together pass the card check are one card."""
    pieces = [(i, run) for i, left in enumerate(runs) for run in left]
    first = 0
    while first < len(pieces):
        card = _card_from(turns, pieces, first)
        if card is None:
            first += 1
            continue
        for i, run in pieces[first:card]:
            hits[i].append(
                _Hit(run.start, run.end, "cards", f"[card ending {pieces[card - 1][1].digits[-4:]}]")
            )
        first = card


def _card_from(turns: Sequence[str], pieces: list[tuple[int, values.Run]], first: int) -> int | None:
    """The end of the pieces from ``first`` that together are a card, if they are."""
    digits = ""
    for last in range(first, len(pieces)):
        if last > first and not _adjacent(turns, pieces[last - 1], pieces[last]):
            return None
        digits += pieces[last][1].digits
        if len(digits) > 19:
            return None
        if last > first and values.is_card(digits):
            return last + 1
    return None


def _adjacent(turns: Sequence[str], one: tuple[int, values.Run], two: tuple[int, values.Run]) -> bool:
    (i, a), (j, b) = one, two
    if i == j:
        return len(turns[i][a.end : b.start].split()) <= 3
    between = [turns[k] for k in range(i + 1, j)]
    return (
        bool(_ENDS_TURN.match(turns[i], a.end) and _STARTS_TURN.match(turns[j][: b.start]))
        and all(len(t.split()) <= _MAX_BRIDGE_WORDS and not re.search(r"\d", t) for t in between)
        and len(between) <= 2
    )


def _label(kind: str, value: str) -> str:
    tail = re.sub(r"[^0-9A-Za-z]", "", value)[-4:]
    return {
        "cards": f"[card ending {tail}]",
        "bank_accounts": f"[account ending {tail}]",
        "national_ids": "[national id]",
    }.get(kind, "[secret]")


def _apply(text: str, hits: list[_Hit]) -> Redaction:
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    for hit in reversed(kept):
        text = text[: hit.start] + hit.label + text[hit.end :]
    return Redaction(text, frozenset(hit.kind for hit in kept))
