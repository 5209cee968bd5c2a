"""What kind of value a search question asks for, and whether a memory holds one (``ranking``).

A question asking *how many*, *how much*, *how old* or for a price, a size or a score is answered only
by a memory that holds a number, written or spoken in any of the greeting's languages
(``sensitive_numbers.number_runs``); one asking for a code, a number or a date of birth ("what is the
alarm code", "what is his VAT number") only by a memory holding a code or two digits or more (a
redaction label holds none: an access code is never told); one asking for an amount of money ("how much
did he pay", "what was the quote") only by a memory holding a number with its currency, or a number in a
memory naming a fee, a deposit or a price; one asking for a name ("what's her grandson's name", "what is
the dog called", "what is her surname") only by a memory naming someone or something other than the ones
the question names; one asking for a phone number only by a memory holding seven digits or more; one
asking for an email address only by a memory that holds one, one asking for a website only by a memory
holding a web address, and such memories answer them whatever else they share; one asking *who* only by
a memory naming someone (a name the caller's memories write inside a sentence, "with Davide", wherever
it is written); one asking *when* something is only by a memory naming a day or a time, in any of the
greeting's languages (not one asking when the caller called: every memory carries its call's day), and
one asking *what time* only by a memory naming an hour, not a day alone; one asking for a weight, a
height, a dose or an interest rate only by a memory holding its unit (a width, a depth or a thickness
too), and *how much is* something by an amount of money; one naming the kind of identifier it asks for
("his policy number") only by a memory naming that kind; one asking for the name of someone the caller
knows ("her partner's name") or who someone is to them ("who is her employer") not by the caller's own,
nor the agent's, and one asking for the name of a relative or of someone by their role ("her daughter's
name", "the plumber's name") only by a memory giving a name beside the relation ("her daughter Efua",
"the plumber, Ravi"; ``relatives``); one asking which firm or make ("which bank", "what brand is the
fridge") only by a memory naming one; one asking how many, how old or what size not by the numbers of a
day or a time ("Mochi's exam on December 3" to "how old is Mochi"). A question asking for a secret
("what's the gate code", "his PIN") is answered by nothing at all: redaction keeps every secret out of
memory (``ASKS_SECRET``, read by ``search``). A memory about the same thing without such a value ("she
asked about the sofa" to "how much did he pay for the sofa") is about the question's subject but does
not answer it, and an agent told it might answer with it. This is the expected-answer-type test of
question answering, kept to the types a word decides reliably.
"""

from __future__ import annotations

import re

from agentic_memory.greeting_words import MONTH_NAMES, WEEKDAY_NAMES
from agentic_memory.memory_terms import terms
from agentic_memory.question_dates import NAMES_A_TIME
from agentic_memory.relatives import names_relative, relation_asked
from agentic_memory.sensitive_numbers import number_runs

