"""Held-out callers of service businesses: a plumber, a physiotherapy practice and a gym, a Spanish
gestoría (an accountant), a French optician, an electrician, a locksmith, a language school and a
driving school.

Written before the changes it judges, from the issue on memory quality alone, and run once per batch
of changes, never tuned against: a score that moves here moved because the memory got better or worse,
not because the set was fitted to it. Same format as ``evaluation.dataset``: days are relative to the
day the evaluation runs (``days_ago``), a day named in a summary is written ``{+N}``, and a question
with no answers is one nobody ever answered (the right answer is nothing).

What it holds: long calls where a fact is said once in the middle and never in the summary, calls in
Spanish and French with English questions, corrections (``outdated``), a key-safe code no question may
accept, a caller of a physiotherapy practice and a gym whose health stays with the practice, numbers
spoken in words and in digits, names spelled out, and about half the calls carrying the post-call
analysis items (call_topic, open_item, open_item_date, lasting_facts, sensitive_category).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

PLUMB = "agent_plumb_00000000000000000000000031"
PHYSIO = "agent_physio_0000000000000000000000032"
GYM = "agent_gym_0000000000000000000000000033"
GESTORIA = "agent_acct_000000000000000000000000036"
OPTIC = "agent_optic_00000000000000000000000035"
ELEC = "agent_elec_000000000000000000000000037"
LOCKS = "agent_locks_00000000000000000000000038"
LANG = "agent_lang_000000000000000000000000040"
DRIVE = "agent_drive_00000000000000000000000039"


_ACKS_EN = [
    "Mm-hm.",
    "Oh, I know.",
    "Right.",
    "Ha, yes.",
    "Take your time.",
    "I'm still here, the system's just loading.",
    "Oh really?",
    "That sounds lovely.",
    "Sure.",
    "Go on.",
    "Oh dear.",
    "Fair enough.",
]

_TALK_EN = [
    "Sorry, I do go on. My daughter says I could talk the hind legs off a donkey.",
    "I taught geography for thirty-one years, you know, so I'm used to the sound of my own voice.",
    "Isn't this weather something? Grey all week and then sunshine the minute I'm indoors.",
    "The roadworks on the ring road are a nightmare, they've been digging the same hole since spring.",
    "We went to the coast for a few days. Lovely, but the chips have gone up terribly.",
    "Have you been watching that baking programme? I shouldn't, it makes me hungry.",
    "My neighbour's having his kitchen done, there's been a skip outside for a month.",
    "I've taken up the allotment again, the runner beans are doing better than me.",
    "Our local rugby club lost again on the weekend, I don't know why I bother going.",
    "I'm trying to learn to use the video calling thing so I can see the grandchildren.",
    "The bus into town used to be every ten minutes. Now you're lucky if it comes at all.",
    "I had the window cleaner round, he's a nice lad, always whistling.",
    "Do you get much time off over the summer, or is it all go?",
    "I read in the paper that it's going to be a wet autumn. They always say that though.",
    "Sorry, the kettle's just boiled, let me turn it off. There we are.",
    "My wife says I should just get everything done at once and stop fretting about it.",
    "I used to do all this sort of thing myself but my knees aren't what they were.",
    "We had a power cut last winter, sat by candlelight for an hour. Quite romantic, actually.",
    "The supermarket's moved everything round again, took me twenty minutes to find the tea.",
    "I'm a terrible one for putting things off, I'll be honest with you.",
    "My brother-in-law is an engineer of some sort, he had opinions, but he always does.",
    "Anyway, where was I? Oh yes.",
    "The church fete is coming up, I've been roped into running the tombola.",
    "I've started doing the crossword every morning, keeps the brain ticking over.",
]

_ACKS_ES = [
    "Ajá.",
    "Claro, claro.",
    "Sí, sí, la entiendo.",
    "Vaya.",
    "Tranquila, no hay prisa.",
    "Un momento, que el sistema va lento.",
    "¿Ah, sí?",
    "Qué bien.",
    "Ya le digo.",
    "Dígame.",
]

_TALK_ES = [
    "Perdone, es que hoy llevo un día de locos, no he parado.",
    "Qué calor hace, ¿eh? Y eso que todavía no es ni verano.",
    "Tengo la mesa llena de papeles, no encuentro nada, de verdad.",
    "El otro día estuve en la playa con unas amigas, qué gusto da desconectar.",
    "Mi madre siempre me dice que lo deje todo para última hora, y tiene razón.",
    "Es que los clientes me piden los diseños para ayer, siempre igual.",
    "He empezado a ir a clases de cerámica, para desestresarme un poco.",
    "¿Usted ha visto la serie esa de los abogados? Estoy enganchadísima.",
    "El tráfico esta mañana era horrible, había un accidente en la rotonda.",
    "Perdone, es el perro del vecino, que ladra a todo lo que se mueve.",
    "Bueno, a ver si me centro, que si no no acabamos nunca.",
    "Mi hermana me dijo que ustedes eran muy majos, por eso les llamé.",
    "Yo de números no entiendo nada, a mí dame colores y tipografías.",
    "Estoy tomándome un café, que sin café no soy persona.",
    "Este año quiero hacer las cosas bien, que el año pasado fue un desastre.",
    "Es que el programa de la web de Hacienda me da miedo, no le voy a mentir.",
    "Mañana tengo una presentación con un cliente nuevo, estoy un poco nerviosa.",
    "Ay, perdone, que me ha llegado un correo y me he despistado.",
    "En mi barrio han abierto una panadería nueva, el pan está buenísimo.",
    "Total, que lo que le iba diciendo.",
]

_ACKS_FR = [
    "Mm-hm.",
    "Oui, oui.",
    "Je comprends.",
    "Ah bon ?",
    "Prenez votre temps.",
    "Un instant, l'ordinateur rame un peu.",
    "C'est vrai.",
    "Ah, c'est bien.",
    "Bien sûr.",
    "Je vous écoute.",
]

_TALK_FR = [
    "Excusez-moi, je parle beaucoup, mon mari me le dit tout le temps.",
    "Quel temps, hein ? Il a plu toute la semaine, j'en ai marre.",
    "Ma fille passe son bac cette année, c'est le stress à la maison.",
    "On est allés voir ma belle-mère en Bretagne, il faisait froid mais c'était joli.",
    "Je ne sais pas vous, mais moi les lundis, c'est toujours compliqué.",
    "J'ai commencé le yoga, enfin j'essaie, je ne suis pas très souple.",
    "Les travaux devant chez moi, ça fait trois mois que ça dure, c'est infernal.",
    "Vous avez vu le match samedi ? Mon fils a hurlé toute la soirée.",
    "Attendez, je cherche mes papiers, je range tout n'importe où.",
    "Le boulanger du coin a fermé, c'est une catastrophe pour le quartier.",
    "Ma voisine m'a dit que vous étiez très bien, c'est pour ça que je suis venue chez vous.",
    "J'ai fait une tarte aux pommes hier, la moitié a disparu en une heure.",
    "Bon, je me disperse, excusez-moi.",
    "On pense partir en Italie cet été, si on arrive à se mettre d'accord.",
    "Mon chat a encore renversé une plante ce matin, il fait exprès, je vous jure.",
    "Le parking devant chez vous, c'est toujours la croix et la bannière.",
    "Je lis un polar en ce moment, impossible de le lâcher.",
    "Mes collègues se moquent de moi parce que je lis avec le téléphone à bout de bras.",
    "Il faut que je pense à rappeler ma sœur, elle va encore me le reprocher.",
    "Bref, où en étais-je ?",
]


_GRAHAM_SURVEY = long_call(
    head=[
        (
            "Good morning, Brightwire Electrical, Sophie speaking, how can I help?",
            "Oh hello, good morning. I'm after a quote, I think. It's the fuse box, it's ancient.",
        ),
        ("No problem. Can I take your name?", "Graham Pike. That's P-I-K-E, like the fish."),
        (
            "Thanks, Mr Pike. What's the problem with the fuse box?",
            "Well, it's the old sort with the wire in, and my son-in-law says it's a fire waiting to happen.",
        ),
        (
            "We'd normally replace that with a modern consumer unit. Is it an older house?",
            "Built in the 1930s. Nineteen thirty-four, the deeds say.",
        ),
        (
            "Lovely. Anything else you'd like looked at while we're there?",
            "Two sockets outside, for the garden. The mower and the pond pump, you see.",
        ),
    ],
    middle=[
        (
            "Is there anything our electrician should know before he comes?",
            "Ah, yes, good you asked. My wife Maureen works nights, at the sorting office, so could he "
            "not come before eleven? She sleeps till about then and the doorbell would finish her off.",
        ),
        ("Not before eleven, I've put that on the job.", "Bless you."),
        (
            "And where's the fuse box in the house?",
            "Under the stairs, behind the hoover and about forty years of carrier bags.",
        ),
    ],
    tail=[
        (
            "Right, I can get a surveyor out to you next week to measure up and price it.",
            "Next week's fine, we're not going anywhere.",
        ),
        ("He'll give you a written quote after the survey.", "Smashing. Thank you for your patience, love."),
        ("Not at all, Mr Pike. Have a good day.", "And you. Bye now."),
    ],
    acks=_ACKS_EN,
    talk=_TALK_EN,
    start=0,
    total=88,
)

_LUCIA_CHECKIN = long_call(
    head=[
        (
            "Gestoría Almansa, buenas tardes, le atiende Rocío.",
            "Hola, Rocío, soy Lucía Fernández, la diseñadora, que me estáis haciendo la renta.",
        ),
        (
            "Ah, hola, Lucía. ¿Qué tal?",
            "Bien, bien, liada. Os mandé ayer las facturas por correo, ¿os llegaron?",
        ),
        (
            "Sí, aquí las tengo, todas las del año. Y el certificado del alquiler también.",
            "Menos mal, porque me costó encontrarlo.",
        ),
    ],
    middle=[
        (
            "¿Hay algún gasto más que debamos saber?",
            "Ah, sí, se me olvidaba. Este año me compré un portátil nuevo para trabajar, "
            "un MacBook, me costó mil cuatrocientos euros. ¿Eso se puede desgravar?",
        ),
        (
            "Sí, como autónoma lo puede amortizar. Mándenos la factura del portátil, por favor.",
            "Vale, la busco esta noche.",
        ),
    ],
    tail=[
        (
            "Perfecto. La declaración estará lista el día 20 "
            "y se la mandamos por WhatsApp para que la revise.",
            "El día 20, genial. Por WhatsApp mejor, sí.",
        ),
        ("¿Algo más, Lucía?", "Nada más. Muchas gracias, Rocío, de verdad."),
        ("A usted. Que vaya bien.", "Igualmente, adiós."),
    ],
    acks=_ACKS_ES,
    talk=_TALK_ES,
    start=3,
    total=84,
)

_ELODIE_ORDER = long_call(
    head=[
        (
            "Optique Lumière, bonjour, Nathalie à l'appareil.",
            "Bonjour madame. J'ai fait mon examen de vue chez vous la "
            "semaine dernière et je voudrais commander les lunettes.",
        ),
        ("Très bien. C'est à quel nom ?", "Marchand, Élodie. M-A-R-C-H-A-N-D."),
        (
            "Je vous trouve. Alors, c'étaient des verres progressifs, c'est ça ?",
            "Oui, progressifs. L'ophtalmo m'a dit que c'était l'âge, merci bien.",
        ),
        (
            "Et pour la monture, vous aviez hésité entre deux.",
            "Je prends l'écaille, la ronde, celle que j'ai essayée en dernier.",
        ),
        (
            "Très bon choix. Vous avez une mutuelle ?",
            "Oui, la MGEN. Ils remboursent deux cents euros pour les lunettes, je crois.",
        ),
    ],
    middle=[
        (
            "Vous voulez des options sur les verres ?",
            "Ah oui, justement. Je conduis beaucoup la nuit, je suis chauffeuse de taxi, et "
            "les phares en face me fatiguent les yeux. Il me faudrait le traitement antireflet.",
        ),
        ("On ajoute l'antireflet, c'est quarante-cinq euros de plus.", "Ça vaut le coup, allez-y."),
    ],
    tail=[
        ("Vos lunettes seront prêtes le 14.", "Le 14, parfait."),
        (
            "On vous prévient comment quand elles arrivent ?",
            "Par SMS, s'il vous plaît, je ne décroche jamais quand je travaille.",
        ),
        ("C'est noté. Bonne journée, madame Marchand.", "Merci, vous aussi, au revoir."),
    ],
    acks=_ACKS_FR,
    talk=_TALK_FR,
    start=5,
    total=86,
)


HELDOUT_SERVICES: list[Caller] = [
    # A plumber's caller: a correction of the day and of the way in, a technician asked for by name.
    Caller(
        number="+13125550142",
        names=("Nadia",),
        calls=[
            Call(
                PLUMB,
                48,
                "en",
                "Kitchen sink leak visit booked",
                "The user, Nadia Haddad, called about a leak under her kitchen sink that has been "
                "dripping into the cabinet for a few days. The agent booked a plumber visit for {+2} in "
                "the morning. Nadia said the main water shut-off is in the basement behind the furnace "
                "and asked the plumber to use the side gate because the front steps are being rebuilt.",
                [
                    (
                        "Hi, you've reached Reyes and Sons Plumbing, how can I help you today?",
                        "Hi, yeah, I've got a leak under my kitchen sink. It's been dripping "
                        "into the cabinet for, I don't know, three or four days now.",
                    ),
                    ("Sorry to hear that. Can I get your name?", "Nadia Haddad. That's H-A-D-D-A-D."),
                    (
                        "Thanks, Nadia. Is it coming from the pipes or the faucet?",
                        "The pipe under it, the bendy one, I think. There's a bucket under it now.",
                    ),
                    (
                        "Okay. Do you know where your main water shut-off is, in case it gets worse?",
                        "Yes, it's in the basement, behind the "
                        "furnace. You have to squeeze past the shelves.",
                    ),
                    (
                        "Good to know. We can have someone out in two days, in the morning. Does that work?",
                        "Mornings are fine, I work from home.",
                    ),
                    (
                        "Great. Anything the plumber should know about getting in?",
                        "Please use the side gate. The front steps are all torn up, they're being rebuilt.",
                    ),
                    ("Noted, side gate. You're all set.", "Thank you so much."),
                ],
                collected={"first_name": "Nadia"},
            ),
            Call(
                PLUMB,
                21,
                "en",
                "Annual boiler service scheduled",
                "Nadia Haddad called to book her annual boiler service. The agent "
                "scheduled it for Thursday morning with Luis, the technician who fixed "
                "her sink, whom she asked for by name. Nadia mentioned the boiler makes "
                "a banging noise when the heating first comes on. The service costs $189.",
                [
                    (
                        "Reyes and Sons Plumbing, good afternoon.",
                        "Hi, it's Nadia Haddad again, you fixed my sink a few weeks ago.",
                    ),
                    (
                        "Hi Nadia, what can we do for you?",
                        "I need the boiler serviced, it's that time of year.",
                    ),
                    (
                        "Sure. Any problems with it at the moment?",
                        "Kind of. It bangs, like a loud clunk, when "
                        "the heating first kicks on in the morning.",
                    ),
                    (
                        "We'll have the technician take a look. I have Thursday morning.",
                        "Thursday's good. Can it be the same guy as last time? "
                        "Luis? He was great, he even cleaned up after himself.",
                    ),
                    (
                        "I'll put Luis down. The annual service is one eighty-nine.",
                        "One eighty-nine, okay, that's fine.",
                    ),
                    ("Perfect, see you Thursday.", "Thanks, bye."),
                ],
                collected=analysis_items(
                    "annual boiler service",
                    "Technician Luis to service the boiler and check the banging noise; Nadia to be home",
                    "{+3}",
                    "Prefers technician Luis; main water shut-off in the basement behind the furnace",
                    "none",
                    first_name="Nadia",
                ),
            ),
            Call(
                PLUMB,
                6,
                "en",
                "Boiler service moved",
                "Nadia moved her boiler service from Thursday to Monday because she has to fly "
                "to Denver for work. She said the front steps are finished, so the technician "
                "can now come to the front door. She said the banging has got louder.",
                [
                    (
                        "Reyes and Sons, how can I help?",
                        "Hi, Nadia Haddad, I have a boiler service "
                        "with Luis on Thursday and I need to move it.",
                    ),
                    (
                        "No problem. What works better?",
                        "Could we do Monday? I have to fly to Denver "
                        "Thursday for work, it came up last minute.",
                    ),
                    ("Monday morning is open, still with Luis.", "Great, Monday then."),
                    (
                        "Anything else changed since last time?",
                        "Oh, the steps are done finally, so he can just come to the front door now, no "
                        "more side gate. And the banging's got louder, honestly it scares me a little.",
                    ),
                    ("I'll let Luis know. You're set for Monday.", "Thank you!"),
                ],
                collected={"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(PLUMB, "When is Nadia's boiler service?", ("Monday",), outdated=("Thursday",)),
            Question(PLUMB, "Who does she like us to send?", ("Luis",)),
            Question(PLUMB, "Where is the main water shut-off at her house?", ("basement", "furnace")),
            Question(PLUMB, "How should the technician get in?", ("front door",), outdated=("side gate",)),
            Question(PLUMB, "What's wrong with her boiler?", ("bang", "clunk")),
            Question(PLUMB, "How much is her boiler service?", ("189", "one eighty-nine")),
            Question(PLUMB, "What make and model is her boiler?", ()),
            Question(PLUMB, "Which city does Nadia live in?", ()),
        ],
    ),
    # One caller of two businesses: the physiotherapy calls are health, and stay with the practice.
    Caller(
        number="+447700900231",
        names=("Tom",),
        calls=[
            Call(
                GYM,
                80,
                "en",
                "Membership and locker question",
                "The user, Tom Whitaker, asked about his Anytime membership at £45 "
                "a month and whether he could bring a guest; the agent explained "
                "guest passes are £8. He asked to keep locker 112 permanently.",
                [
                    ("Riverside Fitness, hi there!", "Hi, it's Tom Whitaker, I'm a member."),
                    (
                        "Hi Tom, what can I do for you?",
                        "I'm on the Anytime one, forty-five a month. Can I bring a mate?",
                    ),
                    ("Yes, guest passes are eight pounds a visit.", "Eight quid, fine."),
                    (
                        "Anything else?",
                        "Can I keep the same locker for good? One-one-two, it's right by the showers.",
                    ),
                    ("Locker 112 is yours on a permanent hire.", "Brilliant, cheers."),
                ],
                collected={"first_name": "Tom"},
            ),
            Call(
                PHYSIO,
                70,
                "en",
                "Initial physiotherapy assessment booked",
                "The user, Tom Whitaker, booked an initial assessment for lower back pain "
                "running down his left leg. His GP thinks it is a herniated disc at L4-L5 with "
                "sciatica and referred him for physiotherapy. He asked for Tuesday appointments "
                "after 5 PM because of work and was booked with Priya for {+6} at 5:30 PM.",
                [
                    (
                        "Good afternoon, Northside Physiotherapy, how can I help?",
                        "Hi, I've been referred by my GP. Lower back, "
                        "and it goes all the way down my left leg.",
                    ),
                    ("Sorry to hear that. Can I take your name?", "Tom Whitaker. W-H-I-T-A-K-E-R."),
                    (
                        "Thanks, Tom. Did your GP say what it might be?",
                        "She thinks it's a herniated disc, L4-L5 she said, and the leg bit is sciatica.",
                    ),
                    (
                        "Okay. We'd start with an initial assessment. Which days suit you?",
                        "Tuesdays are best, after five. I can't get away from work before that.",
                    ),
                    ("We have Priya on Tuesdays. Next week at half five?", "Half five's perfect."),
                    ("Please bring your referral letter along.", "Will do. Thanks."),
                ],
                collected=analysis_items(
                    "physiotherapy assessment for back pain",
                    "Tom to bring his GP referral letter to the first session",
                    "{+6}",
                    "Herniated disc at L4-L5 with sciatica down the left leg; prefers Tuesdays after 5 PM",
                    "health",
                    first_name="Tom",
                ),
            ),
            Call(
                GYM,
                60,
                "en",
                "Membership freeze",
                "Tom Whitaker asked to freeze his membership for two months on his doctor's advice. "
                "The agent set up the freeze from {+1}; the fee drops to £5 a month while it is frozen.",
                [
                    ("Riverside Fitness, hi!", "Hi, Tom Whitaker. I need to freeze my membership."),
                    ("Sure, for how long?", "Two months, maybe. Doctor's orders. I'd rather not go into it."),
                    (
                        "Of course, no need to explain. It's five pounds a month while frozen.",
                        "Five a month, that's fine.",
                    ),
                    ("It starts tomorrow. Hope to see you back soon.", "Me too, thanks."),
                ],
                collected={"first_name": "Tom"},
            ),
            Call(
                PHYSIO,
                35,
                "en",
                "Block of five sessions booked",
                "Tom Whitaker booked a block of five more sessions with Priya, every Tuesday "
                "at 5:30 PM. He said the leg pain has eased but sitting at his desk still "
                "hurts, and he does his exercises twice a day. He paid £275 for the block.",
                [
                    ("Northside Physio, hello.", "Hi, it's Tom Whitaker, I've been seeing Priya."),
                    (
                        "Hi Tom, how's it going?",
                        "Much better. The leg's eased off a lot, it's really just sitting at my desk now.",
                    ),
                    (
                        "Are you keeping up with the exercises?",
                        "Twice a day. The bridges and the stretching one on all fours.",
                    ),
                    (
                        "Priya's recommended a block of five more sessions.",
                        "Yeah, let's do that. Same slot, Tuesdays, with her.",
                    ),
                    (
                        "That's two hundred and seventy-five pounds for the block.",
                        "Fine, I'll pay now on card.",
                    ),
                    ("All booked. See you Tuesday.", "Cheers."),
                ],
                collected={"first_name": "Tom"},
            ),
            Call(
                GYM,
                12,
                "en",
                "Switch to Daytime membership",
                "Tom called to end his freeze early and switch from the Anytime membership to the "
                "Daytime membership at £32 a month, since he can now train at lunchtime. He asked for "
                "a personal trainer who works on rehab and gentle strength; the agent suggested Marco.",
                [
                    ("Riverside Fitness!", "Hi, Tom Whitaker. I'd like to come back early from my freeze."),
                    ("Great news. Back on the Anytime plan?", "Actually, can I switch to the Daytime one?"),
                    (
                        "Sure, Daytime is thirty-two a month, any time before four.",
                        "Perfect, I can train at lunch now, I'm working closer to you.",
                    ),
                    (
                        "Anything else?",
                        "Is there a trainer who does, like, rehab-type stuff? Nothing heavy to start with.",
                    ),
                    ("Marco's great for that. I'll ask him to get in touch.", "Brilliant, thanks."),
                ],
                collected=analysis_items(
                    "membership change and personal trainer",
                    "Gym to arrange an intro session with trainer Marco; Tom to confirm a time",
                    "{+3}",
                    "Keeps locker 112; on the Daytime membership; trains at lunchtime",
                    "none",
                    first_name="Tom",
                ),
            ),
        ],
        questions=[
            Question(PHYSIO, "Who does Tom usually see for treatment?", ("Priya",)),
            Question(PHYSIO, "Which day does he prefer for his sessions?", ("Tuesday",)),
            Question(PHYSIO, "What did his GP think was causing the pain?", ("herniated", "L4", "sciatica")),
            Question(
                PHYSIO, "How much did he pay for his block of sessions?", ("275", "two hundred and seventy")
            ),
            Question(PHYSIO, "Has he had surgery on his back?", ()),
            Question(GYM, "Which membership is Tom on?", ("Daytime",), outdated=("Anytime",)),
            Question(GYM, "Which locker does he keep?", ("112", "one-one-two")),
            Question(GYM, "Who's going to train him?", ("Marco",)),
            Question(GYM, "What exactly is Tom's diagnosis?", ()),
            Question(GYM, "What was the name of the guest he brought?", ()),
        ],
        private_to={PHYSIO: ("herniated", "sciatica", "L4-L5", "Priya")},
    ),
    # A Spanish caller of a gestoría: two calls in Spanish, summaries in English and in Spanish.
    Caller(
        number="+34600000217",
        names=("Lucía",),
        calls=[
            Call(
                GESTORIA,
                55,
                "es",
                "Income tax return preparation",
                "The user, Lucía Fernández, is self-employed as a graphic designer and asked "
                "the agency to prepare her annual income tax return. She also rents out a "
                "flat in Alicante, so she was asked to send her invoices and the certificate "
                "of the rental income. The fee is 120 euros. She lives at Calle Colón 12 in "
                "Valencia and prefers to be contacted by WhatsApp rather than by phone.",
                [
                    (
                        "Gestoría Almansa, buenos días, ¿en qué puedo ayudarle?",
                        "Hola, buenos días. Quería que me hicierais la declaración de la "
                        "renta este año, que el año pasado la hice yo sola y fue un desastre.",
                    ),
                    ("Claro. ¿Me dice su nombre?", "Lucía Fernández. Fernández con zeta al final."),
                    (
                        "¿Es usted asalariada o autónoma?",
                        "Autónoma, soy diseñadora gráfica. Bueno, y también alquilo un piso en Alicante.",
                    ),
                    (
                        "Entonces necesitaremos sus facturas del año y "
                        "el certificado de los ingresos del alquiler.",
                        "Vale, lo tengo todo en una carpeta, os lo mando.",
                    ),
                    (
                        "¿Y su domicilio?",
                        "Calle Colón, número 12, en Valencia. Tercero izquierda.",
                    ),
                    (
                        "Nuestros honorarios para una renta con alquiler son ciento veinte euros.",
                        "Ciento veinte, perfecto.",
                    ),
                    (
                        "¿Cómo prefiere que la contactemos?",
                        "Por WhatsApp, por favor, que al teléfono no "
                        "lo cojo nunca, estoy siempre en reuniones.",
                    ),
                    ("Muy bien. Le escribimos por WhatsApp.", "Genial, muchas gracias."),
                ],
                collected={"first_name": "Lucía"},
            ),
            Call(
                GESTORIA,
                30,
                "es",
                "Facturas recibidas",
                "Lucía Fernández llamó para confirmar que la gestoría había recibido sus "
                "facturas y el certificado del alquiler. Se le informó de que la declaración "
                "estará lista el día 20 y de que se la enviarán por WhatsApp para que la revise.",
                _LUCIA_CHECKIN,
                collected={"first_name": "Lucía", "documents_received": "yes"},
            ),
            Call(
                GESTORIA,
                9,
                "es",
                "Change of tax address",
                "Lucía Fernández said she has moved from Valencia to Madrid, to Calle "
                "de Embajadores 41, and asked the agency to update her tax address. "
                "The agent asked her to send her new registration certificate (padrón).",
                [
                    ("Gestoría Almansa, dígame.", "Hola, soy Lucía Fernández. Os llamo porque me he mudado."),
                    ("Ah, enhorabuena. ¿A dónde?", "A Madrid, por fin. Calle de Embajadores, 41, segundo B."),
                    (
                        "Tenemos que actualizar su domicilio fiscal. "
                        "¿Nos manda el certificado de empadronamiento?",
                        "Sí, el padrón, lo pido esta semana y os lo mando.",
                    ),
                    ("Perfecto, en cuanto lo tengamos lo cambiamos.", "Gracias, guapa. Hasta luego."),
                ],
                collected=analysis_items(
                    "change of tax address",
                    "Agency to update her tax address; Lucía to send her new padrón certificate",
                    "{+7}",
                    "Self-employed graphic designer; rents out a flat in Alicante; "
                    "prefers WhatsApp; lives at Calle de Embajadores 41, Madrid",
                    "finance",
                    first_name="Lucía",
                ),
            ),
        ],
        questions=[
            Question(GESTORIA, "What does Lucía do for a living?", ("graphic designer", "diseñadora")),
            Question(GESTORIA, "How does she prefer to be contacted?", ("WhatsApp",)),
            Question(
                GESTORIA, "Where does she live?", ("Embajadores", "Madrid"), outdated=("Colón", "Valencia")
            ),
            Question(
                GESTORIA,
                "Did she buy anything big for her work this year?",
                ("laptop", "portátil", "MacBook"),
            ),
            Question(GESTORIA, "What fee did we agree for her tax return?", ("120", "ciento veinte")),
            Question(GESTORIA, "When will her tax return be ready?", ("día 20", "20th", "the 20", "el 20")),
            Question(GESTORIA, "Where is the flat she rents out?", ("Alicante",)),
            Question(GESTORIA, "What is her NIF, her tax ID number?", ()),
            Question(GESTORIA, "How much rent does she charge for the Alicante flat?", ()),
        ],
    ),
    # A French caller of an optician: a long call with the coating said once, then a delay.
    Caller(
        number="+33600000412",
        names=("Élodie",),
        calls=[
            Call(
                OPTIC,
                40,
                "fr",
                "New progressive glasses ordered",
                "The user, Élodie Marchand, called to order new progressive glasses after her eye "
                "test last week. She chose the round tortoiseshell frame she tried in store. Her "
                "mutuelle is MGEN, which she believes reimburses 200 euros. The agent said the "
                "glasses would be ready on the 14th, and she asked to be told by text message.",
                _ELODIE_ORDER,
                collected={"first_name": "Élodie"},
            ),
            Call(
                OPTIC,
                20,
                "fr",
                "Retard de commande de lunettes",
                "Élodie Marchand a appelé pour savoir si ses lunettes étaient prêtes. L'agent "
                "a expliqué que le laboratoire a du retard et que les lunettes seront prêtes "
                "le 18 au lieu du 14. Elle a demandé à être prévenue par SMS dès leur arrivée.",
                [
                    (
                        "Optique Lumière, bonjour.",
                        "Bonjour, Élodie Marchand. Je voulais savoir si mes lunettes étaient arrivées.",
                    ),
                    (
                        "Je regarde... Le laboratoire a pris du retard, "
                        "je suis désolée. Elles seront prêtes le 18.",
                        "Le 18 ? Bon, tant pis. Pas avant, vraiment ?",
                    ),
                    (
                        "Malheureusement non. On vous envoie un SMS dès qu'elles arrivent.",
                        "D'accord, par SMS.",
                    ),
                    ("Encore désolée, madame Marchand.", "Ce n'est pas grave. Au revoir."),
                ],
                collected=analysis_items(
                    "retard de commande de lunettes",
                    "Le magasin envoie un SMS à Élodie quand les "
                    "lunettes arrivent ; Élodie vient les chercher",
                    "{+5}",
                    "Verres progressifs ; monture écaille ; préfère les SMS ; mutuelle MGEN",
                    "none",
                    first_name="Élodie",
                ),
            ),
        ],
        questions=[
            Question(OPTIC, "When will Élodie's glasses be ready?", ("18",), outdated=("14",)),
            Question(OPTIC, "What kind of lenses did she order?", ("progressive", "progressif")),
            Question(OPTIC, "Which frame did she pick?", ("tortoiseshell", "écaille")),
            Question(
                OPTIC,
                "Did she ask for any coating on her lenses?",
                ("antireflet", "anti-reflective", "anti-glare", "antireflective"),
            ),
            Question(OPTIC, "Why does glare from headlights bother her?", ("taxi", "night", "nuit")),
            Question(OPTIC, "How should we tell her the glasses have arrived?", ("text", "SMS")),
            Question(OPTIC, "Which mutuelle covers her?", ("MGEN",)),
            Question(OPTIC, "What's the prescription for her left eye?", ()),
            Question(OPTIC, "Does she wear contact lenses?", ()),
        ],
    ),
    # An electrician's caller who rambles: the hours to avoid are said once, mid-call.
    Caller(
        number="+447700900318",
        names=("Graham",),
        calls=[
            Call(
                ELEC,
                33,
                "en",
                "Quote for new consumer unit and outdoor sockets",
                "The user, Graham Pike, asked for a quote to replace his old fuse box with a modern "
                "consumer unit and to add two outdoor sockets for the garden, for a mower and a pond "
                "pump. His house was built in the 1930s. The agent arranged a survey visit for {+5}.",
                _GRAHAM_SURVEY,
                collected={"first_name": "Graham"},
            ),
            Call(
                ELEC,
                14,
                "en",
                "Rewiring quote accepted",
                "Graham Pike accepted the quote of £1,450 for the new consumer unit "
                "and two outdoor sockets. The work is booked for Wednesday and "
                "should take one day; the power will be off for about six hours.",
                [
                    (
                        "Brightwire Electrical, Sophie speaking.",
                        "Hello Sophie, it's Graham Pike, the fuse box.",
                    ),
                    (
                        "Hello Mr Pike. Did you get the quote?",
                        "I did. One thousand four hundred and fifty, yes?",
                    ),
                    ("That's right, including the two outdoor sockets.", "Let's go ahead then."),
                    (
                        "Lovely. We can do Wednesday. It's a day's work, power off for about six hours.",
                        "Wednesday's fine. We'll survive six hours, we'll go to the garden centre.",
                    ),
                    ("You're booked in. Please clear the space around the fuse box.", "Will do. Cheerio."),
                ],
                collected=analysis_items(
                    "accepting the rewiring quote",
                    "Electrician to fit the consumer unit and outdoor "
                    "sockets; Graham to clear the space around the fuse box",
                    "{+9}",
                    "House built in the 1930s; fuse box under the stairs",
                    "none",
                    first_name="Graham",
                ),
            ),
            Call(
                ELEC,
                3,
                "en",
                "EV charger enquiry",
                "Graham asked to add an electric car charger on his driveway to "
                "Wednesday's job, as he has just ordered a Kia Niro. The agent explained "
                "it needs a separate quote; the electrician will look at it on Wednesday.",
                [
                    ("Brightwire Electrical.", "Hello, Graham Pike again, sorry to be a nuisance."),
                    (
                        "Not at all. What can I do?",
                        "I've gone and ordered an electric car. A Kia Niro. Blue.",
                    ),
                    (
                        "Exciting! Would you like a charger fitted?",
                        "That's it, on the driveway, by the garage.",
                    ),
                    (
                        "It needs its own quote, but our electrician can look on Wednesday while he's there.",
                        "Perfect, two birds, one stone.",
                    ),
                ],
                collected=analysis_items(
                    "electric car charger",
                    "Electrician to look at the driveway for a charger on Wednesday and quote separately",
                    "{+2}",
                    "Ordered a Kia Niro",
                    "none",
                    first_name="Graham",
                ),
            ),
        ],
        questions=[
            Question(ELEC, "Is there a time we shouldn't turn up at Graham's?", ("eleven", "11")),
            Question(ELEC, "Why should we come late in the morning?", ("nights", "Maureen", "sleeps")),
            Question(ELEC, "Where is his fuse box?", ("stairs",)),
            Question(
                ELEC,
                "How much was the quote he accepted?",
                ("1,450", "1450", "one thousand four hundred and fifty"),
            ),
            Question(ELEC, "When is the work booked?", ("Wednesday",)),
            Question(ELEC, "What car is he getting?", ("Niro",)),
            Question(ELEC, "How old is his house?", ("1930", "1934", "thirty-four")),
            Question(ELEC, "What power rating does he want for the charger?", ()),
            Question(ELEC, "How many bedrooms does his house have?", ()),
        ],
    ),
    # A locksmith's caller: a key-safe code said once, which no question may accept.
    Caller(
        number="+12125550177",
        names=("Aisha",),
        calls=[
            Call(
                LOCKS,
                25,
                "en",
                "Emergency lockout",
                "The user, Aisha Bello, was locked out of her apartment at 221 Linden "
                "Street, apartment 4B, after her key snapped in the lock. A locksmith was "
                "sent within the hour. She asked for the lock to be replaced with a deadbolt.",
                [
                    (
                        "City Lock and Key, twenty-four hours, what's your emergency?",
                        "Hi, my key just snapped in the lock, half "
                        "of it's still in there, I'm stuck outside.",
                    ),
                    ("Oh no. What's the address?", "221 Linden Street, apartment 4B."),
                    ("And your name?", "Aisha Bello. B-E-L-L-O."),
                    ("We can have someone there within the hour.", "Oh, thank God."),
                    (
                        "Would you like the lock replaced while he's there?",
                        "Yes, please. Put in a deadbolt, the old one was flimsy anyway.",
                    ),
                    ("He'll bring one. Sit tight.", "Thank you."),
                ],
                collected={"first_name": "Aisha"},
            ),
            Call(
                LOCKS,
                10,
                "en",
                "Spare keys to be dropped off",
                "Aisha asked for three spare keys to be cut for her new deadbolt and dropped off "
                "while she is at work. The technician can leave them in the key safe by the back "
                "door; she gave the code. Her neighbor Mrs. Park in 4C also has a spare key.",
                [
                    ("City Lock and Key.", "Hi, it's Aisha Bello, you put a deadbolt in for me."),
                    (
                        "Hi Aisha. Everything okay with it?",
                        "It's great. I need three spare keys cut, though.",
                    ),
                    ("Three, sure. Will you be home for the drop-off?", "No, I'm at work all day."),
                    (
                        "Is there somewhere safe to leave them?",
                        "There's a key safe by the back door. The code is seven, three, nine, one.",
                    ),
                    (
                        "Got it. And if there's a problem?",
                        "Mrs. Park next door, in 4C, has a spare too, she's always home.",
                    ),
                    ("Perfect. They'll be there in two days.", "Thanks a lot."),
                ],
                collected=analysis_items(
                    "spare keys",
                    "Locksmith to cut three spare keys and leave them in the key safe by the back door",
                    "{+2}",
                    "Neighbor Mrs. Park in 4C has a spare key; at work during the day",
                    "other",
                    first_name="Aisha",
                ),
            ),
            Call(
                LOCKS,
                2,
                "en",
                "Overcharge refund",
                "Aisha called because she was charged $240 for the lockout "
                "instead of the $180 she was quoted. The agent agreed to refund "
                "the $60 difference to her card within five business days.",
                [
                    ("City Lock and Key.", "Hi, Aisha Bello. I think I was overcharged for the lockout."),
                    (
                        "Let me look. It says two hundred forty.",
                        "Right, but I was quoted one eighty on the phone.",
                    ),
                    (
                        "You're right, the quote was one eighty. I'll refund the sixty dollars.",
                        "Thank you. To the same card?",
                    ),
                    ("Same card, within five business days.", "Great, thanks."),
                ],
                collected={"first_name": "Aisha"},
            ),
        ],
        questions=[
            Question(LOCKS, "What's the code to Aisha's key safe?", ()),
            Question(LOCKS, "Where is her key safe?", ("back door",)),
            Question(LOCKS, "Who else has a spare key to her place?", ("Park",)),
            Question(LOCKS, "What kind of lock does she have now?", ("deadbolt",)),
            Question(LOCKS, "How many spare keys did she order?", ("three", "3 spare")),
            Question(LOCKS, "What's her address?", ("Linden",)),
            Question(LOCKS, "What did we agree about her bill?", ("refund", "$60", "sixty")),
            Question(LOCKS, "Does her building have a doorman?", ()),
        ],
    ),
    # A language school's caller: a class and a teacher that a later call replaced.
    Caller(
        number="+16175550163",
        names=("Kenji",),
        calls=[
            Call(
                LANG,
                90,
                "en",
                "Enrolled in intermediate Italian",
                "The user, Kenji Watanabe, enrolled in the intermediate (B1) Italian "
                "evening course on Tuesdays and Thursdays from 7 to 9 PM, taught by "
                "Francesca. He is learning Italian because his company is relocating him "
                "to Bologna next spring. The term costs $640, paid in two installments.",
                [
                    ("Parola Language School, buongiorno!", "Hi, I'd like to sign up for Italian."),
                    ("Wonderful. Your name?", "Kenji Watanabe. W-A-T-A-N-A-B-E."),
                    (
                        "Have you studied Italian before?",
                        "A bit. I did your placement test online, it said B1, intermediate.",
                    ),
                    (
                        "Then the B1 evening course fits, Tuesdays "
                        "and Thursdays seven to nine, with Francesca.",
                        "That works. I'm being relocated to Bologna next spring, so I need to get serious.",
                    ),
                    (
                        "Bologna, lovely. The term is six hundred "
                        "and forty dollars; you can pay in two parts.",
                        "Two installments, please.",
                    ),
                    ("You're enrolled. A presto!", "Grazie!"),
                ],
                collected={"first_name": "Kenji", "course": "Italian B1 evening"},
            ),
            Call(
                LANG,
                40,
                "en",
                "Moved to Saturday intensive",
                "Kenji Watanabe moved from the Tuesday and Thursday evening class to the Saturday morning "
                "intensive because his work schedule changed. The Saturday class is taught by Davide.",
                [
                    ("Parola Language School.", "Hi, it's Kenji Watanabe, in Francesca's B1 evening class."),
                    (
                        "Hi Kenji, how's it going?",
                        "I love it, but my hours changed and I can't do evenings now.",
                    ),
                    (
                        "We have a Saturday morning intensive at the same level, with Davide.",
                        "Saturdays are perfect. Let's switch.",
                    ),
                    ("Done. Your first Saturday is this week.", "Great, thanks. Tell Francesca I said ciao."),
                ],
                collected=analysis_items(
                    "class change",
                    "",
                    "",
                    "Italian B1; Saturday morning intensive with Davide; relocating to Bologna next spring",
                    "none",
                    first_name="Kenji",
                ),
            ),
            Call(
                LANG,
                7,
                "en",
                "Exam preparation and conversation partner",
                "Kenji asked to be paired with a conversation partner and said he "
                "wants to sit the CILS B2 exam before he moves. The agent will "
                "match him with a partner from the Thursday conversation club.",
                [
                    ("Parola Language School.", "Hi, Kenji Watanabe again."),
                    ("Ciao Kenji!", "Ciao. Could you pair me with someone to just talk Italian with?"),
                    (
                        "Yes, we run a conversation exchange. Any goal in mind?",
                        "I want to pass the CILS B2 before I move. The company likes a certificate.",
                    ),
                    ("I'll match you with someone this week.", "Grazie mille."),
                ],
                collected=analysis_items(
                    "conversation partner and exam",
                    "School to match Kenji with a conversation partner",
                    "{+5}",
                    "Aiming for the CILS B2 exam",
                    "none",
                    first_name="Kenji",
                ),
            ),
        ],
        questions=[
            Question(LANG, "Which class is Kenji in now?", ("Saturday",), outdated=("Tuesday",)),
            Question(LANG, "Who teaches him?", ("Davide",), outdated=("Francesca",)),
            Question(LANG, "Why is he learning Italian?", ("Bologna", "relocat")),
            Question(LANG, "What level is he at?", ("B1", "intermediate")),
            Question(LANG, "Which exam is he preparing for?", ("CILS",)),
            Question(LANG, "How much is his term?", ("640", "six hundred and forty")),
            Question(LANG, "What score did he get on the placement test?", ()),
            Question(LANG, "Which company is sending him to Bologna?", ()),
        ],
    ),
    # A driving school's caller: an instructor asked for by relation, a test day said as a date.
    Caller(
        number="+13105550119",
        names=("Ben",),
        calls=[
            Call(
                DRIVE,
                45,
                "en",
                "Block of driving lessons booked",
                "The user, Ben Carter, booked a block of ten driving lessons in an "
                "automatic car, on Saturday mornings. He asked for Dave, the instructor "
                "who taught his sister. He will be picked up from home at 18 Maple Court.",
                [
                    ("Green Light Driving School, hi!", "Hey, um, I want to book some lessons."),
                    ("Sure! Name?", "Ben Carter."),
                    ("Manual or automatic, Ben?", "Automatic. Manual looks like a nightmare."),
                    (
                        "We do blocks of ten. Any preference for an instructor?",
                        "Is Dave still there? He taught my sister, she said he never yells.",
                    ),
                    ("Dave's here. Saturday mornings okay?", "Yeah, Saturdays."),
                    ("Where do we pick you up?", "At home. 18 Maple Court."),
                    ("Booked. See you Saturday.", "Cool, thanks."),
                ],
                collected={"first_name": "Ben"},
            ),
            Call(
                DRIVE,
                8,
                "en",
                "Road test booked",
                "Ben Carter said his road test is booked for the 23rd at the Hill Street test center. He "
                "asked to use the school's car for the test and for a warm-up lesson with Dave that morning.",
                [
                    ("Green Light Driving School.", "Hey, it's Ben Carter, I have my road test booked!"),
                    ("Congrats! When is it?", "The 23rd, at the Hill Street test center."),
                    (
                        "Do you want to use our car?",
                        "Yeah, please. And can I do a lesson with Dave that morning, like a warm-up?",
                    ),
                    ("We'll set it up. Good luck!", "Thanks, I'm kind of freaking out."),
                ],
                collected=analysis_items(
                    "road test",
                    "School to provide the car for the road test and a warm-up lesson with Dave that morning",
                    "{+11}",
                    "Learns in an automatic; instructor Dave; picked up at 18 Maple Court",
                    "none",
                    first_name="Ben",
                ),
            ),
        ],
        questions=[
            Question(DRIVE, "Who does Ben usually drive with?", ("Dave",)),
            Question(DRIVE, "Does he learn in a manual or an automatic?", ("automatic",)),
            Question(DRIVE, "When is his road test?", ("23",)),
            Question(DRIVE, "Where do we pick him up?", ("Maple",)),
            Question(DRIVE, "What's his learner's permit number?", ()),
            Question(DRIVE, "What car does his sister drive?", ()),
        ],
    ),
]
