"""A held-out memory set: callers of eight country businesses, as ElevenLabs would report them.

A horse livery yard, an animal feed and farm supplies merchant, a sheep-shearing contractor, a dry-stone
waller, a farm shop's monthly meat-box scheme, a country estate selling fishing permits, a thatcher and an
agricultural machinery dealer. Ten callers, 31 calls: a French angler and a Spanish meat-box customer asked
about in English, a hill-farming couple sharing one phone, a farmer of the feed merchant and the machinery
dealer whose overdue account is the merchant's alone, three calls of 84 exchanges whose middle holds facts no
summary or analysis item repeats, corrections said plainly ("so it's four hundred and eighty now") and
without "change" ("I'd rather have a hare"), access codes for a tack locker, a field gate, a key safe and
two car-park gates that no answer may give, and about half of the calls with the post-call analysis items
as ElevenLabs' model fills them (a fact missed, a category misfiring or saying none for an account in
arrears, a gate code copied into the facts, values left in French or Spanish, a date left empty), the
others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

LIVERY = "agent_country_livery_000000000000371"
FEED = "agent_country_feed_00000000000000372"
SHEARING = "agent_country_shearing_0000000000373"
WALLER = "agent_country_waller_000000000000374"
MEATBOX = "agent_country_meatbox_00000000000375"
FISHING = "agent_country_fishing_00000000000376"
THATCHER = "agent_country_thatch_000000000000377"
MACHINERY = "agent_country_machinery_000000000378"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_LIVERY_ACKS = [
    "Ha, yeah.", "Oh, bless him.", "Mm-hm.", "Right.", "Aw.", "Totally.", "Ha!", "Oh, I know.",
    "Sure.", "Yeah.", "Oh no!", "Love that.",
]  # fmt: skip
_LIVERY_TALK = [
    "He's such a baby, honestly. Sixteen two of pure wimp.",
    "He spooked at a plastic bag last week and nearly put me in the hedge.",
    "Yeah.",
    "I've had him since he was five, so, um, six years now.",
    "I bought him off a dealer in Wales, which everyone said was a terrible idea.",
    "Best terrible idea I ever had.",
    "Mm.",
    "Mum thinks I spend more on him than on myself. She's not wrong.",
    "I did a bit of Riding Club stuff with him last summer, just the fun ride and a bit of dressage.",
    "We came fourth in the prelim. Out of five. Ha.",
    "He likes hacking more than anything. Give him a long hack and he's happy.",
    "Sorry, I'm waffling.",
    "The new job's good, actually, it's just the drive.",
    "The A3 in the mornings is, um, it's not my favourite place.",
    "Yeah, yeah.",
    "I've been listening to audiobooks in the car. I'm on a murder mystery.",
    "I won't spoil it. I haven't got to the end anyway.",
    "Is the arena getting resurfaced this year? Someone said it was.",
    "Oh, that'd be amazing, the bit by the gate is like a bog.",
    "Mm-hm.",
    "He rolled in the one muddy patch in the whole field yesterday, obviously.",
    "Took me forty minutes to get him clean. Forty minutes.",
    "And then he rolled again.",
    "Ha, yeah, exactly.",
    "Pudding's owner is lovely, isn't she? We had a coffee in the car park the other day.",
    "She said Pudding used to be a driving pony. I didn't know that.",
    "Right.",
    "I'm thinking of doing a clinic in the spring, a jumping one. Small jumps. Tiny.",
    "He's got a good jump in him, he just doesn't know it yet.",
    "Or he knows it and doesn't want to. Could go either way.",
    "Mm.",
    "My boyfriend came to the yard once and got sneezed on. He hasn't been back.",
    "Ha, I know.",
    "Anyway.",
    "The weather's been mental, hasn't it? I've had to change his rugs twice a day.",
    "Yeah, no, he's fine in the stable, he's got a good coat.",
    "He's greedy though. He'd eat the stable door if you let him.",
    "Oh, definitely.",
    "Sorry, the dog's trying to get in the car. I'm in the car, sorry, parked, don't worry.",
    "Okay, she's in.",
    "She comes to the yard sometimes, you've probably seen her, the little terrier.",
    "Yeah, the scruffy one, that's her.",
    "She's terrified of Conker. It's very funny.",
    "Right, yeah.",
    "I was thinking about getting him a new saddle, his back's changed since he moved.",
    "More grass, probably. More muscle. Or more tummy.",
    "Ha, probably tummy.",
    "Do you get a saddle fitter out to the yard? I'll ask you another time, actually.",
    "Mm-hm.",
    "Okay, where was I.",
    "Oh, yes.",
    "Sorry, yes.",
    "Yeah.",
    "Ha, okay.",
    "Right.",
    "Okay, I'm looking at my list.",
    "Mm.",
    "That's it, yeah.",
    "Sure.",
    "Okay, good.",
]
_WALL_ACKS = [
    "Oh yes?", "Ha!", "Mm.", "Right.", "Lovely.", "Oh dear.", "Really?", "Sure.", "Ha, I bet.",
    "Go on.", "Oh, I know.", "Yes.",
]  # fmt: skip
_WALL_TALK = [
    "We moved up from Leicester. Everyone thought we were mad.",
    "Well, I say we. My partner's still down there in the week, for work.",
    "So it's me and the animals, mostly.",
    "Mm.",
    "I had no idea about walls. I thought they just, you know, stayed up.",
    "The man at the auction mart said every wall falls down eventually, it's just a question of when.",
    "Very reassuring.",
    "Ha, yes.",
    "I've got hens as well, a dozen or so. And two pigs. Well, I had two pigs.",
    "We don't talk about what happened to the pigs. They were delicious.",
    "Sorry, that's awful.",
    "Right.",
    "The winters are something else up here, aren't they.",
    "We were snowed in for four days in February. Four days.",
    "I ran out of milk on day two, I was drinking black tea like a savage.",
    "Mm-hm.",
    "The postman's a legend though. He got through when nobody else did.",
    "He's the one who told me the wall had come down, actually. Before I'd even seen it.",
    "Ha, yes, he knows everything.",
    "I've been going on a course at the agricultural college, smallholding basics.",
    "Fencing, hedging, that kind of thing. I'm rubbish at fencing.",
    "I put a post in upside down. I didn't know that was possible.",
    "Oh, it's possible.",
    "Yes.",
    "There's a hedge laying competition in the autumn, I might go and watch.",
    "Do walling people do competitions too? I bet they do.",
    "Oh, that's lovely.",
    "I sell eggs at the road end, there's an honesty box. People are mostly honest.",
    "Mostly. Somebody left me a button once.",
    "Ha!",
    "Anyway, the wall.",
    "No, sorry, one more thing, do you know anyone who does chimneys? No? Never mind.",
    "Mm.",
    "The views though. I stand in the yard some mornings and I can't believe I live here.",
    "You can see right across to the fell from the top field.",
    "Right.",
    "There's curlews in spring. I'd never heard a curlew before I came here.",
    "Mm, yes.",
    "My mum came up at Easter and spent the whole week in the kitchen by the Aga.",
    "She said it was too windy to go out. It was a bit windy, to be fair.",
    "Oh, absolutely.",
    "Sorry, I do go on when I've been on my own all week.",
    "Ha, thank you.",
    "The quad's been playing up too, but that's a problem for another day.",
    "One thing at a time.",
    "Right, yes.",
    "Okay.",
    "Where was I?",
    "Oh yes.",
    "Mm.",
    "Yes, yes.",
    "Sure.",
    "Lovely.",
    "Go on.",
    "Right.",
    "Ha, okay.",
    "Yes.",
    "Okay, good.",
]
_THATCH_ACKS = [
    "Mm.", "How lovely.", "Oh, really?", "Ha!", "Yes.", "Of course.", "Goodness.", "I can imagine.",
    "Right.", "Oh, how interesting.", "Quite.", "Aw.",
]  # fmt: skip
_THATCH_TALK = [
    "The cottage was the village forge until the nineteen-twenties, hence the name.",
    "There's still a horseshoe nailed over the back door. For luck, you know.",
    "I've been here thirty-one years. My husband died four years ago, and I stayed on.",
    "Mm.",
    "People stop in the lane to photograph it. I used to mind but I rather like it now.",
    "A coach party stopped once. Forty of them. I gave them all a biscuit.",
    "Ha, yes.",
    "The roses round the door were my husband's. Albertine. They're a menace but I wouldn't be without them.",
    "Will the men be careful of the roses? I expect they're used to roses.",
    "Of course, yes.",
    "I do the flowers for the church on alternate Sundays. It's only over the road.",
    "The vicar is very nice but terribly particular about things.",
    "Ha!",
    "My grandchildren think a thatched roof is like living in a fairy tale.",
    "They're less keen when they see the spiders.",
    "Mm.",
    "Do you know, I've never been up a ladder in my life. Not once.",
    "My husband did all that. He'd have been up there with your Mark, getting in the way.",
    "Yes, quite.",
    "The insurance is frightful for thatch, you know. Absolutely frightful.",
    "Oh, you do know. Of course you do.",
    "I had a man round once who wanted to put solar panels on it. On the thatch!",
    "I sent him away with a flea in his ear.",
    "Ha, yes.",
    "It's listed, did I say? So everything has to be just so.",
    "Oh, I see.",
    "The woodpeckers were at it last spring, pecking holes all along the eaves.",
    "Beastly birds. Beautiful, but beastly.",
    "Mm.",
    "I have a little dog, a dachshund. She barks at the postman but she's very friendly really.",
    "She'll want to supervise the work. She supervises everything.",
    "Ha!",
    "Would the men like tea? I'll make tea. Everybody likes tea.",
    "And cake on Fridays. I bake on Thursdays, you see.",
    "Of course.",
    "My neighbour had her roof done three years ago, water reed, and it looks terribly bare to me.",
    "I prefer the long straw, it's softer, somehow.",
    "Yes.",
    "Goodness, listen to me.",
    "I don't get many people to talk to, you see, since my husband went.",
    "Oh, you're very kind.",
    "Now, where had we got to.",
    "Yes.",
    "Mm.",
    "Ah, yes.",
    "Quite right.",
    "Go on, dear.",
    "I see.",
    "Yes, I'm listening.",
    "Of course.",
    "Lovely.",
    "Right you are.",
    "Yes, yes.",
    "Hmm.",
    "Oh, good.",
]


# A horse owner of the livery yard: DIY, then part, then full livery (a broken wrist); a long call whose
# middle holds a tack-locker code and three facts about her horse.
_HARRIET = Caller(
    number="+16045551801",
    names=("Harriet",),
    calls=[
        Call(
            LIVERY, 70, "en", "DIY livery enquiry for a gelding",
            "The user, Harriet Ashdown, asked about DIY livery for her horse Conker, an eleven-year-old "
            "16.2hh bay Irish Draught gelding. The agent offered a stable in the bottom yard at £95 a week, "
            "with turnout in the gelding field. Conker moves in on {+10}. He must be fed haylage, not hay, "
            "because he coughs on hay.",
            [
                ("Hollybrook Livery, Jess speaking.",
                 "Oh hi, um, hi. I'm ringing about, er, whether you've got any spaces? For livery?"),
                ("We might do! Is it just the one horse?",
                 "Just the one, yeah. He's called Conker. Like the, the conker, from the tree."),
                ("Lovely name. What is he?",
                 "He's an Irish Draught, bay, sixteen two. He's eleven. Big soft lump, honestly."),
                ("And what sort of livery are you after?",
                 "DIY for now, I think. I'm only, um, ten minutes away, so I can do mornings and evenings."),
                ("We've got a stable free in the bottom yard. DIY is ninety-five pounds a week, and he'd go "
                 "out in the gelding field with four others.",
                 "Ninety-five, okay. That's fine. He gets on with everyone, he's a total wimp."),
                ("Any feeding requirements?",
                 "He has to have haylage, not hay. He coughs on hay, the vet said it's a dust thing. So, "
                 "soaked... no, haylage, sorry. Haylage."),
                ("That's fine, we do haylage. And your name?", "Harriet Ashdown. A-S-H-D-O-W-N."),
                ("When would you like him to move in?",
                 "Would a week on Saturday work? So, um, ten days-ish?"),
                ("Ten days from now, perfect, I'll put him down.", "Brilliant. Thanks so much!"),
            ],
            analysis_items(
                "DIY livery enquiry", "Conker moves in to the bottom yard stable", "{+10}",
                "Horse Conker, 16.2hh bay Irish Draught gelding, aged 11; DIY livery £95 a week; haylage "
                "only, coughs on hay", "none", first_name="Harriet",
            ),
        ),
        Call(
            LIVERY, 44, "en", "Switching to part livery",
            "The user, Harriet Ashdown, asked to move her horse Conker from DIY to part livery because a new "
            "job in Guildford means she can no longer do mornings. From {+7} the yard will do his morning "
            "turnout, mucking out and breakfast feed for £140 a week, and she will do evenings. The agent "
            "will email the part livery agreement. Harriet chatted about Conker settling in with the grey "
            "cob, Pudding.",
            long_call(
                [
                    ("Hollybrook Livery, Jess speaking.",
                     "Hi Jess, it's Harriet, Conker's mum? Sorry, that sounds ridiculous. Harriet Ashdown."),
                    ("Ha, not at all, hi Harriet! How's he settling?",
                     "Oh, he loves it. He's made a best friend already, the grey cob, um, the one with the "
                     "hogged mane."),
                    ("Oh, Pudding! Yeah, they're inseparable.",
                     "Pudding, that's it. Anyway, um, I've got a bit of a thing. I've got a new job, and "
                     "it's in Guildford, so the commute is, like, an hour each way."),
                    ("Ah. So mornings are tricky?",
                     "Mornings are impossible, basically. I leave at half six. So I was wondering about "
                     "part livery?"),
                    ("We can do that. Part livery, we do the mornings: turnout, muck out, and the breakfast "
                     "feed. You do evenings.", "Perfect, that's exactly it. How much is it?"),
                    ("It's a hundred and forty a week.",
                     "A hundred and forty. Okay. Yeah. Fine. That's fine. Ouch, but fine."),
                    ("We could start it a week today.", "Yes please, a week today is great."),
                    ("Is there anything we need to know for doing his mornings?",
                     "Um, loads, probably. Let me think. Hang on, I wrote a list."),
                ],
                [
                    ("Go for it.",
                     "So, first, he can't have anything with alfalfa in it. Nothing. He comes up in lumps "
                     "all over, proper hives. So if anyone's handing out alfalfa chaff, not him."),
                    ("Got it.",
                     "And he's a devil to catch in the field. If he won't come, shake a packet of Polos, "
                     "he'll come running. Polo mints, the little ones."),
                    ("Ha, noted.",
                     "And my farrier's Declan Moss, he comes every six weeks, he just turns up and gets on "
                     "with it, so if you see a man under my horse, that's Declan."),
                    ("Okay.",
                     "Oh, and his rugs are in my tack locker, it's got a padlock, the padlock code is 2 5 8 "
                     "1. The stable rug's on the top shelf."),
                ],
                [
                    ("Right, I think that's everything for the mornings.",
                     "I think so. Oh, and breakfast is just a scoop of the high-fibre cubes and his haylage. "
                     "Easy."),
                    ("Great. I'll email you the part livery agreement to sign.",
                     "Lovely. Thanks, Jess, you're a star."),
                    ("Bye Harriet!", "Bye!"),
                ],
                acks=_LIVERY_ACKS,
                talk=_LIVERY_TALK,
                start=2,
            ),
            {"first_name": "Harriet"},
        ),
        Call(
            LIVERY, 6, "en", "Full livery while owner's wrist heals",
            "The user, Harriet Ashdown, said she slipped on ice at the station and broke her left wrist, "
            "which will be in a cast for six weeks. Conker moves to full livery at £185 a week from "
            "tomorrow, and the yard manager's daughter, Millie, will hack him out three times a week. The "
            "equine dentist is coming on {+9} and the yard will hold Conker for him.",
            [
                ("Hollybrook Livery, Jess speaking.", "Jess, hi, it's Harriet. Um, so, bit of a disaster."),
                ("Oh no, what's happened? Is Conker okay?",
                 "He's fine, he's fine, it's me. I slipped on the ice at the station, like an idiot, and "
                 "I've broken my wrist. My left one. Thank God I'm right-handed."),
                ("Oh Harriet, I'm so sorry! How long are you out for?",
                 "Six weeks in a cast, they said. Six weeks minimum. So I can't do evenings, I can't do "
                 "anything, really. Can he go on full livery?"),
                ("Of course. Full livery's a hundred and eighty-five a week, we do everything.",
                 "A hundred and eighty-five. Yeah. Okay. It is what it is. From tomorrow?"),
                ("From tomorrow. Do you want him exercised as well?",
                 "Yes please, if someone can. He'll go mad otherwise."),
                ("My daughter Millie could hack him out, three times a week? She's ridden him before.",
                 "Oh, Millie, yes, he loves her. Yes, please."),
                ("Lovely. And the equine dentist is coming in nine days, do you want Conker on the list?",
                 "Yes, he's due. Can someone hold him for it? I can't, obviously, with one arm."),
                ("We'll hold him.", "Thank you so much, Jess. Honestly."),
            ],
            analysis_items(
                "Full livery while owner's wrist heals", "Equine dentist visit for Conker; yard to hold him",
                "{+9}",
                "Harriet broke her left wrist, cast for six weeks; Conker on full livery at £185 a week; "
                "Millie to hack him out three times a week", "health", first_name="Harriet",
            ),
        ),
    ],
    questions=[
        Question(LIVERY, "What's her horse called?", ("conker",)),
        Question(LIVERY, "What breed is the horse?", ("irish draught",)),
        Question(LIVERY, "How tall is he?", ("16.2", "sixteen two")),
        Question(LIVERY, "Which livery package is she on now?", ("full livery",),
                 ("part livery", "diy livery")),
        Question(LIVERY, "How much does she pay a week?", ("185", "hundred and eighty-five"),
                 ("140", "hundred and forty")),
        Question(LIVERY, "What must the horse never be fed?", ("alfalfa",)),
        Question(LIVERY, "How do you get him in if he won't be caught?", ("polo",)),
        Question(LIVERY, "Who is his farrier?", ("declan",)),
        Question(LIVERY, "Who trims his feet?", ("declan",)),
        Question(LIVERY, "What happens if he eats alfalfa?", ("hives", "lumps")),
        Question(LIVERY, "Why can't he have hay?", ("coughs",)),
        Question(LIVERY, "What happened to the owner?", ("wrist",)),
        Question(LIVERY, "How long will she be in a cast?", ("six weeks",)),
        Question(LIVERY, "When is the equine dentist coming?", _day(6, 9)),
        Question(LIVERY, "Who will ride Conker while she recovers?", ("millie",)),
        Question(LIVERY, "Which horse is his best mate?", ("pudding",)),
        Question(LIVERY, "Where is her new job?", ("guildford",)),
        Question(LIVERY, "What does he get in the morning?", ("high-fibre cubes",)),
        Question(LIVERY, "Where are his rugs kept?", ("tack locker", "locker")),
        Question(LIVERY, "When did she first ring about a stable?", _day(70)),
        Question(LIVERY, "What's the code on her tack locker?", ()),
        Question(LIVERY, "What's the name of her vet?", ()),
        Question(LIVERY, "What colour is Conker's stable rug?", ()),
        Question(LIVERY, "What's Millie's phone number?", ()),
        Question(LIVERY, "What's her terrier called?", ()),
        Question(LIVERY, "Who insures the horse?", ()),
        Question(LIVERY, "What saddle does Conker use?", ()),
    ],
)  # fmt: skip


# A hill farmer of the feed merchant and the machinery dealer: his account in arrears and the payment plan
# are the merchant's to know, never the dealer's; the analysis calls that call "none". Deliveries moved to
# a rented farm, the tractor too.
_OWEN = Caller(
    number="+16045551802",
    names=("Owen",),
    private_to={FEED: ("arrears", "payment plan", "3,200", "£400 a month")},
    calls=[
        Call(
            FEED, 60, "en", "Ewe nuts and mineral buckets order",
            "The user, Owen Pritchard of Top Hollins Farm, ordered two tonnes of 18% protein ewe nuts in "
            "one-tonne bulk bags and six high-magnesium mineral buckets for delivery on {+3}. The lorry must "
            "use the farm's second entrance on Ravenscar Lane because the main gate is too narrow. He pays "
            "on his monthly account.",
            [
                ("Dale Country Stores, Sandra speaking.",
                 "Aye, morning Sandra, it's Owen Pritchard, Top Hollins."),
                ("Morning Owen, what can I get you?",
                 "I'll want two tonne of the ewe nuts, the eighteen percent. In the big bags, the one-tonne "
                 "bags."),
                ("Two tonnes of the eighteen percent ewe nuts in bulk bags. Anything else?",
                 "Aye, mineral buckets. Six of them. The high-mag ones, for the staggers, we had a ewe go "
                 "down last spring."),
                ("Six high-magnesium buckets. Delivered?",
                 "Please. And tell the driver, not the main gate, it's too narrow for the lorry, he took the "
                 "wing mirror off last time. Second entrance, further up Ravenscar Lane, by the old phone "
                 "box."),
                ("By the old phone box, I'll put that on the docket. We can get it to you in three days.",
                 "Champion."),
                ("On your account as usual?", "On the account, aye."),
            ],
            analysis_items(
                "Ewe nuts and mineral bucket order", "Deliver 2 tonnes ewe nuts and 6 mineral buckets",
                "{+3}",
                "Top Hollins Farm; 18% ewe nuts in 1-tonne bulk bags; lorry uses second entrance on "
                "Ravenscar Lane by the old phone box", "none", first_name="Owen",
            ),
        ),
        Call(
            FEED, 35, "en", "Overdue feed account",
            "Owen Pritchard said his feed account is £3,200 in arrears because the farm has been under TB "
            "movement restrictions and he could not sell his store lambs. The agent agreed a payment plan "
            "of £400 a month over eight months, starting on the 1st, and the account stays open for "
            "essential feed. Owen asked that letters go to him, not to his father.",
            [
                ("Dale Country Stores, Sandra speaking.",
                 "Sandra, it's Owen. Um. Is there, er, somebody I can talk to about the account? Or is that "
                 "you?"),
                ("I can help with accounts, Owen. What's up?",
                 "It's... right. I know we're behind. I had the letter. Three thousand two hundred."),
                ("Yes, the account's three thousand two hundred pounds in arrears.",
                 "Aye. Thing is, we went down with TB in the cattle back end of last year, and we've been "
                 "under restrictions since. I couldn't sell the store lambs at the autumn sales, well, I "
                 "could, but not... it's been a mess."),
                ("I'm sorry, that's really tough. Would a payment plan help?",
                 "It would. I can do four hundred a month. Reliably. I can't do more than that till the "
                 "restrictions lift."),
                ("Four hundred a month over eight months would clear it. Starting on the first?",
                 "The first's good, that's when the lamb money... well, whatever. The first."),
                ("And we'll keep the account open for essential feed while you're paying it off.",
                 "Oh, thank God. Thank you. Really."),
                ("Anything else?",
                 "Just... if you write, write to me, not my dad. He's eighty-one and he'd only worry. It's "
                 "me runs the farm now."),
                ("Understood, I'll note that.", "Cheers, Sandra."),
            ],
            analysis_items(
                "Account query", "First payment of the plan", "",
                "Account £3,200 in arrears; pays £400 a month over eight months; letters to Owen only, not "
                "his father", "none", first_name="Owen",
            ),
        ),
        Call(
            FEED, 3, "en", "Lambing order",
            "Owen Pritchard ordered a tonne of high-energy ewe rolls, twenty bales of barley straw and two "
            "bags of Lamlac lamb milk powder for delivery on {+4}. He confirmed his first payment went "
            "through. This order goes to the lambing shed at Low Hollins.",
            [
                ("Dale Country Stores, Sandra speaking.",
                 "Morning Sandra, Owen. First payment's gone through, did you see?"),
                ("I did, thanks Owen, all sorted.",
                 "Good. Right, lambing's on top of us. I'll need a tonne of the ewe rolls this time, the "
                 "high-energy ones, not the nuts. They do better on them the last few weeks."),
                ("A tonne of the high-energy rolls. What else?",
                 "Twenty bales of barley straw. And two bags of the Lamlac, the milk powder, for the pet "
                 "lambs."),
                ("Two bags of Lamlac, got it.",
                 "And this is the important bit: don't bring it up to Top Hollins. It wants to go to the "
                 "lambing shed, down at Low Hollins. It's the next farm down, we rent it now. Blue doors."),
                ("Lambing shed at Low Hollins, blue doors. We're flat out, is four days' time all right?",
                 "Grand. Ring me when he's setting off, I'll be out with the ewes. Mobile's best."),
            ],
            {"first_name": "Owen"},
        ),
        Call(
            MACHINERY, 40, "en", "Tractor service booking",
            "The user, Owen Pritchard, booked his Massey Ferguson 5710 in for its 1,000-hour service on "
            "{+8}; a mechanic will come out to Top Hollins Farm. He also asked them to look at the knotter "
            "on his baler, which keeps missing.",
            [
                ("Fellside Tractors, service desk, Kieran.",
                 "Now then Kieran, Owen Pritchard, Top Hollins. My Massey's due its service."),
                ("Which model is it?",
                 "The fifty-seven ten. She's on nine hundred and ninety-odd hours, so it's the thousand-hour "
                 "one."),
                ("The thousand-hour service. Do you want to bring it in or shall we send a man out?",
                 "Send him out if you can, I can't spare a day driving it down."),
                ("I can get someone to you in eight days' time.",
                 "That'll do. While he's here, can he look at the baler? The knotter keeps missing, every "
                 "tenth bale or so falls apart."),
                ("What baler is it?",
                 "Old Welger. Round... no, it's a square baler, sorry, a Welger AP. Square."),
                ("Okay, I'll put that on the job card.", "Ta."),
            ],
            {"first_name": "Owen"},
        ),
        Call(
            MACHINERY, 9, "en", "Quad bike quote",
            "Owen Pritchard asked for a price on a new Honda TRX420 quad with a front rack and a towbar, to "
            "replace his old Yamaha; the agent will send a quote with and without a part-exchange. He asked "
            "that visits to his Massey Ferguson now go to Low Hollins.",
            [
                ("Fellside Tractors, Kieran speaking.",
                 "Kieran, it's Owen again. Your lad did a grand job on the Massey, by the way."),
                ("Glad to hear it. What can I do for you?",
                 "I'm after a price on a quad. Honda. The four-twenty, the TRX."),
                ("The TRX420. Any extras?",
                 "A front rack and a towbar. For the feed and the trailer. The old Yamaha's done, it's "
                 "held together with baler twine."),
                ("Are you wanting to part-ex the Yamaha?", "If it's worth owt. Probably not."),
                ("I'll send over a quote with and without the part-ex.",
                 "Grand. And change the address on the Massey, will you? She lives at Low Hollins now, we "
                 "rent the buildings there, so any visits want to go there, not Top Hollins."),
                ("Low Hollins, updated.", "Cheers. Post's fine for the quote."),
            ],
            analysis_items(
                "Quad bike quote", "Send a quote for a Honda TRX420 quad", "",
                "Massey Ferguson 5710; wants Honda TRX420 with front rack and towbar; tractor now kept at "
                "Low Hollins", "none", first_name="Owen",
            ),
        ),
    ],
    questions=[
        Question(FEED, "What protein are his ewe nuts?", ("18%", "eighteen percent")),
        Question(FEED, "Which way in should the lorry use?", ("second entrance", "phone box")),
        Question(FEED, "Why does he want the high-magnesium buckets?", ("staggers",)),
        Question(FEED, "How much is he behind on his account?", ("3,200", "three thousand two hundred")),
        Question(FEED, "How much is he paying off each month?", ("400", "four hundred")),
        Question(FEED, "Why did he fall behind?", ("restrictions", "tb in the cattle")),
        Question(FEED, "Who shouldn't get letters about the account?", ("father", "dad")),
        Question(FEED, "How old is his father?", ("eighty-one",)),
        Question(FEED, "Which ewe feed does he want now?", ("ewe rolls", "high-energy"), ("ewe nuts",)),
        Question(FEED, "Where should the lambing order go?", ("low hollins", "lambing shed")),
        Question(FEED, "What colour are the shed doors?", ("blue",)),
        Question(FEED, "What's the milk powder for?", ("pet lambs",)),
        Question(FEED, "How many bales of straw?", ("twenty bales",)),
        Question(FEED, "How does he like to be reached on delivery day?", ("mobile",)),
        Question(FEED, "When is the lambing order arriving?", _day(3, 4)),
        Question(FEED, "When did he ring about the overdue account?", _day(35)),
        Question(FEED, "What's his mobile number?", ()),
        Question(FEED, "What's his father's name?", ()),
        Question(FEED, "How many ewes does he run?", ()),
        Question(FEED, "How many cattle does he keep?", ()),
        Question(FEED, "What is his account number?", ()),
        Question(MACHINERY, "Which tractor does he have?", ("5710", "fifty-seven ten")),
        Question(MACHINERY, "Which service was the tractor due?", ("1,000-hour", "thousand-hour")),
        Question(MACHINERY, "What's wrong with the baler?", ("knotter",)),
        Question(MACHINERY, "What make is the baler?", ("welger",)),
        Question(MACHINERY, "Which quad does he want a price on?", ("trx420", "four-twenty")),
        Question(MACHINERY, "Which extras does he want on the quad?", ("front rack", "towbar")),
        Question(MACHINERY, "What's his current quad?", ("yamaha",)),
        Question(MACHINERY, "Where is the tractor kept now?", ("low hollins",), ("top hollins",)),
        Question(MACHINERY, "When was the mechanic due out?", _day(40, 8)),
        Question(MACHINERY, "Is he behind on any payments?", ()),
        Question(MACHINERY, "What's the Yamaha worth as a part-exchange?", ()),
        Question(MACHINERY, "What's his email address?", ()),
        Question(MACHINERY, "What's the tractor's registration?", ()),
    ],
)  # fmt: skip


# A hill-farming couple on one phone: the count of ewes corrected by the wife, the shearing day moved for
# rain by the husband (the analysis leaves its date empty).
_MORGANS = Caller(
    number="+16045551803",
    names=("Huw", "Gwen"),
    calls=[
        Call(
            SHEARING, 65, "en", "Shearing booking for the ewes",
            "The user, Huw Morgan of Pen-y-Bryn farm, booked shearing for about 420 Welsh Mountain ewes and "
            "12 Texel rams in mid-June. The contractor charges £2.10 a head for ewes and £4 for rams. The "
            "sheep will be gathered the night before and kept dry in the big shed. The agent will ring with "
            "a date closer to the time.",
            [
                ("Bevan Shearing, Cerys speaking.",
                 "Helo, ie, hello. Huw Morgan, Pen-y-Bryn. Wanting to get on the list for shearing, like."),
                ("Of course, Huw. How many have you got?",
                 "Four hundred and twenty ewes, give or take. Welsh Mountain, mostly. And the tups, twelve "
                 "Texel tups."),
                ("Four hundred and twenty ewes and twelve rams. When were you thinking?",
                 "Middle of June, same as always. Once they've, um, once the wool's risen."),
                ("Mid-June is fine, I'll pencil you in and ring with a date closer to the time.", "Lovely."),
                ("It's two pounds ten a head for the ewes this year, and four pounds for rams.",
                 "Two ten. Went up again, did it? Go on then."),
                ("Can you have them penned and dry?",
                 "Aye, we'll gather the night before and keep them in the big shed, so they're dry. The "
                 "shed takes about two hundred at a time, so we'll do it in two lots."),
                ("Perfect. Can you spell the farm for me?", "P-E-N, dash, Y, dash, B-R-Y-N."),
            ],
            analysis_items(
                "Shearing booking", "Ring Huw with a shearing date in mid-June", "",
                "Pen-y-Bryn farm; about 420 Welsh Mountain ewes; 12 Texel rams; £2.10 per ewe, £4 per ram",
                "none", first_name="Huw",
            ),
        ),
        Call(
            SHEARING, 30, "en", "Shearing date and numbers",
            "Gwen Morgan called from Pen-y-Bryn. They bought sixty more ewes at the spring sale, so there "
            "are now about 480 ewes to shear. The agent booked the shearing gang for {+28}, starting at "
            "6 AM. Gwen will make lunch for the four shearers, and the wool will go to British Wool.",
            [
                ("Bevan Shearing, Cerys speaking.",
                 "Hiya Cerys, it's Gwen, Huw's wife, Pen-y-Bryn. He said you'd be wanting numbers."),
                ("Hi Gwen! Yes, I've got four hundred and twenty ewes down.",
                 "Ah, well, that's gone up. We bought sixty more at the spring sale, Beulah speckle-faced, "
                 "so it's four hundred and eighty now. Ish."),
                ("Four-eighty, lovely. I can give you a date now, actually: four weeks today. The gang "
                 "starts at six.", "Six in the morning! Huw'll love that. Go on."),
                ("It'll be four shearers and a wrapper.",
                 "Four shearers. Right, I'll do them lunch then, I always do. Cawl, probably, and bara "
                 "brith."),
                ("They'll love that. And the wool?",
                 "Going to British Wool, same as last year. We've got the sheets from them already."),
                ("Great.",
                 "Oh, and one thing, the dog, Gelert, he's a young collie, he's not great with strangers, "
                 "so we'll shut him in the house. Just so the lads know."),
                ("I'll let them know.", "Diolch, Cerys. Bye now."),
            ],
            {"first_name": "Gwen"},
        ),
        Call(
            SHEARING, 4, "en", "Shearing moved for rain",
            "Huw Morgan asked to move the shearing because heavy rain is forecast on the booked day; it is "
            "now on {+5}, still starting at 6 AM. The rams are in the top field by the road and will be "
            "sheared first.",
            [
                ("Bevan Shearing, Cerys.",
                 "Cerys, Huw Morgan. Listen, have you seen the forecast for the day you're coming to us? "
                 "Tipping down. All day."),
                ("I have, yes, we're moving a few farms. I can do you five days from now instead.",
                 "That's grand. Same time? Six?"),
                ("Same time, six o'clock start.",
                 "Right. And the tups, they're in the top field by the road, we'll have them in first so you "
                 "can do them first, they're the worst."),
                ("Noted, rams first.", "And Gwen says there's four-eighty, did she tell you? Plus the tups."),
                ("She did, yes.", "Champion. Ta-ra."),
            ],
            analysis_items(
                "Shearing date moved due to rain", "Shearing at Pen-y-Bryn", "",
                "Rams in the top field by the road, shear them first; 480 ewes plus 12 rams", "none",
                first_name="Huw",
            ),
        ),
    ],
    questions=[
        Question(SHEARING, "How many ewes need shearing?", ("480", "four hundred and eighty", "four-eighty"),
                 ("420", "four hundred and twenty")),
        Question(SHEARING, "What breed are most of the ewes?", ("welsh mountain",)),
        Question(SHEARING, "How many rams are there?", ("12", "twelve")),
        Question(SHEARING, "What breed are the rams?", ("texel",)),
        Question(SHEARING, "What breed did they buy in at the spring sale?", ("beulah",)),
        Question(SHEARING, "When is the shearing?", _day(4, 5), _day(30, 28)),
        Question(SHEARING, "What time does the gang start?", ("6 am", "six o'clock", "six in the morning")),
        Question(SHEARING, "What's the rate per ewe?", ("2.10", "two pounds ten")),
        Question(SHEARING, "How much for a ram?", ("£4", "four pounds")),
        Question(SHEARING, "Where will the sheep be kept dry?", ("big shed",)),
        Question(SHEARING, "How many sheep does the shed hold?", ("two hundred",)),
        Question(SHEARING, "What will the shearers be given to eat?", ("cawl", "bara brith")),
        Question(SHEARING, "Where are the rams grazing?", ("top field",)),
        Question(SHEARING, "Which sheep get done first?", ("rams first", "tups")),
        Question(SHEARING, "Who takes the clip?", ("british wool",)),
        Question(SHEARING, "What's the dog called?", ("gelert",)),
        Question(SHEARING, "Why was the shearing moved?", ("rain", "tipping down")),
        Question(SHEARING, "How many shearers are coming?", ("four shearers",)),
        Question(SHEARING, "When did Gwen ring with the new numbers?", _day(30)),
        Question(SHEARING, "What's the rate for shearing lambs?", ()),
        Question(SHEARING, "How many lambs do they have?", ()),
        Question(SHEARING, "What's Huw's mobile number?", ()),
        Question(SHEARING, "What's the farm's postcode?", ()),
        Question(SHEARING, "Who is the wrapper?", ()),
        Question(SHEARING, "How old is the collie?", ()),
    ],
)  # fmt: skip


# A French angler: calls in French, summaries in English and French, the analysis items in French with the
# car-park gate code copied into the facts; the beat chosen again ("alors on change").
_BENOIT = Caller(
    number="+33645551804",
    names=("Benoît",),
    calls=[
        Call(
            FISHING, 34, "fr", "Salmon permit for three days",
            "The user, Benoît Lacroix, spoke French and booked a three-day salmon permit on the estate's "
            "Falls beat for two rods, himself and his brother-in-law Mathieu, starting {+36}, at £95 per rod "
            "per day. The beat is fly only. He asked for a ghillie for the first day.",
            [
                ("Glenmorrow Estate, Kirsty speaking, how can I help?",
                 "Bonjour, euh... hello, do you speak French? Vous parlez français ?"),
                ("Oui, un peu, je peux essayer. Comment puis-je vous aider ?",
                 "Ah, merci, c'est gentil. Je voudrais réserver un permis pour le saumon. Pour trois jours."),
                ("Avec plaisir. Pour combien de cannes ?", "Deux cannes. Moi et mon beau-frère, Mathieu."),
                ("Et votre nom ?", "Benoît Lacroix. B-E-N-O-I-T, avec un accent circonflexe sur le i."),
                ("Merci. Le secteur des chutes, le Falls beat, est libre dans cinq semaines environ, "
                 "trois jours de suite.",
                 "Parfait, le Falls beat, oui, on m'a dit que c'est le meilleur."),
                ("C'est quatre-vingt-quinze livres par canne et par jour.", "D'accord, ça va."),
                ("Et c'est la mouche uniquement sur ce secteur.",
                 "Oui, bien sûr, nous pêchons seulement à la mouche."),
                ("Voulez-vous un ghillie, un guide ?",
                 "Pour le premier jour, oui. Après on se débrouille. Mathieu n'a jamais pêché le saumon, il "
                 "a besoin d'aide, le pauvre."),
            ],
            analysis_items(
                "Réservation permis saumon", "Permis de trois jours sur le Falls beat", "{+36}",
                "Deux cannes : Benoît et son beau-frère Mathieu ; 95 £ par canne et par jour ; ghillie le "
                "premier jour", "none", first_name="Benoît",
            ),
        ),
        Call(
            FISHING, 25, "fr", "Changement de secteur",
            "L'utilisateur, Benoît Lacroix, a demandé à changer de secteur : la rivière est très basse, et "
            "avec l'eau basse l'agent lui a conseillé le secteur du pont, le Bridge beat, pour les mêmes "
            "dates et au même prix. Il a aussi demandé où acheter des mouches locales ; l'agent lui a "
            "indiqué la boutique du village, Tackle and Tweed.",
            [
                ("Glenmorrow Estate, Kirsty speaking.",
                 "Bonjour Kirsty, c'est Benoît Lacroix, le Français, pour le saumon."),
                ("Ah, bonjour Benoît ! Tout va bien ?",
                 "Oui, oui. Mais j'ai vu sur votre site que la rivière est très basse en ce moment. Le Falls "
                 "beat, avec l'eau basse, c'est bien ?"),
                ("Honnêtement, avec l'eau basse, le Bridge beat, le secteur du pont, est meilleur. Il y a "
                 "des fosses plus profondes.", "Alors on change. Le Bridge beat, les mêmes dates."),
                ("C'est fait, et c'est le même prix.",
                 "Super. Et les mouches, où est-ce que je peux acheter des mouches locales ?"),
                ("Il y a une boutique au village, Tackle and Tweed, ils ont tout.",
                 "Tackle and Tweed, je note. Merci beaucoup."),
                ("Avec plaisir !",
                 "Ah, et Mathieu est gaucher, left-handed, comment on dit. C'est important pour le "
                 "ghillie ?"),
                ("Non, pas de problème, le ghillie s'adapte.", "Bon, très bien. Au revoir !"),
            ],
            {"first_name": "Benoît"},
        ),
        Call(
            FISHING, 3, "fr", "Late arrival and car park",
            "Benoît Lacroix said he and Mathieu will arrive late, around 11 PM, the evening before their "
            "first day, and will stay at the estate's Keeper's Cottage. The agent gave him the car park "
            "gate code and reminded him that all salmon must be released; they may keep one sea trout a "
            "day.",
            [
                ("Glenmorrow Estate, Kirsty speaking.",
                 "Bonjour Kirsty, Benoît Lacroix encore. Désolé de vous déranger."),
                ("Pas de problème ! Je vous écoute.",
                 "Alors, on arrive la veille, mais tard. Le ferry arrive à Douvres, et après la route... "
                 "bref, on sera là vers vingt-trois heures. Onze heures du soir."),
                ("Pas de souci. Vous logez au Keeper's Cottage, c'est ça ?",
                 "Oui, le Keeper's Cottage. Comment on entre si tout est fermé ?"),
                ("La clé sera sur la porte. Et pour le parking, il y a un portail. Je vous le dis en "
                 "anglais pour être sûre: the gate code is 4 0 8 6.",
                 "Quatre, zéro, huit, six. D'accord, je note."),
                ("Et n'oubliez pas : tous les saumons sont remis à l'eau, c'est obligatoire.",
                 "Oui, oui, on relâche tout, pas de problème. Et la truite de mer ?"),
                ("Vous pouvez garder une truite de mer par jour.",
                 "Une par jour, parfait. Mathieu sera content."),
                ("Autre chose ?", "Non, c'est tout. À bientôt !"),
            ],
            analysis_items(
                "Arrivée tardive et parking", "", "",
                "Arrivée vers 23 h la veille ; logement au Keeper's Cottage ; code du portail 4086 ; tous "
                "les saumons remis à l'eau, une truite de mer par jour", "none", first_name="Benoît",
            ),
        ),
    ],
    questions=[
        Question(FISHING, "Which beat is he fishing?", ("bridge beat", "secteur du pont"), ("falls beat",)),
        Question(FISHING, "How many rods are booked?", ("two rods", "deux cannes")),
        Question(FISHING, "Who is fishing with him?", ("mathieu",)),
        Question(FISHING, "How is Mathieu related to him?", ("brother-in-law", "beau-frère")),
        Question(FISHING, "What's the price per rod per day?", ("95", "quatre-vingt-quinze")),
        Question(FISHING, "When does his salmon fishing start?", _day(34, 36)),
        Question(FISHING, "Does he want a ghillie?", ("first day", "premier jour")),
        Question(FISHING, "What time will they get in?", ("11 pm", "23 h", "vingt-trois heures",
                                                         "onze heures du soir")),
        Question(FISHING, "Where are they staying?", ("keeper's cottage",)),
        Question(FISHING, "Can they keep any fish?", ("sea trout", "truite de mer")),
        Question(FISHING, "Where can he buy local flies?", ("tackle and tweed",)),
        Question(FISHING, "Why did he switch beats?", ("eau basse", "très basse")),
        Question(FISHING, "Is either angler left-handed?", ("gaucher", "left-handed")),
        Question(FISHING, "How are they getting over from France?", ("ferry",)),
        Question(FISHING, "Spinning allowed?", ("fly only", "la mouche")),
        Question(FISHING, "When did he ask to change beats?", _day(25)),
        Question(FISHING, "What's the car park gate code?", ()),
        Question(FISHING, "What's his rod licence number?", ()),
        Question(FISHING, "What is Mathieu's surname?", ()),
        Question(FISHING, "What car will they be driving?", ()),
        Question(FISHING, "Which fly pattern does he prefer?", ()),
        Question(FISHING, "What is the ghillie's name?", ()),
    ],
)  # fmt: skip


# A Spanish meat-box customer: calls in Spanish, summaries in English and Spanish, the analysis items in
# Spanish; the box size, its price, the address and where a box is left all changed by a later call.
_CARMEN = Caller(
    number="+34645551805",
    names=("Carmen",),
    calls=[
        Call(
            MEATBOX, 55, "es", "Alta en la caja de carne mensual",
            "The user, Carmen Ruiz, spoke Spanish and joined the monthly meat box scheme with the Family Box "
            "at £75 a month, delivered on the first Friday of each month to 3 Orchard Row, Ashcombe. She "
            "asked for no pork, because her husband, Javier, does not eat it, and extra lamb instead. She "
            "will pay by direct debit.",
            [
                ("Ashcombe Farm Shop, Lou speaking, how can I help?",
                 "Hola, buenas... eh, sorry, do you speak Spanish? ¿Español?"),
                ("Sí, hablo un poco de español. ¿En qué le puedo ayudar?",
                 "¡Ay, qué bien! Mire, quiero apuntarme a la caja de carne, la mensual. La de la familia."),
                ("La Family Box, setenta y cinco libras al mes. ¿Su nombre?",
                 "Carmen Ruiz. Ruiz con zeta al final. R-U-I-Z."),
                ("Gracias, Carmen. ¿Alguna preferencia?",
                 "Sí, nada de cerdo, por favor. Mi marido, Javier, no come cerdo. Si puede ser, más cordero "
                 "en lugar del cerdo."),
                ("Sin cerdo, más cordero. Perfecto. ¿Dirección de entrega?",
                 "Número tres, Orchard Row, en Ashcombe. Tres."),
                ("La entrega es el primer viernes de cada mes.",
                 "El primer viernes, muy bien. ¿Y si no estoy en casa?"),
                ("El repartidor la deja en un sitio fresco, donde usted diga.",
                 "Pues en la caseta del jardín, la que tiene la puerta verde. Ahí está fresquito."),
                ("¿Cómo quiere pagar?", "Domiciliación bancaria, sí. Direct debit."),
            ],
            analysis_items(
                "Alta en la caja familiar", "", "",
                "Caja familiar 75 £ al mes; sin cerdo, más cordero; 3 Orchard Row, Ashcombe; primer viernes "
                "de cada mes", "none", first_name="Carmen",
            ),
        ),
        Call(
            MEATBOX, 22, "es", "Saltar un mes y caja grande",
            "La usuaria, Carmen Ruiz, pidió saltarse la caja del mes que viene porque se van a Sevilla a "
            "ver a su madre, que cumple noventa años. Después quiere cambiar a la caja grande, la Big Box, "
            "de 110 £ al mes, porque su hijo Alvaro vuelve de la universidad. Sigue sin cerdo y pidió más "
            "hamburguesas.",
            [
                ("Ashcombe Farm Shop, Lou speaking.", "Hola Lou, soy Carmen Ruiz, la de la caja sin cerdo."),
                ("¡Hola Carmen! ¿Qué tal?",
                 "Bien, bien. Mira, dos cosas. La primera: la caja del mes que viene no la quiero, nos vamos "
                 "a Sevilla, a ver a mi madre, que cumple noventa años."),
                ("¡Qué bonito! Entonces nos saltamos la del mes que viene.",
                 "Eso. Y la segunda: después, ¿puedo cambiar a la caja grande? Mi hijo Álvaro vuelve de la "
                 "universidad y come como un caballo."),
                ("Claro, la Big Box, son ciento diez libras al mes.", "Ciento diez, vale, está bien."),
                ("¿Sigue sin cerdo?",
                 "Sí, sí, nada de cerdo. Y a Álvaro le encantan las hamburguesas, si puede poner más "
                 "hamburguesas, mejor."),
                ("Apunto más hamburguesas.", "Gracias, Lou, ¡hasta luego!"),
            ],
            {"first_name": "Carmen"},
        ),
        Call(
            MEATBOX, 3, "es", "Sausage complaint and new address",
            "Carmen Ruiz reported that the beef sausages in her last box were split open, and the agent "
            "credited £8 to her next box. She has moved house: boxes now go to 17 Mill Lane, Ashcombe, from "
            "the delivery on {+4}.",
            [
                ("Ashcombe Farm Shop, Lou speaking.",
                 "Hola Lou, Carmen otra vez. Eh... una queja pequeñita, nada grave."),
                ("Dígame.",
                 "Las salchichas de ternera de la última caja venían abiertas, reventadas. No pasa nada, "
                 "pero..."),
                ("Lo siento mucho. Le pongo un crédito de ocho libras en la próxima caja.",
                 "Ay, muy amable, gracias."),
                ("¿Algo más?",
                 "Sí, importante: nos hemos mudado. La nueva dirección es diecisiete, Mill Lane, aquí en "
                 "Ashcombe mismo. Diecisiete. Uno, siete."),
                ("17 Mill Lane. Lo cambio para la próxima entrega, dentro de cuatro días.",
                 "Perfecto. Y ya no tenemos caseta, así que si no estamos, déjela con la vecina del "
                 "dieciocho, la señora Patel."),
                ("Con la señora Patel, del dieciocho. Apuntado.", "¡Gracias, hasta luego!"),
            ],
            analysis_items(
                "Queja por salchichas y cambio de dirección", "Crédito de 8 £ en la próxima caja", "{+4}",
                "Nueva dirección: 17 Mill Lane, Ashcombe; sin cerdo", "none", first_name="Carmen",
            ),
        ),
    ],
    questions=[
        Question(MEATBOX, "Which box is she on now?", ("big box", "caja grande"),
                 ("family box", "caja familiar")),
        Question(MEATBOX, "How much does her box cost a month?", ("110", "ciento diez"),
                 ("£75", "setenta y cinco")),
        Question(MEATBOX, "What meat does she not want?", ("pork", "cerdo")),
        Question(MEATBOX, "What does she want more of instead?", ("lamb", "cordero")),
        Question(MEATBOX, "What's her husband's name?", ("javier",)),
        Question(MEATBOX, "What's her delivery address?", ("17 mill lane", "mill lane", "diecisiete"),
                 ("orchard row",)),
        Question(MEATBOX, "Where should the driver leave the box if nobody's in?", ("patel", "dieciocho"),
                 ("caseta", "puerta verde")),
        Question(MEATBOX, "Which city are they visiting instead of taking a box?", ("sevilla",)),
        Question(MEATBOX, "Who is coming home from university?", ("álvaro", "alvaro")),
        Question(MEATBOX, "What does her son like to eat?", ("hamburguesas",)),
        Question(MEATBOX, "How much credit was she given?", ("£8", "ocho libras")),
        Question(MEATBOX, "What was wrong with the sausages?", ("split", "reventadas", "abiertas")),
        Question(MEATBOX, "Which day of the month does the box come?", ("first friday", "primer viernes")),
        Question(MEATBOX, "How old is her mother turning?", ("noventa",)),
        Question(MEATBOX, "How does she pay?", ("direct debit", "domiciliación")),
        Question(MEATBOX, "When is her next delivery?", _day(3, 4)),
        Question(MEATBOX, "When did she sign up?", _day(55)),
        Question(MEATBOX, "What's Javier's phone number?", ()),
        Question(MEATBOX, "Does anyone in the family have a food allergy?", ()),
        Question(MEATBOX, "Which university is her son at?", ()),
        Question(MEATBOX, "What is her email address?", ()),
        Question(MEATBOX, "What's the neighbour's first name?", ()),
        Question(MEATBOX, "What's her mother's name?", ()),
    ],
)  # fmt: skip


# A smallholder of the dry-stone waller: a long call whose middle holds a field-gate padlock code and four
# facts; the length and the price corrected by the quote, the start put back a week by the waller.
_FIONA = Caller(
    number="+16045551806",
    names=("Fiona",),
    calls=[
        Call(
            WALLER, 48, "en", "Collapsed wall along the lane",
            "The user, Fiona Blackwood, reported that about twenty metres of dry-stone field wall along the "
            "lane at Lane Head Farm, Thwaite, collapsed after the frost. Sam will come to survey it on {+5} "
            "in the afternoon and send a quote. Fiona talked at length about life on the smallholding.",
            long_call(
                [
                    ("Lister Walling, you're through to Sam's office, it's Anna.",
                     "Oh, hello, hi. Um, I've got a wall that's fallen down. Well, a bit of a wall. Quite a "
                     "big bit, actually."),
                    ("Oh dear. Where is it?",
                     "At Lane Head Farm, up at Thwaite. It's the wall along the lane, the one you, er, drive "
                     "past on the way in."),
                    ("And how much of it has come down?",
                     "I paced it out this morning. About twenty metres? Twenty-odd. It just sort of slumped, "
                     "after all that frost."),
                    ("Frost'll do it. Is it a field wall or a garden wall?",
                     "Field wall. Between the lane and the bottom pasture. About, um, chest height? On me, "
                     "anyway, I'm five foot two."),
                    ("Okay. And your name?", "Fiona Blackwood. Blackwood like it sounds."),
                    ("Thanks, Fiona. Sam would want to come and see it before quoting.",
                     "Yes, of course, that makes sense."),
                    ("Have the stones stayed where they fell?",
                     "They're all just lying there in a heap, in the lane and the field. I've put some cones "
                     "out for the post van."),
                    ("Good, that helps.",
                     "Sorry, I've never done this before, I've only had the place two years."),
                ],
                [
                    ("Not at all.",
                     "Oh, and I should tell you, the field gate's got a combination padlock on it now, after "
                     "walkers kept leaving it open. The padlock code is 7 3 9 5."),
                    ("Okay.",
                     "And there are in-lamb ewes in that bottom pasture, eighteen of them, Jacobs, so "
                     "whoever comes, the gate has to be shut behind them. Always."),
                    ("Got it.",
                     "And if Sam needs extra stone, there's the old pigsty behind the house that's falling "
                     "down anyway, he's welcome to take stone from that."),
                    ("Oh, that's useful.",
                     "And my neighbour, Mr Hebden, the wall's our boundary, and he says he'll go halves on "
                     "the cost. I'm not sure I believe him, but he said it."),
                ],
                [
                    ("Well, Sam can come and look in five days, in the afternoon. Would that suit?",
                     "The afternoon's good, I'm at the farmers' market in the mornings."),
                    ("Lovely. He'll measure up and send a quote.", "Brilliant. Thank you so much."),
                    ("Bye, Fiona.", "Bye, bye."),
                ],
                acks=_WALL_ACKS,
                talk=_WALL_TALK,
                start=4,
            ),
            {"first_name": "Fiona"},
        ),
        Call(
            WALLER, 28, "en", "Quote accepted for wall rebuild",
            "Fiona Blackwood accepted Sam's quote of £3,900 to rebuild 22 metres of wall along the lane at "
            "Lane Head Farm, including new through-stones and coping. Work starts on {+30} and should take "
            "about eight days. She will pay a £500 deposit by bank transfer.",
            [
                ("Lister Walling, Anna speaking.",
                 "Hi Anna, it's Fiona Blackwood, Lane Head. I got Sam's quote."),
                ("Oh lovely. Any questions?",
                 "Um, just, it says twenty-two metres, I said twenty, is that right?"),
                ("Sam measured twenty-two when he was there, including the bit that's bulging and would come "
                 "down anyway.", "Oh, okay, yeah, that's fair. The bulgy bit. Fine."),
                ("So that's three thousand nine hundred pounds, with new through-stones and the coping.",
                 "Yes. Let's do it."),
                ("Wonderful. Sam can start a month from now, and it'll take about eight days.",
                 "A month. Okay. And the deposit?"),
                ("Five hundred pounds by bank transfer, I'll email the details.",
                 "Perfect. Oh, and Sam said he'd bring his apprentice, Ellis? Is that right?"),
                ("Yes, Ellis works with him on the bigger jobs.", "Great, I'll get more mugs out."),
            ],
            analysis_items(
                "Wall rebuild quote accepted", "Rebuild of 22 metres of wall starts", "{+30}",
                "Lane Head Farm, Thwaite; quote £3,900 for 22 m with through-stones and coping; £500 deposit "
                "by bank transfer", "finance", first_name="Fiona",
            ),
        ),
        Call(
            WALLER, 8, "en", "Start put back a week",
            "Fiona called to check the start date; the agent said Sam is running a week behind on another "
            "job, so the rebuild now starts on {+17}. Fiona also asked him to reset the leaning gatepost by "
            "the field gate, which adds £350 for a new total of £4,250.",
            [
                ("Lister Walling, Anna speaking.",
                 "Hi Anna, Fiona at Lane Head. Just checking we're still on for, you know, the start?"),
                ("Ah, Fiona, I was going to ring you. Sam's running about a week behind, a job at Keld "
                 "turned out worse than it looked. Could he start a week later?",
                 "Oh. Well, I suppose so, yes. A week later. That's fine, the ewes won't mind."),
                ("Thank you, I'll put it in for seventeen days from today.",
                 "Okay. While I've got you, the gatepost by the field gate is leaning, really badly. Could "
                 "he reset it while he's there?"),
                ("He can. That's three hundred and fifty extra, so four thousand two hundred and fifty in "
                 "total.", "Fine, do it."),
                ("I'll send a revised quote.",
                 "Thanks. Oh, and I've moved the cones, the post van kept hitting them. Bye!"),
            ],
            {"first_name": "Fiona"},
        ),
    ],
    questions=[
        Question(WALLER, "How long is the stretch being rebuilt?", ("22 metres", "twenty-two metres", "22 m"),
                 ("twenty metres",)),
        Question(WALLER, "What's the total price now?", ("4,250", "four thousand two hundred and fifty"),
                 ("3,900", "three thousand nine hundred")),
        Question(WALLER, "When does Sam start?", _day(8, 17), _day(28, 30)),
        Question(WALLER, "How long will the job take?", ("eight days",)),
        Question(WALLER, "How much is the deposit?", ("£500", "five hundred")),
        Question(WALLER, "Why did the wall fall?", ("frost",)),
        Question(WALLER, "What breed are the sheep in that field?", ("jacob",)),
        Question(WALLER, "How many in-lamb ewes are in the pasture?", ("eighteen",)),
        Question(WALLER, "Where can Sam get extra stone?", ("pigsty",)),
        Question(WALLER, "Who shares the boundary?", ("hebden",)),
        Question(WALLER, "Is anybody chipping in towards the bill?", ("hebden", "go halves")),
        Question(WALLER, "What must whoever comes always remember about the gate?", ("shut behind",)),
        Question(WALLER, "What extra job was added?", ("gatepost",)),
        Question(WALLER, "Who is Sam's apprentice?", ("ellis",)),
        Question(WALLER, "Why is the start delayed?", ("keld", "week behind")),
        Question(WALLER, "Why can't she do mornings?", ("market",)),
        Question(WALLER, "What's included besides the walling?", ("through-stones", "coping")),
        Question(WALLER, "When did she first report the fallen wall?", _day(48)),
        Question(WALLER, "Where's the farm?", ("thwaite", "lane head")),
        Question(WALLER, "What's the padlock code on the field gate?", ()),
        Question(WALLER, "What's Mr Hebden's first name?", ()),
        Question(WALLER, "What's the farm's postcode?", ()),
        Question(WALLER, "What time exactly was the survey visit?", ()),
        Question(WALLER, "How many acres is the smallholding?", ()),
        Question(WALLER, "What's Ellis's surname?", ()),
        Question(WALLER, "When are the ewes due to lamb?", ()),
    ],
)  # fmt: skip


# An elderly cottage owner of the thatcher: a long call whose middle holds a key-safe code and three facts;
# the ridge figure chosen again without "change" ("I'd rather have a hare").
_ROSALIND = Caller(
    number="+16045551807",
    names=("Rosalind",),
    calls=[
        Call(
            THATCHER, 80, "en", "Thatch survey request",
            "The user, Rosalind Finch, of Old Forge Cottage, Church Lane, Little Amwell, asked for a survey "
            "of her thatched roof: the ridge is worn and there is a lot of moss on the north side. The roof "
            "is long straw, last fully rethatched about twenty-five years ago. Mark will survey it on {+8} "
            "at 10 AM.",
            [
                ("Gale Thatching, Pippa speaking.",
                 "Good morning. I'd like someone to come and look at my roof, please. It's thatched, "
                 "obviously, or I'd have rung someone else."),
                ("Ha, of course. What seems to be the trouble?",
                 "The ridge is looking very tired. And there's a great deal of moss on the north side, the "
                 "side facing the lane."),
                ("Do you know what the roof is done in?",
                 "Long straw, I'm told. The previous owners had it rethatched about twenty-five years ago, "
                 "I have the receipt somewhere."),
                ("That's a good innings. And the address?", "Old Forge Cottage, Church Lane, Little Amwell."),
                ("And your name, please?", "Rosalind Finch. Mrs. F-I-N-C-H."),
                ("Mark can come and survey it in eight days, at ten in the morning.",
                 "Ten o'clock. Yes, that's fine."),
                ("Is there good access for a ladder?",
                 "At the front, yes. At the back there's the greenhouse, so do be careful there."),
            ],
            analysis_items(
                "Thatch survey request", "Survey of the thatched roof at Old Forge Cottage", "{+8}",
                "Old Forge Cottage, Church Lane, Little Amwell; long straw roof, rethatched about 25 years "
                "ago; worn ridge, moss on the north side", "none", first_name="Rosalind",
            ),
        ),
        Call(
            THATCHER, 62, "en", "Going through the roof survey",
            "The user, Rosalind Finch, went through Mark's survey of her roof with the agent. He recommends "
            "re-ridging in long straw with a new block-cut ridge, raking the moss off and patching the north "
            "slope, and wire netting over the whole roof, for £7,400 in total. She would like a straw "
            "pheasant on the ridge. The written quote will be posted, as she does not use email. Rosalind "
            "chatted about the cottage and the village.",
            long_call(
                [
                    ("Gale Thatching, Pippa speaking.",
                     "Good morning, Pippa. It's Rosalind Finch, Old Forge Cottage. Mark came to look at my "
                     "roof, and I've had his notes, but I'd like to go through them with somebody."),
                    ("Of course, Mrs Finch. I've got the survey here.",
                     "Oh good. Now, he says the ridge needs doing. All of it?"),
                    ("Yes, the whole ridge. He recommends re-ridging in long straw with a new block-cut "
                     "ridge, that's the decorative pattern cut along the bottom edge.",
                     "Block-cut. With the little scallops? My neighbour has points. I'd like scallops."),
                    ("Scallops it is. And the north slope, where the moss is, needs patching.",
                     "Yes, it's dreadful, isn't it. Green as a billiard table."),
                    ("He'd rake the moss off and patch it with new straw, then wire netting over the whole "
                     "roof.", "Netting. Is that the chicken wire? Will it spoil the look?"),
                    ("You barely see it from the lane after a few months, it weathers in.", "Very well."),
                    ("So altogether it comes to seven thousand four hundred pounds.",
                     "Goodness. Well. It's the roof, isn't it."),
                    ("Mark also mentioned a straw figure for the ridge, if you'd like one.",
                     "Oh, yes! A pheasant. There are always pheasants in the garden. A straw pheasant, "
                     "please."),
                ],
                [
                    ("Mm.",
                     "Now, practical things. I shall be away for the first week of the work, at my sister's "
                     "in Harrogate. She's having a knee done and I'm to be nurse."),
                    ("Oh, I hope it goes well.",
                     "So the men will need to let themselves in for water and the loo. There's a key safe "
                     "by the back door, the code is 4 7 1 9."),
                    ("Thank you, I'll pass that on to Mark.",
                     "And you should know, there are bats in the loft. Pipistrelles, the little ones. A man "
                     "from the bat group counted them last summer. Thirty-odd."),
                    ("Ah, that's important, Mark will want to know that.",
                     "I'm rather fond of them. They come out at dusk over the pond."),
                ],
                [
                    ("So, I'll put the written quote in the post today.",
                     "Thank you. I don't do email, I'm afraid, my grandson does it for me when he visits."),
                    ("The post is fine. Then you can ring us to book once you've had a think.",
                     "I shall. Thank you, Pippa, you've been very patient."),
                    ("Not at all, Mrs Finch. Goodbye!", "Goodbye, dear."),
                ],
                acks=_THATCH_ACKS,
                talk=_THATCH_TALK,
                start=1,
            ),
            {"first_name": "Rosalind"},
        ),
        Call(
            THATCHER, 10, "en", "Thatching booked and ridge figure",
            "Rosalind Finch accepted the £7,400 quote for her roof. Work starts on {+14} and will take about "
            "three weeks; the scaffolders come the day before. She will have a straw hare on the ridge, at "
            "the same price.",
            [
                ("Gale Thatching, Pippa speaking.",
                 "Good afternoon, Pippa, it's Rosalind Finch, Old Forge Cottage. I've had the written quote "
                 "and I'd like to go ahead."),
                ("Oh, wonderful! Mark will be delighted.",
                 "Seven thousand four hundred. It's a great deal of money, but the roof is the house, "
                 "really."),
                ("It is. Mark can start in a fortnight, and it'll be about three weeks. The scaffolders come "
                 "the day before.", "A fortnight. Good."),
                ("And the pheasant for the ridge?",
                 "Ah. Now. I've been thinking, and I'd rather have a hare. My late husband loved the hares "
                 "in the top field. So a hare, please."),
                ("A hare it is, same price.", "Lovely. He'd be very pleased, wherever he is."),
                ("Anything else?",
                 "Only that the scaffolders should park on the verge, not in front of the church gate, the "
                 "vicar gets terribly cross."),
            ],
            analysis_items(
                "Thatch work booked", "Re-ridging and netting begins; scaffolding the day before", "{+14}",
                "Quote £7,400 accepted; straw hare on the ridge; work about three weeks", "none",
                first_name="Rosalind",
            ),
        ),
    ],
    questions=[
        Question(THATCHER, "What is the roof thatched in?", ("long straw",)),
        Question(THATCHER, "Which side of the roof has the moss?", ("north",)),
        Question(THATCHER, "What's her address?", ("old forge cottage", "church lane")),
        Question(THATCHER, "How much is the job?", ("7,400", "seven thousand four hundred")),
        Question(THATCHER, "What straw figure goes on the ridge?", ("hare",), ("pheasant",)),
        Question(THATCHER, "When does the thatching start?", _day(10, 14)),
        Question(THATCHER, "How long will the work take?", ("three weeks",)),
        Question(THATCHER, "When was the roof last fully redone?", ("twenty-five years", "25 years")),
        Question(THATCHER, "What creatures roost in the attic?", ("bats", "pipistrelle")),
        Question(THATCHER, "Where will she be during the first week of work?", ("harrogate", "sister")),
        Question(THATCHER, "What should the roofers watch out for at the back?", ("greenhouse",)),
        Question(THATCHER, "Where should the scaffolders park?", ("verge",)),
        Question(THATCHER, "Why did she go for the hare?", ("late husband",)),
        Question(THATCHER, "What goes over the whole roof once it's done?", ("wire netting", "netting")),
        Question(THATCHER, "What kind of ridge is Mark recommending?", ("block-cut",)),
        Question(THATCHER, "What pattern does she want along the ridge edge?", ("scallops",)),
        Question(THATCHER, "How should we send her paperwork?", ("in the post", "posted")),
        Question(THATCHER, "When did she first ask for a survey?", _day(80)),
        Question(THATCHER, "When did Mark do the survey?", _day(80, 8)),
        Question(THATCHER, "What's the code for the key safe?", ()),
        Question(THATCHER, "What's the vicar's name?", ()),
        Question(THATCHER, "What's her sister's name?", ()),
        Question(THATCHER, "What was her husband's name?", ()),
        Question(THATCHER, "How much deposit has she paid?", ()),
        Question(THATCHER, "What's her grandson's name?", ()),
        Question(THATCHER, "Who insures the cottage?", ()),
    ],
)  # fmt: skip


# A contractor buying a used tractor from the machinery dealer: the delivery yard changed by a later call.
_DARREN = Caller(
    number="+16045551808",
    names=("Darren",),
    calls=[
        Call(
            MACHINERY, 45, "en", "Used tractor enquiry",
            "The user, Darren Holt of Holt Agricultural Contracting, asked about the used John Deere 6120M "
            "advertised at £58,500 with 3,400 hours. He wants to part-exchange his New Holland T6.140. A "
            "demonstration at his yard was booked for {+4}.",
            [
                ("Fellside Tractors, sales, Kieran speaking.",
                 "Now then. I'm ringing about the Deere on your website. The sixty-one twenty M."),
                ("The 6120M, yes, still here. Lovely tractor, 3,400 hours, fifty-eight and a half thousand.",
                 "Fifty-eight five. Hmm. Has it got front linkage?"),
                ("Front linkage and front PTO, yes, and the AutoQuad gearbox.",
                 "Right. I'd want to part-ex my New Holland. T6.140, 2012 plate, about eight thousand hours "
                 "on it."),
                ("We can look at that. What's your name?",
                 "Darren Holt. Holt Agricultural Contracting. Darren with two Rs."),
                ("Would you like a demo at your yard?",
                 "Aye, bring it up. I want to see it on the hedge cutter, that's the real test."),
                ("I can bring it up in four days.",
                 "Four days, grand. Yard's at Moorside, on Gillamoor Road, you'll see the sheds."),
            ],
            {"first_name": "Darren"},
        ),
        Call(
            MACHINERY, 25, "en", "Tractor deal agreed",
            "Darren Holt agreed to buy the John Deere 6120M for £58,500 less £14,000 part-exchange for his "
            "New Holland T6.140, leaving £44,500 to pay by bank transfer before delivery. The dealer will "
            "fit a new front weight block as part of the deal. Delivery to his Moorside yard is booked for "
            "{+27}.",
            [
                ("Fellside Tractors, Kieran speaking.",
                 "Kieran. Darren Holt. Right, I've slept on it. The Deere went well on the hedge cutter."),
                ("Glad to hear it. We looked at your New Holland, we can do fourteen thousand on it.",
                 "Fourteen. I was hoping for sixteen. Go on, fourteen, if you throw in a weight block for "
                 "the front."),
                ("A new front weight block, I can do that.",
                 "Then we've a deal. So that's, what, forty-four and a half to pay?"),
                ("Forty-four thousand five hundred, by bank transfer before delivery.", "Aye, fine."),
                ("We can deliver to Moorside in about four weeks, once it's been through the workshop.",
                 "Four weeks is fine, I've got the New Holland till then."),
            ],
            analysis_items(
                "Tractor deal agreed", "Deliver John Deere 6120M to Moorside", "{+27}",
                "John Deere 6120M at £58,500; New Holland T6.140 part-exchange £14,000; balance £44,500 by "
                "bank transfer", "finance", first_name="Darren",
            ),
        ),
        Call(
            MACHINERY, 6, "en", "Tractor delivery to new yard",
            "Darren Holt asked for the John Deere to be delivered to his new yard at Hutton Bank, behind the "
            "old quarry, instead of Moorside, on the same day, {+8}. The driver should ring his foreman, "
            "Stevo, at the quarry entrance. Darren said the balance has been transferred.",
            [
                ("Fellside Tractors, Kieran speaking.",
                 "Kieran, Darren Holt. About the Deere, the delivery."),
                ("Hi Darren, still all set.",
                 "Aye, same day, but not to Moorside. I've taken on a yard at Hutton Bank, behind the old "
                 "quarry, so bring it there instead."),
                ("Hutton Bank, behind the quarry. Got it.",
                 "My foreman'll be there, Stevo. Get the driver to ring him when he's at the quarry "
                 "entrance, it's a bit tricky to find."),
                ("What's Stevo's number?", "I'll text it you. I haven't got it in front of me."),
                ("No problem.",
                 "And the money's gone over, forty-four and a half, should be with you today."),
            ],
            {"first_name": "Darren"},
        ),
    ],
    questions=[
        Question(MACHINERY, "Which tractor is he buying?", ("6120m", "sixty-one twenty")),
        Question(MACHINERY, "What is he trading in?", ("t6.140", "new holland")),
        Question(MACHINERY, "How many hours are on the Deere?", ("3,400",)),
        Question(MACHINERY, "What's the part-exchange allowance?", ("14,000", "fourteen thousand")),
        Question(MACHINERY, "How much is left to pay?", ("44,500", "forty-four and a half")),
        Question(MACHINERY, "Where's the tractor being delivered?", ("hutton bank",), ("moorside",)),
        Question(MACHINERY, "Who should the driver call on arrival?", ("stevo",)),
        Question(MACHINERY, "What did he want to try the tractor with?", ("hedge cutter",)),
        Question(MACHINERY, "When is the delivery?", _day(6, 8)),
        Question(MACHINERY, "When was the demo?", _day(45, 4)),
        Question(MACHINERY, "What year is his New Holland?", ("2012",)),
        Question(MACHINERY, "What did the dealer throw in?", ("front weight", "weight block")),
        Question(MACHINERY, "What's his business called?", ("holt agricultural",)),
        Question(MACHINERY, "What gearbox does the Deere have?", ("autoquad",)),
        Question(MACHINERY, "How much did he hope to get for his old machine?", ("sixteen",)),
        Question(MACHINERY, "What's Stevo's phone number?", ()),
        Question(MACHINERY, "What's the serial number of the Deere?", ()),
        Question(MACHINERY, "Is he taking the extended warranty?", ()),
        Question(MACHINERY, "How many staff does he employ?", ()),
        Question(MACHINERY, "What make is his hedge cutter?", ()),
        Question(MACHINERY, "What's his VAT number?", ()),
    ],
)  # fmt: skip


# An alpaca keeper of the shearing contractor and the feed merchant: the herd grows by one; the analysis
# calls a pregnant alpaca "health".
_MORAG = Caller(
    number="+16045551809",
    names=("Morag",),
    calls=[
        Call(
            SHEARING, 38, "en", "Alpaca shearing booking",
            "The user, Morag Lindsay, booked shearing for her seven alpacas at Birkhill Croft, with "
            "toenail trimming and teeth checks, at £25 per animal. The date will be confirmed nearer the "
            "time. One female, Bramble, is pregnant and should be sheared last and gently.",
            [
                ("Bevan Shearing, Cerys speaking.",
                 "Hello! Do you, um, do you do alpacas? Or is it just sheep?"),
                ("We do alpacas, yes, Rhys does them himself.",
                 "Oh, fantastic. I've got seven. Seven girls. Well, six girls and a boy. Well, a gelding."),
                ("Lovely. Do you want toenails and teeth done as well?",
                 "Yes please, the whole works. Their toenails are like talons."),
                ("It's twenty-five pounds an animal, including nails and teeth.", "That's fine."),
                ("And the address?", "Birkhill Croft, by Dalmore. B-I-R-K-H-I-L-L."),
                ("And your name?", "Morag Lindsay."),
                ("Anything we should know?",
                 "Bramble's pregnant. The brown one. So she'll want doing last and very gently, please."),
                ("Of course. We'll confirm a date nearer the time.",
                 "Perfect. Oh, and the fleeces, I keep them, I spin them myself. Bag them separately by "
                 "colour if you can."),
            ],
            analysis_items(
                "Alpaca shearing booking", "Confirm a date for the alpaca shearing", "",
                "Seven alpacas at Birkhill Croft; £25 per animal with toenails and teeth; Bramble pregnant, "
                "shear last", "health", first_name="Morag",
            ),
        ),
        Call(
            FEED, 16, "en", "Alpaca feed and hay order",
            "The user, Morag Lindsay of Birkhill Croft, ordered four bags of Camelibra alpaca mix, thirty "
            "small bales of meadow hay and a tub of Alpaca Vits for collection on {+2}. She paid by card "
            "over the phone.",
            [
                ("Dale Country Stores, Sandra speaking.",
                 "Hi Sandra, Morag Lindsay, Birkhill Croft. Can I put an order in for collection?"),
                ("Course. What do you need?",
                 "Four bags of the Camelibra, the alpaca mix. And thirty small bales of meadow hay. Not "
                 "haylage, they won't touch haylage."),
                ("Thirty small bales of meadow hay, we've got those in.",
                 "Great. And a tub of the vitamin powder, the one with the llama on it, I can never remember "
                 "the name."),
                ("Alpaca Vits, I think you mean.", "That's the one."),
                ("Ready for collection in two days. How would you like to pay?",
                 "Card, over the phone, if that's all right. I'll come in the pickup with the trailer, the "
                 "Land Rover's off the road."),
            ],
            {"first_name": "Morag"},
        ),
        Call(
            SHEARING, 5, "en", "Alpaca shearing date",
            "Morag Lindsay's alpaca shearing is booked for {+11} in the morning. She now has eight alpacas "
            "after buying a white female, Clover, so the total will be £200. Bramble is still pregnant.",
            [
                ("Bevan Shearing, Cerys speaking.", "Hi Cerys, Morag Lindsay, the alpacas at Birkhill."),
                ("Hi Morag! I was about to ring you. Rhys can do you in eleven days, in the morning.",
                 "Brilliant. Oh, and it's eight now, not seven. I bought another girl at the weekend, "
                 "Clover, she's white, gorgeous."),
                ("Eight, lovely, that's two hundred pounds in total.", "Two hundred, fine."),
                ("And Bramble?", "Still pregnant, still enormous, still last, please."),
                ("Noted. We'll see you then.",
                 "Oh, and the shed has no power, so Rhys will need to bring his generator. Sorry!"),
            ],
            {"first_name": "Morag"},
        ),
    ],
    questions=[
        Question(SHEARING, "How many alpacas does she have?", ("eight alpacas", "eight now"),
                 ("seven alpacas", "seven girls")),
        Question(SHEARING, "Which alpaca is pregnant?", ("bramble",)),
        Question(SHEARING, "What's the charge per animal?", ("£25", "twenty-five pounds")),
        Question(SHEARING, "What will the shearing cost altogether?", ("£200", "two hundred pounds")),
        Question(SHEARING, "What's the new alpaca called?", ("clover",)),
        Question(SHEARING, "When is the alpaca shearing?", _day(5, 11)),
        Question(SHEARING, "What does she do with the fleeces?", ("spin",)),
        Question(SHEARING, "How should the fleeces be bagged?", ("by colour",)),
        Question(SHEARING, "Is there electricity in the shed?", ("no power", "generator")),
        Question(SHEARING, "What extras are included?", ("toenails", "teeth")),
        Question(SHEARING, "What colour is Bramble?", ("brown",)),
        Question(SHEARING, "Where's the croft?", ("birkhill",)),
        Question(SHEARING, "How old is Bramble?", ()),
        Question(SHEARING, "What's the gelding called?", ()),
        Question(SHEARING, "How much does she sell her yarn for?", ()),
        Question(SHEARING, "What's her vet's name?", ()),
        Question(FEED, "Which alpaca mix does she buy?", ("camelibra",)),
        Question(FEED, "How many bales of hay did she order?", ("thirty",)),
        Question(FEED, "Why no haylage?", ("won't touch",)),
        Question(FEED, "What supplement did she order?", ("alpaca vits",)),
        Question(FEED, "What's she collecting in?", ("pickup", "trailer")),
        Question(FEED, "How did she pay?", ("card",)),
        Question(FEED, "When is she collecting her order?", _day(16, 2)),
        Question(FEED, "What are the last four digits of her card?", ()),
        Question(FEED, "Which Land Rover does she drive?", ()),
        Question(FEED, "What's her account number with us?", ()),
    ],
)  # fmt: skip


# A son-in-law buying a gift permit for the estate's trout lake: the day moved; a lake car-park gate code.
_NIGEL = Caller(
    number="+16045551810",
    names=("Nigel",),
    calls=[
        Call(
            FISHING, 30, "en", "Gift trout permit",
            "The user, Nigel Fairbrother, bought a day permit with a boat on Heron Lake, the estate's trout "
            "water, as a present for his father-in-law, Derek Shaw, who turns seventy. It cost £60 and is "
            "for {+28}. A printed gift voucher will be posted to Nigel.",
            [
                ("Glenmorrow Estate, Kirsty speaking.",
                 "Hi, yes, hi. I'd like to buy a fishing permit as a present? Is that a thing you do?"),
                ("It definitely is! What's the occasion?",
                 "My father-in-law's seventieth. He's mad about trout fishing, it's the one thing I know to "
                 "get him."),
                ("Lovely. Heron Lake is our trout water. A day permit with a boat is sixty pounds.",
                 "With a boat, yes, his knees aren't great for standing on the bank all day."),
                ("Which day would you like?",
                 "His birthday's... um, no, let's do it a bit after. Four weeks from today? Does that work?"),
                ("That's fine. Name for the booking?",
                 "Nigel Fairbrother. F-A-I-R-B-R-O-T-H-E-R. The permit in his name, though, Derek Shaw."),
                ("We'll post a printed voucher to you.", "Great, to 41 Kingfisher Way, Ellerby."),
            ],
            analysis_items(
                "Gift trout permit", "Post gift voucher to Nigel", "",
                "Day permit with boat on Heron Lake for father-in-law Derek Shaw's 70th; £60", "none",
                first_name="Nigel",
            ),
        ),
        Call(
            FISHING, 10, "en", "Gift permit day moved",
            "Nigel Fairbrother asked to move his father-in-law's Heron Lake permit to {+14} because Derek "
            "now has a hospital appointment on the original day. The voucher arrived. Derek will bring his "
            "own rods; life jackets are in the boathouse.",
            [
                ("Glenmorrow Estate, Kirsty speaking.",
                 "Hi Kirsty, it's Nigel Fairbrother, I bought the gift permit for my father-in-law?"),
                ("Hi Nigel, yes, Heron Lake. Did the voucher arrive?",
                 "It did, he loved it. Problem is, he's got a hospital appointment that day now, just a "
                 "check-up, so could we move it?"),
                ("Of course. What day would suit?", "Could we say, um, two weeks from today?"),
                ("Two weeks from today, done.", "Great. And does he need anything? He's got his own rods."),
                ("Just drive up to the lake car park, the gate code is 3 3 5 1. Life jackets are in the "
                 "boathouse.", "Three three five one. I'll write it on the voucher. Thanks!"),
            ],
            {"first_name": "Nigel"},
        ),
    ],
    questions=[
        Question(FISHING, "Who is the permit for?", ("derek",)),
        Question(FISHING, "What's the occasion?", ("seventieth", "70th", "turns seventy")),
        Question(FISHING, "Which water is the permit on?", ("heron lake",)),
        Question(FISHING, "How much did he pay?", ("£60", "sixty pounds")),
        Question(FISHING, "When is the fishing day now?", _day(10, 14), _day(30, 28)),
        Question(FISHING, "Why was the day moved?", ("hospital",)),
        Question(FISHING, "Where was the voucher sent?", ("kingfisher way",)),
        Question(FISHING, "Does Derek need rods?", ("own rods",)),
        Question(FISHING, "Why a boat rather than the bank?", ("knees",)),
        Question(FISHING, "Where are the life jackets?", ("boathouse",)),
        Question(FISHING, "What's the father-in-law's surname?", ("shaw",)),
        Question(FISHING, "What's the lake car park gate code?", ()),
        Question(FISHING, "What's Derek's phone number?", ()),
        Question(FISHING, "Which flies does Derek like?", ()),
        Question(FISHING, "What's Nigel's wife's name?", ()),
        Question(FISHING, "When is Derek's birthday?", ()),
    ],
)  # fmt: skip


HELDOUT_COUNTRYSIDE: list[Caller] = [
    _HARRIET, _OWEN, _MORGANS, _BENOIT, _CARMEN, _FIONA, _ROSALIND, _DARREN, _MORAG, _NIGEL,
]  # fmt: skip
