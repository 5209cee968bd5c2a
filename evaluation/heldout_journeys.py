"""A held-out memory set: callers of eight travel businesses, as ElevenLabs would report them.

A cruise line's booking desk, a youth hostel, a holiday cottage letting agency, a ski school, a
walking-tour guide, a visa and passport service, a travel insurance claims line and a luggage forwarding
service. Nine callers, 29 calls: a Spanish family renting a cottage and a French student shipping her
luggage, their calls in their language and the questions in English; a retired couple sharing one
landline; a mother of two whose surgery abroad is the claims line's alone and never the ski school's, and
a golfer whose heart stent is the claims line's alone; three calls of 84 exchanges whose middle holds facts
no summary or analysis item repeats; corrections of a cabin, an address, a meeting point, a room, a head
count and several dates; a key safe code, two door codes and a garage code that no answer may give; and
about half of the calls with the post-call analysis items as ElevenLabs' model fills them (a fact left
out, a category that misfires, a code copied into the facts, values in the call's language, a date left
empty), the others with the agent's own first-name item or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23").
"""

from __future__ import annotations

from datetime import date, timedelta

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

CRUISE = "agent_journeys_cruise_00000000000251"
HOSTEL = "agent_journeys_hostel_00000000000252"
COTTAGE = "agent_journeys_cottage_0000000000253"
SKI = "agent_journeys_ski_00000000000000254"
WALKS = "agent_journeys_walks_000000000000255"
VISA = "agent_journeys_visa_0000000000000256"
CLAIMS = "agent_journeys_claims_00000000000257"
LUGGAGE = "agent_journeys_luggage_0000000000258"

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def _day(days_ago: int, after: int = 0) -> tuple[str, ...]:
    """The day ``after`` days past a call of ``days_ago`` days ago, as a summary writes it."""
    day = date.today() - timedelta(days=days_ago - after)
    return (f"{_MONTHS[day.month - 1]} {day.day}",)


# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_CRUISE_ACKS = [
    "Oh, how lovely.", "Mm-hm.", "Ha!", "Really?", "Oh my goodness.", "That sounds wonderful.",
    "Of course.", "I bet.", "Aw.", "Right.", "Oh, yes.", "Sure.",
]  # fmt: skip
_CRUISE_TALK = [
    "We've been in this house in Burnaby for forty years, you know. Since the kids were little.",
    "Derek built the back deck himself. Took him three summers.",
    "Mm.",
    "The roses are doing well this year, touch wood. The aphids had a go at them in June.",
    "I taught grade three for thirty-one years. At the same school, can you imagine.",
    "Some of my old pupils have children of their own now. One of them is a dentist!",
    "Yes.",
    "We've got five grandchildren. The youngest is just learning to read.",
    "She reads me the cereal box at breakfast. Every word. Slowly.",
    "Ha, yes.",
    "Our first cruise was to Mexico, oh, years ago. Puerto Vallarta. I got terribly sunburnt.",
    "Derek spent the whole week at the buffet, I think.",
    "He'll tell you he was at the gym. He was not at the gym.",
    "Right.",
    "I've been knitting myself a warm cardigan for the trip. They say it's chilly on deck up there.",
    "It's a lovely heathery blue. I'm on the second sleeve.",
    "Do people dress up in the evenings? I've got a navy dress I haven't worn since my niece's wedding.",
    "Oh, good. I do like an excuse.",
    "Mm-hm.",
    "Derek's been watching documentaries about bears. Every night. Bears, bears, bears.",
    "He thinks he'll see one from the ship. I said, Derek, they're not going to wave at you.",
    "Ha!",
    "My neighbour Sheila is going to water the tomatoes while we're away.",
    "She's very good. She did it when we went to Kelowna last summer.",
    "Although she did let the basil die. I didn't say anything.",
    "Yes.",
    "Do they have a library on the ship? I'll need at least four books.",
    "I'm reading a lovely mystery at the moment, set in a village in Cornwall.",
    "Oh, I always guess the ending. Derek never does.",
    "Right.",
    "Our son will drive us down to the terminal, I expect. He's very good like that.",
    "He's an electrician. Works all hours.",
    "Sure.",
    "I hope the sea's calm. I'm fine on boats, really, it's Derek who goes green.",
    "He says it's the food. It's not the food.",
    "Ha, yes.",
    "I bought a little pair of binoculars at the thrift store. Four dollars!",
    "For the eagles. And the whales, of course.",
    "Mm.",
    "We went to Victoria on the ferry last spring and saw orcas. Just for a second, but still.",
    "I cried. Silly old thing.",
    "Oh, you're kind.",
    "Sorry, I do go on. Derek says I could talk the hind leg off a donkey.",
    "Where was I?",
    "Oh yes.",
    "Isn't the weather awful today? It hasn't stopped raining all week.",
    "Well, it's Vancouver, what do you expect.",
    "Ha.",
    "I've made a packing list. It's three pages. Derek's is one line: socks.",
    "Sorry, the kettle's whistling, one moment... there.",
    "That's better.",
    "Yes, dear.",
    "Mm-hm.",
    "Right you are.",
    "Oh, lovely.",
    "Go on.",
    "Yes, yes.",
    "Of course.",
    "I see.",
    "Ha, exactly.",
]
_HOSTEL_ACKS = [
    "Ha, nice.", "Totally.", "Oh, for sure.", "Yeah!", "Mm-hm.", "No way.", "Ha!", "Love that.",
    "Right on.", "Sweet.", "Yeah, yeah.", "Oh man.",
]  # fmt: skip
_HOSTEL_TALK = [
    "We're driving up from Vancouver, it's gonna be like, what, five hours?",
    "Plus the ferry from Horseshoe Bay. Yusuf gets weird on ferries, he just stares at the water.",
    "Yeah.",
    "I've never surfed before. Like, ever. I've watched a lot of videos though.",
    "Yusuf says he surfed in Portugal once. I think he stood up for like two seconds.",
    "Ha, yeah.",
    "Is it true the water's freezing? Like, actually freezing?",
    "Okay, okay, wetsuit, got it.",
    "I've got a playlist for the drive. It's like six hours long. Mostly old-school hip-hop.",
    "Yusuf wants to play his podcasts. We're gonna fight about it.",
    "Mm.",
    "We're gonna stop at Cathedral Grove, those big trees. My mom said we have to.",
    "She made us promise to send pictures. And text her every night. Every night, man.",
    "Right.",
    "Are there bears? Like, around the hostel?",
    "Oh, okay. I'll keep the snacks inside.",
    "We're bringing a lot of snacks. Like, a concerning amount.",
    "Ha!",
    "Is there a kitchen we can use? We're gonna cook, it's cheaper.",
    "Yusuf makes this really good shakshuka. It's his only dish, but it's good.",
    "Oh, nice.",
    "I heard there's, like, storm watching in winter? Is that a thing?",
    "That sounds so cool. Maybe next time.",
    "Yeah.",
    "My cousin stayed with you guys two summers ago, she said the sunsets are unreal.",
    "She still has the sticker from your place on her laptop.",
    "Sorry, there's a guy in front of me driving like thirty.",
    "Okay, he turned.",
    "Mm-hm.",
    "This is like, the first proper time off in forever.",
    "I'm gonna sleep for, like, twelve hours the first night.",
    "Ha, yeah, exactly.",
    "Do you surf? You must surf.",
    "Oh, that's awesome. Every morning?",
    "Man. Living the dream.",
    "Right.",
    "Is there a place to get good coffee nearby? I'm useless without coffee.",
    "Sick, I'll go there first thing.",
    "Yusuf wants to see the whales too, if there's time.",
    "Anyway.",
    "The van we're borrowing is my uncle's. It's older than me.",
    "If it breaks down we're hitchhiking, I swear.",
    "Ha.",
    "Sorry, I'm rambling. Long drive.",
    "Yeah, for sure.",
    "Okay.",
    "Totally.",
    "Sweet.",
    "Ha, nice.",
    "Yeah, yeah.",
    "Cool.",
    "Oh, for sure.",
    "Mm.",
    "Right on.",
]
_WALK_ACKS = [
    "Oh, lovely.", "Ha!", "Mm-hm.", "Och, that's grand.", "Really?", "Brilliant.", "Aw.", "Of course.",
    "Right.", "Oh, I know.", "Wonderful.", "Aye.",
]  # fmt: skip
_WALK_TALK = [
    "My gran was from Glasgow, actually. Partick. I've never been, can you believe it.",
    "She used to sing us this song about a wee boat. I can't remember the words now.",
    "Mm.",
    "The book club's been going for, gosh, eleven years? We meet the first Thursday of the month.",
    "It's more wine than books, if I'm honest. Don't tell anyone.",
    "Ha, yes.",
    "We did a trip to Portland once, the big bookshop there. That was our first trip.",
    "This is the first time we're going overseas together. We're all a bit giddy.",
    "Right.",
    "Is it going to rain? Everyone says it always rains.",
    "I've bought a proper raincoat. With a hood. Very serious.",
    "My husband says I'll come back talking with an accent.",
    "Oh, I know.",
    "We've got a group chat. It's mostly photos of shortbread at the moment.",
    "Someone posted a castle every morning for a week. Just castles.",
    "Ha!",
    "Do you get many Canadians?",
    "Oh, that's funny. We get everywhere, don't we.",
    "Mm-hm.",
    "I've been practising my hill walking. Well, the stairs at the SkyTrain station.",
    "Twice a day. My legs are killing me.",
    "Really?",
    "After Edinburgh a couple of the girls are going on to Ireland.",
    "I'm coming straight home, my daughter's having a baby in the autumn.",
    "My first grandchild! I'm beside myself.",
    "Aw, thank you.",
    "Okay, sorry, where was I.",
    "Yes.",
    "Do people still wear kilts? Like, day to day?",
    "Ha, I thought so. Weddings.",
    "I'd love to hear bagpipes. Just once. Properly.",
    "On the Royal Mile? Oh, perfect.",
    "Right.",
    "One of the girls wants to find her family's tartan. She's a Campbell by marriage.",
    "I told her there's a shop for everything in Edinburgh.",
    "Mm.",
    "Is haggis actually nice? Be honest.",
    "Okay. I'll try it once. For the book club.",
    "Ha, yes.",
    "Sorry, my dog wants out. Hang on. Okay, he's out.",
    "He's a spaniel, he'll be barking at the squirrels now.",
    "Yes.",
    "I think that covers it. Oh, no, wait.",
    "Mm, sorry.",
    "Honestly, you've been so patient.",
    "Right, yes.",
    "Lovely.",
    "Of course.",
    "Go on.",
    "Ha, brilliant.",
    "Yes, yes.",
    "Oh, lovely.",
    "Mm-hm.",
    "Yes.",
    "Sure.",
    "Right.",
]


