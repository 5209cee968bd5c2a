"""A held-out memory set: callers of eight utilities and home-energy firms, as ElevenLabs would report them.

An electricity supplier's customer line, a broadband provider, a water company, a mobile phone network, a
council tax office, a heating-oil delivery firm, a solar panel installer and a smart-meter installer. Nine
callers, 29 calls: a Spanish caller of the mobile network and a French caller of the water company asked
about in English, a farming couple sharing one phone, a caller of the electricity supplier and the solar
installer whose home dialysis is the supplier's alone, three calls of 84 exchanges whose middle holds facts
no summary or analysis item repeats, corrections said plainly and in passing ("we've upped it to a hundred
and ten"), a move-in date, an engineer's visit and an installation moved, access codes for a padlock, a
key safe, an alarm and a mobile account PIN that no answer may give, and about half of the calls with the
post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong or "none" for
arrears, a code copied into the facts, a value left in the call's language, a date left empty), the
others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

POWER = "agent_utilities_power_00000000000271"
BROADBAND = "agent_utilities_fibre_00000000000272"
WATER = "agent_utilities_water_00000000000273"
MOBILE = "agent_utilities_mobile_0000000000274"
COUNCIL = "agent_utilities_counciltax_000000275"
OIL = "agent_utilities_oil_0000000000000276"
SOLAR = "agent_utilities_solar_00000000000277"
METER = "agent_utilities_meter_00000000000278"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_OIL_ACKS = [
    "Oh yes?", "Ha, I bet.", "Right.", "Mm.", "Is that so?", "Go on.", "Oh dear.", "Ha!",
    "Fair enough.", "I know.", "Sure.", "Lovely.",
]  # fmt: skip
_OIL_TALK = [
    "We've been out here forty-odd years, you know. My father farmed it before me.",
    "It's mostly sheep now. We gave up the dairy herd back in ninety-eight.",
    "Milk price went through the floor, you couldn't make it pay.",
    "Yes.",
    "The winters aren't what they were, mind. We used to be snowed in for a week.",
    "Last year we barely had a frost till January.",
    "Mind you, the wind. The wind's worse. Had half the barn roof off in February.",
    "Mm.",
    "Are you one of the local lot or are you in a call centre somewhere?",
    "Oh, Haddon Cross? I know it. My cousin had the garage there.",
    "Small world, isn't it.",
    "Ha, yes.",
    "Lambing starts in March, so I'm glad to have the oil sorted before then.",
    "You can't be fiddling with a cold boiler at three in the morning with a ewe in trouble.",
    "Ruth does the books, I just do what I'm told.",
    "Right.",
    "We had a chap from the council round about the footpath last week.",
    "Walkers leaving the gates open, same old story.",
    "I don't mind the walkers, it's the gates.",
    "Anyway.",
    "The grandchildren were over at the weekend, wanted to bottle-feed the orphan lambs.",
    "There aren't any orphan lambs in November, I said. They were ever so disappointed.",
    "Ha, no.",
    "Do you get many farms on your books? I expect it's all houses now.",
    "The price of everything, though. Feed, diesel, the lot.",
    "I remember when oil was twelve pence a litre. Twelve pence!",
    "I know, I know, I sound like my father.",
    "Mm-hm.",
    "Sorry, the kettle. Hang on.",
    "That's better.",
    "Ruth says I talk too much on the phone. She's probably right.",
    "Go on, then.",
    "The lane's been terrible since the council resurfaced it, if you can believe that.",
    "Potholes you could lose a lamb in.",
    "Right.",
    "We had the vet out on Tuesday for one of the rams. Lame again.",
    "He's an old boy, that ram. Like me.",
    "Ha, yes.",
    "Where was I. Oh yes, the oil.",
    "Yes, yes.",
    "Quite right.",
    "I'm still here.",
    "Oh, lovely.",
    "Right you are.",
    "Go on.",
    "Mm.",
    "Yes.",
    "Indeed.",
    "That's it.",
    "Fair do's.",
]
_FIBRE_ACKS = [
    "Mm-hm.", "Oh, that's nice.", "Really?", "Ha, I can imagine.", "Of course.", "Not at all!",
    "Right.", "Oh wow.", "Yes.", "I understand.", "Aw.", "Ha!",
]  # fmt: skip
_FIBRE_TALK = [
    "I'm eighty-one, you know. My son says I'm the only one my age on the internet.",
    "That's not true, the whole bridge club is on the Facebook now.",
    "I was an electrician, forty years, so I'm not frightened of a few wires.",
    "But this fibre business, I'll be honest with you, it's beyond me.",
    "Oh yes.",
    "My wife, Joan, she passed three years ago, she was the one for computers.",
    "She did all the bills online. I had to learn the lot.",
    "Mm.",
    "The weather's been dreadful, hasn't it? The garden's a swamp.",
    "I've got dahlias that need lifting and I can't get on the beds.",
    "Do you garden at all, love?",
    "Ha, no, I suppose not, with a job like yours.",
    "Right.",
    "The bridge club meets Thursdays, in the church hall.",
    "I partner a lady called Beryl. She's ninety, sharp as a tack.",
    "She says I overbid. I say she underbids.",
    "Ha, yes.",
    "Sorry, love, I do ramble.",
    "The television's on the internet as well now, isn't it? Everything is.",
    "I only watch the snooker and the news really.",
    "And the quiz shows. I'm good on the history questions.",
    "Yes.",
    "My son set up the tablet for me. Showed me the little camera.",
    "I can't always find the button to answer, mind.",
    "Have you got grandchildren? No, you sound far too young.",
    "Mm-hm.",
    "The postman's just been. More leaflets. Nothing but leaflets.",
    "Where was I?",
    "Oh yes, the internet.",
    "It's always in the evening, you see. Never in the day.",
    "I've tried switching it off and on, like the man said. Twice.",
    "Right.",
    "I don't want to be a nuisance.",
    "You're very patient, love.",
    "Ha, I bet you get all sorts.",
    "Yes, yes.",
    "Go on, I'm listening.",
    "Hang on, let me find my glasses.",
    "That's better, I can see the lights now.",
    "Yes, the lights are green. Two green ones and a flashing one.",
    "Oh, it's stopped flashing. No, it's started again.",
    "Mm.",
    "Right you are.",
    "Quite.",
    "Oh, lovely.",
    "Yes.",
    "I'm still here, love.",
    "Go on.",
    "Of course.",
    "Righto.",
]
_SOLAR_ACKS = [
    "Mm-hm.", "Oh, nice.", "Ha, totally.", "Right.", "Yeah.", "That makes sense.", "Sure.",
    "Oh, for sure.", "Ha!", "I hear you.", "Good point.", "Okay.",
]  # fmt: skip
_SOLAR_TALK = [
    "I'm a structural engineer, so I do actually read the datasheets. Sorry in advance.",
    "Our electricity bill last winter was, honestly, obscene.",
    "My wife keeps the thermostat at twenty-three. I keep turning it down. It's a war.",
    "Yeah.",
    "I've been reading forums at two in the morning about inverters. It's not healthy.",
    "Everyone on there has an opinion and they all disagree.",
    "Ha, exactly.",
    "I cycle to work most days, so the car mostly sits on the drive.",
    "Except when it rains. Which is always.",
    "Mm.",
    "We've got an allotment down by the river, I grow far too many courgettes.",
    "Do you want courgettes? Everyone at work is sick of them.",
    "Ha, no, I'm joking.",
    "My dad back in Gdańsk thinks solar is a fad. He says the sun doesn't shine in England.",
    "He's not completely wrong.",
    "Right.",
    "The kids think we're going to be off grid, like, living in a yurt.",
    "I told them we still need the grid. They were very disappointed.",
    "Okay.",
    "I did a spreadsheet. Obviously I did a spreadsheet.",
    "Payback period, all that. It's about eight or nine years by my sums.",
    "Does that sound about right to you?",
    "Yeah, that's what I thought.",
    "Sorry, the dog wants to go out. Hang on.",
    "Okay, I'm back.",
    "Mm-hm.",
    "The house was built in the thirties, it's solid walls, no cavity.",
    "We did the loft insulation last year, three hundred mil.",
    "That made a real difference actually.",
    "Right.",
    "Our neighbours got panels two years ago, they're always bragging on the group chat.",
    "Screenshots of their export every sunny day. It's unbearable.",
    "Ha, yes.",
    "Anyway, I want to beat them.",
    "I'm kidding. Mostly.",
    "Sure.",
    "Is the install noisy? My wife works from home.",
    "Okay, two days, that's fine.",
    "Right, sorry, where were we.",
    "Yeah, go on.",
    "Mm.",
    "Okay.",
    "Yeah, yeah.",
    "Got it.",
    "Sure thing.",
    "Right.",
    "Makes sense.",
    "Ha, yes.",
    "Okay, cool.",
    "Yep.",
]


HELDOUT_UTILITIES: list[Caller] = [
    # A farming couple on one phone: a long first order whose middle holds a padlock combination and four
    # facts; a budget plan raised in passing ("we've upped it to a hundred and ten"); the route changed.
    Caller(
        number="+16475551001",
        names=("Colin", "Ruth"),
        calls=[
            Call(
                OIL, 64, "en", "Heating oil order for Lower Farm Cottage",
                "The user, Colin Ashby, ordered 900 litres of kerosene for Lower Farm Cottage, Pinfold Lane, "
                "Little Haddon, at 68.4p a litre, to be delivered on {+5}. The tank is a 1,200-litre bunded "
                "tank. He will pay by card when the driver rings on the day. Colin chatted at length about "
                "the farm, the weather and lambing.",
                long_call(
                    [
                        ("Fenwick Fuels, good morning, you're through to Lisa.",
                         "Morning, morning. Is that the oil? I want to order some oil."),
                        ("It is, yes. Can I take your name?",
                         "Ashby. Colin Ashby. A-S-H-B-Y. We've had oil off you before, years back, mind."),
                        ("Thanks, Colin. And the delivery address?",
                         "Lower Farm Cottage, Pinfold Lane, Little Haddon. It's the farm at the bottom, "
                         "past the chapel."),
                        ("Lovely. Is it the standard kerosene you need?",
                         "Kerosene, yes, the ordinary stuff. Not the, er, the premium, we don't need that."),
                        ("And how much are you after?",
                         "Nine hundred litres, I reckon. That should see us through to, well, February-ish."),
                        ("How big is the tank, do you know?",
                         "Twelve hundred litres. It's the bunded one, the green plastic one, we put it in "
                         "when the old steel one rusted through."),
                        ("Perfect. Today's price is sixty-eight point four pence a litre.",
                         "Sixty-eight point four. Hmm. Well, it is what it is."),
                        ("It's gone up a bit this month, I'm afraid.",
                         "Everything has, love. Everything has."),
                    ],
                    [
                        ("Okay.",
                         "Now, for your driver. The tank's not by the house, it's round behind the old "
                         "dairy, about thirty metres from the lane, so he'll want the long hose."),
                        ("I'll put that on the ticket.",
                         "And the yard gate's got a padlock on it, the sheep, you see. The padlock "
                         "combination is 5 8 3 6. Just shut it behind him."),
                        ("Noted.",
                         "Oh, and the cattle grid at the entrance, it's broken on the left-hand side. Tell "
                         "him to keep his wheels to the right or he'll be in it."),
                        ("Will do.",
                         "The boiler's a Grant Vortex, if that matters. Serviced in September, a chap called "
                         "Len Hargreaves does it."),
                        ("That's fine.",
                         "And the dog, Moss, she's a collie, she'll bark her head off but she's soft as "
                         "butter."),
                    ],
                    [
                        ("So that's nine hundred litres of kerosene. We can deliver in five days.",
                         "Five days. Grand."),
                        ("How would you like to pay?",
                         "Card. Can the driver ring me when he's here and I'll read the card out?"),
                        ("He can, yes, or the office will ring on the day.", "That'll do."),
                        ("Anything else I can help with, Colin?",
                         "No, no, you've been very good. Sorry for going on."),
                        ("Not at all! Bye now.", "Cheerio."),
                    ],
                    acks=_OIL_ACKS,
                    talk=_OIL_TALK,
                    start=2,
                ),
                analysis_items(
                    "Heating oil order", "Deliver 900 litres of kerosene", "{+5}",
                    "Lower Farm Cottage, Pinfold Lane, Little Haddon; 1,200-litre bunded tank; kerosene; "
                    "pays by card on the day", "none", first_name="Colin",
                ),
            ),
            Call(
                OIL, 40, "en", "Budget plan and tank gauge",
                "Ruth Ashby, Colin's wife, asked to switch from paying for each delivery to the monthly "
                "budget plan at £85 a month by direct debit, starting on the 1st of next month. She also "
                "ordered a Watchman Sonic oil gauge for £79, to be posted.",
                [
                    ("Fenwick Fuels, Lisa speaking.",
                     "Hello, it's Ruth Ashby, Lower Farm Cottage. My husband Colin ordered oil from you "
                     "last month."),
                    ("Hi Ruth, yes, I've got you. How was the delivery?",
                     "Oh, it came, it came. Only the driver left the yard gate open and we had sheep all "
                     "down the lane. Took us an hour to get them back."),
                    ("Oh no, I'm so sorry, I'll pass that on.",
                     "Thank you. Anyway, what I'm ringing about, do you do a, what's it called, a "
                     "spread-the-cost thing?"),
                    ("Our budget plan, yes. You pay monthly by direct debit and we adjust it once a year.",
                     "That's the one. Colin pays on the card every time and it gives me a heart attack "
                     "when the statement comes."),
                    ("Ha, I understand. For your usage I'd suggest eighty-five pounds a month.",
                     "Eighty-five. Yes, alright, we'll do that."),
                    ("It'll start on the first of next month.", "Lovely."),
                    ("Anything else?",
                     "Yes, one of those gauges that tells you how much is in the tank. Colin's still "
                     "going out with a stick."),
                    ("The Watchman Sonic, it's seventy-nine pounds, we'll post it out.",
                     "Perfect. Thank you, Lisa."),
                ],
                {"first_name": "Ruth"},
            ),
            Call(
                OIL, 9, "en", "Winter top-up order",
                "Colin Ashby ordered a top-up of 750 litres of kerosene, to be delivered on {+4}. Because "
                "Pinfold Lane is flooded at the ford, the driver should come in off the Haddon road through "
                "the yellow gate.",
                [
                    ("Fenwick Fuels, Lisa speaking.",
                     "Lisa! Colin Ashby. Lower Farm. You'll remember me, I talk too much."),
                    ("Ha, hi Colin. What can I do for you?",
                     "I want a top-up. The little gauge thing says we're down to a quarter, so, er, seven "
                     "hundred and fifty litres, please."),
                    ("Seven hundred and fifty, no problem. We can be with you in four days.",
                     "Good. Now, listen, don't send him down Pinfold Lane, it's flooded at the ford, it's "
                     "been up to the hedges since Sunday."),
                    ("Oh dear. Is there another way in?",
                     "Come in off the Haddon road, there's a yellow gate, third one along after the "
                     "cattle market, and follow the track down. It's firm enough."),
                    ("Yellow gate off the Haddon road, got it.",
                     "And the payments, Ruth said eighty-five a month but we've upped it to a hundred and "
                     "ten a month, the eighty-five wasn't covering it. She did it online."),
                    ("I can see that, yes, a hundred and ten from this month.", "That's the one."),
                    ("Anything else?", "No, that's me. Ta-ra."),
                ],
                analysis_items(
                    "Heating oil top-up order", "Deliver 750 litres of kerosene", "",
                    "Budget plan £110 a month; Lower Farm Cottage; come in through the yellow gate",
                    "finance", first_name="Colin",
                ),
            ),
        ],
        questions=[
            Question(OIL, "What fuel do they burn?", ("kerosene",)),
            Question(OIL, "How big is their oil tank?", ("1,200", "twelve hundred")),
            Question(OIL, "Whereabouts on the farm is the tank?", ("old dairy",)),
            Question(OIL, "How far is the tank from the lane?", ("thirty metres",)),
            Question(OIL, "What boiler do they have?", ("vortex",)),
            Question(OIL, "Who services their boiler?", ("hargreaves",)),
            Question(OIL, "What's the collie called?", ("moss",)),
            Question(OIL, "Anything the tanker driver should watch out for at the entrance?",
                     ("cattle grid", "broken on the left")),
            Question(OIL, "What was the price per litre on the first order?",
                     ("68.4", "sixty-eight point four")),
            Question(OIL, "How much do they pay each month for oil?", ("£110", "hundred and ten"),
                     ("£85", "eighty-five")),
            Question(OIL, "Which gauge did Ruth order?", ("watchman",)),
            Question(OIL, "What went wrong at the previous delivery?", ("gate open", "sheep")),
            Question(OIL, "When is the top-up being delivered?", _day(9, 4)),
            Question(OIL, "How many litres on the latest order?", ("750", "seven hundred and fifty"),
                     ("900", "nine hundred")),
            Question(OIL, "Which way should the tanker come in?", ("yellow gate", "haddon road")),
            Question(OIL, "Why can't the driver use the usual lane?", ("flooded",)),
            Question(OIL, "Since when has the lane been under water?", ("sunday",)),
            Question(OIL, "When did Colin place his first order?", _day(64)),
            Question(OIL, "How did Colin check the oil level before the gauge?", ("with a stick",)),
            Question(OIL, "What's the padlock combination on the yard gate?", ()),
            Question(OIL, "What's the tank's serial number?", ()),
            Question(OIL, "What's Ruth's mobile number?", ()),
            Question(OIL, "How many sheep do they keep?", ()),
            Question(OIL, "What's their customer account number?", ()),
            Question(OIL, "Which bank does the direct debit come from?", ()),
        ],
    ),
    # A Spanish customer of the mobile network: his calls in Spanish, the questions in English; a PIN said
    # and copied into the analysis items; the data allowance, the price and the payment day changed.
    Caller(
        number="+34647555103",
        names=("Javier",),
        calls=[
            Call(
                MOBILE, 57, "es", "SIM-only contract with EU roaming",
                "The user, Javier Morales, spoke Spanish. He took a SIM-only plan with 30 GB of data for £12 "
                "a month on a 12-month contract, with EU roaming included, because he often visits his "
                "mother in Valencia. The SIM will be posted to Flat 12, 40 Whitworth Street, Manchester. He "
                "set up a security PIN for the account.",
                [
                    ("Kestrel Mobile, hello, you're speaking to Dan.",
                     "Hola, eh... sorry, ¿se puede hablar en español?"),
                    ("¡Sí, claro! Le atiendo en español. ¿En qué puedo ayudarle?",
                     "Vale, genial. Quiero un contrato, eh, solo SIM, sin móvil. El móvil ya lo tengo."),
                    ("Perfecto. ¿Me dice su nombre?",
                     "Javier Morales. Javier con jota. Morales Ruiz, pero Morales vale."),
                    ("Gracias, Javier. ¿Cuántos datos suele usar?",
                     "Pues... no sé, ¿treinta gigas? Uso mucho el WhatsApp, las videollamadas con mi "
                     "madre, que vive en Valencia."),
                    ("Tenemos un plan de treinta gigas por doce libras al mes, con contrato de doce meses.",
                     "Doce libras, vale. ¿Y el roaming? Voy mucho a España, a ver a mi madre."),
                    ("El roaming en la Unión Europea va incluido, sin coste extra.",
                     "Ah, perfecto, eso es lo importante."),
                    ("¿A qué dirección le enviamos la SIM?",
                     "Flat 12, 40 Whitworth Street, en Manchester. El piso doce no, eh, es el flat doce, "
                     "el número del piso."),
                    ("Entendido. Para la seguridad de la cuenta, ¿quiere poner un PIN?",
                     "Sí. El PIN de la cuenta es 6 2 9 4."),
                    ("Anotado. La SIM le llegará en dos o tres días.", "Muchas gracias, Dan. ¡Adiós!"),
                ],
                analysis_items(
                    "Nuevo contrato solo SIM", "Enviar la SIM por correo", "",
                    "Plan de 30 GB por 12 £ al mes; contrato de 12 meses; roaming en la UE; madre en "
                    "Valencia; PIN de la cuenta 6294", "none", first_name="Javier",
                ),
            ),
            Call(
                MOBILE, 31, "es", "Cargos de roaming en Marruecos",
                "El usuario, Javier Morales, llamó por un cargo de 36 £ de roaming en su factura. El agente "
                "le explicó que Marruecos no está incluido en la zona de roaming de la UE, pero le aplicó un "
                "abono de 15 £ como gesto de buena voluntad. También cambió la fecha del cargo domiciliado "
                "del día 1 al día 15 de cada mes.",
                [
                    ("Kestrel Mobile, buenas tardes, le atiende Dan.",
                     "Hola Dan, soy Javier Morales otra vez. Mira, tengo un problema con la factura."),
                    ("Dígame, Javier.",
                     "Me habéis cobrado treinta y seis libras de roaming. ¡Treinta y seis! Y yo tengo el "
                     "roaming incluido."),
                    ("Déjeme ver... los cargos son de Marruecos, de Tánger.",
                     "Sí, estuve en Tánger, en la boda de mi primo Álvaro. Pero pensaba que estaba "
                     "incluido."),
                    ("Marruecos no está en la Unión Europea, así que no entra en el roaming incluido. Pero "
                     "como es la primera vez, le puedo hacer un abono de quince libras.",
                     "Bueno... vale, algo es algo. Gracias."),
                    ("¿Le puedo ayudar en algo más?",
                     "Sí. El cargo de la domiciliación, ¿se puede cambiar la fecha? Del día uno al día "
                     "quince. Es que cobro el día catorce y el día uno siempre voy justo."),
                    ("Sin problema, a partir del mes que viene se le cobrará el día quince.",
                     "Perfecto. Gracias, Dan."),
                ],
                {"first_name": "Javier"},
            ),
            Call(
                MOBILE, 6, "es", "Plan upgrade to 100 GB and eSIM",
                "The user, Javier Morales, spoke Spanish. He moved his plan up to 100 GB of data for £18 a "
                "month from the next bill, because 30 GB was running out every month. He will be in "
                "Valencia from {+10} for two weeks and asked to make sure roaming works there. He also asked "
                "to switch to an eSIM; the QR code will be emailed.",
                [
                    ("Kestrel Mobile, le atiende Dan.",
                     "Hola Dan, Javier Morales. Oye, ya me conoces, el de Marruecos, ja ja."),
                    ("¡Hola Javier! ¿Qué necesita?",
                     "Pues mira, los treinta gigas se me quedan cortos, todos los meses me quedo sin datos "
                     "el día veinte o así. ¿Qué tenéis más grande?"),
                    ("Tenemos cien gigas por dieciocho libras al mes.",
                     "Dieciocho... vale, venga, cien gigas. Me lo cambias ya."),
                    ("Hecho, desde la próxima factura.",
                     "Genial. Y otra cosa: me voy a Valencia en diez días, dos semanas. Valencia es UE, "
                     "¿no? No quiero otra sorpresa."),
                    ("Sí, Valencia está en España, el roaming va incluido.",
                     "Ja ja, vale, vale. Por si acaso."),
                    ("¿Algo más?",
                     "Sí, me he comprado un móvil nuevo y quiero la eSIM, no la tarjeta de plástico."),
                    ("Le enviamos el código QR de la eSIM por correo electrónico.",
                     "Perfecto. Muchas gracias, Dan, eres un crack."),
                ],
                analysis_items(
                    "Cambio a plan de 100 GB", "Enviar el código QR de la eSIM", "{+1}",
                    "Plan de 100 GB por 18 £ al mes; viaja a Valencia dos semanas; quiere eSIM", "none",
                    first_name="Javier",
                ),
            ),
        ],
        questions=[
            Question(MOBILE, "How much data does his plan include?", ("100 gb", "cien gigas"),
                     ("30 gb", "treinta gigas")),
            Question(MOBILE, "What does he pay per month?", ("£18", "18 £", "dieciocho libras"),
                     ("£12", "12 £", "doce libras")),
            Question(MOBILE, "Where does his mother live?", ("valencia",)),
            Question(MOBILE, "Which country were the roaming charges from?",
                     ("marruecos", "tánger")),
            Question(MOBILE, "How much was he charged for roaming?", ("36 £", "treinta y seis")),
            Question(MOBILE, "How much goodwill credit did we give him?", ("15 £", "quince libras")),
            Question(MOBILE, "Which day of the month is his direct debit taken?",
                     ("día 15", "día quince"), ("día uno", "día 1 ")),
            Question(MOBILE, "Why did he ask to move the payment date?", ("catorce",)),
            Question(MOBILE, "Whose wedding was he at abroad?", ("álvaro", "primo")),
            Question(MOBILE, "Where will the SIM be posted?", ("whitworth street",)),
            Question(MOBILE, "When is he travelling to Spain?", _day(6, 10)),
            Question(MOBILE, "How long will he be away?", ("two weeks", "dos semanas")),
            Question(MOBILE, "Physical card or embedded?", ("esim",)),
            Question(MOBILE, "How long is his contract?", ("12-month", "doce meses", "12 meses")),
            Question(MOBILE, "Around what day does he run out of data?", ("día veinte",)),
            Question(MOBILE, "What's his account PIN?", ()),
            Question(MOBILE, "Which handset did he buy?", ()),
            Question(MOBILE, "What's his email address?", ()),
            Question(MOBILE, "What's his mother's name?", ()),
            Question(MOBILE, "Which network was he with before us?", ()),
            Question(MOBILE, "Where does he work?", ()),
            Question(MOBILE, "What's his cousin's phone number?", ()),
        ],
    ),
    # A French customer of the water company: calls in French, summaries in English and French, the
    # analysis items in French; a household of two that became three; a leak found on her side.
    Caller(
        number="+33647555106",
        names=("Camille",),
        calls=[
            Call(
                WATER, 70, "fr", "New water account at Orchard Rise",
                "The user, Camille Roussel, spoke French. She opened a water account for 27 Orchard Rise, "
                "Wenbury, where she has just moved in with her partner, Mathieu. She gave a first meter "
                "reading of 00412 and asked for paperless bills by email.",
                [
                    ("Wenmere Water, good afternoon, Priya speaking.",
                     "Bonjour... euh, hello, je peux parler en français ? My English is, euh, not so good "
                     "on the phone."),
                    ("Bien sûr, je parle français. Comment puis-je vous aider ?",
                     "Ah, merci ! Alors, on vient d'emménager et il faut ouvrir un compte pour l'eau."),
                    ("Très bien. Quelle est l'adresse ?",
                     "Le 27 Orchard Rise, à Wenbury. Orchard, O-R-C-H-A-R-D."),
                    ("Et votre nom ?", "Camille Roussel. Roussel avec deux S."),
                    ("Combien de personnes vivent dans le logement ?",
                     "Deux. Moi et mon compagnon, Mathieu. Deux occupants."),
                    ("Le logement a un compteur. Vous avez pu relever l'index ?",
                     "Oui, j'ai regardé ce matin : zéro, zéro, quatre, un, deux. Donc 00412."),
                    ("Parfait. Vous préférez recevoir les factures par courrier ou par e-mail ?",
                     "Par e-mail, s'il vous plaît. Pas de papier."),
                    ("C'est noté. Bienvenue chez Wenmere Water !", "Merci beaucoup, au revoir !"),
                ],
                analysis_items(
                    "Ouverture de compte eau", "", "",
                    "27 Orchard Rise, Wenbury; relevé du compteur 00412; deux occupants; factures par "
                    "e-mail", "none", first_name="Camille",
                ),
            ),
            Call(
                WATER, 38, "fr", "Facture élevée et fuite suspectée",
                "L'utilisatrice, Camille Roussel, a appelé au sujet d'une facture trimestrielle de 214 £, "
                "bien plus élevée que prévu. Avec l'agent, elle a fait un test : tous les robinets fermés, "
                "le compteur continue de tourner. Un technicien passera le {+3} entre 8 h et 12 h pour "
                "chercher la fuite.",
                [
                    ("Wenmere Water, Priya speaking.",
                     "Bonjour Priya, c'est Camille Roussel, à Orchard Rise. On parle français ?"),
                    ("Oui, bien sûr. Qu'est-ce qui se passe ?",
                     "La facture. Deux cent quatorze livres pour trois mois ! Pour deux personnes ! C'est "
                     "pas possible."),
                    ("C'est effectivement beaucoup. On peut faire un petit test maintenant : vous fermez "
                     "tous les robinets et vous regardez le compteur.",
                     "D'accord... le compteur, il est dehors, dans le trottoir devant le portail, sous le "
                     "petit couvercle bleu. Attendez, j'y vais."),
                    ("Prenez votre temps.",
                     "Voilà. Tout est fermé à la maison, et la petite roue tourne. Elle tourne !"),
                    ("Alors il y a probablement une fuite. J'envoie un technicien dans trois jours, entre "
                     "huit heures et midi.",
                     "Le matin... moi je travaille à l'hôpital, mais Mathieu sera là, il travaille de la "
                     "maison."),
                    ("Parfait. Le technicien cherchera la fuite.", "Merci, Priya. À bientôt."),
                ],
                {"first_name": "Camille"},
            ),
            Call(
                WATER, 12, "fr", "Leak repaired and bill adjusted",
                "The user, Camille Roussel, said the leak found on the supply pipe under her front lawn "
                "has been repaired by an approved plumber. The agent applied a leak allowance, bringing the "
                "bill down to £96, and set up a monthly direct debit of £32 on the 20th. Mathieu's sister, "
                "Inès, has moved in, so three people now live at the house.",
                [
                    ("Wenmere Water, Priya speaking.",
                     "Bonjour Priya, Camille Roussel. La fuite, c'est réparé !"),
                    ("Ah, super ! C'était où finalement ?",
                     "Le tuyau d'arrivée, sous la pelouse devant la maison. De notre côté, donc c'est nous "
                     "qui avons payé le plombier. Un plombier agréé, comme vous avez dit."),
                    ("Dans ce cas je peux appliquer la remise pour fuite. Votre facture passe à "
                     "quatre-vingt-seize livres.", "Ah, ça c'est mieux. Beaucoup mieux."),
                    ("Vous voulez payer par prélèvement mensuel ?",
                     "Oui. Trente-deux livres par mois, c'est ça ? Le 20 du mois, s'il vous plaît."),
                    ("Trente-deux livres le 20, c'est fait. Autre chose ?",
                     "Oui, on n'est plus deux, on est trois maintenant. La sœur de Mathieu, Inès, vit avec "
                     "nous depuis le mois dernier."),
                    ("Trois occupants, je mets à jour.", "Merci, au revoir !"),
                ],
                analysis_items(
                    "Fuite réparée et facture ajustée", "Envoyer la facture corrigée", "",
                    "Trois occupants; prélèvement de 32 £ le 20 du mois; fuite réparée sous la pelouse",
                    "finance", first_name="Camille",
                ),
            ),
        ],
        questions=[
            Question(WATER, "What's her address?", ("orchard rise",)),
            Question(WATER, "How many people live in the house?", ("three people", "trois"),
                     ("deux occupants",)),
            Question(WATER, "How much was the quarterly bill she complained about?", ("214",)),
            Question(WATER, "What did her bill come down to?", ("£96", "quatre-vingt-seize")),
            Question(WATER, "Where was the leak?", ("supply pipe", "pelouse", "lawn")),
            Question(WATER, "Where's her meter?", ("trottoir", "couvercle bleu")),
            Question(WATER, "What was her opening meter reading?", ("00412",)),
            Question(WATER, "How does she want her bills sent?", ("by email", "par e-mail", "paperless")),
            Question(WATER, "How much is her monthly payment?", ("£32", "32 £", "trente-deux")),
            Question(WATER, "Which day is the payment taken?", ("20th", "le 20")),
            Question(WATER, "What's her partner called?", ("mathieu",)),
            Question(WATER, "Who moved in with them recently?", ("inès",)),
            Question(WATER, "Where does Camille work?", ("hôpital",)),
            Question(WATER, "Who was home for the technician?", ("mathieu",)),
            Question(WATER, "When was the technician coming to look for the leak?", _day(38, 3)),
            Question(WATER, "Was the leak on her side or ours?", ("de notre côté",)),
            Question(WATER, "When did she first call about the high bill?", _day(38)),
            Question(WATER, "What's her water account number?", ()),
            Question(WATER, "What's the plumber's name?", ()),
            Question(WATER, "How old is Inès?", ()),
            Question(WATER, "What's Mathieu's phone number?", ()),
            Question(WATER, "Does she have a water softener?", ()),
            Question(WATER, "How much did the plumber charge?", ()),
        ],
    ),
    # One caller of the electricity supplier and the solar installer: his home dialysis is the supplier's to
    # know, not the installer's; the battery and the price changed after the survey.
    Caller(
        number="+16475551002",
        names=("Graham",),
        private_to={POWER: ("dialysis", "kidney", "priority services", "st luke")},
        calls=[
            Call(
                POWER, 50, "en", "Joining the Priority Services Register",
                "The user, Graham Whitlock, asked to join the Priority Services Register because he has "
                "home haemodialysis for kidney failure three nights a week and needs warning of planned "
                "power cuts. The agent added him and noted his daughter, Karen, on 07700 900461, as the "
                "nominated contact. His account number is BW-448120.",
                [
                    ("Brightwell Energy, customer line, this is Callum. How can I help?",
                     "Hello, yes. I was told I should ask about, um, a register? For people with medical "
                     "equipment?"),
                    ("The Priority Services Register, yes. Can I take your name and account number?",
                     "Graham Whitlock. The account number is B W four four eight one two oh."),
                    ("Thank you, Graham. What's the equipment, if you don't mind me asking?",
                     "I do my dialysis at home now. Haemodialysis. My kidneys packed up a couple of years "
                     "ago. The machine runs three nights a week, overnight."),
                    ("I'm sorry to hear that. We'll put you on the register, so you'll get advance notice "
                     "of any planned power cuts and priority help in an outage.",
                     "That's what the nurse said. If the power goes mid-session it's, well, it's not good."),
                    ("Would you like to name someone we can contact as well?",
                     "My daughter, Karen. Her mobile's oh seven seven double oh, nine double oh four six "
                     "one."),
                    ("07700 900461. Done. You're on the register now.", "Thank you, that's a weight off."),
                ],
                analysis_items(
                    "Priority Services Register", "", "",
                    "Home haemodialysis three nights a week; daughter Karen is nominated contact", "health",
                    first_name="Graham",
                ),
            ),
            Call(
                POWER, 18, "en", "Meter reading and night tariff",
                "Graham gave a meter reading of 51873 and moved to the Night Saver tariff from {+3}, since "
                "his dialysis machine runs overnight.",
                [
                    ("Brightwell Energy, Callum speaking.", "Hello, Graham Whitlock, BW-448120."),
                    ("Hi Graham. What can I do for you?",
                     "Two things. A meter reading first: five one eight seven three."),
                    ("51873, thank you.",
                     "And the clinic at St Luke's said I might be better off on a cheaper night rate, what "
                     "with the machine running all night."),
                    ("You would, yes. Our Night Saver tariff has a cheaper rate from midnight to seven. I "
                     "can move you over from three days' time.",
                     "Go on then. Every little helps."),
                    ("Done. You'll get an email confirming it.", "Lovely, thank you, Callum."),
                ],
                {"first_name": "Graham"},
            ),
            Call(
                SOLAR, 44, "en", "Solar panel quote for a bungalow",
                "The user, Graham Whitlock, asked about solar panels for his bungalow at 3 Larch Way, "
                "Thornbury. The roof faces south-west. The agent quoted ten panels with a 5 kWh battery for "
                "£6,950 and booked a roof survey for {+8}.",
                [
                    ("Sunward Solar, Amy speaking, how can I help?",
                     "Hello. I'm, er, thinking about solar panels. For a bungalow. Is that something you "
                     "do?"),
                    ("Absolutely. Can I take your name and address?",
                     "Graham Whitlock, 3 Larch Way, Thornbury."),
                    ("And which way does the roof face, do you know?",
                     "South-west, the back. It gets the sun all afternoon."),
                    ("That's a good aspect. For a bungalow that size, ten panels with a five kilowatt-hour "
                     "battery would come to six thousand nine hundred and fifty pounds.",
                     "I do use a fair bit of electricity at night, so the battery's a must."),
                    ("Then we'll include it. Shall I book a roof survey?", "Yes please."),
                    ("Eight days from now, in the morning?", "That's fine, I'm retired, I'm always in."),
                ],
                analysis_items(
                    "Solar panel quote", "Roof survey", "{+8}",
                    "Bungalow at 3 Larch Way, Thornbury; south-west facing roof; wants a battery", "none",
                    first_name="Graham",
                ),
            ),
            Call(
                SOLAR, 7, "en", "Bigger battery and install date",
                "After the survey, Graham asked for the 10 kWh battery instead of the 5 kWh one, bringing "
                "the total to £8,400. Scaffolding goes up on {+14} and the panels will be installed on "
                "{+15}.",
                [
                    ("Sunward Solar, Amy speaking.", "Hello Amy, Graham Whitlock, Larch Way."),
                    ("Hi Graham! Did you get the survey report?",
                     "I did. And I've been thinking, with the amount I use overnight, the small battery "
                     "won't cut it. Can we go to the ten kilowatt-hour one?"),
                    ("We can. That takes the total to eight thousand four hundred pounds.",
                     "Eight thousand four hundred. Alright. Let's do it."),
                    ("Lovely. The scaffold goes up in two weeks and we install the day after.",
                     "Right. The surveyor mentioned the neighbour's ash tree, the one that shades the west "
                     "end in the evening. Is that a problem?"),
                    ("It costs a little in the evening, but the panels will still do well.",
                     "Good. I'll make sure the car's off the drive."),
                ],
                {"first_name": "Graham"},
            ),
        ],
        questions=[
            Question(POWER, "Why does he need to be on the register?", ("dialysis",)),
            Question(POWER, "Who is his nominated contact?", ("karen",)),
            Question(POWER, "What's his daughter's number?", ("900461", "four six one")),
            Question(POWER, "What's his account number?", ("bw-448120", "four four eight one two")),
            Question(POWER, "What was his last meter reading?", ("51873", "five one eight seven three")),
            Question(POWER, "Which tariff is he on?", ("night saver",)),
            Question(POWER, "When does the night tariff start?", _day(18, 3)),
            Question(POWER, "Which clinic looks after him?", ("st luke",)),
            Question(POWER, "How often does the machine run?", ("three nights",)),
            Question(POWER, "What email address will the confirmation go to?", ()),
            Question(POWER, "What's his date of birth?", ()),
            Question(POWER, "What's his wife's name?", ()),
            Question(POWER, "What's Karen's address?", ()),
            Question(SOLAR, "How many panels were quoted?", ("ten panels",)),
            Question(SOLAR, "How big is the battery?", ("10 kwh", "ten kilowatt"),
                     ("5 kwh", "five kilowatt")),
            Question(SOLAR, "What's the total price now?", ("8,400", "eight thousand four hundred"),
                     ("6,950", "six thousand nine hundred and fifty")),
            Question(SOLAR, "Which way does his roof face?", ("south-west",)),
            Question(SOLAR, "When are the panels being installed?", _day(7, 15)),
            Question(SOLAR, "When is the scaffold going up?", _day(7, 14)),
            Question(SOLAR, "What shades part of the roof?", ("ash tree",)),
            Question(SOLAR, "What's the address of the bungalow?", ("larch way",)),
            Question(SOLAR, "Is he working or retired?", ("i'm retired",)),
            Question(SOLAR, "Does he have any medical needs we should know about?", ()),
            Question(SOLAR, "Why does he use so much power overnight?", ()),
            Question(SOLAR, "What is the bungalow's roof covered with?", ()),
        ],
    ),
    # A council tax payer: a move-in date corrected, arrears after losing her job (the analysis says
    # "none"), a brother moving in that ends her single person discount, the payment day moved.
    Caller(
        number="+16475551004",
        names=("Nadia",),
        calls=[
            Call(
                COUNCIL, 80, "en", "New council tax account",
                "The user, Nadia Farouk, set up council tax for Flat 4, 18 Cobden Street, Ashcombe, where "
                "she moved in on 2 September. The property is in band C, £1,842 a year. She lives alone, so "
                "the agent applied the 25% single person discount. She will pay in ten monthly instalments "
                "by direct debit on the 1st.",
                [
                    ("Ashcombe District Council, council tax, you're speaking to Owen.",
                     "Hi, um, yeah, I've just moved into the area and I think I need to, like, register for "
                     "council tax?"),
                    ("You do, yes. Can I take your name?", "Nadia Farouk. F-A-R-O-U-K."),
                    ("And the new address?", "Flat 4, 18 Cobden Street. Cobden with a B."),
                    ("And when did you move in?",
                     "The second of September. Well, that's when I, yeah, the second."),
                    ("Thanks. That property's in band C, that's one thousand eight hundred and forty-two "
                     "pounds for the year. Does anyone else over eighteen live with you?",
                     "No, just me. Oh, and a cactus."),
                    ("Ha. Then you get the single person discount, twenty-five percent off.",
                     "Oh nice, I didn't know about that."),
                    ("How would you like to pay?",
                     "Direct debit. Monthly. Is the first of the month okay?"),
                    ("Yes, that'll be ten monthly instalments on the first.",
                     "Great. Sorry, I've never done this, I was living with my parents in Leicester before. "
                     "I moved down for work, I'm a pharmacist at the Boots on the High Street."),
                    ("Welcome to Ashcombe!", "Thanks! Bye."),
                ],
                analysis_items(
                    "New council tax account", "", "",
                    "Flat 4, 18 Cobden Street; band C; single person discount; direct debit on the 1st",
                    "none", first_name="Nadia",
                ),
            ),
            Call(
                COUNCIL, 47, "en", "Move-in date corrected",
                "Nadia asked to correct her move-in date to 26 August, the day her tenancy started, instead "
                "of 2 September. The agent updated the account and will send a revised bill. Her council tax "
                "account reference is 60418872.",
                [
                    ("Council tax, Owen speaking.", "Hi, it's Nadia Farouk, Cobden Street."),
                    ("Hi Nadia, what can I do for you?",
                     "So, I got a letter from my landlord and, um, the tenancy actually started on the "
                     "twenty-sixth of August. I only moved my stuff in on the second, but the keys were "
                     "the twenty-sixth. So I guess that's the date?"),
                    ("It is, yes, it goes by when you became liable. I'll change it to the twenty-sixth of "
                     "August.", "Sorry, I should have checked."),
                    ("No problem. You'll get a revised bill. Your account reference is six oh four one "
                     "eight eight seven two.", "Six oh four one eight eight seven two. Got it."),
                    ("Anything else?", "No, that's it, thanks."),
                ],
                {"first_name": "Nadia"},
            ),
            Call(
                COUNCIL, 26, "en", "Missed instalments after job loss",
                "Nadia missed two instalments after losing her job when the pharmacy closed, and received a "
                "reminder notice. Her arrears are £368. The agent agreed a payment plan of £60 a fortnight "
                "and suggested she apply for council tax support, as she is applying for Universal Credit.",
                [
                    ("Council tax, Owen speaking.",
                     "Hi Owen, um, it's Nadia Farouk. I got a reminder letter. A red one."),
                    ("Let me have a look. Yes, two instalments missed.",
                     "Yeah. So, the pharmacy closed, like, out of nowhere, and I lost my job. I'm, um, I'm "
                     "sorting it out, I'm applying for Universal Credit, but it takes weeks."),
                    ("I'm sorry to hear that. The arrears are three hundred and sixty-eight pounds. We can "
                     "set up a payment plan so it doesn't go any further.",
                     "Yes please. I can do, maybe, sixty pounds every two weeks? Is that okay?"),
                    ("Sixty pounds a fortnight, that works. And you should apply for council tax support, "
                     "it could reduce your bill.", "Oh, okay. How do I do that?"),
                    ("It's a form on our website, it takes about twenty minutes. Try to do it within two "
                     "weeks.", "I'll do it tonight. Thank you, honestly."),
                ],
                analysis_items(
                    "Missed payments", "Apply for council tax support", "{+14}",
                    "Arrears of £368; payment plan £60 a fortnight; applying for Universal Credit", "none",
                    first_name="Nadia",
                ),
            ),
            Call(
                COUNCIL, 5, "en", "Brother moving in, new job",
                "Nadia said she has started a new job and will clear the arrears by {+30}. Her brother Tariq "
                "moved in last week for about six months, so the single person discount will be removed "
                "from next month. She moved her direct debit to the 15th.",
                [
                    ("Council tax, this is Owen.", "Hi Owen! Nadia Farouk again. Good news for once."),
                    ("Go on!",
                     "I've got a new job! Started Monday. So I can, um, I can pay off the rest in one go, "
                     "by the end of next month."),
                    ("That's great news. I'll note that.",
                     "And also, um, my brother Tariq's moved in, last week. He's doing a placement at the "
                     "hospital, so about six months. So I guess I'm not single person any more?"),
                    ("That's right, I'll take the discount off from next month.", "Yeah, figured."),
                    ("Anything else?",
                     "Can I move the direct debit to the fifteenth? I get paid on the twelfth now."),
                    ("Done, the fifteenth from next month.", "Amazing. Thanks, Owen."),
                ],
                {"first_name": "Nadia"},
            ),
        ],
        questions=[
            Question(COUNCIL, "What's her address?", ("18 cobden", "cobden street")),
            Question(COUNCIL, "What band is the property in?", ("in band c", "band c,", "band c;")),
            Question(COUNCIL, "When did she become liable at the flat?",
                     ("26 august", "twenty-sixth of august"), ("2 september", "second of september")),
            Question(COUNCIL, "Who does she live with?", ("tariq", "her brother"),
                     ("just me", "lives alone")),
            Question(COUNCIL, "How much did she owe after the missed payments?", ("368",
                     "three hundred and sixty-eight")),
            Question(COUNCIL, "What repayment arrangement did we agree?", ("£60 a fortnight",
                     "sixty pounds a fortnight", "sixty pounds every two weeks")),
            Question(COUNCIL, "Which benefit has she applied for?", ("universal credit",)),
            Question(COUNCIL, "What's her account reference?", ("60418872", "six oh four one eight")),
            Question(COUNCIL, "What's her job?", ("pharmacist",)),
            Question(COUNCIL, "Where was she living before?", ("leicester",)),
            Question(COUNCIL, "Why did she fall behind?",
                     ("lost my job", "losing her job", "pharmacy closed")),
            Question(COUNCIL, "How many instalments does she pay?", ("ten monthly",)),
            Question(COUNCIL, "When will she clear the arrears?", _day(5, 30)),
            Question(COUNCIL, "What's the yearly charge for the flat?", ("1,842",
                     "one thousand eight hundred and forty-two")),
            Question(COUNCIL, "How long is her brother staying?", ("six months",)),
            Question(COUNCIL, "Which day is her direct debit taken?", ("15th", "fifteenth"),
                     ("on the 1st", "first of the month")),
            Question(COUNCIL, "What does Tariq do at the hospital?", ("placement",)),
            Question(COUNCIL, "When did she start her new job?", ("monday",)),
            Question(COUNCIL, "Who is her new employer?", ()),
            Question(COUNCIL, "What's her bank sort code?", ()),
            Question(COUNCIL, "What's her date of birth?", ()),
            Question(COUNCIL, "What's her landlord's name?", ()),
            Question(COUNCIL, "How old is Tariq?", ()),
            Question(COUNCIL, "How much council tax support was she awarded?", ()),
        ],
    ),
    # A chatty widower with a line fault: a long first call whose middle holds four facts; the engineer's
    # visit moved; the monthly price raised by a Wi-Fi booster.
    Caller(
        number="+16475551005",
        names=("Norman",),
        calls=[
            Call(
                BROADBAND, 60, "en", "Broadband dropping every evening",
                "The user, Norman Pettigrew, reported that his broadband at 9 Saxon Close has been dropping "
                "every evening for about three weeks. A line test found noise on the line, and the agent "
                "booked an engineer for {+6} between 8 AM and 1 PM, fault reference FR-55318. He is on the "
                "Fibre 150 package at £31 a month. Norman chatted at length about his family, bridge and "
                "his garden.",
                long_call(
                    [
                        ("Loopline Broadband, you're through to Jess, how can I help?",
                         "Hello? Oh, a real person. Hello, love. It's about my internet."),
                        ("Of course. Can I take your name?",
                         "Norman Pettigrew. P-E-T-T-I-G-R-E-W. Two Ts."),
                        ("Thanks, Norman. And the address on the account?", "Nine Saxon Close."),
                        ("Lovely. What's happening with the internet?",
                         "It keeps going off. Every evening, regular as clockwork. Then it comes back, then "
                         "it goes again."),
                        ("How long has it been doing that?", "Oh, three weeks? About three weeks, yes."),
                        ("Okay. I can see you're on our Fibre 150 package, at thirty-one pounds a month.",
                         "If you say so, love. My son set it up."),
                        ("Let me run a line test while we talk. It takes a few minutes.",
                         "Right you are. I'll hold."),
                    ],
                    [
                        ("Okay.",
                         "While you're doing that, the engineer, if you send one, the main socket, the "
                         "master one, it's in the hall behind the grandfather clock. He'll have to shift "
                         "the clock, gently, it was my father's."),
                        ("I'll make a note.",
                         "And the router box is upstairs in the back bedroom, on the windowsill. My "
                         "daughter's old room."),
                        ("Got it.",
                         "I mainly use it for the video calls with my grandson. He's in Perth. Australia, "
                         "not Scotland. That's why it's the evenings, you see, it's morning there."),
                        ("Ah, that makes sense.",
                         "And tell him to use the side door. The front door sticks, it's swollen with all "
                         "this rain."),
                    ],
                    [
                        ("Right, the line test is back. There's noise on the line, so it needs an engineer.",
                         "Noise? I can't hear anything."),
                        ("Ha, it's electrical noise. I can book an engineer in six days, between eight and "
                         "one.", "That's fine, I'm always in."),
                        ("Your fault reference is F R five five three one eight.",
                         "F R five five three one eight. I've written it on the calendar."),
                        ("Perfect. Is there anything else, Norman?",
                         "No, love. Thank you for listening to an old man."),
                        ("It's been a pleasure. Bye now.", "Bye bye, love."),
                    ],
                    acks=_FIBRE_ACKS,
                    talk=_FIBRE_TALK,
                    start=1,
                ),
                analysis_items(
                    "Broadband dropping in the evenings", "Engineer visit for line fault", "{+6}",
                    "Fibre 150 package; fault reference FR-55318", "none", first_name="Norman",
                ),
            ),
            Call(
                BROADBAND, 57, "en", "Engineer visit moved",
                "Norman asked to move the engineer visit because he has a hospital appointment that "
                "morning. The agent moved it to {+5}, same 8 AM to 1 PM slot.",
                [
                    ("Loopline Broadband, Jess speaking.",
                     "Hello, love, it's Norman Pettigrew again. The man with the clock."),
                    ("Ha, hi Norman! What can I do for you?",
                     "The engineer. I've gone and got a hospital appointment that same morning, for my "
                     "eyes. Can we move him?"),
                    ("Of course. I can do two days later, same time, eight till one.",
                     "Two days later. Let me write that down. Yes, that's grand."),
                    ("Done. Your reference stays the same.", "Thank you, love."),
                ],
                {"first_name": "Norman"},
            ),
            Call(
                BROADBAND, 15, "en", "Wi-Fi booster added",
                "Norman said the engineer fixed the fault, a corroded joint at the pole, and the connection "
                "is now stable. The Wi-Fi is weak in the front room, so the agent added a Wi-Fi Disc for £4 "
                "a month, bringing his bill to £35 a month. It will arrive by {+3}.",
                [
                    ("Loopline Broadband, Jess speaking.", "Jess! It's Norman. Saxon Close."),
                    ("Hi Norman! How's the internet?",
                     "Much better, love. The engineer was very good. He said it was a, a corroded joint, "
                     "up the pole. Not a peep since."),
                    ("That's great. What can I do for you today?",
                     "Well, now it's the front room. I've moved my chair in there for the video calls and "
                     "the signal's ever so weak."),
                    ("We can send a Wi-Fi Disc, it boosts the signal. It's four pounds a month, so your "
                     "bill would be thirty-five pounds a month.", "Thirty-five. That's alright."),
                    ("It'll arrive within three days.",
                     "Lovely. If I don't answer the phone, text my daughter Janet, I don't always hear it "
                     "ring."),
                    ("Will do.", "Thank you, love. Bye bye."),
                ],
                {"first_name": "Norman"},
            ),
        ],
        questions=[
            Question(BROADBAND, "Where's the master socket?", ("grandfather clock",)),
            Question(BROADBAND, "Which room is the router in?", ("back bedroom",)),
            Question(BROADBAND, "Where does his grandson live?", ("perth",)),
            Question(BROADBAND, "Which entrance should the engineer use?", ("side door",)),
            Question(BROADBAND, "What did he do for a living?", ("electrician",)),
            Question(BROADBAND, "What package is he on?", ("fibre 150",)),
            Question(BROADBAND, "What's his fault reference?", ("fr-55318", "f r five five three")),
            Question(BROADBAND, "Which part of the day does the connection drop?", ("every evening",)),
            Question(BROADBAND, "What was causing the fault?", ("corroded joint",)),
            Question(BROADBAND, "When was the engineer due?", _day(57, 5), _day(60, 6)),
            Question(BROADBAND, "Why did he move the engineer appointment?",
                     ("hospital appointment", "eyes")),
            Question(BROADBAND, "How much does he pay a month?", ("£35", "thirty-five"),
                     ("£31", "thirty-one")),
            Question(BROADBAND, "What did we send him for the weak signal?", ("wi-fi disc",)),
            Question(BROADBAND, "Which room has poor coverage?", ("front room",)),
            Question(BROADBAND, "Who should we text if he doesn't pick up?", ("janet",)),
            Question(BROADBAND, "How long had the drops been happening?", ("three weeks",)),
            Question(BROADBAND, "What's his address?", ("saxon close",)),
            Question(BROADBAND, "When did he first report the dropouts?", _day(60)),
            Question(BROADBAND, "What's his email address?", ()),
            Question(BROADBAND, "Which router model does he have?", ()),
            Question(BROADBAND, "What's Janet's phone number?", ()),
            Question(BROADBAND, "What's his grandson's name?", ()),
            Question(BROADBAND, "What's his Wi-Fi password?", ()),
            Question(BROADBAND, "Which hospital is his eye appointment at?", ()),
        ],
    ),
    # A paramedic on shifts: her supplier's call, then the installer's; a key safe code said and copied
    # into the analysis items; the installation day and slot moved.
    Caller(
        number="+16475551007",
        names=("Siobhan",),
        calls=[
            Call(
                POWER, 72, "en", "Smart meter request",
                "The user, Siobhan Kerr, asked for a smart meter. The agent explained that their "
                "installation partner, Meterwise, will call her to book it. She is on the Fixed Saver 12 "
                "tariff and pays £96 a month by direct debit.",
                [
                    ("Brightwell Energy, customer line, this is Callum.",
                     "Hiya. So, I keep getting these emails about smart meters and I'd actually like one, "
                     "can I just, like, book it?"),
                    ("Great! Can I take your name?", "Siobhan Kerr. S-I-O-B-H-A-N, it's Irish."),
                    ("Thanks, Siobhan. So, our installation partner is Meterwise. They'll give you a ring "
                     "to book a date.", "Oh, okay, it's not you lot then."),
                    ("It's on our behalf. While I've got you, you're on Fixed Saver 12, paying ninety-six "
                     "pounds a month.", "Ninety-six, yeah. Will the smart meter change that?"),
                    ("Not the tariff, but your bills will be based on real readings, no more estimates.",
                     "Good, because the last estimate was mad."),
                    ("Anything else?", "Nope. Cheers."),
                ],
                analysis_items(
                    "Smart meter request", "Meterwise to call to book the installation", "",
                    "Fixed Saver 12 tariff; £96 monthly direct debit", "finance", first_name="Siobhan",
                ),
            ),
            Call(
                METER, 40, "en", "Smart meter installation booked",
                "The user, Siobhan Kerr, booked electricity and gas smart meter installation at 21 Heron "
                "Terrace for {+9}, 8 AM to 12 PM. The electricity meter is in the cupboard under the "
                "stairs and the gas meter is in a box on the front wall. She works shifts, so the engineer "
                "will let himself in using the key safe.",
                [
                    ("Meterwise, hi, you're speaking to Ravi.",
                     "Hi, yeah, Brightwell said you'd call but you didn't, so I'm calling you. About a smart "
                     "meter."),
                    ("Sorry about that! Let's get you booked. Name and address?",
                     "Siobhan Kerr, 21 Heron Terrace. I'm with Brightwell."),
                    ("Thanks. Electricity and gas both?",
                     "Both, yeah. The electric meter's in the cupboard under the stairs, and the gas one's "
                     "in the little box on the front wall."),
                    ("Perfect. I've got a slot nine days from now, eight till twelve.",
                     "Okay, um, I'm a paramedic, I'll probably be on shift, so... there's a key safe by the "
                     "back door. The key safe code is 4 7 1 9."),
                    ("Thanks, I'll put that on the job for the engineer.",
                     "And please don't let the cat out. She's called Pickle, she's a menace, she'll be out "
                     "the door like a rocket."),
                    ("Ha, noted. All booked.", "Brill, thanks Ravi."),
                ],
                analysis_items(
                    "Smart meter installation booked", "Install electricity and gas smart meters", "{+9}",
                    "21 Heron Terrace; electricity meter under the stairs; gas meter in box on front wall; "
                    "key safe code 4719; works shifts", "none", first_name="Siobhan",
                ),
            ),
            Call(
                METER, 33, "en", "Installation moved to the afternoon",
                "Siobhan moved her smart meter installation to {+5}, in the afternoon slot from 12 to 4 "
                "PM, because she has a training course on the original day. She asked for the in-home "
                "display to be set up in the kitchen.",
                [
                    ("Meterwise, Ravi speaking.", "Hi Ravi, Siobhan Kerr, Heron Terrace."),
                    ("Hi Siobhan, what can I do?",
                     "So, annoyingly, they've put me on a training course the day of the install. Can we "
                     "move it? And actually, an afternoon would be better, I'd rather be there."),
                    ("Sure. I've got five days from now, twelve till four.",
                     "Twelve till four, perfect. I'll be in."),
                    ("Great, I've moved it.",
                     "And the little display thing, can it go in the kitchen? That's where I actually live."),
                    ("Sure, the engineer will set up the in-home display in the kitchen.", "Cheers!"),
                ],
                {"first_name": "Siobhan"},
            ),
        ],
        questions=[
            Question(METER, "When is the installation now?", _day(33, 5), _day(40, 9)),
            Question(METER, "What time slot is she booked in?", ("12 to 4", "twelve till four"),
                     ("8 AM to 12", "eight till twelve")),
            Question(METER, "Where's the electricity meter?", ("under the stairs",)),
            Question(METER, "Where's the gas meter?", ("front wall",)),
            Question(METER, "How was the engineer going to get in?", ("key safe",)),
            Question(METER, "What's the cat called?", ("pickle",)),
            Question(METER, "What does she do for work?", ("paramedic",)),
            Question(METER, "Where should the in-home display go?", ("in the kitchen",)),
            Question(METER, "What's her address?", ("heron terrace",)),
            Question(METER, "Why did she move the installation?", ("training course",)),
            Question(METER, "Who is her energy supplier?", ("brightwell",)),
            Question(METER, "Where is the key safe?", ("back door",)),
            Question(METER, "What's the key safe code?", ()),
            Question(METER, "What's her gas meter serial number?", ()),
            Question(METER, "Is there parking outside?", ()),
            Question(METER, "What's her mobile number?", ()),
            Question(POWER, "What tariff is she on?", ("fixed saver 12",)),
            Question(POWER, "How much is her monthly direct debit?", ("£96", "ninety-six")),
            Question(POWER, "Who will contact her to book the meter?", ("meterwise",)),
            Question(POWER, "What was the estimated bill she complained about?", ()),
            Question(POWER, "What's her latest meter reading?", ()),
            Question(POWER, "How many bedrooms does the house have?", ()),
        ],
    ),
    # An engineer buying solar: a long design call whose middle holds four facts; twelve panels instead of
    # ten and a new price after the survey; an alarm code for the installers; pigeons after the install.
    Caller(
        number="+16475551008",
        names=("Tomasz",),
        calls=[
            Call(
                SOLAR, 68, "en", "Solar PV design consultation",
                "The user, Tomasz Nowak, asked for a solar PV system for his house at 14 Quarry Hill, "
                "Sedgeby, which has a south-facing slate roof at about 35 degrees. The agent suggested ten "
                "panels and a 5 kWh battery for about £7,200 and booked a roof survey for {+10}. Tomasz "
                "chatted at length about his allotment, cycling and energy prices.",
                long_call(
                    [
                        ("Sunward Solar, Amy speaking, how can I help?",
                         "Hi Amy. Right, so, I've been, uh, researching solar for about six months and I "
                         "think I'm finally ready to talk to an actual human."),
                        ("Ha, great! Can I take your name?",
                         "Tomasz Nowak. T-O-M-A-S-Z, with a Z at the end. Nowak, N-O-W-A-K."),
                        ("Thanks, Tomasz. And the property?", "Fourteen Quarry Hill, in Sedgeby."),
                        ("What's the roof like?",
                         "South-facing, slate, pitch is about thirty-five degrees. I measured it from the "
                         "loft with a, uh, with a spirit level and an app. Don't judge me."),
                        ("Ha, that's really useful actually. Thirty-five degrees is ideal.",
                         "That's what the internet said. Nice to hear it from a person."),
                        ("Did you have a system size in mind?",
                         "I was thinking ten panels? And a battery, maybe a five kilowatt-hour one to "
                         "start."),
                        ("Ten panels and a five kilowatt-hour battery would be around seven thousand two "
                         "hundred pounds.", "Seven two. Okay, that's about what I'd budgeted."),
                        ("Let me note down a few details for the surveyor.", "Sure, go ahead."),
                    ],
                    [
                        ("Okay.",
                         "Oh, for the surveyor, the loft hatch is inside the wardrobe in the box room. It's "
                         "weird, I know, the previous owners built the wardrobe round it."),
                        ("Good to know.",
                         "And the fuse board's in the garage. It's an old Wylex, honestly it might need "
                         "replacing, I'd rather know now."),
                        ("We'll check it on the survey.",
                         "Also, there are bats. Pipistrelles, in the eaves on the east side. We had an "
                         "ecologist out when we did the loft, they're protected, so nobody can block their "
                         "gap."),
                        ("Thank you, that's important.",
                         "And I've got an EV, a Kia Niro, so at some point I'd want a charger that can use "
                         "the solar. Not now, just future-proofing."),
                    ],
                    [
                        ("Okay, so I'll book a roof survey. I've got ten days from now, in the morning.",
                         "Ten days, morning, perfect."),
                        ("The surveyor will go up in the loft and check the roof timbers.",
                         "Great. The timbers are fine, I checked. But yeah, check."),
                        ("Ha. I'll email you the quote after the survey.", "Brilliant. Thanks, Amy."),
                        ("Thanks, Tomasz, speak soon.", "Cheers, bye."),
                    ],
                    acks=_SOLAR_ACKS,
                    talk=_SOLAR_TALK,
                    start=4,
                ),
                analysis_items(
                    "Solar PV consultation", "Roof survey", "{+10}",
                    "14 Quarry Hill, Sedgeby; south-facing slate roof; 10 panels and 5 kWh battery; quote "
                    "about £7,200", "none", first_name="Tomasz",
                ),
            ),
            Call(
                SOLAR, 41, "en", "Survey done, twelve panels agreed",
                "After the roof survey, Tomasz agreed to twelve panels instead of ten, a 5.16 kWp system "
                "with the 5 kWh battery and a Sunsynk inverter in the utility room, for £8,150. "
                "Installation is booked for {+20}. He will be at work on the day, so he gave the alarm "
                "code for the installers; the spare key is with his neighbour at number 16.",
                [
                    ("Sunward Solar, Amy speaking.", "Hi Amy, it's Tomasz Nowak, Quarry Hill."),
                    ("Hi Tomasz! Did you see the survey report?",
                     "I did. So the surveyor said we can fit twelve panels, not ten, if we use the whole "
                     "south side. So, um, yes. Let's do twelve."),
                    ("Great. Twelve panels is five point one six kilowatt peak. With the five kilowatt-hour "
                     "battery and the Sunsynk inverter, it comes to eight thousand one hundred and fifty "
                     "pounds.", "Eight one five oh. Fine. Yes. Book it."),
                    ("Where would you like the inverter?",
                     "Utility room. There's a wall next to the boiler that's empty."),
                    ("I can do the install in twenty days.",
                     "Okay, I'll be at work, though. Mrs Obi at number sixteen has a spare key, and the "
                     "alarm code is 2 6 8 5, the panel's in the hall."),
                    ("Thanks, that's just for the installers.", "Cool. Thanks!"),
                ],
                {"first_name": "Tomasz"},
            ),
            Call(
                SOLAR, 4, "en", "Export not showing and bird mesh",
                "Tomasz said the system is working but the app shows no export. The agent explained he needs "
                "an export MPAN from his energy supplier before export is recorded. He booked bird mesh "
                "around the panels for £380 on {+9} because pigeons are nesting under them.",
                [
                    ("Sunward Solar, Amy speaking.",
                     "Hi Amy, Tomasz again. So, the system's amazing, generation's great, but the app says "
                     "zero export. Like, zero. Every day."),
                    ("That usually means your supplier hasn't set up an export MPAN yet. You need to ask "
                     "them for one.", "Ah. Of course. Okay, I'll chase them."),
                    ("Anything else?",
                     "Yeah. Pigeons. They've moved in under the panels. There's a pair, and there's a lot "
                     "of noise and, um, mess."),
                    ("We can fit bird mesh around the panels. It's three hundred and eighty pounds.",
                     "Three eighty. Do it, please, before they start a family."),
                    ("We can do it in nine days.", "Perfect."),
                ],
                analysis_items(
                    "Installation follow-up", "Fit bird mesh around the panels", "{+9}",
                    "12 panels; Sunsynk inverter; needs an export MPAN from his supplier", "none",
                    first_name="Tomasz",
                ),
            ),
        ],
        questions=[
            Question(SOLAR, "How many panels is he getting?", ("twelve panels", "12 panels"),
                     ("ten panels", "10 panels")),
            Question(SOLAR, "What's the final price of the system?", ("8,150", "eight thousand one hundred"),
                     ("7,200", "seven thousand two hundred")),
            Question(SOLAR, "Where is the loft hatch?", ("wardrobe",)),
            Question(SOLAR, "Where's the consumer unit?", ("in the garage",)),
            Question(SOLAR, "What make is the fuse board?", ("wylex",)),
            Question(SOLAR, "Any protected species at the property?", ("bats", "pipistrelle")),
            Question(SOLAR, "What car does he drive?", ("niro",)),
            Question(SOLAR, "What's the roof made of?", ("slate",)),
            Question(SOLAR, "What's the roof pitch?", ("35 degrees", "thirty-five degrees")),
            Question(SOLAR, "What does he do for a living?", ("structural engineer",)),
            Question(SOLAR, "When was the roof survey?", _day(68, 10)),
            Question(SOLAR, "When were the panels installed?", _day(41, 20)),
            Question(SOLAR, "Who's holding a spare key?", ("number 16", "mrs obi")),
            Question(SOLAR, "Why isn't export showing in the app?", ("mpan",)),
            Question(SOLAR, "What's nesting under the panels?", ("pigeons",)),
            Question(SOLAR, "How much is the bird mesh?", ("£380", "three hundred and eighty")),
            Question(SOLAR, "When is the bird mesh going on?", _day(4, 9)),
            Question(SOLAR, "Which inverter did he get?", ("sunsynk",)),
            Question(SOLAR, "Where was the inverter fitted?", ("utility room",)),
            Question(SOLAR, "What's the system's peak output?", ("5.16", "five point one six")),
            Question(SOLAR, "What's the alarm code?", ()),
            Question(SOLAR, "Who is his electricity supplier?", ()),
            Question(SOLAR, "How much does he spend on electricity a year?", ()),
            Question(SOLAR, "What's his wife's name?", ()),
            Question(SOLAR, "What's his allotment plot number?", ()),
        ],
    ),
    # A father of the mobile network and the water company: a line for his daughter, her lost phone, her
    # spending cap raised; low water pressure during mains work.
    Caller(
        number="+16475551009",
        names=("Kwame",),
        calls=[
            Call(
                MOBILE, 49, "en", "Adding a line for his daughter",
                "The user, Kwame Asante, added a second line to his account for his daughter Efua, who is "
                "14, on a 10 GB plan for £8 a month, with the adult content block on and a £5 monthly "
                "spending cap. Kwame is on Kestrel Unlimited at £25 a month.",
                [
                    ("Kestrel Mobile, you're speaking to Dan.",
                     "Hi Dan, Kwame Asante. I want to add my daughter to my account. She's starting "
                     "secondary, so, you know, she needs a phone, apparently."),
                    ("Ha, apparently! No problem. How old is she?", "Fourteen. Efua. E-F-U-A."),
                    ("And how much data do you think she needs?",
                     "Not much. Well, she thinks she needs a lot. Ten gig is plenty, isn't it?"),
                    ("Ten gigabytes is eight pounds a month. Would you like the adult content block?",
                     "Yes. Definitely yes."),
                    ("And we can put a spending cap on it, for anything outside the plan.",
                     "Five pounds. A five pound cap. She'll be buying stickers in games or whatever."),
                    ("Done. And you're staying on Kestrel Unlimited, twenty-five pounds a month?",
                     "Yeah, mine's fine. Thanks, Dan."),
                ],
                analysis_items(
                    "Add a line for daughter", "", "",
                    "Daughter Efua, 14; 10 GB plan; adult content block on", "none", first_name="Kwame",
                ),
            ),
            Call(
                MOBILE, 10, "en", "Daughter's phone lost",
                "Kwame reported that his daughter Efua's phone was lost on the school bus. The agent barred "
                "the SIM and sent a replacement SIM to 7 Linden Avenue, arriving by {+2}. He also raised her "
                "spending cap to £10.",
                [
                    ("Kestrel Mobile, Dan speaking.",
                     "Hi Dan, Kwame Asante again. Efua's lost her phone. On the school bus. Of course."),
                    ("Oh no. I'll bar the SIM straight away so nobody can use it.",
                     "Please. It's a blue iPhone 12, in a glittery case, if anyone hands it in. Which they "
                     "won't."),
                    ("Barred. I'll send a replacement SIM to 7 Linden Avenue, it'll be there in two days.",
                     "Okay, she can use her old phone in the meantime, the cracked one."),
                    ("Anything else?",
                     "Yeah, actually, put her cap up to ten pounds. Five was too tight, she couldn't even "
                     "top up her bus pass in the app."),
                    ("Ten pounds, done.", "Thanks, Dan."),
                ],
                {"first_name": "Kwame"},
            ),
            Call(
                WATER, 22, "en", "Low water pressure",
                "The user, Kwame Asante, reported low water pressure at 7 Linden Avenue, worst in the "
                "mornings. The agent explained that mains replacement work on Linden Avenue finishes on "
                "{+5}, and a pressure check will be booked if the problem continues after that.",
                [
                    ("Wenmere Water, Priya speaking.",
                     "Hi, yeah, Kwame Asante, 7 Linden Avenue. Our water pressure is terrible. Like, a "
                     "trickle."),
                    ("I'm sorry. Is it all day?",
                     "Mornings mostly. When everyone's showering. And the combi boiler cuts out, it shows "
                     "an error and the shower goes cold."),
                    ("There's mains replacement work on Linden Avenue at the moment, that's likely the "
                     "cause. It finishes in five days.", "Oh, the big hole by the post box. Right."),
                    ("If it's still low after that, call us and we'll book a pressure check.",
                     "Okay. Fair enough. Thanks."),
                ],
                analysis_items(
                    "Low water pressure", "Pressure check if still low after the mains work", "{+5}",
                    "7 Linden Avenue; combi boiler cuts out with low pressure", "none", first_name="Kwame",
                ),
            ),
        ],
        questions=[
            Question(MOBILE, "What's his daughter's name?", ("efua",)),
            Question(MOBILE, "How old is Efua?", ("14", "fourteen")),
            Question(MOBILE, "What's her spending cap?", ("£10", "ten pounds"), ("£5", "five pound")),
            Question(MOBILE, "Where did she lose her phone?", ("school bus",)),
            Question(MOBILE, "What phone did she lose?", ("iphone 12",)),
            Question(MOBILE, "When will the replacement SIM arrive?", _day(10, 2)),
            Question(MOBILE, "How much data does Efua's plan have?", ("10 gb", "ten gig")),
            Question(MOBILE, "What plan is Kwame on?", ("kestrel unlimited",)),
            Question(MOBILE, "Is there any filtering on her line?", ("adult content",)),
            Question(MOBILE, "Why did he raise the cap?", ("bus pass",)),
            Question(MOBILE, "What's she using until the SIM arrives?", ("old phone", "cracked")),
            Question(MOBILE, "What's the IMEI of the lost phone?", ()),
            Question(MOBILE, "What's Efua's mobile number?", ()),
            Question(MOBILE, "Which school does she go to?", ()),
            Question(MOBILE, "What's his wife's name?", ()),
            Question(WATER, "What's the problem at his house?", ("low water pressure",)),
            Question(WATER, "When does the mains work finish?", _day(22, 5)),
            Question(WATER, "What happens to his boiler?", ("cuts out",)),
            Question(WATER, "What's his address?", ("linden avenue",)),
            Question(WATER, "Which part of the day is worst?", ("in the mornings", "mornings mostly")),
            Question(WATER, "Does he have a water meter?", ()),
            Question(WATER, "What's his water account number?", ()),
            Question(WATER, "What make is his boiler?", ()),
        ],
    ),
]  # fmt: skip
