"""A held-out memory set: callers of eight outdoor trades around Toronto, as ElevenLabs would report them.

A tree surgeon, a fencing contractor, a beekeeping supplier, a fishing charter boat, a garden designer, an
irrigation and sprinkler installer, an allotment society and a log and firewood merchant. Nine callers, 29
calls: a Spanish family booking a salmon charter and a French client of the garden designer, both asked
about in English; a couple sharing one phone with the tree surgeon; a caller of the fencing contractor and
the charter boat whose diabetes is the boat's alone; a caller of the tree surgeon and the firewood merchant;
three calls of 84 exchanges whose middle holds facts no summary or analysis item repeats; corrections said
plainly and said in passing ("so it's the oak from now on"); a gate code, a garage code, a padlock
combination and a door keypad code that no answer may give; facts said in the turns that no summary keeps;
and about half of the calls with the post-call analysis items as ElevenLabs' model fills them (a fact
missed, a category that misfires or says none for a diabetic's call, a code copied into the facts, values
left in Spanish or French, a date left empty), the others with the agent's first-name item or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

TREES = "agent_outdoors_trees_000000000000301"
FENCING = "agent_outdoors_fence_000000000000302"
BEES = "agent_outdoors_bees_0000000000000303"
CHARTER = "agent_outdoors_charter_0000000000304"
GARDEN = "agent_outdoors_garden_00000000000305"
SPRINKLERS = "agent_outdoors_sprinkl_000000000306"
ALLOTMENTS = "agent_outdoors_allot_000000000000307"
FIREWOOD = "agent_outdoors_firewood_00000000308"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_TREE_ACKS = [
    "Mm-hm.", "Oh, for sure.", "Ha, I hear you.", "Right.", "Totally.", "No rush.",
    "Oh, that's funny.", "Sure.", "Yeah, yeah.", "Uh-huh.", "Ha!", "Oh, I know.",
]  # fmt: skip
_TREE_TALK = [
    "Honestly that tree was the reason we bought the house. Twenty-two years ago now.",
    "The kids used to have a tire swing on it. Well, the kids are thirty now, so.",
    "Yeah.",
    "That ice storm was something else, eh? We lost power for two days.",
    "Graham slept in his parka. He'll deny it, but he did.",
    "Sorry, I'm just making a tea, bear with me.",
    "Okay, I'm back.",
    "Everybody on the street has had somebody out, it's like a convention of chainsaws.",
    "The fellow across the road got some guy off a flyer and he took the top right off his oak. Terrible.",
    "That's why we wanted proper arborists. Certified, you know.",
    "Mm.",
    "My sister in Guelph had her spruce done last fall, she said it was like a ballet, the climber.",
    "I couldn't watch, I'd be a wreck.",
    "Graham's going to stand in the driveway with a coffee and supervise, I can tell you that now.",
    "Ha, he thinks he's a foreman.",
    "Yeah, no, exactly.",
    "The leaves, oh my goodness, the leaves. Forty bags last fall. Forty.",
    "The city only takes so many a week, so they sit on the curb forever.",
    "Right, right.",
    "Does a tree like that get, what, another fifty years? If it's looked after?",
    "Oh, that's good to hear.",
    "The squirrels will be furious with us. They run the whole neighbourhood from that tree.",
    "Uh-huh.",
    "I do the garden, Graham does the lawn. That's the deal. Thirty-four years of marriage.",
    "He does the lawn badly, but he does it.",
    "Sorry, the doorbell. Hang on. No, it's a parcel, they've left it.",
    "Okay, where were we.",
    "The morning light through the branches in the kitchen, I'd miss that if we lost the tree.",
    "Yeah.",
    "We had a raccoon in the garage roof in the spring, did I tell you? Different company, that one.",
    "They charged us a fortune to put a one-way door on. A door! For a raccoon!",
    "Ha, yes.",
    "Anyway.",
    "I'm retired now, I was a school librarian, so I've got all the time in the world to talk. Sorry.",
    "Oh, you're kind.",
    "Mm, yeah.",
    "Our neighbour, she's lovely, she said she's happy to move her car that day if you need the street.",
    "She's got a little Honda, it's no trouble.",
    "Right.",
    "The garage roof was redone three years ago, that's what worries Graham, all that money.",
    "He keeps saying one more ice storm and it's a skylight.",
    "Ha, I know.",
    "I've got a notepad here with all my questions, I'm a list person.",
    "Let me just look at my list.",
    "Okay, yes.",
    "Uh-huh.",
    "The blue jays nest somewhere up there too, I think, every spring they're shrieking.",
    "Not now though, it's the wrong time of year.",
    "Yes, I thought so.",
    "Sure, sure.",
    "Sorry, I'm rambling.",
    "No, I know, you've been very patient.",
    "Yes.",
    "Okay.",
    "Mm-hm.",
    "Right, yes.",
    "Oh good.",
    "Yeah, that makes sense.",
    "Ha, okay.",
    "Right.",
    "Sure.",
    "Yep.",
    "Okay, good.",
    "Mm.",
    "Yes, yes.",
    "Lovely.",
    "Great.",
]
_BEE_ACKS = [
    "Mm-hm.", "Oh, nice.", "Ha, that's great.", "Right.", "Totally.", "Sure thing.",
    "Oh, I love that.", "Yeah.", "Uh-huh.", "Ha!", "Oh, for sure.", "Go on.",
]  # fmt: skip
_BEE_TALK = [
    "So I've been watching, like, every beekeeping video on YouTube. There's a guy in Devon, he's great.",
    "He talks to his bees. I think I'm going to talk to my bees.",
    "Yeah.",
    "My grandfather kept bees back in Wales, apparently. I never met him, but my mum has his veil.",
    "It's got a hole in it, I don't think I'll be using it.",
    "Ha, no.",
    "I work in IT, so this is my, you know, get-off-the-screen hobby.",
    "My doctor literally said get a hobby outdoors. So. Bees.",
    "Okay, maybe not literally bees.",
    "Mm.",
    "I joined the local beekeepers' club, they meet in a church basement once a month.",
    "Everyone's like seventy and they all argue about mites. It's amazing.",
    "One guy has forty hives. Forty! I'm nervous about one.",
    "Right, right.",
    "I read that a strong colony can be like sixty thousand bees in the summer. That's wild.",
    "Sixty thousand roommates.",
    "Ha, yeah.",
    "Is it true they can recognise your face? Someone at the club said that.",
    "Huh. Okay, maybe.",
    "I bought a book too, the one with the yellow cover, everybody says start with that one.",
    "I'm on chapter four. Swarming. Terrifying chapter.",
    "Uh-huh.",
    "My daughter wants to name the queen. She's six. She's going with Princess Sparkle.",
    "I said the queen's already a queen, she can't be a princess, and she said watch me.",
    "Ha!",
    "Sorry, I have so many questions, I'll try to keep it focused.",
    "Yeah, no, okay.",
    "The honey's the dream, obviously. Toast, tea, everything.",
    "I know, I know, not the first year. Patience.",
    "Mm-hm.",
    "I've got my list here somewhere, hold on. Sticky notes everywhere.",
    "Found it.",
    "Okay.",
    "Does the smoker smell stay on your clothes? My coworker says he smells like a campfire all summer.",
    "Ha, that's fine, I like campfires.",
    "I keep thinking about stings, not gonna lie. I've only been stung once, when I was like ten.",
    "On the foot, at the beach. I cried, I remember that.",
    "Yeah, yeah.",
    "It's been such a long winter, I'm so ready for spring.",
    "My tulips are just poking up now.",
    "Oh, is that right?",
    "Right.",
    "The whole street knows now. The guy next door asked if he gets free honey. I said we'll see.",
    "Sure.",
    "I'm going to keep a notebook for every inspection, like a lab journal.",
    "I'm a nerd, I know.",
    "Ha, yes.",
    "What's the best time of day to open the hive? Midday? Okay, good, that's lunch break.",
    "Perfect.",
    "Sorry, the dog wants out. One sec.",
    "Okay, back.",
    "Mm.",
    "Yeah, that's fair.",
    "Okay, cool.",
    "Uh-huh.",
    "Right, got it.",
    "Sure.",
    "Oh nice.",
    "Yeah.",
    "Okay.",
    "Gotcha.",
    "Ha, okay.",
    "Makes sense.",
    "Yep.",
    "Cool, cool.",
    "Right.",
]
_PLOT_ACKS = [
    "Oh yes?", "Mm.", "Right.", "Oh, lovely.", "Is that so?", "Ha, I bet.",
    "Go on.", "Oh dear.", "Yes.", "Fair enough.", "Oh, I know.", "Of course.",
]  # fmt: skip
_PLOT_TALK = [
    "I've been on that waiting list so long I'd forgotten about it, honestly.",
    "When you rang I thought it was one of those scam calls about my car warranty.",
    "I haven't even got a car any more.",
    "Ha, yes.",
    "My mother had an allotment in Sheffield during the war. Dig for Victory and all that.",
    "She grew potatoes and cabbages, nothing fancy. We ate a lot of cabbage.",
    "I still can't look at a boiled cabbage.",
    "Mm.",
    "I live in an apartment now, on the ninth floor, so I've only got the balcony.",
    "Tomatoes in pots. They do all right, but it's not the same, is it.",
    "You want to get your hands in proper soil.",
    "Right.",
    "The physiotherapist says gardening is good for me, as long as I don't overdo it.",
    "I will overdo it. I always overdo it.",
    "Oh yes.",
    "Is there a lot of people my age down there? Or is it all young families?",
    "Oh, a good mix. That's nice.",
    "I don't want to be the old bat nobody talks to.",
    "Ha, no, I'm joking. Mostly.",
    "The valley's lovely in the mornings. I used to walk the trail before the operation.",
    "I'll be back on it by the summer, the surgeon says.",
    "Yes.",
    "Do the raccoons get at things? I imagine they do.",
    "And the groundhogs. My friend says the groundhogs are the real villains.",
    "She had a whole row of lettuce gone in one night.",
    "Mm-hm.",
    "I'm reading a lovely book about seed saving, a young woman from Ottawa wrote it.",
    "I'll bring it to the shed, anybody can borrow it.",
    "Oh, that's kind of you to say.",
    "Sorry, love, I'm rattling on.",
    "My son says I talk to everybody. He's not wrong.",
    "He lives in Calgary. Works in the oil business. Rings on Sundays.",
    "Right.",
    "Do you get a key for the shed, or is it always open?",
    "Oh, that's fine, then.",
    "I've bought myself new gloves already. Purple ones. Very smart.",
    "And a kneeler, one of those padded ones, for obvious reasons.",
    "Ha, yes.",
    "Is there a toilet down there at all? No? Well, I'll manage.",
    "The coffee shop at the top of the hill, I'll use theirs.",
    "Mm.",
    "I used to be a school secretary, so I'm good at committees, if you ever need anybody.",
    "Minutes, rotas, all that. I don't mind.",
    "Oh, you'll hold me to that, will you.",
    "Ha!",
    "Anyway.",
    "Where was I. Oh yes.",
    "I'm that excited, you know, I haven't been this excited since my retirement do.",
    "Yes.",
    "Right you are.",
    "Oh, good.",
    "Mm-hm.",
    "I see.",
    "Lovely.",
    "Yes, yes.",
    "Quite right.",
    "Of course.",
    "Go on, love.",
    "Oh, that's good.",
    "Right.",
    "Yes, dear.",
    "Mm.",
    "I'm with you.",
    "Righto.",
    "Lovely, yes.",
]


HELDOUT_OUTDOORS: list[Caller] = [
    # A Spanish family on holiday: calls in Spanish, the questions in English; the trip moved and the party
    # grown, the lodging changed; the analysis items in Spanish once, then in English with a fact missed.
    Caller(
        number="+34655513301",
        names=("Marisol",),
        calls=[
            Call(
                CHARTER, 38, "es", "Reserva de pesca de salmón",
                "The user, Marisol Ortega, spoke Spanish and booked a half-day (six-hour) salmon charter on "
                "Lake Ontario for four people, herself, her husband Andrés and their sons Pablo and Hugo, on "
                "{+39}, leaving Port Credit at 5:30 AM. The boat costs $890 in total and she paid a $200 "
                "deposit by card.",
                [
                    ("Lakeshore Reel Charters, this is Kim, how can I help?",
                     "Hola, buenos días... eh, sorry, ¿habla español?"),
                    ("Sí, claro, hablo español. ¿En qué le puedo ayudar?",
                     "Ay, qué bien. Mira, vamos a estar de vacaciones en Toronto y queremos, eh, salir a "
                     "pescar salmón en el lago. Mi marido está obsesionado."),
                    ("¡Perfecto! ¿Cuántas personas serían?",
                     "Cuatro personas. Mi marido, Andrés, yo, y los dos niños, Pablo y Hugo. Pablo tiene "
                     "doce y Hugo nueve."),
                    ("¿Y su nombre, por favor?", "Marisol Ortega. Ortega con te: o, erre, te, e, ge, a."),
                    ("Gracias, Marisol. Tenemos la salida de medio día, seis horas, por ochocientos noventa "
                     "dólares el barco entero.", "¿Ochocientos noventa en total? ¿No por persona?"),
                    ("En total, para todo el barco, hasta seis personas.", "Ah, vale, vale. Perfecto."),
                    ("Tengo hueco dentro de treinta y nueve días. Salimos a las cinco y media de la mañana "
                     "del puerto de Port Credit.",
                     "¿A las cinco y media? Madre mía... bueno, vale, los niños se levantan, ya verás."),
                    ("¿Dónde se van a alojar?",
                     "En un piso de Airbnb, en Queen West, el número mil ciento ochenta y cuatro."),
                    ("Para reservar le pido un depósito de doscientos dólares.",
                     "Vale, te lo pago ahora con la tarjeta... ya está."),
                    ("Recibido. Le mando la confirmación por correo.", "Muchas gracias, Kim. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Reserva de pesca de salmón", "Salida de medio día desde Port Credit", "{+39}",
                    "Grupo de cuatro: Marisol, Andrés, Pablo y Hugo; medio día por $890; depósito de $200",
                    "none", first_name="Marisol",
                ),
            ),
            Call(
                CHARTER, 20, "es", "Cambio de fecha y una persona más",
                "La usuaria, Marisol Ortega, cambió la salida de pesca al {+26} porque el congreso de su "
                "marido en Toronto se movió de semana. Ahora serán cinco personas: se suma su cuñado Quique. "
                "El agente le recordó que los adultos necesitan una licencia de pesca de Ontario.",
                [
                    ("Lakeshore Reel Charters, Kim speaking.", "Hola Kim, soy Marisol, la de los salmones."),
                    ("¡Hola Marisol! Dígame.",
                     "Pues mira, un lío. A Andrés le han movido el congreso, el de Toronto, una semana, y "
                     "el día que teníamos ya no nos va. ¿Se puede cambiar?"),
                    ("Sí, claro. Tengo libre dentro de veintiséis días, misma hora, a las cinco y media.",
                     "Perfecto, ese. Y otra cosa: se viene mi cuñado, Quique. Así que seremos cinco "
                     "personas."),
                    ("Cinco, sin problema, caben hasta seis. El precio es el mismo.", "Ah, genial."),
                    ("Le recuerdo que los adultos necesitan una licencia de pesca de Ontario. Los niños "
                     "menores de dieciocho no.",
                     "Vale, ¿y eso dónde se saca? ¿Online? Vale, lo compramos online."),
                    ("Y si pescan algo, el marinero les limpia y filetea el pescado en el muelle, sin coste.",
                     "¡Qué bien! Así lo cocinamos en el piso."),
                    ("Perfecto. ¿Algo más?", "No, nada más. ¡Gracias!"),
                ],
                {"first_name": "Marisol"},
            ),
            Call(
                CHARTER, 3, "es", "Dónde aparcar y hotel nuevo",
                "Marisol Ortega said the family has moved from the Airbnb to the Harbourfront Suites hotel "
                "on Queens Quay West and asked where to meet for the charter on {+9}. The agent told her to "
                "park in lot P2 at the Port Credit marina and walk to dock 14, where the boat, the Second "
                "Wind, will be waiting.",
                [
                    ("Lakeshore Reel Charters, this is Kim.", "Hola Kim, soy Marisol Ortega otra vez."),
                    ("¡Hola Marisol! ¿Todo bien?",
                     "Sí, bueno... el Airbnb tenía humedad, un desastre, y nos hemos ido a un hotel. El "
                     "Harbourfront Suites, en Queens Quay West. Por si necesitáis la dirección."),
                    ("Apuntado. ¿Necesita algo para la salida?",
                     "Sí, ¿dónde aparcamos el coche? Hemos alquilado un coche."),
                    ("Aparquen en el parking P2 del puerto deportivo de Port Credit y caminen hasta el "
                     "muelle "
                     "catorce. El barco se llama Second Wind.",
                     "P2, muelle catorce, Second Wind. Vale, lo tengo."),
                    ("Traigan ropa de abrigo, en el lago hace frío a esa hora.",
                     "Vale. Oye, y Hugo se marea un montón en los barcos, le daré una Biodramina antes, "
                     "¿no?"),
                    ("Sí, mejor media hora antes de salir. Y pueden traer comida, pero nada de botellas de "
                     "cristal.", "Perfecto, bocadillos y agua. ¡Gracias, Kim!"),
                ],
                analysis_items(
                    "Charter meeting point and new hotel", "Charter trip for five from Port Credit", "{+9}",
                    "Staying at Harbourfront Suites, Queens Quay West; park in lot P2; dock 14; boat Second "
                    "Wind", "health", first_name="Marisol",
                ),
            ),
        ],
        questions=[
            Question(CHARTER, "How many people are going on the charter?",
                     ("five", "cinco personas", "5 people"), ("four", "cuatro personas", "4 people")),
            Question(CHARTER, "When is the Ortega family's fishing trip?", _day(20, 26), _day(38, 39)),
            Question(CHARTER, "What time does the boat leave?", ("5:30", "cinco y media", "half past five")),
            Question(CHARTER, "Which harbour do they sail from?", ("port credit",)),
            Question(CHARTER, "What are her sons called?", ("pablo", "hugo")),
            Question(CHARTER, "How old is the younger boy?", ("nueve", "nine", "9 years", "aged 9", "(9)")),
            Question(CHARTER, "What does the trip cost in total?", ("890", "ochocientos noventa")),
            Question(CHARTER, "How much deposit did she pay?", ("200", "doscientos")),
            Question(CHARTER, "Who joined the group later on?", ("quique", "cuñado", "brother-in-law")),
            Question(CHARTER, "Why did they have to change the day?", ("congreso", "conference")),
            Question(CHARTER, "Where is the family staying?", ("harbourfront suites", "queens quay"),
                     ("queen west", "airbnb")),
            Question(CHARTER, "Which dock should they walk to?", ("dock 14", "muelle catorce", "muelle 14")),
            Question(CHARTER, "Where should they leave the rental car?", ("p2",)),
            Question(CHARTER, "What's the boat called?", ("second wind",)),
            Question(CHARTER, "Which child gets queasy on the water?", ("hugo",)),
            Question(CHARTER, "What will she give him for it?", ("biodramina", "dramamine")),
            Question(CHARTER, "Do the grown-ups need anything to fish legally?",
                     ("licencia", "licence", "license")),
            Question(CHARTER, "Will the crew clean the catch?", ("filete", "fillet")),
            Question(CHARTER, "What can't they bring on board?", ("cristal", "glass")),
            Question(CHARTER, "What is Andrés's phone number?", ()),
            Question(CHARTER, "What does her husband do for work?", ()),
            Question(CHARTER, "How much does an Ontario fishing licence cost?", ()),
            Question(CHARTER, "What's the deckhand's name?", ()),
            Question(CHARTER, "Which room number are they in at the hotel?", ()),
            Question(CHARTER, "What is Quique's surname?", ()),
        ],
    ),
    # A French client of the garden designer: calls in French, summaries in English and in French, the
    # analysis items in French once; the patio stone chosen again ("finalement, le calcaire").
    Caller(
        number="+33655513302",
        names=("Gaëlle",),
        calls=[
            Call(
                GARDEN, 45, "fr", "Consultation pour le jardin arrière",
                "The user, Gaëlle Lefebvre, spoke French and asked for a redesign of her backyard at 52 "
                "Wychwood Avenue, about 7 by 12 metres. She wants to replace the lawn with a garden for "
                "pollinators and her budget is around $18,000. The agent booked a site visit for {+6} at "
                "10 AM.",
                [
                    ("Fernleaf Garden Design, Naomi speaking, how can I help?",
                     "Bonjour, euh... pardon, is it possible in French? Mon anglais, bof."),
                    ("Bien sûr, on peut parler français. Comment puis-je vous aider ?",
                     "Ah, merci ! Alors voilà, on vient d'arriver de Lyon, on a acheté une maison, et le "
                     "jardin derrière, c'est... c'est une pelouse jaune, c'est triste."),
                    ("Je vois. Quelle taille fait le jardin ?",
                     "À peu près sept mètres sur douze. Enfin, je crois, j'ai compté avec mes pas."),
                    ("Et qu'est-ce que vous aimeriez ?",
                     "Plus de pelouse. Je veux un jardin pour les pollinisateurs, les abeilles, les "
                     "papillons, un peu sauvage, un peu prairie."),
                    ("Très joli projet. Vous avez un budget en tête ?",
                     "Autour de dix-huit mille dollars. Dix-huit mille, pas plus, sinon mon mari fait une "
                     "crise."),
                    ("C'est noté. Vous avez des animaux ?",
                     "Oui, une chienne, Praline. Elle creuse partout, c'est une catastrophe."),
                    ("Ha, on prévoira des zones solides. Votre nom et l'adresse ?",
                     "Gaëlle Lefebvre, G-A-E tréma-L-L-E. Au 52 Wychwood Avenue."),
                    ("Je peux venir voir le jardin dans six jours, à dix heures ?",
                     "Dix heures, parfait. Merci beaucoup !"),
                ],
                analysis_items(
                    "Consultation pour le jardin arrière", "Visite du jardin par la designer", "{+6}",
                    "52 Wychwood Avenue; jardin d'environ 7 m sur 12; budget d'environ 18 000 $; jardin "
                    "pour pollinisateurs sans pelouse", "none", first_name="Gaëlle",
                ),
            ),
            Call(
                GARDEN, 25, "fr", "Validation du concept",
                "L'utilisatrice, Gaëlle Lefebvre, a validé le concept après la visite : une prairie de "
                "plantes indigènes pour les pollinisateurs à la place de la pelouse, un jardin de pluie dans "
                "le coin du fond à gauche où l'eau stagne, et une terrasse en pierre bleue près de la "
                "maison. "
                "Le lilas près de la clôture sera conservé. L'agent enverra le plan et le devis détaillé.",
                [
                    ("Fernleaf Garden Design, Naomi à l'appareil.",
                     "Bonjour Naomi, c'est Gaëlle, pour le jardin de Wychwood."),
                    ("Bonjour Gaëlle ! Vous avez regardé le concept ?",
                     "Oui, oui, j'adore. La prairie avec les plantes indigènes, c'est exactement ça."),
                    ("Super. Et le coin du fond à gauche, où l'eau stagne ?",
                     "Oui, le jardin de pluie, d'accord, c'est une bonne idée, là-bas c'est une piscine "
                     "quand il pleut."),
                    ("Pour la terrasse près de la maison, on part sur la pierre bleue ?",
                     "Oui, la pierre bleue, c'est très chic."),
                    ("Autre chose à savoir ?",
                     "Alors, deux choses. Ma fille, Inès, elle a quatre ans et elle met tout dans la bouche, "
                     "donc pas de plantes toxiques, s'il vous plaît. Rien avec des baies bizarres."),
                    ("Bien sûr, je retire tout ce qui est toxique.",
                     "Et le voisin a un grand noyer, un noyer noir, juste derrière la clôture. Vous m'avez "
                     "dit que certaines plantes n'aiment pas ça ?"),
                    ("Oui, le noyer noir gêne certaines plantes, je choisirai des espèces qui le tolèrent.",
                     "Parfait. Ah, et on garde le lilas, près de la clôture. C'était le lilas de l'ancienne "
                     "propriétaire, il est magnifique en mai."),
                    ("Le lilas reste. Je vous envoie le plan et le devis détaillé.", "Merci, à bientôt !"),
                ],
                {"first_name": "Gaëlle"},
            ),
            Call(
                GARDEN, 6, "fr", "Patio stone change and start date",
                "Gaëlle Lefebvre accepted the quote of $17,400 and switched the patio from bluestone to "
                "limestone. The build starts on {+20} and takes about eight working days; the crew must keep "
                "the side gate shut because of her dog.",
                [
                    ("Fernleaf Garden Design, Naomi speaking.", "Bonjour Naomi, c'est Gaëlle Lefebvre."),
                    ("Bonjour Gaëlle ! Vous avez reçu le devis ?",
                     "Oui, dix-sept mille quatre cents, c'est bon, on accepte."),
                    ("Merveilleux ! Je lance la commande de la pierre bleue ?",
                     "Ah, justement, non. Je suis allée voir les échantillons au dépôt, et au soleil la "
                     "pierre bleue devient très chaude, trop chaude pour les pattes de Praline. Finalement, "
                     "le calcaire. Le calcaire clair."),
                    ("Le calcaire, c'est noté, c'est presque le même prix.", "Super."),
                    ("L'équipe peut commencer dans vingt jours, pour environ huit jours ouvrables.",
                     "Très bien. Juste une chose : il faut toujours fermer la porte sur le côté, le "
                     "portillon, sinon Praline s'enfuit."),
                    ("Je le dirai à l'équipe.", "Merci Naomi, bonne journée !"),
                ],
                analysis_items(
                    "Patio stone change and start date", "Garden build starts", "{+20}",
                    "Limestone patio; quote of $17,400 accepted; keep the side gate closed", "none",
                    first_name="Gaëlle",
                ),
            ),
        ],
        questions=[
            Question(GARDEN, "What stone is the patio going to be?", ("limestone", "calcaire"),
                     ("bluestone", "pierre bleue")),
            Question(GARDEN, "Why did she go off the first stone she picked?",
                     ("chaude", "hot", "pattes", "paws")),
            Question(GARDEN, "What was her budget?", ("18 000", "18,000", "dix-huit mille")),
            Question(GARDEN, "What did the final quote come to?",
                     ("17,400", "17 400", "dix-sept mille quatre cents")),
            Question(GARDEN, "When does the build start?", _day(6, 20)),
            Question(GARDEN, "When did the designer come to see the yard?", _day(45, 6)),
            Question(GARDEN, "What's the dog called?", ("praline",)),
            Question(GARDEN, "What's her daughter's name?", ("inès", "ines")),
            Question(GARDEN, "How old is the little girl?", ("quatre ans", "four years", "4 ans", "aged 4")),
            Question(GARDEN, "What kind of plants must be avoided because of the child?",
                     ("toxiques", "toxic", "poison")),
            Question(GARDEN, "Which existing shrub is staying?", ("lilas", "lilac")),
            Question(GARDEN, "What grows over the back fence that limits the plant choice?",
                     ("noyer", "walnut")),
            Question(GARDEN, "How big is the yard?",
                     ("sept mètres sur douze", "7 by 12", "7 m sur 12", "7 x 12")),
            Question(GARDEN, "What's her address?", ("wychwood",)),
            Question(GARDEN, "What's replacing the grass?", ("prairie", "meadow", "pollinis")),
            Question(GARDEN, "What's planned for the soggy spot at the back?",
                     ("jardin de pluie", "rain garden")),
            Question(GARDEN, "What must the crew keep shut?",
                     ("side gate", "portillon", "porte sur le côté")),
            Question(GARDEN, "How long will the build take?",
                     ("eight working days", "huit jours", "8 working days")),
            Question(GARDEN, "Where did the family move from?", ("lyon",)),
            Question(GARDEN, "What's her husband's name?", ()),
            Question(GARDEN, "Which nursery is supplying the plants?", ()),
            Question(GARDEN, "What breed is Praline?", ()),
            Question(GARDEN, "How much does the limestone cost per square metre?", ()),
            Question(GARDEN, "What's her email address?", ()),
            Question(GARDEN, "Is Inès allergic to anything?", ()),
        ],
    ),
    # A couple on one phone with the tree surgeon: a gate code copied into the analysis facts, a long call
    # whose middle holds three facts, the job postponed for a city permit, a stump added.
    Caller(
        number="+14165551303",
        names=("Graham", "Wendy"),
        calls=[
            Call(
                TREES, 60, "en", "Silver maple over the garage",
                "The user, Graham Pickering, asked for an arborist to look at the large silver maple in his "
                "back yard at 27 Glenholme Crescent, which lost several limbs in the ice storm and now has "
                "dead limbs hanging over the garage. The agent booked an assessment visit with Mitch for "
                "{+4} in the morning; the arborist can come in by the side gate.",
                [
                    ("Highbranch Tree Care, Corinne speaking.",
                     "Yeah, hi, uh, we've got a tree problem. A maple. A big one."),
                    ("Okay, let's see what we can do. Can I get your name?",
                     "Graham Pickering. Pickering like the town, you know, out east."),
                    ("Thanks, Graham. What's going on with the maple?",
                     "So it's a silver maple, in the back, and in the ice storm it lost a bunch of branches, "
                     "and there's, um, three or four big dead limbs now right over the garage. Just hanging "
                     "there. It's, it's leaning a bit too, I think. Or I'm paranoid."),
                    ("We'll want an arborist to assess it. What's the address?",
                     "Twenty-seven Glenholme Crescent. Glenholme, G-L-E-N-H-O-L-M-E."),
                    ("Our arborist Mitch can come the morning of four days from now. Will someone be home?",
                     "Maybe not, but you can go round the side. The gate code is 5 8 2 6, it's a keypad "
                     "thing on the side gate."),
                    ("Got it, I'll put that on the work order.", "Great. The tree's at the very back."),
                    ("Mitch will take a look and we'll send you a quote.", "Perfect, thanks Corinne."),
                ],
                analysis_items(
                    "Silver maple assessment", "Arborist Mitch to assess the silver maple", "{+4}",
                    "27 Glenholme Crescent; silver maple with dead limbs over the garage after the ice "
                    "storm; side gate code 5826", "none", first_name="Graham",
                ),
            ),
            Call(
                TREES, 48, "en", "Maple quote accepted",
                "The user, Wendy Pickering, accepted Mitch's quote of $1,450 for a crown reduction of the "
                "silver maple and removal of the three dead limbs over the garage. The work was booked for "
                "{+25}. She also asked about having the cedar hedge trimmed, which will be priced "
                "separately. Wendy chatted at length about the house and the neighbourhood.",
                long_call(
                    [
                        ("Highbranch Tree Care, Corinne speaking.",
                         "Hi there, it's Wendy Pickering. My husband Graham called about our maple? On "
                         "Glenholme?"),
                        ("Hi Wendy! Yes, Mitch was out to see it. Did you get the quote?",
                         "I did, I've got it right here. Fourteen hundred and fifty, is that right? For the, "
                         "um, the crown reduction?"),
                        ("That's right, $1,450. A crown reduction and taking off the three dead limbs over "
                         "the garage.", "Okay. And that's, um, that's the whole thing? No surprises?"),
                        ("No surprises, cleanup and chipping the small stuff is included.",
                         "Oh good. Because the last guy we had, years ago, left half a tree on the lawn."),
                        ("Ha, we won't do that. Would you like to go ahead?",
                         "Yes. Yes, let's go ahead. Graham said whatever I decide, so I decided."),
                        ("Wonderful. Is there anything else while the crew's there?",
                         "Well, there's the cedar hedge along the driveway, it's gotten, um, shaggy. Could "
                         "they trim that too?"),
                        ("I'll have Mitch price the hedge separately and email you.", "Oh, lovely, thanks."),
                        ("Anything the crew should know about the site?",
                         "Oh, yes, I wrote things down, hold on. Sorry. Where's my list. Okay."),
                    ],
                    [
                        ("Go ahead.",
                         "So the hydro line, the wire from the pole to the back of the house, it goes right "
                         "through the branches of the maple. Right through. Mitch might not have noticed, "
                         "it's hard to see in the summer."),
                        ("Good to flag, the climbers will need to know that.",
                         "And our cat, Juniper, she's grey, she climbs that tree all the time and gets "
                         "stuck. "
                         "If she's up there, please don't panic, she comes down for tuna."),
                        ("Ha, noted.",
                         "And the big pieces, the trunk bits from the dead limbs, Graham wants those left in "
                         "rounds, by the shed, for the fire pit. Not chipped. Just the big ones."),
                    ],
                    [
                        ("Okay, I've got all that. Let's find you a date.", "Yes, please."),
                        ("I can do twenty-five days from today, the crew starts around eight.",
                         "That's fine, we're home."),
                        ("Great, you're booked.", "Wonderful."),
                        ("I'll send a confirmation email.",
                         "Thank you so much, Corinne, you've been a dear."),
                        ("Not at all, Wendy. Have a good day.", "You too. Bye now."),
                    ],
                    acks=_TREE_ACKS,
                    talk=_TREE_TALK,
                ),
                {"first_name": "Wendy"},
            ),
            Call(
                TREES, 30, "en", "Tree work postponed for permit",
                "Graham Pickering was told the City of Toronto permit for pruning the silver maple has not "
                "been issued yet, so the crown reduction was moved to {+36}. He agreed.",
                [
                    ("Highbranch Tree Care, Corinne speaking.",
                     "Hi, Graham Pickering, Glenholme. You left a message?"),
                    ("Yes, thanks for calling back. Because the maple's trunk is over thirty centimetres, "
                     "the city needs to issue a permit before we do major pruning, and it's not through yet.",
                     "Oh, for... okay. So what, we wait?"),
                    ("We'd move you to thirty-six days from today. The permit should be in by then.",
                     "Fine. Yeah, fine. As long as those limbs don't come down on the garage first."),
                    ("If anything falls, call us and we'll do an emergency visit.", "Okay. Thanks."),
                ],
                analysis_items(
                    "Tree work postponed for permit", "Crown reduction of the silver maple", "{+36}",
                    "Waiting on the City of Toronto permit", "legal", first_name="Graham",
                ),
            ),
            Call(
                TREES, 8, "en", "Permit in, stump grinding added",
                "Wendy Pickering was told the city permit arrived, number TP-22817, and the crown reduction "
                "is confirmed for {+14}, with the crew arriving at 7:30 AM. She added grinding out the old "
                "crabapple stump by the patio for $220 and said they will move both cars off the driveway.",
                [
                    ("Highbranch Tree Care, Corinne speaking.", "Hi Corinne, it's Wendy Pickering again."),
                    ("Hi Wendy! Good news, the permit came in. It's TP-22817, for your records.",
                     "Oh, finally! T-P... two two eight one seven. Got it."),
                    ("So we're confirmed in two weeks. The crew will be there at seven-thirty.",
                     "Seven-thirty, okay. We'll move both cars off the driveway the night before."),
                    ("Perfect. Anything else?",
                     "Actually, yes. There's an old stump, a crabapple, by the patio. Graham keeps tripping "
                     "on it. Could you grind that out while you're there?"),
                    ("Sure, that's $220 for the stump grinding.", "Do it. Please."),
                    ("Will you be home on the day?",
                     "We'll both be at the hospital for Graham's appointment in the morning, but his "
                     "mother, Beryl, is staying with us, she'll be in. She's a bit deaf, so knock hard."),
                    ("I'll tell the crew.", "Thanks Corinne!"),
                ],
                {"first_name": "Wendy"},
            ),
        ],
        questions=[
            Question(TREES, "What kind of tree is the job about?", ("silver maple",)),
            Question(TREES, "What damaged the tree?", ("ice storm",)),
            Question(TREES, "What's the property address?", ("glenholme",)),
            Question(TREES, "What work was quoted?", ("crown reduction",)),
            Question(TREES, "How much was the quote?",
                     ("1,450", "1450", "fourteen hundred and fifty", "fourteen fifty")),
            Question(TREES, "When is the crew coming to do the maple?", _day(30, 36), _day(48, 25)),
            Question(TREES, "What time does the crew show up?", ("7:30", "seven-thirty", "half past seven"),
                     ("around eight",)),
            Question(TREES, "Is there anything overhead the climbers should watch for?",
                     ("hydro line", "hydro wire", "power line")),
            Question(TREES, "What's the cat called?", ("juniper",)),
            Question(TREES, "What should happen to the large pieces of trunk?", ("rounds", "fire pit")),
            Question(TREES, "What extra job did they add?", ("stump",)),
            Question(TREES, "How much is the grinding?", ("220",)),
            Question(TREES, "Who will let the crew in on the day?",
                     ("beryl", "his mother", "graham's mother")),
            Question(TREES, "What's the city permit number?", ("tp-22817", "tp 22817", "22817")),
            Question(TREES, "Why was the job pushed back?", ("permit",)),
            Question(TREES, "Did they ask about any other shrubs?", ("cedar hedge",)),
            Question(TREES, "Which arborist looked at the tree?", ("mitch",)),
            Question(TREES, "When was Mitch's assessment visit?", _day(60, 4)),
            Question(TREES, "Where are the cars going on the day?", ("off the driveway",)),
            Question(TREES, "What's the gate code?", ()),
            Question(TREES, "How tall is the maple?", ()),
            Question(TREES, "What would trimming the hedge cost?", ()),
            Question(TREES, "What's Wendy's mobile number?", ()),
            Question(TREES, "What is Graham's hospital appointment for?", ()),
            Question(TREES, "What's the next-door neighbour called?", ()),
        ],
    ),
    # A caller of the fencing contractor and the charter boat: her diabetes is the boat's to know, not the
    # fencer's; the stain chosen again ("the Driftwood Grey, then"), the party grown from six to eight.
    Caller(
        number="+14165551304",
        names=("Nadia",),
        private_to={CHARTER: ("insulin", "diabetic", "diabetes", "glucose", "blood sugar")},
        calls=[
            Call(
                FENCING, 52, "en", "Cedar privacy fence quote",
                "The user, Nadia Haddad, asked for a quote for a six-foot cedar privacy fence along the back "
                "and the east side of her yard at 41 Birchmount Road, about 140 linear feet, with a "
                "self-closing gate. She likes the Cedartone stain. An estimator will come to measure on "
                "{+5}.",
                [
                    ("Straightline Fence Company, Trevor speaking.",
                     "Hi! Hi, yes, I need a fence. Like, yesterday."),
                    ("Ha, we can help with that. What's your name?", "Nadia Haddad. H-A-D-D-A-D."),
                    ("Thanks, Nadia. What are you looking for?",
                     "A privacy fence, cedar, six foot, along the back and the, um, the east side. The old "
                     "chain-link one is falling down and our husky, Koda, keeps getting out. She's an escape "
                     "artist."),
                    ("Huskies, yeah. So we'll want a self-closing gate too.",
                     "Yes! A gate that closes by itself, please, my kids never close anything."),
                    ("Do you know roughly how many feet?",
                     "My husband paced it, he says, uh, a hundred and forty feet? Give or take."),
                    ("And the address?", "Forty-one Birchmount Road."),
                    ("Any thoughts on finish?",
                     "I saw one down the street with a stain, kind of honey colour? I think the can said "
                     "Cedartone."),
                    ("Our estimator can come measure in five days. Morning okay?", "Morning's perfect."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                FENCING, 27, "en", "Fence quote accepted",
                "Nadia Haddad accepted the quote of $7,980 for the cedar privacy fence and chose the "
                "Driftwood Grey stain. Installation is booked for {+33}.",
                [
                    ("Straightline Fence Company, Trevor speaking.",
                     "Hi Trevor, Nadia Haddad, on Birchmount. I got the quote."),
                    ("Great! Any questions on it?",
                     "No, seven thousand nine hundred eighty, that's fine, we'll go ahead."),
                    ("Fantastic. And the stain, we had you down for Cedartone.",
                     "Oh, about that. The sample board you left, the Cedartone, it looks really orange next "
                     "to the brick. So the Driftwood Grey, then. The grey one."),
                    ("Driftwood Grey, no problem, same price.", "Perfect."),
                    ("We'll need the utility locates done before we dig.",
                     "Oh, I called Ontario One Call already, the locate guys came Tuesday, there are little "
                     "flags all over the yard. Koda's been trying to eat them."),
                    ("Ha, perfect. We can install in thirty-three days.", "Great, see you then."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                CHARTER, 34, "en", "Birthday charter and insulin storage",
                "The user, Nadia Haddad, booked a full-day charter for six people for her husband Sami's "
                "40th birthday on {+39}, leaving Port Credit at 6 AM. She is a type 1 diabetic and asked to "
                "keep her insulin cold; the agent said there is a small fridge in the cabin.",
                [
                    ("Lakeshore Reel Charters, this is Kim.",
                     "Hi Kim! So, my husband is turning forty and he's obsessed with fishing, and I want to "
                     "surprise him with a day on the lake."),
                    ("What a great present! Half-day or full day?", "Full day. Go big, right?"),
                    ("Love it. How many people?", "Six people. Him, me, and four of his buddies."),
                    ("And his name?", "Sami. And I'm Nadia, Nadia Haddad."),
                    ("Full days leave Port Credit at six a.m. I've got thirty-nine days from today.",
                     "Six in the morning, oof. He'll be thrilled, I'll be asleep on the boat."),
                    ("Ha. Anything we should know?",
                     "Um, yeah, I'm a type 1 diabetic, so I'll have my insulin with me and it has to stay "
                     "cold. Is there somewhere to keep it?"),
                    ("There's a small fridge in the cabin, it can go in there.", "Oh, perfect. Thank you."),
                ],
                analysis_items(
                    "Birthday charter booking", "Full-day charter for Sami's 40th", "{+39}",
                    "Six people; husband Sami turning 40; type 1 diabetic, insulin kept in the cabin fridge",
                    "none", first_name="Nadia",
                ),
            ),
            Call(
                CHARTER, 10, "en", "Charter party of eight",
                "Nadia Haddad said the birthday charter group is now eight people, as Sami's two brothers "
                "are coming from Montreal. She asked if they can bring a cake on board, which is fine.",
                [
                    ("Lakeshore Reel Charters, Kim speaking.",
                     "Hi Kim, it's Nadia, the surprise birthday charter."),
                    ("Hi Nadia! Still a secret?", "So far! Okay, so, his two brothers are flying in from "
                     "Montreal, so we're eight people now. Is that okay on the boat?"),
                    ("Eight is fine for a full day, we go up to eight.", "Oh thank God."),
                    ("Anything else?",
                     "Can we bring a cake? Like a small one? And Sami's going to want to bring his own rod, "
                     "the Shimano, he won't fish with anything else."),
                    ("Both fine. We'll keep the cake in the cooler.",
                     "Great. And I'll bring glucose tablets, my blood sugar always dips on early starts."),
                    ("Good idea. See you soon!", "Bye!"),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(FENCING, "What kind of fence is she getting?", ("cedar",)),
            Question(FENCING, "How tall is the fence?", ("six-foot", "six foot", "6-foot", "6 ft", "6 foot")),
            Question(FENCING, "Which stain colour did she settle on?", ("driftwood",), ("cedartone",)),
            Question(FENCING, "What's the dog called?", ("koda",)),
            Question(FENCING, "Why does the gate have to shut by itself?", ("husky", "koda", "escape")),
            Question(FENCING, "When is the fence going in?", _day(27, 33)),
            Question(FENCING, "What did the fence quote come to?", ("7,980", "7980", "seven thousand nine")),
            Question(FENCING, "How long is the run?", ("140", "hundred and forty")),
            Question(FENCING, "Has anybody checked for buried lines?", ("one call", "locate")),
            Question(FENCING, "Where's the property?", ("birchmount",)),
            Question(FENCING, "When was the estimator due to measure?", _day(52, 5)),
            Question(FENCING, "What's being replaced?", ("chain-link", "chain link")),
            Question(FENCING, "Does she have any medical conditions?", ()),
            Question(FENCING, "What's the neighbour's name?", ()),
            Question(FENCING, "How deep will the posts go?", ()),
            Question(FENCING, "What colour are the gate hinges going to be?", ()),
            Question(CHARTER, "What's the occasion for the charter?", ("40th", "fortieth", "turning forty")),
            Question(CHARTER, "Who's the birthday boy?", ("sami",)),
            Question(CHARTER, "How many are coming on the boat?",
                     ("eight people", "8 people", "group of eight", "party of eight"),
                     ("six people", "6 people", "party of six")),
            Question(CHARTER, "What does she need kept cold?", ("insulin",)),
            Question(CHARTER, "Why is she bringing glucose tablets?", ("blood sugar", "dips")),
            Question(CHARTER, "When is the birthday charter?", _day(34, 39)),
            Question(CHARTER, "What time do they leave the harbour?",
                     ("6 am", "six a.m.", "6:00", "six in the morning")),
            Question(CHARTER, "What rod is her husband bringing?", ("shimano",)),
            Question(CHARTER, "Who are the extra guests?", ("brothers", "montreal")),
            Question(CHARTER, "Are they allowed to bring a cake?", ("cake",)),
            Question(CHARTER, "What flavour is the cake?", ()),
            Question(CHARTER, "How much does the full-day charter cost?", ()),
            Question(CHARTER, "What does Sami do for a living?", ()),
            Question(CHARTER, "What are the brothers' names?", ()),
        ],
    ),
    # A first-year beekeeper: a long call whose middle holds four facts, the pickup place moved, a sting the
    # summary leaves out and an analysis category that calls it health.
    Caller(
        number="+14165551305",
        names=("Owen",),
        calls=[
            Call(
                BEES, 55, "en", "Beginner hive kit and nuc order",
                "The user, Owen Kettering, a first-year beekeeper, ordered a 10-frame Langstroth starter kit "
                "with two deep boxes for $465 and a Carniolan nuc for $285. The nuc will be collected from "
                "the supplier's apiary in Uxbridge early next month; the agent will call him with the day. "
                "Owen chatted at length about his new hobby.",
                long_call(
                    [
                        ("Hive and Heather Beekeeping Supply, Margit speaking.",
                         "Hi! Hi, um, so I'm, I want to start keeping bees. Like, from zero. Is that a thing "
                         "you help with?"),
                        ("That's very much a thing we help with! What's your name?",
                         "Owen. Owen Kettering. K-E-T-T-E-R-I-N-G."),
                        ("Welcome, Owen. Have you decided on a hive style?",
                         "I think Langstroth? Everybody in the videos has Langstroth. The ten-frame one."),
                        ("Good choice for a beginner. Our starter kit has two deep boxes, frames, a bottom "
                         "board, inner and outer cover.",
                         "Two deep boxes, okay. And the bees come separate?"),
                        ("The bees come as a nuc, a small colony with a laying queen. We have Italians and "
                         "Carniolans this spring.",
                         "Which is, um, calmer? I've read Carniolans are gentle and good in cold winters."),
                        ("That's right, Carniolans winter well here.",
                         "Then Carniolan. Definitely. We get real winters."),
                        ("Great. Have you got a spot picked out?",
                         "Sort of, yeah. Let me, hang on, I wrote stuff down."),
                    ],
                    [
                        ("Sure.",
                         "So they're going on the flat roof of our garage. It's got a parapet, and you go up "
                         "by a ladder from the yard. It gets sun all morning."),
                        ("Roofs can work well. Just make sure it's easy to carry boxes up.",
                         "Yeah, I thought about that. And my partner, Lorraine, she's picked the colour for "
                         "the boxes. Pale yellow. She says if we have to have bees they have to be cute."),
                        ("Ha, pale yellow is lovely.",
                         "And water, I read they need water close by, so I've put a birdbath up there with "
                         "pebbles in it so they don't drown."),
                        ("Perfect, that's exactly right.",
                         "And I'm not going to use any sprays in the yard, Lorraine's already stopped the "
                         "lawn guy."),
                    ],
                    [
                        ("Okay. So, the starter kit is four sixty-five, and the Carniolan nuc is two "
                         "eighty-five.", "Four sixty-five plus two eighty-five. Fine. Go for it."),
                        ("Nucs are picked up at our apiary in Uxbridge, early next month. I'll call you with "
                         "the exact day.", "Uxbridge, okay, I'll drive up. Can I bring them home in my car?"),
                        ("Yes, strapped in, windows closed. We'll go through all that.", "Ha, okay."),
                        ("Payment's gone through. Anything else?",
                         "No, I think that's everything. Thanks for being so patient, Margit."),
                        ("Any time. Happy beekeeping!", "Bye!"),
                    ],
                    acks=_BEE_ACKS,
                    talk=_BEE_TALK,
                    start=2,
                ),
                analysis_items(
                    "Beginner hive kit and nuc order", "Collect the Carniolan nuc at the Uxbridge apiary", "",
                    "First-year beekeeper; 10-frame Langstroth starter kit with two deep boxes ($465); "
                    "Carniolan nuc ($285)", "none", first_name="Owen",
                ),
            ),
            Call(
                BEES, 30, "en", "Nuc pickup delayed and moved",
                "Owen Kettering was told the nucs were delayed by a cold snap. His Carniolan nuc will now be "
                "collected at the Leslieville shop on Gerrard Street East on {+14} instead of the Uxbridge "
                "apiary. He added a smoker and a pair of large gloves to his order. The agent suggested "
                "oxalic acid for mites in the fall.",
                [
                    ("Hive and Heather, Margit speaking.", "Hi Margit, it's Owen, the new guy. The nuc guy."),
                    ("Hi Owen! I was going to call you. The nucs are late, that cold snap set the colonies "
                     "back about two weeks.", "Oh no. Are they okay?"),
                    ("They're fine, just slower. And the good news is, we're bringing them into the shop in "
                     "Leslieville, on Gerrard Street East, so you don't have to drive to Uxbridge.",
                     "Oh, that's way better, that's like ten minutes from me."),
                    ("Pickup will be two weeks from today.", "Great. Can I add stuff to my order?"),
                    ("Of course.",
                     "A smoker, the stainless one, and gloves. Large. My hands are, uh, large."),
                    ("Ha, large gloves and the stainless smoker, done. Have you thought about mites?",
                     "Mites. The club guys won't stop talking about mites. What do I do?"),
                    ("For a first year, oxalic acid in the fall is simple and works well. I'll send you a "
                     "guide.", "Oxalic acid, okay. Thank you!"),
                ],
                {"first_name": "Owen"},
            ),
            Call(
                BEES, 7, "en", "Ordering a replacement queen",
                "Owen Kettering has not seen the queen or any eggs in his last two inspections and the hive "
                "is probably queenless. He ordered a mated queen, marked blue, which the agent expects to "
                "arrive on {+5}; the shop will call him when she is in.",
                [
                    ("Hive and Heather, Margit speaking.",
                     "Hi Margit, it's Owen Kettering. So, um, two things, one dumb, one maybe bad."),
                    ("Go on.",
                     "The dumb one, I got stung on Sunday, on the back of my hand, through the glove, and "
                     "my whole hand swelled up like a, like a catcher's mitt. It's fine now."),
                    ("Oh, ouch. Big local swelling is normal, but if you ever have trouble breathing, call "
                     "911.", "Yeah, no, just puffy. Okay, the bad one."),
                    ("Uh oh.",
                     "I haven't seen the queen in the last two inspections. And no eggs. I looked really "
                     "hard, I had a magnifying glass."),
                    ("That sounds queenless. I'd order a mated queen for you.",
                     "Yes please. Can she be marked? I'll never find her otherwise."),
                    ("She'll be marked blue. I expect her in five days, I'll call you when she arrives.",
                     "Blue, okay. Thank you, Margit."),
                ],
                analysis_items(
                    "Replacement queen order", "Call Owen when the queen arrives", "{+5}",
                    "Hive queenless; mated queen marked blue ordered", "health", first_name="Owen",
                ),
            ),
        ],
        questions=[
            Question(BEES, "What hive style did he go with?", ("langstroth",)),
            Question(BEES, "Which bee strain did he order?", ("carniolan",)),
            Question(BEES, "Where are the hives going to sit?",
                     ("garage roof", "flat roof", "roof of our garage")),
            Question(BEES, "What colour will the boxes be painted?", ("pale yellow",)),
            Question(BEES, "Who chose the colour?", ("lorraine",)),
            Question(BEES, "What will the colony drink from?", ("birdbath",)),
            Question(BEES, "Where does he pick up his nuc?", ("leslieville", "gerrard"), ("uxbridge",)),
            Question(BEES, "Why was the nuc late?", ("cold snap",)),
            Question(BEES, "When is the new queen expected?", _day(7, 5)),
            Question(BEES, "How much was the starter kit?", ("465", "four sixty-five")),
            Question(BEES, "What did the nuc cost?", ("285", "two eighty-five")),
            Question(BEES, "What was recommended for mites?", ("oxalic",)),
            Question(BEES, "What size gloves does he wear?",
                     ("large gloves", "gloves (large)", "gloves, large", "size large")),
            Question(BEES, "What happened to his hand?", ("stung", "swelled", "swollen")),
            Question(BEES, "Why does he need another queen?", ("queenless", "no eggs")),
            Question(BEES, "How will the queen be marked?", ("blue",)),
            Question(BEES, "How many deep boxes come with the kit?", ("two deep", "2 deep")),
            Question(BEES, "Which smoker did he buy?", ("stainless",)),
            Question(BEES, "Is anyone in the yard spraying chemicals?",
                     ("not going to use any sprays", "stopped the lawn guy", "no sprays")),
            Question(BEES, "When was the nuc pickup at the shop?", _day(30, 14)),
            Question(BEES, "What's his home address?", ()),
            Question(BEES, "How many frames of brood were in the nuc?", ()),
            Question(BEES, "What's Lorraine's surname?", ()),
            Question(BEES, "How much honey is he hoping for?", ()),
            Question(BEES, "What's the name of the beekeeping club he joined?", ()),
            Question(BEES, "Is Lorraine allergic to bee stings?", ()),
            Question(BEES, "What's his daughter called?", ()),
        ],
    ),
    # A homeowner's sprinkler system: a garage code said twice and copied into the facts once, the start
    # time moved, the reason and the shut-off said only in the turns.
    Caller(
        number="+14165551306",
        names=("Harjit",),
        calls=[
            Call(
                SPRINKLERS, 44, "en", "New sprinkler system quote",
                "The user, Harjit Sandhu, booked the installation of a six-zone in-ground sprinkler system "
                "at 118 Brookview Drive, Vaughan, with drip lines for the flower beds and the vegetable "
                "garden, a Rachio Wi-Fi controller in the garage and a backflow preventer. The price is "
                "$6,250 and the installation is on {+12}.",
                [
                    ("RainRight Irrigation, Colleen speaking, how can I help you?",
                     "Hello, yes, I want sprinklers. The whole thing, in the ground."),
                    ("Wonderful. What's your name, sir?", "Harjit Sandhu. H-A-R-J-I-T."),
                    ("And the property?", "One eighteen Brookview Drive, in Vaughan."),
                    ("What areas do you want covered?",
                     "Front lawn, back lawn, the side strip, and, um, drip for the flower beds and my "
                     "vegetable garden. My tomatoes, they are very important."),
                    ("Ha, of course. That sounds like six zones.", "Six zones, okay."),
                    ("For the controller we install the Rachio, it's Wi-Fi, you can run it from your phone.",
                     "Good, good. Where does it go?"),
                    ("Usually in the garage, near an outlet.",
                     "Garage is fine. If I'm not home your guys can get in, the garage code is 7 3 9 1."),
                    ("Thank you. The city also requires a backflow preventer, that's included.",
                     "Okay. And the price?"),
                    ("Six thousand two hundred fifty, all in. We can install in twelve days.",
                     "Six thousand two hundred fifty. Okay, book it."),
                ],
                {"first_name": "Harjit"},
            ),
            Call(
                SPRINKLERS, 22, "en", "Watering schedule change",
                "Harjit Sandhu asked to move the watering start time from 5 AM to 3:30 AM and to adjust a "
                "head on zone 4 that sprays onto the neighbour's driveway. The system waters on "
                "even-numbered days.",
                [
                    ("RainRight Irrigation, Colleen speaking.",
                     "Hello Colleen, Harjit Sandhu. The sprinklers, they're working very nice. Dmitri did a "
                     "very good job, tell him."),
                    ("I'll pass that on! What can I do for you?",
                     "Two things. The start time, it's five a.m. now, yes? My son leaves for his shift at "
                     "quarter past five and every morning he gets soaked walking to the car. Every morning!"),
                    ("Oh no. What time would you like instead?",
                     "Earlier. Three-thirty. Everybody is sleeping at three-thirty."),
                    ("I'll change it to 3:30 AM. And the second thing?",
                     "Zone four, one head, it sprays on the neighbour's driveway. He is not happy."),
                    ("We'll send someone to adjust that head.",
                     "Thank you. And it still only waters on even days, the even-numbered days, like the "
                     "town says?"),
                    ("Yes, even-numbered days, for your address.", "Good. Thank you, Colleen."),
                ],
                {"first_name": "Harjit"},
            ),
            Call(
                SPRINKLERS, 5, "en", "Fall blow-out and drip leak",
                "Harjit Sandhu booked the fall blow-out to winterize the sprinkler system on {+9} and "
                "reported a leak in the drip line by the hostas. The technician will fix the leak during the "
                "same visit.",
                [
                    ("RainRight Irrigation, Colleen speaking.", "Hello, Harjit Sandhu, Brookview Drive."),
                    ("Hi Mr. Sandhu! What can I do for you?",
                     "The winter is coming, so I need the, uh, the blowing out. The air through the pipes."),
                    ("The blow-out, yes. I can book you in nine days.", "Okay, good."),
                    ("Anything else to look at?",
                     "Yes, there's a leak, in the drip line, by the hostas. There's always a puddle there "
                     "now."),
                    ("The tech will fix it on the same visit.",
                     "Good. The main shut-off for the sprinklers is in the basement, under the stairs. My "
                     "daughter Jasleen will be home to let him in. And the garage code's still 7 3 9 1."),
                    ("Perfect, I'll note it for the tech.", "Thank you."),
                ],
                analysis_items(
                    "Fall blow-out booked", "Winterize the system and fix the drip leak", "{+9}",
                    "Leak in the drip line by the hostas; daughter Jasleen home for the visit; garage code "
                    "7391", "none", first_name="Harjit",
                ),
            ),
        ],
        questions=[
            Question(SPRINKLERS, "How many zones does the system have?", ("six", "6 zones", "6-zone")),
            Question(SPRINKLERS, "Which controller did they install?", ("rachio",)),
            Question(SPRINKLERS, "What time does the watering start now?", ("3:30", "three-thirty"),
                     ("5 am", "5 a.m.", "five a.m.", "5:00")),
            Question(SPRINKLERS, "Why did he want the start time changed?", ("shift", "soaked")),
            Question(SPRINKLERS, "Which days does the system run?",
                     ("even-numbered", "even days", "even numbered")),
            Question(SPRINKLERS, "When is the blow-out?", _day(5, 9)),
            Question(SPRINKLERS, "Where's the controller mounted?", ("garage",)),
            Question(SPRINKLERS, "How much did the system cost?",
                     ("6,250", "6250", "six thousand two hundred")),
            Question(SPRINKLERS, "What's the address?", ("brookview",)),
            Question(SPRINKLERS, "Where's the leak?", ("hostas",)),
            Question(SPRINKLERS, "Who put the system in?", ("dmitri",)),
            Question(SPRINKLERS, "Which zone was spraying next door's driveway?", ("zone 4", "zone four")),
            Question(SPRINKLERS, "Where's the main shut-off?", ("basement", "under the stairs")),
            Question(SPRINKLERS, "Who's letting the tech in for the blow-out?", ("jasleen",)),
            Question(SPRINKLERS, "What's watered by drip?", ("flower beds", "vegetable garden", "tomatoes")),
            Question(SPRINKLERS, "When was the system installed?", _day(44, 12)),
            Question(SPRINKLERS, "What's the garage code?", ()),
            Question(SPRINKLERS, "How much water does the system use a week?", ()),
            Question(SPRINKLERS, "What's his wife's name?", ()),
            Question(SPRINKLERS, "What brand are the sprinkler heads?", ()),
            Question(SPRINKLERS, "What's his son's name?", ()),
            Question(SPRINKLERS, "How much does the blow-out cost?", ()),
        ],
    ),
    # A retired allotment member: a padlock combination said twice and copied into the facts, a long call
    # whose middle holds three facts, the plot changed for a new knee.
    Caller(
        number="+14165551307",
        names=("Doreen",),
        calls=[
            Call(
                ALLOTMENTS, 58, "en", "Plot offer accepted",
                "The user, Doreen Ashby, accepted the offer of plot 14, a half plot by the east fence, after "
                "two years on the waiting list. The annual fee is $45. She will come to the new members' "
                "orientation on {+5} at 10 AM.",
                [
                    ("Don Valley Allotment Society, Ruth speaking.",
                     "Oh hello, it's, um, Doreen Ashby. Somebody left a message about a plot? I've been on "
                     "your list for, ooh, two years."),
                    ("Hi Doreen! Yes, that was me. We've got plot 14 free, it's a half plot by the east "
                     "fence. Would you like it?",
                     "Would I! Yes. Yes please. Fourteen. Oh, I'm ever so pleased."),
                    ("Wonderful. The annual fee is forty-five dollars.", "Forty-five, that's fine."),
                    ("There's an orientation for new members in five days, at ten in the morning, at the "
                     "shed.", "Ten o'clock, I'll be there. How do I get in?"),
                    ("The main gate has a padlock. The combination is 2 9 0 4.",
                     "Two nine oh four. I'll write it in my diary."),
                    ("And your surname's spelled?", "A-S-H-B-Y. Ashby."),
                    ("Lovely, see you at the orientation.", "Thank you, dear, bye now."),
                ],
            ),
            Call(
                ALLOTMENTS, 36, "en", "Plot change and raised bed",
                "Doreen Ashby asked to move from plot 14 to plot 22B, next to the water tap and closer to "
                "the "
                "gate, because of her knee replacement. The committee agreed and volunteers will build her a "
                "raised bed. Doreen chatted at length about gardening and her family.",
                long_call(
                    [
                        ("Don Valley Allotment Society, Ruth speaking.",
                         "Hello Ruth, love, it's Doreen. Doreen Ashby, plot fourteen. The new one."),
                        ("Hi Doreen! How are you getting on?",
                         "Well, that's the thing. I had my knee done in January, a knee replacement, and "
                         "I'm doing ever so well, but plot fourteen's right at the far end, isn't it."),
                        ("It is a bit of a walk, yes.",
                         "And I have to carry the watering can all the way from the tap, and it's, well, "
                         "it's a lot on the new knee."),
                        ("Of course. Let me look at what's free... Plot 22B has just come up. It's right "
                         "next to the water tap, and it's near the gate.",
                         "Oh! Twenty-two B. Next to the tap? Could I swap?"),
                        ("I don't see why not, I'll check with the committee, but I'm sure it's fine.",
                         "Oh, you are a love."),
                        ("And we could build you a raised bed, so you're not kneeling so much.",
                         "A raised bed! Would you? That would be marvellous."),
                        ("We have a volunteer team that does them. I'll put you on the list.",
                         "Thank you, dear. Now, can I tell you my plans? I've been thinking about nothing "
                         "else."),
                    ],
                    [
                        ("Of course, go on.",
                         "I'm going to grow dahlias. Big ones, the dinner-plate ones. They were Ken's "
                         "favourite, my late husband. He grew them for forty years."),
                        ("That's lovely, Doreen.",
                         "And I'm bringing my own rain barrel, a blue one, from the house, so I don't have "
                         "to go to the tap at all in the summer."),
                        ("Clever.",
                         "And my grandson, Tyler, he's sixteen, he's going to come and do the digging on "
                         "Saturday mornings. He doesn't know that yet."),
                    ],
                    [
                        ("Ha! So, it's all confirmed, plot 22B is yours.", "Twenty-two B. Lovely."),
                        ("The committee will be in touch about the raised bed.", "Thank you, Ruth."),
                        ("Your fee carries over, nothing more to pay.", "Oh, good."),
                        ("Anything else I can help with?", "No, dear, you've been wonderful."),
                        ("Take care of that knee!", "I will. Bye bye."),
                    ],
                    acks=_PLOT_ACKS,
                    talk=_PLOT_TALK,
                    start=1,
                ),
                analysis_items(
                    "Plot change and raised bed", "Volunteers to build a raised bed on plot 22B", "",
                    "Moved to plot 22B by the water tap; knee replacement; raised bed", "health",
                    first_name="Doreen",
                ),
            ),
            Call(
                ALLOTMENTS, 9, "en", "Rhubarb going missing",
                "Doreen Ashby reported that someone has been cutting rhubarb from her plot. The agent said "
                "she would raise it at the committee meeting and reminded her of the work party on {+11}. "
                "The compost delivery has been left by the north gate for members to take.",
                [
                    ("Don Valley Allotment Society, Ruth speaking.",
                     "Hello Ruth, it's Doreen, twenty-two B. I'm sorry to be a nuisance."),
                    ("You're never a nuisance. What's up?",
                     "Somebody's been at my rhubarb. Cutting it! Three times now. I don't want to accuse "
                     "anybody, but it's not the raccoons, raccoons don't use a knife."),
                    ("Oh no. I'll raise it at the committee meeting and put up a sign.",
                     "Thank you. I don't mind sharing, but they could ask."),
                    ("Are you coming to the work party? It's in eleven days, in the morning.",
                     "I'll come, I'll make scones. Oh, and is the padlock still 2 9 0 4? Somebody said it "
                     "changed."),
                    ("It's still the same. And the compost delivery came, it's by the north gate, help "
                     "yourself.", "Oh lovely, Tyler can barrow some over."),
                ],
                analysis_items(
                    "Rhubarb going missing", "Work party at the gardens", "{+11}",
                    "Plot 22B; padlock combination 2904; compost by the north gate", "none",
                    first_name="Doreen",
                ),
            ),
        ],
        questions=[
            Question(ALLOTMENTS, "Which plot does she have now?", ("22b", "twenty-two b"), ("plot 14",)),
            Question(ALLOTMENTS, "Why did she want to move plots?", ("tap", "knee")),
            Question(ALLOTMENTS, "What's the yearly fee?", ("45", "forty-five")),
            Question(ALLOTMENTS, "What is she planning to grow?", ("dahlias",)),
            Question(ALLOTMENTS, "Whose favourite flowers are they?", ("ken's", "late husband")),
            Question(ALLOTMENTS, "How will she get water without the tap?", ("rain barrel",)),
            Question(ALLOTMENTS, "Who's going to do her digging?", ("tyler",)),
            Question(ALLOTMENTS, "How old is her grandson?", ("sixteen", "16")),
            Question(ALLOTMENTS, "What operation did she have?", ("knee replacement", "knee done")),
            Question(ALLOTMENTS, "What are the volunteers building her?", ("raised bed",)),
            Question(ALLOTMENTS, "When's the work party?", _day(9, 11)),
            Question(ALLOTMENTS, "What's going missing from her plot?", ("rhubarb",)),
            Question(ALLOTMENTS, "Where was the compost left?", ("north gate",)),
            Question(ALLOTMENTS, "When was her orientation?", _day(58, 5)),
            Question(ALLOTMENTS, "How long had she been waiting for a plot?", ("two years",)),
            Question(ALLOTMENTS, "What is she bringing to the work party?", ("scones",)),
            Question(ALLOTMENTS, "What's the padlock combination?", ()),
            Question(ALLOTMENTS, "What's Tyler's phone number?", ()),
            Question(ALLOTMENTS, "How big is plot 22B?", ()),
            Question(ALLOTMENTS, "Who had plot 22B before her?", ()),
            Question(ALLOTMENTS, "When is the society's annual general meeting?", ()),
            Question(ALLOTMENTS, "Who does she suspect of taking the rhubarb?", ()),
        ],
    ),
    # A pizzeria's standing order: a door code said once, the wood and the delivery day changed in one
    # call, the analysis items calling it finance and leaving out the home address.
    Caller(
        number="+14165551308",
        names=("Tony",),
        calls=[
            Call(
                FIREWOOD, 50, "en", "Standing order for the pizza oven",
                "The user, Tony Russo, owner of the pizzeria Forno Russo at 1620 Danforth Avenue, set up a "
                "standing order of two face cords of kiln-dried maple, cut to 12-inch splits for his "
                "wood-fired oven, every other Tuesday before 11 AM, at $185 a face cord. Deliveries come "
                "through the back alley.",
                [
                    ("Northwood Logs and Firewood, Bev speaking.",
                     "Bev, hi, Tony Russo, I got the pizzeria on the Danforth, Forno Russo. Sixteen-twenty "
                     "Danforth."),
                    ("Hi Tony, what can I do for you?",
                     "I need wood. Regular. Our guy retired, moved to Florida, God bless him."),
                    ("We can do a standing order. What's the oven?",
                     "Wood-fired, Neapolitan, the mouth is small, so the splits gotta be short. Twelve "
                     "inch. Not sixteen, twelve."),
                    ("Twelve-inch splits, no problem. Kiln-dried?",
                     "Kiln-dried, yeah, maple. Two face cords every other week."),
                    ("That's a hundred and eighty-five a face cord. What day suits?",
                     "Tuesday, before eleven. We open at eleven-thirty for lunch, I don't want a truck in "
                     "the alley at lunch."),
                    ("We'll come through the back alley then.",
                     "Yeah, the alley. If the back's locked the door code is 1 8 6 3, stack it in the "
                     "storeroom on the left, not in the kitchen, please, the health inspector goes crazy."),
                    ("Understood. First delivery next Tuesday.", "Perfetto. Thanks, Bev."),
                ],
            ),
            Call(
                FIREWOOD, 28, "en", "Switch to oak and Monday deliveries",
                "Tony Russo switched his standing order from maple to oak and asked for deliveries on "
                "Mondays instead of Tuesdays, when the restaurant is closed and his pizzaiolo Luca is in "
                "doing prep. He also ordered a face cord of birch for his home fireplace. The restaurant "
                "will pay on account, net 30.",
                [
                    ("Northwood Logs and Firewood, Bev speaking.", "Bev, it's Tony, Forno Russo."),
                    ("Hi Tony! Everything okay with the wood?",
                     "Good, good. But listen, my pizzaiolo, Luca, he says the oak burns longer, hotter, "
                     "more even. So it's the oak from now on. Same twelve inch."),
                    ("Oak, okay. Same two face cords?",
                     "Same. And the day, can you do Mondays? We're closed Mondays, Luca's in doing the "
                     "dough and the prep, he can take it. Tuesdays it's crazy."),
                    ("Mondays it is.",
                     "And one more thing, for my house, one face cord of birch, for the fireplace. My wife "
                     "likes the birch, the white bark, it looks nice."),
                    ("Where's the house?", "Thirty-three Hillingdon Avenue. Just leave it by the garage."),
                    ("Got it. And billing?", "Put the restaurant on account, net thirty, like the old guy."),
                    ("Net 30, that's fine.", "Grazie, Bev."),
                ],
                analysis_items(
                    "Switch to oak and Monday deliveries", "Deliver a face cord of birch to his house", "",
                    "Oak instead of maple; deliveries on Mondays; Luca takes deliveries; on account, net 30",
                    "finance", first_name="Tony",
                ),
            ),
            Call(
                FIREWOOD, 6, "en", "Damp firewood complaint",
                "Tony Russo complained that the last load of oak was damp; his moisture meter read 25 "
                "percent and the oven would not get hot. The agent apologised, put a $60 credit on his next "
                "invoice and arranged a replacement dry load for {+7}.",
                [
                    ("Northwood Logs and Firewood, Bev speaking.",
                     "Bev. Tony. We got a problem. The last load, the oak, it's wet."),
                    ("Oh no. Wet how?",
                     "I got a moisture meter, Luca bought it, it says twenty-five percent. Twenty-five! The "
                     "oven, it don't get hot, the pizzas come out pale, like, like bread."),
                    ("That's not right, it should be under twenty. I'm so sorry, Tony.",
                     "I'm not mad at you, Bev. But I can't sell pale pizza."),
                    ("I'll put a sixty dollar credit on your next invoice and send a dry load in a week.",
                     "Sixty, okay. And take the wet stuff back."),
                    ("We'll take it back when we drop the new load.", "Good. Thanks, Bev."),
                ],
                analysis_items(
                    "Damp firewood complaint", "Deliver a replacement dry load", "{+7}",
                    "Forno Russo, 1620 Danforth Avenue; oak in 12-inch splits; $60 credit on the next "
                    "invoice", "none", first_name="Tony",
                ),
            ),
        ],
        questions=[
            Question(FIREWOOD, "What's the restaurant called?", ("forno russo",)),
            Question(FIREWOOD, "How long should the splits be?",
                     ("12-inch", "12 inch", "twelve-inch", "twelve inch", "12 inches")),
            Question(FIREWOOD, "Which wood does the restaurant take now?", ("oak",), ("maple",)),
            Question(FIREWOOD, "What day do the restaurant's deliveries come?", ("monday",), ("tuesday",)),
            Question(FIREWOOD, "Where should the driver stack the wood?", ("storeroom",)),
            Question(FIREWOOD, "What does a face cord cost him?", ("185", "hundred and eighty-five")),
            Question(FIREWOOD, "What did the moisture meter read?",
                     ("25 percent", "25%", "twenty-five percent", "twenty-five")),
            Question(FIREWOOD, "How much credit did he get?", ("$60", "sixty")),
            Question(FIREWOOD, "Where does he live?", ("hillingdon",)),
            Question(FIREWOOD, "What's going in the fireplace at home?", ("birch",)),
            Question(FIREWOOD, "Who's there to take the deliveries?", ("luca",)),
            Question(FIREWOOD, "How does the restaurant settle its bills?",
                     ("on account", "net 30", "net thirty")),
            Question(FIREWOOD, "When is the replacement load coming?", _day(6, 7)),
            Question(FIREWOOD, "How often does the restaurant get a load?",
                     ("every other", "every two weeks")),
            Question(FIREWOOD, "Which street is the pizzeria on?", ("danforth",)),
            Question(FIREWOOD, "Why does his wife like the birch?", ("white bark",)),
            Question(FIREWOOD, "What's the back door code?", ()),
            Question(FIREWOOD, "How many pizzas do they sell a night?", ()),
            Question(FIREWOOD, "What's Luca's surname?", ()),
            Question(FIREWOOD, "What brand is the pizza oven?", ()),
            Question(FIREWOOD, "What's his wife's name?", ()),
            Question(FIREWOOD, "How much does the birch cost?", ()),
        ],
    ),
    # A caller of the tree surgeon and the firewood merchant: an insurance claim the firewood agent never
    # heard, the adjuster replaced ("it's Priti Nair now").
    Caller(
        number="+14165551309",
        names=("Sean",),
        calls=[
            Call(
                TREES, 42, "en", "Fallen spruce on the shed",
                "The user, Sean Gallagher, reported that a Norway spruce came down in the windstorm and "
                "crushed his garden shed at 6 Kingsdale Avenue. His insurer is Intact, claim number "
                "CL-448120. An emergency crew will remove the tree on {+1}.",
                [
                    ("Highbranch Tree Care, Corinne speaking.",
                     "Hi, yeah, uh, I've got a tree on my shed. Like, on it. In it."),
                    ("Oh no! Is anyone hurt?", "No, no, everyone's fine. The shed's toast, though."),
                    ("Okay. What kind of tree, do you know?",
                     "A spruce. Norway spruce, my neighbour says. It came down in the windstorm last night."),
                    ("Can I get your name and address?",
                     "Sean Gallagher, that's S-E-A-N. Six Kingsdale Avenue."),
                    ("We can get an emergency crew out tomorrow.",
                     "Tomorrow's great. The insurance wants everything documented, so take photos?"),
                    ("Absolutely, the crew photographs everything. Who's the insurer?",
                     "Intact. Claim number C-L four four eight one two oh. The adjuster's Shauna Reyes."),
                    ("Got it, CL-448120, Shauna Reyes.", "Thanks. Appreciate it."),
                ],
                analysis_items(
                    "Fallen spruce on the shed", "Emergency removal of the fallen spruce", "{+1}",
                    "6 Kingsdale Avenue; Norway spruce fell on the shed; insurer Intact, claim CL-448120; "
                    "adjuster Shauna Reyes", "finance", first_name="Sean",
                ),
            ),
            Call(
                TREES, 15, "en", "Invoice for the insurer",
                "Sean Gallagher asked for the itemized invoice of $2,100 for the spruce removal to go to his "
                "new insurance adjuster, Priti Nair, instead of Shauna Reyes. He also asked about planting a "
                "serviceberry where the spruce stood next spring.",
                [
                    ("Highbranch Tree Care, Corinne speaking.", "Hi Corinne, Sean Gallagher, the spruce."),
                    ("Hi Sean! The invoice is ready, twenty-one hundred, itemized, with the photos.",
                     "Perfect. So, the adjuster's changed. Shauna went on leave, it's Priti Nair now. "
                     "P-R-I-T-I, Nair, N-A-I-R. Can you send it to her instead?"),
                    ("Of course, to Priti Nair.", "Thanks. Also, uh, next spring, could you guys plant "
                     "something where the spruce was? Something smaller. My wife likes serviceberry."),
                    ("A serviceberry would be lovely there. I'll have Mitch get in touch in the spring.",
                     "Great. Thanks again."),
                ],
                {"first_name": "Sean"},
            ),
            Call(
                FIREWOOD, 4, "en", "Face cord for the wood stove",
                "Sean Gallagher ordered a face cord of seasoned mixed hardwood in 16-inch splits for his "
                "wood stove, to be delivered on {+3}.",
                [
                    ("Northwood Logs and Firewood, Bev speaking.",
                     "Hi, I'd like a face cord of firewood for the, uh, the stove. The wood stove."),
                    ("Sure. Seasoned mixed hardwood is our usual for stoves. Sixteen inch okay?",
                     "Sixteen, yeah, that fits. Name's Sean Gallagher, Six Kingsdale Avenue."),
                    ("We can deliver in three days.",
                     "Great. Could they dump it on the left side of the driveway? Not the lawn, we just "
                     "put new sod down."),
                    ("Left side of the driveway, got it.",
                     "Oh, and, uh, would you buy spruce logs? I've got a big pile of spruce."),
                    ("Sorry, we don't take spruce, too sappy for stoves.", "Figured. No worries."),
                ],
            ),
        ],
        questions=[
            Question(TREES, "What fell on the shed?", ("spruce",)),
            Question(TREES, "What's the insurance claim number?", ("cl-448120", "448120")),
            Question(TREES, "Who's he insured with?", ("intact",)),
            Question(TREES, "Who should the invoice go to?", ("priti",), ("shauna",)),
            Question(TREES, "What did the removal cost?", ("2,100", "2100", "twenty-one hundred")),
            Question(TREES, "What does he want planted in its place?", ("serviceberry",)),
            Question(TREES, "When did the emergency crew come out?", _day(42, 1)),
            Question(TREES, "What's the address?", ("kingsdale",)),
            Question(TREES, "What caused it to come down?", ("windstorm",)),
            Question(TREES, "What's the adjuster's phone number?", ()),
            Question(TREES, "How old was the spruce?", ()),
            Question(TREES, "What's his deductible?", ()),
            Question(TREES, "What's the name of the neighbour who identified the tree?", ()),
            Question(FIREWOOD, "What's he burning the wood in?", ("wood stove", "woodstove")),
            Question(FIREWOOD, "Where should the load be dumped?", ("left side of the driveway",)),
            Question(FIREWOOD, "Why not on the grass?", ("sod",)),
            Question(FIREWOOD, "When's the delivery?", _day(4, 3)),
            Question(FIREWOOD, "What did he try to sell them?", ("spruce",)),
            Question(FIREWOOD, "What length of split does he want?", ("16-inch", "sixteen inch", "16 inch")),
            Question(FIREWOOD, "What brand is his wood stove?", ()),
            Question(FIREWOOD, "What price was he quoted for the face cord?", ()),
            Question(FIREWOOD, "How many face cords does he burn in a winter?", ()),
        ],
    ),
]  # fmt: skip
