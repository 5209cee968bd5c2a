"""Search ranking (``agentic_memory.ranking``): keywords, identifiers, corrections, the relevance floor."""

from __future__ import annotations

from agentic_memory.memory import MemoryRecord
from agentic_memory.memory_terms import terms
from agentic_memory.question_dates import spoken_date
from agentic_memory.ranking import rerank


def memory(text: str, score: float, day: str = "2026-11-01") -> MemoryRecord:
    return MemoryRecord(memory=text, score=score, metadata={"call_date": day})


def small_talk(lines: int = 2) -> list[MemoryRecord]:
    """Memories of a call's small talk, far below any answer: what a search finds beside one."""
    said = [
        ("Caller: Lovely, see you then.", 0.2),
        ("Agent: Anything else? Caller: No.", 0.25),
        ("Agent: Bye now. Caller: Bye.", 0.2),
        ("Caller: Thanks a lot.", 0.15),
    ]
    return [memory(text, score) for text, score in said[:lines]]


def test_a_question_nobody_answered_gets_nothing_below_the_floor() -> None:
    found = [memory("Prefers a window seat.", 0.31), memory("First name: Maria", 0.38)]
    assert rerank("What is her date of birth?", found, 3, floor=0.4) == []


def test_a_shared_word_keeps_a_memory_the_vectors_rank_low() -> None:
    found = [memory("The quote for rotating the tyres was 45 dollars.", 0.2)]
    assert [r.memory for r in rerank("tyre rotation price", found, 3, floor=0.4)] == [found[0].memory]


def test_a_kind_of_value_alone_is_no_shared_topic() -> None:
    found = [memory("Order number: A-77120", 0.3)]
    assert rerank("What is his phone number?", found, 3, floor=0.4) == []


def test_a_correction_comes_before_the_older_value_about_the_same_thing() -> None:
    old = memory("SMS alerts go to 07700 900999.", 0.79, "2026-10-01")
    new = memory("Ahmed changed the number for SMS alerts to 07700 900456.", 0.62, "2026-11-20")
    ranked = rerank("Which number should SMS alerts go to?", [old, new], 3, floor=0.4)
    assert [r.memory for r in ranked] == [new.memory, old.memory]


def test_a_later_calls_value_comes_first_whatever_words_say_it_changed() -> None:
    old = memory("season fee £2,850.", 0.79, "2026-10-13")
    new = memory("Bronwyn moved from C14 to D22. The season fee rises to £3,120.", 0.43, "2026-11-19")
    other = memory("Diesel prices at the fuel berth are steep.", 0.45, "2026-11-20")
    ranked = rerank("How much is the season fee?", [old, new, other], 3, floor=0.4)
    assert [r.memory for r in ranked] == [new.memory, old.memory]
    # an older call's memory sharing the question's terms stays below the first
    assert rerank("How much is the season fee?", [new, old], 3, floor=0.4)[0].memory == new.memory


def test_an_identifier_in_the_query_is_found_verbatim_whatever_its_spacing() -> None:
    found = [memory("Order CHK-55813 for a paying-in book order.", 0.7), memory("Reference CHK-55812.", 0.2)]
    assert rerank("chk 55812", found, 1, floor=0.4)[0].memory == "Reference CHK-55812."


def test_results_far_below_the_best_are_left_out() -> None:
    found = [memory("Allergic to penicillin.", 0.8), memory("Has a dog named Biscuit, a terrier.", 0.05)]
    assert [r.memory for r in rerank("allergy penicillin", found, 3)] == ["Allergic to penicillin."]


def test_a_change_of_one_thing_does_not_push_down_another_said_beside_it() -> None:
    limp = memory("Biscuit has been limping on his front left leg after a hike.", 0.51, "2026-11-14")
    email = memory(
        "Tom asked to update his email to tom@fastmail.com instead of his old one. He said the limp is gone.",
        0.31,
        "2026-11-26",
    )
    ranked = rerank("which leg was he limping on", [limp, email], 3, floor=0.4)
    assert ranked[0].memory == limp.memory


def test_a_hyphenated_word_is_the_same_word_written_whole() -> None:
    found = [memory("Agent: Any requests? Caller: A late check-out.", 0.2)]
    assert [r.memory for r in rerank("checkout time", found, 3, floor=0.4)] == [found[0].memory]


