"""A development corpus of secrets said in words (passwords, security answers, corrections, access codes
said as dates) and controls that talk about them: the redaction rules are tuned on it.

Callers' turns to clinics, shops, banks, restaurants, hotels and utilities, in English, Spanish, French,
German, Italian and Portuguese, written the way a transcription engine prints them. Sensitive kinds:
``password`` (passwords and passphrases of ordinary words, no digits, after every phrasing of "password"),
``security-answer`` (answers to security questions), ``correction`` (a secret said then corrected: both
values are secrets) and ``access-code`` (door, gate, lockbox, alarm and key safe codes said as years,
dates or birthdays). Controls (``control-<what>``) talk about passwords, logins, PINs, codes and security
questions without saying a secret, or carry names, places, dates, products and times that must stay.

Borderline decisions, as in ``evaluation.redaction_corpus``: a date of birth, an address, a birthplace, a
maiden name or a pet's name said plainly (not as the answer to a security question) is kept; so are
usernames and login emails, order, booking, invoice and tracking numbers, promo codes, the last four of a
card said to identify it, and years that are not codes ("we moved in 1994").
"""

from evaluation.redaction_corpus import RedactionCase


def _case(
    case_id: str,
    turns: str | tuple[str, ...],
    secrets: tuple[str, ...] = (),
    keep: tuple[str, ...] = (),
) -> RedactionCase:
    """A case whose language and kind are read from its id, ``w-<language>-<kind>-NN``."""
    _, language, *kind, _ = case_id.split("-")
    return RedactionCase(
        id=case_id,
        language=language,
        kind="-".join(kind),
        turns=(turns,) if isinstance(turns, str) else turns,
        secrets=secrets,
        keep=keep,
    )


