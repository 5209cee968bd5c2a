"""What a value is said to be, in the six languages the greeting speaks (en es fr de it pt).

A card number, an IBAN or a national id with a checksum is found by its structure
(``sensitive_values``); a PIN, a gate code, a one-time code or an account number has none, so the only
way to know it is one is what the caller says it is. These are those words, whole words, per kind;
the words that say a number is harmless (an order, a booking, a phone) are in
``sensitive_harmless_words``. The nearest cue before a value decides, so "my card was charged for order
44812" keeps the order number, unless a secret's word in its clause outweighs it, or heads the subject
the value is said to be ("the alarm code at the office on the 3rd floor is 5520").

Each list names only words that, said just before a value, make it that kind; "code" alone is not
one ("discount code", "postcode"), "security code" and "gate code" are.
"""

from __future__ import annotations

import re

from agentic_memory import sensitive_clauses as clauses
from agentic_memory.sensitive_harmless_words import (
    CAPITAL_HARMLESS_CUES,
    HARMLESS_CUES,
    MAX_TAIL_DIGITS,
    MIN_PHONE_DIGITS,
    PHONE_CUES,
    RATE_AFTER,
    TAIL_AFTER,
    TAIL_CUES,
)

# A kind's cue words as regular expressions, lower case, matched case-blind and whole-word.
SECRET_CUES = (
    # en: PINs, passwords, card security codes, access codes, one-time codes
    r"pin(?: number| code)?|personal identification number|(?:three|3|four|4|five|5|six|6)[- ]digit "
    r"(?:code|pin|number)|(?:three|3|four|4|six|6) (?:digits|numbers)|passwords?|passcode|pass code|"
    r"passphrase|"
    r"pass phrase|pass word|security (?:code|number|digits)|cvv2?|cvc2?|csc|cid|"
    r"card verification(?: code| value)?|(?:digits|numbers?|code) on the (?:back|front)|back says|keypad|"
    r"padlock|lock ?box|key ?safe|key ?box|combination|disarm|call box|punch in|authenticator|otp|2fa|"
    r"texted|text message|opens? with|unlocks? with|open it with|"
    r"(?:access|gate|door|entry|alarm|garage|building|verification|one[- ]time|"
    r"login|sms|confirmation) codes?|code you (?:just )?(?:texted|sent|emailed)",
    # es
    r"(?:tres|3|cuatro|4|seis|6) (?:dígitos|números|cifras)|contraseñas?|clave|nip|(?:de )?un solo uso|"
    r"número secreto|código (?:de )?(?:seguridad|"
    r"verificación|acceso|confirmación|pin|secreto|la alarma|la puerta|del portal|del garaje)|"
    r"código que (?:me )?\w+|caja de llaves|combinación|se abre con",
    # fr
    r"(?:trois|3|quatre|4|six|6) chiffres|code de (?:la |ma )?carte(?: bleue| bancaire| de crédit)?|"
    r"mot de passe|phrase secrète|usage unique|digicode|cryptogramme|code (?:pin|secret|confidentiel|"
    r"de sécurité|de vérification|d['\u2019]accès|de confirmation|de la porte|du portail|de l['\u2019]alarme|"
    r"du sms|reçu)|boîte à clés|boite à clés|combinaison|s['\u2019]ouvre avec",
    # de
    r"(?:drei|3|vier|4|sechs|6) (?:ziffern|zahlen)|geheimzahl|geheimnummer|passwort|kennwort|"
    r"sicherheitscode|prüfnummer|prüfziffer|"
    r"kartenprüfnummer|code (?:der|meiner) karte|"
    r"pincode|zugangscode|türcode|torcode|alarmcode|bestätigungscode|"
    r"verifizierungscode|einmalcode|tastencode|zahlencode|code (?:für|vom|von der|aus der)|"
    r"alarmanlage|schlüsseltresor|schlüsselkasten|schlüsselsafe|kombination|tan|öffnet (?:sich )?mit",
    # it
    r"(?:tre|3|quattro|4|sei|6) (?:cifre|numeri)|parola d['\u2019]ordine|usa e getta|monouso|"
    r"codice (?:pin|segreto|di sicurezza|di verifica|"
    r"d['\u2019]accesso|di accesso|di conferma|del cancello|del portone|dell['\u2019]allarme|del bancomat|"
    r"dell['\u2019]sms|dell['\u2019]SMS|della carta|che)|combinazione|cassetta delle chiavi|bancomat|"
    r"si apre con",
    # pt
    r"(?:três|3|quatro|4|seis|6) (?:dígitos|números)|senhas?|palavra-passe|palavra passe|uso único|"
    r"código (?:de )?(?:segurança|verificação|acesso|"
    r"confirmação|pin|secreto|do portão|do alarme|da porta|do multibanco|do sms|do cartão|que)|combinação|"
    r"caixa das chaves|caixa de chaves|multibanco|digite|digita|digitar|abre com|"
    # a Brazilian bank's branch, four digits and a check digit: what the account is opened at
    r"agência",
)
# Words that make a value a secret only when it follows them closely ("the gate code is 58", "for the
# door, punch in 3825", "la alarma se desactiva con el 1586"), since each is also an ordinary word
# ("the gate opens at 0900"): at most ``WEAK_GAP_WORDS`` words between.
WEAK_SECRET_CUES = (
    r"codes?|code's|digits|numbers|on the back|alarm|door|gate|buzzer|intercom|sms|text|safe|lock",
    r"código|codigo|dígitos|cifras|números|detrás|dorso|reverso|alarma|puerta|portal|portón|garaje|"
    r"cajero|mensaje|sms|caja fuerte|cerradura|candado",
    r"code|chiffres|au dos|verso|alarme|porte|portail|sms|texto|coffre(?:-fort)?|serrure|cadenas",
    r"code|ziffern|zahlen|rückseite|hinten|alarm|tür|haustür|hoftor|gartentor|garagentor|tor|sms|tresor|safe|"
    r"schloss|zahlenschloss",
    r"codice|cifre|retro|dietro|allarme|portone|cancello|citofono|sms|cassaforte|serratura|lucchetto",
    r"código|dígitos|números|verso|atrás|alarme|porta|portão|sms|cofre|fechadura|cadeado",
)
WEAK_GAP_WORDS = 4
ACCOUNT_CUES = (
    r"(?:bank |checking |savings |current )?account(?: number| no| #)?|acct|checking|savings|"
    r"routing(?: number| no)?|aba(?: number)?|sort code|transit(?: number)?|institution number|bsb|iban|"
    r"international bank account number",
    r"(?:número de )?cuenta(?: bancaria| corriente| de ahorros)?|clabe",
    r"(?:numéro de )?compte(?: bancaire| courant| épargne)?|rib|code (?:banque|guichet)",
    r"kontonummer|konto|bankkonto|girokonto|sparkonto|bankleitzahl|blz",
    r"(?:numero (?:di|del) )?conto(?: corrente| bancario)?|codice (?:abi|cab)",
    r"(?:número da )?conta(?: bancária| corrente| poupança)?|nib",
)
ID_CUES = (
    r"social security(?: number| no)?|social|ssn|social insurance(?: number)?|passport(?: number| no| #)?|"
    r"national (?:id|insurance|identity)(?: number| card)?|ni number|id (?:number|card)|identity card|"
    r"driver'?s licen[cs]e(?: number)?|driving licen[cs]e(?: number)?|licen[cs]e number|tax (?:id|number)|"
    r"tin|itin|health card(?: number)?|nhs number|medicare(?: number)?|sin (?:number|no)",
    r"dni|nie|nif|pasaporte|(?:número de )?pasaporte|documento (?:de identidad|nacional)|mi documento|cédula|"
    r"seguridad social|curp|rfc|carné de conducir|número de identificación|"
    r"(?:número de )?identidad(?: de extranjero)?",
    r"(?:numéro de )?sécurité sociale|sécu|nir|carte vitale|passeport|carte d'identité|carte d\u2019identité|"
    r"numéro fiscal|permis de conduire|numéro d'identification|numéro d\u2019identification",
    r"personalausweis(?:nummer)?|ausweis(?:nummer)?|reisepass(?:nummer)?|passnummer|steuer-?id|"
    r"steueridentifikationsnummer|steuernummer|sozialversicherungsnummer|rentenversicherungsnummer|"
    r"führerschein(?:nummer)?",
    r"codice fiscale|passaporto|(?:numero (?:della )?)?carta d['\u2019]identità|tessera sanitaria|patente",
    r"cpf|nif|número de contribuinte|contribuinte|cartão de cidadão|passaporte|número de identificação|"
    r"carta de condução|cnh|niss|segurança social|bilhete de identidade",
)
CARD_CUES = (
    r"(?:(?:credit |debit |bank )?card(?: number| no)?|visa|mastercard|amex|american express|"
    r"número de (?:la )?tarjeta|tarjeta(?: de crédito| de débito)?|numéro de (?:la )?carte|"
    r"carte(?: bancaire| de crédit| bleue)?|kartennummer|kreditkarte(?:nnummer)?|karte|"
    r"numero (?:della )?carta|carta(?: di credito| di debito)?|número do cartão|cartão(?: de crédito)?)"
    # not a loyalty or a customer card ("o número do cartão de cliente", "numero della carta fedeltà"):
    # the harmless cue read at the card's own word says so
    r"(?!\s+(?:de |da |do |del |della |di )?(?:cliente|fidelidade|fidelização|sócio|fedeltà|fidelidad|"
    r"puntos|socio|fidélité|membre|client|adhérent|punti|loyalty|membership|rewards|points)\b)",
)
# Acronyms that are also ordinary words in lower case ("sin" is Spanish "without", "tan" English),
# so said only in capitals.
CAPITAL_SECRET_CUES = r"TAN|PIN"  # noqa: S105 - cue words, not a password
CAPITAL_ID_CUES = r"SIN|RG|NIR|NIE|DNI|NIF"
CAPITAL_ACCOUNT_CUES = r"ABI|CAB"  # an Italian bank's and branch's codes
# Said after a value: "5521, that's my PIN", "4321 es mi PIN", "c'est mon code".
_COPULA = (
    r"that['\u2019]s|that is|it['\u2019]s|it is|is|was|which is|as|es|era|que es|c['\u2019]est|est|"
    r"était|qui est|ist|war|das ist|è|che è|é|que é"
)
# A clause's "is", in the six languages: two between a harmless word and a value say the word's
# clause had its own predicate before the value's began.
_VERB_BE = re.compile(r"\b(?i:is|was|are|es|era|est|était|ist|war|sind|è|é|sono|são|son)\b")
_POSSESSIVE = (
    r"my|the|our|his|her|their|mi|el|la|su|mon|ma|le|la|mein|meine|meinen|die|der|das|il mio|la mia|"
    r"il|o meu|a minha|o|a"
)
# The words between a cue and its value: a few, in the same sentence, no digit ("the security code
# on the back of the card is 123"); a turn boundary counts as a space, so the agent's question
# ("and your PIN?") is a cue for the answer. A "!" inside a word ends no sentence ("FRITZ!Box"); a
# code's letters and digits together are a word ("the serial is 4C0 7718 2203 9").
MAX_GAP_WORDS = 10
_GAP = (
    rf"(?:[\s,:;'\u2019\-\u2013\u2014\"?()]+(?=[^\s]*?[^\W\d_])(?:[^\s.!?;,:()]|!(?=[^\W\d_]))+)"
    rf"{{0,{MAX_GAP_WORDS}}}"
    r"[\s,:\-\u2013\u2014'\u2019\"?()#]*$"  # "PIN is #4471": a number's sign between
)
TURN = "\n"


