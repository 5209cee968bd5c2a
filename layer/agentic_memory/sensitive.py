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
  number or code said to be one ("passport no. X1234567", "my SIN is 046 454 286");
* ``secrets``: PINs, passwords and passphrases, card security codes, access codes (gate, door,
  alarm, lockbox) and one-time codes, said as such.

Structure decides first (``sensitive_values``: checksums), then what the caller says a value is
(``sensitive_words``: cue words in six languages, the nearest one before the value, or after it:
"5521, that's my PIN"). A transcript is read as a conversation, turn after turn: the agent's
question is the cue for the answer ("And the code on the back?" "737"), and digits read out across
turns ("4111 1111" "mm-hm" "1111 1111") are one value. Then, optionally, Amazon Comprehend reads
what is left (``comprehend``, ``PII_SECOND_OPINION``).

Rules are a floor, not a reader (``evaluation.redaction``, docs/privacy.md): all of the development
corpus they were fitted on, but 73.7 % of the secrets and 97.7 % of the harmless values of a
held-out corpus said in other words; what a checksum finds holds, what hangs on a caller's wording
does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from agentic_memory import sensitive_pieces as pieces_, sensitive_values as values
from agentic_memory.sensitive_words import TURN, Cues, said_after
from agentic_memory.settings import SENSITIVE_KINDS, get_settings

ALL_KINDS = SENSITIVE_KINDS
# A time or a year ("0900", "1130", "2019") just after a word that says when: never a code.
_TIME_OR_YEAR = re.compile(r"(?:[01]?\d|2[0-3])[0-5]\d|(?:19|20)\d\d")
_AT_A_TIME = re.compile(
    r"\b(?i:at|by|until|till|since|from|before|after|around|in|a las|a la|desde|hasta|à|dès|depuis|"
    r"jusqu['\u2019]à|vers|en|um|seit|bis|ab|gegen|im|alle|dalle|fino alle|verso le|dal|nel|entro|às|"
    r"até|pelas|em|no)\s+$"
)
# Six digits read out in short groups, with no word at all before them: a one-time code being read.
_READ_OUT_CODE = re.compile(r"\d{1,3}(?:[ \-]+\d{1,3})+")
# Above this many digits a label keeps the last four ("[card ending 1111]"); below, the last four
# would be most of the value.
_LABEL_TAIL_DIGITS = 10


@dataclass(frozen=True)
class Redaction:
    text: str
    kinds: frozenset[str]  # what was found (for a metric; never the values)
    # What was removed, by kind: the same values said again elsewhere (a summary) go too. In memory
    # only, never logged.
    removed: tuple[tuple[str, str], ...] = field(default=(), repr=False)


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
    texts = [text or "" for text in turns]
    hits: list[list[_Hit]] = []
    pieces: list[pieces_.Piece] = []
    carry: str | None = None  # the kind of a value that ended the turn before, maybe unfinished
    previous = context
    for index, text in enumerate(texts):
        found, left = _find(text, kinds, previous, carry)
        last = max(found, key=lambda h: h.end, default=None)
        ended = (last.end, last.kind) if last else None
        carry = pieces_.carried(text, ended, any(not last or r.start > last.end for r, _ in left), carry)
        hits.append(found)
        pieces += [pieces_.Piece(index, run, said) for run, said in left]
        previous = text or previous
    for piece, kind in pieces_.values_in_pieces(texts, kinds, pieces):
        hits[piece.turn].append(_Hit(piece.run.start, piece.run.end, kind, _label(kind, "")))
    return [_apply(text, found) for text, found in zip(texts, hits, strict=True)]


