"""Values spelled out: letter by letter, in a spelling alphabet, or with how to type them.

A caller who spells a code says it in pieces no single word shows to be one: "4 7 B 2 9", "G B, 4 1,
M I D L", "Hotel, Alpha, Papa, two, four", "Milano, Ancona, Roma, Empoli, 7". A run of such pieces
(single capitals, short groups of digits, digits said, the words of a spelling alphabet) with letters
and digits both is one value, read like a code of letters and digits (``spelled_codes``). A caller
who says how to type a value ("capital W", "lowercase", "exclamation mark", "no spaces", "tout
attaché") is spelling a password: what follows the verb, to the end of the sentence, is the value
(``typed_values``); so is one who spells a word and then says digits ("K-E-S-T-R-E-L and then four
four", ``spelled_then_digits``).

The spelling alphabets are the ones callers of the six languages use on the phone: ICAO/NATO (en,
and in every language), Spain's, France's, Germany's DIN 5009, Italy's (city names); Portugal's and
Brazil's callers use the ICAO one or names. Whole words, capitalised or not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from agentic_memory.sensitive_numbers import UNITS, number_runs
from agentic_memory.sensitive_words import Cues

_ALPHABETS = (
    # ICAO / NATO
    "alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike "
    "november oscar papa quebec romeo sierra tango uniform victor whiskey whisky x-ray xray yankee zulu",
    # es
    "antonio barcelona carmen dolores enrique francia gerona historia inés jose josé lorenzo madrid "
    "navarra oviedo parís paris querido ramón sábado tarragona ulises valencia xilófono yegua zaragoza",
    # fr
    "anatole berthe célestin désiré eugène françois gaston henri irma joseph kléber louis marcel "
    "nicolas pierre quintal raoul suzanne thérèse ursule xavier yvonne zoé",
    # de (DIN 5009, old and new)
    "anton berta cäsar dora emil friedrich gustav heinrich ida julius kaufmann ludwig martha nordpol "
    "otto paula quelle richard samuel siegfried theodor ulrich viktor wilhelm xanthippe ypsilon "
    "zacharias zeppelin aachen berlin chemnitz düsseldorf essen frankfurt goslar hamburg ingelheim "
    "jena köln leipzig münchen nürnberg offenbach potsdam rostock salzgitter tübingen unna völklingen "
    "wuppertal zwickau",
    # it
    "ancona bologna como domodossola empoli firenze genova imola livorno milano napoli otranto palermo "
    "quarto roma savona torino udine venezia washington xeres york zara",
)
_ALPHABET_WORDS = sorted({w for line in _ALPHABETS for w in line.split()}, key=len, reverse=True)
# Digits said one by one, not the articles among them ("un", "una", "um", "ein", "o").
_DIGIT_WORDS = sorted((w for w in UNITS if w not in ("un", "une", "una", "uno", "um", "ein", "o")), key=len)
# The names of letters that are no ordinary word, as Spanish, Italian and Portuguese callers spell:
# "emme, a, erre, e", "tê, u, cê, a".
_LETTER_NAMES = {
    "bê": "B", "cê": "C", "gê": "G", "agá": "H", "jota": "J", "pê": "P", "tê": "T", "vê": "V", "xis": "X",
    "zê": "Z", "efe": "F", "eme": "M", "ene": "N", "erre": "R", "effe": "F", "acca": "H", "emme": "M",
    "enne": "N", "ics": "X", "eñe": "Ñ",
}  # fmt: skip
# Not the names that are words of another of the six languages ("elle", "uve", "hache", "dê", "quê"),
# nor "equis" and "zeta", the first letter of a Spanish NIE said after its name ("el NIE, equis, siete
# seis uno cuatro"), which would join the name to the letter and leave the number without its cue.
_LETTER_NAME = rf"(?i:{'|'.join(sorted(_LETTER_NAMES, key=len, reverse=True))})"
_LETTER = rf"(?:[A-Z]|(?i:{'|'.join(map(re.escape, _ALPHABET_WORDS))})|{_LETTER_NAME})"
# A dash said inside a spelled value ("C, H, A, T, O, N, tiret, sept, sept"): neither letter nor digit.
_DASH_SAID = r"(?i:dash|hyphen|underscore|tiret|bindestrich|unterstrich|trattino|guion|guión|traço|hífen)"
# "B as in Bravo", "C comme Célestin", "D wie Dora": a letter and the word that says which.
_AS_IN = (
    r"\s+(?i:as in|like|for|como en|como|comme|wie|come|de|di)\s+"
    rf"(?:[A-Z][^\W\d_]+|(?i:{'|'.join(map(re.escape, _ALPHABET_WORDS))})\b)"  # "K as in kilo" too
)
_DIGIT = rf"(?:\d{{1,4}}|(?i:{'|'.join(_DIGIT_WORDS[::-1])}))"
# A lower-case letter is a piece between commas only ("M, y, D, o, g"): alone it is a word ("a", "y").
_LOWER = r"(?:(?<=, )[a-z](?![\w'\u2019])|[a-z](?=,))"
# A letter said with its case: "lowercase p", "capital W".
_CASES = r"(?i:lower ?case|upper ?case|small|capital|große[sr]?|kleine[sr]?)"
_CASED = rf"{_CASES}\s+[A-Za-z](?![\w'\u2019])"
_CASE_SAID = re.compile(rf"{_CASES}\s+(?=[A-Za-z](?![\w'\u2019]))")
_PIECE = rf"(?:[A-Z]{_AS_IN}|{_CASED}|{_LETTER}|{_DIGIT}|[A-Z]{{2,4}}|{_LOWER}|{_DASH_SAID})"
_SPELLED = re.compile(rf"(?<![\w\-'\u2019]){_PIECE}(?:(?:\s*,\s*|\s+|\s*-\s*){_PIECE}){{2,}}(?![\w\-])")
_PIECE_ALONE = re.compile(rf"{_LETTER}|{_DIGIT}|[A-Z]{{2,4}}")
_IS_LETTER = re.compile(rf"{_LETTER}|[A-Z]{{2,4}}|[a-z]")
_IS_DIGIT = re.compile(_DIGIT)
_ALPHABET_WORD = re.compile(rf"(?i:{'|'.join(map(re.escape, _ALPHABET_WORDS))})")
# The fewest characters a spelled code holds ("4B729" yes, "4 B 12", a room, no).
MIN_SPELLED_CHARACTERS = 5


_MERIDIEM = re.compile(r"(?i:am|pm|a\.m\.|p\.m\.)")


def spelled_codes(text: str) -> Iterator[tuple[int, int]]:
    """Where a code is spelled out: three pieces or more, letters and digits both, and either every
    piece a single character ("4 7 B 2 9") or two letters in a row ("M I D L", "Hotel, Alpha");
    not "Roma 2, Milano 1"."""
    for found in _SPELLED.finditer(text):
        pieces = re.split(r"\s*[,\s\-]\s*", _CASE_SAID.sub("", re.sub(_AS_IN, "", found.group(0))))
        pieces = [p for p in pieces if not re.fullmatch(_DASH_SAID, p)]
        letters = [bool(_IS_LETTER.fullmatch(p)) and not _IS_DIGIT.fullmatch(p) for p in pieces]
        if all(letters) or not any(letters):
            continue
        # "after four PM I'm at work": a time of day, then the pronoun of a word ("I'm"), not letters
        if any(_MERIDIEM.fullmatch(p) and i and not letters[i - 1] for i, p in enumerate(pieces)):
            continue
        single = all(len(p) == 1 for p in pieces)
        paired = any(one and two for one, two in pairwise(letters))
        size = sum(1 if letter else len(p) for p, letter in zip(pieces, letters, strict=True))
        # a letter said with its word ("B comme Berthe, 7, 7, 1") is spelling, however short
        least = 3 if re.search(_AS_IN, found.group(0)) else MIN_SPELLED_CHARACTERS
        if (single or paired) and size >= least:
            yield found.span()


def reading(spelled: str) -> str:
    """What a spelled code reads as, in capitals and digits ("Q F seven K two M" → "QF7K2M", "Hotel,
    Alpha, 2" → "HA2"), to compare it with the same code written or spelled otherwise."""
    read = []
    for piece in re.split(r"\s*[,\s\-]\s*", _CASE_SAID.sub("", re.sub(_AS_IN, "", spelled)).strip()):
        digit = None if piece.isdigit() else UNITS.get(piece.lower())
        if piece.isdigit() or digit is not None:
            read.append(piece if digit is None else str(digit))
        else:
            named = _LETTER_NAMES.get(piece.lower())
            read.append(named or (piece[:1].upper() if _ALPHABET_WORD.fullmatch(piece) else piece.upper()))
    return "".join(read)


# How a caller says to type a value: its case, its symbols, its spaces. "capital", "small", "groß",
# "klein" are ordinary words too, so only before a single letter ("capital W").
_TYPED = re.compile(
    r"(?i:\b(?:lower ?case|upper ?case|all caps|no spaces|(?:all )?one word|exclamation (?:mark|point)|"
    r"dollar sign|hash sign|at sign|underscore|minúsculas?|mayúsculas?|todo junto|sin espacios|"
    r"signo de exclamación|arroba|guion bajo|minuscules?|majuscules?|tout attaché|sans espaces?|"
    r"point d['\u2019]exclamation|arobase|tiret bas|kleingeschrieben|großgeschrieben|zusammengeschrieben|"
    r"ohne leerzeichen|ausrufezeichen|unterstrich|tutto attaccato|senza spazi|in minuscolo|"
    r"in maiuscolo|punto esclamativo|chiocciola|trattino basso|tudo junto|sem espaços|"
    r"ponto de exclamação|sublinhado|"
    # with its spaces said: "gooseberry fool, with the space", "faro de Cádiz, con espacios"
    r"with (?:the |a )?spaces?|con (?:los )?espacios|con (?:un )?espacio|avec (?:les |des |un )?espaces?|"
    r"mit (?:dem )?leerzeichen|con (?:lo |gli )?spazi[o]?|com (?:o )?espaços?)\b)"
    r"|(?i:\b(?:capital|small|big|große[sr]?|kleine[sr]?|maiuscola|minuscola|maiúscula)\s+)[A-Za-z]\b"
)
# How it is laid out, said after it ("..., no spaces"): the instruction, not the value.
LAYOUT = (
    r"(?i:(?:all |in |en |tout en |tudo |tutto |alles )?(?:lower ?case|upper ?case|all caps|no spaces|"
    r"one word|minúsculas?|mayúsculas?|todo junto|sin espacios|minuscules?|majuscules?|tout attaché|"
    r"sans espaces?|kleingeschrieben|großgeschrieben|zusammengeschrieben|ohne leerzeichen|tutto attaccato|"
    r"senza spazi|minuscolo|maiuscolo|tudo junto|sem espaços))"
)
_LAYOUT_AFTER = re.compile(rf"[\s,]+{LAYOUT}$")
# ... and that it is spelling: needs a digit or a symbol said too, since a name is spelled this way.
_SPELLING = re.compile(
    r"(?i:\b(?:letter by letter|letra por letra|lettre par lettre|buchstabe für buchstabe|"
    r"lettera per lettera|letra a letra)\b)"
)
_SYMBOL = re.compile(
    r"\d|(?i:\b(?:exclamation|dollar|hash|underscore|arroba|arobase|ausrufezeichen|chiocciola|"
    r"esclamativo|exclamação)\b)"
)
_A_LETTER = re.compile(r"\s[A-Za-z]$")
# A clause joined after the instructions: not the value's.
_JOINED = re.compile(r",?\s+(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas)\s")
# A sentence ends at a stop followed by a space: "Sunflower!42" is one word, "Hunter2.0" too.
_SENTENCE = re.compile(r"(?:[^.;!?\n]|[.;!?](?=[^\s.;!?]))+")
# Where a typed value begins: after the last verb, colon or filler before its first instruction.
_VALUE_START = re.compile(
    # or after the verb that types or sets it: "I set it to", "I'm putting in", "puse", "metto"
    r"(?i:\b(?:set it to|changed it to|putting in|put in|typing|type|typed|entering|enter|try|puse|pongo|"
    r"escribo|tecleo|je tape|je mets|j['\u2019]ai mis|tippe ich|gebe ich|metto|scrivo|digito|coloquei|"
    r"it['\u2019]s|it is|is|es|son|c['\u2019]est|est|ist|lautet|sind|è|sono|é|são|"
    r"um+|uh+|erm|eh+|ehm|euh|äh|ähm|hã|pues|alors|also|allora|então)\b|:)[\s,]*"
)


# A word spelled letter by letter, then digits after it ("K-E-S-T-R-E-L and then four four", "P-E-R-E-Z-A-L,
# y luego el año, 1987", "T-R-A-M-O-N-T-A-N-A, e poi due uno"): a password, letters and digits, since a
# name spelled has no digits after it.
_LETTERS_SPELLED = re.compile(r"(?<![\w'\u2019-])[^\W\d_](?:(?:-|,? )[^\W\d_]){3,}(?![\w-])")
_THEN = re.compile(
    r"[\s,]*(?i:and then|then|followed by|y luego|y después|luego|e poi|e dopo|poi|und dann|dann|"
    r"et puis|et ensuite|puis|e depois|depois|e no fim|no fim|e em seguida)\b"
)
_THEN_DIGITS_WITHIN = 30  # characters from the connecting words to the digits ("y luego el año, 1987")


def spelled_then_digits(text: str) -> Iterator[tuple[int, int]]:
    """A word spelled out, then digits after "and then" ("It's K-E-S-T-R-E-L and then four four"):
    from its first letter to the digits' end."""
    for spelled in _LETTERS_SPELLED.finditer(text):
        then = _THEN.match(text, spelled.end())
        if not then:
            continue
        after = next((r for r in number_runs(text[then.end() :]) if r.start <= _THEN_DIGITS_WITHIN), None)
        # "O-K-A-F-O-R, then my order number 55123": digits a word names as harmless are not its
        if after is not None and Cues(text).before(then.end() + after.start)[:1] != ["harmless"]:
            yield spelled.start(), then.end() + after.end


def typed_values(text: str) -> Iterator[tuple[int, int]]:
    """The values a caller says how to type ("it's, uh, capital W, winterfell, 8 8, exclamation
    mark"): from after the verb to the end of the sentence, the instructions included."""
    for sentence in _SENTENCE.finditer(text):
        begin, end = sentence.span()
        typed = list(_TYPED.finditer(text, begin, end))
        spelling = _SPELLING.search(text, begin, end)
        if not typed and not spelling:
            continue
        # "capital W" or "letter by letter" alone may spell a name: a digit or a symbol says a password
        strong = any(not _A_LETTER.search(found.group(0)) for found in typed)
        if not strong and not _SYMBOL.search(text, begin, end):
            continue
        first = min([found.start() for found in typed] + ([spelling.start()] if spelling else []))
        starts = [found.end() for found in _VALUE_START.finditer(text, begin, first)]
        # a question ("Does it need an exclamation mark?"), or rules with nothing typed, say no value
        at_start = re.fullmatch(r"[\s,]*(?i:all|in|en|tout en|tudo|tutto|alles)?\s*", text[begin:first])
        spelled = starts or not strong or at_start or re.search(r"\d", text[begin:end])
        if text[end : end + 1] == "?" or not spelled:
            continue
        start = starts[-1] if starts else begin
        joined = _JOINED.search(text, max(f.end() for f in typed) if typed else first, end)
        end = joined.start() if joined else end  # "..., with a space, and my appointment's on Friday"
        while start < end and text[start] in " ,":
            start += 1
        while end > start and text[end - 1] in " ,":
            end -= 1
        layout = _LAYOUT_AFTER.search(text, start, end)
        end = layout.start() if layout else end
        if end > start:
            yield start, end
