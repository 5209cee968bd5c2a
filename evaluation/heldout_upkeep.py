"""Held-out memory set: callers of eight businesses that keep a home, a pet or a possession going.

A veterinary clinic, a boarding kennel and cattery, a solar panel installer, a boiler and heating service
company, a window cleaner, a dry cleaner and alterations shop, a watch and clock repairer, and a broadband
and phone provider's support line: 9 callers, 27 calls, 96 questions, 25 of them asking for a detail of a
kind nobody gave (a microchip number, a serial number, an email address), in the calls' own words.

It covers corrections a later call makes (panel count, battery size, price, insulin dose, stay length, hem
length, billing email, cleaning interval, the caller's hours); three calls of 84 to 86 exchanges whose facts
are said once in the middle and reach no summary; facts said only in the turns; a Spanish and a French
caller, asked about in English (one summary in each language, the others in English); questions that share
no word with the calls that answer them; date questions (a year, a time of day, the last call about a
subject); a caller's own hip operation told to the kennel and money trouble told to the broadband line, both
private to that business, while the same callers also ring the vet and the window cleaner; a caller of two
businesses with nothing private; post-call analysis items (``analysis_items``) on 15 of the 27 calls, filled
loosely as ElevenLabs' analysis would fill them, a fact missing here and there, and none on the others; and
two access codes said in calls (a key safe and a side gate) that no question's answer is.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch of
changes, never tuned against: no constant may be chosen on it.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

VET = "agent_vet_0000000000000000000000111"
KENNEL = "agent_kennel_0000000000000000000112"
SOLAR = "agent_solar_00000000000000000000113"
HEATING = "agent_heating_000000000000000000114"
WINDOWS = "agent_windows_000000000000000000115"
CLEANERS = "agent_cleaners_00000000000000000116"
WATCH = "agent_watch_00000000000000000000117"
BROADBAND = "agent_broadband_0000000000000000118"


# The surveyor goes through the site survey while the drone photos load.
_SURVEY_ACKS = [
    "Sorry, still loading, bear with me.",
    "Mm, yeah.",
    "Ha, I know what you mean.",
    "Right.",
    "Oh really?",
    "Just a sec, I'm zooming in on the ridge tiles.",
    "Yeah, yeah.",
    "Nearly there.",
]
_SURVEY_TALK = [
    "No rush, honestly, I'm not going anywhere.",
    "My brother-in-law had panels put on last spring and he won't shut up about it.",
    "He sends me screenshots of his app every sunny day, it's unbearable.",
    "Sorry, that's the dog, he's seen a pigeon.",
    "The weather's been rotten this week, hasn't it?",
    "Is it true they still work when it's cloudy?",
    "I read somewhere they lose a bit every year, is that right?",
    "I'm told birds can nest under them, is that a thing?",
    "We've been talking about doing this for about five years, so it's nice to finally get on with it.",
    "Did your lads get that drone back down alright? The neighbour's kids were fascinated.",
    "Honestly, the electricity bills lately have been daft.",
    "I'm trying to get my head round all these tariffs, it's a minefield.",
    "Do you get a lot of people backing out at this stage?",
    "Sorry, I'm just moving into the other room, the signal's better.",
    "Can you hear me alright now?",
    "I was reading about the ones that look like roof tiles, but they're pricey, aren't they?",
    "My other half thinks I'm obsessed. She's probably right.",
    "It's been a week of it, the boiler man was round as well.",
    "Do you enjoy the job? Must be nice being out and about.",
    "I used to work in IT, so I like a good spreadsheet.",
    "Still there? I think you went quiet for a second.",
    "Take your time, I'm just finishing my tea.",
]

# The heating engineer talks the caller through the filling loop.
_BOILER_ACKS = [
    "Okay.",
    "Take your time.",
    "That's normal, don't worry.",
    "Mm-hm.",
    "Right, good.",
    "Still with me?",
    "Lovely.",
    "No rush.",
]
_BOILER_TALK = [
    "Okay, I'm looking at it now.",
    "Sorry, I'm kneeling on the kitchen floor, give me a second.",
    "Is it the silver tap or the black one?",
    "It's making a hissing noise, is that normal?",
    "I can hear water running somewhere.",
    "Right, I've let go of it.",
    "My hands are freezing, sorry, I'm going slowly.",
    "The kids are at their dad's this week, thank goodness, they'd be moaning.",
    "It always breaks when it's cold, doesn't it?",
    "I've got two jumpers on and a hat.",
    "Is it dangerous, the pressure being low?",
    "Should I turn it off at the wall?",
    "The display's gone blank for a second. Oh, it's back.",
    "Sorry, say that again, the phone's slipping.",
    "Let me put you on speaker.",
    "Can you still hear me on speaker?",
    "I'm turning it slowly, like you said.",
    "It's gone up a bit, I think.",
    "Now it's creeping back down again.",
    "I never know what half these pipes do.",
    "It's the first time I've had to do this myself.",
]

# The support agent runs a line test while the caller restarts the router.
_LINE_ACKS = [
    "Still running, sorry.",
    "Okay.",
    "Mm-hm.",
    "Yep.",
    "Bear with me.",
    "I know, I'm sorry.",
    "Right.",
    "Almost there.",
]
_LINE_TALK = [
    "No worries.",
    "The lights are all flashing orange now.",
    "Still flashing.",
    "Okay, one's gone white.",
    "Sorry, the kettle's just boiled.",
    "It's been driving us mad, honestly.",
    "We're all on our phone data at the minute.",
    "Do you get a lot of this in our area?",
    "My mate down the road's with you as well, and his is fine.",
    "Is it the cable, do you think?",
    "I did turn it off and on again, before you ask.",
    "Should I unplug the phone?",
    "Right, it's back on, I think.",
    "Nope, it's gone again.",
    "It's freezing today, isn't it?",
    "Sorry, the dog's going mad at the door.",
    "How long does the test usually take?",
    "I'll stay on, no bother.",
    "It's not the end of the world, just annoying.",
    "My laptop says connected, no internet.",
    "Let me check my phone, hang on.",
]


HELDOUT_UPKEEP: list[Caller] = [
    Caller(
        number="+447700900511",
        names=("Helen",),
        private_to={KENNEL: ("hip replacement", "hospital")},
        calls=[
            Call(
                VET, 52, "en", "Repeat arthritis medication",
                "The user, Helen Ashworth, called about her springer spaniel Biscuit, who is stiff in his "
                "back legs and nearly out of Metacam (meloxicam). The agent explained that a check-up is "
                "needed before the prescription can be renewed and booked Biscuit in with Dr Kowalski on "
                "{+7} at 9:10 AM. Biscuit is allergic to chicken.",
                [
                    ("Good morning, Fernbank Veterinary Clinic, Zoe speaking, how can I help?",
                     "Oh hello, yes, it's Helen Ashworth, I'm, um, I'm ringing about Biscuit, my springer "
                     "spaniel."),
                    ("Hello Helen. What's going on with Biscuit?",
                     "He's been stiff in his back legs again, especially first thing, and he's nearly out of "
                     "his Metacam."),
                    ("Okay, so you'd like a repeat of the meloxicam, the Metacam?",
                     "Yes please, the liquid one. He has it on his breakfast."),
                    ("How old is Biscuit now?", "He'll be eleven in the spring. Eleven, goodness."),
                    ("And his weight, last time he was in he was nineteen kilos, is that about right?",
                     "About that, yes, he's a bit of a porker. Nineteen-ish."),
                    ("Any changes to his diet?",
                     "No, still the fish and potato food, because of the chicken. He can't have chicken at "
                     "all, he comes out in a rash."),
                    ("Noted. The vet needs to see him before she can renew the prescription, it's been six "
                     "months. Shall I book a check?",
                     "Yes, that's fine. Mornings are better for me, I don't drive after dark any more."),
                    ("I can do a week today at ten past nine with Dr Kowalski.",
                     "Lovely, a week today, ten past nine."),
                    ("Is he still microchipped with your current address on the database?",
                     "Yes, yes, that's all up to date."),
                    ("Great, see you then.", "Thank you, bye now."),
                ],
                analysis_items(
                    "Repeat Metacam for Biscuit",
                    "Check-up with Dr Kowalski before the prescription is renewed",
                    "{+7}",
                    "Dog: Biscuit, springer spaniel, nearly 11; takes Metacam (meloxicam) liquid with "
                    "breakfast; allergic to chicken; weighs about 19 kg",
                    "none",
                    first_name="Helen",
                ),
            ),
            Call(
                KENNEL, 10, "en", "Boarding for Biscuit during surgery",
                "The user, Helen Ashworth, booked boarding for her springer spaniel Biscuit for about two "
                "weeks from {+13} while she is in hospital for a hip replacement. Biscuit takes Metacam with "
                "breakfast and is allergic to chicken; she will bring his own food. Her sister Joan "
                "Whitfield will drop him off and collect him. The agent reminded her that a kennel cough "
                "vaccination is needed.",
                [
                    ("Hollybrook Kennels and Cattery, good afternoon, this is Sam.",
                     "Hello, I'd like to book my dog in for, well, it might be quite a long stay."),
                    ("No problem at all. Can I take your name?",
                     "Helen Ashworth. The dog's Biscuit, a springer."),
                    ("And how long are we looking at?",
                     "Two weeks, possibly a bit more. I'm going into hospital for a hip replacement and I "
                     "won't be able to walk him for a while afterwards."),
                    ("Oh, I'm sorry to hear that, I hope it all goes well. When would he come in?",
                     "The operation's a fortnight today, so the day before, if you can."),
                    ("We can do that. Does he have any medication?",
                     "Yes, Metacam, the liquid, with his breakfast. And no chicken, he's allergic."),
                    ("We'll keep him on his own food then, you can bring a bag in.",
                     "I'll bring a big bag of his fish one."),
                    ("Who'll bring him in and pick him up?",
                     "My sister Joan, Joan Whitfield, she'll do the drop-off and the collection. Her mobile "
                     "is oh seven seven double oh, nine hundred, five two two."),
                    ("Lovely. Is he up to date with his vaccinations?",
                     "The main ones, yes. I'm not sure about kennel cough."),
                    ("We do need kennel cough, at least a few days before he stays.",
                     "I'll ring the vet, then."),
                    ("Is there anything that helps him settle?",
                     "He likes the radio on, honestly, and he sleeps with an old blue towel. I'll put it in "
                     "with his food."),
                    ("That's lovely, we'll make sure he has it.", "Thank you so much, Sam."),
                ],
                analysis_items(
                    "Boarding booking for Biscuit",
                    "Biscuit needs a kennel cough vaccine before his stay; Joan drops him off",
                    "{+13}",
                    "Dog Biscuit (springer spaniel) takes Metacam with breakfast; allergic to chicken; "
                    "owner's sister Joan Whitfield drops off and collects, 07700 900522",
                    "health",
                    first_name="Helen",
                ),
            ),
            Call(
                KENNEL, 6, "en", "Stay dates moved",
                "The user called to change her dog Biscuit's boarding dates because her hospital operation "
                "has been put back; Biscuit will now come in on {+10} for about sixteen nights. Her "
                "neighbour Derek Lowe will drop him off and collect him instead of her sister Joan.",
                [
                    ("Hollybrook Kennels and Cattery, Sam speaking.",
                     "Hi Sam, it's Helen Ashworth again, Biscuit's mum, the springer."),
                    ("Hi Helen, how are you doing?",
                     "Oh, you know. The hospital's put my operation back three days, so I need to move "
                     "Biscuit's dates."),
                    ("Right, so he'd come in three days later than we had him?",
                     "Yes, and stay, um, let me look at the letter, about sixteen nights now."),
                    ("Okay, I've moved that over. Is Joan still dropping him off?",
                     "No, that's the other thing, Joan's gone to her daughter's in Malaga for a month, so my "
                     "neighbour Derek will do it. Derek Lowe."),
                    ("Do you have a number for Derek?",
                     "Yes, it's oh seven seven double oh, nine hundred, eight three one."),
                    ("Got it. And he'll collect at the end as well?",
                     "Yes, Derek, both ways. He finishes at four, so he'd come after half past four."),
                    ("That's fine, we're open till six for collections.", "Oh good."),
                    ("Anything else?", "No, that's it, thank you Sam."),
                ],
                {"first_name": "Helen", "pet_name": "Biscuit"},
            ),
            Call(
                VET, 3, "en", "Booster vaccination and kennel cough",
                "The user, Helen Ashworth, booked her dog Biscuit's annual booster and a kennel cough "
                "vaccination with the nurse on {+2} at 9:30 AM, as his boarding kennel requires it. She said "
                "the Metacam has helped. The clinic will print a vaccination card for the kennel.",
                [
                    ("Fernbank Veterinary Clinic, Zoe speaking.",
                     "Hello Zoe, it's Helen Ashworth, Biscuit's owner."),
                    ("Hi Helen! How's Biscuit getting on?",
                     "Much better, thank you, the Metacam's really helped. And he's lost a bit of weight, he "
                     "was eighteen and a half kilos at the check, Dr Kowalski was pleased."),
                    ("Oh, well done him. What can I do for you today?",
                     "He's due his annual booster, and he's going into kennels for a couple of weeks soon, "
                     "they want him to have the kennel cough one too."),
                    ("We can do both together. The nurse has the day after tomorrow at half past nine.",
                     "Lovely, I'll take that."),
                    ("Would you like a printed vaccination card for the kennels?",
                     "Yes please, they'll want to see it."),
                    ("No problem. See you then.", "Bye now."),
                ],
                {"first_name": "Helen", "pet_name": "Biscuit"},
            ),
        ],
        questions=[
            Question(VET, "Which medicine does Biscuit take for his joints?", ("Metacam", "meloxicam")),
            Question(VET, "Any ingredient to avoid in his dinners?", ("chicken",)),
            Question(VET, "How much does Biscuit weigh now?", ("eighteen and a half", "18.5"),
                     ("nineteen", "19 kg")),
            Question(VET, "How old is Biscuit?", ("eleven", "nearly 11")),
            Question(VET, "Any reason she can't come late in the day?", ("dark",)),
            Question(VET, "What is Biscuit's microchip number?", ()),
            Question(VET, "Is Helen going in for an operation?", ()),
            Question(VET, "Which insurer covers Biscuit?", ()),
            Question(KENNEL, "Who will collect Biscuit at the end of his stay?", ("Derek",), ("Joan",)),
            Question(KENNEL, "What helps the dog settle in?", ("radio", "blue towel")),
            Question(KENNEL, "What time can the neighbour get there?", ("half past four", "4:30")),
            Question(KENNEL, "How many nights will Biscuit stay?", ("sixteen", "16 nights"), ("two weeks",)),
            Question(KENNEL, "What is Derek's email address?", ()),
        ],
    ),
    Caller(
        number="+447700900612",
        names=("Graham",),
        calls=[
            Call(
                SOLAR, 40, "en", "Solar quote request",
                "The user, Graham Pell, asked for a quote for solar panels and a home battery for his "
                "semi-detached house in Didsbury, which has a south-west facing roof. He charges an electric "
                "car at home. The agent gave a rough estimate from satellite images and booked a free site "
                "survey for {+10} at 1 PM.",
                [
                    ("Brightwater Solar, good afternoon, you're speaking to Kelly.",
                     "Hi, yeah, I'm after a quote for solar panels. And maybe a battery, I'm not sure yet."),
                    ("Lovely. Can I take your name and the address of the property?",
                     "Graham Pell, twenty-two Kingsleigh Road, Didsbury."),
                    ("Thanks Graham. What sort of house is it?",
                     "Semi-detached, three bed. It was built in nineteen seventy-eight, if that matters."),
                    ("And which way does the main roof face?",
                     "South-west, roughly. The back gets the sun all afternoon."),
                    ("Great. Do you know roughly what you spend on electricity?",
                     "We're paying about a hundred and sixty quid a month at the minute. We've got an "
                     "electric car, it charges on the drive overnight."),
                    ("That's where a battery really helps. From the satellite images it looks like roughly "
                     "twelve panels, so somewhere around nine thousand with a battery, but the survey will "
                     "firm that up.",
                     "Okay, that's in the right ballpark."),
                    ("The survey's free. I can do ten days from today at one o'clock.",
                     "Ten days, one o'clock. Yeah, I'll be in."),
                    ("Perfect, you'll get a confirmation email.", "Cheers, Kelly."),
                ],
                analysis_items(
                    "Quote for solar panels and battery",
                    "Site survey",
                    "{+10}",
                    "Semi-detached house in Didsbury; south-west facing roof; electric car charged at home",
                    "none",
                    first_name="Graham",
                ),
            ),
            Call(
                SOLAR, 29, "en", "Site survey results and quote",
                "The user, Graham Pell, went through the site survey results with the surveyor. The roof can "
                "take fourteen panels rather than the twelve quoted, giving about 5.6 kWp, with a 5 kWh "
                "battery. The agent quoted £9,450, which the user accepted; installation is booked for "
                "{+35}, with scaffolding going up two days before.",
                long_call(
                    [
                        ("Brightwater Solar, Ryan speaking.",
                         "Hiya Ryan, it's Graham Pell, you were out at ours yesterday for the survey."),
                        ("Graham, yes, hi. Thanks for having us. Have you got ten minutes to go through what "
                         "we found?",
                         "Yeah, go on, I've got a brew, I'm all yours."),
                        ("So the good news is the roof's in decent nick, and with the layout we measured we "
                         "can actually fit fourteen panels, not the twelve we quoted.",
                         "Fourteen? Oh, brilliant, that's more than I expected."),
                        ("The south-west slope is longer than it looked on the satellite images. That's "
                         "about five point six kilowatts peak.",
                         "Right, and is that good for a house our size?"),
                        ("It's very good for a three-bed semi. The inverter would go in the loft, next to "
                         "where the cables come down. I'm just pulling up the drone photos now, the system's "
                         "a bit slow this morning.",
                         "No worries, take your time."),
                    ],
                    [
                        ("While I think of it, is there anything the lads should know for the day itself?",
                         "Oh, yes, the loft hatch. It's not on the landing, it's in the back bedroom, inside "
                         "the wardrobe, you have to take the shelf out. Everyone who's ever been up there "
                         "has moaned about it."),
                        ("Ha, good to know, I'll put that on the job sheet.",
                         "And, um, my wife works nights, so would you mind no drilling or banging before "
                         "eleven in the morning? She'll be asleep till then."),
                        ("Of course, no noisy work before eleven. And the battery, where would you like "
                         "that?",
                         "In the garage, please, not the utility room, there's no space in there with the "
                         "washer and the dryer."),
                        ("Garage it is, it's on the same wall as the consumer unit anyway.", "Perfect."),
                    ],
                    [
                        ("Right, so the quote. Fourteen panels, the inverter, the five kilowatt-hour "
                         "battery, scaffolding and the grid paperwork comes to nine thousand four hundred "
                         "and fifty pounds.",
                         "Nine four five oh. Okay. That's a bit under what I'd budgeted, to be honest."),
                        ("We'd take a ten percent deposit to book the install.", "Let's do it. Book us in."),
                        ("The first install date I've got is five weeks today. Scaffolding would go up two "
                         "days before.",
                         "Five weeks today. Fine, I'll put it on the calendar."),
                        ("I'll email the quote and the deposit link this afternoon.",
                         "Cheers, Ryan. Thanks for all your help."),
                        ("No problem, speak soon.", "Bye now."),
                    ],
                    acks=_SURVEY_ACKS,
                    talk=_SURVEY_TALK,
                ),
                analysis_items(
                    "Survey results and quote",
                    "Installation; scaffolding goes up two days earlier",
                    "{+35}",
                    "14 panels; 5 kWh battery; inverter in the loft; quote £9,450 accepted",
                    "none",
                    first_name="Graham",
                ),
            ),
            Call(
                SOLAR, 8, "en", "Battery upgrade and export tariff",
                "The user, Graham Pell, asked to upgrade from the 5 kWh battery to a 10 kWh battery. The "
                "agent said this adds £2,100, making the total £11,550, and sent a revised quote; the "
                "installation on {+14} is unchanged. The agent explained that the MCS certificate, sent "
                "after installation, is needed to apply for an export tariff.",
                [
                    ("Brightwater Solar, good morning, this is Kelly.",
                     "Morning, Graham Pell here, we're booked in for an install in a couple of weeks."),
                    ("Hi Graham, I've got your job up. What can I do for you?",
                     "I've been thinking about the battery. With the car and everything, I'd like to go "
                     "bigger. Can we do the ten kilowatt-hour one instead of the five?"),
                    ("We can. The ten kilowatt-hour battery adds two thousand one hundred pounds, so your "
                     "new total would be eleven thousand five hundred and fifty.",
                     "Eleven five five oh. Yeah, okay, go on then, do it."),
                    ("I'll send a revised quote. The install date stays the same.",
                     "Great. Another thing, how do I get paid for what I send back to the grid?"),
                    ("You choose an export tariff with your energy supplier. We send you the MCS certificate "
                     "after the install, and you'll need that to apply.",
                     "So the certificate comes from you. Right."),
                    ("Exactly. Anything else?", "No, that's all. Thanks, Kelly."),
                ],
                {"first_name": "Graham"},
            ),
        ],
        questions=[
            Question(SOLAR, "How many panels will go on the roof?", ("fourteen", "14 panels"),
                     ("twelve", "12 panels")),
            Question(SOLAR, "What size battery is he getting?", ("10 kWh", "ten kilowatt"),
                     ("5 kWh", "five kilowatt")),
            Question(SOLAR, "What's the total price now?",
                     ("11,550", "eleven thousand five hundred and fifty", "eleven five five"),
                     ("9,450", "nine thousand four hundred and fifty")),
            Question(SOLAR, "Where is the loft hatch?", ("wardrobe",)),
            Question(SOLAR, "What time can the installers start making noise?",
                     ("before eleven", "11 AM", "11am")),
            Question(SOLAR, "Where should the battery be put?", ("garage",)),
            Question(SOLAR, "How much does he spend on power each month?", ("hundred and sixty", "160")),
            Question(SOLAR, "When was the house built?", ("1978", "seventy-eight")),
            Question(SOLAR, "Which street does Graham live on?", ("Kingsleigh",)),
            Question(SOLAR, "What is the serial number of his inverter?", ()),
            Question(SOLAR, "What model is his electric car?", ()),
            Question(SOLAR, "What is his wife's name?", ()),
        ],
    ),
    Caller(
        number="+447700900733",
        names=("Bernadette",),
        calls=[
            Call(
                HEATING, 75, "en", "Annual boiler service booked",
                "The user, Bernadette Okafor, booked an annual service for her Worcester Bosch boiler on "
                "{+12}. She will be at work, so the engineer can let himself in with the key from the key "
                "safe by the back door.",
                [
                    ("Warmfield Heating, good morning, Marcus speaking.",
                     "Hi, morning, I'd like to book a boiler service, please. Bernadette Okafor."),
                    ("Of course. What boiler have you got?",
                     "It's a Worcester Bosch, the Greenstar one. It was put in back in twenty fourteen, when "
                     "we moved in."),
                    ("That's a good boiler. Do you have the serial number handy? It's on a sticker "
                     "underneath.",
                     "Not to hand, sorry, I'll have a look before the visit."),
                    ("No problem. I can do twelve days from today, any time between eight and five.",
                     "That's fine, but I'll be at work all day."),
                    ("That's okay, is there a way for the engineer to get in?",
                     "There's a key safe by the back door, the code is 3851. Just put the key back after."),
                    ("Perfect, I'll note that. Anything else we should know?",
                     "Just keep the kitchen door shut, please. Pudding, that's the cat, she gets out and "
                     "she's a nightmare to catch."),
                    ("Will do. You'll get a text the day before.", "Brilliant, thank you."),
                ],
                {"first_name": "Bernadette"},
            ),
            Call(
                HEATING, 40, "en", "No heating or hot water",
                "The user, Bernadette Okafor, reported no heating or hot water; the boiler was showing a low "
                "pressure fault. The agent talked her through re-pressurising it, which did not hold, and "
                "booked an engineer for {+1} between 8 AM and 12 PM. A faulty pressure relief valve is "
                "suspected.",
                long_call(
                    [
                        ("Warmfield Heating, you're through to Marcus.",
                         "Oh thank God, hello. I've got no heating and no hot water, and it's freezing in "
                         "here."),
                        ("Sorry to hear that. Can I take your name and postcode?",
                         "Bernadette Okafor, M, nineteen, four, R, Q."),
                        ("So M19 4RQ. Thanks, Bernadette. I can see we serviced your Worcester Bosch about "
                         "three weeks ago. What's it doing?",
                         "There's a light flashing and something on the screen, E, one, one, nine. And the "
                         "heating's stone cold."),
                        ("E119 is low water pressure. Can you see the pressure gauge, the little dial on the "
                         "front?",
                         "Hang on, let me get my glasses."),
                    ],
                    [
                        ("What's the needle pointing at?", "It's right down, it says nought point five, just "
                         "about."),
                        ("Okay. Before we top it up, do you know where your stopcock is, in case we need to "
                         "turn the water off?",
                         "It's under the stairs, behind the hoover and about ten pairs of shoes."),
                        ("Good. Has the pressure dropped like this before?",
                         "Not like this. Though the radiator in the back bedroom never gets properly hot, "
                         "it's always been lukewarm at best."),
                        ("That one might need bleeding, we can look at it on the visit.",
                         "That would be great."),
                    ],
                    [
                        ("It went up while you had the filling loop open, but it's dropping again, so I "
                         "think it's the pressure relief valve. I'll get an engineer out to you.",
                         "Yes please, as soon as you can."),
                        ("Tomorrow morning, between eight and twelve.",
                         "Tomorrow, eight till twelve. I'll work from home."),
                        ("Great. Keep a fan heater going in the meantime if you have one.",
                         "Will do. Thanks Marcus, you've been very patient with me."),
                        ("No problem at all. Bye now.", "Bye."),
                    ],
                    acks=_BOILER_ACKS,
                    talk=_BOILER_TALK,
                    start=3,
                ),
                analysis_items(
                    "No heating or hot water",
                    "Engineer visit to check the pressure relief valve",
                    "{+1}",
                    "Worcester Bosch boiler; back bedroom radiator is always lukewarm",
                    "none",
                    first_name="Bernadette",
                ),
            ),
            Call(
                HEATING, 7, "en", "Service plan sign-up",
                "The user, Bernadette Okafor, signed up to the annual service plan at £14.50 a month by "
                "direct debit, starting next month. She said the key safe has moved from the back door to "
                "the side of the garage, with the same code, and asked to be called on her mobile.",
                [
                    ("Warmfield Heating, Marcus speaking.",
                     "Hi Marcus, it's Bernadette Okafor. Your engineer sorted my valve, thank you. I'd like "
                     "to go on that service plan he mentioned."),
                    ("Great. That's fourteen pounds fifty a month by direct debit, and it covers the annual "
                     "service and breakdowns.",
                     "Fourteen fifty, yes, let's do that. I'll give you my bank details."),
                    ("Lovely, that's all set up from next month. Anything else?",
                     "Yes, two things. We've had the key safe moved, it's on the side of the garage now, not "
                     "the back door. Same code as before."),
                    ("Got it, side of the garage. And the second thing?",
                     "Please ring my mobile, not the landline. The landline's dead half the time."),
                    ("I'll put a note on your account.", "Thanks, Marcus."),
                ],
                analysis_items(
                    "Service plan sign-up",
                    "",
                    "",
                    "Worcester Bosch boiler fitted 2014; key safe now on the side of the garage; call her "
                    "mobile, not the landline",
                    "none",
                    first_name="Bernadette",
                    plan="annual service plan",
                ),
            ),
        ],
        questions=[
            Question(HEATING, "What make of boiler does she have?", ("Worcester",)),
            Question(HEATING, "When was her boiler fitted?", ("2014", "twenty fourteen")),
            Question(HEATING, "Where is the key safe now?", ("garage",), ("back door",)),
            Question(HEATING, "Where is the stopcock?", ("under the stairs",)),
            Question(HEATING, "Which radiator never warms up properly?", ("back bedroom",)),
            Question(HEATING, "What pressure was the boiler showing?", ("0.5", "nought point five")),
            Question(HEATING, "How much is her monthly plan?", ("14.50", "fourteen fifty")),
            Question(HEATING, "Is there an animal at home that mustn't escape?", ("Pudding", "the cat")),
            Question(HEATING, "What is her postcode?", ("M19 4RQ",)),
            Question(HEATING, "What is the boiler's serial number?", ()),
            Question(HEATING, "What is her landline number?", ()),
            Question(HEATING, "What time does she finish work?", ()),
        ],
    ),
    Caller(
        number="+447700900844",
        names=("Tom",),
        private_to={BROADBAND: ("redundan", "arrears", "universal credit", "social tariff")},
        calls=[
            Call(
                WINDOWS, 60, "en", "New window cleaning customer",
                "The user, Tom Reilly, who has just moved to 9 Ashgrove Terrace, signed up for a window "
                "clean every four weeks at £18, front and back, plus a conservatory roof clean at £25. "
                "Access to the back is through the side gate, gate code 7402. He will pay by bank transfer "
                "after each clean. The first clean is on {+5}.",
                [
                    ("Crystal Clear Windows, hiya, it's Dean.",
                     "Oh hi, yeah, I'm after a window cleaner. Tom Reilly, I've just moved into number nine "
                     "Ashgrove Terrace."),
                    ("Welcome to the area! Front and back?",
                     "Front and back, and there's a conservatory on the back as well, the roof's filthy."),
                    ("We do a regular clean every four weeks, that's eighteen pound for a three-bed terrace, "
                     "front and back. The conservatory roof's a separate job, twenty-five, we'd suggest "
                     "twice a year.",
                     "Every four weeks is fine. Let's do the conservatory roof as well, first time round."),
                    ("How do we get round the back?",
                     "There's a side gate with a keypad. The gate code is 7402."),
                    ("Perfect. And paying, most people do a bank transfer after each clean.",
                     "Bank transfer's fine. What reference?"),
                    ("Just your house number and street, nine Ashgrove.", "Nine Ashgrove. Got it."),
                    ("First clean's five days from today, then.", "Great, cheers Dean."),
                ],
                {"first_name": "Tom"},
            ),
            Call(
                BROADBAND, 45, "en", "Broadband dropping out every evening",
                "The user reported his broadband dropping out every evening. The agent ran a line test while "
                "he restarted his router and found noise on the line outside the property. An Openreach "
                "engineer is booked for {+4} between 8 AM and 1 PM; a £65 charge applies if the fault turns "
                "out to be inside the property.",
                long_call(
                    [
                        ("Thanks for calling Lumen Broadband support, my name's Aisha. Can I take your "
                         "account number?",
                         "Yeah, hi, it's L B, four four seven one, nine oh two."),
                        ("Thanks, LB-4471-902. And for security, can you confirm the email address on the "
                         "account?",
                         "Tom dot Reilly at fastmail dot co dot uk."),
                        ("That's tom.reilly@fastmail.co.uk, lovely. Thanks, Tom. What's been happening?",
                         "The internet keeps dropping out, every evening, like clockwork. Daytime it's fine, "
                         "then about seven o'clock it just dies."),
                        ("That's frustrating. Which router have you got, is it the Lumen Hub 3, the white "
                         "one?",
                         "Yeah, the Hub 3."),
                        ("Okay, I'm going to run a line test from here, and could you restart the router "
                         "while it runs? It takes a few minutes.",
                         "Go on then."),
                    ],
                    [
                        ("While that's running, where is the router in the house?",
                         "It's on the windowsill in the front room, behind the telly."),
                        ("Behind the TV can cause interference. Is that where the phone line comes in?",
                         "No, the master socket's in the hallway, by the front door, there's an extension "
                         "cable running round the skirting."),
                        ("Ah, okay. Who's using the connection in the evenings?",
                         "Mainly my daughter, Niamh. She's got her online classes for her college course at "
                         "night, so it's a nightmare when it drops."),
                        ("Understood, we'll treat it as a priority then.", "Believe me, it is."),
                    ],
                    [
                        ("The line test is back. There's noise on the line outside your property, so I'm "
                         "booking an Openreach engineer. The earliest is four days from today, between eight "
                         "and one.",
                         "Four days. Fine, someone'll be in."),
                        ("If the fault turns out to be inside the house there's a sixty-five pound charge, "
                         "but from this test it looks external.",
                         "Fair enough, as long as it's fixed."),
                        ("You'll get a text the day before. Anything else?", "No, that's it. Cheers, Aisha."),
                        ("Thanks for bearing with me, Tom. Bye.", "Bye."),
                    ],
                    acks=_LINE_ACKS,
                    talk=_LINE_TALK,
                    start=5,
                    total=86,
                ),
                {"first_name": "Tom", "account_number": "LB-4471-902"},
            ),
            Call(
                BROADBAND, 22, "en", "Bill query",
                "The user said he was made redundant last month and cannot pay this month's £86 bill, which "
                "has gone into arrears. As he now receives Universal Credit, the agent moved him to the "
                "social tariff at £20 a month from the next bill and split the arrears into two payments of "
                "£43 over the next two bills.",
                [
                    ("Lumen Broadband, this is Craig. How can I help?",
                     "Hi, um, it's Tom Reilly. This is a bit awkward, actually. It's about my bill."),
                    ("No problem at all, Tom, that's what we're here for. Can you confirm your account "
                     "number?",
                     "L B four four seven one nine oh two."),
                    ("Thanks. What's going on?",
                     "I was made redundant last month, and I can't pay this month's bill, the eighty-six "
                     "pounds. It's gone into arrears, I got a letter."),
                    ("I'm really sorry to hear that. We can help. Are you getting any benefits at the "
                     "moment?",
                     "I've just started getting Universal Credit, yeah."),
                    ("Then you qualify for our social tariff. That's twenty pounds a month for the same "
                     "package, from your next bill.",
                     "Twenty? Really? That would make a massive difference."),
                    ("And for the arrears, I can split the eighty-six pounds into two payments of "
                     "forty-three, added to your next two bills.",
                     "Yes, please, do that. Thank you. I've been dreading ringing you."),
                    ("It's done. You won't get any more letters about it.", "Honestly, thank you, Craig."),
                ],
                {"first_name": "Tom", "account_number": "LB-4471-902"},
            ),
            Call(
                WINDOWS, 12, "en", "Missed back windows",
                "The user reported that the back windows were missed on the last visit, possibly because the "
                "cleaner could not get through the side gate. The agent arranged a return visit on {+3} to "
                "clean the back windows and the conservatory roof, including moss along the gutter edge. The "
                "cleaning frequency was changed from every four weeks to every six weeks.",
                [
                    ("Crystal Clear Windows, Dean speaking.", "Hi Dean, Tom Reilly, nine Ashgrove."),
                    ("Hi Tom, what can I do for you?",
                     "Your lad came the other day, did the front lovely, but the back windows weren't done "
                     "at all. I think he couldn't get through the gate."),
                    ("Oh, I'm sorry about that. He might have had the wrong code. I'll get him back out to "
                     "do the back.",
                     "That'd be great. And while he's here, can he do the conservatory roof? There's moss "
                     "building up along the gutter edge now."),
                    ("Yeah, he can do the roof and clear the moss. Three days from today alright?",
                     "Perfect. Oh, and can we change to every six weeks? The front doesn't get that dirty, "
                     "to be honest."),
                    ("No problem, every six weeks from now on.", "Brilliant. Cheers."),
                ],
                analysis_items(
                    "Missed back windows",
                    "Return visit for the back windows and conservatory roof",
                    "{+3}",
                    "9 Ashgrove Terrace; clean every six weeks; conservatory roof",
                    "none",
                    first_name="Tom",
                ),
            ),
            Call(
                BROADBAND, 2, "en", "Fault fixed and email change",
                "The user confirmed his broadband has been stable since the engineer replaced a corroded "
                "cable in the street cabinet. The agent closed the fault ticket and updated his billing "
                "email to t.reilly84@outlook.com.",
                [
                    ("Lumen Broadband, this is Aisha.",
                     "Oh hi, Aisha, it's Tom Reilly, I spoke to you a while back about my connection "
                     "dropping."),
                    ("Hi Tom! How is it now?",
                     "Perfect since the engineer came. He said a cable in the street cabinet was corroded "
                     "and he replaced it."),
                    ("Great, I'll close the fault ticket then. Anything else?",
                     "Yeah, can you change my email for the bills? I don't use the fastmail one any more. "
                     "It's t dot reilly eighty-four at outlook dot com."),
                    ("So that's t.reilly84@outlook.com?", "That's it."),
                    ("Updated. Your next bill will go there.", "Cheers, that's everything."),
                ],
                analysis_items(
                    "Fault resolved; email change",
                    "",
                    "",
                    "Billing email t.reilly84@outlook.com; router Lumen Hub 3",
                    "none",
                    first_name="Tom",
                    account_number="LB-4471-902",
                ),
            ),
        ],
        questions=[
            Question(WINDOWS, "How often are the windows cleaned?", ("six weeks",), ("four weeks",)),
            Question(WINDOWS, "When did he last call about the conservatory roof?", ("moss",)),
            Question(WINDOWS, "How much is a regular clean?", ("£18", "eighteen pound")),
            Question(WINDOWS, "How does he settle up?", ("bank transfer",)),
            Question(WINDOWS, "What colour is his front door?", ()),
            Question(WINDOWS, "Has he lost his job?", ()),
            Question(BROADBAND, "What router does he have?", ("Hub 3",)),
            Question(BROADBAND, "Where does the router sit?", ("windowsill", "behind the telly")),
            Question(BROADBAND, "Where is the master socket?", ("hallway",)),
            Question(BROADBAND, "Who studies online in the evenings?", ("Niamh",)),
            Question(BROADBAND, "What is his account number?", ("LB-4471-902", "four four seven one")),
            Question(BROADBAND, "Which email should bills go to?", ("t.reilly84@outlook.com",),
                     ("fastmail",)),
            Question(BROADBAND, "How much is his monthly bill now?", ("£20", "twenty pounds"),
                     ("£86", "eighty-six")),
            Question(BROADBAND, "What speed package is Tom on?", ()),
            Question(BROADBAND, "What is the reference number of his engineer visit?", ()),
        ],
    ),
    Caller(
        number="+34612345678",
        names=("Lucía",),
        calls=[
            Call(
                CLEANERS, 35, "es", "Bridesmaid dress alterations",
                "The user, Lucía Fernández, asked about altering a bridesmaid dress for her sister's wedding "
                "on {+38}: the hem needs taking up about 4 cm and the straps taking in. The agent booked a "
                "fitting for {+7} at 11 AM, and she will bring the shoes she will wear.",
                [
                    ("Tintorería y Arreglos Kingsway, buenos días, ¿en qué puedo ayudarle?",
                     "Hola, buenos días. Eh, quería saber si hacen arreglos de vestidos, es un vestido de "
                     "dama de honor."),
                    ("Sí, claro. ¿Qué necesita que le hagamos?",
                     "Pues hay que subir el bajo, unos cuatro centímetros, y meter un poco los tirantes, que "
                     "me quedan grandes."),
                    ("Perfecto. ¿De qué tela es el vestido?",
                     "Es de gasa, gasa con forro de satén. De color verde salvia."),
                    ("¿Y para cuándo lo necesita?",
                     "La boda es dentro de cinco semanas y pico, es la boda de mi hermana Carmen."),
                    ("Vale, tenemos tiempo. Necesitaremos una prueba. ¿Me dice su nombre?",
                     "Lucía Fernández."),
                    ("¿Y un teléfono de contacto?", "Este mismo desde el que llamo, es mi móvil español."),
                    ("Puede venir a la prueba dentro de una semana, a las once.",
                     "Dentro de una semana a las once, perfecto. Ah, y llevaré los zapatos que me voy a "
                     "poner, tienen un tacón de siete centímetros."),
                    ("Muy bien, así ajustamos el largo con los zapatos puestos.", "Genial. Gracias."),
                ],
                analysis_items(
                    "Bridesmaid dress alterations",
                    "Fitting appointment",
                    "{+7}",
                    "Bridesmaid dress, chiffon with satin lining; hem up 4 cm; straps taken in",
                    "none",
                    first_name="Lucía",
                ),
            ),
            Call(
                CLEANERS, 27, "es", "Cambio del arreglo y blusa manchada",
                "La usuaria llamó después de la prueba para cambiar el arreglo del vestido de dama de honor: "
                "el bajo se subirá tres centímetros en lugar de cuatro. También llevará una blusa de seda "
                "con una mancha de vino tinto para limpiar. El vestido estará listo el {+21} y el arreglo "
                "cuesta 48 libras.",
                [
                    ("Tintorería y Arreglos Kingsway, buenas tardes.",
                     "Hola, soy Lucía Fernández, ayer vine a la prueba del vestido de dama de honor."),
                    ("Sí, ¿qué tal le quedó?",
                     "Muy bien, pero con los zapatos puestos creo que mejor subir el bajo solo tres "
                     "centímetros, no cuatro. Si no, queda demasiado corto."),
                    ("De acuerdo, tres centímetros entonces. Lo apunto.",
                     "Gracias. Y otra cosa, tengo una blusa de seda con una mancha de vino tinto, ¿la pueden "
                     "limpiar?"),
                    ("Sí, tráigala, hacemos lo posible con el vino en la seda.", "Vale, la llevo mañana."),
                    ("El vestido estará listo dentro de tres semanas. El arreglo son cuarenta y ocho libras.",
                     "Perfecto, cuarenta y ocho."),
                ],
                {"first_name": "Lucía"},
            ),
            Call(
                CLEANERS, 6, "es", "Blouse stain and collection",
                "The user called about ticket A-2317, her silk blouse. A faint wine stain remains, so the "
                "shop will treat it again at no charge. Her bridesmaid dress is ready, and she will collect "
                "both on {+2} after 6 PM.",
                [
                    ("Tintorería y Arreglos Kingsway, buenos días.",
                     "Hola, buenos días, llamo por el tique A dos tres uno siete, la blusa de seda."),
                    ("Un momento... sí, A-2317. La blusa está limpia, pero la mancha no ha salido del todo, "
                     "queda una sombra.",
                     "Vaya. ¿Se puede hacer algo más?"),
                    ("La volvemos a tratar sin coste. Y su vestido ya está listo.",
                     "Ah, perfecto. Entonces recojo las dos cosas juntas pasado mañana, pero tendrá que ser "
                     "después de las seis de la tarde, que salgo tarde del trabajo."),
                    ("Cerramos a las siete, así que sin problema.", "Genial, muchas gracias."),
                ],
                analysis_items(
                    "Blouse stain and collection",
                    "Collect blouse and dress",
                    "{+2}",
                    "Ticket A-2317",
                    "none",
                    first_name="Lucía",
                ),
            ),
        ],
        questions=[
            Question(CLEANERS, "How much will the hem be taken up?",
                     ("3 cm", "tres centímetros", "three centimet"),
                     ("4 cm", "cuatro centímetros", "four centimet")),
            Question(CLEANERS, "What colour is the bridesmaid dress?", ("verde salvia", "sage")),
            Question(CLEANERS, "What fabric is the blouse?", ("seda", "silk")),
            Question(CLEANERS, "What was spilled on her blouse?", ("vino", "wine")),
            Question(CLEANERS, "Whose wedding is it?", ("Carmen", "hermana", "sister")),
            Question(CLEANERS, "What's her ticket number?", ("A-2317",)),
            Question(CLEANERS, "What time will she come to collect?", ("6 PM", "las seis")),
            Question(CLEANERS, "How tall are her heels?", ("siete centímetros", "7 cm", "seven centimet")),
            Question(CLEANERS, "How much does the alteration cost?", ("48 libras", "£48", "cuarenta y ocho")),
            Question(CLEANERS, "What is her email address?", ()),
            Question(CLEANERS, "What size is the bridesmaid dress?", ()),
        ],
    ),
    Caller(
        number="+33612987654",
        names=("Antoine",),
        calls=[
            Call(
                WATCH, 58, "fr", "Omega Seamaster service quote",
                "The user, Antoine Lefèvre, asked about servicing his late grandfather's 1962 Omega "
                "Seamaster, which has stopped and has condensation under the crystal. The agent estimated "
                "£280 for a full service, taking about six weeks. He will bring it in on {+3}.",
                [
                    ("Hartley and Sons, clock and watch repairs, how can I help?",
                     "Bonjour, euh… vous parlez français ?"),
                    ("Oui, bien sûr, je peux continuer en français. Que puis-je faire pour vous ?",
                     "Ah, super. Alors, j'ai une montre Omega Seamaster, elle était à mon grand-père, elle "
                     "date de 1962. Elle s'est arrêtée et il y a de la buée sous le verre."),
                    ("De la buée, ça veut dire que l'humidité est entrée. Il faudra une révision complète. "
                     "Votre nom, s'il vous plaît ?",
                     "Antoine Lefèvre."),
                    ("Il y a une gravure au dos ?",
                     "Oui, au dos c'est gravé « Pour Henri, 1962 ». Henri, c'était mon grand-père."),
                    ("Pour une révision complète, comptez environ deux cent quatre-vingts livres, et à peu "
                     "près six semaines.",
                     "D'accord. Par contre, ne changez surtout pas le cadran, même s'il est un peu abîmé. Je "
                     "veux garder l'original."),
                    ("Entendu, on garde le cadran d'origine. Vous pouvez nous l'apporter quand ?",
                     "Dans trois jours, je passerai en fin de matinée."),
                    ("Parfait. Avez-vous le numéro de série ?",
                     "Non, il est presque effacé, je n'arrive pas à le lire."),
                    ("Pas de souci, on le retrouvera. À dans trois jours.", "Merci, au revoir."),
                ],
                analysis_items(
                    "Omega Seamaster service",
                    "Antoine to bring the watch in",
                    "{+3}",
                    "1962 Omega Seamaster, his grandfather's watch; keep the original dial",
                    "none",
                    first_name="Antoine",
                ),
            ),
            Call(
                WATCH, 30, "fr", "Devis révisé pour l'Omega",
                "L'utilisateur a appelé pour suivre la réparation de sa montre Omega. L'horloger a trouvé de "
                "la rouille sur le mécanisme et la couronne doit être remplacée ; le devis passe de 280 à "
                "365 livres, ce que l'utilisateur a accepté. Il apportera aussi une pendule de cheminée au "
                "tic-tac irrégulier.",
                [
                    ("Hartley and Sons, bonjour, que puis-je faire pour vous ?",
                     "Bonjour, c'est Antoine Lefèvre, je voulais savoir où en est ma montre Omega."),
                    ("Oui, monsieur Lefèvre. L'horloger l'a ouverte : il y a de la rouille sur le mécanisme, "
                     "et la couronne doit être remplacée.",
                     "Ah, mince. Et ça change le prix ?"),
                    ("Oui, le devis passe à trois cent soixante-cinq livres au lieu de deux cent "
                     "quatre-vingts.",
                     "Trois cent soixante-cinq... Bon, d'accord, allez-y. C'est une montre de famille."),
                    ("Très bien, je note votre accord. Elle sera prête dans environ quatre semaines.",
                     "Merci. Ah, et j'ai aussi une pendule, une pendule de cheminée, qui fait un tic-tac "
                     "irrégulier. Vous réparez ça aussi ?"),
                    ("Oui, bien sûr. Apportez-la quand vous viendrez chercher la montre.",
                     "Parfait, merci beaucoup."),
                ],
                {"first_name": "Antoine"},
            ),
            Call(
                WATCH, 4, "fr", "Watch ready and new strap",
                "The user, Antoine Lefèvre, called about his Omega. The agent said the service is finished "
                "and the watch is ready; a new brown leather strap will be fitted at his request. He will "
                "collect the watch on {+5}, bring in his mantel clock at the same time, and pay by card.",
                [
                    ("Hartley and Sons, how can I help?",
                     "Bonjour, c'est encore Antoine Lefèvre, pour l'Omega."),
                    ("Ah, bonjour monsieur Lefèvre ! Bonne nouvelle, la révision est terminée, elle est "
                     "prête.",
                     "Génial ! Est-ce que je peux aussi avoir un nouveau bracelet ? En cuir marron, vingt "
                     "millimètres."),
                    ("Bien sûr, on vous le pose avant que vous passiez.",
                     "Je viendrai dans cinq jours, et j'apporterai la pendule en même temps."),
                    ("Très bien. Vous réglerez par carte ?", "Oui, par carte."),
                    ("Parfait, à bientôt.", "Merci, à bientôt."),
                ],
                analysis_items(
                    "Omega ready; new strap",
                    "Collect the watch and drop off the mantel clock",
                    "{+5}",
                    "Omega Seamaster; brown leather strap, 20 mm; pays by card",
                    "none",
                    first_name="Antoine",
                ),
            ),
        ],
        questions=[
            Question(WATCH, "How much is the watch service going to cost?",
                     ("365", "trois cent soixante-cinq"), ("280", "deux cent quatre-vingts")),
            Question(WATCH, "When was the watch made?", ("1962", "soixante-deux")),
            Question(WATCH, "What is engraved on the back of the watch?", ("Henri",)),
            Question(WATCH, "Does he want the dial replaced?", ("cadran", "dial")),
            Question(WATCH, "Which component needs swapping?", ("couronne", "crown")),
            Question(WATCH, "What colour strap does he want?", ("marron", "brown")),
            Question(WATCH, "What other timepiece is he bringing?", ("pendule", "mantel")),
            Question(WATCH, "What is the watch's serial number?", ()),
            Question(WATCH, "What is his home address?", ()),
        ],
    ),
    Caller(
        number="+447700900955",
        names=("Priya",),
        calls=[
            Call(
                KENNEL, 44, "en", "Cattery booking for Mango and Pickle",
                "The user, Priya Raman, booked a shared cattery pen for her cats Mango and Pickle for ten "
                "nights from {+50} while she is abroad. Pickle is diabetic and needs insulin twice a day, "
                "which the staff can give. She will email the vet details and bring the vaccination cards.",
                [
                    ("Hollybrook Kennels and Cattery, Sam speaking.",
                     "Hi, I'd like to book my two cats into the cattery, please."),
                    ("Of course. Can I take your name, and theirs?",
                     "I'm Priya Raman, and the cats are Mango and Pickle."),
                    ("Lovely names. Tell me about them.",
                     "Mango's the ginger one, he's six, a big softie. Pickle's a tabby, she's twelve, and "
                     "she's diabetic."),
                    ("Okay, is she on insulin?",
                     "Yes, two units, injected at eight in the morning and eight at night, with food. Can "
                     "your staff do that?"),
                    ("Yes, our senior staff are trained for insulin. Would they share a pen?",
                     "Yes please, they sleep curled up together."),
                    ("And how long is the stay?",
                     "Ten nights. I'm flying to Chennai for my cousin's wedding. It starts seven weeks "
                     "tomorrow."),
                    ("Great, I've pencilled that in. Which vet are they registered with?",
                     "Oh, um, the one on the high street, I can never remember the name. I'll email you the "
                     "details."),
                    ("And we'll need their vaccination cards at drop-off.", "No problem, I'll bring them."),
                ],
                {"first_name": "Priya"},
            ),
            Call(
                KENNEL, 15, "en", "Cattery stay extended",
                "The user extended her cats' cattery stay from ten to fourteen nights, still starting on "
                "{+9}. Pickle's insulin dose has gone up to three units, and her friend Anjali Shah is the "
                "emergency contact while she is away.",
                [
                    ("Hollybrook Kennels and Cattery, good morning.", "Morning, it's Priya Raman, Mango and "
                     "Pickle's mum."),
                    ("Hi Priya, what can I do for you?",
                     "Can I make their stay longer? Fourteen nights instead of ten, same start date. The "
                     "wedding's turned into a whole tour of the family."),
                    ("Let me look... yes, fourteen nights is fine.",
                     "Amazing. And Pickle's insulin has gone up, the vet's put her on three units now, "
                     "morning and night, same times."),
                    ("Noted, three units. Anything else?",
                     "An emergency contact. While I'm away it's my friend Anjali Shah, her number is oh "
                     "seven seven double oh, nine hundred, three four one."),
                    ("Got that. See you on the day.", "Thanks so much."),
                ],
                analysis_items(
                    "Extending cattery stay",
                    "Mango and Pickle check in",
                    "{+9}",
                    "Cats Mango and Pickle; Pickle is diabetic, insulin twice daily; emergency contact "
                    "Anjali Shah, 07700 900341",
                    "none",
                    first_name="Priya",
                ),
            ),
        ],
        questions=[
            Question(KENNEL, "How many nights are the cats staying?", ("fourteen nights", "14 nights"),
                     ("ten nights", "10 nights")),
            Question(KENNEL, "How much insulin does Pickle get?", ("three units", "3 units"),
                     ("two units", "2 units")),
            Question(KENNEL, "What time does Pickle have her injections?",
                     ("eight in the morning", "8 AM", "8am")),
            Question(KENNEL, "Who do we phone if there's trouble during her trip?", ("Anjali",)),
            Question(KENNEL, "Where is Priya travelling to?", ("Chennai",)),
            Question(KENNEL, "What colour is the younger cat?", ("ginger",)),
            Question(KENNEL, "Which vet practice are the cats registered with?", ()),
            Question(KENNEL, "What is her flight number?", ()),
        ],
    ),
    Caller(
        number="+447700900166",
        names=("Margaret",),
        calls=[
            Call(
                HEATING, 19, "en", "Radiators cold at the top",
                "The user, Margaret Doyle, asked for her radiators to be bled as they are cold at the top, "
                "and for help with her Hive thermostat. An engineer will visit on {+6} in the afternoon; her "
                "son-in-law Keith will let them in.",
                [
                    ("Warmfield Heating, Marcus speaking.",
                     "Hello dear, it's Mrs Doyle, Margaret Doyle. I wonder if you can help me, my radiators "
                     "have gone all cold at the top."),
                    ("That sounds like they need bleeding. Would you be able to do it yourself?",
                     "Oh no, I can't get down to the floor these days, not with my knees."),
                    ("No problem, we'll send someone. Anything else while they're there?",
                     "Could they look at the thermostat? It's one of those Hive things my grandson put in "
                     "and I can't make head nor tail of it."),
                    ("Of course. We have six days from today, in the afternoon.",
                     "That's fine. My son-in-law Keith will be here to let them in, I don't always hear the "
                     "door."),
                    ("Lovely. Is there a number for Keith?", "Oh, he'll be here, just ring mine."),
                    ("Right you are. See you then.", "Thank you, dear."),
                ],
                {"first_name": "Margaret"},
            ),
            Call(
                WATCH, 11, "en", "Grandmother clock stopped chiming",
                "The user, Margaret Doyle, said her grandmother clock, which belonged to her mother, has "
                "stopped chiming since she moved. The agent will visit on {+8} in the morning; there is a "
                "£75 call-out fee, taken off the repair if she goes ahead.",
                [
                    ("Hartley and Sons, clock and watch repairs, Martin speaking.",
                     "Hello, it's Margaret Doyle. I've a grandmother clock that's stopped chiming since I "
                     "moved into my flat."),
                    ("Ah, moving can upset them. Is it still ticking?",
                     "It ticks and keeps time, but it won't strike the hours any more. It was my mother's."),
                    ("Do you know who made it?",
                     "The dial says Thomas Pace, Bristol. It's very old, eighteen-nineties, I think."),
                    ("For a longcase I'd come to you, they don't travel well. There's a call-out fee of "
                     "seventy-five pounds, which comes off the repair if you go ahead.",
                     "That's fine."),
                    ("I can come eight days from today, in the morning.",
                     "Mornings are good. It's flat three, Holloway Court. The buzzer's broken, so ring my "
                     "phone when you're outside."),
                    ("Will do. See you then.", "Thank you, dear."),
                ],
                analysis_items(
                    "Grandmother clock stopped chiming",
                    "Home visit to repair the clock",
                    "{+8}",
                    "Clock by Thomas Pace, Bristol, 1890s, was her mother's; Flat 3, Holloway Court; buzzer "
                    "broken, phone on arrival",
                    "none",
                    first_name="Margaret",
                ),
            ),
        ],
        questions=[
            Question(HEATING, "Who is opening up for our staff?", ("Keith",)),
            Question(HEATING, "Which smart control is on her wall?", ("Hive",)),
            Question(HEATING, "How old is her boiler?", ()),
            Question(HEATING, "What is Keith's phone number?", ()),
            Question(WATCH, "Whose name is on the clock's dial?", ("Thomas Pace",)),
            Question(WATCH, "What do we charge just for turning up?", ("£75", "seventy-five")),
            Question(WATCH, "Which sound has the heirloom lost?", ("chiming", "strike")),
            Question(WATCH, "How should the clockmaker let her know he's outside?",
                     ("buzzer", "ring my phone")),
            Question(WATCH, "How tall is the clock?", ()),
        ],
    ),
    Caller(
        number="+447700900277",
        names=("Dev",),
        calls=[
            Call(
                VET, 26, "en", "New puppy registration",
                "The user, Dev Malhotra, registered his new ten-week-old cockapoo puppy, Pepper. She is "
                "microchipped and insured. The agent booked her second vaccination for {+4} at 5:45 PM; he "
                "prefers evening appointments after 5:30.",
                [
                    ("Fernbank Veterinary Clinic, Zoe speaking.",
                     "Hi, I've just got a puppy and I'd like to register her. Dev Malhotra."),
                    ("Congratulations! What's her name and breed?",
                     "Pepper. She's a cockapoo, ten weeks old."),
                    ("Lovely. Has she had her first vaccination?",
                     "The breeder did the first one, I think she needs the second."),
                    ("Yes, the second one. Do you have her microchip number?",
                     "Yeah, it's on the paperwork... nine eight five, one one two, zero zero four, five six "
                     "three, two two one."),
                    ("That's 985 112 004 563 221?", "That's it."),
                    ("Is she insured?", "Yes, with ManyPets, I sorted it the day we got her."),
                    ("And what times suit you for appointments?",
                     "Evenings really, after half five, I'm working till then."),
                    ("I can do four days from today at quarter to six. We'll weigh her then too.",
                     "Perfect, see you then."),
                ],
                analysis_items(
                    "New puppy registration",
                    "Second vaccination for Pepper",
                    "{+4}",
                    "Puppy Pepper, cockapoo, 10 weeks; insured with ManyPets; prefers evenings after 5:30",
                    "none",
                    first_name="Dev",
                ),
            ),
            Call(
                VET, 3, "en", "Puppy swallowed part of a sock",
                "The user called because his puppy Pepper swallowed part of a sock about twenty minutes "
                "earlier. The agent told him to bring her in straight away. He said early morning "
                "appointments before nine now suit him best instead of evenings.",
                [
                    ("Fernbank Veterinary Clinic, Zoe speaking.",
                     "Hi, it's Dev Malhotra, I think Pepper's eaten part of a sock. She was chewing it and "
                     "now half of it's gone."),
                    ("Okay, how long ago was this?", "About twenty minutes ago."),
                    ("Please bring her in straight away, the vet may need to make her sick before it moves "
                     "any further.",
                     "On my way. Oh, and for the future, evenings don't work any more, I'm back in the "
                     "office, so early mornings before nine are best."),
                    ("Noted, early mornings. See you shortly.", "Thanks."),
                ],
                {"first_name": "Dev", "pet_name": "Pepper"},
            ),
        ],
        questions=[
            Question(VET, "What breed is Pepper?", ("cockapoo",)),
            Question(VET, "What is Pepper's microchip number?", ("985 112 004 563 221", "985112004563221")),
            Question(VET, "Who insures the puppy?", ("ManyPets",)),
            Question(VET, "When can Dev bring Pepper in?", ("before nine", "early morning"),
                     ("half five", "5:30", "evening")),
            Question(VET, "What did the puppy swallow?", ("sock",)),
            Question(VET, "How much does Pepper weigh?", ()),
            Question(VET, "What is Pepper's insurance policy number?", ()),
        ],
    ),
]  # fmt: skip
