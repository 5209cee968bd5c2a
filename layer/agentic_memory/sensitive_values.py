"""Where values are in a text, and what their structure alone says they are.

A value is a run of digits as ASR writes them ("4111 1111", "four one one one", "cuatro uno uno",
"double oh"), a code of letters and digits ("X1234567", "de89370400440532013000"), or the word(s) said
to be a password. Structure decides without any cue word where a checksum makes a mistake unlikely
(``stdnum``, python-stdnum, the registry of number formats): Luhn for cards (13 to 19 digits), the
IBAN's mod-97, the Canadian SIN's Luhn on a 3-3-3 grouping, and the national ids whose check digit
or letter is part of them (US SSN as written, Spanish DNI/NIE, Italian codice fiscale, French NIR,
Brazilian CPF as written, UK National Insurance numbers).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from types import ModuleType

# Digits as words, in the six languages; "oh"/"o" for zero in English. Articles that are also
# digits ("un", "uno", "um") count only inside a run of at least three digits (``MIN_DIGITS``).
DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "cero": "0", "uno": "1", "una": "1", "dos": "2", "tres": "3", "cuatro": "4", "cinco": "5",
    "seis": "6", "siete": "7", "ocho": "8", "nueve": "9",
    "zéro": "0", "un": "1", "une": "1", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5",
    "sept": "7", "huit": "8", "neuf": "9",
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4", "fünf": "5",
    "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
    "due": "2", "tre": "3", "quattro": "4", "sei": "6", "sette": "7", "otto": "8", "nove": "9",
    "um": "1", "uma": "1", "dois": "2", "duas": "2", "três": "3", "sete": "7", "oito": "8",
}  # fmt: skip
REPEAT_WORDS = {"double": 2, "triple": 3, "doble": 2, "doppio": 2, "doppel": 2, "dupla": 2}
# Words that join spoken digits without ending the run: "four one, then one one".
_DIGIT_WORD = "|".join(sorted((*DIGIT_WORDS, *REPEAT_WORDS), key=len, reverse=True))
_TOKEN = rf"(?:\d+|(?i:{_DIGIT_WORD})(?![\w'\u2019]))"
NUMBER_RUN = re.compile(rf"(?<![\w\-/]){_TOKEN}(?:[\s,.\-\u2013]{{1,3}}{_TOKEN})*(?![\w\-/])")
# A code of letters and digits (a passport "X1234567", a licence "D123-4567", a compact IBAN).
ALPHANUMERIC = re.compile(r"(?<![\w\-])(?=[\w\-]*\d)(?=[\w\-]*[^\W\d_])[^\W_][\w\-]{4,}(?![\w\-])")
# An IBAN's start: two letters, two check digits; then groups of letters and digits.
_IBAN_START = re.compile(r"(?<!\w)[A-Za-z]{2}\d{2}")
_IBAN_GROUP = re.compile(r"[ \-]?([A-Za-z0-9]{1,30})")
_UK_NINO = re.compile(r"(?<!\w)[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?!\w)", re.IGNORECASE)
_CODICE_FISCALE = re.compile(r"(?<!\w)[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z](?!\w)", re.IGNORECASE)
_DNI = re.compile(r"(?<!\w)[XYZ]?\d{7,8}-?[A-Z](?!\w)", re.IGNORECASE)
_SSN_WRITTEN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_SIN_WRITTEN = re.compile(r"^\d{3}[ \-]\d{3}[ \-]\d{3}$")
_CPF_WRITTEN = re.compile(r"^\d{3}\.\d{3}\.\d{3}-\d{2}$")
MIN_DIGITS = 3


@dataclass(frozen=True)
class Run:
    """A run of digits in a text: where it is and its digits."""

    start: int
    end: int
    digits: str


def number_runs(text: str) -> Iterator[Run]:
    """Every run of at least ``MIN_DIGITS`` digits, written or spoken."""
    for found in NUMBER_RUN.finditer(text):
        digits = spoken_digits(found.group(0))
        if digits and len(digits) >= MIN_DIGITS:
            yield Run(found.start(), found.end(), digits)


def spoken_digits(run: str) -> str | None:
    """The digits of a run as written or spoken ("double oh nine" → "009"); None when a word in it
    is not a digit (then it is not a number read out)."""
    digits: list[str] = []
    repeat = 1
    for token in re.findall(r"\d+|[^\W\d_]+", run.lower()):
        if token.isdigit():
            digits.append(token * repeat if repeat > 1 and len(token) == 1 else token)
            repeat = 1
        elif token in REPEAT_WORDS:
            repeat = REPEAT_WORDS[token]
        elif token in DIGIT_WORDS:
            digits.append(DIGIT_WORDS[token] * repeat)
            repeat = 1
        else:
            return None
    return "".join(digits) or None


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
        end, compact, best = start.end(), start.group(0), None
        while True:
            if stdnum("iban").is_valid(compact):
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
        if stdnum("es.dni").is_valid(found.group(0)) or stdnum("es.nie").is_valid(found.group(0)):
            yield found.start(), found.end()


@cache
def stdnum(name: str) -> ModuleType:
    """A ``stdnum`` module by its dotted name ("us.ssn"), imported on first use."""
    return importlib.import_module(f"stdnum.{name}")