_ENGLISH: tuple[RedactionCase, ...] = (
    _case("w-en-password-01", "Yeah the password is bluebird.", ("bluebird",)),
    _case("w-en-password-02", "My login? Um, it's marmalade, all one word.", ("marmalade",)),
    _case(
        "w-en-password-03",
        ("The wifi password, hang on, let me find the little card.", "Okay, it's greenhouse, all lowercase."),
        ("greenhouse",),
    ),
    _case("w-en-password-04", "Passcode is lighthouse with a capital L.", ("lighthouse",)),
    _case(
        "w-en-password-05",
        "For the sign in I use pancake, and can you also check my order 48213 while you're there?",
        ("pancake",),
        ("48213",),
    ),
    _case(
        "w-en-password-06",
        "The passphrase is correct horse battery staple, I read it in a comic.",
        ("correct horse battery staple",),
    ),
    _case("w-en-password-07", "My memorable word is Tuesday.", ("Tuesday",)),
    _case(
        "w-en-password-08",
        "The secret word we agreed on with the agency was pineapple, is that right?",
        ("pineapple",),
    ),
    _case("w-en-password-09", "So the word I use for everything is, er, Wellington.", ("Wellington",)),
    _case(
        "w-en-password-10",
        "What I type in is moonlight, no spaces, and then it says incorrect.",
        ("moonlight",),
    ),
    _case(
        "w-en-password-11",
        "Log-in details, the username is dave.hughes and the password is copperkettle.",
        ("copperkettle",),
        ("dave.hughes",),
    ),
    _case(
        "w-en-password-12",
        "It's, uh, 'silver fox', in quotes, two words, that's the password for the portal.",
        ("silver fox",),
    ),
    _case(
        "w-en-password-13", ("I think you need my password.", "Right. It's butterscotch."), ("butterscotch",)
    ),
    _case(
        "w-en-password-14",
        "Password is Blackberry with a capital B and the rest lower case.",
        ("Blackberry",),
    ),
    _case(
        "w-en-password-15",
        "The wifi key printed on the router is orangegrove, but I changed it to riverstone last year.",
        ("orangegrove", "riverstone"),
    ),
    _case(
        "w-en-password-16",
        "Password for the patient portal is sunflower meadow, with a space, and my appointment's on Friday.",
        ("sunflower meadow",),
        ("Friday",),
    ),
    _case(
        "w-en-password-17",
        "Yeah my online banking passcode is thunderstorm, I can never remember it.",
        ("thunderstorm",),
    ),
    _case(
        "w-en-password-18",
        "The alarm app login is the same as my email password, which is kingfisher.",
        ("kingfisher",),
    ),
    _case(
        "w-en-password-19",
        "Can you reset it? The current password, the one that doesn't work, is velvetcurtain.",
        ("velvetcurtain",),
    ),
    _case(
        "w-en-password-20",
        "My password, it's, um, hmm, it's rainbow trout, two words, and then I get locked out.",
        ("rainbow trout",),
    ),
    _case(
        "w-en-password-21",
        "It's all in capitals, HAPPYDAYS, that's the login for the loyalty app.",
        ("HAPPYDAYS",),
    ),
    _case(
        "w-en-password-22",
        "I'll spell it, w-a-l-r-u-s, walrus, that's the password.",
        ("w-a-l-r-u-s", "walrus"),
    ),
    _case(
        "w-en-password-23",
        "The guest network password is welcome home with no space, so welcomehome.",
        ("welcome home", "welcomehome"),
    ),
    _case(
        "w-en-password-24",
        "Sign in is my email and then the password is goldfinch, and it keeps saying error 403.",
        ("goldfinch",),
        ("error 403",),
    ),
    _case(
        "w-en-password-25",
        (
            "Oh and the code word for the account, the one they asked me to set up,",
            "it's purple elephant.",
        ),
        ("purple elephant",),
    ),
    _case(
        "w-en-password-26",
        "My Netflix password is cheesecake and my husband changed it, so I can't get in.",
        ("cheesecake",),
    ),
    _case(
        "w-en-password-27",
        "The secret phrase for collecting the parcel is autumn leaves falling.",
        ("autumn leaves falling",),
    ),
    _case("w-en-security-answer-01", "My mother's maiden name is Thornbury.", ("Thornbury",)),
    _case(
        "w-en-security-answer-02",
        ("You asked about my first pet?", "It was a hamster called Nibbles."),
        ("Nibbles",),
    ),
    _case("w-en-security-answer-03", "The street I grew up on was Maple Avenue.", ("Maple Avenue",)),
    _case(
        "w-en-security-answer-04",
        "The security question is city of birth, and that's Aberdeen.",
        ("Aberdeen",),
    ),
    _case(
        "w-en-security-answer-05",
        "My first dog was called Biscuit, that's my security answer.",
        ("Biscuit",),
    ),
    _case(
        "w-en-security-answer-06",
        "For the first school question, it's St Anselm's Primary.",
        ("St Anselm's Primary",),
    ),
    _case(
        "w-en-security-answer-07",
        "The answer to the security question, my first car, is a Ford Cortina.",
        ("Ford Cortina",),
    ),
    _case("w-en-security-answer-08", "Favourite teacher, that was Mrs Pemberton.", ("Pemberton",)),
    _case(
        "w-en-security-answer-09",
        "Favourite book, I put Wuthering Heights, I think.",
        ("Wuthering Heights",),
    ),
    _case(
        "w-en-security-answer-10",
        "Mum's maiden name, it's Kowalski, K-O-W-A-L-S-K-I.",
        ("Kowalski", "K-O-W-A-L-S-K-I"),
    ),
    _case(
        "w-en-security-answer-11",
        "Um, favourite food, I think I said lasagne, yeah, lasagne.",
        ("lasagne",),
    ),
    _case(
        "w-en-security-answer-12",
        "Favourite team is Tranmere Rovers, that's what I set as the answer.",
        ("Tranmere Rovers",),
    ),
    _case(
        "w-en-security-answer-13",
        "The question's my grandmother's first name, and it's Euphemia.",
        ("Euphemia",),
    ),
    _case(
        "w-en-security-answer-14",
        ("What was the name of your first pet, that's the one.", "Goldie. She was a goldfish."),
        ("Goldie",),
    ),
    _case("w-en-correction-01", "The PIN is 4471, no wait, 4417.", ("4471", "4417")),
    _case("w-en-correction-02", "Door code's 2580, sorry, 2508.", ("2580", "2508")),
    _case(
        "w-en-correction-03",
        "The code you texted me is 583 920, actually no, 583 902, I misread it.",
        ("583 920", "583 902"),
    ),
    _case(
        "w-en-correction-04",
        "My password is hollyhock, or was it hollybush? Try hollyhock first.",
        ("hollyhock", "hollybush"),
    ),
    _case("w-en-correction-05", "The CVV is 731, I mean 713.", ("731", "713")),
    _case(
        "w-en-correction-06",
        "Gate code is star 1 9 6 6, no hang on, star 1 9 6 9.",
        ("1 9 6 6", "1 9 6 9"),
    ),
    _case(
        "w-en-correction-07",
        ("It's four seven two nine.", "No, sorry, four seven nine two, that's the PIN."),
        ("four seven two nine", "four seven nine two"),
    ),
    _case(
        "w-en-correction-08",
        "The memorable word is Pickles, actually no, that's the old one, it's Crumpet now.",
        ("Pickles", "Crumpet"),
    ),
    _case("w-en-correction-09", "Key safe is 3 8 1 4, sorry, I mean 3 8 4 1.", ("3 8 1 4", "3 8 4 1")),
    _case(
        "w-en-correction-10",
        "The one-time code, 71 44 09, wait, 71 44 90.",
        ("71 44 09", "71 44 90"),
    ),
    _case(
        "w-en-correction-11",
        "Alarm code is nine nine three one, no sorry, nine three nine one.",
        ("nine nine three one", "nine three nine one"),
    ),
    _case(
        "w-en-access-code-01",
        "The key safe code is 1987, the year we got married.",
        ("1987",),
    ),
    _case("w-en-access-code-02", "Gate code is my birthday, oh three oh seven.", ("oh three oh seven",)),
    _case(
        "w-en-access-code-03",
        "Front door code is nineteen eighty-four, like the book.",
        ("nineteen eighty-four",),
    ),
    _case(
        "w-en-access-code-04",
        "The lockbox by the door, it's 0412, my daughter's birthday, for the carer tomorrow.",
        ("0412",),
    ),
    _case("w-en-access-code-05", "Alarm code is twenty twenty, easy to remember.", ("twenty twenty",)),
    _case("w-en-access-code-06", "Garage keypad is 1 9 7 2.", ("1 9 7 2",)),
    _case(
        "w-en-access-code-07",
        "The padlock on the side gate is 2001, the delivery can go in the shed.",
        ("2001",),
    ),
    _case(
        "w-en-access-code-08",
        "For the cleaner, the door code is the year the house was built, 1936.",
        ("1936",),
    ),
    _case(
        "w-en-access-code-09",
        "Code to the bike store is nineteen ninety-nine, then push hard.",
        ("nineteen ninety-nine",),
    ),
    _case(
        "w-en-access-code-10",
        "The key safe, it's two thousand and five, it's on the left of the porch.",
        ("two thousand and five",),
    ),
    _case(
        "w-en-access-code-11",
        "The gate code's ten sixty-six, Battle of Hastings, my husband's idea.",
        ("ten sixty-six",),
    ),
    _case(
        "w-en-access-code-12",
        ("The boiler man needs to get in, there's a key box.", "The code is my mum's birthday, 14 08."),
        ("14 08",),
    ),
    _case(
        "w-en-control-password-01",
        "I forgot my password, can you send a reset link to j.okafor@outlook.com?",
        keep=("j.okafor@outlook.com",),
    ),
    _case(
        "w-en-control-username-01",
        "My username is mark_taylor77, but I don't remember the password.",
        keep=("mark_taylor77",),
    ),
    _case(
        "w-en-control-pin-01",
        "I need to change my PIN, it's the card ending in 4417.",
        keep=("ending in 4417",),
    ),
    _case(
        "w-en-control-security-question-01",
        "I don't remember what I set as my security question, can someone call me back on 07700 900123?",
        keep=("07700 900123",),
    ),
    _case(
        "w-en-control-order-01",
        "Should I give you my password? No? Okay, the order number is 77201.",
        keep=("77201",),
    ),
    _case(
        "w-en-control-dob-01",
        "My date of birth is the 3rd of March 1980, surname Okafor.",
        keep=("3rd of March 1980", "Okafor"),
    ),
    _case(
        "w-en-control-year-01",
        "We moved into the flat in 1994 and the boiler's the original one.",
        keep=("1994",),
    ),
    _case(
        "w-en-control-appointment-01",
        "My appointment is on Thursday the 12th at 10:30 with Dr Patel.",
        keep=("Thursday the 12th", "10:30", "Dr Patel"),
    ),
    _case(
        "w-en-control-product-01",
        "I'm calling about the Bosch Serie 6 dishwasher I bought in January.",
        keep=("Bosch Serie 6", "January"),
    ),
    _case(
        "w-en-control-name-01",
        "The table's under Margaret Hughes, for eight people at half seven.",
        keep=("Margaret Hughes", "half seven"),
    ),
    _case(
        "w-en-control-wifi-01",
        "Do you have wifi at the Seaview Hotel, or is there a password at reception?",
        keep=("Seaview Hotel",),
    ),
    _case(
        "w-en-control-passphrase-01",
        "The letter says I need to set up a passphrase before the 15th of June.",
        keep=("15th of June",),
    ),
    _case(
        "w-en-control-tracking-01",
        "The code on the parcel is a tracking number, TX449201GB, not a password.",
        keep=("TX449201GB",),
    ),
    _case(
        "w-en-control-promo-01",
        "I have a discount code, SUMMER20, does that still work on the website?",
        keep=("SUMMER20",),
    ),
    _case(
        "w-en-control-pet-01",
        "My dog Biscuit is booked in for his vaccinations on Monday.",
        keep=("Biscuit", "Monday"),
    ),
    _case(
        "w-en-control-maiden-name-01",
        "My maiden name was Fletcher, I got married since, so the account might still be under Fletcher.",
        keep=("Fletcher",),
    ),
    _case(
        "w-en-control-address-01",
        "I live at 14 Maple Avenue now, I moved from Leeds in the spring.",
        keep=("14 Maple Avenue", "Leeds"),
    ),
    _case(
        "w-en-control-birthplace-01",
        "I was born in Aberdeen, so the GP there might still have my old records.",
        keep=("Aberdeen",),
    ),
    _case(
        "w-en-control-school-01",
        "My son goes to St Mary's Primary and he needs a note for the school trip.",
        keep=("St Mary's Primary",),
    ),
    _case(
        "w-en-control-car-01",
        "It's a Ford Focus, registration AB12 CDE, booked in for an MOT on the 2nd.",
        keep=("Ford Focus", "AB12 CDE"),
    ),
    _case(
        "w-en-control-team-01",
        "Did you see Liverpool last night? Anyway, I need a table for Saturday.",
        keep=("Liverpool", "Saturday"),
    ),
    _case(
        "w-en-control-book-01",
        "I'm looking for a copy of Wuthering Heights, the Penguin edition.",
        keep=("Wuthering Heights", "Penguin"),
    ),
    _case(
        "w-en-control-otp-01",
        "I never got the verification code, I think it went to my old number, 07700 900456.",
        keep=("07700 900456",),
    ),
    _case(
        "w-en-control-door-code-01",
        "The door code doesn't work, is reception open after 11 pm?",
        keep=("11 pm",),
    ),
    _case(
        "w-en-control-alarm-01",
        "The alarm engineer, Steve from SecureHome, is coming on the 9th to change the code.",
        keep=("Steve", "SecureHome", "the 9th"),
    ),
    _case(
        "w-en-control-password-rules-01",
        "How long does the password need to be? It says at least twelve characters.",
        keep=("at least twelve characters",),
    ),
    _case(
        "w-en-control-invoice-01",
        "Is my account number on the bill? I'm looking at invoice INV-20931.",
        keep=("INV-20931",),
    ),
    _case(
        "w-en-control-booking-01",
        "Booking reference is HX7K2P, for two nights from the 20th of August.",
        keep=("HX7K2P", "20th of August"),
    ),
    _case(
        "w-en-control-time-01",
        "Can I come in at quarter past three on Friday for the blood test?",
        keep=("quarter past three", "Friday"),
    ),
    _case(
        "w-en-control-login-email-01",
        "The login email is sarah.bennett@btinternet.com, it's the password I've lost.",
        keep=("sarah.bennett@btinternet.com",),
    ),
    _case(
        "w-en-control-username-02",
        "My user name is greenfrog, that's the username, not the password, just so you know.",
        keep=("greenfrog",),
    ),
    _case(
        "w-en-control-memorable-word-01",
        "I don't think I have a memorable word set up, do I need one for Barclays?",
        keep=("Barclays",),
    ),
    _case(
        "w-en-control-name-02",
        "She said password about three times but never told me what it was. Her name's Linda Moore.",
        keep=("Linda Moore",),
    ),
    _case(
        "w-en-control-years-01",
        "The house was built in 1936 and we bought it in 2008, the roof needs looking at.",
        keep=("1936", "2008"),
    ),
    _case(
        "w-en-control-product-02",
        "Is the Samsung Galaxy S24 in stock at the Croydon store?",
        keep=("Samsung Galaxy S24", "Croydon"),
    ),
    _case(
        "w-en-control-meter-01",
        "Meter reading is 04512, I took it on the 1st of May.",
        keep=("04512", "1st of May"),
    ),
    _case(
        "w-en-control-hotel-01",
        "We're checking in on the 3rd, name of Dubois, and we'll need a cot for the baby.",
        keep=("the 3rd", "Dubois"),
    ),
    _case(
        "w-en-control-pin-reminder-01",
        "Can you post me a PIN reminder to 22 Elm Road, Bristol?",
        keep=("22 Elm Road, Bristol",),
    ),
    _case(
        "w-en-control-restaurant-01",
        "Table for four under Jensen at eight, and one of us is coeliac.",
        keep=("Jensen", "at eight"),
    ),
    _case(
        "w-en-control-bank-01",
        "I'd like to set up a standing order of 250 pounds on the 1st of each month.",
        keep=("250 pounds", "1st of each month"),
    ),
    _case(
        "w-en-control-security-question-02",
        "Can I change my security question? The old one was about my first pet and I'd rather not.",
        keep=("first pet",),
    ),
    _case(
        "w-en-control-dob-02",
        "Born 12 May 1975, and the surgery is the one on Church Street.",
        keep=("12 May 1975", "Church Street"),
    ),
    _case(
        "w-en-control-login-01",
        "I can't log in to the Thames Water app since the update on Tuesday.",
        keep=("Thames Water", "Tuesday"),
    ),
    _case(
        "w-en-password-28",
        (
            "They asked me for a passphrase when I set it up.",
            "Um, I went with 'marching penguins', is that what you need?",
        ),
        ("marching penguins",),
    ),
    _case(
        "w-en-password-29",
        "It's the word I always use, dandelion, and I also wanted to ask about my delivery on Wednesday.",
        ("dandelion",),
        ("Wednesday",),
    ),
    _case(
        "w-en-password-30",
        "Password... erm... hold on... yeah, it's tangerine, then when's the engineer coming?",
        ("tangerine",),
    ),
    _case(
        "w-en-password-31",
        "Login's my surname and the password is Snowdrop, capital S, and then it just spins.",
        ("Snowdrop",),
    ),
    _case(
        "w-en-password-32",
        "My wifi's called VirginMedia-5G and the key is periwinkle.",
        ("periwinkle",),
        ("VirginMedia-5G",),
    ),
    _case(
        "w-en-password-33",
        "So what I type is buttercup daisy, with a space in the middle, all lowercase.",
        ("buttercup daisy",),
    ),
    _case(
        "w-en-password-34",
        "The word for the pharmacy account, they call it a security word, is Hedgehog.",
        ("Hedgehog",),
    ),
    _case(
        "w-en-password-35",
        "I think it's sausage, unless I changed it, but try sausage.",
        ("sausage",),
    ),
    _case(
        "w-en-password-36",
        "Log in as me, j.okafor, password nightingale.",
        ("nightingale",),
        ("j.okafor",),
    ),
    _case(
        "w-en-password-37",
        "The password is my favourite flower, which is, well, hydrangea.",
        ("hydrangea",),
    ),
    _case(
        "w-en-password-38",
        (
            "Right, the log-in details for the energy account.",
            "Email's on file, password is lemon drizzle, two words, and the L is a capital.",
        ),
        ("lemon drizzle",),
    ),
    _case(
        "w-en-password-39",
        "It's in my notebook, it says password colon, then the word, Marigold.",
        ("Marigold",),
    ),
    _case(
        "w-en-password-40",
        "The door entry app asks for a passcode and mine is open sesame, as a joke.",
        ("open sesame",),
    ),
    _case(
        "w-en-security-answer-15",
        "Memorable place is Blackpool, that's where we went every summer.",
        ("Blackpool",),
    ),
    _case(
        "w-en-security-answer-16",
        ("For security they asked my favourite film.", "I said Casablanca."),
        ("Casablanca",),
    ),
    _case(
        "w-en-security-answer-17",
        "My father's middle name, that's the question, it's Aloysius.",
        ("Aloysius",),
    ),
    _case(
        "w-en-security-answer-18",
        "The name of my best friend at school was Gemma Whitlock, that's the answer on the account.",
        ("Gemma Whitlock",),
    ),
    _case(
        "w-en-correction-12",
        ("The passcode is foxglove.", "Oh no, sorry, I changed it, it's bluebell now."),
        ("foxglove", "bluebell"),
    ),
    _case(
        "w-en-correction-13",
        "Security number on the back is 0 4 9, hang on, 0 9 4.",
        ("0 4 9", "0 9 4"),
    ),
    _case(
        "w-en-correction-14",
        "Lockbox code 7 7 3 0, or was it 7 7 0 3? One of those.",
        ("7 7 3 0", "7 7 0 3"),
    ),
    _case(
        "w-en-access-code-13",
        "The key safe is the year of the moon landing, nineteen sixty-nine.",
        ("nineteen sixty-nine",),
    ),
    _case(
        "w-en-access-code-14",
        "Garage door code's 3 1 1 2, my wife picked it.",
        ("3 1 1 2",),
    ),
    _case(
        "w-en-access-code-15",
        "The code for the gate is two oh one nine, the year we moved in.",
        ("two oh one nine",),
    ),
    _case(
        "w-en-access-code-16",
        "The door code is our anniversary, the twelfth of June, so 1 2 0 6.",
        ("twelfth of June", "1 2 0 6"),
    ),
    _case(
        "w-en-control-password-02",
        "My password expired yesterday, it says I need a new one by the 30th of November.",
        keep=("30th of November",),
    ),
    _case(
        "w-en-control-name-03",
        "Can I speak to Rosemary in accounts? She dealt with my password problem last week.",
        keep=("Rosemary",),
    ),
    _case(
        "w-en-control-product-03",
        "The keypad on my Ring Video Doorbell 4 stopped taking the code after the update.",
        keep=("Ring Video Doorbell 4",),
    ),
    _case(
        "w-en-control-hotel-02",
        "We're at the Premier Inn in Cardiff Bay, room 214, and the wifi login page won't load.",
        keep=("Premier Inn", "Cardiff Bay", "room 214"),
    ),
    _case(
        "w-en-control-time-02",
        "The locksmith said he'd come between two and four on Thursday to change the lock.",
        keep=("between two and four", "Thursday"),
    ),
    _case(
        "w-en-control-year-02",
        "My husband was born in 1984 and he's on the policy too, policy number PL-55120.",
        keep=("1984", "PL-55120"),
    ),
    _case(
        "w-en-control-dob-03",
        "Date of birth, the fifth of June, nineteen eighty.",
        keep=("fifth of June", "nineteen eighty"),
    ),
    _case(
        "w-en-control-place-01",
        "Is the Orange Tree on Castle Street open on Sundays?",
        keep=("Orange Tree", "Castle Street", "Sundays"),
    ),
    _case(
        "w-en-control-password-rules-02",
        "The app says my password is too weak, Katie, what does it want?",
        keep=("Katie",),
    ),
    _case(
        "w-en-control-login-email-02",
        "I sign in with Google, my email is tom.reyes@gmail.com, there's no separate password.",
        keep=("tom.reyes@gmail.com",),
    ),
    _case(
        "w-en-control-passphrase-02",
        "What's a passphrase? Is it like the memorable word Nationwide asked me for?",
        keep=("Nationwide",),
    ),
    _case(
        "w-en-control-hotel-03",
        "The wifi at the Lakeside Lodge keeps asking me to sign in again.",
        keep=("Lakeside Lodge",),
    ),
    _case(
        "w-en-control-restaurant-02",
        "A booking for Valentine's Day, two people, name of Castellano.",
        keep=("Valentine's Day", "Castellano"),
    ),
    _case(
        "w-en-control-utility-01",
        "My account with Octopus Energy, the reference is A-7D21F09, I can't sign in to it.",
        keep=("Octopus Energy", "A-7D21F09"),
    ),
    _case(
        "w-en-control-security-question-03",
        "The questions are my first pet and my mother's maiden name, I'd rather not say them on the phone.",
        keep=("mother's maiden name",),
    ),
)