def test_a_memory_sharing_half_the_question_needs_the_rest_of_it_related() -> None:
    found = [memory("Hola, my cat Luna needs her teeth cleaned.", 0.28)]
    asked: list[tuple[str, str]] = []

    def unrelated(pairs: list[tuple[str, str]]) -> list[bool]:
        asked.extend(pairs)
        return [False] * len(pairs)

    assert rerank("is the cat microchipped", found, 3, floor=0.4, related=unrelated) == []
    assert asked == [("is the microchipped", found[0].memory)]
    related = rerank(
        "is the cat microchipped", found, 3, floor=0.4, related=lambda pairs: [True] * len(pairs)
    )
    assert [r.memory for r in related] == [found[0].memory]
    # A backend with no model of its own (Mem0 Platform) says nothing: the shared word keeps it.
    assert rerank("is the cat microchipped", found, 3, floor=0.4, related=lambda pairs: None) != []
    # Above the floor too: the vector score is mostly the shared word's.
    pet = [memory("Pet name: Biscuit", 0.43)]
    assert rerank("pet insurance company", pet, 3, floor=0.4, related=unrelated) == []
    assert asked[-1] == ("insurance company", "Pet name: Biscuit")


def test_a_related_memory_sharing_half_the_question_is_kept_however_its_vector_ranks() -> None:
    answer = memory("Agent: What size are they? Caller: It says 195/55 R16 on the side wall.", 0.35)
    others = [memory(f"Booked a tyre fitting, visit {n}.", 0.5 + n / 100) for n in range(5)]
    others += [memory("Car: blue Corsa.", 0.2), memory("Car park at the back.", 0.17)]
    ranked = rerank(
        "What size are her tyres?", [answer, *others], 3, floor=0.4, related=lambda p: [True] * len(p)
    )
    assert answer.memory in [r.memory for r in ranked]


def test_an_answer_holds_at_most_max_characters_the_first_cut_to_what_the_query_shares() -> None:
    from agentic_memory.ranking import MAX_CHARACTERS

    chatter = " ".join(
        f"The weather was mild on day {n} and the caller talked about the garden." for n in range(6)
    )
    long_one = memory(f"{chatter} The gutters were cleaned by Dana on the east side. {chatter}", 0.7)
    others = [memory(f"Second memory about the gutters and the roof, number {n}.", 0.6) for n in range(5)]
    ranked = rerank("who cleaned the gutters", [long_one, *others], 5, floor=0.4)
    assert sum(len(r.memory) for r in ranked) <= MAX_CHARACTERS
    assert "The gutters were cleaned by Dana" in ranked[0].memory


def test_a_sentence_longer_than_the_answer_is_cut_to_its_clauses_that_share_the_query() -> None:
    summary = memory(
        "The user, Heike Brandt, called in German to change the plans for her mother Ingrid's 90th "
        "birthday coffee on December 2: the kitchen should bake a cheesecake instead of the chocolate "
        "cake, without cream, for eleven guests rather than eight, and her brother Klaus will bring the "
        "flowers and the photographs of the family for the table in the garden lounge. The start time "
        "stays at 3 PM in the garden lounge.",
        0.58,
    )
    ranked = rerank("Which cake is the kitchen making for the birthday?", [summary], 3, floor=0.4)
    assert "the kitchen should bake a cheesecake" in ranked[0].memory


def test_a_question_asking_what_holds_now_prefers_the_newer_call() -> None:
    old = memory("She will pick him up around 5:30 PM.", 0.75, "2026-09-28")
    new = memory("From next week she will pick him up at 4:15.", 0.5, "2026-11-20")
    asked = "What time does his mother pick him up now?"
    assert rerank(asked, [old, new], 3, floor=0.4)[0].memory.startswith(new.memory)
    plain = "What time does his mother pick him up?"  # no word asking for now: the closer one first
    assert rerank(plain, [old, new], 3, floor=0.4)[0].memory.startswith(old.memory)


def test_a_question_asking_when_prefers_a_memory_naming_a_day_and_says_which_call() -> None:
    vague = memory("Agent: Anything else about the visit? Caller: The visit is about the boiler.", 0.55)
    dated = memory("The technician visit for the boiler is on Thursday at 9 AM.", 0.5, "2026-11-12")
    ranked = rerank("when is the boiler visit", [vague, dated], 3, floor=0.4)
    assert ranked[0].memory.startswith(dated.memory)
    assert ranked[0].memory.endswith("(call of Thursday, November 12)")


def test_a_name_shared_with_the_query_is_no_shared_topic() -> None:
    found = [memory("Caller: Hi, Daniel Chen, Leo's dad. Can he do science too?", 0.2)]
    assert rerank("does Leo have a learning difficulty", found, 3, floor=0.4) == []


