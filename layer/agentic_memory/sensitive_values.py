"""Where values are in a text, and what their structure alone says they are.

A value is a run of digits as ASR writes them ("4111 1111", "four one one one", "cuatro uno uno",
"double oh"), a code of letters and digits ("X1234567", "de89370400440532013000"), written or
spelled out (``sensitive_spelled``), or the words said to be a password (``sensitive_passwords``).
Structure decides without any cue word where a checksum makes a mistake unlikely (``stdnum``,
python-stdnum, the registry of number formats): Luhn for cards (13 to 19 digits), the IBAN's mod-97,
the Canadian SIN's Luhn on a 3-3-3 grouping, and the national ids whose check digit or letter is part
of them (US SSN as written, Spanish DNI/NIE, Italian codice fiscale, French NIR, Brazilian CPF as
written, UK National Insurance numbers).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from types import ModuleType

from agentic_memory.sensitive_numbers import Run, number_runs, spoken_digits
from agentic_memory.sensitive_spelled import reading, spelled_codes

__all__ = ["Run", "number_runs", "spoken_digits"]

# A code of letters and digits (a passport "X1234567", a licence "D123-4567", a compact IBAN).
ALPHANUMERIC = re.compile(r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*[^\W\d_])[^\W_][\w\-]{3,}(?![\w\-])")
# An IBAN's start: two letters, two check digits; then groups of letters and digits.
# An IBAN read out: its country letters may be said apart ("F R 76"), its groups with a pause between
# ("IT72 I010 3009, ehm, 1938 …"): the mod-97 check, not the spacing, says it is one.
_IBAN_START = re.compile(r"(?<!\w)[A-Za-z] ?[A-Za-z] ?\d{2}")
_IBAN_GROUP = re.compile(r"(?:[ \-]|,\s*(?:(?i:um+|uh+|eh+m?|euh|äh|ehm|hum)\s*,?\s*)?)?([A-Za-z0-9]{1,30})")
_UK_NINO = re.compile(r"(?<!\w)[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)", re.IGNORECASE)
_CODICE_FISCALE = re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?!\w)", re.IGNORECASE)
# A DNI or NIE, its digits grouped by dots as the card prints them or not ("78.665.510-J", "48291735K").
_DNI = re.compile(r"(?<!\w)[XYZ]?(?:\d{7,8}|\d{1,2}\.\d{3}\.\d{3})-?[A-Z](?!\w)", re.IGNORECASE)
_SSN_WRITTEN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_SIN_WRITTEN = re.compile(r"^\d{3}[ \-]\d{3}[ \-]\d{3}$")
_CPF_WRITTEN = re.compile(r"^\d{3}\.\d{3}\.\d{3}-\d{2}$")


# The currency said between an amount's two parts ("fourteen pounds fifty"), which a caller repeating
# it leaves out ("fourteen fifty").
_CURRENCY_BETWEEN = re.compile(
    r"\s+(?i:pounds?|quid|dollars?|euros?|bucks|libras?|dólares|livres|franken|franchi|francs?|reais)"
    r"(?:\s+(?i:and|y|et|und|e))?(?=\s+\w)"
)


def said_values(text: str) -> frozenset[str]:
    """The numbers and codes said in a text, as ``compact`` compares them: digits, or a code's
    letters and digits in capitals ("A-77120" → "A77120"); an amount said in two parts also as one
    ("fourteen pounds fifty": 1450 as well as 14 and 50)."""
    spelled = {reading(text[start:end]) for start, end in spelled_codes(text)}  # "Q F seven K two M"
    amounts = _CURRENCY_BETWEEN.sub("", text)
    return (
        frozenset(run.digits for run in number_runs(text))
        | spelled
        | {compact(code.group(0)) for code in ALPHANUMERIC.finditer(text)}
        | ({run.digits for run in number_runs(amounts)} if amounts != text else set())
    )


def compact(code: str) -> str:
    return re.sub(r"[\W_]", "", code).upper()


def is_card(digits: str) -> bool:
    return 13 <= len(digits) <= 19 and bool(stdnum("luhn").is_valid(digits))


def written_national_id(written: str, digits: str) -> bool:
    """A number whose shape and checksum make it a national id with no word saying so: a US SSN as
    written (``123-45-6789``) or valid with hyphens, a Canadian SIN grouped 3-3-3, a Brazilian CPF as
    written (``123.456.789-09``), a French NIR."""
    if _SSN_WRITTEN.match(written) or (_CPF_WRITTEN.match(written) and stdnum("br.cpf").is_valid(digits)):
        return True
    if _SIN_WRITTEN.match(written) and stdnum("ca.sin").is_valid(digits):
        return True
    if len(digits) == 9 and "-" in written:
        return bool(stdnum("us.ssn").is_valid(digits))
    return len(digits) == 15 and bool(stdnum("fr.nir").is_valid(digits))


def ibans(text: str) -> Iterator[tuple[int, int, str]]:
    """Every valid IBAN, in any case and spacing: (start, end, its last four characters)."""
    for start in _IBAN_START.finditer(text):
        end, compact, best = start.end(), start.group(0).replace(" ", ""), None
        while True:
            # mod-97 only: a national check inside the account (Spain's) is not the caller's to get right
            if len(compact) >= 15 and stdnum("iban").is_valid(compact, check_country=False):
                best = (start.start(), end, compact[-4:].upper())
            group = _IBAN_GROUP.match(text, end)
            if not group or len(compact) >= 34:
                break
            end, compact = group.end(), compact + group.group(1)
        if best:
            yield best


def structural_ids(text: str) -> Iterator[tuple[int, int]]:
    """National ids whose check letter or digit is part of them: UK NINO, codice fiscale, DNI/NIE."""
    yield from ((m.start(), m.end()) for m in _UK_NINO.finditer(text))
    for found in _CODICE_FISCALE.finditer(text):
        if stdnum("it.codicefiscale").is_valid(found.group(0)):
            yield found.start(), found.end()
    for found in _DNI.finditer(text):
        dni = found.group(0).replace(".", "")
        if stdnum("es.dni").is_valid(dni) or stdnum("es.nie").is_valid(dni):
            yield found.start(), found.end()


# An id's or an account's first letters ending a turn, the rest read out next ("codice fiscale VRDLCU"
# / "90B15"): five capitals or more (not "USA", "IBAN"), not a place ("from FRANCE").
_CAPITALS_AT_END = re.compile(r"(?<![\w\-])(?<!from )(?<!de )(?<!aus )(?<!da )[A-Z]{5,8}(?=[\s,.\u2026]*$)")


def capitals_begun(text: str) -> Iterator[tuple[int, int]]:
    """Where a word of capitals ends the text: maybe the first letters of a value read on next."""
    return (found.span() for found in _CAPITALS_AT_END.finditer(text))


@cache
def stdnum(name: str) -> ModuleType:
    """A ``stdnum`` module by its dotted name ("us.ssn"), imported on first use."""
    return importlib.import_module(f"stdnum.{name}")


# A password by its shape: letters in both cases or a symbol, with digits ("Kenji2024", "Toledo#19",
# "Ipanema@22"); or words in both cases joined by a symbol ("Blue!Door!Nine", "Penguin#Tuesday").
# Not a product's name ("iPhone14", "eBay2024"), nor an e-mail address.
# A product's name: a lower-case i or e before a capital ("iPhone14", "eBay2024").
PRODUCT = re.compile(r"[ie][A-Z]")
PASSWORD_SHAPED = re.compile(
    r"(?<![\w@.])(?![ie][A-Z])(?![^\s]*@[\w-]+\.[A-Za-z])(?=[^\s]*[a-z])"
    r"(?:(?=[^\s]*\d)(?=[^\s]*[A-Z!#$%&*^~+=@])|(?=[^\s]*[A-Z])(?=[^\s]*[A-Za-z][!#$%*^~+=@][A-Za-z]))"
    r"[A-Za-z0-9!#$%&*^~+=@]{6,}(?<![.,;:?])(?![\w@])"
)


# Above this many digits a label keeps the last four ("[card ending 1111]"); below, the last four
# would be most of the value.
LABEL_TAIL_DIGITS = 10


# A label ``label`` writes, alone: what is left of a value redaction removed ("[secret]", "[card ending 11]").
LABEL_ONLY = re.compile(r"\s*\[(?:secret|national id|card|account)(?: ending [0-9A-Za-z]{1,4})?\]\s*")


def label(kind: str, value: str) -> str:
    """What takes a value's place: its kind, and the last four of a long number (a card, an account)."""
    tail = re.sub(r"[^0-9A-Za-z]", "", value)
    ending = f" ending {tail[-4:]}" if len(re.sub(r"\D", "", tail)) >= LABEL_TAIL_DIGITS else ""
    return {
        "cards": f"[card{ending}]",
        "bank_accounts": f"[account{ending}]",
        "national_ids": "[national id]",
    }.get(kind, "[secret]")