_SPANISH: tuple[RedactionCase, ...] = (
    _case("w-es-password-01", "La contraseña es mariposa, todo en minúsculas.", ("mariposa",)),
    _case(
        "w-es-password-02",
        ("Vale, la clave del wifi, espere que la busco.", "Ya está, es naranjodulce, todo junto."),
        ("naranjodulce",),
    ),
    _case(
        "w-es-password-03",
        "Mi clave de acceso es girasol, y de paso, ¿me puede mirar el pedido 55890?",
        ("girasol",),
        ("55890",),
    ),
    _case(
        "w-es-password-04",
        "Pues la contraseña, eh, es, a ver, Barcelona con mayúscula.",
        ("Barcelona",),
    ),
    _case(
        "w-es-password-05",
        "Para entrar en la aplicación pongo tortilla de patatas, así, con espacios.",
        ("tortilla de patatas",),
    ),
    _case(
        "w-es-password-06",
        "La palabra secreta que acordamos con la agencia es limonero.",
        ("limonero",),
    ),
    _case(
        "w-es-password-07",
        "Lo que escribo para iniciar sesión es caracola, pero me dice que es incorrecta.",
        ("caracola",),
    ),
    _case(
        "w-es-password-08",
        "Mis datos de acceso son el correo y la clave, que es escalera.",
        ("escalera",),
    ),
    _case(
        "w-es-password-09",
        "La frase de contraseña es el perro come sandía, la puse yo.",
        ("el perro come sandía",),
    ),
    _case(
        "w-es-password-10",
        "La contraseña de la banca online, la que uso siempre, es 'golondrina'.",
        ("golondrina",),
    ),
    _case("w-es-security-answer-01", "El apellido de soltera de mi madre es Echeverría.", ("Echeverría",)),
    _case(
        "w-es-security-answer-02",
        "La pregunta de seguridad es el nombre de mi primera mascota, y era Canelo.",
        ("Canelo",),
    ),
    _case(
        "w-es-security-answer-03",
        ("¿La calle donde crecí?", "Calle de los Almendros, esa es la respuesta."),
        ("Calle de los Almendros",),
    ),
    _case(
        "w-es-security-answer-04",
        "Mi primer colegio fue el Colegio San Ignacio, eso puse en la pregunta de seguridad.",
        ("Colegio San Ignacio",),
    ),
    _case(
        "w-es-security-answer-05",
        "La respuesta es Valladolid, mi ciudad de nacimiento.",
        ("Valladolid",),
    ),
    _case(
        "w-es-security-answer-06",
        "Mi comida favorita, que es la respuesta secreta, es paella.",
        ("paella",),
    ),
    _case(
        "w-es-correction-01",
        "El PIN es 6612, no, perdón, 6621.",
        ("6612", "6621"),
    ),
    _case(
        "w-es-correction-02",
        "El código del portal es cuatro cinco ocho dos, digo, cuatro cinco dos ocho.",
        ("cuatro cinco ocho dos", "cuatro cinco dos ocho"),
    ),
    _case(
        "w-es-correction-03",
        "La contraseña es pimiento, ay no, espera, es pimentón.",
        ("pimiento", "pimentón"),
    ),
    _case(
        "w-es-correction-04",
        "El código que me mandaron por SMS es 390 114, bueno, en realidad 390 141.",
        ("390 114", "390 141"),
    ),
    _case(
        "w-es-correction-05",
        "Los tres números de detrás de la tarjeta son 528, o era 582, ahora no estoy seguro.",
        ("528", "582"),
    ),
    _case(
        "w-es-access-code-01",
        "El código de la puerta es mil novecientos noventa, el año que nació mi hijo.",
        ("mil novecientos noventa",),
    ),
    _case(
        "w-es-access-code-02",
        "La caja de llaves tiene el código 1978, está al lado del buzón.",
        ("1978",),
    ),
    _case(
        "w-es-access-code-03",
        "Para la alarma marque dos mil doce y luego la tecla verde.",
        ("dos mil doce",),
    ),
    _case(
        "w-es-access-code-04",
        "El candado del trastero es mi cumpleaños, 2 3 0 6.",
        ("2 3 0 6",),
    ),
    _case(
        "w-es-access-code-05",
        ("El técnico puede entrar por el garaje.", "El código es diecinueve ochenta y dos."),
        ("diecinueve ochenta y dos",),
    ),
    _case(
        "w-es-control-password-01",
        "He olvidado la contraseña, ¿me pueden mandar el enlace a lucia.moreno@gmail.com?",
        keep=("lucia.moreno@gmail.com",),
    ),
    _case(
        "w-es-control-username-01",
        "Mi usuario es jgarcia_82, pero la clave no me la sé.",
        keep=("jgarcia_82",),
    ),
    _case(
        "w-es-control-dob-01",
        "Mi fecha de nacimiento es el 14 de febrero de 1980.",
        keep=("14 de febrero de 1980",),
    ),
    _case(
        "w-es-control-appointment-01",
        "Tengo cita el martes 9 a las once y media con la doctora Ruiz.",
        keep=("martes 9", "once y media", "doctora Ruiz"),
    ),
    _case(
        "w-es-control-year-01",
        "Nos mudamos al piso en 1994 y la caldera es la de entonces.",
        keep=("1994",),
    ),
    _case(
        "w-es-control-order-01",
        "No le voy a dar la contraseña, pero el número de pedido es 30417.",
        keep=("30417",),
    ),
    _case(
        "w-es-control-restaurant-01",
        "Quería reservar mesa para seis el sábado a las nueve a nombre de Fernández.",
        keep=("sábado", "nueve", "Fernández"),
    ),
    _case(
        "w-es-control-pin-01",
        "Quiero cambiar el PIN de la tarjeta que termina en 2290.",
        keep=("termina en 2290",),
    ),
    _case(
        "w-es-control-security-question-01",
        "No me acuerdo de la pregunta de seguridad, ¿me pueden llamar al 612 345 678?",
        keep=("612 345 678",),
    ),
    _case(
        "w-es-control-product-01",
        "Llamo por la lavadora Balay de 8 kilos que compré en la tienda de Getafe.",
        keep=("Balay", "Getafe"),
    ),
    _case(
        "w-es-control-pet-01",
        "Mi perro Canelo tiene cita para la vacuna el jueves.",
        keep=("Canelo", "jueves"),
    ),
    _case(
        "w-es-control-wifi-01",
        "¿En el Hotel Miramar hay wifi gratis o hay que pedir la clave en recepción?",
        keep=("Hotel Miramar",),
    ),
    _case(
        "w-es-control-address-01",
        "Vivo en la calle de los Almendros 12, en Valladolid, desde el año pasado.",
        keep=("calle de los Almendros 12", "Valladolid"),
    ),
    _case(
        "w-es-control-otp-01",
        "No me ha llegado el código de verificación, tengo un móvil nuevo de Movistar.",
        keep=("Movistar",),
    ),
    _case(
        "w-es-password-11",
        ("¿La contraseña? Un momento que la tengo apuntada.", "Ya, es caramelo, todo junto y en minúsculas."),
        ("caramelo",),
    ),
    _case(
        "w-es-password-12",
        "Mi clave es 'Sevilla', con la ese mayúscula, y también quería saber cuándo viene el técnico.",
        ("Sevilla",),
    ),
    _case(
        "w-es-password-13",
        "La contraseña del wifi del bar, la que me dio el camarero, es cafeconleche.",
        ("cafeconleche",),
    ),
    _case(
        "w-es-password-14",
        "Para iniciar sesión pongo mi correo y la contraseña, que es, eh, pues, almendra.",
        ("almendra",),
    ),
    _case(
        "w-es-password-15",
        "La clave de la cuenta de la luz es verano azul, dos palabras.",
        ("verano azul",),
    ),
    _case(
        "w-es-security-answer-07",
        "Mi primer coche fue un Seat Ibiza, esa es la respuesta de seguridad.",
        ("Seat Ibiza",),
    ),
    _case(
        "w-es-security-answer-08",
        ("Me pregunta por mi libro favorito.", "Cien años de soledad, eso puse."),
        ("Cien años de soledad",),
    ),
    _case(
        "w-es-correction-06",
        "La clave es lentejas, no, perdona, garbanzos.",
        ("lentejas", "garbanzos"),
    ),
    _case(
        "w-es-correction-07",
        "El código de la alarma es 1 9 9 2, o sea, no, 1 9 2 9.",
        ("1 9 9 2", "1 9 2 9"),
    ),
    _case(
        "w-es-access-code-06",
        "El código del garaje es el cumpleaños de mi mujer, quince de mayo, uno cinco cero cinco.",
        ("quince de mayo", "uno cinco cero cinco"),
    ),
    _case(
        "w-es-access-code-07",
        "La puerta del portal abre con dos mil veinte, el año de la pandemia.",
        ("dos mil veinte",),
    ),
    _case(
        "w-es-control-login-email-01",
        "Mi nombre de usuario es el correo, pedro.sanz@hotmail.es, y la contraseña la cambié ayer.",
        keep=("pedro.sanz@hotmail.es",),
    ),
    _case(
        "w-es-control-dob-02",
        "Nací en 1980 en Sevilla y quería pedir cita para el lunes.",
        keep=("1980", "Sevilla", "lunes"),
    ),
    _case(
        "w-es-control-promo-01",
        "¿El código de descuento VERANO15 sirve para la tienda de Málaga?",
        keep=("VERANO15", "Málaga"),
    ),
    _case(
        "w-es-control-name-01",
        "La contraseña la tiene mi hija, Carmen, ella le llama mañana por la tarde.",
        keep=("Carmen", "mañana por la tarde"),
    ),
)

