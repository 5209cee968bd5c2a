"""What a value is said to be, in the six languages the greeting speaks (en es fr de it pt).

A card number, an IBAN or a national id with a checksum is found by its structure
(``sensitive_values``); a PIN, a gate code, a one-time code or an account number has none, so the only
way to know it is one is what the caller says it is. These are those words, whole words, per kind,
and the words that say a number is harmless (an order, a booking, a phone): the nearest cue before a
value decides, so "my card was charged for order 44812" keeps the order number.

Each list names only words that, said just before a value, make it that kind; "code" alone is not
one ("discount code", "postcode"), "security code" and "gate code" are.
"""

from __future__ import annotations

import re

# A kind's cue words as regular expressions, lower case, matched case-blind and whole-word.
SECRET_CUES = (
    # en: PINs, passwords, card security codes, access codes, one-time codes
    r"pin(?: number| code)?|passwords?|passcode|pass code|passphrase|pass phrase|pass word",
    r"security (?:code|number|digits)|cvv2?|cvc2?|csc|cid|card verification(?: code| value)?",
    r"(?:digits|numbers?|code) (?:on|at|from) the back(?: of (?:the|my) card)?",
    r"(?:access|gate|door|entry|entrance|keypad|alarm|lock ?box|key ?safe|key ?box|garage|building|safe|"
    r"lock|unlock|disarm|alarm system|intercom|buzzer|front door|back door|side gate|combination|"
    r"verification|confirmation sms|one[- ]time|login|log-in|sign[- ]in|authentication|auth|2fa|mfa|"
    r"two[- ]factor|otp|sms|text|reset) codes?",
    r"one[- ]time (?:password|pin|passcode)|otp|combination|code (?:you|they|the bank|it) (?:just )?"
    r"(?:texted|sent|emailed|gave)(?: me| to me)?|code (?:in|from) the (?:text|sms|email|message|app)",
    r"code for the (?:gate|door|alarm|lock ?box|key ?safe|garage|building)",
    r"memorable word|secret word|secret answer|security answer",
    # es
    r"contraseñas?|clave(?: de acceso| secreta)?|nip|código (?:de )?(?:seguridad|verificación|acceso|"
    r"confirmación|pin|cvv|secreto|un solo uso|la alarma|la puerta|del portal|del portón|de la caja de "
    r"llaves|del garaje|de entrada)|(?:tres|3|cuatro|4) (?:dígitos|números) (?:de )?(?:atrás|detrás|del "
    r"reverso|de la parte de atrás)|código que (?:me )?(?:enviaron|mandaron|enviasteis|mandasteis|"
    r"llegó|envió|mandó)",
    # fr
    r"mot de passe|code (?:pin|secret|confidentiel|de sécurité|de vérification|d'accès|d\u2019accès|"
    r"de confirmation|à usage unique|de la porte|du portail|de l'alarme|de l\u2019alarme|de la boîte à clés|"
    r"du garage|d'entrée|d\u2019entrée|de l'immeuble|de l\u2019immeuble|reçu par sms|que vous m'avez envoyé|"
    r"que vous m\u2019avez envoyé)|digicode|cryptogramme(?: visuel)?|(?:trois|3|quatre|4) chiffres (?:au dos|"
    r"derrière)",
    # de
    r"geheimzahl|geheimnummer|passwort|kennwort|zugangsdaten|sicherheitscode|prüfnummer|prüfziffer|"
    r"kartenprüfnummer|bestätigungscode|verifizierungscode|einmalcode|einmalpasswort|zugangscode|"
    r"türcode|torcode|alarmcode|code (?:für|vom|von der) (?:das tor|die tür|die alarmanlage|"
    r"schlüsselkasten|schlüsseltresor|tor|alarmanlage)|schlüsselkasten-?code|schlüsselsafe-?code|"
    r"schlüsseltresor-?code|tan|(?:drei|3|vier|4) (?:ziffern|zahlen) (?:auf der rückseite|hinten)|"
    r"code aus der sms",
    # it
    r"parola d'ordine|parola d\u2019ordine|codice (?:pin|segreto|di sicurezza|di verifica|d'accesso|"
    r"d\u2019accesso|di accesso|di conferma|monouso|del cancello|del portone|dell'allarme|dell\u2019allarme|"
    r"della cassetta delle chiavi|del garage|che mi avete (?:mandato|inviato)|cvv)|"
    r"(?:tre|3|quattro|4) cifre (?:sul retro|dietro)",
    # pt
    r"senhas?|palavra-passe|palavra passe|código (?:de )?(?:segurança|verificação|acesso|confirmação|"
    r"pin|secreto|do portão|do alarme|da porta|da caixa de chaves|da garagem|de entrada|que (?:me )?"
    r"(?:enviaram|mandaram|enviou|mandou))|(?:três|3|quatro|4) (?:dígitos|números) (?:de trás|no verso|"
    r"atrás)",
)
ACCOUNT_CUES = (
    r"(?:bank |checking |savings |current )?account(?: number| no| #)?|acct|checking|savings|"
    r"routing(?: number| no)?|aba(?: number)?|sort code|transit(?: number)?|institution number|bsb|iban",
    r"(?:número de )?cuenta(?: bancaria| corriente| de ahorros)?|clabe",
    r"(?:numéro de )?compte(?: bancaire| courant| épargne)?|rib|code (?:banque|guichet)",
    r"kontonummer|konto|bankkonto|girokonto|sparkonto|bankleitzahl|blz",
    r"(?:numero (?:di|del) )?conto(?: corrente| bancario)?|codice (?:abi|cab)",
    r"(?:número da )?conta(?: bancária| corrente| poupança)?|nib|agência",
)
ID_CUES = (
    r"social security(?: number| no)?|social|ssn|social insurance(?: number)?|passport(?: number| no| #)?|"
    r"national (?:id|insurance|identity)(?: number| card)?|ni number|id (?:number|card)|identity card|"
    r"driver'?s licen[cs]e(?: number)?|driving licen[cs]e(?: number)?|licen[cs]e number|tax (?:id|number)|"
    r"tin|itin|health card(?: number)?|nhs number|medicare(?: number)?",
    r"dni|nie|nif|pasaporte|(?:número de )?pasaporte|documento (?:de identidad|nacional)|cédula|"
    r"seguridad social|curp|rfc|carné de conducir|número de identificación",
    r"(?:numéro de )?sécurité sociale|sécu|nir|carte vitale|passeport|carte d'identité|carte d\u2019identité|"
    r"numéro fiscal|permis de conduire|numéro d'identification|numéro d\u2019identification",
    r"personalausweis(?:nummer)?|ausweis(?:nummer)?|reisepass(?:nummer)?|passnummer|steuer-?id|"
    r"steueridentifikationsnummer|steuernummer|sozialversicherungsnummer|rentenversicherungsnummer|"
    r"führerschein(?:nummer)?",
    r"codice fiscale|passaporto|carta d'identità|carta d\u2019identità|tessera sanitaria|patente",
    r"cpf|nif|número de contribuinte|contribuinte|cartão de cidadão|passaporte|número de identificação|"
    r"carta de condução|cnh|niss|segurança social|bilhete de identidade",
)
CARD_CUES = (
    r"(?:credit |debit |bank )?card(?: number| no)?|visa|mastercard|amex|american express|"
    r"número de (?:la )?tarjeta|tarjeta(?: de crédito| de débito)?|numéro de (?:la )?carte|"
    r"carte(?: bancaire| de crédit| bleue)?|kartennummer|kreditkarte(?:nnummer)?|karte|"
    r"numero (?:della )?carta|carta(?: di credito| di debito)?|número do cartão|cartão(?: de crédito)?",
)
# Acronyms that are also ordinary words in lower case ("sin" is Spanish "without", "tan" English),
# so said only in capitals.
CAPITAL_SECRET_CUES = r"TAN|PIN"  # noqa: S105 - cue words, not a password
CAPITAL_ID_CUES = r"SIN|RG|NIR|NIE|DNI|NIF"
# Words that say a number is harmless: the nearest cue decides, so a harmless one between a sensitive
# cue and the value keeps it.
HARMLESS_CUES = (
    r"orders?|order number|reference|ref|booking|reservation|confirmation number|tracking|invoice|"
    r"receipt|ticket|flight|room|table|phone|mobile|cell|extension|ext|call me|postcode|post code|zip|"
    r"postal code|customer number|member(?:ship)?(?: number)?|loyalty|case|claim|policy|appointment|"
    r"ending(?: in| with)?|last (?:four|4|two|2)|apartment|apt|suite|unit|street|floor|expires?|expiry|"
    r"expiration|valid (?:until|thru|through)|vence|caduca|caducidad|expire|ablauf|läuft|scadenza|"
    r"scade|validade|válido até|"
    r"platform|seat|size|model|serial|version|price|total|euros?|dollars?|pounds?|francs?",
    r"pedido|referencia|reserva|factura|vuelo|habitación|teléfono|móvil|celular|código postal|"
    r"número de cliente|seguimiento|expediente|póliza|cita|terminada en|acabada en|últimos cuatro",
    r"commande|référence|réservation|facture|vol|chambre|téléphone|portable|code postal|numéro client|"
    r"suivi|dossier|contrat|se terminant par|finissant par|quatre derniers",
    r"bestellung|bestellnummer|referenz|buchung|rechnung|flug|zimmer|telefon|handy|postleitzahl|plz|"
    r"kundennummer|sendungsnummer|vorgang|vertrag|endet auf|endend auf|letzten vier",
    r"ordine|riferimento|prenotazione|fattura|volo|camera|telefono|cellulare|cap|codice cliente|"
    r"codice postale|pratica|contratto|che finisce con|ultime quattro",
    r"encomenda|referência|fatura|voo|quarto|telefone|telemóvel|celular|cep|número de cliente|"
    r"rastreamento|contrato|terminado em|últimos quatro",
)
# Said after a value: "5521, that's my PIN", "4321 es mi PIN", "c'est mon code".
_COPULA = (
    r"that['\u2019]s|that is|it['\u2019]s|it is|is|was|which is|as|es|era|que es|c['\u2019]est|est|"
    r"était|qui est|ist|war|das ist|è|che è|é|que é"
)
_POSSESSIVE = (
    r"my|the|our|his|her|their|mi|el|la|su|mon|ma|le|la|mein|meine|meinen|die|der|das|il mio|la mia|"
    r"il|o meu|a minha|o|a"
)
# The words between a cue and its value: a few, in the same sentence, no digit ("the security code
# on the back of the card is 123"); a turn boundary counts as a space, so the agent's question
# ("and your PIN?") is a cue for the answer.
MAX_GAP_WORDS = 6
_GAP = (
    rf"(?:[\s,:;'\u2019\-\u2013\u2014\"]+[^\s\d.!?;,:]+){{0,{MAX_GAP_WORDS}}}[\s,:\-\u2013\u2014'\u2019\"]*$"
)
TURN = "\n"


