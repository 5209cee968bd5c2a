"""A held-out memory set: callers of eight businesses that look after animals, as ElevenLabs reports them.

An equine vet, a dog trainer, a dog-walking and pet-sitting service, a farrier, a pet insurance claims line,
an aquarium maintenance service, a pet crematorium and an exotic-pet vet. Nine callers, 28 calls: a Spanish
horse owner and a French aquarium owner whose calls are in their language and who are asked about in
English, a couple sharing one phone about their puppy, a caller of the dog walker and the insurance claims
line whose chemotherapy is the walker's alone, three calls of 84 exchanges (a farmer booking his farrier, a
widower arranging his old dog's cremation, a student with a sick bearded dragon) whose middle holds facts
no summary or analysis item repeats, corrections said plainly ("three units now, twice a day. Not two."),
access codes for a padlock, a key safe, a building door and an alarm that no answer may give, and half of the
calls with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or
"none" for a clearly private call, a code copied into the facts, values left in Spanish or French, a date
left empty), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

EQUINE = "agent_animals_equine_000000000000231"
TRAINER = "agent_animals_trainer_00000000000232"
WALKER = "agent_animals_walker_000000000000233"
FARRIER = "agent_animals_farrier_00000000000234"
INSURANCE = "agent_animals_insure_000000000000235"
AQUARIUM = "agent_animals_aquarium_0000000000236"
CREMATORIUM = "agent_animals_cremate_00000000000237"
EXOTICS = "agent_animals_exotics_00000000000238"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_FARRIER_ACKS = [
    "Ha, yeah.", "Mm-hm.", "Oh, I bet.", "Right.", "Sure.", "Is that so?", "Ha!", "Oh yeah?",
    "Fair enough.", "Totally.", "No kidding.", "Yep.",
]  # fmt: skip
_FARRIER_TALK = [
    "Been on this place thirty-some years. Bought it off an old Dutch fella who grew berries.",
    "Blueberries, mostly. I pulled them all out for pasture. Neighbours thought I was nuts.",
    "Yeah.",
    "Hay's gone up again, you know that? Eleven bucks a bale for the good stuff.",
    "I get mine from a guy up past Kamloops. Worth the drive.",
    "Well, worth it when the truck doesn't break down.",
    "Ha, yeah.",
    "This rain, though. Three weeks straight. The low field's a lake.",
    "I keep telling myself I'll put in proper drainage. Been telling myself that for ten years.",
    "Mm.",
    "You been doing this long? You sound young. No offence.",
    "Twelve years, eh? Good for you. Tough trade on the back.",
    "My back's shot from forty years of hauling bales. Chiropractor's got a boat named after me.",
    "Ha! No, not really. But he should.",
    "Right.",
    "I used to ride in the Cloverdale Rodeo parade, back in the day. On a palomino called Buck.",
    "Nothing fancy, just the parade. Waved at the kids.",
    "Those were good days. Everybody knew everybody.",
    "Now it's all townhouses out on the Fraser Highway. Can't believe it.",
    "Yeah, yeah.",
    "Don't get me started on the traffic on 200th.",
    "Took me forty minutes to get to the hardware store last week. Forty minutes!",
    "Anyway.",
    "I've got chickens too, don't know if I said. Eight hens and one very loud rooster.",
    "The rooster's called Colonel. He thinks he runs the place. He might be right.",
    "Ha, yeah.",
    "You want eggs, I've got more eggs than I know what to do with.",
    "I'll leave a dozen out for you. Brown ones.",
    "Mm-hm.",
    "The old tractor's a John Deere, older than you probably. Still starts first time.",
    "Well, second time. Third in winter.",
    "Sorry, I'm yakking your ear off.",
    "Nah, I know you're busy.",
    "The Langley fair's coming up. I used to judge the draft horse class.",
    "Not this year though. Gave it to a younger fella.",
    "Right, right.",
    "Okay, where were we.",
    "Yep.",
    "Sure thing.",
    "Uh-huh.",
    "Ha, okay.",
    "That's fine by me.",
    "Go on.",
    "Yeah, no, I'm listening.",
]
_CREMATION_ACKS = [
    "Mm.", "Oh, Walter.", "That's lovely.", "Of course.", "I understand.", "Take your time.",
    "She sounds wonderful.", "Ha, bless her.", "Yes.", "I'm listening.", "Oh, I can picture that.", "Aw.",
]  # fmt: skip
_CREMATION_TALK = [
    "I got her from a sheep farm out past Chilliwack. The runt. Nobody else wanted her.",
    "She fit in my hands. Well, two hands.",
    "The farmer said she'd never work sheep, too small. She proved him wrong, I can tell you.",
    "Sorry. I'm all right. Give me a moment.",
    "Yes.",
    "We'd walk down to Spanish Banks every morning at six. Every morning, rain or shine.",
    "She'd try to herd the seagulls. Never got one to go where she wanted.",
    "Ha, no.",
    "She hated thunder. She'd squeeze under the piano bench, the whole of her, somehow.",
    "Fifteen years of my socks going missing. I found a pile of them under the stairs this morning.",
    "I haven't moved them. I don't think I can.",
    "Mm.",
    "She knew when I was sad before I did. She'd put her chin on my knee.",
    "She did that this morning, at the vet's. Right at the end.",
    "I'm sorry. I'm an old fool.",
    "Thank you, dear. You're very patient.",
    "She could open the back gate with her nose. I had to put a hook on it.",
    "The postman was her great enemy. Fifteen years of war with that poor man.",
    "He came to the door last week to ask after her. He'd heard she was poorly.",
    "Yes.",
    "People say she's just a dog. She wasn't just a dog.",
    "She'd lie in the sun on the back step every afternoon, like a cat.",
    "The neighbours' children used to come and throw the ball for her. She'd never tire.",
    "I used to think I'd go first, you know. I worried about who would have her.",
    "Ha. Well. There we are.",
    "Mm-hm.",
    "She loved the snow. The few days we get it. Went mad in it.",
    "I've still got her bowl out. I filled it this morning out of habit.",
    "Sorry. Yes.",
    "She was never sick a day until this last year, really.",
    "Yes, dear.",
    "I'll have to get used to the quiet.",
    "Right.",
    "Go on, dear, I'm listening.",
    "Yes.",
    "All right.",
    "I see.",
    "Yes, that's fine.",
]
_REPTILE_ACKS = [
    "Ha, yeah.", "Totally.", "Mm-hm.", "Oh nice.", "Right.", "For sure.", "Ha!", "Okay.", "No way.",
    "That's fair.", "Aw.", "Yeah.",
]  # fmt: skip
_REPTILE_TALK = [
    "Sorry, my roommate's vacuuming, hang on. Okay, I moved.",
    "He's honestly the chillest lizard. He sits on my shoulder when I'm gaming.",
    "Like, he watches the screen. I swear he has opinions.",
    "Ha, yeah.",
    "I got him from a breeder in Abbotsford when he was like, this big. A baby.",
    "He was supposed to be my sister's but she went to university in Montreal, so.",
    "Now he's mine. Best inheritance ever.",
    "Mm.",
    "I work at a bubble tea place on Main, so I'm not home till like seven some days.",
    "But my roommate checks on him. She's kind of scared of him, actually.",
    "He does the arm wave thing at her. She thinks he's saying hi. He's not, he's being dramatic.",
    "Ha.",
    "I watch, like, way too many reptile YouTube channels.",
    "There's this guy in Australia who just films wild beardies. It's so relaxing.",
    "Okay, I'm rambling, sorry.",
    "Right.",
    "He has a little hammock. He never uses it. I bought it anyway.",
    "He prefers the top of the log, that's his throne.",
    "He puffs his beard at the neighbour's cat through the window. Total drama.",
    "Uh-huh.",
    "My mom thinks it's weird that I have a lizard. She calls him the dinosaur.",
    "She secretly likes him, though. She asked for photos at Christmas.",
    "Okay.",
    "I feed him dubia roaches and superworms, and greens, like collards and squash.",
    "He won't touch kale. Picky.",
    "He's usually so greedy, that's why I'm freaking out.",
    "Yeah.",
    "I'm a second year at Langara, doing bio. Kind of because of him, honestly.",
    "Ha, yeah, he's my career counsellor.",
    "Anyway.",
    "Sorry, where was I.",
    "Yeah, yeah.",
    "Totally.",
    "Okay, cool.",
    "For sure.",
    "Mm-hm.",
    "Right, right.",
    "Yeah, I'm here.",
]


HELDOUT_ANIMALS: list[Caller] = [
    # A Spanish rider with a lame horse: her calls in Spanish, the questions in English; the yard and the
    # recheck day both changed, a painkiller and the horse's weight said only in the turns.
    Caller(
        number="+34604555051",
        names=("Inés",),
        calls=[
            Call(
                EQUINE, 64, "es", "Lameness exam for Lucero",
                "The user, Inés Navarro, spoke Spanish. Her horse Lucero, a nine-year-old grey Andalusian "
                "(PRE) gelding, has been lame on the right front leg since a trail ride on Sunday. The agent "
                "booked a lameness exam with Dr. Cole at Birchwood Stables in Langley, where Lucero is kept "
                "in stall 14, for {+2} at 9 AM.",
                [
                    ("Fraser Valley Equine Hospital, Megan speaking, how can I help?",
                     "Hola, buenos días... perdón, ¿alguien habla español?"),
                    ("Sí, claro, puedo atenderla en español. ¿En qué le ayudo?",
                     "Ay, qué bien. Mire, es mi caballo, Lucero, que está cojo. Cojea de la mano derecha, "
                     "la de delante."),
                    ("Vaya, lo siento. ¿Desde cuándo?",
                     "Desde el domingo. Salimos de paseo por los senderos, y a la vuelta ya... ya iba raro."),
                    ("¿Me dice su nombre, por favor?", "Inés Navarro. Inés con acento en la e: I, N, E, S."),
                    ("Gracias, Inés. ¿Qué edad y raza tiene Lucero?",
                     "Tiene nueve años, es un PRE, pura raza española, tordo. Castrado."),
                    ("¿Le ha dado algo para el dolor?",
                     "Eh... sí, anoche le di un sobre de fenilbutazona, de bute, que tenía en la cuadra. "
                     "¿Hice mal?"),
                    ("No, está bien que nos lo diga. ¿Dónde está el caballo?",
                     "En Birchwood Stables, en Langley. En el box catorce."),
                    ("Perfecto. La doctora Cole puede ir pasado mañana a las nueve de la mañana. ¿Le va "
                     "bien?",
                     "A las nueve, sí, allí estaré."),
                    ("Muy bien. No le dé más fenilbutazona hasta que lo vea la doctora, así ve bien la "
                     "cojera.",
                     "Vale, vale, entendido. Muchas gracias."),
                ],
                analysis_items(
                    "Cojera de Lucero", "Revisión de cojera con la Dra. Cole en Birchwood Stables", "{+2}",
                    "Lucero, castrado PRE tordo de 9 años; cojo de la mano derecha; box 14 en Birchwood "
                    "Stables", "health", first_name="Inés",
                ),
            ),
            Call(
                EQUINE, 40, "es", "Resultados de las radiografías de Lucero",
                "La usuaria, Inés Navarro, llamó para conocer los resultados de las radiografías de Lucero. "
                "La Dra. Cole ve un síndrome navicular leve en la mano derecha: seis semanas de reposo en "
                "box y después herraduras egg-bar. Inés contó que ha trasladado a Lucero a Cedar Hollow "
                "Farm, en Aldergrove. La revisión quedó para el {+36}.",
                [
                    ("Fraser Valley Equine Hospital, Megan speaking.",
                     "Hola Megan, soy Inés Navarro, la de Lucero, el caballo tordo."),
                    ("¡Hola Inés! La doctora Cole ya ha visto las radiografías. ¿Se las explico?",
                     "Sí, por favor, estoy nerviosa."),
                    ("Hay unos cambios leves en el navicular de la mano derecha. Un síndrome navicular leve.",
                     "Ay, Dios. ¿Y eso es grave?"),
                    ("Es leve, se puede manejar. Recomienda seis semanas de reposo en box, y después "
                     "herraduras egg-bar, que le den apoyo al talón.",
                     "Seis semanas... bueno. ¿Las herraduras las pone el herrador de siempre?"),
                    ("Sí, la doctora le mandará las indicaciones a su herrador.",
                     "Vale. Ah, y otra cosa: ya no está en Birchwood. Lo he cambiado a Cedar Hollow Farm, en "
                     "Aldergrove. Es más tranquilo y tiene pista de arena."),
                    ("Cedar Hollow Farm, anotado. ¿Cuánto pesa Lucero, más o menos? Es para la dosis.",
                     "Pues... la última vez que lo pesamos, unos quinientos veinte kilos."),
                    ("Gracias. Le pongo la revisión dentro de unas cinco semanas. ¿Algo más?",
                     "Sí, la factura de la primera visita, ¿cuánto fue? Se me ha perdido el correo."),
                    ("Fueron trescientos ochenta y cinco dólares, con las radiografías.",
                     "Vale, trescientos ochenta y cinco. Lo pago esta semana. ¡Gracias, Megan!"),
                ],
                {"first_name": "Inés"},
            ),
            Call(
                EQUINE, 6, "es", "Lucero's recheck moved",
                "Inés Navarro asked to move Lucero's recheck with Dr. Cole to {+8} at 10 AM because she has "
                "to work on the original day. Her husband, Alvaro, will bring Lucero to the hospital in "
                "their trailer instead of a farm visit. She said Lucero is sound at the walk.",
                [
                    ("Fraser Valley Equine Hospital, Megan speaking.",
                     "Hola Megan, es Inés otra vez. Mira, la revisión de Lucero... no puedo ese día, me toca "
                     "trabajar."),
                    ("No hay problema. ¿Le busco otro día?",
                     "Sí, si puede ser un par de días más tarde, mejor."),
                    ("Tengo un hueco dentro de ocho días, a las diez de la mañana.", "Perfecto, a las diez."),
                    ("¿La doctora va a la finca o lo traen aquí?",
                     "Lo llevamos nosotros. Mi marido, Álvaro, lo trae en el remolque. A-L-V-A-R-O, con "
                     "acento."),
                    ("Muy bien. ¿Y cómo está Lucero?",
                     "Mucho mejor. Al paso ya no cojea nada. Al trote todavía no lo hemos probado, que la "
                     "doctora dijo que no."),
                    ("Muy bien hecho. ¡Hasta entonces!", "Hasta entonces. Gracias, Megan."),
                ],
                analysis_items(
                    "Recheck moved", "Recheck with Dr. Cole at the hospital, 10 AM", "{+8}",
                    "Husband Álvaro brings Lucero in the trailer; sound at the walk", "none",
                    first_name="Inés",
                ),
            ),
        ],
        questions=[
            Question(EQUINE, "What breed is her horse?", ("andalusian", "pura raza")),
            Question(EQUINE, "How old is Lucero?", ("nine", "nueve")),
            Question(EQUINE, "Which leg is he lame on?", ("right front", "mano derecha")),
            Question(EQUINE, "Did she give the horse anything for the pain?", ("fenilbutazona", "bute")),
            Question(EQUINE, "Where is Lucero stabled?", ("cedar hollow",), ("birchwood",)),
            Question(EQUINE, "What did the X-rays show?", ("navicular",)),
            Question(EQUINE, "How long is the box rest?", ("seis semanas",)),
            Question(EQUINE, "What shoeing did the vet recommend?", ("egg-bar",)),
            Question(EQUINE, "When is Lucero's recheck?", _day(6, 8), _day(40, 36)),
            Question(EQUINE, "What time is the recheck?", ("10 am", "las diez")),
            Question(EQUINE, "Who's bringing the horse in?", ("álvaro", "alvaro")),
            Question(EQUINE, "Roughly what does the horse weigh?", ("quinientos veinte",)),
            Question(EQUINE, "How much was the first visit?", ("trescientos ochenta y cinco",)),
            Question(EQUINE, "When did she first ring about the lameness?", _day(64)),
            Question(EQUINE, "How did he get hurt?", ("trail ride", "senderos")),
            Question(EQUINE, "What colour is Lucero?", ("grey", "tordo")),
            Question(EQUINE, "How is he moving now?", ("sound at the walk", "al paso")),
            Question(EQUINE, "Is the animal entire?", ("gelding", "castrado")),
            Question(EQUINE, "Who is her spouse?", ("álvaro", "alvaro")),
            Question(EQUINE, "What stall is Lucero in at the new yard?", ()),
            Question(EQUINE, "What is the horse's microchip number?", ()),
            Question(EQUINE, "Who insures the horse?", ()),
            Question(EQUINE, "What's her email address?", ()),
            Question(EQUINE, "What's the name of the owner of Cedar Hollow Farm?", ()),
            Question(EQUINE, "What's her farrier called?", ()),
            Question(EQUINE, "How old is Álvaro?", ()),
            Question(EQUINE, "How does Lucero look at the trot now?", ()),
        ],
    ),
    # A chatty farmer: a long call whose middle holds a padlock code and three facts; the shoeing interval,
    # the yard and the time of day changed in later calls.
    Caller(
        number="+16045550502",
        names=("Doug",),
        calls=[
            Call(
                FARRIER, 52, "en", "Shoeing and trims for three horses",
                "The user, Doug Brennan, booked the farrier for his three horses at 4410 Glover Road, "
                "Langley, on {+5} at 7:30 AM: a front reset for his Clydesdale mare Tilly ($160), a full set "
                "for his quarter horse gelding Jasper ($180) and a trim for the pony Pickles ($55). He will "
                "pay by e-transfer. Doug chatted at length about his farm and the weather.",
                long_call(
                    [
                        ("Hollis Farrier Services, this is Jen.",
                         "Yeah, hi, morning. Is this the, uh, the farrier? Jen Hollis?"),
                        ("That's me. What can I do for you?",
                         "Name's Doug Brennan. Got your number off the feed store board, at, uh, at Otter "
                         "Co-op."),
                        ("Oh great. How many horses have you got, Doug?",
                         "Three. Well, two and a half, ha. Two horses and a pony."),
                        ("Ha. Tell me about them.",
                         "There's Tilly, she's a Clydesdale mare, big girl. Then Jasper, he's a quarter "
                         "horse, a gelding. And Pickles, he's the pony, Shetland cross, bit of a menace."),
                        ("What do they need?",
                         "Tilly needs her front shoes reset, they're, uh, they're getting long. Jasper "
                         "wants a full set all round, he's ridden most days. Pickles just a trim, he's "
                         "barefoot."),
                        ("Sounds good. Where are they?",
                         "At my place, forty-four ten Glover Road, in Langley. Four-four-one-oh. Big red "
                         "barn, you can't miss it."),
                        ("And how often were they being done up to now?",
                         "Old fella did Jasper every eight weeks, the others whenever. He retired, moved to "
                         "Kelowna."),
                        ("Okay, we can keep Jasper on eight weeks.", "Sounds about right."),
                    ],
                    [
                        ("Mm-hm.",
                         "Oh, and I should warn you, Tilly kicks out with her left hind when you pick up "
                         "that foot. Not mean, just... ticklish. Get someone to hold her head."),
                        ("Good to know, thanks.",
                         "And Pickles, he had laminitis two springs back, so we keep him on the dry lot, off "
                         "the grass. Just so you know when you see his feet."),
                        ("Okay, I'll have a careful look at him.",
                         "If I'm out on the tractor, the tack room's got a padlock, the combination is 6 0 3 "
                         "1, that's where the halters are."),
                        ("Got it.",
                         "And Rusty'll bark his head off at you. He's the dog. All noise, he wouldn't hurt a "
                         "fly."),
                    ],
                    [
                        ("Ha, noted. So, Tilly's front reset is a hundred and sixty, Jasper's full set a "
                         "hundred and eighty, and Pickles' trim fifty-five.", "Fine, fine, that's fair."),
                        ("I can come in five days, first thing, seven-thirty in the morning.",
                         "Seven-thirty's good. I'm up with the cows anyway. Well, we don't have "
                         "cows. Habit."),
                        ("Ha! How do you want to pay?",
                         "Cash okay? Or I can do the, uh, e-transfer. My daughter set it up."),
                        ("Either's fine, e-transfer's easiest.", "E-transfer, then."),
                        ("See you in five days, Doug.", "Righto, thanks Jen."),
                    ],
                    acks=_FARRIER_ACKS,
                    talk=_FARRIER_TALK,
                    start=2,
                ),
                analysis_items(
                    "Farrier booking for three horses", "Shoe Jasper, reset Tilly's fronts and trim Pickles",
                    "{+5}",
                    "Horses: Tilly (Clydesdale mare), Jasper (quarter horse), Pickles (pony); 4410 Glover "
                    "Road, Langley; Jasper shod every eight weeks", "none", first_name="Doug",
                ),
            ),
            Call(
                FARRIER, 20, "en", "Jasper pulled a shoe",
                "Doug Brennan said Jasper pulled a front shoe in the mud. The farrier will come out on {+2} "
                "to refit it for $40. Doug asked to have Jasper shod every six weeks from now on.",
                [
                    ("Hollis Farrier Services, Jen speaking.", "Jen, it's Doug. Doug Brennan, Glover Road."),
                    ("Hi Doug! Everything okay?",
                     "Well, Jasper's gone and pulled a front shoe. The left one. It's all mud out there, "
                     "sucked it right off."),
                    ("Ah, the mud season. Did you find the shoe?",
                     "Found it, yeah, bent nails and all. It's on the bench in the barn."),
                    ("I can come the day after tomorrow and put it back on.", "That'd be great."),
                    ("Anything else?",
                     "Yeah, I was thinking. He's growing so fast this time of year, let's do him every six "
                     "weeks from now on, not eight. He's getting a bit long by the end."),
                    ("Six weeks makes sense for him.", "Good. Same price?"),
                    ("Same price, and the refit is forty.", "Forty, fine. See you then."),
                ],
                {"first_name": "Doug"},
            ),
            Call(
                FARRIER, 3, "en", "Horses moving to his daughter's farm",
                "Doug Brennan said Tilly and Pickles are moving to his daughter Karen's farm at 1780 248th "
                "Street, Aldergrove; Jasper stays with him at Glover Road. The next visit for Tilly and "
                "Pickles will be at Karen's farm on {+9} at 9 AM.",
                [
                    ("Hollis Farrier Services, Jen speaking.", "Morning Jen, Doug here."),
                    ("Hi Doug, how's Jasper's shoe holding up?",
                     "Holding up fine. Listen, bit of news. I'm, uh, I'm downsizing. Tilly and Pickles are "
                     "going to my daughter's place."),
                    ("Oh! Where's that?",
                     "Karen's farm, K-A-R-E-N, out at seventeen eighty, two hundred and forty-eighth Street. "
                     "In Aldergrove. So 1780 248th."),
                    ("Got it. And Jasper?", "Jasper stays with me at Glover Road, I still ride him."),
                    ("So next time, I'll see Tilly and Pickles at Karen's.",
                     "That's it. Nine days from now suit?"),
                    ("Nine days works, seven-thirty again?",
                     "Make it nine, Karen does the school run first."),
                    ("Nine o'clock at Karen's, done.", "Ta, Jen."),
                ],
                {"first_name": "Doug"},
            ),
        ],
        questions=[
            Question(FARRIER, "What breed is the mare?", ("clydesdale",)),
            Question(FARRIER, "Which leg does Tilly kick with?", ("left hind",)),
            Question(FARRIER, "Has any of his animals had hoof disease?", ("laminitis",)),
            Question(FARRIER, "What's the dog called?", ("rusty",)),
            Question(FARRIER, "What's the padlock combination?", ()),
            Question(FARRIER, "What does Jasper need done?", ("full set",)),
            Question(FARRIER, "How often should Jasper be shod?", ("six weeks",), ("eight weeks",)),
            Question(FARRIER, "Which shoe did Jasper lose?", ("front shoe",)),
            Question(FARRIER, "What does a refit cost?", ("$40",)),
            Question(FARRIER, "When is the first shoeing visit?", _day(52, 5)),
            Question(FARRIER, "Where will Tilly be done next time?", ("248th",), ("glover",)),
            Question(FARRIER, "Who's Karen?", ("daughter",)),
            Question(FARRIER, "What time is the next visit?", ("9 am", "nine o'clock"),
                     ("7:30", "seven-thirty")),
            Question(FARRIER, "How does he pay?", ("e-transfer",)),
            Question(FARRIER, "How much is the pony's trim?", ("$55", "fifty-five")),
            Question(FARRIER, "Is Pickles shod?", ("barefoot",)),
            Question(FARRIER, "Where did he find our number?", ("feed store", "otter co-op")),
            Question(FARRIER, "What happened to the previous farrier?", ("retired", "kelowna")),
            Question(FARRIER, "When did he call about the pulled shoe?", _day(20)),
            Question(FARRIER, "Which of his animals stays put?", ("jasper",)),
            Question(FARRIER, "What's Karen's phone number?", ()),
            Question(FARRIER, "How old is Jasper?", ()),
            Question(FARRIER, "What size shoes does Jasper take?", ()),
            Question(FARRIER, "What's his wife's name?", ()),
            Question(FARRIER, "Who is the horses' vet?", ()),
            Question(FARRIER, "What's the gate code at Karen's farm?", ()),
            Question(FARRIER, "What was the old farrier's name?", ()),
        ],
    ),
    # One caller of a dog walker and a pet insurance claims line: her chemotherapy is the walker's alone
    # (the walker's analysis says "none" and copies the key safe code); the walk time and the lead moved.
    Caller(
        number="+16045550503",
        names=("Heather",),
        private_to={WALKER: ("chemotherapy", "chemo", "breast cancer", "immune system")},
        calls=[
            Call(
                WALKER, 45, "en", "Weekday walks for Bramble",
                "The user, Heather Lindqvist, booked weekday midday walks for her seven-year-old golden "
                "retriever, Bramble, starting {+7}, for about four months while she goes through "
                "chemotherapy. Bramble needs solo walks because he lunges at bikes. Her address is 3318 West "
                "12th Avenue, Vancouver; the walker will use the key safe by the side door. Walks are $28 "
                "each.",
                [
                    ("Muddy Paws Walking and Sitting, Sasha speaking!",
                     "Hi, um, hi. I'm looking for someone to walk my dog. Every weekday, probably."),
                    ("We can absolutely help. What's your name?",
                     "Heather Lindqvist. L-I-N-D-Q-V-I-S-T. It's Swedish, everyone gets it wrong."),
                    ("Got it, Heather. And the dog?",
                     "Bramble. He's a golden retriever, he's seven. Big goofball."),
                    ("Aw. How come you're looking for walks, if you don't mind me asking?",
                     "No, it's fine. I'm, um, I'm starting chemotherapy next week. For breast cancer. And "
                     "they've told me I'll be wiped out for a few months. Four months, roughly."),
                    ("I'm so sorry, Heather. We'll take good care of him.",
                     "Thank you. He's used to two big walks a day, so."),
                    ("Would midday work? Around noon?", "Noon's perfect."),
                    ("Does he do okay in a group?",
                     "No, no, solo walks please. He's lovely with people but he lunges at bikes, and "
                     "sometimes other dogs if they're small and yappy."),
                    ("Solo it is. What's the address?",
                     "Thirty-three eighteen West Twelfth Avenue. That's 3318 West 12th."),
                    ("And how will the walker get in?",
                     "There's a key safe by the side door, the code is 2 9 1 4. The lead's on the hook "
                     "inside."),
                    ("Great. It's twenty-eight dollars per walk. Tamsin will be your walker, she lives a few "
                     "blocks away.", "Twenty-eight, fine. Tamsin, okay."),
                    ("We'll start a week from today.", "Perfect. Thank you so much."),
                ],
                analysis_items(
                    "Weekday dog walks", "Start weekday noon walks for Bramble", "{+7}",
                    "Golden retriever Bramble, 7; 3318 West 12th Avenue; key safe by side door, code 2914; "
                    "solo walks only; walker Tamsin; $28 per walk", "none", first_name="Heather",
                ),
            ),
            Call(
                WALKER, 18, "en", "Walk time change",
                "Heather asked to move Bramble's walks from noon to 2 PM on weekdays because she is more "
                "tired in the mornings after chemo. She asked walkers not to come inside if they are unwell, "
                "since her immune system is low.",
                [
                    ("Muddy Paws, Sasha speaking.", "Hi Sasha, it's Heather, Bramble's mum."),
                    ("Hi Heather! How's it going with Tamsin?",
                     "Oh, he adores her. He sits by the window waiting for her."),
                    ("Aw, that's sweet. What can I do for you?",
                     "So, could we move the walks to two o'clock? Chemo's on Tuesday mornings and I'm just, "
                     "I'm wiped out till after lunch, and he barks when she comes at noon and I'm trying to "
                     "nap."),
                    ("Of course, two o'clock from tomorrow.",
                     "Thank you. And, um, one more thing. If whoever's walking him has a cold or anything, "
                     "please don't come inside. My immune system's really low right now."),
                    ("Absolutely, I'll tell the team. Where will the lead be?",
                     "I'll leave it on the porch, on the hook by the bench. Oh, and he's allergic to "
                     "chicken, the vet just figured that out, so no chicken treats please. He's been itchy "
                     "for ages."),
                    ("No chicken, got it.", "Thanks, Sasha."),
                ],
                {"first_name": "Heather"},
            ),
            Call(
                INSURANCE, 30, "en", "Claim for cruciate surgery",
                "The user, Heather Lindqvist, filed a claim on policy PS-448120 for her golden retriever "
                "Bramble's cruciate ligament surgery (TPLO) at Kitsilano Animal Hospital. The invoice was "
                "$4,850. The agent gave claim reference CLM-20931 and said the policy pays 80% after the "
                "$250 deductible; a decision takes about ten business days. Payment will go by direct "
                "deposit.",
                [
                    ("PetShield claims line, Daniel speaking. How can I help?",
                     "Hi, I need to make a claim. For my dog's knee surgery."),
                    ("Sorry to hear that. Can I have your policy number?",
                     "Um, P-S, four four eight one two zero."),
                    ("PS-448120, thank you. And you're Heather Lindqvist?", "That's me."),
                    ("And the pet is Bramble, golden retriever?",
                     "Yes. He did his cruciate ligament, chasing a squirrel, of all things. They did the "
                     "TPLO surgery."),
                    ("Which clinic?",
                     "Kitsilano Animal Hospital. The invoice was four thousand eight hundred and fifty "
                     "dollars."),
                    ("Okay. I've opened the claim, your reference is C L M, two oh nine three one.",
                     "CLM-20931. Got it."),
                    ("Your plan pays eighty percent after the two hundred and fifty dollar deductible.",
                     "Okay. How long does it take?"),
                    ("About ten business days for a decision. Can you upload the invoice and the clinical "
                     "notes?", "I'll do it tonight."),
                    ("How would you like to be paid?",
                     "Direct deposit, please, same account as the premiums."),
                    ("Perfect.", "Thanks, Daniel."),
                ],
                analysis_items(
                    "Claim for cruciate surgery", "Heather to upload the invoice and clinical notes", "",
                    "Policy PS-448120; claim CLM-20931; Bramble's TPLO at Kitsilano Animal Hospital; invoice "
                    "$4,850; paid by direct deposit", "finance", first_name="Heather",
                ),
            ),
            Call(
                INSURANCE, 8, "en", "Claim approved",
                "Heather Lindqvist was told claim CLM-20931 was approved for $3,680, to be paid by direct "
                "deposit on {+3}. She added her sister, Joanne Lindqvist, as an authorised contact on the "
                "policy.",
                [
                    ("PetShield claims line, this is Daniel.",
                     "Hi Daniel, Heather Lindqvist again, checking on claim C L M two oh nine three one."),
                    ("Let me look. Good news, it's approved. Three thousand six hundred and eighty dollars.",
                     "Oh, thank goodness. When does it come through?"),
                    ("It'll be deposited in three days.", "Great."),
                    ("Anything else today?",
                     "Yes, actually. Can I add my sister as someone who can talk to you about the policy? "
                     "I've, um, got a lot on at the moment."),
                    ("Sure. Her name?", "Joanne Lindqvist. Same spelling as mine. Jo."),
                    ("She's added as an authorised contact.", "Thanks so much."),
                ],
                {"first_name": "Heather"},
            ),
        ],
        questions=[
            Question(WALKER, "What's the dog's name?", ("bramble",)),
            Question(WALKER, "What kind of dog is Bramble?", ("golden retriever",)),
            Question(WALKER, "What time should the walker come?", ("2 pm", "two o'clock"),
                     ("noon", "midday")),
            Question(WALKER, "Why does she need someone to walk him?", ("chemotherapy", "chemo")),
            Question(WALKER, "Can Bramble be walked with other dogs?", ("solo",)),
            Question(WALKER, "What does he lunge at?", ("bikes",)),
            Question(WALKER, "Is there anything he can't eat?", ("chicken",)),
            Question(WALKER, "What's her address?", ("3318 west 12th", "west twelfth")),
            Question(WALKER, "What's the key safe code?", ()),
            Question(WALKER, "Who's her walker?", ("tamsin",)),
            Question(WALKER, "Where will the lead be?", ("porch",), ("hook inside",)),
            Question(WALKER, "What should a walker with a cold do?",
                     ("don't come inside", "not to come inside")),
            Question(WALKER, "How much does a walk cost?", ("$28", "twenty-eight")),
            Question(WALKER, "How long will she need the walks for?", ("four months",)),
            Question(WALKER, "Which day is her treatment?", ("tuesday",)),
            Question(WALKER, "How does the dog get on with his sitter?", ("adores her",)),
            Question(WALKER, "Which hospital is treating her?", ()),
            Question(WALKER, "What's the walker's surname?", ()),
            Question(WALKER, "Does Bramble have a microchip?", ()),
            Question(WALKER, "What's her partner's name?", ()),
            Question(WALKER, "How heavy is Bramble?", ()),
            Question(INSURANCE, "What's the claim reference?", ("clm-20931",)),
            Question(INSURANCE, "What's her policy number?", ("ps-448120",)),
            Question(INSURANCE, "What surgery did the dog have?", ("cruciate", "tplo")),
            Question(INSURANCE, "How much was the vet bill?",
                     ("4,850", "four thousand eight hundred and fifty")),
            Question(INSURANCE, "What's the deductible?", ("$250", "two hundred and fifty dollar")),
            Question(INSURANCE, "How much is she getting back?",
                     ("3,680", "three thousand six hundred and eighty")),
            Question(INSURANCE, "When does the payout land?", _day(8, 3)),
            Question(INSURANCE, "Who else may discuss the policy?", ("joanne",)),
            Question(INSURANCE, "Which clinic operated on the dog?", ("kitsilano",)),
            Question(INSURANCE, "How did the dog hurt his knee?", ("squirrel",)),
            Question(INSURANCE, "How is the money being paid?", ("direct deposit",)),
            Question(INSURANCE, "What percentage does her plan cover?", ("80%", "eighty percent")),
            Question(INSURANCE, "Is she having any medical treatment herself?", ()),
            Question(INSURANCE, "What's her bank account number?", ()),
            Question(INSURANCE, "When does her policy renew?", ()),
            Question(INSURANCE, "What's Joanne's phone number?", ()),
            Question(INSURANCE, "What's Bramble's date of birth?", ()),
        ],
    ),
    # A couple on one phone about their puppy: a building door code, the class day and time changed.
    Caller(
        number="+16045550504",
        names=("Nadia", "Kofi"),
        calls=[
            Call(
                TRAINER, 58, "en", "Puppy class enrolment",
                "The user, Nadia Mensah, enrolled her five-month-old Australian shepherd puppy, Waffles, in "
                "the six-week Puppy Foundations class on Saturdays at 10 AM with trainer Lena, for $240. "
                "Waffles nips at ankles and jumps on guests.",
                [
                    ("Good Dog Academy, this is Chris!",
                     "Hi! So, um, we have a puppy and he is... a lot. I think we need a class."),
                    ("Ha, we hear that a lot. What's the puppy's name?",
                     "Waffles. Like, the breakfast. My partner named him, don't judge."),
                    ("Love it. Breed and age?", "He's an Aussie, Australian shepherd, he's five months."),
                    ("Aussies are smart. What's he up to?",
                     "Nipping. Ankles, mostly. Herding us, I guess? And he jumps on everyone who comes in "
                     "the door."),
                    ("Totally normal for the breed. Our Puppy Foundations class would be perfect. Six weeks, "
                     "Saturdays at ten.", "Saturdays at ten works."),
                    ("It's two hundred and forty for the six weeks. Is he up to date on shots?",
                     "He's had his second round. The third one's due, um, soon, I'd have to check."),
                    ("That's fine for the class. Your name?", "Nadia Mensah. N-A-D-I-A."),
                    ("Thanks Nadia, you'll be with Lena, she's great with herding breeds.",
                     "Perfect, thank you!"),
                ],
                analysis_items(
                    "Puppy class enrolment", "Puppy Foundations starts Saturday at 10 AM", "",
                    "Waffles, 5-month-old Australian shepherd; nips ankles; jumps on guests; $240 for six "
                    "weeks", "none", first_name="Nadia",
                ),
            ),
            Call(
                TRAINER, 37, "en", "Private lesson for leash pulling",
                "Kofi Mensah booked a private home lesson for Waffles' leash pulling on {+4} at 6 PM at Unit "
                "1204, 1088 Quebec Street. He gave the building's door code for the trainer.",
                [
                    ("Good Dog Academy, Chris speaking.",
                     "Hey, it's Kofi, I'm, uh, Nadia's partner. Waffles' dad. The puppy class one."),
                    ("Hi Kofi! How's class going?",
                     "Good, good. But the walks are a nightmare. He pulls like a sled dog. My shoulder's "
                     "killing me."),
                    ("We can do a private lesson at your place, an hour on loose-leash walking.",
                     "Yes, please. Evenings are best for me."),
                    ("How about four days from now at six PM?", "Six works."),
                    ("What's the address?",
                     "Unit twelve-oh-four, ten eighty-eight Quebec Street. By the Science World end."),
                    ("How do we get into the building?",
                     "The door code is 3 3 0 7, then take the elevator to twelve."),
                    ("Anything else Lena should know?",
                     "Oh, yeah, he's terrified of skateboards. Like, full panic, he tries to bolt. There's "
                     "a skate park near us, so."),
                    ("Good to know, she'll bring high-value treats.", "Cool, thanks man."),
                ],
                {"first_name": "Kofi"},
            ),
            Call(
                TRAINER, 12, "en", "Class moved to Wednesday evenings",
                "Nadia Mensah moved Waffles from the Saturday class to the Wednesday 7 PM Puppy Foundations "
                "group because she now works Saturdays. She said the ankle nipping has improved.",
                [
                    ("Good Dog Academy, Chris speaking!", "Hi Chris, it's Nadia, Waffles' mom."),
                    ("Hi Nadia! What can I do for you?",
                     "So, bad news, I got moved to Saturday shifts at work, so we can't do the Saturday "
                     "class anymore. Is there an evening one?"),
                    ("There's a Wednesday group at seven PM, same curriculum, Lena runs it too.",
                     "Oh perfect, Wednesday at seven, sign us up."),
                    ("Done. How's he doing?",
                     "So much better with the nipping. He still jumps, though. And, oh, Lena said to tell "
                     "you he goes nuts for the freeze-dried liver, that's his jackpot treat."),
                    ("Ha, most dogs do.",
                     "Also, did Kofi tell you about the lesson? The loose-leash thing really helped."),
                    ("Glad to hear it!", "Thanks, bye!"),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(TRAINER, "What's the puppy called?", ("waffles",)),
            Question(TRAINER, "What breed is he?", ("australian shepherd", "aussie")),
            Question(TRAINER, "Which class is he enrolled in?", ("puppy foundations",)),
            Question(TRAINER, "Which day does he have class?", ("wednesday",), ("saturday",)),
            Question(TRAINER, "What time is class?", ("7 pm", "seven pm"), ("10 am", "at ten")),
            Question(TRAINER, "What were the behaviour problems at the start?", ("nipping", "jumps on")),
            Question(TRAINER, "What is Waffles afraid of?", ("skateboard",)),
            Question(TRAINER, "What's his favourite reward?", ("liver",)),
            Question(TRAINER, "Where was the home lesson?", ("quebec street", "1088")),
            Question(TRAINER, "What unit do they live in?", ("1204", "twelve-oh-four")),
            Question(TRAINER, "What's the building door code?", ()),
            Question(TRAINER, "Who booked the private lesson?", ("kofi",)),
            Question(TRAINER, "When was the home lesson?", _day(37, 4)),
            Question(TRAINER, "What did the course cost?", ("$240", "two hundred and forty")),
            Question(TRAINER, "How old was the puppy when he joined?", ("five months", "five-month")),
            Question(TRAINER, "Who is the trainer?", ("lena",)),
            Question(TRAINER, "Why did they leave the Saturday group?",
                     ("saturday shifts", "works saturdays")),
            Question(TRAINER, "How's the nipping now?", ("improved", "so much better")),
            Question(TRAINER, "Who named the puppy?", ("partner",)),
            Question(TRAINER, "What goes wrong on his outings?", ("pulls", "sled dog")),
            Question(TRAINER, "Has Waffles been neutered?", ()),
            Question(TRAINER, "Which vet does the puppy go to?", ()),
            Question(TRAINER, "When is his third vaccination due?", ()),
            Question(TRAINER, "What's Kofi's email address?", ()),
            Question(TRAINER, "What does Nadia do for work?", ()),
            Question(TRAINER, "What's the name of their other dog?", ()),
            Question(TRAINER, "How many dogs are in the Wednesday group?", ()),
        ],
    ),
    # A French aquarium owner: calls in French, summaries in English and French, the analysis items in
    # French once and with a fact missed once; the service day moved, a trip and a neighbour with a key.
    Caller(
        number="+33604555055",
        names=("Mathilde",),
        calls=[
            Call(
                AQUARIUM, 50, "fr", "Aquarium maintenance sign-up",
                "The user, Mathilde Girard, spoke French. She signed up for maintenance of her 450-litre "
                "planted freshwater aquarium with twelve discus and a school of cardinal tetras, at "
                "apartment 6B, 1525 Comox Street. Visits will be every second Tuesday morning. The agent "
                "will email a quote.",
                [
                    ("Reef and River Aquarium Care, Owen speaking.",
                     "Bonjour... euh, hello, vous parlez français ?"),
                    ("Oui, un peu, je peux continuer en français. Comment puis-je vous aider ?",
                     "Ah, super, merci. Alors, j'ai un grand aquarium, quatre cent cinquante litres, planté, "
                     "et je n'arrive plus à l'entretenir toute seule."),
                    ("Bien sûr. Qu'est-ce que vous avez comme poissons ?",
                     "Des discus, douze discus. Et un banc de néons cardinal, une trentaine."),
                    ("Très joli. Les discus, c'est exigeant. À quelle température vous le gardez ?",
                     "Vingt-neuf degrés. Toujours vingt-neuf. Et je fais les changements d'eau avec de l'eau "
                     "osmosée, de l'osmose inverse."),
                    ("Parfait. Votre nom, s'il vous plaît ?",
                     "Mathilde Girard. Mathilde avec un h, M-A-T-H-I-L-D-E."),
                    ("Et l'adresse ?", "Appartement 6B, 1525 Comox Street. Quinze vingt-cinq."),
                    ("On peut venir un mardi sur deux, le matin. Ça vous va ?",
                     "Oui, le mardi matin, c'est bien."),
                    ("Vous voulez connaître le tarif ?", "Oui, c'est combien ?"),
                    ("Je vous envoie un devis par e-mail aujourd'hui, ça dépend du matériel.",
                     "D'accord, merci beaucoup."),
                ],
                analysis_items(
                    "Entretien de l'aquarium", "Envoyer le devis par e-mail", "",
                    "Aquarium planté de 450 litres; douze discus et néons cardinal; appartement 6B, 1525 "
                    "Comox Street; un mardi sur deux le matin", "none", first_name="Mathilde",
                ),
            ),
            Call(
                AQUARIUM, 26, "fr", "Points blancs sur deux discus",
                "L'utilisatrice, Mathilde Girard, a signalé des points blancs sur deux discus depuis deux "
                "jours. L'agent pense à l'ichtyophthiriose et envoie le technicien Luc le {+1} à 9 h. En "
                "attendant, elle doit monter la température à 30 degrés et couper le CO2.",
                [
                    ("Reef and River, Owen speaking.",
                     "Bonjour Owen, c'est Mathilde Girard, les discus. J'ai un problème."),
                    ("Bonjour Mathilde. Qu'est-ce qui se passe ?",
                     "Deux discus ont des petits points blancs, comme du sel, sur les nageoires. Depuis deux "
                     "jours."),
                    ("Ça ressemble à l'ichtyo, les points blancs. On peut envoyer Luc demain matin à neuf "
                     "heures.", "Oui, s'il vous plaît."),
                    ("En attendant, montez la température à trente degrés, et coupez le CO2.",
                     "Trente degrés, d'accord. Le filtre, je le laisse ?"),
                    ("Oui, laissez le filtre tourner. C'est quel filtre déjà ?",
                     "Un Fluval FX6. Il est sous le meuble."),
                    ("Parfait. Luc apportera le traitement.", "Merci, à demain."),
                ],
                analysis_items(
                    "White spot on two discus", "Technician Luc visits to treat white spot", "{+1}",
                    "Two discus with white spots; raise temperature to 30 degrees; turn off CO2", "other",
                    first_name="Mathilde",
                ),
            ),
            Call(
                AQUARIUM, 4, "fr", "Service day change and trip to Lyon",
                "Mathilde Girard asked to move her regular visits from Tuesday mornings to Thursday "
                "afternoons. She will be in Lyon for three weeks from {+10}; her neighbour Bastien will feed "
                "the fish, and she booked an extra visit on {+17} while she is away. The two discus have "
                "recovered.",
                [
                    ("Reef and River, Owen speaking.",
                     "Bonjour Owen, Mathilde Girard. Les discus vont très bien, plus de points blancs !"),
                    ("Super nouvelle ! Qu'est-ce que je peux faire pour vous ?",
                     "Alors, deux choses. D'abord, le mardi matin, ça ne marche plus, j'ai des réunions. "
                     "Est-ce que Luc peut venir le jeudi après-midi, maintenant ?"),
                    ("Oui, le jeudi après-midi, c'est noté.",
                     "Merci. Et ensuite, je pars à Lyon trois semaines, pour ma mère, dans dix jours."),
                    ("D'accord. Qui s'occupe des poissons ?",
                     "Mon voisin, Bastien. B-A-S-T-I-E-N. Il leur donne à manger, mais je préfère qu'un "
                     "technicien passe une fois pendant que je suis partie."),
                    ("Je vous mets une visite supplémentaire une semaine après votre départ.",
                     "Parfait. Bastien a une clé, il ouvrira à Luc."),
                    ("Très bien. Bon voyage !", "Merci, au revoir !"),
                ],
                {"first_name": "Mathilde"},
            ),
        ],
        questions=[
            Question(AQUARIUM, "How big is her tank?", ("450", "quatre cent cinquante")),
            Question(AQUARIUM, "What fish does she keep?", ("discus",)),
            Question(AQUARIUM, "How many discus are there?", ("twelve", "douze")),
            Question(AQUARIUM, "What other fish are in there?", ("cardinal",)),
            Question(AQUARIUM, "What temperature does she normally keep the water at?", ("vingt-neuf",)),
            Question(AQUARIUM, "What water does she use for water changes?", ("osmose", "osmosée")),
            Question(AQUARIUM, "What was wrong with the fish last month?", ("points blancs", "white spot")),
            Question(AQUARIUM, "Which filter does she run?", ("fx6",)),
            Question(AQUARIUM, "Which day do we service her tank now?", ("thursday", "jeudi"),
                     ("tuesday", "mardi")),
            Question(AQUARIUM, "Who feeds the fish while she's away?", ("bastien",)),
            Question(AQUARIUM, "Where is she going?", ("lyon",)),
            Question(AQUARIUM, "When is the extra visit?", _day(4, 17)),
            Question(AQUARIUM, "When does she leave?", _day(4, 10)),
            Question(AQUARIUM, "Which street does she live on?", ("comox",)),
            Question(AQUARIUM, "Which apartment?", ("6b",)),
            Question(AQUARIUM, "Who will let Luc in?", ("bastien",)),
            Question(AQUARIUM, "When did she report the sick fish?", _day(26)),
            Question(AQUARIUM, "Why is she travelling?", ("ma mère",)),
            Question(AQUARIUM, "What should she switch off during treatment?", ("co2",)),
            Question(AQUARIUM, "Where's the canister kept?", ("sous le meuble",)),
            Question(AQUARIUM, "How much does the maintenance cost?", ()),
            Question(AQUARIUM, "What's Bastien's phone number?", ()),
            Question(AQUARIUM, "What brand of CO2 system does she have?", ()),
            Question(AQUARIUM, "What's her mother's name?", ()),
            Question(AQUARIUM, "How old is the aquarium?", ()),
            Question(AQUARIUM, "What's her email address?", ()),
            Question(AQUARIUM, "Which fertiliser does she use on the plants?", ()),
        ],
    ),
    # A widower's long call about his old dog's cremation, whose middle holds three facts; collecting the
    # ashes himself becomes a delivery.
    Caller(
        number="+16045550506",
        names=("Walter",),
        calls=[
            Call(
                CREMATORIUM, 33, "en", "Individual cremation for Nell",
                "The user, Walter Pennington, arranged an individual cremation for his fifteen-year-old "
                "border collie, Nell, who was put to sleep at Dunbar Animal Clinic. The crematorium will "
                "collect Nell from the clinic on {+1}. Her ashes will be returned in a cedar box with an "
                "engraved nameplate, and Walter will collect them himself. The total is $395. Walter "
                "reminisced at length about Nell.",
                long_call(
                    [
                        ("Willow Rest Pet Cremation, this is Grace speaking.",
                         "Oh. Hello. Yes. I'm, er... I'm told you're the people to call. My dog died this "
                         "morning."),
                        ("I'm so sorry. Take your time. Can I ask your name?",
                         "Walter. Walter Pennington. Two n's in the middle, P-E-N-N-I-N-G-T-O-N."),
                        ("Thank you, Walter. And your dog's name?",
                         "Nell. She was a border collie. Fifteen. Fifteen years old, can you imagine."),
                        ("That's a wonderful long life. Where is Nell now?",
                         "At the vet's. Dunbar Animal Clinic. They put her to sleep this morning, I was with "
                         "her."),
                        ("We can collect her from Dunbar for you. Have you thought about what kind of "
                         "cremation you'd like?",
                         "I want her back. Her own ashes. Not, not mixed in with others."),
                        ("That's an individual cremation. We return the ashes in a cedar box, with an "
                         "engraved nameplate if you'd like.",
                         "Cedar. Yes, that's nice. She liked lying under the cedar hedge, actually."),
                        ("You can let me know the wording for the nameplate later.",
                         "Yes, I'll have to think about that."),
                    ],
                    [
                        ("Of course.",
                         "Could I keep her collar? The tartan one. I'd like that back, not... not burned."),
                        ("Absolutely, we'll return her collar with the ashes.",
                         "And I read somewhere you can do a print of their paw. In clay."),
                        ("Yes, a clay paw print, there's no charge for that.",
                         "Oh, good. I'd like that. She'll go on the mantelpiece, next to Moira. My wife. Her "
                         "ashes are there already."),
                    ],
                    [
                        ("That's lovely, Walter. So, individual cremation, collection from Dunbar tomorrow, "
                         "the cedar box with nameplate. That all comes to three hundred and ninety-five "
                         "dollars.", "That's fine."),
                        ("The ashes are usually ready within seven to ten days. Would you collect them or "
                         "shall we deliver?", "I'll come for her myself."),
                        ("Of course. We'll phone you when she's ready.",
                         "Thank you, Grace. You've been very kind."),
                        ("Take care of yourself, Walter.", "I'll try. Goodbye."),
                    ],
                    acks=_CREMATION_ACKS,
                    talk=_CREMATION_TALK,
                    start=0,
                ),
                analysis_items(
                    "Individual cremation for Nell", "Collect Nell from Dunbar Animal Clinic", "{+1}",
                    "Border collie Nell, 15; individual cremation; cedar box with engraved nameplate; $395; "
                    "Walter collects the ashes himself", "none", first_name="Walter",
                ),
            ),
            Call(
                CREMATORIUM, 21, "en", "Nameplate wording and home delivery",
                "Walter Pennington chose the wording 'Nell, come by, girl' for the nameplate. He asked for "
                "Nell's ashes to be delivered to his home at 2740 West 37th Avenue on {+2} instead of "
                "collecting them, as he no longer drives.",
                [
                    ("Willow Rest, Grace speaking.", "Hello Grace, it's Walter Pennington. About Nell."),
                    ("Hello Walter. How are you keeping?",
                     "Oh, up and down. The house is very quiet. I've got the words for the plate, though."),
                    ("Go ahead, I'll write them down.",
                     "Just 'Nell, come by, girl.' It's what you say to a sheepdog, to send them round the "
                     "flock to the left. She knew it before she knew her name."),
                    ("That's beautiful. 'Nell, come by, girl.'",
                     "That's it. And, er, I said I'd come and collect her. I'm not sure I can. My son-in-law "
                     "took my car keys away last month, I'm not to drive anymore. Eyes."),
                    ("We can deliver her to you, Walter, there's no charge.",
                     "Would you? That would be a great help. It's 2740 West 37th Avenue. Twenty-seven "
                     "forty."),
                    ("We could bring her in two days, in the afternoon.",
                     "Afternoon's good. I'll be in. I'm always in."),
                ],
                {"first_name": "Walter"},
            ),
            Call(
                CREMATORIUM, 5, "en", "Keepsake pendant for his daughter",
                "Walter Pennington ordered a keepsake pendant with a small portion of Nell's ashes for his "
                "daughter, Fiona, in Calgary, for $85; it will be posted to her. He asked about the pet loss "
                "support group, which meets on the first Thursday of each month at 7 PM.",
                [
                    ("Willow Rest, Grace speaking.",
                     "Hello Grace, Walter Pennington. Nell's home now, she's in the front room. Thank you "
                     "for bringing her."),
                    ("I'm glad she's home, Walter.",
                     "My daughter, Fiona, rang from Calgary. She'd like a little something of Nell's. Do you "
                     "do those necklaces?"),
                    ("We do keepsake pendants, with a tiny portion of the ashes inside. They're eighty-five "
                     "dollars.",
                     "Eighty-five. Yes, let's do that. Can you post it to her? I'll, er, she'll text you her "
                     "address."),
                    ("Of course, we'll post it to Fiona.",
                     "Thank you. And, er, is there anything... a group or something? For people who've lost "
                     "a pet. I'm finding the evenings hard."),
                    ("We host a pet loss support group, the first Thursday of each month, seven PM, here at "
                     "Willow Rest.", "First Thursday. I might come. Fiona says I should."),
                    ("You'd be very welcome.", "Thank you, Grace."),
                ],
                {"first_name": "Walter"},
            ),
        ],
        questions=[
            Question(CREMATORIUM, "What breed was Nell?", ("border collie",)),
            Question(CREMATORIUM, "How old was she?", ("fifteen",)),
            Question(CREMATORIUM, "Which vet put her to sleep?", ("dunbar",)),
            Question(CREMATORIUM, "What type of cremation did he choose?", ("individual",)),
            Question(CREMATORIUM, "What will the ashes come back in?", ("cedar",)),
            Question(CREMATORIUM, "What's engraved on the plate?", ("come by",)),
            Question(CREMATORIUM, "Which of her belongings does he want returned?", ("collar",)),
            Question(CREMATORIUM, "Which free keepsake did he ask for?", ("paw print",)),
            Question(CREMATORIUM, "Where will Nell's ashes be kept?", ("mantelpiece",)),
            Question(CREMATORIUM, "Whose ashes are already there?", ("moira",)),
            Question(CREMATORIUM, "What did it cost?", ("$395", "three hundred and ninety-five")),
            Question(CREMATORIUM, "Is he picking the ashes up himself?", ("deliver",),
                     ("collect them himself", "come for her myself")),
            Question(CREMATORIUM, "Does he drive?", ("no longer drives", "not to drive anymore")),
            Question(CREMATORIUM, "Where does he live?", ("2740 west 37th", "west 37th")),
            Question(CREMATORIUM, "When were the ashes brought to him?", _day(21, 2)),
            Question(CREMATORIUM, "Who is Fiona?", ("daughter",)),
            Question(CREMATORIUM, "Where does his daughter live?", ("calgary",)),
            Question(CREMATORIUM, "How much is the pendant?", ("$85", "eighty-five")),
            Question(CREMATORIUM, "When does the support group meet?", ("first thursday",)),
            Question(CREMATORIUM, "Who took his car keys?", ("son-in-law",)),
            Question(CREMATORIUM, "When did Nell pass?", _day(33)),
            Question(CREMATORIUM, "What did Nell die of?", ()),
            Question(CREMATORIUM, "What's Fiona's address?", ()),
            Question(CREMATORIUM, "Does he want any of the ashes scattered?", ()),
            Question(CREMATORIUM, "What's his son-in-law's name?", ()),
            Question(CREMATORIUM, "Did he have any other pets?", ()),
            Question(CREMATORIUM, "What's Fiona's surname?", ()),
            Question(CREMATORIUM, "What was the name of the farmer Nell came from?", ()),
        ],
    ),
    # A student's long call about his bearded dragon, whose middle holds three facts; the calcium dose and
    # the weight corrected at the recheck; his gecko booked in.
    Caller(
        number="+16045550507",
        names=("Jordan",),
        calls=[
            Call(
                EXOTICS, 44, "en", "Lethargic bearded dragon",
                "The user, Jordan Tsai, called because his four-year-old bearded dragon, Nacho, has been "
                "lethargic and has not eaten for about a week. The agent booked an exam with Dr. Adeyemi for "
                "{+1} at 3:15 PM; the exam fee is $95. Jordan described Nacho's enclosure and chatted at "
                "length.",
                long_call(
                    [
                        ("Scales and Feathers Exotic Animal Clinic, Bree speaking.",
                         "Hey, uh, hi. So I've got a bearded dragon and he's, like, not doing great."),
                        ("Oh no, okay. What's going on?",
                         "He's just, he's super lethargic? Like he barely moves off the basking spot. And he "
                         "hasn't eaten in, like, a week. Not even superworms, and he loves superworms."),
                        ("That's definitely worth getting looked at. What's his name?", "Nacho. He's four."),
                        ("And your name?", "Jordan Tsai. T-S-A-I."),
                        ("Thanks Jordan. Can you tell me about his setup?",
                         "Yeah, so, he's in a four by two by two enclosure, wood, front-opening. Basking "
                         "spot's about forty degrees, like 40 Celsius, I check with a temp gun."),
                        ("Good. And UVB?",
                         "T5 tube, the Arcadia twelve percent one. On the mesh, no wait, it's mounted "
                         "inside."),
                        ("Great. Has anything changed recently?", "Not really? Um. Nothing I can think of."),
                    ],
                    [
                        ("Okay.",
                         "Oh wait, actually, the floor. He's on calcium sand, the calci-sand stuff from the "
                         "pet store, and I've seen him licking it. Like, a lot."),
                        ("Hmm, that's worth knowing.",
                         "And the UV tube is, um, it's about fourteen months old. I haven't swapped it. Is "
                         "that bad?"),
                        ("They usually need replacing every twelve months or so.",
                         "Oh. Okay. And at night he runs at the glass, like, scratching, like he wants out. "
                         "Every night."),
                    ],
                    [
                        ("Let's get Nacho in. Dr. Adeyemi is our reptile vet, she has tomorrow at "
                         "three-fifteen.", "Three-fifteen tomorrow, yes."),
                        ("Bring him in a warm tub, and a poop sample if he produces one.",
                         "Ha, okay. Gross but okay."),
                        ("And the exam fee is ninety-five dollars.", "Cool. Okay."),
                        ("See you tomorrow, Jordan.", "Thanks, Bree."),
                    ],
                    acks=_REPTILE_ACKS,
                    talk=_REPTILE_TALK,
                    start=1,
                ),
                analysis_items(
                    "Lethargic bearded dragon", "Exam for Nacho with Dr. Adeyemi", "{+1}",
                    "Bearded dragon Nacho, 4; not eating for a week; basking spot 40 Celsius; Arcadia T5 12% "
                    "UVB", "health", first_name="Jordan",
                ),
            ),
            Call(
                EXOTICS, 42, "en", "Nacho's diagnosis",
                "Jordan Tsai was given the results of Nacho's exam and X-rays: early metabolic bone disease "
                "and a mild impaction. Dr. Adeyemi prescribed liquid calcium, 0.5 ml once a day, and told "
                "him to replace the UVB tube and switch the enclosure floor to tile. Nacho weighed 385 "
                "grams. A recheck is booked for {+28}.",
                [
                    ("Scales and Feathers, Bree speaking.",
                     "Hi Bree, it's Jordan, Nacho's dad. Dr. Adeyemi said you'd have the X-ray results?"),
                    ("Yes, hi Jordan. So, she's seeing early metabolic bone disease, and a mild impaction in "
                     "the gut.", "Oh no. Is he gonna be okay?"),
                    ("Caught early, yes. She's prescribing liquid calcium, zero point five mls once a day, "
                     "by mouth.", "Zero point five, once a day. Okay."),
                    ("She also wants you to replace the UVB tube right away, and switch his floor to tile. "
                     "No loose substrate.", "Yeah, yeah, already ordered a new tube. Tile, got it."),
                    ("He weighed three hundred eighty-five grams at the exam. We'd like to see that go up.",
                     "Three eighty-five. Okay."),
                    ("Recheck in four weeks. Does the same time work?", "Yeah, afternoons are good."),
                    ("Great. Warm baths every other day help with the impaction too.",
                     "Warm baths. Got it. Thanks so much."),
                ],
                {"first_name": "Jordan"},
            ),
            Call(
                EXOTICS, 9, "en", "Recheck results and gecko appointment",
                "Jordan Tsai said Nacho is eating again and weighed 410 grams at his recheck; Dr. Adeyemi "
                "lowered the liquid calcium to 0.3 ml a day. He booked his leopard gecko, Mochi, in for a "
                "stuck shed on her toes on {+5} at 4:30 PM.",
                [
                    ("Scales and Feathers, Bree speaking.",
                     "Hey Bree, Jordan Tsai again. Good news for once!"),
                    ("Love that. What's up?",
                     "Nacho's eating again! Like, demolishing salad. At the recheck he was four hundred and "
                     "ten grams."),
                    ("Up from three eighty-five, amazing.",
                     "Yeah. And Dr. Adeyemi said to drop the calcium to zero point three mls a day, so I "
                     "just wanted to make sure that's on his file."),
                    ("It is, point three mls once daily.",
                     "Cool. Also, can I book my gecko? Mochi. Leopard gecko. She's got stuck shed on her "
                     "back toes, I did the humid hide thing but it's not coming off."),
                    ("Sure. How about five days from now at four-thirty?", "Four-thirty works."),
                    ("Don't pull at the shed, okay? Just keep the humid hide in.", "Won't touch it. Thanks!"),
                ],
                analysis_items(
                    "Recheck results and gecko appointment", "Mochi's stuck shed exam", "{+5}",
                    "Nacho 410 g, eating again; liquid calcium 0.3 ml daily; leopard gecko Mochi with stuck "
                    "shed on back toes", "health", first_name="Jordan",
                ),
            ),
        ],
        questions=[
            Question(EXOTICS, "What kind of reptile is Nacho?", ("bearded dragon",)),
            Question(EXOTICS, "How old is Nacho?", ("four-year-old", "he's four")),
            Question(EXOTICS, "What were the symptoms?", ("lethargic", "hasn't eaten", "not eaten")),
            Question(EXOTICS, "What was the enclosure floor before?", ("calcium sand", "calci-sand")),
            Question(EXOTICS, "How old was the UV tube?", ("fourteen months",)),
            Question(EXOTICS, "What has he been doing at night?", ("runs at the glass",)),
            Question(EXOTICS, "What did the X-rays show?", ("metabolic bone disease", "impaction")),
            Question(EXOTICS, "How much liquid calcium does Nacho get?",
                     ("0.3 ml", "zero point three", "point three"), ("0.5 ml", "zero point five")),
            Question(EXOTICS, "How much does he weigh?", ("410", "four hundred and ten"),
                     ("385", "three hundred eighty-five", "three eighty-five")),
            Question(EXOTICS, "Which vet sees him?", ("adeyemi",)),
            Question(EXOTICS, "When was the first exam?", _day(44, 1)),
            Question(EXOTICS, "What time was his first exam?", ("3:15", "three-fifteen")),
            Question(EXOTICS, "What other pet does he have?", ("leopard gecko",)),
            Question(EXOTICS, "What's the gecko's problem?", ("stuck shed",)),
            Question(EXOTICS, "When is Mochi booked in?", _day(9, 5)),
            Question(EXOTICS, "How hot is the basking spot?", ("forty degrees", "40 celsius")),
            Question(EXOTICS, "Which UVB does he use?", ("arcadia",)),
            Question(EXOTICS, "How big is the enclosure?", ("four by two by two",)),
            Question(EXOTICS, "What's the lizard's favourite food?", ("superworms",)),
            Question(EXOTICS, "How much was the exam fee?", ("$95", "ninety-five")),
            Question(EXOTICS, "What home remedy eases the blockage?", ("warm baths",)),
            Question(EXOTICS, "How old is Mochi?", ()),
            Question(EXOTICS, "How much did the X-rays cost?", ()),
            Question(EXOTICS, "What's his roommate's name?", ()),
            Question(EXOTICS, "What did the blood test show?", ()),
            Question(EXOTICS, "Which pet store did the sand come from?", ()),
            Question(EXOTICS, "What's his address?", ()),
            Question(EXOTICS, "What's the name of the breeder in Abbotsford?", ()),
        ],
    ),
    # A cat owner going abroad: an alarm code in the turns and the analysis, the insulin dose raised and the
    # trip moved two days.
    Caller(
        number="+16045550508",
        names=("Graham",),
        calls=[
            Call(
                WALKER, 29, "en", "Cat sitting while in Portugal",
                "The user, Graham Whitcombe, booked twice-daily cat-sitting visits for his cats, Pesto and "
                "Tofu, at 4471 Fraser Street while he is in Lisbon, from {+35} for two weeks. Tofu is "
                "diabetic and needs insulin, two units twice a day with food. The sitter can let themselves "
                "in; Graham gave the alarm code.",
                [
                    ("Muddy Paws Walking and Sitting, Sasha speaking!",
                     "Hello, hi. I'm going away for a couple of weeks and need someone to look in on my "
                     "cats."),
                    ("We'd love to help. Your name?",
                     "Graham Whitcombe. W-H-I-T-C-O-M-B-E. Everyone says it wrong, it's Whit-come."),
                    ("Ha! Where are you headed?", "Lisbon, Portugal. My brother's sixtieth. Two weeks."),
                    ("Lovely! When do you leave?", "Five weeks today, if the flights don't change."),
                    ("And the cats?",
                     "Pesto and Tofu. Pesto's the grey tabby, very chill. Tofu's the black one, and he's "
                     "diabetic, he gets insulin. Two units, twice a day, with his food. It's really easy, he "
                     "doesn't even notice."),
                    ("Our sitters are trained for insulin, no problem. Twice-daily visits then?",
                     "Yes, morning and evening. Tofu's shots are at eight and eight."),
                    ("What's the address?",
                     "Forty-four seventy-one Fraser Street. It's the house with the blue door."),
                    ("How will the sitter get in?",
                     "There's a spare key under the big blue planter on the porch, and the alarm code is 1 9 "
                     "8 5, the panel's in the hallway."),
                    ("Got it. Anything else?",
                     "Oh, the fern in the kitchen needs watering, it's a drama queen."),
                    ("Ha, we'll keep it alive.", "Cheers."),
                ],
                analysis_items(
                    "Cat sitting while in Portugal", "Twice-daily cat visits during Lisbon trip", "{+35}",
                    "Cats Pesto (grey tabby) and Tofu (black, diabetic, 2 units insulin twice daily); 4471 "
                    "Fraser Street; spare key under the blue planter; alarm code 1985", "health",
                    first_name="Graham",
                ),
            ),
            Call(
                WALKER, 15, "en", "Meet and greet and insulin dose change",
                "Graham Whitcombe said the meet-and-greet with sitter Bea went well. The vet at Mount "
                "Pleasant Vet Clinic raised Tofu's insulin to three units twice a day. His sister-in-law, "
                "Deb, is the emergency contact.",
                [
                    ("Muddy Paws, Sasha speaking.", "Hi Sasha, Graham Whitcombe, Pesto and Tofu."),
                    ("Hi Graham! How did the meet-and-greet with Bea go?",
                     "Brilliant. Pesto sat on her lap within five minutes, the traitor."),
                    ("Ha! Anything to update?",
                     "Yes, important. Tofu had his check-up at Mount Pleasant Vet Clinic, and they've put "
                     "his insulin up. Three units now, twice a day. Not two."),
                    ("Three units twice daily, updated.",
                     "Thank you. And if anything happens, my sister-in-law Deb is the emergency contact. "
                     "She's in Burnaby, twenty minutes away. I'll email you her number."),
                    ("Perfect.", "And she has her own key, so no need to, you know, to use the planter."),
                    ("Great, thanks Graham.", "Cheers."),
                ],
                {"first_name": "Graham"},
            ),
            Call(
                WALKER, 2, "en", "Trip dates changed",
                "Graham Whitcombe said his flight to Lisbon was moved, so the cat-sitting now starts on "
                "{+10}, for the same two weeks. Visits stay at 8 AM and 8 PM.",
                [
                    ("Muddy Paws, Sasha speaking.",
                     "Sasha, hi, it's Graham. Slight change of plan, the airline moved my flight."),
                    ("Oh no. To when?",
                     "Two days later. So I leave, um, ten days from today now. Same two weeks."),
                    ("No problem, I'll shift Bea's visits.", "Lovely. Same times, eight and eight."),
                    ("Anything else?",
                     "No, that's it. Oh, Pesto's started throwing up hairballs, there's a paste in the "
                     "cupboard above the fridge, a little blob every other day."),
                    ("Hairball paste every other day, noted.", "You're a star."),
                ],
                {"first_name": "Graham"},
            ),
        ],
        questions=[
            Question(WALKER, "What are the cats called?", ("pesto", "tofu")),
            Question(WALKER, "Which cat is diabetic?", ("tofu",)),
            Question(WALKER, "How much insulin does Tofu get?", ("three units",), ("two units", "2 units")),
            Question(WALKER, "What's the alarm code?", ()),
            Question(WALKER, "Where's the spare key?", ("planter",)),
            Question(WALKER, "When does the cat-sitting start?", _day(2, 10), _day(29, 35)),
            Question(WALKER, "Where is he travelling?", ("lisbon",)),
            Question(WALKER, "What's the occasion for his trip?", ("sixtieth",)),
            Question(WALKER, "Which vet does Tofu see?", ("mount pleasant",)),
            Question(WALKER, "Who's the emergency contact?", ("deb",)),
            Question(WALKER, "Which houseplant needs looking after?", ("fern",)),
            Question(WALKER, "What time are the visits?", ("eight and eight", "8 am")),
            Question(WALKER, "Which sitter has he met?", ("bea",)),
            Question(WALKER, "What does Pesto look like?", ("grey tabby",)),
            Question(WALKER, "What's the house address?", ("4471 fraser", "fraser street")),
            Question(WALKER, "Where's the hairball paste?", ("above the fridge",)),
            Question(WALKER, "How often does Pesto get the paste?", ("every other day",)),
            Question(WALKER, "Has his relative got her own way in?", ("own key",)),
            Question(WALKER, "What colour is the front door?", ("blue door",)),
            Question(WALKER, "Which feline is on injections?", ("tofu",)),
            Question(WALKER, "What's Deb's phone number?", ()),
            Question(WALKER, "Which airline is he flying?", ()),
            Question(WALKER, "How old are the cats?", ()),
            Question(WALKER, "What food do the cats eat?", ()),
            Question(WALKER, "What's his brother's name?", ()),
            Question(WALKER, "How much will the sitting cost?", ()),
            Question(WALKER, "What's Bea's surname?", ()),
        ],
    ),
    # A declined claim appealed and paid: an email changed (the old one never said), a new kitten.
    Caller(
        number="+16045550509",
        names=("Deepa",),
        calls=[
            Call(
                INSURANCE, 55, "en", "Dental claim declined",
                "The user, Deepa Kulkarni, called about claim CLM-18554 for her cat Mango's dental "
                "extractions ($1,240), which was declined as a pre-existing condition because gingivitis was "
                "noted in a vet record from before the policy started. Deepa disputes this and will send an "
                "appeal with a letter from her vet, Dr. Sandhu at Commercial Drive Cat Clinic, within 30 "
                "days.",
                [
                    ("PetShield claims line, Daniel speaking.",
                     "Hi, yes, um, I got a letter saying my claim was declined and I honestly don't "
                     "understand why."),
                    ("I'm sorry about that, let me take a look. Can I have the claim number?",
                     "It's, uh, C L M one eight five five four."),
                    ("Thank you. And your name?", "Deepa Kulkarni. K-U-L-K-A-R-N-I."),
                    ("Thanks, Deepa. This is for Mango, the dental extractions, twelve hundred and forty "
                     "dollars.", "Yes. He had four teeth out."),
                    ("It was declined as pre-existing. There's a note of gingivitis in a vet record from "
                     "before the policy started.",
                     "That's... that was a tiny bit of redness at his first check-up when he was a kitten! "
                     "It cleared up. That's ridiculous."),
                    ("You can appeal. If you send a letter from your vet saying it resolved, the team will "
                     "review it.",
                     "Okay. My vet's Dr. Sandhu at Commercial Drive Cat Clinic. She'll write it, I'm sure."),
                    ("You have thirty days to appeal.", "Thirty days. Fine. Where do I send it?"),
                    ("You can upload it on the claims portal, under the claim.", "Okay. Thank you."),
                ],
                analysis_items(
                    "Dental claim declined", "Deepa to upload an appeal letter from her vet", "{+30}",
                    "Cat Mango; claim CLM-18554 for dental extractions, $1,240; declined as pre-existing "
                    "gingivitis; vet Dr. Sandhu, Commercial Drive Cat Clinic", "finance", first_name="Deepa",
                ),
            ),
            Call(
                INSURANCE, 27, "en", "Appeal submitted and email update",
                "Deepa Kulkarni confirmed she uploaded Dr. Sandhu's letter to appeal claim CLM-18554. She "
                "updated her email address to deepa.k.designs@example.com. The appeal decision takes up to "
                "15 business days.",
                [
                    ("PetShield claims line, Daniel speaking.",
                     "Hi Daniel, it's Deepa Kulkarni, about Mango's claim, the appeal."),
                    ("Hi Deepa. Yes, I can see the letter from Dr. Sandhu came through yesterday.",
                     "Oh good. So what happens now?"),
                    ("The appeals team reviews it, up to fifteen business days.",
                     "Okay. Also, can you update my email? The old one, the Gmail, I don't check it "
                     "anymore."),
                    ("Sure, what's the new one?",
                     "deepa dot k dot designs at example dot com. D-E-E-P-A, dot, K, dot, designs."),
                    ("Got it, deepa.k.designs@example.com.", "That's it. Thanks."),
                ],
                {"first_name": "Deepa"},
            ),
            Call(
                INSURANCE, 7, "en", "Appeal upheld",
                "Deepa Kulkarni was told her appeal was upheld: claim CLM-18554 will pay $912 after her $100 "
                "deductible and 80% coverage, by direct deposit within five business days. She asked to add "
                "her new ten-week-old kitten, Chutney, to her policy and was transferred to the sales team.",
                [
                    ("PetShield claims line, Daniel speaking.",
                     "Hi, Deepa Kulkarni again. I got an email saying there's a decision on the appeal?"),
                    ("Yes! The appeal was upheld. The claim will be paid.", "Oh, finally! How much?"),
                    ("After your hundred-dollar deductible and the eighty percent coverage, it's nine "
                     "hundred and twelve dollars.", "Nine hundred twelve. Okay, that's fair."),
                    ("It'll be paid by direct deposit within five business days.",
                     "Great. And, um, I just got a kitten, Chutney. Can I add her to my policy?"),
                    ("That's our sales team, I'll transfer you after this. They'll need her age and a vet "
                     "check.", "She's ten weeks. Okay, transfer me."),
                    ("Of course. Anything else on the claim?",
                     "No, that's it. Thanks, Daniel, you've been great."),
                ],
                analysis_items(
                    "Appeal upheld", "Transfer to sales to add kitten Chutney", "",
                    "Claim CLM-18554 paid $912 by direct deposit; deductible $100; new kitten Chutney, ten "
                    "weeks", "finance", first_name="Deepa",
                ),
            ),
        ],
        questions=[
            Question(INSURANCE, "What's the claim number?", ("clm-18554",)),
            Question(INSURANCE, "What's the claim for?", ("dental extractions", "teeth out")),
            Question(INSURANCE, "Why was it declined?", ("pre-existing", "gingivitis")),
            Question(INSURANCE, "Who is her vet?", ("sandhu",)),
            Question(INSURANCE, "Which clinic does the cat go to?", ("commercial drive",)),
            Question(INSURANCE, "How much was the vet bill?", ("1,240", "twelve hundred and forty")),
            Question(INSURANCE, "How many teeth were removed?", ("four teeth",)),
            Question(INSURANCE, "How much will she get paid?",
                     ("$912", "nine hundred and twelve", "nine hundred twelve")),
            Question(INSURANCE, "What's her deductible?", ("$100", "hundred-dollar")),
            Question(INSURANCE, "What's her email address?", ("deepa.k.designs@example.com",)),
            Question(INSURANCE, "What happened with the appeal?", ("upheld",)),
            Question(INSURANCE, "How long did the appeal review take?",
                     ("fifteen business days", "15 business days")),
            Question(INSURANCE, "What's the new kitten called?", ("chutney",)),
            Question(INSURANCE, "How old is the kitten?", ("ten weeks", "ten-week")),
            Question(INSURANCE, "When did she first call about the declined claim?", _day(55)),
            Question(INSURANCE, "How is the payout being made?", ("direct deposit",)),
            Question(INSURANCE, "Where should supporting documents go?", ("claims portal",)),
            Question(INSURANCE, "How long does she have to appeal?", ("thirty days", "30 days")),
            Question(INSURANCE, "Why did she change her email?", ("don't check", "gmail")),
            Question(INSURANCE, "At what age was the gum redness first seen?", ("kitten",)),
            Question(INSURANCE, "What's her policy number?", ()),
            Question(INSURANCE, "What was her old email address?", ()),
            Question(INSURANCE, "How old is Mango?", ()),
            Question(INSURANCE, "What's Dr. Sandhu's first name?", ()),
            Question(INSURANCE, "What's her bank account number?", ()),
            Question(INSURANCE, "What breed is Mango?", ()),
            Question(INSURANCE, "How much is her monthly premium?", ()),
            Question(INSURANCE, "When did her policy start?", ()),
        ],
    ),
]  # fmt: skip
