"""A held-out set of callers of eight shops: an optician, a bookshop taking special orders, a jeweller
(repairs and engraving), a pet shop with aquarium supplies, a wine merchant (a monthly case and
deliveries), a garden centre, an electronics retailer (warranty repairs) and a bakery (custom cakes).

Nine callers, 26 calls, 77 questions (21 of them unanswerable): corrections a later call makes (the
question expects the new value), two calls of 84 exchanges (168 turns) whose facts are said once in the
middle and reach no summary, facts said only in the turns, a Spanish caller asked about in English (her
calls in Spanish, their summaries in English), questions that share no word with the calls that answer
them, a caller of the optician and of the bookshop whose optician calls are private (health: glaucoma
drops), and about a quarter of the questions asking for a detail of the same kind that nobody gave.
Fifteen of the calls carry the post-call analysis items as ElevenLabs' analysis model fills them
(``analysis_items``: a fact missing here and there, open items phrased loosely); the others carry
ordinary items only.

Two access codes are said in calls (a porch lockbox, in the middle of a long call, and a side gate);
``judging.access_codes`` reads them from the calls and counts every one told. No question's answer is a
code, and two questions ask for a code nobody gave.

Days are relative to the run (``days_ago``) and a summary or item names a day as ``{+N}``, which the
harness renders as a month and day; the turns say the same day relatively ("in three days"), and no
weekday is named anywhere. Answers cannot hold a rendered date, so a when-question's answers are the time
of day said, or what only the latest call on its topic holds (an earlier call's value is then its outdated
value).

Written before the changes it judges, from the issue on memory quality alone, and run once per batch of
changes, never tuned against: no constant may be chosen on it.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

OPTICIAN = "agent_optics_0000000000000000000091"
BOOKSHOP = "agent_books_00000000000000000000092"
JEWELLER = "agent_jewels_0000000000000000000093"
PET_SHOP = "agent_aquaria_000000000000000000094"
WINE = "agent_wines_00000000000000000000095"
GARDEN = "agent_garden_0000000000000000000096"
ELECTRONICS = "agent_gadget_0000000000000000000097"
BAKERY = "agent_bakery_0000000000000000000098"

_ACKS = ["mm-hm", "right yeah", "oh okay", "sure sure", "ha yes", "I know right", "uh-huh", "yeah totally"]
_TALK = [
    "um sorry the line's a bit crackly I'm walking through the park",
    "yeah the rain has not stopped all week honestly",
    "we had the in-laws over on the weekend so it's been a lot",
    "hang on the kettle's just boiled give me a sec",
    "no no I'm still here sorry the dog was barking at the postman",
    "ha yeah my neighbor said the same thing about the traffic",
    "the school run this morning was a nightmare with the roadworks",
    "I keep meaning to sort the attic out but you know how it is",
    "oh did you see the match last night no I missed most of it",
    "my sister keeps telling me I should just do everything online",
    "sorry where was I oh yes right",
    "uh the heating in our place is playing up again too",
    "we're thinking about a few days by the coast in the spring maybe",
    "anyway um I won't keep you too long I promise",
    "it's been one of those weeks you know",
    "I had to wait forty minutes for the bus this morning can you believe it",
]

HELDOUT_RETAIL: list[Caller] = [
    # The optician (private: glaucoma drops) and the bookshop, one caller.
    Caller(
        number="+13075550191",
        names=("Harriet",),
        private_to={OPTICIAN: ("glaucoma", "latanoprost", "eye pressure")},
        calls=[
            Call(
                OPTICIAN,
                70,
                "en",
                "Eye test and glaucoma review",
                "Harriet Quayle booked her yearly eye test with a glaucoma pressure check for {+6}. She "
                "would like varifocals and leans towards tortoiseshell frames.",
                [
                    (
                        "Clearview Opticians good morning how can I help",
                        "hi yes um it's Harriet Quayle I'm due my yearly eye test",
                    ),
                    (
                        "of course and is there anything we should know about your eyes",
                        "yeah so I've got glaucoma in the left eye I use latanoprost drops every night",
                    ),
                    (
                        "okay we'll do the eye pressure check as well then can you do six days from now at "
                        "ten",
                        "six days from now at ten yes that's fine",
                    ),
                    (
                        "lovely and were you thinking about new glasses",
                        "I think varifocals this time and um I quite like the tortoiseshell frames you had "
                        "in the window",
                    ),
                    ("we'll have those ready for you to try", "great thanks so much"),
                ],
                analysis_items(
                    "eye test and glaucoma check",
                    "eye test booked, optician to do pressure check",
                    "{+6}",
                    "Harriet Quayle; uses latanoprost drops for glaucoma; wants varifocals; likes "
                    "tortoiseshell frames",
                    "health",
                    first_name="Harriet",
                ),
            ),
            Call(
                BOOKSHOP,
                45,
                "en",
                "Special order of a novel",
                "Harriet special ordered the hardback of A Ledger of Tides by Morwenna Pryce. The shop will "
                "call when it arrives.",
                [
                    ("Pryce and Page Books hello", "hi um I'd like to order a book you don't have in stock"),
                    ("sure what's the title", "A Ledger of Tides by Morwenna Pryce the hardback please"),
                    ("no problem can I take a name", "Harriet Quayle"),
                    (
                        "it'll be about ten days",
                        "that's fine oh and could you gift wrap it it's for my nephew Tobias he turns "
                        "sixteen",
                    ),
                    ("of course we'll call when it's in", "brilliant thank you"),
                ],
                analysis_items(
                    "special order of a novel",
                    "shop to ring when the book arrives",
                    "",
                    "Harriet Quayle; ordered hardback of A Ledger of Tides",
                    "none",
                    first_name="Harriet",
                ),
            ),
            Call(
                OPTICIAN,
                30,
                "en",
                "Frames changed, glasses ready",
                "Harriet changed her frame choice to navy titanium. Her varifocals are ready to collect "
                "after 2 PM.",
                [
                    ("Clearview Opticians", "hello it's Harriet Quayle again about my glasses"),
                    (
                        "yes they're nearly done which frames did we settle on in the end",
                        "so I changed my mind actually not the tortoiseshell the navy titanium ones they're "
                        "lighter on my nose",
                    ),
                    (
                        "navy titanium noted they'll be ready after two PM",
                        "after two lovely I'll pop in then",
                    ),
                ],
                {"first_name": "Harriet", "reason": "collection"},
            ),
            Call(
                BOOKSHOP,
                4,
                "en",
                "Order in, second title requested",
                "Harriet's special order has arrived; she will collect it at 5:30. She also asked the shop "
                "to find a field guide to British lichens.",
                [
                    ("Pryce and Page Books", "hi it's Harriet you left me a message that my book is in"),
                    (
                        "yes it's here and wrapped when can you come",
                        "I'll come by at half five so five thirty if that's okay",
                    ),
                    (
                        "perfect anything else",
                        "actually yes can you find me a field guide to British lichens I've gotten really "
                        "into them on my walks",
                    ),
                    ("I'll have a look and let you know", "thanks"),
                ],
                {"first_name": "Harriet", "reason": "collection"},
            ),
        ],
        questions=[
            Question(OPTICIAN, "Which eye drops does she put in at night?", ("latanoprost",)),
            Question(
                OPTICIAN, "Which frames has she gone with in the end?", ("navy titanium",), ("tortoiseshell",)
            ),
            Question(OPTICIAN, "What time can she pick up her glasses?", ("2 PM", "after two")),
            Question(OPTICIAN, "Which contact lens brand does she wear?", ()),
            Question(OPTICIAN, "Who is her family doctor?", ()),
            Question(BOOKSHOP, "Which title did she special order?", ("Ledger of Tides",)),
            Question(BOOKSHOP, "Who is the wrapped present meant for?", ("Tobias",)),
            Question(BOOKSHOP, "When is she coming to collect her order?", ("5:30", "five thirty")),
            Question(BOOKSHOP, "Any hobby guidebook she wants sourced?", ("lichen",)),
            Question(BOOKSHOP, "What is her loyalty card number?", ()),
        ],
    ),
    # The jeweller: a ring resized and engraved, a long call about a watch.
    Caller(
        number="+13075550192",
        names=("Desmond",),
        calls=[
            Call(
                JEWELLER,
                55,
                "en",
                "Ring resize and engraving",
                "Desmond Achterberg brought in his grandmother's ring to be resized to a seven and a half "
                "and engraved with Semper R.A. inside the band.",
                [
                    (
                        "Hallmark and Hammer jewellers",
                        "hi yeah it's Desmond Achterberg I dropped off a ring yesterday",
                    ),
                    (
                        "ah yes the rose gold one",
                        "that's it my grandmother's um it's going to my wife so it needs to go up to a "
                        "seven and a half",
                    ),
                    ("and the engraving", "semper R A inside the band please capital R A"),
                    ("that'll take two to three weeks", "no rush"),
                ],
                analysis_items(
                    "ring resize and engraving",
                    "jeweller resizing ring, 2-3 weeks",
                    "",
                    "Desmond Achterberg; grandmother's ring to size 7.5; engraving Semper R.A.",
                    "none",
                    first_name="Desmond",
                ),
            ),
            Call(
                JEWELLER,
                20,
                "en",
                "Watch battery and strap",
                "Desmond asked about a battery and a new leather strap for a watch; the shop will quote.",
                long_call(
                    [
                        (
                            "Hallmark and Hammer good afternoon",
                            "hi it's Desmond again um different thing today it's a watch",
                        ),
                        (
                            "sure what's going on with it",
                            "it's stopped I think it's just the battery but the strap is falling apart too",
                        ),
                    ],
                    [
                        ("what make is it", "it was my father's it's a Longines from nineteen sixty two"),
                        (
                            "lovely piece and for the strap",
                            "oxblood leather if you have it that dark red kind of colour",
                        ),
                        (
                            "is it a gift",
                            "sort of I'm giving it to Rosalind that's my wife she's always liked it",
                        ),
                    ],
                    [
                        ("I'll put a quote together for battery and strap", "perfect thanks a lot"),
                    ],
                    acks=_ACKS,
                    talk=_TALK,
                    start=0,
                ),
                {"first_name": "Desmond", "reason": "repair quote"},
            ),
            Call(
                JEWELLER,
                3,
                "en",
                "Engraving changed",
                "Desmond changed the ring engraving to Ad astra, Roz. He will collect the ring at 10 AM in "
                "two days, on {+2}.",
                [
                    (
                        "Hallmark and Hammer",
                        "hi Desmond Achterberg um is it too late to change the engraving on the ring",
                    ),
                    (
                        "we haven't started it what would you like",
                        "not semper anymore make it ad astra comma Roz",
                    ),
                    (
                        "ad astra Roz got it it'll be ready in two days",
                        "great I'll come at ten in the morning",
                    ),
                ],
                analysis_items(
                    "engraving change",
                    "collect ring at 10 AM",
                    "{+2}",
                    "engraving now Ad astra, Roz",
                    "none",
                    first_name="Desmond",
                ),
            ),
        ],
        questions=[
            Question(JEWELLER, "What should the inside of the band read now?", ("ad astra",), ("semper",)),
            Question(JEWELLER, "What size is the ring going to?", ("seven and a half", "7.5")),
            Question(JEWELLER, "Which maker made his father's timepiece?", ("Longines",)),
            Question(JEWELLER, "What colour did he pick for the new strap?", ("oxblood",)),
            Question(JEWELLER, "Spouse's first name?", ("Rosalind",)),
            Question(JEWELLER, "What time is he picking the ring up?", ("10 AM", "ten in the morning")),
            Question(JEWELLER, "What metal is the heirloom band?", ("rose gold",)),
            Question(JEWELLER, "What is the ring's insurance valuation?", ()),
            Question(JEWELLER, "Which watch repairer did he use before?", ()),
            Question(JEWELLER, "How old was the watch battery?", ()),
        ],
    ),
    # The pet shop: a Spanish caller with an aquarium and a tortoise.
    Caller(
        number="+34679120394",
        names=("Lucía",),
        calls=[
            Call(
                PET_SHOP,
                40,
                "es",
                "New aquarium setup",
                "Lucía Barbero is setting up a 120-litre aquarium for her son Mateo and wants a shoal of "
                "neon tetras.",
                [
                    (
                        "Acuarios Marea buenos días",
                        "hola buenos días soy Lucía Barbero eh quería montar un acuario",
                    ),
                    ("muy bien de cuántos litros", "de ciento veinte litros 120 es para mi hijo Mateo"),
                    ("y qué peces le gustarían", "pues unos neones los neon tetra un grupito de diez o así"),
                    ("perfecto le preparo una lista de material", "vale gracias"),
                ],
                analysis_items(
                    "aquarium setup",
                    "shop to prepare equipment list",
                    "",
                    "Lucía Barbero; 120 litre tank for son Mateo; wants neon tetras",
                    "none",
                    first_name="Lucía",
                ),
            ),
            Call(
                PET_SHOP,
                18,
                "es",
                "Water test and tortoise lamp",
                "Lucía reported a high pH in the aquarium and ordered a UV lamp for her tortoise.",
                [
                    (
                        "Acuarios Marea dígame",
                        "hola soy Lucía otra vez el agua me da un pH de siete coma ocho 7,8",
                    ),
                    (
                        "es un poco alto le recomiendo raíces de turbera",
                        "vale y otra cosa tengo una tortuga que se llama Pimienta",
                    ),
                    ("qué come", "come sobre todo diente de león del jardín"),
                    ("necesita una lámpara UV", "sí quiero una lámpara por favor"),
                ],
                {"first_name": "Lucía", "reason": "order"},
            ),
            Call(
                PET_SHOP,
                2,
                "es",
                "Bigger tank, fish pickup",
                "Lucía now has a 180-litre tank instead of the first one. She will pick up the fish at 6 PM "
                "on {+1}.",
                [
                    (
                        "Acuarios Marea",
                        "hola soy Lucía al final he comprado un acuario más grande de ciento ochenta litros "
                        "180",
                    ),
                    (
                        "entonces caben más peces",
                        "sí sí y paso a recoger los peces mañana a las 6 de la tarde",
                    ),
                    ("se los dejo preparados", "gracias hasta mañana"),
                ],
                analysis_items(
                    "larger aquarium and fish collection",
                    "collect fish 6 PM",
                    "{+1}",
                    "tank now 180 litres",
                    "none",
                    first_name="Lucía",
                ),
            ),
        ],
        questions=[
            Question(PET_SHOP, "How many litres does her tank hold now?", ("180",), ("120",)),
            Question(PET_SHOP, "What is her tortoise called?", ("Pimienta",)),
            Question(PET_SHOP, "Whose aquarium is it really?", ("Mateo",)),
            Question(PET_SHOP, "Which fish did she want to start with?", ("neon",)),
            Question(PET_SHOP, "What does the reptile mostly feed on?", ("diente de león",)),
            Question(PET_SHOP, "What time is she coming for the fish?", ("6 de la tarde", "6 PM")),
            Question(PET_SHOP, "What did her acidity reading come out at?", ("7,8", "siete coma ocho")),
            Question(PET_SHOP, "Which brand of filter does she run?", ()),
            Question(PET_SHOP, "What is her home address?", ()),
        ],
    ),
    # The wine merchant: a long call setting up the monthly case, a lockbox code in its middle.
    Caller(
        number="+13075550194",
        names=("Ottoline",),
        calls=[
            Call(
                WINE,
                65,
                "en",
                "Monthly case subscription",
                "Ottoline Brask signed up for the Explorer monthly mixed case, delivered to 9 Larch Row.",
                long_call(
                    [
                        (
                            "Cask and Cork wine merchants hello",
                            "hi there um I'd like to sign up for one of your monthly cases",
                        ),
                        (
                            "lovely we have the Classic and the Explorer",
                            "the Explorer one please the mixed case",
                        ),
                        ("and your name and address", "Ottoline Brask 9 Larch Row"),
                    ],
                    [
                        (
                            "any styles you don't like",
                            "yeah nothing oaky please I really can't stand oaky chardonnay",
                        ),
                        ("and anything you love", "Grüner Veltliner I could drink it every day honestly"),
                        (
                            "does anyone else at home drink",
                            "my partner Ines she's more of a pinot noir person",
                        ),
                        (
                            "if nobody's home where should the driver leave it",
                            "there's a lockbox on the porch the lockbox code is 3 9 0 6",
                        ),
                    ],
                    [
                        ("you're all set first case goes out next month", "fantastic thanks for your help"),
                    ],
                    acks=_ACKS,
                    talk=_TALK,
                    start=5,
                ),
                {"first_name": "Ottoline", "reason": "subscription"},
            ),
            Call(
                WINE,
                25,
                "en",
                "Delivery address change",
                "Ottoline asked for her cases to go to her office at Suite 4, 210 Carver Street from now on.",
                [
                    ("Cask and Cork", "hi it's Ottoline Brask can I change where my case goes"),
                    (
                        "of course where to",
                        "my office it's suite four two ten Carver Street 210 Carver Street someone's always "
                        "at reception",
                    ),
                    ("done from the next case", "great"),
                ],
                analysis_items(
                    "delivery address change",
                    "",
                    "",
                    "Ottoline Brask; deliveries now to Suite 4, 210 Carver Street",
                    "none",
                    first_name="Ottoline",
                ),
            ),
            Call(
                WINE,
                6,
                "en",
                "Party order and a skipped month",
                "Ottoline is skipping next month's case while she travels and ordered two cases of crémant "
                "for her sister's engagement party, to arrive between 1 and 3 on {+8}.",
                [
                    ("Cask and Cork", "hello Ottoline again um two things"),
                    (
                        "go ahead",
                        "can you skip next month's case I'm away and also I need two cases of crémant for "
                        "my sister's engagement party",
                    ),
                    ("when do you need it", "in eight days ideally between one and three in the afternoon"),
                    ("we'll deliver between 1 and 3 then", "perfect"),
                ],
                analysis_items(
                    "party order, skip a month",
                    "deliver 2 cases crémant between 1 and 3",
                    "{+8}",
                    "skipping next month",
                    "none",
                    first_name="Ottoline",
                ),
            ),
        ],
        questions=[
            Question(WINE, "Where should her wine be delivered now?", ("Carver Street",), ("Larch Row",)),
            Question(WINE, "Which grape does she adore?", ("Grüner Veltliner",)),
            Question(WINE, "What style of white does she refuse?", ("oaky",)),
            Question(WINE, "What does her partner like to drink?", ("pinot noir",)),
            Question(WINE, "What fizz is going to the engagement celebration?", ("crémant",)),
            Question(
                WINE, "What time window did we promise for the party order?", ("1 and 3", "one and three")
            ),
            Question(WINE, "Which subscription tier is she on?", ("Explorer",)),
            Question(WINE, "What is the door code for her office building?", ()),
            Question(WINE, "What's her date of birth for the age check?", ()),
            Question(WINE, "Which card does she pay with?", ()),
        ],
    ),
    # The garden centre: an order delivered through a side gate with a code.
    Caller(
        number="+13075550195",
        names=("Bartholomew",),
        calls=[
            Call(
                GARDEN,
                50,
                "en",
                "Fruit trees order",
                "Bartholomew Okafor ordered three espalier apple trees, Egremont Russet, and a rowan, to be "
                "delivered to the back garden through the side gate.",
                [
                    ("Greenhollow Garden Centre", "morning um Bartholomew Okafor I want to order some trees"),
                    ("what are you after", "three espalier apples Egremont Russet and one rowan"),
                    (
                        "we deliver where do they go",
                        "round the back the side gate code is 7 2 5 8 just push hard it sticks",
                    ),
                    ("noted we'll call before we come", "cheers"),
                ],
                analysis_items(
                    "fruit tree order",
                    "garden centre to arrange delivery",
                    "",
                    "Bartholomew Okafor; 3 espalier apples and a rowan; deliver via side gate",
                    "none",
                    first_name="Bartholomew",
                ),
            ),
            Call(
                GARDEN,
                12,
                "en",
                "Variety change and bark mulch",
                "Bartholomew switched the apple variety to Discovery and added bags of composted bark.",
                [
                    ("Greenhollow Garden Centre", "hi it's Bartholomew about my tree order"),
                    (
                        "yes",
                        "can we switch the apples from Egremont to Discovery my neighbour says they crop "
                        "better",
                    ),
                    (
                        "no problem anything else",
                        "yeah the soil here is heavy clay really sticky what do I do",
                    ),
                    ("composted bark dug in helps", "okay add twenty bags of the composted bark then"),
                ],
                {"first_name": "Bartholomew", "reason": "order change"},
            ),
            Call(
                GARDEN,
                1,
                "en",
                "Delivery morning confirmed",
                "Bartholomew confirmed delivery on {+2} from 8 AM; his dog will be kept inside.",
                [
                    (
                        "Greenhollow Garden Centre calling about your delivery in two days",
                        "oh great what time",
                    ),
                    (
                        "the van starts at 8 AM you're first",
                        "eight in the morning fine I'll shut Biscuit in the kitchen he goes mad at vans",
                    ),
                    ("ha thank you", "see you then"),
                ],
                {"first_name": "Bartholomew", "reason": "delivery"},
            ),
        ],
        questions=[
            Question(GARDEN, "Which apple variety is he having?", ("Discovery",), ("Egremont",)),
            Question(GARDEN, "What is his ground like?", ("clay",)),
            Question(GARDEN, "How many sacks of mulch were added?", ("twenty",)),
            Question(GARDEN, "What's the dog called?", ("Biscuit",)),
            Question(
                GARDEN, "What time does the van arrive for his drop-off?", ("8 AM", "eight in the morning")
            ),
            Question(GARDEN, "Which non-apple tree is in the order?", ("rowan",)),
            Question(GARDEN, "What is the alarm code for his house?", ()),
            Question(GARDEN, "Which lawn seed does he use?", ()),
        ],
    ),
    # The electronics retailer: a laptop under warranty, a branch that changed.
    Caller(
        number="+13075550196",
        names=("Priyanka",),
        calls=[
            Call(
                ELECTRONICS,
                80,
                "en",
                "Laptop screen under warranty",
                "Priyanka Raman's laptop screen flickers; it is covered by the three-year care plan and "
                "will go in for repair through the Riverside branch.",
                [
                    (
                        "Voltline electronics support",
                        "hi um Priyanka Raman my laptop screen keeps flickering",
                    ),
                    ("is it still under warranty", "yes I bought the three year care plan with it"),
                    ("okay which store is easiest", "the Riverside branch"),
                ],
                {"first_name": "Priyanka", "reason": "warranty"},
            ),
            Call(
                ELECTRONICS,
                35,
                "en",
                "Repair ticket and courier",
                "Priyanka's repair is under ticket EL-8832; a courier collects the laptop from her home "
                "between nine and noon on {+3}.",
                [
                    (
                        "Voltline support",
                        "hi it's Priyanka Raman I was told a courier would pick up my laptop",
                    ),
                    ("yes your ticket is E L 8 8 3 2", "E L 8 8 3 2 got it"),
                    (
                        "the courier comes in three days between nine and noon",
                        "between nine and noon okay I'll work from home",
                    ),
                ],
                analysis_items(
                    "laptop repair collection",
                    "courier pickup between nine and noon",
                    "{+3}",
                    "Priyanka Raman; repair ticket EL-8832",
                    "none",
                    first_name="Priyanka",
                ),
            ),
            Call(
                ELECTRONICS,
                9,
                "en",
                "Headphones and collection branch",
                "Priyanka's new headphones crackle in the left ear. She will collect the repaired laptop "
                "and swap the headphones at the Millbrook branch instead of Riverside.",
                [
                    (
                        "Voltline support",
                        "hi Priyanka again the laptop's fixed they said but now my new headphones crackle "
                        "in the left ear",
                    ),
                    (
                        "we can swap those which store",
                        "not Riverside anymore I've moved closer to Millbrook so the Millbrook branch for "
                        "both",
                    ),
                    ("done both will be waiting there", "thanks"),
                ],
                analysis_items(
                    "headphone fault and collection",
                    "collect laptop and swap headphones at Millbrook",
                    "",
                    "prefers Millbrook branch",
                    "none",
                    first_name="Priyanka",
                ),
            ),
        ],
        questions=[
            Question(ELECTRONICS, "Which store will she collect from?", ("Millbrook",), ("Riverside",)),
            Question(ELECTRONICS, "What is wrong with the laptop display?", ("flicker",)),
            Question(ELECTRONICS, "What is the repair ticket reference?", ("8832", "8 8 3 2")),
            Question(ELECTRONICS, "Does she have extended cover?", ("care plan",)),
            Question(ELECTRONICS, "What fault do her earphones have?", ("crackle",)),
            Question(ELECTRONICS, "When will the courier come by?", ("nine and noon",)),
            Question(ELECTRONICS, "On which side is the audio fault?", ("left ear",)),
            Question(ELECTRONICS, "How much did she pay for the laptop?", ()),
            Question(ELECTRONICS, "Which operating system does her laptop run?", ()),
        ],
    ),
    # The bakery: a custom birthday cake whose flavour and collection time change.
    Caller(
        number="+13075550197",
        names=("Florence",),
        calls=[
            Call(
                BAKERY,
                21,
                "en",
                "Custom birthday cake",
                "Florence Ng ordered a lemon and elderflower cake for her husband Callum's fortieth, to "
                "serve 30, egg-free, decorated as a vinyl record.",
                [
                    (
                        "Crumb and Crown bakery",
                        "hi I'd like a custom cake please it's for my husband Callum's fortieth",
                    ),
                    (
                        "how many people",
                        "about thirty thirty people and it needs to be egg-free a few of the guests are "
                        "vegan",
                    ),
                    (
                        "flavour and design",
                        "lemon and elderflower and could it look like a vinyl record he's a DJ",
                    ),
                    ("love it", "and my name's Florence Ng"),
                ],
                analysis_items(
                    "custom birthday cake",
                    "bakery to confirm design",
                    "",
                    "Florence Ng; husband Callum turning 40; cake for 30, egg-free; vinyl record design",
                    "none",
                    first_name="Florence",
                ),
            ),
            Call(
                BAKERY,
                7,
                "en",
                "Flavour change and message",
                "Florence changed the cake to salted caramel, asked for the message Forty and still "
                "spinning, and will collect at 11:30 on {+6}.",
                [
                    ("Crumb and Crown", "hi Florence Ng about Callum's cake can we change the flavour"),
                    ("sure", "salted caramel instead of the lemon one he loves caramel"),
                    ("any writing on it", "yes forty and still spinning"),
                    ("and collection", "half past eleven so eleven thirty in six days"),
                ],
                {"first_name": "Florence", "reason": "order change"},
            ),
            Call(
                BAKERY,
                2,
                "en",
                "Cupcakes added, collection moved",
                "Florence added two dozen cupcakes and moved the collection to 3 PM on {+1}.",
                [
                    ("Crumb and Crown", "hi Florence again sorry can I add two dozen cupcakes"),
                    (
                        "no problem",
                        "and I can't make half eleven can I come at three in the afternoon instead",
                    ),
                    ("3 PM is fine", "thank you so much"),
                ],
                analysis_items(
                    "cupcakes and collection time",
                    "collect cake and cupcakes at 3 PM",
                    "{+1}",
                    "",
                    "none",
                    first_name="Florence",
                ),
            ),
        ],
        questions=[
            Question(BAKERY, "Which flavour is the cake going to be?", ("salted caramel",), ("elderflower",)),
            Question(BAKERY, "Who is the birthday boy?", ("Callum",)),
            Question(BAKERY, "How many guests must it feed?", ("thirty people", "serve 30")),
            Question(BAKERY, "What wording goes on top?", ("still spinning",)),
            Question(
                BAKERY,
                "What time is she collecting now?",
                ("3 PM", "three in the afternoon"),
                ("11:30", "half past eleven"),
            ),
            Question(BAKERY, "What should the cake look like?", ("vinyl record",)),
            Question(BAKERY, "Which dietary need must the sponge meet?", ("egg-free",)),
            Question(BAKERY, "How much deposit did she pay?", ()),
            Question(BAKERY, "Which venue is the party at?", ()),
        ],
    ),
    # The pet shop again: a parrot owner and a damaged cage.
    Caller(
        number="+13075550198",
        names=("Alasdair",),
        calls=[
            Call(
                PET_SHOP,
                33,
                "en",
                "Parrot cage and food",
                "Alasdair Pennycook ordered a larger cage for his African grey, Horatio, and pellets "
                "without sunflower seed.",
                [
                    (
                        "Marea pets and aquariums",
                        "hello Alasdair Pennycook I've an African grey called Horatio",
                    ),
                    (
                        "lovely how can we help",
                        "he needs a bigger cage and um pellets with no sunflower in them he's been plucking "
                        "and the vet said cut the sunflower",
                    ),
                    ("we'll order the large flight cage", "great"),
                ],
                analysis_items(
                    "parrot cage and food",
                    "shop to order large flight cage",
                    "",
                    "Alasdair Pennycook; African grey Horatio; no sunflower in food",
                    "none",
                    first_name="Alasdair",
                ),
            ),
            Call(
                PET_SHOP,
                5,
                "en",
                "Cage arrived damaged",
                "Alasdair's cage arrived with a dented door; the shop will send a replacement.",
                [
                    (
                        "pet supplies",
                        "hi Alasdair Pennycook the cage came but the door's dented it won't close",
                    ),
                    (
                        "sorry about that we'll send a new one",
                        "okay please deliver after four PM I'm at work till then",
                    ),
                    ("after 4 PM noted", "thanks"),
                ],
                {"first_name": "Alasdair", "reason": "complaint"},
            ),
        ],
        questions=[
            Question(PET_SHOP, "What kind of bird does he keep?", ("African grey",)),
            Question(PET_SHOP, "What's his bird called?", ("Horatio",)),
            Question(PET_SHOP, "What was the fault with the delivered enclosure?", ("dented",)),
            Question(PET_SHOP, "What must his bird's feed leave out?", ("sunflower",)),
            Question(PET_SHOP, "What time should deliveries come?", ("after four", "after 4")),
            Question(PET_SHOP, "What is the bird's vet called?", ()),
            Question(PET_SHOP, "How old is the bird?", ()),
        ],
    ),
    # The bookshop again: a collector hunting a first edition.
    Caller(
        number="+13075550199",
        names=("Cornelius",),
        calls=[
            Call(
                BOOKSHOP,
                28,
                "en",
                "First edition search",
                "Cornelius Vantongeren asked the shop to find a first edition of The Orchard Psalms, budget "
                "under 200 dollars.",
                [
                    (
                        "Pryce and Page Books",
                        "good afternoon Cornelius Vantongeren I'm looking for a first edition The Orchard "
                        "Psalms",
                    ),
                    ("what's your budget", "under two hundred dollars 200 tops"),
                    (
                        "we'll search the dealers",
                        "thank you I mostly collect railway history so poetry's a bit new for me",
                    ),
                ],
                {"first_name": "Cornelius", "reason": "book search"},
            ),
            Call(
                BOOKSHOP,
                3,
                "en",
                "Copy found",
                "The shop found a copy for Cornelius; it has foxing on the endpapers. He will decide by the "
                "end of the week.",
                [
                    ("Pryce and Page Books we found your Orchard Psalms", "oh wonderful what condition"),
                    (
                        "good but some foxing on the endpapers",
                        "hmm let me think I'll let you know by the end of the week",
                    ),
                ],
                analysis_items(
                    "first edition found",
                    "Cornelius to decide on the copy by end of week",
                    "",
                    "collects railway history",
                    "none",
                    first_name="Cornelius",
                ),
            ),
        ],
        questions=[
            Question(BOOKSHOP, "What's the most he'll spend?", ("200", "two hundred")),
            Question(BOOKSHOP, "What does he usually collect?", ("railway",)),
            Question(BOOKSHOP, "What flaw does the copy have?", ("foxing",)),
            Question(BOOKSHOP, "What is his customer account number?", ()),
            Question(BOOKSHOP, "What is his shipping address?", ()),
        ],
    ),
]
