"""A secret given in the turn after it was asked for: "What's your password?" "Right. It's butterscotch."

What says the words are a secret is the turn before: the agent asking for a password or a security
answer, or the caller ending a turn on one ("I think you need my password.", "the wifi one is written
on the router, it's"). The reply's first clause, after a yes, an "it's", a "hamster called", is the
value, unless it begins a clause about it ("I don't remember") or answers a yes-or-no question without
its verb ("Did you reset the password?" "Yes, yesterday.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_answers import NAME_AFTER_KIND, QUESTIONS, VERIFYING_QUESTIONS
from agentic_memory.sensitive_corrections import corrections, label_start, read_on
from agentic_memory.sensitive_password_words import CLAUSE_START, NOT_A_VALUE, PASSWORD_CUE, WORD

# The turn before asks for a password or a security answer, or ends naming one ("I think you need my
# password."): the caller's next words are its value, the first clause after a "yes", an "it's", "a
# hamster called" — unless they begin a clause about it ("I don't remember", "no idea").
_ASKED = re.compile(rf"(?i:\b(?:{PASSWORD_CUE}|{QUESTIONS})\b)")
_REPLY = re.compile(
    r"(?:[\s,.!]*(?i:yes|yeah|yep|sure|ok|okay|right|so|well|um+|uh+|er|erm|ah|oh|eh|sí|si|claro|vale|bueno|"
    r"oui|ouais|d['\u2019]accord|alors|bon|euh|ja|genau|also|äh|certo|allora|ehm|sim|então|pois|please|"
    r"here|voilà|voila|aquí|ecco|hier|aqui|pronto|"
    r"por favor|s['\u2019]il vous plaît|bitte|per favore)\b)*[\s,.!]*"
    r"(?P<verb>(?i:it['\u2019]s|it is|it was|that['\u2019]s|that was|es|era|fue|c['\u2019]est|"
    r"c['\u2019]était|ist|das ist|war|è|é|foi|i (?:went with|chose|picked|used|put|said|set it to))\s+)?"
    r"(?:(?i:an?|un|una|une|ein|eine|um|uma|uno)\s+[^\W\d_]+\s+(?i:called|named|llamad[oa]|appelée?|namens|"
    r"chiamat[oa]|chamad[oa]|que se llamaba|qui s['\u2019]appelait|der hieß|che si chiamava|"
    r"que se chamava)\s+)?"
    # a place said with its preposition: "En Ponferrada.", "In Bad Kreuznach." (a security question's)
    r"(?:(?P<place>(?i:in|en|em|à|a|au|nel|nella|im|na|no)\s+)(?=[A-ZÀ-Ý]))?"
    rf"(?P<value>[\"\u201c'\u2018]?{WORD}(?:\s+{WORD}){{0,4}}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$))"
)


# A question a verification asks: the place it asks for may come with its preposition ("En Ponferrada.").
_VERIFYING = re.compile(rf"(?i:\b(?:{QUESTIONS})\b)")
# One the caller repeats before answering it ("The city where my parents met? Galway."): only those
# asked for nothing but verification (a favourite colour may be a florist's question).
_ECHOED = re.compile(rf"(?i:\b(?:{VERIFYING_QUESTIONS})\b)[^.!?\n]{{0,40}}\?\s*")

# A question answered yes or no, and such an answer: the value then needs its verb.
_YES_NO = re.compile(
    r"(?i:\W*(?:did|do|does|have|has|had|is|are|was|were|would|will|shall|should|could|can|may|"
    r"has|ha|hai|tiene|tienes|puede|quiere|está|avez|as-tu|est-ce|voulez|pouvez|haben|hast|hat|ist|sind|"
    r"können|wollen|möchten|vuole|può|você|tem|quer|pode)\b)"
)
_YES_OR_NO = re.compile(r"(?i:\W*(?:yes|yeah|yep|no|nope|sí|si|oui|non|ja|nein|sim|não)\b)")


# A turn about a network's key that ends where its value begins ("the wifi one is written on the
# router, it's", "la del wifi viene en el router, pone", "das fürs WLAN steht hinten auf dem Router,
# das ist").
_NETWORK_ENDING = re.compile(
    r"(?i:\b(?:wi-?fi|wlan|router|box|modem|roteador)\b[^.!?\n]{0,60}"
    r"\b(?:it['\u2019]s|is|says|reads|es|pone|dice|c['\u2019]est|est|ist|das ist|è|é|steht|diz)[\s,:]*)$"
)


def _reply_value(text: str, previous: str) -> tuple[int, int] | None:
    """The value that answers the turn before, when it asked for a password or a security answer."""
    tail = previous[-120:]
    asked = list(_ASKED.finditer(tail))
    ended = bool(_NETWORK_ENDING.search(tail.rstrip()))
    if not ended and (
        not asked or not (tail.rstrip().endswith("?") or len(tail.rstrip()) - asked[-1].end() <= 60)
    ):
        return None
    said = _REPLY.match(text)
    first = said.group("value").split()[0].strip("\"'\u201c\u2018") if said else ""
    if not said or NOT_A_VALUE.fullmatch(first) or CLAUSE_START.fullmatch(first):
        return None
    if said.group("place") and not _VERIFYING.search(asked[-1].group(0) if asked else ""):
        return None  # "In the drawer": where a password is, not a security question's place
    question = re.split(r"[.!?]\s+", tail.strip())[-1]
    if _YES_NO.match(question) and _YES_OR_NO.match(text) and not said.group("verb"):
        return None  # "Did you reset the password?" "Yes, yesterday." (but "Yes, it's kestrel.")
    return said.start("value"), said.end("value")


def replies(text: str, previous: str) -> Iterator[tuple[int, int]]:
    """The value ``text`` gives in reply to ``previous``, or to a question ``text`` itself asks first
    ("The street I grew up on? Marigold Crescent."), and the values that correct it."""
    asked = [(0, previous)] + [(end, text[:end]) for end in _echoed_ends(text)]
    for start, before in asked:
        if value := _reply_value(text[start:], before):
            value_start, end = start + value[0], read_on(text, start + value[1])
            yield label_start(text, value_start), end
            if named := NAME_AFTER_KIND.match(text, end):  # "Un chat, Moustache."
                yield named.start("value"), named.end("value")
            yield from corrections(text, end)


def _echoed_ends(text: str) -> list[int]:
    """Where a question the caller repeats ends in ``text``, followed by more: after its "?"."""
    return [m.end() for m in _ECHOED.finditer(text) if text[m.end() :].strip()]
