"""Held-out callers of community services: a housing association's repairs line, a residential care home,
a youth football club, a community centre's hall hire, a mobility scooter supplier, a meals-on-wheels
service, a charity shop's furniture collection and a blood donation centre.

Written apart from the memory code, to judge it. The set holds corrections a later call makes, three
calls of more than eighty exchanges whose middle holds facts said once and found in neither the summary
nor the analysis items, facts said only in the turns, a caller speaking German and one speaking
Portuguese (some summaries and analysis items in their language) asked about in English, questions sharing
no word with the calls that answer them, questions of when and at what time, two callers of two
businesses each with a private fact (rent arrears; a donor's health) that must not reach the other
business, access codes (a key safe, a lane gate, a hall alarm, a porch lockbox) that no answer may
return, a phone two parents share, and questions nobody answered, asked with the calls' own words.
About half the calls carry the post-call analysis items as ElevenLabs' analysis fills them (now and
then a fact missing, a category wrong, a value in the caller's language); the others carry none.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

_REPAIRS = "agent_nvrepairs_00000000000000000000061"
_CARE = "agent_elmbrook_000000000000000000000062"
_FOOTBALL = "agent_ferndalefc_0000000000000000000063"
_HALL = "agent_brookside_00000000000000000000064"
_SCOOTERS = "agent_freewaymob_0000000000000000000065"
_MEALS = "agent_heartymeals_000000000000000000066"
_FURNITURE = "agent_acornfurn_00000000000000000000067"
_DONORS = "agent_westgatedonor_0000000000000000068"

_BRENDA_ACKS = [
    "Sorry, it's still loading.",
    "Mm.",
    "I know, I'm so sorry.",
    "Ha, yeah.",
    "Bear with me.",
    "Are you still there? Sorry.",
    "Oh, tell me about it.",
    "Really?",
]
_BRENDA_TALK = [
    "No worries, I've got the kettle on anyway.",
    "It's been raining all week here, hasn't it.",
    "My washing's been on the airer three days and it's still not dry.",
    "That's half the problem with the mould, isn't it, drying clothes inside. But where else do I put it?",
    "I've been using that spray from the pound shop but it just comes back.",
    "The heating's on but it costs an arm and a leg now.",
    "My mum's the same, her place is freezing and she won't put the heating on.",
    "Sorry, that was the door, just a parcel for upstairs.",
    "Honestly, the lift's been broken again as well, but that's a different department I suppose.",
    "The lad has his tea at six so I can't be on forever, ha.",
    "Do you lot work from home or are you in an office?",
    "I used to work in a call centre, I know what it's like when the system freezes.",
    "Um, yeah, sorry, I'm just wiping the windows while I wait, they're dripping.",
    "Is it always this busy in the mornings?",
]

_DARREN_ACKS = [
    "Sorry, it's still spinning.",
    "Nearly there.",
    "Ha, tell me about it.",
    "Mm.",
    "Yeah, I know.",
    "Sorry about this.",
    "Bear with me.",
    "Oh no, really?",
]
_DARREN_TALK = [
    "Did you see the match last night? Shocking.",
    "I've had a season ticket twenty years, never seen defending like it.",
    "The ref didn't help, mind.",
    "Alfie was up till all hours watching the highlights.",
    "Kerry says I'm worse than him, ha.",
    "It's chucking it down here, the garden's a swamp.",
    "Sorry, I've got the telly on in the background.",
    "We're doing a car boot at the weekend to clear the loft.",
    "Our dog's just run off with a sock, hang on.",
    "My old man took me to every home game, that's why I want to do this, give something back.",
    "Is the clubhouse bar open on match days?",
    "Honestly, I'd love to get my badge one day, a proper coaching badge.",
    "Er, yeah, no rush, I'm only sat here with a brew.",
]

_ALBERT_ACKS = [
    "Oh, I bet.",
    "Aww, bless.",
    "Ha! Really?",
    "Mm-hm.",
    "That's lovely, Albert.",
    "Oh dear.",
    "Go on.",
    "I know what you mean.",
]
_ALBERT_TALK = [
    "Joan and me were married fifty-one year, you know.",
    "She'd have laughed her head off, me on a scooter.",
    "I had a Morris Minor for thirty year, never let me down once.",
    "The bus only comes twice a day now. It's a disgrace, is that.",
    "The lad next door puts me bins out for me.",
    "I still go to the British Legion of a Friday, for a half.",
    "The doctor says I need to get out more, keep moving.",
    "It's been blowing a gale here all week.",
    "I've got the cat on me knee, she won't shift.",
    "Our Joan used to do all the forms, I'm hopeless with paperwork.",
    "Sorry, I do go on, don't I.",
    "They've put the price of a loaf up again, have you seen?",
    "Ooh, hang on, me tea's gone cold.",
]

HELDOUT_COMMUNITY: list[Caller] = [
    # A tenant of the housing association, who also gives furniture to the charity shop. Her rent arrears
    # are for the repairs line only.
    Caller(
        number="+447700915482",
        names=("Brenda",),
        private_to={_REPAIRS: ("arrears", "payment plan", "£460")},
        calls=[
            Call(
                _REPAIRS, 63, "en", "Mould in the back bedroom",
                "The user, Brenda Okafor, called to report black mould and damp on the outside wall of the "
                "back bedroom at Flat 14, Harcourt House, Linden Road. The agent raised repair job HR-30418 "
                "and booked a surveyor inspection for {+6} in the morning slot, 8 AM to 12 noon, with a text "
                "reminder the day before to 07700 900318.",
                [
                    ("Northvale Homes repairs line, you're speaking to Kayleigh, how can I help?",
                     "Oh hiya, yeah, um, I'm ringing about the mould, it's come back again. In the back "
                     "bedroom."),
                    ("Oh no, sorry to hear that. Can I take your name and address?",
                     "Brenda Okafor, flat fourteen, Harcourt House, Linden Road."),
                    ("Thanks Brenda. Whereabouts is the mould?",
                     "On the outside wall, behind the bed, it's black, all up in the corner, and the "
                     "wallpaper's peeling off. The whole room smells damp, you know?"),
                    ("Is anyone sleeping in that room?",
                     "My son, yeah, he's eleven. I've moved him in with me for now, poor lad."),
                    ("Okay. I'm raising a job for a surveyor to come and look first. Your reference is H R "
                     "three oh four one eight.",
                     "Hang on, let me find a pen... H R three oh four one eight. Yep."),
                    ("The first surveyor slot I've got is six days from now, in the morning, eight till "
                     "twelve.",
                     "Mornings are fine, I do the school run but I'm back by half eight."),
                    ("Would you like a text reminder the day before? What's the best mobile?",
                     "Yes please. It's oh seven seven double oh, nine double oh, three one eight."),
                    ("Lovely. That's all booked, Brenda.", "Thanks, love."),
                ],
                analysis_items(
                    "Mould in the back bedroom",
                    "Surveyor inspection of the back bedroom mould, morning slot",
                    "{+6}",
                    "Flat 14, Harcourt House, Linden Road; repair reference HR-30418; mobile 07700 900318",
                    "none",
                    first_name="Brenda",
                ),
            ),
            Call(
                _REPAIRS, 51, "en", "Booking the mould treatment and extractor fan",
                "The user, Brenda Okafor, called after the surveyor's visit on repair job HR-30418. The "
                "surveyor found condensation mould in the back bedroom. The agent booked a mould wash and "
                "treatment of the wall and the fitting of a new extractor fan for {+12}, morning slot 8 AM "
                "to 12 noon, both trades on the same day. The call was long because the scheduling system "
                "was slow.",
                long_call(
                    [
                        ("Northvale Homes repairs line, you're through to Marcus. How can I help?",
                         "Hiya, it's Brenda Okafor again, flat fourteen Harcourt House. The surveyor came "
                         "about the mould, reference H R three oh four one eight."),
                        ("Thanks Brenda, let me bring that up.",
                         "He said it's condensation, mostly, and it needs a mould wash and that special "
                         "paint, and a proper extractor fan in the bedroom."),
                        ("Right, yes, I can see his notes. So we need two trades, the mould treatment and an "
                         "electrician for the fan. I'll try to get them on the same day. Bear with me, the "
                         "scheduling system is really slow this morning.",
                         "Oh, it's fine, I've got time."),
                    ],
                    [
                        ("Sorry, still loading. While we wait, is there anything the operatives should "
                         "know about getting in?",
                         "Oh, yes, if I'm not in, Gloria at number sixteen has a spare key, she's always "
                         "in."),
                        ("Gloria at sixteen, okay.",
                         "And I've got a dog, Biscuit, he's a Staffie. Soft as butter but he jumps up, so "
                         "I'll shut him in the kitchen when they come."),
                    ],
                    [
                        ("Right, it's finally come through. I've got both trades twelve days from now, "
                         "morning slot, eight till twelve. The mould wash first, then the electrician fits "
                         "the fan.",
                         "Oh, brilliant, both on the same day."),
                        ("It'll take most of the morning. Will they be able to get to the wall?",
                         "I'll pull the bed out the night before."),
                        ("Perfect. You'll get a text the day before like last time.",
                         "Lovely. Sorry for keeping you on so long."),
                        ("Not at all, Brenda. Have a good day.", "And you, Marcus. Ta-ra."),
                    ],
                    acks=_BRENDA_ACKS,
                    talk=_BRENDA_TALK,
                    total=86,
                ),
                {"first_name": "Brenda"},
            ),
            Call(
                _REPAIRS, 44, "en", "Moving the repair appointment",
                "The user, Brenda Okafor, called to move the mould treatment and extractor fan fitting from "
                "the morning slot to the afternoon slot, 12 PM to 6 PM, on {+9}, because of a work shift. "
                "She gave a new mobile number, 07700 900562, for text reminders. She also said she has rent "
                "arrears of £460 and is on a payment plan of £15 a week, and asked whether that would affect "
                "her repairs; the agent confirmed it does not.",
                [
                    ("Northvale Homes repairs line, Kayleigh speaking.",
                     "Hiya, Brenda Okafor, flat fourteen Harcourt House. I've got the mould people and the "
                     "fan coming in five days, in the morning, but I've been given a shift at work that "
                     "morning. Can it be moved to an afternoon?"),
                    ("Let me look. I can do the afternoon slot, twelve till six, four days after your "
                     "current one.",
                     "Twelve till six, that's better, I'm finished by then."),
                    ("Done. Both trades moved to the afternoon.",
                     "Thanks. Oh, and my phone got nicked, so I've got a new number. Oh seven seven double "
                     "oh, nine double oh, five six two."),
                    ("07700 900562, updated for your text reminders.",
                     "And, um, this is a bit awkward, but I got a letter about rent arrears. I'm four "
                     "hundred and sixty pounds behind since my hours got cut. I've set up a payment plan, "
                     "fifteen pounds a week. That won't stop the repairs, will it?"),
                    ("No, not at all. Repairs aren't affected by arrears. The rent team deals with that "
                     "separately, and it's good you've got a plan in place.",
                     "Oh, thank God. I was worried sick."),
                    ("Anything else I can help with?", "No, that's it, thanks Kayleigh."),
                ],
                analysis_items(
                    "Moving the repair appointment",
                    "Mould treatment and extractor fan fitting, afternoon slot 12-6",
                    "{+9}",
                    "New mobile 07700 900562; rent payment plan £15 a week",
                    "none",
                    first_name="Brenda",
                ),
            ),
            Call(
                _FURNITURE, 12, "en", "Sofa and wardrobe donation",
                "The user, Brenda Okafor, called to donate a three-seater sofa with its fire safety label "
                "and a double wardrobe that comes apart in two halves. The agent booked a collection from "
                "Flat 14, Harcourt House, Linden Road, on the third floor with a working lift, for {+5} "
                "between 8 AM and 1 PM.",
                [
                    ("Acorn Hospice furniture collections, Dev speaking, how can I help?",
                     "Hiya, I've got a sofa and a wardrobe I want to give away. The sofa's a three-seater, "
                     "it's got the fire label on it, I checked."),
                    ("Great. Can I take your name and address?",
                     "Brenda Okafor, flat fourteen, Harcourt House, Linden Road. It's on the third floor, "
                     "but the lift's working again, finally."),
                    ("Third floor with a lift, that's fine. Is the wardrobe in one piece or flat-packed?",
                     "It's a big double one, solid. It comes apart in two halves."),
                    ("The crew can manage that. I can collect in five days, between eight and one.",
                     "Eight till one, fine, I'm off that day."),
                    ("Lovely, all booked.", "Ta."),
                ],
                {"first_name": "Brenda"},
            ),
        ],
        questions=[
            Question(_REPAIRS, "What is the repair reference for the mould job?",
                     ("HR-30418", "HR30418", "HR 30418")),
            Question(_REPAIRS, "Which room has the mould?", ("back bedroom",)),
            Question(_REPAIRS, "Which wall is the mould on?", ("outside wall",)),
            Question(_REPAIRS, "What mobile number should the reminders go to?", ("900562", "900 562"),
                     ("900318", "900 318")),
            Question(_REPAIRS, "What time slot are the mould treatment and fan fitting in now?",
                     ("12 PM to 6 PM", "12 to 6", "12-6", "twelve till six", "afternoon slot"),
                     ("8 AM to 12", "8 to 12", "eight till twelve")),
            Question(_REPAIRS, "How old is her son?", ("eleven", "aged 11", "11-year-old", "son, 11")),
            Question(_REPAIRS, "Is there a pet at the flat the operatives should know about?",
                     ("Biscuit", "Staffie", "dog")),
            Question(_REPAIRS, "Who holds a spare key if Brenda is out?", ("Gloria",)),
            Question(_REPAIRS, "Is any ventilation planned?", ("extractor fan",)),
            Question(_REPAIRS, "What is her landline number?", ()),
            Question(_REPAIRS, "What is her son's name?", ()),
            Question(_REPAIRS, "How many bedrooms does the flat have?", ()),
            Question(_FURNITURE, "Which floor is her flat on?", ("third floor", "3rd floor")),
            Question(_FURNITURE, "What furniture is she giving away?", ("wardrobe",)),
            Question(_FURNITURE, "What time is the furniture collection?",
                     ("8 AM and 1 PM", "8 AM to 1 PM", "1 PM", "eight till one", "eight and one", "8 and 1")),
            Question(_FURNITURE, "Does she owe the housing association any money?", ()),
            Question(_FURNITURE, "What colour is the sofa?", ()),
        ],
    ),
    # A daughter in Cologne, speaking German to her mother's care home.
    Caller(
        number="+4915209876431",
        names=("Heike",),
        calls=[
            Call(
                _CARE, 47, "de", "Hörgerät und Besuch",
                "The user, Heike Brandt, called in German from Cologne about her mother, Ingrid Brandt, who "
                "lives in room 14 of the Rosewood wing. Her mother's hearing aid has stopped working, "
                "probably flat batteries; Heike will post a pack of size 312 batteries and some German "
                "crossword magazines. She plans to visit in about three weeks, arriving around 11 AM on "
                "{+20}.",
                [
                    ("Elmbrook House, good morning, how can I help?",
                     "Guten Morgen, ähm, sprechen Sie Deutsch? Mein Englisch ist nicht so gut am Telefon."),
                    ("Ja, natürlich. Wie kann ich Ihnen helfen?",
                     "Hier ist Heike Brandt, ich rufe aus Köln an, wegen meiner Mutter, Ingrid Brandt."),
                    ("Guten Tag, Frau Brandt. Ihre Mutter wohnt bei uns im Rosewood-Flügel, richtig?",
                     "Genau, Zimmer vierzehn. Ähm, es geht um ihr Hörgerät."),
                    ("Was ist mit dem Hörgerät?",
                     "Sie hat mir am Telefon gesagt, dass es wieder nicht geht. Sie trägt nur eins, links. "
                     "Ich glaube, die Batterien sind leer."),
                    ("Das kann gut sein. Wissen Sie, welche Batteriegröße es ist?",
                     "Größe 312, die mit dem braunen Aufkleber. Ich schicke Ihnen ein Päckchen mit der Post, "
                     "dann haben Sie Vorrat."),
                    ("Sehr gut, wir legen sie ins Stationszimmer. Sonst noch etwas?",
                     "Ja, ähm, ich schicke auch ein paar Rätselhefte mit, Kreuzworträtsel auf Deutsch. Die "
                     "liebt sie, das beruhigt sie abends."),
                    ("Das ist schön, die geben wir ihr gern. Kommen Sie bald zu Besuch?",
                     "Ja, ich fliege in knapp drei Wochen nach Manchester und bleibe zwei Tage. So gegen elf "
                     "Uhr vormittags wäre ich bei Ihnen."),
                    ("Wunderbar, ich trage Ihren Besuch ein. Ihr Bruder war übrigens letzte Woche da.",
                     "Ach, der Klaus, ja. Gut. Dann vielen Dank, tschüss."),
                ],
                analysis_items(
                    "Hörgerät und Batterien",
                    "Heike schickt Batterien (Größe 312) und Rätselhefte per Post; Besuch am {+20}",
                    "{+20}",
                    "Mutter: Ingrid Brandt, Zimmer 14, Rosewood-Flügel; Hörgerät links; Bruder Klaus",
                    "health",
                    first_name="Heike",
                ),
            ),
            Call(
                _CARE, 30, "de", "Geburtstagskaffee zum 90.",
                "Die Anruferin, Heike Brandt, plant zum 90. Geburtstag ihrer Mutter Ingrid einen "
                "Geburtstagskaffee im Gartensalon am {+25} um 15 Uhr mit acht Gästen. Die Hausküche backt "
                "eine Schwarzwälder Kirschtorte.",
                [
                    ("Elmbrook House, good afternoon.",
                     "Hallo, Brandt hier, Heike Brandt, die Tochter von Ingrid Brandt. Auf Deutsch, bitte."),
                    ("Gerne, Frau Brandt. Was kann ich für Sie tun?",
                     "Meine Mutter wird ja bald neunzig! Und wir möchten gerne einen kleinen "
                     "Geburtstagskaffee machen, bei Ihnen im Haus, wenn das geht."),
                    ("Oh, wie schön, herzlichen Glückwunsch schon mal. An welchem Tag?",
                     "An ihrem Geburtstag selbst, in dreieinhalb Wochen."),
                    ("Der Gartensalon ist an dem Tag nachmittags frei. Um wie viel Uhr möchten Sie "
                     "anfangen?",
                     "Um drei, also fünfzehn Uhr. Nach ihrem Mittagsschlaf, sonst ist sie zu müde."),
                    ("Fünfzehn Uhr, notiert. Wie viele Gäste kommen?",
                     "Ähm, warten Sie... mein Bruder mit Frau, die zwei Enkel, ich, zwei Freundinnen aus der "
                     "Kirche... acht. Acht Gäste, plus Mama."),
                    ("Acht Gäste. Soll unsere Küche einen Kuchen backen?",
                     "Ja, bitte, eine Schwarzwälder Kirschtorte, das war immer ihr Geburtstagskuchen."),
                    ("Machen wir. Und zum Anstoßen, Sekt?",
                     "Für die anderen gerne. Aber bitte keinen Alkohol für Mama, wegen ihrer Blutverdünner. "
                     "Für sie bitte alkoholfreien Sekt."),
                    ("Verstanden, alkoholfrei für Frau Brandt. Sonst noch etwas?",
                     "Nein, das war's. Danke, Sie sind sehr hilfsbereit."),
                ],
                {"first_name": "Heike"},
            ),
            Call(
                _CARE, 9, "de", "Änderung Geburtstagskaffee",
                "The user, Heike Brandt, called in German to change the plans for her mother Ingrid's 90th "
                "birthday coffee on {+4}: the kitchen should bake a cheesecake (Käsekuchen) instead of the "
                "Black Forest gateau, because her mother no longer tolerates cream, and there will be eleven "
                "guests instead of eight. The start time stays at 3 PM in the garden lounge.",
                [
                    ("Elmbrook House, guten Tag.",
                     "Guten Tag, Heike Brandt. Ich muss leider zwei Sachen am Geburtstagskaffee ändern."),
                    ("Kein Problem. Was möchten Sie ändern?",
                     "Erstens den Kuchen. Mama verträgt keine Sahne mehr, hat die Pflegerin gesagt. Also "
                     "bitte keine Kirschtorte, lieber einen Käsekuchen."),
                    ("Also Käsekuchen statt Schwarzwälder Kirschtorte. Und zweitens?",
                     "Es kommen mehr Leute. Die Cousine aus Bremen kommt doch, mit Mann und Tochter. Also "
                     "elf Gäste, nicht acht."),
                    ("Elf Gäste, in Ordnung, der Gartensalon ist groß genug. Bleibt es bei fünfzehn Uhr?",
                     "Ja, fünfzehn Uhr bleibt."),
                    ("Gut. Dann freuen wir uns auf Sie alle.", "Danke schön. Bis dann!"),
                ],
                analysis_items(
                    "Änderung Geburtstagskaffee",
                    "Kitchen to bake a Käsekuchen for 11 guests",
                    "{+4}",
                    "Mother Ingrid Brandt turns 90; no cream",
                    "none",
                    first_name="Heike",
                ),
            ),
        ],
        questions=[
            Question(_CARE, "Which room is her mother in?",
                     ("room 14", "Zimmer 14", "Zimmer vierzehn", "room fourteen")),
            Question(_CARE, "Which ear does Ingrid wear her hearing aid in?", ("links", "left")),
            Question(_CARE, "What size batteries does the hearing aid take?", ("312",)),
            Question(_CARE, "Which cake is the kitchen making for the birthday?",
                     ("Käsekuchen", "cheesecake", "Kasekuchen"), ("Kirschtorte", "Black Forest")),
            Question(_CARE, "How many guests are coming to the birthday coffee?",
                     ("eleven", "elf Gäste", "11 Gäste", "11 guests"),
                     ("acht Gäste", "8 Gäste", "8 guests", "eight guests")),
            Question(_CARE, "What time does the birthday coffee start?",
                     ("15 Uhr", "15:00", "3 PM", "3pm", "fünfzehn Uhr")),
            Question(_CARE, "What time is Heike arriving for her visit?",
                     ("11 AM", "11am", "elf Uhr", "11 Uhr", "11:00")),
            Question(_CARE, "Where in the home will the party be held?", ("Gartensalon", "garden lounge")),
            Question(_CARE, "Which puzzles does the lady like?", ("Kreuzworträtsel", "crossword")),
            Question(_CARE, "Can Ingrid have alcohol at the party?",
                     ("alkoholfrei", "alcohol-free", "non-alcoholic", "keinen Alkohol", "no alcohol")),
            Question(_CARE, "What is her brother Klaus's phone number?", ()),
            Question(_CARE, "What is Heike's flight number?", ()),
            Question(_CARE, "What time does Heike's flight land?", ()),
            Question(_CARE, "What is the name of Ingrid's GP?", ()),
        ],
    ),
    # A daughter speaking Portuguese, arranging meals for her father; his key safe code is a secret.
    Caller(
        number="+447700916204",
        names=("Conceição",),
        calls=[
            Call(
                _MEALS, 55, "pt", "Inscrição do pai nas refeições",
                "A utilizadora, Conceição Ferreira, ligou para inscrever o pai, Manuel Ferreira, de 86 anos, "
                "no serviço de refeições ao domicílio, na morada 7 Quarry Lane. Almoço quente às segundas, "
                "quartas e sextas, entregue entre o meio-dia e a uma. Ele não come carne de porco e precisa "
                "de comida macia. Como ouve mal, há uma caixa de chaves junto à porta das traseiras. "
                "Primeira entrega a {+3}.",
                [
                    ("Hearty Meals on Wheels, good morning, how can I help?",
                     "Bom dia, desculpe, posso falar em português?"),
                    ("Claro que sim. Em que posso ajudar?",
                     "Queria inscrever o meu pai para as refeições. Ele chama-se Manuel Ferreira, tem "
                     "oitenta e seis anos."),
                    ("Com certeza. Qual é a morada dele?", "É sete, Quarry Lane. Q, U, A, R, R, Y."),
                    ("Obrigada. Em que dias gostaria que fizéssemos a entrega?",
                     "Segunda, quarta e sexta, se puder ser. O almoço quente."),
                    ("Sim, nessa zona entregamos entre o meio-dia e a uma. Há alguma restrição alimentar?",
                     "Ele não come carne de porco, nunca comeu. E a carne tem de vir bem tenrinha, ele usa "
                     "dentadura."),
                    ("Vou anotar: sem porco e comida macia. Mais alguma coisa que o motorista deva saber?",
                     "Sim, ele ouve mal, muitas vezes não ouve a campainha. Há uma caixa de chaves junto à "
                     "porta das traseiras, o código é cinco, nove, sete, três."),
                    ("Obrigada, fica registado para os motoristas. A primeira entrega pode ser daqui a três "
                     "dias.",
                     "Perfeito. Muito obrigada, a senhora foi muito simpática."),
                ],
                analysis_items(
                    "Inscrição do pai no serviço de refeições",
                    "Primeira entrega do almoço quente",
                    "{+3}",
                    "Pai: Manuel Ferreira, 86 anos; 7 Quarry Lane; não come porco; comida macia; entregas "
                    "segunda, quarta e sexta",
                    "none",
                    first_name="Conceição",
                ),
            ),
            Call(
                _MEALS, 28, "pt", "Missed lunch delivery",
                "The user, Conceição Ferreira, called in Portuguese to complain that her father Manuel "
                "missed his lunch when the driver got no answer at the door. She repeated the key safe code, "
                "5973, and the agent added a note for drivers to knock hard at the back door and use the key "
                "safe. She also said her father now has type 2 diabetes and needs sugar-free desserts; the "
                "agent updated his diet. She asked to be called straight away if he does not answer.",
                [
                    ("Hearty Meals on Wheels, good afternoon.", "Boa tarde, falo português, pode ser?"),
                    ("Pode, claro. Diga.",
                     "Olhe, é a Conceição Ferreira, a filha do senhor Manuel Ferreira. Ontem o motorista foi "
                     "lá e foi-se embora, o meu pai ficou sem almoço!"),
                    ("Lamento muito. Segundo a nota, o motorista tocou e ninguém respondeu.",
                     "Pois, mas eu disse que ele não ouve! Há a caixa de chaves. Está atrás do barril da "
                     "água da chuva, ao pé da porta das traseiras. O código é 5973, eu já tinha dado."),
                    ("Peço desculpa. Vou pôr uma nota bem visível: bater com força na porta das traseiras e "
                     "usar a caixa de chaves.",
                     "Obrigada. E outra coisa: o médico disse que ele agora tem diabetes, tipo dois. As "
                     "sobremesas têm de ser sem açúcar."),
                    ("Vou mudar a dieta dele para sobremesas sem açúcar a partir da próxima entrega.",
                     "Está bem. E por favor, se ele não abrir mesmo, liguem-me logo."),
                    ("Com certeza, ligamos para este número.", "Obrigada, boa tarde."),
                ],
                {"first_name": "Conceição"},
            ),
            Call(
                _MEALS, 6, "pt", "Mudança dos dias de entrega",
                "The user, Conceição Ferreira, called in Portuguese to change her father Manuel's delivery "
                "days from Monday, Wednesday and Friday to Tuesday, Thursday and Saturday from {+2}, because "
                "he now goes to a day centre on Mondays and Wednesdays. She added her brother Paulo as a "
                "second emergency contact; Paulo will call with his number.",
                [
                    ("Hearty Meals on Wheels, good morning.",
                     "Bom dia, é a Conceição Ferreira outra vez, em português se faz favor."),
                    ("Bom dia, Conceição. Em que posso ajudar?",
                     "O meu pai começou a ir ao centro de dia às segundas e quartas. Por isso os dias das "
                     "refeições têm de mudar."),
                    ("Para que dias?", "Terça, quinta e sábado. Vocês entregam ao sábado, não é?"),
                    ("Entregamos, sim. Então terça, quinta e sábado a partir de depois de amanhã.",
                     "Isso. E queria pôr o meu irmão, o Paulo, como segundo contacto de emergência. Eu "
                     "trabalho por turnos e às vezes não consigo atender."),
                    ("Claro. Tem o número do Paulo?",
                     "Ai, não tenho aqui agora. Ele liga-vos ele mesmo esta semana."),
                    ("Está bem, fica o nome anotado e aguardamos a chamada dele.",
                     "Obrigada, muito obrigada."),
                ],
                analysis_items(
                    "Mudança dos dias de entrega",
                    "Paulo vai ligar com o número dele",
                    "",
                    "Manuel Ferreira; entregas às terças, quintas e sábados; irmão Paulo é segundo contacto",
                    "none",
                    first_name="Conceição",
                ),
            ),
        ],
        questions=[
            Question(_MEALS, "Which days are the meals delivered now?", ("Tuesday", "terça"),
                     ("Monday", "segunda")),
            Question(_MEALS, "What time do the lunches arrive?",
                     ("meio-dia", "midday", "noon", "12 and 1", "12 to 1", "12:00")),
            Question(_MEALS, "Does Manuel eat pork?", ("porco", "pork")),
            Question(_MEALS, "What kind of desserts does he need?",
                     ("sem açúcar", "sugar-free", "sugar free", "diabet")),
            Question(_MEALS, "Who is the second emergency contact?", ("Paulo",)),
            Question(_MEALS, "How old is Manuel?", ("86", "oitenta e seis", "eighty-six")),
            Question(_MEALS, "Where does Manuel live?", ("Quarry Lane",)),
            Question(_MEALS, "What is the key safe hidden behind?",
                     ("barril", "water butt", "rain barrel", "rainwater")),
            Question(_MEALS, "Is the gentleman deaf?", ("ouve mal", "não ouve", "hard of hearing")),
            Question(_MEALS, "Why does his food have to be soft?", ("dentadura", "dentures")),
            Question(_MEALS, "What is Paulo's phone number?", ()),
            Question(_MEALS, "What is Manuel's date of birth?", ()),
            Question(_MEALS, "Which day centre does Manuel go to?", ()),
        ],
    ),
    # Two parents on one phone, about their son at the football club; the long call is the father's.
    Caller(
        number="+447700917350",
        names=("Darren", "Kerry"),
        calls=[
            Call(
                _FOOTBALL, 70, "en", "Registering Alfie for the under-11s",
                "The user, Darren Whitlock, called to register his son Alfie, aged ten, for the under-11s. "
                "The agent told him training is on Tuesday evenings from 6 PM to 7:15 PM on the 3G pitch at "
                "Ferndale Rec and subs are £22 a month by standing order, including training kit. Alfie's "
                "kit was ordered in youth medium. The agent emailed the registration form.",
                [
                    ("Ferndale Juniors, this is the club helpline. How can I help?",
                     "Yeah, hi, I want to sign my lad up. He's ten, he's been playing in the park with his "
                     "mates and he's desperate to join a proper team."),
                    ("Brilliant. At ten he'd be in our under-elevens. What's his name?",
                     "Alfie. Alfie Whitlock. I'm his dad, Darren."),
                    ("Thanks Darren. Under-elevens train Tuesday evenings, six till quarter past seven, on "
                     "the 3G pitch at Ferndale Rec.",
                     "Tuesdays, yeah, that works, I finish at five on Tuesdays."),
                    ("Subs are twenty-two pounds a month by standing order, and that includes the training "
                     "kit.",
                     "Twenty-two, fine."),
                    ("What size shall I put him down for? Our kit runs in youth sizes.",
                     "Er, youth medium I reckon. He's skinny as anything."),
                    ("Youth medium. Has Alfie got any medical conditions the coaches need to know about?",
                     "He's got asthma, mild, he's got a blue inhaler, he'll have it in his bag. Cold nights "
                     "set him off a bit."),
                    ("Thanks, I'll put that on his form so the coaches know. I'll email you the "
                     "registration form now.",
                     "Cheers, mate."),
                ],
                analysis_items(
                    "Registering Alfie for the under-11s",
                    "Darren to return the registration form and set up the standing order",
                    "",
                    "Son Alfie Whitlock, 10, under-11s; kit size youth medium; training Tuesdays 6-7:15 PM",
                    "none",
                    first_name="Darren",
                ),
            ),
            Call(
                _FOOTBALL, 44, "en", "Kit size and the away game",
                "The user, Kerry Whitlock, Alfie's mum, called to change Alfie's kit order from youth medium "
                "to youth large and asked about the away game against Stoneybrook Rangers on {+4}. The agent "
                "told her players meet at the clubhouse at 9:15 AM for a 10:30 AM kick-off and should bring "
                "shin pads, boots and a water bottle.",
                [
                    ("Ferndale Juniors helpline, hello.",
                     "Hiya, it's Kerry, Alfie Whitlock's mum. Two things, sorry."),
                    ("No problem, go ahead.",
                     "The kit. Darren put him down for medium, but he's shot up this summer, honestly, he's "
                     "all legs. Can we change it to youth large?"),
                    ("Let me see... yes, it hasn't gone to the printer yet, so I'll change it to youth "
                     "large.",
                     "Oh, amazing. And can he have number seven on the back? He's obsessed."),
                    ("Seven's free in the under-elevens, so I'll put that on.",
                     "He'll be made up. And the other thing, the away game at Stoneybrook, where do we go?"),
                    ("Players meet at the clubhouse at quarter past nine, and the coach drives in convoy. "
                     "Kick-off's ten thirty at Stoneybrook Rangers.",
                     "Quarter past nine, clubhouse. Got it. Do they need to bring anything?"),
                    ("Shin pads, boots, water bottle, and a warm coat for the subs' bench.",
                     "Lovely, thanks, bye."),
                ],
                {"first_name": "Kerry"},
            ),
            Call(
                _FOOTBALL, 16, "en", "Volunteering as assistant coach",
                "The user, Darren Whitlock, Alfie's dad, called to volunteer as an assistant coach for the "
                "under-11s. The agent explained he needs an enhanced DBS check and the FA Introduction to "
                "Coaching Football course and emailed him both links. Darren also offered to help at the "
                "summer tournament on {+30}. The call was long because the club's system was slow.",
                long_call(
                    [
                        ("Ferndale Juniors helpline, you're through to the volunteers desk. How can I help?",
                         "Hiya, it's Darren Whitlock, Alfie's dad, under-elevens. Listen, the coach was "
                         "saying they're short of helpers, and, er, I thought I'd put my hand up."),
                        ("That's fantastic, we're always short. Have you coached before?",
                         "Not properly, no. I played Sunday league for years, centre-half, but never coached "
                         "kids."),
                        ("That's fine. To help out you'll need two things: a DBS check, and the FA "
                         "Introduction to Coaching Football course, which is online.",
                         "DBS, that's the criminal record check thing, right?"),
                        ("That's it, the enhanced one for working with children. I'll email you the link. "
                         "Let me pull your details up... the system's a bit slow this evening.",
                         "No rush."),
                    ],
                    [
                        ("So while that loads, how's Alfie finding it?",
                         "Oh, he loves it. He's a left-footer, so he's desperate to play on the left wing, "
                         "that's all he talks about."),
                        ("Ha, every team needs a leftie.",
                         "And I'll say now, I've got a seven-seater, a silver Zafira, so for away games I "
                         "can take four other kids as well as Alfie, if that helps the coach."),
                        ("That really helps, I'll tell the coach.", "Yeah, tell him, no bother."),
                    ],
                    [
                        ("Right, it's loaded. I've emailed you the DBS link and the course sign-up.",
                         "Got it, it's just come through."),
                        ("Once both are done, you'll get a club volunteer lanyard. Oh, and the summer "
                         "tournament is coming up, in about a month; we'll need every helper we can get.",
                         "Put me down for that. Is it all day?"),
                        ("All day, yes, starts early. We'll send details nearer the time.",
                         "Champion. Cheers then."),
                        ("Thanks Darren, bye now.", "Bye."),
                    ],
                    acks=_DARREN_ACKS,
                    talk=_DARREN_TALK,
                    total=84,
                ),
                analysis_items(
                    "Volunteering as assistant coach",
                    "Darren to complete the DBS check and the FA coaching course",
                    "",
                    "Darren Whitlock, assistant coach volunteer; son Alfie in the under-11s",
                    "legal",
                    first_name="Darren",
                ),
            ),
        ],
        questions=[
            Question(_FOOTBALL, "What kit size does Alfie need?", ("youth large",), ("youth medium",)),
            Question(_FOOTBALL, "What time do players meet for the away game?",
                     ("9:15", "quarter past nine", "9.15")),
            Question(_FOOTBALL, "Who is the away game against?", ("Stoneybrook",)),
            Question(_FOOTBALL, "When does the under-11s squad train?", ("Tuesday",)),
            Question(_FOOTBALL, "Does Alfie have any medical condition the coaches should know about?",
                     ("asthma", "inhaler")),
            Question(_FOOTBALL, "What shirt number does Alfie want?",
                     ("number seven", "number 7", "no. 7", "seven on the back")),
            Question(_FOOTBALL, "How many extra children can Darren take to away games?", ("four",)),
            Question(_FOOTBALL, "What position does Alfie want to play?", ("left wing",)),
            Question(_FOOTBALL, "Where does the under-11s squad train?", ("Ferndale Rec", "3G pitch")),
            Question(_FOOTBALL, "How much is membership?", ("£22", "22 pounds", "twenty-two")),
            Question(_FOOTBALL, "Which school does Alfie go to?", ()),
            Question(_FOOTBALL, "What time does the summer tournament start?", ()),
            Question(_FOOTBALL, "What kit size does Darren need?", ()),
        ],
    ),
    # A blood donor who also hires the community hall; her health is for the donor centre only, and the
    # hall's alarm code is a secret.
    Caller(
        number="+447700918642",
        names=("Priya",),
        private_to={_DONORS: ("haemoglobin", "iron tablets", "o negative", "deferred")},
        calls=[
            Call(
                _DONORS, 66, "en", "Booking a whole blood donation",
                "The user, Priya Raman, a registered O negative donor (donor ID D-58731), called to book a "
                "whole blood donation. She said her last attempt was deferred because her haemoglobin was "
                "low and that her GP has had her on iron tablets for about three months. The agent booked "
                "her for {+21} at 10:40 AM and reminded her to eat and drink well beforehand.",
                [
                    ("Westgate Blood Donor Centre, good morning, how can I help?",
                     "Hi, morning. I'd like to book a donation, please. Whole blood."),
                    ("Of course. Are you an existing donor?",
                     "Yes, my donor ID is D dash five eight seven three one. Priya Raman."),
                    ("Thanks, Priya. I can see you're O negative, so we're always very glad to see you. I "
                     "can also see your last attempt was deferred.",
                     "Yeah, my haemoglobin was too low, one-eighteen I think they said. My GP put me on iron "
                     "tablets after that and I've been taking them for about three months now."),
                    ("That's good to hear. Your levels will be checked with the finger-prick test on the "
                     "day. I can offer twenty to eleven in the morning, in three weeks' time.",
                     "Ten forty, that's fine."),
                    ("Lovely. Remember to eat a proper breakfast and drink plenty of water before you come.",
                     "Will do. Thanks!"),
                ],
                analysis_items(
                    "Booking a whole blood donation",
                    "Whole blood donation at 10:40 AM",
                    "{+21}",
                    "O negative; donor ID D-58731; last donation deferred for low haemoglobin; taking iron "
                    "tablets",
                    "health",
                    first_name="Priya",
                ),
            ),
            Call(
                _DONORS, 50, "en", "Donation appointment moved",
                "The user, Priya Raman, called to move her donation appointment on {+5} from 10:40 AM to "
                "4:20 PM because of a work meeting. She also asked about becoming a platelet donor, and the "
                "agent said she can be assessed at her next visit.",
                [
                    ("Westgate Blood Donor Centre, how can I help?",
                     "Hi, it's Priya Raman. I've got an appointment at ten forty in five days and I've just "
                     "been told I've got a meeting then. Is there anything later the same day?"),
                    ("Let me look... I've got twenty past four in the afternoon.",
                     "Four twenty's perfect, I'll come straight from work."),
                    ("Done, I've moved you to 4:20 PM. Anything else?",
                     "Actually, yeah, two things. Last time the nurse had a real struggle with my right arm, "
                     "the vein kept rolling. Can you put a note to use my left arm?"),
                    ("I'll add a note: left arm preferred. And the second thing?",
                     "I've been reading about platelet donation. Could I do that instead at some point?"),
                    ("Possibly. Platelet donors need a separate assessment; we can do that at your next "
                     "visit.",
                     "Great, thanks so much."),
                ],
                {"first_name": "Priya"},
            ),
            Call(
                _HALL, 20, "en", "Small hall booking for a birthday party",
                "The user, Priya Raman, booked the small hall for her daughter Anika's seventh birthday "
                "party on {+18} from 2 PM to 5 PM for about twenty-five children. A magician is coming for "
                "the first hour. The agent took a £50 refundable deposit, explained that glitter, confetti "
                "and party poppers are not allowed, and gave her the alarm code (7395); the key safe code "
                "will be texted the day before.",
                [
                    ("Brookside Community Centre, bookings, how can I help?",
                     "Hi, I'd like to book the small hall for my daughter's birthday party. She's turning "
                     "seven. It's Priya Raman."),
                    ("Lovely. When were you thinking?",
                     "In about two and a half weeks, the afternoon, two till five if possible."),
                    ("I can do that, two till five, I've put you in. What's the birthday girl's name?",
                     "Anika. We're expecting about twenty-five children, plus a few parents."),
                    ("The small hall holds up to forty, so that's fine. Will you have any entertainment?",
                     "Yes, a magician's coming for the first hour. Mr Marvello or something, ha."),
                    ("That's fine. Just so you know, we don't allow glitter, confetti or party poppers, "
                     "because of the floor.",
                     "Oh, okay, noted. No glitter."),
                    ("There's a fifty-pound refundable deposit, which I can take now by card.",
                     "Yes, go ahead."),
                    ("That's gone through. The building has an alarm; the alarm code is 7 3 9 5. The key's "
                     "in a key safe by the side door and we'll text you that code the day before.",
                     "Seven three nine five. Got it. Thank you!"),
                ],
                analysis_items(
                    "Small hall booking for a birthday party",
                    "Sign the hire agreement; key safe code to be texted the day before",
                    "{+18}",
                    "Daughter Anika, turning seven; about 25 children; magician booked; £50 deposit paid",
                    "none",
                    first_name="Priya",
                ),
            ),
        ],
        questions=[
            Question(_DONORS, "What is her blood group?", ("O negative", "O-negative", "O neg")),
            Question(_DONORS, "What time is her donation appointment?",
                     ("4:20", "4.20", "twenty past four", "four twenty"),
                     ("10:40", "10.40", "twenty to eleven", "ten forty")),
            Question(_DONORS, "Why was she turned away last time?", ("haemoglobin", "hemoglobin")),
            Question(_DONORS, "Which arm should the nurse use?", ("left arm",)),
            Question(_DONORS, "What is her donor ID?", ("D-58731", "58731")),
            Question(_DONORS, "What type of donation is she interested in trying?", ("platelet",)),
            Question(_DONORS, "How much does she weigh?", ()),
            Question(_DONORS, "Which GP practice is she registered with?", ()),
            Question(_HALL, "What is the daughter's name?", ("Anika",)),
            Question(_HALL, "How many children are coming to the party?", ("twenty-five", "25")),
            Question(_HALL, "What time does the hall booking finish?",
                     ("5 PM", "5pm", "5:00", "till five", "to 5")),
            Question(_HALL, "How much was the deposit?", ("£50", "50 pounds", "fifty-pound", "fifty pounds")),
            Question(_HALL, "Has she got a performer lined up?", ("magician",)),
            Question(_HALL, "Does Priya have any health conditions we should know about?", ()),
            Question(_HALL, "What is the key safe code?", ()),
        ],
    ),
    # A chatty widower buying a road scooter; his lane gate code is a secret.
    Caller(
        number="+447700919027",
        names=("Albert",),
        calls=[
            Call(
                _SCOOTERS, 80, "en", "Road scooter enquiry",
                "The user, Albert Nuttall, called about buying a class 3 road scooter to get to the village "
                "shops and his allotment; he has a bad hip and walks with a stick. His budget is about "
                "£2,000. The agent booked a home demonstration at 3 Millbrook Cottages, Hob Lane, for {+8} "
                "at 2 PM. Albert gave the gate code for the private lane.",
                [
                    ("Freeway Mobility, good afternoon, Sandra speaking.",
                     "Oh, hello, yes. I'm, er, I'm after one of them scooters. For the road, like. My "
                     "name's Albert Nuttall."),
                    ("Hello Albert. A road scooter would be a class three. What would you be using it for "
                     "mostly?",
                     "Getting to the village for me paper and the shops, and down to the allotment. It's "
                     "about a mile and a bit. Me hip's bad, I walk with a stick now and I can't manage the "
                     "hill."),
                    ("A class three would handle that nicely. Do you have a budget in mind?",
                     "About two thousand pound. I've been saving."),
                    ("That gets you a very good scooter. We can bring a couple out to your house for a "
                     "demonstration. What's the address?",
                     "Three Millbrook Cottages, Hob Lane. It's down a private lane, there's a gate at the "
                     "top. The gate code's 4 6 8 1, so your van can get down."),
                    ("Thank you. I can do a home demonstration in eight days, at two in the afternoon.",
                     "Two o'clock. I'll put the kettle on."),
                    ("Lovely, see you then, Albert.", "Ta-ra, love."),
                ],
            ),
            Call(
                _SCOOTERS, 69, "en", "Ordering the Tourer 8",
                "The user, Albert Nuttall, called after his home demonstration and ordered the Tourer 8 road "
                "scooter in cherry red for £1,895, with a weather canopy and a folding rear basket. Delivery "
                "and handover are booked for {+10} in the afternoon. Albert talked at length about his "
                "allotment and his late wife, Joan.",
                long_call(
                    [
                        ("Freeway Mobility, good morning, Sandra speaking.",
                         "Morning, love, it's Albert Nuttall. Your young man came out with the scooters the "
                         "other day."),
                        ("Oh yes, Albert! How did you get on?",
                         "Well, I liked the bigger one, the Tourer 8, that's the one. Smooth as you like, "
                         "and the lights are grand for winter."),
                        ("Great choice. The Tourer 8 is £1,895. Would you like any extras?",
                         "Go on, tell me what there is."),
                        ("A weather canopy is popular, and a folding rear basket.",
                         "Both, then. I'm not getting wet going to the allotment."),
                        ("Lovely. And which colour? We've got cherry red, midnight blue or silver.",
                         "Cherry red. Joan always liked a red car, God rest her."),
                    ],
                    [
                        ("Where will you keep it, Albert?",
                         "In the shed at the side. I measured the door this morning with me tape, it's "
                         "ninety centimetres wide. Thirty-five and a half inches, in old money."),
                        ("That's plenty, the Tourer's sixty-five wide.",
                         "Good, good. And me grandson Liam will be there when you bring it, he's better with "
                         "gadgets than me, he can learn the charging."),
                        ("Oh, that's handy. Is the allotment keeping you busy?",
                         "Me leeks are coming on a treat this year. I'm entering them in the village show."),
                    ],
                    [
                        ("Right, I've got everything down. Delivery and handover will be in ten days, in the "
                         "afternoon.",
                         "Grand. And you'll show me how to charge it?"),
                        ("Yes, the engineer will go through everything.",
                         "Champion. Thank you, love, you've been very patient with me."),
                        ("Not at all, Albert. Take care.", "Ta-ra."),
                    ],
                    acks=_ALBERT_ACKS,
                    talk=_ALBERT_TALK,
                    total=88,
                ),
                analysis_items(
                    "Ordering the Tourer 8 scooter",
                    "Deliver the Tourer 8 and show Albert how to charge it",
                    "{+10}",
                    "Albert Nuttall, 3 Millbrook Cottages, Hob Lane; Tourer 8 in cherry red with canopy and "
                    "basket; walks with a stick",
                    "none",
                    first_name="Albert",
                ),
            ),
            Call(
                _SCOOTERS, 64, "en", "Colour change",
                "The user, Albert Nuttall, called to change the colour of his Tourer 8 from cherry red to "
                "midnight blue. The agent confirmed it is in stock at the same price and moved delivery to "
                "{+6}, in the afternoon.",
                [
                    ("Freeway Mobility, Sandra speaking.",
                     "Hello love, Albert Nuttall again. Sorry to be a nuisance."),
                    ("Not at all, Albert.",
                     "That scooter. Could I have it in the blue instead of the red? Only Mrs Pickering at "
                     "number one's gone and got a red one, and I'm not having folk think I copied her."),
                    ("Ha! The midnight blue, yes, we've got that in stock. Same price, £1,895.",
                     "Midnight blue. Champion. Will that hold up the delivery?"),
                    ("It'll actually come a bit sooner, in six days, still in the afternoon.",
                     "Even better. Ta, love."),
                ],
                {"first_name": "Albert"},
            ),
            Call(
                _SCOOTERS, 11, "en", "Scooter battery not holding charge",
                "The user, Albert Nuttall, called because the batteries on his midnight blue Tourer 8 no "
                "longer hold their charge: it barely gets him to the village and back, about three miles. "
                "The agent booked an engineer visit for {+4} between 9 and 11 AM, under warranty at no "
                "charge, and confirmed the gate code on file is unchanged.",
                [
                    ("Freeway Mobility, good morning.",
                     "Morning, it's Albert Nuttall, I've got the blue Tourer 8 off you. It's the battery, "
                     "love."),
                    ("What's it doing?",
                     "When I got it, I could go to the village and the allotment and back twice over. Now "
                     "it's barely getting me to the village and back, three mile, and the lights are "
                     "flashing at me."),
                    ("That sounds like the batteries aren't holding charge. Are you charging it every night?",
                     "Every night, in the shed, like your engineer showed me."),
                    ("Right, I'll send an engineer to check the batteries. I can do four days from now, "
                     "between nine and eleven in the morning. Is the gate code we have still right?",
                     "Aye, same as before. Nine till eleven, I'll be in."),
                    ("Lovely. It's under warranty, so there'll be no charge.",
                     "Ooh, that's a relief. Thank you."),
                ],
                analysis_items(
                    "Scooter battery not holding charge",
                    "Engineer to check the batteries (warranty)",
                    "{+4}",
                    "Tourer 8 in midnight blue; charges it nightly in the shed",
                    "none",
                    first_name="Albert",
                ),
            ),
        ],
        questions=[
            Question(_SCOOTERS, "What colour is his scooter?", ("midnight blue",), ("cherry red",)),
            Question(_SCOOTERS, "Which model of scooter did he buy?", ("Tourer 8",)),
            Question(_SCOOTERS, "How wide is the shed door?",
                     ("ninety centimetres", "90 cm", "90cm", "thirty-five and a half", "35 and a half",
                      "35.5")),
            Question(_SCOOTERS, "Who will be there to help with the scooter's delivery?", ("Liam",)),
            Question(_SCOOTERS, "Any vegetables he's raising?", ("leek",)),
            Question(_SCOOTERS, "What time is the engineer coming?",
                     ("9 and 11", "9 to 11", "9-11", "9 AM", "nine and eleven", "nine till eleven")),
            Question(_SCOOTERS, "What time was the home demonstration?",
                     ("2 PM", "2pm", "two o'clock", "two in the afternoon")),
            Question(_SCOOTERS, "How much did the scooter cost?", ("1,895", "1895")),
            Question(_SCOOTERS, "How far does the scooter get now before the battery runs low?",
                     ("village and back", "three mile", "3 miles")),
            Question(_SCOOTERS, "Any ailment affecting his legs?",
                     ("bad hip", "hip's bad", "his hip", "with a stick", "walking stick")),
            Question(_SCOOTERS, "What is the code for his front door?", ()),
            Question(_SCOOTERS, "What is the serial number of his scooter?", ()),
            Question(_SCOOTERS, "What is Liam's phone number?", ()),
        ],
    ),
    # Clearing her late mother's house for the charity shop; the porch lockbox code is a secret.
    Caller(
        number="+353861234908",
        names=("Moira",),
        calls=[
            Call(
                _FURNITURE, 38, "en", "Donating furniture from her mother's house",
                "The user, Moira Fitzgerald, called to donate furniture from her late mother's house at 22 "
                "Kilbride Terrace: an oak dining table with six chairs, a pine chest of drawers and a "
                "two-seater sofa, which has its fire safety label. The agent booked a collection for {+9} "
                "between 8 AM and 1 PM and will send a Gift Aid form.",
                [
                    ("Acorn Hospice furniture collections, good morning, this is Dev.",
                     "Hello there, good morning. I'm clearing out my late mother's house and I'd love the "
                     "furniture to go to the hospice. They were so good to her."),
                    ("I'm sorry for your loss, and thank you. Can I take your name?",
                     "Moira Fitzgerald. The house is twenty-two Kilbride Terrace."),
                    ("Thanks, Moira. What items do you have?",
                     "There's an oak dining table with six chairs, a pine chest of drawers, and a "
                     "two-seater sofa."),
                    ("Lovely. For the sofa, we can only take it if it still has its fire safety label. Could "
                     "you check? It's usually under the seat cushions.",
                     "Hold on... yes, there's a label on it, under the cushion."),
                    ("Perfect. I can collect in nine days, between eight in the morning and one o'clock.",
                     "Grand. There's steps up to the front door, mind, about ten of them."),
                    ("That's fine, the crew are used to it. Would you like to Gift Aid the proceeds?",
                     "I would, yes."),
                    ("I'll send you a Gift Aid form. Thanks so much, Moira.", "Thank you, Dev."),
                ],
                analysis_items(
                    "Donating furniture from her mother's house",
                    "Collect table, chairs, chest of drawers and sofa",
                    "{+9}",
                    "22 Kilbride Terrace; sofa has fire safety label; wants Gift Aid",
                    "none",
                    first_name="Moira",
                ),
            ),
            Call(
                _FURNITURE, 31, "en", "Changes to the furniture collection",
                "The user, Moira Fitzgerald, called to change her furniture collection from Kilbride "
                "Terrace: only four of the six dining chairs will be donated because her nephew is keeping "
                "two, and the sofa is withdrawn because its fire safety label has been cut off. She will not "
                "be at the house and gave access instructions for the crew.",
                [
                    ("Acorn Hospice furniture collections, Dev speaking.",
                     "Hi Dev, Moira Fitzgerald, about the collection from Kilbride Terrace. A few changes, "
                     "I'm afraid."),
                    ("No problem.",
                     "My nephew's asked to keep two of the chairs, for his flat, so it's only four chairs "
                     "now, not six."),
                    ("Table and four chairs, noted.",
                     "And the sofa, I feel awful, I took the cushions off properly and the label's been cut "
                     "off. Somebody cut it off years ago."),
                    ("Ah. I'm sorry, without the label we can't take the sofa; it's the law, not us. I'll "
                     "take it off the list.",
                     "I understand. And I won't be there on the day. The key will be in the lockbox on the "
                     "porch, the code is 8 5 2 7."),
                    ("Thank you, I'll pass that to the crew.",
                     "Please lock up after and put the key back in it."),
                    ("Will do. Anything else?", "No, thanks a million."),
                ],
            ),
            Call(
                _FURNITURE, 24, "en", "Chest of drawers left behind",
                "The user, Moira Fitzgerald, called because the crew collected the table and chairs but left "
                "the pine chest of drawers behind, as it did not fit in the van. The agent booked a second "
                "collection for {+6}, 8 AM to 1 PM, with the same key arrangement, and took her email, "
                "moira.fitz@eircom.net, for Gift Aid receipts.",
                [
                    ("Acorn Hospice furniture collections, good afternoon.",
                     "Hi, it's Moira Fitzgerald. Your lads came for the furniture, thank you, but they left "
                     "the chest of drawers behind."),
                    ("Let me check... the note says it wouldn't fit in the van with the table. I'm sorry "
                     "about that.",
                     "Ah, it's grand, only I'm handing the keys back to the landlord soon, so it needs to "
                     "go."),
                    ("I can send a van in six days, same window, eight till one.",
                     "Perfect. Same arrangement with the key."),
                    ("Yes. And for the Gift Aid, what email should we send the receipts to?",
                     "moira dot fitz at eircom dot net. All lower case."),
                    ("moira.fitz@eircom.net, got it.", "Thanks, Dev."),
                ],
                analysis_items(
                    "Chest of drawers left behind",
                    "Collect the pine chest of drawers",
                    "{+6}",
                    "Email moira.fitz@eircom.net for Gift Aid receipts",
                    "none",
                    first_name="Moira",
                ),
            ),
        ],
        questions=[
            Question(_FURNITURE, "How many dining chairs are being donated?",
                     ("four chairs", "4 chairs", "four of the six", "four dining chairs"),
                     ("six chairs", "6 chairs")),
            Question(_FURNITURE, "Why can't they take the sofa?", ("cut off",)),
            Question(_FURNITURE, "Where is the house being cleared?", ("Kilbride",)),
            Question(_FURNITURE, "Which item did the crew leave behind?", ("chest of drawers",)),
            Question(_FURNITURE, "What is her email address?", ("moira.fitz@eircom.net", "eircom")),
            Question(_FURNITURE, "What time does the collection window start?",
                     ("8 AM", "8am", "eight in the morning", "eight till", "8:00")),
            Question(_FURNITURE, "Which relative held on to a pair of the seats?", ("nephew",)),
            Question(_FURNITURE, "Where will the key be left for the crew?", ("porch",)),
            Question(_FURNITURE, "How many steps are there up to the front door?",
                     ("about ten", "ten of them", "10 steps", "ten steps")),
            Question(_FURNITURE, "What is the nephew's name?", ()),
            Question(_FURNITURE, "How many drawers does the chest have?", ()),
            Question(_FURNITURE, "What is the postcode of the house?", ()),
        ],
    ),
    # The dominoes club's organiser: a weekly room, then the main hall for the annual lunch.
    Caller(
        number="+447700920415",
        names=("Winston",),
        calls=[
            Call(
                _HALL, 90, "en", "Weekly room for the dominoes club",
                "The user, Winston Clarke of the Brookside Over-60s Dominoes Club, booked the Garden Room "
                "every Thursday from 1 PM to 4 PM at £18 a session, invoiced monthly to the club treasurer, "
                "Mrs Pearline Grant.",
                [
                    ("Brookside Community Centre, bookings, Jo speaking.",
                     "Good afternoon, Jo. Winston Clarke here, from the Brookside Over-Sixties Dominoes "
                     "Club."),
                    ("Hello Winston. How can I help?",
                     "We've been meeting in the church hall but the roof is leaking, so we want a regular "
                     "slot with you. Every Thursday, one till four."),
                    ("The Garden Room is free Thursday afternoons. It's eighteen pounds a session.",
                     "Eighteen pounds, that's reasonable. We'll need eight card tables set out, with the "
                     "chairs round them."),
                    ("We have plenty of card tables. Who should the invoice go to?",
                     "Our treasurer, Mrs Pearline Grant. She pays monthly, usually by cheque."),
                    ("Monthly invoice to Mrs Pearline Grant. I'll book you in from next Thursday.",
                     "Marvellous. Thank you, Jo."),
                ],
            ),
            Call(
                _HALL, 40, "en", "Main hall booking for the annual lunch",
                "The user, Winston Clarke, booked the main hall for the dominoes club's annual Caribbean "
                "lunch on {+35} from 12 PM to 5 PM for about 80 guests, with twelve round tables. Sweet "
                "Spice Kitchen will cater; the agent asked for a copy of the caterer's food hygiene "
                "certificate before the event.",
                [
                    ("Brookside Community Centre, bookings.",
                     "Hello, Winston Clarke, dominoes club. We'd like the main hall for our annual "
                     "Caribbean lunch."),
                    ("Lovely. When is it?", "Five weeks today. Twelve till five."),
                    ("Main hall, twelve till five, five weeks today. How many guests?",
                     "About eighty. We'll need round tables, twelve of them."),
                    ("Twelve round tables. Catering?",
                     "Sweet Spice Kitchen from Market Street are doing the food. Curry goat, rice and peas, "
                     "the works."),
                    ("Sounds wonderful. Outside caterers need to send us a copy of their food hygiene "
                     "certificate before the day.",
                     "I'll get that from them."),
                    ("And you can use the kitchen for warming food.", "Good. Thank you."),
                ],
                analysis_items(
                    "Main hall booking for the annual lunch",
                    "Winston to send the caterer's food hygiene certificate",
                    "{+35}",
                    "Brookside Over-60s Dominoes Club; treasurer Pearline Grant; 80 guests; caterer Sweet "
                    "Spice Kitchen",
                    "none",
                    first_name="Winston",
                ),
            ),
            Call(
                _HALL, 8, "en", "More guests for the annual lunch",
                "The user, Winston Clarke, called about the dominoes club's annual lunch on {+3}. Numbers "
                "have gone up from 80 to 110 guests, so he asked for fifteen round tables instead of twelve "
                "and access from 10 AM to set up. The agent confirmed the side entrance has a ramp for a "
                "member who uses a wheelchair.",
                [
                    ("Brookside Community Centre, bookings, Jo speaking.",
                     "Jo, it's Winston Clarke. About our lunch in three days."),
                    ("Hello Winston, all ready?",
                     "Nearly. The numbers have gone up, word got round. We're a hundred and ten now."),
                    ("A hundred and ten, that's still fine for the main hall. You'll want more tables then.",
                     "Fifteen round tables, please, instead of twelve."),
                    ("Fifteen. Done.",
                     "And can we get in at ten in the morning to set up? The ladies want to decorate."),
                    ("I'll open up at ten for you.",
                     "One more thing. Cedric, one of our members, is in a wheelchair now since his stroke."),
                    ("The side entrance has a ramp, and there's an accessible toilet right by it.",
                     "Good, I'll tell him. Thank you, Jo."),
                ],
                {"first_name": "Winston"},
            ),
        ],
        questions=[
            Question(_HALL, "How many guests are expected at the annual lunch?",
                     ("110", "hundred and ten"), ("80 guests", "about eighty", "about 80")),
            Question(_HALL, "How many round tables does he need?", ("fifteen", "15 round"),
                     ("twelve round", "12 round")),
            Question(_HALL, "What time can they get in to set up?",
                     ("10 AM", "10am", "ten in the morning", "at ten", "10:00")),
            Question(_HALL, "Which day does the dominoes club meet?", ("Thursday",)),
            Question(_HALL, "Who pays the club's invoices?", ("Pearline",)),
            Question(_HALL, "Who is doing the catering?", ("Sweet Spice",)),
            Question(_HALL, "What must the caterer send beforehand?", ("hygiene",)),
            Question(_HALL, "How many card tables does the club need each week?", ("eight card", "8 card")),
            Question(_HALL, "Is the venue step-free?", ("ramp",)),
            Question(_HALL, "How much is the weekly session?", ("£18", "18 pounds", "eighteen pounds")),
            Question(_HALL, "What is the treasurer's email address?", ()),
            Question(_HALL, "How much is the main hall hire for the lunch?", ()),
            Question(_HALL, "Will there be a band at the lunch?", ()),
        ],
    ),
    # A new donor who moves house.
    Caller(
        number="+447700921736",
        names=("Callum",),
        calls=[
            Call(
                _DONORS, 34, "en", "New donor registration",
                "The user, Callum Reid, called to register as a new blood donor. He had a tattoo five months "
                "ago, which is past the four-month wait. The agent booked his first donation for {+12} at "
                "6:15 PM and told him to eat well beforehand.",
                [
                    ("Westgate Blood Donor Centre, how can I help?",
                     "Hiya, yeah, I've never given blood before and I want to start. Callum Reid."),
                    ("That's great, Callum. A couple of quick eligibility questions. Any tattoos or "
                     "piercings in the last four months?",
                     "I got a tattoo, but it was, um, five months ago? Yeah, five months."),
                    ("Five months is fine, the wait is four months. And your address?",
                     "Flat five, Cavendish Court, Mill Street."),
                    ("Thanks. I can book you for a first donation in twelve days, at quarter past six in the "
                     "evening.",
                     "Evening's good, after work. Quarter past six."),
                    ("Make sure you have a good meal and drink about 500 ml of water before you come.",
                     "Half a litre, got it."),
                ],
                {"first_name": "Callum"},
            ),
            Call(
                _DONORS, 21, "en", "Feeling faint after the first donation",
                "The user, Callum Reid, called the day after his first donation. He felt faint at the end "
                "and has a bruise on his arm. The agent reassured him, noted he should rest longer and drink "
                "more next time, and said he can donate again in twelve weeks. He asked to join the stem "
                "cell register and the agent sent him the swab kit link.",
                [
                    ("Westgate Blood Donor Centre.",
                     "Hi, Callum Reid, I gave blood for the first time yesterday."),
                    ("Thank you so much! How are you feeling?",
                     "Bit embarrassed, to be honest. I went really faint at the end, they had to tip the "
                     "chair back. And I've got a massive bruise on my arm."),
                    ("That happens more than you'd think, especially the first time. Is the bruise painful?",
                     "Just sore. It's going yellow."),
                    ("That's normal. A cold compress helps. Next time we'll note that you should have a "
                     "longer rest and extra fluids. You can donate again in twelve weeks.",
                     "Twelve weeks, okay. Oh, and the nurse mentioned the stem cell register. I'm "
                     "twenty-four, can I join?"),
                    ("Yes, under thirty you can join the stem cell register; I'll send you the swab kit "
                     "link.",
                     "Brilliant, thanks."),
                ],
                {"first_name": "Callum"},
            ),
            Call(
                _DONORS, 3, "en", "Address and contact preference update",
                "The user, Callum Reid, called to update his address from 5 Cavendish Court to 41 Rydal Road "
                "after moving house, and asked for reminders by text message instead of email. The agent "
                "made both changes.",
                [
                    ("Westgate Blood Donor Centre, how can I help?",
                     "Hi, Callum Reid. I've moved house, so can you update my address?"),
                    ("Of course. The old one was 5 Cavendish Court?",
                     "That's it. The new one's forty-one Rydal Road."),
                    ("41 Rydal Road, updated. Anything else?",
                     "Yeah, can you text me reminders instead of emailing? I never check my email."),
                    ("I've switched your reminders to text messages.", "Sound, thanks."),
                ],
                analysis_items(
                    "Address and contact preference update",
                    "",
                    "",
                    "New address 41 Rydal Road; reminders by text",
                    "none",
                    first_name="Callum",
                ),
            ),
        ],
        questions=[
            Question(_DONORS, "What is his current address?", ("41 Rydal", "Rydal Road", "forty-one Rydal"),
                     ("Cavendish",)),
            Question(_DONORS, "How does he want reminders sent?",
                     ("text message", "by text", "texts", "SMS")),
            Question(_DONORS, "What time was his first donation booked for?",
                     ("6:15", "6.15", "quarter past six")),
            Question(_DONORS, "Has he ever passed out?", ("faint",)),
            Question(_DONORS, "How long ago did he get his tattoo?", ("five months", "5 months")),
            Question(_DONORS, "Which register does he want to join?", ("stem cell",)),
            Question(_DONORS, "How soon can he donate again?", ("twelve weeks", "12 weeks")),
            Question(_DONORS, "How much water should he drink before donating?", ("500", "half a litre")),
            Question(_DONORS, "How old is Callum?", ("twenty-four", "24")),
            Question(_DONORS, "What is his blood group?", ()),
            Question(_DONORS, "What is his donor ID?", ()),
            Question(_DONORS, "Which arm was the bruise on?", ()),
        ],
    ),
]  # fmt: skip
