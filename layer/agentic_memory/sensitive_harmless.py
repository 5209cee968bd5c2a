"""What makes a number or a code harmless by its structure: the other half of the default-deny.

A caller's value of 3 digits or more, or a code mixing letters and digits, is a secret unless something
positively says it is harmless: a cue word before or after it (``sensitive_harmless_words``: an
order, a booking, a phone, a unit, a currency), or its own shape, read here: a phone number valid for
``phonenumbers``, a date, a time, a price written with its currency or its cents, a year said as one, an
ordinal, a quantity glued to its unit ("20mg", "10am"), a postcode's shape. Shapes are tried before word
lists because they hold in any language; the month names are the one list, whole words, per language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import phonenumbers

from agentic_memory.sensitive_numbers import Run, spoken_digits
from agentic_memory.sensitive_words import names_a_secret

# Where callers of the six languages the greeting speaks dial from: a number valid there, written as
# one, is a phone number ("+44 20 7946 0958", "06 12 34 56 78", "(415) 555-0132").
_PHONE_REGIONS = ("US", "GB", "ES", "MX", "FR", "DE", "IT", "PT", "BR", "CA")
# A phone number as written: an international prefix, a trunk 0 and groups, parentheses or 3-3-4.
_PHONE_WRITTEN = re.compile(
    r"(?<![\w+])(?:(?:\+|00|(?i:plus)\s)\d[\d ().\-]{6,18}\d|"
    r"\(?0\d{1,4}\)?(?:[ .\-]\d{2,8}|\s?/\s?\d{2,8}){1,5}|"
    r"\(\d{2}\)\s?\d{4,5}-\d{4}|"  # Brazil's area code in brackets: "(11) 98765-4021"
    r"\(\d{3}\)\s?\d{3}[ .\-]?\d{4}|\d{3}[ .\-]\d{3}[ .\-]\d{4})(?![\w])"
)
_DATE = re.compile(
    r"^(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}|\d{1,2}[:h]\d{2}(?::\d{2})?)$"
)
_DECIMAL = re.compile(r"^\d{1,6}[.,]\d{1,2}$|^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$")
# A currency before an amount ("$ 4471") or after it ("4471 €", "340 pesos", "1 249,90 €").
_IN_THOUSANDS = re.compile(r"(?i:\b(?:thousand|mil|mille|mila|tausend)\b|tausend)")
_CURRENCY_BEFORE = re.compile(r"[$€£¥₹]\s?$")
# A clock time said in words, an hour and its minutes ("seven thirty", "eleven-thirty", "four twenty"):
# a time a caller gives, not a code, which is read out digit by digit or in pairs.
_HOUR_WORD = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_SPOKEN_CLOCK = re.compile(
    rf"(?i:(?:{_HOUR_WORD})[\s-]+(?:o['\u2019]clock|fifteen|twenty|thirty|forty|forty-five|fifty))"
)
# An amount or a count said in hundreds ("twenty-eight hundred", "deux mille cent cinquante"): no code
# of four digits or more is (``harmless_number`` asks for four, and one group).
# A run said with one "hundred" as long as a card's number is read out, not an amount (corpus 16's
# "un, quatre-vingt-quinze, …, trois cent cinquante, …", fifteen digits).
_CARD_DIGITS = 13
_HUNDREDS_SAID = re.compile(r"\b(?i:hundred|cientos?|cents?|hundert|cento|centos)\b")
# A year a thing was made, after whose it is or before its make: "his 1986 garage door", "2019 T120".
_OWNED_BEFORE = re.compile(
    r"\b(?i:my|his|her|their|our|your|the|mi|su|mon|ma|son|sa|mein|sein|ihr|il mio|o meu)\s+$"
)
_MAKE_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+|[A-Z]+\d+)\b")
# A number said after a million or a billion goes on with the amount: no code is counted in millions.
_AFTER_A_MAGNITUDE = re.compile(
    r"\b(?i:millions?|billions?|millón|millones|milliards?|milione|milioni|millionen|milliarden|milhão|"
    r"milhões|mil milhões)\s+$"
)
_CURRENCY_AFTER = re.compile(
    r"\s?(?:[$€£¥₹]|(?i:dollars?|dólares|dolares|dollari|bucks|pounds(?! key| sign)|quid|libras?|livres|"
    r"sterline|euros?|cents?|céntimos|centimes|centesimi|centavos|pence|francs?|franken|pesos|reais|rupees?|yen|"
    r"yuan|dirhams?|kronor|kroner|złoty|zloty|usd|eur|gbp|chf|brl|mxn|ars|cop|clp)\b)"
)
MONTH = re.compile(
    r"(?i:\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|setiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|januar|jänner|februar|märz|juni|juli|oktober|dezember|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|"
    r"março|maio|junho|julho|setembro|outubro|novembro|dezembro)\b)"
)
# A month just before a number ("June 2027", "September, 1978", "March 3rd 1981", "mayo de 2024");
# not one a clause ago ("they changed it in June, it's 2486 now").
_MONTH_BEFORE = re.compile(
    rf"{MONTH.pattern}[\s,.]*(?:\d{{1,2}}(?i:st|nd|rd|th)?[\s,.]*)?(?:(?i:de|of|del)\s+)?$"
)
_TOKEN_BEFORE = re.compile(r"[\w]+(?:[/.\-:][\w]+)*[/.\-:]$")
_TOKEN_AFTER = re.compile(r"(?:[/.\-:]\w+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_OF_A_YEAR = re.compile(r"\b(?i:of|von|vom|de|del|di|du|do|da|dal|des)\s+$")
_PLACE_BEFORE = re.compile(r"\b(?i:in|en|à|em|im|a)\s+$")
_PLACE_AFTER = re.compile(r",?\s+[A-Z][a-zà-ÿ]+")
_ENDS_SENTENCE = re.compile(r"\s*(?:[.!?]|$)")
# A year said as what a thing is: "the car's a 2016", "c'est une 2019".
_A_YEAR = re.compile(r"\b(?i:a|an|un|una|une|ein|eine|um|uma)\s+$")
# An amount something is added to ("ninety-nine ninety-five plus the delivery"), a count of things
# ("150 of the business cards", "200 de las hojas").
# A number of things ordered ("we need 2500 leaflets", "quiero 1200 folletos", "wir brauchen 1500 Flyer").
_ORDERED = re.compile(
    r"\b(?i:need|want|order|ordered|buy|bought|print|printed|quiero|necesito|necesitamos|necesitaría|pedí|"
    r"compré|voudrais|veux|besoin de|faudrait|faut|commandé|acheté|brauche|brauchen|bräuchte|bräuchten|"
    r"möchte|bestellt|gekauft|voglio|vorrei|servono|serve|servirebbero|ordinato|comprato|preciso de|"
    r"precisaria de|quero|encomendei|comprei)\s+$"
)
_THINGS_AFTER = re.compile(
    r"\s+(?!(?i:then|and|und|puis|luego|poi|depois|again|first|now|please|bitte|to|for)\b)[^\W\d_]{3,}"
)
# A dose and how often it is taken: "Doliprane 1000 trois fois par jour", "500 twice a day",
# "Ibuprofen 400, dreimal täglich", "Ibuprofeno de 600, cada ocho horas".
_HOW_OFTEN_AFTER = re.compile(
    r",?\s+(?:(?:[^\W\d_]+\s+(?i:times|fois|veces|volte|vezes|mal)|(?i:twice|once))\s+"
    r"(?i:a|per|par|al|am|por|ao|pro)\s+(?i:day|jour|giorno|día|dia|tag|week|semaine|settimana|semana|woche)\b"
    r"|(?i:(?:drei|zwei|ein|vier)mal\s+)?(?i:täglich|am tag)\b"
    r"|(?i:every|cada|a cada|toutes les|ogni|alle)\s+[^\W\d_]+\s+(?i:hours|horas|heures|ore|stunden)\b)"
)
# A departure by its time: "I'm on the 17 42 to Leeds", "le 8h15 pour Lyon".
_THE_BEFORE = re.compile(r"(?i:\b(?:the|el|le|il|o|den|der)\s+)$")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[ :.h]?[0-5]\d")
_DEPARTURE_AFTER = re.compile(r"\s+(?i:to|from|para|de|pour|nach|von|per|da)\s+(?-i:[A-Z])")
_AMOUNT_OR_COUNT = re.compile(r"\s+(?i:plus|zuzüglich|più|of (?:the|those|these|them)|de (?:los|las|ces))\b")
# Two sides of a measure: "1200 by 950", "3 x 4 metres", "120 por 80", "2 mal 3 Meter" (the second side
# is kept as what follows a measure's "by").
_BY_A_SIDE = re.compile(r"\s*(?:\u00d7|(?i:x|by|por|per|sur|mal))\s*\d")
_SIDE_BEFORE = re.compile(r"\d\s*(?:\u00d7|(?i:x|by|por|per|sur|mal))\s*$")
# A street's number before its name ("2250 North Halsted"), a postcode after a street's address and
# before its city ("Bahnhofstraße 5a, 10115 Berlin", "Avenida de la Constitución 31, bajo B, 41001 Sevilla").
_DIRECTION_AFTER = re.compile(r"\s+(?:North|South|East|West|[NSEW]\.?)\s+[A-Z][a-z]")
_ADDRESS_BEFORE = re.compile(
    r"(?i:\b(?:street|road|lane|avenue|drive|calle|avenida|plaza|paseo|rue|boulevard|chemin|allée|"
    r"\w*straße|\w*strasse|\w+weg|\w+platz|\w+allee|\w*gasse|via|viale|piazza|corso|rua|travessa)\b)"
    r"(?:[^.;!?\n]|\.(?=\S))*\d(?:[^.;!?\n]|\.(?=\S))*,\s*$"  # "Rua Augusta 142, 2.º esquerdo, 1100-053"
    # the number first, as English writes it, then the city: "1450 Cedar Ridge Drive, Austin, 78741"
    r"|\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?i:street|st|road|rd|lane|ln|avenue|ave|drive|dr|"
    r"way|close|court|place|crescent|terrace|boulevard|blvd|parkway|highway|hwy)\b[^.;!?\n]*,\s*$"
    # a German street named without its kind: "Am Mühlbach 7a, 82319 Starnberg", "Am Hang 7a, 01099"
    r"|\b(?:Am|An der|Im|In der|Auf der|Zum|Zur)\s+[A-ZÄÖÜ][\wäöüß-]+\s+\d{1,4}[a-z]?,\s*$"
)
# A US ZIP code after its city and state: "Austin, Texas 78765", "Boise, ID 83702-1234".
_US_STATE_BEFORE = re.compile(
    r"[A-Z][a-z]+,\s+(?:[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|"
    r"Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
    r"Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|"
    r"New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|"
    r"Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|"
    r"West Virginia|Wisconsin|Wyoming)\s+$"
)
_ZIP = re.compile(r"\d{5}(?:-\d{4})?")
# A promotion's code: a word in capitals and the discount ("SAVE10", "WELCOME5", "VERANO15").
_PROMO = re.compile(r"^[A-Z]{3,}\d{1,2}$")
_S10 = re.compile(r"(?i:[A-Z]{2})(\d{8})(\d)(?i:[A-Z]{2})")
# An ordinal, a quantity glued to its unit, a time glued to am/pm: "21st", "3e", "20mg", "10am", "5G",
# "12-inch". A single letter after four digits or more is a code's ("the door code is 5170A"), unless
# written small ("1500w", "2000m").
_GLUED = re.compile(
    r"^(?:\d{1,3}-?(?i:st|nd|rd|th|º|ª|o|a|er|ère|e|ème|ten?|g|m|l|h|s|k|x|v|w|p|i)"
    r"|\d{1,6}-?(?:g|m|l|h|s|k|x|v|w|p|i)"
    r"|\d{1,6}-?(?i:st|nd|rd|th|mg|mcg|ml|kg|km|cm|mm|hrs?|min|am|pm|gb|mb|tb|kw|kwh|hz|inch|inches|ft|oz|lbs?))"
    r"(?:-[^\W\d_]+)?$|^(?i:[345]g)$|^\d{1,2}h\d{2}$"
)
# A postcode by its shape: UK ("SW1A 1AA", "M1 1AE"), Canadian ("K1A 0B1"), Dutch ("1012 AB").
_POSTCODE = re.compile(
    r"^(?i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$"
    r"|^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}$",  # Ireland's Eircode ("K67 X2N8")
)


@cache
def _valid_phone(digits: str, written: str) -> bool:
    """Whether ``digits`` make a valid phone number in one of the regions; written with its country's
    "+" (or "plus"), a possible one is enough: no one says "plus" before a PIN, and the numbers kept
    for fiction ("+44 7700 900512", "555-0186") are possible, not valid."""
    international = _INTERNATIONAL.match(written)
    candidates = ["+" + digits] if international else [written]
    if written.startswith("00"):
        candidates.append("+" + digits[2:])
    for candidate in candidates:
        for region in _PHONE_REGIONS:
            try:
                number = phonenumbers.parse(candidate, region)
            except phonenumbers.NumberParseException:
                continue
            possible = international and phonenumbers.is_possible_number(number)
            if possible or phonenumbers.is_valid_number(number):
                return True
    return False


_INTERNATIONAL = re.compile(r"\+|(?i:plus)\s")


def token_start(text: str, start: int) -> int:
    """Where the written token holding a run begins ("2025/0388": at "2025")."""
    found = _TOKEN_BEFORE.search(text, max(0, start - 40), start)
    return found.start() if found else start


def harmless_number(text: str, start: int, end: int, digits: str) -> bool:
    """Whether a run of digits is harmless by its shape or what is glued to it: a phone number, a date
    or a time, an amount (a currency sign, cents, thousands, "plus" after it), a count ("150 of the"),
    a year beside a month, after "of" or "a", a postcode beside its place, a street's number."""
    written = text[token_start(text, start) : _TOKEN_AFTER.match(text, end).end()].strip()  # type: ignore[union-attr]
    # "two hundred and sixty-five thousand": an amount or a count, no code is said so; but a year is
    # ("the garage opens with two thousand and fifteen")
    in_thousands = _IN_THOUSANDS.search(text, start, end) and not _YEAR.fullmatch(digits)
    # "#88137": what a transcript writes for the word "number", an order's or a ticket's; a secret is
    # named by its own word ("PIN #4471" is found by its cue before this is asked)
    if _DATE.match(written) or _DECIMAL.match(written) or in_thousands or text[start - 1 : start] == "#":
        return True
    if _CURRENCY_BEFORE.search(text, max(0, start - 2), start) or _CURRENCY_AFTER.match(text, end):
        return True
    # "list at two million one fifty": the rest of an amount; "seven thirty", "eleven-thirty": a time
    said = text[start:end]
    if _AFTER_A_MAGNITUDE.search(text, max(0, start - 16), start) or _SPOKEN_CLOCK.fullmatch(said):
        return True
    before, after = text[max(0, start - 20) : start], text[end : end + 24]
    if _MONTH_BEFORE.search(before) or MONTH.match(re.sub(r"^[\s,.]*(?:de\s+)?", "", after)):
        return len(digits) <= 4  # "12 March 2024", "el 3 de mayo", "2nd of September, 1978"
    # "die Kontoauszüge von 2023", "the car's a 2016"
    year = _YEAR.fullmatch(digits) and (_OF_A_YEAR.search(text, 0, start) or _A_YEAR.search(before))
    # a postcode with its place: "we're in 60614, Lincoln Park", "Bahnhofstraße 5a, 10115 Berlin"
    # ... or after the address and its place, ending it ("corso Vittorio Emanuele 150, Napoli, 80121.")
    postcode = (len(digits) in (4, 5) or re.fullmatch(r"\d{4}-\d{3}", written)) and (
        _PLACE_AFTER.match(text, end) or _ENDS_SENTENCE.match(text, end)
    )
    postcode = postcode and (
        _PLACE_BEFORE.search(text, 0, start) or _ADDRESS_BEFORE.search(text, max(0, start - 80), start)
    )
    # "twenty-eight hundred", "fourteen hundred and fifty": an amount; not three digits, which a card's
    # security code may be said in ("eight hundred and sixty, the one on the reverse")
    # ("six cent dix-neuf, quatre cent quatre-vingt-deux", in two groups, is a code read out; so is a
    # run as long as a card's number)
    in_hundreds = 4 <= len(digits) < _CARD_DIGITS and len(_HUNDREDS_SAID.findall(said)) == 1
    # "his 1986 wooden garage door", "2019 T120": what year a thing is
    owned = _OWNED_BEFORE.search(before) or _MAKE_AFTER.match(text, end)
    amount_or_year = in_hundreds or bool(_YEAR.fullmatch(digits) and owned)
    said_after = _AMOUNT_OR_COUNT.match(text, end) or _DIRECTION_AFTER.match(text, end)
    said_after = said_after or _HOW_OFTEN_AFTER.match(text, end)
    said_after = said_after or (
        _CLOCK.fullmatch(written) and _THE_BEFORE.search(before) and _DEPARTURE_AFTER.match(text, end)
    )
    said_after = said_after or (_ORDERED.search(before) and _THINGS_AFTER.match(text, end))
    said_after = said_after or _BY_A_SIDE.match(text, end) or _SIDE_BEFORE.search(before)
    postcode = postcode or (
        _ZIP.fullmatch(written) and _US_STATE_BEFORE.search(text, max(0, start - 40), start)
    )
    if year or amount_or_year or postcode or said_after or thing_named(text, start):
        return True
    return 8 <= len(digits) <= 13 and _phone_said(text[start:end])


