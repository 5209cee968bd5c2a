"""The words that say a password is near, in the six languages: its cues ("the password's", "mi
contraseña", "das Kennwort"), what a caller says while finding it, and what a call about getting in
speaks of. ``sensitive_passwords`` and ``sensitive_logins`` read the values these words announce."""

from __future__ import annotations

import re

# A word of a value: punctuation inside it belongs to it ("Tuesday!Gardens", "kate.morrow"); only
# punctuation before a space or the end closes the clause.
WORD = r"[^\s.,;!?\"\u201d]+(?:[.,;!?]+[^\s.,;!?\"\u201d]+)*"

# What a caller says while finding the words ("ist, äh, Kaffee", "La clave del portal, pues, ..."): not
# the value, and, between commas after the cue, the verb's place.
FILLER = (
    r"um+|uh+|erm|er|eh+|ehm|euh|äh|ähm|hm+|hum|hã|pues|bueno|alors|bon|ben|bah|also|allora|então|well|"
    r"let me (?:think|see)|let['\u2019]s see|a ver|voyons|attendez|mal sehen|warten sie|vediamo|aspetti|"
    r"deixa ver|deixe-me ver|comment dire|come dire|como é que se diz|cómo se dice|como se dice|"
    r"how do you say|na ja|naja|hier|voilà|ecco|here|aqui|aquí|un attimo|un momento|un momentito|"
    r"einen moment|un instant|one moment|one sec|hang on|hold on|attends|momento|moment|yeah|yes|yep|ok|okay|"
    r"right|sure|oui|ja|sim"
)
# A copula after a pause ("c'est, comment dire, pamplemousse"): the verb's place, not the value.
COPULA = r"c['\u2019]est|it['\u2019]s|it is|es|è|é|ist|das ist|that['\u2019]s|lautet"
# A value said as a password: the cue, at most four words ("for the patient portal"), a verb or a
# colon, then the value: a few words, to the end of the clause.
PASSWORD_CUE = (
    r"passwords?|passphrase|pass phrase|contraseña|clave (?:de acceso|secreta)|mot de passe|"  # noqa: S105 - cue words
    r"phrase secrète|passwort|kennwort|parola d['\u2019]ordine|senha(?! da fila| de atendimento| de espera)|"
    r"palavra-passe|palavra passe|log-?in(?: details)?|sign-?in details|wi-?fi (?:password|key|code)|"
    r"pass ?code|code ?word|secret phrase|parola d['\u2019]accesso|frase secreta|frase segreta|losungswort|"
    r"frase de acceso|frase d['\u2019]accesso|frase de acesso|phrase d['\u2019]accès|frase de paso|"
    r"frase-passe|"
    r"code wi-?fi|clé wi-?fi|"
    r"wlan-(?:passwort|schlüssel)|"
    r"clave del wi-?fi|chiave (?:del )?wi-?fi|"
    r"memorable (?:word|phrase|answer|place|name|date)|word i (?:always |usually )?use|secret word|"
    r"palabra secreta|mot secret|geheimwort|parola segreta|"
    r"palavra secreta|security answer|answer to (?:my |the )?(?:security|secret) question|"
    # the answer to the security question, a security word, in each language
    r"respuesta a (?:la|mi) pregunta (?:de seguridad|secreta)|réponse à (?:la|ma) question (?:de sécurité|"
    r"secrète)|antwort auf (?:die|meine) sicherheitsfrage|risposta alla domanda (?:di sicurezza|segreta)|"
    r"resposta à (?:pergunta|minha pergunta) (?:de segurança|secreta)|security word|palabra de seguridad|"
    r"mot de sécurité|sicherheitswort|parola di sicurezza|palavra de segurança|"
    r"respuesta (?:de seguridad|"
    r"secreta)|réponse (?:secrète|de sécurité)|sicherheitsantwort|risposta (?:di sicurezza|segreta)|"
    r"resposta (?:de segurança|secreta)|"
    # a mother's maiden name, the security question (a caller's own is kept: "my maiden name was ...")
    r"(?:mother|mum|mom|mam)['\u2019]s maiden name|maiden name of (?:my|your) mother|"
    r"(?:nombre|apellido) de soltera(?= de (?:mi|su|tu) madre)|nom de jeune fille(?= de (?:ma|sa|ta) mère)|"
    r"(?:mädchen|geburts)name(?= (?:meiner|ihrer|deiner) mutter)|"
    r"cognome da nubile(?= di (?:mia|sua|tua) madre)|"
    r"(?:nome|apelido) (?:da|de) solteira(?= da (?:minha|sua|tua) mãe)"
)
# A call that speaks of a password or of getting in: what gates the readers of a value said without
# its cue (what it was set to, what is typed, a quoted or spelled word).
PASSWORD_CONTEXT = re.compile(
    rf"(?i:\b(?:{PASSWORD_CUE}|pass ?code|log(?:ged)? ?in|sign(?:ed)? ?in|wi-?fi|clave|"
    r"identifiants?|zugangsdaten|anmelde\w*|credenziali|accesso|acesso|entrar|connexion|connecter|"
    r"code d['\u2019]accès|código de acceso|codice di accesso|código de acesso|zugangscode|"
    r"locked out|(?:won['\u2019]t|doesn['\u2019]t|didn['\u2019]t) let me in|credentials|"
    r"online banking|(?:online )?account online|kundenkonto|espace client|area clienti|"
    r"área (?:de|do) cliente)\b)"
)


