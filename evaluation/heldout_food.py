"""Held-out memory set: food and drink businesses.

Eight businesses nobody wrote a set for before: a pizzeria taking delivery orders, a butcher taking
Christmas orders, a farm's veg-box subscription, a cookery school, a brewery taproom hosting private
events, a coffee roaster's subscriptions, a fishmonger and a BBQ food truck hired for parties. Nine
callers, 27 calls, 110 questions (28 of them unanswerable: a detail of the same kind as one given, that
nobody gave, asked with the calls' own words).

It covers corrections a later call makes (a new apartment, a heavier turkey, a moved collection, a
bigger party in another room, a later start, a swapped grind and coffee, a swapped meat), two calls of
84 exchanges whose facts are said once in the middle and reach neither the summary nor the analysis
items, facts said only in the turns, a Spanish caller (turns in Spanish, one summary in Spanish) and a
French caller, both asked about in English, questions that share no word with the calls that answer
them, date and time questions answered by what was said (Christmas Eve, half six, the eighteenth), a
phone two people share, callers of two businesses, one of whom told the cookery school she is coeliac
(health: private to that school, and the coffee roaster is asked about her diet), and two access codes
said in calls (a side gate and a community gate) that no answer is, beside facts that are answers.
Fifteen calls carry the post-call analysis items as ElevenLabs' analysis model fills them (loosely, a
fact missing here and there, nothing from the middle of a long call); the others carry only the
agent's ordinary items. A day is written ``{+N}`` in summaries and in ``open_item_date``.

By kind, as judging.py reads them: 28 unanswerable, 21 not in a summary, 17 other-language call,
16 correction, 10 date, 9 paraphrased, 6 long call, 27 plain (a question may have several kinds).

Written before the changes it judges, from the issue on memory quality alone, and run once per batch
of changes, never tuned against: no constant may be chosen on it.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

PIZZERIA = "agent_pizzeria_00000000000000000101"
BUTCHER = "agent_butcher_000000000000000000102"
VEGBOX = "agent_vegbox_0000000000000000000103"
COOKERY = "agent_cookery_000000000000000000104"
TAPROOM = "agent_taproom_000000000000000000105"
ROASTER = "agent_roaster_000000000000000000106"
FISHMONGER = "agent_fishmonger_000000000000000107"
FOODTRUCK = "agent_foodtruck_0000000000000000108"


_TAPROOM_HEAD = [
    (
        "Ironbridge Brewing, this is Tasha, how can I help?",
        "Hey Tasha, uh, Marcus Bell. I'm looking to book a private event? A holiday party for my office.",
    ),
    (
        "Awesome, we love those. How many people are you thinking?",
        "Around forty-five? It's the whole firm plus, you know, a few spouses, whoever shows up.",
    ),
    (
        "Forty-five fits our Mezzanine room perfectly, it holds up to fifty. What date did you have in mind?",
        "December eighteenth. That's the one everybody agreed on, after like three weeks of emails.",
    ),
    (
        "Let me look... December eighteenth is open for the Mezzanine. What time were you thinking?",
        "Seven to eleven, I guess. Seven PM start.",
    ),
    ("Great. And is this a company booking?", "Yeah, Bell and Arden Architects. I'm one of the partners."),
    (
        "For drinks we do a draft package, four hours of unlimited house beers, thirty-two dollars a head.",
        "Let's do the draft package. Can we do food too?",
    ),
    ("We've got a flatbread and pretzel spread, eighteen a head.", "Yeah, put that down. People get hungry."),
]
_TAPROOM_MIDDLE = [
    (
        "Oh, before I forget, is there anything else you need for the night?",
        "Yes! Do you have a projector? We do a slideshow every year, embarrassing photos of everybody. "
        "It's tradition.",
    ),
    (
        "We do, there's a projector and a pull-down screen up there. Just bring a laptop with HDMI.",
        "Perfect. And the cake, we're getting one from Flourish Bakehouse, they'd drop it off around five. "
        "Could you keep it in a fridge?",
    ),
    (
        "Sure, it can go in the walk-in.",
        "Great. Oh, and for the bill at the end, send the invoice to Denise, she's our office manager, "
        "she handles all that stuff, not me.",
    ),
    ("Got it, the invoice goes to Denise.", "Thank God, because I would lose it."),
]
_TAPROOM_TAIL = [
    (
        "So, to hold the date we take a five hundred dollar deposit.",
        "Sure, I'll put that on the company card now.",
    ),
    (
        "All done. I'll email the contract over this afternoon.",
        "Sounds good. Thanks, Tasha, you've been great.",
    ),
    ("Thanks, Marcus, talk soon!", "Bye now."),
]
_TAPROOM_ACKS = ["Ha, right?", "Oh, totally.", "Mm-hm, yeah.", "No way!", "Ha, I hear you.",
                 "Oh, I love that.", "Yeah, for sure.", "Oh man."]  # fmt: skip
_TAPROOM_TALK = [
    "Man, I had your hazy IPA last time, the, uh, Foggy Bottom? That one's dangerous.",
    "We came in for trivia once and came second. I'm still bitter about it.",
    "Was this building an old mill or something? The brick is amazing.",
    "My kids think the pretzels here are the best thing in Boston.",
    "It's been such a year at work, honestly, everybody deserves a night out.",
    "Did you guys ever bring back that pumpkin beer? My wife loved that.",
    "The parking around here, though. Oof.",
    "I walked by on the weekend and the line was out the door.",
    "We had it at a hotel last year and it was so stiff, nobody danced.",
    "The Celtics play that night too, so, uh, we'll see who sneaks off to watch.",
    "I keep telling people about your oatmeal stout.",
    "It's freezing out today, I think it might snow.",
    "I used to homebrew in college. It was mostly terrible.",
    "Our intern asked if there'd be kombucha. I said we'll see.",
    "Do you do growlers to go? I should grab one on the way out sometime.",
    "Honestly the playlist in here is better than anything we'd pick.",
]

_FISH_HEAD = [
    ("Quayside Fish, how can I help?", "Hello, it's Bernie Quinlan, I've the Friday order with you."),
    (
        "Hi Bernie! What can I do for you?",
        "Well, it's our anniversary coming up and I want to do something special. A proper dinner, like.",
    ),
    (
        "Lovely! What were you thinking?",
        "Lobster. Two lobsters. And a turbot, a whole one, for the main, if you can get one.",
    ),
    (
        "We can get a turbot in, about two kilos, it'd do four easily. For when?",
        "Saturday week. Collection, not the delivery, I'll want to see it before I pay for it.",
    ),
]
_FISH_MIDDLE = [
    (
        "Anything else for the dinner?",
        "It's forty years, you know. Our ruby. Forty years married to that man, God help me.",
    ),
    (
        "Congratulations! That's some going.",
        "And listen, I won't be able to come in myself, it's the knee, so my granddaughter Niamh will pick "
        "it up. Tall girl, dark hair, she'll say it's for Quinlan.",
    ),
    (
        "No problem, Niamh, for Quinlan.",
        "And keep the head and the bones of the turbot for me, would you? I'll make a stock for the chowder.",
    ),
    ("Will do, I'll bag the head and frame separately.", "You're very good."),
]
_FISH_TAIL = [
    (
        "So that's two lobsters and a whole turbot, around a hundred and ten euro. You pay on collection.",
        "That's fine.",
    ),
    ("Lovely. And your Friday order carries on as normal?", "As normal, yes. Thanks, love."),
]
_FISH_ACKS = ["Ah, I know.", "God, yeah.", "Mm.", "Ha, fair enough.", "Isn't it?", "Oh, stop.",
              "Go way!", "Sure look."]  # fmt: skip
_FISH_TALK = [
    "The weather's desperate, isn't it? I couldn't get the washing out all week.",
    "Declan's retired now, he's under my feet all day.",
    "Did you hear they're putting a roundabout in by the church? Madness.",
    "My sister in Boston sends me pictures of the snow, I don't know how they stick it.",
    "The mussels last week were gorgeous, I did them in a drop of cider.",
    "I used to go out on the boats with my father when I was a girl.",
    "Sure the town's packed with the cruise ships all summer.",
    "The grandchildren only eat fish fingers, can you believe it? Living beside the sea.",
    "I'm doing a bit of baking for the church sale, brown bread mostly.",
    "That young lad you have in on the weekends is very polite.",
    "I must get the name of that smoked mackerel pâté, Declan loved it.",
    "We had a lovely walk on the prom on Sunday, the sun came out for an hour.",
    "The price of everything now, honestly.",
    "Father Tierney's retiring, did you hear? After thirty years.",
]


HELDOUT_FOOD: list[Caller] = [
    # A Spanish-speaking customer of the pizzeria: she moves flat and pays differently the third time.
    Caller(
        number="+17135550142",
        names=("Dolores",),
        calls=[
            Call(
                PIZZERIA, 58, "es", "Pizza delivery order",
                "The user, Dolores Ibarra, placed a delivery order for a large pepperoni pizza and a medium "
                "margherita to 2270 Navigation Boulevard, apartment 4B. The total was $31.50 and she will "
                "pay cash on delivery. The agent quoted about forty minutes.",
                [
                    ("Forno Rosso Pizzería, buenas noches, ¿para entrega o para recoger?",
                     "Eh, para entrega, por favor. Hola, buenas noches."),
                    ("Muy bien. ¿Me da su nombre?", "Dolores Ibarra. Ibarra con dos erres."),
                    ("Gracias, Dolores. ¿La dirección de entrega?",
                     "Es el dos mil doscientos setenta de Navigation Boulevard, apartamento cuatro B. O sea, "
                     "2270 Navigation, el 4B."),
                    ("Perfecto, 2270 Navigation Boulevard, 4B. ¿Qué le preparamos?",
                     "Una grande de pepperoni y... una mediana margarita. Pero la margarita sin albahaca, "
                     "¿eh? Es para mi hijo y no le gusta nada lo verde, lo deja todo en el plato."),
                    ("Entendido, margarita sin albahaca. ¿Algo de tomar?",
                     "No, no, nada de tomar. Eh, ¿aceptan efectivo?"),
                    ("Sí, puede pagar en efectivo al repartidor. Son treinta y un dólares con cincuenta.",
                     "Ok, le pago en efectivo. Tengo un billete de cincuenta, que traiga cambio, por favor."),
                    ("Claro, el repartidor lleva cambio. Son unos cuarenta minutos.",
                     "Perfecto. Muchas gracias, muy amable."),
                ],
                {"first_name": "Dolores", "order_type": "delivery"},
            ),
            Call(
                PIZZERIA, 31, "es", "Pedido para cumpleaños",
                "La usuaria, Dolores Ibarra, pidió dos pizzas grandes mitad hawaiana y mitad pepperoni y "
                "una docena de nudos de ajo para la fiesta de cumpleaños de su hijo, con entrega a las "
                "seis en 2270 Navigation Boulevard, 4B. El agente aplicó el código promocional FORNO15 "
                "(15 % de descuento); el total es de 44,10 dólares en efectivo. El repartidor debe "
                "llamarla al llegar porque el timbre no funciona.",
                [
                    ("Forno Rosso Pizzería, buenas tardes, ¿en qué le ayudo?",
                     "Hola, soy Dolores Ibarra, ya he pedido otras veces. Quería hacer un pedido grande "
                     "para hoy, para las seis de la tarde."),
                    ("Claro, Dolores. ¿Misma dirección, en Navigation Boulevard?",
                     "Sí, la misma, el 4B. Es que hoy es el cumpleaños de mi hijo Mateo, cumple nueve "
                     "años, y vienen sus amiguitos del colegio."),
                    ("¡Qué bonito! Felicidades a Mateo. ¿Qué le preparamos?",
                     "Dos pizzas grandes, las dos mitad hawaiana y mitad pepperoni. Y unos nudos de ajo, "
                     "los de doce."),
                    ("Muy bien, dos grandes mitad hawaiana, mitad pepperoni, y una docena de nudos de ajo. "
                     "¿Algo más?",
                     "Eh... ah, sí, vi un código en Instagram. FORNO quince. F, O, R, N, O, uno, cinco."),
                    ("Sí, FORNO15, le aplico el quince por ciento. Le queda en cuarenta y cuatro con diez.",
                     "Ay, qué bien."),
                    ("Una cosita: ¿el repartidor puede tocar el timbre?",
                     "No, no, el timbre no sirve desde hace semanas. Que me llame a este mismo número "
                     "cuando llegue y bajo yo."),
                    ("Anotado: llamar al llegar. ¿En efectivo otra vez?", "Sí, efectivo."),
                    ("Perfecto, para las seis. ¡Que disfruten la fiesta!", "Gracias, mi amor, adiós."),
                ],
                analysis_items(
                    "Birthday party pizza order", "", "",
                    "Son Mateo turning 9; delivers to 2270 Navigation Blvd apt 4B; doorbell broken, driver "
                    "should call her on arrival; pays cash",
                    "none", first_name="Dolores", order_type="delivery",
                ),
            ),
            Call(
                PIZZERIA, 5, "es", "Delivery to new apartment",
                "The user, Dolores Ibarra, ordered a large pepperoni pizza and a medium mushroom pizza. "
                "She has moved to apartment 7C in the same building at 2270 Navigation Boulevard. She will "
                "pay by card to the driver this time. The agent said delivery would take about fifty "
                "minutes.",
                [
                    ("Forno Rosso, buenas noches.", "Hola, buenas, soy Dolores Ibarra. Para entrega."),
                    ("Hola, Dolores. ¿Al 2270 de Navigation, el 4B?",
                     "Eh, el mismo edificio, pero ya no el 4B. Nos cambiamos de apartamento, ahora estamos "
                     "en el séptimo piso, el 7C. Siete C."),
                    ("Perfecto, lo cambio: 7C. ¿Qué le preparamos?",
                     "Una grande de pepperoni y una mediana de champiñones. Y la de champiñones sin "
                     "cebolla, por favor."),
                    ("Muy bien. ¿Paga en efectivo como siempre?",
                     "No, esta vez con tarjeta. Le pago con tarjeta al repartidor, que traiga la maquinita."),
                    ("Sí, el repartidor lleva terminal. Son veintinueve con setenta y cinco. Gracias por su "
                     "paciencia, hoy vamos un poco lentos, unos cincuenta minutos.",
                     "No pasa nada. Gracias."),
                ],
                {"first_name": "Dolores", "order_type": "delivery"},
            ),
        ],
        questions=[
            Question(PIZZERIA, "Which apartment should the driver bring the pizzas to?", ("7C",), ("4B",)),
            Question(PIZZERIA, "How is she paying these days?", ("card", "tarjeta"), ("cash", "efectivo")),
            Question(PIZZERIA, "Which herb must be kept off the kid's pie?", ("albahaca", "basil")),
            Question(PIZZERIA, "What is her son's name?", ("Mateo",)),
            Question(PIZZERIA, "How old did her boy turn?", ("nueve", "nine", "turning 9", "9 years")),
            Question(PIZZERIA, "What promo code did she use?", ("FORNO15", "FORNO 15")),
            Question(PIZZERIA, "What should the driver know about ringing at her building?",
                     ("timbre", "doorbell")),
            Question(PIZZERIA, "What street is her building on?", ("Navigation",)),
            Question(PIZZERIA, "What should be left off her mushroom pizza?", ("cebolla", "onion")),
            Question(PIZZERIA, "What email address should her receipts go to?", ()),
            Question(PIZZERIA, "Does she want extra cheese on the pepperoni?", ()),
            Question(PIZZERIA, "Which drink does Mateo usually have with his pizza?", ()),
        ],
    ),
    # A butcher's Christmas order, changed twice.
    Caller(
        number="+447700900318",
        names=("Graham",),
        calls=[
            Call(
                BUTCHER, 29, "en", "Christmas turkey order",
                "The user, Graham Pocock, placed a Christmas order for a free-range bronze turkey of about "
                "six kilos for eleven people, two dozen pigs in blankets and a pound of sausage meat. "
                "Collection is on 23 December in the morning. He paid a £20 deposit and was given order "
                "number XM-457.",
                [
                    ("Hartley and Sons, good morning, how can I help?",
                     "Morning! Yeah, I'd like to, er, put in a Christmas order, if you're taking them yet?"),
                    ("We are, yes. Can I take a name?", "Graham Pocock. P-O-C-O-C-K."),
                    ("Lovely, Graham. What are you after?",
                     "A turkey, a free-range one, the bronze ones you did last year. About six kilos? "
                     "There's eleven of us this year."),
                    ("Six kilo bronze, that'll do eleven nicely. Anything else?",
                     "Pigs in blankets, er, two dozen. And a pound of your sausage meat for the stuffing."),
                    ("Two dozen pigs in blankets, a pound of sausage meat. When do you want to collect?",
                     "The twenty-third, in the morning, if that's all right."),
                    ("Twenty-third December, morning. We take a twenty pound deposit to hold it.",
                     "Yep, no problem, I'll pay that now on the card."),
                    ("That's gone through. Your order number's X M four five seven.",
                     "X M four five seven. Got it, it's going on the fridge."),
                    ("Anything else at all?", "No, that's me. Cheers, love."),
                ],
                analysis_items(
                    "Christmas turkey order",
                    "Collect order on 23 December, morning; balance due on collection", "",
                    "Bronze free-range turkey approx 6kg; 11 people; order XM-457; £20 deposit paid",
                    "none", first_name="Graham",
                ),
            ),
            Call(
                BUTCHER, 15, "en", "Turkey size increase",
                "Graham Pocock increased his turkey to seven kilos because fourteen people are now coming, "
                "and added a two-kilo smoked gammon on the bone to order XM-457. Collection is still on "
                "23 December.",
                [
                    ("Hartley and Sons, how can I help?",
                     "Hiya, it's Graham Pocock, I've got a Christmas order in, X M four five seven."),
                    ("Yes, I've got you, Graham. Bronze turkey, six kilo.",
                     "That's the one. Bit of a change, my sister's decided she's coming up with her lot, so "
                     "we're fourteen now. Can we go up to, what, seven kilos?"),
                    ("Seven kilo will do fourteen, yes. I'll change that.",
                     "Smashing. And could you stick a gammon on as well? Smoked, on the bone, about two "
                     "kilos."),
                    ("Smoked gammon on the bone, two kilo. Anything else?",
                     "Oh, and leave the giblets out this time, will you? Nobody touches them, they just end "
                     "up in the bin."),
                    ("No giblets, noted. Still the twenty-third?", "Still the twenty-third for now, yeah."),
                    ("Lovely. The balance is payable when you collect.", "Champion. Ta-ra."),
                ],
                {"first_name": "Graham"},
            ),
            Call(
                BUTCHER, 4, "en", "Collection moved to Christmas Eve",
                "Graham Pocock moved his collection from 23 December to Christmas Eve, in the 8 to 9 AM "
                "slot, because he is working on the 23rd. He added a large pork pie. The balance of "
                "£108.90 is due on collection.",
                [
                    ("Hartley and Sons, good afternoon.",
                     "Afternoon, Graham Pocock again, order X M four five seven. Sorry to be a pain."),
                    ("Not at all, Graham. What can I do?",
                     "I've been put on shift on the twenty-third, so can I collect Christmas Eve instead? "
                     "Morning, early as you like."),
                    ("Christmas Eve we're open seven till one. I can give you the eight till nine slot.",
                     "Eight till nine's perfect."),
                    ("Done. And we've still got pork pies on the Christmas list, if you fancy one.",
                     "Go on then, a large pork pie. The wife'll kill me."),
                    ("Large pork pie added. With the turkey, the gammon, the pigs in blankets and the "
                     "sausage meat, the balance is a hundred and eight pounds ninety.",
                     "A hundred and eight ninety, right. I'll pay when I come in. Thanks for being so "
                     "patient with me."),
                ],
                analysis_items(
                    "Collection moved to Christmas Eve",
                    "Collect order Christmas Eve 8-9am and pay balance £108.90", "",
                    "Order XM-457; 7kg bronze turkey, smoked gammon, pigs in blankets, sausage meat, large "
                    "pork pie",
                    "none", first_name="Graham",
                ),
            ),
        ],
        questions=[
            Question(BUTCHER, "How big a turkey has he ordered?",
                     ("seven kilo", "7 kg", "7kg", "7 kilo"), ("six kilo", "6 kg", "6kg", "6 kilo")),
            Question(BUTCHER, "When is he picking up his Christmas order?",
                     ("Christmas Eve", "24th", "24 December"), ("23 December", "twenty-third", "23rd")),
            Question(BUTCHER, "What time is his collection slot?",
                     ("8 to 9", "8-9", "eight till nine", "8 till 9")),
            Question(BUTCHER, "How many people is he feeding?", ("fourteen", "14 people"),
                     ("eleven", "11 people")),
            Question(BUTCHER, "What is his order number?", ("XM-457", "XM457", "XM 457")),
            Question(BUTCHER, "Is the bird's offal wanted?", ("giblets",)),
            Question(BUTCHER, "What cured pork joint did he add?", ("gammon",)),
            Question(BUTCHER, "How much does he still owe?", ("108.90", "hundred and eight")),
            Question(BUTCHER, "How much deposit did he put down?", ("£20", "twenty pound")),
            Question(BUTCHER, "Did he order any beef for Boxing Day?", ()),
            Question(BUTCHER, "Which flavour of sausage does he want in the pigs in blankets?", ()),
            Question(BUTCHER, "What is his wife's name?", ()),
        ],
    ),
    # A veg-box subscriber: size and frequency change, a pause, a complaint; a side gate code.
    Caller(
        number="+447700900562",
        names=("Priya",),
        calls=[
            Call(
                VEGBOX, 72, "en", "Veg box sign-up",
                "The user, Priya Natarajan, signed up for a medium veg box delivered fortnightly on "
                "Thursdays to Flat 2, 19 Cromwell Terrace, with a dozen eggs. She does not want aubergine. "
                "Boxes should be left in the blue cool box by the back door. Her first box arrives next "
                "Thursday.",
                [
                    ("Long Furrow Farm, hi, you're through to veg boxes.",
                     "Oh hi, um, I'd like to sign up for a box? A friend of mine gets yours."),
                    ("Great! Can I take your name?", "Priya Natarajan. N-A-T-A-R-A-J-A-N."),
                    ("Thanks, Priya. Which size were you thinking, small, medium or large?",
                     "Medium, I think. It's just me, so, um, medium. Every two weeks?"),
                    ("Medium, fortnightly. We deliver your area on Thursdays. What's the address?",
                     "Flat 2, 19 Cromwell Terrace. It's the ground-floor flat, round the side."),
                    ("And if you're out?",
                     "Oh, I'm always out, I'm at work. There's a side gate, the gate code is 8 5 9 3, and "
                     "then just leave it in the blue cool box by the back door."),
                    ("Blue cool box by the back door. Anything you don't eat?",
                     "Aubergine. I really can't stand aubergine, please never send it."),
                    ("No aubergine, noted. Would you like eggs with it?", "Yes, a dozen eggs, please."),
                    ("All set. Your first box comes next Thursday.", "Brilliant, thank you so much."),
                ],
                analysis_items(
                    "Veg box sign-up", "First delivery next Thursday", "",
                    "Medium box fortnightly, Thursday delivery; Flat 2, 19 Cromwell Terrace; leave in blue "
                    "cool box by back door via side gate; no aubergine; dozen eggs",
                    "none", first_name="Priya",
                ),
            ),
            Call(
                VEGBOX, 47, "en", "Deliveries paused",
                "Priya Natarajan asked to pause her veg box while she is away. The agent skipped her next "
                "two deliveries; boxes restart on {+21}.",
                [
                    ("Long Furrow Farm, veg boxes, how can I help?",
                     "Hi, it's Priya Natarajan, I get the medium box. I need to, um, pause it for a bit?"),
                    ("Of course. For how long?",
                     "I'm away for three weeks, I'm going out to Lisbon to stay with my sister, she's just "
                     "had a baby. So could you skip the next two boxes?"),
                    ("Congratulations to her! I'll skip the next two deliveries and restart you three weeks "
                     "from today.", "Perfect. Three weeks from today, yes."),
                    ("Anything else?", "No, that's it. Thanks!"),
                ],
                {"first_name": "Priya"},
            ),
            Call(
                VEGBOX, 19, "en", "Box size and frequency change",
                "Priya Natarajan changed her subscription to a large box every week, still on Thursdays, "
                "because her partner has moved in, and added a weekly sourdough loaf.",
                [
                    ("Long Furrow Farm, hello!",
                     "Hi, Priya Natarajan. I'm back, and, um, things have changed a bit, my partner Owen's "
                     "moved in."),
                    ("Oh lovely. Do you want to change your box?",
                     "Yes, can we go up to the large, and every week instead of every other week? Owen eats "
                     "like a horse."),
                    ("Large, weekly, still Thursdays. Done.",
                     "And can you add one of your sourdough loaves? Every week as well."),
                    ("Weekly sourdough added. Still no aubergine?", "God, yes, still no aubergine."),
                    ("Perfect, all updated from this week.", "Thank you!"),
                ],
                analysis_items(
                    "Box size and frequency change", "", "",
                    "Large box weekly on Thursdays; partner Owen lives with her; weekly sourdough; no "
                    "aubergine",
                    "none", first_name="Priya",
                ),
            ),
            Call(
                VEGBOX, 3, "en", "Damaged items complaint",
                "Priya Natarajan reported that two eggs in her last box were cracked and the kale was "
                "yellowing. The agent applied a £4.20 credit to her next box.",
                [
                    ("Long Furrow Farm, veg boxes.",
                     "Hi, it's Priya Natarajan. I'm afraid last week's box wasn't great."),
                    ("Oh no, I'm sorry. What happened?",
                     "Two of the eggs were cracked, and the kale was, um, going yellow. Kind of limp."),
                    ("I'm really sorry. I'll put a credit of four pounds twenty on your next box.",
                     "Oh, that's kind, thank you."),
                    ("Anything else I can do?",
                     "Actually, yes, could you add fennel to my no list? Owen can't stand it. Anything "
                     "aniseed, he hates."),
                    ("Fennel's off too. Sorry again about the eggs.", "No worries, these things happen."),
                ],
                {"first_name": "Priya"},
            ),
        ],
        questions=[
            Question(VEGBOX, "How often does her box come now?", ("weekly", "every week"),
                     ("fortnightly", "every two weeks", "every other week")),
            Question(VEGBOX, "What size box does she get?", ("large",), ("medium",)),
            Question(VEGBOX, "Which vegetable must we never send her?", ("aubergine",)),
            Question(VEGBOX, "Which vegetable did she add to her no list for her partner?", ("fennel",)),
            Question(VEGBOX, "Where should the driver leave her box?", ("cool box", "back door")),
            Question(VEGBOX, "What is her partner called?", ("Owen",)),
            Question(VEGBOX, "Which foreign capital was she off to?", ("Lisbon",)),
            Question(VEGBOX, "How much credit did she get for the damaged items?",
                     ("4.20", "four pounds twenty", "four twenty")),
            Question(VEGBOX, "What bread does she get each week?", ("sourdough",)),
            Question(VEGBOX, "When did she last ring up to complain?", ("cracked", "kale")),
            Question(VEGBOX, "What is her postcode?", ()),
            Question(VEGBOX, "What is Owen's surname?", ()),
            Question(VEGBOX, "Does she want fruit added to her box as well?", ()),
        ],
    ),
    # A cookery school pupil who is coeliac (private to the school) and a coffee subscriber.
    Caller(
        number="+353871234567",
        names=("Fiona",),
        private_to={COOKERY: ("coeliac", "celiac", "gluten", "dietitian")},
        calls=[
            Call(
                ROASTER, 55, "en", "Espresso subscription set-up",
                "The user, Fiona Gallagher, subscribed to two 250 g bags of the Kettle Hill espresso blend, "
                "whole bean, every two weeks, delivered to the front desk at Harbour Point on Mayor Street.",
                [
                    ("Hollow Oak Roastery, hi there.",
                     "Hi, I'd like to set up one of your subscriptions. For espresso."),
                    ("Great. Can I get your name?", "Fiona Gallagher."),
                    ("Thanks, Fiona. What are you brewing on?",
                     "A Gaggia, the Classic. I'm only learning, to be honest."),
                    ("Good machine. For espresso most people go for our Kettle Hill blend. Two 250-gram bags "
                     "every two weeks is the most popular.",
                     "Let's do that. Whole bean, I've a grinder."),
                    ("Whole bean, Kettle Hill, two bags every two weeks. Where should we deliver?",
                     "To work, it's easier. Harbour Point, on Mayor Street, the front desk will sign for "
                     "it."),
                    ("Harbour Point, Mayor Street, front desk. You're all set up.", "Class, thanks."),
                ],
                analysis_items(
                    "Espresso subscription set-up", "", "",
                    "Kettle Hill blend, whole bean, 2 x 250g fortnightly; deliver to Harbour Point, Mayor "
                    "Street (front desk)",
                    "none", first_name="Fiona",
                ),
            ),
            Call(
                COOKERY, 40, "en", "Fresh pasta class booking",
                "The user, Fiona Gallagher, booked two places on the fresh pasta evening class on {+21} at "
                "6:30 PM for herself and her brother Cian, paying €150. She is coeliac, and the agent said "
                "the chef can make a gluten-free dough at a separate station. The agent will email to "
                "confirm the station with the chef.",
                [
                    ("The Larder Cookery School, Sinéad speaking.",
                     "Hi Sinéad, I'm looking at the fresh pasta evening class on your website? I'd love to "
                     "book two places."),
                    ("Lovely. Can I take your name?", "Fiona Gallagher."),
                    ("Thanks, Fiona. Is it for yourself and someone else?",
                     "Me and my brother, Cian. But, um, there's a thing, I'm coeliac. I was only diagnosed "
                     "in the spring, so I'm still getting used to it."),
                    ("That's no problem at all. Chef can do a gluten-free dough with rice and tapioca flour, "
                     "and you'd have your own station so there's no cross-contamination.",
                     "Oh, that's brilliant. Does it actually work, for pasta?"),
                    ("It does, it's a bit softer but it's lovely. The class is three weeks from today, half "
                     "six start.", "Half six, grand."),
                    ("It's seventy-five euro a place, so a hundred and fifty for the two.",
                     "That's fine, I'll pay now."),
                    ("Paid. I'll just confirm the separate station with chef and email you.",
                     "Perfect, thanks a million."),
                ],
                analysis_items(
                    "Fresh pasta class booking",
                    "School to confirm separate gluten-free station with chef and email Fiona", "",
                    "Coeliac (diagnosed this year) - strict gluten-free, own station; booked with brother "
                    "Cian; 2 places, €150 paid",
                    "health", first_name="Fiona",
                ),
            ),
            Call(
                COOKERY, 12, "en", "Class attendee change",
                "Fiona Gallagher said her brother can no longer attend the pasta class and her friend Aoife "
                "will take his place. The agent confirmed the chef has arranged a separate station for her. "
                "She asked about the knife skills course; the next one starts around {+42} and the agent "
                "will send details.",
                [
                    ("The Larder, hello.",
                     "Hi, it's Fiona Gallagher, I'm booked on the pasta class with my brother."),
                    ("Hi Fiona! Chef's confirmed your separate station, by the way.",
                     "Ah, great. Well, that's the thing, Cian can't make it now, work's sending him to "
                     "Cork. Could my friend Aoife take his place?"),
                    ("Of course, I'll change the name to Aoife.",
                     "Aoife, A-O-I-F-E. She's not coeliac, so she can do the normal dough."),
                    ("Lovely. Anything else?",
                     "Just, my dietitian said even a crumb of ordinary flour can set me off, so the "
                     "separate station really matters. And sorry, the knife skills course, when's the "
                     "next one?"),
                    ("The next knife skills course starts in about six weeks. I can send you the details.",
                     "Yes, please do."),
                ],
                {"first_name": "Fiona"},
            ),
            Call(
                ROASTER, 8, "en", "Grind and coffee change",
                "Fiona Gallagher switched her subscription to the Huila single origin, ground for filter, "
                "as she now uses a Chemex. She also asked to send a one-off Christmas gift bag of dark roast "
                "to her father in Galway; the agent will email her a link to enter his address.",
                [
                    ("Hollow Oak Roastery.", "Hi, it's Fiona Gallagher, I've the Kettle Hill subscription."),
                    ("Hi Fiona, how's it going with the Gaggia?",
                     "Ha, well, I've gone off espresso a bit. I got a Chemex for my birthday and I'm "
                     "obsessed. Could you send the beans ground for that instead?"),
                    ("Sure, ground for filter. Kettle Hill's a bit heavy for a Chemex, though, I'd try the "
                     "Huila, it's a Colombian single origin.", "Go on, switch me to the Huila then."),
                    ("Done: Huila, ground for filter, still two bags every two weeks.",
                     "And can I send a one-off bag to my dad for Christmas? Seamus Gallagher, he's in "
                     "Galway. He loves a dark roast."),
                    ("Absolutely, a gift bag of our dark roast. I'll email you a link for his address.",
                     "Perfect."),
                ],
                {"first_name": "Fiona"},
            ),
        ],
        questions=[
            Question(COOKERY, "What condition does she need us to cater for?", ("coeliac", "celiac")),
            Question(COOKERY, "Who is coming to the class with her?", ("Aoife",), ("Cian",)),
            Question(COOKERY, "What time does the pasta class start?",
                     ("6:30", "half six", "six thirty", "half past six")),
            Question(COOKERY, "What did her dietitian warn her about?", ("crumb",)),
            Question(COOKERY, "How much did she pay for the two places?", ("150", "hundred and fifty")),
            Question(COOKERY, "Which other course did she ask about?", ("knife skills",)),
            Question(COOKERY, "Is she allergic to nuts?", ()),
            Question(COOKERY, "What is Aoife's surname?", ()),
            Question(ROASTER, "How should her coffee be ground now?", ("filter", "Chemex"), ("whole bean",)),
            Question(ROASTER, "Which coffee is her subscription on?", ("Huila",), ("Kettle Hill",)),
            Question(ROASTER, "Where are her bags delivered?", ("Harbour Point", "Mayor Street")),
            Question(ROASTER, "What is her father's name?", ("Seamus",)),
            Question(ROASTER, "Which espresso machine does she have?", ("Gaggia",)),
            Question(ROASTER, "Does she have any dietary restrictions?", ()),
            Question(ROASTER, "What is her dad's street address in Galway?", ()),
        ],
    ),
    # A taproom party planned over a long first call, then grown and moved.
    Caller(
        number="+16175550187",
        names=("Marcus",),
        calls=[
            Call(
                TAPROOM, 44, "en", "Holiday party booking",
                "The user, Marcus Bell, booked the Mezzanine room for his firm Bell & Arden Architects' "
                "holiday party on December 18 for about 45 guests, 7 to 11 PM, with the four-hour draft "
                "beer package and the flatbread and pretzel spread. He paid a $500 deposit, and the agent "
                "will email the contract.",
                long_call(_TAPROOM_HEAD, _TAPROOM_MIDDLE, _TAPROOM_TAIL, acks=_TAPROOM_ACKS,
                          talk=_TAPROOM_TALK),
                analysis_items(
                    "Holiday party booking", "Agent to email the contract", "",
                    "Company: Bell & Arden Architects; holiday party Dec 18, 45 guests, Mezzanine room; "
                    "draft package plus flatbread/pretzel food",
                    "none", first_name="Marcus", event_type="private party",
                ),
            ),
            Call(
                TAPROOM, 21, "en", "Party moved to larger room",
                "Marcus Bell said his holiday party has grown to about sixty guests, so the agent moved it "
                "from the Mezzanine to the Barrel Hall on the same date. He added house wine to the drinks "
                "package and asked for a vegan option for three guests.",
                [
                    ("Ironbridge Brewing, Tasha speaking.",
                     "Tasha, hi, Marcus Bell, the Bell and Arden holiday party."),
                    ("Hi Marcus! What's up?",
                     "So, good problem, everybody's bringing their partners after all. We're at sixty now. "
                     "Maybe sixty-two, but call it sixty."),
                    ("Okay, sixty's over the Mezzanine's limit. I can move you down to the Barrel Hall, "
                     "same date, it takes up to a hundred.", "Barrel Hall works. Same price per head?"),
                    ("Same per head, and the room hire's the same.", "Great."),
                    ("Anything else changing?",
                     "Some of the partners don't drink beer. Can we add wine? And three people are vegan."),
                    ("I'll add a house red and white, that's six more a head, and we'll do a vegan "
                     "flatbread for the three.", "Perfect, thank you."),
                ],
                {"first_name": "Marcus", "event_type": "private party"},
            ),
            Call(
                TAPROOM, 2, "en", "Final party details",
                "Marcus Bell confirmed final numbers of sixty for the December 18 party in the Barrel Hall "
                "and moved the start time to 7:30 PM. A band, The Night Shift, will arrive at 5:30 PM to set "
                "up.",
                [
                    ("Ironbridge Brewing, this is Tasha.",
                     "Hey Tasha, Marcus Bell again. Last few things for the eighteenth, I promise."),
                    ("Of course! Go ahead.",
                     "We've hired a band, a three-piece called The Night Shift. They'd need to come in at "
                     "five thirty to set up and soundcheck. Is that OK?"),
                    ("Five thirty is fine, the Barrel Hall's free from five.",
                     "Great. And can we push the start to seven thirty? People are coming straight from "
                     "the office and the traffic's terrible."),
                    ("Seven thirty to eleven thirty, then, I'll move it.",
                     "Perfect. And final numbers are still sixty."),
                    ("Sixty it is. I'll send the final invoice after the event.", "Thanks so much."),
                ],
                analysis_items(
                    "Final party details", "Tasha to send final invoice after the event", "",
                    "Band The Night Shift arrives 5:30pm; start moved to 7:30pm; 60 guests; Barrel Hall",
                    "none", first_name="Marcus", event_type="private party",
                ),
            ),
        ],
        questions=[
            Question(TAPROOM, "How many guests is the party for now?", ("sixty", "60 guests"),
                     ("forty-five", "45 guests")),
            Question(TAPROOM, "Which room is the party in?", ("Barrel Hall",), ("Mezzanine",)),
            Question(TAPROOM, "What date is the holiday party?",
                     ("eighteenth", "18th", "December 18", "Dec 18")),
            Question(TAPROOM, "What time does the party start?", ("7:30", "seven thirty"),
                     ("7 to 11", "7 pm", "seven pm")),
            Question(TAPROOM, "Who should the invoice go to?", ("Denise",)),
            Question(TAPROOM, "Which bakery is bringing the cake?", ("Flourish",)),
            Question(TAPROOM, "Will he want kit to show pictures on a wall?", ("projector",)),
            Question(TAPROOM, "How many vegan guests are there?",
                     ("for three", "three people are vegan", "3 vegan")),
            Question(TAPROOM, "When does the band get there?", ("5:30", "five thirty")),
            Question(TAPROOM, "What's the band called?", ("Night Shift",)),
            Question(TAPROOM, "Which firm is the party for?", ("Arden",)),
            Question(TAPROOM, "What is Denise's email address?", ()),
            Question(TAPROOM, "How many vegetarian guests are coming?", ()),
            Question(TAPROOM, "What time does the band finish playing?", ()),
        ],
    ),
    # One phone, two people: a coffee subscription and the wife's one-off addition.
    Caller(
        number="+16465550133",
        names=("Kenji", "Yuki"),
        calls=[
            Call(
                ROASTER, 36, "en", "Monthly coffee subscription",
                "The user, Kenji Watanabe, started a monthly subscription for one kilo of Sumatra "
                "Mandheling, ground coarse for a French press, delivered to the doorman at The Ashford, "
                "310 West 72nd Street. Billing is on the first of each month.",
                [
                    ("Hollow Oak Roastery, hi there.",
                     "Hi, yeah, I want to sign up for the monthly thing. The one kilo bag."),
                    ("Sure! Can I get your name?", "Kenji Watanabe."),
                    ("Thanks, Kenji. Which coffee?", "The Sumatra, the, uh, Mandheling. Dark as you've got."),
                    ("Sumatra Mandheling, one kilo monthly. Whole bean or ground?",
                     "Ground, for a French press. Coarse."),
                    ("Coarse for French press. Where's it going?",
                     "The Ashford, three-ten West Seventy-second. There's a doorman, he'll take it."),
                    ("Great. We bill on the first of each month and ship the same week.",
                     "First of the month, fine."),
                ],
                analysis_items(
                    "Monthly coffee subscription", "", "",
                    "1kg Sumatra Mandheling monthly, coarse grind for French press; The Ashford, 310 W 72nd "
                    "St, leave with doorman",
                    "none", first_name="Kenji",
                ),
            ),
            Call(
                ROASTER, 10, "en", "One-off bag added",
                "Yuki, Kenji Watanabe's wife, added a one-off 250 g bag of Ethiopia Guji, ground for French "
                "press, to this month's box, and asked to hold the January delivery while they are away "
                "over New Year.",
                [
                    ("Hollow Oak Roastery.",
                     "Hi, um, I'm calling about my husband's subscription, Kenji Watanabe? I'm his wife, "
                     "Yuki."),
                    ("Hi Yuki! How can I help?",
                     "Could you add a small bag of something lighter, just once? He drinks that dark stuff "
                     "but I can't."),
                    ("Sure, our Ethiopia Guji is bright and fruity, 250 grams.",
                     "That one, please. Ground the same way, for the French press."),
                    ("Added to this month's box.",
                     "Oh, and we'll be away over New Year's, can you hold the January delivery?"),
                    ("I'll hold the January box and restart you after.", "Thank you!"),
                ],
                {"first_name": "Yuki"},
            ),
        ],
        questions=[
            Question(ROASTER, "Which coffee is on the monthly subscription?", ("Sumatra", "Mandheling")),
            Question(ROASTER, "How do they brew at home?", ("French press",)),
            Question(ROASTER, "What extra bag was added?", ("Guji",)),
            Question(ROASTER, "Which building does the delivery go to?", ("Ashford",)),
            Question(ROASTER, "When is the subscription billed?",
                     ("first of each month", "first of the month")),
            Question(ROASTER, "Which delivery are they skipping?", ("New Year", "hold the January")),
            Question(ROASTER, "What is the doorman's name?", ()),
            Question(ROASTER, "Does Kenji take milk in his coffee?", ()),
            Question(ROASTER, "Which roast does Yuki want for her own subscription?", ()),
        ],
    ),
    # A fishmonger's regular, with a long chatty call about an anniversary dinner.
    Caller(
        number="+353861239876",
        names=("Bernadette",),
        calls=[
            Call(
                FISHMONGER, 38, "en", "Weekly fish order",
                "The user, Bernadette Quinlan, set up a weekly Friday delivery of two skinned hake fillets "
                "and a pound of mussels to 14 Harbour View, Cobh, about €22 a week.",
                [
                    ("Quayside Fish, good morning.",
                     "Morning, it's Bernadette Quinlan. Bernie. I want to set up a regular order, I'm sick "
                     "of queueing of a Friday."),
                    ("No bother, Bernie. What would you like?",
                     "Two fillets of hake, and a pound of mussels, every Friday. And the hake skinned, "
                     "please, Declan won't eat the skin."),
                    ("Two hake fillets, skin off, and a pound of mussels every Friday. Collection or "
                     "delivery?", "Delivery, if you do it. 14 Harbour View, in Cobh."),
                    ("We do, Friday mornings. That's about twenty-two euro a week.",
                     "Grand, sure that's fine."),
                ],
                analysis_items(
                    "Weekly fish order", "", "",
                    "Goes by Bernie; husband Declan; weekly Friday delivery: 2 hake fillets skin off + 1lb "
                    "mussels; 14 Harbour View, Cobh",
                    "none", first_name="Bernadette",
                ),
            ),
            Call(
                FISHMONGER, 17, "en", "Anniversary dinner order",
                "Bernadette Quinlan ordered two lobsters and a whole turbot of about two kilos for an "
                "anniversary dinner, for collection on Saturday week, about €110 payable on collection. Her "
                "usual Friday delivery continues.",
                long_call(_FISH_HEAD, _FISH_MIDDLE, _FISH_TAIL, acks=_FISH_ACKS, talk=_FISH_TALK, start=3),
                {"first_name": "Bernadette"},
            ),
            Call(
                FISHMONGER, 5, "en", "Anniversary order change",
                "Bernadette Quinlan increased her anniversary order to three lobsters because her son is "
                "flying home; the turbot stays the same and the total is about €145.",
                [
                    ("Quayside Fish.", "Hello, Bernie Quinlan, the anniversary order."),
                    ("Hi Bernie. All good?",
                     "It is, only our son Eoin is flying home from Toronto for it, a surprise for Declan. "
                     "So can you make it three lobsters instead of two?"),
                    ("Three lobsters, no problem. The turbot stays the same?", "Same turbot, yes."),
                    ("That brings it to about a hundred and forty-five euro.",
                     "Fine, fine. Not a word to Declan if he rings!"),
                    ("Ha, my lips are sealed.", "Good girl."),
                ],
                analysis_items(
                    "Anniversary order change",
                    "Anniversary order collection; about €145 payable on collection", "",
                    "Son Eoin flying home from Toronto as a surprise for husband Declan - don't mention "
                    "to Declan; 3 lobsters + whole turbot",
                    "none", first_name="Bernadette",
                ),
            ),
        ],
        questions=[
            Question(FISHMONGER, "How does she want her hake prepared?", ("skin off", "skinned", "skinless")),
            Question(FISHMONGER, "How many lobsters is she getting?", ("three lobsters", "3 lobsters"),
                     ("two lobsters", "2 lobsters")),
            Question(FISHMONGER, "Who is picking up the anniversary order?", ("Niamh",)),
            Question(FISHMONGER, "What parts of the big flatfish should be put aside?",
                     ("the head", "bones", "stock")),
            Question(FISHMONGER, "Which anniversary are they celebrating?",
                     ("ruby", "forty years", "40 years", "40th")),
            Question(FISHMONGER, "Who is flying home for the dinner?", ("Eoin",)),
            Question(FISHMONGER, "What is her delivery address?", ("Harbour View",)),
            Question(FISHMONGER, "What is her husband called?", ("Declan",)),
            Question(FISHMONGER, "Which wine is she serving with the turbot?", ()),
            Question(FISHMONGER, "What time will Niamh come in to collect?", ()),
            Question(FISHMONGER, "Does Declan have any allergies?", ()),
        ],
    ),
    # A food truck hired for a graduation party; a community gate code.
    Caller(
        number="+14045550176",
        names=("Darnell",),
        calls=[
            Call(
                FOODTRUCK, 27, "en", "Graduation party truck booking",
                "The user, Darnell Whitfield, booked the BBQ truck for his daughter's graduation party on "
                "{+30} for about 80 guests, serving brisket and pulled pork with mac and cheese and collard "
                "greens from 4 PM. The party is at 418 Laurel Ridge Drive, Decatur; he gave the gate code, "
                "6947, and the truck will park on the street in front of the house. He will send the $500 "
                "deposit today.",
                [
                    ("Smoke Signal BBQ, this is Ray, you looking to book the truck?",
                     "Yeah, hey Ray. Darnell Whitfield. My daughter's graduating and we're throwing her a "
                     "party."),
                    ("Congratulations! When's the party?",
                     "It's a month from today, actually, to the day. Afternoon thing, out back."),
                    ("Great. How many people?",
                     "About eighty. Family, her friends from school, church folks."),
                    ("Eighty. Menu-wise, most folks do brisket and pulled pork with two sides.",
                     "Brisket and pulled pork, yeah. Mac and cheese for sure, and the collard greens."),
                    ("Where are we parking?",
                     "418 Laurel Ridge Drive, in Decatur. It's a gated community, the gate code is 6 9 4 7, "
                     "and the truck can park out on the street in front of the house, there's plenty of "
                     "room."),
                    ("Perfect. Serving from four?",
                     "Four o'clock's right. She's Jasmine, by the way, if your guys want to say congrats."),
                    ("Ha, we'll make her a sign. The deposit is five hundred.",
                     "Okay, I'll send that today."),
                ],
                analysis_items(
                    "Graduation party truck booking", "Darnell to send $500 deposit", "",
                    "Daughter Jasmine's graduation party; ~80 guests; 418 Laurel Ridge Dr, Decatur (gated "
                    "community); brisket + pulled pork, mac and cheese, collards; service from 4pm",
                    "none", first_name="Darnell",
                ),
            ),
            Call(
                FOODTRUCK, 14, "en", "Guest count and menu change",
                "Darnell Whitfield raised the guest count to ninety-five and swapped the pulled pork for "
                "smoked chicken; sides stay the same with extra mac and cheese. The new total is $2,350, "
                "with $1,850 left after the deposit.",
                [
                    ("Smoke Signal BBQ, Ray speaking.", "Ray, it's Darnell Whitfield, the graduation party."),
                    ("Hey Darnell! What's up?",
                     "Couple of changes. Numbers went up, we're at ninety-five now, her whole dorm floor's "
                     "coming."),
                    ("Ninety-five, okay. That's fine for the truck.",
                     "And swap the pulled pork for smoked chicken. A bunch of her friends' families don't "
                     "eat pork."),
                    ("Brisket and smoked chicken, then. Sides the same?",
                     "Same sides. Maybe extra mac and cheese, honestly, those kids."),
                    ("I'll bump the mac. New total's twenty-three fifty, minus your five hundred.",
                     "So eighteen fifty left. Got it."),
                ],
                {"first_name": "Darnell"},
            ),
            Call(
                FOODTRUCK, 3, "en", "Party logistics check",
                "Darnell Whitfield confirmed the truck will arrive at 2 PM on {+6} and serve from 4 PM. The "
                "truck should bring its own generator. He will pay the $1,850 balance on the day by "
                "cashier's check.",
                [
                    ("Smoke Signal BBQ.",
                     "Hey, Darnell Whitfield. The party's less than a week out, just checking the plan."),
                    ("Hey Darnell. So we'll roll up at two, set up, and serve from four.",
                     "Two's good. The street's flat out front, you won't have any trouble."),
                    ("Do we need to bring our own power?",
                     "Bring the generator, my outside outlets are flaky."),
                    ("Generator it is. Balance on the day, eighteen fifty.",
                     "I'll have a cashier's check for you."),
                    ("Perfect. See you then!", "See you, man."),
                ],
                analysis_items(
                    "Party logistics check", "Truck arrives 2pm, serves from 4pm; collect $1,850 balance",
                    "{+6}", "Bring generator (outdoor outlets unreliable); pays by cashier's check",
                    "none", first_name="Darnell",
                ),
            ),
        ],
        questions=[
            Question(FOODTRUCK, "How many guests are expected?", ("ninety-five", "95"),
                     ("eighty", "80 guests")),
            Question(FOODTRUCK, "What milestone is being celebrated?", ("graduation", "graduating")),
            Question(FOODTRUCK, "What's his daughter's name?", ("Jasmine",)),
            Question(FOODTRUCK, "What's the second meat on the menu now?", ("chicken",), ("pulled pork",)),
            Question(FOODTRUCK, "Where is the party?", ("Laurel Ridge",)),
            Question(FOODTRUCK, "Where should the truck park?", ("on the street", "street out front")),
            Question(FOODTRUCK, "What time does the truck arrive to set up?", ("2 PM", "2pm", "at two")),
            Question(FOODTRUCK, "Does the truck need to bring power?", ("generator",)),
            Question(FOODTRUCK, "How much is still owed?", ("1,850", "1850", "eighteen fifty")),
            Question(FOODTRUCK, "How will he pay the balance?", ("cashier's check",)),
            Question(FOODTRUCK, "Which sauce does Jasmine like on her brisket?", ()),
            Question(FOODTRUCK, "How many children will be at the party?", ()),
            Question(FOODTRUCK, "What time does the party end?", ()),
        ],
    ),
    # A French caller of the butcher and the cookery school, asked about in English.
    Caller(
        number="+33645781290",
        names=("Camille",),
        calls=[
            Call(
                BUTCHER, 22, "fr", "Christmas capon order",
                "The user, Camille Fournier, ordered a capon of about three and a half kilos for eight "
                "people for Christmas, with a pork-free chestnut stuffing, for collection on the morning of "
                "24 December. No deposit was needed; she will pay on collection.",
                [
                    ("Hartley and Sons, bonjour ! Comment puis-je vous aider ?",
                     "Bonjour, euh, je voudrais passer une commande pour Noël, s'il vous plaît."),
                    ("Avec plaisir. À quel nom ?", "Camille Fournier. F-O-U-R-N-I-E-R."),
                    ("Merci, Camille. Que désirez-vous ?",
                     "Un chapon. Environ trois kilos, c'est pour six personnes... non, attendez, on sera "
                     "huit. Trois kilos et demi, alors."),
                    ("Un chapon de trois kilos et demi. Autre chose ?",
                     "Et vous faites de la farce ? Je voudrais une farce aux marrons, mais sans porc, ma "
                     "belle-mère ne mange pas de porc."),
                    ("Oui, une farce aux marrons sans porc, c'est possible. Le retrait, quel jour ?",
                     "Le vingt-quatre au matin. Je suis prête à payer un acompte maintenant si vous voulez."),
                    ("Ce n'est pas nécessaire pour les chapons, vous paierez au retrait.",
                     "Ah, parfait. Merci beaucoup, bonne journée."),
                ],
                {"first_name": "Camille"},
            ),
            Call(
                COOKERY, 9, "fr", "Gift voucher purchase",
                "The user, Camille Fournier, bought a £90 gift voucher for the viennoiserie pastry class for "
                "her partner Hugo's birthday. The voucher will be emailed to her, not to him, as it is a "
                "surprise; it is valid for one year.",
                [
                    ("The Larder Cookery School, bonjour !",
                     "Bonjour, je voudrais offrir un bon cadeau pour un cours. C'est pour l'anniversaire de "
                     "mon compagnon, Hugo."),
                    ("Quelle belle idée. Pour quel cours ?",
                     "Le cours de pâtisserie, les viennoiseries, les croissants, tout ça. Il adore ça."),
                    ("Le bon pour l'atelier viennoiseries est à quatre-vingt-dix livres.",
                     "D'accord, quatre-vingt-dix, c'est bien."),
                    ("Je vous l'envoie par e-mail ou par la poste ?",
                     "Par e-mail, s'il vous plaît, à moi, pas à lui, c'est une surprise !"),
                    ("Bien sûr. Il est valable un an.", "Parfait, merci."),
                ],
                analysis_items(
                    "Gift voucher purchase", "Email £90 pastry class voucher to Camille", "",
                    "Partner Hugo (birthday); voucher is a surprise - send to Camille only",
                    "none", first_name="Camille",
                ),
            ),
        ],
        questions=[
            Question(BUTCHER, "What bird is she getting for Christmas?", ("capon", "chapon")),
            Question(BUTCHER, "How heavy should her bird be?",
                     ("three and a half", "trois kilos et demi", "3.5")),
            Question(BUTCHER, "What kind of stuffing does she want?", ("chestnut", "marrons")),
            Question(BUTCHER, "Which relative of hers avoids pork?", ("belle-mère", "mother-in-law")),
            Question(BUTCHER, "When will she collect?",
                     ("24 December", "Christmas Eve", "vingt-quatre", "24th")),
            Question(BUTCHER, "What time on the 24th is she collecting?", ()),
            Question(COOKERY, "Who is the gift voucher for?", ("Hugo",)),
            Question(COOKERY, "How much was the voucher?", ("£90", "quatre-vingt-dix")),
            Question(COOKERY, "Which class is the voucher for?", ("viennoiserie", "pâtisserie", "pastry")),
            Question(COOKERY, "Is Hugo allergic to anything?", ()),
            Question(COOKERY, "When is Hugo's birthday?", ()),
        ],
    ),
]  # fmt: skip
