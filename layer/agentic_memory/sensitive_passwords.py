"""Passwords, passphrases and security answers: words said to be one, in the six languages.

A password has no structure a checksum could find, and, made of words, no digits default-deny could
take: what says it is one is its cue ("the password's", "mi contraseña", "das Kennwort"), how it is
said (a verb, a colon, a pause in its place, the turn before ending with the cue), a security question
described then answered, or how the caller says to type it (``sensitive_spelled``). The value runs to
the end of its clause, so no label stands beside the rest of it ("the password [secret] tango-river"),
and on through the short pieces read out after it when one of them is a symbol or a number
("Bergsee, Bindestrich, Wolke, neunzehn": a password read out in its parts).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_answers import security_answers
from agentic_memory.sensitive_corrections import (
    corrections,
    label_start,
    named_after_description,
    read_on,
)
from agentic_memory.sensitive_harmless_words import RATE_AFTER
from agentic_memory.sensitive_password_words import (
    CLAUSE_START,
    COPULA,
    FILLER,
    NEVER_A_VALUE,
    NOT_A_VALUE,
    PASSWORD_CONTEXT,
    PASSWORD_CUE,
    WORD,
)

_PASSWORD = re.compile(
    rf"(?i:\b(?:(?P<strong>{PASSWORD_CUE})|(?P<key>clave|chave)|parola chiave)\b)"
    # the words between the cue and its verb, in the cue's clause ("..., but the order number is" is
    # another; so is "..., my customer number is": past a comma only a relative or a filler goes on)
    rf"(?:(?:\s+|\s*,\s*(?=(?i:which|that|who|que|qui|die|das|der|welche[rs]?|che|cui|{FILLER})\b))"
    r"(?!(?i:is|es|est|ist|è|é|lautet|but|pero|mais|aber|mas|però|however|sin embargo)\b)"
    r"[^\s\d.,;!?:]+){0,6}?"
    r"(?:\s*,[^,.;!?\n\d]{1,30}(?=,))?"  # an aside: "la contraseña de la banca, la que uso siempre, es"
    r"(?P<verb>['\u2019]s\b|\s*[:=]|[,?]?\s+(?i:is|was|es|era|est|c['\u2019]est|ist|lautet|war|è|é|"
    rf"it['\u2019]s|it is|that['\u2019]s|sería|será)\b|(?P<pause>\s*,\s*(?i:{FILLER})\s*(?=,))"
    r"|(?P<ask>\?)(?=\s))"
    r"(?![\s,]+(?i:case|not|no|never|too|always|wrong|incorrect|expired|locked)\b)"  # an aside, not the value
    rf"(?:[\s,]*(?i:{FILLER})(?=[\s,])){{0,4}}"
    rf"(?:[\s,]*(?i:{COPULA})(?:[\s,]+(?i:{FILLER})(?=[\s,])){{0,3}}(?=[\s,]))?[\s,]*?"
    r"(?P<value>\s*[\"\u201c'\u2018]?(?P<first>[^\s.,;!?\"\u201d\u2019]+(?:[.,;!?]+[^\s.,;!?\"\u201d\u2019]+)*)"
    rf"(?:\s+{WORD}){{0,11}}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas|or|ou|oder)\s+[^\W\d_]{2}))"
)
_LOGIN = re.compile(r"(?i:log-?in(?: details)?|sign-?in details)")
_PASSWORD_PROPER = re.compile(
    r"(?i:\b(?:passwords?|passphrase|pass phrase|contraseña|mot de passe|passwort|"
    r"kennwort|senha|palavra-passe)\b)"
)
# A password's cue and its verb ending a turn: the value is said in the next one.
_PASSWORD_CUE_AT_END = re.compile(
    rf"(?i:\b(?:{PASSWORD_CUE}|pass ?code)\b[^.!\n]{{0,30}}(?:\?|\b(?:is|es|est|ist|è|é|lautet)))\s*$"
)


_PHRASE = re.compile(
    r"(?i:pass ?phrase|phrase secrète|memorable phrase|frase secreta|frase segreta|secret phrase|geheimsatz|"
    r"frase de (?:paso|acceso|acesso)|frase-passe|phrase d['\u2019]accès|frase d['\u2019]accesso)"
)
_ARTICLES = {
    "the",
    "il",
    "la",
    "le",
    "les",
    "el",
    "los",
    "las",
    "lo",
    "der",
    "die",
    "das",
    "o",
    "a",
    "os",
    "as",
    # a sentence's possessive ("my passphrase is my cat eats tuna on tuesdays")
    "my",
    "mi",
    "mon",
    "ma",
    "mein",
    "meine",
    "meu",
    "minha",
}
_DESCRIBED = re.compile(r"(?i:\b(?:same|one|usual|old|new|default|name|word)\b)")


_QUANTITY = re.compile(
    rf"\d+\s+(?i:{RATE_AFTER}|hours?|minutes?|horas?|minutos?|heures?|stunden?|minuten?|ore|minuti)\b"
)


_INFINITIVE = re.compile(r"(?i:[^\W\d_]{2,}(?:ar|er|ir|ír))")
_CLAUSE_WORD = re.compile(r"(?i:que|cuando|si|la|el|lo|los|las|un|una|tener|ser|estar|o|a|um|uma)")


def _accepted(said: re.Match[str]) -> bool:
    """Whether what follows a password's cue is its value: not "is correct", "is not working"."""
    value = said.group("value")
    quoted = value.lstrip()[:1] in "\"\u201c'\u2018"
    first, words = said.group("first"), len(value.split())
    # a phrase may begin with "the" or "my" ("my passphrase: the cat sat on the mat"), not with "the same"
    phrase = bool(_PHRASE.search(said.group(0)[: said.start("verb") - said.start()])) and words >= 4
    phrase = phrase and first.lower() in _ARTICLES and not _DESCRIBED.search(value)
    if (
        not quoted
        and not phrase
        and (NEVER_A_VALUE.fullmatch(first) or (NOT_A_VALUE.fullmatch(first) and words <= 2))
    ):
        return False  # "is correct", "is not working", but "is correct horse battery staple"
    # "la clave es llegar a tiempo": "clave" is also "the key"; "password? Yes"
    # "My password, um, I don't know it anymore": after a pause, a clause about it, not its value
    named = said.group("strong") and not said.group("ask")
    # "la clave es lentejas" (a bank's password), but "la clave es llegar a tiempo" (the key): what
    # the key is, said with a verb, or a clause, is no password
    key = said.group("key") and not said.group("ask") and not _INFINITIVE.fullmatch(first)
    named = named or (key and not _CLAUSE_WORD.fullmatch(first))
    named = named and not (said.group("pause") and CLAUSE_START.fullmatch(first))
    # "la clave del éxito es practicar 2 horas al día": a digit in a quantity is not a password's
    counted = _QUANTITY.sub(" ", value)
    return bool(named or re.search(r"[\d!#$%&*@^~+=]", counted))