# How a clause about a password begins, after a pause: a subject, a negation, an auxiliary.
CLAUSE_START_WORDS = (
    r"i|i['\u2019](?:m|ve|d)|we|you|it|don['\u2019]t|can['\u2019]t|forgot|lost|yo|nunca|me|lo|olvidé|"
    r"perdí|je|j['\u2019]ai|ne|n['\u2019]|on|il|elle|l['\u2019]ai|ich|habe|hab|weiß|es|io|l['\u2019]ho|ho|"
    r"mi|eu|esqueci|perdi|já|not|no|non|nicht|kein|não"
)
CLAUSE_START = re.compile(rf"(?i:{CLAUSE_START_WORDS})")
# What follows "my password is" when the password itself is not said.
NOT_A_VALUE = re.compile(
    r"(?i:not|no|wrong|incorrect|expired|locked|blocked|too|the|same|never|case|correct|different|"
    r"compromised|hacked|stolen|leaked|changed|sent|"
    r"forgotten|forgot|reset|changed|long|short|weak|strong|nicht|kein|falsch|pas|plus|incorrecte?|"
    r"erróneo|errónea|incorrecta|sbagliata|errata|errada|incorreta|bloqueado|bloccata|gesperrt|"
    r"bloqué|que|qui|che|dass|en|dans|in|im|my|your|mi|mon|ma|mein|meine|meu|minha|fine|ok|okay|good|great|"
    r"done|working)"
)
# Words that begin no password, however long what follows ("is the same as before", "is not what I
# typed").
NEVER_A_VALUE = re.compile(
    r"(?i:not|no|the|same|never|too|nicht|kein|pas|plus|que|qui|che|dass|en|dans|in|im|my|your|mi|mon|"
    r"ma|mein|meine|meu|minha|"
    # where it is written, not what it is: "the password is on the letter", "está debajo del router"
    r"on|at|under|underneath|inside|behind|written|printed|stuck|somewhere|sur|sous|derrière|écrit|auf|"
    r"unter|hinter|steht|sotto|dietro|scritta|scritto|sobre|debajo|detrás|escrita|escrito|embaixo|atrás)"
)
JOINS = re.compile(r"(?i:and|but|or|y|pero|o|et|mais|ou|und|aber|oder|e|ma|mas|so|then)")