ASKS_NUMBER = re.compile(
    r"\bhow (?:many|much|old|long|big|far|often|tall|heavy|large|wide|high|deep)\b"
    r"|\bwhat (?:size|number|percentage|amount|price|fee|cost|score|rating|budget|deposit|total)\b",
    re.IGNORECASE,
)
# A question asking for a secret's value ("what's the gate code", "what is his PIN", "what's the padlock
# combination"): redaction keeps every one out of memory (``sensitive``), so nothing can answer it and
# no memory is told; the agent asks the caller instead (``search``). "What's the door number" asks for
# an address: only codes, PINs and combinations of doors count.
ASKS_SECRET = re.compile(
    r"^\W*(?:what|which|tell me)\b.*\b(?:pin|pin number|password|passcode|passphrase|combination|cvv|cvc|"
    r"security (?:code|answer)|(?:door|gate|garage|alarm|key ?safe|key ?box|lock ?box|padlock|entry|access|"
    r"building|keypad|safe|shed|lobby|wi-?fi) (?:code|pin|combination|password))\b",
    re.IGNORECASE,
)
ASKS_EMAIL = re.compile(r"\be-?mail\b", re.IGNORECASE)
# A question asking for a website ("what is his website address"): answered only by a memory holding a
# web address ("www.crumbandco.co.uk", "crumbandco.com"), not one saying there is a website.
ASKS_WEBSITE = re.compile(r"\b(?:website|web address|web site|url)\b", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"\bwww\.|\b[\w-]+\.(?:com|org|net|co\.uk|uk|ie|es|fr|de|it|pt|eu|io|shop)\b")
# A question asking for a code or an identifier's value ("what is her VAT number", "which code opens the
# side gate", "what's his date of birth"): answered only by a memory holding one, two digits or more or
# letters and digits together; a redaction label ("the key safe code is [secret]") holds none.
ASKS_CODE = re.compile(
    r"^\W*(?:what|which)\b.*\b(?:numbers?|(?<!dress )codes?|pin|id|reference|postcode|zip|date of birth|"
    r"birthday|registration|reg|plate|serial)\b",
    re.IGNORECASE,
)
_ASKS_BIRTH = re.compile(r"\b(?:date of birth|birthday|born)\b", re.IGNORECASE)
# A date or a time written in a memory (what ingestion writes, "on 2026-10-28", "(due Tuesday, December
# 8, 2026)", and what a summary says, "November 29 at 10:30 AM"): no code's value.
_MONTHS = "|".join(
    sorted({m for names in MONTH_NAMES.values() for m in names.split()}, key=len, reverse=True)
)
_DATE_OR_TIME = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|(?i:\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})(?:\s+(?:de\s+)?\d{{4}})?\b)"
    r"|\b\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\b\.?)|\b\d{1,2}[:h]\d{2}\b"
)
# A question asking for an amount of money ("how much did he pay", "what was the quote"): answered only
# by a memory holding an amount, a number with its currency ("£1,450", "120 euros", "ninety-five dollars")
_MONEY = (
    r"price|fee|fees|cost|costs|budget|deposit|pay|paid|charge|charged|quote|quoted|rent|spend|spent|owe|owes|"
    r"refund|bill"
)
# "How much is the family membership", "how much was her pension": what something is or was, in money
# (not "how much is he eating", "how much does he weigh").
ASKS_AMOUNT = re.compile(
    # not which ones are paid ("which staff are paid by the hour"): them, not an amount
    rf"^\W*(?:how much|what|which)\b(?!\s+\w+\s+(?:are|is|were|was|get|gets|got)\s+paid\b).*\b(?:{_MONEY})\b"
    r"|^\W*how much (?:is|was|are|were|does|did|do|will)\b(?!.*\b(?:\w+ing|weigh\w*)\b)",
    re.IGNORECASE,
)
# ... or a number said as one: "the term fee is two thousand four hundred rand" (a currency not listed).
_MONEY_WORD = re.compile(rf"\b(?:{_MONEY})\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₹]|\b(?i:usd|eur|gbp|chf|r\$))\s?$")
_CURRENCY_AFTER = re.compile(
    r"\s?(?:[$€£¥₹]|(?i:dollars?|bucks|pounds?|quid|euros?|cents?|pence|francs?|pesos|reais|real|libras?|"
    r"dólares|livres|sterline|franken|usd|eur|gbp|chf|k)\b)"
)
_CENTS_READ = re.compile(r"\s(?i:cents)$")
# A question asking for a name ("what's her grandson's name", "what is the dog called", "what is her
# surname"): answered only by a memory naming someone or something, a capitalised word inside a
# sentence or after "name", other than those the question names.
ASKS_NAME = re.compile(
    r"^\W*what(?:['\u2019]s|s| is| was| are)?\b.*(?:\b(?:sur)?names?\b|\bcalled\W*$)", re.IGNORECASE
)
# A question asking for a phone number ("what is Phil's phone number", "which mobile should we ring"):
# answered only by a memory holding seven digits or more in one run, the fewest a phone number has.
ASKS_PHONE = re.compile(r"\b(?:phone|mobile|cell|landline|telephone)(?: number)?\b", re.IGNORECASE)
_PHONE_DIGITS = 7
# A question asking for an identifier that is never short ("what is the boiler's serial number", "his
# licence number", "her booking reference", "which flight is she on"): answered only by a memory
# holding letters and digits together ("LN19 XKP", "QF7K2M", "IB 3710") or four digits or more ("4 4 7
# 1"), not by an age, a room or a count.
ASKS_IDENTIFIER = re.compile(
    r"\b(?:serial|registration|reg|reference|ref)\b|^\W*which flight\b"
    # the number of these, not which one ("which membership did he take": the five-day one)
    r"|\b(?:membership|licen[cs]e|policy|tracking|passport|flight)\s+(?:number|no|id)\b",
    re.IGNORECASE,
)
_ID_DIGITS = 4
# A question naming the kind of identifier it asks for ("what's his policy number", "the guitar's serial
# number", "the learner's permit number"): answered only by a memory that names that kind too, or calls
# its value "your reference" plainly. "Claim number: 24-AC-55187" holds an identifier, not the policy's.
# Not the kinds a value is known by its shape (a phone number, a postcode) or a house's door number.
_ASKS_KIND = re.compile(
    r"^\W*(?:what|which)\b.*?\b(?P<kind>[a-z]+)\s+(?P<head>number|no|id|reference|code)\b", re.IGNORECASE
)
_NO_KIND = frozenset(
    {"the", "his", "her", "their", "its", "a", "an", "which", "what", "s", "phone", "mobile", "cell"}
    | {"telephone", "contact", "door", "house", "dress", "post", "zip", "area"}
)
_MIXED = re.compile(r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]*[A-Za-z0-9](?![\w-])")
# A question counting things ("how many bedrooms does the flat have"): answered only by a memory that
# names the things counted ("a three-bedroom flat", "three bedrooms"), or what they hold ("how many
# sacks of mulch": "twenty bags of mulch"), not by any number. People are counted under many names
# ("how many guests": "a table for fourteen", "14 people"): any number answers those.
ASKS_COUNT_OF = re.compile(
    r"\bhow many\s+(?:more\s+)?(?:of\s+(?:the|her|his|their)\s+)?"
    r"(?!(?:people|persons|guests|adults|attendees|diners|covers|of)\b)(?P<thing>[^\W\d_][\w'\u2019-]*)"
    r"(?:\s+of\s+(?P<held>[^\W\d_][\w'\u2019-]*))?",
    re.IGNORECASE,
)
# A question asking for a measure ("how heavy is Bramble", "how tall is he", "what dose of metformin does
# he take", "what's the interest rate on the loan"): answered only by a memory holding its unit, a
# weight, a length, a dose or a percentage; another number ("Golden retriever Bramble, 7") is something
# else. An exchange rate ("at a rate of 1.37") has no unit: only an interest rate asks for a percentage.
_MEASURES = (
    (
        r"\bhow heavy\b|\bweight\b|\bhow much does \w+(?: \w+)? weigh\b",
        r"\b(?:kgs?|kilos?|kilograms?|lbs?|pounds?|stone|grams?)\b|\d\s?(?:kg|lb|g)\b",
    ),
    (
        r"\bhow (?:tall|high)\b|\bheight\b",
        # a building's height in floors ("eighteen floors of offices", "a six-storey block")
        r"\b(?:cm|centimet(?:er|re)s?|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|floors|stor(?:e)?ys?)\b"
        r"|\d\s?(?:cm|m|ft)\b|\d['\u2019\"]",
    ),
    (
        # a width, a depth or a thickness, in the greeting's languages' units ("ninety centimetres",
        # "eleven mil", "2.65 metres", "32 by 16"): "fit three bay window units" says no width
        r"\bhow (?:wide|deep|thick)\b|\b(?:width|depth|thickness)\b",
        r"\b(?:mm|cm|mil|mils|millimet(?:er|re)s?|centimet(?:er|re)s?|met(?:er|re)s?|feet|foot|ft|inch(?:es)?|"
        r"yards?|mil[ií]metros?|cent[ií]metros?|metros?|pulgadas?|pies|millimètres?|centimètres?|mètres?|"
        r"pouces?|pieds|millimeter|zentimeter|zoll|millimetri|centimetri|metri|pollici|polegadas?|pés)\b"
        r"|\d\s?(?:mm|cm|m|ft|in)\b|\d['\u2019\"\u2032\u2033]|\d\s?(?:x|\u00d7|by|por|sur|mal)\s?\d"
        r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty)[\w-]*"
        r" by \w",
    ),
    (
        r"\bwhat (?:dose|dosage)\b",
        r"\d\s?(?:mg|mcg|µg|ml|g|iu)\b|\b(?:milligrams?|micrograms?|millilit(?:er|re)s?|units?|tablets?|"
        r"pills?|puffs?|drops?|capsules?)\b",
    ),
    (r"\binterest rate\b|\bwhat (?:percentage|apr)\b", r"%|\bper ?cent\b|\bpercent\b|\bapr\b"),
)
_ASKS_MEASURE = [(re.compile(asked, re.I), re.compile(unit, re.I)) for asked, unit in _MEASURES]
_DATE_IN_FIGURES = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b")
# What ingestion writes before an open item ("Open after the call on 2026-10-28 (due Tuesday, December 8,
# 2026): …", ``call_memory``): the call's day and the item's, and its "due" is no Italian two.
_OPEN_ITEM_STAMP = re.compile(r"Open after the call on [\d-]+(?: \(due [^)]*\))?:")
# A question asking how many, how old, how big or what size: a day's or a time's numbers answer none
# ("How old is Mochi?" is not answered by "Mochi's exam on December 3").
_ASKS_COUNT = re.compile(r"\bhow (?:many|old|big|tall|heavy|wide|high|deep|far)\b|\bwhat size\b", re.I)
# A question asking what size is answered by a size said in words too ("large gloves", "an XL").
_ASKS_SIZE = re.compile(r"\bwhat size\b", re.I)
_SIZE_SAID = re.compile(
    r"\b(?i:(?:extra[- ])?(?:small|large)|medium|petite|king[- ]size|queen[- ]size)\b|\b(?:XX?S|XX?X?L)\b"
)
_NAMED = re.compile(
    r"\b(?i:names?|named|called)\b\s*(?::|(?i:is|was))?\s*(?P<name>[A-Z\u00c0-\u00de][\w'\u2019-]*)"
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")  # "Leah's" names Leah
_CODE = re.compile(r"(?<![\w-])(?=[\w-]*\d)[A-Za-z0-9][\w-]*[A-Za-z0-9](?![\w-])")
# A question asking when something is or was, or at what time ("when is the ceremony", "what time does
# his mother pick him up"): answered only by a memory naming a day or a time, in any of the greeting's
# languages ("el lunes 9 de noviembre", "à quinze heures", "9h30"). Not one asking when the caller called
# or spoke to us: every memory carries the day of its call.
ASKS_TIME = re.compile(r"^\W*(?:when|what time|what day|which day|what date|on what day)\b", re.IGNORECASE)
# ... and one asking what time ("what time does the B2 exam start") only by a memory naming an hour, not
# a day alone ("Open after the call on 2026-11-28 (due Tuesday, December 22, 2026): B2 exam"): a clock
# time, "at five", "after three", noon, a part of the day, in any of the greeting's languages.
# Not one asking what holds now ("what time is her class now"): a change said without its hour ("moved
# her weekly class") must not leave the old hour first.
_ASKS_HOUR = re.compile(r"^\W*(?:at )?what time\b(?!.*\b(?:now|currently|new|still)\b)", re.IGNORECASE)
# The words of an hour and of noon in the six languages, read by both ``_HOUR_SAID`` and ``_TIME_SAID``.
_HOUR_WORDS = r"heures?|uhr|ore|horas?|midi|mediodía|mittag|mezzogiorno|meio-dia"
_HOUR_SAID = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\b\.?)|\b\d{1,2}[:h.]\d{2}\b|\b\d{1,2}\s?h\b|"
    # an hour said in words before its a.m. or p.m. ("seven-fifteen a.m.", "six thirty pm")
    r"\b(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:[- ][a-z]+)?\s+(?i:[ap]\.?m)\b|"
    r"\b(?i:noon|midday|midnight|o['\u2019]clock|half past|quarter (?:past|to)|morning|afternoon|evening|"
    rf"tonight|lunchtime|{_HOUR_WORDS}|mañana|matin|"
    r"après-midi|soir|vormittag|nachmittag|abend|mattina|pomeriggio|sera|manhã|tarde|noite)\b"
)
_AROUND_AN_HOUR = re.compile(r"\b(?i:after|before|around|by|until|till|from|between)\s+$")
_ABOUT_THE_CALL = re.compile(
    r"\b(?:call|called|calls|ring|rang|phone|phoned|contact|contacted|touch|speak|spoke|talk|talked)\b",
    re.IGNORECASE,
)
_TIME_WORDS = " ".join([*WEEKDAY_NAMES.values(), *MONTH_NAMES.values()]).replace("-feira", "").split()
_TIME_SAID = re.compile(
    # "deliveries on Mondays": a weekday said of every week is a day too
    rf"\b(?i:(?:{'|'.join(sorted(set(_TIME_WORDS), key=len, reverse=True))})s?|{_HOUR_WORDS}|"
    r"mañana|demain|morgen|domani|amanhã|aujourd['\u2019]hui|hoy|heute|oggi|hoje)\b"
    r"|\b\d{1,2}\s?h\s?\d{0,2}\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}/\d{1,2}\b|"
    # a day of the month said alone: "prêtes le 18", "lista el día 20", "am 18.", "ready on the 20th"
    r"\b(?i:le|el|el día|il|am|dia|no dia|the|on the)\s+\d{1,2}(?:st|nd|rd|th|er|º)?\b"
    r"(?![\d,.]\d|\s*(?:%|€|\$|£|(?i:euros?|dollars?|pounds?|percent|por ciento|pour cent)\b))"
)
# A question asking for a street address ("what is her delivery address", "which address should the
# van go to"), and one written: a number, a street's capitalised name and its kind ("14 Harbour View",
# "418 Laurel Ridge Drive"; not "1962 Omega Seamaster"), or a street's word, its name and a number
# ("Calle Sueca 15", "Rua das Flores, 8").
ASKS_ADDRESS = re.compile(r"(?<!web )(?<!website )(?<!e-mail )(?<!email )\baddress\b", re.IGNORECASE)
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'\u2019-]+\s+){0,3}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|"
    r"Dr|Way|Close|Court|Ct|Place|Pl|Crescent|Terrace|Gardens|Row|Hill|View|Walk|Grove|Square|Sq|Mews|Rise|"
    r"Boulevard|Blvd|Parkway|Highway|Hwy)\b"
    r"|\b(?i:calle|avenida|avda|paseo|plaza|rue|avenue|boulevard|via|viale|piazza|corso|rua|travessa|"
    r"largo)\s+(?:(?:de|del|de la|das|dos|da|do|des|du|della|di)\s+)?[A-Z][\w'\u2019-]+,?\s+\d{1,4}"
)
# A question asking for the name of someone the caller knows ("what's her partner's name", "the father's
# name", "what are the boys' names"), or who someone is to them ("who is her employer", "who's the vet"):
# the caller's own name ("First name: Rachel", "it's Bea Nowak, Kai's mum") answers it no more than no
# name does, nor the agent's (``names_someone_else``).
ASKS_ANOTHERS_NAME = re.compile(
    r"^\W*what\b.*(?:['\u2019]s?\s+(?:first |last |middle |sur)?names?\b"
    r"|\bnames? of (?:her|his|their|the)\b)"
    r"|^\W*who(?:['\u2019]s| is| was| are)\s+(?:her|his|their|the)\b",
    re.IGNORECASE,
)
# A question asking which firm, place or product by its kind ("which bank does the business use", "what
# make is the mower", "which school does Valeria go to"): answered only by a memory naming one, a name
# inside a sentence, a model's code ("T120"), or a short note's first word ("Frigidaire top-freezer."),
# other than the ones the question names ("Mountfield ride-on mower." to "what model is the Mountfield").
ASKS_NAMED_THING = re.compile(
    r"^\W*(?:which|what)\s+(?:bank|airline|school|hospital|company|insurer|surgery|gp|practice|shop|store|"
    r"hotel|firm|agency|make|brand|model|club|university|college|carrier|supplier|provider|network|garage|"
    r"vet|clinic|restaurant|church|team)\b",
    re.IGNORECASE,
)
# A name after an article that begins a sentence ("A Frigidaire, top freezer.", "The Mountfield's fine").
_AFTER_ARTICLE = re.compile(r"\b(?:A|An|The|My|Our|Her|His|Their) ([A-Z\u00c0-\u00de][\w'\u2019-]*)")
# At most this many words, a memory is a note ("Frigidaire top-freezer."), whose first word may be a name.
_NOTE_WORDS = 8
# A question asking who: "who teaches him", "who's coming", "whose van is it".
ASKS_PERSON = re.compile(r"^\W*(?:who|whom|whose)\b|\bwho['\u2019]s\b", re.IGNORECASE)
CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w'\u2019-]*")
# A capitalised word inside a sentence ("with Davide", "Mrs. Park"): a name, or a place.
_INSIDE = re.compile(r"(?<=[a-z\u00e0-\u00ff,] )(?!I['\u2019])[A-Z\u00c0-\u00de][a-z\u00e0-\u00ff'\u2019-]+")
_EMAIL = re.compile(r"@|\bat\b.{1,40}\bdot\b", re.IGNORECASE)
# An address written whole ("kasia.nowak@example.pl"), not an "@" alone.
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def names_among(memories: list[str], query: str) -> set[str]:
    """The names the memories use inside a sentence, less the question's own ("who does **Tom** see",
    "what is **Leah**'s mum's name"): a name written once mid-sentence is a name wherever it is
    written, a sentence's first word too."""
    found = {_bare(w) for m in memories for w in _INSIDE.findall(m) if not NAMES_A_TIME.fullmatch(w)}
    return found - names_in(query)


