"""A second set of callers, kept out of tuning: written after the ranking's weights and floor were
chosen on ``dataset``, with other businesses, other phrasing and untidier calls (no titles, a
recognition error, a web caller without a number, five calls for one caller). ``make eval`` reports
it apart; when it and ``dataset`` disagree, it is the one to believe.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question

GARAGE = "agent_garage_000000000000000000000005"
HOTEL = "agent_hotel_0000000000000000000000006"
ISP = "agent_isp_000000000000000000000000007"

HOLDOUT: list[Caller] = [
    Caller(
        number="+13125550177",
        names=("Dave",),
        calls=[
            Call(
                GARAGE, 80, "en", "",
                "Dave Morgan brought in his 2014 Honda Civic for brakes squeaking. The mechanic replaced the "
                "front brake pads.",
                [
                    ("Hi, Quick Fix Garage.", "Hey, it's Dave, my Civic's brakes are squeaking."),
                    ("What year is the car?", "Twenty fourteen Honda Civic."),
                ],
                {"first_name": "Dave", "vehicle": "2014 Honda Civic"},
            ),
            Call(
                GARAGE, 33, "en", "",
                "Dave asked for an oil change. He mentioned he now drives a 2019 Toyota RAV4 after selling "
                "the Civic.",
                [
                    ("Quick Fix Garage, what can we do?", "I need an oil change, but for my new car."),
                    ("Which car is it now?", "A twenty nineteen Toyota RAV4, I sold the Civic."),
                ],
                {"first_name": "Dave", "vehicle": "2019 Toyota RAV4"},
            ),
            Call(
                GARAGE, 12, "en", "",
                "Dave booked a tyre rotation for {+9} at 8 AM. The quote was 45 dollars.",
                [
                    ("Quick Fix Garage.", "Can I get the tyres rotated?"),
                    ("Sure, eight in the morning works. It's forty-five dollars.", "Great, book it."),
                ],
                {"first_name": "Dave"},
            ),
            Call(
                GARAGE, 5, "en", "",
                "Dave asked whether the garage sells winter tyres. He was told they stock Michelin and "
                "Bridgestone.",
                [
                    ("Quick Fix Garage.", "Do you guys sell winter tyres?"),
                    ("We stock Michelin and Bridgestone.", "Cool."),
                ],
                {"first_name": "Dave"},
            ),
            Call(
                GARAGE, 2, "en", "",
                "Dave said the check engine light came on in the RAV4. The garage will call him back once a "
                "diagnostic slot opens.",
                [
                    ("Quick Fix Garage.", "My check engine light is on."),
                    ("We'll call you back with a slot.", "Thanks."),
                ],
                {"first_name": "Dave"},
            ),
        ],
        questions=[
            Question(GARAGE, "what car does he drive now", ("RAV4",), ("Civic",)),
            Question(GARAGE, "price quoted for rotating the tyres", ("45", "forty-five")),
            Question(GARAGE, "warning light problem", ("check engine",)),
            Question(GARAGE, "which tyre brands were mentioned", ("Michelin",)),
            Question(GARAGE, "did he ask about financing", ()),
            Question(GARAGE, "his licence plate", ()),
        ],
    ),
    Caller(
        number="+442079460321",
        names=("Priya",),
        calls=[
            Call(
                HOTEL, 45, "en", "Room booking",
                "Priya Shah booked a double room for three nights from {+20}. She needs a penny sillin free "
                "first aid kit, she said, and asked for a late check-out.",
                [
                    ("Harbour Hotel reservations.", "Hello, a double room for three nights please."),
                    ("Any requests?", "A late check-out, and I'm allergic to penicillin."),
                ],
                {"first_name": "Priya", "room_type": "double"},
            ),
            Call(
                HOTEL, 18, "en", "Booking upgrade",
                "Priya upgraded her booking to a sea view suite and confirmed confirmation code HX-4471.",
                [
                    ("Harbour Hotel.", "Can I upgrade to a sea view suite?"),
                    ("Done, your confirmation code is H X four four seven one.", "HX-4471, thank you."),
                ],
                {"first_name": "Priya", "room_type": "sea view suite", "confirmation_code": "HX-4471"},
            ),
        ],
        questions=[
            Question(HOTEL, "what kind of room is she staying in", ("suite",), ("double room",)),
            Question(HOTEL, "booking confirmation code", ("HX-4471",)),
            Question(HOTEL, "HX 4471", ("HX-4471",)),
            Question(HOTEL, "special requests for checkout", ("late check-out",)),
            Question(HOTEL, "does she need airport parking", ()),
        ],
    ),
    Caller(
        number="+12065550143",
        names=("Lena", "Marco"),
        calls=[
            Call(
                ISP, 27, "en", "Internet outage",
                "Lena Novak reported her internet down since the morning. Account number 88-301-775. A "
                "technician visit was scheduled for {+2}.",
                [
                    ("FiberNet support.", "Our internet has been down all morning."),
                    ("Your account number?", "Eight eight, three oh one, seven seven five."),
                ],
                {"first_name": "Lena", "account_number": "88-301-775"},
            ),
            Call(
                ISP, 10, "en", "Plan change",
                "Marco Novak asked to move the household to the 1 gigabit plan for 70 dollars a month.",
                [
                    ("FiberNet support.", "This is Marco, I want the faster plan."),
                    ("The 1 gig plan is 70 a month.", "Yes."),
                ],
                {"first_name": "Marco", "plan": "1 gigabit"},
            ),
        ],
        questions=[
            Question(ISP, "which plan are they on", ("1 gigabit", "1 gig")),
            Question(ISP, "monthly price of the plan", ("70",)),
            Question(ISP, "the account number", ("88-301-775",)),
            Question(ISP, "router model", ()),
        ],
    ),
]  # fmt: skip
