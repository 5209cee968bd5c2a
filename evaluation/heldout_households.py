"""Held-out callers of businesses that come into the home: a home cleaning company, a landscaper, an
audiology clinic, a Spanish removals firm, a furniture delivery service, a French wedding venue and a
pest control company.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch
of changes, never tuned against: a score that moves here moved because the memory got better or worse,
not because the set was fitted to it. Same format as ``evaluation.dataset``: days are relative to the
day the evaluation runs (``days_ago``), a day named in a summary is written ``{+N}``, and a question
with no answers is one nobody ever answered (the right answer is nothing).

What it holds: households, so access notes, pets, a lockbox code no question may accept, two phones
each shared by two people, long calls where a fact is said once in the middle and never in the
summary, a Spanish and a French caller with English questions, corrections (``outdated``), a caller of
a landscaper and an audiology clinic whose hearing stays with the clinic, and about half the calls
carrying the post-call analysis items (call_topic, open_item, open_item_date, lasting_facts,
sensitive_category).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

CLEAN = "agent_clean_00000000000000000000000041"
GARDEN = "agent_garden_0000000000000000000000042"
MOVERS = "agent_movers_0000000000000000000000043"
SOFA = "agent_sofa_000000000000000000000000044"
VENUE = "agent_venue_00000000000000000000000045"
PEST = "agent_pest_000000000000000000000000046"
AUDIO = "agent_audio_00000000000000000000000047"


_ACKS_EN = [
    "Mm-hm.",
    "Oh, absolutely.",
    "Right, yes.",
    "Ha, I bet.",
    "No rush at all.",
    "Sorry, my screen's frozen, bear with me.",
    "Oh, really?",
    "That's nice.",
    "Of course.",
    "I hear you.",
    "Oh no.",
    "Uh-huh.",
    "Yes, go on.",
]

_TALK_EN = [
    "Sorry, I'm rambling. My husband always says I never get to the point.",
    "It's been chucking it down all week, I haven't been able to hang any washing out.",
    "The traffic getting here this morning, honestly, I nearly turned round and went home.",
    "Have you seen that detective thing on telly? I stayed up far too late with it.",
    "My neighbour's got the builders in, it's been drilling from first thing every day.",
    "I went to the big supermarket yesterday and they'd moved everything again.",
    "Sorry, the kettle's going, hang on. Right, I'm back.",
    "We've been meaning to sort the loft out for years, it's just boxes and boxes.",
    "My sister's just come back from Spain, she's as brown as a berry, I'm so jealous.",
    "Is it busy for you at the moment? It must be, everyone's doing their houses up.",
    "I tried one of those meal box things, far too much faff if you ask me.",
    "My niece is getting married in the summer, so that's all anyone talks about.",
    "The council still haven't fixed the streetlight outside, I've reported it three times.",
    "I've started walking in the mornings, trying to get my steps up, you know.",
    "Sorry, someone's at the window waving, it's just the postman. Anyway.",
    "We had our heating on in June last year, can you believe it.",
    "I'm hopeless with anything technical, my son sets everything up for me.",
    "The football was on last night, the whole street was shouting.",
    "I keep meaning to join the library again, I used to read all the time.",
    "We've got the in-laws coming for a week, so everything has to be just so.",
    "Anyway, where was I? Oh yes.",
    "I do love a good clear-out, though, it's very satisfying.",
    "They've put the parking charges up in town again, it's daylight robbery.",
    "The garden centre's got a cafe now, we go for the scones more than the plants.",
]

_ACKS_ES = [
    "Ajá.",
    "Claro.",
    "Sí, sí.",
    "Vaya por Dios.",
    "No se preocupe.",
    "Un segundito, que se me ha colgado el ordenador.",
    "¿De verdad?",
    "Qué bien.",
    "Entiendo.",
    "Siga, siga.",
]

_TALK_ES = [
    "Perdone que me enrolle, es que estoy con los nervios de la mudanza.",
    "Madre mía, la de cosas que acumula una en diez años, no se lo imagina.",
    "Mi marido dice que tiremos la mitad, pero luego no tira nada.",
    "Hoy hace un calor en Valencia que no se puede ni salir a la calle.",
    "Los niños están encantados con lo de Madrid, bueno, la mayor no tanto.",
    "Ayer estuve toda la tarde envolviendo vasos en papel de periódico.",
    "La vecina de enfrente me ha dado cajas de la frutería, que son muy resistentes.",
    "Es que el trabajo nuevo empieza enseguida, por eso vamos con tantas prisas.",
    "Perdone, que me está llamando mi hermana por la otra línea. Ya está.",
    "Yo es la tercera mudanza que hago y siempre digo que es la última.",
    "¿Usted se ha mudado alguna vez? Es que es lo peor, de verdad.",
    "Bueno, a lo que íbamos.",
    "En Madrid no conocemos a casi nadie, pero bueno, ya haremos amigos.",
    "Tengo la lista de la mudanza en la nevera, con un imán, para no perderla.",
    "Mi madre dice que me lleve las macetas, pero no sé dónde las voy a poner.",
    "El casero de aquí es majísimo, me da pena irme, la verdad.",
    "Estoy tomando tila, que me han dicho que va bien para los nervios.",
    "La mayor quiere llevarse todos sus peluches, y son muchísimos.",
    "Perdone, ¿por dónde iba?",
    "Esta semana no he cocinado nada, todo bocadillos, qué desastre.",
]

_ACKS_FR = [
    "Mm-hm.",
    "Oui, bien sûr.",
    "Je vois.",
    "Ah bon ?",
    "Prenez votre temps.",
    "Une seconde, mon écran a planté.",
    "C'est adorable.",
    "Ah, je comprends.",
    "Tout à fait.",
    "Je vous écoute.",
]

_TALK_FR = [
    "Pardon, je m'égare, ma mère dit que je suis une vraie pipelette.",
    "On a fait l'essayage de la robe samedi, j'ai pleuré comme une madeleine.",
    "Les faire-part sont partis, enfin presque tous, il en reste une pile sur le buffet.",
    "Ma belle-mère a des avis sur tout, je ne vous raconte pas.",
    "Il a fait un temps magnifique ce week-end, j'espère qu'il fera pareil le jour J.",
    "On a goûté les gâteaux chez le pâtissier, j'en rêve encore.",
    "Mes témoins préparent quelque chose en secret, ça m'inquiète un peu.",
    "Au bureau, tout le monde me demande où on en est, c'est gentil.",
    "Excusez-moi, c'est le livreur qui sonne. Voilà, je suis là.",
    "On a choisi les alliances, enfin, après trois boutiques.",
    "Mon père prépare son discours, il le répète à tout le monde, c'est long.",
    "Je ne dors plus trop bien, je fais des listes dans ma tête la nuit.",
    "La playlist, c'est la guerre à la maison, on n'a pas du tout les mêmes goûts.",
    "On a visité plein d'endroits avant vous, mais c'est chez vous qu'on a eu le coup de cœur.",
    "Bon, où en étais-je ?",
    "Ma cousine se marie aussi cette année, on se dispute presque les invités.",
    "Les fleurs, je voudrais quelque chose de simple, des pivoines peut-être.",
    "J'ai fait un tableur pour tout, je suis devenue une vraie maniaque.",
    "Mon chef m'a donné deux semaines pour le voyage de noces, c'est déjà ça.",
    "On a encore les invitations des enfants à faire, ils veulent des dessins.",
]


_ALEX_CHECKIN = long_call(
    head=[
        (
            "Sparkle and Shine Home Cleaning, Mia speaking.",
            "Hiya, it's Alex Novak, from Orchard Row. Sam's other half, we share the phone.",
        ),
        (
            "Hi Alex! How can I help?",
            "Just checking Jess is still on for the next clean, with the building work.",
        ),
        (
            "She is, Wednesday morning as usual.",
            "Lovely. Sorry, it's been chaos here, we're having work done.",
        ),
    ],
    middle=[
        (
            "Anything Jess should do differently this time?",
            "Oh, yes, the upstairs bathroom, just skip it for now. The tiler's in "
            "there and there's dust everywhere, there's no point. And Sam changed "
            "the lockbox code after the builders, Sam'll send Jess the new one.",
        ),
        ("Skip the upstairs bathroom, got it. I'll let her know.", "Thanks, you're a star."),
    ],
    tail=[
        ("Anything else I can help with?", "No, that's everything. Sorry for keeping you so long."),
        ("Not at all, it's been nice chatting.", "Bye then."),
    ],
    acks=_ACKS_EN,
    talk=_TALK_EN,
    start=0,
    total=82,
)

_CARMEN_QUOTE = long_call(
    head=[
        (
            "Mudanzas Turia, buenos días, le atiende Javier.",
            "Buenos días, Javier. Quería un presupuesto para una mudanza de Valencia a Madrid.",
        ),
        ("Muy bien. ¿Me dice su nombre?", "Carmen Ruiz. Ruiz con zeta."),
        ("¿Desde qué dirección?", "Calle Sueca, 15, aquí en Valencia. Un piso de dos habitaciones."),
        (
            "¿Tiene muebles grandes o algo especial?",
            "Un piano vertical, que es lo que más me preocupa. Y unas cuarenta cajas, más o menos.",
        ),
        (
            "¿Y el piso de Madrid, tiene ascensor?",
            "No, ese es el problema. Es un tercero sin ascensor. Pobres chicos.",
        ),
    ],
    middle=[
        (
            "¿Hay algo más que debamos saber?",
            "Ah, sí, una cosa muy importante. Tengo el reloj de pie de mi abuela, tiene "
            "más de cien años. Eso hay que embalarlo aparte, con mucho cuidado, por favor.",
        ),
        (
            "Lo embalamos en una caja de madera a medida, no se preocupe.",
            "Ay, gracias, me quedo más tranquila.",
        ),
    ],
    tail=[
        (
            "Bueno, con el piano y el tercero sin ascensor, el "
            "presupuesto sale en mil ochocientos cincuenta euros.",
            "Mil ochocientos cincuenta. Vale, me parece bien.",
        ),
        ("¿Para qué fecha sería?", "Para el día 22, si puede ser."),
        ("El 22 lo tenemos libre. Se lo reservo.", "Perfecto. Muchísimas gracias, Javier."),
    ],
    acks=_ACKS_ES,
    talk=_TALK_ES,
    start=2,
    total=84,
)

_OWEN_CONFIRM = long_call(
    head=[
        (
            "Homestead Furniture deliveries, Kyle speaking.",
            "Alright, Kyle, it's Owen Gallagher, I've got a sofa coming to Willow Close.",
        ),
        (
            "Hi Owen. Yes, I can see it, the green corner sofa.",
            "That's the one. Just wanted to check it's all on.",
        ),
        ("It's all on for the same day.", "Great. The move's been mad, I'm still living out of boxes."),
    ],
    middle=[
        (
            "Anything the drivers need to know about the new house?",
            "Yeah, actually. Use the side door, not the front. The front hall's got a "
            "massive radiator sticking right out, you'd never get a corner sofa past it.",
        ),
        ("Side door, I've added it to the delivery notes.", "Cheers, that'll save a lot of swearing."),
    ],
    tail=[
        ("Anything else?", "No, that's it. Sorry for keeping you, I could talk for England."),
        ("No problem, Owen. Enjoy the new place.", "Will do. See ya."),
    ],
    acks=_ACKS_EN,
    talk=_TALK_EN,
    start=9,
    total=82,
)

_CAMILLE_SCHEDULE = long_call(
    head=[
        (
            "Domaine des Tilleuls, bonjour, Margaux à l'appareil.",
            "Bonjour Margaux, c'est Camille Dubois, pour le mariage. "
            "Je voulais revoir le déroulé de la journée avec vous.",
        ),
        (
            "Avec plaisir. On commence par la cérémonie ?",
            "Oui, la cérémonie laïque dans le jardin, à seize heures.",
        ),
        (
            "Très bien. Ensuite le cocktail sur la terrasse, et le dîner dans l'orangerie.",
            "C'est ça. Et s'il pleut ?",
        ),
        (
            "En cas de pluie, la cérémonie se fait dans l'orangerie, et on décale le dîner d'une demi-heure.",
            "D'accord, ça me rassure.",
        ),
    ],
    middle=[
        (
            "Pour le traiteur, il y a des allergies à signaler ?",
            "Ah oui, heureusement que vous y pensez. Le frère de Julien, Thomas, est allergique "
            "aux fruits à coque. Vraiment allergique, il a toujours son stylo d'adrénaline sur lui.",
        ),
        ("Je le note pour le traiteur, aucun fruit à coque à sa table.", "Merci, c'est très important."),
    ],
    tail=[
        (
            "Et le DJ arrive à quelle heure ?",
            "Quatorze heures, pour installer. Il m'a dit qu'il lui fallait deux heures.",
        ),
        ("Parfait. Je vous envoie le déroulé par mail.", "Merci beaucoup, Margaux. Bonne journée."),
        ("Bonne journée, Camille.", "Au revoir."),
    ],
    acks=_ACKS_FR,
    talk=_TALK_FR,
    start=4,
    total=86,
)

_DOREEN_MICE = long_call(
    head=[
        (
            "Good morning, Bayside Pest Control, this is Kelly.",
            "Oh, hello dear. I've got mice. In the loft, and I think in the kitchen as well.",
        ),
        ("Oh dear. Can I take your name?", "Doreen Matthews. Matthews with two Ts."),
        (
            "Thank you, Mrs Matthews. What have you noticed?",
            "Scratching at night in the ceiling, and droppings behind the bread bin. Filthy things.",
        ),
        (
            "We'd send a technician to set traps and find out where they're getting in.",
            "Yes, please. The grandchildren come over on Sundays and I'd die if they saw one.",
        ),
    ],
    middle=[
        (
            "Is there anything the technician should know about the house?",
            "Now, I don't want any poison put down, mind. My little dog Rosie, she's "
            "a terrier, she gets into absolutely everything. Traps only, please.",
        ),
        ("Traps only, no poison, I've written that on the job.", "Thank you, dear."),
    ],
    tail=[
        (
            "The first visit with traps is a hundred and sixty-five dollars.",
            "A hundred and sixty-five. Well, it's got to be done.",
        ),
        ("We can come in three days, in the morning.", "That's fine, I'm always in."),
        ("You're booked, Mrs Matthews.", "Thank you ever so much. Bye bye now."),
    ],
    acks=_ACKS_EN,
    talk=_TALK_EN,
    start=15,
    total=90,
)


HELDOUT_HOUSEHOLDS: list[Caller] = [
    # A phone two partners share, calling a cleaning company: a lockbox code said once, a day corrected.
    Caller(
        number="+447700900452",
        names=("Sam", "Alex"),
        calls=[
            Call(
                CLEAN,
                60,
                "en",
                "Fortnightly clean set up",
                "The user, Sam Novak, set up a fortnightly clean every other Friday morning, three "
                "hours at £22 an hour, for a three-bedroom house at 9 Orchard Row. Sam said the key "
                "is in a lockbox by the back door and gave the code. The cleaner assigned is Jess.",
                [
                    (
                        "Sparkle and Shine Home Cleaning, how can I help?",
                        "Hi, I'd like a regular clean. Every two weeks, maybe.",
                    ),
                    ("Lovely. Can I take your name?", "Sam Novak. N-O-V-A-K."),
                    ("And the address, Sam?", "9 Orchard Row. It's a three-bed semi."),
                    (
                        "We'd suggest three hours. It's twenty-two pounds an hour.",
                        "Twenty-two, okay. Friday mornings, every other week?",
                    ),
                    ("Friday mornings, fortnightly. Jess would be your cleaner.", "Great."),
                    (
                        "How will Jess get in?",
                        "There's a lockbox by the back door, the key's "
                        "in there. Code's two, eight, five, zero.",
                    ),
                    ("Perfect. See you on Friday.", "Thanks, bye."),
                ],
                collected={"first_name": "Sam"},
            ),
            Call(
                CLEAN,
                45,
                "en",
                "Cleaning products and the cat",
                "Alex Novak, Sam's partner, asked that the cleaners not use bleach or strong sprays because "
                "their son Leo has asthma. Alex also asked that the cat, Pickle, be kept out of the study.",
                [
                    ("Sparkle and Shine, Mia speaking.", "Hi, it's Alex Novak, Sam booked our cleaning."),
                    ("Hi Alex. What can I do for you?", "A couple of things for Jess. No bleach, please."),
                    (
                        "Of course. Is there a reason, so we can note it properly?",
                        "Our son Leo has asthma, and the strong sprays set him off. Anything fragrance-free.",
                    ),
                    ("Noted: no bleach, nothing strong. Anything else?", "The cat. Pickle. She's a menace."),
                    (
                        "Ha. What about her?",
                        "Keep her out of the study, please, she goes "
                        "for the sofa in there. Just shut the door.",
                    ),
                    ("Will do.", "Thanks so much."),
                ],
                collected=analysis_items(
                    "cleaning products and pets",
                    "",
                    "",
                    "Son Leo has asthma: no bleach or strong sprays; "
                    "cat Pickle must be kept out of the study",
                    "health",
                    first_name="Alex",
                ),
            ),
            Call(
                CLEAN,
                15,
                "en",
                "Cleaning day changed",
                "Sam moved the fortnightly clean from Friday to Wednesday "
                "mornings, starting {+6}, and asked to keep Jess. Sam asked "
                "for the oven to be cleaned at the next visit for an extra £30.",
                [
                    ("Sparkle and Shine.", "Hi, Sam Novak. Could we move our clean off Fridays?"),
                    ("Sure. What suits better?", "Wednesday mornings. Still every other week, still Jess."),
                    ("Jess can do Wednesdays. Starting next week?", "Perfect."),
                    ("Anything else?", "Can she do the oven next time? It's a crime scene."),
                    ("The oven's an extra thirty pounds.", "Thirty's fine."),
                ],
                collected=analysis_items(
                    "change of cleaning day",
                    "Jess to clean the oven at the next visit (extra £30)",
                    "{+6}",
                    "Fortnightly clean on Wednesday mornings with Jess; key in the lockbox by the back door",
                    "none",
                    first_name="Sam",
                ),
            ),
            Call(
                CLEAN,
                4,
                "en",
                "Checking the next clean",
                "Alex Novak called to check that Jess is still coming for the next Wednesday clean "
                "while the house is having building work done, and chatted about the renovation.",
                _ALEX_CHECKIN,
                collected={"first_name": "Alex"},
            ),
        ],
        questions=[
            Question(CLEAN, "What day do the Novaks get cleaned?", ("Wednesday",), outdated=("Friday",)),
            Question(CLEAN, "Who usually cleans for them?", ("Jess",)),
            Question(CLEAN, "Are there products we shouldn't use at their house?", ("bleach",)),
            Question(CLEAN, "Why do they want fragrance-free products?", ("asthma",)),
            Question(CLEAN, "What's the lockbox code?", ()),
            Question(CLEAN, "What's their cat called?", ("Pickle",)),
            Question(CLEAN, "Is there a room the cleaner should leave alone right now?", ("bathroom",)),
            Question(CLEAN, "How much extra is the oven?", ("£30", "30 pounds", "thirty")),
            Question(CLEAN, "What's the Novaks' dog called?", ()),
            Question(CLEAN, "How old is Leo?", ()),
        ],
    ),
    # An end-of-tenancy clean: a date and a price that a later call replaced.
    Caller(
        number="+447700900633",
        names=("Hugo",),
        calls=[
            Call(
                CLEAN,
                26,
                "en",
                "End of tenancy clean booked",
                "The user, Hugo Lambert, booked an end-of-tenancy clean for his one-bedroom flat at 12B "
                "Canal Street before the landlord's inspection on the 30th. The cleaners can collect the "
                "keys from Hartley Lettings on the high street. The price is £260 including the carpets.",
                [
                    ("Sparkle and Shine.", "Hi, I need an end-of-tenancy clean. I'm moving out."),
                    ("Sure. Name and address?", "Hugo Lambert. Flat 12B, Canal Street. One bedroom."),
                    ("When's the inspection?", "The landlord's coming on the 30th."),
                    (
                        "We'd do it the day before. With carpets, that's two hundred and sixty pounds.",
                        "Two sixty, fine.",
                    ),
                    (
                        "How do we get in?",
                        "I'll have handed my keys back by then. "
                        "Hartley Lettings on the high street has them.",
                    ),
                    ("We'll collect them there.", "Brilliant, thanks."),
                ],
                collected=analysis_items(
                    "end of tenancy clean",
                    "Cleaners to collect the keys from Hartley Lettings and clean before the inspection",
                    "{+11}",
                    "Moving out of 12B Canal Street; keys held by Hartley Lettings",
                    "none",
                    first_name="Hugo",
                ),
            ),
            Call(
                CLEAN,
                13,
                "en",
                "Clean moved earlier, windows added",
                "Hugo Lambert said the landlord's inspection has been brought "
                "forward to the 27th, so the clean was moved to the 26th. He added "
                "the inside of the windows for £40, bringing the total to £300.",
                [
                    ("Sparkle and Shine.", "Hi, Hugo Lambert, the end-of-tenancy clean on Canal Street."),
                    ("Hi Hugo.", "The landlord's moved the inspection forward to the 27th. Annoying."),
                    ("Then we'll clean on the 26th.", "Great. Can you add the windows, inside only?"),
                    ("That's forty pounds more, three hundred in total.", "Three hundred, fine."),
                ],
                collected={"first_name": "Hugo"},
            ),
        ],
        questions=[
            Question(CLEAN, "When is Hugo's landlord inspection?", ("27",), outdated=("30th",)),
            Question(CLEAN, "What's the total for his clean?", ("300", "three hundred"), outdated=("260",)),
            Question(CLEAN, "Where do we pick up his keys?", ("Hartley",)),
            Question(CLEAN, "What's his new address after he moves?", ()),
            Question(CLEAN, "How many bedrooms does his new place have?", ()),
        ],
    ),
    # One caller of two businesses: her hearing stays with the audiology clinic.
    Caller(
        number="+12065550148",
        names=("Grace",),
        calls=[
            Call(
                GARDEN,
                75,
                "en",
                "Spring garden cleanup booked",
                "The user, Grace Kim, booked a spring cleanup: trimming the front hedges, "
                "clearing the gutters and mulching the flower beds, for $420. The crew will come "
                "on {+8}. She asked the crew to park on the street, not on her new driveway.",
                [
                    ("Evergreen Landscaping, good morning!", "Hi, I'd like to book a spring cleanup."),
                    ("Sure. Your name?", "Grace Kim."),
                    (
                        "What would you like done?",
                        "The hedges along the front, the gutters, and fresh mulch in the flower beds.",
                    ),
                    ("That comes to four hundred and twenty dollars.", "Four twenty is fine."),
                    (
                        "Anything the crew should know?",
                        "Please park on the street. The driveway was just redone and I don't want oil on it.",
                    ),
                    ("On the street, got it. We'll see you next week.", "Thank you."),
                ],
                collected={"first_name": "Grace"},
            ),
            Call(
                AUDIO,
                50,
                "en",
                "Hearing test booked",
                "The user, Grace Kim, booked a hearing test with audiologist Dr. "
                "Okafor for {+4} in the morning. She has ringing in both ears "
                "(tinnitus) and struggles to follow conversations in busy restaurants.",
                [
                    ("Clearview Hearing Clinic, how can I help?", "Hi, I'd like to get my hearing tested."),
                    ("Of course. Your name?", "Grace Kim."),
                    (
                        "What's been bothering you?",
                        "Ringing in both ears, all the time. And in "
                        "restaurants I just nod along, I can't follow.",
                    ),
                    (
                        "That sounds like tinnitus. Dr. Okafor can "
                        "see you, O-K-A-F-O-R. Mornings or afternoons?",
                        "Mornings, please.",
                    ),
                    ("Booked for the morning, in four days.", "Thank you."),
                ],
                collected=analysis_items(
                    "hearing test",
                    "Grace to attend her hearing test with Dr. Okafor",
                    "{+4}",
                    "Tinnitus in both ears; trouble hearing in noisy places; prefers mornings",
                    "health",
                    first_name="Grace",
                ),
            ),
            Call(
                GARDEN,
                30,
                "en",
                "Patio quote",
                "Grace asked for a quote for a new patio of about 200 square feet "
                "in sandstone pavers. The agent quoted $4,800. She asked to be "
                "contacted by text message from now on, as she often misses calls.",
                [
                    ("Evergreen Landscaping.", "Hi, Grace Kim. You did my cleanup. Now I want a patio."),
                    ("Wonderful. How big?", "About two hundred square feet, off the back door."),
                    ("Any material in mind?", "Sandstone pavers, the warm-colored ones."),
                    ("That would be about forty-eight hundred dollars.", "Okay. Let me think about it."),
                    (
                        "Sure. Should we call you back?",
                        "Text me instead, please. I miss calls all the time, texts are better.",
                    ),
                ],
                collected=analysis_items(
                    "patio quote",
                    "Grace to decide on the sandstone patio quote",
                    "",
                    "Prefers text messages to calls; crew parks on the street, not the driveway",
                    "none",
                    first_name="Grace",
                ),
            ),
            Call(
                AUDIO,
                20,
                "en",
                "Hearing aid fitting booked",
                "Grace booked the fitting of her new Phonak hearing aids with Dr. Okafor on Friday "
                "at 10 AM. The hearing aids cost $3,200, and her insurance covers $1,500 of it.",
                [
                    ("Clearview Hearing Clinic.", "Hi, Grace Kim. Dr. Okafor said my hearing aids are in."),
                    ("Yes, the Phonak ones. Shall we book the fitting?", "Please. Friday morning?"),
                    ("Friday at ten with Dr. Okafor.", "Perfect."),
                    (
                        "Just a reminder, the balance after insurance.",
                        "Right, thirty-two hundred, and insurance pays fifteen hundred of it.",
                    ),
                ],
                collected={"first_name": "Grace"},
            ),
            Call(
                GARDEN,
                9,
                "en",
                "Patio changed to slate",
                "Grace changed the patio material from sandstone to slate after seeing "
                "her neighbor's. The revised quote is $5,300 and the work starts Monday.",
                [
                    ("Evergreen Landscaping.", "Hi, it's Grace Kim, about the patio."),
                    (
                        "Hi Grace! Ready to go ahead?",
                        "Yes, but I've changed my mind, I want slate, not sandstone.",
                    ),
                    (
                        "Slate's a bit more. Fifty-three hundred.",
                        "Fifty-three hundred, that's fine. It's gorgeous.",
                    ),
                    ("We can start Monday.", "Monday's great."),
                ],
                collected=analysis_items(
                    "patio material change",
                    "Crew to start building the slate patio",
                    "{+4}",
                    "Patio in slate; prefers text messages; crew parks on the street",
                    "none",
                    first_name="Grace",
                ),
            ),
        ],
        questions=[
            Question(
                GARDEN, "What is Grace's patio going to be made of?", ("slate",), outdated=("sandstone",)
            ),
            Question(
                GARDEN,
                "What's the latest price for her patio?",
                ("5,300", "5300", "fifty-three hundred"),
                outdated=("4,800", "4800", "forty-eight hundred"),
            ),
            Question(GARDEN, "How does she want us to get in touch?", ("text",)),
            Question(GARDEN, "Where should the crew park?", ("street",)),
            Question(GARDEN, "When does the patio work start?", ("Monday",)),
            Question(GARDEN, "Does Grace have any health conditions the crew should know about?", ()),
            Question(GARDEN, "How big is her back lawn?", ()),
            Question(AUDIO, "Who is Grace seeing at the clinic?", ("Okafor",)),
            Question(AUDIO, "When is her fitting?", ("Friday",)),
            Question(AUDIO, "What symptoms did she describe?", ("ringing", "tinnitus", "restaurant")),
            Question(AUDIO, "How much do her hearing aids cost?", ("3,200", "3200", "thirty-two hundred")),
            Question(AUDIO, "Which of her ears is worse?", ()),
        ],
        private_to={AUDIO: ("tinnitus", "hearing aid", "Phonak", "Okafor")},
    ),
    # A Spanish caller of a removals firm: a long call with an heirloom said once, then a new date.
    Caller(
        number="+34600000388",
        names=("Carmen",),
        calls=[
            Call(
                MOVERS,
                40,
                "es",
                "Moving quote Valencia to Madrid",
                "The user, Carmen Ruiz, asked for a quote to move from her flat at Calle "
                "Sueca 15 in Valencia to Madrid on the 22nd. She has a two-bedroom flat, "
                "an upright piano and about forty boxes. The new flat in Madrid is on "
                "the third floor with no lift. The quote was 1,850 euros.",
                _CARMEN_QUOTE,
                collected={"first_name": "Carmen"},
            ),
            Call(
                MOVERS,
                12,
                "es",
                "Cambio de fecha de la mudanza",
                "Carmen Ruiz llamó para cambiar la fecha de la mudanza del día 22 al día 29, porque "
                "no le entregan las llaves del piso nuevo hasta el 28. Pidió que el equipo llegue a "
                "las 8 de la mañana. Se le confirmó que el presupuesto de 1.850 euros no cambia.",
                [
                    (
                        "Mudanzas Turia, dígame.",
                        "Hola, soy Carmen Ruiz, la de la mudanza a Madrid con el piano.",
                    ),
                    ("Hola, Carmen. ¿Todo bien?", "Más o menos. Tengo que cambiar la fecha, del 22 al 29."),
                    ("¿Qué ha pasado?", "Que no me dan las llaves del piso nuevo hasta el 28. Un lío."),
                    ("El 29 lo podemos hacer. ¿A qué hora?", "Lo más pronto posible. ¿A las ocho?"),
                    ("A las ocho de la mañana allí. El precio no cambia.", "Menos mal. Gracias, de verdad."),
                ],
                collected=analysis_items(
                    "cambio de fecha de mudanza",
                    "Mudanzas Turia llega a las 8 el día 29; Carmen "
                    "reserva sitio para el camión en la calle Sueca",
                    "{+17}",
                    "Piano vertical; piso nuevo en Madrid, tercero sin ascensor",
                    "none",
                    first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(MOVERS, "When is Carmen moving?", ("29",), outdated=("22",)),
            Question(
                MOVERS,
                "Is there a lift at her new place?",
                ("no lift", "sin ascensor", "without a lift", "no elevator"),
            ),
            Question(MOVERS, "Any large items that need special handling?", ("piano",)),
            Question(
                MOVERS, "Is there a family heirloom we should pack separately?", ("clock", "reloj", "abuela")
            ),
            Question(
                MOVERS, "What did we quote her?", ("1,850", "1850", "1.850", "mil ochocientos cincuenta")
            ),
            Question(
                MOVERS,
                "What time should the crew get there?",
                ("8 AM", "8 de la mañana", "ocho", "8:00", "8 in the morning", "8am"),
            ),
            Question(MOVERS, "How many boxes of books does she have?", ()),
            Question(MOVERS, "What make is her piano?", ()),
        ],
    ),
    # A furniture delivery: an address a later call replaced, and the door to use said once, mid-call.
    Caller(
        number="+447700900571",
        names=("Owen",),
        calls=[
            Call(
                SOFA,
                28,
                "en",
                "Sofa delivery booked",
                "The user, Owen Gallagher, booked delivery of a three-seater corner sofa in forest "
                "green velvet for {+9}, between 7 AM and 1 PM, to his second-floor flat at Flat 6, 40 "
                "Carlisle Road. The stairs are narrow with a tight turn, so the sofa may need to come "
                "in through the balcony doors. He asked for his old sofa to be taken away for £35.",
                [
                    ("Homestead Furniture deliveries.", "Hiya, I'm booking delivery for my new sofa."),
                    ("Lovely. Name?", "Owen Gallagher. G-A-L-L-A-G-H-E-R."),
                    ("Which one did you go for?", "The corner one, three-seater, the forest green velvet."),
                    ("Great choice. Address?", "Flat 6, 40 Carlisle Road. It's on the second floor."),
                    (
                        "Any access issues?",
                        "The stairs are narrow with a really tight turn. "
                        "Might need to come through the balcony doors.",
                    ),
                    ("We'll bring straps. Old sofa to take away?", "Yes please. How much?"),
                    ("Thirty-five pounds.", "Go on then."),
                ],
                collected=analysis_items(
                    "sofa delivery",
                    "Delivery team to bring the corner sofa and take the old sofa away",
                    "{+9}",
                    "Second-floor flat with narrow stairs; balcony doors may be needed",
                    "none",
                    first_name="Owen",
                ),
            ),
            Call(
                SOFA,
                11,
                "en",
                "Delivery address changed",
                "Owen asked for the sofa to be delivered to his new house at 3 Willow Close instead "
                "of the flat, as he is moving sooner than planned. The delivery day stays the same. "
                "He cancelled the old sofa removal because he is leaving it for the landlord.",
                [
                    ("Homestead Furniture.", "Hi, Owen Gallagher. Change of plan with my sofa."),
                    ("What's changed?", "I'm moving earlier. Can it go to the new house? 3 Willow Close."),
                    ("Same day?", "Same day, yeah."),
                    (
                        "And the old sofa collection from the flat?",
                        "Cancel that. The landlord wants to keep it for the next tenant.",
                    ),
                    ("Done, removal cancelled.", "Cheers."),
                ],
                collected={"first_name": "Owen"},
            ),
            Call(
                SOFA,
                3,
                "en",
                "Delivery confirmed",
                "Owen Gallagher called to confirm his sofa delivery to "
                "3 Willow Close is still on, and chatted about his move.",
                _OWEN_CONFIRM,
                collected={"first_name": "Owen"},
            ),
        ],
        questions=[
            Question(SOFA, "Where is Owen's sofa being delivered?", ("Willow",), outdated=("Carlisle",)),
            Question(SOFA, "What did he order?", ("green", "velvet", "corner")),
            Question(SOFA, "Are we taking his old sofa away?", ("cancel", "landlord")),
            Question(SOFA, "Which door should the drivers use?", ("side door",)),
            Question(SOFA, "What colour armchair did he order?", ()),
            Question(SOFA, "How much did he pay for the sofa?", ()),
        ],
    ),
    # A phone a couple shares: a day corrected by the other one, and a lift out of service.
    Caller(
        number="+13125550186",
        names=("Tariq", "Sofia"),
        calls=[
            Call(
                SOFA,
                20,
                "en",
                "Dining table delivery",
                "The user, Tariq Aziz, booked delivery of a solid oak dining table for Thursday "
                "to Harbour View, flat 52, on the fifth floor. The building has a lift.",
                [
                    ("Homestead Furniture.", "Hello, Tariq Aziz. I'm booking delivery for a dining table."),
                    ("The solid oak one?", "That's it, the big oak one."),
                    ("Address?", "Harbour View, flat fifty-two. Fifth floor, but there's a lift."),
                    ("Thursday okay?", "Thursday's good."),
                ],
                collected={"first_name": "Tariq"},
            ),
            Call(
                SOFA,
                7,
                "en",
                "Table delivery moved to Saturday",
                "Sofia Aziz, Tariq's wife, moved the dining table delivery from Thursday to Saturday "
                "and asked for it to be assembled for £25. She said the lift is out of service until "
                "the end of the month, so the team will have to carry it up the stairs.",
                [
                    (
                        "Homestead Furniture.",
                        "Hi, this is Sofia Aziz, my husband Tariq booked a table delivery, same phone.",
                    ),
                    (
                        "Hi Sofia. Is Thursday still okay?",
                        "No, could you do Saturday? We're both at work Thursday.",
                    ),
                    (
                        "Saturday's fine.",
                        "And can your guys put it together? I don't trust Tariq with an Allen key.",
                    ),
                    ("Assembly is twenty-five pounds.", "Worth every penny."),
                    (
                        "Anything else?",
                        "The lift's out of service till the end of "
                        "the month, so it's stairs, I'm afraid. Sorry!",
                    ),
                    ("We'll send two people.", "Thank you."),
                ],
                collected=analysis_items(
                    "table delivery change",
                    "Delivery team to bring and assemble the table on Saturday; two people for the stairs",
                    "{+3}",
                    "Fifth floor at Harbour View; lift out of service until the end of the month",
                    "none",
                    first_name="Sofia",
                ),
            ),
        ],
        questions=[
            Question(SOFA, "When is the Aziz table delivery?", ("Saturday",), outdated=("Thursday",)),
            Question(SOFA, "What did they order?", ("oak", "dining table")),
            Question(SOFA, "Do they want it put together?", ("assembl",)),
            Question(SOFA, "Which floor do they live on?", ("fifth", "5th")),
            Question(SOFA, "Can the team use the lift?", ("out of service", "stairs")),
            Question(SOFA, "Which chairs did they order to go with the table?", ()),
            Question(SOFA, "What's Sofia's email address?", ()),
        ],
    ),
    # A French caller of a wedding venue: the guest count corrected, an allergy said once, mid-call.
    Caller(
        number="+33600000527",
        names=("Camille",),
        calls=[
            Call(
                VENUE,
                120,
                "fr",
                "Réservation du domaine pour le mariage",
                "Camille Dubois a réservé le Domaine des Tilleuls pour son mariage avec Julien, le {+150}. "
                "Ils attendent 120 invités, dont 30 végétariens. Sa grand-mère se déplace en fauteuil "
                "roulant et aura besoin d'un accès de plain-pied. Un acompte de 3 000 euros a été versé.",
                [
                    (
                        "Domaine des Tilleuls, bonjour.",
                        "Bonjour ! Je vous appelle pour réserver la "
                        "date dont on avait parlé, pour notre mariage.",
                    ),
                    ("Avec plaisir. À quel nom ?", "Dubois, Camille. Et mon fiancé, c'est Julien."),
                    (
                        "Combien d'invités prévoyez-vous ?",
                        "Cent vingt, à peu près. Dont une trentaine "
                        "de végétariens, mes amis de Lyon surtout.",
                    ),
                    (
                        "Y a-t-il des besoins particuliers ?",
                        "Ma grand-mère est en fauteuil roulant. Il "
                        "faut que tout soit de plain-pied pour elle.",
                    ),
                    (
                        "Tout le rez-de-chaussée est accessible. Pour l'acompte, c'est trois mille euros.",
                        "C'est fait.",
                    ),
                    ("Merci, la date est bloquée.", "Super, merci !"),
                ],
                collected=analysis_items(
                    "réservation du mariage",
                    "Camille renvoie le contrat signé",
                    "{+14}",
                    "Mariage avec Julien ; la grand-mère de Camille "
                    "est en fauteuil roulant, accès de plain-pied",
                    "none",
                    first_name="Camille",
                ),
            ),
            Call(
                VENUE,
                60,
                "fr",
                "Wedding day schedule",
                "Camille Dubois went over the wedding day schedule: a ceremony in the garden at "
                "4 PM, drinks on the terrace and dinner in the orangery. If it rains, the "
                "ceremony moves to the orangery. She confirmed the DJ arrives at 2 PM to set up.",
                _CAMILLE_SCHEDULE,
                collected={"first_name": "Camille"},
            ),
            Call(
                VENUE,
                18,
                "fr",
                "Nombre d'invités mis à jour",
                "Camille a confirmé que le nombre d'invités passe de 120 à 140, "
                "dont 35 menus végétariens. Elle a demandé un devis révisé.",
                [
                    ("Domaine des Tilleuls.", "Bonjour Margaux, c'est Camille Dubois. On a des nouvelles."),
                    ("Je vous écoute.", "On sera plus nombreux. Cent quarante, finalement."),
                    ("Cent quarante. Et côté végétarien ?", "Trente-cinq menus végétariens."),
                    ("Je vous envoie un devis révisé.", "Merci beaucoup."),
                ],
                collected=analysis_items(
                    "nombre d'invités",
                    "Le domaine envoie un devis révisé pour 140 invités",
                    "{+3}",
                    "140 invités dont 35 végétariens",
                    "none",
                    first_name="Camille",
                ),
            ),
        ],
        questions=[
            Question(
                VENUE, "How many guests are coming?", ("140", "cent quarante"), outdated=("120", "cent vingt")
            ),
            Question(VENUE, "How many vegetarian meals do they need?", ("35", "trente-cinq")),
            Question(VENUE, "Does anyone have a food allergy?", ("nut", "fruits à coque", "Thomas")),
            Question(
                VENUE,
                "Does any guest need step-free access?",
                ("wheelchair", "fauteuil", "plain-pied", "grandmother", "grand-mère"),
            ),
            Question(VENUE, "Where is the ceremony?", ("garden", "jardin")),
            Question(VENUE, "Where does the ceremony go if it rains?", ("orangery", "orangerie")),
            Question(VENUE, "Who is Camille marrying?", ("Julien",)),
            Question(VENUE, "Who is their photographer?", ()),
            Question(VENUE, "Who designed Camille's dress?", ()),
        ],
    ),
    # A pest control caller who rambles: the pet and the no-poison rule are said once, mid-call.
    Caller(
        number="+12065550193",
        names=("Doreen",),
        calls=[
            Call(
                PEST,
                22,
                "en",
                "Mice in the loft and kitchen",
                "The user, Doreen Matthews, reported mice in her loft and "
                "kitchen. A technician visit was booked for {+3} to set traps "
                "and find where they are getting in. The first visit costs $165.",
                _DOREEN_MICE,
                collected={"first_name": "Doreen"},
            ),
            Call(
                PEST,
                5,
                "en",
                "Follow-up visit booked",
                "Doreen said the traps caught two mice but she still hears scratching in the loft. A "
                "follow-up was booked for Tuesday afternoon with Desmond, the same technician, whom "
                "she liked. She asked him to phone from the driveway because her doorbell doesn't work.",
                [
                    (
                        "Bayside Pest Control.",
                        "Hello dear, Doreen Matthews. Your young man came about the mice.",
                    ),
                    (
                        "Hi Mrs Matthews. How did it go?",
                        "Two caught. But I can still hear them up in the loft.",
                    ),
                    (
                        "We'll do a follow-up. Tuesday afternoon?",
                        "Tuesday's fine. Can it be Desmond again? Lovely manners, took his shoes off.",
                    ),
                    ("Desmond it is.", "And tell him to ring me from the driveway, the doorbell's broken."),
                    ("I'll pass that on.", "Thank you, dear."),
                ],
                collected=analysis_items(
                    "follow-up for mice",
                    "Desmond to check the loft again and reset the traps",
                    "{+4}",
                    "Prefers technician Desmond; doorbell broken, phone from the driveway",
                    "none",
                    first_name="Doreen",
                ),
            ),
        ],
        questions=[
            Question(PEST, "Can we put poison down at Doreen's?", ("poison", "Rosie", "traps only")),
            Question(PEST, "What's her dog called?", ("Rosie",)),
            Question(PEST, "When is the follow-up?", ("Tuesday",)),
            Question(PEST, "Who does she like us to send?", ("Desmond",)),
            Question(PEST, "How should the technician let her know he's arrived?", ("doorbell", "driveway")),
            Question(PEST, "How much was the first visit?", ("165", "a hundred and sixty-five")),
            Question(PEST, "Does she have a cat?", ()),
            Question(PEST, "What's her grandson's name?", ()),
        ],
    ),
]