def names_in(text: str) -> set[str]:
    """The capitalised words of ``text``, each without its possessive ("Leah's" is Leah)."""
    return {_bare(word) for word in CAPITALISED.findall(text)}


def _bare(name: str) -> str:
    """A name without its possessive: "Leah's" is Leah."""
    return _POSSESSIVE.sub("", name)


def _names_another(query: str, memory: str) -> bool:
    """Whether ``memory`` gives a name other than the question's own: "First name: Aisha" does not
    answer "what is Aisha's sister's name"."""
    asked = names_in(query)
    return any(_bare(found.group("name")) not in asked for found in _NAMED.finditer(memory))


def names_someone_else(query: str, memory: str, caller: set[str]) -> bool:
    """Whether ``memory`` names someone other than the caller (``caller``: the terms of their names)
    and the ones ``query`` names."""
    named = {_bare(found.group("name")) for found in _NAMED.finditer(memory)} | names_among([memory], query)
    return any(not set(terms(name)) <= caller for name in named - names_in(query))


def _holds_website(memory: str) -> bool:
    return bool(_WEB_ADDRESS.search(_EMAIL_ADDRESS.sub("", memory)))  # an email's domain is no website


def answers_by_kind(query: str, memory: str) -> bool:
    """Whether ``memory`` holds what ``query`` asks for by its kind alone: an email address to a
    question asking for one ("please use kasia.nowak@example.pl" to "what is her email address"), a
    web address to one asking for a website (not an email's domain), a street address to one asking
    for an address ("14 Harbour View, Cobh." to "what is her delivery address"), whatever else they
    share; a caller gives one or two, rarely more."""
    if ASKS_EMAIL.search(query):
        return bool(_EMAIL_ADDRESS.search(memory))
    if ASKS_WEBSITE.search(query):
        return _holds_website(memory)
    return bool(ASKS_ADDRESS.search(query)) and any(
        not NAMES_A_TIME.search(found.group(0)) for found in _STREET_ADDRESS.finditer(memory)
    )  # "at 9 AM", "10 December": a time, not a street