_FRENCH: tuple[RedactionCase, ...] = (
    _case("w-fr-password-01", "Le mot de passe, c'est papillon, tout en minuscules.", ("papillon",)),
    _case(
        "w-fr-password-02",
        ("Le code wifi, attendez, je regarde sous la box.", "Voilà, c'est framboisier, en un seul mot."),
        ("framboisier",),
    ),
    _case(
        "w-fr-password-03",
        "Mon code d'accès pour l'espace client, euh, c'est Bretagne avec un B majuscule.",
        ("Bretagne",),
    ),
    _case(
        "w-fr-password-04",
        "Pour me connecter je tape coquelicot, et au fait, vous pouvez vérifier ma commande 66120 ?",
        ("coquelicot",),
        ("66120",),
    ),
    _case(
        "w-fr-password-05",
        "La phrase secrète, c'est le chat dort sur le toit, je l'ai choisie moi-même.",
        ("le chat dort sur le toit",),
    ),
    _case(
        "w-fr-password-06",
        "Mes identifiants, c'est mon adresse mail et le mot de passe tournesol.",
        ("tournesol",),
    ),
    _case(
        "w-fr-password-07",
        "Le mot secret convenu avec l'agence, c'est « hirondelle ».",
        ("hirondelle",),
    ),
    _case(
        "w-fr-password-08",
        "Le mot de passe de la banque en ligne, ben c'est marmotte, je l'utilise partout.",
        ("marmotte",),
    ),
    _case(
        "w-fr-password-09",
        ("Mon mot de passe ?", "Euh... c'est, attendez, c'est croissant chaud, deux mots."),
        ("croissant chaud",),
    ),
    _case(
        "w-fr-password-10",
        "Le mot de passe du portail patient c'est LAVANDE, en majuscules, et j'ai rendez-vous mardi.",
        ("LAVANDE",),
        ("mardi",),
    ),
    _case("w-fr-security-answer-01", "Le nom de jeune fille de ma mère, c'est Lefebvre.", ("Lefebvre",)),
    _case(
        "w-fr-security-answer-02",
        "La question secrète, c'est le nom de mon premier animal, et c'était Filou.",
        ("Filou",),
    ),
    _case(
        "w-fr-security-answer-03",
        ("Vous voulez la réponse à la question de sécurité ?", "Ma ville natale, c'est Quimper."),
        ("Quimper",),
    ),
    _case(
        "w-fr-security-answer-04",
        "Mon premier instituteur s'appelait Monsieur Garnier, c'est ma réponse secrète.",
        ("Garnier",),
    ),
    _case(
        "w-fr-security-answer-05",
        "Ma première voiture, une Renault Clio, c'est ce que j'ai mis comme réponse.",
        ("Renault Clio",),
    ),
    _case(
        "w-fr-security-answer-06",
        "Mon équipe préférée, pour la question secrète, c'est le Stade Rennais.",
        ("Stade Rennais",),
    ),
    _case("w-fr-correction-01", "Le code PIN c'est 3829, non pardon, 3892.", ("3829", "3892")),
    _case(
        "w-fr-correction-02",
        "Le digicode c'est sept quatre un zéro, enfin non, sept un quatre zéro.",
        ("sept quatre un zéro", "sept un quatre zéro"),
    ),
    _case(
        "w-fr-correction-03",
        "Le mot de passe est noisette, ah non, c'était noisetier.",
        ("noisette", "noisetier"),
    ),
    _case(
        "w-fr-correction-04",
        "Le code reçu par SMS, c'est 447 210, euh non, je veux dire 447 201.",
        ("447 210", "447 201"),
    ),
    _case(
        "w-fr-correction-05",
        "Le cryptogramme au dos c'est 614, ou bien 641, je ne vois pas bien.",
        ("614", "641"),
    ),
    _case(
        "w-fr-access-code-01",
        "Le code de la porte, c'est mille neuf cent quatre-vingt-cinq, l'année de notre mariage.",
        ("mille neuf cent quatre-vingt-cinq",),
    ),
    _case(
        "w-fr-access-code-02",
        "La boîte à clés, le code c'est 1969, elle est à droite de la porte.",
        ("1969",),
    ),
    _case(
        "w-fr-access-code-03", "Pour l'alarme, faites deux mille trois puis valider.", ("deux mille trois",)
    ),
    _case(
        "w-fr-access-code-04",
        "Le cadenas du portail, c'est l'anniversaire de ma fille, 1 7 0 4.",
        ("1 7 0 4",),
    ),
    _case(
        "w-fr-access-code-05",
        ("Le plombier peut passer par le garage.", "Le code, c'est dix-neuf cent soixante-dix-huit."),
        ("dix-neuf cent soixante-dix-huit",),
    ),
    _case(
        "w-fr-control-password-01",
        "J'ai oublié mon mot de passe, vous pouvez envoyer le lien à claire.martin@orange.fr ?",
        keep=("claire.martin@orange.fr",),
    ),
    _case(
        "w-fr-control-username-01",
        "Mon identifiant c'est pdupont75, mais le mot de passe je ne sais plus.",
        keep=("pdupont75",),
    ),
    _case(
        "w-fr-control-dob-01", "Je suis née le 22 juillet 1980, à Nantes.", keep=("22 juillet 1980", "Nantes")
    ),
    _case(
        "w-fr-control-appointment-01",
        "J'ai rendez-vous jeudi à 14 h 30 avec le docteur Lambert.",
        keep=("jeudi", "14 h 30", "docteur Lambert"),
    ),
    _case(
        "w-fr-control-year-01",
        "On a emménagé en 1994 et la chaudière date de cette époque.",
        keep=("1994",),
    ),
    _case(
        "w-fr-control-order-01",
        "Je ne vous donne pas mon mot de passe, mais le numéro de commande c'est 88213.",
        keep=("88213",),
    ),
    _case(
        "w-fr-control-restaurant-01",
        "Je voudrais réserver une table pour quatre samedi à 20 h au nom de Moreau.",
        keep=("samedi", "20 h", "Moreau"),
    ),
    _case(
        "w-fr-control-pin-01",
        "Je veux changer le code de la carte qui se termine par 5521.",
        keep=("se termine par 5521",),
    ),
    _case(
        "w-fr-control-security-question-01",
        "Je ne me souviens plus de ma question secrète, rappelez-moi au 06 12 34 56 78.",
        keep=("06 12 34 56 78",),
    ),
    _case(
        "w-fr-control-product-01",
        "J'appelle pour le lave-linge Whirlpool acheté au magasin de Villeurbanne.",
        keep=("Whirlpool", "Villeurbanne"),
    ),
    _case("w-fr-control-pet-01", "Mon chat Filou doit être vacciné vendredi.", keep=("Filou", "vendredi")),
    _case(
        "w-fr-control-hotel-01",
        "On arrive le 5 août à l'Hôtel du Lac, il y a un code pour le wifi ?",
        keep=("5 août", "Hôtel du Lac"),
    ),
    _case(
        "w-fr-control-address-01",
        "J'habite au 8 rue des Lilas à Quimper depuis mars.",
        keep=("8 rue des Lilas", "Quimper"),
    ),
    _case(
        "w-fr-control-meter-01",
        "Le relevé du compteur c'est 12 450, relevé le 1er juin, pour EDF.",
        keep=("12 450", "1er juin", "EDF"),
    ),
    _case(
        "w-fr-password-11",
        ("Le mot de passe ? Attendez, je l'ai noté quelque part.", "Ah voilà, c'est escargot, tout attaché."),
        ("escargot",),
    ),
    _case(
        "w-fr-password-12",
        "Pour l'application je mets 'Provence' avec une majuscule, et sinon, ma livraison arrive quand ?",
        ("Provence",),
    ),
    _case(
        "w-fr-password-13",
        "La clé wifi du gîte, celle collée sur le frigo, c'est vieuxmoulin.",
        ("vieuxmoulin",),
    ),
    _case(
        "w-fr-password-14",
        "Mon mot de passe, bon, euh, c'est, comment dire, pamplemousse.",
        ("pamplemousse",),
    ),
    _case(
        "w-fr-password-15",
        "Le code d'accès au compte, c'est un mot, c'est caramel, et je n'arrive plus à me connecter.",
        ("caramel",),
    ),
    _case(
        "w-fr-security-answer-07",
        "Mon plat préféré, c'est la réponse à la question, c'est la blanquette.",
        ("blanquette",),
    ),
    _case(
        "w-fr-security-answer-08",
        ("Question de sécurité, la rue de mon enfance.", "Rue Victor Hugo."),
        ("Rue Victor Hugo",),
    ),
    _case(
        "w-fr-correction-06",
        "Le mot de passe c'est girafe, non attendez, je l'ai changé, c'est gazelle.",
        ("girafe", "gazelle"),
    ),
    _case(
        "w-fr-correction-07",
        "Le code de l'alarme c'est 6 0 3 8, pardon, 6 0 8 3.",
        ("6 0 3 8", "6 0 8 3"),
    ),
    _case(
        "w-fr-access-code-06",
        "Le digicode, c'est l'anniversaire de mon mari, le douze mars, donc 1 2 0 3.",
        ("douze mars", "1 2 0 3"),
    ),
    _case(
        "w-fr-access-code-07",
        "La boîte à clés s'ouvre avec deux mille quinze.",
        ("deux mille quinze",),
    ),
    _case(
        "w-fr-control-password-02",
        "Mon mot de passe a expiré, je dois le changer avant le 15 décembre ?",
        keep=("15 décembre",),
    ),
    _case(
        "w-fr-control-dob-02",
        "Je suis né en 1980 à Lyon, vous avez besoin d'autre chose ?",
        keep=("1980", "Lyon"),
    ),
    _case(
        "w-fr-control-promo-01",
        "Le code promo NOEL10 marche au magasin de Lille ?",
        keep=("NOEL10", "Lille"),
    ),
    _case(
        "w-fr-control-name-01",
        "C'est ma femme, Sophie, qui connaît le mot de passe, elle vous rappelle demain matin.",
        keep=("Sophie", "demain matin"),
    ),
)

