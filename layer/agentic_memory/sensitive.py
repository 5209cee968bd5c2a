"""The sensitive-data policy: what is never stored in Mem0, the profile or the brief (``REDACT_SENSITIVE``).

A caller reads out a card number to pay, a national id to be identified, a PIN to unlock an account;
the transcript keeps it, and without this policy so would the memory read to whoever calls next from
that number. Each value is replaced by a label that keeps what is useful and harmless ("[card ending
1111]"), never dropped silently, so the agent still knows a card was given:

* ``cards``: 13 to 19 digits that pass the Luhn check (``stdnum.luhn``);
* ``bank_accounts``: IBANs that pass their checksum (``stdnum.iban``), and account or routing numbers
  said as such ("account number 12345678");
* ``national_ids``: US social security numbers (written ``123-45-6789``, or valid by ``stdnum.us.ssn``),
  Spanish DNI/NIE, Italian codice fiscale, French NIR, Brazilian CPF (each checked by ``stdnum``), UK
  National Insurance numbers, and any number or code said to be one ("my passport number is …", "my
  driver's licence is D1234567");
* ``secrets``: PINs, passwords, passcodes and card security codes, when said as such.

Numbers are found written ("4111 1111 1111 1111") or spoken ("four one one one, one one one one …",
"double oh", "oh" for zero), as ASR writes them. Checksums keep order numbers and phone numbers out of
it; what is said to be a PIN or an account is redacted whatever its digits — whether the words come
just before it, a few words before ("the security code on the back is 123") or after it ("5521, that's
my PIN").
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

from agentic_memory.settings import SENSITIVE_KINDS

ALL_KINDS = SENSITIVE_KINDS

_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_REPEAT_WORDS = {"double": 2, "triple": 3}
# A run of digits as ASR writes them: digits, or digit words, with spaces, hyphens, commas, dots.
_SPOKEN_DIGIT = r"(?:\d+|zero|oh|o|one|two|three|four|five|six|seven|eight|nine|double|triple)"
_NUMBER_RUN = re.compile(
    rf"(?<![\w-])(?:{_SPOKEN_DIGIT})(?:[\s,.\-]{{1,3}}(?:{_SPOKEN_DIGIT}))*(?![\w-])", re.IGNORECASE
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_UK_NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", re.IGNORECASE)
_CODICE_FISCALE = re.compile(r"\b[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]\b", re.IGNORECASE)
_DNI = re.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b", re.IGNORECASE)
# What a value is said to be, by the words before it: the words themselves, then at most four more
# words of the same sentence ("the security code on the back is 123"), then the value.
_SECRET_WORDS = (
    r"pin(?: number| code)?|password|passcode|pass code|security code|cvv|cvc|csc|"  # noqa: S105 - words
    r"contraseña|mot de passe|passwort|senha|codice"
)
_ACCOUNT_WORDS = r"account(?: number)?|routing(?: number)?|sort code|acct|cuenta|compte|konto|conta|conto"
_ID_WORDS = (
    r"social security(?: number)?|social|ssn|passport(?: number)?|national (?:id|insurance)(?: number)?|"
    r"id number|id card|identity card|driver'?s licen[cs]e(?: number)?|tax (?:id|number)|dni|nie|nif|nir|"
    r"cpf|codice fiscale|steuer-?id|personalausweis(?:nummer)?|ausweis(?:nummer)?|sécurité sociale|"
    r"carte vitale|nhs number|medicare number"
)
_GAP = r"(?:[\s,:'\u2019\-]+[^\s\d.!?;,:]+){0,4}[\s,:\-]*$"
_SAID_SECRET = re.compile(rf"\b(?:{_SECRET_WORDS})\b{_GAP}", re.IGNORECASE)
_SAID_ACCOUNT = re.compile(rf"\b(?:{_ACCOUNT_WORDS})\b{_GAP}", re.IGNORECASE)
_SAID_ID = re.compile(rf"\b(?:{_ID_WORDS})\b{_GAP}", re.IGNORECASE)
# ... or by the words after it: "5521, that's my PIN", "123 is the security code".
_SAID_AFTER = re.compile(
    r"[\s,.]*(?:that['\u2019]s|that is|it['\u2019]s|it is|is|was|which is|as)\s+"
    r"(?:my|the|our|his|her|their)\s+"
    rf"(?:(?P<secrets>{_SECRET_WORDS})|(?P<national_ids>{_ID_WORDS})|(?P<bank_accounts>{_ACCOUNT_WORDS}))\b",
    re.IGNORECASE,
)
# A code of letters and digits said to be an id ("licence number D1234567", "Ausweis T22000129").
_ID_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{4,}(?![\w-])")
_SSN_WRITTEN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_CPF_WRITTEN = re.compile(r"^\d{3}\.\d{3}\.\d{3}-\d{2}$")
# A password said as such is one word of any shape.
_PASSWORD_WORD = re.compile(
    r"\b(password|passcode|passwort|contraseña|mot de passe|senha)(\s+(?:is|was|:|es|est|ist|é))?\s*:?\s*"
    r"(\S+)",
    re.IGNORECASE,
)
_CONTEXT_CHARS = 60


@dataclass(frozen=True)
class Redaction:
    text: str
    kinds: frozenset[str]  # what was found (for a metric; never the values)


def redact(text: str, kinds: frozenset[str] = frozenset(ALL_KINDS)) -> Redaction:
    """``text`` with every value of ``kinds`` replaced by its label."""
    if not text or not kinds:
        return Redaction(text, frozenset())
    found: set[str] = set()
    if "bank_accounts" in kinds:
        text = _IBAN.sub(lambda m: _iban(m, found), text)
    if "national_ids" in kinds:
        text = _UK_NINO.sub(lambda m: _label(found, "national_ids", "[national id]"), text)
        text = _CODICE_FISCALE.sub(lambda m: _checked(m, found, _codice_fiscale_valid), text)
        text = _DNI.sub(lambda m: _checked(m, found, _dni_valid), text)
        text = _ID_CODE.sub(lambda m: _said_id_code(m, found), text)
    if "secrets" in kinds:
        text = _PASSWORD_WORD.sub(lambda m: _password(m, found), text)
    text = _NUMBER_RUN.sub(lambda m: _number(m, kinds, found), text)
    return Redaction(text, frozenset(found))


def redact_transcription(data: dict[str, Any], kinds: frozenset[str]) -> frozenset[str]:
    """Redact, in place, every text of a ``post_call_transcription``'s ``data`` that reaches memory:
    the turns, the summary and title, the data-collection values. Returns the kinds found. Works on
    the JSON as received, so ingestion and the archive (``ARCHIVE_REDACTION``) share it."""
    found: set[str] = set()

    def clean(value: Any) -> Any:
        if not isinstance(value, str):
            return value
        redaction = redact(value, kinds)
        found.update(redaction.kinds)
        return redaction.text

    for turn in data.get("transcript") or []:
        if isinstance(turn, dict):
            turn["message"] = clean(turn.get("message"))
            if turn.get("original_message") is not None:
                turn["original_message"] = clean(turn["original_message"])
    analysis = data.get("analysis")
    if isinstance(analysis, dict):
        for field in ("transcript_summary", "call_summary_title"):
            analysis[field] = clean(analysis.get(field))
        for result in (analysis.get("data_collection_results") or {}).values():
            if isinstance(result, dict):
                result["value"] = clean(result.get("value"))
    return frozenset(found)


def _number(found_run: re.Match[str], kinds: frozenset[str], found: set[str]) -> str:
    """A run of digits (written or spoken): redacted when what precedes it says what it is, or when
    its checksum says it is a card or a national id."""
    original = found_run.group(0)
    digits = spoken_digits(original)
    if digits is None or len(digits) < 3:
        return original
    before = found_run.string[max(0, found_run.start() - _CONTEXT_CHARS) : found_run.start()]
    after = _SAID_AFTER.match(found_run.string, found_run.end())
    said_after = next((kind for kind, words in (after.groupdict() if after else {}).items() if words), "")
    rules: list[tuple[str, Callable[[], bool], str]] = [
        ("secrets", lambda: said_after == "secrets" or bool(_SAID_SECRET.search(before)), "[secret]"),
        (
            "national_ids",
            lambda: len(digits) >= 6 and (said_after == "national_ids" or bool(_SAID_ID.search(before))),
            "[national id]",
        ),
        (
            "bank_accounts",
            lambda: (
                len(digits) >= 6 and (said_after == "bank_accounts" or bool(_SAID_ACCOUNT.search(before)))
            ),
            f"[account ending {digits[-4:]}]",
        ),
        (
            "cards",
            lambda: 13 <= len(digits) <= 19 and bool(_luhn().is_valid(digits)),
            f"[card ending {digits[-4:]}]",
        ),
        ("national_ids", lambda: _written_national_id(original.strip(), digits), "[national id]"),
    ]
    for kind, applies, label in rules:
        if kind in kinds and applies():
            return _label(found, kind, label)
    return original


def spoken_digits(run: str) -> str | None:
    """The digits of a run as written or spoken ("double oh nine" → "009"); None when a word in it
    is not a digit (then it is not a number read out)."""
    digits: list[str] = []
    repeat = 1
    for token in re.findall(r"\d+|[a-z]+", run.lower()):
        if token.isdigit():
            digits.append(token * repeat if repeat > 1 and len(token) == 1 else token)
            repeat = 1
        elif token in _REPEAT_WORDS:
            repeat = _REPEAT_WORDS[token]
        elif token in _DIGIT_WORDS:
            digits.append(_DIGIT_WORDS[token] * repeat)
            repeat = 1
        else:
            return None
    spoken = "".join(digits)
    return spoken if spoken else None


def _written_national_id(written: str, digits: str) -> bool:
    """A number whose shape and checksum make it a national id with no word saying so: a US SSN as
    written (``123-45-6789``) or valid, a Brazilian CPF as written (``123.456.789-09``), a French NIR."""
    if _SSN_WRITTEN.match(written) or (_CPF_WRITTEN.match(written) and _stdnum("br.cpf").is_valid(digits)):
        return True
    if len(digits) == 9 and "-" in written:
        return bool(_stdnum("us.ssn").is_valid(digits))
    return len(digits) == 15 and bool(_stdnum("fr.nir").is_valid(digits))


def _said_id_code(match: re.Match[str], found: set[str]) -> str:
    """A code of letters and digits, when the words before it say it is an id."""
    before = match.string[max(0, match.start() - _CONTEXT_CHARS) : match.start()]
    if _SAID_ID.search(before):
        return _label(found, "national_ids", "[national id]")
    return match.group(0)


def _password(match: re.Match[str], found: set[str]) -> str:
    return f"{match.group(1)}{match.group(2) or ''} {_label(found, 'secrets', '[secret]')}"


def _iban(match: re.Match[str], found: set[str]) -> str:
    from stdnum import iban  # noqa: PLC0415 - stdnum's modules load on first use

    value = match.group(0)
    if not iban.is_valid(value):
        return value
    return _label(found, "bank_accounts", f"[account ending {re.sub(r'[^0-9A-Z]', '', value)[-4:]}]")


def _checked(match: re.Match[str], found: set[str], valid: Callable[[str], bool]) -> str:
    return _label(found, "national_ids", "[national id]") if valid(match.group(0)) else match.group(0)


def _codice_fiscale_valid(value: str) -> bool:
    from stdnum.it import codicefiscale  # noqa: PLC0415

    return bool(codicefiscale.is_valid(value))


def _dni_valid(value: str) -> bool:
    from stdnum.es import dni, nie  # noqa: PLC0415

    return bool(dni.is_valid(value) or nie.is_valid(value))


def _label(found: set[str], kind: str, label: str) -> str:
    found.add(kind)
    return label


@cache
def _luhn() -> ModuleType:
    from stdnum import luhn  # noqa: PLC0415 - stdnum's modules load on first use

    return luhn


@cache
def _stdnum(name: str) -> ModuleType:
    """A ``stdnum`` module by its dotted name ("us.ssn"), imported on first use."""
    return importlib.import_module(f"stdnum.{name}")
