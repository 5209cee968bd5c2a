"""Numbers as a transcription engine prints them, in the six languages: digits ("4111 1111", "3-3-1-7"),
digits said one by one ("four one one one", "double oh", "cuatro uno"), and numerals ("forty-one
forty-seven", "one ninety-four", "setecientos quince", "neuf cent quarante-deux", "quatre-vingt-dix",
"vierhundertsechzig", "ottocentodiciassette", "trezentos e noventa").

A run is a sequence of such words; its digits are what a listener would write down: each digit said
is a digit, each numeral its value ("one ninety-four" → "194"). A numeral's value is worked out the
way each language builds it: tens then units ("forty-one", "treinta y dos", "einundzwanzig"),
hundreds times a unit ("neuf cent", "setecientos"), French twenties ("quatre-vingt-dix-sept").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

UNITS = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
    "cero": 0, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6,
    "siete": 7, "ocho": 8, "nueve": 9,
    "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9,
    "null": 0, "eins": 1, "ein": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
    "sieben": 7, "acht": 8, "neun": 9,
    "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9,
    "um": 1, "dois": 2, "quatro": 4, "duas": 2, "três": 3, "sete": 7, "oito": 8,
    # Brazilian Portuguese reads a six out as "meia" (from "meia dúzia") so it is not heard as
    # "três": "quatro três meia cinco". After "e" it is the half of an hour ("três e meia").
    "meia": 6,
}  # fmt: skip
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
    "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "seize": 16,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
    "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
    "dez": 10, "doze": 12, "treze": 13, "catorze": 14, "quinze": 15, "dezesseis": 16,
    "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18, "dezenove": 19, "dezanove": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
    "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "ochenta": 80, "noventa": 90,
    "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60,
    "siebzig": 70, "achtzig": 80, "neunzig": 90,
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90,
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "oitenta": 80,
}  # fmt: skip
HUNDREDS = {
    "hundred": 100, "cent": 100, "cents": 100, "hundert": 100, "cento": 100, "cien": 100, "ciento": 100,
    "cem": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400, "quinientos": 500,
    "seiscientos": 600, "setecientos": 700, "ochocientos": 800, "novecientos": 900, "duzentos": 200,
    "trezentos": 300, "quatrocentos": 400, "quinhentos": 500, "seiscentos": 600, "setecentos": 700,
    "oitocentos": 800, "novecentos": 900,
}  # fmt: skip
THOUSANDS = {"thousand": 1000, "mil": 1000, "mille": 1000, "mila": 1000, "tausend": 1000}
REPEATS = {"double": 2, "triple": 3, "doble": 2, "doppio": 2, "doppel": 2}
# Words that join the parts of one numeral ("treinta y dos", "vingt et un", "trezentos e noventa").
JOINERS = {"and", "y", "et", "und", "e"}
# Compounds written as one word: German ("vierhundertsechzig", "einundzwanzig"), Italian
# ("ottocentodiciassette", "settantasei", "ventotto"), Spanish "veintiuno".
_DE_UNIT = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
_DE_TEEN = "zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn"
_IT_UNIT = "uno|due|tre|quattro|cinque|sei|sette|otto|nove"
_IT_TENS = "vent|trent|quarant|cinquant|sessant|settant|ottant|novant"
_COMPOUND = re.compile(
    rf"(?:(?P<de_k>{_DE_UNIT})?tausend)?(?:(?P<de_h>{_DE_UNIT}|{_DE_TEEN})?hundert(?:und)?)?"
    rf"(?:(?P<de_u>{_DE_UNIT})und)?(?P<de_t>zwanzig|dreißig|"
    rf"vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)?(?P<de_rest>{_DE_TEEN}|{_DE_UNIT}s?)?"
    rf"|(?:(?P<it_k>due|tre|quattro|cinque|sei|sette|otto|nove)mila|mille)?"
    rf"(?:(?P<it_h>due|tre|quattro|cinque|sei|sette|otto|nove)?cento?)?(?:(?P<it_t>{_IT_TENS})[ia]?)?"
    rf"(?P<it_rest>{_IT_UNIT}|tré|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|"
    rf"diciotto|diciannove)?"
    rf"|veinti(?P<es_u>uno|dós|dos|trés|tres|cuatro|cinco|séis|seis|siete|ocho|nueve)"
)
_WORD = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
_BETWEEN = re.compile(r"[\s,.\-\u2013]{0,3}")
MIN_DIGITS = 1


@dataclass(frozen=True)
class Run:
    """A run of digits in a text: where it is and its digits."""

    start: int
    end: int
    digits: str


_TIMES_AFTER = re.compile(r"\s+(?i:times|fois|veces|volte|vezes|mal)\b")
MINUTES_AFTER = re.compile(r"[:h][0-5]\d\b")
_HALF_HOUR = re.compile(r"(?i:\be\s+)meia\b")
_PER_CENT = re.compile(r"(?i:\b(?:per|por|pour)\s+(?:cento|ciento|cent)\b)")
_ARTICLES = frozenset({"un", "una", "une", "uno", "um", "uma", "ein", "eine"})


def number_runs(text: str) -> Iterator[Run]:
    """Every run of digits, written or spoken, with what it is made of."""
    start = end = -1
    tokens: list[str] = []
    for word in _WORD.finditer(text):
        # "7460 three times", "9305 tre volte": a numeral before "times" counts tries, it is no digit
        spoken = (
            _is_number_word(word.group(0))
            and not _TIMES_AFTER.match(text, word.end())
            and not _HALF_HOUR.match(text, max(0, word.start() - 2))
            and not _PER_CENT.search(text, max(0, word.start() - 6), word.end())  # "25 per cento"
        ) or (
            # "treinta y dos", never "10 and 12": a joiner joins numerals, not digits written
            tokens
            and word.group(0).lower() in JOINERS
            and not tokens[-1].isdigit()
            and _next_is_number(text, word.end())
        )
        # "2046, three times": digits written, then a numeral said after a comma, are two values
        # "um 15:30": an hour written with its minutes is no digit of a numeral said before it
        # "am 15.08. 14:30": nor of digits written before it; "am 15.08. um 14:30", "4471, um, 12": after
        # digits written, "um" is German "at" or a hesitation, not Portuguese "one"
        mixed = bool(tokens) and (
            bool(MINUTES_AFTER.match(text, word.end()))
            or (tokens[-1].isdigit() != word.group(0).isdigit() and "," in text[end : word.start()])
            or (tokens[-1].isdigit() and word.group(0).lower() == "um")
        )
        # "por un 42", "ein 20 %": an article before digits written, no "one" read before them
        if len(tokens) == 1 and tokens[0].lower() in _ARTICLES and word.group(0).isdigit():
            start, end, tokens = word.start(), word.end(), [word.group(0)]
            continue
        if spoken and not mixed and (not tokens or _BETWEEN.fullmatch(text, end, word.start())):
            start = word.start() if not tokens else start
            end, tokens = word.end(), [*tokens, word.group(0)]
            continue
        if tokens:
            yield from _run(start, end, tokens)
        start, end, tokens = -1, -1, []
        if spoken:
            start, end, tokens = word.start(), word.end(), [word.group(0)]
    if tokens:
        yield from _run(start, end, tokens)


def spoken_digits(run: str) -> str | None:
    """The digits of a run as written or spoken ("double oh nine" → "009"); None when a word in it
    is not a number word."""
    words = [w.group(0) for w in _WORD.finditer(run)]
    if not all(_is_number_word(w) or w.lower() in JOINERS for w in words):
        return None
    return _digits(words) or None


def _run(start: int, end: int, tokens: list[str]) -> Iterator[Run]:
    while tokens and tokens[-1].lower() in JOINERS:
        tokens = tokens[:-1]
    if all(token.lower() in THOUSANDS for token in tokens):
        return  # "grazie mille", "mil gracias": a thousand alone is a way of speaking
    digits = _digits(tokens)
    if len(digits) >= MIN_DIGITS:
        yield Run(start, end, digits)


def _digits(words: list[str]) -> str:
    """What a listener writes down: a digit per digit said, a numeral's value, in order."""
    written: list[str] = []
    current: int | None = None  # a numeral being built ("nine hundred" waiting for "forty")
    repeat = 1
    for word in words:
        parts = [p.lower() for p in re.split(r"[-\u2010\u2011]", word)]
        value = None if all(p.isdigit() for p in parts) else _numeral(parts)
        if parts[0] in REPEATS:
            repeat = REPEATS[parts[0]]
            continue
        if parts[0] in JOINERS:
            continue
        if value is None or (len(parts) > 1 and all(p in UNITS for p in parts)):
            # digits written, or said one by one with hyphens ("seven-oh-two")
            said = "".join(p if p.isdigit() else str(UNITS[p]) for p in parts)
            written += [str(current)] if current is not None else []
            written.append(said * repeat if len(said) == 1 else said)
            current, repeat = None, 1
            continue
        if repeat > 1 and value < 10:
            written += [str(current)] if current is not None else []
            written.append(str(value) * repeat)
            current, repeat = None, 1
            continue
        if current is not None and _joins(current, value, parts):
            low = current % 1000  # what follows the thousands: "deux mille" "quatre" "cent"
            if parts[-1] in THOUSANDS:
                current *= 1000
            elif parts[-1] in HUNDREDS and value == 100:
                current += low * 99
            else:
                current += value
            continue
        written += [str(current)] if current is not None else []
        current = value
    if current is not None:
        written.append(str(current))
    return "".join(written)