_GERMAN: tuple[RedactionCase, ...] = (
    _case("w-de-password-01", "Das Passwort ist Schmetterling, alles klein.", ("Schmetterling",)),
    _case(
        "w-de-password-02",
        (
            "Das WLAN-Passwort, Moment, das steht auf dem Router.",
            "So, das ist sonnenblume, klein geschrieben.",
        ),
        ("sonnenblume",),
    ),
    _case(
        "w-de-password-03",
        "Mein Kennwort ist Apfelstrudel, und können Sie bitte noch die Bestellung 40918 prüfen?",
        ("Apfelstrudel",),
        ("40918",),
    ),
    _case(
        "w-de-password-04",
        "Die Zugangsdaten sind meine E-Mail und das Passwort Wanderweg.",
        ("Wanderweg",),
    ),
    _case(
        "w-de-password-05",
        "Fürs Einloggen tippe ich Kastanienbaum, das ist ein Wort.",
        ("Kastanienbaum",),
    ),
    _case(
        "w-de-password-06",
        "Die Passphrase ist grüner Tee am Morgen, die hab ich mir selbst ausgedacht.",
        ("grüner Tee am Morgen",),
    ),
    _case(
        "w-de-password-07",
        "Das Losungswort mit der Agentur war Leuchtturm.",
        ("Leuchtturm",),
    ),
    _case(
        "w-de-password-08",
        "Äh, das Passwort, ähm, ist, warten Sie, Hamburg mit großem H.",
        ("Hamburg",),
    ),
    _case(
        "w-de-password-09",
        "Mein Online-Banking-Passwort lautet Regenbogen, ich vergesse es ständig.",
        ("Regenbogen",),
    ),
    _case(
        "w-de-password-10",
        "Das Kennwort fürs Patientenportal ist 'Pusteblume' und mein Termin ist am Mittwoch.",
        ("Pusteblume",),
        ("Mittwoch",),
    ),
    _case("w-de-security-answer-01", "Der Mädchenname meiner Mutter ist Hofmann.", ("Hofmann",)),
    _case(
        "w-de-security-answer-02",
        "Die Sicherheitsfrage ist mein erstes Haustier, das war ein Kater namens Felix.",
        ("Felix",),
    ),
    _case(
        "w-de-security-answer-03",
        ("Die Straße, in der ich aufgewachsen bin?", "Das war die Lindenstraße."),
        ("Lindenstraße",),
    ),
    _case(
        "w-de-security-answer-04",
        "Meine Geburtsstadt, das ist die Antwort auf die Sicherheitsfrage, ist Bielefeld.",
        ("Bielefeld",),
    ),
    _case(
        "w-de-security-answer-05",
        "Meine erste Lehrerin hieß Frau Brandt, das habe ich als Antwort angegeben.",
        ("Brandt",),
    ),
    _case(
        "w-de-security-answer-06",
        "Mein Lieblingsessen, für die Sicherheitsfrage, ist Käsespätzle.",
        ("Käsespätzle",),
    ),
    _case("w-de-correction-01", "Die PIN ist 5184, nein, Moment, 5148.", ("5184", "5148")),
    _case(
        "w-de-correction-02",
        "Der Türcode ist drei acht sechs zwei, Entschuldigung, ich meine drei sechs acht zwei.",
        ("drei acht sechs zwei", "drei sechs acht zwei"),
    ),
    _case(
        "w-de-correction-03",
        "Das Passwort ist Hasenbraten, oder war es Hasenpfeffer?",
        ("Hasenbraten", "Hasenpfeffer"),
    ),
    _case(
        "w-de-correction-04",
        "Der Code aus der SMS ist 902 377, ach nein, eigentlich 902 737.",
        ("902 377", "902 737"),
    ),
    _case(
        "w-de-correction-05",
        "Die Prüfnummer hinten auf der Karte ist 259, nein sorry, 295.",
        ("259", "295"),
    ),
    _case(
        "w-de-access-code-01",
        "Der Code für die Haustür ist neunzehnhundertachtzig, das Jahr, in dem wir gebaut haben.",
        ("neunzehnhundertachtzig",),
    ),
    _case(
        "w-de-access-code-02",
        "Der Schlüsseltresor hat den Code 1989, wie der Mauerfall.",
        ("1989",),
    ),
    _case(
        "w-de-access-code-03",
        "Die Alarmanlage schaltet man mit zweitausendzehn aus.",
        ("zweitausendzehn",),
    ),
    _case(
        "w-de-access-code-04",
        "Das Vorhängeschloss am Gartentor ist der Geburtstag meiner Frau, 3 0 0 9.",
        ("3 0 0 9",),
    ),
    _case(
        "w-de-access-code-05",
        ("Der Handwerker kann durch die Garage rein.", "Der Code ist neunzehn vierundachtzig."),
        ("neunzehn vierundachtzig",),
    ),
    _case(
        "w-de-control-password-01",
        "Ich habe mein Passwort vergessen, schicken Sie den Link bitte an thomas.weber@web.de.",
        keep=("thomas.weber@web.de",),
    ),
    _case(
        "w-de-control-username-01",
        "Mein Benutzername ist kmueller_1979, das Kennwort weiß ich nicht mehr.",
        keep=("kmueller_1979",),
    ),
    _case("w-de-control-dob-01", "Mein Geburtsdatum ist der 5. Mai 1980.", keep=("5. Mai 1980",)),
    _case(
        "w-de-control-appointment-01",
        "Ich habe am Dienstag um 9:15 einen Termin bei Frau Dr. Schneider.",
        keep=("Dienstag", "9:15", "Dr. Schneider"),
    ),
    _case(
        "w-de-control-year-01",
        "Wir sind 1994 eingezogen und die Heizung ist noch die alte.",
        keep=("1994",),
    ),
    _case(
        "w-de-control-order-01",
        "Mein Passwort gebe ich nicht raus, aber die Bestellnummer ist 71544.",
        keep=("71544",),
    ),
    _case(
        "w-de-control-restaurant-01",
        "Ich möchte einen Tisch für drei am Freitag um 19 Uhr auf den Namen Becker.",
        keep=("Freitag", "19 Uhr", "Becker"),
    ),
    _case(
        "w-de-control-pin-01",
        "Ich möchte die PIN der Karte mit der Endung 3307 ändern.",
        keep=("Endung 3307",),
    ),
    _case(
        "w-de-control-security-question-01",
        "Ich weiß meine Sicherheitsfrage nicht mehr, rufen Sie mich unter 0171 2345678 an?",
        keep=("0171 2345678",),
    ),
    _case(
        "w-de-control-product-01",
        "Es geht um den Miele Staubsauger, den ich in der Filiale in Köln gekauft habe.",
        keep=("Miele", "Köln"),
    ),
    _case(
        "w-de-control-pet-01",
        "Mein Kater Felix hat am Donnerstag einen Impftermin.",
        keep=("Felix", "Donnerstag"),
    ),
    _case(
        "w-de-control-hotel-01",
        "Wir reisen am 12. Oktober im Hotel Seeblick an, gibt es WLAN auf dem Zimmer?",
        keep=("12. Oktober", "Hotel Seeblick"),
    ),
    _case(
        "w-de-control-address-01",
        "Ich wohne in der Lindenstraße 7 in Bielefeld.",
        keep=("Lindenstraße 7", "Bielefeld"),
    ),
    _case(
        "w-de-control-meter-01",
        "Der Zählerstand ist 33 870, abgelesen am 30. April, für die Stadtwerke.",
        keep=("33 870", "30. April", "Stadtwerke"),
    ),
    _case(
        "w-de-password-11",
        (
            "Das Passwort? Moment, das hab ich aufgeschrieben.",
            "Ah, hier, das ist Gartenzwerg, in einem Wort.",
        ),
        ("Gartenzwerg",),
    ),
    _case(
        "w-de-password-12",
        "Ich logge mich mit 'Nordsee' ein, mit großem N, und wann kommt eigentlich mein Paket?",
        ("Nordsee",),
    ),
    _case(
        "w-de-password-13",
        "Der WLAN-Schlüssel von der Ferienwohnung, der am Kühlschrank hängt, ist alpenrose.",
        ("alpenrose",),
    ),
    _case(
        "w-de-password-14",
        "Mein Passwort, also, ähm, das ist, na ja, Zitronenkuchen.",
        ("Zitronenkuchen",),
    ),
    _case(
        "w-de-password-15",
        "Meine Anmeldedaten sind die Kundennummer und das Kennwort Eichhörnchen.",
        ("Eichhörnchen",),
    ),
    _case(
        "w-de-security-answer-07",
        "Mein Lieblingsbuch, das ist die Sicherheitsantwort, ist der Steppenwolf.",
        ("Steppenwolf",),
    ),
    _case(
        "w-de-security-answer-08",
        ("Sicherheitsfrage: mein erstes Auto.", "Ein VW Käfer."),
        ("VW Käfer",),
    ),
    _case(
        "w-de-correction-06",
        "Das Kennwort ist Tannenbaum, nein warten Sie, ich hab's geändert, Kiefernwald.",
        ("Tannenbaum", "Kiefernwald"),
    ),
    _case(
        "w-de-correction-07",
        "Der Alarmcode ist 4 4 7 1, Verzeihung, 4 4 1 7.",
        ("4 4 7 1", "4 4 1 7"),
    ),
    _case(
        "w-de-access-code-06",
        "Der Türcode ist der Geburtstag meiner Tochter, der elfte April, also 1 1 0 4.",
        ("elfte April", "1 1 0 4"),
    ),
    _case(
        "w-de-access-code-07",
        "Die Garage geht mit zweitausendfünfzehn auf.",
        ("zweitausendfünfzehn",),
    ),
    _case(
        "w-de-control-password-02",
        "Mein Passwort ist abgelaufen, muss ich es bis zum 31. Dezember ändern?",
        keep=("31. Dezember",),
    ),
    _case(
        "w-de-control-dob-02",
        "Ich bin 1980 in Dresden geboren, brauchen Sie noch etwas?",
        keep=("1980", "Dresden"),
    ),
    _case(
        "w-de-control-promo-01",
        "Gilt der Gutscheincode HERBST25 auch in der Filiale in Bremen?",
        keep=("HERBST25", "Bremen"),
    ),
    _case(
        "w-de-control-name-01",
        "Das Passwort kennt meine Frau, Sabine, sie ruft Sie morgen früh an.",
        keep=("Sabine", "morgen früh"),
    ),
)

