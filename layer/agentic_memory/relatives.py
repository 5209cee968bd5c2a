"""Who someone is to the caller, when a question asks for their name (``answer_types``).

"What's her daughter's name?" is answered by "her daughter Valentina's quinceañera", "Mi hija se llama
Valentina" or "My wife, Pauline, put her foot down": a name said beside the relation. It is not answered
by "my daughter's coming from Ottawa in the spring" nor "her husband is not to be contacted", which
speak of the person without naming them, though each holds a capitalised word. Sets written apart from
the code ask for relatives' names often, most of them about someone nobody named (89 of the 119 such
questions in the development sets), and such a memory was the answer the agent got.

The relation is read from the question's last possessive ("what is Leah's **mum**'s name"), in
English, the language questions are asked in; the memory may say it in any of the greeting's
languages. Someone named by their role ("the plumber's name") is read alike, the role said the same
way in the memory. Beside means next to it ("her son Kai", "Eileen, her mother", "son's name is Kai"),
or after a comma a few words on ("the tutor proposed by the agency, Sam Whitfield"); a sentence's end,
or another capitalised word first, says the name is someone else's. A question about someone this
table does not know (a pet, "the company") is left to the other tests: a dog is "a lab, Biscuit" as
often as "the dog Biscuit".
"""

from __future__ import annotations

import re
from functools import cache

from agentic_memory.greeting_words import MONTH_NAMES, WEEKDAY_NAMES

# Each relation, and the words a memory says it with in English, Spanish, French, German, Italian and
# Portuguese.
_SAID = {
    "daughter": "daughter hija fille tochter figlia filha",
    "son": "son hijo fils sohn figlio filho",
    "child": "child kid baby niño niña enfant bébé bambino bambina bebê",
    "wife": "wife missus mujer esposa femme épouse frau ehefrau moglie mulher",
    "husband": "husband hubby marido esposo mari époux mann ehemann marito",
    "partner": "partner spouse fiancé fiancée girlfriend boyfriend pareja novia novio compagne compagnon "
    "partnerin compagno compagna fidanzato fidanzata namorado namorada companheiro companheira noivo noiva",
    "mother": "mother mum mom mam mummy mommy madre mamá mère maman mutter mama mamma mãe",
    "father": "father dad daddy padre papá père papa vater papà pai",
    "sister": "sister hermana sœur soeur schwester sorella irmã",
    "brother": "brother hermano frère bruder fratello irmão",
    "grandchild": "grandchild grandkid nieto nieta enkel enkelin neto neta",
    "grandson": "grandson petit-fils",
    "granddaughter": "granddaughter petite-fille",
    "grandparent": "grandmother grandfather grandma grandpa gran granny nan nana grandad granddad abuela "
    "abuelo grand-mère grand-père mamie papi oma opa großmutter großvater nonna nonno avó avô",
    "aunt": "aunt auntie tía tante zia tia",
    "uncle": "uncle tío oncle onkel zio tio",
    "niece": "niece sobrina nièce nichte sobrinha",
    "nephew": "nephew sobrino neveu neffe sobrinho",
    "cousin": "cousin primo prima cousine cugino cugina",
    "friend": "friend amigo amiga ami amie freund freundin amico amica",
    "neighbour": "neighbour neighbor vecino vecina voisin voisine nachbar nachbarin vicino vicina vizinho "
    "vizinha",
}
# The relations a question's word accepts, when more than its own: a question about a child, a partner
# or a grandparent accepts the more particular ones.
_WIDER = {
    "child": "daughter son child",
    "kid": "daughter son child",
    "baby": "daughter son child",
    "daughter": "daughter child",
    "son": "son child",
    "partner": "partner wife husband",
    "spouse": "partner wife husband",
    "wife": "wife partner",
    "husband": "husband partner",
    "fiancé": "partner",
    "fiancée": "partner",
    "girlfriend": "partner",
    "boyfriend": "partner",
    "grandson": "grandson grandchild",
    "granddaughter": "granddaughter grandchild",
    "grandchild": "grandson granddaughter grandchild",
    "grandmother": "grandparent",
    "grandfather": "grandparent",
    "grandma": "grandparent",
    "grandpa": "grandparent",
    "gran": "grandparent",
    "granny": "grandparent",
    "mum": "mother",
    "mom": "mother",
    "dad": "father",
    "auntie": "aunt",
    "neighbor": "neighbour",
}
# People the caller deals with, said the same way in the memory: "the plumber's name" is answered by
# "the plumber, Ravi" or "Ravi the plumber", not by "the plumber came last week".
_ROLE_WORDS = (
    "boss manager landlord landlady tenant carer caregiver nanny babysitter driver inspector realtor lawyer "
    "solicitor attorney accountant doctor gp dentist surveyor plumber electrician builder contractor coach "
    "teacher tutor colleague assistant technician engineer adjuster concierge caretaker flatmate roommate "
    "employer supervisor nurse therapist agent midwife priest vicar"
)
_ROLES = frozenset(_ROLE_WORDS.split())

