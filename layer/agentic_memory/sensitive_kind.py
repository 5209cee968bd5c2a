"""What a run of digits is, by the words around it and its checksum: a card, an account, an id, a
secret, harmless ("harmless": a cue or a time says so), or nothing said (None), which in a caller's
speech ``sensitive`` then reads default-deny."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from agentic_memory import sensitive_pieces as pieces_, sensitive_values as values
from agentic_memory.sensitive_harmless import (
    glued_unit,
    harmless_code,
    postcode,
    reference_code,
    thing_named,
    token_start,
)
from agentic_memory.sensitive_spelled import reading
from agentic_memory.sensitive_words import said_after

# A time or a year ("0900", "2019") just after a word that says when: never a code; "in" after a verb
# of keying ("punch in 1987") says how a code is entered, not when.
_TIME_OR_YEAR = re.compile(r"(?:[01]?\d|2[0-3])[0-5]\d|(?:1[5-9]|20)\d\d")
_AT_A_TIME = re.compile(
    r"\b(?i:at|by|until|till|since|from|before|after|around|(?<!punch )(?<!key )(?<!type )(?<!tap )(?<!put )"
    r"(?<!dial )(?<!enter )in|a las|a la|desde|hasta|à|dès|depuis|"
    r"jusqu['\u2019]à|vers|en|um|seit|bis|ab|gegen|im|alle|dalle|fino alle|verso le|dal|nel|entro|às|"
    r"até|pelas|em|no)\s+$"
)
# What a value is for, said after it ("4471 for the flat"): the value's own words before it still count.
_FOR_A_PLACE = re.compile(r"[\s,]*(?i:for|on|at|para|pour|für|per|in|en|no|na|al|au|am|im)\s")
# What a value is said to be after it, "0803, c'est la date de naissance de ma fille", "1984. It's my
# birth year" (the next sentence too): a description of the value its cue before named, like a place
# it is for.
_DESCRIBED = re.compile(r"[\s,.]*(?i:that['\u2019]s|it['\u2019]s|c['\u2019]est|es|ist|das ist|è|é)\s")
# The word before a code, when the two may be one postcode said in halves ("K67 X2N8", "SW1A 1AA").
_POSTCODE_FIRST_HALF = re.compile(r"(?<![\w-])([A-Za-z0-9]{2,4}) $")
# Digits written in groups, none of them the ways a card is printed (4-4-4-4, 4-6-5, 4-6-4, one block).
_NOT_A_CARDS_GROUPS = re.compile(
    r"(?!\d{13,19}$|\d{4}(?:[ -]\d{4}){2,3}(?:[ -]\d{1,3})?$|\d{4}[ -]\d{6}[ -]\d{4,5}$)\d+(?:[ -]\d+)+"
)
# The kinds a cue before a value names that what the value is for, said after it, does not undo ("the
# door code is 4471 for the flat", "o meu NIF é 162 662 807, para a fatura").
_NAMED_BEFORE = frozenset({"secrets", "national_ids", "bank_accounts"})
_IMEI_BEFORE = re.compile(r"\b(?i:imei)\b[^.!?\d]*$")
# How far before a 15-digit run "IMEI" may be, in its sentence: "El IMEI del móvil que me robaron es …"
# (corpus 16) is 36 characters.
_IMEI_REACH = 60
# A reference as a transcript writes it, capitals, a dash, digits ("D-2291", "PO-7734", "SS-41255"): what a
# business gives; a code nothing names is read out, not written so.
_LETTERS_DASH_DIGITS = re.compile(r"[A-Z]{1,4}-\d{2,5}")  # not six digits: "G-583016" is a one-time code
# Six digits read out in short groups, with no word at all before them: a one-time code being read.
_READ_OUT_CODE = re.compile(r"\d{1,3}(?:[ \-]+\d{1,3})+")


def number_kind(  # noqa: PLR0911 - one answer per rule, in their order
    text: str, run: values.Run, cues: Callable[..., list[str]], carried: str | None
) -> tuple[str | None, str | None]:
    """What a run of digits is: what the words just after it say, else the nearest cue before it
    that fits (enough digits for that kind), the rest of a value the turn before began, or what its
    checksum says; and, when it is none, the sensitive kind a cue named that it was too short for."""
    digits = len(run.digits)
    after = said_after(text, run.end, digits)
    said: list[str] = [after] if after else cues(token_start(text, run.start), digits)
    if after == "harmless" and (_FOR_A_PLACE.match(text, run.end) or _DESCRIBED.match(text, run.end)):
        # "the door code is 4471 for the flat", "le code confidentiel, 0803, c'est la date de naissance"
        said += [k for k in cues(token_start(text, run.start), digits) if k in _NAMED_BEFORE][:1]
    if values.is_card(run.digits):
        # a phone's IMEI passes the card check by design (15 digits, Luhn): named so, it is a device's;
        # so does one number in ten of any length, and one written in groups no card is printed in
        # ("302-4471829-5520316") is what the words before it say it is (an order number)
        imei = len(run.digits) == 15 and _IMEI_BEFORE.search(text, max(0, run.start - _IMEI_REACH), run.start)
        grouped = _NOT_A_CARDS_GROUPS.fullmatch(text, run.start, run.end) and said[:1] == ["harmless"]
        return ("harmless", None) if imei or grouped else ("cards", None)
    if _TIME_OR_YEAR.fullmatch(run.digits) and _AT_A_TIME.search(text, 0, run.start):
        return "harmless", None  # "the gate opens at 0900", "die Tür klemmt seit 2019"
    named = None
    for index, kind in enumerate(k if k != "weak" else "secrets" for k in said):
        if kind == "harmless":
            beyond = ("secrets" if k == "weak" else k for k in said[index + 1 :])
            # not a card: a card is known by its checksum, and "my card ... for order 448121" is an order
            fits = [k for k in beyond if k != "cards" and len(run.digits) >= pieces_.MIN_DIGITS.get(k, 99)]
            return (fits[0], None) if fits else ("harmless", named)  # outweighed in the clause, or kept
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


def code_kind(
    text: str,
    start: int,
    end: int,
    *,
    cues: Callable[..., list[str]],
    deny: frozenset[str] | None,
    continues: str | None,
) -> str | None:
    """What a code of letters and digits (written, or spelled out) is: what the words around it say;
    else ``continues``, the kind of the value it goes on from ("LXR7K4M21, äh, LXR7K4M27", "model
    RB38 T603"); else "unnamed" when a caller's code nothing says is harmless (``deny``, the values
    the agent gave) or a password by its shape; None: nothing to do."""
    value = text[start:end]
    if glued_unit(value):
        return "harmless"  # "9h30", "20mg": a time or a dose, whatever word comes before
    said = (values.compact(value), re.sub(r"\D", "", value), reading(value))
    given = deny is not None and any(written in deny for written in said)
    denied = deny is not None and not given and not harmless_code(value) and not values.PRODUCT.match(value)
    denied = denied and not postcode(values.compact(value))  # "S W 1 A, 1 A A" spelled out
    first_half = _POSTCODE_FIRST_HALF.search(text, max(0, start - 6), start)
    denied = denied and not (first_half and postcode(first_half.group(1) + value))  # "K67 X2N8"
    denied = denied and not thing_named(text, start)  # "die Waschmaschine ist eine WM14N2G1"
    denied = denied and not _LETTERS_DASH_DIGITS.fullmatch(value)  # "design D-2291", "PO-7734": a reference
    after, before = said_after(text, end), cues(start)
    if after == "harmless" and (_FOR_A_PLACE.match(text, end) or _DESCRIBED.match(text, end)):
        # "Canadian passport, HK220918, for the booking": what it is for, not what it is
        after = next((k for k in before if k not in ("harmless", "cards", "weak")), after)
    named = [after, *before]
    kind = next((k for k in named if k not in (None, "cards", "weak")), None)
    kind = "secrets" if kind == "harmless" and not named[0] and "secrets" in named else kind  # outweighed
    if kind == "secrets" and reference_code(text, start, end):
        kind = "harmless"  # "your confirmation code is HX-4471"
    kind = kind or continues
    if kind is None and (values.PASSWORD_SHAPED.fullmatch(value) or denied):
        return "unnamed"
    return kind


def read_codes(
    text: str,
    spans: list[tuple[int, int]],
    kinds: frozenset[str],
    hits: Sequence[Any],
    kept: list[tuple[int, int]],
    *,
    cues: Callable[..., list[str]],
    add: Callable[[int, int, str, str], None],
    deny: frozenset[str] | None,
) -> None:
    """The codes of letters and digits, spelled out or written, each a hit or ``kept`` (harmless)."""
    for start, end in spans:
        if any(h.start < end and start < h.end for h in hits) or any(
            s <= start and end <= e for s, e in kept
        ):
            continue
        continues = next((h.kind for h in hits if pieces_.WITHIN.fullmatch(text, h.end, start)), None)
        continues = continues or ("harmless" if pieces_.continues(text, kept, start) else None)
        kind = code_kind(text, start, end, cues=cues, deny=deny, continues=continues)
        if kind in kinds:
            add(start, end, str(kind), text[start:end])
        elif kind == "unnamed" and "secrets" in kinds:
            add(start, end, "secrets", "")
        elif kind == "harmless":
            kept.append((start, end))