_ITALIAN: tuple[RedactionCase, ...] = (
    _case("w-it-password-01", "La password è farfalla, tutto minuscolo.", ("farfalla",)),
    _case(
        "w-it-password-02",
        ("La password del wifi, aspetti che guardo sul modem.", "Ecco, è girasole, tutto attaccato."),
        ("girasole",),
    ),
    _case(
        "w-it-password-03",
        "La mia parola d'ordine è Vesuvio, e già che c'è mi controlla l'ordine 29301?",
        ("Vesuvio",),
        ("29301",),
    ),
    _case(
        "w-it-password-04",
        "Per accedere scrivo lampone, ma mi dice che è sbagliata.",
        ("lampone",),
    ),
    _case(
        "w-it-password-05",
        "Le credenziali sono la mia email e la password ciambella.",
        ("ciambella",),
    ),
    _case(
        "w-it-password-06",
        "La frase segreta è il gatto dorme sul divano, l'ho scelta io.",
        ("il gatto dorme sul divano",),
    ),
    _case(
        "w-it-password-07",
        "La parola segreta concordata con l'agenzia è rondine.",
        ("rondine",),
    ),
    _case(
        "w-it-password-08",
        "Allora, la password, ehm, è, un attimo, Toscana con la T maiuscola.",
        ("Toscana",),
    ),
    _case(
        "w-it-password-09",
        "La password dell'home banking è tramonto, la uso sempre.",
        ("tramonto",),
    ),
    _case(
        "w-it-password-10",
        "La password del portale pazienti è 'melograno' e ho la visita giovedì.",
        ("melograno",),
        ("giovedì",),
    ),
    _case("w-it-security-answer-01", "Il cognome da nubile di mia madre è Bianchini.", ("Bianchini",)),
    _case(
        "w-it-security-answer-02",
        "La domanda di sicurezza è il nome del mio primo animale, era un cane, si chiamava Briciola.",
        ("Briciola",),
    ),
    _case(
        "w-it-security-answer-03",
        ("La via dove sono cresciuto?", "Via dei Glicini, è quella la risposta."),
        ("Via dei Glicini",),
    ),
    _case(
        "w-it-security-answer-04",
        "La mia città natale, per la domanda segreta, è Ferrara.",
        ("Ferrara",),
    ),
    _case(
        "w-it-security-answer-05",
        "La mia prima maestra si chiamava Rosetta, l'ho messa come risposta.",
        ("Rosetta",),
    ),
    _case(
        "w-it-security-answer-06",
        "Squadra del cuore, per la domanda di sicurezza, la Sampdoria.",
        ("Sampdoria",),
    ),
    _case("w-it-correction-01", "Il PIN è 7302, no scusi, 7320.", ("7302", "7320")),
    _case(
        "w-it-correction-02",
        "Il codice del portone è uno otto cinque tre, anzi no, uno cinque otto tre.",
        ("uno otto cinque tre", "uno cinque otto tre"),
    ),
    _case(
        "w-it-correction-03",
        "La password è castagna, anzi no, scusi, è castagneto.",
        ("castagna", "castagneto"),
    ),
    _case(
        "w-it-correction-04",
        "Il codice che mi avete mandato per SMS è 615 208, ah no, in realtà 615 280.",
        ("615 208", "615 280"),
    ),
    _case(
        "w-it-correction-05",
        "Il codice di sicurezza dietro la carta è 347, volevo dire 374.",
        ("347", "374"),
    ),
    _case(
        "w-it-access-code-01",
        "Il codice del cancello è millenovecentottantotto, l'anno del matrimonio.",
        ("millenovecentottantotto",),
    ),
    _case(
        "w-it-access-code-02",
        "La cassetta delle chiavi ha il codice 1971, è vicino al citofono.",
        ("1971",),
    ),
    _case("w-it-access-code-03", "Per l'allarme digiti duemilasei e poi invio.", ("duemilasei",)),
    _case(
        "w-it-access-code-04",
        "Il lucchetto della cantina è il compleanno di mio figlio, 1 5 1 1.",
        ("1 5 1 1",),
    ),
    _case(
        "w-it-access-code-05",
        ("L'idraulico può entrare dal garage.", "Il codice è diciannove novantadue."),
        ("diciannove novantadue",),
    ),
    _case(
        "w-it-control-password-01",
        "Ho dimenticato la password, può mandare il link a giulia.rossi@libero.it?",
        keep=("giulia.rossi@libero.it",),
    ),
    _case(
        "w-it-control-username-01",
        "Il mio nome utente è mferrari_90, la password non me la ricordo.",
        keep=("mferrari_90",),
    ),
    _case(
        "w-it-control-dob-01", "Sono nata il 18 gennaio 1980 a Modena.", keep=("18 gennaio 1980", "Modena")
    ),
    _case(
        "w-it-control-appointment-01",
        "Ho un appuntamento lunedì alle 16 con il dottor Conti.",
        keep=("lunedì", "alle 16", "dottor Conti"),
    ),
    _case(
        "w-it-control-year-01",
        "Ci siamo trasferiti nel 1994 e la caldaia è ancora quella.",
        keep=("1994",),
    ),
    _case(
        "w-it-control-order-01",
        "La password non gliela do, ma il numero d'ordine è 50662.",
        keep=("50662",),
    ),
    _case(
        "w-it-control-restaurant-01",
        "Vorrei prenotare un tavolo per cinque sabato alle 21 a nome Esposito.",
        keep=("sabato", "alle 21", "Esposito"),
    ),
    _case(
        "w-it-control-pin-01",
        "Vorrei cambiare il PIN della carta che finisce con 8140.",
        keep=("finisce con 8140",),
    ),
    _case(
        "w-it-control-security-question-01",
        "Non ricordo la domanda di sicurezza, mi può richiamare al 347 123 4567?",
        keep=("347 123 4567",),
    ),
    _case(
        "w-it-control-product-01",
        "Chiamo per la macchina del caffè De'Longhi comprata nel negozio di Bologna.",
        keep=("De'Longhi", "Bologna"),
    ),
    _case(
        "w-it-control-pet-01",
        "Il mio cane Briciola deve fare il vaccino martedì.",
        keep=("Briciola", "martedì"),
    ),
    _case(
        "w-it-control-hotel-01",
        "Arriviamo il 3 settembre all'Hotel Bellavista, il wifi ha una password?",
        keep=("3 settembre", "Hotel Bellavista"),
    ),
    _case(
        "w-it-control-address-01",
        "Abito in via dei Glicini 21 a Ferrara.",
        keep=("via dei Glicini 21", "Ferrara"),
    ),
    _case(
        "w-it-control-meter-01",
        "La lettura del contatore è 08 931, fatta il 2 marzo, per Enel.",
        keep=("08 931", "2 marzo", "Enel"),
    ),
    _case(
        "w-it-password-11",
        ("La password? Un attimo che l'ho scritta.", "Ecco, è cioccolato, tutto attaccato."),
        ("cioccolato",),
    ),
    _case(
        "w-it-password-12",
        "Entro con 'Sardegna' con la S maiuscola, e poi volevo sapere quando arriva il pacco.",
        ("Sardegna",),
    ),
    _case(
        "w-it-password-13",
        "La chiave del wifi dell'agriturismo, quella attaccata al frigo, è vecchiomulino.",
        ("vecchiomulino",),
    ),
    _case(
        "w-it-password-14",
        "La mia password, allora, ehm, è, come dire, pomodoro.",
        ("pomodoro",),
    ),
    _case(
        "w-it-password-15",
        "Le credenziali di accesso sono il codice cliente e la password arcobaleno.",
        ("arcobaleno",),
    ),
    _case(
        "w-it-security-answer-07",
        "Il mio piatto preferito, per la domanda di sicurezza, è la carbonara.",
        ("carbonara",),
    ),
    _case(
        "w-it-security-answer-08",
        ("Domanda di sicurezza: la mia prima auto.", "Una Fiat Panda."),
        ("Fiat Panda",),
    ),
    _case(
        "w-it-correction-06",
        "La password è giraffa, no aspetti, l'ho cambiata, è gazzella.",
        ("giraffa", "gazzella"),
    ),
    _case(
        "w-it-correction-07",
        "Il codice dell'allarme è 8 2 6 0, scusi, 8 2 0 6.",
        ("8 2 6 0", "8 2 0 6"),
    ),
    _case(
        "w-it-access-code-06",
        "Il codice del portone è il compleanno di mia moglie, il venti luglio, quindi 2 0 0 7.",
        ("venti luglio", "2 0 0 7"),
    ),
    _case("w-it-access-code-07", "Il box si apre con duemilaquindici.", ("duemilaquindici",)),
    _case(
        "w-it-control-password-02",
        "La password è scaduta, devo cambiarla entro il 31 dicembre?",
        keep=("31 dicembre",),
    ),
    _case(
        "w-it-control-dob-02",
        "Sono nato nel 1980 a Torino, le serve altro?",
        keep=("1980", "Torino"),
    ),
    _case(
        "w-it-control-promo-01",
        "Il codice sconto ESTATE20 vale anche nel negozio di Padova?",
        keep=("ESTATE20", "Padova"),
    ),
    _case(
        "w-it-control-name-01",
        "La password la sa mia figlia, Chiara, la richiama domani mattina.",
        keep=("Chiara", "domani mattina"),
    ),
)

