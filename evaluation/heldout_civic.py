"""A held-out set of callers of eight public and office services: a public library, a moving company,
a translation agency, a coworking space, an insurance broker, IT support for a small office, a theatre's
box office and a city council's bulky-item collection.

Nine callers, 25 calls, 77 questions (19 of them unanswerable): corrections a later call makes (the
question expects the new value), two calls of 84 exchanges (168 turns) whose facts are said once in the
middle and reach no summary, one of them in French, facts said only in the turns, a French caller asked
about in English (her calls in French, their summaries in English), questions that share no word with the
calls that answer them, a caller of the library and of the translation agency whose translation calls are
private (health: a cardiology report), and about a quarter of the questions asking for a detail of the
same kind that nobody gave. Fifteen of the calls carry the post-call analysis items as ElevenLabs'
analysis model fills them (``analysis_items``: a fact missing here and there, open items phrased
loosely, ``finance`` and ``legal`` set where they belong); the others carry ordinary items only.

Two access codes are said in calls (an after-hours alarm and an office's side door); ``judging.
access_codes`` reads them from the calls and counts every one told. No question's answer is a code, and
two questions ask for a code nobody gave.

Days are relative to the run (``days_ago``) and a summary or item names a day as ``{+N}``, which the
harness renders as a month and day; the turns say the same day relatively ("in two days"), and no weekday
is named anywhere. Answers cannot hold a rendered date, so a when-question's answers are the time of day
said, or what only the latest call on its topic holds (an earlier call's value is then its outdated
value).

Written before the changes it judges, from the issue on memory quality alone, and run once per batch of
changes, never tuned against: no constant may be chosen on it.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

LIBRARY = "agent_library_000000000000000000101"
MOVERS = "agent_movers_0000000000000000000102"
TRANSLATION = "agent_translate_0000000000000000103"
COWORKING = "agent_cowork_0000000000000000000104"
INSURANCE = "agent_broker_0000000000000000000105"
IT_SUPPORT = "agent_itdesk_0000000000000000000106"
BOX_OFFICE = "agent_tickets_000000000000000000107"
COUNCIL = "agent_council_000000000000000000108"

_ACKS_EN = ["mm-hm", "right", "oh sure", "yeah yeah", "ha okay", "got it", "uh-huh", "of course"]
_TALK_EN = [
    "um sorry I'm just pulling into the car park hold on",
    "yeah it's been such a grey week hasn't it",
    "my youngest has a cold so nobody slept last night",
    "hang on someone's at the door no it's fine they've gone",
    "ha my wife keeps saying I should have done this months ago",
    "the roadworks on the high street are driving everyone mad",
    "sorry the signal drops out a bit in this part of the house",
    "we watched that new detective series last night it was not great",
    "I've got a dentist thing later so I'm a bit distracted sorry",
    "anyway um where were we",
    "I went to the farmers market on the weekend the queues were silly",
    "no honestly it's fine I've got a few minutes",
    "my brother did all this last year and said it was painless",
    "ugh the printer at home is out of ink again of course",
    "we might get a puppy in the summer the kids won't stop asking",
    "sorry I've lost my train of thought",
]
_ACKS_FR = ["d'accord", "oui oui", "hm hm", "ah bon", "je vois", "très bien", "ah oui", "entendu"]
_TALK_FR = [
    "euh pardon je suis dans le métro ça coupe un peu",
    "oui il fait un temps affreux cette semaine",
    "mon fils a de la fièvre donc la nuit a été courte",
    "attendez quelqu'un sonne non c'est bon",
    "ha ma sœur me dit que j'aurais dû m'y prendre plus tôt",
    "les travaux dans la rue c'est infernal en ce moment",
    "pardon le réseau est mauvais dans la cuisine",
    "on a regardé un film hier soir pas terrible",
    "euh où en étions nous",
    "le marché était bondé ce matin",
    "non non j'ai quelques minutes ça va",
    "je n'ai jamais fait de cartons de ma vie franchement",
    "bref je ne veux pas vous retenir trop longtemps",
    "excusez moi j'ai perdu le fil",
]

HELDOUT_CIVIC: list[Caller] = [
    # The translation agency (private: a cardiology report) and the library, one caller.
    Caller(
        number="+16055550181",
        names=("Ingrid",),
        private_to={TRANSLATION: ("cardiology", "arrhythmia", "cardiologist")},
        calls=[
            Call(
                TRANSLATION,
                60,
                "en",
                "Cardiology report translation",
                "Ingrid Halvorsen needs a certified translation of a 14-page cardiology report from "
                "Norwegian into English for her new cardiologist.",
                [
                    (
                        "Wordbridge Translations good morning",
                        "hi um I'm Ingrid Halvorsen I need a medical report translated",
                    ),
                    ("which languages", "from Norwegian into English it's from my cardiologist back home"),
                    (
                        "how long is it",
                        "fourteen pages 14 it's all about my arrhythmia and the tests they did",
                    ),
                    ("we'll do a certified translation", "great thank you"),
                ],
                analysis_items(
                    "certified translation of medical report",
                    "agency to send quote",
                    "",
                    "Ingrid Halvorsen; Norwegian to English; cardiology report",
                    "health",
                    first_name="Ingrid",
                ),
            ),
            Call(
                LIBRARY,
                40,
                "en",
                "Interlibrary loan request",
                "Ingrid asked the library to get The Fjord Weavers on interlibrary loan and to send notices "
                "by text message.",
                [
                    ("Eastgate Public Library", "hi Ingrid Halvorsen can you get a book from another branch"),
                    ("which one", "The Fjord Weavers it's about old weaving patterns"),
                    (
                        "yes we can request it how should we tell you",
                        "text message is best I never read my email",
                    ),
                ],
                analysis_items(
                    "interlibrary loan",
                    "library to text when the book arrives",
                    "",
                    "prefers text messages",
                    "none",
                    first_name="Ingrid",
                ),
            ),
            Call(
                TRANSLATION,
                22,
                "en",
                "Page count and delivery format",
                "Ingrid's report is now 19 pages after she found the test appendix. She wants a PDF by "
                "email and two paper copies.",
                [
                    (
                        "Wordbridge Translations",
                        "hi it's Ingrid Halvorsen there's more to my document I found the appendix",
                    ),
                    ("how many pages altogether now", "nineteen so 19 pages not fourteen"),
                    (
                        "and how would you like it delivered",
                        "a PDF by email and um two paper copies please for the clinic",
                    ),
                ],
                {"first_name": "Ingrid", "reason": "order change"},
            ),
            Call(
                LIBRARY,
                5,
                "en",
                "Room booking for a knitting circle",
                "Ingrid booked the Elm Room for her knitting circle from 6 to 8 in the evening on {+9}.",
                [
                    (
                        "Eastgate Public Library",
                        "hi it's Ingrid again can I book a room for my knitting circle",
                    ),
                    ("how many people", "twelve of us usually twelve people"),
                    ("the Elm Room is free in nine days from six", "lovely six to eight in the evening then"),
                ],
                {"first_name": "Ingrid", "reason": "room booking"},
            ),
        ],
        questions=[
            Question(TRANSLATION, "From which language is the report being translated?", ("Norwegian",)),
            Question(
                TRANSLATION,
                "How long is the document now?",
                ("19 pages", "nineteen"),
                ("fourteen", "14-page"),
            ),
            Question(TRANSLATION, "What heart condition does the report deal with?", ("arrhythmia",)),
            Question(TRANSLATION, "Besides a PDF, what hard output did she ask for?", ("two paper copies",)),
            Question(TRANSLATION, "What is her passport number?", ()),
            Question(LIBRARY, "Which title is coming from another branch?", ("Fjord Weavers",)),
            Question(LIBRARY, "Which room did her group reserve?", ("Elm Room",)),
            Question(LIBRARY, "What time does her circle meet?", ("6 to 8", "six to eight")),
            Question(LIBRARY, "Headcount of the crafting group?", ("twelve",)),
            Question(LIBRARY, "How does she like to be notified?", ("text message",)),
            Question(LIBRARY, "What sort of club uses the room?", ("knitting circle",)),
            Question(LIBRARY, "What is her library card number?", ()),
        ],
    ),
    # The movers: a French caller, a long call whose middle holds the fragile things.
    Caller(
        number="+33756214873",
        names=("Margaux",),
        calls=[
            Call(
                MOVERS,
                48,
                "fr",
                "Moving quote",
                "Margaux Delacroix asked for a quote to move from 12 rue des Tanneurs, third floor without "
                "a lift, to Chemin des Vignes, including an upright piano and 40 boxes.",
                [
                    (
                        "Déménagements Lefort bonjour",
                        "bonjour Margaux Delacroix je voudrais un devis pour un déménagement",
                    ),
                    ("de quelle adresse", "du 12 rue des Tanneurs au troisième étage sans ascenseur"),
                    ("et vous allez où", "Chemin des Vignes une maison"),
                    ("des objets lourds", "un piano droit et euh à peu près quarante cartons 40 cartons"),
                ],
                analysis_items(
                    "moving quote",
                    "movers to send quote",
                    "",
                    "Margaux Delacroix; from 12 rue des Tanneurs 3rd floor no lift; to Chemin des Vignes; "
                    "upright piano",
                    "none",
                    first_name="Margaux",
                ),
            ),
            Call(
                MOVERS,
                26,
                "fr",
                "Move details confirmed",
                "Margaux accepted the quote and went through the details of the move with the planner.",
                long_call(
                    [
                        ("Déménagements Lefort", "bonjour c'est Margaux Delacroix j'accepte le devis"),
                        ("parfait on fait le point sur les détails", "oui allons y"),
                    ],
                    [
                        (
                            "des objets fragiles",
                            "oui l'horloge de ma grand-mère une horloge comtoise il faut vraiment faire "
                            "attention",
                        ),
                        ("des animaux", "ma chatte Figue elle sera chez une voisine ce jour là"),
                        ("le stationnement", "j'ai déjà l'autorisation de stationnement de la mairie"),
                    ],
                    [
                        ("c'est noté on vous rappelle avant", "merci beaucoup au revoir"),
                    ],
                    acks=_ACKS_FR,
                    talk=_TALK_FR,
                    start=2,
                ),
                {"first_name": "Margaux", "reason": "confirmation"},
            ),
            Call(
                MOVERS,
                4,
                "fr",
                "More boxes, crew arrival time",
                "Margaux now needs 60 boxes. The crew will arrive at 7:30 AM on {+5}.",
                [
                    ("Déménagements Lefort", "bonjour Margaux il me faudra plus de cartons finalement"),
                    ("combien", "soixante cartons 60 cartons pas quarante"),
                    ("l'équipe arrive dans cinq jours à 7 h 30", "7 h 30 parfait je serai prête"),
                ],
                analysis_items(
                    "extra boxes and arrival time",
                    "crew arrives 7:30 AM",
                    "{+5}",
                    "needs 60 boxes",
                    "none",
                    first_name="Margaux",
                ),
            ),
        ],
        questions=[
            Question(
                MOVERS,
                "How many cartons does she need now?",
                ("60 cartons", "60 boxes"),
                ("40 cartons", "40 boxes"),
            ),
            Question(MOVERS, "Which instrument has to be moved?", ("piano",)),
            Question(MOVERS, "Which storey is her current flat on?", ("troisième", "third floor")),
            Question(MOVERS, "Which heirloom needs extra care?", ("horloge",)),
            Question(MOVERS, "What's her cat called?", ("Figue",)),
            Question(MOVERS, "What street is she moving to?", ("Chemin des Vignes",)),
            Question(MOVERS, "What time will the crew turn up?", ("7 h 30", "7:30")),
            Question(
                MOVERS, "Has she sorted permission to park the truck?", ("autorisation de stationnement",)
            ),
            Question(MOVERS, "What value did she declare for insurance?", ()),
            Question(MOVERS, "What is her email address?", ()),
        ],
    ),
    # The coworking space: a membership upgraded, an after-hours alarm code.
    Caller(
        number="+447700900882",
        names=("Toby",),
        calls=[
            Call(
                COWORKING,
                58,
                "en",
                "New hot desk membership",
                "Toby Renshaw joined on the hot desk plan with locker 27 and will bring his dog.",
                [
                    (
                        "The Foundry coworking hello",
                        "hiya um Toby Renshaw I'd like to join on the hot desk plan",
                    ),
                    (
                        "welcome we'll give you locker 27",
                        "locker 27 cool and can I bring my whippet Pickle she's very quiet",
                    ),
                    ("dogs are fine and if you're in after hours the alarm code is 6 0 4 1", "got it thanks"),
                ],
                {"first_name": "Toby", "reason": "membership"},
            ),
            Call(
                COWORKING,
                19,
                "en",
                "Upgrade to a dedicated desk",
                "Toby upgraded from the hot desk to a dedicated desk, desk 14 by the window.",
                [
                    ("The Foundry", "hi Toby Renshaw I want to upgrade I'm in every day now"),
                    ("to a dedicated desk then", "yes a dedicated desk and if I could be by the window"),
                    ("desk fourteen is by the window", "perfect desk fourteen"),
                ],
                analysis_items(
                    "membership upgrade",
                    "",
                    "",
                    "Toby Renshaw; dedicated desk 14 by the window",
                    "none",
                    first_name="Toby",
                ),
            ),
            Call(
                COWORKING,
                3,
                "en",
                "Meeting room for a pitch",
                "Toby booked the Boiler Room for a client pitch at 9:15 on {+2} and needs a projector.",
                [
                    ("The Foundry", "hi Toby again can I grab the Boiler Room in two days"),
                    ("what time", "nine fifteen 9:15 for a client pitch"),
                    ("anything you need", "a projector please with an HDMI cable"),
                ],
                analysis_items(
                    "meeting room booking",
                    "Boiler Room at 9:15, projector",
                    "{+2}",
                    "",
                    "none",
                    first_name="Toby",
                ),
            ),
        ],
        questions=[
            Question(COWORKING, "Which membership is he on now?", ("dedicated desk",), ("hot desk",)),
            Question(COWORKING, "Which storage cubby was he given?", ("locker 27",)),
            Question(COWORKING, "What is his whippet called?", ("Pickle",)),
            Question(COWORKING, "What time does his pitch start?", ("9:15", "nine fifteen")),
            Question(COWORKING, "Which kit must be set up in the room?", ("projector",)),
            Question(COWORKING, "Where does he sit?", ("desk fourteen", "desk 14")),
            Question(COWORKING, "What is the front door code he uses?", ()),
            Question(COWORKING, "Which company does he work for?", ()),
        ],
    ),
    # The insurance broker: a long call about a home policy, the excess raised later.
    Caller(
        number="+16055550184",
        names=("Gwilym",),
        calls=[
            Call(
                INSURANCE,
                75,
                "en",
                "Home and contents quote",
                "Gwilym Prothero asked for home and contents quotes for 5 Quarry Lane; the broker will send "
                "three options.",
                long_call(
                    [
                        (
                            "Keystone Brokers good afternoon",
                            "hi um Gwilym Prothero I need home and contents cover",
                        ),
                        ("what's the address", "five Quarry Lane 5 Quarry Lane"),
                    ],
                    [
                        (
                            "anything high value to list",
                            "yeah a carbon road bike about four thousand two hundred and my wife's "
                            "engagement ring it was valued at nine thousand",
                        ),
                        (
                            "any claims in the last five years",
                            "one a burst pipe flooded the kitchen a few years back",
                        ),
                    ],
                    [
                        ("I'll send you three options", "great cheers"),
                    ],
                    acks=_ACKS_EN,
                    talk=_TALK_EN,
                    start=3,
                ),
                {"first_name": "Gwilym", "reason": "quote"},
            ),
            Call(
                INSURANCE,
                30,
                "en",
                "Policy chosen",
                "Gwilym chose the Harbourline policy with a $250 excess.",
                [
                    ("Keystone Brokers", "hi Gwilym Prothero I've read the three options"),
                    ("which one", "the Harbourline one with the two fifty excess so $250"),
                    ("I'll set it up", "thanks"),
                ],
                analysis_items(
                    "home insurance policy chosen",
                    "broker to set up Harbourline policy",
                    "",
                    "Gwilym Prothero; 5 Quarry Lane; Harbourline policy",
                    "finance",
                    first_name="Gwilym",
                ),
            ),
            Call(
                INSURANCE,
                8,
                "en",
                "Excess raised",
                "Gwilym raised his excess to $500 to bring the premium down.",
                [
                    ("Keystone Brokers", "hi it's Gwilym can we bring the premium down a bit"),
                    ("raising the excess helps", "okay put the excess up to five hundred $500"),
                    ("done that saves about eighty a year", "good"),
                ],
                analysis_items(
                    "excess change",
                    "",
                    "",
                    "excess now $500",
                    "finance",
                    first_name="Gwilym",
                ),
            ),
        ],
        questions=[
            Question(INSURANCE, "How much is his excess now?", ("$500",), ("$250",)),
            Question(INSURANCE, "Which insurer did he pick?", ("Harbourline",)),
            Question(INSURANCE, "What previous claim did he disclose?", ("burst pipe",)),
            Question(INSURANCE, "Which pricey two-wheeler should be listed?", ("road bike",)),
            Question(INSURANCE, "How much is the engagement ring worth?", ("nine thousand",)),
            Question(INSURANCE, "Which property is being covered?", ("Quarry Lane",)),
            Question(INSURANCE, "What is his policy number?", ()),
            Question(INSURANCE, "What is his annual salary?", ()),
            Question(INSURANCE, "Which bank pays the premium?", ()),
        ],
    ),
    # IT support for a small office: a visit moved, a side door code.
    Caller(
        number="+16055550185",
        names=("Rhiannon",),
        calls=[
            Call(
                IT_SUPPORT,
                44,
                "en",
                "Printer won't connect",
                "Rhiannon Webb's office of six people cannot print to their Brother printer; they use "
                "Microsoft 365. A technician will visit.",
                [
                    (
                        "Bytewise IT support",
                        "hi Rhiannon Webb from Webb and Lyle architects our printer won't connect",
                    ),
                    ("what printer", "a Brother laser it just says offline"),
                    ("how many people and what do you use", "six people all on Microsoft 365"),
                    ("we'll send someone", "great use the side entrance the door code is 5 1 9 2"),
                ],
                analysis_items(
                    "printer connection fault",
                    "technician visit to fix printer",
                    "",
                    "Rhiannon Webb; Webb and Lyle architects; 6 staff; Microsoft 365",
                    "none",
                    first_name="Rhiannon",
                ),
            ),
            Call(
                IT_SUPPORT,
                4,
                "en",
                "New starter laptop",
                "Rhiannon asked for a laptop set up for a new starter, Kwame; the technician comes at 8:45 "
                "on {+5}.",
                [
                    ("Bytewise IT", "hi Rhiannon we've got a new starter Kwame he needs a laptop set up"),
                    ("we can come in five days at quarter to nine", "quarter to nine is fine 8:45"),
                ],
                {"first_name": "Rhiannon", "reason": "setup"},
            ),
            Call(
                IT_SUPPORT,
                2,
                "en",
                "Visit moved, router dropping",
                "Rhiannon moved the visit to 1:15 on {+3}; the router also keeps dropping.",
                [
                    ("Bytewise IT", "hi Rhiannon sorry can we move the visit we have a client at nine"),
                    ("how about one fifteen in three days", "one fifteen 1:15 yes"),
                    ("anything else", "the router keeps dropping like every hour"),
                ],
                analysis_items(
                    "visit rescheduled, router",
                    "technician visit 1:15",
                    "{+3}",
                    "",
                    "none",
                    first_name="Rhiannon",
                ),
            ),
        ],
        questions=[
            Question(
                IT_SUPPORT,
                "What time is the technician coming now?",
                ("1:15", "one fifteen"),
                ("8:45", "quarter to nine"),
            ),
            Question(IT_SUPPORT, "Who is the new starter?", ("Kwame",)),
            Question(IT_SUPPORT, "Which make of printer do they have?", ("Brother laser", "Brother printer")),
            Question(IT_SUPPORT, "Which email suite do they use?", ("Microsoft 365",)),
            Question(IT_SUPPORT, "How big is the team?", ("six people", "6 staff")),
            Question(IT_SUPPORT, "Which network box keeps losing connection?", ("router",)),
            Question(IT_SUPPORT, "What is the office alarm code?", ()),
            Question(IT_SUPPORT, "Which antivirus do they run?", ()),
        ],
    ),
    # The box office: seats moved, a birthday.
    Caller(
        number="+447700900886",
        names=("Saoirse",),
        calls=[
            Call(
                BOX_OFFICE,
                36,
                "en",
                "Concert tickets",
                "Saoirse Kavanagh bought four tickets for The Lantern Quartet in row K, aisle seats.",
                [
                    (
                        "Lyric Hall box office",
                        "hi Saoirse Kavanagh I'd like four tickets for The Lantern Quartet",
                    ),
                    (
                        "we have row K",
                        "row K is fine can we have aisle seats my dad likes to stretch his legs",
                    ),
                    ("aisle seats done your reference is B X 4 4 7 1", "B X 4 4 7 1 thanks"),
                ],
                analysis_items(
                    "concert tickets",
                    "",
                    "",
                    "Saoirse Kavanagh; 4 tickets Lantern Quartet; aisle seats",
                    "none",
                    first_name="Saoirse",
                ),
            ),
            Call(
                BOX_OFFICE,
                14,
                "en",
                "Seats moved forward",
                "Saoirse moved her four seats forward to row F.",
                [
                    ("Lyric Hall box office", "hi Saoirse again are there better seats now"),
                    ("row F just opened up", "oh yes move us to row F please still on the aisle"),
                ],
                {"first_name": "Saoirse", "reason": "exchange"},
            ),
            Call(
                BOX_OFFICE,
                1,
                "en",
                "Birthday banner and doors",
                "Saoirse asked if they can bring a small banner for her aunt Philippa's birthday; doors "
                "open at 6:45.",
                [
                    (
                        "Lyric Hall",
                        "hi quick one it's my aunt Philippa's birthday can we bring a little banner",
                    ),
                    ("a small one is fine doors open at 6:45", "quarter to seven great"),
                ],
                {"first_name": "Saoirse", "reason": "question"},
            ),
        ],
        questions=[
            Question(BOX_OFFICE, "Which row are they sitting in now?", ("row F",), ("row K",)),
            Question(BOX_OFFICE, "Which act are they going to see?", ("Lantern Quartet",)),
            Question(BOX_OFFICE, "How many seats did she buy?", ("four tickets", "4 tickets")),
            Question(BOX_OFFICE, "What is her booking reference?", ("4 4 7 1",)),
            Question(BOX_OFFICE, "Which seating position does she prefer?", ("aisle",)),
            Question(BOX_OFFICE, "Whose special day is being marked?", ("Philippa",)),
            Question(BOX_OFFICE, "What time do doors open?", ("6:45", "quarter to seven")),
            Question(BOX_OFFICE, "Which card did she pay with?", ()),
            Question(BOX_OFFICE, "What is her email address?", ()),
        ],
    ),
    # The council: a bulky-item collection whose pickup spot changed, a missed bin.
    Caller(
        number="+16055550187",
        names=("Ambrose",),
        calls=[
            Call(
                COUNCIL,
                27,
                "en",
                "Bulky item collection",
                "Ambrose Littlejohn booked a bulky-item collection of a sofa, a fridge freezer and a "
                "mattress from the front kerb for $42.",
                [
                    ("City council waste services", "hi Ambrose Littlejohn I need a bulky collection"),
                    ("what items", "a sofa a fridge freezer and a double mattress"),
                    ("that's forty two dollars where will they be", "on the front kerb"),
                ],
                analysis_items(
                    "bulky item collection",
                    "council crew to collect sofa, fridge freezer, mattress",
                    "",
                    "Ambrose Littlejohn",
                    "none",
                    first_name="Ambrose",
                ),
            ),
            Call(
                COUNCIL,
                10,
                "en",
                "Collection spot moved, missed bin",
                "Ambrose asked the crew to collect from the alley behind his garage instead, and reported "
                "his recycling bin was missed; a 240-litre replacement is coming.",
                [
                    ("City council waste services", "hi Ambrose again the kerb's blocked by roadworks"),
                    ("where should the crew go", "the alley behind my garage please"),
                    ("noted anything else", "yeah my recycling bin was missed and it's cracked"),
                    ("we'll send a 240 litre replacement", "two forty great"),
                ],
                {"first_name": "Ambrose", "reason": "change"},
            ),
        ],
        questions=[
            Question(COUNCIL, "Where should the crew pick the items up now?", ("alley",), ("front kerb",)),
            Question(COUNCIL, "Which kitchen appliance is going?", ("fridge freezer",)),
            Question(COUNCIL, "What does the collection cost?", ("$42", "forty two")),
            Question(COUNCIL, "How large is the new bin?", ("240",)),
            Question(COUNCIL, "Which bin did the crew skip?", ("recycling",)),
            Question(COUNCIL, "What is his council tax account number?", ()),
            Question(COUNCIL, "What's his neighbour's name?", ()),
        ],
    ),
    # The library: a home delivery service, its frequency changed.
    Caller(
        number="+16055550188",
        names=("Winifred",),
        calls=[
            Call(
                LIBRARY,
                52,
                "en",
                "Home library service",
                "Winifred Osei joined the home library service: large print books every fortnight.",
                [
                    (
                        "Eastgate Library home service",
                        "hello dear Winifred Osei I can't get out much anymore",
                    ),
                    (
                        "we can bring books to you",
                        "oh lovely large print please and I do love Dorothy Sayers",
                    ),
                    ("we come every fortnight", "my carer Maureen will open the door she's here mornings"),
                ],
                {"first_name": "Winifred", "reason": "registration"},
            ),
            Call(
                LIBRARY,
                11,
                "en",
                "Weekly deliveries and audiobooks",
                "Winifred asked for deliveries every week instead and for audiobooks on CD.",
                [
                    ("Eastgate Library home service", "hello it's Winifred I read them too fast dear"),
                    (
                        "we could come every week",
                        "every week would be wonderful and could you bring audiobooks on CD too",
                    ),
                ],
                analysis_items(
                    "delivery frequency and audiobooks",
                    "library to add audiobooks",
                    "",
                    "Winifred Osei; large print; weekly deliveries",
                    "none",
                    first_name="Winifred",
                ),
            ),
        ],
        questions=[
            Question(
                LIBRARY, "How often do the deliveries come now?", ("every week", "weekly"), ("fortnight",)
            ),
            Question(LIBRARY, "What kind of books does she need?", ("large print",)),
            Question(LIBRARY, "Which crime writer does she love?", ("Sayers",)),
            Question(LIBRARY, "Who lets the volunteer in?", ("Maureen",)),
            Question(LIBRARY, "What spoken-word format did she request?", ("audiobooks",)),
            Question(LIBRARY, "When is her birthday?", ()),
            Question(LIBRARY, "Does she owe any overdue fines, how much?", ()),
        ],
    ),
    # The translation agency: civil documents for an appeal (legal).
    Caller(
        number="+16055550189",
        names=("Anselm",),
        calls=[
            Call(
                TRANSLATION,
                39,
                "en",
                "Sworn translation of civil documents",
                "Anselm Kovač needs sworn translations of his birth certificate and divorce decree from "
                "Croatian for an immigration appeal.",
                [
                    (
                        "Wordbridge Translations",
                        "hello Anselm Kovač I need sworn translations for my immigration appeal",
                    ),
                    ("which documents", "birth certificate and the divorce decree both in Croatian"),
                    ("we'll have a sworn translator on it", "thank you"),
                ],
                analysis_items(
                    "sworn translation for immigration appeal",
                    "agency to quote",
                    "",
                    "Anselm Kovač; Croatian documents",
                    "legal",
                    first_name="Anselm",
                ),
            ),
            Call(
                TRANSLATION,
                6,
                "en",
                "Apostille and collection",
                "Anselm added an apostille and will collect the documents at 4:15 on {+4}.",
                [
                    ("Wordbridge Translations", "hi Anselm the lawyer says I need an apostille as well"),
                    (
                        "we can arrange that Dragana is doing your translation",
                        "Dragana okay and I'll pick up at four fifteen in four days",
                    ),
                    ("4:15 is fine", "thanks"),
                ],
                analysis_items(
                    "apostille and collection",
                    "collect documents 4:15",
                    "{+4}",
                    "translator Dragana",
                    "legal",
                    first_name="Anselm",
                ),
            ),
        ],
        questions=[
            Question(TRANSLATION, "What's the source language?", ("Croatian",)),
            Question(TRANSLATION, "Which marital paperwork is included?", ("divorce decree",)),
            Question(TRANSLATION, "What extra certification did he add?", ("apostille",)),
            Question(TRANSLATION, "What time is he collecting?", ("4:15", "four fifteen")),
            Question(TRANSLATION, "Who is translating his papers?", ("Dragana",)),
            Question(TRANSLATION, "What is his appeal case number?", ()),
            Question(TRANSLATION, "What's his lawyer's name?", ()),
        ],
    ),
]
