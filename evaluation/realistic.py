"""A third set of callers, written in ElevenLabs' own style and run once before anything was changed for it.

ElevenLabs' analysis speaks of "the user" and "the agent" in the third person and names the agent (see
the real summary in ``tests/fixtures``); callers hesitate, repeat themselves and spell codes out; the
speech recogniser mishears. Six callers of a vet, a pharmacy and a gym (one caller of both), a travel
agency, a plumber called from a family's shared phone, and a car insurer: corrections, identifiers said
letter by letter, a pet's medication, a past appointment, questions nobody answered. ``make eval``
reports it apart from the other two sets.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question

VET = "agent_vet_000000000000000000000000008"
PHARMACY = "agent_pharmacy_0000000000000000000009"
GYM = "agent_gym_000000000000000000000000010"
TRAVEL = "agent_travel_000000000000000000000011"
PLUMBER = "agent_plumber_00000000000000000000012"
INSURER = "agent_insurer_00000000000000000000013"

REALISTIC: list[Caller] = [
    Caller(
        number="+16175550188",
        names=("Tom",),
        calls=[
            Call(
                VET, 58, "en", "Puppy vaccination booking",
                "The user, Tom Becker, called Happy Paws Veterinary to book vaccinations for his golden "
                "retriever puppy, Biscuit. The agent, Sam, scheduled the appointment for {+4} at 3 PM and "
                "reminded him to bring the vaccination card from the breeder.",
                [
                    ("Happy Paws Veterinary, this is Sam, how can I help?",
                     "Hi, um, yeah, I need to get my puppy his shots."),
                    ("Sure! What's the puppy's name?", "Biscuit. He's a golden retriever, ten weeks old."),
                    ("And your name?", "Tom Becker."),
                    ("Would three in the afternoon work?", "Yeah three's fine."),
                ],
                {"first_name": "Tom", "pet_name": "Biscuit"},
            ),
            Call(
                VET, 16, "en", "Limping dog",
                "Tom called because Biscuit has been limping on his front left leg after a hike. The agent "
                "advised rest and said the vet prescribed carprofen, 25 milligrams twice a day, which he can "
                "pick up at the front desk. The user was told to call back if the limp is not better in a "
                "week.",
                [
                    ("Happy Paws, Sam speaking.", "Hey it's Tom, Biscuit's owner. He's limping."),
                    ("Which leg?", "Front left. We went on a long hike Saturday."),
                    ("The doctor prescribed car pro fen, twenty five milligrams twice a day.",
                     "OK, car profen, got it, I'll pick it up."),
                ],
                {"first_name": "Tom", "pet_name": "Biscuit"},
            ),
            Call(
                VET, 4, "en", "Change of email",
                "Tom asked to update his email for invoices to tom.becker@fastmail.com instead of his old "
                "work address. He said Biscuit's limp is gone.",
                [
                    ("Happy Paws, Sam speaking.", "Hi, can you send the invoices to a different email?"),
                    ("Sure, what's the new one?", "tom dot becker at fastmail dot com."),
                    ("How's Biscuit's leg?", "All better, thanks."),
                ],
                {"first_name": "Tom", "email": "tom.becker@fastmail.com"},
            ),
        ],
        questions=[
            Question(VET, "dog's breed", ("golden retriever",)),
            Question(VET, "medication prescribed for the dog", ("carprofen", "car pro fen")),
            Question(VET, "which leg was he limping on", ("front left",)),
            Question(VET, "email for invoices", ("fastmail",)),
            Question(VET, "does he have other pets", ()),
            Question(VET, "pet insurance company", ()),
        ],
    ),
    Caller(
        number="+5511987654321",
        names=("Ana",),
        private_to={PHARMACY: ("metformin", "diabetes", "blood sugar")},
        calls=[
            Call(
                PHARMACY, 40, "pt", "Prescription refill",
                "The user, Ana Souza, requested a refill of her metformin prescription for her type 2 "
                "diabetes. The agent confirmed it would be delivered to Rua Augusta 500, apartment 12, the "
                "next day.",
                [
                    ("City Pharmacy, how may I help you?", "Olá, I need my metformin refilled."),
                    ("Can I have your name?", "Ana Souza."),
                    ("Delivery to the address on file, Rua Augusta 500, apartment 12?", "Yes, that's right."),
                ],
                {"first_name": "Ana", "delivery_address": "Rua Augusta 500, apt 12"},
            ),
            Call(
                GYM, 30, "pt", "Membership sign-up",
                "Ana Souza signed up for the premium monthly membership at 59 dollars a month. She is "
                "interested in yoga classes on Tuesday evenings.",
                [
                    ("FitLife Gym, how can I help?", "Hi, I want to join the gym."),
                    ("We have basic at 29 and premium at 59 a month.", "Premium, please. Do you have yoga?"),
                    ("Yes, Tuesday and Thursday evenings.", "Tuesdays work for me."),
                ],
                {"first_name": "Ana", "membership": "premium monthly"},
            ),
            Call(
                PHARMACY, 11, "pt", "Delivery address change",
                "Ana called to change her delivery address to Avenida Paulista 1200, apartment 81, because "
                "she moved. She also asked whether her glucose test strips are covered; the agent said they "
                "will check with her insurance and call her back.",
                [
                    ("City Pharmacy.", "Hi, it's Ana Souza, I moved, please change my address."),
                    ("What's the new address?", "Avenida Paulista twelve hundred, apartment eighty one."),
                    ("Anything else?", "Are my glucose strips covered?"),
                    ("I'll check with your insurance and call you back.", "Thanks."),
                ],
                {"first_name": "Ana", "delivery_address": "Avenida Paulista 1200, apt 81"},
            ),
            Call(
                GYM, 3, "pt", "Membership downgrade",
                "Ana asked to downgrade from premium to the basic membership starting next month because she "
                "is travelling a lot.",
                [
                    ("FitLife Gym.", "Hi, Ana Souza here, I'd like to switch to the basic plan."),
                    ("From next month?", "Yes, I'm travelling a lot."),
                ],
                {"first_name": "Ana", "membership": "basic"},
            ),
        ],
        questions=[
            Question(PHARMACY, "which medication does she refill", ("metformin",)),
            Question(PHARMACY, "delivery address", ("Paulista",), ("Augusta",)),
            Question(GYM, "what membership plan is she on", ("basic",), ("premium",)),
            Question(GYM, "which classes is she interested in", ("yoga",)),
            Question(GYM, "any medical conditions we should know about", ()),
            Question(PHARMACY, "does she have a personal trainer", ()),
        ],
    ),
    Caller(
        number="+4930901820",
        names=("Lukas",),
        calls=[
            Call(
                TRAVEL, 35, "de", "Lisbon flight booking",
                "The user, Lukas Meyer, booked return flights from Berlin to Lisbon for two adults. The "
                "booking reference is QF7K2M. He prefers aisle seats. The agent sent the itinerary by email.",
                [
                    ("Wanderlust Travel, Mia speaking.", "Hallo, I want to book flights to Lisbon, for two."),
                    ("Window or aisle?", "Aisle, always aisle."),
                    ("Your booking reference is Q F seven K two M.", "Q F 7 K 2 M. Danke."),
                ],
                {"first_name": "Lukas", "booking_reference": "QF7K2M"},
            ),
            Call(
                TRAVEL, 20, "de", "Return date change",
                "Lukas moved the return flight of booking QF7K2M from the 14th to the 17th of the month and "
                "paid a change fee of 80 euros.",
                [
                    ("Wanderlust Travel.", "Hi, it's Lukas Meyer, can I come back three days later?"),
                    ("The seventeenth is possible, with an eighty euro change fee.", "OK, do it."),
                ],
                {"first_name": "Lukas", "return_date": "17th"},
            ),
            Call(
                TRAVEL, 6, "de", "Hotel request",
                "Lukas asked the agent to find a hotel in Lisbon near the Alfama district with breakfast "
                "included, under 150 euros a night. The agent will email him three options by {+2}.",
                [
                    ("Wanderlust Travel.", "Can you find me a hotel in Lisbon? Near Alfama."),
                    ("Budget?", "Under one fifty a night, with breakfast."),
                    ("I'll send you three options.", "Super."),
                ],
                {"first_name": "Lukas"},
            ),
        ],
        questions=[
            Question(TRAVEL, "flight booking reference", ("QF7K2M",)),
            Question(TRAVEL, "QF 7K2M", ("QF7K2M",)),
            Question(TRAVEL, "window or aisle", ("aisle",)),
            Question(TRAVEL, "how much was the change fee", ("80", "eighty")),
            Question(TRAVEL, "hotel budget per night", ("150", "one fifty")),
            Question(TRAVEL, "does he need a rental car", ()),
            Question(TRAVEL, "frequent flyer number", ()),
        ],
    ),
    Caller(
        number="+13035550111",
        names=("Rachel", "Ben"),
        calls=[
            Call(
                PLUMBER, 25, "en", "Leaking kitchen sink",
                "The user, Rachel Cohen, reported a leak under the kitchen sink. The agent booked a plumber "
                "for {+1} between 8 and 10 AM. The user mentioned the side gate is unlocked.",
                [
                    ("Reliable Plumbing, how can I help?", "Hi, there's water under my kitchen sink."),
                    ("Name please?", "Rachel Cohen."),
                    ("We can come tomorrow, eight to ten.", "Perfect. The side gate's open."),
                ],
                {"first_name": "Rachel"},
            ),
            Call(
                PLUMBER, 7, "en", "Water heater quote",
                "Ben Cohen asked for a quote to replace their water heater. The agent quoted 1,400 dollars "
                "for a 50-gallon tank including installation. Ben will call back after discussing it with "
                "his wife.",
                [
                    ("Reliable Plumbing.", "Hey, Ben Cohen, what would a new water heater cost?"),
                    ("A fifty gallon tank installed is fourteen hundred.", "Let me talk to my wife."),
                ],
                {"first_name": "Ben"},
            ),
        ],
        questions=[
            Question(PLUMBER, "what was leaking", ("kitchen sink",)),
            Question(PLUMBER, "water heater price quoted", ("1,400", "1400", "fourteen hundred")),
            Question(PLUMBER, "how to get into the property", ("side gate",)),
            Question(PLUMBER, "do they have a septic tank", ()),
        ],
    ),
    Caller(
        number="+33145678901",
        names=("Claire",),
        calls=[
            Call(
                INSURER, 44, "fr", "Car accident claim",
                "The user, Claire Dubois, reported that her Peugeot 308 was rear-ended at a traffic light. "
                "The agent opened claim CLM-30921 and arranged a rental car for one week.",
                [
                    ("SafeDrive Insurance, Leo speaking.", "Bonjour, someone hit my car from behind."),
                    ("I'm sorry. Which car?", "A Peugeot three oh eight."),
                    ("Your claim number is C L M three oh nine two one.", "CLM 30921, OK."),
                ],
                {"first_name": "Claire", "claim_number": "CLM-30921"},
            ),
            Call(
                INSURER, 19, "fr", "Claim follow-up",
                "Claire asked about claim CLM-30921. The agent said the adjuster, Mr. Patel, approved the "
                "repair at Garage Lumière and the deductible is 300 euros.",
                [
                    ("SafeDrive Insurance.", "Hello, any news on my claim?"),
                    ("Mr Patel approved the repair. Your deductible is three hundred.", "Merci."),
                ],
                {"first_name": "Claire"},
            ),
        ],
        questions=[
            Question(INSURER, "claim number", ("CLM-30921",)),
            Question(INSURER, "who is the adjuster", ("Patel",)),
            Question(INSURER, "deductible amount", ("300", "three hundred")),
            Question(INSURER, "which garage repairs the car", ("Lumière",)),
            Question(INSURER, "does she have home insurance with us", ()),
        ],
    ),
    Caller(
        number="+34612345678",
        names=("Javier",),
        calls=[
            Call(
                VET, 90, "es", "Cat dental cleaning",
                "The user, Javier Ruiz, booked a dental cleaning for his cat, Luna, on {+10}. The agent said "
                "Luna must not eat after midnight before the procedure.",
                [
                    ("Happy Paws Veterinary.", "Hola, my cat Luna needs her teeth cleaned."),
                    ("We have the tenth at nine.", "Vale, perfect."),
                ],
                {"first_name": "Javier", "pet_name": "Luna"},
            ),
            Call(
                VET, 2, "es", "Cat not eating",
                "Javier said Luna has not been eating for two days. The agent booked an urgent visit for "
                "{+1} at 9 AM.",
                [
                    ("Happy Paws Veterinary.", "Hi, Javier Ruiz, Luna isn't eating."),
                    ("Since when?", "Two days."),
                    ("Come tomorrow at nine.", "Gracias."),
                ],
                {"first_name": "Javier", "pet_name": "Luna"},
            ),
        ],
        questions=[
            Question(VET, "what is the cat's name", ("Luna",)),
            Question(VET, "why is he bringing the cat in", ("not been eating", "isn't eating")),
            Question(VET, "fasting instructions before the procedure", ("midnight",)),
            Question(VET, "is the cat microchipped", ()),
        ],
    ),
]  # fmt: skip