_PORTUGUESE: tuple[RedactionCase, ...] = (
    _case("w-pt-password-01", "A senha é borboleta, tudo em minúsculas.", ("borboleta",)),
    _case(
        "w-pt-password-02",
        ("A senha do wifi, espere que vou ver no router.", "Pronto, é laranjeira, tudo junto."),
        ("laranjeira",),
    ),
    _case(
        "w-pt-password-03",
        "A minha palavra-passe é Algarve, e já agora pode ver a encomenda 61207?",
        ("Algarve",),
        ("61207",),
    ),
    _case(
        "w-pt-password-04",
        "Para entrar no aplicativo eu digito jabuticaba, mas diz que está errada.",
        ("jabuticaba",),
    ),
    _case(
        "w-pt-password-05",
        "Os meus dados de acesso são o email e a senha pastel de nata.",
        ("pastel de nata",),
    ),
    _case(
        "w-pt-password-06",
        "A frase secreta é o mar está calmo hoje, fui eu que escolhi.",
        ("o mar está calmo hoje",),
    ),
    _case(
        "w-pt-password-07",
        "A palavra secreta combinada com a agência é andorinha.",
        ("andorinha",),
    ),
    _case(
        "w-pt-password-08",
        "Então a senha, é, hum, espera, é Coimbra com C maiúsculo.",
        ("Coimbra",),
    ),
    _case(
        "w-pt-password-09",
        "A senha do banco online é cajueiro, uso sempre a mesma.",
        ("cajueiro",),
    ),
    _case(
        "w-pt-password-10",
        "A palavra-passe do portal do utente é 'alecrim' e tenho consulta na quarta.",
        ("alecrim",),
        ("quarta",),
    ),
    _case("w-pt-security-answer-01", "O nome de solteira da minha mãe é Figueiredo.", ("Figueiredo",)),
    _case(
        "w-pt-security-answer-02",
        "A pergunta de segurança é o nome do meu primeiro animal, era um gato chamado Tareco.",
        ("Tareco",),
    ),
    _case(
        "w-pt-security-answer-03",
        ("A rua onde cresci?", "Rua das Flores, essa é a resposta."),
        ("Rua das Flores",),
    ),
    _case(
        "w-pt-security-answer-04",
        "A minha cidade natal, para a pergunta de segurança, é Braga.",
        ("Braga",),
    ),
    _case(
        "w-pt-security-answer-05",
        "A minha primeira professora chamava-se Dona Amélia, foi o que pus na resposta.",
        ("Dona Amélia",),
    ),
    _case(
        "w-pt-security-answer-06",
        "Meu time do coração, que é a resposta de segurança, é o Flamengo.",
        ("Flamengo",),
    ),
    _case("w-pt-correction-01", "O PIN é 9051, não, desculpe, 9015.", ("9051", "9015")),
    _case(
        "w-pt-correction-02",
        "O código da porta é dois sete quatro oito, quer dizer, dois quatro sete oito.",
        ("dois sete quatro oito", "dois quatro sete oito"),
    ),
    _case(
        "w-pt-correction-03",
        "A senha é goiabada, ou era goiabeira? Tente goiabada primeiro.",
        ("goiabada", "goiabeira"),
    ),
    _case(
        "w-pt-correction-04",
        "O código que me mandaram por SMS é 738 460, ah não, na verdade 738 406.",
        ("738 460", "738 406"),
    ),
    _case(
        "w-pt-correction-05",
        "Os três números atrás do cartão são 852, aliás, 825.",
        ("852", "825"),
    ),
    _case(
        "w-pt-access-code-01",
        "O código do portão é mil novecentos e oitenta e sete, o ano em que nos casámos.",
        ("mil novecentos e oitenta e sete",),
    ),
    _case(
        "w-pt-access-code-02",
        "A caixa das chaves tem o código 1966, fica ao lado da campainha.",
        ("1966",),
    ),
    _case(
        "w-pt-access-code-03",
        "Para o alarme marque dois mil e quinze e depois confirme.",
        ("dois mil e quinze",),
    ),
    _case(
        "w-pt-access-code-04",
        "O cadeado da arrecadação é o aniversário da minha filha, 0 8 0 3.",
        ("0 8 0 3",),
    ),
    _case(
        "w-pt-access-code-05",
        ("O canalizador pode entrar pela garagem.", "O código é dezanove noventa e sete."),
        ("dezanove noventa e sete",),
    ),
    _case(
        "w-pt-control-password-01",
        "Esqueci a senha, podem mandar o link para ana.costa@sapo.pt?",
        keep=("ana.costa@sapo.pt",),
    ),
    _case(
        "w-pt-control-username-01",
        "O meu utilizador é rsilva_85, mas a palavra-passe não sei.",
        keep=("rsilva_85",),
    ),
    _case(
        "w-pt-control-dob-01",
        "Nasci a 9 de outubro de 1980, no Porto.",
        keep=("9 de outubro de 1980", "Porto"),
    ),
    _case(
        "w-pt-control-appointment-01",
        "Tenho consulta na sexta às 10h30 com a doutora Mendes.",
        keep=("sexta", "10h30", "doutora Mendes"),
    ),
    _case(
        "w-pt-control-year-01",
        "Mudámo-nos para cá em 1994 e o esquentador ainda é o mesmo.",
        keep=("1994",),
    ),
    _case(
        "w-pt-control-order-01",
        "Não lhe vou dar a senha, mas o número da encomenda é 27719.",
        keep=("27719",),
    ),
    _case(
        "w-pt-control-restaurant-01",
        "Queria reservar uma mesa para dois no sábado às oito, em nome de Pereira.",
        keep=("sábado", "às oito", "Pereira"),
    ),
    _case(
        "w-pt-control-pin-01",
        "Quero mudar o PIN do cartão que termina em 6605.",
        keep=("termina em 6605",),
    ),
    _case(
        "w-pt-control-security-question-01",
        "Não me lembro da pergunta de segurança, podem ligar-me para o 912 345 678?",
        keep=("912 345 678",),
    ),
    _case(
        "w-pt-control-product-01",
        "Liguei por causa do frigorífico Samsung que comprei na loja de Almada.",
        keep=("Samsung", "Almada"),
    ),
    _case(
        "w-pt-control-pet-01",
        "O meu gato Tareco tem vacina marcada para terça.",
        keep=("Tareco", "terça"),
    ),
    _case(
        "w-pt-control-hotel-01",
        "Chegamos a 14 de julho ao Hotel Atlântico, o wifi tem senha?",
        keep=("14 de julho", "Hotel Atlântico"),
    ),
    _case(
        "w-pt-control-address-01",
        "Moro na Rua das Flores 33, em Braga.",
        keep=("Rua das Flores 33", "Braga"),
    ),
    _case(
        "w-pt-control-meter-01",
        "A leitura do contador é 21 604, feita a 1 de abril, para a EDP.",
        keep=("21 604", "1 de abril", "EDP"),
    ),
    _case(
        "w-pt-password-11",
        ("A senha? Um momento que a tenho apontada.", "Pronto, é caracol, tudo junto."),
        ("caracol",),
    ),
    _case(
        "w-pt-password-12",
        "Entro com 'Lisboa' com L maiúsculo, e queria saber quando chega a encomenda.",
        ("Lisboa",),
    ),
    _case(
        "w-pt-password-13",
        "A chave do wifi da casa de férias, a que está no frigorífico, é moinhovelho.",
        ("moinhovelho",),
    ),
    _case(
        "w-pt-password-14",
        "A minha senha, então, hum, é, como é que se diz, maracujá.",
        ("maracujá",),
    ),
    _case(
        "w-pt-password-15",
        "Os dados de acesso são o número de cliente e a palavra-passe arcoíris.",
        ("arcoíris",),
    ),
    _case(
        "w-pt-security-answer-07",
        "O meu prato preferido, para a pergunta de segurança, é bacalhau à brás.",
        ("bacalhau à brás",),
    ),
    _case(
        "w-pt-security-answer-08",
        ("Pergunta de segurança: o meu primeiro carro.", "Um Fiat Uno."),
        ("Fiat Uno",),
    ),
    _case(
        "w-pt-correction-06",
        "A senha é girafa, não espere, mudei, é gazela.",
        ("girafa", "gazela"),
    ),
    _case(
        "w-pt-correction-07",
        "O código do alarme é 5 3 9 1, desculpe, 5 3 1 9.",
        ("5 3 9 1", "5 3 1 9"),
    ),
    _case(
        "w-pt-access-code-06",
        "O código da porta é o aniversário da minha mulher, vinte e dois de junho, 2 2 0 6.",
        ("vinte e dois de junho", "2 2 0 6"),
    ),
    _case(
        "w-pt-access-code-07",
        "A garagem abre com dois mil e dezanove.",
        ("dois mil e dezanove",),
    ),
    _case(
        "w-pt-control-password-02",
        "A minha senha expirou, tenho de a mudar até 31 de dezembro?",
        keep=("31 de dezembro",),
    ),
    _case(
        "w-pt-control-dob-02",
        "Nasci em 1980 em Setúbal, precisa de mais alguma coisa?",
        keep=("1980", "Setúbal"),
    ),
    _case(
        "w-pt-control-promo-01",
        "O código de desconto VERAO10 vale na loja de Faro?",
        keep=("VERAO10", "Faro"),
    ),
    _case(
        "w-pt-control-name-01",
        "Quem sabe a senha é a minha filha, Inês, ela liga amanhã de manhã.",
        keep=("Inês", "amanhã de manhã"),
    ),
)

REDACTION_WORDS: tuple[RedactionCase, ...] = _ENGLISH + _SPANISH + _FRENCH + _GERMAN + _ITALIAN + _PORTUGUESE
