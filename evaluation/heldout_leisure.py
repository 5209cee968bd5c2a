"""Held-out callers of leisure businesses: a golf club, a riding stables, an escape room, a ski and snowboard
hire shop, a campsite, a car rental branch, a dive centre and a cinema's private-hire desk.

Nine callers, as ElevenLabs would report their calls: untidy speech, numbers said in words, corrections a
later call makes, three calls of 80+ exchanges whose middle holds facts no summary or analysis item
repeats, a French caller of the campsite and a Spanish caller of the car rental branch (asked about in
English), a caller of the stables and the cinema whose health stays with the stables, access codes (a
chalet lockbox, a campsite gate, a dive centre gate, a key safe) that no answer may return, and about half
of the calls carrying the post-call analysis items, filled as a model fills them: some facts left out, a
category that misfires, a date left empty. Days are relative to the run (``days_ago``; ``{+N}`` in a
summary or an analysis item is N days after that call).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

GOLF = "agent_golf_000000000000000000000000021"
STABLES = "agent_stables_000000000000000000000022"
ESCAPE = "agent_escape_0000000000000000000000023"
SKI = "agent_skihire_000000000000000000000024"
CAMP = "agent_campsite_00000000000000000000025"
CARS = "agent_carhire_000000000000000000000026"
DIVE = "agent_dive_000000000000000000000000027"
CINEMA = "agent_cinema_0000000000000000000000028"

_ESCAPE_ACKS = [
    "Mm-hm.",
    "Ha, yes, we hear that a lot.",
    "Of course.",
    "That's no problem at all.",
    "Absolutely.",
    "Right, yeah.",
    "Oh, definitely.",
    "Good question, we go through that in the briefing.",
    "I know what you mean.",
    "Yep.",
    "Ha! Fair enough.",
    "Totally.",
]
_ESCAPE_TALK = [
    "We did one in Manchester last year, the submarine one, and it was brilliant.",
    "Honestly I'm the only one who's done more than one, so I'll probably end up being bossy.",
    "Is there parking near you? I think most people will come by tram anyway.",
    "Our manager pretends he's not competitive but he absolutely is.",
    "Do most groups actually get out in time? I feel like we won't.",
    "If we get properly stuck, is there some way of asking for help?",
    "Can we bring drinks in or is that a bad idea?",
    "Actually no, probably best not, with this lot.",
    "I keep saying team-building like it's all corporate, it's really just a jolly.",
    "We did a quiz night last time and it got, um, heated. So this is the compromise.",
    "Do you have a leaderboard? They'll want to know if they beat other teams.",
    "Sorry, there's a bus going past, can you still hear me?",
    "I'm just walking back from lunch, it's freezing out.",
    "Is it dark in the rooms? A couple of them might get jumpy.",
    "Someone will definitely ask me if the door is really locked.",
    "Can we take photos at the end, with the little signs?",
    "What's the Heist one like? Just out of interest.",
    "Do we need to wear anything in particular? Trainers?",
    "Some of them will turn up in suits, honestly.",
    "How early should we arrive, ten minutes before?",
    "I'll tell them to come extra early so they're actually on time.",
    "Is there somewhere to leave coats and bags?",
    "Do you get a lot of work groups?",
    "Sorry, I'm going off on tangents, I do that.",
    "What else was I going to ask... it'll come back to me.",
    "One of the lads is obsessed with puzzles, he does the crossword in pen.",
    "I think the Clockmaker sounds the most fun, honestly, from the website.",
    "Are the puzzles more maths-y or more, like, searching for things?",
    "Good, because if it's all sums we're doomed.",
    "Does it matter if some people are a bit late?",
    "We're all in logistics, so you'd think we'd be good at this. We're not.",
    "My sister did your Pharaoh one for her hen do and loved it.",
    "Is there a toilet before we go in? Someone always needs one.",
    "Okay, that's good to know, I'll put it in the email.",
    "They're going to be unbearable if we win, you realise.",
    "I've made a group chat for it already, it's called Locked In.",
]

_SKI_ACKS = [
    "Mm-hm.",
    "Of course.",
    "Yes, absolutely.",
    "That's no problem.",
    "Ha, I understand.",
    "Good question, yes, we can do that.",
    "Sure.",
    "Right.",
    "Oh, I know.",
    "Yes, that's very common.",
    "Don't worry about it.",
    "Perfect.",
]
_SKI_TALK = [
    "Last year we hired from a place by the lift and the queue was an hour, with two kids melting down.",
    "We're flying into Geneva, then the transfer, which is about three hours, I think.",
    "Is there usually decent snow that time of year? I keep checking the webcams.",
    "Rob's a much better skier than me, he did a season when he was younger.",
    "I'm very much a blue-run person. Maybe the odd red if I'm feeling brave.",
    "Do you know if the ski school has English-speaking instructors?",
    "The kids are booked into lessons in the mornings, so that's sorted.",
    "Can you store the skis overnight at the shop or do we take them back?",
    "Do you do the boots that are easier to get on? Last year's were agony.",
    "Sorry, the dog is barking at the postman, one second.",
    "Okay, I'm back. Where were we?",
    "Do the kids' helmets come with the package or is that extra?",
    "Oh, included, great, that's one less thing to pack.",
    "Are snowboards very different to rent? I know nothing about them.",
    "She's been going to the dry slope near us every week since October.",
    "She's got a poster of some snowboarder on her wall now, I can't remember his name.",
    "Is it worth getting the better skis for Rob or is standard fine?",
    "He'll want the fancy ones, he always does. Let's say standard and he can upgrade.",
    "What about goggles, do you rent those?",
    "Right, we'll bring our own goggles then.",
    "Do you have a shop near the bottom of the main lift?",
    "We're self-catering this year, which means I'm cooking, which means pasta.",
    "Is there anywhere good for hot chocolate near you? That's the real priority.",
    "Sorry, I'm asking you everything, you're very patient.",
    "Do you need a deposit or just a card?",
    "We went to Austria two years ago and it rained the whole week.",
    "The kids are more excited about the snow than the skiing, honestly.",
    "Do the skis get waxed before we get them?",
    "Can we swap if something doesn't fit after a day?",
    "Oh brilliant, that's reassuring.",
    "I always forget how much stuff you need for skiing.",
    "Rob's already bought a new jacket, of course he has.",
    "What time do you open in the morning?",
    "Half eight, okay, we're early risers with these two anyway.",
    "I might have a lesson myself, actually, just a refresher.",
    "The last time I skied properly I was about twenty.",
]

_DIVE_ACKS = [
    "Mm-hm.",
    "Yeah, good question.",
    "Of course.",
    "No problem at all.",
    "That's right.",
    "Ha, fair enough.",
    "Yep, that's fine.",
    "Don't worry, we go through all that on the day.",
    "Sure.",
    "Absolutely.",
    "Right.",
    "Exactly.",
]
_DIVE_TALK = [
    "In Dahab the water was twenty-eight degrees, so I'm a bit scared of the Channel, honestly.",
    "What's the water temperature there at the moment, roughly?",
    "Brr. That's why we're hiring the thick suits.",
    "How big is the boat? Is there a toilet on board? Anna will ask.",
    "Do we have to carry the tanks ourselves down to the boat?",
    "I did my logbook properly, every dive, I'm a bit of a nerd about it.",
    "We have twenty-one dives each, so that's enough for the course, I think?",
    "Is there parking at the harbour or should we come by taxi?",
    "How long is the boat ride out, more or less?",
    "I get a bit nervous about the navigation dive, I always get lost.",
    "Do we dive with the instructor the whole time or alone sometimes?",
    "Good. I prefer to be with someone who knows where we are.",
    "Should we bring lunch or is there food on the boat?",
    "We'll bring sandwiches then. Anna makes very good sandwiches.",
    "Is there a shower after? Salt water in my hair all day, not nice.",
    "Sorry, my son is shouting, he wants the TV. One moment.",
    "Okay, I'm back. He's five, he doesn't care about diving.",
    "How deep is the deep dive? Thirty metres?",
    "Thirty, okay. The most I did before was eighteen.",
    "What if the weather is bad? Do you cancel?",
    "We're staying with friends in Plymouth that weekend, so it's close.",
    "Is the buoyancy dive in the pool or in the sea?",
    "In the sea. Good, more interesting.",
    "I read that there are seals sometimes, is that true?",
    "Wow. Anna will cry if she sees a seal.",
    "Do we need our own torch for the night dive?",
    "No night dive on this course? Okay, maybe next time.",
    "My English is okay? Sometimes on the phone I'm worse.",
    "Ha, thank you. Twelve years in England now.",
    "How many people are on the course?",
    "Six, okay, nice small group.",
    "Do we need to bring our certification cards, the plastic ones?",
    "I have it on the app, that's fine?",
    "Is it okay if we arrive a bit early and look at the kit?",
    "We did a refresher in the pool in Exeter last month, so we're not too rusty.",
    "Anna is a better diver than me, please don't tell her I said that.",
]


HELDOUT_LEISURE: list[Caller] = [
    Caller(
        number="+447700900311",
        names=("Callum",),
        calls=[
            Call(
                GOLF, 74, "en", "Membership enquiry",
                "The user, Callum Fraser, called Kingsmere Golf Club to ask about membership after moving to "
                "the area. He is interested in the five-day membership and plays off a handicap of 14. The "
                "agent explained the fees and the beginner clinics for his wife, and offered a trial round. "
                "Callum will call back to book it.",
                [
                    ("Good morning, Kingsmere Golf Club, how can I help?",
                     "Oh, hi, morning. Um, I'm ringing about membership, really, I've just moved to the "
                     "area."),
                    ("Lovely, welcome. Can I take your name?", "Callum. Callum Fraser, F-R-A-S-E-R."),
                    ("Thanks Callum. Are you playing at the moment?",
                     "Yeah, yeah, I was at a club in Perth before we moved down. I play off fourteen. Well, "
                     "fourteen on a good day."),
                    ("And what sort of membership were you thinking of?",
                     "The five-day one, I think. I work weekends a fair bit, so weekdays suit me better."),
                    ("The five-day is eleven hundred a year plus a joining fee of two hundred.",
                     "Right, okay. That's, yeah, that's about what I expected."),
                    ("Is there anyone else who'd be joining?",
                     "Maybe my wife, Fiona, eventually. She's a beginner though, she's only been to the "
                     "range a couple of times."),
                    ("We run beginner clinics on Tuesday evenings she might like.",
                     "Oh she'd like that, I'll tell her."),
                    ("Do you have your own clubs or would you need to hire?",
                     "My own. I'm left-handed, so, you know, hiring's always a nightmare anyway."),
                    ("Ha, understood. Would you like a trial round to get a feel for the course?",
                     "Yeah, that'd be great. Let me check my diary and I'll call back."),
                ],
                analysis_items(
                    "Membership enquiry", "Callum to call back to book a trial round", "",
                    "Callum Fraser; handicap 14; interested in five-day membership; wife Fiona is a beginner",
                    "none", first_name="Callum",
                ),
            ),
            Call(
                GOLF, 24, "en", "Society day booking",
                "The user, Callum Fraser, called to book a society day for his work colleagues on {+28}. The "
                "group is currently 16 players. The agent explained the society package, including a "
                "two-course carvery after the round, and Callum paid a deposit of ten pounds per player.",
                [
                    ("Kingsmere Golf Club, good afternoon, Jess speaking.",
                     "Hiya Jess, it's Callum Fraser. I, uh, I joined a few weeks back, five-day member."),
                    ("Oh lovely, hello Callum. What can I do for you?",
                     "So I've been roped into organising our work golf day. A society day, I think you "
                     "call it?"),
                    ("We do, yes. How many are you expecting?",
                     "Sixteen at the moment. Might creep up, people are, um, slow to reply to emails."),
                    ("That's fine. And the company name for the booking?",
                     "Harbour Lane Surveyors. Harbour Lane, two words, then surveyors."),
                    ("Our next free society date is in four weeks, would that suit?",
                     "Four weeks... yeah, yeah, let's grab it before it goes."),
                    ("I can give you the first tee at eight ten, that gets everyone round before lunch.",
                     "Eight ten. Bit early for some of them but fine, they'll cope."),
                    ("The package includes coffee and bacon rolls when they arrive, and a two-course "
                     "carvery after the round.",
                     "Bacon rolls, they'll love that. Honestly that's half the reason they come."),
                    ("We take a ten pound deposit per player to hold it.",
                     "Okay, I'll do that now on the company card."),
                    ("That's all done. Anything else?", "No, that's it. Cheers, Jess."),
                ],
                {"first_name": "Callum"},
            ),
            Call(
                GOLF, 5, "en", "Society day update",
                "The user, Callum Fraser, called about the Harbour Lane Surveyors society day on {+9}. He "
                "said the group has grown to 20 players and asked for one buggy for the senior partner. He "
                "also asked whether the pro shop could engrave a small trophy; the agent said the pro shop "
                "would call him back.",
                [
                    ("Kingsmere Golf Club, good morning.", "Morning, it's Callum Fraser again, about the "
                     "society day."),
                    ("Hi Callum. What's changed?",
                     "Numbers, mainly. We're at twenty now. Twenty players. Everyone suddenly remembered "
                     "they like golf."),
                    ("Twenty's fine, that's five four-balls.",
                     "Great. And, er, one of the partners, Graham, he's the senior partner, he'll want a "
                     "buggy. Just the one."),
                    ("One buggy, noted. Anything else?",
                     "Yeah, could your pro shop engrave a little trophy? We want to call it the Harbour Lane "
                     "Cup. Bit cheesy."),
                    ("I'll ask the pro shop to give you a call about that.",
                     "Brilliant. Oh, and for my own card, my handicap got cut to twelve over the winter "
                     "league. In case you need it for the draw."),
                    ("Twelve, I'll update that. Well played.", "Ha, thanks. Right, speak soon."),
                ],
                analysis_items(
                    "Society day update", "Pro shop to call Callum back about engraving the trophy", "",
                    "Callum Fraser; society day for Harbour Lane Surveyors; now 20 players; one buggy for "
                    "senior partner Graham", "none", first_name="Callum",
                ),
            ),
        ],
        questions=[
            Question(GOLF, "What is Callum's handicap now?", ("twelve",), ("fourteen", "handicap 14")),
            Question(GOLF, "How many players are in the society group?", ("twenty", "20 players"),
                     ("sixteen", "16 players")),
            Question(GOLF, "Which company is the golf day for?", ("Harbour Lane",)),
            Question(GOLF, "What time is the first tee on the society day?", ("eight ten", "8:10")),
            Question(GOLF, "Is he a southpaw?", ("left-handed",)),
            Question(GOLF, "What is his wife called?", ("Fiona",)),
            Question(GOLF, "What do the players get to eat on arrival?", ("bacon rolls",)),
            Question(GOLF, "Who gets a cart?", ("Graham", "senior partner")),
            Question(GOLF, "What will the engraved trophy be called?", ("Harbour Lane Cup",)),
            Question(GOLF, "Which membership did he take?", ("five-day",)),
            Question(GOLF, "What is Fiona's handicap?", ()),
            Question(GOLF, "What is Graham's handicap?", ()),
            Question(GOLF, "What is Callum's membership number?", ()),
            Question(GOLF, "What time is the carvery served after the round?", ()),
        ],
    ),
    Caller(
        number="+447700900482",
        names=("Priya",),
        calls=[
            Call(
                ESCAPE, 20, "en", "Team escape room booking",
                "The user, Priya Raman, called to book an escape room for a team-building event for her "
                "department. After hearing about the rooms, she ruled out the Asylum and booked The "
                "Clockmaker's Workshop for 10 players on {+14} at 6 PM, paying a deposit of £50. The agent "
                "explained how the game works and said an invoice would be emailed.",
                long_call(
                    [
                        ("Hello, Lockstep Escape Rooms, this is Dan, how can I help?",
                         "Hi Dan! Hi. Sorry, I'm just walking, give me one sec... okay. Hi. I want to book a "
                         "room for a work thing."),
                        ("No problem at all. Can I take your name?", "Priya. Priya Raman. R-A-M-A-N."),
                        ("Thanks Priya. What sort of group is it?",
                         "It's my department, at Meridian Freight, we're, um, logistics, kind of. It's a "
                         "team-building thing, our manager's finally given us a budget."),
                        ("Brilliant. How many people roughly?", "Ten, I think. Ten. Could change but let's "
                         "say ten."),
                        ("We've got four rooms that take ten: the Asylum, the Clockmaker's Workshop, "
                         "Pharaoh's Tomb and the Heist.",
                         "Okay so not the Asylum, absolutely not, half of them would leave."),
                    ],
                    [
                        ("Is there anything we should know about the group, for the rooms?",
                         "Oh, yeah, actually, Bartek. He's about six foot seven. So anything with a crawl "
                         "space or a low tunnel, forget it, he got stuck in one in Leeds."),
                        ("Ha, noted, the Clockmaker has no crawl spaces.", "Perfect."),
                        ("And will you need an invoice?",
                         "Yeah, and it needs our purchase order number on it or accounts won't pay it. "
                         "It's M F dash two two zero nine three."),
                        ("MF-22093, got it.",
                         "That's it. And, um, between us it's sort of a send-off too. Maureen's retiring "
                         "after thirty-one years, so we want it to be fun, not stressful."),
                        ("Aw, that's lovely. We can do a little certificate for her.",
                         "Oh she'd love that. Don't tell anyone I got emotional on the phone."),
                    ],
                    [
                        ("So that's the Clockmaker's Workshop, ten players, in two weeks at six p.m. Shall I "
                         "take the deposit?", "Yes please. Fifty, was it?"),
                        ("Fifty pounds, yes, the rest on the day.",
                         "Okay, card's ready... done. Did it go through?"),
                        ("It did. I'll email the invoice over.",
                         "Great, thank you so much Dan, sorry for rambling."),
                        ("Not at all, have a lovely day.", "You too, bye!"),
                    ],
                    acks=_ESCAPE_ACKS, talk=_ESCAPE_TALK, total=86,
                ),
                analysis_items(
                    "Escape room team booking", "Invoice to be emailed to Priya", "",
                    "Priya Raman; booking for 10 players; The Clockmaker's Workshop; deposit £50 paid",
                    "finance", first_name="Priya",
                ),
            ),
            Call(
                ESCAPE, 12, "en", "Group size and time change",
                "The user, Priya Raman, called to change her booking of The Clockmaker's Workshop on {+6}. "
                "Two colleagues have dropped out, so the group is now 8 players instead of 10, and she asked "
                "to move the start from 6 PM to 7:30 PM because of a late meeting. The agent updated the "
                "booking.",
                [
                    ("Lockstep Escape Rooms, Dan speaking.",
                     "Hi Dan, it's Priya, Priya Raman, I booked the Clockmaker for my work lot?"),
                    ("Hi Priya, yes, I remember. Everything okay?",
                     "Mostly! Two people have dropped out, so we're eight now, not ten. Sorry."),
                    ("No problem, eight is actually a nicer number for that room.",
                     "Oh good. And, um, the other thing, could we start later? We've got a meeting that "
                     "always overruns. Like half seven instead of six?"),
                    ("Let me look... yes, seven thirty is free on the same day.",
                     "Amazing. Seven thirty. Brilliant."),
                    ("I've updated it. The deposit carries over.", "Perfect, thanks so much."),
                ],
                {"first_name": "Priya"},
            ),
            Call(
                ESCAPE, 4, "en", "Lost umbrella and team photo",
                "The user, Priya Raman, called after her team's game. She left a navy umbrella with a wooden "
                "handle in the briefing room; the agent found it and will keep it at reception until she "
                "collects it. She also asked for the team photo to be emailed to her work address.",
                [
                    ("Lockstep Escape Rooms, how can I help?",
                     "Hi, it's Priya Raman, we did the Clockmaker the other night? The eight of us?"),
                    ("Oh yes, you got out with, what, four minutes left?",
                     "Four minutes! We were screaming. Anyway, um, I think I left my umbrella. Navy, with a "
                     "wooden handle."),
                    ("Let me check the briefing room... yes, it's here.",
                     "Oh thank God. Can you keep it at reception? I'll pop in on my way home this week."),
                    ("Of course, it'll be behind the desk.",
                     "Great. And could you email me the team photo? The one with the signs."),
                    ("Sure, what's the best email?", "p dot raman at meridianfreight dot co dot uk."),
                    ("p.raman@meridianfreight.co.uk. I'll send it today.", "You're a star. Thank you."),
                ],
                analysis_items(
                    "Lost umbrella and photo request",
                    "Priya to collect her umbrella from reception; staff to email the team photo", "",
                    "Priya Raman; email p.raman@meridianfreight.co.uk; works at Meridian Freight", "none",
                    first_name="Priya",
                ),
            ),
        ],
        questions=[
            Question(ESCAPE, "How many players is the escape room booking for?", ("eight", "8 players"),
                     ("10 players", "ten players", "ten, i think")),
            Question(ESCAPE, "What time does the team's game start?", ("7:30", "seven thirty", "half seven"),
                     ("6 pm", "six p.m.")),
            Question(ESCAPE, "Which room did they book?", ("Clockmaker",)),
            Question(ESCAPE, "What purchase order number has to be on the invoice?", ("22093",)),
            Question(ESCAPE, "Who is retiring?", ("Maureen",)),
            Question(ESCAPE, "Which colleague can't manage a crawl space?", ("Bartek",)),
            Question(ESCAPE, "Whose farewell is it too?", ("Maureen",)),
            Question(ESCAPE, "What did Priya leave behind after the game?", ("umbrella",)),
            Question(ESCAPE, "Which email should the team photo go to?", ("p.raman@meridianfreight.co.uk",)),
            Question(ESCAPE, "How much deposit did she pay?", ("£50", "fifty")),
            Question(ESCAPE, "Which company does Priya work for?", ("Meridian Freight",)),
            Question(ESCAPE, "What is Priya's mobile number?", ()),
            Question(ESCAPE, "How many hints did the team use in the Clockmaker?", ()),
            Question(ESCAPE, "What is Maureen's surname?", ()),
        ],
    ),
    Caller(
        number="+447700900527",
        names=("Hannah",),
        calls=[
            Call(
                SKI, 40, "en", "Family ski and snowboard hire",
                "The user, Hannah Whitlock, called to book ski and snowboard hire for her family of four for "
                "six days from {+48}. Hannah, her husband Rob and their son Noah will hire skis, and their "
                "daughter Isla a snowboard. The agent took the details for bindings and boots and said "
                "payment is due at pickup.",
                long_call(
                    [
                        ("Bonjour, Summit Ski and Board Hire, this is Léa, how can I help?",
                         "Oh, hi, hello, do you speak English? Sorry."),
                        ("Of course, no problem.",
                         "Oh, thank goodness. Okay. I'm Hannah Whitlock, we're coming out with the kids and "
                         "I wanted to sort the hire in advance because last year was a nightmare."),
                        ("Very sensible. How many people?", "Four. Me, my husband Rob, and the two kids, "
                         "Isla and Noah."),
                        ("And when do you arrive?",
                         "In about seven weeks, and we're there six days. Six days of hire, yes, six."),
                        ("What would everyone like?",
                         "Rob and I want skis, Noah skis, and Isla has decided she's a snowboarder now, so, "
                         "a board for her."),
                    ],
                    [
                        ("For the bindings, roughly what does your husband weigh?",
                         "Rob? About ninety-four kilos. He'll tell you ninety, don't listen to him."),
                        ("Ha. And for Isla's board, does she ride regular or goofy?",
                         "Goofy. Right foot forward. She was very proud to tell me that."),
                        ("Do you know her mondopoint?",
                         "Isla's is twenty-one and a half. I measured her on the kitchen floor last night."),
                        ("And Noah, has he skied before?",
                         "No, Noah's never been on skis, total beginner, he's only seven. I'll have to "
                         "measure his feet again, sorry."),
                        ("That's fine. For his helmet, do you know his head size?",
                         "Fifty-two centimetres. I did that one with the tape measure, he hated it."),
                    ],
                    [
                        ("So that's two adult ski packs, one junior ski pack, one junior snowboard, six "
                         "days.", "That's it. Can we pay when we pick up?"),
                        ("Yes, you book now and pay at pickup. I'll send a confirmation.",
                         "Lovely. Thank you, Léa, you've been so patient."),
                        ("My pleasure, see you in the snow!", "Bye!"),
                    ],
                    acks=_SKI_ACKS, talk=_SKI_TALK, total=88,
                ),
                {"first_name": "Hannah"},
            ),
            Call(
                SKI, 10, "en", "Boot size update and delivery",
                "The user, Hannah Whitlock, called to update her daughter Isla's boot size and to ask "
                "whether the equipment could be delivered to their chalet instead of collected. The agent "
                "confirmed delivery on the arrival day, {+18}, for a fee of 15 euros.",
                [
                    ("Summit Ski and Board Hire, Léa speaking.",
                     "Hi Léa, it's Hannah Whitlock, I booked for a family of four a while ago?"),
                    ("Yes, hi Hannah!",
                     "So, two things. Isla's feet have grown, unbelievably. She's twenty-two and a half now, "
                     "not twenty-one and a half. I re-measured twice."),
                    ("No problem, I'll change that to 22.5.",
                     "Thank you. And second, can you deliver? We'll have no car and the shop's a bit of a "
                     "walk with four people's kit."),
                    ("Yes, we deliver to chalets for fifteen euros. Where are you staying?",
                     "Chalet Edelweiss, on the Route des Granges. The one with the green shutters, "
                     "apparently."),
                    ("I know it. We'll deliver on your arrival day.", "Perfect. Fifteen euros is nothing, "
                     "honestly."),
                ],
                analysis_items(
                    "Boot size change and delivery", "Deliver hire equipment to Chalet Edelweiss", "{+18}",
                    "Hannah Whitlock; family of four; Isla boot size 22.5; staying at Chalet Edelweiss",
                    "none", first_name="Hannah",
                ),
            ),
            Call(
                SKI, 2, "en", "Delivery arrangements",
                "The user, Hannah Whitlock, called about the delivery to Chalet Edelweiss on {+10}. She "
                "expects to arrive around 6 PM and shared the chalet's lockbox details so the team can leave "
                "the equipment inside if the family is not there yet.",
                [
                    ("Summit Ski and Board Hire, good afternoon.",
                     "Hi, it's Hannah Whitlock, about the delivery to Chalet Edelweiss."),
                    ("Hi Hannah. What time will you get in?",
                     "Around six in the evening, if the transfer's on time. Which it won't be."),
                    ("If you're not there we can leave it inside.",
                     "Oh great. There's a lockbox by the front door, the code is 3 1 8 5. The key opens the "
                     "boot room round the side."),
                    ("Perfect, we'll leave everything in the boot room.",
                     "Brilliant. The kids are counting the days."),
                ],
                {"first_name": "Hannah"},
            ),
        ],
        questions=[
            Question(SKI, "What is Isla's boot size?", ("twenty-two and a half", "22.5"),
                     ("twenty-one and a half",)),
            Question(SKI, "Does Isla ride regular or goofy?", ("goofy",)),
            Question(SKI, "How heavy is her spouse?", ("ninety-four",)),
            Question(SKI, "Has Noah skied before?", ("never been on skis", "total beginner")),
            Question(SKI, "What head size is Noah's helmet?", ("fifty-two",)),
            Question(SKI, "Where is the family staying?", ("Edelweiss",)),
            Question(SKI, "What time will they get to the chalet?", ("around six", "6 pm")),
            Question(SKI, "How many days of hire did they book?", ("six days",)),
            Question(SKI, "Where should the kit be left if nobody is at the chalet?", ("boot room",)),
            Question(SKI, "How much is the delivery fee?", ("fifteen euros", "15 euros")),
            Question(SKI, "What is Noah's boot size?", ()),
            Question(SKI, "What is Rob's boot size?", ()),
            Question(SKI, "What does Hannah weigh?", ()),
            Question(SKI, "What is Isla's helmet size?", ()),
        ],
    ),
    Caller(
        number="+33639984512",
        names=("Élodie",),
        calls=[
            Call(
                CAMP, 60, "fr", "Pitch booking for a campervan",
                "The user, Élodie Marchand, called to book a pitch for her campervan for three nights from "
                "{+62}. She is travelling with her family and two dogs and needs an electric hookup. The "
                "agent booked a lakeside pitch and sent a confirmation by email.",
                [
                    ("Camping du Lac Bleu, bonjour, Camille à l'appareil.",
                     "Oui, bonjour ! Euh, je voudrais réserver un emplacement pour un camping-car, s'il "
                     "vous plaît."),
                    ("Bien sûr. C'est à quel nom ?", "Marchand. Élodie Marchand."),
                    ("Pour quelles dates, madame ?",
                     "Alors, dans deux mois à peu près, trois nuits. Trois nuits, oui."),
                    ("Et votre camping-car mesure combien ?",
                     "Sept mètres cinquante. Enfin, sept mètres cinquante avec le porte-vélos, je crois."),
                    ("Vous aurez besoin de l'électricité ?",
                     "Oui, oui, le branchement, dix ampères si possible, on a le frigo."),
                    ("Pas de souci. Vous venez avec des animaux ?",
                     "Deux chiens. Biscotte et Praline. Ils sont très gentils, hein, ils n'aboient pas... "
                     "presque pas."),
                    ("Les chiens sont acceptés, tenus en laisse. Une préférence pour l'emplacement ?",
                     "Près du lac si vous avez, et à l'ombre surtout. Pas à côté de l'aire de jeux, les "
                     "chiens deviennent fous."),
                    ("Je vous mets au bord du lac, à l'ombre. Je vous envoie la confirmation par mail.",
                     "Parfait, merci beaucoup !"),
                ],
                analysis_items(
                    "Pitch booking for a campervan", "", "",
                    "Élodie Marchand; campervan 7.5 m; two dogs, Biscotte and Praline; needs a 10 A hookup",
                    "none", first_name="Élodie",
                ),
            ),
            Call(
                CAMP, 25, "fr", "Prolongation du séjour",
                "L'utilisatrice, Élodie Marchand, a appelé pour prolonger son séjour : elle arrivera un jour "
                "plus tôt, le {+26}, et repartira un jour plus tard, soit cinq nuits au lieu de trois. Elle "
                "a demandé si les chiens sont autorisés sur la plage. L'agent a modifié la réservation.",
                [
                    ("Camping du Lac Bleu, bonjour.",
                     "Bonjour, c'est Élodie Marchand, j'ai une réservation pour un camping-car."),
                    ("Oui, madame Marchand, je vous écoute.",
                     "Alors, on voudrait rester plus longtemps. Arriver un jour plus tôt et partir un jour "
                     "plus tard. Ça fait... cinq nuits, c'est ça ? Cinq nuits."),
                    ("Oui, cinq nuits. Je vérifie... c'est bon, le même emplacement est libre.",
                     "Super. Et, euh, est-ce que les chiens peuvent aller sur la plage ?"),
                    ("Sur la petite plage au nord, oui, tenus en laisse. Pas sur la plage principale.",
                     "D'accord, la plage au nord. Ah, et mon fils Mathis, il a douze ans, il vient avec son "
                     "vélo. Il y a un endroit pour les vélos ?"),
                    ("Oui, il y a un abri à vélos près de l'accueil.", "Parfait. Merci, bonne journée !"),
                ],
                {"first_name": "Élodie"},
            ),
            Call(
                CAMP, 3, "fr", "Late arrival",
                "The user, Élodie Marchand, called to say she will arrive late on {+4}, around 11 PM, after "
                "reception closes at 10 PM. The agent gave her the gate code 4826 and told her that her "
                "pitch is number 27, with the welcome pack left in the letterbox by the barrier.",
                [
                    ("Camping du Lac Bleu, bonsoir.",
                     "Bonsoir, c'est Élodie Marchand. On arrive bientôt, mais on sera en retard, je pense "
                     "vers vingt-trois heures."),
                    ("L'accueil ferme à vingt-deux heures, mais ce n'est pas grave.",
                     "Ah, comment on fait pour entrer, alors ?"),
                    ("Le code du portail, c'est le 4 8 2 6. Votre emplacement est le numéro vingt-sept.",
                     "4 8 2 6, et le vingt-sept. Je note."),
                    ("Le dossier d'accueil sera dans la boîte aux lettres à côté de la barrière.",
                     "Très bien. Merci, vous êtes adorable."),
                ],
                analysis_items(
                    "Late arrival and gate access",
                    "Élodie arrives around 11 PM; welcome pack in the letterbox by the barrier", "{+4}",
                    "Élodie Marchand; pitch 27; gate code 4826; campervan with two dogs", "none",
                    first_name="Élodie",
                ),
            ),
        ],
        questions=[
            Question(CAMP, "How many nights is she staying?", ("cinq nuits", "five nights", "5 nights"),
                     ("trois nuits", "three nights")),
            Question(CAMP, "How long is her campervan?", ("sept mètres cinquante", "7.5 m")),
            Question(CAMP, "What are her dogs called?", ("Biscotte", "Praline")),
            Question(CAMP, "What amperage does her electric hookup need?", ("dix ampères", "10 a")),
            Question(CAMP, "Which pitch number is she on?", ("vingt-sept", "number 27", "pitch 27")),
            Question(CAMP, "What time will she arrive?", ("vingt-trois heures", "11 pm")),
            Question(CAMP, "What is her son called?", ("Mathis",)),
            Question(CAMP, "How old is her son?", ("douze ans",)),
            Question(CAMP, "Which beach can the dogs go on?", ("au nord",)),
            Question(CAMP, "Where will her welcome pack be left?", ("boîte aux lettres", "letterbox")),
            Question(CAMP, "Sun or shade for her spot?", ("l'ombre",)),
            Question(CAMP, "What should her pitch not be next to?", ("aire de jeux",)),
            Question(CAMP, "Is her boy bringing a bike?", ("vélo",)),
            Question(CAMP, "What is the campervan's registration number?", ()),
            Question(CAMP, "What breed are her dogs?", ()),
            Question(CAMP, "What is her husband called?", ()),
            Question(CAMP, "What time will she leave on her last day?", ()),
        ],
    ),
    Caller(
        number="+34612000471",
        names=("Javier",),
        calls=[
            Call(
                CARS, 33, "es", "Reserva de un vehículo de siete plazas",
                "El usuario, Javier Morales, llamó para reservar un coche de siete plazas durante doce días "
                "a partir del {+38}, con recogida en el aeropuerto de Mánchester. Viaja con su familia y "
                "necesita dos sillas infantiles. Su hermano Raúl será conductor adicional. El agente "
                "confirmó la reserva.",
                [
                    ("Northgate Car Rental, aeropuerto de Mánchester, le atiende Sergio. ¿En qué puedo "
                     "ayudarle?",
                     "Hola, buenas. Quería reservar un coche, un coche grande, para la familia."),
                    ("Claro. ¿A nombre de quién?", "Javier Morales. Morales con ese al final."),
                    ("¿Qué tipo de vehículo busca?",
                     "Uno de siete plazas. Somos cinco, pero con las maletas... mejor siete plazas."),
                    ("¿Para qué fechas?",
                     "Llegamos dentro de unas cinco semanas, y son doce días. Doce."),
                    ("¿Llega en avión? ¿Me da el número de vuelo?",
                     "Sí, el IB 3702, llega a las 14:35, a las tres menos veinticinco más o menos."),
                    ("¿Necesitará sillas infantiles?",
                     "Sí, dos. Mi hija Lucía tiene seis años y el pequeño, Diego, tres años."),
                    ("¿Habrá algún conductor adicional?",
                     "Sí, mi hermano Raúl. Los dos tenemos el carné mexicano, y el permiso internacional "
                     "también."),
                    ("Perfecto, queda reservado.", "Muchas gracias, muy amable."),
                ],
                analysis_items(
                    "Seven-seater booking", "", "",
                    "Javier Morales; 7-seater for 12 days; flight IB3702; 2 child seats; additional driver "
                    "Raúl",
                    "none", first_name="Javier",
                ),
            ),
            Call(
                CARS, 8, "es", "Flight change",
                "The user, Javier Morales, called to update the flight for his rental pickup on {+13}. He is "
                "now on flight IB 3710 landing at 19:50 instead of the earlier flight, and he asked to add "
                "full insurance cover. The agent updated the booking.",
                [
                    ("Northgate Car Rental, buenas tardes.",
                     "Hola, soy Javier Morales, tengo una reserva de un siete plazas."),
                    ("Sí, señor Morales, dígame.",
                     "Nos han cambiado el vuelo. Ahora es el IB 3710, y llega a las 19:50. Las ocho menos "
                     "diez de la tarde."),
                    ("Sin problema, el mostrador está abierto hasta las once.",
                     "Vale, menos mal. Y otra cosa: quiero la cobertura total, la franquicia cero. Con "
                     "niños, mejor no arriesgar."),
                    ("Le añado la cobertura total, son doce libras al día.", "Perfecto, sí, añádala."),
                ],
                {"first_name": "Javier"},
            ),
        ],
        questions=[
            Question(CARS, "Which flight is Javier arriving on?", ("IB 3710", "IB3710"),
                     ("IB 3702", "IB3702")),
            Question(CARS, "What time does his flight land?", ("19:50", "ocho menos diez"),
                     ("14:35", "tres menos veinticinco")),
            Question(CARS, "Who is the additional driver?", ("Raúl",)),
            Question(CARS, "Who else may be behind the wheel?", ("Raúl",)),
            Question(CARS, "How many child seats does he need?", ("dos sillas", "2 child seats", "Sí, dos")),
            Question(CARS, "How old is his daughter?", ("seis años",)),
            Question(CARS, "Which country's driving licence does he have?", ("mexicano",)),
            Question(CARS, "What size of vehicle did he reserve?", ("siete plazas", "7-seater")),
            Question(CARS, "Did he add extra insurance?", ("cobertura total", "full insurance")),
            Question(CARS, "How much does the extra cover cost per day?", ("doce libras",)),
            Question(CARS, "How many people are travelling?", ("somos cinco",)),
            Question(CARS, "Which hotel is the family staying at?", ()),
            Question(CARS, "What is Raúl's driving licence number?", ()),
            Question(CARS, "What is Javier's email address?", ()),
            Question(CARS, "What is the name of Javier's wife?", ()),
        ],
    ),
    Caller(
        number="+447700900658",
        names=("Rebecca",),
        private_to={STABLES: ("hip replacement", "physio", "walk and trot")},
        calls=[
            Call(
                STABLES, 50, "en", "Lessons for a returning rider",
                "The user, Rebecca Hollis, called to book private riding lessons. She is returning to riding "
                "after fifteen years and had a hip replacement in the spring; her physio has cleared her for "
                "walk and trot only, with no jumping. She prefers Saturday mornings. The agent will match "
                "her with a calm horse and confirm the first lesson by text.",
                [
                    ("Brackenridge Riding Stables, Tasha speaking.",
                     "Hello, um, I'm thinking about getting back into riding and I don't really know where "
                     "to start."),
                    ("Lovely! Can I take your name?", "Rebecca Hollis."),
                    ("When did you last ride, Rebecca?",
                     "Oh, gosh. Fifteen years? I had a pony as a teenager, then university, then life."),
                    ("Private lessons might be best to start. Anything we should know physically?",
                     "Yes, so, I had a hip replacement in the spring. My physio says walk and trot only for "
                     "now. No jumping, definitely no jumping."),
                    ("That's really useful, we'll keep it gentle. Any preference on days?",
                     "Saturday mornings, ideally. Ten o'clock-ish."),
                    ("And what sort of horse would you feel comfortable on?",
                     "Something calm. A steady cob, honestly, nothing sharp."),
                    ("We have a few lovely cobs. I'll confirm your first lesson by text.",
                     "That's perfect. I'm nervous but excited."),
                ],
                analysis_items(
                    "Private lessons for a returning rider", "Stables to confirm the first lesson by text",
                    "",
                    "Rebecca Hollis; hip replacement, walk and trot only, no jumping; prefers Saturday "
                    "mornings; wants a calm cob", "health", first_name="Rebecca",
                ),
            ),
            Call(
                CINEMA, 28, "en", "Birthday party private hire",
                "The user, Rebecca Hollis, called the private-hire desk to book a screening for her daughter "
                "Maisie's tenth birthday party on {+30}. She expects about 25 children and chose The Wild "
                "Robot. The agent booked screen 3 and the children's party food package.",
                [
                    ("Regent Picturehouse, private hire, this is Owen.",
                     "Hi Owen, I'm Rebecca Hollis, I'd like to hire a screen for a kids' birthday party."),
                    ("Lovely. Who's the birthday for?",
                     "My daughter Maisie, she's turning ten. Her actual birthday's the ninth of March, but "
                     "we're celebrating whenever we can get everyone together."),
                    ("How many children?", "About twenty-five. Twenty-five, give or take the usual dramas."),
                    ("Screen 3 seats forty, that'd be perfect. Any film in mind?",
                     "The Wild Robot. She's watched it about a hundred times at home, but on the big screen "
                     "she'll lose her mind."),
                    ("Our party package has hot dogs, popcorn and slushies.",
                     "Hot dogs and slushies, yes. Can four of the hot dogs be vegetarian?"),
                    ("Four vegetarian, no problem.", "Great. And there'll be six of us grown-ups."),
                    ("Six adults, fine. I'll send the booking form.", "Thank you!"),
                ],
                {"first_name": "Rebecca"},
            ),
            Call(
                STABLES, 18, "en", "Canter clearance and hack booking",
                "The user, Rebecca Hollis, called to say her physio has now cleared her to canter. She has "
                "been enjoying her lessons on Juniper and booked a two-hour hack on {+10} at 10 AM. The "
                "agent confirmed the booking.",
                [
                    ("Brackenridge Riding Stables, good morning.",
                     "Morning, it's Rebecca Hollis, I've been having the Saturday lessons."),
                    ("Hi Rebecca, how's it going?",
                     "Really well! And good news, my physio's cleared me to canter. Finally."),
                    ("That's brilliant. Are you still enjoying Juniper?",
                     "I love Juniper. She's so kind. Can I keep her?"),
                    ("Ha, for lessons, certainly. Anything else?",
                     "Yes, I'd love to try a hack. The two-hour one through the woods. Is that possible in, "
                     "say, ten days?"),
                    ("Yes, ten o'clock works on that day, and Juniper is free.", "Perfect. Book me in."),
                ],
                {"first_name": "Rebecca"},
            ),
            Call(
                CINEMA, 7, "en", "Party numbers and screen message",
                "The user, Rebecca Hollis, called to update Maisie's birthday screening on {+9}: the number "
                "of children has gone up to 30. She asked for a message on the screen before the film "
                "saying 'Happy 10th Maisie'. The agent confirmed both changes.",
                [
                    ("Regent Picturehouse private hire, Owen speaking.",
                     "Hi Owen, it's Rebecca Hollis, Maisie's party?"),
                    ("Hi Rebecca! All good?",
                     "Yes, but numbers have gone up. Thirty kids now. Thirty. I don't know how."),
                    ("Screen 3 will still fit thirty.",
                     "Phew. And, um, could you put something on the screen before the film? Like Happy "
                     "10th Maisie?"),
                    ("We can do that. Happy 10th Maisie, in big letters.", "She'll be mortified. Perfect."),
                ],
                analysis_items(
                    "Birthday screening changes", "", "",
                    "Rebecca Hollis; daughter Maisie; 30 children; The Wild Robot; screen 3", "none",
                    first_name="Rebecca",
                ),
            ),
        ],
        questions=[
            Question(STABLES, "Which paces is she allowed to ride at now?", ("canter",),
                     ("walk and trot only",)),
            Question(STABLES, "What operation did she have?", ("hip replacement",)),
            Question(STABLES, "Which horse does she enjoy riding?", ("Juniper",)),
            Question(STABLES, "Who is her favourite mare?", ("Juniper",)),
            Question(STABLES, "When does she prefer her lessons?", ("Saturday mornings",)),
            Question(STABLES, "How many years was she away from riding?", ("fifteen years",)),
            Question(STABLES, "What sort of horse does she want?", ("cob",)),
            Question(STABLES, "What time is her hack?", ("10 am", "ten o'clock")),
            Question(STABLES, "How long is the hack she booked?", ("two-hour",)),
            Question(STABLES, "What is her riding hat size?", ()),
            Question(STABLES, "What is her physio's name?", ()),
            Question(CINEMA, "How many children are coming to the party?", ("thirty", "30 children"),
                     ("twenty-five", "25 children")),
            Question(CINEMA, "Which film are they watching?", ("Wild Robot",)),
            Question(CINEMA, "When is Maisie's actual birthday?", ("ninth of March",)),
            Question(CINEMA, "How many of the hot dogs should be vegetarian?", ("four",)),
            Question(CINEMA, "What should the screen say before the film?", ("Happy 10th",)),
            Question(CINEMA, "Which screen is booked?", ("screen 3",)),
            Question(CINEMA, "How many parents come along?", ("six of us", "six adults")),
            Question(CINEMA, "What drinks are the children having?", ("slushies",)),
            Question(CINEMA, "Does Rebecca have any medical conditions?", ()),
            Question(CINEMA, "Has Rebecca had an operation recently?", ()),
            Question(CINEMA, "Does Maisie have any food allergies?", ()),
            Question(CINEMA, "What flavour is Maisie's birthday cake?", ()),
        ],
    ),
    Caller(
        number="+447700900734",
        names=("Tomasz",),
        calls=[
            Call(
                DIVE, 40, "en", "Advanced Open Water booking",
                "The user, Tomasz Nowak, called to book the PADI Advanced Open Water course for himself and "
                "his wife Anna. Both are Open Water certified. The agent booked them on the course starting "
                "{+42}, with the deep and wreck dives on the Scylla, and will send the medical "
                "questionnaire.",
                [
                    ("Blue Anchor Dive Centre, Kev speaking.",
                     "Hi Kev, yeah, hi. My name's Tomasz, Tomasz Nowak. I want to do the Advanced course."),
                    ("Great stuff. Are you Open Water certified?",
                     "Yes, did it in Egypt, Dahab, three years ago. My wife Anna too, we'd both do it."),
                    ("Brilliant. Have you got your PADI number handy?", "Uh, yes, one second... 1807J33219."),
                    ("1807J33219, lovely. We've got a course in six weeks. The deep and wreck dives would be "
                     "on the Scylla.", "The Scylla, the old warship? That's the one I wanted, yeah."),
                    ("I'll send you both the medical questionnaire.", "Okay. We'll fill them in."),
                ],
                analysis_items(
                    "Advanced Open Water booking", "Tomasz and Anna to complete the medical questionnaire",
                    "", "Tomasz Nowak; wife Anna; both Open Water certified; booked Advanced Open Water",
                    "none", first_name="Tomasz",
                ),
            ),
            Call(
                DIVE, 22, "en", "Kit hire and questionnaire",
                "The user, Tomasz Nowak, called to go through kit hire and the medical questionnaire for the "
                "Advanced Open Water course on {+24}. He and Anna will hire wetsuits, BCDs and regulators "
                "but bring their own fins. The agent answered his questions about the boat, the dive plan "
                "and what to bring.",
                long_call(
                    [
                        ("Blue Anchor Dive Centre, Kev speaking.",
                         "Kev, hi, it's Tomasz Nowak, I'm on the Advanced course with my wife. Have you got "
                         "ten minutes? I have a list."),
                        ("Course I have. Fire away.",
                         "Okay, first the kit. We'd hire wetsuits, BCDs, regulators. But we have our own "
                         "fins."),
                        ("No problem. Sizes?", "I'm a large, Anna's a small. Well, she says small."),
                        ("And the medical questionnaire, any questions on it?",
                         "We both answered no to everything, so no doctor needed, I think?"),
                        ("That's right, all no's means you're good to go.", "Great. Okay, next on my list."),
                    ],
                    [
                        ("Do you wear glasses at all? Some people need a prescription mask.",
                         "Oh, yes, good point. I'm minus three in both eyes. I can't read the gauges "
                         "without it."),
                        ("We've got a couple of minus three masks to hire.",
                         "Amazing. And I have my own dive computer, an old Suunto Zoop, is that okay?"),
                        ("The Zoop's fine. We need an emergency contact for each of you.",
                         "My brother, Marek. Marek Nowak, he lives in Bristol. Same surname, easy."),
                        ("And anything for Anna?",
                         "Ah, she feels the cold terribly. Can she have a hood? And maybe a thicker suit, "
                         "seven mil."),
                        ("A seven mil with a hood, sorted.", "She'll be so happy, she was worried."),
                    ],
                    [
                        ("Anything else on your list?",
                         "Uh... no, I think that's everything. Sorry, that was long."),
                        ("Not at all, better now than on the boat.", "Ha, true. Thanks, Kev."),
                        ("See you both soon.", "Cheers, bye."),
                    ],
                    acks=_DIVE_ACKS, talk=_DIVE_TALK, start=5, total=86,
                ),
                analysis_items(
                    "Kit hire and medical questionnaire", "", "",
                    "Tomasz Nowak; large wetsuit; Anna small wetsuit; own fins; both answered no on the "
                    "medical questionnaire", "health", first_name="Tomasz",
                ),
            ),
            Call(
                DIVE, 4, "en", "Dive site change and boat time",
                "The user, Tomasz Nowak, called to check the Advanced Open Water weekend on {+6}. The agent "
                "explained that the dives have moved from the Scylla to Hand Deeps because of poor "
                "visibility on the wreck, and that the boat leaves the harbour at 6:45 AM. Tomasz also added "
                "the Enriched Air Nitrox specialty for himself and Anna.",
                [
                    ("Blue Anchor Dive Centre.",
                     "Hi, it's Tomasz Nowak, just checking everything's on for the weekend course."),
                    ("Hi Tomasz. It's on, but one change: visibility on the Scylla has been awful, so we're "
                     "going to Hand Deeps instead.",
                     "Oh, shame. But Hand Deeps is good too, right? The reef?"),
                    ("It's lovely, loads of life. Boat leaves at quarter to seven, so be here by six "
                     "fifteen.", "Quarter to seven. Oof. Okay."),
                    ("If the shop's still shut, come in through the side gate, the gate code is 6 1 3 8.",
                     "6 1 3 8, got it."),
                    ("Anything else?", "Yes, actually, can we add the nitrox specialty? Anna and me both."),
                    ("Enriched Air Nitrox, added for both of you.", "Great, thanks Kev."),
                ],
                {"first_name": "Tomasz"},
            ),
        ],
        questions=[
            Question(DIVE, "Where will the course dives be?", ("Hand Deeps",), ("Scylla",)),
            Question(DIVE, "What time does the boat leave?", ("quarter to seven", "6:45")),
            Question(DIVE, "What is Tomasz's PADI number?", ("1807J33219",)),
            Question(DIVE, "What prescription does his mask need?", ("minus three",)),
            Question(DIVE, "Which dive computer does he own?", ("Zoop",)),
            Question(DIVE, "Who is his emergency contact?", ("Marek",)),
            Question(DIVE, "Who to ring in a crisis?", ("Marek",)),
            Question(DIVE, "What does Anna want because she feels the cold?", ("hood", "seven mil")),
            Question(DIVE, "Where did they learn to dive?", ("Dahab",)),
            Question(DIVE, "Which specialty did they add?", ("nitrox",)),
            Question(DIVE, "What kit are they bringing themselves?", ("own fins",)),
            Question(DIVE, "How do they get in if the shop is still shut?", ("side gate",)),
            Question(DIVE, "What is Anna's PADI number?", ()),
            Question(DIVE, "Who is Anna's emergency contact?", ()),
            Question(DIVE, "What size fins does Anna wear?", ()),
            Question(DIVE, "What prescription does Anna's mask need?", ()),
        ],
    ),
    Caller(
        number="+447700900816",
        names=("Derek",),
        calls=[
            Call(
                CARS, 12, "en", "SUV rental booking",
                "The user, Derek Osei, called to book a mid-size SUV for ten days, collecting from the "
                "branch on {+2} at 9 AM. He declined the collision damage waiver. The agent confirmed the "
                "booking.",
                [
                    ("Northgate Car Rental, Manchester Airport, Amy speaking.",
                     "Hi Amy, Derek Osei. I need a car for about ten days. Something like an SUV, "
                     "mid-size."),
                    ("We've got a Kia Sportage or similar. When would you collect?",
                     "The day after tomorrow, first thing. Nine o'clock?"),
                    ("Nine o'clock is fine. Ten days?", "Ten days, yeah."),
                    ("Would you like the collision damage waiver?",
                     "No, I'll decline that, my credit card covers it. I checked, honestly."),
                    ("No problem, just bring the card you booked with.", "Will do. Cheers."),
                ],
                {"first_name": "Derek"},
            ),
            Call(
                CARS, 10, "en", "Damage noted at pickup",
                "The user, Derek Osei, called from the car park after collecting his Kia Sportage to report "
                "a scratch on the rear bumper, passenger side. The agent logged it on the damage form under "
                "reference DMG-30417 so he will not be charged for it.",
                [
                    ("Northgate Car Rental, Amy speaking.",
                     "Hi Amy, Derek Osei again, I've just picked up the Sportage. There's a scratch on it I "
                     "want noted before I drive off."),
                    ("Good idea. Where is it?",
                     "Rear bumper, passenger side. About, I dunno, ten centimetres? Not deep."),
                    ("I've logged it on the damage form. Your reference is D M G 3 0 4 1 7.",
                     "DMG 30417. Let me write that on the paperwork."),
                    ("You won't be charged for it.", "Perfect, that's all I wanted."),
                ],
                analysis_items(
                    "Damage report at pickup", "", "",
                    "Derek Osei; Kia Sportage; scratch on rear bumper noted, ref DMG 30417", "other",
                    first_name="Derek",
                ),
            ),
            Call(
                CARS, 2, "en", "Rental extension and after-hours return",
                "The user, Derek Osei, called to extend his Kia Sportage rental by two days, to twelve days "
                "in total, returning on {+4}. He will bring the car back after the branch closes, so the "
                "agent explained the return bays and the key safe by the entrance.",
                [
                    ("Northgate Car Rental, Amy speaking.",
                     "Hi, Derek Osei, I've got the Sportage. Can I keep it a couple more days?"),
                    ("Let me see... yes, I can extend you by two days, so twelve days in total.",
                     "Twelve days, great. Thing is, I'll be bringing it back late, after you close."),
                    ("That's fine. Park in the return bays and drop the keys in the key safe by the "
                     "entrance, code 5 0 7 3.", "5 0 7 3. And the fuel, it's full to full, right?"),
                    ("Full to full, yes.", "Okay. Cheers, Amy."),
                ],
                {"first_name": "Derek"},
            ),
        ],
        questions=[
            Question(CARS, "How many days is Derek's rental now?", ("twelve days", "12 days"),
                     ("ten days",)),
            Question(CARS, "What damage did he report at pickup?", ("scratch",)),
            Question(CARS, "What is the damage form reference?", ("30417",)),
            Question(CARS, "Did he take the collision damage waiver?", ("declin",)),
            Question(CARS, "Why doesn't he need the waiver?", ("credit card",)),
            Question(CARS, "Which car did he get?", ("Sportage",)),
            Question(CARS, "What time did he collect the car?", ("nine o'clock", "9 am")),
            Question(CARS, "Where should he leave the keys after hours?", ("key safe",)),
            Question(CARS, "Which bit of the motor got marked?", ("rear bumper",)),
            Question(CARS, "What is the fuel policy?", ("full to full",)),
            Question(CARS, "What is Derek's driving licence number?", ()),
            Question(CARS, "What is his booking reference?", ()),
            Question(CARS, "Which flight is Derek arriving on?", ()),
        ],
    ),
    Caller(
        number="+447700900905",
        names=("Gareth",),
        calls=[
            Call(
                CINEMA, 35, "en", "Private screening for a proposal",
                "The user, Gareth Pugh, called the private-hire desk about hiring a screen on February 14 to "
                "propose to his partner, Nadia. He would like to show Casablanca, with a slide before the "
                "film asking her to marry him. The agent quoted £350 for screen 2 and asked him to confirm "
                "the film.",
                [
                    ("Regent Picturehouse, private hire, Owen speaking.",
                     "Hi. Um. This is a slightly weird one. I want to hire a screen to propose to my "
                     "girlfriend."),
                    ("That's not weird at all, we've done a few! Can I take your name?",
                     "Gareth. Gareth Pugh. And she's Nadia."),
                    ("Lovely. Do you have a date in mind?",
                     "Valentine's. The fourteenth of February. I know, I know, it's a cliché."),
                    ("It's a classic. What film?", "Casablanca. It's her favourite old film. Well, one of "
                     "them."),
                    ("And how would you like to do the moment itself?",
                     "Before the film, could you put a slide up? 'Nadia, will you marry me?' And I'll be "
                     "down on one knee in the aisle."),
                    ("We can absolutely do that. Screen 2 would be £350 for the evening.",
                     "Three hundred and fifty. Okay. Yeah. She's worth it."),
                    ("I'll email the quote. Just confirm the film when you're sure.",
                     "Will do, thanks Owen."),
                ],
                analysis_items(
                    "Proposal screening enquiry", "Gareth to confirm the film", "",
                    "Gareth Pugh; partner Nadia; proposal screening February 14; Casablanca; screen 2 quote "
                    "£350", "none", first_name="Gareth",
                ),
            ),
            Call(
                CINEMA, 16, "en", "Film change for proposal screening",
                "The user, Gareth Pugh, called to change the film for his private proposal screening from "
                "Casablanca to Amélie. He also asked for champagne and snacks to be ready at the seats, and "
                "said some friends will be there.",
                [
                    ("Regent Picturehouse private hire, Owen speaking.",
                     "Hi Owen, Gareth Pugh, the, uh, the proposal guy."),
                    ("Gareth! Of course. Have you decided on the film?",
                     "Yes. Change of plan. Not Casablanca. Amélie. We watched it on our first date, I "
                     "can't believe I didn't think of that."),
                    ("Amélie, perfect. Anything else?",
                     "Champagne on ice, please, for when she says yes. If she says yes."),
                    ("She'll say yes. Anything to eat?",
                     "A large popcorn, salted caramel. She's obsessed with your salted caramel."),
                    ("Noted. And will anyone else be there?",
                     "Six friends, hiding in the back row. They're sworn to silence."),
                    ("Six in the back row, got it.", "Great. I'm so nervous already."),
                ],
                {"first_name": "Gareth"},
            ),
            Call(
                CINEMA, 3, "en", "Final arrangements for proposal",
                "The user, Gareth Pugh, called to confirm the final arrangements for his proposal screening. "
                "His sister Carys will film the moment from the back of the screen. The agent confirmed that "
                "doors open at 7:15 PM and the film starts at 7:30 PM.",
                [
                    ("Regent Picturehouse, private hire.",
                     "Hi, it's Gareth Pugh, just checking the timings for the proposal screening."),
                    ("Hi Gareth. Doors at quarter past seven, film at half past.",
                     "Quarter past seven. Okay. And my sister Carys wants to film it, from the back. Is "
                     "that allowed?"),
                    ("Of course, she can stand by the projection booth window.",
                     "Great. She's got a proper camera, she won't be in the way."),
                    ("Everything else is set: the slide, the film, the champagne.",
                     "I think I might be sick. In a good way."),
                ],
                analysis_items(
                    "Proposal screening final check", "", "",
                    "Gareth Pugh; sister Carys will film; doors 7:15 PM", "none", first_name="Gareth",
                ),
            ),
        ],
        questions=[
            Question(CINEMA, "Which film will be shown at the proposal?", ("Amélie",), ("Casablanca",)),
            Question(CINEMA, "Who is Gareth proposing to?", ("Nadia",)),
            Question(CINEMA, "What date is the proposal screening?",
                     ("fourteenth of February", "February 14")),
            Question(CINEMA, "What popcorn flavour does Nadia like?", ("salted caramel",)),
            Question(CINEMA, "What will the slide before the film say?", ("marry me",)),
            Question(CINEMA, "Who is recording it?", ("Carys",)),
            Question(CINEMA, "How much was the quote for the screen?", ("£350", "three hundred and fifty")),
            Question(CINEMA, "What time do the doors open?", ("7:15", "quarter past seven")),
            Question(CINEMA, "How many friends will hide in the back row?", ("six friends",)),
            Question(CINEMA, "What drink should be on ice?", ("champagne",)),
            Question(CINEMA, "Why the French romance?", ("first date",)),
            Question(CINEMA, "What is Nadia's ring size?", ()),
            Question(CINEMA, "Which champagne brand did he order?", ()),
            Question(CINEMA, "What is Carys's phone number?", ()),
        ],
    ),
]  # fmt: skip