# The parts of an id or an account read out: letters spelled ("g b", "zeta", "erre"), short groups of
# letters and digits ("NWBK", "ra88", "h501"), digits said or written.
_LETTER_NAMES = {
    "zeta", "erre", "equis", "jota", "hache", "acca", "effe", "emme", "enne", "esse", "zett", "vau",
    "ics", "iks", "ti", "bi", "ci", "di", "gi", "pi", "vi", "cu", "ka",
}  # fmt: skip
_NOT_PART = {
    "and", "the", "is", "it", "its", "my", "of", "on", "at", "to", "in", "for", "or", "but", "und",
    "der", "die", "das", "ist", "ein", "es", "el", "la", "los", "las", "y", "de", "del", "en", "un",
    "una", "le", "les", "et", "est", "du", "des", "il", "e", "da", "per", "con", "os", "as", "um",
    "uma", "do", "em", "no", "na", "am", "im", "al", "au", "mi", "mon", "ma", "mein", "meu",
    "then", "that", "this", "so", "oh", "ok", "okay", "yes", "sí", "oui", "ja", "sì", "sim", "non",
    "not", "que", "qui", "che", "dass", "was", "war", "era", "with", "from", "by",
}  # fmt: skip
_PART = re.compile(r"[^\W_]+")
_BETWEEN_PARTS = re.compile(r"[\s,\-]{1,3}")