# "what's her daughter's name", "what is Leah's mum's first name", "what was his late wife's name",
# "what's the name of her brother", "what is the baby called".
_ASKS = re.compile(
    r"^\W*what(?:['\u2019]s| is| was)\s+(?:.*\s)?(?P<who>[a-zé-]+)['\u2019]s?\s+"
    r"(?:first |last |middle |full |sur)?names?\b"
    r"|\bname of (?:her|his|their|the|[A-Z][\w-]*['\u2019]s)\s+(?:\w+\s+)?(?P<of>[a-zé-]+)\b(?!['\u2019])"
    r"|^\W*what(?:['\u2019]s| is| was)\s+(?:her|his|their|the)\s+(?:\w+\s+)?(?P<called>[a-zé-]+)"
    r"\s+called\W*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff'\u2019-]+"
_SENTENCE_WORDS = (
    "a an and but so he she they we it i this that yes no oh well hi hello thanks sorry also then"
)
_POSSESSOR = (
    "my|his|her|their|our|your|the|mi|su|mis|sus|tu|mon|ma|son|sa|leur|mein|meine|sein|seine|ihr|ihre|mio|mia|"
    "suo|sua|meu|minha|seu"
)
# Capitalised words that name nobody: a sentence's first word of these kinds, a day, a month.
_NOT_NAMES = frozenset(
    [*_POSSESSOR.split("|"), *_SENTENCE_WORDS.split()]
    + [word.lower() for word in (*WEEKDAY_NAMES, *MONTH_NAMES)]
)
_SAYS_NAME = r"(?:is|was|called|named|se llama|s['\u2019]appelle|heißt|si chiama|chama-se|se chama)"


def relation_asked(query: str) -> str | None:
    """The relation or role whose name ``query`` asks for, when this module knows it."""
    found = _ASKS.search(query)
    if not found:
        return None
    word = (found.group("who") or found.group("of") or found.group("called")).lower()
    return word if word in _WIDER or word in _SAID or word in _ROLES else None


def names_relative(relation: str, memory: str) -> bool:
    """Whether ``memory`` gives a name beside ``relation`` ("daughter Efua", "Pauline, my wife",
    "mi hija se llama Valentina")."""
    return _beside(relation).search(memory) is not None


@cache
def _beside(relation: str) -> re.Pattern[str]:
    """A name beside one of the words that say ``relation``, before or after it."""
    relations = _WIDER.get(relation, relation).split()
    said = sorted({word for each in relations for word in _SAID.get(each, each).split()})
    words = "|".join(re.escape(word) for word in said)
    name = rf"(?!(?i:{'|'.join(sorted(_NOT_NAMES))})\b){_NAME}"  # "Mi hija": no name before hija
    return re.compile(
        rf"\b(?i:{words})\b(?:['\u2019]s)?(?:\s+(?i:first |full |sur)?name)?[,:]?\s+"
        rf"(?:(?i:{_SAYS_NAME})\s+)?{name}"
        rf"|\b(?i:{words})\b(?:\s+[a-z]+){{1,5}},\s+{name}"  # "the tutor proposed by the agency, Sam"
        rf"|{name},?\s+(?:(?i:{_POSSESSOR})\s+)?(?:(?i:late|eldest|youngest|older|younger|"
        rf"little|big)\s+)?(?i:{words})\b"
    )