def _phone_said(said: str) -> bool:
    """Digits said in a phone's groups: 3-3-4 in North America, in the plan's shape ("six one seven,
    five five five, oh one nine two"; a 555 area code is fictional, not a secret); or, valid as a
    number, a trunk 0 and short groups in Europe ("zéro six, quarante-deux, dix-huit, trente, zéro
    cinq", "oh seven seven double oh, nine double oh four five six"). Most runs of 8 to 12 digits are
    a valid number somewhere (77 to 99 % of random ones in these ten regions), so the grouping, not
    validity alone, says a phone."""
    groups = [spoken_digits(group) or "" for group in re.split(r"\s*[,;.]\s*|\s+-\s+", said.strip())]
    sizes = [len(group) for group in groups]
    digits = "".join(groups)
    if sizes in ([3, 3, 4], [1, 3, 3, 4]) and digits[-10] in "23456789" and digits[-7] in "23456789":
        return True  # North America's plan: area and exchange begin with 2-9
    trunk = len(groups) >= 2 and groups[0][:1] == "0" and all(2 <= size <= 6 for size in sizes[1:])
    # Spain's, Portugal's and Italy's numbers have no trunk 0: nine or ten digits in groups of 2 to 4
    national = len(groups) >= 3 and all(2 <= size <= 4 for size in sizes) and len(digits) in (9, 10)
    return (trunk or national) and _valid_phone(digits, digits)


