"""Passwords said the way a login is described: typed to get in, listed after the user name, named
after the value, spelled out.

A caller describing how they get into an app rarely says "my password is": "para entrar pongo
tortilla de patatas", "Fürs Einloggen tippe ich Kastanienbaum", "my email and the password
nightingale", "HAPPYDAYS, that's the login". What makes the words a password is the purpose (to log
in, to get in), the list it stands in (a user name, then the password) or the cue right after it;
``sensitive_passwords`` reads the ones said after their cue and a verb. The value runs to the end of
its clause, as there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from agentic_memory.sensitive_password_words import (
    CLAUSE_START,
    JOINS,
    NOT_A_VALUE,
    PASSWORD_CONTEXT,
    PASSWORD_CUE,
    WORD,
)

_VALUE = (
    rf"(?P<value>[\"\u201c'\u2018]?{WORD}(?:\s+{WORD}){{0,3}}?[\"\u201d'\u2019]?)"
    r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas|ein|an|with|con|avec|mit|com)\b))"
)
# Why the words are typed: to log in, to get into the app.
_PURPOSE = (
    r"(?:to|for the|for|when i) (?:log|sign) ?in|to get in|"
    r"(?:para|pra) (?:entrar|iniciar sesión|acceder|acessar|"
    r"aceder|fazer login)|pour (?:me connecter|entrer|accéder|l['\u2019]appli(?:cation)?)|"
    r"(?:fürs|zum|beim) (?:einloggen|anmelden)|um mich (?:einzuloggen|anzumelden)|"
    r"per (?:accedere|entrare|fare il login)"
)
_TYPING = (
    r"i (?:just |always )?(?:type|enter|use|put(?: in)?|key in)|pongo|escribo|meto|uso|tecleo|"
    r"je (?:tape|mets|entre|saisis|utilise)|(?:tippe|gebe|schreibe|nutze) ich|"
    r"ich (?:tippe|gebe|schreibe|nutze)|"
    r"scrivo|digito|metto|inserisco|(?:eu )?(?:digito|escrevo|coloco|ponho)"
)
_TYPED = re.compile(rf"(?i:\b(?:{_PURPOSE})\b)[^.;!?\n]{{0,50}}?(?i:\b(?:{_TYPING})\b)[\s,]+{_VALUE}")
# "Lo que escribo para iniciar sesión es caracola": what is typed, then its verb.
_WHAT_IS_TYPED = re.compile(
    r"(?i:\b(?:(?:what|the thing|the word) i (?:type|enter|put in)|lo que (?:escribo|pongo|meto)|"
    r"ce que je (?:tape|mets)|"
    r"was ich (?:eintippe|eingebe)|quello che (?:scrivo|metto)|o que (?:escrevo|digito|coloco))\b)"
    rf"[^.;!?\n]{{0,40}}?\s(?i:is|es|c['\u2019]est|ist|è|é)[\s,]+{_VALUE}"
)
# "I'm typing velvet thunderstorm", "je tape bien grenouille rieuse", "avevo messo lampadina", "ich hab
# Kirschbaum genommen": what the caller types or put, when the call speaks of getting in
# (``PASSWORD_CONTEXT``); alone, "I put the kettle on" is no secret.
_TYPED_IN = re.compile(
    r"(?i:\b(?:i(?:['\u2019]m| am)? typing|i (?:typed|type|entered|enter|put in)|i(?:['\u2019]ve| have) "
    r"(?:typed|entered|put in)|escribo|escribí|tecleo|tecleé|pongo|puse|je (?:tape|mets|saisis)|"
    r"j['\u2019]ai (?:tapé|mis|saisi|entré)|ich (?:tippe|gebe)|scrivo|ho (?:scritto|digitato|messo|inserito)|"
    r"avevo (?:scritto|messo)|digito|inserisco|digitei|escrevo|escrevi|coloco|coloquei|ponho|pus)\b)"
    r"(?:\s+(?i:bien|just|always|exactly|siempre|toujours|immer|sempre|justement|ja))?\s+"
    rf"{_VALUE}"
)
# "then the word harbour", "c'est le mot framboisier": a word said as such, in a call about a password.
_THE_WORD = re.compile(
    r"(?i:\b(?:the word|le mot|la palabra|das wort|la parola|a palavra)\b)[\s,:]+"
    rf"(?P<value>[\"\u201c'\u2018]?{WORD}[\"\u201d'\u2019]?)(?=\s*(?:[.,;!?]|$|\b(?i:and|y|et|und|e)\b))"
)
_TOOK = re.compile(
    r"(?i:\bich (?:hab|habe)\b)\s+(?P<value>[^\W\d_][^\s.,;!?]*(?:\s+[^\W\d_][^\s.,;!?]*)?)\s+"
    r"(?i:genommen|eingegeben|eingetippt|gewählt)\b"
)
# What follows "I typed" and is no value: a determiner or a pronoun ("the wrong one", "la bonne
# adresse"), a verb or an adverb.
_NO_VALUE_TYPED = re.compile(
    r"(?i:the|a|an|this|that|it|la|le|les|el|los|las|lo|un|une|una|uno|der|die|das|den|dem|ein|eine|einen|"
    r"il|gli|o|os|as|um|uma|des|du|del|dal|da|do|es|sie|ihn|esto|eso|ça|cela|questo|quello|isso|isto|"
    # "the word I typed was wrong", "I typed it in twice"
    r"was|is|were|are|has|had|did|does|didn['\u2019]t|doesn['\u2019]t|won['\u2019]t|wasn['\u2019]t|in|"
    r"into|again|twice|everything|something|anything|nothing|all|wrong|era|est|était|war|ist|è|é|foi)"
)
# "I log in with 'Nordsee'", "entro con 'Sardegna'".
_LOGIN_WITH = re.compile(
    r"(?i:\b(?:log(?:ging)? in with|sign(?:ing)? in with|get in with|entro con|entro com|accedo con|"
    r"je me connecte avec|logge mich mit|melde mich mit|logo com)\b)\s+"
    rf"{_VALUE}"
)
# "my email and the password nightingale", "la mia email e la password ciambella", ", password X".
_LISTED = re.compile(
    r"(?i:(?:\band|\by|\bet|\bund|\be|,)\s+(?:(?:the|el|la|le|das|die|o|a|il|mon|ma|mein|meine|mi|"
    r"il mio|la mia|a minha|o meu)\s+)?"
    r"(?:password|contraseña|clave|mot de passe|passwort|kennwort|senha|palavra-passe))"
    r"(?:,\s*(?i:which is|que es|qui est|das ist|che è|que é))?\s+"  # "y la clave, que es escalera"
    rf"{_VALUE}"
)
# "HAPPYDAYS, that's the login for the loyalty app": the value, then what it is.
_NAMED_AFTER = re.compile(
    r"(?:^|,\s*)(?P<value>[^\s,.;!?][^,.;!?\n]{0,40}?),\s*"
    r"(?i:that['\u2019]s|that is|c['\u2019]est|das ist|es|è|é)\s+"
    r"(?i:the|my|el|la|le|mon|ma|das|mein|meine|il|o|a|mi)\s+"
    rf"(?i:{PASSWORD_CUE})\b"
)
# After the user name, what comes "then" is the password: "I put jsmith and then bramblewood", "primero
# el usuario, que es lupe punto garcia / y luego escribo membrillo", "und dann kommt Zitronenfalter".
_USER = re.compile(
    r"(?i:\b(?:user ?name|usuario|usuário|utilizador|identifiant|benutzername\w*|nome utente|e-?mail|"
    r"correo|credentials|credenciales|credenziali|zugangsdaten|identifiants)\b)"
)
_THEN = re.compile(
    r"(?i:\b(?:then|afterwards|luego|después|despues|puis|ensuite|après|dann|danach|poi|dopo|depois)\b)"
    r"[\s,]*(?:(?i:i|yo|je|j['\u2019]|ich|io|eu|it)\s+)?"
    r"(?:(?i:type|put|enter|write|comes|wants|escribo|pongo|meto|tecleo|viene|tape|mets|entre|saisis|vient|"
    r"kommt|tippe|gebe|schreibe|digito|metto|scrivo|inserisco|viene|coloco|ponho|escrevo|vem)\w*\s+)?"
    rf"{_VALUE}"
)
# "then" as a time, not as what comes after the user name: "see you then", "talk to you then", "by then".
_THEN_A_TIME = re.compile(r"(?i:\b(?:see|talk to|speak to|catch|call) you|\buntil|\btill|\bby|\bsince)\s+$")
# "My wifi's called VirginMedia-5G and the key is periwinkle": a network's key.
_NETWORK = re.compile(r"(?i:\b(?:wi-?fi|wlan|network|router|modem|a rede|la red|réseau|la box|netz|rete)\b)")
_KEY = re.compile(
    r"(?i:\b(?:key|chave|clé|clave|schlüssel|chiave)\b)[^.;!?\n]{0,40}?\s"
    rf"(?i:is|é|est|c['\u2019]est|ist|è|es)\s+{_VALUE}"
)
# "It's, uh, 'silver fox', in quotes": a value quoted, when the call speaks of a password.
_QUOTED = re.compile(
    r"(?:(?<=\s)|(?<=^)|(?<=,))[\"\u201c'\u2018](?P<value>[^\"\u201d'\u2019\n]{2,40})[\"\u201d'\u2019]"
    r"(?=[\s.,;!?]|$)"
)
# "w-a-l-r-u-s": a word spelled letter by letter, when the call speaks of a password.
_SPELLED = re.compile(r"(?<![\w-])(?:[^\W\d_]-){3,}[^\W\d_](?![\w-])")


def logins(text: str, previous: str = "") -> Iterator[tuple[int, int]]:
    """The passwords ``text`` describes as a login's, as (start, end) spans."""
    for pattern in (_TYPED, _WHAT_IS_TYPED, _LOGIN_WITH, _LISTED, _NAMED_AFTER):
        for said in pattern.finditer(text):
            first = said.group("value").split()[0].strip("\"'\u201c\u2018")
            if not (NOT_A_VALUE.fullmatch(first) or CLAUSE_START.fullmatch(first) or JOINS.fullmatch(first)):
                yield said.start("value"), said.end("value")
    if _USER.search(f"{previous[-200:]} {text}"):
        for said in _THEN.finditer(text):
            first = said.group("value").split()[0].strip("\"'\u201c\u2018")
            if _THEN_A_TIME.search(text, 0, said.start()):
                continue  # "See you then, Doreen": a time, then whom it is said to
            if not (NOT_A_VALUE.fullmatch(first) or CLAUSE_START.fullmatch(first) or JOINS.fullmatch(first)):
                yield said.start("value"), said.end("value")
    if _NETWORK.search(text):
        yield from (said.span("value") for said in _KEY.finditer(text))
    if PASSWORD_CONTEXT.search(f"{previous[-200:]} {text}"):
        for said in [*_TYPED_IN.finditer(text), *_TOOK.finditer(text), *_THE_WORD.finditer(text)]:
            first = said.group("value").split()[0].strip("\"'\u201c\u2018")
            # "j'ai mis la bonne adresse", "I typed an email", "I entered 4 digits"
            words = said.group("value").split()
            described = _NO_VALUE_TYPED.fullmatch(first) or (first.isdigit() and len(words) > 1)
            if not (described or NOT_A_VALUE.fullmatch(first) or CLAUSE_START.fullmatch(first)):
                yield said.start("value"), said.end("value")
        yield from (said.span("value") for said in _QUOTED.finditer(text))
        for spelled in _SPELLED.finditer(text):
            yield spelled.span()
            word = spelled.group(0).replace("-", "")
            yield from (m.span() for m in re.finditer(rf"(?i:\b{re.escape(word)}\b)", text))
