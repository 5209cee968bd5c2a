"""The evaluation's callers: several calls each, as ElevenLabs would report them, and the questions an
agent would then ask about them.

Written to look like real calls to a dental clinic, a restaurant, a bank and a shoe shop: corrections,
a phone two people share, one caller of two businesses, numbers spoken and written, and questions
nobody answered. Days are relative to the day the evaluation runs (``days_ago``), and a day named in a
summary is written ``{+N}`` (N days after that call), so "an appointment two months past" stays past.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

DENTAL = "agent_dental_0000000000000000000001"
BISTRO = "agent_bistro_0000000000000000000002"
BANK = "agent_bank_00000000000000000000000003"
SHOP = "agent_shop_00000000000000000000000004"


@dataclass(frozen=True)
class Call:
    agent: str
    days_ago: int
    language: str
    title: str
    summary: str
    turns: list[tuple[str, str]]  # (agent line, caller line)
    collected: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Question:
    agent: str
    query: str
    answers: tuple[str, ...]  # any of these in a memory answers it; empty: nobody ever said it
    outdated: tuple[str, ...] = ()  # values a later call replaced


@dataclass(frozen=True)
class Caller:
    number: str
    calls: list[Call]
    questions: list[Question]
    names: tuple[str, ...]  # the name the next greeting may use, or several on a shared phone
    private_to: dict[str, tuple[str, ...]] = field(default_factory=dict)  # agent → its private words


def analysis_items(
    topic: str, open_item: str, when: str, facts: str, category: str, **ordinary: str
) -> dict[str, str]:
    """The post-call analysis items, as the agent's data collection would return them."""
    return {
        **ordinary,
        "call_topic": topic,
        "open_item": open_item,
        "open_item_date": when,
        "lasting_facts": facts,
        "sensitive_category": category,
    }