def tracking_number(code: str) -> bool:
    """A postal item's number (UPU S10: two letters, eight digits, a check digit, a country):
    "RR123456785IT"."""
    found = _S10.fullmatch(code.replace(" ", ""))
    if not found:
        return False
    body, check = [int(c) for c in found.group(1)], int(found.group(2))
    remainder = 11 - sum(d * w for d, w in zip(body, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return check == {10: 0, 11: 5}.get(remainder, remainder)


# A UPS parcel's number: "1Z", six characters of the shipper, two of the service, seven of the parcel
# and a check digit, read in groups ("1Z 999 AA1 0123 4567 84"). Its check: UPS's published mod-10
# (odd positions once, even ones twice, a letter as (code - 63) mod 10).
_UPS = re.compile(r"(?<!\w)1Z(?:[ \-]?[0-9A-Z]){16}(?!\w)")


# An email address, written ("maggiedoyle1952@gmail.com") or read out ("maggiedoyle1952 at gmail dot
# com", "arroba", "arobase", "chiocciola", "punto", "point", "Punkt", "ponto"): a contact, not a code,
# whatever digits its name holds.
_EMAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]*\w(?:@|\s+(?i:at|arroba|arobase|chiocciola|ät)\s+)[\w-]+"
    r"(?:\.[\w-]+|\s+(?i:dot|punto|point|punkt|ponto)\s+[\w-]+)+"
)


