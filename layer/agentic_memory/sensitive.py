"""The sensitive-data policy: what is never stored in Mem0, the profile or the brief (``REDACT_SENSITIVE``).

A caller reads out a card number to pay, a national id to be identified, a PIN to unlock an account;
the transcript keeps it, and without this policy so would the memory read to whoever calls next from
that number. Each value is replaced by a label ("[card ending 1111]"), never dropped silently, always
in the value's place, never beside it ("the password's tango-river-88" → "the password's [secret]").

* ``cards``: numbers that pass the Luhn check (13 to 19 digits), and numbers said to be a card;
* ``bank_accounts``: IBANs that pass their checksum, in any case and spacing, and account, routing or
  sort-code numbers said as such;
* ``national_ids``: ids whose check digit or letter identifies them, and any number or code said to be
  one ("passport no. X1234567"); ``secrets``: PINs, passwords, security, access and one-time codes,
  and what the caller says that nothing names harmless.

Default-deny, in a caller's speech: a value of 3 digits or more (written, spoken, grouped, split
across turns) or a code mixing letters and digits (written or spelled out, ``sensitive_spelled``) is
a secret unless it is positively harmless. A checksum decides first (``sensitive_values``), whatever
the words say; then what the caller or the agent's question says it is (``sensitive_words``: the
nearest cue before it, or after it, "5521, that's my PIN"); then its shape (``sensitive_harmless``:
a phone number, a date, an amount, a unit). Cue words fitted to one corpus caught 73.7 % of a
held-out one's secrets, so a secret no longer depends on being named. The agent's turns and the
analysis texts are read by the cues alone, and lose what the caller's lost. Then, optionally, Amazon
Comprehend reads what is left (``comprehend``, ``PII_SECOND_OPINION``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from agentic_memory import sensitive_pieces as pieces_, sensitive_values as values
from agentic_memory.analysis_items import collected_items, said_secrets
from agentic_memory.sensitive_code_dates import code_dates
from agentic_memory.sensitive_corrections import label_start
from agentic_memory.sensitive_harmless import (
    email_spans,
    harmless_number,
    named_phone,
    named_phone_spans,
    phone_spans,
    reference_code,
    thing_named,
    ups_spans,
)
from agentic_memory.sensitive_kind import number_kind, read_codes
from agentic_memory.sensitive_logins import logins
from agentic_memory.sensitive_numbers import MINUTES_AFTER
from agentic_memory.sensitive_passwords import passwords
from agentic_memory.sensitive_replies import replies
from agentic_memory.sensitive_spelled import reading, spelled_codes, spelled_then_digits, typed_values
from agentic_memory.sensitive_words import TURN, Cues, names_a_secret, speaks_of_a_secret
from agentic_memory.settings import SENSITIVE_KINDS, get_settings

ALL_KINDS = SENSITIVE_KINDS
# The texts ElevenLabs' analysis writes about the whole call (``data.analysis``).
SUMMARIES = ("transcript_summary", "call_summary_title")


# ElevenLabs' own redaction tokens ("[NAME_1]", "<PHONE_NUMBER>"): a removal already done, which
# ingestion counts and never takes for a fact (call_memory.REDACTION); not a code to remove again.
PII_TOKEN = re.compile(r"\[[A-Z][A-Z_]*\d*\]|<[A-Z][A-Z_]*\d*>")


@dataclass(frozen=True)
class Redaction:
    text: str
    kinds: frozenset[str]  # what was found (for a metric; never the values)
    # What was removed, by kind, so the same values said again (a summary) go too; never logged.
    removed: tuple[tuple[str, str], ...] = field(default=(), repr=False)


# A value changed from one to another: "I changed it from 1234 to 9174", "lo cambié de 1234 a 9174",
# "l'ho cambiato da 1234 a 7730", "von 1234 auf 9174 geändert", "mudei de 1234 para 9174".
_CHANGED_FROM_TO = re.compile(
    r"(?i:\b(?:chang\w*|switch\w*|cambi\w*|modifi\w*|änder\w*|geändert|mud\w*|alter\w*|went|ging)\b)"
    r"[^.;!?\d]{0,45}?\b(?i:from|de|da|von|du)\s+(?P<old>\d(?:[\d .-]*\d)?)\s+"
    r"(?i:to|a|à|auf|in|para|al|zu)\s+(?P<new>\d(?:[\d .-]*\d)?)"
)


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    kind: str
    label: str


def redact(
    text: str, kinds: frozenset[str] = frozenset(ALL_KINDS), context: str = "", *, caller: bool = True
) -> Redaction:
    """``text`` with every value of ``kinds`` replaced by its label; ``context`` is what was said just
    before (the previous turn), whose cues count for a value at the start of ``text``; ``caller``: deny."""
    return redact_turns([text], kinds, context, callers=[caller])[0]


def redact_turns(
    turns: Sequence[str],
    kinds: frozenset[str] = frozenset(ALL_KINDS),
    context: str = "",
    *,
    callers: Sequence[bool] | None = None,
    given: frozenset[str] = frozenset(),
) -> list[Redaction]:
    """The turns of a conversation, in order, each redacted with what was said before it in mind;
    ``callers`` says which are the caller's (default: all), read default-deny; ``given``: values
    known to be harmless (``said_values``), kept where nothing names them."""
    if not kinds:
        return [Redaction(text, frozenset()) for text in turns]
    texts = [text or "" for text in turns]
    hits: list[list[_Hit]] = []
    pieces: list[pieces_.Piece] = []
    carry: str | None = None  # the kind of a value that ended the turn before, maybe unfinished
    previous = context  # ``given`` grows with the values the agent said: given, not the caller's
    for index, text in enumerate(texts):
        caller = callers is None or callers[index]
        found, left = _find(text, kinds, previous, carry, deny=given if caller else None)
        given |= frozenset() if caller else values.said_values(text)
        last = max(found, key=lambda h: h.end, default=None)
        ended = (last.end, last.kind) if last else None
        carry = pieces_.carried(text, ended, any(not last or r.start > last.end for r, _, _ in left), carry)
        hits.append(found)
        pieces += [pieces_.Piece(index, run, said, denied) for run, said, denied in left]
        bridge = (
            not caller and len(text.split()) <= pieces_.MAX_BRIDGE_WORDS and not re.search(r"[\d?]", text)
        )
        # "a reading." "Go on." "48213"; a caller's turn naming what comes and holding no value, its
        # next turn the value alone ("I'm ringing about an order that never came." "90817364552."):
        # the stop ends the sentence, not the cue's reach, unless it names a secret at all ("they want
        # my social for the claim."): then the value is read as nothing named it, default-deny
        announced = caller and not found and not left and not speaks_of_a_secret(text)
        previous = previous.rstrip(" .") if bridge else (text.rstrip(" .") if announced else text) or previous
    joined = dict(pieces_.values_in_pieces(texts, kinds, pieces))  # a value read out in pieces, else:
    joined |= {p: "secrets" for p in pieces if p.denied and len(p.run.digits) >= 3 and p not in joined}
    for piece, kind in joined.items():
        hits[piece.turn].append(_Hit(piece.run.start, piece.run.end, kind, values.label(kind, "")))
    hits = [_with_check_characters(text, found) for text, found in zip(texts, hits, strict=True)]
    return [_apply(text, found + _changed(text, found)) for text, found in zip(texts, hits, strict=True)]


# A check letter or digit said after its number, named so: a DNI's "letra G", a Brazilian branch's "dígito
# 2", a CPF's "traço um dois", or a Spanish letter's name alone ("..., hache").
_CHECK_AFTER = re.compile(
    r"[,\s]*(?i:(?:letra|d[íi]gito(?:\s+verificador)?|dv|gui[oó]n|traço|h[íi]fen|tiret|trattino|bindestrich)"
    r"\s+(?P<said>[^\W_]+(?:\s+[^\W_]+)?)|(?P<letter>hache|jota|zeta|equis|eñe|erre|uve)\b)"
)
# The names of the letters in Spanish, as a check letter is read out ("letra ele").
_LETTER_NAMES = frozenset(
    {"a", "be", "ce", "de", "e", "efe", "ge", "hache", "i", "jota", "ka", "ele", "eme", "ene", "eñe", "o"}
    | {"pe", "cu", "erre", "ese", "te", "u", "uve", "equis", "ye", "zeta"}
)


def _with_check_characters(text: str, hits: list[_Hit]) -> list[_Hit]:
    """``hits``, each reaching over the check character said after its value ("[national id], letra
    G", "dígito dois"): part of the value."""
    return [replace(hit, end=_check_end(text, hit.end)) for hit in hits]


def _check_end(text: str, end: int) -> int:
    after = _CHECK_AFTER.match(text, end)
    if not after:
        return end
    said = after.group("said") or ""
    first = said.split()[0] if said else ""
    if after.group("letter") or values.spoken_digits(said):
        return after.end()
    if len(first) <= 2 or first.lower() in _LETTER_NAMES or values.spoken_digits(first):
        return after.start("said") + len(first)
    return end


def _changed(text: str, hits: list[_Hit]) -> list[_Hit]:
    """The other value of a change one of whose values went ("lo cambié de [secret] a 9174",
    "changed it from 1234 to [secret]"): the old value and the new are of one kind."""
    more: list[_Hit] = []
    for changed in _CHANGED_FROM_TO.finditer(text):
        spans = [changed.span("old"), changed.span("new")]
        known = next((h for h in hits if any(h.start <= s < h.end for s, _ in spans)), None)
        if known is None or Cues(text).before(changed.start("old"))[:1] == ["harmless"]:
            continue  # "they changed my order from 55123 to 55124": what it is, named before
        more += [
            _Hit(start, end, known.kind, known.label)
            for start, end in spans
            if not any(h.start < end and start < h.end for h in hits)
        ]
    return more


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
    callers = [t.get("role") != "agent" for t in turns]
    # The analysis' texts are redacted once: first to read their values (``_collected``), then kept.
    first_pass: dict[str, Redaction] = {}

    def redacted(value: str) -> Redaction:
        if value not in first_pass:
            first_pass[value] = redact(value, kinds, caller=False)
        return first_pass[value]

    given = _collected(data.get("analysis"), kinds, redacted)
    for name in ("message", "original_message"):
        said = [str(t[name]) if isinstance(t.get(name), str) else "" for t in turns]
        redactions = redact_turns(said, kinds, callers=callers, given=given)
        for turn, redaction in zip(turns, redactions, strict=True):
            if isinstance(turn.get(name), str):
                turn[name] = redaction.text
                found.update(redaction.kinds)
                removed.update(redaction.removed)
    said_again = _said_again(removed, said_secrets(data.get("analysis")) if "secrets" in kinds else ())
    for turn, name in ((t, n) for t in turns for n in ("message", "original_message")):
        # the agent reading back what the caller said; the caller saying it again ("lasagne, yeah,
        # lasagne", "try sausage") where no cue is left to name it
        if isinstance(turn.get(name), str):
            again = said_again(turn[name])
            turn[name] = again.text
            found.update(again.kinds)

    def clean(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        redaction = redacted(value)
        again = said_again(redaction.text)
        found.update(redaction.kinds | again.kinds)
        return again.text

    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        for name in SUMMARIES:
            analysis[name] = clean(analysis.get(name))
        for result in (analysis.get("data_collection_results") or {}).values():
            if isinstance(result, dict):
                for name in ("value", "rationale"):
                    if isinstance(result.get(name), str):
                        result[name] = clean(result[name])
    if get_settings().pii_second_opinion if second_opinion is None else second_opinion:
        found |= _second_opinion(data, kinds)
    return frozenset(found)


def _collected(analysis: Any, kinds: frozenset[str], redacted: Callable[[str], Redaction]) -> frozenset[str]:
    """The numbers and codes the call's analysis collected as harmless facts: the values of its items
    whose names name no secret ("guest_count": "150", "lasting_facts": "About 120 guests") and of its
    summary ("booked the reception for 140 guests", "accepted a quote of $2,940"), as they are left
    once redacted there. The model read the whole call, in its language, so the caller's
    "ciento cincuenta invitados. 150" is a count, not a code nothing named. What an item's own words
    name a secret ("Lockbox code 4471") is redacted there, so never given; nor is what the analysis
    listed as a secret (``secrets_said``)."""
    if "secrets" not in kinds:
        return frozenset()
    found: set[str] = set()
    for name, value in collected_items(analysis):
        if not names_a_secret(name):
            found |= values.said_values(redacted(value).text)
    summaries = [analysis.get(name) for name in SUMMARIES] if isinstance(analysis, dict) else []
    for summary in (s for s in summaries if isinstance(s, str)):
        found |= values.said_values(redacted(summary).text)
    secret = {said for value in said_secrets(analysis) for said in values.said_values(value)}
    return frozenset(found - secret)


def _second_opinion(data: dict[str, Any], kinds: frozenset[str]) -> frozenset[str]:
    """Comprehend over every text the rules redacted (``comprehend``); what it finds is redacted too."""
    from agentic_memory import comprehend  # noqa: PLC0415 - botocore's model loads only when asked

    def replace(text: str, spans: list[comprehend.Span]) -> tuple[str, frozenset[str]]:
        redaction = _apply(text, [_Hit(s.start, s.end, s.kind, values.label(s.kind, "")) for s in spans])
        return redaction.text, redaction.kinds

    return comprehend.redact_transcription(data, kinds, replace)


def _find(  # noqa: PLR0912, PLR0915 - the finders in their order
    text: str, kinds: frozenset[str], previous: str, carry: str | None, *, deny: frozenset[str] | None
) -> tuple[list[_Hit], list[tuple[values.Run, str | None, bool]]]:
    """The values of ``kinds`` in ``text``, and the runs of digits left (which may still be part of
    a value read out in pieces), each with the kind a cue before it names and whether it is denied:
    in a caller's turn (``deny``: the values the agent gave), a value nothing says is harmless is a
    secret, unless the agent said it first (an order number the caller repeats)."""
    hits: list[_Hit] = []
    deny = deny if "secrets" in kinds else None
    tokens = [m.span() for m in PII_TOKEN.finditer(text)]  # already redacted by ElevenLabs: left alone
    tokens += email_spans(text)  # "maggiedoyle1952 at gmail dot com": a contact, whatever its digits

    def taken(start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in [*((h.start, h.end) for h in hits), *tokens])

    context: list[Cues] = []  # found on first use: most turns hold no number nor code

    def cues(start: int, digits: int | None = None) -> list[str]:
        if not context:
            context.append(Cues(f"{previous[-200:]}{TURN}{text}"))
        return context[0].before(len(context[0].text) - len(text) + start, digits)

    def add(start: int, end: int, kind: str, value: str) -> None:
        if kind in ("national_ids", "bank_accounts"):
            start, end = values.spelled_extent(text, start, end)
        hits.append(_Hit(start, end, kind, values.label(kind, value)))

    if "bank_accounts" in kinds:
        hits += [_Hit(s, e, "bank_accounts", f"[account ending {last}]") for s, e, last in values.ibans(text)]
    if "national_ids" in kinds:
        hits += [_Hit(s, e, "national_ids", "[national id]") for s, e in values.structural_ids(text)]
    runs = list(values.number_runs(text))
    if "secrets" in kinds and deny is not None:
        hits += [_Hit(s, e, "secrets", "[secret]") for s, e in typed_values(text) if not taken(s, e)]
        hits += [_Hit(s, e, "secrets", "[secret]") for s, e in spelled_then_digits(text) if not taken(s, e)]
    kept: list[tuple[int, int]] = ups_spans(text) if deny is not None else []
    spelled_out = [span for span in spelled_codes(text) if not taken(*span)]
    read_codes(text, spelled_out, kinds, hits, kept, cues=cues, add=add, deny=deny)
    if "secrets" in kinds:
        given = [*passwords(text, previous), *logins(text, previous)]
        given += [*replies(text, previous)] if deny is not None else []  # the caller's reply, not the agent's
        for said_start, said_end in given:  # to the end of a number it begins
            start = label_start(text, said_start)  # the space before it: its label (" [secret]") has one
            end = max([said_end] + [r.end for r in runs if r.start < said_end < r.end])
            hits += [] if taken(start, end) else [_Hit(start, end, "secrets", " [secret]")]
        hits += [_Hit(s, e, "secrets", "[secret]") for s, e in code_dates(text) if not taken(s, e)]
    codes = [code.span() for code in values.ALPHANUMERIC.finditer(text) if not taken(*code.span())]
    read_codes(text, codes, kinds, hits, kept, cues=cues, add=add, deny=deny)
    for start, end in values.capitals_begun(text):  # "il codice fiscale VRDLCU", the rest said next
        begun = (cues(start) or [""])[0]
        if begun in ("national_ids", "bank_accounts") and begun in kinds and not taken(start, end):
            add(start, end, begun, "")
    for shaped in values.PASSWORD_SHAPED.finditer(text):
        start, end = shaped.span()
        # "Papillon#Lyon9": a secret found in a password's part is the whole password
        inside = [h for h in hits if start <= h.start and h.end <= end and h.kind == "secrets"]
        hits = [h for h in hits if h not in inside]
        if "secrets" not in kinds or taken(start, end) or thing_named(text, start):
            hits += inside  # "s'appelle Livebox-A3F2": a network's name
        elif inside or "harmless" not in cues(start)[:1]:
            hits.append(_Hit(start, end, "secrets", "[secret]"))
    left: list[tuple[values.Run, str | None, bool]] = []
    phones = [*phone_spans(text), *named_phone_spans(text, runs)] if deny is not None else []
    for run in runs:
        if taken(run.start, run.end) or any(s <= run.start and run.end <= e for s, e in kept):
            continue
        after_hit = any(pieces_.WITHIN.fullmatch(text, h.end, run.start) for h in hits)
        continued = carry if pieces_.STARTS_TURN.fullmatch(text, 0, run.start) else None
        kind, said = number_kind(text, run, cues, continued)
        kind = "harmless" if kind == "secrets" and reference_code(text, run.start, run.end) else kind
        in_phone = any(s <= run.start and run.end <= e for s, e in phones)
        kind = "harmless" if in_phone and named_phone(text, run.start) else kind  # "my number's 07911 ..."
        an_hour = MINUTES_AFTER.match(text, run.end)  # "PIN 4471 14:30": a time after it, not more of it
        if kind is None and after_hit and not an_hour:
            kind = next(h.kind for h in hits if pieces_.WITHIN.fullmatch(text, h.end, run.start))
        elif kind is None and pieces_.continues(text, kept, run.start):
            kind = "harmless"  # "order numbers 55123 and 55124", "plate number 7XKR 229"
        kept += [(run.start, run.end)] if kind == "harmless" else []
        denied = kind is None and deny is not None and run.digits not in deny
        if denied:
            denied = not (in_phone or harmless_number(text, run.start, run.end, run.digits))
        if kind in kinds:
            add(run.start, run.end, str(kind), run.digits)
        elif kind != "harmless":  # "orders 7781902 and 7781955": no piece of a card, however they add up
            left.append((run, said, denied))
    # "CVC is five six, no sorry, five six seven": a piece too short for its cue, then the value
    fixed = [
        (r, k)
        for r, k, _ in left
        if k in kinds and len(r.digits) > 1 and pieces_.before_any(text, r.end, hits)
    ]
    for run, kind in fixed:
        add(run.start, run.end, str(kind), run.digits)
    left = [item for item in left if (item[0], item[1]) not in fixed]
    # the same value said again with nothing to name it ("T, four four seven one. T-4471.", "55123,
    # yes 55123"): what the first was, harmless
    harmless = {_digits(reading(text[s:e])) for s, e in kept} - {""}
    if harmless:
        hits = [h for h in hits if h.label != "[secret]" or _digits(text[h.start : h.end]) not in harmless]
        left = [(run, said, denied and run.digits not in harmless) for run, said, denied in left]
    return hits, left


def _digits(said: str) -> str:
    """The digits of a value, when it holds three or more (a code's letters said apart: "T, 4471")."""
    digits = re.sub(r"\D", "", said)
    return digits if len(digits) >= 3 else ""


def _apply(text: str, hits: list[_Hit]) -> Redaction:
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    removed = tuple((hit.kind, text[hit.start : hit.end].strip()) for hit in kept)
    for hit in reversed(kept):
        text = text[: hit.start] + hit.label + text[hit.end :]
    return Redaction(text, frozenset(hit.kind for hit in kept), removed)


_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{3,}")
_SPELLING_GAP = r"[\s,.-]+"  # between the letters of a word spelled out: "R-O-C-C-O", "W, H, I, T"


def _said_again(removed: set[tuple[str, str]], named: tuple[str, ...] = ()) -> Callable[[str], Redaction]:
    """What removes from a text the values already removed from the conversation, however they are
    written there ("the alarm code 5568" in the turns, "said 5568" in an analysis rationale, "Holunder"
    in "Holunderblüte"), and the secrets the call's analysis ``named`` (``analysis_items.said_secrets``):
    those as whole words in any case, since the model may write "Crocodile Tears" for "crocodile tears"."""
    by_digits = {
        values.spoken_digits(value) or "": kind
        for kind, value in {*removed, *(("secrets", v) for v in named)}
    }
    words = {value: kind for kind, value in removed if len(value) >= 4 and not values.spoken_digits(value)}
    words |= {re.sub(r"\s+", "", value): kind for value, kind in words.items()}  # "welcome home": welcomehome
    written = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None
    # a removed word spelled out letter by letter ("Whitlock. W, H, I, T, L, O, C, K", "E-T-T-O-R-E")
    letters = {word.casefold(): kind for kind, value in removed for word in _WORD_OF_LETTERS.findall(value)}
    spelled_words = (_SPELLING_GAP.join(map(re.escape, word)) for word in letters)
    spelled = re.compile(rf"(?<!\w)(?:{'|'.join(spelled_words)})(?!\w)", re.IGNORECASE) if letters else None
    listed = sorted((v for v in named if not values.spoken_digits(v)), key=len, reverse=True)
    whole = (
        re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, listed))})(?!\w)", re.IGNORECASE) if listed else None
    )

    def again(text: str) -> Redaction:
        hits = [
            _Hit(run.start, run.end, by_digits[run.digits], values.label(by_digits[run.digits], ""))
            for run in values.number_runs(text)
            if len(run.digits) >= pieces_.MIN_DIGITS["secrets"] and run.digits in by_digits
        ]
        found = written.finditer(text) if written else ()
        hits += [_Hit(*m.span(), words[m.group(0)], values.label(words[m.group(0)], "")) for m in found]
        hits += [_Hit(*m.span(), "secrets", "[secret]") for m in (whole.finditer(text) if whole else ())]
        for m in spelled.finditer(text) if spelled else ():
            word = re.sub(r"[\s,.-]", "", m.group(0)).casefold()
            if len(m.group(0)) > len(word):  # spelled, not the word itself (``written`` has that)
                hits.append(_Hit(*m.span(), letters[word], values.label(letters[word], "")))
        return _apply(text, hits)

    return again