def spelled_extent(text: str, start: int, end: int) -> tuple[int, int]:
    """A value's span grown over the spelled letters and short groups read out with it."""
    parts = list(_PART.finditer(text))
    inside = [i for i, p in enumerate(parts) if start <= p.start() and p.end() <= end]
    if not inside:
        return start, end
    first, last = inside[0], inside[-1]
    while (
        first > 0
        and _is_part(parts[first - 1].group(0))
        and _joined(text, parts[first - 1], parts[first])
        and not _contracted(text, parts[first - 1])  # the "s" of "that's 081-23-3977" is no letter of it
    ):
        first -= 1
    while (
        last + 1 < len(parts)
        and _is_part(parts[last + 1].group(0))
        and _joined(text, parts[last], parts[last + 1])
    ):
        last += 1
    return min(start, parts[first].start()), max(end, parts[last].end())


def _is_part(word: str) -> bool:
    lower = word.lower()
    if lower in _NOT_PART:
        return False
    if lower in _LETTER_NAMES or len(word) == 1:
        return True
    if spoken_digits(word) is not None:
        return True
    has_digit = any(c.isdigit() for c in word)
    # letters alone: capitals ("NWBK") or no vowel ("rssl"), never a word of the sentence
    return len(word) <= 5 and (
        has_digit
        or (word.isupper() and len(word) <= 5)
        or (len(word) <= 4 and not re.search(r"[aeiouyàâäéèêëíìîïóòôöúùûü]", lower))
    )


def _contracted(text: str, part: re.Match[str]) -> bool:
    """Whether ``part`` ends a contraction ("that's", "it's", "we'd"): a word's end, no letter read out."""
    return part.start() > 0 and text[part.start() - 1] in "'\u2019"


def _joined(text: str, one: re.Match[str], two: re.Match[str]) -> bool:
    return bool(_BETWEEN_PARTS.fullmatch(text, one.end(), two.start()))