def test_concurrent_searches_stem_alike() -> None:
    """Snowball's stemmer objects keep state: shared by threads they raised IndexError or stemmed wrong."""
    from concurrent.futures import ThreadPoolExecutor

    from snowballstemmer import stemmer

    from agentic_memory.memory_terms import terms

    def text(n: int) -> str:
        stems = ("organis", "gener", "rot")
        suffixes = ("ly", "ness", "izing", "ed", "s")
        words = [f"{stem}{'x' * (n % 7)}ational{suffix}" for stem in stems for suffix in suffixes]
        return " ".join(words * 20) + f" q{n}"

    alone = stemmer("english")
    expected = {n: [alone.stemWord(w) for w in text(n).split()] for n in range(64)}
    with ThreadPoolExecutor(8) as pool:
        found = dict(zip(range(64), pool.map(lambda n: terms(text(n)), range(64)), strict=True))
    assert found == expected


def test_above_the_floor_a_memory_sharing_no_word_must_stand_out_from_the_small_talk() -> None:
    talk = [memory(f"Agent: Mm-hm. Caller: My sister visits on weekends, story {n}.", 0.44) for n in range(9)]
    assert rerank("Does she have children?", talk, 3, floor=0.4) == []
    answer = memory("Agent: Who lives with you? Caller: My two kids, Sam and Ella.", 0.58)
    assert [r.memory for r in rerank("Does she have children?", [*talk, answer], 3, floor=0.4)] == [
        answer.memory
    ]


def test_a_question_naming_a_day_finds_what_that_days_call_said() -> None:
    gutters = memory("Agent: Anything else? Caller: Please check the downpipe too.", 0.1, "2026-11-12")
    other = memory("Agent: Anything else? Caller: The hedge needs trimming.", 0.3, "2026-10-02")
    for query in ("what did she ask for on November 12", "the call of 12th November", "on 2026-11-12"):
        assert [r.memory for r in rerank(query, [other, gutters], 1, floor=0.4)] == [gutters.memory], query
    assert [r.memory for r in rerank("what did she ask for on May 3", [other, gutters], 3, floor=0.4)] == []


def test_a_question_asking_how_much_is_answered_only_by_a_memory_with_a_number() -> None:
    about = memory("She asked whether the hedge trimming could wait until spring.", 0.62)
    priced = memory("The hedge trimming was quoted at two hundred pounds.", 0.41)
    assert [r.memory for r in rerank("How much is the hedge trimming?", [about], 3, floor=0.4)] == []
    ranked = rerank("How much is the hedge trimming?", [about, priced], 3, floor=0.4)
    assert [r.memory for r in ranked] == [priced.memory]


def test_a_number_spoken_in_another_language_is_a_number() -> None:
    found = [memory("Vendrán treinta y dos invitados a la cena de empresa.", 0.45)]
    ranked = rerank("How many invitados are coming?", found, 3, floor=0.4)
    assert [r.memory for r in ranked] == [found[0].memory]


def test_a_question_asking_for_an_email_is_answered_only_by_a_memory_with_one() -> None:
    found = [memory("He wants the invoices sent by email from now on.", 0.7)]
    assert rerank("What is his email address for invoices?", found, 3, floor=0.4) == []
    found.append(memory("Invoices go to dev.ops at harbourline dot com.", 0.35))
    ranked = rerank("What is his email address for invoices?", found, 3, floor=0.4)
    assert [r.memory for r in ranked] == [found[1].memory]


def test_other_questions_need_no_kind_of_value() -> None:
    found = [memory("Her cat Juniper hides under the bed when strangers visit.", 0.5)]
    assert [r.memory for r in rerank("Where does her cat hide?", found, 3, floor=0.4)] == [found[0].memory]


def test_a_clitic_is_not_a_word_of_the_question() -> None:
    """ "what's" shares nothing with a memory; "Sam's" is Sam."""
    assert terms("What's Sam's van? It doesn't start, she can't say") == ["sam", "van", "start"]