def _alternatives(cues: tuple[str, ...]) -> str:
    return "|".join(f"(?:{cue})" for cue in cues)


def _cue(kind: str, cues: tuple[str, ...], capitals: str = "") -> str:
    """A kind's cue words, whole words; its acronyms in capitals, unless just after a number, inside
    a code ("sinistre 2024 SIN 00419")."""
    case_blind = rf"(?i:\b(?:{_alternatives(cues)})\b)"
    said = f"(?:{case_blind}|(?<!\\d )(?<!\\d-)\\b(?:{capitals})\\b)" if capitals else case_blind
    return f"(?P<{kind}>{said})"


_ANY_CUE = "|".join((
    _cue("phone", PHONE_CUES),
    _cue("tail", TAIL_CUES),
    _cue("harmless", HARMLESS_CUES, CAPITAL_HARMLESS_CUES),
    _cue("secrets", SECRET_CUES, CAPITAL_SECRET_CUES),
    _cue("national_ids", ID_CUES, CAPITAL_ID_CUES),
    _cue("bank_accounts", ACCOUNT_CUES, CAPITAL_ACCOUNT_CUES),
    _cue("cards", CARD_CUES),
    _cue("weak", WEAK_SECRET_CUES),  # last: "codice fiscale" is an id, not a "codice"
))  # fmt: skip
_CUES = re.compile(_ANY_CUE)
_WORD = re.compile(r"[^\W\d_]+")
_GAP_TO_END = re.compile(_GAP)
# ... or just after it: "372 on the back", "155788345 for the routing", "1200 euros".
_SAID_AFTER = re.compile(
    rf"(?:[\s,.]*(?i:{_COPULA}|for|on|at|para|pour|für|per)\s+|\s+)(?:(?i:{_POSSESSIVE})\s+)?(?:{_ANY_CUE})"
    rf"|\s+(?P<rate>(?i:{RATE_AFTER})\b)|\s+(?P<tail_after>(?i:{TAIL_AFTER})\b)"
)
_SECRET = ("secrets", "weak")
_HARMLESS = frozenset({"harmless", "phone", "tail", "rate", "tail_after"})


