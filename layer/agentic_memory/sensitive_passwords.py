"""Passwords, passphrases and security answers: words said to be one, in the six languages.

A password has no structure a checksum could find, and, made of words, no digits default-deny could
take: what says it is one is its cue ("the password's", "mi contraseña", "das Kennwort"), how it is
said (a verb, a colon, a pause in its place, the turn before ending with the cue), a security question
described then answered, or how the caller says to type it (``sensitive_spelled``). The value runs to
the end of its clause, so no label stands beside the rest of it ("the password [secret] tango-river").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_harmless_words import RATE_AFTER

# What a caller says while finding the words ("ist, äh, Kaffee", "La clave del portal, pues, ..."): not
# the value, and, between commas after the cue, the verb's place.
_FILLER = (
    r"um+|uh+|erm|er|eh+|ehm|euh|äh|ähm|hm+|hã|pues|bueno|alors|bon|also|allora|então|well|"
    r"let me (?:think|see)|let['\u2019]s see|a ver|voyons|attendez|mal sehen|warten sie|vediamo|aspetti|"
    r"deixa ver|deixe-me ver"
)
# A value said as a password: the cue, at most four words ("for the patient portal"), a verb or a
# colon, then the value: a few words, to the end of the clause.
_STRONG_PASSWORD_CUE = (
    r"passwords?|passphrase|pass phrase|contraseña|clave (?:de acceso|secreta)|mot de passe|"  # noqa: S105 - cue words
    r"phrase secrète|passwort|kennwort|parola d['\u2019]ordine|senha(?! da fila| de atendimento| de espera)|"
    r"palavra-passe|palavra passe|"
    r"memorable (?:word|phrase|answer)|secret word|palabra secreta|mot secret|geheimwort|parola segreta|"
    r"palavra secreta|security answer|answer to (?:my |the )?(?:security|secret) question|"
    r"respuesta (?:de seguridad|"
    r"secreta)|réponse (?:secrète|de sécurité)|sicherheitsantwort|risposta (?:di sicurezza|segreta)|"
    r"resposta (?:de segurança|secreta)|maiden name|nombre de soltera|nom de jeune fille|mädchenname|"
    r"nome da solteira|cognome da nubile"
)
_PASSWORD = re.compile(
    rf"(?i:\b(?:(?P<strong>{_STRONG_PASSWORD_CUE})|clave|pass ?code|parola chiave)\b)"
    r"(?:[\s,]+(?!(?i:is|es|est|ist|è|é|lautet)\b)[^\s\d.,;!?:]+){0,4}?"
    r"(?P<verb>['\u2019]s\b|\s*[:=]|[,?]?\s+(?i:is|was|es|era|est|c['\u2019]est|ist|lautet|war|è|é|"
    rf"it['\u2019]s|it is|that['\u2019]s|sería|será)\b|(?P<pause>\s*,\s*(?i:{_FILLER})\s*(?=,))"
    r"|(?P<ask>\?)(?=\s))"
    r"(?![\s,]+(?i:case|not|no|never|too|always|wrong|incorrect|expired|locked)\b)"  # an aside, not the value
    rf"(?:[\s,]*(?i:{_FILLER})(?=[\s,])){{0,2}}[\s,]*?"
    r"(?P<value>\s*[\"\u201c'\u2018]?(?P<first>[^\s.,;!?\"\u201d\u2019]+)"
    r"(?:\s+[^\s.,;!?\"\u201d]+){0,11}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas|or|ou|oder)\s+[^\W\d_]{2}))"
)
# How a clause about a password begins, after a pause: a subject, a negation, an auxiliary.
_CLAUSE_START = re.compile(
    r"(?i:i|i['\u2019](?:m|ve|d)|we|you|it|don['\u2019]t|can['\u2019]t|forgot|lost|yo|nunca|me|lo|olvidé|"
    r"perdí|je|j['\u2019]ai|ne|n['\u2019]|on|il|elle|l['\u2019]ai|ich|habe|hab|weiß|es|io|l['\u2019]ho|ho|"
    r"mi|eu|esqueci|perdi|já|not|no|non|nicht|kein|não)"
)
# A password's cue and its verb ending a turn: the value is said in the next one.
_PASSWORD_CUE_AT_END = re.compile(
    rf"(?i:\b(?:{_STRONG_PASSWORD_CUE}|pass ?code)\b[^.!\n]{{0,30}}(?:\?|\b(?:is|es|est|ist|è|é|lautet)))\s*$"
)


_PHRASE = re.compile(r"(?i:pass ?phrase|phrase secrète|memorable phrase|frase secreta|geheimsatz)")
_DESCRIBED = re.compile(r"(?i:\b(?:same|one|usual|old|new|default|name|word)\b)")


_QUANTITY = re.compile(
    rf"\d+\s+(?i:{RATE_AFTER}|hours?|minutes?|horas?|minutos?|heures?|stunden?|minuten?|ore|minuti)\b"
)


def _accepted(said: re.Match[str]) -> bool:
    """Whether what follows a password's cue is its value: not "is correct", "is not working"."""
    value = said.group("value")
    quoted = value.lstrip()[:1] in "\"\u201c'\u2018"
    first, words = said.group("first"), len(value.split())
    # a phrase may begin with "the" ("my passphrase: the cat sat on the mat"), not with "the same"
    phrase = bool(_PHRASE.search(said.group(0)[: said.start("verb") - said.start()])) and words >= 4
    phrase = phrase and first.lower() == "the" and not _DESCRIBED.search(value)
    if (
        not quoted
        and not phrase
        and _NOT_A_VALUE.fullmatch(first)
        and (words <= 2 or _NEVER_A_VALUE.fullmatch(first))
    ):
        return False  # "is correct", "is not working", but "is correct horse battery staple"
    # "la clave es llegar a tiempo": "clave" is also "the key"; "password? Yes"
    # "My password, um, I don't know it anymore": after a pause, a clause about it, not its value
    named = said.group("strong") and not said.group("ask")
    named = named and not (said.group("pause") and _CLAUSE_START.fullmatch(first))
    # "la clave del éxito es practicar 2 horas al día": a digit in a quantity is not a password's
    counted = _QUANTITY.sub(" ", value)
    return bool(named or re.search(r"[\d!#$%&*@^~+=]", counted))


