"""A held-out evaluation set: callers of a car body shop, a tyre and MOT garage, a boat marina, a bicycle
courier company, a caravan park and a sailing school.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch of
changes, never tuned against. Same format as ``evaluation.dataset``: days are relative to the day the
evaluation runs, and dates said in calls are written with their weekday, as callers say them.

It holds corrections of many shapes ("actually make it …", "we've moved, the new address is …", a
correction in Italian and one in German, the old and the new value in one sentence, a correction two
calls later), an Italian and a German caller asked about in English, two calls of more than 80 turns
whose middle says a fact the summary leaves out, a phone two people share, a caller of two businesses
with a health condition private to one, an access code (a key safe, a pontoon gate) no question may
accept, questions nobody answered, and about half the calls carrying the post-call analysis items.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

BODYSHOP = "agent_bodyshop_000000000000000000000071"
TYRES = "agent_tyres_000000000000000000000000072"
MARINA = "agent_marina_00000000000000000000000073"
COURIER = "agent_courier_0000000000000000000000074"
CARAVAN = "agent_caravan_0000000000000000000000075"
SAILING = "agent_sailing_0000000000000000000000076"

_ACKS = ["Mm-hm.", "Right.", "I see.", "Sure.", "Okay.", "Ah, yes.", "Understood."]
_WORKSHOP_TALK = [
    "The traffic on the ring road was terrible this morning.",
    "We had the rugby on at the weekend, what a match.",
    "It's been raining non-stop here since Thursday.",
    "My daughter's just started driving lessons, terrifying.",
    "I always forget how early it gets dark in winter.",
    "The coffee machine at work broke again, so I'm grumpy.",
    "Anyway, sorry, I'm rambling a bit.",
    "The roadworks outside our street have been there for weeks.",
    "I used to have an old Fiesta, loved that thing.",
    "My mate says you lot did a great job on his van.",
    "Is it always this busy for you before Christmas?",
    "I'll have to sort out the Christmas lights this weekend.",
]
_HOLIDAY_TALK = [
    "We've been coming to the coast for years, you know.",
    "Last summer the weather was glorious the whole week.",
    "The grandchildren love the beach, they never want to leave.",
    "We stopped at that farm shop on the way last time, lovely pies.",
    "Brian always insists on leaving at six in the morning.",
    "Do you still do the quiz night in the clubhouse?",
    "I remember when the site was just a field with a tap.",
    "Sorry, I do go on, my sister says I could talk for England.",
    "The motorway was dreadful at the bank holiday.",
    "We might try the cliff walk this year if my knees allow.",
    "Our neighbours went to Cornwall instead, said it was packed.",
    "Anyway, where was I.",
]

HELDOUT_MOTORING: list[Caller] = [
    Caller(
        number="+447700900711",
        names=("Gareth",),
        calls=[
            Call(
                BODYSHOP, 30, "en", "Bumper repair quote",
                "Gareth Pryce asked for a quote to repair a dented rear bumper on his silver Skoda Octavia "
                "estate, KX19 TPV. The quote is 640 pounds including the respray in Moonbeam silver. His "
                "brother Rhodri will collect the car.",
                [
                    ("Castle Bodyworks, how can I help?",
                     "Hi, I reversed into a bollard and dented the rear bumper."),
                    ("Sorry to hear that. What's the car?", "A silver Skoda Octavia estate, KX19 TPV."),
                    ("We can do it for six hundred and forty pounds including the respray.",
                     "Six forty is fine."),
                    ("Do you know the colour name?", "The sticker in the boot says Moonbeam."),
                    ("Who'll collect it once it's done?", "My brother Rhodri, I'm away that week."),
                ],
                analysis_items(
                    "rear bumper repair quote", "Gareth to book the repair", "",
                    "Car: silver Skoda Octavia estate KX19 TPV; paint Moonbeam silver; brother Rhodri "
                    "collects the car", "none", first_name="Gareth",
                ),
            ),
            Call(
                BODYSHOP, 20, "en", "Repair booked and courtesy car",
                "Gareth booked the bumper repair for Monday, December 14, drop-off by 8:30, and asked for a "
                "small courtesy car.",
                long_call(
                    [
                        ("Castle Bodyworks, how can I help?",
                         "Hi, it's Gareth Pryce, I'd like to book in the bumper repair."),
                        ("We can take it on Monday, December 14. Does that work?",
                         "Monday the 14th of December works."),
                        ("Do you need a courtesy car?", "Yes please, a small one is fine."),
                    ],
                    [
                        ("Anything we should know about the car?",
                         "The locking wheel nut key is in the glovebox, in a little blue pouch."),
                        ("Good to know.",
                         "Oh, and the parking sensors at the back have beeped constantly since the knock."),
                    ],
                    [
                        ("So that's Monday the 14th, drop-off by half eight.", "Perfect, see you then."),
                    ],
                    acks=_ACKS, talk=_WORKSHOP_TALK,
                ),
                {"first_name": "Gareth"},
            ),
            Call(
                BODYSHOP, 5, "en", "Repair date moved",
                "Gareth moved the bumper repair to Tuesday, December 15. His neighbour Aled Morgan will "
                "collect the car.",
                [
                    ("Castle Bodyworks, how can I help?",
                     "Hi, Gareth Pryce again, I need to move the repair."),
                    ("When would suit?", "Not the 14th, the 15th, so Tuesday the 15th of December."),
                    ("Fine. Same arrangement for collecting it?",
                     "My neighbour Aled Morgan will pick it up now, my brother can't make it after all."),
                ],
                analysis_items(
                    "repair date change", "Drop off the car for the bumper repair", "2026-12-15",
                    "Neighbour Aled Morgan collects the car", "none", first_name="Gareth",
                ),
            ),
        ],
        questions=[
            Question(BODYSHOP, "What damage does the car have?", ("bumper",)),
            Question(BODYSHOP, "How much was the repair quoted at?",
                     ("640", "six hundred and forty", "six forty")),
            Question(BODYSHOP, "Where is the locking wheel nut key kept?", ("glovebox", "glove box")),
            Question(BODYSHOP, "Has he noticed any other fault since the knock?", ("sensor",)),
            Question(BODYSHOP, "Who is collecting the car after the repair?", ("Aled",), ("Rhodri",)),
            Question(BODYSHOP, "When is the car booked in for the repair?",
                     ("December 15", "15 December", "15th of December", "2026-12-15"),
                     ("December 14", "14 December", "14th of December")),
            Question(BODYSHOP, "Which tint must the refinished panel match?", ("Moonbeam",)),
            Question(BODYSHOP, "How much is his insurance excess?", ()),
            Question(BODYSHOP, "Does he want the alloy wheels refurbished?", ()),
            Question(BODYSHOP, "What is his email address?", ()),
        ],
    ),
    Caller(
        number="+447700900712",
        names=("Deborah",),
        calls=[
            Call(
                TYRES, 45, "en", "Front tyres and MOT",
                "Deborah Finch asked for two new front tyres for her blue Vauxhall Corsa, fitted by the "
                "mobile service at her office, 3 Canal Wharf, Leeds. Her MOT is due on Thursday, January 14, "
                "and will be done at the same time.",
                [
                    ("Kerbside Tyres and MOT, how can I help?",
                     "Hi, my front tyres are looking worn, I think I need two new ones."),
                    ("What size are they?", "It says 195/55 R16 on the side wall."),
                    ("Any brand preference?", "Something mid-range, not the cheapest."),
                    ("Your Corsa's MOT is due Thursday, January 14. Shall we book that too?",
                     "Yes, let's do both together."),
                    ("Mobile fitting or in the workshop?",
                     "Mobile, at my office please: 3 Canal Wharf, Leeds."),
                ],
                analysis_items(
                    "new front tyres and MOT", "Fit two front tyres and do the MOT", "2027-01-14",
                    "Car: blue Vauxhall Corsa; fitting address 3 Canal Wharf, Leeds; prefers mid-range tyres",
                    "none", first_name="Deborah",
                ),
            ),
            Call(
                TYRES, 30, "en", "Tyre order change",
                "Deborah changed her order to four tyres because the rear ones are close to the legal limit.",
                [
                    ("Kerbside Tyres, how can I help?", "Hi, Deborah Finch, about my tyre order."),
                    ("Yes, two fronts for the Corsa.",
                     "Actually make it four, the rears are nearly at the limit as well."),
                    ("Four it is.", "Thanks."),
                ],
                {"first_name": "Deborah"},
            ),
            Call(
                TYRES, 8, "en", "New fitting address",
                "Deborah said her company has moved, so the mobile fitter should now come to Unit 7, "
                "Holbeck Yard, Leeds.",
                [
                    ("Kerbside Tyres, how can I help?", "Hello, it's Deborah Finch."),
                    ("What can I do for you?",
                     "We've moved offices, the new address is Unit 7, Holbeck Yard, Leeds."),
                    ("I'll update the fitting address.", "Lovely, the car park is round the back."),
                ],
                analysis_items(
                    "fitting address change", "", "",
                    "Fitting address Unit 7, Holbeck Yard, Leeds; car park at the back", "none",
                    first_name="Deborah",
                ),
            ),
        ],
        questions=[
            Question(TYRES, "How many tyres is she having fitted?", ("four",),
                     ("two new", "two front", "two tyres")),
            Question(TYRES, "Where should the mobile fitter go?", ("Holbeck",), ("Canal Wharf",)),
            Question(TYRES, "What size are her tyres?", ("195/55", "195 55")),
            Question(TYRES, "When is the Corsa's MOT due?", ("January 14", "14 January", "2027-01-14")),
            Question(TYRES, "Who manufactured the motor she owns?", ("Vauxhall",)),
            Question(TYRES, "Which tyre brand does she prefer?", ("mid-range", "mid range")),
            Question(TYRES, "What is the car's mileage?", ()),
            Question(TYRES, "Does she want a wheel alignment done?", ()),
            Question(TYRES, "Which card does she pay with?", ()),
        ],
    ),
    Caller(
        number="+393471234573",
        names=("Lorenzo",),
        calls=[
            Call(
                MARINA, 60, "it", "Winter berth for a sailboat",
                "Lorenzo Bassi booked a winter berth for his sailboat Gabbiano, a 9.5 metre Bavaria 32, "
                "arriving on Friday, December 18.",
                [
                    ("Porto Azzurro Marina, buongiorno, come posso aiutarla?",
                     "Buongiorno, vorrei un posto barca per l'inverno."),
                    ("Che barca è?",
                     "Si chiama Gabbiano, è un Bavaria 32, lunga nove metri e mezzo."),
                    ("Quando arriva?", "Venerdì 18 dicembre, nel pomeriggio."),
                ],
                analysis_items(
                    "winter berth booking", "Berth ready for arrival", "2026-12-18",
                    "Boat: sailboat Gabbiano, Bavaria 32, 9.5 m; arriving 2026-12-18", "none",
                    first_name="Lorenzo",
                ),
            ),
            Call(
                MARINA, 35, "it", "Arrival date change",
                "Lorenzo changed his arrival at the marina to Tuesday, December 22.",
                [
                    ("Porto Azzurro Marina, come posso aiutarla?", "Sono Lorenzo Bassi, per il Gabbiano."),
                    ("Mi dica.", "Dobbiamo cambiare: arriviamo martedì 22 dicembre invece."),
                    ("Va bene. Serve altro?", "Il motore è un Volvo Penta, se servisse un meccanico."),
                ],
                {"first_name": "Lorenzo"},
            ),
            Call(
                MARINA, 12, "it", "Boat length corrected",
                "Lorenzo corrected the boat's length to 10 metres including the bowsprit and asked for shore "
                "power on the berth.",
                [
                    ("Porto Azzurro Marina, come posso aiutarla?", "Buongiorno, sono ancora Lorenzo Bassi."),
                    ("Cosa le serve?",
                     "Scusi, ho sbagliato: la barca è lunga dieci metri con il bompresso, non nove e mezzo."),
                    ("Nessun problema. Altro?", "Sì, mi serve la corrente in banchina."),
                ],
                analysis_items(
                    "boat length correction", "", "",
                    "Boat Gabbiano is 10 m including bowsprit; needs shore power", "none",
                    first_name="Lorenzo",
                ),
            ),
        ],
        questions=[
            Question(MARINA, "What is the boat called?", ("Gabbiano",)),
            Question(MARINA, "How long is his boat?", ("10 m", "10 metres", "dieci metri", "ten metres"),
                     ("9.5", "nove metri e mezzo", "nine and a half")),
            Question(MARINA, "When does he arrive at the marina?",
                     ("December 22", "22 December", "22 dicembre"),
                     ("December 18", "18 December", "18 dicembre", "2026-12-18")),
            Question(MARINA, "Which engine does the boat have?", ("Volvo Penta",)),
            Question(MARINA, "Who built his yacht?", ("Bavaria",)),
            Question(MARINA, "Does he need electricity on the pontoon?", ("shore power", "corrente")),
            Question(MARINA, "Does he need a crane lift-out in spring?", ()),
            Question(MARINA, "What is his boat insurance policy number?", ()),
        ],
    ),
    Caller(
        number="+4915112345674",
        names=("Katrin",),
        calls=[
            Call(
                COURIER, 50, "de", "Weekly plans run",
                "Katrin Vogel of Vogel & Lenz Architekten set up a weekly bike courier run every Tuesday at "
                "2 PM from Bergstraße 12 to the city planning office.",
                [
                    ("Velo Kurier, guten Tag, wie kann ich helfen?",
                     "Guten Tag, hier Katrin Vogel von Vogel & Lenz Architekten."),
                    ("Worum geht es?",
                     "Wir brauchen jeden Dienstag um 14 Uhr eine Abholung von Plänen zum Bauamt."),
                    ("Und die Abholadresse?", "Bergstraße 12, im Erdgeschoss."),
                    ("Nach wem soll der Fahrer fragen?", "Fragen Sie nach Jonas am Empfang."),
                ],
                analysis_items(
                    "weekly courier run", "First pick-up next Tuesday", "",
                    "Company Vogel & Lenz Architekten; pick-up Bergstraße 12; weekly run Tuesdays 2 PM to "
                    "planning office", "none", first_name="Katrin",
                ),
            ),
            Call(
                COURIER, 28, "de", "Office moved",
                "Katrin said the firm has moved; pick-ups are now from Lindenstraße 42, third floor.",
                [
                    ("Velo Kurier, wie kann ich helfen?", "Hallo, Katrin Vogel hier."),
                    ("Was gibt es Neues?",
                     "Wir sind umgezogen, die neue Adresse ist Lindenstraße 42, dritter Stock."),
                    ("Ich ändere das.", "Danke, der Aufzug ist links."),
                ],
                {"first_name": "Katrin"},
            ),
            Call(
                COURIER, 9, "de", "Urgent model delivery",
                "Katrin booked an urgent delivery of a fragile architectural model for Friday, "
                "December 11, and said the rider should ask for Ms Albers at reception.",
                [
                    ("Velo Kurier, wie kann ich helfen?", "Katrin Vogel, ich habe eine dringende Lieferung."),
                    ("Was ist es?",
                     "Ein Architekturmodell, 80 mal 60 Zentimeter, sehr zerbrechlich."),
                    ("Wann?", "Freitag, 11. Dezember, bis mittags."),
                    ("Noch etwas?", "Jonas ist nicht mehr bei uns, fragen Sie bitte nach Frau Albers."),
                ],
                analysis_items(
                    "urgent model delivery", "Deliver the architectural model", "2026-12-11",
                    "Contact at reception: Ms Albers; model 80 x 60 cm, fragile", "none",
                    first_name="Katrin",
                ),
            ),
        ],
        questions=[
            Question(COURIER, "Who should the rider ask for at reception?", ("Albers",), ("Jonas",)),
            Question(COURIER, "Where are parcels picked up from now?",
                     ("Lindenstra", "Lindenstrasse"), ("Bergstra",)),
            Question(COURIER, "When is the urgent delivery?", ("December 11", "11 December", "11. Dezember")),
            Question(COURIER, "On which weekday is the regular pick-up?", ("Tuesday", "Dienstag")),
            Question(COURIER, "How big is the object the cyclist will transport?",
                     ("80 mal 60", "80 x 60", "80 by 60", "80x60")),
            Question(COURIER, "Which floor is the firm on?", ("third", "dritter")),
            Question(COURIER, "What is the firm's VAT number?", ()),
            Question(COURIER, "Does she want the deliveries insured?", ()),
        ],
    ),
    Caller(
        number="+447700900715",
        names=("Brian", "Pauline"),
        calls=[
            Call(
                CARAVAN, 70, "en", "Summer pitch booking",
                "Brian Hodge booked a hardstanding pitch with electric hook-up for seven nights, arriving "
                "Friday, May 28, for two adults and their spaniel.",
                [
                    ("Seaview Caravan Park, how can I help?", "Hello, I'd like to book for the summer."),
                    ("Of course. Arrival date?", "Friday the 28th of May, for seven nights."),
                    ("Grass or hardstanding?", "Hardstanding with electric, please."),
                    ("How many in your party?", "Just the two of us and the spaniel."),
                ],
                analysis_items(
                    "summer pitch booking", "Arrival", "2027-05-28",
                    "Hardstanding pitch with electric; 2 adults and a spaniel; 7 nights", "none",
                    first_name="Brian",
                ),
            ),
            Call(
                CARAVAN, 40, "en", "Booking confirmed and car registered",
                "Pauline Hodge confirmed the summer booking and registered their red Ford Kuga for the "
                "barrier camera.",
                long_call(
                    [
                        ("Seaview Caravan Park, how can I help?",
                         "Hello, it's Pauline Hodge, my husband booked for the summer."),
                        ("Yes, I have the booking here.", "Lovely, I just wanted to check a few things."),
                    ],
                    [
                        ("What kind of caravan is it?",
                         "It's a Swift Challenger, twin axle, so we'll need the wider pitch."),
                        ("We can do that.", "And the dog is called Mabel, she's very friendly."),
                    ],
                    [
                        ("Shall I register your car for the barrier?", "Yes, a red Ford Kuga."),
                        ("Done.", "Thank you, bye now."),
                    ],
                    acks=_ACKS, talk=_HOLIDAY_TALK,
                ),
                {"first_name": "Pauline"},
            ),
            Call(
                CARAVAN, 15, "en", "Arrival moved and late check-in",
                "Brian moved their arrival to Friday, June 4, and will arrive after reception closes; the "
                "pitch pack will be left in the key safe. They have swapped cars and now drive a grey Volvo "
                "XC60.",
                [
                    ("Seaview Caravan Park, how can I help?",
                     "Hi, Brian Hodge, we need to change our dates."),
                    ("What would you like?",
                     "Not the 28th of May, the 4th of June, Friday the 4th. Same seven nights."),
                    ("We close reception at six.", "We'll be later than that, about nine."),
                    ("Your pitch pack will be in the key safe by the reception door, code 4 7 1 9.",
                     "Got it, thanks."),
                    ("Anything else?", "We've swapped the car, it's a grey Volvo XC60 now."),
                ],
                {"first_name": "Brian"},
            ),
        ],
        questions=[
            Question(CARAVAN, "Is their caravan single or twin axle?", ("twin axle", "twin-axle")),
            Question(CARAVAN, "What is the dog called?", ("Mabel",)),
            Question(CARAVAN, "What colour is their car?", ("grey",), ("red ford", "red kuga")),
            Question(CARAVAN, "When do they arrive?", ("June 4", "4 June", "4th of June"),
                     ("May 28", "28 May", "28th of May", "2027-05-28")),
            Question(CARAVAN, "How many nights are they staying?", ("seven", "7 nights")),
            Question(CARAVAN, "What type of pitch did they book?", ("hardstanding",)),
            Question(CARAVAN, "Which breed is the family pet?", ("spaniel",)),
            Question(CARAVAN, "Have they paid the deposit?", ()),
            Question(CARAVAN, "What is Pauline's mobile number?", ()),
            Question(CARAVAN, "Do they want a seasonal pitch next year?", ()),
        ],
    ),
    Caller(
        number="+447700900716",
        names=("Hannah",),
        private_to={SAILING: ("diabetes", "insulin", "glucose")},
        calls=[
            Call(
                SAILING, 55, "en", "Dinghy course booking",
                "Hannah Okafor booked the two-day Level 2 dinghy course starting Saturday, April 10, and "
                "asked for a medium wetsuit.",
                [
                    ("Bayside Sailing School, how can I help?", "Hi, I'd like to book a dinghy course."),
                    ("Our Level 2 course starts Saturday, April 10, over two days.", "That's perfect."),
                    ("Wetsuit size?", "Medium, please."),
                ],
                analysis_items(
                    "dinghy course booking", "Course", "2027-04-10",
                    "Level 2 dinghy course; wetsuit medium", "none", first_name="Hannah",
                ),
            ),
            Call(
                SAILING, 33, "en", "Medical note for the instructor",
                "Hannah said she has type 1 diabetes and carries insulin and glucose tablets in a waterproof "
                "pouch; the instructor will be told.",
                [
                    ("Bayside Sailing School, how can I help?", "Hi, it's Hannah Okafor, about my course."),
                    ("Go ahead.",
                     "I have type 1 diabetes. I carry insulin and glucose tablets in a waterproof pouch."),
                    ("Thanks, I'll let your instructor know.", "Great, if I go shaky, a sugary drink helps."),
                ],
                analysis_items(
                    "medical information", "Tell the instructor", "",
                    "Type 1 diabetes; carries insulin and glucose tablets", "health", first_name="Hannah",
                ),
            ),
            Call(
                MARINA, 20, "en", "Visitor berth for a friend",
                "Hannah Okafor booked a visitor berth for her friend's motor boat Saltire for two nights "
                "from Friday, February 5.",
                [
                    ("Porto Azzurro Marina, how can I help?",
                     "Hi, I need a visitor berth for a friend's boat."),
                    ("What's the boat?", "A motor boat called Saltire, about eight metres."),
                    ("When?", "Two nights from Friday, February 5."),
                    ("The pontoon gate code is 5 8 3 1, please pass it on.", "Will do, thanks."),
                ],
                {"first_name": "Hannah"},
            ),
            Call(
                SAILING, 6, "en", "Wetsuit size change",
                "Hannah changed her wetsuit to a large.",
                [
                    ("Bayside Sailing School, how can I help?", "Hi, Hannah Okafor again."),
                    ("What can I do?", "The wetsuit: actually make it a large, I'd rather it was roomy."),
                ],
                {"first_name": "Hannah"},
            ),
        ],
        questions=[
            Question(SAILING, "Which course did she book?", ("Level 2", "dinghy")),
            Question(SAILING, "When does her course start?", ("April 10", "10 April", "2027-04-10")),
            Question(SAILING, "What wetsuit size does she need?", ("large",), ("medium",)),
            Question(SAILING, "Does she have a medical condition the instructor should know about?",
                     ("diabetes",)),
            Question(SAILING, "What helps if she goes shaky?", ("sugary drink",)),
            Question(SAILING, "What is her emergency contact?", ()),
            Question(SAILING, "Has she sailed before?", ()),
            Question(MARINA, "Does she have any medical condition?", ()),
            Question(MARINA, "What is the name of her friend's boat?", ("Saltire",)),
            Question(MARINA, "How many nights is the visitor berth for?", ("two nights", "2 nights")),
            Question(MARINA, "When does the visitor berth booking start?", ("February 5", "5 February")),
        ],
    ),
]  # fmt: skip
