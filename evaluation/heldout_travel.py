"""Held-out callers of travel businesses: a ferry operator's booking line, a coach tour company, an
independent travel agent, an airport parking service, a bike hire and repair shop, a removal company, a taxi
firm's account desk and a self-storage site.

Nine callers, as ElevenLabs would report their calls: untidy speech, numbers said in words, corrections a
later call makes, three calls of 80+ exchanges whose middle holds facts no summary or analysis item repeats
(an island-hopping ferry booking, an anniversary trip, a removal survey), an Italian caller of the coach
tour company and a German caller of the bike shop (asked about in English), a landline a married couple
share, a caller of the travel agent and the airport parking service whose health stays with the travel
agent, access codes (a key safe, a house alarm, a storage gate, a key lockbox) that no answer may return,
and about half of the calls carrying the post-call analysis items, filled as a model fills them: facts left
out, a category that misfires, values in the caller's language, a date left empty, a code kept among the
facts. Days are relative to the run (``days_ago``; ``{+N}`` in a summary or an analysis item is N days
after that call).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

FERRY = "agent_ferry_00000000000000000000000091"
COACH = "agent_coach_00000000000000000000000092"
TRAVEL = "agent_travel_0000000000000000000000093"
PARKING = "agent_parking_000000000000000000000094"
BIKES = "agent_bikes_00000000000000000000000095"
REMOVALS = "agent_removals_00000000000000000000096"
TAXI = "agent_taxi_000000000000000000000000097"
STORAGE = "agent_storage_000000000000000000000098"

_FERRY_ACKS = [
    "Mm-hm.",
    "Aye, of course.",
    "That's no bother.",
    "Right.",
    "Ha, I know.",
    "Yes, absolutely.",
    "Oh, definitely.",
    "Sure.",
    "That's right.",
    "It's lovely out there, you'll have a great time.",
    "Good question.",
    "I understand.",
]
_FERRY_TALK = [
    "We went to Mull years ago and it rained every single day, so we're due some sun.",
    "Is it usually busy on the boats in the summer, or will we be fine?",
    "I've been reading up on the beaches on Barra, they look like the Caribbean, only colder.",
    "Is it true the plane lands on the beach there? I'd love to see that.",
    "We'll not be flying, mind, I'm not getting in one of those wee planes.",
    "Do the boats get cancelled much for the weather?",
    "Aye, I suppose you can't argue with the Minch.",
    "What's the food like on board? I'm partial to a fish supper.",
    "Sorry, the kettle's just boiled, give me one second.",
    "Right, I'm back, where were we?",
    "Shona's got a list of every beach on the Uists, she's printed a map.",
    "We're wanting to see the machair with all the wee flowers.",
    "Is there somewhere to fill up with diesel on Barra? I'd hate to run out.",
    "I'll fill up in Oban anyway, just to be safe.",
    "Do you get a lot of caravans on that route?",
    "I've never reversed a caravan onto a boat, I'm a wee bit nervous, to be honest.",
    "Oh, you drive straight on? That's a relief.",
    "Is there a phone signal out there or are we off the grid?",
    "That'll do Shona good, she's never off her phone.",
    "Don't tell her I said that.",
    "Are the midges bad in the Outer Hebrides? Everybody warns us.",
    "We've bought the Smidge, two bottles, and the wee nets for your head.",
    "Do you live out that way yourself?",
    "Oh, lovely, you must see some sights from the office.",
    "We've wanted to do this trip since we retired, just never got round to it.",
    "I was a postie for thirty-odd years, I know every road in Paisley.",
    "Is there a shop on board? I'll need a map, a proper paper one.",
    "I don't trust the satnav out there, it sent us into a field on Arran.",
    "Do we need to be there early for the boat or just turn up?",
    "Right, I'll write that down, Shona will ask.",
    "Is the Castlebay sailing a long one? Five hours or so?",
    "That's fine, we'll bring a flask and the crossword.",
    "Is there a campsite near Castlebay, do you know?",
    "Aye, we'll have a look on the internet later.",
    "Sorry, I'm blethering, you've got other folk to deal with.",
    "It's just nice to speak to a real person for once.",
]

_TRAVEL_ACKS = [
    "Mm-hm.",
    "Oh, absolutely.",
    "Of course.",
    "Ha, I love that.",
    "Yes, that's very common.",
    "Right.",
    "Lovely.",
    "That's a good point, I'll bear it in mind.",
    "Sure.",
    "Oh, I know.",
    "No, not at all.",
    "Yes, definitely.",
]
_TRAVEL_TALK = [
    "I've been watching videos on YouTube every night, Bisi thinks I'm obsessed.",
    "Is it true the trains are never late? Not even a minute?",
    "Coming from Southern Rail, that's going to be a shock.",
    "Do we need a visa for Japan on British passports?",
    "Okay, good, one less form to fill in.",
    "Is it easy to get around if you don't speak Japanese?",
    "I've downloaded one of those translation apps, we'll see.",
    "Bisi has bought a phrasebook already, she's practising arigato on the neighbours.",
    "Is Tokyo very expensive? People keep telling me it's expensive.",
    "Oh, less than London? That's reassuring, actually.",
    "Do they really have vending machines on every corner?",
    "I want to go to one of those tiny bars, with six seats.",
    "Is it rude to tip? I read that somewhere.",
    "Right, no tipping, I'll remember. Bisi will forget.",
    "Sorry, someone's at the door, one second... it's just a parcel.",
    "Okay, I'm back. Where were we?",
    "We've never done a long-haul trip like this, the furthest was Dubai.",
    "I'm a bit nervous about the jet lag, I'm useless without sleep.",
    "Is it better to go east or west first? Does it matter?",
    "What's the weather like then, roughly? Coats?",
    "Layers, okay, I'll tell her. She'll pack four coats anyway.",
    "Do the hotels have the toilets with all the buttons? Tunde won't stop talking about them.",
    "Ha, he said he spent ten minutes working out how to flush.",
    "We'd love to see a sumo match if it's possible, but no pressure.",
    "Do they have those cafés with the cats? Bisi would love that.",
    "I'm more interested in the temples, honestly, and the gardens.",
    "And the food, of course. I want to eat everything.",
    "Is it easy to book restaurants or do you just turn up?",
    "Should we carry cash? I heard a lot of places don't take cards.",
    "Okay, I'll get some yen before we go.",
    "Our children want to pay for a special dinner out there, they've insisted.",
    "They're all grown up now, it makes me feel ancient.",
    "Is there anything you'd say we shouldn't miss?",
    "Nara, with the deer? I've seen pictures, they bow to you?",
    "Sorry, I'm asking you everything at once.",
    "It's just, this trip matters a lot to us, you know.",
]

_REMOVALS_ACKS = [
    "Mm-hm.",
    "Yep, got that.",
    "Okay.",
    "No problem.",
    "Ha, we've seen worse.",
    "Right.",
    "Lovely.",
    "That's fine.",
    "Sure.",
    "Don't worry about that.",
    "Yeah.",
    "Okay, noted.",
]
_REMOVALS_TALK = [
    "Sorry, the signal drops in this corner, can you still see me?",
    "This is the dining room, the table extends but we never extend it.",
    "The sideboard's ancient, it weighs a ton.",
    "We've lived here nineteen years, so you can imagine the stuff.",
    "I'm trying to be ruthless but it's not going well.",
    "That lamp's going to the charity shop, ignore it.",
    "Okay, kitchen. The fridge freezer is staying, the buyers wanted it.",
    "The washing machine's coming, the cottage doesn't have one.",
    "Do you take plants? I've got a lot of plants.",
    "Okay, I'll move the plants myself in the car, that's fine.",
    "Sorry, that's the cat, she's very interested in the phone.",
    "She hates change. Well, she loves boxes, so maybe she'll cope.",
    "Upstairs now, mind the stairs, I'm walking and talking.",
    "This is our room. The wardrobe's built in, so that stays.",
    "The bed comes apart, my husband says he can do it, I say you should.",
    "The bathroom's just toiletries and towels, nothing much.",
    "Spare room. This is where things go to be forgotten.",
    "Those boxes are from the last move, never unpacked. Nineteen years.",
    "Do people often bring things they never open?",
    "Ha, that's reassuring, I'm not the only one.",
    "Loft now, hang on, I'll have to go up the ladder with the phone.",
    "Christmas decorations, suitcases, the kids' school stuff.",
    "It's all quite light, it's just a lot of it.",
    "Okay, back down, I didn't drop the phone, a miracle.",
    "Garage. Brace yourself.",
    "Two bikes, a lawnmower, a workbench, and about forty paint tins.",
    "Oh, you can't take paint? Right, the tip it is.",
    "The garden furniture is the metal set, table and four chairs.",
    "The shed's staying, it's falling down anyway.",
    "Does the packing service do the glasses too? They terrify me.",
    "Good, I'd rather you wrapped the glasses than me.",
    "My husband's away a lot with work, so it's mostly me organising this.",
    "Is there anything we shouldn't pack ourselves?",
    "Passports and chargers, good tip, I'll put them in the car.",
    "Sorry, I keep turning the phone the wrong way.",
    "This is so much more stuff than I thought.",
]


HELDOUT_TRAVEL: list[Caller] = [
    Caller(
        number="+441414960372",
        names=("Duncan", "Shona"),
        calls=[
            Call(
                FERRY, 58, "en", "Island-hopping trip with car and caravan",
                "The user, Duncan Baird, called the booking line to plan an island-hopping trip for himself "
                "and his wife Shona. The agent booked Oban to Castlebay on {+63} at 1:30 PM and a return "
                "from Lochboisdale to Mallaig on {+70}, both for a car towing a touring caravan, and took "
                "payment of £412. The agent explained that the short crossing from Barra to Eriskay is "
                "booked separately on the day.",
                long_call(
                    [
                        ("Good morning, Clyde and Isles Ferries bookings, Morven speaking.",
                         "Oh, hello there, good morning. Right, I'm, eh, I'm hoping to book a wee trip round "
                         "the islands. It's a bit complicated, I'm warning you now."),
                        ("That's what we're here for. Can I take your name?",
                         "Duncan Baird. B-A-I-R-D. And it'll be me and my wife, Shona."),
                        ("Lovely. Where are you thinking of starting?",
                         "Oban to Barra. Castlebay. Then we work our way up through the Uists, and come "
                         "back, eh, Lochboisdale to Mallaig, I think, is that a thing?"),
                        ("It is, yes. And when would you like to go?",
                         "About nine weeks from now. Outbound on the, eh, the early afternoon one if there "
                         "is one."),
                        ("There's a sailing at half past one from Oban that day.",
                         "Half one. Grand, that's perfect, we can drive up in the morning."),
                        ("And what vehicle will you be bringing?",
                         "The car and the caravan. It's a touring caravan, a wee two-berth. Is that a "
                         "problem on the boats?"),
                    ],
                    [
                        ("Not at all. I'll need the registration of the car for the booking.",
                         "Right, it's, eh, S K one nine, W H D. It's a silver Octavia estate."),
                        ("SK19 WHD, thank you. Will you have any pets with you?",
                         "Aye, Bramble. She's a springer spaniel, eight years old. She'll stay in the car, "
                         "she's happier there, she sleeps the whole way. Snores, mind."),
                        ("Does anyone in the party need assistance boarding?",
                         "Shona might like the lift up from the car deck. She had her knee done last year "
                         "and the stairs on those boats are steep."),
                        ("I'll add lift assistance to the booking.",
                         "That's kind, thanks. It's our ruby anniversary, you see, forty years, so she wants "
                         "everything to go smoothly."),
                        ("Forty years! Congratulations.", "Thank you. Don't know how she's put up with me."),
                    ],
                    [
                        ("So that's Oban to Castlebay with car and caravan, and Lochboisdale to Mallaig a "
                         "week later. That comes to four hundred and twelve pounds.",
                         "Four hundred and twelve. Aye, that's about what I thought. I'll pay on the card "
                         "now."),
                        ("Thank you, that's gone through. The short crossing from Barra to Eriskay is booked "
                         "separately, on the day.", "Oh right, good to know, I'll not panic then."),
                        ("Anything else I can help with?",
                         "No, that's me. Thanks very much, Morven, you've been very patient."),
                        ("Enjoy the islands.", "We will. Cheerio."),
                    ],
                    acks=_FERRY_ACKS, talk=_FERRY_TALK, total=86,
                ),
                analysis_items(
                    "Island-hopping ferry booking", "", "",
                    "Duncan Baird; wife Shona; car and touring caravan; Oban to Castlebay outbound; "
                    "Lochboisdale to Mallaig return; paid £412", "none", first_name="Duncan",
                ),
            ),
            Call(
                FERRY, 30, "en", "Return sailing changed",
                "The user, Shona Baird, called about the island-hopping booking her husband Duncan made. "
                "She changed the return sailing to Lochmaddy to Uig on {+43}, one day later than planned, "
                "so they can visit her cousin Catriona on North Uist. The agent made the change for an "
                "amendment fee of £23 and confirmed the 7:30 AM sailing.",
                [
                    ("Clyde and Isles Ferries, bookings, how can I help?",
                     "Hello, yes, it's Shona Baird. My husband booked us a trip round the islands, Duncan "
                     "Baird? I think it's under his name."),
                    ("Let me find it... yes, Oban to Castlebay, car and caravan. How can I help?",
                     "We need to change the way home. Instead of Mallaig, could we come back from North "
                     "Uist? My cousin Catriona's there, in Lochmaddy, and she'll never forgive me if we "
                     "drive past."),
                    ("Lochmaddy to Uig, then. The day after the original, would that work?",
                     "The day after. Aye, that's perfect, it gives us a night with her."),
                    ("There's one sailing that morning, at half past seven.",
                     "Half seven in the morning. Duncan'll moan but he'll live."),
                    ("There's an amendment fee of twenty-three pounds.",
                     "That's fine, put it on the same card. Is the dog still all right on that boat?"),
                    ("Yes, same rules, she can stay in the car.",
                     "Grand. She's a better sailor than me, I get terribly seasick on the Minch."),
                    ("Your updated confirmation will come by email.", "Lovely. Thanks very much."),
                ],
                {"first_name": "Shona"},
            ),
            Call(
                FERRY, 6, "en", "Caravan removed and check-in time",
                "The user, Duncan Baird, called to say they have sold their caravan and will travel with the "
                "car and a roof tent instead. The agent changed both sailings to a car only and refunded £96 "
                "to his card. The agent reminded him that check-in at Oban closes 30 minutes before the 1:30 "
                "PM sailing on {+11}.",
                [
                    ("Clyde and Isles Ferries, Morven speaking.",
                     "Morven! It's Duncan Baird, you did our island trip a while back. The caravan one."),
                    ("Hello Duncan. What can I do for you?",
                     "Well, there's no caravan any more. We sold it. Long story, a man at the bowling club "
                     "made us an offer we couldn't refuse."),
                    ("Ha, fair enough. So just the car now?",
                     "Just the car. We've got one of those tents that goes on the roof instead. Shona thinks "
                     "I'm mad, at sixty-six."),
                    ("A roof tent doesn't add length, so I'll change both sailings to a car only. That's a "
                     "refund of ninety-six pounds.", "Ninety-six back. Well, that's the petrol paid for."),
                    ("It'll be back on your card in three to five days.",
                     "Grand. And remind me, what time do we need to be at Oban?"),
                    ("Check-in closes thirty minutes before departure, so by one o'clock for the half one "
                     "sailing.", "One o'clock at the latest. I'll have us there by twelve, knowing me."),
                    ("Perfect. Anything else?",
                     "No, that's it. See you on the boat. Well, not you. Cheerio."),
                ],
                analysis_items(
                    "Caravan removed from ferry booking", "Be at Oban for check-in by 1:00 PM", "{+11}",
                    "Duncan Baird; caravan sold, now car with roof tent; refund £96", "finance",
                    first_name="Duncan",
                ),
            ),
        ],
        questions=[
            Question(FERRY, "Where does the Bairds' return sailing leave from?", ("Lochmaddy",),
                     ("Lochboisdale",)),
            Question(FERRY, "Which port does their return sailing arrive at?", ("Uig",), ("Mallaig",)),
            Question(FERRY, "What time is the sailing from Oban?", ("1:30", "half one", "half past one")),
            Question(FERRY, "By what time must Duncan check in at Oban?", ("one o'clock", "1:00")),
            Question(FERRY, "What time does the Lochmaddy boat leave?", ("7:30", "half past seven",
                                                                         "half seven")),
            Question(FERRY, "What is the registration of the Bairds' car?", ("SK19 WHD", "S K one nine")),
            Question(FERRY, "What is Duncan and Shona's dog called?", ("Bramble",)),
            Question(FERRY, "Which pooch breed rides along?", ("springer",)),
            Question(FERRY, "What help does Shona need boarding?", ("lift",)),
            Question(FERRY, "Which anniversary are Duncan and Shona celebrating?", ("ruby", "forty years")),
            Question(FERRY, "Who are they visiting on North Uist?", ("Catriona",)),
            Question(FERRY, "How much was refunded to Duncan?", ("£96", "ninety-six")),
            Question(FERRY, "What will they sleep in now the caravan is gone?",
                     ("roof tent", "tents that goes on the roof")),
            Question(FERRY, "Who gets queasy at sea?", ("seasick",)),
            Question(FERRY, "How old is Duncan?", ("sixty-six",)),
            Question(FERRY, "What did changing the return cost?", ("£23", "twenty-three")),
            Question(FERRY, "Which cabin did the Bairds book?", ()),
            Question(FERRY, "What is Catriona's address on North Uist?", ()),
            Question(FERRY, "How much does Bramble weigh?", ()),
            Question(FERRY, "What is Shona's mobile number?", ()),
            Question(FERRY, "What time does the Castlebay sailing arrive?", ()),
        ],
    ),
    Caller(
        number="+393471122908",
        names=("Giulia",),
        calls=[
            Call(
                COACH, 45, "it", "Highlands coach tour booking",
                "The user, Giulia Ferraro, called in Italian to book the six-day Highlands and Lochs coach "
                "tour for herself and her mother Rosa, departing Edinburgh on {+52}. She asked for a twin "
                "room and seats near the front of the coach for her mother. The agent booked two places for "
                "£1,390 in total and took a deposit of £200; the balance is due four weeks before departure.",
                [
                    ("Heatherway Coach Holidays, good morning, how can I help?",
                     "Buongiorno... ehm, parla italiano? Il mio inglese non è molto buono al telefono."),
                    ("Certo, parlo italiano. Come posso aiutarla?",
                     "Ah, meno male! Allora, vorrei prenotare il tour delle Highlands, quello di sei giorni. "
                     "Per me e mia mamma."),
                    ("Benissimo. Mi dice il suo nome?", "Giulia Ferraro. F-E-R-R-A-R-O."),
                    ("E sua madre?",
                     "Rosa Ferraro. Ha settantotto anni, ma è fortissima, eh. Cammina più di me."),
                    ("Il tour Highlands and Lochs parte da Edimburgo. Tra circa sette settimane c'è una "
                     "partenza con posti liberi.",
                     "Sì, perfetto, quella data va benissimo. Arriviamo in Scozia qualche giorno prima."),
                    ("Che tipo di camera preferite?",
                     "Una doppia con due letti separati, per favore. Mia mamma russa... non lo dica a "
                     "nessuno."),
                    ("Ha qualche richiesta per il pullman?",
                     "Sì, se possibile i posti davanti. Mia mamma soffre il mal d'auto se sta dietro."),
                    ("Segno due posti nelle prime file. Il totale per due persone è di milletrecentonovanta "
                     "sterline, con un acconto di duecento.",
                     "Va bene. Pago l'acconto adesso con la carta."),
                    ("Grazie, fatto. Il saldo è da pagare quattro settimane prima della partenza.",
                     "Perfetto, grazie mille, è stata gentilissima."),
                ],
                analysis_items(
                    "Prenotazione tour Highlands and Lochs",
                    "Saldo da pagare quattro settimane prima della partenza", "",
                    "Giulia Ferraro; madre Rosa, 78 anni; camera doppia con letti separati; posti davanti "
                    "sul pullman", "finance", first_name="Giulia",
                ),
            ),
            Call(
                COACH, 20, "it", "Cambio del punto di partenza",
                "L'utente, Giulia Ferraro, ha chiamato per modificare la prenotazione del tour Highlands and "
                "Lochs del {+27}. Lei e sua madre Rosa saliranno sul pullman a Glasgow, alla stazione degli "
                "autobus di Buchanan Street, perché il loro volo ora atterra a Glasgow. Ha aggiunto "
                "l'escursione facoltativa alla distilleria di whisky per entrambe, a 35 sterline a persona. "
                "L'agente ha aggiornato la prenotazione.",
                [
                    ("Heatherway Coach Holidays, buongiorno.",
                     "Buongiorno, sono Giulia Ferraro, ho prenotato il tour delle Highlands per me e mia "
                     "mamma. Parlo con la signora che parla italiano?"),
                    ("Sì, sono io. Mi dica.",
                     "Allora, abbiamo cambiato il volo, adesso atterriamo a Glasgow, non a Edimburgo. "
                     "Possiamo salire sul pullman a Glasgow?"),
                    ("Sì, il pullman fa una fermata a Glasgow, alla stazione degli autobus di Buchanan "
                     "Street.", "Buchanan. Perfetto, allora saliamo lì."),
                    ("Fatto. Altro?", "Sì, l'escursione alla distilleria di whisky. Quanto costa?"),
                    ("Trentacinque sterline a persona, con degustazione.",
                     "Allora la prendiamo tutte e due. Mia mamma non beve quasi mai, ma per il whisky "
                     "scozzese fa un'eccezione."),
                    ("Aggiunta per tutte e due. C'è altro che dovremmo sapere?",
                     "Ah sì, mia mamma è intollerante al lattosio. Per le colazioni e le cene in albergo, "
                     "si può avvisare?"),
                    ("Lo segnalo agli alberghi.", "Grazie, davvero gentile."),
                ],
                {"first_name": "Giulia"},
            ),
            Call(
                COACH, 3, "it", "Orario di partenza e bagagli",
                "The user, Giulia Ferraro, called to check the departure details for the Highlands and Lochs "
                "tour on {+10}. The agent told her the coach leaves Buchanan bus station in Glasgow at 7:45 "
                "AM and asked passengers to be there by 7:30 AM. Each passenger may bring one suitcase of up "
                "to 20 kg plus a small bag. Rosa's folding walking frame can travel in the luggage hold.",
                [
                    ("Heatherway Coach Holidays, buongiorno.",
                     "Buongiorno, sono ancora Giulia Ferraro. Una domanda veloce sull'orario di partenza da "
                     "Glasgow."),
                    ("Il pullman parte da Buchanan alle sette e quarantacinque. Vi chiediamo di essere lì "
                     "per le sette e mezza.",
                     "Alle sette e quarantacinque... presto! Va bene, dormiamo in un albergo lì vicino."),
                    ("Ottima idea.", "E le valigie? Quante ne possiamo portare?"),
                    ("Una valigia a persona, fino a venti chili, più una borsa piccola.",
                     "Venti chili. Mia mamma porta sempre troppe cose, glielo dico."),
                    ("Altro?",
                     "Sì, lei usa un deambulatore pieghevole per le passeggiate lunghe. Può venire con noi?"),
                    ("Certo, nessun problema, va nel bagagliaio del pullman.",
                     "Ah, bene. E l'autista, come si chiama? Così mia mamma lo saluta."),
                    ("L'autista sarà Hamish.", "Hamish! Che bel nome scozzese. Grazie di tutto, a presto."),
                ],
                analysis_items(
                    "Orari di partenza e bagagli", "", "",
                    "Giulia Ferraro; partenza da Glasgow Buchanan alle 7:45; una valigia da 20 kg a persona; "
                    "la madre Rosa usa un deambulatore pieghevole", "health", first_name="Giulia",
                ),
            ),
        ],
        questions=[
            Question(COACH, "Where will Giulia and Rosa board the coach?", ("Buchanan",),
                     ("Edinburgh", "Edimburgo")),
            Question(COACH, "What time does the coach leave Glasgow?", ("7:45", "sette e quarantacinque")),
            Question(COACH, "What time should Giulia and Rosa be at the bus station?", ("7:30",
                                                                                         "sette e mezza")),
            Question(COACH, "How old is Rosa?", ("settantotto", "78")),
            Question(COACH, "What kind of room did Giulia ask for?", ("letti separati", "twin room")),
            Question(COACH, "Why does Rosa need a seat near the front?", ("mal d'auto",)),
            Question(COACH, "What can't Rosa digest?", ("lattosio",)),
            Question(COACH, "Which optional trip did they add?", ("distilleria", "distillery")),
            Question(COACH, "How much is the distillery excursion per person?", ("35", "trentacinque")),
            Question(COACH, "How much deposit did Giulia pay?", ("£200", "duecento")),
            Question(COACH, "What is the total price for Giulia and Rosa?", ("1,390",
                                                                             "milletrecentonovanta")),
            Question(COACH, "How heavy can each suitcase be?", ("20 kg", "venti chili")),
            Question(COACH, "Who is driving the coach?", ("Hamish",)),
            Question(COACH, "What mobility aid does Rosa bring?", ("deambulatore", "walking frame")),
            Question(COACH, "When is the balance due?", ("quattro settimane", "four weeks")),
            Question(COACH, "What is Rosa's passport number?", ()),
            Question(COACH, "Which hotel are Giulia and Rosa staying at in Glasgow?", ()),
            Question(COACH, "Does Giulia have travel insurance?", ()),
            Question(COACH, "What is Giulia's email address?", ()),
            Question(COACH, "Which flight do they land on in Glasgow?", ()),
            Question(COACH, "What is Hamish's surname?", ()),
        ],
    ),
    Caller(
        number="+447700900946",
        names=("Segun",),
        calls=[
            Call(
                TRAVEL, 66, "en", "Anniversary trip to Japan",
                "The user, Segun Adeyemi, called to start planning a two-week trip to Japan for himself and "
                "his wife Bisi to celebrate their thirtieth wedding anniversary. They discussed travelling "
                "in the autumn for the colours, starting in Tokyo, a night in a traditional ryokan in "
                "Hakone, then Kyoto, with a rail pass for the bullet trains. Harriet will put together a "
                "draft itinerary and a quote and email them to him.",
                long_call(
                    [
                        ("Wayfarer and Co, Harriet speaking, how can I help?",
                         "Hi Harriet, hello. My name is Segun Adeyemi. A friend of mine, Tunde, booked his "
                         "Peru trip with you and said you were the person to call."),
                        ("Oh, Tunde! Lovely. What are you planning?",
                         "Japan. Our thirtieth wedding anniversary. My wife Bisi has wanted to go for, "
                         "honestly, about twenty years."),
                        ("What a gorgeous trip. How long were you thinking?",
                         "Two weeks. Maybe a little more if the money stretches, ha."),
                        ("And when would you like to travel?",
                         "Autumn. She wants the red leaves, the, what do you call it, the maple season."),
                        ("Koyo season, it's stunning. Where would you like to go?",
                         "Tokyo, definitely. Kyoto. And she's seen pictures of those inns with the hot "
                         "baths."),
                        ("A ryokan. Hakone is perfect for that, and you might see Mount Fuji.",
                         "Yes! That's the one. One night at least, she'd never forgive me otherwise."),
                    ],
                    [
                        ("Let me take a few details for the flights. Any seating needs?",
                         "I'm six foot four, so, legroom. An exit row or I'll be folded like a deckchair for "
                         "twelve hours."),
                        ("Noted. And food, any dietary needs?",
                         "Bisi doesn't eat meat, but she eats fish. Pescatarian, is the word. I eat "
                         "everything, I'm easy."),
                        ("That's fine, Japan is wonderful for fish. Is the anniversary itself during the "
                         "trip?",
                         "No, that's the funny thing. Our actual anniversary is the eleventh of November, "
                         "but Bisi is a head teacher and she can't just take time off, so we go in the half "
                         "term."),
                        ("So the half term, plus a week?",
                         "Exactly. The week she's off, plus one more, she's squared it with the governors."),
                        ("And a rough budget, so I pitch the hotels right?",
                         "We said about nine thousand pounds all in. Flights, hotels, everything. Bisi said "
                         "nine, I said ten, so, nine."),
                    ],
                    [
                        ("Lovely. I'll put together a draft itinerary, Tokyo, Hakone, Kyoto, with a rail "
                         "pass, and a quote.", "Brilliant. Email is best, I'm rubbish at checking messages."),
                        ("I'll email it in the next few days.",
                         "Wonderful. Thank you, Harriet, this is exciting."),
                        ("My pleasure. Speak soon.", "Bye now."),
                    ],
                    acks=_TRAVEL_ACKS, talk=_TRAVEL_TALK, start=3, total=88,
                ),
                {"first_name": "Segun"},
            ),
            Call(
                TRAVEL, 40, "en", "Japan itinerary booked",
                "The user, Segun Adeyemi, called to confirm the Japan itinerary Harriet had sent. He booked "
                "flights from Heathrow to Tokyo Haneda departing {+58} at 11:35 AM and returning from Osaka "
                "Kansai, four nights in Tokyo at the Hotel Kagura, one night at the Yumoto Sanso ryokan in "
                "Hakone, five nights in Kyoto and three in Osaka, and a 14-day rail pass. He paid a deposit "
                "of £1,500; the balance of £7,260 is due six weeks before travel. The booking reference is "
                "WC4471.",
                [
                    ("Wayfarer and Co, Harriet speaking.",
                     "Harriet, it's Segun. I've read the itinerary three times. Bisi has read it about ten."),
                    ("Ha! And what do you think?", "We love it. Let's book it. All of it."),
                    ("Wonderful. So, flights: Heathrow to Haneda, leaving at eleven thirty-five in the "
                     "morning, back from Kansai.", "Eleven thirty-five, perfect, no crazy early start."),
                    ("Tokyo, four nights at the Hotel Kagura, then the ryokan in Hakone, the Yumoto Sanso, "
                     "one night.",
                     "The one with the private bath on the balcony. Yes. That's the one she screenshotted."),
                    ("Then five nights in Kyoto and three in Osaka, with a fourteen-day rail pass.",
                     "Five in Kyoto, three in Osaka. Good."),
                    ("The deposit is fifteen hundred pounds and the balance, seven thousand two hundred and "
                     "sixty, is due six weeks before you fly.",
                     "Fine. Take the deposit on my card now, please."),
                    ("That's all confirmed. Your booking reference is W C four four seven one.",
                     "WC4471. Got it, writing it on the fridge."),
                ],
                analysis_items(
                    "Japan itinerary booked", "Balance of £7,260 due six weeks before travel", "",
                    "Segun Adeyemi; wife Bisi; flights Heathrow to Haneda, return from Kansai; Hotel Kagura "
                    "Tokyo; Yumoto Sanso ryokan Hakone; 5 nights Kyoto; 3 nights Osaka; booking ref WC4471",
                    "finance", first_name="Segun",
                ),
            ),
            Call(
                TRAVEL, 9, "en", "Kanazawa added and surprise tea ceremony",
                "The user, Segun Adeyemi, called to change the Japan trip departing on {+27}: Kyoto is now "
                "four nights instead of five, and one night in Kanazawa is added between Kyoto and Osaka. "
                "He also asked Harriet to arrange a private tea ceremony in Kyoto as an anniversary "
                "surprise for Bisi, and asked her not to mention it if Bisi calls. The agent updated the "
                "booking; the price rose by £185.",
                [
                    ("Wayfarer and Co, Harriet speaking.",
                     "Hi Harriet, Segun again. Sorry, one change, and one secret."),
                    ("Ooh. Go on.",
                     "The change: Bisi's colleague says we must see Kanazawa, the gardens. Can we take a "
                     "night from Kyoto and put it there?"),
                    ("Yes, so Kyoto becomes four nights and Kanazawa one, then on to Osaka.",
                     "Four in Kyoto, one in Kanazawa. Perfect."),
                    ("That adds a hundred and eighty-five pounds, the Kanazawa hotel is a bit pricier.",
                     "That's fine."),
                    ("And the secret?",
                     "I want to arrange a private tea ceremony in Kyoto, just the two of us. As a surprise. "
                     "She doesn't know."),
                    ("I know a lovely one near Gion. I'll book it for the afternoon of your second day in "
                     "Kyoto.", "Wonderful. And Harriet, if Bisi ever calls you, please don't say a word."),
                    ("My lips are sealed.", "Thank you. She'd kill me if she knew I was plotting."),
                ],
                {"first_name": "Segun"},
            ),
        ],
        questions=[
            Question(TRAVEL, "How many nights are Segun and Bisi spending in Kyoto?",
                     ("four in Kyoto", "Kyoto is now four nights", "Kyoto becomes four nights"),
                     ("five nights in Kyoto", "five in Kyoto", "5 nights Kyoto")),
            Question(TRAVEL, "What time does their flight leave Heathrow?", ("11:35", "eleven thirty-five")),
            Question(TRAVEL, "Which airport do they fly home from?", ("Kansai",)),
            Question(TRAVEL, "What is the name of the ryokan?", ("Yumoto Sanso",)),
            Question(TRAVEL, "Which hotel are they staying at in Tokyo?", ("Kagura",)),
            Question(TRAVEL, "What is Segun's booking reference?", ("WC4471", "W C four four seven one")),
            Question(TRAVEL, "When is Segun and Bisi's wedding anniversary?", ("eleventh of November",)),
            Question(TRAVEL, "What does Bisi do for a living?", ("head teacher",)),
            Question(TRAVEL, "Does Bisi eat meat?", ("pescatarian", "eats fish")),
            Question(TRAVEL, "Why does Segun need extra legroom?", ("six foot four",)),
            Question(TRAVEL, "What's the ceiling on spending?", ("nine thousand",)),
            Question(TRAVEL, "What surprise is Segun planning for Bisi?", ("tea ceremony",)),
            Question(TRAVEL, "Which city was added to the trip?", ("Kanazawa",)),
            Question(TRAVEL, "How much deposit did Segun pay?", ("£1,500", "fifteen hundred")),
            Question(TRAVEL, "Who recommended the agency to Segun?", ("Tunde",)),
            Question(TRAVEL, "How long is their rail pass valid?", ("14-day", "fourteen-day")),
            Question(TRAVEL, "Why are they going in the autumn?", ("red leaves", "maple", "colours")),
            Question(TRAVEL, "What is Bisi's passport expiry date?", ()),
            Question(TRAVEL, "Which airline are Segun and Bisi flying with?", ()),
            Question(TRAVEL, "What is Segun's email address?", ()),
            Question(TRAVEL, "Has Segun taken out travel insurance?", ()),
            Question(TRAVEL, "How much does the tea ceremony cost?", ()),
            Question(TRAVEL, "Which restaurant is the special dinner at?", ()),
        ],
    ),
    Caller(
        number="+447700900219",
        names=("Naomi",),
        private_to={TRAVEL: ("IVF", "embryo", "fertility", "clinic")},
        calls=[
            Call(
                TRAVEL, 37, "en", "Flights and hotel for Prague",
                "The user, Naomi Fletcher, called to book flights and a hotel in Prague, where she is having "
                "IVF treatment at a fertility clinic. She flies from Bristol on {+46} and needs a flexible "
                "return, because the date of the embryo transfer depends on how the treatment goes. Her "
                "partner Liam will join her for the second week. The agent booked a flexible fare and an "
                "apartment hotel with a kitchen in Vinohrady, a short walk from the clinic.",
                [
                    ("Wayfarer and Co, Harriet speaking.",
                     "Hi, um, hi. I need to book some travel but it's a bit, um, a bit of an unusual one."),
                    ("Of course. Can I take your name?", "Naomi Fletcher."),
                    ("What's the trip, Naomi?",
                     "I'm going to Prague for IVF. There's a clinic there, we've, um, we've done two rounds "
                     "here and this is... yeah. So I need flights and somewhere to stay near the clinic."),
                    ("I'm glad you called us. How long will you be there?",
                     "About two weeks. But the thing is, the clinic can't give me an exact date for the "
                     "embryo transfer, it depends how I respond to the drugs. So the way back has to be "
                     "flexible."),
                    ("I can do a flexible fare on the return, so you can move it for a small fee.",
                     "That would be amazing. Flying from Bristol if possible."),
                    ("Bristol to Prague, yes. And who's travelling?",
                     "Me, and my partner Liam joins me for the second week. He can't get more time off."),
                    ("There's an apartment hotel in Vinohrady, ten minutes' walk from the clinic.",
                     "With a kitchen? I'd rather cook than eat out every night, with all the, you know, the "
                     "diet stuff."),
                    ("Yes, a full kitchen.", "Perfect. Please book it."),
                    ("Done. I'll email everything. And, Naomi, good luck.",
                     "Thank you. Honestly, thank you."),
                ],
                analysis_items(
                    "Flights and hotel in Prague for IVF",
                    "Return date to be confirmed once the clinic sets the embryo transfer date", "",
                    "Naomi Fletcher; partner Liam joins for the second week; flying from Bristol; flexible "
                    "return; apartment hotel in Vinohrady with kitchen; IVF treatment in Prague", "health",
                    first_name="Naomi",
                ),
            ),
            Call(
                PARKING, 33, "en", "Airport parking booking",
                "The user, Naomi Fletcher, called to book parking for a trip from Bristol Airport, dropping "
                "the car off on {+42} at 5:30 AM for a 7:40 AM flight and collecting it on {+56}. The agent "
                "booked park and fly for her red Mazda 2, registration WU68 KLT, and gave her the booking "
                "reference LPF-48213. The shuttle to the terminal runs every fifteen minutes.",
                [
                    ("Lulsgate Park and Fly, good morning, Dev speaking.",
                     "Hi, I'd like to book parking for about two weeks, please."),
                    ("No problem. Can I take your name?", "Naomi Fletcher."),
                    ("What date are you flying, Naomi?",
                     "In about six weeks. It's an early flight, twenty to eight in the morning."),
                    ("So you'd want to drop off around half five, that gives you the shuttle and check-in.",
                     "Half five. Ugh. Okay."),
                    ("And the return?", "Two weeks later, in theory. It might change, is that okay?"),
                    ("You can change it online or call us, no charge for the change up to the day.",
                     "Oh, good."),
                    ("Car make and registration?", "A red Mazda 2. W U six eight, K L T."),
                    ("WU68 KLT. Your booking reference is L P F four eight two one three. The keys stay "
                     "with us at reception and we park the car.",
                     "LPF-48213. And the shuttle, how often is it?"),
                    ("Every fifteen minutes, round the clock.", "Great. Thank you."),
                ],
                {"first_name": "Naomi"},
            ),
            Call(
                TRAVEL, 12, "en", "Return flight moved",
                "The user, Naomi Fletcher, called to move her return flight from Prague four days later, to "
                "{+39}, because the clinic has put back her embryo transfer. The agent used the flexible "
                "fare to change her flight and Liam's for a £45 fee and will ask the apartment hotel to "
                "extend the stay by four nights.",
                [
                    ("Wayfarer and Co, Harriet speaking.",
                     "Hi Harriet, it's Naomi Fletcher. The Prague trip."),
                    ("Hi Naomi, how are you doing?",
                     "Okay. Nervous. The clinic's pushed the transfer back, so I need to come home four days "
                     "later."),
                    ("That's what the flexible fare is for. Four days later... that's fine, it's a "
                     "forty-five pound change "
                     "fee.", "Fine, do it. And Liam's coming back with me, so his too, please."),
                    ("Both moved, and I'll extend the apartment by four nights.",
                     "Thank you. The lady at the apartment, Petra, said they'd hold it, but can you confirm "
                     "with them?"),
                    ("I'll email them today.", "You're a lifesaver."),
                ],
                {"first_name": "Naomi"},
            ),
            Call(
                PARKING, 10, "en", "Parking extended",
                "The user, Naomi Fletcher, called to extend her parking booking LPF-48213 by four days, with "
                "the car now collected on {+37}. The agent added the four days at £9 a day and told her to "
                "call the office once she has her bags, so the car is brought round to the pick-up bays.",
                [
                    ("Lulsgate Park and Fly, Dev speaking.",
                     "Hi, Naomi Fletcher, reference L P F four eight two one three. I need to come back four "
                     "days later than booked."),
                    ("No problem. Four extra days at nine pounds a day, that's thirty-six pounds.",
                     "That's fine."),
                    ("When you land, call us once you've got your bags, and we'll bring the car round to the "
                     "pick-up bays.", "Call once I've got the bags. Okay."),
                    ("Is it still the red Mazda?",
                     "Same car. My partner will be with me on the way back, but we'll squeeze in."),
                    ("Lovely. You're all set.", "Thanks, Dev."),
                ],
                analysis_items(
                    "Parking extension", "Call the office after collecting bags so the car is brought round",
                    "{+37}", "Naomi Fletcher; red Mazda 2 WU68 KLT; booking LPF-48213; extended by four days",
                    "none", first_name="Naomi",
                ),
            ),
        ],
        questions=[
            Question(TRAVEL, "What treatment is Naomi having in Prague?", ("IVF",)),
            Question(TRAVEL, "Why did Naomi move her return flight?", ("embryo transfer",
                                                                        "pushed the transfer back")),
            Question(TRAVEL, "Who is joining Naomi in Prague?", ("Liam",)),
            Question(TRAVEL, "Which neighbourhood is Naomi's apartment hotel in?", ("Vinohrady",)),
            Question(TRAVEL, "How much was the change fee for Naomi's flight?", ("£45", "forty-five")),
            Question(TRAVEL, "Who at the apartment is holding the extra nights?", ("Petra",)),
            Question(TRAVEL, "Why does Naomi want a kitchen?", ("cook",)),
            Question(TRAVEL, "Which airport does Naomi fly from?", ("Bristol",)),
            Question(TRAVEL, "What is the name of Naomi's clinic in Prague?", ()),
            Question(TRAVEL, "What is Liam's surname?", ()),
            Question(TRAVEL, "What is Petra's surname?", ()),
            Question(PARKING, "What is Naomi's parking booking reference?",
                     ("LPF-48213", "L P F four eight two one three")),
            Question(PARKING, "What car does Naomi drive?", ("Mazda",)),
            Question(PARKING, "What is the registration of Naomi's car?", ("WU68 KLT", "W U six eight")),
            Question(PARKING, "What time should Naomi drop the car off?", ("half five", "5:30")),
            Question(PARKING, "What time is Naomi's outbound flight?", ("twenty to eight", "7:40")),
            Question(PARKING, "What should Naomi do after landing?", ("bags",)),
            Question(PARKING, "How often does the terminal bus run?", ("fifteen minutes",)),
            Question(PARKING, "What does each extra day of parking cost?", ("£9", "nine pounds")),
            Question(PARKING, "Where are the keys kept?", ("reception",)),
            Question(PARKING, "What is Naomi's trip for?", ()),
            Question(PARKING, "Is Naomi having any medical treatment abroad?", ()),
            Question(PARKING, "Which airline is Naomi flying with?", ()),
            Question(PARKING, "What is Liam's phone number?", ()),
        ],
    ),
    Caller(
        number="+4915209876543",
        names=("Jonas",),
        calls=[
            Call(
                BIKES, 30, "de", "E-bike hire for a week",
                "The user, Jonas Becker, called in German to hire two e-bikes for seven days from {+24} for "
                "himself and his partner Katrin, plus a child trailer for their daughter Mia. He is 1.89 m "
                "tall and Katrin 1.64 m; the agent reserved an XL and a small frame and quoted £392 for the "
                "week, payable at pickup.",
                [
                    ("Derwent Cycle Hire and Repairs, hello, Ellie speaking.",
                     "Hallo, guten Tag. Sprechen Sie vielleicht Deutsch?"),
                    ("Ja, natürlich. Wie kann ich Ihnen helfen?",
                     "Ah, super! Also, wir machen Urlaub im Lake District und möchten zwei E-Bikes mieten. "
                     "Für eine Woche."),
                    ("Sehr gerne. Wie ist Ihr Name?", "Jonas Becker. Und meine Partnerin heißt Katrin."),
                    ("Wie groß sind Sie beide? Für die Rahmengröße.",
                     "Ich bin eins neunundachtzig, Katrin ist eins vierundsechzig."),
                    ("Dann nehme ich für Sie einen XL-Rahmen und für Katrin einen S.", "Klingt gut."),
                    ("Brauchen Sie noch etwas dazu?",
                     "Ja, einen Kinderanhänger. Unsere Tochter Mia ist vier. Die fährt gern mit, solange es "
                     "Kekse gibt."),
                    ("Einen Anhänger haben wir. Ein Helm für Mia ist inklusive.", "Perfekt."),
                    ("Sieben Tage für zwei E-Bikes und den Anhänger, das macht dreihundertzweiundneunzig "
                     "Pfund.", "Okay, das passt. Zahlen wir bei der Abholung?"),
                    ("Ja, bei der Abholung.", "Wunderbar. Danke schön, tschüss!"),
                ],
                analysis_items(
                    "E-Bike-Miete für eine Woche", "Bezahlung bei der Abholung", "{+24}",
                    "Jonas Becker; Partnerin Katrin; Rahmengrößen XL und S; Kinderanhänger für Tochter Mia "
                    "(4)", "none", first_name="Jonas",
                ),
            ),
            Call(
                BIKES, 12, "de", "Mietbeginn verschoben",
                "Der Nutzer, Jonas Becker, rief an, um die E-Bike-Miete zu ändern: Die Familie kommt zwei "
                "Tage später an, der Mietbeginn ist jetzt der {+8}, und die Miete dauert nur noch fünf "
                "Tage. Der Agent hat den Preis auf 295 Pfund angepasst und erklärt, wie die Räder nach "
                "Ladenschluss zurückgegeben werden.",
                [
                    ("Derwent Cycle Hire, Ellie am Apparat.",
                     "Hallo Ellie, hier ist Jonas Becker, wir haben zwei E-Bikes und einen Anhänger "
                     "reserviert."),
                    ("Hallo Herr Becker! Was kann ich für Sie tun?",
                     "Unsere Fähre wurde verschoben, wir kommen zwei Tage später. Können wir erst dann "
                     "anfangen? Und dann nur fünf Tage statt der ganzen Woche."),
                    ("Kein Problem. Fünf Tage, das sind dann zweihundertfünfundneunzig Pfund.", "Sehr gut."),
                    ("Noch etwas?",
                     "Ja, am letzten Tag wollen wir noch eine lange Tour machen, bis Buttermere. Wir sind "
                     "vielleicht erst nach Ladenschluss zurück."),
                    ("Wir schließen um halb sechs. Danach schließen Sie die Räder im Fahrradkäfig hinter dem "
                     "Laden ab, und die Schlüssel kommen in die Schlüsselbox. Der Code ist 2 9 4 7.",
                     "Zwei neun vier sieben. Notiert."),
                    ("Und die Akkus bitte nicht herausnehmen.", "Alles klar, danke!"),
                ],
                {"first_name": "Jonas"},
            ),
            Call(
                BIKES, 2, "de", "Platten am Hinterrad",
                "The user, Jonas Becker, called to report that Katrin's e-bike has a puncture in the rear "
                "tyre near Buttermere. The agent arranged for the shop's van to collect Katrin and the bike "
                "from the car park of the Fish Inn in Buttermere at 2 PM. Punctures are covered by the hire.",
                [
                    ("Derwent Cycle Hire, Ellie.",
                     "Hallo Ellie, Jonas Becker hier. Wir haben ein Problem, Katrins Rad hat einen Platten. "
                     "Hinten."),
                    ("Oh nein. Wo sind Sie gerade?",
                     "In Buttermere, am Parkplatz vom Fish Inn. Mia findet es lustig, Katrin weniger."),
                    ("Ich schicke unseren Transporter. Um zwei Uhr am Parkplatz, geht das?",
                     "Um zwei, ja, wir essen hier sowieso zu Mittag."),
                    ("Der Fahrer heißt Sam. Er nimmt Katrin und das Rad mit, Sie können mit Mia "
                     "weiterfahren.",
                     "Super. Kostet das etwas?"),
                    ("Nein, Pannen sind in der Miete inbegriffen.", "Sehr gut. Danke, Ellie!"),
                ],
                analysis_items(
                    "Reifenpanne",
                    "Transporter holt Katrin und das Rad um 14 Uhr am Fish Inn in Buttermere ab",
                    "", "Jonas Becker; Partnerin Katrin; Tochter Mia", "other", first_name="Jonas",
                ),
            ),
        ],
        questions=[
            Question(BIKES, "How many days are Jonas's bikes hired for?", ("fünf Tage", "five days"),
                     ("seven days", "sieben Tage")),
            Question(BIKES, "What frame size does Jonas ride?", ("XL",)),
            Question(BIKES, "How tall is Katrin?", ("eins vierundsechzig", "1.64 m")),
            Question(BIKES, "What is Jonas's daughter called?", ("Mia",)),
            Question(BIKES, "How old is Mia?", ("ist vier", "(4)")),
            Question(BIKES, "What happened to Katrin's bike?", ("Platten", "puncture")),
            Question(BIKES, "What time will the van collect Katrin?", ("zwei Uhr", "2 PM", "14 Uhr",
                                                                       "Um zwei")),
            Question(BIKES, "Where should the van meet them?", ("Fish Inn",)),
            Question(BIKES, "Who is driving the shop's van?", ("Sam",)),
            Question(BIKES, "What time does the shop shut?", ("halb sechs",)),
            Question(BIKES, "Where do the bikes go after closing?", ("Fahrradkäfig",)),
            Question(BIKES, "How much does Jonas's hire cost now?", ("295", "zweihundertfünfundneunzig"),
                     ("392", "dreihundertzweiundneunzig")),
            Question(BIKES, "Why is Jonas arriving two days later?", ("Fähre",)),
            Question(BIKES, "Does a flat tyre cost extra?", ("inbegriffen", "covered by the hire")),
            Question(BIKES, "Where are Jonas and Katrin staying?", ()),
            Question(BIKES, "What size helmet does Katrin need?", ()),
            Question(BIKES, "What is Jonas's email address?", ()),
            Question(BIKES, "Which ferry is Jonas taking?", ()),
            Question(BIKES, "What is the registration of Jonas's car?", ()),
        ],
    ),
    Caller(
        number="+447700900652",
        names=("Ollie",),
        calls=[
            Call(
                BIKES, 16, "en", "E-bike motor cutting out",
                "The user, Ollie Grant, called about his e-bike, a Cube Kathmandu Hybrid, whose motor keeps "
                "cutting out. The agent booked a diagnostic check for £45, which comes off the repair if he "
                "goes ahead, with drop-off on {+2} at 9 AM.",
                [
                    ("Derwent Cycle Hire and Repairs, Ellie speaking.",
                     "Hiya. My e-bike's playing up, can you have a look at it?"),
                    ("Sure. What's it doing?",
                     "The motor cuts out. Mostly on hills, which is, like, the one time you need it. The "
                     "display goes blank for a second and then comes back."),
                    ("What bike is it?", "A Cube. Kathmandu Hybrid, I think it's the 2021 one."),
                    ("We'd start with a diagnostic, it's forty-five pounds, and that comes off the repair if "
                     "you go ahead.", "Okay, fair enough."),
                    ("Can you drop it in the day after tomorrow, nine o'clock?",
                     "Nine's fine. I'll ride it down. Well, push it up the hills, ha."),
                    ("And your name?", "Ollie Grant. Oliver, but nobody calls me that except my mum."),
                ],
                {"first_name": "Ollie"},
            ),
            Call(
                BIKES, 7, "en", "Diagnosis and repair quote",
                "The user, Ollie Grant, called for the result of the diagnostic on his Cube e-bike. The "
                "agent explained that the speed sensor on the rear wheel had come loose and its cable was "
                "damaged, and quoted £78 to replace the sensor, with the diagnostic fee taken off. Ollie "
                "approved the repair and a new chain. The bike will be ready on {+2} after 2 PM.",
                [
                    ("Derwent Cycle Hire and Repairs.",
                     "Hi, it's Ollie Grant, the Cube with the motor cutting out? Any news?"),
                    ("Yes, our mechanic found it. The speed sensor on the back wheel had come loose and the "
                     "cable's been rubbing through.", "Huh. So it's not the motor?"),
                    ("No, the motor's fine. A new sensor is seventy-eight pounds fitted, and the diagnostic "
                     "comes off that.", "Oh, that's way better than I feared. Go for it."),
                    ("Also your chain's quite stretched.",
                     "Yeah, go on, do the chain too. It's been clunking."),
                    ("It'll be ready the day after tomorrow, any time after two.",
                     "After two. I'll come after work, about half five?"),
                    ("We close at half five, so a bit earlier if you can.",
                     "Ah. I'll get there for five then."),
                ],
                analysis_items(
                    "E-bike repair approval", "Ollie to collect the bike after 2 PM", "{+2}",
                    "Ollie Grant; Cube Kathmandu Hybrid e-bike; speed sensor replaced; new chain", "none",
                    first_name="Ollie",
                ),
            ),
        ],
        questions=[
            Question(BIKES, "What was wrong with Ollie's e-bike?", ("speed sensor",)),
            Question(BIKES, "Which model is Ollie's bike?", ("Kathmandu",)),
            Question(BIKES, "How much is Ollie's repair?", ("£78", "seventy-eight")),
            Question(BIKES, "What else is being replaced on Ollie's bike?", ("chain",)),
            Question(BIKES, "From what time can Ollie collect his bike?", ("after 2", "after two")),
            Question(BIKES, "What time did Ollie drop the bike off?", ("9 AM", "nine o'clock")),
            Question(BIKES, "When does the motor stop working?", ("hills",)),
            Question(BIKES, "What is Ollie's full first name?", ("Oliver",)),
            Question(BIKES, "What time will Ollie come by to pick it up?", ("for five",)),
            Question(BIKES, "What is the frame number of Ollie's bike?", ()),
            Question(BIKES, "What colour is Ollie's Cube?", ()),
            Question(BIKES, "How much does Ollie's new chain cost?", ()),
        ],
    ),
    Caller(
        number="+441134960588",
        names=("Helen",),
        calls=[
            Call(
                REMOVALS, 52, "en", "Video survey for house move",
                "The user, Helen Marsh, had a video survey with the agent for her move from a four-bedroom "
                "house at 22 Ash Grove, Headingley, Leeds to Rose Cottage in Helmsley on {+60}. They went "
                "room by room through the house, loft and garage. The agent estimated a 7.5-tonne lorry with "
                "a support van and a crew of four, with packing the day before, and will email a written "
                "quote.",
                long_call(
                    [
                        ("Aire Valley Removals, Craig speaking.",
                         "Hi Craig, it's Helen Marsh, we've got the video survey booked for now? I hope I've "
                         "set this up right, I can see myself, which is horrifying."),
                        ("Ha, I can see you fine. So it's from Leeds to Helmsley?",
                         "That's it. From here, twenty-two Ash Grove in Headingley, to Rose Cottage in "
                         "Helmsley. We complete in about two months."),
                        ("Lovely part of the world. How many bedrooms here?",
                         "Four, plus the loft, plus the garage, which is, um, an archaeological site."),
                        ("We'll go room by room. Shall we start downstairs?",
                         "Yes. Okay, this is the front room, I'm turning the phone round..."),
                        ("Three-seater sofa, armchair, the bookcases. Are the books going?",
                         "All the books are going. I know. I know."),
                    ],
                    [
                        ("What's that under the dust sheet?",
                         "Oh, that's the piano. An upright, a Broadwood. It was my grandmother's, so please, "
                         "please, be careful with it."),
                        ("We'll bring the piano trolley and an extra pair of hands for it.",
                         "Thank you. It's the one thing I'd cry about."),
                        ("And at the cottage, can we get a lorry to the door?",
                         "Ah, no. The lane is really narrow. The estate agent said anything big has to park "
                         "on Bondgate and you walk things down."),
                        ("So we'd park on Bondgate and shuttle with the van.", "That sounds right. Sorry."),
                        ("What's in the little bedroom?",
                         "That's Felix's, my son. His drum kit is going to his flat in York, not to the "
                         "cottage. Can you drop it on the way?"),
                        ("York's on the way, we can drop the drum kit there first.",
                         "Brilliant, he'll be thrilled. His neighbours less so."),
                    ],
                    [
                        ("Right, I've got everything. I'd say a seven and a half tonne lorry, a support van, "
                         "four crew, and packing the day before.", "That sounds like a military operation."),
                        ("It's what we do. I'll email a written quote in the next couple of days.",
                         "Lovely. Thank you, Craig, that was painless. Mostly."),
                        ("Speak soon.", "Bye!"),
                    ],
                    acks=_REMOVALS_ACKS, talk=_REMOVALS_TALK, start=7, total=84,
                ),
                analysis_items(
                    "Video survey for house move", "Craig to email a written quote", "",
                    "Helen Marsh; moving from 22 Ash Grove, Headingley, Leeds to Rose Cottage, Helmsley; "
                    "four-bedroom house plus loft and garage; 7.5-tonne lorry, support van, four crew; "
                    "packing service the day before", "none", first_name="Helen",
                ),
            ),
            Call(
                REMOVALS, 31, "en", "Quote accepted and date moved",
                "The user, Helen Marsh, called to accept the quote of £2,350 and paid a deposit of £350. She "
                "said completion has been put back by a week because the buyers' mortgage offer was late, so "
                "the move is now on {+46}, with packing on {+45}. The agent moved the booking.",
                [
                    ("Aire Valley Removals, Craig speaking.",
                     "Hi Craig, Helen Marsh. I got the quote, thank you, we'd like to go ahead."),
                    ("Great. That's two thousand three hundred and fifty, with a deposit of three fifty to "
                     "secure the "
                     "date.", "Yes, I'll pay the deposit now. But the date's changed, annoyingly."),
                    ("Oh?",
                     "Completion's been pushed back a week. The buyers' mortgage offer was late. So it's a "
                     "week later than we said."),
                    ("Let me check... a week later is fine, we've got a crew free. Packing the day before, "
                     "as planned.", "Oh, thank goodness. I had visions of sleeping on the floor."),
                    ("Deposit's gone through. Anything else?", "No, that's it. Thank you!"),
                ],
                {"first_name": "Helen"},
            ),
            Call(
                REMOVALS, 5, "en", "Access on packing day",
                "The user, Helen Marsh, called about access on packing day, {+19}. She will be at work, so "
                "the packers will let themselves in with the key from the key safe by the back door and "
                "turn off the alarm; she gave both codes. Her neighbour Mrs Patel at number 24 also has a "
                "spare key. The packers will arrive at 8 AM.",
                [
                    ("Aire Valley Removals.",
                     "Hi, Helen Marsh. Quick one about packing day. I've got to be at work, there's a thing "
                     "I can't move."),
                    ("No problem, lots of people do that. How will the team get in?",
                     "There's a key safe by the back door. The code is seven two one nine."),
                    ("Seven two one nine.",
                     "And the alarm, it beeps when you open the door, the code is four zero six six and then "
                     "the tick button."),
                    ("Got it. Anyone nearby in case?",
                     "Mrs Patel next door, at number twenty-four, has a spare key. She's home all day, "
                     "she'll probably bring them tea."),
                    ("Lovely. The packers will be there at eight.",
                     "Eight. And could they start with the kitchen? It's the worst."),
                    ("We'll start with the kitchen.", "Perfect. Thanks, Craig."),
                ],
                {"first_name": "Helen"},
            ),
        ],
        questions=[
            Question(REMOVALS, "Why was Helen's moving date put back?", ("mortgage",)),
            Question(REMOVALS, "What time will the packers arrive?", ("8 AM", "at eight")),
            Question(REMOVALS, "Where is Helen moving to?", ("Rose Cottage", "Helmsley")),
            Question(REMOVALS, "How much is the quote for Helen's move?",
                     ("2,350", "two thousand three hundred and fifty")),
            Question(REMOVALS, "How much deposit has Helen paid?", ("£350", "three fifty")),
            Question(REMOVALS, "Who has a spare key to Helen's house?", ("Patel",)),
            Question(REMOVALS, "How will the packers get in on packing day?", ("key safe",)),
            Question(REMOVALS, "Which room should the packers do first?", ("start with the kitchen",)),
            Question(REMOVALS, "What make is Helen's piano?", ("Broadwood",)),
            Question(REMOVALS, "Whose was the piano?", ("grandmother",)),
            Question(REMOVALS, "Where will the lorry have to park in Helmsley?", ("Bondgate",)),
            Question(REMOVALS, "Where is Felix's drum kit going?", ("York",)),
            Question(REMOVALS, "Who is Felix?", ("my son",)),
            Question(REMOVALS, "How big a lorry is needed?", ("7.5-tonne", "seven and a half tonne")),
            Question(REMOVALS, "How many movers are coming?", ("four crew", "crew of four")),
            Question(REMOVALS, "What is Helen's current address?", ("22 Ash Grove", "twenty-two Ash Grove")),
            Question(REMOVALS, "What is Helen's husband called?", ()),
            Question(REMOVALS, "What is Mrs Patel's phone number?", ()),
            Question(REMOVALS, "What is the postcode of Rose Cottage?", ()),
            Question(REMOVALS, "How many boxes does Helen need?", ()),
            Question(REMOVALS, "What time does the lorry arrive on moving day?", ()),
        ],
    ),
    Caller(
        number="+441174960233",
        names=("Denise",),
        calls=[
            Call(
                TAXI, 70, "en", "Business account opened",
                "The user, Denise Hartley, office manager at Cabot & Lyle Solicitors, called the account "
                "desk to open a business account. The agent set up account BC-2207 with monthly invoicing "
                "sent to accounts@cabotlyle.co.uk. Denise and Tariq Aziz, the senior partner's PA, are the "
                "authorised bookers, and every journey needs the client matter number as a cost code on the "
                "invoice.",
                [
                    ("Redcliffe Cars account desk, Marcus speaking.",
                     "Hello Marcus, Denise Hartley, I'm the office manager at Cabot and Lyle, the solicitors "
                     "on Queen Square."),
                    ("Morning Denise. How can I help?",
                     "We'd like to open an account. We're using taxis a lot and the expense claims are "
                     "driving me up the wall."),
                    ("Happy to. Monthly invoicing?",
                     "Monthly, please. Invoices to accounts at cabotlyle dot co dot uk. C-A-B-O-T-L-Y-L-E."),
                    ("Who can book on the account?",
                     "Me, and Tariq Aziz, he's PA to our senior partner. Nobody else, or the trainees will "
                     "be taking cabs to Nando's."),
                    ("Ha, noted. Do you need anything on the invoice?",
                     "Each journey needs the client matter number, as a cost code. The fee earners will give "
                     "it when they book."),
                    ("Fine. Your account number is B C two two zero seven.", "BC-2207. Lovely."),
                ],
                analysis_items(
                    "Business account setup", "", "",
                    "Denise Hartley; office manager, Cabot & Lyle Solicitors; account BC-2207; invoices to "
                    "accounts@cabotlyle.co.uk", "legal", first_name="Denise",
                ),
            ),
            Call(
                TAXI, 26, "en", "Standing booking and invoice address",
                "The user, Denise Hartley, called to set up a standing booking for Edward Lyle, the senior "
                "partner: every Thursday at 5:45 PM from the office to Temple Meads station. She also asked "
                "for the invoices on account BC-2207 to go to finance@cabotlyle.co.uk from now on.",
                [
                    ("Redcliffe Cars account desk.",
                     "Hi, Denise Hartley at Cabot and Lyle, account B C two two zero seven."),
                    ("Hi Denise, what can I do?",
                     "Two things. Our senior partner, Edward Lyle, goes home to Bath every Thursday. Can we "
                     "have a standing booking? Office to Temple Meads, quarter to six."),
                    ("Every Thursday, 5:45 from Queen Square to Temple Meads. Any preference on the car?",
                     "An estate, if you can, he always has a suitcase and a box of files. And he likes it "
                     "quiet, no radio."),
                    ("Estate car, no radio. And the second thing?",
                     "The invoices. Our team's been renamed, don't ask. Please send them to finance at "
                     "cabotlyle dot co dot uk now."),
                    ("Changed to finance@cabotlyle.co.uk.", "Thank you, Marcus."),
                ],
                {"first_name": "Denise"},
            ),
            Call(
                TAXI, 4, "en", "Airport pickup and booker change",
                "The user, Denise Hartley, called to book an airport pickup on account BC-2207 for a client, "
                "Dr Ingrid Solberg, landing at Bristol Airport from Oslo at 10:20 AM on {+3}, to be taken to "
                "the office. The driver will wait in arrivals with a name board. Denise also said Tariq Aziz "
                "has left the firm and asked for Bethany Cole to be added as an authorised booker.",
                [
                    ("Redcliffe Cars account desk, Marcus speaking.",
                     "Marcus, hi, Denise at Cabot and Lyle. I need an airport pickup, and a change to the "
                     "account."),
                    ("Go ahead.",
                     "A client, Dr Ingrid Solberg, flying in from Oslo. She lands at ten twenty in the "
                     "morning, in three days."),
                    ("Ten twenty. Meet in arrivals with a name board?",
                     "Yes please. Solberg, S-O-L-B-E-R-G. She's coming straight to the office. Put it on "
                     "matter number four four one eight."),
                    ("Matter 4418. And the account change?",
                     "Tariq's left us, so please take him off. His replacement is Bethany Cole, she can book "
                     "from now on."),
                    ("Tariq removed, Bethany Cole added.", "Thanks. She's lovely, you'll like her."),
                ],
                analysis_items(
                    "Airport pickup and authorised booker change",
                    "Pick up Dr Ingrid Solberg from Bristol Airport arrivals at 10:20 AM", "{+3}",
                    "Denise Hartley; Cabot & Lyle Solicitors; account BC-2207; Bethany Cole added as "
                    "authorised booker; Tariq Aziz removed", "none", first_name="Denise",
                ),
            ),
        ],
        questions=[
            Question(TAXI, "Where should Cabot & Lyle's invoices be emailed?",
                     ("finance@cabotlyle.co.uk", "finance at cabotlyle"),
                     ("accounts@cabotlyle.co.uk", "accounts at cabotlyle")),
            Question(TAXI, "Who besides Denise can book cars on the account?", ("Bethany",), ("Tariq",)),
            Question(TAXI, "What time is Edward Lyle's Thursday car?", ("5:45", "quarter to six")),
            Question(TAXI, "Where does Edward Lyle go on Thursdays?", ("Temple Meads",)),
            Question(TAXI, "What kind of car does Edward Lyle prefer?", ("estate",)),
            Question(TAXI, "Should the driver play music for Mr Lyle?", ("no radio",)),
            Question(TAXI, "What is the account number?", ("BC-2207", "B C two two zero seven")),
            Question(TAXI, "What time does Dr Solberg land?", ("10:20", "ten twenty")),
            Question(TAXI, "Where is Dr Solberg flying in from?", ("Oslo",)),
            Question(TAXI, "What should the airport sign say?", ("Solberg",)),
            Question(TAXI, "Which matter number is the airport pickup charged to?", ("4418",
                                                                                     "four four one eight")),
            Question(TAXI, "What has to be on each invoice line?", ("matter number",)),
            Question(TAXI, "Where is Denise's office?", ("Queen Square",)),
            Question(TAXI, "In which city does Mr Lyle live?", ("Bath",)),
            Question(TAXI, "What is Edward Lyle's mobile number?", ()),
            Question(TAXI, "What is the credit limit on the account?", ()),
            Question(TAXI, "What is Bethany Cole's email address?", ()),
            Question(TAXI, "Which airline is Dr Solberg flying with?", ()),
            Question(TAXI, "What is Dr Solberg's flight number?", ()),
        ],
    ),
    Caller(
        number="+447700900388",
        names=("Ravi",),
        calls=[
            Call(
                STORAGE, 48, "en", "Storage unit for business stock",
                "The user, Ravi Sharma, called to rent a storage unit for the stock of his online record "
                "shop, Groove Crate Records. The agent let him unit C-114, 50 square feet on the ground "
                "floor, at £96 every four weeks with contents cover up to £2,000, and explained the access "
                "hours of 6 AM to 10 PM. The agent gave him the gate code 5581.",
                [
                    ("Boxwell Self Storage, Kerry speaking.",
                     "Hi, yeah, I need a storage unit. For business stuff. Stock."),
                    ("Sure. Can I take your name?", "Ravi Sharma. R-A-V-I."),
                    ("And what sort of stock, Ravi?",
                     "Vinyl records. I run an online shop, Groove Crate Records, and my spare room has, um, "
                     "surrendered."),
                    ("Ha. How many records roughly?", "About four thousand? In crates. Maybe forty crates."),
                    ("A fifty square foot unit would take that comfortably. C-114 is free, ground floor.",
                     "Ground floor's good, those crates are heavy."),
                    ("It's ninety-six pounds every four weeks. Contents cover is included up to two thousand "
                     "pounds.", "Two thousand. Okay, that'll do for now."),
                    ("Access is six in the morning till ten at night. The gate code is 5 5 8 1, then your "
                     "unit has your own padlock.", "Five five eight one. Great. I'll bring my own padlock."),
                ],
                analysis_items(
                    "Storage unit rental for business stock", "", "",
                    "Ravi Sharma; Groove Crate Records; unit C-114, 50 sq ft; £96 per four weeks; gate code "
                    "5581", "finance", first_name="Ravi",
                ),
            ),
            Call(
                STORAGE, 22, "en", "Bigger climate-controlled unit",
                "The user, Ravi Sharma, called to move to a bigger unit after buying a collection of 3,000 "
                "records. The agent moved him to unit D-207, 100 square feet and climate-controlled, at £168 "
                "every four weeks. Ravi added his brother Vikram as an authorised person who can access the "
                "unit.",
                [
                    ("Boxwell Self Storage, Kerry.",
                     "Hi Kerry, Ravi Sharma, C-114. I need a bigger unit. I, um, bought a whole collection."),
                    ("Congratulations? How big?",
                     "Three thousand records. A man in Marlborough was clearing his dad's loft. I couldn't "
                     "say no."),
                    ("The hundred square foot units are upstairs, and D-207 is climate-controlled, which is "
                     "good for vinyl.", "Climate-controlled, yes. Records warp if it gets hot. Do it."),
                    ("That's a hundred and sixty-eight every four weeks.",
                     "Fine. Can my brother get in too? Vikram. He helps with the packing on Saturdays."),
                    ("I'll add Vikram Sharma as an authorised person. He'll need photo ID the first time.",
                     "I'll tell him. Thanks."),
                ],
                {"first_name": "Ravi"},
            ),
            Call(
                STORAGE, 2, "en", "Insurance increase and pallet delivery",
                "The user, Ravi Sharma, called to raise the contents cover on unit D-207 to £5,000, adding "
                "£6 every four weeks. He also asked the site to accept a pallet from Kestrel Freight on "
                "{+3} between 9 AM and 12 noon, as he will be at a record fair in Bristol; the agent will "
                "sign for it and keep it in the office until he collects it.",
                [
                    ("Boxwell Self Storage, Kerry speaking.",
                     "Hi Kerry, Ravi, D-207. Two things. The insurance, can I put it up? The stock's worth a "
                     "lot more now."),
                    ("Sure, to how much?", "Five thousand. Probably more really, but five for now."),
                    ("Five thousand is six pounds extra every four weeks.",
                     "Fine. And I've got a pallet coming, Kestrel Freight, in three days, between nine and "
                     "twelve. I'll be at a record fair in Bristol. Could you sign for it?"),
                    ("We can sign for it and keep it in the office until you collect.",
                     "Amazing. It's about two hundred kilos, so, sorry."),
                    ("We've got a pallet truck, no problem.", "You're the best."),
                ],
                analysis_items(
                    "Insurance increase and pallet delivery",
                    "Site to sign for a Kestrel Freight pallet and keep it in the office", "{+3}",
                    "Ravi Sharma; unit D-207; contents cover £5,000; brother Vikram authorised", "none",
                    first_name="Ravi",
                ),
            ),
        ],
        questions=[
            Question(STORAGE, "Which unit is Ravi's stock in?", ("D-207",), ("C-114",)),
            Question(STORAGE, "How big is Ravi's unit?", ("100 square feet", "hundred square foot"),
                     ("50 square feet", "fifty square foot", "50 sq ft")),
            Question(STORAGE, "How much contents cover does Ravi have?", ("£5,000", "five thousand"),
                     ("£2,000", "two thousand")),
            Question(STORAGE, "What does Ravi keep in storage?", ("records", "vinyl")),
            Question(STORAGE, "What is Ravi's shop called?", ("Groove Crate",)),
            Question(STORAGE, "Who else may open Ravi's unit?", ("Vikram",)),
            Question(STORAGE, "What will Vikram need the first time?", ("photo ID",)),
            Question(STORAGE, "When will the Kestrel Freight pallet arrive?", ("between nine and twelve",
                                                                                "9 AM and 12")),
            Question(STORAGE, "How heavy is the pallet?", ("two hundred kilos",)),
            Question(STORAGE, "What are the access hours?", ("6 AM to 10 PM", "six in the morning")),
            Question(STORAGE, "Why does vinyl need a cool unit?", ("warp",)),
            Question(STORAGE, "How much is Ravi's rent now?", ("£168", "hundred and sixty-eight"),
                     ("£96", "ninety-six")),
            Question(STORAGE, "Where will Ravi be while the delivery comes?", ("record fair",)),
            Question(STORAGE, "Where did the big collection come from?", ("Marlborough",)),
            Question(STORAGE, "What is Vikram's phone number?", ()),
            Question(STORAGE, "What is Ravi's VAT number?", ()),
            Question(STORAGE, "What is Ravi's website address?", ()),
            Question(STORAGE, "What is the tracking number of the Kestrel Freight pallet?", ()),
        ],
    ),
]  # fmt: skip
