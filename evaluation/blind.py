"""A fourth set of callers, written after the last change to the ranking and run once, as a blind check
of it: a hair salon, an energy supplier, a dermatology clinic and a car rental (one caller of both), a
tutoring school called by two parents on one phone. Summaries in ElevenLabs' style, answers said with
other words than the questions use, and questions nobody answered that share a word with the calls.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question

SALON = "agent_salon_00000000000000000000000014"
ENERGY = "agent_energy_0000000000000000000000015"
SKIN = "agent_skin_000000000000000000000000016"
RENTAL = "agent_rental_0000000000000000000000017"
TUTOR = "agent_tutor_00000000000000000000000018"

BLIND: list[Caller] = [
    Caller(
        number="+12125550163",
        names=("Nadia",),
        calls=[
            Call(
                SALON, 50, "en", "Haircut and colour",
                "The user, Nadia Haddad, booked a haircut and highlights with the stylist Jess for {+5} at "
                "2 PM. She mentioned she has very thick curly hair and wants to keep her length.",
                [
                    ("Hi, you've reached Luxe Hair, I'm the booking assistant.",
                     "Hi! I'd like a cut and highlights."),
                    ("Any stylist you prefer?", "Jess, she did it last time."),
                    ("Anything we should know about your hair?",
                     "It's super thick and curly, and I want to keep the length."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                SALON, 8, "en", "Appointment moved",
                "Nadia moved her appointment with Jess to {+3} at 11 AM because of a work trip. She asked "
                "whether the salon uses ammonia-free dye; the agent said yes.",
                [
                    ("Luxe Hair, booking assistant.", "Hi, it's Nadia, I need to move my appointment."),
                    ("Jess has Saturday at eleven.", "Perfect. Oh, is your dye ammonia free?"),
                    ("Yes, all our colour is ammonia free.", "Great."),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(SALON, "who does she usually see", ("Jess",)),
            Question(SALON, "what is her hair like", ("curly", "thick")),
            Question(SALON, "when is her next visit", ("11 AM", "eleven"), ("2 PM",)),
            Question(SALON, "does she want to go shorter", ("length",)),
            Question(SALON, "has she had an allergic reaction to hair dye", ()),
            Question(SALON, "does she want a manicure too", ()),
        ],
    ),
    Caller(
        number="+441614960555",
        names=("Gareth",),
        calls=[
            Call(
                ENERGY, 60, "en", "Meter reading",
                "The user, Gareth Price, submitted an electricity meter reading of 48213. The agent "
                "confirmed his direct debit of 96 pounds a month.",
                [
                    ("BrightGrid Energy, how can I help?", "I want to give you a meter reading."),
                    ("Go ahead.", "Four eight two one three."),
                    ("Thanks. Your direct debit stays at ninety-six pounds.", "OK."),
                ],
                {"first_name": "Gareth", "meter_reading": "48213"},
            ),
            Call(
                ENERGY, 21, "en", "Direct debit change",
                "Gareth asked to lower his monthly direct debit to 80 pounds after his bill came in lower. "
                "The agent agreed and said it applies from next month.",
                [
                    ("BrightGrid Energy.", "Hi, Gareth Price. Can I pay less each month?"),
                    ("We can go to eighty pounds from next month.", "Yes please."),
                ],
                {"first_name": "Gareth"},
            ),
            Call(
                ENERGY, 2, "en", "Smart meter request",
                "Gareth requested a smart meter installation. The agent will send him available dates by "
                "text message.",
                [
                    ("BrightGrid Energy.", "Could I get one of those smart meters fitted?"),
                    ("Sure, we'll text you some dates.", "Brilliant."),
                ],
                {"first_name": "Gareth"},
            ),
        ],
        questions=[
            Question(ENERGY, "how much does he pay each month", ("80", "eighty"), ("96", "ninety-six")),
            Question(ENERGY, "last meter reading", ("48213",)),
            Question(ENERGY, "what did he ask for most recently", ("smart meter",)),
            Question(ENERGY, "is he on a gas tariff as well", ()),
            Question(ENERGY, "does he have solar panels", ()),
        ],
    ),
    Caller(
        number="+31612345678",
        names=("Femke",),
        private_to={SKIN: ("eczema", "hydrocortisone", "rash")},
        calls=[
            Call(
                SKIN, 33, "en", "Eczema flare-up",
                "The user, Femke de Vries, reported an eczema flare-up on both hands. The dermatologist "
                "prescribed hydrocortisone cream twice daily for two weeks. A follow-up was booked for "
                "{+14}.",
                [
                    ("ClearSkin Dermatology.", "Hi, my hands are really bad again, the eczema."),
                    ("The doctor prescribes hydrocortisone cream, twice a day.", "For how long?"),
                    ("Two weeks, then we see you again.", "OK, thank you."),
                ],
                {"first_name": "Femke"},
            ),
            Call(
                RENTAL, 12, "en", "Car rental booking",
                "Femke de Vries rented a compact automatic car from Schiphol airport for five days, "
                "reservation RT-55190. She asked for a child seat.",
                [
                    ("Go Rentals, how can I help?", "I need a car at Schiphol for five days."),
                    ("Manual or automatic?", "Automatic, compact is fine."),
                    ("Your reservation is R T five five one nine zero.", "And a child seat please."),
                ],
                {"first_name": "Femke", "reservation": "RT-55190"},
            ),
        ],
        questions=[
            Question(SKIN, "what cream was prescribed", ("hydrocortisone",)),
            Question(SKIN, "which part of the body is affected", ("hands",)),
            Question(RENTAL, "gearbox preference", ("automatic",)),
            Question(RENTAL, "RT 55190", ("RT-55190",)),
            Question(RENTAL, "anything for the kids", ("child seat",)),
            Question(RENTAL, "does she have any skin condition", ()),
            Question(RENTAL, "insurance excess waiver", ()),
        ],
    ),
    Caller(
        number="+16045550142",
        names=("Mei", "Daniel"),
        calls=[
            Call(
                TUTOR, 40, "en", "Maths tutoring",
                "The user, Mei Chen, signed up her son Leo, in grade 8, for weekly maths tutoring on "
                "Wednesdays at 4 PM with the tutor Mr. Alvarez.",
                [
                    ("Bright Minds Tutoring.", "Hi, I want maths tutoring for my son Leo."),
                    ("What grade is he in?", "Grade eight."),
                    ("Wednesdays at four with Mr Alvarez?", "That works."),
                ],
                {"first_name": "Mei"},
            ),
            Call(
                TUTOR, 6, "en", "Adding science",
                "Daniel Chen asked to add a science session for Leo before his exams on {+9}. The agent "
                "will confirm a Friday slot by email.",
                [
                    ("Bright Minds Tutoring.", "Hi, Daniel Chen, Leo's dad. Can he do science too?"),
                    ("Before his exams? We'll email you a Friday slot.", "Thanks."),
                ],
                {"first_name": "Daniel"},
            ),
        ],
        questions=[
            Question(TUTOR, "who is the student's tutor", ("Alvarez",)),
            Question(TUTOR, "what year of school is the child in", ("grade 8", "grade eight")),
            Question(TUTOR, "what subjects", ("science", "maths")),
            Question(TUTOR, "does Leo have a learning difficulty", ()),
            Question(TUTOR, "how do they pay for the lessons", ()),
        ],
    ),
]  # fmt: skip
