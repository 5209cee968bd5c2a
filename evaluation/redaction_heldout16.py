"""Held-out redaction corpus 16: callers' turns from voice-agent phone calls, secrets and harmless controls.

Every case is what one caller said in one to three consecutive turns to the voice agent of a bank, shop,
clinic, hotel, insurer, utility, landlord, IT help desk, pharmacy, travel agent, repair service, gym, school,
car dealer, mobile network, pension provider or removal firm, printed the way a speech-to-text engine prints
it. The agent's own questions are left out, so most secrets have to be recognised from the caller's words.
``secrets`` are exact substrings that must be gone after redaction; ``keep`` are exact substrings that must
still be there. Ids are ``h16-<language>-<kind>-NN``, numbered in order within a language and a kind.

The corpus was written without looking at the redaction code and must not be used to tune it. Its contents
are described in ``REDACTION_HELDOUT16.md``. Card numbers pass Luhn, IBANs carry valid mod-97 check digits
(and valid national check digits for ES, FR, IT and PT), US routing numbers pass the ABA checksum, and
SIN, DNI, NIE, CPF, NIF, Steuer-ID, NIR and codice fiscale check digits are correct. Everything is invented.

Deliberate borderline choices: promo and discount codes are harmless; a card's last four digits said to
identify it are harmless; IMEIs pass Luhn like real ones and are still harmless; a corrected, abandoned or
old secret is still a secret; a username or e-mail said beside a password is kept.
"""

from evaluation.redaction_corpus import RedactionCase

_Row = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]


