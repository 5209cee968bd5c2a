"""A held-out memory set: callers of eight repairers and servicers around Calgary, as ElevenLabs would
report them.

A mobile car valeting service, a motorcycle workshop, a domestic appliance repair engineer, a sewing machine
repairer, a phone and tablet repair shop, a garage door installer, a carpet cleaning company and a septic
tank emptying service. Nine callers, 29 calls: a Spanish seamstress and a French motorcyclist on tour asked
about in English, a farming couple sharing one phone, a caller of a carpet cleaner and an appliance engineer
whose kidney transplant and medication are the carpet cleaner's alone, three calls of 84 exchanges whose
middle holds facts no summary or analysis item repeats, corrections said plainly ("so we'll go with
charcoal instead") or in passing (a new tenant, a new PO number, a new gate code), access codes for two
gates, a key safe, a parkade, a side door and a phone PIN that no answer may give, and about half of the
calls with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or
"none" for a transplant, a code copied into the facts, values left in Spanish or French, a date left
empty), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

VALET = "agent_repairs_valet_0000000000000261"
MOTO = "agent_repairs_moto_00000000000000262"
APPLIANCE = "agent_repairs_appliance_00000000263"
SEWING = "agent_repairs_sewing_000000000000264"
PHONES = "agent_repairs_phones_000000000000265"
GARAGE = "agent_repairs_garage_000000000000266"
CARPET = "agent_repairs_carpet_000000000000267"
SEPTIC = "agent_repairs_septic_000000000000268"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_FARM_ACKS = [
    "Mm-hm.", "Oh, I bet.", "Ha!", "Right.", "Oh, for sure.", "Is that right?", "Sure.", "Oh my.",
    "Yeah.", "Ha, fair enough.", "Uh-huh.", "Oh, lovely.",
]  # fmt: skip
_FARM_TALK = [
    "We've got about forty head of cattle, mostly Angus. Calving's just about done, thank the Lord.",
    "Had a set of twins last week. Both up and sucking by morning.",
    "Yeah.",
    "The hay's holding out, barely. Long winter this year.",
    "We had that Chinook in February, went from minus thirty to plus ten in a day.",
    "Ruth's tomato seedlings on the windowsill thought it was spring. Poor things.",
    "Mm.",
    "You folks busy this time of year? I'd think everybody's tanks are froze or full.",
    "Ha, yeah.",
    "I curl Tuesday nights in Didsbury. Our rink came second in the bonspiel.",
    "Second's the first loser, my son-in-law says. He's not on the team, mind.",
    "Ha!",
    "The grandkids were out at Easter, they wanted to see the calves.",
    "The little one named one of them Pancake. Pancake the calf.",
    "Sure.",
    "Gas prices, eh? Don't get me started.",
    "Right.",
    "The county grader came by once all winter. Once.",
    "There's a pothole at the end of our road you could lose a calf in.",
    "Oh, you know it.",
    "I keep saying I'll retire. Ruth keeps laughing.",
    "Yep.",
    "We had the well tested last fall, water's good. Hard as nails, but good.",
    "Folks in town don't know what a septic is. My nephew asked where it all goes. I said, you don't want "
    "to know.",
    "Ha, yeah.",
    "Sorry, I'm rambling. Ruth says I could talk to a fence post.",
    "Mm-hm.",
    "The geese are back on the slough. Means spring, whatever the calendar says.",
    "Saw a coyote at the fence line Sunday. Big fella.",
    "Right, right.",
    "Yeah, no, I hear you.",
    "You from around here, Lorna?",
    "Olds! Well, practically neighbours then.",
    "We buy our seed from the co-op there.",
    "Ha, small world.",
    "Anyway.",
    "I've got my coffee, so I'm in no rush.",
    "Okay.",
    "Barley's going in on the north quarter this year, canola on the other.",
    "Canola did well last year, couldn't complain.",
    "Mm.",
    "The old truck's on its last legs though.",
    "Three hundred thousand kilometres on it. Ruth calls it the dinosaur.",
    "Yep, yep.",
    "Sorry, go on.",
    "Sure, sure.",
    "Okay.",
    "Still here.",
    "Ha.",
    "Right you are.",
    "Yeah.",
    "Mm-hm.",
    "You bet.",
    "Okay, good.",
    "Yep.",
    "Uh-huh.",
    "Oh, sure.",
    "Fair enough.",
    "That's right.",
    "Ha, that's the truth.",
]
_JAG_ACKS = [
    "Aw.", "Mm-hm.", "Ha, I hear you.", "Oh, totally.", "Right.", "No rush at all.", "Oh wow.",
    "Sure.", "That's so nice.", "Yeah.", "Ha!", "Oh, for sure.",
]  # fmt: skip
_JAG_TALK = [
    "He used to polish it every Sunday after church. Every single Sunday.",
    "Mm.",
    "I was never allowed to drive it. Not once. Now it's mine and I'm scared to.",
    "Ha, yeah.",
    "I'm thinking of taking it to Cars and Coffee this year. Get it out of the garage.",
    "Do you get a lot of old cars? Or is it all pickups around here?",
    "Ha, yeah, it's Calgary. Everybody's got an F-150.",
    "Right.",
    "My neighbour's got a Mustang, a sixty-seven. He's very smug about it.",
    "Sure.",
    "Dad loved a parade. Any parade.",
    "He'd sit on a lawn chair downtown at six in the morning, with a thermos.",
    "Oh yes.",
    "I'm retired now, thirty years with the city, so I've got time for this sort of thing.",
    "Janine says I need a hobby. I said, the car is the hobby.",
    "Ha!",
    "The Flames, eh? What a season. Or, what a non-season.",
    "I've had season tickets since the Saddledome opened. Well, Dad had them, then I did.",
    "Mm-hm.",
    "Sorry, I'm all over the place today.",
    "The weather's been crazy. Snow in May, again.",
    "Right.",
    "The Jag hates the cold. Won't start below minus ten, never would.",
    "Dad used to keep a blanket on the engine. An actual wool blanket.",
    "Ha, I know.",
    "Do you guys do boats? No? Just checking, my brother-in-law has one.",
    "Okay.",
    "I found his old logbook in the glovebox. Every oil change, written down in pencil.",
    "That got me a bit, I won't lie.",
    "Yeah.",
    "Anyway, she deserves to look her best.",
    "Mm.",
    "I'm thinking maybe I sell it in a couple of years. Maybe not. We'll see.",
    "Janine says I never will.",
    "She's probably right.",
    "Sure, sure.",
    "Oh, and the clock on the dash still works, believe it or not.",
    "The radio, not so much. Just static.",
    "Ha.",
    "The grandkids call it Grandpa's spaceship. Because of the dashboard.",
    "Okay.",
    "Do you take cards, or should I have cash ready?",
    "Card's great.",
    "Right.",
    "Sorry, go ahead.",
    "Yeah, yeah.",
    "Okay, I'm still here.",
    "Sure.",
    "Mm-hm.",
    "Great.",
    "Yep.",
    "Okay.",
    "Ha, yes.",
    "Right you are.",
    "You bet.",
    "Uh-huh.",
    "Perfect.",
    "Sounds good.",
    "Oh, absolutely.",
    "Ha, true.",
]
_RAIL_ACKS = [
    "Oh, how interesting.", "Mm-hm.", "Really?", "Ha, I can imagine.", "Oh, that's lovely.", "Not at all!",
    "Of course.", "Right.", "Yes.", "Oh wow.", "I know what you mean.", "Ha!",
]  # fmt: skip
_RAIL_TALK = [
    "Forty-one years on the railway. CP, mostly out of Alyth yard.",
    "I started as an apprentice fitter and finished as an engineer. Not the driving sort, the other sort.",
    "Ha, everyone asks that.",
    "Mm.",
    "We moved to Okotoks for the quiet. Now it's all new builds and roundabouts.",
    "Pauline likes the roundabouts. I do not.",
    "Right.",
    "I've got a model railway in the basement. Double-O gauge. It's taken over.",
    "Pauline calls it the other woman.",
    "Ha, yes.",
    "No grandchildren yet. Soon, though, soon.",
    "Mm-hm.",
    "Do you get a lot of these old wooden doors still?",
    "They built them to last, back then. Well, they built them to last till now.",
    "I repainted it every five years. Brown. Always brown.",
    "Sure.",
    "The neighbour's got one of those glass doors. Looks like an office.",
    "Each to their own.",
    "Oh yes.",
    "I do a bit of woodwork. Birdhouses, mostly. I've sold a few at the farmers' market.",
    "Twelve dollars each. Pauline says I undercharge.",
    "Ha.",
    "We had hail last summer that took the paint off the old door in patches.",
    "The insurance man came out, had a look, said it was old age, not hail.",
    "Ha, I know.",
    "Right, right.",
    "The winters here, it's the wind more than the cold.",
    "There was a Chinook arch this morning, beautiful.",
    "Do you know the Sheep River trail? Lovely walk.",
    "We walk it most mornings, rain or shine.",
    "Mm.",
    "Pauline's in the garden club. They've taken over the roundabouts, actually.",
    "Petunias. Hundreds of petunias.",
    "Yes.",
    "Sorry, I'm wandering off.",
    "Where was I.",
    "Oh, the door. Yes.",
    "The opener we've got now is older than you, I should think.",
    "It has one speed. Loud.",
    "Ha!",
    "Right.",
    "I'll be glad to see the back of it.",
    "Quite.",
    "Is it yourself that comes out, or the installers?",
    "Ah, right, of course.",
    "Yes.",
    "Good, good.",
    "I'm still here.",
    "Go on.",
    "Mm-hm.",
    "Splendid.",
    "Indeed.",
    "Right you are.",
    "Yes, yes.",
    "Quite right.",
    "Lovely.",
    "I see.",
    "Very good.",
    "Of course.",
    "Ha, quite.",
]


HELDOUT_REPAIRS: list[Caller] = [
    # A Spanish seamstress on a Spanish mobile: her calls in Spanish, the questions in English; a repair
    # price that goes up, an address that changes when she moves, a pedal cable no summary mentions.
    Caller(
        number="+34658755509",
        names=("Carmen",),
        calls=[
            Call(
                SEWING, 64, "es", "Bernina skipping stitches",
                "The user, Carmen Ruiz, spoke Spanish. Her Bernina 1008 skips stitches and the hand wheel "
                "feels stiff. The agent quoted a standard service at $95 and she will drop the machine off "
                "at the shop on {+3}. She also asked about having a Singer Featherweight 221 serviced later.",
                [
                    ("Bow River Sewing Machine Repair, this is Inés, how can I help?",
                     "Eh, hola... ¿habla español? Sorry, my English is, eh, regular."),
                    ("¡Claro! Hablamos en español. ¿En qué le puedo ayudar?",
                     "Ay, qué bien. Mire, tengo una Bernina, la mil ocho, la 1008, y salta puntadas. Bueno, "
                     "salta, salta... una de cada cinco o así."),
                    ("Entiendo. ¿Me dice su nombre?", "Carmen Ruiz. Ruiz con zeta al final, R-U-I-Z."),
                    ("Gracias, Carmen. ¿Nota algo más en la máquina?",
                     "Sí, el volante, la rueda de la derecha, está durísima. Cuesta girarla con la mano."),
                    ("Puede ser suciedad o falta de aceite. Un servicio estándar son noventa y cinco "
                     "dólares.",
                     "Noventa y cinco, vale. Es que la máquina era de mi madre, me la traje de Sevilla en la "
                     "maleta, imagínese. Le tengo mucho cariño."),
                    ("¡Qué bonito! La cuidaremos bien. ¿Cuándo puede traerla?",
                     "Pues... pasado mañana no, el otro. Dentro de tres días, ¿le parece?"),
                    ("Perfecto, dentro de tres días. ¿La usa mucho?",
                     "Muchísimo. Coso trajes de flamenca para una escuela de baile, y ahora en primavera "
                     "tengo un montón de encargos."),
                    ("¿Algo más?",
                     "Ah, sí. Tengo también una Singer Featherweight, la 221, que necesita un repaso. ¿La "
                     "podrían recoger en casa? Es que no tengo coche. Vivo en el dos mil doscientos quince "
                     "de Kensington Road, apartamento cinco."),
                    ("Sí, hacemos recogidas. Cuando terminemos la Bernina la llamamos para organizarlo.",
                     "Estupendo. Muchas gracias, Inés. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Reparación de máquina de coser Bernina", "Carmen traerá la Bernina al taller", "{+3}",
                    "Bernina 1008; salta puntadas; volante duro; servicio estándar 95 dólares", "none",
                    first_name="Carmen",
                ),
            ),
            Call(
                SEWING, 58, "es", "Bernina diagnosis and repair approval",
                "La usuaria, Carmen Ruiz, habló con el taller sobre su Bernina 1008. El técnico, Walt, "
                "encontró el garfio desajustado y la barra de aguja doblada, así que el total sube a 180 "
                "dólares en vez de los 95 del servicio estándar. Carmen lo aprobó. La máquina estará lista "
                "el {+6}.",
                [
                    ("Bow River Sewing Machine Repair, Inés speaking.",
                     "Hola Inés, soy Carmen, la de la Bernina."),
                    ("¡Hola Carmen! Justo la iba a llamar. Walt, el técnico, ya la ha mirado.",
                     "Ay. ¿Y qué tiene? ¿Es grave?"),
                    ("No es grave, pero el garfio está desajustado, por eso salta puntadas, y la barra de "
                     "aguja está un poco doblada.",
                     "Uf. Es que se cayó una vez, hace años... bueno, la tiró mi hijo."),
                    ("Puede ser de eso. Con las piezas, el total serían ciento ochenta dólares.",
                     "Ciento ochenta... bueno, vale, hágalo. Esa máquina no la cambio por nada."),
                    ("Perfecto. Estará lista en seis días.",
                     "Vale. Oiga, y el pedal, el cable está pelado cerca del enchufe, ¿lo pueden mirar "
                     "también?"),
                    ("Claro, Walt le cambia el cable del pedal, eso va incluido.", "¡Qué bien! Gracias."),
                ],
                {"first_name": "Carmen"},
            ),
            Call(
                SEWING, 11, "es", "Featherweight pickup and walking foot",
                "Carmen Ruiz said the Bernina, which was her mother's, is sewing perfectly. She has moved to "
                "47 Bridgeland Crescent NE and asked for the Singer Featherweight 221 to be picked up there "
                "on Tuesday morning. She also ordered a walking foot for quilting, which will come back with "
                "the Featherweight.",
                [
                    ("Bow River Sewing Machine Repair, Inés speaking.",
                     "Hola, buenos días, soy Carmen Ruiz otra vez."),
                    ("¡Carmen! ¿Qué tal la Bernina?",
                     "De maravilla, cose como nueva. Mire, la llamo por la Featherweight, la que le dije."),
                    ("Sí, la recogida. ¿Sigue en Kensington Road?",
                     "No, no, ¡nos hemos mudado! Ahora estamos en el cuarenta y siete de Bridgeland "
                     "Crescent, Noreste. Cuarenta y siete, Bridgeland."),
                    ("Anotado, 47 Bridgeland Crescent NE. ¿Cuándo le viene bien?",
                     "El martes por la mañana, que estoy en casa. Por la tarde tengo ensayo con las niñas de "
                     "la escuela."),
                    ("El martes por la mañana, perfecto. ¿Algo más?",
                     "Sí, quería un prensatelas de doble arrastre, un walking foot, para acolchar. ¿Tienen "
                     "para la Featherweight?"),
                    ("Tenemos uno que le vale, cuarenta y dos dólares. Se lo traemos con la máquina cuando "
                     "la devolvamos.", "Genial. Pues nada, hasta el martes."),
                ],
                analysis_items(
                    "Recogida de la Featherweight",
                    "Pick up the Singer Featherweight 221 at 47 Bridgeland Crescent NE", "",
                    "Nueva dirección: 47 Bridgeland Crescent NE; prensatelas de doble arrastre", "other",
                    first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(SEWING, "Which of her machines skips stitches?", ("bernina",)),
            Question(SEWING, "What model number is the Bernina?", ("1008", "mil ocho")),
            Question(SEWING, "What did the technician find wrong with it?", ("garfio", "barra de aguja")),
            Question(SEWING, "How much is the Bernina repair coming to?", ("180", "ciento ochenta"),
                     ("95", "noventa y cinco")),
            Question(SEWING, "Where does she live now?", ("bridgeland",), ("kensington",)),
            Question(SEWING, "Who owned the Bernina before her?", ("madre", "mother")),
            Question(SEWING, "Which city did she bring the machine from?", ("sevilla",)),
            Question(SEWING, "What kind of garments does she make for work?", ("flamenc",)),
            Question(SEWING, "When is the Featherweight being collected?", ("martes", "tuesday")),
            Question(SEWING, "Which other machine does she want serviced?", ("featherweight",)),
            Question(SEWING, "What accessory did she order?", ("walking foot", "doble arrastre")),
            Question(SEWING, "How much is the walking foot?", ("cuarenta y dos",)),
            Question(SEWING, "What's wrong with the foot control?", ("pelado", "cable del pedal")),
            Question(SEWING, "Who is the technician on her machine?", ("walt",)),
            Question(SEWING, "When did she first ring about the Bernina?", _day(64)),
            Question(SEWING, "When was the Bernina due to be ready?", _day(58, 6)),
            Question(SEWING, "What's the Bernina's serial number?", ()),
            Question(SEWING, "What's the name of the dance school?", ()),
            Question(SEWING, "What's her son's name?", ()),
            Question(SEWING, "What's her email address?", ()),
            Question(SEWING, "How old is the Featherweight?", ()),
            Question(SEWING, "What's the entry code at her building?", ()),
        ],
    ),
    # A French motorcyclist touring the Rockies: his calls in French, the questions in English; a tyre
    # chosen again because the first is out of stock, an odometer reading and a campsite pitch no summary
    # gives.
    Caller(
        number="+33658755509",
        names=("Julien",),
        calls=[
            Call(
                MOTO, 27, "fr", "Clutch slipping on touring BMW",
                "The user, Julien Marchand, spoke French. He is touring the Rockies on his BMW R 1250 GS "
                "Adventure, shipped from France, and the clutch has been slipping since Banff with a yellow "
                "warning light on. The workshop will tow the bike from the Spring Creek campground in "
                "Canmore tomorrow morning for $120.",
                [
                    ("Foothills Moto Works, Steph speaking.",
                     "Allô? Bonjour, euh... vous parlez français, peut-être?"),
                    ("Oui, bien sûr! Je suis de Trois-Rivières. Qu'est-ce qui se passe?",
                     "Ah, super, merci. Alors voilà, je fais un voyage en moto dans les Rocheuses, et ma "
                     "moto, l'embrayage patine. Depuis Banff, à peu près."),
                    ("D'accord. C'est quelle moto?",
                     "Une BMW R 1250 GS, une GS Adventure. Je l'ai fait venir de France en bateau, par "
                     "Halifax."),
                    ("Wow, beau voyage! Votre nom?",
                     "Julien Marchand. Marchand comme le commerçant. J-U-L-I-E-N."),
                    ("Merci Julien. Elle a combien de kilomètres?",
                     "Euh... le compteur affiche 42 000. Quarante-deux mille et quelques."),
                    ("Et vous êtes où, là?",
                     "Au camping Spring Creek, à Canmore. Emplacement 31. Trente et un."),
                    ("On peut envoyer la dépanneuse demain matin. Le remorquage, c'est cent vingt dollars.",
                     "Cent vingt, ça va. Je préfère ça que de la pousser, hein."),
                    ("Ha, oui. Il y a un voyant allumé?",
                     "Oui, le voyant jaune, le triangle. Et ça sent un peu le brûlé quand je démarre en "
                     "côte."),
                    ("On regarde tout ça dès qu'elle arrive.", "Merci beaucoup, vraiment. À demain."),
                ],
                analysis_items(
                    "Embrayage qui patine", "Remorquage de la moto depuis le camping", "{+1}",
                    "BMW R 1250 GS Adventure; moto venue de France; 42 000 km", "none", first_name="Julien",
                ),
            ),
            Call(
                MOTO, 25, "fr", "Diagnostic embrayage",
                "L'utilisateur, Julien Marchand, a appelé pour le diagnostic de sa BMW. Le cylindre "
                "récepteur d'embrayage fuit et l'huile a contaminé les disques. La pièce vient d'Allemagne "
                "et arrivera dans environ huit jours. Le devis total est de 1 340 dollars. Il veut aussi un "
                "pneu arrière neuf, un Michelin Anakee Adventure.",
                [
                    ("Foothills Moto Works, Steph à l'appareil.", "Bonjour Steph, c'est Julien, la GS."),
                    ("Salut Julien! Alors, on a trouvé. Le cylindre récepteur d'embrayage fuit, et l'huile a "
                     "coulé sur les disques.", "Ah, mince. Et c'est réparable?"),
                    ("Oui, mais il faut commander la pièce chez BMW, elle vient d'Allemagne. Environ huit "
                     "jours.",
                     "Huit jours... bon. J'ai pas le choix. Je dois rentrer en France avant la fin du mois, "
                     "de toute façon."),
                    ("Au total, pièces et main-d'oeuvre, c'est mille trois cent quarante dollars.",
                     "Mille trois cent quarante. D'accord. Mon assurance en France couvre peut-être une "
                     "partie, je vais demander."),
                    ("Pendant qu'on y est, votre pneu arrière est presque lisse.",
                     "Oui, je sais. Mettez-moi un Michelin Anakee Adventure, c'est ce que j'avais."),
                    ("Parfait, je le commande.",
                     "Et ma compagne, Manon, elle est rentrée en France hier, donc je suis seul maintenant. "
                     "Je loge au Canmore Clubhouse, l'auberge, en attendant."),
                    ("Ah, d'accord. On vous appelle quand la pièce arrive.", "Merci, Steph. Bonne journée."),
                ],
                {"first_name": "Julien"},
            ),
            Call(
                MOTO, 9, "fr", "Bike ready, tyre change",
                "Julien Marchand was told the clutch slave cylinder arrived early and the repair is done. "
                "The Michelin Anakee was out of stock, so he chose a Metzeler Karoo 4 rear tyre instead. He "
                "will collect the bike on {+2} and pay by card; his French insurer, AMV, may reimburse part "
                "of it under claim 88-41207.",
                [
                    ("Foothills Moto Works, Steph speaking.", "Bonjour Steph! C'est Julien."),
                    ("Julien! Bonne nouvelle, la pièce est arrivée plus tôt et l'embrayage est fait.",
                     "Ah génial! Enfin!"),
                    ("Par contre, le Michelin Anakee, rupture de stock partout dans l'Ouest.",
                     "Ah non... bon, qu'est-ce que vous avez?"),
                    ("J'ai un Metzeler Karoo 4, très bien pour la route et les pistes.",
                     "Va pour le Karoo, alors. Le Karoo 4, oui."),
                    ("Vous pouvez passer la chercher dans deux jours.",
                     "Dans deux jours, parfait. Je paie par carte. Et pour l'assurance, c'est AMV, le numéro "
                     "de sinistre c'est 88-41207. Quatre-vingt-huit, tiret, quatre, un, deux, zéro, sept."),
                    ("C'est noté, je mets le numéro sur la facture.", "Super. Merci pour tout, vraiment."),
                ],
                analysis_items(
                    "Bike ready for collection", "Julien to collect the BMW and pay by card", "{+2}",
                    "Rear tyre: Metzeler Karoo 4; insurer AMV, claim 88-41207", "finance",
                    first_name="Julien",
                ),
            ),
        ],
        questions=[
            Question(MOTO, "What bike is he riding?", ("1250 gs", "r 1250")),
            Question(MOTO, "What was going wrong with the bike?", ("embrayage", "clutch")),
            Question(MOTO, "Where did the tow truck pick the bike up?", ("spring creek",)),
            Question(MOTO, "Which pitch was he on at the campsite?", ("31", "trente et un")),
            Question(MOTO, "How far has the GS travelled in total?", ("42 000", "quarante-deux mille")),
            Question(MOTO, "Which part had failed?", ("cylindre récepteur", "slave cylinder")),
            Question(MOTO, "Which country is the part coming from?", ("allemagne",)),
            Question(MOTO, "How much will the repair cost?", ("1 340", "mille trois cent quarante")),
            Question(MOTO, "Which rear tyre is being fitted?", ("karoo",), ("anakee",)),
            Question(MOTO, "When can he pick up the motorcycle?", _day(9, 2)),
            Question(MOTO, "Who is his insurer?", ("amv",)),
            Question(MOTO, "What's the claim number?", ("88-41207",)),
            Question(MOTO, "Who was his riding companion?", ("manon",)),
            Question(MOTO, "How much was the tow?", ("$120", "cent vingt")),
            Question(MOTO, "How did the bike get to Canada?", ("halifax", "bateau", "shipped from france")),
            Question(MOTO, "Where is he staying while he waits?", ("clubhouse",)),
            Question(MOTO, "When did he first call about the clutch?", _day(27)),
            Question(MOTO, "What warning light came on?", ("yellow", "jaune")),
            Question(MOTO, "What's the bike's licence plate?", ()),
            Question(MOTO, "Which day is his flight back to France?", ()),
            Question(MOTO, "What's Manon's phone number?", ()),
            Question(MOTO, "What is his home address in France?", ()),
            Question(MOTO, "What colour is the GS?", ()),
            Question(MOTO, "What's his email?", ()),
        ],
    ),
    # A farming couple on one phone: a long call whose middle holds three facts, a pump-out postponed for
    # the road bans, a baffle job moved, a gate code changed and copied into the analysis items.
    Caller(
        number="+15875550901",
        names=("Ruth", "Owen"),
        calls=[
            Call(
                SEPTIC, 88, "en", "Septic pump-out booked",
                "Ruth Pritchard booked a septic pump-out at 30514 Range Road 25 for {+12} in the morning. "
                "The tank is a 1,000-gallon two-compartment concrete tank last pumped about three years ago. "
                "She gave the gate code for the driver.",
                [
                    ("Parkland Septic and Vac, Lorna speaking.",
                     "Hi there, um, I need to get our septic tank pumped. It's been a while."),
                    ("No problem. Can I get your name?", "Ruth Pritchard. P-R-I-T-C-H-A-R-D."),
                    ("And the property address, Ruth?",
                     "It's 30514 Range Road 25. That's, uh, three-oh-five-one-four. Out past Didsbury."),
                    ("Got it. Do you know the size of the tank?",
                     "My husband says it's a thousand gallons. Concrete, two compartments, I think."),
                    ("And when was it last pumped?", "Oh gosh. Three years ago? Maybe a bit more. Owen "
                     "would know."),
                    ("Okay. Where's the lid, so the driver can find it?",
                     "It's behind the garden shed, about ten feet from the big spruce. There's a green "
                     "plastic cover on it."),
                    ("Perfect. Is there a gate?",
                     "Yes, the gate code is 7 3 9 1. And don't mind the dog, Juniper, she barks but she's a "
                     "sweetheart."),
                    ("Ha, noted. I can get a truck out in twelve days, in the morning.",
                     "That works. Thank you so much."),
                ],
                analysis_items(
                    "Septic pump-out booking", "Pump-out visit", "{+12}",
                    "1000 gallon concrete two-compartment tank; gate code 7391; last pumped about 3 years "
                    "ago", "none", first_name="Ruth",
                ),
            ),
            Call(
                SEPTIC, 80, "en", "Pump-out moved for road bans",
                "Owen Pritchard asked to postpone the septic pump-out because of the spring road bans on "
                "Range Road 25. It was rebooked for {+30} in the morning. Owen chatted about the farm and "
                "the weather.",
                long_call(
                    [
                        ("Parkland Septic and Vac, Lorna speaking.",
                         "Morning, Lorna, it's Owen Pritchard. My wife Ruth booked a pump-out with you last "
                         "week."),
                        ("Hi Owen, yes, I have it here. What can I do for you?",
                         "Well, here's the thing. The county's put the spring road bans on, and Range Road "
                         "25 is soft as porridge right now."),
                        ("Ah, yes, we can't run a loaded truck on banned roads anyway.",
                         "That's what I figured. Your truck'd sink to the hubs."),
                        ("Pretty much. Do you want to push it back?",
                         "Yeah, if we could go a few weeks later, once the bans come off. Say, end of the "
                         "month."),
                        ("Sure. Let me look at the calendar.", "Take your time, I've got my coffee."),
                    ],
                    [
                        ("Okay.",
                         "Oh, while you're looking, I should tell you, the drainfield's on the south side, "
                         "past the horse paddock. Don't want the truck driving over it."),
                        ("Good to know, I'll put that on the ticket.",
                         "And there's a gurgling in the basement toilet when the washer drains. Started in "
                         "the winter. Could that be the tank?"),
                        ("Could be, the driver will have a look.",
                         "And the first compartment's got a riser on it now, Kowal Excavating put it in a "
                         "few years back. So it's easier to get at than it used to be."),
                    ],
                    [
                        ("Right. I can do thirty days from today, in the morning.",
                         "Thirty days. Perfect, the bans should be off by then."),
                        ("Same gate code?", "Same one, yep, Ruth gave it to you."),
                        ("Great, we're all set then.", "Thanks, Lorna. You have a good one."),
                        ("You too, Owen. Bye now.", "Bye now."),
                    ],
                    acks=_FARM_ACKS,
                    talk=_FARM_TALK,
                    start=3,
                ),
                {"first_name": "Owen"},
            ),
            Call(
                SEPTIC, 30, "en", "Broken outlet baffle found",
                "Ruth Pritchard called about the note the driver, Dwayne, left after the pump-out: the "
                "outlet baffle in the second compartment is cracked. She booked a replacement with a PVC "
                "sanitary tee for $340 on {+35}, and asked for a pump-out reminder every three years.",
                [
                    ("Parkland Septic and Vac, Lorna speaking.",
                     "Hi Lorna, it's Ruth Pritchard. Your driver was out a few weeks back, and I've only "
                     "just found his note."),
                    ("Oh yes, Dwayne did your pump-out. How did it go?",
                     "Fine, fine, he was lovely. Juniper adored him. But the note says the outlet baffle's "
                     "broken?"),
                    ("Yes, he wrote that up. The outlet baffle on the second compartment is cracked and "
                     "partly fallen off. It should be replaced, otherwise solids can get into the field.",
                     "Oh dear. What does that cost?"),
                    ("Replacing it with a PVC sanitary tee is three hundred and forty dollars, installed.",
                     "Three forty. Okay, we'd better do it."),
                    ("I can book that for you. Would thirty-five days out work? That's our first opening "
                     "with the small crew.", "That's fine, we're not going anywhere."),
                    ("Great, I'll book it in.",
                     "Thanks. Oh, and can you send us a reminder every three years for the pump-out? We "
                     "clearly forget."),
                    ("Sure, I'll set a reminder.", "Wonderful. Bye, Lorna."),
                ],
                analysis_items(
                    "Outlet baffle replacement", "Replace the outlet baffle", "{+35}",
                    "Outlet baffle cracked; $340 replacement; pump-out reminder every three years", "health",
                    first_name="Ruth",
                ),
            ),
            Call(
                SEPTIC, 6, "en", "Baffle job moved and new gate code",
                "Owen Pritchard moved the outlet baffle replacement a week later to {+18} because they will "
                "be away visiting his sister in Lethbridge. He gave a new gate code and asked the crew to "
                "use the north gate because the south approach washed out. The crew arrives between 8 and 10 "
                "AM.",
                [
                    ("Parkland Septic and Vac, Lorna speaking.",
                     "Lorna, hi, Owen Pritchard here, out on Range Road 25."),
                    ("Hi Owen! What can I do for you?",
                     "That baffle job you've got us down for. We're gonna be away at my sister's in "
                     "Lethbridge that week, so could you, uh, shift it? A week later, maybe?"),
                    ("Let me see... yes, I can do eighteen days from today instead.",
                     "Eighteen days, great."),
                    ("Will someone be home?",
                     "Ruth will. But listen, we changed the gate code, we had some, uh, some folks poking "
                     "around. The new gate code is 4 6 2 8."),
                    ("Got it, I'll update the ticket.",
                     "And tell the crew to use the north gate, the south approach got washed out in that "
                     "big rain."),
                    ("North gate, noted. The crew usually gets there between eight and ten.",
                     "Between eight and ten, that's fine. Ruth'll have the coffee on."),
                ],
                {"first_name": "Owen"},
            ),
        ],
        questions=[
            Question(SEPTIC, "What's the property address?", ("30514", "range road 25")),
            Question(SEPTIC, "How big is their septic tank?", ("1,000", "1000", "thousand gallons")),
            Question(SEPTIC, "Where will the driver find the lid?", ("garden shed", "spruce")),
            Question(SEPTIC, "What's their dog called?", ("juniper",)),
            Question(SEPTIC, "Where is the drainfield?", ("horse paddock", "south side")),
            Question(SEPTIC, "What noise is the basement toilet making?", ("gurgl",)),
            Question(SEPTIC, "Who fitted the riser?", ("kowal",)),
            Question(SEPTIC, "Why was the pump-out pushed back?", ("road ban",)),
            Question(SEPTIC, "When was the pump-out rebooked for?", _day(80, 30), _day(88, 12)),
            Question(SEPTIC, "What did the driver find wrong?", ("baffle",)),
            Question(SEPTIC, "Which driver did the pump-out?", ("dwayne",)),
            Question(SEPTIC, "How much is the baffle replacement?",
                     ("$340", "three hundred and forty", "three forty")),
            Question(SEPTIC, "When is the baffle being replaced?", _day(6, 18), _day(30, 35)),
            Question(SEPTIC, "Which way in should the crew use?", ("north gate",)),
            Question(SEPTIC, "Why will they be away?", ("lethbridge", "sister")),
            Question(SEPTIC, "How often do they want a reminder?", ("every three years",)),
            Question(SEPTIC, "When had the tank last been emptied before Ruth called?", ("three years ago",)),
            Question(SEPTIC, "What time does the crew turn up?", ("between eight and ten", "8 and 10")),
            Question(SEPTIC, "When did Ruth first call about the septic?", _day(88)),
            Question(SEPTIC, "What's the gate code?", ()),
            Question(SEPTIC, "What is Owen's sister's name?", ()),
            Question(SEPTIC, "What breed is Juniper?", ()),
            Question(SEPTIC, "How many people live on the property?", ()),
            Question(SEPTIC, "What's Ruth's email address?", ()),
            Question(SEPTIC, "How much did the pump-out cost?", ()),
            Question(SEPTIC, "What's the legal land description of the farm?", ()),
        ],
    ),
    # One caller of a carpet cleaner and an appliance engineer: her transplant and medication are the
    # carpet cleaner's to know, not the engineer's; the analysis calls the transplant call "none".
    Caller(
        number="+15875550902",
        names=("Denise",),
        private_to={CARPET: ("kidney", "transplant", "tacrolimus", "immun", "clinic", "bloodwork")},
        calls=[
            Call(
                CARPET, 21, "en", "Whole-house carpet cleaning quote",
                "Denise Harper booked a whole-house carpet cleaning (living room, stairs and landing, three "
                "bedrooms) at 318 Cougar Ridge Drive SW for {+25} in the morning, for $389. She had a kidney "
                "transplant and takes immunosuppressants, so she asked for fragrance-free products and for "
                "the technicians to wear masks.",
                [
                    ("Chinook Carpet Care, this is Tyler, how can I help you today?",
                     "Hi, yes, hi. I'm looking to get my carpets cleaned, the whole house pretty much, but I "
                     "have some, um, some special requirements."),
                    ("Sure, happy to help. Can I grab your name?", "Denise Harper. Denise with an S."),
                    ("Thanks, Denise. What rooms are we looking at?",
                     "The living room, the stairs, and three bedrooms. Well, the stairs and the upstairs "
                     "landing."),
                    ("Okay. And the special requirements?",
                     "So, I had a kidney transplant last spring and I'm on tacrolimus, which, um, basically "
                     "turns my immune system down. So no harsh chemicals, nothing scented, and your guys "
                     "would need to wear masks."),
                    ("Absolutely. We do a steam clean, hot water extraction, and we have a fragrance-free, "
                     "plant-based solution. Our technicians can mask up, and they won't come if they're "
                     "feeling unwell.",
                     "Oh, that's a relief. My transplant coordinator would kill me otherwise."),
                    ("Ha, we'll keep you safe. What's the address?", "318 Cougar Ridge Drive Southwest."),
                    ("For those rooms, with the fragrance-free solution, it's three hundred eighty-nine "
                     "dollars.", "Three eighty-nine, okay, that's fine."),
                    ("I can book you in twenty-five days from now, in the morning.",
                     "Perfect, let's do that."),
                ],
                analysis_items(
                    "Carpet cleaning booking", "Carpet cleaning visit", "{+25}",
                    "Fragrance-free products only; technicians to wear masks; 318 Cougar Ridge Drive SW; "
                    "$389", "none", first_name="Denise",
                ),
            ),
            Call(
                CARPET, 8, "en", "Carpet cleaning date moved",
                "Denise Harper moved her carpet cleaning to {+16} because of a clinic appointment on the "
                "original day. She mentioned a red wine stain on the stairs and a pet urine spot in the "
                "spare bedroom that needs an enzyme treatment.",
                [
                    ("Chinook Carpet Care, Tyler speaking.",
                     "Hi Tyler, it's Denise Harper, the fragrance-free booking?"),
                    ("Hi Denise! What can I do for you?",
                     "I have to move the date, sorry. I've got a clinic appointment that morning, bloodwork "
                     "for my tacrolimus levels, and I can't miss it."),
                    ("No problem at all. How about sixteen days from today?",
                     "Sixteen days... yes, that works."),
                    ("Great. Anything else we should know?",
                     "Yes, actually, there's a red wine stain on the stairs, from New Year's. And my cat, "
                     "Mochi, had an accident in the spare bedroom, so that'll need the, um, the enzyme "
                     "stuff."),
                    ("We'll do a pet enzyme treatment there, and the wine should come out. The enzyme "
                     "treatment is fragrance-free too.",
                     "Oh good. Thank you so much, you've been really understanding."),
                ],
                {"first_name": "Denise"},
            ),
            Call(
                APPLIANCE, 15, "en", "Washer not draining",
                "Denise Harper reported that her Bosch front-load washer will not drain and shows error E18. "
                "Frank will visit on Thursday between 1 and 3 PM; the call-out fee is $95.",
                [
                    ("Frank's Appliance Repair, Mel speaking.",
                     "Hi, my washing machine won't drain. It just sits there full of water."),
                    ("Oh no. What make is it?",
                     "It's a Bosch, a front-loader. It's showing, um, E18? E one eight."),
                    ("E18 is a drain error, usually the pump or a blockage. Can I get your name and address?",
                     "Denise Harper, 318 Cougar Ridge Drive Southwest."),
                    ("Thanks, Denise. Frank can come out Thursday afternoon, between one and three. The "
                     "call-out fee is ninety-five dollars.",
                     "Thursday between one and three is fine. I work from home."),
                    ("Great. Try to bail out some of the water if you can.",
                     "Ugh, okay. Towels everywhere. Thanks."),
                ],
                analysis_items(
                    "Washer not draining", "Frank's visit to look at the washer", "",
                    "Bosch front-loader; error E18; 318 Cougar Ridge Drive SW", "none", first_name="Denise",
                ),
            ),
            Call(
                APPLIANCE, 4, "en", "Washer fixed and dryer booked",
                "Denise Harper confirmed Frank fixed her washer: a sock was blocking the drain pump, and the "
                "pump was replaced; the total was $265. Her dryer is squeaking, and Frank will look at it on "
                "{+9} in the morning.",
                [
                    ("Frank's Appliance Repair, Mel speaking.",
                     "Hi Mel, it's Denise Harper. Frank came out to fix my washer."),
                    ("Hi Denise, yes! Frank said he found a sock in the drain pump.",
                     "A whole sock! A little argyle one. No idea how it got there."),
                    ("Ha, it happens more than you'd think. He replaced the pump as well since the impeller "
                     "was chipped. The total came to two hundred sixty-five.",
                     "Two sixty-five, yes, I paid him. Listen, while I've got you, my dryer's started "
                     "squeaking. Like, a high squeal when it turns."),
                    ("That's often the drum rollers or the belt. Frank can come look at it in nine days, in "
                     "the morning.", "Nine days, morning, okay. Same address."),
                    ("Perfect, see you then.", "Thanks, Mel."),
                ],
                {"first_name": "Denise"},
            ),
        ],
        questions=[
            Question(CARPET, "Why does she need special products?", ("transplant", "immun", "tacrolimus")),
            Question(CARPET, "What medication is she on?", ("tacrolimus",)),
            Question(CARPET, "Which rooms are being cleaned?", ("living room", "stairs", "bedrooms")),
            Question(CARPET, "When is the carpet cleaning?", _day(8, 16), _day(21, 25)),
            Question(CARPET, "Why did she move the booking?", ("clinic", "bloodwork")),
            Question(CARPET, "What's the stain on the stairs?", ("red wine",)),
            Question(CARPET, "What's the cat called?", ("mochi",)),
            Question(CARPET, "Which room needs the pet treatment?", ("spare bedroom",)),
            Question(CARPET, "How much is the cleaning?",
                     ("$389", "three eighty-nine", "three hundred eighty-nine")),
            Question(CARPET, "What do the technicians have to wear?", ("mask",)),
            Question(CARPET, "Where's the house?", ("cougar ridge",)),
            Question(CARPET, "Are there any scent restrictions?", ("fragrance-free", "nothing scented")),
            Question(CARPET, "What colour are her carpets?", ()),
            Question(CARPET, "Who is her transplant coordinator?", ()),
            Question(CARPET, "How old is Mochi?", ()),
            Question(CARPET, "Where can the van park?", ()),
            Question(APPLIANCE, "What make is her washing machine?", ("bosch",)),
            Question(APPLIANCE, "What error does the washer show?", ("e18", "e one eight")),
            Question(APPLIANCE, "What was blocking the pump?", ("sock",)),
            Question(APPLIANCE, "What did the washer repair cost?",
                     ("$265", "two sixty-five", "two hundred sixty-five")),
            Question(APPLIANCE, "What's wrong with the dryer?", ("squeak", "squeal")),
            Question(APPLIANCE, "When is Frank coming about the dryer?", _day(4, 9)),
            Question(APPLIANCE, "Is she usually in during the day?", ("work from home",)),
            Question(APPLIANCE, "What was the call-out fee?", ("$95", "ninety-five")),
            Question(APPLIANCE, "Does she have any medical conditions?", ()),
            Question(APPLIANCE, "Is she taking any medication?", ()),
            Question(APPLIANCE, "How old is the dryer?", ()),
            Question(APPLIANCE, "What model is the Bosch?", ()),
        ],
    ),
    # A long, chatty valeting call whose middle holds three facts; a wash schedule and place changed, a
    # parkade access code.
    Caller(
        number="+15875550903",
        names=("Marcus",),
        calls=[
            Call(
                VALET, 47, "en", "Full valet for a classic Jaguar",
                "Marcus Bell booked a full interior and exterior valet of his late father's 1989 Jaguar XJS "
                "at 56 Auburn Bay Heights SE for {+10} at 9 AM, priced at $260. He chatted about car shows "
                "and his family.",
                long_call(
                    [
                        ("Prairie Shine Mobile Valeting, Kerry speaking!",
                         "Oh, hi, hello. Is this the, uh, the mobile car cleaning? The valeting?"),
                        ("That's us! We come to you. What can I do for you?",
                         "Great. So I've got an old Jag, a 1989 XJS, and she needs a proper going-over. "
                         "Inside and out."),
                        ("Ooh, an XJS! Lovely. Can I get your name?", "Marcus Bell. Bell like the, uh, "
                         "ding-dong."),
                        ("Ha! Thanks Marcus. So a full valet, interior and exterior?",
                         "Yes, the full works. It was my dad's car. He passed last year and it's been "
                         "sitting in the garage ever since."),
                        ("I'm so sorry. We'll take good care of it. Where would we be doing it?",
                         "At the house. 56 Auburn Bay Heights Southeast. Fifty-six."),
                        ("Perfect. A full valet on a car that size is two hundred sixty dollars.",
                         "Two sixty, that's fair."),
                        ("Is there anything we should know about the car before we start?",
                         "Oh, let me think. Lots, probably. Sorry, I'm a talker."),
                    ],
                    [
                        ("Take your time.",
                         "So the driver's seat, the leather's split on the side bolster. Don't steam it, "
                         "please, my dad always said steam would wreck it."),
                        ("Noted, nothing hot on the leather.",
                         "And there's a child seat in the back, for my grandson Theo. Just leave it where it "
                         "is, it's a pain to put back in."),
                        ("Will do.",
                         "Oh, and there's no plug in the garage. The outdoor outlet's on the left of the "
                         "garage, behind the recycling bins."),
                    ],
                    [
                        ("Perfect. I can have someone out ten days from now, nine in the morning.",
                         "Nine's good. I'll put the coffee on."),
                        ("Wonderful. We'll text a reminder the day before.",
                         "Great. Thanks, Kerry, I appreciate it."),
                        ("My pleasure, Marcus. Bye now!", "Bye-bye."),
                    ],
                    acks=_JAG_ACKS,
                    talk=_JAG_TALK,
                    start=2,
                ),
                {"first_name": "Marcus"},
            ),
            Call(
                VALET, 30, "en", "Regular washes and ceramic coating quote",
                "Marcus Bell was delighted with the Jaguar valet. He signed up for a maintenance wash of his "
                "wife Janine's white Tesla Model Y every four weeks at home, and asked for a two-year "
                "ceramic coating on the Jaguar, quoted at $650, after the show season.",
                [
                    ("Prairie Shine Mobile Valeting, Kerry speaking.",
                     "Kerry! Marcus Bell. The Jag looks unbelievable, honestly, I nearly cried."),
                    ("Aw, that's so nice to hear! Jordan loved working on it.",
                     "Tell Jordan thank you. So, two things. My wife Janine has a Tesla, a Model Y, white, "
                     "and it's filthy. Can you do a regular wash?"),
                    ("Absolutely, we do maintenance washes. How often?",
                     "Every four weeks, I think. At the house, same address."),
                    ("Every four weeks at Auburn Bay, done. And the second thing?",
                     "The ceramic coating for the Jag. What would that run me?"),
                    ("For the XJS, a two-year ceramic coating is six hundred fifty dollars.",
                     "Six fifty. Let's do it, but after the show season."),
                    ("Sounds good, I'll pencil it in and call you.", "Perfect."),
                ],
                analysis_items(
                    "Tesla maintenance washes and Jaguar coating",
                    "Ceramic coating for the Jaguar after the show season", "",
                    "Wife Janine's Tesla Model Y washed every four weeks; ceramic coating $650", "none",
                    first_name="Marcus",
                ),
            ),
            Call(
                VALET, 5, "en", "Tesla washes moved downtown",
                "Marcus Bell asked for his wife's Tesla to be washed every two weeks at her office parkade "
                "at Bow Valley Square, level P3, instead of at home, and gave the parkade access details. "
                "The Jaguar will be shown at Spruce Meadows, so the ceramic coating waits until after that.",
                [
                    ("Prairie Shine Mobile Valeting, Kerry speaking.",
                     "Hi Kerry, it's Marcus. Quick change on Janine's Tesla."),
                    ("Hi Marcus! Sure, what's changing?",
                     "She's, uh, she's driving it to work now, so could you do it at her office instead? "
                     "It's the Bow Valley Square parkade, level P3, stall 118."),
                    ("We can do that. Can we get into the parkade?",
                     "Yeah, there's a barrier. The parkade access code is 6 9 1 4, she says. Or just buzz "
                     "security."),
                    ("Got it. Same schedule?",
                     "No, actually, make it every two weeks. The road salt eats the paint."),
                    ("Every two weeks at Bow Valley Square, P3, stall 118. Done.",
                     "Great. And Kerry, the Jag's going in the Father's Day show at Spruce Meadows, so the "
                     "coating can wait till after that."),
                    ("Noted, we'll keep it for after.", "Cheers."),
                ],
                analysis_items(
                    "Tesla wash location and frequency", "Book Tesla washes at the downtown parkade", "",
                    "Tesla washes every two weeks at Bow Valley Square parkade, level P3, stall 118; Jaguar "
                    "ceramic coating after the Spruce Meadows show", "none", first_name="Marcus",
                ),
            ),
        ],
        questions=[
            Question(VALET, "What classic car does he have?", ("xjs", "jaguar")),
            Question(VALET, "What year is the Jaguar?", ("1989",)),
            Question(VALET, "Whose car was it originally?", ("late father", "dad's car")),
            Question(VALET, "What should we avoid on the driver's seat?", ("steam",)),
            Question(VALET, "What's wrong with the driver's seat?", ("split", "bolster")),
            Question(VALET, "What has to stay in the back?", ("child seat",)),
            Question(VALET, "Who is Theo?", ("grandson",)),
            Question(VALET, "Where can we plug in at the house?", ("recycling",)),
            Question(VALET, "How much was the first valet?", ("$260", "two sixty", "two hundred sixty")),
            Question(VALET, "When was the Jaguar valeted?", _day(47, 10)),
            Question(VALET, "What does his wife drive?", ("model y", "tesla")),
            Question(VALET, "What's his wife called?", ("janine",)),
            Question(VALET, "How often is the Tesla washed?", ("every two weeks",), ("every four weeks",)),
            Question(VALET, "Where is the Tesla washed now?", ("bow valley", "stall 118"), ("auburn bay",)),
            Question(VALET, "How much is the ceramic coating?", ("$650", "six fifty", "six hundred fifty")),
            Question(VALET, "Which event comes before the coating?", ("spruce meadows",)),
            Question(VALET, "Which valeter worked on the Jaguar?", ("jordan",)),
            Question(VALET, "What's the house address?", ("auburn bay",)),
            Question(VALET, "What's the parkade access code?", ()),
            Question(VALET, "What colour is the Jaguar?", ()),
            Question(VALET, "How old is Theo?", ()),
            Question(VALET, "What's the Tesla's plate number?", ()),
            Question(VALET, "What's Janine's phone number?", ()),
            Question(VALET, "What did his father do for a living?", ()),
        ],
    ),
    # A retired railwayman's garage door: a long call whose middle holds three facts, the colour changed at
    # his wife's word, the installation moved a week, a side door code.
    Caller(
        number="+15875550904",
        names=("Graham",),
        calls=[
            Call(
                GARAGE, 70, "en", "Garage door replacement quote",
                "Graham Fairweather asked for a quote to replace his 1986 wooden double garage door (16 by "
                "7) at 12 Crystal Ridge Cove, Okotoks, with an insulated steel Garaga Standard+ and a "
                "belt-drive opener. The agent quoted about $3,450 and will email it.",
                [
                    ("Summit Overhead Doors, Jess speaking.",
                     "Yes, good afternoon. Graham Fairweather here. F-A-I-R, weather, like the weather."),
                    ("Hi Graham, what can I do for you?",
                     "I've got an old wooden double garage door, original to the house, 1986, and it's, "
                     "well, it's had it. I'd like a quote on a new one."),
                    ("Sure. Do you know the size?",
                     "Sixteen by seven. I measured it twice. Retired rail engineer, I measure everything "
                     "twice."),
                    ("Ha! Perfect. Were you thinking insulated steel?",
                     "Yes, insulated. The garage is freezing in January. And a new opener, belt drive, the "
                     "chain one sounds like a freight train."),
                    ("We'd recommend the Garaga Standard+ with a belt-drive opener. Supplied and installed, "
                     "that's around three thousand four hundred fifty dollars.",
                     "Three thousand four hundred and fifty. Hmm. Send me that in writing, would you?"),
                    ("Of course. What's the address?", "12 Crystal Ridge Cove, Okotoks."),
                    ("I'll email the quote today.", "Lovely, thank you, Jess."),
                ],
                {"first_name": "Graham"},
            ),
            Call(
                GARAGE, 40, "en", "Garage door order confirmed",
                "Graham Fairweather confirmed the order for the Garaga Standard+ insulated steel door in "
                "black with a row of windows across the top. The installation is booked for {+35}, and he "
                "will drop off a $1,000 deposit cheque at the showroom. He chatted about his family and his "
                "retirement.",
                long_call(
                    [
                        ("Summit Overhead Doors, Jess speaking.",
                         "Jess, hello, it's Graham Fairweather. The chap with the wooden door in Okotoks."),
                        ("Hi Graham! Did you get the quote?",
                         "I did, I did. I've read it three times. We'll go ahead."),
                        ("Wonderful! Let's pick the details. Colour?",
                         "Black. My daughter says black is very modern. I say it'll be hot in summer, but "
                         "she's usually right."),
                        ("Black it is. Windows?", "Yes, a row of windows across the top. Let some light in."),
                        ("Great choice. Now, any quirks in the garage I should tell the installers about?",
                         "Oh, plenty. It's an old house. Hang on, let me get my notes."),
                    ],
                    [
                        ("Sure.",
                         "Right. There's a heating duct running across the ceiling, just where the track "
                         "would go. I measured, there's only eleven inches of headroom."),
                        ("That's tight; they'll bring a low-headroom kit.",
                         "Good. And there's a wasp nest in the soffit right above the door. I'm not going "
                         "near it."),
                        ("We'll be careful.",
                         "And I'd like two of the old wooden panels left by the shed, please. I'm going to "
                         "make a workbench out of them."),
                    ],
                    [
                        ("Easy enough. For the install, our first date is thirty-five days out.",
                         "Thirty-five days. Fine."),
                        ("We'll need a thousand dollar deposit to order the door.",
                         "A thousand. I'll drop a cheque by the showroom tomorrow."),
                        ("Perfect. Anything else?",
                         "No, I think that's me. Thank you for your patience, Jess, I know I go on."),
                        ("Not at all, Graham! Talk soon.", "Cheerio."),
                    ],
                    acks=_RAIL_ACKS,
                    talk=_RAIL_TALK,
                    start=4,
                ),
                {"first_name": "Graham"},
            ),
            Call(
                GARAGE, 14, "en", "Door colour and install date changed",
                "Graham Fairweather changed the door colour from black to charcoal at his wife Pauline's "
                "request (same price) and moved the installation a week later to {+28} because they are "
                "flying to Vancouver for the birth of their first grandchild. He told the agent how the "
                "installers can get into the garage through the side door.",
                [
                    ("Summit Overhead Doors, Jess speaking.",
                     "Jess, Graham Fairweather again. I'm afraid I'm going to be a nuisance."),
                    ("Never! What's up?",
                     "Two things. First, the colour. My wife, Pauline, put her foot down. She says black "
                     "will look like a hole in the house. So we'll go with charcoal instead."),
                    ("Charcoal's lovely, and it's the same price. The door hasn't been built yet, so no "
                     "problem.", "Oh, thank goodness."),
                    ("And the second thing?",
                     "The install date. Our daughter's expecting, our first grandchild, and the baby's "
                     "coming early, out in Vancouver, so we'll be flying out that week. Could you push it "
                     "a week?"),
                    ("Let me look... yes, I can do twenty-eight days from today.",
                     "Perfect. We should be back by then, but in case we're late getting home, the side "
                     "door code is 5 1 8 2, the installers can get into the garage through there."),
                    ("Got it, I'll put it in the job notes.", "Splendid. Thank you, Jess."),
                ],
                analysis_items(
                    "Garage door colour and install date", "Install the charcoal Garaga door", "{+28}",
                    "Door colour charcoal; wife Pauline; flying to Vancouver for a first grandchild", "none",
                    first_name="Graham",
                ),
            ),
        ],
        questions=[
            Question(GARAGE, "Which door is he getting?", ("garaga", "standard+")),
            Question(GARAGE, "What colour is the new door?", ("charcoal",), ("black",)),
            Question(GARAGE, "When is the installation?", _day(14, 28), _day(40, 35)),
            Question(GARAGE, "How much headroom is in the garage?", ("eleven inches",)),
            Question(GARAGE, "What runs across the garage ceiling?", ("heating duct",)),
            Question(GARAGE, "Is there anything outside above the door to watch for?", ("wasp",)),
            Question(GARAGE, "What does he want to keep from the old door?", ("panels", "workbench")),
            Question(GARAGE, "How big is the opening?", ("16 by 7", "sixteen by seven")),
            Question(GARAGE, "What did he do before retiring?", ("rail engineer",)),
            Question(GARAGE, "What kind of opener did he choose?", ("belt",)),
            Question(GARAGE, "What was the quote?", ("3,450", "three thousand four hundred")),
            Question(GARAGE, "How much was the deposit?", ("$1,000", "thousand dollar deposit")),
            Question(GARAGE, "What's his wife's name?", ("pauline",)),
            Question(GARAGE, "Why is the install moving?", ("grandchild", "vancouver")),
            Question(GARAGE, "How old is the current door?", ("1986",)),
            Question(GARAGE, "Where is the house?", ("crystal ridge", "okotoks")),
            Question(GARAGE, "What glazing did he want on the door?", ("row of windows", "across the top")),
            Question(GARAGE, "What's the side door code?", ()),
            Question(GARAGE, "What's his daughter's name?", ()),
            Question(GARAGE, "What make is the old opener?", ()),
            Question(GARAGE, "When is the grandchild due?", ()),
            Question(GARAGE, "What's his email address?", ()),
            Question(GARAGE, "Which hospital is the baby being born at?", ()),
        ],
    ),
    # A phone model corrected the next day, its price with it; a PIN copied into the analysis items, a
    # daughter's iPad, a battery reading no summary gives.
    Caller(
        number="+15875550905",
        names=("Aisha",),
        calls=[
            Call(
                PHONES, 19, "en", "Cracked phone screen",
                "Aisha Karimi dropped her Samsung Galaxy S23 at the Calgary Stampede and cracked the screen. "
                "The agent quoted $289 for a new screen with a one-year warranty. She will drop it off "
                "tomorrow around 5 PM and shared her passcode for testing.",
                [
                    ("Pixel Doctor, this is Ravi, what can I fix for you today?",
                     "Hi! Okay so, I dropped my phone at the Stampede, on the, um, the concrete by the "
                     "grandstand, and the screen's totally spiderwebbed."),
                    ("Oof, the Stampede claims another one. What phone is it?",
                     "It's a Samsung Galaxy S23. I think. Yeah, S23."),
                    ("A screen for the S23 is two hundred eighty-nine dollars, with a one-year warranty.",
                     "Two eighty-nine. Ugh. Okay. Fine."),
                    ("Can I get your name?", "Aisha Karimi. A-I-S-H-A, Karimi with a K."),
                    ("Thanks, Aisha. We'll need to test the touch screen after, so if you're okay sharing "
                     "your passcode...", "Sure, the PIN is 3 8 0 5. I'll change it after, don't worry."),
                    ("Perfect. When can you drop it off?", "Tomorrow after work, around five?"),
                    ("See you then.", "Thanks!"),
                ],
                analysis_items(
                    "Cracked phone screen", "Aisha to drop off the phone", "{+1}",
                    "Samsung Galaxy S23; screen $289; PIN 3805", "none", first_name="Aisha",
                ),
            ),
            Call(
                PHONES, 17, "en", "Phone model corrected, iPad added",
                "Aisha Karimi said her phone is a Samsung Galaxy S22, not an S23, so the screen price is "
                "$249. She will bring in her daughter Yasmin's 9th-generation iPad on Thursday because the "
                "charger keeps falling out.",
                [
                    ("Pixel Doctor, Ravi speaking.",
                     "Hi Ravi, it's Aisha, I dropped off the Samsung yesterday?"),
                    ("Hi Aisha! Yes, it's here.",
                     "So, funny story, it's not an S23. It's an S22. My husband checked the box. Sorry!"),
                    ("No problem, good to know before we order. The S22 screen is actually cheaper, two "
                     "hundred forty-nine.", "Oh, even better. Two forty-nine."),
                    ("Anything else?",
                     "Yes! My daughter Yasmin's iPad, the ninth-gen one, the charger keeps falling out. "
                     "She's eleven, she uses it for everything. Can I bring that in too?"),
                    ("Sure, bring it in, it's probably the charging port. Often it's just lint.",
                     "Lint! From her backpack, probably. I'll bring it Thursday."),
                    ("Sounds good.", "Thanks, Ravi."),
                ],
                {"first_name": "Aisha"},
            ),
            Call(
                PHONES, 3, "en", "Phone and iPad ready",
                "Aisha Karimi was told the Galaxy S22 screen is fixed and the iPad charging port was cleaned "
                "of lint at no charge. She declined a battery replacement for now. Both devices can be "
                "collected on Saturday, possibly by her brother Omar.",
                [
                    ("Pixel Doctor, Ravi speaking.",
                     "Hey Ravi, Aisha Karimi. Just checking on my phone and the iPad."),
                    ("Hi Aisha! Good news. The S22 screen's done, and the iPad port just had a wad of lint "
                     "in it. We cleaned it, no charge.", "No charge? You're a star."),
                    ("One thing. The phone's battery health is at seventy-eight percent. We could replace "
                     "the battery for ninety-nine dollars.", "Hmm, not right now. Maybe at Christmas."),
                    ("No problem. Both are ready on Saturday, we're open till four.",
                     "Saturday, great. My brother Omar might pick them up, is that okay?"),
                    ("Sure, just have him bring the ticket.", "Will do. Bye!"),
                ],
                {"first_name": "Aisha"},
            ),
        ],
        questions=[
            Question(PHONES, "Which phone model is being repaired?", ("s22",), ("s23",)),
            Question(PHONES, "How much is the screen replacement?",
                     ("$249", "two forty-nine", "two hundred forty-nine"), ("$289", "two eighty-nine")),
            Question(PHONES, "How did the screen get cracked?", ("stampede",)),
            Question(PHONES, "Whose iPad is it?", ("yasmin", "daughter")),
            Question(PHONES, "What was wrong with the iPad?", ("lint", "charging port", "falling out")),
            Question(PHONES, "What's the phone's battery health?", ("seventy-eight",)),
            Question(PHONES, "How much would a new battery be?", ("ninety-nine",)),
            Question(PHONES, "When can the devices be collected?", ("saturday",)),
            Question(PHONES, "Who might come for them?", ("omar",)),
            Question(PHONES, "How old is her daughter?", ("eleven",)),
            Question(PHONES, "What guarantee comes with the screen?", ("one-year",)),
            Question(PHONES, "Who worked out the right model?", ("husband",)),
            Question(PHONES, "When did she first call about the cracked screen?", _day(19)),
            Question(PHONES, "What generation is the iPad?", ("ninth", "9th")),
            Question(PHONES, "Did she go ahead with the battery?", ("declined", "not right now")),
            Question(PHONES, "What's the PIN on her phone?", ()),
            Question(PHONES, "What's her husband's name?", ()),
            Question(PHONES, "What colour is the Galaxy?", ()),
            Question(PHONES, "Who's her mobile carrier?", ()),
            Question(PHONES, "Is the phone insured?", ()),
            Question(PHONES, "What's Omar's number?", ()),
        ],
    ),
    # A landlord's rental: a key safe code, a tenant who has moved out, a PO number changed in passing.
    Caller(
        number="+15875550906",
        names=("Bryce",),
        calls=[
            Call(
                APPLIANCE, 58, "en", "Rental fridge not cooling",
                "Bryce Lindqvist, a landlord, reported that the Frigidaire top-freezer fridge at his rental, "
                "Unit B, 2231 Bowness Road NW, is not cooling although the freezer works. Frank will go on "
                "Monday morning and let himself in with the key from the key safe. Invoices go to Bryce.",
                [
                    ("Frank's Appliance Repair, Mel speaking.",
                     "Hi, yeah, Bryce Lindqvist, I'm a landlord. L-I-N-D-Q-V-I-S-T. One of my tenants says "
                     "the fridge isn't cooling."),
                    ("Sorry to hear that. What's the address?", "Unit B, 2231 Bowness Road Northwest. It's a "
                     "duplex."),
                    ("And what's the fridge?",
                     "A Frigidaire, top freezer. Freezer's fine, it's the fridge part that's warm."),
                    ("Could be the evaporator fan or a defrost issue. Frank can go Monday morning. Will the "
                     "tenant be home?",
                     "Harpreet works days, so no. There's a key safe by the back door, the key safe code "
                     "is 9 2 6 3."),
                    ("Got it, I'll put that on the work order.",
                     "And send the invoice to me, not the tenant, obviously."),
                    ("Of course. Call-out is ninety-five plus parts.", "Fine. Thanks, Mel."),
                ],
                analysis_items(
                    "Rental fridge not cooling", "Frank's visit to the rental fridge", "",
                    "Landlord; Unit B, 2231 Bowness Road NW; Frigidaire top-freezer; tenant Harpreet", "none",
                    first_name="Bryce",
                ),
            ),
            Call(
                APPLIANCE, 55, "en", "Fridge parts replaced",
                "Frank replaced the evaporator fan motor and the defrost thermostat in the fridge at Bryce "
                "Lindqvist's rental; the total was $310. Bryce asked for the invoice to go to Keystone "
                "Property Management with a PO number.",
                [
                    ("Frank's Appliance Repair, Mel speaking.",
                     "Hi Mel, Bryce Lindqvist, about the fridge on Bowness Road."),
                    ("Hi Bryce! Frank was there this morning. The evaporator fan motor had failed and the "
                     "defrost thermostat was bad too. He replaced both.", "Great. What's the damage?"),
                    ("Three hundred ten all in, including the call-out.",
                     "Three ten, okay. Actually, can you send the invoice to my property manager? Keystone "
                     "Property Management, and put PO 7781 on it."),
                    ("Keystone, PO 7781, sure.",
                     "Thanks. They handle all that now, I've got too many places to keep track of."),
                ],
                {"first_name": "Bryce"},
            ),
            Call(
                APPLIANCE, 10, "en", "Dishwasher leaking at the rental",
                "Bryce Lindqvist reported that the dishwasher at Unit B, 2231 Bowness Road NW is leaking "
                "underneath after every cycle. The new tenant, Colm, will let Frank in on {+3} in the "
                "afternoon. The invoice goes to Keystone Property Management with a new PO number.",
                [
                    ("Frank's Appliance Repair, Mel speaking.",
                     "Hey Mel, Bryce Lindqvist. Same duplex on Bowness, Unit B. Different problem, the "
                     "dishwasher's leaking now."),
                    ("Oh no. Under the door or underneath?",
                     "Underneath, the tenant says there's a puddle on the floor after every cycle."),
                    ("Is that still Harpreet?",
                     "No, Harpreet moved out in the summer. New tenant's Colm, C-O-L-M. He's home in the "
                     "afternoons, he works nights."),
                    ("Okay, Frank could go in three days, in the afternoon.",
                     "Afternoon's perfect, Colm will let him in. Same deal, invoice to Keystone, and it's "
                     "PO 7794 this time."),
                    ("Keystone, PO 7794. Got it.", "Cheers, Mel."),
                ],
                analysis_items(
                    "Leaking dishwasher at rental", "Frank to check the dishwasher", "{+3}",
                    "New tenant Colm, home afternoons; invoices to Keystone Property Management, PO 7794",
                    "finance", first_name="Bryce",
                ),
            ),
        ],
        questions=[
            Question(APPLIANCE, "What's wrong with the rental fridge?", ("not cooling", "isn't cooling")),
            Question(APPLIANCE, "What brand is the fridge?", ("frigidaire",)),
            Question(APPLIANCE, "Which parts were replaced on the fridge?",
                     ("evaporator fan", "defrost thermostat")),
            Question(APPLIANCE, "How much was the fridge repair?",
                     ("$310", "three hundred ten")),
            Question(APPLIANCE, "Who lives in the unit now?", ("colm",), ("harpreet",)),
            Question(APPLIANCE, "Where's the key safe?", ("back door",)),
            Question(APPLIANCE, "Who looks after his paperwork?", ("keystone",)),
            Question(APPLIANCE, "What PO number goes on the invoice?", ("7794",), ("7781",)),
            Question(APPLIANCE, "What's the problem with the dishwasher?", ("leak", "puddle")),
            Question(APPLIANCE, "When is Frank going to look at the dishwasher?", _day(10, 3)),
            Question(APPLIANCE, "What's the rental's address?", ("2231 bowness", "bowness road")),
            Question(APPLIANCE, "Why is the tenant around in the afternoons?", ("works nights",)),
            Question(APPLIANCE, "When did Harpreet leave?", ("summer",)),
            Question(APPLIANCE, "When did he first report the fridge?", _day(58)),
            Question(APPLIANCE, "What kind of building is it?", ("duplex",)),
            Question(APPLIANCE, "What's the key safe code?", ()),
            Question(APPLIANCE, "What's Colm's phone number?", ()),
            Question(APPLIANCE, "What brand is the dishwasher?", ()),
            Question(APPLIANCE, "How old is the fridge?", ()),
            Question(APPLIANCE, "Who is his contact at Keystone?", ()),
            Question(APPLIANCE, "How many rental properties does he own?", ()),
        ],
    ),
    # A motorcycle laid up for the winter: the storage end brought forward a month, a "don't start it"
    # said once and missed by the summary, a pickup day said only as a weekday.
    Caller(
        number="+15875550907",
        names=("Kwame",),
        calls=[
            Call(
                MOTO, 84, "en", "Winter storage and annual service",
                "Kwame Mensah booked winter storage for his 2019 Triumph Bonneville T120 at $45 a month "
                "until the end of April, plus the annual service for $320. He wants the front brakes bled "
                "because the lever feels spongy, and he will drop the bike off on Friday.",
                [
                    ("Foothills Moto Works, Steph speaking.",
                     "Hey Steph, it's Kwame. Kwame Mensah, K-W-A-M-E. I've got the Bonneville."),
                    ("Hi Kwame! The T120?",
                     "That's the one. 2019 T120, about eighteen thousand K on it. I want to put it away for "
                     "winter and get the annual service done while you've got it."),
                    ("Sure. Indoor storage is forty-five a month, with a battery tender. The annual service "
                     "is three hundred twenty.",
                     "Forty-five a month, fine. Till the end of April, I reckon."),
                    ("End of April, okay. Anything else with the bike?",
                     "The front brake lever feels a bit spongy. Can you look at that? Probably needs a "
                     "bleed."),
                    ("We'll bleed the front brakes with the service.",
                     "Perfect. And don't start it up every week, I know some places do that. Just the "
                     "tender."),
                    ("Got it, tender only. You can drop it off any weekday.", "I'll bring it Friday."),
                ],
                {"first_name": "Kwame"},
            ),
            Call(
                MOTO, 60, "en", "Heated grips and storage end",
                "Kwame Mensah asked for Oxford heated grips to be fitted to his Bonneville for $210 and said "
                "he now needs the bike out of storage at the end of March instead of April because he is "
                "riding to the Okanagan at Easter.",
                [
                    ("Foothills Moto Works, Steph speaking.",
                     "Steph, Kwame. While the Bonnie's in storage, can you fit heated grips?"),
                    ("We can. Oxford heated grips, fitted, are two hundred ten.", "Two ten, do it."),
                    ("Done. Anything else?",
                     "Yeah, change of plan on the storage. I'm riding to the Okanagan at Easter with my "
                     "buddy, so I need it out end of March, not April."),
                    ("End of March, no problem, that saves you a month.", "Ha, exactly."),
                ],
                analysis_items(
                    "Heated grips and storage end date", "Fit heated grips; bike out of storage end of March",
                    "", "Triumph Bonneville T120; heated grips $210; storage until end of March", "none",
                    first_name="Kwame",
                ),
            ),
            Call(
                MOTO, 2, "en", "Bonneville pickup",
                "Kwame Mensah will pick up his serviced Bonneville on Thursday at about 5:30 PM; the total "
                "including storage is $945. His friend Desmond may come along to look at used Ducatis.",
                [
                    ("Foothills Moto Works, Steph speaking.",
                     "Hi Steph, Kwame. Is the Bonneville ready to go?"),
                    ("All done! Service, brakes bled, grips fitted. Total with storage is nine hundred "
                     "forty-five.", "Nine forty-five, okay. Can I grab it Thursday after work, like "
                     "five-thirty?"),
                    ("We close at six, so five-thirty's fine.",
                     "Great. And my buddy Desmond might come with me, he's looking at your used Ducatis."),
                    ("Tell him to ask for Ben.", "Will do. Cheers."),
                ],
                analysis_items(
                    "Bonneville pickup", "Kwame to pick up the bike and pay", "",
                    "Total $945 including storage; friend Desmond interested in used Ducatis", "none",
                    first_name="Kwame",
                ),
            ),
        ],
        questions=[
            Question(MOTO, "What bike does he keep with us?", ("bonneville", "t120")),
            Question(MOTO, "What year is his bike?", ("2019",)),
            Question(MOTO, "What's the mileage on the Triumph?", ("eighteen thousand",)),
            Question(MOTO, "What's the monthly storage rate?", ("$45", "forty-five a month")),
            Question(MOTO, "When does the bike need to come out of storage?", ("end of march",),
                     ("end of april",)),
            Question(MOTO, "Why does he need it back early?", ("okanagan", "easter")),
            Question(MOTO, "What was wrong with the brakes?", ("spongy",)),
            Question(MOTO, "What accessory was added?", ("heated grips",)),
            Question(MOTO, "How much were the grips?", ("$210", "two hundred ten")),
            Question(MOTO, "When is he picking the bike up?", ("thursday",)),
            Question(MOTO, "What time is he coming in?", ("5:30", "five-thirty")),
            Question(MOTO, "Who's coming along with him?", ("desmond",)),
            Question(MOTO, "What is his friend shopping for?", ("ducati",)),
            Question(MOTO, "What's the total bill?", ("$945", "nine forty-five", "nine hundred forty-five")),
            Question(MOTO, "Should we run the engine while it's laid up?", ("tender only", "don't start")),
            Question(MOTO, "When did he first call about storage?", _day(84)),
            Question(MOTO, "What's Desmond's surname?", ()),
            Question(MOTO, "What colour is the Bonneville?", ()),
            Question(MOTO, "How long will he be away in the Okanagan?", ()),
            Question(MOTO, "What's his licence plate?", ()),
            Question(MOTO, "What's his home address?", ()),
        ],
    ),
]  # fmt: skip