def email_spans(text: str) -> list[tuple[int, int]]:
    """Where an email address is written or read out."""
    return [found.span() for found in _EMAIL.finditer(text)]


def ups_spans(text: str) -> list[tuple[int, int]]:
    """Where a UPS tracking number is written, its check digit right."""
    spans = []
    for found in _UPS.finditer(text):
        body = re.sub(r"[ \-]", "", found.group(0))[2:]
        total = sum(
            (int(c) if c.isdigit() else (ord(c) - 63) % 10) * (2 if i % 2 else 1)
            for i, c in enumerate(body[:-1])
        )
        if (10 - total % 10) % 10 == int(body[-1]):
            spans.append(found.span())
    return spans


def glued_unit(code: str) -> bool:
    """An ordinal, a quantity or a time glued to its unit ("21st", "20mg", "9h30", "5-mg-Tablette"):
    never a secret, whatever word is before it."""
    return bool(_GLUED.match(code))


def postcode(code: str) -> bool:
    """A postcode's shape, spelled out or written ("S W 1 A, 1 A A", "K1A 0B1")."""
    return bool(_POSTCODE.match(code))


# A phone number named as the caller's number or one to call, right before it: whatever code or
# security question the sentence spoke of first ("you texted me a code but I deleted it, my number's").
_PHONE_NAMED = re.compile(
    r"(?i:\b(?:my (?:old |new |mobile |phone |cell )?number|(?:phone|mobile|cell) number|call me (?:on|at)|"
    r"ring me on|llamar(?:me)? al|mi (?:número|móvil|celular|teléfono)|ligar(?:-me)? para|(?:o )?meu "
    r"(?:número|celular|telemóvel|telefone)|mon (?:numéro|portable|téléphone)|appelez-moi au|"
    r"meine (?:handy|telefon)?nummer|mein (?:handy|telefon)|il mio (?:numero|cellulare|telefono)|chiamami al|"
    # asked to be called or texted there: "text me on", "liga pra mim no", "llámame al"
    r"(?:text|reach|phone) me (?:on|at)|(?:me )?liga(?:-me| pra mim| para mim)? (?:no|para o)|llámame al|"
    r"rappelez-moi au|richiamami al|(?:ruf|rufen sie) mich (?:an )?unter)"
    r"(?:['\u2019]s| is| es| est| ist| è| é| era| was| de (?:teléfono|móvil))?[\s,:(]*)$"
)
# A phone number as written after the words that name one, in any grouping ("612 34 87 90", "(11)
# 98765-4321", "912 345 678"): validity decides, as the words already said it is a phone.
_PHONE_GROUPED = re.compile(r"\(?\+?\d[\d ().\-]{5,20}\d")