def _fits(kind: str, digits: int | None) -> bool:
    """Whether a phone word or a card's ending can name a value of ``digits`` digits (None: a code)."""
    if digits is None:
        return True
    if kind == "phone":
        return digits >= MIN_PHONE_DIGITS
    return digits <= MAX_TAIL_DIGITS if kind in ("tail", "tail_after") else True


_STREET_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w'\u2019-]+|[NSEW]\.?|\d{1,3}(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|"
    r"Way|Court|Ct|Place|Pl|Square|Sq|Close|Crescent|Terrace|Parkway|Highway|Hwy)\b"
)
# "Passport no. X123", "n° 123": an abbreviation's dot does not end the sentence.
_INNER_DOT = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
_ABBREVIATION_DOT = re.compile(r"\b(no|nr|núm|num|n|nº|n°|tel|ref)\.", re.IGNORECASE)


_WORD_START = re.compile(r"\b\w")


def _cues_in(text: str) -> list[re.Match[str]]:
    """``_CUES.finditer`` tried at word starts only, where every cue begins: the same matches, some
    five times faster, since the alternation of every cue is tried at a fifth of the positions."""
    found: list[re.Match[str]] = []
    end = 0
    for start in _WORD_START.finditer(text):
        if start.start() >= end and (cue := _CUES.match(text, start.start())):
            found.append(cue)
            end = cue.end()
    return found


