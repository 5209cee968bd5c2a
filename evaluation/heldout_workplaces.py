"""A held-out memory set: callers of eight businesses that serve other businesses, as ElevenLabs would
report them.

A commercial office cleaning contractor, an office furniture supplier, a payroll bureau, a courier
company's business account desk, a printer and copier leasing company, a trade-show stand builder, a
corporate caterer and a security guard agency, all in Montreal. Nine callers, 30 calls: a Spanish olive-oil
exporter and a French event coordinator asked about in English, two colleagues of an estate agency sharing
one office phone, an agency owner who rings the payroll bureau about a cash-flow crisis and a garnished
employee (the bureau's alone, never the caterer's) and the caterer about a team lunch, three calls of 84
exchanges whose middle holds facts no summary or analysis item repeats, corrections (cleaning evenings, a
delivery address, a pay day, a pickup time, a stand number, a guard's shift, a headcount), a key safe, two
alarms, a yard gate and a side door whose codes no answer may give, and about half of the calls with the
post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or "none" for a
plainly private call, a code copied into the facts, a value left in the call's language, a date left
empty), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

CLEANING = "agent_work_cleaning_0000000000000291"
FURNITURE = "agent_work_furniture_000000000000292"
PAYROLL = "agent_work_payroll_00000000000000293"
COURIER = "agent_work_courier_00000000000000294"
COPIERS = "agent_work_copiers_00000000000000295"
STANDS = "agent_work_stands_000000000000000296"
CATERING = "agent_work_catering_0000000000000297"
GUARDS = "agent_work_guards_000000000000000298"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_CLEANING_ACKS = [
    "Mm-hm.", "Ha, I hear you.", "Oh no.", "Right.", "Totally.", "No rush.", "Oh, for sure.", "Yeah.",
    "Ha!", "That's fair.", "I bet.", "Sure.",
]  # fmt: skip
_CLEANING_TALK = [
    "The old company, honestly, they'd leave the vacuum plugged in in the middle of the floor. Overnight.",
    "Yeah.",
    "And once they started the coffee machine descaling and just left. We came in to a puddle.",
    "Sorry, I'm venting. It's been a long year.",
    "Mm.",
    "Do you guys do a lot of offices in Griffintown? It's all condos now.",
    "We moved here from Old Montreal three years ago. I miss the cobblestones, not the tourists.",
    "Ha, yeah.",
    "The partners are, uh, they're particular. Architects, you know.",
    "Everything has to be at right angles. Even the coffee mugs.",
    "I'm kidding. Mostly.",
    "Okay.",
    "Did you see the snow last week? In April. Classic Montreal.",
    "My kid had a snow day and I had to bring him in. He spent the whole day drawing on the whiteboard.",
    "Now he wants to be an architect. Don't tell the partners, they'll put him to work.",
    "Mm-hm.",
    "Sorry, somebody's waving at me. No, it's fine, they want the boardroom.",
    "Where was I?",
    "Right, right.",
    "We're not messy people, really. It's mostly the kitchen.",
    "Somebody keeps microwaving fish. I have a suspect.",
    "Ha, no, I won't name names.",
    "Yeah.",
    "The washrooms are the big thing. People notice the washrooms.",
    "If the washrooms are nice, nobody complains about anything else.",
    "Do your crews speak French and English? Not that it matters for cleaning, I'm just curious.",
    "Oh nice.",
    "I grew up in Moncton, so my French is, uh, Chiac. People laugh at me.",
    "Ha, it's true.",
    "Okay.",
    "The Habs were terrible again, did you watch?",
    "Don't get me started.",
    "My father-in-law has had season tickets since the Forum. He still calls the new place the Forum.",
    "Yeah, yeah.",
    "Sorry, where was I. The list.",
    "I wrote everything on a sticky note and now I can't read my own handwriting.",
    "An architecture office and the office manager has the worst handwriting. Figures.",
    "Mm.",
    "Honestly I just want one less thing to worry about.",
    "It's a good office. Nice people. Big windows.",
    "The light in the afternoon is amazing, that's why the partners picked the place.",
    "Sure.",
    "Okay, yeah.",
    "You must hear horror stories all the time.",
    "Ha. I believe it.",
    "We had a mouse once. One mouse. People still talk about it.",
    "They gave it a name. I'm not telling you the name, it's embarrassing.",
    "Right.",
    "Uh-huh.",
    "Sorry, my coffee's gone cold. Anyway.",
    "Okay.",
    "I think the partners will be happy. That's the main thing.",
    "Yeah.",
    "Sure, sure.",
    "That makes sense.",
    "Okay, good.",
    "Mm-hm.",
    "Right.",
    "Great.",
    "Yep.",
    "Ha, okay.",
    "Totally.",
    "Go on.",
    "Yes.",
    "Sounds good.",
]
_COURIER_ACKS = [
    "Yeah.", "Ha, for sure.", "Right.", "Mm-hm.", "Oh nice.", "Totally.", "No kidding.", "Okay.", "Ha!",
    "Sure.", "I hear you.", "Makes sense.",
]  # fmt: skip
_COURIER_TALK = [
    "We sell home stuff, mostly. Mugs, linens, candles, that kind of thing. All online.",
    "Yeah.",
    "We started in my boss's basement in Rosemont, like, four years ago.",
    "Now we've got the warehouse and it's still not big enough.",
    "November is insane. Black Friday, we basically live here.",
    "Ha, yeah.",
    "The last courier, man, they'd show up at six when we're locking up.",
    "Or not at all. One time not at all for three days.",
    "So, yeah, I'm hoping this goes better.",
    "No offence to them, they were nice guys. Just, you know.",
    "Mm.",
    "The Pie-IX construction is killing me, by the way. The bus lane thing.",
    "It took me fifty minutes to get in this morning. Fifty.",
    "I should bike. I say that every year.",
    "Okay.",
    "Sorry, one of the guys is asking me something. No, the big boxes. The big ones. Okay.",
    "Sorry about that.",
    "We've got a warehouse cat, by the way. She's not ours, she just showed up one day.",
    "She sleeps on the bubble wrap. Every day.",
    "Ha, yeah, she's the real manager.",
    "Sure.",
    "Do you get a lot of small businesses calling? Or is it mostly big accounts?",
    "Oh, cool.",
    "My cousin drives for a courier in Toronto. Different company.",
    "He says the 401 is a parking lot, always.",
    "Yeah, yeah.",
    "I did a year of logistics at Concordia before I dropped out. Still use it, though.",
    "Honestly, most of this job is just Excel.",
    "Ha. Right?",
    "Okay, where was I.",
    "The guys are great, though. Small team, everybody does everything.",
    "Mm-hm.",
    "We had a whole shipment of candles melt last summer. In a truck. Not yours, a freight company.",
    "The truck smelled like vanilla for a week, the driver said.",
    "Ha, true.",
    "Sorry, I'm rambling, it's been a long morning.",
    "I've had like four coffees.",
    "Okay.",
    "Do your drivers have those handheld scanners? The ones that print?",
    "Nice, that'll save us time.",
    "Right.",
    "And the labels, we print them from the portal, right? The online thing?",
    "Perfect, we've got a thermal printer already.",
    "Yeah.",
    "Okay, good, good.",
    "The Expos should come back, man. I'm just saying.",
    "My dad still has the cap. The old tricolour one.",
    "Ha, yeah.",
    "Okay, sorry. Focus, Kwame.",
    "Sure.",
    "That makes sense.",
    "Mm.",
    "Okay.",
    "Right, right.",
    "Yep.",
    "Cool.",
    "Got it.",
    "Uh-huh.",
    "For sure.",
    "Okay, yeah.",
    "Sounds good.",
    "Ha, okay.",
    "Yes.",
    "Great.",
    "Alright.",
]
_GUARDS_ACKS = [
    "Mm-hm.", "I understand.", "Of course.", "Right.", "Yes.", "Ha, I see.", "Certainly.", "Okay.",
    "That's fair.", "Sure.", "Go on.", "Ha!",
]  # fmt: skip
_GUARDS_TALK = [
    "I've been managing this building for six years now. It's a lovely old tower, but it has its moods.",
    "The elevators, mostly. They're being modernized, one at a time, and it's taking forever.",
    "Yes.",
    "The tenants complain about the temperature every single day. Too hot, too cold.",
    "On the same floor. At the same time.",
    "Ha, yes.",
    "I come in from Laval on the REM now, it's actually been wonderful.",
    "Twenty-two minutes, almost door to door.",
    "Mm.",
    "The food court downstairs closed during the pandemic and never really came back.",
    "There's a coffee place, that's it. The line is out the door at eight thirty.",
    "Sorry, I'm giving you my whole life story.",
    "Right.",
    "The previous agency was fine, honestly. The problem was turnover.",
    "A new face every week. The tenants never knew who was at the desk.",
    "I want the same people, as much as possible. That matters to me.",
    "Yes, exactly.",
    "We had a film crew shoot in the lobby last year. Some series. They loved the marble.",
    "They left glitter everywhere. I'm still finding it.",
    "Ha, yes.",
    "Okay.",
    "My husband says I talk about this building more than about our kids.",
    "He's not wrong.",
    "Mm-hm.",
    "The winter is the worst. The revolving door freezes, the salt gets everywhere.",
    "We go through a ridiculous amount of salt.",
    "Of course.",
    "Do your guards do first aid? I assume so.",
    "Good. We had someone faint in the lobby once, and the guard was wonderful.",
    "Sure.",
    "Sorry, my other line. No, it can wait.",
    "Where was I?",
    "Right, yes.",
    "The lobby has a grand piano. Nobody plays it. It's for looks.",
    "Once a year there's a Christmas concert and someone finally plays it.",
    "Yes.",
    "I'm rambling, I apologize.",
    "Not at all, I know you're busy.",
    "Mm.",
    "Okay.",
    "The parking garage is a maze. You'll want to walk it with the guard the first night.",
    "Ha, yes.",
    "People lose their cars down there every week.",
    "Okay, yes.",
    "Right.",
    "My daughter wants to be a police officer. I'm not sure how I feel about it.",
    "She's seventeen, she'll change her mind five times.",
    "Yes, of course.",
    "Okay.",
    "Sure.",
    "I see.",
    "Mm-hm.",
    "Yes.",
    "That sounds right.",
    "Good.",
    "Right.",
    "Okay, good.",
    "Yes, exactly.",
    "Perfect.",
    "Mm.",
    "Understood.",
    "Go ahead.",
    "Yes, I'm here.",
    "Fine.",
    "All right.",
]


HELDOUT_WORKPLACES: list[Caller] = [
    # An architects' office manager: a long set-up call whose middle holds three facts and a key safe code,
    # the cleaning evenings, start time and price changed later, an alarm code copied into the facts.
    Caller(
        number="+14385551201",
        names=("Wendell",),
        calls=[
            Call(
                CLEANING, 80, "en", "Evening office cleaning contract",
                "The user, Wendell Price, office manager at Bellwood Architects, asked for evening office "
                "cleaning at 1175 Rue Wellington, fourth floor, about 6,500 square feet. The crew will clean "
                "on Monday, Wednesday and Friday evenings after 6:30 PM with fragrance-free products, for "
                "$1,850 a month, starting {+10}. The crew will get in with the key safe by the loading dock. "
                "Wendell chatted about the office and the previous cleaning company.",
                long_call(
                    [
                        ("Spotless Commercial Cleaning, Joelle speaking, how can I help?",
                         "Hi, yes, hello. Uh, I'm calling because we need a new— we need a new cleaning "
                         "company for our office. The current one is, let's just say it's not working out."),
                        ("Oh no, sorry to hear that. I'd be happy to help. Can I get your name?",
                         "Wendell Price. That's W-E-N-D-E-L-L. I'm the office manager at Bellwood "
                         "Architects."),
                        ("Thanks, Wendell. And where's the office?",
                         "Eleven seventy-five Rue Wellington, in Griffintown. Fourth floor, the whole "
                         "floor."),
                        ("Great. Roughly how big is the space?",
                         "It's about sixty-five hundred square feet. Open plan mostly, plus a boardroom, a "
                         "kitchen, two washrooms and, uh, the model room."),
                        ("And how often were you thinking?",
                         "Three evenings a week. Monday, Wednesday and Friday, after six thirty, that's when "
                         "most people have cleared out."),
                        ("That works for us. How would our team get in?",
                         "There's a key safe by the loading dock door, on the lane side. The key safe code "
                         "is 5 2 8 1. The fob for the fourth floor is inside."),
                        ("Got it, that'll go on the crew's job sheet only. Any product preferences?",
                         "Fragrance-free, please. Everything. The last company used some lemon stuff and "
                         "people complained for weeks."),
                        ("Noted, fragrance-free across the board.",
                         "Okay, um, let me look at my notes, I wrote some things down."),
                    ],
                    [
                        ("Take your time.",
                         "So, the model room. There's a big table in there with the scale models of the "
                         "projects. Please, please don't dust them or move them, they're balsa and they just "
                         "fall apart. Vacuum around the table and that's it."),
                        ("Understood, nobody touches the models.",
                         "And there's a fiddle-leaf fig in reception, it's the partners' baby. Water it on "
                         "Fridays only, one litre, no more, it's been drowned before."),
                        ("One litre on Fridays.",
                         "Oh, and the grey shredding console by the printer, leave it alone, a company "
                         "called Déchiq-Pro empties it once a month. It's locked anyway."),
                    ],
                    [
                        ("Perfect. So three evenings a week at that size, we'd be at eighteen hundred and "
                         "fifty dollars a month, all supplies included.",
                         "Eighteen fifty. That's, yeah, that's less than we pay now, honestly."),
                        ("We could start in ten days.",
                         "Ten days. Yes. Our contract with the other crowd ends before that, so that's "
                         "perfect."),
                        ("I'll email the service agreement. What's the best address?",
                         "Send it to me, wendell at bellwood architects dot ca. One word, "
                         "bellwoodarchitects."),
                        ("Will do. Anything else?",
                         "No, I think that's it. Thanks for being so patient, I know I went on a bit."),
                        ("Not at all, Wendell. Talk soon!", "Bye now."),
                    ],
                    acks=_CLEANING_ACKS,
                    talk=_CLEANING_TALK,
                ),
                {"first_name": "Wendell"},
            ),
            Call(
                CLEANING, 52, "en", "Missed bins and a new cleaning schedule",
                "Wendell Price reported that the boardroom bins were not emptied on Wednesday night before a "
                "client meeting; the agent will have the supervisor check the boardroom on every visit. He "
                "moved the cleaning to Tuesday, Thursday and Friday evenings, after 7:30 PM.",
                [
                    ("Spotless Commercial Cleaning, Joelle speaking.",
                     "Hi Joelle, it's Wendell from Bellwood Architects. Um, two things."),
                    ("Hi Wendell! Go ahead.",
                     "First, the boardroom bins weren't emptied Wednesday night. We had a client in "
                     "Thursday morning and there was, uh, a banana peel. Not great."),
                    ("I'm so sorry. I'll have the supervisor check the boardroom every visit.",
                     "Thanks. Second thing, bigger. Can we switch the days? Mondays are a problem now, the "
                     "partners have a late design review every Monday."),
                    ("Sure, which evenings would suit?", "Tuesday, Thursday and Friday. Same three visits, "
                     "just shifted."),
                    ("Tuesday, Thursday, Friday, done.",
                     "And, uh, can they come later? Like after seven thirty instead of six thirty. People "
                     "are here later than I thought."),
                    ("After seven thirty, no problem.", "Great. That's it. Sorry to be a pain."),
                    ("Not at all!", "Thanks, bye."),
                ],
                analysis_items(
                    "Missed bins and schedule change",
                    "Supervisor to check the boardroom bins on every visit",
                    "", "Cleaning Tuesday, Thursday and Friday evenings; crew to arrive after 7:30 PM",
                    "none",
                    first_name="Wendell",
                ),
            ),
            Call(
                CLEANING, 20, "en", "New alarm and carpet deep clean",
                "Wendell said the building installed a new alarm system, which the cleaning crew set off the "
                "night before, and gave the new alarm code. Bellwood Architects has taken the fifth floor "
                "too, suite 500, so from next month the crew will clean both floors for $2,400 a month. A "
                "deep clean of the fourth-floor carpets is booked for {+12}.",
                [
                    ("Spotless Commercial Cleaning, Joelle speaking.",
                     "Hey Joelle, Wendell at Bellwood. So, uh, your crew set off the alarm last night. Not "
                     "their fault! We had a new alarm put in and nobody told you."),
                    ("Oh, okay. Thanks for letting us know.",
                     "Yeah, the building put in a new system. The alarm code is 3 9 0 6, it's the panel "
                     "just inside our door, on the left."),
                    ("Got it, I'll update the job sheet.",
                     "Thanks. Also, good news, we've taken the fifth floor too, suite five hundred. From "
                     "next month you'd be doing both floors."),
                    ("Congratulations! For both floors the monthly price would go to twenty-four hundred "
                     "dollars.", "Twenty-four hundred. Yeah, the partners already approved up to that."),
                    ("And you mentioned the carpets?",
                     "Yes! Can you do a deep clean of the fourth-floor carpets? Somebody dropped an entire "
                     "tray of espresso at the holiday party, it's still there."),
                    ("We have a crew free in twelve days, during the day.",
                     "Perfect, I'll put a sign up so people stay off it."),
                    ("Great, see you then.", "Thanks Joelle."),
                ],
                analysis_items(
                    "Alarm code and carpet deep clean", "Deep clean of the fourth-floor carpets", "{+12}",
                    "New alarm code 3906; adding the fifth floor, suite 500; monthly price $2,400", "none",
                    first_name="Wendell",
                ),
            ),
        ],
        questions=[
            Question(CLEANING, "Which evenings does the crew clean?", ("tuesday",), ("monday",)),
            Question(CLEANING, "What time can the cleaners start?", ("7:30", "seven thirty"),
                     ("6:30", "six thirty")),
            Question(CLEANING, "How much does the contract cost per month?",
                     ("2,400", "twenty-four hundred"), ("1,850", "eighteen fifty")),
            Question(CLEANING, "What must the crew never dust or move?", ("scale models", "balsa")),
            Question(CLEANING, "How much water does the plant in reception get?", ("one litre",)),
            Question(CLEANING, "Which plant is in reception?", ("fiddle-leaf",)),
            Question(CLEANING, "Who takes care of the shredder?", ("déchiq-pro",)),
            Question(CLEANING, "Where is the key safe?", ("loading dock",)),
            Question(CLEANING, "What's the key safe code?", ()),
            Question(CLEANING, "What's the new alarm code?", ()),
            Question(CLEANING, "When is the carpet deep clean?", _day(20, 12)),
            Question(CLEANING, "When did he complain about the boardroom bins?", _day(52)),
            Question(CLEANING, "Which room's bins were missed?", ("boardroom",)),
            Question(CLEANING, "How big is the office?", ("6,500", "sixty-five hundred")),
            Question(CLEANING, "Which suite are they adding?", ("suite 500", "suite five hundred")),
            Question(CLEANING, "What kind of cleaning products do they want?", ("fragrance-free",)),
            Question(CLEANING, "What stained the carpet?", ("espresso",)),
            Question(CLEANING, "Where should the service agreement be emailed?", ("bellwoodarchitects",)),
            Question(CLEANING, "Whereabouts is the workplace?",
                     ("1175", "wellington", "eleven seventy-five")),
            Question(CLEANING, "Why can't the crew come on Mondays anymore?", ("design review",)),
            Question(CLEANING, "What did the office name the mouse?", ()),
            Question(CLEANING, "What's the name of Wendell's son?", ()),
            Question(CLEANING, "How much will the carpet deep clean cost?", ()),
            Question(CLEANING, "How many people work at Bellwood?", ()),
            Question(CLEANING, "Who is the building's property manager?", ()),
            Question(CLEANING, "Do they want their windows cleaned too?", ()),
        ],
    ),
    # A start-up's operations lead: facts in the turns only (the freight elevator, the dock notice), the
    # chairs, the delivery address, the date and the dock notice changed; a finance category that misfires
    # and a date left empty.
    Caller(
        number="+14385551202",
        names=("Shauna",),
        calls=[
            Call(
                FURNITURE, 60, "en", "Quote for desks and chairs",
                "The user, Shauna Whitlock from the software company Quillfeather, asked for a quote for 24 "
                "sit-stand desks (1600 x 800 mm, white tops, black frames) and 24 Halden mesh chairs, "
                "delivered and assembled at 2020 Rue University, suite 1410. The agent will email a quote.",
                [
                    ("Ergoform Office Furniture, Kabir speaking.",
                     "Hi! Um, hi, yes, I'm looking for a quote for, like, a whole office. Well, desks and "
                     "chairs."),
                    ("Love that. Who am I speaking with?",
                     "Shauna Whitlock, S-H-A-U-N-A, I do operations at Quillfeather. We're a software "
                     "company."),
                    ("Great. What do you need?",
                     "Twenty-four sit-stand desks, and twenty-four chairs. The desks, um, sixteen hundred "
                     "by eight hundred, white tops, black frames."),
                    ("And for chairs, our most popular is the Halden, with the mesh back.",
                     "Yeah, the Halden mesh is the one I sat in at the showroom, that's good."),
                    ("Where would it all be going?",
                     "Twenty twenty Rue University, suite fourteen ten. Fourteenth floor."),
                    ("Any building restrictions for delivery?",
                     "Oh, yes, the freight elevator's only ours before nine in the morning, and the "
                     "building wants forty-eight hours' notice to book the loading dock."),
                    ("Good to know. We'd include assembly too.",
                     "Perfect, we have zero people who can build furniture, trust me."),
                    ("I'll send the quote by email today.", "Thanks, Kabir!"),
                ],
                {"first_name": "Shauna"},
            ),
            Call(
                FURNITURE, 30, "en", "Order confirmed",
                "Shauna Whitlock confirmed the Quillfeather order under PO-7734 for $31,680 including "
                "delivery and assembly: 24 sit-stand desks and 24 upholstered Halden chairs in charcoal "
                "fabric. Delivery is scheduled for {+32} in the morning.",
                [
                    ("Ergoform Office Furniture, Kabir speaking.",
                     "Hi Kabir, Shauna from Quillfeather. We're good to go on the quote!"),
                    ("Excellent. I'll need a purchase order number.", "P O seven seven three four. PO-7734."),
                    ("Got it. The total is thirty-one thousand six hundred and eighty dollars with delivery "
                     "and assembly.", "Thirty-one six eighty, yep, that matches."),
                    ("Anything to change before I place it?",
                     "Yes, actually, the chairs. The team voted, and, um, they want the upholstered Halden, "
                     "in the charcoal fabric, not the mesh. Is it the same price?"),
                    ("Same price, the upholstered Halden in charcoal.",
                     "Great. And monitor arms, do you do those? We might add some later."),
                    ("We do, I can send you some options.", "Later, later. Not now."),
                    ("Delivery would be in thirty-two days, in the morning.",
                     "Before nine, remember, for the elevator."),
                    ("Noted.", "Thanks!"),
                ],
                analysis_items(
                    "Order confirmation", "Deliver and assemble the desks and chairs", "{+32}",
                    "PO-7734; total $31,680; 24 sit-stand desks; 24 Halden chairs", "finance",
                    first_name="Shauna",
                ),
            ),
            Call(
                FURNITURE, 9, "en", "Delivery address and date change",
                "Shauna said Quillfeather is moving, so the furniture will now be delivered to 1 Place Ville "
                "Marie, suite 2350, on the 23rd floor. Delivery was moved to {+15}.",
                [
                    ("Ergoform Office Furniture, Kabir speaking.",
                     "Kabir, hi, it's Shauna. Okay, so, big news, we're not staying on University. We "
                     "signed a lease at Place Ville Marie."),
                    ("Oh wow! So the delivery address changes?",
                     "Yes. One Place Ville Marie, twenty-third floor, suite twenty-three fifty. 2350."),
                    ("And the date? We had you in eleven days.",
                     "Could we push it four days? The movers bring all our stuff that week, so, um, fifteen "
                     "days from now?"),
                    ("I can do fifteen days from now.",
                     "Perfect. And same thing, the building wants notice for the dock, but here it's "
                     "seventy-two hours. There's no time limit on the elevator, though."),
                    ("I'll book it with their security desk. Anything else?",
                     "No, that's it. Thank you, you're a lifesaver."),
                ],
                analysis_items(
                    "Delivery address change", "Deliver to the new office at Place Ville Marie", "",
                    "New address 1 Place Ville Marie, suite 2350", "none", first_name="Shauna",
                ),
            ),
        ],
        questions=[
            Question(FURNITURE, "Where is the furniture being delivered?", ("place ville marie",),
                     ("rue university", "suite 1410", "suite fourteen ten")),
            Question(FURNITURE, "When is the delivery?", _day(9, 15), _day(30, 32)),
            Question(FURNITURE, "Which chairs did they go with?", ("upholstered", "charcoal"), ("mesh",)),
            Question(FURNITURE, "How many desks are they getting?", ("24", "twenty-four")),
            Question(FURNITURE, "What's the purchase order number?", ("po-7734", "seven seven three four")),
            Question(FURNITURE, "What's the order total?", ("31,680", "thirty-one six eighty")),
            Question(FURNITURE, "How much notice does the building need to book the loading dock?",
                     ("seventy-two",), ("forty-eight",)),
            Question(FURNITURE, "Until what time could they use the goods lift at the old building?",
                     ("before nine",)),
            Question(FURNITURE, "What size are the desks?",
                     ("1600 x 800", "sixteen hundred by eight hundred")),
            Question(FURNITURE, "What colour are the desktops?", ("white tops",)),
            Question(FURNITURE, "Which suite are they moving into?", ("2350", "twenty-three fifty")),
            Question(FURNITURE, "When did she confirm the order?", _day(30)),
            Question(FURNITURE, "Is assembly included?", ("delivery and assembly",)),
            Question(FURNITURE, "What line of business is her employer in?", ("software",)),
            Question(FURNITURE, "Who does she work for?", ("quillfeather",)),
            Question(FURNITURE, "Which monitor arms did they choose?", ()),
            Question(FURNITURE, "What's the CEO's name?", ()),
            Question(FURNITURE, "What's the warranty on the desks?", ()),
            Question(FURNITURE, "What's Shauna's phone extension?", ()),
            Question(FURNITURE, "Which moving company are they using?", ()),
            Question(FURNITURE, "How long is their lease at Place Ville Marie?", ()),
            Question(FURNITURE, "How much is the delivery charge on its own?", ()),
        ],
    ),
    # An agency owner of a payroll bureau and a caterer: her cash-flow crisis and a garnished employee are
    # the bureau's alone (its analysis says "none"); pay day, cut-off and headcount corrected; the lunch's
    # headcount and menu changed.
    Caller(
        number="+14385551203",
        names=("Gemma",),
        private_to={
            PAYROLL: (
                "overdraft", "garnish", "revenu québec", "payment arrangement", "sokolov", "court order",
            ),
        },
        calls=[
            Call(
                PAYROLL, 45, "en", "Payroll onboarding",
                "The user, Gemma Thorncroft, owner of Lanterne Creative, set up payroll for 14 employees "
                "paid "
                "every two weeks on Thursdays. Hours and changes are due by Tuesday at noon before each pay "
                "day. Pay stubs will be sent by email.",
                [
                    ("Paystream Payroll, Oksana speaking.",
                     "Hi, hi. Gemma Thorncroft, from Lanterne Creative. We signed up last week and I was "
                     "told to call to, um, go through the setup?"),
                    ("Welcome, Gemma! Let's do it. How many employees?",
                     "Fourteen. Well, fourteen including me. I'm on payroll too."),
                    ("And how often do you pay?", "Every two weeks. On Thursdays."),
                    ("Okay. We need the hours and any changes by Tuesday at noon before each pay day.",
                     "Tuesday noon. I'll put it in my calendar, or I'll forget, I swear."),
                    ("Is anyone hourly or on commission?",
                     "Two hourly, the rest salaried. The two hourly ones are the studio assistants."),
                    ("Great. And pay stubs on paper or by email?", "By email, nobody wants paper."),
                    ("Perfect, you're all set.", "Thank you!"),
                ],
                analysis_items(
                    "Payroll onboarding", "", "",
                    "14 employees; paid every two weeks on Thursday; two hourly studio assistants", "finance",
                    first_name="Gemma",
                ),
            ),
            Call(
                PAYROLL, 25, "en", "Split pay run",
                "Gemma Thorncroft said Lanterne Creative cannot fund the full payroll this week because its "
                "largest client is 60 days late and the overdraft is maxed. The pay run will be split, half "
                "now and half a week later. Source deductions will be held until Revenu Québec confirms a "
                "payment arrangement. A court-ordered garnishment of 20% of employee Dmitri Sokolov's net "
                "pay "
                "starts with the next run.",
                [
                    ("Paystream Payroll, Oksana speaking.",
                     "Oksana, hi, it's Gemma from Lanterne. Um. This is a bit awkward."),
                    ("Take your time.",
                     "So our biggest client hasn't paid us, they're sixty days late, and our overdraft is, "
                     "well, it's maxed. I can't fund the full payroll on Thursday."),
                    ("Okay. We can split the run: pay part now and the rest a week later, if your staff "
                     "agree.", "Can we do that? Yeah. Half now, half next Thursday. I'll talk to everyone."),
                    ("And the source deductions?",
                     "That's the other thing. Can we, um, remit those late? I called Revenu Québec about a "
                     "payment arrangement, they said maybe."),
                    ("We'll hold the remittance until you confirm the arrangement. There may be penalties.",
                     "I know. I know. Ugh."),
                    ("Anything else?",
                     "Yes, one more. We got a court order to garnish Dmitri Sokolov's wages, for a debt. "
                     "Twenty percent of his net pay. I've emailed you the papers."),
                    ("We'll set up the garnishment from the next run.",
                     "Thank you. And please, this stays between us, he's mortified."),
                ],
                analysis_items(
                    "Split pay run", "Gemma to confirm the payment arrangement with Revenu Québec", "",
                    "Largest client 60 days late; overdraft maxed; garnishment of Dmitri Sokolov's wages, "
                    "20% "
                    "of net pay", "none", first_name="Gemma",
                ),
            ),
            Call(
                PAYROLL, 6, "en", "New hire and pay day change",
                "Gemma added a new hire, Jonah Beaulieu, junior designer, starting {+10} at $58,000 a year, "
                "bringing the payroll to 15 employees. From the next cycle, pay day moves to Friday and the "
                "cut-off for hours to Wednesday at noon.",
                [
                    ("Paystream Payroll, Oksana speaking.",
                     "Hi Oksana, Gemma at Lanterne. Good news for once. We're hiring!"),
                    ("Congratulations! Tell me about them.",
                     "Jonah Beaulieu, B-E-A-U-L-I-E-U, junior designer, starts in ten days. Fifty-eight "
                     "thousand a year."),
                    ("Got it. So you'll be at fifteen people.",
                     "Fifteen, yep. And, um, can we move pay day to Fridays? Thursday's just always a "
                     "scramble."),
                    ("From the next cycle, pay day will be Friday, and the cut-off moves to Wednesday at "
                     "noon.", "Wednesday noon. Okay, even better."),
                    ("Anything else?", "No, that's it. Thanks for last month, seriously."),
                ],
                {"first_name": "Gemma"},
            ),
            Call(
                CATERING, 14, "en", "Team lunch order",
                "The user, Gemma Thorncroft of Lanterne Creative, ordered sandwich platters for a team lunch "
                "for 16 people on {+9} at noon at 5445 Avenue de Gaspé, studio 602. Two guests are "
                "vegetarian "
                "and one is celiac and needs a separately packed gluten-free meal. The budget is about $35 "
                "per person.",
                [
                    ("Table Ronde Catering, Élise speaking.",
                     "Hi Élise! I'd like to order lunch for my team. It's a, um, a little celebration, we "
                     "just landed a new client."),
                    ("Lovely! For how many?", "Sixteen people. At the office."),
                    ("And the address?",
                     "Fifty-four forty-five Avenue de Gaspé, studio six-oh-two. In the Mile End."),
                    ("What date?", "Nine days from now, at noon."),
                    ("We have our sandwich and salad platters, or the hot Mediterranean buffet.",
                     "Let's do the sandwich platters. Two of us are vegetarian, and one person is celiac, so "
                     "she needs properly gluten-free, not just, you know, no bread."),
                    ("We'll pack her meal separately and label it.",
                     "Perfect. Budget's about thirty-five dollars a head."),
                    ("That works for the platters. And your name?",
                     "Gemma Thorncroft, Lanterne Creative. T-H-O-R-N-C-R-O-F-T."),
                ],
                analysis_items(
                    "Team lunch order", "Deliver the team lunch", "{+9}",
                    "16 people; 5445 Avenue de Gaspé, studio 602; two vegetarians; one celiac guest needs "
                    "gluten-free", "health", first_name="Gemma",
                ),
            ),
            Call(
                CATERING, 3, "en", "Lunch headcount and menu change",
                "Gemma changed the team lunch to 19 people and to the hot Mediterranean buffet, at the same "
                "$35 per person. The gluten-free meal stays separately packed.",
                [
                    ("Table Ronde Catering, Élise speaking.",
                     "Élise, hi, Gemma from Lanterne. Can I change the lunch?"),
                    ("Of course.",
                     "We're nineteen now, three freelancers are coming in that day. And, um, can we switch "
                     "to the hot Mediterranean buffet instead of the sandwiches? It feels more like a "
                     "party."),
                    ("Nineteen for the Mediterranean buffet, at the same thirty-five a head.",
                     "Amazing. And the gluten-free meal is still separate, yes?"),
                    ("Still separate and labelled.", "Thanks Élise!"),
                ],
                {"first_name": "Gemma"},
            ),
        ],
        questions=[
            Question(PAYROLL, "Which day is pay day?", ("friday",), ("thursday",)),
            Question(PAYROLL, "What's the cut-off for sending hours?",
                     ("wednesday at noon", "wednesday noon"), ("tuesday at noon", "tuesday noon")),
            Question(PAYROLL, "How many employees are on the payroll?", ("15", "fifteen"),
                     ("14", "fourteen")),
            Question(PAYROLL, "How often are staff paid?", ("every two weeks",)),
            Question(PAYROLL, "Why couldn't they fund the full payroll?",
                     ("overdraft", "sixty days late", "60 days late")),
            Question(PAYROLL, "Whose wages are being garnished?", ("sokolov", "dmitri")),
            Question(PAYROLL, "What share of his pay is garnished?", ("20%", "twenty percent")),
            Question(PAYROLL, "When does the new hire start?", _day(6, 10)),
            Question(PAYROLL, "What is the new designer's salary?", ("58,000", "fifty-eight thousand")),
            Question(PAYROLL, "Who is the new hire?", ("jonah", "beaulieu")),
            Question(PAYROLL, "What kind of work does Lanterne Creative do?", ()),
            Question(PAYROLL, "Which staff are paid by the hour?", ("studio assistants",)),
            Question(PAYROLL, "How is the pay run being split?", ("half now",)),
            Question(PAYROLL, "Which tax authority is she negotiating with?", ("revenu québec",)),
            Question(PAYROLL, "What's the company's business number?", ()),
            Question(PAYROLL, "Which bank holds their overdraft?", ()),
            Question(PAYROLL, "How big is the overdraft limit?", ()),
            Question(PAYROLL, "What is Jonah's home address?", ()),
            Question(PAYROLL, "What does Dmitri do at the agency?", ()),
            Question(PAYROLL, "Which client is late paying?", ()),
            Question(CATERING, "How many people is the lunch for?", ("19", "nineteen"), ("16", "sixteen")),
            Question(CATERING, "What menu did she choose?", ("mediterranean",), ("sandwich",)),
            Question(CATERING, "Does anyone need gluten-free food?", ("celiac", "gluten-free")),
            Question(CATERING, "How many vegetarians are there?",
                     ("two vegetarians", "two of us are vegetarian", "two guests are vegetarian")),
            Question(CATERING, "When is the team lunch?", _day(14, 9)),
            Question(CATERING, "Where should the food go?", ("5445", "de gaspé", "studio 602")),
            Question(CATERING, "What's the budget per person?", ("35", "thirty-five")),
            Question(CATERING, "What's the occasion for the meal?", ("new client",)),
            Question(CATERING, "Why did the headcount go up?", ("freelancers",)),
            Question(CATERING, "Is her company short of money?", ()),
            Question(CATERING, "Has anyone at her company had their pay garnished?", ()),
            Question(CATERING, "What drinks did she order?", ()),
            Question(CATERING, "What's the celiac employee's name?", ()),
            Question(CATERING, "What time will the caterers set up?", ()),
        ],
    ),
    # A warehouse's shipping lead: a long set-up call whose middle holds three facts for the driver, a yard
    # gate code, a lost-parcel claim, the pickup time moved.
    Caller(
        number="+14385551204",
        names=("Kwame",),
        calls=[
            Call(
                COURIER, 70, "en", "Daily scheduled pickup set up",
                "The user, Kwame Asante, shipping lead at Maple Crate Goods (account MC-40218), set up a "
                "daily scheduled pickup at 4 PM, Monday to Friday, from the warehouse at 9100 Boulevard "
                "Pie-IX, unit 3. They ship about forty parcels a day. The driver gets into the yard through "
                "the gate on the lane. The first pickup is the next day.",
                long_call(
                    [
                        ("Rapidex Courier, business accounts, this is Lorne.",
                         "Hey Lorne, uh, hi. So we just opened an account online and I wanted to, um, get a "
                         "daily pickup going."),
                        ("Sure, happy to help. What's the account number?",
                         "It's M C dash four oh two one eight. MC-40218."),
                        ("Got it, Maple Crate Goods. And you are?",
                         "Kwame Asante, K-W-A-M-E, I run shipping."),
                        ("Thanks Kwame. Pickup address?",
                         "Ninety-one hundred Boulevard Pie-IX, unit three. It's the warehouse, not the head "
                         "office."),
                        ("And how many parcels a day, roughly?",
                         "Forty? Forty on a normal day. More in November, like double."),
                        ("We can do a daily scheduled pickup at four p.m., Monday to Friday.",
                         "Four's good. We finish packing around three thirty."),
                        ("How does the driver get into the yard?",
                         "There's a gate on the lane. The yard gate code is 2 6 1 8, then you drive round "
                         "the back."),
                        ("Okay, that goes in the driver notes only.",
                         "Cool. And, uh, hold on, I've got a list of little things from the guys on the "
                         "floor."),
                    ],
                    [
                        ("Go ahead.",
                         "So first, at the loading dock, the driver should back into bay two. Bay one "
                         "belongs to Boulangerie "
                         "Fortin next door, they get really mad if we block it."),
                        ("Bay two, got it.",
                         "The buzzer at the dock is dead, it's been dead for months. Just knock on the green "
                         "door, somebody's always right there."),
                        ("Knock on the green door.",
                         "And anything over thirty kilos we put on the blue pallet, left of the door, so he "
                         "doesn't have to go looking."),
                    ],
                    [
                        ("Great. Your rates are on the business rate card, and the scheduled pickup is "
                         "included.",
                         "Included, nice. The last courier charged us like five bucks a pickup."),
                        ("I'll send a confirmation email. The first pickup will be tomorrow.",
                         "Perfect. Send it to shipping at maplecrate dot ca, maplecrate one word."),
                        ("Will do. Anything else?", "No, that's everything. Sorry, I know that was a lot."),
                        ("Not at all. Talk soon.", "Thanks, man."),
                    ],
                    acks=_COURIER_ACKS,
                    talk=_COURIER_TALK,
                    start=3,
                ),
                {"first_name": "Kwame"},
            ),
            Call(
                COURIER, 33, "en", "Lost parcel claim",
                "Kwame Asante reported that parcel RX-5583920 to a customer in Halifax has not been scanned "
                "since the Dorval hub. The declared value is $240. The agent opened claim CL-19044 and will "
                "reply by {+5}.",
                [
                    ("Rapidex Courier, business accounts, Lorne speaking.",
                     "Hey Lorne, it's Kwame from Maple Crate. I've got a parcel that's just, like, "
                     "vanished."),
                    ("Oh no. Tracking number?", "R X five five eight three nine two oh. RX-5583920."),
                    ("I see it. Scanned at our Dorval hub, and then nothing.",
                     "Yeah. It's going to a customer in Halifax. Two ceramic teapots. She's emailed me three "
                     "times."),
                    ("What's the declared value?", "Two hundred and forty dollars."),
                    ("I'll open a claim. The claim number is CL-19044, we'll have an answer within five "
                     "days.", "CL-19044. Okay."),
                    ("Sorry about that.", "It happens. Just, uh, let me know."),
                ],
                analysis_items(
                    "Lost parcel claim", "Rapidex to investigate the lost parcel and answer claim CL-19044",
                    "{+5}", "Account MC-40218; parcel RX-5583920 to Halifax, declared value $240", "none",
                    first_name="Kwame",
                ),
            ),
            Call(
                COURIER, 8, "en", "Earlier pickup and claim settled",
                "Kwame moved the daily pickup to 2:30 PM because the warehouse now closes at 3 for the "
                "winter. Lorne confirmed claim CL-19044 was approved and $240 was credited to the account.",
                [
                    ("Rapidex Courier, business accounts, Lorne speaking.",
                     "Lorne, hey, Kwame at Maple Crate. Um, can we move the pickup earlier?"),
                    ("Sure, what time?",
                     "Two thirty. The warehouse closes at three for the winter now, the owner wants everyone "
                     "home before dark."),
                    ("Two thirty, Monday to Friday. Done.",
                     "Great. Oh, and did anything happen with that Halifax claim?"),
                    ("Yes, it was approved. The two hundred and forty dollars was credited to your account "
                     "this morning.", "Oh nice. The customer got a replacement from us anyway, so."),
                    ("Anything else?", "Nope. Thanks!"),
                ],
                {"first_name": "Kwame"},
            ),
        ],
        questions=[
            Question(COURIER, "What time is the daily pickup?", ("2:30", "two thirty"), ("4 pm", "four p.m")),
            Question(COURIER, "Which loading bay should the driver use?", ("bay two",)),
            Question(COURIER, "The dock buzzer is broken, so how does the driver announce himself?",
                     ("green door",)),
            Question(COURIER, "Where do the heavy parcels wait?", ("blue pallet",)),
            Question(COURIER, "Whose loading bay must the driver not block?", ("fortin",)),
            Question(COURIER, "What's their account number?", ("mc-40218", "four oh two one eight")),
            Question(COURIER, "What's the gate code for the yard?", ()),
            Question(COURIER, "What's the claim number?", ("cl-19044",)),
            Question(COURIER, "Where was the missing parcel headed?", ("halifax",)),
            Question(COURIER, "What was inside the lost parcel?", ("teapot",)),
            Question(COURIER, "How many parcels do they ship a day?",
                     ("forty parcels", "forty on a normal day")),
            Question(COURIER, "When did he report the lost parcel?", _day(33)),
            Question(COURIER, "Was the claim paid out?", ("credited",)),
            Question(COURIER, "Why did they move the pickup earlier?", ("closes at three", "closes at 3")),
            Question(COURIER, "Where's the warehouse?", ("pie-ix", "9100", "ninety-one hundred")),
            Question(COURIER, "Where should the confirmation emails go?", ("maplecrate",)),
            Question(COURIER, "How much was the vanished shipment worth?", ("240", "two hundred and forty")),
            Question(COURIER, "Where was it last scanned?", ("dorval",)),
            Question(COURIER, "What's the name of their usual driver?", ()),
            Question(COURIER, "What's the Halifax customer's name?", ()),
            Question(COURIER, "How much did the lost parcel weigh?", ()),
            Question(COURIER, "Who owns Maple Crate Goods?", ()),
            Question(COURIER, "What discount does their rate card give them?", ()),
        ],
    ),
    # Two colleagues of an estate agency on one office phone: the lease, its payment and colour allowance
    # raised, a jam, meter readings, a side door code copied into the facts.
    Caller(
        number="+14385551205",
        names=("Nadia", "Bram"),
        calls=[
            Call(
                COPIERS, 58, "en", "Colour copier lease",
                "The user, Nadia Haddad of Côté Immobilier, agreed to lease a Konica Minolta bizhub C300i "
                "colour copier with a staple finisher on a 60-month lease at $189 a month, including 3,000 "
                "colour pages a month. Toner ships automatically to reception at 4410 Rue Saint-Denis. "
                "Installation is in a week.",
                [
                    ("ClearPrint Leasing, Simone speaking.",
                     "Bonjour, hi, it's Nadia Haddad from Côté Immobilier. I'm calling about the copier "
                     "lease, we got your proposal."),
                    ("Hi Nadia! The Konica Minolta bizhub C300i?",
                     "That's the one. The colour one with the big, um, the finisher thing, the stapler."),
                    ("Yes, with the staple finisher. Sixty-month lease at a hundred eighty-nine a month, "
                     "including three thousand colour pages a month.",
                     "Sixty months, one eighty-nine. And black and white?"),
                    ("Black and white is one point one cents a page, billed every quarter.",
                     "Okay, that's fine, we mostly print colour listings anyway."),
                    ("Toner ships automatically when it's low. Where should it go?",
                     "To reception, ground floor, 4410 Rue Saint-Denis. Ask for me, Nadia, N-A-D-I-A."),
                    ("Perfect. Installation in a week?", "Yes, a week is good. Merci!"),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                COPIERS, 35, "en", "Copier jam and error code",
                "Bram de Vries reported error C-2557 and repeated jams in tray 2 on the office copier. A "
                "technician will come on {+1} in the morning to fix the feed roller; the technician should "
                "ask for Nadia at reception.",
                [
                    ("ClearPrint Leasing, Simone speaking.",
                     "Yeah, hi, Bram de Vries, Côté Immobilier. Our copier is, uh, it's beeping at me."),
                    ("Sorry about that. What does the screen say?",
                     "Error C two five five seven. And tray two jams every single time. I pulled out, like, "
                     "three crumpled sheets."),
                    ("C-2557 is a feed roller fault. I'll send a technician tomorrow morning.",
                     "Tomorrow morning's fine. I won't be here, ask for Nadia at reception."),
                    ("Will do. Until then, use tray one.", "Tray one. Okay. Dank je, sorry, thanks. Habit."),
                ],
                {"first_name": "Bram"},
            ),
            Call(
                COPIERS, 16, "en", "Meter reading and bigger colour allowance",
                "Nadia Haddad gave the copier meter readings (18,420 black-and-white, 4,105 colour). Because "
                "they are over the colour allowance, she raised the lease to 5,000 colour pages a month for "
                "$229 a month from the next billing cycle.",
                [
                    ("ClearPrint Leasing, Simone speaking.",
                     "Hi Simone, Nadia at Côté Immobilier. I've got the meter readings you asked for."),
                    ("Great, go ahead.",
                     "Black and white, eighteen thousand four hundred and twenty. Colour, four thousand one "
                     "hundred and five."),
                    ("Thanks. You're over your colour allowance.",
                     "I know, it's spring, everybody's listing houses. Can we go up?"),
                    ("We can raise it to five thousand colour pages a month, and the lease goes to two "
                     "twenty-nine.", "Two twenty-nine. Yes, do that. Bram will grumble but he prints the "
                     "most."),
                    ("It starts next billing cycle.", "Merci!"),
                ],
                analysis_items(
                    "Meter reading and colour allowance increase", "", "",
                    "Lease $229 a month with 5,000 colour pages", "finance", first_name="Nadia",
                ),
            ),
            Call(
                COPIERS, 4, "en", "Scan-to-email address and technician access",
                "Bram de Vries asked for scans to go to a new address, scans@coteimmo.ca, and said that "
                "after "
                "6 PM the technician can come in by the side door on Rue Rachel. The preventive service "
                "visit "
                "is on {+9}.",
                [
                    ("ClearPrint Leasing, Simone speaking.",
                     "Hi, Bram again, Côté Immobilier. Two things. The scan to email, we need it to go to a "
                     "new address."),
                    ("Sure, which one?",
                     "scans at cote immo dot ca. C-O-T-E, I-M-M-O, all one word. scans@coteimmo.ca."),
                    ("Got it, I'll set that up remotely.",
                     "Great. And the technician for the service visit, if he comes after six, reception's "
                     "closed."),
                    ("How would he get in?",
                     "The door code is 8 5 1 4, side door on Rue Rachel. Then the copier's right there, by "
                     "the kitchen."),
                    ("Noted for the technician only. The preventive service is in nine days.",
                     "Nine days, fine."),
                ],
                analysis_items(
                    "Scan-to-email address and technician access", "Preventive service visit", "{+9}",
                    "Scans to scans@coteimmo.ca; side door on Rue Rachel, door code 8514", "none",
                    first_name="Bram",
                ),
            ),
        ],
        questions=[
            Question(COPIERS, "Which copier do they lease?", ("c300i", "bizhub")),
            Question(COPIERS, "What's the monthly lease payment?", ("229", "two twenty-nine"),
                     ("189", "one eighty-nine")),
            Question(COPIERS, "How many colour pages a month are included?", ("5,000", "five thousand"),
                     ("3,000", "three thousand")),
            Question(COPIERS, "What error code did the copier show?", ("c-2557", "c two five five seven")),
            Question(COPIERS, "Which tray keeps jamming?", ("tray 2", "tray two")),
            Question(COPIERS, "What was the black-and-white meter reading?",
                     ("18,420", "eighteen thousand four hundred and twenty")),
            Question(COPIERS, "What did the colour counter say?",
                     ("4,105", "four thousand one hundred and five")),
            Question(COPIERS, "How long is the lease?", ("60-month", "sixty months", "sixty-month")),
            Question(COPIERS, "What do black-and-white pages cost?", ("one point one cents",)),
            Question(COPIERS, "Where does toner get shipped?", ("4410", "saint-denis")),
            Question(COPIERS, "Where should scans be sent?", ("scans@coteimmo.ca", "cote immo dot ca")),
            Question(COPIERS, "How does the technician get in after hours?", ("side door", "rue rachel")),
            Question(COPIERS, "What's the door code?", ()),
            Question(COPIERS, "When is the preventive service visit?", _day(4, 9)),
            Question(COPIERS, "When did Bram report the jam?", _day(35)),
            Question(COPIERS, "What extra does the machine have for binding pages together?",
                     ("staple",)),
            Question(COPIERS, "Which part was faulty?", ("feed roller",)),
            Question(COPIERS, "Who prints the most?", ("bram",)),
            Question(COPIERS, "What's the copier's serial number?", ()),
            Question(COPIERS, "What's Bram's mobile number?", ()),
            Question(COPIERS, "Who owns Côté Immobilier?", ()),
            Question(COPIERS, "When does the lease end?", ()),
            Question(COPIERS, "What's the technician's name?", ()),
            Question(COPIERS, "How much did installation cost?", ()),
        ],
    ),
    # A Spanish exporter of a stand builder, asked about in English: calls in Spanish, summaries in English
    # and Spanish, the analysis items in Spanish; the stand number changed by the organiser.
    Caller(
        number="+34643855126",
        names=("Inés",),
        calls=[
            Call(
                STANDS, 64, "es", "Stand for SIAL Canada",
                "The user, Inés Carvajal from the olive oil producer Aceites Olivar del Sur in Jaén, spoke "
                "Spanish. She needs a 36 m² corner stand, number 1422, at SIAL Canada in Montreal, with a "
                "tasting counter with a sink and a small lockable storage room. The brand colours are olive "
                "green and gold. The budget is about CAD 28,000 including the build. The agent will prepare "
                "a 3D design.",
                [
                    ("Standworks Expo Builders, Lucas speaking, how can I help?",
                     "Hola, buenas... ¿habla español? Perdone, mi inglés es regular."),
                    ("Sí, claro, hablo español. ¿En qué puedo ayudarle?",
                     "Ah, qué bien. Soy Inés Carvajal, de Aceites Olivar del Sur, de Jaén. Exponemos en el "
                     "SIAL de Montreal y necesitamos un stand."),
                    ("Perfecto. ¿Qué tamaño tiene el espacio?",
                     "Treinta y seis metros cuadrados, seis por seis, en esquina. El número de stand es el "
                     "mil cuatrocientos veintidós."),
                    ("¿Y qué necesitan en el stand?",
                     "Un mostrador para catas, con fregadero si es posible, y un almacén pequeño con llave "
                     "para las cajas de aceite."),
                    ("Sin problema. ¿Colores de la marca?",
                     "Verde oliva y dorado. Le mando el logo por correo, en vectorial."),
                    ("¿Tienen un presupuesto?",
                     "Unos veintiocho mil dólares canadienses, con el montaje. Eh... máximo treinta mil."),
                    ("Le preparo un diseño en 3D esta semana.", "Estupendo, gracias, Lucas."),
                ],
                {"first_name": "Inés"},
            ),
            Call(
                STANDS, 40, "es", "Diseño aprobado y cambio de stand",
                "Inés Carvajal aprobó el diseño del stand. La organización les ha cambiado al stand 1508, "
                "del "
                "mismo tamaño y también en esquina. Añade un segundo mostrador pequeño para el nuevo aceite "
                "de trufa (unos 1.200 dólares más) y una pantalla de 55 pulgadas en la pared del fondo.",
                [
                    ("Standworks Expo Builders, Lucas speaking.", "Hola Lucas, soy Inés, de Olivar del Sur."),
                    ("¡Hola Inés! ¿Qué le pareció el diseño?",
                     "Nos encanta. Mi jefe dice que sí. Pero hay un cambio: la organización nos ha movido, "
                     "ahora somos el stand mil quinientos ocho. Mismo tamaño, también en esquina."),
                    ("Vale, el 1508. Reviso el plano del pabellón.",
                     "Y queremos un segundo mostrador, más pequeño, para el aceite de trufa. Es el producto "
                     "nuevo."),
                    ("Eso son unos mil doscientos dólares más.", "Vale, de acuerdo."),
                    ("¿Y la pantalla que comentamos?",
                     "Sí, una pantalla de cincuenta y cinco pulgadas en la pared del fondo, para el vídeo "
                     "del olivar."),
                    ("Perfecto, actualizo el diseño.", "¡Gracias!"),
                ],
                analysis_items(
                    "Diseño aprobado, cambio de stand",
                    "Actualizar el plano con el stand 1508 y el segundo mostrador", "",
                    "Stand 1508; segundo mostrador para aceite de trufa; pantalla de 55 pulgadas", "none",
                    first_name="Inés",
                ),
            ),
            Call(
                STANDS, 12, "es", "Build dates and logistics",
                "Inés called about the build schedule: the stand will be built on {+20} and the show opens "
                "two days later. Their freight forwarder will deliver four pallets of oil to the Palais des "
                "congrès loading dock on the build day. She asked for the gold in the logo to be matte.",
                [
                    ("Standworks Expo Builders, Lucas speaking.",
                     "Hola Lucas, Inés otra vez. Te llamo por las fechas del montaje."),
                    ("Hola Inés. El montaje es dentro de veinte días, y la feria abre dos días después.",
                     "Vale. Yo llego a Montreal el día antes del montaje, con mi compañero Rafa."),
                    ("¿Y el aceite? ¿Cómo llega?",
                     "Con nuestro transitario, Transportes Guadalquivir. Llegan cuatro palés al muelle de "
                     "carga del Palais el mismo día del montaje."),
                    ("Perfecto, nuestro equipo los recibe.",
                     "Una cosa más: el dorado del logo, que sea mate, no brillante. El brillante parece "
                     "barato."),
                    ("Dorado mate, anotado.", "¡Gracias, Lucas! Hasta pronto."),
                ],
                {"first_name": "Inés"},
            ),
        ],
        questions=[
            Question(STANDS, "What's their stand number?", ("1508", "mil quinientos ocho"),
                     ("1422", "mil cuatrocientos veintidós")),
            Question(STANDS, "How big is the stand?", ("36 m²", "treinta y seis metros")),
            Question(STANDS, "Which trade show are they exhibiting at?", ("sial",)),
            Question(STANDS, "What does her company produce?", ("olive oil", "aceite")),
            Question(STANDS, "What's their budget?", ("28,000", "veintiocho mil")),
            Question(STANDS, "What is the most they can spend?", ("treinta mil",)),
            Question(STANDS, "Does the tasting counter need a sink?", ("fregadero", "sink")),
            Question(STANDS, "What are the brand colours?", ("olive green", "verde oliva")),
            Question(STANDS, "What finish should the gold be?", ("matte", "mate")),
            Question(STANDS, "What is the second counter for?", ("trufa",)),
            Question(STANDS, "How big is the screen?", ("55", "cincuenta y cinco")),
            Question(STANDS, "When is the stand being built?", _day(12, 20)),
            Question(STANDS, "Who is shipping the oil?", ("guadalquivir",)),
            Question(STANDS, "How many pallets are coming?", ("four pallets", "cuatro palés")),
            Question(STANDS, "Who's flying to Montreal with her?", ("rafa",)),
            Question(STANDS, "Which town is the company from?", ("jaén",)),
            Question(STANDS, "How much extra is the second counter?", ("1.200", "mil doscientos")),
            Question(STANDS, "What will the video on the back wall show?", ("olivar",)),
            Question(STANDS, "When did she first call about the stand?", _day(64)),
            Question(STANDS, "What's her boss's name?", ()),
            Question(STANDS, "How much electrical power does the stand need?", ()),
            Question(STANDS, "Which hotel is she staying at?", ()),
            Question(STANDS, "What's Rafa's surname?", ()),
            Question(STANDS, "What flooring will the stand have?", ()),
        ],
    ),
    # A property manager of an office tower: a long call whose middle holds three quirks of the building and
    # an alarm code, a break-in with a police report, the overnight shift lengthened.
    Caller(
        number="+14385551207",
        names=("Deborah",),
        calls=[
            Call(
                GUARDS, 77, "en", "Overnight guard for an office tower",
                "The user, Deborah Oyelaran, property manager of Tour Beaumont at 1600 René-Lévesque West, "
                "booked one licensed bilingual guard seven nights a week from 10 PM to 6 AM, with patrols of "
                "all eighteen floors and the garage every two hours. The rate is $34.50 an hour and the "
                "service starts {+7}. The guard enters through the service entrance on Rue Stanley.",
                long_call(
                    [
                        ("Vigil Security Services, Marc speaking, how can I help?",
                         "Good morning, Marc. My name is Deborah Oyelaran, that's O-Y-E-L-A-R-A-N. I "
                         "manage a "
                         "building downtown and I need overnight security."),
                        ("Of course. Which building?",
                         "Tour Beaumont, sixteen hundred René-Lévesque West. Eighteen floors of offices."),
                        ("What kind of coverage are you after?",
                         "One guard, every night, seven nights. From ten at night to six in the morning. "
                         "Lobby desk and patrols."),
                        ("How often should the guard patrol?",
                         "Every two hours, all eighteen floors plus the garage. The last agency did it every "
                         "hour, which was, um, overkill."),
                        ("Any language requirement?",
                         "Bilingual, absolutely. We get francophone and anglophone tenants coming in late, "
                         "and the police and fire too."),
                        ("Understood. How will the guard get in at the start of the shift?",
                         "Through the service entrance on Rue Stanley. The alarm code is 1 9 5 3, and the "
                         "desk key is in the lobby console."),
                        ("Got it, that only goes into the post orders.",
                         "Good. Let me pull up my notes, the building has a few, um, quirks."),
                        ("Take your time.", "Sorry, okay, here it is."),
                    ],
                    [
                        ("Go ahead.",
                         "The lights on garage level P3 are on a timer and they cut out at midnight. So the "
                         "guard needs a good flashlight down there, nobody's fixed that timer in two years."),
                        ("A flashlight for P3.",
                         "The rooftop door sticks. You have to shoulder it, really push. Don't let them "
                         "think "
                         "it's locked and skip the roof."),
                        ("Noted.",
                         "And after the cleaning crew leaves, around eleven thirty, nobody should be in the "
                         "building except the data centre technician on the ninth floor. He has a badge. "
                         "Anyone else, call me."),
                    ],
                    [
                        ("Thank you, that's very helpful. Our rate for a licensed bilingual guard is "
                         "thirty-four fifty an hour.", "Thirty-four fifty. That's in line with the other "
                         "quotes."),
                        ("We could start a week from today.",
                         "A week from today is fine. Our current contract ends the night before."),
                        ("I'll send the post orders for you to review.", "Please. Send them to me directly."),
                        ("Anything else, Deborah?", "No. Thank you, Marc."),
                        ("Have a good day.", "You too."),
                    ],
                    acks=_GUARDS_ACKS,
                    talk=_GUARDS_TALK,
                    start=1,
                ),
                {"first_name": "Deborah"},
            ),
            Call(
                GUARDS, 41, "en", "Attempted break-in and extra weekend guard",
                "Deborah Oyelaran reported an attempted break-in at the Tour Beaumont loading dock on "
                "Saturday night around 3 AM; the guard called the police (report 23-118874). She added a "
                "second guard on Friday and Saturday nights at the loading dock for the next two months, at "
                "the same rate.",
                [
                    ("Vigil Security Services, Marc speaking.",
                     "Marc, it's Deborah Oyelaran, Tour Beaumont. We had an incident Saturday night."),
                    ("I saw the guard's report. Someone tried the loading dock door?",
                     "Yes, two people tried to pry the loading dock door open around three a.m. Your guard "
                     "called the police, he did everything right."),
                    ("Glad he's okay. Do you have the police report number?",
                     "Twenty-three dash one one eight eight seven four. 23-118874."),
                    ("Thank you. Would you like extra cover?",
                     "Yes. A second guard on Friday and Saturday nights, just at the loading dock, for the "
                     "next two months."),
                    ("I can arrange that from this weekend.", "Good. Same rate?"),
                    ("Same rate, thirty-four fifty.", "Fine. Thank you."),
                ],
                analysis_items(
                    "Attempted break-in and extra weekend guard",
                    "Second guard at the loading dock on Friday and Saturday nights", "",
                    "Police report 23-118874; second weekend guard for two months", "legal",
                    first_name="Deborah",
                ),
            ),
            Call(
                GUARDS, 10, "en", "Overnight shift extended",
                "Deborah extended the overnight guard's shift to 9 PM to 7 AM, starting {+4}. The extra "
                "weekend guard at the loading dock continues.",
                [
                    ("Vigil Security Services, Marc speaking.",
                     "Hi Marc, Deborah at Tour Beaumont. I need to change the overnight hours."),
                    ("Sure, what are you thinking?",
                     "Tenants are staying later and the cleaners start earlier now. So nine at night to "
                     "seven in the morning, instead of ten to six."),
                    ("Ten-hour shifts, then. We'd start that in four days.", "Four days is fine."),
                    ("The weekend guard at the loading dock stays as is?",
                     "Yes, keep him until the end of the two months."),
                    ("The longer shifts add about twenty percent to the invoice.", "I know, it's approved."),
                ],
                analysis_items(
                    "Overnight shift extended", "New 9 PM to 7 AM shift starts", "{+4}",
                    "Overnight guard 9 PM to 7 AM", "none", first_name="Deborah",
                ),
            ),
        ],
        questions=[
            Question(GUARDS, "What are the overnight guard's hours?", ("9 pm to 7 am", "nine at night"),
                     ("10 pm to 6 am", "ten at night")),
            Question(GUARDS, "What's the hourly rate?", ("34.50", "thirty-four fifty")),
            Question(GUARDS, "Why does the guard need a flashlight?", ("p3", "midnight")),
            Question(GUARDS, "Which door is hard to open?", ("rooftop",)),
            Question(GUARDS, "Who may be in the building after the cleaners leave?",
                     ("data centre technician",)),
            Question(GUARDS, "Which floor is the data centre on?", ("ninth",)),
            Question(GUARDS, "What's the police report number?", ("23-118874",)),
            Question(GUARDS, "When did she report the attempted break-in?", _day(41)),
            Question(GUARDS, "How often does the guard patrol?", ("every two hours",)),
            Question(GUARDS, "Does the guard have to speak French?", ("bilingual",)),
            Question(GUARDS, "Where does the guard come in?", ("stanley", "service entrance")),
            Question(GUARDS, "What's the alarm code?", ()),
            Question(GUARDS, "When do the new hours start?", _day(10, 4)),
            Question(GUARDS, "How long is the extra weekend guard staying?", ("two months",)),
            Question(GUARDS, "What's the building's street address?", ("1600", "sixteen hundred")),
            Question(GUARDS, "Which nights get an additional watchman?", ("friday and saturday",)),
            Question(GUARDS, "What time did the intruders strike?", ("3 am", "three a.m")),
            Question(GUARDS, "How tall is the tower?", ("eighteen floors",)),
            Question(GUARDS, "What's the name of the guard who called the police?", ()),
            Question(GUARDS, "Who owns Tour Beaumont?", ()),
            Question(GUARDS, "How many tenants are in the building?", ()),
            Question(GUARDS, "What's Deborah's cell number?", ()),
            Question(GUARDS, "What time does the weekend guard start?", ()),
            Question(GUARDS, "Where is the fire command panel?", ()),
        ],
    ),
    # A French event coordinator of the caterer, asked about in English: calls in French, summaries in
    # English and French, the analysis items in French once and in English once (the nut allergy left out);
    # guests and date changed, the wine said in the turns only.
    Caller(
        number="+33643855128",
        names=("Aurélie",),
        calls=[
            Call(
                CATERING, 36, "fr", "Launch cocktail reception",
                "The user, Aurélie Vasseur of Maison Lorrain Cosmétiques, called from Paris and spoke "
                "French. "
                "She wants a cocktail reception for about 80 guests for the brand's Canadian launch at "
                "Espace "
                "Lumière, 372 Sainte-Catherine Street West, on {+38} in the evening. No pork, and no nuts "
                "anywhere because one guest has a severe nut allergy. The budget is $65 per person excluding "
                "drinks.",
                [
                    ("Table Ronde Catering, Élise speaking.",
                     "Bonjour, euh... vous parlez français ? Je vous appelle de Paris."),
                    ("Oui, bien sûr ! Comment puis-je vous aider ?",
                     "Parfait. Aurélie Vasseur, de Maison Lorrain Cosmétiques. On lance notre gamme au "
                     "Canada et je cherche un traiteur pour un cocktail dînatoire."),
                    ("Avec plaisir. Pour combien de personnes ?",
                     "Quatre-vingts invités, à peu près. Des journalistes, des distributeurs."),
                    ("Et le lieu ?", "L'Espace Lumière, au 372 rue Sainte-Catherine Ouest."),
                    ("Quelle date ?", "Dans trente-huit jours, en soirée. Euh, attendez... oui, c'est ça."),
                    ("Des contraintes alimentaires ?",
                     "Pas de porc, plusieurs invités n'en mangent pas. Et une invitée a une allergie grave "
                     "aux noix, donc pas de noix du tout, nulle part."),
                    ("C'est noté. Et votre budget ?", "Soixante-cinq dollars par personne, hors boissons."),
                    ("Je vous envoie une proposition de menu.", "Merci beaucoup, au revoir !"),
                ],
                analysis_items(
                    "Cocktail de lancement", "Cocktail de lancement à l'Espace Lumière", "{+38}",
                    "80 invités; Espace Lumière, 372 rue Sainte-Catherine Ouest; pas de porc; budget 65 $ "
                    "par "
                    "personne", "none", first_name="Aurélie",
                ),
            ),
            Call(
                CATERING, 20, "fr", "Date et nombre d'invités modifiés",
                "Aurélie Vasseur a modifié le cocktail de lancement : 110 invités au lieu de 80, et "
                "l'événement est déplacé au {+27}. Elle demande une option végane pour une dizaine de "
                "personnes. Le choix du vin reste à confirmer avec sa directrice.",
                [
                    ("Table Ronde Catering, Élise speaking.",
                     "Bonjour Élise, Aurélie Vasseur, Maison Lorrain."),
                    ("Bonjour Aurélie !",
                     "Deux changements, pardon. On a plus de monde : cent dix invités au lieu de "
                     "quatre-vingts. Et l'Espace Lumière nous a déplacés, le cocktail a lieu dans... "
                     "vingt-sept jours. Vingt-sept, oui."),
                    ("Cent dix, dans vingt-sept jours. C'est noté.",
                     "Et on voudrait une option végane, pour une dizaine de personnes."),
                    ("Bien sûr, on prévoit des bouchées véganes pour eux.",
                     "Parfait. Et pour le vin, je dois en parler avec ma directrice."),
                    ("Pas de souci.", "Merci beaucoup, Élise."),
                ],
                analysis_items(
                    "Launch date and guest count changed", "Confirm the wine choice", "",
                    "110 guests; vegan option for about ten guests", "none", first_name="Aurélie",
                ),
            ),
            Call(
                CATERING, 5, "fr", "Final details for the launch",
                "Aurélie confirmed the caterers can arrive at 5 PM to set up and service starts at 6:30 PM. "
                "Her colleague Thibault Marchetti will be the contact on site.",
                [
                    ("Table Ronde Catering, Élise speaking.",
                     "Bonjour Élise, c'est Aurélie. Les derniers détails pour le cocktail."),
                    ("Je vous écoute.",
                     "Votre équipe peut arriver à dix-sept heures pour installer. Le service commence à "
                     "dix-huit heures trente."),
                    ("Parfait. Qui sera notre contact sur place ?",
                     "Mon collègue Thibault Marchetti, il sera là dès seize heures. T-H-I-B-A-U-L-T."),
                    ("Et pour le vin ?",
                     "Ma directrice a choisi un crémant de Loire. Pas de champagne, c'est trop cher pour "
                     "cent dix personnes."),
                    ("Très bien, crémant de Loire.", "Merci pour tout, à la semaine prochaine !"),
                ],
                {"first_name": "Aurélie"},
            ),
        ],
        questions=[
            Question(CATERING, "How many guests are coming?", ("110", "cent dix"), ("80", "quatre-vingts")),
            Question(CATERING, "When is the launch event?", _day(20, 27), _day(36, 38)),
            Question(CATERING, "Which allergy must the kitchen avoid?", ("nut", "noix")),
            Question(CATERING, "Is there any meat they can't serve?", ("pork", "porc")),
            Question(CATERING, "Where is the event?", ("espace lumière", "sainte-catherine")),
            Question(CATERING, "What's the budget per guest?", ("65", "soixante-cinq")),
            Question(CATERING, "What time does service start?", ("6:30", "dix-huit heures trente")),
            Question(CATERING, "At what hour can the team arrive to set up?", ("5 pm", "dix-sept heures")),
            Question(CATERING, "Who is the contact on site?", ("thibault",)),
            Question(CATERING, "Which sparkling wine was chosen?", ("crémant",)),
            Question(CATERING, "Why not champagne?", ("trop cher",)),
            Question(CATERING, "Who picked the wine?", ("directrice",)),
            Question(CATERING, "How many guests need a vegan option?", ("dizaine", "about ten")),
            Question(CATERING, "What's being celebrated?", ("launch", "lancement")),
            Question(CATERING, "Which company is she with?", ("maison lorrain",)),
            Question(CATERING, "Who are the guests?", ("journalistes", "distributeurs")),
            Question(CATERING, "From what time will Thibault be there?", ("seize heures",)),
            Question(CATERING, "What's the name of the guest with the nut allergy?", ()),
            Question(CATERING, "What's Thibault's mobile number?", ()),
            Question(CATERING, "Does the venue have its own kitchen?", ()),
            Question(CATERING, "How many servers will they need?", ()),
            Question(CATERING, "What's her company's VAT number?", ()),
            Question(CATERING, "What's her director's name?", ()),
        ],
    ),
    # A drone start-up of the stand builder: the back wall colours and the booth changed, a power need said
    # once, dates of the show and the build.
    Caller(
        number="+14385551209",
        names=("Harlan",),
        calls=[
            Call(
                STANDS, 50, "en", "Modular stand for the Robotics Expo",
                "The user, Harlan Voss of Aerolith Robotics, an inspection drone maker, asked to rent a "
                "modular 10 by 20 foot inline stand, booth B44, at the Robotics Expo at Place Bonaventure, "
                "with a back wall graphic in their brand blue and a netted enclosure so they can fly a drone "
                "in the booth. The budget is up to $12,000.",
                [
                    ("Standworks Expo Builders, Lucas speaking.",
                     "Hey Lucas. Harlan Voss, Aerolith Robotics, A-E-R-O-L-I-T-H. We make inspection "
                     "drones. I need a stand for the Robotics Expo at Place Bonaventure."),
                    ("Great. What size is the space?",
                     "Ten by twenty feet, inline. Booth, uh, B-forty-four. B44."),
                    ("Custom build or modular rental?",
                     "Rental, modular, we're a start-up. With a back wall graphic in our blue, and a, um, a "
                     "netted cage, because we want to fly a drone in the booth."),
                    ("A flying cage, that's a first for me. We can do a three-metre netted enclosure.",
                     "Three metres, great. The organiser said it has to be fully enclosed, and it goes on "
                     "their safety form."),
                    ("Okay. And what's the budget?", "Twelve grand, tops. Twelve thousand."),
                    ("I'll send you a layout.", "Awesome, thanks."),
                ],
                {"first_name": "Harlan"},
            ),
            Call(
                STANDS, 28, "en", "Graphics and power for the expo",
                "Harlan said the Robotics Expo opens on {+33} and he will send the stand graphics by {+5}. "
                "The brand colours are now black and safety orange after a rebrand. The stand needs a "
                "dedicated 20-amp circuit for six drone chargers.",
                [
                    ("Standworks Expo Builders, Lucas speaking.",
                     "Lucas, Harlan at Aerolith. Quick update. The show opens in thirty-three days, and the "
                     "graphics, I'll have them to you in five days, is that okay?"),
                    ("Five days works.",
                     "Great. Also, scrap the blue back wall, marketing rebranded. Everything's black and "
                     "safety orange now."),
                    ("Black and safety orange. Send me the new brand guide.",
                     "Will do. And we need power for six drone chargers, on a dedicated twenty-amp circuit."),
                    ("I'll order a twenty-amp circuit from the venue.", "Perfect."),
                ],
                analysis_items(
                    "Graphics and power for the expo", "Harlan to send the stand graphics", "{+5}",
                    "Booth B44; colours black and safety orange; 20-amp circuit for six drone chargers",
                    "none", first_name="Harlan",
                ),
            ),
            Call(
                STANDS, 6, "en", "Booth moved to a corner",
                "Harlan said the organiser moved Aerolith Robotics to corner booth C12 so the drone cage is "
                "away from the main aisle. He added a counter for demo tablets for $400. The build is on "
                "{+10}, the day before the show opens, and he will be there at 7 AM with the drones.",
                [
                    ("Standworks Expo Builders, Lucas speaking.",
                     "Lucas, it's Harlan. So the organiser moved us. We're in booth C12 now, on the corner, "
                     "because of the drone cage, they want it away from the main aisle."),
                    ("C12, corner. That gives us an open side.",
                     "Yeah. Can we add a counter on the open side? For the demo tablets."),
                    ("Sure, a counter for the tablets, that's four hundred dollars extra.", "Fine, do it."),
                    ("Build is the day before the show opens.",
                     "I'll be there at seven a.m. with the drones."),
                    ("See you there.", "Cheers."),
                ],
                analysis_items(
                    "Booth moved to C12", "Build day for the expo stand", "{+10}",
                    "Booth C12, corner; tablet counter $400", "none", first_name="Harlan",
                ),
            ),
        ],
        questions=[
            Question(STANDS, "Which booth is Aerolith in?", ("c12",), ("b44",)),
            Question(STANDS, "What colours should the graphics be?", ("safety orange",), ("blue",)),
            Question(STANDS, "What does Aerolith make?", ("inspection drone",)),
            Question(STANDS, "What power do they need?", ("20-amp", "twenty-amp")),
            Question(STANDS, "How many chargers will be plugged in?", ("six",)),
            Question(STANDS, "How high is the netted enclosure?", ("three-metre", "three metres")),
            Question(STANDS, "What does the organiser require for the drone cage?",
                     ("safety form", "fully enclosed")),
            Question(STANDS, "What's the budget?", ("12,000", "twelve thousand", "twelve grand")),
            Question(STANDS, "When does the expo open?", _day(28, 33)),
            Question(STANDS, "When is the build day?", _day(6, 10)),
            Question(STANDS, "What time will Harlan be at the build?", ("7 am", "seven a.m")),
            Question(STANDS, "What's the extra counter for?", ("tablets",)),
            Question(STANDS, "How much does the counter cost?", ("$400", "four hundred")),
            Question(STANDS, "Why did the organiser relocate them?", ("main aisle",)),
            Question(STANDS, "Which venue hosts the expo?", ("bonaventure",)),
            Question(STANDS, "How big is their space?", ("10 by 20", "ten by twenty")),
            Question(STANDS, "When did he first ask about the stand?", _day(50)),
            Question(STANDS, "What's the name of their marketing lead?", ()),
            Question(STANDS, "Which drone model will they fly?", ()),
            Question(STANDS, "How tall is the back wall?", ()),
            Question(STANDS, "Who is the organiser's contact?", ()),
            Question(STANDS, "What's Harlan's email address?", ()),
        ],
    ),
]  # fmt: skip
