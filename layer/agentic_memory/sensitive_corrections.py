"""What follows a password's value and is a password too: the value a self-correction puts in its
place ("..., sorry, I changed it, it's walnut galaxy"; "No, espera, es naranjo" in the next turn), and
the value named after a password's description ("my favourite flower, which is, well, hydrangea"), and
the parts it is read out in ("Bergsee, Bindestrich, Wolke, neunzehn", ``read_on``).
``sensitive_passwords`` finds the first value; this module reads on from where it ends."""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_answers import names_a_first
from agentic_memory.sensitive_numbers import number_runs
from agentic_memory.sensitive_password_words import (
    CLAUSE_START,
    CLAUSE_START_WORDS,
    FILLER,
    JOINS,
    NEVER_A_VALUE,
    NOT_A_VALUE,
    WORD,
)
from agentic_memory.sensitive_spelled import LAYOUT

# A correction right after a password's value ("..., sorry, I changed it, it's walnut galaxy", "...,
# non, framboise sauvage", "..., anzi no, mare stellato"): the language's markers of a self-correction,
# then the value put in the first one's place; both are the password. The markers are each language's
# own (closed-class words), not the corpus's: chosen on the development corpus and spent corpus 3.
_CORRECTION_MARKER = (
    r"no+|nope|sorry|wait|hang on|i mean|actually|or was it|rather|non|pardon|enfin|plutôt|attendez|"
    r"nein|moment|ich meine|eigentlich|quatsch|anzi|cioè|scusi|scusa|aspetti|o era|perdón|perdona|"
    r"digo|o sea|mejor dicho|espera|não|desculpe|quer dizer|ou melhor|aliás|espere|ou era|oder war es|"
    r"ou était-ce|o era|¿o era|(?:ay|oh|ah|euh),? (?:no|non|nein|não)|now|ahora|agora|maintenant|"
    r"jetzt|adesso|nee|wrong|falsch|faux|sbagliato|errado|equivocado"
)

_CORRECTED = re.compile(
    rf"[\s,]*(?P<marker>(?i:(?:{_CORRECTION_MARKER}|{FILLER})\b[\s,]*){{1,4}})?"
    # "I changed it,"
    # ("es naranjo," is the verb and the value, not a clause: "es" is also German "it")
    rf"(?P<clause>(?!(?i:es)\s)(?i:{CLAUSE_START_WORDS})\s+(?:[^\W\d_]+['\u2019]?[^\W\d_]*\s+){{0,3}}[^\W\d_]+,\s*)?"
    r"(?P<verb>(?i:it['\u2019]s|it is|it was|c['\u2019]est|c['\u2019]était|es ist|es war|es|era|è|é|ist|war|"
    r"lautet|foi|"
    r"das ist)\s+)?"
    rf"(?:(?i:{FILLER})[\s,]+)*"
    r"(?:(?P<spelled>(?:[^\W\d_](?:-|,? )){3,}[^\W\d_])"  # "B I S C U I T", "K-O-W-A-L-S-K-I"
    rf"|(?P<value>[\"\u201c'\u2018]?{WORD}(?:\s+{WORD}){{0,4}}?[\"\u201d'\u2019]?))"
    r"(?=\s*(?:[.,;!?]|$))"
)


def _corrected(text: str, end: int) -> tuple[int, int] | None:
    """The value a correction puts in place of the password that ends at ``end``, if one follows."""
    said = _CORRECTED.match(text, end)
    if said and said.group("spelled"):  # "it's Kowalski, K-O-W-A-L-S-K-I": the same value, spelled
        return said.start("spelled"), said.end("spelled")
    if not said or not (said.group("marker") or said.group("clause") or said.group("verb")):
        return None  # "..., and my order is 4471": no correction, another clause
    first = said.group("value").split()[0].strip("\"'\u201c\u2018")
    if _ABOUT_ANOTHER.fullmatch(first):  # "no wait, that's the old one, it's X now": what comes next
        return _corrected(text, said.end("value"))
    if any(p.fullmatch(first) for p in (NEVER_A_VALUE, CLAUSE_START, JOINS)):
        return None  # "..., no, not that one", "..., no, I can't remember"
    described = not (said.group("marker") or said.group("clause")) and _ARTICLE.fullmatch(first)
    if described or names_a_first(said.group("value")):
        # "Rumpelstiltskin, it was a joke at the time": what it was; "Guaratinguetá, é a cidade onde eu
        # nasci": the question it answers; neither is another value
        return None
    return said.start("value"), said.end("value")


_ARTICLE = re.compile(r"(?i:a|an)")
_ABOUT_ANOTHER = re.compile(
    r"(?i:that|that['\u2019]s|this|for|to|on|at|of|with|para|por|pour|für|per|con|avec|mit|com|ça|eso|das|"
    # "è quella che ho messo", "es esa que puse": the one meant, in each language
    r"quella|quello|questa|questo|esa|ese|esta|este|celle|celui|essa|esse|aquela|aquele|dieselbe|derselbe)"
)