def may_answer(query: str, memory: str) -> bool:
    """Whether ``memory`` holds a value of the kind ``query`` asks for (always, for other questions)."""
    if (ASKS_EMAIL.search(query) and not _EMAIL.search(memory)) or (
        ASKS_WEBSITE.search(query) and not _holds_website(memory)
    ):
        return False
    if not _holds_code_asked(query, memory) or not _names_the_kind_asked(query, memory):
        return False
    if not _holds_measure_asked(query, memory) or not _names_relative_asked(query, memory):
        return False
    if (ASKS_NAME.search(query) and not (_names_another(query, memory) or names_among([memory], query))) or (
        ASKS_NAMED_THING.search(query) and not _names_a_thing(query, memory)
    ):
        return False
    asks_hour = _ASKS_HOUR.search(query)
    asks_when = ASKS_TIME.search(query) and not asks_hour and not _ABOUT_THE_CALL.search(query)
    if (asks_when and not names_a_time(memory)) or (asks_hour and not _names_an_hour(memory)):
        return False
    said = _OPEN_ITEM_STAMP.sub(" ", memory)
    if _ASKS_COUNT.search(query) and not ASKS_AMOUNT.search(query):
        said = _DATE_OR_TIME.sub(" ", said)
    # "a three-bedroom flat": a number in a compound word is a number
    numbers = number_runs(said.replace("-", " "))
    sized = _ASKS_SIZE.search(query) and _SIZE_SAID.search(memory)  # "a pair of large gloves"
    return not (ASKS_NUMBER.search(query) and not sized and next(numbers, None) is None) and _names_counted(
        query, memory
    )