def test_a_memory_sharing_only_the_name_must_answer_the_rest_of_the_question() -> None:
    """ "First name: Tom" resembles any question naming Tom; it answers none of them."""
    asked: list[tuple[str, str]] = []

    def related(pairs: list[tuple[str, str]]) -> list[bool]:
        asked.extend(pairs)
        return ["blood" in memory for _, memory in pairs]

    name = memory("First name: Tom", 0.8)
    fact = memory("Blood type O negative, on his donor card.", 0.55)
    found = [name, fact, memory("Prefers mornings.", 0.2), memory("Lives near the station.", 0.2)]
    ranked = rerank("What is Tom's blood type?", found, 3, floor=0.4, related=related)
    assert [r.memory for r in ranked] == [fact.memory]
    assert ("What is blood type", name.memory) in asked


def test_a_question_asking_who_is_answered_by_a_memory_naming_someone() -> None:
    """The answer shares no word with the question and scores low; the name is what answers."""
    found = [
        memory("Hi, it's Omar, about my guitar lessons.", 0.45),
        memory("Moved to the Thursday group with Ingrid from next month.", 0.33),
        memory("Wants to learn fingerpicking.", 0.2),
        memory("Prefers evenings after six.", 0.2),
    ]
    ranked = [r.memory for r in rerank("Who teaches him now?", found, 3, floor=0.4)]
    assert found[1].memory in ranked  # the caller's own name counts as a name too: both are kept
    assert not {found[2].memory, found[3].memory} & set(ranked)


def test_a_question_asking_who_gets_nothing_from_memories_naming_nobody() -> None:
    found = [memory("The boiler makes a banging noise when the heating comes on.", 0.7)]
    assert rerank("Who installed the boiler?", found, 3, floor=0.4) == []


def test_i_inside_a_sentence_is_no_name() -> None:
    """ "Hi, I'm …" names nobody: a question asking who is not answered by it."""
    found = [memory("Hi, I'll be late for the lesson, sorry.", 0.6)]
    assert rerank("Who teaches him?", found, 3, floor=0.4) == []


def test_a_later_correction_sharing_no_word_of_the_question_comes_with_what_it_corrects() -> None:
    booked = memory("Grace booked a 60-minute prenatal massage with Elena.", 0.36, "2026-11-10")
    switched = memory(
        "Grace switched her next massage to Marcus instead of Elena, 90 minutes rather than 60.",
        0.38,
        "2026-11-30",
    )
    chatter = [memory(f"Agent: anything else? Caller: no, thanks {i}.", 0.3) for i in range(6)]
    found = [
        r.memory
        for r in rerank("Which therapist is she booked with?", [booked, switched, *chatter], 5, floor=0.4)
    ]
    assert found[:2] == [switched.memory, booked.memory]
    # older than what it would correct, or far from the question, it stays out
    early = memory(switched.memory, 0.38, "2026-11-01")
    assert switched.memory not in [
        r.memory
        for r in rerank("Which therapist is she booked with?", [booked, early, *chatter], 5, floor=0.4)
    ]


def test_a_date_is_spoken_with_its_own_weekday() -> None:
    assert spoken_date("2026-12-12") == "Saturday, December 12, 2026"
    assert spoken_date("after the holidays") == "after the holidays"


def test_an_email_address_answers_a_question_asking_for_one_whatever_they_share() -> None:
    address = memory("Agent: Anything else? Caller: Thank you, please use kasia.nowak@example.pl.", 0.12)
    other = memory("Agent: Anything else? Caller: Thank you, that's all for the renewal.", 0.12)
    ranked = rerank("What is her email address?", [address, other], 3, floor=0.4)
    assert [r.memory for r in ranked] == [address.memory]
    assert rerank("What is her email address?", [other], 3, floor=0.4) == []


def test_a_question_asking_for_a_code_is_not_answered_by_a_memory_without_one() -> None:
    label = memory("Agent: Will you be in? Caller: The key safe code is [secret].", 0.62)
    street = memory("Caller: 6 Ashgrove Lawn. The side gate code is [secret].", 0.6)
    reference = memory("The booking reference is TRV-40718.", 0.5)
    assert rerank("What is the key safe code?", [label, street], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What's the booking reference?", [reference], 3, floor=0.4)] == [
        reference.memory
    ]
    spoken = memory("Agent: And the policy? Caller: Policy four four seven one two.", 0.5)
    assert rerank("What is his policy number?", [spoken], 3, floor=0.4) != []


def test_a_question_asking_for_an_amount_is_answered_only_by_a_memory_holding_one() -> None:
    address = memory("Owen asked for the sofa to be delivered to 3 Willow Close instead.", 0.6)
    assert rerank("How much did he pay for the sofa?", [address], 3, floor=0.4) == []
    priced = memory("A full service costs $95 plus parts.", 0.5)
    assert rerank("How much does a service cost?", [priced], 3, floor=0.4) != []
    # a currency no list names, in a memory that says what the number is
    rand = memory("The term fee is two thousand four hundred rand for ten lessons.", 0.5)
    assert rerank("How much is the term fee?", [rand], 3, floor=0.4) != []