def _joins(current: int, value: int, parts: list[str]) -> bool:
    """Whether ``value`` goes on the numeral being built ("nine" "hundred", "forty" "one", "deux"
    "mille" "quatre" "cent")."""
    if parts[-1] in THOUSANDS:
        return 0 < current < 1000  # "two thousand"
    low = current % 1000
    if current >= 1000 and low == 0:
        return value < 1000  # "two thousand" "four hundred", "mil" "doscientos"
    if parts[-1] in HUNDREDS and value == 100:
        return 0 < low < 10  # "nine hundred"
    if low >= 100 and low % 100 == 0:
        return value < 100  # "nine hundred" "forty"
    if low >= 20 and low % 10 == 0:
        return value < 10 or (low % 100 in (60, 80) and value < 20)  # "forty" "one", "soixante" "dix"
    return False


def _numeral(parts: list[str]) -> int | None:
    """The value of one word, hyphenated or compound ("quatre-vingt-dix-sept" → 97)."""
    value = 0
    for part in parts:
        if part in JOINERS:
            continue
        if part in ("vingt", "vingts") and 0 < value < 10:
            value *= 20  # "quatre-vingt"
        elif part in HUNDREDS and HUNDREDS[part] == 100:
            value = max(value, 1) * 100
        elif part in THOUSANDS:
            value = max(value, 1) * 1000
        elif (single := _single(part)) is not None:
            value += single
        else:
            return None
    return value


