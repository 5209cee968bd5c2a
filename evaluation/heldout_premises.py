"""A held-out memory set: callers of eight firms that work on houses and premises, as ElevenLabs would report
them.

A glazier, a plasterer, a bathroom tiler, a scaffolding firm, a skip hire company, a pest control service, a
chartered building surveyor and an estate agent's sales desk, all in and around Vancouver. Nine callers, 28
calls: a Spanish tiling client and a French house buyer whose calls are in their language and who are asked
about in English, a couple sharing one phone, a seller of the family home whose divorce is the estate agent's
alone and never the skip hire's, a café owner who rings the glazier and the pest controller, three calls of
84 exchanges whose middle holds facts no summary or analysis item repeats, corrections (a fitting day, a
feature wall, wall tiles and grout, a scaffold's hire, a skip's size, a list price twice, a glass, a year of
building, a time of day), access codes for a key safe, an alarm, a site padlock and two lockboxes that no
answer may give, questions about neighbours, lawyers and spouses nobody described, and about half of the
calls with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category that
misfires or says none for a divorce, a code copied into the facts, values in Spanish or French, a date left
empty), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

GLAZIER = "agent_premises_glazier_0000000000311"
PLASTERER = "agent_premises_plaster_0000000000312"
TILER = "agent_premises_tiler_000000000000313"
SCAFFOLD = "agent_premises_scaffold_000000000314"
SKIPS = "agent_premises_skips_000000000000315"
PESTS = "agent_premises_pests_000000000000316"
SURVEYOR = "agent_premises_surveyor_000000000317"
ESTATE = "agent_premises_estate_00000000000318"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_WINDOW_ACKS = [
    "Oh, lovely.", "Mm-hm.", "Ha, I bet.", "Right.", "Oh dear.", "Is that so?", "Go on.", "Aw.",
    "Not at all.", "Of course.", "Ha!", "I know what you mean.",
]  # fmt: skip
_WINDOW_TALK = [
    "I've been in this house since nineteen seventy-four, you know. We paid forty thousand for it.",
    "Forty thousand! You couldn't buy a parking spot for that now.",
    "The whole street's changed. It's all young families now. Which is nice, mind you.",
    "Mm, yes.",
    "The rhododendrons are just coming out, the pink ones by the front steps.",
    "My husband planted those. He had green fingers, I just water things.",
    "He passed eight years ago this spring. I still talk to the roses.",
    "Sorry, dear, I do go on.",
    "Ha, yes.",
    "Do you get a lot of old windows? I expect every house round here is the same.",
    "They put the double glazing in in ninety-six, I think. Or ninety-seven.",
    "It was a company from Surrey, they've gone bust since. Not you, dear, another lot.",
    "Mm.",
    "It's the damp, isn't it. Vancouver. Everything's damp from October to April.",
    "I put one of those little dehumidifiers in the bedroom. It fills up in a day.",
    "Right, right.",
    "My neighbour's had all hers done with the vinyl frames. White. I'm not sure about white.",
    "I'll think about it. No rush.",
    "Oh, the kettle's going. Hang on, dear. There. Sorry.",
    "Yes, I'm still here.",
    "I make a proper pot, I can't be doing with bags in a mug.",
    "Ha!",
    "The grandchildren come on Sundays, mostly. They eat me out of house and home.",
    "The little one's learning the piano. Well. Learning is a strong word.",
    "It's lovely to have noise in the house, though.",
    "Mm-hm.",
    "I do the crossword every morning. The cryptic one. It keeps the brain ticking.",
    "Some days I get it all, some days I get two clues and give up.",
    "Oh, I'm keeping you, aren't I.",
    "Are you sure? You're very patient.",
    "The light's lovely through that bay in the afternoon. When you can see through it, that is.",
    "Ha, yes, exactly.",
    "I used to teach, you know. Grade three. Thirty-two years.",
    "I still get Christmas cards from some of them. They've got grey hair now.",
    "Right.",
    "The bus is very good from here, the 33 goes right past. I gave up the car last year.",
    "My eyes, you see, for the night driving.",
    "Oh, I manage. The grocery store delivers now, isn't that wonderful.",
    "Mm.",
    "Where was I. Oh yes. The glass.",
    "I did wonder whether to just get new windows altogether. But the frames are fine, I'm told.",
    "Wood. Proper wood. They don't make them like that now.",
    "Sorry, dear, there's someone at the door. No. It's gone. Flyers.",
    "Yes.",
    "Go on, dear.",
    "Oh, lovely.",
    "Quite right.",
    "Ha, well.",
    "Yes, yes.",
    "Mm-hm.",
    "I see.",
    "That's it.",
    "Right you are.",
    "Of course.",
    "Oh yes.",
    "Indeed.",
    "Lovely.",
    "Yes, dear.",
    "Go on.",
    "Ha.",
]
_PEST_ACKS = [
    "Mm-hm.", "Oh no.", "Ha, yeah.", "Right.", "Totally.", "Ugh, I know.", "For sure.", "Okay.",
    "Yeah.", "Oh, gross.", "No, that's fair.", "Ha!",
]  # fmt: skip
_PEST_TALK = [
    "Honestly I haven't slept properly since I heard the scratching.",
    "My husband says it's squirrels. It is not squirrels.",
    "Yeah.",
    "We've only been in the house, like, eighteen months. Nobody warned us.",
    "The people before us had it for forty years and never said a word. Of course.",
    "Sorry, it's been a week.",
    "Ha, yeah.",
    "North Van is lovely but it's basically a forest, right? Everything lives here.",
    "We had a bear in the cul-de-sac in September. Just walking down the middle of the road.",
    "Everyone just stood on their porches filming it.",
    "Mm.",
    "I work from home three days a week, so I'm always the one who hears stuff.",
    "I'm a bookkeeper. Very exciting. Ha.",
    "The kids are at school till three, so it's just me and the noises.",
    "Right.",
    "My daughter wants to keep one as a pet. A rat. I said absolutely not.",
    "She's seven, she thinks everything's cute.",
    "Okay, yeah.",
    "I watched, like, six videos on YouTube about this last night. Don't do that.",
    "Some of those rats are the size of cats. No thank you.",
    "Ha, I know, I know.",
    "The neighbours across the road had mice last winter, they said it was the rain.",
    "Everyone blames the rain here. Fair enough, though.",
    "Totally.",
    "Sorry, the kettle. Give me one sec.",
    "Okay, I'm back.",
    "We were going to redo the garage this year anyway, make it a gym. Now I don't want to go in there.",
    "My husband's been parking on the street so he doesn't have to open the door.",
    "Ha, he's worse than me.",
    "Yeah.",
    "Do you guys get a lot of calls this time of year? I bet it's nonstop.",
    "Oh wow.",
    "That's so gross. Sorry. I mean, thank you for doing it.",
    "I could never do your job.",
    "Mm-hm.",
    "Okay, what else. Let me look at my list, I wrote stuff down.",
    "I'm a list person. My husband makes fun of me.",
    "Right.",
    "The soccer season starts soon, so my weekends are basically gone anyway.",
    "Rain or shine, they play. Mostly rain.",
    "Ha, yes.",
    "Sorry, I'm rambling.",
    "No, it's good to talk to someone who knows what they're doing.",
    "Okay.",
    "Yeah.",
    "Totally.",
    "Mm.",
    "Right, right.",
    "Okay, cool.",
    "Sure.",
    "Yep.",
    "Ha, okay.",
    "Good, good.",
    "Yeah, no, that makes sense.",
    "Mm-hm.",
    "Got it.",
    "Okay.",
    "Sure, sure.",
    "Right.",
    "Yeah.",
]
_TOWNHOUSE_ACKS = [
    "Mm-hm.", "Of course.", "That's interesting.", "Right.", "Ha, I can imagine.", "Sure.",
    "I see.", "Absolutely.", "Oh, wow.", "That makes sense.", "Yes.", "Ha!",
]  # fmt: skip
_TOWNHOUSE_TALK = [
    "I spent forty years as a structural engineer, so I look at everything twice.",
    "Bridges, mostly. A few parkades. Nothing very glamorous.",
    "The Lions Gate refit, I had a small part in that. Very small.",
    "Mm.",
    "Arbutus has changed a great deal. The old rail line is a greenway now.",
    "I walk it every morning. Rain or shine. Mostly rain.",
    "Ha, yes.",
    "We bought when the children were small. They've both moved away now.",
    "One's in Calgary, one's in Toronto. Neither of them wants the townhouse, before you ask.",
    "Right.",
    "I've read that the market has cooled. Is that so?",
    "I see. Well, I'm not in a hurry, as I said.",
    "I like to understand a process before I start it. Old habits.",
    "Mm-hm.",
    "My wife says I overthink everything. She's not wrong.",
    "We had a look at a few condos last month. Some of them are very small.",
    "Six hundred square feet for a two-bedroom. I don't know where they put the books.",
    "I have a lot of books.",
    "Ha, yes, a lot of books.",
    "The strata council's a good group, for the most part. I was president for six years.",
    "Never again. The emails about the recycling alone.",
    "Right.",
    "The neighbours are very pleasant. We'll miss them.",
    "There's a family from Korea next door, their boy mows our strip of lawn. Won't take money.",
    "So I fix his bicycle. Fair trade.",
    "Mm.",
    "Sorry, my wife is asking me something. No, dear, it's the real estate people.",
    "Yes. Where was I.",
    "The kitchen was redone in 2012. I expect buyers will want to redo it again. They always do.",
    "Absolutely.",
    "I'll have to get rid of a lot of things. Forty years of things.",
    "My workshop in the garage alone. Lathes. Two of them.",
    "Yes.",
    "I suppose I'll have to read up on the tax side of things. Not your department, I know.",
    "No, no, I'll ask our accountant.",
    "Ha, quite.",
    "Is it still the case that you put a sign on the lawn? We don't really have a lawn.",
    "I see. On the fence, then. Fine.",
    "Right.",
    "I prefer to deal with one person, if that's possible. Less confusion.",
    "Good, good.",
    "Mm-hm.",
    "Of course.",
    "Yes, that's clear.",
    "Understood.",
    "Go on.",
    "Right.",
    "Yes.",
    "I'm with you.",
    "Sensible.",
    "Quite.",
    "Fine.",
    "I see.",
    "Mm.",
    "Yes, yes.",
    "Good.",
    "Right, yes.",
    "That's fair.",
    "Mm-hm.",
    "Go ahead.",
]


HELDOUT_PREMISES: list[Caller] = [
    # A retired teacher of the glazier: a long call whose middle holds four facts, the fitting day moved, a
    # key safe code said in the turns only.
    Caller(
        number="+16045551401",
        names=("Doreen",),
        calls=[
            Call(
                GLAZIER, 52, "en", "Misted bay window and cracked door pane",
                "The user, Doreen Fairweather, called about three misted double-glazed units in her "
                "living-room bay window and a cracked pane in her back door at 4127 West 15th Avenue, "
                "Vancouver. The agent booked a measuring visit with Terry for {+5} at 9 AM, after which a "
                "quote will be sent. Doreen chatted at length about her garden and her grandchildren.",
                long_call(
                    [
                        ("Clearview Glass and Glazing, Nicole speaking, how can I help?",
                         "Oh, hello, dear. Yes. I've got, um, windows. Well, the windows are fine, it's the "
                         "glass. It's gone all foggy."),
                        ("Foggy between the panes?",
                         "Between the panes, yes! You can't wipe it off, I've tried. I used vinegar and "
                         "everything."),
                        ("That means the seal's gone on the sealed unit. Which windows?",
                         "The big bay window in the living room. The three, um, the three bits of it. All "
                         "three are misty."),
                        ("So three sealed units. Can I take your name?",
                         "Doreen Fairweather. Fair like the fair, weather like the weather. F-A-I-R."),
                        ("Thank you, Doreen. And the address?",
                         "Forty-one twenty-seven West Fifteenth Avenue. In Vancouver. Near the, um, the "
                         "park."),
                        ("Lovely. Anything else needing glass?",
                         "Oh, yes, the back door. There's a crack right across the bottom pane. Like a "
                         "spider's web."),
                        ("We can replace that too. Is it plain glass?",
                         "Oh, I'd have to look. I'll remember in a minute, dear."),
                        ("No problem. Would you like the new units in low-E glass? It keeps the heat in.",
                         "Whatever you think, dear. The living room's freezing in January."),
                    ],
                    [
                        ("Mm-hm.",
                         "Oh! The door glass. It's the, the ribbed kind. Reeded, my son-in-law calls it. "
                         "Little lines going up and down. I'd want it to match the other door."),
                        ("Reeded glass, we can match that.",
                         "And the crack, I should confess, that was my grandson. A hockey puck. In the "
                         "yard. He's ever so sorry."),
                        ("Ha, these things happen.",
                         "And when your man comes, tell him to park in the back lane, not on the street. "
                         "The street's permit parking and they ticket you in ten minutes flat."),
                        ("The back lane, got it.",
                         "And mind the cat. Pickles. She'll be out the door like a shot if you leave it "
                         "open."),
                    ],
                    [
                        ("So, we'd send Terry out to measure first. Five days from now, at nine in the "
                         "morning?", "Nine's fine. I'm up at six anyway."),
                        ("Lovely. He'll measure the bay and the door and then we'll send you a quote.",
                         "Marvellous. By post, please, I'm not one for the email."),
                        ("Will do. See you then, Doreen.",
                         "Thank you, dear. You've been ever so kind. Bye now."),
                    ],
                    acks=_WINDOW_ACKS,
                    talk=_WINDOW_TALK,
                    start=2,
                ),
                {"first_name": "Doreen"},
            ),
            Call(
                GLAZIER, 20, "en", "Quote for sealed units accepted",
                "Doreen accepted quote GQ-4410 for $1,460 to replace the three sealed units in her bay "
                "window with low-E argon-filled glass and to reglaze the back door pane. The fitting was "
                "booked for {+24}. She will pay by cheque on the day.",
                [
                    ("Clearview Glass, Nicole speaking.",
                     "Hello, dear, it's Doreen Fairweather. Terry came and measured, such a nice young man."),
                    ("Hi Doreen! Your quote went out in the post. Did you get it?",
                     "I did, yes. Fourteen hundred and sixty dollars, is that right? G Q forty-four ten."),
                    ("That's right, GQ-4410, for the three bay units in low-E argon glass and the back door "
                     "pane.", "Well, that's fine. Let's go ahead."),
                    ("Wonderful. Our first fitting day is a little over three weeks out, I'll put the date "
                     "in the post as well.",
                     "Lovely. And can I pay by cheque? I don't do the online banking."),
                    ("A cheque on the day is perfect.",
                     "Good. My daughter's coming from Ottawa in the spring, I want it all done before she "
                     "comes."),
                    ("It'll be done well before then.", "Marvellous. Thank you, dear."),
                ],
                analysis_items(
                    "Quote accepted for window units", "Fit three bay window units and back door pane",
                    "{+24}", "4127 West 15th Avenue; quote GQ-4410 for $1,460; pays by cheque", "finance",
                    first_name="Doreen",
                ),
            ),
            Call(
                GLAZIER, 5, "en", "Window fitting moved",
                "Doreen asked to move the window fitting to {+12} because she will be in Kelowna helping "
                "her sister on the original date. She may be out on the new day; the back door key will be "
                "in the key safe by the garage.",
                [
                    ("Clearview Glass, Nicole speaking.",
                     "Hello, dear, Doreen Fairweather again. I'm ever so sorry, I've got to be a nuisance "
                     "about the fitting."),
                    ("Not at all, what's happening?",
                     "My sister in Kelowna's moving into a smaller place, and I said I'd go and help her "
                     "pack. I'll be gone that whole week."),
                    ("Of course. I can do twelve days from today instead, with an eight-thirty start.",
                     "Twelve days. Yes, I'll be back by then. But I might be at my bridge club in the "
                     "morning."),
                    ("That's fine, can the team get in?",
                     "Oh yes. The back door key's in the key safe by the garage, the key safe code is "
                     "2 5 8 3. They can let themselves in."),
                    ("Lovely, I'll put it on the job sheet.",
                     "And the cat will be shut in the bedroom, so don't worry about her."),
                    ("Perfect. See you then.", "Thank you, dear. Bye bye."),
                ],
                {"first_name": "Doreen"},
            ),
        ],
        questions=[
            Question(GLAZIER, "Which window has gone foggy?", ("bay",)),
            Question(GLAZIER, "How many sealed units need replacing?", ("three", "3 units", "3 sealed")),
            Question(GLAZIER, "What type of glass is in the back door?", ("reeded", "ribbed")),
            Question(GLAZIER, "Where should the van park?", ("back lane", "lane")),
            Question(GLAZIER, "What's the cat's name?", ("pickles",)),
            Question(GLAZIER, "Who's responsible for the breakage?", ("grandson", "hockey puck")),
            Question(GLAZIER, "What's her address?", ("west 15th", "west fifteenth", "4127")),
            Question(GLAZIER, "What's the quote reference?", ("gq-4410", "gq4410", "g q forty-four ten")),
            Question(GLAZIER, "How much is the job?", ("1,460", "1460", "fourteen hundred and sixty")),
            Question(GLAZIER, "When is the fitting?", _day(5, 12), _day(20, 24)),
            Question(GLAZIER, "What time do the fitters start?", ("eight-thirty", "8:30")),
            Question(GLAZIER, "How is she settling the bill?", ("cheque",)),
            Question(GLAZIER, "Who did the measuring?", ("terry",)),
            Question(GLAZIER, "How would she like paperwork sent?", ("by post", "in the post", "by mail")),
            Question(GLAZIER, "Why did she postpone?", ("kelowna", "sister")),
            Question(GLAZIER, "Where does her daughter live?", ("ottawa",)),
            Question(GLAZIER, "When did she first ring about the windows?", _day(52)),
            Question(GLAZIER, "How will the fitters get in?", ("key safe",)),
            Question(GLAZIER, "What's the key safe code?", ()),
            Question(GLAZIER, "What's her daughter's name?", ()),
            Question(GLAZIER, "What's the grandson called?", ()),
            Question(GLAZIER, "How wide is the bay window?", ()),
            Question(GLAZIER, "What's the name of her bridge club?", ()),
            Question(GLAZIER, "What's her sister's name?", ()),
            Question(GLAZIER, "What's her son-in-law's phone number?", ()),
        ],
    ),
    # A couple on one phone: a feature wall moved to another wall without "change", a toddler's nap said in
    # the turns only, an alarm code copied into the analysis items, a start day left empty there.
    Caller(
        number="+16045551402",
        names=("Goran", "Nadia"),
        calls=[
            Call(
                PLASTERER, 44, "en", "Cracked ceiling after a leak",
                "The user, Goran Petrović, asked for a quote to repair the cracked living-room ceiling after "
                "a leak from the upstairs bathroom, and to skim the hallway walls, at 882 East 21st Avenue. "
                "The agent booked a quote visit for {+3} at 4 PM.",
                [
                    ("Smooth Finish Plastering, Owen speaking.",
                     "Yeah, hi. Uh, we had a leak, from the bathroom upstairs, and now the ceiling in the "
                     "living room, it's, uh, cracked. Big crack. And a brown stain."),
                    ("Sorry to hear that. Has the leak been fixed?",
                     "Yes, yes, plumber came last week. Toilet seal. So now it's dry, I think. Dry."),
                    ("Good. Do you know what the ceiling's made of? Drywall or old plaster?",
                     "Old. The house is from nineteen twenty-something. My wife says it's lath. Lath and "
                     "plaster."),
                    ("Okay. Anything else while we're there?",
                     "The hallway, the walls are, eh, bumpy, lots of old patches. My wife wants them "
                     "smooth. Skim, she says."),
                    ("We can skim the hallway. Your name?",
                     "Goran Petrović. G-O-R-A-N. Petrović with a C at the end."),
                    ("And the address?", "Eight eight two East Twenty-first Avenue."),
                    ("I can come and quote in three days, at four in the afternoon?",
                     "Four o'clock, okay. I finish work at three."),
                    ("See you then.", "Thank you, bye."),
                ],
                analysis_items(
                    "Ceiling crack and hallway skim quote", "Quote visit for ceiling repair and hallway skim",
                    "{+3}", "882 East 21st Avenue; lath and plaster ceiling cracked after a bathroom leak; "
                    "hallway walls to be skimmed", "none", first_name="Goran",
                ),
            ),
            Call(
                PLASTERER, 27, "en", "Quote accepted and Venetian plaster",
                "Nadia Petrović accepted quote P-1187 for $3,200 to over-board and skim the living-room "
                "ceiling and skim the hallway, and asked for a Venetian plaster feature wall in the dining "
                "room for an extra $950. Work starts {+20} and takes about five days.",
                [
                    ("Smooth Finish Plastering, Owen speaking.",
                     "Hi Owen, this is Nadia, Goran's wife. On East Twenty-first? You came to see the "
                     "ceiling."),
                    ("Hi Nadia, yes. Did you get the quote?",
                     "Yes, P-1187, three thousand two hundred. We're happy with that. The over-boarding, "
                     "that's new drywall over the old ceiling, right?"),
                    ("Exactly, we board over the lath and skim it, much less mess than pulling it down.",
                     "Good, less mess. We have a little one, she's two, so, um, dust is a big thing for "
                     "me."),
                    ("We'll sheet everything and seal the doors.",
                     "Thank you. And she naps from one to three, so if the loud stuff could be in the "
                     "morning..."),
                    ("We'll do the noisy bits before lunch.",
                     "Amazing. Oh, and one more thing. I've always wanted a Venetian plaster wall. In the "
                     "dining room, the long wall. Is that something you do?"),
                    ("It is, I love doing it. For that wall, it'd be about nine hundred and fifty extra.",
                     "Okay, yes, let's do it. Something warm, like a soft clay colour."),
                    ("I can start about three weeks from now, it's roughly five days' work.",
                     "Perfect. When you arrive, text me, the doorbell doesn't work."),
                    ("Will do.", "Thanks, Owen!"),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                PLASTERER, 10, "en", "Feature wall on the stairwell",
                "Goran said the Venetian plaster feature wall should go on the stairwell wall, at the same "
                "price. Nobody will be home during the job, so he told the agent how the crew can get in.",
                [
                    ("Smooth Finish Plastering, Owen speaking.",
                     "Hi, Owen, it's Goran. Petrović. About the, uh, the shiny plaster."),
                    ("The Venetian plaster, yes.",
                     "My wife and I talked. Not the dining room. The stairwell. The big wall going up the "
                     "stairs, everybody sees it when they come in. So the stairwell."),
                    ("The stairwell wall, sure. It's taller, we'll need a platform, but same price.",
                     "Same price, good."),
                    ("Will someone be home to let the crew in?",
                     "No, we both work, and the little one goes to daycare. There is the alarm, by the "
                     "front door. The alarm code is 6 0 4 2. The front door key, I leave it under the, "
                     "eh, the blue flower pot."),
                    ("Got it, I'll keep that for the crew only.",
                     "Okay. And the, eh, the cat stays in the basement, keep that door closed please."),
                    ("No problem. See you on the start day.", "Okay, thank you, bye."),
                ],
                analysis_items(
                    "Feature wall location",
                    "Venetian plaster on the stairwell wall; crew lets themselves in",
                    "", "Feature wall now on the stairwell; alarm code 6042; key under the blue flower pot; "
                    "both at work during the job", "none", first_name="Goran",
                ),
            ),
        ],
        questions=[
            Question(PLASTERER, "What damaged the living-room ceiling?", ("leak",)),
            Question(PLASTERER, "What's the ceiling made of?", ("lath",)),
            Question(PLASTERER, "Which wall gets the Venetian plaster?", ("stairwell",), ("dining room",)),
            Question(PLASTERER, "How much is the plastering quote?",
                     ("3,200", "3200", "three thousand two hundred")),
            Question(PLASTERER, "What does the feature wall add to the bill?",
                     ("950", "nine hundred and fifty")),
            Question(PLASTERER, "What's the quote number?", ("p-1187", "p1187")),
            Question(PLASTERER, "How old is their child?",
                     ("she's two", "two-year-old", "2-year-old", "two years old", "aged two")),
            Question(PLASTERER, "When should the loud work be avoided?", ("one to three", "1 to 3")),
            Question(PLASTERER, "How should the crew announce they've arrived?", ("text",)),
            Question(PLASTERER, "What shade would Nadia like on the feature wall?", ("clay",)),
            Question(PLASTERER, "When does the work start?", _day(27, 20)),
            Question(PLASTERER, "How long will the job take?", ("five days", "5 days")),
            Question(PLASTERER, "Where is the front door key hidden?", ("flower pot", "flowerpot")),
            Question(PLASTERER, "Where's the house?", ("east 21st", "east twenty-first", "882")),
            Question(PLASTERER, "Why does the hallway need doing?", ("bumpy", "patches")),
            Question(PLASTERER, "When was the house built?", ("nineteen twenty", "1920")),
            Question(PLASTERER, "Which animal must stay shut in?", ("the cat", "a cat", "cat stays")),
            Question(PLASTERER, "What time does Goran finish work?", ("at three", "3 pm", "3pm")),
            Question(PLASTERER, "What's the alarm code?", ()),
            Question(PLASTERER, "What's their daughter's name?", ()),
            Question(PLASTERER, "Which plumber fixed the leak?", ()),
            Question(PLASTERER, "Where does Nadia work?", ()),
            Question(PLASTERER, "What colour is the hallway going to be painted?", ()),
            Question(PLASTERER, "What's their email address?", ()),
            Question(PLASTERER, "How big is the living room?", ()),
        ],
    ),
    # A Spanish client of the tiler: her calls in Spanish, one summary in Spanish, the analysis items in
    # Spanish once and in two languages once; the wall tiles and the grout chosen again ("en vez del").
    Caller(
        number="+34604555143",
        names=("Rocío",),
        calls=[
            Call(
                TILER, 61, "es", "Retiling the main bathroom",
                "The user, Rocío Delgado, spoke Spanish. She wants her main bathroom retiled at 2250 "
                "Trafalgar Street, apartment 304: grey hexagon porcelain on the floor, white metro tiles on "
                "the walls and a niche in the shower. The agent booked a measuring visit for {+4} at 5 PM.",
                [
                    ("Lumen Tile and Bath, Marisol speaking, how can I help?",
                     "Hola, buenas... eh, ¿se puede hablar en español?"),
                    ("¡Claro que sí! Dígame.",
                     "Ay, qué bien. Mire, quiero cambiar los azulejos del baño principal. Todo, suelo y "
                     "paredes."),
                    ("Perfecto. ¿Qué tiene pensado para el suelo?",
                     "Un porcelánico hexagonal, gris. Gris perla, creo que se llama. Los hexágonos "
                     "pequeñitos."),
                    ("¿Y las paredes?",
                     "Azulejo metro blanco, el de toda la vida. Y en la ducha quiero una hornacina, un "
                     "hueco para los champús."),
                    ("Una hornacina, muy práctico. ¿Me da su nombre?",
                     "Rocío Delgado. Rocío con tilde en la i. D-E-L-G-A-D-O."),
                    ("¿Y la dirección?",
                     "Dos dos cinco cero Trafalgar Street, apartamento trescientos cuatro. Es un tercer "
                     "piso."),
                    ("Le puedo mandar a alguien a medir dentro de cuatro días, a las cinco de la tarde. ¿Le "
                     "va bien?",
                     "A las cinco, sí, perfecto. Salgo de la oficina a las cuatro y media."),
                    ("Estupendo. Hasta entonces.", "¡Gracias, Marisol! Hasta luego."),
                ],
                analysis_items(
                    "Reforma de azulejos del baño", "Visita para medir el baño", "{+4}",
                    "2250 Trafalgar Street, apartamento 304; suelo hexagonal gris perla; azulejo metro "
                    "blanco; hornacina en la ducha", "none", first_name="Rocío",
                ),
            ),
            Call(
                TILER, 30, "es", "Presupuesto aceptado",
                "La usuaria, Rocío Delgado, aceptó el presupuesto de 6.850 dólares para el baño principal y "
                "eligió una junta color antracita. El alicatado empezará el {+35} y durará unos ocho días "
                "laborables. Pidió que los operarios reserven el montacargas del edificio con el conserje.",
                [
                    ("Lumen Tile and Bath, buenas tardes, Marisol.",
                     "Hola Marisol, soy Rocío Delgado, la del baño de Trafalgar."),
                    ("¡Hola Rocío! ¿Recibió el presupuesto?",
                     "Sí, sí, seis mil ochocientos cincuenta. Está bien, adelante."),
                    ("Perfecto. ¿Y la junta? ¿Blanca o de color?",
                     "Antracita. Gris oscuro. La blanca se pone fea enseguida."),
                    ("Antracita, anotado. Podemos empezar dentro de cinco semanas, son unos ocho días "
                     "laborables.",
                     "Muy bien. Una cosa: hay que reservar el montacargas con el conserje, se llama "
                     "Álvaro. Si no, no os deja subir material."),
                    ("Lo reservamos con Álvaro, sin problema.",
                     "Y los operarios tienen que firmar en recepción al llegar. Es un edificio muy "
                     "estricto."),
                    ("Entendido.",
                     "Ah, y la bañera... la quito, ¿eh? Quiero un plato de ducha de obra, a ras de suelo."),
                    ("Muy bien, plato de obra a ras de suelo.", "Perfecto. ¡Gracias!"),
                ],
                {"first_name": "Rocío"},
            ),
            Call(
                TILER, 9, "es", "Wall tile change",
                "Rocío Delgado switched the wall tiles from white metro to handmade sage-green zellige, "
                "which adds $420 to the job. The tiling start date stays {+14}.",
                [
                    ("Lumen Tile and Bath, Marisol speaking.",
                     "Hola Marisol, Rocío otra vez. Perdona, es que... he cambiado de idea con las "
                     "paredes."),
                    ("¡No pasa nada! ¿Qué ha pensado?",
                     "He visto unos zellige en una revista... verde salvia, así brillantes, hechos a mano. "
                     "Quiero esos en vez del metro blanco."),
                    ("El zellige verde salvia es precioso. Cuesta un poco más: cuatrocientos veinte dólares "
                     "extra.", "Vale, vale, los cuatrocientos veinte, merece la pena."),
                    ("¿Mantenemos la junta antracita?",
                     "Mmm, no. Con el zellige mejor una junta beige. Beige claro."),
                    ("Junta beige, anotado. La fecha de inicio no cambia.",
                     "Perfecto. Y Álvaro, el conserje, ya sabe que venís."),
                    ("Genial. Gracias, Rocío.", "¡A vosotros! Adiós."),
                ],
                analysis_items(
                    "Wall tile change", "Start tiling with sage-green zellige", "{+14}",
                    "Zellige verde salvia en las paredes; extra $420", "none", first_name="Rocío",
                ),
            ),
        ],
        questions=[
            Question(TILER, "What tiles are going on the bathroom walls?",
                     ("zellige", "verde salvia", "sage"), ("metro",)),
            Question(TILER, "What grout colour did she pick?", ("beige",), ("antracita", "anthracite")),
            Question(TILER, "What shape are the floor tiles?", ("hexagon", "hexagonal", "hexágono")),
            Question(TILER, "What colour is the floor tile?", ("gris perla", "pearl grey", "pearl gray")),
            Question(TILER, "What does she want built into the shower?", ("hornacina", "niche")),
            Question(TILER, "What's her address?", ("2250 trafalgar", "trafalgar")),
            Question(TILER, "Which apartment is hers?", ("304", "trescientos cuatro")),
            Question(TILER, "Which storey does she live on?", ("tercer piso", "third floor")),
            Question(TILER, "How much was the quote?",
                     ("6.850", "6,850", "6850", "seis mil ochocientos cincuenta")),
            Question(TILER, "What's the surcharge for the new wall tiles?", ("420", "cuatrocientos veinte")),
            Question(TILER, "Who's the building concierge?", ("álvaro", "alvaro")),
            Question(TILER, "What has to be reserved to bring materials up?",
                     ("montacargas", "freight elevator", "service elevator")),
            Question(TILER, "What must the workers do when they arrive?",
                     ("firmar en recepción", "sign in at reception")),
            Question(TILER, "What is replacing the bathtub?", ("plato de ducha", "a ras de suelo")),
            Question(TILER, "When does the tiling start?", _day(9, 14)),
            Question(TILER, "How long will the tiling take?",
                     ("ocho días", "eight working days", "8 working days", "eight days")),
            Question(TILER, "What time does she leave the office?",
                     ("cuatro y media", "4:30", "half past four")),
            Question(TILER, "When did she change her mind about the walls?", _day(9)),
            Question(TILER, "What size are the hexagon tiles?", ()),
            Question(TILER, "What's the concierge's phone number?", ()),
            Question(TILER, "Which brand makes the zellige?", ()),
            Question(TILER, "Where can the van park?", ()),
            Question(TILER, "What's her husband's name?", ()),
            Question(TILER, "What's the code for the building's front door?", ()),
            Question(TILER, "What's the name of her building?", ()),
        ],
    ),
    # A roofer hiring a scaffold: a site padlock code in the turns, the hire lengthened (six weeks, then
    # eight), a neighbour and a foreman described, a category that misfires.
    Caller(
        number="+16045551404",
        names=("Declan",),
        calls=[
            Call(
                SCAFFOLD, 48, "en", "Scaffold for a re-roof",
                "The user, Declan O'Shea of O'Shea Roofing, asked for scaffolding on three sides of a "
                "three-storey heritage house at 3342 Point Grey Road for a re-roof. The agent quoted $4,900 "
                "for six weeks' hire, with the scaffold going up on {+12}. BC Hydro must sleeve the power "
                "lines at the front first.",
                [
                    ("Highpoint Scaffolding, Brett here.",
                     "Brett, hey, Declan O'Shea, O'Shea Roofing. Got a re-roof coming up, I need a "
                     "scaffold."),
                    ("Sure, Declan. Where's the job?",
                     "Thirty-three forty-two Point Grey Road. Big old heritage place, three storeys, steep "
                     "as hell."),
                    ("How many sides do you need?",
                     "Three. Front and both sides. The back's got a flat roof over the kitchen, we can "
                     "work off that."),
                    ("Okay. Any overhead lines?",
                     "Yeah, the hydro lines run right across the front. They'll need sleeving."),
                    ("You'll need to book BC Hydro for that, we can't go up till it's done.",
                     "Yup, I'm on it. I'll call them today."),
                    ("For three elevations, six weeks' hire, you're looking at forty-nine hundred.",
                     "Forty-nine hundred. Fine. That includes a loading bay?"),
                    ("Includes a loading bay on the left side for your shingles.",
                     "Perfect. Can you go up in about twelve days?"),
                    ("Twelve days, yep, I'll put you in.", "Great, email the paperwork to the office."),
                ],
                analysis_items(
                    "Scaffold quote for re-roof", "Erect scaffold at 3342 Point Grey Road", "{+12}",
                    "3342 Point Grey Road, three-storey heritage house; three elevations; six weeks' hire; "
                    "$4,900; BC Hydro to sleeve the front lines", "none", first_name="Declan",
                ),
            ),
            Call(
                SCAFFOLD, 40, "en", "Neighbour access and site gate",
                "Declan said BC Hydro has sleeved the front lines, so the scaffold goes up as planned. The "
                "neighbour at 3346 agreed to let standards stand on the edge of her driveway. The site gate "
                "is padlocked and Declan gave the crew the code.",
                [
                    ("Highpoint Scaffolding, Brett.",
                     "Brett, Declan. Good news, Hydro came out yesterday, the lines at the front are "
                     "sleeved."),
                    ("Great, so we're still good for the date.",
                     "Yep. Other thing, the left side's tight, you'll need to put a couple of standards on "
                     "the neighbour's driveway."),
                    ("Have they agreed?",
                     "Yeah, Mrs. Liang, at thirty-three forty-six. Lovely lady. She's fine with it as long "
                     "as she can still get her car out. Silver Lexus. She leaves at seven-thirty for work."),
                    ("We'll leave her room.",
                     "And there's a site fence up now. The padlock on the site gate is 7 7 3 1."),
                    ("Noted for the crew.",
                     "And my foreman's Kieran, he'll be there every day, his cell is 604-555-0188."),
                    ("Got it, Kieran.", "Cheers, Brett."),
                ],
                {"first_name": "Declan"},
            ),
            Call(
                SCAFFOLD, 8, "en", "Scaffold hire extended",
                "Declan asked to extend the scaffold hire by two weeks, to eight weeks in total, because "
                "rain has held up the re-roof. The extension costs $1,100 and the scaffold will now come "
                "down on {+16}. A cracked board on the top lift will be swapped tomorrow morning.",
                [
                    ("Highpoint Scaffolding, Brett here.",
                     "Brett, it's Declan. Look, this rain's killed us, we lost, like, nine days. I need the "
                     "scaffold longer."),
                    ("How much longer?", "Two more weeks. So eight weeks all in, instead of six."),
                    ("A two-week extension is eleven hundred.",
                     "Eleven hundred. Yeah, fine, put it on the account."),
                    ("So we'd strike it sixteen days from today.",
                     "Sixteen days. Good. And Kieran says one of the boards on the top lift's cracked, can "
                     "someone swap it?"),
                    ("I'll send someone tomorrow morning.", "Legend. Thanks."),
                ],
                analysis_items(
                    "Scaffold hire extension", "Strike scaffold; replace cracked board on top lift", "{+16}",
                    "Hire extended to eight weeks; extension $1,100; foreman Kieran", "finance",
                    first_name="Declan",
                ),
            ),
        ],
        questions=[
            Question(SCAFFOLD, "How long is the scaffold hired for?",
                     ("eight weeks", "8 weeks"), ("six weeks", "6 weeks")),
            Question(SCAFFOLD, "When is the scaffold coming down?", _day(8, 16)),
            Question(SCAFFOLD, "What's the job address?", ("3342 point grey", "point grey road")),
            Question(SCAFFOLD, "What work is the scaffold for?", ("re-roof",)),
            Question(SCAFFOLD, "How many elevations are scaffolded?",
                     ("three elevations", "three sides", "front and both sides", "3 elevations")),
            Question(SCAFFOLD, "What had to be done to the hydro lines?", ("sleeve", "sleeving")),
            Question(SCAFFOLD, "What was the original quote?", ("4,900", "4900", "forty-nine hundred")),
            Question(SCAFFOLD, "How much is the extension?", ("1,100", "1100", "eleven hundred")),
            Question(SCAFFOLD, "Who runs the site day to day?", ("kieran",)),
            Question(SCAFFOLD, "How can we reach the foreman?", ("604-555-0188", "6045550188", "555-0188")),
            Question(SCAFFOLD, "Which neighbour agreed to the standards on her drive?", ("liang",)),
            Question(SCAFFOLD, "What time does the neighbour leave in the morning?",
                     ("seven-thirty", "7:30")),
            Question(SCAFFOLD, "What car does the neighbour drive?", ("lexus",)),
            Question(SCAFFOLD, "Why was the hire extended?", ("rain",)),
            Question(SCAFFOLD, "What needs fixing on the top lift?",
                     ("cracked board", "board on the top lift", "boards on the top lift")),
            Question(SCAFFOLD, "Where is the loading bay?", ("left side",)),
            Question(SCAFFOLD, "Which company is Declan with?", ("o'shea roofing",)),
            Question(SCAFFOLD, "What's going on the roof?", ("shingles",)),
            Question(SCAFFOLD, "When did he call about the neighbour's driveway?", _day(40)),
            Question(SCAFFOLD, "What's the code for the site gate padlock?", ()),
            Question(SCAFFOLD, "What's Mrs. Liang's first name?", ()),
            Question(SCAFFOLD, "What colour are the new shingles?", ()),
            Question(SCAFFOLD, "What's the roof pitch in degrees?", ()),
            Question(SCAFFOLD, "What's the office email address?", ()),
            Question(SCAFFOLD, "Who owns the house being re-roofed?", ()),
            Question(SCAFFOLD, "What's Kieran's surname?", ()),
        ],
    ),
    # One caller of the estate agent and the skip hire: her divorce, her lawyer and the split of the sale
    # are the estate agent's alone (the analysis item says "none" all the same); a list price lowered in
    # the same call, a skip swapped for a bigger one.
    Caller(
        number="+16045551405",
        names=("Patricia",),
        private_to={
            ESTATE: ("divorce", "separation agreement", "okonjo", "harcourt", "family law", "sixty-forty",
                     "60/40", "lawyer"),
        },
        calls=[
            Call(
                ESTATE, 35, "en", "Listing the family home",
                "The user, Patricia Donnelly, wants to sell the family home at 6120 Blenheim Street as part "
                "of her divorce; the separation agreement requires a sale by the end of June and the "
                "proceeds are split 60/40. Her lawyer, Ms. Okonjo at Harcourt Family Law, must approve the "
                "listing agreement, and her husband is not to be contacted directly. A valuation visit was "
                "booked for {+4} at 11 AM.",
                [
                    ("Harbourline Realty sales desk, Anika speaking.",
                     "Hi. Um. I need to sell my house. Well, our house. It's... complicated."),
                    ("That's okay, we can help. Can I take your name?",
                     "Patricia Donnelly. Trish. Donnelly with two Ns and two Ls."),
                    ("Thanks, Trish. Where's the property?",
                     "Sixty-one twenty Blenheim Street. In Kerrisdale. Four bedrooms."),
                    ("Lovely area. And when are you hoping to sell?",
                     "As soon as we can, honestly. My husband and I are, um, going through a divorce, and "
                     "the separation agreement says the house has to be sold by the end of June."),
                    ("I'm sorry to hear that. We'll make it as smooth as we can.",
                     "Thanks. And, um, the money gets split sixty-forty, I get the sixty. My lawyer needs "
                     "to see anything before I sign. Ms. Okonjo, at Harcourt Family Law."),
                    ("Of course, we'll send the listing agreement to her as well.",
                     "Good. And please don't call my husband directly, everything goes through the "
                     "lawyers."),
                    ("Understood. Could we come and do a valuation in four days, at eleven?",
                     "Eleven's fine. I work from home."),
                    ("See you then.", "Thanks."),
                ],
                analysis_items(
                    "Listing the family home", "Valuation visit at 6120 Blenheim Street", "{+4}",
                    "6120 Blenheim Street, four bedrooms; selling because of a divorce; lawyer Ms. Okonjo "
                    "at Harcourt Family Law; do not contact the husband", "none", first_name="Patricia",
                ),
            ),
            Call(
                SKIPS, 20, "en", "Skip for a garage clear-out",
                "The user, Patricia Donnelly, booked a 10-yard skip for her driveway at 6120 Blenheim "
                "Street, delivered on {+3} for a week, for $395, to clear out the garage and basement. The "
                "agent reminded her that mattresses, paint and propane tanks aren't allowed.",
                [
                    ("Bin There Skip Hire, Kayla speaking.",
                     "Hi, I need a skip. A bin, whatever you call it. To clear out a garage. And a "
                     "basement. Twenty years of junk."),
                    ("Ha, we can help. How big are you thinking?",
                     "I have no idea. What's, like, the normal one?"),
                    ("Most garage clear-outs take a ten-yard.",
                     "Okay, ten-yard. On the driveway, is that okay?"),
                    ("Driveway's perfect, we put boards down so it won't mark. The address?",
                     "Sixty-one twenty Blenheim Street. Name's Patricia Donnelly."),
                    ("We can drop it off in three days, and you keep it a week. It's three ninety-five.",
                     "Three ninety-five, okay."),
                    ("Just so you know, no mattresses, no paint and no propane tanks.",
                     "Oh. There's an old mattress. And a lot of paint. Where do I take those?"),
                    ("Paint goes to the recycling depot on Kent Avenue, and we can take a mattress "
                     "separately for thirty dollars.",
                     "Okay, the mattress then, thirty dollars. I'll do the paint myself."),
                    ("Done. See you in three days.", "Thanks, Kayla."),
                ],
                analysis_items(
                    "Skip booking for garage clear-out", "Deliver 10-yard skip to the driveway", "{+3}",
                    "6120 Blenheim Street; 10-yard skip for one week; $395", "none", first_name="Patricia",
                ),
            ),
            Call(
                SKIPS, 14, "en", "Bigger skip",
                "Patricia asked to swap her skip for a 20-yard one because it filled up in two days. The "
                "swap is on {+1} and costs $180 more. She also asked about taking away an old hot tub; the "
                "agent will call back with a price.",
                [
                    ("Bin There Skip Hire, Kayla.",
                     "Hi Kayla, Trish Donnelly, on Blenheim Street. The bin's full. Completely full. After "
                     "two days."),
                    ("Ha, it happens a lot. We can swap it for a twenty-yard.",
                     "Yes, please, the twenty-yard. How much more?"),
                    ("One eighty more, and we'll swap it tomorrow.", "One eighty, fine."),
                    ("Will you be home?", "I'm always home these days. I work from the kitchen table."),
                    ("Anything else?",
                     "Could you also take the old hot tub? It's in pieces in the backyard, my... it got "
                     "taken apart last summer."),
                    ("Hot tubs need a special pickup, I'll call you back with a price.", "Okay. Thanks."),
                ],
                {"first_name": "Patricia"},
            ),
            Call(
                ESTATE, 12, "en", "List price agreed",
                "Trish Donnelly's lawyer approved the listing agreement. The valuation came in at "
                "$2,249,000, but Trish chose to list 6120 Blenheim Street at $2,150,000 to sell quickly. "
                "Photos are booked for {+3} and the first open house for {+6} from 2 to 4 PM.",
                [
                    ("Harbourline Realty, Anika speaking.",
                     "Hi Anika, it's Trish Donnelly. Ms. Okonjo's signed off on the listing agreement, so "
                     "we're good to go."),
                    ("Great news. Did you think about the price? The valuation came in at two million two "
                     "hundred forty-nine thousand.",
                     "I did. I want it gone quickly, honestly. Let's list at two million one fifty. Two "
                     "point one five."),
                    ("Two million one hundred fifty thousand. That should bring a lot of interest.",
                     "That's the idea. The faster this is over, the better."),
                    ("Photos in three days, and the first open house in six days, two to four?",
                     "Fine. I'll take the dog out for the open house. He's a big Newfoundland, he scares "
                     "people."),
                    ("Ha, thank you. Anything buyers should know?",
                     "The roof was redone in 2019. And the basement suite has its own entrance."),
                    ("Perfect selling points.", "Okay. Thanks, Anika."),
                ],
                {"first_name": "Patricia"},
            ),
        ],
        questions=[
            Question(ESTATE, "Why is she selling?", ("divorce", "separation agreement")),
            Question(ESTATE, "Who is her lawyer?", ("okonjo",)),
            Question(ESTATE, "Which firm represents her?", ("harcourt",)),
            Question(ESTATE, "How will the money from the sale be divided?", ("60/40", "sixty-forty")),
            Question(ESTATE, "Can we phone her husband?",
                     ("don't call my husband", "not to be contacted", "do not contact",
                      "through the lawyers")),
            Question(ESTATE, "What's the asking price?",
                     ("2,150,000", "two million one fifty", "two million one hundred fifty"),
                     ("2,249,000", "two hundred forty-nine")),
            Question(ESTATE, "When is the first open house?", _day(12, 6)),
            Question(ESTATE, "What hours is the open house?", ("2 to 4", "two to four")),
            Question(ESTATE, "When was the roof replaced?", ("2019",)),
            Question(ESTATE, "Does the basement suite have its own door?", ("own entrance",)),
            Question(ESTATE, "What breed is her dog?", ("newfoundland",)),
            Question(ESTATE, "What's the deadline for the sale?", ("end of june",)),
            Question(ESTATE, "How many bedrooms does the house have?", ("four bedrooms", "4 bedrooms")),
            Question(ESTATE, "What neighbourhood is the house in?", ("kerrisdale",)),
            Question(ESTATE, "What's her husband's name?", ()),
            Question(ESTATE, "What's the lawyer's phone number?", ()),
            Question(ESTATE, "How much are the property taxes?", ()),
            Question(ESTATE, "Who's the photographer?", ()),
            Question(ESTATE, "Where is she moving to after the sale?", ()),
            Question(SKIPS, "What size skip does she have now?",
                     ("20-yard", "twenty-yard"), ("10-yard", "ten-yard")),
            Question(SKIPS, "Where does the skip sit?", ("driveway",)),
            Question(SKIPS, "What isn't allowed in the skip?", ("mattress", "propane")),
            Question(SKIPS, "What does the mattress pickup cost?", ("thirty dollars", "$30")),
            Question(SKIPS, "Where should the paint go?", ("kent avenue",)),
            Question(SKIPS, "What else does she want taken away?", ("hot tub",)),
            Question(SKIPS, "How much was the swap?", ("180", "one eighty")),
            Question(SKIPS, "What did the first skip cost?", ("395", "three ninety-five")),
            Question(SKIPS, "When was the bigger skip swapped in?", _day(14, 1)),
            Question(SKIPS, "Why is she clearing out the house?", ()),
            Question(SKIPS, "Who is her lawyer?", ()),
            Question(SKIPS, "What's the price for taking the hot tub?", ()),
            Question(SKIPS, "What's the driver's name?", ()),
        ],
    ),
    # A worried homeowner of the pest controller: a long call whose middle holds four facts, a lockbox code
    # copied into the analysis items, a time of day changed ("afternoons are better now").
    Caller(
        number="+16045551406",
        names=("Megan",),
        calls=[
            Call(
                PESTS, 41, "en", "Rats in the garage and a wasp nest",
                "The user, Megan Hollis, reported signs of rats in her garage (droppings, a chewed bag of "
                "birdseed and scratching in the ceiling at night) and a football-sized wasp nest under the "
                "eaves above the back deck at 1905 Mahon Avenue, North Vancouver. A technician will visit on "
                "{+2} between 1 and 5 PM; the inspection and first treatment cost $225, with follow-ups "
                "included for a month. Megan chatted about her family and the neighbourhood.",
                long_call(
                    [
                        ("Northshore Pest Control, Jordan speaking, how can I help?",
                         "Hi, yeah, hi. So, um, I'm pretty sure we have rats. Like, actual rats. In the "
                         "garage."),
                        ("Okay, what have you noticed?",
                         "Droppings, like, all along the back wall, and something chewed through a bag of, "
                         "um, of birdseed. And I heard scratching in the ceiling last night. At, like, two "
                         "a.m."),
                        ("That does sound like rats, probably roof rats this time of year. Can I get your "
                         "name?", "Megan Hollis. H-O-L-L-I-S."),
                        ("And the address, Megan?", "Nineteen oh-five Mahon Avenue, North Vancouver."),
                        ("Thanks. Anything else going on?",
                         "Oh, yes, also there's a wasp nest. Under the eaves, above the back deck. It's, "
                         "like, the size of a football."),
                        ("We can do both on the same visit.", "Oh, thank god."),
                    ],
                    [
                        ("Okay.",
                         "Oh, important, we've got a beagle, Waffles, and he eats literally everything, so "
                         "please, no poison anywhere he can reach. Traps only, if you can."),
                        ("Snap traps in locked boxes, then.",
                         "And my son is terrified of wasps, like, screaming terrified, so can you give me a "
                         "heads-up before you do the nest? I'll take him to the park."),
                        ("Will do.",
                         "And I think they're getting in by the dryer vent, the flap's broken. My husband "
                         "keeps saying he'll fix it."),
                        ("We'll check that.",
                         "Oh, and we have a compost bin by the fence. Is that, like, a rat buffet?"),
                    ],
                    [
                        ("It can be. So, I can get a technician out in two days, between one and five.",
                         "Two days, okay. Afternoon's fine."),
                        ("Great. The inspection and first treatment is two hundred and twenty-five dollars, "
                         "then follow-ups are included for a month.", "Two twenty-five. Okay."),
                        ("You're booked. Anything else?", "No, that's it. Sorry for rambling."),
                        ("Not at all. Bye, Megan.", "Bye!"),
                    ],
                    acks=_PEST_ACKS,
                    talk=_PEST_TALK,
                    start=1,
                ),
                {"first_name": "Megan"},
            ),
            Call(
                PESTS, 36, "en", "Traps set and nest removed",
                "Megan said the technician, Ravi, set six traps in the garage and removed the wasp nest, and "
                "two rats have been caught. A follow-up visit is booked for {+7} in the morning. She will be "
                "at work; the garage key will be in the lockbox on the side door.",
                [
                    ("Northshore Pest Control, Jordan speaking.",
                     "Hi Jordan, it's Megan Hollis, on Mahon? Ravi came out the other day."),
                    ("Yes! How's it going?",
                     "Good, I think? He set six traps in the garage, in the little black boxes, and the "
                     "wasp nest is gone. And we've caught two already. Gross."),
                    ("That's progress. Ravi wants a follow-up in a week.",
                     "Yes, he said. Morning works better for me."),
                    ("Seven days from now, in the morning, I'll book it.",
                     "Great. I'll be at work, but there's a lockbox on the side door. The lockbox code is "
                     "5 2 9 0, the garage key is in it."),
                    ("Thanks, that's just for the technician.", "Perfect."),
                ],
                analysis_items(
                    "Rat traps and wasp nest follow-up", "Follow-up visit to check the traps", "{+7}",
                    "Six traps in the garage; two rats caught; lockbox on the side door, code 5290; "
                    "technician Ravi", "none", first_name="Megan",
                ),
            ),
            Call(
                PESTS, 8, "en", "Mice and a protection plan",
                "Megan found mouse droppings in the kitchen pantry and signed up for the quarterly home "
                "protection plan at $89 a month. She asked for Ravi rather than Colin, who left her garage "
                "door open, and said afternoon visits suit her better now. The next visit is on {+10}.",
                [
                    ("Northshore Pest Control, Jordan speaking.",
                     "Hey Jordan. Megan Hollis again. So, um, the rats are gone, I think, but now I've "
                     "found little droppings in the pantry. Tiny ones. Mice?"),
                    ("Sounds like mice, yes. Honestly, at this point the quarterly plan might make sense "
                     "for you.", "How much is that?"),
                    ("Eighty-nine a month, and it covers rodents, wasps and ants, with a visit every quarter "
                     "plus call-outs.", "Eighty-nine. Yeah, okay, sign me up. I'm done with this."),
                    ("Done. The next visit's in ten days.",
                     "Okay. And, um, can it be Ravi? The other guy, Colin, left the garage door wide open "
                     "last time and the dog got out."),
                    ("I'm sorry about that, I'll request Ravi.",
                     "Thanks. And afternoons are better now, I switched to the early shift, I'm home by "
                     "two."),
                    ("Afternoons, noted.", "Great, thanks."),
                ],
                {"first_name": "Megan"},
            ),
        ],
        questions=[
            Question(PESTS, "What's the dog called?", ("waffles",)),
            Question(PESTS, "Can we put down poison bait at her place?", ("no poison", "traps only")),
            Question(PESTS, "Where does she think the rats get in?", ("dryer vent",)),
            Question(PESTS, "Why does she want warning before the nest is treated?",
                     ("terrified", "my son", "her son")),
            Question(PESTS, "What might be attracting the rodents?", ("compost",)),
            Question(PESTS, "Where did she first notice the rats?", ("garage",)),
            Question(PESTS, "What did they chew through?", ("birdseed",)),
            Question(PESTS, "Where was the wasp nest?", ("eaves",)),
            Question(PESTS, "How big was the nest?", ("football",)),
            Question(PESTS, "What's her address?", ("1905 mahon", "mahon avenue")),
            Question(PESTS, "What kind of rats are they, probably?", ("roof rats",)),
            Question(PESTS, "How many traps were set?", ("six traps", "6 traps")),
            Question(PESTS, "How many have been caught?",
                     ("two rats", "caught two", "2 rats", "two already")),
            Question(PESTS, "Which technician does she want?", ("ravi",)),
            Question(PESTS, "Who left the garage open?", ("colin",)),
            Question(PESTS, "What time of day suits her for visits?", ("afternoon",), ("morning",)),
            Question(PESTS, "What does her plan cost?", ("89", "eighty-nine")),
            Question(PESTS, "What's the new problem in the kitchen?", ("mice", "mouse")),
            Question(PESTS, "When's the next visit?", _day(8, 10)),
            Question(PESTS, "When did she first call about the rats?", _day(41)),
            Question(PESTS, "What did the first treatment cost?",
                     ("225", "two twenty-five", "two hundred and twenty-five")),
            Question(PESTS, "What's the lockbox code?", ()),
            Question(PESTS, "What's her husband's name?", ()),
            Question(PESTS, "How old is her son?", ()),
            Question(PESTS, "What brand of traps did Ravi use?", ()),
            Question(PESTS, "What time does her early shift start?", ()),
            Question(PESTS, "What's the neighbours' house number?", ()),
            Question(PESTS, "What's her daughter's name?", ()),
        ],
    ),
    # A French buyer of an old house: her calls in French, the summaries in English and in French, the
    # analysis items in French once (with a category that misfires) and in English once with the date left
    # empty; the year the house was built corrected from the city archives.
    Caller(
        number="+33604555147",
        names=("Camille",),
        calls=[
            Call(
                SURVEYOR, 45, "fr", "Full building survey before purchase",
                "The user, Camille Rousseau, spoke French. She is buying a character house at 2847 Oxford "
                "Street, Vancouver, built in 1912, and booked a full building survey for {+5} at 10 AM for "
                "$1,150. Her deadline to remove subjects is {+9}. She is worried about the foundations and "
                "the old wiring.",
                [
                    ("Keystone Building Surveyors, Élise speaking, how can I help?",
                     "Bonjour... euh, excusez-moi, vous parlez français ? Mon anglais au téléphone, c'est... "
                     "compliqué."),
                    ("Oui, bien sûr, je suis française. Je vous écoute.",
                     "Ah, génial ! Alors, j'achète une maison, une vieille maison, et l'agent immobilier "
                     "m'a dit de faire une expertise complète avant de lever les conditions."),
                    ("Tout à fait. C'est à quelle adresse ?",
                     "Le 2847 Oxford Street. Vingt-huit quarante-sept. C'est une maison de caractère, "
                     "construite en 1912."),
                    ("Très bien. Qu'est-ce qui vous inquiète en particulier ?",
                     "Les fondations, surtout. Il y a une fissure dans le sous-sol. Et l'électricité, on "
                     "m'a parlé de fils knob and tube ?"),
                    ("On vérifiera les deux. La date limite pour lever les conditions, c'est quand ?",
                     "Dans neuf jours. C'est serré, je sais."),
                    ("Je peux envoyer une experte dans cinq jours, à dix heures. L'expertise complète coûte "
                     "mille cent cinquante dollars.", "Mille cent cinquante, d'accord. Dix heures, parfait."),
                    ("Votre nom ?", "Camille Rousseau. R-O-U-S-S-E-A-U."),
                    ("Merci Camille. À bientôt.", "Merci beaucoup, au revoir !"),
                ],
                analysis_items(
                    "Expertise complète avant achat", "Expertise de la maison au 2847 Oxford Street", "{+5}",
                    "Achat d'une maison de 1912 au 2847 Oxford Street; inquiète pour les fondations et le "
                    "câblage; levée des conditions dans neuf jours", "finance", first_name="Camille",
                ),
            ),
            Call(
                SURVEYOR, 39, "fr", "Résultats de l'expertise",
                "L'utilisatrice, Camille Rousseau, a appelé pour les résultats de l'expertise de la maison "
                "d'Oxford Street. L'experte, Hannah Cho, a trouvé du câblage knob and tube dans le grenier, "
                "une cheminée qui penche et peut-être un ancien réservoir de mazout enterré; elle recommande "
                "un scan du terrain. Camille va demander une baisse de prix au vendeur. Le rapport écrit "
                "arrivera par courriel d'ici le {+2}.",
                [
                    ("Keystone Building Surveyors, Élise.",
                     "Bonjour Élise, c'est Camille Rousseau, pour la maison d'Oxford Street."),
                    ("Bonjour Camille ! Hannah a terminé l'expertise hier.",
                     "Et alors ? Je n'ai pas dormi de la nuit."),
                    ("Alors, les fondations vont bien : la fissure est ancienne et stable.",
                     "Ouf ! Enfin une bonne nouvelle."),
                    ("Par contre, il reste du câblage knob and tube dans le grenier, la cheminée penche un "
                     "peu, et il y a peut-être un vieux réservoir de mazout enterré dans le jardin.",
                     "Un réservoir de mazout ? Mon dieu. Qu'est-ce qu'on fait ?"),
                    ("Hannah recommande un scan du terrain pour le réservoir, ça coûte environ quatre cents "
                     "dollars.", "D'accord. Je vais demander une baisse de prix au vendeur, je pense."),
                    ("Le rapport écrit arrive par courriel d'ici deux jours.",
                     "Parfait. Envoyez-le aussi à mon courtier hypothécaire, Julien Tremblay, s'il vous "
                     "plaît."),
                    ("Bien sûr.", "Merci, Élise."),
                ],
                {"first_name": "Camille"},
            ),
            Call(
                SURVEYOR, 30, "fr", "Survey report correction",
                "Camille asked for the survey report to be corrected: the house at 2847 Oxford Street was "
                "built in 1908, according to the city archives. She said the vendor agreed to lower the "
                "price after the report, and asked for the name of an electrician; the agent will send the "
                "details of Bright Spark Electric.",
                [
                    ("Keystone Building Surveyors, Élise.",
                     "Bonjour Élise, Camille Rousseau. Une petite correction pour le rapport."),
                    ("Oui, dites-moi.",
                     "La maison, en fait, elle date de 1908, pas de 1912. J'ai vérifié aux archives de la "
                     "ville. Mille neuf cent huit."),
                    ("D'accord, on corrige le rapport, 1908.",
                     "Merci. Et bonne nouvelle : le vendeur a accepté de baisser le prix de vingt-cinq "
                     "mille dollars, grâce à votre rapport."),
                    ("Félicitations !",
                     "Merci ! Je voudrais aussi faire inspecter l'électricité par un électricien, vous "
                     "connaissez quelqu'un ?"),
                    ("On travaille avec Bright Spark Electric, je vous envoie leurs coordonnées.",
                     "Super. Et je suis à l'hôtel jusqu'à la remise des clés, au Sylvia Hotel, sur English "
                     "Bay."),
                    ("C'est noté.", "Merci beaucoup, bonne journée !"),
                ],
                analysis_items(
                    "Survey report correction", "Send Bright Spark Electric contact details", "",
                    "House built in 1908; price reduction of $25,000 agreed; staying at the Sylvia Hotel",
                    "none", first_name="Camille",
                ),
            ),
        ],
        questions=[
            Question(SURVEYOR, "What year was the house built?", ("1908", "mille neuf cent huit"), ("1912",)),
            Question(SURVEYOR, "What's the property address?", ("2847 oxford", "oxford street")),
            Question(SURVEYOR, "What did the survey cost?", ("1,150", "1150", "mille cent cinquante")),
            Question(SURVEYOR, "What was she most worried about?", ("fondations", "foundation")),
            Question(SURVEYOR, "What kind of wiring was found in the attic?", ("knob and tube",)),
            Question(SURVEYOR, "What's wrong with the chimney?", ("penche", "leaning", "leans to")),
            Question(SURVEYOR, "What might be buried in the garden?", ("réservoir de mazout", "oil tank")),
            Question(SURVEYOR, "What did the surveyor recommend for the tank?", ("scan",)),
            Question(SURVEYOR, "How much would that check cost?", ("quatre cents", "400")),
            Question(SURVEYOR, "Who carried out the survey?", ("hannah",)),
            Question(SURVEYOR, "Who else should get a copy of the report?", ("julien", "tremblay")),
            Question(SURVEYOR, "Is the basement crack serious?", ("stable", "ancienne")),
            Question(SURVEYOR, "How much did the seller knock off?",
                     ("vingt-cinq mille", "25,000", "25 000")),
            Question(SURVEYOR, "Where is she staying?", ("sylvia",)),
            Question(SURVEYOR, "Which electrician did we suggest?", ("bright spark",)),
            Question(SURVEYOR, "When was the survey?", _day(45, 5)),
            Question(SURVEYOR, "When was her subject removal deadline?", _day(45, 9)),
            Question(SURVEYOR, "How is the written report sent?", ("courriel", "by email")),
            Question(SURVEYOR, "What is the purchase price of the house?", ()),
            Question(SURVEYOR, "What's her realtor's name?", ()),
            Question(SURVEYOR, "What's her email address?", ()),
            Question(SURVEYOR, "When does she get the keys?", ()),
            Question(SURVEYOR, "How many bedrooms does the house have?", ()),
            Question(SURVEYOR, "What's the vendor's name?", ()),
            Question(SURVEYOR, "What's her mortgage broker's phone number?", ()),
        ],
    ),
    # A retired engineer selling his townhouse: a long call whose middle holds four facts, a lockbox code in
    # the turns, the list price lowered in a later call, a category that misfires.
    Caller(
        number="+16045551408",
        names=("Walter",),
        calls=[
            Call(
                ESTATE, 50, "en", "Thinking of selling a townhouse",
                "The user, Walter Lindqvist, is thinking of selling his three-bedroom townhouse, Unit 12, "
                "4450 Arbutus Street, because he and his wife want a home on one level. The strata has 22 "
                "units and fees of $480 a month. The agent Graham will visit on {+7} at 2 PM with "
                "comparables. Walter chatted at length about his career and the neighbourhood.",
                long_call(
                    [
                        ("Harbourline Realty sales desk, Anika speaking.",
                         "Yes, hello. Walter Lindqvist. I'm thinking of selling my townhouse and I'd like "
                         "to, ah, understand how it all works before I commit to anything."),
                        ("Of course, Walter. Where's the townhouse?",
                         "Unit twelve, forty-four fifty Arbutus Street. Three bedrooms, two and a half "
                         "baths. We've been there since 1998."),
                        ("Lovely. It's a strata?",
                         "Yes, it is. Twenty-two units. The fees are four hundred and eighty a month."),
                        ("And what has you thinking of selling?",
                         "The stairs, mostly. Three floors. My wife and I want something on one level, a "
                         "condo with an elevator."),
                        ("That makes sense. Have you had a recent appraisal?",
                         "No. No. I haven't a clue what it's worth. That's what I'd like you to tell me."),
                        ("We'll do a market evaluation. How are you for timing?",
                         "No rush. We'd like to have moved before the winter, ideally."),
                    ],
                    [
                        ("Mm-hm.",
                         "One thing you should know: the strata is raising a special levy for the roof "
                         "next year. Twelve thousand per unit, I believe. I'd rather be upfront about it."),
                        ("That's good to disclose.",
                         "And the parking is two stalls, side by side, numbers 14 and 15, in the "
                         "underground."),
                        ("Two stalls is a big plus.",
                         "The hot water tank was replaced in 2021. And we had the whole place re-piped with "
                         "PEX back in 2016."),
                        ("Excellent.", "Oh, and the storage locker is number 9. That's included."),
                    ],
                    [
                        ("So, I'd suggest our agent Graham comes to see it. Could he come in a week, at "
                         "two?", "A week, at two. Fine."),
                        ("He'll bring comparables and a pricing plan.",
                         "Good. I'm a retired engineer, I like numbers."),
                        ("Ha, he'll bring plenty. See you then, Walter.", "Thank you, Anika. Goodbye."),
                    ],
                    acks=_TOWNHOUSE_ACKS,
                    talk=_TOWNHOUSE_TALK,
                    start=4,
                ),
                analysis_items(
                    "Selling a townhouse", "Graham to visit with comparables", "{+7}",
                    "Unit 12, 4450 Arbutus Street; three bedrooms; strata fees $480 a month; wants a home "
                    "on one level", "none", first_name="Walter",
                ),
            ),
            Call(
                ESTATE, 36, "en", "Listing agreement signed",
                "Walter signed the listing agreement for Unit 12, 4450 Arbutus Street, at a list price of "
                "$1,389,000. Showings are by appointment only with 24 hours' notice, and the key will be in "
                "a lockbox on the front railing.",
                [
                    ("Harbourline Realty, Anika speaking.",
                     "Anika, good morning. Walter Lindqvist. I've signed Graham's listing agreement, it's "
                     "in the mail. Well, the email."),
                    ("Wonderful! And the price you settled on?",
                     "One million three hundred eighty-nine thousand. Graham's comparables were very "
                     "convincing."),
                    ("Great. How do you want showings handled?",
                     "By appointment only, please. Twenty-four hours' notice. My wife needs time to, ah, "
                     "hide the laundry."),
                    ("Ha, understood. And access?",
                     "There'll be a lockbox on the front railing with the key. The lockbox code is "
                     "3 8 6 1."),
                    ("I'll give that to buyers' agents only when a showing is confirmed.",
                     "Good. And no showings on Sunday mornings, we're at church."),
                    ("Noted.", "Thank you."),
                ],
                analysis_items(
                    "Listing agreement signed", "", "",
                    "List price $1,389,000; showings by appointment with 24 hours' notice; lockbox on the "
                    "front railing", "finance", first_name="Walter",
                ),
            ),
            Call(
                ESTATE, 9, "en", "Price reduction and open house",
                "After almost four weeks without an offer, Walter agreed to reduce the list price to "
                "$1,339,000. An open house is set for {+3} from 1 to 3 PM, and he and his wife will be out "
                "during it.",
                [
                    ("Harbourline Realty, Anika speaking.",
                     "Anika, Walter Lindqvist. Graham and I spoke. Almost four weeks, no offers. He thinks "
                     "we're a bit high."),
                    ("It's a slow market right now. What did you decide?",
                     "We'll come down fifty thousand. One million three hundred thirty-nine."),
                    ("One million three hundred thirty-nine thousand, I'll update the listing.",
                     "And Graham mentioned an open house."),
                    ("Yes, three days from now, one to three in the afternoon.",
                     "Fine, fine. We'll go out for lunch. A long lunch."),
                    ("Ha. Anything else?",
                     "We've put an offer on a condo in Marpole, subject to sale. So we do need this to "
                     "move."),
                    ("Understood.", "Thank you, Anika."),
                ],
                {"first_name": "Walter"},
            ),
        ],
        questions=[
            Question(ESTATE, "What's the list price now?",
                     ("1,339,000", "one million three hundred thirty-nine"),
                     ("1,389,000", "one million three hundred eighty-nine")),
            Question(ESTATE, "How much is the upcoming strata levy per unit?",
                     ("twelve thousand", "12,000", "12000")),
            Question(ESTATE, "Which parking stalls come with the unit?", ("14 and 15",)),
            Question(ESTATE, "When was the hot water tank replaced?", ("2021",)),
            Question(ESTATE, "What plumbing does the townhouse have?", ("pex",)),
            Question(ESTATE, "Which storage locker is his?", ("number 9", "locker 9", "#9")),
            Question(ESTATE, "What's the unit's address?", ("4450 arbutus", "arbutus street")),
            Question(ESTATE, "How many units in the strata?", ("22", "twenty-two")),
            Question(ESTATE, "How much are the strata fees?", ("480", "four hundred and eighty")),
            Question(ESTATE, "Why is he moving?", ("one level", "stairs")),
            Question(ESTATE, "Who's the listing agent?", ("graham",)),
            Question(ESTATE, "How much notice do viewings need?", ("24 hours", "twenty-four hours")),
            Question(ESTATE, "When can't we show the unit?", ("sunday morning",)),
            Question(ESTATE, "Where's the key for showings?", ("front railing",)),
            Question(ESTATE, "When is the open house?", _day(9, 3)),
            Question(ESTATE, "What hours is the open house?", ("1 to 3", "one to three")),
            Question(ESTATE, "Where has he made an offer?", ("marpole",)),
            Question(ESTATE, "What did he do for a living?", ("engineer",)),
            Question(ESTATE, "How long has he lived there?", ("1998",)),
            Question(ESTATE, "How many bathrooms?", ("two and a half",)),
            Question(ESTATE, "What's the lockbox code?", ()),
            Question(ESTATE, "What's his wife's name?", ()),
            Question(ESTATE, "What's the square footage of the townhouse?", ()),
            Question(ESTATE, "What's the asking price of the condo he's buying?", ()),
            Question(ESTATE, "What year was the complex built?", ()),
            Question(ESTATE, "What's Graham's mobile number?", ()),
            Question(ESTATE, "Which company manages the strata?", ()),
        ],
    ),
    # A café owner of the glazier and the pest controller: a glass chosen again because of the insurer, a
    # police file number, a health category that misfires for fruit flies.
    Caller(
        number="+16045551409",
        names=("Yusuf",),
        calls=[
            Call(
                GLAZIER, 25, "en", "Smashed shopfront window",
                "The user, Yusuf Demir, owner of Demir Coffee at 318 Carrall Street, reported that his "
                "shopfront window was smashed overnight in a break-in. A crew will board it up within two "
                "hours, and the agent will order a 10 mm toughened replacement pane. The police file number "
                "is VPD 24-118734.",
                [
                    ("Clearview Glass, Nicole speaking.",
                     "Yeah, hi, I need someone now, please. My café window, somebody smashed it last "
                     "night. There's glass all over the sidewalk."),
                    ("I'm so sorry. Is anyone hurt?",
                     "No, no, it was at night. Break-in. They took the tip jar and the iPad. Unbelievable."),
                    ("Let's get it boarded up first. Where are you?",
                     "Demir Coffee, three eighteen Carrall Street. In Gastown."),
                    ("And your name?", "Yusuf Demir. Y-U-S-U-F."),
                    ("I can have a crew there within two hours to board it. Then we'll measure for the new "
                     "pane.", "Two hours, okay. Normally I open at seven, today I'm closed, obviously."),
                    ("For a shopfront we'd use ten-millimetre toughened glass.",
                     "Whatever is strongest. And, uh, the insurance needs the police file number? It's "
                     "V P D, twenty-four, one one eight seven three four."),
                    ("VPD 24-118734, I'll put it on the invoice.",
                     "Thank you. The insurance is Coastline Mutual."),
                    ("Got it.", "Thanks, really."),
                ],
                analysis_items(
                    "Smashed shopfront window", "Board up and order a replacement pane", "",
                    "Demir Coffee, 318 Carrall Street; 10 mm toughened glass; police file VPD 24-118734",
                    "none", first_name="Yusuf",
                ),
            ),
            Call(
                GLAZIER, 15, "en", "Laminated pane and gold lettering",
                "Yusuf asked for laminated glass for the new shopfront pane instead, as his insurer "
                "requires, and for the café's logo to be redone in gold vinyl lettering for $180. Fitting is "
                "booked for {+6} at 6 AM, before the café opens.",
                [
                    ("Clearview Glass, Nicole speaking.",
                     "Hi Nicole, Yusuf, from Demir Coffee. About the new window."),
                    ("Hi Yusuf! We're ordering the toughened pane this week.",
                     "Wait, stop. My insurance, Coastline, they say it must be laminated. Laminated glass, "
                     "not toughened. For the discount."),
                    ("No problem, I'll switch it to eleven-and-a-half mil laminated.",
                     "Good. And the logo on the window, the old one is gone with the glass. Can you do it "
                     "again?"),
                    ("We can do it in gold vinyl lettering, a hundred and eighty dollars.",
                     "Gold, yes, like before. One-eighty, fine."),
                    ("We can fit it in six days, at six in the morning, before you open.",
                     "Six a.m. is perfect. I'll be there, I'm always there at five-thirty for the baking."),
                    ("See you then.", "Thanks, bye."),
                ],
                {"first_name": "Yusuf"},
            ),
            Call(
                PESTS, 6, "en", "Fruit flies at the café",
                "Yusuf Demir booked a fruit fly treatment for Demir Coffee. A technician will come on {+2} "
                "at 4 PM, after closing, to treat the floor drains and put up monitors.",
                [
                    ("Northshore Pest Control, Jordan speaking.",
                     "Hi, this is Yusuf, I have a café in Gastown, Demir Coffee. Fruit flies. Everywhere. "
                     "Around the drains behind the counter."),
                    ("Ugh, fruit flies in a café, we see it a lot. Usually it's the floor drains.",
                     "Yes, the drains. I clean every night, I swear."),
                    ("We'll do a drain treatment and put up some monitors. We can come in two days at four "
                     "in the afternoon, after you close?", "We close at three. Four is good."),
                    ("Great. Anything else?",
                     "Yes, the city health inspector comes next month, I need a paper, a certificate, that "
                     "you treated."),
                    ("We'll leave a service report, that's what inspectors want.",
                     "Perfect. The address is three eighteen Carrall."),
                    ("Got it.", "Thanks."),
                ],
                analysis_items(
                    "Fruit fly treatment at the café", "Drain treatment and fly monitors", "{+2}",
                    "Demir Coffee, 318 Carrall Street; closes at 3 PM; needs a service report for the "
                    "health inspector", "health", first_name="Yusuf",
                ),
            ),
        ],
        questions=[
            Question(GLAZIER, "What happened to the shop window?", ("smashed", "break-in")),
            Question(GLAZIER, "What was taken?", ("tip jar", "ipad")),
            Question(GLAZIER, "What's the police file number?", ("24-118734", "118734")),
            Question(GLAZIER, "Who's he insured with?", ("coastline",)),
            Question(GLAZIER, "What glass is going in?", ("laminated",), ("toughened",)),
            Question(GLAZIER, "How thick is the new pane?",
                     ("eleven-and-a-half", "11.5"), ("10 mm", "ten-millimetre")),
            Question(GLAZIER, "What colour is the logo lettering?", ("gold",)),
            Question(GLAZIER, "How much is the lettering?", ("180", "a hundred and eighty")),
            Question(GLAZIER, "When's the new pane going in?", _day(15, 6)),
            Question(GLAZIER, "What time is the fitting?", ("6 am", "six in the morning", "six a.m")),
            Question(GLAZIER, "What time does he get to the café?", ("five-thirty", "5:30")),
            Question(GLAZIER, "Where is the café?",
                     ("318 carrall", "carrall street", "three eighteen carrall")),
            Question(GLAZIER, "What's the business called?", ("demir coffee",)),
            Question(GLAZIER, "What time does the café usually open?", ("at seven", "7 am")),
            Question(GLAZIER, "When did he report the break-in?", _day(25)),
            Question(GLAZIER, "How wide is the shopfront window?", ()),
            Question(GLAZIER, "What's his insurance claim number?", ()),
            Question(GLAZIER, "Who's his insurance adjuster?", ()),
            Question(GLAZIER, "How many staff work at the café?", ()),
            Question(PESTS, "What pest does the café have?", ("fruit flies", "fruit fly")),
            Question(PESTS, "Where are the flies breeding?", ("drains", "floor drain")),
            Question(PESTS, "When does the café close?", ("at three", "3 pm")),
            Question(PESTS, "What paperwork does he need?", ("certificate", "service report")),
            Question(PESTS, "When is the treatment?", _day(6, 2)),
            Question(PESTS, "What's the inspector's name?", ()),
            Question(PESTS, "When exactly is the inspection?", ()),
            Question(PESTS, "Who's his landlord?", ()),
            Question(GLAZIER, "What's the café's phone number?", ()),
        ],
    ),
]  # fmt: skip