def _names_relative_asked(query: str, memory: str) -> bool:
    """Whether ``memory`` names the relative or the person ``query`` asks the name of, beside the
    relation ("her daughter Efua" to "what's her daughter's name"), when it asks for one."""
    relation = relation_asked(query)
    return relation is None or names_relative(relation, memory)


def _names_a_thing(query: str, memory: str) -> bool:
    """Whether ``memory`` names a firm, a place or a product other than those ``query`` names."""
    if _names_another(query, memory) or names_among([memory], query) or _MIXED.search(memory):
        return True
    if {_bare(name) for name in _AFTER_ARTICLE.findall(memory)} - names_in(query):
        return True
    first = CAPITALISED.match(memory.strip())
    note = len(memory.split()) <= _NOTE_WORDS
    return bool(note and first and _bare(first.group(0)) not in names_in(query))


def _names_an_hour(memory: str) -> bool:
    """Whether ``memory`` names an hour of the day ("at 6 PM", "9h30", "after three", "in the morning")."""
    if _HOUR_SAID.search(memory):
        return True
    return any(
        _AT_AN_HOUR.search(memory, max(0, run.start - 8), run.start)
        or _AROUND_AN_HOUR.search(memory, max(0, run.start - 8), run.start)
        for run in number_runs(memory)
    )


