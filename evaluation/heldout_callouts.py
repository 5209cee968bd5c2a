"""A held-out memory set: callers of eight household services, as ElevenLabs would report them.

A chimney sweep, a pest control firm, a domestic appliance repair service, a window cleaner, a septic
tank emptying service, a piano tuner, a solar panel installer and a water softener servicing firm. Ten
callers, 32 calls: a Spanish mother with mice and then wasps and a French father whose piano moved house,
both asked about in English; a couple sharing one phone for their solar panels; a caller of the softener
firm and the appliance repairer whose kidney disease and dialysis are the softener firm's alone (the
repairer only hears which mornings she is out); a caller of the pest control firm and the chimney sweep
about the same raccoons; three calls of 84 exchanges (a chatty widower's chimney, the solar proposal, a new
acreage's septic tank) whose middle holds facts no summary or analysis item repeats; corrections said
plainly and in passing (a liner chosen again, a tank size found on a permit, visits that now suit
mornings, a concierge instead of a roommate, a truck that may now drive down); access codes for a key
safe, a gate and its new code, a padlock and a building entry that no answer may give; and about half of
the calls with the post-call analysis items as ElevenLabs' model fills them (a fact left out, a category
that misfires or says none for a dialysis call, a gate code and an entry code copied into the facts,
values in Spanish or French, a date left empty), the others with the agent's own first-name item only or
nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

CHIMNEY = "agent_hh_chimney_0000000000000000391"
PEST = "agent_hh_pest_0000000000000000000392"
APPLIANCE = "agent_hh_appliance_00000000000000393"
WINDOWS = "agent_hh_windows_0000000000000000394"
SEPTIC = "agent_hh_septic_00000000000000000395"
PIANO = "agent_hh_piano_000000000000000000396"
SOLAR = "agent_hh_solar_000000000000000000397"
SOFTENER = "agent_hh_softener_000000000000000398"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_CHIMNEY_ACKS = [
    "Mm-hm.", "Oh, really?", "Ha!", "Right.", "I bet.", "Oh, nice.", "Sure.", "Yeah.", "Go on.",
    "No kidding.", "That's great.", "Fair enough.",
]  # fmt: skip
_CHIMNEY_TALK = [
    "Thirty-four years on the ferries, I was. Engine room, mostly.",
    "You get used to the noise down there. Now I can't sleep when it's too quiet.",
    "Yes.",
    "It's been raining since October, I think. Typical North Shore.",
    "My granddaughter says I should move somewhere drier. I told her I'd melt.",
    "She's at UBC now, studying engineering. Like her grandpa, sort of.",
    "Mm.",
    "Did you see the Canucks on Saturday? Don't get me started.",
    "Forty years I've been watching that team. Forty years of heartbreak.",
    "Ha, yes.",
    "I walk down to the Quay most mornings for a coffee. Keeps the knees going.",
    "The fellow at the coffee place knows my order before I open my mouth.",
    "Double-double. I know, I know, very Canadian.",
    "Right.",
    "My late wife, Joan, she loved that fireplace. First cold night in November, she'd light it.",
    "She'd sit there with her crossword and a glass of sherry.",
    "I haven't had the heart to light it much since. Well, until this winter.",
    "Mm-hm.",
    "The house is from 1952, you know. Built by a shipwright, the neighbours say.",
    "Solid as anything. They don't build them like that now.",
    "Yes, yes.",
    "My son's in Calgary. Works in oil and gas. He phones on Sundays.",
    "He keeps saying I should get a gas fireplace. Push a button, he says.",
    "Where's the fun in that, I say.",
    "Ha!",
    "I used to do my own chimney, you know, with the brushes on the rods. Years ago.",
    "Not anymore. Not with these knees, not on that roof.",
    "Quite right.",
    "The roof's steep, mind you. Your fellow will want a good ladder.",
    "The gutters need doing too, but that's another phone call.",
    "Oh, I'm rambling.",
    "No, no, I know you've got other calls.",
    "The seagulls have been nesting on the house across the road. Noisy things.",
    "One of them stole a sandwich right out of my hand last summer.",
    "Ha, I'm not joking!",
    "Mm.",
    "I've taken up the ukulele, would you believe. My granddaughter's idea.",
    "I can play three songs. Badly.",
    "Ha, yes.",
    "The neighbours haven't complained. Yet.",
    "Right, right.",
    "Winters on the ferries were the worst. The Strait in a southeaster, my word.",
    "Green water over the bow, once. Never forget it.",
    "Sure.",
    "Anyway, that's all ancient history.",
    "Do you get many calls this time of year? I expect you're run off your feet.",
    "Everybody lights the fire the first cold night and then panics, I suppose.",
    "Ha, yes, like me.",
    "I do like a proper fire though. Nothing like it.",
    "Better than the telly, my wife used to say.",
    "Okay.",
    "Sorry, the kettle's going, hang on a tick.",
    "There. Tea. Where was I.",
    "Yes.",
    "I've got the wood stacked under the carport, all nice and dry.",
    "Under a tarp, mind you, it blows about.",
    "Mm-hm.",
    "Go on.",
    "Yes, I'm listening.",
    "Right you are.",
    "Fair enough.",
    "Oh, I know.",
    "Quite.",
    "Sure, sure.",
    "Yes, I'm still here.",
    "Ha, good one.",
    "Okay, okay.",
    "Lovely.",
    "Indeed.",
    "Right.",
]
_SOLAR_ACKS = [
    "Mm-hm.", "Ha, I love that.", "Totally.", "Oh, for sure.", "Right.", "No rush.", "Aw.", "Yeah.",
    "That's so true.", "Ha!", "Of course.", "Sure.",
]  # fmt: skip
_SOLAR_TALK = [
    "Sorry, it's the last week before spring break and my brain is mush.",
    "I teach grade three, so, you know, twenty-four tiny people with opinions.",
    "Yeah.",
    "We did a unit on renewable energy last term, that's kind of how this all started.",
    "One of my kids asked why we don't have solar at home and I didn't have a good answer.",
    "Ha, so here we are.",
    "Mm.",
    "Our son is seven, he wants to know if the panels will, quote, make the house fly.",
    "Our daughter is eleven and she's already asking if she gets a cut of the savings.",
    "Right?",
    "Owen's an accountant, so he's done about nine spreadsheets on payback.",
    "I just want to watch the little app thing that shows the power going up.",
    "Yeah, exactly.",
    "The garden is my other obsession. Tomatoes, mostly. And zucchini, way too much zucchini.",
    "Every August I'm leaving zucchini on the neighbours' doorsteps like a criminal.",
    "Ha, yes.",
    "Langley summers are so good for tomatoes though.",
    "We moved out here from East Van about six years ago.",
    "More space, the kids have a yard, Owen has a shed he hides in.",
    "Mm-hm.",
    "Sorry, the dog's barking at the delivery guy.",
    "Okay, he's done.",
    "Do a lot of families do this? Like, regular families, not tech people?",
    "Oh good, that makes me feel better.",
    "My mom thinks solar doesn't work in BC because of the rain.",
    "I keep telling her Germany has tons of solar and it's grey there too.",
    "Right, right.",
    "She'll come around. She came around on the heat pump eventually.",
    "Well, sort of. She still wears a sweater inside.",
    "Ha.",
    "I'm going to make the kids do a poster about it for the fridge.",
    "Honestly, I'll probably do a whole lesson about our house.",
    "Yeah.",
    "Is it weird that I'm excited about this? Owen thinks it's weird.",
    "He'll be excited when the bill goes down, trust me.",
    "Mm.",
    "We had a power outage for two days in the windstorm last winter, that was grim.",
    "The kids thought it was a camping trip, I wanted to cry.",
    "Sure.",
    "Sorry, I'm writing all of this down on the printout, there's no room left.",
    "I've got arrows everywhere.",
    "Okay, yeah.",
    "Oh, totally.",
    "That makes sense.",
    "I'll make Owen read this part.",
    "Ha, yes.",
    "Okay, I'm with you.",
    "Right.",
    "Mm-hm.",
    "Sorry, one sec. No, you can't have a popsicle, it's nine in the morning. Sorry, my daughter.",
    "Okay, sorry, back.",
    "Yeah.",
    "Love that.",
    "Okay.",
    "Great.",
    "Perfect.",
    "Got it.",
    "Sure.",
    "Yes.",
    "Mm.",
    "Oh, nice.",
    "Cool.",
    "Right, right.",
    "Ha.",
    "Okay, good.",
    "Yep.",
    "Uh-huh.",
    "Okay, keep going.",
]
_SEPTIC_ACKS = [
    "Mm-hm.", "Ha, I bet.", "Oh, wow.", "Right.", "That's the country for you.", "Sure.", "Yeah.",
    "Ha!", "Oh, I know.", "Fair enough.", "No kidding.", "Go on.",
]  # fmt: skip
_SEPTIC_TALK = [
    "Honestly, six months ago I lived in a condo in Yaletown. Forty-second floor.",
    "Now I own a tractor. An actual tractor.",
    "Yeah.",
    "It's my wife's dream, the horses. She grew up riding.",
    "I grew up in Surrey, I thought a horse was a large dog.",
    "Ha, yeah.",
    "We've got two horses now and I've learned more about hay than I ever wanted to.",
    "Did you know hay has, like, grades? Like wine?",
    "Right?",
    "The chickens were my idea though. Eleven of them.",
    "They all have names. My daughter named them after pop stars.",
    "Mm.",
    "I still work in Surrey three days a week, the drive's not bad.",
    "Forty minutes, unless the Number 1 is a parking lot, which it usually is.",
    "Ha, yes.",
    "The quiet out here is unreal. First week I couldn't sleep, too quiet.",
    "And the stars. You forget there are stars in the city.",
    "Sure.",
    "The neighbours are great. One of them brought us a pie the first day.",
    "An actual pie. Nobody in Yaletown ever brought me a pie.",
    "Mm-hm.",
    "Everything out here breaks though. Fences, pumps, the tractor.",
    "I've watched more YouTube repair videos in six months than in my whole life.",
    "Yeah.",
    "Sorry, I'm rambling, this is all new to me.",
    "The realtor kept saying 'country charm'. Country charm means everything's old.",
    "Ha!",
    "The barn is older than my parents, I think.",
    "But it's beautiful, honestly, I'm not complaining.",
    "Okay.",
    "We had a coyote come through the yard last week. Chickens were not happy.",
    "I'm building them a better run this weekend.",
    "Right.",
    "Is it normal to be a little scared of your own septic system?",
    "Like, I don't want to flush anything wrong.",
    "Ha, yeah, my wife laminated a sign for the bathroom.",
    "Mm.",
    "My brother-in-law says I should just pump it myself. I said absolutely not.",
    "He also thinks he can fix the tractor. He can't.",
    "Sure, sure.",
    "The water tastes amazing out here though, I'll give the place that.",
    "We got it tested when we bought, it was all good.",
    "Okay.",
    "Sorry, the dog's barking at the horses again.",
    "He thinks he's a cattle dog. He is not a cattle dog.",
    "Ha.",
    "Anyway.",
    "Yeah, yeah.",
    "Go ahead.",
    "Right, right.",
    "Okay, cool.",
    "Mm-hm.",
    "Sure.",
    "Yeah.",
    "Makes sense.",
    "Got it.",
    "Uh-huh.",
    "Oh, nice.",
    "Okay.",
    "Good to know.",
    "Ha, okay.",
    "Yep.",
    "Totally.",
    "For sure.",
    "Right.",
    "Okay, sorry, go on.",
    "Yeah, I'm here.",
]


HELDOUT_CALLOUTS: list[Caller] = [
    # A chatty widower's chimney: a long call whose middle holds a key safe code and four facts; the liner
    # chosen again ("not the standard, the insulated") and its price with it.
    Caller(
        number="+16045551901",
        names=("Gordon",),
        calls=[
            Call(
                CHIMNEY, 48, "en", "Chimney sweep booking for smoky fireplace",
                "The user, Gordon Fairweather, booked a chimney sweep and inspection for the wood-burning "
                "insert in his living room at 318 Keith Road East, North Vancouver. The chimney has not been "
                "swept in two years and the room smells smoky when the fire is lit. The sweep is booked for "
                "{+9} at 9 AM, $189 for the sweep and a Level 1 inspection. Gordon chatted at length about "
                "his years on the ferries and his granddaughter.",
                long_call(
                    [
                        ("Top Hat Chimney Sweeps, Colin speaking.",
                         "Oh, hello there. Yes. I'm, uh, I'm calling about getting the chimney done. Swept. "
                         "Is that you folks?"),
                        ("That's us! What's going on with it?",
                         "Well, it's the fireplace, the insert, the wood-burning insert in the living room. "
                         "Every time I light it the whole room smells smoky. Smoky, like a campfire, you "
                         "know."),
                        ("Hm, when was it last swept?",
                         "Oh, gosh. Two years? Two winters ago, I think. My late wife always kept track of "
                         "that sort of thing."),
                        ("Okay, it's definitely due. Can I get your name?",
                         "Gordon Fairweather. That's F-A-I-R, and weather like the rain."),
                        ("Ha, thanks Gordon. And the address?", "Three eighteen Keith Road East. North Van."),
                        ("Got it, 318 Keith Road East. Is it a one-storey house?",
                         "A storey and a half. The chimney goes up past the dormer."),
                        ("Okay. We'd do a sweep and a Level 1 inspection together, that's a hundred and "
                         "eighty-nine dollars.", "A hundred and eighty-nine. That's fair, I suppose. Fine."),
                        ("Great. Any questions before we book?",
                         "No, no, I'm sure you know what you're doing. I'm just chatty, you'll have "
                         "noticed."),
                    ],
                    [
                        ("Ha, not at all.",
                         "Oh, I should say, the damper's stiff. You have to jiggle the handle left and then "
                         "pull, or it won't budge."),
                        ("Good to know, thanks.",
                         "And I only burn alder, mostly alder, my nephew Stuart splits it for me and brings "
                         "it down by the truckload."),
                        ("Nice, alder burns clean.",
                         "If I'm out, there's a key safe by the back door, the key safe code is 6 2 7 4, the "
                         "house key's in there. The fireplace is straight through the kitchen."),
                        ("Perfect, I'll put that on the work order.",
                         "And mind the cat, Bramble, she'll try to climb into the firebox if you leave it "
                         "open. She's a menace."),
                    ],
                    [
                        ("So, I have nine days from now, at nine in the morning. Does that work?",
                         "Nine o'clock. Yes, I'll be up, I'm always up by six."),
                        ("Great, you're booked. The tech will text when he's on the way.",
                         "Text, right. My granddaughter set me up with the texting. I can do that."),
                        ("Anything else I can help with, Gordon?",
                         "No, that's everything. You've been very patient with an old ferry man."),
                        ("My pleasure. See you soon.", "Cheerio, Colin."),
                    ],
                    acks=_CHIMNEY_ACKS,
                    talk=_CHIMNEY_TALK,
                ),
                {"first_name": "Gordon"},
            ),
            Call(
                CHIMNEY, 36, "en", "Cracked flue tile found at sweep",
                "Gordon called after the sweep. The technician found a cracked flue tile about halfway up, "
                "which is likely why the room smells of smoke. The agent quoted $2,850 for a standard "
                "stainless steel liner and asked him not to use the fireplace until it is fixed. Gordon "
                "wants to think about it.",
                [
                    ("Top Hat Chimney Sweeps, Colin speaking.",
                     "Colin, hi, it's Gordon Fairweather, on Keith Road. Your young fella came and did the "
                     "chimney."),
                    ("Yes, Gordon, I've got his notes here. He found a cracked flue tile, about halfway up.",
                     "He showed me the photo. Looked like a dinner plate someone dropped."),
                    ("Ha, pretty much. That crack is probably why you're smelling smoke. We'd recommend a "
                     "stainless steel liner.", "A liner. And what does that run me?"),
                    ("A standard stainless liner, fitted, is two thousand eight hundred and fifty dollars.",
                     "Oof. Two thousand eight hundred and fifty. Let me, uh, let me think about that. I'll "
                     "talk it over with my daughter, she's good with money."),
                    ("Of course. And please don't use the fireplace until it's fixed.",
                     "No, no. I'll put the space heater on. Thanks, Colin."),
                ],
                analysis_items(
                    "Cracked flue tile and liner quote", "Gordon to decide on the stainless steel liner", "",
                    "Cracked flue tile halfway up; standard stainless liner quoted at $2,850; not to use the "
                    "fireplace until repaired", "none", first_name="Gordon",
                ),
            ),
            Call(
                CHIMNEY, 6, "en", "Insulated liner approved",
                "Gordon approved an insulated stainless steel liner instead of the standard one, for $3,240 "
                "installed. Installation is booked for {+12} starting at 8 AM and takes one day. His "
                "daughter Fiona will be there to let the crew in.",
                [
                    ("Top Hat Chimney Sweeps, Colin speaking.",
                     "Colin, it's Gordon again. Fairweather. About the liner."),
                    ("Hi Gordon! Have you had a think?",
                     "I have. My daughter, Fiona, she read up on it, and she says get the insulated one. So, "
                     "uh, not the standard, the insulated liner."),
                    ("The insulated stainless liner, good choice, it drafts better. That one is three "
                     "thousand two hundred and forty dollars, installed.",
                     "Three thousand two hundred and forty. Yes. Go ahead."),
                    ("Great. We can install it twelve days from now, starting at eight a.m., it's a one-day "
                     "job.", "Eight o'clock. Fiona will be here, she'll let your crew in."),
                    ("Perfect. Talk soon, Gordon.", "Bye now."),
                ],
                {"first_name": "Gordon"},
            ),
        ],
        questions=[
            Question(CHIMNEY, "What kind of fireplace does he have?", ("wood-burning insert",)),
            Question(CHIMNEY, "Where does he live?", ("318 keith road", "three eighteen keith")),
            Question(CHIMNEY, "Why did he call in the first place?", ("smoky", "smells of smoke")),
            Question(CHIMNEY, "How long since the chimney was last swept?", ("two years", "two winters")),
            Question(CHIMNEY, "What's the trick with the damper?", ("jiggle", "stiff")),
            Question(CHIMNEY, "What timber does he put on the fire?", ("alder",)),
            Question(CHIMNEY, "Who supplies his firewood?", ("stuart", "nephew")),
            Question(CHIMNEY, "Is there an animal the crew should watch out for?", ("bramble",)),
            Question(CHIMNEY, "Where is the key safe?", ("back door",)),
            Question(CHIMNEY, "What's the key safe code?", ()),
            Question(CHIMNEY, "What did the sweep find?", ("cracked flue tile", "flue tile")),
            Question(CHIMNEY, "Which liner did he go with?", ("insulated",), ("standard",)),
            Question(CHIMNEY, "How much is the liner job?",
                     ("3,240", "three thousand two hundred and forty"),
                     ("2,850", "two thousand eight hundred and fifty")),
            Question(CHIMNEY, "When is the liner going in?", _day(6, 12)),
            Question(CHIMNEY, "When was the sweep?", _day(48, 9)),
            Question(CHIMNEY, "When did he last call about the liner?", _day(6)),
            Question(CHIMNEY, "Who is letting the installers in?", ("fiona",)),
            Question(CHIMNEY, "What's Fiona's phone number?", ()),
            Question(CHIMNEY, "What brand is the insert?", ()),
            Question(CHIMNEY, "How tall is the chimney?", ()),
            Question(CHIMNEY, "Has he ever had a chimney fire?", ()),
            Question(CHIMNEY, "What's his granddaughter's name?", ()),
        ],
    ),
    # A couple on one phone: a long call about the proposal whose middle holds four facts, a battery added
    # and its price, the installation moved for a wedding.
    Caller(
        number="+16045551902",
        names=("Owen", "Tessa"),
        calls=[
            Call(
                SOLAR, 60, "en", "Solar quote and site assessment",
                "The user, Owen Lindgren, asked for a solar quote for his house at 7 Birchwood Crescent, "
                "Langley. The main roof faces south and their BC Hydro bill averages about $210 a month. The "
                "agent booked a site assessment for {+5} at 1 PM.",
                [
                    ("Sunward Solar, this is Priyanka, how can I help?",
                     "Hi, yeah, um, we're thinking about solar panels and I wanted to get, uh, a quote, I "
                     "guess? Or someone to come look?"),
                    ("Absolutely. Can I get your name?", "Owen Lindgren. L-I-N-D-G-R-E-N."),
                    ("Thanks, Owen. What's the address?", "Seven Birchwood Crescent, in Langley."),
                    ("And do you know which way the roof faces?",
                     "The big side faces south. Pretty much due south. The garage roof faces, uh, east-ish."),
                    ("Great, south is ideal. Roughly what's your hydro bill?",
                     "Averages about two hundred and ten a month. More in winter, we've got baseboard "
                     "heaters in the basement."),
                    ("Okay. I'll book a site assessment. How's one o'clock, five days from now?",
                     "One works. My wife Tessa might be the one home, she's, uh, she's the one who's really "
                     "into this."),
                    ("No problem, either of you is fine.", "Cool. Thanks, Priyanka."),
                ],
                analysis_items(
                    "Solar quote request", "Site assessment at the house", "{+5}",
                    "7 Birchwood Crescent, Langley; roof faces south; hydro bill about $210 a month", "none",
                    first_name="Owen",
                ),
            ),
            Call(
                SOLAR, 45, "en", "Going through the solar proposal",
                "The user, Tessa Lindgren, went through proposal P-3308 with the agent: sixteen 400-watt "
                "panels, a 6.4 kW system with Enphase microinverters on the south roof, estimated at $19,600 "
                "before the rebate. She asked about adding a battery; the agent will email her the battery "
                "options. Tessa chatted about her kids, her class and her garden during the call.",
                long_call(
                    [
                        ("Sunward Solar, Priyanka speaking.",
                         "Hi Priyanka! It's Tessa, Tessa Lindgren, Owen's wife? Your assessor came out last "
                         "week."),
                        ("Hi Tessa! Yes, did you get the proposal?",
                         "I did, P-3308, I've got it printed out on the kitchen table with, like, coffee "
                         "rings on it already. Can we go through it? I have questions. Lots. Sorry in "
                         "advance."),
                        ("Of course, take your time. So it's sixteen panels, four hundred watts each.",
                         "Sixteen, okay. And that makes the, um, six point four?"),
                        ("Exactly, six point four kilowatts.",
                         "Okay, six point four kilowatts. And those all go on the south side?"),
                        ("All sixteen on the south roof, yes. Nothing on the garage.",
                         "Good, the garage roof is kind of a mess anyway."),
                        ("And we'd use Enphase microinverters, one under each panel.",
                         "Micro, okay, so if one panel gets shaded the rest keep going? Owen explained it "
                         "but I want to hear it from you."),
                        ("That's exactly it.",
                         "Great. And the price, nineteen thousand six hundred, that's before the rebate?"),
                        ("Before the rebate, yes.", "Okay. Okay. Hang on, I'm writing on the printout."),
                    ],
                    [
                        ("Sure.",
                         "Oh, before I forget, the roof. It's not old, we had it reshingled in 2019, so you "
                         "won't have to tear anything off, right?"),
                        ("2019 is great, no need.",
                         "And the electrical panel is only 100 amp. The electrician who did our hot tub said "
                         "we'd probably need to go to 200 one day."),
                        ("We'll check the panel, thanks.",
                         "Oh, and the neighbours' big cedar, on the west side, it throws shade on that "
                         "corner after about three in the afternoon."),
                        ("The microinverters will help with that.",
                         "Also we're getting an electric car next spring, a Kia EV6, so we'll want to charge "
                         "it at home, if that changes anything."),
                    ],
                    [
                        ("That's good to know, it might push you toward a battery.",
                         "Yeah, that's the other thing, can we add a battery? What are the options?"),
                        ("There are a couple. I'll email you the battery options with prices.",
                         "Email me, not Owen, he reads them and doesn't answer."),
                        ("Ha, will do. Anything else for now?",
                         "No, I think that's it. You've been amazing, honestly."),
                        ("Happy to help, Tessa. Bye for now.", "Bye!"),
                    ],
                    acks=_SOLAR_ACKS,
                    talk=_SOLAR_TALK,
                    start=2,
                ),
                {"first_name": "Tessa"},
            ),
            Call(
                SOLAR, 25, "en", "Solar proposal accepted with battery",
                "Owen Lindgren accepted the solar proposal with a 13.5 kWh battery added, for a total of "
                "$31,200, and paid the deposit. Installation is booked for {+24}, starting at 8 AM, and "
                "should take two days.",
                [
                    ("Sunward Solar, Priyanka speaking.",
                     "Hey, it's Owen Lindgren. So, uh, we talked it over and we're going for it. With the "
                     "battery."),
                    ("Fantastic! Which battery did you two settle on?",
                     "The thirteen and a half kilowatt-hour one. Tessa did the spreadsheet, don't ask me."),
                    ("The 13.5 kWh, great. With the battery, the total comes to thirty-one thousand two "
                     "hundred dollars.", "Thirty-one two. Yeah. I just paid the deposit on the portal."),
                    ("I see it, thank you. We can install in twenty-four days, starting at eight, it takes "
                     "about two days.", "Two days, okay. We'll both be around."),
                    ("Perfect. I'll send the rebate paperwork too.", "Great, thanks."),
                ],
                analysis_items(
                    "Solar proposal accepted", "Install the panels and battery", "{+24}",
                    "16 panels, 6.4 kW, Enphase microinverters; 13.5 kWh battery; total $31,200; deposit "
                    "paid", "finance", first_name="Owen",
                ),
            ),
            Call(
                SOLAR, 4, "en", "Solar installation moved",
                "Tessa asked to move the solar installation to {+11} because the family will be away at "
                "Owen's sister's wedding on the original dates. The agent agreed; the crew still starts at 8 "
                "AM.",
                [
                    ("Sunward Solar, Priyanka speaking.",
                     "Hi Priyanka, it's Tessa Lindgren. Um, awkward, but can we move the install? We totally "
                     "forgot Owen's sister's wedding is that weekend, in Kelowna, and we'll be away."),
                    ("No problem. The earliest after that would be eleven days from today. Same eight a.m. "
                     "start.", "Eleven days, perfect, we're back by then."),
                    ("Great, I've moved it.",
                     "And when the crew comes, the side gate sticks, you have to lift it a bit to open it."),
                    ("Lift the side gate, got it.", "Thanks! Sorry again."),
                ],
                {"first_name": "Tessa"},
            ),
        ],
        questions=[
            Question(SOLAR, "How many panels are they getting?", ("sixteen", "16")),
            Question(SOLAR, "What size is the system?", ("6.4", "six point four")),
            Question(SOLAR, "Which inverters?", ("enphase",)),
            Question(SOLAR, "Where is the house?", ("birchwood",)),
            Question(SOLAR, "Which way does the main roof face?", ("south",)),
            Question(SOLAR, "What's the proposal reference?", ("p-3308",)),
            Question(SOLAR, "How big is the battery?", ("13.5", "thirteen and a half")),
            Question(SOLAR, "What's the total price now?", ("31,200", "thirty-one two"),
                     ("19,600", "nineteen thousand six hundred")),
            Question(SOLAR, "When is the installation?", _day(4, 11), _day(25, 24)),
            Question(SOLAR, "What time does the crew start?", ("8 am", "eight a.m", "starting at eight")),
            Question(SOLAR, "When were the shingles last replaced?", ("2019",)),
            Question(SOLAR, "What's the rating of their electrical service?", ("100 amp",)),
            Question(SOLAR, "What shades the roof in the afternoon?", ("cedar",)),
            Question(SOLAR, "Which vehicle are they buying?", ("ev6",)),
            Question(SOLAR, "What do they usually pay for power each month?",
                     ("210", "two hundred and ten")),
            Question(SOLAR, "Any trick to the side gate?", ("lift",)),
            Question(SOLAR, "Why did they postpone the install?", ("wedding", "kelowna")),
            Question(SOLAR, "What's Tessa's email address?", ()),
            Question(SOLAR, "What brand are the panels?", ()),
            Question(SOLAR, "How much was the deposit?", ()),
            Question(SOLAR, "How big is the rebate?", ()),
            Question(SOLAR, "What's Owen's sister called?", ()),
            Question(SOLAR, "Which battery model is it?", ()),
        ],
    ),
    # A Spanish mother in Vancouver: her calls in Spanish, the questions in English; the visiting time that
    # suited afternoons now suits mornings, said in passing ("eso ha cambiado").
    Caller(
        number="+34604555193",
        names=("Carmen",),
        calls=[
            Call(
                PEST, 40, "es", "Mice in the kitchen and attic",
                "The user, Carmen Ruiz, spoke Spanish. She has mice in the kitchen and hears them in the "
                "attic at night at her house at 5862 Fraser Street, Vancouver. She has a two-year-old son "
                "and a cat, Canela, so she asked for child- and pet-safe treatment; the agent suggested "
                "tamper-proof bait stations. An inspection is booked for {+3} at 2 PM. She asked that visits "
                "be in the afternoon.",
                [
                    ("Coastline Pest Control, this is Jas, how can I help?",
                     "Hola, eh... sorry, my English is not very good. ¿Alguien habla español?"),
                    ("Sí, claro, hablo español. ¿En qué le puedo ayudar?",
                     "¡Ay, qué bien! Mire, tenemos ratones. En la cocina, y por la noche los oigo en el "
                     "ático, corriendo. ¡Qué asco!"),
                    ("Entiendo. ¿Me dice su nombre?", "Carmen Ruiz. Ruiz con zeta al final, R-U-I-Z."),
                    ("Gracias, Carmen. ¿Y la dirección?", "Cinco ocho seis dos, Fraser Street. El 5862."),
                    ("¿Hay niños o mascotas en la casa?",
                     "Sí, las dos cosas. Tengo un niño de dos años, que lo toca todo, y una gata, Canela. "
                     "Por eso necesito algo seguro, nada de veneno por el suelo."),
                    ("Usamos estaciones de cebo a prueba de manipulación, cerradas. Ni el niño ni la gata "
                     "pueden abrirlas.", "Vale, así me quedo más tranquila."),
                    ("Le puedo mandar un técnico para una inspección dentro de tres días. ¿Por la mañana?",
                     "No, no, por la mañana no, por favor. Mi marido, Javier, trabaja de noche y duerme por "
                     "las mañanas. Mejor por la tarde, después de la una."),
                    ("Perfecto, a las dos de la tarde.", "A las dos, genial. Muchas gracias."),
                ],
                analysis_items(
                    "Ratones en la cocina y el ático", "Inspección en casa", "{+3}",
                    "5862 Fraser Street; niño de dos años; gata Canela; visitas por la tarde", "none",
                    first_name="Carmen",
                ),
            ),
            Call(
                PEST, 33, "es", "Mouse plan after the inspection",
                "Carmen Ruiz heard the inspection results: the mice get in through a gap around the dryer "
                "vent outside. She accepted a three-visit plan for $420 that includes sealing the gap with "
                "steel mesh. The next visit is on {+7} in the afternoon.",
                [
                    ("Coastline Pest Control, Jas al habla.",
                     "Hola Jas, soy Carmen Ruiz, la de los ratones."),
                    ("¡Hola Carmen! El técnico dejó su informe. Encontró por dónde entran: un hueco "
                     "alrededor de la salida de la secadora, por fuera.",
                     "¿La secadora? ¡Qué cosas! Ni se me habría ocurrido."),
                    ("Proponemos un plan de tres visitas: sellamos el hueco con malla de acero y revisamos "
                     "las estaciones. Son cuatrocientos veinte dólares en total.",
                     "Cuatrocientos veinte... vale, sí, adelante. Lo que sea para que se vayan."),
                    ("La próxima visita sería dentro de una semana, por la tarde como siempre.",
                     "Por la tarde, sí. Ah, y el técnico, Ravi, muy majo, a Canela le encantó."),
                    ("Se lo diré. ¡Hasta pronto!", "¡Adiós, gracias!"),
                ],
                {"first_name": "Carmen"},
            ),
            Call(
                PEST, 10, "es", "Nido de avispas en el alero",
                "Carmen Ruiz llamó porque hay un nido de avispas bajo el alero, encima de la puerta de "
                "atrás. Ya no hay ratones. El agente reservó la retirada del nido para el {+2} a las nueve, "
                "por 180 dólares. Carmen dijo que ahora prefiere las visitas por las mañanas.",
                [
                    ("Coastline Pest Control, Jas al habla.",
                     "Hola Jas, Carmen Ruiz otra vez. Buenas noticias: ¡ya no hay ratones! Ni uno."),
                    ("¡Qué bien! ¿Y en qué le ayudo hoy?",
                     "Pues ahora son avispas. Hay un nido debajo del alero, justo encima de la puerta de "
                     "atrás, así, grande como un balón de fútbol."),
                    ("Vaya. Eso hay que quitarlo pronto, sobre todo con el niño. Son ciento ochenta dólares "
                     "la retirada.", "Ciento ochenta, vale."),
                    ("Puedo mandar a alguien pasado mañana. ¿Por la tarde, como siempre?",
                     "No, mira, eso ha cambiado. Javier ya trabaja de día, así que ahora mejor por las "
                     "mañanas. Temprano, si puede ser."),
                    ("Perfecto, por la mañana entonces, a las nueve.", "A las nueve, estupendo."),
                ],
                analysis_items(
                    "Wasp nest under the eaves", "Quitar el nido de avispas", "",
                    "Nest above the back door; prefers morning visits now; $180", "none",
                    first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(PEST, "What pest did she first call about?", ("mice", "ratones")),
            Question(PEST, "Where did she hear them at night?", ("attic", "ático")),
            Question(PEST, "What's her cat called?", ("canela",)),
            Question(PEST, "How old is her little boy?", ("two-year-old", "dos años")),
            Question(PEST, "How were the mice getting in?", ("dryer vent", "secadora")),
            Question(PEST, "How much was the mouse plan?", ("420", "cuatrocientos veinte")),
            Question(PEST, "How many visits were in the plan?", ("three-visit", "tres visitas")),
            Question(PEST, "What kind of bait setup did they agree on?",
                     ("tamper-proof", "prueba de manipulación")),
            Question(PEST, "What time of day should we visit her?", ("por las mañanas", "morning visits"),
                     ("afternoon", "por la tarde")),
            Question(PEST, "Why didn't mornings suit her before?", ("trabaja de noche", "duerme")),
            Question(PEST, "What's her husband called?", ("javier",)),
            Question(PEST, "Where is the wasp nest?", ("eaves", "alero")),
            Question(PEST, "How much is the wasp removal?", ("180", "ciento ochenta")),
            Question(PEST, "When is the wasp nest coming down?", _day(10, 2)),
            Question(PEST, "What time is the wasp visit?", ("a las nueve",)),
            Question(PEST, "When was the first inspection?", _day(40, 3)),
            Question(PEST, "Which technician did the family take to?", ("ravi",)),
            Question(PEST, "What's her address?", ("5862 fraser", "fraser street")),
            Question(PEST, "What brand of bait do we use?", ()),
            Question(PEST, "Is anyone in the house allergic to stings?", ()),
            Question(PEST, "What's Javier's phone number?", ()),
            Question(PEST, "How old is Canela?", ()),
            Question(PEST, "What's her email address?", ()),
            Question(PEST, "How big is the attic?", ()),
        ],
    ),
    # A French father: his calls in French, summaries in English and French, the analysis items in French;
    # the family moved house, and the humidity system he put off he now wants.
    Caller(
        number="+33604555194",
        names=("Benoît",),
        calls=[
            Call(
                PIANO, 55, "fr", "Piano tuning and pitch raise",
                "The user, Benoît Garnier, spoke French. He booked a tuning for his Yamaha U3 upright piano "
                "at 4471 West 12th Avenue, Vancouver, for {+8} at 2 PM. The piano has not been tuned in "
                "three years, so it needs a pitch raise ($95) on top of the $165 tuning. His daughter Léa "
                "takes lessons.",
                [
                    ("Keynote Piano Service, Anton speaking.",
                     "Bonjour... euh, excusez-moi, vous parlez français ?"),
                    ("Oui, je parle français. Comment puis-je vous aider ?",
                     "Ah, formidable. Voilà, j'ai un piano droit, un Yamaha U3, et il est complètement "
                     "désaccordé. Ma fille fait ses gammes et c'est... c'est douloureux."),
                    ("Ha, je comprends. Il a été accordé quand pour la dernière fois ?",
                     "Euh... il y a trois ans ? Oui, trois ans, avant notre déménagement de Montréal."),
                    ("Alors il faudra une remise au diapason avant l'accord, il a dû baisser. C'est "
                     "quatre-vingt-quinze dollars en plus de l'accord à cent soixante-cinq.",
                     "D'accord, d'accord. On fait les deux."),
                    ("Votre nom, s'il vous plaît ?",
                     "Benoît Garnier. Benoît avec un accent circonflexe sur le i. G-A-R-N-I-E-R."),
                    ("Et l'adresse ?", "Quatre mille quatre cent soixante et onze, West 12th Avenue. 4471."),
                    ("Je peux venir dans huit jours, à quatorze heures ?",
                     "Quatorze heures, parfait. Léa sera rentrée de l'école, elle voudra vous regarder "
                     "travailler."),
                    ("Avec plaisir. À bientôt.", "Merci, au revoir !"),
                ],
                analysis_items(
                    "Accord de piano", "Accord et remise au diapason", "{+8}",
                    "Piano droit Yamaha U3; pas accordé depuis trois ans; 4471 West 12th Avenue", "none",
                    first_name="Benoît",
                ),
            ),
            Call(
                PIANO, 30, "fr", "Touche qui colle et humidité",
                "L'utilisateur, Benoît Garnier, a signalé qu'une touche colle depuis l'accord : le fa dièse "
                "au-dessus du do central. Anton pense que c'est l'humidité et a recommandé un système "
                "Dampp-Chaser à 540 dollars. Benoît préfère attendre et acheter un humidificateur.",
                [
                    ("Keynote Piano Service, Anton à l'appareil.",
                     "Bonjour Anton, c'est Benoît Garnier. Le piano sonne très bien, merci, mais il y a une "
                     "touche qui colle."),
                    ("Ah. Laquelle ?",
                     "Le fa dièse, juste au-dessus du do central. Elle descend et elle remonte tout "
                     "doucement, comme si elle était fatiguée."),
                    ("C'est souvent l'humidité, le bois gonfle. Où se trouve le piano dans la maison ?",
                     "Contre le mur extérieur du salon, à côté d'une bouche de chauffage. C'est mal, hein ?"),
                    ("Ce n'est pas idéal. Je recommanderais un système Dampp-Chaser, installé dans le piano. "
                     "C'est cinq cent quarante dollars, posé.",
                     "Cinq cent quarante... Hmm. Pour l'instant on va acheter un humidificateur, et on "
                     "verra."),
                    ("Très bien. Et si vous pouvez, éloignez-le un peu de la bouche de chauffage.",
                     "Oui, je vais demander à mon beau-frère de m'aider à le pousser."),
                ],
                {"first_name": "Benoît"},
            ),
            Call(
                PIANO, 3, "fr", "Tuning at the new address before the recital",
                "Benoît Garnier said the family has moved to 3318 Point Grey Road and the movers took the "
                "piano. He booked a tuning at the new address for {+14} at 10 AM, before his daughter Léa's "
                "recital on {+18}. He now wants the Dampp-Chaser system after all, installed at the same "
                "visit.",
                [
                    ("Keynote Piano Service, Anton à l'appareil.",
                     "Bonjour Anton, Benoît Garnier. Alors, grande nouvelle, on a déménagé !"),
                    ("Félicitations ! Où êtes-vous maintenant ?",
                     "Au 3318 Point Grey Road. Trois mille trois cent dix-huit. Avec vue sur la mer, enfin, "
                     "un petit bout de mer."),
                    ("Magnifique. Et le piano a survécu au déménagement ?",
                     "Les déménageurs l'ont porté, mais il sonne faux de nouveau, et Léa a son récital dans "
                     "dix-huit jours."),
                    ("Je peux passer dans quatorze jours, à dix heures du matin.",
                     "Dix heures, parfait. Et vous savez quoi, installez aussi le Dampp-Chaser. La nouvelle "
                     "maison est encore plus humide, on est au bord de l'eau."),
                    ("Très bien, je l'installe pendant la même visite.", "Parfait. Merci Anton !"),
                ],
                analysis_items(
                    "Accord après déménagement", "Accord et installation du Dampp-Chaser", "{+14}",
                    "Nouvelle adresse : 3318 Point Grey Road; récital de Léa", "none", first_name="Benoît",
                ),
            ),
        ],
        questions=[
            Question(PIANO, "What piano does he have?", ("yamaha u3", "u3")),
            Question(PIANO, "How long had it gone without a tuning?", ("three years", "trois ans")),
            Question(PIANO, "What did the pitch raise cost?", ("95", "quatre-vingt-quinze")),
            Question(PIANO, "What's the regular tuning fee?", ("165", "cent soixante-cinq")),
            Question(PIANO, "Who in the family is learning?", ("léa", "ma fille")),
            Question(PIANO, "Which note is sticking?", ("fa dièse",)),
            Question(PIANO, "Where does the instrument stand in the room?",
                     ("mur extérieur", "bouche de chauffage")),
            Question(PIANO, "What was recommended for the humidity?", ("dampp-chaser",)),
            Question(PIANO, "How much does that system cost?", ("540", "cinq cent quarante")),
            Question(PIANO, "What is he doing about the humidity now?", ("dampp-chaser",),
                     ("humidificateur",)),
            Question(PIANO, "What's his address?", ("3318 point grey", "point grey road"),
                     ("4471 west 12th", "west 12th")),
            Question(PIANO, "When is the next tuning?", _day(3, 14)),
            Question(PIANO, "What time is the next tuning?", ("10 am", "dix heures")),
            Question(PIANO, "When is Léa's recital?", _day(3, 18)),
            Question(PIANO, "Which city did the family come from?", ("montréal",)),
            Question(PIANO, "Who's going to help him shift the piano?", ("beau-frère",)),
            Question(PIANO, "What piece is Léa playing?", ()),
            Question(PIANO, "Who is Léa's piano teacher?", ()),
            Question(PIANO, "What's his wife's name?", ()),
            Question(PIANO, "What's the piano's serial number?", ()),
            Question(PIANO, "How old is Léa?", ()),
        ],
    ),
    # One caller of a softener firm and an appliance repairer: her kidney disease, dialysis and salt
    # substitute are the softener firm's alone; the repairer only hears which mornings she is out. The
    # dialysis call's analysis says "none".
    Caller(
        number="+16045551905",
        names=("Ruth",),
        private_to={SOFTENER: ("kidney", "dialysis", "nephrologist", "potassium", "sodium")},
        calls=[
            Call(
                SOFTENER, 50, "en", "Annual softener service and a salt alternative",
                "The user, Ruth Callaghan, booked the annual service of her Fleck 5600 softener for {+6}. "
                "She has chronic kidney disease and her nephrologist told her to cut down on sodium, so she "
                "is considering switching from salt to potassium chloride once her doctor agrees. She also "
                "wants a bypass tap fitted at the kitchen sink so her drinking water skips the softener.",
                [
                    ("PureFlow Water Softening, Kyle speaking.",
                     "Hello Kyle, it's Ruth Callaghan. I think I'm due for my annual service? The Fleck, "
                     "the, um, Fleck 5600."),
                    ("Let me look... yes, you're due. Anything else going on with it?",
                     "Well, yes. This is a bit personal, but I've got chronic kidney disease, stage three, "
                     "and my nephrologist wants me to cut right down on sodium. She said softened water adds "
                     "sodium."),
                    ("That's right, it does add a bit. A lot of our customers in that situation switch to "
                     "potassium chloride instead of salt.",
                     "Potassium chloride. Is that safe for me? Oh, I'll have to check with her, potassium's "
                     "tricky with kidneys too."),
                    ("Definitely check with your doctor first. The other option is a bypass tap at the "
                     "kitchen sink, so your drinking water skips the softener.",
                     "Oh, I like that. Let's do the bypass tap either way. And I'll ask about the "
                     "potassium."),
                    ("We can do the service and fit the tap at the same visit, six days from now, in the "
                     "morning.", "Morning's good. Thank you, Kyle."),
                ],
                analysis_items(
                    "Softener service and low-sodium options",
                    "Annual service and fit a bypass tap at the kitchen sink", "{+6}",
                    "Fleck 5600 softener; chronic kidney disease, nephrologist advised cutting sodium; "
                    "considering potassium chloride", "health", first_name="Ruth",
                ),
            ),
            Call(
                APPLIANCE, 35, "en", "Dishwasher leaking from the door",
                "Ruth Callaghan reported that her Bosch dishwasher, about eight years old, leaks from the "
                "bottom of the door. A technician will visit 1123 Marine Crescent, Coquitlam on {+3} between "
                "12 and 4 PM; the call-out fee is $89.",
                [
                    ("Fixwell Appliance Repair, Nadia speaking.",
                     "Hello, yes, my dishwasher's leaking. There's a puddle every time, from the bottom of "
                     "the door."),
                    ("Oh no. What make is it?", "A Bosch. It's about eight years old. The silver one."),
                    ("Could be the door gasket. Can I get your name and address?",
                     "Ruth Callaghan. Eleven twenty-three Marine Crescent, in Coquitlam."),
                    ("When suits you for a visit? We have mornings and afternoons.",
                     "Not Monday, Wednesday or Friday mornings, I'm out those mornings. Afternoons are "
                     "fine."),
                    ("Three days from now, between twelve and four?",
                     "That's fine. Oh, and I have a dog, Pickles, he's a big softie, he just barks a lot."),
                    ("No problem. The call-out fee is eighty-nine dollars.", "Eighty-nine, fine. Thank you."),
                ],
            ),
            Call(
                APPLIANCE, 12, "en", "Dryer not heating",
                "Ruth said the technician replaced the dishwasher door gasket and it no longer leaks. Now "
                "her Whirlpool dryer runs but is not heating. A technician will come on {+5} in the "
                "afternoon.",
                [
                    ("Fixwell Appliance Repair, Nadia speaking.",
                     "Hi Nadia, Ruth Callaghan. The dishwasher's perfect now, your fellow replaced the "
                     "gasket."),
                    ("Great! What can we help with?",
                     "Now it's the dryer. It's a Whirlpool, it tumbles away but it isn't heating. Everything "
                     "comes out damp."),
                    ("Sounds like a heating element or a thermal fuse. Afternoon again?",
                     "Afternoon, yes. And remember, not Monday, Wednesday or Friday mornings."),
                    ("Noted. Five days from now, in the afternoon.", "Thank you, dear."),
                ],
                {"first_name": "Ruth"},
            ),
            Call(
                SOFTENER, 14, "en", "Potassium chloride deliveries",
                "Ruth said her nephrologist approved potassium chloride, and she has started dialysis three "
                "mornings a week (Monday, Wednesday and Friday), so visits can only be on Tuesdays or "
                "Thursdays. The agent set up a delivery of 4 bags of potassium chloride every 6 weeks, "
                "starting {+8}.",
                [
                    ("PureFlow Water Softening, Kyle speaking.",
                     "Hi Kyle, Ruth Callaghan. The bypass tap's wonderful, thank you."),
                    ("Glad to hear it! What can I do for you?",
                     "My nephrologist said yes to the potassium chloride, in moderation. So I'd like to set "
                     "up deliveries."),
                    ("Great. For a household your size most people take four bags every six weeks.",
                     "Four bags every six weeks, that sounds right. It's just me and the dog."),
                    ("When's good for deliveries?",
                     "Well, I've started dialysis, Monday, Wednesday and Friday mornings at the hospital, so "
                     "it'll have to be a Tuesday or a Thursday."),
                    ("Tuesdays or Thursdays, noted. First delivery in eight days.", "Lovely."),
                ],
                analysis_items(
                    "Potassium chloride delivery setup", "First potassium chloride delivery", "{+8}",
                    "Four bags of potassium chloride every six weeks; deliveries on Tuesdays or Thursdays "
                    "only", "none", first_name="Ruth",
                ),
            ),
        ],
        questions=[
            Question(SOFTENER, "What model softener does she have?", ("5600",)),
            Question(SOFTENER, "Why does she need to avoid sodium?", ("kidney",)),
            Question(SOFTENER, "Which specialist advised her?", ("nephrologist",)),
            Question(SOFTENER, "What is she using instead of salt?", ("potassium chloride",)),
            Question(SOFTENER, "What was fitted at the kitchen sink?", ("bypass tap",)),
            Question(SOFTENER, "What treatment has she started?", ("dialysis",)),
            Question(SOFTENER, "Which days can we deliver?", ("tuesday", "thursday")),
            Question(SOFTENER, "How often is her delivery?", ("six weeks", "6 weeks")),
            Question(SOFTENER, "How many bags each time?", ("four bags", "4 bags")),
            Question(SOFTENER, "When is the first delivery?", _day(14, 8)),
            Question(SOFTENER, "When was her annual service?", _day(50, 6)),
            Question(SOFTENER, "How far along is her illness?", ("stage three",)),
            Question(SOFTENER, "What's her nephrologist's name?", ()),
            Question(SOFTENER, "How hard is her water?", ()),
            Question(SOFTENER, "Which hospital does she go to?", ()),
            Question(APPLIANCE, "What brand is the dishwasher?", ("bosch",)),
            Question(APPLIANCE, "What was the dishwasher doing?", ("leak",)),
            Question(APPLIANCE, "What part did the technician replace?", ("gasket",)),
            Question(APPLIANCE, "What's wrong with the dryer?", ("isn't heating", "not heating")),
            Question(APPLIANCE, "What make is the dryer?", ("whirlpool",)),
            Question(APPLIANCE, "Is there a pet in the house?", ("pickles",)),
            Question(APPLIANCE, "Which mornings is she unavailable?", ("monday", "wednesday", "friday")),
            Question(APPLIANCE, "How much is the call-out fee?", ("89", "eighty-nine")),
            Question(APPLIANCE, "What's her address?", ("marine crescent",)),
            Question(APPLIANCE, "When is the dryer visit?", _day(12, 5)),
            Question(APPLIANCE, "Why is she out on those mornings?", ()),
            Question(APPLIANCE, "Does she have any health conditions?", ()),
            Question(APPLIANCE, "Is she on a special diet?", ()),
            Question(APPLIANCE, "How old is the dryer?", ()),
            Question(APPLIANCE, "What's the dryer's model number?", ()),
        ],
    ),
    # A new acreage's septic tank: a long call whose middle holds four facts, a gate code said at the start
    # and copied into the analysis, a new gate code later; the tank size corrected from the permit, and a
    # payment in instalments.
    Caller(
        number="+16045551906",
        names=("Darnell",),
        calls=[
            Call(
                SEPTIC, 44, "en", "Septic pump-out at new acreage",
                "The user, Darnell Whitby, recently bought an acreage at 34120 Hallert Road, Abbotsford, and "
                "asked for the septic tank to be pumped; he doesn't know when it was last done. It's a "
                "1,200-gallon two-compartment concrete tank. The pump-out is booked for {+10} between 8 AM "
                "and noon, for $485, and the driver will come in through the front gate. Darnell chatted "
                "about the farm and moving from the city.",
                long_call(
                    [
                        ("Fraser Valley Septic, Lorraine speaking.",
                         "Hi, yeah, hi, I'm, uh, new to this whole septic thing. We just bought a place out "
                         "in Abbotsford and apparently I need the tank pumped?"),
                        ("You've come to the right place! Can I get your name?",
                         "Darnell Whitby. W-H-I-T-B-Y."),
                        ("Thanks Darnell. And the address?", "Three four one two zero Hallert Road. 34120."),
                        ("Do you know when it was last pumped?",
                         "No idea. The old owner was, um, vague. Very vague. The realtor said 'a while ago', "
                         "which, yeah."),
                        ("Ha, that usually means a long while. Do you know the size of the tank?",
                         "The inspection report says twelve hundred gallons. Concrete. And two compartments, "
                         "I think?"),
                        ("Great, that helps. How's access for the truck?",
                         "There's a gate off the road, it's electric. The gate code is 5 0 3 9. Then the "
                         "driveway's gravel, it's long but it's fine for a truck."),
                        ("Got it. We'll need to find the lids. Do you know where they are?",
                         "Uh, kind of? Let me grab the report."),
                        ("Sure, take your time.",
                         "Okay, I've got it. Man, there's a lot of paper when you buy a farm."),
                    ],
                    [
                        ("Mm-hm.",
                         "So the lids. The report says they're behind the greenhouse, about ten paces out "
                         "from the corner, under a bit of sod."),
                        ("Perfect, we'll probe for them.",
                         "And the drain field is past the horse paddock, on the downhill side. The old owner "
                         "said never drive anything heavy over it."),
                        ("Absolutely, we'll keep the truck off it.",
                         "We've got a dog, Boone, a big shepherd mix. He's friendly but he'll want to ride "
                         "in your truck, so we'll tie him up."),
                        ("Ha, noted.",
                         "Oh, and the kitchen sink gurgles when the washing machine drains. Is that a septic "
                         "thing?"),
                    ],
                    [
                        ("It can be, a venting thing or a full tank. The pump-out will tell us a lot.",
                         "Okay, good."),
                        ("I can do ten days from now, between eight and noon. It's four hundred and "
                         "eighty-five dollars for a tank that size.",
                         "Four eighty-five, okay. Yeah, book it."),
                        ("You're booked. The driver will call when he's at the gate.",
                         "Cool. I'll be around, I'm always around now, there's always a fence to fix."),
                        ("Ha, welcome to acreage life. Anything else?",
                         "Nope. Thanks, Lorraine, you've been super helpful."),
                        ("Anytime, Darnell. Bye now.", "Bye."),
                    ],
                    acks=_SEPTIC_ACKS,
                    talk=_SEPTIC_TALK,
                    start=4,
                ),
                analysis_items(
                    "Septic pump-out at new acreage", "Pump out the septic tank", "{+10}",
                    "34120 Hallert Road, Abbotsford; 1,200-gallon two-compartment concrete tank; gate code "
                    "5039; last pump-out unknown", "none", first_name="Darnell",
                ),
            ),
            Call(
                SEPTIC, 30, "en", "Cracked baffle after pump-out",
                "Darnell called after the pump-out. The driver found a cracked outlet baffle and recommended "
                "replacing it and adding an effluent filter, quoted at $640. Darnell said money is tight "
                "after buying the property and asked to pay in two instalments; the agent agreed.",
                [
                    ("Fraser Valley Septic, Lorraine speaking.",
                     "Hey Lorraine, Darnell Whitby, Hallert Road. Your driver was great, by the way."),
                    ("Glad to hear it! I've got his report. The outlet baffle is cracked, and he'd recommend "
                     "an effluent filter while we replace it.",
                     "Yeah, he showed me. How much are we talking?"),
                    ("Six hundred and forty dollars for the baffle and the filter, installed.",
                     "Six forty. Okay. Um, honestly, money's a bit tight right now, with the house and "
                     "everything. Could I pay it in two instalments?"),
                    ("Yes, we can split it into two payments, half on the day and half thirty days later.",
                     "That would really help. Let me, uh, check the calendar and call you back to book."),
                    ("Sure thing.", "Thanks."),
                ],
                analysis_items(
                    "Baffle repair quote", "Darnell to call back to book the baffle repair", "",
                    "Cracked outlet baffle; effluent filter recommended; $640; paying in two instalments",
                    "finance", first_name="Darnell",
                ),
            ),
            Call(
                SEPTIC, 8, "en", "Baffle repair booked",
                "Darnell booked the baffle replacement and effluent filter for {+6} in the morning. He found "
                "the original permit, which says the tank is 1,000 gallons, not 1,200. He also gave the new "
                "code for the front gate.",
                [
                    ("Fraser Valley Septic, Lorraine speaking.",
                     "Hi Lorraine, Darnell Whitby again. Ready to book that baffle thing."),
                    ("Great! I can do six days from now, in the morning.", "Perfect."),
                    ("Anything else we should know?",
                     "Yeah, two things. I found the original permit in a shoebox in the barn. The system was "
                     "put in in 1998, and it says the tank is a thousand gallons, not twelve hundred. So the "
                     "inspection report was wrong."),
                    ("Good to know, I'll update the file to a thousand gallons.",
                     "And we changed the gate code, the old owner's kids still knew it. The new gate code "
                     "is 7 2 6 1."),
                    ("Updated. See you then.", "Thanks, bye."),
                ],
                {"first_name": "Darnell"},
            ),
        ],
        questions=[
            Question(SEPTIC, "What size is the tank?", ("1,000", "thousand gallons"),
                     ("1,200", "twelve hundred")),
            Question(SEPTIC, "What's the tank made of?", ("concrete",)),
            Question(SEPTIC, "How many compartments?", ("two-compartment", "two compartments")),
            Question(SEPTIC, "Where are the tank lids?", ("greenhouse",)),
            Question(SEPTIC, "Where's the drain field?", ("paddock",)),
            Question(SEPTIC, "What's his dog's name?", ("boone",)),
            Question(SEPTIC, "Any plumbing symptoms indoors?", ("gurgles",)),
            Question(SEPTIC, "What was wrong after the pump-out?", ("baffle",)),
            Question(SEPTIC, "What did the driver recommend adding?", ("effluent filter",)),
            Question(SEPTIC, "How much is the repair?", ("640", "six hundred and forty")),
            Question(SEPTIC, "How is he settling the bill?", ("two instalments",)),
            Question(SEPTIC, "What did the pump-out cost?", ("485", "four hundred and eighty-five")),
            Question(SEPTIC, "When is the baffle repair?", _day(8, 6)),
            Question(SEPTIC, "When was the pump-out?", _day(44, 10)),
            Question(SEPTIC, "What year was the system put in?", ("1998",)),
            Question(SEPTIC, "Where's the property?", ("hallert",)),
            Question(SEPTIC, "What's the gate code?", ()),
            Question(SEPTIC, "When was the tank last pumped before he moved in?", ()),
            Question(SEPTIC, "What's his wife's name?", ()),
            Question(SEPTIC, "How many people live in the house?", ()),
            Question(SEPTIC, "What's the septic permit number?", ()),
            Question(SEPTIC, "What are the horses called?", ()),
        ],
    ),
    # A window cleaning customer: a padlock combination, a fact only in the turns (who lives downstairs), the
    # frequency and price changed together.
    Caller(
        number="+16045551907",
        names=("Mei-Ling",),
        calls=[
            Call(
                WINDOWS, 52, "en", "Window cleaning quote and first visit",
                "The user, Mei-Ling Chow, asked for regular exterior window cleaning at her two-storey house "
                "at 6620 Sperling Avenue, Burnaby, including three skylights. The agent quoted $260 per "
                "visit every 8 weeks, and the first clean is booked for {+4} in the morning. The crew will "
                "go round the back through the side gate.",
                [
                    ("Crystal View Window Cleaning, Brody here.",
                     "Hi, um, hello. I'm looking for someone to do our windows regularly? Outside only."),
                    ("We can do that. What's your name?", "Mei-Ling Chow. Mei, M-E-I, hyphen, Ling."),
                    ("Thanks, Mei-Ling. What kind of house is it?",
                     "Two-storey, at sixty-six twenty Sperling Avenue. In Burnaby. And there are three "
                     "skylights on the roof, those are filthy, the, um, the fir needles."),
                    ("No problem, we do skylights. How often were you thinking?",
                     "How often do people usually do it?"),
                    ("Most folks go every eight weeks. For your place with the skylights it'd be two hundred "
                     "and sixty a visit.", "Every eight weeks, okay, let's do that."),
                    ("Great. How do we get to the back?",
                     "There's a side gate on the left. It has a padlock, the padlock combination is "
                     "3 1 8 4."),
                    ("Got it. First visit four days from now, in the morning?",
                     "Morning's fine. I work from home, I'll be around."),
                ],
                analysis_items(
                    "Window cleaning quote", "First exterior window clean", "{+4}",
                    "6620 Sperling Avenue, Burnaby; two-storey; every 8 weeks at $260 per visit", "none",
                    first_name="Mei-Ling",
                ),
            ),
            Call(
                WINDOWS, 28, "en", "Streaks on the bay window",
                "Mei-Ling said the front bay window was left streaky after the last clean. The agent "
                "apologised and booked a free re-clean for {+2}.",
                [
                    ("Crystal View Window Cleaning, Brody here.",
                     "Hi Brody, it's Mei-Ling Chow on Sperling. So, the guys came, which, great, but the big "
                     "bay window at the front is all streaky. When the sun hits it you can see every swipe."),
                    ("Oh, I'm sorry about that. We'll come back and redo it, no charge.",
                     "Thank you. Also, um, my mother-in-law lives in the basement suite now. If she answers "
                     "the door, she only speaks Cantonese, so just smile and point at the windows, she'll "
                     "get it."),
                    ("Ha, will do. Two days from now work?", "Yes, that's fine."),
                    ("Great, see you then.", "Thanks!"),
                ],
            ),
            Call(
                WINDOWS, 7, "en", "More frequent cleans and gutters",
                "Mei-Ling asked to switch her window cleaning to every 4 weeks because of the pollen and fir "
                "needles; the price drops to $230 per visit on the more frequent plan. She also added a "
                "one-time gutter clean for $150 at the next visit, on {+5}.",
                [
                    ("Crystal View Window Cleaning, Brody here.",
                     "Hi, Mei-Ling Chow again. The re-clean was perfect, thank you."),
                    ("Good to hear! What can I do for you?",
                     "So, the pollen this spring is insane, and the fir needles, the skylights are green "
                     "again already. Can we go to every four weeks instead of every eight?"),
                    ("Sure. On the four-week plan it's actually cheaper per visit, two hundred and thirty.",
                     "Oh nice, two thirty. Yes please."),
                    ("Anything else?", "Can you do the gutters too? Just once, they're full of needles."),
                    ("We can do the gutters at the next visit, five days from now, it's a hundred and fifty "
                     "extra.", "A hundred and fifty, fine. Do it."),
                ],
                analysis_items(
                    "Cleaning frequency change", "Gutter clean at the next window visit", "{+5}",
                    "Every 4 weeks; $230 per visit; one-time gutter clean $150", "none",
                    first_name="Mei-Ling",
                ),
            ),
        ],
        questions=[
            Question(WINDOWS, "How often do we clean her windows?", ("4 weeks", "four weeks"),
                     ("8 weeks", "eight weeks")),
            Question(WINDOWS, "What's the price per visit?", ("230", "two hundred and thirty"),
                     ("260", "two hundred and sixty")),
            Question(WINDOWS, "How many skylights are there?", ("three skylights",)),
            Question(WINDOWS, "What's the address?", ("6620 sperling", "sperling avenue")),
            Question(WINDOWS, "Which window was streaky?", ("bay window",)),
            Question(WINDOWS, "When was the re-clean?", _day(28, 2)),
            Question(WINDOWS, "Who occupies the lower-level apartment?", ("mother-in-law",)),
            Question(WINDOWS, "What language does the mother-in-law speak?", ("cantonese",)),
            Question(WINDOWS, "How does the crew get round the back?", ("side gate",)),
            Question(WINDOWS, "What's the padlock combination?", ()),
            Question(WINDOWS, "What extra job was added?", ("gutter",)),
            Question(WINDOWS, "How much is the gutter clean?", ("150", "hundred and fifty")),
            Question(WINDOWS, "When is the gutter clean?", _day(7, 5)),
            Question(WINDOWS, "Why did she want more frequent cleans?", ("pollen",)),
            Question(WINDOWS, "Is she usually home during the day?", ("work from home",)),
            Question(WINDOWS, "Does she want the interior windows done?", ("outside only",)),
            Question(WINDOWS, "What's her mother-in-law's name?", ()),
            Question(WINDOWS, "What's her husband's name?", ()),
            Question(WINDOWS, "How many windows does the house have?", ()),
            Question(WINDOWS, "What's her email address?", ()),
            Question(WINDOWS, "What colour is the house?", ()),
        ],
    ),
    # A downtown tenant of the appliance repairer: a building entry code copied into the analysis, parking
    # said only in the turns, who lets the technician in replaced in passing.
    Caller(
        number="+16045551908",
        names=("Hamid",),
        calls=[
            Call(
                APPLIANCE, 38, "en", "Washer not draining",
                "The user, Hamid Rahimi, reported that his LG front-load washer stops with an OE error and "
                "won't drain. A technician will come to unit 1408, 1280 Richards Street on {+2} between 1 "
                "and 5 PM; the diagnostic fee is $95, waived if he goes ahead with the repair.",
                [
                    ("Fixwell Appliance Repair, Nadia speaking.",
                     "Hi, yeah, my washer's, uh, it's stuck full of water. It says O E on the screen and it "
                     "just won't drain."),
                    ("OE is a drain error. What make is it?",
                     "It's an LG front-loader. Like, three years old?"),
                    ("Okay. Name and address?",
                     "Hamid Rahimi. H-A-M-I-D. Unit fourteen-oh-eight, twelve eighty Richards Street."),
                    ("Is it a building with a buzzer?",
                     "Yeah. The entry code is 2 9 5 7, then it's the elevator to the fourteenth floor. "
                     "Visitor parking is on P1, the tech can use any of the visitor stalls."),
                    ("Great. The diagnostic is ninety-five dollars, waived if you go ahead with the repair.",
                     "Ninety-five, okay."),
                    ("Two days from now, between one and five?",
                     "Yeah, that's fine. I'll work from home that day."),
                ],
                analysis_items(
                    "Washer not draining", "Diagnostic visit for the washer", "{+2}",
                    "LG front-load washer, OE error; unit 1408, 1280 Richards Street; entry code 2957",
                    "none", first_name="Hamid",
                ),
            ),
            Call(
                APPLIANCE, 21, "en", "Fridge ice maker leaking",
                "Hamid said the technician found a sock in the washer's drain pump and it works again. Now "
                "his Samsung fridge's ice maker is leaking onto the floor. A technician will come on {+4} in "
                "the morning; his roommate Farid will let them in.",
                [
                    ("Fixwell Appliance Repair, Nadia speaking.",
                     "Hi Nadia, it's Hamid Rahimi. So the washer's fine, your guy pulled a sock out of the "
                     "pump. A sock! Not even mine."),
                    ("Ha, happens all the time. What's up today?",
                     "Now it's the fridge. It's a Samsung, the ice maker's leaking, there's a puddle under "
                     "the freezer drawer every morning."),
                    ("I can send someone four days from now, in the morning.",
                     "Mornings I'm at work, but my roommate Farid is home, he works nights. He'll let them "
                     "in."),
                    ("Great, I'll note Farid.", "Thanks!"),
                ],
                {"first_name": "Hamid"},
            ),
            Call(
                APPLIANCE, 5, "en", "Ice maker part arrived",
                "The agent told Hamid the replacement ice maker assembly for his Samsung fridge has arrived. "
                "The install is booked for {+3} in the afternoon. Farid has moved out, so the concierge, "
                "Luis, at the front desk will let the technician in.",
                [
                    ("Fixwell Appliance Repair, Nadia speaking.",
                     "Hi, Hamid Rahimi, you left me a message about the fridge part?"),
                    ("Yes! The ice maker assembly came in. We can install it three days from now, in the "
                     "afternoon.", "Afternoon is good."),
                    ("Will Farid be there to let us in?",
                     "Ah, no, Farid moved out last week. But the concierge, Luis, at the front desk, he'll "
                     "let your tech up. I'll tell him."),
                    ("Perfect, I'll update the notes.", "Thanks, Nadia."),
                ],
                analysis_items(
                    "Ice maker part arrived", "Install the ice maker assembly", "{+3}",
                    "Samsung fridge; concierge Luis will let the technician in", "none", first_name="Hamid",
                ),
            ),
        ],
        questions=[
            Question(APPLIANCE, "What was wrong with the washer?", ("won't drain", "oe error")),
            Question(APPLIANCE, "What kind of washer does he have?", ("lg front-load",)),
            Question(APPLIANCE, "What was stuck in the pump?", ("sock",)),
            Question(APPLIANCE, "What's the fridge problem?", ("ice maker",)),
            Question(APPLIANCE, "What brand is the fridge?", ("samsung",)),
            Question(APPLIANCE, "Who lets the technician in?", ("luis", "concierge"), ("farid",)),
            Question(APPLIANCE, "What unit does he live in?", ("1408", "fourteen-oh-eight")),
            Question(APPLIANCE, "What's the street address?", ("richards street",)),
            Question(APPLIANCE, "Where can our van park at his building?", ("visitor parking", "p1")),
            Question(APPLIANCE, "What's the entry code for his building?", ()),
            Question(APPLIANCE, "How much is the diagnostic fee?", ("95", "ninety-five")),
            Question(APPLIANCE, "When is the ice maker install?", _day(5, 3)),
            Question(APPLIANCE, "When did he first call about the washer?", _day(38)),
            Question(APPLIANCE, "How old is the washer?", ("three years",)),
            Question(APPLIANCE, "Which floor does he live on?", ("fourteenth",)),
            Question(APPLIANCE, "What's Farid's last name?", ()),
            Question(APPLIANCE, "What's the fridge's model number?", ()),
            Question(APPLIANCE, "How old is the fridge?", ()),
            Question(APPLIANCE, "What's Luis's phone number?", ()),
            Question(APPLIANCE, "What's his email address?", ()),
        ],
    ),
    # A well-water customer of the softener firm: test values said only in the turns, an iron filter turned
    # down and then taken at a new price, and where the truck may park changed.
    Caller(
        number="+16045551909",
        names=("Gwen",),
        calls=[
            Call(
                SOFTENER, 58, "en", "Softener not keeping up",
                "The user, Gwen Hollis, said her water softener is no longer softening and there are orange "
                "stains in the bathtub. The house at 1870 Garibaldi Way, Squamish, is on well water and the "
                "softener is about 12 years old. A water test is booked for {+3}.",
                [
                    ("PureFlow Water Softening, Kyle speaking.",
                     "Hi Kyle. My softener's given up, I think. The soap won't lather and there are these "
                     "orange stains in the tub. Orange! Like rust."),
                    ("Sounds like hardness and iron. Are you on city water or a well?",
                     "Well. We're out past the Garibaldi estates, 1870 Garibaldi Way."),
                    ("And how old is the softener?",
                     "Twelve years? We put it in when we built. So twelve years, give or take."),
                    ("Okay, let's test the water first. Name?",
                     "Gwen Hollis. My neighbour Doug said you were good."),
                    ("Ha, say thanks to Doug. I can come in three days.",
                     "Great. You'll need to leave the truck at the top of the driveway, the culvert at the "
                     "bottom's washed out, it won't take the weight."),
                    ("Top of the driveway, got it.", "Thanks."),
                ],
                {"first_name": "Gwen"},
            ),
            Call(
                SOFTENER, 41, "en", "Water test results",
                "Kyle went over Gwen's water test: very hard water and high iron. He recommended replacing "
                "the softener resin for $575 and adding an iron filter for $1,450. Gwen chose the resin "
                "replacement only, booked for {+9}.",
                [
                    ("PureFlow Water Softening, Kyle speaking.",
                     "Hi Kyle, Gwen Hollis. You said you'd have the test results?"),
                    ("Yes. Your hardness is twenty-two grains per gallon, which is very hard, and iron is "
                     "one point eight parts per million.", "Is that bad?"),
                    ("The iron is what's staining the tub, and it's fouled the resin. I'd replace the resin, "
                     "that's five hundred and seventy-five, and ideally add an iron filter, fourteen hundred "
                     "and fifty.", "Hmm. Just the resin for now. The iron filter's a lot."),
                    ("Understood. I can do the resin in nine days.",
                     "Great. The softener's in the crawl space, the hatch is in the laundry room floor. "
                     "Bring knee pads."),
                    ("Ha, will do.", "See you then."),
                ],
                {"first_name": "Gwen"},
            ),
            Call(
                SOFTENER, 9, "en", "Iron filter added",
                "Gwen said the new resin works but the orange stains are back, so she approved the iron "
                "filter after all; with a returning-customer discount it comes to $1,340 installed. The "
                "install is booked for {+13}. The culvert has been fixed, so the truck can now drive down to "
                "the house.",
                [
                    ("PureFlow Water Softening, Kyle speaking.",
                     "Hi Kyle, it's Gwen Hollis. The water's soft now, lovely, but the orange is back in the "
                     "tub. I give in. Let's do the iron filter."),
                    ("Ha, fair enough. Since you just had the resin done, I can take a bit off, so thirteen "
                     "hundred and forty installed.", "Thirteen forty. Deal."),
                    ("I can install it thirteen days from now.",
                     "Good. And good news, the culvert's fixed, so you can drive the truck right down to the "
                     "house now, park by the shop."),
                    ("Oh great, no more hauling.", "Ha, yes. See you then."),
                ],
                analysis_items(
                    "Iron filter approved", "Install the iron filter", "{+13}",
                    "Well water; iron filter approved at $1,340; truck can drive down to the house", "none",
                    first_name="Gwen",
                ),
            ),
        ],
        questions=[
            Question(SOFTENER, "Is she on municipal supply?", ("well water",)),
            Question(SOFTENER, "How hard is her water?", ("twenty-two grains",)),
            Question(SOFTENER, "What's the iron level?", ("one point eight",)),
            Question(SOFTENER, "How old is her softener?", ("12 years", "twelve years")),
            Question(SOFTENER, "What's marking the tub?", ("orange",)),
            Question(SOFTENER, "What work did she approve first?", ("resin",)),
            Question(SOFTENER, "How much is the iron filter?",
                     ("1,340", "thirteen forty", "thirteen hundred and forty"),
                     ("1,450", "fourteen hundred and fifty")),
            Question(SOFTENER, "What did the resin cost?", ("575", "five hundred and seventy-five")),
            Question(SOFTENER, "Where should the truck park?", ("drive down", "by the shop"),
                     ("top of the driveway",)),
            Question(SOFTENER, "Where is the softener?", ("crawl space",)),
            Question(SOFTENER, "Where's the access hatch?", ("laundry room",)),
            Question(SOFTENER, "When is the iron filter install?", _day(9, 13)),
            Question(SOFTENER, "When was the water test?", _day(58, 3)),
            Question(SOFTENER, "Who referred her to us?", ("doug",)),
            Question(SOFTENER, "What's her address?", ("garibaldi way",)),
            Question(SOFTENER, "What brand is her softener?", ()),
            Question(SOFTENER, "How deep is her well?", ()),
            Question(SOFTENER, "What's Doug's last name?", ()),
            Question(SOFTENER, "What's the pH of her water?", ()),
            Question(SOFTENER, "What's her husband's name?", ()),
        ],
    ),
    # One caller of the pest control firm and the chimney sweep about the same raccoons: nothing private, the
    # raccoons moved from the chimney to the deck.
    Caller(
        number="+16045551910",
        names=("Walt",),
        calls=[
            Call(
                PEST, 26, "en", "Raccoons in the chimney",
                "The user, Walt Brennan, has a mother raccoon with three kits in the chimney at 47 "
                "Cliffridge Avenue, North Vancouver. A technician will come on {+1} in the morning to fit a "
                "one-way door on the chimney for a humane eviction, for $375. His wife Bev will be home.",
                [
                    ("Coastline Pest Control, Jas speaking.",
                     "Yeah, hi. I've got, uh, I've got raccoons. In my chimney. I can hear them chittering "
                     "in there, it's like a nursery."),
                    ("Oh boy. Sounds like a mom with kits. How many do you think?",
                     "I saw the mother go up the roof last night and I counted three little ones poking "
                     "their heads out this morning. Three kits."),
                    ("We'd do a humane eviction: a one-way door on the chimney so she can leave but not get "
                     "back in, and she'll move the kits. It's three hundred and seventy-five dollars.",
                     "Three seventy-five. Fine, as long as nobody gets hurt. My wife Bev would never forgive "
                     "me."),
                    ("Can I get your name and address?",
                     "Walt Brennan, forty-seven Cliffridge Avenue, North Van."),
                    ("I can have someone there tomorrow morning.",
                     "Tomorrow's great. Bev will be home, I'll be at work."),
                ],
                analysis_items(
                    "Raccoons in the chimney", "Fit a one-way door for a humane raccoon eviction", "{+1}",
                    "Mother raccoon with three kits in the chimney; 47 Cliffridge Avenue; $375", "other",
                    first_name="Walt",
                ),
            ),
            Call(
                CHIMNEY, 18, "en", "Chimney cap after raccoons",
                "Walt Brennan said the raccoons have been evicted from his chimney and asked for a stainless "
                "steel chimney cap with mesh to keep animals out, plus a sweep to clear the nesting debris. "
                "The agent quoted $310 for the cap and booked it with the sweep for {+7}.",
                [
                    ("Top Hat Chimney Sweeps, Colin speaking.",
                     "Hi Colin, Walt Brennan. We just had raccoons evicted from our chimney, and I want to "
                     "make sure they never get back in."),
                    ("Ah, you want a cap. We do a stainless steel cap with mesh sides.",
                     "Stainless, yeah. How much?"),
                    ("Three hundred and ten installed. And I'd sweep it too, they leave a lot of nesting "
                     "material.",
                     "Do both. There are two flues, by the way, the fireplace is the one on the right, the "
                     "left one's the furnace."),
                    ("Good to know. Seven days from now work?",
                     "Sure. Address is forty-seven Cliffridge Avenue."),
                    ("See you then.", "Thanks."),
                ],
            ),
            Call(
                PEST, 3, "en", "Raccoons under the deck",
                "Walt said the raccoons have moved under his back deck. The agent recommended sealing the "
                "deck with buried steel mesh once they leave and will email a quote. Someone will come to "
                "look on {+4}.",
                [
                    ("Coastline Pest Control, Jas speaking.",
                     "Jas, it's Walt Brennan. Remember the raccoons in the chimney? Well, they've moved. "
                     "Under the deck now. The back deck."),
                    ("Oh no. Classic. We'll need to wait for them to leave, then seal it off with steel mesh "
                     "buried about a foot down so they can't dig under.", "Okay. Send me a quote, by email."),
                    ("Will do. Someone can come to look four days from now.",
                     "Bev will be home, she'll show them where they go in. By the hot tub steps."),
                    ("Perfect.", "Thanks, Jas."),
                ],
                {"first_name": "Walt"},
            ),
        ],
        questions=[
            Question(PEST, "What animal was in the chimney?", ("raccoon",)),
            Question(PEST, "How many young were there?", ("three kits", "three little ones")),
            Question(PEST, "What did the eviction cost?", ("375", "three seventy-five")),
            Question(PEST, "How does the eviction work?", ("one-way door",)),
            Question(PEST, "Where are the raccoons now?", ("under the deck", "back deck"), ("chimney",)),
            Question(PEST, "Where do they get under the deck?", ("hot tub steps",)),
            Question(PEST, "What's the plan for the deck?", ("steel mesh",)),
            Question(PEST, "Who'll be home for the visit?", ("bev",)),
            Question(PEST, "When is the deck visit?", _day(3, 4)),
            Question(PEST, "What's Bev's phone number?", ()),
            Question(PEST, "How much will the deck work cost?", ()),
            Question(PEST, "What's his email address?", ()),
            Question(CHIMNEY, "What cap did he order?", ("stainless",)),
            Question(CHIMNEY, "How much is the cap?", ("310", "three hundred and ten")),
            Question(CHIMNEY, "Which flue is the fireplace?", ("on the right",)),
            Question(CHIMNEY, "When is the cap going on?", _day(18, 7)),
            Question(CHIMNEY, "What's his address?", ("cliffridge",)),
            Question(CHIMNEY, "How tall is his chimney?", ()),
            Question(CHIMNEY, "What fuel does his furnace burn?", ()),
            Question(CHIMNEY, "When was his chimney last swept?", ()),
        ],
    ),
]  # fmt: skip
