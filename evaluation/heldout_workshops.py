"""A held-out memory set: callers of eight craft workshops around Ottawa, as ElevenLabs would report them.

A stained-glass studio, a bookbinder, a violin and guitar repairer, a saddler and leatherworker, a
blacksmith's forge, a 3D-printing bureau, a model-railway shop and a taxidermist. Nine callers, 29 calls: a
French violinist and a Spanish show-jumping rider whose calls are in their language and who are asked about
in English, a retired couple sharing one landline (a surprise gift the husband must not hear of), a caller
of the forge and the stained-glass studio whose hip replacement and osteoporosis are the forge's alone,
three calls of 84 exchanges (a model railway, a fish replica, a family Bible) whose middle holds facts no
summary or analysis item repeats, corrections said plainly and in passing ("make it ten", "oxblood, not the
green"), dates moved, facts said in the turns that the summary leaves out, access codes for two padlocks, a
gate, a lockbox, a building's entry and a loading-dock door that no answer may give, and about half of the
calls with the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or
"none" for a call about surgery, a code copied into the facts, values left in French or Spanish, a date left
empty), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

GLASS = "agent_workshops_glass_00000000000351"
BINDERY = "agent_workshops_binder_0000000000352"
LUTHIER = "agent_workshops_luthier_000000000353"
SADDLER = "agent_workshops_saddler_000000000354"
FORGE = "agent_workshops_forge_00000000000355"
PRINTING = "agent_workshops_print3d_000000000356"
RAILWAY = "agent_workshops_railway_000000000357"
TAXIDERMY = "agent_workshops_taxiderm_00000000358"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_RAILWAY_ACKS = [
    "Oh, I bet.", "Mm-hm.", "Ha! Classic.", "Right.", "Sure, sure.", "No kidding.", "Oh, nice.",
    "Yeah.", "Ha, fair.", "Go on.", "Totally.", "Uh-huh.",
]  # fmt: skip
_RAILWAY_TALK = [
    "I got my first train set when I was, oh, seven or eight. A Lionel. Christmas morning.",
    "My father set it up round the tree and then wouldn't let me touch it, ha.",
    "Mm.",
    "I worked for Bell for thirty-three years, so wiring doesn't scare me. Soldering, mind you...",
    "My eyes aren't what they were. I've got one of those magnifier lamps now.",
    "Yeah.",
    "Do you get many young people in the shop? I worry the hobby's getting old, like me.",
    "Oh, that's good to hear. Good.",
    "The weather's been miserable, eh? Perfect for basement work though.",
    "My wife says I live down there. She's not wrong.",
    "Ha, yes.",
    "I went to the big train show at the EY Centre last spring. Spent far too much.",
    "Bought a caboose I absolutely did not need.",
    "Well, I say I didn't need it. Every train needs a caboose.",
    "Right.",
    "The scenery's the part I like best, honestly. Trees, rocks, all that.",
    "I make the trees myself from furnace filter and ground foam. Cheap as chips.",
    "There's a fellow on YouTube who does the most marvellous rock faces. I've been copying him.",
    "Mm-hm.",
    "Sorry, I'm going on. My wife says I could talk trains till the cows come home.",
    "Oh, you're kind.",
    "I used to ride the train to Montreal every week for work. The old Turbo, do you remember it?",
    "No, you're too young, ha.",
    "Best seat was the one at the back, you could watch the track run away behind you.",
    "Yeah, yeah.",
    "The dog's lying on my feet. She thinks the phone is for her.",
    "She's a beagle, she thinks everything is for her.",
    "Okay.",
    "Do you still do the Saturday clinics? The weathering one was very good.",
    "I learned more in that one afternoon than in a year of magazines.",
    "Right, right.",
    "Did I say the basement flooded two years ago? Only an inch, but I nearly had a heart attack.",
    "Everything's up on legs now. Never again.",
    "Ha, exactly.",
    "Mind you, the dehumidifier runs all summer. Costs a fortune.",
    "Anyway.",
    "I've got a whole shelf of the old Railroad Model Craftsman magazines. Boxes of them.",
    "Nobody wants them, of course. My wife wants them gone.",
    "Sure.",
    "My neighbour's got an outdoor garden railway, G scale. Big stuff. Not for me.",
    "The squirrels run along his track. He's at war with them.",
    "Ha, oh yes.",
    "Right, where was I.",
    "Oh yes, yes.",
    "It's a good hobby for winter, I'll say that.",
    "Keeps the brain going, my doctor says. Well, he says crosswords, but trains count.",
    "Mm.",
    "Sorry, just looking for my pen.",
    "Got it.",
    "Okay, yes.",
    "Yes, I'm still here.",
    "Go ahead.",
    "Oh, lovely.",
    "Ha, I know.",
    "Right you are.",
    "That's it, exactly.",
    "Sure.",
    "Okay, okay.",
    "Mm-hm.",
    "Yes, yes.",
    "Good, good.",
    "Uh-huh.",
    "Right.",
    "Ha.",
]
_TAXIDERMY_ACKS = [
    "Oh wow.", "No way.", "Ha, nice.", "Right.", "Mm-hm.", "Sure.", "For real?", "Ha!",
    "That's awesome.", "Yeah.", "Oh, totally.", "Go on.",
]  # fmt: skip
_TAXIDERMY_TALK = [
    "I've been fishing since I was, like, knee high. My old man used to take us out before school.",
    "We'd be back by eight, stinking of minnows, and the teacher knew exactly where we'd been.",
    "Yeah.",
    "Honestly I've chased muskie for twelve years and never got one over forty-five before this.",
    "Twelve years! You know what they call them, the fish of ten thousand casts.",
    "Ha, yeah, more like a hundred thousand for me.",
    "Mm.",
    "The bugs were brutal that week, eh? Blackflies like you wouldn't believe.",
    "I had bites on top of bites.",
    "Are you a hunter yourself? Or a fisherman?",
    "Oh, you should come out sometime.",
    "Right.",
    "The Sens are breaking my heart again this year, eh.",
    "Every year I say I'm done, and every year I'm watching.",
    "Ha, yeah.",
    "My dog, Tucker, he's a lab, he comes in the boat with me. Terrible fishing dog.",
    "He barks at every loon. Every single one.",
    "Sure.",
    "I work shifts at the paper mill, so I get weird days off. Good for fishing though.",
    "Nobody on the water on a Tuesday morning, eh.",
    "Mm-hm.",
    "My buddy's got a fish on his wall from, like, nineteen ninety. It's gone kind of yellow.",
    "That's why I wanted to go to someone proper this time.",
    "Okay.",
    "Honestly I didn't even want to keep it. Big females like that, you put them back.",
    "It swam off nice and strong too. That's the best part, watching them go.",
    "Yeah, yeah.",
    "The fall colours up there are unreal, you've got to see it in October.",
    "Sorry, I'm rambling. The wife says I could talk fishing to a fence post.",
    "Ha, right.",
    "Do you guys do birds too? Like ducks?",
    "Oh, cool. Maybe one day.",
    "I've got a cooler full of walleye fillets if you ever want some. Kidding. Kind of.",
    "Mm.",
    "The truck's making a noise again. Everything's making a noise this year.",
    "Okay, sorry, yes.",
    "I'm looking at the photos right now actually, it's on my phone.",
    "Man, she was a beast.",
    "Right, right.",
    "Hang on, Tucker's eating something he shouldn't. Tucker! Drop it!",
    "Okay. Sorry. It was a sock.",
    "Ha, yeah, he loves socks.",
    "I'll tell you, my hands were shaking after. Couldn't even tie a knot.",
    "Sure, sure.",
    "Mm-hm.",
    "Yeah.",
    "Okay.",
    "Go ahead.",
    "Right.",
    "Yup.",
    "Ha, for sure.",
    "Totally.",
    "No, I'm with you.",
    "Yeah, yeah.",
    "Cool.",
    "Right on.",
    "Okay, okay.",
    "Uh-huh.",
    "Yep.",
    "For sure.",
    "Sounds good.",
    "Ha.",
    "Yeah, no, totally.",
    "Right.",
]
_BINDERY_ACKS = [
    "How wonderful.", "Mm-hm.", "Oh, really?", "Ha, I can imagine.", "Of course.", "Yes.",
    "Oh, that's lovely.", "Mm.", "I see.", "Not at all.", "Goodness.", "Right.",
]  # fmt: skip
_BINDERY_TALK = [
    "My family came over from Friesland after the war, you know. Nineteen fifty-one.",
    "They came on the boat to Halifax and then the train all the way here. Days and days.",
    "Mm.",
    "I taught high school history for thirty years, so you'll have to forgive me, I lecture.",
    "Oh, you're kind to say so.",
    "My students used to call me Mrs. A. Nobody could spell the rest.",
    "Ha, yes.",
    "I've been doing the family tree since I retired. It's completely taken over the spare room.",
    "There are index cards everywhere. My cat sleeps on the eighteen-hundreds.",
    "Yes.",
    "The archives in The Hague were very helpful, actually. I went over in the autumn.",
    "It rained every single day. But the archivists were marvellous.",
    "Of course.",
    "Do you get many old Bibles? I imagine everyone has one in a cupboard somewhere.",
    "That's what I thought.",
    "The smell of old books, isn't it wonderful. I could sit in a library all day.",
    "Mm-hm.",
    "I'm afraid I've got terrible handwriting, my notes are a disaster.",
    "My sister says I should type everything. She's very organised.",
    "She lives in Kingston. We talk every Sunday.",
    "Right.",
    "Oh, the weather! I nearly slipped on the steps this morning. Ice everywhere.",
    "I've put salt down but it hardly helps.",
    "Goodness, yes.",
    "I listen to CBC all day. The classical programme in the afternoon especially.",
    "I'm sorry, I've lost my thread entirely.",
    "Ha, thank you.",
    "I must say, your website is very nice. The photographs of the tools.",
    "I didn't know bookbinding still had so many tools. Like a little surgery.",
    "Mm.",
    "My grandchildren think it's very funny that I care so much about an old book.",
    "They read everything on their phones. Well, the eldest reads at all, which is something.",
    "Yes, yes.",
    "I do worry about what happens to all these things when I'm gone.",
    "That's partly why I want it done properly now.",
    "Right.",
    "Sorry, the kettle.",
    "There. Tea. Where were we?",
    "Oh yes.",
    "I read somewhere that you should never put Scotch tape on old books. Well, somebody did. Years ago.",
    "Not me, I hasten to add. An uncle, I suspect.",
    "Ha, yes.",
    "Of course.",
    "Mm-hm.",
    "Yes.",
    "Oh, I see.",
    "That makes sense.",
    "Right.",
    "Go on, dear.",
    "Lovely.",
    "Yes, I'm listening.",
    "Mm.",
    "Quite.",
    "Oh, good.",
    "I see, yes.",
    "Right, right.",
    "Yes.",
    "Ha, indeed.",
    "Certainly.",
    "Of course.",
    "Mm-hm.",
    "Yes, quite.",
    "Lovely.",
    "Right.",
]


HELDOUT_WORKSHOPS: list[Caller] = [
    # A French violinist: her calls in French, the summaries in English and French, the items in French
    # once; the repair estimate raised, the strings changed ("mettez des Evah Pirazzi, pas des Dominant").
    Caller(
        number="+33613555178",
        names=("Margaux",),
        calls=[
            Call(
                LUTHIER, 58, "fr", "Crack in violin top",
                "The user, Margaux Delorme, spoke French. Her violin, made in Mirecourt around 1890, has a "
                "crack of about four centimetres on the top beside the left f-hole, which she blames on the "
                "dry air. The agent estimated $420 for the crack repair and a soundpost adjustment and "
                "booked a drop-off for {+3} at 10 AM. She plays with the Ottawa Chamber Orchestra this "
                "season.",
                [
                    ("Rideau Strings Workshop, Annie speaking, how can I help?",
                     "Allô? Euh... bonjour, vous parlez français?"),
                    ("Oui, bien sûr, on peut continuer en français. Qu'est-ce que je peux faire pour vous?",
                     "Ah, merci, super. Alors voilà, mon violon a... il a une fissure. Sur la table, à côté "
                     "de l'ouïe gauche."),
                    ("Oh là là. Elle fait quelle longueur, à peu près?",
                     "Euh, quatre centimètres? Un peu moins peut-être. Je l'ai vue hier soir en accordant."),
                    ("D'accord. C'est arrivé comment, vous pensez?",
                     "Bah, c'est le chauffage, je crois. L'air est très sec ici en hiver, c'est pas du tout "
                     "comme chez moi à Lyon. Et j'avais pas mis d'humidificateur dans l'étui, voilà, c'est "
                     "ma faute."),
                    ("Ça arrive souvent, ne vous inquiétez pas. C'est quel violon?",
                     "C'est un violon de Mirecourt, vers mil huit cent quatre-vingt-dix. Enfin, c'est ce que "
                     "m'a dit le luthier à Lyon. Il était à ma grand-tante."),
                    ("Magnifique. Et votre nom?",
                     "Margaux Delorme. Margaux avec un X à la fin, M-A-R-G-A-U-X."),
                    ("Merci, Margaux. Vous jouez beaucoup en ce moment?",
                     "Oui, je suis dans l'Orchestre de chambre d'Ottawa pour la saison, donc, euh, tous les "
                     "jours, quoi."),
                    ("Je comprends. Quelles cordes vous utilisez?",
                     "Des Dominant. Depuis toujours. Ah, et la mentonnière, c'est une Guarneri en ébène, si "
                     "jamais vous la démontez, hein."),
                    ("Noté. Pour la fissure et un réglage de l'âme, je dirais environ quatre cent vingt "
                     "dollars.", "Quatre cent vingt, d'accord, ça va."),
                    ("Vous pouvez le déposer dans trois jours, à dix heures?",
                     "Dans trois jours à dix heures, oui. L'orchestre me prête un violon de prêt en "
                     "attendant, donc ça va."),
                    ("Parfait. À bientôt, Margaux.", "Merci beaucoup, au revoir!"),
                ],
                analysis_items(
                    "Fissure sur la table du violon", "Déposer le violon à l'atelier", "{+3}",
                    "Violon de Mirecourt, vers 1890; fissure d'environ 4 cm près de l'ouïe gauche; devis "
                    "420 $; cordes Dominant; Orchestre de chambre d'Ottawa", "none", first_name="Margaux",
                ),
            ),
            Call(
                LUTHIER, 31, "fr", "Ancienne réparation et archet",
                "L'utilisatrice, Margaux Delorme, a appelé pour savoir où en était son violon. L'agent lui a "
                "expliqué qu'en ouvrant la table, le luthier a trouvé une ancienne réparation mal faite sous "
                "la fissure, ce qui porte le devis à 560 $ au lieu de 420 $. Elle a accepté. Elle veut aussi "
                "faire remécher son archet avec du crin blanc de Mongolie, pour 95 $.",
                [
                    ("Rideau Strings Workshop, Annie speaking.",
                     "Bonjour Annie, c'est Margaux Delorme, pour le violon de Mirecourt."),
                    ("Ah, bonjour Margaux! Justement, j'allais vous appeler.",
                     "Ah bon? Oh non, c'est grave?"),
                    ("Pas grave, mais en ouvrant la table, on a trouvé une ancienne réparation mal faite, "
                     "juste sous la fissure. Il faut la refaire.",
                     "Ah. Bon. Et ça change le prix, j'imagine?"),
                    ("Oui, ça passe à cinq cent soixante dollars au lieu de quatre cent vingt.",
                     "Cinq cent soixante... bon, bah, allez-y, il faut le faire bien."),
                    ("Merci. Autre chose?",
                     "Oui, l'archet. Il a besoin d'un remèchage, les crins sont tout usés. Vous pouvez "
                     "mettre du crin blanc de Mongolie?"),
                    ("Oui, bien sûr, c'est quatre-vingt-quinze dollars.",
                     "Parfait. Attention, il est en pernambouc, c'est une copie de Sartory, il est fragile à "
                     "la tête."),
                    ("On fera attention, promis.",
                     "Merci. Et, euh, pas d'urgence pour l'archet, j'en ai un autre."),
                    ("Très bien. Bonne journée, Margaux!", "Merci, vous aussi, au revoir."),
                ],
                {"first_name": "Margaux"},
            ),
            Call(
                LUTHIER, 3, "fr", "New strings and pickup",
                "Margaux asked for Evah Pirazzi Gold strings on the violin instead of her usual Dominant "
                "strings. She will collect the violin and the rehaired bow on {+4} after 5 PM and will pay "
                "the $655 for the repair and the rehair, plus the strings, by Interac e-transfer.",
                [
                    ("Rideau Strings Workshop, Annie speaking.",
                     "Oui, bonjour, c'est encore Margaux. Margaux Delorme."),
                    ("Bonjour Margaux! Bonne nouvelle, le violon est presque prêt.",
                     "Ah, super! Écoutez, pour les cordes... euh, j'ai réfléchi. Mettez des Evah Pirazzi "
                     "Gold, pas des Dominant. Le chef veut plus de son, plus de projection, voilà."),
                    ("Evah Pirazzi Gold, c'est noté.", "Merci. Et je peux passer quand?"),
                    ("Dans quatre jours, après dix-sept heures?",
                     "Après dix-sept heures, parfait, je sors de répétition à seize heures trente."),
                    ("Le total, c'est six cent cinquante-cinq dollars pour la réparation et l'archet, plus "
                     "les cordes.", "D'accord. Je peux payer par virement Interac?"),
                    ("Oui, sans problème.", "Génial. Merci, Annie, à bientôt alors!"),
                ],
                analysis_items(
                    "New strings and pickup", "Margaux to collect the violin and bow", "{+4}",
                    "Pays by Interac e-transfer; total $655 plus strings", "finance", first_name="Margaux",
                ),
            ),
        ],
        questions=[
            Question(LUTHIER, "Where exactly is the crack on her violin?", ("f-hole", "ouïe")),
            Question(LUTHIER, "Where was her violin made?", ("mirecourt",)),
            Question(LUTHIER, "Roughly how old is the instrument?", ("1890", "quatre-vingt-dix")),
            Question(LUTHIER, "Which strings should go on her violin?", ("evah pirazzi",), ("dominant",)),
            Question(LUTHIER, "How much is the crack repair going to cost?", ("560", "cinq cent soixante"),
                     ("420", "quatre cent vingt")),
            Question(LUTHIER, "What did the luthier find under the crack?",
                     ("ancienne réparation", "old repair", "earlier repair")),
            Question(LUTHIER, "What hair is going on her bow?", ("mongolie", "mongolian")),
            Question(LUTHIER, "What wood is the bow made of?", ("pernambouc", "pernambuco")),
            Question(LUTHIER, "Which bow maker's model is hers copied from?", ("sartory",)),
            Question(LUTHIER, "Which chinrest is on the violin?", ("guarneri",)),
            Question(LUTHIER, "When is she collecting the violin?", _day(3, 4)),
            Question(LUTHIER, "When did she first ring about the crack?", _day(58)),
            Question(LUTHIER, "Which ensemble is she with this season?",
                     ("chamber orchestra", "orchestre de chambre")),
            Question(LUTHIER, "How is she settling the bill?", ("interac",)),
            Question(LUTHIER, "What does the bow rehair cost?", ("95", "quatre-vingt-quinze")),
            Question(LUTHIER, "What caused the crack?", ("dry", "très sec", "chauffage")),
            Question(LUTHIER, "Who owned the violin before her?", ("grand-tante", "great-aunt")),
            Question(LUTHIER, "What is she playing on while hers is in the workshop?",
                     ("violon de prêt", "loaner", "loan violin")),
            Question(LUTHIER, "Which city is she from?", ("lyon",)),
            Question(LUTHIER, "What time can she pick up?", ("after 5", "dix-sept heures", "5 pm", "17 h")),
            Question(LUTHIER, "Who made the violin?", ()),
            Question(LUTHIER, "What's the conductor's name?", ()),
            Question(LUTHIER, "What's the violin insured for?", ()),
            Question(LUTHIER, "Which gauge of E string does she use?", ()),
            Question(LUTHIER, "What's her email address?", ()),
            Question(LUTHIER, "How many years has she been playing?", ()),
            Question(LUTHIER, "What's the name of the luthier she used in Lyon?", ()),
            Question(LUTHIER, "Where does she live in Ottawa?", ()),
        ],
    ),
    # A Spanish show-jumping rider: his calls in Spanish, the summaries in English and Spanish, the items
    # in Spanish once with the padlock code copied in; the seat size changed after the fitting.
    Caller(
        number="+34613555179",
        names=("Javier",),
        calls=[
            Call(
                SADDLER, 52, "es", "Custom jumping saddle order",
                "The user, Javier Morales, spoke Spanish. He wants a custom close-contact jumping saddle for "
                "his mare Duquesa, a 9-year-old Hanoverian, with a 17.5-inch seat in havana brown leather. "
                "The agent booked the saddle fitter to visit Maplewood Stables in Carp on {+6} at 8 AM.",
                [
                    ("Hollow Oak Saddlery, this is Bronwyn, how can I help?",
                     "Hola, buenas. Eh... sorry, ¿habla español?"),
                    ("Sí, claro, hablo español. ¿En qué le puedo ayudar?",
                     "Ah, qué bien. Mire, quiero encargar una montura de salto a medida para mi yegua."),
                    ("Perfecto. ¿Cómo se llama usted?", "Javier Morales Ortega. Javier con jota."),
                    ("¿Y la yegua?", "Duquesa. Es una hannoveriana de nueve años, castaña."),
                    ("Muy bien. ¿Qué tipo de montura busca?",
                     "De salto, de contacto cercano... close contact, como dicen aquí. Asiento de diecisiete "
                     "y medio, creo. Bueno, eso me lo dirá el ajustador."),
                    ("¿Y de color?", "Marrón habana. Nada de negro, el negro no me gusta para salto."),
                    ("¿Hay algo de la yegua que debamos saber?",
                     "Sí, tiene la cruz muy alta, muy marcada. Con las monturas normales se le hacen "
                     "rozaduras."),
                    ("Lo anotamos para el ajustador. ¿A qué altura salta?",
                     "Estamos en uno treinta, un metro treinta. Queremos subir a uno cuarenta este verano."),
                    ("¿Dónde está la yegua?",
                     "En Maplewood Stables, en Carp. Yo trabajo allí, soy jinete, monto caballos de "
                     "clientes."),
                    ("El ajustador puede ir dentro de seis días, a las ocho de la mañana. ¿Le va bien?",
                     "A las ocho, perfecto, a esa hora ya estoy en la cuadra."),
                    ("Estupendo. Hasta entonces, Javier.", "Gracias, Bronwyn. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Custom jumping saddle", "Saddle fitter visit at Maplewood Stables", "{+6}",
                    "Mare Duquesa, Hanoverian; havana brown leather; Maplewood Stables, Carp", "none",
                    first_name="Javier",
                ),
            ),
            Call(
                SADDLER, 27, "es", "Asiento y reparación de la cabezada",
                "El usuario, Javier Morales, dijo que tras la visita del ajustador la montura llevará un "
                "asiento de 17 pulgadas en lugar de 17,5, con solapas adelantadas. Quiere sus iniciales, "
                "JMO, grabadas en la solapa. Además dejará su cabezada para reparar porque se rompió la "
                "carrillera izquierda.",
                [
                    ("Hollow Oak Saddlery, Bronwyn speaking.",
                     "Hola Bronwyn, soy Javier Morales, el de la yegua Duquesa."),
                    ("¡Hola Javier! ¿Qué tal fue con el ajustador?",
                     "Muy bien, muy bien. Dice que mejor diecisiete pulgadas, no diecisiete y medio. Que yo "
                     "soy bajito, ja. Y con las solapas adelantadas."),
                    ("Diecisiete pulgadas, solapas adelantadas, lo cambio en el pedido.",
                     "Eso. Y otra cosa, ¿pueden grabar mis iniciales en la solapa? J, M, O."),
                    ("Claro, JMO. ¿Algo más?",
                     "Sí, tengo una cabezada que se rompió. La carrillera izquierda, se partió cuando la "
                     "yegua se asustó con un tractor."),
                    ("Tráigala y se la arreglamos.",
                     "Vale. Es especial, ¿eh? Era de mi padre, la compró en Jerez hace treinta años."),
                    ("La cuidaremos mucho.", "Gracias. La dejo esta semana en la tienda."),
                    ("Perfecto. Hasta pronto.", "¡Hasta pronto!"),
                ],
                {"first_name": "Javier"},
            ),
            Call(
                SADDLER, 2, "es", "Deposit and delivery date",
                "Javier paid a $1,200 deposit on the $4,650 saddle. The saddle will be ready on {+21} and "
                "delivered to the tack room at Maplewood Stables; the tack room padlock combination is 5 2 0 "
                "7. The repaired bridle can be collected on {+2}.",
                [
                    ("Hollow Oak Saddlery, Bronwyn speaking.",
                     "Hola, Bronwyn, Javier otra vez. Quería pagar la señal de la montura."),
                    ("Muy bien. El total son cuatro mil seiscientos cincuenta dólares, y la señal es de mil "
                     "doscientos.", "Vale, mil doscientos. Con tarjeta, ¿puede ser?"),
                    ("Sí. ... Ya está, pagado.", "Genial. ¿Y cuándo estará la montura?"),
                    ("Dentro de tres semanas. ¿Se la llevamos a la cuadra?",
                     "Sí, por favor, al cuarto de monturas de Maplewood. Si no hay nadie, el candado del "
                     "cuarto... la combinación es cinco dos cero siete."),
                    ("Anotado. Y la cabezada ya está reparada, la puede recoger en dos días.",
                     "¡Qué rápido! Perfecto, paso a recogerla."),
                    ("Hasta luego, Javier.", "Gracias, ¡hasta luego!"),
                ],
                analysis_items(
                    "Señal y entrega de la montura",
                    "Entregar la montura en el cuarto de monturas de Maplewood", "{+21}",
                    "Montura 4.650 $, señal 1.200 $ pagada con tarjeta; asiento 17 pulgadas; candado del "
                    "cuarto de monturas 5207", "finance", first_name="Javier",
                ),
            ),
        ],
        questions=[
            Question(SADDLER, "What's the mare called?", ("duquesa",)),
            Question(SADDLER, "What breed is the horse?", ("hanoverian", "hannoveriana")),
            Question(SADDLER, "What seat size is the saddle?",
                     ("17 pulgadas", "17-inch", "17 inch", "diecisiete pulgadas"),
                     ("17.5", "17,5", "diecisiete y medio")),
            Question(SADDLER, "What colour leather is he having?", ("havana", "habana")),
            Question(SADDLER, "Where is the mare kept?", ("maplewood",)),
            Question(SADDLER, "Anything unusual about the mare's conformation?", ("cruz", "withers")),
            Question(SADDLER, "What initials go on the saddle flap?", ("jmo", "j, m, o")),
            Question(SADDLER, "Which part of the bridle broke?", ("carrillera", "cheekpiece")),
            Question(SADDLER, "How did the bridle get broken?", ("tractor",)),
            Question(SADDLER, "Where did his father buy the bridle?", ("jerez",)),
            Question(SADDLER, "What's the full price of the saddle?",
                     ("4,650", "4.650", "4650", "cuatro mil seiscientos cincuenta")),
            Question(SADDLER, "How much has he put down?", ("1,200", "1.200", "1200", "mil doscientos")),
            Question(SADDLER, "When will the saddle be ready?", _day(2, 21)),
            Question(SADDLER, "When can he pick up the bridle?", _day(2, 2)),
            Question(SADDLER, "When was the fitter's visit?", _day(52, 6)),
            Question(SADDLER, "What height is he jumping at?", ("1.30", "uno treinta", "metro treinta")),
            Question(SADDLER, "How old is Duquesa?", ("nueve años", "9-year-old", "nine years", "9 years")),
            Question(SADDLER, "What style of flaps did the fitter recommend?", ("adelantadas", "forward")),
            Question(SADDLER, "What does Javier do for a living?", ("jinete", "rider")),
            Question(SADDLER, "What colour is the mare's coat?", ("castaña", "chestnut")),
            Question(SADDLER, "What's the tack room padlock combination?", ()),
            Question(SADDLER, "What's the barn manager's name?", ()),
            Question(SADDLER, "How tall is Duquesa in hands?", ()),
            Question(SADDLER, "Which brand of saddle tree is he getting?", ()),
            Question(SADDLER, "What's his coach's phone number?", ()),
            Question(SADDLER, "Who is the mare's sire?", ()),
            Question(SADDLER, "What's his email address?", ()),
            Question(SADDLER, "What's the saddle fitter's name?", ()),
        ],
    ),
    # A retired couple on one landline: the husband's long call whose middle holds four facts, the wife's
    # surprise gift (its pickup moved earlier), a switch-machine order raised in passing ("make it ten").
    Caller(
        number="+16135551701",
        names=("Harold", "Glenda"),
        calls=[
            Call(
                RAILWAY, 68, "en", "Sound decoder for CN GP9",
                "The user, Harold Pettigrew, asked about fitting a sound decoder to his HO scale CN GP9 "
                "diesel locomotive. The agent recommended an ESU LokSound 5 decoder, installed with a "
                "speaker for $189, and Harold will bring the locomotive in on {+5}. He also ordered six "
                "Tortoise switch machines for the turnouts on his main line. Harold talked at length about "
                "his hobby, his old job and his basement.",
                long_call(
                    [
                        ("Bytown Model Railways, Curtis speaking.",
                         "Oh, hello there. Yes. Um, is this the train shop? On, uh, Bank Street?"),
                        ("That's us! What can I do for you?",
                         "Well, I've got a locomotive, a diesel, and I'd like to put sound in it. I've been "
                         "putting it off for, oh, years."),
                        ("Sound decoder, sure. What scale, and what's the loco?",
                         "HO scale. It's a CN GP9. An Athearn, the older one. Runs fine, just... silent."),
                        ("And your name, sir?",
                         "Harold Pettigrew. P-E-T-T-I-G-R-E-W. Two T's, people always drop one."),
                        ("Thanks, Harold. Is it DCC already, or still DC?",
                         "Oh, it's DCC, I converted everything years ago. Just no sound."),
                        ("For a GP9 I'd go with an ESU LokSound 5. It's got the right prime mover sound.",
                         "A LokSound. A fellow at church has one of those, he says it's marvellous."),
                        ("It is. The decoder and a speaker, installed, comes to a hundred and eighty-nine "
                         "dollars.", "A hundred and eighty-nine. Well, that's less than I feared."),
                        ("Do you want to do the install yourself or leave it with us?",
                         "Oh no, leave it with you. My soldering days are, well. I'll bring it in."),
                    ],
                    [
                        ("Mm-hm.",
                         "I should say, the layout's set in the summer of nineteen fifty-eight. The Ottawa "
                         "Valley, before they tore the tracks out of downtown. So everything's got to be "
                         "right for fifty-eight."),
                        ("Love that.",
                         "My grandson Theo comes over Saturdays, he does all the wiring now. He's better at "
                         "it than me, I'll admit that."),
                        ("That's great.",
                         "And the layout room is fourteen by twenty-two feet. It was the rec room, but the "
                         "kids are long gone."),
                    ],
                    [
                        ("So, anything else while you're bringing the GP9 in?",
                         "Oh yes. Switch machines. The Tortoise ones. I'd like six of those, for the "
                         "turnouts on the main line."),
                        ("Six Tortoise switch machines, I'll order them in.", "Lovely."),
                        ("When would you like to bring the loco in?",
                         "Five days from now? My sister's visiting until then."),
                        ("Perfect, see you then, Harold.",
                         "Thank you, Curtis. You've been very patient with an old windbag."),
                        ("Not at all! Bye now.", "Bye-bye."),
                    ],
                    acks=_RAILWAY_ACKS,
                    talk=_RAILWAY_TALK,
                    start=2,
                ),
                {"first_name": "Harold"},
            ),
            Call(
                RAILWAY, 22, "en", "Surprise birthday gift",
                "The user, Glenda Pettigrew, Harold's wife, ordered a Rapido HO CN FP9A locomotive in green "
                "and gold as a surprise for Harold's 75th birthday and paid $329 by credit card. It is on "
                "backorder and should be ready to collect, gift-wrapped, on {+30}. She asked the shop not to "
                "mention it if Harold calls.",
                [
                    ("Bytown Model Railways, Curtis speaking.",
                     "Hi, um, hello. This is going to sound strange, but my husband is one of your customers "
                     "and I need you to keep a secret."),
                    ("Ha, we're very good at secrets. What's the name?",
                     "Glenda Pettigrew. My husband's Harold. Harold Pettigrew, he's the one with the "
                     "basement."),
                    ("Oh, Harold! Of course. What can we do?",
                     "It's his seventy-fifth birthday coming up and I want to get him a train. A proper one. "
                     "He keeps looking at one in the catalogue, the, um, hang on, I wrote it down. The "
                     "Rapido, CN, F... FP9A? In the green and gold."),
                    ("The Rapido CN FP9A in green and gold, beautiful engine. It's three hundred and "
                     "twenty-nine dollars.",
                     "Three twenty-nine. That's fine. Can I pay now, on my credit card?"),
                    ("Of course. ... That's gone through. They're on backorder, we'll have it in about a "
                     "month.",
                     "A month is fine, his birthday's after that. Could you wrap it? And put a card in that "
                     "says Happy 75th, Engineer Harry. That's what the grandkids call him."),
                    ("Engineer Harry, I love it.",
                     "And please, please, if Harold calls, don't say a word. He calls you all the time."),
                    ("Our lips are sealed.",
                     "Thank you, dear. Ring me on this number when it's in, but if he answers, just say it's "
                     "about the library book."),
                    ("Ha, the library book. Got it.", "Thank you so much. Bye now."),
                ],
                {"first_name": "Glenda"},
            ),
            Call(
                RAILWAY, 14, "en", "More switch machines",
                "Harold said the new sound decoder in his GP9 is working beautifully. He increased his order "
                "from six to ten Tortoise switch machines because he is adding a yard along the back wall. "
                "He also asked whether the shop will stock the Rapido CN FP9A; the agent said they would let "
                "him know.",
                [
                    ("Bytown Model Railways, Curtis speaking.", "Curtis, it's Harold Pettigrew. The GP9."),
                    ("Harold! How's she sounding?",
                     "Oh, marvellous. Marvellous. The first time she started up I had goosebumps. My wife "
                     "came down to see what the racket was."),
                    ("Ha, that's what we like to hear.",
                     "Listen, about those Tortoises. I'm adding a little yard along the back wall. Hurdman "
                     "Yard, I'm calling it. So make it ten, not six."),
                    ("Ten Tortoise switch machines, no problem, I'll add four more to the order.",
                     "Ten. Yes. I counted twice."),
                    ("Anything else?",
                     "Yes, actually. Are you getting any of those Rapido FP9As in? The CN ones, the green "
                     "and gold? I've had my eye on one for ages."),
                    ("Oh, um... I'll let you know, Harold.", "Would you? I might treat myself."),
                    ("Ha, sure thing. Bye now.", "Cheerio."),
                ],
                analysis_items(
                    "Switch machine order increased", "Order four more Tortoise switch machines", "",
                    "Ten Tortoise switch machines in total; adding a yard; interested in the Rapido CN FP9A",
                    "none", first_name="Harold",
                ),
            ),
            Call(
                RAILWAY, 3, "en", "Gift pickup moved earlier",
                "Glenda asked to pick up the wrapped FP9A gift earlier, on {+2} around 2 PM, because "
                "Harold's birthday dinner moved to this weekend. The agent confirmed the locomotive has "
                "arrived and mentioned that Harold had asked about the same model.",
                [
                    ("Bytown Model Railways, Curtis speaking.",
                     "Hello Curtis, it's Glenda Pettigrew. Is it safe to talk? I mean, you haven't told "
                     "Harold?"),
                    ("Not a word! Although he did ask about the FP9A.",
                     "Oh, he did not! Ha! Oh, that man. Well, that settles it, he'll love it."),
                    ("It came in yesterday, actually.",
                     "Oh wonderful. Listen, the family moved his birthday dinner to this weekend, so could I "
                     "pick it up sooner? The day after tomorrow?"),
                    ("Of course, it'll be wrapped and waiting.", "And the card?"),
                    ("Happy 75th, Engineer Harry. All done.",
                     "Perfect. I'll come after my hair appointment, around two."),
                    ("See you then, Glenda.", "Thank you, dear, bye."),
                ],
                analysis_items(
                    "Earlier gift pickup", "Glenda to collect the wrapped gift", "{+2}",
                    "Surprise gift for Harold's 75th birthday: Rapido CN FP9A, paid; keep it secret from "
                    "Harold", "none", first_name="Glenda",
                ),
            ),
        ],
        questions=[
            Question(RAILWAY, "What scale does Harold model in?", ("ho scale",)),
            Question(RAILWAY, "Which locomotive got the sound decoder?", ("gp9",)),
            Question(RAILWAY, "Which decoder did he go with?", ("loksound",)),
            Question(RAILWAY, "What did the decoder install cost?", ("189", "hundred and eighty-nine")),
            Question(RAILWAY, "How many switch machines is he getting?",
                     ("to ten",
                      "ten tortoise", "10 tortoise", "make it ten"), ("six tortoise", "6 tortoise")),
            Question(RAILWAY, "What year is the layout set in?", ("1958", "fifty-eight")),
            Question(RAILWAY, "Who's his helper on electrics?", ("theo",)),
            Question(RAILWAY, "How big is the train room?",
                     ("fourteen by twenty-two", "14 by 22", "14 x 22")),
            Question(RAILWAY, "What region is the layout modelled on?", ("ottawa valley",)),
            Question(RAILWAY, "What's the new yard called?", ("hurdman",)),
            Question(RAILWAY, "Which engine did Glenda buy?", ("fp9a",)),
            Question(RAILWAY, "How much did the present cost?", ("329", "three twenty-nine")),
            Question(RAILWAY, "Which birthday is Harold turning?", ("75th", "seventy-fifth")),
            Question(RAILWAY, "What should the gift card say?", ("engineer harry",)),
            Question(RAILWAY, "When is Glenda picking up the gift?", _day(3, 2), _day(22, 30)),
            Question(RAILWAY, "When was Harold bringing the GP9 in?", _day(68, 5)),
            Question(RAILWAY, "What livery is the FP9A in?", ("green and gold",)),
            Question(RAILWAY, "Cover excuse to use on the line?", ("library",)),
            Question(RAILWAY, "Why does Harold need more switch machines?", ("yard",)),
            Question(RAILWAY, "What time is Glenda coming in?", ("2 pm", "around two")),
            Question(RAILWAY, "What's the GP9's road number?", ()),
            Question(RAILWAY, "How old is Theo?", ()),
            Question(RAILWAY, "What's Glenda's cell number?", ()),
            Question(RAILWAY, "When is Harold's birthday?", ()),
            Question(RAILWAY, "Which model railway club does Harold belong to?", ()),
            Question(RAILWAY, "What DCC command station does he use?", ()),
            Question(RAILWAY, "How many locomotives does Harold own?", ()),
            Question(RAILWAY, "Where is the birthday dinner being held?", ()),
            Question(RAILWAY, "What colour is Harold's GP9 painted?", ()),
        ],
    ),
    # A caller of the forge and the stained-glass studio: her hip replacement, osteoporosis and physio are
    # the forge's alone (the second forge call's items say "none" though she speaks of her hip again); the
    # railing finish and the numerals' colour changed; a gate code said and copied into the items.
    Caller(
        number="+16135551702",
        names=("Bernice",),
        private_to={FORGE: ("hip replacement", "physiotherapist", "osteoporosis")},
        calls=[
            Call(
                FORGE, 47, "en", "Front step handrails",
                "The user, Bernice Lalonde, wants handrails on both sides of the five front steps at 27 "
                "Crichton Street, New Edinburgh. She had a hip replacement in the spring, has osteoporosis, "
                "and her physiotherapist advised rails on both sides. She would like a simple scroll design "
                "in matte black. The agent booked a measuring visit for {+4} at 1 PM.",
                [
                    ("Anvil and Ember Forge, Kira speaking.",
                     "Hello, yes, good morning. I'm calling about a railing. Railings, plural, actually."),
                    ("Sure! What's the project?",
                     "I've got five steps up to my front door, concrete, and nothing to hold on to. Not a "
                     "thing. And I, well, I had a hip replacement in the spring, and I'm, um, not as steady "
                     "as I was."),
                    ("I'm sorry to hear that. So you'd like handrails.",
                     "On both sides. My physiotherapist, Anneke, was very firm about both sides. And I've "
                     "got osteoporosis, so a fall would be... well. It would be bad."),
                    ("Absolutely, both sides. What's the address?",
                     "Twenty-seven Crichton Street. In New Edinburgh."),
                    ("And your name?", "Bernice Lalonde. Bernice, B-E-R-N-I-C-E."),
                    ("Thanks, Bernice. Any style in mind?",
                     "Nothing fussy. A simple scroll at the bottom, maybe. In matte black, like the fence."),
                    ("That'll look lovely. I'd like to come and measure. Would four days from now at one "
                     "o'clock work?",
                     "One o'clock is fine. If I'm out back, come through the side gate, the gate code is 8 2 "
                     "0 5."),
                    ("Got it, thank you.", "And knock loud, I'm slow getting to the door these days."),
                    ("We will. See you then, Bernice.", "Thank you, dear."),
                ],
                analysis_items(
                    "Front step handrails", "Measuring visit at 27 Crichton Street", "{+4}",
                    "Handrails on both sides of five front steps; hip replacement, osteoporosis; matte black "
                    "with a simple scroll; side gate code 8205", "health", first_name="Bernice",
                ),
            ),
            Call(
                GLASS, 33, "en", "Transom window restoration",
                "The user, Bernice Lalonde, wants the stained-glass transom over her front door at 27 "
                "Crichton Street restored: two amber panes are cracked and the lead is sagging. She would "
                "like her house number, 27, added to the centre panel. The agent will send a quote by email.",
                [
                    ("Lumen Glass Studio, this is Sasha.",
                     "Hi there. I have a stained-glass window over my front door, the, um, what do you call "
                     "it, the transom, and it's in a sorry state."),
                    ("We'd love to help. What's happening with it?",
                     "Two of the amber panes are cracked, right through, and the lead's sagging in the "
                     "middle. It kind of bows out."),
                    ("That's the lead came tiring out, pretty common in older windows. How old is the house?",
                     "Built in nineteen twelve. The window's original, I'm told. It's got tulips in it, "
                     "three red tulips."),
                    ("Lovely. And where are you?", "Twenty-seven Crichton Street. New Edinburgh."),
                    ("And your name, please?", "Bernice Lalonde."),
                    ("Thanks, Bernice. Is there anything you'd like changed while we restore it?",
                     "Well, I've always thought it'd be fun to put the house number in it. Twenty-seven. In "
                     "the centre panel. In gold, maybe."),
                    ("We can definitely do that. I'll send you a quote by email.",
                     "Wonderful. My email's on your form, I filled it in online."),
                    ("Perfect. Talk soon!", "Thank you!"),
                ],
                analysis_items(
                    "Transom window restoration", "Send restoration quote by email", "",
                    "27 Crichton Street; two cracked amber panes; sagging lead; house number 27 in gold in "
                    "the centre panel", "none", first_name="Bernice",
                ),
            ),
            Call(
                FORGE, 10, "en", "Handrail quote accepted, finish changed",
                "Bernice accepted the quote of $2,850 for both handrails and changed the finish from matte "
                "black to a dark bronze powder coat to match her new door hardware. Installation is booked "
                "for {+12}; it is about a half-day job.",
                [
                    ("Anvil and Ember Forge, Kira speaking.",
                     "Hello Kira, it's Bernice Lalonde, on Crichton Street. About the railings."),
                    ("Hi Bernice! Did you get the quote?",
                     "I did. Two thousand eight hundred and fifty. That's fine, go ahead."),
                    ("Wonderful. We'll get you booked in.",
                     "But, um, one change. Not the black. I've just had new door hardware put on, it's a "
                     "dark bronze, so could the railings be dark bronze instead? To match?"),
                    ("Sure, we can powder-coat them in dark bronze.",
                     "Lovely. Much nicer than the black, I think."),
                    ("We can install twelve days from now, it's about a half-day job. Roderick, our smith, "
                     "will install them himself.",
                     "Roderick, good. I'm off the walker since the hip replacement, but I'm still on the "
                     "cane, so the sooner the better."),
                    ("Of course. See you then.", "Thank you, Kira. Bye-bye."),
                ],
                analysis_items(
                    "Handrail quote accepted", "Install both handrails", "{+12}",
                    "Quote $2,850 accepted; dark bronze powder coat; half-day install", "none",
                    first_name="Bernice",
                ),
            ),
            Call(
                GLASS, 4, "en", "Transom quote accepted",
                "Bernice accepted the $1,150 quote to restore her transom and asked for the house number to "
                "be in cobalt blue glass instead of gold. The studio will remove the transom on {+6} and "
                "board the opening; it goes back about three weeks later. The glaziers should use the front "
                "door.",
                [
                    ("Lumen Glass Studio, Sasha speaking.",
                     "Hi Sasha, Bernice Lalonde. I got your quote for the transom."),
                    ("Great! Any questions?",
                     "No, eleven hundred and fifty is fine, let's do it. Oh, but the numbers. Not gold. I've "
                     "been looking at it and I think cobalt blue. Cobalt blue numbers would really pop "
                     "against the amber."),
                    ("Cobalt blue, noted. Good choice.", "Yes. So when do you take it out?"),
                    ("We'd remove it six days from now and board the opening until it goes back in, about "
                     "three weeks later.",
                     "Fine. Please use the front door, not the side, the side path is a mess."),
                    ("Front door, got it.", "Thank you, dear."),
                ],
                {"first_name": "Bernice"},
            ),
        ],
        questions=[
            Question(FORGE, "How many steps need rails?", ("five",)),
            Question(FORGE, "Where's the railing job?", ("crichton",)),
            Question(FORGE, "Why does she need the handrails?",
                     ("hip replacement", "osteoporosis", "not as steady", "physiotherapist")),
            Question(FORGE, "What medical condition did she mention?", ("osteoporosis", "hip replacement")),
            Question(FORGE, "Who advised rails on both sides?", ("physiotherapist", "anneke")),
            Question(FORGE, "What's her physio called?", ("anneke",)),
            Question(FORGE, "What finish are the railings getting?", ("dark bronze", "bronze"),
                     ("matte black",)),
            Question(FORGE, "What style did she ask for?", ("scroll",)),
            Question(FORGE, "How much is the railing job?",
                     ("2,850", "2850", "two thousand eight hundred and fifty")),
            Question(FORGE, "When is the installation?", _day(10, 12)),
            Question(FORGE, "When was the measuring visit?", _day(47, 4)),
            Question(FORGE, "Craftsman assigned to fit the job?", ("roderick",)),
            Question(FORGE, "Why did she change the colour?", ("door hardware",)),
            Question(FORGE, "How long will the install take?", ("half-day", "half day")),
            Question(FORGE, "Does she use a mobility aid?", ("cane", "walker")),
            Question(FORGE, "What's the side gate code?", ()),
            Question(FORGE, "How high should the railings be?", ()),
            Question(FORGE, "What's Anneke's phone number?", ()),
            Question(FORGE, "Which hospital did her surgery?", ()),
            Question(GLASS, "Which panes are cracked?", ("amber",)),
            Question(GLASS, "What colour will the house number be?", ("cobalt",), ("gold",)),
            Question(GLASS, "Which blooms feature in the old pane?", ("tulip",)),
            Question(GLASS, "How old is her house?", ("1912", "nineteen twelve")),
            Question(GLASS, "What did the restoration quote come to?",
                     ("1,150", "1150", "eleven hundred and fifty")),
            Question(GLASS, "When is the transom coming out?", _day(4, 6)),
            Question(GLASS, "What's wrong with the leading?", ("sagging", "bows out")),
            Question(GLASS, "Which entrance should the glaziers use?", ("front door",)),
            Question(GLASS, "What number is going in the glass?", ("27", "twenty-seven")),
            Question(GLASS, "Has she had surgery recently?", ()),
            Question(GLASS, "Why is she unsteady on her feet?", ()),
            Question(GLASS, "How wide is the transom?", ()),
            Question(GLASS, "What's her email address?", ()),
            Question(GLASS, "What's the side gate code?", ()),
        ],
    ),
    # An angler and hunter: a long call whose middle holds four facts about the fish, a shed padlock code
    # said in the turns and copied into the items, the deer's mount and price changed.
    Caller(
        number="+16135551703",
        names=("Wade",),
        calls=[
            Call(
                TAXIDERMY, 44, "en", "Muskie replica mount",
                "The user, Wade Tremblay, caught and released a 51-inch muskellunge and wants a fibreglass "
                "replica mount made from his photos and measurements. The agent quoted about $1,400 (around "
                "$27 an inch) with a six-to-eight-month turnaround and a 50 percent deposit, and asked him "
                "to email the photos. Wade chatted at length about fishing and hunting.",
                long_call(
                    [
                        ("Northwoods Taxidermy, Shelley speaking.",
                         "Hey, how's it going. Uh, yeah, I caught a fish. Like, a fish fish. And I want it "
                         "on my wall."),
                        ("Ha, congrats! What did you catch?",
                         "Muskie. Fifty-one inches. Fifty-one! I've got the tape in the photo and "
                         "everything."),
                        ("Wow, that's a trophy. Did you keep it?",
                         "No, no, I let her go. Big female, she went back in. So I guess I need one of "
                         "those, um, replica things?"),
                        ("Yes, a fibreglass replica. We build it from your photos and measurements. Did you "
                         "get "
                         "a girth?", "Yeah, twenty-four inches around. My buddy measured while I held her."),
                        ("Perfect. And your name?",
                         "Wade Tremblay. Tremblay, T-R-E-M-B-L-A-Y, like half the Valley, ha."),
                        ("Ha! And which photos do you have?",
                         "Side on, both sides, and a close-up of the head. And one of me looking like an "
                         "idiot holding her."),
                        ("Those are exactly what we need. Replicas run about twenty-seven dollars an inch, "
                         "so for fifty-one, about fourteen hundred.",
                         "Fourteen hundred. Yeah. Okay. The wife's gonna love that, ha."),
                        ("And the turnaround's six to eight months, we're pretty booked.",
                         "That's fine, she's not going anywhere."),
                    ],
                    [
                        ("Okay.",
                         "Oh, I should say, I want her facing left. She's going on the wall to the right of "
                         "the fireplace, so she's gotta be looking into the room, you know?"),
                        ("Makes sense.",
                         "And for the board behind her, I've got some old barnboard from my granddad's barn "
                         "in Renfrew. Can you mount her on that?"),
                        ("We can work with that.",
                         "She hit a black bucktail, by the way. If you can put one in her mouth, that'd be "
                         "sick."),
                        ("Love it.",
                         "Caught her on the Ottawa River, just below Mattawa. Not telling anyone the exact "
                         "spot, ha."),
                    ],
                    [
                        ("So, send the photos and measurements by email and we'll get started.",
                         "I'll email them tonight."),
                        ("Great. We take half as a deposit when we start.", "Yup, no problem."),
                        ("Thanks, Wade! Talk soon.", "Thanks, Shelley. Cheers."),
                    ],
                    acks=_TAXIDERMY_ACKS,
                    talk=_TAXIDERMY_TALK,
                    start=4,
                ),
                analysis_items(
                    "Muskie replica mount", "Wade to email photos and measurements", "",
                    "51-inch muskellunge, released; fibreglass replica; quote about $1,400", "none",
                    first_name="Wade",
                ),
            ),
            Call(
                TAXIDERMY, 24, "en", "Deer shoulder mount",
                "Wade has a ten-point white-tailed deer from the November hunt and wants a shoulder mount "
                "for $950, with the head turned slightly to the right. The cape is frozen in a chest freezer "
                "in his shed, and the shop's driver will pick it up on {+3} in the morning. Wade has emailed "
                "the muskie photos.",
                [
                    ("Northwoods Taxidermy, Shelley speaking.",
                     "Hey Shelley, Wade Tremblay, the muskie guy."),
                    ("Wade! Got your photos, thanks. She's gorgeous.",
                     "Right? Okay, so, different thing. I got a buck in November. Ten-point whitetail. I "
                     "want a shoulder mount."),
                    ("Congrats again! Where'd you get him?",
                     "Up at our hunt camp by Golden Lake. My brother-in-law was with me, he's still "
                     "jealous."),
                    ("Ha. A shoulder mount's nine hundred and fifty. Any pose?",
                     "Head turned a bit to the right. Looking, like, alert."),
                    ("Okay. Where's the cape now?",
                     "Frozen. It's in the chest freezer in my shed. I'm on shift all week, so your driver "
                     "can grab it. There's a padlock on the shed, the combination is 3 3 8 1."),
                    ("Got it. Our driver can come in three days, in the morning.",
                     "Perfect. Just don't let Tucker out, the dog, he's in the yard."),
                    ("We'll watch for him. Thanks, Wade.", "Thanks, bye."),
                ],
                {"first_name": "Wade"},
            ),
            Call(
                TAXIDERMY, 5, "en", "Deer changed to pedestal mount",
                "Wade changed the deer from a shoulder mount to a pedestal mount, $1,250, so it can stand in "
                "the middle of the great room at his cabin. He asked for the muskie replica to be finished "
                "first if possible.",
                [
                    ("Northwoods Taxidermy, Shelley speaking.",
                     "Hey, it's Wade again. So, uh, I changed my mind on the deer."),
                    ("No problem, what are you thinking?",
                     "Pedestal mount instead of the shoulder mount. We're putting it in the middle of the "
                     "great room at the cabin, so you'll see it from all sides."),
                    ("A pedestal mount is twelve hundred and fifty.", "Twelve-fifty. Okay. Yeah, do it."),
                    ("I'll send a revised invoice.",
                     "Cool. And, uh, if you can, finish the muskie first? I want her up before cottage "
                     "season."),
                    ("We'll see what we can do.", "Thanks, Shelley."),
                ],
                analysis_items(
                    "Deer changed to pedestal mount", "Send revised invoice for the pedestal mount", "",
                    "Ten-point white-tailed deer, pedestal mount $1,250; shed padlock combination 3381",
                    "finance", first_name="Wade",
                ),
            ),
        ],
        questions=[
            Question(TAXIDERMY, "How long was the muskie?", ("51", "fifty-one")),
            Question(TAXIDERMY, "How thick around was the fish?",
                     ("twenty-four inches", "24 inches", "24-inch")),
            Question(TAXIDERMY, "What kind of mount is the muskie getting?", ("replica", "fibreglass")),
            Question(TAXIDERMY, "Orientation requested for the specimen?", ("facing left", "face left")),
            Question(TAXIDERMY, "What should the fish be mounted on?", ("barnboard",)),
            Question(TAXIDERMY, "What lure did the muskie take?", ("bucktail",)),
            Question(TAXIDERMY, "Where will the muskie hang?", ("fireplace",)),
            Question(TAXIDERMY, "Which river was it caught in?", ("ottawa river", "mattawa")),
            Question(TAXIDERMY, "What's the muskie quote?", ("1,400", "1400", "fourteen hundred")),
            Question(TAXIDERMY, "How many points does the buck have?",
                     ("ten-point", "10-point", "ten point")),
            Question(TAXIDERMY, "What kind of mount is the deer getting?", ("pedestal",),
                     ("shoulder mount",)),
            Question(TAXIDERMY, "How much is the deer mount?",
                     ("1,250", "1250", "twelve-fifty", "twelve hundred and fifty"), ("950",
                      "nine hundred and fifty")),
            Question(TAXIDERMY, "Where did he shoot the buck?", ("golden lake",)),
            Question(TAXIDERMY, "When is the cape being picked up?", _day(24, 3)),
            Question(TAXIDERMY, "When did he first call about the fish?", _day(44)),
            Question(TAXIDERMY, "Which way should the deer's head turn?", ("to the right",)),
            Question(TAXIDERMY, "Where is the cape stored?", ("freezer",)),
            Question(TAXIDERMY, "Where will the deer stand?", ("great room",)),
            Question(TAXIDERMY, "What's the dog called?", ("tucker",)),
            Question(TAXIDERMY, "Which job does he want done first?",
                     ("muskie first", "muskie replica to be finished")),
            Question(TAXIDERMY, "How long will the replica take?",
                     ("six to eight months", "six-to-eight-month")),
            Question(TAXIDERMY, "What's the shed padlock combination?", ()),
            Question(TAXIDERMY, "How much did the muskie weigh?", ()),
            Question(TAXIDERMY, "What's his hunting licence number?", ()),
            Question(TAXIDERMY, "What's his brother-in-law's name?", ()),
            Question(TAXIDERMY, "What's the address of the cabin?", ()),
            Question(TAXIDERMY, "What's his wife's name?", ()),
            Question(TAXIDERMY, "How much does the deer weigh?", ()),
            Question(TAXIDERMY, "What's his hunt camp called?", ()),
        ],
    ),
    # A retired teacher's family Bible: a long call whose middle holds four facts, the leather colour changed
    # ("oxblood, not the green"), the finish date moved, a building's entry code said in the turns.
    Caller(
        number="+16135551704",
        names=("Rosalind",),
        calls=[
            Call(
                BINDERY, 62, "en", "Family Bible restoration",
                "The user, Rosalind Achterberg, wants her great-grandfather's family Bible, printed in 1872, "
                "restored. The leather spine is crumbling with red rot and the front board has come off. The "
                "agent suggested rebacking it in dark green goatskin and reattaching the boards, and will "
                "assess it when she brings it in on {+7}. Rosalind talked at length about her family history "
                "and her teaching years.",
                long_call(
                    [
                        ("Kettle Lane Bindery, Tobias speaking.",
                         "Oh, good afternoon. I hope I have the right place. You repair old books?"),
                        ("We do, yes. What have you got?",
                         "A family Bible. My great-grandfather's. It's, well, it's in rather a state."),
                        ("Tell me about it.",
                         "It was printed in eighteen seventy-two. It's in Dutch. Big thing, heavy as a "
                         "brick."),
                        ("And the condition?",
                         "The leather on the spine is crumbling, it comes off on your fingers like red "
                         "powder. And the front board has come off altogether."),
                        ("That powdery leather is red rot, very common in Victorian leather. And your name?",
                         "Rosalind Achterberg. A-C-H-T-E-R-B-E-R-G. It's Dutch too, ha."),
                        ("Thank you, Rosalind. We'd probably reback it, new leather on the spine, and "
                         "reattach "
                         "the boards.", "Reback. Yes, that sounds right. Whatever you'd recommend."),
                        ("I'd suggest a dark green goatskin, it's sturdy and takes tooling well.",
                         "Dark green. Yes, that sounds lovely."),
                        ("I'd need to see it to give you a proper quote.", "Of course. I'll bring it in."),
                    ],
                    [
                        ("Mm-hm.",
                         "I should tell you, between the Old and New Testaments there's the family register. "
                         "Births, marriages and deaths, all handwritten, going back to eighteen forty-one."),
                        ("That's precious.",
                         "And my grandmother pressed a four-leaf clover in the Psalms. Please don't let "
                         "anyone throw it away, it's still there."),
                        ("We'll be very careful with it.",
                         "And the endpapers. They're marbled, the original ones, blue and red. I'd very much "
                         "like them kept."),
                    ],
                    [
                        ("So, when could you bring it in?", "Would a week from today suit?"),
                        ("A week from today is perfect. I'll assess it and call you with a quote.",
                         "Wonderful. Thank you, Tobias, you've been so patient."),
                        ("My pleasure. See you then.", "Goodbye, dear."),
                    ],
                    acks=_BINDERY_ACKS,
                    talk=_BINDERY_TALK,
                    start=1,
                ),
                {"first_name": "Rosalind"},
            ),
            Call(
                BINDERY, 38, "en", "Restoration quote approved",
                "After assessing the Bible, the agent quoted $640 for rebacking it in dark green goatskin, "
                "reattaching both boards and cleaning the text block. Rosalind approved the quote. The "
                "restoration should be finished on {+35}.",
                [
                    ("Kettle Lane Bindery, Tobias speaking.",
                     "Hello Tobias, it's Rosalind Achterberg. About the Bible."),
                    ("Hi Rosalind. I've had a good look now. I'd quote six hundred and forty dollars: the "
                     "reback in dark green goatskin, reattaching both boards, and a surface clean of the "
                     "text block.",
                     "Six hundred and forty. That's quite all right. Please go ahead."),
                    ("Wonderful. It'll take about five weeks.",
                     "Five weeks. I can wait, it's waited a hundred and fifty years."),
                    ("Ha, exactly.", "Thank you, dear."),
                ],
                analysis_items(
                    "Bible restoration quote", "Finish the Bible restoration", "{+35}",
                    "Great-grandfather's 1872 family Bible; reback in dark green goatskin; quote $640 "
                    "approved",
                    "none", first_name="Rosalind",
                ),
            ),
            Call(
                BINDERY, 11, "en", "Leather colour and tooling",
                "Rosalind changed the leather for the reback from dark green to oxblood goatskin to match "
                "the original boards and asked for the family name to be gold-tooled on the spine, adding "
                "$85. The finish moves to {+21}, and the Bible will be delivered to 1203-340 Laurier Avenue "
                "West.",
                [
                    ("Kettle Lane Bindery, Tobias speaking.",
                     "Tobias, hello, Rosalind Achterberg. I've been thinking, and I've changed my mind about "
                     "something, I'm afraid."),
                    ("No problem at all. What is it?",
                     "The leather. When I brought it in I noticed the old boards are that deep reddish brown "
                     "under all the wear. Oxblood, would you call it? I think the spine should match. So "
                     "oxblood, not the green."),
                    ("Oxblood goatskin, that's a good call, it'll look original.",
                     "Oh, good. And could you put the family name on the spine in gold? Just ACHTERBERG, in "
                     "capitals."),
                    ("Gold tooling, yes, that's an extra eighty-five dollars. It'll push the finish back a "
                     "week.",
                     "That's fine. Eighty-five. And could you deliver it when it's done? I don't drive in "
                     "winter."),
                    ("Of course. What's the address?",
                     "Suite twelve-oh-three, three-forty Laurier Avenue West. The building's entry code is 4 "
                     "0 6 2, then come up to the twelfth floor."),
                    ("Got it.",
                     "Oh, and one more thing, no rush at all. My late husband's PhD thesis. It's just in a "
                     "ring binder. Could you bind it properly one day? In quarter leather, perhaps."),
                    ("We'd be honoured. Bring it in whenever.", "Thank you, dear."),
                ],
                analysis_items(
                    "Leather colour change and tooling", "Deliver the finished Bible", "{+21}",
                    "Oxblood goatskin reback; family name gold-tooled on the spine (+$85); deliver to "
                    "1203-340 "
                    "Laurier Avenue West", "none", first_name="Rosalind",
                ),
            ),
        ],
        questions=[
            Question(BINDERY, "What book is being restored?", ("family bible",)),
            Question(BINDERY, "What year was the Bible printed?", ("1872", "eighteen seventy-two")),
            Question(BINDERY, "What's wrong with the spine?", ("red rot", "crumbling")),
            Question(BINDERY, "What leather colour is the reback?", ("oxblood",), ("dark green",)),
            Question(BINDERY, "Any botanical keepsake hidden inside?", ("clover",)),
            Question(BINDERY, "Where in the Bible are the family records?",
                     ("family register", "old and new testaments")),
            Question(BINDERY, "What original feature must be preserved?", ("marbled", "endpapers")),
            Question(BINDERY, "How far back do the family records go?", ("1841", "eighteen forty-one")),
            Question(BINDERY, "How much is the restoration?", ("640", "six hundred and forty")),
            Question(BINDERY, "What's being tooled on the spine?", ("family name", "achterberg")),
            Question(BINDERY, "What does the gilding add to the bill?", ("85", "eighty-five")),
            Question(BINDERY, "Where is the Bible being delivered?", ("laurier",)),
            Question(BINDERY, "When will the Bible be finished?", _day(11, 21), _day(38, 35)),
            Question(BINDERY, "Whose Bible was it first?", ("great-grandfather",)),
            Question(BINDERY, "What other job might she bring in later?", ("thesis",)),
            Question(BINDERY, "Which leather is being used?", ("goatskin",)),
            Question(BINDERY, "When was she bringing the Bible in for assessment?", _day(62, 7)),
            Question(BINDERY, "What language is the Bible in?", ("dutch",)),
            Question(BINDERY, "Which board came off?", ("front board",)),
            Question(BINDERY, "Why does she want it delivered?", ("drive in winter", "don't drive")),
            Question(BINDERY, "What's the building's entry code?", ()),
            Question(BINDERY, "What was her great-grandfather's name?", ()),
            Question(BINDERY, "How many pages does the Bible have?", ()),
            Question(BINDERY, "What is the title of her husband's thesis?", ()),
            Question(BINDERY, "What's her email address?", ()),
            Question(BINDERY, "Who printed the Bible?", ()),
            Question(BINDERY, "What subject was her husband's PhD in?", ()),
            Question(BINDERY, "What's her sister's name?", ()),
        ],
    ),
    # A startup's print order: the material and quantity changed, the items leaving the material out, a
    # loading-dock door code said once, the shipping address moved.
    Caller(
        number="+16135551705",
        names=("Nadia",),
        calls=[
            Call(
                PRINTING, 36, "en", "Enclosure print quote",
                "The user, Nadia Haddad from Loonlight Labs, asked for a quote for 40 sensor enclosures "
                "printed in signal orange PETG from her file hub_v7.step at 30 percent infill, to be shipped "
                "to Unit 4, 1550 Michael Street. The agent quoted $12.50 per unit and will confirm the lead "
                "time by email.",
                [
                    ("Layerworks 3D, Ravi speaking.",
                     "Hi Ravi, it's Nadia Haddad, from Loonlight Labs. Haddad, H-A-D-D-A-D. We do, um, "
                     "environmental sensors. Small company."),
                    ("Hi Nadia. What can we print for you?",
                     "Enclosures. Forty of them, for a pilot. I've uploaded the file to your portal, it's "
                     "hub underscore v7 dot step."),
                    ("Got it, hub_v7.step. Material?",
                     "PETG, I think. Thirty percent infill. And, um, in signal orange, so people can find "
                     "them in the field."),
                    ("Signal orange PETG, thirty percent. Any tolerances I should know about?",
                     "The snap-fit clips. They need to be plus or minus zero point two millimetres, or the "
                     "lid doesn't close. That's bitten us before."),
                    ("Noted. That works out to twelve fifty a unit.",
                     "Twelve fifty. Okay, that's within budget."),
                    ("I'll confirm the lead time by email today.",
                     "Great. Ship them to our office, Unit 4, 1550 Michael Street."),
                    ("Perfect. Talk soon!", "Thanks, bye."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                PRINTING, 19, "en", "Enclosure order change",
                "Nadia switched the enclosures from PETG to ASA because they will be mounted outdoors in "
                "full sun, and raised the quantity from 40 to 60. The new total is $870 and the batch will "
                "ship on {+25}.",
                [
                    ("Layerworks 3D, Ravi speaking.",
                     "Hey Ravi, Nadia from Loonlight. So, change of plan on the enclosures."),
                    ("Sure, what's changing?",
                     "Two things. The client wants them bolted to fence posts, outdoors, in full sun all "
                     "summer. PETG's going to go brittle, right? So let's do ASA instead."),
                    ("ASA's the right call for UV, yes.",
                     "And they bumped the pilot, so sixty units, not forty."),
                    ("Sixty in ASA, signal orange, same file. That comes to eight hundred and seventy "
                     "dollars.",
                     "Eight seventy. Fine. When can they ship?"),
                    ("The printers are booked solid, so it'd ship in twenty-five days.",
                     "Okay. If the courier comes after six, the loading dock door code is 7 3 1 8."),
                    ("Noted for the courier.", "Thanks, Ravi, you're a lifesaver."),
                ],
                analysis_items(
                    "Enclosure order change", "Ship 60 enclosures", "{+25}",
                    "60 units; $870 total; signal orange; file hub_v7.step", "none", first_name="Nadia",
                ),
            ),
            Call(
                PRINTING, 7, "en", "New shipping address and invoice",
                "Nadia asked for the enclosures to be shipped to the company's new workshop at Unit 2, 88 "
                "Colonnade Road instead of Michael Street, and for the invoice to be itemised and addressed "
                "to their accountant, Farid Mansour, for their SR&ED tax credit claim.",
                [
                    ("Layerworks 3D, Ravi speaking.",
                     "Hi, Nadia Haddad again. Quick one. Well, two quick ones."),
                    ("Go for it.",
                     "We moved! Finally. So the enclosures need to go to our new workshop, eighty-eight "
                     "Colonnade Road, not Michael Street."),
                    ("Eighty-eight Colonnade Road, got it.", "Unit 2. Sorry. Unit 2, 88 Colonnade Road."),
                    ("Unit 2, 88 Colonnade. And the second thing?",
                     "The invoice. Can you address it to our accountant, Farid Mansour? F-A-R-I-D. He's "
                     "doing our SR and ED claim, the tax credit, and he needs the invoices itemised."),
                    ("Itemised, to Farid Mansour. No problem.", "Amazing. Thank you!"),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(PRINTING, "Which file is being printed?", ("hub_v7",)),
            Question(PRINTING, "What material are the enclosures now?", ("asa",), ("petg",)),
            Question(PRINTING, "How many enclosures are they ordering?", ("60", "sixty"), ("40", "forty")),
            Question(PRINTING, "Why did she switch plastics?", ("outdoors", "full sun", "uv")),
            Question(PRINTING, "What infill did she ask for?", ("30 percent", "thirty percent")),
            Question(PRINTING, "What colour are the enclosures?", ("signal orange",)),
            Question(PRINTING, "What was the per-unit price?", ("12.50", "twelve fifty")),
            Question(PRINTING, "What's the order total?", ("870", "eight seventy")),
            Question(PRINTING, "When will the batch ship?", _day(19, 25)),
            Question(PRINTING, "Where should the batch be shipped?", ("colonnade",), ("michael street",)),
            Question(PRINTING, "Who should the invoice go to?", ("farid",)),
            Question(PRINTING, "How tight are the clip tolerances?", ("0.2", "zero point two")),
            Question(PRINTING, "What company is she with?", ("loonlight",)),
            Question(PRINTING, "Why does the accountant need the invoice?",
                     ("sr&ed", "tax credit", "sr and ed")),
            Question(PRINTING, "What does her company make?", ("sensor",)),
            Question(PRINTING, "Attachment point for the housings?", ("fence posts",)),
            Question(PRINTING, "What's the loading dock door code?", ()),
            Question(PRINTING, "What's Farid's email address?", ()),
            Question(PRINTING, "Which printer will run the job?", ()),
            Question(PRINTING, "What layer height did she ask for?", ()),
            Question(PRINTING, "How much does each enclosure weigh?", ()),
            Question(PRINTING, "Who is the client for the pilot?", ()),
            Question(PRINTING, "What's her co-founder's name?", ()),
        ],
    ),
    # A church's property warden: a lockbox code said in the turns, the memorial window's dedication said
    # in the turns only, the panel removal moved for a funeral.
    Caller(
        number="+16135551706",
        names=("Doug",),
        calls=[
            Call(
                GLASS, 57, "en", "Memorial window damaged",
                "The user, Doug Ferreira, property warden at Holy Trinity Anglican Church in Manotick, "
                "reported that a hockey puck broke the lamb's head in the lower left of a memorial window in "
                "the north aisle. The studio will inspect it on {+5} at 9 AM; if Doug is late, the side door "
                "keys are in the lockbox by the vestry door.",
                [
                    ("Lumen Glass Studio, this is Sasha.",
                     "Morning. Doug Ferreira here, I'm the, uh, property warden at Holy Trinity Anglican, "
                     "out in Manotick. We've had a bit of an accident."),
                    ("Oh no. What happened?",
                     "Kids playing road hockey in the parking lot. A puck went straight through one of the "
                     "memorial windows. North aisle. Well, one pane of it."),
                    ("Which part of the window?",
                     "The lamb. There's a lamb, lower left, and it's his head that's gone. Poor thing."),
                    ("We can paint and fire a new piece for the head. Is it an old window?",
                     "Nineteen thirty-one. It's dedicated to a Private Thomas Ashby, killed at Vimy. His "
                     "family's still in the parish, actually, so we want it done right."),
                    ("Absolutely. I'd like to inspect it. Five days from now, at nine?",
                     "Nine's fine. I might be late, so the side door keys are in the lockbox by the vestry "
                     "door, the lockbox code is 6 1 4 7."),
                    ("Got it. We'll see you then.", "Thanks, Sasha. Bye now."),
                ],
                {"first_name": "Doug"},
            ),
            Call(
                GLASS, 20, "en", "Repair quote and insurance",
                "The agent quoted $2,300 to remove the damaged lamb panel, paint and fire a new head, relead "
                "the section and reinstall it. Doug said the church's insurer, Ecclesiastical, will cover it "
                "minus a $500 deductible, but the parish council must approve the spend at its meeting on "
                "{+5}. Panel removal is pencilled in for {+24}.",
                [
                    ("Lumen Glass Studio, Sasha speaking.",
                     "Sasha, Doug Ferreira, Holy Trinity. You said you'd have a number for me."),
                    ("Yes. For the lamb panel, remove it, paint and fire a new head, relead the section and "
                     "reinstall, it's twenty-three hundred dollars.",
                     "Twenty-three hundred. Okay. Our insurer's Ecclesiastical, they'll cover it less the "
                     "deductible, which is five hundred."),
                    ("That's good news.",
                     "It is. But the parish council has to approve anything over a thousand. They meet in "
                     "five days."),
                    ("Understood. Shall I pencil in the panel removal for twenty-four days from now, in case "
                     "they say yes?", "Yes, pencil it in. I'll call you after the meeting."),
                    ("Perfect.",
                     "Oh, and I should say, there's a polycarbonate storm sheet on the outside. It's screwed "
                     "on, your guys will need to take that off first."),
                    ("Good to know, thanks.", "Cheers."),
                ],
                analysis_items(
                    "Memorial window repair quote", "Parish council to approve the $2,300 repair", "{+5}",
                    "Holy Trinity Anglican, Manotick; north aisle memorial window; quote $2,300; insurer "
                    "Ecclesiastical, $500 deductible", "finance", first_name="Doug",
                ),
            ),
            Call(
                GLASS, 6, "en", "Repair approved, removal moved",
                "Doug said the parish council approved the window repair. Because of a funeral, he asked to "
                "move the panel removal two days later, to {+12}. Invoices should now go to the church's new "
                "administrator, Cheryl Boivin.",
                [
                    ("Lumen Glass Studio, Sasha speaking.",
                     "Hi Sasha, it's Doug from Holy Trinity. Good news, council said yes. Unanimous, even."),
                    ("Wonderful!",
                     "But, er, the date you pencilled in, we've got a funeral that morning. A big one. Could "
                     "you come two days later instead?"),
                    ("Let me check... yes, two days later works.",
                     "Great. And from now on the church has a new administrator, Cheryl Boivin, she'll "
                     "handle the invoices. I'm still your man on site."),
                    ("Cheryl Boivin, for invoices. Got it.", "Thanks, Sasha."),
                ],
                {"first_name": "Doug"},
            ),
        ],
        questions=[
            Question(GLASS, "Which church does Doug look after?", ("holy trinity",)),
            Question(GLASS, "What broke the window?", ("puck",)),
            Question(GLASS, "Which figure in the window was damaged?", ("lamb",)),
            Question(GLASS, "Where in the church is the window?", ("north aisle",)),
            Question(GLASS, "Soldier it commemorates?", ("ashby",)),
            Question(GLASS, "What year was the window put in?", ("1931", "nineteen thirty-one")),
            Question(GLASS, "How much is the repair?", ("2,300", "2300", "twenty-three hundred")),
            Question(GLASS, "Who's the church's insurer?", ("ecclesiastical",)),
            Question(GLASS, "How much is the deductible?", ("500", "five hundred")),
            Question(GLASS, "When is the panel coming out?", _day(6, 12), _day(20, 24)),
            Question(GLASS, "Why was the removal moved?", ("funeral",)),
            Question(GLASS, "What has to come off the outside first?", ("polycarbonate", "storm sheet")),
            Question(GLASS, "Where are the keys to the side door?", ("lockbox", "vestry")),
            Question(GLASS, "What's Doug's role at the church?", ("property warden", "warden")),
            Question(GLASS, "Who handles invoices now?", ("cheryl", "boivin")),
            Question(GLASS, "When did the council meet?", _day(20, 5)),
            Question(GLASS, "Where were the kids playing?", ("parking lot",)),
            Question(GLASS, "Which town is the church in?", ("manotick",)),
            Question(GLASS, "What's the lockbox code?", ()),
            Question(GLASS, "What's the rector's name?", ()),
            Question(GLASS, "How big is the memorial window?", ()),
            Question(GLASS, "Who made the original window?", ()),
            Question(GLASS, "Whose funeral is it?", ()),
            Question(GLASS, "What's Cheryl's phone number?", ()),
            Question(GLASS, "Who chairs the parish council?", ()),
        ],
    ),
    # A bluegrass guitarist: the estimate raised when a neck reset is found, the strings changed ("mediums
    # instead of the lights"), his band and loaner guitar said in the turns only.
    Caller(
        number="+16135551707",
        names=("Caleb",),
        calls=[
            Call(
                LUTHIER, 49, "en", "Guitar bridge lifting",
                "The user, Caleb Moreau, has a 1974 Martin D-28 acoustic guitar whose bridge is lifting at "
                "the back and whose action is high. The agent recommended a bridge reglue and a full setup "
                "for about $260, and Caleb will drop it off on {+2}.",
                [
                    ("Rideau Strings Workshop, Annie speaking, how can I help?",
                     "Hey, yeah, hi. So I've got an old Martin, a D-28, and the bridge is, like, lifting? At "
                     "the back? You can slide a business card under it."),
                    ("Oh, that's not good. What year is it?",
                     "Seventy-four. Nineteen seventy-four. It was my uncle's, he gave it to me when he "
                     "stopped playing."),
                    ("Beautiful. How's the action?",
                     "High. Really high. Up the neck it's like playing a cheese slicer."),
                    ("Ha. We'd reglue the bridge and do a full setup, probably around two-sixty.",
                     "Two-sixty, okay. I play bluegrass, so I need it to, you know, sing. I'm in a band, the "
                     "Carp Ridge Ramblers."),
                    ("Love it. Strings?", "Lights. Twelves. Martin Lifespans if you've got them."),
                    ("And your name?", "Caleb Moreau. M-O-R-E-A-U."),
                    ("Thanks, Caleb. Can you drop it off?", "Day after tomorrow, on my lunch break."),
                    ("Perfect, see you then.", "Cheers."),
                ],
                analysis_items(
                    "Guitar bridge lifting", "Caleb to drop off the D-28", "{+2}",
                    "1974 Martin D-28; bridge lifting; high action; light strings",
                    "none", first_name="Caleb",
                ),
            ),
            Call(
                LUTHIER, 26, "en", "Neck reset needed",
                "The agent told Caleb that his D-28 needs a neck reset as well as the bridge reglue, "
                "bringing the estimate to $780. Caleb approved it. He has a gig on {+30} and needs the "
                "guitar back before then.",
                [
                    ("Rideau Strings Workshop, Annie speaking.", "Hey Annie, Caleb Moreau, the D-28."),
                    ("Hi Caleb. So, bad news and good news. The bridge is fine to reglue, but the real "
                     "problem "
                     "is the neck angle. It needs a neck reset.", "Oh no. How much is that?"),
                    ("All in, with the bridge and the setup, seven hundred and eighty.",
                     "Seven eighty. Oof. Okay. It's worth it, it's the guitar."),
                    ("It is. How are you managing without it?",
                     "You guys lent me that Yamaha, it's fine for practice. But I've got a gig in a month, I "
                     "really need the Martin back before that."),
                    ("We'll have it done before then.", "Thank you. Seriously."),
                ],
                {"first_name": "Caleb"},
            ),
            Call(
                LUTHIER, 2, "en", "Strings and pickup",
                "Caleb asked for medium-gauge strings on his D-28 instead of lights and a K&K Pure Mini "
                "pickup installed for $210. The guitar will be ready on {+1}; he will pay cash at pickup.",
                [
                    ("Rideau Strings Workshop, Annie speaking.", "Hi Annie, Caleb. Is she done?"),
                    ("Almost! She'll be ready tomorrow.",
                     "Yes! Okay, two things. Can you put mediums on it instead of the lights? Thirteens. "
                     "She's got the neck for it now, and I want more volume for the band."),
                    ("Mediums, sure. And the second thing?",
                     "Can you put in a pickup? A K&K, the Pure Mini. For the gig."),
                    ("The K&K is two hundred and ten installed.",
                     "Two-ten. Do it. I'll pay cash when I pick it up."),
                    ("Great. See you tomorrow.", "Thanks!"),
                ],
                {"first_name": "Caleb"},
            ),
        ],
        questions=[
            Question(LUTHIER, "Which guitar is in for repair?", ("d-28",)),
            Question(LUTHIER, "What year is the guitar?", ("1974", "seventy-four")),
            Question(LUTHIER, "What was the first problem he called about?", ("bridge",)),
            Question(LUTHIER, "What bigger job does it need?", ("neck reset",)),
            Question(LUTHIER, "How much is the repair estimate now?",
                     ("780", "seven eighty", "seven hundred and eighty"),
                     ("260", "two-sixty")),
            Question(LUTHIER, "Which string gauge does he want?", ("medium", "thirteens"),
                     ("lights", "twelves")),
            Question(LUTHIER, "Which pickup is he having fitted?", ("k&k", "pure mini")),
            Question(LUTHIER, "When will the guitar be ready?", _day(2, 1)),
            Question(LUTHIER, "What kind of music does he play?", ("bluegrass",)),
            Question(LUTHIER, "What's his band called?", ("ramblers",)),
            Question(LUTHIER, "What is he playing in the meantime?", ("yamaha",)),
            Question(LUTHIER, "When is his gig?", _day(26, 30)),
            Question(LUTHIER, "How will he pay?", ("cash",)),
            Question(LUTHIER, "Whose guitar was it originally?", ("uncle",)),
            Question(LUTHIER, "How much does the pickup cost?", ("210", "two-ten", "two hundred and ten")),
            Question(LUTHIER, "Preferred make for restringing?", ("lifespan",)),
            Question(LUTHIER, "What's the guitar's serial number?", ()),
            Question(LUTHIER, "Who plays banjo in his band?", ()),
            Question(LUTHIER, "Where is the gig?", ()),
            Question(LUTHIER, "Does he have a hard case for it?", ()),
            Question(LUTHIER, "What's his uncle's name?", ()),
            Question(LUTHIER, "What's his home address?", ()),
            Question(LUTHIER, "What tuning does he play in?", ()),
        ],
    ),
]  # fmt: skip