def _holds_measure_asked(query: str, memory: str) -> bool:
    """Whether ``memory`` holds the amount of money, or the measure in its unit, ``query`` asks for."""
    if ASKS_AMOUNT.search(query) and not _holds_amount(memory):
        return False
    return not any(asked.search(query) and not unit.search(memory) for asked, unit in _ASKS_MEASURE)


def _names_counted(query: str, memory: str) -> bool:
    """Whether ``memory`` names what a *how many* question counts ("three bedrooms", "a
    three-bedroom flat"), when it asks one."""
    counted = ASKS_COUNT_OF.search(query)
    if not counted:
        return True
    named = set(terms(memory.replace("-", " ")))
    return any(word and set(terms(word)) <= named for word in counted.group("thing", "held"))


def _holds_date(memory: str) -> bool:
    """A date: a day and its month, a date in figures, or a year ("born 12 March 1984", "1984")."""
    return bool(_DATE_OR_TIME.search(memory) or _DATE_IN_FIGURES.search(memory)) or any(
        _A_YEAR.fullmatch(run.digits) for run in number_runs(memory)
    )


def _holds_code_asked(query: str, memory: str) -> bool:
    """Whether ``memory`` holds the code, the number, the date of birth, the phone number or the
    identifier ``query`` asks for, when it asks for one."""
    if ASKS_CODE.search(query):
        held = _holds_date(memory) if _ASKS_BIRTH.search(query) else _holds_code(memory)
        if not held or (ASKS_PHONE.search(query) and not _holds_phone(memory)):
            return False
    # "who can we contact for a reference": a person, not an identifier
    return not ASKS_IDENTIFIER.search(query) or bool(ASKS_PERSON.search(query)) or _holds_identifier(memory)


