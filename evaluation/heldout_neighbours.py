"""A held-out memory set: callers of eight neighbourhood businesses in Nova Scotia, as ElevenLabs would
report them.

A Pilates studio, an after-school club, a sauna and spa-day venue, a made-to-measure blinds fitter, a
guttering and fascia firm, a key-cutting and shoe-repair kiosk, a well-drilling and water-treatment firm
and a clock repairer. Nine callers, 30 calls: a Spanish mother of an after-school club and a French owner
of an old Comtoise clock whose calls are in their languages and asked about in English, a couple sharing
one phone for their new well, a new mother whose postnatal health is the Pilates studio's alone (she also
orders blinds), a second blinds client and a second Pilates client who also buys a spa gift card, three
calls of 84 exchanges (a well, gutters, a spa day) whose middle holds facts no summary or analysis item
repeats, corrections said plainly or in passing ("so black, please. Not the brown"), access codes for a
gate, a garage, a key safe, a front door and an alarm that no answer may give, and about half of the calls
with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or
"none" for a clearly private call, a garage code copied into the facts, values in Spanish and French, a
date left empty), the others with the agent's own first-name item only, or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

PILATES = "agent_pilates_0000000000000000000341"
AFTERSCHOOL = "agent_afterschool_000000000000000342"
SAUNA = "agent_sauna_000000000000000000000343"
BLINDS = "agent_blinds_00000000000000000000344"
GUTTERS = "agent_gutters_0000000000000000000345"
KEYS = "agent_keys_0000000000000000000000346"
WELLS = "agent_wells_000000000000000000000347"
CLOCKS = "agent_clocks_00000000000000000000348"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_WELL_ACKS = [
    "Mm-hm.", "Ha, I bet.", "Right.", "Oh, for sure.", "Yeah.", "Is that right?", "No kidding.",
    "Ha!", "Sure.", "Oh, that's nice.", "Totally.", "Mm.",
]  # fmt: skip
_WELL_TALK = [
    "Honestly, building a house is, like, ninety percent phone calls. Nobody tells you that.",
    "Yeah.",
    "We're renting in Antigonish till it's done. Tiny place. Two adults and a very large dog.",
    "He's a Newfoundland. A hundred and forty pounds of drool. He thinks he's a lap dog.",
    "Ha, yeah.",
    "Shauna picked the lot. I wanted something closer to town, but she wanted the view.",
    "And she was right, you can see right down the valley. In the fall it's unreal.",
    "Mm.",
    "My grandfather fished out of Arisaig, so it's kind of coming home, you know?",
    "He'd think we were nuts, paying someone to find water. He'd just dig.",
    "Sorry, I'm in the truck, if I cut out it's the hill by the co-op.",
    "Okay, I'm back. You still there?",
    "Yeah, so where was I.",
    "The framing's done, they're doing the roof next week if the weather holds.",
    "Metal roof. Shauna wanted the sound of the rain on it.",
    "Right?",
    "I keep driving out there after work just to look at it. Like a weirdo.",
    "The dog loves it, he runs the whole lot and comes back filthy.",
    "Ha, yeah, no, we don't let him in the truck after.",
    "Did you grow up around here, Trudy?",
    "Oh nice, Port Hood. Beautiful beach.",
    "We went to the Celtic Colours thing last fall, the fiddlers. Amazing.",
    "Mm-hm.",
    "I play a bit myself. Badly. The dog leaves the room.",
    "Ha, he's a critic.",
    "Anyway, the well. That's the big one. No water, no house, right?",
    "The bank needs the water test before the last draw, apparently.",
    "Yeah, so, no pressure.",
    "Shauna's got a spreadsheet. Colour-coded. I'm not allowed to touch it.",
    "I'm in charge of the snacks for the crew, that's my job.",
    "Ha, yeah, Tim's runs mostly.",
    "The electrician's this young guy, super keen, talks a mile a minute.",
    "He wired the whole place in like four days.",
    "Right, right.",
    "We're doing a heat pump, no oil. Trying to be good.",
    "And a wood stove, 'cause I don't trust the power out there in a storm.",
    "Last winter we lost power for three days in town. Three days!",
    "Mm.",
    "So yeah, wood stove. Non-negotiable.",
    "I've already got the wood, actually. Two cord, stacked at my cousin's.",
    "He says I have to help him with his deck in exchange. Fair trade.",
    "Ha.",
    "Sorry, I'm rambling. Shauna says I do this.",
    "She's the organised one, I'm the, uh, the enthusiastic one.",
    "Okay.",
    "Oh, there's a moose. No, it's a cow. Never mind.",
    "Ha, it's getting dark, everything looks like a moose.",
    "Yeah.",
    "Anyway, yeah.",
    "The kitchen's going to be huge. Shauna cooks, I wash up. That's the deal.",
    "We're getting one of those farmhouse sinks. Don't ask me why, she just wants it.",
    "Mm-hm.",
    "I just want a garage I can stand up in. That's my one thing.",
    "The old farmhouse garage, I had to duck. I'm six four.",
    "Ha, yeah.",
    "Okay, let me just pull over, I want to look at the notes properly.",
    "Okay. Parked.",
    "Right.",
    "Yep.",
    "Sure, sure.",
    "Go on.",
    "Okay, yeah.",
    "Mm.",
    "Right, right.",
    "Uh-huh.",
    "Yeah, no, totally.",
]
_GUTTER_ACKS = [
    "Oh, yes?", "Mm-hm.", "Is that so.", "Ha, I bet.", "Oh, that's lovely.", "Right.", "Go on.",
    "Oh dear.", "Sure.", "Ha!", "Oh, I know.", "Mm.",
]  # fmt: skip
_GUTTER_TALK = [
    "I taught shop at the high school for thirty-four years, you know. Woodworking.",
    "So I know rot when I see it, I just can't get up a ladder anymore.",
    "My doctor says no ladders. My daughter says no ladders. Everyone says no ladders.",
    "Ha, yes.",
    "Wolfville's changed a lot. All the students now, and the wineries.",
    "When we moved here it was apples, apples and more apples.",
    "Now it's all tasting rooms. I don't mind. I like a glass of the white.",
    "Mm.",
    "Do you get out to the dykes at all? For a walk?",
    "Lovely in the evening. You can see Blomidon from the end.",
    "I used to walk it every day. Now it's more like every other day. The hip.",
    "Oh, it's not so bad. Could be worse.",
    "Right.",
    "We had the worst storm in February, did you have it where you are?",
    "The wind took a shingle off the shed and put it in the neighbour's pool.",
    "Ha, yes. He wasn't pleased. It's not even pool season.",
    "Anyway.",
    "The farmers' market is Saturdays, I go for the bread and the gossip.",
    "Mostly the gossip, if I'm honest.",
    "There's a fellow there sells honey, he's got bees out on the Gaspereau.",
    "Best honey you ever tasted. I'll bring you a jar if I'm ever by.",
    "Oh, it's no trouble.",
    "Mm-hm.",
    "I still do a bit in the workshop. Birdhouses, mostly. For the church sale.",
    "Sold forty last year. Forty birdhouses!",
    "I don't know where people put them all.",
    "Ha, yes.",
    "My grandson helps me in the summers. He's fourteen, taller than me already.",
    "Wants to be an engineer. Bridges.",
    "Right.",
    "I said, learn to fix a gutter first. Ha.",
    "Oh, he's a good boy. Lazy, but a good boy.",
    "Sorry, dear, I'm keeping you.",
    "No? Well, you're very patient.",
    "It's quiet in the house now, you know. I do talk to the radio.",
    "CBC, mostly. The morning show.",
    "Mm.",
    "I like the fellow who does the weather. He's always cheerful, even when it's dreadful.",
    "Ha, yes, like today.",
    "The tide was right up this morning. Ever seen the tidal bore?",
    "You should, it's something. Twice a day, like clockwork.",
    "Right.",
    "Where was I? Oh yes, the house.",
    "It's a good house, solid. Just needs a bit of looking after, like me.",
    "Ha.",
    "My wife always said the house would outlive us both. Well, half right.",
    "Oh, it's all right, dear. It's been three years. You get used to it.",
    "Mm.",
    "She'd have had those gutters done years ago. I'm a putter-offer.",
    "Yes.",
    "Oh, I'm still here. Just finding my glasses.",
    "There. Now I can see the calendar.",
    "Right you are.",
    "Ha, yes.",
    "That's it.",
    "Go on, dear.",
    "Mm-hm.",
    "Quite right.",
    "Oh, I see.",
    "Yes, yes.",
    "Lovely.",
    "Sure.",
    "Okay, dear.",
    "Mm.",
    "Yes.",
    "Right.",
]
_SPA_ACKS = [
    "Aw.", "Mm-hm.", "Ha, I love that.", "Oh, totally.", "Right.", "Oh my gosh.", "That's so sweet.",
    "Yeah.", "Ha!", "Of course.", "Oh, fun.", "Sure.",
]  # fmt: skip
_SPA_TALK = [
    "Sorry, I'm on my lunch break, so if I'm chewing, that's why.",
    "Mum's from Baddeck, she still lives in the house we grew up in.",
    "She swims in the lake every morning till October. Seventy years old. In the lake.",
    "Ha, yeah, I can't even put a toe in.",
    "So the sauna thing is actually perfect for her, she loves the cold plunge idea.",
    "She did a polar bear dip on New Year's last year. Made the local paper.",
    "Mm.",
    "We're driving down from Halifax, my sisters are coming from Sydney.",
    "It's, like, a four-hour drive for them. They'll stay over somewhere.",
    "Is there anywhere nice to stay near you? Actually, never mind, they'll figure it out.",
    "Yeah.",
    "I've never been to a Nordic spa. Is it, like, hot, cold, hot, cold?",
    "Oh, and then you relax. I'm good at the relaxing part.",
    "Ha.",
    "Our family is very loud, just warning you. The relaxation room might be a challenge.",
    "We'll behave, I promise. Mostly.",
    "Right.",
    "My aunt is Mum's older sister, she's seventy-four and she's wilder than all of us.",
    "She's already asked if there's a bar. I said it's a spa, Auntie.",
    "Ha, yes, exactly.",
    "Oh, is there wine at lunch? She'll ask.",
    "Okay, a glass. Good. That'll keep her happy.",
    "Mm-hm.",
    "Mum worked at the post office for thirty years. Everybody in Baddeck knows her.",
    "You can't go to the Co-op with her, it takes an hour, she talks to everyone.",
    "That's where I get it from, clearly.",
    "Ha, yeah.",
    "I'm making a photo book too. Seventy photos for seventy years.",
    "The hard part is finding the ones from the seventies. The hair, oh my God.",
    "Right.",
    "My dad passed a few years ago, so we want to make it really special for her.",
    "Thanks. Yeah. She's doing good, though. She's got her routines.",
    "Mm.",
    "Okay, what else. Robes. Do you give robes? Or do we bring our own?",
    "Oh, perfect, I don't own a robe that anyone should see.",
    "And towels too? Amazing.",
    "Yeah.",
    "I'm looking at your website right now, the pictures of the forest are gorgeous.",
    "Is that real snow on the roof in that one? It looks like a postcard.",
    "Ha, I figured.",
    "We're hoping for good weather but honestly it doesn't matter, right? It's a sauna.",
    "Exactly.",
    "Sorry, my coworker is making faces at me through the window. I'm still on my break.",
    "Okay. Where were we.",
    "Right.",
    "My niece wanted to come too but she's twelve, so, no.",
    "Is there an age thing? I figured there was.",
    "Sixteen, okay, that makes sense.",
    "She'll survive. We'll bring her a bath bomb or something.",
    "Mm-hm.",
    "Okay, I'm writing everything down in my phone.",
    "Yeah.",
    "Sure.",
    "Ha, okay.",
    "Go ahead.",
    "Yep.",
    "Right, right.",
    "Mm.",
    "Okay.",
    "Oh, good.",
    "Perfect.",
    "Yeah, no, that's great.",
    "Uh-huh.",
    "Sure, sure.",
    "Great.",
    "Okay, yeah.",
]


HELDOUT_NEIGHBOURS: list[Caller] = [
    # A Spanish mother: her calls in Spanish, summaries in English and Spanish, the questions in English;
    # the days changed and the Thursday pick-up changed twice; an EpiPen's pocket said in the turns only.
    Caller(
        number="+34625551601",
        names=("Ainhoa",),
        calls=[
            Call(
                AFTERSCHOOL, 61, "es", "Enrolment for Iker",
                "The user, Ainhoa Beltrán, spoke Spanish and enrolled her seven-year-old son, Iker, in the "
                "after-school club on Mondays, Wednesdays and Fridays, starting {+5}. Iker is in grade 2 at "
                "Crichton Park Elementary and is allergic to sesame; he carries an EpiPen. Ainhoa will pick "
                "him up at 5:30 PM. The fee is $14 a day.",
                [
                    ("Brightsparks After-School Club, you're speaking with Jenna, how can I help?",
                     "Hola, buenas... eh, sorry, do you... ¿alguien habla español?"),
                    ("¡Sí, claro! Yo hablo español. ¿En qué le puedo ayudar?",
                     "Ay, qué bien. Mira, es para apuntar a mi hijo al club, al de después del cole."),
                    ("Perfecto. ¿Cómo se llama el niño y cuántos años tiene?",
                     "Iker, I-K-E-R. Tiene siete años, bueno, siete recién cumplidos."),
                    ("¿Y a qué escuela va?",
                     "A Crichton Park, la Elementary. Está en segundo... en grade two, como decís aquí."),
                    ("Muy bien. ¿Qué días lo necesita?",
                     "Eh... los lunes, los miércoles y los viernes. Los otros días lo recojo yo del cole."),
                    ("Tomo nota. ¿Tiene alguna alergia o algo médico que debamos saber?",
                     "Sí, sí, importante: es alérgico al sésamo. Lleva un EpiPen siempre, en el bolsillo "
                     "delantero de la mochila, la roja."),
                    ("Entendido, lo ponemos en su ficha y se lo decimos a todo el personal.",
                     "Gracias. Es que aquí el sésamo está en todo, en los bagels, en todo."),
                    ("¿Y a qué hora lo recogería?",
                     "A las cinco y media. Bueno, cinco y media, cinco y cuarenta como muy tarde."),
                    ("Cerramos a las seis, así que sin problema. La tarifa es de catorce dólares al día.",
                     "Vale, catorce. ¿Y cuándo puede empezar?"),
                    ("Puede empezar dentro de cinco días.",
                     "Perfecto. Ah, y me llamo Ainhoa Beltrán. Ainhoa, A-I-N-H-O-A."),
                    ("Gracias, Ainhoa. Le mando los formularios por correo.",
                     "Genial, muchas gracias. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Inscripción de Iker en el club", "Enviar los formularios de inscripción", "",
                    "Hijo Iker, 7 años; Crichton Park Elementary; alérgico al sésamo, lleva EpiPen; lunes, "
                    "miércoles y viernes; recogida a las 5:30", "health", first_name="Ainhoa",
                ),
            ),
            Call(
                AFTERSCHOOL, 34, "es", "Cambio de días y club de ajedrez",
                "La usuaria, Ainhoa Beltrán, pidió cambiar los días de Iker: a partir de ahora irá los "
                "martes y jueves en lugar de lunes, miércoles y viernes, porque le han cambiado los turnos "
                "en el trabajo. Los jueves lo recogerá su abuelo, Jesús Beltrán. También lo apuntó al club "
                "de ajedrez de los martes.",
                [
                    ("Brightsparks, Jenna speaking.",
                     "Hola Jenna, soy Ainhoa, la mamá de Iker. ¿Seguimos en español?"),
                    ("¡Claro! Hola Ainhoa, ¿qué tal?",
                     "Bien, bien, liada. Mira, me han cambiado los turnos en el trabajo y ya no me cuadran "
                     "los días."),
                    ("Vaya. ¿Qué días le vendrían bien?",
                     "Pues... martes y jueves. Solo martes y jueves. Los lunes, miércoles y viernes ya lo "
                     "puedo recoger yo."),
                    ("Martes y jueves, apuntado. ¿Lo recoge usted también?",
                     "Los martes yo, sí. Los jueves va mi padre, el abuelo. Jesús. Jesús Beltrán. Ha venido "
                     "de Bilbao a pasar unos meses con nosotros."),
                    ("Perfecto, lo añado a la lista de personas autorizadas. Tendrá que traer "
                     "identificación la primera vez.", "Sí, sí, se lo digo, lleva el pasaporte."),
                    ("Por cierto, los martes tenemos club de ajedrez, por si a Iker le interesa.",
                     "¡Uy, le encanta el ajedrez! Le gana a su abuelo y todo. Apúntalo, sí."),
                    ("Hecho. Es gratis, va incluido.", "Mejor todavía. Gracias, Jenna."),
                ],
                {"first_name": "Ainhoa"},
            ),
            Call(
                AFTERSCHOOL, 6, "es", "Field trip permission and lost raincoat",
                "Ainhoa Beltrán gave permission for Iker to go on the field trip to the Discovery Centre on "
                "{+9} and will pay the $15 fee. She said her neighbour Rocío Salas will now pick Iker up on "
                "Thursdays because his grandfather has gone back to Spain. Iker lost his green raincoat at "
                "the club last week.",
                [
                    ("Brightsparks After-School Club, Jenna speaking.",
                     "Hola Jenna, soy Ainhoa otra vez. Oye, una cosa rápida... bueno, dos cosas. Tres."),
                    ("Ja, dígame.",
                     "Lo de la excursión, la del Discovery Centre. Sí, Iker puede ir, ya firmé el papel."),
                    ("Estupendo. Son quince dólares, se pagan en la recepción.",
                     "Vale, los llevo el martes. Quince, ¿no?"),
                    ("Quince, sí.",
                     "Y otra cosa: mi padre se ha vuelto a España, así que los jueves ya no lo recoge el "
                     "abuelo. Lo recoge mi vecina, Rocío. Rocío Salas."),
                    ("De acuerdo, quito a Jesús y pongo a Rocío Salas en la lista.",
                     "Eso. Ella tiene un coche gris, por si acaso. Y es muy puntual, más que yo."),
                    ("Anotado. ¿Y la tercera cosa?",
                     "Ay, sí: Iker perdió el chubasquero la semana pasada, uno verde, con un dinosaurio en "
                     "la capucha. ¿Lo habéis visto?"),
                    ("Voy a mirar en objetos perdidos y le digo algo.",
                     "Gracias, es el único que tiene, y aquí llueve cada dos días."),
                ],
                analysis_items(
                    "Field trip permission and pickup change",
                    "Ainhoa to pay the $15 field trip fee; staff to check lost property for the green "
                    "raincoat", "",
                    "Neighbour Rocío Salas picks Iker up on Thursdays; permission given for the Discovery "
                    "Centre trip", "none", first_name="Ainhoa",
                ),
            ),
        ],
        questions=[
            Question(AFTERSCHOOL, "What is Iker allergic to?", ("sesame", "sésamo")),
            Question(AFTERSCHOOL, "Where does the boy keep his EpiPen?",
                     ("bolsillo delantero", "front pocket")),
            Question(AFTERSCHOOL, "Which days does Iker come to the club now?", ("martes", "tuesday"),
                     ("lunes", "monday")),
            Question(AFTERSCHOOL, "Who picks him up on Thursdays?", ("rocío", "rocio"),
                     ("jesús", "jesus", "grandfather", "abuelo")),
            Question(AFTERSCHOOL, "How old is Iker?",
                     ("seven-year-old", "siete años", "7 años", "7 years", "7-year-old", "aged 7")),
            Question(AFTERSCHOOL, "Which school does Iker go to?", ("crichton park",)),
            Question(AFTERSCHOOL, "What did he sign up for on Tuesdays?", ("chess", "ajedrez")),
            Question(AFTERSCHOOL, "When is the field trip?", _day(6, 9)),
            Question(AFTERSCHOOL, "Where is the class outing going?",
                     ("discovery centre", "discovery center")),
            Question(AFTERSCHOOL, "What has the boy lost?", ("raincoat", "chubasquero")),
            Question(AFTERSCHOOL, "What's on the hood of the missing coat?", ("dinosaur", "dinosaurio")),
            Question(AFTERSCHOOL, "How much is the outing?", ("$15", "quince")),
            Question(AFTERSCHOOL, "What time does his mum collect him?",
                     ("5:30", "cinco y media", "half past five")),
            Question(AFTERSCHOOL, "What's the daily rate?", ("$14", "catorce")),
            Question(AFTERSCHOOL, "Why did she change his days?", ("turnos", "shift")),
            Question(AFTERSCHOOL, "What car does the neighbour drive?",
                     ("coche gris", "grey car", "gray car")),
            Question(AFTERSCHOOL, "Where is the grandfather from?", ("bilbao",)),
            Question(AFTERSCHOOL, "When did his mother first call to enrol him?", _day(61)),
            Question(AFTERSCHOOL, "What grade is Iker in?", ("grade 2", "grade two", "segundo")),
            Question(AFTERSCHOOL, "What is Iker's father's name?", ()),
            Question(AFTERSCHOOL, "What is Rocío's phone number?", ()),
            Question(AFTERSCHOOL, "Where does Ainhoa work?", ()),
            Question(AFTERSCHOOL, "Does Iker have any brothers or sisters?", ()),
            Question(AFTERSCHOOL, "What size is the lost raincoat?", ()),
            Question(AFTERSCHOOL, "Who is Iker's teacher at school?", ()),
        ],
    ),
    # A French owner of her grandfather's Comtoise clock: calls in French, summaries in English and French,
    # the analysis items in French with a wrong category; the price and the delivery address corrected.
    Caller(
        number="+33625551602",
        names=("Gaëlle",),
        calls=[
            Call(
                CLOCKS, 47, "fr", "Horloge comtoise arrêtée après le déménagement",
                "The user, Gaëlle Thibodeau, spoke French. Her grandfather's Comtoise clock from the Jura "
                "stopped working after her move from France, and the pendulum is bent. The agent booked a "
                "home visit by the clockmaker, Walter, for {+4} at 10 AM at 17 Blue Rocks Road, Lunenburg.",
                [
                    ("Harbourside Clock Repair, Joëlle speaking, how can I help?",
                     "Oui, bonjour... sorry, hello, euh, do you speak French, by any chance?"),
                    ("Oui, bien sûr, je suis acadienne. Qu'est-ce que je peux faire pour vous ?",
                     "Oh, génial ! Alors voilà, j'ai une horloge comtoise, vous savez, les grandes horloges "
                     "de campagne, du Jura."),
                    ("Oui, je vois très bien. Qu'est-ce qui ne va pas ?",
                     "Elle était à mon grand-père. Elle a traversé l'Atlantique dans un conteneur avec tous "
                     "nos meubles, et depuis, elle ne marche plus. Le balancier est tordu, je crois."),
                    ("Ah, le balancier à lyre ? Ça arrive souvent avec les déménagements.",
                     "Oui, la lyre, avec les décorations en laiton. Il est tordu en bas, là où il y a le "
                     "gros disque."),
                    ("Est-ce qu'elle sonne encore ?",
                     "Euh... elle a sonné une fois, treize coups à trois heures du matin, ça nous a fait "
                     "une peur bleue. Depuis, rien."),
                    ("Ha ! D'accord. Elle est trop grande pour l'apporter, j'imagine ?",
                     "Ah oui, elle est plus grande que moi. Et mon mari a mal au dos, alors..."),
                    ("Notre horloger, Walter, peut passer chez vous. Vous êtes où ?",
                     "Au 17 Blue Rocks Road, à Lunenburg. On loue une maison là pour l'instant."),
                    ("Il peut venir dans quatre jours, à dix heures du matin. Ça vous va ?",
                     "Dix heures, parfait. Ah, et je m'appelle Gaëlle Thibodeau. Gaëlle avec un tréma sur "
                     "le e."),
                    ("Merci Gaëlle, à bientôt !", "Merci, bonne journée !"),
                ],
                {"first_name": "Gaëlle"},
            ),
            Call(
                CLOCKS, 31, "fr", "Devis pour la révision de l'horloge",
                "Gaëlle Thibodeau called after Walter's visit. The Comtoise clock needs a full overhaul in "
                "the workshop: cleaning, rebushing the pivots and a new suspension spring, and the bent "
                "pendulum will be straightened. The quote is $650 and the work takes about six weeks. The "
                "clock will be collected on {+3}.",
                [
                    ("Harbourside Clock Repair, Joëlle speaking.",
                     "Bonjour Joëlle, c'est Gaëlle Thibodeau, l'horloge comtoise."),
                    ("Bonjour Gaëlle ! Walter m'a parlé de votre horloge, il l'adore.",
                     "Ha, tant mieux. Il m'a dit qu'il fallait l'emmener à l'atelier ?"),
                    ("Oui. Il faut une révision complète : nettoyage, les pivots à rebaguer, et un ressort "
                     "de suspension neuf. Et il redresse le balancier.",
                     "D'accord. Et ça coûte combien, tout ça ?"),
                    ("Six cent cinquante dollars, et il faut compter à peu près six semaines.",
                     "Six semaines... bon. C'est long, mais c'est normal, je suppose."),
                    ("On peut venir la chercher dans trois jours avec la camionnette.",
                     "Très bien. Ah, et il y a un petit éclat sur le cadran émaillé, à côté du sept. Ne vous "
                     "inquiétez pas, il était déjà là, c'est pas vous."),
                    ("Merci de nous prévenir, on le note sur la fiche.",
                     "Et le cadran, il ne faut pas le repeindre, hein. Je veux qu'il reste comme il est."),
                    ("Promis, on n'y touche pas.", "Merci beaucoup. Au revoir !"),
                ],
                analysis_items(
                    "Révision de l'horloge comtoise", "Enlèvement de l'horloge pour l'atelier", "{+3}",
                    "Horloge comtoise de son grand-père; révision complète à l'atelier; devis 650 $; "
                    "environ six semaines", "finance", first_name="Gaëlle",
                ),
            ),
            Call(
                CLOCKS, 5, "fr", "Nouvelle adresse de livraison et devis révisé",
                "L'utilisatrice, Gaëlle Thibodeau, a appris que la fourchette de l'horloge comtoise est "
                "fendue et doit être remplacée, ce qui porte le devis à 720 $ ; elle a accepté. Elle "
                "déménage à Halifax pour son travail et demande que l'horloge soit livrée au 5521 Morris "
                "Street, Halifax, et non plus à Lunenburg. La livraison est prévue le {+12} l'après-midi.",
                [
                    ("Harbourside Clock Repair, Joëlle speaking.",
                     "Bonjour Joëlle, c'est encore Gaëlle. Walter m'a laissé un message, quelque chose avec "
                     "une fourchette ?"),
                    ("Oui, la fourchette, c'est la petite pièce qui transmet le mouvement au balancier. "
                     "Elle est fendue, il faut la remplacer.", "Ah. Et ça fait combien de plus ?"),
                    ("Soixante-dix dollars. Donc le total passe à sept cent vingt dollars.",
                     "Sept cent vingt. Bon, allez-y, de toute façon on ne va pas la laisser comme ça."),
                    ("Parfait. Elle sera prête dans une douzaine de jours.",
                     "Justement, euh, changement de programme : on déménage à Halifax. Pour mon travail, on "
                     "me mute là-bas."),
                    ("Félicitations ! Donc on livre où ?",
                     "Au 5521 Morris Street, à Halifax. Cinq, cinq, deux, un. Plus à Lunenburg, hein, on "
                     "rend la maison de Blue Rocks à la fin du mois."),
                    ("5521 Morris Street, c'est noté. Une livraison l'après-midi, ça vous va ?",
                     "L'après-midi, oui. Et il y a un escalier étroit, prévenez Walter. On est au deuxième "
                     "étage."),
                    ("Je le préviens. Vous voulez qu'il la remette en marche sur place ?",
                     "Oui, s'il vous plaît, moi je ne sais pas régler le... le battement, c'est ça ?"),
                    ("Oui, la mise au repère. Il s'en occupe.", "Super. Merci Joëlle !"),
                ],
                {"first_name": "Gaëlle"},
            ),
        ],
        questions=[
            Question(CLOCKS, "What kind of clock is it?", ("comtoise",)),
            Question(CLOCKS, "Who did the clock belong to before her?", ("grand-père", "grandfather")),
            Question(CLOCKS, "What's wrong with the pendulum?", ("bent", "tordu")),
            Question(CLOCKS, "Where should the clock be delivered?", ("morris street", "5521 morris"),
                     ("blue rocks",)),
            Question(CLOCKS, "What's the repair going to cost?", ("720", "sept cent vingt"),
                     ("650", "six cent cinquante")),
            Question(CLOCKS, "When is the clock coming back?", _day(5, 12)),
            Question(CLOCKS, "How long will the workshop need?", ("six weeks", "six semaines")),
            Question(CLOCKS, "Is there any damage to the face?", ("éclat", "chip")),
            Question(CLOCKS, "Does she want the dial touched up?",
                     ("repeindre", "repaint", "comme il est")),
            Question(CLOCKS, "Which region of France is the clock from?", ("jura",)),
            Question(CLOCKS, "How did the timepiece cross the ocean?", ("conteneur", "container")),
            Question(CLOCKS, "Which part pushed the price up?", ("fourchette", "crutch")),
            Question(CLOCKS, "What time was the home visit?", ("10 am", "dix heures", "10 h")),
            Question(CLOCKS, "Which floor is her new flat on?",
                     ("deuxième étage", "second floor", "2nd floor")),
            Question(CLOCKS, "Why is she moving to Halifax?",
                     ("travail", "me mute", "transferred", "for her job", "for work")),
            Question(CLOCKS, "What odd thing did it do after the move?",
                     ("treize coups", "thirteen", "13 strikes")),
            Question(CLOCKS, "Who's the clockmaker?", ("walter",)),
            Question(CLOCKS, "What does the overhaul include?",
                     ("suspension", "pivots", "nettoyage")),
            Question(CLOCKS, "What should the clockmaker be warned about at the new place?",
                     ("escalier étroit", "narrow stair")),
            Question(CLOCKS, "What's her husband's name?", ()),
            Question(CLOCKS, "How tall is the clock?", ()),
            Question(CLOCKS, "What year was the clock made?", ()),
            Question(CLOCKS, "What's her email address?", ()),
            Question(CLOCKS, "What was her grandfather's name?", ()),
            Question(CLOCKS, "What's the apartment number on Morris Street?", ()),
            Question(CLOCKS, "What wood is the clock case made of?", ()),
        ],
    ),
    # A couple on one phone building a house: a gate code, a long call whose middle holds three facts about
    # the site, a water test, an installation moved, facts of the last call in the turns only.
    Caller(
        number="+19025551603",
        names=("Shauna", "Colin"),
        calls=[
            Call(
                WELLS, 82, "en", "New drilled well for a new build",
                "The user, Shauna MacIsaac, asked for a drilled well for the house she and her husband Colin "
                "are building at Lot 7, Rossfield Road, Lochaber. The old dug well on the property ran dry "
                "last August. The agent booked a site visit for {+5} at 9 AM; the crew can get in through "
                "the gate at the bottom of the lane with the code she gave.",
                [
                    ("Deep Spring Well Drilling, Trudy speaking, how can I help you?",
                     "Hi, yes, hi. We're building a house and we need a well. Like, a real one, drilled."),
                    ("You've come to the right place! Can I get your name?",
                     "Shauna MacIsaac. That's M-A-C, capital I, S-A-A-C."),
                    ("Thanks, Shauna. Where's the property?",
                     "It's Lot 7 on Rossfield Road, out in Lochaber. There's no number yet, it's just Lot "
                     "7."),
                    ("Is there any water on the lot now?",
                     "There's an old dug well from the farmhouse that used to be there, but it ran dry last "
                     "August. Totally dry. Colin, my husband, says it was only ever twelve feet deep "
                     "anyway."),
                    ("Yeah, dug wells struggle in a dry summer. A drilled well is the way to go. We'd want "
                     "to do a site visit first.", "Sure. When can you come?"),
                    ("I've got five days from now, nine in the morning?",
                     "Nine's good. Oh, there's a gate at the bottom of the lane, the builder put it up. The "
                     "gate code is 8 4 7 3."),
                    ("Got it, I'll put that on the work order.", "And it's muddy, so, like, bring boots."),
                    ("Ha, we always do. See you then.", "Great, thanks Trudy."),
                ],
                analysis_items(
                    "New drilled well for a new build", "Site visit at Lot 7, Rossfield Road", "{+5}",
                    "Building a house at Lot 7, Rossfield Road, Lochaber; old dug well ran dry last August; "
                    "husband Colin", "none", first_name="Shauna",
                ),
            ),
            Call(
                WELLS, 64, "en", "Drilling plan and quote",
                "The user, Colin MacIsaac, went over the drilling quote for Lot 7, Rossfield Road after the "
                "site visit: $38 a foot for drilling plus 6-inch steel casing, with an estimated depth of "
                "200 to 300 feet. The drilling is booked for {+26}. Colin chatted about the new house and "
                "the area during the call.",
                long_call(
                    [
                        ("Deep Spring Well Drilling, Trudy speaking.",
                         "Hi Trudy, it's Colin MacIsaac. Shauna's husband? Lot 7, out Rossfield Road."),
                        ("Hi Colin! Ken said the site visit went great.",
                         "Yeah, yeah, he was great. Walked the whole lot with a, uh, a forked stick. I'm "
                         "kidding. He had a map."),
                        ("Ha! So you got the quote?",
                         "I did, I've got it here. So it's thirty-eight a foot for the drilling, is that "
                         "right?"),
                        ("Thirty-eight dollars a foot, yes, and then the casing on top of that.",
                         "And the casing's the steel one, six-inch?"),
                        ("Six-inch steel, yes. That's standard for a house well.",
                         "Okay. And how deep are we talking? Roughly. I know you can't know."),
                        ("Ken's estimate is two to three hundred feet. Most wells on that ridge come in "
                         "around there.", "Two to three hundred. Okay. Okay, I'm breathing."),
                        ("Ha. It's a good ridge for water.",
                         "That's what everyone says. My cousin says it's all luck."),
                        ("Anything else about the site?",
                         "Um, yeah, a couple of things Ken might not have written down. Hang on, let me find "
                         "my notes. Shauna wrote them on the back of an envelope."),
                    ],
                    [
                        ("Go ahead.",
                         "So, first, the septic field. It's east of the barn, behind it, like, don't put the "
                         "rig anywhere back there. The septic guy'll kill us."),
                        ("Noted, we'll keep the rig well clear of it.",
                         "And the culvert at the bottom of the lane, it's only rated for twenty tonnes. The "
                         "county guy said. Is your rig more than that?"),
                        ("The rig's about eighteen, so we're okay, but I'll tell the driver to go slow.",
                         "Good. And the last thing, our neighbours up the road, the Chisholms, their well "
                         "smells like rotten eggs. Sulphur. They're at a hundred and eighty feet. So if you "
                         "hit that, uh, maybe don't stop there?"),
                    ],
                    [
                        ("Ha, we'll see what the ground gives us. So, we've got you down for the drilling "
                         "in a bit under four weeks.",
                         "Perfect. The builder wants water before the drywall goes in."),
                        ("That should work. I'll text Shauna the exact date.",
                         "Yeah, text her, she's the organised one."),
                        ("Will do, Colin. Anything else?",
                         "No, I think that's it. Thanks, Trudy, sorry for going on."),
                        ("Not at all! Bye now.", "Bye."),
                    ],
                    acks=_WELL_ACKS,
                    talk=_WELL_TALK,
                ),
                {"first_name": "Colin"},
            ),
            Call(
                WELLS, 32, "en", "Well results and water treatment",
                "Shauna MacIsaac said the new well came in at 285 feet with a yield of six gallons per "
                "minute. The water test found arsenic at 0.014 mg/L, above the drinking water limit, plus "
                "hard water and iron. The agent recommended a water softener with an iron filter for the "
                "whole house and a reverse osmosis system under the kitchen sink for drinking water, quoted "
                "at $4,900 installed. Installation was booked for {+24}.",
                [
                    ("Deep Spring Well Drilling, Trudy speaking.",
                     "Hi Trudy, Shauna MacIsaac. So, we have water! Like, actual water."),
                    ("Congratulations! I saw the report, two hundred eighty-five feet.",
                     "Two eighty-five, yeah. Colin was standing there the whole time like it was the Stanley "
                     "Cup."),
                    ("Ha! And six gallons a minute, that's a good well.",
                     "That's good? Okay good. But the lab results came back and, um, there's arsenic?"),
                    ("There is a little, point zero one four milligrams per litre. The guideline's point "
                     "zero one, so it's over, but it's very treatable.",
                     "Oh thank god. I was googling at two in the morning."),
                    ("It's common around here. There's also hardness and some iron.",
                     "Yeah, the lab sheet said hard. The kettle in the site trailer is already crusty."),
                    ("So we'd recommend a softener with an iron filter for the whole house, and a reverse "
                     "osmosis system under the kitchen sink for drinking and cooking.",
                     "Okay, that makes sense. How much is all that?"),
                    ("Four thousand nine hundred, installed.",
                     "Forty-nine hundred. Okay. Yeah. Let's do it, we need it done before we move in."),
                    ("We can install in a little over three weeks.",
                     "Great. Can you email me the quote? Colin will want to read every line."),
                    ("Will do.", "Thanks Trudy!"),
                ],
                analysis_items(
                    "Well results and water treatment",
                    "Install softener, iron filter and reverse osmosis system", "{+24}",
                    "Well 285 feet, 6 gallons per minute; arsenic 0.014 mg/L; hard water and iron; "
                    "treatment quote $4,900", "health", first_name="Shauna",
                ),
            ),
            Call(
                WELLS, 8, "en", "Treatment installation moved",
                "Colin MacIsaac asked to move the water treatment installation to {+10} because the "
                "basement floor is being poured this week. He asked for potassium chloride instead of salt "
                "in the softener. The agent agreed.",
                [
                    ("Deep Spring Well Drilling, Trudy speaking.",
                     "Trudy, hi, Colin MacIsaac. Bad news, good news."),
                    ("Uh oh. Go on.",
                     "Bad news, the basement slab got delayed, they're pouring it this week, so your guys "
                     "can't get in for the install. Can we push it?"),
                    ("Sure. I can do ten days from today, eight-thirty in the morning.",
                     "Ten days, yeah. That works. The builder swears the floor'll be hard by then."),
                    ("And the good news?", "The good news is I read the whole quote. Every line. Shauna said "
                     "I would."),
                    ("Ha! Any questions?",
                     "Just one. For the softener, can we use potassium instead of the salt? I'm on a "
                     "low-sodium diet, doctor's orders, blood pressure."),
                    ("Absolutely, potassium chloride works fine, it's just a bit pricier per bag.",
                     "That's okay. And the pressure tank and all that, it's going in the utility room in "
                     "the basement, the little room at the bottom of the stairs."),
                    ("Perfect, I'll put that on the job sheet.", "Great. Thanks Trudy."),
                ],
                {"first_name": "Colin"},
            ),
        ],
        questions=[
            Question(WELLS, "Where is the new house being built?", ("rossfield road",)),
            Question(WELLS, "What happened to the old well?", ("ran dry",)),
            Question(WELLS, "How deep was the old dug well?", ("twelve feet", "12 feet")),
            Question(WELLS, "What's the drilling price per foot?", ("$38", "thirty-eight")),
            Question(WELLS, "What kind of casing?", ("6-inch", "six-inch", "6 inch")),
            Question(WELLS, "How deep did the new well come in?",
                     ("285", "two eighty-five", "two hundred eighty-five")),
            Question(WELLS, "How fast does the bore produce?", ("six gallons", "6 gallons")),
            Question(WELLS, "What did the lab find in the water?", ("arsenic",)),
            Question(WELLS, "What's going under the kitchen sink?", ("reverse osmosis",)),
            Question(WELLS, "When is the treatment system being installed?", _day(8, 10), _day(32, 24)),
            Question(WELLS, "What time will the installers arrive?", ("8:30", "eight-thirty")),
            Question(WELLS, "Why does Colin want potassium in the softener?",
                     ("low-sodium", "blood pressure")),
            Question(WELLS, "Where will the pressure tank go?", ("utility room",)),
            Question(WELLS, "Where's the septic field?", ("east of the barn",)),
            Question(WELLS, "What weight can the culvert take?", ("twenty tonnes", "20 tonnes")),
            Question(WELLS, "What's the matter with the neighbours' well?",
                     ("rotten eggs", "sulphur", "sulfur")),
            Question(WELLS, "Which neighbours have the smelly well?", ("chisholm",)),
            Question(WELLS, "How much is the treatment system?", ("4,900", "4900", "forty-nine hundred")),
            Question(WELLS, "When did they first get in touch about a well?", _day(82)),
            Question(WELLS, "What was the arsenic reading?", ("0.014", "point zero one four")),
            Question(WELLS, "Why was the install pushed back?", ("slab", "basement floor")),
            Question(WELLS, "What's the gate code?", ()),
            Question(WELLS, "What's the builder's name?", ()),
            Question(WELLS, "What's Shauna's email address?", ()),
            Question(WELLS, "Which brand of softener are they getting?", ()),
            Question(WELLS, "How many bedrooms does the new house have?", ()),
            Question(WELLS, "What blood pressure medication is Colin on?", ()),
            Question(WELLS, "When are they moving in?", ()),
        ],
    ),
    # A new mother of a Pilates studio and a blinds fitter: her postnatal health is the studio's alone (its
    # first analysis says "none"); a session day and time, a gap and a blind's colour corrected.
    Caller(
        number="+19025551604",
        names=("Imogen",),
        private_to={PILATES: ("diastasis", "c-section", "physiotherapist", "pelvic floor", "karam")},
        calls=[
            Call(
                PILATES, 52, "en", "Postnatal private reformer sessions",
                "The user, Imogen Dunphy, booked a package of five private reformer sessions for $375 with "
                "instructor Bex, on Tuesdays at 9:30 AM, starting {+6}. She had a C-section four months ago "
                "and has diastasis recti with a three-finger gap; her pelvic floor physiotherapist, Dr. "
                "Nadia Karam, has cleared her for gentle core work.",
                [
                    ("Core and Current Pilates, this is Noor, how can I help?",
                     "Hi! Um, hi. So I had a baby four months ago and I'm, like, desperate to get my core "
                     "back. Is that a thing you do?"),
                    ("It absolutely is, and congratulations! Can I get your name?",
                     "Imogen Dunphy. Imogen with an I, D-U-N-P-H-Y."),
                    ("Thanks, Imogen. Before we book, anything we should know, health-wise?",
                     "Yeah, so, it was a C-section, and I've got diastasis recti. The gap was three fingers "
                     "at my last check."),
                    ("Okay, that's really useful. Has anyone cleared you to exercise?",
                     "My pelvic floor physiotherapist, Dr. Karam. Nadia Karam. She said gentle core work is "
                     "fine, just no crunches and no planks yet."),
                    ("Perfect. For postnatal we'd start you one-to-one. Bex is our postnatal specialist.",
                     "Bex, okay. My friend had Bex, she loved her."),
                    ("We've got a package of five private reformer sessions for three hundred seventy-five "
                     "dollars.", "Three seventy-five, okay. Yeah, let's do it."),
                    ("Bex has Tuesdays at nine-thirty in the morning. You could start six days from now.",
                     "Tuesday nine-thirty works. Finnian naps at ten, usually, so my partner can have him."),
                    ("Lovely. See you then!", "Thank you so much."),
                ],
                analysis_items(
                    "Postnatal private reformer sessions", "First private session with Bex", "{+6}",
                    "Five private reformer sessions for $375; instructor Bex; Tuesdays at 9:30 AM; cleared "
                    "by her physiotherapist for gentle core work", "none", first_name="Imogen",
                ),
            ),
            Call(
                PILATES, 29, "en", "Private sessions moved to Thursdays",
                "Imogen Dunphy moved her remaining private sessions with Bex from Tuesdays at 9:30 AM to "
                "Thursdays at 1 PM. She can bring her baby in his car seat.",
                [
                    ("Core and Current Pilates, Noor speaking.",
                     "Hi Noor, it's Imogen Dunphy. The postnatal one? With Bex?"),
                    ("Hi Imogen! How are the sessions going?",
                     "Honestly, amazing. I can sneeze without, um, worrying. TMI, sorry."),
                    ("Ha, not at all, that's great to hear!",
                     "But the Tuesday mornings aren't working. Finnian's switched his nap and now he's, "
                     "like, a gremlin at half nine."),
                    ("Babies, eh? What would suit you better?",
                     "Could I do Thursdays, early afternoon? One o'clock?"),
                    ("Bex has Thursdays at one, yes. I'll move your remaining three sessions.",
                     "Amazing. And, um, is it okay if I bring him sometimes? In his car seat? He just "
                     "sleeps."),
                    ("Of course, he can sit in the corner by the mats.", "Perfect. You guys are the best."),
                ],
                {"first_name": "Imogen"},
            ),
            Call(
                PILATES, 7, "en", "Cleared for group classes",
                "Imogen Dunphy said Dr. Karam measured her diastasis gap at one finger and cleared her for "
                "group classes. She bought a 10-class pass for $220 and booked the Reformer Flow group "
                "class on {+5} at 10 AM.",
                [
                    ("Core and Current Pilates, Noor speaking.", "Noor! It's Imogen. Guess what."),
                    ("Tell me!",
                     "The gap's down to one finger! Dr. Karam measured it on Monday. She says I can do "
                     "group classes now."),
                    ("That's brilliant, well done! So you want to join a group class?",
                     "Yes. Something not too crazy. What's the one Bex said, the flow one?"),
                    ("Reformer Flow. It's a mixed-level class.",
                     "That one. And can I buy one of those class passes?"),
                    ("The ten-class pass is two hundred and twenty dollars, and it's good for three months.",
                     "Perfect, I'll take it. Same card as before."),
                    ("Great. There's a Reformer Flow in five days at ten a.m., shall I book you in?",
                     "Yes please. Ten's fine, my partner's home then."),
                    ("Done! Bex is teaching that one too.", "Yay. Okay, thank you!"),
                ],
                analysis_items(
                    "Cleared for group classes", "Reformer Flow group class", "{+5}",
                    "Diastasis gap now one finger; cleared for group classes; 10-class pass $220, valid "
                    "three months", "health", first_name="Imogen",
                ),
            ),
            Call(
                BLINDS, 41, "en", "Nursery blackout blind and living room roller",
                "The user, Imogen Dunphy, asked for a cordless blackout roller blind in Dove Grey for the "
                "nursery window, 34 1/2 inches wide by 58 inches high, inside mount, and a light-filtering "
                "roller in Linen for the living room. The agent booked a measure visit for {+3} at 2 PM at "
                "63 Agricola Street, Halifax.",
                [
                    ("Shadeline Blinds, Mitch speaking, how can I help?",
                     "Hi, I need blinds for a nursery, like, real blackout ones. The baby wakes up at five "
                     "with the sun."),
                    ("Oof, we hear that a lot. A blackout roller's the way to go. Can I get your name?",
                     "Imogen Dunphy."),
                    ("Thanks, Imogen. Have you got measurements?",
                     "I measured it myself, so, grain of salt. Thirty-four and a half inches wide, "
                     "fifty-eight high. Inside the frame."),
                    ("Inside mount, great. We'll check-measure anyway before we make it. Any colour in "
                     "mind?",
                     "The grey on your website, Dove Grey? And it has to be cordless, no dangly cords with "
                     "a baby."),
                    ("All our nursery blinds are cordless for child safety. Anything else?",
                     "Actually yeah, the living room. Just something light-filtering, a roller. The Linen "
                     "one."),
                    ("Lovely. I can get someone out to measure in three days, two o'clock?",
                     "Two's good. We're at sixty-three Agricola Street."),
                    ("Great. Anything the fitter should know?",
                     "Please, please don't ring the doorbell. Text me when you're outside. The baby naps "
                     "after lunch."),
                    ("Totally understood, I'll put it on the job.", "And how much, roughly, for both?"),
                    ("I'll email you a quote once we've measured, it depends on the final sizes.",
                     "Okay, fair. Thanks Mitch!"),
                ],
                analysis_items(
                    "Nursery blackout blind and living room roller", "Measure visit at 63 Agricola Street",
                    "{+3}",
                    "Cordless blackout roller in Dove Grey for the nursery, 34 1/2 x 58 inches, inside "
                    "mount; light-filtering roller in Linen for the living room; text instead of ringing "
                    "the doorbell", "none", first_name="Imogen",
                ),
            ),
            Call(
                BLINDS, 13, "en", "Nursery blind colour and installation",
                "Imogen Dunphy accepted the quote of $612 for both blinds and asked for the nursery blind in "
                "Sage. Installation is booked for {+9} at 2 PM.",
                [
                    ("Shadeline Blinds, Mitch speaking.", "Hi Mitch, Imogen Dunphy, the nursery blackout?"),
                    ("Hi Imogen! Did you get the quote?",
                     "Yes, six hundred and twelve for both, that's fine, let's go ahead."),
                    ("Great. Still the Dove Grey for the nursery?",
                     "So, funny story, we painted the nursery and the grey looks really cold now. Could it "
                     "be the Sage? The greeny one."),
                    ("Sage, no problem, same price.", "Amazing. The Linen for the living room stays."),
                    ("Installation in nine days at two o'clock?", "Perfect. Same deal, text me, don't ring."),
                    ("Of course.", "Thanks!"),
                ],
                {"first_name": "Imogen"},
            ),
        ],
        questions=[
            Question(PILATES, "Who teaches her private sessions?", ("bex",)),
            Question(PILATES, "Which day are her private sessions now?", ("thursday",), ("tuesday",)),
            Question(PILATES, "What time are her private sessions?", ("1 pm", "1pm", "one o'clock"),
                     ("9:30", "nine-thirty")),
            Question(PILATES, "What postnatal condition does she have?", ("diastasis",)),
            Question(PILATES, "How was the baby born?", ("c-section",)),
            Question(PILATES, "Who cleared her to exercise?", ("karam",)),
            Question(PILATES, "How wide is her abdominal gap now?", ("one finger",),
                     ("three-finger", "three fingers")),
            Question(PILATES, "When is her first group class?", _day(7, 5)),
            Question(PILATES, "Which group class did she book?", ("reformer flow",)),
            Question(PILATES, "How much did the class pass cost?", ("$220", "two hundred and twenty")),
            Question(PILATES, "How long is the pass valid?", ("three months",)),
            Question(PILATES, "Can she bring the baby along?", ("car seat",)),
            Question(PILATES, "What's the baby called?", ("finnian",)),
            Question(PILATES, "What did the private package cost?",
                     ("$375", "three seventy-five", "three hundred seventy-five")),
            Question(PILATES, "Which moves is she not allowed yet?", ("crunches", "planks")),
            Question(PILATES, "What's her partner's name?", ()),
            Question(PILATES, "Which hospital did she give birth at?", ()),
            Question(PILATES, "What's Dr. Karam's phone number?", ()),
            Question(PILATES, "What's her date of birth?", ()),
            Question(BLINDS, "What kind of blind is going in the nursery?", ("blackout",)),
            Question(BLINDS, "What colour is the nursery blind?", ("sage",), ("dove grey",)),
            Question(BLINDS, "How wide is the nursery window?", ("34 1/2", "thirty-four and a half")),
            Question(BLINDS, "How is the nursery blind mounted?", ("inside mount", "inside the frame")),
            Question(BLINDS, "What's going in the living room?", ("linen", "light-filtering")),
            Question(BLINDS, "How should the fitter let her know they've arrived?",
                     ("doorbell", "text me", "text instead")),
            Question(BLINDS, "When is the installation?", _day(13, 9)),
            Question(BLINDS, "What's the address?", ("agricola",)),
            Question(BLINDS, "How much is the blinds quote?", ("612", "six hundred and twelve")),
            Question(BLINDS, "Why did she go off the grey?", ("painted the nursery", "really cold")),
            Question(BLINDS, "Has she had any surgery recently?", ()),
            Question(BLINDS, "Is she seeing any health professional?", ()),
            Question(BLINDS, "What's the baby's date of birth?", ()),
            Question(BLINDS, "What colour is the nursery painted?", ()),
        ],
    ),
    # A chatty retired teacher: a long call whose middle holds a garage code and three facts, the code
    # copied into a later call's analysis, a colour chosen again and the installation moved.
    Caller(
        number="+19025551605",
        names=("Everett",),
        calls=[
            Call(
                GUTTERS, 50, "en", "Overflowing gutters and rotten fascia",
                "The user, Everett Crowell, called because the gutters at the back of his house at 212 "
                "Highland Avenue, Wolfville overflow in heavy rain and the fascia boards on the north side "
                "are rotten. The agent booked an estimator visit for {+6} at 1 PM. Everett chatted about "
                "the town, his late wife and the weather.",
                long_call(
                    [
                        ("Fundy Gutter and Fascia, Darlene speaking, how can I help you today?",
                         "Oh, hello there. Yes. Is this the gutter people? My daughter wrote your number on "
                         "the fridge."),
                        ("It is! What can we do for you?",
                         "Well, the eavestroughs. The back ones. Every time it rains hard, it just comes "
                         "over the top like Niagara Falls. Right down past the kitchen window."),
                        ("Oh dear. Sounds like they might be clogged, or sagging.",
                         "Sagging, I'd say. One end's lower than the other, you can see it from the yard. "
                         "And the boards behind them, the, ah, what do you call them."),
                        ("The fascia?",
                         "The fascia, that's it. On the north side they're rotten. I put a screwdriver in "
                         "one and it went in like butter."),
                        ("That's not good, that'll need replacing. Can I get your name?",
                         "Everett Crowell. Two Ls at the end. Crowell."),
                        ("And the address, Everett?",
                         "Two twelve Highland Avenue. In Wolfville. The yellow house, up the hill from the "
                         "university."),
                        ("Lovely. How old are the gutters, do you know?",
                         "Oh, Lord. We put them up in... well, my wife would have known. A long time ago."),
                        ("That's okay. Are they the five-inch ones, do you think?",
                         "I couldn't tell you, dear. Normal ones. White. Well, they were white."),
                    ],
                    [
                        ("Okay.",
                         "Now, if your fellas come round back, mind the wasps. There's a nest up under the "
                         "eave over the back porch, a big grey papery thing. I don't use that door anymore."),
                        ("We'll warn them, thank you.",
                         "And by the front steps there's my wife's climbing rose on the trellis. Please "
                         "don't let them put a ladder in it. She planted it the year we moved in."),
                        ("We'll be careful with it, I promise.",
                         "And the long ladder's in the garage if they want it, it's a good one. The garage "
                         "code is 5 8 3 7, the keypad's by the side door."),
                        ("Thank you, I'll make a note.",
                         "Oh, and the downspout on the back corner, it runs into an old cistern under the "
                         "lawn. Cracked, I think. My son-in-law says it ought to go to a rain barrel "
                         "instead."),
                    ],
                    [
                        ("That's a good idea. So, I'd like to send our estimator out to measure and give "
                         "you a price.", "That'd be grand. When could they come?"),
                        ("How about six days from now, at one o'clock?",
                         "One o'clock. After my lunch. Yes, that's fine."),
                        ("Perfect. He'll measure everything and go over the options with you.",
                         "Good, good. You've been very kind, Darlene. Letting an old man ramble."),
                        ("Not at all, Everett. Take care now.", "You too, dear. Bye now."),
                    ],
                    acks=_GUTTER_ACKS,
                    talk=_GUTTER_TALK,
                    start=4,
                ),
                analysis_items(
                    "Overflowing gutters and rotten fascia", "Estimator visit at 212 Highland Avenue",
                    "{+6}",
                    "212 Highland Avenue, Wolfville; back gutters sagging and overflowing; north side "
                    "fascia rotten", "none", first_name="Everett",
                ),
            ),
            Call(
                GUTTERS, 34, "en", "Gutter and fascia quote accepted",
                "The estimator measured 148 feet of gutter at Everett Crowell's house. The agent quoted "
                "$3,860 to replace all gutters with seamless 6-inch aluminum K-style gutters in Musket "
                "Brown, replace the rotten fascia boards and wrap the fascia in aluminum, and add leaf "
                "guards. Everett accepted and the installation was booked for {+39}.",
                [
                    ("Fundy Gutter and Fascia, Darlene speaking.",
                     "Hello, Darlene, it's Everett Crowell. On Highland. Your young man came out and "
                     "measured."),
                    ("Hi Everett! Yes, Tyler. I've got his numbers here. A hundred and forty-eight feet of "
                     "gutter all round.", "That many! Well, it's a rambling old house."),
                    ("He's recommending six-inch seamless aluminum, the K-style. They carry a lot more "
                     "water than the ones you've got.", "Six-inch, if he says so."),
                    ("And for the fascia, we'd replace the rotten boards and wrap them all in aluminum, so "
                     "you never have to paint them again.",
                     "Never paint again. Now that's music to my ears."),
                    ("For the colour, to match your trim, he suggested Musket Brown.",
                     "Brown, yes, the trim's brown. Fine."),
                    ("And he'd add leaf guards, with the maple out back.",
                     "Oh, that maple. Yes, leaf guards."),
                    ("All in, that's three thousand eight hundred and sixty dollars.",
                     "Hmm. Well. It has to be done. Yes, go ahead."),
                    ("Our crews are busy, the first install slot is five or six weeks out.",
                     "Six weeks. Well, it's waited this long. The long ladder's still in the garage if "
                     "they want it."),
                ],
                analysis_items(
                    "Gutter and fascia quote accepted",
                    "Install seamless gutters, fascia wrap and leaf guards", "{+39}",
                    "148 ft of 6-inch seamless aluminum gutter in Musket Brown; fascia wrapped in aluminum; "
                    "leaf guards; quote $3,860; garage code 5837 for the long ladder", "finance",
                    first_name="Everett",
                ),
            ),
            Call(
                GUTTERS, 4, "en", "Colour change and new installation date",
                "Everett Crowell asked for the gutters in black instead of Musket Brown, at his daughter "
                "Lenore's suggestion; the price is the same. The installation was moved to {+17} so that "
                "Lenore can be there. He will pay by cheque on the day.",
                [
                    ("Fundy Gutter and Fascia, Darlene speaking.",
                     "Darlene, hello, Everett Crowell again. I've had my daughter on at me."),
                    ("Uh oh! What about?",
                     "The colour. Lenore says the brown makes the house look like nineteen seventy-eight. "
                     "She says black. Black's the thing now, apparently."),
                    ("Black looks great on a yellow house, honestly.",
                     "That's what she said. So black, please. Not the brown."),
                    ("Black it is. Same price.",
                     "Good. And the other thing, she wants to be here when your crew comes, she's coming "
                     "down from Truro. Could we move it later by a few days?"),
                    ("Let me look... I can do eight days after your original date.",
                     "That'd suit her. She gets in that morning."),
                    ("Perfect. How would you like to pay?",
                     "Cheque. I always pay by cheque. I'll have it written out on the day."),
                    ("That's fine. See you then, Everett.", "Thank you, dear. Bye now."),
                ],
                {"first_name": "Everett"},
            ),
        ],
        questions=[
            Question(GUTTERS, "What colour are the new gutters?", ("black",), ("musket brown",)),
            Question(GUTTERS, "How big are the new gutters?", ("6-inch", "six-inch")),
            Question(GUTTERS, "Which side has the rotten fascia?", ("north side",)),
            Question(GUTTERS, "What's the total price?",
                     ("3,860", "3860", "three thousand eight hundred and sixty")),
            Question(GUTTERS, "Are leaf guards included?", ("leaf guard",)),
            Question(GUTTERS, "What's under the eave above the back porch?", ("wasp",)),
            Question(GUTTERS, "What mustn't the crew lean a ladder against?", ("climbing rose", "trellis")),
            Question(GUTTERS, "Where does the back corner downspout drain?", ("cistern",)),
            Question(GUTTERS, "What did his son-in-law suggest for that downspout?", ("rain barrel",)),
            Question(GUTTERS, "When is the installation?", _day(4, 17), _day(34, 39)),
            Question(GUTTERS, "How will he pay?", ("cheque",)),
            Question(GUTTERS, "What's his daughter called?", ("lenore",)),
            Question(GUTTERS, "Where is his daughter coming from?", ("truro",)),
            Question(GUTTERS, "What's his address?", ("highland avenue", "212 highland")),
            Question(GUTTERS, "Who measured the house?", ("tyler",)),
            Question(GUTTERS, "How many feet of gutter?", ("148", "hundred and forty-eight")),
            Question(GUTTERS, "Why do the back gutters overflow?", ("sagging",)),
            Question(GUTTERS, "When did the estimator come out?", _day(50, 6)),
            Question(GUTTERS, "Which tree is dropping leaves in them?", ("maple",)),
            Question(GUTTERS, "How will the trim boards be finished so he never paints them?", ("wrap",)),
            Question(GUTTERS, "What's the garage code?", ()),
            Question(GUTTERS, "What's Lenore's phone number?", ()),
            Question(GUTTERS, "What was his late wife's name?", ()),
            Question(GUTTERS, "What's the roof made of?", ()),
            Question(GUTTERS, "How many downspouts does the house have?", ()),
            Question(GUTTERS, "How old is the house?", ()),
            Question(GUTTERS, "What's his son-in-law's name?", ()),
        ],
    ),
    # An Airbnb host of a key-cutting and shoe-repair kiosk: a key safe code said in passing, a number of
    # copies corrected (left out of the analysis), a last call with no analysis at all.
    Caller(
        number="+19025551606",
        names=("Tamsin",),
        calls=[
            Call(
                KEYS, 40, "en", "Key copies and boot resole",
                "The user, Tamsin Okoro, asked for three copies of her front door key and two mailbox keys "
                "for her Airbnb. The front door key is a Medeco high-security key, which can only be copied "
                "with its key card. She also wants her Blundstone boots resoled.",
                [
                    ("Heel and Key at Mic Mac Mall, Raj speaking.",
                     "Hey! Um, quick question, do you guys cut, like, fancy keys? High-security ones?"),
                    ("Depends which. What brand?",
                     "It says Medeco on it. M-E-D-E-C-O. It's for the front door of my Airbnb."),
                    ("Medeco we can do, but only with the key card, the little ID card that came with the "
                     "lock.", "Oh. Ugh. I think the card's in a drawer somewhere. I'll find it."),
                    ("How many copies were you after?",
                     "Three of the front door, and, uh, two of the mailbox key, that one's just a normal "
                     "little one."),
                    ("No problem. Anything else?",
                     "Yeah, my Blundstones. The soles are, like, bald. Can you resole them?"),
                    ("We can, bring them in and we'll take a look.",
                     "Cool. Honestly the Airbnb is eating my life. I keep one set in the key safe by the "
                     "door, the key safe code is 4 9 1 6, and I swear I've forgotten it three times this "
                     "month."),
                    ("Ha, maybe don't tell too many people that!",
                     "Oh God, yeah. Pretend you didn't hear that. Okay, I'll come by Saturday with "
                     "everything."),
                    ("See you Saturday.", "Thanks!"),
                ],
                {"first_name": "Tamsin"},
            ),
            Call(
                KEYS, 24, "en", "More key copies and Vibram soles",
                "Tamsin Okoro said one of the Medeco copies sticks in the lock, and the kiosk will recut it "
                "free. She now needs five copies of the front door key instead of three, for her new "
                "co-host and her cleaner. Her Blundstones will be resoled with Vibram soles for $95, ready "
                "on {+5}.",
                [
                    ("Heel and Key, Raj speaking.",
                     "Hi Raj, it's Tamsin, I brought in the Medeco key with the card on Saturday?"),
                    ("Hi Tamsin! How are the copies?",
                     "So, two are perfect, but one of them sticks. Like, you have to jiggle it and pray."),
                    ("Bring it back, we'll recut it, no charge.",
                     "Amazing. And actually, can I get more? I need five of the front door, not three. I've "
                     "got a co-host now, and the cleaner needs one."),
                    ("Five in total, so two more. Sure.", "Perfect. And the boots, what did you decide?"),
                    ("We'd do a full Vibram sole, ninety-five dollars. Ready in five days.",
                     "Ninety-five, fine. Vibram, fancy."),
                    ("They'll outlast the uppers!", "Ha. Okay, thanks Raj."),
                ],
                analysis_items(
                    "Key recut and boot resole", "Recut the sticking Medeco copy; boots ready for pickup",
                    "{+5}",
                    "Airbnb host; Medeco key copied with its key card; Blundstone boots resoled with "
                    "Vibram soles for $95", "none", first_name="Tamsin",
                ),
            ),
            Call(
                KEYS, 3, "en", "Pet tag, key tags and a bag strap",
                "Tamsin Okoro asked for an engraved bone-shaped pet tag for her dog Mochi and colour-coded "
                "key tags: red for the front door keys, blue for the mailbox. She also wants the strap of "
                "her leather handbag restitched. Everything will be ready on {+2}.",
                [
                    ("Heel and Key, Raj speaking.",
                     "Raj, hi, it's Tamsin again, your most annoying customer."),
                    ("Ha, never. What's up?", "Okay so, three things. One, do you engrave pet tags?"),
                    ("We do. Bone-shaped or round?",
                     "Bone, obviously. For my dog, Mochi. M-O-C-H-I. And my number on the back."),
                    ("Easy. Two?",
                     "Two, can you put coloured tags on the keys so my guests stop mixing them up? Red for "
                     "the front door, blue for the mailbox."),
                    ("Red front, blue mailbox, done. And three?",
                     "My leather handbag, the strap's coming unstitched at one end. Can you restitch it?"),
                    ("We can. All of it'll be ready in two days.", "You're a legend."),
                ],
                {},
            ),
        ],
        questions=[
            Question(KEYS, "How many front door copies does she need?", ("five copies", "5 copies"),
                     ("three copies", "3 copies")),
            Question(KEYS, "What make is her high-security key?", ("medeco",)),
            Question(KEYS, "What's needed to copy the Medeco?", ("key card",)),
            Question(KEYS, "Which boots are being resoled?", ("blundstone",)),
            Question(KEYS, "What soles are going on her boots?", ("vibram",)),
            Question(KEYS, "How much is the resole?", ("$95", "ninety-five")),
            Question(KEYS, "When will the boots be ready?", _day(24, 5)),
            Question(KEYS, "What's wrong with one of the copies?", ("sticks", "jiggle")),
            Question(KEYS, "What's her dog called?", ("mochi",)),
            Question(KEYS, "What shape is the pet tag?", ("bone",)),
            Question(KEYS, "Which colour marks the mailbox keys?", ("blue",)),
            Question(KEYS, "What are the keys for?", ("airbnb",)),
            Question(KEYS, "What's being fixed on her bag?", ("strap",)),
            Question(KEYS, "Why does she need extra copies?", ("co-host", "cleaner")),
            Question(KEYS, "How many mailbox keys did she want?", ("two mailbox", "two of the mailbox")),
            Question(KEYS, "When is the pet tag ready?", _day(3, 2)),
            Question(KEYS, "What goes on the back of the tag?", ("my number", "her number")),
            Question(KEYS, "What's the key safe code?", ()),
            Question(KEYS, "What's the co-host's name?", ()),
            Question(KEYS, "What size are her boots?", ()),
            Question(KEYS, "Where is the Airbnb?", ()),
            Question(KEYS, "What breed is Mochi?", ()),
            Question(KEYS, "What's the cleaner's phone number?", ()),
            Question(KEYS, "What's the number of her mailbox?", ()),
        ],
    ),
    # A daughter planning her mother's 70th at a Nordic spa: a long call whose middle holds three facts,
    # the group grown (the celiac guest left out of the analysis), the birthday girl's massage upgraded.
    Caller(
        number="+19025551607",
        names=("Lorna",),
        calls=[
            Call(
                SAUNA, 30, "en", "Spa day for mum's 70th",
                "The user, Lorna Beaton, booked a spa day for her mother Isobel's 70th birthday for a group "
                "of six on {+39}. They chose the Nordic Ritual package at $189 per person, with the sauna "
                "circuit, the cold plunge, a 60-minute massage and lunch. Lorna chatted about her family "
                "and her mother's life in Baddeck.",
                long_call(
                    [
                        ("Birchwood Nordic Spa, Sigrid speaking, how can I help?",
                         "Hi Sigrid! Okay, so, I'm trying to organize a spa day for my mum's seventieth and "
                         "I have no idea what I'm doing."),
                        ("Oh, how fun! Happy to help. Can I get your name?", "Lorna Beaton. B-E-A-T-O-N."),
                        ("And how many of you would there be, Lorna?",
                         "Six, I think. Me, Mum, my two sisters, my aunt, and my cousin."),
                        ("Lovely. Do you have a date in mind?",
                         "Her birthday's midweek, but nobody can do midweek, so a weekend after that?"),
                        ("I've got space for six about five and a half weeks from now.",
                         "Oh, that's perfect, that's just after her birthday."),
                        ("Great. For groups we recommend the Nordic Ritual: the full sauna circuit, the "
                         "cold plunge, a sixty-minute massage and lunch in the lodge.",
                         "That sounds amazing. How much is that?"),
                        ("It's a hundred and eighty-nine dollars per person.",
                         "Okay. Okay, that's fine, we're splitting it."),
                        ("And what's your mum's name, for the booking?",
                         "Isobel. Isobel Beaton. With an O-B-E-L, not A-B-E-L."),
                    ],
                    [
                        ("Okay.",
                         "Oh, and she is obsessed with lavender. Like, her whole house smells of it. Could "
                         "her massage oil be lavender?"),
                        ("Absolutely, we can do that.",
                         "And my cousin Moira uses a wheelchair. Is everything step-free? The relaxation "
                         "room and all that?"),
                        ("The lodge and the relaxation room are fully step-free, and we have a pool lift "
                         "for the warm pool.", "Oh, brilliant, she'll be so pleased."),
                        ("Anything else?",
                         "Yes, the big one: it's a surprise. Mum has no idea. So please don't call her "
                         "house, the landline's in her name and she'll pick up."),
                    ],
                    [
                        ("Our lips are sealed! I'll note to only contact you.",
                         "Thank you. Okay, I think that's everything for now."),
                        ("I'll email you the booking confirmation and the deposit link.",
                         "Perfect. Sorry for keeping you so long!"),
                        ("Not at all, it's been lovely. Bye, Lorna!", "Bye!"),
                    ],
                    acks=_SPA_ACKS,
                    talk=_SPA_TALK,
                    start=2,
                ),
                analysis_items(
                    "Spa day for mum's 70th birthday", "Send booking confirmation and deposit link", "",
                    "Mother Isobel's 70th birthday; group of six; Nordic Ritual package at $189 per person",
                    "none", first_name="Lorna",
                ),
            ),
            Call(
                SAUNA, 18, "en", "Group size and deposit",
                "Lorna Beaton increased the spa day booking from six to eight guests because two of her "
                "mother's friends from the choir are joining. She paid the $300 deposit. One guest has "
                "celiac disease and needs a gluten-free lunch.",
                [
                    ("Birchwood Nordic Spa, Sigrid speaking.",
                     "Hi Sigrid, Lorna Beaton, the seventieth birthday group?"),
                    ("Hi Lorna! How's the planning?",
                     "Growing! Two of Mum's friends from the choir found out, so we're eight now, not six. "
                     "Is that okay?"),
                    ("Let me check... yes, I can fit eight on that day.",
                     "Phew. Okay. And I paid the deposit just now, the three hundred."),
                    ("Yes, I see the three hundred dollars, thank you.",
                     "Great. Oh, and one of the choir ladies is celiac. Proper celiac, not trendy. Can "
                     "lunch be gluten-free for her?"),
                    ("Of course, our kitchen does a full gluten-free menu.", "Amazing. Thank you!"),
                ],
                analysis_items(
                    "Group size increased", "", "",
                    "Group of eight for her mother's 70th; two friends from the choir added; $300 deposit "
                    "paid", "none", first_name="Lorna",
                ),
            ),
            Call(
                SAUNA, 6, "en", "Hot stone massage for the birthday girl",
                "Lorna Beaton asked to upgrade her mother's massage to a 90-minute hot stone massage and "
                "will pay the $65 difference herself. The group should arrive by 9:30 AM on {+15}.",
                [
                    ("Birchwood Nordic Spa, Sigrid speaking.",
                     "Sigrid, hi, it's Lorna again. Last thing, I promise. Probably."),
                    ("Ha, call any time!",
                     "Could Mum have something more special than the regular massage? It's her birthday."),
                    ("We could upgrade her to our ninety-minute hot stone massage. It's sixty-five dollars "
                     "more.", "Hot stone, yes! I'll pay the difference, don't put it on the group."),
                    ("Done, I'll charge it to you separately. And the group should arrive by nine-thirty on "
                     "the day.",
                     "Nine-thirty, got it. I'll tell the choir ladies, they're always early anyway."),
                    ("Perfect.", "Thanks Sigrid, you're a star."),
                ],
                {"first_name": "Lorna"},
            ),
        ],
        questions=[
            Question(SAUNA, "How many people are coming to the spa day?", ("eight", "8 guests", "8 people"),
                     ("six guests", "group of six", "group of 6")),
            Question(SAUNA, "Whose birthday is it?", ("isobel",)),
            Question(SAUNA, "Which birthday are they celebrating?", ("70th", "seventieth")),
            Question(SAUNA, "Which package did they book?", ("nordic ritual",)),
            Question(SAUNA, "What's the price per person?", ("189", "hundred and eighty-nine")),
            Question(SAUNA, "Which scent does the guest of honour love?", ("lavender",)),
            Question(SAUNA, "Who in the group uses a wheelchair?", ("moira",)),
            Question(SAUNA, "Is there a way into the warm pool for someone who can't use steps?",
                     ("pool lift",)),
            Question(SAUNA, "Why shouldn't we phone the mother's house?", ("surprise",)),
            Question(SAUNA, "Any dietary needs in the group?", ("celiac", "gluten")),
            Question(SAUNA, "How much was the deposit?", ("$300", "three hundred")),
            Question(SAUNA, "What massage is the mother getting?", ("hot stone",)),
            Question(SAUNA, "How long is her massage?", ("90-minute", "ninety-minute"),
                     ("60-minute", "sixty-minute")),
            Question(SAUNA, "Who is paying for the upgrade?", ("difference herself", "pay the difference")),
            Question(SAUNA, "What time should the group arrive?", ("9:30", "nine-thirty")),
            Question(SAUNA, "When is the spa day?", _day(6, 15)),
            Question(SAUNA, "Who are the two extra guests?", ("choir",)),
            Question(SAUNA, "When did she last ring about the spa day?", _day(6)),
            Question(SAUNA, "Which guest has celiac disease?", ()),
            Question(SAUNA, "What's Isobel's phone number?", ()),
            Question(SAUNA, "What is Moira's surname?", ()),
            Question(SAUNA, "Which therapist will do the hot stone massage?", ()),
            Question(SAUNA, "Is anyone in the group pregnant?", ()),
            Question(SAUNA, "What are her sisters' names?", ()),
            Question(SAUNA, "How will she pay the balance?", ()),
        ],
    ),
    # A blinds client who works away from home: a door code and an alarm code for the fitters, three
    # corrections in one call (skylights, control, colour) and the installation moved.
    Caller(
        number="+19025551608",
        names=("Declan",),
        calls=[
            Call(
                BLINDS, 66, "en", "Motorized skylight shades",
                "The user, Declan Hynes, asked for motorized cellular shades for three kitchen skylights "
                "and the large living room window at 19 Kearney Lake Road, Halifax. He wants Somfy motors "
                "that work with Google Home. The agent booked a measure visit for {+7} at 4 PM.",
                [
                    ("Shadeline Blinds, Mitch speaking.",
                     "Hey Mitch. Declan Hynes. Looking for shades for skylights. Is that a thing you do, or "
                     "is that crazy?"),
                    ("Not crazy at all, we do skylights all the time. How many?",
                     "Three in the kitchen. The previous owner loved light. I do not. It's like cooking "
                     "inside a greenhouse in July."),
                    ("Ha. For skylights I'd go cellular, the honeycomb ones, they insulate too. And "
                     "motorized, since they're out of reach.",
                     "Motorized, yeah. Can they work with Google Home? Everything in this house talks to "
                     "Google."),
                    ("With Somfy motors, yes, they integrate with Google Home.",
                     "Somfy, great. And while you're at it, the big living room window. Same thing, it's "
                     "huge."),
                    ("No problem. I'll send someone to measure. Address?",
                     "Nineteen Kearney Lake Road. In Halifax, by the lake."),
                    ("We could come in a week, at four in the afternoon?", "Four's good, I'm home by then."),
                    ("Perfect.", "Thanks, man."),
                ],
                analysis_items(
                    "Motorized skylight shades", "Measure visit at 19 Kearney Lake Road", "{+7}",
                    "Three kitchen skylights and the living room window; cellular shades; Somfy motors with "
                    "Google Home", "none", first_name="Declan",
                ),
            ),
            Call(
                BLINDS, 45, "en", "Shade quote accepted and fitter access",
                "Declan Hynes accepted a quote of $2,940 for motorized cellular shades in Chalk for the "
                "three skylights and the living room window. The installation is booked for {+35}. The "
                "fitters will let themselves in while he is at work; he gave the door and alarm codes.",
                [
                    ("Shadeline Blinds, Mitch speaking.",
                     "Mitch, Declan Hynes. Got your quote. Twenty-nine forty, right?"),
                    ("Two thousand nine hundred and forty, yes, for all four shades with the Somfy motors.",
                     "Yeah, let's do it. Colour, I liked the Chalk sample."),
                    ("Chalk, great. Our install slot is about five weeks out.",
                     "Fine. I'll be at work though, so your guys will have to let themselves in."),
                    ("That works, a lot of clients do that.",
                     "Front door's a keypad, the door code is 1 9 6 4. Then the alarm panel's right inside "
                     "the mudroom, alarm code is 7 2 5 8."),
                    ("Got it, I'll put them on the job sheet for the fitters only.",
                     "And there's a cat. Juniper. She'll hide, just don't let her out."),
                    ("Will do.", "Cheers."),
                ],
                {"first_name": "Declan"},
            ),
            Call(
                BLINDS, 17, "en", "Shade order changes",
                "Declan Hynes cancelled the shade for the smallest skylight, so two skylights and the living "
                "room window will be done. He asked for a wall switch instead of a handheld remote and "
                "changed the fabric colour from Chalk to Driftwood. The installation moved to {+30}.",
                [
                    ("Shadeline Blinds, Mitch speaking.", "Mitch, it's Declan. A few changes, sorry."),
                    ("No worries, go ahead.",
                     "So the little skylight, the one over the pantry, forget it. Just do the two big ones. "
                     "And the living room."),
                    ("Two skylights plus the living room window, okay. That brings the price down, I'll "
                     "send a revised quote.",
                     "Great. And the remote, can we do a wall switch instead? I will lose a remote in a "
                     "day."),
                    ("A wall switch by the kitchen door, sure.",
                     "And... I know, I know. The colour. Chalk looked fine in the store but in my kitchen "
                     "it's, like, hospital. Driftwood instead."),
                    ("Driftwood, got it. That one takes longer to make, so I'll have to move the install "
                     "back three weeks or so.", "That's fine, no rush, the sun isn't going anywhere."),
                    ("I'll confirm the date by email.", "Thanks Mitch."),
                ],
                analysis_items(
                    "Shade order changes", "Send revised quote; install two skylight shades and the living "
                    "room shade", "{+30}",
                    "Two skylights and the living room window; wall switch instead of remote; Driftwood "
                    "fabric", "none", first_name="Declan",
                ),
            ),
        ],
        questions=[
            Question(BLINDS, "What type of shades is he getting?", ("cellular", "honeycomb")),
            Question(BLINDS, "Which motor brand?", ("somfy",)),
            Question(BLINDS, "What smart-home system should they work with?", ("google home",)),
            Question(BLINDS, "How many skylights are getting shades?", ("two skylights", "2 skylights"),
                     ("three skylights", "three kitchen skylights", "3 skylights")),
            Question(BLINDS, "Which skylight was dropped?", ("pantry",)),
            Question(BLINDS, "What fabric colour did he pick?", ("driftwood",), ("chalk",)),
            Question(BLINDS, "How will he operate the shades?", ("wall switch",), ("handheld remote",)),
            Question(BLINDS, "When is the installation?", _day(17, 30), _day(45, 35)),
            Question(BLINDS, "What was the original quote?", ("2,940", "2940", "twenty-nine forty")),
            Question(BLINDS, "Where's the alarm panel?", ("mudroom",)),
            Question(BLINDS, "What's the cat's name?", ("juniper",)),
            Question(BLINDS, "What's the address?", ("kearney lake",)),
            Question(BLINDS, "Why does he dislike the skylights?", ("greenhouse",)),
            Question(BLINDS, "What did he think the first colour looked like at home?", ("hospital",)),
            Question(BLINDS, "What's the alarm code?", ()),
            Question(BLINDS, "What's the front door code?", ()),
            Question(BLINDS, "What does the revised quote come to?", ()),
            Question(BLINDS, "How wide is the living room window?", ()),
            Question(BLINDS, "What's his partner's name?", ()),
            Question(BLINDS, "Where does he work?", ()),
            Question(BLINDS, "What breed is the cat?", ()),
        ],
    ),
    # A Norwegian Pilates member who also buys a spa gift card: a preferred class time changed by a new
    # job, a freeze with a date, the gift card's details with a finance category and no date.
    Caller(
        number="+19025551609",
        names=("Sunniva",),
        calls=[
            Call(
                PILATES, 37, "en", "Unlimited membership sign-up",
                "The user, Sunniva Halvorsen, signed up for an unlimited monthly membership at $165 a month. "
                "She prefers evening classes at 6 PM and wants to try the Jumpboard class. She was referred "
                "by her friend Katrin.",
                [
                    ("Core and Current Pilates, Noor speaking.",
                     "Hi there, hello. I would like to sign up, I think. For, um, the unlimited thing?"),
                    ("The unlimited monthly membership, great! Can I get your name?",
                     "Sunniva Halvorsen. S-U-N-N-I-V-A. It's Norwegian."),
                    ("Beautiful name. It's a hundred and sixty-five a month, cancel any time.",
                     "Okay, good. My friend Katrin goes to you, she says I must come, so here I am."),
                    ("Katrin! We love Katrin. She gets a free class for the referral.",
                     "Ha, she will be happy. She told me to try the Jumpboard class, the one with the "
                     "jumping?"),
                    ("Jumpboard's great, it's a cardio class on the reformer. When do you like to train?",
                     "Evenings. Six o'clock, after work, is best for me."),
                    ("We have classes at six most weeknights. You'll need grip socks, we sell them here.",
                     "Ah, I have some from home. Size medium, they are fine?"),
                    ("Perfect, medium's fine.", "Good. Then I start this week."),
                ],
                analysis_items(
                    "Unlimited membership sign-up", "", "",
                    "Unlimited monthly membership $165; prefers 6 PM evening classes; wants to try "
                    "Jumpboard; referred by Katrin", "none", first_name="Sunniva",
                ),
            ),
            Call(
                PILATES, 15, "en", "Membership freeze and morning classes",
                "Sunniva Halvorsen froze her membership for three weeks from {+4} while she visits her "
                "family in Tromsø, Norway. When she is back she will come to the 7:15 AM classes instead of "
                "evenings because of her new job.",
                [
                    ("Core and Current Pilates, Noor speaking.",
                     "Hei, hello Noor, it's Sunniva. Can I... pause? Freeze? The membership?"),
                    ("Sure, you can freeze it for up to a month. How long?",
                     "Three weeks. I go home to Tromsø, to my parents, in four days. My father turns "
                     "eighty."),
                    ("Oh, lovely! Three weeks frozen from then, no charge.",
                     "Good. And after, I change. I have a new job at the ferry terminal, I finish at eight "
                     "in the evening, so evenings are impossible. So mornings, the early one."),
                    ("We have a seven-fifteen a.m. class every weekday.",
                     "Seven-fifteen. Yes. Brutal, but yes."),
                    ("Ha, you'll love it once you're up.", "We will see. Thank you, Noor!"),
                ],
                {"first_name": "Sunniva"},
            ),
            Call(
                SAUNA, 10, "en", "Gift card for her partner",
                "The user, Sunniva Halvorsen, bought a $250 spa gift card for her partner, Anders, for his "
                "birthday, to be posted to her office at 1505 Barrington Street, Suite 700, Halifax. She "
                "asked about the Friday evening aufguss sauna sessions.",
                [
                    ("Birchwood Nordic Spa, Sigrid speaking.",
                     "Hei! Hello. I would like a gift card, please. For my partner."),
                    ("Lovely! How much would you like to put on it?",
                     "Two hundred and fifty dollars. It's for Anders, his birthday. He is always cold, he "
                     "needs a sauna."),
                    ("Ha, he'll love it. Would you like it emailed or posted?",
                     "Posted, please, but to my office, not home. He opens all the mail at home. "
                     "Fifteen-oh-five Barrington Street, Suite seven hundred."),
                    ("Got it, Suite seven hundred. And the names for the card?",
                     "From Sunniva, to Anders. Sunniva Halvorsen."),
                    ("Perfect. Anything else?",
                     "Yes, do you still do the aufguss? The sauna with the towel waving? On Fridays?"),
                    ("Every Friday evening, at seven and at eight-thirty.",
                     "Ah, wonderful, like at home. Then we come on a Friday."),
                ],
                analysis_items(
                    "Gift card purchase", "Post the $250 gift card to her office", "",
                    "Partner Anders; $250 gift card; post to 1505 Barrington Street, Suite 700, Halifax; "
                    "interested in the Friday aufguss sessions", "finance", first_name="Sunniva",
                ),
            ),
        ],
        questions=[
            Question(PILATES, "What membership did she buy?", ("unlimited",)),
            Question(PILATES, "How much is her membership a month?", ("$165", "hundred and sixty-five")),
            Question(PILATES, "What time does she like to train?", ("7:15", "seven-fifteen"),
                     ("6 pm", "six o'clock")),
            Question(PILATES, "Why is she switching to mornings?", ("ferry", "new job")),
            Question(PILATES, "Which class was she keen to try?", ("jumpboard",)),
            Question(PILATES, "Who referred her?", ("katrin",)),
            Question(PILATES, "When does the freeze start?", _day(15, 4)),
            Question(PILATES, "How long is the freeze?", ("three weeks",)),
            Question(PILATES, "Where is she travelling?", ("tromsø", "tromso")),
            Question(PILATES, "What's the occasion for her trip home?", ("eighty", "80th")),
            Question(PILATES, "What size are her grip socks?", ("medium",)),
            Question(PILATES, "Where does her name come from?", ("norwegian",)),
            Question(PILATES, "What's Katrin's surname?", ()),
            Question(PILATES, "Does she have any injuries?", ()),
            Question(PILATES, "What's her father's name?", ()),
            Question(PILATES, "What's her date of birth?", ()),
            Question(SAUNA, "Who is the gift card for?", ("anders",)),
            Question(SAUNA, "How much is on the gift card?", ("$250", "two hundred and fifty")),
            Question(SAUNA, "Where should the card be posted?", ("barrington",)),
            Question(SAUNA, "Which suite is her office?", ("suite 700", "suite seven hundred")),
            Question(SAUNA, "Why not send it to her home?", ("opens all the mail",)),
            Question(SAUNA, "Which sauna sessions did she ask about?", ("aufguss",)),
            Question(SAUNA, "What times are the Friday sessions?", ("eight-thirty",)),
            Question(SAUNA, "When is Anders' birthday?", ()),
            Question(SAUNA, "What's Anders' last name?", ()),
            Question(SAUNA, "How old is Anders turning?", ()),
            Question(SAUNA, "What's her email address?", ()),
        ],
    ),
]  # fmt: skip
