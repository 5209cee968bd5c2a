"""A held-out memory set: callers of eight small hire firms and trades in and around Toronto, as ElevenLabs
would report them.

A bouncy-castle and party-inflatable hire firm, a suit and formal-wear hire shop, a kayak and paddleboard
hire on a lake, a sign writer, an antiques auction house, a cycle repair shop, a falconry experience and a
registered childminder. Nine callers, 29 calls: a Spanish family on holiday whose calls are in Spanish and a
French dealer whose calls are in French, both asked about in English; a couple sharing one phone for their
son's party; a mother of a toddler who rings the childminder and the cycle shop, her daughter's allergy and
her fee subsidy the childminder's alone; three calls of 84 exchanges (a grandfather booking a hawk walk, a
cafe owner going through her shopfront sign, an executor clearing her aunt's house) whose middle holds
facts no summary or analysis item repeats; corrections said plainly and in passing ("Sarah's changed her
mind on the colour... so it's navy now"); access codes for a side gate, an alarm, a key safe and a lockbox
that no answer may give; and about half of the calls with the post-call analysis items as ElevenLabs' model
fills them (a fact missed, a category that misfires or says none for a fee subsidy, a code copied into the
facts, a value left in the call's language, a date left empty), the others with the agent's first-name item
only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

BOUNCY = "agent_hires_bouncy_00000000000000331"
SUITS = "agent_hires_suits_000000000000000332"
KAYAK = "agent_hires_kayak_000000000000000333"
SIGNS = "agent_hires_signs_000000000000000334"
AUCTION = "agent_hires_auction_0000000000000335"
CYCLES = "agent_hires_cycles_00000000000000336"
FALCON = "agent_hires_falcon_00000000000000337"
CHILDMIND = "agent_hires_childmind_00000000000338"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_FALCON_ACKS = [
    "Oh, that's lovely.", "Mm-hm.", "Ha, I bet.", "Right.", "Is that so?", "Aw.", "Go on.",
    "Sure.", "Ha!", "Oh, absolutely.", "No rush.", "Yeah.",
]  # fmt: skip
_FALCON_TALK = [
    "I drove the streetcar for thirty-four years, you know. The 504, King Street. Every pothole by name.",
    "You meet all sorts on the King car. All sorts.",
    "Ha, yes.",
    "Margaret says I talk too much on the phone. She's probably right.",
    "She's out at her book club. They don't read the books, they just drink wine.",
    "Mm.",
    "The Leafs were terrible again last night. Don't get me started.",
    "Fifty years I've been waiting. Fifty years.",
    "I used to take my own kids up to Algonquin every August. Canoe, tent, the works.",
    "The bugs, though. Black flies. You've never seen anything like it.",
    "Yeah, yeah.",
    "My father came over from Inverness in 1951. Worked on the Seaway.",
    "He had a whistle for calling the dog that could stop traffic.",
    "Sorry, I'm wandering. Margaret's right.",
    "The snow's finally gone off the lawn, thank the Lord.",
    "I've got the tomato seedlings started on the windowsill. Forty of them. Too many.",
    "Ha, I'll be giving them away to the whole street.",
    "Right, right.",
    "We've got a cardinal that comes to the feeder every morning at seven. Bright red.",
    "The squirrels get more of the seed than the birds do, mind you.",
    "I put a baffle on the pole. Didn't slow them down one bit.",
    "Uh-huh.",
    "The grandkids think I'm a dinosaur because I don't have the Facebook.",
    "I've got a flip phone. It makes calls. What else does a phone need to do?",
    "Ha, exactly.",
    "Do you get a lot of birthday bookings? I'd imagine you do.",
    "I saw a fellow on the television once with an eagle on his arm. Huge thing.",
    "I said to Margaret, that's what I want for my ninetieth.",
    "Mm-hm.",
    "Oh, I'm only seventy-six, I've got time.",
    "We had a budgie when I was a boy. Joey. He could say 'hockey night'.",
    "Honestly. Clear as a bell. My mother taught him.",
    "Sure, sure.",
    "Is it far from the highway? I don't like the back roads at night.",
    "No, it'll be daytime, you're right, never mind me.",
    "Margaret will pack sandwiches whether we need them or not.",
    "Egg salad. Always egg salad.",
    "Ha!",
    "Where was I. Oh yes.",
    "I'm making notes on the back of the hydro bill here, bear with me.",
    "Yes, I've got a pen. Two pens. One works.",
    "Okay.",
    "It's going to be a good day, I can feel it.",
    "She's worth it, that one. She's a good kid.",
    "Right, go on.",
    "Mm, yes.",
    "Sorry, the kettle's going. One second.",
    "Okay, I'm back.",
    "That's grand.",
    "Yes, yes.",
    "Righto.",
    "Oh, I know.",
    "Ha, very good.",
    "Mm-hm.",
    "Lovely.",
    "I'm still here.",
    "Go ahead, dear.",
    "Quite right.",
]
_SIGN_ACKS = [
    "Totally.", "Mm-hm.", "Oh, nice.", "Ha, yeah.", "Right.", "For sure.", "I hear you.",
    "Love that.", "Yeah.", "No worries.", "Okay.", "Ha!",
]  # fmt: skip
_SIGN_TALK = [
    "Sorry, the grinder's going, we're testing the espresso machine today.",
    "It's a La Marzocco, secondhand, I basically sold a kidney for it.",
    "Ha, not really. Almost.",
    "The contractor's still doing the washroom, so it's sawdust everywhere.",
    "Yeah.",
    "I worked at a café in Melbourne for three years, that's where I caught the bug.",
    "They take coffee so seriously there. It's like a religion.",
    "My mum thinks I'm mad. She wanted me to be an accountant.",
    "Mm.",
    "The street's really changing, there's a wine bar opening two doors down.",
    "And a bakery across the road, which is either great or terrible for me.",
    "I'm hoping great. I'll buy their croissants, they can buy my coffee.",
    "Ha, exactly.",
    "Roncesvalles on a Saturday is just strollers and dogs, it's perfect.",
    "Everyone walks to High Park and back. I want them to stop at mine on the way.",
    "Sorry, I'm rambling, I've had about four espressos.",
    "Right.",
    "We're doing a little soft launch for friends and family first.",
    "My sister's making the tarts. She's a way better baker than me.",
    "I did the menu boards myself in chalk and they look like a ransom note.",
    "That's why I'm calling a professional, honestly.",
    "Ha, yeah.",
    "Did you see the old butcher's sign on Dundas? The painted one? That's what got me thinking.",
    "It's been there since the fifties and it still looks incredible.",
    "Nobody does that anymore, it's all vinyl and LED.",
    "Mm-hm.",
    "I hate those light-up box signs. They look like a bank.",
    "The previous tenant was a phone repair place. Bright orange. Horrible.",
    "There's still glue on the bricks from their letters.",
    "Yeah, yeah.",
    "Okay, I'm looking at your Instagram right now, the barbershop one is so good.",
    "Was that on Ossington? I think I've walked past it.",
    "Right, right.",
    "Hang on, the delivery guy's here with the cups.",
    "Okay, sorry. Ten thousand paper cups. Where do I put ten thousand cups.",
    "Ha, in the basement, I guess.",
    "My dog's going to be the shop dog. She's a greyhound, she just sleeps.",
    "Everyone loves a greyhound. She's basically the marketing plan.",
    "Mm.",
    "Okay. Where were we.",
    "Sorry, yes.",
    "I'm writing all this down, by the way, on a napkin. Very professional.",
    "Ha.",
    "Sure.",
    "Yeah, that makes sense.",
    "Okay, cool.",
    "Mm-hm.",
    "Right, yep.",
    "Go on.",
    "Totally.",
    "Yeah.",
    "Ha, okay.",
    "Gotcha.",
    "Okay.",
]
_ESTATE_ACKS = [
    "Of course.", "Mm.", "I'm so sorry.", "Take your time.", "Oh, how lovely.", "Yes.",
    "I understand.", "Ha, I can imagine.", "Right.", "Mm-hm.", "Not at all.", "Oh my.",
]  # fmt: skip
_ESTATE_TALK = [
    "She lived in that house for fifty-three years. Fifty-three. Can you imagine.",
    "Every room smells of her. Lavender and furniture polish.",
    "Sorry. It's still a bit raw.",
    "She taught piano, you know. Half the children on the street went through her front room.",
    "Mm.",
    "She never married. She used to say the piano was less trouble than a husband.",
    "Ha, she was very funny. Very dry.",
    "I'm the only one local, so it's all landed on me.",
    "My brother's in Vancouver and he's, well, he's useful from a distance.",
    "Yes.",
    "There's so much paper. Letters, bills from the seventies, recipes.",
    "She kept every Christmas card she ever got. In shoeboxes. Labelled by year.",
    "I found one from my mother in 1968 and had to sit down on the stairs.",
    "Mm-hm.",
    "The garden's gone wild, I haven't had the heart to do anything with it.",
    "Her roses, though. Still blooming like nothing's happened.",
    "Oh, sorry, that was the doorbell. Neighbour with a casserole. Again.",
    "People have been so kind. I've got six lasagnas in my freezer.",
    "Ha, yes.",
    "I've taken two weeks off work to do all this, and I'm nowhere near done.",
    "I'm a dental hygienist, so I'm not used to sitting still.",
    "I keep thinking I'll find something amazing in the attic. Like on the television.",
    "So far it's been Christmas decorations and a very angry raccoon.",
    "Right.",
    "The animal control man was lovely, actually. Very patient.",
    "Her cat went to the neighbour's, thank goodness. Mr. Whiskers. Terrible name.",
    "She named him when she was eighty. I think she was being ironic.",
    "Mm.",
    "Do you get a lot of estates? I suppose that's most of your business.",
    "It must be odd, going through strangers' lives all day.",
    "Oh, that's a nice way to look at it.",
    "Yes, I suppose someone will love these things again.",
    "That's what she'd want, really. She hated waste.",
    "She darned her socks until the end. Who darns socks anymore?",
    "Ha, exactly.",
    "I'm sorry, I'm keeping you.",
    "No, you're very kind.",
    "Where was I. The list. I made a list.",
    "It's on the back of an envelope, of course, like she would have done.",
    "Yes.",
    "Right, yes.",
    "Mm-hm.",
    "Okay.",
    "Go on.",
    "Yes, I'm here.",
    "Sorry, go ahead.",
    "Of course.",
    "That's fine.",
    "I see.",
    "Mm.",
    "Lovely.",
    "Yes, yes.",
    "Right you are.",
    "Okay, good.",
]


HELDOUT_HIRES: list[Caller] = [
    # A Spanish family on holiday on the lake: the calls in Spanish, the questions in English; a cottage and
    # a craft changed in the second call, a child's weight and his wife's paddleboarding said in the turns
    # only, the analysis items in Spanish with the paddleboard left out.
    Caller(
        number="+34641655516",
        names=("Javier",),
        calls=[
            Call(
                KAYAK, 33, "es", "Family kayak rental",
                "The user, Javier Morales, spoke Spanish. He is on holiday from Valencia with his wife "
                "Carmen and their two children, Lucas (10) and Martina (7), staying at the Maple Cove "
                "cottage on Juddhaven Road. He booked two double kayaks and one stand-up paddleboard for a "
                "full day on {+14} from 9 AM, to be picked up at the dock, for $110. The children need life "
                "jackets in their size.",
                [
                    ("Blue Heron Paddle Rentals on Lake Rosseau, this is Kelsey, how can I help?",
                     "Hola, eh, good morning... ¿se puede hablar en español? My English is... so-so."),
                    ("¡Claro! Hablo español. ¿En qué le puedo ayudar?",
                     "Ah, perfecto. Mire, estamos de vacaciones aquí, somos de Valencia, y queremos alquilar "
                     "kayaks para la familia."),
                    ("¡Qué bien! ¿Cuántas personas son?",
                     "Somos cuatro. Mi mujer, Carmen, yo, y los dos niños: Lucas, que tiene diez años, y "
                     "Martina, que tiene siete."),
                    ("¿Y su nombre, por favor?", "Javier Morales. Javier con jota, eh, J-A-V-I-E-R."),
                    ("Para cuatro personas le recomiendo dos kayaks dobles.",
                     "Sí, dos dobles... y, eh, ¿tienen también tabla de paddle surf? Carmen lo hizo en la "
                     "Albufera el verano pasado y le encantó. Yo nunca, eh, yo me caigo seguro."),
                    ("Sí, tenemos tablas. Dos kayaks dobles y una tabla, entonces.", "Eso es, eso es."),
                    ("Los niños necesitan chalecos salvavidas de su talla. ¿Cuánto pesan, más o menos?",
                     "Lucas, no sé, unos treinta y cinco kilos. Martina, eh... veintidós kilos, es muy "
                     "pequeñita."),
                    ("¿Para qué día lo quiere?",
                     "Para dentro de dos semanas. Bueno, dentro de catorce días justos. Por la mañana, a las "
                     "nueve."),
                    ("Perfecto. ¿Dónde se alojan? ¿Recogen en el muelle o se lo llevamos?",
                     "Recogemos en el muelle, tenemos coche. Estamos en la cabaña Maple Cove, en Juddhaven "
                     "Road, pero vamos nosotros."),
                    ("Muy bien. Son ciento diez dólares por el día completo.",
                     "Vale, perfecto. Muchas gracias, Kelsey. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Alquiler de kayaks para la familia", "Recoger los kayaks en el muelle a las nueve",
                    "{+14}",
                    "Familia de Valencia, cuatro personas; dos kayaks dobles; chalecos para los niños",
                    "none", first_name="Javier",
                ),
            ),
            Call(
                KAYAK, 24, "es", "Cambio de cabaña y de embarcación",
                "El usuario, Javier Morales, informó que la familia se ha cambiado a la cabaña Birch Hollow, "
                "en el 42 de Peninsula Road, que tiene muelle propio. Pidió que le entreguen las "
                "embarcaciones allí por 40 dólares y cambió la tabla de paddle surf por un kayak individual. "
                "La reserva sigue siendo para el {+5} a las nueve de la mañana.",
                [
                    ("Blue Heron Paddle Rentals, Kelsey speaking.",
                     "Hola Kelsey, soy Javier Morales, el de Valencia. ¿Seguimos en español?"),
                    ("¡Claro, Javier! Dígame.",
                     "Mire, dos cosas. Primero, nos hemos cambiado de cabaña. La de Maple Cove tenía un "
                     "problema con el agua caliente, y ahora estamos en otra, en el cuarenta y dos de "
                     "Peninsula Road. Se llama Birch Hollow."),
                    ("42 Peninsula Road, apuntado.",
                     "Y como esta cabaña tiene muelle propio, ¿nos pueden llevar los kayaks allí? Así no "
                     "cogemos el coche."),
                    ("Sí, hacemos entregas por el lago. Son cuarenta dólares de entrega.",
                     "Cuarenta, vale, sin problema."),
                    ("¿Y la segunda cosa?",
                     "Ah, sí. La tabla de paddle surf, mejor no. Carmen dice que prefiere ir en un kayak "
                     "individual, para ir al lado de los niños. Así que, en lugar de la tabla, un kayak "
                     "individual."),
                    ("Entonces dos kayaks dobles y un kayak individual.",
                     "Exacto. Y el mismo día, a las nueve."),
                    ("Perfecto, se lo dejamos en su muelle a las nueve menos cuarto.",
                     "Genial, muchísimas gracias."),
                ],
                {"first_name": "Javier"},
            ),
            Call(
                KAYAK, 6, "es", "Lost paddle and sunset tour",
                "Javier Morales apologised because his son Lucas lost a paddle in the lake during their "
                "rental; the $65 replacement was charged to the card on file. He booked the guided sunset "
                "paddle for himself and his wife Carmen on {+5} at 7 PM from the main dock, at $75 per "
                "person. The children will stay with their grandmother.",
                [
                    ("Blue Heron Paddle Rentals, Kelsey speaking.",
                     "Hola Kelsey, Javier Morales otra vez. Oye, primero, perdón por lo del remo."),
                    ("Ay, no pasa nada. ¿Qué pasó exactamente?",
                     "Pues a Lucas, el mayor, se le cayó un remo al lago cerca de la isla y no lo "
                     "encontramos. Se hundió o se lo llevó el viento, no sé."),
                    ("Tranquilo, pasa a menudo. El remo de repuesto son sesenta y cinco dólares, se lo "
                     "cargamos a la tarjeta que dejó.", "Sí, sí, cárguelo, claro."),
                    ("¿Y qué tal el día por lo demás?",
                     "¡Increíble! Vimos un colimbo, un loon, con sus crías. Martina no paraba de hablar de "
                     "eso."),
                    ("¡Qué suerte! ¿Le ayudo con algo más?",
                     "Sí. Carmen y yo queremos hacer la excursión guiada al atardecer, solos los dos. ¿Hay "
                     "sitio dentro de cinco días?"),
                    ("Sí, dentro de cinco días hay plazas. Sale a las siete de la tarde desde el muelle "
                     "principal, son setenta y cinco dólares por persona.",
                     "Perfecto, apúntenos a los dos. Los niños se quedan con la abuela, que llega el "
                     "jueves."),
                    ("Hecho: Javier y Carmen, excursión al atardecer.", "Gracias, Kelsey. ¡Hasta pronto!"),
                ],
                analysis_items(
                    "Remo perdido y excursión al atardecer", "Guided sunset paddle for Javier and Carmen",
                    "{+5}",
                    "Lost paddle charged $65 to the card on file; sunset tour at 7 PM, $75 per person",
                    "finance", first_name="Javier",
                ),
            ),
        ],
        questions=[
            Question(KAYAK, "How many kids does he have?", ("two children", "dos niños")),
            Question(KAYAK, "What are the children called?", ("lucas", "martina")),
            Question(KAYAK, "How old is the little girl?", ("martina (7)", "siete", "seven")),
            Question(KAYAK, "How much does Martina weigh?", ("veintidós kilos", "22 kilos", "22 kg")),
            Question(KAYAK, "Where is the family staying now?", ("peninsula road", "birch hollow"),
                     ("maple cove", "juddhaven")),
            Question(KAYAK, "What are they renting instead of the board?",
                     ("kayak individual", "single kayak")),
            Question(KAYAK, "What did the boy let slip into the water?", ("paddle", "remo")),
            Question(KAYAK, "How much was the replacement paddle?", ("$65", "sesenta y cinco")),
            Question(KAYAK, "When is the sunset tour?", _day(6, 5)),
            Question(KAYAK, "What time does the sunset paddle leave?",
                     ("7 pm", "siete de la tarde", "7:00 pm")),
            Question(KAYAK, "Who will mind the youngsters that evening?", ("their grandmother", "abuela")),
            Question(KAYAK, "Where is the family from?", ("valencia",)),
            Question(KAYAK, "Has his wife tried paddleboarding before?", ("albufera",)),
            Question(KAYAK, "What's the charge for bringing the boats to the cottage?",
                     ("40 dólares", "cuarenta dólares", "$40")),
            Question(KAYAK, "Which bird did they spot on the lake?", ("loon", "colimbo")),
            Question(KAYAK, "Who is joining him on the guided tour?", ("carmen",)),
            Question(KAYAK, "When did he ring about the lost paddle?", _day(6)),
            Question(KAYAK, "What's his email address?", ()),
            Question(KAYAK, "How much does his wife weigh?", ()),
            Question(KAYAK, "What size life jacket does Lucas need?", ()),
            Question(KAYAK, "When does the family fly back to Spain?", ()),
            Question(KAYAK, "What's the grandmother's name?", ()),
            Question(KAYAK, "What's the name of the island where the paddle went down?", ()),
        ],
    ),
    # A couple on one phone booking their son's party: the castle changed by the husband, the venue moved
    # by the wife, a side gate code at the first address, the grandmother's dog in the turns only.
    Caller(
        number="+14165551601",
        names=("Keisha", "Marcus"),
        calls=[
            Call(
                BOUNCY, 38, "en", "Bouncy castle for a sixth birthday",
                "The user, Keisha Bell, booked the Jungle Safari bounce-and-slide combo for her son Jayden's "
                "sixth birthday party on {+33}, for $289 including delivery and setup, and paid a $75 "
                "deposit. It will be set up in the backyard at 27 Birchmount Crescent, Scarborough; the crew "
                "will come in through the side gate.",
                [
                    ("Bounce Around Party Rentals, this is Tyler, how can I help?",
                     "Hi! Um, hi, I'm looking to book a bouncy castle for my son's birthday? He's turning "
                     "six."),
                    ("Happy early birthday to him! What's his name?",
                     "Jayden. He's obsessed, like, he's been counting down since Christmas."),
                    ("Ha, love it. And can I get your name?", "Keisha Bell. B-E-L-L."),
                    ("Thanks Keisha. Which unit were you looking at?",
                     "The, um, the Jungle Safari one? The combo with the slide?"),
                    ("Great pick. That's two eighty-nine including delivery and setup.",
                     "Okay, two eighty-nine, yeah, that's what the website said."),
                    ("And the date?",
                     "It's the Saturday, um, a little over a month from now. I put it in your online form."),
                    ("Got it, I see it. Where's it going?",
                     "Backyard. Twenty-seven Birchmount Crescent, in Scarborough."),
                    ("We need a flat area about twenty by twenty and an outlet within fifty feet.",
                     "Yeah, the yard's flat, and there's an outlet on the deck."),
                    ("How will our crew get into the backyard?",
                     "Through the side gate. It's got a keypad, the gate code is 6 0 3 8."),
                    ("Perfect. We take a seventy-five dollar deposit to hold the date.",
                     "Sure, I'll do it on the card now... okay, done."),
                ],
                analysis_items(
                    "Bouncy castle booking for birthday", "Deliver and set up the Jungle Safari combo",
                    "{+33}", "Son Jayden turning six; 27 Birchmount Crescent, Scarborough; $75 deposit paid; "
                    "crew uses the side gate", "none", first_name="Keisha",
                ),
            ),
            Call(
                BOUNCY, 22, "en", "Pirate Ship castle and cotton candy",
                "Marcus Bell, Keisha's husband, switched the booking for Jayden's party from the Jungle "
                "Safari combo to the Pirate Ship castle ($299) and added a cotton candy machine for $45.",
                [
                    ("Bounce Around Party Rentals, Tyler speaking.",
                     "Hey, yeah, it's Marcus Bell, my wife Keisha booked a castle for our son's party?"),
                    ("Hi Marcus! Yes, the Jungle Safari for Jayden.",
                     "Right, so, uh, slight problem. Jayden's changed his mind. He's all about pirates now. "
                     "Like, he talks like a pirate. Do you have a pirate one?"),
                    ("We do, the Pirate Ship, same footprint, it's two ninety-nine.",
                     "Ten bucks more, fine. Let's do the Pirate Ship."),
                    ("Done. Anything else?", "Yeah, can we add a cotton candy machine?"),
                    ("Sure, that's forty-five dollars, with enough sugar for about fifty cones.",
                     "Perfect. Arr. Sorry, he's got me doing it too."),
                    ("Ha! All updated.", "Cool. Thanks, man."),
                ],
                analysis_items(
                    "Castle change for Jayden's party", "", "", "Pirate Ship castle instead of Jungle Safari",
                    "none", first_name="Marcus",
                ),
            ),
            Call(
                BOUNCY, 4, "en", "Party moved to her mother's house",
                "Keisha Bell moved Jayden's party on {+9} to her mother's house at 112 Glenholme Avenue "
                "because their own backyard is flooded. The crew will set up by 10 AM, coming up the "
                "driveway; the party starts at 1 PM with about twenty children.",
                [
                    ("Bounce Around Party Rentals, Tyler speaking.",
                     "Hi Tyler, it's Keisha Bell, about Jayden's party next week."),
                    ("Hi Keisha! All good?",
                     "So, um, change of plan. Our backyard's a swamp, the sump pump died and the whole "
                     "lawn's flooded. So we're moving the party to my mom's place."),
                    ("Oh no! What's the address there?",
                     "It's one-twelve Glenholme Avenue. G-L-E-N-H-O-L-M-E. Near Oakwood."),
                    ("112 Glenholme. Is there a gate?",
                     "No gate, you just go up the driveway on the left side of the house. Oh, and my mom's "
                     "got a husky, Koda, she'll keep him in the basement, he jumps on everybody."),
                    ("Ha, noted. What time does the party start?",
                     "One o'clock, so if you could have it set up by ten in the morning that'd be amazing."),
                    ("We'll be there by nine thirty. How many kids are coming?",
                     "Uh, twenty? Twenty-ish. Jayden invited his whole class."),
                    ("With twenty kids we recommend an adult watching the castle the whole time.",
                     "Yeah, my brother Desmond's on castle duty. He volunteered. Sort of."),
                    ("Ha! All changed, see you next week.", "Thank you so much!"),
                ],
                {"first_name": "Keisha"},
            ),
        ],
        questions=[
            Question(BOUNCY, "Who is the party for?", ("jayden",)),
            Question(BOUNCY, "Which birthday is he celebrating?", ("sixth", "turning six", "6th")),
            Question(BOUNCY, "Which inflatable are they getting?", ("pirate ship",), ("jungle safari",)),
            Question(BOUNCY, "Where will the castle be set up?", ("glenholme",), ("birchmount",)),
            Question(BOUNCY, "When is Jayden's party?", _day(38, 33)),
            Question(BOUNCY, "What time does the party start?", ("1 pm", "one o'clock")),
            Question(BOUNCY, "By what time should setup be finished?", ("10 am", "ten in the morning")),
            Question(BOUNCY, "How much was the deposit?", ("$75", "seventy-five")),
            Question(BOUNCY, "What extra did they add to the order?", ("cotton candy",)),
            Question(BOUNCY, "How many guests under ten are expected?",
                     ("twenty children", "twenty kids", "twenty-ish", "20 children", "20 kids")),
            Question(BOUNCY, "What's the grandmother's dog called?", ("koda",)),
            Question(BOUNCY, "Who's supervising the castle during the party?", ("desmond",)),
            Question(BOUNCY, "Why did the venue change?", ("flooded", "sump pump")),
            Question(BOUNCY, "Why did they switch units?", ("changed his mind", "about pirates")),
            Question(BOUNCY, "How much is the new castle?", ("$299", "two ninety-nine")),
            Question(BOUNCY, "How does the crew get in at the new address?", ("driveway",)),
            Question(BOUNCY, "What's the gate code?", ()),
            Question(BOUNCY, "What's Keisha's email address?", ()),
            Question(BOUNCY, "What flavour is the birthday cake?", ()),
            Question(BOUNCY, "What's Keisha's mother's name?", ()),
            Question(BOUNCY, "How many adults are coming?", ()),
            Question(BOUNCY, "Does Jayden have any allergies?", ()),
            Question(BOUNCY, "What time does the party finish?", ()),
        ],
    ),
    # A mother of a toddler who rings the childminder and the cycle shop: her daughter's allergy, puffer and
    # fee subsidy are the childminder's alone; the days changed; the second childminder call's analysis
    # says "none"; the comfort toy and the new EpiPen in the turns only.
    Caller(
        number="+14165551602",
        names=("Nadia",),
        private_to={
            CHILDMIND: ("cashew", "epipen", "anaphylaxis", "asthma", "puffer", "allergy", "subsidy"),
        },
        calls=[
            Call(
                CHILDMIND, 50, "en", "Childcare place for Layla",
                "The user, Nadia Haddad, asked for a childcare place for her daughter Layla, aged two and a "
                "half, on Mondays, Wednesdays and Fridays, starting {+20}. Layla has a severe cashew allergy "
                "with an EpiPen Jr and a blue asthma puffer; Nadia will bring the allergy action plan from "
                "the doctor on the first day. Her husband Karim picks Layla up on Fridays.",
                [
                    ("Hi, you've reached Sunny Days Home Childcare, I'm Deborah's assistant. How can I help?",
                     "Hi, hi. I'm looking for a childcare spot for my daughter? A friend gave me Deborah's "
                     "name."),
                    ("Lovely. How old is your daughter?", "She's two and a half. Layla. L-A-Y-L-A."),
                    ("And your name?", "Nadia Haddad. Haddad with two Ds."),
                    ("Which days were you looking for?",
                     "Monday, Wednesday and Friday. I'm going back to work at the library, three days a "
                     "week."),
                    ("Deborah has space on those days from next month. Does Layla have any allergies or "
                     "medical needs?",
                     "Yes, um, that's the big one. She has a severe cashew allergy, like, anaphylaxis. She's "
                     "got an EpiPen Junior and we'll give you one to keep there. And she has a blue puffer "
                     "for her asthma, she only really needs it when she has a cold."),
                    ("Thank you. Deborah will need a copy of her allergy action plan from the doctor.",
                     "Of course, I'll bring it on the first day."),
                    ("And who'll be picking her up?",
                     "Me, usually, but on Fridays my husband Karim gets her."),
                    ("Anything else Deborah should know?",
                     "She naps around one, and she won't sleep without her bunny. It's a grey knitted rabbit "
                     "called Pompom. Pom-pom. Don't ever wash it, she'll know."),
                    ("Ha, noted! We'll see Layla next month.", "Thank you so much."),
                ],
                analysis_items(
                    "Childcare place for Layla", "Nadia to bring Layla's allergy action plan and EpiPen",
                    "{+20}", "Daughter Layla, 2.5 years; Mondays, Wednesdays and Fridays; severe cashew "
                    "allergy with EpiPen Jr; asthma puffer; husband Karim picks up on Fridays", "health",
                    first_name="Nadia",
                ),
            ),
            Call(
                CHILDMIND, 12, "en", "Change of childcare days",
                "Nadia Haddad asked to change Layla's days to Tuesdays and Thursdays from next month; Karim "
                "will pick her up on Thursdays. Nadia has applied for the city's childcare fee subsidy and "
                "needs a letter from Deborah confirming the place and the $62 daily rate; Deborah will email "
                "it by Friday.",
                [
                    ("Sunny Days Home Childcare, Deborah's assistant speaking.",
                     "Hi, it's Nadia, Layla's mom."),
                    ("Hi Nadia! How's Layla settling in?",
                     "Really well, she talks about Deborah all day. Um, two things. My shifts changed, so "
                     "could she come Tuesdays and Thursdays instead? Not Monday, Wednesday, Friday anymore."),
                    ("Let me check... yes, Tuesdays and Thursdays work from the first of next month.",
                     "Oh, amazing. Karim will still do one pickup, but it'll be Thursdays now."),
                    ("Noted. And the second thing?",
                     "The fees. It's sixty-two dollars a day, right? I've applied for the city's childcare "
                     "fee subsidy and they need a letter from Deborah confirming the place and the daily "
                     "rate."),
                    ("Sixty-two a day, yes. I'll ask Deborah to email the letter by Friday.",
                     "Thank you. Oh, and the EpiPen in her bag expired, so I put a new one in this morning. "
                     "The new one's good until March next year."),
                    ("Great, I'll let Deborah know.", "Thanks, bye!"),
                ],
                analysis_items(
                    "Change of childcare days", "Deborah to email a letter for Nadia's application", "",
                    "Tuesdays and Thursdays from next month; $62 a day", "none", first_name="Nadia",
                ),
            ),
            Call(
                CYCLES, 30, "en", "Cargo bike brakes squealing",
                "Nadia Haddad booked a full tune-up ($129) for her Urban Arrow electric cargo bike on {+3} "
                "because the hydraulic brakes squeal. She will leave it in the bike corral behind the shop "
                "before opening and drop the keys through the slot.",
                [
                    ("Spoke and Sprocket Cycle Repair, this is Andre.",
                     "Hi, um, I've got a cargo bike, like a box bike, and the brakes are making this "
                     "horrible squealing noise."),
                    ("What model is it?",
                     "It's an Urban Arrow. The electric one. I take my daughter to daycare in it, she sits "
                     "in the box."),
                    ("Nice rig. Those hydraulic brakes probably just need new pads and a bleed. Want to book "
                     "a tune-up?", "Yes please. Can I drop it off early? Like seven thirty?"),
                    ("We open at eight, but you can leave it in the bike corral out back and push the keys "
                     "through the slot in the door.", "Perfect."),
                    ("Name?", "Nadia Haddad. Two Ds."),
                    ("Three days from now works. The full tune-up is a hundred and twenty-nine.",
                     "Okay, that's fine. Thanks!"),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                CYCLES, 8, "en", "Motor error and rain tent",
                "Nadia said the brakes on her Urban Arrow are fixed but the motor display shows error E003 "
                "and the assist cuts out on hills; the agent thinks it is the speed sensor (about $85 "
                "fitted). She ordered the rain tent for the cargo box ($210), due in about a week, and will "
                "bring the bike in on {+4} in the morning.",
                [
                    ("Spoke and Sprocket, Andre speaking.",
                     "Hi Andre, Nadia Haddad, the Urban Arrow? The brakes are perfect now, thank you."),
                    ("Glad to hear it!",
                     "But now the motor display keeps showing an error, E, zero, zero, three, and it cuts "
                     "out going up hills. Like, right in the middle of Christie Street hill."),
                    ("That's usually the speed sensor. If it's the sensor it's about eighty-five dollars "
                     "fitted.", "Okay. And can you order a rain cover for the box? Winter's coming and my "
                     "daughter hates getting wet."),
                    ("We can order the Urban Arrow rain tent, it's two hundred and ten.",
                     "Ugh, pricey, but yes."),
                    ("It'll take about a week to come in. Can you bring the bike in four days from now, in "
                     "the morning?", "Yes, that works."),
                    ("See you then.", "Bye!"),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(CHILDMIND, "What's the child's name?", ("layla",)),
            Question(CHILDMIND, "What is Layla allergic to?", ("cashew",)),
            Question(CHILDMIND, "What emergency medicine does she carry?", ("epipen",)),
            Question(CHILDMIND, "Which days does Layla come?", ("tuesdays and thursdays", "tuesday"),
                     ("mondays, wednesdays", "monday, wednesday")),
            Question(CHILDMIND, "Which parent does one of the pickups?", ("karim",)),
            Question(CHILDMIND, "What's the name of her comfort toy?", ("pompom", "pom-pom")),
            Question(CHILDMIND, "When does Layla have her nap?", ("around one",)),
            Question(CHILDMIND, "What's the daily rate?", ("$62", "sixty-two")),
            Question(CHILDMIND, "What does Nadia need from Deborah?", ("letter",)),
            Question(CHILDMIND, "What is the letter for?", ("subsidy",)),
            Question(CHILDMIND, "When does the new EpiPen expire?", ("march next year",)),
            Question(CHILDMIND, "How old is the little one?", ("two and a half", "2.5")),
            Question(CHILDMIND, "When was Layla due to start?", _day(50, 20)),
            Question(CHILDMIND, "Does she use an inhaler?", ("puffer",)),
            Question(CHILDMIND, "Where does the mother work?", ("library",)),
            Question(CHILDMIND, "What's Karim's phone number?", ()),
            Question(CHILDMIND, "Who is Layla's doctor?", ()),
            Question(CHILDMIND, "When is Layla's birthday?", ()),
            Question(CHILDMIND, "How much subsidy will she get?", ()),
            Question(CHILDMIND, "What time do Nadia's new shifts start?", ()),
            Question(CYCLES, "What kind of bike does she ride?", ("urban arrow",)),
            Question(CYCLES, "What was wrong with the brakes?", ("squeal",)),
            Question(CYCLES, "What error does the display show?", ("e003", "zero, zero, three")),
            Question(CYCLES, "What's probably making the assist cut out?", ("speed sensor",)),
            Question(CYCLES, "What accessory did she order?", ("rain tent", "rain cover")),
            Question(CYCLES, "How much is the rain tent?", ("$210", "two hundred and ten")),
            Question(CYCLES, "Where can she leave the bike before opening?", ("corral",)),
            Question(CYCLES, "When is she bringing the bike back in?", _day(8, 4)),
            Question(CYCLES, "How much was the tune-up?", ("$129", "hundred and twenty-nine")),
            Question(CYCLES, "Which hill does it cut out on?", ("christie",)),
            Question(CYCLES, "Does her daughter have any allergies?", ()),
            Question(CYCLES, "Is her daughter on any medication?", ()),
            Question(CYCLES, "What's the bike's serial number?", ()),
            Question(CYCLES, "What size are the tyres?", ()),
            Question(CYCLES, "How old is the cargo bike?", ()),
        ],
    ),
    # A chatty grandfather: a long call whose middle holds three facts (the hawk, his hip, the brother); the
    # time moved for a swim meet, the analysis date left empty; the photo package priced by nobody.
    Caller(
        number="+14165551603",
        names=("Gordon",),
        calls=[
            Call(
                FALCON, 27, "en", "Hawk Walk for a granddaughter's birthday",
                "The user, Gordon MacLeod, booked the Hawk Walk experience for himself and his granddaughter "
                "Imogen, who turns twelve, on {+32} at 10 AM, for $190 for the two of them. They should wear "
                "sturdy boots. He asked for a reminder call the day before on this number rather than a "
                "text. Gordon chatted at length about his family and his years driving a streetcar.",
                long_call(
                    [
                        ("Hawkridge Falconry, Fiona speaking, how can I help?",
                         "Oh, hello there. Is this the place with the hawks? Up near Mono?"),
                        ("That's us! What can I do for you?",
                         "Well, it's my granddaughter's birthday coming up, and I'd like to, what do you "
                         "call it, book one of your experiences. The walking one."),
                        ("The Hawk Walk? Lovely. Can I take your name?",
                         "Gordon MacLeod. M-A-C, capital L, E-O-D. Like the clan."),
                        ("Thanks Gordon. And who's the experience for?",
                         "For Imogen, my granddaughter. She'll be twelve. And I'd go with her, if grandpas "
                         "are allowed."),
                        ("Grandpas are very welcome! The Hawk Walk is for two people and costs a hundred and "
                         "ninety dollars.",
                         "A hundred and ninety. Right you are. That's for the both of us?"),
                        ("For both of you, yes.", "Good, good. That's fair."),
                        ("Our first free weekend slot near her birthday is just over a month out, at ten in "
                         "the morning.", "Ten o'clock. I'll write it on the calendar in the kitchen."),
                        ("Wonderful.", "Now, hang on, there's a couple of things I wanted to say."),
                    ],
                    [
                        ("Mm-hm.",
                         "She's set her heart on one bird in particular. She saw it on your Instagram, a "
                         "Harris hawk called Juniper. Will Juniper be there?"),
                        ("Juniper's one of our regulars, I'll put a note in for her.",
                         "Oh, she'll be over the moon. And I should say, I had the new hip done in the "
                         "winter, so nothing too rough underfoot for me, if you can help it."),
                        ("We've a flat loop by the meadow, that'll suit you.",
                         "Grand. And her little brother Rory, he's eight, he'd come along to watch. No "
                         "charge for watching, I hope?"),
                        ("Spectators are free.", "Ha, good. He's a freeloader, that one, like his father."),
                    ],
                    [
                        ("So that's the Hawk Walk for two at ten a.m. Wear sturdy boots, the trails get "
                         "muddy.", "Boots. I'll tell her."),
                        ("Would you like a reminder text the day before?",
                         "A call, please, on this number. I'm no good with the texts."),
                        ("A reminder call it is. We'll see you and Imogen then.",
                         "Thank you, Fiona. You've been very patient with an old streetcar driver."),
                        ("Not at all! Bye for now.", "Cheerio."),
                    ],
                    acks=_FALCON_ACKS,
                    talk=_FALCON_TALK,
                    start=2,
                ),
                {"first_name": "Gordon"},
            ),
            Call(
                FALCON, 15, "en", "Hawk Walk moved to the afternoon",
                "Gordon MacLeod moved the Hawk Walk for his granddaughter Imogen from 10 AM to 2 PM on the "
                "same day, {+20}, because she has a swim meet in the morning.",
                [
                    ("Hawkridge Falconry, Fiona speaking.",
                     "Fiona, hello, it's Gordon MacLeod, the Hawk Walk for my granddaughter."),
                    ("Hi Gordon! What can I do for you?",
                     "Well, it turns out Imogen's got a swim meet that morning. Provincials, no less. So "
                     "could we go in the afternoon instead?"),
                    ("Let me see... I can move you to two o'clock the same day.",
                     "Two o'clock. Lovely, that's better all round."),
                    ("All changed. Anything else?", "How long does it last again, the walk?"),
                    ("About ninety minutes.", "Ninety minutes. Good. Cheerio, Fiona."),
                ],
                analysis_items(
                    "Hawk Walk time change", "Hawk Walk at 2 PM", "",
                    "Granddaughter Imogen; swim meet in the morning; the walk lasts about ninety minutes",
                    "none", first_name="Gordon",
                ),
            ),
            Call(
                FALCON, 3, "en", "Owl Encounter added",
                "Gordon MacLeod added the Owl Encounter ($35) after the Hawk Walk on {+2} at 2 PM. His "
                "daughter Claire will drive them; they should park in the gravel lot by the red barn and "
                "come to the cabin with the green door. The agent will call back with the price of the photo "
                "package.",
                [
                    ("Hawkridge Falconry, Fiona speaking.",
                     "Hello Fiona, Gordon MacLeod again. I won't keep you long this time, I promise."),
                    ("Ha, no problem at all!",
                     "Imogen's been reading up and now she's asking about the owls. Can we add on the owl "
                     "thing?"),
                    ("The Owl Encounter, yes. It's thirty-five dollars extra, twenty minutes with our barn "
                     "owl and our great horned owl after the walk.", "Go on, then. It's her birthday."),
                    ("Added. Do you need directions?",
                     "My daughter Claire's driving us, she's got the GPS on her phone. Where do we park?"),
                    ("In the gravel lot beside the red barn, then come to the cabin with the green door.",
                     "Red barn, green door. Got it."),
                    ("We also do a photo package, if you'd like pictures of Imogen with the birds.",
                     "Oh, that'd be nice. How much is that?"),
                    ("I'll check the current price and call you back on this number.", "Thank you, dear."),
                ],
                {"first_name": "Gordon"},
            ),
        ],
        questions=[
            Question(FALCON, "Which bird is Imogen hoping to fly?", ("juniper", "harris hawk")),
            Question(FALCON, "Is there anything about his mobility we should know?", ("hip",)),
            Question(FALCON, "Who else is tagging along to watch?", ("rory",)),
            Question(FALCON, "How old is the younger brother?", ("he's eight", "eight", "aged 8", "age 8")),
            Question(FALCON, "How old is Imogen turning?", ("twelve", "12")),
            Question(FALCON, "What time is the Hawk Walk?", ("2 pm", "two o'clock"),
                     ("10 am", "ten in the morning", "ten o'clock")),
            Question(FALCON, "When is the Hawk Walk?", _day(27, 32)),
            Question(FALCON, "Why was the time moved?", ("swim meet",)),
            Question(FALCON, "What add-on did he book?", ("owl encounter",)),
            Question(FALCON, "How much is the owl add-on?", ("$35", "thirty-five")),
            Question(FALCON, "What should they put on their feet?", ("boots",)),
            Question(FALCON, "Who is driving them there?", ("claire",)),
            Question(FALCON, "Where should they park?", ("red barn", "gravel lot")),
            Question(FALCON, "How does he prefer to be reminded?", ("reminder call", "rather than a text")),
            Question(FALCON, "How much does the experience cost?", ("$190", "hundred and ninety")),
            Question(FALCON, "What was his job?", ("streetcar",)),
            Question(FALCON, "How long does the walk last?", ("ninety minutes",)),
            Question(FALCON, "When did he call to add the owls?", _day(3)),
            Question(FALCON, "How much is the photo package?", ()),
            Question(FALCON, "What's Imogen's surname?", ()),
            Question(FALCON, "What's Claire's phone number?", ()),
            Question(FALCON, "Does Imogen have any allergies?", ()),
            Question(FALCON, "What's Gordon's date of birth?", ()),
            Question(FALCON, "What are the owls called?", ()),
        ],
    ),
    # A cafe owner: a long design call whose middle holds an alarm code and four facts (the bent spoon, the
    # landlord's proof, the painter, the window line); the background colour changed for the awning.
    Caller(
        number="+14165551604",
        names=("Tessa",),
        calls=[
            Call(
                SIGNS, 41, "en", "Hand-painted cafe sign enquiry",
                "The user, Tessa Lindqvist, is opening a café called The Crooked Spoon at 388 Roncesvalles "
                "Avenue and wants a hand-painted fascia sign, about sixteen feet wide. The agent will visit "
                "to measure on {+4} in the morning.",
                [
                    ("Fairlane Sign Writers, Ollie speaking.",
                     "Hi! Um, so I'm opening a café and I want a proper painted sign, like, old-school, not "
                     "vinyl."),
                    ("Love to hear it. What's the café called?",
                     "The Crooked Spoon. Like, crooked as in bent."),
                    ("Great name. And your name?",
                     "Tessa Lindqvist. Lindqvist is L-I-N-D-Q-V-I-S-T, no U, everyone puts a U."),
                    ("Where's the shop?",
                     "Three eighty-eight Roncesvalles Avenue. It used to be a phone repair place."),
                    ("How big's the fascia, roughly?",
                     "Um, sixteen feet wide? I sort of measured it from the sidewalk with a tape, so, "
                     "roughly."),
                    ("I'd like to come and measure properly. I can come four days from now, first thing.",
                     "Yes, please, I'm there every morning with the contractor."),
                    ("See you then, Tessa.", "Amazing, thank you!"),
                ],
                analysis_items(
                    "Hand-painted café sign enquiry", "Site visit to measure the fascia", "{+4}",
                    "Café The Crooked Spoon; hand-painted sign, not vinyl", "none", first_name="Tessa",
                ),
            ),
            Call(
                SIGNS, 30, "en", "Going through the shopfront sign design",
                "The user, Tessa Lindqvist, went through the design for The Crooked Spoon's fascia sign: a "
                "deep racing green background with 23-karat gold leaf serif lettering, a black drop shadow "
                "and a small spoon illustration after the name. The fascia measured 16 feet 2 inches wide. "
                "The quote is $3,200 plus HST, with a 40% deposit by e-transfer; painting starts {+33} and "
                "takes two to three days, weather permitting. Tessa chatted about the café and the "
                "neighbourhood.",
                long_call(
                    [
                        ("Fairlane Sign Writers, Ollie speaking.",
                         "Hi Ollie, it's Tessa, from The Crooked Spoon? You came to measure last week."),
                        ("Hi Tessa! Yes, I've got the sketches right here. Have you got a few minutes?",
                         "I have, like, twenty minutes before the plumber comes back. Go."),
                        ("So the fascia measured sixteen feet two inches wide.",
                         "Ha, so my tape wasn't far off."),
                        ("For the background, you wanted a deep green?",
                         "Yes, like a racing green. Dark, glossy."),
                        ("And the lettering in gold leaf, with a black drop shadow.",
                         "Gold leaf, yes. Real gold, right?"),
                        ("Real twenty-three karat, it lasts decades outside.", "Oh, I love that."),
                        ("And a classic serif with a bit of flourish on the capitals.",
                         "Yes, exactly like the sketch you sent, the second one."),
                        ("Great. And the little spoon illustration after the name.",
                         "Yes, the spoon. Okay, I've got a few notes about that actually."),
                    ],
                    [
                        ("Go ahead.",
                         "So the spoon has to bend to the left, not the right. It's my grandmother's spoon, "
                         "the one she stirred everything with, and it's bent to the left. It's literally the "
                         "reason for the name."),
                        ("Bent to the left, got it. That's a lovely story.",
                         "And before you start, my landlord, Mr. Petrakis, wants to see the final proof. "
                         "It's in the lease, anything on the front of the building."),
                        ("No problem, I'll send the proof to both of you.",
                         "And if your painter gets there before me, I'm usually in by seven, but if not, the "
                         "alarm code is 4 1 8 6, the panel's behind the counter. The back door key's with "
                         "the bakery across the road, they open at six."),
                        ("Thanks, I'll pass that on to Dina, she's our painter.",
                         "Oh, and can you also put 'Est. 2024' in small gold letters in the bottom corner of "
                         "the window?"),
                        ("Easy, we'll do that in the same gold.", "Amazing."),
                    ],
                    [
                        ("So the full quote, the fascia with twenty-three karat gold leaf, is three thousand "
                         "two hundred dollars plus HST.", "Thirty-two hundred. Okay. Okay. Yes."),
                        ("We need a forty percent deposit to order the gold.", "I'll e-transfer it tonight."),
                        ("Painting starts in a little under five weeks, and it takes two to three days "
                         "depending on the weather.", "Perfect."),
                        ("Wonderful. Talk soon, Tessa!", "Thanks Ollie, bye!"),
                    ],
                    acks=_SIGN_ACKS,
                    talk=_SIGN_TALK,
                    start=1,
                ),
                {"first_name": "Tessa"},
            ),
            Call(
                SIGNS, 9, "en", "Sign colour change and sandwich board",
                "Tessa Lindqvist changed the background colour of the fascia sign to oxblood to match the "
                "new awning, keeping the gold lettering, at no extra cost. She also ordered a matching "
                "double-sided A-frame sandwich board for $450. Painting still starts on {+12}.",
                [
                    ("Fairlane Sign Writers, Ollie speaking.",
                     "Ollie, hi, it's Tessa Lindqvist. Okay, don't hate me."),
                    ("Ha, never. What's up?",
                     "The awning came in. And it's red. Like, oxblood red. And it looks amazing, but it "
                     "totally fights with the green."),
                    ("Ah. So you'd like to change the background?",
                     "Yeah, can we go oxblood for the background, same as the awning, and keep the gold? "
                     "Gold on oxblood, I think it'll look really rich."),
                    ("That works beautifully with gold. No change in price since we haven't started.",
                     "Oh, thank god."),
                    ("Anything else?", "Yes! Can you do an A-frame sandwich board as well, for the sidewalk, "
                     "matching?"),
                    ("Sure, a double-sided A-frame is four hundred and fifty.", "Do it."),
                    ("We're still on for the start date, weather allowing.", "Great. See you then."),
                ],
                analysis_items(
                    "Sign colour change and sandwich board",
                    "Start painting the fascia; make the A-frame board",
                    "{+12}",
                    "Background now oxblood to match the awning; gold leaf lettering; A-frame sandwich "
                    "board $450", "none", first_name="Tessa",
                ),
            ),
        ],
        questions=[
            Question(SIGNS, "What's the café called?", ("crooked spoon",)),
            Question(SIGNS, "Where is the café?", ("388 roncesvalles", "roncesvalles")),
            Question(SIGNS, "What colour is the background of the sign?", ("oxblood",),
                     ("racing green", "deep green")),
            Question(SIGNS, "Who has to sign off the proof?", ("petrakis",)),
            Question(SIGNS, "Why must the spoon bend to the left?", ("grandmother's spoon",)),
            Question(SIGNS, "What small text goes on the window?", ("est. 2024",)),
            Question(SIGNS, "Who's doing the painting?", ("dina",)),
            Question(SIGNS, "Where can the painter pick up the back door key?", ("bakery",)),
            Question(SIGNS, "How wide is the fascia?", ("16 feet 2", "sixteen feet two"),
                     ("about sixteen feet",)),
            Question(SIGNS, "What's the quote for the fascia?",
                     ("3,200", "thirty-two hundred", "three thousand two hundred")),
            Question(SIGNS, "What gold are they using?", ("23-karat", "twenty-three karat")),
            Question(SIGNS, "When does the painting start?", _day(30, 33)),
            Question(SIGNS, "What else did she order?", ("sandwich board", "a-frame")),
            Question(SIGNS, "Why did she change the background?", ("awning",)),
            Question(SIGNS, "How much deposit is needed?", ("40%", "forty percent")),
            Question(SIGNS, "What kind of dog will be in the café?", ("greyhound",)),
            Question(SIGNS, "What was the unit before it was a café?", ("phone repair",)),
            Question(SIGNS, "What's the alarm code?", ()),
            Question(SIGNS, "When does the café open?", ()),
            Question(SIGNS, "What's the name of the typeface?", ()),
            Question(SIGNS, "What's her email?", ()),
            Question(SIGNS, "What's the landlord's phone number?", ()),
            Question(SIGNS, "How tall is the fascia?", ()),
        ],
    ),
    # An executor clearing her aunt's house: a long call whose middle holds a key safe code and three facts
    # (the clockmaker, the brooch kept back for a niece, the deadline); the code copied into the analysis,
    # the category "legal"; the clock's reserve lowered.
    Caller(
        number="+14165551605",
        names=("Lorraine",),
        calls=[
            Call(
                AUCTION, 48, "en", "Estate valuation at Glen Road",
                "The user, Lorraine Whitfield, is the executor of her late aunt Edith Cairns's estate at 61 "
                "Glen Road, Rosedale. She would like a Victorian longcase clock, about thirty Royal Doulton "
                "figurines, a painted Quebec pine armoire and some paintings valued. The valuer, Mr. Ashby, "
                "will visit on {+5} at 11 AM; the visit is free and the commission on consigned items is "
                "15%. Lorraine talked at length about her aunt.",
                long_call(
                    [
                        ("Hartwell and Finch Auctioneers, Margot speaking, how may I help?",
                         "Hello, yes, um, I'm calling about having some things valued. From an estate. My "
                         "aunt's estate."),
                        ("I'm very sorry for your loss. We can certainly help. May I take your name?",
                         "Lorraine Whitfield. Whitfield, W-H-I-T-F-I-E-L-D."),
                        ("Thank you, Lorraine. And your aunt's name?",
                         "Edith. Edith Cairns. She passed in the spring. I'm the executor."),
                        ("And where is the property?",
                         "Sixty-one Glen Road, in Rosedale. The big brick one with the green shutters."),
                        ("What sort of items are we talking about?",
                         "Well, there's a grandfather clock in the hall. A longcase, I think you call it. "
                         "Victorian, I'm told."),
                        ("Lovely. What else?",
                         "A set of Royal Doulton figurines, about thirty of them, the ladies in the big "
                         "dresses. And a pine armoire from Quebec, painted, in the back bedroom."),
                        ("And pictures?",
                         "A few paintings. One might be a Group of Seven, my aunt always said, but I think "
                         "she was dreaming."),
                        ("Ha, we'll take a careful look.", "Please. I have no idea what any of it's worth."),
                    ],
                    [
                        ("Right.",
                         "Oh, the clock. It's got a name painted on the face. Thos. Grimshaw, Liverpool. "
                         "T-H-O-S. I looked it up and couldn't find a thing."),
                        ("Grimshaw of Liverpool, that's helpful, I'll pass it to our clock specialist.",
                         "And the little jade brooch in her jewellery box, that's not for sale. It's going "
                         "to my niece, Poppy. Please don't let anyone bag it up."),
                        ("Understood, we'll leave the brooch.",
                         "And if I'm not there when your valuer comes, there's a key safe by the back door, "
                         "the code is 2 8 5 3."),
                        ("Thank you, I'll put that in the notes.",
                         "Oh, and the realtor says the house has to be completely empty by the end of "
                         "August, so there's a bit of a clock ticking. Ha. Sorry."),
                    ],
                    [
                        ("We'd like to send our valuer, Mr. Ashby, for a home visit. Five days from now, at "
                         "eleven?", "Eleven's fine. I'll try to be there."),
                        ("The visit itself is free. If you consign, our commission is fifteen percent.",
                         "Fifteen percent. Okay."),
                        ("He'll photograph everything and send you estimates within a week.",
                         "Thank you. You've been very kind. Sorry for going on."),
                        ("Not at all. Take care, Lorraine.", "Bye now."),
                    ],
                    acks=_ESTATE_ACKS,
                    talk=_ESTATE_TALK,
                    start=4,
                ),
                analysis_items(
                    "Estate valuation", "Valuer visit to 61 Glen Road", "{+5}",
                    "Executor of aunt Edith Cairns's estate; longcase clock; Royal Doulton figurines; Quebec "
                    "pine armoire; key safe code 2853", "legal", first_name="Lorraine",
                ),
            ),
            Call(
                AUCTION, 25, "en", "Clock and armoire consigned",
                "Lorraine Whitfield agreed to consign the longcase clock (estimate $4,000 to $6,000) and the "
                "Quebec armoire (estimate $1,800 to $2,500) to the Fine and Decorative Arts sale on {+29}, "
                "with a $3,500 reserve on the clock. The van will collect the items on {+6}; Lorraine will "
                "be there to let the movers in.",
                [
                    ("Hartwell and Finch, Margot speaking.",
                     "Hi Margot, Lorraine Whitfield, the Glen Road estate. I got Mr. Ashby's estimates."),
                    ("Wonderful. Any questions?",
                     "The clock, four to six thousand, that's more than I expected. And the armoire, "
                     "eighteen hundred to twenty-five hundred?"),
                    ("That's right. We'd put both in our Fine and Decorative Arts sale, four weeks from "
                     "tomorrow.", "Okay. Should we set a reserve on the clock? I don't want it going for "
                     "nothing."),
                    ("I'd recommend it. What figure?", "Thirty-five hundred?"),
                    ("Thirty-five hundred reserve, noted. Our van can collect everything in six days.",
                     "Fine. I'll be there to let them in."),
                ],
                {"first_name": "Lorraine"},
            ),
            Call(
                AUCTION, 7, "en", "Reserve lowered, figurines moved online",
                "Lorraine Whitfield lowered the reserve on the longcase clock from $3,500 to $3,000 and "
                "moved the Royal Doulton figurines into the online-only sale, which closes on {+21}. "
                "Proceeds are paid 35 days after each sale; she chose direct deposit and will email the "
                "estate account details.",
                [
                    ("Hartwell and Finch, Margot speaking.",
                     "Hi Margot, it's Lorraine Whitfield again. Two things, and then I'll leave you in "
                     "peace."),
                    ("Of course, go ahead.",
                     "The clock reserve. My brother thinks three and a half is too high and we'll end up "
                     "paying to store it. Can we drop it to three thousand?"),
                    ("Yes, I'll lower the reserve to three thousand.",
                     "Thank you. And the Doulton ladies, Mr. Ashby said they'd do better online?"),
                    ("Yes, figurines do well in our online-only sale. It closes three weeks from today.",
                     "Put them in that, then."),
                    ("Done. And just so you know, payment goes out thirty-five days after each sale, by "
                     "cheque or direct deposit.",
                     "Direct deposit, please. I'll email you the estate account details."),
                    ("Perfect. Take care, Lorraine.", "Thanks, Margot."),
                ],
                analysis_items(
                    "Reserve lowered and figurines moved online",
                    "Lorraine to email the estate account details",
                    "", "Clock reserve $3,000; figurines in the online sale; payment by direct deposit",
                    "finance", first_name="Lorraine",
                ),
            ),
        ],
        questions=[
            Question(AUCTION, "Whose estate is it?", ("edith",)),
            Question(AUCTION, "What's the property address?", ("61 glen road", "sixty-one glen road")),
            Question(AUCTION, "Whose name is on the clock dial?", ("grimshaw",)),
            Question(AUCTION, "Which piece of jewellery must stay out of the sale?", ("brooch",)),
            Question(AUCTION, "Who is the piece she's keeping going to?", ("poppy",)),
            Question(AUCTION, "By when must the house be emptied?", ("end of august",)),
            Question(AUCTION, "What's the reserve on the clock?", ("$3,000", "three thousand"),
                     ("$3,500", "thirty-five hundred", "three and a half")),
            Question(AUCTION, "What's the commission rate?", ("15%", "fifteen percent")),
            Question(AUCTION, "When is the Fine and Decorative Arts sale?", _day(25, 29)),
            Question(AUCTION, "What's the estimate for the armoire?", ("1,800", "eighteen hundred")),
            Question(AUCTION, "Where are the figurines being sold?", ("online-only",)),
            Question(AUCTION, "How long after a sale is she paid?", ("35 days", "thirty-five days")),
            Question(AUCTION, "How does she want the money sent?", ("direct deposit",)),
            Question(AUCTION, "Who did the valuation?", ("ashby",)),
            Question(AUCTION, "How many Doulton figures are there?", ("about thirty", "thirty of them")),
            Question(AUCTION, "Why did she lower the reserve?", ("my brother", "store it")),
            Question(AUCTION, "Where does the armoire come from?", ("quebec",)),
            Question(AUCTION, "When did she first phone about the estate?", _day(48)),
            Question(AUCTION, "What's the key safe code?", ()),
            Question(AUCTION, "What did her aunt die of?", ()),
            Question(AUCTION, "Who is handling the estate's legal work?", ()),
            Question(AUCTION, "Which Group of Seven painter is the painting by?", ()),
            Question(AUCTION, "What's her brother's name?", ()),
            Question(AUCTION, "How tall is the clock?", ()),
            Question(AUCTION, "What's the estimate for the Doulton figurines?", ()),
        ],
    ),
    # A French dealer bidding from abroad: the calls in French, the summaries in English and in French, the
    # questions in English; a phone bid turned into an absentee bid, the bid raised, the address moved.
    Caller(
        number="+33641655516",
        names=("Mathilde",),
        calls=[
            Call(
                AUCTION, 35, "fr", "Registration to bid on lot 212",
                "The user, Mathilde Roussel, an antiques dealer from Lyon, spoke French. She is interested "
                "in lot 212, a pair of Daum Nancy vases with a thistle decoration, and asked for a condition "
                "report with photos of the necks; the agent will email it by Friday. She will register to "
                "bid with her passport and a bank letter, and would like to bid by telephone in French.",
                [
                    ("Hartwell and Finch Auctioneers, Margot speaking, how may I help?",
                     "Bonjour, euh... do you speak French? Vous parlez français ?"),
                    ("Oui, je parle français. Comment puis-je vous aider ?",
                     "Ah, merveilleux. Je suis antiquaire à Lyon, je m'appelle Mathilde Roussel. R-O-U, deux "
                     "S, E-L."),
                    ("Enchantée, madame Roussel.",
                     "Alors, je regarde votre catalogue en ligne, la vente du mois prochain. Le lot deux "
                     "cent douze, la paire de vases Daum."),
                    ("Oui, les vases Daum Nancy, décor de chardons.",
                     "Voilà. Est-ce que je pourrais avoir un rapport d'état ? Des photos du col surtout, je "
                     "veux savoir s'il y a des égrenures."),
                    ("Bien sûr, je vous envoie le rapport d'état par e-mail d'ici vendredi.",
                     "Parfait. Et je voudrais m'enregistrer pour enchérir."),
                    ("Pour les enchérisseurs étrangers, il faut une pièce d'identité et une référence "
                     "bancaire.", "Je vous envoie mon passeport et une lettre de ma banque, le Crédit "
                     "Lyonnais."),
                    ("Merci. Vous enchérirez en ligne ou par téléphone ?",
                     "Par téléphone, de préférence en français, c'est plus sûr pour moi."),
                    ("Je m'en occuperai moi-même.", "Merci beaucoup, Margot. Au revoir."),
                ],
                analysis_items(
                    "Inscription pour enchérir, lot 212", "Envoyer le rapport d'état des vases Daum", "",
                    "Antiquaire à Lyon; lot 212, paire de vases Daum; enchères par téléphone en français",
                    "none", first_name="Mathilde",
                ),
            ),
            Call(
                AUCTION, 19, "fr", "Ordres d'achat et expédition",
                "L'utilisatrice, Mathilde Roussel, ne pourra pas enchérir par téléphone (elle sera au salon "
                "de Maastricht) et a laissé des ordres d'achat : 2 400 $ maximum pour le lot 212 (vases "
                "Daum) et 1 100 $ maximum pour le lot 87 (coupe Lalique Ondines). Les frais acheteur sont de "
                "22 %. Son transporteur, Transports Vernier, enlèvera les lots pour une livraison au 9 quai "
                "Saint-Vincent, à Lyon.",
                [
                    ("Hartwell and Finch, Margot speaking.",
                     "Bonjour Margot, c'est Mathilde Roussel, de Lyon."),
                    ("Bonjour madame Roussel ! Vous avez bien reçu le rapport ?",
                     "Oui, merci, les vases sont en très bon état, juste une petite usure de la dorure. "
                     "Mais finalement je ne pourrai pas être au téléphone le jour de la vente, je serai au "
                     "salon de Maastricht. Je préfère laisser un ordre d'achat."),
                    ("Très bien. Quel montant maximum pour le lot 212 ?",
                     "Deux mille quatre cents dollars. Pas plus."),
                    ("Deux mille quatre cents, noté. Autre chose ?",
                     "Oui, le lot quatre-vingt-sept, la coupe Lalique, Ondines. Mille cent dollars maximum."),
                    ("Mille cent pour le lot 87. Je vous rappelle que les frais acheteur sont de vingt-deux "
                     "pour cent.", "Oui, oui, je sais."),
                    ("Et pour l'expédition ?",
                     "Mon transporteur, Transports Vernier, viendra chercher les lots. Livraison à ma "
                     "boutique, 9 quai Saint-Vincent, à Lyon."),
                    ("Parfait, c'est noté.", "Merci, au revoir."),
                ],
                {"first_name": "Mathilde"},
            ),
            Call(
                AUCTION, 5, "fr", "Absentee bid raised and new delivery address",
                "Mathilde Roussel raised her absentee bid on lot 212, the Daum vases, to $2,900 because a "
                "client in Paris wants them. Purchases should now be delivered to her new gallery at 14 rue "
                "de Seine, Paris, instead of Lyon, still collected by Transports Vernier.",
                [
                    ("Hartwell and Finch, Margot speaking.",
                     "Bonjour Margot, Mathilde Roussel. Deux petites modifications."),
                    ("Bonjour ! Je vous écoute.",
                     "Pour les vases Daum, le lot 212, je monte mon ordre à deux mille neuf cents. Un client "
                     "à Paris les veut absolument."),
                    ("Deux mille neuf cents dollars, c'est modifié.",
                     "Et l'adresse de livraison change : tout va à ma nouvelle galerie à Paris, 14 rue de "
                     "Seine, dans le sixième. Plus à Lyon."),
                    ("14 rue de Seine, Paris. Toujours avec Transports Vernier ?", "Oui, toujours Vernier."),
                    ("Parfait, c'est noté.", "Merci, Margot. Bonne journée."),
                ],
                {"first_name": "Mathilde"},
            ),
        ],
        questions=[
            Question(AUCTION, "Which lot did she first ask about?", ("212",)),
            Question(AUCTION, "What is in lot 212?", ("daum",)),
            Question(AUCTION, "What's her top bid on the vases?", ("2,900", "2 900", "deux mille neuf cents"),
                     ("2,400", "2 400", "deux mille quatre cents")),
            Question(AUCTION, "Which other lot is she bidding on?", ("lalique", "lot 87")),
            Question(AUCTION, "What's her limit on the bowl?", ("1,100", "1 100", "mille cent")),
            Question(AUCTION, "Who is her shipper?", ("vernier",)),
            Question(AUCTION, "Where should her purchases be delivered?", ("rue de seine",),
                     ("saint-vincent",)),
            Question(AUCTION, "What's the buyer's premium?", ("22 %", "22%", "vingt-deux")),
            Question(AUCTION, "Why can't she bid live on the phone?", ("maastricht",)),
            Question(AUCTION, "What did she want checked on the vases?",
                     ("égrenures", "necks", "condition report", "rapport d'état")),
            Question(AUCTION, "Which bank gave her reference?", ("crédit lyonnais", "credit lyonnais")),
            Question(AUCTION, "What's the decoration on the vases?", ("thistle", "chardons")),
            Question(AUCTION, "Why did she raise her bid?", ("client in paris", "client à paris")),
            Question(AUCTION, "What does she do for a living?", ("antiques dealer", "antiquaire")),
            Question(AUCTION, "What condition were the vases in?", ("très bon état", "usure de la dorure")),
            Question(AUCTION, "What's her passport number?", ()),
            Question(AUCTION, "What's the estimate on lot 87?", ()),
            Question(AUCTION, "What's her email address?", ()),
            Question(AUCTION, "What's the name of her Paris client?", ()),
            Question(AUCTION, "When is the Maastricht fair?", ()),
        ],
    ),
    # A groom: the party grown by a brother, the suits changed from charcoal to navy "because the bride
    # changed her mind", his own waist let out; the brother's arrival said in the turns only.
    Caller(
        number="+14165551606",
        names=("Owen",),
        calls=[
            Call(
                SUITS, 39, "en", "Wedding suit hire",
                "The user, Owen Fraser, is getting married at the Elora Mill and wants charcoal three-piece "
                "suits for himself and four groomsmen (five suits). His measurements are chest 42, waist 34, "
                "inseam 32. His fitting is on {+20}; the groomsmen should come in the same week or send "
                "their measurements.",
                [
                    ("Kingsway Formal Hire, Devon speaking, how can I help?",
                     "Hey, hi. So, uh, I'm getting married and I need to, um, sort out suits. For me and the "
                     "groomsmen."),
                    ("Congratulations! Can I get your name?", "Owen Fraser. F-R-A-S-E-R."),
                    ("When and where's the wedding, Owen?",
                     "It's at the Elora Mill, in about six weeks. Outdoor ceremony, if the weather plays "
                     "nice."),
                    ("Beautiful spot. How many in the party?", "Me plus four groomsmen. So five suits."),
                    ("What style are you thinking?",
                     "Charcoal, three-piece. My fiancée was very, very clear. Charcoal."),
                    ("Charcoal three-piece is one of our most popular. Do you know your measurements?",
                     "Uh, yeah, I got measured at Moores once. Chest forty-two, waist thirty-four, inseam "
                     "thirty-two."),
                    ("Great, we'll confirm at the fitting. Can you come in three weeks from today?",
                     "Yeah, that works for me."),
                    ("Perfect. Ask the groomsmen to come in the same week or send their measurements.",
                     "Will do. They're hopeless, but I'll try."),
                ],
                analysis_items(
                    "Wedding suit hire", "Owen's fitting", "{+20}",
                    "Charcoal three-piece suits; five suits; Owen chest 42, waist 34",
                    "none", first_name="Owen",
                ),
            ),
            Call(
                SUITS, 28, "en", "Brother added as groomsman",
                "Owen Fraser added his brother Fergus, who is flying in from Halifax, as a fifth groomsman, "
                "so six suits in total. Fergus is a 46 long; he will come in for a same-day fitting when he "
                "arrives.",
                [
                    ("Kingsway Formal Hire, Devon speaking.", "Hey Devon, it's Owen Fraser, the Elora Mill "
                     "wedding."),
                    ("Hi Owen! What can I do for you?",
                     "So my brother Fergus is flying in from Halifax and, long story, he's going to be a "
                     "groomsman too. So it's five groomsmen now. Six suits total."),
                    ("No problem. Has Fergus got measurements?",
                     "He texted me. Chest forty-six, and he says he's a long, he's like six four."),
                    ("Forty-six long, got it. We'll need him in for a quick fitting when he lands.",
                     "He lands the Wednesday before the wedding. Is that too late?"),
                    ("That's fine, we'll do a same-day adjustment.", "Amazing, thanks."),
                ],
                {"first_name": "Owen"},
            ),
            Call(
                SUITS, 14, "en", "Suits changed to navy",
                "Owen Fraser changed all six suits from charcoal to navy three-piece because his fiancée "
                "Sarah changed her mind, and added dusty rose silk ties with matching pocket squares. His "
                "trousers are to be hemmed as pinned at his fitting.",
                [
                    ("Kingsway Formal Hire, Devon speaking.",
                     "Devon, hi, Owen Fraser. So, um, okay, don't laugh."),
                    ("Ha, I won't. What's up?",
                     "Sarah's changed her mind on the colour. She saw the bridesmaid dresses next to the "
                     "charcoal and said it looks like a funeral. So it's navy now. Navy three-piece for "
                     "everyone."),
                    ("Navy's no problem, we've got all six sizes in navy.",
                     "Oh, thank god. And ties, she wants dusty rose. Silk."),
                    ("Dusty rose silk ties, and matching pocket squares?",
                     "Yes, pocket squares too, same colour."),
                    ("How was the fitting, by the way?",
                     "Yeah, the jacket was great. The trousers were a touch long, the tailor pinned them."),
                    ("I'll make sure the navy ones are hemmed the same.", "Perfect."),
                ],
                {"first_name": "Owen"},
            ),
            Call(
                SUITS, 2, "en", "Final suit details and pickup",
                "Owen Fraser changed his trouser waist to 36. The six navy suits can be picked up on {+3} "
                "from 2 PM and must be returned by noon on the Monday after the wedding on {+5}. He added "
                "the damage waiver at $15 per suit for all six.",
                [
                    ("Kingsway Formal Hire, Devon speaking.",
                     "Hey Devon, Owen Fraser. Final details, I promise."),
                    ("Ha, go for it.",
                     "So, uh, embarrassing, but the pre-wedding diet did not go great. Can you switch my "
                     "trousers to a thirty-six waist? Not thirty-four."),
                    ("Thirty-six waist, no judgment, it happens all the time.", "Ha. Thanks."),
                    ("Pickup is in three days, from two p.m. And everything comes back by noon on the Monday "
                     "after the wedding.", "Three days, from two. Noon Monday. Got it."),
                    ("We also recommend the damage waiver, fifteen dollars a suit.",
                     "Yeah, add it for all six. Have you met my groomsmen?"),
                    ("Ha! Done. Congratulations again.", "Thanks, man."),
                ],
                {"first_name": "Owen"},
            ),
        ],
        questions=[
            Question(SUITS, "How many groomsmen are there?", ("five groomsmen", "fifth groomsman"),
                     ("four groomsmen",)),
            Question(SUITS, "How many suits in total?", ("six suits", "all six"), ("five suits",)),
            Question(SUITS, "What colour are the suits?", ("navy",), ("charcoal",)),
            Question(SUITS, "What colour are the ties?", ("dusty rose",)),
            Question(SUITS, "What's Owen's waist size?", ("36", "thirty-six"), ("34", "thirty-four")),
            Question(SUITS, "What's his inseam?", ("32", "thirty-two")),
            Question(SUITS, "What's his chest measurement?", ("42", "forty-two")),
            Question(SUITS, "Where's the wedding?", ("elora mill",)),
            Question(SUITS, "Who is flying in for the wedding?", ("fergus",)),
            Question(SUITS, "Where is the brother travelling from?", ("halifax",)),
            Question(SUITS, "What size jacket does Fergus take?", ("46 long", "forty-six long")),
            Question(SUITS, "When does Fergus land?", ("wednesday before",)),
            Question(SUITS, "When is the pickup?", _day(2, 3)),
            Question(SUITS, "From what time can they collect the suits?", ("2 pm", "from two")),
            Question(SUITS, "When do the suits have to come back?", ("noon on the monday", "noon monday")),
            Question(SUITS, "How much is the damage waiver?", ("$15", "fifteen dollars")),
            Question(SUITS, "Who is he marrying?", ("sarah",)),
            Question(SUITS, "Why did the colour change?", ("funeral", "changed her mind")),
            Question(SUITS, "What happened with his trousers at the fitting?", ("pinned",)),
            Question(SUITS, "When was his fitting?", _day(39, 20)),
            Question(SUITS, "Where was he measured before?", ("moores",)),
            Question(SUITS, "When is the wedding?", _day(2, 5)),
            Question(SUITS, "What shoe size does Owen wear?", ()),
            Question(SUITS, "What's Fergus's waist size?", ()),
            Question(SUITS, "What's Sarah's phone number?", ()),
            Question(SUITS, "Who is the best man?", ()),
            Question(SUITS, "What's the total cost of the hire?", ()),
            Question(SUITS, "What's Fergus's flight number?", ()),
        ],
    ),
    # A delivery rider: a lockbox code copied into the analysis, the tyres widened, an address moved, a
    # payment plan the analysis calls "finance".
    Caller(
        number="+14165551607",
        names=("Farouk",),
        calls=[
            Call(
                CYCLES, 36, "en", "Broken rear wheel pickup",
                "The user, Farouk Aziz, a food delivery rider, has a Surly Long Haul Trucker with two "
                "snapped spokes on the rear wheel. The shop will collect it from the storage room at 55 "
                "Spadina Avenue on {+1} in the morning for a $20 pickup fee, using the lockbox by the side "
                "entrance.",
                [
                    ("Spoke and Sprocket Cycle Repair, this is Andre.",
                     "Yo, hey, uh, my buddy said you guys are the best. My bike's wrecked."),
                    ("Sorry to hear that. What's going on with it?",
                     "Rear wheel's toast, man. Two spokes snapped and it's wobbling like crazy. I do food "
                     "delivery, so no bike, no money, you know?"),
                    ("Ouch. What's the bike?", "Surly Long Haul Trucker. Orange. Steel frame, it's a tank."),
                    ("And your name?", "Farouk Aziz. F-A-R-O-U-K."),
                    ("Can you bring it in?",
                     "That's the thing, I can't ride it. Can you pick it up? I'm at fifty-five Spadina, the "
                     "apartment building, the bike's in the storage room downstairs."),
                    ("We do pickups for twenty dollars. How do we get in?",
                     "There's a lockbox on the railing by the side entrance, the lockbox code is 3 0 6 2, "
                     "the storage room key's inside. Bike's the orange one, can't miss it."),
                    ("Got it. We can grab it tomorrow morning.", "You're a lifesaver."),
                ],
                analysis_items(
                    "Broken rear wheel pickup", "Collect the Surly from 55 Spadina", "{+1}",
                    "Food delivery rider; Surly Long Haul Trucker, orange; lockbox code 3062 by the side "
                    "entrance", "none", first_name="Farouk",
                ),
            ),
            Call(
                CYCLES, 33, "en", "New rear wheel and tyres",
                "Farouk approved a new rear wheel built on a DT Swiss rim with a Shimano hub ($140 plus $35 "
                "labour) and new 40 mm Schwalbe Marathon tires on both wheels ($60 each). The bike will be "
                "ready on {+2}.",
                [
                    ("Spoke and Sprocket, Andre speaking.", "Andre, it's Farouk. So what's the verdict?"),
                    ("The rim's cracked, so it's a new rear wheel. We'd build it on a DT Swiss rim with a "
                     "Shimano hub, a hundred and forty for the wheel plus thirty-five labour.",
                     "Hundred seventy-five all in? Okay. Do it."),
                    ("While we're at it, your tires are worn through. You're on thirty-five millimetre now.",
                     "Yeah, put forties on. Wider. The streetcar tracks on King keep eating my front wheel."),
                    ("Forty mil Schwalbe Marathons, sixty each.", "Both wheels, yeah."),
                    ("It'll be ready in two days.",
                     "Sweet. I'll pick it up myself, I'll borrow my cousin's bike to get there."),
                ],
                {"first_name": "Farouk"},
            ),
            Call(
                CYCLES, 5, "en", "Dynamo lights and new address",
                "Farouk wants dynamo lights front and back for night delivery shifts; a new front wheel with "
                "a dynamo hub and the lights comes to about $310, and he will pay half now and half next "
                "week. He brings the bike in on {+2} at 9 AM. He has moved to 480 Dovercourt Road, unit 3.",
                [
                    ("Spoke and Sprocket, Andre speaking.",
                     "Andre! Farouk. Bike's been flying, man, those tires are sick."),
                    ("Ha, glad to hear it. What's up?",
                     "I want dynamo lights, front and back. I'm doing night shifts now, till two a.m., and "
                     "the battery ones keep dying on me."),
                    ("A dynamo hub means a new front wheel. Around three hundred and ten with the lights.",
                     "Oof. Okay, but can I pay half now and half next week? Payday's Friday."),
                    ("We can do that.",
                     "And, uh, I moved. I'm at four-eighty Dovercourt Road now, unit three, so if you ever "
                     "need to pick up, it's there. No lockbox anymore, just ring the bell."),
                    ("Noted. When do you want to bring it in?", "Day after tomorrow? Morning?"),
                    ("Day after tomorrow at nine.", "Perfect."),
                ],
                analysis_items(
                    "Dynamo lights", "Fit dynamo hub and lights", "{+2}",
                    "Moved to 480 Dovercourt Road, unit 3; paying in two halves", "finance",
                    first_name="Farouk",
                ),
            ),
        ],
        questions=[
            Question(CYCLES, "What bike does he ride?", ("long haul trucker", "surly")),
            Question(CYCLES, "What colour is his bike?", ("orange",)),
            Question(CYCLES, "What happened to the rear wheel?", ("spokes", "snapped")),
            Question(CYCLES, "What rim is the new wheel built on?", ("dt swiss",)),
            Question(CYCLES, "What width tyres does he run now?", ("40 mm", "forties", "forty mil"),
                     ("35 mm", "thirty-five millimetre")),
            Question(CYCLES, "Which tyres did he get?", ("schwalbe", "marathon")),
            Question(CYCLES, "Why does he want wider tyres?", ("streetcar tracks",)),
            Question(CYCLES, "What does he do for work?", ("food delivery",)),
            Question(CYCLES, "Where does he live?", ("dovercourt",), ("spadina",)),
            Question(CYCLES, "How is he paying for the lights?", ("half now", "two halves")),
            Question(CYCLES, "What's the quote for the dynamo setup?", ("$310", "three hundred and ten")),
            Question(CYCLES, "When is he bringing the bike in?", _day(5, 2)),
            Question(CYCLES, "What time's the drop-off?", ("9 am", "at nine")),
            Question(CYCLES, "When does he get paid?", ("friday",)),
            Question(CYCLES, "How late does he work?", ("two a.m", "2 a.m")),
            Question(CYCLES, "How much was the pickup fee?", ("$20", "twenty dollars")),
            Question(CYCLES, "What does the wheel cost?", ("$140", "hundred and forty")),
            Question(CYCLES, "When did he first call about the broken wheel?", _day(36)),
            Question(CYCLES, "What's the lockbox code?", ()),
            Question(CYCLES, "What's his cousin's name?", ()),
            Question(CYCLES, "Which delivery app does he work for?", ()),
            Question(CYCLES, "What brand of lights is he getting?", ()),
            Question(CYCLES, "What's his email?", ()),
            Question(CYCLES, "What's the buzzer number at his new place?", ()),
        ],
    ),
]  # fmt: skip