def _names_the_kind_asked(query: str, memory: str) -> bool:
    """Whether ``memory`` names the kind of identifier ``query`` asks for, when it names one."""
    asked = _ASKS_KIND.search(query)
    if not asked or asked.group("kind").lower() in _NO_KIND:
        return True
    if re.search(rf"\b(?:your|my|his|her|the|their)\s+{asked.group('head')}\b", memory, re.IGNORECASE):
        return True  # "your reference is B X 4 4 7 1" to "what is her booking reference"
    return bool(set(terms(asked.group("kind"))) & set(terms(memory)))


def _holds_identifier(memory: str) -> bool:
    """An identifier's value: letters and digits together, or four digits or more (dates, times and
    years aside: "Open after the call on 2026-10-28", "put in back in twenty fourteen")."""
    memory = _DATE_OR_TIME.sub(" ", memory)
    return bool(_MIXED.search(memory)) or any(
        len(run.digits) >= _ID_DIGITS and not _A_YEAR.fullmatch(run.digits) for run in number_runs(memory)
    )


def _holds_phone(memory: str) -> bool:
    return any(len(run.digits) >= _PHONE_DIGITS for run in number_runs(memory))


def _holds_amount(memory: str) -> bool:
    """An amount of money: a number, written or spoken, with a currency sign or word beside it, or in
    a memory that says what it is (a fee, a deposit, a quote)."""
    runs = list(number_runs(memory))
    if runs and _MONEY_WORD.search(memory):
        return True
    before = [_CURRENCY_BEFORE.search(memory, max(0, run.start - 4), run.start) for run in runs]
    # "one point one cents": the run reads "cents" as French "cent" (a hundred) and ends after it
    cents = any(_CENTS_READ.search(memory, run.start, run.end) for run in runs)
    return any(before) or cents or any(_CURRENCY_AFTER.match(memory, run.end) for run in runs)