def test_a_question_asking_when_is_answered_only_by_a_memory_naming_a_day_or_a_time() -> None:
    undated = memory("Grandson Oliver gives a recital at her house.", 0.7, "2026-11-25")
    dated = memory("Caller: My grandson is giving a recital. Sunday, the second of May.", 0.5, "2026-11-20")
    ranked = rerank("When is the grandson's recital?", [undated, dated], 3, floor=0.4)
    assert [r.memory.split(" (call of")[0] for r in ranked] == [dated.memory]
    spanish = memory("Caller: Es el sábado veinte de marzo, la quinceañera.", 0.5)
    assert rerank("When is the quinceañera?", [spanish], 3, floor=0.4) != []
    # a year, or a day of the month said alone, is a time too
    fitted = memory("Caller: The boiler's a Worcester Bosch, put in back in twenty fourteen.", 0.5)
    assert rerank("When was her boiler fitted?", [fitted], 3, floor=0.4) != []
    ready = memory("Agent: Your glasses? Caller: Oui, le labo dit qu'elles seront prêtes le 18.", 0.5)
    assert rerank("When will her glasses be ready?", [ready], 3, floor=0.4) != []
    # when the caller called: every memory carries the day of its call
    assert rerank("When did Oliver's grandmother last call about the recital?", [undated], 3, floor=0.4) != []


def test_a_street_address_answers_a_question_asking_for_an_address_whatever_else_they_share() -> None:
    street = memory("14 Harbour View, Cobh.", 0.29)
    booked = memory("Booked for 9 AM Monday at the Cobh shop.", 0.3)
    ranked = rerank("What is her delivery address?", [street, booked], 3, floor=0.4)
    assert [r.memory for r in ranked] == [street.memory]
    watch = memory("1962 Omega Seamaster, his grandfather's watch.", 0.3)  # a year and a name: no street
    assert rerank("What is his home address?", [watch], 3, floor=0.4) == []