class Cues:
    """The cue words of a text, found once; ``before`` answers for each value in it."""

    def __init__(self, text: str) -> None:
        # "Passport no. X123": the abbreviation's dot becomes a space, so it does not end the sentence.
        self.text = _ABBREVIATION_DOT.sub(r"\1 ", text)
        # "kate.morrow91": a dot inside a word ends no sentence either (same length: offsets hold)
        self.text = _INNER_DOT.sub("-", self.text)
        # "Did you get the quote?" "I did. 1200": a short yes opening the answer does not end its clause
        self.text = clauses.ACKNOWLEDGED.sub(lambda m: m.group(0)[:-1] + " ", self.text)
        self.found = _cues_in(self.text)

    def before(self, position: int, digits: int | None = None) -> list[str]:
        """What the cues before ``position`` say the value there is, nearest first, up to the first
        harmless one ("order 44812"), then only the secrets' cues beyond it in the value's clause,
        which outweigh it ("the security code for the room is 4471"), or whose predicate it is ("the
        PIN is my birthday, 0904"): a cue that does not fit the value (a "card" cue for four digits
        in "the PIN for my debit card is 1234", a phone word for ``digits`` too few for a phone) gives
        way to the one before it. "weak": a secret, if a number (``WEAK_SECRET_CUES``)."""
        kinds: list[str] = []
        harmless: re.Match[str] | None = None
        for cue in reversed([c for c in self.found if c.end() <= position]):
            if not _GAP_TO_END.fullmatch(self.text, cue.end(), position):
                break
            kind = next(kind for kind, words in cue.groupdict().items() if words)
            predicate = bool(
                harmless is not None
                and kind in ("secrets", "weak")
                and clauses.PREDICATE.fullmatch(self.text, cue.end(), harmless.start())
            )
            if (
                not predicate
                and kind == "weak"
                and len(_WORD.findall(self.text, cue.end(), position)) > WEAK_GAP_WORDS
            ):
                continue
            if not _fits(kind, digits):
                continue
            if harmless is not None and harmless.lastgroup == "tail":
                break  # a card's ending is its last digits, whatever the clause says of the card
            if kind in _HARMLESS:
                kind = "harmless"
            if kind == "harmless" and len(_VERB_BE.findall(self.text, cue.end(), position)) > 1:
                continue  # "my login for the patient portal is my email and the pass is ...": its own clause
            if harmless is None:
                kinds.append(kind)
                harmless = cue if kind == "harmless" else None
            elif kind != "harmless" and (
                predicate or not re.search(r"[,;:\n]", self.text[cue.end() : position])
            ):
                kinds.append(kind)  # in the same clause as the value
        subject = self._subject(position) if kinds[:1] == ["harmless"] else None
        if subject == "harmless":
            return kinds[:1]  # "the alarm company's phone is ...": the head of the subject says what it is
        return [*kinds, subject] if subject else kinds  # "the alarm code on the 3rd floor is 5520"

    def _subject(self, position: int) -> str | None:
        """The secret a value is said to be, named at the head of its clause's subject ("The alarm
        code at the office on the 3rd floor is", "Il codice del portone, quello del palazzo, è"):
        what the words after the head describe is where it is, not what it is."""
        head = clauses.subject_head(self.text, position, MAX_GAP_WORDS)
        if head is None:
            return None
        start, end = head
        named = [c.lastgroup for c in self.found if start <= c.start() < end]
        if any(kind in _HARMLESS for kind in named):
            return "harmless"
        return next((kind for kind in named if kind in _SECRET), None)


