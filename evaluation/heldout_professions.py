"""A held-out memory set: callers of eight professional services in Halifax, Nova Scotia, as ElevenLabs
would report them.

An optician, an osteopath, a mortgage broker, a funeral home, a will-writing service, a personal stylist,
a computer repair shop and a watch and jewellery repairer. Nine callers, 28 calls: a Spanish translator
and a French client whose calls are in their own language and who are asked about in English, a couple
buying their first house on one phone, a teacher who rings the osteopath and the stylist and whose back
treatment and medication are the osteopath's alone, three calls of 84 exchanges (a mortgage fact-find, a
daughter's first call after her father died, a widower's broken laptop) whose middle holds facts no
summary or analysis item repeats, corrections said plainly ("finalement je préfère bleu marine", "we're
now at four sixty-eight"), access codes for a key safe, a side gate, a house alarm and a laptop PIN that
no answer may give, and about half of the calls with the post-call analysis items as ElevenLabs' model
fills them (a fact left out, a category that misfires or says none for a private call, an alarm code
copied into the facts, values in the call's language, a date left empty), the others with the agent's
own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November"); "when did he
first call" is answered by the day of that call.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

OPTICIAN = "agent_prof_optician_0000000000000401"
OSTEO = "agent_prof_osteo_0000000000000000402"
MORTGAGE = "agent_prof_mortgage_0000000000000403"
FUNERAL = "agent_prof_funeral_00000000000000404"
WILLS = "agent_prof_wills_0000000000000000405"
STYLIST = "agent_prof_stylist_00000000000000406"
COMPUTERS = "agent_prof_computers_000000000000407"
WATCHES = "agent_prof_watches_00000000000000408"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_FACTFIND_ACKS = [
    "Mm-hm.", "Oh, I know.", "Ha, right?", "Totally.", "Yeah.", "That's exciting.", "Sure.",
    "Oh, for sure.", "No kidding.", "Right.", "Ha!", "Aw.",
]  # fmt: skip
_FACTFIND_TALK = [
    "We've been renting in the North End for six years, and the landlord's selling, so, you know.",
    "Yeah.",
    "We've seen, like, twenty houses. Owen keeps a spreadsheet, colour-coded.",
    "He rates the kitchens out of ten. He doesn't even cook.",
    "Ha, I know.",
    "Dartmouth's just so much cheaper than the peninsula, and there's the ferry.",
    "I love the ferry. Ten minutes and you're downtown.",
    "Mm.",
    "We saw one last week with a hot tub on the deck, Owen nearly signed on the spot.",
    "It had a crack right through the foundation though, so, no.",
    "The open houses are wild right now, there's like forty people at every one.",
    "Right?",
    "My sister says we should've bought five years ago. Thanks, very helpful.",
    "Sorry, the cat's walking on my keyboard.",
    "She does this every single time I'm on a call.",
    "Okay, she's gone.",
    "Owen wants a garage for the van and his tools. That's his one non-negotiable.",
    "Mine is a bathtub. I do twelve-hour shifts, I need a bath.",
    "Ha, yes.",
    "And a yard. Not big. Just somewhere to sit outside.",
    "We'd love to be near the lakes, Owen swims all summer.",
    "I just float, honestly.",
    "Mm-hm.",
    "Our realtor's great, she sends us listings at like eleven at night.",
    "I don't know when she sleeps.",
    "Yeah.",
    "My parents are so excited, they've already picked out a housewarming present.",
    "It's a barbecue. Owen's thrilled.",
    "Sorry, I'm going off on tangents.",
    "Okay.",
    "Work's been crazy, we're short-staffed again.",
    "But it's fine, it's fine.",
    "Nights are the worst, I'm like a zombie the next day.",
    "Ha, yeah.",
    "Owen does all the cooking when I'm on nights. Toast, mostly.",
    "Okay, okay, sorry.",
    "Right.",
    "Do people ever cry on these calls? I feel like I might.",
    "It's just a lot, you know? It's a big thing.",
    "Thanks. That helps.",
    "Okay, yes.",
    "Mm.",
    "Sure.",
    "Oh, that makes sense.",
    "Yeah, no, that's fair.",
    "Right, right.",
    "Okay, go on.",
    "Sorry, yes.",
    "Uh-huh.",
    "Yep.",
    "Ha, okay.",
    "Good to know.",
    "Oh wow.",
    "Okay, cool.",
    "Yeah, I figured.",
    "Mm, yeah.",
    "Got it.",
    "That's what Owen said.",
    "Ha. Yes.",
    "Right, okay.",
]
_FUNERAL_ACKS = [
    "Of course.", "Take your time.", "Mm.", "That's lovely.", "I understand.", "Yes.", "Oh, Gwen.",
    "He sounds wonderful.", "I'm listening.", "That's very natural.", "Ha, bless him.", "Mm-hm.",
]  # fmt: skip
_FUNERAL_TALK = [
    "He was only in the hospice eleven days. It went so fast at the end.",
    "The nurses there, honestly, angels. One of them sat with him half the night.",
    "I was holding his hand. I think he knew I was there.",
    "Sorry.",
    "He had the worst jokes. Terrible. He'd tell the same five over and over.",
    "Why did the lobster blush? Because the sea weed. Every Christmas, that one.",
    "Ha, yes.",
    "He still did the crossword every morning, right up to last month. In pen.",
    "He never missed a Mooseheads game on the radio.",
    "Mum went first, eight years ago. He was lost for a while after that.",
    "Mm.",
    "He used to walk down to the waterfront every single day. Rain or shine.",
    "He knew half the fishermen on the wharf by name.",
    "I keep picking up the phone to call him. I've done it twice today.",
    "Is that normal? It must be normal.",
    "Thank you.",
    "My kids have been so good. Well, they're not kids, they're grown.",
    "The house is so quiet. I went round this morning and his cup was still on the counter.",
    "I couldn't wash it. Isn't that silly.",
    "Okay.",
    "He grew tomatoes out back, every summer. Dozens. We couldn't give them away fast enough.",
    "And he'd make chow with the green ones, jars and jars of it.",
    "Ha, yes.",
    "Sorry, I'm rambling.",
    "It helps to talk about him.",
    "He'd hate all this fuss, you know. He'd say, just put me out with the recycling.",
    "Ha. He would.",
    "Right.",
    "Okay. Where were we.",
    "Yes.",
    "Sorry, I made a cup of tea and forgot to drink it.",
    "There.",
    "He loved the sea. Any excuse to be near it.",
    "We scattered Mum's ashes at Peggy's Cove. I think he'd want to go there too.",
    "Mm-hm.",
    "I don't know what I'll do with the bungalow. Not yet. I can't think about it.",
    "Yes, one thing at a time.",
    "Okay.",
    "Thank you for being so patient.",
    "I'm all right. I'm all right.",
    "It's strange, the things you notice. His slippers by the door.",
    "Mm.",
    "He'd have liked you, I think. He liked people who let him talk.",
    "Ha, yes, he could talk.",
    "Sorry, somebody's texting me. It's just my friend checking in.",
    "Everyone's been so kind.",
    "Yes.",
    "Okay, sorry.",
    "Right.",
    "Go on.",
    "Mm-hm.",
    "Yes, I'm here.",
    "Thank you.",
    "Okay.",
    "I know.",
    "Yes, yes.",
    "That's good.",
    "Mm.",
    "All right.",
    "Sorry. Yes.",
]
_LAPTOP_ACKS = [
    "Mm-hm.", "Ha, fair enough.", "Right.", "Oh, nice.", "Sure.", "No worries.", "Totally.", "Ha!",
    "Yeah.", "Oh, wow.", "I hear you.", "Okay.",
]  # fmt: skip
_LAPTOP_TALK = [
    "I'm not very good with computers, you'll have gathered.",
    "My grandson set it all up for me. He's at university now, in Montreal.",
    "He does computers too. Something with games.",
    "Ha, yes.",
    "I mostly use it for the email and the Facebook.",
    "And the solitaire. I'm very good at the solitaire.",
    "Mm.",
    "I was a machinist, you know, at the dockyard. Forty years. Give me a lathe any day.",
    "Now that I understand. Computers, no.",
    "Right.",
    "The update came up and I pressed yes. You're supposed to press yes, aren't you?",
    "I thought so.",
    "My neighbour's got an Apple one. He says I should get one of those.",
    "I said, and what, learn it all again? At my age?",
    "Ha, exactly.",
    "The weather's been dreadful, hasn't it. Fog all week.",
    "I can't see across the basin some mornings.",
    "Mm-hm.",
    "I go to the Legion on Fridays. Darts. We came second in the league.",
    "Second out of six, mind you.",
    "Ha.",
    "Sorry, I do go on.",
    "My daughter says I should do one of those computer classes at the library.",
    "Maybe I will. Once this is fixed.",
    "Yes.",
    "They've got a nice little café at the library too.",
    "Is it very busy, your shop? I expect everyone's computer breaks after these updates.",
    "Ha, I bet.",
    "Right you are.",
    "I had a typewriter for thirty years and it never once needed an update.",
    "Ha, no.",
    "Okay.",
    "My granddaughter's getting married next summer. In Ontario. I'll need it to look at flights.",
    "Mm.",
    "Sorry, the kettle's going.",
    "There we are.",
    "I'm still here.",
    "Yes.",
    "Go on.",
    "Right.",
    "Mm-hm.",
    "Oh, I see.",
    "Fair enough.",
    "Righto.",
    "You young people, you just know it all, don't you.",
    "Ha, well, you're very good at explaining.",
    "Yes, I'm with you.",
    "Oh, that's clever.",
    "Quite right.",
    "Mm.",
    "I'll write that down. Hang on. Where's my pen.",
    "Got it.",
    "Yes.",
    "Right.",
    "Okay, okay.",
    "Ha, yes.",
    "Is that so.",
    "Well I never.",
    "Lovely.",
    "Right you are, yes.",
]


HELDOUT_PROFESSIONS: list[Caller] = [
    # A Spanish translator on a Spanish mobile: her calls in Spanish, the questions in English; the
    # collection day and her address corrected in the last call; a summary in Spanish.
    Caller(
        number="+34690255519",
        names=("Inés",),
        calls=[
            Call(
                OPTICIAN, 47, "es", "Eye examination booked",
                "The user, Inés Navarro, spoke Spanish and booked an eye examination for {+6} at 4:15 PM "
                "with the optometrist Priyanka Shah. She wears varifocal glasses and last had her eyes "
                "tested two years ago in Seville. She has type 1 diabetes, so the agent added retinal "
                "photographs to the appointment. She also wears monthly contact lenses for sport.",
                [
                    ("Clearview Optical, good afternoon, Gemma speaking.",
                     "Hola, buenas tardes... eh, perdone, ¿habla usted español?"),
                    ("Sí, ¡hablo español! ¿En qué puedo ayudarle?",
                     "Ay, qué bien. Pues quería pedir cita para, eh, para revisarme la vista. Hace dos años "
                     "que no me la miro, la última vez fue en Sevilla."),
                    ("Claro. ¿Me dice su nombre, por favor?",
                     "Inés Navarro. Inés, I-N-É-S, con tilde en la e."),
                    ("Gracias, Inés. ¿Usa gafas actualmente?",
                     "Sí, llevo progresivas. Y, bueno, lentillas mensuales para jugar al pádel, tres veces "
                     "por semana."),
                    ("Perfecto. ¿Tiene alguna condición de salud que debamos saber?",
                     "Sí, soy diabética, tipo uno, desde los doce años. Mi médico dice que tengo que "
                     "hacerme el fondo de ojo cada año."),
                    ("Entonces le añadimos fotografías de retina a la revisión, sin coste extra.",
                     "Ah, estupendo."),
                    ("¿Tiene algún síntoma ahora mismo?",
                     "Me duele un poco la cabeza cuando leo por la noche, y con el ordenador se me cansan "
                     "los ojos. Trabajo de traductora, son ocho horas de pantalla al día."),
                    ("Le puedo dar cita dentro de seis días, a las cuatro y cuarto de la tarde, con la "
                     "optometrista Priyanka Shah.", "A las cuatro y cuarto... sí, vale, perfecto."),
                    ("Traiga sus gafas actuales y la caja de las lentillas, por favor.",
                     "Vale, las llevo. ¡Muchas gracias, Gemma!"),
                ],
                analysis_items(
                    "Cita para revisión de la vista", "Revisión de la vista con fotografías de retina",
                    "{+6}", "Lleva gafas progresivas; lentillas mensuales para pádel; diabetes tipo 1",
                    "health", first_name="Inés",
                ),
            ),
            Call(
                OPTICIAN, 20, "es", "Montura y lentes elegidas",
                "La usuaria, Inés Navarro, eligió la montura Ottilie de acetato color carey y lentes "
                "progresivas con filtro de luz azul y antirreflejante. El total es de 385 dólares; pagó un "
                "anticipo de 100 dólares y pagará el resto al recoger las gafas el {+12}. La graduación del "
                "ojo izquierdo ha subido.",
                [
                    ("Clearview Optical, Gemma al habla.",
                     "Hola Gemma, soy Inés Navarro, la de las progresivas. Estuve en la revisión el mes "
                     "pasado."),
                    ("¡Hola Inés! ¿Ya ha decidido la montura?",
                     "Sí, por fin. Me quedo con la Ottilie, la de carey. La negra me hacía muy seria, mi "
                     "hija dice que parecía una jueza."),
                    ("Ja, ja. La Ottilie de carey, buena elección. ¿Las lentes igual que antes?",
                     "Progresivas, sí, pero ahora con el filtro de luz azul, por lo del ordenador. Y "
                     "antirreflejante."),
                    ("Muy bien. Recuerde que el ojo izquierdo le ha subido un poco, de menos dos a menos dos "
                     "setenta y cinco.", "Sí, sí, ya me lo dijo Priyanka. Por eso me dolía la cabeza."),
                    ("El total serían trescientos ochenta y cinco dólares.",
                     "Vale. ¿Puedo dejar una señal y pagar el resto luego?"),
                    ("Sí, con cien dólares de anticipo es suficiente.",
                     "Perfecto, le pago los cien ahora con tarjeta."),
                    ("Hecho. Las gafas estarán listas en doce días.",
                     "¿Doce días? Bueno, vale. ¿Me avisan por mensaje?"),
                    ("Sí, le mandamos un SMS. ¿Sigue en la misma dirección, 8 Ashdown Terrace?",
                     "Sí, de momento sí, 8 Ashdown Terrace. Gracias, Gemma."),
                ],
                {"first_name": "Inés"},
            ),
            Call(
                OPTICIAN, 6, "es", "Glasses collection moved",
                "Inés Navarro asked to collect her new glasses on {+17} instead of the original day, "
                "because she will be in Madrid for her sister's wedding. She has moved to Apartment 2, 61 "
                "Coburg Road, and asked that her partner be allowed to collect the glasses if she is "
                "delayed. She also ordered a three-month supply of her monthly contact lenses.",
                [
                    ("Clearview Optical, Gemma speaking.",
                     "Hola Gemma, soy Inés otra vez. Oye, una cosa sobre las gafas."),
                    ("Dígame, Inés.",
                     "Es que el día que tenía que recogerlas estoy en Madrid, se casa mi hermana Marta. "
                     "¿Puedo ir más tarde, tres días después?"),
                    ("Sin problema, se lo cambio. ¿Algo más?",
                     "Sí, me he mudado. Ahora estoy en el apartamento dos, número sesenta y uno de Coburg "
                     "Road."),
                    ("Apartment 2, 61 Coburg Road, apuntado.",
                     "Eso. Y si me retraso, que las recoja mi pareja, Joaquín. Joaquín Ortega."),
                    ("Perfecto, lo pongo en la ficha.",
                     "Ah, y ya que estoy, ¿me pide lentillas mensuales para tres meses? Las mismas de "
                     "siempre."),
                    ("Claro, tres cajas, las mismas.", "Genial. Mil gracias, Gemma."),
                ],
                {"first_name": "Inés"},
            ),
        ],
        questions=[
            Question(OPTICIAN, "What kind of glasses does she wear?", ("varifocal", "progresiva")),
            Question(OPTICIAN, "Which frame did she pick?", ("ottilie",)),
            Question(OPTICIAN, "What colour are her new frames?", ("carey", "tortoiseshell")),
            Question(OPTICIAN, "Does she have a medical condition that affects her eyes?",
                     ("diabet",)),
            Question(OPTICIAN, "What's her line of work?", ("traductora", "translator")),
            Question(OPTICIAN, "What sport does she play?", ("pádel", "padel")),
            Question(OPTICIAN, "How often does she play?", ("tres veces por semana", "three times a week")),
            Question(OPTICIAN, "How much do the new glasses cost altogether?",
                     ("385", "trescientos ochenta y cinco")),
            Question(OPTICIAN, "How much has she paid up front?", ("100", "cien")),
            Question(OPTICIAN, "How much did her left eye change?",
                     ("dos setenta y cinco", "2.75", "2,75")),
            Question(OPTICIAN, "When can she pick up her glasses?", _day(6, 17), _day(20, 12)),
            Question(OPTICIAN, "Where does she live now?", ("coburg",), ("ashdown",)),
            Question(OPTICIAN, "Who else may collect the glasses for her?", ("joaquín", "joaquin")),
            Question(OPTICIAN, "Why can't she make the original collection day?",
                     ("madrid", "sister's wedding", "se casa")),
            Question(OPTICIAN, "What time was her eye test?", ("4:15", "cuatro y cuarto", "16:15")),
            Question(OPTICIAN, "Which lens extras did she choose?", ("luz azul", "blue light")),
            Question(OPTICIAN, "Which optometrist examined her?", ("priyanka",)),
            Question(OPTICIAN, "How many boxes of lenses did she order?",
                     ("tres cajas", "three boxes", "three-month", "three months")),
            Question(OPTICIAN, "Where was her last eye test?", ("sevilla", "seville")),
            Question(OPTICIAN, "How did she pay the deposit?", ("tarjeta", "card")),
            Question(OPTICIAN, "What is her partner's prescription?", ()),
            Question(OPTICIAN, "Who is her sister marrying?", ()),
            Question(OPTICIAN, "What is her date of birth?", ()),
            Question(OPTICIAN, "Which brand of contact lenses does she wear?", ()),
            Question(OPTICIAN, "What's the prescription in her right eye?", ()),
            Question(OPTICIAN, "What is her family doctor's name?", ()),
            Question(OPTICIAN, "What's her daughter's name?", ()),
            Question(OPTICIAN, "What is the name of her padel club?", ()),
            Question(OPTICIAN, "How much will the three months of contact lenses cost?", ()),
        ],
    ),
    # A teacher who rings the osteopath and the stylist: her back (sciatica, a herniated disc, naproxen,
    # numbness) is the osteopath's alone; the preferred time and the budget corrected; an alarm code the
    # analysis copied into the facts.
    Caller(
        number="+19025551901",
        names=("Harriet",),
        private_to={OSTEO: ("sciatica", "naproxen", "herniated", "numbness")},
        calls=[
            Call(
                OSTEO, 33, "en", "Lower back pain assessment booked",
                "The user, Harriet Cole, booked an initial osteopathy assessment with Nadia for {+3} at "
                "7:45 AM for lower back pain running down her left leg, which started when she moved house. "
                "Her family doctor diagnosed sciatica and an MRI showed a herniated disc; she is taking "
                "naproxen. She prefers early-morning appointments before school.",
                [
                    ("Kingsgate Osteopathy, this is Tom, how can I help?",
                     "Oh, hi, um, yes, I'd like to book an, um, an assessment? For my back."),
                    ("Of course. Have you been to us before?",
                     "No, first time. My friend Lorna comes to you, she said Nadia's amazing."),
                    ("Nadia's great. Can I take your name?",
                     "Harriet Cole. That's Cole with an E at the end, C-O-L-E."),
                    ("Thanks, Harriet. What's going on with your back?",
                     "So it's lower back, and it sort of, it shoots down my left leg, right down to the, the "
                     "ankle. Started when we moved house, six weeks ago, I lifted a box of books I really "
                     "shouldn't have."),
                    ("Ouch. Have you seen a doctor about it?",
                     "Yes, my family doctor said sciatica, and I had an MRI last week, it showed a "
                     "herniated disc, low down."),
                    ("Okay, that's helpful. Any medication?", "Naproxen, twice a day with food. It takes the "
                     "edge off."),
                    ("Any numbness or tingling?",
                     "A bit of numbness in my toes on the left foot, mostly in the morning."),
                    ("Thanks. Do you have a preferred time?",
                     "Early, if you can. I'm a teacher, so before school is best. Like, before eight?"),
                    ("Nadia has seven forty-five in three days' time.", "Seven forty-five, perfect."),
                    ("Wear something loose, and bring the MRI report if you have it.",
                     "Will do. Thanks so much, Tom."),
                ],
                analysis_items(
                    "Initial osteopathy assessment for back pain", "Initial assessment with Nadia", "{+3}",
                    "Lower back pain down the left leg; sciatica; herniated disc on MRI; takes naproxen; "
                    "teacher, prefers appointments before 8 AM", "health", first_name="Harriet",
                ),
            ),
            Call(
                OSTEO, 12, "en", "Osteopathy follow-up, evening slots",
                "Harriet said the leg pain is much better after three sessions with Nadia and the numbness "
                "has gone. She starts a new job as vice-principal next month, so she now wants evening "
                "appointments after 6 PM instead of early mornings. The agent booked her next session for "
                "{+9} at 6:15 PM.",
                [
                    ("Kingsgate Osteopathy, Tom speaking.", "Hi Tom, it's Harriet Cole, I see Nadia."),
                    ("Hi Harriet! How are you getting on?",
                     "So much better, honestly. The leg's, like, eighty percent better and the numbness in "
                     "my toes is gone."),
                    ("That's brilliant. Are you keeping up the exercises?",
                     "The, um, the cat-cow and the press-ups lying on my tummy, yeah, every night. The "
                     "McKenzie ones."),
                    ("Great. What can I do for you today?",
                     "So, I got the vice-principal job! I start next month. Which means mornings are out, "
                     "I'll be in by seven. Can we switch to evenings? After six?"),
                    ("Congratulations! Yes, Nadia does evenings on Tuesdays and Thursdays.",
                     "Thursdays are better. Tuesdays I have, um, staff meetings."),
                    ("Her Thursdays are full for a week, so the earliest is six fifteen, nine days from now.",
                     "Six fifteen. Lovely."),
                    ("Anything else?",
                     "Oh, I'm seeing a stylist for new work clothes, I'll be on my feet for a couple of "
                     "hours shopping. Is that okay?"),
                    ("Nadia would say take breaks and wear flat shoes.", "Flat shoes, got it. Thanks, Tom."),
                ],
                {"first_name": "Harriet"},
            ),
            Call(
                STYLIST, 28, "en", "Work wardrobe consultation",
                "The user, Harriet Cole, is starting a new job as vice-principal and wants a work wardrobe. "
                "Her budget is $600. An online colour analysis put her in soft autumn; she dislikes yellow. "
                "She is a size 8 top and size 10 pants. The agent booked a personal shopping session at "
                "Park Lane for {+20} at 10 AM.",
                [
                    ("Hi, you've reached Anouk Styling, this is Anouk!",
                     "Hi Anouk, hi. Um, so, I got your name from, er, from an Instagram post? I need help "
                     "with clothes. Work clothes."),
                    ("Love that. Tell me a bit about you.",
                     "I'm Harriet, Harriet Cole. I'm a teacher, well, I've just been made vice-principal, "
                     "and "
                     "my wardrobe is basically, like, cardigans with chalk on them."),
                    ("Ha! We can fix that. What's the budget?",
                     "Um, six hundred? Six hundred dollars. Is that silly?"),
                    ("Not at all, we can do a lot with six hundred. Have you ever had your colours done?",
                     "I did one of those online quizzes, it said soft autumn? Whatever that means."),
                    ("Soft autumn, lovely. Muted warm tones, olive, camel, rust. Anything you hate?",
                     "Yellow. I look like I've got the flu in yellow."),
                    ("Noted, no yellow. Sizes?",
                     "Usually an eight on top, and a ten in pants, because, hips."),
                    ("And shoes?",
                     "Seven. And, um, flats for now, please. Heels are off the cards for a bit."),
                    ("Flats it is. How about a shopping session at Park Lane in twenty days, ten in the "
                     "morning?", "Perfect, I'm free then."),
                    ("Great, I'll send you a little questionnaire by email.", "Amazing. Thank you!"),
                ],
                analysis_items(
                    "Work wardrobe consultation", "Personal shopping session at Park Lane", "{+20}",
                    "New vice-principal; budget $600; soft autumn colouring; no yellow; size 8 top, size 10 "
                    "pants", "none", first_name="Harriet",
                ),
            ),
            Call(
                STYLIST, 5, "en", "Shopping follow-up and wardrobe edit booked",
                "Harriet said the shopping session went well: she bought a navy blazer and two pairs of "
                "wide-leg pants. She raised her budget to $750 to add a camel trench coat. The agent booked "
                "a wardrobe edit at her home, 42 Linden Grove, for {+9} at 4 PM.",
                [
                    ("Anouk Styling, hi!",
                     "Hi Anouk, it's Harriet. I just wanted to say, the shopping day was, like, "
                     "life-changing."),
                    ("Aw, that blazer on you!",
                     "The navy blazer, I know! And the wide-leg pants, both pairs, I've worn them already."),
                    ("So what's next?",
                     "Okay, so, I talked to my husband and I'm going to go up to seven fifty. Seven hundred "
                     "and fifty. I really want that camel trench coat we saw."),
                    ("Oh, yes! So the budget's seven fifty now. Shall we do the wardrobe edit at your place?",
                     "Yes please. I'm at forty-two Linden Grove. It's the blue door."),
                    ("Lovely. I could come in nine days, at four in the afternoon.",
                     "Four's fine. If I'm not home yet my husband Dan will be, and if nobody answers, the "
                     "alarm code is 5 0 8 2 and the spare key's under the heron statue."),
                    ("Okay, I'll note that, but I'll text before I come.",
                     "Great. Oh, and we have a very friendly greyhound called Pickle, just so you know."),
                    ("Ha, I love greyhounds.", "Everyone does. See you then!"),
                ],
                analysis_items(
                    "Wardrobe edit booking", "Wardrobe edit at Harriet's home", "{+9}",
                    "Budget now $750; wants a camel trench coat; lives at 42 Linden Grove; alarm code 5082; "
                    "greyhound called Pickle", "none", first_name="Harriet",
                ),
            ),
        ],
        questions=[
            Question(OSTEO, "Who is her osteopath?", ("nadia",)),
            Question(OSTEO, "What medication is she on?", ("naproxen",)),
            Question(OSTEO, "What did her scan show?", ("herniated disc",)),
            Question(OSTEO, "How did she hurt her back?", ("moved house", "box of books")),
            Question(OSTEO, "Which leg does the pain go down?", ("left",)),
            Question(OSTEO, "Who recommended us to her?", ("lorna",)),
            Question(OSTEO, "Which exercises is she doing at home?", ("cat-cow", "mckenzie")),
            Question(OSTEO, "Which part of the day suits her for appointments now?",
                     ("evenings", "after six", "after 6"),
                     ("early-morning", "before school", "before eight", "before 8")),
            Question(OSTEO, "When is her next session?", _day(12, 9)),
            Question(OSTEO, "What time is her next session?", ("6:15", "six fifteen")),
            Question(OSTEO, "Which evening is no good for her?", ("tuesday",)),
            Question(OSTEO, "How much has her leg improved?", ("eighty percent", "80%", "80 percent")),
            Question(OSTEO, "Why is she switching to later slots?", ("vice-principal", "new job")),
            Question(OSTEO, "Where did the pain reach down to at first?", ("ankle",)),
            Question(OSTEO, "What is her mother's name?", ()),
            Question(OSTEO, "What is her family doctor's name?", ()),
            Question(OSTEO, "Which clinic did her MRI?", ()),
            Question(OSTEO, "What is her date of birth?", ()),
            Question(OSTEO, "At what level of the spine is the disc?", ()),
            Question(OSTEO, "What is the name of her school?", ()),
            Question(STYLIST, "What's her clothing budget?",
                     ("750", "seven fifty", "seven hundred and fifty"), ("600", "six hundred")),
            Question(STYLIST, "Which colour season is she?", ("soft autumn",)),
            Question(STYLIST, "Which colour should we keep away from her?", ("yellow",)),
            Question(STYLIST, "What size pants does she wear?", ("size 10", "ten in pants")),
            Question(STYLIST, "What's her shoe size?", ("seven", "size 7", "size seven")),
            Question(STYLIST, "What did she buy on the shopping day?", ("navy blazer", "wide-leg")),
            Question(STYLIST, "What piece is she still hoping to add?", ("camel trench",)),
            Question(STYLIST, "Where's the wardrobe edit?", ("linden grove",)),
            Question(STYLIST, "When is the wardrobe edit?", _day(5, 9)),
            Question(STYLIST, "What's the dog called?", ("pickle",)),
            Question(STYLIST, "What breed is their dog?", ("greyhound",)),
            Question(STYLIST, "Who will be home if she isn't?", ("dan",)),
            Question(STYLIST, "Which mall was the shopping trip at?", ("park lane",)),
            Question(STYLIST, "What kind of shoes does she need for now?", ("flats",)),
            Question(STYLIST, "How did she find us?", ("instagram",)),
            Question(STYLIST, "What's the alarm code?", ()),
            Question(STYLIST, "Is she taking anything for pain?", ()),
            Question(STYLIST, "What's her husband's suit size?", ()),
            Question(STYLIST, "Which brand was the navy blazer?", ()),
            Question(STYLIST, "How much did the blazer cost?", ()),
            Question(STYLIST, "Which store has the camel trench coat?", ()),
        ],
    ),
    # A couple buying their first house on one phone: a fact-find of 84 exchanges whose middle (debts, a
    # collection, a baby due) no summary repeats; the price corrected after a low appraisal; a finance
    # call the analysis called "none".
    Caller(
        number="+19025551902",
        names=("Owen", "Bethan"),
        calls=[
            Call(
                MORTGAGE, 55, "en", "First-time buyer mortgage enquiry",
                "The user, Owen Pritchard, and his wife Bethan are first-time buyers looking at homes in "
                "Dartmouth around $485,000. They have a $52,000 down payment, including a $20,000 gift from "
                "Bethan's parents. Owen is a self-employed electrician. The agent booked a fact-find call "
                "with Bethan for {+4} at 6 PM.",
                [
                    ("Harbour Mortgage Solutions, Kelly speaking.",
                     "Hey, yeah, hi. So we're, uh, we're looking to buy our first place and everyone says "
                     "talk to a broker first, so. Here I am."),
                    ("You're in the right place! Who am I speaking with?",
                     "Owen. Owen Pritchard. P-R-I-T-C-H-A-R-D."),
                    ("Thanks, Owen. Where are you looking, and roughly what price?",
                     "Dartmouth, mostly. Like, around four eighty-five? Four hundred eighty-five thousand, "
                     "give or take."),
                    ("And how much have you got for a down payment?",
                     "Fifty-two thousand. Well, thirty-two is ours and twenty is a gift from my wife's "
                     "parents."),
                    ("That's a great start. What do you both do?",
                     "I'm an electrician, self-employed, three years now, Pritchard Electric. Bethan's a "
                     "nurse."),
                    ("Okay, being self-employed we'll need your last two years of tax returns and notices "
                     "of assessment.", "Yeah, my accountant's got all that."),
                    ("Perfect. I'd like to do a full fact-find, it takes about an hour. When's good?",
                     "Bethan handles all the, uh, the numbers stuff honestly. She's off shift at five. Can "
                     "you do six?"),
                    ("I can do six o'clock in four days' time.", "Great, I'll tell her. It'll be her on the "
                     "phone."),
                    ("Perfect, talk then.", "Cheers, Kelly."),
                ],
                analysis_items(
                    "First-time buyer mortgage enquiry", "Fact-find call with Bethan", "{+4}",
                    "First-time buyers; budget around $485,000 in Dartmouth; down payment $52,000 including "
                    "a $20,000 gift from Bethan's parents; Owen self-employed electrician for three years",
                    "finance", first_name="Owen",
                ),
            ),
            Call(
                MORTGAGE, 51, "en", "Mortgage fact-find",
                "The agent completed a mortgage fact-find with Bethan Pritchard. Bethan is a full-time ICU "
                "nurse at the QEII earning a base salary of $91,400; Owen's net business income was $74,000 "
                "last year and $68,000 the year before. The agent estimated they could buy at around "
                "$490,000 and will run a pre-approval and call Owen back within a week. Bethan chatted "
                "about their house hunting.",
                long_call(
                    [
                        ("Harbour Mortgage Solutions, Kelly speaking.",
                         "Hi Kelly, it's Bethan Pritchard, Owen's wife? You were expecting me at six."),
                        ("Hi Bethan, yes! Thanks for making time. This'll take about an hour, is that okay?",
                         "Yep, I've got a cup of tea and my laptop open. Go for it."),
                        ("Let's start with you. What do you do?",
                         "I'm a registered nurse, in the ICU at the QEII. Full-time, permanent, eight "
                         "years."),
                        ("And your salary?",
                         "Ninety-one thousand four hundred. Well, that's base. There's overtime on top but "
                         "it goes up and down."),
                        ("We usually use base for nurses, so ninety-one four. And Owen's income?",
                         "His net business income last year was seventy-four thousand. The year before was "
                         "sixty-eight."),
                        ("Okay, a lender will average those two years. Any other income?", "No, that's it."),
                        ("Great. Dates of birth for both of you?",
                         "Can I email those over? Owen's got the passports somewhere."),
                    ],
                    [
                        ("Sure. Now, any debts? Car loans, credit cards, lines of credit?",
                         "Right, yes. Owen's van, his work van, that's four hundred and twelve dollars a "
                         "month, and it finishes in March 2027."),
                        ("Four twelve a month. Anything else?",
                         "I have a credit card with about eighteen hundred on it, but I pay it off every "
                         "month. And my student loan, the provincial one, two hundred and ten a month."),
                        ("Good to know. Anything in the past, missed payments, collections?",
                         "Owen had a phone bill go to collections, like, back in 2021? Three hundred "
                         "dollars, it's paid. He forgot about it when he switched providers."),
                        ("That's fine if it's paid, I'll note it. Any big changes coming up?",
                         "Well... we're expecting. I'm due in October. So I'll be on maternity leave from "
                         "September, for a year."),
                        ("Oh, congratulations! That's important, lenders will want to know.",
                         "Thank you! We haven't told many people yet."),
                    ],
                    [
                        ("So, with your incomes and the down payment, I think around four ninety is "
                         "realistic.", "Oh wow, okay. That's more than we thought."),
                        ("I'll run a pre-approval with a couple of lenders and call Owen back within a week.",
                         "Perfect. Call Owen, he's easier to get hold of, I'm on nights next week."),
                        ("Will do. And I'll email you a list of documents.",
                         "Great. Thanks so much, Kelly, that was painless."),
                        ("My pleasure, Bethan. Take care.", "Bye!"),
                    ],
                    acks=_FACTFIND_ACKS,
                    talk=_FACTFIND_TALK,
                    start=2,
                ),
                {"first_name": "Bethan"},
            ),
            Call(
                MORTGAGE, 30, "en", "Offer accepted on Lakeview Crescent",
                "Owen Pritchard said their offer of $479,000 on 14 Lakeview Crescent, Dartmouth, was "
                "accepted, subject to financing and inspection. The agent confirmed a pre-approval with "
                "Scotiabank for a 5-year fixed at 4.39% and will book the bank's appraisal for {+6}. Their "
                "lawyer is Andrea MacLeod at MacLeod Burke.",
                [
                    ("Harbour Mortgage Solutions, Kelly speaking.", "Kelly! It's Owen. We got it! We got the "
                     "house!"),
                    ("Owen, that's fantastic! Tell me everything.",
                     "Fourteen Lakeview Crescent, in Dartmouth. The one with the, uh, the big maple out "
                     "front. Four seventy-nine, they took four seventy-nine."),
                    ("Four hundred seventy-nine thousand, great. Conditions?",
                     "Financing and inspection, ten days each."),
                    ("Okay. So the pre-approval came back from Scotiabank, five-year fixed at four point "
                     "three nine.", "Four point three nine. That's good, right?"),
                    ("It's a good rate right now. The bank will want an appraisal, I'll book it for six days "
                     "from now.", "Sounds good. The sellers' realtor can let them in."),
                    ("And who's your lawyer?", "Andrea MacLeod, at MacLeod Burke. Bethan's cousin used her."),
                    ("Great, I'll send her the commitment once it's in.",
                     "Amazing. Oh, and the inspection's this week, the inspector's a guy called Rick "
                     "Boudreau."),
                    ("Perfect. Talk soon, and congrats again.", "Thanks Kelly!"),
                ],
                analysis_items(
                    "Offer accepted on Lakeview Crescent", "Book the bank appraisal", "{+6}",
                    "Offer of $479,000 accepted on 14 Lakeview Crescent, Dartmouth; pre-approved with "
                    "Scotiabank; lawyer Andrea MacLeod", "none", first_name="Owen",
                ),
            ),
            Call(
                MORTGAGE, 9, "en", "Low appraisal, price renegotiated",
                "Bethan Pritchard said the appraisal on 14 Lakeview Crescent came in at $465,000, and the "
                "sellers agreed to lower the price to $468,000. The inspection found some moisture in the "
                "basement. The agent will update Scotiabank; closing stays on {+35}.",
                [
                    ("Harbour Mortgage Solutions, Kelly speaking.",
                     "Hi Kelly, it's Bethan. So, um, bit of a wobble. The appraisal came in low."),
                    ("Oh no. How low?", "Four sixty-five. Four hundred sixty-five thousand."),
                    ("Okay, so fourteen thousand short of the price.",
                     "Yeah, but, good news, our realtor went back and the sellers came down. We're now at "
                     "four sixty-eight. Four hundred and sixty-eight thousand."),
                    ("That's a great result. You'd cover the three thousand gap from your down payment.",
                     "That's what I figured."),
                    ("Anything from the inspection?",
                     "A bit of moisture in the basement, by the laundry. The inspector said a dehumidifier "
                     "and regrading the yard should sort it."),
                    ("Okay, that shouldn't worry the bank. I'll update Scotiabank today.",
                     "And closing's still on the same date? Thirty-five days from now?"),
                    ("Yes, closing stays where it is.", "Phew. Okay. Thanks, Kelly."),
                ],
                {"first_name": "Bethan"},
            ),
        ],
        questions=[
            Question(MORTGAGE, "What price did they end up agreeing for the house?",
                     ("468,000", "four sixty-eight", "468"), ("479,000", "four seventy-nine", "479")),
            Question(MORTGAGE, "What's the address of the house they're buying?", ("lakeview crescent",)),
            Question(MORTGAGE, "What did the appraisal come in at?", ("465,000", "four sixty-five")),
            Question(MORTGAGE, "How much is their down payment?", ("52,000", "fifty-two thousand")),
            Question(MORTGAGE, "How much of it is a gift, and from whom?",
                     ("$20,000", "twenty is a gift")),
            Question(MORTGAGE, "What does Owen do for work?", ("electrician",)),
            Question(MORTGAGE, "Where does Bethan work?", ("qeii", "icu")),
            Question(MORTGAGE, "What's Bethan's base salary?", ("91,400", "ninety-one thousand four")),
            Question(MORTGAGE, "What was Owen's business income last year?", ("74,000", "seventy-four")),
            Question(MORTGAGE, "How much is the monthly payment on Owen's van?",
                     ("four hundred and twelve", "412", "four twelve")),
            Question(MORTGAGE, "When is the van paid off?", ("march 2027",)),
            Question(MORTGAGE, "How much is Bethan's student loan payment?", ("two hundred and ten", "210")),
            Question(MORTGAGE, "Is there any blemish on Owen's credit history?",
                     ("collections", "phone bill")),
            Question(MORTGAGE, "When is the baby due?",
                     ("due in october", "baby in october", "expecting in october")),
            Question(MORTGAGE, "When does Bethan's maternity leave start?",
                     ("leave from september", "from september")),
            Question(MORTGAGE, "How much does Bethan carry on her credit card?", ("eighteen hundred",)),
            Question(MORTGAGE, "Which lender pre-approved them?", ("scotiabank",)),
            Question(MORTGAGE, "What rate did they get?", ("4.39", "four point three nine")),
            Question(MORTGAGE, "What term is the mortgage?", ("5-year fixed", "five-year fixed")),
            Question(MORTGAGE, "Who's handling the legal side of the purchase?",
                     ("andrea macleod", "macleod burke")),
            Question(MORTGAGE, "What did the inspection turn up?", ("moisture",)),
            Question(MORTGAGE, "When is closing?", _day(9, 35)),
            Question(MORTGAGE, "What's Owen's business called?", ("pritchard electric",)),
            Question(MORTGAGE, "Who did the home inspection?", ("boudreau",)),
            Question(MORTGAGE, "When did Bethan call about the low appraisal?", _day(9)),
            Question(MORTGAGE, "What are their dates of birth?", ()),
            Question(MORTGAGE, "How much overtime does Bethan usually make?", ()),
            Question(MORTGAGE, "What did the inspection cost?", ()),
            Question(MORTGAGE, "What's the lawyer's phone number?", ()),
            Question(MORTGAGE, "What is Bethan's mother's name?", ()),
            Question(MORTGAGE, "How much does Owen's accountant charge?", ()),
            Question(MORTGAGE, "What are the property taxes on the house?", ()),
            Question(MORTGAGE, "What's their cat called?", ()),
            Question(MORTGAGE, "How many bedrooms does the house have?", ()),
        ],
    ),
    # A daughter arranging her father's funeral: a first call of 84 exchanges whose middle (his suit, a
    # key safe code, a brother in Australia, the closing song) no summary repeats; the service time moved;
    # a category that misfires and an open item with no date and without the new time.
    Caller(
        number="+19025551903",
        names=("Gwen",),
        calls=[
            Call(
                FUNERAL, 22, "en", "Father's death, first call",
                "The user, Gwen Ashworth, called after her father, Arthur Ashworth, 87, died at Saint "
                "Margaret's Hospice. He wished to be cremated. The funeral home will bring him into its care "
                "from the hospice, and Gwen will come to the office on {+2} at 10:30 AM with her husband to "
                "make the arrangements.",
                long_call(
                    [
                        ("Hollins and Daughters Funeral Home, this is Marion speaking.",
                         "Hello. Hi. Um. Sorry. My dad died. Last night. I don't really know what I'm, what "
                         "I'm meant to do."),
                        ("I'm so sorry. You've done the right thing calling. Can I take your name?",
                         "Gwen. Gwen Ashworth. Gwendolyn, really, but everyone says Gwen."),
                        ("Thank you, Gwen. And your father's name?",
                         "Arthur. Arthur James Ashworth. He was eighty-seven."),
                        ("Where did he pass away?",
                         "At the hospice. Saint Margaret's, on, um, on the Bedford Highway. They were "
                         "wonderful."),
                        ("We'll bring him into our care from the hospice today. Did he have wishes about "
                         "burial or cremation?",
                         "Cremation. He was very clear. He said, don't waste money on a box in the ground."),
                        ("Of course. We'll honour that.", "Thank you. Sorry, I keep, um. Sorry."),
                        ("Take all the time you need, Gwen.", "Okay. Okay."),
                    ],
                    [
                        ("Is there anything you'd like him dressed in?",
                         "His brown tweed suit. He wore it to every wedding for forty years. And his navy "
                         "tie with the little anchors on it."),
                        ("That sounds perfect. Where would we collect the clothes from?",
                         "His bungalow, in Bedford. I'm not always there, there's a key safe by the back "
                         "door, the code is 2 6 0 4."),
                        ("Thank you, we'll keep that safe. Is there family to think about for the date?",
                         "My brother Neil. He lives in Perth, in Australia. He'll need a few days to fly "
                         "over."),
                        ("We'll make sure the date works for him. Was there music he loved?",
                         "Moon River. He used to sing it to Mum, badly. That has to be at the very end."),
                    ],
                    [
                        ("Moon River at the close, noted.", "He'd like that."),
                        ("Could you come in to our office so we can go through everything properly?",
                         "Yes. When?"),
                        ("The day after tomorrow at ten thirty?",
                         "Ten thirty. Yes. I'll bring my husband, Stuart."),
                        ("Please do. And bring his health card and any pre-arrangement papers if you find "
                         "them.", "I'll look. Thank you, Marion. Really."),
                        ("You're welcome, Gwen. We'll take good care of him.", "Thank you. Bye."),
                    ],
                    acks=_FUNERAL_ACKS,
                    talk=_FUNERAL_TALK,
                    start=0,
                ),
                analysis_items(
                    "Father's death, arranging cremation", "Arrangement meeting at the office", "{+2}",
                    "Father Arthur Ashworth, 87, died at Saint Margaret's Hospice; wished to be cremated",
                    "health", first_name="Gwen",
                ),
            ),
            Call(
                FUNERAL, 19, "en", "Funeral arrangements confirmed",
                "Gwen confirmed the arrangements for her father Arthur's funeral: a service in the Hollins "
                "chapel on {+12} at 11 AM followed by cremation, led by Reverend Pauline Tate. The hymn will "
                "be The Lord's My Shepherd. Family flowers only, with donations to the Heart and Stroke "
                "Foundation. The estimate is $6,850. The reception will be at The Old Triangle afterwards.",
                [
                    ("Hollins and Daughters, Marion speaking.",
                     "Hi Marion, it's Gwen Ashworth. Arthur's daughter. I just wanted to, um, go over what "
                     "we said, make sure I've got it right."),
                    ("Of course, Gwen. So the service is in our chapel, twelve days from now, at eleven in "
                     "the morning, followed by the cremation.", "Eleven. Yes."),
                    ("Reverend Pauline Tate will lead it.", "She's lovely. She did Mum's, too."),
                    ("The hymn is The Lord's My Shepherd.", "To Crimond, the tune. He'd only have it to "
                     "Crimond."),
                    ("Noted, the Crimond tune. And family flowers only, donations to the Heart and Stroke "
                     "Foundation.", "Yes. His heart, you know. Yes."),
                    ("The reception's at The Old Triangle afterwards, you're booking that yourselves?",
                     "Stuart's done it. The upstairs room, for about sixty people."),
                    ("And the estimate comes to six thousand eight hundred and fifty dollars.",
                     "That's fine. Neil's going halves with me."),
                    ("Is there anything else on your mind?",
                     "The urn. The plain oak one, not the one with the ship on it. I changed my mind about "
                     "that."),
                ],
                {"first_name": "Gwen"},
            ),
            Call(
                FUNERAL, 15, "en", "Service moved to the afternoon",
                "Gwen asked to move her father's service on {+8} from 11 AM to 1:30 PM because her brother "
                "Neil's flight now lands that morning. The agent confirmed with the chapel and Reverend "
                "Tate. Gwen's son Kieran will give a reading, and one limousine will pick the family up "
                "from 7 Brookfield Avenue.",
                [
                    ("Hollins and Daughters, Marion speaking.",
                     "Marion, hi, it's Gwen. Sorry to be a pain. Neil's flight, it, it lands that morning "
                     "now, at nine, and he'll never make eleven."),
                    ("Don't apologise. Let me check the chapel... we could do one thirty the same day.",
                     "Half one. Yes. Please."),
                    ("I'll let Reverend Tate know. Anything else?",
                     "My son, Kieran, wants to do a reading. The one that goes, um, 'Do not stand at my "
                     "grave and weep'."),
                    ("That's a beautiful one. And the car?", "One limousine, from my house. Seven Brookfield "
                     "Avenue."),
                    ("Seven Brookfield Avenue, at about one o'clock then.", "Yes. Thank you. Sorry again."),
                    ("Not at all. We'll see you on the day.", "Thank you, Marion."),
                ],
                analysis_items(
                    "Service time change", "Confirm the limousine from 7 Brookfield Avenue", "",
                    "Service in the Hollins chapel; son Kieran to give a reading; one limousine", "other",
                    first_name="Gwen",
                ),
            ),
        ],
        questions=[
            Question(FUNERAL, "What time is the service now?", ("1:30", "one thirty", "half one"),
                     ("11 am", "eleven in the morning")),
            Question(FUNERAL, "When is the funeral?", _day(19, 12)),
            Question(FUNERAL, "What was her father's name?", ("arthur",)),
            Question(FUNERAL, "How old was he?", ("87", "eighty-seven")),
            Question(FUNERAL, "Where did he pass away?", ("saint margaret", "hospice")),
            Question(FUNERAL, "Is he to be buried or cremated?", ("cremat",)),
            Question(FUNERAL, "What should he be dressed in?", ("tweed",)),
            Question(FUNERAL, "Which tie did she pick for him?", ("anchors",)),
            Question(FUNERAL, "What song should play at the end?", ("moon river",)),
            Question(FUNERAL, "Where does her brother live?", ("perth",)),
            Question(FUNERAL, "Where should we pick up his clothes?", ("bungalow",)),
            Question(FUNERAL, "Who's officiating?", ("pauline tate", "reverend tate")),
            Question(FUNERAL, "What hymn did they choose?", ("lord's my shepherd",)),
            Question(FUNERAL, "Which tune must the hymn be sung to?", ("crimond",)),
            Question(FUNERAL, "Where should donations go?", ("heart and stroke",)),
            Question(FUNERAL, "How much is the estimate?", ("6,850", "six thousand eight hundred and fifty")),
            Question(FUNERAL, "Where's the gathering after the service?", ("old triangle",)),
            Question(FUNERAL, "How many people are expected at the reception?",
                     ("about sixty", "sixty people")),
            Question(FUNERAL, "Which urn did she choose?", ("plain oak",)),
            Question(FUNERAL, "Who is giving a reading?", ("kieran",)),
            Question(FUNERAL, "Which reading was chosen?", ("do not stand at my grave",)),
            Question(FUNERAL, "Where is the car collecting the family?", ("brookfield",)),
            Question(FUNERAL, "What's her husband called?", ("stuart",)),
            Question(FUNERAL, "Why was the service pushed back?", ("neil's flight", "lands that morning")),
            Question(FUNERAL, "Who is splitting the bill with her?", ("neil",)),
            Question(FUNERAL, "What's the key safe code at the bungalow?", ()),
            Question(FUNERAL, "What was her mother's name?", ()),
            Question(FUNERAL, "Which flight is Neil on?", ()),
            Question(FUNERAL, "What did her father do for a living?", ()),
            Question(FUNERAL, "What's Neil's phone number?", ()),
            Question(FUNERAL, "How much is the reception costing?", ()),
            Question(FUNERAL, "Who is driving the limousine?", ()),
            Question(FUNERAL, "How much does the urn cost?", ()),
        ],
    ),
    # A retired couple's mirror wills: a gate code said once, an executor replaced, the fee corrected, a
    # bequest the analysis left out and a legal call it called "none".
    Caller(
        number="+19025551904",
        names=("Colin",),
        calls=[
            Call(
                WILLS, 44, "en", "Mirror wills enquiry and home visit",
                "The user, Colin Mabey, wants mirror wills for himself and his wife Sheila. Their estate "
                "goes to each other and then equally to their children, Fiona and Robert, except the cottage "
                "at Lake Echo, which goes to their nephew Darren. The executors will be Fiona and a family "
                "friend, Bernard Quayle. The agent quoted $950 for both wills and booked a home visit at 3 "
                "Mill Lane, Fall River, for {+8} at 2 PM.",
                [
                    ("Clearwater Wills and Estates, Sunita speaking, how can I help?",
                     "Ah, good morning. Yes. My wife's been on at me for, oh, ten years to do our wills. "
                     "So. Here we are."),
                    ("Better late than never! Can I take your name?",
                     "Colin Mabey. M-A-B-E-Y. Like maybe, with a B."),
                    ("Thanks, Colin. Is this for you and your wife?",
                     "Me and Sheila, yes. The, what do you call them, the mirror ones."),
                    ("Mirror wills, yes. Tell me about the family.",
                     "Two kids. Well, kids, Fiona's fifty and Robert's forty-seven. Fiona's out in Calgary. "
                     "Robert... we don't speak much, but he gets his half, same as her. Sheila insists."),
                    ("Understood, equal shares. Anything specific to leave to someone?",
                     "The cottage. At Lake Echo. That's for our nephew, Darren. He's done all the work on it "
                     "for years, it's only fair."),
                    ("Lovely. And who would you like as executors?",
                     "Fiona, and my old friend Bernard Quayle. We were at the post office together thirty "
                     "years."),
                    ("Great. The fee for both mirror wills is nine hundred and fifty dollars.",
                     "Nine fifty. Fine."),
                    ("I can visit you at home to take instructions. What's the address?",
                     "Three Mill Lane, Fall River. The doorbell doesn't work, mind, so come round the side. "
                     "The gate code is 1 8 3 7."),
                    ("I'll note it. How about eight days from now at two in the afternoon?",
                     "Two o'clock. Sheila will have the kettle on."),
                ],
                analysis_items(
                    "Mirror wills enquiry", "Home visit to take will instructions", "{+8}",
                    "Mirror wills for Colin and Sheila; children Fiona and Robert, equal shares; executors "
                    "Fiona and Bernard Quayle; fee $950", "legal", first_name="Colin",
                ),
            ),
            Call(
                WILLS, 30, "en", "Executor change and powers of attorney",
                "Colin called after the home visit to replace Bernard Quayle as executor with his "
                "son-in-law, "
                "Marcus Hale, because Bernard is moving to Florida. He and Sheila also want enduring powers "
                "of "
                "attorney and personal directives. The agent will send an updated quote.",
                [
                    ("Clearwater Wills and Estates, Sunita speaking.",
                     "Sunita, it's Colin Mabey, you came out to us last week. Lovely to meet you."),
                    ("Hello Colin! What can I do for you?",
                     "Well, bit of a change. Bernard, our executor, he's selling up and moving to Florida. "
                     "Sarasota. Says he can't do it from there."),
                    ("That's understandable. Who would you like instead?",
                     "Marcus. Marcus Hale. Fiona's husband. Good head on him, he's an accountant."),
                    ("Marcus Hale, son-in-law, noted. Anything else?",
                     "Yes. Sheila's sister went through a terrible time with her husband's dementia, no "
                     "paperwork at all. So we want the, the power of attorney things. For both of us."),
                    ("Enduring powers of attorney and personal directives, for both of you. I'll send an "
                     "updated quote.",
                     "Good. And Sheila wants it written down that she'd like to be buried, not cremated, at "
                     "Saint James's in Fall River. Does that go in the will?"),
                    ("We can record funeral wishes in the will, yes.", "Right. Lovely. Thank you, Sunita."),
                ],
                {"first_name": "Colin"},
            ),
            Call(
                WILLS, 8, "en", "Will signing appointment",
                "Colin booked the signing of the mirror wills, enduring powers of attorney and personal "
                "directives at the Clearwater office on {+6} at 11:15 AM. Two staff will witness. The total "
                "is now $1,480, which includes storage of the originals. Both should bring photo ID.",
                [
                    ("Clearwater Wills and Estates, Sunita speaking.",
                     "Sunita, Colin Mabey. Sheila and I have read through the drafts. They're, er, they're "
                     "right. All of it."),
                    ("Wonderful. Shall we book the signing?",
                     "Yes please. At your office this time, we'll make a day of it, lunch in town."),
                    ("I have six days from now at a quarter past eleven.", "Quarter past eleven, lovely."),
                    ("We provide the two witnesses. Please both bring photo ID.",
                     "Passports or driver's licences?"),
                    ("Either is fine.", "Right. And the final bill?"),
                    ("With the powers of attorney and personal directives, and storing the originals in our "
                     "vault, it's one thousand four hundred and eighty dollars.",
                     "Fourteen eighty. Well, Sheila says it's cheaper than a family feud."),
                    ("She's not wrong! See you then, Colin.", "Cheerio."),
                ],
                analysis_items(
                    "Signing appointment booked", "Sign wills, POAs and personal directives at the office",
                    "{+6}",
                    "Executors Fiona and Marcus Hale; total fee $1,480 including storage; bring photo "
                    "ID", "none", first_name="Colin",
                ),
            ),
        ],
        questions=[
            Question(WILLS, "Who is the second executor alongside Fiona?",
                     ("marcus",), ("bernard", "quayle")),
            Question(WILLS, "What's the total fee?",
                     ("1,480", "fourteen eighty", "one thousand four hundred and eighty"),
                     ("950", "nine fifty", "nine hundred and fifty")),
            Question(WILLS, "Who inherits the cottage?", ("darren",)),
            Question(WILLS, "Where is the cottage?", ("lake echo",)),
            Question(WILLS, "What are the children's names?", ("fiona", "robert")),
            Question(WILLS, "How is the estate split between the children?", ("equal",)),
            Question(WILLS, "Where does Fiona live?", ("calgary",)),
            Question(WILLS, "Why is Bernard stepping down?", ("florida", "sarasota")),
            Question(WILLS, "What does Marcus do?", ("accountant",)),
            Question(WILLS, "What are Sheila's wishes for her funeral?", ("buried", "saint james")),
            Question(WILLS, "When is the signing?", _day(8, 6)),
            Question(WILLS, "What time is the signing?", ("11:15", "quarter past eleven")),
            Question(WILLS, "Where will they sign?", ("clearwater office", "your office")),
            Question(WILLS, "What should they bring to the signing?", ("photo id",)),
            Question(WILLS, "What's his home address?", ("mill lane",)),
            Question(WILLS, "Which documents are they doing besides the wills?",
                     ("power of attorney", "powers of attorney", "personal directive")),
            Question(WILLS, "What made them want someone able to decide for them if they lose capacity?",
                     ("dementia",)),
            Question(WILLS, "Where did Colin and Bernard work together?", ("post office",)),
            Question(WILLS, "What is his wife's name?", ("sheila",)),
            Question(WILLS, "When was the home visit?", _day(44, 8)),
            Question(WILLS, "Why should visitors go round the side?", ("doorbell",)),
            Question(WILLS, "Where are the original documents kept?", ("vault", "storage of the originals")),
            Question(WILLS, "What's the gate code?", ()),
            Question(WILLS, "What's Robert's address?", ()),
            Question(WILLS, "How old is Colin?", ()),
            Question(WILLS, "What is Darren's surname?", ()),
            Question(WILLS, "How much is the cottage worth?", ()),
            Question(WILLS, "What's the name of Sheila's sister?", ()),
            Question(WILLS, "What's Marcus's phone number?", ()),
            Question(WILLS, "Which bank do they use?", ()),
        ],
    ),
    # A French client asked about in English: her calls in French (one summary in French), the strap
    # colour corrected, values of the analysis items in French and an open item with no date.
    Caller(
        number="+33660255519",
        names=("Mathilde",),
        calls=[
            Call(
                WATCHES, 36, "fr", "Grandfather's watch service",
                "The user, Mathilde Roux, spoke French. She wants her late grandfather's 1971 LIP Nautic-Ski "
                "watch, which has stopped, fully serviced and fitted with a new crystal. The agent quoted "
                "$240 for the service and $45 for the crystal, about four weeks. She wants a new leather "
                "strap in burgundy.",
                [
                    ("Pendleton Watch and Jewellery, Simon speaking.",
                     "Bonjour... euh, hello, sorry, is it possible to speak French? Mon anglais est... bof."),
                    ("Bien sûr, je parle français. Je vous écoute.",
                     "Ah, super, merci ! Alors, j'ai la montre de mon grand-père, une LIP, une Nautic-Ski de "
                     "mille neuf cent soixante et onze. Elle ne marche plus du tout."),
                    ("Une Nautic-Ski, magnifique. Elle s'est arrêtée quand ?",
                     "Euh, je dirais... il y a deux ans ? Elle dormait dans un tiroir chez ma grand-mère, à "
                     "Besançon."),
                    ("Je vous propose une révision complète. Et le verre, il est abîmé ?",
                     "Oui, il est tout rayé, on voit à peine les aiguilles."),
                    ("Alors une révision et un verre neuf. La révision, c'est deux cent quarante dollars, et "
                     "le verre quarante-cinq.", "D'accord, ça me va. C'est long ?"),
                    ("Comptez environ quatre semaines.",
                     "Pas de souci. Et je voudrais un bracelet en cuir, bordeaux si possible."),
                    ("Bordeaux, c'est noté. Votre nom, s'il vous plaît ?",
                     "Mathilde Roux. Mathilde avec un h après le t. R-O-U-X."),
                    ("Merci, Mathilde. Vous pouvez la déposer quand vous voulez.",
                     "Je passe demain matin avant le travail. Merci beaucoup !"),
                ],
                analysis_items(
                    "Révision montre LIP", "Déposer la montre pour la révision", "{+1}",
                    "Montre LIP Nautic-Ski de 1971 du grand-père ; verre rayé ; bracelet cuir bordeaux",
                    "none", first_name="Mathilde",
                ),
            ),
            Call(
                WATCHES, 21, "fr", "Réparation de bague",
                "La cliente, Mathilde Roux, veut faire réparer sa bague de fiançailles : une griffe du "
                "saphir "
                "est desserrée. Elle veut aussi la faire mettre à la taille 52 au lieu de 54. Le devis est "
                "de "
                "95 dollars.",
                [
                    ("Pendleton Watch and Jewellery, Simon.", "Bonjour Simon, c'est Mathilde Roux, la montre "
                     "LIP."),
                    ("Bonjour Mathilde ! La montre avance bien. Que puis-je faire pour vous ?",
                     "Alors, cette fois c'est ma bague de fiançailles. Une des griffes du saphir bouge, j'ai "
                     "peur de perdre la pierre."),
                    ("Il ne faut pas la porter en attendant. C'est de l'or blanc ?",
                     "Or jaune. Et tant qu'on y est, elle est trop grande depuis que... enfin, j'ai maigri. "
                     "C'est un cinquante-quatre, il me faudrait un cinquante-deux."),
                    ("Resserrer la griffe et la mettre à la taille cinquante-deux, ça fera "
                     "quatre-vingt-quinze "
                     "dollars.",
                     "Parfait. Mon mari, Étienne, l'avait achetée à Lyon, chez un petit bijoutier, ça me "
                     "ferait de la peine de l'abîmer."),
                    ("On en prendra soin. Apportez le reçu si vous l'avez.",
                     "Je n'ai plus le reçu, désolée. Je la dépose samedi."),
                ],
                {"first_name": "Mathilde"},
            ),
            Call(
                WATCHES, 7, "fr", "Strap colour changed, collection",
                "Mathilde changed the strap for her grandfather's LIP watch from burgundy to navy blue "
                "leather. The watch and her engagement ring will both be ready to collect on {+5}. Her "
                "husband, Étienne, may collect them with the repair tickets.",
                [
                    ("Pendleton Watch and Jewellery, Simon speaking.",
                     "Bonjour Simon, c'est Mathilde. Dites, pour le bracelet de la montre... j'ai changé "
                     "d'avis."),
                    ("Pas de problème, vous aviez dit bordeaux.",
                     "Oui, mais finalement je préfère bleu marine. Mon grand-père portait toujours du bleu."),
                    ("Bleu marine, c'est changé. Bonne nouvelle : la montre et la bague seront prêtes dans "
                     "cinq jours.",
                     "Génial ! Je ne pourrai peut-être pas venir, c'est Étienne, mon mari, qui passera."),
                    ("Pas de souci, il faudra les deux tickets, le 4471 pour la montre et le 4486 pour la "
                     "bague.", "Quatre mille quatre cent soixante et onze et quatre mille quatre cent "
                     "quatre-vingt-six, je les lui donne."),
                    ("Parfait. Et la montre tourne comme une horloge, elle ne perd que deux secondes par "
                     "jour.",
                     "Oh, mon grand-père serait tellement content."),
                ],
                analysis_items(
                    "Changement de bracelet", "Retrait de la montre et de la bague", "",
                    "Bracelet cuir bleu marine ; le mari Étienne peut récupérer ; tickets 4471 et 4486",
                    "none", first_name="Mathilde",
                ),
            ),
        ],
        questions=[
            Question(WATCHES, "Which model is her grandfather's watch?", ("nautic",)),
            Question(WATCHES, "What year is the watch from?", ("1971", "soixante et onze")),
            Question(WATCHES, "Who did the watch belong to?", ("grandfather", "grand-père")),
            Question(WATCHES, "What colour strap does she want?", ("navy", "bleu marine"),
                     ("burgundy", "bordeaux")),
            Question(WATCHES, "What work is being done on the watch?",
                     ("révision", "serviced", "new crystal")),
            Question(WATCHES, "How much is the watch service?", ("240", "deux cent quarante")),
            Question(WATCHES, "How much is the new crystal?", ("45", "quarante-cinq")),
            Question(WATCHES, "Where had the watch been kept?", ("besançon", "tiroir", "drawer")),
            Question(WATCHES, "What's wrong with her ring?", ("griffe", "claw", "prong")),
            Question(WATCHES, "Which stone is in the ring?", ("saphir", "sapphire")),
            Question(WATCHES, "What size should the ring be made?", ("52", "cinquante-deux")),
            Question(WATCHES, "What metal is the ring?", ("or jaune", "yellow gold")),
            Question(WATCHES, "Where was the ring bought?", ("lyon",)),
            Question(WATCHES, "Who may pick up her things?", ("étienne", "etienne")),
            Question(WATCHES, "When will the watch and ring be ready?", _day(7, 5)),
            Question(WATCHES, "What's the ticket number for the ring?", ("4486",)),
            Question(WATCHES, "How well is the watch keeping time now?", ("deux secondes", "two seconds")),
            Question(WATCHES, "How much is the ring repair?", ("95", "quatre-vingt-quinze")),
            Question(WATCHES, "Does she still have the receipt for the ring?",
                     ("plus le reçu", "no longer has the receipt", "no receipt")),
            Question(WATCHES, "What size is her husband's ring?", ()),
            Question(WATCHES, "What's her grandmother's name?", ()),
            Question(WATCHES, "What's her email address?", ()),
            Question(WATCHES, "How many carats is the sapphire?", ()),
            Question(WATCHES, "What's the name of the jeweller in Lyon?", ()),
            Question(WATCHES, "When is her wedding anniversary?", ()),
            Question(WATCHES, "Which calibre is inside the watch?", ()),
        ],
    ),
    # A widower's broken laptop: a first call of 84 exchanges whose middle (the photo folder, his late
    # wife's recipes, a PIN, an unused backup drive, a frayed charger) no summary repeats; the delivery
    # address changed to his daughter's.
    Caller(
        number="+19025551905",
        names=("Dennis",),
        calls=[
            Call(
                COMPUTERS, 27, "en", "Laptop stuck on a blue screen",
                "The user, Dennis Pargeter, has a Dell Inspiron 15 laptop that keeps restarting on a blue "
                "screen after a Windows update. His priority is recovering twelve years of photos of his "
                "grandchildren. The agent quoted a $35 diagnostic fee, deducted if he goes ahead with the "
                "repair, and Dennis will drop the laptop off on {+1}. He lives at 5 Orchard Court, Lower "
                "Sackville. He chatted at length about his family.",
                long_call(
                    [
                        ("ByteFix Computer Repair, Jordan speaking, what can I do for you?",
                         "Oh, hello. Hello? Is this the computer people? The, er, the repair shop?"),
                        ("Yes, that's us. How can I help?",
                         "Well, it's my laptop. It's gone wrong. It did an update, the Windows update, and "
                         "now it just comes up blue. Blue screen, with a sad face on it."),
                        ("Ah, a blue screen after an update. What make is it?",
                         "It's a Dell. Says Inspiron on the lid. Inspiron fifteen, I think. Fifteen."),
                        ("Okay. And does it get past the blue screen at all?",
                         "No. It goes round and round, restarting. My grandson said it's 'bricked'. I don't "
                         "know what that means."),
                        ("Can I take your name?",
                         "Dennis Pargeter. That's P-A-R-G-E-T-E-R. Dennis with two Ns."),
                        ("Thanks, Dennis. Is there anything on it you need to keep?",
                         "The photos. Oh, the photos. Twelve years of photos of the grandchildren. I've "
                         "never backed them up, I know, I know."),
                        ("We'll do our best to get those off first.",
                         "Please. That's the main thing. The computer I don't care about, really."),
                    ],
                    [
                        ("Where are the photos saved, do you know?",
                         "In a folder on the desktop called 'Grandkids'. One word. And, oh, there's a Word "
                         "document, 'Mabel's recipes'. That was my wife's. She passed three years ago. I "
                         "couldn't bear to lose that."),
                        ("We'll make sure to look for both.",
                         "Thank you. And the password, you'll need that? It's a PIN, I think, the PIN is "
                         "7 3 0 6."),
                        ("That's helpful, thank you.",
                         "Oh, and I've got one of those external drive things, a blue Seagate one, two "
                         "terabytes. My son bought it me for Christmas. Never took it out of the box."),
                        ("Bring it with you and we can copy everything onto it.",
                         "Oh, good idea. And the charger, the wire's a bit frayed near the plug. Should I "
                         "bring that?"),
                        ("Yes, bring the charger too and we'll check it.", "Right you are."),
                    ],
                    [
                        ("There's a thirty-five dollar diagnostic fee, which comes off the repair if you go "
                         "ahead.", "Thirty-five. That's fair."),
                        ("Can you drop it in tomorrow?",
                         "Yes, I'll get the bus in. I'm at five Orchard Court in Lower Sackville, so it's "
                         "the number eighty bus."),
                        ("Perfect. We're open from nine.",
                         "Nine. Right. Thank you, Jordan, you've been very patient with me."),
                        ("No problem at all, Dennis. See you tomorrow.", "Bye bye now."),
                    ],
                    acks=_LAPTOP_ACKS,
                    talk=_LAPTOP_TALK,
                    start=5,
                ),
                {"first_name": "Dennis"},
            ),
            Call(
                COMPUTERS, 20, "en", "Laptop diagnosis: failing SSD",
                "The agent told Dennis the laptop's SSD is failing. About 98% of his files, including the "
                "photos, were recovered onto his external drive. He approved a new 500 GB SSD for $89 plus "
                "$60 labour, and a fresh install of Windows 11.",
                [
                    ("ByteFix, Jordan speaking.",
                     "Hello Jordan, Dennis Pargeter. The Dell. The blue screen."),
                    ("Hi Dennis! Good news and bad news. The bad news is the drive inside is failing.",
                     "Oh dear. And the good news?"),
                    ("We got about ninety-eight percent of your files off, onto the external drive you "
                     "brought. Including the photos and your wife's document.",
                     "Oh thank goodness. Oh, that's wonderful. Thank you."),
                    ("To fix the laptop, we'd put in a new five hundred gigabyte drive, that's eighty-nine "
                     "dollars, plus sixty for labour.", "Eighty-nine and sixty. Yes, go on, do it."),
                    ("And we'll put a fresh copy of Windows 11 on it.",
                     "Will it look different? I don't like it when things move around."),
                    ("A little, but we'll set it up to look like before as much as we can.", "Good lad."),
                ],
                analysis_items(
                    "Laptop diagnosis", "Replace the SSD and reinstall Windows 11", "",
                    "Dell Inspiron 15; photos recovered onto external drive; new 500 GB SSD $89 plus $60 "
                    "labour", "none", first_name="Dennis",
                ),
            ),
            Call(
                COMPUTERS, 3, "en", "Laptop delivery to daughter's house",
                "Dennis asked for his repaired laptop to be delivered to his daughter Karen's house at 22 "
                "Ferndale Road, Bedford, instead of his own address, because he is staying with her while "
                "his kitchen is redone. Delivery is booked for {+4} between 1 and 3 PM. He also asked about "
                "antivirus; the agent recommended the built-in Windows Security.",
                [
                    ("ByteFix, Jordan speaking.", "Jordan, hello, it's Dennis. The Dell man."),
                    ("Hi Dennis! The laptop's all done, ready to go back to you.",
                     "Oh marvellous. Now, listen, don't bring it to Orchard Court. I'm at my daughter's for "
                     "a bit, they're doing my kitchen."),
                    ("No problem. What's the address?",
                     "Twenty-two Ferndale Road. In Bedford. My daughter's Karen. Karen Wells."),
                    ("Twenty-two Ferndale Road, Bedford. We can deliver in four days, between one and three.",
                     "Lovely. Someone will be in, that house is never empty."),
                    ("Great.",
                     "Oh, and do I need one of those virus things? My neighbour pays for one, Norton or "
                     "something."),
                    ("Honestly, the built-in Windows Security is fine for you. No need to pay.",
                     "Oh good. I'll tell him he's been had."),
                ],
                {"first_name": "Dennis"},
            ),
        ],
        questions=[
            Question(COMPUTERS, "What model is his laptop?", ("inspiron",)),
            Question(COMPUTERS, "What came up on his screen after the update?", ("blue screen", "sad face")),
            Question(COMPUTERS, "Which part turned out to be faulty?", ("ssd", "drive inside is failing")),
            Question(COMPUTERS, "What does he most want saved?",
                     ("photos of his grandchildren", "photos of the grandchildren", "years of photos")),
            Question(COMPUTERS, "What's the photo folder called?", ("grandkids",)),
            Question(COMPUTERS, "What was his late wife's name?", ("mabel",)),
            Question(COMPUTERS, "Which file of his wife's did he want kept?", ("recipes",)),
            Question(COMPUTERS, "Which brand is his external drive?", ("seagate",)),
            Question(COMPUTERS, "How much can the backup drive hold?", ("two terabytes", "2 tb", "2tb")),
            Question(COMPUTERS, "What's wrong with his charger?", ("frayed",)),
            Question(COMPUTERS, "How much of the data was recovered?", ("98", "ninety-eight")),
            Question(COMPUTERS, "How much is the new drive?", ("89", "eighty-nine")),
            Question(COMPUTERS, "What's the labour charge?", ("$60", "sixty for labour")),
            Question(COMPUTERS, "What's the diagnostic fee?", ("$35", "thirty-five dollar")),
            Question(COMPUTERS, "Where should we deliver the laptop?", ("ferndale",), ("orchard court",)),
            Question(COMPUTERS, "When is the delivery?", _day(3, 4)),
            Question(COMPUTERS, "What's the delivery window?", ("between 1 and 3", "between one and three")),
            Question(COMPUTERS, "What is his daughter's name?", ("karen",)),
            Question(COMPUTERS, "Why is he staying at his daughter's?",
                     ("kitchen is redone", "doing my kitchen")),
            Question(COMPUTERS, "Which operating system is going on?", ("windows 11",)),
            Question(COMPUTERS, "What did we suggest for virus protection?",
                     ("windows security", "built-in")),
            Question(COMPUTERS, "When did he first call about the laptop?", _day(27)),
            Question(COMPUTERS, "Who gave him the external drive?",
                     ("my son bought", "from his son", "his son bought")),
            Question(COMPUTERS, "What's his laptop PIN?", ()),
            Question(COMPUTERS, "What's his grandson's name?", ()),
            Question(COMPUTERS, "What's his email address?", ()),
            Question(COMPUTERS, "What is the laptop's serial number?", ()),
            Question(COMPUTERS, "How old is the laptop?", ()),
            Question(COMPUTERS, "What's Karen's phone number?", ()),
            Question(COMPUTERS, "What's his neighbour's name?", ()),
            Question(COMPUTERS, "What colour is the laptop?", ()),
        ],
    ),
    # A roofer with a shoulder injury: painkillers and his daughter's daycare said only in the turns, a
    # health call the analysis called "none".
    Caller(
        number="+19025551906",
        names=("Bartek",),
        calls=[
            Call(
                OSTEO, 17, "en", "Shoulder pain assessment booked",
                "The user, Bartek Nowak, a roofer, booked an assessment for right shoulder pain after a fall "
                "from a ladder three weeks ago. He can't lift his arm above his head. The agent booked him "
                "with Ifan for {+3} at 8:30 AM and asked him to bring his X-ray report.",
                [
                    ("Kingsgate Osteopathy, Tom speaking.",
                     "Yeah hi. My shoulder. I need someone to look at it, my boss says osteopath."),
                    ("Sure. Can I take your name?", "Bartek Nowak. B-A-R-T-E-K, Nowak, N-O-W-A-K."),
                    ("Thanks, Bartek. What happened?",
                     "I fell off a ladder. Three weeks ago. Not high, like, two metres? Landed on the right "
                     "shoulder."),
                    ("Ouch. Did you get it checked?",
                     "Emergency, yeah. X-ray, nothing broken. They said soft tissue. Rotator something."),
                    ("Rotator cuff, probably. How's the movement?",
                     "I can't put my arm above my head. Like, at all. I'm a roofer, so, that's a problem."),
                    ("Definitely. Are you taking anything for it?",
                     "Just Advil. Sometimes two, three a day."),
                    ("Okay. Our osteopath Ifan is great with shoulders. He has eight thirty in three days.",
                     "Eight thirty is good. Before that I can't, I drive my daughter to daycare."),
                    ("Bring your X-ray report if you have it.", "Yeah, I have it on my phone. Okay, thanks "
                     "man."),
                ],
                analysis_items(
                    "Shoulder pain assessment", "Assessment with Ifan", "{+3}",
                    "Roofer; fell from a ladder three weeks ago; right shoulder; X-ray clear", "none",
                    first_name="Bartek",
                ),
            ),
            Call(
                OSTEO, 3, "en", "Shoulder follow-up and work letter",
                "Bartek said his shoulder pain has dropped from 7 to 4 out of 10. Ifan advised no overhead "
                "work for two more weeks, and Bartek asked for a letter for his employer, Atlantic Roofing. "
                "His next session is on {+11} at 8:30 AM.",
                [
                    ("Kingsgate Osteopathy, Tom speaking.", "Hey, Bartek Nowak. Shoulder guy."),
                    ("Hi Bartek! How's it feeling?",
                     "Better. Way better. Before it was, like, seven out of ten, now four. Four, maybe three "
                     "on a good day."),
                    ("Great progress. What can I do for you?",
                     "My boss, he wants a letter. That I can't go on the roofs yet. Ifan said two more weeks "
                     "no work above the head."),
                    ("We can do that. Who should it be addressed to?",
                     "Atlantic Roofing. My supervisor is Dave Chiasson. C-H-I-A-S-S-O-N."),
                    ("I'll have Ifan write it today and email it to you.",
                     "Good. And next time, same time? Eight thirty?"),
                    ("Eight thirty, eleven days from now.", "Perfect. Thanks."),
                ],
                {"first_name": "Bartek"},
            ),
        ],
        questions=[
            Question(OSTEO, "Which shoulder is hurt?", ("right shoulder",)),
            Question(OSTEO, "How did he injure it?", ("ladder",)),
            Question(OSTEO, "What does he do for a living?", ("roofer",)),
            Question(OSTEO, "Who is treating him?", ("ifan",)),
            Question(OSTEO, "What painkiller is he taking?", ("advil",)),
            Question(OSTEO, "How bad is the pain now?", ("now four", "4 out of 10")),
            Question(OSTEO, "How bad was the pain at first?", ("seven out of ten", "from 7 to 4")),
            Question(OSTEO, "How long until he can work overhead again?", ("two more weeks",)),
            Question(OSTEO, "Who is his employer?", ("atlantic roofing",)),
            Question(OSTEO, "Who should the letter be addressed to?", ("chiasson",)),
            Question(OSTEO, "When is his next session?", _day(3, 11)),
            Question(OSTEO, "What time are his appointments?", ("8:30", "eight thirty")),
            Question(OSTEO, "Why can't he come in earlier?", ("daycare",)),
            Question(OSTEO, "What did the imaging show?", ("nothing broken", "x-ray clear")),
            Question(OSTEO, "How far did he fall?", ("two metres",)),
            Question(OSTEO, "What movement can't he manage?", ("above his head",)),
            Question(OSTEO, "What's his daughter's name?", ()),
            Question(OSTEO, "Is he allergic to anything?", ()),
            Question(OSTEO, "What's his supervisor's email address?", ()),
            Question(OSTEO, "Which hospital did his X-ray?", ()),
            Question(OSTEO, "What's his wife's name?", ()),
            Question(OSTEO, "What's the name of the daycare?", ()),
        ],
    ),
    # A best man who rings the stylist and the jeweller (nothing private): the suit colour corrected,
    # measurements said only in the turns, a category that misfires and a styling item with no date.
    Caller(
        number="+19025551907",
        names=("Femi",),
        calls=[
            Call(
                STYLIST, 38, "en", "Best man outfit for brother's wedding",
                "The user, Femi Adebayo, wants styling for his younger brother Tunde's wedding in Halifax on "
                "{+39}, where he is best man. He wants a tailored navy three-piece suit for the church; at "
                "the reception the family wears aso ebi in emerald green. His budget is $1,200 for "
                "everything. The agent will send a mood board.",
                [
                    ("Anouk Styling, this is Anouk!",
                     "Hi Anouk, good afternoon. My name is Femi Adebayo, F-E-M-I. I was referred by my "
                     "colleague, Chantal."),
                    ("Welcome, Femi! What's the occasion?",
                     "My younger brother Tunde is getting married, here in Halifax, and I'm the best man. I "
                     "want to look, you know, sharp. Sharper than the groom, but don't tell him."),
                    ("Ha, your secret's safe. When's the wedding?", "Five and a half weeks from now."),
                    ("What are you thinking of wearing?",
                     "For the church, a suit. Navy, three-piece, tailored properly, not off the rack. For "
                     "the "
                     "reception we all wear the aso ebi, the family fabric. It's emerald green this time."),
                    ("Gorgeous. So the suit needs to work with emerald accents. Budget?",
                     "Twelve hundred. For the suit, shoes, everything."),
                    ("And your measurements, do you know them?",
                     "Chest forty-two, waist thirty-four. Shoes, eleven."),
                    ("Perfect. I'll pull some options and send you a mood board.",
                     "Excellent. Thank you, Anouk."),
                ],
                analysis_items(
                    "Best man outfit for brother's wedding", "Send a mood board", "",
                    "Brother Tunde's wedding; navy three-piece suit; emerald aso ebi at the reception; "
                    "budget $1,200; chest 42, waist 34", "none", first_name="Femi",
                ),
            ),
            Call(
                STYLIST, 14, "en", "Suit colour change and tailor fitting",
                "Femi changed his suit from navy to charcoal because the groomsmen will be in navy. The "
                "agent booked a fitting at Mallory & Finch for {+4} at 5:30 PM. He will bring a piece of "
                "the emerald aso ebi fabric so the tie and pocket square can be matched.",
                [
                    ("Anouk Styling, hi!",
                     "Anouk, it's Femi. Small problem. Tunde has put the groomsmen in navy. So I can't be "
                     "navy."),
                    ("Ah! Okay. What about charcoal? It'll look great with emerald.",
                     "Charcoal. Yes. Charcoal is good. Let's do charcoal."),
                    ("Great. I've got you a fitting at Mallory and Finch in four days, at five thirty.",
                     "Five thirty works, I finish at five."),
                    ("Bring a bit of the aso ebi fabric so we can match the tie and pocket square.",
                     "My mother has the fabric, I'll get a piece from her. She's flying in from Lagos this "
                     "week."),
                    ("Perfect.",
                     "And, ah, the tailor, is he good with long arms? My arms are very long. Thirty-six "
                     "inch sleeve."),
                    ("They'll sort it, that's why we go bespoke.", "Great. See you there."),
                ],
                {"first_name": "Femi"},
            ),
            Call(
                WATCHES, 11, "en", "Father's watch and cufflink engraving",
                "Femi Adebayo asked to have his late father's gold Seiko watch fitted with a new battery and "
                "serviced to wear at his brother's wedding, and to engrave a pair of silver cufflinks for "
                "the "
                "groom. Both will be ready on {+3}; the total is $165.",
                [
                    ("Pendleton Watch and Jewellery, Simon speaking.",
                     "Hello Simon. Femi Adebayo. I have two jobs for you, and a deadline."),
                    ("Go for it.",
                     "First, my father's watch. A gold Seiko, quartz. It stopped. He passed two years ago, "
                     "and I want to wear it at my brother's wedding."),
                    ("Probably the battery, but we'll service it too. What's the second job?",
                     "Cufflinks. Silver, plain ovals. I want them engraved for the groom. T, A. Tunde "
                     "Adebayo."),
                    ("T.A. in a script font?", "No, block capitals. He's an engineer, he likes things "
                     "straight."),
                    ("Ha, block capitals then. Both ready in three days. One sixty-five altogether.",
                     "One sixty-five, fine. I'll pick them up on my way home."),
                ],
                analysis_items(
                    "Watch battery and cufflink engraving", "Collect the Seiko and the engraved cufflinks",
                    "{+3}",
                    "Father's gold Seiko watch; silver cufflinks engraved T.A.; total $165", "finance",
                    first_name="Femi",
                ),
            ),
        ],
        questions=[
            Question(STYLIST, "Whose wedding is it?", ("tunde",)),
            Question(STYLIST, "What's his role at the wedding?", ("best man",)),
            Question(STYLIST, "What colour is his suit?", ("charcoal",), ("navy three-piece",)),
            Question(STYLIST, "What colour is the family fabric?", ("emerald",)),
            Question(STYLIST, "What's the family fabric called?", ("aso ebi",)),
            Question(STYLIST, "What's his budget?", ("1,200", "twelve hundred")),
            Question(STYLIST, "What's his chest measurement?", ("chest 42", "chest forty-two")),
            Question(STYLIST, "What size shoes does he take?", ("shoes, eleven", "size 11", "size eleven")),
            Question(STYLIST, "What's his sleeve length?", ("thirty-six", "36")),
            Question(STYLIST, "Which tailor is doing the fitting?", ("mallory",)),
            Question(STYLIST, "When is the fitting?", _day(14, 4)),
            Question(STYLIST, "What time is the fitting?", ("5:30", "five thirty")),
            Question(STYLIST, "When is the wedding?", _day(38, 39)),
            Question(STYLIST, "Who sent him our way?", ("chantal",)),
            Question(STYLIST, "Where is his mother travelling from?", ("lagos",)),
            Question(STYLIST, "Why did he drop the navy?", ("groomsmen",)),
            Question(STYLIST, "What's the bride's name?", ()),
            Question(STYLIST, "Which church is the ceremony at?", ()),
            Question(STYLIST, "How much did the suit cost?", ()),
            Question(STYLIST, "What's Tunde's suit size?", ()),
            Question(STYLIST, "What is his mother's name?", ()),
            Question(WATCHES, "Which watch is being serviced?", ("seiko",)),
            Question(WATCHES, "Whose watch was it?", ("late father", "my father's")),
            Question(WATCHES, "What's being engraved?", ("cufflinks",)),
            Question(WATCHES, "Which initials go on the cufflinks?", ("t.a.", "t, a")),
            Question(WATCHES, "Which lettering style did he want?", ("block capitals",)),
            Question(WATCHES, "When will his things be ready?", _day(11, 3)),
            Question(WATCHES, "What's the total for both jobs?", ("165", "one sixty-five")),
            Question(WATCHES, "What metal are the cufflinks?", ("silver",)),
            Question(WATCHES, "What does the groom do?", ("engineer",)),
            Question(WATCHES, "What's the Seiko's model number?", ()),
            Question(WATCHES, "What was his father's name?", ()),
        ],
    ),
]  # fmt: skip