def long_call(
    head: list[tuple[str, str]],
    middle: list[tuple[str, str]],
    tail: list[tuple[str, str]],
    *,
    acks: list[str],
    talk: list[str],
    start: int = 0,
    total: int = 84,
) -> list[tuple[str, str]]:
    """A long call: the head, small talk, the middle (said once, nowhere else), more small talk, the tail."""
    n = max(total - len(head) - len(middle) - len(tail), 0)
    filler = [(acks[i % len(acks)], talk[(start + i) % len(talk)]) for i in range(n)]
    return head + filler[: n // 2] + middle + filler[n // 2 :] + tail


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def day_written(days_ago: int, after: int = 0) -> tuple[str, ...]:
    """The day ``after`` days past a call of ``days_ago`` days ago, as a memory may write it ("December
    8", "8 December"): a question's answers, relative to the day the set is run like its calls."""
    day = date.today() - timedelta(days=days_ago - after)
    month = _MONTHS[day.month - 1]
    return (f"{month} {day.day}", f"{day.day} {month}")


CALLERS: list[Caller] = [
    Caller(
        number="+14155550101",
        names=("Maria",),
        calls=[
            Call(
                DENTAL, 62, "es", "Dental cleaning booked",
                "Maria Lopez booked a dental cleaning for {+3} at 10 AM. She said she is allergic to "
                "penicillin and prefers morning appointments. Her address is 12 Oak Avenue, Berkeley.",
                [
                    ("Thanks for calling Bright Smile Dental, how can I help?",
                     "Hola, I'd like to book a cleaning."),
                    ("Of course. May I have your name?", "Maria Lopez."),
                    ("Any allergies we should know about?", "Yes, I'm allergic to penicillin."),
                    ("Do you prefer mornings or afternoons?", "Mornings, please, before noon."),
                    ("And your home address?", "12 Oak Avenue in Berkeley."),
                ],
                {"first_name": "Maria", "address": "12 Oak Avenue, Berkeley", "reason": "booking"},
            ),
            Call(
                DENTAL, 41, "es", "Address update",
                "Maria called to update her address to 48 Elm Street, Oakland, after moving. She said the "
                "cleaning went well.",
                [
                    ("Bright Smile Dental, how can I help?", "Hi, it's Maria Lopez, I moved house."),
                    ("What's the new address?", "48 Elm Street, Oakland."),
                    ("How was your last cleaning?", "It went well, thank you."),
                ],
                {"first_name": "Maria", "address": "48 Elm Street, Oakland", "reason": "general query"},
            ),
            Call(
                DENTAL, 9, "es", "Loose crown",
                "Maria reported that her crown feels loose when she chews. The office will call her back to "
                "confirm a crown fitting on {+11}.",
                [
                    ("Bright Smile Dental, how can I help?", "My crown feels loose when I chew."),
                    ("Which tooth is it?", "The upper right one, the crown from last year."),
                    ("We'll call you back to confirm a fitting.", "Great, thanks."),
                ],
                {"first_name": "Maria", "reason": "rescheduling"},
            ),
        ],
        questions=[
            Question(DENTAL, "What is the patient allergic to?", ("penicillin",)),
            Question(DENTAL, "What is the caller's current home address?", ("48 Elm",), ("12 Oak",)),
            Question(DENTAL, "Does she prefer morning or afternoon appointments?", ("morning",)),
            Question(DENTAL, "What problem did she report with her crown?", ("loose",)),
            Question(DENTAL, "Which insurance provider does the patient use?", ()),
            Question(DENTAL, "What is her date of birth?", ()),
        ],
    ),
    Caller(
        number="+14155550102",
        names=("John", "Emma"),
        calls=[
            Call(
                BISTRO, 30, "en", "Birthday table reservation",
                "John Carter reserved a table for twelve people on {+6} at 7 PM for his daughter's "
                "birthday. He asked for a cake to be ready.",
                [
                    ("Hello, Luigi's Bistro, how can I help?",
                     "Hi, I'd like to book a table for a birthday."),
                    ("How many people?", "Twelve people."),
                    ("What name is the booking under?", "John Carter."),
                    ("Anything special?", "Yes, could you have a cake ready?"),
                ],
                {"first_name": "John", "party_size": "12"},
            ),
            Call(
                BISTRO, 12, "en", "Vegetarian menu question",
                "Emma Carter asked whether the bistro has vegetarian options; she is vegetarian. She was "
                "told the menu has three vegetarian mains.",
                [
                    ("Luigi's Bistro, how can I help?", "Hi, this is Emma, do you have vegetarian dishes?"),
                    ("Yes, we have three vegetarian mains. Are you vegetarian?", "Yes, I don't eat meat."),
                ],
                {"first_name": "Emma"},
            ),
            Call(
                BISTRO, 4, "en", "Reservation change",
                "John Carter changed his reservation from twelve to fourteen people and asked for a quiet "
                "corner.",
                [
                    ("Luigi's Bistro, how can I help?", "It's John Carter, about my reservation."),
                    ("What would you like to change?", "Make it fourteen people instead of twelve."),
                    ("Any seating preference?", "A quiet corner if possible."),
                ],
                {"first_name": "John", "party_size": "14"},
            ),
        ],
        questions=[
            Question(BISTRO, "How many guests is the reservation for?", ("fourteen", "14"), ("twelve", "12")),
            Question(BISTRO, "Does anyone in the household have a dietary preference?", ("vegetarian",)),
            Question(BISTRO, "What seating did they ask for?", ("quiet corner",)),
            Question(BISTRO, "What is the caller's favourite wine?", ()),
        ],
    ),
    Caller(
        number="+447700900123",
        names=("Ahmed",),
        calls=[
            Call(
                BANK, 50, "en", "Lost debit card",
                "Ahmed Khan reported his debit card lost. The old card was cancelled and a new card ending "
                "in 4821 will be mailed within seven days. SMS alerts go to 07700 900999.",
                [
                    ("Northbank, how can I help?", "I've lost my debit card."),
                    ("I've cancelled it. Your new card ends in four eight two one.", "OK, thanks."),
                    ("Which number should we text alerts to?",
                     "Oh seven seven double oh, nine double oh nine nine nine."),
                ],
                {"first_name": "Ahmed", "alert_number": "07700 900999"},
            ),
            Call(
                BANK, 25, "en", "Cheque book order",
                "Ahmed ordered a new cheque book; the order reference is CHK-55812 and it arrives in five "
                "working days.",
                [
                    ("Northbank, how can I help?", "I need a new cheque book."),
                    ("Done, your order reference is C H K five five eight one two.", "CHK-55812, got it."),
                ],
                {"first_name": "Ahmed", "order_reference": "CHK-55812"},
            ),
            Call(
                BANK, 6, "en", "Alert number change",
                "Ahmed changed the number for SMS alerts to 07700 900456 because he has a new phone.",
                [
                    ("Northbank, how can I help?", "I have a new phone number for my alerts."),
                    ("What's the new number?", "Oh seven seven double oh, nine double oh four five six."),
                ],
                {"first_name": "Ahmed", "alert_number": "07700 900456"},
            ),
        ],
        questions=[
            Question(BANK, "What is the reference of his cheque book order?", ("CHK-55812",)),
            Question(BANK, "CHK-55812", ("CHK-55812",)),
            Question(BANK, "What are the last digits of his new card?", ("4821", "four eight two one")),
            Question(BANK, "Which number should SMS alerts go to?", ("900456", "four five six"), ("900999",)),
            Question(BANK, "What is his mortgage interest rate?", ()),
        ],
    ),
    Caller(
        number="+393331234567",
        names=("Sofia",),
        private_to={DENTAL: ("root canal", "ibuprofen", "molar")},
        calls=[
            Call(
                DENTAL, 20, "it", "Root canal follow-up",
                "Sofia Rossi had a root canal on her lower left molar last week and is taking ibuprofen for "
                "the pain. She will come back for a check-up on {+14}.",
                [
                    ("Bright Smile Dental, how can I help?", "Buongiorno, I had a root canal last week."),
                    ("How is the pain?", "Still sore, I'm taking ibuprofen."),
                    ("Let's book a check-up.", "Yes, in two weeks please."),
                ],
                {"first_name": "Sofia", "reason": "confirmation"},
            ),
            Call(
                BISTRO, 8, "it", "Table for two",
                "Sofia Rossi booked a table for two on {+4} at 8 PM and asked for a window seat.",
                [
                    ("Luigi's Bistro, how can I help?", "A table for two, please."),
                    ("Any preference?", "By the window, if you can."),
                ],
                {"first_name": "Sofia", "party_size": "2"},
            ),
        ],
        questions=[
            Question(BISTRO, "Where does she like to sit?", ("window",)),
            Question(BISTRO, "How many people is her booking for?", ("two", "2")),
            Question(DENTAL, "What treatment did she have on her tooth?", ("root canal",)),
            Question(DENTAL, "Which medication is she taking?", ("ibuprofen",)),
            Question(BISTRO, "Is she taking any medication?", ()),
        ],
    ),
    Caller(
        number="+33612345678",
        names=("Pierre",),
        calls=[
            Call(
                SHOP, 35, "fr", "Running shoes order",
                "Pierre Martin ordered running shoes in size 43, order number A-77120, delivery expected "
                "within a week.",
                [
                    ("Stride Shoes, how can I help?", "Bonjour, I want the trail running shoes."),
                    ("Which size?", "Forty-three."),
                    ("Your order number is A-77120.", "A-77120, merci."),
                ],
                {"first_name": "Pierre", "order_number": "A-77120", "shoe_size": "43"},
            ),
            Call(
                SHOP, 22, "fr", "Exchange request",
                "Pierre said the shoes from order A-77120 are too small and asked to exchange them for size "
                "44. A return label was emailed.",
                [
                    ("Stride Shoes, how can I help?", "The shoes are too small."),
                    ("Which size would you like instead?", "Size forty-four, please."),
                ],
                {"first_name": "Pierre", "shoe_size": "44"},
            ),
            Call(
                SHOP, 3, "fr", "Exchange shipped",
                "Pierre was told his exchange shipped with tracking number 1Z999AA10123456784 and should "
                "arrive on {+4}.",
                [
                    ("Stride Shoes, how can I help?", "Has my exchange shipped?"),
                    ("Yes, tracking number 1Z999AA10123456784.", "Perfect, thank you."),
                ],
                {"first_name": "Pierre", "tracking_number": "1Z999AA10123456784"},
            ),
        ],
        questions=[
            Question(SHOP, "What is the order number?", ("A-77120",)),
            Question(SHOP, "Which shoe size does he need?", ("44", "forty-four"), ("43", "forty-three")),
            Question(SHOP, "What is the tracking number of the exchange?", ("1Z999AA10123456784",)),
            Question(SHOP, "What is his email address?", ()),
        ],
    ),
    Caller(
        number="+4915112345678",
        names=("Greta",),
        calls=[
            Call(
                DENTAL, 70, "de", "Hygiene appointment",
                "Greta Weber booked a hygiene appointment for {+5} at 9 AM.",
                [
                    ("Bright Smile Dental, how can I help?", "Guten Tag, I need a hygiene appointment."),
                    ("Morning or afternoon?", "Nine in the morning."),
                ],
                {"first_name": "Greta", "reason": "booking"},
            ),
            Call(
                DENTAL, 15, "de", "Invoice question",
                "Greta asked about invoice 2026-0412 for 85 euros and said she will pay it by bank "
                "transfer.",
                [
                    ("Bright Smile Dental, how can I help?", "I have a question about my invoice."),
                    ("Which invoice number?", "Twenty twenty-six dash oh four one two."),
                    ("That's 85 euros. How will you pay?", "By bank transfer."),
                ],
                {"first_name": "Greta", "reason": "general query"},
            ),
        ],
        questions=[
            Question(DENTAL, "How much was her invoice?", ("85",)),
            Question(DENTAL, "How will she pay the invoice?", ("bank transfer",)),
            Question(DENTAL, "Does she have any allergies?", ()),
        ],
    ),
]  # fmt: skip
