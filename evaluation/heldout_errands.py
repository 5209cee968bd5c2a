"""A held-out memory set: callers of eight small businesses that run errands and occasions for people, as
ElevenLabs would report them.

A home care agency for older people, a hearing-aid centre, a chiropodist, a notary public, a coach hire
company, a van hire firm, a winery's wine club and a bowling and karaoke venue's party bookings. Nine
callers, 28 calls: a daughter arranging care for her father (questions about him, not her), a Spanish
mover and a French client of the notary whose calls are in their language and who are asked about in
English, a retired couple sharing one landline, a mother whose diabetes is the chiropodist's alone and not
the bowling venue's where she books her son's party, three calls of 84 exchanges whose middle holds facts no
summary or analysis item repeats, corrections said plainly or in passing (a visit time, a van size and a
moving day, a departure time and a head count, a shipping address, a wine selection, a home address),
access codes for a key safe, a yard gate and two building doors that no answer may give, and half of the
calls with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a code copied into
the facts, a category that says none for a health or legal call, values in Spanish or French, a date left
empty), the others with the agent's first-name item only or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

HOMECARE = "agent_errands_homecare_0000000000321"
HEARING = "agent_errands_hearing_00000000000322"
CHIROPODY = "agent_errands_chiropody_000000000323"
NOTARY = "agent_errands_notary_000000000000324"
COACH = "agent_errands_coach_0000000000000325"
VANS = "agent_errands_vanhire_00000000000326"
WINECLUB = "agent_errands_wineclub_0000000000327"
BOWLING = "agent_errands_bowling_00000000000328"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_CARE_ACKS = [
    "Mm-hm.", "Oh, I understand.", "Right.", "Of course.", "Ha, yes.", "That sounds hard.",
    "Take your time.", "Sure.", "Yeah.", "Oh, wow.", "Aw.", "That's lovely.",
]  # fmt: skip
_CARE_TALK = [
    "Sorry, I'm a bit all over the place, I've been up since five.",
    "He worked on the trains for forty-one years, you know. Out of the Alyth yards.",
    "Mom passed six years ago, and he's been on his own since.",
    "He still does the crossword every morning. In pen.",
    "Uh-huh.",
    "My kids adore him. He teaches them card games and cheats.",
    "Cribbage, mostly. He always wins.",
    "Yeah.",
    "I teach grade four, so I can only really call at lunch. Sorry if it's noisy.",
    "That's the bell, ignore that.",
    "The house is a bungalow but the laundry's down in the basement.",
    "He refuses to move. I've shown him three places with suites, he won't even look.",
    "Right.",
    "He says he'll leave that house feet first. Lovely, Dad.",
    "He's still sharp, mostly. It's more his balance.",
    "And he forgets to eat, he'll have a cookie and call it lunch.",
    "Mm.",
    "My brother's out in Okotoks, so he's close-ish, he does the weekends with me.",
    "They watch the Flames together. Loudly.",
    "Ha, yes, the Flames. Don't get him started.",
    "The neighbours are great too, Mrs. Haddad next door brings him soup.",
    "Okay.",
    "I just feel guilty, you know? Like I should be doing all this myself.",
    "Thank you, that helps to hear.",
    "Honestly I didn't know where to start. A friend from work used you for her mom.",
    "She said you were really good, so.",
    "Yeah, yeah.",
    "He's going to be grumpy about it at first, I'm warning you.",
    "He'll call you 'the girl' whatever your name is. He means well.",
    "Ha, he did that to my husband for ten years.",
    "Sure.",
    "He loves to tell stories about the trains. Just nod.",
    "There's one about a moose on the tracks near Field that he's told a hundred times.",
    "It gets bigger every time. The moose, I mean.",
    "Mm-hm.",
    "The chinook last week was nice, he got out in the yard a bit.",
    "He likes to sit on the back step in the sun.",
    "Okay, sorry, where were we.",
    "Right, right.",
    "I made a list, hang on, I had a list somewhere.",
    "Here it is. Okay.",
    "He still shaves every day with the old safety razor, won't touch an electric one.",
    "Is it okay if he gets a bit, um, salty? He swears at the TV.",
    "Ha, okay, good.",
    "I'll bring over a photo album for the carers, he loves showing it off.",
    "His wedding photo from nineteen fifty-nine is on the mantel.",
    "Yeah.",
    "Sorry, I'm getting emotional, it's silly.",
    "Thank you. You're very kind.",
    "It's a lot, watching your parent get older.",
    "Sure, sure.",
    "My daughter wants to visit him more, she's at U of C.",
    "She's in nursing, actually, so she has opinions about all of this.",
    "Okay, yes.",
    "Mm.",
    "Go on.",
    "Yes.",
    "Right, okay.",
    "Mm-hm, got it.",
    "Sorry, go ahead.",
    "Uh-huh, yeah.",
    "Okay.",
    "That makes sense.",
    "Yep.",
]
_COACH_ACKS = [
    "Oh, nice!", "Ha!", "Right.", "Mm-hm.", "Totally.", "Oh, wow.", "Love that.", "Sure.", "Yeah.",
    "No way.", "Ha, fair.", "Of course.",
]  # fmt: skip
_COACH_TALK = [
    "Sorry, it's loud here, I'm at the field, practice just ended.",
    "We went undefeated in the spring league, so the kids are pumped.",
    "Well, one tie. Against Okotoks. We don't talk about it.",
    "Yeah.",
    "I've been coaching eight years. My daughter started when she was six.",
    "She's fourteen now, plays centre back. Tougher than me.",
    "Ha, right.",
    "The parents raised most of the money with bottle drives. Like, so many bottles.",
    "My garage still smells like a bar.",
    "Mm.",
    "We did a car wash too, in June. Made eleven hundred bucks.",
    "I'm also the guy who washes the jerseys. Manager life.",
    "Totally.",
    "Last time we drove ourselves, in a convoy, and two families got lost in Golden.",
    "Never again. Hence the coach.",
    "Have you ever driven the Rogers Pass in a snowstorm? Terrifying.",
    "Yeah, no, the pros can handle it.",
    "Sure.",
    "The kids want to watch movies the whole way. Is there a screen?",
    "Oh nice, they'll lose their minds.",
    "I'm going to have to pick a movie everyone agrees on. Impossible.",
    "Probably something with a lot of explosions.",
    "Ha.",
    "The tournament's got, like, forty teams this year. It's huge.",
    "We're in the same group as a team from Vancouver, they're really good.",
    "Yeah.",
    "I told the kids, just have fun. But also, win.",
    "Our striker, Mateo, scored twenty-two goals this season.",
    "He's going to be a pro, I swear.",
    "Right.",
    "My wife says I care more about this team than the Flames.",
    "She's not wrong.",
    "Okay.",
    "Honestly, the biggest job is getting a busload of teenagers to bed on time.",
    "We've got a curfew, ten o'clock, lights out.",
    "It never works, but we try.",
    "Mm-hm.",
    "I've booked a team dinner at a spaghetti place in Kelowna for the Saturday night.",
    "The parents are bringing back peaches, it's peach season out there.",
    "Fresh Okanagan peaches. Best thing about the trip.",
    "Yeah, yeah.",
    "Sorry, one of the parents is waving at me. Okay, she's gone.",
    "Where was I.",
    "Right.",
    "I've got a spreadsheet for everything. Rooms, who's sitting where, who snores.",
    "My assistant coach makes fun of my spreadsheets.",
    "Ha, yeah.",
    "Sure.",
    "We got new jerseys this year too, blue and gold.",
    "The kids designed the crest themselves.",
    "It's a mountain with a lightning bolt. Very dramatic.",
    "Mm.",
    "Okay, cool.",
    "Yep.",
    "Right, right.",
    "Go ahead.",
    "Uh-huh.",
    "Sounds good.",
    "Sorry, keep going.",
    "Totally.",
    "Okay.",
    "For sure.",
    "Makes sense.",
    "Cool, cool.",
]
_WINE_ACKS = [
    "Oh, lovely.", "Ha!", "Mm-hm.", "Oh, I know.", "Right.", "Absolutely.", "Aw.", "Sure.", "Ha, yes.",
    "Oh, wow.", "Totally.", "Of course.",
]  # fmt: skip
_WINE_TALK = [
    "We come out to Naramata every August, it's our little tradition.",
    "Twelve years now. We stay at a B and B up on the bench.",
    "Oh, I know, the views. The lake in the evening.",
    "My husband rides his bike between the wineries. I drive. Ha.",
    "Mm.",
    "Edmonton winters, you need something to look forward to.",
    "Last January it was minus forty for a week.",
    "I just sat inside with a bottle of red and a jigsaw puzzle.",
    "Yeah.",
    "My book club is basically a wine club with a book sometimes.",
    "We're reading something Russian right now. Nobody's finished it.",
    "Ha, no.",
    "I work at the university, in the library. So, very quiet, very calm.",
    "Except exam season. Then it's chaos.",
    "Right.",
    "I tried making wine once, from a kit, in the basement. Never again.",
    "It tasted like nail polish remover.",
    "Ha!",
    "Do you ever get tired of wine, working there?",
    "No, I suppose not.",
    "Sure.",
    "My dad was a rye and ginger man. Never touched wine in his life.",
    "The first time I had a proper Pinot I nearly cried.",
    "Yeah.",
    "I'm slowly building a little wine rack in the spare room.",
    "Well, 'little', it's forty bottles now.",
    "Mm-hm.",
    "My husband says we need a cellar. I said, I'm joining one. Ha!",
    "Sorry, bad joke.",
    "Okay.",
    "Do you still do the long-table dinners out in the vineyard?",
    "Oh, we did one years ago, under the string lights. Magical.",
    "I still have the menu somewhere.",
    "Right.",
    "We always bring back too much. The trunk is clinking the whole drive home.",
    "The Rogers Pass with a trunk full of wine, very stressful.",
    "Yeah, yeah.",
    "Oh, my cat just walked across the keyboard. Hang on.",
    "Okay, she's gone. Her name's Merlot, by the way. Of course it is.",
    "Ha, yes.",
    "Sure.",
    "Anyway, I'm so glad I finally called.",
    "Five years of meaning to. Terrible.",
    "Mm.",
    "I saw the club newsletter at a friend's place and that did it.",
    "She's been a member since forever, Dorothy Lam. Do you know her?",
    "Oh, you'd love her.",
    "Okay.",
    "Right.",
    "Yes.",
    "Mm-hm.",
    "Go on.",
    "Sounds great.",
    "Lovely.",
    "Ha, okay.",
    "Sure, sure.",
    "Perfect.",
    "Yep.",
    "Oh, good.",
    "That's fine.",
    "Mm, yes.",
    "Sorry, go ahead.",
    "Of course.",
]


HELDOUT_ERRANDS: list[Caller] = [
    # A daughter arranging care for her father: a long first call whose middle holds four facts about him,
    # a key safe code copied into the analysis, the visit time moved, a hospital stay the analysis files
    # under "none".
    Caller(
        number="+15875551501",
        names=("Shauna",),
        calls=[
            Call(
                HOMECARE, 64, "en", "Home care for her father",
                "The user, Shauna Pelletier, arranged home care for her father, Gordon Pelletier, 86, who "
                "lives alone at 1127 Bracewood Drive SW, Calgary, and has been unsteady since a fall in the "
                "spring. The agency will start weekday morning visits at 8 AM to help with washing, "
                "dressing and breakfast. Care coordinator Nadia will do an in-home assessment on {+5} at "
                "2 PM. Caregivers will let themselves in with the key from the key safe. Shauna talked at "
                "length about her father and her family.",
                long_call(
                    [
                        ("Chinook Home Care, this is Bria speaking, how can I help?",
                         "Hi, um, hi. I'm calling about, uh, getting some help for my dad. He's... he's on "
                         "his own and it's getting to be a bit much."),
                        ("I'm sorry to hear that, we can definitely talk it through. Can I get your name?",
                         "Shauna. Shauna Pelletier. P-E-L-L-E-T-I-E-R."),
                        ("Thanks, Shauna. And your dad's name?",
                         "Gordon. Gordon Pelletier. He's eighty-six, eighty-seven in March."),
                        ("And where does he live?",
                         "Eleven twenty-seven Bracewood Drive Southwest. In Braeside. He's been in that "
                         "house since nineteen seventy-four."),
                        ("What's been happening lately?",
                         "So he had a fall in the spring, in the bathroom, he was okay but... since then "
                         "he's not steady. Washing, getting dressed, that's where he struggles. And he "
                         "forgets breakfast, honestly."),
                        ("Okay. We usually start with morning visits for that, help with washing, dressing "
                         "and breakfast. How many days were you thinking?",
                         "Weekdays, to start with? My brother and I can cover the weekends between us."),
                        ("Weekday mornings, sure. What time suits him?",
                         "He's up early, he's a railway man, so, eight? Eight o'clock."),
                        ("Eight a.m. it is. How will the caregiver get in?",
                         "There's a key safe by the side door, next to the gas meter. The key safe code is "
                         "4 7 1 9. He won't hear the doorbell half the time anyway."),
                        ("Got it, I'll put that in the care file only.",
                         "Okay, good. Can I tell you a few things about him? He's... particular."),
                    ],
                    [
                        ("Of course, please.",
                         "So he's deaf in his left ear, totally, from the locomotives. If you talk to him, "
                         "sit on his right side or he'll just nod and not hear a word."),
                        ("Good to know.",
                         "And coffee. Instant coffee, black, two sugars. He will not drink tea, don't even "
                         "offer, he'll be offended."),
                        ("Ha, noted.",
                         "There's a cat, Pickles, a grey tabby, and she's not allowed out the front door. "
                         "She bolts for the road. The back door's fine, the yard's fenced."),
                        ("Okay, front door stays shut.",
                         "And his pills, they're in a blister pack on top of the fridge. Not in the "
                         "bathroom. He keeps them up there so he doesn't double up."),
                    ],
                    [
                        ("That's really helpful, Shauna. The next step is an in-home assessment with our "
                         "care coordinator, Nadia. She can come in five days, at two in the afternoon?",
                         "Two o'clock, yes. I'll be there, I'll take the afternoon off."),
                        ("Perfect. Nadia will go through his routine and do a safety check of the house.",
                         "Good, the basement stairs worry me."),
                        ("She'll look at those. And where should we send invoices?",
                         "To me, by email. I'll give it to Nadia when she comes. Dad doesn't do the "
                         "computer."),
                        ("Sounds good. Anything else for today?",
                         "No, I think... no. Thank you. I've been putting this call off for weeks."),
                        ("You did the right thing calling. We'll see you both soon.", "Thanks, Bria. Bye."),
                    ],
                    acks=_CARE_ACKS,
                    talk=_CARE_TALK,
                ),
                analysis_items(
                    "Home care for her father", "In-home assessment with Nadia", "{+5}",
                    "Father Gordon Pelletier, 86, lives alone at 1127 Bracewood Drive SW; weekday morning "
                    "visits at 8 AM; key safe code 4 7 1 9", "health", first_name="Shauna",
                ),
            ),
            Call(
                HOMECARE, 40, "en", "Morning visits moved later",
                "Shauna Pelletier asked to move her father Gordon's weekday morning visits from 8 AM to 9 AM "
                "from next Monday, because he has been staying up later. She also added a Thursday "
                "afternoon visit so a caregiver can take him grocery shopping.",
                [
                    ("Chinook Home Care, Bria speaking.",
                     "Hi Bria, it's Shauna Pelletier, Gordon's daughter."),
                    ("Hi Shauna! How's your dad getting on?",
                     "Honestly? Better than I thought. He really took to Marisol, the one who comes most "
                     "days. Could she be his regular? He actually laughs with her."),
                    ("I'll ask the scheduler, we try to keep the same face where we can.",
                     "Thank you. And the time, um, eight is too early now. He's been staying up for the late "
                     "hockey games and he's a bear at eight. Could it be nine?"),
                    ("Nine o'clock, weekdays, starting next Monday. Done.",
                     "Perfect. And one more thing, could someone take him grocery shopping? Thursday "
                     "afternoons, maybe."),
                    ("Yes, we can add a Thursday afternoon visit for shopping. Where does he shop?",
                     "The Co-op on Southland Drive. He likes to pick his own bananas, don't ask."),
                    ("Ha, of course. I'll add that.", "Thanks so much."),
                ],
                {"first_name": "Shauna"},
            ),
            Call(
                HOMECARE, 6, "en", "Restarting visits after a hospital stay",
                "Shauna said her father Gordon was admitted to Rockyview hospital with a chest infection and "
                "will be discharged on {+2}. She asked for his morning visits to restart the day after; he "
                "now uses a walker. Her brother Luc will be the contact for two weeks while she is away.",
                [
                    ("Chinook Home Care, Bria speaking.", "Hi Bria, Shauna Pelletier again. Um, so, Dad's in "
                     "the hospital."),
                    ("Oh no. Is he alright?",
                     "He will be. It's a chest infection, he's been in Rockyview since Sunday. They say he "
                     "can come home in two days."),
                    ("I'm glad. So you'd like us to pause and restart the visits?",
                     "Yes, restart the day after he's home. Same time, nine. And he's got a walker now, the "
                     "physio says he has to use it, so, um, nag him."),
                    ("We'll make sure. Anything else?",
                     "Yes, I'm away for two weeks, from next Saturday. My sister-in-law's wedding, in Puerto "
                     "Vallarta, in Mexico. It was booked a year ago, I can't get out of it."),
                    ("Of course, you should go. Who should we call while you're away?",
                     "My brother, Luc. L-U-C. He'll phone you himself with his number."),
                    ("Perfect. Enjoy the wedding, Shauna.", "Thanks, I'll try."),
                ],
                analysis_items(
                    "Restarting visits after a hospital stay", "Restart Gordon's weekday morning visits",
                    "{+3}", "Gordon now uses a walker; brother Luc is the contact for two weeks", "none",
                    first_name="Shauna",
                ),
            ),
        ],
        questions=[
            Question(HOMECARE, "Who is the care for?", ("gordon",)),
            Question(HOMECARE, "How old is Shauna's father?", ("eighty-six", "86")),
            Question(HOMECARE, "Where does Gordon live?", ("bracewood",)),
            Question(HOMECARE, "What time are his weekday visits?", ("9 am", "nine o'clock"),
                     ("8 am", "eight o'clock")),
            Question(HOMECARE, "Which side of him should carers sit on?", ("right side",)),
            Question(HOMECARE, "Why is he hard of hearing?", ("locomotives", "left ear")),
            Question(HOMECARE, "How does he take his coffee?", ("two sugars",)),
            Question(HOMECARE, "Is there a pet in the house?", ("pickles", "cat")),
            Question(HOMECARE, "Which door must stay shut?", ("front door",)),
            Question(HOMECARE, "Where are his tablets kept?", ("fridge", "blister pack")),
            Question(HOMECARE, "Who is doing the in-home assessment?", ("nadia",)),
            Question(HOMECARE, "When was the assessment visit?", _day(64, 5)),
            Question(HOMECARE, "What happened that made them look for care?", ("fall",)),
            Question(HOMECARE, "Which carer does he get on with?", ("marisol",)),
            Question(HOMECARE, "Which day is the shopping trip?", ("thursday",)),
            Question(HOMECARE, "Where does Gordon buy his groceries?", ("co-op", "southland")),
            Question(HOMECARE, "Why was he hospitalised?", ("chest infection",)),
            Question(HOMECARE, "When does he come home from the hospital?", _day(6, 2)),
            Question(HOMECARE, "What does he need to get about now?", ("walker",)),
            Question(HOMECARE, "Who do we ring while Shauna is away?", ("luc",)),
            Question(HOMECARE, "Where is Shauna off to?", ("puerto vallarta", "mexico")),
            Question(HOMECARE, "What was his trade?", ("railway",)),
            Question(HOMECARE, "What's the key safe code?", ()),
            Question(HOMECARE, "What's Shauna's email address?", ()),
            Question(HOMECARE, "Who is Gordon's family doctor?", ()),
            Question(HOMECARE, "How much does the agency charge per hour?", ()),
            Question(HOMECARE, "What's Luc's phone number?", ()),
            Question(HOMECARE, "Does Gordon have any allergies?", ()),
            Question(HOMECARE, "What's Shauna's husband called?", ()),
            Question(HOMECARE, "What's Gordon's Alberta health care number?", ()),
            Question(HOMECARE, "Which ward is Gordon on at the hospital?", ()),
        ],
    ),
    # A retired couple on one landline: the husband's hearing test and hearing aids, the wife's own test;
    # the colour of the aids chosen again ("Loretta talked me out of the champagne").
    Caller(
        number="+15875551502",
        names=("Reginald", "Loretta"),
        calls=[
            Call(
                HEARING, 71, "en", "Hearing test for Reginald",
                "The user, Reginald Fairbairn, booked a hearing test with audiologist Dr. Anjali Mehta for "
                "{+8} at 10:15 AM. He has trouble following conversation in restaurants and his wife says "
                "the TV is too loud. He is a retired carpenter and has an old pair of hearing aids from nine "
                "years ago that he stopped wearing.",
                [
                    ("ClearSound Hearing Centre, good morning, this is Tyler.",
                     "Morning. Yes. I need my ears tested, my wife says. Well, I say so too, I suppose."),
                    ("Happy to help. Can I get your name?",
                     "Reginald Fairbairn. F-A-I-R-B-A-I-R-N. Reg is fine."),
                    ("Thanks, Reg. What have you been noticing?",
                     "Restaurants, mainly. Can't follow a word with all the clatter. And Loretta says the "
                     "TV's "
                     "too loud. I say she mumbles."),
                    ("Ha, we hear that a lot. Have you had hearing aids before?",
                     "Had a pair about nine years back, from some place downtown, can't remember the name. "
                     "They sit in a drawer. Whistled like a kettle."),
                    ("Do you know what might have caused the hearing loss?",
                     "Forty years a carpenter. Table saws, nail guns, no ear protection till the nineties."),
                    ("That'll do it. I can book you a full hearing test with our audiologist, Dr. Anjali "
                     "Mehta. The soonest is in eight days, at ten-fifteen in the morning.",
                     "Ten-fifteen. Fine. Loretta will drive me."),
                    ("Great. It takes about an hour. Bring the old hearing aids if you can.",
                     "I'll dig them out of the drawer."),
                    ("And do you have any benefits coverage?",
                     "Alberta Blue Cross, through my pension, I think. Loretta does the paperwork."),
                    ("Perfect, bring the card. See you then.", "Righto."),
                ],
                analysis_items(
                    "Hearing test booking", "Hearing test with Dr. Mehta", "{+8}",
                    "Struggles to hear in restaurants; retired carpenter; old hearing aids from nine years "
                    "ago", "health", first_name="Reginald",
                ),
            ),
            Call(
                HEARING, 45, "en", "Trial hearing aids whistling",
                "Loretta Fairbairn called about her husband Reginald's trial hearing aids, which whistle "
                "when he wears his winter hat; Dr. Mehta will call him about adjusting them. Loretta also "
                "booked a hearing test for herself on {+12} at 1:30 PM because of ringing in her ears.",
                [
                    ("ClearSound Hearing Centre, Tyler speaking.",
                     "Hello, this is Loretta Fairbairn, Reginald's wife. Reg was in for the trial hearing "
                     "aids last week."),
                    ("Hi Loretta! How is he finding them?",
                     "Well, he hears me now, which is a mixed blessing. But they whistle. Every time he puts "
                     "his toque on, the winter hat, they squeal."),
                    ("That's feedback, the hat presses on the microphones. Dr. Mehta can adjust them, or try "
                     "a different dome.", "Could she? He won't take that hat off till May."),
                    ("I'll have her call him. Is he happy with the Lumity otherwise?",
                     "Oh yes, and he wants to keep the champagne colour, he says it matches his hair. What's "
                     "left of it."),
                    ("Ha! Noted. Anything else?",
                     "Actually, yes, for me. I've had a ringing, mostly in my right ear, for a couple of "
                     "months. Could I get tested too?"),
                    ("Of course. I have a hearing test for you in twelve days at one-thirty in the "
                     "afternoon.",
                     "One-thirty is good, I have aquafit in the mornings."),
                    ("Booked. See you then, Loretta.", "Thank you, dear."),
                ],
                {"first_name": "Loretta"},
            ),
            Call(
                HEARING, 10, "en", "Buying the trial hearing aids",
                "Reginald Fairbairn decided to buy the Phonak Lumity hearing aids he trialled, in graphite, "
                "rechargeable. He will pay in twelve monthly payments of $310. He will collect them at a "
                "fitting on {+9} at 11 AM.",
                [
                    ("ClearSound Hearing Centre, Tyler speaking.",
                     "Tyler, it's Reg Fairbairn. I've decided. I'll keep the hearing aids. Buy them, I "
                     "mean."),
                    ("That's great news, Reg! The Lumity, then. Still the champagne colour?",
                     "No, no. Loretta talked me out of the champagne. The graphite, the dark grey one."),
                    ("Graphite. And rechargeable or the battery ones?",
                     "Rechargeable. With my arthritis I can't get those little batteries in, my fingers "
                     "won't do it."),
                    ("Rechargeable it is. How would you like to pay?",
                     "Can I spread it? Twelve monthly payments, the girl said last time."),
                    ("Yes, that's twelve monthly payments of three hundred and ten dollars.",
                     "Fine. Loretta will set it up."),
                    ("Your new ones will be ready in nine days. Eleven o'clock for the fitting?",
                     "Eleven o'clock. Righto."),
                ],
                {"first_name": "Reginald"},
            ),
        ],
        questions=[
            Question(HEARING, "Who is Reginald's audiologist?", ("mehta", "anjali")),
            Question(HEARING, "What did Reg do for work?", ("carpenter",)),
            Question(HEARING, "Where does he have most trouble hearing?", ("restaurant",)),
            Question(HEARING, "When was his hearing test?", _day(71, 8)),
            Question(HEARING, "How old were his previous hearing aids?", ("nine years",)),
            Question(HEARING, "What benefits plan does he have?", ("blue cross",)),
            Question(HEARING, "What's wrong with the trial aids?", ("whistl", "squeal", "feedback")),
            Question(HEARING, "What sets off the noise?", ("toque", "winter hat")),
            Question(HEARING, "Which model is he getting?", ("lumity",)),
            Question(HEARING, "What colour are his hearing aids?", ("graphite",), ("champagne",)),
            Question(HEARING, "Why did he go for rechargeable ones?", ("arthritis",)),
            Question(HEARING, "How is he paying?", ("twelve monthly", "$310")),
            Question(HEARING, "When can he pick up his new aids?", _day(10, 9)),
            Question(HEARING, "What time is the fitting to collect them?", ("11 am", "eleven o'clock")),
            Question(HEARING, "When is Loretta's hearing test?", _day(45, 12)),
            Question(HEARING, "What time is Loretta's test?", ("1:30", "one-thirty")),
            Question(HEARING, "Which side is the ringing worst for Loretta?", ("right ear",)),
            Question(HEARING, "Which exercise class does the wife go to?", ("aquafit",)),
            Question(HEARING, "Who drives Reg to appointments?", ("loretta",)),
            Question(HEARING, "Which clinic sold him his old hearing aids?", ()),
            Question(HEARING, "What's Reginald's Blue Cross ID number?", ()),
            Question(HEARING, "What's Loretta's date of birth?", ()),
            Question(HEARING, "What did Loretta's hearing test show?", ()),
            Question(HEARING, "Do they have any children?", ()),
            Question(HEARING, "How much hearing loss does Reg have in decibels?", ()),
            Question(HEARING, "Which dome size did Dr. Mehta fit?", ()),
            Question(HEARING, "What's Loretta's cell number?", ()),
        ],
    ),
    # One caller of a chiropodist and a bowling venue: her diabetes, medication and foot sore are the
    # chiropodist's alone; the party grows from 24 to 31 guests and from two lanes to three.
    Caller(
        number="+15875551503",
        names=("Colleen",),
        private_to={CHIROPODY: ("diabetes", "diabetic", "metformin", "ulcer", "numbness", "orthotic")},
        calls=[
            Call(
                CHIROPODY, 52, "en", "Diabetic foot assessment booked",
                "The user, Colleen Baptiste, was referred by her diabetes nurse for a foot assessment. She "
                "has type 2 diabetes, takes metformin, has numbness in her toes and a sore on the ball of "
                "her left foot that is not healing. She is booked with chiropodist Gwen Haldane on {+6} at "
                "3:45 PM.",
                [
                    ("Bow Valley Foot Care, Gwen Haldane's office, this is Amrit.",
                     "Hi, yes, I was referred by my, uh, the diabetes nurse at the clinic? For a foot "
                     "check."),
                    ("Sure, we do a lot of diabetic foot assessments. Can I have your name?",
                     "Colleen Baptiste. B-A-P-T-I-S-T-E."),
                    ("Thanks, Colleen. Is it type one or type two?",
                     "Type two. Since twenty nineteen. I'm on metformin, two a day."),
                    ("And what's been bothering you with your feet?",
                     "Numbness. In the toes, both feet, like they're asleep. And there's a sore under my "
                     "left foot, on the ball, that's just not healing."),
                    ("Okay, we'll want Gwen to look at that soon. She has a slot in six days at a quarter "
                     "to four.", "Quarter to four works, I finish work at three."),
                    ("Please don't put anything on the sore before then, and wear soft shoes.",
                     "Okay. I've been wearing my runners."),
                    ("Great. Bring a list of your medications.", "Will do, thanks."),
                ],
                analysis_items(
                    "Diabetic foot assessment", "Foot assessment with Gwen", "{+6}",
                    "Type 2 diabetes; takes metformin; numbness in toes; sore on the ball of the left foot",
                    "health", first_name="Colleen",
                ),
            ),
            Call(
                BOWLING, 30, "en", "Surprise 30th birthday party",
                "Colleen Baptiste booked a surprise 30th birthday party for her son Jarrett for {+25} at "
                "7 PM: two lanes and the Neon Room karaoke room for 24 guests, with the pizza and wings "
                "package at $22 a head. She paid a $100 deposit by card.",
                [
                    ("Neon Alley Bowl and Karaoke, party bookings, this is Dallas!",
                     "Hi! I want to book a surprise party for my son. He's turning thirty."),
                    ("Fun! What's the birthday boy's name?",
                     "Jarrett. J-A-R-R-E-T-T. And I'm Colleen, his mom."),
                    ("Awesome. How many guests?",
                     "Twenty-four, give or take. Mostly his buddies from the fire hall."),
                    ("Nice. For twenty-four, I'd do two lanes plus one of our private karaoke rooms. The "
                     "Neon Room holds thirty.", "Ooh, the Neon Room. Yes."),
                    ("What date?",
                     "A Saturday, the one about three and a half weeks from now. Seven o'clock?"),
                    ("Let me check... yes, that Saturday at 7 PM is open. Food?",
                     "The pizza package, I think. And wings."),
                    ("Pizza and wings package, that's twenty-two dollars a head.", "Fine."),
                    ("There's a hundred dollar deposit to hold it.", "I'll pay it now on my card."),
                    ("Great. Remember it's a surprise, so we won't call Jarrett!",
                     "Ha, please don't. He thinks we're going to his aunt's for dinner."),
                ],
                analysis_items(
                    "Surprise 30th birthday party booking", "Jarrett's surprise party", "{+25}",
                    "Son Jarrett turning 30; surprise, do not contact Jarrett; 24 guests; Neon Room and two "
                    "lanes", "none", first_name="Colleen",
                ),
            ),
            Call(
                CHIROPODY, 20, "en", "Ulcer dressing appointment moved",
                "Colleen moved her ulcer dressing appointment with Gwen from Tuesday to Friday at 3:45 PM. "
                "The custom orthotics cost $420.",
                [
                    ("Bow Valley Foot Care, Amrit speaking.",
                     "Hi Amrit, it's Colleen Baptiste. Gwen's seeing me Tuesday for the ulcer dressing but I "
                     "can't do Tuesday now."),
                    ("No problem. How's it healing?",
                     "Better, she says. It's smaller. Um, could I do Friday instead? Same time if possible."),
                    ("Friday at a quarter to four, yes, that's free.",
                     "Oh good. And the orthotics she measured me for, how much are those again?"),
                    ("The custom orthotics are four hundred and twenty dollars.",
                     "Okay. My plan through work covers most of it, I think."),
                    ("And what shoe size do you take, for the orthotics?", "Eight, wide. Eight wide."),
                    ("Perfect. See you Friday.", "Thanks."),
                ],
                {"first_name": "Colleen"},
            ),
            Call(
                BOWLING, 8, "en", "Party head count and cake",
                "Colleen updated her son's party to 31 guests and three lanes, and will bring her own cake "
                "with a $25 cake fee.",
                [
                    ("Neon Alley, party bookings, Dallas speaking.",
                     "Hi Dallas, Colleen Baptiste, Jarrett's surprise party on Saturday."),
                    ("Hi Colleen! All set?",
                     "Mostly. The numbers went up, we're at thirty-one now. His whole shift's coming."),
                    ("Thirty-one, okay. Then I'd add a third lane, the Neon Room is fine up to thirty-five "
                     "standing.", "Yes, three lanes then."),
                    ("Done. Anything else?",
                     "Can I bring my own cake? My sister's making it, it's a fire truck."),
                    ("Sure, there's a twenty-five dollar cake fee, we cut and plate it.", "That's fine."),
                    ("And for karaoke, any songs we should queue up?",
                     "Nineties, anything nineties. He'll do the Backstreet Boys if you get a drink in him."),
                    ("Ha! Love it. See you Saturday.",
                     "Thanks! Oh, and I won't be bowling myself, I'll just be cheering."),
                ],
                {},
            ),
        ],
        questions=[
            Question(CHIROPODY, "What condition was she referred for?", ("diabetes", "diabetic")),
            Question(CHIROPODY, "Which medication does she take?", ("metformin",)),
            Question(CHIROPODY, "Where is the sore?", ("ball of", "left foot")),
            Question(CHIROPODY, "What's going on with her toes?", ("numbness", "numb")),
            Question(CHIROPODY, "Who's treating her?", ("gwen",)),
            Question(CHIROPODY, "What day is her dressing appointment now?", ("friday",), ("tuesday",)),
            Question(CHIROPODY, "What time are her appointments?", ("3:45", "quarter to four")),
            Question(CHIROPODY, "How much do the custom insoles come to?",
                     ("420", "four hundred and twenty")),
            Question(CHIROPODY, "What's her shoe size?", ("eight wide", "eight, wide")),
            Question(CHIROPODY, "How long has she had diabetes?", ("twenty nineteen",)),
            Question(CHIROPODY, "When was her first assessment?", _day(52, 6)),
            Question(CHIROPODY, "What was her last blood sugar reading?", ()),
            Question(CHIROPODY, "What's the diabetes nurse's name?", ()),
            Question(CHIROPODY, "Which insurer covers the orthotics?", ()),
            Question(BOWLING, "Whose birthday is the party for?", ("jarrett",)),
            Question(BOWLING, "How many guests are coming?", ("thirty-one", "31"), ("twenty-four", "24")),
            Question(BOWLING, "How many lanes are booked?", ("three lanes", "third lane"), ("two lanes",)),
            Question(BOWLING, "Which karaoke room?", ("neon room",)),
            Question(BOWLING, "When is the party?", _day(30, 25)),
            Question(BOWLING, "What time does the party start?", ("7 pm", "seven o'clock")),
            Question(BOWLING, "What food did she order?", ("pizza",)),
            Question(BOWLING, "What's the cake going to look like?", ("fire truck",)),
            Question(BOWLING, "How much is the cake fee?", ("$25", "twenty-five dollar")),
            Question(BOWLING, "What music does the birthday boy like?", ("nineties", "backstreet")),
            Question(BOWLING, "Where do most of the guests know him from?", ("fire hall",)),
            Question(BOWLING, "How much was the deposit?", ("$100", "hundred dollar deposit")),
            Question(BOWLING, "What does Jarrett think he's doing that evening?", ("aunt's",)),
            Question(BOWLING, "Does Colleen have any medical conditions?", ()),
            Question(BOWLING, "Why isn't Colleen bowling?", ()),
            Question(BOWLING, "What's Jarrett's girlfriend called?", ()),
            Question(BOWLING, "What's the name of the sister baking the cake?", ()),
            Question(BOWLING, "Is Colleen taking any medication?", ()),
        ],
    ),
    # A Spanish mover: his calls in Spanish, the questions in English; the van size and the moving day
    # changed in the second call, the analysis items in Spanish, the last summary in Spanish too.
    Caller(
        number="+34658755515",
        names=("Javier",),
        calls=[
            Call(
                VANS, 33, "es", "Reserva de furgoneta para la mudanza",
                "The user, Javier Morales, spoke Spanish. He reserved a 10-foot cargo van for his move from "
                "an apartment in the Beltline to a house in Tuscany on {+10}, picking it up at 8 AM at the "
                "36 Street NE location, with a hand truck and six moving blankets. He drives on a Spanish "
                "licence with an international driving permit.",
                [
                    ("Redline Van and Truck Rental, this is Kyle, how can I help?",
                     "Hola, buenas. Eh... ¿se puede hablar en español?"),
                    ("¡Claro! ¿En qué le puedo ayudar?",
                     "Genial. Necesito una furgoneta para una mudanza. Me mudo de un piso en el Beltline a "
                     "una casa en Tuscany."),
                    ("Perfecto. ¿Para cuándo?",
                     "Para el sábado que viene no, el otro. Dentro de diez días, vamos."),
                    ("¿Qué tamaño necesita? Tenemos furgonetas de carga de diez pies y camiones de quince.",
                     "La de diez pies, creo. Somos solo dos, mi mujer y yo, no tenemos muchas cosas."),
                    ("Muy bien. ¿A qué hora la recoge?",
                     "A las ocho de la mañana, en vuestra oficina de la calle treinta y seis noreste, ¿no?"),
                    ("Sí, en la 36 Street NE. ¿Necesita algo más?",
                     "Sí, una carretilla, y seis mantas de mudanza, para los muebles."),
                    ("Una carretilla y seis mantas. ¿Su nombre?", "Javier Morales. Javier con jota."),
                    ("¿Y tiene carnet de conducir canadiense?",
                     "No, tengo el carnet español y el permiso internacional. ¿Vale con eso?"),
                    ("Sí, con el permiso internacional no hay problema. Tiene que tener más de veinticinco "
                     "años.", "Tengo veintinueve, sin problema."),
                    ("Perfecto, Javier. Le envío la confirmación por correo.", "Gracias, ¡hasta luego!"),
                ],
                {"first_name": "Javier"},
            ),
            Call(
                VANS, 25, "es", "Cambio a camión de quince pies",
                "Javier Morales changed his reservation from the 10-foot van to the 15-foot truck with a "
                "ramp because his wife is bringing her upright piano, and added a piano dolly. The move is "
                "now on {+3}, one day later, with pickup at 8 AM. The truck costs $149 a day plus 49 cents "
                "per kilometre.",
                [
                    ("Redline Van and Truck Rental, Kyle speaking.",
                     "Hola Kyle, soy Javier Morales, el de la mudanza. En español, por favor."),
                    ("¡Hola Javier! Dígame.",
                     "Pues, mira, al final la furgoneta pequeña no nos sirve. Mi mujer, Nerea, quiere "
                     "llevarse su piano, un piano vertical, y en la de diez pies no cabe con todo lo demás."),
                    ("Entiendo. Entonces le cambio al camión de quince pies, que tiene rampa.",
                     "Sí, el de quince pies, con rampa. Perfecto."),
                    ("¿Necesita también una carretilla para el piano?",
                     "Sí, por favor, una carretilla de piano. Unos amigos nos ayudan a subirlo."),
                    ("Y la fecha, ¿sigue siendo el sábado?",
                     "No, eso también. Mejor el domingo, el día siguiente. Nuestros amigos trabajan el "
                     "sábado."),
                    ("Domingo, misma hora, a las ocho. Hecho.", "Vale. ¿Y cuánto cuesta el camión grande?"),
                    ("Son ciento cuarenta y nueve dólares el día, más cuarenta y nueve centavos por "
                     "kilómetro.", "Vale, vale. Gracias."),
                ],
                analysis_items(
                    "Cambio a camión de 15 pies", "Recoger el camión a las 8 de la mañana", "{+3}",
                    "Mudanza del Beltline a Tuscany; camión de 15 pies con rampa; piano vertical de su "
                    "mujer; "
                    "carretilla de piano", "none", first_name="Javier",
                ),
            ),
            Call(
                VANS, 18, "es", "Retrovisor dañado y depósito retenido",
                "El usuario, Javier Morales, llamó porque le retuvieron el depósito de 500 dólares por un "
                "retrovisor derecho rayado en el camión que devolvió. Dice que el daño ya estaba cuando lo "
                "recogió y enviará fotos de la recogida. Se abrió la reclamación DC-40917.",
                [
                    ("Redline Van and Truck Rental, Kyle speaking.",
                     "Hola Kyle, Javier Morales otra vez. Es sobre el camión que devolví el lunes."),
                    ("Sí, Javier. Tengo aquí una nota sobre el retrovisor.",
                     "Sí... bueno, mira, el retrovisor derecho ya estaba rayado cuando lo recogí, te lo "
                     "juro. Pero me habéis retenido el depósito."),
                    ("Entiendo. Se retuvieron los quinientos dólares del depósito mientras lo revisamos. He "
                     "abierto una reclamación, la DC-40917.", "DC-40917, vale. ¿Qué necesitáis?"),
                    ("Si tiene fotos de cuando lo recogió, nos ayudarían mucho.",
                     "Tengo fotos del móvil, de la recogida, con la hora. Os las mando hoy."),
                    ("Perfecto, mándelas por correo con el número de reclamación.",
                     "Vale. Y el kilometraje, ¿estaba bien? Hice doscientos doce kilómetros."),
                    ("Sí, doscientos doce kilómetros, eso está correcto.",
                     "Vale, gracias Kyle. Espero noticias."),
                ],
                analysis_items(
                    "Depósito retenido por el retrovisor", "Javier enviará las fotos; revisar la reclamación",
                    "", "Reclamación DC-40917; retrovisor derecho rayado", "finance", first_name="Javier",
                ),
            ),
        ],
        questions=[
            Question(VANS, "What vehicle is he renting?", ("15-foot", "quince pies", "15 pies"),
                     ("10-foot", "diez pies")),
            Question(VANS, "When was the move?", _day(25, 3), _day(33, 10)),
            Question(VANS, "Which neighbourhood was he moving to?", ("tuscany",)),
            Question(VANS, "Where was he moving from?", ("beltline",)),
            Question(VANS, "Why did he need a bigger truck?", ("piano",)),
            Question(VANS, "What's his wife's name?", ("nerea",)),
            Question(VANS, "How many moving blankets did he ask for?", ("six", "seis")),
            Question(VANS, "What time was the pickup?", ("8 am", "ocho de la mañana", "a las ocho")),
            Question(VANS, "Which branch was he collecting from?", ("36 street", "treinta y seis")),
            Question(VANS, "What licence does he drive on?",
                     ("international driving permit", "permiso internacional", "carnet español")),
            Question(VANS, "How old is Javier?", ("veintinueve",)),
            Question(VANS, "What's the daily rate for the big truck?", ("149", "ciento cuarenta y nueve")),
            Question(VANS, "What got damaged?", ("retrovisor",)),
            Question(VANS, "What's the claim number?", ("dc-40917",)),
            Question(VANS, "How much of his deposit is being held?", ("500", "quinientos")),
            Question(VANS, "How far did he drive the truck?", ("doscientos doce",)),
            Question(VANS, "Why didn't the move happen on the Saturday?", ("amigos trabajan",)),
            Question(VANS, "When did he last call about the deposit?", _day(18)),
            Question(VANS, "What's the street address of the new house?", ()),
            Question(VANS, "What's his driver's licence number?", ()),
            Question(VANS, "Which company does he work for?", ()),
            Question(VANS, "What's Nerea's phone number?", ()),
            Question(VANS, "What brand is the piano?", ()),
            Question(VANS, "Did he take the damage waiver?", ()),
            Question(VANS, "What time did he bring the truck back?", ()),
        ],
    ),
    # A youth soccer team manager: a long booking call whose middle holds four facts; the departure time,
    # the head count and the pickup point changed, a yard gate code said for the driver.
    Caller(
        number="+15875551504",
        names=("Kwame",),
        calls=[
            Call(
                COACH, 36, "en", "Coach for a soccer tournament in Kelowna",
                "The user, Kwame Mensah, manager of the Foothills Strikers U14 soccer team, booked a 56-seat "
                "coach with a washroom for the Okanagan Cup in Kelowna: 46 passengers leaving from the arena "
                "lot at Shouldice Park on {+39} at 6:30 AM and returning two days later in the evening. "
                "Quote Q-8812 is $6,950 including the driver's hotel and fuel; a 20% deposit holds the "
                "booking. Kwame chatted about the team during the call.",
                long_call(
                    [
                        ("Prairie Star Coachlines, this is Heather, how can I help you today?",
                         "Hey Heather, yeah, hi. I'm the manager for a youth soccer team, the Foothills "
                         "Strikers, under-fourteens, and we need a coach for a tournament trip."),
                        ("Oh, fun! Where are you headed?",
                         "Kelowna. The Okanagan Cup. It's a long weekend thing, three days."),
                        ("Great. Can I get your name?", "Kwame Mensah. K-W-A-M-E, and Mensah, M-E-N-S-A-H."),
                        ("Thanks, Kwame. How many passengers?",
                         "So, eighteen players, four coaches, and, uh, a bunch of parents... forty-six all "
                         "in, I think. Yeah, forty-six."),
                        ("Okay, our fifty-six seater would be perfect for forty-six. When do you leave?",
                         "Friday morning, early. Like, six-thirty? From Shouldice Park, the parking lot by "
                         "the arena."),
                        ("Six-thirty a.m. from Shouldice Park. And coming back?",
                         "Sunday evening, after the final. If we make the final. Ha."),
                        ("Ha, fingers crossed. The driver stays over with you, we include his hotel in the "
                         "quote.", "Oh, good, I didn't even think about that."),
                        ("Do you need a washroom on board?",
                         "Yeah, we need that, it's like seven hours with fourteen-year-olds."),
                        ("All our fifty-six seaters have one.", "Perfect."),
                    ],
                    [
                        ("Anything else about the group we should know?",
                         "Yeah, one of our guys, Tobias, uses a wheelchair. He's our goalkeeper coach's "
                         "son, he comes to every game. So we need a coach with a wheelchair lift."),
                        ("We have two coaches with lifts, I'll make sure you get one.",
                         "Great. And can we stop in Revelstoke for lunch on the way out? There's a pizza "
                         "place the kids go nuts for."),
                        ("Sure, the driver needs a break around there anyway.",
                         "And the gear, it's a lot. Like thirty big hockey-style duffel bags, plus the ball "
                         "bags and a pop-up tent."),
                        ("That'll fit in the under-floor bays.",
                         "Cool. Oh, and the hotel's the Lakeshore Inn, the coach can park in the back lot, "
                         "they said it's fine."),
                    ],
                    [
                        ("Okay, Kwame, I'll send the quote now. It's reference Q-8812, six thousand nine "
                         "hundred and fifty dollars, including the driver's hotel and fuel.",
                         "Six nine fifty. Okay, that's within what the parents voted on."),
                        ("A twenty percent deposit holds the booking, the rest is due seven days before.",
                         "I'll get our treasurer to send the deposit this week."),
                        ("Great. Anything else?", "Nope. Thanks, Heather, you've been awesome."),
                        ("Have a great tournament!", "Thanks! Go Strikers!"),
                    ],
                    acks=_COACH_ACKS,
                    talk=_COACH_TALK,
                    start=4,
                ),
                analysis_items(
                    "Coach hire for a soccer tournament", "Treasurer to send the 20% deposit", "",
                    "Foothills Strikers U14; 46 passengers; leaving 6:30 AM from Shouldice Park; quote "
                    "Q-8812 for $6,950", "none", first_name="Kwame",
                ),
            ),
            Call(
                COACH, 21, "en", "Later departure and more passengers",
                "Kwame Mensah moved the Kelowna trip departure from 6:30 AM to 7:15 AM and raised the number "
                "of passengers to 49. The coach will pick up at the club's equipment yard behind the "
                "clubhouse instead of the arena lot. The deposit has been received.",
                [
                    ("Prairie Star Coachlines, Heather speaking.",
                     "Hi Heather, it's Kwame from the Foothills Strikers, the Kelowna trip."),
                    ("Hi Kwame! What can I do for you?",
                     "So, two things. The parents kind of revolted about six-thirty. Can we make it quarter "
                     "past seven instead?"),
                    ("Seven-fifteen, sure, that still gets you there mid-afternoon.",
                     "Great. And we're up to forty-nine, three more parents decided to come."),
                    ("Forty-nine is fine on the fifty-six seater.",
                     "Okay good. And instead of the arena lot, can the coach pull into our equipment yard "
                     "behind the clubhouse? There's a gate, the gate code is 5 8 2 4, then just drive "
                     "around to the back."),
                    ("I'll put that in the driver's notes.",
                     "Perfect. Our treasurer sent the deposit yesterday, by the way."),
                    ("Yes, I see it. All good.", "Awesome, thanks."),
                ],
                {"first_name": "Kwame"},
            ),
            Call(
                COACH, 4, "en", "Balance paid, driver assigned",
                "Kwame Mensah paid the balance for the Kelowna coach trip on {+7}. The driver will be Ruth, "
                "and the contact on the day is assistant coach Inès Fournier at 403 555 0187. Only snacks "
                "and water are allowed on board.",
                [
                    ("Prairie Star Coachlines, Heather speaking.",
                     "Hey Heather, Kwame Mensah. I just paid the balance for the Kelowna coach, wanted to "
                     "make sure it went through."),
                    ("Yes, it's come through, you're all paid up. Your driver will be Ruth, she's one of our "
                     "most experienced.", "Ruth, great. Does she need a contact for the day?"),
                    ("Yes, who should she call?",
                     "My assistant coach, Inès Fournier, she'll be the one with the kids. Her cell is "
                     "four oh three, five five five, oh one eight seven. 403 555 0187."),
                    ("Got it. Any food rules you want?",
                     "No hot food on the coach, the kids will destroy it. Snacks and water only."),
                    ("That's our policy too, so perfect.", "Ha, great minds."),
                    ("Have a great trip!", "Thanks!"),
                ],
                {},
            ),
        ],
        questions=[
            Question(COACH, "Where is the team travelling to?", ("kelowna",)),
            Question(COACH, "What's the team called?", ("foothills strikers", "strikers")),
            Question(COACH, "What's the quote reference?", ("q-8812",)),
            Question(COACH, "How much is the trip costing?", ("6,950", "six nine fifty")),
            Question(COACH, "How many passengers are there?", ("forty-nine", "49"), ("forty-six", "46")),
            Question(COACH, "What time does the coach leave?",
                     ("7:15", "quarter past seven", "seven-fifteen"),
                     ("6:30", "six-thirty")),
            Question(COACH, "Where does the coach collect them?", ("equipment yard", "behind the clubhouse"),
                     ("arena",)),
            Question(COACH, "Does anybody need special access on board?", ("wheelchair",)),
            Question(COACH, "Who uses the lift?", ("tobias",)),
            Question(COACH, "Where do they want a lunch stop?", ("revelstoke",)),
            Question(COACH, "How many bags will there be?", ("thirty big", "duffel")),
            Question(COACH, "Which hotel are they staying at?", ("lakeshore inn",)),
            Question(COACH, "Who is driving?", ("ruth",)),
            Question(COACH, "Who should the driver call on the day?", ("inès", "ines", "fournier")),
            Question(COACH, "What's the assistant coach's cell?", ("403 555 0187",)),
            Question(COACH, "Can the kids eat on the bus?", ("snacks", "no hot food")),
            Question(COACH, "When does the coach leave?", _day(36, 39)),
            Question(COACH, "Which tournament is it?", ("okanagan cup",)),
            Question(COACH, "How many seats does the coach have?", ("56", "fifty-six")),
            Question(COACH, "What's the gate code for the equipment yard?", ()),
            Question(COACH, "What's the treasurer's name?", ()),
            Question(COACH, "What's Ruth's phone number?", ()),
            Question(COACH, "What's Kwame's email address?", ()),
            Question(COACH, "What's the pizza place in Revelstoke called?", ()),
            Question(COACH, "How old is Tobias?", ()),
            Question(COACH, "How many rooms are booked at the hotel?", ()),
            Question(COACH, "What's the goalkeeper coach's name?", ()),
        ],
    ),
    # A wine club member: a long joining call whose middle holds four facts and a building door code the
    # analysis copies; the shipping address and the wine selection changed later without "change".
    Caller(
        number="+15875551505",
        names=("Gillian",),
        calls=[
            Call(
                WINECLUB, 58, "en", "Joining the Sunhollow wine club",
                "The user, Gillian Strachan, joined the Sunhollow wine club at the Cellar tier: six red "
                "wines per shipment at $265 plus shipping, paid by Visa through a secure link. Shipments go "
                "to Suite 1207, 10160 114 Street NW, Edmonton. Her member number is SH-20477. She chatted "
                "about her trips to the Okanagan.",
                long_call(
                    [
                        ("Sunhollow Estate Winery, wine club line, Petra speaking.",
                         "Hi Petra! I'd like to join the wine club, finally. I've been meaning to for about "
                         "five years."),
                        ("Wonderful! Can I get your name?",
                         "Gillian Strachan. S-T-R-A-C-H-A-N. Gillian with a G."),
                        ("Thanks, Gillian. We have two tiers, Discovery, which is three bottles a quarter, "
                         "and Cellar, which is six.", "Oh, Cellar. Six. Go big or go home."),
                        ("Love it. Reds, whites, or mixed?",
                         "Reds only, please. I'm not a white wine person."),
                        ("Reds only. The Cellar tier is two hundred sixty-five dollars a shipment plus "
                         "shipping.", "That's fine. It'll go on my Visa."),
                        ("I'll text you a secure payment link for the card. And the shipping address?",
                         "Suite twelve-oh-seven, ten-one-sixty, one-fourteen Street Northwest, Edmonton."),
                        ("Suite 1207, 10160 114 Street NW, Edmonton. Is there a buzzer for the courier?",
                         "There's a door keypad, the door code is 8 3 6 2, then the elevator to twelve."),
                        ("Got it. We ship in March, June, September and November.", "Perfect."),
                    ],
                    [
                        ("So, any styles you especially like or dislike?",
                         "Nothing too oaky. I love your Gamay, and the Cabernet Franc. The big oaky Merlot, "
                         "not so much."),
                        ("Noted, we can steer the picks.",
                         "And can you hold the summer shipment till September? My building's a greenhouse "
                         "in July, the wine would cook in the lobby."),
                        ("We can combine June with September, yes.",
                         "Great. And if I'm out, the concierge, Bogdan, signs for everything. He's a "
                         "sweetheart."),
                        ("Good to know.",
                         "You know we got married at your winery? In the barrel room, in twenty eleven. "
                         "That's why I'm so loyal."),
                    ],
                    [
                        ("Oh, that's so lovely! Welcome to the club, Gillian. Your member number is "
                         "SH-20477.", "SH-20477. I'll stick that on the fridge."),
                        ("Members get twenty percent off in the shop and free tastings for you and three "
                         "guests.", "Ooh."),
                        ("Your first shipment goes out with the next release.", "Can't wait."),
                        ("Anything else I can help with?", "No, that's it! Thank you, Petra."),
                        ("Cheers, Gillian!", "Cheers!"),
                    ],
                    acks=_WINE_ACKS,
                    talk=_WINE_TALK,
                    start=2,
                ),
                analysis_items(
                    "Joining the wine club", "Send the secure payment link by text", "",
                    "Cellar tier, six reds per shipment; Suite 1207, 10160 114 Street NW, Edmonton; door "
                    "code 8362; member number SH-20477", "finance", first_name="Gillian",
                ),
            ),
            Call(
                WINECLUB, 27, "en", "New house, mixed shipments",
                "Gillian Strachan gave her new shipping address, 47 Wolf Willow Crescent NW, Edmonton, "
                "where parcels can be left on the porch. Her Cellar shipments will now be mixed: three reds "
                "and three whites.",
                [
                    ("Sunhollow wine club, Petra speaking.",
                     "Hi Petra, it's Gillian Strachan, member SH-20477."),
                    ("Hi Gillian! What can I do for you?",
                     "We've bought a house! Finally. So the wine goes to forty-seven Wolf Willow Crescent "
                     "Northwest, Edmonton, from now on."),
                    ("Congratulations! 47 Wolf Willow Crescent NW. No keypad there, I guess?",
                     "No, ha, just a porch. Leave it on the porch if no one's home, it's shaded."),
                    ("Noted. Anything else?",
                     "Yes, um, my husband Ferdinand has decided he likes whites now, after our anniversary "
                     "trip. So could we do mixed? Three reds, three whites."),
                    ("Sure, mixed Cellar, three and three.",
                     "Perfect. But no Chardonnay in mine, ever. He can have the Chardonnay on his own time."),
                    ("Ha, noted.", "Thanks Petra!"),
                ],
                {},
            ),
            Call(
                WINECLUB, 3, "en", "Gift magnum for her sister",
                "Gillian Strachan ordered a magnum of the 2019 Cabernet Franc as a 60th birthday gift for "
                "her sister Moira in Saskatoon, with a card, for $118 with shipping after her member "
                "discount. It should arrive on {+12}.",
                [
                    ("Sunhollow wine club, Petra speaking.",
                     "Hi Petra, Gillian Strachan again. I want to send a gift."),
                    ("Lovely! What are you thinking?",
                     "A magnum of the 2019 Cabernet Franc, for my sister Moira. She turns sixty next week."),
                    ("Oh, happy birthday to her! Where's it going?",
                     "Saskatoon. Three-twelve Spadina Crescent East. Can you put a card in? 'Happy sixtieth, "
                     "Moira, love from Gilly and Ferdie.'"),
                    ("Of course. It'll arrive in about twelve days.", "Perfect, just in time for her party."),
                    ("With your member discount, that's a hundred and eighteen dollars with shipping.",
                     "Lovely, same card."),
                    ("Also, the fall release party is at the winery in sixteen days, will you come?",
                     "Ooh, maybe. If we do, it's two of us."),
                ],
                analysis_items(
                    "Gift magnum for her sister", "Ship the magnum to Moira in Saskatoon", "{+12}",
                    "Sister Moira in Saskatoon", "none", first_name="Gillian",
                ),
            ),
        ],
        questions=[
            Question(WINECLUB, "Which tier is she in?", ("cellar",)),
            Question(WINECLUB, "What's her member number?", ("sh-20477",)),
            Question(WINECLUB, "Where should her shipments go?", ("wolf willow",),
                     ("114 street", "suite 1207")),
            Question(WINECLUB, "What's in her shipments?", ("three reds", "three whites"), ("reds only",)),
            Question(WINECLUB, "Which grape does she love?", ("gamay",)),
            Question(WINECLUB, "What style of wine does she dislike?", ("oaky",)),
            Question(WINECLUB, "Anything special about the summer shipment?", ("hold the summer",)),
            Question(WINECLUB, "Who signed for parcels at her old building?", ("bogdan",)),
            Question(WINECLUB, "Where did she get married?", ("barrel room",)),
            Question(WINECLUB, "What year was her wedding?", ("twenty eleven",)),
            Question(WINECLUB, "What's her husband's name?", ("ferdinand", "ferdie")),
            Question(WINECLUB, "Where can the courier leave parcels now?", ("porch",)),
            Question(WINECLUB, "Which wine must never be in her half of the box?", ("chardonnay",)),
            Question(WINECLUB, "What did she send her sister?", ("magnum",)),
            Question(WINECLUB, "Who is the gift for?", ("moira",)),
            Question(WINECLUB, "Where does Moira live?", ("saskatoon", "spadina")),
            Question(WINECLUB, "What does the gift card say?", ("happy sixtieth",)),
            Question(WINECLUB, "When should the gift arrive?", _day(3, 12)),
            Question(WINECLUB, "How much did the gift cost?", ("118", "hundred and eighteen")),
            Question(WINECLUB, "How much is each Cellar shipment?", ("265", "two hundred sixty-five")),
            Question(WINECLUB, "How is she paying for the club?", ("visa",)),
            Question(WINECLUB, "What's the door code at her old building?", ()),
            Question(WINECLUB, "What are the last four digits of her Visa?", ()),
            Question(WINECLUB, "What's Moira's phone number?", ()),
            Question(WINECLUB, "What's the date of her wedding anniversary?", ()),
            Question(WINECLUB, "What's Ferdinand's favourite white?", ()),
            Question(WINECLUB, "When is Gillian's birthday?", ()),
            Question(WINECLUB, "What's her sister's surname?", ()),
        ],
    ),
    # A bachelorette organiser: the party moved a day and an hour later and grown from 14 to 16, a lost
    # jacket afterwards, a guest's name spelled.
    Caller(
        number="+15875551506",
        names=("Anneliese",),
        calls=[
            Call(
                BOWLING, 47, "en", "Bachelorette party booking",
                "The user, Anneliese Dubé, booked a bachelorette party for her friend Sienna for {+16} at "
                "8 PM: 14 people, two lanes and the Disco Room for karaoke, with the Prosecco package at $35 "
                "a head. She will send a $200 deposit by e-transfer.",
                [
                    ("Neon Alley Bowl and Karaoke, party bookings, Dallas here!",
                     "Hiii, okay, so I'm planning my best friend's bachelorette and I need bowling and "
                     "karaoke and, like, all of it."),
                    ("Say no more! What's your name?",
                     "Anneliese Dubé. A-N-N-E-L-I-E-S-E. Dubé with an accent on the e."),
                    ("Love it. And the bride?", "Sienna. She's getting married in Canmore next month."),
                    ("How many in the group?",
                     "Fourteen. Well, thirteen girls and Sienna's brother, he insisted."),
                    ("Ha, okay. What night?",
                     "The Friday after next, I think? Like two weeks and a bit. Eight o'clock?"),
                    ("Friday at 8 PM, yes. I'd do two lanes and the Disco Room for karaoke, it has the "
                     "light-up floor.", "Oh my god, the light-up floor. Yes."),
                    ("Drinks package?", "The Prosecco package. Obviously."),
                    ("That's thirty-five a head with a platter. We need a two hundred dollar deposit.",
                     "Done, I'll e-transfer it tonight."),
                    ("Perfect! Any decorations?",
                     "We're bringing our own sashes and a tiara, so just, like, don't be surprised."),
                ],
                analysis_items(
                    "Bachelorette party booking", "Anneliese to e-transfer the $200 deposit", "",
                    "Bride Sienna; 14 guests; Disco Room; Prosecco package", "none", first_name="Anneliese",
                ),
            ),
            Call(
                BOWLING, 41, "en", "Bachelorette moved to Saturday",
                "Anneliese moved the bachelorette party to the next day, {+11}, at 9 PM because half the "
                "group could not get the Friday off work, and raised the group to 16. One guest is vegan "
                "and one is celiac.",
                [
                    ("Neon Alley, party bookings, Dallas.",
                     "Hi Dallas, it's Anneliese, Sienna's bachelorette."),
                    ("Hey! What's up?",
                     "Okay so change of plans, half the girls can't get off work on the Friday. Can we do "
                     "the Saturday instead? Same time?"),
                    ("Saturday at eight... the Disco Room is taken at eight, but I can do nine o'clock.",
                     "Nine is fine. Later is better honestly."),
                    ("And still fourteen?", "Sixteen now. Two cousins are coming down from Red Deer."),
                    ("Sixteen, okay. Any dietary stuff for the platter?",
                     "One vegan, and one's celiac, so gluten-free, please."),
                    ("No problem, we'll do a vegan and a gluten-free platter on the side.",
                     "You're the best."),
                ],
                {"first_name": "Anneliese"},
            ),
            Call(
                BOWLING, 28, "en", "Jacket left after the bachelorette",
                "Anneliese Dubé called because a guest left her jacket after the bachelorette party in the "
                "Disco Room. Staff will check with the night manager and call her back.",
                [
                    ("Neon Alley, Dallas speaking.",
                     "Hi, it's Anneliese Dubé, we had the bachelorette in the Disco Room on Saturday?"),
                    ("Oh yes! You guys were amazing. The Shania medley!",
                     "Ha, oh god. Um, so one of the girls left her jacket. An olive green bomber, with a "
                     "name tag inside, T-A-M-S-I-N. Tamsin."),
                    ("Let me check the lost and found... I don't see it here, but the night manager might "
                     "have put it away. I'll ask him and call you back.",
                     "Thank you. Oh, and we left a bag of sashes, but whatever, toss those."),
                    ("Ha, okay. Anything else?",
                     "Actually yes, we want to come back for Sienna's birthday in the spring, same room. "
                     "I'll call when I have a date."),
                    ("We'd love that!", "Bye!"),
                ],
                {"first_name": "Anneliese"},
            ),
        ],
        questions=[
            Question(BOWLING, "Who is the bachelorette for?", ("sienna",)),
            Question(BOWLING, "Where is the wedding?", ("canmore",)),
            Question(BOWLING, "When is the party?", _day(41, 11), _day(47, 16)),
            Question(BOWLING, "What time does it start?",
                     ("9 pm", "nine o'clock"), ("8 pm", "eight o'clock")),
            Question(BOWLING, "How many people are coming?", ("sixteen", "16"), ("fourteen", "14")),
            Question(BOWLING, "Which room did they book?", ("disco room",)),
            Question(BOWLING, "What drinks are they having?", ("prosecco",)),
            Question(BOWLING, "How much per head?", ("$35", "thirty-five")),
            Question(BOWLING, "Any dietary needs?", ("vegan", "celiac", "gluten-free")),
            Question(BOWLING, "How is she paying the deposit?", ("e-transfer",)),
            Question(BOWLING, "What are they bringing to decorate?", ("sashes", "tiara")),
            Question(BOWLING, "Who's the one guy in the group?", ("sienna's brother",)),
            Question(BOWLING, "Where are the cousins from?", ("red deer",)),
            Question(BOWLING, "What was left behind?", ("bomber", "jacket")),
            Question(BOWLING, "Whose jacket is it?", ("tamsin",)),
            Question(BOWLING, "What colour is the jacket?", ("olive",)),
            Question(BOWLING, "Why do they want to come back?", ("sienna's birthday",)),
            Question(BOWLING, "Which singer did they do a medley of?", ("shania",)),
            Question(BOWLING, "When did she ring about the lost jacket?", _day(28)),
            Question(BOWLING, "Who is Sienna marrying?", ()),
            Question(BOWLING, "What's Tamsin's phone number?", ()),
            Question(BOWLING, "Which date do they want for the spring booking?", ()),
            Question(BOWLING, "How old is Sienna?", ()),
            Question(BOWLING, "What's the bride's surname?", ()),
            Question(BOWLING, "Did the night manager find the jacket?", ()),
        ],
    ),
    # A French client of the notary: her calls in French, summaries in English and French, the analysis in
    # French once and with "none" for a legal matter once; collecting the document replaced by a courier.
    Caller(
        number="+33687555150",
        names=("Clémence",),
        calls=[
            Call(
                NOTARY, 44, "fr", "Procuration pour la vente à Lyon",
                "The user, Clémence Aubry, spoke French. The family is selling her late mother's apartment "
                "in "
                "Lyon, and the French notary, Maître Girard, sent a power of attorney (procuration) that she "
                "must sign before a notary here. An appointment was booked for {+9} at 11 AM. She must bring "
                "her passport and the four-page document printed single-sided. The fee is $95.",
                [
                    ("Elbow River Notary, Harpreet speaking, how can I help?",
                     "Bonjour... excusez-moi, est-ce que je peux parler en français ?"),
                    ("Bien sûr, madame. Je vous écoute.",
                     "Merci, c'est plus facile. Alors, ma mère est décédée l'année dernière, et on vend son "
                     "appartement à Lyon. Le notaire là-bas, Maître Girard, m'a envoyé une procuration à "
                     "signer devant un notaire ici."),
                    ("Toutes mes condoléances. Une procuration pour qu'il signe la vente à votre place ?",
                     "Voilà. Je ne peux pas aller en France pour la signature."),
                    ("Nous pouvons la notarier. Votre nom, s'il vous plaît ?",
                     "Clémence Aubry. C-L-É-M-E-N-C-E, et Aubry, A-U-B-R-Y."),
                    ("Merci. Le document fait combien de pages ?",
                     "Quatre pages. Il faut parapher chaque page, d'après Maître Girard."),
                    ("D'accord. Apportez votre passeport et le document imprimé recto seulement, pas recto "
                     "verso.", "Recto seulement, d'accord. Et mon passeport français, ça va ?"),
                    ("Oui, le passeport français convient. Je peux vous recevoir dans neuf jours, à onze "
                     "heures.", "Onze heures, parfait."),
                    ("Les frais sont de quatre-vingt-quinze dollars.", "Très bien. Merci beaucoup."),
                ],
                analysis_items(
                    "Procuration pour la vente d'un appartement à Lyon", "Signature de la procuration",
                    "{+9}", "Vente de l'appartement de sa mère décédée à Lyon; notaire Maître Girard; "
                    "apporter le passeport; document imprimé recto seulement", "legal",
                    first_name="Clémence",
                ),
            ),
            Call(
                NOTARY, 30, "fr", "Apostille pour la procuration",
                "L'utilisatrice, Clémence Aubry, a signé la procuration. Maître Girard demande maintenant "
                "une "
                "apostille : l'étude enverra le document au bureau des documents officiels de l'Alberta, "
                "environ dix jours ouvrables, pour 50 dollars de plus et le coursier. Elle passera récupérer "
                "le document. Son frère Thibault, à Montréal, doit aussi signer une procuration.",
                [
                    ("Elbow River Notary, Harpreet speaking.",
                     "Bonjour Harpreet, c'est Clémence Aubry, pour la procuration."),
                    ("Bonjour madame Aubry. Tout s'est bien passé à la signature ?",
                     "Oui, merci. Mais Maître Girard dit maintenant qu'il faut une apostille. Je ne savais "
                     "pas."),
                    ("Oui, pour la France c'est nécessaire. Nous envoyons le document au bureau des "
                     "documents officiels de l'Alberta. Comptez environ dix jours ouvrables.",
                     "Dix jours ouvrables. Et ça coûte combien ?"),
                    ("Cinquante dollars de plus, plus le coursier.",
                     "D'accord. Je passerai le récupérer quand il sera prêt, j'habite à côté."),
                    ("Très bien.",
                     "Et autre chose : mon frère Thibault doit signer aussi, mais il habite à Montréal. Il "
                     "peut faire ça là-bas ?"),
                    ("Oui, il peut voir un notaire au Québec, il lui faudra aussi une apostille.",
                     "Parfait, je lui dis. Merci !"),
                ],
                {"first_name": "Clémence"},
            ),
            Call(
                NOTARY, 7, "fr", "Envoi de la procuration en France",
                "Clémence Aubry asked for the apostilled power of attorney to be sent by DHL directly to "
                "Maître Girard at 12 rue Mercière, 69002 Lyon, instead of collecting it herself, for about "
                "$70. It should arrive on {+4}; the tracking number will be emailed to her.",
                [
                    ("Elbow River Notary, Harpreet speaking.",
                     "Bonjour, c'est encore Clémence Aubry. L'apostille est arrivée ?"),
                    ("Oui, elle est arrivée hier, le document est prêt.",
                     "Super. Écoutez, finalement je ne vais pas venir le chercher. Vous pouvez l'envoyer "
                     "directement à Maître Girard en France ?"),
                    ("Oui, par DHL, c'est environ soixante-dix dollars.",
                     "Oui, faites ça. L'adresse, c'est l'étude de Maître Girard, douze rue Mercière, "
                     "soixante-neuf zéro zéro deux Lyon."),
                    ("12 rue Mercière, 69002 Lyon. Je vous enverrai le numéro de suivi par courriel.",
                     "Merci. La signature de la vente est prévue pour la fin du mois, donc c'est juste."),
                    ("Il devrait arriver en quatre jours.", "Parfait. Merci pour tout, Harpreet."),
                ],
                analysis_items(
                    "Envoi de la procuration en France", "Send the apostilled document by DHL to Maître "
                    "Girard",
                    "{+1}", "12 rue Mercière, 69002 Lyon; DHL", "none", first_name="Clémence",
                ),
            ),
        ],
        questions=[
            Question(NOTARY, "What is being sold in France?", ("mother's apartment", "appartement")),
            Question(NOTARY, "Which city is the property in?", ("lyon",)),
            Question(NOTARY, "Who is the French notary?", ("girard",)),
            Question(NOTARY, "What document did she need notarised?", ("procuration", "power of attorney")),
            Question(NOTARY, "Whose property was it?", ("late mother", "sa mère", "ma mère")),
            Question(NOTARY, "What ID does she need to bring?", ("passport", "passeport")),
            Question(NOTARY, "How should the document be printed?", ("single-sided", "recto seulement")),
            Question(NOTARY, "How long is the document?", ("four-page", "quatre pages")),
            Question(NOTARY, "What does she have to do on every page?", ("parapher",)),
            Question(NOTARY, "What did the notarisation cost?", ("$95", "quatre-vingt-quinze")),
            Question(NOTARY, "When was her signing appointment?", _day(44, 9)),
            Question(NOTARY, "What did the French notary ask for after the signing?", ("apostille",)),
            Question(NOTARY, "How long does the apostille take?", ("dix jours ouvrables",)),
            Question(NOTARY, "Who else in the family has to sign?", ("thibault",)),
            Question(NOTARY, "Where does her brother live?", ("montréal",)),
            Question(NOTARY, "How is the document getting to France?", ("dhl",), ("récupérer",)),
            Question(NOTARY, "What's Maître Girard's address?", ("rue mercière",)),
            Question(NOTARY, "When should the package arrive?", _day(7, 4)),
            Question(NOTARY, "When is the sale being signed in France?", ("fin du mois",)),
            Question(NOTARY, "How much is the courier to France?", ("$70", "soixante-dix")),
            Question(NOTARY, "What's the DHL tracking number?", ()),
            Question(NOTARY, "What was her mother's name?", ()),
            Question(NOTARY, "What's the sale price of the apartment?", ()),
            Question(NOTARY, "What's her passport number?", ()),
            Question(NOTARY, "What's Thibault's phone number?", ()),
            Question(NOTARY, "What's her home address here?", ()),
            Question(NOTARY, "Who is buying the apartment?", ()),
        ],
    ),
    # An older client of the chiropodist: a building door code said once, a blood thinner the analysis
    # leaves out and files under "none", his address changed when he moves in with his daughter.
    Caller(
        number="+15875551507",
        names=("Ambrose",),
        calls=[
            Call(
                CHIROPODY, 60, "en", "Home visits for nail care",
                "The user, Ambrose Lindqvist, booked home visits for nail care because his toenails are "
                "thick and he can no longer reach them. He stopped driving after cataract surgery. Gwen will "
                "visit Unit 304, 2215 Ogden Road SE on {+9} at 10 AM; home visits cost $75 and are usually "
                "every eight weeks.",
                [
                    ("Bow Valley Foot Care, Amrit speaking.",
                     "Good afternoon. My name is Ambrose Lindqvist. L-I-N-D-Q-V-I-S-T. I'm told you do home "
                     "visits."),
                    ("We do, Mr. Lindqvist. What do you need?",
                     "My toenails. They're thick as, well, as horn, and I can't reach them anymore. My "
                     "daughter used to do them but she's busy."),
                    ("That's very common. Can you get to the clinic?",
                     "No, I gave up driving after my cataract operation last year. So it'd have to be here."),
                    ("No problem. Where do you live?",
                     "Unit 304, 2215 Ogden Road Southeast. It's a condo building."),
                    ("How do we get in?",
                     "The front entrance has a keypad. The door code is 3 0 8 2, then I'm on the third "
                     "floor, turn left out of the elevator."),
                    ("Thank you. Home visits are seventy-five dollars, usually every eight weeks.",
                     "Seventy-five. That's fine, I'll pay by cheque if that's alright."),
                    ("Cheque is fine. Gwen can come in nine days, at ten in the morning.",
                     "Ten o'clock. I'll put the kettle on."),
                ],
                {"first_name": "Ambrose"},
            ),
            Call(
                CHIROPODY, 35, "en", "Corn on his little toe",
                "Ambrose Lindqvist has a painful corn on his right little toe that rubs in his slippers. "
                "Gwen "
                "will make an extra home visit on {+4} at 2 PM.",
                [
                    ("Bow Valley Foot Care, Amrit speaking.",
                     "Hello, it's Ambrose Lindqvist. Gwen came to do my nails, lovely girl."),
                    ("Oh good! How can we help today?",
                     "I've got a corn, on the little toe, right foot. It's rubbing something awful in my "
                     "slippers."),
                    ("Ouch. Gwen can take care of that. Would you like her to come before your next visit?",
                     "Yes, please, I'm hobbling."),
                    ("She can come in four days, at two in the afternoon.",
                     "Two o'clock is fine. Oh, and I'm on a blood thinner now, apixaban, the doctor started "
                     "me on it. Does Gwen need to know?"),
                    ("Yes, thank you, I'll note it on your file, she'll be careful.", "Very good."),
                ],
                analysis_items(
                    "Corn on his little toe", "Extra home visit for the corn", "{+4}",
                    "Corn on right little toe; home visits every eight weeks", "none",
                    first_name="Ambrose",
                ),
            ),
            Call(
                CHIROPODY, 9, "en", "Moving in with his daughter",
                "Ambrose Lindqvist is moving in with his daughter Solveig at 418 Bayside Point SW, Airdrie. "
                "Home visits there carry a $20 travel charge. His next visit on {+5} will be at the new "
                "address.",
                [
                    ("Bow Valley Foot Care, Amrit speaking.",
                     "Hello, Ambrose Lindqvist. I'm moving, you see, so you'll need my new address."),
                    ("Of course. Where to?",
                     "In with my daughter, Solveig, in Airdrie. Four-eighteen Bayside Point Southwest."),
                    ("Airdrie, okay. That's outside our usual area, so there's a twenty-dollar travel charge "
                     "on top.", "Twenty dollars, fine. Ninety-five in all, then."),
                    ("That's right. Your next visit is in five days, we'll go to the new address.",
                     "Yes, I move at the weekend. Solveig will let Gwen in, no codes or anything."),
                    ("Perfect.", "And the corn's much better, tell Gwen thank you."),
                ],
                {"first_name": "Ambrose"},
            ),
        ],
        questions=[
            Question(CHIROPODY, "Why can't he come to the clinic?", ("cataract",)),
            Question(CHIROPODY, "What does he need done at the home visits?", ("toenails", "nail care")),
            Question(CHIROPODY, "What's his address?", ("bayside point", "airdrie"), ("ogden road",)),
            Question(CHIROPODY, "Who is he moving in with?", ("solveig",)),
            Question(CHIROPODY, "How much is a home visit?", ("$75", "seventy-five")),
            Question(CHIROPODY, "What's the extra charge for Airdrie?",
                     ("$20", "twenty-dollar", "twenty dollars")),
            Question(CHIROPODY, "How often does Gwen visit?", ("eight weeks",)),
            Question(CHIROPODY, "Which toe has the corn?", ("little toe",)),
            Question(CHIROPODY, "Which foot is it?", ("right foot", "right little toe")),
            Question(CHIROPODY, "Is he on anything that thins the blood?", ("apixaban", "blood thinner")),
            Question(CHIROPODY, "How does he settle the bill?", ("cheque",)),
            Question(CHIROPODY, "When was the extra visit for the corn?", _day(35, 4)),
            Question(CHIROPODY, "When is his next visit?", _day(9, 5)),
            Question(CHIROPODY, "What footwear is rubbing?", ("slippers",)),
            Question(CHIROPODY, "Which floor was his condo on?", ("third floor",)),
            Question(CHIROPODY, "What's the entry code at his old building?", ()),
            Question(CHIROPODY, "What's Solveig's phone number?", ()),
            Question(CHIROPODY, "Who is his family doctor?", ()),
            Question(CHIROPODY, "Which eye had the cataract?", ()),
            Question(CHIROPODY, "How old is Ambrose?", ()),
            Question(CHIROPODY, "What dose of apixaban is he on?", ()),
            Question(CHIROPODY, "What's Solveig's surname?", ()),
        ],
    ),
]  # fmt: skip
