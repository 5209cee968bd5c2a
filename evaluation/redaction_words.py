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
)

REDACTION_WORDS: tuple[RedactionCase, ...] = _ENGLISH + _SPANISH