def _single(word: str) -> int | None:
    for table in (UNITS, TEENS, TENS, HUNDREDS, THOUSANDS):
        if word in table:
            return table[word]
    found = _COMPOUND.fullmatch(word)
    if not found or not word:
        return None
    return _compound_value(found)


def _compound_value(found: re.Match[str]) -> int | None:
    groups = found.groupdict()
    if groups["es_u"]:
        return 20 + UNITS.get(groups["es_u"].replace("ó", "o").replace("é", "e"), 0)
    de_units = {u: i + 1 for i, u in enumerate(_DE_UNIT.split("|"))}
    word = found.group(0)
    if "hundert" in word or "tausend" in word or groups["de_u"] or groups["de_t"] or groups["de_rest"]:
        # "neunzehnhundertachtzig" (1980), "zweitausendzehn" (2010)
        value = 1000 * de_units.get(groups["de_k"] or "ein", 1) if "tausend" in word else 0
        hundreds = groups["de_h"] or "ein"
        value += 100 * (TEENS.get(hundreds) or de_units.get(hundreds, 1)) if "hundert" in word else 0
        value += de_units.get(groups["de_u"] or "", 0) + TENS.get(groups["de_t"] or "", 0)
        rest = groups["de_rest"] or ""
        return value + (TEENS.get(rest) or UNITS.get(rest) or de_units.get(rest.rstrip("s"), 0))
    # "millenovecentottantotto" (1988), "duemilasei" (2006)
    value = 1000 * UNITS.get(groups["it_k"] or "", 1) if "mil" in word else 0
    value += 100 * (UNITS.get(groups["it_h"] or "", 1)) if "cent" in word else 0
    tens = groups["it_t"]
    value += TENS.get(f"{tens}a" if tens and tens != "vent" else "venti", 0) if tens else 0
    rest = (groups["it_rest"] or "").replace("tré", "tre")  # "ventitré", "quattrocentotré"
    return value + (TEENS.get(rest) or UNITS.get(rest) or 0)


@lru_cache(maxsize=8192)  # a call's words repeat; each is read once
def _is_number_word(word: str) -> bool:
    parts = [p.lower() for p in re.split(r"[-\u2010\u2011]", word)]
    if all(p.isdigit() for p in parts):
        return True
    if len(parts) == 1 and parts[0] in REPEATS:
        return True
    return all(p in JOINERS or _single(p) is not None for p in parts) and not all(p in JOINERS for p in parts)


def _next_is_number(text: str, position: int) -> bool:
    following = _WORD.search(text, position)
    return bool(following and _is_number_word(following.group(0)))
