"""A held-out memory set: callers of eight clubs, classes and schools for people's pastimes, as ElevenLabs
would report them.

A dance school, a martial arts dojo, a climbing gym, a tennis club, a pottery studio, a community choir, a
chess club and a coding bootcamp. Nine callers, 29 calls: a Spanish mother at the dance school and a French
potter asked about in English, a couple sharing one phone at the tennis club, a karateka of the dojo and the
chess club whose epilepsy is the dojo's alone, a mother and a father asking for their children, three calls
of 84 exchanges (the climbing gym, the choir, the bootcamp) whose middle holds facts no summary or analysis
item repeats, corrections said plainly and in passing ("make it fifty-two, not fifty-five"), access codes
for a padlock, three building doors and a lobby that no answer may give, and about half of the calls with
the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or "none" for
a health matter, values in the call's language, a door code copied, a date left empty), the others with the
agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

DANCE = "agent_pastimes_dance_0000000000000241"
DOJO = "agent_pastimes_dojo_00000000000000242"
CLIMBING = "agent_pastimes_climb_0000000000000243"
TENNIS = "agent_pastimes_tennis_000000000000244"
POTTERY = "agent_pastimes_pottery_00000000000245"
CHOIR = "agent_pastimes_choir_0000000000000246"
CHESS = "agent_pastimes_chess_0000000000000247"
BOOTCAMP = "agent_pastimes_bootcamp_0000000000248"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_CLIMB_ACKS = [
    "Ha, nice.", "Totally.", "Oh, for sure.", "Mm-hm.", "No way!", "Right?", "Yeah.", "Love that.",
    "Ha!", "Oh man.", "Fair.", "Sure.",
]  # fmt: skip
_CLIMB_TALK = [
    "Like, I did the yellow wall in the corner, like, ten times last week.",
    "My forearms were so pumped I couldn't open a jar of pickles.",
    "Yeah.",
    "I've been watching those climbing videos, the ones with the guy who lives in a van.",
    "I don't have a van. I have a bike with a flat tire.",
    "Ha, yeah.",
    "My mom thinks climbing is dangerous. I told her bouldering is, like, three metres off the ground.",
    "She still sends me articles. Every day. Articles.",
    "The music you guys play in the afternoons is so good, by the way.",
    "Mm.",
    "I tried the overhang thing, the cave? I fell off the first move. Like, instantly.",
    "There was this older guy, like sixty, who just floated up it.",
    "Humbling. Very humbling.",
    "Okay.",
    "I bought chalk. Like, a whole bag. It's everywhere in my apartment now.",
    "Is it normal that my fingertips are, like, shiny now?",
    "Ha, okay, good, I thought something was wrong.",
    "Right.",
    "I watched someone do a dyno yesterday and I actually yelled.",
    "Like, out loud. Everyone looked at me.",
    "Yeah, no, it was awesome though.",
    "I keep thinking about problems on the wall when I'm trying to sleep.",
    "Is that a thing? Climbing brain?",
    "Mm-hm.",
    "The showers are really good here, honestly, better than mine at home.",
    "My landlord's been saying he'll fix our water pressure since, like, forever.",
    "Anyway.",
    "Do you guys ever do, like, competitions? For beginners?",
    "Oh cool, cool. Maybe next year.",
    "Sure.",
    "I was gonna take up running this year but this is way more fun.",
    "Running is just, like, sad climbing. Horizontal.",
    "Ha!",
    "Sorry, I talk a lot when I'm excited.",
    "My friends are sick of hearing about it.",
    "I showed my buddy Marcus a video of me on the orange one and he just said 'cool'.",
    "Like, cool? That was my project for a week!",
    "Yeah.",
    "The hangboard thing, should I be doing that?",
    "Okay, yeah, I'll wait, that makes sense, don't wanna hurt my fingers.",
    "Totally.",
    "I've been stretching more. Like, I can almost touch my toes now.",
    "Almost.",
    "Mm.",
    "Do people actually eat in the cafe area? The smoothies look good.",
    "I had the banana one. Ten out of ten.",
    "Okay, sorry, I'm getting distracted.",
    "Right.",
    "The staff here are super nice, by the way, like, everyone says hi.",
    "At my old gym nobody talked to anyone.",
    "Yeah, like, a regular gym, weights and stuff. So boring.",
    "Ha, yeah.",
    "Okay, where was I.",
    "Oh right, yeah.",
    "Mm-hm.",
    "Cool, cool.",
    "Yeah, for sure.",
    "Hang on, let me look at my hand again. Ha.",
    "Okay.",
    "Sweet.",
    "Yeah.",
    "Ha, yes.",
    "Right, right.",
    "Nice.",
    "Oh, totally.",
]
_CHOIR_ACKS = [
    "Oh, lovely.", "Mm-hm.", "Really?", "Ha, I can imagine.", "Aw.", "Of course.", "Yes.",
    "Oh, how nice.", "That's so true.", "Ha!", "Oh dear.", "Go on.",
]  # fmt: skip
_CHOIR_TALK = [
    "Archie and I were married forty-one years, you know. He had a lovely baritone.",
    "He sang in the kirk choir back home in Cape Breton.",
    "I was always too shy. Sang in the kitchen, mind you.",
    "Oh yes.",
    "The garden's gone to sleep now, but the roses were grand this year.",
    "Archie planted them for our anniversaries, every one a different colour.",
    "I talk to them. Don't tell anyone.",
    "Ha, yes.",
    "My daughter's in Calgary. She phones on Sundays.",
    "She says, Mum, you need a hobby. Well, now I've got one!",
    "She nearly fell off her chair when I told her about the choir.",
    "Mm.",
    "The grandchildren are seven and ten. Noisy wee things. I adore them.",
    "They're coming at Christmas, so they'll hear me sing.",
    "Heaven help them.",
    "Oh, I'm only teasing.",
    "Right.",
    "Do you sing yourself, dear?",
    "Oh, you should. It does the heart good.",
    "The lady next to me on Monday, she's been in the choir since the start, she says.",
    "She knows every word of everything. I just follow her.",
    "Yes, yes.",
    "It was snowing when I came out of the hall last week, did you see?",
    "Just a dusting. The first of the year.",
    "I had my good boots on, thank goodness.",
    "Oh, I know.",
    "I made a lemon loaf for the break on Monday, did anybody say if they liked it?",
    "Oh good. It was Archie's mother's recipe.",
    "She was a terror, that woman, but she could bake.",
    "Ha, yes.",
    "Sorry, dear, I do go on.",
    "It's just nice to have a chat.",
    "The house is ever so quiet these days.",
    "I've got the radio on most of the day. The classical station.",
    "They played the Hallelujah chorus this morning and I sang along at the sink.",
    "Not very well.",
    "Mm-hm.",
    "I worked at the library for thirty years, you know. Hush, hush, all day.",
    "And now I'm singing. Archie would laugh.",
    "Quite right.",
    "Do you know, I never learned to read music properly? I just listen and copy.",
    "The young man at the piano is very patient with us.",
    "Oh yes, very good.",
    "Go on, dear.",
    "My kettle's just whistling, hang on. There.",
    "Right, where were we.",
    "Oh yes.",
    "I've knitted myself a new scarf for the winter. Grey, with a cable.",
    "Lovely.",
    "Yes, dear.",
    "That's right.",
    "Oh, I know.",
    "Of course.",
    "Mm.",
    "Bless you.",
    "Yes.",
    "Right you are.",
    "Oh, lovely.",
    "Ha, yes.",
    "Quite.",
    "I see.",
    "Yes, yes.",
]
_BOOTCAMP_ACKS = [
    "Ha, totally.", "Mm-hm.", "For sure.", "Right.", "Yeah.", "Oh nice.", "I hear you.", "No worries.",
    "Ha!", "Makes sense.", "Sure.", "Love it.",
]  # fmt: skip
_BOOTCAMP_TALK = [
    "My mom keeps telling everyone I'm going to work at Google. I'm like, Mom, please.",
    "She told the whole family group chat.",
    "Yeah.",
    "I watched, like, forty hours of coding videos this month. I don't know if any of it went in.",
    "The guy with the cat in the background, you know him? He's good.",
    "Ha.",
    "I bought a second monitor already. Is that, like, premature?",
    "My desk is basically a kitchen table. It wobbles.",
    "Mm.",
    "My friend did a bootcamp in Montreal, not yours, and she's a developer now, at a bank.",
    "She says the first month is the hardest. Like, drinking from a fire hose.",
    "Okay, good to know.",
    "Right.",
    "Do people actually get jobs after? Like, honestly?",
    "Yeah, that's what the info session said too. Okay.",
    "I'm nervous about the math. Is there a lot of math?",
    "Oh good, okay. I was bad at math in high school.",
    "Ha, yeah.",
    "I keep a notebook now, of, like, words I don't know. API. Framework. Stuff.",
    "My little brother thinks I'm too old for this. I'm twenty-nine.",
    "He's nineteen. He knows everything.",
    "Mm-hm.",
    "Honestly I'm so tired of doing the same thing every day. This feels right.",
    "Sure.",
    "Is the orientation in person or online?",
    "Online, okay. Cool.",
    "Do I need to know Git before? I tried it and, like, I deleted a folder by accident.",
    "Ha, okay, you'll teach it. Thank god.",
    "Right.",
    "My fiancée is super supportive, by the way. We're getting married next summer.",
    "She's a teacher, so she's like, you can learn anything.",
    "Yeah.",
    "We've been saving up for this for, like, a year.",
    "Okay.",
    "Does everyone in the cohort talk to each other? Like, is there a Slack or something?",
    "Nice, nice. I'll join.",
    "I already have, like, a username picked out. Ha.",
    "Mm.",
    "Sorry, my phone's buzzing, it's the group chat again.",
    "Everyone's sending me memes about programmers. There's a lot of them.",
    "Ha, yes.",
    "Okay, focus, Tariq.",
    "Yeah.",
    "Is it normal to be scared and excited at the same time?",
    "Okay good. Good.",
    "My dad was a civil engineer back home. He's really proud.",
    "He keeps asking what language I'll learn. I said JavaScript and he said, what's that.",
    "Ha, yeah.",
    "Sure.",
    "Okay.",
    "Right, right.",
    "Mm-hm.",
    "Sweet.",
    "Cool.",
    "Yeah, for sure.",
    "Totally.",
    "Ha, okay.",
    "Yep.",
    "Got it.",
    "Okay, cool.",
    "Nice.",
]


HELDOUT_PASTIMES: list[Caller] = [
    # A Spanish mother at the dance school: her calls in Spanish, the questions in English; her daughter's
    # class changed, her own class night and time changed, a private lesson for a wedding.
    Caller(
        number="+34690255506",
        names=("Carmen",),
        calls=[
            Call(
                DANCE, 52, "es", "Salsa and children's ballet enrolment",
                "The user, Carmen Ruiz, spoke Spanish. She enrolled in the adult beginner salsa class on "
                "Tuesdays at 7:30 PM and enrolled her daughter Valeria, seven, in pre-ballet on Saturdays at "
                "10 AM. The agent booked a free trial class for both on {+6}. Monthly fees will be paid by "
                "credit card.",
                [
                    ("Harbourside Dance Academy, this is Nadia, how can I help?",
                     "Hola, buenas... eh, ¿se puede hablar en español?"),
                    ("¡Sí, claro! Dígame, ¿en qué le puedo ayudar?",
                     "Ay, qué bien. Mira, quería apuntarme a salsa, para principiantes, y también apuntar "
                     "a mi hija."),
                    ("Perfecto. ¿Me dice su nombre?", "Carmen Ruiz. Ruiz con zeta al final, R-U-I-Z."),
                    ("Gracias, Carmen. La salsa de adultos para principiantes es los martes a las siete y "
                     "media de la tarde.", "Los martes, vale, me viene bien. Bueno, de momento."),
                    ("¿Ha bailado antes?",
                     "De pequeña hice flamenco, en Sevilla, pero de eso hace... uf, muchísimos años. Salsa "
                     "nunca."),
                    ("No pasa nada, la clase empieza desde cero. ¿Y su hija, cuántos años tiene?",
                     "Valeria, tiene siete años. Es un poco tímida, eh, pero en casa no para de bailar."),
                    ("Para siete años tenemos pre-ballet los sábados a las diez de la mañana.",
                     "Sábados a las diez, perfecto. Los sábados la recoge mi marido, Andrés, que yo "
                     "trabajo."),
                    ("Muy bien. Les reservo una clase de prueba gratis, a usted y a Valeria, dentro de seis "
                     "días.", "¡Genial!"),
                    ("¿Cómo quiere pagar las cuotas mensuales?", "Con tarjeta de crédito, mejor."),
                    ("Perfecto, le mando todo por correo.", "Muchas gracias, Nadia. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Inscripción en salsa y pre-ballet", "Clase de prueba gratuita para Carmen y Valeria",
                    "{+6}", "Salsa principiantes los martes a las 19:30; hija Valeria, 7 años, pre-ballet "
                    "los sábados a las 10:00; paga con tarjeta de crédito", "none", first_name="Carmen",
                ),
            ),
            Call(
                DANCE, 30, "es", "Cambio de clase de Valeria y disfraz del recital",
                "La usuaria, Carmen Ruiz, pidió cambiar a su hija Valeria de pre-ballet a hip-hop infantil, "
                "los sábados a las 11:15, porque Valeria se aburre en ballet. Preguntó por el recital del "
                "{+35}: el disfraz cuesta 45 dólares y Valeria necesita la talla 8.",
                [
                    ("Harbourside Dance Academy, le atiende Nadia.",
                     "Hola Nadia, soy Carmen Ruiz, la mamá de Valeria."),
                    ("¡Hola Carmen! ¿Qué tal las clases?",
                     "Bien, bien, yo encantada con la salsa. Pero Valeria... mira, el ballet no le gusta, "
                     "se aburre. Dice que quiere hacer lo de su prima, el hip-hop."),
                    ("Tenemos hip-hop infantil los sábados a las once y cuarto. ¿La cambio?",
                     "Sí, por favor, cámbiala al hip-hop. Once y cuarto, mejor, así no madrugamos."),
                    ("Hecho. Por cierto, el recital es dentro de cinco semanas.",
                     "Ah, sí, eso te quería preguntar, lo del disfraz."),
                    ("El disfraz del grupo de hip-hop cuesta cuarenta y cinco dólares.",
                     "Cuarenta y cinco, vale. ¿Y qué talla le pido? Es bajita... ponle la talla ocho."),
                    ("Talla ocho, anotado.", "Gracias, guapa. ¡Chao!"),
                ],
                {"first_name": "Carmen"},
            ),
            Call(
                DANCE, 6, "es", "Salsa moved to Thursdays and a private lesson",
                "Carmen Ruiz moved her salsa class from Tuesdays to the Thursday beginner class at 8 PM "
                "because her work shifts changed. She booked a private lesson with Julián for {+9} at 6 PM "
                "to prepare a dance with her husband for her sister's wedding.",
                [
                    ("Harbourside Dance Academy, Nadia speaking.",
                     "Hola Nadia, Carmen otra vez. Oye, una cosa... bueno, dos cosas."),
                    ("¡Dígame, Carmen!",
                     "Me han cambiado los turnos en el trabajo y los martes ya no llego. ¿Hay salsa otro "
                     "día?"),
                    ("Hay otro grupo de principiantes los jueves a las ocho de la noche.",
                     "Los jueves a las ocho, perfecto, pásame ahí."),
                    ("Hecho, desde esta semana viene los jueves.",
                     "Y lo otro... mi hermana se casa y queremos bailar algo en la boda, mi marido y yo. "
                     "¿Dais clases particulares?"),
                    ("Sí, con Julián. Tiene un hueco dentro de nueve días a las seis de la tarde.",
                     "¿Julián? Jota, u, ele... sí, sí, con Julián. A las seis, vale."),
                    ("Perfecto, le reservo la clase particular.",
                     "Gracias. Ah, y Valeria está feliz con el hip-hop, ¿eh? Ni se acuerda del ballet."),
                    ("¡Qué bien!", "Venga, hasta luego."),
                ],
                analysis_items(
                    "Private lesson for a wedding dance", "Private lesson with Julián", "{+9}",
                    "Sister's wedding; daughter Valeria enjoys hip-hop", "none", first_name="Carmen",
                ),
            ),
        ],
        questions=[
            Question(DANCE, "Which class is her daughter doing now?", ("hip-hop",),
                     ("pre-ballet",)),
            Question(DANCE, "What's the little girl called?", ("valeria",)),
            Question(DANCE, "How old is Valeria?", ("siete años", "valeria, seven", "7 años")),
            Question(DANCE, "Which night does Carmen do salsa now?", ("thursday", "jueves"),
                     ("tuesday", "martes")),
            Question(DANCE, "What time is her salsa class?", ("8 pm", "ocho de la noche"),
                     ("7:30", "siete y media", "19:30")),
            Question(DANCE, "Who collects Valeria at the weekend?", ("andrés",)),
            Question(DANCE, "Has Carmen danced before?", ("flamenco",)),
            Question(DANCE, "What time is the children's hip-hop?", ("11:15", "once y cuarto")),
            Question(DANCE, "What does the recital outfit cost?", ("45 dólares", "cuarenta y cinco")),
            Question(DANCE, "What costume size does Valeria need?", ("talla 8", "talla ocho")),
            Question(DANCE, "When is the private lesson?", _day(6, 9)),
            Question(DANCE, "Who is teaching the private lesson?", ("julián",)),
            Question(DANCE, "What's the private lesson for?", ("wedding", "boda")),
            Question(DANCE, "How does she settle the monthly fees?", ("credit card", "tarjeta de crédito")),
            Question(DANCE, "When is the recital?", _day(30, 35)),
            Question(DANCE, "When did she first ring the school?", _day(52)),
            Question(DANCE, "Why did Valeria switch classes?", ("se aburre",)),
            Question(DANCE, "What's Carmen's email address?", ()),
            Question(DANCE, "Has her husband done any dancing?", ()),
            Question(DANCE, "What colour is the recital costume?", ()),
            Question(DANCE, "How much does the private lesson cost?", ()),
            Question(DANCE, "Which school does Valeria go to?", ()),
            Question(DANCE, "What's her sister's name?", ()),
            Question(DANCE, "What song will they dance to at the wedding?", ()),
        ],
    ),
    # A French potter: calls in French, summaries in English and French, the analysis items in French once
    # and with a wrong category once; a door code said in English; the glaze chosen again without "changer".
    Caller(
        number="+33625550607",
        names=("Margaux",),
        calls=[
            Call(
                POTTERY, 44, "fr", "Wheel-throwing course sign-up",
                "The user, Margaux Lefèvre, spoke French. She signed up for the eight-week beginner "
                "wheel-throwing course on Wednesday evenings at 6:30 PM, starting {+9}, and paid the $320 "
                "fee. She did some hand-building at school and asked to borrow an apron.",
                [
                    ("Clay and Kiln Studio, Ines speaking, how can I help?",
                     "Bonjour ! Euh... excusez-moi, est-ce que quelqu'un parle français ?"),
                    ("Oui, je parle français. Je vous écoute !",
                     "Ah, génial. Alors voilà, je voudrais apprendre le tour, le tour de potier. Je suis "
                     "débutante, complètement."),
                    ("Très bien. Vous avez déjà fait de la poterie ?",
                     "Un peu de modelage à l'école, il y a longtemps, c'est tout. Jamais de tour."),
                    ("On a un cours débutant de huit semaines, le mercredi soir à dix-huit heures trente.",
                     "Le mercredi, parfait. Ça commence quand ?"),
                    ("Dans neuf jours. C'est trois cent vingt dollars pour les huit semaines, argile "
                     "comprise.", "D'accord, je paie maintenant par carte."),
                    ("C'est noté. Votre nom ?", "Margaux Lefèvre. Margaux avec un x, M-A-R-G-A-U-X."),
                    ("Merci Margaux. Autre chose ?",
                     "Oui... je suis gauchère, euh, left-handed, c'est un problème pour le tour ?"),
                    ("Pas du tout, nos tours peuvent tourner dans les deux sens.",
                     "Ouf. Et je peux emprunter un tablier ? Je n'en ai pas."),
                    ("Bien sûr, on en prête.", "Super, merci beaucoup, à bientôt alors !"),
                ],
                analysis_items(
                    "Inscription au cours de tour", "Premier cours de tour", "{+9}",
                    "Débutante; cours de huit semaines le mercredi à 18 h 30; 320 $ payés; modelage à "
                    "l'école; emprunte un tablier", "none", first_name="Margaux",
                ),
            ),
            Call(
                POTTERY, 20, "fr", "Cuisson des pièces et livraison",
                "L'utilisatrice, Margaux Lefèvre, veut faire cuire six bols et une théière, avec un émail "
                "céladon. Elle a demandé que les pièces soient livrées chez elle, au 22 Birch Street, "
                "appartement 3. Les frais de cuisson sont de 60 $.",
                [
                    ("Clay and Kiln Studio, Ines à l'appareil.",
                     "Bonjour Ines, c'est Margaux, du cours du mercredi."),
                    ("Bonjour Margaux ! Ça se passe bien, le tour ?",
                     "Oui, j'adore ! Bon, mes premiers bols étaient... bizarres. Mais là j'en ai six qui "
                     "sont bien, et une petite théière."),
                    ("Bravo ! Vous voulez les faire cuire ?",
                     "Oui, la cuisson émail. Je voudrais un émail céladon, le vert pâle."),
                    ("Céladon, très joli. La cuisson, c'est soixante dollars pour le lot.",
                     "Soixante, d'accord."),
                    ("Vous passerez les chercher ?",
                     "En fait, est-ce que vous pouvez les livrer ? J'habite au 22 Birch Street, "
                     "appartement 3."),
                    ("Oui, on livre. Comment on entre dans l'immeuble ?",
                     "Alors, le code... in English, sorry, the door code is 4 7 1 9. Et si je ne suis pas "
                     "là, ma colocataire peut ouvrir."),
                    ("C'est noté.", "Merci ! Bonne journée."),
                ],
                {"first_name": "Margaux"},
            ),
            Call(
                POTTERY, 4, "fr", "Glaze change and firing date",
                "Margaux asked to switch the glaze on all her pieces from celadon to tenmoku. The pieces "
                "will be ready on {+10} and delivered to her flat. She paid the firing fee by card.",
                [
                    ("Clay and Kiln Studio, Ines speaking.",
                     "Bonjour Ines, c'est encore Margaux. Vous avez déjà émaillé mes bols ?"),
                    ("Pas encore, ils sont sur l'étagère.",
                     "Ah, tant mieux ! J'ai vu le tenmoku de Paul au cours, le brun foncé... c'est "
                     "magnifique. Je préfère ça pour tout, les bols et la théière. Tenmoku, "
                     "T-E-N-M-O-K-U."),
                    ("Tenmoku pour tout, pas de problème.", "Et c'est prêt quand ?"),
                    ("La cuisson est dans dix jours, et on livre ensuite.",
                     "Parfait. Je paie les soixante dollars par carte maintenant ?"),
                    ("Oui, c'est fait, merci !", "Merci à vous, au revoir !"),
                ],
                analysis_items(
                    "Glaze change", "Deliver fired pieces", "{+10}",
                    "Tenmoku glaze on all pieces; six bowls and a teapot; paid $60 firing fee", "finance",
                    first_name="Margaux",
                ),
            ),
        ],
        questions=[
            Question(POTTERY, "Which course is she taking?", ("wheel-throwing", "tour de potier")),
            Question(POTTERY, "Which evening is her class?", ("wednesday", "mercredi")),
            Question(POTTERY, "What time does her class start?",
                     ("6:30", "18 h 30", "dix-huit heures trente")),
            Question(POTTERY, "When did the course start?", _day(44, 9)),
            Question(POTTERY, "Is she left- or right-handed?", ("gauchère", "left-handed")),
            Question(POTTERY, "Which glaze does she want?", ("tenmoku",), ("céladon", "celadon")),
            Question(POTTERY, "How many bowls is she having fired?",
                     ("six bols", "six bowls", "j'en ai six")),
            Question(POTTERY, "What's going in the kiln besides the bowls?", ("teapot", "théière")),
            Question(POTTERY, "Where do the finished pieces go?", ("22 birch", "birch street")),
            Question(POTTERY, "Which flat is she in?", ("appartement 3",)),
            Question(POTTERY, "How much is the firing?", ("60 $", "soixante dollars", "$60")),
            Question(POTTERY, "When will her pieces be ready?", _day(4, 10)),
            Question(POTTERY, "Had she done pottery before?", ("modelage", "hand-building")),
            Question(POTTERY, "How long is the course?", ("huit semaines", "eight-week")),
            Question(POTTERY, "What did she ask to borrow?", ("apron", "tablier")),
            Question(POTTERY, "How much did the course cost?", ("$320", "320 $", "trois cent vingt")),
            Question(POTTERY, "Who can let the delivery in if she's out?", ("colocataire",)),
            Question(POTTERY, "When did she last call about the glaze?", _day(4)),
            Question(POTTERY, "Whose piece made her change her mind?", ("paul",)),
            Question(POTTERY, "What's the door code at her building?", ()),
            Question(POTTERY, "What's her roommate called?", ()),
            Question(POTTERY, "How big is the teapot?", ()),
            Question(POTTERY, "What clay does she use?", ()),
            Question(POTTERY, "What's her email?", ()),
            Question(POTTERY, "Who teaches her Wednesday class?", ()),
        ],
    ),
    # A couple on one phone at the tennis club: lessons moved, a string tension changed for the husband by
    # the wife, the pickup day moved with it; a tennis elbow the analysis calls "none".
    Caller(
        number="+19025550601",
        names=("Hannah", "Raj"),
        calls=[
            Call(
                TENNIS, 60, "en", "Family membership sign-up",
                "The user, Raj Mehta, signed up for a family membership for himself, his wife Hannah and "
                "their two sons. He is rated 3.5 and wants to join the Monday night men's ladder; Hannah "
                "wants to play in the ladies' doubles league.",
                [
                    ("Northwood Tennis Club, Kelly speaking, how can I help?",
                     "Hi, uh, yeah, we just moved to the area and we're looking to join. The whole family, "
                     "I guess."),
                    ("Great! We have a family membership that covers two adults and kids under eighteen.",
                     "Perfect, that's us. Me, my wife, and our two boys."),
                    ("Can I get your name?", "Raj Mehta. M-E-H-T-A."),
                    ("Thanks, Raj. Do you play competitively?",
                     "I used to, in Toronto. I'm, um, I was rated three point five last time I checked. "
                     "NTRP."),
                    ("Then you'd love the men's ladder, it's Monday nights.",
                     "Monday nights, yeah, sign me up for that."),
                    ("And your wife?",
                     "Hannah, yeah, she's keen on the ladies' doubles league. She's better than me, don't "
                     "tell her I said that."),
                    ("Ha! I'll pop you both down. The boys can try the junior clinics too.",
                     "Great, they'll love that. Thanks, Kelly."),
                ],
                {"first_name": "Raj"},
            ),
            Call(
                TENNIS, 38, "en", "Private lessons for Hannah",
                "Hannah Mehta booked a block of five private lessons with Coach Diego on Fridays at 9 AM to "
                "work on her backhand. She mentioned she had tennis elbow last year.",
                [
                    ("Northwood Tennis Club, Kelly speaking.",
                     "Hi Kelly, it's Hannah Mehta, Raj's wife? We joined a few weeks ago."),
                    ("Hi Hannah! How can I help?",
                     "I'd like some private lessons. My backhand is, honestly, it's a disaster."),
                    ("Coach Diego is great with backhands. He has Friday mornings at nine.",
                     "Fridays at nine works. Can I do a block of, like, five?"),
                    ("A block of five, sure.",
                     "Great. Oh, and I should say, I had tennis elbow last year, so I'm switching to a "
                     "two-handed backhand. Is that something he does?"),
                    ("Absolutely, he'll take it slowly.",
                     "Perfect. I'll bring my own racquet, it's a Babolat."),
                    ("See you Friday!", "Thanks!"),
                ],
                analysis_items(
                    "Private tennis lessons", "First private lesson with Coach Diego", "",
                    "Five private lessons on Fridays at 9 AM with Coach Diego; working on her backhand",
                    "none", first_name="Hannah",
                ),
            ),
            Call(
                TENNIS, 15, "en", "Racquet restring",
                "Raj Mehta dropped off his Wilson Pro Staff for restringing with synthetic gut at 55 "
                "pounds. It will be ready on {+5}. He also asked about renting the ball machine on "
                "weekends.",
                [
                    ("Northwood Tennis Club, Kelly speaking.",
                     "Hey Kelly, Raj Mehta. I left my racquet in the pro shop this morning for a restring, "
                     "just wanted to make sure it got there."),
                    ("Let me check... yes, the Wilson Pro Staff?", "That's the one."),
                    ("What string and tension?",
                     "Synthetic gut, and, uh, fifty-five pounds. Same as always."),
                    ("Fifty-five, got it. It'll be ready in five days.",
                     "Great. Oh, and can members rent the ball machine on weekends?"),
                    ("Yes, ten dollars an hour, book it at the front desk.",
                     "Nice, the boys will wear it out."),
                ],
                analysis_items(
                    "Racquet restring", "Racquet ready for pickup", "{+5}",
                    "Wilson Pro Staff; synthetic gut at 55 lbs; interested in ball machine rental", "none",
                    first_name="Raj",
                ),
            ),
            Call(
                TENNIS, 3, "en", "Lessons moved and tension change",
                "Hannah Mehta moved her remaining private lessons with Coach Diego from Fridays at 9 AM to "
                "Thursdays at 5:30 PM. She asked for Raj's racquet to be restrung at 52 pounds instead, and "
                "it will be ready to collect on {+2}.",
                [
                    ("Northwood Tennis Club, Kelly speaking.", "Hi Kelly, it's Hannah. Two things, sorry."),
                    ("No problem, go ahead.",
                     "So I've started a new job and Friday mornings are out. Could Diego do Thursdays? "
                     "After work, like, five-thirty?"),
                    ("He has Thursdays at five-thirty, yes. I'll move your remaining lessons.",
                     "Amazing, thank you."),
                    ("And the second thing?",
                     "Raj's racquet. His arm's been sore and he wants it looser, so make it fifty-two, not "
                     "fifty-five. Has it been strung yet?"),
                    ("Not yet, we can do fifty-two. It'll be ready the day after tomorrow.",
                     "Perfect, I'll grab it on my way home."),
                ],
                {"first_name": "Hannah"},
            ),
        ],
        questions=[
            Question(TENNIS, "What day are Hannah's lessons now?", ("thursday",), ("friday",)),
            Question(TENNIS, "What time are her lessons?", ("5:30", "five-thirty"), ("9 am", "at nine")),
            Question(TENNIS, "Which pro is teaching her?", ("diego",)),
            Question(TENNIS, "What does Hannah want to improve?", ("backhand",)),
            Question(TENNIS, "What's Raj's rating?", ("3.5", "three point five")),
            Question(TENNIS, "Which league is Hannah interested in?", ("ladies' doubles",)),
            Question(TENNIS, "When is the men's ladder?", ("monday",)),
            Question(TENNIS, "What tension should Raj's strings be?", ("52", "fifty-two"),
                     ("55", "fifty-five")),
            Question(TENNIS, "What string does he use?", ("synthetic gut",)),
            Question(TENNIS, "Which frame does the husband swing?", ("pro staff",)),
            Question(TENNIS, "Any old injuries for Hannah?", ("tennis elbow",)),
            Question(TENNIS, "How many lessons did she book?", ("block of five", "five private lessons")),
            Question(TENNIS, "When can the racquet be picked up?", _day(3, 2), _day(15, 5)),
            Question(TENNIS, "Which membership did they take?", ("family membership",)),
            Question(TENNIS, "How many kids do they have?", ("two boys", "two sons")),
            Question(TENNIS, "What does the ball machine cost?", ("ten dollars",)),
            Question(TENNIS, "Where did Raj play before?", ("toronto",)),
            Question(TENNIS, "Why did she move her lessons?", ("new job",)),
            Question(TENNIS, "Why is the racquet being strung looser?", ("sore",)),
            Question(TENNIS, "Which brand is Hannah's racquet?", ("babolat",)),
            Question(TENNIS, "What's Raj's email address?", ()),
            Question(TENNIS, "What is Hannah's rating?", ()),
            Question(TENNIS, "How much is the family membership?", ()),
            Question(TENNIS, "What are the boys' names?", ()),
            Question(TENNIS, "What grip size does Raj use?", ()),
            Question(TENNIS, "What tension does Hannah string her racquet at?", ()),
        ],
    ),
    # One caller of the dojo and the chess club: his epilepsy and its medicine are the dojo's to know,
    # not the chess club's; his gi size changed.
    Caller(
        number="+19025550602",
        names=("Owen",),
        private_to={DOJO: ("epilepsy", "lamotrigine", "seizure", "neurologist")},
        calls=[
            Call(
                DOJO, 47, "en", "Returning to karate",
                "The user, Owen Fraser, is returning to karate after ten years away; he reached green belt "
                "in Shotokan. He has epilepsy, controlled with lamotrigine, and should not do head-contact "
                "sparring. His emergency contact is his partner, Mira. He will join the adult classes on "
                "Mondays and Wednesdays at 7 PM and ordered a gi in size A3.",
                [
                    ("Kaizen Karate, this is Mai, how can I help?",
                     "Hi there. Um, so, I did karate years ago and I'm thinking of, uh, getting back into "
                     "it."),
                    ("Wonderful! How long has it been?",
                     "Oof. Ten years? About ten years. I got to green belt. Shotokan."),
                    ("We're Shotokan too, so that's easy. What's your name?", "Owen Fraser. F-R-A-S-E-R."),
                    ("Adults train Mondays and Wednesdays at seven.",
                     "Mondays and Wednesdays, that's doable."),
                    ("Is there any health information we should know?",
                     "Yeah, actually. I have epilepsy. It's well controlled, I'm on lamotrigine, haven't "
                     "had a seizure in two years. But my neurologist said no head contact, so, no head "
                     "shots in sparring."),
                    ("Thanks for telling us, we'll make sure the instructors know. Who's your emergency "
                     "contact?", "My partner, Mira. Mira Castillo. I'll put her number on the form."),
                    ("And do you need a gi?", "Yes, please, my old one's long gone. Size A3, I think."),
                    ("A3, I'll order one. See you Monday!", "Thanks, Mai."),
                ],
                analysis_items(
                    "Returning to karate", "Order a size A3 gi", "",
                    "Green belt in Shotokan, ten years ago; epilepsy, takes lamotrigine; no head contact in "
                    "sparring; emergency contact Mira Castillo", "health", first_name="Owen",
                ),
            ),
            Call(
                CHESS, 40, "en", "Joining the chess club",
                "The user, Owen Fraser, joined the chess club. He has a CFC rating of 1650, plays the "
                "Sicilian, and will come to the Tuesday evening club nights. He asked about the Winter Open "
                "tournament.",
                [
                    ("Bluenose Chess Club, Gordon speaking.",
                     "Hi, I'd like to join the club, if you're taking new members?"),
                    ("Always! Have you played much?",
                     "Online mostly, but I've got a CFC rating, sixteen fifty. 1650."),
                    ("Very respectable. Name?", "Owen Fraser."),
                    ("Club nights are Tuesdays from seven.",
                     "Tuesdays are perfect. Mondays and Wednesdays I'm busy."),
                    ("What do you like to play?",
                     "The Sicilian, always the Sicilian. The Najdorf when I'm brave."),
                    ("Ha! You'll fit right in. The Winter Open is coming up, if you fancy a tournament.",
                     "Oh, definitely, send me the details."),
                ],
                {"first_name": "Owen"},
            ),
            Call(
                DOJO, 12, "en", "Blue belt grading",
                "Owen was put forward for his blue belt grading on {+16} and paid the $40 grading fee. He "
                "asked to swap his gi for a size A4 because the A3 is too short in the sleeves.",
                [
                    ("Kaizen Karate, Mai speaking.",
                     "Hi Mai, Owen Fraser. Sensei Ken said I could grade this time?"),
                    ("Yes! Blue belt grading is in sixteen days. It's a forty-dollar fee.",
                     "Forty, sure, I'll pay it now."),
                    ("Done. Anything else?",
                     "The gi. The A3's too short in the sleeves, I look like I've had a growth spurt. Could "
                     "I swap it for an A4?"),
                    ("Of course, bring it in and we'll swap it.",
                     "Great. And, um, my neurologist cleared me for grading, I asked, just so you know."),
                    ("Thanks, that's good to hear.", "Cheers."),
                ],
                {"first_name": "Owen"},
            ),
            Call(
                CHESS, 9, "en", "Winter Open registration",
                "Owen registered for the Winter Open on {+12} in the U1800 section and will pay the $35 "
                "entry fee in cash at the door. He asked for a bye in round 3 and will bring his own DGT "
                "3000 clock.",
                [
                    ("Bluenose Chess Club, Gordon speaking.",
                     "Hey Gordon, Owen Fraser. I want to sign up for the Winter Open."),
                    ("Great. With 1650 you'd be in the under eighteen hundred section.", "U1800, yep."),
                    ("Entry's thirty-five dollars.", "Can I pay cash at the door?"),
                    ("Sure. Any byes?",
                     "Yeah, round three, I've got a family dinner that evening. Is a half-point bye okay?"),
                    ("Round three, half-point bye, no problem.",
                     "And I'll bring my own clock, a DGT 3000, in case boards are short."),
                    ("Always welcome!", "See you there."),
                ],
                analysis_items(
                    "Winter Open registration", "Winter Open", "{+12}",
                    "U1800 section; $35 entry in cash; bye in round 3; brings a DGT 3000 clock", "none",
                    first_name="Owen",
                ),
            ),
        ],
        questions=[
            Question(DOJO, "What medication does Owen take?", ("lamotrigine",)),
            Question(DOJO, "Does he have a medical condition?", ("epilepsy",)),
            Question(DOJO, "What rank did he get to before?", ("green belt",)),
            Question(DOJO, "Which style did he train in?", ("shotokan",)),
            Question(DOJO, "What size gi does he need?", ("a4",), ("a3",)),
            Question(DOJO, "When is his grading?", _day(12, 16)),
            Question(DOJO, "What is the grading fee?", ("$40", "forty-dollar")),
            Question(DOJO, "Whom do we ring if he gets hurt?", ("mira",)),
            Question(DOJO, "Which nights does he train?", ("monday", "wednesday")),
            Question(DOJO, "What's off limits for him in sparring?",
                     ("head contact", "head-contact", "head shots")),
            Question(DOJO, "How long was he away from karate?", ("ten years",)),
            Question(DOJO, "Who said he could grade?", ("sensei ken",)),
            Question(DOJO, "How long since his last seizure?", ("two years",)),
            Question(DOJO, "What's Mira's phone number?", ()),
            Question(DOJO, "What dose of lamotrigine is he on?", ()),
            Question(DOJO, "What is his date of birth?", ()),
            Question(DOJO, "Who is his neurologist?", ()),
            Question(CHESS, "What's his rating?", ("1650", "sixteen fifty")),
            Question(CHESS, "Which section is he in for the Open?", ("u1800", "under eighteen hundred")),
            Question(CHESS, "How much is the entry?", ("$35", "thirty-five")),
            Question(CHESS, "How is he paying the entry fee?", ("cash",)),
            Question(CHESS, "Which round is he sitting out?", ("round 3", "round three")),
            Question(CHESS, "Why is he missing that round?", ("family dinner",)),
            Question(CHESS, "Which timer is he supplying?", ("dgt",)),
            Question(CHESS, "Which night does he come to the club?", ("tuesday",)),
            Question(CHESS, "What opening does he play?", ("sicilian",)),
            Question(CHESS, "When is the Winter Open?", _day(9, 12)),
            Question(CHESS, "Does he have any medical conditions?", ()),
            Question(CHESS, "Is Owen taking any medication?", ()),
            Question(CHESS, "What's his FIDE ID?", ()),
            Question(CHESS, "Who is his chess coach?", ()),
            Question(CHESS, "What's his partner's name?", ()),
        ],
    ),
    # A young climber: a long call whose middle holds a padlock combination and four facts; the membership,
    # its price and his shoe size changed.
    Caller(
        number="+19025550603",
        names=("Liam",),
        calls=[
            Call(
                CLIMBING, 70, "en", "Intro to bouldering",
                "The user, Liam Tremblay, booked an intro to bouldering session for {+3} at 10 AM and will "
                "rent shoes in EU size 43.",
                [
                    ("Crux Climbing, this is Jess!",
                     "Hey, uh, hi. So I've never climbed before, like, at all. Is there a beginner thing?"),
                    ("There is! Our intro to bouldering is an hour, we go through falling, footwork, the "
                     "basics.", "Sweet. When's the next one?"),
                    ("In three days at ten in the morning.", "Ten, yeah, I can do ten."),
                    ("Name?", "Liam. Liam Tremblay. T-R-E-M-B-L-A-Y."),
                    ("Do you need rental shoes?",
                     "Yeah, I don't own any. I'm a forty-three, EU forty-three."),
                    ("Got it. Wear something stretchy!", "Ha, okay. See you then."),
                ],
                {"first_name": "Liam"},
            ),
            Call(
                CLIMBING, 41, "en", "Membership and belay course",
                "The user, Liam Tremblay, signed up for a monthly membership at $75 a month and booked the "
                "top-rope belay course on {+5} at 6 PM. He asked about lockers and chatted a lot about his "
                "first weeks of bouldering.",
                long_call(
                    [
                        ("Crux Climbing, this is Jess!",
                         "Hey Jess, it's Liam, Liam Tremblay? I did the intro thing a few weeks ago."),
                        ("Oh hey Liam! How's it going?",
                         "Dude, I'm hooked. Like, completely hooked. I've been in, like, four times a week "
                         "on day passes."),
                        ("Ha, that's how it starts. Sounds like you want a membership.",
                         "Yeah, that's why I'm calling. What are the options?"),
                        ("Monthly is seventy-five dollars a month, or annual is seven hundred twenty up "
                         "front.",
                         "Okay, um, let's do monthly for now. Seventy-five. I don't trust myself with a "
                         "whole year yet."),
                        ("Monthly it is. Anything else?",
                         "Yeah, I want to learn to rope climb. The tall walls. Do I need a course?"),
                        ("You'd need our top-rope belay course. Next one's in five days at six in the "
                         "evening.", "Six, perfect. Sign me up."),
                        ("Done. Anything else on your mind?",
                         "Um, yeah, a couple things, hang on, I wrote them on my hand. Literally on my "
                         "hand."),
                    ],
                    [
                        ("Go for it.",
                         "So, first, I'm colour-blind, red-green. The tags on the routes, I literally can't "
                         "tell the red ones from the green ones. Is there, like, a way around that?"),
                        ("We put the grade number on every tag too, so go by the number.",
                         "Oh, sick. Okay. And I can only really come in before eleven, 'cause I work as a "
                         "line cook, I start at noon."),
                        ("Early is quiet, you'll love it.",
                         "And my roommate Zoe wants to start too, she'll probably come in the spring. She's "
                         "braver than me, she'll be on the tall walls in a week."),
                        ("Ha, bring her in!",
                         "Oh, and I'm bringing my own lock for the lockers. The combination for my padlock "
                         "is 2 8 6 4, I'm gonna forget it, so, yeah, now you know too."),
                    ],
                    [
                        ("Ha, your own lock is fine. Lockers are free for members.", "Nice, nice."),
                        ("So, monthly membership, and the belay course in five days at six.",
                         "Yep. Awesome."),
                        ("See you then, Liam.", "Later, Jess!"),
                    ],
                    acks=_CLIMB_ACKS,
                    talk=_CLIMB_TALK,
                ),
                analysis_items(
                    "Membership and belay course", "Top-rope belay course", "{+5}",
                    "Monthly membership at $75 a month; climbs four times a week", "none", first_name="Liam",
                ),
            ),
            Call(
                CLIMBING, 8, "en", "Annual membership and own shoes",
                "Liam passed his belay test and switched from the monthly to the annual membership for "
                "$720. He is first on the waitlist for the Thursday lead climbing clinic. He bought his own "
                "La Sportiva Tarantulace shoes and no longer needs rentals.",
                [
                    ("Crux Climbing, Jess speaking.", "Jess! It's Liam. I passed! The belay test, I passed."),
                    ("Congrats! Knew you would.",
                     "Okay so, honestly, I'm here every day, so switch me to the annual thing. The "
                     "seven-twenty one."),
                    ("Annual at seven hundred twenty, done, I'll credit this month's payment.", "Legend."),
                    ("Anything else?",
                     "The lead clinic on Thursdays, can I get on that? And, uh, I bought my own shoes "
                     "finally, La Sportiva Tarantulace, forty-two and a half, so no more rentals."),
                    ("The lead clinic is full this round, I'll put you first on the waitlist.",
                     "Oh, okay, waitlist is fine."),
                    ("You're on it.", "Cheers!"),
                ],
                {"first_name": "Liam"},
            ),
        ],
        questions=[
            Question(CLIMBING, "What kind of membership does Liam have?", ("annual",), ("monthly",)),
            Question(CLIMBING, "What is he paying for his membership?",
                     ("$720", "seven hundred twenty", "seven-twenty"), ("$75", "seventy-five")),
            Question(CLIMBING, "When was his belay course?", _day(41, 5)),
            Question(CLIMBING, "Who might start climbing with him?", ("zoe",)),
            Question(CLIMBING, "Can he tell the tag colours apart?", ("colour-blind", "red-green")),
            Question(CLIMBING, "What hours suit him?", ("before eleven",)),
            Question(CLIMBING, "How does he earn a living?", ("line cook",)),
            Question(CLIMBING, "Which climbing shoes did he buy?", ("tarantulace", "la sportiva")),
            Question(CLIMBING, "What shoe size is he?",
                     ("forty-two and a half",), ("forty-three", "size 43")),
            Question(CLIMBING, "Is he in the lead clinic?", ("waitlist",)),
            Question(CLIMBING, "Did he pass his belay test?", ("passed his belay", "i passed")),
            Question(CLIMBING, "When did he first get in touch?", _day(70)),
            Question(CLIMBING, "When was his intro session?", _day(70, 3)),
            Question(CLIMBING, "How often does he climb?", ("four times a week",)),
            Question(CLIMBING, "Are lockers included?", ("free for members",)),
            Question(CLIMBING, "What's his padlock combination?", ()),
            Question(CLIMBING, "What's Zoe's last name?", ()),
            Question(CLIMBING, "What grade does he boulder?", ()),
            Question(CLIMBING, "What's his date of birth?", ()),
            Question(CLIMBING, "Who's his emergency contact?", ()),
            Question(CLIMBING, "What does the lead clinic cost?", ()),
            Question(CLIMBING, "Which restaurant does he work at?", ()),
        ],
    ),
    # A widowed choir member: a long call whose middle holds a lobby door code and four facts; her voice
    # part changed at the director's request.
    Caller(
        number="+19025550604",
        names=("Dorothy",),
        calls=[
            Call(
                CHOIR, 65, "en", "Joining the choir",
                "The user, Dorothy MacLeod, joined the choir as an alto. Rehearsals are on Mondays at 7 PM "
                "at St. Andrew's church hall and the fee is $90 per term.",
                [
                    ("Harbour Voices Community Choir, Alison speaking.",
                     "Oh, hello, dear. I saw your poster at the library. Do you need to audition? Because "
                     "I'm no, well, I'm no Maria Callas."),
                    ("No audition at all! Everyone's welcome.", "Oh, thank goodness."),
                    ("What's your name?",
                     "Dorothy MacLeod. Dot, everyone calls me Dot. Capital M, small c, capital L."),
                    ("Lovely, Dot. Do you know what part you sing?",
                     "Alto, I think. I sang alto in the school choir, donkey's years ago."),
                    ("Alto it is. We rehearse Mondays at seven in St. Andrew's church hall.",
                     "St. Andrew's, on Coburg Road? I know it."),
                    ("The fee is ninety dollars per term.", "Ninety, that's fine."),
                    ("See you Monday!", "Thank you, dear."),
                ],
                analysis_items(
                    "Joining the choir", "First rehearsal", "",
                    "Alto; rehearsals Mondays 7 PM at St. Andrew's church hall; $90 per term", "none",
                    first_name="Dorothy",
                ),
            ),
            Call(
                CHOIR, 36, "en", "Christmas music and alto sectional",
                "Dorothy asked about the Christmas concert music, excerpts from Handel's Messiah, and bought "
                "a music folder for $18. She offered to host an alto sectional rehearsal at her condo on "
                "{+8} at 2 PM. She talked at length about her late husband and her garden.",
                long_call(
                    [
                        ("Harbour Voices, Alison speaking.",
                         "Hello, dear, it's Dot MacLeod. From the altos. The new one."),
                        ("Hi Dot! How are you finding it?",
                         "Oh, I love it. I love it. Monday's the best night of my week now."),
                        ("That's wonderful. What can I do for you?",
                         "Well, I wanted to ask about the Christmas music. Somebody said it's the Messiah?"),
                        ("Yes, excerpts from Handel's Messiah, and a few carols.",
                         "Oh, the Messiah. My Archie loved the Messiah. He'd play it every Christmas "
                         "morning, loud."),
                        ("That's lovely.",
                         "And I'll need one of those folders, dear, everyone has a folder."),
                        ("Yes, the music folders are eighteen dollars.", "I'll take one."),
                        ("Done. Anything else?",
                         "Yes, well, the altos were saying we need an extra practice. I could have them at "
                         "mine. I've a big living room."),
                        ("That's so kind! When were you thinking?",
                         "Eight days from now? Two o'clock? I'll do scones."),
                    ],
                    [
                        ("Perfect.",
                         "Oh, and now, my eyes aren't what they were, dear, the cataracts. Could I have the "
                         "music in large print? The little notes swim about."),
                        ("We can print yours enlarged.",
                         "You're a treasure. And I'll be driving Bev and Ruth, from the altos, they don't "
                         "drive after dark."),
                        ("That's kind of you.",
                         "Tell the girls I'm in unit 412, and the door code for the lobby is 3 0 5 2, then "
                         "they just take the lift."),
                    ],
                    [
                        ("I'll let them know about the sectional.",
                         "Lovely. I'll bake the scones the day before."),
                        ("So that's the Messiah excerpts, a folder, and the sectional at yours.",
                         "That's it, dear."),
                        ("Thanks, Dot!", "Bye bye now."),
                    ],
                    acks=_CHOIR_ACKS,
                    talk=_CHOIR_TALK,
                    start=4,
                ),
                analysis_items(
                    "Christmas music and alto sectional", "Alto sectional at Dorothy's condo", "{+8}",
                    "Singing Handel's Messiah excerpts; bought a music folder for $18; hosting the alto "
                    "sectional", "none", first_name="Dorothy",
                ),
            ),
            Call(
                CHOIR, 10, "en", "Moving to the tenor section",
                "Dorothy agreed to move from the altos to the tenor section because the choir is short of "
                "tenors. The Christmas concert is on {+20} at 7:30 PM at St. Andrew's; singers wear black "
                "with a red scarf. She will pay the next term's fee by cheque.",
                [
                    ("Harbour Voices, Alison speaking.",
                     "Hello Alison, it's Dot. The director had a word with me on Monday."),
                    ("Oh yes, about the tenors?",
                     "Yes! She says my voice is low enough, and you're short of tenors. So I'm a tenor "
                     "now, at my age. Fancy."),
                    ("You'll be brilliant. I'll move you to the tenor list.",
                     "I told Archie's photo. He'd have laughed."),
                    ("And the concert is in twenty days, seven-thirty, at St. Andrew's.", "What do we wear?"),
                    ("All black, with a red scarf, we'll give you the scarf.",
                     "Black and a red scarf. I've got a black dress."),
                    ("And the next term's fee?", "I'll pay by cheque, dear, I don't do the online."),
                    ("That's fine, bring it Monday.", "Thank you, dear."),
                ],
                {"first_name": "Dorothy"},
            ),
        ],
        questions=[
            Question(CHOIR, "Which part does Dot sing now?", ("tenor",), ("alto",)),
            Question(CHOIR, "Which night are rehearsals?", ("monday",)),
            Question(CHOIR, "Where does the choir rehearse?", ("st. andrew",)),
            Question(CHOIR, "How much is a term?", ("$90", "ninety")),
            Question(CHOIR, "Does she need her music in a special format?", ("large print",)),
            Question(CHOIR, "Who does she give lifts to?", ("bev", "ruth")),
            Question(CHOIR, "Which unit does she live in?", ("412",)),
            Question(CHOIR, "When was the sectional at her condo?", _day(36, 8)),
            Question(CHOIR, "What are they performing at Christmas?", ("messiah",)),
            Question(CHOIR, "When is the Christmas concert?", _day(10, 20)),
            Question(CHOIR, "What time does the concert begin?", ("7:30", "seven-thirty")),
            Question(CHOIR, "What's the dress code for the concert?", ("red scarf",)),
            Question(CHOIR, "How will she pay next term?", ("cheque",)),
            Question(CHOIR, "Why did she change section?", ("short of tenors",)),
            Question(CHOIR, "How much was the folder?", ("$18", "eighteen dollars")),
            Question(CHOIR, "Why does she need bigger music?", ("cataracts",)),
            Question(CHOIR, "What was her husband called?", ("archie",)),
            Question(CHOIR, "What's she baking for the sectional?", ("scones",)),
            Question(CHOIR, "What's the lobby door code?", ()),
            Question(CHOIR, "What's Ruth's phone number?", ()),
            Question(CHOIR, "What's the director's name?", ()),
            Question(CHOIR, "What is her vocal range?", ()),
            Question(CHOIR, "What's Dot's email?", ()),
            Question(CHOIR, "What's Bev's surname?", ()),
        ],
    ),
    # A career changer at the bootcamp: a long call whose middle holds an entry code and four facts; his
    # schedule, start date, course length and address changed; the analysis copies a door code.
    Caller(
        number="+19025550605",
        names=("Tariq",),
        calls=[
            Call(
                BOOTCAMP, 55, "en", "Bootcamp enquiry",
                "The user, Tariq Haddad, asked about the part-time evening full-stack web development "
                "program: 24 weeks, tuition $11,500. The agent booked him into an online info session on "
                "{+4} at 6 PM.",
                [
                    ("ForgeCode Bootcamp, this is Devin, how can I help?",
                     "Hi, yeah, um, I'm looking into, like, switching careers? Into software. I saw your "
                     "ads."),
                    ("Awesome. Are you thinking full-time or part-time?",
                     "Part-time, probably, I've got a full-time job. Evenings would be best."),
                    ("Our part-time full-stack web development program is evenings, twenty-four weeks.",
                     "Twenty-four weeks. And, uh, what's the damage?"),
                    ("Tuition is eleven thousand five hundred dollars.", "Eleven five. Okay. Oof. Okay."),
                    ("There are payment plans. Want to come to an info session? Next one's online in four "
                     "days at six.", "Yeah, sign me up."),
                    ("Your name?", "Tariq Haddad. T-A-R-I-Q, Haddad with two Ds."),
                    ("Great, Tariq, I'll email the link.", "Thanks, man."),
                ],
                {"first_name": "Tariq"},
            ),
            Call(
                BOOTCAMP, 33, "en", "Accepted into the part-time cohort",
                "The user, Tariq Haddad, was accepted into the part-time full-stack cohort starting {+19}. "
                "He chose the payment plan with a $1,500 deposit and monthly instalments. A loaner laptop "
                "will be shipped to his apartment at 1540 Barrington Street, apartment 12.",
                long_call(
                    [
                        ("ForgeCode Bootcamp, Devin speaking.",
                         "Hey Devin, it's Tariq Haddad. I got the email! The acceptance!"),
                        ("Congratulations! Welcome aboard.",
                         "Thanks, man, I'm, like, still kind of shaking. Okay. So what happens now?"),
                        ("You're in the part-time cohort, which starts in nineteen days.",
                         "Nineteen days. Okay. That's soon. That's good."),
                        ("For payment, did you want to pay in full or use the plan?",
                         "The plan, definitely. I can't drop eleven grand at once."),
                        ("The plan is a fifteen hundred dollar deposit and then monthly instalments.",
                         "Fifteen hundred down. Yeah. I'll pay the deposit today."),
                        ("We also lend every student a laptop. Where should we ship it?",
                         "1540 Barrington Street, apartment 12. Fifteen forty."),
                        ("Perfect. Any questions about the program?",
                         "Uh, so many. Sorry, I'm gonna ramble."),
                    ],
                    [
                        ("Ramble away.",
                         "So, like, my background. I work night shifts as a pharmacy technician, at the "
                         "hospital, so the evening classes fit my nights off, mostly."),
                        ("Got it, and we record every class too.",
                         "Oh nice. And I'm not totally new, I taught myself some Python, to automate "
                         "spreadsheets at work, like, inventory stuff."),
                        ("That's a great head start.",
                         "And for the final project I already know what I want. An app for the food bank "
                         "at my mosque, for volunteer shifts, they do it all on paper right now."),
                        ("Love that.",
                         "Oh, and for the laptop delivery, the entry code at my building is 6 3 1 4, the "
                         "buzzer's broken, so the courier can just come up."),
                    ],
                    [
                        ("I'll pass that to the courier.", "Cool."),
                        ("So, part-time cohort, deposit today, laptop on its way.",
                         "Yes. Thank you, Devin, seriously."),
                        ("See you at orientation!", "See you!"),
                    ],
                    acks=_BOOTCAMP_ACKS,
                    talk=_BOOTCAMP_TALK,
                    start=2,
                ),
                analysis_items(
                    "Accepted into the part-time cohort", "Cohort starts", "{+19}",
                    "Part-time full-stack cohort; payment plan with $1,500 deposit; loaner laptop to 1540 "
                    "Barrington Street, apartment 12", "finance", first_name="Tariq",
                ),
            ),
            Call(
                BOOTCAMP, 7, "en", "Switch to the full-time cohort",
                "Tariq moved from the part-time cohort to the full-time full-stack cohort, 12 weeks, "
                "starting {+12}, because his employer approved a leave of absence. The loaner laptop should "
                "now go to his new apartment at 88 Cunard Street, unit 5.",
                [
                    ("ForgeCode Bootcamp, Devin speaking.", "Devin, hey, it's Tariq. Big news. Sort of big."),
                    ("Go on!",
                     "Work approved a leave of absence. Three months. So, could I switch to full-time? Just "
                     "get it done?"),
                    ("We have a full-time cohort starting in twelve days, twelve weeks long.",
                     "Twelve weeks instead of twenty-four. Yes. Let's do that."),
                    ("Done. The tuition and the plan stay the same.",
                     "Oh, and I moved, so the laptop hasn't shipped yet, right? New place is 88 Cunard "
                     "Street, unit 5."),
                    ("Not yet, I'll update it. Same way in?",
                     "No, different building. The door code there is 2 7 7 1."),
                    ("Noted for the courier.", "Thanks, man."),
                ],
                analysis_items(
                    "Switch to the full-time cohort", "Ship the loaner laptop to the new address", "",
                    "Full-time cohort, 12 weeks; new address 88 Cunard Street, unit 5, door code 2771",
                    "none", first_name="Tariq",
                ),
            ),
        ],
        questions=[
            Question(BOOTCAMP, "Is Tariq studying full-time or part-time?",
                     ("full-time cohort",
                      "full-time full-stack", "switch to full-time"), ("part-time cohort",)),
            Question(BOOTCAMP, "When does his cohort start?", _day(7, 12), _day(33, 19)),
            Question(BOOTCAMP, "What's the tuition?", ("11,500", "eleven thousand five hundred")),
            Question(BOOTCAMP, "How much was the deposit?", ("1,500", "fifteen hundred")),
            Question(BOOTCAMP, "Where should the laptop be shipped?", ("88 cunard", "cunard street"),
                     ("1540 barrington", "barrington street")),
            Question(BOOTCAMP, "What does he do for work?", ("pharmacy technician",)),
            Question(BOOTCAMP, "Has he coded before?", ("python",)),
            Question(BOOTCAMP, "What does he want to build for his final project?", ("food bank",)),
            Question(BOOTCAMP, "When was the info session?", _day(55, 4)),
            Question(BOOTCAMP, "How long is his program?", ("12 weeks", "twelve weeks"),
                     ("24 weeks", "twenty-four weeks")),
            Question(BOOTCAMP, "How is he paying?", ("payment plan", "instalments")),
            Question(BOOTCAMP, "Why could he go full-time?", ("leave of absence",)),
            Question(BOOTCAMP, "What hours does he usually work?", ("night shifts",)),
            Question(BOOTCAMP, "Which track is he on?", ("full-stack",)),
            Question(BOOTCAMP, "When did he first enquire?", _day(55)),
            Question(BOOTCAMP, "What's the entry code at his building?", ()),
            Question(BOOTCAMP, "What's his GitHub username?", ()),
            Question(BOOTCAMP, "Which laptop model is he getting?", ()),
            Question(BOOTCAMP, "What's his manager's name?", ()),
            Question(BOOTCAMP, "How much is each monthly instalment?", ()),
            Question(BOOTCAMP, "Which mosque does he go to?", ()),
            Question(BOOTCAMP, "What's the door code at his new place?", ()),
            Question(BOOTCAMP, "What's his fiancée's name?", ()),
        ],
    ),
    # A mother of a young karateka: his class days changed for hockey, a camp and a tournament; the
    # analysis calls a tournament "other".
    Caller(
        number="+19025550606",
        names=("Beatrice",),
        calls=[
            Call(
                DOJO, 58, "en", "Kids' karate for Kai",
                "The user, Beatrice Nowak, enrolled her son Kai, nine, in the kids' karate class on "
                "Saturdays at 9 AM. Kai already has a yellow belt from his old dojo in Moncton. The agent "
                "ordered him a size 130 gi.",
                [
                    ("Kaizen Karate, this is Mai, how can I help?",
                     "Hi! I'm calling about kids' classes? For my son."),
                    ("Of course! How old is he?", "He's nine. Kai. K-A-I."),
                    ("And has he done karate before?",
                     "Yeah, he did two years in Moncton, before we moved. He's a yellow belt. He's very "
                     "proud of it."),
                    ("As he should be! Kids train Saturdays at nine.",
                     "Saturdays at nine, okay. That's fine for now."),
                    ("Does he need a uniform?",
                     "His old one's way too small. He's, um, about a hundred and thirty centimetres? He "
                     "shot up."),
                    ("A size 130 gi then. And your name?", "Beatrice Nowak. Bea's fine. N-O-W-A-K."),
                    ("Thanks, Bea!", "Thanks, bye!"),
                ],
                analysis_items(
                    "Kids' karate enrolment", "Order a size 130 gi for Kai", "",
                    "Son Kai, 9; yellow belt from Moncton; Saturdays at 9 AM", "none", first_name="Beatrice",
                ),
            ),
            Call(
                DOJO, 25, "en", "Class days and summer camp",
                "Beatrice moved Kai from the Saturday class to Tuesdays and Thursdays at 5 PM because of his "
                "hockey games. She signed him up for the summer karate camp starting {+30}, which costs "
                "$260; lunches are not included. Kai's friend Theo will go too.",
                [
                    ("Kaizen Karate, Mai speaking.", "Hi Mai, it's Bea Nowak, Kai's mum."),
                    ("Hi Bea! What can I do for you?",
                     "So hockey's started and his games are Saturday mornings, ugh. Can he do weekday "
                     "classes instead?"),
                    ("Kids also train Tuesdays and Thursdays at five.",
                     "Perfect, Tuesdays and Thursdays. Let's switch him."),
                    ("Done! Anything else?",
                     "The summer camp, the karate camp? Can I sign him up? His friend Theo is going."),
                    ("Sure, it starts in thirty days, a full week, two hundred and sixty dollars.",
                     "Two-sixty, okay. Is lunch included?"),
                    ("Lunches aren't included, just snacks.", "Okay, I'll pack him something."),
                ],
                {"first_name": "Beatrice"},
            ),
            Call(
                DOJO, 5, "en", "Tournament registration",
                "Beatrice paid for Kai's summer camp by e-transfer and registered him for the kids' "
                "tournament on {+11} at the Dartmouth Sportsplex. Kai weighs 31 kg and needs a mouthguard, "
                "which the dojo sells for $15.",
                [
                    ("Kaizen Karate, Mai speaking.",
                     "Hey Mai, Bea again. I just sent the e-transfer for camp."),
                    ("Got it, thanks!",
                     "And Sensei said Kai should do the tournament? He's so excited, he's been kicking the "
                     "couch."),
                    ("Ha! It's in eleven days at the Dartmouth Sportsplex. I need his weight for the "
                     "divisions.", "He's, um, thirty-one kilos. Thirty-one."),
                    ("Thanks. He'll need a mouthguard too, we sell them for fifteen dollars.",
                     "Oh, he doesn't have one. I'll buy one at his Tuesday class."),
                    ("Perfect.", "Thanks Mai!"),
                ],
                analysis_items(
                    "Tournament registration", "Kids' tournament at the Dartmouth Sportsplex", "{+11}",
                    "Kai weighs 31 kg; needs a mouthguard; camp paid by e-transfer", "other",
                    first_name="Beatrice",
                ),
            ),
        ],
        questions=[
            Question(DOJO, "What's her son's name?", ("kai",)),
            Question(DOJO, "How old is Kai?", ("nine", "kai, 9")),
            Question(DOJO, "What belt does Kai hold?", ("yellow belt",)),
            Question(DOJO, "Which days does Kai train now?", ("tuesday", "thursday"), ("saturday",)),
            Question(DOJO, "What time are his classes?", ("5 pm", "at five"), ("9 am", "at nine")),
            Question(DOJO, "Why did Kai change classes?", ("hockey",)),
            Question(DOJO, "When does the summer camp start?", _day(25, 30)),
            Question(DOJO, "How much is camp?", ("$260", "two hundred and sixty", "two-sixty")),
            Question(DOJO, "Who else is going to camp?", ("theo",)),
            Question(DOJO, "Do campers get fed at midday?", ("not included", "aren't included")),
            Question(DOJO, "Where is the tournament being held?", ("sportsplex",)),
            Question(DOJO, "When is the tournament?", _day(5, 11)),
            Question(DOJO, "What's Kai's weight?", ("31 kg", "thirty-one")),
            Question(DOJO, "Is the boy missing any safety gear?", ("mouthguard",)),
            Question(DOJO, "Where did Kai train before?", ("moncton",)),
            Question(DOJO, "How did she pay for the camp?", ("e-transfer",)),
            Question(DOJO, "What gi size was ordered?", ("130",)),
            Question(DOJO, "Does Kai have any allergies?", ()),
            Question(DOJO, "What's Theo's last name?", ()),
            Question(DOJO, "What time does the tournament start?", ()),
            Question(DOJO, "What's Kai's date of birth?", ()),
            Question(DOJO, "What's Kai's father's name?", ()),
        ],
    ),
    # A father of a junior chess player: her group moved from Saturday to Sunday, lost property, a volunteer
    # offer whose analysis leaves out why the group moved.
    Caller(
        number="+19025550607",
        names=("Felix",),
        calls=[
            Call(
                CHESS, 50, "en", "Junior program for Nora",
                "The user, Felix Brandt, enrolled his daughter Nora, eleven, in the junior chess program on "
                "Saturdays at 10 AM. Nora has a CFC rating of 1120.",
                [
                    ("Bluenose Chess Club, Gordon speaking.",
                     "Hello, yes, good afternoon. My daughter would like to join the juniors. She is "
                     "eleven."),
                    ("Wonderful. What's her name?",
                     "Nora. Nora Brandt. B-R-A-N-D-T. I am Felix, her father."),
                    ("Has she played in tournaments?",
                     "Yes, a few, at school. She has a CFC rating, eleven twenty. 1120."),
                    ("Juniors meet Saturdays at ten.", "Saturday at ten, good."),
                    ("She'll love it.", "She is already better than me, so, yes. Thank you."),
                ],
                {"first_name": "Felix"},
            ),
            Call(
                CHESS, 22, "en", "Sunday juniors and volunteer arbiter",
                "Felix Brandt said Nora will switch to the Sunday junior group at 1 PM because of her "
                "swimming lessons on Saturdays. He offered to volunteer as an arbiter at the Winter Open on "
                "{+25}; he holds a club arbiter certificate.",
                [
                    ("Bluenose Chess Club, Gordon speaking.", "Gordon, hello, Felix Brandt, Nora's father."),
                    ("Hi Felix! How's Nora getting on?",
                     "Very well, she loves it. But, ach, she has swimming lessons on Saturdays now, at the "
                     "same time. Is there another group?"),
                    ("There's a Sunday junior group at one o'clock.",
                     "Sunday at one. Good, we change to Sunday."),
                    ("Done.",
                     "Also, I saw you need volunteers for the Winter Open. I am a club arbiter, I have the "
                     "certificate. I can help."),
                    ("That would be amazing. It's in twenty-five days.", "Good. Put me down."),
                ],
                analysis_items(
                    "Sunday juniors and volunteer arbiter", "Volunteer as arbiter at the Winter Open",
                    "{+25}",
                    "Nora moves to the Sunday junior group at 1 PM; Felix is a certified club arbiter",
                    "none", first_name="Felix",
                ),
            ),
            Call(
                CHESS, 3, "en", "Lost property",
                "Felix asked whether Nora left her scorebook and a purple water bottle at the club on "
                "Sunday. The agent found the water bottle but not the scorebook.",
                [
                    ("Bluenose Chess Club, Gordon speaking.",
                     "Hello Gordon, Felix again. Nora thinks she left her things on Sunday. A scorebook and "
                     "a water bottle, a purple one."),
                    ("Let me look... the purple bottle is here. No scorebook though, sorry.",
                     "Ach. The scorebook has all her games. She will be sad."),
                    ("I'll keep an eye out.", "Thank you. I collect the bottle at the Open."),
                ],
                {"first_name": "Felix"},
            ),
        ],
        questions=[
            Question(CHESS, "What's his daughter called?", ("nora",)),
            Question(CHESS, "How old is Nora?", ("nora, eleven", "she is eleven")),
            Question(CHESS, "What's Nora's rating?", ("1120", "eleven twenty")),
            Question(CHESS, "Which day does Nora's junior group meet now?", ("sunday",), ("saturday",)),
            Question(CHESS, "What time is her group?", ("1 pm", "at one"), ("10 am", "at ten")),
            Question(CHESS, "Why did she change groups?", ("swimming",)),
            Question(CHESS, "How is the dad helping out at the big event?", ("arbiter",)),
            Question(CHESS, "What did Nora leave behind?", ("scorebook", "water bottle")),
            Question(CHESS, "What colour is the bottle?", ("purple",)),
            Question(CHESS, "Was the scorebook found?", ("no scorebook", "not the scorebook")),
            Question(CHESS, "When did he call about volunteering?", _day(22)),
            Question(CHESS, "What's Nora's school?", ()),
            Question(CHESS, "What's Felix's rating?", ()),
            Question(CHESS, "Who is Nora's swimming coach?", ()),
            Question(CHESS, "What's Felix's email?", ()),
            Question(CHESS, "What is Nora's mother's name?", ()),
        ],
    ),
]  # fmt: skip