# When it was set, between "it" and "to": "I changed it last month to juniper harbour".
_WHEN = (
    r"(?:yesterday|today|this (?:morning|week|month|year)|last (?:night|week|month|year|time)|"
    r"(?:a|one|two|three|a few) (?:days?|weeks?|months?|years?) ago|at (?:easter|christmas))"
)
# "I set it to seashell umbrella", "la puse como caracol dormido", "ich hab's auf Sonnenblume Wolke
# gesetzt": what a password was set or changed to, when the call speaks of a password or a login
# (alone, "I set it to silent mode" is no secret).
_SET_TO = re.compile(
    r"(?i:\b(?:(?:set|changed?|made|make|put|updated?|reset|switched) "
    rf"(?:it|that|mine|the new one|the password)(?: {_WHEN})? (?:to|as|into)(?: be)?|"
    r"(?:la|lo) (?:puse|cambié|dejé|he puesto|he cambiado) (?:como|a|en|por)|"
    r"je l['\u2019]ai (?:mise?|changée?|réglée?|définie?) (?:à|en|sur|par|pour|comme)|"
    r"(?:hab['\u2019]s|habe es|hab es|ich habe es)(?: (?:gestern|heute|vorgestern|letzte woche))? auf|"
    r"l['\u2019]ho (?:impostat[ao]|cambiat[ao]|mess[ao]) (?:su|a|come|in)|"
    r"(?:coloquei|defini|mudei|pus|troquei)(?:-a|-o| ela| ele)? (?:como|para|pra))\s+)"
    rf"(?P<value>[\"\u201c'\u2018]?{WORD}(?:\s+{WORD}){{0,4}}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas|gesetzt|geändert|gestellt)\b))"
)