# What verifies a caller, in a name that holds no other secret's cue ("security_answer", "Geheimfrage").
_VERIFYING = re.compile(r"(?i:secur|segur|sécur|sicher|secret|geheim|verif)")


def names_a_secret(text: str) -> bool:
    """Whether ``text``, a name given to a value, names a secret or a sensitive number ("PIN", "card
    number", "código de acceso", "security answer"), as opposed to nothing or only something harmless
    ("guest count", "phone number", "order number")."""
    named = Cues(f"{text} is ").before(len(text) + 4)
    return bool(_VERIFYING.search(text)) or any(kind != "harmless" for kind in named)


def speaks_of_a_secret(text: str) -> bool:
    """Whether any cue of ``text`` names a secret or a sensitive number, wherever it is ("they want my
    social for the claim"), not only the one nearest its end (``names_a_secret``)."""
    return any(cue.lastgroup not in _HARMLESS for cue in _cues_in(text))


def said_after(text: str, end: int, digits: int | None = None) -> str | None:
    """The kind the words just after a value say it is ("5521, that's my PIN"); a street after it
    ("221B Baker Street") says it is an address."""
    if _STREET_AFTER.match(text, end):
        return "harmless"
    found = _SAID_AFTER.match(text, end)
    if not found:
        return None
    kind = next(kind for kind, words in found.groupdict().items() if words)
    if not _fits(kind, digits):
        return None
    return "harmless" if kind in _HARMLESS else kind
