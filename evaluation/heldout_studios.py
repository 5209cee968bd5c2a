"""A held-out set of callers of eight small businesses: a florist, a tailor, a computer repair shop, a
photography studio, a bicycle shop, a caterer, a piano tuner and a music school.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch
of changes, never tuned against. The same format as ``evaluation.dataset``: days relative to the day
the evaluation runs, a day named in a summary written ``{+N}``.

It holds a French and a Spanish caller asked about in English, with summaries mostly in English and
once each in the call's language; four calls of 80 turns or more whose middle holds a fact said once
and nowhere else; facts only the turns hold; questions in other words than the calls'; dates said with
their weekday; corrections; a phone a mother and her son share; one caller of two businesses whose
health is the tailor's alone; a gate code, a lockbox code and a laptop PIN that no answer may repeat;
questions nobody answered; and about half the calls carrying the post-call analysis items as the
analysis model would fill them (a fact left out, a category misread), the others only the agent's
own items (a first name, a ticket number).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

FLORIST = "agent_florist_000000000000000000000051"
TAILOR = "agent_tailor_0000000000000000000000052"
REPAIR = "agent_pcrepair_00000000000000000000053"
PHOTO = "agent_photo_00000000000000000000000054"
BIKES = "agent_bikeshop_00000000000000000000055"
CATERING = "agent_catering_00000000000000000000056"
PIANO = "agent_pianotuner_000000000000000000057"
MUSIC = "agent_musicschool_00000000000000000058"

# A laptop that will not start, told by a student on his way to the bus.
_LAPTOP_CALL = long_call(
    [
        ("Byte Fix Computer Repair, how can I help you today?",
         "Hi, yeah, hiya. So, er, my laptop's died. Well, not died, it turns on but it just sits on a "
         "black screen with a little blinking cursor."),
        ("Sorry to hear that. What make and model is it?",
         "It's a ThinkPad. X1 Carbon, sixth generation I think? Work gave it to me, then let me keep it."),
        ("And when did this start?",
         "After an update the other night. It said don't turn off your computer, and I, um, I may have "
         "turned off my computer."),
        ("That happens more than you'd think. Can I take your name?",
         "Dev. Devendra Raghunathan. R-A-G-H-U-N-A-T-H-A-N. Everyone just says Dev."),
        ("Thanks, Dev. If we need to sign in to test it, is there a PIN?",
         "Yeah, the PIN is 4 9 5 7. Four nine five seven."),
    ],
    [
        ("So we focus on the right things: is there anything on it you need most?",
         "Oh god, yes. The Kestrel survey folder, on the desktop. Three years of fieldwork for my PhD. "
         "Kestrel, like the bird. If that's gone I'm basically done for."),
        ("Understood, we'll be careful with that.", "Please. I'm begging, honestly."),
    ],
    [
        ("The diagnostic fee is forty-five pounds, and it comes off the repair if you go ahead.",
         "Forty-five quid, fine, yeah."),
        ("Can you bring it in tomorrow?", "Tomorrow morning, yeah, before work."),
        ("Great. Your ticket number is R-20931. That's R, two oh nine three one.",
         "R two oh nine three one. Got it. Cheers."),
    ],
    acks=["Right.", "Mm-hm.", "Okay.", "Sure.", "I see.", "Ha, fair enough.", "Oh, really?", "Yeah.",
          "Got it.", "Uh-huh."],
    talk=[
        "Sorry, I'm walking to the bus, it's a bit windy.",
        "My flatmate says I should just buy a Mac, but I'm not made of money.",
        "I did try holding the power button for ages, like thirty seconds.",
        "The fan comes on, you can hear it whirring, then nothing.",
        "It's been a mad week, honestly, everything is breaking.",
        "My kettle packed in on Monday as well, can you believe it.",
        "I'm not great with computers, I just use them.",
        "I watched a video where a guy took the whole thing apart. Didn't fancy that.",
        "It's about five years old, maybe six.",
        "The battery's a bit rubbish now too, but it's fine plugged in.",
        "Sorry, the bus is here, hang on.",
        "Okay, I'm on, I'm sat down now.",
        "Is it usually something simple, in your experience?",
        "My supervisor is going to kill me if this takes ages.",
        "I know, I know, I should have backed it up.",
        "There's a cloud thing but I never set it up properly.",
        "Anyway, sorry, I'm rambling.",
        "The screen itself seems fine, no cracks or anything.",
        "I'd rather fix it than replace it, if that's possible.",
        "The keyboard's still lovely, that's the annoying part.",
    ],
    total=46,
)  # fmt: skip

# A commuter booking a service, in no hurry to get to the point.
_SERVICE_CALL = long_call(
    [
        ("Spoke and Chain bike shop, how can I help?",
         "Hey! Yeah, hi. So I've got a gravel bike that's, uh, it's been through a lot this year, and the "
         "gears are skipping like crazy."),
        ("We can take a look. What bike is it?",
         "It's a Marin, the Four Corners. Green one. Kind of a, like, army green."),
        ("Nice. Do you want a full service or just the gears looked at?",
         "Full service, I think. I commute on it every day, twelve miles each way, so it gets hammered."),
        ("Can I get your name?", "Gus. Gus Pemberton. Pemberton with a P, P-E-M-B-E-R-T-O-N."),
    ],
    [
        ("Anything else we should check while it's in?",
         "Oh, right, yeah. The back wheel has a wobble. I clipped a curb in the rain a couple weeks ago, "
         "and now it kind of rubs the brake pad when I'm climbing."),
        ("We'll true it, then.", "Sweet."),
    ],
    [
        ("A full service is ninety-five dollars, parts extra.", "Ninety-five, cool, that's fine."),
        ("We can take it in three days from now, first thing.", "Perfect, I'll bring it over before work."),
    ],
    acks=["Ha, yeah.", "Totally.", "Mm-hm.", "Right on.", "Oh nice.", "For sure.", "Okay.", "Uh-huh."],
    talk=[
        "Sorry, I'm kind of all over the place today.",
        "I did the Oregon coast thing last summer, that was rad.",
        "My buddy keeps telling me to go electric, no way.",
        "The weather's been brutal, I'm soaked every morning.",
        "I tried adjusting the cable myself and made it worse, honestly.",
        "You guys did my roommate's bike last year, he said you were awesome.",
        "I'm kind of a coffee snob, there's a great spot near you.",
        "Anyway, the gears, yeah, mostly in the middle of the cassette.",
        "I've been putting it off for like two months.",
        "My mom thinks I'm gonna get hit by a truck, she worries.",
        "I saw a coyote on the path last week, wild.",
        "I really should clean it more, it's filthy.",
        "My legs are toast, I did hill repeats yesterday.",
        "Oh man, sorry, my dog's barking at the mail guy.",
        "The chain's pretty black, I know, I know.",
        "I got it used, off a guy in Bend.",
        "It's honestly my favorite thing I own.",
        "The bar tape's fine, it's only a year old.",
    ],
    total=44,
)  # fmt: skip

# An old lady whose piano key sticks, and who has all the time in the world.
_STICKING_KEY_CALL = long_call(
    [
        ("Harmony Piano Tuning, how can I help?",
         "Oh, hello. It's Winifred Castellano, up on Juniper Hill. I'm so sorry to bother you."),
        ("No bother at all. What's happening?",
         "Well, since the tuning, one of the keys sticks. The D, just above middle C. It goes down and "
         "sort of thinks about it before it comes back up."),
        ("Is it worse on damp days?",
         "Now that you mention it, yes. It's been muggy, and it's terrible on those days."),
    ],
    [
        ("Does the piano have any climate control in it?",
         "Oh yes, my late husband had one of those Dampp-Chaser systems put in, back in 2015. There's a "
         "little light that blinks when it wants water."),
        ("That helps. Keep the pads watered.", "I will, dear."),
        ("And if you're out when the tuner comes?",
         "Then the key to the kitchen door is in the lockbox by the garden shed. The lockbox code is "
         "8 6 4 7."),
    ],
    [
        ("The tuner will come back four days from now to ease the key, no charge.",
         "Oh, that's very kind. Thank you, dear."),
        ("Is the morning all right?", "Any time after nine. I'm an early bird."),
    ],
    acks=["Oh dear.", "I see.", "Mm-hm.", "Of course.", "Yes.", "How lovely.", "Take your time.",
          "Right.", "That's nice.", "Ah."],
    talk=[
        "My mother played it every Sunday after church, you know.",
        "She could play anything by ear, I never could.",
        "I took lessons as a girl, but I was hopeless at scales.",
        "The cat likes to sleep on the lid, I'm afraid.",
        "I keep a cloth over the keys so the dust doesn't get in.",
        "We had a terrible storm last week, the power was out for a day.",
        "My neighbour, Mrs. Albright, says I should sell it. The nerve.",
        "It came up the hill on a truck in nineteen seventy-nine, I'll never forget it.",
        "Four men it took, and one of them cried.",
        "I play a little Chopin in the evenings, badly.",
        "My grandson says it sounds better than the ones at his school.",
        "The room gets the morning sun, I hope that's not bad for it.",
        "I've had it tuned every single year, never missed one.",
        "The last fellow, before your company, retired to Florida.",
        "Oh, listen to me going on.",
        "The kettle's whistling, one moment, dear.",
        "There, that's better.",
        "The garden is a mess this year, the deer ate all the tulips.",
        "Do you know, I once heard Rubinstein play in Boston.",
        "My husband used to say the piano was the third person in our marriage.",
        "He passed six years ago now.",
        "I do go on, don't I.",
        "The leaves are turning already up here.",
        "The church choir practices in my living room sometimes.",
        "I haven't played much this week because of that key.",
        "Mozart sounds so cheerful on it, even with the sticky key.",
        "My sister had an upright, but it was never the same.",
        "I polish the legs with beeswax, is that all right?",
    ],
    total=84,
)  # fmt: skip

# A busy architect between meetings.
_HEADSHOTS_CALL = long_call(
    [
        ("Lumen Portrait Studio, how can I help?",
         "Hey, Kofi Boateng again, about the headshots on the thirteenth."),
        ("Hi Kofi. What's changed?",
         "A couple of things. We hired two people, so it's eleven now, not nine."),
    ],
    [
        ("Good to know. How do we get the equipment up?",
         "Right, so the loading dock is on Franklin Street. Ask for Marcus at the security desk, he'll take "
         "you up in the freight elevator, it's the only one big enough for your lights."),
    ],
    [
        ("And the backdrop, still light grey?",
         "Actually no, we redid the website in navy, so a navy blue backdrop, please."),
        ("Navy, noted. Eleven people, navy backdrop.", "Perfect. Thanks for bearing with me."),
    ],
    acks=["Sure.", "Mm-hm.", "Okay.", "Got it.", "Ha, right.", "Understood.", "Yes.", "Sounds good."],
    talk=[
        "Sorry, I'm between meetings, bear with me.",
        "We just won a library project, so it's been hectic.",
        "Our old photos are from 2019, nobody resembles them anymore.",
        "Half the team still has their university photos on the site.",
        "My partner, Jen Lowe, wanted to do them on our phones. I said no.",
        "The light on the fourth floor is decent, big north windows.",
        "We've got a conference room you can take over for the morning.",
        "People will come in one by one, ten minutes each, I thought.",
        "Some of them hate having their picture taken, fair warning.",
        "I'll get coffee and pastries in, keep everyone happy.",
        "We want them approachable, not stiff.",
        "I saw your work for the law firm on Wacker, really sharp.",
        "Sorry, someone's at my door, one second.",
        "Okay, I'm back.",
        "I think that's everything from my side, mostly.",
    ],
    total=42,
)  # fmt: skip

HELDOUT_STUDIOS: list[Caller] = [
    Caller(
        number="+33671482290",
        names=("Élodie",),
        calls=[
            Call(
                FLORIST, 58, "fr", "Wedding flowers enquiry",
                "The user, Élodie Marchand, called Fleurs de Lune about flowers for her wedding on Saturday, "
                "June 19, 2027. She would like a bridal bouquet of ivory peonies and table centrepieces for "
                "eleven tables at the reception at Domaine de la Roseraie in Chevreuse. The agent will email "
                "her a quote this week.",
                [
                    ("Fleurs de Lune, bonjour ! Que puis-je faire pour vous ?",
                     "Bonjour ! Euh, alors voilà, je me marie cet été et je cherche une fleuriste."),
                    ("Félicitations ! C'est pour quelle date ?",
                     "Le samedi 19 juin. Enfin, le samedi dix-neuf juin 2027, oui."),
                    ("Très bien. Je peux avoir votre nom ?", "Élodie Marchand. Marchand, M-A-R-C-H-A-N-D."),
                    ("Merci, Élodie. Qu'est-ce que vous imaginez pour le bouquet de la mariée ?",
                     "Des pivoines, couleur ivoire, avec un peu de feuillage. Quelque chose de simple, pas "
                     "trop rond."),
                    ("Des pivoines ivoire, c'est noté. Et pour la réception ?",
                     "Des centres de table, il y aura onze tables. Onze, oui."),
                    ("La réception a lieu où ?",
                     "Au Domaine de la Roseraie, 8 chemin des Vignes, à Chevreuse."),
                    ("Parfait. Y a-t-il des fleurs que vous ne voulez surtout pas ?",
                     "Ah oui, pas de mimosa. Ma belle-mère dit que ça sent le savon bon marché."),
                    ("C'est noté, pas de mimosa. Je vous envoie un devis par e-mail cette semaine.",
                     "Super, merci beaucoup, à bientôt !"),
                ],
                analysis_items(
                    "Wedding flowers quote", "Florist to email a quote for the bouquet and centrepieces", "",
                    "Wedding on 2027-06-19; Bridal bouquet: ivory peonies; Centrepieces for 11 tables; "
                    "Reception at Domaine de la Roseraie, Chevreuse", "none", first_name="Élodie",
                ),
            ),
            Call(
                FLORIST, 31, "fr", "Bouquet colour and table count change",
                "Élodie Marchand a rappelé pour modifier sa commande de mariage : le bouquet sera en "
                "pivoines rose poudré au lieu d'ivoire, et il faudra quatorze centres de table au lieu de "
                "onze. La fleuriste mettra le devis à jour.",
                [
                    ("Fleurs de Lune, bonjour !",
                     "Oui bonjour, c'est Élodie Marchand, pour le mariage du 19 juin."),
                    ("Bonjour Élodie ! Vous avez bien reçu le devis ?",
                     "Oui, merci. Mais, euh, j'ai changé d'avis pour la couleur. Finalement je voudrais les "
                     "pivoines en rose poudré, pas ivoire."),
                    ("Rose poudré, très joli. Autre chose ?",
                     "Et on a plus d'invités que prévu, donc il faudra quatorze tables. Quatorze centres de "
                     "table au lieu de onze."),
                    ("D'accord, quatorze centres de table. Je mets le devis à jour.",
                     "Merci, vous êtes adorable."),
                ],
                {"first_name": "Élodie"},
            ),
            Call(
                FLORIST, 6, "fr", "Wedding day delivery",
                "The user, Élodie Marchand, arranged the delivery for her wedding day: the flowers will be "
                "delivered at 9:30 AM to Domaine de la Roseraie, and her sister Camille will receive them. "
                "She paid the deposit by bank transfer.",
                [
                    ("Fleurs de Lune, bonjour !",
                     "Bonjour, Élodie Marchand. Je voulais caler la livraison pour le jour J, le samedi 19."),
                    ("Bien sûr. Nous livrons le matin même au Domaine de la Roseraie. Vers quelle heure ?",
                     "Neuf heures et demie, c'est possible ? 9h30. La cérémonie est à quinze heures, mais le "
                     "traiteur installe tout le matin."),
                    ("9h30, c'est noté. Qui réceptionnera les fleurs ?",
                     "Ma sœur, Camille. C-A-M-I-L-L-E. Moi je serai chez le coiffeur, évidemment."),
                    ("Très bien. Pour confirmer, il nous faut l'acompte.",
                     "Oui, je viens de faire le virement, trois cent cinquante euros."),
                    ("Parfait, je le vois. Merci !", "Merci à vous, bonne journée !"),
                ],
                analysis_items(
                    "Wedding day delivery", "Florist to deliver the wedding flowers at 9:30 AM", "2027-06-19",
                    "Sister Camille receives the flowers on the wedding day", "none", first_name="Élodie",
                ),
            ),
        ],
        questions=[
            Question(FLORIST, "When is the wedding?", ("June 19", "19 June", "2027-06-19", "19 juin")),
            Question(FLORIST, "What colour will the bridal bouquet be?",
                     ("blush", "poudré", "powder pink", "dusty pink", "dusty rose"), ("ivory", "ivoire")),
            Question(FLORIST, "How many table centrepieces are needed?",
                     ("fourteen", "quatorze", "14 centre", "14 table"),
                     ("eleven", "onze", "11 centre", "11 table")),
            Question(FLORIST, "Is there a flower she does not want?", ("mimosa",)),
            Question(FLORIST, "Who will receive the flowers on the wedding day?", ("Camille",)),
            Question(FLORIST, "What time should the flowers be delivered?",
                     ("9:30", "9h30", "9.30", "neuf heures et demie")),
            Question(FLORIST, "What time is the ceremony?",
                     ("15h", "quinze heures", "3 PM", "3 p.m.")),
            Question(FLORIST, "How much deposit did she pay?", ("350", "trois cent cinquante")),
            Question(FLORIST, "Where's the party held?", ("Roseraie",)),
            Question(FLORIST, "What is the groom's name?", ()),
            Question(FLORIST, "What is her budget for the flowers?", ()),
            Question(FLORIST, "Does she want buttonholes for the groomsmen?", ()),
            Question(FLORIST, "In which church is the ceremony held?", ()),
        ],
    ),
    Caller(
        number="+16175550142",
        names=("Ruth",),
        private_to={TAILOR: ("hip replacement", "surgery", "stairs")},
        calls=[
            Call(
                TAILOR, 40, "en", "Alterations after hip surgery",
                "The user, Ruth Abernathy, called about alterations after her hip replacement surgery. She "
                "needs three pairs of trousers let out at the hip and hemmed, and the sleeves of her navy "
                "blazer shortened by one inch. A fitting was booked for {+5} at 11 AM in the ground-floor "
                "fitting room, as she cannot manage stairs.",
                [
                    ("Thanks for calling Stitch and Press, how can I help you today?",
                     "Hello, yes. My name's Ruth Abernathy, that's A-B-E-R-N-A-T-H-Y. I've got a bit of a "
                     "project for you, I'm afraid."),
                    ("Happy to help, Ruth. What do you need altered?",
                     "Well, I had a hip replacement about six weeks ago, and, um, I'm wearing flat shoes "
                     "now, and my trousers, they pull across the hip and they drag on the floor."),
                    ("I'm sorry to hear that. How many pairs are we talking about?",
                     "Three pairs. Two grey wool, one black. They need letting out at the hip and taking "
                     "up, the hem."),
                    ("We can do that. Anything else?",
                     "My navy blazer, the sleeves have always been too long. Could you take them up an "
                     "inch? One inch."),
                    ("Of course. We'll want to pin everything at a fitting.",
                     "Yes. Only, I can't do stairs yet, not with this hip. Is your fitting room upstairs?"),
                    ("We have a ground-floor fitting room, so that's no problem. We have an opening five "
                     "days from today at eleven in the morning.", "Lovely, put me down for that."),
                ],
                analysis_items(
                    "Alterations after hip surgery", "Ruth to come in for her fitting at 11 AM", "",
                    "Had a hip replacement, cannot manage stairs; Needs the ground-floor fitting room; "
                    "3 pairs of trousers to let out at the hip and hem; Navy blazer sleeves to shorten by "
                    "one inch", "health", first_name="Ruth",
                ),
            ),
            Call(
                TAILOR, 33, "en", "Blazer sleeve change",
                "Ruth Abernathy called after her fitting to have the blazer sleeves shortened by three "
                "quarters of an inch instead of one inch. The alterations on ticket T-4471 will be ready "
                "for pickup on {+8}.",
                [
                    ("Stitch and Press, how can I help?",
                     "Hi, it's Ruth Abernathy, I was in for my fitting the other day."),
                    ("Hello Ruth. How did it go?",
                     "Fine, fine. But I've been thinking about the blazer. An inch is too much, I think. "
                     "Can you make it three quarters of an inch instead?"),
                    ("Three quarters of an inch on the sleeves, I'll update the ticket. Do you have your "
                     "ticket number?", "It's, um, T, four four seven one. T-4471."),
                    ("Got it. Everything will be ready for pickup in eight days.",
                     "Wonderful, thank you, dear."),
                ],
                {"first_name": "Ruth", "ticket_number": "T-4471"},
            ),
            Call(
                PHOTO, 20, "en", "Golden anniversary family portrait",
                "The user, Ruth Abernathy, booked a family portrait session for her golden wedding "
                "anniversary on Saturday, January 16, 2027 at 2 PM. Eleven family members will attend, "
                "including four grandchildren. She chose the Heritage package, which includes a 16x20 "
                "canvas.",
                [
                    ("Lumen Portrait Studio, good afternoon! How can I help?",
                     "Good afternoon. I'd like to book a family portrait. It's our golden wedding "
                     "anniversary in January, fifty years, can you believe it."),
                    ("Congratulations! That's wonderful. May I have your name?", "Ruth Abernathy."),
                    ("Thank you, Ruth. Which date were you thinking of?",
                     "Saturday the sixteenth of January, if you have it. The whole family's coming into "
                     "town that weekend."),
                    ("Saturday, January 16th, we have 2 PM open. How many people?",
                     "Let me count. Us two, our three children, their spouses... and four grandchildren. "
                     "So eleven. Eleven of us."),
                    ("Eleven, lovely. Our Heritage package covers large groups and includes a 16 by 20 "
                     "canvas.", "The Heritage one, then. That sounds right."),
                    ("Great. Anything else we should know?",
                     "Oh! And Pepper has to be in it. She's our spaniel. She's very good, mostly."),
                    ("Pepper is very welcome. You're booked for 2 PM.", "Thank you so much."),
                ],
                {"first_name": "Ruth", "session_date": "2027-01-16"},
            ),
            Call(
                PHOTO, 4, "en", "Portrait session moved to morning",
                "Ruth Abernathy moved her anniversary portrait session on January 16 from 2 PM to 10 AM "
                "because the grandchildren nap in the afternoon. The group is now thirteen people, as her "
                "son's in-laws are joining.",
                [
                    ("Lumen Portrait Studio, how can I help?",
                     "Hello, it's Ruth Abernathy again, about the anniversary portrait on the sixteenth."),
                    ("Hi Ruth! What can I do?",
                     "Could we do the morning instead? The little ones nap after lunch and they'll be "
                     "monsters at two. Ten o'clock, maybe?"),
                    ("10 AM is free. I'll move you from 2 PM to 10 AM.",
                     "Oh good. And, um, it'll be thirteen people now, my son's in-laws are coming along "
                     "too."),
                    ("Thirteen, no problem at all with the Heritage package.", "Marvellous. Thank you."),
                ],
                analysis_items(
                    "Portrait session moved to 10 AM", "Family portrait session at 10 AM", "2027-01-16",
                    "Family portrait on 2027-01-16 at 10 AM; 13 people attending; Heritage package", "none",
                    first_name="Ruth",
                ),
            ),
        ],
        questions=[
            Question(TAILOR, "What operation did she have?", ("hip replacement", "hip surgery")),
            Question(TAILOR, "Which fitting room does she need?", ("ground-floor", "ground floor")),
            Question(TAILOR, "How much shorter should the blazer sleeves be?",
                     ("three quarters", "3/4", "0.75"), ("one inch", "1 inch")),
            Question(TAILOR, "What is her alteration ticket number?", ("4471",)),
            Question(TAILOR, "How many pairs of trousers are being altered?", ("three pairs", "3 pairs")),
            Question(TAILOR, "What is her inside leg measurement?", ()),
            Question(TAILOR, "What fabric is the blazer made of?", ()),
            Question(PHOTO, "What time is the portrait session?",
                     ("10 AM", "10 a.m.", "10am", "ten o'clock"), ("2 PM", "2:00", "2 p.m.", "2pm")),
            Question(PHOTO, "Which day is the family portrait?",
                     ("January 16", "16 January", "2027-01-16", "sixteenth of January")),
            Question(PHOTO, "How many people will be in the portrait?", ("thirteen", "13 people"),
                     ("eleven",)),
            Question(PHOTO, "Is a pet joining the shoot?", ("Pepper", "spaniel")),
            Question(PHOTO, "Which package did she choose?", ("Heritage",)),
            Question(PHOTO, "Does she have any health problems we should know about?", ()),
            Question(PHOTO, "What are the grandchildren's names?", ()),
        ],
    ),
    Caller(
        number="+447700900318",
        names=("Dev",),
        calls=[
            Call(
                REPAIR, 27, "en", "Laptop stuck on a black screen",
                "The user, Dev Raghunathan, called because his ThinkPad X1 Carbon shows a black screen with "
                "a blinking cursor after an interrupted update. The agent explained the £45 diagnostic fee, "
                "which is deducted from any repair, and booked a drop-off for {+1}. Repair ticket: R-20931.",
                _LAPTOP_CALL,
                analysis_items(
                    "Laptop black screen after update", "Dev to drop off the laptop", "",
                    "Laptop: ThinkPad X1 Carbon; Repair ticket R-20931", "none", first_name="Dev",
                ),
            ),
            Call(
                REPAIR, 24, "en", "SSD failure diagnosed",
                "Dev called to check on ticket R-20931. The technician found the laptop's SSD is failing. "
                "Replacing it with a 1 TB drive and recovering the files costs £189, and Dev approved the "
                "repair.",
                [
                    ("Byte Fix Computer Repair, how can I help?",
                     "Hi, it's Dev, ticket R-20931, just seeing if you've had a look?"),
                    ("Yes, Dev. The technician found the solid-state drive is failing. That's why it won't "
                     "start.", "Oh no. Can you get my stuff off it?"),
                    ("Most likely, yes. Replacing it with a new one-terabyte drive and recovering your files "
                     "comes to one hundred eighty-nine pounds.",
                     "A hundred and eighty-nine. Okay. Yes, go ahead, please."),
                    ("I'll mark it approved.", "Thanks, you're a lifesaver."),
                ],
                {"first_name": "Dev", "ticket": "R-20931"},
            ),
            Call(
                REPAIR, 15, "en", "Repair quote revised",
                "Dev called about his repair. Because the drive has bad sectors, the data recovery needs "
                "more work and the total price is now £240 instead of £189. Dev agreed to the new price.",
                [
                    ("Byte Fix, how can I help?",
                     "Hiya, Dev Raghunathan, R-20931. I got a text saying to call about the price?"),
                    ("Yes. The recovery is taking more work than expected because the drive has bad "
                     "sectors. The new total is two hundred and forty pounds.",
                     "Two-forty? Ugh. Is the folder okay, though? The one I mentioned?"),
                    ("The technician has recovered most of it so far and is still working.",
                     "Okay. Fine. Two hundred and forty, go on. Just get it back."),
                ],
                analysis_items(
                    "Revised repair quote",
                    "Shop to finish the data recovery and let Dev know when the laptop is ready", "",
                    "Repair total £240", "finance", first_name="Dev",
                ),
            ),
            Call(
                REPAIR, 3, "en", "Pickup by flatmate",
                "Dev said his flatmate Priya Natarajan will collect the laptop on {+2} after 5:30 PM and "
                "will bring the ticket number.",
                [
                    ("Byte Fix, how can I help?",
                     "Hi, Dev again. I got the message it's ready, amazing. I'm stuck at uni though, so my "
                     "flatmate will pick it up."),
                    ("No problem. What's their name?", "Priya. P-R-I-Y-A. Priya Natarajan."),
                    ("She'll need the ticket number. When will she come?",
                     "Day after tomorrow, after work, so after half five. Five thirty-ish."),
                    ("We're open till seven, that's fine.", "Brilliant, thanks so much."),
                ],
                {"first_name": "Dev"},
            ),
        ],
        questions=[
            Question(REPAIR, "What is his repair ticket number?", ("20931",)),
            Question(REPAIR, "What is the total price of the repair?",
                     ("240", "two hundred and forty", "two-forty"), ("189",)),
            Question(REPAIR, "Any data he can't afford to lose?", ("Kestrel",)),
            Question(REPAIR, "What laptop model does he have?", ("X1 Carbon", "ThinkPad")),
            Question(REPAIR, "What was found wrong with the laptop?", ("SSD", "solid-state")),
            Question(REPAIR, "Who is picking up the laptop?", ("Priya",)),
            Question(REPAIR, "What time will the laptop be collected?", ("5:30", "half five", "five thirty")),
            Question(REPAIR, "How much is the diagnostic fee?", ("45", "forty-five")),
            Question(REPAIR, "Is the laptop still under warranty?", ()),
            Question(REPAIR, "What is his email address?", ()),
            Question(REPAIR, "Does he want the old drive given back to him?", ()),
        ],
    ),
    Caller(
        number="+15035550177",
        names=("Gus",),
        calls=[
            Call(
                BIKES, 45, "en", "Gravel bike full service",
                "The user, Gus Pemberton, called to book a full service for his green Marin Four Corners "
                "gravel bike because the gears are skipping. He commutes on it daily. A full service costs "
                "$95 plus parts, and drop-off is booked for {+3}.",
                _SERVICE_CALL,
                {"first_name": "Gus", "bike_model": "Marin Four Corners"},
            ),
            Call(
                BIKES, 38, "en", "Worn chain and cassette",
                "The agent told Gus the chain and cassette on his bike are worn, which causes the "
                "skipping. An 11-speed Shimano cassette is on order and should arrive in about a week. Gus "
                "wants to keep inner tubes in his tyres for now.",
                [
                    ("Spoke and Chain, how can I help?",
                     "Hey, it's Gus, you've got my green gravel bike in."),
                    ("Hi Gus. The mechanic found the chain and cassette are worn out, that's the skipping. "
                     "We've ordered an eleven-speed Shimano cassette, about a week.",
                     "Ah, makes sense. Go for it."),
                    ("He also asked if you'd like to switch to sealant and no tubes while it's here.",
                     "Hmm, nah, let's keep the inner tubes for now. I don't trust the sealant stuff."),
                    ("No problem, inner tubes it is.", "Cool, thanks."),
                ],
                analysis_items(
                    "Worn chain and cassette", "Shop to call Gus when the cassette arrives", "",
                    "Green gravel bike; Wants to keep inner tubes", "none", first_name="Gus",
                ),
            ),
            Call(
                BIKES, 10, "en", "Tubeless setup requested",
                "Gus called to ask for a tubeless setup after all, with 45 mm tyres, adding about $80. He "
                "asked whether the bike could be ready by the weekend.",
                [
                    ("Spoke and Chain, how can I help?",
                     "Hey, Gus again. So, uh, I changed my mind. Can you set it up tubeless after all? "
                     "Forty-five millimetre tyres."),
                    ("Sure, tubeless with 45 millimetre tyres. Anything behind the change?",
                     "I'm doing the Cascade Gravel 100, it's Saturday, April seventeenth. Flats out there "
                     "are brutal, everyone says go tubeless."),
                    ("Makes sense. It'll add about eighty dollars with the tyres.",
                     "That's fine. Can it be ready by the weekend?"),
                    ("Should be, we'll call you.", "Awesome, thank you!"),
                ],
                {"first_name": "Gus"},
            ),
        ],
        questions=[
            Question(BIKES, "Is anything wrong with his wheels?", ("wobble",)),
            Question(BIKES, "What colour is his bike?", ("green",)),
            Question(BIKES, "When is his race?", ("April 17", "17 April", "2027-04-17", "seventeenth")),
            Question(BIKES, "Does he want inner tubes or a tubeless setup?", ("tubeless",), ("inner tube",)),
            Question(BIKES, "How much does a full service cost?", ("95", "ninety-five")),
            Question(BIKES, "Which manufacturer built his bicycle?", ("Marin",)),
            Question(BIKES, "What tyre width did he ask for?", ("45",)),
            Question(BIKES, "How far is his commute?", ("twelve miles", "12 miles")),
            Question(BIKES, "What frame size is his bike?", ()),
            Question(BIKES, "Which pedals does he use?", ()),
            Question(BIKES, "Has he bought a lock from us?", ()),
        ],
    ),
    Caller(
        number="+19565550133",
        names=("Guadalupe",),
        calls=[
            Call(
                CATERING, 50, "es", "Quinceañera catering quote",
                "The user, Guadalupe Herrera, called to request a catering quote for her daughter "
                "Valentina's quinceañera on Saturday, March 20, 2027, at Salón Las Palmas. She expects "
                "about 120 guests and would like a taco bar. The agent will email a quote.",
                [
                    ("Sabores del Valle Catering, buenas tardes, ¿en qué le puedo ayudar?",
                     "Buenas tardes. Mire, le hablo porque estoy organizando los quince años de mi hija y "
                     "quería una cotización."),
                    ("¡Felicidades! ¿Me da su nombre, por favor?",
                     "Guadalupe Herrera. Herrera con doble erre, H-E-R-R-E-R-A. Mi hija se llama Valentina."),
                    ("Gracias, Guadalupe. ¿Para cuándo es la fiesta?",
                     "Es el sábado veinte de marzo. El 20 de marzo de 2027."),
                    ("¿Y dónde será?", "En el Salón Las Palmas, en la Military Highway."),
                    ("¿Cuántos invitados espera?", "Pues, como ciento veinte. 120, más o menos."),
                    ("¿Qué tipo de menú le gustaría?",
                     "Una taquiza, con tacos de pastor, de bistec, frijoles charros, arroz... lo típico, "
                     "pues."),
                    ("¿Alguna alergia entre los invitados?",
                     "Ay, sí, qué bueno que pregunta. Mi sobrino es alérgico al cacahuate, muy fuerte. Nada "
                     "con cacahuate, por favor."),
                    ("Entendido. Le mando la cotización por correo.", "Muchas gracias, señorita."),
                ],
                analysis_items(
                    "Quinceañera catering quote", "Caterer to email a quote", "",
                    "Daughter Valentina's quinceañera on 2027-03-20; Venue: Salón Las Palmas; About 120 "
                    "guests; Taco bar menu; Nephew is allergic to peanuts", "none", first_name="Guadalupe",
                ),
            ),
            Call(
                CATERING, 29, "es", "Guest count and menu change",
                "Guadalupe Herrera llamó para aumentar el número de invitados de la quinceañera de 120 a "
                "150. También pidió agregar enchiladas de queso para los invitados que no comen carne, y "
                "aguas frescas de horchata y jamaica.",
                [
                    ("Sabores del Valle, ¿en qué le ayudo?",
                     "Hola, habla Guadalupe Herrera, la de los quince años del 20 de marzo."),
                    ("Hola, Guadalupe. ¿Cómo va todo?",
                     "Bien, bien, pero ya somos más. Van a ser ciento cincuenta invitados. 150."),
                    ("Perfecto, ciento cincuenta. ¿Algún cambio en el menú?",
                     "Sí, unas primas no comen carne, entonces quiero agregar enchiladas de queso. Y aguas "
                     "frescas, de horchata y de jamaica."),
                    ("Anotado: enchiladas de queso y aguas frescas de horchata y jamaica.",
                     "Gracias, muy amable."),
                ],
                {"first_name": "Guadalupe", "guest_count": "150"},
            ),
            Call(
                CATERING, 8, "es", "Deposit and serving time",
                "Guadalupe Herrera confirmed the quinceañera catering and paid the deposit by card. Food "
                "will be served at 7:30 PM, and the team will arrive at 5 PM to set up. Her brother Ramón "
                "will be the contact on the day.",
                [
                    ("Sabores del Valle, buenos días.",
                     "Buenos días, soy Guadalupe Herrera. Le llamo para dejar el depósito y confirmar los "
                     "horarios."),
                    ("Claro. El depósito es de seiscientos dólares.",
                     "Sí, seiscientos. Se lo pago con tarjeta ahorita."),
                    ("Listo, quedó pagado. ¿A qué hora quiere que se sirva la comida?",
                     "A las siete y media de la noche. 7:30. Antes es el vals y las fotos."),
                    ("Nuestro equipo llegará a las cinco para montar.",
                     "Perfecto. Ese día el que va a estar a cargo es mi hermano Ramón, R-A-M-O-N, por si "
                     "necesitan algo."),
                    ("Muy bien, Ramón será el contacto.", "Gracias, hasta luego."),
                ],
                analysis_items(
                    "Deposit and serving time", "Caterer to set up at 5 PM on the day of the quinceañera", "",
                    "Food served at 7:30 PM; Brother Ramón is the contact on the day", "none",
                    first_name="Guadalupe",
                ),
            ),
        ],
        questions=[
            Question(CATERING, "How many guests are coming?",
                     ("150", "ciento cincuenta", "one hundred fifty"),
                     ("120", "ciento veinte")),
            Question(CATERING, "Does any guest have a food allergy?", ("peanut", "cacahuate")),
            Question(CATERING, "When is the quinceañera?",
                     ("March 20", "20 March", "2027-03-20", "20 de marzo")),
            Question(CATERING, "What time will the food be served?", ("7:30", "siete y media")),
            Question(CATERING, "Who is the contact on the day of the party?", ("Ramón", "Ramon")),
            Question(CATERING, "How much was the deposit?", ("600", "seiscientos")),
            Question(CATERING, "Any meatless dish requested?", ("enchilada",)),
            Question(CATERING, "What is her daughter's name?", ("Valentina",)),
            Question(CATERING, "Which drinks did she add?", ("horchata", "jamaica")),
            Question(CATERING, "What flavour is the cake?", ()),
            Question(CATERING, "Will alcohol be served?", ()),
            Question(CATERING, "How many waiters does she want?", ()),
        ],
    ),
    Caller(
        number="+18025550196",
        names=("Winifred",),
        calls=[
            Call(
                PIANO, 200, "en", "Annual piano tuning",
                "The user, Winifred Castellano, booked the annual tuning of her 1962 Steinway Model M baby "
                "grand for {+6} at 10:30 AM at 41 Juniper Hill Road, Woodstock. She gave the gate code, "
                "5839, and asked for the usual A440 pitch.",
                [
                    ("Harmony Piano Tuning, how can I help?",
                     "Hello, dear. This is Winifred Castellano. C-A-S-T-E-L-L-A-N-O. It's time for my "
                     "annual tuning, I believe."),
                    ("Hello Winifred. Which piano is it?",
                     "My Steinway. The baby grand, a Model M, from nineteen sixty-two. It was my mother's."),
                    ("Lovely instrument. What's the address?",
                     "Forty-one Juniper Hill Road, in Woodstock. The house at the end with the blue "
                     "shutters."),
                    ("We can come six days from now at ten thirty in the morning.",
                     "Ten thirty is perfect. Now, the gate at the bottom of the drive is locked. The gate "
                     "code is 5 8 3 9."),
                    ("Thank you, I'll note it for the tuner.",
                     "And tell him to tune it to A440, like always. None of that fancy business."),
                ],
                analysis_items(
                    "Annual piano tuning", "Tuner visit for the annual tuning at 10:30 AM", "",
                    "Piano: 1962 Steinway Model M baby grand; Address: 41 Juniper Hill Road, Woodstock; "
                    "Tune to A440", "none", first_name="Winifred",
                ),
            ),
            Call(
                PIANO, 160, "en", "Sticking key after tuning",
                "Winifred Castellano called because the D key above middle C has been sticking since her "
                "tuning, worse on humid days. The tuner will come back on {+4} to ease the key at no "
                "charge.",
                _STICKING_KEY_CALL,
                {"first_name": "Winifred"},
            ),
            Call(
                PIANO, 12, "en", "Regulation before a recital",
                "Winifred asked for a full regulation and tuning before her grandson Oliver's recital at "
                "her house. The tuner quoted $680. This time she wants the piano tuned to A442 instead of "
                "A440, at the request of Oliver's teacher. The date is still to be set.",
                [
                    ("Harmony Piano Tuning, how can I help?",
                     "Hello, Winifred Castellano again. I'd like something more than a tuning this time."),
                    ("Of course. What did you have in mind?",
                     "My grandson Oliver is giving a little recital at the house. Sunday, the second of "
                     "May. I want the piano at its very best."),
                    ("A full regulation and tuning would be ideal. That's six hundred and eighty dollars.",
                     "Six eighty. Well, he's worth it."),
                    ("Any changes to the pitch?",
                     "Yes, his teacher wants it at A442 this time, not 440. Four forty-two. She says it's "
                     "brighter."),
                    ("We'll tune to 442. We'll call you to set the date.", "Thank you, dear."),
                ],
                analysis_items(
                    "Regulation and tuning before recital",
                    "Tuner to call Winifred to set the regulation date", "",
                    "Grandson Oliver gives a recital at her house; Tune to A442 from now on", "none",
                    first_name="Winifred",
                ),
            ),
        ],
        questions=[
            Question(PIANO, "What make is her piano?", ("Steinway",)),
            Question(PIANO, "What year was the piano made?", ("1962", "nineteen sixty-two")),
            Question(PIANO, "Which key is sticking?", ("D above", "D key", "above middle C")),
            Question(PIANO, "Any moisture gadget fitted on it?", ("Dampp",)),
            Question(PIANO, "What pitch should the piano be tuned to?", ("442", "four forty-two"), ("440",)),
            Question(PIANO, "When is the grandson's recital?",
                     ("May 2", "2 May", "2027-05-02", "second of May")),
            Question(PIANO, "How much is the regulation and tuning?",
                     ("680", "six hundred and eighty", "six eighty")),
            Question(PIANO, "Where is the house key kept if she is out?", ("lockbox", "garden shed")),
            Question(PIANO, "What is her grandson's name?", ("Oliver",)),
            Question(PIANO, "What time was the annual tuning booked for?", ("10:30", "ten thirty")),
            Question(PIANO, "What is the name of her grandson's piano teacher?", ()),
            Question(PIANO, "What is the piano's serial number?", ()),
            Question(PIANO, "When were the strings last replaced?", ()),
        ],
    ),
    Caller(
        number="+27825550164",
        names=("Naledi", "Themba"),
        calls=[
            Call(
                MUSIC, 90, "en", "Guitar lessons for son",
                "The user, Naledi Dube, enrolled her son Themba, 16, in weekly electric guitar lessons on "
                "Thursdays at 4:30 PM with Mr. Okafor. The term fee is R2,400 for ten lessons.",
                [
                    ("Good afternoon, Crescendo Music School, how can I help?",
                     "Hi, good afternoon. I'd like to sign my son up for guitar lessons. Electric guitar, "
                     "he's obsessed."),
                    ("Wonderful. Can I take your name and his?",
                     "I'm Naledi Dube, D-U-B-E. My son is Themba, T-H-E-M-B-A. He's sixteen."),
                    ("Thank you. We have a Thursday slot at half past four with Mr. Okafor, who teaches "
                     "electric guitar.", "Thursdays at four thirty works, he finishes school at three."),
                    ("The term fee is two thousand four hundred rand, R2,400, for ten lessons.",
                     "Okay, that's fine. I'll pay by EFT."),
                    ("Great, I'll send the enrolment form.", "Thank you so much."),
                ],
                analysis_items(
                    "Electric guitar lessons for Themba", "Naledi to return the enrolment form", "",
                    "Son Themba, 16, learns electric guitar; Lessons on Thursdays at 4:30 PM with Mr. "
                    "Okafor; Term fee R2,400", "none", first_name="Naledi",
                ),
            ),
            Call(
                MUSIC, 55, "en", "Lesson day change",
                "The user, Themba, called to move his guitar lessons from Thursdays to Tuesdays at 5 PM "
                "because of soccer practice.",
                [
                    ("Crescendo Music School, how can I help?",
                     "Hey. Um, it's Themba. Themba Dube. I do guitar with Mr. Okafor."),
                    ("Hi Themba. What can I do for you?",
                     "So, I made the soccer team, and practice is on Thursdays now. Can I move my lesson?"),
                    ("Mr. Okafor has Tuesdays at five. Would that work?",
                     "Tuesdays at five, yeah, that's perfect."),
                    ("Done. Anything else?",
                     "Oh, uh, one thing. Can you tell him I play left-handed? Like, my guitar's a lefty. "
                     "Last time he had to restring one for me."),
                    ("I'll let him know.", "Cool, thanks."),
                ],
                {"first_name": "Themba"},
            ),
            Call(
                MUSIC, 21, "en", "Adult piano lessons",
                "Naledi Dube asked about adult beginner piano lessons. She will take lessons with Ms. "
                "Lindqvist on Saturdays at 9 AM, starting {+12}. The agent also mentioned that Themba will "
                "play at the term showcase.",
                [
                    ("Crescendo Music School, how can I help?",
                     "Hello, this is Naledi Dube, Themba's mom. I'm actually calling for myself this time."),
                    ("Hello Naledi! What are you looking for?",
                     "I've always wanted to learn the piano. Do you have lessons for adult beginners? "
                     "Saturday mornings would be ideal."),
                    ("We do. Ms. Lindqvist teaches adult beginners on Saturdays at nine. You could start "
                     "twelve days from now.", "Nine on Saturdays, lovely. Let's do it."),
                    ("Also, did you know Themba is playing at our term showcase? It's on Friday, the "
                     "twenty-sixth of February.",
                     "He didn't tell me! Friday the twenty-sixth, I'll be there."),
                    ("It starts at six in the hall.", "Wonderful, thank you."),
                ],
                analysis_items(
                    "Adult beginner piano lessons", "Naledi starts Saturday piano lessons", "",
                    "Naledi learns piano, Saturdays at 9 AM with Ms. Lindqvist; Themba plays at the term "
                    "showcase", "none", first_name="Naledi",
                ),
            ),
            Call(
                MUSIC, 2, "en", "Missed lesson and make-up",
                "Themba said he missed his Tuesday guitar lesson because he had the flu, and booked a "
                "make-up lesson with Mr. Okafor for {+1} at 6 PM.",
                [
                    ("Crescendo Music School, how can I help?",
                     "Hi, it's Themba. Sorry, I missed my lesson on Tuesday, I had the flu."),
                    ("Sorry to hear that, hope you're better. Would you like a make-up lesson?",
                     "Yeah, please. Is there anything tomorrow?"),
                    ("Mr. Okafor has tomorrow at six PM.", "Six works. Thanks."),
                ],
                analysis_items(
                    "Make-up guitar lesson", "Make-up lesson with Mr. Okafor tomorrow at 6 PM", "", "",
                    "health", first_name="Themba",
                ),
            ),
        ],
        questions=[
            Question(MUSIC, "What day are Themba's guitar lessons now?", ("Tuesdays",), ("Thursdays",)),
            Question(MUSIC, "Who teaches Themba guitar?", ("Okafor",)),
            Question(MUSIC, "Is the boy a southpaw?", ("left-handed", "left handed", "lefty")),
            Question(MUSIC, "When is the term showcase?",
                     ("February 26", "26 February", "2027-02-26", "twenty-sixth of February")),
            Question(MUSIC, "How much is the term fee?", ("2,400", "2400", "two thousand four hundred")),
            Question(MUSIC, "How old is Themba?", ("sixteen", "16")),
            Question(MUSIC, "What instrument does Naledi want to learn?", ("piano",)),
            Question(MUSIC, "Who teaches the adult piano class?", ("Lindqvist",)),
            Question(MUSIC, "What time is the make-up lesson?", ("6 PM", "6:00", "six PM", "6 p.m.", "6pm")),
            Question(MUSIC, "Which grade exam is Themba preparing for?", ()),
            Question(MUSIC, "Does Naledi have a piano at home?", ()),
            Question(MUSIC, "Which school does Themba attend?", ()),
            Question(MUSIC, "What song will Themba play at the showcase?", ()),
        ],
    ),
    Caller(
        number="+13125550188",
        names=("Kofi",),
        calls=[
            Call(
                PHOTO, 35, "en", "Team headshots on location",
                "The user, Kofi Boateng of Boateng & Lowe Architects, booked on-location headshots for nine "
                "staff at their office, 220 West Kinzie Street, 4th floor, on Wednesday, January 13, 2027, "
                "in the morning. He asked for a light grey backdrop.",
                [
                    ("Lumen Portrait Studio, how can I help?",
                     "Hi there, this is Kofi Boateng from Boateng and Lowe Architects. We need headshots for "
                     "the team."),
                    ("Happy to help. In the studio or at your office?",
                     "At our office, if you do that. 220 West Kinzie, fourth floor."),
                    ("We do. How many people?", "Nine. Nine people, including me."),
                    ("And a date?",
                     "Wednesday the thirteenth of January works for everyone, in the morning."),
                    ("Wednesday, January 13th, morning. Any backdrop preference?",
                     "Light grey, something neutral."),
                    ("I'll send the contract and invoice.", "Great, thanks."),
                ],
                analysis_items(
                    "Team headshots booking", "Studio to send the contract and invoice", "",
                    "Company: Boateng & Lowe Architects; Office: 220 West Kinzie, 4th floor; 9 staff "
                    "headshots; Light grey backdrop", "none", first_name="Kofi",
                ),
            ),
            Call(
                PHOTO, 14, "en", "Headshot booking update",
                "Kofi Boateng updated the headshot booking for January 13: eleven staff instead of nine, "
                "and a navy blue backdrop instead of light grey to match the company's new website.",
                _HEADSHOTS_CALL,
                {"first_name": "Kofi"},
            ),
            Call(
                PHOTO, 5, "en", "Retouching and invoice",
                "Kofi asked for light retouching only, with no skin smoothing, and for the invoice to be "
                "sent to accounts@boatenglowe.com. The edited files will be delivered ten business days "
                "after the session.",
                [
                    ("Lumen Portrait Studio, how can I help?",
                     "Hi, Kofi from Boateng and Lowe. Two quick things about the headshots."),
                    ("Go ahead.",
                     "Retouching. Keep it light, please. Fix stray hairs, that kind of thing, but no skin "
                     "smoothing. We want people to look like themselves."),
                    ("Light retouching only, noted. And the second thing?",
                     "The invoice should go to accounts at boatenglowe dot com. Not to me."),
                    ("Accounts at boatenglowe dot com. The files will be ready ten business days after the "
                     "shoot.", "Great, thanks."),
                ],
                {"first_name": "Kofi", "email": "accounts@boatenglowe.com"},
            ),
        ],
        questions=[
            Question(PHOTO, "What date are the team headshots?",
                     ("January 13", "13 January", "2027-01-13", "thirteenth")),
            Question(PHOTO, "How many people need headshots?", ("eleven", "11 staff", "11 people"),
                     ("nine",)),
            Question(PHOTO, "What colour backdrop does he want?", ("navy",), ("grey", "gray")),
            Question(PHOTO, "Whom do we see on arrival at the tower?", ("Marcus",)),
            Question(PHOTO, "Which street is the loading dock on?", ("Franklin",)),
            Question(PHOTO, "What kind of retouching does he want?", ("light retouching", "skin smoothing")),
            Question(PHOTO, "Where is the office?", ("Kinzie",)),
            Question(PHOTO, "Where does the bill go?", ("accounts@", "accounts at")),
            Question(PHOTO, "Does he also want a group photo of the whole team?", ()),
            Question(PHOTO, "Which photographer did he ask for?", ()),
            Question(PHOTO, "What is the company's budget for the headshots?", ()),
        ],
    ),
]  # fmt: skip