def named_phone(text: str, start: int) -> bool:
    """Whether the words right before ``start`` name a phone number ("my old number,", "llamar al")."""
    return bool(_PHONE_NAMED.search(text, 0, start))


def named_phone_spans(text: str, runs: Iterable[Run]) -> list[tuple[int, int]]:
    """Where a phone number the words before it name is said: written in any grouping, or spoken
    ("Meine Nummer ist null eins fünf zwei, drei acht, ..."), valid for ``phonenumbers`` in one of the
    regions the six languages are spoken in. Whatever its shape, a valid number named a phone is one."""
    spans = []
    for run in runs:
        if not named_phone(text, run.start):
            continue
        start = run.start - 1 if text[run.start - 1 : run.start] == "(" else run.start
        written = _PHONE_GROUPED.match(text, start)
        said = text[written.start() : written.end()] if written and written.end() >= run.end else ""
        digits = re.sub(r"\D", "", said) if said else run.digits
        if 7 <= len(digits) <= 15 and _valid_phone(digits, said or digits):
            spans.append((start, max(run.end, written.end() if said and written else run.end)))
    return spans


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Where phone numbers are written in ``text``: a phone's shape, valid for ``phonenumbers`` in
    one of the regions the six languages are spoken in, or as an international number."""
    spans = []
    for found in _PHONE_WRITTEN.finditer(text):
        digits = re.sub(r"\D", "", found.group(0))
        if 7 <= len(digits) <= 15 and _valid_phone(digits, found.group(0)):
            spans.append(found.span())
    return spans


# What makes the value after it part of a thing's name, not a value of its own: a maker's, a line's
# or an airline's capitals ("the WM 8400 X", "UA 938", "SMV 46KX04E"), a brand written in one word with
# an inner capital ("die FritzBox 7590"); an indefinite article, which names a kind of thing ("eine
# WM14N2G1", "a 3080"); a verb of naming ("se llama CasaGarcia_5G", "s'appelle Livebox-A3F2").
# Not capitals inside a code already begun ("GB39 BARC 2045", "19 CD 73 402"): a value's letters.
_MAKER_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?<!\d )(?<!\d-)(?P<maker>[A-Z]{2,4}|[A-Z][a-z]+[A-Z][A-Za-z]*)[ -]?$"
)
_KIND_OR_NAME_BEFORE = re.compile(
    r"(?<!\by )\b(?:a|an|(?i:un|una|une|ein|eine|einen|einem|um|uma|called|named|se llama|s['\u2019]appelle|"
    # and the maker's name after the article: "una Balay 3TS976BA", "ein Miele G 7310"
    r"heißt|si chiama|chama-se|se chama))\s+(?:(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z]))?\s+)?$"
)


# A flight's airline designator with a digit in it, after the word flight: "mon vol, c'est le U2 4826".
_FLIGHT_DESIGNATOR_BEFORE = re.compile(
    r"(?i:\b(?:flight|vol|vuelo|flug|volo|voo)\b)[^.;!?\n]{0,30}(?<![\w-])(?:[A-Z]\d|\d[A-Z])[ -]?$"
)


_TOKEN = re.compile(r"[\w-]+")
_CONNECTED_TO = re.compile(r"\b(?i:connected to|connect to|joined)\s+$")
_IN_THE_LIST = re.compile(r"\s+(?i:in|on) the (?:list|networks?(?: list)?)\b")


def thing_named(text: str, start: int) -> bool:
    """Whether the words right before ``start`` make the value there part of a thing's name, or a
    kind of thing: a model, a flight, a router, a network (``_MAKER_BEFORE``, ``_KIND_OR_NAME_BEFORE``);
    never when those capitals are a secret's own ("PIN 4821")."""
    maker = _MAKER_BEFORE.search(text, max(0, start - 24), start)
    if maker and not names_a_secret(maker.group("maker")):
        return True
    # a Wi-Fi network's name: "I'm connected to VM4471923", "I can see SKY8830F in the list"
    token = _TOKEN.match(text, start)
    listed = token and _IN_THE_LIST.match(text, token.end())
    if listed or _CONNECTED_TO.search(text, max(0, start - 24), start):
        return True
    flight = _FLIGHT_DESIGNATOR_BEFORE.search(text, max(0, start - 60), start)
    return bool(flight or _KIND_OR_NAME_BEFORE.search(text, max(0, start - 24), start))