HELDOUT_JOURNEYS: list[Caller] = [
    # A retired couple on one landline: a long excursions call whose middle holds four facts, a cabin
    # upgraded, the coeliac diet said in the turns and only found by the analysis of a later call.
    Caller(
        number="+17785550801",
        names=("Margaret", "Derek"),
        calls=[
            Call(
                CRUISE, 64, "en", "Alaska cruise booking",
                "The user, Derek Hollis, booked the seven-night Inside Passage cruise to Alaska on the Coral "
                "Meridian, sailing from Vancouver in about two and a half months, for himself and his wife "
                "Margaret. They have an inside stateroom on deck 6, category 4B, for $4,380 for the two of "
                "them. He paid a $600 deposit by Visa. The booking reference is PCC-88217.",
                [
                    ("Pacific Crown Cruises, booking desk, this is Teresa. How can I help you today?",
                     "Oh, hello, yes. Um, good morning. We're... my wife and I, we're looking at the Alaska "
                     "one. The, uh, Inside Passage, out of Vancouver."),
                    ("Wonderful, that's our seven-night Inside Passage on the Coral Meridian. Can I take "
                     "your name?",
                     "Derek Hollis. That's H-O-L-L-I-S. And my wife is Margaret, she's, uh, she's right here "
                     "shouting instructions."),
                    ("Ha! Hello to Margaret. Which sailing were you looking at?",
                     "The one in, what, about two and a half months? It's our anniversary that "
                     "week, so. Yeah."),
                    ("Lovely. And what kind of stateroom would you like?",
                     "Just an inside cabin. Nothing fancy. Margaret says we'll be out on deck the whole time "
                     "anyway, so what's the point of a window."),
                    ("I have an inside stateroom on deck six, category 4B, at four thousand three hundred "
                     "and eighty dollars for the two of you, taxes in.",
                     "Forty-three eighty. Yep. That's, uh, that's about what we figured. Go ahead."),
                    ("Great. Does either of you have any dietary requirements?",
                     "Ah, yes, me. I'm coeliac, so no gluten, none at all. Not even a crouton. Margaret eats "
                     "anything."),
                    ("I'll put that on the booking. To hold the cabin there's a six hundred dollar deposit "
                     "today.", "Put it on the Visa. I've got it right here."),
                    ("Thank you, that's gone through. Your booking reference is P C C, eight eight two one "
                     "seven.",
                     "P-C-C, eight, eight, two, one, seven. Margaret's writing it on the calendar. In pen."),
                    ("Perfect. You'll get the confirmation in the mail. Anything else?",
                     "No, that's us. Thanks, Teresa, you've been a peach."),
                ],
                analysis_items(
                    "Alaska cruise booking", "Pay the remaining balance before sailing", "",
                    "Booking reference PCC-88217; inside stateroom on deck 6; travelling with wife Margaret",
                    "none", first_name="Derek",
                ),
            ),
            Call(
                CRUISE, 41, "en", "Shore excursions",
                "The user, Margaret Hollis, booked two shore excursions for herself and her husband Derek "
                "on their Alaska cruise (booking PCC-88217): whale watching in Juneau and the White Pass "
                "railway in Skagway, $642 in total. The agent will email the tickets. Margaret chatted at "
                "length about her garden, her grandchildren and past holidays.",
                long_call(
                    [
                        ("Pacific Crown Cruises, booking desk, Teresa speaking.",
                         "Hello, dear, it's Margaret Hollis. My husband Derek booked us on the Alaska "
                         "cruise? I've got the reference somewhere... PCC-88217."),
                        ("Hi Margaret! Yes, I have your booking right here. What can I do for you?",
                         "Well, it's the shore excursions. I've been reading the brochure, I've got it all "
                         "over the kitchen table, and I'd like to book a couple before they go."),
                        ("Of course. Which ports are you interested in?",
                         "Juneau, first. The whale watching. Derek's never seen a whale, can you believe "
                         "it, seventy-four years old."),
                        ("The Juneau whale watching is one hundred and eighty-nine dollars per person. "
                         "Shall I book two?",
                         "Yes, two, please. And then Skagway, the train. The, um, the White Pass railway."),
                        ("The White Pass and Yukon Route, that's one hundred and thirty-two dollars each.",
                         "Book that too. Two of those as well."),
                        ("Done. That's six hundred and forty-two dollars for the four tickets.",
                         "Six hundred and forty-two. Well. You only live once, that's what I tell Derek."),
                        ("Ha, exactly. Is there anything else you wanted to ask about?",
                         "Oh, heaps. Sorry. I've made a list. Let me find my glasses."),
                    ],
                    [
                        ("Take your time.",
                         "Right. So. It's our fiftieth wedding anniversary on the fourth night of the "
                         "cruise. Fifty years, can you imagine. Could you send a cake to the cabin that "
                         "night? A lemon one. Not chocolate, Derek can't stand chocolate cake. And it'll "
                         "have to be gluten-free, because of his tummy."),
                        ("We can arrange that with the galley. A gluten-free lemon cake on the fourth night.",
                         "Lovely. Now, the glacier flight. Derek wants to do the one that lands on the ice. "
                         "I'm not going up in a helicopter. Absolutely not. I was in one in Hawaii in 1989 "
                         "and I've never been so frightened. He can go on his own."),
                        ("Understood, we can book just one seat if he decides.",
                         "He'll decide on the ship, he always does. Oh, and Derek's sister Pauline and her "
                         "husband are on the same sailing! They booked on their own, under her name, "
                         "Pauline Ferris. We'd love to have dinner together every night if you can manage "
                         "it."),
                        ("I'll add a note to seat the four of you together in the dining room.",
                         "Oh, you're a treasure."),
                    ],
                    [
                        ("So that's whale watching in Juneau and the White Pass railway in Skagway, for two. "
                         "I'll email the tickets to the address on the booking.",
                         "Lovely. Derek checks the email, I don't touch the thing."),
                        ("No problem. Anything else?", "No, I've kept you long enough. Thank you, dear."),
                        ("It's been a pleasure, Margaret. Bye now.", "Bye-bye."),
                    ],
                    acks=_CRUISE_ACKS,
                    talk=_CRUISE_TALK,
                    start=2,
                ),
            ),
            Call(
                CRUISE, 22, "en", "Cabin upgrade to a balcony",
                "The user, Derek Hollis, upgraded booking PCC-88217 from the inside stateroom to a balcony "
                "stateroom, cabin 9114 on deck 9, for $1,150 more, bringing the total to $5,530. The "
                "remaining balance of $4,930 is due on {+20}.",
                [
                    ("Pacific Crown Cruises, booking desk, Teresa speaking.",
                     "Hi Teresa, Derek Hollis. P-C-C, eight-eight-two-one-seven. Uh, the Alaska one."),
                    ("Hi Derek! What can I do for you?",
                     "Well, so, the thing is, Margaret's been watching videos of the glaciers and now she "
                     "wants a, a balcony. She says she's not standing on a crowded deck with three hundred "
                     "people to see a glacier. So. Can we, um, can we upgrade?"),
                    ("Let me look. I have a balcony stateroom on deck nine, cabin nine one one four, for one "
                     "thousand one hundred and fifty dollars more.",
                     "Eleven-fifty more. Oof. Okay. Yeah, do it. Happy wife and all that."),
                    ("Done. So your new total is five thousand five hundred and thirty dollars.",
                     "Fifty-five thirty. Right."),
                    ("With the six hundred deposit, the balance is four thousand nine hundred and thirty, "
                     "due in twenty days.",
                     "Okay. Margaret will ring you with the card, she does the bills."),
                    ("Of course. And I still have you down for gluten-free meals.",
                     "Yes, good, thank you. Don't lose that one."),
                    ("Anything else?",
                     "No. Oh, is the cabin close to the elevators? Margaret's knee isn't great on long "
                     "corridors."),
                    ("It's about four doors from the forward elevators.", "Perfect. Thanks, Teresa."),
                ],
                analysis_items(
                    "Cabin upgrade", "Pay the remaining balance of $4,930", "{+20}",
                    "Balcony stateroom, cabin 9114, deck 9; new total $5,530; coeliac, gluten-free meals",
                    "health", first_name="Derek",
                ),
            ),
            Call(
                CRUISE, 6, "en", "Balance paid and boarding details",
                "Margaret Hollis paid the remaining balance of $4,930 on booking PCC-88217. The agent "
                "confirmed that the ship sails on {+19} and that check-in at Canada Place is between 11:30 "
                "AM and 1 PM.",
                [
                    ("Pacific Crown Cruises, booking desk, Teresa speaking.",
                     "Hello Teresa, it's Margaret Hollis again. Um, I'm paying the rest of the cruise. "
                     "Derek gave me the card and a lecture."),
                    ("Ha! Let's do it. The balance is four thousand nine hundred and thirty dollars.",
                     "It's the Mastercard this time. There. Has that gone through?"),
                    ("It has, you're all paid up. You sail in nineteen days.",
                     "Nineteen days! Oh, I'd better start packing."),
                    ("Check-in at Canada Place is between eleven-thirty and one o'clock on the day.",
                     "Eleven-thirty. And, um, could someone meet me with a wheelchair at the terminal? "
                     "It's a long walk and my knee isn't what it was."),
                    ("Absolutely, I'll request wheelchair assistance from the curb to the ship.",
                     "Oh, that's a weight off."),
                    ("Have you chosen a dining time yet, early or late seating?",
                     "Not yet, dear, we'll sort that out on board. Derek can never make up his mind."),
                    ("No problem. Do you have travel insurance?",
                     "Yes, through our bank. I couldn't tell you which company, Derek did it."),
                    ("Great. Anything else?", "No, that's all. Thank you!"),
                ],
                {"first_name": "Margaret"},
            ),
        ],
        questions=[
            Question(CRUISE, "What's the booking reference?", ("PCC-88217",)),
            Question(CRUISE, "Which cabin are they in?", ("9114", "nine one one four"),
                     ("inside stateroom", "inside cabin")),
            Question(CRUISE, "What type of stateroom do they have now?", ("balcony",),
                     ("inside stateroom", "inside cabin")),
            Question(CRUISE, "Does Derek have any dietary restrictions?", ("coeliac", "gluten")),
            Question(CRUISE, "Menu items he has to skip?", ("coeliac", "gluten")),
            Question(CRUISE, "What does the cruise cost in total?", ("5,530", "fifty-five thirty"),
                     ("4,380", "forty-three eighty")),
            Question(CRUISE, "Which ship are they sailing on?", ("coral meridian",)),
            Question(CRUISE, "Which excursions did they book?", ("whale", "white pass")),
            Question(CRUISE, "How much did the excursions come to?", ("642", "six hundred and forty-two")),
            Question(CRUISE, "What kind of cake did Margaret ask for?", ("lemon",)),
            Question(CRUISE, "Which anniversary are they celebrating?", ("fiftieth", "fifty years")),
            Question(CRUISE, "On which night should the cake go to the cabin?", ("fourth night",)),
            Question(CRUISE, "Why won't Margaret take the glacier flight?", ("helicopter", "frightened")),
            Question(CRUISE, "Which relative is on the same sailing?", ("pauline",)),
            Question(CRUISE, "When does the ship sail?", _day(6, 19)),
            Question(CRUISE, "When did Margaret call about the excursions?", _day(41)),
            Question(CRUISE, "What time is check-in?", ("11:30", "eleven-thirty")),
            Question(CRUISE, "What help does Margaret need at the terminal?", ("wheelchair",)),
            Question(CRUISE, "How far is the cabin from the lifts?", ("four doors",)),
            Question(CRUISE, "Which card settled what was owed?", ("mastercard",)),
            Question(CRUISE, "How was the deposit paid?", ("visa",)),
            Question(CRUISE, "What's Pauline's cabin number?", ()),
            Question(CRUISE, "Which dining time did they choose?", ()),
            Question(CRUISE, "Which company is their travel insurance with?", ()),
            Question(CRUISE, "What are their passport numbers?", ()),
            Question(CRUISE, "What is Derek's date of birth?", ()),
            Question(CRUISE, "What email address is on the booking?", ()),
            Question(CRUISE, "How old is Margaret?", ()),
        ],
    ),
    # A mother of two: a ski school for her children, and a claims line for her emergency surgery abroad,
    # which the ski school must never hear of; the claim's analysis calls it "finance".
    Caller(
        number="+17785550802",
        names=("Hannah",),
        private_to={CLAIMS: ("appendicitis", "surgery", "antibiotic", "discharge summary", "innsbruck")},
        calls=[
            Call(
                SKI, 50, "en", "Kids' three-day ski program",
                "The user, Hannah Whitfield, booked her children Owen, 7, a first-time skier, and Isla, 10, "
                "who skis blue runs, into the three-day holiday kids' ski program for $1,140. Drop-off "
                "is at the Creekside kids' centre at 8:45 AM. They will bring their own helmets; rental "
                "skis and boots are included.",
                [
                    ("Summit Snow School, you're talking to Kai, what can I do for you?",
                     "Hi! Hi, um, so I'm trying to book the kids into, like, the holiday thing? The "
                     "three-day camp?"),
                    ("Totally. The three-day kids' program. How many kids and how old?",
                     "Two. Owen is seven, and he's never skied, like, ever. And Isla's ten, she's, she's "
                     "pretty good, she does the blue runs with her dad."),
                    ("Nice. So Owen goes in our first-timers group and Isla in the intermediate group. Can I "
                     "get your name?", "Hannah Whitfield. W-H-I-T-F-I-E-L-D."),
                    ("Thanks Hannah. For both kids, three days, that's eleven hundred and forty dollars, "
                     "rentals included.",
                     "Okay, eleven-forty, that's... fine, yeah, that's what the website said."),
                    ("For the rentals I'll need shoe sizes.",
                     "Owen's a kids' thirteen. Isla's, um... she's grown again, I'll have to measure her "
                     "feet and call you back."),
                    ("No rush. Helmets are included too, or they can bring their own.",
                     "They've got their own helmets, they'll bring those."),
                    ("Great. Drop-off is at the Creekside kids' centre at eight forty-five each morning.",
                     "Eight forty-five, Creekside. Got it."),
                    ("Will you be skiing too while they're in lessons?",
                     "No, I won't be skiing myself this year. I'll be in the lodge with a book and a very "
                     "large coffee."),
                    ("Sounds perfect. I'll email you the booking.", "Amazing, thank you!"),
                ],
                analysis_items(
                    "Kids' ski program booking", "Hannah to call back with Isla's shoe size", "",
                    "Children Owen (7, first-time skier) and Isla (10, intermediate); three-day program; "
                    "own helmets", "none", first_name="Hannah",
                ),
            ),
            Call(
                CLAIMS, 34, "en", "Medical expenses claim",
                "The user, Hannah Whitfield, opened a claim under policy NTI-5530-7781 for emergency surgery "
                "for appendicitis at the University Hospital in Innsbruck during a trip to Austria. She paid "
                "€1,200 up front by credit card; the rest of the hospital bill will be sent to Northstar. "
                "The claim number is CLM-240193. She will email the itemised invoice and the discharge "
                "summary. Her address is 2290 Alder Street, Vancouver.",
                [
                    ("Northstar Travel Insurance, claims line, this is Denise. How can I help?",
                     "Hi, um, I need to make a claim. A medical one. From a trip."),
                    ("I'm sorry to hear that. Can I have your policy number?",
                     "Yes, it's N T I, five five three oh, seven seven eight one."),
                    ("Thank you. And your name?", "Hannah Whitfield."),
                    ("What happened, Hannah?",
                     "So we were in Austria, in Innsbruck, and I got this awful pain on the, the "
                     "right side, and it was appendicitis. They operated that night. Emergency surgery. At "
                     "the University Hospital."),
                    ("Oh goodness. How long were you in hospital?",
                     "Four nights. Four nights, and then I was on antibiotics for a week after."),
                    ("Did you pay anything yourself?",
                     "Twelve hundred euros, up front, on my credit card, before they'd, yeah. And I paid "
                     "for the antibiotics at a pharmacy, that was forty-six euros."),
                    ("Okay. The rest of the hospital bill we'll settle directly with the hospital. I've "
                     "opened claim C L M two four oh one nine three.",
                     "C-L-M-two-four-zero-one-nine-three. Okay."),
                    ("Please email us the itemised hospital invoice and the discharge summary.",
                     "I've got both, they're in German, is that okay?"),
                    ("That's fine, we translate them. Did you have any other costs?",
                     "We had to change our flights home, that was four hundred and ten dollars."),
                    ("Send that receipt too. And your mailing address?",
                     "Twenty-two ninety Alder Street, in Vancouver."),
                    ("Thank you, Hannah. We'll be in touch.", "Thanks, Denise."),
                ],
                analysis_items(
                    "Medical expenses claim", "Hannah to email the itemised invoice and discharge summary",
                    "",
                    "Policy NTI-5530-7781; claim CLM-240193; paid €1,200 up front by credit card", "finance",
                    first_name="Hannah",
                ),
            ),
            Call(
                CLAIMS, 12, "en", "Claim approved",
                "Hannah Whitfield's claim CLM-240193 was approved: the €1,200 she paid, the €46 pharmacy "
                "receipt and the $410 flight change fee will be reimbursed. The payment should arrive by "
                "{+14}. She gave her new mailing address, 1404 Cardero Street, Vancouver.",
                [
                    ("Northstar Travel Insurance, claims line, Denise speaking.",
                     "Hi Denise, Hannah Whitfield, um, claim C-L-M two four oh one nine three? Just checking "
                     "in."),
                    ("Hi Hannah. Good news, the claim's been approved. The twelve hundred euros, the "
                     "forty-six euro pharmacy receipt and the flight change fee are all covered.",
                     "Oh, thank god. Seriously. That's amazing."),
                    ("The payment should be with you within two weeks.",
                     "Great. Oh, and we moved, so, new address."),
                    ("Go ahead.", "Fourteen-oh-four Cardero Street, Vancouver. Same city, smaller kitchen."),
                    ("Got it, I'll update the policy too.", "Thanks so much."),
                ],
                {"first_name": "Hannah"},
            ),
            Call(
                SKI, 9, "en", "Isla switching to snowboard",
                "Hannah Whitfield moved her daughter Isla from the ski group to the snowboard group for $60 "
                "extra. The kids' program starts on {+11}. Drop-off has moved to the Blackcomb base kids' "
                "centre at 8:30 AM.",
                [
                    ("Summit Snow School, Kai speaking.",
                     "Hey Kai, it's Hannah Whitfield, I booked Owen and Isla for the holiday camp?"),
                    ("Hi Hannah! Did you get Isla's size?",
                     "Oh, yes, sorry, um, actually that's the thing. She doesn't want to ski anymore. She "
                     "wants to snowboard. Her best friend snowboards, so, you know. Can we switch her?"),
                    ("Sure, we can move her to the snowboard group. It's sixty dollars extra for the board "
                     "rental.", "Sixty, fine. She's going to fall on her bum a lot."),
                    ("Everyone does on day one! So the program starts in eleven days. And heads up, the "
                     "kids' centre has moved this season, drop-off is now at the Blackcomb base, at "
                     "eight-thirty.",
                     "Blackcomb base, eight-thirty. Not Creekside. Okay, writing that down."),
                    ("And pick-up is at three.",
                     "Right, so on the second day my dad's picking them up, Grandpa Clive. He'll have ID. "
                     "Clive Whitfield."),
                    ("I'll put him on the pick-up list.", "Perfect. Thank you so much."),
                ],
                {"first_name": "Hannah"},
            ),
        ],
        questions=[
            Question(SKI, "What are the kids called?", ("owen", "isla")),
            Question(SKI, "How old is Owen?", ("seven", "7")),
            Question(SKI, "Has Owen skied before?", ("never skied", "first-time")),
            Question(SKI, "Is Isla skiing or snowboarding?", ("snowboard",)),
            Question(SKI, "Where should the children be dropped off?", ("blackcomb",), ("creekside",)),
            Question(SKI, "What time is drop-off?", ("8:30", "eight-thirty"), ("8:45", "eight forty-five")),
            Question(SKI, "When does the program start?", _day(9, 11)),
            Question(SKI, "Who is picking the kids up on the second day?", ("clive",)),
            Question(SKI, "How much is the program?", ("1,140", "eleven-forty")),
            Question(SKI, "What shoe size is Owen?", ("thirteen",)),
            Question(SKI, "What are they bringing from home?", ("helmets",)),
            Question(SKI, "Is mum hitting the slopes too?", ("won't be skiing",)),
            Question(SKI, "How much extra is the board?", ("$60", "sixty")),
            Question(SKI, "What time is pick-up?", ("at three",)),
            Question(SKI, "How good is Isla?", ("intermediate", "blue runs")),
            Question(SKI, "What shoe size is Isla?", ()),
            Question(SKI, "Does Hannah have any medical conditions?", ()),
            Question(SKI, "What's the name of Owen's instructor?", ()),
            Question(SKI, "What's the children's father's name?", ()),
            Question(SKI, "What's Grandpa Clive's phone number?", ()),
            Question(SKI, "Was Hannah in hospital recently?", ()),
            Question(CLAIMS, "What was the medical emergency?", ("appendicitis",)),
            Question(CLAIMS, "What's the claim number?", ("CLM-240193",)),
            Question(CLAIMS, "What's her policy number?", ("NTI-5530-7781",)),
            Question(CLAIMS, "Which city was she treated in?", ("innsbruck",)),
            Question(CLAIMS, "How much did she pay the hospital herself?", ("1,200", "twelve hundred")),
            Question(CLAIMS, "How long was she in hospital?", ("four nights",)),
            Question(CLAIMS, "What's her mailing address now?", ("cardero",), ("alder",)),
            Question(CLAIMS, "How much did changing the flights cost?", ("410", "four hundred and ten")),
            Question(CLAIMS, "When should the reimbursement arrive?", _day(12, 14)),
            Question(CLAIMS, "Price of her pills?", ("46", "forty-six")),
            Question(CLAIMS, "Which documents did she have to send?", ("itemised", "discharge summary")),
            Question(CLAIMS, "What language are her hospital papers in?", ("german",)),
            Question(CLAIMS, "What's her bank account number?", ()),
            Question(CLAIMS, "Which surgeon operated on her?", ()),
            Question(CLAIMS, "How much was the hospital's full bill?", ()),
        ],
    ),
    # A Spanish family renting a cottage: calls in Spanish, summaries in English and Spanish, the
    # analysis in Spanish once; a key safe code in a summary and copied into the facts; a day and a head
    # count corrected.
    Caller(
        number="+34677855508",
        names=("Javier",),
        calls=[
            Call(
                COTTAGE, 55, "es", "Holiday cottage booking",
                "The user, Javier Morales, spoke Spanish and booked Larch Cottage in Grasmere for seven "
                "nights for two adults, two children and their dog, at £1,260 plus a £40 dog fee. He paid a "
                "£315 deposit by card.",
                [
                    ("Fellside Cottages, good afternoon, Gemma speaking.",
                     "Hola, buenas tardes. Eh... sorry, do you speak Spanish? ¿Español?"),
                    ("¡Sí, claro! Hablo español. ¿En qué le puedo ayudar?",
                     "Ah, qué bien. Mire, queremos alquilar una casita en el Lake District para una "
                     "semana, y vimos Larch Cottage en la web."),
                    ("Larch Cottage, en Grasmere, es preciosa. ¿Para cuántas personas?",
                     "Somos cuatro. Mi mujer, Nuria, yo, y los dos niños. Pablo tiene nueve y Martín "
                     "seis. Y... bueno, y la perra."),
                    ("Larch Cottage admite perros, sin problema. ¿Cómo se llama?",
                     "Canela. Ce, a, ene, e, ele, a. Es muy buena, de verdad, no rompe nada."),
                    ("Ja, seguro. La semana, siete noches, son mil doscientas sesenta libras, más cuarenta "
                     "por el perro.", "Vale, mil doscientas sesenta más cuarenta. Perfecto."),
                    ("Pedimos un depósito del veinticinco por ciento, trescientas quince libras.",
                     "Sí, con tarjeta. Ya está... ¿le ha llegado?"),
                    ("Sí, recibido. ¿Su nombre completo?", "Javier Morales Ortega. Javier con jota."),
                    ("¿Algo más que debamos saber?",
                     "Ah, sí. Mi mujer es alérgica a las plumas. ¿Las almohadas son de plumas?"),
                    ("Le pondremos almohadas y edredones sintéticos.", "Genial, muchas gracias."),
                    ("Gracias a usted, Javier.", "¡Hasta luego!"),
                ],
                analysis_items(
                    "Reserva de Larch Cottage", "Pagar el resto antes de la llegada", "",
                    "Dos adultos, dos niños y una perra (Canela); su mujer es alérgica a las plumas; "
                    "depósito de 315 libras", "health", first_name="Javier",
                ),
            ),
            Call(
                COTTAGE, 30, "es", "Balance paid and arrival details",
                "Javier Morales paid the £985 balance for Larch Cottage. The agent confirmed arrival on "
                "{+33} with check-in from 4 PM and parking on the gravel drive beside the barn. The keys "
                "are in the key safe by the front door; the key safe code is 2580. The Wi-Fi details are "
                "in the welcome book.",
                [
                    ("Fellside Cottages, Gemma al habla.",
                     "Hola Gemma, soy Javier Morales, el de Larch Cottage."),
                    ("¡Hola Javier! ¿Qué tal?",
                     "Bien, bien. Quería pagar lo que falta. Son... ¿novecientas ochenta y cinco?"),
                    ("Exacto, novecientas ochenta y cinco libras.",
                     "Vale, con la misma tarjeta. Ya está."),
                    ("Perfecto, ya está todo pagado. La llegada es dentro de treinta y tres días, a partir "
                     "de las cuatro de la tarde.",
                     "A las cuatro. ¿Y las llaves? Porque no sé a qué hora llegaremos."),
                    ("Las llaves están en una caja de llaves junto a la puerta principal. El código es dos, "
                     "cinco, ocho, cero.", "Dos, cinco, ocho, cero. Apuntado."),
                    ("Y pueden aparcar en el camino de grava, al lado del granero.", "¿Y el wifi?"),
                    ("La contraseña del wifi está en el libro de bienvenida, en la cocina.",
                     "Perfecto. Gracias, Gemma."),
                ],
                {"first_name": "Javier"},
            ),
            Call(
                COTTAGE, 5, "es", "Llegada un día más tarde",
                "El usuario, Javier Morales, avisó de que el ferry de Bilbao a Portsmouth sale con un día "
                "de retraso por el temporal, así que llegarán a Larch Cottage el {+9}, hacia las 21:00. "
                "Su suegra, Carmen, viene con ellos, así que serán cinco personas; la agente añadió un "
                "cargo de 60 libras por el huésped extra.",
                [
                    ("Fellside Cottages, Gemma speaking.",
                     "Hola Gemma, soy Javier, de Larch Cottage. Eh... tenemos un problema. Bueno, un "
                     "problemita."),
                    ("Dígame, Javier.",
                     "El ferry, el de Bilbao a Portsmouth, lo han retrasado un día. Por el temporal. Así que "
                     "llegamos un día más tarde."),
                    ("Vaya. No pasa nada, le muevo toda la semana un día, la casa está libre.",
                     "¡Ah, genial! Y llegaremos tarde, hacia las nueve de la noche, con el viaje desde "
                     "Portsmouth."),
                    ("Sin problema, con la caja de llaves pueden entrar a cualquier hora.",
                     "Vale. Y otra cosa: viene también mi suegra, Carmen. Así que ya no somos cuatro, somos "
                     "cinco."),
                    ("Hay sitio, la casa es para seis. Son sesenta libras más por el huésped extra.",
                     "Vale, vale, sin problema."),
                    ("Perfecto, Javier. ¡Buen viaje!", "¡Gracias! Hasta pronto."),
                ],
                analysis_items(
                    "Late arrival at Larch Cottage", "Arrival at Larch Cottage around 9 PM", "{+9}",
                    "Five guests including mother-in-law Carmen; ferry from Bilbao delayed one day; key "
                    "safe code 2580", "none", first_name="Javier",
                ),
            ),
        ],
        questions=[
            Question(COTTAGE, "Which cottage has he booked?", ("larch cottage",)),
            Question(COTTAGE, "What's the dog's name?", ("canela",)),
            Question(COTTAGE, "Is anyone in the family allergic to something?", ("plumas",)),
            Question(COTTAGE, "When are they arriving?", _day(5, 9), _day(30, 33)),
            Question(COTTAGE, "How many people are staying?", ("cinco", "five"), ("cuatro",)),
            Question(COTTAGE, "What time will they get to the cottage?",
                     ("21:00", "9 PM", "nueve de la noche")),
            Question(COTTAGE, "Why are they a day late?", ("ferry", "temporal")),
            Question(COTTAGE, "Who is the extra guest?", ("carmen", "suegra", "mother-in-law")),
            Question(COTTAGE, "How much was the deposit?", ("315", "trescientas quince")),
            Question(COTTAGE, "What's the weekly price?", ("1,260", "mil doscientas sesenta")),
            Question(COTTAGE, "What's the dog fee?", ("£40", "cuarenta")),
            Question(COTTAGE, "Where should they park?", ("gravel", "grava")),
            Question(COTTAGE, "From what time can they check in?", ("4 PM", "cuatro de la tarde")),
            Question(COTTAGE, "How old is the older boy?", ("nueve",)),
            Question(COTTAGE, "What's his wife's name?", ("nuria",)),
            Question(COTTAGE, "Which port does the boat leave from?", ("bilbao",)),
            Question(COTTAGE, "How much is the extra guest charge?", ("60 libras", "sesenta libras")),
            Question(COTTAGE, "Where are the keys?", ("key safe", "caja de llaves")),
            Question(COTTAGE, "How much was the balance he paid?", ("985", "novecientas ochenta y cinco")),
            Question(COTTAGE, "What's the key safe code?", ()),
            Question(COTTAGE, "What's the Wi-Fi password?", ()),
            Question(COTTAGE, "What's Nuria's surname?", ()),
            Question(COTTAGE, "What breed is the dog?", ()),
            Question(COTTAGE, "What's Javier's car registration?", ()),
            Question(COTTAGE, "How old is Carmen?", ()),
            Question(COTTAGE, "What's Javier's email address?", ()),
        ],
    ),
    # A French student shipping her luggage: calls in French, summaries in English and French, the
    # analysis in French once and called "legal" once; a door code in a summary; the address corrected.
    Caller(
        number="+33677855509",
        names=("Camille",),
        calls=[
            Call(
                LUGGAGE, 47, "fr", "Luggage shipment from Lyon to Vancouver",
                "The user, Camille Dufresne, spoke French and booked door-to-door shipping of two suitcases "
                "and a box of books from her parents' home in Lyon to the Walter Gage residence at UBC in "
                "Vancouver, for €389. Pickup in Lyon is on {+6}. The shipment reference is LGX-73015.",
                [
                    ("ParcelPath Luggage Forwarding, Julien speaking, how can I help?",
                     "Bonjour ! Euh... vous parlez français ? On m'a dit qu'il y avait quelqu'un qui parlait "
                     "français."),
                    ("Oui, c'est moi. Je vous écoute.",
                     "Ah, super. Alors voilà, je pars pour un an d'échange à UBC, à Vancouver, et je "
                     "voudrais envoyer mes affaires. Deux valises et un carton."),
                    ("D'accord. Elles pèsent combien, à peu près ?",
                     "Les valises, vingt-trois kilos chacune, je les ai pesées. Et le carton, c'est des "
                     "livres, donc... quinze kilos ? Oui, quinze."),
                    ("Et on les récupère où ?",
                     "Chez mes parents, à Lyon. Quatorze rue Sainte-Hélène, dans le deuxième. C'est mon "
                     "père, Bernard, qui vous les donnera."),
                    ("Et la livraison ?",
                     "À ma résidence sur le campus, Walter Gage. W-A-L-T-E-R, Gage, G-A-G-E."),
                    ("Très bien. Porte à porte, ça fait trois cent quatre-vingt-neuf euros.",
                     "Trois cent quatre-vingt-neuf... d'accord, ça va."),
                    ("On peut passer chez vos parents dans six jours.",
                     "Parfait, mon père est à la retraite, il est toujours là."),
                    ("Votre référence d'envoi est L G X, sept, trois, zéro, un, cinq. Et votre nom ?",
                     "LGX-73015. Camille Dufresne, D-U-F-R-E-S-N-E. Merci beaucoup !"),
                ],
                analysis_items(
                    "Envoi de bagages Lyon-Vancouver", "Enlèvement chez ses parents à Lyon", "{+6}",
                    "Deux valises de 23 kg et un carton de livres; livraison à la résidence Walter Gage, "
                    "UBC; référence LGX-73015", "none", first_name="Camille",
                ),
            ),
            Call(
                LUGGAGE, 26, "fr", "Delivery address change",
                "Camille Dufresne changed the delivery address for shipment LGX-73015 from the Walter Gage "
                "residence to a shared apartment at 2150 West 4th Avenue, Kitsilano, Vancouver, because her "
                "place in residence fell through. Her roommate Aiyana can receive the delivery. She gave "
                "the building's door code, 4815.",
                [
                    ("ParcelPath Luggage Forwarding, Julien speaking.",
                     "Bonjour Julien, c'est Camille Dufresne, pour l'envoi LGX-73015."),
                    ("Bonjour Camille ! Les bagages sont en route. Qu'est-ce que je peux faire pour vous ?",
                     "Alors, changement de programme. La résidence, c'est tombé à l'eau, ils ont perdu mon "
                     "dossier, bref. Je vais habiter en colocation."),
                    ("D'accord, quelle est la nouvelle adresse ?",
                     "Deux mille cent cinquante, West 4th Avenue, à Kitsilano. Appartement trois."),
                    ("C'est noté. Quelqu'un pourra réceptionner ?",
                     "Oui, ma coloc, Aiyana. A-I-Y-A-N-A. Elle travaille de chez elle."),
                    ("Parfait. Il y a un code pour entrer dans l'immeuble ?",
                     "Oui, le code de la porte, c'est quatre, huit, un, cinq."),
                    ("Merci, je le mets dans les notes du livreur.", "Merci, bonne journée !"),
                ],
                {"first_name": "Camille"},
            ),
            Call(
                LUGGAGE, 3, "fr", "Carton retenu à la douane",
                "Julien a informé Camille Dufresne que ses deux valises ont été livrées, mais que le carton "
                "de livres est retenu à la douane canadienne, qui demande une liste de colisage. Camille "
                "l'enverra par e-mail ce soir. La livraison du carton est prévue le {+4}, entre 9 h et midi.",
                [
                    ("ParcelPath Luggage Forwarding, Julien speaking.",
                     "Allô, Julien ? C'est Camille. Les valises sont arrivées, merci ! Mais... pas le "
                     "carton."),
                    ("Oui, justement, j'allais vous appeler. Le carton est bloqué à la douane. Ils veulent "
                     "une liste de colisage.", "Une liste de... quoi exactement ?"),
                    ("Une liste de ce qu'il y a dedans, avec la valeur approximative. Ce sont des livres, "
                     "donc c'est simple.",
                     "Ah d'accord. Oui, c'est que des livres, des romans et mes bouquins de droit. Je vous "
                     "l'envoie par mail ce soir."),
                    ("Il peut y avoir des frais de douane, on vous dira.", "D'accord. J'espère pas trop."),
                    ("Si on a la liste demain, on livre dans quatre jours, entre neuf heures et midi.",
                     "Parfait. Aiyana sera là, de toute façon."),
                ],
                analysis_items(
                    "Customs hold on box of books", "Camille to email the packing list to customs", "",
                    "Suitcases delivered; box of books held at Canadian customs", "legal",
                    first_name="Camille",
                ),
            ),
        ],
        questions=[
            Question(LUGGAGE, "What is she shipping?", ("valises", "suitcases")),
            Question(LUGGAGE, "What's the shipment reference?", ("LGX-73015",)),
            Question(LUGGAGE, "Where is the delivery going now?",
                     ("west 4th", "2150", "deux mille cent cinquante"),
                     ("walter gage",)),
            Question(LUGGAGE, "Who hands over the bags in Lyon?", ("bernard",)),
            Question(LUGGAGE, "How heavy is each suitcase?", ("23 kg", "vingt-trois")),
            Question(LUGGAGE, "What does the shipping cost?", ("389", "trois cent quatre-vingt-neuf")),
            Question(LUGGAGE, "Why is the box held up?", ("customs", "douane")),
            Question(LUGGAGE, "What document is needed?", ("packing list", "liste de colisage")),
            Question(LUGGAGE, "When will the box arrive?", _day(3, 4)),
            Question(LUGGAGE, "What time window for the delivery?",
                     ("entre 9 h et midi", "neuf heures et midi")),
            Question(LUGGAGE, "Who can receive the delivery for her?", ("aiyana",)),
            Question(LUGGAGE, "What's in the box?", ("livres", "books")),
            Question(LUGGAGE, "Which university is she going to?", ("UBC",)),
            Question(LUGGAGE, "When was the pickup in Lyon?", _day(47, 6)),
            Question(LUGGAGE, "What street do her parents live on?", ("sainte-hélène",)),
            Question(LUGGAGE, "What subject is she studying?", ("droit",)),
            Question(LUGGAGE, "Which neighbourhood is the new flat in?", ("kitsilano",)),
            Question(LUGGAGE, "How long is she away for?", ("un an d'échange",)),
            Question(LUGGAGE, "Have the suitcases been delivered?",
                     ("valises sont arrivées", "suitcases delivered")),
            Question(LUGGAGE, "What's the building door code?", ()),
            Question(LUGGAGE, "What's Aiyana's phone number?", ()),
            Question(LUGGAGE, "How much will customs charge?", ()),
            Question(LUGGAGE, "What floor is the apartment on?", ()),
            Question(LUGGAGE, "What's Camille's student number?", ()),
            Question(LUGGAGE, "What's her mother's name?", ()),
            Question(LUGGAGE, "How heavy is the box of books?", ("quinze kilos",)),
        ],
    ),
    # A backpacker: a long call whose middle holds three facts; dorm beds turned into a private room, the
    # nights and the day changed; a door code the agent says and the analysis copies.
    Caller(
        number="+17785550803",
        names=("Tariq",),
        calls=[
            Call(
                HOSTEL, 40, "en", "Dorm beds booked",
                "The user, Tariq Hassan, booked two beds in a six-bed mixed dorm for himself and his friend "
                "Yusuf for four nights from {+35}, at $38 per bed per night.",
                [
                    ("Salt Spray Hostel, Tofino, Jess speaking!",
                     "Hey, yeah, hi. So, um, I wanna book, like, two beds? For me and my buddy."),
                    ("Sweet. Dorm or private?",
                     "Dorm's good. Cheapest, honestly. We're students. Well, I was. Anyway."),
                    ("Ha. We've got a six-bed mixed dorm at thirty-eight a night per bed. How many nights?",
                     "Four nights. Starting, um, five weeks from today. Yeah."),
                    ("Got it. Names?", "Tariq Hassan, T-A-R-I-Q. And my buddy's Yusuf."),
                    ("Are you HI members?",
                     "I am, yeah, Hostelling International, I've got the card. Yusuf isn't."),
                    ("No problem, you get ten percent off your bed then.", "Oh nice."),
                    ("Anything else?", "Do you guys rent wetsuits? We wanna surf."),
                    ("We don't, but the surf shop next door gives our guests fifteen percent off.",
                     "Sick. Okay, thanks!"),
                ],
                {"first_name": "Tariq"},
            ),
            Call(
                HOSTEL, 20, "en", "Booking changed to a private room",
                "The user, Tariq Hassan, changed his booking from two dorm beds to a private twin room at "
                "$96 a night, for three nights from {+23}. The agent will email a new confirmation. Tariq "
                "chatted about surfing and the drive to Tofino.",
                long_call(
                    [
                        ("Salt Spray Hostel, Jess speaking!",
                         "Hey Jess, it's Tariq, uh, Tariq Hassan, I booked two dorm beds for me and Yusuf?"),
                        ("Hey Tariq! Yeah, I see you. What's up?",
                         "So, okay, change of plans. We kinda want a private room instead. Yusuf snores. "
                         "Like, a lot. I don't wanna get us kicked out of a dorm."),
                        ("Ha, fair. I've got a private twin room at ninety-six a night.",
                         "Ninety-six. Okay. Yeah, let's do that."),
                        ("And the same dates?",
                         "Also, sorry, can we make it three nights instead of four? And come a bit "
                         "later? Money's tight, I'll be honest."),
                        ("Let me check... yes, the twin is free for three nights starting twenty-three days "
                         "from today.", "Perfect. Perfect."),
                        ("Okay, so you're moved over.",
                         "Awesome. Sorry if it's loud, I'm driving, hands-free, don't worry."),
                    ],
                    [
                        ("No worries.",
                         "Oh, one thing. Yusuf's diabetic, type one. He's got insulin that has to stay "
                         "cold. Is there a fridge he can use?"),
                        ("Yes, there's a staff fridge, we'll label a shelf for him.",
                         "Amazing. And, um, I'm bringing my guitar. Is that cool? I won't play after, like, "
                         "quiet hours."),
                        ("Totally cool, quiet hours are eleven to seven.",
                         "Yeah, for sure. It's kind of a celebration trip, I just finished my nursing "
                         "degree. Like, literally last week. Well, once I pass the licensing exam."),
                        ("Congrats!!", "Thanks, man. Four years. Wild."),
                    ],
                    [
                        ("So, recap: private twin room, three nights, ninety-six a night. I'll email you a "
                         "new confirmation.", "Sweet. Same email as before."),
                        ("You got it. Drive safe, Tariq.", "Thanks Jess! Later."),
                    ],
                    acks=_HOSTEL_ACKS,
                    talk=_HOSTEL_TALK,
                    start=1,
                ),
                {"first_name": "Tariq"},
            ),
            Call(
                HOSTEL, 4, "en", "Late arrival by bus",
                "Tariq said they will arrive on the 10:40 PM bus, after reception closes at 10 PM. The "
                "agent explained how to get in and said their keys will be in an envelope at the desk. "
                "Tariq booked a surf lesson for two on their second morning, $79 each.",
                [
                    ("Salt Spray Hostel, Jess speaking!",
                     "Hey Jess, Tariq again. So, uh, we're not driving anymore, the van died, it's a whole "
                     "thing. We're taking the bus."),
                    ("Oh no! Which bus?",
                     "The one that gets in at ten-forty at night. Ten-forty PM. Is reception still open?"),
                    ("Reception closes at ten o'clock, but no stress. The front door code is 5 2 1 6, and "
                     "your keys will be in an envelope with your name on it at the desk.",
                     "Five two one six, envelope. Got it. You're a legend."),
                    ("Anything else?",
                     "Yeah, actually, can we book a surf lesson? For both of us. Second morning."),
                    ("Sure, the surf shop does a beginner lesson for seventy-nine each. They'll text you the "
                     "start time.", "Seventy-nine, cool, book it."),
                    ("Done!", "Sweet, see you soon!"),
                ],
                analysis_items(
                    "Late arrival by bus", "Leave keys in an envelope at the desk", "{+7}",
                    "Arriving on the 10:40 PM bus; front door code 5216; surf lesson for two on the second "
                    "morning", "none", first_name="Tariq",
                ),
            ),
        ],
        questions=[
            Question(HOSTEL, "What kind of room do they have?", ("private twin", "twin room"), ("dorm",)),
            Question(HOSTEL, "How many nights are they staying?", ("three nights",), ("four nights",)),
            Question(HOSTEL, "When do they arrive?", _day(20, 23), _day(40, 35)),
            Question(HOSTEL, "Who is he travelling with?", ("yusuf",)),
            Question(HOSTEL, "What's the nightly rate?", ("$96", "ninety-six"), ("$38", "thirty-eight")),
            Question(HOSTEL, "What time does the bus get in?", ("10:40", "ten-forty")),
            Question(HOSTEL, "Where will their keys be?", ("envelope",)),
            Question(HOSTEL, "What did they book for the second morning?", ("surf lesson",)),
            Question(HOSTEL, "What does Yusuf need the fridge for?", ("insulin",)),
            Question(HOSTEL, "What instrument is Tariq bringing?", ("guitar",)),
            Question(HOSTEL, "What did Tariq just graduate in?", ("nursing",)),
            Question(HOSTEL, "What condition does his friend have?", ("diabetic", "type one")),
            Question(HOSTEL, "Is he a hostel member?", ("hostelling international",)),
            Question(HOSTEL, "When does reception close?", ("10 PM", "ten o'clock")),
            Question(HOSTEL, "How much is the surf lesson?", ("$79", "seventy-nine")),
            Question(HOSTEL, "Where can they get a discount on wetsuits?", ("surf shop",)),
            Question(HOSTEL, "How big is that discount?", ("fifteen percent",)),
            Question(HOSTEL, "Why did they switch to a private room?", ("snores",)),
            Question(HOSTEL, "How are they getting there now?", ("the bus", "10:40 PM bus")),
            Question(HOSTEL, "What are the quiet hours?", ("eleven to seven",)),
            Question(HOSTEL, "What's the front door code?", ()),
            Question(HOSTEL, "What's Yusuf's surname?", ()),
            Question(HOSTEL, "What's Tariq's email address?", ()),
            Question(HOSTEL, "What time does the surf lesson start?", ()),
            Question(HOSTEL, "How old is Tariq?", ()),
            Question(HOSTEL, "What's the van's licence plate?", ()),
            Question(HOSTEL, "Which college did Tariq study at?", ()),
        ],
    ),
    # A book club's organiser: a long call whose middle holds four facts; the meeting point, start time,
    # head count and price corrected.
    Caller(
        number="+17785550804",
        names=("Fiona",),
        calls=[
            Call(
                WALKS, 52, "en", "Private walk for a book club",
                "The user, Fiona Gallagher, booked a private four-hour Old Town and Arthur's Seat walk for "
                "her book club of six from Vancouver, at £45 per person (£270). The group will meet at the "
                "Mercat Cross on the Royal Mile at 10 AM. The agent will send a payment link for a £50 "
                "deposit. Fiona chatted at length about the trip and the book club.",
                long_call(
                    [
                        ("Hello, you're through to Ailsa Ross Walking Tours, I'm Ailsa's booking assistant. "
                         "How can I help?",
                         "Oh hi! Hello. Um, I'm calling from Canada, is that okay? Is it a bad time there?"),
                        ("Not at all! What can I do for you?",
                         "So there's six of us, a book club, from Vancouver, and we're coming to "
                         "Edinburgh, and we'd love a private walking tour. Like, just us."),
                        ("That's lovely. Our most popular private walk is the Old Town and Arthur's Seat, "
                         "about four hours.", "That's the one, that's the one I saw on your website."),
                        ("Can I take your name?",
                         "Fiona Gallagher. G-A-L-L-A-G-H-E-R. It's a lot of letters, sorry."),
                        ("Ha, thanks Fiona. And when are you thinking?",
                         "Sometime in our second week. We'll know the exact day once the flights are "
                         "sorted."),
                        ("No problem. The private walk is forty-five pounds per person.",
                         "Forty-five each, so that's... two hundred and seventy for six."),
                        ("That's right. Is everyone fairly fit?",
                         "Mostly! Mostly. Let me tell you about the group."),
                    ],
                    [
                        ("Please do.",
                         "So Dorothy, Dot, she's eighty-one and she walks with two hiking poles. She's tough "
                         "as anything, but nothing too steep or she'll be cross with herself."),
                        ("Then we'll take the gentler path up from Dunsapie Loch instead of the steep side.",
                         "Perfect. And we're reading Ian Rankin at the moment, the Rebus books, so if we "
                         "could see the Oxford Bar, the girls would go wild."),
                        ("We can finish in the New Town, right by the Oxford Bar.",
                         "Ha, amazing. Oh, and Moira is vegan, so if we stop for lunch somewhere, it has to "
                         "have vegan options."),
                        ("Noted, there's a great café near the Grassmarket.", "Lovely."),
                    ],
                    [
                        ("So, a private Old Town and Arthur's Seat walk for six, two hundred and seventy "
                         "pounds. We meet at the Mercat Cross on the Royal Mile at ten a.m.",
                         "Mercat Cross, ten o'clock. Got it."),
                        ("I'll send a payment link for a fifty pound deposit.",
                         "Great, I'll pay it as soon as it comes."),
                        ("Wonderful. Anything else, Fiona?",
                         "No, I think that's everything. Thank you so much!"),
                        ("Bye for now!", "Bye!"),
                    ],
                    acks=_WALK_ACKS,
                    talk=_WALK_TALK,
                    start=4,
                ),
                analysis_items(
                    "Private walk for a book club", "Fiona to pay the £50 deposit by payment link", "",
                    "Group of six; Old Town and Arthur's Seat walk; meet at the Mercat Cross at 10 AM",
                    "none", first_name="Fiona",
                ),
            ),
            Call(
                WALKS, 28, "en", "Seventh walker and date confirmed",
                "Fiona Gallagher said a seventh walker, Jean, is joining the book club's private walk, so "
                "the price is now £315. The walk is booked for {+32}. She paid the £50 deposit.",
                [
                    ("Ailsa Ross Walking Tours, booking assistant speaking.",
                     "Hi, it's Fiona Gallagher again, the book club from Vancouver?"),
                    ("Hi Fiona! How are the plans coming along?",
                     "Good! Good. So, um, two things. We have a date now, and there's seven of us. Dot's "
                     "sister Jean is coming. She's only seventy-eight, so, a baby."),
                    ("Ha! Seven it is. That makes it three hundred and fifteen pounds.",
                     "Three-fifteen, that's fine."),
                    ("And the date?", "Thirty-two days from today. Is Ailsa free?"),
                    ("She is, I'll put you in.", "Yay. And I paid the deposit last night, the fifty pounds."),
                    ("Yes, I can see it. All set.", "Amazing, thanks!"),
                ],
                {"first_name": "Fiona"},
            ),
            Call(
                WALKS, 10, "en", "Meeting point and time changed",
                "Fiona Gallagher asked to move the start of the book club's walk on {+14} from the Mercat "
                "Cross to the lobby of the Carlton Hotel on North Bridge, where the group is staying, and to "
                "start at 9:30 AM instead of 10. If it rains heavily, the group will swap Arthur's Seat for "
                "the underground Vaults tour.",
                [
                    ("Ailsa Ross Walking Tours, booking assistant speaking.",
                     "Hi there, Fiona Gallagher, the book club, um, seven of us?"),
                    ("Hi Fiona! What can I do?",
                     "Could Ailsa pick us up at our hotel instead of the Mercat Cross? We're at the Carlton "
                     "Hotel, on North Bridge. Dot's knees and cobbles, you know."),
                    ("Of course, she'll meet you in the Carlton lobby.",
                     "And could we start a bit earlier? Half nine? Nine-thirty? Some of the girls want to "
                     "do the whisky thing in the afternoon."),
                    ("Nine-thirty is fine.", "Brilliant. And what happens if it's pouring?"),
                    ("If it's very wet, Ailsa swaps Arthur's Seat for the Vaults tour, underground.",
                     "Oh, that sounds fun actually. Spooky."),
                    ("How would you like to pay the balance?",
                     "Cash on the day, if that's okay. Two hundred and sixty-five pounds."),
                    ("Perfect.", "Thanks! See you soon!"),
                ],
                analysis_items(
                    "Meeting point change", "Private walk with the book club", "{+14}",
                    "Meet in the Carlton Hotel lobby at 9:30; group of seven; balance paid in cash on the "
                    "day", "none", first_name="Fiona",
                ),
            ),
        ],
        questions=[
            Question(WALKS, "Where will the guide meet the group?", ("carlton",), ("mercat cross",)),
            Question(WALKS, "What time does the walk start?", ("9:30", "nine-thirty"),
                     ("10 AM", "ten o'clock")),
            Question(WALKS, "How many people are walking?", ("seven",), ("six",)),
            Question(WALKS, "When is the walk?", _day(10, 14)),
            Question(WALKS, "Who is the newest member of the party?", ("jean",)),
            Question(WALKS, "What's the price per person?", ("£45", "forty-five")),
            Question(WALKS, "What's the total price now?", ("£315", "three hundred and fifteen"),
                     ("£270", "two hundred and seventy")),
            Question(WALKS, "Which way will they go up the hill?", ("dunsapie",)),
            Question(WALKS, "Which author is the club reading?", ("rankin",)),
            Question(WALKS, "Which pub would they like to see?", ("oxford bar",)),
            Question(WALKS, "Who in the group doesn't eat animal products?", ("moira",)),
            Question(WALKS, "Why does the route need to be gentle?", ("eighty-one", "hiking poles")),
            Question(WALKS, "How will she pay the balance?", ("cash",)),
            Question(WALKS, "How much is still owed?", ("two hundred and sixty-five",)),
            Question(WALKS, "What's the plan if it rains?", ("vaults",)),
            Question(WALKS, "Where is the group staying?", ("carlton",)),
            Question(WALKS, "What are some of them doing in the afternoon?", ("whisky",)),
            Question(WALKS, "What kind of group is it?", ("book club",)),
            Question(WALKS, "What's Dot's surname?", ()),
            Question(WALKS, "Does anyone in the group have a heart condition?", ()),
            Question(WALKS, "Which Rebus novel are they reading right now?", ()),
            Question(WALKS, "When do they fly home?", ()),
            Question(WALKS, "What's Fiona's email address?", ()),
            Question(WALKS, "How old is Moira?", ()),
            Question(WALKS, "What's Jean's surname?", ()),
        ],
    ),
    # A visa and passport client: a husband's visitor visa and a daughter's passport; a flight moved, a
    # courier address corrected, a visa refusal left out of the analysis and an analysis called "legal".
    Caller(
        number="+17785550805",
        names=("Anjali",),
        calls=[
            Call(
                VISA, 38, "en", "UK visitor visa for her husband",
                "The user, Anjali Mehta, asked the service to handle a UK Standard Visitor visa for her "
                "husband, Vikram, an Indian citizen with Canadian permanent residence, who flies to a "
                "conference in Manchester on {+35}. The service fee is $249 plus the UK government fee. A "
                "biometrics appointment is booked at the visa centre in Vancouver on {+12} at 10:15 AM. She "
                "mentioned he had a UK visa refused in 2019, which must be declared.",
                [
                    ("ClearPath Visa and Passport Services, this is Oren. How can I help?",
                     "Hi, hi. Um, I'm calling about a visa for my husband. For the UK. He has a conference."),
                    ("Sure. What's his citizenship?",
                     "He's Indian. He's got Canadian PR, permanent residence, but he's still on his Indian "
                     "passport."),
                    ("Okay, so he'll need a Standard Visitor visa. When does he travel?",
                     "He flies on... let me look... five weeks from today. Thirty-five days. The conference "
                     "is in Manchester."),
                    ("We can do that. Our service fee is two hundred and forty-nine dollars, plus the UK "
                     "government fee.", "Two forty-nine. Okay."),
                    ("He'll need his PR card, six months of bank statements, a letter from his employer, and "
                     "the conference invitation.",
                     "PR card, bank statements, employer letter, invitation. Got it."),
                    ("Has he ever been refused a visa for any country?",
                     "Um. Yes. The UK, actually, in 2019. He never really told me the details. Is that a "
                     "problem?"),
                    ("It's not a problem, but it must be declared on the form.", "Okay. He'll be relieved."),
                    ("I can book his biometrics at the visa centre downtown, twelve days from now at "
                     "ten-fifteen.", "Ten-fifteen, yes, he can do that."),
                    ("And your name?", "Anjali Mehta. A-N-J-A-L-I."),
                ],
                analysis_items(
                    "UK visitor visa application", "Biometrics appointment for Vikram", "{+12}",
                    "Husband Vikram is an Indian citizen with Canadian PR; conference in Manchester; service "
                    "fee $249", "none", first_name="Anjali",
                ),
            ),
            Call(
                VISA, 22, "en", "Daughter's passport renewal",
                "Anjali Mehta asked for an express renewal of her daughter Meera's Canadian passport. Meera "
                "is eight. The express service is $190 plus the government fee and takes about ten business "
                "days. Their family doctor, Dr. Lam, will sign as guarantor. The passport will be couriered "
                "to their home at 7720 Granville Street.",
                [
                    ("ClearPath Visa and Passport Services, Oren speaking.",
                     "Hi Oren, Anjali Mehta again. Vikram did his biometrics, thank you. Now it's my "
                     "daughter."),
                    ("Of course. What does she need?",
                     "Her passport. Meera's. It expires in, like, two months and we're going to India at "
                     "Diwali, so I need it renewed fast."),
                    ("How old is she?", "Eight. Eight and a half, she'd say."),
                    ("For a child passport, our express service is one hundred and ninety dollars plus the "
                     "government fee, about ten business days.", "One ninety, fine."),
                    ("You'll need a guarantor who has known you for two years.",
                     "Our family doctor, Doctor Lam. She's known us forever."),
                    ("Perfect. And two passport photos.",
                     "We'll get the photos at the pharmacy on Saturday."),
                    ("Where should we courier the new passport?",
                     "Home, seventy-seven twenty Granville Street."),
                    ("Got it.", "Thanks, Oren."),
                ],
                {"first_name": "Anjali"},
            ),
            Call(
                VISA, 9, "en", "Travel date moved and courier address",
                "Anjali Mehta said Vikram's UK visa was approved. His conference in Manchester was "
                "postponed, so he now flies on {+21}. She asked for Meera's passport to be couriered to her "
                "office instead: Suite 1200, 1055 West Georgia Street.",
                [
                    ("ClearPath Visa and Passport Services, Oren speaking.",
                     "Hi Oren! Good news, Vikram's visa came through. Approved."),
                    ("Wonderful! Congratulations.",
                     "Thanks. But, ugh, now the conference got pushed back. He flies twenty-one days from "
                     "today now, not next week."),
                    ("The visa is valid for six months, so that's fine.", "Oh good, I was worried."),
                    ("Anything else?",
                     "Yes, Meera's passport. Can you courier it to my office instead of home? Nobody's home "
                     "in the day."),
                    ("Sure. What's the address?",
                     "Suite twelve hundred, ten fifty-five West Georgia Street. Suite 1200, 1055 West "
                     "Georgia."),
                    ("Updated.", "You're the best."),
                ],
                analysis_items(
                    "Travel date moved and courier address", "Courier Meera's passport to Anjali's office",
                    "",
                    "Vikram's UK visa approved; flight now {+21}; courier to Suite 1200, 1055 West Georgia "
                    "Street", "legal", first_name="Anjali",
                ),
            ),
        ],
        questions=[
            Question(VISA, "Which visa is her husband getting?", ("standard visitor",)),
            Question(VISA, "What's Vikram's citizenship?", ("indian",)),
            Question(VISA, "Where is the conference?", ("manchester",)),
            Question(VISA, "When was the biometrics appointment?", _day(38, 12)),
            Question(VISA, "What time was the biometrics appointment?", ("10:15", "ten-fifteen")),
            Question(VISA, "Has Vikram ever been refused a visa?", ("2019", "refused")),
            Question(VISA, "What documents does he need?",
                     ("bank statements", "employer", "pr card", "invitation")),
            Question(VISA, "When does Vikram fly now?", _day(9, 21), _day(38, 35)),
            Question(VISA, "Whose passport is being renewed?", ("meera",)),
            Question(VISA, "How old is Meera?", ("eight",)),
            Question(VISA, "Where should the new passport be sent?",
                     ("1055 west georgia", "suite 1200", "ten fifty-five west georgia"), ("granville",)),
            Question(VISA, "How much is the express passport service?",
                     ("$190", "one ninety", "one hundred and ninety")),
            Question(VISA, "Who's the guarantor?", ("dr. lam", "doctor lam")),
            Question(VISA, "Where will they get the photos done?", ("pharmacy",)),
            Question(VISA, "What's the visa service fee?",
                     ("$249", "two forty-nine", "two hundred and forty-nine")),
            Question(VISA, "Did the visa come through?", ("approved",)),
            Question(VISA, "How long is the visa valid?", ("valid for six months",)),
            Question(VISA, "Why is the family going to India?", ("diwali",)),
            Question(VISA, "Purpose of her spouse's trip abroad?", ("conference",)),
            Question(VISA, "Why send the passport to the office?", ("nobody's home",)),
            Question(VISA, "What's Vikram's passport number?", ()),
            Question(VISA, "What's Meera's date of birth?", ()),
            Question(VISA, "How much money is in their bank account?", ()),
            Question(VISA, "Why was the 2019 visa refused?", ()),
            Question(VISA, "Which hotel is Vikram staying at in Manchester?", ()),
            Question(VISA, "What's Dr. Lam's first name?", ()),
            Question(VISA, "When does Meera's current passport expire exactly?", ()),
        ],
    ),
    # A golfer: his clubs lost by the forwarding service, then a claim for hired clubs; his heart stent is
    # the claims line's alone (the analysis says "none"); a garage code copied into the facts; the claim
    # corrected.
    Caller(
        number="+17785550806",
        names=("Gordon",),
        private_to={CLAIMS: ("stent", "heart")},
        calls=[
            Call(
                LUGGAGE, 33, "en", "Golf clubs to St Andrews",
                "The user, Gordon McAllister, booked shipping of his golf bag and a suitcase from his home "
                "at 3 Bayview Crescent, West Vancouver, to the Old Course Hotel in St Andrews, Scotland, for "
                "$465. They will be picked up from his garage on {+3}. The shipment reference is LGX-73388.",
                [
                    ("ParcelPath Luggage Forwarding, Julien speaking, how can I help?",
                     "Morning. Gordon McAllister. M-C, capital A, double L, I, S, T, E, R. I want to send my "
                     "golf clubs to Scotland ahead of me. Hate lugging them through airports."),
                    ("We do that all the time. Where to?",
                     "The Old Course Hotel, St Andrews. I'm there for a month of golf. Bucket list, you "
                     "know."),
                    ("Lovely. Just the clubs?",
                     "Clubs and one suitcase. The clubs are in a blue Titleist tour bag, with a yellow rain "
                     "cover on it, you can't miss it."),
                    ("Do you want to declare a value for the clubs?",
                     "Twenty-eight hundred. Two thousand eight hundred dollars, they're not new but they're "
                     "mine."),
                    ("For both items to St Andrews, it's four hundred and sixty-five dollars.", "Fine."),
                    ("We can collect in three days. Will you be home?",
                     "No, I'm at the club all day. I'll leave them in the garage. The garage code is 7 3 0 "
                     "4, they'll be just inside the door."),
                    ("Got it. Your reference is L G X seven three three eight eight.", "LGX-73388. Good."),
                    ("Anything else?", "Just get them there before me. Cheers."),
                ],
                analysis_items(
                    "Golf bag shipping to St Andrews", "Collect golf bag and suitcase from the garage",
                    "{+3}",
                    "Golf bag and suitcase to the Old Course Hotel; declared value $2,800; garage code 7304",
                    "none", first_name="Gordon",
                ),
            ),
            Call(
                LUGGAGE, 19, "en", "Golf bag missing",
                "Gordon McAllister reported that his suitcase arrived at the Old Course Hotel but his golf "
                "bag did not. The agent found it was last scanned at the Glasgow depot and opened trace case "
                "TRC-5096. If it is not found within ten days, he can claim up to the declared value of "
                "$2,800.",
                [
                    ("ParcelPath Luggage Forwarding, Julien speaking.",
                     "Julien, it's Gordon McAllister. I'm in St Andrews. My suitcase is here. My clubs are "
                     "not. I'm, I'm trying to stay calm."),
                    ("I'm so sorry, Gordon. Let me look up LGX-73388... the golf bag was last scanned at our "
                     "Glasgow depot two days ago.",
                     "Glasgow. That's an hour and a half away. Marvellous."),
                    ("I've opened a trace, case number T R C five oh nine six.",
                     "TRC-5096. And if it's gone?"),
                    ("If we can't find it within ten days, you can claim up to the declared value.",
                     "Twenty-eight hundred. I'd rather have my clubs."),
                    ("I understand. We'll call you the moment we have news.",
                     "Please do. I've a tee time tomorrow at seven."),
                ],
                {"first_name": "Gordon"},
            ),
            Call(
                CLAIMS, 14, "en", "Claim for hired golf clubs",
                "The user, Gordon McAllister, opened a claim under policy NTI-6120-0452 for the cost of "
                "hiring golf clubs in St Andrews after the forwarding company lost his clubs: £180 for three "
                "rounds. The claim number is CLM-240877. He will send the hire receipts and a letter from "
                "the forwarding company.",
                [
                    ("Northstar Travel Insurance, claims line, this is Denise. How can I help?",
                     "Aye, hello. Gordon McAllister, I'm in Scotland, and I want to claim for golf clubs."),
                    ("Sorry to hear that. Your policy number?", "N T I, six one two oh, oh four five two."),
                    ("Thank you. What happened?",
                     "I sent my clubs ahead with a forwarding company and they've lost them. So I've been "
                     "hiring clubs from the pro shop. Three rounds so far, a hundred and eighty pounds."),
                    ("We can look at that under delayed baggage. I've opened claim C L M two four oh eight "
                     "seven seven.", "Right."),
                    ("We'll need the hire receipts and a letter from the forwarding company confirming the "
                     "loss.", "I'll get both."),
                    ("Is there anything else we should note?",
                     "Well, only that I took the premium policy because of my heart. I had a stent put in "
                     "last year. Nothing's wrong, mind, touch wood. Just so you know why I'm on the "
                     "expensive one."),
                    ("Thank you, I've noted that.", "Good. Cheerio."),
                ],
                analysis_items(
                    "Claim for hired golf clubs",
                    "Gordon to send the hire receipts and the forwarding company's letter", "",
                    "Policy NTI-6120-0452; claim CLM-240877; clubs lost by the forwarding company; had a "
                    "stent fitted last year", "none", first_name="Gordon",
                ),
            ),
            Call(
                CLAIMS, 2, "en", "Claim amount updated",
                "Gordon McAllister updated claim CLM-240877: he hired clubs for four rounds in the end, so "
                "the claim is now £240. His own clubs were found and delivered to the hotel. The settlement "
                "will be paid by cheque to his home address.",
                [
                    ("Northstar Travel Insurance, claims line, Denise speaking.",
                     "Denise, Gordon McAllister. Claim two four oh eight seven seven."),
                    ("Hi Gordon. How's Scotland?",
                     "Wet. But the clubs turned up! Nine days late, but they turned up. So I hired clubs for "
                     "four rounds in the end, not three."),
                    ("So that's two hundred and forty pounds in total?",
                     "Two hundred and forty, aye. I've emailed the receipts."),
                    ("Received. And how would you like the settlement paid?",
                     "A cheque, to the house. I don't trust those online transfers."),
                    ("A cheque it is.", "Grand. Cheerio."),
                ],
                {"first_name": "Gordon"},
            ),
        ],
        questions=[
            Question(LUGGAGE, "What did he send ahead?", ("golf bag", "golf clubs")),
            Question(LUGGAGE, "Where was it going?", ("old course hotel", "st andrews")),
            Question(LUGGAGE, "What's the shipment reference?", ("LGX-73388",)),
            Question(LUGGAGE, "What does his golf bag look like?", ("titleist", "yellow rain cover")),
            Question(LUGGAGE, "What's the trace number?", ("TRC-5096",)),
            Question(LUGGAGE, "Where was the bag last scanned?", ("glasgow",)),
            Question(LUGGAGE, "What value did he declare?", ("2,800", "twenty-eight hundred")),
            Question(LUGGAGE, "When was the pickup?", _day(33, 3)),
            Question(LUGGAGE, "Where were the bags collected from?", ("garage",)),
            Question(LUGGAGE, "How much was the shipping?", ("$465", "four hundred and sixty-five")),
            Question(LUGGAGE, "How long is his trip?", ("a month of golf",)),
            Question(LUGGAGE, "What's the garage code?", ()),
            Question(LUGGAGE, "How much does the golf bag weigh?", ()),
            Question(LUGGAGE, "Does he have any health conditions?", ()),
            Question(LUGGAGE, "What's his wife's name?", ()),
            Question(LUGGAGE, "What's in the suitcase?", ()),
            Question(CLAIMS, "What's his claim number?", ("CLM-240877",)),
            Question(CLAIMS, "What is he claiming for?", ("hiring", "hire")),
            Question(CLAIMS, "How much is the claim now?", ("£240", "two hundred and forty"),
                     ("£180", "hundred and eighty")),
            Question(CLAIMS, "How many rounds did he hire clubs for?", ("four rounds",), ("three rounds",)),
            Question(CLAIMS, "What heart procedure did he mention?", ("stent",)),
            Question(CLAIMS, "How does he want the settlement paid?", ("cheque",)),
            Question(CLAIMS, "What's his policy number?", ("NTI-6120-0452",)),
            Question(CLAIMS, "When did he last call the claims line?", _day(2)),
            Question(CLAIMS, "What documents did he have to send?", ("receipts", "letter")),
            Question(CLAIMS, "Why did he choose the pricier cover?", ("heart", "stent")),
            Question(CLAIMS, "Who is his cardiologist?", ()),
            Question(CLAIMS, "What's his bank account number?", ()),
            Question(CLAIMS, "How much did the premium policy cost?", ()),
        ],
    ),
    # A skier booking a private lesson: the day, instructor and price corrected when a friend joins.
    Caller(
        number="+17785550807",
        names=("Noah",),
        calls=[
            Call(
                SKI, 30, "en", "Private ski lesson",
                "The user, Noah Lindqvist, booked a two-hour private lesson for {+35} at 10 AM with "
                "instructor Tomás, focusing on moguls and tree skiing. The price is $289. They will meet at "
                "Guest Relations in the Roundhouse.",
                [
                    ("Summit Snow School, you're talking to Kai, what can I do for you?",
                     "Yo, hey. So I'm looking for a private lesson. Adult. Me."),
                    ("Sure! What's your level?",
                     "I'd say, like, solid intermediate? I can get down most blacks, but it's ugly. Moguls "
                     "destroy me. And trees, I panic in the trees."),
                    ("Perfect, a two-hour private on moguls and tree skiing would be great. Any instructor "
                     "preference?", "My buddy had Tomás, he said he's the best. Tomás, if he's around."),
                    ("Tomás has a slot thirty-five days from today at ten o'clock.", "Ten o'clock, sweet."),
                    ("It's two hundred and eighty-nine dollars for two hours.", "Yep, fine."),
                    ("Anything we should know? Injuries?",
                     "Uh, I wear a knee brace on my left knee. Old ACL thing, from soccer. It's fine, just, "
                     "you know."),
                    ("Thanks for telling us. You'll meet at Guest Relations in the Roundhouse, top of the "
                     "gondola.", "Roundhouse. Cool."),
                    ("Can I get your name?",
                     "Noah Lindqvist. L-I-N-D-Q-V-I-S-T. Yeah, it's Swedish, everyone asks."),
                ],
                analysis_items(
                    "Private ski lesson", "Private lesson with Tomás", "{+35}",
                    "Intermediate skier; wants moguls and tree skiing; wears a knee brace", "health",
                    first_name="Noah",
                ),
            ),
            Call(
                SKI, 20, "en", "Lesson moved, friend added",
                "Noah Lindqvist moved his private lesson to {+22} and added his friend Ethan, making it a "
                "semi-private lesson for $349. Tomás is not working that day, so the lesson will be with "
                "Ingrid.",
                [
                    ("Summit Snow School, Kai speaking.",
                     "Hey Kai, Noah Lindqvist, I've got a private with Tomás?"),
                    ("Hey Noah. What's up?",
                     "So my buddy Ethan is coming up too, can he join? And, uh, can we do it three days "
                     "earlier? He can only get that day off."),
                    ("Let me see... three days earlier works, but Tomás isn't working that day. Ingrid's "
                     "free, she's excellent in the bumps.", "Ingrid's cool. Sure."),
                    ("With two people it's a semi-private, three hundred and forty-nine dollars.",
                     "Three forty-nine. Fine, Ethan's paying half. Hopefully."),
                    ("Same time, ten o'clock, same place.", "Perfect."),
                ],
                {"first_name": "Noah"},
            ),
        ],
        questions=[
            Question(SKI, "When is Noah's lesson?", _day(20, 22), _day(30, 35)),
            Question(SKI, "Which instructor is he booked with?", ("ingrid",), ("tomás",)),
            Question(SKI, "Who's joining him?", ("ethan",)),
            Question(SKI, "What does he want to work on?", ("moguls", "tree skiing", "trees")),
            Question(SKI, "How much is the lesson now?", ("$349", "three forty-nine"),
                     ("$289", "two hundred and eighty-nine")),
            Question(SKI, "Where do they meet?", ("roundhouse", "guest relations")),
            Question(SKI, "What's his level?", ("intermediate",)),
            Question(SKI, "Does he have any old injuries?", ("acl", "knee brace")),
            Question(SKI, "How long is the lesson?", ("two-hour", "two hours")),
            Question(SKI, "What time does the lesson start?", ("10 AM", "ten o'clock")),
            Question(SKI, "Which sport did he hurt his knee playing?", ("soccer",)),
            Question(SKI, "Where does his surname come from?", ("swedish",)),
            Question(SKI, "What's Ethan's skill level?", ()),
            Question(SKI, "What boot size does Noah wear?", ()),
            Question(SKI, "What's his lift pass number?", ()),
            Question(SKI, "How old is Ethan?", ()),
            Question(SKI, "Does Noah need rental skis?", ()),
        ],
    ),
]  # fmt: skip
