"""A held-out memory set: callers of eight schools and learning services, as ElevenLabs would report them.

A driving school, a language school, a private tutoring agency, a university admissions office, a
children's nursery, a music exam board, a school uniform shop and a student accommodation office. Nine
callers, 30 calls: twins learning to drive who share the family landline, a Spanish pharmacist learning
English and a French mother entering her son for a violin exam, both asked about in English, a mother of
a nursery child and a secondary-school girl whose son's epilepsy is the nursery's alone, a student who
rings both admissions and the residence office, three calls of 84 exchanges whose middle holds facts no
summary or analysis item repeats (one of them in French), corrections said plainly ("so Tuesday and
Thursday then"), access codes for a complex gate, a building door, a residence block and a key safe that
no answer may give, and about half of the calls with the post-call analysis items as ElevenLabs' model
fills them (a fact missed, a category wrong or "none" for a clearly private call, a code copied into the
facts, a value left in the call's language, a date left empty), the others with the agent's own
first-name item or nothing.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

DRIVING = "agent_learning_driving_0000000000281"
LANGUAGE = "agent_learning_language_000000000282"
TUTORING = "agent_learning_tutors_00000000000283"
ADMISSIONS = "agent_learning_admissions_0000000284"
NURSERY = "agent_learning_nursery_0000000000285"
MUSIC = "agent_learning_musicexams_0000000286"
UNIFORMS = "agent_learning_uniforms_000000000287"
HOUSING = "agent_learning_housing_0000000000288"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_VIOLIN_ACKS = [
    "Ah oui ?", "Je comprends.", "Ha, c'est vrai.", "D'accord.", "Oh là là.", "Bien sûr.", "Mm-hmm.",
    "C'est gentil.", "Ah bon ?", "Tout à fait.", "Ha !", "Oui, oui.",
]  # fmt: skip
_VIOLIN_TALK = [
    "Vous savez, on est arrivés de Lyon il y a deux ans seulement. Tout est encore un peu nouveau.",
    "Le premier hiver, franchement, j'ai cru que j'allais mourir. Moins trente, c'est pas normal.",
    "Hugo, lui, il adore la neige. Il ferait du toboggan tous les jours.",
    "Oui.",
    "Le violon, il a commencé tout petit. Une voisine à Lyon jouait, il l'écoutait par la fenêtre.",
    "Il travaille tous les soirs après les devoirs, je n'ai même pas besoin de lui dire.",
    "Enfin, presque tous les soirs. Le vendredi c'est jeux vidéo, on négocie.",
    "Ha, oui.",
    "Les voisins du dessous ont tapé au plafond une fois. Une seule fois. Depuis, ils l'applaudissent.",
    "Sa sœur Léa, elle, fait de la danse. Elle dit que le violon c'est pour les vieux.",
    "Ils se chamaillent tout le temps, mais au fond ils s'adorent.",
    "Mm.",
    "Mon mari dit que j'en fais trop avec cet examen. Il a peut-être raison.",
    "Mais c'est important pour Hugo, il veut entrer dans l'orchestre des jeunes l'année prochaine.",
    "Pardon, je vous raconte ma vie.",
    "Non, non, je sais que vous êtes occupé.",
    "Ici, les gens sont tellement gentils. À Lyon on ne parle pas à la caissière comme ça.",
    "Et la poutine ! Hugo en mangerait à chaque repas.",
    "Moi je préfère encore une bonne raclette, je suis désolée.",
    "D'accord.",
    "Le week-end dernier on est allés au concert de l'orchestre symphonique. Il était aux anges.",
    "Il a dit : maman, un jour je serai là-haut. J'ai failli pleurer.",
    "Bon, je ne suis pas objective, c'est mon fils.",
    "Oui, oui.",
    "L'école ici est très bien aussi, ils ont un petit orchestre, mais le niveau, bon.",
    "Il est le seul violon, les autres font de la flûte à bec.",
    "Ha, imaginez le bruit.",
    "Excusez-moi, le chat vient de renverser quelque chose dans la cuisine.",
    "Non, ça va, c'était juste un verre vide.",
    "Il s'appelle Mozart. Le chat. C'est Hugo qui a choisi, évidemment.",
    "Oui, je sais, ha.",
    "On a failli l'appeler Vivaldi, mais Léa a mis son veto.",
    "Mm-hmm.",
    "Mes parents sont restés en France, ils viennent à Noël. Ils veulent l'entendre jouer.",
    "Ma mère dit qu'il tient ça de mon grand-père, qui jouait de l'accordéon dans les bals.",
    "Rien à voir, mais bon, elle y tient.",
    "Vous jouez d'un instrument, vous ?",
    "Ah, de la guitare, c'est bien aussi.",
    "Moi, j'ai fait trois ans de piano quand j'étais petite et j'ai tout oublié.",
    "Ha, oui, c'est ça.",
    "Bon. Où en étions-nous ?",
    "Ah oui, c'est vrai.",
    "Je note tout dans mon carnet, sinon j'oublie.",
    "Attendez, mon stylo ne marche plus.",
    "Voilà, c'est bon.",
    "Mm.",
    "Vous avez beaucoup d'inscriptions en ce moment ?",
    "J'imagine, avec la session du printemps.",
    "Oui, oui, allez-y.",
    "D'accord, je vous écoute.",
    "Oui.",
    "Très bien.",
    "Parfait.",
    "Ha, d'accord.",
    "Je comprends.",
    "Merci, vous êtes patient.",
]
_RESIDENCE_ACKS = [
    "Oh, I bet.", "Mm-hm.", "Ha, yes.", "Right.", "Totally normal.", "Aw.", "Of course.", "Sure.",
    "Oh, that's lovely.", "I know.", "Ha!", "No rush at all.",
]  # fmt: skip
_RESIDENCE_TALK = [
    "I keep saying I'm fine about it and then I walk past her bedroom and, well.",
    "She's the first of us to go to university away from home. I went to the college down the road.",
    "Her dad's building a spreadsheet of everything she needs. A spreadsheet. With colour coding.",
    "Yes.",
    "We've bought about six hundred storage boxes. She'll never use them.",
    "Her little brother Theo is already measuring her bedroom for his drum kit.",
    "Over my dead body, I told him.",
    "Ha, yes.",
    "It's about two and a half hours from Kingston, isn't it? If the 401 behaves.",
    "Which it never does.",
    "My sister's lad went to Northfield, he loved it. Never came home.",
    "Well, he came home at Christmas. With laundry.",
    "Mm.",
    "Is there a laundry room, by the way? Don't tell me, I'll find it on the website.",
    "She's a good girl, very organised, gets that from me.",
    "Not the spreadsheet kind of organised, the sensible kind.",
    "Sorry, am I keeping you?",
    "You're very kind.",
    "We did the campus tour in the spring, it was pouring with rain.",
    "She still loved it. She said the library looked like Hogwarts.",
    "I said, as long as you actually go in it.",
    "Right.",
    "Her best friend's going to Ottawa, so they'll be a bus ride apart, which is nice.",
    "They've been inseparable since kindergarten.",
    "They had matching lunchboxes. Still have them, somewhere in the basement.",
    "Oh, I'm getting teary again. Ignore me.",
    "Sure.",
    "She's been practising cooking. Pasta, mostly. Lots and lots of pasta.",
    "Last night she made a stir-fry. It was... it was edible.",
    "Ha, bless her.",
    "I've packed her a first aid kit. She rolled her eyes at me.",
    "And a sewing kit. She'll never use that either.",
    "Mm-hm.",
    "Do parents help on move-in day, or is that embarrassing now?",
    "Oh good. I'll be very discreet. I'll carry boxes and disappear.",
    "Her dad wants to put the shelves up. I said they have shelves, Graham.",
    "Oh, he'll find something to drill, trust me.",
    "Yeah.",
    "Okay. Let me look at my list.",
    "I had it on the back of an envelope, now I can't find the envelope.",
    "Found it. It was under the cat.",
    "Right, yes.",
    "I think that's most of it, actually.",
    "Sorry, the kettle. Hang on.",
    "Okay, I'm back.",
    "Oh, I know, I know.",
    "Yes, that makes sense.",
    "Lovely.",
    "Oh, good.",
    "Ha, okay.",
    "Mm, right.",
    "That's a relief.",
    "Yes.",
    "Sure, sure.",
    "Okay.",
]
_TUTOR_ACKS = [
    "Mm-hm.", "Oh, I hear you.", "Ha, yeah.", "Right.", "Totally.", "That's so common.", "Sure.",
    "Oh no.", "Yeah.", "Ha!", "Of course.", "Fair enough.",
]  # fmt: skip
_TUTOR_TALK = [
    "He used to love maths, you know. In Grade 6 he'd do sums for fun. I don't know what happened.",
    "Well, I do. Teenage boys happened.",
    "He's on that game, the one with the building, for hours.",
    "Yeah.",
    "His sister Bea is the opposite, she does her homework before she's even home.",
    "She's younger, and she never lets him forget it.",
    "I'm not a maths person myself. I work at the library, I'm a words person.",
    "When he asks me about sine and cosine I just sort of nod.",
    "Ha, yeah.",
    "My husband was good at maths but he's on the road three weeks out of four.",
    "He drives trucks. Long haul. So it's mostly me.",
    "Mm.",
    "The school's been okay. They sent an email. A very polite email.",
    "Which basically said, your son is failing, have a nice day.",
    "Sorry, I'm venting.",
    "It's been a long week.",
    "He's a lovely kid, honestly. Kind. Funny. Just... not motivated.",
    "He made me breakfast on Mother's Day. Burnt toast, but still.",
    "Sure.",
    "I tried one of those apps, the maths ones. He lasted a day.",
    "He said the cartoon owl was judging him.",
    "Ha!",
    "I think he needs a real person. Someone who isn't his mum.",
    "He won't listen to me. I'm just, you know, the nag.",
    "Right.",
    "Do you get a lot of Grade 10s? I bet you do.",
    "It's the year it all gets real, isn't it.",
    "My friend's daughter had a tutor from you last year. That's how I found you.",
    "She went from a D to a B. Her mum wouldn't shut up about it.",
    "Ha, yeah, no pressure.",
    "Oh, I don't expect miracles.",
    "Just, you know, for him to not hate it.",
    "Mm-hm.",
    "We live near the park, so Farah can park on the street, it's free after five.",
    "Well, whoever comes. Farah, if it's her.",
    "Sorry, my phone's buzzing. It's the school again. No, it's spam. Okay.",
    "Where was I.",
    "Right.",
    "He's got his learner's permit now too, so everything's about driving.",
    "Which is terrifying, by the way.",
    "I grip the door handle the whole time.",
    "Ha, yeah.",
    "Okay, okay. Back to maths.",
    "Let me check my notes.",
    "Hmm. Hang on.",
    "Okay, yes.",
    "Sure.",
    "Yeah, that sounds good.",
    "Great.",
    "Right, yes.",
    "Okay.",
    "Perfect.",
    "Mm.",
    "Ha, okay.",
    "That's reassuring, honestly.",
]

HELDOUT_LEARNING: list[Caller] = [
    # Twins on the family landline: his lesson day moved, her pickup moved, a gate code in the turns and
    # copied into the facts, her road test date left out of the items.
    Caller(
        number="+15145551101",
        names=("Ravi", "Meena"),
        calls=[
            Call(
                DRIVING, 58, "en", "Block of driving lessons",
                "The user, Ravi Sharma, who has just got his learner's permit, booked a block of ten driving "
                "lessons in an automatic car with instructor Denise, on Saturdays at 9 AM, starting {+5}. He "
                "will be picked up at home, 27 Birchmount Crescent. He will check the prices on the website.",
                [
                    ("Clearway Driving School, Paula speaking, how can I help?",
                     "Hi, um, yeah, I wanna, like, book driving lessons? I just got my learner's permit."),
                    ("Congratulations! What's your name?", "Ravi. Ravi Sharma. R-A-V-I."),
                    ("Thanks Ravi. Automatic or manual?",
                     "Automatic. Definitely automatic. My mom's car is automatic so I can practise with "
                     "her."),
                    ("We do blocks of ten lessons, it works out cheaper. Would that suit?",
                     "Yeah, ten's good. How much is it, though?"),
                    ("It depends on the package. I can text you the price list?",
                     "Oh, uh, this is the house phone, me and my sister share it. I'll just, um, I'll "
                     "check the website."),
                    ("No problem. When are you free?", "Saturdays? Like, mornings. Nine-ish?"),
                    ("Saturdays at nine, with Denise. We pick you up from home. What's the address?",
                     "Twenty-seven Birchmount Crescent. It's the, uh, the townhouses behind the Metro."),
                    ("Great. We'll start you next week.", "Cool. Okay. Thanks!"),
                ],
                analysis_items(
                    "Driving lesson booking", "First driving lesson", "{+5}",
                    "Learner's permit; automatic car; lessons on Saturdays at 9 AM; pickup at 27 Birchmount "
                    "Crescent", "none", first_name="Ravi",
                ),
            ),
            Call(
                DRIVING, 40, "en", "Manual lessons for Meena",
                "Meena Sharma, Ravi's twin sister, booked weekly driving lessons in a manual car on "
                "Wednesdays at 4:30 PM with Denise. She will be picked up from Westdale Secondary School.",
                [
                    ("Clearway Driving School, Paula speaking.",
                     "Hi! Hi. So my brother, Ravi, he's doing lessons with you, and I want to do them too. "
                     "I'm Meena, his sister. We're twins, yeah, before you ask."),
                    ("Ha! Lovely. How do you spell Meena?", "M-E-E-N-A. Sharma, same as him, obviously."),
                    ("Automatic as well?",
                     "No, see, that's the thing, I want to learn on a manual. A stick. My dad's car is a "
                     "stick, it's an old Golf, and he said if I learn manual I can borrow it."),
                    ("We have a manual car, no problem. When suits you?",
                     "Weekdays after school. Wednesday's best, I get out at four."),
                    ("Wednesdays at four-thirty?",
                     "Four-thirty, yeah. Can you pick me up at school though? Westdale Secondary, on "
                     "Carling? Not home."),
                    ("Sure, we'll pick you up at Westdale. Anything we should know?",
                     "Um, I wear contacts. For driving I have to wear them, it says on my permit. And I'm, "
                     "like, terrified of the highway."),
                    ("We'll build up to highways slowly.",
                     "Okay. Good. Can I have Denise too? Ravi says she's really calm."),
                    ("Denise has Wednesday afternoons, yes.", "Yay. Okay, thank you!"),
                ],
                {"first_name": "Meena"},
            ),
            Call(
                DRIVING, 21, "en", "Lessons moved to Sundays",
                "Ravi Sharma moved his weekly lessons from Saturdays at 9 AM to Sundays at 10 AM because he "
                "started a part-time job. He gave the code for the gate of the townhouse complex so the "
                "instructor can drive in.",
                [
                    ("Clearway Driving School, Paula speaking.",
                     "Hey, it's Ravi Sharma, I do Saturdays with Denise?"),
                    ("Hi Ravi! What can I do for you?",
                     "So, um, I got a job, at the FreshCo on Bank Street, and they've got me on Saturday "
                     "mornings. So can I, like, switch to Sundays?"),
                    ("Denise does Sundays from ten. Sunday at ten every week?", "Sunday at ten, perfect."),
                    ("Done. Anything else?",
                     "Oh, yeah, Denise said last time she couldn't get into the complex, the gate was shut. "
                     "The gate code is 5 2 8 1, she can just drive in."),
                    ("I'll add it to her notes.",
                     "Thanks. Oh and, uh, I did my sixth lesson, she says I'm nearly ready for parallel "
                     "parking, haha."),
                    ("Great progress!", "Okay, bye."),
                ],
                analysis_items(
                    "Lesson day change", "", "",
                    "Part-time job on Saturday mornings; lessons now Sundays at 10 AM; gate code 5281",
                    "none", first_name="Ravi",
                ),
            ),
            Call(
                DRIVING, 6, "en", "Meena's road test booked",
                "Meena Sharma's road test is booked for {+12} at 10:40 AM at the Walkley Road test centre. "
                "She asked for a warm-up lesson in the manual car an hour before the test. From now on she "
                "will be picked up at home rather than at school.",
                [
                    ("Clearway Driving School, good afternoon, Paula speaking.",
                     "Hi Paula, it's Meena. Meena Sharma. The twin. With the manual."),
                    ("Hi Meena! How's it going?",
                     "Good! I got my road test! It's, um, twelve days from now, at ten forty in the "
                     "morning. At the Walkley Road centre."),
                    ("Oh, exciting! Do you want to use our car for it?",
                     "Yes please, the manual one. And can I have a lesson right before? Like an hour before, "
                     "to warm up."),
                    ("Sure, Denise can pick you up at nine-forty and take you to the centre after.",
                     "Perfect."),
                    ("Still from Westdale?",
                     "No, from home now. Actually, from home for all of them from now on, I finish at lunch "
                     "on Wednesdays this term."),
                    ("Twenty-seven Birchmount, then.",
                     "Yep. And, um, my dad wants to know, is it okay if he comes along in the back?"),
                    ("It's fine for the warm-up, not for the test itself.", "Okay, I'll tell him. Bye!"),
                ],
                analysis_items(
                    "Road test booking", "Warm-up lesson before Meena's road test", "",
                    "Road test at the Walkley Road test centre at 10:40 AM; manual car; pickup from home",
                    "none", first_name="Meena",
                ),
            ),
        ],
        questions=[
            Question(DRIVING, "Is Ravi learning in an automatic or a manual?", ("automatic",)),
            Question(DRIVING, "Which gearbox is Meena learning on?", ("manual", "stick")),
            Question(DRIVING, "What day are Ravi's lessons now?", ("sunday",), ("saturday",)),
            Question(DRIVING, "What time is Ravi's weekly lesson?", ("10 am", "at ten"), ("9 am", "at nine")),
            Question(DRIVING, "Where does Ravi work?", ("freshco",)),
            Question(DRIVING, "Why did Ravi change his lesson day?", ("job",)),
            Question(DRIVING, "When is Meena's road test?", _day(6, 12)),
            Question(DRIVING, "What time is her road test?", ("10:40", "ten forty")),
            Question(DRIVING, "Which test centre is Meena's road test at?", ("walkley",)),
            Question(DRIVING, "Where should the instructor pick Meena up?", ("birchmount", "from home"),
                     ("westdale",)),
            Question(DRIVING, "Any vision correction needed behind the wheel?", ("contact",)),
            Question(DRIVING, "What is Meena scared of when driving?", ("highway",)),
            Question(DRIVING, "What car does their father drive?", ("golf",)),
            Question(DRIVING, "How many lessons did Ravi book?",
                     ("block of ten", "ten driving lessons", "ten lessons", "10 lessons", "10 driving")),
            Question(DRIVING, "Who is their instructor?", ("denise",)),
            Question(DRIVING, "Which school does Meena go to?", ("westdale",)),
            Question(DRIVING, "Can her dad sit in during the road test?", ("not for the test",)),
            Question(DRIVING, "What time does the warm-up lesson start?",
                     ("nine-forty", "9:40", "an hour before")),
            Question(DRIVING, "How many lessons has Ravi had so far?",
                     ("sixth lesson", "six lessons", "6 lessons")),
            Question(DRIVING, "Which street does the household reside on?", ("birchmount",)),
            Question(DRIVING, "Does Ravi have his learner's permit?", ("learner's permit",)),
            Question(DRIVING, "What's the gate code at their complex?", ()),
            Question(DRIVING, "How much does a block of ten lessons cost?", ()),
            Question(DRIVING, "What is Ravi's learner's permit number?", ()),
            Question(DRIVING, "What's Meena's email address?", ()),
            Question(DRIVING, "What's the booking number for Meena's road test?", ()),
            Question(DRIVING, "What's the name of Ravi's manager at FreshCo?", ()),
            Question(DRIVING, "What's Ravi's date of birth?", ()),
            Question(DRIVING, "What is their father's first name?", ()),
        ],
    ),
    # A Spanish pharmacist learning English: calls in Spanish, summaries in English and Spanish, the items
    # in Spanish once and with a wrong category once; her class days moved ("entonces martes y jueves").
    Caller(
        number="+34645551102",
        names=("Carmen",),
        calls=[
            Call(
                LANGUAGE, 50, "es", "Enrolment in an intensive English course",
                "The user, Carmen Ruiz, spoke Spanish. She wants to enrol in an intensive English course "
                "because she needs a B2 certificate to work as a pharmacist. The agent booked her placement "
                "test for {+3} at 6 PM. She works mornings and asked about evening classes.",
                [
                    ("Lingua Viva, bonjour, hello, Andrea speaking.", "Hola, buenas... ¿habla español?"),
                    ("Sí, claro, hablo español. ¿En qué puedo ayudarle?",
                     "Ay, qué bien. Mire, quiero apuntarme a un curso de inglés, un intensivo."),
                    ("Perfecto. ¿Para qué necesita el inglés?",
                     "Soy farmacéutica, y para trabajar aquí me piden el B2. Un certificado B2."),
                    ("Entendido. Primero hacemos una prueba de nivel. ¿Me dice su nombre?",
                     "Carmen Ruiz. Ruiz con zeta al final: R-U-I-Z."),
                    ("Gracias, Carmen. ¿Puede venir a la prueba dentro de tres días, a las seis de la "
                     "tarde?", "Sí, a las seis puedo, salgo de trabajar a las cinco."),
                    ("La prueba dura unos noventa minutos, oral y escrita.",
                     "Noventa minutos, vale. ¿Tengo que llevar algo?"),
                    ("Solo un documento de identidad.",
                     "Vale, el pasaporte. Eh... ¿y hay clases por la noche? Porque por la mañana trabajo."),
                    ("Sí, tenemos grupos de tarde-noche.", "Perfecto. Muchas gracias, hasta luego."),
                ],
                analysis_items(
                    "Inscripción en curso intensivo de inglés", "Prueba de nivel", "{+3}",
                    "Farmacéutica; necesita el certificado B2; trabaja por las mañanas", "none",
                    first_name="Carmen",
                ),
            ),
            Call(
                LANGUAGE, 33, "es", "Resultado de la prueba de nivel",
                "La usuaria, Carmen Ruiz, habló en español. Obtuvo un nivel B1 en la prueba y se apuntó al "
                "curso intensivo B1+ de tarde, los lunes y miércoles de 18:30 a 20:30, con la profesora "
                "Helen. El libro de texto es Outcomes Intermediate. El curso cuesta 640 dólares y empieza "
                "el {+5}.",
                [
                    ("Lingua Viva, Andrea al habla.",
                     "Hola Andrea, soy Carmen Ruiz, la de la prueba de nivel del otro día."),
                    ("¡Hola Carmen! Ya tengo el resultado: un B1, muy sólido.",
                     "¿B1? Uf, pensaba que menos. Bueno, bueno."),
                    ("Le recomiendo el intensivo B1+ de tarde, lunes y miércoles de seis y media a ocho y "
                     "media.", "Lunes y miércoles... sí, me va bien."),
                    ("La profesora es Helen, es muy buena. Empieza en cinco días.", "Genial. ¿Y el libro?"),
                    ("Outcomes Intermediate, lo puede comprar aquí en recepción.",
                     "Vale. ¿Cuánto cuesta el curso?"),
                    ("Seiscientos cuarenta dólares el trimestre.",
                     "Seiscientos cuarenta. Vale, lo pago con tarjeta el primer día."),
                    ("Perfecto.",
                     "Ah, y por favor, llámenme Carmen, no señora Ruiz, que me hace mayor, jaja."),
                ],
            ),
            Call(
                LANGUAGE, 9, "es", "Class days changed",
                "Carmen Ruiz asked to move from the Monday and Wednesday evening group to the Tuesday and "
                "Thursday group because her shifts at the pharmacy changed. The agent confirmed and "
                "registered her for the B2 exam on {+24}. Her employer will pay half of the course fee and "
                "needs an invoice in the company's name.",
                [
                    ("Lingua Viva, Andrea al habla.", "Hola Andrea, Carmen otra vez. Tengo un problemilla."),
                    ("Dígame.",
                     "Me han cambiado los turnos en la farmacia, y ahora los lunes y miércoles salgo a las "
                     "ocho. ¿Puedo cambiarme de grupo?"),
                    ("Hay un grupo B1+ los martes y jueves, a la misma hora.",
                     "¿De seis y media a ocho y media? Entonces martes y jueves, sí, perfecto."),
                    ("Hecho. La profesora es Helen también.", "Ah, qué bien, me gusta mucho Helen."),
                    ("¿Algo más?", "Sí, el examen B2, ¿cuándo es?"),
                    ("El próximo es dentro de veinticuatro días, por la mañana. ¿La inscribo?",
                     "Sí, sí, inscríbame."),
                    ("Son ciento ochenta dólares de inscripción al examen.",
                     "Vale. Ah, y la farmacia me paga la mitad del curso, ¿necesitan una factura a nombre "
                     "de la empresa?"),
                    ("Sí, dígame el nombre de la empresa.", "Pharmacie Lavoie. L-A-V-O-I-E."),
                    ("Perfecto, se la preparo.", "Gracias, Andrea. ¡Hasta el martes!"),
                ],
                analysis_items(
                    "Class group change", "Invoice for the employer; B2 exam", "{+24}",
                    "Moved to the Tuesday and Thursday evening group; employer pays half the course fee",
                    "finance", first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(LANGUAGE, "What level did Carmen get on the placement test?", ("b1",)),
            Question(LANGUAGE, "Which days does she have class?", ("tuesday", "martes"), ("monday", "lunes")),
            Question(LANGUAGE, "What time do her classes start?", ("6:30", "18:30", "seis y media")),
            Question(LANGUAGE, "Who is her teacher?", ("helen",)),
            Question(LANGUAGE, "Which textbook does the course use?", ("outcomes",)),
            Question(LANGUAGE, "How much is the course?", ("640", "seiscientos cuarenta")),
            Question(LANGUAGE, "Which certificate is she after?", ("b2",)),
            Question(LANGUAGE, "What's her line of work?",
                     ("pharmacist", "farmacéutica", "pharmacy", "farmacia")),
            Question(LANGUAGE, "When is her B2 exam?", _day(9, 24)),
            Question(LANGUAGE, "How much is the exam registration fee?", ("180", "ciento ochenta")),
            Question(LANGUAGE, "What company name goes on the invoice?", ("lavoie",)),
            Question(LANGUAGE, "How much of the fee does her employer cover?", ("half", "mitad")),
            Question(LANGUAGE, "How does she like to be addressed?",
                     ("no señora ruiz", "not señora", "not mrs", "rather than mrs")),
            Question(LANGUAGE, "How long did the placement test take?",
                     ("noventa minutos", "90 minutes", "ninety minutes")),
            Question(LANGUAGE, "What ID did she bring to the test?",
                     ("pasaporte", "passport", "documento de identidad")),
            Question(LANGUAGE, "Why did she switch groups?", ("shift", "turnos")),
            Question(LANGUAGE, "How will she pay for the course?", ("tarjeta", "card")),
            Question(LANGUAGE, "When was her placement test?", _day(50, 3)),
            Question(LANGUAGE, "What's Carmen's date of birth?", ()),
            Question(LANGUAGE, "What's the name of her manager at the pharmacy?", ()),
            Question(LANGUAGE, "What was her exact score on the placement test?", ()),
            Question(LANGUAGE, "What time does the B2 exam start?", ()),
            Question(LANGUAGE, "Does she have children?", ()),
            Question(LANGUAGE, "What's her email address?", ()),
            Question(LANGUAGE, "Where does Carmen live?", ()),
        ],
    ),
    # A French mother entering her son for a violin exam: a long call in French whose middle holds five
    # facts, a summary in French, items in French and with a wrong category; the accompanist and the
    # violin's size changed.
    Caller(
        number="+33645551103",
        names=("Nathalie",),
        calls=[
            Call(
                MUSIC, 44, "fr", "Grade 6 violin exam entry",
                "The user, Nathalie Girard, spoke French. She entered her son Hugo, 12, for the Grade 6 "
                "violin exam in the spring session and paid the $142 entry fee by card. His pieces are a "
                "Bach Gavotte, the first movement of Seitz's Concerto No. 2 and a Romanian Dance by Bartók. "
                "The exam date will be sent about a month before. Nathalie chatted at length about the "
                "family's move to Montreal.",
                long_call(
                    [
                        ("Cadenza Music Examinations, Owen speaking, how can I help?",
                         "Bonjour... euh, hello, sorry, vous parlez français ?"),
                        ("Oui, je parle français. Comment puis-je vous aider ?",
                         "Ah, merci, c'est plus simple pour moi. Alors, c'est pour inscrire mon fils à un "
                         "examen de violon."),
                        ("Avec plaisir. Votre nom, s'il vous plaît ?",
                         "Nathalie Girard. Girard, G-I-R-A-R-D."),
                        ("Et le nom de votre fils ?", "Hugo. Hugo Girard. Il a douze ans."),
                        ("Quel niveau ?",
                         "La sixième année. Grade 6, c'est ça ? Il a réussi sa cinquième l'an dernier."),
                        ("Oui, Grade 6. Pour la session du printemps ?", "Oui, le printemps, c'est parfait."),
                        ("Quels morceaux va-t-il jouer ?",
                         "Euh, attendez, j'ai la feuille... la Gavotte de Bach, le premier mouvement du "
                         "Concerto numéro deux de Seitz, et une Danse roumaine de Bartók."),
                        ("Très bon choix.", "C'est sa prof qui a choisi, hein, pas moi, ha."),
                    ],
                    [
                        ("D'accord.",
                         "Ah, et il joue sur un violon trois-quarts, il est encore petit pour son âge. C'est "
                         "un problème pour l'examen ?"),
                        ("Pas du tout, la taille n'a pas d'importance.",
                         "Tant mieux. Il est gaucher, aussi, mais il tient l'archet de la main droite, comme "
                         "tout le monde."),
                        ("Aucun souci.",
                         "Et il a le trac, beaucoup. Le matin, c'est mieux pour lui, l'après-midi il stresse "
                         "toute la journée. Si vous pouvez."),
                        ("Je vais le noter comme préférence.",
                         "Merci. Son professeur de violon, c'est Monsieur Tremblay, au conservatoire. Et au "
                         "piano, c'est sa prof de piano qui l'accompagne, Madame Dubreuil."),
                    ],
                    [
                        ("Alors, les frais d'inscription sont de cent quarante-deux dollars.",
                         "Cent quarante-deux, d'accord. Je paie par carte."),
                        ("C'est fait, merci. Vous recevrez la date de l'examen environ un mois avant.",
                         "Parfait."),
                        ("Autre chose ?", "Non, je crois que c'est tout. Pardon, j'ai beaucoup parlé !"),
                        ("Pas de problème, bonne journée, madame Girard.", "Merci, vous aussi, au revoir !"),
                    ],
                    acks=_VIOLIN_ACKS,
                    talk=_VIOLIN_TALK,
                    start=2,
                ),
                {"first_name": "Nathalie"},
            ),
            Call(
                MUSIC, 25, "fr", "Date de l'examen de violon",
                "Nathalie Girard a appelé pour connaître la date de l'examen de violon de 6e année de son "
                "fils Hugo. L'examen aura lieu le {+31} à 9 h 20 au centre de Westmount, salle 3. Hugo doit "
                "arriver quinze minutes avant.",
                [
                    ("Cadenza Music Examinations, Owen speaking.",
                     "Bonjour Owen, c'est Nathalie Girard, pour l'examen de violon de mon fils Hugo."),
                    ("Bonjour madame Girard ! Oui, j'ai la date. C'est dans trente et un jours, à neuf "
                     "heures vingt, au centre de Westmount, salle trois.",
                     "Neuf heures vingt, Westmount, salle trois. Je note."),
                    ("Il doit arriver quinze minutes avant.",
                     "D'accord. Et les gammes, il doit les jouer de mémoire ?"),
                    ("Oui, de mémoire, sans partition.", "Bon, il le sait, mais il ne va pas être content."),
                    ("Ha. Autre chose ?", "Oui, euh, il y a un stationnement là-bas ?"),
                    ("Oui, il y a un stationnement gratuit derrière le bâtiment.", "Super. Merci, Owen !"),
                ],
                analysis_items(
                    "Date de l'examen de violon", "Examen de violon de Hugo", "{+31}",
                    "Hugo, 12 ans; violon 6e année; centre de Westmount, salle 3", "none",
                    first_name="Nathalie",
                ),
            ),
            Call(
                MUSIC, 7, "fr", "Change of accompanist",
                "Nathalie Girard said Hugo's accompanist, Madame Dubreuil, has broken her wrist, so his new "
                "accompanist will be Marc Leblanc. Hugo has also moved up to a full-size violin. The agent "
                "updated the entry and said the accompanist may warm up with Hugo for ten minutes before the "
                "exam.",
                [
                    ("Cadenza Music Examinations, Owen speaking.",
                     "Owen, bonjour, Nathalie Girard. Catastrophe, enfin, petite catastrophe."),
                    ("Oh non, que se passe-t-il ?",
                     "Madame Dubreuil, l'accompagnatrice de Hugo, s'est cassé le poignet. En faisant du "
                     "vélo, la pauvre."),
                    ("Oh, je suis désolé. Vous avez quelqu'un d'autre ?",
                     "Oui, un ami du conservatoire, Marc Leblanc. L-E-B-L-A-N-C. Il connaît les morceaux."),
                    ("Parfait, je mets à jour l'inscription avec Marc Leblanc.",
                     "Merci. Et autre chose : Hugo a grandi d'un coup, il joue maintenant sur un violon "
                     "entier, un quatre-quarts. Il faut le dire ?"),
                    ("Ce n'est pas obligatoire, mais je le note.",
                     "D'accord. Marc peut s'échauffer avec lui avant ?"),
                    ("Oui, ils peuvent avoir dix minutes dans la salle d'échauffement.",
                     "Dix minutes, c'est bien. Merci beaucoup, Owen."),
                ],
                analysis_items(
                    "Changement d'accompagnateur", "", "",
                    "Nouvel accompagnateur: Marc Leblanc; Madame Dubreuil s'est cassé le poignet", "health",
                    first_name="Nathalie",
                ),
            ),
        ],
        questions=[
            Question(MUSIC, "Which instrument is Hugo taking his exam on?", ("violin", "violon")),
            Question(MUSIC, "What grade is the exam?", ("grade 6", "6e année", "sixième année")),
            Question(MUSIC, "When is Hugo's exam?", _day(25, 31)),
            Question(MUSIC, "What time is the exam?", ("9 h 20", "9:20", "neuf heures vingt")),
            Question(MUSIC, "Where is the exam being held?", ("westmount",)),
            Question(MUSIC, "Which room is the exam in?", ("salle 3", "salle trois", "room 3")),
            Question(MUSIC, "Who is accompanying Hugo?", ("leblanc",), ("dubreuil",)),
            Question(MUSIC, "Why did the accompanist change?", ("wrist", "poignet")),
            Question(MUSIC, "What size violin does he play now?",
                     ("entier", "quatre-quarts", "full-size", "full size", "4/4"),
                     ("trois-quarts", "3/4", "three-quarter")),
            Question(MUSIC, "Is Hugo left- or right-handed?", ("gaucher", "left-handed")),
            Question(MUSIC, "Who is Hugo's violin teacher?", ("tremblay",)),
            Question(MUSIC, "Does the boy cope better earlier in the day?", ("matin", "morning")),
            Question(MUSIC, "Does he get stage fright?", ("trac", "stage fright", "nervous")),
            Question(MUSIC, "How old is Hugo?", ("12", "douze")),
            Question(MUSIC, "How much was the entry fee?", ("142", "cent quarante-deux")),
            Question(MUSIC, "Must scales be played by heart?", ("de mémoire", "by heart", "from memory")),
            Question(MUSIC, "Is there parking at the centre?", ("stationnement gratuit", "free parking")),
            Question(MUSIC, "How long can the accompanist warm up with him?",
                     ("ten minutes", "dix minutes", "10 minutes")),
            Question(MUSIC, "Which Bach piece is he playing?", ("gavotte",)),
            Question(MUSIC, "How early should Hugo arrive?",
                     ("quinze minutes", "fifteen minutes", "15 minutes")),
            Question(MUSIC, "What's Hugo's father's name?", ()),
            Question(MUSIC, "What's Hugo's candidate number?", ()),
            Question(MUSIC, "What mark did Hugo get at Grade 5?", ()),
            Question(MUSIC, "How old is Hugo's sister?", ()),
            Question(MUSIC, "Does Hugo have any allergies?", ()),
            Question(MUSIC, "What's Marc Leblanc's phone number?", ()),
        ],
    ),
    # A mother of a nursery child and a secondary-school girl: her son's epilepsy is the nursery's alone;
    # the items say "none" on a call about his medication; his days and her blazer size changed; a door
    # code for the courier.
    Caller(
        number="+15145551104",
        names=("Aisling",),
        private_to={NURSERY: ("epilepsy", "midazolam", "seizure", "neurologist")},
        calls=[
            Call(
                NURSERY, 47, "en", "Nursery place for Finn",
                "The user, Aisling Byrne, registered her son Finn, aged two, at Little Acorns for Mondays, "
                "Tuesdays and Thursdays from {+12}. Finn has epilepsy and has buccal midazolam as his rescue "
                "medication; she will bring his seizure care plan on the first day. The family is "
                "vegetarian.",
                [
                    ("Little Acorns Nursery, Bronwyn speaking, how can I help?",
                     "Hi, hi, sorry, I'm in the car, can you hear me okay? It's about a place for my little "
                     "boy."),
                    ("I can hear you fine. What's his name?",
                     "Finn. Finn Byrne, B-Y-R-N-E. He's two, he turned two in, um, in March."),
                    ("And which days were you after?",
                     "Mondays, Tuesdays and Thursdays, full days, if you have them."),
                    ("We have those from twelve days' time.", "Oh brilliant, that's when I go back to work."),
                    ("Anything about his health we need to know?",
                     "Yeah, um. He has epilepsy. It's mostly under control, but he has a rescue med, buccal "
                     "midazolam, it goes in his cheek. I'll bring his seizure care plan in on the first "
                     "day."),
                    ("Thank you, our staff are trained for that. Any dietary needs?",
                     "We're vegetarian, so no meat for him please. He'll eat anything else. Well, anything "
                     "except peas."),
                    ("Ha, noted. Who'll be dropping off?", "Me, mostly. My husband Conor sometimes."),
                    ("Lovely. See you soon, Aisling.", "Thanks so much."),
                ],
                analysis_items(
                    "Nursery registration for Finn", "Bring the seizure care plan on the first day", "{+12}",
                    "Son Finn, aged two; epilepsy, buccal midazolam rescue medication; vegetarian; Mondays, "
                    "Tuesdays and Thursdays", "health", first_name="Aisling",
                ),
            ),
            Call(
                NURSERY, 20, "en", "Nursery days changed",
                "Aisling Byrne moved Finn's Thursday session to Friday, so he now attends Mondays, Tuesdays "
                "and Fridays. His grandfather, Declan Byrne, will collect him on Fridays. Finn's neurologist "
                "has increased his medication.",
                [
                    ("Little Acorns, Bronwyn speaking.", "Hi Bronwyn, it's Aisling, Finn's mum."),
                    ("Hi Aisling! How's he settling?",
                     "He loves it, he won't stop talking about the sandpit. Listen, could we swap his "
                     "Thursday for a Friday? My shifts have changed."),
                    ("Let me look... yes, Friday's free. So Monday, Tuesday, Friday.",
                     "Perfect. And on Fridays my dad'll pick him up. Declan. Declan Byrne."),
                    ("We'll add him to the collection list.",
                     "Great. And, um, his neurologist, Dr. Lindqvist, has upped his medicine, the morning "
                     "dose, so he might be a bit sleepy after lunch for a couple of weeks."),
                    ("Thanks for telling us, we'll let his key worker know.", "Who's his key worker again?"),
                    ("It's Jess.", "Jess, that's right. Thanks!"),
                ],
                analysis_items(
                    "Change of nursery days", "", "",
                    "Finn attends Mondays, Tuesdays and Fridays; grandfather Declan collects on Fridays",
                    "none", first_name="Aisling",
                ),
            ),
            Call(
                NURSERY, 4, "en", "Finn off this week",
                "Aisling called to say Finn had a seizure at home at the weekend and spent a night in "
                "hospital. He will stay at home this week and come back on {+5}.",
                [
                    ("Little Acorns, Bronwyn speaking.",
                     "Hi, it's Aisling, Finn's mum. He won't be in this week, I'm afraid."),
                    ("Oh no, is he alright?",
                     "He had a seizure on Saturday, a long one, we had to use the midazolam and call an "
                     "ambulance. They kept him in overnight."),
                    ("That must have been so frightening. How is he now?",
                     "He's okay. Tired. Cranky. Back to himself, mostly. We'll keep him home till he's "
                     "properly rested."),
                    ("Of course. When do you think he'll be back?", "Five days from now, all being well."),
                    ("Give him a cuddle from all of us.", "I will. Thanks, Bronwyn."),
                ],
            ),
            Call(
                UNIFORMS, 30, "en", "Secondary school uniform order",
                "Aisling Byrne ordered a uniform for her daughter Niamh, who starts at St Brendan's College "
                "in September: a 32-inch navy blazer, two grey skirts, three white blouses and a PE kit. The "
                "order number is SS-40917 and she will collect it from the shop.",
                [
                    ("Smart Start Uniforms, Kevin speaking.",
                     "Hiya, I need to order a uniform for my daughter, she's starting at St Brendan's."),
                    ("No problem. What's her name, for the order?",
                     "Niamh. That's N-I-A-M-H, people always get it wrong. Niamh Byrne."),
                    ("Thanks. What does she need?",
                     "The blazer, the navy one, two of the grey skirts, three white blouses and the PE "
                     "kit."),
                    ("What size blazer?",
                     "Thirty-two inch, I think? She's shot up this year, honestly, she's taller than me "
                     "now."),
                    ("Okay, thirty-two. Would you like name labels?",
                     "Oh yes, please, just 'Niamh B', she loses everything."),
                    ("Anything for sports?",
                     "She's doing field hockey, so the hockey socks too, the green-and-navy ones."),
                    ("Your order number is SS-40917. Collect in store?",
                     "Yes, I'll pick it up. S-S four oh nine one seven. Thanks!"),
                ],
                {"first_name": "Aisling"},
            ),
            Call(
                UNIFORMS, 12, "en", "Blazer exchange and delivery",
                "Aisling Byrne said Niamh's 32-inch blazer is too big and asked to exchange it for a 30-inch "
                "one, to be delivered to her home at Flat 4, 9 Larch Court instead of collected. She gave "
                "the building's door code for the courier.",
                [
                    ("Smart Start Uniforms, Kevin speaking.",
                     "Hi Kevin, it's Aisling Byrne, order SS-40917. The blazer's massive on her."),
                    ("Ah, sorry about that. What size would you like?",
                     "Can we try the thirty? Thirty-inch. She swims in the thirty-two."),
                    ("Sure. Would you like to collect it again?",
                     "Could you deliver it, actually? I'm working all week. Flat 4, 9 Larch Court."),
                    ("Of course. Anything the courier needs to know?",
                     "Yeah, the door code for the building is 6 0 3 2, then it's the second floor."),
                    ("Got it. Send the big one back with the courier.", "Perfect, thank you."),
                ],
                analysis_items(
                    "Blazer exchange", "Deliver the 30-inch blazer to Flat 4, 9 Larch Court", "",
                    "Daughter Niamh at St Brendan's College; blazer now 30-inch; order SS-40917", "none",
                    first_name="Aisling",
                ),
            ),
        ],
        questions=[
            Question(NURSERY, "What's the child's name?", ("finn",)),
            Question(NURSERY, "Which days does Finn attend?", ("friday",), ("thursday",)),
            Question(NURSERY, "What condition does Finn have?", ("epilepsy",)),
            Question(NURSERY, "What is his rescue medication?", ("midazolam",)),
            Question(NURSERY, "Who collects Finn on Fridays?", ("declan", "grandfather", "my dad")),
            Question(NURSERY, "Is there anything he won't eat?", ("peas",)),
            Question(NURSERY, "Any dietary requirements?", ("vegetarian",)),
            Question(NURSERY, "Who is Finn's key worker?", ("jess",)),
            Question(NURSERY, "When is Finn coming back?", _day(4, 5)),
            Question(NURSERY, "Why is Finn off this week?", ("seizure",)),
            Question(NURSERY, "Why might the toddler be drowsy after lunch?",
                     ("morning dose", "medication", "medicine")),
            Question(NURSERY, "When did Finn start at the nursery?", _day(47, 12)),
            Question(NURSERY, "What does Finn love about nursery?", ("sandpit",)),
            Question(NURSERY, "What's Finn's father called?", ("conor",)),
            Question(NURSERY, "Which doctor looks after his epilepsy?", ("lindqvist",)),
            Question(NURSERY, "What should she bring on the first day?", ("care plan",)),
            Question(NURSERY, "Does Finn have any allergies?", ()),
            Question(NURSERY, "What's his neurologist's phone number?", ()),
            Question(NURSERY, "How old is Finn's grandfather?", ()),
            Question(NURSERY, "Which hospital was Finn taken to?", ()),
            Question(NURSERY, "What's Finn's date of birth?", ()),
            Question(NURSERY, "What's the collection password for Finn?", ()),
            Question(UNIFORMS, "What's the order number?", ("ss-40917", "ss40917")),
            Question(UNIFORMS, "Which school is Niamh starting at?", ("brendan",)),
            Question(UNIFORMS, "What blazer size does Niamh need?", ("30-inch", "thirty-inch", "the thirty"),
                     ("32-inch", "thirty-two")),
            Question(UNIFORMS, "Where should the order go?", ("larch court",)),
            Question(UNIFORMS, "What sport does Niamh play?", ("hockey",)),
            Question(UNIFORMS, "What colour is the blazer?", ("navy",)),
            Question(UNIFORMS, "What should the name labels say?", ("niamh b",)),
            Question(UNIFORMS, "How many blouses did she order?",
                     ("three white", "3 white", "three blouses")),
            Question(UNIFORMS, "Which floor is her flat on?", ("second floor",)),
            Question(UNIFORMS, "Does anyone in the family have medical needs?", ()),
            Question(UNIFORMS, "Is she taking any medication?", ()),
            Question(UNIFORMS, "What's the door code for her building?", ()),
            Question(UNIFORMS, "What's Niamh's shoe size?", ()),
            Question(UNIFORMS, "How tall is Niamh?", ()),
        ],
    ),
    # A graduate applicant: facts said only in the turns (a middle name, a writing band, a sponsor), his
    # start term moved; the items' category wrong twice.
    Caller(
        number="+15145551105",
        names=("Kwame",),
        calls=[
            Call(
                ADMISSIONS, 55, "en", "Missing transcript for MSc application",
                "The user, Kwame Asante, asked about his application to the MSc in Data Science, reference "
                "NU-774310. His final transcript from the University of Ghana is missing and must be "
                "uploaded by {+21}. His IELTS overall score of 7.5 meets the requirement.",
                [
                    ("Northfield University Admissions, Priti speaking. How can I help?",
                     "Good morning. Yes. I applied for the Master's, the MSc in Data Science, and the "
                     "portal is showing, er, something is missing."),
                    ("Let me check. Your name and application reference?",
                     "Kwame Asante. K-W-A-M-E, A-S-A-N-T-E. The reference is N U seven seven four three one "
                     "oh. NU-774310."),
                    ("Thank you. Yes, we're missing your final transcript.",
                     "From Legon? The University of Ghana? Ah, I sent it... no, I sent the provisional one. "
                     "Sorry."),
                    ("We need the final one, uploaded within three weeks.",
                     "Three weeks. Okay. I will ask the registry to email it."),
                    ("Your English test is fine, IELTS seven point five overall.",
                     "Yes, seven point five. The writing was six point five, is that a problem?"),
                    ("The programme needs six point five in each band, so you're fine.",
                     "Ah, good, good. Thank you."),
                    ("Anything else?",
                     "Just... my middle name is Ofori, O-F-O-R-I, it is on my passport but not on the "
                     "application. Will that matter?"),
                    ("I'll add it to your record.", "Thank you very much."),
                ],
                analysis_items(
                    "MSc application missing transcript",
                    "Upload the final transcript from the University of Ghana", "{+21}",
                    "MSc Data Science; application NU-774310; IELTS 7.5 overall", "other",
                    first_name="Kwame",
                ),
            ),
            Call(
                ADMISSIONS, 34, "en", "Offer for the MSc in Data Science",
                "Kwame Asante was told he has an offer for the MSc in Data Science starting in September. "
                "He must pay a $500 deposit to accept by {+14}. He asked about funding and was told the "
                "Graduate Merit Award deadline has passed.",
                [
                    ("Northfield Admissions, Priti speaking.",
                     "Hello Priti, this is Kwame Asante. I uploaded my final transcript last week."),
                    ("Yes, it's here, and I have good news: you have an offer for the MSc, starting in "
                     "September.", "Ah! Thank God. Thank you, thank you."),
                    ("To accept, there's a five hundred dollar deposit, due within two weeks.",
                     "Five hundred. Okay. Is there any funding? A scholarship?"),
                    ("The Graduate Merit Award deadline has passed for this year, I'm afraid.",
                     "Ah. Okay. It's fine, my uncle, Kofi Mensah, in Toronto, he will pay the tuition. "
                     "He is my sponsor."),
                    ("That's fine, he'll need to sign the sponsor letter.", "I will tell him. Thank you."),
                ],
                {"first_name": "Kwame"},
            ),
            Call(
                ADMISSIONS, 16, "en", "Deferral to January",
                "Kwame Asante asked to defer the start of his MSc from September to January because his "
                "study permit has not arrived. The agent approved the deferral and said his $500 deposit "
                "carries over. He will confirm once the permit is issued.",
                [
                    ("Northfield Admissions, Priti speaking.",
                     "Good afternoon, Priti, Kwame Asante again. I have a problem with the permit."),
                    ("Oh dear. Your study permit?",
                     "Yes. It is still processing. I did the biometrics already, but nothing. I don't think "
                     "it will come in time for September."),
                    ("We can defer you to the January intake, if you like.",
                     "January. Yes, please. January is better than nothing."),
                    ("Done. Your deposit carries over, you don't need to pay again.",
                     "Ah, good. I will call you when the permit comes."),
                    ("Good luck, Kwame.", "Thank you, bye bye."),
                ],
                analysis_items(
                    "Deferral request", "Kwame to confirm once the study permit is issued", "",
                    "Start deferred to January; deposit paid", "finance", first_name="Kwame",
                ),
            ),
        ],
        questions=[
            Question(ADMISSIONS, "What program did Kwame apply for?", ("data science",)),
            Question(ADMISSIONS, "What's his application reference?", ("nu-774310", "nu774310", "774310")),
            Question(ADMISSIONS, "Which document was missing?", ("transcript",)),
            Question(ADMISSIONS, "Where did he do his undergraduate degree?", ("ghana", "legon")),
            Question(ADMISSIONS, "What's his IELTS overall?", ("7.5", "seven point five")),
            Question(ADMISSIONS, "What was his writing band?", ("6.5", "six point five")),
            Question(ADMISSIONS, "What's his middle name?", ("ofori",)),
            Question(ADMISSIONS, "When does he start the MSc?", ("january",), ("september",)),
            Question(ADMISSIONS, "Why is he deferring?", ("permit",)),
            Question(ADMISSIONS, "How much is the deposit?", ("500", "five hundred")),
            Question(ADMISSIONS, "Who is paying his tuition?", ("kofi", "uncle")),
            Question(ADMISSIONS, "Where does his sponsor live?", ("toronto",)),
            Question(ADMISSIONS, "When was the transcript due?", _day(55, 21)),
            Question(ADMISSIONS, "When was the deposit due?", _day(34, 14)),
            Question(ADMISSIONS, "When did he hear about his offer?", _day(34)),
            Question(ADMISSIONS, "Can he still apply for the merit award?", ("has passed", "deadline")),
            Question(ADMISSIONS, "What does the relative bankrolling him need to sign?", ("sponsor letter",)),
            Question(ADMISSIONS, "What is his student number?", ()),
            Question(ADMISSIONS, "What's his uncle's phone number?", ()),
            Question(ADMISSIONS, "What was his undergraduate GPA?", ()),
            Question(ADMISSIONS, "What is Kwame's date of birth?", ()),
            Question(ADMISSIONS, "When did he do his biometrics?", ()),
            Question(ADMISSIONS, "What was his IELTS speaking score?", ()),
        ],
    ),
    # A mother settling her daughter into residence: a long call whose middle holds five facts, the
    # arrival time and the room changed, an entry code the agent gave; the items leave out the room.
    Caller(
        number="+15145551106",
        names=("Gillian",),
        calls=[
            Call(
                HOUSING, 30, "en", "Residence room for a first-year daughter",
                "The user, Gillian Ashworth, confirmed an en-suite single room in Maple Court residence for "
                "her daughter Poppy, a first-year Biology student, and paid the $350 room deposit by card. "
                "Move-in is on {+36}, in the 10 AM arrival slot. Gillian talked at length about Poppy and "
                "the family.",
                long_call(
                    [
                        ("Campus Living, residence office, Dimitri speaking.",
                         "Oh hello! Hi. Is this the, um, the residence people? For Northfield?"),
                        ("It is, how can I help?",
                         "Right, lovely. So my daughter's starting in September, first year, and we need to "
                         "sort out her room. I'm her mum. Gillian. Gillian Ashworth."),
                        ("Hi Gillian. What's your daughter's name?",
                         "Poppy. Poppy Ashworth. She's doing Biology. She's eighteen, she's, ah, she's very "
                         "excited. I'm a wreck, obviously."),
                        ("Ha, totally normal. Has she had a residence offer yet?",
                         "Yes, Maple Court, an en-suite single. We just need to confirm it and pay the "
                         "deposit, I think?"),
                        ("That's right, there's a three hundred and fifty dollar deposit.",
                         "Three fifty, fine, I'll pay it by card if that's alright."),
                        ("Perfect, I'll take it at the end. Move-in for Maple Court is in about five "
                         "weeks, and I'll put you in the ten a.m. arrival slot.",
                         "Ten a.m. Okay. That's an early start for us, but fine."),
                        ("Any questions about the room?",
                         "Oh, loads, sorry. Hang on, I wrote them down. Where's my list. Okay."),
                    ],
                    [
                        ("Go ahead.",
                         "So first, Poppy's allergic to feathers. Badly. She wheezes. Are the pillows and "
                         "duvets in the rooms feather?"),
                        ("They're synthetic in Maple Court, but I'll put a note on the room.",
                         "Oh thank goodness. Second, she's bringing her bike, a road bike, she cycles "
                         "everywhere. Is there somewhere safe for it?"),
                        ("There's a locked bike room, she can register for a spot.",
                         "Brilliant. And third, the big one, her cello. She plays the cello, she's in a "
                         "youth orchestra. Where on earth will she practise?"),
                        ("There are music practice rooms in the basement of Block A, bookable online.",
                         "Oh, that's perfect. She'll be down there every night. Well, I hope."),
                        ("Anything else?",
                         "Noise. People always ask about noise. Honestly she sleeps like a log, always has, "
                         "so don't worry about putting her near the kitchen or whatever."),
                    ],
                    [
                        ("I'll make a note of all that. Shall I take the deposit now?",
                         "Yes please. It's a Visa."),
                        ("That's gone through. You'll get an email with the room number closer to the "
                         "time.", "Lovely."),
                        ("Anything else I can help with?",
                         "No, no, you've been an angel. Sorry for going on."),
                        ("Not at all, that's what we're here for. Bye, Gillian.", "Bye now, thank you!"),
                    ],
                    acks=_RESIDENCE_ACKS,
                    talk=_RESIDENCE_TALK,
                ),
                {"first_name": "Gillian"},
            ),
            Call(
                HOUSING, 12, "en", "Room assignment and arrival time",
                "Gillian Ashworth was told Poppy's room is C-214 in Block C of Maple Court. The move-in "
                "arrival slot on {+18} was changed from 10 AM to 2 PM because they are driving from Kingston "
                "that morning. The agent gave the entry code for the Block C main door.",
                [
                    ("Campus Living, Dimitri speaking.",
                     "Hi Dimitri, Gillian Ashworth, Poppy's mum? Maple Court?"),
                    ("Hi Gillian! I've got her room for you: C-214, that's Block C, second floor.",
                     "C-214. Lovely. Oh, and can we change the arrival time? We're driving from Kingston "
                     "that morning and ten is, well, it's impossible."),
                    ("I can put you in the two p.m. slot instead.", "Two. Yes. Two is much better."),
                    ("And for when you arrive, the entry code for the Block C main door is 4 8 1 5. Her "
                     "key card will be in the welcome pack.", "Wonderful. Thank you so much."),
                ],
                analysis_items(
                    "Room assignment and arrival time", "Move-in arrival", "{+18}",
                    "Maple Court, Block C; arrival slot 2 PM; driving from Kingston", "none",
                    first_name="Gillian",
                ),
            ),
            Call(
                HOUSING, 3, "en", "Room change to the ground floor",
                "Gillian Ashworth asked for Poppy to be moved to a ground-floor room because the lift in "
                "Block C is out of service. The agent moved her to room C-108. The first rent instalment of "
                "$2,150 is due on {+10} and will be paid by pre-authorized debit.",
                [
                    ("Campus Living, Dimitri speaking.",
                     "Hi, it's Gillian Ashworth again, sorry, Poppy's mum."),
                    ("Hi Gillian, what can I do?",
                     "I got the email saying the lift in Block C is broken till November? She's on the "
                     "second floor with, honestly, half our house. Is there anything on the ground floor?"),
                    ("Let me see... yes, C-108 is free, same type of room, ground floor.",
                     "Oh, yes please, C-108. One-oh-eight."),
                    ("Done. While I have you, the first rent instalment is due soon, two thousand one "
                     "hundred and fifty dollars.", "Can we do that by direct debit?"),
                    ("Yes, pre-authorized debit, I'll send the form.", "Perfect. Thank you, Dimitri."),
                ],
            ),
        ],
        questions=[
            Question(HOUSING, "Which residence is Poppy in?", ("maple court",)),
            Question(HOUSING, "What room number does Poppy have?", ("c-108", "108"), ("c-214", "214")),
            Question(HOUSING, "What kind of room is it?", ("en-suite", "ensuite")),
            Question(HOUSING, "When is move-in day?", _day(30, 36)),
            Question(HOUSING, "What time are they arriving on move-in day?", ("2 pm", "two p.m", "2 p.m"),
                     ("10 am", "ten a.m")),
            Question(HOUSING, "Where are they driving from?", ("kingston",)),
            Question(HOUSING, "What is Poppy allergic to?", ("feather",)),
            Question(HOUSING, "Will the student need somewhere for a two-wheeler?", ("bike",)),
            Question(HOUSING, "What instrument does Poppy play?", ("cello",)),
            Question(HOUSING, "Where can she practise?", ("practice rooms", "block a")),
            Question(HOUSING, "Will nocturnal racket bother her?", ("sleeps like a log",)),
            Question(HOUSING, "What is Poppy studying?", ("biology",)),
            Question(HOUSING, "How much was the deposit?", ("350", "three hundred and fifty", "three fifty")),
            Question(HOUSING, "How much is the first rent instalment?",
                     ("2,150", "2150", "two thousand one hundred and fifty")),
            Question(HOUSING, "When is the first rent payment due?", _day(3, 10)),
            Question(HOUSING, "Why did she change rooms?", ("lift", "ground floor", "ground-floor")),
            Question(HOUSING, "How is the rent being paid?", ("pre-authorized debit", "direct debit")),
            Question(HOUSING, "Where will Poppy's key card be?", ("welcome pack",)),
            Question(HOUSING, "What's the entry code for Block C?", ()),
            Question(HOUSING, "What's Poppy's student number?", ()),
            Question(HOUSING, "Who lives in the room next to Poppy's?", ()),
            Question(HOUSING, "What's Poppy's brother's phone number?", ()),
            Question(HOUSING, "How much is the total rent for the year?", ()),
            Question(HOUSING, "Which meal plan did Poppy choose?", ()),
            Question(HOUSING, "What's Gillian's email address?", ()),
        ],
    ),
    # A mother arranging home tutoring: a long call whose middle holds a key safe code and four facts, the
    # maths day moved, the mock exam's date left out of the items.
    Caller(
        number="+15145551107",
        names=("Lindsay",),
        calls=[
            Call(
                TUTORING, 42, "en", "Home maths tutoring for Oscar",
                "The user, Lindsay Parr, arranged weekly home maths tutoring for her son Oscar, 15, who is "
                "in Grade 10, with tutor Farah Haddad on Tuesdays at 5 PM at 62 Quarry Lane, at $50 an "
                "hour. Oscar is struggling with quadratics and trigonometry. Lindsay chatted at length about "
                "Oscar and the family.",
                long_call(
                    [
                        ("Brightpath Tutors, Amir speaking, how can I help?",
                         "Hi, yes, hi. I'm looking for a maths tutor for my son? He's, um, he's in Grade 10 "
                         "and it's all gone a bit pear-shaped."),
                        ("Sorry to hear that. We can definitely help. What's your name?",
                         "Lindsay Parr. P-A-R-R. And he's Oscar. He's fifteen."),
                        ("What's he finding difficult?",
                         "Quadratics. And the trig stuff, trigonometry. He bombed the last unit test, "
                         "honestly, he came home and went straight to his room."),
                        ("Poor kid. Would you want someone to come to the house?",
                         "Yes, at home, please. I'm not driving him across town after school, I'd lose my "
                         "mind."),
                        ("And the address?", "Sixty-two Quarry Lane."),
                        ("We have Farah Haddad, she's excellent with Grade 10 maths. She could do Tuesdays "
                         "at five.", "Tuesdays at five, yes. Farah. Lovely."),
                        ("It's fifty dollars an hour.", "Fifty. Okay, that's fine."),
                        ("Great. Is there anything Farah should know?", "Ooh, yes, hang on, let me think..."),
                    ],
                    [
                        ("Sure.",
                         "So, if I'm not back from work, there's a key safe by the back door, the code is 7 "
                         "3 9 4, and Oscar should be home anyway but he has headphones on, so."),
                        ("I'll pass it to Farah privately.",
                         "And don't knock. Seriously, just text me when you're outside, the dog goes "
                         "bananas."),
                        ("What kind of dog?",
                         "A beagle. Pepper. She howls at the door like someone's being murdered."),
                        ("Ha, noted.",
                         "Oh, and he does better with a break every twenty minutes, he gets fidgety "
                         "otherwise. His teacher told us that."),
                        ("That's easy to build in.",
                         "And the motivation thing, he wants to do engineering, like his uncle, so he knows "
                         "he needs the maths. Maybe Farah can use that."),
                    ],
                    [
                        ("Great, I'll send you a confirmation email with Farah's details.", "Perfect."),
                        ("The first session would be next week.", "Great."),
                        ("Anything else?", "No, that's it, thank you so much."),
                        ("Bye, Lindsay.", "Bye!"),
                    ],
                    acks=_TUTOR_ACKS,
                    talk=_TUTOR_TALK,
                    start=4,
                ),
                {"first_name": "Lindsay"},
            ),
            Call(
                TUTORING, 19, "en", "Chemistry tutoring added",
                "Lindsay Parr added weekly chemistry tutoring for Oscar with tutor Ben Ito on Thursdays at "
                "5:30 PM, at $55 an hour, starting {+2}. She said Oscar's maths has improved since he "
                "started with Farah.",
                [
                    ("Brightpath Tutors, Amir speaking.",
                     "Hi Amir, Lindsay Parr, Oscar's mum. Farah's been amazing, by the way, he actually "
                     "did his homework last night. Unprompted."),
                    ("That's great to hear! What can I do for you?",
                     "So, chemistry. His chem teacher, Mr. Novak, says he's behind on, um, stoichiometry? "
                     "I can't even say it."),
                    ("Ha. We have Ben Ito, he's doing a chemistry degree at McGill. Thursdays at five "
                     "thirty?", "Thursdays at five-thirty works."),
                    ("Chemistry's fifty-five an hour.", "Fifty-five, okay."),
                    ("He can start in two days.", "Brilliant. Same address, Quarry Lane."),
                ],
                {"first_name": "Lindsay"},
            ),
            Call(
                TUTORING, 5, "en", "Maths session moved",
                "Lindsay Parr moved Oscar's maths sessions with Farah from Tuesdays to Wednesdays at 5 PM "
                "because he joined the swim team. Oscar has a maths mock exam on {+10}, and Lindsay asked "
                "for an extra session with Farah before it.",
                [
                    ("Brightpath Tutors, Amir speaking.", "Hi Amir, it's Lindsay, Oscar's mum, again."),
                    ("Hi Lindsay!",
                     "So, big news, he's joined the swim team. Voluntarily! But practice is Tuesdays. Could "
                     "Farah do Wednesdays instead? Same time, five?"),
                    ("Let me check... yes, Farah's free Wednesdays at five.",
                     "Great, so Wednesdays from now on."),
                    ("Done. Anything else?",
                     "Yes, he's got his maths mock in ten days. Could he have one extra session with Farah "
                     "before it?"),
                    ("I'll ask her and text you a time.", "Thank you!"),
                ],
                analysis_items(
                    "Maths session moved", "Extra maths session before the mock exam", "",
                    "Maths now Wednesdays at 5 PM; swim team on Tuesdays", "none", first_name="Lindsay",
                ),
            ),
        ],
        questions=[
            Question(TUTORING, "Who tutors Oscar in maths?", ("farah", "haddad")),
            Question(TUTORING, "Who's his chemistry tutor?", ("ben ito", "ito")),
            Question(TUTORING, "Which day is maths now?", ("wednesday",), ("tuesday",)),
            Question(TUTORING, "What time is chemistry?", ("5:30", "five-thirty", "five thirty")),
            Question(TUTORING, "How much is chemistry per hour?", ("$55", "fifty-five")),
            Question(TUTORING, "What's the hourly rate for maths?", ("$50", "fifty dollars")),
            Question(TUTORING, "What's the address for sessions?", ("62 quarry", "sixty-two quarry")),
            Question(TUTORING, "Which topics is he struggling with in maths?", ("quadratic", "trigonometry")),
            Question(TUTORING, "How often does Oscar need a pause?", ("twenty minutes", "20 minutes")),
            Question(TUTORING, "What's the dog called?", ("pepper",)),
            Question(TUTORING, "What breed is the dog?", ("beagle",)),
            Question(TUTORING, "Should the tutor knock on arrival?", ("don't knock", "just text")),
            Question(TUTORING, "What career is the teenager aiming for?", ("engineering",)),
            Question(TUTORING, "When is his mock exam?", _day(5, 10)),
            Question(TUTORING, "Why did maths move day?", ("swim",)),
            Question(TUTORING, "What chemistry topic is he behind on?", ("stoichiometry",)),
            Question(TUTORING, "Who is his chemistry teacher at school?", ("novak",)),
            Question(TUTORING, "What grade is Oscar in?", ("grade 10",)),
            Question(TUTORING, "Where does Ben Ito study?", ("mcgill",)),
            Question(TUTORING, "When did chemistry start?", _day(19, 2)),
            Question(TUTORING, "What's the key safe code?", ()),
            Question(TUTORING, "What school does Oscar go to?", ()),
            Question(TUTORING, "What mark did Oscar get on his last maths test?", ()),
            Question(TUTORING, "What's Oscar's dad's name?", ()),
            Question(TUTORING, "How old is Oscar's sister?", ()),
            Question(TUTORING, "What time is the extra session before the mock?", ()),
        ],
    ),
    # A student of admissions and of the residence office: her student ID given to both, her meal plan
    # changed, her roommate not yet known.
    Caller(
        number="+15145551108",
        names=("Yuting",),
        calls=[
            Call(
                ADMISSIONS, 36, "en", "Offer accepted",
                "The user, Yuting Zhao, accepted her offer for the Bachelor of Commerce; her student ID is "
                "20418876. She asked whether first-year residence is guaranteed and was told it is if she "
                "applies by {+10}.",
                [
                    ("Northfield University Admissions, Priti speaking.",
                     "Hi! I want to accept my offer? I got it by email but the button isn't working."),
                    ("I can do it for you. Your name?",
                     "Yuting Zhao. Y-U-T-I-N-G, Z-H-A-O. But everyone calls me Tina."),
                    ("Thanks, Tina. Which offer is it?", "The Bachelor of Commerce."),
                    ("And your student ID?", "Two oh four one eight eight seven six. 20418876."),
                    ("Done, you've accepted. Congratulations!",
                     "Yay! Oh, and is residence guaranteed? For first year?"),
                    ("It is, if you apply within ten days.", "Okay, I'll do it tonight. Thank you!"),
                ],
                analysis_items(
                    "Offer acceptance", "Apply for first-year residence", "{+10}",
                    "Bachelor of Commerce; student ID 20418876; goes by Tina", "none", first_name="Yuting",
                ),
            ),
            Call(
                HOUSING, 26, "en", "Residence application",
                "Yuting Zhao applied for first-year residence, ranking Cedar Hall first and Maple Court "
                "second. She asked for a double room and a quiet floor and chose the 14-meal plan.",
                [
                    ("Campus Living, Dimitri speaking.",
                     "Hi, I'm filling in the residence form and I have some questions? I'm Yuting Zhao, "
                     "student ID 20418876."),
                    ("Sure. What can I help with?",
                     "So I put Cedar Hall first and Maple Court second, is that okay? Cedar is closer to the "
                     "business building."),
                    ("That's fine. Single or double?",
                     "Double. It's cheaper, and I don't want to be lonely. And a quiet floor, please, I go "
                     "to bed early."),
                    ("Noted. Meal plan?", "Um, the fourteen-meal one. I'll cook sometimes."),
                    ("You're all set.", "Thank you!"),
                ],
            ),
            Call(
                HOUSING, 10, "en", "Cedar Hall room accepted",
                "Yuting Zhao was offered a double room in Cedar Hall, room 517, and accepted it. She changed "
                "her meal plan from the 14-meal plan to the 19-meal plan. Her roommate has not been assigned "
                "yet.",
                [
                    ("Campus Living, Dimitri speaking.",
                     "Hi, it's Tina, Yuting Zhao. I got Cedar Hall!"),
                    ("Congratulations! Room 517, a double. Do you accept?", "Yes! Five one seven. Yes."),
                    ("Great. Anything else?",
                     "Can I change the meal plan? Fourteen is not enough, I don't think I will cook. The "
                     "nineteen-meal plan, please."),
                    ("Done, nineteen meals a week.", "And who is my roommate?"),
                    ("That isn't assigned yet, you'll get an email.", "Okay. Thank you!"),
                ],
                {"first_name": "Yuting"},
            ),
        ],
        questions=[
            Question(ADMISSIONS, "What program is she in?", ("commerce",)),
            Question(ADMISSIONS, "What's her student ID?", ("20418876",)),
            Question(ADMISSIONS, "What name does she go by?", ("tina",)),
            Question(ADMISSIONS, "When is her residence application deadline?", _day(36, 10)),
            Question(ADMISSIONS, "What high school does she attend?", ()),
            Question(ADMISSIONS, "What are her parents' names?", ()),
            Question(HOUSING, "Which residence did she get?", ("cedar",), ("maple court",)),
            Question(HOUSING, "What's her room number?", ("517", "five one seven")),
            Question(HOUSING, "Which meal plan is she on?", ("19-meal", "nineteen"), ("14-meal", "fourteen")),
            Question(HOUSING, "Single or shared room?", ("double",)),
            Question(HOUSING, "Does she want a quiet floor?", ("quiet",)),
            Question(HOUSING, "Why did she rank Cedar Hall first?", ("business building", "closer")),
            Question(HOUSING, "What's her student ID?", ("20418876",)),
            Question(HOUSING, "Who is her roommate?", ()),
            Question(HOUSING, "Does she have any allergies?", ()),
            Question(HOUSING, "When does she move in?", ()),
        ],
    ),
    # A father of twins and an adult guitarist: a sweatshirt size changed for one twin only, a price
    # asked and never given, his exam date not yet known.
    Caller(
        number="+15145551109",
        names=("Colin",),
        calls=[
            Call(
                UNIFORMS, 27, "en", "Twins' primary school uniform",
                "The user, Colin Fairweather, ordered uniforms for his twin sons Alfie and Jack, who are "
                "starting at Oakridge Primary: two green sweatshirts each with the school logo in age 7-8, "
                "and grey trousers. He asked for their initials to be embroidered. Order SS-41255, for "
                "delivery to 3 Kestrel Way.",
                [
                    ("Smart Start Uniforms, Kevin speaking.",
                     "Morning. Er, I've got twins starting at Oakridge Primary and their mum's sent me with "
                     "a list, so, bear with."),
                    ("Ha, no problem. What's on the list?",
                     "Sweatshirts, the green ones with the logo, two each. Age seven to eight. And grey "
                     "trousers."),
                    ("Names?", "Alfie and Jack. Fairweather. Can you do their initials on the sweatshirts? "
                     "Otherwise they'll fight over them."),
                    ("We can embroider initials, yes.", "Brilliant. A-F and J-F, then."),
                    ("And how much is it all?", "Actually, never mind, just send me the total."),
                    ("I'll email the total with the confirmation. Delivery or collection?",
                     "Delivery. Three Kestrel Way."),
                    ("Your order is SS-41255.", "Cheers."),
                ],
                {"first_name": "Colin"},
            ),
            Call(
                UNIFORMS, 15, "en", "Sweatshirt exchange for Jack",
                "Colin Fairweather asked to exchange Jack's two sweatshirts for age 9-10, as the age 7-8 "
                "ones are too tight. Alfie's fit fine. The exchange will be sent out on {+3}.",
                [
                    ("Smart Start Uniforms, Kevin speaking.",
                     "Hi, Colin Fairweather, the twins, SS-41255. So, funny story. They're twins but Jack's "
                     "about a foot taller than Alfie."),
                    ("Ha! The sweatshirts are too small?",
                     "Jack's are. Way too tight. Can I swap his for the age nine to ten? Alfie's are fine, "
                     "keep those."),
                    ("Sure, two sweatshirts in age 9-10 with J-F embroidered.", "That's the one."),
                    ("They'll go out in three days.", "Great stuff, thanks."),
                ],
                analysis_items(
                    "Sweatshirt exchange", "Send Jack's age 9-10 sweatshirts", "{+3}",
                    "Twins Alfie and Jack at Oakridge Primary; Jack now age 9-10", "none",
                    first_name="Colin",
                ),
            ),
            Call(
                MUSIC, 8, "en", "Grade 5 guitar entry",
                "Colin Fairweather entered himself for the Grade 5 classical guitar exam and paid the $118 "
                "entry fee. He asked for an afternoon slot because he works early shifts at a bakery.",
                [
                    ("Cadenza Music Examinations, Owen speaking.",
                     "Hello, er, this might be a daft question. Can grown-ups take the exams?"),
                    ("Not daft at all, lots of adults do. What instrument?",
                     "Classical guitar. I'm fifty-two, I started in lockdown. Grade five, my teacher says."),
                    ("Grade 5 classical guitar. Name?", "Colin Fairweather."),
                    ("The entry fee is a hundred and eighteen dollars.", "Right, here's my card."),
                    ("Any preferences for the time?",
                     "Afternoons, please. I work at the bakery, I start at four in the morning, so by two "
                     "I'm home."),
                    ("I'll note afternoon. The date comes about three weeks before.",
                     "Lovely. I've got a Yamaha C40, is that good enough?"),
                    ("It's perfect for Grade 5.", "Phew. Thanks, Owen."),
                ],
                {"first_name": "Colin"},
            ),
        ],
        questions=[
            Question(UNIFORMS, "What are the twins called?", ("alfie", "jack")),
            Question(UNIFORMS, "Which school do the boys go to?", ("oakridge",)),
            Question(UNIFORMS, "What size sweatshirts does Jack need?", ("9-10", "nine to ten"),
                     ("7-8", "seven to eight")),
            Question(UNIFORMS, "What size does Alfie wear?", ("7-8", "seven to eight")),
            Question(UNIFORMS, "What is being stitched onto the tops?", ("initials", "a-f", "j-f")),
            Question(UNIFORMS, "Delivery address?", ("kestrel",)),
            Question(UNIFORMS, "When will the exchange go out?", _day(15, 3)),
            Question(UNIFORMS, "What's the order reference?", ("ss-41255", "ss41255")),
            Question(UNIFORMS, "What colour are the sweatshirts?", ("green",)),
            Question(UNIFORMS, "Which twin is bigger?", ("jack",)),
            Question(UNIFORMS, "What's the twins' birthday?", ()),
            Question(UNIFORMS, "What's the twins' mother's name?", ()),
            Question(UNIFORMS, "How much did the order cost?", ()),
            Question(MUSIC, "What instrument is Colin taking the exam on?", ("guitar",)),
            Question(MUSIC, "Which grade is he entering?", ("grade 5", "grade five")),
            Question(MUSIC, "Why does he want an afternoon slot?", ("bakery", "four in the morning")),
            Question(MUSIC, "What guitar does he play?", ("yamaha", "c40")),
            Question(MUSIC, "How much was the entry fee?", ("118", "hundred and eighteen")),
            Question(MUSIC, "How old is he?", ("fifty-two", "52")),
            Question(MUSIC, "When did he take up the instrument?", ("lockdown",)),
            Question(MUSIC, "Who is his guitar teacher?", ()),
            Question(MUSIC, "When is his exam?", ()),
            Question(MUSIC, "What pieces is he playing?", ()),
            Question(MUSIC, "Which exam centre will he go to?", ()),
        ],
    ),
]  # fmt: skip
