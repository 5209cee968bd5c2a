"""A held-out set of callers of six trades: an electrician, a landscaper, an accountant's office, a school's
admissions office, a furniture restorer and a marina.

Eight callers, 29 calls, 80 questions: corrections a later call makes (the question expects the new
value), two calls of 84 exchanges (168 turns) whose facts are said once in the middle and reach no
summary, facts said only in the turns, a French caller asked about in English (summaries in English but
one, which is in French), questions that share no word with the calls that answer them, a caller of the
landscaper and of the accountant whose accountant calls are private (health: medical expenses relief),
and a quarter of the questions asking for a detail of the same kind that nobody gave. Fifteen of the
calls carry the post-call analysis items as ElevenLabs' analysis model fills them (``analysis_items``: a
fact missing here and there, open items phrased loosely); the others carry ordinary items only.

Three access codes are said in calls (a key safe, a side gate and a pontoon gate, the last in the middle
of a long call); ``judging.access_codes`` reads them from the calls and counts every one told. No
question's answer is a code, and three questions ask for a code nobody gave.

Days are relative to the run (``days_ago``) and a summary or item names a day as ``{+N}``, which the
harness renders as a month and day; the turns say the same day relatively ("in nine days"), so no weekday
in the data can disagree with its date. Answers cannot hold a rendered date, so a when-question's answers
are the time of day said, or what only the latest call on its topic holds (an earlier call's value is then
its outdated value).

Written before the changes it judges, from the issue on memory quality alone, and run once per batch of
changes, never tuned against: no constant may be chosen on it.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

ELECTRICIAN = "agent_wiring_0000000000000000000081"
LANDSCAPER = "agent_garden_0000000000000000000082"
ACCOUNTANT = "agent_ledger_0000000000000000000083"
ADMISSIONS = "agent_school_0000000000000000000084"
RESTORER = "agent_veneer_0000000000000000000085"
MARINA = "agent_marina_0000000000000000000086"

_YEAR_END_REVIEW = long_call(
    [
        (
            "Ledgerwise Accountants, Tom speaking.",
            "Hi Tom, Rangi Parata from The Roaming Bean. We said we'd go through the year-end together.",
        ),
        ("Yes, I have your bank statements open. Shall we start with sales?", "Go for it."),
    ],
    [
        (
            "Did the van's mileage log come through?",
            "It did: eleven thousand two hundred and forty business miles, all logged in the app.",
        ),
        (
            "And equipment, anything big this year?",
            "A new espresso machine, a La Marzocco Linea Mini, bought in the spring.",
        ),
        (
            "Who looks after the receipts day to day?",
            "My sister Mereana, she does the bookkeeping on Sunday evenings.",
        ),
    ],
    [
        ("Right, I'll draft the accounts and send them within a fortnight.", "Sweet as, thanks Tom."),
        ("Anything else before you go?", "No, that's everything for now."),
    ],
    acks=["Mm-hm.", "Right.", "I see.", "OK, noted.", "Understood.", "Got it.", "Fair enough."],
    talk=[
        "The market was slow at the weekend because of the rain.",
        "We did a wedding in Clifton recently, that went well.",
        "Oat milk sales keep going up.",
        "The generator was playing up again.",
        "Card payments are most of the takings now.",
        "Festival season was busier than the one before.",
        "Parking permits get dearer every time.",
        "I'm thinking about a second pitch near the harbour.",
        "Cups and lids went up in price again.",
        "The council food hygiene visit went fine.",
        "Students are our best customers in term time.",
        "We tried a pumpkin spice syrup, it didn't sell.",
        "The grinder burrs were replaced, that was a bit of a cost.",
        "Staff wages went up with the new minimum rate.",
    ],
)

_BERTH_CONTRACT = long_call(
    [
        (
            "Harbourside Marina, Jess speaking.",
            "Hi Jess, Bronwyn Tait. I'd like to sign for the winter berth for Kestrel II.",
        ),
        ("Lovely. I'll go through the contract with you, it takes a while.", "No worries, I've got time."),
    ],
    [
        ("What's her draught?", "One point eight metres with the fin keel."),
        ("And the tender, does it have an engine?", "A little six horsepower Tohatsu outboard."),
        ("After hours you'll come in through the pontoon gate.", "Go on."),
        ("The pontoon gate code is 7 3 8 2, please keep it to yourself.", "Got it."),
        ("Who do we ring in an emergency if you're away?", "My brother Hamish, he lives in Lymington."),
    ],
    [
        (
            "So that's berth C14 from ten days' time, two thousand eight hundred and fifty pounds for the "
            "season.",
            "Perfect, sign me up.",
        ),
        ("I'll email the contract over.", "Thanks Jess."),
    ],
    acks=["Right.", "OK.", "Sure.", "Mm-hm.", "Noted.", "Fine.", "Yes."],
    talk=[
        "The forecast for the weekend looks blowy.",
        "We sailed round the island last summer, a lovely trip.",
        "The showers by the chandlery were freezing last time.",
        "I still have to service the winches.",
        "The cafe on the quay does a good bacon roll.",
        "My crew for the autumn series dropped out.",
        "The mainsail is getting tired, it might be the last season for it.",
        "I saw seals off the harbour entrance last month.",
        "Diesel prices at the fuel berth are steep.",
        "The club's laying-up supper is always a good night.",
        "I've been reading about lithium batteries for the house bank.",
        "The new harbourmaster seems friendly.",
    ],
)

HELDOUT_TRADES: list[Caller] = [
    Caller(
        number="+447825304917",
        names=("Gareth",),
        calls=[
            Call(
                ELECTRICIAN, 58, "en", "Fuse board replacement quote",
                "Gareth Pryce asked for a quote to replace the fuse board at 14 Heol Tyn-y-Coed, "
                "Pontypridd, which keeps tripping. An electrician will survey it on {+5} at half past "
                "eight; Gareth will be at work and left a way in.",
                [
                    ("Brightwire Electrical, how can I help?",
                     "Hi, Gareth Pryce here. My fuse board keeps tripping and it's ancient, I'd like a "
                     "price to replace it."),
                    ("Of course. What's the address?", "14 Heol Tyn-y-Coed, Pontypridd."),
                    ("Do you know when the wiring was last done?",
                     "The place went up in 1962 and I doubt anyone has touched the wiring since the "
                     "seventies."),
                    ("We can send someone in five days, at half past eight. Will you be in?",
                     "I'll be at work, but there's a key safe by the back door. The key safe code is "
                     "4 7 1 9."),
                    ("Thanks, we'll use that. Anything else?",
                     "Our dog, Bryn, is soft as butter but he'll try to follow you in, so shut the kitchen "
                     "door."),
                ],
                {"first_name": "Gareth", "address": "14 Heol Tyn-y-Coed, Pontypridd"},
            ),
            Call(
                ELECTRICIAN, 44, "en", "Quote after survey",
                "After the survey Gareth was quoted £1,480 to replace the consumer unit, including two "
                "extra double sockets in the garage and the installation certificate. He will discuss it "
                "at home and ring back.",
                [
                    ("Brightwire Electrical, good morning.",
                     "Morning, it's Gareth Pryce, about the price from the survey."),
                    ("Our surveyor priced the new consumer unit at one thousand four hundred and eighty "
                     "pounds, with two extra double sockets in the garage.",
                     "Bit more than I hoped. Is the certificate included?"),
                    ("Yes, the installation certificate is included.",
                     "Fair enough. I'll talk it over with Sioned, my partner, and ring you back."),
                ],
                analysis_items(
                    "fuse board replacement quote", "Gareth to ring back with a decision on the quote", "",
                    "quote £1,480 including two garage sockets; partner Sioned", "none",
                    first_name="Gareth",
                ),
            ),
            Call(
                ELECTRICIAN, 23, "en", "Quote accepted, car charger added",
                "Gareth accepted the quote and added an electric car charger on the front wall of the "
                "garage. He now wants four double sockets in the garage instead of two, for a workbench. "
                "The new total is £2,310 and the installation is booked for {+12} from 9 AM.",
                [
                    ("Brightwire Electrical, how can I help?",
                     "Gareth Pryce. We'll go ahead with the fuse board, and can you fit a car charger as "
                     "well?"),
                    ("Sure, where should it go?",
                     "On the front wall of the garage, by the drive. Our new Kia arrives next month."),
                    ("Anything else?", "Make it four double sockets in the garage, not two, I'm putting a "
                     "workbench in."),
                    ("That comes to two thousand three hundred and ten pounds. We can do it in twelve days, "
                     "starting at 9 AM.", "Book it, thanks."),
                ],
                {"first_name": "Gareth"},
            ),
            Call(
                ELECTRICIAN, 6, "en", "Installation moved",
                "Gareth moved the installation to {+9} because he is away on the original day; the team "
                "will start at 7:30 AM. He asked that the power stay off for as short a time as possible, "
                "as Sioned works from home.",
                [
                    ("Brightwire Electrical, how can I help?",
                     "Hi, Gareth Pryce. I'm away on the day you booked, can we move the installation?"),
                    ("We can do nine days from today, but we'd need to start at half past seven.",
                     "7:30 is fine, Sioned will let you in."),
                    ("Noted. Anything we should plan around?",
                     "She works from home, so keep the power off as briefly as you can."),
                ],
                analysis_items(
                    "installation date change", "installing consumer unit, garage sockets and car charger",
                    "{+9}", "team starts 7:30 AM; partner Sioned works from home, keep the power cut short",
                    "none", first_name="Gareth",
                ),
            ),
        ],
        questions=[
            Question(ELECTRICIAN, "What is the dog called?", ("Bryn",)),
            Question(ELECTRICIAN, "Roughly how old is the building?", ("1962",)),
            Question(ELECTRICIAN, "How many double sockets will the garage get?", ("four double", "4 double"),
                     ("two extra", "two double")),
            Question(ELECTRICIAN, "What is the total price he has been quoted?",
                     ("2,310", "2310", "two thousand three hundred and ten"),
                     ("1,480", "1480", "one thousand four hundred and eighty")),
            Question(ELECTRICIAN, "What time will the installers start?", ("7:30", "half past seven"),
                     ("9 AM",)),
            Question(ELECTRICIAN, "Where is the car charger going?", ("front wall",)),
            Question(ELECTRICIAN, "Who is his partner?", ("Sioned",)),
            Question(ELECTRICIAN, "Which vehicle brand are they expecting?", ("Kia",)),
            Question(ELECTRICIAN, "What is the alarm code?", ()),
            Question(ELECTRICIAN, "What is the cat called?", ()),
            Question(ELECTRICIAN, "Which company made his solar panels?", ()),
        ],
    ),
    Caller(
        number="+353871234567",
        names=("Aoife",),
        private_to={ACCOUNTANT: ("physiotherapy", "knee operation", "hearing aid")},
        calls=[
            Call(
                LANDSCAPER, 49, "en", "Back garden redesign",
                "Aoife Brennan wants her back garden at 6 Ashgrove Lawn, Ballincollig, redesigned: an "
                "Indian sandstone patio, two raised beds for vegetables, and the old leylandii along the "
                "back fence taken out. A designer will call out on {+7}.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Hi, Aoife Brennan. I want the back garden redone, it's a jungle."),
                    ("What are you picturing?",
                     "A patio in Indian sandstone, two raised beds for vegetables, and the leylandii along "
                     "the back fence gone."),
                    ("Anything in the garden we must keep?",
                     "The apple tree in the corner stays, my father planted it."),
                    ("Where are you?",
                     "6 Ashgrove Lawn, Ballincollig. The side gate code is 3 9 0 6, the front's always "
                     "locked."),
                    ("A designer can come out in a week.", "Lovely."),
                ],
                analysis_items(
                    "back garden redesign", "designer to call out and measure up", "{+7}",
                    "address 6 Ashgrove Lawn, Ballincollig; patio in Indian sandstone; two raised beds; "
                    "remove leylandii", "none", first_name="Aoife",
                ),
            ),
            Call(
                ACCOUNTANT, 37, "en", "Medical expenses relief",
                "Aoife Brennan, a self-employed graphic designer, wants to claim tax relief on medical "
                "expenses: physiotherapy after her knee operation and a pair of hearing aids. Her receipts "
                "so far total €2,140. She will post them to the office.",
                [
                    ("Ledgerwise Accountants, how can I help?",
                     "Hello, Aoife Brennan. I'm self-employed, a graphic designer, and you do my return."),
                    ("Yes, what can we do for you?",
                     "I want to claim back medical expenses this year: physiotherapy after my knee "
                     "operation, and hearing aids."),
                    ("Have you the receipts?",
                     "I have, they come to two thousand one hundred and forty euro. I'll post them in."),
                ],
                analysis_items(
                    "medical expenses tax relief", "Aoife to post in her receipts", "",
                    "self-employed graphic designer; receipts €2,140", "health", first_name="Aoife",
                ),
            ),
            Call(
                LANDSCAPER, 30, "en", "Patio stone change",
                "Aoife changed the patio from Indian sandstone to Kilkenny blue limestone, since a "
                "neighbour's sandstone stained badly. The drawings will be redone.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Aoife Brennan again. About the patio, I've gone off the sandstone."),
                    ("No problem, what would you like instead?",
                     "Kilkenny blue limestone. The neighbour's sandstone went green and blotchy in a year."),
                    ("We'll redo the drawings and post them out.", "Perfect, thanks."),
                ],
                {"first_name": "Aoife"},
            ),
            Call(
                ACCOUNTANT, 12, "en", "More receipts found",
                "Aoife found more receipts; the medical expenses now total €2,655 and the claim will be "
                "updated.",
                [
                    ("Ledgerwise Accountants, how can I help?",
                     "Aoife Brennan. I found another bundle of receipts in a drawer."),
                    ("What's the new total?", "Two thousand six hundred and fifty-five euro altogether."),
                    ("We'll update the claim.",
                     "Thanks. And email me rather than phoning, I'm rarely free to talk."),
                ],
                {"first_name": "Aoife"},
            ),
            Call(
                LANDSCAPER, 8, "en", "Garden works start date",
                "The garden works start on {+13}; the crew needs about eight working days. Aoife asked "
                "them to park on the road, not the drive, and to leave the compost bins where they are.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Hi, Aoife Brennan. Have you a start date for my garden?"),
                    ("Thirteen days from today, and it should take about eight working days.",
                     "Grand. Please park on the road, not in the drive, my husband Cian leaves at six."),
                    ("Will do. Anything else?", "Leave the compost bins where they are, behind the shed."),
                ],
                analysis_items(
                    "garden works start date", "crew to start the garden works", "{+13}",
                    "park on the road, not the drive; compost bins stay behind the shed", "none",
                    first_name="Aoife",
                ),
            ),
        ],
        questions=[
            Question(LANDSCAPER, "What stone will the patio be laid in?", ("limestone",), ("sandstone",)),
            Question(LANDSCAPER, "Which tree must stay?", ("apple",)),
            Question(LANDSCAPER, "Who is she married to?", ("Cian",)),
            Question(LANDSCAPER, "Where should the crew park?", ("on the road",)),
            Question(LANDSCAPER, "What is being removed from along the back fence?", ("leylandii",)),
            Question(LANDSCAPER, "What is her budget for the garden?", ()),
            Question(LANDSCAPER, "What is the code for the front door?", ()),
            Question(ACCOUNTANT, "What does Aoife do for a living?", ("graphic designer",)),
            Question(ACCOUNTANT, "What do her medical receipts add up to?",
                     ("2,655", "2655", "two thousand six hundred and fifty-five"),
                     ("2,140", "2140", "two thousand one hundred and forty")),
            Question(ACCOUNTANT, "Which treatments is she claiming relief for?",
                     ("physiotherapy", "hearing aid")),
            Question(ACCOUNTANT, "How does she like to be contacted?", ("email",)),
            Question(ACCOUNTANT, "What is her PPS number?", ()),
        ],
    ),
    Caller(
        number="+64211234567",
        names=("Rangi",),
        calls=[
            Call(
                ACCOUNTANT, 72, "en", "New client: coffee van company",
                "Rangi Parata runs a coffee van company, The Roaming Bean Ltd, around Bristol and wants the "
                "firm to take over his bookkeeping and year-end accounts from his previous accountant. "
                "The company's year-end is 31 March.",
                [
                    ("Ledgerwise Accountants, how can I help?",
                     "Kia ora, Rangi Parata. I run a coffee van company and I need a new accountant."),
                    ("Happy to help. What's the company called?",
                     "The Roaming Bean Limited, trading around Bristol."),
                    ("And when is your financial year-end?", "31 March."),
                    ("Are you VAT registered?", "Yes, since last spring, on the flat rate scheme."),
                ],
                {"first_name": "Rangi", "company": "The Roaming Bean Ltd"},
            ),
            Call(
                ACCOUNTANT, 33, "en", "Year-end accounts review",
                "Rangi and Tom went through The Roaming Bean's year-end figures: sales, card takings, van "
                "costs and equipment bought in the year. Tom will draft the accounts and send them by "
                "{+14}.",
                _YEAR_END_REVIEW,
                analysis_items(
                    "year-end accounts review", "Tom sending draft accounts", "{+14}",
                    "company The Roaming Bean Ltd; bookkeeping done by his sister", "finance",
                    first_name="Rangi",
                ),
            ),
            Call(
                ACCOUNTANT, 10, "en", "Year-end moving",
                "Rangi received the draft accounts. He said the company's year-end is moving to 30 June so "
                "the busy summer falls in one year; Tom will file the change with Companies House.",
                [
                    ("Ledgerwise Accountants, how can I help?",
                     "Rangi Parata. Got the draft accounts, thanks. One more thing: we want to move the "
                     "year-end."),
                    ("To when?", "30 June, so the whole summer season lands in one year."),
                    ("I'll file the change with Companies House.", "Perfect."),
                ],
                {"first_name": "Rangi"},
            ),
        ],
        questions=[
            Question(ACCOUNTANT, "How many business miles did the van cover?",
                     ("11,240", "11240", "eleven thousand two hundred and forty")),
            Question(ACCOUNTANT, "What espresso machine did he buy?", ("Linea Mini", "La Marzocco")),
            Question(ACCOUNTANT, "Who keeps his books?", ("Mereana",)),
            Question(ACCOUNTANT, "What is the company's financial year-end?",
                     ("30 June", "30th of June", "end of June"),
                     ("31 March", "31st of March", "end of March")),
            Question(ACCOUNTANT, "Which VAT scheme is he on?", ("flat rate",)),
            Question(ACCOUNTANT, "What is the name of his business?", ("Roaming Bean",)),
            Question(ACCOUNTANT, "What is the company registration number?", ()),
            Question(ACCOUNTANT, "Which bank does the business use?", ()),
            Question(ACCOUNTANT, "What is his VAT number?", ()),
        ],
    ),
    Caller(
        number="+61412345678",
        names=("Priya",),
        calls=[
            Call(
                ADMISSIONS, 66, "en", "Year 7 place enquiry",
                "Priya Raghunathan asked about a Year 7 place for her son Arjun, who is at Greenfield "
                "Primary and plays the cello; she is interested in the music scholarship. She booked the "
                "open morning on {+9} at 10 AM. Family address: 42 Wattle Crescent, Parramatta.",
                [
                    ("St Columba's College admissions, how can I help?",
                     "Hi, I'm Priya Raghunathan, I'd like to ask about a Year 7 place for my son, Arjun."),
                    ("Where is he at school now?",
                     "Greenfield Primary. He plays the cello, so we're keen on the music scholarship."),
                    ("Would you like to come to our open morning, nine days from now at 10?",
                     "Yes please, book us in."),
                    ("And your address?", "42 Wattle Crescent, Parramatta."),
                ],
                analysis_items(
                    "Year 7 admission enquiry", "family attending the open morning", "{+9}",
                    "son Arjun at Greenfield Primary; plays cello; interested in music scholarship; "
                    "address 42 Wattle Crescent, Parramatta", "none", first_name="Priya",
                ),
            ),
            Call(
                ADMISSIONS, 45, "en", "Entrance test booked",
                "Priya asked for the application form after the open morning. Arjun will sit the entrance "
                "test on {+20}; he should arrive at 9:15 AM.",
                [
                    ("Admissions, how can I help?",
                     "Hi, Priya Raghunathan. We loved the open morning, can you send the application form?"),
                    ("Of course. Arjun's entrance test is twenty days from today; please arrive by quarter "
                     "past nine.", "9:15, got it."),
                    ("Does Arjun have any medical needs we should know about?",
                     "He's allergic to peanuts, he carries an EpiPen."),
                ],
                {"first_name": "Priya", "child_name": "Arjun"},
            ),
            Call(
                ADMISSIONS, 27, "en", "Change of address",
                "Priya said the family is moving to 9 Banksia Close, Epping, next month, and asked that "
                "letters go to the new address. The entrance test now starts earlier: Arjun should arrive "
                "at 8:45 AM.",
                [
                    ("Admissions, how can I help?",
                     "Priya Raghunathan. We're moving house next month, could you update our address?"),
                    ("Certainly, the new one?", "9 Banksia Close, Epping."),
                    ("Noted. Also, the test start has moved: arrive by quarter to nine.",
                     "8:45 then. Thanks for telling me."),
                ],
                analysis_items(
                    "address change", "Arjun's entrance test, arrive 8:45", "{+2}",
                    "new address 9 Banksia Close, Epping", "none", first_name="Priya",
                ),
            ),
            Call(
                ADMISSIONS, 4, "en", "Offer and scholarship audition",
                "Priya heard Arjun has been offered a Year 7 place starting in the new school year. She "
                "asked about the music scholarship audition, which is on {+16}; he will play a Bach cello "
                "suite.",
                [
                    ("Admissions, how can I help?",
                     "Priya Raghunathan. We got the offer letter for Arjun, thank you!"),
                    ("Congratulations. Are you still interested in the music scholarship?",
                     "Yes. When is the audition?"),
                    ("Sixteen days from today. What will he play?",
                     "The prelude from Bach's first cello suite."),
                    ("Lovely. Shall I send the uniform shop details?", "Yes please, by email."),
                ],
                {"first_name": "Priya", "child_name": "Arjun"},
            ),
        ],
        questions=[
            Question(ADMISSIONS, "Which school does Arjun attend now?", ("Greenfield",)),
            Question(ADMISSIONS, "What is the family's address?", ("Banksia",), ("Wattle",)),
            Question(ADMISSIONS, "What time should Arjun arrive for the entrance test?",
                     ("8:45", "quarter to nine"), ("9:15", "quarter past nine")),
            Question(ADMISSIONS, "Is the boy unable to eat anything?", ("peanut",)),
            Question(ADMISSIONS, "What piece will he perform at the audition?", ("Bach",)),
            Question(ADMISSIONS, "What instrument does Arjun play?", ("cello",)),
            Question(ADMISSIONS, "When did Priya last call about the music scholarship?",
                     ("Bach", "offered", "offer letter"), ("open morning",)),
            Question(ADMISSIONS, "What is Arjun's date of birth?", ()),
            Question(ADMISSIONS, "Which sport does Arjun play?", ()),
            Question(ADMISSIONS, "What is the father's name?", ()),
        ],
    ),
    Caller(
        number="+33698765432",
        names=("Hélène",),
        calls=[
            Call(
                RESTORER, 52, "fr", "Chest of drawers restoration",
                "Hélène Dufresne wants a Louis-Philippe walnut chest of drawers restored: the veneer is "
                "lifting on the top and a drawer runner is broken. She will bring it to the workshop on "
                "{+4}.",
                [
                    ("Atelier Marquet, restauration de meubles, bonjour.",
                     "Bonjour, Hélène Dufresne. J'ai une commode Louis-Philippe en noyer à faire restaurer."),
                    ("Qu'est-ce qui ne va pas ?",
                     "Le placage se décolle sur le dessus, et une coulisse de tiroir est cassée."),
                    ("Elle a une histoire, cette commode ?",
                     "Elle était à ma grand-mère, à Besançon. J'y tiens beaucoup."),
                    ("Vous pouvez nous l'apporter dans quatre jours ?",
                     "Oui, je viendrai avec mon fils, il a une camionnette."),
                ],
                analysis_items(
                    "chest of drawers restoration", "Hélène bringing the chest in", "{+4}",
                    "Louis-Philippe walnut chest of drawers; veneer lifting on top; broken drawer runner",
                    "none", first_name="Hélène",
                ),
            ),
            Call(
                RESTORER, 31, "fr", "Finish and quote",
                "Hélène a choisi une finition au vernis au tampon (gomme-laque) plutôt qu'à la cire. Le "
                "devis s'élève à 640 euros ; les poignées en laiton d'origine sont conservées.",
                [
                    ("Atelier Marquet, bonjour.", "Bonjour, c'est Hélène Dufresne, pour la commode."),
                    ("Nous l'avons examinée. Pour la finition, cire ou vernis au tampon ?",
                     "Le vernis au tampon, à la gomme-laque, comme à l'origine."),
                    ("Très bien. Le devis est de six cent quarante euros.",
                     "D'accord. Et gardez les poignées en laiton d'origine, s'il vous plaît."),
                ],
                {"first_name": "Hélène"},
            ),
            Call(
                RESTORER, 9, "fr", "Finish changed to wax",
                "Hélène changed her mind about the finish: beeswax instead of French polish, because the "
                "chest will go in her grandson's bedroom. The quote drops to 560 euros and it will be ready "
                "for collection on {+11}.",
                [
                    ("Atelier Marquet, bonjour.",
                     "Bonjour, Hélène Dufresne. J'ai changé d'avis pour la finition."),
                    ("Je vous écoute.",
                     "Plutôt la cire d'abeille, finalement. La commode ira dans la chambre de mon "
                     "petit-fils, le vernis marquerait trop."),
                    ("Alors le devis passe à cinq cent soixante euros. Elle sera prête dans onze jours.",
                     "Parfait, mon fils viendra la chercher avec sa camionnette."),
                ],
                analysis_items(
                    "finish change", "collect the restored chest", "{+11}",
                    "beeswax finish; quote 560 euros; her son collects it with his van", "none",
                    first_name="Hélène",
                ),
            ),
        ],
        questions=[
            Question(RESTORER, "What wood is the chest of drawers made of?", ("walnut", "noyer")),
            Question(RESTORER, "What finish will the chest get?", ("wax", "cire"),
                     ("french polish", "shellac", "gomme-laque", "vernis au tampon")),
            Question(RESTORER, "How much is the restoration going to cost?", ("560", "cinq cent soixante"),
                     ("640", "six cent quarante")),
            Question(RESTORER, "Who owned the piece before her?", ("grand-mère", "grandmother")),
            Question(RESTORER, "What metal are the handles?", ("laiton", "brass")),
            Question(RESTORER, "Who will pick the chest up from the workshop?",
                     ("fils", "her son", "son will")),
            Question(RESTORER, "What are the chest's measurements?", ()),
            Question(RESTORER, "What colour stain did she pick?", ()),
            Question(RESTORER, "What is her street address?", ()),
        ],
    ),
    Caller(
        number="+61423456789",
        names=("Bronwyn",),
        calls=[
            Call(
                MARINA, 80, "en", "Winter berth enquiry",
                "Bronwyn Tait asked about a winter berth for her 9.4-metre sloop, Kestrel II. She was "
                "offered berth C14 on pontoon C and will ring back to sign up.",
                [
                    ("Harbourside Marina, how can I help?",
                     "Hi, Bronwyn Tait. I'm after a winter berth for my yacht."),
                    ("What's the boat?", "Kestrel II, a nine point four metre sloop."),
                    ("We have C14 on pontoon C.", "Sounds good, I'll ring back to sign."),
                ],
                {"first_name": "Bronwyn", "boat_name": "Kestrel II"},
            ),
            Call(
                MARINA, 55, "en", "Winter berth contract",
                "Bronwyn signed the winter berth contract for Kestrel II: berth C14 from {+10}, £2,850 for "
                "the season. The marina will email the contract.",
                _BERTH_CONTRACT,
                analysis_items(
                    "winter berth contract", "marina emailing the contract", "",
                    "boat Kestrel II; berth C14; season fee £2,850; emergency contact her brother Hamish",
                    "none", first_name="Bronwyn",
                ),
            ),
            Call(
                MARINA, 18, "en", "Berth moved",
                "Bronwyn agreed to move Kestrel II from C14 to D22, a deeper berth, after the keel touched "
                "bottom at low water on a spring tide. The season fee rises to £3,120.",
                [
                    ("Harbourside Marina, how can I help?",
                     "Bronwyn Tait. Kestrel II touched the bottom in C14 at low water on the spring tide."),
                    ("Sorry about that. We can move you to D22, it's deeper, but it's three thousand one "
                     "hundred and twenty for the season.", "Do it, I'd rather pay than ground her again."),
                ],
                {"first_name": "Bronwyn", "berth": "D22"},
            ),
            Call(
                MARINA, 3, "en", "Lift-out for antifouling",
                "Bronwyn booked a crane lift-out for antifouling on {+11} at 7 AM, on the morning high "
                "tide, and two weeks on the hard. She will come the day before to take the sails off.",
                [
                    ("Harbourside Marina, how can I help?",
                     "Hi, Bronwyn Tait. I'd like Kestrel II lifted out for antifouling."),
                    ("The crane's free eleven days from now, at seven in the morning on the high tide.",
                     "7 AM works. I'll come down the day before to take the sails off."),
                    ("Hard standing for two weeks?", "Yes, two weeks on the hard should do it."),
                ],
                analysis_items(
                    "crane lift-out booking", "lift-out for antifouling, 7am", "{+11}",
                    "boat Kestrel II in berth D22", "none", first_name="Bronwyn",
                ),
            ),
        ],
        questions=[
            Question(MARINA, "Which berth is her boat in?", ("D22",), ("C14",)),
            Question(MARINA, "How much is the season fee?",
                     ("3,120", "3120", "three thousand one hundred and twenty"),
                     ("2,850", "2850", "two thousand eight hundred and fifty")),
            Question(MARINA, "How much water must the yacht float in?", ("1.8", "one point eight")),
            Question(MARINA, "What engine does the tender have?", ("Tohatsu", "six horsepower")),
            Question(MARINA, "Who is her emergency contact?", ("Hamish",)),
            Question(MARINA, "What time is the lift-out?", ("7 AM", "7am", "seven in the morning")),
            Question(MARINA, "What is the boat called?", ("Kestrel",)),
            Question(MARINA, "When did Bronwyn last call about her berth?", ("D22", "3,120"), ("C14",)),
            Question(MARINA, "What is the code for the shower block?", ()),
            Question(MARINA, "What is her sail number?", ()),
            Question(MARINA, "Who insures the boat?", ()),
        ],
    ),
    Caller(
        number="+27821234567",
        names=("Olumide",),
        calls=[
            Call(
                LANDSCAPER, 38, "en", "Lawn and hedge maintenance",
                "Olumide Adeyemi signed up for lawn mowing once a month and a trim of his beech hedge "
                "twice a year at 88 Kingsdown Parade, Bristol. He works night shifts, so the crew should "
                "not come before 11 AM.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Hello, Olumide Adeyemi. I need someone to look after my garden regularly."),
                    ("What does it need?", "Mowing once a month, and the beech hedge trimmed twice a year."),
                    ("Address?", "88 Kingsdown Parade, Bristol."),
                    ("Any times to avoid?",
                     "Nothing before 11, I work nights at the hospital and sleep in the mornings."),
                    ("Any pets?", "A tortoise called Shelly, she roams the lawn, so check before mowing."),
                ],
                {"first_name": "Olumide", "address": "88 Kingsdown Parade, Bristol"},
            ),
            Call(
                LANDSCAPER, 20, "en", "Wildlife pond",
                "Olumide asked for a small wildlife pond with no fish and a strip of wildflowers by the "
                "back wall. He also wants the lawn mown every two weeks instead of monthly.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Olumide Adeyemi. Two things: I'd like a little wildlife pond, no fish, frogs welcome."),
                    ("Lovely. And the second?",
                     "A strip of wildflowers along the back wall, and can you mow every fortnight instead "
                     "of monthly?"),
                    ("We can. We'll send a quote for the pond.", "Thanks."),
                ],
                analysis_items(
                    "wildlife pond and mowing change", "send pond quote", "",
                    "lawn mowing every two weeks; wildlife pond with no fish", "none", first_name="Olumide",
                ),
            ),
            Call(
                LANDSCAPER, 2, "en", "Pond quote accepted",
                "Olumide accepted the pond quote of £1,150. Digging starts on {+6}.",
                [
                    ("Greenline Landscapes, how can I help?",
                     "Olumide Adeyemi, happy with the pond quote, eleven hundred and fifty pounds."),
                    ("Great, we can start digging in six days.",
                     "Please keep the soil you dig out, I want to build a rockery with it."),
                ],
                {"first_name": "Olumide"},
            ),
        ],
        questions=[
            Question(LANDSCAPER, "How often should the lawn be cut?", ("two weeks", "fortnight"),
                     ("once a month", "monthly")),
            Question(LANDSCAPER, "What kind of hedge does he have?", ("beech",)),
            Question(LANDSCAPER, "Which reptile wanders the grass?", ("tortoise", "Shelly")),
            Question(LANDSCAPER, "What is the earliest the crew may arrive?", ("11 am", "before 11")),
            Question(LANDSCAPER, "How much is the pond going to cost?",
                     ("1,150", "1150", "eleven hundred and fifty")),
            Question(LANDSCAPER, "What should happen to the dug-out earth?", ("rockery",)),
            Question(LANDSCAPER, "What is the cat called?", ()),
            Question(LANDSCAPER, "What is the area of the lawn?", ()),
        ],
    ),
    Caller(
        number="+48501234567",
        names=("Kasia",),
        calls=[
            Call(
                ADMISSIONS, 34, "en", "Year 10 transfer enquiry",
                "Kasia Nowak asked about an in-year transfer to Year 10 for her daughter Zofia, who is "
                "moving from a school in Kraków. Zofia wants to keep studying Polish for her GCSEs. "
                "Admissions will send the transfer form.",
                [
                    ("St Columba's College admissions, how can I help?",
                     "Dzień dobry, sorry, hello! Kasia Nowak. My daughter Zofia needs a Year 10 place, "
                     "we're moving from Kraków."),
                    ("Welcome. Any subjects she's set on?",
                     "She wants to keep Polish for her GCSEs, and triple science."),
                    ("We'll send you the transfer form.", "Thank you, please use kasia.nowak@example.pl."),
                ],
                analysis_items(
                    "Year 10 transfer enquiry", "admissions to send the transfer form", "",
                    "daughter Zofia, Year 10; moving from Kraków; wants Polish GCSE", "none",
                    first_name="Kasia",
                ),
            ),
            Call(
                ADMISSIONS, 16, "en", "Start date and school bus",
                "Kasia said Zofia can start on {+15}. She asked about the school bus from Headington; "
                "route 4 stops at the end of their road, Lime Walk.",
                [
                    ("Admissions, how can I help?",
                     "Kasia Nowak. Zofia can start in fifteen days, is that all right?"),
                    ("Yes, that works. Anything else?", "Is there a school bus from Headington?"),
                    ("Route 4 stops at the end of Lime Walk.", "That's our road, perfect."),
                ],
                {"first_name": "Kasia", "child_name": "Zofia"},
            ),
            Call(
                ADMISSIONS, 5, "en", "Start date moved",
                "Kasia moved Zofia's start to {+8} because their furniture delivery is late.",
                [
                    ("Admissions, how can I help?",
                     "Kasia Nowak. Our furniture delivery is late, can Zofia start a few days later?"),
                    ("Of course, how about eight days from today?", "Yes, thank you."),
                    ("Who will collect her after school?",
                     "Usually me, but on Wednesdays her grandmother Halina."),
                ],
                analysis_items(
                    "start date change", "Zofia starting Year 10", "{+8}",
                    "grandmother Halina collects Zofia on Wednesdays", "none", first_name="Kasia",
                ),
            ),
        ],
        questions=[
            Question(ADMISSIONS, "Which language does Zofia want to keep studying?", ("Polish",)),
            Question(ADMISSIONS, "Which bus route serves their road?", ("route 4",)),
            Question(ADMISSIONS, "Who picks Zofia up on Wednesdays?", ("Halina",)),
            Question(ADMISSIONS, "What is her email address?", ("kasia.nowak@example.pl",)),
            Question(ADMISSIONS, "What other courses does the teenager want?", ("triple science",)),
            Question(ADMISSIONS, "Why did the start date move?", ("furniture",)),
            Question(ADMISSIONS, "Which city is the family moving from?", ("Kraków", "Krakow")),
            Question(ADMISSIONS, "When did Kasia last call about Zofia's start date?",
                     ("furniture", "Halina"), ("Headington", "route 4")),
            Question(ADMISSIONS, "Which school did Zofia attend in Kraków?", ()),
            Question(ADMISSIONS, "What is Zofia's date of birth?", ()),
        ],
    ),
]  # fmt: skip