# A year, written or said ("1930", "twenty fourteen", "nineteen sixty-two"): when a thing was made.
_A_YEAR = re.compile(r"(?:19|20)\d\d")
# An hour said after the word that says "at" one, in words or digits: "a las cuatro y cuarto", "às
# nove", "alle cinque", "um halb vier", "at five".
_AT_AN_HOUR = re.compile(r"\b(?i:at|a las|a la|às|alle|dalle|um|vers|gegen)\s+$")


def names_a_time(memory: str) -> bool:
    """Whether ``memory`` names a day or a time, in any of the greeting's languages."""
    if NAMES_A_TIME.search(memory) or _TIME_SAID.search(memory):
        return True
    return any(
        _AT_AN_HOUR.search(memory, max(0, run.start - 8), run.start) or _A_YEAR.fullmatch(run.digits)
        for run in number_runs(memory)
    )


def _holds_code(memory: str) -> bool:
    """A code's or an identifier's value: letters and digits together ("TRV-40718", "D22"), or two
    digits or more, written or spoken ("12", "four four seven one"); a date or a time is none ("Open
    after the call on 2026-10-28", "at 5:30 PM"): a question asking for a birthday wants a date
    (``_holds_date``)."""
    memory = _DATE_OR_TIME.sub(" ", memory)
    return bool(_CODE.search(memory)) or any(len(run.digits) >= 2 for run in number_runs(memory))
