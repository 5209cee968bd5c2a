"""A held-out memory set: callers of eight businesses that make an occasion happen, as ElevenLabs would
report them.

A hot-air balloon flight operator, a private chef service, a mobile DJ and disco, a marquee hire company, a
laser eye surgery clinic, an immigration law firm, a wedding-cake baker and a photo-booth hire firm, most of
them around St. John's, Newfoundland. Nine callers, 29 calls: a French family's anniversary dinner and a
Spanish bride's cake, both in their own language and asked about in English; a couple sharing one phone for
their daughter's wedding tent; a caller of the laser clinic and the DJ whose eye surgery is the clinic's
alone; three calls of 84 or 86 exchanges whose middle holds facts no summary or analysis item repeats;
corrections said plainly ("it's seven, not six") or in passing ("we can go until one a.m. now"); access
codes for a field gate (changed once), a loading-dock door, a side door and a key safe that no answer may
give; and about half of the calls with the post-call analysis items as ElevenLabs' model fills them (a fact
missed, a date left empty, a legal call called "none", a money word called "finance", a code copied into the
facts, values left in French or Spanish), the others with the agent's own first-name item or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November"); a question about when
somebody called is answered by that call's own day.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

BALLOON = "agent_events_balloon_000000000000361"
CHEF = "agent_events_chef_000000000000000362"
DISCO = "agent_events_disco_00000000000000363"
MARQUEE = "agent_events_marquee_000000000000364"
LASER = "agent_events_laser_00000000000000365"
VISAS = "agent_events_visas_00000000000000366"
CAKES = "agent_events_cakes_00000000000000367"
BOOTH = "agent_events_booth_00000000000000368"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_BALLOON_ACKS = [
    "Mm-hm.", "Oh, that's sweet.", "Ha!", "Right.", "Aw.", "For sure.", "No, go ahead.", "Yeah.",
    "I bet.", "Oh my gosh.", "Totally.", "Ha, yes.",
]  # fmt: skip
_BALLOON_TALK = [
    "Sorry, I'm just so excited, I've been planning this in my head for like a year.",
    "He's never been up in anything, not even a helicopter. He gets seasick on the ferry, which, for a "
    "fisherman...",
    "Ha, yeah, I know.",
    "He says the closest he's been to flying is the Ferris wheel at the regatta.",
    "You know the regatta, right? Quidi Vidi? He goes every single year, rain or shine.",
    "Mm.",
    "He's still got his old boat, too. She's up on blocks in the yard, he talks to her.",
    "I'm not even joking, he talks to the boat.",
    "Okay, sorry, where was I.",
    "Oh, my brother is going to be so jealous. He's out west, he works up in the oil sands.",
    "He only gets home twice a year, maybe.",
    "Yeah.",
    "Do you get a lot of birthday bookings? I bet you do.",
    "I saw on your Facebook someone proposed in one of your balloons. That's adorable.",
    "No, no, I'm not proposing to anyone, ha. Just Dad.",
    "Right?",
    "Is it cold up there? Like, should he wear a big coat?",
    "Layers, okay. He'll wear his Cowichan sweater, he wears it to everything.",
    "It's older than me, that sweater.",
    "Ha, yes.",
    "I tried to get him a new one for Christmas. He put it in the closet with the tags on.",
    "He's very, um, what's the word, set in his ways.",
    "But in a nice way. Mostly.",
    "Mm-hm.",
    "I have to figure out how to get him there without him guessing.",
    "I'll say we're going for breakfast. He'd never say no to breakfast.",
    "Tim's at five in the morning, he'd believe that, honestly.",
    "Yeah, yeah.",
    "Do people ever cry when they go up? I feel like I'm going to cry.",
    "He won't. He'll just say 'well, b'y' and look around.",
    "That's his whole vocabulary for big moments. 'Well, b'y.'",
    "Ha!",
    "The view of the harbour from up there must be unreal.",
    "Do you go over Signal Hill? Oh, it depends on the wind, right, okay.",
    "I didn't even think of that. You just go where it takes you?",
    "That's kind of terrifying and kind of beautiful.",
    "Sure.",
    "Sorry, my cat is walking all over the keyboard.",
    "Her name's Pickle. She's a menace.",
    "Okay, she's gone.",
    "I work from home, so she thinks she's my supervisor.",
    "Ha, yes, exactly.",
    "Mm.",
    "I do bookkeeping, for a couple of restaurants downtown. Numbers all day.",
    "So this is the most exciting thing I've done all year, to be honest.",
    "Yeah.",
    "Do you fly as well or just do the phones?",
    "Oh, that's cool. I'd be too scared to be the one in charge.",
    "Right, right.",
    "Okay. Okay, I'm writing everything down.",
    "Hang on, my pen died. Okay, got another one.",
    "Go on.",
    "Mm-hm.",
    "Yep.",
    "Ha, sorry.",
    "Okay.",
    "Yes, yes.",
    "Sure.",
    "Right.",
    "Oh, lovely.",
]
_DISCO_ACKS = [
    "Ha, love it.", "Mm-hm.", "Oh, for sure.", "Right on.", "Yeah.", "Ha!", "No way.", "Totally.",
    "Go on.", "Nice.", "Oh, I hear you.", "Sure thing.",
]  # fmt: skip
_DISCO_TALK = [
    "Sorry, I'm so scattered, I've got like four lists going.",
    "Mom's doing the centrepieces, she's got mason jars all over her kitchen.",
    "Like, hundreds of mason jars. Dad can't get to the fridge.",
    "Ha, yeah.",
    "Connor's job is the booze and the parking. That's it. That's all he's allowed.",
    "He wanted to do a keg stand at the reception. I said absolutely not.",
    "Mm.",
    "His cousins are all coming in from Corner Brook, they're a wild bunch.",
    "Great people. But wild.",
    "One of them brought a goat to a wedding once. A real goat.",
    "No, I'm serious. It had a bow tie.",
    "Yeah.",
    "My dress came in last week, I cried in the shop. The lady gave me a Kleenex and a cookie.",
    "It's got a long train, so I'll need help getting on the dance floor, ha.",
    "Right.",
    "Did you ever have a wedding where it all went wrong? No, don't tell me. Don't tell me.",
    "Okay, tell me one.",
    "Oh my God. The cake fell over? Stop.",
    "Ha!",
    "Our cake's three layers, my aunt's making it. She's made every cake in the family since 1985.",
    "She's the queen of the fruitcake. Nobody eats it, but it's tradition.",
    "Mm-hm.",
    "The photographer wants us out on the rocks by the water for photos. In October. In a dress.",
    "I said sure, if you hold the dress.",
    "Yeah, yeah.",
    "We're doing a mug-up in the morning for the out-of-towners. Tea and toutons.",
    "You know toutons? Fried dough. Molasses. Heaven.",
    "Sorry, I'm hungry now.",
    "Totally.",
    "My bridesmaids are doing their own hair, we're saving money where we can.",
    "Except the DJ. I told Connor the DJ is not where we save money.",
    "Ha, you're welcome.",
    "Right?",
    "We met at a kitchen party, actually. He was playing the ugly stick. Badly.",
    "You know the ugly stick, the mop with the bottle caps?",
    "He was so bad at it, it was cute.",
    "Mm.",
    "Then he asked for my number and then he didn't call for two weeks. Typical.",
    "He says he was nervous. Sure you were, Connor.",
    "Ha, yeah.",
    "Anyway. Six years later.",
    "Okay, sorry, back to the music.",
    "Yep.",
    "Hang on, Mom's texting me. It's about the jars again.",
    "Okay, no, it's fine, she found more jars.",
    "Sure.",
    "I have a spreadsheet. Connor thinks spreadsheets are a personality disorder.",
    "But who's organised? Me.",
    "Right, right.",
    "I listen to wedding playlists on the treadmill. It's getting out of hand.",
    "Oh, totally.",
    "Sorry, let me look at my list.",
    "Mm-hm.",
    "Okay, yeah.",
    "Ha, yes.",
    "Great.",
    "Yeah, exactly.",
    "Okay.",
    "For sure.",
    "Right.",
    "Sure, sure.",
    "Yep, yep.",
]
_CHEF_ACKS = [
    "Mm-hm.", "Oh, that sounds amazing.", "Ha!", "Right.", "Of course.", "Lovely.", "Yeah.",
    "Oh, I love that.", "Sure.", "Ha, fair.", "Mm.", "Absolutely.",
]  # fmt: skip
_CHEF_TALK = [
    "We've been friends since, God, grade seven. Some of us, anyway.",
    "We do a trip every year, but it's usually just a hotel in Halifax and a lot of shopping.",
    "This year I said no, it's my fiftieth, we're doing it properly.",
    "Ha, yes.",
    "Nobody has to cook, nobody has to do dishes. That's the rule.",
    "We're all moms, we've cooked enough dinners for one lifetime.",
    "Mm.",
    "The cabin has a hot tub. I'm told there's a hot tub. I'm holding them to that.",
    "The pictures online look amazing, there's a big window over the water.",
    "You can see the whales sometimes, apparently. In the summer, anyway.",
    "Right.",
    "Do you get a lot of these, like, girls' weekends?",
    "I bet you do. I bet you hear some stories.",
    "Don't tell me, I'll hear enough of my own.",
    "Ha!",
    "Liv's bringing her guitar. She knows about four songs. We'll hear them all a lot.",
    "And Bea's bringing a karaoke machine, so God help the neighbours.",
    "There are no neighbours, actually. That's the point.",
    "Yeah.",
    "I'm a nurse, so my weekends are usually shifts. This is a big deal for me.",
    "Twenty-six years on the wards. My feet are older than I am.",
    "Mm-hm.",
    "Sorry, the dog wants out. Hang on.",
    "Okay, I'm back. He just stood there. He didn't want out at all.",
    "Typical.",
    "My husband's keeping the kids and the dog, he's already asked me where the freezer meals are.",
    "I said there aren't any, you're a grown man.",
    "Ha, yes.",
    "I'm thinking of a little birthday cake too, just something small, nothing crazy.",
    "Actually, no, one of the girls is making the cake, she'd kill me. Forget I said that.",
    "Right, right.",
    "I want to try a real screech-in, but we'll see.",
    "You need a cod to kiss, right? Ha, you'd have to bring one.",
    "I'm kidding. Mostly.",
    "Sure.",
    "The drive out is about an hour and a half, I think. We'll stop in Carbonear for coffee.",
    "Bea gets carsick, so she'll be in the front. She always is.",
    "Mm.",
    "Do you do this every weekend? Cook for strangers?",
    "That sounds like a lot of fun, honestly, and a lot of work.",
    "Oh, I bet.",
    "I tried to make bread last winter. Everybody was making bread. Mine was a brick.",
    "My son used it as a doorstop.",
    "Ha, no, it's true.",
    "Yeah.",
    "I'm so glad I called. I almost didn't, I thought it'd be too fancy for us.",
    "We're not fancy people. We're Jiggs-dinner-and-a-glass-of-wine people.",
    "Okay, sorry, I'm rambling.",
    "Right.",
    "Hang on, let me look at my notes.",
    "Mm-hm.",
    "Yeah, yeah.",
    "Okay.",
    "Sure.",
    "Ha, yes.",
    "Great.",
    "Yes.",
    "Oh, good.",
    "Right, okay.",
    "Lovely.",
]


HELDOUT_EVENTS: list[Caller] = [
    # A daughter's surprise flight for her father: a long call whose middle holds four facts, a third
    # passenger added, the flight scrubbed for gusts and rebooked at a later meeting time.
    Caller(
        number="+17095551701",
        names=("Bronwen",),
        calls=[
            Call(
                BALLOON, 44, "en", "Surprise sunrise flight for her father's 70th",
                "The user, Bronwen Pritchard, booked two seats on the sunrise champagne flight on {+30} as a "
                "surprise for her father Reg's 70th birthday. Passengers meet at the Windsor Lake launch "
                "field at 5:45 AM. The flight is $395 per person and she paid a $200 deposit. Flights are "
                "confirmed by text the evening before, depending on the weather. Bronwen chatted at length "
                "about her family.",
                long_call(
                    [
                        ("Good morning, Skyward Balloon Flights, Corey speaking.",
                         "Oh hi, hello! Um, is this the, the balloon people? The hot-air balloon rides?"),
                        ("That's us! How can I help?",
                         "Okay, great, so, my dad's turning seventy and I want to, like, surprise him with a "
                         "balloon ride. He's always, always wanted to go up in one."),
                        ("What a gift. Can I get your name?",
                         "Bronwen Pritchard. That's B-R-O-N-W-E-N. It's Welsh, from my mum's side."),
                        ("Thanks, Bronwen. And how many passengers?",
                         "Just two. Me and Dad. Reg. Well, Reginald, but nobody calls him that."),
                        ("Lovely. We do a sunrise champagne flight, that's our most popular, or an evening "
                         "flight.",
                         "Sunrise. Definitely sunrise. He's up at five every day anyway, he was a fisherman "
                         "for forty years."),
                        ("The sunrise champagne flight is $395 per person, about an hour in the air, plus "
                         "the toast when we land.",
                         "Three ninety-five. Okay, that's, yeah, that's fine, it's his seventieth."),
                        ("When were you thinking?",
                         "His birthday's, um, the end of next month, but any weekend around then. Have you "
                         "got anything?"),
                        ("I've got a morning thirty days from now, launching from our Windsor Lake field.",
                         "Yes! Perfect. Book that one."),
                    ],
                    [
                        ("Okay.",
                         "Oh, one thing, sorry, I should say. Dad had his hip done last spring, so he can't "
                         "really swing his leg up over the side of a basket. Is there a, like, a step or "
                         "something?"),
                        ("We have a basket with a little door and a step, I'll put you two in that one.",
                         "Oh, thank God. And do you need his weight? He's a big man, Dad. Two hundred and "
                         "thirty pounds, give or take."),
                        ("So 230 pounds, that helps us balance the load, thanks.",
                         "And, okay, this is the cute part. Him and Mum got engaged at a balloon fiesta in "
                         "Albuquerque, in 1979. So it's kind of a full-circle thing."),
                        ("That's wonderful.",
                         "And please don't ring the house phone about any of it, Mum can't keep a secret to "
                         "save her life. Just my cell."),
                    ],
                    [
                        ("Got it, your cell only. So, passengers meet at the Windsor Lake launch field at a "
                         "quarter to six.", "Five forty-five. In the morning. Right. He'll be thrilled, I'll "
                         "be dead."),
                        ("Ha! We confirm every flight by text the evening before, by 8 PM, because it all "
                         "depends on the weather.", "Oh, so it might not go ahead?"),
                        ("If the wind's too strong or there's low cloud, we rebook you free of charge.",
                         "Okay, that's fair."),
                        ("To hold the seats there's a $200 deposit.",
                         "A two hundred dollar deposit, yep, I'll do it now on the card... okay, done?"),
                        ("Got it, thank you! You're all booked.", "Amazing. Thank you so much, Corey."),
                        ("Have a great day, Bronwen.", "You too, bye!"),
                    ],
                    acks=_BALLOON_ACKS,
                    talk=_BALLOON_TALK,
                    start=2,
                ),
                {"first_name": "Bronwen"},
            ),
            Call(
                BALLOON, 22, "en", "Brother added to the flight",
                "Bronwen added her brother Owen to the booking, so there are now three passengers on the "
                "sunrise flight. She also added the $60 photo package. The agent will email her a printable "
                "gift certificate to give her father.",
                [
                    ("Skyward Balloon Flights, Corey speaking.",
                     "Hi Corey, it's Bronwen Pritchard? The surprise flight for my dad?"),
                    ("Hi Bronwen! Of course. What can I do for you?",
                     "So, my brother Owen found out, and now he's flying home from Fort McMurray for it, so, "
                     "um, can we make it three?"),
                    ("Let me check... yes, there's room in the same basket. So three seats.",
                     "Three seats, yes! Oh, he's going to be so happy."),
                    ("Do you know roughly what Owen weighs? It helps with the load.",
                     "Oh God, no, I'd have to ask him. He's touchy about it. I'll text you."),
                    ("No problem. We also do a photo package, sixty dollars, the pilot takes pictures with a "
                     "camera on the basket.", "Yes, add that. Dad won't take a single picture himself."),
                    ("Done. Anything else?",
                     "Could you send me something I can actually give him? Like a card?"),
                    ("I'll email you a printable gift certificate.", "Perfect. Thanks, Corey!"),
                ],
                {"first_name": "Bronwen"},
            ),
            Call(
                BALLOON, 13, "en", "Flight scrubbed and rebooked",
                "Bronwen called after yesterday's sunrise flight was cancelled because of gusts over 15 "
                "knots at the field. The flight for her, her father and her brother Owen was rebooked for "
                "{+19}, and passengers now meet at 6:15 AM at the Windsor Lake field. Her father now knows "
                "about the flight.",
                [
                    ("Skyward Balloon Flights, Corey speaking.",
                     "Hi, it's Bronwen. So, um, yesterday. We were all there at the field, in the dark, and "
                     "then..."),
                    ("I know, I'm so sorry. The gusts were over fifteen knots, the pilot couldn't take you "
                     "up.", "No, no, I get it, safety. I'm just gutted."),
                    ("Let's get you rebooked. I have a morning nineteen days from today.",
                     "Yes. Take it. Same field?"),
                    ("Same field, Windsor Lake, but the sun's coming up later now, so meet at 6:15 AM.",
                     "Quarter past six. Okay. At least that's a bit more civilised."),
                    ("And how did your dad take it?",
                     "Oh, the surprise is blown, he saw your text on my phone. But he's over the moon. He "
                     "said 'well, b'y' about six times."),
                    ("Ha! We'll see you all then.", "Thanks, Corey. Fingers crossed for no wind."),
                ],
                analysis_items(
                    "Cancelled flight rebooked", "Rebooked sunrise flight for three passengers", "",
                    "Three passengers: Bronwen, her father Reg and her brother Owen; photo package", "none",
                    first_name="Bronwen",
                ),
            ),
        ],
        questions=[
            Question(BALLOON, "How many people are flying?", ("three passengers", "three seats"),
                     ("two seats", "just two")),
            Question(BALLOON, "When is the flight now?", _day(13, 19), _day(44, 30)),
            Question(BALLOON, "What time do they meet at the field?", ("6:15", "quarter past six"),
                     ("5:45", "quarter to six", "five forty-five")),
            Question(BALLOON, "Where does the balloon take off from?", ("windsor lake",)),
            Question(BALLOON, "Who is the flight a present for?", ("father reg", "reg's", "dad")),
            Question(BALLOON, "Which birthday is he celebrating?", ("70th", "seventieth")),
            Question(BALLOON, "How heavy is her dad?", ("230", "two hundred and thirty")),
            Question(BALLOON, "Does her father need help getting into the basket?", ("his hip", "a step")),
            Question(BALLOON, "Where did her parents get engaged?", ("albuquerque",)),
            Question(BALLOON, "Is there a number we shouldn't call?", ("house phone",)),
            Question(BALLOON, "Who is the third passenger?", ("owen",)),
            Question(BALLOON, "Where is Owen flying in from?", ("fort mcmurray",)),
            Question(BALLOON, "Why didn't the flight go ahead?", ("gust", "15 knots", "fifteen knots")),
            Question(BALLOON, "What's the price per seat?", ("395", "three ninety-five")),
            Question(BALLOON, "Did she add the pictures?", ("photo package",)),
            Question(BALLOON, "How much was the deposit?", ("$200", "two hundred dollar")),
            Question(BALLOON, "When did she first book the flight?", _day(44)),
            Question(BALLOON, "What did her father do for a living?", ("fisherman",)),
            Question(BALLOON, "What does Bronwen do for work?", ("bookkeeping",)),
            Question(BALLOON, "Does her father know about the flight?",
                     ("now knows about the flight", "surprise is blown")),
            Question(BALLOON, "How much does Owen weigh?", ()),
            Question(BALLOON, "What's her mother's name?", ()),
            Question(BALLOON, "What's her booking reference?", ()),
            Question(BALLOON, "What's her email address?", ()),
            Question(BALLOON, "Which pilot is flying them?", ()),
            Question(BALLOON, "What date is her father's actual birthday?", ()),
            Question(BALLOON, "What's Owen's phone number?", ()),
        ],
    ),
    # A French family on holiday: calls in French, summaries in English and French, the analysis items in
    # French with the date left empty once; ten guests said as "on sera dix, pas huit".
    Caller(
        number="+33617095517",
        names=("Mathilde",),
        calls=[
            Call(
                CHEF, 30, "fr", "Private anniversary dinner in Trinity",
                "The user, Mathilde Garnier, spoke French. She booked a private chef dinner for eight "
                "people on {+33} at 7 PM at the house her family is renting at 7 Ash Lane in Trinity, to "
                "celebrate her parents' 40th wedding anniversary. Her mother is coeliac and must eat "
                "strictly gluten-free. She wants a seafood menu with local produce; the agent quoted $120 "
                "per person and will send a menu proposal within five days.",
                [
                    ("Tidewater Private Chefs, Aidan speaking, how can I help?",
                     "Allô, bonjour... euh, excusez-moi, vous parlez français ?"),
                    ("Oui, je parle français. Comment puis-je vous aider ?",
                     "Ah, quelle chance ! Alors voilà, on est en vacances à Terre-Neuve avec toute la "
                     "famille, et je voudrais réserver un chef pour un dîner à la maison."),
                    ("Avec plaisir. C'est pour quelle occasion ?",
                     "Les quarante ans de mariage de mes parents. Les noces d'émeraude. On arrive de Lyon "
                     "exprès."),
                    ("Félicitations à eux ! Vous seriez combien ?",
                     "Huit. Huit personnes, oui, avec... non, attendez, les petits mangent avant. Bon, "
                     "huit."),
                    ("Et la maison, elle se trouve où ?",
                     "À Trinity, au 7 Ash Lane. Ash, comme... le frêne, je crois ?"),
                    ("C'est ça. Et pour quelle date ?",
                     "Dans un mois, un peu plus. Trente-trois jours, j'ai compté. Vous avez de la place ?"),
                    ("Oui, je vous réserve ce soir-là. On dîne à dix-neuf heures ?",
                     "Dix-neuf heures, parfait."),
                    ("Des allergies ou des régimes particuliers ?",
                     "Oui, important : maman est cœliaque. Donc sans gluten strict, vraiment strict, même "
                     "les traces."),
                    ("Bien noté, sans gluten strict. Et côté menu, des envies ?",
                     "Des fruits de mer ! On est au bord de la mer, on veut du poisson, des produits d'ici."),
                    ("Parfait. Nos menus fruits de mer sont à 120 dollars par personne.",
                     "Cent vingt, d'accord, ça va."),
                    ("Votre nom, s'il vous plaît ?", "Mathilde Garnier. G-A-R-N-I-E-R."),
                    ("Merci Mathilde. Je vous envoie une proposition de menu d'ici cinq jours.",
                     "Super, merci beaucoup ! Au revoir."),
                ],
                analysis_items(
                    "Dîner privé pour les 40 ans de mariage des parents", "Envoyer une proposition de menu",
                    "{+5}",
                    "8 personnes; 7 Ash Lane, Trinity; mère cœliaque, sans gluten strict; menu fruits de "
                    "mer; 120 $ par personne", "health", first_name="Mathilde",
                ),
            ),
            Call(
                CHEF, 18, "fr", "Menu choisi et deux invités de plus",
                "L'utilisatrice, Mathilde Garnier, a choisi le menu : chaudrée de morue en entrée, homard en "
                "plat principal et tarte aux graines de perdrix sans gluten en dessert. Son frère Julien et "
                "sa femme les rejoignent, ils seront donc dix personnes. Son père apportera le vin.",
                [
                    ("Tidewater Private Chefs, Aidan speaking.",
                     "Bonjour Aidan, c'est Mathilde Garnier, pour le dîner à Trinity."),
                    ("Bonjour Mathilde ! Vous avez reçu la proposition ?",
                     "Oui, merci, c'est magnifique. Alors, pour le plat, on prend le homard. Tout le monde "
                     "veut du homard."),
                    ("Le homard, très bon choix. Et en entrée ?",
                     "La soupe de poisson, euh, la chaudrée ? La chaudrée de morue, oui."),
                    ("La chaudrée de morue, le cod chowder, noté. Et le dessert ?",
                     "La tarte aux... comment vous dites... les petites baies rouges d'ici ?"),
                    ("Les graines de perdrix. Partridgeberry, en anglais.",
                     "Voilà, la tarte aux graines de perdrix. Sans gluten pour maman, hein."),
                    ("Bien sûr, la pâte sera sans gluten. Vous voulez qu'on s'occupe du vin ?",
                     "Non, merci, papa apporte ses propres bouteilles, il ne fait confiance à personne."),
                    ("Ha, d'accord.",
                     "Et autre chose : mon frère Julien et sa femme nous rejoignent finalement, donc on sera "
                     "dix, pas huit."),
                    ("Dix personnes, c'est noté.",
                     "Ah, et papa est allergique au kiwi. Je sais, il n'y a sûrement pas de kiwi ici, mais "
                     "bon, au cas où."),
                    ("Ha, pas de kiwi, promis.", "Merci, à bientôt !"),
                ],
                {"first_name": "Mathilde"},
            ),
            Call(
                CHEF, 4, "fr", "Dinner moved earlier",
                "Mathilde asked to move her parents' anniversary lobster dinner for ten people on {+7} to "
                "6:30 PM instead of 7 PM, because her parents go to bed early and the family takes a ferry "
                "the next morning. The chef will arrive around 3 PM; there is no dishwasher, so the chef "
                "will wash up by hand. She will pay the balance by card on the evening.",
                [
                    ("Tidewater Private Chefs, Aidan speaking.",
                     "Aidan, bonjour, c'est encore Mathilde. Petit changement pour le dîner."),
                    ("Je vous écoute.",
                     "Mes parents se couchent tôt, et on prend le ferry le lendemain matin. Est-ce qu'on "
                     "peut dîner à dix-huit heures trente au lieu de dix-neuf heures ?"),
                    ("Oui, pas de problème, 18 h 30. Le chef arrivera vers 15 h pour préparer.",
                     "Quinze heures, très bien. Il y aura quelqu'un pour lui ouvrir."),
                    ("Parfait. Il y a un lave-vaisselle dans la maison ?",
                     "Euh... non. Non, il n'y en a pas. C'est un problème ?"),
                    ("Pas du tout, le chef fait la vaisselle à la main.",
                     "Parfait. Et le reste, je paie comment ?"),
                    ("Par carte, le soir même, ou par virement.", "Par carte le soir même, alors. Merci !"),
                ],
                analysis_items(
                    "Changement d'horaire du dîner", "Dîner d'anniversaire à 18 h 30", "",
                    "Dîner à 18 h 30; paiement par carte le soir même", "none", first_name="Mathilde",
                ),
            ),
        ],
        questions=[
            Question(CHEF, "How many guests are coming to the dinner?",
                     ("dix personnes", "ten people", "on sera dix"), ("huit", "eight people", "8 personnes")),
            Question(CHEF, "What are they celebrating?",
                     ("anniversary", "noces d'émeraude", "40 ans de mariage")),
            Question(CHEF, "Who in the family can't have gluten?", ("maman", "mère", "mother is coeliac")),
            Question(CHEF, "What's the address of the rental house?", ("7 ash lane",)),
            Question(CHEF, "What's the main course?", ("lobster", "homard")),
            Question(CHEF, "What starter did she pick?", ("chaudrée", "chowder")),
            Question(CHEF, "What time is dinner?", ("18 h 30", "6:30", "dix-huit heures trente"),
                     ("7 pm", "dix-neuf heures")),
            Question(CHEF, "What's her dad allergic to?", ("kiwi",)),
            Question(CHEF, "Which city did the family travel from?", ("lyon",)),
            Question(CHEF, "Which relative is joining them after all?", ("julien",)),
            Question(CHEF, "How much per head?", ("120",)),
            Question(CHEF, "When is the dinner?", _day(30, 33)),
            Question(CHEF, "What time does the chef get there?", ("15 h", "3 pm", "quinze heures")),
            Question(CHEF, "What's for dessert?", ("graines de perdrix", "partridgeberry")),
            Question(CHEF, "How will she settle the rest?", ("by card", "par carte")),
            Question(CHEF, "Why are they eating earlier?", ("ferry", "se couchent tôt", "go to bed early")),
            Question(CHEF, "Who is bringing the wine?", ("papa", "son père")),
            Question(CHEF, "Does the rental have a dishwasher?", ("dishwasher", "lave-vaisselle")),
            Question(CHEF, "When did she first get in touch about the dinner?", _day(30)),
            Question(CHEF, "What's her husband's name?", ()),
            Question(CHEF, "Which wine will they drink?", ()),
            Question(CHEF, "What's her father's first name?", ()),
            Question(CHEF, "What's Julien's wife called?", ()),
            Question(CHEF, "What's her email address?", ()),
            Question(CHEF, "How old is her mother?", ()),
            Question(CHEF, "Which ferry are they taking?", ()),
        ],
    ),
    # A couple on one phone planning their daughter's wedding tent: the guest count and tent grown, a gate
    # code copied into the facts and later changed, a septic field said in the turns only.
    Caller(
        number="+17095551702",
        names=("Graham", "Fiona"),
        calls=[
            Call(
                MARQUEE, 36, "en", "Tent quote for daughter's farm wedding",
                "The user, Graham Tucker, asked for a quote for a frame tent for his daughter Caitlin's "
                "wedding on {+39} in the back field of the family farm at 52 Tolt Road, Portugal Cove. About "
                "80 guests are expected, and the agent suggested a 30 by 60 frame tent. A site visit was "
                "booked for {+3}. The field has no power, so a generator will be needed.",
                [
                    ("Bayview Tent and Marquee, Lorraine speaking.",
                     "Yes, hello, good morning. Graham Tucker here. I'm, ah, looking to rent a tent. A "
                     "marquee, I suppose you'd call it. For a wedding."),
                    ("Congratulations! Is it your own?",
                     "Ha! No, no. My daughter's. Caitlin. She's getting married at home, out on the back "
                     "field."),
                    ("Lovely. When's the big day?",
                     "It's, hang on, Fiona's got it on the calendar... thirty-nine days from today, she "
                     "says. She counts everything."),
                    ("And how many guests are you expecting?", "Eighty, give or take. Caitlin says eighty."),
                    ("For eighty seated with a dance floor, I'd suggest our 30 by 60 frame tent.",
                     "Thirty by sixty. Okay. That sounds big enough."),
                    ("Where's the property?",
                     "Fifty-two Tolt Road, in Portugal Cove. It's the farm with the red barn, you can't miss "
                     "it."),
                    ("Is there power down at the field?",
                     "No, no power down there at all. You'd need a generator, I'd say."),
                    ("We can supply a generator. And access for the truck?",
                     "There's a farm gate off the road. It's locked, but the gate code is 6 2 0 8, it's a "
                     "keypad on the post."),
                    ("Thank you. Our site manager can come out to look at the field in three days, "
                     "mid-morning?", "That's grand."),
                    ("And a number to reach you?",
                     "This one's fine. It's the house phone, me or Fiona'll answer."),
                ],
                analysis_items(
                    "Tent quote for daughter's wedding", "Site visit to the field", "{+3}",
                    "Daughter Caitlin's wedding; 52 Tolt Road, Portugal Cove; about 80 guests; 30 x 60 frame "
                    "tent; gate code 6208; generator needed", "none", first_name="Graham",
                ),
            ),
            Call(
                MARQUEE, 29, "en", "Guest list grew, bigger tent",
                "Fiona Tucker said the guest count for Caitlin's wedding has grown to 110, so they upgraded "
                "to the 40 by 100 frame tent with clear-window sidewalls, chandeliers and a 16 by 16 dance "
                "floor. She will email a layout Caitlin drew.",
                [
                    ("Bayview Tent and Marquee, Lorraine speaking.",
                     "Hi Lorraine, it's Fiona Tucker, Graham's wife. About Caitlin's wedding tent?"),
                    ("Hi Fiona! Our site manager was out the other day, I hear the field's perfect.",
                     "It is, yes. But, well, um, the guest list has, uh, grown. Caitlin's fiancé's family is "
                     "enormous. We're at a hundred and ten now."),
                    ("A hundred and ten. Then the 30 by 60 won't do, you'd want the 40 by 100.",
                     "The forty by a hundred. Okay, let's do that one."),
                    ("With sidewalls?",
                     "Yes, the ones with the windows, the clear windows. And chandeliers, a few chandeliers, "
                     "Caitlin's seen them on Pinterest."),
                    ("And a dance floor?",
                     "Sixteen by sixteen, your girl said that's what fits a hundred and ten."),
                    ("It is. Anything about the field we should know?",
                     "Oh yes, important: the septic field is on the left side of the barn, so the crew can't "
                     "drive any stakes there. Graham forgot to say."),
                    ("Good to know, I'll mark it on the plan.",
                     "Thank you. And I'll email you the layout Caitlin drew. It's in crayon, practically."),
                ],
                {"first_name": "Fiona"},
            ),
            Call(
                MARQUEE, 15, "en", "Quote accepted and setup booked",
                "Graham Tucker accepted quote MQ-4471 for $6,850 for the 40 by 100 frame tent with "
                "sidewalls, chandeliers, dance floor and generator. The deposit is half the total and Fiona "
                "will send it by e-transfer. The crew will set up on {+16}, two days before the wedding, and "
                "take the tent down two days after.",
                [
                    ("Bayview Tent and Marquee, Lorraine speaking.",
                     "Lorraine, Graham Tucker. We got your quote, the, uh, MQ-4471."),
                    ("Yes, that's the 40 by 100 package with the sidewalls, chandeliers, dance floor and "
                     "generator. $6,850 all in.",
                     "Six thousand eight hundred and fifty. Yes, well, you only get married once. Hopefully. "
                     "We'll go ahead."),
                    ("Wonderful. The deposit is half, and the rest is due on the day of setup.",
                     "Fiona's sending the deposit by e-transfer this afternoon."),
                    ("Our crew will set up two days before the wedding and take it down two days after.",
                     "Good, good. The field'll be mowed by then."),
                    ("Will someone be home to let the crew through?",
                     "Should be, but if not they've got the code for the gate."),
                    ("Perfect.", "Grand, thanks Lorraine."),
                ],
                analysis_items(
                    "Quote accepted", "Tent setup two days before the wedding", "",
                    "Quote MQ-4471, $6,850; 40 by 100 frame tent; balance due on setup day", "finance",
                    first_name="Graham",
                ),
            ),
            Call(
                MARQUEE, 3, "en", "Heaters added and new gate code",
                "Fiona Tucker added two propane heaters at $95 each because the evening forecast is cold. "
                "She gave a new gate code for the field and asked the setup crew to arrive at 8 AM, not "
                "earlier.",
                [
                    ("Bayview Tent and Marquee, Lorraine speaking.",
                     "Hi, Fiona Tucker again. Sorry, me again, the bride's mother."),
                    ("Hi Fiona! All set?",
                     "Nearly. Um, the forecast says it'll only be nine degrees in the evening. Can we get "
                     "heaters?"),
                    ("We have propane patio heaters, $95 each.",
                     "Let's do two. Two heaters. Caitlin's dress has no sleeves."),
                    ("Two propane heaters, added.",
                     "And, oh, we had to change the gate code, the neighbour's youngsters got hold of it. "
                     "The new gate code is 7 7 4 1."),
                    ("Thanks, I'll update the crew sheet.",
                     "And the crew can come at eight in the morning for the setup, not earlier, the dogs go "
                     "mad."),
                    ("Eight a.m. it is.", "Lovely. Thanks, my dear."),
                ],
                {"first_name": "Fiona"},
            ),
        ],
        questions=[
            Question(MARQUEE, "How many guests are they expecting?", ("110", "hundred and ten"),
                     ("80 guests", "eighty")),
            Question(MARQUEE, "Which tent are they renting?", ("40 by 100", "forty by a hundred"),
                     ("30 by 60", "30 x 60", "thirty by sixty")),
            Question(MARQUEE, "Who's getting married?", ("caitlin",)),
            Question(MARQUEE, "Where can't the crew drive stakes?", ("septic",)),
            Question(MARQUEE, "How big is the dance floor?", ("16 by 16", "sixteen by sixteen")),
            Question(MARQUEE, "When is the wedding?", _day(36, 39)),
            Question(MARQUEE, "When does the crew set up?", _day(15, 16)),
            Question(MARQUEE, "When was the site visit?", _day(36, 3)),
            Question(MARQUEE, "What's the quote number?", ("mq-4471",)),
            Question(MARQUEE, "What's the total for the tent package?",
                     ("6,850", "six thousand eight hundred and fifty")),
            Question(MARQUEE, "How many heaters did they add?", ("two propane heaters", "two heaters")),
            Question(MARQUEE, "What's the farm's address?", ("52 tolt road", "fifty-two tolt road")),
            Question(MARQUEE, "Is there electricity in the field?", ("generator",)),
            Question(MARQUEE, "What kind of sidewalls?", ("window",)),
            Question(MARQUEE, "What time can the setup crew arrive?",
                     ("8 am", "eight in the morning", "eight a.m.")),
            Question(MARQUEE, "Why can't the crew come earlier?", ("dogs",)),
            Question(MARQUEE, "How will the deposit be paid?", ("e-transfer",)),
            Question(MARQUEE, "Who drew the layout?", ("caitlin drew",)),
            Question(MARQUEE, "What's the gate code?", ()),
            Question(MARQUEE, "What's the groom's name?", ()),
            Question(MARQUEE, "What's Fiona's cell number?", ()),
            Question(MARQUEE, "How many chandeliers do they want?", ()),
            Question(MARQUEE, "Who is doing the catering?", ()),
            Question(MARQUEE, "What time is the ceremony?", ()),
            Question(MARQUEE, "What's the site manager's name?", ()),
        ],
    ),
    # One caller of a laser eye clinic and a DJ: his eye surgery is the clinic's alone; the surgery moved
    # for the party, the party's start moved for dinner.
    Caller(
        number="+17095551703",
        names=("Kwame",),
        private_to={LASER: ("prk", "cornea", "4.75", "systane", "contact lens", "farrell", "surgery")},
        calls=[
            Call(
                LASER, 33, "en", "PRK booked after eye assessment",
                "The user, Kwame Mensah, booked PRK laser eye surgery with Dr. Farrell on {+36} at 8:30 AM, "
                "after his assessment showed a -4.75 prescription in both eyes and corneas too thin for "
                "LASIK. The cost is $2,400 for both eyes. He must stop wearing contact lenses two weeks "
                "before, and his sister Abena will drive him home.",
                [
                    ("ClearView Laser Eye Centre, Melissa speaking.",
                     "Hi, yeah, Kwame Mensah. K-W-A-M-E. I had my free assessment last week and Dr. Farrell "
                     "said to call to book."),
                    ("Hi Kwame, I have your results here. So your prescription is -4.75 in both eyes.",
                     "Minus four point seven five, yeah, both eyes. I've been in glasses since grade three."),
                    ("And your corneas came out a little thin for LASIK, so Dr. Farrell recommends PRK.",
                     "Right, she said that. Thin corneas. PRK is the one where, um, there's no flap?"),
                    ("Exactly, no flap. The recovery is a bit slower, about a week before you're "
                     "comfortable.",
                     "A week. Okay."),
                    ("The cost for both eyes is $2,400.", "Twenty-four hundred. Fine, I've been saving."),
                    ("I can book you in with Dr. Farrell thirty-six days from today, at 8:30 in the morning.",
                     "Yeah, book it."),
                    ("You'll need to stop wearing contact lenses two weeks before, and someone has to drive "
                     "you home.", "Two weeks without contacts, ugh. My sister Abena can drive me."),
                    ("Perfect. Any dry eye problems?", "A bit, yeah. I use Systane drops most evenings."),
                    ("Noted, bring them along.", "Will do, thanks Melissa."),
                ],
                analysis_items(
                    "PRK laser eye surgery booking", "PRK surgery with Dr. Farrell", "{+36}",
                    "Prescription -4.75 both eyes; thin corneas; PRK; $2,400; sister Abena driving", "health",
                    first_name="Kwame",
                ),
            ),
            Call(
                DISCO, 25, "en", "DJ for 40th birthday party",
                "The user, Kwame Mensah, booked a DJ for his 40th birthday party at the Legion hall in Mount "
                "Pearl on {+30}, from 8 PM to 1 AM. He wants Afrobeats, 90s hip hop and some Newfoundland "
                "trad at the end, and nothing by Nickelback. The five-hour party package with lights is "
                "$650.",
                [
                    ("Rock Solid DJ and Disco, Terry here.",
                     "Hey Terry, how's it going, b'y. I want to book a DJ for my birthday party."),
                    ("Love it. What's the occasion?",
                     "My fortieth. Big one. My wife says go big or go home."),
                    ("Ha! Where's the party?", "The Legion hall in Mount Pearl. The big room upstairs."),
                    ("When?", "Thirty days from today."),
                    ("What kind of music?",
                     "Afrobeats, lots of Afrobeats, and nineties hip hop. My crowd is half Ghanaian, half "
                     "Newfoundlander, so throw in some trad at the end too."),
                    ("And anything you don't want?", "No Nickelback. I'm serious. Nothing by Nickelback."),
                    ("Ha, deal. Start time?", "Eight o'clock till one."),
                    ("8 PM to 1 AM, that's our five-hour party package, $650 with lights.",
                     "Six fifty, okay, sounds good."),
                    ("Name for the booking?", "Kwame Mensah."),
                ],
                analysis_items(
                    "DJ for 40th birthday party", "Birthday party DJ set, 8 PM to 1 AM", "{+30}",
                    "Legion hall, Mount Pearl; Afrobeats and 90s hip hop; no Nickelback; $650 package",
                    "none", first_name="Kwame",
                ),
            ),
            Call(
                LASER, 10, "en", "Eye procedure date moved",
                "Kwame moved his PRK surgery to {+18} at 8:30 AM because his 40th birthday party falls "
                "during the recovery week. He will stay off contact lenses for two weeks before, and his "
                "sister Abena will still drive him.",
                [
                    ("ClearView Laser Eye Centre, Melissa speaking.",
                     "Hi Melissa, it's Kwame Mensah. I need to move my PRK, sorry."),
                    ("No problem, what's up?",
                     "So I totally forgot, my fortieth birthday party is like two days after the surgery "
                     "date, and you said a week to recover. I don't want to be squinting at my own party."),
                    ("Ha, fair. I can do eighteen days from today, same time, 8:30.",
                     "Perfect, after the party. Do that."),
                    ("Done. And you're still off contacts two weeks before?",
                     "Yep, glasses the whole time. Abena's still driving."),
                ],
                {},
            ),
            Call(
                DISCO, 6, "en", "Later start and uplighting",
                "Kwame moved the DJ start time for his 40th birthday party to 9 PM, still finishing at "
                "1 AM, because dinner runs until then, and asked for purple and gold uplighting. At "
                "midnight he will dedicate 'Ye' by Burna Boy to his wife Efua.",
                [
                    ("Rock Solid DJ and Disco, Terry here.",
                     "Terry, Kwame again, the fortieth at the Legion."),
                    ("Hey Kwame! What can I do for you?",
                     "Couple things. Can we start at nine instead of eight? The caterer can't do dinner "
                     "before eight, so, nine p.m. for the music."),
                    ("9 PM to 1 AM, no problem, same price.",
                     "Great. And the lights, can you do uplighting? Purple and gold."),
                    ("Purple and gold uplighting, yep.",
                     "And at midnight I want to dedicate a song to my wife, Efua. 'Ye', by Burna Boy. She "
                     "loves it."),
                    ("'Ye' by Burna Boy at midnight, got it.",
                     "Oh, and the hall guy said load in through the back door, there's a ramp there, from "
                     "six o'clock."),
                    ("Back door, from six. Perfect.", "Thanks, b'y."),
                ],
                {"first_name": "Kwame"},
            ),
        ],
        questions=[
            Question(LASER, "Which procedure is he booked for?", ("prk",)),
            Question(LASER, "Why can't he have LASIK?", ("too thin", "a little thin", "thin corneas")),
            Question(LASER, "What's his prescription?", ("4.75", "four point seven five")),
            Question(LASER, "When is his surgery?", _day(10, 18), _day(33, 36)),
            Question(LASER, "What time is the operation?", ("8:30",)),
            Question(LASER, "Who is driving him home afterwards?", ("abena",)),
            Question(LASER, "How long before must he stop wearing contacts?",
                     ("two weeks before", "two weeks without contacts")),
            Question(LASER, "What's the price for both eyes?", ("2,400", "twenty-four hundred")),
            Question(LASER, "Which surgeon is operating?", ("farrell",)),
            Question(LASER, "Why did he reschedule?", ("birthday", "fortieth", "40th")),
            Question(LASER, "Which eye drops does he use?", ("systane",)),
            Question(LASER, "Since when has he worn glasses?", ("grade three",)),
            Question(LASER, "Does he have any drug allergies?", ()),
            Question(LASER, "What's Abena's phone number?", ()),
            Question(LASER, "What's his date of birth?", ()),
            Question(LASER, "How long has he had dry eyes?", ()),
            Question(DISCO, "What's the party for?", ("40th", "fortieth")),
            Question(DISCO, "Where's the party?", ("legion",)),
            Question(DISCO, "What time does the music start?", ("9 pm", "nine p.m.", "at nine"),
                     ("8 pm", "eight o'clock")),
            Question(DISCO, "What kind of music does he want?", ("afrobeats",)),
            Question(DISCO, "Which band is off limits?", ("nickelback",)),
            Question(DISCO, "What colours for the lights?", ("purple",)),
            Question(DISCO, "What song is he dedicating?", ("burna boy",)),
            Question(DISCO, "Who is the dedication for?", ("efua",)),
            Question(DISCO, "Where should the DJ load in?", ("back door",)),
            Question(DISCO, "How much is the package?", ("650", "six fifty")),
            Question(DISCO, "When is the party?", _day(25, 30)),
            Question(DISCO, "When did he last call us about the party?", _day(6)),
            Question(DISCO, "Is he having any medical procedure soon?", ()),
            Question(DISCO, "Does he wear contact lenses?", ()),
            Question(DISCO, "How many guests are coming?", ()),
            Question(DISCO, "Who's doing the catering?", ()),
        ],
    ),
    # A Spanish bride: her calls in Spanish, the questions in English; the summaries in English and in
    # Spanish, the analysis items in Spanish once and with a money category once; flavour, tiers and venue
    # all changed.
    Caller(
        number="+34617095518",
        names=("Valentina",),
        calls=[
            Call(
                CAKES, 50, "es", "Wedding cake order and tasting",
                "The user, Valentina Ortega, spoke Spanish. She ordered a three-tier wedding cake for her "
                "wedding on September 27 at Kenmount Manor, for about 90 guests: lemon and elderflower, "
                "semi-naked style with fresh flowers. Her fiancé Liam is allergic to nuts, so the cake must "
                "be nut-free. A tasting was booked for {+6} at 11 AM.",
                [
                    ("Sugar and Spruce Cake Studio, Marisol speaking!",
                     "Hola, buenas... ¿hablas español? Me dijeron que ahí alguien hablaba español."),
                    ("¡Sí, soy yo! Dime, ¿en qué te ayudo?",
                     "¡Ay, qué bien! Mira, me caso en septiembre y quiero encargar la tarta de boda."),
                    ("¡Enhorabuena! ¿Cómo te llamas?",
                     "Valentina Ortega. Ortega con te. Soy de Valencia, pero vivo aquí desde hace tres "
                     "años."),
                    ("¿Y la fecha de la boda?", "El veintisiete de septiembre. El 27 de septiembre, sí."),
                    ("¿Dónde es el banquete?", "En Kenmount Manor."),
                    ("¿Cuántos invitados?", "Unos noventa. Noventa, más o menos."),
                    ("Para noventa te recomiendo tres pisos.",
                     "Tres pisos, vale. Y de sabor... limón con flor de saúco, lo probé en una boda y me "
                     "encantó."),
                    ("Limón y flor de saúco, riquísimo. ¿Y la decoración?",
                     "Estilo semidesnudo, ¿sabes?, que se vea un poco el bizcocho. Con flores naturales."),
                    ("¿Alguna alergia?",
                     "Sí, importante: mi novio, Liam, es alérgico a los frutos secos. Nada de frutos secos, "
                     "ni almendra ni nada."),
                    ("Entendido, sin frutos secos. ¿Quieres venir a una degustación? Tengo hueco dentro de "
                     "seis días a las once.", "¡Sí! A las once, perfecto."),
                ],
                analysis_items(
                    "Tarta de boda", "Degustación de tartas", "{+6}",
                    "Boda el 27 de septiembre; unos 90 invitados; tres pisos; limón con flor de saúco; "
                    "estilo semidesnudo; novio Liam alérgico a los frutos secos", "health",
                    first_name="Valentina",
                ),
            ),
            Call(
                CAKES, 35, "es", "Degustación y cambios",
                "The user, Valentina Ortega, chose chocolate and raspberry after the tasting, instead of "
                "lemon and elderflower. Her guest list has grown to 120, so the cake will now have four "
                "tiers. She wants a cake topper of her two cats and will email photos.",
                [
                    ("Sugar and Spruce, Marisol speaking.",
                     "¡Hola Marisol! Soy Valentina, la de la degustación del otro día."),
                    ("¡Hola Valentina! ¿Qué decidisteis?",
                     "Pues mira... el limón está rico, pero el de chocolate con frambuesa... madre mía. Nos "
                     "quedamos con chocolate y frambuesa."),
                    ("¡Chocolate y frambuesa entonces! Perfecto.",
                     "Y otra cosa, la lista de invitados ha crecido, ya somos ciento veinte, así que... "
                     "¿cuatro pisos?"),
                    ("Sí, para ciento veinte mejor cuatro pisos.", "Vale, cuatro pisos."),
                    ("¿Quieres algo encima de la tarta?",
                     "Sí, ¡un topper con nuestros dos gatos! Se llaman Churro y Tapas. Te mando fotos."),
                    ("¡Qué bonito! Mándame las fotos por email.", "Hecho. ¡Gracias!"),
                ],
                {"first_name": "Valentina"},
            ),
            Call(
                CAKES, 7, "es", "Entrega en el nuevo salón",
                "La usuaria, Valentina Ortega, informó de que el banquete será en Harbourside Hall, en Water "
                "Street, y ya no en Kenmount Manor. La tarta se entregará allí el día de la boda a las "
                "14:00. Quedan 480 dólares por pagar una semana antes de la boda, que pagará por "
                "transferencia.",
                [
                    ("Sugar and Spruce, Marisol speaking.",
                     "Hola Marisol, Valentina otra vez. Oye, cambio de planes con el sitio."),
                    ("¡Dime!",
                     "El banquete ya no es en Kenmount Manor, es en Harbourside Hall, en Water Street. Hubo "
                     "un lío con la reserva."),
                    ("Vale, entregamos en Harbourside Hall. ¿A qué hora?",
                     "A las dos de la tarde, así está montada antes de que lleguen los invitados."),
                    ("Las dos, perfecto. Te recuerdo que quedan 480 dólares por pagar, una semana antes.",
                     "Cuatrocientos ochenta, sí, lo pago por transferencia."),
                    ("Genial. ¿Algo más?", "Nada más. ¡Qué nervios!"),
                ],
                analysis_items(
                    "Cake delivery venue change", "Pay the $480 balance", "",
                    "Reception at Harbourside Hall, Water Street; delivery at 2 PM; balance $480", "finance",
                    first_name="Valentina",
                ),
            ),
        ],
        questions=[
            Question(CAKES, "How many tiers will the cake have?", ("four tiers", "cuatro pisos"),
                     ("three-tier", "tres pisos")),
            Question(CAKES, "Which flavour did the couple settle on?", ("chocolate",), ("lemon", "limón")),
            Question(CAKES, "Who is allergic to nuts?", ("liam",)),
            Question(CAKES, "What must be kept out of the cake?", ("nuts", "frutos secos")),
            Question(CAKES, "When is her wedding?", ("27 de septiembre", "september 27")),
            Question(CAKES, "Where is the cake going?", ("harbourside",), ("kenmount",)),
            Question(CAKES, "What time should the cake arrive?", ("14:00", "2 pm", "dos de la tarde")),
            Question(CAKES, "How many guests are invited?", ("120", "ciento veinte"), ("90", "noventa")),
            Question(CAKES, "What goes on top of the cake?", ("cats", "gatos")),
            Question(CAKES, "What are her pets called?", ("churro", "tapas")),
            Question(CAKES, "When was her tasting?", _day(50, 6)),
            Question(CAKES, "How much is left to pay?", ("480", "cuatrocientos ochenta")),
            Question(CAKES, "What style of icing?", ("semi-naked", "semidesnudo")),
            Question(CAKES, "Where is she from originally?", ("valencia",)),
            Question(CAKES, "How is she paying the balance?", ("transferencia",)),
            Question(CAKES, "When did she last call about the cake?", _day(7)),
            Question(CAKES, "What's Liam's last name?", ()),
            Question(CAKES, "What colour are the flowers on the cake?", ()),
            Question(CAKES, "How much was the deposit?", ()),
            Question(CAKES, "What's the venue's phone number?", ()),
            Question(CAKES, "Who is her photographer?", ()),
            Question(CAKES, "Which flavour does Liam prefer?", ()),
        ],
    ),
    # An immigration client: the address changed, a document outstanding then arrived, a legal call whose
    # analysis said "none", her husband's work said in the turns only.
    Caller(
        number="+17095551704",
        names=("Anjali",),
        calls=[
            Call(
                VISAS, 58, "en", "Permanent residence consultation",
                "The user, Anjali Menon, is on a post-graduation work permit that expires on March 3 and "
                "works in quality control at Avalon Seafoods. She wants to apply for permanent residence, "
                "possibly through the Atlantic Immigration Program. A consultation with lawyer Cheryl "
                "Dunphy was booked for {+5} at 2 PM; the fee is $250. Her husband Arjun and their "
                "four-year-old son Kabir would be included. She lives at 22 Pennywell Road, apartment 3, "
                "St. John's.",
                [
                    ("Harbour Immigration Law, Stephanie speaking. How may I help you?",
                     "Hi, good afternoon. I, um, I'm on a work permit and I want to apply for PR, permanent "
                     "residence. A friend said you could help."),
                    ("Certainly. May I have your name?", "Anjali Menon. A-N-J-A-L-I, Menon, M-E-N-O-N."),
                    ("Thank you. What kind of permit are you on?",
                     "A post-graduation work permit. I did my master's at Memorial. It expires on the third "
                     "of March."),
                    ("And are you working now?",
                     "Yes, at Avalon Seafoods, in quality control. They said they're, um, designated? For "
                     "the Atlantic program?"),
                    ("Then the Atlantic Immigration Program may suit you. I'll book you a consultation with "
                     "Cheryl Dunphy, our lawyer. The consultation fee is $250.", "Two fifty, okay."),
                    ("She's free in five days at 2 PM.", "That works, I'll take the afternoon off."),
                    ("And your current address?", "22 Pennywell Road, apartment 3, St. John's."),
                    ("Is anyone applying with you?", "My husband, Arjun, and our son Kabir, he's four."),
                    ("Thank you, we'll send a checklist of documents by email.", "Thank you so much."),
                ],
                analysis_items(
                    "Permanent residence consultation", "Consultation with Cheryl Dunphy", "{+5}",
                    "Post-graduation work permit expires March 3; works at Avalon Seafoods; husband Arjun, "
                    "son Kabir", "none", first_name="Anjali",
                ),
            ),
            Call(
                VISAS, 33, "en", "Documents and new address",
                "Anjali Menon updated her address to 5 Larkhall Street, unit 2. She scored 7.5 overall on "
                "IELTS. Her police certificate from India is still pending; all other documents are "
                "uploaded. The agent will send a breakdown of the government fees.",
                [
                    ("Harbour Immigration Law, Stephanie speaking.",
                     "Hi Stephanie, it's Anjali Menon. I had my consultation with Cheryl."),
                    ("Yes, hello Anjali. How can I help?",
                     "A few updates for my file. First, we moved. The new address is 5 Larkhall Street, unit "
                     "2."),
                    ("5 Larkhall Street, unit 2. Updated.",
                     "And my IELTS came back, I got seven point five overall."),
                    ("7.5, that's great.",
                     "And the police certificate from India is still pending, they said six to eight weeks. "
                     "Everything else is uploaded."),
                    ("Okay. Cheryl will want that before she submits.",
                     "I know, I keep checking. Oh, and Arjun's work permit is open, he's a lab tech at the "
                     "Health Sciences Centre, in case that matters."),
                    ("I'll note it. The government fees are separate from ours, I'll send you the breakdown.",
                     "Okay, thanks."),
                ],
                {},
            ),
            Call(
                VISAS, 9, "en", "Biometrics appointment",
                "Anjali Menon said her police certificate from India has arrived and her permanent "
                "residence application was submitted. Her family's biometrics appointment is at Service "
                "Canada on {+12} at 10:40 AM; all three must attend with passports. Her file reference is "
                "HIL-2217.",
                [
                    ("Harbour Immigration Law, Stephanie speaking.",
                     "Hi, it's Anjali Menon. Good news, the police certificate finally arrived!"),
                    ("Wonderful! Cheryl submitted your application last week. Have you had the biometrics "
                     "letter?",
                     "Yes! The biometrics appointment is at Service Canada on... um, twelve days from today, "
                     "at ten forty."),
                    ("Bring your passports and the letter. All three of you need to go, Kabir too.",
                     "Even Kabir? Okay."),
                    ("Your file reference with us is HIL-2217, quote it if you call.",
                     "H-I-L, two two one seven. Got it."),
                    ("Anything else I can help with?", "No, that's all. Thank you!"),
                ],
                analysis_items(
                    "Biometrics appointment", "Biometrics at Service Canada for the family", "{+12}",
                    "File HIL-2217; police certificate received; application submitted", "legal",
                    first_name="Anjali",
                ),
            ),
        ],
        questions=[
            Question(VISAS, "What's her address now?", ("larkhall",), ("pennywell",)),
            Question(VISAS, "Which immigration stream is she using?", ("atlantic immigration",)),
            Question(VISAS, "Where does she work?", ("avalon seafoods",)),
            Question(VISAS, "When does her work permit run out?", ("march 3", "third of march")),
            Question(VISAS, "What did she score on IELTS?", ("7.5", "seven point five")),
            Question(VISAS, "What's her husband called?", ("arjun",)),
            Question(VISAS, "How old is Kabir?", ("four-year-old", "he's four")),
            Question(VISAS, "Is the police certificate still outstanding?",
                     ("certificate finally arrived",
                      "certificate from india has arrived", "certificate received"),
                     ("still pending",)),
            Question(VISAS, "When is the biometrics appointment?", _day(9, 12)),
            Question(VISAS, "What time is biometrics?", ("10:40", "ten forty")),
            Question(VISAS, "Which lawyer is handling her case?", ("dunphy",)),
            Question(VISAS, "How much did the consultation cost?", ("250", "two fifty")),
            Question(VISAS, "What's her file number with us?", ("hil-2217",)),
            Question(VISAS, "What does her husband do?", ("lab tech", "health sciences")),
            Question(VISAS, "Where did she study?", ("memorial",)),
            Question(VISAS, "Who signs her paycheques?", ("avalon seafoods",)),
            Question(VISAS, "When did she first get in touch?", _day(58)),
            Question(VISAS, "What's her passport number?", ()),
            Question(VISAS, "What did Arjun score on IELTS?", ()),
            Question(VISAS, "How much are the government fees?", ()),
            Question(VISAS, "What's her date of birth?", ()),
            Question(VISAS, "Which school does Kabir go to?", ()),
            Question(VISAS, "When does Arjun's work permit expire?", ()),
        ],
    ),
    # A bride and her DJ: a long music call whose middle holds four facts, the finish moved later by a
    # licence, a side door code said once.
    Caller(
        number="+17095551705",
        names=("Shauna",),
        calls=[
            Call(
                DISCO, 47, "en", "Wedding DJ booking",
                "The user, Shauna Kavanagh, booked the wedding package for her reception on October 11 at "
                "the Topsail Lions Club, 7 PM to midnight, for $850 with a ceremony mic and lights. About "
                "140 guests are expected and she wants blush pink uplighting.",
                [
                    ("Rock Solid DJ and Disco, Terry here.",
                     "Hi Terry! Oh my God, okay, hi. I'm getting married and everyone says you're the best "
                     "DJ in town."),
                    ("Ha, they're not wrong. Congratulations! What's your name?",
                     "Shauna Kavanagh. S-H-A-U-N-A. Soon to be Shauna Walsh, ha."),
                    ("When's the wedding?", "The eleventh of October. October 11th."),
                    ("Where's the reception?", "The Topsail Lions Club."),
                    ("Great hall. How many guests?",
                     "A hundred and forty. It's a Newfoundland wedding, everyone's cousin is coming."),
                    ("For the reception, our wedding package is 7 PM to midnight, $850, with a ceremony mic "
                     "and lights.", "Eight fifty, grand. Midnight's when the hall closes, they said."),
                    ("Anything you want for the lights?",
                     "Blush pink uplighting, please. Everything's blush."),
                    ("Blush pink it is. I'll call you a few weeks out to go through the music properly.",
                     "Perfect! Thanks, Terry."),
                ],
                {"first_name": "Shauna"},
            ),
            Call(
                DISCO, 21, "en", "Wedding playlist planning",
                "The user, Shauna Kavanagh, went through the music for her wedding with the DJ: first dance "
                "'At Last' by Etta James, the grand entrance to 'Sweet Caroline', and 'My Girl' by the "
                "Temptations for the father-daughter dance. She wants eighties, Shania Twain and Great Big "
                "Sea on the dance floor and soft jazz at dinner. The DJ will email a music plan. Shauna "
                "chatted at length about the wedding.",
                long_call(
                    [
                        ("Rock Solid DJ and Disco, Terry here.",
                         "Terry! It's Shauna Kavanagh, the October wedding at the Lions Club? You said to "
                         "call about the music."),
                        ("Shauna, hi! Yes, let's do it. Start with the big moment, first dance?",
                         "Okay so, first dance is 'At Last', Etta James. Connor wanted something by, um, "
                         "Garth Brooks, but no. At Last."),
                        ("Classic. And the grand entrance?",
                         "We come in to, ha, 'Sweet Caroline'? Is that tacky? Connor's mother loves it."),
                        ("Not tacky, it gets everyone going. Father-daughter dance?",
                         "'My Girl'. The Temptations. Dad's already practising, Mom says he's stepping on "
                         "her feet every night."),
                        ("Ha! And the groom's full name for the announcements?",
                         "Connor Walsh. C-O-N-N-O-R."),
                        ("What kind of vibe for the dance floor?",
                         "Everything. Eighties, Shania, a bit of Great Big Sea for the Newfoundland crowd, "
                         "obviously."),
                        ("Obviously. Dinner music?", "Something soft, jazzy, nobody'll listen anyway."),
                    ],
                    [
                        ("Got it.",
                         "Oh! My Nan. Nan is ninety-one and she made me promise you'd play 'Sonny's Dream', "
                         "Ron Hynes. She'll cry. Everyone will cry."),
                        ("Ron Hynes, 'Sonny's Dream', I'll find a spot for it.",
                         "And the Lions Club has one of those sound limiters. The guy said if it goes over "
                         "ninety-five decibels it cuts the power."),
                        ("Good to know, I'll keep it under 95 decibels.",
                         "And nobody is allowed to play the Macarena. Connor's uncle does a whole routine. "
                         "Absolutely no Macarena."),
                        ("No Macarena, noted.",
                         "And Connor's brother Declan is doing a surprise speech, around half ten, so you'll "
                         "need to hand him the mic. Connor doesn't know!"),
                    ],
                    [
                        ("I'll have the wireless mic ready.",
                         "Okay, I think that's the music. Sorry I talked your ear off."),
                        ("Not at all, that's what I'm here for. I'll put it all in a plan and email it over.",
                         "Perfect. To the email on the booking."),
                        ("Will do. Talk soon, Shauna.", "Thanks, Terry! Bye!"),
                    ],
                    acks=_DISCO_ACKS,
                    talk=_DISCO_TALK,
                    start=4,
                    total=86,
                ),
                {},
            ),
            Call(
                DISCO, 4, "en", "Later finish and load-in",
                "Shauna Kavanagh said the Topsail Lions Club extended its licence, so the DJ will now play "
                "from 7 PM to 1 AM for $950 in total. The DJ should load in through the side door and be set "
                "up by 5:30 PM, before the photographer takes the room shots.",
                [
                    ("Rock Solid DJ and Disco, Terry here.",
                     "Terry, it's Shauna! Good news, the Lions Club extended our licence, we can go until "
                     "one a.m. now."),
                    ("Oh, nice! So 7 PM to 1 AM. That's an extra hour, $100.",
                     "Yes, worth it. So nine fifty total?"),
                    ("$950 total, yes.",
                     "Great. And for load-in, the hall manager said to use the side door, the side door code "
                     "is 3 1 7 5."),
                    ("Got it, the side door.",
                     "And they want you set up by five thirty, before the photographer does the room shots."),
                    ("Set up by 5:30, no problem.", "You're a star."),
                ],
                analysis_items(
                    "Later finish for wedding DJ", "Set up at the Lions Club by 5:30 PM", "",
                    "Wedding October 11; now 7 PM to 1 AM; $950 total; load in by the side door", "none",
                    first_name="Shauna",
                ),
            ),
        ],
        questions=[
            Question(DISCO, "When is the wedding?", ("october 11", "eleventh of october")),
            Question(DISCO, "Where's the reception?", ("lions club",)),
            Question(DISCO, "Who sings the first dance song?", ("etta james",)),
            Question(DISCO, "What's the father-daughter dance?", ("my girl",)),
            Question(DISCO, "What did her grandmother ask us to play?", ("sonny's dream", "ron hynes")),
            Question(DISCO, "How loud can it get before the power cuts out?",
                     ("95 decibels", "ninety-five decibels")),
            Question(DISCO, "Which song is banned?", ("macarena",)),
            Question(DISCO, "Who is giving a surprise speech?", ("declan",)),
            Question(DISCO, "When is the surprise speech?", ("half ten",)),
            Question(DISCO, "What time does the music finish?", ("1 am", "one a.m."), ("midnight",)),
            Question(DISCO, "What's the total price?", ("950", "nine fifty"), ("850", "eight fifty")),
            Question(DISCO, "What colour lighting?", ("blush",)),
            Question(DISCO, "How many guests?", ("140", "hundred and forty")),
            Question(DISCO, "What's the groom's name?", ("connor",)),
            Question(DISCO, "Which door should the DJ use?", ("side door",)),
            Question(DISCO, "By what time must the DJ be set up?", ("5:30", "five thirty")),
            Question(DISCO, "What's the entrance song?", ("sweet caroline",)),
            Question(DISCO, "Where did the couple first meet?", ("kitchen party",)),
            Question(DISCO, "When did they go through the playlist?", _day(21)),
            Question(DISCO, "What's the side door code?", ()),
            Question(DISCO, "Who's the best man?", ()),
            Question(DISCO, "What's her Nan's name?", ()),
            Question(DISCO, "How long will Declan's speech be?", ()),
            Question(DISCO, "Who is the photographer?", ()),
            Question(DISCO, "What's the hall manager's phone number?", ()),
            Question(DISCO, "What's Connor's uncle called?", ()),
        ],
    ),
    # A company's gala and a photo booth: the venue changed, the hours and price changed, a loading-dock
    # door code copied into the analysis, the CEO's dislike said in the turns only.
    Caller(
        number="+17095551706",
        names=("Nadia",),
        calls=[
            Call(
                BOOTH, 30, "en", "Photo booth for company gala",
                "The user, Nadia Ferraro, office manager at Northcape Engineering, booked a photo booth for "
                "the company's 25th anniversary gala on {+36} in the Grand Ballroom at the Harbourview "
                "Hotel, from 8 to 11 PM, for 220 guests. The three-hour package is $795 with unlimited 2 "
                "by 6 strips printed with the company logo, and a gold sequin backdrop. The invoice should "
                "carry PO 55190.",
                [
                    ("Snap Happy Photo Booths, Kyle speaking!",
                     "Hi Kyle, Nadia Ferraro, I'm the, uh, office manager at Northcape Engineering. We're "
                     "doing a gala for our twenty-fifth anniversary and the boss wants a photo booth."),
                    ("Happy twenty-fifth! When's the gala?",
                     "Thirty-six days from now, in the evening, at the Harbourview Hotel, in the Grand "
                     "Ballroom."),
                    ("How many guests?", "Two hundred and twenty, staff plus partners."),
                    ("Great. What hours would you like the booth?", "Eight to eleven. Eight p.m. to eleven."),
                    ("Three hours is $795, including unlimited 2 by 6 strips.",
                     "Can the strips have our logo on them?"),
                    ("Absolutely, send me the logo file and we'll print it on every strip.",
                     "Perfect. And what backdrops do you have?"),
                    ("Sequins are popular for galas, gold or silver.",
                     "Gold sequin. Very twenty-five years."),
                    ("Gold sequin, done. Where should I send the invoice?",
                     "Just send it to accounts, but put our PO number on it, PO 55190."),
                ],
                analysis_items(
                    "Photo booth for company gala", "Nadia to send the logo file", "{+36}",
                    "Northcape Engineering 25th anniversary gala; Harbourview Hotel; 220 guests; gold "
                    "sequin backdrop", "finance", first_name="Nadia",
                ),
            ),
            Call(
                BOOTH, 19, "en", "Gala moved to a new venue",
                "Nadia said the Northcape Engineering gala has moved to Bannerman Hall on the same night "
                "because the hotel double-booked the ballroom. The booth can be brought in through the "
                "loading dock on Bannerman Road.",
                [
                    ("Snap Happy Photo Booths, Kyle speaking.",
                     "Kyle, hi, Nadia from Northcape. So, bit of drama. The hotel double-booked the "
                     "ballroom, so the gala's now at Bannerman Hall."),
                    ("Oh no! Bannerman Hall's nice, though. Same date?", "Same night, yes. Thank God."),
                    ("How do we get the booth in there?",
                     "There's a loading dock round the back, on Bannerman Road. The loading dock door code "
                     "is 4 8 0 6."),
                    ("Thanks. Anything else?",
                     "Um, yes, props. Our CEO, Mr. Halvorsen, he, uh, he hates the props with slogans on "
                     "them, you know, the joke signs. So hats and glasses are fine, but no signs with "
                     "slogans."),
                    ("No slogan signs, got it.", "He's particular. But he's paying, so."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                BOOTH, 2, "en", "Booth hours extended",
                "Nadia Ferraro extended the photo booth for the gala on {+4} to four hours, 7:30 to 11:30 "
                "PM, bringing the price to $945. Her assistant Tobias will be the contact on the night. The "
                "logo has been received.",
                [
                    ("Snap Happy Photo Booths, Kyle speaking.",
                     "Hi Kyle, Nadia Ferraro. Can we make the booth longer? Seven thirty to eleven thirty, "
                     "so people get photos as they arrive."),
                    ("Sure, that's four hours, so it comes to $945.",
                     "Nine forty-five, fine, I'll update the PO."),
                    ("And who's our contact on the night?",
                     "My assistant, Tobias. He'll be there from six. I'll be running around."),
                    ("And we got your logo, it looks great on the strips.", "Oh, good."),
                ],
                analysis_items(
                    "Photo booth hours extended", "Photo booth at the gala, 7:30 to 11:30 PM", "{+4}",
                    "Venue Bannerman Hall; loading dock door code 4806; assistant Tobias is the contact on "
                    "the night; $945", "none", first_name="Nadia",
                ),
            ),
        ],
        questions=[
            Question(BOOTH, "Where's the gala being held?", ("bannerman",), ("harbourview",)),
            Question(BOOTH, "What hours is the booth running?", ("7:30", "seven thirty"),
                     ("8 to 11", "eight to eleven")),
            Question(BOOTH, "What's the price now?", ("945", "nine forty-five"), ("795",)),
            Question(BOOTH, "Which backdrop did she pick?", ("gold sequin",)),
            Question(BOOTH, "What's printed on the strips?", ("logo",)),
            Question(BOOTH, "Which company is the gala for?", ("northcape",)),
            Question(BOOTH, "What are they celebrating?", ("25th", "twenty-fifth")),
            Question(BOOTH, "What's the PO number?", ("55190",)),
            Question(BOOTH, "Who's the contact on the night?", ("tobias",)),
            Question(BOOTH, "Which props should we leave out?", ("slogan",)),
            Question(BOOTH, "When is the gala?", _day(30, 36)),
            Question(BOOTH, "How many people are attending?", ("220", "two hundred and twenty")),
            Question(BOOTH, "What's the CEO's surname?", ("halvorsen",)),
            Question(BOOTH, "How does the booth get in at the new venue?", ("loading dock",)),
            Question(BOOTH, "Why did the venue change?", ("double-booked",)),
            Question(BOOTH, "What's Nadia's job?", ("office manager",)),
            Question(BOOTH, "When did she first book the booth?", _day(30)),
            Question(BOOTH, "What's the loading dock code?", ()),
            Question(BOOTH, "What's the CEO's first name?", ()),
            Question(BOOTH, "What's Tobias's phone number?", ()),
            Question(BOOTH, "What's the accounts email address?", ()),
            Question(BOOTH, "How big is Bannerman Hall?", ()),
            Question(BOOTH, "What's the dress code for the gala?", ()),
        ],
    ),
    # A fiftieth-birthday weekend with a private chef: a long call whose middle holds a key safe code and
    # three facts, a seventh guest, the chef's arrival moved earlier.
    Caller(
        number="+17095551707",
        names=("Ingrid",),
        calls=[
            Call(
                CHEF, 26, "en", "Chef for a birthday weekend at a cabin",
                "The user, Ingrid Sorensen, booked a private chef for her 50th birthday weekend with friends "
                "at a cabin at 9 Beach Road, Salmon Cove, arriving {+30} for two nights. Six guests; two "
                "dinners and two brunches, with local food including cod and a Jiggs dinner on the second "
                "night. The fee is $1,200 plus groceries at cost; the agent will email a draft menu. Ingrid "
                "chatted at length about her friends and the trip.",
                long_call(
                    [
                        ("Tidewater Private Chefs, Aidan speaking, how can I help?",
                         "Hi Aidan! Okay, so, I'm turning fifty and I've rented a cabin for the weekend with "
                         "my girlfriends and I want someone else to do all the cooking. Is that a thing you "
                         "do?"),
                        ("That's exactly what we do. Congratulations! Can I get your name?",
                         "Ingrid Sorensen. Sorensen with an e-n at the end, not s-o-n."),
                        ("Thanks, Ingrid. Where's the cabin?",
                         "Salmon Cove. Nine Beach Road, Salmon Cove. Right on the water."),
                        ("Beautiful spot. Which weekend?",
                         "We get there a month from now, thirty days exactly, I counted. Two nights."),
                        ("How many of you?", "Six. Six of us. Well, six women and a lot of wine."),
                        ("Ha! So what meals would you want?",
                         "Dinners both nights, and brunch both mornings. Two dinners and two brunches, yes."),
                        ("Any ideas for the food?",
                         "Local stuff. Cod, obviously. And I want a Jiggs dinner on the second night, my "
                         "mother grew up on it and so did I."),
                        ("A Jiggs dinner for a fiftieth, love it.",
                         "Right? Salt beef, pease pudding, the works."),
                    ],
                    [
                        ("Okay.",
                         "Oh, before I forget, one of the girls, Marit, she's vegan. Like, proper vegan, not "
                         "just no meat."),
                        ("No problem, I'll plan vegan versions for Marit.",
                         "And the oven in the cabin runs hot, the owner warned me, like twenty-five degrees "
                         "hotter than it says."),
                        ("Good to know, the chef will set it lower.",
                         "And you can't drink the tap water, it's from a well, so bring bottled water for "
                         "cooking. Or we'll buy some."),
                        ("We'll bring bottled water.",
                         "And you'll need to get in before us, the key safe's by the back door, the code is "
                         "2 9 6 4."),
                    ],
                    [
                        ("Thanks, I'll put that on the job sheet for the chef only.",
                         "Great. So what's all this going to cost me?"),
                        ("For two dinners and two brunches for six, our fee is $1,200, plus groceries at "
                         "cost.",
                         "Twelve hundred plus groceries. Okay. It's my fiftieth, I'm worth it."),
                        ("You are! I'll email a draft menu in a few days.", "Perfect. This is so exciting."),
                        ("Talk soon, Ingrid.", "Bye, Aidan!"),
                    ],
                    acks=_CHEF_ACKS,
                    talk=_CHEF_TALK,
                    start=1,
                ),
                {"first_name": "Ingrid"},
            ),
            Call(
                CHEF, 12, "en", "Seventh guest and grocery budget",
                "Ingrid Sorensen approved the menu, including cod au gratin on the first night, and said her "
                "sister Kirsten is joining, so there will be seven guests. Groceries are capped at $600. The "
                "chef will arrive around 5 PM on the first day, with dinner at 7:30.",
                [
                    ("Tidewater Private Chefs, Aidan speaking.",
                     "Aidan, hi, Ingrid Sorensen, the Salmon Cove weekend."),
                    ("Hi Ingrid! Did you get the menu?",
                     "I did, it's perfect. Cod au gratin the first night, yes, yes, yes. But, um, change of "
                     "numbers: my sister Kirsten is coming too, so it's seven, not six."),
                    ("Seven, no problem, it's the same fee up to eight.",
                     "Oh, good. And groceries, can we cap it at six hundred?"),
                    ("A $600 grocery budget, sure.",
                     "And what time does the chef get there on the first day?"),
                    ("Around five p.m., to have dinner at seven thirty.", "Perfect."),
                ],
                {},
            ),
            Call(
                CHEF, 3, "en", "Chef arrival moved earlier",
                "Ingrid asked the chef to arrive at 4 PM on {+7} instead of 5 PM, so there are appetizers "
                "when the guests arrive. She will pay by e-transfer, half now and half after the weekend.",
                [
                    ("Tidewater Private Chefs, Aidan speaking.",
                     "Hi Aidan, Ingrid again. Could the chef come a bit earlier on the first day? Like four "
                     "o'clock? We want appetizers when we walk in."),
                    ("Four p.m. works. Appetizers on arrival, I'll tell him.", "Amazing. And how do I pay?"),
                    ("We take e-transfer, half now and half after the weekend.",
                     "E-transfer, great, I'll send the first half tonight."),
                    ("Anything else?", "No, that's it, I'm just excited."),
                ],
                analysis_items(
                    "Chef arrival time", "Chef arrives at the Salmon Cove cabin at 4 PM", "{+7}",
                    "Seven guests; pays by e-transfer", "none", first_name="Ingrid",
                ),
            ),
        ],
        questions=[
            Question(CHEF, "How many are in the party?",
                     ("seven guests", "it's seven"), ("six guests", "six of us")),
            Question(CHEF, "Where is the cabin?", ("salmon cove", "beach road")),
            Question(CHEF, "Which friend is vegan?", ("marit",)),
            Question(CHEF, "Is there anything odd about the oven?", ("runs hot", "twenty-five degrees")),
            Question(CHEF, "Can the chef use the tap water?", ("bottled water",)),
            Question(CHEF, "What's on the menu for the second night?", ("jiggs dinner",)),
            Question(CHEF, "What's the first night's dinner?", ("cod au gratin",)),
            Question(CHEF, "What time does the chef arrive on the first day?",
                     ("4 pm", "four o'clock", "four p.m."), ("5 pm", "five p.m.")),
            Question(CHEF, "What's the grocery budget?", ("600", "six hundred")),
            Question(CHEF, "When do they arrive at the cabin?", _day(26, 30)),
            Question(CHEF, "How is she paying?", ("e-transfer",)),
            Question(CHEF, "What's she celebrating?", ("50th", "fiftieth")),
            Question(CHEF, "Who is Kirsten?", ("sister kirsten",)),
            Question(CHEF, "What's the chef's fee?", ("1,200", "twelve hundred")),
            Question(CHEF, "Which meals are included?", ("two brunches",)),
            Question(CHEF, "What does Ingrid do for a living?", ("nurse",)),
            Question(CHEF, "What's the key safe code?", ()),
            Question(CHEF, "What's Marit's last name?", ()),
            Question(CHEF, "How many bedrooms does the cabin have?", ()),
            Question(CHEF, "Who owns the cabin?", ()),
            Question(CHEF, "Does Kirsten have any dietary needs?", ()),
            Question(CHEF, "What's the date of her birthday?", ()),
            Question(CHEF, "What's Kirsten's phone number?", ()),
        ],
    ),
]  # fmt: skip