def harmless_code(code: str) -> bool:
    """Whether a code of letters and digits is harmless by its shape: an ordinal, a quantity or a time
    glued to its unit, a postcode."""
    return bool(_GLUED.match(code) or _POSTCODE.match(code) or _PROMO.match(code) or tracking_number(code))


# A reference a business gives, in its written shape: a few capitals, a dash or a space or not, digits
# ("HX-4471", "CHK-55812", "CLM 30921"); or read out, its capitals spelled before the digits ("H X
# four four seven one"). All digits ("the confirmation code from the app is 718266") stays a one-time
# code: chosen on the development memory sets (a hotel's confirmation code) and the development
# redaction corpus (its one-time codes after "confirmation code", "Bestätigungscode").
_REFERENCE_SHAPE = re.compile(r"[A-Z]{1,4}[- ]?\d{3,8}")
# An airline's or a hotel's booking code: five to eight capitals and digits, both ("QX7RTP", "84KD29");
# a one-time code is digits only.
_BOOKING_CODE = re.compile(r"(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)[A-Z\d]{5,8}")
_SPELLED_CAPITALS = re.compile(r"(?<![\w'\u2019])(?:[A-Z][ .\-]+){2,4}$")
_REFERENCE_NOUN = re.compile(
    r"(?i:\b(?:confirmation|booking|reservation|reference|ref|order|ticket|case|claim|policy|tracking|"
    r"loyalty|membership|member|invoice|confirmación|reserva|referencia|pedido|billete|caso|siniestro|"
    r"póliza|expediente|réservation|référence|commande|billet|dossier|sinistre|contrat|bestätigung\w*|"
    r"buchung\w*|reservierung\w*|referenz\w*|bestellung\w*|ticket\w*|vorgang\w*|schaden\w*|police\w*|"
    r"conferma|prenotazione|riferimento|ordine|biglietto|pratica|sinistro|polizza|confirmação|"
    r"referência|encomenda|bilhete|processo|apólice)\b)"
)
# What a secret's code is for, which no reference noun beside it makes harmless.
_ACCESS_NOUN = re.compile(
    r"(?i:\b(?:door|gate|alarm|access|security|verification|one[- ]time|pin|password|passcode|login|"
    r"sms|text|app|puerta|alarma|acceso|seguridad|verificación|porte|alarme|accès|sécurité|"
    r"vérification|tür\w*|tor\w*|alarm\w*|zugang\w*|sicherheit\w*|verifizierung\w*|porta|allarme|"
    r"accesso|sicurezza|verifica|portão|acesso|segurança|verificação|contraseña|mot de passe|"
    r"passwort|senha)\b)"
)


def reference_code(text: str, start: int, end: int) -> bool:
    """Whether the code at ``start:end`` (or the digits there, read out after spelled capitals) is a
    reference a business gave: its shape, and a reference noun (a booking, an order, a claim, in six
    languages) in its clause and no word of a secret's ("the door code").
    """
    spelled = _SPELLED_CAPITALS.search(text, max(0, start - 12), start)
    written = "".join(spoken_digits(w) or w for w in re.findall(r"\w+", text[start:end]))  # "H X four"
    if spelled:
        start = spelled.start()
    elif not any(shape.fullmatch(written) for shape in (_REFERENCE_SHAPE, _BOOKING_CODE)) and not (
        _REFERENCE_SHAPE.fullmatch(text, start, end)
    ):
        return False
    clause = re.split(r"[.!?;\n]", text[max(0, start - 80) : start])[-1]
    return bool(_REFERENCE_NOUN.search(clause)) and not _ACCESS_NOUN.search(clause)