# "It's correct horse battery staple, the passphrase for the portal": the value, then the cue.
_PASSWORD_AFTER = re.compile(
    r"(?i:\b(?:it['\u2019]s|it is|is|es|c['\u2019]est|ist|è|é))\s+"
    r"(?P<value>[^\s,.;!?][^,.;!?\n]{2,60}?)\s*,\s*(?i:(?:that['\u2019]s|c['\u2019]est|es|das ist)\s+)?"
    rf"(?i:the|my|mi|la|el|le|mon|ma|das|mein|meine|il|la mia|o|a|minha|meu)\s+(?i:{PASSWORD_CUE})\b"
    # the cue ends its clause, or says what it is for; "..., das Kennwort weiß ich nicht" is another clause
    r"(?=\s*(?:[.,;!?]|$|(?i:for|para|pour|für|per|of|de|del|du|da|do|dell['\u2019]|on|to)\b))"
)
# "it's, um, lily pad 44, lowercase": how a password is spelled out says the words before are one.
_SPELLED_PASSWORD = re.compile(
    r"(?i:\b(?:it['\u2019]s|is|es|c['\u2019]est|ist|lautet|è|é))[,\s]+"
    r"(?:(?i:um+|uh+|eh+|euh|äh|ehm|hã)[,\s]+)?"
    r"(?!(?i:it|this|that|all|um+|uh+|eh+|er)\b)(?P<value>[^\s,.;!?][^,.;!?\n]{1,40}?),?\s+"
    r"(?i:(?:all |in |en |tudo |tutto )?(?:lower ?case|upper ?case|all caps|with a capital|"
    r"no spaces|one word|todo junto|en minúsculas|tout attaché|"
    r"en minuscules|alles klein|kleingeschrieben|zusammengeschrieben|tutto attaccato|in minuscolo|"
    r"tudo junto|minúsculas)\b)(?![^.!\n]*\?)"  # not a question: "Is it all lowercase?"
)


# Words joined by dots and ending in a number ("Cardigan.Moon.41", "Wolke.Sieben.7"): a password's
# shape, whatever is said around it (not an email address, a web address or a version number). In the
# development corpora (7 and 17), six such values, all passwords, no control.
_DOTTED_WORDS = re.compile(r"(?<![\w@.])[^\W\d_]+(?:\.[^\W\d_]+)+\.\d{1,4}(?![\w@]|\.\w)")


def passwords(text: str, previous: str = "") -> Iterator[tuple[int, int]]:
    """The values said to be a password, and the values that correct them right after."""
    text = _ELLIPSIS.sub(lambda dots: "," + " " * (len(dots.group(0)) - 1), text)  # "Password... erm..."
    for start, said_end in _passwords(text, previous):
        end = read_on(text, said_end)
        yield label_start(text, start), end
        yield from corrections(text, end)
    # "La contraseña es limonero." / "No, espera, es naranjo": the next turn corrects the password
    corrected = list(corrections(text, 0)) if previous else []
    if corrected and _ends_with_password(previous):
        yield from corrected


def _ends_with_password(text: str) -> bool:
    """Whether ``text`` (a turn) ends with a password's value: "La contraseña es limonero."."""
    text = _ELLIPSIS.sub(lambda dots: "," + " " * (len(dots.group(0)) - 1), text)
    return any(_TURN_END.fullmatch(text, end) for _, end in _passwords(text))


_TURN_END = re.compile(r"[\s.!\u2026]*")


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match, and after one whose value is no value ("the login is the same as my email
    password, which is kingfisher"), the next one that begins inside it."""
    position = 0
    while said := pattern.search(text, position):
        yield said
        position = said.end() if _accepted(said) else said.start() + 1


_ELLIPSIS = re.compile(r"\.\.\.|\u2026")


def _passwords(text: str, previous: str = "") -> Iterator[tuple[int, int]]:
    """The values said to be a password or a passphrase ("the password's tango-river-88"), also when
    the turn before ends with its cue ("La mia password è" / "Colosseo 80", "And your password?")."""
    tail = previous[-80:]
    if tail and _PASSWORD_CUE_AT_END.search(tail):
        joined = f"{tail}\n{text}"
        for said in _PASSWORD.finditer(joined):
            if said.start("value") >= len(tail) and _accepted(said):
                yield max(said.start("value") - len(tail) - 1, 0), said.end("value") - len(tail) - 1
    for said in _overlapping(_PASSWORD, text):
        # "my login is jmiller and the password is ...": a login beside a password is the user name
        username = _LOGIN.fullmatch(said.group("strong") or "") and _PASSWORD_PROPER.search(text, said.end())
        if _accepted(said) and not username:
            yield said.start("value"), said.end("value")
        if not username:
            yield from named_after_description(text, said.group("value"), said.end("value"))
    yield from security_answers(text, previous)
    if PASSWORD_CONTEXT.search(f"{previous[-200:]} {text}"):
        for said in _SET_TO.finditer(text):
            first = said.group("value").split()[0]
            if not (NOT_A_VALUE.fullmatch(first) or CLAUSE_START.fullmatch(first)):
                yield said.start("value"), said.end("value")
    for pattern in (_PASSWORD_AFTER, _SPELLED_PASSWORD):
        for said in pattern.finditer(text):
            yield said.start("value"), said.end("value")
    yield from (dotted.span() for dotted in _DOTTED_WORDS.finditer(text))