def corrections(text: str, end: int) -> Iterator[tuple[int, int]]:
    """The values that correct, one after the other, the password said up to ``end``."""
    while corrected := _corrected(text, end):
        yield label_start(text, corrected[0]), corrected[1]
        end = corrected[1]


# "The password is my favourite flower, which is, well, hydrangea", "... the name of my boat, Seraphina":
# a password described, then named after a comma.
_DESCRIPTION = re.compile(r"(?i:my|the|mi|el|la|mon|ma|le|mein|meine|der|die|das|il|o|a|meu|minha)")

# ... as a word of some kind: a name, a word, a favourite ("the password is my daughter, Inês" is not)
_A_WORD_OF = re.compile(
    r"(?i:\b(?:names?|words?|nombre|palabra|nom|mot|wort|nome|parola|palavra|favou?rite|preferid[oa]|"
    r"préférée?|preferit[oa]|lieblings\w*)\b)"
)

_APPOSITIVE = re.compile(
    r",\s*(?:(?i:which|that|namely|c['\u2019]est|es decir|que es|qui est|das heißt|das ist|cioè|che è|"
    r"ou seja|que é)(?:\s+(?i:is|was))?[\s,]*)?"
    rf"(?:(?i:{FILLER})[\s,]+)*(?P<value>{WORD}(?:\s+{WORD}){{0,2}}?)(?=\s*(?:[.,;!?]|$))"
)


def named_after_description(text: str, description: str, end: int) -> Iterator[tuple[int, int]]:
    """The value named right after a password's ``description`` ("my favourite flower"), which ends at
    ``end``, when the description is one of a word of some kind."""
    first = (description.split() or [""])[0].strip("\"'\u201c\u2018")
    if not (_DESCRIPTION.fullmatch(first) and _A_WORD_OF.search(description)):
        return
    named = _APPOSITIVE.match(text, end)
    if named:
        first = named.group("value").split()[0]
        if not any(p.fullmatch(first) for p in (NOT_A_VALUE, CLAUSE_START, JOINS, _ABOUT_ANOTHER)):
            yield named.start("value"), named.end("value")


def label_start(text: str, start: int) -> int:
    """The value's start with the space before it, which its label (" [secret]") puts back."""
    return start - (text[start - 1 : start] == " " and text[start : start + 1] != " ")


# The parts a password is read out in after its first, to the end of the sentence: short pieces between
# commas ("Bergsee, Bindestrich, Wolke, neunzehn", "Brisa, arroba, mar, dois mil e dezoito"), one of
# them a symbol said as a word or a number and nothing else; a clause ("..., and my user name is ...",
# "..., I was six", "..., with a hyphen") is no part.
_PARTS = re.compile(r"(?:,\s*[^\W_][^,.;!?\n]*?){1,8}(?=\s*(?:[.;!?\n]|$))")
_MAX_PART_WORDS = 4
_HOW_TYPED = re.compile(LAYOUT)
_SYMBOL_SAID = re.compile(
    r"(?i:\b(?:hyphen|dash|underscore|exclamation(?: mark| point)?|at sign|hash|dollar|guion(?: bajo)?|"
    r"arroba|exclamación|tiret(?: bas)?|arobase|point d['\u2019]exclamation|bindestrich|unterstrich|"
    r"ausrufezeichen|klammeraffe|trattino(?: basso)?|chiocciola|punto esclamativo|hífen|sublinhado|"
    r"ponto de exclamação)\b)"
)


def read_on(text: str, end: int) -> int:
    """Where a secret's value said at ``end`` ends, with the parts read out after it (``_PARTS``), up
    to how it is typed ("..., all one word"), which is no part of it."""
    parts = _PARTS.match(text, end)
    if not parts:
        return end
    pieces, reach = [], end
    for piece in re.finditer(r",\s*([^,]+)", parts.group(0)):
        if _HOW_TYPED.fullmatch(piece.group(1).strip()):
            break
        pieces.append(piece.group(1).strip())
        reach = end + piece.end()
    if not pieces or any(len(piece.split()) > _MAX_PART_WORDS for piece in pieces):
        return end
    if any(_SYMBOL_SAID.fullmatch(piece) or _only_a_number(piece) for piece in pieces):
        return reach
    return end


def _only_a_number(piece: str) -> bool:
    """Whether ``piece`` is a number and nothing else ("neunzehn", "otto otto", "dois mil e dezoito"),
    not a clause holding one ("I was six", "not the old one")."""
    runs = list(number_runs(piece))
    return bool(runs) and runs[0].start == 0 and runs[-1].end == len(piece.rstrip(" ."))