def _alternatives(cues: tuple[str, ...]) -> str:
    return "|".join(f"(?:{cue})" for cue in cues)


def _cue(kind: str, cues: tuple[str, ...], capitals: str = "") -> str:
    case_blind = rf"(?i:\b(?:{_alternatives(cues)})\b)"
    said = f"(?:{case_blind}|\\b(?:{capitals})\\b)" if capitals else case_blind
    return f"(?P<{kind}>{said})"


_ANY_CUE = "|".join((
    _cue("secrets", SECRET_CUES, CAPITAL_SECRET_CUES),
    _cue("national_ids", ID_CUES, CAPITAL_ID_CUES),
    _cue("bank_accounts", ACCOUNT_CUES),
    _cue("cards", CARD_CUES),
    _cue("harmless", HARMLESS_CUES),
))  # fmt: skip
_CUES = re.compile(_ANY_CUE)
_GAP_TO_END = re.compile(_GAP)
_SAID_AFTER = re.compile(
    rf"[\s,.]*(?i:{_COPULA})\s+(?:(?i:{_POSSESSIVE})\s+)?(?:{_ANY_CUE})",
)
# "Passport no. X123", "n° 123": an abbreviation's dot does not end the sentence.
_ABBREVIATION_DOT = re.compile(r"\b(no|nr|núm|num|n|nº|n°|tel|ref)\.", re.IGNORECASE)


def said_before(before: str) -> str | None:
    """The kind (or "harmless") the nearest cue in ``before`` says the value just after it is."""
    text = _ABBREVIATION_DOT.sub(r"\1", before[-160:])
    last = None
    for last in _CUES.finditer(text):  # noqa: B007 - the last cue is the nearest the value
        pass
    if last is None or not _GAP_TO_END.match(text, last.end()):
        return None
    return next(kind for kind, words in last.groupdict().items() if words)


def said_after(text: str, end: int) -> str | None:
    """The kind the words just after a value say it is ("5521, that's my PIN")."""
    found = _SAID_AFTER.match(text, end)
    if not found:
        return None
    return next(kind for kind, words in found.groupdict().items() if words)
