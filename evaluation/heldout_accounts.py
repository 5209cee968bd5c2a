"""A held-out memory set: callers of eight money lines in Winnipeg, as ElevenLabs would report them.

A credit union, a pawnbroker, a car insurance claims line, an energy supplier's billing line, a mobile
network's customer service, a debt advice charity, a pension provider and a currency exchange bureau. Nine
callers, 29 calls: a Spanish driver whose claim calls are in Spanish and a French exchange student whose
currency calls are in French, both asked about in English; an elderly couple sharing one phone; a caller of
the mobile network and the debt charity whose debts are the charity's alone; three calls of 84 exchanges
(a pawn loan, a disputed energy bill, a retirement) whose middle holds facts no summary or analysis item
repeats; corrections of an address, a retirement date, a beneficiary, a plan, a payment day, a body shop and
an amount; a card PIN, a key safe code, a garage code and an account PIN that no answer may give; and about
half of the calls with the post-call analysis items as ElevenLabs' model fills them (a PIN copied into the
facts, a neck injury or a depression filed under "none", a plan change filed under "finance", an amount left
at its old value, values in Spanish or French, a date left empty), the others with ordinary items or none.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November"); a question about
when a call happened takes that call's day.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

CREDIT_UNION = "agent_accounts_creditu_0000000000221"
PAWN = "agent_accounts_pawn_0000000000000222"
CLAIMS = "agent_accounts_claims_00000000000223"
ENERGY = "agent_accounts_energy_00000000000224"
MOBILE = "agent_accounts_mobile_00000000000225"
DEBT = "agent_accounts_debt_0000000000000226"
PENSION = "agent_accounts_pension_0000000000227"
EXCHANGE = "agent_accounts_fx_000000000000000228"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_PAWN_ACKS = [
    "Ha, yeah.", "Right on.", "For sure.", "Mm-hm.", "No kidding.", "Oh yeah?", "Fair.", "Nice.",
    "Ha!", "Totally.", "Yup.", "Gotcha.",
]  # fmt: skip
_PAWN_TALK = [
    "Man, did you see the Jets last night? Overtime again.",
    "Connor's a beast, I'm telling you.",
    "My buddy had tickets but he gave them to his boss, can you believe that.",
    "Yeah.",
    "It's minus thirty-four out there today, my truck barely started.",
    "Block heater's been acting up too.",
    "Anyway.",
    "I play in a band, kind of. Like, we jam on Sundays at my buddy's place.",
    "Classic rock mostly. Skynyrd, CCR, some Tragically Hip.",
    "Our drummer's terrible but he's got the space, so.",
    "Ha, yeah.",
    "I been playing since I was like twelve.",
    "Learned on a nylon-string thing from the Sears catalogue.",
    "You play at all?",
    "Oh, cool, bass is cool.",
    "Mm.",
    "My girl keeps telling me to sell some gear, but you know how it is.",
    "You always need one more pedal.",
    "Ha, right?",
    "Christmas kinda wiped me out this year, that's the thing.",
    "Plus the truck needed tires.",
    "Winter tires aren't cheap, man.",
    "Yeah, yeah.",
    "My nephew's starting hockey, the gear alone, holy.",
    "Skates are like two hundred bucks now.",
    "Sorry, I'm chatty today, I had like a triple-triple and a half.",
    "Okay.",
    "You guys busy this time of year?",
    "I bet January's crazy for you.",
    "Everybody's broke in January.",
    "Ha, yeah, me included obviously.",
    "Do you guys do amps too? Just curious.",
    "Nah, I'm keeping my amp, it's a little practice amp.",
    "Fifteen watts but it's loud enough for jamming.",
    "Okay, okay.",
    "My cousin's getting married in the summer, up in Thompson.",
    "Long drive, eight hours.",
    "Yeah, I'll probably fly, if I can swing it.",
    "Right.",
    "Man, this weather.",
    "They're saying it warms up by the weekend.",
    "Minus twenty will feel like spring, eh.",
    "Ha!",
    "Anyway, where were we.",
    "Oh right, right.",
    "Yeah, go ahead.",
    "Sure.",
    "For sure, for sure.",
    "Mm-hm.",
    "Okay, cool.",
    "Yeah, that makes sense.",
    "No worries.",
    "Cool.",
    "Yup.",
    "Yeah, I'm here.",
    "Sorry, my phone's on like five percent.",
    "Okay, it's plugged in now.",
    "Go for it.",
    "Uh-huh.",
    "Right, right.",
]
_BILL_ACKS = [
    "Mm-hm.", "I understand.", "Oh, I know.", "Right.", "Of course.", "Sure.", "Oh my.", "Yes.",
    "Ha, yes.", "Absolutely.", "Okay.", "That's fair.",
]  # fmt: skip
_BILL_TALK = [
    "This cold, honestly, I've lived here fifteen years and I'm still not used to it.",
    "My mother calls from Ludhiana and says it's twenty degrees there. Twenty!",
    "I said, Mummy, please don't tell me that.",
    "Yes.",
    "The kids don't even care, they go out and play in it.",
    "They made a snow fort in the front yard, it's bigger than the car.",
    "Ha, yes.",
    "And the boots, every year new boots, their feet keep growing.",
    "Sorry, I'm talking too much.",
    "It's just the bill really gave me a shock, you know.",
    "I opened it and I had to sit down.",
    "Okay.",
    "My husband said, call them, call them, but he doesn't call, I call.",
    "He drives truck, long haul, so he's in, where is he, Regina this week I think.",
    "Mm.",
    "We try to be careful, we turn the thermostat down at night.",
    "The windows are old, that's the problem, the drafts.",
    "We put the plastic on them, the shrink film, every fall.",
    "Yes.",
    "Is it the same for everybody this year? The bills?",
    "My neighbour said hers went up too.",
    "But not six hundred!",
    "Right.",
    "Sorry, my son is asking me something. Wait. Beta, I'm on the phone. Okay.",
    "He wants to know if he can have the tablet. No!",
    "Ha, sorry.",
    "We go to the gurdwara on Sundays and everyone is talking about the bills.",
    "Everybody has the same story.",
    "Okay.",
    "I do the budget for the house, so every dollar matters.",
    "Mm-hm.",
    "And the water bill also came the same week. Of course.",
    "But that's the city, not you, I know.",
    "Okay, okay.",
    "Do people call you angry? I'm not angry, I'm just, you know.",
    "Ha, yes, I can imagine.",
    "Winter is long here, that's all.",
    "By March everybody's tired.",
    "Yes.",
    "You are very patient, Omar.",
    "Where was I?",
    "Oh yes.",
    "Sure.",
    "Okay, go ahead.",
    "Right.",
    "Yes, I'm listening.",
    "Mm.",
    "Sorry, the kettle.",
    "Chai. You want some? Ha, I'm joking.",
    "Okay, I'm back.",
    "Go on.",
    "Hmm, okay.",
    "Yes, yes.",
    "That's good.",
    "Okay.",
    "Right.",
    "Uh-huh.",
    "Okay, sorry, continue.",
]
_PENSION_ACKS = [
    "Mm-hm.", "Oh, lovely.", "Ha, I bet.", "That's wonderful.", "Of course.", "Right.", "Oh my.", "Sure.",
    "I hear you.", "Ha!", "Yes.", "Good for you.",
]  # fmt: skip
_PENSION_TALK = [
    "Twenty-six years. I've seen three principals come and go. Four, if you count the interim fellow.",
    "The kids, oh, the kids are the best part. Even the little rascals.",
    "I know every family in that school. And their dogs.",
    "Ha, yes.",
    "I'm going to miss the Christmas concert. Not the recorders, though.",
    "Have you ever heard thirty grade threes on the recorder? Lord.",
    "Mm.",
    "My grandson's in grade two now, at a different school, thank goodness, I'd spoil him rotten.",
    "He's got a loose tooth, he tells everybody.",
    "And my granddaughter's just started skating. Like a little baby deer.",
    "Ha, yes.",
    "I curl on Wednesdays. Well, I push the rock and hope.",
    "Our team's called the Rolling Stones, if you can believe it.",
    "We came third in the bonspiel. Out of eight teams.",
    "Right.",
    "My late mother used to say, Lorraine, you'll work till you drop. Well, not me.",
    "I want to read all the books I've been buying. There's a stack by my bed this high.",
    "Oh, mysteries mostly. Louise Penny. Have you read her?",
    "Oh, you should. Three Pines. I'd move there in a heartbeat.",
    "Mm-hm.",
    "And the garden. I'm going to have a proper garden this year.",
    "Tomatoes, beans, and my zucchini always takes over.",
    "Nobody wants zucchini by August. I leave them on the neighbours' steps.",
    "Ha!",
    "Sorry, dear, I'm going on.",
    "It's just exciting, you know, and a little scary.",
    "You work your whole life and then, poof.",
    "Yes.",
    "My friend Gail retired last year and she says she's busier than ever.",
    "She does aquafit three times a week.",
    "Aquafit. Can you picture me in a swim cap?",
    "Ha, well, maybe.",
    "Right.",
    "The staff are planning a tea for me, they think I don't know.",
    "I know. I'm the secretary. I know everything.",
    "Ha, exactly.",
    "Is it cold there? Where are you, downtown?",
    "It was minus thirty this morning at the bus stop.",
    "Oh, I take the bus. I never liked driving on the ice.",
    "Mm.",
    "Okay, where was I.",
    "Yes, yes.",
    "Go on, dear.",
    "Oh, I'm writing all this down, don't worry.",
    "My handwriting's terrible, though.",
    "Sure.",
    "Ha.",
    "Right you are.",
    "Yes, I'm here.",
    "Sorry, the cat's on the table.",
    "Off! Off you get. Sorry.",
    "Okay.",
    "Mm-hm.",
    "Oh, lovely.",
    "That's good.",
    "Of course.",
    "I see.",
    "Go ahead.",
    "Oh, yes.",
    "Right, dear.",
]


HELDOUT_ACCOUNTS: list[Caller] = [
    # An elderly couple on one phone: a PIN said (and copied into the facts), an address changed by a move,
    # a mortgage payoff asked about but never given.
    Caller(
        number="+14315550301",
        names=("Harold", "Joyce"),
        calls=[
            Call(
                CREDIT_UNION, 68, "en", "GIC renewal",
                "The user, Harold Penner (membership 40917), called about a $15,000 GIC maturing at the end "
                "of the month. He renewed it for a two-year term at 3.85%, with the interest paid into the "
                "chequing account. His address on file is 87 Kildonan Drive.",
                [
                    ("Good morning, Red River Community Credit Union, this is Kim speaking. How can I help "
                     "you today?",
                     "Yes, hello, good morning. This is Harold Penner calling. I, uh, I got a letter that "
                     "our, what do you call it, the GIC is coming due."),
                    ("Sure, I can help with that, Mr. Penner. Can I get your membership number?",
                     "It's four oh nine, uh... forty-nine seventeen, no, sorry. Four zero nine one seven."),
                    ("Four zero nine one seven, thank you. And can you confirm your address for me?",
                     "Eighty-seven Kildonan Drive. That's K-I-L-D-O-N-A-N."),
                    ("Perfect. So I see a fifteen thousand dollar GIC maturing at the end of the month. "
                     "Would you like to renew it?",
                     "Well, what's the rate now? Joyce said the bank on Henderson is offering four."),
                    ("For a two-year term we're at three point eight five percent, or four point one for a "
                     "one-year promotional.",
                     "Hmm. Hmm. Let's, let's go with the two years. We don't need that money, it's for the, "
                     "for the rainy day."),
                    ("Two years at three point eight five. Should the interest go to your chequing account "
                     "or be compounded?", "Oh, put it in the chequing. Joyce likes to see it come in."),
                    ("Done. I've set the renewal to go through on the maturity date. Anything else?",
                     "No, that's it. Oh, how's the weather out your way? We've got the snow coming down "
                     "something fierce in North Kildonan."),
                    ("Ha, same downtown! Stay warm, Mr. Penner.", "You too, dear. Bye now."),
                ],
                analysis_items(
                    "GIC renewal", "", "",
                    "Membership 40917; $15,000 GIC renewed for 2 years at 3.85%; interest paid to chequing; "
                    "87 Kildonan Drive", "finance", first_name="Harold",
                ),
            ),
            Call(
                CREDIT_UNION, 41, "en", "Debit card kept by ATM",
                "Joyce Penner reported that her debit card was retained by the ATM at the Safeway on "
                "Henderson Highway. The agent cancelled the card and ordered a replacement with tap, which "
                "will arrive by mail at 87 Kildonan Drive in five to seven business days. The agent advised "
                "her never to share her PIN.",
                [
                    ("Red River Community Credit Union, Kim speaking.",
                     "Hi, um, hello. This is Joyce Penner, I think my husband Harold talked to you a while "
                     "back? It's the same phone."),
                    ("Hi Mrs. Penner, what can I do for you?",
                     "Well the, the machine ate my card. The bank machine at the Safeway on Henderson "
                     "Highway. It just, it just kept it."),
                    ("Oh no. That happens sometimes if the chip can't be read. I'll cancel that card and "
                     "order you a new one.",
                     "Oh good. Do you need my PIN? My PIN is 5 5 2 0, if that helps—"),
                    ("Oh, Mrs. Penner, please don't ever share your PIN with anyone, including us! We'll "
                     "never ask for it.",
                     "Oh! Oh dear. Well I'm glad you told me. Harold always says I talk too much."),
                    ("No harm done, but you might want to change it once the new card arrives. It'll come by "
                     "mail in five to seven business days.", "Five to seven. Okay. And it'll go to the "
                                                             "house?"),
                    ("Yes, to 87 Kildonan Drive.",
                     "Good, good. And, um, can I have it with the tap thing? The tap to pay?"),
                    ("Yes, it'll be tap-enabled.",
                     "Wonderful. My granddaughter does that, tap tap, everything."),
                    ("Ha, it's handy! Anything else?", "No, thank you, dear."),
                ],
                analysis_items(
                    "Debit card retained by ATM", "Replacement card to arrive by mail", "",
                    "Card kept by ATM at Safeway Henderson Highway; PIN 5520; new tap card mailed to 87 "
                    "Kildonan Drive", "finance", first_name="Joyce",
                ),
            ),
            Call(
                CREDIT_UNION, 14, "en", "Moving to a condo",
                "Harold Penner said they have sold their house and asked to change their mailing address to "
                "Suite 402, 1150 Pembina Highway, effective the first of next month. He also set up a "
                "monthly transfer of $200 to his granddaughter Brooke's account on the 15th.",
                [
                    ("Red River Community Credit Union, this is Kim.",
                     "Hi Kim, Harold Penner. We're, uh, we're finally doing it, we sold the house."),
                    ("Oh, congratulations! Are you moving far?",
                     "No, no, just to a condo. Pembina Highway. So the address needs changing."),
                    ("Of course. What's the new address?",
                     "It's suite four-oh-two, eleven-fifty Pembina Highway. Postal code R3T 2B7. We get the "
                     "keys at the, the end of the month."),
                    ("Suite 402, 1150 Pembina Highway, R3T 2B7. When should I switch it over?",
                     "From the first. Joyce says the first, and Joyce is always right."),
                    ("Ha, I'll make it effective the first of next month. Anything else?",
                     "Yes. The granddaughter, Brooke, she's started at the university. We want to send her "
                     "two hundred dollars every month. Into her account here."),
                    ("I can set up a recurring transfer. Which day of the month?",
                     "The fifteenth. That's when the, the pension cheque's in."),
                    ("Two hundred dollars on the fifteenth of each month to Brooke's account, starting next "
                     "month. Done.", "That's it. Thank you, Kim, you're very good."),
                ],
                {"first_name": "Harold"},
            ),
            Call(
                CREDIT_UNION, 3, "en", "Paper statements",
                "Joyce Penner asked to switch back to paper statements mailed to the new Pembina Highway "
                "address, and said the credit union should ask for her rather than Harold when calling. She "
                "asked when the mortgage on their Gimli cottage will be paid off; the agent will call her "
                "back on {+1} in the morning.",
                [
                    ("Red River Community Credit Union, Kim speaking.",
                     "Hello dear, it's Joyce Penner. The new card came, thank you, and I changed that, you "
                     "know, the number."),
                    ("Oh, wonderful. What can I do for you today?",
                     "Well, we're getting these e-statements, and honestly, neither of us can work the "
                     "computer. Can we get paper ones again? Mailed?"),
                    ("Absolutely, I'll switch you back to paper statements. They'll go to the new address on "
                     "Pembina.",
                     "Yes, the condo. Oh, and if you need anything, call me, not Harold. He's got the new "
                     "hearing aids and he won't wear them on the phone."),
                    ("Ha, noted, I'll put a note to ask for Joyce.",
                     "And one more thing. The mortgage on the cottage at Gimli, is that, when is that paid "
                     "off?"),
                    ("I'd need a bit of time to look into that, I'll call you back tomorrow morning.",
                     "Tomorrow morning is fine. I'm up early, with the birds."),
                ],
                {"first_name": "Joyce"},
            ),
        ],
        questions=[
            Question(CREDIT_UNION, "What's their mailing address now?",
                     ("1150 pembina", "eleven-fifty pembina"), ("87 kildonan", "eighty-seven kildonan")),
            Question(CREDIT_UNION, "What's the postal code at the new place?", ("r3t 2b7",)),
            Question(CREDIT_UNION, "How much was the GIC for?", ("15,000", "fifteen thousand")),
            Question(CREDIT_UNION, "What rate did they renew the GIC at?",
                     ("3.85", "three point eight five")),
            Question(CREDIT_UNION, "Where is the GIC interest paid?", ("chequing",)),
            Question(CREDIT_UNION, "What's their membership number?", ("40917", "four zero nine one seven")),
            Question(CREDIT_UNION, "Which grocery store's cash dispenser swallowed it?",
                     ("safeway",)),
            Question(CREDIT_UNION, "Who gets the monthly transfer?", ("brooke",)),
            Question(CREDIT_UNION, "How much goes to the granddaughter every month?",
                     ("$200", "two hundred dollars")),
            Question(CREDIT_UNION, "What day of the month does the transfer go out?", ("15th", "fifteenth")),
            Question(CREDIT_UNION, "Who should we ask for when we ring them?",
                     ("rather than harold", "not harold", "ask for joyce")),
            Question(CREDIT_UNION, "Why won't the husband pick up?", ("hearing aid",)),
            Question(CREDIT_UNION, "How do they want their statements?", ("paper statements", "paper ones")),
            Question(CREDIT_UNION, "When are we calling Joyce back?", _day(3, 1)),
            Question(CREDIT_UNION, "Where's their cottage?", ("gimli",)),
            Question(CREDIT_UNION, "When did Joyce report the card problem?", _day(41)),
            Question(CREDIT_UNION, "Will her replacement card be contactless?", ("tap",)),
            Question(CREDIT_UNION, "What rate was the other bank offering?", ("offering four",)),
            Question(CREDIT_UNION, "What's the PIN on Joyce's card?", ()),
            Question(CREDIT_UNION, "When is the Gimli mortgage paid off?", ()),
            Question(CREDIT_UNION, "How much is left owing on the cottage?", ()),
            Question(CREDIT_UNION, "What is Brooke studying?", ()),
            Question(CREDIT_UNION, "What's Harold's date of birth?", ()),
            Question(CREDIT_UNION, "Which bank on Henderson made the offer?", ()),
            Question(CREDIT_UNION, "What's their email address?", ()),
            Question(CREDIT_UNION, "What's Brooke's account number?", ()),
        ],
    ),
    # A pawn loan: a long chatty call whose middle holds three facts, the loan lower than first estimated,
    # a date left empty in the items.
    Caller(
        number="+14315550302",
        names=("Dwayne",),
        calls=[
            Call(
                PAWN, 52, "en", "Pawn loan on guitar and chain",
                "The user, Dwayne Beardy, asked about a pawn loan on a 1998 Mexican Fender Stratocaster in "
                "sunburst with a hard case and a 10-karat gold chain of about 18 grams. The agent estimated "
                "about $420 in total on a 90-day loan at 4% interest a month and asked him to bring two "
                "pieces of ID. He planned to come in that day. Dwayne chatted about hockey and his band.",
                long_call(
                    [
                        ("Portage Pawn and Loan, Vic speaking.",
                         "Hey, yeah, hi, uh, you guys do loans on guitars, right? Like, pawn?"),
                        ("We sure do. What have you got?",
                         "It's a Fender Strat. Stratocaster. Sunburst. It's a, uh, Mexican one, "
                         "ninety-eight, I think. Nineteen ninety-eight."),
                        ("Nice. Case?",
                         "Yeah, hard case. And I've got a gold chain too, ten karat, it's like, twenty-two "
                         "inches."),
                        ("Okay. You'd bring them both in and I'd look them over, but ballpark on a Mexican "
                         "Strat in good shape, maybe three hundred. The chain depends on the weight.",
                         "Yeah, I weighed it on my buddy's scale, it's like eighteen grams."),
                        ("Eighteen grams of ten karat, call it a hundred and twenty or so on loan.",
                         "Okay, so like four-twenty total?"),
                        ("Roughly, yeah, if everything checks out. What's your name?",
                         "Dwayne. Dwayne Beardy. B-E-A-R-D-Y."),
                        ("And you know how it works? It's a ninety-day loan, interest is four percent a "
                         "month, and you can extend by paying the interest.",
                         "Yeah, yeah, I've done it before. Not here though. At the place on Main."),
                        ("Okay, we'll need two pieces of ID when you come in.",
                         "I got my status card and my driver's licence, that works?"),
                    ],
                    [
                        ("Both good.",
                         "Oh, and heads up, the input jack on the Strat crackles a bit, you gotta wiggle the "
                         "cable. Just so you don't think I'm trying to pull one over on you."),
                        ("Appreciate the honesty.",
                         "And it was my dad's. So like, I'm coming back for it. Don't sell it on me, eh."),
                        ("We never sell before the term's up.",
                         "Good. I work nights at the steel place in Transcona, I'm a welder, so I'll always "
                         "come by after three."),
                    ],
                    [
                        ("After three is fine, we're open till six.",
                         "Cool. I'll come in today then, like four-ish."),
                        ("Sounds good. Bring the case and the chain.", "Will do. Thanks, man."),
                        ("See you later, Dwayne.", "Later."),
                    ],
                    acks=_PAWN_ACKS,
                    talk=_PAWN_TALK,
                    start=2,
                ),
                analysis_items(
                    "Pawn loan on guitar and gold chain", "Dwayne to bring in the guitar and chain", "",
                    "Fender Stratocaster 1998 sunburst with hard case; 10k gold chain 18 g; estimate $420; "
                    "90-day loan at 4% a month", "finance", first_name="Dwayne",
                ),
            ),
            Call(
                PAWN, 20, "en", "Extending the pawn loan",
                "Dwayne Beardy (ticket 7731, $400 loan on the Stratocaster and gold chain) asked to extend "
                "his pawn loan. He will pay $32 of interest in person, cash or debit, on Friday, which moves "
                "the due date to {+35}.",
                [
                    ("Portage Pawn and Loan, Vic.",
                     "Hey Vic, it's Dwayne Beardy. The Strat and the chain? Ticket, uh, hang on... ticket "
                     "number seven seven three one."),
                    ("Got it, ticket 7731. Loan of four hundred dollars, right?",
                     "Yeah, you gave me four hundred in the end. So, uh, I can't pick it up yet. Can I "
                     "extend?"),
                    ("Sure. You pay the interest to date, that's thirty-two dollars, and we push the due "
                     "date out thirty-five days.", "Thirty-two. Okay. Can I e-transfer it?"),
                    ("Sorry, it has to be in person, cash or debit.", "No worries, I'll come Friday."),
                    ("Friday's good. Bring the ticket.", "Yup. Thanks, Vic."),
                ],
                {"first_name": "Dwayne", "ticket_number": "7731"},
            ),
            Call(
                PAWN, 5, "en", "Redeeming the chain",
                "Dwayne asked to split pawn ticket 7731 and redeem only the gold chain for $118.80; the "
                "guitar stays on the loan with the same due date. His girlfriend Crystal will pick up the "
                "chain on Thursday with a signed note from him, her own ID and the ticket.",
                [
                    ("Portage Pawn and Loan, Vic speaking.", "Vic! Dwayne. Ticket seventy-seven thirty-one."),
                    ("Hey Dwayne. What's up?",
                     "Good news, I got paid, overtime. I want to get the chain back. Just the chain for now. "
                     "Can you split it?"),
                    ("We can split the ticket. The chain's portion is a hundred and ten, plus the interest "
                     "on it, so a hundred and eighteen eighty.",
                     "A hundred eighteen eighty. Okay. And the guitar stays on, same due date?"),
                    ("Same due date, yup.",
                     "Sweet. Oh and my girlfriend, Crystal, might pick up the chain, she's got a day shift. "
                     "Is that allowed?"),
                    ("She'd need a signed note from you and her own ID, and she'll need the ticket.",
                     "Okay, I'll write it up. She'll come Thursday."),
                ],
                analysis_items(
                    "Redeem gold chain", "Crystal to collect the chain with a signed note and ID", "",
                    "Ticket 7731; chain redemption $118.80; guitar stays on loan", "none",
                    first_name="Dwayne",
                ),
            ),
        ],
        questions=[
            Question(PAWN, "What guitar is in pawn?", ("stratocaster", "strat")),
            Question(PAWN, "What year is the guitar?", ("1998", "ninety-eight")),
            Question(PAWN, "Is anything wrong with the guitar?", ("input jack", "crackles")),
            Question(PAWN, "Who did the instrument belong to before?", ("dad's",)),
            Question(PAWN, "What's his trade?", ("welder",)),
            Question(PAWN, "What time of day does he usually come in?", ("after three",)),
            Question(PAWN, "What's his ticket number?", ("7731", "seven seven three one",
                                                         "seventy-seven thirty-one")),
            Question(PAWN, "How much was he lent?", ("$400", "four hundred"), ("$420", "four-twenty")),
            Question(PAWN, "What's the monthly interest?", ("4%", "four percent")),
            Question(PAWN, "When is the loan due now?", _day(20, 35)),
            Question(PAWN, "Who's collecting the chain?", ("crystal",)),
            Question(PAWN, "What does the person collecting need to bring?", ("signed note",)),
            Question(PAWN, "How much to get the chain out?",
                     ("118.80", "hundred and eighteen eighty", "hundred eighteen eighty")),
            Question(PAWN, "How heavy is the chain?", ("18 grams", "eighteen grams", "18 g")),
            Question(PAWN, "How long is the chain?", ("twenty-two inches",)),
            Question(PAWN, "What ID does he have?", ("status card",)),
            Question(PAWN, "Can he pay the extension by e-transfer?", ("in person",)),
            Question(PAWN, "How much did the extension cost?", ("$32", "thirty-two")),
            Question(PAWN, "When did he first call about pawning?", _day(52)),
            Question(PAWN, "What's the guitar's serial number?", ()),
            Question(PAWN, "What's Crystal's last name?", ()),
            Question(PAWN, "What's the name of his band?", ()),
            Question(PAWN, "Which pawn shop on Main did he use before?", ()),
            Question(PAWN, "What's his date of birth?", ()),
            Question(PAWN, "How much did we offer to buy the guitar outright?", ()),
            Question(PAWN, "What's the name of his employer?", ()),
        ],
    ),
    # A Spanish driver: his claim calls in Spanish, the questions in English; a garage code in an English
    # summary, a neck injury filed under "none", the body shop changed, items once in Spanish.
    Caller(
        number="+34643155503",
        names=("Javier",),
        calls=[
            Call(
                CLAIMS, 57, "es", "New claim: rear-ended on Pembina Highway",
                "The user, Javier Morales Ruiz, spoke Spanish and reported that his grey 2019 Mazda 3 was "
                "rear-ended while he was stopped at a red light on Pembina Highway at Bishop Grandin. The "
                "other driver was Colleen Fraser, plate JRV 418. The police did not attend. Claim number "
                "24-AC-55187 was opened and an appraiser will call him within two days.",
                [
                    ("Prairie Shield Insurance, auto claims, this is Natalia. How can I help?",
                     "Hola, buenas... eh, sorry, ¿habla español? My English is, eh, not so good on the "
                     "phone."),
                    ("Sí, claro, hablo español. ¿En qué le puedo ayudar?",
                     "Ay, menos mal. Mire, ayer me chocaron por detrás. Estaba parado en un semáforo en rojo "
                     "en Pembina Highway, en la esquina con Bishop Grandin, y un coche me dio por detrás."),
                    ("Lo siento mucho. ¿Está usted bien? ¿Hubo heridos?",
                     "No, no, bueno... me duele un poco el cuello, pero nada grave, creo."),
                    ("Si el dolor sigue, vaya al médico, por favor. ¿Me da su nombre completo?",
                     "Javier Morales Ruiz. Javier con jota."),
                    ("Gracias, Javier. ¿Qué coche tiene?", "Un Mazda 3, del dos mil diecinueve, gris. Gris "
                                                           "plata."),
                    ("¿Y tiene los datos del otro conductor?",
                     "Sí, sí, una señora, Colleen Fraser. La matrícula es... J R V cuatro uno ocho. Su "
                     "seguro es de otra compañía, no me acuerdo cuál."),
                    ("Perfecto. ¿Vino la policía?", "No, no vino. Nos hicimos fotos y ya está."),
                    ("De acuerdo. Le abro el siniestro. Su número de reclamación es veinticuatro, A C, cinco "
                     "cinco uno ocho siete.", "A ver... 24-AC-55187. Vale, apuntado."),
                    ("Un tasador le llamará en los próximos dos días para ver el coche.",
                     "Vale, perfecto. Gracias, Natalia."),
                ],
                analysis_items(
                    "Reclamación por choque trasero", "El tasador llamará para revisar el coche", "",
                    "Mazda 3 2019 gris; chocado por detrás en Pembina Highway y Bishop Grandin; otra "
                    "conductora Colleen Fraser, matrícula JRV 418; reclamación 24-AC-55187", "none",
                    first_name="Javier",
                ),
            ),
            Call(
                CLAIMS, 44, "es", "Appraiser visit and rental car",
                "Javier Morales called because the appraiser had not contacted him about claim 24-AC-55187. "
                "The agent booked appraiser Brent Hofer for {+2} between 9 and 11 AM at the underground "
                "garage of 340 River Avenue, Osborne Village; the car is in spot 41 and Javier said the "
                "garage code is 2704. After the appraisal the car will go to Pembina Collision Centre. The "
                "agent also booked a rental car at Enterprise on Pembina, covered up to $45 a day, to pick "
                "up from {+1}.",
                [
                    ("Prairie Shield, reclamaciones, habla Natalia.",
                     "Hola Natalia, soy Javier Morales, el del Mazda. El tasador no me ha llamado todavía."),
                    ("Disculpe la demora. Veo su reclamación 24-AC-55187. Le doy cita ahora mismo. ¿Dónde "
                     "está el coche?",
                     "En el garaje de mi edificio, en el 340 de River Avenue, en Osborne Village. Es un "
                     "garaje subterráneo."),
                    ("¿Y cómo entra el tasador?",
                     "Hay un teclado en la puerta. El código del garaje es 2 7 0 4. Y el coche está en la "
                     "plaza cuarenta y uno."),
                    ("Gracias. El tasador, Brent Hofer, puede ir pasado mañana entre las nueve y las once.",
                     "¿Pasado mañana? Vale. Yo trabajo, pero con el código puede entrar."),
                    ("Después de la tasación, el coche irá al taller Pembina Collision Centre.", "Vale."),
                    ("¿Tiene coche de alquiler?",
                     "No, estoy yendo en autobús, y es un rollo, la verdad. Con este frío."),
                    ("Su póliza cubre un coche de alquiler hasta cuarenta y cinco dólares al día. Le reservo "
                     "uno en Enterprise, en Pembina.", "¡Ah, genial! No lo sabía. Sí, por favor."),
                    ("Listo. Puede recogerlo mañana a partir de las diez.", "Muchas gracias, de verdad."),
                ],
                {"first_name": "Javier", "claim_number": "24-AC-55187"},
            ),
            Call(
                CLAIMS, 30, "es", "Presupuesto de reparación y cambio de taller",
                "El usuario, Javier Morales, recibió la tasación: la reparación cuesta 6.840 $ (parachoques "
                "trasero, maletero y un sensor de aparcamiento). No paga el deducible de 500 $ porque la "
                "otra conductora tuvo la culpa. Pidió cambiar de taller a Provencher Auto Body, más cerca de "
                "su trabajo en St. Boniface.",
                [
                    ("Prairie Shield, reclamaciones, Natalia al habla.", "Hola Natalia, Javier otra vez."),
                    ("Hola Javier. Ya tenemos la tasación: la reparación sale en seis mil ochocientos "
                     "cuarenta dólares. Parachoques trasero, maletero y un sensor de aparcamiento.",
                     "Madre mía. ¿Y yo tengo que pagar algo?"),
                    ("Como la otra conductora tuvo la culpa, usted no paga el deducible de quinientos "
                     "dólares.", "Ah, qué bien. Menos mal."),
                    ("El coche irá a Pembina Collision Centre, como le dije.",
                     "Eh... es que mira, está lejísimos de mi trabajo. Yo trabajo en St. Boniface. ¿Puede "
                     "ser otro? Hay uno, el de... Kildonan, no, perdón... Provencher Auto Body, en el "
                     "boulevard Provencher."),
                    ("Sí, Provencher Auto Body está en nuestra red. Lo cambio.",
                     "Perfecto, mucho mejor, puedo ir andando."),
                    ("Ellos le llamarán para dejar el coche.", "Vale. Gracias."),
                ],
                analysis_items(
                    "Repair estimate and body shop change",
                    "Provencher Auto Body to call Javier to drop off the car", "",
                    "Repair estimate $6,840 (rear bumper, trunk, parking sensor); deductible waived; body "
                    "shop Provencher Auto Body; works in St. Boniface", "finance", first_name="Javier",
                ),
            ),
            Call(
                CLAIMS, 6, "es", "Car nearly ready",
                "Javier Morales was told his Mazda will be ready at Provencher Auto Body on {+3}, and the "
                "rental is covered until he picks it up. He asked for the documents by email at "
                "javi.morales88@gmail.com and said his neck is better after three physiotherapy sessions.",
                [
                    ("Prairie Shield, reclamaciones, habla Natalia.",
                     "Hola, buenas tardes. Soy Javier Morales. Me han dicho del taller que el coche está "
                     "casi listo."),
                    ("Sí, Provencher Auto Body dice que estará listo dentro de tres días.",
                     "¡Por fin! ¿Y el coche de alquiler? ¿Lo devuelvo el mismo día?"),
                    ("Sí, el alquiler está cubierto hasta el día que recoja el Mazda.",
                     "Vale, perfecto. Oye, y una cosa: ¿me pueden mandar todo por correo electrónico? Es "
                     "javi punto morales ochenta y ocho arroba gmail punto com."),
                    ("javi.morales88@gmail.com, apuntado.",
                     "Eso. Y del cuello ya estoy mejor, eh, fui al fisio tres veces."),
                    ("Me alegro mucho. ¿Algo más?", "No, nada más. ¡Gracias por todo, Natalia!"),
                ],
                {},
            ),
        ],
        questions=[
            Question(CLAIMS, "What's his claim number?", ("24-AC-55187",)),
            Question(CLAIMS, "What does he drive?", ("mazda",)),
            Question(CLAIMS, "Where did the collision happen?", ("bishop grandin", "pembina highway")),
            Question(CLAIMS, "Who hit him?", ("colleen fraser", "fraser")),
            Question(CLAIMS, "What's the other car's licence plate?",
                     ("jrv 418", "j r v cuatro uno ocho")),
            Question(CLAIMS, "Did the police attend?", ("police did not", "no vino")),
            Question(CLAIMS, "Was he hurt?", ("neck", "cuello")),
            Question(CLAIMS, "Which body shop is fixing the car?", ("provencher",), ("pembina collision",)),
            Question(CLAIMS, "How much is the repair?",
                     ("6,840", "6.840", "seis mil ochocientos cuarenta")),
            Question(CLAIMS, "Does he have to pay the deductible?", ("waived", "no paga")),
            Question(CLAIMS, "How much rental coverage does his policy give per day?",
                     ("$45", "cuarenta y cinco")),
            Question(CLAIMS, "Where's the rental car from?", ("enterprise",)),
            Question(CLAIMS, "When will the car be ready?", _day(6, 3)),
            Question(CLAIMS, "When did the appraiser come to see the car?", _day(44, 2)),
            Question(CLAIMS, "What's his email address?", ("javi.morales88@gmail.com",)),
            Question(CLAIMS, "Which neighbourhood is his job in?", ("st. boniface",)),
            Question(CLAIMS, "Where is the car parked?", ("340 river", "river avenue", "spot 41")),
            Question(CLAIMS, "Who's the appraiser?", ("brent hofer", "hofer")),
            Question(CLAIMS, "What colour is his car?", ("grey", "gris")),
            Question(CLAIMS, "What needs fixing on the car?",
                     ("bumper", "parachoques", "parking sensor", "sensor de aparcamiento")),
            Question(CLAIMS, "How many physio sessions has he had?", ("three physiotherapy", "tres veces")),
            Question(CLAIMS, "How has he been getting around without the car?", ("autobús",)),
            Question(CLAIMS, "What's the garage code?", ()),
            Question(CLAIMS, "Which company insures the other driver?", ()),
            Question(CLAIMS, "What's Colleen Fraser's phone number?", ()),
            Question(CLAIMS, "What's his policy number?", ()),
            Question(CLAIMS, "What's the VIN of the Mazda?", ()),
            Question(CLAIMS, "Which doctor did he see about his neck?", ()),
        ],
    ),
    # A disputed energy bill: a long call whose middle holds a key safe code and three facts, the payment day
    # moved, a change of payment date filed under "health".
    Caller(
        number="+14315550304",
        names=("Gurpreet",),
        calls=[
            Call(
                ENERGY, 47, "en", "High January bill",
                "The user, Gurpreet Sandhu (account 311440926, 58 Tyndall Avenue), disputed her January bill "
                "of $612.38, which was based on an estimated reading. She gave an actual meter reading of "
                "48213 and the agent submitted it for a re-bill, which takes seven to ten business days. She "
                "wants to join the equal payment plan once the re-bill is done. Gurpreet chatted about her "
                "family and the cold weather.",
                long_call(
                    [
                        ("Keystone Energy billing, this is Omar. Can I get your account number?",
                         "Hi, yes, hi. Sorry, one sec, I have the bill here somewhere... okay. It's, um, "
                         "three one one, four four zero, nine two six."),
                        ("Thank you. And your name and the service address?",
                         "Gurpreet Sandhu. G-U-R-P-R-E-E-T. And it's fifty-eight Tyndall Avenue. In the "
                         "North End."),
                        ("Thanks, Ms. Sandhu. What can I help you with?",
                         "So this bill, for January, it's six hundred and twelve dollars. Six twelve "
                         "thirty-eight. We never had a bill like that. Never. Usually it's like two-fifty, "
                         "three hundred in winter."),
                        ("Let me look. Yes, I see the January bill for $612.38. It looks like the reading "
                         "was estimated.", "Estimated! Nobody came. I knew it."),
                        ("Do you have a current reading from the meter?",
                         "Yes, I went out this morning, I took a picture. It says four eight two one three. "
                         "Forty-eight two thirteen."),
                        ("Okay, 48213. That's quite a bit lower than our estimate. I'll send it for a "
                         "re-bill.", "Okay. Okay good. How long does that take?"),
                        ("About seven to ten business days.",
                         "Okay. Um. Also, I want to ask about, you know, the plan where you pay the same "
                         "every month?"),
                        ("The equal payment plan. Yes, we can set that up after the re-bill, so it's based "
                         "on the right numbers.",
                         "Yes, that. Because this, this up and down, it's too much with the kids and "
                         "everything."),
                    ],
                    [
                        ("Absolutely.",
                         "And, oh, maybe that's why the meter reader didn't come. The meter is in the "
                         "detached garage, at the back, off the back lane. Not on the house."),
                        ("Ah, that would explain it. Is the garage locked?",
                         "Yes, but there's a key safe by the side door. The key safe code is 6 1 3 8. So "
                         "they can get in."),
                        ("I'll add that to the access notes.",
                         "And, sorry, also, my father-in-law lives with us, he's on oxygen at night, an "
                         "oxygen concentrator. So we can't have the power cut, ever. Is there a list for "
                         "that?"),
                        ("Yes, it's our medical priority list, I'll add him.",
                         "Thank you. And we got a new furnace put in, a high-efficiency one, so the bills "
                         "should go down, right?"),
                    ],
                    [
                        ("It should help, yes. So, to recap: I've submitted the reading of 48213 for a "
                         "re-bill, and once it's done we'll set up the equal payment plan.",
                         "Perfect. Thank you, Omar."),
                        ("Anything else?", "No, that's all. Sorry for talking so much!"),
                        ("Not at all, have a good day.", "You too, bye."),
                    ],
                    acks=_BILL_ACKS,
                    talk=_BILL_TALK,
                    start=4,
                ),
                {"first_name": "Gurpreet"},
            ),
            Call(
                ENERGY, 33, "en", "Re-bill and equal payment plan",
                "Gurpreet Sandhu's January bill was re-issued using the actual reading: it is now $418.90 "
                "and $193.48 was credited to her account. She joined the equal payment plan at $265 a month "
                "by pre-authorized debit on the 5th of each month; the first payment is on {+17}.",
                [
                    ("Keystone Energy billing, Omar speaking.",
                     "Hi Omar, it's Gurpreet Sandhu, you said you'd call but I thought I'd, I'd just call."),
                    ("Hi Ms. Sandhu, good timing, the re-bill just went through. Your January bill is now "
                     "four hundred eighteen dollars and ninety cents.",
                     "Four eighteen ninety. Okay. That's, that's still a lot, but okay. Better than six "
                     "hundred."),
                    ("The difference, $193.48, has been credited to your account.", "Okay, good."),
                    ("Now, the equal payment plan, based on your last twelve months, would be two hundred "
                     "sixty-five dollars a month.", "Two sixty-five. Okay, yes, let's do it."),
                    ("We'll withdraw it by pre-authorized debit on the fifth of each month.",
                     "The fifth. Um, okay, fine."),
                    ("Your first equal payment comes out in seventeen days.", "Okay. Thank you."),
                ],
                analysis_items(
                    "Re-bill and equal payment plan", "First equal payment withdrawal", "{+17}",
                    "Equal payment plan $265/month; pre-authorized debit on the 5th; January bill re-billed "
                    "to $418.90", "finance", first_name="Gurpreet",
                ),
            ),
            Call(
                ENERGY, 8, "en", "Change of payment date",
                "Gurpreet Sandhu moved her equal payment plan withdrawal from the 5th to the 20th of each "
                "month, starting next month, because she changed jobs. She switched to e-bills sent to "
                "gurpreet.sandhu@outlook.com.",
                [
                    ("Keystone Energy billing, this is Omar.",
                     "Hi, it's Gurpreet Sandhu again. The, um, the equal payment, the fifth doesn't work for "
                     "me. I get paid on the twentieth now, I changed jobs."),
                    ("No problem. I can move the withdrawal to the twentieth of each month.",
                     "Yes please. The twentieth."),
                    ("Done, starting next month. Anything else?",
                     "Yes, can you send the bills to my email instead of paper? It's gurpreet dot sandhu at "
                     "outlook dot com. S-A-N-D-H-U."),
                    ("gurpreet.sandhu@outlook.com. You'll get e-bills from the next cycle.",
                     "Great. And the, the list for my father-in-law, he's on it, right?"),
                    ("Yes, he's on our medical priority list.", "Okay, good. Thanks, bye."),
                ],
                analysis_items(
                    "Change of payment date", "", "",
                    "Pre-authorized debit on the 20th; e-bills to gurpreet.sandhu@outlook.com", "health",
                    first_name="Gurpreet",
                ),
            ),
        ],
        questions=[
            Question(ENERGY, "What's her account number?", ("311440926", "three one one, four four zero")),
            Question(ENERGY, "What's the service address?", ("58 tyndall", "fifty-eight tyndall")),
            Question(ENERGY, "How much was the January bill at first?",
                     ("612.38", "six twelve thirty-eight")),
            Question(ENERGY, "What's the January bill after the re-bill?",
                     ("418.90", "four eighteen ninety")),
            Question(ENERGY, "Why was the bill so high?", ("estimated reading", "reading was estimated")),
            Question(ENERGY, "What meter reading did she give?", ("48213", "forty-eight two thirteen")),
            Question(ENERGY, "Where is the meter?", ("detached garage", "back lane")),
            Question(ENERGY, "Does anyone there rely on a medical device?", ("oxygen",)),
            Question(ENERGY, "What heating upgrade did they make?", ("furnace",)),
            Question(ENERGY, "How much is her monthly equal payment?",
                     ("$265", "two hundred sixty-five", "two sixty-five")),
            Question(ENERGY, "What day of the month is the payment taken?", ("20th", "twentieth"),
                     ("5th", "fifth")),
            Question(ENERGY, "When does the first equal payment come out?", _day(33, 17)),
            Question(ENERGY, "Why did she move the withdrawal?", ("changed jobs", "paid on the twentieth")),
            Question(ENERGY, "How does she want her bills sent?", ("e-bills",)),
            Question(ENERGY, "What's her email?", ("gurpreet.sandhu@outlook.com",)),
            Question(ENERGY, "How much was credited back?", ("193.48",)),
            Question(ENERGY, "How long does a re-bill take?", ("seven to ten business days",)),
            Question(ENERGY, "What does she normally pay in winter?",
                     ("two-fifty", "three hundred in winter")),
            Question(ENERGY, "When did she dispute the January bill?", _day(47)),
            Question(ENERGY, "What's the key safe code?", ()),
            Question(ENERGY, "Who is her new employer?", ()),
            Question(ENERGY, "What's her father-in-law's name?", ()),
            Question(ENERGY, "How many children does she have?", ()),
            Question(ENERGY, "Which company installed the furnace?", ()),
            Question(ENERGY, "What's her husband's phone number?", ()),
        ],
    ),
    # One caller of the mobile network and the debt charity: her debts are the charity's alone; her plan
    # changed (a plan change filed under "finance").
    Caller(
        number="+14315550305",
        names=("Shauna",),
        private_to={
            DEBT: ("payday", "consumer proposal", "collection agency", "14,200", "debt management",
                   "capital one", "bankrupt", "3,100"),
        },
        calls=[
            Call(
                MOBILE, 63, "en", "Cracked screen and upgrade",
                "The user, Shauna Cook, cracked the screen of her Galaxy S22 and upgraded to a Pixel 8 in "
                "Hazel for $0 down and $12 a month over 24 months. It will be shipped to 1207 Notre Dame "
                "Avenue in two to three business days. She is on the Unlimited 50 plan at $65 a month.",
                [
                    ("Thanks for calling Northwind Mobile, this is Jess. Who am I speaking with?",
                     "Hi, it's Shauna Cook. Shauna, S-H-A-U-N-A."),
                    ("Hi Shauna, what can I do for you?",
                     "So my phone, I dropped it at work and the screen's all, like, spiderwebbed. It's the "
                     "Galaxy S22. I can barely read anything."),
                    ("Oh no. Let me see... you're actually eligible for an upgrade already.",
                     "Wait, really? Okay, what are my options?"),
                    ("We have the Pixel 8 for zero down on your current plan, at twelve dollars a month over "
                     "twenty-four months.", "Ooh. Okay. What colours?"),
                    ("Obsidian, Hazel, and Rose.", "Hazel. The green one, right? Yeah, Hazel."),
                    ("I'll ship it to the address on file, 1207 Notre Dame Avenue?",
                     "Um, no, ship it to my work, actually, I'm never home. It's the Grace Hospital, the, "
                     "uh, the front desk... wait, no, just send it to the house, it's fine, my roommate's "
                     "home all day."),
                    ("Perfect, it'll arrive in two to three business days. You're on the Unlimited 50 plan "
                     "at sixty-five dollars a month.", "Yeah. That's fine for now."),
                    ("Great, anything else?", "No, that's it, thanks Jess!"),
                ],
                {"first_name": "Shauna"},
            ),
            Call(
                DEBT, 50, "en", "Debt counselling intake",
                "The user, Shauna Cook, asked for help with about $14,200 on three credit cards and an "
                "$1,100 payday loan; the Capital One card is with a collection agency that calls her at "
                "work. Her take-home pay is about $3,100 a month. The counsellor explained a debt management "
                "program and a consumer proposal and booked a budget appointment for {+8} at 5:30 PM at the "
                "Portage Avenue office. She will bring two pay stubs, her credit card statements and the "
                "payday loan contract.",
                [
                    ("Clearpath Credit Counselling, this is Ruth. This call is free and confidential. How "
                     "can I help?",
                     "Hi. Um. I don't really know how this works. I, I think I'm in over my head."),
                    ("You've done the hard part by calling. Can I start with your name?", "Shauna Cook."),
                    ("Thanks, Shauna. Can you tell me what debts you have?",
                     "So, three credit cards. All together it's, like, fourteen thousand two hundred? And a "
                     "payday loan, eleven hundred, that's the one killing me."),
                    ("Are any of them with a collection agency yet?",
                     "The Capital One one, yeah. They call me at work. Like, every day."),
                    ("That's stressful. What's your take-home pay, roughly?",
                     "About thirty-one hundred a month. I'm a unit clerk."),
                    ("Okay. One option we'll look at is a debt management program, where we negotiate lower "
                     "interest and you make one payment to us. Another is a consumer proposal, through a "
                     "trustee.", "I don't want to go bankrupt. My mom went bankrupt and it was awful."),
                    ("A consumer proposal isn't bankruptcy, but let's look at everything at a budget "
                     "appointment. Can you come in?", "Yeah. Not on Mondays though, I work Mondays."),
                    ("I have one in eight days, at five thirty in the evening, at our Portage Avenue office.",
                     "Five thirty. Yes. I can do that."),
                    ("Bring your last two pay stubs, your credit card statements and the payday loan "
                     "contract.", "Okay. Thank you. Seriously."),
                ],
                analysis_items(
                    "Debt counselling intake", "Budget appointment at the Portage Avenue office", "{+8}",
                    "Three credit cards about $14,200; payday loan $1,100; Capital One with a collection "
                    "agency; take-home about $3,100/month; does not want bankruptcy", "finance",
                    first_name="Shauna",
                ),
            ),
            Call(
                DEBT, 22, "en", "Debt management program accepted",
                "All three credit card companies accepted Shauna Cook's debt management program: $385 a "
                "month, interest-free, for about 44 months, with the first payment on {+12}. The payday loan "
                "is not included and will be budgeted separately at $100 a month. If the collection agency "
                "calls, she will give them Clearpath's number.",
                [
                    ("Clearpath Credit Counselling, Ruth speaking.",
                     "Hi Ruth, it's Shauna Cook. Sorry, I know I was supposed to call last week."),
                    ("No worries, Shauna. Good news: all three card companies accepted the debt management "
                     "program. Your payment will be three hundred and eighty-five dollars a month, "
                     "interest-free.", "Oh my god. Interest-free? Like, zero?"),
                    ("Zero. It'll take about forty-four months to pay off.",
                     "Okay. Okay. I can do that. What about the payday loan?"),
                    ("Payday lenders usually don't join a program, so we'll budget for that one separately, "
                     "a hundred a month.", "Okay. And will they stop calling me at work?"),
                    ("Once the program is in place, the collection agency should stop. If they call, give "
                     "them our number.", "Thank you. When's the first payment?"),
                    ("In twelve days.", "Got it. I'll set a reminder."),
                ],
                {"first_name": "Shauna"},
            ),
            Call(
                MOBILE, 11, "en", "Plan change and roaming",
                "Shauna Cook switched from the Unlimited 50 plan to Talk and Text 20 at $45 a month, "
                "starting with the next bill cycle on the 14th. She is going to Minneapolis for a concert in "
                "about two weeks and was told the US Roam add-on costs $10 a day.",
                [
                    ("Northwind Mobile, Jess speaking.",
                     "Hey Jess, Shauna Cook. The Pixel's great, by the way, I love the green."),
                    ("Glad to hear it! What can I do for you?",
                     "I wanna go down to a cheaper plan. I'm not using fifty gigs, honestly."),
                    ("We have Talk and Text 20, that's twenty gigs for forty-five a month.",
                     "Forty-five. Yes, do that. From when?"),
                    ("It'll start on your next bill cycle, on the fourteenth.",
                     "Perfect. And I'm going to Minneapolis for a weekend, for a concert, in like, two "
                     "weeks? Do I need something for that?"),
                    ("Our US Roam add-on is ten dollars a day, only on days you use it.",
                     "Ten a day. Okay, fine, I'll just turn it on the Saturday."),
                    ("You're all set.", "Thanks!"),
                ],
                analysis_items(
                    "Plan change", "", "", "Talk and Text 20 plan, $45/month; US Roam $10/day; trip to "
                                           "Minneapolis", "finance", first_name="Shauna",
                ),
            ),
        ],
        questions=[
            Question(MOBILE, "Which phone did she upgrade to?", ("pixel 8",)),
            Question(MOBILE, "What colour did she pick?", ("hazel",)),
            Question(MOBILE, "What was her old handset?", ("s22",)),
            Question(MOBILE, "What plan is she on?", ("talk and text 20",), ("unlimited 50",)),
            Question(MOBILE, "How much is her monthly plan?", ("$45", "forty-five"), ("$65", "sixty-five")),
            Question(MOBILE, "How much is roaming in the States?", ("$10 a day", "ten dollars a day",
                                                                    "$10/day")),
            Question(MOBILE, "Where is she travelling?", ("minneapolis",)),
            Question(MOBILE, "Where's the delivery address?", ("1207 notre dame", "notre dame")),
            Question(MOBILE, "Where does she work?", ("grace hospital",)),
            Question(MOBILE, "Who's usually around to accept parcels?", ("roommate",)),
            Question(MOBILE, "How much is the device instalment?", ("$12", "twelve dollars")),
            Question(MOBILE, "When does her new plan start?", ("14th", "fourteenth")),
            Question(MOBILE, "Is she working with a debt counsellor?", ()),
            Question(MOBILE, "What's her take-home pay?", ()),
            Question(MOBILE, "Which concert is she going to?", ()),
            Question(MOBILE, "What's her roommate's name?", ()),
            Question(MOBILE, "Does she owe money on a payday loan?", ()),
            Question(DEBT, "How much does she owe on her credit cards?", ("14,200", "fourteen thousand two")),
            Question(DEBT, "How big is the payday loan?", ("1,100", "eleven hundred")),
            Question(DEBT, "Which creditor has passed her to collections?", ("capital one",)),
            Question(DEBT, "What's her monthly program payment?", ("$385", "three hundred and eighty-five")),
            Question(DEBT, "How long will the program take?", ("44 months", "forty-four months")),
            Question(DEBT, "When was her budget appointment?", _day(50, 8)),
            Question(DEBT, "What did she need to bring to the appointment?", ("pay stubs",)),
            Question(DEBT, "Why is she set against bankruptcy?", ("mom went bankrupt",)),
            Question(DEBT, "Which day can't she come in?", ("mondays",)),
            Question(DEBT, "What's her take-home pay?", ("3,100", "thirty-one hundred")),
            Question(DEBT, "When is her first program payment?", _day(22, 12)),
            Question(DEBT, "How much is set aside for the payday loan?", ("$100", "hundred a month")),
            Question(DEBT, "What does she do for a living?", ("unit clerk",)),
            Question(DEBT, "What's the interest rate on the payday loan?", ()),
            Question(DEBT, "Which trustee would handle a consumer proposal?", ()),
            Question(DEBT, "What's her mother's name?", ()),
            Question(DEBT, "Who are the other two card issuers?", ()),
        ],
    ),
    # A retirement: a long chatty call whose middle holds three facts, the date brought forward, the
    # beneficiary changed from an ex-husband to a daughter.
    Caller(
        number="+14315550306",
        names=("Lorraine",),
        calls=[
            Call(
                PENSION, 66, "en", "Retirement options",
                "The user, Lorraine Desjardins (member M770426), a school secretary with Seven Oaks School "
                "Division for 26 years, plans to retire on June 30. The agent estimated her pension at about "
                "$2,140 a month before tax on a single-life option, since she is divorced, and will mail her "
                "the retirement package, which must be returned at least 90 days before her retirement date. "
                "Lorraine chatted about her grandchildren and curling.",
                long_call(
                    [
                        ("Laurentian Pension Services, Daniel speaking. How can I help you?",
                         "Oh, hello there. Yes. I'm, I'm thinking of retiring, finally, and my daughter said "
                         "I should call you people first before I do anything silly."),
                        ("Your daughter's a smart woman. Can I have your name and your plan member number?",
                         "Lorraine Desjardins. D-E-S-J-A-R-D-I-N-S. And the member number is... M as in "
                         "Mary, seven seven zero four two six. M770426."),
                        ("Thank you, Lorraine. And your employer?",
                         "The school division. Seven Oaks. I've been a school secretary there for twenty-six "
                         "years. Twenty-six years!"),
                        ("That's quite the career. What date are you thinking of retiring?",
                         "June thirtieth. End of the school year. I'm not leaving them in the lurch in the "
                         "middle of report cards."),
                        ("Makes sense. With twenty-six years of service, your estimated pension would be "
                         "about two thousand one hundred and forty a month.",
                         "Two thousand one hundred and forty. Huh. Is that before tax?"),
                        ("Yes, before tax. You could also choose a joint-and-survivor option, which lowers "
                         "the monthly amount a little.", "Well, I'm divorced, so, no survivor. Just me."),
                        ("Then the single-life option makes sense. I'll mail you the retirement package with "
                         "the forms.", "Mail is good. I don't trust the email for important things."),
                        ("Of course.", "My daughter does everything on her phone. Not me."),
                    ],
                    [
                        ("Mm-hm.",
                         "Oh, and before I forget, I also worked at Canada Post for six years, back in the "
                         "eighties, before the kids. Do I have anything from that? A pension?"),
                        ("You may have a deferred pension there, you'd have to contact them directly.",
                         "Canada Post. I'll write that down. And you'll need my birthday, I guess, it's "
                         "March third, nineteen sixty-three."),
                        ("We have that on file, thank you.",
                         "And I'm hoping to spend the winters in Mesa, Arizona, with my sister. Does the "
                         "pension still get paid if I'm down there?"),
                        ("Yes, it's paid to your Canadian bank account no matter where you are.",
                         "Oh good, good."),
                    ],
                    [
                        ("So I'll send the package out today, it should arrive within a week.",
                         "Lovely. And then I fill it out and send it back?"),
                        ("Yes, at least ninety days before your retirement date.",
                         "Ninety days. Okay. Thank you, Daniel, you've been a sweetheart."),
                        ("My pleasure, Lorraine.", "Bye now."),
                    ],
                    acks=_PENSION_ACKS,
                    talk=_PENSION_TALK,
                    start=1,
                ),
                {"first_name": "Lorraine"},
            ),
            Call(
                PENSION, 38, "en", "Beneficiary and retirement date",
                "Lorraine Desjardins asked to change her pension beneficiary from her ex-husband Ron "
                "Desjardins to her daughter, Michelle Kowalski, as sole beneficiary; the agent will send a "
                "designation form. She also moved her retirement date from June 30 to March 31, which lowers "
                "the estimated pension to about $2,060 a month.",
                [
                    ("Laurentian Pension Services, Daniel speaking.",
                     "Hi Daniel, it's Lorraine Desjardins again. I got the package, thank you. But I was "
                     "reading through it and, oh my goodness, my beneficiary is still my ex-husband. Ron. "
                     "Ron Desjardins."),
                    ("Ah, that happens a lot. Who would you like as your beneficiary?",
                     "My daughter. Michelle. Michelle Kowalski, she's married. K-O-W-A-L-S-K-I."),
                    ("I'll send you a beneficiary designation form. She'd be the sole beneficiary?",
                     "Sole, yes. Not Ron. Definitely not Ron."),
                    ("Ha, understood. Once we get the signed form, the change takes effect.",
                     "I'll mail it back this week."),
                    ("Also, have you settled on the retirement date?",
                     "Well, that's the other thing. I'm going to go a bit earlier. The principal said "
                     "they're fine with it, so... March thirty-first instead of June."),
                    ("March thirty-first. That reduces the estimate slightly, to about two thousand and "
                     "sixty a month.", "Two thousand sixty. That's fine. My knees can't do another spring of "
                     "recess duty."),
                ],
                {"first_name": "Lorraine"},
            ),
            Call(
                PENSION, 10, "en", "Pension payment setup",
                "Lorraine Desjardins confirmed she mailed back the retirement and beneficiary forms; the "
                "agent said both were received and her daughter Michelle is now sole beneficiary. Her "
                "pension will be deposited to her account ending 3317 at Assiniboine Credit Union, with an "
                "extra $150 a month of tax withheld. The first payment is on {+19}.",
                [
                    ("Laurentian Pension Services, Daniel speaking.",
                     "Daniel, hi, it's Lorraine. Everything's mailed back, the beneficiary form and the "
                     "retirement forms."),
                    ("Yes, we received both on Tuesday. Michelle is now your sole beneficiary.",
                     "Oh, good. What a relief."),
                    ("For your direct deposit, we have the account ending 3317 at Assiniboine Credit Union "
                     "on file.",
                     "That's the one. Oh, and can you take extra tax off? I don't want a bill in April. Take "
                     "an extra hundred and fifty a month."),
                    ("Sure, an extra $150 a month in tax withheld.", "And when does the first payment come?"),
                    ("Your first pension payment will be deposited in nineteen days.",
                     "Nineteen days. Lovely. I'll buy a cake."),
                ],
                analysis_items(
                    "Pension payment setup", "First pension payment", "{+19}",
                    "Sole beneficiary Michelle Kowalski; deposit to account ending 3317 at Assiniboine "
                    "Credit Union; extra $150/month tax withheld", "none", first_name="Lorraine",
                ),
            ),
        ],
        questions=[
            Question(PENSION, "What's her member number?", ("m770426",)),
            Question(PENSION, "Who is her employer?", ("seven oaks",)),
            Question(PENSION, "How many years of service does she have?", ("26 years", "twenty-six years")),
            Question(PENSION, "When is she retiring?", ("march 31", "march thirty-first"),
                     ("june 30", "june thirtieth")),
            Question(PENSION, "What's her estimated monthly pension?",
                     ("2,060", "two thousand and sixty", "two thousand sixty"),
                     ("2,140", "two thousand one hundred and forty")),
            Question(PENSION, "Who is her beneficiary?", ("michelle",), ("ron desjardins", "ex-husband")),
            Question(PENSION, "Is she married?", ("divorced",)),
            Question(PENSION, "Where did she work before the school division?", ("canada post",)),
            Question(PENSION, "When's her birthday?", ("march third", "sixty-three")),
            Question(PENSION, "Where does she plan to spend the cold months?", ("mesa", "arizona")),
            Question(PENSION, "Which account will the pension go into?", ("3317", "assiniboine")),
            Question(PENSION, "How much extra tax is withheld?", ("$150", "hundred and fifty")),
            Question(PENSION, "When is her first payment?", _day(10, 19)),
            Question(PENSION, "Which survivor option did she choose?", ("single-life",)),
            Question(PENSION, "Why is she leaving earlier?", ("knees", "recess duty")),
            Question(PENSION, "How does she prefer to receive documents?",
                     ("mail is good", "trust the email", "mail her")),
            Question(PENSION, "What's her daughter's married name?", ("kowalski",)),
            Question(PENSION, "When did she first call about retiring?", _day(66)),
            Question(PENSION, "How long before retiring must the forms be back?", ("90 days", "ninety days")),
            Question(PENSION, "What's Michelle's date of birth?", ()),
            Question(PENSION, "How much is her Canada Post pension?", ()),
            Question(PENSION, "What's her sister's name?", ()),
            Question(PENSION, "What's her social insurance number?", ()),
            Question(PENSION, "What's the principal's name?", ()),
            Question(PENSION, "How much is in her RRSP?", ()),
            Question(PENSION, "What's Ron's address?", ()),
        ],
    ),
    # A French exchange student: her calls in French, summaries in English and French, the questions in
    # English; her address changed, the transfer amount raised (the items keep the old amount).
    Caller(
        number="+33643155503",
        names=("Margaux",),
        calls=[
            Call(
                EXCHANGE, 45, "fr", "US dollar order",
                "The user, Margaux Lefèvre, a French exchange student at the University of Manitoba, spoke "
                "French and ordered US$800 for a spring break trip to Chicago at a rate of 1.37, for "
                "CA$1,096. She wants mostly twenties. She will pick up the cash on {+3} at the Forks Market "
                "counter and bring her passport.",
                [
                    ("Forks Currency Exchange, Léa speaking, how can I help?",
                     "Bonjour... euh, vous parlez français ?"),
                    ("Oui, bien sûr ! Je vous écoute.",
                     "Ah, génial. Alors, je suis étudiante en échange à l'Université du Manitoba et je pars "
                     "à Chicago pour la semaine de relâche. Je voudrais commander des dollars américains."),
                    ("Pas de problème. Combien voulez-vous ?", "Euh... huit cents dollars américains. Huit "
                                                               "cents."),
                    ("Aujourd'hui le taux est de un dollar trente-sept canadien pour un dollar américain, "
                     "donc ça fait mille quatre-vingt-seize dollars canadiens.", "D'accord, ça va."),
                    ("Vous préférez quelles coupures ?",
                     "Des billets de vingt, surtout. Pas de cent, personne ne les accepte."),
                    ("Entendu. Votre nom, s'il vous plaît ?",
                     "Margaux Lefèvre. Margaux avec un x à la fin, M-A-R-G-A-U-X."),
                    ("Merci Margaux. Vous pourrez les récupérer dans trois jours à notre comptoir du Forks "
                     "Market. Apportez votre passeport.", "Mon passeport français, ça marche ?"),
                    ("Oui, parfait.", "Super, merci beaucoup !"),
                ],
                analysis_items(
                    "Commande de dollars américains", "Retrait de 800 USD au comptoir du Forks Market",
                    "{+3}",
                    "Étudiante en échange à l'Université du Manitoba; 800 USD en billets de 20; voyage à "
                    "Chicago", "none", first_name="Margaux",
                ),
            ),
            Call(
                EXCHANGE, 28, "fr", "Virement depuis la France",
                "L'utilisatrice, Margaux Lefèvre, veut revendre les 140 USD qui lui restent après son voyage "
                "à Chicago. Ses parents vont envoyer 2 000 euros depuis la France pour son loyer ; les frais "
                "sont de 15 $ et la référence du virement est FX-40715. Elle habite à Pembina Hall, chambre "
                "312.",
                [
                    ("Forks Currency Exchange, Léa.",
                     "Bonjour Léa, c'est Margaux Lefèvre. Vous vous souvenez, les dollars américains ?"),
                    ("Oui, bonjour Margaux ! Le voyage s'est bien passé ?",
                     "Trop bien, Chicago c'est magnifique. Bon, il me reste cent quarante dollars "
                     "américains. Je peux vous les revendre ?"),
                    ("Oui, on les rachète au taux du jour. Vous passez quand vous voulez.",
                     "D'accord. Et autre chose : mes parents veulent m'envoyer de l'argent depuis la France "
                     "pour le loyer. Vous faites les virements internationaux ?"),
                    ("Oui. Vos parents envoient des euros sur notre compte, et on vous les verse en dollars "
                     "canadiens. Les frais sont de quinze dollars.",
                     "Quinze dollars, c'est moins cher que ma banque. Ils envoient deux mille euros."),
                    ("Très bien. Il me faut votre adresse au Canada pour le dossier.",
                     "Je suis en résidence, à Pembina Hall, chambre trois cent douze, sur le campus."),
                    ("Et la référence à donner à vos parents sera FX-40715.",
                     "FX-40715. Je leur envoie ça ce soir."),
                ],
                {"first_name": "Margaux"},
            ),
            Call(
                EXCHANGE, 7, "fr", "Transfer amount and new address",
                "Margaux Lefèvre said her parents will now send €2,500 instead of €2,000 (transfer reference "
                "FX-40715), because of the deposit on her new apartment. She has moved to 212 Stradbrook "
                "Avenue, apartment 5, in Osborne Village. She will receive the funds by cheque; the transfer "
                "should arrive within five business days.",
                [
                    ("Forks Currency Exchange, Léa à l'appareil.",
                     "Bonjour Léa, Margaux Lefèvre. Petite question sur le virement de mes parents."),
                    ("Oui, la référence FX-40715. On ne l'a pas encore reçu.",
                     "Oui, c'est normal, ils ont attendu. Finalement ils envoient deux mille cinq cents "
                     "euros, pas deux mille, parce qu'il y a aussi la caution du nouvel appart."),
                    ("D'accord, deux mille cinq cents euros, je mets à jour.",
                     "Et justement, j'ai déménagé. Je ne suis plus à Pembina Hall. Maintenant c'est le 212 "
                     "Stradbrook Avenue, appartement 5, à Osborne Village."),
                    ("212 Stradbrook Avenue, appartement 5. C'est noté.",
                     "Et je peux venir chercher l'argent en liquide ? Ou c'est forcément sur un compte ?"),
                    ("On peut vous faire un chèque ou le déposer sur votre compte canadien. Pas de liquide "
                     "au-delà de trois mille dollars.", "Ah. Alors un chèque, c'est bien."),
                    ("Parfait. Le virement devrait arriver d'ici cinq jours ouvrables.",
                     "Merci, bonne journée !"),
                ],
                analysis_items(
                    "Virement international", "Attendre le virement des parents", "",
                    "Virement de 2 000 euros, référence FX-40715; 212 Stradbrook Avenue, appartement 5; "
                    "paiement par chèque", "finance", first_name="Margaux",
                ),
            ),
        ],
        questions=[
            Question(EXCHANGE, "How many US dollars did she order?", ("800", "huit cents")),
            Question(EXCHANGE, "What rate did she get?", ("1.37", "un dollar trente-sept")),
            Question(EXCHANGE, "Which notes does she want?",
                     ("twenties", "billets de vingt", "billets de 20")),
            Question(EXCHANGE, "Where was she going?", ("chicago",)),
            Question(EXCHANGE, "What ID does she need to show?", ("passport", "passeport")),
            Question(EXCHANGE, "Where does she study?", ("university of manitoba", "université du manitoba")),
            Question(EXCHANGE, "What's the transfer reference?", ("fx-40715",)),
            Question(EXCHANGE, "How much are her parents sending?",
                     ("2,500", "deux mille cinq cents"), ("2,000", "2 000", "deux mille euros")),
            Question(EXCHANGE, "What's the fee on the transfer?", ("15 $", "quinze dollars")),
            Question(EXCHANGE, "What's her current address?", ("212 stradbrook",), ("pembina hall",)),
            Question(EXCHANGE, "How will she receive the money?", ("cheque", "chèque")),
            Question(EXCHANGE, "How much US cash did she have left over?", ("140", "cent quarante")),
            Question(EXCHANGE, "Why are the parents sending more?", ("deposit on her new apartment",
                                                                     "caution")),
            Question(EXCHANGE, "When was the US cash ready to collect?", _day(45, 3)),
            Question(EXCHANGE, "How much did the US dollars cost in Canadian?",
                     ("1,096", "mille quatre-vingt-seize")),
            Question(EXCHANGE, "Why doesn't she want hundred-dollar bills?", ("personne ne les accepte",)),
            Question(EXCHANGE, "What's the money from France for?", ("loyer",)),
            Question(EXCHANGE, "What are her parents' names?", ()),
            Question(EXCHANGE, "Which French bank do her parents use?", ()),
            Question(EXCHANGE, "What's her Canadian bank account number?", ()),
            Question(EXCHANGE, "What's her student number?", ()),
            Question(EXCHANGE, "When does she go back to France?", ()),
            Question(EXCHANGE, "How much is the rent on the new apartment?", ()),
        ],
    ),
    # A phone lost abroad: an account PIN said for security, roaming charges disputed, a new handset.
    Caller(
        number="+14315550308",
        names=("Tanya",),
        calls=[
            Call(
                MOBILE, 35, "en", "Lost phone in Mexico",
                "The user, Tanya Wiebe, lost her blue iPhone 14 in Cancún, Mexico. The agent suspended the "
                "line, cancelled her $15/day roaming pass and is sending a new SIM to 33 Lindenwood Drive "
                "East, arriving in two to three days.",
                [
                    ("Northwind Mobile, this is Jess.",
                     "Hi, um, okay, so, I'm calling from my sister's... no wait, I'm calling through the app "
                     "on my laptop, whatever, doesn't matter. I lost my phone. In Mexico. In Cancún."),
                    ("Oh no, I'm sorry. Can I get your name?", "Tanya Wiebe. W-I-E-B-E."),
                    ("And for security, I'll need your account PIN.", "Okay, the account PIN is 8 0 4 6."),
                    ("Thank you, Tanya. I'll suspend the line right away so nobody can use it.",
                     "Yes please. It was an iPhone 14, blue, in a, like, a sparkly case."),
                    ("Suspended. Do you want us to send a new SIM to your home?",
                     "I'm back home on Sunday. Yes, to home. Thirty-three Lindenwood Drive East."),
                    ("Okay, a new SIM to 33 Lindenwood Drive East. It'll be there in two to three days.",
                     "And, um, I had the roaming thing, the Sun Destinations pass? Fifteen bucks a day? Can "
                     "you cancel that?"),
                    ("I've cancelled the roaming pass.", "Thank you. Ugh. What a week."),
                ],
                analysis_items(
                    "Lost phone abroad", "Mail new SIM to home", "",
                    "Lost iPhone 14 in Cancún; line suspended; roaming pass cancelled", "none",
                    first_name="Tanya",
                ),
            ),
            Call(
                MOBILE, 16, "en", "Roaming charges disputed",
                "Tanya Wiebe disputed $286 of roaming charges made on her lost phone before she reported it. "
                "The agent applied a one-time courtesy credit of $143. Her new SIM is working in her old "
                "Samsung A52. Bills will now go to t.wiebe@kerrlaw.ca.",
                [
                    ("Northwind Mobile, this is Jess.",
                     "Hi Jess? Maybe it's a different Jess. Anyway. Tanya Wiebe. So my bill came and it's "
                     "got, like, two hundred and eighty-six dollars of roaming charges."),
                    ("Let me take a look. I see roaming charges from the week you were in Mexico.",
                     "But I lost the phone! Somebody used it after! On the, the twelfth and thirteenth, I "
                     "wasn't even, I didn't have it."),
                    ("I can see the line was suspended on the fourteenth. The charges on the twelfth and "
                     "thirteenth were before you reported it.",
                     "Yeah, because I didn't notice until the fourteenth! Come on."),
                    ("I understand. I can credit half as a one-time courtesy, a hundred and forty-three "
                     "dollars.", "Half? ... Okay. Fine. Better than nothing."),
                    ("And I see the new SIM is active, in an older phone?",
                     "Yeah, my old Samsung, the A52, until I decide."),
                    ("Is there anything else?",
                     "Actually yes, send the bills to my work email, not the personal one. It's t dot wiebe "
                     "at kerrlaw dot ca."),
                    ("t.wiebe@kerrlaw.ca, updated.", "Thanks."),
                ],
                {},
            ),
        ],
        questions=[
            Question(MOBILE, "Where did she lose her phone?", ("cancún",)),
            Question(MOBILE, "What handset is she using at the moment?", ("a52",), ("iphone 14",)),
            Question(MOBILE, "What's her home address?", ("33 lindenwood", "thirty-three lindenwood")),
            Question(MOBILE, "How much were the disputed roaming charges?",
                     ("$286", "two hundred and eighty-six")),
            Question(MOBILE, "How much was credited?", ("$143", "hundred and forty-three")),
            Question(MOBILE, "Which email gets the bills?", ("t.wiebe@kerrlaw.ca",)),
            Question(MOBILE, "What did the roaming pass cost?", ("fifteen bucks", "$15/day")),
            Question(MOBILE, "What colour was the lost phone?", ("blue",)),
            Question(MOBILE, "On which date was the line suspended?", ("fourteenth",)),
            Question(MOBILE, "When did she report the phone lost?", _day(35)),
            Question(MOBILE, "What does her phone case look like?", ("sparkly",)),
            Question(MOBILE, "When was she getting back from the trip?", ("sunday",)),
            Question(MOBILE, "What's the account PIN?", ()),
            Question(MOBILE, "What's her sister's name?", ()),
            Question(MOBILE, "Did she file a police report in Mexico?", ()),
            Question(MOBILE, "What's the IMEI of the lost phone?", ()),
            Question(MOBILE, "Which hotel was she staying at?", ()),
        ],
    ),
    # A retired bus driver at the debt charity: a depression filed under "none", the address and housing cost
    # changed by a move.
    Caller(
        number="+14315550309",
        names=("Errol",),
        calls=[
            Call(
                DEBT, 55, "en", "Behind on payments after retiring",
                "The user, Errol Fontaine, a retired Winnipeg Transit bus driver, called about his debts: "
                "$9,500 on a bank line of credit and about $4,000 on a Visa card. He missed two payments in "
                "the fall and is getting letters. His income is about $2,600 a month from his pensions and "
                "he rents an apartment on Salter Street for $890 a month. He will come in on {+7} at 10 AM "
                "for a budget meeting.",
                [
                    ("Clearpath Credit Counselling, Ruth speaking, this call is confidential.",
                     "Yeah, hi. Errol Fontaine. My, uh, my son-in-law told me to call you. I'm behind on a "
                     "few things."),
                    ("I'm glad you called, Errol. What's going on?",
                     "Well, I retired from Winnipeg Transit last year, drove the number eleven for thirty "
                     "years, and the money's, it's not what I thought. I've got a line of credit at the "
                     "bank, nine thousand five hundred on it, and the Visa, about four thousand."),
                    ("Okay. Are you keeping up with the minimum payments?",
                     "I was. Then in, uh, in the fall, I missed two. And now there's letters."),
                    ("What's your monthly income now?",
                     "My pension and CPP and the Old Age, together it's about two thousand six hundred."),
                    ("Any assets? A house?", "I rent. An apartment on Salter Street. Eight hundred and "
                                             "ninety a month."),
                    ("Okay. I'd like to go through a full budget with you. Would you like to come in?",
                     "I'll come in. I don't do the computer. Any morning but Thursday, I've got my group "
                     "Thursday mornings."),
                    ("I'll book you for a week from today, at ten.", "Ten o'clock. Okay."),
                ],
                {"first_name": "Errol"},
            ),
            Call(
                DEBT, 40, "en", "Interest freeze on line of credit",
                "Errol Fontaine said he is grieving his late wife Loretta and is being treated for "
                "depression. The counsellor told him the bank agreed to freeze interest on his line of "
                "credit for six months. He gave consent for Clearpath to speak with his son-in-law, Dale "
                "Mercier. The counsellor will call him on {+14} with the plan.",
                [
                    ("Clearpath Credit Counselling, Ruth speaking.",
                     "Ruth, it's Errol. Errol Fontaine. I was in last week."),
                    ("Hi Errol. How are you doing?",
                     "Oh, I've been better. Since my Loretta passed, I, I haven't been sleeping. My doctor's "
                     "got me on something for the depression now."),
                    ("I'm sorry, Errol. That's a lot to carry. Please go easy on yourself.",
                     "Thanks. Anyway. You said you'd call the bank?"),
                    ("I did. The bank agreed to freeze the interest on the line of credit for six months "
                     "while we set up a plan.", "Oh thank God."),
                    ("And your son-in-law, is it okay if I speak with him about your file?",
                     "Yeah, Dale. Dale Mercier. He helps me with the letters. Yes, you can talk to him."),
                    ("I'll note your consent to speak with Dale. I'll call you in two weeks with the plan.",
                     "Okay. Thank you, Ruth."),
                ],
                analysis_items(
                    "Interest freeze update", "Call Errol with the repayment plan", "{+14}",
                    "Bank froze line of credit interest for 6 months; consent to speak with son-in-law Dale "
                    "Mercier", "none", first_name="Errol",
                ),
            ),
            Call(
                DEBT, 13, "en", "Repayment plan and move",
                "Errol Fontaine's repayment plan is $320 a month by pre-authorized debit, starting on {+21}. "
                "He has moved in with his daughter Denise at 211 Kildare Avenue East in Transcona and "
                "contributes $400 a month for groceries instead of paying rent.",
                [
                    ("Clearpath Credit Counselling, Ruth speaking.",
                     "Ruth, Errol here. Dale said you called him with the plan."),
                    ("Yes, hi Errol. So we set the repayment plan at three hundred and twenty dollars a "
                     "month, starting in three weeks.",
                     "Three-twenty. I can manage that. Especially now. I gave up the apartment, I'm living "
                     "with my daughter Denise in Transcona now."),
                    ("Oh, that's good news. What's the new address?",
                     "Two eleven Kildare Avenue East. No rent, I just chip in four hundred for groceries and "
                     "that."),
                    ("211 Kildare Avenue East. That frees up a lot. Would you like to pay more each month?",
                     "No, no, keep it at three-twenty. I want a, a cushion."),
                    ("Sensible. The first payment is in three weeks by pre-authorized debit.",
                     "Good. And, uh, Ruth, thank you. I mean it."),
                ],
                {"first_name": "Errol"},
            ),
        ],
        questions=[
            Question(DEBT, "What did he do before retiring?", ("winnipeg transit", "bus driver")),
            Question(DEBT, "How much is on his line of credit?", ("9,500", "nine thousand five hundred")),
            Question(DEBT, "How much does he owe on the Visa?", ("4,000", "four thousand")),
            Question(DEBT, "What's his monthly income?", ("2,600", "two thousand six hundred")),
            Question(DEBT, "Where does he live now?", ("211 kildare", "two eleven kildare"), ("salter",)),
            Question(DEBT, "What does he pay for housing each month?", ("$400", "four hundred"),
                     ("$890", "eight hundred and ninety")),
            Question(DEBT, "Who else may we discuss his file with?", ("dale",)),
            Question(DEBT, "Which morning can't he make?", ("thursday",)),
            Question(DEBT, "What did the bank agree to?", ("freeze",)),
            Question(DEBT, "How much is his monthly plan payment?",
                     ("$320", "three hundred and twenty", "three-twenty")),
            Question(DEBT, "When does the repayment plan start?", _day(13, 21)),
            Question(DEBT, "Is he dealing with any health issues?", ("depression",)),
            Question(DEBT, "What was his late wife's name?", ("loretta",)),
            Question(DEBT, "Which bus route did he drive?", ("number eleven",)),
            Question(DEBT, "How many payments did he miss?", ("missed two",)),
            Question(DEBT, "When was his budget meeting?", _day(55, 7)),
            Question(DEBT, "Who does he live with now?", ("denise",)),
            Question(DEBT, "When is Ruth calling him back with the plan?", _day(40, 14)),
            Question(DEBT, "Which bank holds his line of credit?", ()),
            Question(DEBT, "What's Dale's phone number?", ()),
            Question(DEBT, "What medication is he taking?", ()),
            Question(DEBT, "How old is he?", ()),
            Question(DEBT, "What's the interest rate on his Visa?", ()),
            Question(DEBT, "What's his daughter's email?", ()),
        ],
    ),
]  # fmt: skip