def redact_transcription(
    data: dict[str, Any], kinds: frozenset[str], second_opinion: bool | None = None
) -> frozenset[str]:
    """Redact, in place, every text of a ``post_call_transcription``'s ``data`` that reaches memory:
    the turns (in order, as one conversation), the summary and title, the data-collection values
    (the analysis items among them) and their rationales. Returns the kinds found. Works on the JSON
    as received, so ingestion, the archive (``ARCHIVE_REDACTION``), the console and ``export`` share it.
    Then, when ``second_opinion`` (by default ``PII_SECOND_OPINION``), Comprehend reads what is left."""
    found: set[str] = set()
    removed: set[tuple[str, str]] = set()
    turns = [t for t in data.get("transcript") or [] if isinstance(t, dict)]
    for name in ("message", "original_message"):
        said = [str(t[name]) if isinstance(t.get(name), str) else "" for t in turns]
        for turn, redaction in zip(turns, redact_turns(said, kinds), strict=True):
            if isinstance(turn.get(name), str):
                turn[name] = redaction.text
                found.update(redaction.kinds)
                removed.update(redaction.removed)

    def clean(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        redaction = redact(value, kinds)
        again = _said_again(redaction.text, removed)
        found.update(redaction.kinds | again.kinds)
        return again.text

    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        for name in ("transcript_summary", "call_summary_title"):
            analysis[name] = clean(analysis.get(name))
        for result in (analysis.get("data_collection_results") or {}).values():
            if isinstance(result, dict):
                for name in ("value", "rationale"):
                    if isinstance(result.get(name), str):
                        result[name] = clean(result[name])
    if get_settings().pii_second_opinion if second_opinion is None else second_opinion:
        found |= _second_opinion(data, kinds)
    return frozenset(found)


def _second_opinion(data: dict[str, Any], kinds: frozenset[str]) -> frozenset[str]:
    """Comprehend over every text the rules redacted (``comprehend``); what it finds is redacted too."""
    from agentic_memory import comprehend  # noqa: PLC0415 - botocore's model loads only when asked

    def replace(text: str, spans: list[comprehend.Span]) -> tuple[str, frozenset[str]]:
        redaction = _apply(text, [_Hit(s.start, s.end, s.kind, _label(s.kind, "")) for s in spans])
        return redaction.text, redaction.kinds

    return comprehend.redact_transcription(data, kinds, replace)


def _find(
    text: str, kinds: frozenset[str], previous: str, carry: str | None
) -> tuple[list[_Hit], list[tuple[values.Run, str | None]]]:
    """The values of ``kinds`` in ``text``, and the runs of digits left (which may still be part of
    a value read out in pieces), each with the kind a cue before it names."""
    hits: list[_Hit] = []

    def taken(start: int, end: int) -> bool:
        return any(h.start < end and start < h.end for h in hits)

    context: list[Cues] = []  # found on first use: most turns hold no number nor code

    def cues(start: int) -> list[str]:
        if not context:
            context.append(Cues(f"{previous[-200:]}{TURN}{text}"))
        return context[0].before(len(context[0].text) - len(text) + start)

    def add(start: int, end: int, kind: str, value: str) -> None:
        if kind in ("national_ids", "bank_accounts"):
            start, end = values.spelled_extent(text, start, end)
        hits.append(_Hit(start, end, kind, _label(kind, value)))

    if "bank_accounts" in kinds:
        hits += [_Hit(s, e, "bank_accounts", f"[account ending {last}]") for s, e, last in values.ibans(text)]
    if "national_ids" in kinds:
        hits += [_Hit(s, e, "national_ids", "[national id]") for s, e in values.structural_ids(text)]
    if "secrets" in kinds:
        hits += [_Hit(s, e, "secrets", " [secret]") for s, e in values.passwords(text) if not taken(s, e)]
    for code in values.ALPHANUMERIC.finditer(text):
        if not taken(*code.span()):
            _code(text, code, kinds=kinds, hits=hits, cues=cues, add=add)
    for shaped in values.PASSWORD_SHAPED.finditer(text):
        if "secrets" in kinds and not taken(*shaped.span()) and "harmless" not in cues(shaped.start())[:1]:
            hits.append(_Hit(*shaped.span(), "secrets", "[secret]"))
    left: list[tuple[values.Run, str | None]] = []
    for run in values.number_runs(text):
        if taken(run.start, run.end):
            continue
        after_hit = any(pieces_.WITHIN.fullmatch(text, h.end, run.start) for h in hits)
        continued = carry if pieces_.STARTS_TURN.fullmatch(text, 0, run.start) else None
        kind, said = _number_kind(text, run, cues, continued)
        if kind is None and after_hit:
            kind = next(h.kind for h in hits if pieces_.WITHIN.fullmatch(text, h.end, run.start))
        if kind in kinds:
            add(run.start, run.end, str(kind), run.digits)
        else:
            left.append((run, said))
    return hits, left


def _code(
    text: str,
    code: re.Match[str],
    *,
    kinds: frozenset[str],
    hits: list[_Hit],
    cues: Callable[[int], list[str]],
    add: Callable[[int, int, str, str], None],
) -> None:
    """A code of letters and digits: what the words around it say it is, the next part of a value
    just before it ("LXR7K4M21, äh, LXR7K4M27"), or a password by its shape."""
    said = [said_after(text, code.end()), *cues(code.start())]
    kind = next((k for k in said if k not in (None, "cards", "weak")), None)
    if kind is None:
        kind = next((h.kind for h in hits if pieces_.WITHIN.fullmatch(text, h.end, code.start())), None)
    if kind in kinds:
        add(*code.span(), str(kind), code.group(0))
    elif "secrets" in kinds and kind is None and values.PASSWORD_SHAPED.fullmatch(code.group(0)):
        hits.append(_Hit(*code.span(), "secrets", "[secret]"))


def _number_kind(  # noqa: PLR0911 - one answer per rule, in their order
    text: str, run: values.Run, cues: Callable[[int], list[str]], carried: str | None
) -> tuple[str | None, str | None]:
    """What a run of digits is: what the words just after it say, else the nearest cue before it
    that fits (enough digits for that kind), the rest of a value the turn before began, or what its
    checksum says; and, when it is none, the sensitive kind a cue named that it was too short for."""
    after = said_after(text, run.end)
    said: list[str] = [after] if after else cues(run.start)
    if values.is_card(run.digits):
        return "cards", None
    if _TIME_OR_YEAR.fullmatch(run.digits) and _AT_A_TIME.search(text, 0, run.start):
        return None, None  # "the gate opens at 0900", "die Tür klemmt seit 2019"
    named = None
    for kind in (k if k != "weak" else "secrets" for k in said):
        if kind == "harmless":
            return None, named
        if kind in pieces_.MIN_DIGITS and len(run.digits) >= pieces_.MIN_DIGITS[kind]:
            return kind, None
        named = named or kind
    if carried:
        return carried, None
    if values.written_national_id(text[run.start : run.end].strip(), run.digits):
        return "national_ids", None
    if not said and len(run.digits) == 6 and _READ_OUT_CODE.fullmatch(text, run.start, run.end):
        return "secrets", None  # "it says 55 81 02": six digits read out in groups, nothing naming them
    return None, named


def _label(kind: str, value: str) -> str:
    """What takes a value's place: its kind, and the last four of a long number (a card, an account)."""
    tail = re.sub(r"[^0-9A-Za-z]", "", value)
    ending = f" ending {tail[-4:]}" if len(re.sub(r"\D", "", tail)) >= _LABEL_TAIL_DIGITS else ""
    return {
        "cards": f"[card{ending}]",
        "bank_accounts": f"[account{ending}]",
        "national_ids": "[national id]",
    }.get(kind, "[secret]")


def _apply(text: str, hits: list[_Hit]) -> Redaction:
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    removed = tuple((hit.kind, text[hit.start : hit.end].strip()) for hit in kept)
    for hit in reversed(kept):
        text = text[: hit.start] + hit.label + text[hit.end :]
    return Redaction(text, frozenset(hit.kind for hit in kept), removed)


def _said_again(text: str, removed: set[tuple[str, str]]) -> Redaction:
    """``text`` without the values already removed from the conversation, however they are written
    there ("the alarm code 5568" in the turns, "said 5568" in an analysis rationale)."""
    by_digits = {values.spoken_digits(value) or "": kind for kind, value in removed}
    hits = [
        _Hit(run.start, run.end, by_digits[run.digits], _label(by_digits[run.digits], ""))
        for run in values.number_runs(text)
        if len(run.digits) >= pieces_.MIN_DIGITS["secrets"] and run.digits in by_digits
    ]
    for kind, value in removed:
        if len(value) >= 4 and not values.spoken_digits(value):
            hits += [
                _Hit(m.start(), m.end(), kind, _label(kind, "")) for m in re.finditer(re.escape(value), text)
            ]
    return _apply(text, hits)
