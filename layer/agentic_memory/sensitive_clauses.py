"""How a clause is built, where it matters to what a value is: in the six languages the greeting speaks.

A secret's word and a harmless one can both stand before a value; which one names it depends on the
clause: a harmless word said to be what the secret is ("the PIN is my birthday, 0904") describes it;
the head of the subject a value is said to be names it ("the alarm code at the office on the 3rd
floor is 5520", not the floor); a short yes opening an answer ("I did. 1200") does not end the clause
of the question before it.
"""

from __future__ import annotations

import re

# "the PIN is my birthday, oh nine oh four": a harmless word said to be what a secret is describes it,
# and labels no value of its own.
PREDICATE = re.compile(
    r"(?:\s+[^\W\d_]+){0,4}?\s+(?i:is|was|es|era|est|ist|war|è|é|sono|são)(?:\s+[^\W\d_'\u2019]+){0,6}?\s+"
)
# The copula just before a value, a conjunction joining clauses, the first preposition after a noun.
_COPULA_BEFORE = re.compile(r"\s(?i:is|was|are|es|era|est|ist|war|lautet|è|é|sono|são|son|sind)[\s,:]*$")
_CONJUNCTION = re.compile(r"\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas)\b")
_PREPOSITION = re.compile(
    r"[\s,](?i:at|on|for|of|in|by|from|with|de|du|des|del|della|dello|di|da|für|von|vom|im|am|à|pour|"
    r"para|per|do|dos|no|na|en|que|quello|quella|the one|that|which)\b"
)
# "Did you get the quote?" "I did. 1200": a short yes, in a turn's first words.
ACKNOWLEDGED = re.compile(
    r"(?<=\n)\s*(?i:yes|yeah|yep|sure|ok(?:ay)?|i did|i do|i have|sí|si|claro|oui|d['\u2019]accord|ja|genau|"
    r"sì|certo|sim|claro)[.!]"
)


def subject_head(text: str, position: int, max_words: int) -> tuple[int, int] | None:
    """Where the head of the subject of the value at ``position`` is ("The alarm code" of "The alarm
    code at the office on the 3rd floor is"): from the clause's start to its first preposition; None
    when no copula comes just before the value, or the subject is two clauses or longer than
    ``max_words``."""
    copula = _COPULA_BEFORE.search(text, 0, position)
    if not copula:
        return None
    start = max(text.rfind(stop, 0, copula.start()) for stop in ".;!?\n") + 1
    subject = text[start : copula.start()]
    if _CONJUNCTION.search(subject) or len(subject.split()) > max_words:
        return None
    head = _PREPOSITION.search(subject)
    return start, start + (head.start() if head else len(subject))
