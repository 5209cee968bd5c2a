"""A held-out memory set: callers of eight clinics and care services, as ElevenLabs would report them.

A GP surgery's appointments line, a chiropractor, a skin clinic, a speech and language therapist, a
podiatrist, a patient transport service, a fertility clinic and a dietitian, all in and around Ottawa.
Ten callers, 30 calls: a Spanish daughter arranging her father's dialysis rides from Valencia and a French
nurse seeing a dietitian, both asked about in English; a couple sharing one phone about their son's speech;
a caller of a fertility clinic and a skin clinic whose treatment, medication and payment plan are the
fertility clinic's alone; three calls of 84 exchanges (a widower's diabetes review, a first chiropractic
visit, a home foot-care visit) whose middle holds facts no summary or analysis item repeats; corrections
said plainly ("a regular car is fine", "so I'm not really vegetarian any more"), a pickup address, a
pharmacy, visit days and times changed; access codes for a key safe, a gate, a building door and an
entry panel that no answer may give; and about half of the calls with the post-call analysis items as
ElevenLabs' model fills them (a fact missed, a category that says none for a plainly medical call or
finance for an IVF cycle, a code copied into the facts, values in Spanish or French, a date left empty),
the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

GP = "agent_clinics_gp_0000000000000000211"
CHIRO = "agent_clinics_chiro_0000000000000212"
SKIN = "agent_clinics_skin_00000000000000213"
SPEECH = "agent_clinics_speech_000000000000214"
PODIATRY = "agent_clinics_podiatry_0000000000215"
TRANSPORT = "agent_clinics_transport_000000000216"
FERTILITY = "agent_clinics_fertility_000000000217"
DIETITIAN = "agent_clinics_diet_00000000000000218"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_SURGERY_ACKS = [
    "Mm-hm.", "Oh, I see.", "Ha, yes.", "Right.", "Oh, that's nice.", "Mm.", "Oh dear.", "Is that right?",
    "Sure.", "Ha!", "Of course.", "Aw.",
]  # fmt: skip
_SURGERY_TALK = [
    "It's a cold one today, isn't it? Minus twenty with the wind, the radio said.",
    "I remember when the canal froze solid by December. Now it's January before they open it.",
    "Yes.",
    "My wife used to skate to work on the canal, you know. Every winter. Forty years ago, that was.",
    "She was a schoolteacher. Grade three. The children all loved her.",
    "Mm.",
    "I was in the army first, signals, then the post office after.",
    "Thirty years I did at the sorting office on Lancaster Road.",
    "Ha, yes.",
    "I still get up at five. Can't shake it.",
    "The tomatoes did well last summer. Beefsteaks. Big as your fist.",
    "I give most of them away. Can't eat them all on my own.",
    "Right.",
    "The young couple across the road have a baby now. Cries all night, bless him.",
    "Do you get a lot of old codgers like me ringing up?",
    "Ha, I bet you do.",
    "The Senators lost again last night. I don't know why I bother.",
    "I've been watching them since the nineties. Suffering, mostly.",
    "Mm-hm.",
    "My son's out in Calgary. Works in oil, or gas, one of those.",
    "He rings on Sundays. Regular as clockwork.",
    "He wants me to get one of those tablets for video calls. I said what for, I know what you look like.",
    "Ha.",
    "I do the crossword every morning. The Citizen one. The cryptic on Saturdays.",
    "Some days I finish it, some days it finishes me.",
    "Yes, yes.",
    "The tulips will be out in May. The festival. My wife loved the tulips.",
    "We went every year, down by Dow's Lake.",
    "I still go. Sit on a bench. Have a coffee.",
    "Right.",
    "Is it still snowing your end? It's coming down sideways here.",
    "The plough went by at four this morning, woke the whole street.",
    "I used to shovel my own drive. Now a lad from the church does it.",
    "Twenty dollars, and he does the steps as well. Good lad.",
    "Mm.",
    "Sorry, I'm rambling. My wife always said I could talk the hind legs off a donkey.",
    "She was right, of course. She was always right.",
    "Ha, yes.",
    "The cat's on the windowsill watching the birds. She's useless, she's never caught one.",
    "Fourteen, she is. Older than some of my shirts.",
    "Right.",
    "I've got a feeder out the back. Chickadees, and the cardinals come too, the red ones.",
    "Beautiful things.",
    "Mm-hm.",
    "Do you like your job? It must be busy, all these phones.",
    "Well, you're very good at it, if I may say.",
    "Ha, no, I mean it.",
    "Oh, is the computer playing up? Take your time.",
    "They're always slow when you need them. Like buses.",
    "The eighty-eight is never on time, I can tell you that.",
    "Yes.",
    "Okay.",
    "Right you are.",
    "Still here, dear.",
    "Oh yes.",
    "Mm.",
    "Go on.",
    "Ha, very good.",
    "Quite right.",
    "Yes, yes.",
    "Lovely.",
    "I'm listening.",
    "Righto.",
]
_CHIRO_ACKS = [
    "Yeah.", "Ha, totally.", "Oh man.", "Right.", "For sure.", "Mm-hm.", "No way.", "Nice.", "Ha!",
    "I hear you.", "Oh, yeah.", "Fair.",
]  # fmt: skip
_CHIRO_TALK = [
    "Man, it's been a crazy week. Everybody's furnace dies the first cold snap.",
    "We had like forty calls on Monday. Forty.",
    "Yeah.",
    "Half of them, it's just the filter. People never change the filter.",
    "I'm not even kidding, one guy's filter was black. Like, charcoal.",
    "Ha, yeah.",
    "I play beer league hockey Wednesday nights. Well, I did. Not with this back.",
    "The guys keep texting me, when are you back, we need a goalie.",
    "I'm not even a goalie. I'm just the only one who'll do it.",
    "Mm.",
    "You guys busy this time of year? I bet everybody's shovelling and wrecking their backs.",
    "Yeah, I figured.",
    "My truck's got like three hundred thousand on it. She's still going though.",
    "Every winter I say it's her last winter.",
    "Ha.",
    "We went up to Algonquin in September, canoe trip. Four nights.",
    "Best trip ever. Saw a moose right by the campsite.",
    "Right.",
    "Honestly the portages almost killed me. Carrying the canoe on your head, man.",
    "Maybe that's what started it, who knows.",
    "Nah, it was the compressor. I know it was the compressor.",
    "Okay.",
    "My buddy went to a chiro after a car accident and swears by it.",
    "He's the one who told me to call you guys, actually.",
    "Yeah.",
    "The parking's good there, right? My truck doesn't fit in those underground lots.",
    "Oh nice, out front. Perfect.",
    "It's nuts how much a back thing messes up everything. Can't even tie my boots.",
    "I've been wearing the slip-on ones. Like a grandpa.",
    "Ha, yeah.",
    "My dad had back problems too, like his whole life. Worked construction.",
    "He'd just lie on the floor in the living room. On the carpet. Watching the game.",
    "Mm-hm.",
    "I swear I'm turning into him.",
    "Did you see the Sens game? No? Don't. It was ugly.",
    "Three-nothing in the first period.",
    "Right.",
    "Anyway.",
    "Sorry, I talk a lot when I'm nervous. Never been to one of these.",
    "Is it gonna hurt? The adjusting thing?",
    "Okay, good. Good to know.",
    "I hate the cracking sound though. Like knuckles.",
    "Ha. Yeah.",
    "Winter tires went on last week, finally. Always leave it too late.",
    "The guy at the shop said I was the hundredth person that day.",
    "Okay.",
    "Oh, sorry, hang on, dispatch is calling. No, it's fine, I'll call them back.",
    "Okay, I'm back.",
    "Yeah.",
    "Where were we.",
    "Right, right.",
    "Sure.",
    "Mm.",
    "Yeah, for sure.",
    "Okay, cool.",
    "Totally.",
    "Ha, okay.",
    "Got it.",
    "Yep.",
    "Sounds good.",
    "Right on.",
    "Yeah, yeah.",
    "For real.",
    "Okay.",
]
_FEET_ACKS = [
    "Oh, lovely.", "Mm-hm.", "Aw.", "Really?", "Ha, I bet.", "Oh, I know.", "Of course.", "Oh dear.",
    "Yes.", "Bless.", "Ha!", "That's nice.",
]  # fmt: skip
_FEET_TALK = [
    "My Walter had a bakery, you know. On Wellington Street. Forty-one years.",
    "Up at three every morning, six days a week.",
    "The whole street smelled of bread. People still tell me they miss it.",
    "Oh yes.",
    "His butter tarts were famous. People came from Kingston for them.",
    "I did the books and the counter. He did the ovens.",
    "Mm.",
    "He's been gone six years now. Six years in March.",
    "I still set two cups out sometimes. Silly, isn't it.",
    "Oh, you're kind.",
    "I've four grandchildren. All grown. One's in Vancouver, doing something with computers.",
    "I don't understand a word of it when she explains.",
    "Ha, no.",
    "The other three are close by, thank goodness. They pop in.",
    "They bring me the groceries on Saturdays.",
    "Right.",
    "I keep African violets on the windowsill. Fourteen of them now.",
    "The trick is to water them from the bottom. Never on the leaves.",
    "Mm-hm.",
    "My mother grew them too. She had green fingers, and so have I.",
    "Is it cold where you are? It's bitter here.",
    "I don't go out when it's icy. Not with the walker.",
    "Last winter I fell on the front step. Nothing broken, thank God.",
    "Oh, they salt it now. The super is very good.",
    "Yes.",
    "I watch my programmes in the afternoon. The quiz shows.",
    "I shout the answers at the television. Nobody hears me, but I shout anyway.",
    "Ha!",
    "Walter used to say I should go on one. I'd win a car and couldn't drive it.",
    "Oh, I gave up the car years ago.",
    "Right.",
    "Do you have children, dear?",
    "Oh, there's plenty of time.",
    "I had my first at twenty-two. That was young, then. Well, it wasn't young then.",
    "Mm.",
    "My feet were lovely when I was young. I danced, you know. Ballroom.",
    "Walter couldn't dance to save his life. He stood on my toes.",
    "Maybe that's where it all started, ha.",
    "Oh yes.",
    "I do my exercises in the chair. The physio lady showed me.",
    "Ankles round and round. Ten times each way.",
    "Yes, dear.",
    "I'm keeping you, aren't I.",
    "Oh, you're sweet.",
    "The church ladies come by with the newsletter.",
    "We have a tea after the service, on the first Sunday.",
    "I make the scones. Walter's recipe. Well, I try.",
    "Mm-hm.",
    "Sorry, the kettle's going. Hold on a moment, dear.",
    "There. That's better.",
    "Yes.",
    "Where were we?",
    "Oh yes, the feet.",
    "I'm listening, dear.",
    "Right.",
    "Oh, lovely.",
    "Yes, yes.",
    "Go on.",
    "Mm.",
    "That's fine.",
    "Of course.",
    "Ha, yes.",
    "Oh, I see.",
    "Yes, dear.",
    "Right you are.",
    "Lovely.",
    "Mm-hm.",
    "Quite right.",
]


HELDOUT_CLINICS: list[Caller] = [
    # A widower of the GP surgery: a long booking call whose middle holds his hearing, a plaster rash and
    # who drives him; the review moved to the afternoon; his pharmacy changed.
    Caller(
        number="+13435550201",
        names=("Gerald",),
        calls=[
            Call(
                GP, 40, "en", "Diabetes review and flu shot booked",
                "The user, Gerald Fitch, booked his annual diabetes review with Dr. Mehta for {+9} at 9:40 "
                "AM and will have his flu shot at the same visit. He was asked to bring a urine sample and "
                "his glucose meter. Gerald talked at length about his late wife, the army and the weather.",
                long_call(
                    [
                        ("Good morning, Rideau Family Practice appointments line, this is Linda speaking.",
                         "Oh, hello. Hello. Yes. Is this the, er, the appointments? For the doctors?"),
                        ("It is, yes. How can I help you today?",
                         "Well, I had a letter. About my sugar. The diabetes, the type two. It says I'm due "
                         "my yearly check-up, the review thing."),
                        ("Of course. Can I take your name, please?",
                         "Gerald Fitch. That's F-I-T-C-H. Fitch."),
                        ("Thank you, Mr. Fitch. And your date of birth?",
                         "Third of March, nineteen forty-four. I know, I don't look a day over ninety."),
                        ("Ha! And you're with Dr. Mehta now, is that right?",
                         "That's right, Dr. Mehta. Since Dr. Lafleur retired. Lovely woman, Dr. Mehta, very "
                         "thorough. Young, but thorough."),
                        ("While I have you, would you like your flu shot at the same visit?",
                         "The flu shot, yes, go on. Might as well, while I'm there. Kill two birds."),
                        ("And I see your prescriptions go to the pharmacy on Bank Street?",
                         "The Shoppers on Bank Street, yes. That's the one."),
                        ("Let me just pull up Dr. Mehta's diary, bear with me, it's a bit slow this morning.",
                         "Oh, take your time, dear. I've nothing but time."),
                    ],
                    [
                        ("Okay.",
                         "While you're looking, er, you should probably put this on my notes. I'm deaf in my "
                         "left ear. Stone deaf. From the artillery, in the army. So whoever sees me, tell "
                         "them to sit on my right side, or I'll just nod and not hear a blessed word."),
                        ("I'll add that to your file.",
                         "And the sticking plasters. The little round ones the nurse puts on after a blood "
                         "test. I came up in a rash from one last year, red raw for a week. So no plasters. "
                         "A bit of cotton wool and the paper tape, that's fine."),
                        ("No adhesive plasters, noted.",
                         "And I don't drive any more. Not since the cataract. So my neighbour Ray takes me, "
                         "he's got the big silver Buick. Whatever time it is, it has to suit Ray, really."),
                    ],
                    [
                        ("Okay, Mr. Fitch, Dr. Mehta has an opening nine days from now, at nine-forty in the "
                         "morning. Would that work?",
                         "Nine-forty. Yes. He's an early bird, that'll suit him."),
                        ("Wonderful. Please bring a urine sample, first thing in the morning, and your "
                         "glucose meter.",
                         "A urine sample and the meter. Right. Do I bring it in a jam jar?"),
                        ("Ha, no, you can pick up a proper sample pot at the front desk any time before.",
                         "A pot from the front desk. Right you are."),
                        ("And the nurse will do the flu shot straight after.",
                         "Lovely. Two birds, like I said."),
                        ("Is there anything else I can help with?",
                         "No, no, you've been very patient with me, Linda."),
                        ("Not at all. See you then, Mr. Fitch.", "Cheerio, dear. Bye now."),
                    ],
                    acks=_SURGERY_ACKS,
                    talk=_SURGERY_TALK,
                    start=2,
                ),
                analysis_items(
                    "Diabetes review booking", "Annual diabetes review and flu shot with Dr. Mehta", "{+9}",
                    "Type 2 diabetes; patient of Dr. Mehta; prescriptions to the Shoppers on Bank Street; "
                    "bring a urine sample and glucose meter", "none", first_name="Gerald",
                ),
            ),
            Call(
                GP, 33, "en", "Diabetes review moved to the afternoon",
                "Gerald Fitch moved his diabetes review with Dr. Mehta to {+4} at 2:15 PM because his "
                "neighbour, who drives him, has a hospital appointment that morning.",
                [
                    ("Rideau Family Practice appointments line, Linda speaking.",
                     "Hello, Linda? It's Gerald Fitch. I booked my diabetes thing with Dr. Mehta."),
                    ("Hello, Mr. Fitch. Yes, I have it here.",
                     "The thing is, my neighbour who drives me, Ray, he's got his own appointment at the "
                     "General that morning. His hip. So I'm stuck, you see."),
                    ("Let me look. Dr. Mehta has an afternoon two days later, at quarter past two. Would "
                     "that suit?", "Quarter past two. Yes. Ray will be back by then."),
                    ("Done, I've moved it for you.",
                     "And could you tell Dr. Mehta, my feet have been tingling at night. Both feet. Like "
                     "ants. I don't know if that's the sugar."),
                    ("I'll add a note for her to check.", "Thank you, dear. Bye now."),
                ],
                {"first_name": "Gerald"},
            ),
            Call(
                GP, 6, "en", "Blood test results and repeat prescription",
                "Gerald asked about his blood test results; Dr. Mehta would like to see him again in three "
                "months. His repeat prescription for metformin is ready at the Shoppers on Bank Street, and "
                "he asked for future prescriptions to go to the Rexall on Elgin Street instead.",
                [
                    ("Rideau Family Practice appointments line, Linda speaking.",
                     "Hello, it's Gerald Fitch. I'm ringing about my blood test. From the review."),
                    ("Hello, Mr. Fitch. Dr. Mehta's note says your A1C was 7.2, which she's happy with, and "
                     "she'd like to see you again in three months.", "Seven point two. Is that good?"),
                    ("She says it's well controlled.", "Oh good. And my metformin, is the repeat done?"),
                    ("Yes, it's ready, at the Shoppers on Bank Street.",
                     "Ah. Now, about that. From now on, could it go to the Rexall on Elgin Street? It's "
                     "closer, I can walk there."),
                    ("Of course, I'll change your pharmacy to the Rexall on Elgin Street for future ones.",
                     "Lovely. Thank you, dear."),
                ],
                analysis_items(
                    "Blood test results and repeat prescription",
                    "Book a follow-up with Dr. Mehta in three months", "",
                    "Metformin repeat prescription; pharmacy now the Rexall on Elgin Street; A1C 7.2",
                    "health", first_name="Gerald",
                ),
            ),
        ],
        questions=[
            Question(GP, "Which ear can't he hear out of?", ("left ear",)),
            Question(GP, "Which side should the doctor sit on?", ("right side",)),
            Question(GP, "What did a sticking plaster do to his skin?", ("rash",)),
            Question(GP, "Who gives him a lift to appointments?", ("ray",)),
            Question(GP, "Why did he stop driving?", ("cataract",)),
            Question(GP, "What car does his lift have?", ("buick",)),
            Question(GP, "When is his diabetes review?", _day(33, 4), _day(40, 9)),
            Question(GP, "What time is the review?", ("2:15", "quarter past two"),
                     ("9:40", "nine-forty")),
            Question(GP, "What should he bring to the review?", ("urine sample", "glucose meter")),
            Question(GP, "Which doctor looks after him?", ("mehta",)),
            Question(GP, "Which pharmacy should his prescriptions go to?", ("rexall", "elgin street"),
                     ("shoppers",)),
            Question(GP, "What was his A1C?", ("7.2", "seven point two")),
            Question(GP, "What's been happening to his feet at night?", ("tingling",)),
            Question(GP, "What's his date of birth?", ("nineteen forty-four", "third of march")),
            Question(GP, "When did he last ring about his prescription?", _day(6)),
            Question(GP, "Is he having a jab for influenza too?", ("flu shot",)),
            Question(GP, "Which tablets are waiting for him?", ("metformin",)),
            Question(GP, "Which type of diabetes does he have?", ("type two", "type 2")),
            Question(GP, "What's his health card number?", ()),
            Question(GP, "What is Ray's phone number?", ()),
            Question(GP, "What dose of metformin does he take?", ()),
            Question(GP, "When is his next eye appointment?", ()),
            Question(GP, "What was his late wife's name?", ()),
            Question(GP, "What's his son's name?", ()),
            Question(GP, "What's his blood pressure?", ()),
        ],
    ),
    # A patient of a fertility clinic and a skin clinic: the IVF cycle, its drugs and its payment plan are
    # the fertility clinic's alone; the egg collection moved; the facial moved and a brow tint added.
    Caller(
        number="+13435550202",
        names=("Natalie",),
        private_to={
            FERTILITY: ("ivf", "menopur", "egg collection", "semen", "fertility", "osei", "amh", "14,500"),
        },
        calls=[
            Call(
                FERTILITY, 70, "en", "First fertility consultation booked",
                "The user, Natalie Brennan, 36, booked a first consultation at New Leaf Fertility with Dr. "
                "Samuel Osei for {+12} at 1 PM with her partner Chris Dunne; they have been trying to "
                "conceive for two years. Before the visit she will have an AMH blood test on day three of "
                "her cycle and Chris will book a semen analysis.",
                [
                    ("New Leaf Fertility Centre, this is Olivia, how can I help?",
                     "Hi, um, hi. Sorry. I've never called a place like this before. We'd like to book a "
                     "first consultation, I think."),
                    ("Of course, you're in the right place. Can I take your name?",
                     "Natalie Brennan. B-R-E-N-N-A-N."),
                    ("Thanks, Natalie. And is this for you and a partner?", "Yes, me and my partner, Chris. "
                     "Chris Dunne."),
                    ("How long have you been trying to conceive?",
                     "Two years. Well, two years in January. Nothing. Not once."),
                    ("I'm sorry, that's hard. Have you had any tests so far?",
                     "My OB sent me for the dye test, the HSG, in the spring. And, um, the left tube is "
                     "blocked. The right one's fine, they said."),
                    ("That's helpful for the doctor to know. How old are you, if you don't mind?",
                     "Thirty-six. Thirty-seven in May, so, yeah. The clock."),
                    ("I understand. Dr. Samuel Osei has a first consultation twelve days from now at one "
                     "o'clock. Could you both make it?",
                     "One o'clock... yes. Chris will swap his shifts. Yes."),
                    ("Great. Before that, we'd like you to have an AMH blood test on day three of your "
                     "cycle, and Chris to book a semen analysis.",
                     "Day three, AMH. Okay. And Chris, the, um, the sample thing. He's going to love that."),
                    ("Ha, it's very routine, I promise. I'll email you both the requisitions.",
                     "Thank you. Really. Thank you."),
                ],
                analysis_items(
                    "First fertility consultation",
                    "Consultation with Dr. Osei; AMH test on day 3; partner's semen analysis", "{+12}",
                    "Trying to conceive for two years; partner Chris Dunne; age 36", "health",
                    first_name="Natalie",
                ),
            ),
            Call(
                FERTILITY, 24, "en", "Going ahead with IVF",
                "Natalie Brennan confirmed they are going ahead with IVF. Her Menopur injections start on "
                "{+6}, and egg collection is expected around {+19}. The first cycle costs $14,500 including "
                "medications; she chose the 12-month payment plan. Nurse coordinator Grace will teach them "
                "the injections.",
                [
                    ("New Leaf Fertility Centre, Olivia speaking.",
                     "Hi Olivia, it's Natalie Brennan. We saw Dr. Osei a few weeks ago?"),
                    ("Hi Natalie! How are you doing?",
                     "Okay. Nervous. So we talked it over and we're going ahead with IVF."),
                    ("That's a big step. Dr. Osei's notes say your AMH came back at 1.1 and Chris's results "
                     "were normal.", "Yeah, 1.1, he said that's a bit low for my age but workable."),
                    ("That's right. So your stimulation injections, Menopur, would start six days from now.",
                     "Six days. Oh god. Okay. I should tell you, I'm terrified of needles. Like, I faint at "
                     "blood tests."),
                    ("You're not the first! Our nurse coordinator Grace will teach you both how to do them. "
                     "Chris can do them for you.", "Oh, that's better. Chris has steadier hands."),
                    ("If all goes to plan, egg collection would be around nineteen days from now.",
                     "Okay. Nineteen days. Writing it down."),
                    ("And the cost: the first cycle is fourteen thousand five hundred dollars, including "
                     "medications.",
                     "Fourteen and a half. Yeah. We knew it'd be around that. Do you have a payment plan?"),
                    ("We do, a twelve-month payment plan with no interest.", "Let's do that, the "
                     "twelve-month one."),
                    ("I'll send the forms.", "Thank you."),
                ],
                analysis_items(
                    "IVF cycle and payment plan", "Start Menopur injections", "{+6}",
                    "First IVF cycle $14,500; 12-month payment plan; nurse coordinator Grace", "finance",
                    first_name="Natalie",
                ),
            ),
            Call(
                FERTILITY, 3, "en", "Egg collection date moved",
                "Natalie said her follicles are growing more slowly, so her egg collection is now on {+4}, "
                "arriving at 7:30 AM. She must not eat or drink after midnight the night before; her partner "
                "Chris will drive her home.",
                [
                    ("New Leaf Fertility Centre, Olivia speaking.",
                     "Hi, Natalie Brennan again. I had my scan this morning."),
                    ("Hi Natalie. Yes, I see the note from the nurse. The follicles are a little slower than "
                     "expected, so Dr. Osei has moved your egg collection.",
                     "Slower. Okay. So when is it now?"),
                    ("Four days from today, arrival at seven-thirty in the morning.", "Seven-thirty. Okay."),
                    ("Nothing to eat or drink after midnight the night before, and you'll need someone to "
                     "drive you home.", "Chris is driving, he's taken the whole day off."),
                    ("Perfect. Wear comfortable clothes, and no nail polish or perfume.",
                     "No perfume. Got it. Thanks, Olivia."),
                ],
                {"first_name": "Natalie"},
            ),
            Call(
                SKIN, 30, "en", "HydraFacial before her sister's wedding",
                "The user, Natalie Brennan, booked a HydraFacial with Amira for {+16} at 6 PM, a week before "
                "her sister's wedding. She has sensitive skin and asked for fragrance-free products.",
                [
                    ("Clearview Skin Clinic, Amira speaking, how can I help you?",
                     "Hi! I'd like to book a facial, the HydraFacial? My sister's getting married and I want "
                     "to, you know, glow."),
                    ("Ha, of course! When's the wedding?",
                     "In a little over three weeks. So maybe a week before?"),
                    ("A week before is perfect. Can I get your name?", "Natalie Brennan."),
                    ("Thanks, Natalie. Anything we should know about your skin?",
                     "It's sensitive. Like, it goes red if you look at it. And tea tree oil, anything with "
                     "tea tree, I break out in a rash. So fragrance-free stuff, if you can."),
                    ("Absolutely, we'll use our sensitive-skin serums, all fragrance-free.", "Amazing."),
                    ("I have sixteen days from now at six in the evening, with me.", "Six is great, after "
                     "work."),
                    ("Lovely, see you then.", "Thanks!"),
                ],
                {"first_name": "Natalie"},
            ),
            Call(
                SKIN, 20, "en", "Facial moved and brow tint added",
                "Natalie moved her HydraFacial to {+5} at 11 AM and added a brow tint. She needs a patch "
                "test for the tint at least 48 hours before and will pop in on her lunch break.",
                [
                    ("Clearview Skin Clinic, Amira speaking.",
                     "Hi Amira, it's Natalie Brennan, I've got the HydraFacial booked with you."),
                    ("Hi Natalie! What can I do for you?",
                     "So, um, a work thing came up that evening. Could I move it to the morning? The day "
                     "before, maybe?"),
                    ("Let me see... yes, I have eleven in the morning the day before.", "Eleven's perfect."),
                    ("Done. Anything else?",
                     "Actually, could I add a brow tint? My brows are basically invisible in photos."),
                    ("Sure, we'll need a quick patch test at least forty-eight hours before, for the tint.",
                     "Oh, okay. Can I pop in on my lunch break for that?"),
                    ("Of course, any time before then, it takes five minutes.", "Perfect, thank you!"),
                ],
                {"first_name": "Natalie"},
            ),
        ],
        questions=[
            Question(FERTILITY, "Who is her partner?", ("chris",)),
            Question(FERTILITY, "How long have they been trying for a baby?", ("two years",)),
            Question(FERTILITY, "Which doctor is she seeing?", ("osei",)),
            Question(FERTILITY, "Which of her tubes is blocked?", ("left tube",)),
            Question(FERTILITY, "What was her AMH level?", ("1.1",)),
            Question(FERTILITY, "When does she start the injections?", _day(24, 6)),
            Question(FERTILITY, "When is the egg collection?", _day(3, 4), _day(24, 19)),
            Question(FERTILITY, "What time should she arrive for the retrieval?",
                     ("7:30", "seven-thirty")),
            Question(FERTILITY, "How much does the cycle cost?",
                     ("14,500", "fourteen thousand five hundred")),
            Question(FERTILITY, "How is she paying for it?", ("payment plan", "12-month", "twelve-month")),
            Question(FERTILITY, "Who is teaching her to inject?", ("grace",)),
            Question(FERTILITY, "How does she cope with needles?", ("terrified", "faint")),
            Question(FERTILITY, "Who's taking her home after the procedure?", ("chris",)),
            Question(FERTILITY, "How late can she eat before the collection?", ("midnight",)),
            Question(FERTILITY, "Which drug is she injecting?", ("menopur",)),
            Question(FERTILITY, "What test did her OB send her for?", ("hsg", "dye test")),
            Question(FERTILITY, "What is Chris's date of birth?", ()),
            Question(FERTILITY, "What's her blood type?", ()),
            Question(FERTILITY, "How many embryos will be transferred?", ()),
            Question(FERTILITY, "What is her sister's name?", ()),
            Question(FERTILITY, "What's the name of her OB?", ()),
            Question(SKIN, "What treatment is she booked for?", ("hydrafacial",)),
            Question(SKIN, "What time is her facial?", ("11 am", "eleven in the morning"),
                     ("6 pm", "six in the evening")),
            Question(SKIN, "When is her facial now?", _day(20, 5), _day(30, 16)),
            Question(SKIN, "Which ingredient brings her out in a rash?", ("tea tree",)),
            Question(SKIN, "What kind of products does she want used?", ("fragrance-free",)),
            Question(SKIN, "What's the occasion she's getting ready for?", ("wedding",)),
            Question(SKIN, "What else did she add to the booking?", ("brow tint",)),
            Question(SKIN, "How long before the tint must the patch test be done?",
                     ("48 hours", "forty-eight hours")),
            Question(SKIN, "Is she taking any medication?", ()),
            Question(SKIN, "Is she trying to get pregnant?", ()),
            Question(SKIN, "What is her skin type on the Fitzpatrick scale?", ()),
            Question(SKIN, "What colour is the brow tint?", ()),
        ],
    ),
    # A couple on one phone about their son's speech: a gate code in the turns, the summary and the items;
    # the assessment moved from home to the daycare.
    Caller(
        number="+13435550203",
        names=("Zofia", "Marek"),
        calls=[
            Call(
                SPEECH, 64, "en", "Speech assessment for Kuba",
                "The user, Zofia Nowak, asked for a speech assessment for her four-year-old son Kuba, who "
                "says 't' instead of 'k' and is hard for strangers to understand. The family speaks Polish "
                "and English. Therapist Megan will do a home assessment on {+10} at 3:30 PM at 18 Juniper "
                "Way, Barrhaven; the gate code for the complex is 2058.",
                [
                    ("Little Voices Speech Therapy, Hailey speaking, how can I help?",
                     "Hi, hello. I'm calling about my son. His daycare suggested we, um, get his speech "
                     "checked."),
                    ("Of course. Can I take your name and your son's name?",
                     "I'm Zofia Nowak, Z-O-F-I-A. And he's Kuba. Well, Jakub, but everyone says Kuba."),
                    ("How old is Kuba?", "He's four. Four and a bit."),
                    ("And what have you noticed?",
                     "He, um, he can't say the 'k' sound. He says 'tat' for 'cat', 'tar' for 'car'. "
                     "Strangers don't understand him, and he gets so frustrated, he cries."),
                    ("That's really common and very treatable. What languages do you speak at home?",
                     "Polish, mostly. My husband and I speak Polish, and English, you know, at daycare and "
                     "with his sister."),
                    ("Great, bilingual is no problem at all. Any history of ear infections?",
                     "Oh, yes, loads. When he was two. He had the tubes put in, the grommets. They fell out "
                     "last year."),
                    ("Okay, that's useful. Our therapist Megan could do the assessment at your home, ten "
                     "days from now at three-thirty?", "At home, yes, he's better at home, he's shy."),
                    ("What's the address?",
                     "Eighteen Juniper Way, in Barrhaven. It's a townhouse complex, there's a gate. The gate "
                     "code is 2 0 5 8."),
                    ("Perfect, I'll pass that on to Megan.",
                     "Oh, and he's obsessed with dinosaurs. If she talks about dinosaurs he'll do anything."),
                    ("Ha, Megan has a whole box of dinosaurs.", "He'll love her. Thank you so much."),
                ],
                analysis_items(
                    "Speech assessment for Kuba", "Home assessment with Megan", "{+10}",
                    "Son Kuba (Jakub), age 4; says t for k; Polish and English at home; 18 Juniper Way, "
                    "Barrhaven; gate code 2058", "health", first_name="Zofia",
                ),
            ),
            Call(
                SPEECH, 57, "en", "Assessment moved to the daycare",
                "Marek Nowak, Kuba's father, asked for Kuba's assessment on the same day to take place at "
                "his daycare, Little Acorns on Strandherd Drive, at 10 AM instead of at home. He has Sun "
                "Life coverage through work and wants the receipts sent to him.",
                [
                    ("Little Voices Speech Therapy, Hailey speaking.",
                     "Hi, this is Marek Nowak, Kuba's dad. My wife booked an assessment for him."),
                    ("Yes, hi Marek, with Megan, at your home.",
                     "Right, so, about that. Could Megan see him at his daycare instead? Little Acorns, on "
                     "Strandherd Drive. The staff there said it's fine, and they hear him talk all day."),
                    ("That works, Megan visits daycares often. Same day, but it would be at ten in the "
                     "morning, during their activity time.", "Ten in the morning, perfect. I'll tell the "
                     "daycare."),
                    ("Great. Do you have any insurance coverage?",
                     "Yes, through my work, Sun Life. I think it's five hundred a year for speech therapy. "
                     "Five hundred dollars."),
                    ("We'll give you receipts you can submit.",
                     "Good. Please send them to me, it's my plan."),
                    ("Will do. Anything else?", "No, that's it. Thanks."),
                ],
                {"first_name": "Marek"},
            ),
            Call(
                SPEECH, 20, "en", "Kuba's weekly therapy sessions",
                "Zofia Nowak agreed to eight weekly speech therapy sessions for Kuba with Megan at the "
                "clinic, on Wednesdays at 4 PM, starting {+9}, at $135 per session. Megan asked the family "
                "to practise the 'k' sound game for ten minutes a day.",
                [
                    ("Little Voices Speech Therapy, Hailey speaking.",
                     "Hi Hailey, it's Zofia Nowak, Kuba's mum. Megan said to call and set up the sessions."),
                    ("Yes! Megan's report says eight weekly sessions at the clinic. How about Wednesdays at "
                     "four?", "Wednesdays at four, yes, I can pick him up early."),
                    ("Lovely. The first one is nine days from now. Sessions are a hundred and thirty-five "
                     "dollars each.", "A hundred and thirty-five, okay, Sun Life pays some."),
                    ("Megan also wants you to practise the 'k' sound game at home, ten minutes a day.",
                     "Ten minutes, we can do that. His big sister Ola loves playing teacher, she'll do it "
                     "with him."),
                    ("Perfect, that's the best kind of homework.",
                     "She's already made him flashcards. Cat, car, cake."),
                    ("Ha, brilliant. See you then.", "Thank you, bye!"),
                ],
                analysis_items(
                    "Kuba's therapy plan", "Weekly therapy sessions start", "{+9}",
                    "Eight weekly sessions on Wednesdays at 4 PM; $135 per session; practise the k sound ten "
                    "minutes a day", "none", first_name="Zofia",
                ),
            ),
        ],
        questions=[
            Question(SPEECH, "How old is Kuba?", ("four",)),
            Question(SPEECH, "Which sound does he struggle with?", ("'k'", "k sound", "t for k")),
            Question(SPEECH, "What languages are spoken at home?", ("polish",)),
            Question(SPEECH, "Where is the assessment taking place?", ("little acorns", "daycare"),
                     ("juniper",)),
            Question(SPEECH, "What time is the assessment?", ("10 am", "ten in the morning"),
                     ("3:30", "three-thirty")),
            Question(SPEECH, "Who's the therapist?", ("megan",)),
            Question(SPEECH, "What is the boy mad about?", ("dinosaur",)),
            Question(SPEECH, "Any history of ear trouble as a toddler?",
                     ("ear infections", "grommets")),
            Question(SPEECH, "Which insurer covers the therapy?", ("sun life",)),
            Question(SPEECH, "How much does the insurance cover each year?", ("five hundred",)),
            Question(SPEECH, "When do the weekly sessions start?", _day(20, 9)),
            Question(SPEECH, "Which day of the week are the sessions?", ("wednesday",)),
            Question(SPEECH, "How much is each session?", ("135", "hundred and thirty-five")),
            Question(SPEECH, "How long should they practise each day?", ("ten minutes",)),
            Question(SPEECH, "Who helps him practise at home?", ("ola",)),
            Question(SPEECH, "How many sessions did they sign up for?", ("eight weekly",)),
            Question(SPEECH, "What's the family's home address?", ("juniper way",)),
            Question(SPEECH, "Who should the receipts go to?", ("marek", "to me")),
            Question(SPEECH, "What's the gate code?", ()),
            Question(SPEECH, "How old is his sister?", ()),
            Question(SPEECH, "What's Marek's email address?", ()),
            Question(SPEECH, "Which school will Kuba go to?", ()),
            Question(SPEECH, "Does Kuba have any allergies?", ()),
            Question(SPEECH, "Who is Kuba's family doctor?", ()),
        ],
    ),
    # A daughter in Valencia arranging her father's dialysis rides: calls in Spanish, questions in English; a
    # key safe code; pickup time, mobility aid and pickup address corrected.
    Caller(
        number="+34643555024",
        names=("Carmen",),
        calls=[
            Call(
                TRANSPORT, 45, "es", "Dialysis rides for her father",
                "The user, Carmen Ruiz, called from Valencia, Spain, in Spanish to arrange rides for her "
                "father, Andrés Ruiz, 81, to dialysis at the Riverside campus of The Ottawa Hospital on "
                "Mondays, Wednesdays and Fridays, starting {+2}. Pickup is at 6:45 AM from 240 Bronson "
                "Avenue, apartment 5C; he uses a folding wheelchair. The crew will take his key from the key "
                "safe by the door (code 4719). Each trip costs $38, paid by Carmen's card.",
                [
                    ("CareRide Patient Transport, this is Marisol, how can I help?",
                     "Hola, buenas... perdone, ¿hay alguien que hable español?"),
                    ("Sí, claro, soy Marisol, hablo español. ¿En qué le puedo ayudar?",
                     "Ay, qué alivio. Mire, le llamo desde España, desde Valencia. Es para mi padre, que "
                     "vive en Ottawa."),
                    ("Muy bien. ¿Cómo se llama usted?",
                     "Carmen Ruiz. Y mi padre es Andrés Ruiz, Andrés con tilde. Tiene ochenta y un años."),
                    ("¿Y qué necesita su padre?",
                     "Pues va a diálisis tres veces por semana, lunes, miércoles y viernes, en el Riverside, "
                     "el hospital de Ottawa. Y ya no puede coger el autobús, eh... se cansa muchísimo."),
                    ("Entiendo. ¿A qué hora tiene la diálisis?",
                     "A las siete y media. Así que habría que recogerlo a las siete menos cuarto, más o "
                     "menos."),
                    ("¿A las seis cuarenta y cinco, entonces?", "Sí, eso, las seis cuarenta y cinco."),
                    ("¿Y la dirección de recogida?",
                     "Doscientos cuarenta Bronson Avenue, apartamento cinco C. Cinco C."),
                    ("¿Usa silla de ruedas o andador?",
                     "Silla de ruedas, una plegable. Camina un poquito en casa, pero fuera, silla."),
                    ("Muy bien. ¿Y cómo entra el equipo?",
                     "Ah, sí. Es que tarda mucho en abrir la puerta. Hay una caja de llaves al lado de la "
                     "puerta, el código es cuatro siete uno nueve."),
                    ("Perfecto, lo apunto solo para el equipo.",
                     "Y otra cosa, importante: tiene que ir delante, en el asiento de delante. Si va detrás "
                     "se marea, siempre le ha pasado, desde pequeño."),
                    ("Anotado, asiento delantero.", "Gracias. ¿Y cuánto cuesta cada viaje?"),
                    ("Son treinta y ocho dólares por trayecto.",
                     "Vale. Lo pago yo con mi tarjeta, ¿se puede?"),
                    ("Sí, le mando el enlace de pago por correo.",
                     "Perfecto. Ah, y le encanta hablar de fútbol, ¿eh? Del Valencia. Por si el conductor "
                     "quiere conversación."),
                    ("¡Ja! Se lo digo al conductor. Empezamos pasado mañana.",
                     "Muchísimas gracias, Marisol. De verdad."),
                ],
                analysis_items(
                    "Transporte a diálisis para su padre", "Primer traslado a diálisis", "{+2}",
                    "Padre Andrés Ruiz, 81 años; diálisis lunes, miércoles y viernes en el Riverside; "
                    "recogida 6:45 en 240 Bronson Avenue, apto 5C; silla de ruedas plegable; caja de llaves "
                    "código 4719; 38 dólares por trayecto", "health", first_name="Carmen",
                ),
            ),
            Call(
                TRANSPORT, 26, "es", "Pickup time moved later",
                "Carmen Ruiz asked to move her father's pickups to 7:15 AM because his dialysis now starts "
                "at 8 AM. She said he now uses a walker instead of the wheelchair.",
                [
                    ("CareRide Patient Transport, Marisol speaking.",
                     "Hola Marisol, soy Carmen Ruiz otra vez, la hija de Andrés."),
                    ("¡Hola Carmen! ¿Qué tal va todo?",
                     "Bien, bien. Él está contento con los conductores. Pero mire, en la diálisis le han "
                     "cambiado el turno, ahora entra a las ocho."),
                    ("Entonces, ¿lo recogemos más tarde?",
                     "Sí, a las siete y cuarto, por favor, en vez de las siete menos cuarto."),
                    ("Hecho, a las siete y cuarto los lunes, miércoles y viernes.",
                     "Y otra cosa. Ya no usa la silla de ruedas, ahora va con andador. El fisio dice que "
                     "tiene que andar."),
                    ("Qué buena noticia. Lo anoto: andador.",
                     "Sí. Y si alguna vez no me localizan a mí, por la diferencia horaria, llamen a mi "
                     "hermano Javier, que vive en Toronto."),
                    ("¿Javier Ruiz?", "Sí, Javier Ruiz. Su número ya lo tienen en la ficha de mi padre."),
                    ("Perfecto, gracias Carmen.", "A usted. ¡Adiós!"),
                ],
                {"first_name": "Carmen"},
            ),
            Call(
                TRANSPORT, 5, "es", "Traslados cancelados por ingreso",
                "La usuaria, Carmen Ruiz, avisó de que su padre, Andrés, está ingresado en el hospital Civic "
                "por una neumonía, así que se cancelan los traslados de esta semana. Los traslados se "
                "reanudan el {+9}. Al salir del hospital vivirá con su hermana Pilar, así que la nueva "
                "dirección de recogida es 57 Fairmont Avenue.",
                [
                    ("CareRide Patient Transport, Marisol speaking.", "Marisol, soy Carmen. Ay, mire, malas "
                     "noticias."),
                    ("Carmen, ¿qué ha pasado?",
                     "A mi padre lo ingresaron el sábado en el Civic. Neumonía. Está bien, está estable, "
                     "pero se queda unos días."),
                    ("Lo siento mucho. Cancelo los viajes de esta semana.",
                     "Sí, por favor. La diálisis se la hacen allí dentro mientras está ingresado."),
                    ("¿Cuándo quiere que volvamos a empezar?",
                     "Los médicos dicen que el alta será en una semana, más o menos. Póngalo dentro de nueve "
                     "días, y si cambia algo le aviso."),
                    ("Muy bien. ¿Lo recogemos en Bronson como siempre?",
                     "No, no, eso es lo otro. Cuando salga se va a vivir con mi tía Pilar, su hermana, "
                     "porque solo no puede estar. Es el cincuenta y siete de Fairmont Avenue."),
                    ("Cincuenta y siete Fairmont Avenue. ¿Allí hay caja de llaves?",
                     "No, no, mi tía está siempre en casa. Ella abre."),
                    ("Perfecto. Que se mejore pronto.", "Gracias, Marisol. Es usted un sol."),
                ],
                analysis_items(
                    "Rides cancelled, father in hospital with pneumonia",
                    "Reanudar los traslados desde la nueva dirección", "{+9}",
                    "Padre ingresado en el Civic por neumonía; nueva dirección de recogida 57 Fairmont "
                    "Avenue, casa de su tía Pilar", "none", first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(TRANSPORT, "Who are the rides for?", ("andrés", "her father", "su padre")),
            Question(TRANSPORT, "How old is her father?", ("81", "ochenta y un")),
            Question(TRANSPORT, "What treatment does he go to three times a week?", ("dialysis", "diálisis")),
            Question(TRANSPORT, "Which days are the rides?", ("monday", "lunes")),
            Question(TRANSPORT, "What time is the pickup?", ("7:15", "siete y cuarto"),
                     ("6:45", "siete menos cuarto")),
            Question(TRANSPORT, "What does he use to get about now?", ("walker", "andador"),
                     ("wheelchair", "silla de ruedas")),
            Question(TRANSPORT, "Where should the crew collect him from now?", ("fairmont",), ("bronson",)),
            Question(TRANSPORT, "Why were this week's rides cancelled?", ("pneumonia", "neumonía")),
            Question(TRANSPORT, "Where should he sit in the vehicle?", ("delante", "delantero")),
            Question(TRANSPORT, "Who can they call if Carmen can't be reached?", ("javier",)),
            Question(TRANSPORT, "How much is each trip?", ("$38", "treinta y ocho")),
            Question(TRANSPORT, "When do the rides start again?", _day(5, 9)),
            Question(TRANSPORT, "Which hospital campus is the dialysis at?", ("riverside",)),
            Question(TRANSPORT, "Who lives at the new pickup address?", ("pilar",)),
            Question(TRANSPORT, "What time does his chair at the unit start now?", ("8 am", "las ocho")),
            Question(TRANSPORT, "Which hospital was he admitted to?", ("civic",)),
            Question(TRANSPORT, "What does he like chatting about with drivers?", ("fútbol", "valencia")),
            Question(TRANSPORT, "Where does Carmen live?", ("valencia",)),
            Question(TRANSPORT, "When did the rides first begin?", _day(45, 2)),
            Question(TRANSPORT, "What's the key safe code?", ()),
            Question(TRANSPORT, "What is Carmen's email address?", ()),
            Question(TRANSPORT, "What's Pilar's phone number?", ()),
            Question(TRANSPORT, "How long does each dialysis session last?", ()),
            Question(TRANSPORT, "Does her father need oxygen?", ()),
            Question(TRANSPORT, "What's her father's health card number?", ()),
            Question(TRANSPORT, "Where does Javier work?", ()),
        ],
    ),
    # A new patient of a chiropractor: a long first call whose middle holds an implant, how he sleeps and
    # what he won't have done; visit days and times changed twice.
    Caller(
        number="+13435550205",
        names=("Darren",),
        calls=[
            Call(
                CHIRO, 50, "en", "New patient with low back pain",
                "The user, Darren Lachance, a new patient, called about lower back pain running down his "
                "left leg since he lifted a compressor at work three weeks ago. The agent booked an initial "
                "assessment with Dr. Nadia Brooks for {+3} at 5:30 PM ($95, direct billed to his Manulife "
                "benefits) and asked him to bring his X-ray report. Darren chatted about hockey, his truck "
                "and a canoe trip.",
                long_call(
                    [
                        ("Westboro Chiropractic, this is Kyle, how can I help?",
                         "Hey, yeah, hi. Um. So I think I need to see someone about my back. I've never been "
                         "to a chiropractor before, so, uh, bear with me."),
                        ("No problem at all. Can I get your name?",
                         "Darren. Darren Lachance. L-A-C-H-A-N-C-E."),
                        ("Thanks, Darren. What's going on with your back?",
                         "So, lower back. Like, right at the belt line. And it kind of shoots down my left "
                         "leg, the back of the leg, sometimes all the way to the ankle."),
                        ("Ouch. How long has that been happening?",
                         "Three weeks? About three weeks. I was at a job, I'm an HVAC tech, and I lifted a "
                         "compressor off the truck by myself, which, yeah, stupid. Felt something go."),
                        ("That's a classic. Any numbness or tingling?",
                         "A bit of tingling in the toes sometimes, yeah. Not all the time."),
                        ("Okay. Have you had any imaging done?",
                         "I went to the walk-in on Richmond Road, they did an X-ray. The doctor said "
                         "nothing's broken."),
                        ("Good. Could you bring a copy of that X-ray report?",
                         "Yeah, I can grab it. They said it's on a portal thing."),
                        ("Perfect. Do you have benefits through work?", "Yeah, Manulife. Through the union."),
                        ("Great, we can direct bill Manulife for most of it.", "Oh nice, that's easy."),
                    ],
                    [
                        ("Mm-hm.",
                         "Oh, and I should say, I've got a plate in my right collarbone. Titanium. "
                         "Snowmobile accident back in twenty seventeen. Went over the handlebars. Does that "
                         "matter?"),
                        ("Good to know, the doctor will work around it.",
                         "Cool. And I sleep on my stomach, like face down, always have. My wife says that's "
                         "probably half the problem."),
                        ("Ha, it might not help.",
                         "And one thing, I don't want my neck cracked. Like, at all. My uncle had a stroke "
                         "after getting his neck adjusted, so. Back only, please."),
                        ("Absolutely, that's your call. I'll note no neck adjustments.",
                         "Thanks. Sorry, it's a weird one."),
                    ],
                    [
                        ("Not weird at all. So, Dr. Nadia Brooks has an opening in three days at five-thirty "
                         "in the evening. Does that work?", "Five-thirty, yeah, I'm off at four."),
                        ("Great. The initial assessment is ninety-five dollars and takes about forty-five "
                         "minutes.", "Ninety-five, okay. Manulife covers that?"),
                        ("Most plans do, yes. Wear something comfortable, like shorts or track pants.",
                         "Track pants, got it. I live in those."),
                        ("Ha. See you in three days, Darren.", "Awesome, thanks Kyle. Take care."),
                    ],
                    acks=_CHIRO_ACKS,
                    talk=_CHIRO_TALK,
                    start=4,
                ),
                analysis_items(
                    "New patient back pain assessment", "Initial assessment with Dr. Brooks", "",
                    "HVAC technician; lower back pain down the left leg since lifting a compressor; Manulife "
                    "benefits; bring X-ray report", "health", first_name="Darren",
                ),
            ),
            Call(
                CHIRO, 44, "en", "Six-visit treatment plan",
                "After his assessment with Dr. Brooks, who thinks an irritated L5 disc is causing his pain, "
                "Darren booked a plan of six visits, twice a week on Tuesdays and Thursdays at 7:30 AM "
                "before work.",
                [
                    ("Westboro Chiropractic, Kyle speaking.",
                     "Hey Kyle, Darren Lachance. I saw Dr. Brooks the other day."),
                    ("Hi Darren! How are you feeling?",
                     "Bit sore, but good sore? She was awesome. She said it's probably the L5 disc, "
                     "irritated, not, like, herniated."),
                    ("Glad it went well. She's recommended six visits, twice a week. When works?",
                     "Early. Before work. Like seven-thirty?"),
                    ("We open at seven, so seven-thirty on Tuesdays and Thursdays?",
                     "Perfect. Tuesdays and Thursdays, seven-thirty."),
                    ("Done. Do you want the receipts emailed for Manulife?",
                     "Yeah, you're direct billing, right? Then whatever's left, email me."),
                    ("Will do.", "Cheers."),
                ],
                {"first_name": "Darren"},
            ),
            Call(
                CHIRO, 12, "en", "Visits moved to evenings",
                "Darren moved his remaining visits to Mondays and Wednesdays at 6 PM because he now starts "
                "work at 6 AM. The pain down his leg is almost gone, but his lower back is still stiff in "
                "the mornings.",
                [
                    ("Westboro Chiropractic, Kyle speaking.",
                     "Hey, it's Darren Lachance. Gotta switch my times up, sorry."),
                    ("No problem, what's up?",
                     "My boss put me on the early crew, I start at six now, so seven-thirty's out. Can we do "
                     "evenings? Mondays and Wednesdays, like, six?"),
                    ("Six PM Mondays and Wednesdays... yes, Dr. Brooks has both.", "Sweet."),
                    ("How's the back?",
                     "Way better. The leg thing's almost gone. Just stiff in the mornings, getting out of "
                     "bed."),
                    ("That's great progress.", "Yeah, I can tie my boots again, ha."),
                ],
                analysis_items(
                    "Appointment time change", "", "",
                    "Visits on Mondays and Wednesdays at 6 PM; starts work at 6 AM; leg pain almost gone",
                    "none", first_name="Darren",
                ),
            ),
        ],
        questions=[
            Question(CHIRO, "Which leg does the pain go down?", ("left leg",)),
            Question(CHIRO, "How did he hurt his back?", ("compressor",)),
            Question(CHIRO, "What's his trade?", ("hvac",)),
            Question(CHIRO, "Does he have any metal in his body?", ("plate", "titanium")),
            Question(CHIRO, "Which bone was repaired?", ("collarbone",)),
            Question(CHIRO, "How did he break it?", ("snowmobile",)),
            Question(CHIRO, "What year was that accident?", ("twenty seventeen",)),
            Question(CHIRO, "What position does he sleep in?", ("stomach", "face down")),
            Question(CHIRO, "Is there anything he refuses to have adjusted?", ("neck",)),
            Question(CHIRO, "Why is he wary of that?", ("stroke",)),
            Question(CHIRO, "Who is his chiropractor?", ("brooks",)),
            Question(CHIRO, "When was his first assessment?", _day(50, 3)),
            Question(CHIRO, "Which days are his visits?", ("monday", "wednesday"), ("tuesday", "thursday")),
            Question(CHIRO, "What time are his visits?", ("6 pm", "six"), ("7:30", "seven-thirty")),
            Question(CHIRO, "Which benefits provider does he have?", ("manulife",)),
            Question(CHIRO, "What does the doctor think is behind it?", ("l5",)),
            Question(CHIRO, "How much was the first assessment?", ("$95", "ninety-five")),
            Question(CHIRO, "What's still bothering him?", ("stiff",)),
            Question(CHIRO, "How many visits are in his plan?", ("six visits",)),
            Question(CHIRO, "Where did he get his X-ray?", ("richmond road", "walk-in")),
            Question(CHIRO, "What's his Manulife member number?", ()),
            Question(CHIRO, "How many children does he have?", ()),
            Question(CHIRO, "What's his wife's name?", ()),
            Question(CHIRO, "What's his employer called?", ()),
            Question(CHIRO, "What's his date of birth?", ()),
        ],
    ),
    # A French nurse seeing a dietitian: calls in French, summaries in English and French, the analysis items
    # in French once and in English with a slip once; her diet and her LDL change.
    Caller(
        number="+33643555026",
        names=("Amélie",),
        calls=[
            Call(
                DIETITIAN, 60, "fr", "Dietitian referral for cholesterol",
                "The user, Amélie Girard, spoke French. Her family doctor referred her for high cholesterol "
                "(LDL 4.6). She has been vegetarian for ten years, is lactose intolerant and works night "
                "shifts as a nurse at the Montfort Hospital. The agent booked a first one-hour consultation "
                "with Sophie for {+8} at 2 PM and asked her to keep a three-day food diary.",
                [
                    ("Nourish Dietitians, Jenna speaking, how can I help?",
                     "Bonjour... euh, est-ce que je peux parler en français ?"),
                    ("Bien sûr, bonjour ! Comment puis-je vous aider ?",
                     "Super. Alors, mon médecin de famille m'a envoyée vers une diététicienne, pour le "
                     "cholestérol. Mon LDL est à 4,6, il dit que c'est trop haut."),
                    ("D'accord. Je peux avoir votre nom ?",
                     "Amélie Girard. Amélie avec un accent sur le e. G-I-R-A-R-D."),
                    ("Merci. Vous avez des restrictions alimentaires ?",
                     "Je suis végétarienne depuis dix ans. Et intolérante au lactose, donc pas de lait, pas "
                     "de fromage... enfin, un peu de parmesan, ça passe."),
                    ("Noté. Et votre rythme de vie ?",
                     "Je suis infirmière à l'hôpital Montfort, je travaille de nuit. Donc je mange n'importe "
                     "quand, souvent à la cafétéria vers trois heures du matin."),
                    ("Ça complique les repas, oui. Il y a des antécédents dans la famille ?",
                     "Mon père a fait une crise cardiaque. Jeune. C'est pour ça que je prends ça au "
                     "sérieux."),
                    ("Je comprends. Je vous propose une première consultation d'une heure avec Sophie, dans "
                     "huit jours à quatorze heures ?", "Quatorze heures, c'est parfait, je dors le matin."),
                    ("Et si vous pouvez, notez tout ce que vous mangez pendant trois jours avant le "
                     "rendez-vous.", "Un journal alimentaire, d'accord. Même le café ?"),
                    ("Même le café !", "Ha, d'accord. Merci, au revoir."),
                ],
                {"first_name": "Amélie"},
            ),
            Call(
                DIETITIAN, 40, "fr", "Suivi en visio",
                "L'utilisatrice, Amélie Girard, a demandé que son rendez-vous de suivi du {+6} avec Sophie "
                "se fasse en visio plutôt qu'au cabinet, parce qu'elle a changé d'horaires. Elle a envoyé "
                "son journal alimentaire par courriel.",
                [
                    ("Nourish Dietitians, Jenna speaking.", "Bonjour Jenna, c'est Amélie Girard."),
                    ("Bonjour Amélie ! Comment s'est passée la consultation avec Sophie ?",
                     "Très bien, elle est super. Elle m'a donné plein d'idées."),
                    ("Tant mieux. Qu'est-ce que je peux faire pour vous ?",
                     "Mon suivi, dans six jours... est-ce qu'on peut le faire en visio plutôt qu'au cabinet "
                     "? J'ai changé d'horaires, c'est compliqué de venir."),
                    ("Oui, sans problème, je le passe en visio. Même heure.",
                     "Parfait. Et je vous ai envoyé mon journal alimentaire par courriel, hier soir."),
                    ("Je l'ai bien reçu, je le transmets à Sophie.",
                     "Merci. Ah, et Sophie m'a conseillé le lait d'avoine, je l'ai trouvé à l'épicerie, "
                     "c'est bon !"),
                    ("Génial. À bientôt !", "Au revoir !"),
                ],
                analysis_items(
                    "Suivi en visio", "Rendez-vous de suivi en visio avec Sophie", "{+6}",
                    "Végétarienne; intolérante au lactose; infirmière de nuit à Montfort; préfère les "
                    "rendez-vous en visio", "health", first_name="Amélie",
                ),
            ),
            Call(
                DIETITIAN, 8, "fr", "LDL down and eating fish again",
                "Amélie said her LDL dropped to 3.4 and that she now eats fish twice a week, so she is no "
                "longer strictly vegetarian. She takes psyllium in the mornings. Her next video follow-up "
                "with Sophie is on {+14} at 9 AM, right after a night shift.",
                [
                    ("Nourish Dietitians, Jenna speaking.",
                     "Bonjour, c'est Amélie Girard, pour prendre mon prochain rendez-vous avec Sophie."),
                    ("Bonjour Amélie ! Comment ça va ?",
                     "Bien ! J'ai refait une prise de sang, mon LDL est descendu à 3,4."),
                    ("Bravo, c'est une belle baisse !",
                     "Oui, je suis contente. Et... euh, j'ai recommencé à manger du poisson. Deux fois par "
                     "semaine. Sophie m'avait dit que ça aiderait, pour les oméga-3. Donc je ne suis plus "
                     "vraiment végétarienne."),
                    ("C'est noté, pescétarienne alors.",
                     "Voilà, pescétarienne. Et je prends du psyllium le matin, comme elle a dit."),
                    ("Très bien. Le prochain suivi en visio, dans deux semaines, à neuf heures ?",
                     "Neuf heures, oui, c'est juste après ma garde de nuit."),
                    ("Parfait, je vous envoie le lien.", "Merci, bonne journée !"),
                ],
                analysis_items(
                    "Follow-up booking and diet change", "Video follow-up with Sophie", "{+14}",
                    "Pescatarian, eats fish twice a week; LDL 3.4; takes psyllium in the evening; lactose "
                    "intolerant", "health", first_name="Amélie",
                ),
            ),
        ],
        questions=[
            Question(DIETITIAN, "Why was she referred?", ("cholesterol", "cholestérol")),
            Question(DIETITIAN, "What's her latest LDL?", ("3.4", "3,4"), ("4.6", "4,6")),
            Question(DIETITIAN, "What can't she digest?", ("lactose",)),
            Question(DIETITIAN, "What's her job?", ("as a nurse", "infirmière")),
            Question(DIETITIAN, "Which hospital does she work at?", ("montfort",)),
            Question(DIETITIAN, "What diet does she follow now?", ("pescatarian", "pescétarienne", "fish"),
                     ("vegetarian for ten years", "végétarienne depuis")),
            Question(DIETITIAN, "How are her follow-ups done now?", ("video", "visio")),
            Question(DIETITIAN, "What happened to her father?", ("crise cardiaque",)),
            Question(DIETITIAN, "What did she send by email?", ("food diary", "journal alimentaire")),
            Question(DIETITIAN, "When is her next follow-up?", _day(8, 14)),
            Question(DIETITIAN, "What time is the next follow-up?", ("9 am", "neuf heures")),
            Question(DIETITIAN, "What does she drink instead of cow's milk?", ("avoine",)),
            Question(DIETITIAN, "What fibre supplement is she on?", ("psyllium",)),
            Question(DIETITIAN, "Where does she usually eat at work?", ("cafétéria",)),
            Question(DIETITIAN, "Which shift does she work?", ("night shift", "de nuit")),
            Question(DIETITIAN, "Which cheese can she manage?", ("parmesan",)),
            Question(DIETITIAN, "Who is her dietitian?", ("sophie",)),
            Question(DIETITIAN, "What's her weight?", ()),
            Question(DIETITIAN, "What LDL is she aiming for?", ()),
            Question(DIETITIAN, "Which cholesterol medication is she on?", ()),
            Question(DIETITIAN, "What's her father's name?", ()),
            Question(DIETITIAN, "What's her email address?", ()),
            Question(DIETITIAN, "What's her family doctor's name?", ()),
        ],
    ),
    # A swim coach at the skin clinic: isotretinoin said once; sessions cut from four to three; reminders
    # moved from text to email.
    Caller(
        number="+13435550207",
        names=("Keisha",),
        calls=[
            Call(
                SKIN, 80, "en", "Microneedling for acne scars",
                "The user, Keisha Morgan, asked about microneedling for acne scars on her cheeks. She "
                "finished a course of isotretinoin four months ago, and the agent explained she must be six "
                "months off it before treatment. She booked a consultation with Dr. Helen Park for {+10} at "
                "4:15 PM. She prefers reminders by text.",
                [
                    ("Clearview Skin Clinic, Amira speaking, how can I help you?",
                     "Hi, yeah, I'm calling about microneedling? For acne scars."),
                    ("Sure! Can I get your name?", "Keisha Morgan. K-E-I-S-H-A."),
                    ("Thanks, Keisha. Where are the scars?",
                     "Mostly my cheeks. Like, the little pitted ones. Ice pick, my derm called them."),
                    ("Have you used any acne medication recently?",
                     "I was on isotretinoin, Accutane, for like eight months. I finished four months ago."),
                    ("Okay, so we'd need you to be at least six months off isotretinoin before any "
                     "microneedling. But we can do a consultation now and plan.",
                     "Oh. Okay, two more months. That's fine."),
                    ("Anything else you're worried about?",
                     "I've got darker skin, and I've heard some treatments leave dark marks. "
                     "Hyperpigmentation. I don't want that."),
                    ("Microneedling is one of the safer options for deeper skin tones, but Dr. Park will go "
                     "over it with you.", "Okay, good."),
                    ("Dr. Helen Park has a consultation ten days from now at four-fifteen.",
                     "Four-fifteen works, I'm off the pool deck by three."),
                    ("Pool deck?",
                     "I'm a swim coach. At the Pinecrest pool. Chlorine all day, my skin hates me."),
                    ("Ha, noted! How should we send you reminders?",
                     "Text is best. I never check my voicemail."),
                    ("Perfect. See you then!", "Thanks, bye."),
                ],
                analysis_items(
                    "Microneedling for acne scars", "Consultation with Dr. Park", "{+10}",
                    "Acne scars on cheeks; finished isotretinoin four months ago; worried about "
                    "hyperpigmentation; reminders by text", "none", first_name="Keisha",
                ),
            ),
            Call(
                SKIN, 18, "en", "Microneedling course booked",
                "Keisha booked a course of three microneedling sessions four weeks apart, starting {+12} at "
                "10 AM, for $1,050 in total. She must stop retinol a week before and avoid swimming for 48 "
                "hours after each session. She now wants reminders by email.",
                [
                    ("Clearview Skin Clinic, Amira speaking.",
                     "Hi Amira, it's Keisha Morgan. I saw Dr. Park a while back for the microneedling."),
                    ("Hi Keisha! Yes, I have her plan here. Four sessions, four weeks apart.",
                     "Yeah, about that, can we start with three and see how it goes? It's a lot of money."),
                    ("Of course, three sessions. That's one thousand and fifty dollars for the course.",
                     "Okay. That's better."),
                    ("Your first one could be twelve days from now at ten in the morning.",
                     "Ten works, that's my day off."),
                    ("Great. Stop any retinol a week before, and no swimming for forty-eight hours after "
                     "each session.", "Ugh, no swimming. Okay, I'll get someone to cover my lanes."),
                    ("And reminders by text, like before?",
                     "Actually, email please. My texts are a mess, I missed the last one. Email's better."),
                    ("Email it is.", "Thanks!"),
                ],
                {"first_name": "Keisha"},
            ),
        ],
        questions=[
            Question(SKIN, "What is she being treated for?", ("acne scars",)),
            Question(SKIN, "Which acne drug did she finish?", ("isotretinoin", "accutane")),
            Question(SKIN, "How long must she be off it before treatment?", ("six months",)),
            Question(SKIN, "What side effect is she worried about?", ("hyperpigmentation", "dark marks")),
            Question(SKIN, "What does she do for a living?", ("swim coach",)),
            Question(SKIN, "How many sessions did she book?", ("three microneedling", "start with three"),
                     ("four sessions",)),
            Question(SKIN, "How far apart are the sessions?", ("four weeks",)),
            Question(SKIN, "When is her first session?", _day(18, 12)),
            Question(SKIN, "What time is the first session?", ("10 am", "ten in the morning")),
            Question(SKIN, "How much is the course?", ("1,050", "one thousand and fifty")),
            Question(SKIN, "What must she stop using beforehand?", ("retinol",)),
            Question(SKIN, "How does she want reminders sent?", ("by email", "email please"),
                     ("by text", "text is best")),
            Question(SKIN, "Which doctor did she see?", ("dr. park", "helen park")),
            Question(SKIN, "Where on her face are the scars?", ("cheeks",)),
            Question(SKIN, "How long must she stay out of the pool afterwards?",
                     ("48 hours", "forty-eight hours")),
            Question(SKIN, "Which pool does she coach at?", ("pinecrest",)),
            Question(SKIN, "What's her date of birth?", ()),
            Question(SKIN, "Does she have any allergies?", ()),
            Question(SKIN, "What numbing cream will be used?", ()),
            Question(SKIN, "What's her email address?", ()),
            Question(SKIN, "Who prescribed her the isotretinoin?", ()),
        ],
    ),
    # An elderly patient of a podiatrist: a long call whose middle holds a door code, her blood thinner, a
    # missing toenail and her carer; the home visit brought forward; orthotics at the clinic.
    Caller(
        number="+13435550208",
        names=("Phyllis",),
        calls=[
            Call(
                PODIATRY, 36, "en", "Home foot care visit booked",
                "The user, Phyllis Carrington, booked a home foot care visit with podiatrist Raj for {+7} at "
                "10:30 AM at 310 Kilborn Avenue, for toenail cutting and a painful corn on the side of her "
                "right little toe. She has type 2 diabetes, so Raj will also do a diabetic foot check. The "
                "home visit fee is $85. She chatted about her late husband's bakery, her grandchildren and "
                "her African violets.",
                long_call(
                    [
                        ("Stepwell Podiatry, Bev speaking, how can I help?",
                         "Hello? Oh good, a real person. I was expecting one of those machines. Press one, "
                         "press two."),
                        ("Ha, no, just me. What can I do for you?",
                         "Well, dear, it's my feet. My toenails. I can't reach them any more, not with my "
                         "back, and they're getting like claws. And I've a corn that's giving me what for."),
                        ("Oh dear. Can I take your name?",
                         "Phyllis Carrington. Mrs. C-A-R-R-I-N-G-T-O-N. Two Rs."),
                        ("Thank you, Mrs. Carrington. Where is the corn?",
                         "On the right foot, the little toe. On the side. It rubs on my shoe something "
                         "terrible."),
                        ("That sounds sore. Do you have diabetes, by any chance?",
                         "I do, dear. Type two. For, oh, years now. The doctor keeps on at me about my "
                         "feet."),
                        ("Then Raj will want to do a diabetic foot check as well. Can you get to the clinic?",
                         "Oh, no, dear. I don't go out much. I've a walker and the buses are no good. Do you "
                         "come to the house?"),
                        ("We do home visits, yes. There's a home visit fee of eighty-five dollars on top.",
                         "Eighty-five. Well. My feet are worth it, I suppose."),
                        ("What's your address, Mrs. Carrington?",
                         "Three-ten Kilborn Avenue. It's the building with the green awning."),
                    ],
                    [
                        ("Mm-hm.",
                         "Oh, and when the young man comes, the front door's locked, you see. There's a "
                         "panel. The door code is 3 8 2 6, and then I'm in 204, on the second floor. The "
                         "lift's on the left."),
                        ("Got it, I'll put that on the visit sheet.",
                         "And I should tell you, I'm on the blood thinner. Apixaban. Twice a day. So if he "
                         "nicks me, I'll bleed like a stuck pig."),
                        ("Good to know, Raj will be careful.",
                         "And I've no nail on my left big toe. They took it off, oh, back in 2015, it kept "
                         "growing in. So don't be alarmed."),
                        ("Noted, no nail on the left big toe.",
                         "And my girl from the home care, Tendai, she comes at nine to help me wash and "
                         "dress. So not before ten, dear, or I'll be in my dressing gown."),
                    ],
                    [
                        ("That's fine. Raj can come seven days from now at ten-thirty in the morning. How's "
                         "that?", "Half past ten. That's perfect, dear."),
                        ("Wonderful. I'll give you a reminder call the day before.",
                         "Ring the landline, dear, I never know where the mobile is."),
                        ("Will do. Is there anything else?",
                         "No, no. You've been very kind, letting an old woman go on."),
                        ("It's been a pleasure, Mrs. Carrington. Take care.", "Bye bye, dear."),
                    ],
                    acks=_FEET_ACKS,
                    talk=_FEET_TALK,
                    start=1,
                ),
                analysis_items(
                    "Home foot care visit", "Home visit for nails, corn and diabetic foot check", "{+7}",
                    "Type 2 diabetes; corn on right little toe; uses a walker; home visit fee $85; 310 "
                    "Kilborn Avenue", "health", first_name="Phyllis",
                ),
            ),
            Call(
                PODIATRY, 31, "en", "Home visit brought forward",
                "Phyllis Carrington said the corn on her right little toe has got much worse and she can "
                "hardly get her shoe on. The agent moved Raj's home visit earlier, to {+1} at 1 PM.",
                [
                    ("Stepwell Podiatry, Bev speaking.",
                     "Hello dear, it's Phyllis Carrington. The corn lady."),
                    ("Hello Mrs. Carrington! What can I do?",
                     "It's got worse, dear. Much worse. I can hardly get my shoe on, I've been in my "
                     "slippers for two days."),
                    ("Oh no. Let me see if Raj can come sooner... he could come tomorrow at one in the "
                     "afternoon.", "Tomorrow at one. Oh, yes please. Instead of the other one?"),
                    ("Yes, I'll move it, so you don't have to wait.", "Bless you, dear."),
                ],
                {"first_name": "Phyllis"},
            ),
            Call(
                PODIATRY, 9, "en", "Custom orthotics casting",
                "After Raj's home visit, Phyllis agreed to custom orthotics. The casting is at the clinic on "
                "{+11} at 11 AM; the orthotics cost $450 and are partly covered by her Blue Cross plan. Her "
                "nephew Douglas will drive her.",
                [
                    ("Stepwell Podiatry, Bev speaking.",
                     "Hello, Bev, it's Phyllis. Raj was wonderful, I'm walking on air."),
                    ("Oh, I'm so glad! Raj left a note that he'd like you to have custom orthotics.",
                     "Yes, he said my arches have dropped. Flat as pancakes."),
                    ("The casting has to be done at the clinic, I'm afraid. Could you get here?",
                     "My nephew Douglas can bring me. He's retired, he's got nothing but time."),
                    ("Wonderful. We have eleven days from now at eleven in the morning. The clinic has an "
                     "elevator.", "Eleven. And an elevator, good, I can't do stairs."),
                    ("The orthotics are four hundred and fifty dollars. Do you have insurance?",
                     "Blue Cross, through Walter's old pension. They pay some of it."),
                    ("Bring your Blue Cross card. And what shoe size are you?", "Seven. Seven wide."),
                    ("Perfect. See you then.", "Thank you, dear. Bye now."),
                ],
                analysis_items(
                    "Custom orthotics", "Casting for custom orthotics at the clinic", "{+11}",
                    "Orthotics $450, partly covered by Blue Cross; nephew Douglas drives her; shoe size 7 "
                    "wide", "finance", first_name="Phyllis",
                ),
            ),
        ],
        questions=[
            Question(PODIATRY, "Is she on a blood thinner?", ("apixaban",)),
            Question(PODIATRY, "Who comes to help her wash and dress?", ("tendai",)),
            Question(PODIATRY, "Which toenail is missing?", ("left big toe",)),
            Question(PODIATRY, "Where's the corn?", ("little toe",)),
            Question(PODIATRY, "What type of diabetes does she have?", ("type 2", "type two")),
            Question(PODIATRY, "What's the home visit fee?", ("$85", "eighty-five")),
            Question(PODIATRY, "When did Raj come out to her?", _day(31, 1), _day(36, 7)),
            Question(PODIATRY, "What time was the home visit?", ("1 pm", "one in the afternoon"),
                     ("10:30", "ten-thirty")),
            Question(PODIATRY, "What's being made to go in her shoes?", ("orthotics",)),
            Question(PODIATRY, "How much will those cost?", ("$450", "four hundred and fifty")),
            Question(PODIATRY, "Who is her insurer?", ("blue cross",)),
            Question(PODIATRY, "Who's bringing her to the casting?", ("douglas",)),
            Question(PODIATRY, "What shoe size does she take?", ("seven wide", "7 wide")),
            Question(PODIATRY, "When is the casting appointment?", _day(9, 11)),
            Question(PODIATRY, "Which flat is she in?", ("204",)),
            Question(PODIATRY, "What was her husband's line of work?", ("bakery",)),
            Question(PODIATRY, "What's her street address?", ("kilborn",)),
            Question(PODIATRY, "Which phone should reminders go to?", ("landline",)),
            Question(PODIATRY, "Why is she getting orthotics?", ("arches",)),
            Question(PODIATRY, "What's the front door code?", ()),
            Question(PODIATRY, "What are her grandchildren's names?", ()),
            Question(PODIATRY, "What's Douglas's phone number?", ()),
            Question(PODIATRY, "What's her Blue Cross policy number?", ()),
            Question(PODIATRY, "Who is her family doctor?", ()),
            Question(PODIATRY, "What dose of apixaban does she take?", ()),
        ],
    ),
    # A patient after a knee replacement: an entry code; physio location, pickup time, vehicle and fare
    # changed in one call.
    Caller(
        number="+13435550209",
        names=("Hamid",),
        calls=[
            Call(
                TRANSPORT, 28, "en", "Rides to physio after knee replacement",
                "The user, Hamid Rahimi, had his right knee replaced and booked wheelchair-accessible rides "
                "to outpatient physiotherapy at Queensway Carleton Hospital on Tuesdays and Thursdays, with "
                "a 9:45 AM pickup from 1180 Meadowlands Drive, apartment 1507, starting {+3}. His wife Farah "
                "will ride along. The fare is $42 each way. Drivers can use the building entry code 6291.",
                [
                    ("CareRide Patient Transport, this is Marisol, how can I help?",
                     "Hi, yes, I had my knee replaced, the right one, two weeks ago, and I need rides to "
                     "physio. I can't drive for six weeks."),
                    ("Sorry to hear that, but congratulations on the new knee! Can I have your name?",
                     "Hamid Rahimi. R-A-H-I-M-I."),
                    ("Where's the physio?",
                     "Queensway Carleton Hospital, the outpatient physio. Tuesdays and Thursdays, at "
                     "ten-thirty."),
                    ("So a pickup at about nine forty-five. From where?",
                     "Eleven-eighty Meadowlands Drive, apartment fifteen-oh-seven. It's a high-rise."),
                    ("Do you need a wheelchair-accessible van?",
                     "Yes, for now. I use a wheelchair for longer distances. And, um, I'm six foot four, and "
                     "the knee doesn't bend much yet, so I need room to stretch the leg out."),
                    ("We'll send our accessible van, plenty of legroom. How do our drivers get into the "
                     "building?", "The entry code is 6 2 9 1, at the main door. Then the elevator to "
                     "fifteen."),
                    ("Got it. Will anyone ride along?",
                     "My wife Farah will come with me. She does the exercises with me at home too."),
                    ("No problem, companions ride free. The fare is forty-two dollars each way.",
                     "Forty-two each way. Fine."),
                    ("Your first ride is three days from now.", "Thank you."),
                ],
                analysis_items(
                    "Rides to physiotherapy", "First ride to physio", "{+3}",
                    "Right knee replacement; physio Tuesdays and Thursdays at Queensway Carleton; pickup "
                    "9:45 AM from 1180 Meadowlands Drive, apt 1507; wife Farah rides along", "health",
                    first_name="Hamid",
                ),
            ),
            Call(
                TRANSPORT, 7, "en", "Physio moved and regular car",
                "Hamid said his physiotherapy has moved to the clinic on Merivale Road in Nepean, still on "
                "Tuesdays and Thursdays, so pickup is now at 1:15 PM. He walks with a cane and no longer "
                "needs the accessible van; a regular car is fine. The fare is now $31 each way.",
                [
                    ("CareRide Patient Transport, Marisol speaking.",
                     "Hi Marisol, Hamid Rahimi. A few changes for my rides."),
                    ("Sure, Hamid, go ahead.",
                     "So my physio moved me to their clinic in Nepean, on Merivale Road, it's closer. Same "
                     "days, Tuesdays and Thursdays, but the appointment is two o'clock now."),
                    ("So pickup at one-fifteen?", "One-fifteen, yes."),
                    ("And still the accessible van?",
                     "No, no need anymore. I'm on a cane now, a regular car is fine. Just the front seat "
                     "pushed back."),
                    ("Great progress! Regular car, front seat back. Farah still coming?", "Yes, she comes."),
                    ("Done. The fare for a regular car is thirty-one dollars each way.", "Even better."),
                ],
                {"first_name": "Hamid"},
            ),
        ],
        questions=[
            Question(TRANSPORT, "Which knee was replaced?", ("right knee",)),
            Question(TRANSPORT, "Where is his physio now?", ("merivale", "nepean"), ("queensway",)),
            Question(TRANSPORT, "What time is his pickup?", ("1:15", "one-fifteen"),
                     ("9:45", "nine forty-five")),
            Question(TRANSPORT, "What vehicle does he need now?", ("regular car",),
                     ("wheelchair-accessible", "accessible van")),
            Question(TRANSPORT, "What's his apartment number?", ("1507", "fifteen-oh-seven")),
            Question(TRANSPORT, "Who rides with him?", ("farah",)),
            Question(TRANSPORT, "Why does he need so much legroom?", ("six foot four", "doesn't bend")),
            Question(TRANSPORT, "What's the fare?", ("$31", "thirty-one"), ("$42", "forty-two")),
            Question(TRANSPORT, "When was his first ride?", _day(28, 3)),
            Question(TRANSPORT, "What days does he go?", ("tuesday", "thursday")),
            Question(TRANSPORT, "What street does he live on?", ("meadowlands",)),
            Question(TRANSPORT, "What does he walk with?", ("cane",)),
            Question(TRANSPORT, "How long is he barred from driving?", ("six weeks",)),
            Question(TRANSPORT, "What's the entry code?", ()),
            Question(TRANSPORT, "What's Farah's phone number?", ()),
            Question(TRANSPORT, "When is his follow-up with the surgeon?", ()),
            Question(TRANSPORT, "What's the name of his physiotherapist?", ()),
            Question(TRANSPORT, "Which surgeon did the knee replacement?", ()),
        ],
    ),
    # A mother at the GP: her son's vaccinations and rash, her own prescription; the family address changed.
    Caller(
        number="+13435550210",
        names=("Rachel",),
        calls=[
            Call(
                GP, 55, "en", "Theo's 12-month vaccinations",
                "The user, Rachel Lindqvist, booked her son Theo's 12-month vaccinations with nurse Colleen "
                "for {+13} at 10:15 AM and asked for a repeat prescription of her levothyroxine, to go to "
                "the pharmacy in the Loblaws on Baseline Road. Her address is 45 Cedarview Crescent.",
                [
                    ("Rideau Family Practice appointments line, Linda speaking.",
                     "Hi, it's Rachel Lindqvist. I need to book my son in for his twelve-month shots."),
                    ("Of course. What's your son's name?",
                     "Theo. Theo Lindqvist. L-I-N-D-Q-V-I-S-T. Sorry, everyone gets stuck on the Q."),
                    ("Ha, got it. And can I confirm your address, still 45 Cedarview Crescent?",
                     "Yes, for now! We're moving soon, actually."),
                    ("Okay. Nurse Colleen has thirteen days from now at ten-fifteen.",
                     "Ten-fifteen is good, before his nap."),
                    ("Anything she should know?",
                     "After his six-month ones he had a fever, like thirty-nine, for a day. He was okay, but "
                     "just so she knows."),
                    ("I'll put that in the note.",
                     "Thanks. And while I have you, I need a repeat of my levothyroxine. I'm nearly out."),
                    ("Which pharmacy?", "The one in the Loblaws on Baseline Road."),
                    ("I'll send the request to the doctor.",
                     "Oh, and, um, I'm still breastfeeding, if that matters for anything."),
                    ("I'll add it to your file.", "Perfect, thank you."),
                ],
                analysis_items(
                    "Theo's 12-month vaccinations", "Vaccinations with nurse Colleen", "{+13}",
                    "Son Theo; levothyroxine repeat to the Loblaws pharmacy on Baseline Road; 45 Cedarview "
                    "Crescent", "health", first_name="Rachel",
                ),
            ),
            Call(
                GP, 21, "en", "New family address",
                "Rachel Lindqvist updated her and Theo's address to 9 Larch Street, Apt 3, Kanata, after "
                "moving. The agent confirmed they can stay with the practice.",
                [
                    ("Rideau Family Practice appointments line, Linda speaking.",
                     "Hi Linda, Rachel Lindqvist. We've moved, so I need to update our address, for me and "
                     "Theo."),
                    ("Congratulations! What's the new address?",
                     "Nine Larch Street, apartment three, in Kanata. Nine Larch."),
                    ("Kanata's a bit further out, but you're welcome to stay with us.",
                     "Oh good, I was worried we'd have to find a new doctor."),
                    ("All updated, for both of you.", "Thanks so much."),
                ],
                {"first_name": "Rachel"},
            ),
            Call(
                GP, 3, "en", "Appointment for Theo's rash",
                "Rachel Lindqvist booked Theo with Dr. Bouchard for {+1} at 4:40 PM for a rash on his tummy "
                "that he has had for three days. It is not itchy and he has no fever.",
                [
                    ("Rideau Family Practice appointments line, Linda speaking.",
                     "Hi, Rachel Lindqvist again. Theo's got a rash and I'd like someone to look at it."),
                    ("Of course. Tell me about the rash.",
                     "It's on his tummy, little red spots. Three days now. It's not itchy, he doesn't seem "
                     "to care, and no fever."),
                    ("Okay. Dr. Bouchard can see him tomorrow at four-forty.", "Four-forty, great."),
                    ("If he gets a fever, or the spots don't fade when you press a glass on them, go to the "
                     "CHEO emergency.", "The glass test, yes. Okay. Thank you."),
                ],
                {"first_name": "Rachel"},
            ),
        ],
        questions=[
            Question(GP, "What's her son called?", ("theo",)),
            Question(GP, "Which vaccinations is he due?", ("12-month", "twelve-month")),
            Question(GP, "Who's giving the shots?", ("colleen",)),
            Question(GP, "How high did his temperature go after his last shots?", ("thirty-nine",)),
            Question(GP, "What medication does Rachel take?", ("levothyroxine",)),
            Question(GP, "What's their address?", ("larch",), ("cedarview",)),
            Question(GP, "Is she nursing the baby?", ("breastfeeding",)),
            Question(GP, "Where is the rash?", ("tummy",)),
            Question(GP, "When is Theo seeing the doctor about the rash?", _day(3, 1)),
            Question(GP, "Which doctor is seeing Theo?", ("bouchard",)),
            Question(GP, "When were the vaccinations booked for?", _day(55, 13)),
            Question(GP, "Which pharmacy does she use?", ("baseline", "loblaws")),
            Question(GP, "Does the rash itch?", ("not itchy",)),
            Question(GP, "When did she tell us about the move?", _day(21)),
            Question(GP, "What time is the rash appointment?", ("4:40", "four-forty")),
            Question(GP, "Which neighbourhood did they move to?", ("kanata",)),
            Question(GP, "What's Theo's date of birth?", ()),
            Question(GP, "What's her partner's name?", ()),
            Question(GP, "What dose of levothyroxine does she take?", ()),
            Question(GP, "What's her health card number?", ()),
            Question(GP, "Does Theo have any allergies?", ()),
        ],
    ),
]  # fmt: skip