def test_a_question_asking_for_a_name_is_answered_only_by_a_memory_naming_someone() -> None:
    talk = memory("My niece is getting married in the summer, so that's all anyone talks about.", 0.6)
    dog = memory("Agent: Any pets? Caller: A dog, a Great Dane, Moose, out back.", 0.6)
    nameless = memory("Agent: Any pets? Caller: A dog, a big one, out back.", 0.6)
    assert rerank("What's her niece's name?", [talk], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is the dog called?", [dog], 3, floor=0.4)] == [dog.memory]
    assert rerank("What is the dog called?", [nameless], 3, floor=0.4) == []


def test_a_name_the_question_already_says_answers_no_name_question() -> None:
    own = memory("First name: Priya", 0.7)
    partner = memory("Caller: partner Priya, and the twins.", 0.7)
    sister = memory("Priya said her sister Anjali will pick the keys up.", 0.6)
    assert rerank("What is Priya's sister's name?", [own, partner], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is Priya's sister's name?", [own, sister], 3, floor=0.4)] == [
        sister.memory
    ]
    surname = memory("Agent: And the surname? Caller: Same as before, he said.", 0.7)
    assert rerank("What is Tom's surname?", [surname], 3, floor=0.4) == []
    assert rerank("What is Tom's surname?", [memory("Tom's surname is Okafor.", 0.6)], 3, floor=0.4)
    album = memory("They ordered a small album for Leah's mum.", 0.6)  # a name with its possessive
    assert [r.memory for r in rerank("Who is the album for?", [album], 3, floor=0.4)] == [album.memory]


def test_a_question_asking_for_a_phone_number_needs_a_number_long_enough_to_be_one() -> None:
    time = memory("Agent: Mr Patel will phone you back from room 12. Caller: Number's the same.", 0.7)
    phone = memory("Mr Patel, phone 07700 900 318.", 0.6)
    assert rerank("What is Mr Patel's phone number?", [time], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is Mr Patel's phone number?", [time, phone], 3, floor=0.4)] == [
        phone.memory
    ]


def test_a_count_needs_the_things_counted_and_a_date_of_birth_needs_a_date() -> None:
    address = memory("Flat 14, Harcourt House, Linden Road.", 0.7)
    flat = memory("She is moving into a three-bedroom flat in Leeds.", 0.6)
    assert rerank("How many bedrooms does the flat have?", [address], 3, floor=0.4) == []
    assert [
        r.memory for r in rerank("How many bedrooms does the flat have?", [address, flat], 3, floor=0.4)
    ] == [flat.memory]
    age = memory("Pai: Manuel Ferreira, 86 anos.", 0.7)
    born = memory("Manuel, date of birth 12 March 1939.", 0.6)
    assert rerank("What is Manuel's date of birth?", [age], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is Manuel's date of birth?", [age, born], 3, floor=0.4)] == [
        born.memory
    ]


def test_an_identifier_is_never_an_age_a_year_or_a_count() -> None:
    boiler = memory("It's a Worcester Bosch, put in back in twenty fourteen, serial on the side.", 0.7)
    assert rerank("What is the boiler's serial number?", [boiler], 3, floor=0.4) == []
    lands = memory("Her flight from Porto lands at 13:40 on Friday.", 0.7)
    assert rerank("Which flight is she on?", [lands], 3, floor=0.4) == []
    for question, said in (
        ("Which flight is she on?", "Her flight from Porto is TP 1334, landing at 13:40."),
        ("What is the registration of the Transit?", "The Transit's registration is LN19 XKP."),
        ("What is her booking reference?", "Booking reference four four seven one."),
        ("Which membership did he take?", "He took the five-day membership."),  # which one, no number
    ):
        assert [r.memory for r in rerank(question, [memory(said, 0.6)], 3, floor=0.4)] == [said]


def test_a_question_naming_the_kind_of_identifier_is_answered_only_by_a_memory_naming_it() -> None:
    others = small_talk()
    claim = memory("Claim number: 24-AC-55187", 0.6)
    assert rerank("What's his policy number?", [claim, *others], 3, floor=0.4) == []
    policy = memory("Home policy HP-220417 renews in March.", 0.5)
    ranked = rerank("What's his policy number?", [claim, policy, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [policy.memory]
    plain = memory("Agent: Your reference is B X 4 4 7 1. Caller: Thanks.", 0.6)
    ranked = rerank("What is her booking reference?", [plain, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [plain.memory]
    dress = memory("Caller: Is it black tie? Agent: Smart casual, no jeans.", 0.6)
    ranked = rerank("What's the dress code for the gala?", [dress, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [dress.memory]


def test_a_question_asking_for_a_measure_needs_its_unit_and_how_much_something_is_its_price() -> None:
    others = small_talk(4)
    for question, without, said in (
        ("How heavy is Bramble?", "Golden retriever Bramble, 7.", "Bramble weighed 31 kg at the vet."),
        ("What dose of metformin does he take?", "Takes metformin twice a day.", "Metformin 500 mg."),
        ("What's the interest rate on the loan?", "Loan of $1,100.", "The loan is at 19.9% a year."),
        ("How much is the family membership?", "Family membership covers 2 adults.", "Family: $640 a year."),
        ("How wide is the bay window?", "Fit three bay window units.", "The bay window is 2.4 metres wide."),
        ("How thick is the new pane?", "Swap in one new pane.", "Switch the pane to eleven-and-a-half mil."),
    ):
        assert rerank(question, [memory(without, 0.6), *others], 3, floor=0.4) == [], question
        ranked = rerank(question, [memory(without, 0.6), memory(said, 0.55), *others], 3, floor=0.4)
        assert [r.memory for r in ranked] == [said], question
    weighed = memory("Nacho weighed 410 grams at his recheck.", 0.6)
    assert [r.memory for r in rerank("How much does he weigh?", [weighed, *others], 3, floor=0.4)] == [
        weighed.memory
    ]  # a weight, not a price


def test_the_callers_own_name_does_not_answer_a_question_asking_for_someone_elses() -> None:
    others = small_talk()
    own = memory("First name: Rachel", 0.5)
    summary = memory("The user, Rachel Lindqvist, booked Theo for a check-up.", 0.3)
    assert rerank("What's her partner's name?", [own, summary, *others], 3, floor=0.4) == []
    partner = memory("Rachel said her partner Sam will bring Theo.", 0.45)
    ranked = rerank("What's her partner's name?", [own, summary, partner, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [partner.memory]


def test_neither_speaker_answers_who_someone_is_to_the_caller() -> None:
    others = small_talk()
    own = memory("Agent: And your name? Caller: Priya Raman.", 0.5)
    greeting = memory("Hi Olivia, it's Natalie Brennan. We spoke last week?", 0.55)
    for question in ("Who is her employer?", "What is her sister's name?"):
        assert rerank(question, [own, greeting, *others], 3, floor=0.4) == [], question
    employer = memory("Priya works for Halden Logistics as a dispatcher.", 0.45)
    ranked = rerank("Who is her employer?", [own, greeting, employer, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [employer.memory]


def test_a_question_asking_which_firm_or_make_needs_a_memory_naming_one() -> None:
    others = small_talk(4)
    statements = memory("Agent: Yes, I have your bank statements open. Shall we start with sales?", 0.6)
    assert rerank("Which bank does the business use?", [statements, *others], 3, floor=0.4) == []
    bank = memory("The business account is with Barclays in Leeds.", 0.55)
    ranked = rerank("Which bank does the business use?", [statements, bank, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [bank.memory]
    mower = memory("Mountfield ride-on mower.", 0.65)
    assert rerank("What model is the Mountfield?", [mower, *others], 3, floor=0.4) == []
    for question, said in (
        ("What model is the Mountfield?", "Mountfield 1530H ride-on mower."),
        ("What brand is the fridge?", "Frigidaire top-freezer."),
        ("What brand is the fridge?", "Agent: And the fridge? Caller: A Frigidaire, top freezer. It's warm."),
    ):
        assert [r.memory for r in rerank(question, [memory(said, 0.65), *others], 3, floor=0.4)] == [said]


def test_a_collected_name_answers_for_the_one_its_label_names_and_is_not_the_callers() -> None:
    others = small_talk()
    child = memory("Child name: Arjun", 0.6)
    assert rerank("What is the father's name?", [child, *others], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is the child's name?", [child, *others], 3, floor=0.4)] == [
        child.memory
    ]
    pet = memory("Pet name: Luna", 0.5)
    summary = memory("The user, Javier Ruiz, booked a dental cleaning for his cat, Luna.", 0.55)
    ranked = rerank("What is the cat's name?", [pet, summary, *others], 3, floor=0.4)
    assert summary.memory in [r.memory for r in ranked]


def test_a_question_asking_what_time_needs_an_hour_not_a_day() -> None:
    others = small_talk(4)
    item = memory("Open after the call on 2026-11-28 (due Tuesday, December 22, 2026): B2 exam.", 0.7)
    question = "What time does the B2 exam start?"
    assert rerank(question, [item, *others], 3, floor=0.4) == []
    for said in ("The B2 exam starts at 9:30 on December 22.", "Agent: The exam? After three is fine."):
        ranked = rerank(question, [item, memory(said, 0.65), *others], 3, floor=0.4)
        assert [r.memory.removesuffix(" (call of Sunday, November 1)") for r in ranked] == [said]


def test_a_value_said_in_words_answers_the_kind_of_question_that_asks_for_it() -> None:
    others = small_talk(4)
    for question, without, said in (
        ("What day do the deliveries come?", "Deliveries come by the back alley.", "Deliveries on Mondays."),
        ("What size gloves does he wear?", "He ordered gloves.", "He added a pair of large gloves."),
        ("How tall is the tower?", "Tour Beaumont, on René-Lévesque.", "Tour Beaumont, eighteen floors."),
        ("What do the pages cost?", "Pages are billed every quarter.", "Agent: One point one cents a page."),
        (
            "What time does she like to train?",
            "She trains every weekday.",
            "Agent: The seven-fifteen a.m. class.",
        ),
    ):
        assert rerank(question, [memory(without, 0.6), *others], 3, floor=0.4) == [], question
        ranked = rerank(question, [memory(without, 0.6), memory(said, 0.55), *others], 3, floor=0.4)
        assert [r.memory.removesuffix(" (call of Sunday, November 1)") for r in ranked] == [said], question
    # which of them are paid by the hour: them, not an amount of money
    hourly = memory("Caller: Two hourly, the rest salaried. The hourly ones are the studio assistants.", 0.6)
    ranked = rerank("Which staff are paid by the hour?", [hourly, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [hourly.memory]


def test_a_days_numbers_do_not_say_how_old_or_how_many() -> None:
    others = small_talk(4)
    item = memory("Open after the call on 2026-11-28 (due Thursday, December 3, 2026): Mochi's exam.", 0.6)
    visit = memory("Mochi's exam is on December 3 at 10:30 AM.", 0.55)
    assert rerank("How old is Mochi?", [item, visit, *others], 3, floor=0.4) == []
    age = memory("Mochi, a bearded dragon, is four.", 0.65)
    ranked = rerank("How old is Mochi?", [item, visit, age, *others], 3, floor=0.4)
    assert [r.memory for r in ranked] == [age.memory]


def test_a_question_about_someone_else_by_name_is_answered_only_by_a_memory_naming_them() -> None:
    """The caller's memories say "my": a question naming another person is not about them."""
    summary = memory("The user, Hannah Whitlock, called about the ski hire for her family.", 0.4)
    isla = memory("Hannah updated her daughter Isla's boot size to 34.", 0.6)
    own = memory("Caller: my handicap got cut to twelve over the winter league.", 0.6)
    assert rerank("What is Noah's boot size?", [summary, isla], 3, floor=0.4) == []
    assert rerank("What is Fiona's handicap?", [summary, own], 3, floor=0.4) == []
    assert [r.memory for r in rerank("What is Isla's boot size?", [summary, isla], 3, floor=0.4)] == [
        isla.memory
    ]
    # the caller by name: their own words answer
    ranked = rerank("What is Hannah's handicap?", [summary, own], 3, floor=0.4)
    assert own.memory in [r.memory for r in ranked]
    # "his" in the turns may be the one asked about; in the analysis's sentences it is the caller
    turns = memory("Agent: For his helmet, do you know his head size? Caller: Fifty-two centimetres.", 0.5)
    assert [r.memory for r in rerank("What head size is Noah's helmet?", [turns], 3, floor=0.4)] == [
        turns.memory
    ]
    analysis = MemoryRecord(
        memory="He plays off a handicap of 14.",
        score=0.6,
        metadata={"call_date": "2026-11-01", "type": "factual"},
    )
    assert rerank("What is Fiona's handicap?", [analysis], 3, floor=0.4) == []


def test_a_question_asking_for_a_website_or_a_registration_needs_a_memory_holding_one() -> None:
    said = memory("Agent: Full sides and rear? Caller: Logo, phone number, website, the lot.", 0.6)
    site = memory("Proofs go to hello@crumbandco.co.uk; the site is crumbandco.co.uk.", 0.5)
    assert [r.memory for r in rerank("What is his website address?", [said, site], 3, floor=0.4)] == [
        site.memory
    ]
    street = memory("Deliver to 14 Harbour View, Cobh.", 0.3)
    assert rerank("What is his website address?", [street], 3, floor=0.4) == []  # no street address
    van = memory("Vehicle: Vauxhall Vivaro", 0.6)
    assert rerank("What is the registration of the Vivaro?", [van], 3, floor=0.4) == []


def test_a_date_or_a_time_is_no_code_but_a_birthday_is_a_date() -> None:
    item = memory("Open after the call on 2026-10-28: library to text when the book arrives.", 0.6)
    assert rerank("What is her library card number?", [item], 3, floor=0.4) == []
    born = memory("Her date of birth is 12 March 1980.", 0.6)
    assert [r.memory for r in rerank("What is her date of birth?", [born], 3, floor=0.4)] == [born.memory]


def test_a_relatives_name_is_answered_only_by_a_memory_naming_them_beside_the_relation() -> None:
    """ "My daughter's coming from Ottawa" speaks of the daughter, and Ottawa is no name of hers."""
    mentioned = memory("Caller: Good. My daughter's coming from Ottawa in the spring, I want it done.", 0.6)
    husband = memory("Her lawyer, Ms. Okonjo, must approve it, and her husband is not to be contacted.", 0.6)
    assert rerank("What's her daughter's name?", [mentioned], 3, floor=0.4) == []
    assert rerank("What's her husband's name?", [husband], 3, floor=0.4) == []
    named = [
        ("What's her daughter's name?", "Caller: Mi hija se llama Valentina, con uve."),
        ("What's his wife's name?", "Caller: First, the colour. My wife, Pauline, put her foot down."),
        ("What is the baby's name?", "Marcus Webb called to say his daughter Rosie was born four days ago."),
        (
            "What was her mother's name?",
            "Margaret Doyle called about probate for Eileen Doyle, her late mother.",
        ),
        ("What's the plumber's name?", "The plumber, Ravi, fixed the seal on Tuesday."),
        ("What is the tutor's name?", "She accepted the tutor proposed by the agency, Sam Whitfield."),
    ]
    for query, text in named:
        assert [r.memory for r in rerank(query, [memory(text, 0.6), *small_talk()], 3, floor=0.4)] == [
            text
        ], query