# A security question described, then answered: "the security question, the name of my first dog,
# Briciola"; the answer is the clause after the last comma, a few words, a name ("sorry" is no answer).
_SECURITY_QUESTION = re.compile(
    r"(?i:\b(?:security (?:question|answer)|secret question|(?:pregunta|respuesta) (?:de seguridad|secreta)|"
    r"(?:question|réponse) (?:secrète|de sécurité)|sicherheitsfrage|sicherheitsantwort|geheimfrage|"
    r"(?:domanda|risposta) (?:di sicurezza|segreta)|(?:pergunta|resposta) (?:de segurança|secreta))\b)"
    r"[^.;!?\n]*(?:[,:]|\b(?i:answer|respuesta|réponse|antwort|risposta|resposta)"
    r" (?i:is|es|est|ist|è|é)\b)\s*"
    r"(?:(?i:that['\u2019]s|it['\u2019]s|es|c['\u2019]est|das ist|ist|è|é)\s+)?"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,2})\s*(?=[.;!?]|$)"
)
# What follows "my password is" when the password itself is not said.
_NOT_A_VALUE = re.compile(
    r"(?i:not|no|wrong|incorrect|expired|locked|blocked|too|the|same|never|case|correct|different|"
    r"compromised|hacked|stolen|leaked|changed|sent|"
    r"forgotten|forgot|reset|changed|long|short|weak|strong|nicht|kein|falsch|pas|plus|incorrecte?|"
    r"erróneo|errónea|incorrecta|sbagliata|errata|errada|incorreta|bloqueado|bloccata|gesperrt|"
    r"bloqué|que|qui|che|dass|en|dans|in|im)"
)
# Words that begin no password, however long what follows ("is the same as before", "is not what I
# typed").
_NEVER_A_VALUE = re.compile(
    r"(?i:not|no|the|same|never|too|nicht|kein|pas|plus|que|qui|che|dass|en|dans|in|im)"
)
# "It's correct horse battery staple, the passphrase for the portal": the value, then the cue.
_PASSWORD_AFTER = re.compile(
    r"(?i:\b(?:it['\u2019]s|it is|is|es|c['\u2019]est|ist|è|é))\s+"
    r"(?P<value>[^\s,.;!?][^,.;!?\n]{2,60}?)\s*,\s*(?i:(?:that['\u2019]s|c['\u2019]est|es|das ist)\s+)?"
    rf"(?i:the|my|mi|la|el|le|mon|ma|das|mein|meine|il|la mia|o|a|minha|meu)\s+(?i:{_STRONG_PASSWORD_CUE})\b"
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


def passwords(text: str, previous: str = "") -> Iterator[tuple[int, int]]:
    """The values said to be a password or a passphrase ("the password's tango-river-88"), also when
    the turn before ends with its cue ("La mia password è" / "Colosseo 80", "And your password?")."""
    tail = previous[-80:]
    if tail and _PASSWORD_CUE_AT_END.search(tail):
        joined = f"{tail}\n{text}"
        for said in _PASSWORD.finditer(joined):
            if said.start("value") >= len(tail) and _accepted(said):
                yield max(said.start("value") - len(tail) - 1, 0), said.end("value") - len(tail) - 1
    for said in _PASSWORD.finditer(text):
        if _accepted(said):
            yield said.start("value"), said.end("value")
    for said in _SECURITY_QUESTION.finditer(text):
        if not _NOT_A_VALUE.fullmatch(said.group("value").split()[0]):
            yield said.start("value"), said.end("value")
    for pattern in (_PASSWORD_AFTER, _SPELLED_PASSWORD):
        for said in pattern.finditer(text):
            yield said.start("value"), said.end("value")