def _tup(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def _c(
    kind: str,
    turns: str | tuple[str, ...],
    secrets: str | tuple[str, ...] = (),
    keep: str | tuple[str, ...] = (),
) -> _Row:
    """One row: kind, the caller's turns, secrets and kept values (a single string stands for one item)."""
    return (kind, _tup(turns), _tup(secrets), _tup(keep))


def _number(language: str, rows: tuple[_Row, ...]) -> tuple[RedactionCase, ...]:
    """Turn one language's rows into cases, numbering the ids from 01 within each kind."""
    counts: dict[str, int] = {}
    cases = []
    for kind, turns, secrets, keep in rows:
        counts[kind] = counts.get(kind, 0) + 1
        cases.append(
            RedactionCase(
                id=f"h16-{language}-{kind}-{counts[kind]:02d}",
                language=language,
                kind=kind,
                turns=turns,
                secrets=secrets,
                keep=keep,
            )
        )
    return tuple(cases)


# English: sensitive
_EN_SENSITIVE: tuple[_Row, ...] = (
    _c(
        "card",
        "Yeah hi, okay so, um, the long number on the front is 4577 4637 0643 3047.",
        "4577 4637 0643 3047",
    ),
    _c(
        "card",
        "It's the Mastercard, hang on, reading it off now, 5312-0326-1446-5560, got that?",
        "5312-0326-1446-5560",
    ),
    _c(
        "card",
        "American Express, it goes 3749 305494 25847, and the name on it is Delphine Okafor.",
        "3749 305494 25847",
        "Delphine Okafor",
    ),
    _c(
        "card",
        "card's 4452940394029070, expiry oh nine twenty-eight.",
        "4452940394029070",
    ),
    _c(
        "card",
        "So it's printed with little dots on the statement, 4794.3454.6157.6820.",
        "4794.3454.6157.6820",
    ),
    _c(
        "card",
        "4949, um, 0410, uh, hold on the light's bad in here, 8537, and 2449.",
        ("4949", "0410", "8537", "2449"),
    ),
    _c(
        "card",
        "Discover, the one with the orange stripe, 6011 1971 0159 5419.",
        "6011 1971 0159 5419",
    ),
    _c(
        "card",
        "It's one of the newer ones that starts with a two, 2404 7198 2411 9559.",
        "2404 7198 2411 9559",
    ),
    _c(
        "card",
        (
            "Okay it's 4170 2365 0806 9578, no wait, that's my work card, they'll kill me. "
            "Use 4813 5118 1306 0105 instead."
        ),
        ("4170 2365 0806 9578", "4813 5118 1306 0105"),
    ),
    _c(
        "card",
        "For order 88214 can you put it on 4624 3290 3831 1248, the name is Priya Raman.",
        "4624 3290 3831 1248",
        ("88214", "Priya Raman"),
    ),
    _c(
        "card",
        ("I'll give you the debit card now, it's the one from the Co-op bank.", "4660 6777 4000 3643."),
        "4660 6777 4000 3643",
    ),
    _c(
        "card",
        "4861316141762633. So that's 4861 3161 4176 2633, in fours.",
        ("4861316141762633", "4861 3161 4176 2633"),
    ),
    _c("cvv", "and the three on the back are 8 1 4.", "8 1 4"),
    _c("cvv", "Security code, um, zero... 0 5 9. Yeah 059.", ("0 5 9", "059")),
    _c("cvv", "The CVC is four oh two.", "four oh two"),
    _c(
        "cvv",
        "On the Amex there's the little four-digit number above the logo on the front, 7316.",
        "7316",
    ),
    _c("cvv", "the last three next to the signature strip, seven seven one.", "seven seven one"),
    _c(
        "cvv",
        ("Okay, and you'll want the bit on the back, let me flip it over, my glasses...", "Six three nine."),
        "Six three nine",
    ),
    _c("cvv", "CVV2 is 288 and the expiry's eleven twenty-seven.", "288"),
    _c("cvv", "It's double five eight, the code.", "double five eight"),
    _c("cvv", "card verification value, it says 940 on mine.", "940"),
    _c("cvv", "The back one, the three digits? 3-2-7.", "3-2-7"),
    _c("cvv", "Oh the security digits, nine hundred and six.", "nine hundred and six"),
    _c("cvv", "For the card ending 4417 the code's 551.", "551", "4417"),
    _c("pin", "My PIN is 4071, I think, yeah, 4071.", "4071"),
    _c("pin", "the number I punch in at the cash machine is 8 8 3 0.", "8 8 3 0"),
    _c("pin", "Voicemail PIN, it's 2-5-9-1-3, I set it up years ago.", "2-5-9-1-3"),
    _c(
        "pin",
        "I made the PIN the year I was born so I wouldn't forget, nineteen seventy-nine.",
        "nineteen seventy-nine",
    ),
    _c(
        "pin",
        "I changed the PIN last week from 6652 to 9104 and now the machine won't take it.",
        ("6652", "9104"),
    ),
    _c("pin", "the SIM PIN that came on the card thing is 0 0 4 7.", "0 0 4 7"),
    _c(
        "pin",
        ("It's asking me for the telephone banking passcode.", "Three, one, one, eight, six, two."),
        "Three, one, one, eight, six, two",
    ),
    _c("pin", "debit card PIN, oh, five, two, six.", "oh, five, two, six"),
    _c("pin", "Pin's 7390, but please don't write that down anywhere.", "7390"),
    _c("access-code", "The gate code is star 4 1 9 0 pound, then it buzzes.", "4 1 9 0"),
    _c("access-code", "For the lockbox on the railing it's 3-8-2-7, the key's inside.", "3-8-2-7"),
    _c(
        "access-code",
        "There's a key safe next to the porch light, the combination is 1 9 9 4, um, yeah.",
        "1 9 9 4",
    ),
    _c(
        "access-code",
        "I'm in flat 14, the entry code downstairs is 5529B, the B's on the keypad.",
        "5529B",
        "flat 14",
    ),
    _c(
        "access-code",
        "When you come in the alarm beeps, you've got thirty seconds, put in 6 0 2 1 and press off.",
        "6 0 2 1",
        "thirty seconds",
    ),
    _c("access-code", "garage keypad is 73 73 then enter, it's a bit sticky.", "73 73"),
    _c(
        "access-code",
        "The padlock on the side gate is one of those dial ones, it's set to 0 8 1 5.",
        "0 8 1 5",
    ),
    _c(
        "access-code",
        "The old door code was 2468 but the landlord changed it to 9135 on Monday.",
        ("2468", "9135"),
    ),
    _c("access-code", "The keypad at reception, it's A, 7, 7, 3, then the hash key.", "A, 7, 7, 3"),
    _c(
        "access-code",
        ("Right, the removal lads will need to get into the car park behind the block.", "It's 4019X."),
        "4019X",
    ),
    _c(
        "access-code",
        "code for the side door is nine four nine four, it's not the front one.",
        "nine four nine four",
    ),
    _c(
        "access-code",
        "the little grey box on the railing, you spin the dials to 3 1 6 2 and it pops open.",
        "3 1 6 2",
    ),
    _c("otp", "The text just came through, it says 482 913.", "482 913"),
    _c("otp", "Okay the code is 7-7-0-4-1-2.", "7-7-0-4-1-2"),
    _c("otp", "it says G-591304 is your verification code, is that the one?", "591304"),
    _c(
        "otp",
        "My authenticator's showing 063 558, oh hang on it just changed, now it's 210 947.",
        ("063 558", "210 947"),
    ),
    _c("otp", "the email says your one-time code is 84 27 19, it expires in ten minutes.", "84 27 19"),
    _c("otp", "I got a message from you guys with six numbers in it, 3 9 1 0 0 6.", "3 9 1 0 0 6"),
    _c(
        "otp",
        ("Yep, I've got the text open now.", "Two nine four, eight eight one."),
        "Two nine four, eight eight one",
    ),
    _c("otp", "The verification number's 51 66 20.", "51 66 20"),
    _c(
        "otp",
        "I got two texts, the first one was 118 402 and then another one, 775 630.",
        ("118 402", "775 630"),
    ),
    _c(
        "otp",
        "the banking app wants me to approve it, it's giving me 9031 1742 to read to you.",
        "9031 1742",
    ),
    _c(
        "password",
        "The password, it's sunflower, all lowercase, then 1987, then an exclamation mark.",
        ("sunflower", "1987"),
    ),
    _c("password", "Wi-Fi key on the back of the router is 7HQK-29LP-MX4D.", "7HQK-29LP-MX4D"),
    _c(
        "password",
        "It's capital T, r, o, u, t, then the number 42, then a hash sign.",
        "capital T, r, o, u, t",
    ),
    _c(
        "password",
        "the passphrase is purple elephant dances quietly, with spaces I think.",
        "purple elephant dances quietly",
    ),
    _c(
        "password",
        "I use BlueHarbor2019 for pretty much everything, which I know I shouldn't.",
        "BlueHarbor2019",
    ),
    _c(
        "password",
        "I changed it from Rosebud77 to Rosebud78 yesterday and it still won't let me in.",
        ("Rosebud77", "Rosebud78"),
    ),
    _c(
        "password",
        "I log in with dana.whitfield@example.com and the password's Tangerine!4.",
        "Tangerine!4",
        "dana.whitfield@example.com",
    ),
    _c(
        "password",
        "it's horse, then the at sign, then battery, then staple, no spaces anywhere.",
        ("horse", "battery", "staple"),
    ),
    _c(
        "password",
        ("Do you need my online banking one as well? The password?", "Okay. Kettle, underscore, Drum, 55."),
        "Kettle, underscore, Drum, 55",
    ),
    _c(
        "password",
        "For the gym app they set me up with GymRat_2024 and told me to change it, which I didn't.",
        "GymRat_2024",
    ),
    _c(
        "password",
        "I sign in with CorvetteSummer91, capital C, capital S.",
        "CorvetteSummer91",
    ),
    _c(
        "password",
        "My Wi-Fi's called Hawthorne_Guest and the key is lemonade-river-47.",
        "lemonade-river-47",
        "Hawthorne_Guest",
    ),
    _c(
        "password",
        "it's Q as in Quebec, 9, Z as in Zulu, L as in Lima, then 3 3.",
        ("Q as in Quebec, 9, Z as in Zulu, L as in Lima", "3 3"),
    ),
    _c(
        "password",
        "It should be the dog's name and my door number, so biscuit... biscuit 214, all one word.",
        ("biscuit", "biscuit 214"),
    ),
    _c("security-answer", "Mother's maiden name is Fairweather.", "Fairweather"),
    _c("security-answer", "First pet, that was a hamster called Nibbles, bless him.", "Nibbles"),
    _c("security-answer", "The school one? St Anselm's Primary.", "St Anselm's Primary"),
    _c("security-answer", "My favourite teacher was Mrs Okonkwo, in year four.", "Mrs Okonkwo"),
    _c("security-answer", "City I was born in, that'd be Dundee.", "Dundee"),
    _c(
        "security-answer",
        ("It'll be the question about my first car.", "Vauxhall Nova."),
        "Vauxhall Nova",
    ),
    _c("security-answer", "the street I grew up on, Larkspur Lane.", "Larkspur Lane"),
    _c("security-answer", "I set the answer to pickles, it's what my first cat was called.", "pickles"),
    _c(
        "security-answer",
        "My mum's maiden name, Szczepanski, S-Z-C-Z-E-P-A-N-S-K-I.",
        ("Szczepanski", "S-Z-C-Z-E-P-A-N-S-K-I"),
    ),
    _c(
        "security-answer",
        "For the birthplace one just put Tobermory, that's what I used.",
        "Tobermory",
    ),
    _c(
        "security-answer",
        "The one about my childhood best friend, the answer's Rufus Pemberton.",
        "Rufus Pemberton",
    ),
    _c(
        "security-answer",
        "um, my nan's, no, my mum's maiden name, sorry, it's Achterberg.",
        "Achterberg",
    ),
    _c(
        "security-answer",
        "Name of my first boss, I put Gordon Haverstock, he ran the chip shop.",
        "Gordon Haverstock",
    ),
    _c(
        "security-answer",
        "The secret question's where my parents met, and I wrote Blackpool Pier.",
        "Blackpool Pier",
        "secret question",
    ),
    _c("bank-account", "Checking account number is 004817392651.", "004817392651"),
    _c("bank-account", "It's a UK account, 41 29 87 06.", "41 29 87 06"),
    _c("bank-account", "savings account, the full number, 7720-118-4439.", "7720-118-4439"),
    _c("bank-account", "My account at the credit union is 5031847, it's Canadian.", "5031847"),
    _c(
        "bank-account",
        "It's the joint one with my husband, 2 6 8 4 0 9 1 5.",
        "2 6 8 4 0 9 1 5",
    ),
    _c(
        "bank-account",
        ("I can give you the account number for the refund if that helps.", "93017755."),
        "93017755",
    ),
    _c(
        "bank-account",
        "Reading it off the cheque book, the account bit is 3310 5574 8821.",
        "3310 5574 8821",
    ),
    _c(
        "bank-account",
        "For invoice INV-20931 take it from account 61930284 please.",
        "61930284",
        "INV-20931",
    ),
    _c("routing", "routing number 293782245, that's Wells, I think.", "293782245"),
    _c("routing", "The ABA is 0 8 0 6 1 8 8 5 2.", "0 8 0 6 1 8 8 5 2"),
    _c("routing", "sort code 20-45-77.", "20-45-77"),
    _c("routing", "sort code is forty, twelve, sixty-six.", "forty, twelve, sixty-six"),
    _c(
        "routing",
        "The transit number is 04512 and the institution is 003, it's a Canadian chequing account.",
        "04512",
    ),
    _c(
        "routing",
        "the nine digits at the bottom left of the cheque, 067633193.",
        "067633193",
    ),
    _c(
        "routing",
        ("The sort code, do you need that first?", "Yeah, 30 94 57."),
        "30 94 57",
    ),
    _c("iban", "My IBAN's GB43 NWBK 0848 2852 6092 09.", "GB43 NWBK 0848 2852 6092 09"),
    _c("iban", "I'll paste it, ie24aibk89134547984237, lower case is fine?", "ie24aibk89134547984237"),
    _c(
        "iban",
        "It's my German account, DE91 1095 9880 3600 2101 51.",
        "DE91 1095 9880 3600 2101 51",
    ),
    _c("iban", "Dutch IBAN, NL79-ABNA-8008-8916-32.", "NL79-ABNA-8008-8916-32"),
    _c(
        "iban",
        "G B 33, B A R C, 0114 8860 6052 00.",
        ("G B 33, B A R C", "0114 8860 6052 00"),
    ),
    _c(
        "iban",
        "Swiss one, um, CH05 3826 0433 9995 1267 0, from my time in Basel.",
        "CH05 3826 0433 9995 1267 0",
        "Basel",
    ),
    _c("national-id", "Social security is 564-08-4407.", "564-08-4407"),
    _c("national-id", "My social's 139 21 1804.", "139 21 1804"),
    _c("national-id", "SSN 171628995, no dashes.", "171628995"),
    _c("national-id", "Social insurance number, 645 934 894.", "645 934 894"),
    _c("national-id", "National Insurance is JH 48 27 91 B.", "JH 48 27 91 B"),
    _c(
        "national-id",
        "N I number, P for Peter, K for king, 6 3 0 2 9 1, and D at the end.",
        ("P for Peter, K for king", "6 3 0 2 9 1"),
    ),
    _c("national-id", "It's an ITIN not a social, 912-78-4410.", "912-78-4410"),
    _c(
        "national-id",
        ("You'll need my social, right? Hang on, it's in my wallet.", "369 97 1566."),
        "369 97 1566",
    ),
    _c("national-id", "my SIN's 107-674-673.", "107-674-673"),
    _c("national-id", "NI number nr692047a, sorry, all lower case on my screen.", "nr692047a"),
    _c(
        "national-id",
        "Date of birth 3/14/1982 and the SSN is 704-01-9878.",
        "704-01-9878",
        "3/14/1982",
    ),
    _c(
        "national-id",
        "the tax number, the one that goes on my W-2, 408 89 7107.",
        "408 89 7107",
    ),
    _c("passport", "passport number 548219307, it's a US passport.", "548219307"),
    _c("passport", "my passport's 1 2 0 4 8 8 3 7 5, British.", "1 2 0 4 8 8 3 7 5"),
    _c("passport", "Canadian passport, G K 482917.", "G K 482917"),
    _c("passport", "It's an Irish passport, PX3392816, renewed in March.", "PX3392816"),
    _c("passport", "Passport No. Z4471093, issued in Chennai.", "Z4471093", "Chennai"),
    _c("split", ("It's 4226 6836", "2572 6362."), ("4226 6836", "2572 6362")),
    _c(
        "split",
        ("The first bit of my social is 078.", "Then 39.", "And 2034."),
        ("078", "2034"),
    ),
    _c(
        "split",
        ("GB64 LOYD", "3015 0278", "9213 43, sorry, that last bit again, 9213 43."),
        ("GB64 LOYD", "3015 0278", "9213 43"),
    ),
    _c("split", ("SIN starts 183 851,", "then 955."), ("183 851", "955")),
    _c(
        "split",
        ("Routing's 253 457 507.", "And the account is 00 4471 9920."),
        ("253 457 507", "00 4471 9920"),
    ),
    _c("split", ("Okay, the first three are 6 0 8.", "And then 2 1 5."), ("6 0 8", "2 1 5")),
    _c(
        "split",
        ("5518 2383", "um, 0202", "4351, that's it."),
        ("5518 2383", "0202", "4351"),
    ),
    _c(
        "split",
        ("Amex, 3726 6604", "9447 574."),
        ("3726 6604", "9447 574"),
    ),
    _c(
        "spoken",
        "four five eight two, one five six four, six one three three, seven three oh three.",
        "four five eight two, one five six four, six one three three, seven three oh three",
    ),
    _c(
        "spoken",
        "My social is two nine seven, one four, nine oh three four.",
        "two nine seven, one four, nine oh three four",
    ),
    _c("spoken", "the pin, it's eight one eight one, easy to remember.", "eight one eight one"),
    _c(
        "spoken",
        "routing, one four eight, two seven eight, oh nine five.",
        "one four eight, two seven eight, oh nine five",
    ),
    _c("spoken", "the code's forty-two, seventeen, ninety.", "forty-two, seventeen, ninety"),
    _c(
        "spoken",
        "account number is six one, nine three, oh two, eight four.",
        "six one, nine three, oh two, eight four",
    ),
)

# English: harmless controls
_EN_CONTROLS: tuple[_Row, ...] = (
    _c(
        "control-phone",
        "You can call me back on 0161 496 0732, that's the landline.",
        keep="0161 496 0732",
    ),
    _c("control-phone", "My mobile's 07700 900 418, text is fine too.", keep="07700 900 418"),
    _c(
        "control-phone",
        "It's (415) 555-0198, extension 22, ask for Marisol.",
        keep=("(415) 555-0198", "extension 22"),
    ),
    _c(
        "control-phone",
        "best number is six one seven, five five five, oh one four three.",
        keep="six one seven, five five five, oh one four three",
    ),
    _c(
        "control-phone",
        "Plus one, 604 555 0127, I'm in Vancouver so mind the time difference.",
        keep=("604 555 0127", "Vancouver"),
    ),
    _c(
        "control-phone",
        ("Could you text me instead of ringing? I'm at work.", "It's 07700 900 862."),
        keep="07700 900 862",
    ),
    _c(
        "control-phone",
        "Call my daughter on 020 7946 0381, she's dealing with the removal for me.",
        keep="020 7946 0381",
    ),
    _c(
        "control-order",
        "Order number 4418-2290-7731, it was meant to arrive Tuesday.",
        keep="4418-2290-7731",
    ),
    _c("control-order", "It's order 112-8843921-5530017, from the website.", keep="112-8843921-5530017"),
    _c("control-order", "The order reference is ORD 77 4102 K.", keep="ORD 77 4102 K"),
    _c("control-order", ("I'm ringing about an order that never came.", "90817364552."), keep="90817364552"),
    _c(
        "control-order",
        "Two orders actually, 558213 and 558219, both the same sofa.",
        keep=("558213", "558219"),
    ),
    _c("control-booking", "booking reference is K7QM2P.", keep="K7QM2P"),
    _c(
        "control-booking",
        "Reservation number 8830 2291 77, it's for two nights from Friday.",
        keep="8830 2291 77",
    ),
    _c(
        "control-booking",
        "The confirmation code is HX4-19-TT, for the rental car at the airport.",
        keep="HX4-19-TT",
    ),
    _c("control-booking", "I booked under Hargreaves, the ref is 20419833.", keep=("Hargreaves", "20419833")),
    _c(
        "control-invoice",
        "Invoice 2024-0917-3386 says £312.40 but I was quoted less.",
        keep=("2024-0917-3386", "£312.40"),
    ),
    _c("control-invoice", "It's invoice number INV 00 58 21 93.", keep="INV 00 58 21 93"),
    _c(
        "control-invoice",
        "The bill number on the top right, 7 7 1 0 4 2 9 3 8.",
        keep="7 7 1 0 4 2 9 3 8",
    ),
    _c("control-policy", "Policy number HM 4471 902 33 B, it's the car.", keep="HM 4471 902 33 B"),
    _c(
        "control-policy",
        "My policy's 0039 1184 6627, the home contents one, not the buildings.",
        keep="0039 1184 6627",
    ),
    _c(
        "control-policy",
        "The pension plan reference is 61-204-88173, it's on the annual statement.",
        keep="61-204-88173",
    ),
    _c("control-tracking", "Tracking says 1Z9V8E470366124418, out for delivery.", keep="1Z9V8E470366124418"),
    _c("control-tracking", "the Royal Mail one, FH 2391 0457 2GB.", keep="FH 2391 0457 2GB"),
    _c(
        "control-tracking",
        "DPD tracking 15502843399201, it says delivered but it isn't.",
        keep="15502843399201",
    ),
    _c("control-price", "It came to $1,249.99 with the extended warranty.", keep="$1,249.99"),
    _c(
        "control-price",
        "They charged me four hundred and eighty-five pounds twenty for the repair.",
        keep="four hundred and eighty-five pounds twenty",
    ),
    _c(
        "control-price",
        "I was quoted 2,350 dollars for the move, plus 180 for the packing.",
        keep=("2,350 dollars", "180"),
    ),
    _c("control-price", "It's £7.85 a month for the data bolt-on, isn't it?", keep="£7.85"),
    _c("control-quantity", "I need 24 of the 500 gram bags.", keep=("24", "500 gram")),
    _c(
        "control-quantity",
        "a 3.5 metre roll, and three boxes of 100 screws.",
        keep=("3.5 metre", "100 screws"),
    ),
    _c("control-date", "My date of birth is 04/11/1987.", keep="04/11/1987"),
    _c("control-date", "The move is on the 2nd of September, 2025.", keep="2nd of September, 2025"),
    _c("control-date", "Delivery was 12 03 2024, so the twelfth of March.", keep="12 03 2024"),
    _c("control-time", "Any time between 7:45 and 9:15 in the morning.", keep=("7:45", "9:15")),
    _c("control-time", "half past three, or fifteen thirty if that's easier.", keep="fifteen thirty"),
    _c(
        "control-address",
        "It's 1428 Elmwood Drive, Springfield, 62704.",
        keep=("1428 Elmwood Drive", "62704"),
    ),
    _c("control-address", "Flat 3, 17 Caxton Road, Leeds, LS6 2QR.", keep=("17 Caxton Road", "LS6 2QR")),
    _c(
        "control-address",
        "4410 Bathurst Street, unit 1206, Toronto, M3H 3S1.",
        keep=("4410 Bathurst Street", "1206", "M3H 3S1"),
    ),
    _c(
        "control-address",
        ("The postcode's B15 2TT.", "And the house number is 221."),
        keep=("B15 2TT", "221"),
    ),
    _c("control-room", "I'm in room 1417, the kettle's broken.", keep="1417"),
    _c("control-room", "flat 9C, the buzzer doesn't work so knock.", keep="flat 9C"),
    _c("control-room", "Seat 23A, and my wife is in 23B.", keep=("23A", "23B")),
    _c("control-travel", "Flight BA 2490 to Malaga on the 14th.", keep="BA 2490"),
    _c("control-travel", "the 18:04 train, coach D, seat 61.", keep=("18:04", "seat 61")),
    _c("control-travel", "Ryanair FR 8132, the booking is for three of us.", keep="FR 8132"),
    _c("control-serial", "Serial number on the back is SN 7730 4492 1186 X.", keep="SN 7730 4492 1186 X"),
    _c("control-serial", "The VIN is 1FTEW1EP9MKD48213, it's the truck.", keep="1FTEW1EP9MKD48213"),
    _c(
        "control-serial",
        "the IMEI off the box, 35 391704 526018 7, it's the phone that got stolen.",
        keep="35 391704 526018 7",
    ),
    _c(
        "control-serial",
        "Model number WM-8820 and the serial is 0419XK22731.",
        keep=("WM-8820", "0419XK22731"),
    ),
    _c("control-serial", "It's a Dell, the service tag is 7HJ2KQ3.", keep="7HJ2KQ3"),
    _c("control-meter", "The electric meter says 04418.7.", keep="04418.7"),
    _c(
        "control-meter",
        ("I'm calling to give you a gas reading.", "It's 3 1 9 2 7."),
        keep="3 1 9 2 7",
    ),
    _c(
        "control-wifi",
        "The network's called SKY-5G-8842 but I don't know the password, it's on a card somewhere.",
        keep="SKY-5G-8842",
    ),
    _c(
        "control-wifi",
        "I forgot the Wi-Fi password so I reset the router with a paperclip.",
        keep="reset the router",
    ),
    _c(
        "control-loyalty",
        "My Nectar card number is 9826 3000 1147 2290 4.",
        keep="9826 3000 1147 2290 4",
    ),
    _c("control-loyalty", "membership number at the gym is GM-004417.", keep="GM-004417"),
    _c("control-loyalty", "frequent flyer number 4471 882 019.", keep="4471 882 019"),
    _c("control-last4", "It's the Visa ending in 3047.", keep="3047"),
    _c("control-last4", "the card that ends 88 12, the blue one.", keep="88 12"),
    _c("control-last4", "The account ending 6620, not the savings one.", keep="6620"),
    _c(
        "control-last4",
        ("Which card? The Mastercard, I think.", "Last four are 5560."),
        keep="5560",
    ),
    _c("control-email", "My email is t.okafor84@example.co.uk.", keep="t.okafor84@example.co.uk"),
    _c(
        "control-email",
        "it's jbrown, j b r o w n, 1990, at example dot com.",
        keep=("jbrown", "1990"),
    ),
    _c(
        "control-thousands",
        "We're borrowing two hundred and thirty thousand over twenty-five years.",
        keep="two hundred and thirty thousand",
    ),
    _c("control-thousands", "The pension pot is about 184,500 pounds.", keep="184,500"),
    _c(
        "control-word",
        "I forgot my password so I reset it this morning, and now it says I'm locked out.",
        keep="forgot my password",
    ),
    _c("control-word", "The dress code for the dinner, is it smart casual?", keep="dress code"),
    _c("control-word", "My bus pass ran out, can I renew it online?", keep="bus pass"),
    _c("control-word", "The key is under the mat if I'm not home.", keep="The key is under the mat"),
    _c(
        "control-word",
        "Is there a secret ingredient in the soup? My son's allergic to nuts.",
        keep="secret ingredient",
    ),
    _c("control-word", "I need a new rolling pin and a whisk.", keep="rolling pin"),
    _c(
        "control-word",
        "The PIN pad at the till wasn't working, so I paid cash.",
        keep="PIN pad",
    ),
    _c(
        "control-word",
        "The app wants a six-digit code every time, can I turn that off?",
        keep="six-digit code",
    ),
    _c("control-promo", "I've got a discount code, SAVE20.", keep="SAVE20"),
    _c("control-promo", "The promo code was WELCOME15, from the email.", keep="WELCOME15"),
    _c(
        "control-promo",
        "there's a voucher code on the leaflet, SPRING-2025-GYM, does that still work?",
        keep="SPRING-2025-GYM",
    ),
    _c(
        "control-measure",
        "I take 20 milligrams of atorvastatin once a day.",
        keep="20 milligrams",
    ),
    _c("control-measure", "He's five foot eleven and about 82 kilos.", keep=("five foot eleven", "82 kilos")),
    _c("control-measure", "the dose is 2.5 ml twice daily.", keep="2.5 ml"),
    _c("control-ticket", "My ticket number is INC0048817, from the IT help desk.", keep="INC0048817"),
    _c("control-ticket", "case reference 2209-4471-A.", keep="2209-4471-A"),
)

# Spanish (Spain and Mexico): sensitive
_ES_SENSITIVE: tuple[_Row, ...] = (
    _c("card", "Vale, a ver, el número de la tarjeta es 4338 8480 9983 7970.", "4338 8480 9983 7970"),
    _c(
        "card",
        "Es una Mastercard, eh, 5253-7087... no, perdón, 5253-7080-5078-6863.",
        ("5253-7087", "5253-7080-5078-6863"),
    ),
    _c(
        "card",
        "La American Express, eh, tres cuatro... bueno, se lo leo: 3401 570407 75634.",
        "3401 570407 75634",
    ),
    _c(
        "card",
        ("Le doy la tarjeta para pagar la reserva, ¿vale?", "4913 5396 1217 1095."),
        "4913 5396 1217 1095",
    ),
    _c(
        "card",
        "Póngalo en la 4527 2130 1541 2021, está a nombre de Lucía Barrenechea.",
        "4527 2130 1541 2021",
        "Lucía Barrenechea",
    ),
    _c("cvv", "El código de seguridad es 7 4 1.", "7 4 1"),
    _c("cvv", "los tres números de atrás, eh, ochocientos dos.", "ochocientos dos"),
    _c("cvv", "el CVV, cero seis nueve, y vence en marzo.", "cero seis nueve"),
    _c(
        "cvv",
        ("¿Los de detrás? Espere, que le doy la vuelta a la tarjeta.", "Trescientos cuarenta y cinco."),
        "Trescientos cuarenta y cinco",
    ),
    _c("cvv", "Los dígitos del reverso son 2-9-0, y caduca en el 27.", "2-9-0"),
    _c("pin", "El PIN de la tarjeta es 5 8 2 0.", "5 8 2 0"),
    _c("pin", "Mi número secreto, el del cajero, es el 1 9 7 3.", "1 9 7 3"),
    _c("pin", "Mi NIP es 4482, bueno, eso creo, el de la tarjeta de débito.", "4482"),
    _c(
        "pin",
        "Cambié el pin de 3030 a 7161 la semana pasada y ahora el cajero me lo rechaza.",
        ("3030", "7161"),
    ),
    _c(
        "access-code",
        "El código del portal es 2 5 8 0 y luego le da a la tecla de la llave.",
        "2 5 8 0",
    ),
    _c(
        "access-code",
        "Para quitar la alarma hay que marcar nueve, uno, uno, cuatro y darle a desactivar.",
        "nueve, uno, uno, cuatro",
    ),
    _c(
        "access-code",
        "La cajita de las llaves, la que está junto al buzón, tiene la combinación 0 4 7 7.",
        "0 4 7 7",
    ),
    _c(
        "access-code",
        ("Los de la mudanza van a tener que entrar al garaje, ¿eh?", "Es el 6 3 1 9 asterisco."),
        "6 3 1 9",
    ),
    _c("otp", "Me acaba de llegar el SMS, pone 308 417.", "308 417"),
    _c(
        "otp",
        "El código de verificación es cincuenta y dos, noventa y nueve, diez.",
        "cincuenta y dos, noventa y nueve, diez",
    ),
    _c(
        "otp",
        "la clave de firma que me manda el banco por mensaje es 7 7 4 0 2 1.",
        "7 7 4 0 2 1",
    ),
    _c(
        "otp",
        "Me llegaron dos, el primero 551 208 y luego otro, 964 310, ¿cuál le doy?",
        ("551 208", "964 310"),
    ),
    _c(
        "password",
        (
            "La contraseña es Golondrina84, con la G mayúscula, "
            "y el usuario es mi correo, pilar.sanz@example.es."
        ),
        "Golondrina84",
        "pilar.sanz@example.es",
    ),
    _c(
        "password",
        "La clave del wifi, la que viene detrás del router, es XK7P-R2TW-9QLD.",
        "XK7P-R2TW-9QLD",
    ),
    _c(
        "password",
        "la del correo es pelota, guion bajo, azul, 2019, todo junto.",
        "pelota, guion bajo, azul, 2019",
    ),
    _c(
        "password",
        "Es eme mayúscula, a, erre, i, pe, o, ese, a, luego arroba y treinta y tres.",
        ("eme mayúscula, a, erre, i, pe, o, ese, a", "treinta y tres"),
    ),
    _c(
        "password",
        "La frase de acceso que puse es el gato duerme en la azotea.",
        "el gato duerme en la azotea",
    ),
    _c(
        "password",
        "La vieja era Girasol!7 y la nueva es Girasol!8, que me obligaron a cambiarla.",
        ("Girasol!7", "Girasol!8"),
    ),
    _c("security-answer", "El apellido de soltera de mi madre es Urquiza.", "Urquiza"),
    _c("security-answer", "Mi primera mascota se llamaba Canelo, un perro de aguas.", "Canelo"),
    _c(
        "security-answer",
        "El colegio donde estudié de pequeño, el Colegio San Ignacio de Loyola, pon San Ignacio.",
        ("Colegio San Ignacio de Loyola", "San Ignacio"),
    ),
    _c(
        "security-answer",
        ("Es la pregunta de la ciudad donde nací.", "Albacete."),
        "Albacete",
    ),
    _c(
        "security-answer",
        "La respuesta es Chispita, así se llamaba mi tortuga.",
        "Chispita",
    ),
    _c(
        "security-answer",
        "Mi maestro favorito, don Anselmo Rubio, de cuarto de primaria.",
        "Anselmo Rubio",
    ),
    _c(
        "bank-account",
        "El número de cuenta es 6632 4034 04 8571031724.",
        "6632 4034 04 8571031724",
    ),
    _c(
        "bank-account",
        "Mi CLABE interbancaria es 378939524350052948, es de Banorte.",
        "378939524350052948",
    ),
    _c(
        "bank-account",
        ("Es la cuenta de cheques, ¿se la dicto?", "0 1 9 4 8 2 7 7 3 5."),
        "0 1 9 4 8 2 7 7 3 5",
    ),
    _c("routing", "La sucursal es la 0418, la de la avenida, en Zaragoza.", "0418", "Zaragoza"),
    _c(
        "routing",
        "El número de ruta, el routing de mi banco en Texas, es 200935315.",
        "200935315",
        "Texas",
    ),
    _c("iban", "Mi IBAN es ES13 8471 1717 8742 3219 7140.", "ES13 8471 1717 8742 3219 7140"),
    _c("iban", "se lo copio tal cual: es2833229563222880668964.", "es2833229563222880668964"),
    _c(
        "iban",
        "E S 04, eh, 9478 1607 1329 1353 7246.",
        ("E S 04", "9478 1607 1329 1353 7246"),
    ),
    _c("iban", "ES23-0864-8288-5180-4552-5395, con guiones en el papel.", "ES23-0864-8288-5180-4552-5395"),
    _c(
        "iban",
        ("Para la devolución le doy el IBAN.", "ES28 3651 1285 4368 8488 7272."),
        "ES28 3651 1285 4368 8488 7272",
    ),
    _c("national-id", "El DNI, 42.266.382-H.", "42.266.382-H"),
    _c("national-id", "Tengo NIE, es X7092399G.", "X7092399G"),
    _c(
        "national-id",
        "El número de la Seguridad Social es el 20 66079596 63.",
        "20 66079596 63",
    ),
    _c(
        "national-id",
        ("¿El DNI? Sí, un segundo, que lo tengo en la cartera.", "53019764, letra A."),
        "53019764",
    ),
    _c("national-id", "Mi CURP es GAVL880412MJCLZR03.", "GAVL880412MJCLZR03"),
    _c("passport", "El pasaporte es el PAF412873, caduca en 2031.", "PAF412873", "2031"),
    _c("passport", "mi pasaporte mexicano es G 4821 3957.", "G 4821 3957"),
    _c("split", ("La tarjeta: 4035 6993", "0406 0288."), ("4035 6993", "0406 0288")),
    _c(
        "split",
        ("ES81 9354", "5011 8299", "1908 5551, y ya está."),
        ("ES81 9354", "5011 8299", "1908 5551"),
    ),
    _c("split", ("El DNI es 36 487", "016, letra T."), ("36 487", "016")),
    _c(
        "spoken",
        "cuatro dos dos dos, tres seis cero cinco, uno seis seis cuatro, uno nueve seis ocho.",
        "cuatro dos dos dos, tres seis cero cinco, uno seis seis cuatro, uno nueve seis ocho",
    ),
    _c(
        "spoken",
        "Mi DNI es veinticuatro, cuatrocientos setenta y seis, quinientos ochenta y cuatro, efe.",
        "veinticuatro, cuatrocientos setenta y seis, quinientos ochenta y cuatro",
    ),
    _c(
        "spoken",
        "el código del mensaje, cuatrocientos doce, setecientos ochenta.",
        "cuatrocientos doce, setecientos ochenta",
    ),
)

# Spanish: harmless controls
_ES_CONTROLS: tuple[_Row, ...] = (
    _c("control-phone", "Mi móvil es el 612 48 93 07, llámeme por la tarde.", keep="612 48 93 07"),
    _c("control-phone", "El fijo de la oficina, +34 91 555 04 12.", keep="+34 91 555 04 12"),
    _c("control-phone", "Márqueme al 55 4821 7730, es de la Ciudad de México.", keep="55 4821 7730"),
    _c("control-order", "El pedido número 7734-0092-1185, el del sofá.", keep="7734-0092-1185"),
    _c("control-order", ("Llamo por un pedido que no ha llegado.", "Es el 2024118877."), keep="2024118877"),
    _c("control-booking", "El localizador es XJ4T9K, del vuelo a Tenerife.", keep="XJ4T9K"),
    _c("control-booking", "La reserva es la 5517320, a nombre de Ortega.", keep=("5517320", "Ortega")),
    _c(
        "control-invoice",
        "La factura F-2024-00381, la de 86,40 euros, me la han cobrado dos veces.",
        keep=("F-2024-00381", "86,40 euros"),
    ),
    _c("control-policy", "El número de póliza es 0078-4412-3390, la del coche.", keep="0078-4412-3390"),
    _c("control-tracking", "El envío de Correos es PQ47B20417739850128003M.", keep="PQ47B20417739850128003M"),
    _c("control-tracking", "el seguimiento de SEUR, 7720 0183 5549 11.", keep="7720 0183 5549 11"),
    _c("control-price", "Me cobraron 1.249,90 euros por la lavadora.", keep="1.249,90 euros"),
    _c("control-price", "Son trescientos cuarenta pesos, ¿verdad?", keep="trescientos cuarenta pesos"),
    _c(
        "control-quantity", "Quiero seis cajas de 12 botellas, por favor.", keep=("seis cajas", "12 botellas")
    ),
    _c("control-date", "Nací el 17/05/1979, por si lo necesita.", keep="17/05/1979"),
    _c("control-time", "¿Pueden venir a las 16:30? Antes no estoy.", keep="16:30"),
    _c(
        "control-address",
        "Calle de Alcalá 214, tercero B, 28028 Madrid.",
        keep=("Calle de Alcalá 214", "28028"),
    ),
    _c(
        "control-address",
        "Avenida Insurgentes Sur 1602, colonia Crédito Constructor, código postal 03940.",
        keep=("Insurgentes Sur 1602", "03940"),
    ),
    _c("control-room", "Estoy en la habitación 512, la de la terraza.", keep="512"),
    _c("control-travel", "El AVE 03152, coche 6, plaza 9C.", keep=("AVE 03152", "coche 6", "9C")),
    _c(
        "control-serial",
        "El número de serie del lavavajillas es 36021844-07.",
        keep="36021844-07",
    ),
    _c(
        "control-serial",
        "El IMEI del móvil que me robaron es 864712031590834.",
        keep="864712031590834",
    ),
    _c("control-meter", "La lectura del contador del agua es 018734.", keep="018734"),
    _c(
        "control-wifi",
        "La red se llama MOVISTAR_7B21 pero no me acuerdo de la contraseña.",
        keep="MOVISTAR_7B21",
    ),
    _c("control-loyalty", "Mi tarjeta de socio es la 2900 1147 8832 07.", keep="2900 1147 8832 07"),
    _c("control-last4", "La tarjeta que termina en 0552, la otra no.", keep="0552"),
    _c("control-last4", "Los últimos cuatro dígitos son 2 2 4 9.", keep="2 2 4 9"),
    _c("control-email", "Mi correo es carmen.ruiz77@example.es.", keep="carmen.ruiz77@example.es"),
    _c(
        "control-thousands",
        "La hipoteca es de ciento ochenta mil euros a treinta años.",
        keep="ciento ochenta mil euros",
    ),
    _c(
        "control-word",
        "Olvidé mi contraseña y la restablecí, pero ahora no me deja entrar.",
        keep="Olvidé mi contraseña",
    ),
    _c("control-word", "¿Cuál es el código de vestimenta para la cena de gala?", keep="código de vestimenta"),
    _c(
        "control-word",
        "No me sé la respuesta de la pregunta de seguridad, ¿me la pueden quitar?",
        keep="pregunta de seguridad",
    ),
    _c("control-word", "Se me perdió el abono del gimnasio, ¿me hacen otro?", keep="abono del gimnasio"),
    _c("control-promo", "Tengo un código de descuento, VERANO25.", keep="VERANO25"),
    _c("control-promo", "Metí el cupón BIENVENIDO10 y no me lo aplicó.", keep="BIENVENIDO10"),
    _c(
        "control-measure",
        "Tomo 500 miligramos de paracetamol cada ocho horas.",
        keep="500 miligramos",
    ),
    _c("control-ticket", "El número de incidencia es INC-2024-77310.", keep="INC-2024-77310"),
)

# French (France, Belgium, Quebec): sensitive
_FR_SENSITIVE: tuple[_Row, ...] = (
    _c("card", "Alors, le numéro de la carte, c'est 4260 6067 0202 3947.", "4260 6067 0202 3947"),
    _c("card", "euh, c'est une Mastercard, 5293 6407 0545 5333, voilà.", "5293 6407 0545 5333"),
    _c("card", "Une American Express, 3785 594072 78562, au nom de mon mari.", "3785 594072 78562"),
    _c(
        "card",
        ("Je vais vous donner ma carte bleue, attendez que je la sorte.", "4936-8508-6502-6354."),
        "4936-8508-6502-6354",
    ),
    _c(
        "card",
        (
            "J'ai d'abord mis la 2534 8490 3614 6380 mais elle est expirée, "
            "prenez plutôt la 4115 6474 3407 0316."
        ),
        ("2534 8490 3614 6380", "4115 6474 3407 0316"),
    ),
    _c("cvv", "Le cryptogramme, c'est 6 1 8.", "6 1 8"),
    _c("cvv", "les trois chiffres au dos, euh, quatre cent trente-sept.", "quatre cent trente-sept"),
    _c("cvv", "Le code au verso, zéro, neuf, deux.", "zéro, neuf, deux"),
    _c(
        "cvv",
        ("Oui, le petit code derrière, près de la signature ?", "Sept cent quatre-vingt-dix-neuf."),
        "Sept cent quatre-vingt-dix-neuf",
    ),
    _c("cvv", "Le CVV c'est 3-3-1 et elle expire en 2028.", "3-3-1"),
    _c("pin", "Mon code confidentiel, c'est 2 7 0 9.", "2 7 0 9"),
    _c(
        "pin",
        "le code de la carte, celui que je tape au distributeur, c'est 8-1-4-6.",
        "8-1-4-6",
    ),
    _c("pin", "Le code PIN de ma carte SIM, c'est 1152, je l'ai jamais changé.", "1152"),
    _c(
        "pin",
        "J'ai mis l'année de naissance de ma fille comme code de carte, deux mille onze.",
        "deux mille onze",
    ),
    _c("access-code", "Le digicode de l'immeuble, c'est B 4 7 1 2.", "B 4 7 1 2"),
    _c("access-code", "Pour le portail vous tapez 3 9 0 8 et dièse.", "3 9 0 8"),
    _c(
        "access-code",
        "La boîte à clés à côté de la porte, le code c'est 2-2-6-1.",
        "2-2-6-1",
    ),
    _c(
        "access-code",
        (
            "Les déménageurs devront passer par le parking souterrain.",
            "C'est le 5 8 8 1, puis la touche clé.",
        ),
        "5 8 8 1",
    ),
    _c("otp", "J'ai reçu le SMS, c'est 614 802.", "614 802"),
    _c("otp", "le code à usage unique, euh, 9 3 7 7 0 4.", "9 3 7 7 0 4"),
    _c(
        "otp",
        "Le code de validation de la banque, celui pour confirmer le paiement, c'est 48 15 62.",
        "48 15 62",
    ),
    _c(
        "otp",
        ("Ah, ça y est, le texto est arrivé.", "Deux cent quarante et un, huit cent six."),
        "Deux cent quarante et un, huit cent six",
    ),
    _c("password", "Mon mot de passe, c'est Papillon_75.", "Papillon_75"),
    _c(
        "password",
        "La clé wifi, celle qui est sous la box, c'est a4f9e2c71b83d0, tout en minuscules.",
        "a4f9e2c71b83d0",
    ),
    _c(
        "password",
        "C'est tournesol, arobase, deux mille dix-neuf, sans espace.",
        ("tournesol", "deux mille dix-neuf"),
    ),
    _c(
        "password",
        "c'est P majuscule, L, A, T, A, N, E, tiret, quatre-vingt-huit.",
        ("P majuscule, L, A, T, A, N, E", "quatre-vingt-huit"),
    ),
    _c(
        "password",
        "La phrase secrète que j'ai choisie, c'est le chat mange des cerises.",
        "le chat mange des cerises",
    ),
    _c(
        "password",
        "Avant c'était Marseille13 et maintenant c'est Marseille13bis, pour l'appli de la mutuelle.",
        ("Marseille13", "Marseille13bis"),
    ),
    _c("security-answer", "Le nom de jeune fille de ma mère, c'est Vautrin.", "Vautrin"),
    _c("security-answer", "mon premier animal, c'était un lapin, Caramel.", "Caramel"),
    _c("security-answer", "La ville où je suis né, c'est Roubaix.", "Roubaix"),
    _c(
        "security-answer",
        ("C'est la question sur ma première école.", "École Jules-Ferry, à Nantes."),
        "École Jules-Ferry",
    ),
    _c("security-answer", "Mettez juste Pompon, c'est ça la réponse.", "Pompon"),
    _c(
        "security-answer",
        "Mon instituteur de CM2, c'était monsieur Bertrand Lhuillier.",
        "Bertrand Lhuillier",
    ),
    _c(
        "bank-account",
        "Mon numéro de compte, c'est 26608407056, clé 87.",
        "26608407056, clé 87",
    ),
    _c(
        "bank-account",
        "Le numéro de folio à la caisse Desjardins, c'est 4417208.",
        "4417208",
    ),
    _c(
        "bank-account",
        ("Pour le remboursement, je vous donne le numéro de compte.", "0 0 0 1 2 7 7 3 0 5 9."),
        "0 0 0 1 2 7 7 3 0 5 9",
    ),
    _c("routing", "Le code guichet, c'est 02377.", "02377"),
    _c(
        "routing",
        "Le numéro de transit, c'est 31275, et l'institution c'est 815.",
        "31275",
    ),
    _c("iban", "Mon IBAN, FR76 6996 6915 9375 6146 1777 257.", "FR76 6996 6915 9375 6146 1777 257"),
    _c("iban", "je le colle tel quel, fr7605901924707939017295726.", "fr7605901924707939017295726"),
    _c(
        "iban",
        "F R 76, 4694 8150 4686 8492 3126 246.",
        ("F R 76", "4694 8150 4686 8492 3126 246"),
    ),
    _c("iban", "C'est un compte belge, BE10 2049 7630 7004.", "BE10 2049 7630 7004"),
    _c(
        "iban",
        "FR76 2893, euh, 8486 9834, attendez, 6392 0844 395.",
        ("FR76 2893", "8486 9834", "6392 0844 395"),
    ),
    _c(
        "national-id",
        "Mon numéro de sécu, 1 84 07 75 112 418 37.",
        "1 84 07 75 112 418 37",
    ),
    _c("national-id", "Numéro fiscal : 1874295136280.", "1874295136280"),
    _c("national-id", "Mon numéro d'assurance sociale, 238 429 997.", "238 429 997"),
    _c(
        "national-id",
        "Le numéro de registre national, c'est 85.07.30-033.28.",
        "85.07.30-033.28",
    ),
    _c(
        "national-id",
        ("Le numéro de sécurité sociale, je l'ai sur la carte Vitale.", "2 91 03 69 387 052 06."),
        "2 91 03 69 387 052 06",
    ),
    _c("passport", "Passeport numéro 19AV24817.", "19AV24817"),
    _c("passport", "Mon passeport belge, EL482193, délivré à Liège.", "EL482193", "Liège"),
    _c("split", ("Alors, 4143 1177", "5001 4617."), ("4143 1177", "5001 4617")),
    _c("split", ("C'est 2 68 05", "33 063 117 55."), ("2 68 05", "33 063 117 55")),
    _c(
        "split",
        ("FR76 3413 4116", "4952 0969 7957 287."),
        ("FR76 3413 4116", "4952 0969 7957 287"),
    ),
    _c(
        "spoken",
        (
            "Un, quatre-vingt-quinze, zéro neuf, cinquante-neuf, trois cent cinquante, "
            "zéro quatre-vingt-neuf, trente-huit."
        ),
        (
            "Un, quatre-vingt-quinze, zéro neuf, cinquante-neuf, trois cent cinquante, "
            "zéro quatre-vingt-neuf, trente-huit"
        ),
    ),
    _c(
        "spoken",
        (
            "cinquante-quatre, quatre-vingt-un, quatre-vingt-seize, quatre-vingt-six, "
            "dix, quatre-vingt-neuf, trente-sept, cinquante-sept."
        ),
        (
            "cinquante-quatre, quatre-vingt-un, quatre-vingt-seize, quatre-vingt-six, "
            "dix, quatre-vingt-neuf, trente-sept, cinquante-sept"
        ),
    ),
    _c(
        "spoken",
        "Le digicode, c'est quatre-vingt-dix-neuf, zéro quatre.",
        "quatre-vingt-dix-neuf, zéro quatre",
    ),
)

# French: harmless controls
_FR_CONTROLS: tuple[_Row, ...] = (
    _c("control-phone", "Mon portable, c'est le 06 12 48 73 90.", keep="06 12 48 73 90"),
    _c("control-phone", "Le standard, +33 1 44 55 27 80.", keep="+33 1 44 55 27 80"),
    _c(
        "control-phone",
        "Rappelez-moi au zéro six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-onze.",
        keep="zéro six, quarante-deux, dix-huit, soixante-treize, quatre-vingt-onze",
    ),
    _c("control-order", "La commande numéro 3K-774102, le canapé gris.", keep="3K-774102"),
    _c("control-order", ("J'appelle pour ma commande.", "C'est la 10092457831."), keep="10092457831"),
    _c("control-booking", "La référence de réservation, c'est QZ7PLM.", keep="QZ7PLM"),
    _c("control-booking", "Le dossier 4471 2093, pour le séjour à Annecy.", keep=("4471 2093", "Annecy")),
    _c(
        "control-invoice",
        "La facture FA-2025-1187, celle de 249,90 euros.",
        keep=("FA-2025-1187", "249,90 euros"),
    ),
    _c("control-policy", "Mon contrat d'assurance habitation, numéro 7741 0029 A.", keep="7741 0029 A"),
    _c("control-tracking", "Le numéro de suivi Colissimo, 8R 0293 4417 562.", keep="8R 0293 4417 562"),
    _c("control-tracking", "Chronopost, XY 4820 1937 5FR.", keep="XY 4820 1937 5FR"),
    _c("control-price", "Ça fait 1 450 euros avec la pose.", keep="1 450 euros"),
    _c(
        "control-price",
        "L'abonnement est à quatre-vingt-dix-neuf euros quatre-vingt-dix par an.",
        keep="quatre-vingt-dix-neuf euros quatre-vingt-dix",
    ),
    _c("control-quantity", "Il me faut trois palettes de 48 cartons.", keep=("trois palettes", "48 cartons")),
    _c("control-date", "Je suis née le 23/08/1991.", keep="23/08/1991"),
    _c("control-time", "Vers 14h30, ça vous irait ?", keep="14h30"),
    _c("control-address", "12 rue des Lilas, 69003 Lyon.", keep=("12 rue des Lilas", "69003")),
    _c(
        "control-address",
        "45 boulevard Haussmann, 75009 Paris, bâtiment B, quatrième étage.",
        keep=("45 boulevard Haussmann", "75009"),
    ),
    _c("control-room", "Je suis dans la chambre 308.", keep="308"),
    _c("control-travel", "TGV 6617, voiture 14, place 83.", keep=("TGV 6617", "voiture 14", "place 83")),
    _c("control-serial", "Le numéro de série du frigo, FX-440291-B.", keep="FX-440291-B"),
    _c("control-serial", "Le numéro VIN de la Clio, VF1RFB00561234587.", keep="VF1RFB00561234587"),
    _c("control-meter", "Mon compteur affiche 032418 kilowattheures.", keep="032418"),
    _c(
        "control-wifi",
        "Le réseau s'appelle Livebox-A7F2, le mot de passe je l'ai pas sous la main.",
        keep="Livebox-A7F2",
    ),
    _c(
        "control-loyalty",
        "Ma carte de fidélité, c'est 9250 0412 8873 06.",
        keep="9250 0412 8873 06",
    ),
    _c("control-last4", "La carte qui se termine par 1186.", keep="1186"),
    _c("control-last4", "Les quatre derniers chiffres, c'est 90 21.", keep="90 21"),
    _c("control-email", "Mon mail, marc.dupuis.1968@example.fr.", keep="marc.dupuis.1968@example.fr"),
    _c(
        "control-thousands",
        "On emprunte deux cent cinquante mille euros sur vingt ans.",
        keep="deux cent cinquante mille euros",
    ),
    _c(
        "control-word",
        "J'ai oublié mon mot de passe, je l'ai réinitialisé ce matin.",
        keep="oublié mon mot de passe",
    ),
    _c("control-word", "C'est quoi le code vestimentaire pour la soirée ?", keep="code vestimentaire"),
    _c("control-word", "J'ai perdu mon passe Navigo dans le bus.", keep="passe Navigo"),
    _c(
        "control-word",
        "La clé est sous le paillasson si je ne suis pas là.",
        keep="La clé est sous le paillasson",
    ),
    _c("control-promo", "J'ai un code promo, NOEL20.", keep="NOEL20"),
    _c("control-promo", "Le bon de réduction BIENVENUE-15 ne marche pas.", keep="BIENVENUE-15"),
    _c("control-measure", "Je mesure 1 m 72 et je pèse 68 kilos.", keep=("1 m 72", "68 kilos")),
    _c("control-ticket", "Le numéro de ticket, c'est 2025-INC-4471.", keep="2025-INC-4471"),
)

# German (Germany, Austria, Switzerland): sensitive
_DE_SENSITIVE: tuple[_Row, ...] = (
    _c("card", "Also, die Kartennummer ist 4996 0018 8025 9912.", "4996 0018 8025 9912"),
    _c("card", "Ähm, Mastercard, 5184-2455-1317-0439, genau.", "5184-2455-1317-0439"),
    _c(
        "card",
        ("Moment, ich hol die Kreditkarte aus dem Portemonnaie.", "4984 7296 4996 8126."),
        "4984 7296 4996 8126",
    ),
    _c("card", "Die American Express, 3765 645431 35421.", "3765 645431 35421"),
    _c(
        "card",
        "Die neue Mastercard, die mit der Zwei vorne, 2386 1673 8545 8572, die läuft auf Jonas Weidinger.",
        "2386 1673 8545 8572",
        "Jonas Weidinger",
    ),
    _c("cvv", "Die Prüfnummer ist 5 0 3.", "5 0 3"),
    _c(
        "cvv",
        "hinten auf der Karte, die drei Ziffern, neunhundertachtundzwanzig.",
        "neunhundertachtundzwanzig",
    ),
    _c("cvv", "Kartenprüfnummer: sieben, zwo, vier.", "sieben, zwo, vier"),
    _c(
        "cvv",
        ("Die Zahl hinten beim Unterschriftsfeld, meinen Sie die?", "Hundertsechzehn."),
        "Hundertsechzehn",
    ),
    _c("cvv", "CVC ist 0-8-8, und gültig bis zehn achtundzwanzig.", "0-8-8"),
    _c("pin", "Meine Geheimzahl ist 6 2 9 1.", "6 2 9 1"),
    _c("pin", "die PIN für die Girocard, äh, 4 4 0 7.", "4 4 0 7"),
    _c(
        "pin",
        ("Die PIN von der neuen Karte, die mit der Post kam.", "Acht, null, fünf, drei."),
        "Acht, null, fünf, drei",
    ),
    _c(
        "pin",
        "Ich hab die PIN von 1357 auf 8642 geändert, seitdem geht am Automaten nichts mehr.",
        ("1357", "8642"),
    ),
    _c("access-code", "Der Code für die Haustür ist 3 8 1 5, dann Raute.", "3 8 1 5"),
    _c(
        "access-code",
        "Im Schlüsseltresor neben der Garage liegt der Schlüssel, Kombination 7 7 0 2.",
        "7 7 0 2",
    ),
    _c(
        "access-code",
        "Die Alarmanlage, da tippen Sie zwo, neun, neun, eins ein, sonst geht die Sirene los.",
        "zwo, neun, neun, eins",
    ),
    _c(
        "access-code",
        ("Die Möbelpacker müssen durch das Hoftor.", "Das ist 40 62, mit Stern am Ende."),
        "40 62",
    ),
    _c("otp", "Die SMS ist da, 517 204.", "517 204"),
    _c("otp", "Die TAN lautet 83 91 46.", "83 91 46"),
    _c(
        "otp",
        "Der Bestätigungscode aus der App: vier acht eins, null null sieben.",
        "vier acht eins, null null sieben",
    ),
    _c(
        "otp",
        "Ich hab zwei Codes bekommen, 602 931 und dann nochmal 114 870.",
        ("602 931", "114 870"),
    ),
    _c("password", "Mein Passwort ist Sonnenblume_88.", "Sonnenblume_88"),
    _c(
        "password",
        "Der WLAN-Schlüssel steht hinten auf der Box, 4821 7730 9165 2204 8817.",
        "4821 7730 9165 2204 8817",
    ),
    _c(
        "password",
        "Es ist großes K, a, t, z, e, dann Ausrufezeichen und 2 0 0 4.",
        ("großes K, a, t, z, e", "2 0 0 4"),
    ),
    _c("password", "Die Passphrase ist grüner Tee im Regen, mit Leerzeichen.", "grüner Tee im Regen"),
    _c(
        "password",
        ("Das Kennwort fürs Kundenportal brauchen Sie?", "Bergsee, Bindestrich, Wolke, neunzehn."),
        "Bergsee, Bindestrich, Wolke, neunzehn",
    ),
    _c(
        "password",
        "Früher war es Hamburg2019! und jetzt ist es Hamburg2023!, weil die Bank das verlangt hat.",
        ("Hamburg2019!", "Hamburg2023!"),
    ),
    _c("security-answer", "Der Mädchenname meiner Mutter ist Brandstetter.", "Brandstetter"),
    _c(
        "security-answer",
        "Mein erstes Haustier war ein Wellensittich, der hieß Hansi.",
        "Hansi",
    ),
    _c(
        "security-answer",
        "Die Grundschule? Das war die Astrid-Lindgren-Schule in Kassel.",
        "Astrid-Lindgren-Schule",
    ),
    _c(
        "security-answer",
        ("Das ist die Frage nach meinem ersten Auto.", "Ein Opel Kadett."),
        "Opel Kadett",
    ),
    _c(
        "security-answer",
        "Die Antwort ist Kastanienallee, da bin ich aufgewachsen.",
        "Kastanienallee",
    ),
    _c("security-answer", "Lieblingslehrer, das war der Oberhuber, Mathe und Physik.", "Oberhuber"),
    _c("bank-account", "Meine Kontonummer ist 52 0467 0149.", "52 0467 0149"),
    _c(
        "bank-account",
        "Das Konto in Österreich, Kontonummer 0817 7670 380.",
        "0817 7670 380",
    ),
    _c(
        "bank-account",
        ("Für die Rückerstattung brauchen Sie ja die Kontonummer.", "Die ist 2 4 1 0 9 7 7 3 5 5."),
        "2 4 1 0 9 7 7 3 5 5",
    ),
    _c("routing", "Die Bankleitzahl ist 260 510 01.", "260 510 01"),
    _c(
        "routing",
        "BLZ ist sieben null null, fünf null zwo, neun null.",
        "sieben null null, fünf null zwo, neun null",
    ),
    _c("iban", "Meine IBAN, DE37 4356 6973 5204 6701 49.", "DE37 4356 6973 5204 6701 49"),
    _c("iban", "ich kopier sie rein, de21531949007381452385.", "de21531949007381452385"),
    _c(
        "iban",
        "D E 94, 9594 8964 4811 6096 26.",
        ("D E 94", "9594 8964 4811 6096 26"),
    ),
    _c("iban", "Das österreichische Konto, AT97 6119 7704 5283 8032.", "AT97 6119 7704 5283 8032"),
    _c(
        "iban",
        ("Ich geb Ihnen die IBAN für die Lastschrift.", "DE68 9500 6428 8177 6703 80."),
        "DE68 9500 6428 8177 6703 80",
    ),
    _c("national-id", "Meine Steuer-ID ist 63 518 480 729.", "63 518 480 729"),
    _c("national-id", "Steuerliche Identifikationsnummer 24605721395.", "24605721395"),
    _c("national-id", "Sozialversicherungsnummer 65 170384 K 51 7.", "65 170384 K 51 7"),
    _c(
        "national-id",
        "Die Nummer vom Personalausweis ist L01X4TR272, oben rechts.",
        "L01X4TR272",
    ),
    _c(
        "national-id",
        ("Die Rentenversicherungsnummer, einen Moment bitte.", "12 020791 S 03 6."),
        "12 020791 S 03 6",
    ),
    _c("passport", "Reisepassnummer C F 7 R 4 K 2 M 1.", "C F 7 R 4 K 2 M 1"),
    _c("passport", "Schweizer Pass, S0482917, ausgestellt in Bern.", "S0482917", "Bern"),
    _c("split", ("4569 7639", "3423 2263, ja."), ("4569 7639", "3423 2263")),
    _c(
        "split",
        ("Die Steuer-ID fängt an mit 41 428,", "dann 037 569."),
        ("41 428", "037 569"),
    ),
    _c(
        "split",
        ("DE50 6890", "1446 7090", "1266 63."),
        ("DE50 6890", "1446 7090", "1266 63"),
    ),
    _c(
        "spoken",
        "acht, zwo, null, neun, vier, fünf, zwo, sechs, eins, sieben, fünf.",
        "acht, zwo, null, neun, vier, fünf, zwo, sechs, eins, sieben, fünf",
    ),
    _c(
        "spoken",
        (
            "dreiundfünfzig, sechsundfünfzig, vierundachtzig, neununddreißig, "
            "dreizehn, neunundneunzig, neunzehn, fünfundzwanzig."
        ),
        (
            "dreiundfünfzig, sechsundfünfzig, vierundachtzig, neununddreißig, "
            "dreizehn, neunundneunzig, neunzehn, fünfundzwanzig"
        ),
    ),
    _c("spoken", "Die Geheimzahl ist neunzehn vierundachtzig.", "neunzehn vierundachtzig"),
)

# German: harmless controls
_DE_CONTROLS: tuple[_Row, ...] = (
    _c("control-phone", "Meine Handynummer ist 0176 4829 3310.", keep="0176 4829 3310"),
    _c("control-phone", "Im Büro erreichen Sie mich unter +49 30 9018 2274.", keep="+49 30 9018 2274"),
    _c(
        "control-phone",
        "Rufen Sie mich an, null acht neun, vier vier, sieben eins, null zwei.",
        keep="null acht neun, vier vier, sieben eins, null zwei",
    ),
    _c("control-order", "Bestellnummer 302-7719204-5538816.", keep="302-7719204-5538816"),
    _c(
        "control-order",
        ("Es geht um meine Bestellung vom Montag.", "Die Nummer ist 4400 1827 39."),
        keep="4400 1827 39",
    ),
    _c("control-booking", "Die Buchungsnummer ist RT8K3V.", keep="RT8K3V"),
    _c("control-booking", "Reservierungsnummer 77204519, für Samstag.", keep="77204519"),
    _c(
        "control-invoice",
        "Rechnungsnummer RE-2024-08813, über 312,50 Euro.",
        keep=("RE-2024-08813", "312,50 Euro"),
    ),
    _c("control-policy", "Die Versicherungsscheinnummer ist 40.188.273/5.", keep="40.188.273/5"),
    _c(
        "control-tracking",
        "Die Sendungsnummer von DHL, 0034 0434 1877 2019 6652.",
        keep="0034 0434 1877 2019 6652",
    ),
    _c("control-tracking", "Hermes, H1002840019372910147.", keep="H1002840019372910147"),
    _c("control-price", "Die Waschmaschine kostet 1.299 Euro.", keep="1.299 Euro"),
    _c(
        "control-price",
        "Der Tarif ist neunundvierzig Euro neunzig im Monat.",
        keep="neunundvierzig Euro neunzig",
    ),
    _c("control-quantity", "Ich brauche zwölf Säcke zu 25 Kilo.", keep=("zwölf Säcke", "25 Kilo")),
    _c("control-date", "Geboren am 03.10.1985.", keep="03.10.1985"),
    _c("control-time", "Zwischen 8 und 10 Uhr bin ich zu Hause.", keep="Zwischen 8 und 10 Uhr"),
    _c("control-address", "Hauptstraße 47, 80331 München.", keep=("Hauptstraße 47", "80331")),
    _c(
        "control-address",
        "Am Lindenhof 3a, 50667 Köln, dritter Stock.",
        keep=("Am Lindenhof 3a", "50667"),
    ),
    _c("control-room", "Ich bin in Zimmer 221.", keep="221"),
    _c("control-travel", "ICE 578, Wagen 7, Platz 45.", keep=("ICE 578", "Wagen 7", "Platz 45")),
    _c("control-serial", "Die IMEI ist 35 882710 016613 5.", keep="35 882710 016613 5"),
    _c(
        "control-serial",
        "Seriennummer der Waschmaschine, 9140 2287 5531.",
        keep="9140 2287 5531",
    ),
    _c("control-meter", "Der Zählerstand ist 18452,3.", keep="18452,3"),
    _c(
        "control-wifi",
        "Das Netz heißt FRITZ!Box 7590 XQ, das Kennwort hab ich gerade nicht.",
        keep="FRITZ!Box 7590 XQ",
    ),
    _c("control-loyalty", "Meine Payback-Nummer ist 4471 0093 28.", keep="4471 0093 28"),
    _c("control-last4", "Die Karte mit den Endziffern 7721.", keep="7721"),
    _c(
        "control-last4",
        ("Welche Karte? Die Visa.", "Die, die auf 0094 endet."),
        keep="0094",
    ),
    _c("control-email", "Meine Mail ist k.schroeder82@example.de.", keep="k.schroeder82@example.de"),
    _c(
        "control-thousands",
        "Der Kredit ist über dreihundertfünfzigtausend Euro.",
        keep="dreihundertfünfzigtausend Euro",
    ),
    _c(
        "control-word",
        "Ich hab mein Passwort vergessen und es zurückgesetzt, jetzt kommt keine Mail.",
        keep="Passwort vergessen",
    ),
    _c("control-word", "Gibt es einen Dresscode für die Feier?", keep="Dresscode"),
    _c(
        "control-word",
        "Der Schlüssel liegt unter der Fußmatte, falls ich nicht da bin.",
        keep="Der Schlüssel liegt unter der Fußmatte",
    ),
    _c(
        "control-word",
        "Am Automaten war die PIN-Eingabe kaputt, deshalb hab ich bar bezahlt.",
        keep="PIN-Eingabe",
    ),
    _c("control-promo", "Ich hab den Gutscheincode HERBST20.", keep="HERBST20"),
    _c("control-promo", "Der Rabattcode WILLKOMMEN-10 geht nicht.", keep="WILLKOMMEN-10"),
    _c("control-measure", "Ich nehme morgens 5 mg Ramipril.", keep="5 mg"),
    _c("control-ticket", "Die Ticketnummer ist 48213-IT.", keep="48213-IT"),
)

# Italian: sensitive
_IT_SENSITIVE: tuple[_Row, ...] = (
    _c("card", "Allora, il numero della carta è 4629 3569 1405 2567.", "4629 3569 1405 2567"),
    _c("card", "Ehm, è una Mastercard, 5368-2480-5603-5157.", "5368-2480-5603-5157"),
    _c(
        "card",
        ("Le leggo la carta, aspetti che prendo gli occhiali.", "4945 3238 0814 0087."),
        "4945 3238 0814 0087",
    ),
    _c("card", "La American Express, 3480 647553 36267.", "3480 647553 36267"),
    _c(
        "card",
        "Tipo, 2483 1350... no scusi, ricomincio, 2483 1350 3197 4856, intestata a Rebecca Zanon.",
        ("2483 1350", "2483 1350 3197 4856"),
        "Rebecca Zanon",
    ),
    _c("cvv", "Il codice di sicurezza è 3 9 5.", "3 9 5"),
    _c("cvv", "le tre cifre dietro, ehm, seicentoquarantuno.", "seicentoquarantuno"),
    _c("cvv", "Il CVV? Zero, uno, otto.", "Zero, uno, otto"),
    _c(
        "cvv",
        ("Quelle sul retro, vicino alla firma?", "Duecentosettantatré."),
        "Duecentosettantatré",
    ),
    _c("cvv", "CVC 7-1-0, scadenza ottobre.", "7-1-0"),
    _c("pin", "Il PIN del bancomat è 9 0 3 4.", "9 0 3 4"),
    _c("pin", "il codice segreto della carta, 5 5 1 8, non lo dica a nessuno.", "5 5 1 8"),
    _c(
        "pin",
        ("Il PIN della SIM nuova, quello scritto sulla tesserina.", "Uno, due, otto, sette."),
        "Uno, due, otto, sette",
    ),
    _c("pin", "Ho cambiato il PIN, prima era 2020 e adesso è 6047.", ("2020", "6047")),
    _c("access-code", "Il codice del portone è 1 4 7 9.", "1 4 7 9"),
    _c("access-code", "Per il cancello si digita 8 2 2 0 e poi cancelletto.", "8 2 2 0"),
    _c(
        "access-code",
        "La cassetta delle chiavi accanto alla porta, combinazione 3-0-0-6.",
        "3-0-0-6",
    ),
    _c(
        "access-code",
        ("Quelli del trasloco devono entrare nel cortile.", "Il codice è 59 17, poi asterisco."),
        "59 17",
    ),
    _c("otp", "Mi è arrivato l'SMS, dice 703 218.", "703 218"),
    _c("otp", "Il codice OTP è 4 4 9 1 0 6.", "4 4 9 1 0 6"),
    _c(
        "otp",
        "Il codice che mi ha mandato l'app della banca: sessantadue, trentotto, quindici.",
        "sessantadue, trentotto, quindici",
    ),
    _c(
        "otp",
        ("Aspetti, mi sta arrivando il messaggio... ecco.", "Otto uno nove, due due sette."),
        "Otto uno nove, due due sette",
    ),
    _c("password", "La password è Girasole_1990.", "Girasole_1990"),
    _c(
        "password",
        "La chiave del Wi-Fi, quella sotto il modem, è r8Tq2vLm9ZkW.",
        "r8Tq2vLm9ZkW",
    ),
    _c(
        "password",
        "è stella, chiocciola, marina, cinquantadue, tutto attaccato.",
        "stella, chiocciola, marina, cinquantadue",
    ),
    _c(
        "password",
        "C maiuscola come Como, A, S, T, O, R, O, poi trattino basso e dodici.",
        ("C maiuscola come Como, A, S, T, O, R, O", "dodici"),
    ),
    _c(
        "password",
        "La frase segreta è il treno arriva sempre tardi.",
        "il treno arriva sempre tardi",
    ),
    _c(
        "password",
        ("Per il portale dei pagamenti? La password, intende?", "Sì, Ravenna, punto esclamativo, otto otto."),
        "Ravenna, punto esclamativo, otto otto",
    ),
    _c("security-answer", "Il cognome da nubile di mia madre è Brambillasca.", "Brambillasca"),
    _c(
        "security-answer",
        "Il mio primo animale era un gatto, si chiamava Briciola.",
        "Briciola",
    ),
    _c(
        "security-answer",
        "La scuola elementare? Sant'Orsola, dalle suore.",
        "Sant'Orsola",
    ),
    _c(
        "security-answer",
        ("È la domanda sulla città dove sono nato.", "Civitavecchia."),
        "Civitavecchia",
    ),
    _c(
        "security-answer",
        "Metta pure Birillo come risposta, è il nome del mio primo cane.",
        "Birillo",
    ),
    _c(
        "security-answer",
        "La via dove sono cresciuto, via delle Ginestre.",
        "via delle Ginestre",
    ),
    _c("bank-account", "Il conto corrente è 000041772908.", "000041772908"),
    _c("bank-account", "Il libretto postale, numero 001274483916.", "001274483916"),
    _c(
        "bank-account",
        ("Le do il numero di conto per il rimborso.", "Sette sette uno, zero quattro due, nove otto cinque."),
        "Sette sette uno, zero quattro due, nove otto cinque",
    ),
    _c("routing", "Il CAB è 44727 e l'ABI 66477.", "44727"),
    _c(
        "routing",
        "Il codice della filiale, il CAB, è zero uno sei zero zero.",
        "zero uno sei zero zero",
    ),
    _c("iban", "L'IBAN è IT20 H815 3571 2946 4532 7872 782.", "IT20 H815 3571 2946 4532 7872 782"),
    _c("iban", "glielo incollo: it73x2871566087243933397255.", "it73x2871566087243933397255"),
    _c(
        "iban",
        "IT94 A 50319 52370 793742970487, come sul contratto.",
        "IT94 A 50319 52370 793742970487",
    ),
    _c(
        "iban",
        "I T 56 M, 2668 1858 0055 7562 2033 21.",
        ("I T 56 M", "2668 1858 0055 7562 2033 21"),
    ),
    _c(
        "iban",
        ("Le do l'IBAN, ha da scrivere?", "IT83 H081 6266 7069 8772 0092 131."),
        "IT83 H081 6266 7069 8772 0092 131",
    ),
    _c("national-id", "Il mio codice fiscale è BNDCHR88C54H501S.", "BNDCHR88C54H501S"),
    _c("national-id", "Codice fiscale MRC LNZ 79S02 F205G.", "MRC LNZ 79S02 F205G"),
    _c(
        "national-id",
        "C come Como, L come Livorno, M come Milano, M, T, T, 96, A, 30, A944, P.",
        ("C come Como, L come Livorno, M come Milano, M, T, T", "96, A, 30, A944, P"),
    ),
    _c("national-id", "il codice fiscale, spsgnr92h23f839x.", "spsgnr92h23f839x"),
    _c(
        "national-id",
        "La carta d'identità elettronica, numero CA48213KD.",
        "CA48213KD",
    ),
    _c("passport", "Il passaporto è YA4821937.", "YA4821937"),
    _c(
        "passport",
        ("Il numero del passaporto, per il check-in.", "Y B 0 7 7 3 1 2 4."),
        "Y B 0 7 7 3 1 2 4",
    ),
    _c("split", ("5166 7526", "3696 9235."), ("5166 7526", "3696 9235")),
    _c(
        "split",
        ("Il codice fiscale è FRRGLI85", "P48L219O."),
        ("FRRGLI85", "P48L219O"),
    ),
    _c(
        "split",
        ("IT27 S559", "3017 5201", "7341 5004 360."),
        ("IT27 S559", "3017 5201", "7341 5004 360"),
    ),
    _c(
        "spoken",
        (
            "quattro nove zero quattro, quattro quattro sette cinque, "
            "uno quattro sei quattro, nove sette zero otto."
        ),
        (
            "quattro nove zero quattro, quattro quattro sette cinque, "
            "uno quattro sei quattro, nove sette zero otto"
        ),
    ),
    _c(
        "spoken",
        "Il codice del messaggio è quattrocentoventitré, novecentosei.",
        "quattrocentoventitré, novecentosei",
    ),
    _c(
        "spoken",
        "Il conto è ventisei, diciotto, cinquantacinque, settantadue.",
        "ventisei, diciotto, cinquantacinque, settantadue",
    ),
)

# Italian: harmless controls
_IT_CONTROLS: tuple[_Row, ...] = (
    _c("control-phone", "Il mio cellulare è 347 829 1044.", keep="347 829 1044"),
    _c("control-phone", "Il numero dell'ufficio, +39 02 4857 3310.", keep="+39 02 4857 3310"),
    _c(
        "control-phone",
        "Mi richiami al tre tre otto, quattro cinque uno, sette sette zero due.",
        keep="tre tre otto, quattro cinque uno, sette sette zero due",
    ),
    _c("control-order", "L'ordine numero 2024-IT-558120, la lavatrice.", keep="2024-IT-558120"),
    _c("control-order", ("Chiamo per un ordine mai arrivato.", "È il 6004187723."), keep="6004187723"),
    _c("control-booking", "Il codice di prenotazione è 7YKQ2D.", keep="7YKQ2D"),
    _c("control-booking", "La prenotazione 3318 4402, per tre notti.", keep="3318 4402"),
    _c(
        "control-invoice",
        "La fattura 1187/2024 di 432,00 euro, me l'avete mandata due volte.",
        keep=("1187/2024", "432,00 euro"),
    ),
    _c("control-policy", "Polizza numero 0091 33 447 812.", keep="0091 33 447 812"),
    _c("control-tracking", "Il codice di spedizione BRT è 058 1102 4471 9930.", keep="058 1102 4471 9930"),
    _c("control-tracking", "La raccomandata, RR 4402 1187 3IT.", keep="RR 4402 1187 3IT"),
    _c("control-price", "Costa 1.850 euro montaggio compreso.", keep="1.850 euro"),
    _c("control-price", "Sono novantanove euro e novanta al mese.", keep="novantanove euro e novanta"),
    _c("control-quantity", "Due confezioni da 30 compresse.", keep=("Due confezioni", "30 compresse")),
    _c("control-date", "Sono nata il 09/02/1988.", keep="09/02/1988"),
    _c("control-time", "Va bene alle 18:45?", keep="18:45"),
    _c("control-address", "Via Garibaldi 22, 20121 Milano.", keep=("Via Garibaldi 22", "20121")),
    _c(
        "control-address",
        "Corso Vittorio Emanuele 118, interno 7, 80121 Napoli.",
        keep=("Corso Vittorio Emanuele 118", "interno 7", "80121"),
    ),
    _c("control-room", "Sono nella camera 412.", keep="412"),
    _c(
        "control-travel",
        "Frecciarossa 9531, carrozza 5, posto 12A.",
        keep=("Frecciarossa 9531", "carrozza 5", "12A"),
    ),
    _c("control-serial", "La matricola della caldaia è 18B-440721-K.", keep="18B-440721-K"),
    _c("control-serial", "Il telaio della Panda, ZFA31200700847126.", keep="ZFA31200700847126"),
    _c("control-meter", "La lettura del contatore del gas è 07214.", keep="07214"),
    _c(
        "control-wifi",
        "La rete si chiama TIM-29484417, ma la password non la so.",
        keep="TIM-29484417",
    ),
    _c(
        "control-loyalty",
        "La tessera fedeltà è 0441 9283 7710 2.",
        keep="0441 9283 7710 2",
    ),
    _c("control-last4", "La carta che finisce con 8830.", keep="8830"),
    _c("control-last4", "Le ultime quattro cifre sono 1 9 0 4.", keep="1 9 0 4"),
    _c("control-email", "La mia mail è giulia.ferri90@example.it.", keep="giulia.ferri90@example.it"),
    _c(
        "control-thousands",
        "Il mutuo è di centottantamila euro.",
        keep="centottantamila euro",
    ),
    _c(
        "control-word",
        "Ho dimenticato la password e l'ho reimpostata, ma non arriva la mail.",
        keep="dimenticato la password",
    ),
    _c("control-word", "C'è un dress code per la cena?", keep="dress code"),
    _c("control-word", "La chiave è sotto lo zerbino.", keep="La chiave è sotto lo zerbino"),
    _c("control-word", "Il codice a barre dello scontrino non si legge.", keep="codice a barre"),
    _c("control-promo", "Ho un codice sconto, ESTATE30.", keep="ESTATE30"),
    _c("control-promo", "Il buono BENVENUTO5 non funziona.", keep="BENVENUTO5"),
    _c(
        "control-measure",
        "Sono alto un metro e ottanta e peso 75 chili.",
        keep=("un metro e ottanta", "75 chili"),
    ),
    _c("control-ticket", "Il numero del ticket è TK-2025-3310.", keep="TK-2025-3310"),
)

# Portuguese (Portugal and Brazil): sensitive
_PT_SENSITIVE: tuple[_Row, ...] = (
    _c("card", "Então, o número do cartão é 4577 1270 7707 1799.", "4577 1270 7707 1799"),
    _c("card", "É um Mastercard, hum, 5407-2357-6553-4607.", "5407-2357-6553-4607"),
    _c(
        "card",
        ("Vou passar o cartão, tá? É um Elo, só um minutinho.", "5067 4466 3923 3216."),
        "5067 4466 3923 3216",
    ),
    _c("card", "O American Express, 3714 737904 83705.", "3714 737904 83705"),
    _c(
        "card",
        "Olha, 4074 9411 4738 7391, está em nome da Beatriz Quaresma.",
        "4074 9411 4738 7391",
        "Beatriz Quaresma",
    ),
    _c("cvv", "O código de segurança é 4 2 9.", "4 2 9"),
    _c("cvv", "os três números de trás, hum, seiscentos e dezoito.", "seiscentos e dezoito"),
    _c("cvv", "CVV, zero meia três.", "zero meia três"),
    _c(
        "cvv",
        ("Os números do verso, é isso?", "Cento e setenta e dois."),
        "Cento e setenta e dois",
    ),
    _c("cvv", "O código de verificação é 8-5-0, a validade é doze de vinte e nove.", "8-5-0"),
    _c("pin", "O PIN do multibanco é 3 3 7 1.", "3 3 7 1"),
    _c("pin", "A senha do cartão, a de quatro dígitos, é 9 0 4 5.", "9 0 4 5"),
    _c(
        "pin",
        ("É a senha de seis dígitos, a do cartão de débito.", "Dois um oito, oito quatro zero."),
        "Dois um oito, oito quatro zero",
    ),
    _c("pin", "Mudei o PIN de 4321 para 7790 e agora não funciona.", ("4321", "7790")),
    _c(
        "access-code",
        "O código do portão é 5 9 1 2 e depois a tecla verde.",
        "5 9 1 2",
    ),
    _c("access-code", "A senha do interfone do prédio é 4 0 8 8.", "4 0 8 8"),
    _c(
        "access-code",
        "O cofre das chaves junto à porta tem o código 2-6-6-0.",
        "2-6-6-0",
    ),
    _c(
        "access-code",
        ("Os da mudança vão precisar de entrar na garagem.", "É o 1 1 9 4, depois cardinal."),
        "1 1 9 4",
    ),
    _c("otp", "Chegou o SMS agora, diz 912 045.", "912 045"),
    _c("otp", "O token é 6 6 3 1 0 8.", "6 6 3 1 0 8"),
    _c(
        "otp",
        "O código de confirmação do MB WAY é quarenta e sete, zero nove, oitenta e um.",
        "quarenta e sete, zero nove, oitenta e um",
    ),
    _c(
        "otp",
        ("Espera, acabou de chegar a mensagem.", "Três meia um, dois zero oito."),
        "Três meia um, dois zero oito",
    ),
    _c("password", "A minha palavra-passe é Andorinha_62.", "Andorinha_62"),
    _c(
        "password",
        "A senha do Wi-Fi, que está atrás do roteador, é Kj7mPq3wXz.",
        "Kj7mPq3wXz",
    ),
    _c(
        "password",
        ("A senha do internet banking? Tá.", "Brisa, arroba, mar, dois mil e dezoito."),
        "Brisa, arroba, mar, dois mil e dezoito",
    ),
    _c(
        "password",
        "é F maiúsculo, L, O, R, E, S, T, A, depois underline e quarenta e quatro.",
        ("F maiúsculo, L, O, R, E, S, T, A", "quarenta e quatro"),
    ),
    _c(
        "password",
        "A frase-passe que escolhi é o barco dorme no cais.",
        "o barco dorme no cais",
    ),
    _c(
        "password",
        "A antiga era Lisboa2020 e a nova é Lisboa2024#, mudei ontem no portal das Finanças.",
        ("Lisboa2020", "Lisboa2024#"),
    ),
    _c("security-answer", "O nome de solteira da minha mãe é Nogueira.", "Nogueira"),
    _c(
        "security-answer",
        "O meu primeiro animal de estimação era um cão chamado Tejo.",
        "Tejo",
    ),
    _c(
        "security-answer",
        "A primeira escola, foi a Escola Básica da Fonte Nova.",
        "Escola Básica da Fonte Nova",
    ),
    _c(
        "security-answer",
        ("É a pergunta da cidade onde eu nasci.", "Uberlândia."),
        "Uberlândia",
    ),
    _c("security-answer", "Pode pôr Pipoca, a resposta é essa.", "Pipoca"),
    _c(
        "security-answer",
        "Meu professor favorito era o seu Arlindo, de matemática.",
        "Arlindo",
    ),
    _c("bank-account", "O NIB é 0657 0153 33792714197 30.", "0657 0153 33792714197 30"),
    _c("bank-account", "Conta corrente 48213-6, no Itaú.", "48213-6"),
    _c(
        "bank-account",
        ("Pra devolução, te passo a conta poupança.", "Zero zero quatro um sete sete dois."),
        "Zero zero quatro um sete sete dois",
    ),
    _c("routing", "A agência é 3417-5, lá no centro.", "3417-5"),
    _c(
        "routing",
        "O routing number do banco nos Estados Unidos é 316909196.",
        "316909196",
    ),
    _c("iban", "O IBAN é PT50 8444 9318 5756 8056 5343 9.", "PT50 8444 9318 5756 8056 5343 9"),
    _c("iban", "vou colar, pt50618181200504969708734.", "pt50618181200504969708734"),
    _c(
        "iban",
        "P T 50, 9486 8598 1846 4909 5834 2.",
        ("P T 50", "9486 8598 1846 4909 5834 2"),
    ),
    _c(
        "iban",
        "A conta no Brasil tem IBAN, BR52 3857 3512 8540 9149 7855 450C 1.",
        "BR52 3857 3512 8540 9149 7855 450C 1",
    ),
    _c(
        "iban",
        ("Para o reembolso, dou-lhe o IBAN.", "PT50 2867 1437 9212 8528 4899 6."),
        "PT50 2867 1437 9212 8528 4899 6",
    ),
    _c("national-id", "O meu CPF é 393.385.489-02.", "393.385.489-02"),
    _c("national-id", "CPF 51020321865, sem pontos.", "51020321865"),
    _c("national-id", "O NIF é 197 561 802.", "197 561 802"),
    _c(
        "national-id",
        "O número do cartão de cidadão é 92518079 9 WT6.",
        "92518079 9 WT6",
    ),
    _c(
        "national-id",
        ("O número de contribuinte? Sim, sim.", "294216804."),
        "294216804",
    ),
    _c("passport", "O meu passaporte português é o N431827.", "N431827"),
    _c("passport", "Passaporte FZ482913, tirei no ano passado.", "FZ482913"),
    _c("split", ("4782 7811", "5071 7081."), ("4782 7811", "5071 7081")),
    _c("split", ("CPF, 775 379", "992, traço 44."), ("775 379", "992")),
    _c(
        "split",
        ("PT50 5239 2005", "8374 0147 9030 3."),
        ("PT50 5239 2005", "8374 0147 9030 3"),
    ),
    _c(
        "spoken",
        "cinco zero quatro, sete oito três, oito zero cinco, meia nove.",
        "cinco zero quatro, sete oito três, oito zero cinco, meia nove",
    ),
    _c(
        "spoken",
        (
            "cinquenta e dois, vinte e seis, noventa e quatro, zero um, "
            "trinta e cinco, oitenta e quatro, trinta, noventa e seis."
        ),
        (
            "cinquenta e dois, vinte e seis, noventa e quatro, zero um, "
            "trinta e cinco, oitenta e quatro, trinta, noventa e seis"
        ),
    ),
    _c(
        "spoken",
        "O meu NIF, dois oito zero, seis zero nove, dois seis quatro.",
        "dois oito zero, seis zero nove, dois seis quatro",
    ),
)

# Portuguese: harmless controls
_PT_CONTROLS: tuple[_Row, ...] = (
    _c("control-phone", "O meu telemóvel é o 934 518 207.", keep="934 518 207"),
    _c("control-phone", "Pode me ligar no (11) 98437-2210.", keep="(11) 98437-2210"),
    _c("control-phone", "O número da loja é +351 21 384 7702.", keep="+351 21 384 7702"),
    _c("control-order", "O pedido número 1029384-33, da geladeira.", keep="1029384-33"),
    _c(
        "control-order",
        ("Liguei por causa de uma encomenda.", "É a 7701 4482 9910."),
        keep="7701 4482 9910",
    ),
    _c("control-booking", "O código da reserva é ZP8M4Q.", keep="ZP8M4Q"),
    _c("control-booking", "A reserva 55190832, para o fim de semana.", keep="55190832"),
    _c(
        "control-invoice",
        "A fatura FT 2024/8812, de 127,30 euros.",
        keep=("FT 2024/8812", "127,30 euros"),
    ),
    _c("control-policy", "A apólice é a 0120-558-3317.", keep="0120-558-3317"),
    _c("control-tracking", "O registo dos CTT, RR 0492 8817 5PT.", keep="RR 0492 8817 5PT"),
    _c("control-tracking", "O rastreio dos Correios é NX127449328BR.", keep="NX127449328BR"),
    _c("control-price", "Ficou em R$ 1.499,90 com a instalação.", keep="R$ 1.499,90"),
    _c("control-price", "Custou trezentos e vinte euros.", keep="trezentos e vinte euros"),
    _c("control-quantity", "Três caixas de 24 latas.", keep=("Três caixas", "24 latas")),
    _c("control-date", "Nasci a 14/06/1983.", keep="14/06/1983"),
    _c("control-time", "Pode ser às 9h15?", keep="9h15"),
    _c(
        "control-address",
        "Rua Augusta 180, segundo esquerdo, 1100-053 Lisboa.",
        keep=("Rua Augusta 180", "1100-053"),
    ),
    _c(
        "control-address",
        "Avenida Paulista 1578, apartamento 92, CEP 01310-200.",
        keep=("Avenida Paulista 1578", "01310-200"),
    ),
    _c("control-room", "Estou no quarto 207.", keep="207"),
    _c(
        "control-travel",
        "Alfa Pendular 131, carruagem 4, lugar 58.",
        keep=("Alfa Pendular 131", "carruagem 4", "lugar 58"),
    ),
    _c("control-serial", "O IMEI do celular é 013851001860916.", keep="013851001860916"),
    _c(
        "control-serial",
        "O número de série da máquina de lavar é 81-4402-1173.",
        keep="81-4402-1173",
    ),
    _c("control-meter", "A leitura do contador da luz é 45120.", keep="45120"),
    _c(
        "control-wifi",
        "A rede chama-se MEO-8F21C0, mas a palavra-passe não sei.",
        keep="MEO-8F21C0",
    ),
    _c("control-loyalty", "O cartão Continente é 2800 1174 3392 18.", keep="2800 1174 3392 18"),
    _c("control-last4", "O cartão que termina em 4410.", keep="4410"),
    _c("control-last4", "Os últimos quatro são meia meia zero dois.", keep="meia meia zero dois"),
    _c("control-email", "O meu email é ana.pereira77@example.com.br.", keep="ana.pereira77@example.com.br"),
    _c(
        "control-thousands",
        "O financiamento é de duzentos e cinquenta mil reais.",
        keep="duzentos e cinquenta mil reais",
    ),
    _c(
        "control-word",
        "Esqueci a senha e redefini, mas o aplicativo continua travado.",
        keep="Esqueci a senha",
    ),
    _c("control-word", "Perdi o passe do metro ontem.", keep="passe do metro"),
    _c("control-word", "A chave está debaixo do tapete.", keep="A chave está debaixo do tapete"),
    _c(
        "control-word",
        "Não me lembro da resposta à pergunta de segurança, podem apagar?",
        keep="pergunta de segurança",
    ),
    _c("control-promo", "Tenho um cupom de desconto, PRIMAVERA15.", keep="PRIMAVERA15"),
    _c("control-promo", "O código promocional VERAO10 não dá.", keep="VERAO10"),
    _c(
        "control-measure",
        "Tomo 850 mg de metformina duas vezes ao dia.",
        keep="850 mg",
    ),
    _c("control-ticket", "O número do chamado é CH-77120.", keep="CH-77120"),
)


REDACTION_HELDOUT16: tuple[RedactionCase, ...] = (
    _number("en", _EN_SENSITIVE + _EN_CONTROLS)
    + _number("es", _ES_SENSITIVE + _ES_CONTROLS)
    + _number("fr", _FR_SENSITIVE + _FR_CONTROLS)
    + _number("de", _DE_SENSITIVE + _DE_CONTROLS)
    + _number("it", _IT_SENSITIVE + _IT_CONTROLS)
    + _number("pt", _PT_SENSITIVE + _PT_CONTROLS)
)
