"""A held-out memory set: callers of eight small makers and fitters, as ElevenLabs would report them.

A bridal shop, a carpet and flooring shop, a kitchen fitter, a picture framer, a tattoo studio, a
swimming-pool service, a garden machinery repairer and an upholsterer. Nine callers, 28 calls: a Spanish
bride and a French client asked about in English, a couple sharing one phone, a caller of a tattoo studio
and a framer whose medication is the studio's alone, three calls of 84 exchanges whose middle holds facts
no summary or analysis item repeats, corrections said plainly ("so it's the charcoal loop"), access codes
for a lockbox, an alarm, a gate and a key safe that no answer may give, and about half of the calls with
the post-call analysis items as ElevenLabs' model fills them (a fact missed, a category wrong, a value left
in the call's language), the others with the agent's own first-name item only.

A question's answer that is a day ``{+N}`` of a summary is computed here from the day the set is loaded,
written as a summary writes it ("November 23") or the other way round ("23 November").
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, day_written as _day, long_call

BRIDAL = "agent_makers_bridal_0000000000000071"
FLOORING = "agent_makers_floors_0000000000000072"
KITCHEN = "agent_makers_kitchen_000000000000073"
FRAMER = "agent_makers_framer_0000000000000074"
TATTOO = "agent_makers_tattoo_0000000000000075"
POOL = "agent_makers_pool_000000000000000076"
MOWERS = "agent_makers_mowers_0000000000000077"
UPHOLSTERY = "agent_makers_upholst_000000000000078"

# Small talk of the three long calls: the agent's back-channel, the caller's chatter.
_KITCHEN_ACKS = [
    "Mm-hm.", "Oh, that's lovely.", "Ha, I hear you.", "Right.", "Totally.", "No rush at all.",
    "That's so true.", "Sure.", "I love that.", "Yeah.", "Ha!", "Oh, for sure.",
]  # fmt: skip
_KITCHEN_TALK = [
    "Honestly the old kitchen is from, like, the eighties. Everything's oak-look laminate.",
    "Yeah.",
    "The kids keep asking if they can pick a color for something. I said they can pick the dish towels.",
    "We've been eating takeout for, like, a month already and we haven't even started.",
    "Ha, yeah.",
    "Dev thinks we can live on the grill during the install. In October. In Chicago.",
    "My cousin in Naperville did her kitchen last year and she said the worst bit was the dust.",
    "Mm.",
    "I cook a lot, like, a lot a lot. Sunday is biryani day.",
    "Sorry, I'm rambling, it's just exciting.",
    "The light in the kitchen in the morning is the best thing about this house.",
    "Right, right.",
    "We bought the house five years ago, the kitchen was always the plan.",
    "I keep sending Dev pictures at work and he just replies with a thumbs up.",
    "Uh-huh.",
    "Do people actually use the pot filler thing? I've seen it on Instagram.",
    "No, I don't think we need one, I was just curious.",
    "Our daughter does homework at the counter, so I guess the island will be her office.",
    "She's nine. She'll want a stool that spins, I know it.",
    "Okay.",
    "My son's more interested in where the snacks will live.",
    "Ha, yes, a snack drawer. He'd love that.",
    "The winter here is brutal, I'm glad we're not doing it in January.",
    "Yeah, no, exactly.",
    "Did I tell you we almost went with open shelving? I'm glad we didn't, the dust.",
    "My mother's kitchen in Pune had no upper cabinets at all, just shelves with steel tins.",
    "I still have some of her tins, actually. They'll go on the counter.",
    "Sure, sure.",
    "Okay, I'm looking at the drawing again.",
    "The little 3D view you did is so cool, the kids spun it around for like an hour.",
    "Is it weird that I'm excited about a trash pull-out?",
    "Mm-hm.",
    "We recycle everything, so two bins would be great, yeah.",
    "I'm drinking my coffee out of a mug from the showroom, by the way. Dev took it.",
    "Ha, I'll bring it back, I promise.",
    "Sorry, the dog is barking at the mail carrier again.",
    "He does this every day. Every single day.",
    "Okay, where was I.",
    "Our friends are coming for Diwali and I told them the kitchen will be done, so no pressure.",
    "Dev's brother keeps offering to help with the demo. I said no.",
    "He flooded our basement the last time he helped with something.",
    "Anyway. Yes.",
    "I really like the idea of under-cabinet lights, did we include those?",
    "Oh good, yes, keep those.",
    "I think the range hood in the drawing is fine, it's not too big.",
    "Oh, totally.",
    "You must get people like me all the time, huh.",
    "Ha. Okay. Good.",
    "I watched, like, nine hours of renovation shows this weekend. Research.",
    "Yeah, yeah.",
    "Dev says I'm going to miss the old kitchen. I am not going to miss the old kitchen.",
    "The drawer under the oven doesn't even open anymore.",
    "Right.",
    "Okay, sorry, back to business.",
    "Mm, yeah.",
    "I think that's everything I scribbled down. Let me check my list.",
    "Hmm. Hang on.",
    "Okay, yes.",
    "Ha, I know.",
    "Sorry, keep going.",
    "Yeah, I think so.",
    "Okay.",
    "Right, yes.",
    "Sure.",
    "Mm-hm.",
    "Great.",
    "Yeah.",
    "Ha, yes.",
]
_MOWER_ACKS = [
    "Oh yes?", "Ha, I bet.", "Right.", "Mm.", "Lovely.", "Is that right?", "Go on.", "Oh dear.",
    "Ha!", "Fair enough.", "Oh, I know.", "Sure.",
]  # fmt: skip
_MOWER_TALK = [
    "Course, it was my late wife who did the garden properly. I just mow.",
    "She'd have had that hedge trimmed by April, no trouble.",
    "Are you busy this time of year? I expect everyone's mower's playing up.",
    "Mind you, it's been a funny spring. All that rain.",
    "Yes.",
    "I've got robins nesting in the ivy by the shed again.",
    "Third year running, they must like it.",
    "I was a postman, you know. Thirty-one years. Walked every lane round here.",
    "You get to know every dog in the village. And which ones bite.",
    "Ha, yes.",
    "The bowls club starts up again soon, I'm on the committee, for my sins.",
    "We've a new green keeper this year, young lad, very keen.",
    "He says the green's never been better. We'll see.",
    "Mm.",
    "My granddaughter's coming at Easter, she's at university in Cardiff.",
    "Studying marine biology. Don't ask me what that is exactly.",
    "Fish, I think. Fish and seaweed.",
    "She's a clever girl, gets it from her grandmother.",
    "Right.",
    "Do you get many of the old Mountfields in? Or is it all the new ones?",
    "They don't make them like they used to, that's what I always say.",
    "The moles have been at the top lawn again. Little devils.",
    "I tried those solar spikes, the buzzing ones. Useless.",
    "Oh yes.",
    "My neighbour swears by putting mothballs down. I don't know.",
    "Anyway, I'm keeping you.",
    "No, no, I know you're busy.",
    "The veg patch is doing well though, I've got the onions in.",
    "Broad beans next, if the weather holds.",
    "Do you grow anything yourself, Dave?",
    "Oh you should. Nothing like your own potatoes.",
    "Quite right.",
    "I used to take the marrows to the village show. Came second once.",
    "Beaten by the vicar. I still say he bought it from the market.",
    "Ha! Well, you didn't hear that from me.",
    "The village fete's in July, if you're ever out this way.",
    "They do a tug of war, the pub against the cricket club.",
    "Oh, the pub always wins. They train for it, in a manner of speaking.",
    "Mm, yes.",
    "Where was I. Oh yes, the mower.",
    "I did wonder about getting a new one, but it seems a shame.",
    "It's done me proud, that machine.",
    "And the hedge trimmer was my wife's, so I'd like to keep that going.",
    "Sentimental old fool, I know.",
    "Right, yes, sorry, go on.",
    "Yes, yes.",
    "The paper says it'll be dry at the weekend. I'll believe it when I see it.",
    "Oh, I don't do the computer. My granddaughter set up the email but I never look.",
    "Ha, no.",
    "Righto.",
    "Is that so.",
    "Well I never.",
    "Yes, I'm still here.",
    "Sorry, the kettle's just boiled.",
    "That's better. Cup of tea.",
    "Go on, dear.",
    "Mm-hm.",
    "Right you are.",
    "Quite.",
    "Yes.",
    "Oh, lovely.",
    "Ha, very good.",
    "Indeed.",
    "Yes, yes, I'm with you.",
]
_FRAMING_ACKS = [
    "Oh, how lovely.", "Mm-hm.", "Really?", "Ha, I can imagine.", "That's so sweet.", "Not at all!",
    "Of course.", "Aw.", "Yes.", "Oh wow.", "I know what you mean.", "Ha!",
]  # fmt: skip
_FRAMING_TALK = [
    "I've lived in this town all my life, you know. Born at the old cottage hospital.",
    "The High Street's changed so much. There used to be a proper butcher's where the phone shop is.",
    "And a haberdasher's. That's where my mother bought all her threads.",
    "Silks, mostly. She wouldn't use anything else.",
    "Oh yes.",
    "I never had the patience for it myself. I knit, though.",
    "I'm knitting a blanket for my great-grandson at the moment. He's due in the spring.",
    "My granddaughter's first. Well, her first baby, my first great-grandchild.",
    "I'm going to be a great-granny, can you imagine.",
    "Ha, yes.",
    "Do you get many samplers in? I expect it's all photographs now.",
    "And those canvas prints. I'm not keen on those.",
    "My son put one of those in his hall, of a beach. I said, where's that? He said Thailand.",
    "Never been further than Tenerife myself.",
    "Oh, we went every year, me and Frank, God rest him.",
    "He liked the sun. I liked the swimming.",
    "Mm.",
    "Sorry, dear, I do go on.",
    "The bus is every half hour now, which isn't bad.",
    "Except Sundays. Sundays you can forget it.",
    "My friend Maureen does the flowers at church and she says your shop did her wedding photo.",
    "Forty years married, they are. Ruby wedding.",
    "She said it came out beautiful.",
    "Anyway, she recommended you. So here I am.",
    "Yes, dear.",
    "Is it you that does the framing yourself, or is there a man in the back?",
    "Oh, good for you, dear.",
    "My mother would have liked that. She was very modern, for her time.",
    "She worked in the mill until she married, then she did alterations from home.",
    "Everybody's wedding dresses in the street went through her hands.",
    "I can still hear the sewing machine going at night.",
    "Funny what you remember.",
    "Oh, I'm keeping you, aren't I.",
    "Are you sure? You're very kind.",
    "It's ever so quiet since Frank went, I don't mind telling you.",
    "The cat keeps me company. She's twelve. Ginger.",
    "She sleeps on the sampler box, that's why I took it out of the cupboard in the first place.",
    "Well. Where were we?",
    "Oh yes.",
    "It's the most precious thing I own, really.",
    "After my wedding ring.",
    "Ha, yes.",
    "Do you have a cup of tea in the shop? I'll need one after the bus.",
    "Lovely.",
    "I'm not one for fuss, but this is special.",
    "Mm-hm.",
    "Sorry, somebody's at the door. No, it's gone. Leaflets.",
    "Yes, I'm still here, dear.",
    "Oh, I know.",
    "Right.",
    "Yes.",
    "That's it, yes.",
    "Go on.",
    "Oh, lovely.",
    "Ha.",
    "Bless you.",
    "Yes, yes.",
    "Quite right.",
    "Mm.",
    "Of course.",
    "I see.",
    "Oh yes, dear.",
    "Yes.",
    "Right you are.",
    "Lovely.",
]


HELDOUT_MAKERS: list[Caller] = [
    # A Spanish bride in London: her calls in Spanish, the questions in English; one correction of a time,
    # one of a count said without "change" ("se ha apuntado mi prima... son siete").
    Caller(
        number="+447700900318",
        names=("Lucía",),
        calls=[
            Call(
                BRIDAL, 58, "es", "Bridal gown order and first fitting",
                "The user, Lucía Fernández, spoke Spanish and ordered the Carmela mermaid-cut gown by Alma "
                "Novias in ivory, size 38, for her wedding on October 17. The agent booked her first fitting "
                "for {+21} at 11 AM and noted she also wants to see bridesmaid dresses.",
                [
                    ("Hello, Ever After Bridal, this is Rosie, how can I help?",
                     "Hola, eh... ¿hablan español?"),
                    ("¡Claro que sí! ¿En qué puedo ayudarle?",
                     "Vale, genial. Mira, me caso en octubre y vi un vestido en vuestra web, el modelo "
                     "Carmela, de Alma Novias."),
                    ("Ah, el Carmela, precioso. ¿Me dice su nombre?",
                     "Lucía Fernández. Lucía con acento en la i."),
                    ("Gracias, Lucía. ¿Para qué fecha es la boda?", "El diecisiete de octubre."),
                    ("¿Y en qué color lo quiere? Lo tenemos en blanco roto y en marfil.",
                     "En marfil, marfil. El blanco me apaga mucho la cara."),
                    ("¿Qué talla usa normalmente?",
                     "Una treinta y ocho... bueno, de cadera a veces una cuarenta, pero pongamos la treinta "
                     "y ocho."),
                    ("Perfecto. Es corte sirena, ya lo sabe, ¿verdad?", "Sí, sí, sirena, es lo que quiero."),
                    ("El vestido tarda unas dieciséis semanas en llegar desde el taller.",
                     "Vale, me da tiempo de sobra."),
                    ("¿Algo más?",
                     "Ah, sí, también querría mirar vestidos para mis damas de honor. Son seis."),
                    ("Estupendo, lo vemos en la prueba. Le reservo la primera prueba dentro de tres semanas, "
                     "a las once de la mañana. ¿Le va bien?", "A las once, sí, perfecto."),
                    ("Le mando la confirmación por WhatsApp.", "Vale, muchas gracias. ¡Hasta luego!"),
                ],
                analysis_items(
                    "Encargo del vestido de novia", "Primera prueba del vestido", "{+21}",
                    "Boda el 17 de octubre; vestido Carmela de Alma Novias, corte sirena, color marfil; "
                    "talla 38; seis damas de honor", "none", first_name="Lucía",
                ),
            ),
            Call(
                BRIDAL, 33, "es", "Bridesmaids and veil",
                "La usuaria, Lucía Fernández, contó que la primera prueba fue bien y que hay que subir un "
                "poco "
                "el largo. Tendrá siete damas de honor, que irán en terracota, y eligió el velo catedral de "
                "tres metros. El agente le reservó la segunda prueba para el {+42} a las diez de la mañana y "
                "le pidió que traiga los zapatos de la boda.",
                [
                    ("Ever After Bridal, buenas tardes, le atiende Rosie.",
                     "Hola Rosie, soy Lucía Fernández otra vez, la del vestido Carmela."),
                    ("¡Hola Lucía! ¿Qué tal fue la primera prueba?",
                     "Muy bien, muy bien. De largo hay que subirlo un poco, pero me encantó."),
                    ("Me alegro mucho. ¿En qué le ayudo hoy?",
                     "Pues mira, lo de las damas de honor. Se ha apuntado mi prima Irene, así que son "
                     "siete."),
                    ("Siete, apuntado. ¿Tiene pensado un color?",
                     "Terracota. Un terracota suave, nada de naranja chillón."),
                    ("Tenemos varios modelos en terracota, se los preparo. Y el velo, ¿lo ha pensado?",
                     "Sí, quiero el velo catedral, el largo, el de tres metros."),
                    ("Muy bien. La segunda prueba se la pongo dentro de seis semanas justas, a las diez de "
                     "la mañana. ¿Le va bien?", "Sí, a las diez me va bien."),
                    ("Y para esa prueba traiga los zapatos de la boda, así ajustamos el bajo.",
                     "Vale. Son de tacón de ocho centímetros, ¿eh? Para que lo sepáis."),
                    ("Anotado, ocho centímetros.", "Genial. Gracias, Rosie, ¡un beso!"),
                ],
                {"first_name": "Lucía"},
            ),
            Call(
                BRIDAL, 4, "es", "Second fitting moved to the afternoon",
                "The user, Lucía Fernández, asked to move her second fitting on {+13} from 10 AM to 5:30 PM "
                "because she now works mornings. The agent confirmed. Her mother, Pilar, will pay the "
                "remaining balance of £640 by card in the shop.",
                [
                    ("Ever After Bridal, good morning, Rosie speaking.",
                     "Hola Rosie, soy Lucía. ¿Hablamos en español?"),
                    ("Por supuesto, Lucía. Dígame.",
                     "Mira, la segunda prueba, la de las diez... es que me han cambiado el turno y ahora "
                     "trabajo por las mañanas."),
                    ("Vaya. ¿Le vendría mejor por la tarde el mismo día?",
                     "Sí, si puede ser a las cinco y media, perfecto."),
                    ("Cinco y media de la tarde, el mismo día, hecho.",
                     "Genial. Y otra cosa, lo que queda por pagar del vestido, ¿cuánto era?"),
                    ("Quedan seiscientas cuarenta libras.",
                     "Vale, eso lo paga mi madre, Pilar. ¿Puede pagarlo con tarjeta en la tienda?"),
                    ("Sí, claro, con tarjeta sin problema.", "Perfecto. Pues a las cinco y media. ¡Gracias!"),
                ],
                analysis_items(
                    "Second fitting time change", "Second fitting at 5:30 PM", "{+13}",
                    "Works mornings; mother Pilar will pay the £640 balance by card", "finance",
                    first_name="Lucía",
                ),
            ),
        ],
        questions=[
            Question(BRIDAL, "Which dress did she order?", ("carmela",)),
            Question(BRIDAL, "What colour did the bride choose for her gown?", ("ivory", "marfil")),
            Question(BRIDAL, "What size is she?", ("38", "treinta y ocho")),
            Question(BRIDAL, "How many bridesmaids will she have?", ("seven", "siete"), ("six", "seis")),
            Question(BRIDAL, "What time is her second fitting?",
                     ("5:30", "17:30", "cinco y media", "half past five"), ("10 am", "las diez", "10:00")),
            Question(BRIDAL, "When is the wedding?",
                     ("17 de octubre", "october 17", "17 october", "diecisiete de octubre")),
            Question(BRIDAL, "What veil is she having?", ("cathedral", "catedral")),
            Question(BRIDAL, "How high are the heels of her wedding shoes?",
                     ("ocho centímetros", "8 cm", "eight centimetres")),
            Question(BRIDAL, "What colour will the bridesmaids wear?", ("terracotta", "terracota")),
            Question(BRIDAL, "How much is left to pay on the gown?", ("640", "seiscientas cuarenta")),
            Question(BRIDAL, "Who is settling the outstanding amount?",
                     ("pilar", "her mother", "mi madre")),
            Question(BRIDAL, "Which cousin joined the bridal party?", ("irene",)),
            Question(BRIDAL, "How long does the gown take to come in?",
                     ("sixteen weeks", "16 weeks", "dieciséis semanas")),
            Question(BRIDAL, "What shoe size does she wear?", ()),
            Question(BRIDAL, "What is the name of the wedding venue?", ()),
            Question(BRIDAL, "What is the groom's name?", ()),
        ],
    ),
    # A landlord's flat: a lockbox code said once, a carpet chosen again without "change".
    Caller(
        number="+447700900614",
        names=("Gary",),
        calls=[
            Call(
                FLOORING, 40, "en", "Measuring visit for rental flat",
                "The user, Gary Whitmore, a landlord, booked a measuring visit at his rental flat, Flat 3, "
                "27 Marlowe Road, for {+2} between 8 and 10 AM. He wants hard-wearing carpet in the lounge, "
                "hallway and both bedrooms and vinyl in the bathroom. The surveyor will let themselves in "
                "with the keys from the lockbox by the front door.",
                [
                    ("Hartley Carpets and Flooring, you're through to Beth, how can I help?",
                     "Hiya, yeah, I'm after someone to come and measure up a flat for carpets."),
                    ("No problem at all. Can I take your name?", "Gary. Gary Whitmore."),
                    ("Thanks Gary. And where's the property?",
                     "It's a rental, one of mine, Flat 3, twenty-seven Marlowe Road. Tenant's moving out "
                     "end of the month so I want it done between tenants, like."),
                    ("Lovely. Which rooms are we looking at?",
                     "Er, the lounge, the hallway and both bedrooms for carpet. And the bathroom wants "
                     "vinyl, the old lino's lifting."),
                    ("Okay. Will someone be there to let our surveyor in?",
                     "No, I'm up in Leeds most weeks. There's a lockbox by the front door for the keys, "
                     "the lockbox code is 7 4 8 3."),
                    ("Got it, I'll pop that on the job sheet.", "Cheers. When can you get someone out?"),
                    ("I've got the day after tomorrow, between eight and ten in the morning?",
                     "Yeah, that's fine, they can let themselves in."),
                    ("Great. Anything else we should know?",
                     "Just that it's got to be hard-wearing, it's a rental, you know what tenants are like."),
                    ("Ha, understood. We'll bring some samples.", "Lovely, ta-ra."),
                ],
                analysis_items(
                    "Measuring visit for rental flat", "Measure up Flat 3 for carpet and vinyl", "{+2}",
                    "Landlord, in Leeds most weeks; Flat 3, 27 Marlowe Road; lockbox code 7483; carpet for "
                    "lounge, hallway and two bedrooms; vinyl for bathroom", "none", first_name="Gary",
                ),
            ),
            Call(
                FLOORING, 30, "en", "Quote accepted and fitting booked",
                "Gary Whitmore accepted quote Q-5581 for £2,340 for oatmeal twist carpet with underlay in "
                "four rooms plus vinyl in the bathroom at Marlowe Road. The fitting was booked for {+34}, "
                "and "
                "he will pay by bank transfer on completion.",
                [
                    ("Hartley Carpets and Flooring, Beth speaking.",
                     "Hi Beth, Gary Whitmore, about the quote for Marlowe Road."),
                    ("Hi Gary, yes, I've got it here, reference Q-5581. That's two thousand three hundred "
                     "and forty pounds, fitted, with underlay.",
                     "Right. And that's with the oatmeal twist you sent the sample of?"),
                    ("That's right, the oatmeal twist in all four rooms, plus the vinyl.",
                     "Yeah, go on then, let's book it in. What underlay is it?"),
                    ("It's an eleven mil PU underlay, a good mid-range one.", "Eleven mil, fine."),
                    ("Our first free fitting slot is a little under five weeks away, I'll text you the date "
                     "now.", "Fine, as long as it's before the new tenant moves in."),
                    ("How would you like to pay?", "Bank transfer, I'll do it on completion."),
                    ("Perfect.", "Cheers Beth."),
                ],
                {"first_name": "Gary"},
            ),
            Call(
                FLOORING, 9, "en", "Carpet choice before fitting",
                "Gary confirmed the fitting at Marlowe Road on {+13} and said he will go with the charcoal "
                "loop pile carpet for all four rooms. The agent will send a revised quote. The fitters can "
                "contact his letting agent if there is a problem on the day.",
                [
                    ("Hartley Carpets and Flooring, Beth speaking.",
                     "Hi Beth, it's Gary again, Marlowe Road."),
                    ("Hi Gary! All set for the fitting?",
                     "Yeah, yeah. Listen, I was at my sister's at the weekend and she's got that charcoal "
                     "loop pile, and honestly, with tenants, the oatmeal's going to show every mark. So "
                     "it's the charcoal loop for all four rooms."),
                    ("No problem, the charcoal loop pile is actually a touch cheaper, I'll send you a "
                     "revised "
                     "quote.", "Even better."),
                    ("The fitters will be there at eight on the day.",
                     "Eight's fine, they know about the keys."),
                    ("And if there's a problem on the day, who should they call?",
                     "Ring the letting agent, Shona at Brightkey Lettings, on 0161 496 0732. She's closer "
                     "than me."),
                    ("0161 496 0732, got it.", "Brilliant, thanks."),
                ],
                {"first_name": "Gary"},
            ),
        ],
        questions=[
            Question(FLOORING, "Which carpet is going down at the flat?", ("charcoal",), ("oatmeal",)),
            Question(FLOORING, "What's the address of the rental?",
                     ("27 marlowe", "twenty-seven marlowe", "marlowe road")),
            Question(FLOORING, "Which rooms are getting carpet?", ("lounge", "hallway", "bedrooms")),
            Question(FLOORING, "What's going in the bathroom?", ("vinyl",)),
            Question(FLOORING, "How thick is the underlay?", ("eleven mil", "11 mm", "11mm")),
            Question(FLOORING, "Who should the fitters ring if there's a problem?", ("shona", "brightkey")),
            Question(FLOORING, "What's the letting agent's number?", ("0161 496 0732", "01614960732")),
            Question(FLOORING, "When is the fitting?", _day(30, 34)),
            Question(FLOORING, "What time do the fitters start?", ("at eight", "8 am", "8:00", "8am")),
            Question(FLOORING, "What's the quote reference?", ("q-5581", "q5581")),
            Question(FLOORING, "How is he paying?", ("bank transfer",)),
            Question(FLOORING, "Whereabouts is he based during the week?", ("leeds",)),
            Question(FLOORING, "What's the lockbox code?", ()),
            Question(FLOORING, "Which floor is the flat on?", ()),
            Question(FLOORING, "What's the letting agent's email address?", ()),
            Question(FLOORING, "What colour vinyl is going in the bathroom?", ()),
            Question(FLOORING, "What's the new tenant's name?", ()),
        ],
    ),
    # A couple on one phone: a long design call whose middle holds three facts, an alarm code, a sink
    # chosen again without "change", an installation date moved.
    Caller(
        number="+13125550147",
        names=("Priya", "Dev"),
        calls=[
            Call(
                KITCHEN, 75, "en", "Kitchen design consultation",
                "The user, Dev Raman, called to book a kitchen design consultation. The agent booked him and "
                "his wife Priya into the showroom on Chicago Avenue for {+6} at 10:30 AM. The kitchen is at "
                "14 Larkspur Lane, Evanston, and their budget is around $28,000.",
                [
                    ("Thanks for calling Oakline Kitchens, this is Marcus. How can I help?",
                     "Hey, yeah, hi. We're looking to, uh, redo our kitchen and I wanted to set up a design "
                     "consultation."),
                    ("Sure thing. Can I get your name?", "Dev Raman. R-A-M-A-N."),
                    ("Thanks, Dev. And the address of the property?", "Fourteen Larkspur Lane, in Evanston."),
                    ("Great. Do you have a rough budget in mind?",
                     "We were thinking, um, around twenty-eight thousand? Maybe a bit of wiggle room, but "
                     "that's the number my wife and I agreed on."),
                    ("That's a good working budget. Would you and your wife both come to the showroom?",
                     "Yeah, Priya'll come too, she's the one with the, uh, the vision. I just carry the "
                     "samples."),
                    ("Ha! I've got an opening six days from now at ten-thirty in the morning at our showroom "
                     "on Chicago Avenue. Does that work?", "Ten-thirty, yeah, that works."),
                    ("Perfect. Bring any photos or measurements you have.", "Will do. Thanks, Marcus."),
                ],
                analysis_items(
                    "Kitchen design consultation", "Showroom design consultation with Dev and Priya", "{+6}",
                    "14 Larkspur Lane, Evanston; budget around $28,000; wife Priya", "none", first_name="Dev",
                ),
            ),
            Call(
                KITCHEN, 52, "en", "Going through the kitchen design",
                "The user, Priya Raman, went through kitchen design D-2291 in detail with the agent: navy "
                "shaker doors with brushed brass pulls, a white quartz worktop, a 36-inch induction hob, a "
                "single-bowl stainless undermount sink, and pull-out drawers in the pantry. The agent will "
                "update the drawing and email her a revised quote by the end of the week. Priya chatted "
                "about her family and cooking during the call.",
                long_call(
                    [
                        ("Oakline Kitchens, this is Marcus.",
                         "Hi Marcus, it's Priya Raman, Dev's wife? We came in to the showroom a couple weeks "
                         "back."),
                        ("Of course, hi Priya! You got the drawings?",
                         "I did, yeah, design D-2291, I've got it open on my laptop right now. I wanted to "
                         "go "
                         "through it properly, if you've got a minute. Or, like, twenty minutes, sorry."),
                        ("Take all the time you need. Where do you want to start?",
                         "Okay so the doors. We said navy shaker, right? I'm still, um, I'm still good with "
                         "navy. Dev wanted gray but he's been overruled."),
                        ("Navy shaker it is. And the handles were the brushed brass bar pulls.",
                         "Yes, the brass. Love the brass."),
                        ("Worktop, we had you down for the white quartz with the light veining.",
                         "Yes, white quartz. Not the marble look, the one with the softer veins."),
                        ("Great. And for cooking, the induction hob, thirty-six inch.",
                         "Induction, yeah. We're getting rid of the gas, I'm done with gas."),
                        ("Sink, you had the single-bowl undermount in stainless.",
                         "Single bowl, yeah, undermount. Stainless is fine."),
                        ("Okay. Anything on the layout that's bothering you?",
                         "Um, a few things, yeah. Can I just, hang on, the dog's... Milo, no! Sorry. Okay."),
                    ],
                    [
                        ("Go ahead.",
                         "So, the dishwasher. On the drawing it's to the right of the sink, but I'm "
                         "left-handed, so I'd want the dishwasher on the left of the sink. I always load "
                         "with my left."),
                        ("Good to know, I'll swap it over.",
                         "And the water heater, it's in the tall closet by the back door, and it has to stay "
                         "accessible, the service guy needs to get to it every year."),
                        ("Absolutely, we won't box it in.",
                         "Oh and Dev's mom lives with us, she uses a walker, so the gap around the island "
                         "needs to be at least forty-two inches. Like, really forty-two, not thirty-six."),
                    ],
                    [
                        ("Understood. Anything else on the layout?",
                         "I think that's the layout stuff. Oh, the pantry. Can the pantry have pull-out "
                         "drawers and not shelves?"),
                        ("Yes, that's an easy swap.", "Great."),
                        ("I'll update the drawing and send a revised quote by email by the end of the week.",
                         "Perfect. Send it to me, not Dev, he never checks his email."),
                        ("Will do. Is there anything else I can help with today?",
                         "No, no. Thank you for being so patient with me, seriously."),
                        ("My pleasure, Priya. Talk soon!", "Bye!"),
                    ],
                    acks=_KITCHEN_ACKS,
                    talk=_KITCHEN_TALK,
                ),
                {"first_name": "Priya"},
            ),
            Call(
                KITCHEN, 20, "en", "Quote accepted, installation scheduled",
                "The user, Dev Raman, accepted the revised quote of $27,450 and paid the deposit online. "
                "Installation starts {+28} with the crew arriving at 8 AM and should take about eight "
                "working days. The spare key is with their neighbor, Mrs. Kowalski, at number 16, and Dev "
                "gave the alarm code for the crew. The sink will be a one-and-a-half bowl.",
                [
                    ("Oakline Kitchens, Marcus speaking.",
                     "Hey Marcus, Dev Raman. So, we're in. We'll take the revised quote."),
                    ("Fantastic! That's the twenty-seven thousand four hundred fifty.",
                     "Twenty-seven four fifty, yep. I just paid the deposit online."),
                    ("I see it came through, thank you. Our next install slot is four weeks from today, with "
                     "the crew arriving at eight a.m., and it's about eight working days.",
                     "Eight working days, okay. We'll both be at work, so..."),
                    ("How would you like to handle access?",
                     "Our neighbor, Mrs. Kowalski at number sixteen, has a spare key. And the alarm code is "
                     "9 1 6 7, it's the panel right by the side door."),
                    ("Got it. I'll put that in the job notes for the crew only.",
                     "Cool. Oh, and Priya said she wants the one-and-a-half bowl sink, the single's too "
                     "small for her roasting pan."),
                    ("The one-and-a-half bowl, no problem, same price band.", "Great."),
                    ("Anything else?", "Nope, that's it. Thanks, man."),
                ],
                analysis_items(
                    "Quote accepted and installation scheduled",
                    "Installation starts; crew to get the spare key from the neighbor at number 16", "{+28}",
                    "Neighbor Mrs. Kowalski at number 16 has a spare key; alarm code 9167; one-and-a-half "
                    "bowl sink; crew arrives 8 AM", "none", first_name="Dev",
                ),
            ),
            Call(
                KITCHEN, 3, "en", "Installation pushed back two days",
                "The user, Priya Raman, asked to push the kitchen installation back two days to {+13} "
                "because their plumber cannot disconnect the old sink earlier. The agent agreed and will "
                "text a confirmation.",
                [
                    ("Oakline Kitchens, Marcus speaking.",
                     "Hi Marcus, Priya Raman. Quick one about the install."),
                    ("Sure, what's up?",
                     "So our plumber can't disconnect the old sink and the gas line until the day the crew "
                     "was supposed to start. Ugh. Could we push the install back two days?"),
                    ("Let me look... yes, I can move you two days later, same eight a.m. start.",
                     "Oh thank god. Thank you."),
                    ("I'll text you and Dev the confirmation.",
                     "Great. Also the floor tiles arrived, they're stacked in the garage, so the crew can "
                     "grab them from there."),
                    ("Perfect, I'll note that.", "Thanks, bye!"),
                ],
                {"first_name": "Priya"},
            ),
        ],
        questions=[
            Question(KITCHEN, "Which side of the sink does the dishwasher go?",
                     ("left of the sink", "left-handed")),
            Question(KITCHEN, "Where's the water heater?", ("tall closet", "back door")),
            Question(KITCHEN, "How much clearance does the island need?",
                     ("forty-two inches", "42 inches", "forty-two")),
            Question(KITCHEN, "Who in the household has mobility trouble?", ("walker",)),
            Question(KITCHEN, "What worktop did they pick?", ("quartz",)),
            Question(KITCHEN, "What colour are the cabinet doors?", ("navy",)),
            Question(KITCHEN, "What kind of sink are they getting?",
                     ("one-and-a-half", "one and a half"), ("single-bowl", "single bowl")),
            Question(KITCHEN, "When does the installation start?", _day(3, 13), _day(20, 28)),
            Question(KITCHEN, "What time does the crew arrive?", ("8 am", "8 a.m", "eight a.m", "8:00")),
            Question(KITCHEN, "Who's holding the spare key?", ("kowalski",)),
            Question(KITCHEN, "What did the kitchen end up costing?",
                     ("27,450", "27450", "twenty-seven four fifty")),
            Question(KITCHEN, "Where are the floor tiles?", ("garage",)),
            Question(KITCHEN, "What handles did they choose?", ("brass",)),
            Question(KITCHEN, "What's the design reference?", ("d-2291", "d2291")),
            Question(KITCHEN, "Duration of the job?", ("eight working days", "8 working days")),
            Question(KITCHEN, "What's the alarm code?", ()),
            Question(KITCHEN, "What brand is the induction hob?", ()),
            Question(KITCHEN, "What's their email address?", ()),
            Question(KITCHEN, "What's the neighbor's first name?", ()),
            Question(KITCHEN, "What breed is the dog?", ()),
        ],
    ),
    # One caller of a tattoo studio and a framer: his medication is the studio's to know, not the framer's.
    Caller(
        number="+447700900288",
        names=("Tom",),
        private_to={TATTOO: ("warfarin", "heart valve", "anticoagulation", "blood test")},
        calls=[
            Call(
                TATTOO, 45, "en", "First tattoo consultation",
                "The user, Tom Okafor, asked about his first tattoo: a ship's compass with his daughter's "
                "name, Adaeze, on his inner left forearm, about 15 cm, ideally by Kez. He said he takes "
                "warfarin after a heart valve replacement, so the studio needs a letter from his "
                "anticoagulation clinic before booking.",
                [
                    ("Black Anchor Tattoo, Sam speaking.",
                     "Hi, hi. Um, I wanted to ask about getting a piece done. I've never had one before, "
                     "so, bear with me."),
                    ("No worries at all! What's your name?", "Tom. Tom Okafor."),
                    ("Nice one, Tom. What are you thinking?",
                     "So, a compass. Like an old ship's compass, with my daughter's name worked into it. "
                     "Adaeze. A-D-A-E-Z-E."),
                    ("Love that. Where on the body?",
                     "Inner left forearm. About, I dunno, fifteen centimetres? Palm-sized-ish."),
                    ("That's a good size for a compass. Do you have an artist in mind?",
                     "My mate had his done by Kez, I really liked it, so Kez if possible."),
                    ("Kez does amazing linework. Before we book, is there anything medical we should know "
                     "about?",
                     "Yeah, that's the thing actually. I'm on warfarin. I had a heart valve replaced two "
                     "years ago. Is that a problem?"),
                    ("It's not a no, but we'd need a letter from your anticoagulation clinic saying you're "
                     "okay to be tattooed.", "Right, okay. I can ask them, I'm there next week anyway."),
                    ("Brilliant, just email it over when you have it and we'll book you in.",
                     "Will do. Cheers, Sam."),
                ],
                analysis_items(
                    "First tattoo consultation",
                    "Tom to email a letter from his anticoagulation clinic before booking", "",
                    "Compass tattoo with daughter's name Adaeze; inner left forearm, about 15 cm; wants "
                    "artist Kez; takes warfarin after a heart valve replacement", "health", first_name="Tom",
                ),
            ),
            Call(
                TATTOO, 16, "en", "Tattoo session booked",
                "Tom confirmed he emailed the clinic letter. Because Kez is away, he booked a four-hour "
                "session with Marco on {+21} at 1 PM and paid a £60 deposit. He will bring a recent blood "
                "test reading on the day.",
                [
                    ("Black Anchor Tattoo, Sam speaking.",
                     "Hiya Sam, it's Tom Okafor. I emailed the letter from the clinic yesterday."),
                    ("Yes, got it, thanks Tom, that's all fine. So, Kez is actually away for most of next "
                     "month, she's doing a guest spot in Berlin. Marco could do it though, he's brilliant "
                     "at compasses.", "Oh. Um. Yeah, I've seen Marco's stuff, go on, Marco's fine."),
                    ("Great. Marco has a four-hour slot three weeks today, starting at one in the afternoon.",
                     "One o'clock. Yeah, I'll book the afternoon off."),
                    ("Lovely. There's a sixty pound deposit to hold the slot.",
                     "Sure, I'll pay it now... done."),
                    ("Payment's come through.",
                     "Great. And, er, my clinic said to get my INR checked a couple of days before, is that "
                     "right?"),
                    ("Yes, bring the blood test reading with you on the day.", "Will do. See you then."),
                ],
                {"first_name": "Tom"},
            ),
            Call(
                FRAMER, 38, "en", "Poster framing quote",
                "The user, Tom Okafor, asked to frame a 50 x 70 cm Fela Kuti concert poster that belonged to "
                "his late father. He chose a black-stained oak frame with UV-protective museum glass; the "
                "agent quoted £145. He will bring the poster in on Saturday.",
                [
                    ("The Frame Room, good afternoon, Ellie speaking.",
                     "Hello, yeah, I've got a poster I'd like framed. It was my dad's. He passed last year."),
                    ("Oh, I'm sorry. What's the poster?",
                     "It's a Fela Kuti concert poster, from Lagos. Dad had it on his wall for years, it's a "
                     "bit, you know, tired."),
                    ("And the size?", "Fifty by seventy centimetres, I measured it last night."),
                    ("Any idea on the frame?", "Black. Something solid. Oak maybe?"),
                    ("We've got a black-stained oak that would look great. And for something old like that, "
                     "I'd suggest museum glass, it's UV-protective and almost invisible.",
                     "Yeah, do that, I don't want it fading any more."),
                    ("That would come to a hundred and forty-five pounds.",
                     "That's fine. I'll bring it in Saturday."),
                    ("Perfect, and your name?", "Tom Okafor."),
                    ("See you Saturday, Tom!", "Cheers."),
                ],
                analysis_items(
                    "Poster framing quote", "Tom to bring the poster in", "",
                    "Fela Kuti poster, 50 x 70 cm, belonged to his late father; black-stained oak frame; "
                    "museum glass; quote £145", "none", first_name="Tom",
                ),
            ),
            Call(
                FRAMER, 8, "en", "Double mount added",
                "Tom asked to add a double mount to his poster frame for £25 extra. The agent said it will "
                "be "
                "ready to collect on {+12}.",
                [
                    ("The Frame Room, Ellie speaking.",
                     "Hi Ellie, it's Tom, I dropped off the Fela Kuti poster at the weekend."),
                    ("Hi Tom, yes, it's on the bench! What can I do for you?",
                     "I was thinking about a mount. Could we do a double mount? Off-white on top and a thin "
                     "black one underneath."),
                    ("That would look fantastic. It's twenty-five pounds extra.",
                     "Fine, go for it. It's going in the hallway, which gets the afternoon sun, so good job "
                     "we went with the museum glass."),
                    ("Exactly. It'll be ready in about twelve days.",
                     "Great. Do you deliver or do I collect?"),
                    ("Collection from the shop, I'm afraid.", "No problem, I'll pick it up."),
                ],
                {"first_name": "Tom"},
            ),
        ],
        questions=[
            Question(TATTOO, "What's the design?", ("compass",)),
            Question(TATTOO, "Whose name goes in the tattoo?", ("adaeze",)),
            Question(TATTOO, "Where is it going on his body?", ("left forearm",)),
            Question(TATTOO, "Who's tattooing him?", ("marco",), ("kez",)),
            Question(TATTOO, "What medication does he take?", ("warfarin",)),
            Question(TATTOO, "What time does his session start?",
                     ("1 pm", "1pm", "one o'clock", "one in the afternoon", "13:00")),
            Question(TATTOO, "When is his session?", _day(16, 21)),
            Question(TATTOO, "How much deposit did he pay?", ("£60", "sixty")),
            Question(TATTOO, "Why isn't Kez available?", ("berlin", "guest spot")),
            Question(TATTOO, "How old is his daughter?", ()),
            Question(TATTOO, "Does he have any allergies?", ()),
            Question(FRAMER, "What's he having framed?", ("fela kuti", "poster")),
            Question(FRAMER, "Which glass did he go for?", ("museum glass", "uv")),
            Question(FRAMER, "What colours is the mount?", ("off-white",)),
            Question(FRAMER, "Where will he hang it?", ("hallway",)),
            Question(FRAMER, "When can he collect it?", _day(8, 12)),
            Question(FRAMER, "How big is the poster?", ("50 x 70", "fifty by seventy")),
            Question(FRAMER, "Whose was it originally?", ("late father", "my dad's", "dad had it")),
            Question(FRAMER, "Is he on any medication?", ()),
            Question(FRAMER, "How wide is the frame moulding?", ()),
            Question(FRAMER, "What year is the poster from?", ()),
        ],
    ),
    # A French client of an upholsterer: calls in French, summaries in English and French, the analysis
    # items in French once and mistranslated once; the fabric chosen again without "changer".
    Caller(
        number="+33645182936",
        names=("Élodie",),
        calls=[
            Call(
                UPHOLSTERY, 66, "fr", "Two Louis XV armchairs to reupholster",
                "The user, Élodie Marchand, spoke French. She wants two Louis XV bergère armchairs that "
                "belonged to her grandmother reupholstered in sage green velvet with piping, and their beech "
                "frames reglued. The agent booked a home visit to quote on {+5} at 2 PM at 8 Rosemary Close.",
                [
                    ("Thimble and Tack Upholstery, Hannah speaking, how can I help?",
                     "Bonjour... euh, vous parlez français, peut-être ?"),
                    ("Oui, bien sûr, je peux continuer en français. Comment puis-je vous aider ?",
                     "Ah, super. Alors, j'ai deux bergères Louis XV, les fauteuils de ma grand-mère, et il "
                     "faut les refaire complètement."),
                    ("D'accord. Quel tissu vous imaginez ?",
                     "Un velours, vert sauge. Avec un passepoil, j'adore les passepoils."),
                    ("Très bien. Et la structure, elle est en bon état ?",
                     "C'est du hêtre, mais ça bouge un peu, il faudrait recoller les assemblages je pense."),
                    ("On peut faire ça. Je peux venir voir les fauteuils pour faire un devis. Vous habitez "
                     "où ?", "Au 8 Rosemary Close. Rosemary comme le romarin."),
                    ("Parfait. Je peux passer dans cinq jours, à quatorze heures ?",
                     "Oui, quatorze heures, c'est bien."),
                    ("Et votre nom ?", "Élodie Marchand. Élodie avec un accent sur le E."),
                    ("Merci Élodie, à bientôt !", "Merci, au revoir !"),
                ],
                analysis_items(
                    "Réfection de deux bergères Louis XV", "Visite à domicile pour le devis", "{+5}",
                    "Deux bergères Louis XV de sa grand-mère; velours vert sauge avec passepoil; structure "
                    "en "
                    "hêtre à recoller; 8 Rosemary Close", "none", first_name="Élodie",
                ),
            ),
            Call(
                UPHOLSTERY, 50, "fr", "Devis accepté et enlèvement des fauteuils",
                "L'utilisatrice, Élodie Marchand, a accepté le devis de 1 180 £ pour les deux bergères et a "
                "choisi un velours bleu canard. L'agent a organisé l'enlèvement des fauteuils en camionnette "
                "le {+9} au matin.",
                [
                    ("Thimble and Tack, Hannah speaking.",
                     "Bonjour Hannah, c'est Élodie Marchand, pour les bergères."),
                    ("Bonjour Élodie ! Vous avez reçu le devis ?",
                     "Oui, mille cent quatre-vingts livres pour les deux, c'est d'accord."),
                    ("Parfait, merci ! On part sur le velours vert sauge alors ?",
                     "Alors... j'ai regardé l'échantillon à la lumière du jour, et dans mon salon le vert "
                     "sauge fait tout gris. Le bleu canard, par contre, c'est magnifique. Donc bleu canard."),
                    ("Le bleu canard, noté. C'est un très beau choix.",
                     "Oui. Et il résiste bien ? Parce que j'ai un chat, un Maine Coon, il fait ses griffes "
                     "partout."),
                    ("C'est un velours assez dense, mais je ne peux rien garantir avec un Maine Coon !",
                     "Ha, oui, je sais."),
                    ("On vient chercher les fauteuils avec la camionnette dans neuf jours, le matin, ça vous "
                     "va ?", "Oui, le matin, très bien."),
                    ("Parfait, à bientôt.", "Merci, au revoir."),
                ],
                {"first_name": "Élodie"},
            ),
            Call(
                UPHOLSTERY, 11, "fr", "Progress update and woodworm treatment",
                "Élodie called to ask about her two armchairs. The agent said woodworm was found in one of "
                "them and treating it costs an extra £90, which she approved. Delivery is planned for {+16} "
                "after 3 PM.",
                [
                    ("Thimble and Tack Upholstery, Hannah speaking.",
                     "Bonjour Hannah, Élodie Marchand. Je voulais savoir où en sont mes bergères."),
                    ("Bonjour ! Alors, en démontant, on a trouvé des vers à bois dans un des fauteuils, dans "
                     "le pied arrière gauche.", "Oh non ! C'est grave ?"),
                    ("Non, ça se traite, mais c'est quatre-vingt-dix livres en plus.",
                     "D'accord, allez-y, faites le traitement."),
                    ("Merci. On pourra vous les livrer dans cinq jours, l'après-midi.",
                     "Après quinze heures alors, s'il vous plaît, je rentre du travail vers quinze heures."),
                    ("Après quinze heures, c'est noté.", "Merci beaucoup, au revoir."),
                ],
                analysis_items(
                    "Progress update and woodworm treatment", "Deliver the two armchairs after 3 PM", "{+16}",
                    "Duck-egg blue velvet; approved £90 woodworm treatment", "other", first_name="Élodie",
                ),
            ),
        ],
        questions=[
            Question(UPHOLSTERY, "What kind of chairs are being reupholstered?",
                     ("bergère", "bergere", "louis xv")),
            Question(UPHOLSTERY, "What colour velvet is she having?", ("bleu canard", "teal"),
                     ("vert sauge", "sage")),
            Question(UPHOLSTERY, "How much was the quote?",
                     ("1 180", "1,180", "1180", "mille cent quatre-vingts")),
            Question(UPHOLSTERY, "What pet does she have?", ("maine coon", "un chat")),
            Question(UPHOLSTERY, "What was found in one of the chairs?", ("woodworm", "vers à bois")),
            Question(UPHOLSTERY, "When are the chairs being delivered?", _day(11, 16)),
            Question(UPHOLSTERY, "What time can the delivery come?",
                     ("after 3", "quinze heures", "15 h", "3 pm")),
            Question(UPHOLSTERY, "What's her address?", ("rosemary close",)),
            Question(UPHOLSTERY, "Which wood are the seats built from?", ("beech", "hêtre")),
            Question(UPHOLSTERY, "Does she want piping?", ("piping", "passepoil")),
            Question(UPHOLSTERY, "Whose were the armchairs originally?", ("grandmother", "grand-mère")),
            Question(UPHOLSTERY, "Which leg had the problem?", ("pied arrière gauche", "back left")),
            Question(UPHOLSTERY, "What colour is the piping?", ()),
            Question(UPHOLSTERY, "How old are the armchairs?", ()),
            Question(UPHOLSTERY, "What's her email address?", ()),
        ],
    ),
    # A pool owner: a gate code in the turns, the summary and the analysis; the service day moved in the
    # turns only ("could your guys come Tuesdays from now on").
    Caller(
        number="+13125550163",
        names=("Rob",),
        calls=[
            Call(
                POOL, 48, "en", "Weekly pool service sign-up",
                "The user, Rob Castellano, signed up for weekly pool service at 2210 Hawthorne Drive, "
                "Naperville. The pool is a 32 by 16 foot in-ground saltwater pool with an automatic cover "
                "and "
                "a heat pump. Service will be on Thursdays, and technicians will enter through the side gate "
                "using code 8649. Their dog will be kept inside on service days.",
                [
                    ("ClearBlue Pool Care, this is Tasha, how can I help you?",
                     "Hey Tasha. Yeah, we just bought a house with a pool and I have, like, zero idea how to "
                     "look after it. So I'm looking for weekly service."),
                    ("Congrats on the house! We can definitely help. What's your name?", "Rob Castellano."),
                    ("And the address, Rob?", "Twenty-two ten Hawthorne Drive. In Naperville."),
                    ("Great. What kind of pool is it?",
                     "It's saltwater, in-ground, thirty-two by sixteen feet. There's an automatic cover and "
                     "a heat pump, which, I don't know how any of it works."),
                    ("That's what we're here for. We do weekly visits, and Thursdays are the day for your "
                     "area.", "Thursdays is good."),
                    ("How do our techs get to the pool?",
                     "There's a side gate with a keypad. Gate code is 8 6 4 9."),
                    ("Got it. Any pets?",
                     "Yeah, we've got a lab, Biscuit. He's friendly but he'll steal your skimmer net. We'll "
                     "keep him inside on service days."),
                    ("Ha, appreciated. You're all set, first visit this Thursday.", "Awesome, thanks."),
                ],
                analysis_items(
                    "Weekly pool service sign-up", "", "",
                    "2210 Hawthorne Drive, Naperville; 32 x 16 ft saltwater pool; automatic cover; heat "
                    "pump; side gate code 8649; service on Thursdays; dog kept inside on service days",
                    "none", first_name="Rob",
                ),
            ),
            Call(
                POOL, 27, "en", "Green pool after storm",
                "Rob reported that his pool turned green after last weekend's storm and the Hayward T-15 "
                "salt "
                "cell light is flashing. A technician will visit on {+1} between 7 and 9 AM to shock the "
                "pool "
                "and test the cell; a replacement would cost about $780.",
                [
                    ("ClearBlue Pool Care, Tasha speaking.",
                     "Hey, it's Rob Castellano on Hawthorne. So after that storm last weekend, the pool's "
                     "gone, like, green. Swamp green."),
                    ("Oh no. That happens after heavy rain. Has the salt system been running?",
                     "The cell's on but the little light's been flashing. It's a Hayward, uh, TurboCell, "
                     "T-15 it says."),
                    ("It may be failing. I can send a tech tomorrow between seven and nine in the morning to "
                     "shock the pool and test the cell.", "Tomorrow morning's great."),
                    ("If the cell needs replacing, the T-15 is about seven hundred eighty dollars installed.",
                     "Ouch. Okay, let's see what they say."),
                    ("Anything else?",
                     "Yeah, actually, could your guys come Tuesdays from now on? My wife's started working "
                     "from home Thursdays and the pump noise drives her nuts on her calls."),
                    ("Sure, I'll put your weekly visit on Tuesdays.", "Appreciate it."),
                ],
                {"first_name": "Rob"},
            ),
            Call(
                POOL, 5, "en", "Winter pool closing",
                "Rob said the new salt cell is working well and booked the pool's winter closing for {+17}. "
                "His wife Dana will be home during the visit.",
                [
                    ("ClearBlue Pool Care, Tasha speaking.",
                     "Hi Tasha, Rob Castellano. New salt cell's working great, water's crystal clear."),
                    ("Glad to hear it!",
                     "Yeah, Manny's been awesome, the Tuesday guy. Anyway, I wanted to book the closing for "
                     "the winter."),
                    ("Sure. We can do the closing in twelve days, in the morning.",
                     "That works. I might be traveling, but my wife Dana will be home, she can let them in "
                     "the house if they need the breaker panel."),
                    ("Perfect. We'll winterize the lines, drain the heat pump and put the cover on.",
                     "Great. Thanks!"),
                ],
                analysis_items(
                    "Winter pool closing", "Winter closing visit", "{+17}",
                    "Wife Dana; technician Manny comes on Tuesdays; new salt cell installed", "none",
                    first_name="Rob",
                ),
            ),
        ],
        questions=[
            Question(POOL, "Which day is his weekly service?", ("tuesday",), ("thursday",)),
            Question(POOL, "What's the dog's name?", ("biscuit",)),
            Question(POOL, "How big is the pool?", ("32 by 16", "32 x 16", "thirty-two by sixteen")),
            Question(POOL, "Is it a chlorine pool?", ("saltwater",)),
            Question(POOL, "Which salt cell does he have?", ("t-15", "turbocell")),
            Question(POOL, "How much would a new cell cost?", ("780", "seven hundred eighty")),
            Question(POOL, "When is the pool being closed for the winter?", _day(5, 17)),
            Question(POOL, "When did he call about the green water?", _day(27)),
            Question(POOL, "Who'll be home for the closing?", ("dana",)),
            Question(POOL, "Which tech does he like?", ("manny",)),
            Question(POOL, "Cause of the algae bloom?", ("storm",)),
            Question(POOL, "Why did he move service off Thursdays?", ("working from home", "pump noise")),
            Question(POOL, "Where's the property?", ("hawthorne",)),
            Question(POOL, "What's the gate code?", ()),
            Question(POOL, "How deep is the pool?", ()),
            Question(POOL, "What brand is the heat pump?", ()),
            Question(POOL, "What's his wife's phone number?", ()),
        ],
    ),
    # A chatty retired client of a mower repairer: a long call whose middle holds a key safe code and three
    # facts; a repair total corrected.
    Caller(
        number="+447700900357",
        names=("Alan",),
        calls=[
            Call(
                MOWERS, 35, "en", "Ride-on mower won't start",
                "The user, Alan Pryce, called because his Mountfield ride-on mower won't start after the "
                "winter (it only clicks), and his petrol Stihl hedge trimmer needs its blades sharpening. "
                "The "
                "agent arranged to collect both by van on {+4} in the morning, with a £40 collection and "
                "delivery charge, and will call with a diagnosis. Alan chatted at length about his garden "
                "and the bowls club.",
                long_call(
                    [
                        ("Greenacre Garden Machinery, Dave speaking.",
                         "Oh hello, yes, good morning. Is that the repair place? The, er, lawnmower people?"),
                        ("That's us, how can I help?",
                         "Well it's my ride-on. It's a Mountfield, the red one, I've had it, ooh, donkey's "
                         "years. And it won't start. Not a peep."),
                        ("Okay. When did you last use it?",
                         "Back end of October, I suppose. Then it's been in the garage all winter, and I "
                         "went "
                         "out on Saturday, turned the key, and nothing. Well, a click."),
                        ("A click. Could be the battery, or the solenoid, or fuel if it's been sat.",
                         "That's what my neighbour said. He said fuel. He knows a lot about engines, or he "
                         "says he does."),
                        ("Ha. And your name, sorry?", "Alan. Alan Pryce. P-R-Y-C-E."),
                        ("Thanks, Alan. Did you charge the battery at all over winter?",
                         "No. No, I didn't. Should I have?"),
                        ("It helps. But don't worry, we'll have a look.", "Right you are."),
                        ("Is there anything else that needs looking at while we're there?",
                         "Oh, the hedge trimmer. The blades are blunt as anything. It chews the privet "
                         "rather "
                         "than cutting it."),
                        ("We can sharpen those. Is it petrol?",
                         "Petrol, yes. It's a Stihl, I think. Orange."),
                    ],
                    [
                        ("Okay.",
                         "And I should tell you, I've been putting that E10 in both of them, from the "
                         "supermarket. Someone at the bowls club said that's bad for them?"),
                        ("It can cause problems in older engines if it sits, yes.",
                         "Well there you are. And if I'm out when you come, there's the key safe on the "
                         "garage wall, the code is 3 9 5 8, the garage key's in there."),
                        ("Thank you, we'll note it.",
                         "And my son Gareth's usually about, he works from home these days, upstairs, so "
                         "knock loud."),
                        ("Will do.",
                         "The lawn's about an acre and a half, you see, that's why I need the ride-on. Can't "
                         "push a mower round that, not with my knees."),
                    ],
                    [
                        ("That's a fair bit of lawn. So, we'd collect the mower and the trimmer by van.",
                         "Oh, you collect? Marvellous."),
                        ("There's a forty pound collection and delivery charge.",
                         "Forty pounds. Well, I can't get it in the Honda, so."),
                        ("We can come in four days' time, in the morning.", "Morning's fine. I'm up at six."),
                        ("Lovely, and we'll call with a diagnosis once we've looked at it.",
                         "Smashing. Thank you, Dave. You've been very patient."),
                        ("No trouble at all, Alan. Bye now.", "Cheerio."),
                    ],
                    acks=_MOWER_ACKS,
                    talk=_MOWER_TALK,
                    start=3,
                ),
                analysis_items(
                    "Ride-on mower won't start", "Collect ride-on mower and hedge trimmer by van", "{+4}",
                    "Mountfield ride-on mower; petrol Stihl hedge trimmer; £40 collection and delivery "
                    "charge",
                    "none", first_name="Alan",
                ),
            ),
            Call(
                MOWERS, 24, "en", "Mower diagnosis and quote",
                "The agent told Alan that his ride-on mower's carburettor is gummed up from old fuel and the "
                "drive belt is worn. The carburettor clean and battery charge come to £165. Alan approved "
                "the "
                "carburettor work but not the belt for now. The hedge trimmer was sharpened free of charge.",
                [
                    ("Greenacre Garden Machinery, Dave speaking.",
                     "Hello Dave, Alan Pryce here, the Mountfield."),
                    ("Hi Alan, I was about to ring you. So, the battery was flat, we've charged that, but "
                     "the "
                     "main problem is the carburettor. It's gummed up from old fuel. And the drive belt is "
                     "worn, it's cracked in a couple of places.", "Oh dear. What's the damage?"),
                    ("Carb clean and the battery, that's a hundred and sixty-five pounds with labour. The "
                     "belt "
                     "would be another forty-five fitted.",
                     "Hmm. Let's just do the carburettor for now, I'll think about the belt."),
                    ("No problem.", "And the hedge trimmer?"),
                    ("Sharpened, and it's on the house, it only took ten minutes.", "Oh, you're a gent."),
                ],
                {"first_name": "Alan"},
            ),
            Call(
                MOWERS, 13, "en", "Drive belt approved",
                "Alan approved replacing the worn drive belt as well, bringing the total to £210. The mower "
                "and the Stihl HS 45 hedge trimmer will be delivered back on {+15} in the morning.",
                [
                    ("Greenacre Garden Machinery, Dave speaking.",
                     "Dave, it's Alan Pryce. I've been thinking about that belt. Go on, do it. No sense "
                     "having it snap on me in June."),
                    ("Sensible. So that's the belt as well, two hundred and ten pounds all in.",
                     "Two hundred and ten. Right."),
                    ("We can deliver both back in two days, in the morning.", "Lovely, I'll be in."),
                    ("And the hedge trimmer, it's the Stihl HS 45, I've given it a service too.",
                     "Oh, marvellous."),
                    ("See you then.", "Cheerio, Dave."),
                ],
                analysis_items(
                    "Drive belt approved", "Deliver mower and hedge trimmer back", "{+15}",
                    "Stihl HS 45 hedge trimmer; repair total £210", "other", first_name="Alan",
                ),
            ),
        ],
        questions=[
            Question(MOWERS, "What petrol has he been using?", ("e10",)),
            Question(MOWERS, "Who else is usually at the house?", ("gareth",)),
            Question(MOWERS, "How big is his lawn?", ("acre and a half",)),
            Question(MOWERS, "Why can't he push a mower?", ("knees",)),
            Question(MOWERS, "What was wrong with the mower?", ("carburettor", "carburetor", "drive belt")),
            Question(MOWERS, "What's the total for the repair?", ("£210", "two hundred and ten"),
                     ("£165", "hundred and sixty-five")),
            Question(MOWERS, "When is the mower coming back?", _day(13, 15)),
            Question(MOWERS, "When did he first ring about the mower?", _day(35)),
            Question(MOWERS, "What make is the ride-on?", ("mountfield",)),
            Question(MOWERS, "Which hedge trimmer does he have?", ("hs 45", "hs45")),
            Question(MOWERS, "How much is the collection charge?", ("£40", "forty pound")),
            Question(MOWERS, "Any offspring living with him?", ("gareth",)),
            Question(MOWERS, "What's the key safe code?", ()),
            Question(MOWERS, "What's the mower's serial number?", ()),
            Question(MOWERS, "What model is the Mountfield?", ()),
            Question(MOWERS, "What's his son's phone number?", ()),
        ],
    ),
    # A long, chatty framing call whose middle holds three facts; the frame chosen again without "change".
    Caller(
        number="+447700900532",
        names=("Bernadette",),
        calls=[
            Call(
                FRAMER, 29, "en", "Framing a family sampler",
                "The user, Bernadette Walsh, asked about framing a cross-stitch sampler her mother made. She "
                "wants a gilt frame with a cream mount and conservation glass; the agent quoted about £185. "
                "She will bring it in on {+2}. Bernadette chatted at length about her family and the town.",
                long_call(
                    [
                        ("The Frame Room, Ellie speaking.",
                         "Hello, dear, is that the framing shop? On the High Street?"),
                        ("It is, yes! How can I help?",
                         "Well, I've got a sampler. A cross-stitch sampler, you know, alphabet and a little "
                         "house and a verse. My mother made it."),
                        ("Oh, how lovely. And your name?",
                         "Bernadette Walsh. Mrs. Most people call me Bernie."),
                        ("Lovely to meet you, Bernie. Is it framed at the moment?",
                         "It was, in an awful old thing with a bit of hardboard behind it, and I've taken it "
                         "out, it was all dusty."),
                        ("Good that you took it out, hardboard's acidic. What sort of frame were you "
                         "thinking?", "Gold. Gilt. Something a bit grand, it deserves it."),
                        ("We have some lovely gilt mouldings. With a mount?", "Yes, cream. A cream mount."),
                        ("And I'd recommend conservation glass, it filters out UV so the threads don't fade.",
                         "Whatever's best. My mother would be horrified if it faded."),
                        ("Could you tell me roughly how big it is?",
                         "Oh, I haven't measured it. I'll bring it in and you can do it, I'm hopeless with a "
                         "tape measure."),
                    ],
                    [
                        ("Okay.",
                         "There's a little tear, near the bottom right corner, just by the date. Can you "
                         "work round that?"),
                        ("We can, we'll stitch it onto the backing carefully.",
                         "She stitched it in 1962, the year I was born. Nineteen sixty-two."),
                        ("What a special piece.",
                         "It's going above the piano in the dining room. Where the clock was."),
                    ],
                    [
                        ("Right, so a gilt frame, cream mount, conservation glass, that would be around a "
                         "hundred and eighty-five pounds.", "Oh, that's fine, it's worth it."),
                        ("When would you like to bring it in?", "I'll pop in the day after tomorrow, dear."),
                        ("Perfect. And how should we contact you?",
                         "Just ring this number, dear, it's the landline."),
                        ("Lovely. See you then, Bernie.",
                         "Thank you, dear. You've been ever so patient with an old lady."),
                        ("Not at all! Bye now.", "Bye bye."),
                    ],
                    acks=_FRAMING_ACKS,
                    talk=_FRAMING_TALK,
                    start=5,
                ),
                {"first_name": "Bernadette"},
            ),
            Call(
                FRAMER, 2, "en", "Sampler frame choice",
                "Bernadette asked for a walnut frame for her mother's sampler, which the agent said is the "
                "same price. It will be ready to collect on {+7}.",
                [
                    ("The Frame Room, Ellie speaking.", "Hello dear, it's Bernie Walsh, the sampler."),
                    ("Hi Bernie! It's on the bench.",
                     "I walked past your window yesterday and saw the walnut frames. I think walnut suits "
                     "the dining room better, with all the dark furniture in there. So walnut, please, if "
                     "it's not too late."),
                    ("Not too late at all, the walnut is the same price.", "Oh good."),
                    ("It'll be ready in a week.", "Lovely, I'll come on the bus."),
                ],
                analysis_items(
                    "Sampler frame choice", "Sampler ready for collection", "{+7}",
                    "Walnut frame; cream mount; mother's cross-stitch sampler", "none",
                    first_name="Bernadette",
                ),
            ),
        ],
        questions=[
            Question(FRAMER, "Which frame does she want?", ("walnut",), ("gilt", "gold")),
            Question(FRAMER, "Who stitched the sampler?", ("her mother", "my mother made", "mother made")),
            Question(FRAMER, "Where will it hang?", ("piano",)),
            Question(FRAMER, "Is it damaged anywhere?", ("tear",)),
            Question(FRAMER, "What year was it made?", ("1962", "nineteen sixty-two")),
            Question(FRAMER, "When will it be ready?", _day(2, 7)),
            Question(FRAMER, "What colour mount?", ("cream",)),
            Question(FRAMER, "What glass is going in?", ("conservation",)),
            Question(FRAMER, "How do we reach her?", ("landline",)),
            Question(FRAMER, "What size is the sampler?", ()),
            Question(FRAMER, "What was her mother's name?", ()),
            Question(FRAMER, "What does the verse on the sampler say?", ()),
        ],
    ),
    # A bride of the same bridal shop who also books a tattoo studio: her wedding brought forward.
    Caller(
        number="+447700900645",
        names=("Kayleigh",),
        calls=[
            Call(
                BRIDAL, 55, "en", "Wedding dress alterations",
                "The user, Kayleigh Brooks, is wearing her sister's wedding dress and wants the bodice taken "
                "in and thin straps added. The wedding is on 22 August at Holbrook Barn. The agent booked a "
                "first fitting for {+10} at 4 PM.",
                [
                    ("Ever After Bridal, Rosie speaking, how can I help?",
                     "Hi! Um, so I'm getting married and I'm wearing my sister's dress, like, her actual "
                     "wedding dress, and it needs altering. Do you do that?"),
                    ("We do! How lovely. What needs doing?",
                     "So she's a bit bigger than me up top, so the bodice needs taking in, and I want to add "
                     "thin straps, 'cause I don't trust strapless, I'll be pulling it up all night."),
                    ("Very sensible. When's the wedding?", "The twenty-second of August. At Holbrook Barn."),
                    ("Gorgeous venue. And your name?", "Kayleigh Brooks. K-A-Y-L-E-I-G-H."),
                    ("Thanks Kayleigh. I'll book a first fitting so our seamstress can take a look. Ten days "
                     "from now at four o'clock?", "Four's perfect, I finish at half three."),
                    ("Brilliant. Bring the shoes you'll wear if you have them.",
                     "I haven't got them yet, to be honest. Callum keeps saying trainers. He's joking. I "
                     "think."),
                    ("Ha! See you then.", "Thanks, bye!"),
                ],
                analysis_items(
                    "Wedding dress alterations", "First fitting with the seamstress", "{+10}",
                    "Wearing her sister's wedding dress; bodice to be taken in; thin straps to be added; "
                    "wedding 22 August at Holbrook Barn", "none", first_name="Kayleigh",
                ),
            ),
            Call(
                BRIDAL, 15, "en", "Wedding brought forward",
                "Kayleigh said the wedding is now on 1 August because Holbrook Barn had a cancellation, and "
                "asked for the alterations to be finished by mid-July. The agent confirmed the dress will be "
                "ready by 15 July.",
                [
                    ("Ever After Bridal, Rosie speaking.",
                     "Hi Rosie, it's Kayleigh Brooks, with my sister's dress?"),
                    ("Hi Kayleigh! How are you?",
                     "Stressed! So the barn had a cancellation and we've grabbed it, we're getting married "
                     "on "
                     "the first of August now. Three weeks earlier."),
                    ("Oh wow, congratulations! So you'll need the dress by...",
                     "By the middle of July, ideally. Is that doable?"),
                    ("Yes, we can have it finished by the fifteenth of July.", "Oh thank god."),
                ],
                {"first_name": "Kayleigh"},
            ),
            Call(
                TATTOO, 7, "en", "Matching tattoos booked",
                "The user, Kayleigh Brooks, booked matching fine-line tattoos for herself and her fiancé, "
                "Callum Reid: their wedding date in Roman numerals on the inside of their wrists. The "
                "appointment is with Jade on {+10} at 11:30 AM, with a £30 deposit each.",
                [
                    ("Black Anchor Tattoo, Sam speaking.",
                     "Hiya! I want to book matching tattoos for me and my fiancé. We're getting married in a "
                     "few weeks."),
                    ("Aw, congrats! What are you thinking?",
                     "Tiny fine-line ones. The wedding date in Roman numerals, on the inside of our wrists."),
                    ("Cute. Jade does all our fine-line work. Names?", "Kayleigh Brooks, and Callum Reid."),
                    ("Jade's got a slot in ten days at half eleven for both of you, back to back.",
                     "Half eleven, lovely."),
                    ("There's a thirty pound deposit each.", "No worries."),
                ],
                {"first_name": "Kayleigh"},
            ),
        ],
        questions=[
            Question(BRIDAL, "Whose dress is she wearing?", ("sister",)),
            Question(BRIDAL, "What alterations does she want?", ("bodice", "straps")),
            Question(BRIDAL, "When is Kayleigh's wedding?",
                     ("1 august", "first of august", "august 1", "1st of august"),
                     ("22 august", "twenty-second of august", "august 22")),
            Question(BRIDAL, "Where is she getting married?", ("holbrook",)),
            Question(BRIDAL, "What time is her first fitting?", ("4 pm", "four o'clock", "4pm")),
            Question(BRIDAL, "What's the fiancé called?", ("callum",)),
            Question(BRIDAL, "When will the dress be ready?", ("15 july", "fifteenth of july", "july 15")),
            Question(BRIDAL, "What size is the dress?", ()),
            Question(BRIDAL, "How much will the alterations cost?", ()),
            Question(TATTOO, "What time is their appointment?", ("11:30", "half eleven", "11.30")),
            Question(TATTOO, "Which artist are they booked with?", ("jade",)),
            Question(TATTOO, "What design are they getting?", ("roman numerals",)),
            Question(TATTOO, "What's the fiancé's surname?", ("reid",)),
            Question(TATTOO, "Which wrist is it going on?", ()),
            Question(TATTOO, "How long will the appointment take?", ()),
        ],
    ),
]  # fmt: skip
