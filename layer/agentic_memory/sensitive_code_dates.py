"""Access codes said as a date: "the door code is our anniversary, the twelfth of June", "el código del
garaje es el cumpleaños de mi mujer, quince de mayo", "the code is my mum's birthday, 14 08".

A date is harmless wherever a caller books or is born (``sensitive_harmless``); said in the sentence
that names a code, after the code's cue, it is how the code is remembered, and it is the code: the day
and month in words, and the digits after a birthday or an anniversary.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_harmless import MONTH
from agentic_memory.sensitive_harmless_words import HARMLESS_CUES
from agentic_memory.sensitive_numbers import number_runs, spoken_digits

# A code's cue: a code (German compounds too: "Türcode"), a combination, what a code opens or arms.
_CODE_CUE = re.compile(
    r"(?i:\b(?:\w*code|código|codice|pin|combination|combinación|combinaison|kombination|combinazione|"
    r"combinação|keypad|lock ?box|key ?(?:safe|box)|padlock|alarm\w*|allarme|caja de llaves|boîte à clés|"
    r"schlüssel(?:tresor|kasten|safe)|cassetta delle chiavi|caixa (?:das|de) chaves)\b)"
)
# "the discount code", "le code promo": a code that is no secret ends a harmless cue.
_HARMLESS_CODE = re.compile(rf"(?i:\b(?:{'|'.join(f'(?:{cue})' for cue in HARMLESS_CUES)})\W*$)")
_SENTENCE = re.compile(r"[^.!?\n]+")
# The day before a month: "twelfth of", "quince de", "le douze", "der elfte", "vinte e dois de".
_DAY_MONTH = re.compile(
    rf"(?P<day>\b(?:\d{{1,2}}|[^\W\d_]+(?:[ -](?:e|y|et|und)[ -][^\W\d_]+|-[^\W\d_]+)?)"
    rf"(?:st|nd|rd|th|\.|º)?)\s+(?:(?i:of|de|di)\s+)?{MONTH.pattern}"
)
# A day and month in digits, after what they are a date of: "my mum's birthday, 14 08".
_DATE_OF = re.compile(
    r"(?i:\b(?:birthday|anniversary|cumpleaños|aniversario|anniversaire|geburtstag|hochzeitstag|"
    r"compleanno|anniversario|aniversário|year|año|année|jahr|anno|ano)\b)"
)
_ORDINALS = {
    "first", "second", "third", "fifth", "eighth", "ninth", "twelfth", "premier", "erste", "ersten",
    "dritte", "dritten", "siebte", "achte",
}  # fmt: skip


def _is_day(word: str) -> bool:
    """Whether a word says a day of the month: a numeral, or an ordinal in English or German."""
    word = word.lower().rstrip(".º")
    if word.isdigit() or word in _ORDINALS or spoken_digits(word) is not None:
        return True
    stems = [word.removesuffix(s) for s in ("th", "ieth", "sten", "ste", "ten", "te") if word.endswith(s)]
    stems += [word.removesuffix("ieth") + "y"] if word.endswith("ieth") else []
    return any(spoken_digits(stem) is not None for stem in stems if stem)


def code_dates(text: str) -> Iterator[tuple[int, int]]:
    """The dates in ``text`` that say a code, each after its cue in the same sentence."""
    for sentence in _SENTENCE.finditer(text):
        said = sentence.group(0)
        cue = next((c for c in _CODE_CUE.finditer(said) if not _HARMLESS_CODE.search(said[: c.end()])), None)
        if not cue:
            continue
        after = sentence.start() + cue.end()
        for date in _DAY_MONTH.finditer(text, after, sentence.end()):
            if _is_day(date.group("day").split()[-1].split("-")[-1]):
                yield date.span()
        for named in _DATE_OF.finditer(text, after, sentence.end()):
            runs = [r for r in number_runs(text[named.end() : sentence.end()]) if len(r.digits) >= 3]
            yield from ((named.end() + r.start, named.end() + r.end) for r in runs[:1])
