"""A held-out memory set: callers of eight consultants and hire businesses, as ElevenLabs would report them.

A genealogy researcher, a private investigator, an interior designer, a personal trainer, a patent and
trademark attorney, a psychotherapy and counselling practice, a recording studio and a costume hire shop.
Nine callers, 29 calls: a Spanish client of the genealogist and a French inventor of the patent attorney,
both asked about in English; a couple sharing one phone with the interior designer; a singer whose
counselling (panic attacks, her medication, her grief) is the practice's alone and must not reach the
recording studio she also books; a mother booking counselling for her son, asked about him and his father;
three calls of 84 exchanges (a warehouse owner's first call to the investigator, a client's first call to
the trainer, a bluegrass band leader's booking with the studio) whose middle holds facts no summary or
analysis item repeats; corrections said plainly or in passing (a wall colour, a budget, a trademark, a
birth year, session days and times, a weight, a meeting place, a count of costumes, a billing address, a
mailing address); access codes for an alarm, a key safe, a garage, a shed padlock and a stage door that no
answer may give; and about half of the calls with the post-call analysis items as ElevenLabs' model fills
them (a fact missed, a category of none for a counselling call and for a lawyer's meeting, a key safe code
copied into the facts, values left in Spanish or French, a date left empty), the others with the agent's
own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

GENEALOGY = "agent_consult_genealogy_000000000381"
DETECTIVE = "agent_consult_detective_000000000382"
INTERIORS = "agent_consult_interiors_000000000383"
TRAINER = "agent_consult_trainer_00000000000384"
PATENTS = "agent_consult_patents_00000000000385"
THERAPY = "agent_consult_therapy_00000000000386"
STUDIO = "agent_consult_studio_000000000000387"
COSTUMES = "agent_consult_costumes_0000000000388"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_DETECTIVE_ACKS = [
    "Mm-hm.", "Right.", "I understand.", "Sure.", "Go on.", "That makes sense.", "Okay.", "Ha, yes.",
    "I see.", "Of course.", "Take your time.", "Yeah.",
]  # fmt: skip
_DETECTIVE_TALK = [
    "I've never hired anybody like you before. Feels like something off the TV.",
    "My wife says I watch too many of those crime shows.",
    "Yeah.",
    "My father started the business in seventy-nine, selling bait and tackle out of a shed on the wharf.",
    "Now we do outboards, electronics, rope, paint, the whole lot.",
    "Margins are thin in this game, so a loss like this, it stings.",
    "Sorry. Where was I.",
    "Mm.",
    "I've got a boat myself, a little Cape Islander. The Second Wind.",
    "I don't get out on her near as much as I'd like.",
    "Mackerel, mostly. Sometimes a striper if I'm lucky.",
    "Ha, yeah.",
    "The fog's been something else this week, eh? Couldn't see the bridge this morning.",
    "My daughter's at Dal, first year. Costs a fortune, but she's doing great.",
    "She wants to work on the water too. Don't know where she gets it.",
    "Right.",
    "I coach a bit of minor hockey in the winter. Under-thirteens.",
    "We lost the final last year in overtime. Still not over it.",
    "Do you follow the Mooseheads at all?",
    "Ha, no, not everybody does.",
    "Anyway.",
    "I'm at the store six days a week, and most Sundays I end up doing paperwork.",
    "My accountant keeps telling me to take a holiday.",
    "Uh-huh.",
    "We sponsor the regatta every summer. Put our name on the committee boat.",
    "It's a good crowd down at the yacht club, mostly.",
    "Sorry, I'm rambling. My wife says I do that when I'm nervous.",
    "Yeah, yeah.",
    "The thing is, you trust people. That's how my dad ran it and that's how I run it.",
    "Forty-odd years and we never had a problem like this.",
    "Well. Not one I knew about, anyway.",
    "Mm-hm.",
    "I've got customers who've been coming in since I was a kid sweeping the floor.",
    "Old Mr. Pottie still buys his spark plugs one at a time. Every spring.",
    "Ha, yeah, he's a character.",
    "The new software was supposed to make all this easier. Ha.",
    "It cost me a fortune and the screen's so small I need my glasses.",
    "Right.",
    "My wife does the books, actually. She's the one who spotted the numbers first.",
    "She's sharper than me with that stuff, always was.",
    "Okay.",
    "I was going to sell the business a few years back. Glad I didn't.",
    "Though some days, you know.",
    "Ha, exactly.",
    "Coffee's gone cold. Typical.",
    "I drink way too much of the stuff.",
    "Sure.",
    "The harbour's busy this time of year, everybody's getting their boats ready.",
    "Spring's our busiest season, April through June.",
    "Yeah.",
    "Do you do a lot of these? Business stuff, I mean?",
    "Huh. I figured it was mostly, you know, cheating husbands.",
    "Ha, sorry, that's probably a sore subject.",
    "Right, right.",
    "I just want it sorted, that's all. Quietly.",
    "I don't want to be the guy who calls the Mounties on his own people without proof.",
    "Okay.",
    "Yeah.",
    "Mm.",
    "Sorry, go ahead.",
    "Yes.",
    "Okay, I'm with you.",
    "Right.",
    "Sure, sure.",
    "Makes sense.",
    "Uh-huh.",
    "Yep.",
]
_TRAINER_ACKS = [
    "Love it.", "Ha!", "Mm-hm.", "Totally.", "Right on.", "Yeah.", "For sure.", "Oh nice.", "Ha, same.",
    "Okay.", "Good stuff.", "No judgement here.",
]  # fmt: skip
_TRAINER_TALK = [
    "Honestly, the last time I worked out properly was, like, the nineties.",
    "I used to play ball every lunch. Pickup basketball. Now I eat lunch at my desk.",
    "Yeah.",
    "The Raptors are breaking my heart this season, by the way.",
    "Ha, you're a fan? Finally, somebody.",
    "My kids think I'm ancient. They're not wrong.",
    "We had a plank contest at Christmas. I lost to my youngest. Badly.",
    "Mm.",
    "I cook a lot. Sunday is chowder day, that's my thing.",
    "My commute's forty minutes each way. Bedford to downtown. It's brutal.",
    "I've got a podcast for every mood.",
    "Ha, yeah.",
    "My brother runs marathons. Of course he does.",
    "He sent me a training app. I deleted it. Don't tell him.",
    "Right.",
    "I bought new running shoes last week. The guy at the store watched me walk on a treadmill like I was "
    "a science experiment.",
    "Apparently I overpronate. Whatever that means.",
    "Okay.",
    "My physio was great, by the way. Tough, but great.",
    "She had me doing these little side steps, like a crab, all across the clinic.",
    "Uh-huh.",
    "The garage is a bit of a mess right now, fair warning.",
    "There's a kayak hanging from the ceiling. Mind your head.",
    "Ha, I know.",
    "We got the kayak three summers ago and used it twice.",
    "Classic.",
    "My doctor gave me the talk. You know the one. That was the wake-up call.",
    "Yeah, yeah.",
    "I'm not trying to be a bodybuilder or anything. I just want to keep up with the kids.",
    "And not get winded on the stairs at work.",
    "Mm-hm.",
    "Sorry, the coffee maker's yelling at me.",
    "Okay, I'm back.",
    "Do you do, like, the screaming-in-your-face thing? Please say no.",
    "Ha, good. Good.",
    "I respond better to bribes. Tell me there's a smoothie at the end.",
    "Right.",
    "We've got a cottage up near Tatamagouche, I'd love to do some hiking there this summer.",
    "There's a trail up to a lookout that I haven't managed since before the knee.",
    "Sure.",
    "I'm at the age where I make a noise when I sit down.",
    "Ha, exactly.",
    "Okay, what else.",
    "Oh, I'm terrible at stretching. Like, I can barely touch my shins, never mind my toes.",
    "Okay.",
    "My neighbour saw me carrying a kettlebell into the garage and asked if I was okay.",
    "Ha, yeah.",
    "Honestly I'm kind of excited. Nervous, but excited.",
    "Mm.",
    "Sorry, I'm talking your ear off.",
    "You must hear this all the time.",
    "Right.",
    "Okay, sorry, go on.",
    "Yeah, that makes sense.",
    "Hm. Okay.",
    "Totally.",
    "Sure, sure.",
    "Yep.",
    "Right.",
    "Got it.",
    "Okay.",
    "Yeah.",
    "Ha, okay.",
    "Mm-hm.",
    "Sounds good.",
    "Yes.",
]
_STUDIO_ACKS = [
    "Ha, nice.", "Oh yeah?", "Right on.", "Mm-hm.", "No way.", "That's awesome.", "For sure.", "Ha!",
    "Totally.", "Cool.", "I hear you.", "Yeah.",
]  # fmt: skip
_STUDIO_TALK = [
    "We've played every church hall and legion from Windsor to Digby, I'd say.",
    "Oh, and the odd wedding. Weddings pay the best, don't tell anybody.",
    "Ha, yes.",
    "My father played at the kitchen parties when I was a boy. That's where I got it.",
    "He had hands like shovels and he could still play the fastest reel you ever heard.",
    "Mm.",
    "We're out in the Valley. Apple country. The blossom's something in May.",
    "My wife, Dot, bakes for the farmers' market. Apple hand pies. Sells out by ten.",
    "Ha, I'll bring you some.",
    "We did a tour of Newfoundland one summer, in a van with no air conditioning.",
    "Eleven days, fourteen gigs. Never again. Best time of my life.",
    "Right.",
    "Have you recorded much bluegrass out there?",
    "Huh. Mostly rock bands, I suppose. And those podcasts.",
    "Well, we'll be a change of pace.",
    "Sure.",
    "I still have a cassette we made in a barn, oh, a long time ago. Sounds like it was recorded in a tin "
    "can.",
    "That's why we want it done properly this time.",
    "Yeah.",
    "The tidal bore on the Shubenacadie, have you ever been rafting on it?",
    "Oh, you should. You'll get soaked. Wonderful.",
    "Mm-hm.",
    "We play a jam every second week at the legion in Kentville. Anybody can come.",
    "Young fellas show up with their phones out, recording. That's how it goes now.",
    "Right, right.",
    "Some of the songs are about the dykelands. The Acadian dykes, you know. Hundreds of years old.",
    "My grandfather farmed them. Hay, mostly.",
    "Oh yes.",
    "I'm not one for the computers, I'll warn you now.",
    "My granddaughter set me up with the online banking and I've locked myself out three times.",
    "Ha, yeah.",
    "The radio station in Kentville played one of our songs once. We were over the moon.",
    "Sure.",
    "We argue about the set list every single time. Every time.",
    "Dot says I'll be late for my own funeral. She's probably right.",
    "Okay.",
    "Sorry, I'm yarning on.",
    "No, no, you're kind to listen.",
    "We've got matching vests. Red ones. Dot made them.",
    "You'll see them in the photos, I expect.",
    "Ha!",
    "I'll bring a thermos of tea for the boys. And a few hand pies.",
    "Mm.",
    "Do you know much about the old Carter Family records? That's what got me started.",
    "Will the Circle Be Unbroken. We close every show with it.",
    "Oh, yes.",
    "Right, where was I now.",
    "Yes, yes.",
    "I've been practising my parts in the truck. The wife's sick of them.",
    "That's right.",
    "Okay.",
    "Oh, for sure.",
    "Well now.",
    "Yep.",
    "Go on, son.",
    "Sure, sure.",
    "That sounds fine.",
    "I'm still here.",
    "Mm-hm.",
    "Right you are.",
    "Yeah.",
    "Ha, good.",
    "Okay.",
]


HELDOUT_CONSULTANTS: list[Caller] = [
    # A Spanish client of the genealogist: her calls in Spanish, summaries in English and Spanish, the
    # questions in English; a birth year corrected by a baptism record; a cousin and his letters said in
    # the turns only; the analysis items in Spanish once and missing the Havana marriage once.
    Caller(
        number="+34690255181",
        names=("Carmen",),
        calls=[
            Call(
                GENEALOGY, 64, "es", "Tracing a grandfather who emigrated to Cuba",
                "The user, Carmen Otero, spoke Spanish and asked for help tracing her grandfather, Manuel "
                "Otero Castiñeira, born in 1908 in Castroverde (Lugo, Galicia), who emigrated to Havana in "
                "1926 and never came back. She chose the basic research package for $450. The agent will "
                "email the contract today, and the first report is due {+30}.",
                [
                    ("Roots and Records Genealogy, this is Hilary speaking, how can I help?",
                     "Hola, buenas... eh, perdone, ¿se puede hablar en español?"),
                    ("Sí, claro, podemos hablar en español. ¿En qué puedo ayudarle?",
                     "Ay, qué bien. Mire, quiero encontrar información sobre mi abuelo, que emigró a Cuba "
                     "hace muchísimos años."),
                    ("Con mucho gusto. ¿Cómo se llama usted?", "Carmen Otero. Otero, O-T-E-R-O."),
                    ("Gracias, Carmen. ¿Y su abuelo?",
                     "Manuel Otero Castiñeira. Castiñeira con eñe: C-A-S-T-I, eñe, E-I-R-A."),
                    ("¿Sabe dónde y cuándo nació?",
                     "En Castroverde, un pueblo de Lugo, en Galicia. En mil novecientos ocho, creo... eso "
                     "dice mi tía, vamos."),
                    ("¿Y cuándo se marchó a Cuba?",
                     "En mil novecientos veintiséis. Se fue a La Habana con dieciocho años y, bueno, nunca "
                     "volvió."),
                    ("¿Tiene algún documento suyo?",
                     "Tengo una foto de su pasaporte, una fotocopia nada más. Y sé que mi abuela se llamaba "
                     "Dolores Vilas, se quedó en el pueblo con mi padre pequeño."),
                    ("Muy útil. Le recomiendo empezar con el paquete básico: registros parroquiales, listas "
                     "de pasajeros y los padrones de Cuba. Son cuatrocientos cincuenta dólares.",
                     "Vale, el básico, sí, empecemos por ahí."),
                    ("Le envío el contrato por correo electrónico hoy mismo, y el primer informe lo tendrá "
                     "en un mes.", "Perfecto. Muchísimas gracias, Hilary."),
                    ("A usted, Carmen. ¡Hasta pronto!", "¡Adiós, adiós!"),
                ],
                analysis_items(
                    "Búsqueda del abuelo emigrado a Cuba", "Enviar el contrato y el primer informe", "{+30}",
                    "Abuelo Manuel Otero Castiñeira, nacido en 1908 en Castroverde (Lugo); emigró a La "
                    "Habana en 1926; paquete básico de 450 dólares", "none", first_name="Carmen",
                ),
            ),
            Call(
                GENEALOGY, 40, "es", "Baptism record and the ship",
                "La usuaria, Carmen Otero, encontró la partida de bautismo de su abuelo: nació el 12 de "
                "marzo de 1907, no en 1908. Dijo que embarcó en Vigo en el vapor Orcoma. La investigadora "
                "le pidió copias de las cartas que el abuelo escribió desde La Habana.",
                [
                    ("Roots and Records, Hilary speaking.",
                     "Hola Hilary, soy Carmen Otero, la del abuelo de Cuba."),
                    ("¡Hola Carmen! ¿Qué tal?",
                     "Muy bien, muy bien. Oye, una cosa importante: mi prima me ha mandado la partida de "
                     "bautismo del abuelo y... no nació en el ocho. Nació en mil novecientos siete. El doce "
                     "de marzo de mil novecientos siete."),
                    ("Ah, perfecto, lo corrijo: mil novecientos siete. Eso nos ayuda mucho con los "
                     "registros parroquiales.", "Sí, mi tía se equivocaba, ya ves."),
                    ("¿Sabe también desde qué puerto salió?",
                     "Desde Vigo. En un barco que se llamaba... Orcoma. O-R-C-O-M-A. Lo pone en una carta."),
                    ("¿Una carta?",
                     "Sí, mi primo Ramiro, que vive en Montevideo, tiene una caja de cartas del abuelo. Las "
                     "escribía a mi abuela desde La Habana."),
                    ("Eso sería oro para nosotros. ¿Podría escanearlas?",
                     "Se lo pido a Ramiro, pero es muy lento con esas cosas, eh."),
                    ("No hay prisa. Gracias, Carmen.", "A ti. ¡Un abrazo!"),
                ],
                {"first_name": "Carmen"},
            ),
            Call(
                GENEALOGY, 8, "es", "Havana findings and extended package",
                "Hilary told Carmen that her grandfather appears in a 1930 Havana register working as a "
                "tabaquero (cigar roller), and that he married a woman named Caridad Reyes in Havana in "
                "1934. Carmen upgraded to the extended package for $300 more. The next report is due {+21}, "
                "and she wants a video call to go through it with her siblings.",
                [
                    ("Roots and Records Genealogy, Hilary speaking.",
                     "Hola Hilary, soy Carmen. Me llegó tu correo, ¿hay novedades?"),
                    ("Sí, muchas. Encontramos a su abuelo en un padrón de La Habana de mil novecientos "
                     "treinta. Trabajaba como tabaquero, en una fábrica de puros.",
                     "¡Tabaquero! Madre mía, nadie en la familia lo sabía."),
                    ("Y hay algo más: en mil novecientos treinta y cuatro se casó en La Habana con una mujer "
                     "llamada Caridad Reyes.",
                     "¿Cómo? ¿Casado otra vez? Pero si mi abuela... ay, Dios mío. Bueno. Bueno, quiero "
                     "saberlo todo."),
                    ("Para seguir con los registros cubanos le recomiendo el paquete ampliado. Son "
                     "trescientos dólares más.", "Sí, sí, adelante, trescientos, lo que haga falta."),
                    ("El siguiente informe lo tendrá en tres semanas.",
                     "Vale. Y, eh, ¿podemos hablar por videollamada cuando esté? Mis hermanos también "
                     "quieren escucharlo."),
                    ("Claro, lo organizamos.", "Gracias, de verdad. Esto es como una novela."),
                ],
                analysis_items(
                    "Research update: Havana records", "Next report, then a video call with her siblings",
                    "{+21}", "Grandfather worked as a cigar roller in Havana in 1930; upgraded to the "
                    "extended package ($300 more)", "none", first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(GENEALOGY, "Who is Carmen trying to trace?", ("manuel otero",)),
            Question(GENEALOGY, "Which village did the grandfather come from?", ("castroverde",)),
            Question(GENEALOGY, "What year was her grandfather born?", ("1907", "mil novecientos siete"),
                     ("1908", "mil novecientos ocho")),
            Question(GENEALOGY, "What is his exact date of birth?",
                     ("12 de marzo", "doce de marzo", "12 march", "march 12")),
            Question(GENEALOGY, "Where did he emigrate to?", ("havana", "habana")),
            Question(GENEALOGY, "What year did he leave Spain?", ("1926", "veintiséis")),
            Question(GENEALOGY, "Which ship did he sail on?", ("orcoma",)),
            Question(GENEALOGY, "Which port did he leave from?", ("vigo",)),
            Question(GENEALOGY, "What was her grandmother called?", ("dolores",)),
            Question(GENEALOGY, "Who has the grandfather's letters?", ("ramiro",)),
            Question(GENEALOGY, "Where does her cousin live?", ("montevideo",)),
            Question(GENEALOGY, "What did he do for work in Havana?", ("tabaquero", "cigar")),
            Question(GENEALOGY, "How did the old man earn a crust overseas?", ("tabaquero", "cigar")),
            Question(GENEALOGY, "Who did he marry in Cuba?", ("caridad",)),
            Question(GENEALOGY, "How much did the upgrade cost?", ("300", "trescientos")),
            Question(GENEALOGY, "What was the price of the first package?",
                     ("450", "cuatrocientos cincuenta")),
            Question(GENEALOGY, "When is the next report due?", _day(8, 21)),
            Question(GENEALOGY, "When did she ring about the baptism certificate?", _day(40)),
            Question(GENEALOGY, "What document of his does she have?", ("passport", "pasaporte")),
            Question(GENEALOGY, "Who wants to join the video call?", ("siblings", "hermanos")),
            Question(GENEALOGY, "What is Carmen's email address?", ()),
            Question(GENEALOGY, "When did her grandfather die?", ()),
            Question(GENEALOGY, "What was the name of the cigar factory?", ()),
            Question(GENEALOGY, "Did Manuel and Caridad have children?", ()),
            Question(GENEALOGY, "What is cousin Ramiro's surname?", ()),
            Question(GENEALOGY, "What is her aunt's name?", ()),
            Question(GENEALOGY, "Where is Caridad Reyes buried?", ()),
        ],
    ),
    # A warehouse owner and the investigator: a long first call whose middle holds an alarm code and three
    # facts; the insurer said in the turns only; the report meeting moved to his lawyer's office, the
    # analysis items calling that meeting "none".
    Caller(
        number="+19025551802",
        names=("Derek",),
        calls=[
            Call(
                DETECTIVE, 52, "en", "Warehouse stock going missing",
                "The user, Derek Hollins, owner of Hollins Marine Supply in Dartmouth, hired the agency to "
                "look into stock going missing from his warehouse: about $18,000 of outboard parts over six "
                "months. He suspects someone on the night shift and wants everything kept discreet. He "
                "agreed to a $2,500 retainer, and investigator Joan Kirby will do a site visit on {+3} at "
                "6 PM after closing. Derek talked at length about his business, his boat and hockey.",
                long_call(
                    [
                        ("Harbourline Investigations, this is Sasha, how can I help you?",
                         "Yeah, hi. Um. I've never called a place like this before, so, uh, bear with me."),
                        ("Of course, take your time. Can I get your name?",
                         "Derek Hollins. H-O-L-L-I-N-S. I own Hollins Marine Supply, over in Dartmouth."),
                        ("Thanks, Derek. What's going on?",
                         "Stuff's walking out the door. Outboard parts, mostly. Lower units, props, ignition "
                         "kits. We figure about eighteen thousand dollars' worth over the last six months."),
                        ("That's a lot. How did you notice?",
                         "Our counts don't match. At first I thought, ah, it's the new software, somebody's "
                         "keying it wrong. But no. It's stuff that's actually gone."),
                        ("Do you have any idea who might be involved?",
                         "I, uh... I hate saying it. I think it's somebody on the night shift. Day crew's "
                         "been with me for years."),
                        ("Understood. We'd usually start with a site visit and some discreet surveillance.",
                         "Discreet, yeah. That's the main thing. I don't want anybody spooked."),
                        ("Absolutely. How many people work nights?",
                         "Uh, it changes. Depends on the week, honestly."),
                        ("Okay.", "Sorry, I'm a bit all over the place. I haven't been sleeping great."),
                    ],
                    [
                        ("Take your time.",
                         "One thing I noticed. The shortages always show up on the Monday count. Every "
                         "time. Never midweek."),
                        ("That's really useful.",
                         "And the camera on the back loading dock, bay four, has been, quote, broken since "
                         "June. Nobody put in a ticket to fix it."),
                        ("We'll take a look at that.",
                         "Also... my brother-in-law, Craig, works nights. I don't think it's him. But I "
                         "don't want him treated any different, okay? Same as everybody."),
                        ("Of course.",
                         "If you need to get in after hours, the alarm code is 6 0 3 8, the panel's just "
                         "inside the side door."),
                    ],
                    [
                        ("Thank you. So, we'd start with a retainer of two thousand five hundred dollars.",
                         "Twenty-five hundred. Yeah, okay, that's fine."),
                        ("Our investigator Joan Kirby would come do a site visit in three days, after you "
                         "close.", "We close at six. So six o'clock works."),
                        ("Perfect. She'll meet you at the front office.",
                         "Okay. Good. Thanks, Sasha. Honestly, it's a relief to tell somebody."),
                        ("That's what we're here for, Derek. Talk soon.", "Yeah. Bye now."),
                    ],
                    acks=_DETECTIVE_ACKS,
                    talk=_DETECTIVE_TALK,
                ),
                analysis_items(
                    "Warehouse stock theft investigation", "Site visit by Joan Kirby after closing", "{+3}",
                    "Owns Hollins Marine Supply, Dartmouth; about $18,000 of outboard parts missing over six "
                    "months; suspects the night shift; $2,500 retainer", "legal", first_name="Derek",
                ),
            ),
            Call(
                DETECTIVE, 15, "en", "Interim findings: parts sold online",
                "Derek was told that investigator Joan Kirby had traced some of his missing stock to an "
                "online seller called reelbargains_ns. He was asked not to confront any staff yet. They "
                "agreed to meet to go over the interim report on {+12} at 10 AM at the Tim Hortons on "
                "Portland Street.",
                [
                    ("Harbourline Investigations, Sasha speaking.",
                     "Hi Sasha, Derek Hollins. Joan left me a message to call in?"),
                    ("Yes, hi Derek. Joan's found some of your stock listed online. A seller called "
                     "reelbargains underscore N S has been selling lower units and props with your part "
                     "numbers.", "Reel bargains. You're kidding me. Unbelievable."),
                    ("She asks that you don't confront anyone yet. Let the evidence build.",
                     "No, no. I won't. Won't say a word. Hard, but okay."),
                    ("She'd like to go through the interim report with you in person. Twelve days from now, "
                     "ten in the morning?", "Yeah. Ten's fine. Where?"),
                    ("How about the Tim Hortons on Portland Street?", "Sure, Portland Street, I know it."),
                    ("Anything else we should know?",
                     "My insurer wants to be kept in the loop. Maritime Mutual. The claim number is M M "
                     "dash four oh four one seven."),
                    ("MM-40417, noted.", "Thanks. Talk soon."),
                ],
                {"first_name": "Derek"},
            ),
            Call(
                DETECTIVE, 4, "en", "Report meeting moved to lawyer's office",
                "Derek asked to move the interim report meeting to his lawyer's office, Beaton & Shaw, 1920 "
                "Alderney Drive, and to a day later, {+6} at 2 PM, because his lawyer, Gordon Beaton, is in "
                "court that morning. Joan should bring all the evidence.",
                [
                    ("Harbourline Investigations, Sasha speaking.",
                     "Sasha, hi, it's Derek Hollins again. About the meeting with Joan."),
                    ("Sure, what's up?",
                     "So I talked to my lawyer, and he says we should do it at his office, not a coffee "
                     "shop. Gordon Beaton, at Beaton and Shaw, on Alderney Drive."),
                    ("That makes sense. Same time?",
                     "Uh, no. He's in court that morning. Could we make it a day later, at two? Two in the "
                     "afternoon."),
                    ("I'll let Joan know. A day later, at two PM, at Beaton and Shaw.",
                     "Great. It's nineteen-twenty Alderney Drive, second floor."),
                    ("Got it.",
                     "And, um, Gordon says we might be looking at charges, so Joan should bring everything. "
                     "Photos, the listings, all of it."),
                    ("I'll tell her.", "Thanks, Sasha."),
                ],
                analysis_items(
                    "Report meeting moved", "Joan Kirby to present the interim report at Beaton & Shaw",
                    "{+6}", "Lawyer Gordon Beaton, Beaton & Shaw, 1920 Alderney Drive; may press charges",
                    "none", first_name="Derek",
                ),
            ),
        ],
        questions=[
            Question(DETECTIVE, "What's the name of his business?", ("hollins marine",)),
            Question(DETECTIVE, "What kind of stock is going missing?", ("outboard",)),
            Question(DETECTIVE, "How much has he lost so far?", ("18,000", "eighteen thousand")),
            Question(DETECTIVE, "Who does he suspect?", ("night shift",)),
            Question(DETECTIVE, "On which count do the shortages show up?", ("monday",)),
            Question(DETECTIVE, "Where's the broken camera?", ("bay four", "bay 4", "loading dock")),
            Question(DETECTIVE, "Is any relative of his on staff?", ("craig", "brother-in-law")),
            Question(DETECTIVE, "Kin among the employees?", ("craig", "brother-in-law")),
            Question(DETECTIVE, "How big was the retainer?", ("2,500", "2500", "twenty-five hundred")),
            Question(DETECTIVE, "Who's the investigator on his case?", ("kirby",)),
            Question(DETECTIVE, "Who was flogging his parts online?", ("reelbargains", "reel bargains")),
            Question(DETECTIVE, "Which insurer is he with?", ("maritime mutual",)),
            Question(DETECTIVE, "What's his claim number?",
                     ("mm-40417", "40417", "four oh four one seven")),
            Question(DETECTIVE, "Where is the interim report meeting?", ("beaton", "alderney"),
                     ("tim hortons", "portland street")),
            Question(DETECTIVE, "When is the meeting with Joan?", _day(4, 6), _day(15, 12)),
            Question(DETECTIVE, "What time is the report meeting?",
                     ("2 pm", "2pm", "two in the afternoon", "at two"), ("10 am", "10am", "ten in the")),
            Question(DETECTIVE, "Who's his lawyer?", ("gordon beaton",)),
            Question(DETECTIVE, "When was the site visit?", _day(52, 3)),
            Question(DETECTIVE, "What's he been told not to do?", ("confront",)),
            Question(DETECTIVE, "What's the alarm code at the warehouse?", ()),
            Question(DETECTIVE, "What's Craig's surname?", ()),
            Question(DETECTIVE, "How many people work the night shift?", ()),
            Question(DETECTIVE, "Which website was the seller using?", ()),
            Question(DETECTIVE, "What's Derek's home address?", ()),
            Question(DETECTIVE, "What's Joan Kirby's cell number?", ()),
            Question(DETECTIVE, "What's the police file number?", ()),
            Question(DETECTIVE, "What's his wife's name?", ()),
        ],
    ),
    # A couple on one phone with the interior designer: the wall colour changed after a test patch, the
    # budget raised, a key safe code copied into the analysis items, the pet and a bad back said in the
    # turns only.
    Caller(
        number="+19025551803",
        names=("Fiona", "Malcolm"),
        calls=[
            Call(
                INTERIORS, 70, "en", "Living room and bedroom design",
                "The user, Fiona Tremblay, asked for help designing the living room and main bedroom of her "
                "Victorian house at 41 Inglis Street, Halifax, with a budget of $22,000. She wants a warm "
                "mid-century look and nothing grey. The designer will come for a home consultation on {+6} "
                "at 10 AM. Fiona and her husband Malcolm share this phone.",
                [
                    ("Verdigris Interiors, this is Anouk, how can I help?",
                     "Hi Anouk! Um, so, we bought an old Victorian a year ago and we're finally, finally "
                     "ready to do the inside."),
                    ("Oh, exciting! Can I get your name?",
                     "Fiona Tremblay. And my husband's Malcolm, he'll probably call you too, we share this "
                     "phone, don't ask."),
                    ("Ha, noted. Where's the house?", "Forty-one Inglis Street, in the south end. Halifax."),
                    ("And which rooms are we talking about?",
                     "The living room and our bedroom. The main bedroom. The rest can wait, the budget can't "
                     "stretch."),
                    ("What's the budget you have in mind?",
                     "Twenty-two thousand. For both rooms, furniture and all. Is that, like, laughable?"),
                    ("Not at all, we can do a lot with that. Any style in mind?",
                     "Warm. Sort of mid-century, wood, colour. Nothing grey. I'm so sick of grey, every flip "
                     "in the city is grey."),
                    ("Love it. I can come to the house for a consultation in six days, at ten in the "
                     "morning?", "Ten works. I'll make coffee."),
                    ("Perfect, see you then!", "Thanks, bye!"),
                ],
                {"first_name": "Fiona"},
            ),
            Call(
                INTERIORS, 45, "en", "Living room concept approved",
                "Malcolm Tremblay approved the living room concept: walls in Terracotta Dusk, a three-seat "
                "rust velvet sofa and a walnut sideboard. Fiona will choose the bedroom wallpaper, and the "
                "designer will send her sample books.",
                [
                    ("Verdigris Interiors, Anouk speaking.",
                     "Hi, it's Malcolm Tremblay, Fiona's husband? About the living room boards you sent."),
                    ("Hi Malcolm! What did you think?",
                     "We love it. Honestly. The, uh, the Terracotta Dusk on the walls, the rust velvet "
                     "sofa, the walnut sideboard. All of it."),
                    ("Wonderful. So I'll order the three-seat sofa in rust velvet.",
                     "Yes. One thing, though, I've got a bad back, like, a disc thing, so the seat cushions "
                     "need to be firm. Really firm. I can't sink into a sofa."),
                    ("Good to know, I'll spec high-density foam.",
                     "And, uh, the velvet, is it, like, claw-proof? We have a cat, Pistachio, and he's a "
                     "menace."),
                    ("I'll switch it to a performance velvet, it stands up much better to claws.",
                     "Perfect. Fiona's going to choose the bedroom wallpaper, she's got opinions."),
                    ("Ha, I'll send her the sample books.", "Great. Thanks Anouk."),
                ],
                {"first_name": "Malcolm"},
            ),
            Call(
                INTERIORS, 21, "en", "Wall colour change and install dates",
                "Fiona Tremblay said the Terracotta Dusk test patch looked orange in the north-facing living "
                "room, so the walls will be Olive Grove instead. The budget is now up to $25,000. The "
                "painters start on {+25} and the furniture install follows on {+30}. The crew will get the "
                "house key from the key safe by the side door.",
                [
                    ("Verdigris Interiors, Anouk speaking.",
                     "Hi Anouk, it's Fiona. Okay, so, confession. We painted a test patch of the Terracotta "
                     "Dusk and, um."),
                    ("Uh oh.",
                     "It's orange. In that room it's really orange. The room faces north and the light "
                     "just, it turns it into a pumpkin. So we want the Olive Grove instead. The green one "
                     "from the board."),
                    ("Olive Grove it is, that'll be lovely in north light.",
                     "Yes. And, um, we talked about it, and we can go up to twenty-five thousand on the "
                     "budget, if it helps get the good lamps."),
                    ("It does help! Okay, so the painters can start in twenty-five days, and the furniture "
                     "install is five days after that.", "Amazing. We'll both be at work, though."),
                    ("How will the crew get in?",
                     "There's a key safe by the side door. The key safe code is 2 2 0 6."),
                    ("Got it, I'll put it in the crew notes.",
                     "Thank you! Oh and the wallpaper, I'm still deciding, I'll get Malcolm to call you."),
                ],
                analysis_items(
                    "Wall colour change and install dates", "Painters start; furniture install five days "
                    "later", "{+25}", "Living room walls now Olive Grove; budget raised to $25,000; key safe "
                    "code 2206 by the side door", "none", first_name="Fiona",
                ),
            ),
            Call(
                INTERIORS, 6, "en", "Bedroom wallpaper and a back-ordered sofa",
                "Malcolm said Fiona chose the William Morris Willow Bough wallpaper for the bedroom. The "
                "agent told him the rust velvet sofa is back-ordered and will be delivered on {+16}, the day "
                "after the rest of the furniture install.",
                [
                    ("Verdigris Interiors, Anouk speaking.",
                     "Hey Anouk, Malcolm. Fiona's made her mind up about the wallpaper, finally."),
                    ("Ooh, which one?",
                     "The William Morris one, Willow Bough. In the, uh, the green colourway. She says it "
                     "goes with the Olive Grove."),
                    ("It does, beautifully. I'll order it. I have some news too, the rust sofa is "
                     "back-ordered at the factory. It'll come the day after the install now.",
                     "Okay, a day late, that's not the end of the world."),
                    ("I'll text you the delivery window.",
                     "And, uh, one more thing, tell the crew not to park in the driveway. It's shared with "
                     "the neighbour and he gets... touchy. Park on Tower Road, it's just around the corner."),
                    ("Will do, Tower Road.", "Thanks. Cheers, Anouk."),
                ],
                {"first_name": "Malcolm"},
            ),
        ],
        questions=[
            Question(INTERIORS, "What colour are the living room walls going to be?", ("olive grove",),
                     ("terracotta dusk",)),
            Question(INTERIORS, "What's their budget?", ("25,000", "twenty-five thousand"),
                     ("22,000", "twenty-two thousand")),
            Question(INTERIORS, "Which rooms are being designed?", ("living room", "bedroom")),
            Question(INTERIORS, "What look are they going for?", ("mid-century",)),
            Question(INTERIORS, "Which colour does she hate?", ("grey",)),
            Question(INTERIORS, "What sofa did they pick?", ("rust velvet", "rust sofa")),
            Question(INTERIORS, "Why must the cushions be firm?", ("bad back", "disc")),
            Question(INTERIORS, "Spine trouble for anyone?", ("bad back", "disc")),
            Question(INTERIORS, "What's the cat called?", ("pistachio",)),
            Question(INTERIORS, "Pets in the household?", ("pistachio",)),
            Question(INTERIORS, "Which wallpaper is going in the bedroom?", ("willow bough",)),
            Question(INTERIORS, "Where should the crew park?", ("tower road",)),
            Question(INTERIORS, "When will the sofa arrive?", _day(6, 16)),
            Question(INTERIORS, "When do the painters start?", _day(21, 25)),
            Question(INTERIORS, "When is the furniture install?", _day(21, 30)),
            Question(INTERIORS, "What's the address of the house?",
                     ("41 inglis", "forty-one inglis", "inglis street")),
            Question(INTERIORS, "Why did they drop the first paint colour?",
                     ("orange", "north-facing", "faces north", "north light")),
            Question(INTERIORS, "What wood is the sideboard?", ("walnut",)),
            Question(INTERIORS, "What fabric will stand up to the claws?", ("performance velvet",)),
            Question(INTERIORS, "Which colourway of the wallpaper?", ("green colourway",)),
            Question(INTERIORS, "What's the key safe code?", ()),
            Question(INTERIORS, "How big is the bedroom?", ()),
            Question(INTERIORS, "What's the designer's fee?", ()),
            Question(INTERIORS, "Who makes the rust sofa?", ()),
            Question(INTERIORS, "Do they have kids?", ()),
            Question(INTERIORS, "What's the neighbour's name?", ()),
            Question(INTERIORS, "What's Malcolm's work number?", ()),
            Question(INTERIORS, "Which lamps did they choose?", ()),
        ],
    ),
    # A client of the personal trainer: a long first call whose middle holds a garage code and three facts
    # (an allergy, an old injury, a wife who sleeps by day); the analysis items of that call leave out the
    # knee and say "none"; session days and his weight corrected later.
    Caller(
        number="+19025551804",
        names=("Terrence",),
        calls=[
            Call(
                TRAINER, 44, "en", "Personal training sign-up",
                "The user, Terrence Oduya, 52, signed up for personal training to get fit after ACL "
                "reconstruction on his right knee last year; physio is done and he is cleared. His goal is "
                "to run the Bluenose 10K. He booked the 24-session package for $1,560, with sessions on "
                "Tuesdays and Thursdays at 6:30 AM in his home garage gym, starting {+6}. Terrence chatted "
                "about his family, his commute and basketball.",
                long_call(
                    [
                        ("Ironwood Personal Training, this is Bree, how can I help?",
                         "Hi, yeah, hi Bree. My name's Terrence, Terrence Oduya, O-D-U-Y-A. My doctor "
                         "basically told me to, uh, get moving, so... here I am."),
                        ("Ha, love that. Tell me a bit about where you're at.",
                         "So I'm fifty-two. I had ACL surgery on my right knee, a reconstruction, last "
                         "year, and I've been, let's say, sedentary since. Physio's done, I'm cleared."),
                        ("Good. What's the goal?",
                         "I want to run the Bluenose 10K. My daughter runs it every year and she keeps, you "
                         "know, teasing me."),
                        ("That's a great goal. Do you have space at home or would you come to the gym?",
                         "I've got a home gym in the garage. Well, 'gym'. A rack, some dumbbells, a bench, "
                         "and a lot of boxes."),
                        ("That works, I train lots of people at home. What days suit you?",
                         "Mornings. Early. Tuesdays and Thursdays, like, six-thirty? Before work."),
                        ("Six-thirty Tuesdays and Thursdays, totally doable.",
                         "Great. I'm a morning guy. Well, I used to be."),
                        ("Any other health stuff I should know before we get into it?",
                         "Uh, yeah, a couple of things, let me think."),
                    ],
                    [
                        ("Sure, go ahead.",
                         "So, I'm allergic to latex. Like, hives. So the resistance bands have to be the "
                         "latex-free ones, the fabric ones."),
                        ("Noted, I've got fabric bands.",
                         "And my left shoulder, old rotator cuff tear from rugby, back in university. So "
                         "nothing heavy overhead. No overhead pressing."),
                        ("Got it, we'll work around that.",
                         "Oh, and keep it quiet-ish before eight? My wife Yvette's a nurse, she works the "
                         "night shift, gets in around seven-thirty and goes straight to bed. So, no blasting "
                         "music."),
                        ("No music, just whispering, ha.",
                         "And the garage code is 7 3 1 5, the keypad's on the left of the door. Just "
                         "punch it in and come on in."),
                    ],
                    [
                        ("Perfect. So I'd recommend the 24-session package, that's fifteen hundred and sixty "
                         "dollars.", "Twenty-four sessions. Okay. Yeah. Let's do it."),
                        ("We can start six days from now.",
                         "Six days. Great, that gives me time to clear the boxes."),
                        ("I'll send you a questionnaire by email.", "Sounds good."),
                        ("Awesome. Welcome aboard, Terrence!",
                         "Thanks, Bree. I think. Ask me after the first session."),
                    ],
                    acks=_TRAINER_ACKS,
                    talk=_TRAINER_TALK,
                    start=2,
                ),
                analysis_items(
                    "Personal training sign-up", "First session in the home garage gym", "{+6}",
                    "Goal: Bluenose 10K; sessions Tuesdays and Thursdays at 6:30 AM; 24-session package, "
                    "$1,560", "none", first_name="Terrence",
                ),
            ),
            Call(
                TRAINER, 23, "en", "Session days moved and knee swelling",
                "Terrence moved his sessions to Mondays and Wednesdays at 6:30 AM because his work meetings "
                "moved to Tuesday and Thursday mornings. His right knee swelled after walking lunges, so the "
                "trainer will replace them with step-ups onto a low box.",
                [
                    ("Ironwood Personal Training, Bree speaking.",
                     "Hey Bree, it's Terrence. Two things, uh, two things."),
                    ("Go for it.",
                     "First, work moved all our leadership meetings to Tuesday and Thursday mornings. So can "
                     "we switch to Mondays and Wednesdays? Same time, six-thirty."),
                    ("Mondays and Wednesdays at six-thirty, done.",
                     "Thank you. And second, my knee. The right one. It swelled up after the last session. "
                     "After the walking lunges, I think."),
                    ("Okay, thanks for telling me. We'll drop the walking lunges and do step-ups onto a low "
                     "box instead. Ice it tonight.", "Step-ups. Okay. It's not bad, just puffy."),
                    ("If it's still swollen in a couple of days, check in with your physio.",
                     "Will do. See you next session."),
                ],
                {"first_name": "Terrence"},
            ),
            Call(
                TRAINER, 3, "en", "Progress check and nutrition plan",
                "Terrence said he is down to 219 pounds from 231. He asked for a nutrition plan; he is "
                "pescatarian. The trainer will bring the plan to his session on {+2}. He has also bought a "
                "rowing machine for warm-ups.",
                [
                    ("Ironwood Personal Training, Bree speaking.",
                     "Bree! Terrence. Guess what I weighed this morning."),
                    ("Tell me!",
                     "Two nineteen. Two hundred and nineteen pounds. I started at two thirty-one."),
                    ("Twelve pounds! That's amazing.",
                     "Right? So, I want to do this properly. Can you do me a nutrition plan?"),
                    ("Absolutely. Any foods you don't eat?",
                     "I eat fish, but no other meat. Pescatarian, I guess. Since my twenties."),
                    ("Easy. I'll bring the plan to your session in two days.",
                     "Great. Oh, and I bought a rowing machine. A Concept2, second-hand, off Kijiji."),
                    ("Nice, we'll use it for warm-ups.", "Perfect. See you then."),
                ],
                analysis_items(
                    "Progress check and nutrition plan", "Bring the nutrition plan to the next session",
                    "{+2}", "Weight now 219 lb (started at 231); pescatarian", "health",
                    first_name="Terrence",
                ),
            ),
        ],
        questions=[
            Question(TRAINER, "What surgery did he have?", ("acl",)),
            Question(TRAINER, "Which knee was operated on?", ("right knee",)),
            Question(TRAINER, "What race is he training for?", ("bluenose",)),
            Question(TRAINER, "Which days does he train?", ("monday", "wednesday"), ("tuesday", "thursday")),
            Question(TRAINER, "What time are his sessions?", ("6:30", "six-thirty")),
            Question(TRAINER, "Where are the sessions held?", ("garage",)),
            Question(TRAINER, "What is he allergic to?", ("latex",)),
            Question(TRAINER, "Old injuries up top?", ("left shoulder", "rotator cuff")),
            Question(TRAINER, "How did he hurt his shoulder?", ("rugby",)),
            Question(TRAINER, "Why should the trainer keep the noise down early?",
                     ("night shift", "yvette", "straight to bed")),
            Question(TRAINER, "What's his wife called?", ("yvette",)),
            Question(TRAINER, "What does his wife do?", ("nurse",)),
            Question(TRAINER, "How much did the package cost?",
                     ("1,560", "1560", "fifteen hundred and sixty")),
            Question(TRAINER, "How many sessions did he buy?", ("24", "twenty-four")),
            Question(TRAINER, "What exercise made his knee swell?", ("lunge",)),
            Question(TRAINER, "What replaced that exercise?", ("step-up", "step up")),
            Question(TRAINER, "How much does he weigh now?", ("219", "two nineteen"),
                     ("231", "two thirty-one")),
            Question(TRAINER, "Does he eat meat?", ("fish", "pescatarian")),
            Question(TRAINER, "What rowing machine did he get?", ("concept2", "concept 2")),
            Question(TRAINER, "When will he get his nutrition plan?", _day(3, 2)),
            Question(TRAINER, "When was his first session?", _day(44, 6)),
            Question(TRAINER, "Which family member runs the race every year?", ("daughter",)),
            Question(TRAINER, "How old is he?", ("52", "fifty-two")),
            Question(TRAINER, "What's the garage code?", ()),
            Question(TRAINER, "What's his resting heart rate?", ()),
            Question(TRAINER, "Who performed his knee surgery?", ()),
            Question(TRAINER, "What's his target time for the 10K?", ()),
            Question(TRAINER, "What's Yvette's phone number?", ()),
            Question(TRAINER, "When is the Bluenose 10K?", ()),
            Question(TRAINER, "How old is his daughter?", ()),
            Question(TRAINER, "How tall is he?", ()),
        ],
    ),
    # A French inventor and the patent attorney: calls in French, summaries in English and French, the
    # questions in English; the trademark renamed after a search, the mailing address changed; the trade
    # fair and the co-inventor said in the turns only at first.
    Caller(
        number="+33660255185",
        names=("Baptiste",),
        calls=[
            Call(
                PATENTS, 60, "fr", "Patent and trademark for a folding bike lock",
                "The user, Baptiste Lemoine, spoke French. He invented a folding bicycle lock with a "
                "magnetic latch and wants to patent it and register the name CLIQLOCK as a trademark. The "
                "agent booked a video consultation with patent agent Ruth Abernethy on {+4} at 9 AM "
                "Halifax time, for $250. His mailing address is 12 rue des Tanneurs, Lyon.",
                [
                    ("Keel and Fathom IP, this is Meredith speaking, how can I help?",
                     "Bonjour... euh, hello, sorry, do you speak French? Vous parlez français ?"),
                    ("Oui, je parle français. Comment puis-je vous aider ?",
                     "Ah, génial. Alors voilà, j'ai inventé un antivol de vélo pliant, avec une fermeture "
                     "magnétique, et je voudrais le protéger. Le breveter, quoi."),
                    ("Très bien. Et vous avez un nom pour le produit ?",
                     "Oui, CLIQLOCK. C-L-I-Q-L-O-C-K. Je voudrais aussi déposer la marque."),
                    ("D'accord. Votre nom, s'il vous plaît ?", "Baptiste Lemoine. Lemoine, L-E-M-O-I-N-E."),
                    ("Est-ce que l'invention a déjà été montrée en public ?",
                     "Euh... oui. J'ai montré un prototype au salon Eurobike, à Francfort, en juin dernier. "
                     "C'est un problème ?"),
                    ("Ça peut compter, l'agente vous expliquera. Vous avez travaillé seul ?",
                     "Non, avec mon associée, Inès Garnier. C'est elle l'ingénieure, moi je fais le design."),
                    ("Je vous propose une consultation vidéo avec Ruth Abernethy, notre agente de brevets, "
                     "dans quatre jours à neuf heures, heure d'Halifax. La consultation coûte deux cent "
                     "cinquante dollars.",
                     "Neuf heures à Halifax... ça fait quatorze heures pour moi. Parfait."),
                    ("Et votre adresse postale ?",
                     "Douze rue des Tanneurs, à Lyon. Soixante-neuf zéro zéro sept."),
                    ("Merci, Baptiste. À bientôt.", "Merci, au revoir !"),
                ],
                analysis_items(
                    "Brevet et marque pour un antivol pliant", "Consultation vidéo avec Ruth Abernethy",
                    "{+4}", "Antivol de vélo pliant à fermeture magnétique; marque CLIQLOCK; 12 rue des "
                    "Tanneurs, Lyon; consultation à 250 dollars", "none", first_name="Baptiste",
                ),
            ),
            Call(
                PATENTS, 35, "fr", "Nouveau nom de marque et demande provisoire",
                "L'utilisateur, Baptiste Lemoine, a appris que la marque CLIQLOCK est trop proche d'une "
                "marque déjà enregistrée ; il a choisi le nouveau nom PLIOLOCK. Il a accepté le dépôt d'une "
                "demande provisoire de brevet aux États-Unis pour 4 800 dollars. Ruth Abernethy lui enverra "
                "un brouillon avant le {+21}.",
                [
                    ("Keel and Fathom IP, Meredith speaking.", "Bonjour Meredith, c'est Baptiste Lemoine."),
                    ("Bonjour Baptiste ! Vous avez reçu le rapport de recherche de Ruth ?",
                     "Oui... CLIQLOCK, c'est mort, hein ? Elle dit que c'est trop proche d'une marque déjà "
                     "enregistrée."),
                    ("Oui, malheureusement. Vous avez une autre idée ?",
                     "Oui, on a réfléchi avec Inès. PLIOLOCK. P-L-I-O-L-O-C-K. Pli, comme plier."),
                    ("PLIOLOCK, noté. Je lance une recherche.",
                     "Super. Et pour le brevet, on fait comme Ruth a dit : d'abord une demande provisoire "
                     "aux États-Unis."),
                    ("D'accord. Ça fait quatre mille huit cents dollars pour la demande provisoire.",
                     "Quatre mille huit cents. Bon. Oui, allez-y."),
                    ("Et pour les marques ?",
                     "Au Canada et en Europe. Les États-Unis, on verra plus tard."),
                    ("Parfait. Ruth vous enverra un brouillon d'ici trois semaines.",
                     "Merci beaucoup. Au revoir !"),
                ],
                {"first_name": "Baptiste"},
            ),
            Call(
                PATENTS, 10, "fr", "Drawings and new mailing address",
                "Baptiste said his co-inventor, Inès Garnier, will send the CAD drawings by {+3}. The "
                "provisional application will be filed on {+14}. He has moved and gave his new mailing "
                "address: 7 quai Saint-Vincent, 69001 Lyon.",
                [
                    ("Keel and Fathom IP, Meredith speaking.",
                     "Bonjour Meredith, Baptiste Lemoine. J'ai lu le brouillon de Ruth, c'est très clair."),
                    ("Bonjour Baptiste ! Il nous manque encore les dessins techniques.",
                     "Oui, Inès va vous envoyer les fichiers CAO d'ici trois jours. Inès Garnier, mon "
                     "associée."),
                    ("Parfait. Et on dépose la demande provisoire dans deux semaines.",
                     "Très bien. Autre chose : j'ai déménagé. La nouvelle adresse, c'est sept quai "
                     "Saint-Vincent, soixante-neuf zéro zéro un, Lyon."),
                    ("Sept quai Saint-Vincent, je corrige.", "Merci. Et, euh, mon numéro ne change pas."),
                    ("Très bien. Bonne journée !", "Bonne journée, merci !"),
                ],
                analysis_items(
                    "Dessins et nouvelle adresse", "Inès Garnier envoie les fichiers CAO", "{+3}",
                    "Marque PLIOLOCK; co-inventrice Inès Garnier; dépôt de la demande provisoire dans deux "
                    "semaines", "legal", first_name="Baptiste",
                ),
            ),
        ],
        questions=[
            Question(PATENTS, "What did he invent?", ("bike lock", "bicycle lock", "antivol")),
            Question(PATENTS, "What kind of latch does it have?", ("magnetic", "magnétique")),
            Question(PATENTS, "What trademark is he registering?", ("pliolock",), ("cliqlock",)),
            Question(PATENTS, "Why was the first name dropped?",
                     ("trop proche", "too close", "déjà enregistrée", "already registered")),
            Question(PATENTS, "Where did he show the prototype?", ("eurobike", "francfort", "frankfurt")),
            Question(PATENTS, "Who is his co-inventor?", ("inès", "garnier")),
            Question(PATENTS, "Who handles the engineering side?", ("inès", "garnier")),
            Question(PATENTS, "What's his mailing address?", ("quai saint-vincent",), ("rue des tanneurs",)),
            Question(PATENTS, "How much is the provisional application?",
                     ("4 800", "4,800", "4800", "quatre mille huit cents")),
            Question(PATENTS, "Which patent agent is handling it?", ("abernethy",)),
            Question(PATENTS, "When will the provisional be filed?", _day(10, 14)),
            Question(PATENTS, "When are the drawings due?", _day(10, 3)),
            Question(PATENTS, "In which country is the provisional patent being filed?",
                     ("états-unis", "united states")),
            Question(PATENTS, "Where does he want the trademark registered?", ("canada", "europe")),
            Question(PATENTS, "How much was the consultation?", ("250", "deux cent cinquante")),
            Question(PATENTS, "When was his video consultation?", _day(60, 4)),
            Question(PATENTS, "What time is the 9 AM Halifax slot for him?", ("quatorze heures",)),
            Question(PATENTS, "Which city does he live in?", ("lyon",)),
            Question(PATENTS, "When is the draft due?", _day(35, 21)),
            Question(PATENTS, "What's the patent application number?", ()),
            Question(PATENTS, "Who owns the conflicting trademark?", ()),
            Question(PATENTS, "What's his email address?", ()),
            Question(PATENTS, "How much will the European trademark cost?", ()),
            Question(PATENTS, "What's Inès Garnier's phone number?", ()),
            Question(PATENTS, "What is his company called?", ()),
            Question(PATENTS, "How much does the lock weigh?", ()),
            Question(PATENTS, "What retail price will the lock sell for?", ()),
        ],
    ),
    # A singer who calls the counselling practice and the recording studio: her panic attacks, her grief,
    # her medication and her insurer are the practice's alone; her session day and time corrected.
    Caller(
        number="+19025551806",
        names=("Niamh",),
        private_to={THERAPY: ("panic", "sertraline", "grief", "blue cross", "whitcombe", "counselling")},
        calls=[
            Call(
                THERAPY, 50, "en", "Counselling intake for panic attacks",
                "The user, Niamh Gallagher, a singer, booked counselling for panic attacks before "
                "performances and grief after her father's death in April. She asked for a female counsellor "
                "and was booked for an intake with Hazel Whitcombe on {+8} at 5:30 PM, with weekly sessions "
                "on Thursdays at 5:30 PM after that. Sessions cost $110.",
                [
                    ("Harbour Light Counselling, this is Tessa, how can I help you today?",
                     "Hi. Um. Hi. Sorry, I've hung up on you guys twice already this week. I'm, uh, I'm "
                     "looking to book counselling."),
                    ("That's completely okay, I'm glad you called back. Can I take your name?",
                     "Niamh Gallagher. That's N-I-A-M-H, it's said 'Neeve'."),
                    ("Thanks, Niamh. Can you tell me a little about what's bringing you in?",
                     "So I'm a singer, and I've started getting panic attacks before gigs. Like, proper "
                     "ones, I couldn't go on at a show last month. And my dad died in April, so, there's, "
                     "um, grief stuff too. Probably connected."),
                    ("I'm so sorry about your dad. Do you have any preference for the counsellor?",
                     "A woman, if possible. I think I'd find it easier."),
                    ("Hazel Whitcombe would be a great fit, she works a lot with performers and with grief. "
                     "Her first available intake is in eight days at five-thirty in the evening.",
                     "Evenings are good, I teach guitar during the day."),
                    ("And after the intake, she keeps Thursdays at five-thirty open for weekly sessions.",
                     "Thursdays at five-thirty, okay."),
                    ("Sessions are a hundred and ten dollars. Do you have any coverage?",
                     "Blue Cross through my partner's work, I think it's five hundred a year for "
                     "counselling."),
                    ("That'll help. We'll bill them directly.", "Okay. Thank you. Really."),
                ],
                analysis_items(
                    "Counselling intake for panic attacks", "Intake session with Hazel Whitcombe", "{+8}",
                    "Panic attacks before performances; grief after her father's death in April; wants a "
                    "female counsellor; Blue Cross coverage of $500 a year", "health", first_name="Niamh",
                ),
            ),
            Call(
                STUDIO, 33, "en", "EP recording booking",
                "The user, Niamh Gallagher, booked two days in the Boathouse room on {+20} and {+21} to "
                "record a four-song acoustic EP, at a day rate of $600 including engineering by Jonah. She "
                "will bring a fiddle player.",
                [
                    ("Slipway Sound, Jonah speaking.",
                     "Hey Jonah! I'm Niamh, Niamh Gallagher, I'm a singer-songwriter, and I want to record "
                     "an EP."),
                    ("Nice! How many songs?",
                     "Four. Just me, guitar, and a fiddle player. Maybe some harmonies I'll overdub myself."),
                    ("Cool. I'd put you in the Boathouse room, it's got beautiful natural reverb for "
                     "acoustic stuff.", "The Boathouse. Ooh. Yes."),
                    ("Two days should do it. I've got two days back to back in about three weeks.",
                     "Great, book them."),
                    ("Day rate's six hundred dollars, that includes me engineering.",
                     "Six hundred a day, fine."),
                    ("Any gear requests?",
                     "Can I sing into the Neumann, the U87? My friend recorded here and said it made her "
                     "sound like an angel."),
                    ("Ha, you got it. I'll have it set up.", "Amazing. See you then!"),
                ],
                analysis_items(
                    "EP recording booking", "Two recording days in the Boathouse room", "{+20}",
                    "Four-song EP; day rate $600; singer-songwriter bringing a fiddle player", "none",
                    first_name="Niamh",
                ),
            ),
            Call(
                THERAPY, 14, "en", "New medication and session time change",
                "Niamh said her family doctor started her on sertraline 50 mg last week. She asked to move "
                "her weekly sessions with Hazel from Thursdays at 5:30 PM to Wednesdays at 6 PM because she "
                "has joined a choir that rehearses on Thursday evenings.",
                [
                    ("Harbour Light Counselling, Tessa speaking.",
                     "Hi Tessa, it's Niamh Gallagher, I see Hazel."),
                    ("Hi Niamh, how can I help?",
                     "Two things. My family doctor started me on sertraline, fifty milligrams, last week, "
                     "and Hazel said to let the office know, for my file."),
                    ("Thank you, I'll add that to your file.",
                     "And could I move my sessions from Thursdays to Wednesdays? At six? I've joined a choir "
                     "and rehearsals are Thursday evenings."),
                    ("Let me check Hazel's calendar... yes, Wednesdays at six PM are free.",
                     "Oh, brilliant. Thank you."),
                    ("Starting next week, then.", "Perfect. Bye, Tessa."),
                ],
                {"first_name": "Niamh"},
            ),
            Call(
                STUDIO, 5, "en", "Mixing day and masters",
                "Niamh booked a mixing day on {+9}. Her EP is called Low Tide Letters, and she wants the "
                "masters as 24-bit WAV files. The fiddle player's name for the credits is Ruairí Mac Aodha.",
                [
                    ("Slipway Sound, Jonah speaking.",
                     "Jonah, hi, it's Niamh. I'm still buzzing from the sessions."),
                    ("Me too, that last take of the title track, wow.",
                     "Right?! So the EP's called Low Tide Letters, by the way, I finally decided."),
                    ("Love it. Do you want to book a mixing day?", "Yes please. When can you do?"),
                    ("Nine days from now?",
                     "Perfect. And, um, for the masters, can I get them as twenty-four bit WAV files? My "
                     "distributor asked."),
                    ("Sure, twenty-four bit WAV, no problem.",
                     "Also the fiddle player wants his credit spelled properly. Ruairí Mac Aodha. R-U-A-I-"
                     "R-Í, with the accent on the last I."),
                    ("Got it, I'll note it for the credits.", "Thanks, Jonah!"),
                ],
                {"first_name": "Niamh"},
            ),
        ],
        questions=[
            Question(THERAPY, "What is she seeking help with?", ("panic",)),
            Question(THERAPY, "Who is her counsellor?", ("hazel", "whitcombe")),
            Question(THERAPY, "What medication did her doctor start?", ("sertraline",)),
            Question(THERAPY, "What dose is she on?", ("50 mg", "50mg", "fifty milligrams")),
            Question(THERAPY, "Which day are her weekly sessions?", ("wednesday",), ("thursday",)),
            Question(THERAPY, "What time are her weekly sessions?", ("6 pm", "6pm", "at six"),
                     ("5:30", "five-thirty")),
            Question(THERAPY, "Who covers part of the cost?", ("blue cross",)),
            Question(THERAPY, "How much coverage does she have a year?", ("500", "five hundred")),
            Question(THERAPY, "How much is a session?", ("110", "hundred and ten")),
            Question(THERAPY, "Whose death is she grieving?", ("her father", "her dad", "my dad")),
            Question(THERAPY, "Does she want a male or female counsellor?", ("female", "woman")),
            Question(THERAPY, "When was her intake?", _day(50, 8)),
            Question(THERAPY, "Why did she move her session day?", ("choir",)),
            Question(THERAPY, "What does she do during the day?", ("teach guitar",)),
            Question(THERAPY, "What's her family doctor's name?", ()),
            Question(THERAPY, "What's her partner's name?", ()),
            Question(THERAPY, "What's her date of birth?", ()),
            Question(THERAPY, "Who is her emergency contact?", ()),
            Question(STUDIO, "How many songs are on the EP?", ("four",)),
            Question(STUDIO, "What's the EP called?", ("low tide letters",)),
            Question(STUDIO, "What's her day rate?", ("600", "six hundred")),
            Question(STUDIO, "Which room is she recording in?", ("boathouse",)),
            Question(STUDIO, "Which mic does she want to sing into?", ("u87", "neumann")),
            Question(STUDIO, "Preferred vocal capsule?", ("u87", "neumann")),
            Question(STUDIO, "Who plays fiddle on the record?", ("ruairí", "ruairi", "mac aodha")),
            Question(STUDIO, "When is her mixing day?", _day(5, 9)),
            Question(STUDIO, "What format does she want the masters in?", ("wav",)),
            Question(STUDIO, "When were her recording days?", (*_day(33, 20), *_day(33, 21))),
            Question(STUDIO, "Is she taking any medication?", ()),
            Question(STUDIO, "Why couldn't she go on at a show last month?", ()),
            Question(STUDIO, "What's her distributor called?", ()),
            Question(STUDIO, "Who is her manager?", ()),
        ],
    ),
    # A bluegrass band leader and the recording studio: a long first call whose middle holds three facts
    # about the band; the dates pushed back a week and the song count raised; a shed padlock combination.
    Caller(
        number="+19025551807",
        names=("Wendell",),
        calls=[
            Call(
                STUDIO, 38, "en", "Bluegrass album booking",
                "The user, Wendell Fairbanks, booked the Loft for his five-piece bluegrass band, the "
                "Gaspereau Ramblers, to record a ten-song album live off the floor over four days starting "
                "{+35}, at a block rate of $2,000. Confirmation will be sent by text. Wendell talked at "
                "length about the band's gigs and the Annapolis Valley.",
                long_call(
                    [
                        ("Slipway Sound, Jonah speaking.",
                         "Well, hello there. Is this the studio? The recording studio out by the causeway?"),
                        ("That's us! How can I help?",
                         "My name's Wendell Fairbanks. W-E-N-D-E-L-L. I've got a bluegrass band, the "
                         "Gaspereau Ramblers, and we'd like to make a proper record. Finally."),
                        ("Love it. How many of you?",
                         "Five of us. Guitar, that's me, then banjo, fiddle, mandolin and upright bass."),
                        ("And how do you like to record? Everybody together?",
                         "Live off the floor. All in one room, like we play. None of this one-at-a-time "
                         "business, we'd lose the feel."),
                        ("We can absolutely do that. How many songs?",
                         "Ten songs. Mostly originals, and a couple of old Carter Family tunes."),
                        ("I'd put you in the Loft, it's our biggest room.", "The Loft. Sounds grand."),
                        ("How many days were you thinking?",
                         "Four? We're quick, we've been playing these songs forever."),
                        ("Four days works.",
                         "Good, good. Now, I should say a few things before I forget."),
                    ],
                    [
                        ("Go ahead.",
                         "The upright bass is a nineteen-forties Kay upright, it's older than me and it "
                         "booms something awful, so she'll likely need her own booth."),
                        ("We've got an iso booth, no problem.",
                         "And our mandolin player, Suzette, she's allergic to cats. Terrible. Is there a "
                         "studio cat? Every studio I've been in has a cat."),
                        ("No cat here, just a very old dog who sleeps in the kitchen.",
                         "Ha! Dogs are fine. And Lorne, our fiddler, has to leave by four every day to get "
                         "his kids from school. So we'll need to start early."),
                        ("We can start at nine.", "Nine's good."),
                    ],
                    [
                        ("So for four days in the Loft, I can do a block rate of two thousand dollars.",
                         "Two thousand for the four days. That's fair, that's fair."),
                        ("I have four days starting five weeks from now.",
                         "Five weeks. That'll give us time to tighten up the harmonies."),
                        ("I'll send you an email confirmation.",
                         "Oh, I'm no good with the email. Just text it to this number, son."),
                        ("Will do. Looking forward to it, Wendell.", "Likewise. Take care now."),
                    ],
                    acks=_STUDIO_ACKS,
                    talk=_STUDIO_TALK,
                    start=4,
                ),
                {"first_name": "Wendell"},
            ),
            Call(
                STUDIO, 16, "en", "Recording pushed back a week",
                "Wendell moved the Gaspereau Ramblers' four recording days back a week, to start {+26}, "
                "because their banjo player, Clyde, is away on a lobster boat. The album will now be twelve "
                "songs.",
                [
                    ("Slipway Sound, Jonah speaking.",
                     "Jonah, it's Wendell Fairbanks, of the Ramblers. I've got a bit of a wrinkle."),
                    ("Uh oh, what's up?",
                     "Our banjo player, Clyde, got a spot on a fishing boat, lobster season, and he's out on "
                     "the water till the end of the month. So could we push the recording back a week?"),
                    ("Let me look... I can move you to a week later, same four days.",
                     "Bless you. And, uh, we've been writing like mad, so it's twelve songs now, not ten."),
                    ("Twelve, got it. Four days should still be okay if you're quick.", "Oh, we're quick."),
                    ("Great, I'll text you the new dates.", "Much obliged."),
                ],
                analysis_items(
                    "Recording dates moved", "Four recording days in the Loft", "",
                    "Twelve songs; banjo player Clyde away fishing until the end of the month", "none",
                    first_name="Wendell",
                ),
            ),
            Call(
                STUDIO, 4, "en", "Preamp pickup and a harmony singer",
                "Wendell offered Jonah an old Ampex tube preamp to use on the recording; Jonah will collect "
                "it from Wendell's shed at 88 Ridge Road, Wolfville. His sister-in-law Marjorie will sing "
                "harmony on three songs on the last day.",
                [
                    ("Slipway Sound, Jonah speaking.", "Jonah! Wendell. Not long now."),
                    ("Can't wait. What can I do for you?",
                     "You said you like old gear. I've got an Ampex tube preamp in my shed, from a radio "
                     "station that closed down. You're welcome to use it on the record."),
                    ("Oh, wow, I'd love to. Can I pick it up?",
                     "Sure. The shed's at my place, eighty-eight Ridge Road, in Wolfville. I'll be away, but "
                     "the combination on the shed padlock is 4 4 1 9."),
                    ("Thank you. I'll swing by this weekend.",
                     "And one more thing, my sister-in-law, Marjorie, is going to sing harmony on the last "
                     "day. Three songs."),
                    ("Lovely, I'll set up an extra mic.", "Thanks, son. See you soon."),
                ],
                {"first_name": "Wendell"},
            ),
        ],
        questions=[
            Question(STUDIO, "What's the band called?", ("gaspereau ramblers", "gaspereau")),
            Question(STUDIO, "What kind of music do they play?", ("bluegrass",)),
            Question(STUDIO, "How many members in the band?", ("five",)),
            Question(STUDIO, "How many songs are they recording?", ("twelve", "12 songs"),
                     ("ten songs", "ten-song")),
            Question(STUDIO, "When does the band's recording start?", _day(16, 26), _day(38, 35)),
            Question(STUDIO, "Which room did they book?", ("loft",)),
            Question(STUDIO, "What's the block rate?", ("2,000", "two thousand")),
            Question(STUDIO, "How do they want to record?", ("live off the floor",)),
            Question(STUDIO, "What bass does the band use?", ("kay upright",)),
            Question(STUDIO, "Does the bass need anything special?", ("booth",)),
            Question(STUDIO, "Who is allergic to cats?", ("suzette",)),
            Question(STUDIO, "Who sneezes near kitties?", ("suzette",)),
            Question(STUDIO, "Who's the fiddler?", ("lorne",)),
            Question(STUDIO, "Why does the fiddler leave early?", ("get his kids",)),
            Question(STUDIO, "What time should their sessions start?", ("at nine", "9 am", "nine's good")),
            Question(STUDIO, "Why is the banjo player away?", ("lobster",)),
            Question(STUDIO, "Who plays banjo?", ("clyde",)),
            Question(STUDIO, "What gear is Jonah picking up?", ("ampex", "preamp")),
            Question(STUDIO, "Where's the shed?", ("ridge road", "wolfville")),
            Question(STUDIO, "Who is singing harmony?", ("marjorie",)),
            Question(STUDIO, "How many songs will Marjorie sing on?", ("three songs",)),
            Question(STUDIO, "How should confirmations reach him?",
                     ("sent by text", "text it to this number")),
            Question(STUDIO, "What's the padlock combination?", ()),
            Question(STUDIO, "What's the album going to be called?", ()),
            Question(STUDIO, "What's Suzette's last name?", ()),
            Question(STUDIO, "Who will master the record?", ()),
            Question(STUDIO, "What's Wendell's email address?", ()),
            Question(STUDIO, "How long has the band been together?", ()),
            Question(STUDIO, "What's Clyde's phone number?", ()),
        ],
    ),
    # A drama teacher and the costume hire shop: the number of pirates raised, a wool allergy said in the
    # turns only, collection changed to delivery, a stage door code.
    Caller(
        number="+19025551808",
        names=("Rosalind",),
        calls=[
            Call(
                COSTUMES, 47, "en", "Costume hire for school musical",
                "The user, Rosalind Pettifer, drama teacher at Bedford Academy, is hiring costumes for the "
                "school's Pirates of Penzance: fourteen pirates, eight policemen and one Major-General, "
                "mostly adult sizes. The cast fitting is on {+14} at 4 PM, and the school will pay a $300 "
                "deposit. She plans to collect the costumes herself.",
                [
                    ("Curtain Call Costume Hire, Benny speaking, what can I do for you?",
                     "Hello, Benny! Rosalind Pettifer, I teach drama at Bedford Academy. We're doing The "
                     "Pirates of Penzance this spring and I need, well, an army of pirates."),
                    ("Ha! Love a bit of G and S. How many are we talking?",
                     "Fourteen pirates. Eight policemen. And one Major-General, the full, um, the full "
                     "medals and sash and plumes situation."),
                    ("We've got a gorgeous Major-General. Is it for kids?",
                     "Grades ten to twelve, so mostly adult sizes, a few smalls."),
                    ("Great. I'd suggest bringing the cast in for a fitting. Two weeks from now, after "
                     "school, say four o'clock?", "Four's perfect, the bus drops them at three forty-five."),
                    ("And we take a three hundred dollar deposit to hold everything.",
                     "Three hundred. The school will pay that, I'll get the bursar to call."),
                    ("And will you collect the costumes or do you need delivery?",
                     "We'll collect. I've got a minivan and a lot of determination."),
                    ("Ha, see you at the fitting!", "Thank you, Benny!"),
                ],
                {"first_name": "Rosalind"},
            ),
            Call(
                COSTUMES, 33, "en", "Two more pirates",
                "Rosalind said the fitting went well and that two more students joined the pirate chorus, "
                "so she now needs sixteen pirate costumes.",
                [
                    ("Curtain Call, Benny speaking.",
                     "Benny, hi, Rosalind from Bedford Academy. Thank you for today, the kids were over the "
                     "moon."),
                    ("They were a blast. The Major-General looked incredible.",
                     "Didn't he? Well, about that. Declan, who plays him, told me afterwards he can't wear "
                     "wool. It brings him out in a rash. Is there a cotton version of the jacket?"),
                    ("We do have a cotton drill one, same colour. I'll swap it.",
                     "Oh, wonderful. And two more kids have joined the pirate chorus, so it's sixteen "
                     "pirates now."),
                    ("Sixteen, no problem, we've got plenty of stripes.", "Brilliant."),
                    ("Anything else?", "No, that's it. Thanks!"),
                ],
                {"first_name": "Rosalind"},
            ),
            Call(
                COSTUMES, 9, "en", "Delivery and return of the costumes",
                "Rosalind's minivan broke down, so the shop will deliver the costumes to the school's stage "
                "door on {+5} in the afternoon, for a $40 delivery charge, and collect them on {+19}. The "
                "school's purchase order number is PO-77318.",
                [
                    ("Curtain Call Costume Hire, Benny speaking.",
                     "Benny, it's Rosalind Pettifer. Change of plan on the pickup, I'm afraid. The minivan's "
                     "died. Transmission."),
                    ("Oh no! We can deliver to the school, there's a forty dollar delivery charge.",
                     "Forty dollars, yes please. Bless you."),
                    ("We could bring them in five days, in the afternoon.",
                     "Perfect. Bring them to the stage door, round the back by the gym. The door code is "
                     "5 9 1 2."),
                    ("Got it. And when do they need to come back?",
                     "Once the run's over... could you collect them two weeks after you drop them off?"),
                    ("Yes, we'll pick them up then. Do you have a purchase order?",
                     "I do. P O, seven seven three one eight."),
                    ("PO-77318. Thanks, Rosalind.", "Thank you! Break a leg, as we say."),
                ],
                analysis_items(
                    "Delivery and return of the costumes", "Deliver the costumes to the stage door", "{+5}",
                    "Stage door round the back by the gym; $40 delivery charge; collection on {+19}; "
                    "PO-77318", "none", first_name="Rosalind",
                ),
            ),
        ],
        questions=[
            Question(COSTUMES, "What show are the costumes for?", ("pirates of penzance", "penzance")),
            Question(COSTUMES, "Which school does she teach at?", ("bedford academy",)),
            Question(COSTUMES, "How many pirate costumes does she need?", ("sixteen", "16 pirate"),
                     ("fourteen", "14 pirates")),
            Question(COSTUMES, "How many policemen?", ("eight policemen", "8 policemen")),
            Question(COSTUMES, "Who can't wear wool?", ("declan",)),
            Question(COSTUMES, "What will the Major-General's jacket be made of?", ("cotton",)),
            Question(COSTUMES, "Any fabric sensitivity in the cast?", ("wool", "rash")),
            Question(COSTUMES, "When are the costumes being delivered?", _day(9, 5)),
            Question(COSTUMES, "When will the shop collect them?", _day(9, 19)),
            Question(COSTUMES, "What's the purchase order number?", ("po-77318", "77318")),
            Question(COSTUMES, "How much was the deposit?", ("$300", "three hundred dollar")),
            Question(COSTUMES, "How much is delivery?", ("$40", "forty dollar")),
            Question(COSTUMES, "Why does she need delivery now?", ("minivan", "transmission")),
            Question(COSTUMES, "Where should the costumes be dropped off?", ("stage door",)),
            Question(COSTUMES, "When was the cast fitting?", _day(47, 14)),
            Question(COSTUMES, "What sizes do the students need?", ("adult sizes",)),
            Question(COSTUMES, "What does she teach?", ("drama",)),
            Question(COSTUMES, "How is she getting the costumes?",
                     ("deliver the costumes", "deliver to the school"), ("collect the costumes",)),
            Question(COSTUMES, "What's the stage door code?", ()),
            Question(COSTUMES, "Who's playing Mabel?", ()),
            Question(COSTUMES, "What size is the Major-General costume?", ()),
            Question(COSTUMES, "What's the school's phone number?", ()),
            Question(COSTUMES, "What's the total hire cost?", ()),
            Question(COSTUMES, "What's the bursar's name?", ()),
            Question(COSTUMES, "How many performances are there?", ()),
        ],
    ),
    # A mother booking counselling for her son: questions about him and his father; the analysis items call
    # it "none" once; sessions moved to video, a billing address changed.
    Caller(
        number="+19025551809",
        names=("Gwen",),
        calls=[
            Call(
                THERAPY, 58, "en", "Counselling for a teenage son",
                "The user, Gwen Pryor, booked counselling for her son Toby, 15, who has been refusing to go "
                "to school since January after being bullied. Toby prefers a male counsellor, so he will see "
                "Anders Lindqvist in person on {+7} at 4:15 PM. Sessions cost $130.",
                [
                    ("Harbour Light Counselling, this is Tessa, how can I help you today?",
                     "Hi, yes, hello. I'm calling about my son. I'm, um... sorry, I practised this in the "
                     "car."),
                    ("Take your time.",
                     "My name's Gwen Pryor, and my son Toby is fifteen. He hasn't been to school properly "
                     "since January. He was being bullied, and now he just, he won't go. School refusal, "
                     "the guidance counsellor called it."),
                    ("That sounds really hard for both of you. Would Toby be open to seeing someone?",
                     "He said he'd try, if it's a man. He relates better to men, him and his dad are close."),
                    ("We have Anders Lindqvist, a social worker who's wonderful with teenagers. He has a "
                     "slot in a week, at four-fifteen, after school hours.",
                     "Four-fifteen is good. In person?"),
                    ("In person at our Spring Garden Road office, yes.", "Okay. How much is it?"),
                    ("A hundred and thirty dollars per session.",
                     "Okay. My work has an EAP, the employee assistance program, I think it covers some "
                     "sessions."),
                    ("We can bill them, just bring the authorization number.", "I'll get it from HR."),
                    ("And your address for billing?", "Nineteen Chebucto Lane, Dartmouth."),
                    ("Thank you, Gwen. We'll see Toby next week.", "Thank you so much."),
                ],
                analysis_items(
                    "Counselling for teenage son", "Toby's first session with Anders", "{+7}",
                    "Son Toby, 15; school refusal since January after bullying; prefers a male counsellor; "
                    "billing address 19 Chebucto Lane, Dartmouth", "none", first_name="Gwen",
                ),
            ),
            Call(
                THERAPY, 31, "en", "Joint parent session and video sessions",
                "Gwen said Toby is now going to school three days a week. She booked a joint parent session "
                "with Anders and Toby's father, Curtis, on {+10} at 7 PM. Toby's weekly sessions will be by "
                "video from now on.",
                [
                    ("Harbour Light Counselling, Tessa speaking.", "Hi Tessa, it's Gwen Pryor, Toby's mum."),
                    ("Hi Gwen! How's Toby doing?",
                     "Better. Honestly better. He's going three days a week now. Which, three months ago, "
                     "I'd have cried for."),
                    ("That's wonderful.",
                     "Anders suggested a session with both parents. Toby's dad and I are separated, but "
                     "we're on good terms. His name's Curtis, Curtis Pryor."),
                    ("Of course. Anders has an evening slot in ten days at seven PM.",
                     "Seven works for both of us, I already asked Curtis."),
                    ("And Toby's weekly sessions, still in person?",
                     "Actually, he'd rather do them by video from now on. He says it's less weird. His "
                     "words."),
                    ("Ha, fair enough. I'll switch him to video.", "Thanks, Tessa."),
                ],
                {"first_name": "Gwen"},
            ),
            Call(
                THERAPY, 2, "en", "Billing address and school letter",
                "Gwen updated her billing address to 6 Juniper Court, Dartmouth. Anders will write a "
                "letter to Eastbrook High supporting a reduced timetable for Toby, ready by {+4}; it will be "
                "emailed to Gwen.",
                [
                    ("Harbour Light Counselling, Tessa speaking.",
                     "Hi Tessa, Gwen Pryor. I've moved, so I need to update the billing address."),
                    ("Of course. What's the new address?",
                     "Six Juniper Court. Still in Dartmouth. J-U-N-I-P-E-R."),
                    ("Got it. Anything else?",
                     "Yes, Anders said he could write a letter for Toby's school, about a reduced timetable. "
                     "It's Eastbrook High."),
                    ("He can have it ready in four days. Should I email it to you?",
                     "Yes please, and I'll forward it to the vice-principal."),
                    ("Will do.", "Thanks so much, Tessa."),
                ],
                analysis_items(
                    "Billing address and school letter", "Letter to Eastbrook High about Toby's reduced "
                    "timetable", "{+4}", "New billing address: 6 Juniper Court, Dartmouth; Toby attends "
                    "Eastbrook High", "health", first_name="Gwen",
                ),
            ),
        ],
        questions=[
            Question(THERAPY, "Who are the sessions for?", ("toby",)),
            Question(THERAPY, "How old is her son?", ("15", "fifteen")),
            Question(THERAPY, "Why isn't her son going to school?",
                     ("bullied", "bullying", "school refusal")),
            Question(THERAPY, "Which counsellor does Toby see?", ("anders", "lindqvist")),
            Question(THERAPY, "Why did they want a male counsellor?", ("relates better",)),
            Question(THERAPY, "How are Toby's sessions held now?", ("video",), ("in person",)),
            Question(THERAPY, "Who is Toby's father?", ("curtis",)),
            Question(THERAPY, "Has the marriage ended?", ("separated",)),
            Question(THERAPY, "When is the joint parent session?", _day(31, 10)),
            Question(THERAPY, "What time is the parents' session?", ("7 pm", "seven pm", "seven works")),
            Question(THERAPY, "What's her billing address?", ("juniper court",), ("chebucto",)),
            Question(THERAPY, "Which school does Toby attend?", ("eastbrook",)),
            Question(THERAPY, "When will the school letter be ready?", _day(2, 4)),
            Question(THERAPY, "How many days a week is he at school now?", ("three days a week",)),
            Question(THERAPY, "What does her employer offer to help pay?", ("employee assistance",)),
            Question(THERAPY, "What does a session cost?", ("130", "hundred and thirty")),
            Question(THERAPY, "When was Toby's first session?", _day(58, 7)),
            Question(THERAPY, "Where is the office Toby went to?", ("spring garden",)),
            Question(THERAPY, "Who will the school letter be forwarded to?", ("vice-principal",)),
            Question(THERAPY, "What's Curtis's phone number?", ()),
            Question(THERAPY, "Who bullied Toby?", ()),
            Question(THERAPY, "Is Toby on any medication?", ()),
            Question(THERAPY, "What is Gwen's job?", ()),
            Question(THERAPY, "How many sessions does the EAP cover?", ()),
            Question(THERAPY, "What's the vice-principal's name?", ()),
            Question(THERAPY, "What's the EAP authorization number?", ()),
        ],
    ),
]  # fmt: skip
