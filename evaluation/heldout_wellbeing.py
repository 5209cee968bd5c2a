"""A held-out evaluation set: callers of a yoga studio, a massage therapist, a children's swimming
school, a barber, a nail salon and a home-care agency looking after an elderly parent.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch
of changes, never tuned against. Same format as ``evaluation.dataset``. It holds corrections of every
sort (a time, a date, a therapist's name, a quantity, an address, a preference; "actually make it ...",
a move, a correction said in Portuguese or French, old and new value in one sentence, a correction two
calls later), a Portuguese and a French caller asked about in English, two calls of 84 turns each with
facts said once in the middle and in no summary, dates said with their weekday, a phone two parents
share, one caller of two businesses with a health matter private to one of them, key safe codes that
no question may accept, questions nobody answered, and about half the calls carrying the post-call
analysis items as ElevenLabs' analysis would fill them.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

YOGA = "agent_yoga_0000000000000000000000000081"
MASSAGE = "agent_massage_0000000000000000000000082"
SWIM = "agent_swim_0000000000000000000000000083"
BARBER = "agent_barber_00000000000000000000000084"
NAILS = "agent_nails_000000000000000000000000085"
HOMECARE = "agent_homecare_000000000000000000000086"

_SWIM_ACKS = ["Mm-hm.", "Right.", "Okay, sure.", "Yes, of course.", "I see.", "Got it."]
_SWIM_TALK = [
    "Sorry, the baby monitor just went off, one second.",
    "We only live about ten minutes from the pool, so that's easy.",
    "The changing rooms were a bit crowded last time, but that's fine.",
    "She's been practising her kicking in the bath, it's quite funny.",
    "I think my husband usually does drop-off, I do the afternoons.",
    "Is the viewing gallery open for parents during lessons?",
    "Okay, lovely, that's good to hear.",
    "We tried another school before but the groups were far too big.",
    "The traffic on the main road is terrible around half three.",
    "He keeps asking if he gets a certificate like his sister.",
    "Sorry, I'm just writing this down on the back of an envelope.",
    "Do we need to bring our own towels or are they provided?",
    "That's great, thanks for being so patient with all my questions.",
    "They both love the water, honestly, we can't keep them out of it.",
]
_CARE_ACKS = ["Mm-hm.", "Okay.", "Yes, I understand.", "Of course.", "Right, thank you.", "That's helpful."]
_CARE_TALK = [
    "Sorry, it's been a really long week with the hospital and everything.",
    "She's very independent, she won't like people fussing over her.",
    "I work in town, so I can't get over there during the day.",
    "My brother lives in Leeds, so it's mostly down to me.",
    "She still does the crossword every morning, she's sharp as anything.",
    "She likes the radio on, Radio 4 mostly.",
    "Will the same person come each time, or does it change?",
    "The stairs are the worry, she's got a rail but still.",
    "I've been staying over a couple of nights a week.",
    "She'll probably offer your carers biscuits and a chat, be warned.",
    "Sorry, can you repeat that last bit? The line dropped.",
    "Her neighbour pops in sometimes, but she's away a lot.",
    "I just want her to be safe and comfortable at home.",
    "Does someone ring me if anything goes wrong during a visit?",
    "Okay, that's reassuring, thank you.",
    "She was a school teacher for forty years, she'll tell you all about it.",
]

HELDOUT_WELLBEING: list[Caller] = [
    Caller(
        number="+351912000081",
        names=("Beatriz",),
        private_to={MASSAGE: ("sciatica", "ciática", "lower back", "lombar")},
        calls=[
            Call(
                YOGA, 40, "pt", "Trial class and membership",
                "Beatriz Almeida, a complete beginner, asked about memberships and booked a trial vinyasa "
                "class for Wednesday, November 18 at 6 PM. She will rent a mat at the studio.",
                [
                    ("Olá, Lotus Flow Studio, em que posso ajudar?",
                     "Olá, queria saber sobre as mensalidades, nunca fiz ioga."),
                    ("Temos uma aula experimental gratuita. Prefere manhã ou final do dia?",
                     "Final do dia, depois do trabalho. Às seis da tarde, pode ser?"),
                    ("Temos vinyasa na quarta-feira, 18 de novembro, às seis. Qual é o seu nome?",
                     "Beatriz Almeida."),
                    ("Tem tapete próprio?", "Não, vou alugar um tapete aí."),
                ],
                analysis_items(
                    "Trial class and membership",
                    "Beatriz to attend the trial vinyasa class",
                    "2026-11-18",
                    "Beatriz Almeida; beginner; prefers evening classes after work; rents a mat",
                    "none",
                    first_name="Beatriz",
                ),
            ),
            Call(
                YOGA, 12, "pt", "Class time change and workshop",
                "Beatriz asked to move her weekly class because of work and signed up for the inversions "
                "workshop on Saturday, December 19.",
                [
                    ("Lotus Flow Studio, bom dia!", "Bom dia, é a Beatriz Almeida."),
                    ("Em que posso ajudar?",
                     "Na verdade, a aula das seis já não dá, mude para as sete e meia, por favor."),
                    ("Feito, às sete e meia às quartas. Mais alguma coisa?",
                     "Sim, quero inscrever-me no workshop de inversões."),
                    ("É no sábado, 19 de dezembro, às dez da manhã.", "Perfeito, obrigada."),
                ],
                {"first_name": "Beatriz"},
            ),
            Call(
                MASSAGE, 25, "pt", "Deep tissue massage for lower back",
                "Beatriz Almeida booked a 60-minute deep tissue massage with Joana for lower back pain from "
                "sciatica. She prefers firm pressure.",
                [
                    ("Olá, Kneaded Relief Massage, em que posso ajudar?",
                     "Olá, tenho ciática e dor na lombar, queria uma massagem."),
                    ("Recomendo tecido profundo, 60 minutos, com a Joana. Que pressão prefere?",
                     "Firme, bem firme."),
                    ("Ficou marcado com a Joana.", "Obrigada."),
                ],
                analysis_items(
                    "Deep tissue massage booking",
                    "",
                    "",
                    "Beatriz Almeida; sciatica with lower back pain; prefers firm pressure; sees Joana",
                    "health",
                    first_name="Beatriz",
                ),
            ),
            Call(
                MASSAGE, 5, "pt", "Pressure preference and next session",
                "Beatriz said the firm pressure was too much and asked for medium pressure from now on. Her "
                "next session is on Friday, December 11 at 10 AM.",
                [
                    ("Kneaded Relief Massage, bom dia.", "Bom dia, é a Beatriz."),
                    ("Como correu a última sessão?",
                     "Bem, mas a pressão firme doeu. Na próxima, pressão média, por favor."),
                    ("Anotado. Sexta-feira, 11 de dezembro, às dez da manhã, com a Joana?", "Sim, ótimo."),
                ],
                {"first_name": "Beatriz"},
            ),
        ],
        questions=[
            Question(YOGA, "What time is her weekly class now?",
                     ("7:30", "sete e meia", "19:30", "seven thirty"), ("6 PM", "das seis", "às seis")),
            Question(YOGA, "When is the workshop she signed up for?",
                     ("December 19", "19 de dezembro", "19 December", "Dec 19")),
            Question(YOGA, "Does she bring her own mat?", ("rent a mat", "rents a mat", "alugar um tapete")),
            Question(YOGA, "Has she practised before?", ("beginner", "nunca fiz")),
            Question(YOGA, "Does she have any back problems the teacher should know about?", ()),
            Question(YOGA, "Who is her emergency contact?", ()),
            Question(MASSAGE, "How firm should the massage be?", ("medium", "média"), ("firme", "firm")),
            Question(MASSAGE, "Who works on her?", ("Joana",)),
            Question(MASSAGE, "When is her next massage?", ("December 11", "11 de dezembro", "11 December")),
            Question(MASSAGE, "Why did she book deep tissue work?", ("sciatica", "ciática", "lower back")),
            Question(MASSAGE, "Does her health insurance cover the massages?", ()),
        ],
    ),
    Caller(
        number="+16175550183",
        names=("Daniel", "Chloe"),
        calls=[
            Call(
                SWIM, 45, "en", "Enrolment for Mia",
                "Daniel Brennan enrolled his daughter Mia, 7, in Stage 2 group lessons on Tuesdays "
                "at 4:15 PM.",
                [
                    ("Little Dolphins Swim School, how can I help?",
                     "Hi, I'd like to sign my daughter up for lessons."),
                    ("Lovely. How old is she, and can she swim already?",
                     "Mia's seven, she can do a width with a float."),
                    ("That's Stage 2. We have Tuesdays at 4:15.",
                     "Tuesdays at 4:15 works. I'm Daniel Brennan."),
                ],
                analysis_items(
                    "Enrolment for Mia",
                    "",
                    "",
                    "Daniel Brennan; daughter Mia, 7, Stage 2; lessons Tuesdays 4:15 PM",
                    "none",
                    first_name="Daniel",
                ),
            ),
            Call(
                SWIM, 30, "en", "Adding Noah to beginners",
                "Chloe Brennan added her son Noah, 5, to the Saturday 9:00 AM beginners' class, so "
                "the family "
                "now has two children enrolled. A 10% sibling discount was applied.",
                long_call(
                    [
                        ("Little Dolphins Swim School, how can I help?",
                         "Hi, it's Chloe Brennan, my daughter Mia already swims with you."),
                        ("Of course. What can I do for you?",
                         "I'd like to add her little brother Noah, he's five."),
                        ("We have a beginners' class on Saturdays at 9:00.", "Saturday at nine is perfect."),
                    ],
                    [
                        ("Is there anything his teacher should know?",
                         "Yes, Noah had grommets fitted, so he has to wear earplugs in the pool."),
                        ("Noted. Anything for Mia too?",
                         "She wears prescription goggles, she can't see a thing without them."),
                    ],
                    [
                        ("With two children you get a 10% sibling discount.", "Oh brilliant, thank you."),
                        ("You're all set. See you Saturday!", "Thanks, bye."),
                    ],
                    acks=_SWIM_ACKS,
                    talk=_SWIM_TALK,
                ),
                {"first_name": "Chloe"},
            ),
            Call(
                SWIM, 14, "en", "Lesson day change and assessment",
                "Daniel moved Mia's lessons to Thursdays at the same time. Mia's Stage 3 assessment is on "
                "Saturday, December 12 at 11 AM.",
                [
                    ("Little Dolphins Swim School, how can I help?",
                     "Hi, Daniel Brennan, about Mia's lessons."),
                    ("Sure, what's changing?",
                     "Her lessons, not Tuesday, Thursday, same time, 4:15. Tuesdays clash with football."),
                    ("Done. Also, Mia is ready for her Stage 3 assessment: Saturday, December 12 at 11.",
                     "Great, we'll be there."),
                ],
                analysis_items(
                    "Lesson day change and assessment",
                    "Mia's Stage 3 assessment",
                    "2026-12-12",
                    "Mia's lessons moved to Thursdays 4:15 PM; Mia ready for Stage 3",
                    "none",
                    first_name="Daniel",
                ),
            ),
            Call(
                SWIM, 3, "en", "Pickup and Noah's class time",
                "Chloe said grandmother Rosa is going to collect the children on Thursdays, and moved Noah "
                "from the 9:00 to the 10:00 Saturday class.",
                [
                    ("Little Dolphins Swim School, how can I help?", "Hi, Chloe Brennan again."),
                    ("Hi Chloe, what's up?",
                     "Two things: their grandma Rosa is going to collect the children on Thursdays."),
                    ("Noted, she's on the list. And the second?",
                     "Could Noah go in the 10:00 Saturday class? Nine is too early for him."),
                    ("Yes, moved to 10:00.", "Perfect, thanks."),
                ],
                {"first_name": "Chloe"},
            ),
        ],
        questions=[
            Question(SWIM, "Which day of the week does Mia swim?", ("Thursday",), ("Tuesdays", "on Tuesday")),
            Question(SWIM, "What time is Noah's Saturday class?", ("10:00", "10 AM"), ("9:00",)),
            Question(SWIM, "When is Mia's assessment?", ("December 12", "12 December", "Dec 12")),
            Question(SWIM, "What does Noah need to wear in the pool?", ("earplug", "ear plug")),
            Question(SWIM, "What kind of goggles does Mia use?", ("prescription",)),
            Question(SWIM, "Who will fetch the kids?", ("Rosa",)),
            Question(SWIM, "How many of their children are enrolled?", ("two children",)),
            Question(SWIM, "Do they get any discount?", ("10%", "sibling")),
            Question(SWIM, "Has Noah passed his first badge?", ()),
            Question(SWIM, "What is the family's home address?", ()),
            Question(SWIM, "Which lane does Mia swim in?", ()),
        ],
    ),
    Caller(
        number="+33612000084",
        names=("Luc",),
        calls=[
            Call(
                BARBER, 35, "fr", "Haircut and beard with Karim",
                "Luc Moreau had a cut with Karim: a skin fade on the sides, longer on top. He has sensitive "
                "skin, so his beard is trimmed with scissors only, no razor.",
                [
                    ("Bonjour, Sharp & Co Barbers, je vous écoute.",
                     "Bonjour, c'est Luc Moreau, je voudrais une coupe avec Karim."),
                    ("Quelle coupe?", "Un dégradé à blanc sur les côtés, plus long dessus."),
                    ("Et la barbe?", "Aux ciseaux seulement, pas de rasoir, j'ai la peau sensible."),
                ],
                analysis_items(
                    "Haircut and beard with Karim",
                    "",
                    "",
                    "Luc Moreau; skin fade on the sides, longer on top; beard with scissors only, no razor; "
                    "barber Karim",
                    "none",
                    first_name="Luc",
                ),
            ),
            Call(
                BARBER, 16, "fr", "Booking for Friday",
                "Luc booked a haircut for Friday, December 11 at 9 AM with Karim.",
                [
                    ("Sharp & Co Barbers, bonjour.",
                     "Bonjour, c'est Luc. Une coupe avec Karim, s'il vous plaît."),
                    ("Vendredi 11 décembre à 9 heures, ça vous va?", "Parfait, vendredi 11 à 9 heures."),
                ],
                {"first_name": "Luc"},
            ),
            Call(
                BARBER, 6, "fr", "Appointment moved to Saturday",
                "Luc moved his appointment to Saturday, December 12 at 10:30 with Sami, since Karim does not "
                "work on Saturdays. He said a razor is now fine for his beard.",
                [
                    ("Sharp & Co Barbers, bonjour.", "Bonjour, c'est Luc Moreau, pour mon rendez-vous."),
                    ("Oui?", "Finalement, pas vendredi, samedi. Samedi 12 décembre, à 10h30 si possible."),
                    ("Karim ne travaille pas le samedi, ce sera avec Sami.", "D'accord, avec Sami alors."),
                    ("Toujours aux ciseaux pour la barbe?", "Non, le rasoir, ça va maintenant."),
                ],
                analysis_items(
                    "Appointment moved to Saturday",
                    "Haircut with Sami",
                    "2026-12-12",
                    "barber now Sami; razor fine for beard",
                    "none",
                    first_name="Luc",
                ),
            ),
        ],
        questions=[
            Question(BARBER, "What day is his next haircut?", ("December 12", "12 décembre", "12 December"),
                     ("December 11", "11 décembre", "vendredi 11")),
            Question(BARBER, "Which time slot did he book?", ("10:30", "10h30"), ("9 AM", "9 heures")),
            Question(BARBER, "Which barber is he booked with?", ("Sami",), ("Karim",)),
            Question(BARBER, "Can a razor be used on his beard?",
                     ("now fine", "ça va maintenant", "razor fine"), ("scissors only", "pas de rasoir")),
            Question(BARBER, "What style does he want around the ears?", ("fade", "dégradé")),
            Question(BARBER, "Which hair product does he buy?", ()),
            Question(BARBER, "How old is he?", ()),
            Question(BARBER, "Does he usually pay by card?", ()),
        ],
    ),
    Caller(
        number="+13125550185",
        names=("Priya",),
        calls=[
            Call(
                NAILS, 50, "en", "Bridal party booking",
                "Priya Nair booked gel manicures for her bridal party of five on Friday, January 15 at 2 PM, "
                "the day before her wedding on Saturday, January 16. Colour: classic nude.",
                [
                    ("Polished Nail Bar, how can I help?",
                     "Hi, I'm getting married and want to book my bridal party."),
                    ("Congratulations! When's the big day?", "Saturday, January 16."),
                    ("How many of you, and when would you like to come in?",
                     "Five of us, the Friday before, January 15, around 2 PM."),
                    ("Gel manicures? Any colour in mind?", "Gel, yes, a classic nude for everyone."),
                    ("And your name?", "Priya Nair."),
                ],
                analysis_items(
                    "Bridal party booking",
                    "Bridal party gel manicures",
                    "2027-01-15",
                    "Priya Nair; wedding on January 16; bridal party of five; classic nude gel",
                    "none",
                    first_name="Priya",
                ),
            ),
            Call(
                NAILS, 28, "en", "Parking question",
                "Priya asked about parking and was told the lot behind the building is free after 5 PM.",
                [
                    ("Polished Nail Bar, how can I help?", "Hi, it's Priya, quick question about parking."),
                    ("Sure, the lot behind the building is free after 5 PM.",
                     "Great. Also, I'm allergic to latex."),
                    ("No problem, our technicians use nitrile gloves.", "Perfect, thank you."),
                ],
                {"first_name": "Priya"},
            ),
            Call(
                NAILS, 15, "en", "Party size and colour change",
                "Priya increased the bridal party to six so her cousin Anjali can come, and changed "
                "the colour "
                "to dusty rose.",
                [
                    ("Polished Nail Bar, how can I help?", "Hi, Priya Nair, about the bridal booking."),
                    ("Of course.", "Actually make it six, my cousin Anjali is coming too."),
                    ("Six it is. Anything else?", "We'll go with dusty rose instead of the nude."),
                ],
                analysis_items(
                    "Party size and colour change",
                    "Use dusty rose for the bridal party",
                    "2027-01-15",
                    "bridal party of six including cousin Anjali; colour dusty rose",
                    "none",
                    first_name="Priya",
                ),
            ),
            Call(
                NAILS, 4, "en", "Appointment time change",
                "Priya asked to start the bridal party appointment at 3 PM instead of 2 PM.",
                [
                    ("Polished Nail Bar, how can I help?", "Hi, it's Priya again."),
                    ("Hi Priya!", "Could we start at 3 PM rather than 2? The hair trial runs late."),
                    ("Yes, 3 PM on Friday the 15th.", "Thank you so much."),
                ],
                {"first_name": "Priya"},
            ),
        ],
        questions=[
            Question(NAILS, "How many people are in the bridal party booking?",
                     ("six", "party of 6", "6 people"), ("five",)),
            Question(NAILS, "What colour did the bride choose?", ("dusty rose",), ("nude",)),
            Question(NAILS, "When is the wedding?", ("January 16", "16 January", "Jan 16", "2027-01-16")),
            Question(NAILS, "What time does the group appointment start?", ("3 PM",), ("2 PM",)),
            Question(NAILS, "Is she allergic to anything?", ("latex",)),
            Question(NAILS, "What gloves should staff wear for her?", ("nitrile",)),
            Question(NAILS, "Which relative was added?", ("Anjali",)),
            Question(NAILS, "Where can she leave her car?", ("behind the building", "lot behind")),
            Question(NAILS, "What is the groom's name?", ()),
            Question(NAILS, "What is her budget for the party?", ()),
            Question(NAILS, "Does she want pedicures as well?", ()),
        ],
    ),
    Caller(
        number="+447700900186",
        names=("Helen",),
        calls=[
            Call(
                HOMECARE, 60, "en", "Care needs assessment for Margaret",
                "Helen Price arranged daily morning home care visits at 8 AM for her mother Margaret, 84, "
                "who is recovering from a hip fracture, at 14 Hawthorn Road, Bristol. Carers will let "
                "themselves in using the key safe by the front door (code 4816). Visits start on Monday, "
                "November 9.",
                long_call(
                    [
                        ("Good morning, Hearthside Home Care, how can I help?",
                         "Hello, I'm Helen Price, I need care for my mum, Margaret. She's 84."),
                        ("I'm sorry to hear that. What's happened?",
                         "She broke her hip and she's just come home from hospital."),
                        ("We can do daily morning visits. What time suits?", "Eight in the morning, please."),
                        ("And the address?", "14 Hawthorn Road, Bristol."),
                        ("How will the carers get in?",
                         "There's a key safe by the front door, the code is 4 8 1 6."),
                    ],
                    [
                        ("Are there any pets in the house?",
                         "Yes, a cat called Biscuit. Please don't let him out, he's an indoor cat."),
                        ("And who is her GP, in case we need to get in touch?",
                         "Dr Okonkwo at Brookside Surgery."),
                    ],
                    [
                        ("We can start on Monday, November 9.", "Monday the 9th, that's perfect."),
                        ("I'll send the care plan by email.", "Thank you so much."),
                    ],
                    acks=_CARE_ACKS,
                    talk=_CARE_TALK,
                ),
                analysis_items(
                    "Home care set-up for Margaret",
                    "Daily morning visits start",
                    "2026-11-09",
                    "Helen Price is the daughter; mother Margaret Price, 84, recovering from a hip fracture; "
                    "14 Hawthorn Road, Bristol; daily visits at 8 AM; key safe by the front door",
                    "health",
                    first_name="Helen",
                ),
            ),
            Call(
                HOMECARE, 35, "en", "Visit time and preferred carer",
                "Helen asked for the morning visits to be moved to 9 AM and said her mother gets on well "
                "with Joan, asking for Joan to do the mornings where possible.",
                [
                    ("Hearthside Home Care, how can I help?", "Hi, it's Helen Price, Margaret's daughter."),
                    ("Hello Helen, how is she getting on?",
                     "Much better. Actually make it 9 for the morning visit, she's never up by 8."),
                    ("9 AM from tomorrow. Anything else?",
                     "She really gets on with Joan. Could Joan do the mornings?"),
                    ("We'll try to keep Joan on mornings.", "Thank you."),
                ],
                {"first_name": "Helen"},
            ),
            Call(
                HOMECARE, 20, "en", "Change of morning carer",
                "Helen asked for Brigid to do the morning visits from now on instead of Joan.",
                [
                    ("Hearthside Home Care, how can I help?", "Hello, Helen Price again."),
                    ("Hi Helen.",
                     "Could Brigid do the mornings from now on instead of Joan? Mum's taken to her."),
                    ("Of course, Brigid on mornings from Monday.", "Lovely, thanks."),
                ],
                {"first_name": "Helen"},
            ),
            Call(
                HOMECARE, 7, "en", "Mother moved house",
                "Helen said her mother has moved in with her; the new address is 3 Quarry Lane, Nailsea, "
                "BS48 1AB. The first visit at the new address is on Tuesday, December 1 at 9 AM.",
                [
                    ("Hearthside Home Care, how can I help?", "Hi, it's Helen. We've moved Mum in with me."),
                    ("Oh, all right. What's the new address?",
                     "We've moved, the new address is 3 Quarry Lane, Nailsea, BS48 1AB."),
                    ("And access?", "Key safe on the side gate, the code is 2 5 9 0."),
                    ("First visit there on Tuesday, December 1, at 9?", "Yes, Tuesday the 1st is fine."),
                ],
                analysis_items(
                    "Mother moved house",
                    "First visit at the new address",
                    "2026-12-01",
                    "Margaret now lives with Helen at 3 Quarry Lane, Nailsea, BS48 1AB; key safe on "
                    "side gate",
                    "none",
                    first_name="Helen",
                ),
            ),
        ],
        questions=[
            Question(HOMECARE, "What is her mother's current address?", ("Quarry Lane",), ("Hawthorn Road",)),
            Question(HOMECARE, "What time should the morning visit be?",
                     ("9 AM", "9 for the morning", "at 9"), ("8 AM", "eight in the morning")),
            Question(HOMECARE, "Which carer does the family want for mornings?", ("Brigid",), ("Joan",)),
            Question(HOMECARE, "What is the cat called?", ("Biscuit",)),
            Question(HOMECARE, "Who is Margaret's GP?", ("Okonkwo", "Brookside")),
            Question(HOMECARE, "Why does Margaret need care?", ("hip fracture", "broke her hip")),
            Question(HOMECARE, "When did the visits start?", ("November 9", "9 November", "Nov 9")),
            Question(HOMECARE, "When is the first visit at the new house?",
                     ("December 1", "1 December", "Dec 1")),
            Question(HOMECARE, "How do carers get into the house?", ("key safe",)),
            Question(HOMECARE, "What is the key safe code?", ()),
            Question(HOMECARE, "Does Helen hold power of attorney for her mother?", ()),
            Question(HOMECARE, "Which hospital treated the fracture?", ()),
            Question(HOMECARE, "How much does the care cost per month?", ()),
        ],
    ),
    Caller(
        number="+12065550182",
        names=("Grace",),
        calls=[
            Call(
                MASSAGE, 33, "en", "Prenatal massage booking",
                "Grace Okafor, 24 weeks pregnant, booked a 60-minute prenatal massage with Elena. She asked "
                "for unscented oil because lavender makes her nauseous.",
                [
                    ("Kneaded Relief Massage, how can I help?",
                     "Hi, I'm Grace Okafor, I'm 24 weeks pregnant and I'd love a prenatal massage."),
                    ("Elena is our prenatal specialist, 60 minutes?", "Sounds good."),
                    ("Any oils you prefer?", "Unscented please, lavender makes me nauseous."),
                ],
                analysis_items(
                    "Prenatal massage booking",
                    "",
                    "",
                    "Grace Okafor; 24 weeks pregnant; prenatal massage with Elena; avoid lavender oil",
                    "health",
                    first_name="Grace",
                ),
            ),
            Call(
                MASSAGE, 18, "en", "Gift voucher purchase",
                "Grace bought a $120 gift voucher for her sister Temitope; voucher code GV-58213.",
                [
                    ("Kneaded Relief Massage, how can I help?",
                     "Hi, it's Grace, I'd like to buy a gift voucher."),
                    ("How much for?", "A hundred and twenty dollars, it's for my sister Temitope."),
                    ("Done, the voucher code is G V 5 8 2 1 3.", "GV-58213, thanks."),
                ],
                {"first_name": "Grace"},
            ),
            Call(
                MASSAGE, 6, "en", "Therapist and length change",
                "Grace switched her next massage to Marcus instead of Elena and made it 90 minutes "
                "rather than "
                "60. It is on Tuesday, December 15 at 1 PM.",
                [
                    ("Kneaded Relief Massage, how can I help?",
                     "Hi, Grace Okafor, about my next appointment."),
                    ("Sure.",
                     "Actually, could I see Marcus instead of Elena? And make it 90 minutes rather than 60."),
                    ("Marcus, 90 minutes, Tuesday, December 15 at 1 PM.", "Perfect."),
                ],
                analysis_items(
                    "Therapist and length change",
                    "90-minute massage with Marcus",
                    "2026-12-15",
                    "now sees Marcus; 90-minute sessions",
                    "none",
                    first_name="Grace",
                ),
            ),
        ],
        questions=[
            Question(MASSAGE, "Which therapist is she booked with?", ("Marcus",), ("Elena",)),
            Question(MASSAGE, "How long is her session?", ("90",), ("60-minute", "60 minutes")),
            Question(MASSAGE, "When is her next appointment?", ("December 15", "15 December", "Dec 15")),
            Question(MASSAGE, "Which aroma bothers her?", ("lavender",)),
            Question(MASSAGE, "Who was the voucher for?", ("Temitope",)),
            Question(MASSAGE, "What is the voucher code?", ("GV-58213", "5 8 2 1 3")),
            Question(MASSAGE, "How much was the voucher worth?", ("120", "hundred and twenty")),
            Question(MASSAGE, "How far along is her pregnancy?", ("24 weeks",)),
            Question(MASSAGE, "What is her due date?", ()),
            Question(MASSAGE, "Is she allergic to any massage oils?", ()),
            Question(MASSAGE, "Does she have a referral from her midwife?", ()),
        ],
    ),
]  # fmt: skip
