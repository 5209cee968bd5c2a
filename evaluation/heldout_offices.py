"""A held-out set of callers to offices: a dental practice, a solicitor's office, a letting agent, a
recruitment agency, a tax adviser, a print and sign shop, an architect's practice and a home-tutoring
agency.

Nine callers, thirty calls, as ElevenLabs would report them: a landlord, a Spanish-speaking tenant, a
French-speaking parent, a candidate who is also a solicitor's client (a legal matter the recruiter must
never hear of), a bakery owner who is also a dental patient (a heart condition and its medication the sign
shop must never hear of), a freelance illustrator, a couple sharing a phone, a plumber and an executor.
Three calls run past eighty exchanges and say a fact once in the middle that neither the summary nor the
analysis items repeat; other facts are said only in the turns; later calls correct earlier ones (a rent, a
salary, a budget, an email, a colour, a lesson day); a key safe code and a gate code are given and must
never be repeated. About half the calls carry the post-call analysis items (``call_topic``, ``open_item``,
``open_item_date``, ``lasting_facts``, ``sensitive_category``) as the analysis model fills them, not
always well; the rest carry only the agents' ordinary items. Questions are asked in English, some in
words no call used, about a quarter of them about details nobody gave. Days as in ``evaluation.dataset``.
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

DENTAL = "agent_castlegatedental_00000000000201"
SOLICITOR = "agent_hollisrowe_0000000000000000000202"
LETTING = "agent_keystonelettings_00000000000203"
RECRUITMENT = "agent_brightpath_000000000000000000204"
TAX = "agent_ledgerwise_0000000000000000000205"
PRINT = "agent_inkworks_000000000000000000000206"
ARCHITECT = "agent_marlowbyrne_00000000000000000207"
TUTORING = "agent_topmarks_000000000000000000000208"


HELDOUT_OFFICES: list[Caller] = [
    # A bakery owner: a dental patient on warfarin, and a sign shop customer who must not learn of it.
    Caller(
        number="+447700900481",
        names=("Priya",),
        private_to={DENTAL: ("warfarin", "heart valve", "wisdom tooth", "extraction", "anticoagulation")},
        calls=[
            Call(
                PRINT, 33, "en", "Shopfront sign and flyers",
                "The user, Priya Raman, called InkWorks to order a new fascia sign for her bakery, Crumb & "
                "Co, at 14 Mill Lane, and 500 A5 flyers for its opening weekend. She wants sage green with "
                "cream lettering on a sign 2.4 metres wide. The agent gave order reference INK-30417 and "
                "said proofs will be emailed to hello@crumbandco.co.uk within three working days.",
                [
                    ("InkWorks Print and Signs, how can I help?",
                     "Hi! I need a sign. A shop sign, for the front, the— the fascia, is that what it's "
                     "called?"),
                    ("That's right, the fascia. What's the business?",
                     "It's a bakery, Crumb and Co. Crumb like bread crumb. We're opening a second shop at "
                     "14 Mill Lane."),
                    ("Congratulations! What size is the fascia?",
                     "It's about two point four metres wide, I think. My husband measured it."),
                    ("And colours?",
                     "Sage green background, cream lettering. Like our first shop, I can send you the logo."),
                    ("Anything else?", "Flyers, yeah. Five hundred, A5, for the opening weekend."),
                    ("Great. Your order reference is INK three oh four one seven.", "INK-30417, got it."),
                    ("Where should we send the proofs?",
                     "hello at crumbandco dot co dot uk. All one word, crumbandco."),
                    ("You'll have proofs within three working days.", "Amazing, thank you!"),
                ],
                analysis_items(
                    "bakery fascia sign and flyers order", "Send proofs to customer by email", "",
                    "bakery Crumb & Co, new shop at 14 Mill Lane; sage green with cream lettering; email "
                    "hello@crumbandco.co.uk; order INK-30417", "none",
                    first_name="Priya", order_reference="INK-30417",
                ),
            ),
            Call(
                DENTAL, 27, "en", "Wisdom tooth pain",
                "The user, Priya Raman, called about a painful lower left wisdom tooth that has been aching "
                "for about a week. She told the agent she takes warfarin for a mechanical heart valve. The "
                "agent booked an assessment with Dr Okafor on {+4} at 3:15 PM and asked her to bring her "
                "most recent INR result. She said she prefers appointments after 3 PM because of her bakery.",
                [
                    ("Good morning, Castlegate Dental, how can I help?",
                     "Oh hi, um, yes, I've got a— it's my tooth, right at the back on the bottom left, it's "
                     "been killing me for about a week."),
                    ("I'm sorry to hear that. Can I take your name, please?",
                     "Priya. Priya Raman, R-A-M-A-N."),
                    ("Thank you, Priya. Are you already registered with us?",
                     "Yes, for years. I saw Dr Okafor last time, I think."),
                    ("And is it a wisdom tooth, do you know?",
                     "I think so, yeah, it's the very last one. Bottom left. It's sort of throbbing."),
                    ("Before we book, are you taking any medication we should know about?",
                     "Yes, so, I'm on warfarin. I've got a mechanical heart valve, had it done about six "
                     "years ago."),
                    ("Thanks for telling us, that's important. The dentist will want a recent INR reading "
                     "before any treatment.",
                     "Right, yeah, I get it checked at the anticoagulation clinic, I can get it done the day "
                     "before."),
                    ("Perfect. When suits you best?",
                     "Honestly anything after three o'clock. I run a bakery, so mornings are impossible, "
                     "I'm up at four."),
                    ("I have Dr Okafor four days from now at quarter past three.",
                     "Quarter past three, yes, that's great."),
                    ("Lovely. Please bring your INR result along, or ask the clinic to send it to us.",
                     "Will do. Thanks so much."),
                ],
                analysis_items(
                    "wisdom tooth pain", "Assessment with Dr Okafor; patient to bring recent INR result",
                    "{+4}", "takes warfarin; has a mechanical heart valve; prefers appointments after 3pm; "
                    "runs a bakery", "health", first_name="Priya", reason="booking",
                ),
            ),
            Call(
                DENTAL, 20, "en", "Extraction appointment",
                "Priya Raman called after her assessment to book the extraction of her lower left wisdom "
                "tooth. The agent booked it with Dr Okafor on {+9} at 3:30 PM under local anaesthetic and "
                "reminded her that the dentist needs her INR result from the day before.",
                [
                    ("Castlegate Dental, how can I help today?",
                     "Hi, it's Priya Raman again, I saw Dr Okafor the other day and she said the wisdom "
                     "tooth has to come out."),
                    ("Yes, I can see the note. Shall we book the extraction?",
                     "Yes please, the sooner the better, it's, um, it's still sore."),
                    ("The first slot after three is nine days from now at half past three. Does that work?",
                     "Half three, yeah, fine."),
                    ("It'll be under local anaesthetic. Will someone be able to take you home?",
                     "Yeah, my husband Vikram will pick me up, he's got the van that day anyway."),
                    ("Great. And again, the dentist will need your INR result from the day before.",
                     "Yep, I'll get it done at the clinic and ring it through."),
                    ("Anything else I can help with?",
                     "No, that's it. Oh— can I eat before? Sorry, I should know this."),
                    ("Yes, a light meal beforehand is fine.", "Okay, brilliant, thank you."),
                ],
                {"first_name": "Priya", "reason": "booking"},
            ),
            Call(
                PRINT, 12, "en", "Flyer and sign changes",
                "Priya called to change her order INK-30417: she now wants 1,000 flyers, double-sided, and "
                "the fascia sign is 2.65 metres wide after she measured again. The agent booked the sign "
                "fitting for {+8} at 7 AM, before the bakery opens.",
                [
                    ("InkWorks, how can I help?", "Hiya, it's Priya from Crumb and Co, the order INK-30417?"),
                    ("Yes, I have it here. The proofs went out last week.",
                     "Yes, they're lovely. But two things, sorry. The flyers, can we do a thousand instead "
                     "of five hundred? And double-sided."),
                    ("No problem, one thousand, double-sided. And the second thing?",
                     "The sign. I measured it myself this time and it's two point six five, not two point "
                     "four. My husband measured from the wrong bracket."),
                    ("Two point six five metres, I'll update the drawing. When would you like it fitted?",
                     "It has to be early, before we open. Seven?"),
                    ("We can do seven in the morning, eight days from now.",
                     "Seven in the morning, perfect."),
                    ("All updated.", "Thank you!"),
                ],
                {"first_name": "Priya", "order_reference": "INK-30417"},
            ),
            Call(
                DENTAL, 6, "en", "Soreness after extraction",
                "Priya called because the extraction site is still sore five days later and she is worried "
                "about a dry socket. The agent advised warm salt water rinses and the chlorhexidine "
                "mouthwash Dr Okafor prescribed, and booked a review on {+2} at 4 PM.",
                [
                    ("Castlegate Dental, how can I help?",
                     "Hi, um, Priya Raman. I had my tooth out on— five days ago, and it's still really "
                     "sore, is that normal?"),
                    ("I'm sorry it's still uncomfortable. How many days ago was it?",
                     "Five days. There's like a nasty taste as well. I looked it up and I'm worried it's a "
                     "dry socket."),
                    ("Are you using the mouthwash Dr Okafor prescribed?",
                     "The chlorhexidine one? Yes, twice a day. And salt water."),
                    ("Keep doing that. I'd like Dr Okafor to have a look. I have the day after tomorrow at "
                     "four o'clock.", "Four's perfect, thank you."),
                    ("If there's any bleeding that won't stop, call us straight away, given your medication.",
                     "Yeah, no, it's not bleeding, just sore. Thanks."),
                ],
                {"first_name": "Priya", "reason": "follow-up"},
            ),
        ],
        questions=[
            Question(DENTAL, "Which blood thinner does she take?", ("warfarin",)),
            Question(DENTAL, "Who is picking her up after the extraction?", ("Vikram",)),
            Question(DENTAL, "What time of day suits her for appointments?", ("after three", "after 3")),
            Question(DENTAL, "Which dentist is she seeing?", ("Okafor",)),
            Question(DENTAL, "Which mouthwash was she prescribed?", ("chlorhexidine",)),
            Question(DENTAL, "What was her last INR reading?", ()),
            Question(DENTAL, "Which anticoagulation clinic does she go to?", ()),
            Question(PRINT, "How many flyers does she want?", ("1,000", "one thousand", "a thousand"),
                     ("500", "five hundred")),
            Question(PRINT, "How wide is the fascia sign?", ("2.65", "two point six five"),
                     ("2.4 ", "two point four")),
            Question(PRINT, "What colours does she want on the sign?", ("sage",)),
            Question(PRINT, "Where should the proofs be sent?", ("crumbandco",)),
            Question(PRINT, "What time will the sign be fitted?", ("7 am", "7am", "seven in the morning")),
            Question(PRINT, "Which company does she own?", ("Crumb",)),
            Question(PRINT, "Is she taking any medication?", ()),
            Question(PRINT, "What paper weight does she want for the flyers?", ()),
        ],
    ),
    # A landlord: a rent agreed below the asking price, a long chatty call with his engineer and stopcock
    # in the middle, a key safe code, and a new email.
    Caller(
        number="+447700900736",
        names=("Tom",),
        calls=[
            Call(
                LETTING, 75, "en", "Flat letting instruction",
                "The user, Tom Hargreaves, instructed Keystone Lettings to let his two-bedroom unfurnished "
                "flat at Flat 6, Alder Court, 22 Quayside Road on the fully managed service, asking £1,250 "
                "per month. He will not take pets because the freeholder forbids them. Keys are in a key "
                "safe by the bin store. Statements should go to tom.hargreaves@btinternet.com.",
                [
                    ("Keystone Lettings, good afternoon, how can I help?",
                     "Afternoon. Tom Hargreaves. I've got a flat I want to let, my last tenants have just "
                     "gone."),
                    ("Lovely. Where's the property?",
                     "Flat 6, Alder Court, that's 22 Quayside Road. Two bedrooms, second floor— no, hang on, "
                     "first floor. First floor."),
                    ("Furnished or unfurnished?",
                     "Unfurnished. Well, there's a fridge and the washing machine, but otherwise empty."),
                    ("Are you looking for let only or our fully managed service?",
                     "Managed. Fully managed. I'm sixty-eight, I'm not chasing tenants for rent anymore."),
                    ("Understood. What rent were you hoping for?",
                     "Twelve fifty a month. That's what the one downstairs went for."),
                    ("And are you happy to take pets?",
                     "No, no. The freeholder won't have it, it's in the lease. No cats, no dogs, nothing."),
                    ("How will we get in for viewings?",
                     "There's a key safe round by the bin store. The key safe code is 5093."),
                    ("Thank you. And where shall we send your monthly statements?",
                     "Email. tom dot hargreaves at btinternet dot com."),
                    ("I'll send the terms of business over today.", "Champion. Cheers."),
                ],
                analysis_items(
                    "letting instruction for two-bed flat", "Agency to send terms of business", "",
                    "Flat 6, Alder Court, 22 Quayside Road; two-bedroom, first floor, unfurnished; fully "
                    "managed; asking rent £1,250 pcm; no pets (freeholder); key safe by bin store; "
                    "statements to tom.hargreaves@btinternet.com", "none",
                    first_name="Tom", property="Flat 6, Alder Court",
                ),
            ),
            Call(
                LETTING, 47, "en", "Tenant referencing and move-in",
                "Tom Hargreaves called back about applicants for his flat at Alder Court. The agent "
                "confirmed that a couple, both teachers, passed referencing and offered £1,195 per month on "
                "a twelve-month tenancy, which Tom accepted. The tenancy starts on {+12} and the deposit "
                "will be registered with the DPS. The tenancy agreement will be posted to him. Much of the "
                "call was general chat about his family and golf.",
                long_call(
                    [
                        ("Keystone Lettings, how can I help?",
                         "Hello, it's Tom Hargreaves, Alder Court. You left me a message about some "
                         "tenants?"),
                        ("Yes, Mr Hargreaves. We have a couple, both teachers, who've passed referencing.",
                         "Teachers, good. Steady jobs. What are they offering?"),
                        ("They've offered eleven hundred and ninety-five a month, on a twelve-month tenancy.",
                         "Eleven ninety-five. Hmm. I said twelve fifty, didn't I?"),
                        ("You did. It's been on for four weeks, and they're very strong applicants.",
                         "Go on then. Eleven ninety-five. Tell them yes."),
                        ("Wonderful. They'd like to move in twelve days from now.",
                         "That's fine, the place is empty. Do they need anything doing?"),
                        ("Just the gas safety certificate, it's due for renewal before they move in.",
                         "Right. Yes. Well, I'll come to that."),
                    ],
                    [
                        ("So, for the gas safety check, do you have an engineer you use?",
                         "I do, Dale Pritchard, Pritchard Heating. He's done that boiler since it went in. "
                         "Use him, he's cheap and he turns up."),
                        ("Dale Pritchard, I'll note that.",
                         "And while I think on, the stopcock's under the kitchen sink, right at the back "
                         "behind the bleach. Tenants never find it."),
                        ("Under the kitchen sink, at the back. Got it.", "That's the one."),
                    ],
                    [
                        ("So, the deposit will be registered with the DPS, and we'll send you the tenancy "
                         "agreement to sign.",
                         "Post it, would you? I can't be doing with signing on the computer."),
                        ("Of course, we'll post it.", "Right. Is that everything?"),
                        ("That's everything. Enjoy the rest of your day.", "And you. Ta-ra."),
                    ],
                    acks=["Oh, lovely.", "Ha, I can imagine.", "Mm-hm.", "Oh really?", "That sounds nice.",
                          "Right, yes.", "Oh dear.", "Goodness."],
                    talk=[
                        "Sorry, I'm in the car, I've pulled over. Can you hear me all right?",
                        "I've just come from the golf club, we had the captain's day yesterday. Shocking "
                        "weather for it.",
                        "I shot ninety-one. Not my best. My knee's not what it was.",
                        "My daughter's getting married in June, up in Harrogate, so I'm paying for that, "
                        "aren't I. That's why I need the rent coming in.",
                        "Two hundred guests! I said to her, I know about twenty of them.",
                        "The wife wants a new outfit, of course. Three shops we've been round.",
                        "We used to go to Spain every winter, Alicante, but we've stopped since the knee.",
                        "I had that flat from new, you know. Bought it off-plan in two thousand and seven.",
                        "The first tenant I had, lovely lad, stayed six years. They don't do that now.",
                        "The last ones left the oven in a right state. I had to pay to get it cleaned.",
                        "My grandson's playing football for the under-elevens now. Centre back. Doesn't stop "
                        "talking about it.",
                        "I keep meaning to learn this email properly, my son set it up for me.",
                        "They're building those new flats down by the river, have you seen them? Tiny, "
                        "they are.",
                        "Do you get many owners ringing up for a chat? I bet you do.",
                        "I said to the wife, I'll only be five minutes. She'll be timing me.",
                        "It's been a funny old year, hasn't it.",
                        "The council's dug up the road outside again. Third time this year.",
                        "Anyway, I'm rambling, sorry love.",
                    ],
                    total=84,
                ),
                {"first_name": "Tom", "property": "Flat 6, Alder Court"},
            ),
            Call(
                LETTING, 4, "en", "No hot water at the flat",
                "Tom Hargreaves called after the tenants at Flat 6, Alder Court reported no hot water. He "
                "asked the agency to send the heating engineer who did the gas safety check, and said any "
                "repair under £300 can go ahead without asking him. He asked for statements to go to his new "
                "email, tom@hargreaves-lets.co.uk. The agent will arrange a visit for {+1}.",
                [
                    ("Keystone Lettings, how can I help?",
                     "It's Tom Hargreaves. The tenants at Alder Court have been on to me, they've no hot "
                     "water. Why are they ringing me, I'm paying you to manage it!"),
                    ("I'm sorry, Mr Hargreaves, they should come to us. We'll sort it. Is there an engineer "
                     "you'd like us to use?",
                     "The fella who did the gas check, I told you his name, I can't for the life of me "
                     "remember it now. Use him."),
                    ("I'll check our notes and book him for tomorrow.",
                     "Good. And look, anything under three hundred pound, just get it done, don't ring me "
                     "first."),
                    ("Understood, repairs under three hundred pounds we'll just authorise.",
                     "Over that, ring me. And one more thing, I've got a new email. My son did it."),
                    ("Go ahead.",
                     "tom at hargreaves dash lets dot co dot uk. Use that for the statements, not the "
                     "btinternet one."),
                    ("tom@hargreaves-lets.co.uk, updated.", "Champion."),
                ],
                analysis_items(
                    "no hot water at Alder Court flat", "Agency to book heating engineer for the flat",
                    "{+1}", "repairs under £300 can be approved without asking; new email "
                    "tom@hargreaves-lets.co.uk", "none", first_name="Tom", property="Flat 6, Alder Court",
                ),
            ),
        ],
        questions=[
            Question(LETTING, "What is the monthly rent for the flat?",
                     ("1,195", "eleven ninety-five", "eleven hundred and ninety-five"),
                     ("1,250", "twelve fifty")),
            Question(LETTING, "Which heating engineer does he use?", ("Pritchard",)),
            Question(LETTING, "Where is the stopcock?", ("kitchen sink",)),
            Question(LETTING, "What is the address of the flat?", ("Alder Court", "Quayside")),
            Question(LETTING, "Where are the keys kept for viewings?", ("bin store",)),
            Question(LETTING, "How much can we spend on repairs without asking him?",
                     ("300", "three hundred")),
            Question(LETTING, "Which email should his statements go to?", ("hargreaves-lets",),
                     ("btinternet",)),
            Question(LETTING, "Are animals allowed?", ("no pets", "freeholder", "no cats")),
            Question(LETTING, "What do the new tenants do for work?", ("teacher",)),
            Question(LETTING, "When did he buy the flat?", ("2007", "two thousand and seven")),
            Question(LETTING, "What is the tenancy deposit scheme reference?", ()),
            Question(LETTING, "What is his daughter's name?", ()),
            Question(LETTING, "What is the council tax band of the flat?", ()),
            Question(LETTING, "What are the new tenants' names?", ()),
        ],
    ),
    # A tenant who speaks Spanish, asked about in English: a cat, a night-shift job that became a day one,
    # a reference given only in the turns, and a leak.
    Caller(
        number="+34612345078",
        names=("Lucía",),
        calls=[
            Call(
                LETTING, 52, "es", "Viewing request for one-bed flat",
                "The user, Lucía Fernández, called in Spanish to arrange a viewing of the one-bedroom flat "
                "advertised on Carlton Street. She works night shifts as a nurse at the Royal Infirmary and "
                "can only attend after 2 PM. She has a cat. The agent booked a viewing for {+3} at 4:30 PM "
                "and will send the confirmation by WhatsApp.",
                [
                    ("Keystone Lettings, good morning, how can I help?",
                     "Hola, buenos días, ¿habla español? Mi inglés no es muy bueno por teléfono."),
                    ("Sí, claro, podemos hablar en español. ¿En qué puedo ayudarle?",
                     "Vale, gracias. Quería ver el piso de un dormitorio en Carlton Street, el que está en "
                     "la web."),
                    ("Por supuesto. ¿Me dice su nombre?", "Lucía Fernández. Con acento en la í."),
                    ("Gracias, Lucía. ¿Cuándo le viene bien la visita?",
                     "Trabajo de noche, soy enfermera en la Royal Infirmary, entonces duermo por la mañana. "
                     "Solo puedo después de las dos."),
                    ("Entendido. ¿Tiene mascotas? El propietario siempre lo pregunta.",
                     "Sí, tengo una gata, se llama Miso. Es muy tranquila, de verdad, no rompe nada."),
                    ("Lo consulto con el propietario. Para la visita, tengo dentro de tres días a las "
                     "cuatro y media.", "¿A las cuatro y media? Perfecto."),
                    ("Le enviaré la confirmación por WhatsApp a este número.",
                     "Sí, por WhatsApp mejor, gracias."),
                ],
                analysis_items(
                    "viewing of one-bed flat on Carlton Street",
                    "Viewing at Carlton Street; agent to ask landlord about the cat", "{+3}",
                    "works night shifts as a nurse at the Royal Infirmary; available only after 2pm; has a "
                    "cat named Miso; prefers WhatsApp", "none", first_name="Lucía",
                ),
            ),
            Call(
                LETTING, 30, "es", "Solicitud del piso de Carlton Street",
                "La usuaria, Lucía Fernández, llamó para solicitar el piso de Carlton Street después de la "
                "visita. Como su hermano vive en Madrid y no puede ser avalista en el Reino Unido, ofreció "
                "pagar tres meses de alquiler por adelantado. El agente confirmó que el propietario acepta "
                "la gata y que pedirá una referencia de su trabajo.",
                [
                    ("Keystone Lettings, buenas tardes.",
                     "Hola, soy Lucía Fernández, vi el piso de Carlton Street hace unas semanas. Me encanta, "
                     "lo quiero."),
                    ("¡Qué bien! Le envío la solicitud. ¿Tiene un avalista en el Reino Unido?",
                     "Eh... no. Mi hermano Javier me puede avalar, pero vive en Madrid."),
                    ("Necesitamos un avalista que viva en el Reino Unido, lo siento.",
                     "Vale. ¿Y si pago tres meses por adelantado? Tengo ahorros."),
                    ("Eso normalmente se acepta. ¿Quién le puede dar una referencia del trabajo?",
                     "Mi supervisora, Grace Mensah. Es la jefa de planta en la Royal Infirmary. Le paso su "
                     "correo después."),
                    ("Perfecto. Y buenas noticias: el propietario acepta a la gata.",
                     "¡Ay, qué alivio! Gracias."),
                ],
                {"first_name": "Lucía"},
            ),
            Call(
                LETTING, 9, "es", "Leak under bathroom basin",
                "Lucía Fernández, now the tenant at Carlton Street, reported water leaking under the "
                "bathroom basin. The agent arranged a plumber for {+1} between 8 AM and 12 PM. She said she "
                "has moved to day shifts, so visits should now be after 6 PM, and that she no longer uses "
                "WhatsApp, so contact should be by text message.",
                [
                    ("Keystone Lettings, ¿en qué puedo ayudarle?",
                     "Hola, soy Lucía, la inquilina de Carlton Street. Hay una fuga debajo del lavabo del "
                     "baño, sale agua de la tubería."),
                    ("Vaya, lo siento. ¿Es mucha agua?",
                     "No mucha, pero el mueble está mojado. He puesto una toalla y un cubo."),
                    ("Mandaremos un fontanero mañana entre las ocho y las doce. ¿Le va bien?",
                     "Sí, mañana libro, así que perfecto."),
                    ("Y para futuras visitas, ¿sigue siendo mejor después de las dos?",
                     "No, ahora trabajo de día, cambié de turno. Mejor después de las seis de la tarde."),
                    ("Anotado, después de las seis. ¿Le seguimos escribiendo por WhatsApp?",
                     "No, ya no uso WhatsApp. Mejor SMS, mensajes normales."),
                    ("De acuerdo, por SMS.", "Gracias, muy amable."),
                ],
                analysis_items(
                    "fuga debajo del lavabo del baño", "Fontanero mañana entre las 8 y las 12", "{+1}",
                    "inquilina de Carlton Street; trabaja de día; visitas después de las 18:00; contacto por "
                    "SMS, no WhatsApp", "none", first_name="Lucía",
                ),
            ),
        ],
        questions=[
            Question(LETTING, "What is her cat called?", ("Miso",)),
            Question(LETTING, "Where does she work?", ("Royal Infirmary",)),
            Question(LETTING, "What is her job?", ("enfermera", "nurse")),
            Question(LETTING, "Who is giving her employment reference?", ("Mensah",)),
            Question(LETTING, "What time of day should visits to her be arranged?",
                     ("después de las seis", "after 6", "after six", "18:00"),
                     ("después de las dos", "after 2", "after two")),
            Question(LETTING, "Where is the leak?", ("lavabo", "basin", "baño", "bathroom")),
            Question(LETTING, "How many months of rent will she pay upfront?",
                     ("tres meses", "three months")),
            Question(LETTING, "How should we contact her?", ("SMS", "text message"), ("por WhatsApp",)),
            Question(LETTING, "Which flat is she renting?", ("Carlton Street",)),
            Question(LETTING, "Which relative offered to back her application?", ("Javier", "hermano")),
            Question(LETTING, "What is her brother's phone number?", ()),
            Question(LETTING, "How old is her cat?", ()),
            Question(LETTING, "How much is the rent for the Carlton Street flat?", ()),
        ],
    ),
    # A parent who speaks French, asked about in English: a son's tutor, a lesson day that moved, a dog
    # and a parking spot given only in the turns.
    Caller(
        number="+33645218709",
        names=("Élodie",),
        calls=[
            Call(
                TUTORING, 66, "fr", "Maths tutor for GCSE student",
                "The user, Élodie Marchand, called in French looking for a maths tutor for her son Hugo, who "
                "is 14 and in Year 10, preparing for his GCSEs. She would like weekly lessons at home in "
                "Wimbledon on Tuesdays at 5 PM. The agent quoted £45 per hour and will propose a tutor.",
                [
                    ("Top Marks Home Tutoring, hello, how can I help?",
                     "Bonjour, euh, vous parlez français ? Je préfère, c'est plus facile."),
                    ("Bien sûr, je peux continuer en français. Comment puis-je vous aider ?",
                     "Merci. Je cherche un professeur de maths pour mon fils, Hugo. Il a quatorze ans, il "
                     "est en Year 10, il prépare le GCSE."),
                    ("D'accord. Et votre nom, s'il vous plaît ?", "Élodie Marchand. M-A-R-C-H-A-N-D."),
                    ("Les cours seraient à domicile ?",
                     "Oui, à la maison, on habite à Wimbledon, 31 Lingfield Avenue."),
                    ("Quel jour vous conviendrait ?",
                     "Le mardi, vers dix-sept heures, après l'école. Une heure par semaine."),
                    ("Nos tarifs pour le GCSE sont de quarante-cinq livres de l'heure.",
                     "Quarante-cinq, d'accord, ça va."),
                    ("Je vous propose un professeur d'ici quelques jours.", "Parfait, merci beaucoup."),
                ],
                analysis_items(
                    "Recherche d'un professeur de maths pour Hugo", "Proposer un professeur", "",
                    "fils Hugo, 14 ans, Year 10, GCSE maths; cours à domicile, 31 Lingfield Avenue, "
                    "Wimbledon; mardi 17h", "none", first_name="Élodie",
                ),
            ),
            Call(
                TUTORING, 38, "fr", "Tuteur proposé et premier cours",
                "Élodie Marchand accepted the tutor proposed by the agency, Sam Whitfield, a former maths "
                "teacher. The first lesson was booked for {+5} at 5 PM at the family home. She said Hugo "
                "struggles most with quadratic equations.",
                [
                    ("Top Marks Home Tutoring, bonjour !",
                     "Bonjour, c'est Élodie Marchand, vous m'avez laissé un message pour le professeur ?"),
                    ("Oui, nous vous proposons Sam Whitfield. Il a enseigné les maths pendant dix ans.",
                     "Ah, très bien. Hugo sera content, je crois, il est un peu timide... enfin, bref."),
                    ("Sur quoi Hugo a-t-il le plus de difficultés ?",
                     "Les équations du second degré. Il bloque complètement. Et un peu la géométrie."),
                    ("Très bien, je transmets. Le premier cours dans cinq jours, à dix-sept heures ?",
                     "Oui, c'est bon."),
                    ("Y a-t-il quelque chose que le professeur doit savoir en arrivant ?",
                     "Ah oui, on a un chien, Pompon, un gros golden retriever. Il est gentil mais il saute "
                     "sur les gens. Et il peut se garer dans l'allée, devant le garage."),
                    ("Noté : le chien, et se garer dans l'allée.", "Merci, à bientôt."),
                ],
                {"first_name": "Élodie"},
            ),
            Call(
                TUTORING, 3, "fr", "Changement de jour des cours",
                "Élodie called to move Hugo's lessons with Sam Whitfield from Tuesdays to Wednesdays at "
                "5:30 PM because he now has rugby training on Tuesdays. She also asked about adding "
                "chemistry lessons and asked that invoices be sent to her husband Olivier at "
                "olivier.marchand@orange.fr. The agent will confirm the new slot with the tutor.",
                [
                    ("Top Marks Home Tutoring, comment puis-je vous aider ?",
                     "Bonjour, c'est Élodie Marchand, la maman d'Hugo. Il faut changer le jour des cours, il "
                     "a rugby le mardi maintenant."),
                    ("Pas de problème. Quel jour préférez-vous ?",
                     "Le mercredi. Mais un peu plus tard, dix-sept heures trente, il rentre tard le "
                     "mercredi."),
                    ("Mercredi à dix-sept heures trente, je vérifie avec Sam.",
                     "Merci. Et les maths, ça va beaucoup mieux, il est content."),
                    ("Super ! Autre chose ?",
                     "Oui, est-ce qu'on pourrait ajouter la chimie ? Son prof dit qu'il est faible en "
                     "chimie."),
                    ("Nous avons des tuteurs en chimie, je vous envoie les disponibilités.",
                     "Parfait. Et les factures, envoyez-les à mon mari, Olivier, c'est lui qui paie. olivier "
                     "point marchand arobase orange point fr."),
                    ("olivier.marchand@orange.fr, c'est noté.", "Merci, bonne journée."),
                ],
                analysis_items(
                    "Change of lesson day",
                    "Confirm Wednesday 5:30pm slot with Sam Whitfield; send chemistry tutor availability", "",
                    "lessons now Wednesday 17:30 (rugby on Tuesdays); invoices to husband Olivier, "
                    "olivier.marchand@orange.fr; interested in chemistry", "none", first_name="Élodie",
                ),
            ),
        ],
        questions=[
            Question(TUTORING, "Which day are Hugo's lessons now?", ("mercredi", "Wednesday"),
                     ("mardi", "Tuesday")),
            Question(TUTORING, "What time do Hugo's lessons start now?",
                     ("dix-sept heures trente", "17:30", "5:30")),
            Question(TUTORING, "What is the tutor's name?", ("Whitfield",)),
            Question(TUTORING, "What does Hugo struggle with in maths?", ("second degré", "quadratic")),
            Question(TUTORING, "What is the family's dog called?", ("Pompon",)),
            Question(TUTORING, "Where can the tutor park?", ("allée", "driveway")),
            Question(TUTORING, "Who should the invoices go to?", ("Olivier",)),
            Question(TUTORING, "How old is Hugo?", ("quatorze", "14 ans", "is 14", "fourteen")),
            Question(TUTORING, "What is the hourly rate for his maths lessons?", ("45", "quarante-cinq")),
            Question(TUTORING, "What sport keeps the boy busy?", ("rugby",)),
            Question(TUTORING, "What's the home address for lessons?", ("Lingfield",)),
            Question(TUTORING, "What is the name of Hugo's school?", ()),
            Question(TUTORING, "What is the hourly rate for chemistry lessons?", ()),
            Question(TUTORING, "What is Olivier's phone number?", ()),
        ],
    ),
    # A candidate who is also a solicitor's client: the recruiter must never hear of the dismissal claim.
    Caller(
        number="+447700900259",
        names=("Daniel",),
        private_to={
            SOLICITOR: ("tribunal", "unfair dismissal", "settlement", "acas", "dismissed", "scaffolding")
        },
        calls=[
            Call(
                RECRUITMENT, 80, "en", "Candidate registration",
                "The user, Daniel Osei, registered with Brightpath Recruitment as a quantity surveyor with "
                "eight years' experience, looking for permanent roles in Leeds or Bradford. He is available "
                "immediately and is looking for a salary of around £52,000. He has a CSCS card and a full "
                "driving licence and will email his CV.",
                [
                    ("Brightpath Recruitment, how can I help?",
                     "Hi, yeah, I saw your ad for a QS role in Leeds, but I thought I'd just register "
                     "generally."),
                    ("Of course. What's your name?", "Daniel Osei. O-S-E-I."),
                    ("And what's your background, Daniel?",
                     "Quantity surveyor. Eight years, mostly commercial, some residential towards the end."),
                    ("Where are you looking to work?",
                     "Leeds or Bradford. I'm in Shipley, so anything along the Aire Valley line."),
                    ("What's your notice period?",
                     "I'm, er, not working at the moment, so I can start straight away."),
                    ("And salary expectations?", "Around fifty-two thousand?"),
                    ("Do you have a CSCS card and a driving licence?", "Both, yeah. Full licence, clean."),
                    ("Great. If you email your CV we'll get you registered.", "Will do, tonight."),
                ],
                {"first_name": "Daniel", "role": "quantity surveyor"},
            ),
            Call(
                SOLICITOR, 61, "en", "Unfair dismissal enquiry",
                "The user, Daniel Osei, called Hollis & Rowe about a possible unfair dismissal claim against "
                "his former employer, Calder Build, who dismissed him three weeks after he reported unsafe "
                "scaffolding in writing. He has an ACAS early conciliation certificate, number R204711. The "
                "agent booked an initial consultation with Ms Adebayo on {+5} at 2 PM for a fixed fee of "
                 "£150.",
                [
                    ("Hollis and Rowe Solicitors, how can I help?",
                     "Hi. I need some advice about, um, about being sacked. I think it was unfair."),
                    ("I'm sorry to hear that. Can I take your name?", "Daniel Osei."),
                    ("Who was your employer, Daniel?",
                     "Calder Build. I was a QS there. I reported some scaffolding that wasn't safe, twice, "
                     "in writing, and three weeks later they let me go. Said it was performance."),
                    ("That sounds like something our employment team should look at. Have you been through "
                     "ACAS early conciliation?", "Yes, I've got the certificate. The number's R204711."),
                    ("Thank you. I can book you an initial consultation with Ms Adebayo, fixed fee of a "
                     "hundred and fifty pounds. Five days from now at two o'clock?",
                     "Yeah, that's fine. Two o'clock."),
                    ("Please bring your contract, the dismissal letter and the emails about the scaffolding.",
                     "I've got all of them. Thanks."),
                ],
                analysis_items(
                    "unfair dismissal advice",
                    "Initial consultation with Ms Adebayo; bring contract, dismissal letter and emails",
                     "{+5}",
                    "former employer Calder Build; dismissed after reporting unsafe scaffolding; ACAS "
                    "certificate R204711", "legal", first_name="Daniel", matter="employment",
                ),
            ),
            Call(
                SOLICITOR, 21, "en", "Settlement offer from Calder Build",
                "Daniel Osei called to say Calder Build have offered £9,000 under a settlement agreement and "
                "want an answer within fourteen days. He will email the agreement today for Ms Adebayo to "
                "review. He said he would rather settle than go to a tribunal if the terms are fair.",
                [
                    ("Hollis and Rowe, how can I help?",
                     "Hi, it's Daniel Osei, I'm one of Ms Adebayo's clients. Calder Build have come back "
                     "with an offer."),
                    ("Okay. What have they offered?",
                     "Nine thousand. As a settlement agreement. And they want an answer in fourteen days."),
                    ("Ms Adebayo will need to review the agreement. Can you email it over?",
                     "Yeah, I'll send it today. Honestly, if it's fair, I'd rather settle. I don't fancy a "
                     "tribunal, I'm trying to move on, I've got interviews."),
                    ("Understood. She'll call you once she's read it.",
                     "Thanks. One thing, they've put a confidentiality clause in. Is that normal?"),
                    ("It's common. She'll go through it with you.", "Okay. Cheers."),
                ],
                {"first_name": "Daniel", "matter": "employment"},
            ),
            Call(
                RECRUITMENT, 14, "en", "Interview with Haworth Construction",
                "Daniel Osei was offered an interview for a senior quantity surveyor role at Haworth "
                "Construction on {+6} at 10:30 AM at their Bradford office, where he should ask for Lorraine "
                "Beck. He said he now wants £55,000 rather than £52,000 after looking at the market.",
                [
                    ("Brightpath Recruitment, hi Daniel, thanks for calling back.",
                     "No worries. You said something about Haworth?"),
                    ("Yes, Haworth Construction want to interview you for the senior QS role. Six days from "
                     "now, half past ten, at their Bradford office.", "Half ten, great. Who do I ask for?"),
                    ("Lorraine Beck, she's the commercial director.", "Lorraine Beck. Okay."),
                    ("Just to confirm salary, we've got you down at fifty-two.",
                     "Yeah, about that. I've been looking around and senior roles are paying more. Can you "
                     "put me at fifty-five?"),
                    ("Fifty-five thousand, I'll update that.", "Cheers. Fifty-five."),
                    ("I'll email the address and directions.", "Perfect."),
                ],
                analysis_items(
                    "interview at Haworth Construction",
                    "Interview with Lorraine Beck at Haworth Construction, Bradford office", "{+6}",
                    "quantity surveyor; salary expectation £55,000; looking in Leeds/Bradford", "none",
                    first_name="Daniel", role="senior quantity surveyor",
                ),
            ),
            Call(
                RECRUITMENT, 5, "en", "Second interview and references",
                "Daniel called after positive feedback from Haworth Construction. A second interview with "
                "the managing director, Simon Haworth, is set for {+3}. Daniel asked that his most recent "
                "employer not be contacted for a reference and gave his previous manager at Northgate Homes, "
                "Alan Firth, instead.",
                [
                    ("Brightpath, hi Daniel. Good news, Haworth loved you.",
                     "Oh, brilliant, really? I thought I waffled a bit."),
                    ("Not at all. They want a second interview with Simon Haworth, the MD, in three days.",
                     "Yes, definitely. Same place?"),
                    ("Same office. They'll also want references.",
                     "Right, about that. Could you not go to my last place? There's a bit of history. Can "
                     "you use Alan Firth instead, he was my manager at Northgate Homes before that."),
                    ("Of course, we won't contact them. Do you have Alan's details?",
                     "I'll text you his number. He'll be good, he's known me years."),
                    ("Great, good luck.", "Thanks, appreciate it."),
                ],
                {"first_name": "Daniel"},
            ),
        ],
        questions=[
            Question(RECRUITMENT, "What salary is he after?", ("55,000", "fifty-five"),
                     ("52,000", "fifty-two")),
            Question(RECRUITMENT, "Who should he ask for at the interview?", ("Lorraine Beck",)),
            Question(RECRUITMENT, "Which cities does he want to work in?", ("Leeds", "Bradford")),
            Question(RECRUITMENT, "What time is his first interview?",
                     ("10:30", "half ten", "half past ten")),
            Question(RECRUITMENT, "Who can we contact for a reference?", ("Alan Firth", "Firth")),
            Question(RECRUITMENT, "How soon could he begin?", ("straight away", "immediately")),
            Question(RECRUITMENT, "Who is the managing director at Haworth?", ("Simon Haworth",)),
            Question(RECRUITMENT, "Why did he leave his last job?", ()),
            Question(RECRUITMENT, "Is he involved in any legal dispute with his last employer?", ()),
            Question(RECRUITMENT, "What is his CSCS card number?", ()),
            Question(SOLICITOR, "What is his ACAS certificate number?", ("R204711",)),
            Question(SOLICITOR, "How much have Calder Build offered?", ("9,000", "nine thousand")),
            Question(SOLICITOR, "Which solicitor is he seeing?", ("Adebayo",)),
            Question(SOLICITOR, "What did he report before he was let go?", ("scaffolding",)),
            Question(SOLICITOR, "What clause did they put in the agreement?", ("confidentiality",)),
            Question(SOLICITOR, "When did he start working at Calder Build?", ()),
        ],
    ),
    # A freelance illustrator: a turnover corrected, a long call with a tablet and a side income said once
    # in the middle, and the tax calendar's fixed dates.
    Caller(
        number="+447700900917",
        names=("Helen",),
        calls=[
            Call(
                TAX, 90, "en", "First self-assessment return",
                "The user, Helen Bradshaw, a freelance illustrator in her first year as a sole trader, asked "
                "Ledgerwise to prepare her self-assessment tax return. The agent explained that the return "
                "and any tax owed are due by 31 January and quoted a fee of £325. She estimated her turnover "
                "at about £38,000. Her UTR is 43817 20965.",
                [
                    ("Ledgerwise Tax, how can I help?",
                     "Hi, yes, hello. I'm— so I went freelance last year and I've no idea what I'm doing "
                     "with tax, basically."),
                    ("That's what we're here for. What's your name and what do you do?",
                     "Helen Bradshaw. I'm an illustrator. Children's books mostly, some editorial stuff."),
                    ("Have you registered as self-employed with HMRC?",
                     "Yes, I've got the UTR letter here. It's 43817 20965."),
                    ("Thank you. Your return and any tax owed are due by the thirty-first of January.",
                     "The thirty-first of January. Okay. Gosh."),
                    ("Roughly what was your turnover for the year?",
                     "Um, thirty-eight thousand? Ish? I'd have to add up the invoices properly."),
                    ("That's fine for now. Our fee for a sole trader return is three hundred and twenty-five "
                     "pounds.", "Three two five, okay, that's fine. Let's do it."),
                    ("I'll send you our engagement letter and a checklist.", "Brilliant, thank you so much."),
                ],
                {"first_name": "Helen", "service": "self-assessment"},
            ),
            Call(
                TAX, 55, "en", "Going through business expenses",
                "Helen Bradshaw went through her business expenses with the agent. They covered working "
                "from a home studio, art materials, software subscriptions and train travel to publishers in "
                "London. The agent explained the flat-rate allowance for working from home and asked her to "
                "send scanned receipts. Much of the call was general conversation about her work and her "
                "cat.",
                long_call(
                    [
                        ("Ledgerwise Tax, how can I help?",
                         "Hi, it's Helen Bradshaw, you sent me a checklist about expenses and I've got, um, "
                         "questions. Lots of questions. Have you got a minute?"),
                        ("Of course, Helen. Let's go through it.",
                         "Okay. So I work from home, I've got the box room as a studio. Can I claim for "
                         "that?"),
                        ("Yes, you can use the flat-rate allowance for working from home, based on the hours "
                         "you work there.",
                         "I'm in there about forty hours a week, more when there's a deadline."),
                        ("Then it would be the top rate. What about materials?",
                         "Paper, inks, brushes, I've got receipts for most of it. Some are in a shoebox, "
                         "literally a shoebox."),
                        ("That's fine, as long as we have them. Any software?",
                         "Adobe, and Procreate, and a font subscription. Monthly."),
                        ("And travel?", "Trains to London to see publishers. Maybe six times this year."),
                    ],
                    [
                        ("Any equipment? Computers, anything like that?",
                         "Oh! Yes. I bought a drawing tablet in August, a Wacom Cintiq. It was one thousand "
                         "eight hundred and forty-nine pounds. Can I claim that?"),
                        ("Yes, that's a capital allowance, you can claim it in full this year.",
                         "Oh thank goodness. And— I also sell prints on Etsy, like maybe six hundred pounds "
                         "a year. Does that count?"),
                        ("Yes, that's trading income too, we'll include it with your illustration work.",
                         "Okay. I wasn't sure. Good to know."),
                    ],
                    [
                        ("So, if you can scan the receipts and send them over, I'll put together a summary.",
                         "I'll do it this weekend. Promise."),
                        ("Great. Any other questions?", "No, I think that's it for now. Sorry for going on."),
                        ("Not at all, it was a pleasure.", "Thanks, bye!"),
                    ],
                    acks=["Oh, lovely.", "Ha, yes.", "Mm.", "Oh, that's nice.", "Really?", "I can imagine.",
                          "Right.", "Sounds busy."],
                    talk=[
                        "Sorry, the cat's just walked across the keyboard. He does that every time I'm on "
                        "the phone.",
                        "He's called Turnip. Don't ask. My niece named him.",
                        "I'm doing a picture book about a badger at the moment, it's due to the publisher in "
                        "the spring.",
                        "The badger has a little scarf, it's very sweet. I've drawn that scarf about four "
                        "hundred times.",
                        "It's so grey out, isn't it? The light's terrible for painting.",
                        "I used to work in an agency, in-house, doing packaging. Cereal boxes. I don't "
                        "miss it.",
                        "Freelance is lovely but the admin, honestly, nobody tells you about the admin.",
                        "My mum keeps asking when I'm getting a proper job.",
                        "I went to a book fair in Bologna once, that was amazing, all these publishers.",
                        "Sorry, where was I? I lose my thread.",
                        "The heating in here is rubbish, I'm in fingerless gloves.",
                        "I had a lovely commission from a magazine last month, a cover, which was a first "
                        "for me.",
                        "Do you get a lot of creative people ringing? We must be a nightmare.",
                        "I've started a life drawing class in the evenings, just for me.",
                        "My boyfriend says I should get a proper desk, I'm on an old kitchen table.",
                        "Anyway, I'll stop chatting, you've got work to do.",
                    ],
                    total=86,
                ),
                analysis_items(
                    "business expenses review",
                    "Client to send scanned receipts; agent to prepare an expenses summary", "",
                    "sole trader illustrator; works from a home studio about 40 hours a week; expenses: art "
                    "materials, software subscriptions, train travel to London", "finance",
                    first_name="Helen", service="self-assessment",
                ),
            ),
            Call(
                TAX, 14, "en", "Turnover update and payments on account",
                "Helen Bradshaw called to say that after adding up all her invoices her turnover was "
                "£41,200, not £38,000. The agent explained that payments on account may apply and that the "
                "second would be due on 31 July. The agent will send her a draft return by {+7}.",
                [
                    ("Ledgerwise Tax, how can I help?",
                     "Hi, it's Helen Bradshaw again. So I finally added up all the invoices, properly, with "
                     "a spreadsheet and everything."),
                    ("Well done! What did it come to?",
                     "Forty-one thousand two hundred. So more than I said, I forgot a couple of big jobs."),
                    ("No problem, I'll use forty-one thousand two hundred.",
                     "Is that bad? Does that mean more tax?"),
                    ("A little more, yes. You may also have to make payments on account towards next year; "
                     "the second one would be due on the thirty-first of July.",
                     "Thirty-first of July. Oh god, I need a calendar just for tax."),
                    ("I'll send you a draft return within a week so you can check everything.",
                     "Amazing. Thank you, really."),
                ],
                {"first_name": "Helen", "service": "self-assessment"},
            ),
        ],
        questions=[
            Question(TAX, "How much did her drawing tablet cost?",
                     ("1,849", "1849", "one thousand eight hundred and forty-nine")),
            Question(TAX, "Where does she sell her prints?", ("Etsy",)),
            Question(TAX, "What was her turnover for the year?", ("41,200", "forty-one thousand two hundred"),
                     ("38,000", "thirty-eight thousand")),
            Question(TAX, "What is her UTR?", ("43817 20965", "4381720965")),
            Question(TAX, "When is her tax return due?",
                     ("31 January", "thirty-first of January", "January 31")),
            Question(TAX, "When is the second payment on account due?",
                     ("31 July", "thirty-first of July", "July 31")),
            Question(TAX, "What is our fee for her return?", ("325", "three hundred and twenty-five")),
            Question(TAX, "Remind me of her occupation?", ("illustrat",)),
            Question(TAX, "What is her cat's name?", ("Turnip",)),
            Question(TAX, "How many hours a week does she work from home?", ("forty hours", "40 hours")),
            Question(TAX, "What is her National Insurance number?", ()),
            Question(TAX, "How much rent does she pay for her studio?", ()),
            Question(TAX, "Which bank is her business account with?", ()),
        ],
    ),
    # A couple sharing a phone with an architect: a gate code, a budget raised, a long call with the
    # neighbour and a sewer in the middle.
    Caller(
        number="+447700900563",
        names=("Sunita", "Rob"),
        calls=[
            Call(
                ARCHITECT, 70, "en", "Rear extension enquiry",
                "The user, Sunita Kaur-Hale, enquired about a single-storey rear extension with bifold doors "
                "and a kitchen-diner for her 1930s semi at 41 Fernbank Road. Her budget is about £85,000. "
                "The architect, Ciaran Byrne, will visit on {+6} at 9:30 AM. She gave the side gate code, "
                "2746, as nobody will be home.",
                [
                    ("Marlow Byrne Architects, good morning, how can I help?",
                     "Hi, morning. We're thinking about an extension, at the back, and I don't really know "
                     "where to start."),
                    ("That's exactly where we come in. Could I take your name?",
                     "Sunita Kaur-Hale. Hyphenated. My husband's Rob."),
                    ("And the property?", "41 Fernbank Road. It's a nineteen-thirties semi."),
                    ("What are you hoping to do?",
                     "A single-storey extension across the back, knock through for a big kitchen-diner, "
                     "bifold doors onto the garden."),
                    ("Do you have a budget in mind?",
                     "About eighty-five thousand? Everything in. Is that mad?"),
                    ("It's a sensible starting point. Ciaran Byrne, one of our directors, could come out six "
                     "days from now at half past nine.",
                     "Half nine's fine but we'll both be at work. Can he just go round the side?"),
                    ("Of course, if there's a way in.",
                     "There's a keypad on the side gate. The gate code is 2746. Then he can see the back."),
                    ("Perfect, I'll pass that to Ciaran.", "Thanks so much."),
                ],
                analysis_items(
                    "rear extension enquiry", "Site visit by Ciaran Byrne", "{+6}",
                    "1930s semi at 41 Fernbank Road; wants a single-storey rear extension with kitchen-diner "
                    "and bifold doors; budget about £85,000; husband Rob", "none", first_name="Sunita",
                ),
            ),
            Call(
                ARCHITECT, 45, "en", "Design options call",
                "Rob Kaur-Hale discussed the two design options for the rear extension at 41 Fernbank Road. "
                "He preferred option B, with a flat roof and a roof lantern over the dining area, and asked "
                "for four-panel bifolds. The architect will prepare planning drawings in about three weeks. "
                "The call also covered a lot of general chat about the house and his family.",
                long_call(
                    [
                        ("Marlow Byrne Architects, how can I help?",
                         "Hi, it's Rob Kaur-Hale, Sunita's husband, Fernbank Road. We got the two options "
                         "through."),
                        ("Great. What did you think?",
                         "Honestly? We both like B. Option B. The flat roof with the lantern."),
                        ("The roof lantern over the dining area?",
                         "Yeah. A lot of light. Option A felt a bit, I don't know, boxy."),
                        ("Option B it is. Any changes?",
                         "Can the bifolds be four panels instead of three? Sunita wants them to open right "
                         "up."),
                        ("We can do four panels; I'll adjust the drawing.",
                         "Lovely. Sorry, I've got the kids in the background."),
                    ],
                    [
                        ("One thing we should check: have you spoken to the people either side?",
                         "Yeah, number 43, Mrs Pemberton. She's worried about her light. She said she's fine "
                         "as long as the wall on her side stays under three metres."),
                        ("That's helpful, we'll keep the boundary wall under three metres.",
                         "Oh, and Thames Water came out about the drain. There's a public sewer under the "
                         "back garden. They said we'd need a build-over agreement."),
                        ("Good to know now, we'll factor in the build-over agreement.",
                         "Yeah, I'd rather know now than halfway through."),
                    ],
                    [
                        ("So I'll prepare the planning drawings for option B and send them over.",
                         "Brilliant. How long does that take?"),
                        ("About three weeks.", "Fine. Thanks for your patience, I know I've gone on."),
                        ("Not at all, Rob. Speak soon.", "Cheers, bye."),
                    ],
                    acks=["Ha, yeah.", "Oh nice.", "Mm-hm.", "Right.", "Oh no.", "Fair enough.",
                          "I know what you mean.", "Wow."],
                    talk=[
                        "Sorry, Maya, put that down. Sorry, the kids.",
                        "I've been cycling to work, trying to, anyway. Twelve miles each way.",
                        "Did the Fred Whitton last year. Never again. Well, maybe again.",
                        "We've been in the house four years now. It was a right state when we bought it.",
                        "The previous owners had carpet in the bathroom. Carpet! In the bathroom.",
                        "My dad's retired now but he was a joiner, so he's got opinions. A lot of opinions.",
                        "Sunita watches all those property programmes. She's basically an expert now.",
                        "I found an old newspaper under the floorboards, from nineteen fifty-three. The "
                        "coronation.",
                        "We had a fox in the garden the other night. Bold as anything.",
                        "Our eldest wants a treehouse. I said let's get the extension done first.",
                        "I'm in IT, so this is all a foreign language to me, lintels and that.",
                        "Is it always this busy for you lot, or is it just spring?",
                        "Sorry, Noah's just fallen off the sofa. He's fine. He's fine.",
                        "We went to a show home for ideas. Beautiful, but tiny rooms.",
                        "Anyway, I'm rambling.",
                    ],
                    total=82,
                ),
                {"first_name": "Rob"},
            ),
            Call(
                ARCHITECT, 11, "en", "Planning application submitted",
                "Sunita Kaur-Hale was told that the planning application for the rear extension has been "
                "submitted under reference 24/03817/HSE, with a decision expected within eight weeks. She "
                "said their budget is now £95,000 because they want to add a downstairs shower room. She "
                "asked for updates by email to sunita.kaurhale@outlook.com.",
                [
                    ("Marlow Byrne Architects, how can I help?",
                     "Hi, it's Sunita Kaur-Hale. I just wanted to check the planning went in?"),
                    ("Yes, it went in yesterday. The reference is two four, slash, zero three eight one "
                     "seven, slash, HSE.", "Let me write that down. 24/03817/HSE?"),
                    ("That's it. The council should decide within eight weeks.",
                     "Eight weeks. Okay. And we've had a think about money."),
                    ("Go on.",
                     "We want to add a shower room downstairs, so the budget's gone up. Ninety-five thousand "
                     "now, that's our absolute max."),
                    ("Ninety-five thousand, noted. I'll let Ciaran know.",
                     "And can you email updates rather than ring? I'm in meetings all day. sunita dot "
                     "kaurhale at outlook dot com."),
                    ("Of course, I'll email you.", "Thank you!"),
                ],
                analysis_items(
                    "planning application update", "Council decision on planning application 24/03817/HSE",
                     "",
                    "41 Fernbank Road; option B with roof lantern; budget now £95,000 (was £85,000); adding "
                    "a downstairs shower room; prefers email updates: sunita.kaurhale@outlook.com", "none",
                    first_name="Sunita",
                ),
            ),
        ],
        questions=[
            Question(ARCHITECT, "What is their budget for the extension?", ("95,000", "ninety-five"),
                     ("85,000", "eighty-five")),
            Question(ARCHITECT, "What is the planning application reference?", ("03817",)),
            Question(ARCHITECT, "Who lives next door?", ("Pemberton",)),
            Question(ARCHITECT, "How tall can the wall on the neighbour's side be?", ("three metres",)),
            Question(ARCHITECT, "What runs under the back garden?", ("sewer",)),
            Question(ARCHITECT, "Which design option did they choose?", ("option B", "roof lantern")),
            Question(ARCHITECT, "How many panels should the bifold doors have?", ("four panels",)),
            Question(ARCHITECT, "What is the address of the property?", ("Fernbank",)),
            Question(ARCHITECT, "What time was the site visit?", ("9:30", "half nine", "half past nine")),
            Question(ARCHITECT, "How does the architect get into the back garden?", ("side gate",)),
            Question(ARCHITECT, "Where should we send updates?", ("kaurhale@outlook",)),
            Question(ARCHITECT, "When is the council's decision due?", ("eight weeks",)),
            Question(ARCHITECT, "What is the name of their builder?", ()),
            Question(ARCHITECT, "What is the build-over agreement reference?", ()),
            Question(ARCHITECT, "What colour do they want for the bifold doors?", ()),
        ],
    ),
    # A plumber ordering van livery: a colour changed, a second van, a bookkeeper named only in the turns.
    Caller(
        number="+447700900352",
        names=("Gareth",),
        calls=[
            Call(
                PRINT, 85, "en", "Van livery quote",
                "The user, Gareth Pryce of Pryce Plumbing & Heating, asked for a quote for livery on his "
                "Ford Transit Custom, registration LN19 XKP: both sides and the rear doors, with his logo in "
                "Pantone 2935 blue. The agent quoted £780 plus VAT. His nephew will email the logo file.",
                [
                    ("InkWorks Print and Signs, how can I help?",
                     "Alright. Gareth Pryce, Pryce Plumbing and Heating. I want the van doing. Signwriting, "
                     "like, the whole thing."),
                    ("Van livery, lovely. What's the vehicle?",
                     "Transit Custom. Ford. White one. Reg is L N one nine, X K P."),
                    ("LN19 XKP. Full sides and rear?",
                     "Sides and back doors, yeah. Logo, phone number, website, the lot."),
                    ("What colours are in the logo?",
                     "Blue. Pantone two nine three five, my nephew did the logo, he knows all that."),
                    ("For full sides and rear on a Transit Custom it's seven hundred and eighty plus VAT.",
                     "Seven eighty. Yeah, go on, that's fair."),
                    ("Can you email us the logo file?", "I'll get the nephew to send it, it's an AI file or "
                     "something."),
                    ("Great, we'll do a proof once we have it.", "Sound. Ta."),
                ],
                {"first_name": "Gareth", "vehicle": "Ford Transit Custom LN19 XKP"},
            ),
            Call(
                PRINT, 50, "en", "Proof changes and second van",
                "Gareth Pryce approved the livery proof with one change: the blue should be Pantone 300 "
                "instead of 2935. He also wants the same livery on a second van, a Vauxhall Vivaro. The "
                "agent will send a revised proof and an updated quote for both vans.",
                [
                    ("InkWorks, how can I help?", "Gareth Pryce. About the proof you sent for the van."),
                    ("Yes, how did it look?",
                     "Good. Really good. But the blue's wrong. It looks purple on the van. My nephew says "
                     "use Pantone 300 instead."),
                    ("Pantone 300 instead of 2935, no problem.",
                     "And I've got another van now, a Vivaro, Vauxhall. Same again on that one."),
                    ("Lovely. I'll send a revised proof and an updated quote for both.",
                     "Do I get a discount for two?"),
                    ("I'll ask the manager.", "Go on, ask nicely."),
                ],
                analysis_items(
                    "van livery proof changes",
                     "Send revised proof in Pantone 300 and updated quote for two vans",
                    "", "Pryce Plumbing & Heating; Ford Transit Custom LN19 XKP; second van Vauxhall Vivaro; "
                    "logo blue Pantone 300", "none", first_name="Gareth", vehicle="Vauxhall Vivaro",
                ),
            ),
            Call(
                PRINT, 19, "en", "Livery fitting booked",
                "Gareth Pryce booked the livery fitting for both vans on {+5}. He will drop them at the "
                "InkWorks unit at 8 AM; each van takes about three hours. Invoices should go to the accounts "
                "email he gave. His 50% deposit has been received.",
                [
                    ("InkWorks, how can I help?", "Gareth Pryce. You rang about fitting the vans?"),
                    ("Yes, we can do both vans five days from now. Could you drop them at the unit at eight "
                     "in the morning?", "Eight. Yeah, I'll get the lad to follow me in the other one."),
                    ("Each van takes about three hours.", "So done by dinner. Lunch, whatever. Fine."),
                    ("And who should the invoice go to?",
                     "Carys, she does all my accounts. accounts at prycepandh dot co dot uk."),
                    ("Thanks. We've had your fifty percent deposit.", "Good, good. See you then."),
                ],
                {"first_name": "Gareth"},
            ),
        ],
        questions=[
            Question(PRINT, "Which Pantone blue should the logo be?", ("Pantone 300",), ("2935",)),
            Question(PRINT, "What is the registration of the Transit?", ("LN19 XKP", "LN19XKP")),
            Question(PRINT, "What is the second van?", ("Vivaro",)),
            Question(PRINT, "Who keeps his books?", ("Carys",)),
            Question(PRINT, "How much was the quote for the Transit?", ("780", "seven hundred and eighty")),
            Question(PRINT, "What time should he drop the vans off?", ("8 AM", "eight in the morning")),
            Question(PRINT, "Which email do invoices go to?", ("prycepandh",)),
            Question(PRINT, "Who designed his logo?", ("nephew",)),
            Question(PRINT, "What is the registration of the Vivaro?", ()),
            Question(PRINT, "How much discount did he get for two vans?", ()),
            Question(PRINT, "What is his website address?", ()),
        ],
    ),
    # An executor: probate for her mother, a house valuation, a new email, a brother abroad.
    Caller(
        number="+447700900648",
        names=("Margaret",),
        calls=[
            Call(
                SOLICITOR, 100, "en", "Probate for late mother",
                "The user, Margaret Doyle, called about probate for her late mother, Eileen Doyle. Margaret "
                "and her brother Kevin are the executors named in the will. The estate includes the house at "
                "17 Cherry Tree Walk, Stockport, and savings with the Nationwide. The agent quoted a fixed "
                "fee of £1,850 plus VAT and opened matter reference HR/PRB/4471. Her email is "
                "margaret.doyle@talktalk.net.",
                [
                    ("Hollis and Rowe Solicitors, how can I help?",
                     "Oh, hello. Yes. I'm ringing about— my mother passed away, you see, and somebody said I "
                     "need to do probate? I'm not very good with all this."),
                    ("I'm very sorry for your loss. We can help with that. May I take your name?",
                     "Margaret Doyle. Mrs."),
                    ("Thank you, Mrs Doyle. And your mother's name?",
                     "Eileen. Eileen Doyle. She was ninety-one."),
                    ("Did she leave a will?",
                     "She did, yes. Me and my brother Kevin are the, what is it, the executors."),
                    ("What does the estate include?",
                     "Well, there's the house, 17 Cherry Tree Walk, in Stockport. And some savings in the "
                     "Nationwide. Not a lot."),
                    ("For an estate like this our fixed fee is one thousand eight hundred and fifty pounds "
                     "plus VAT.", "Oh. Well. I suppose that's what it costs, isn't it."),
                    ("I've opened a file. Your reference is H R, slash, P R B, slash, four four seven one.",
                     "Hang on, let me get a pen... HR, PRB, 4471. Yes."),
                    ("And an email address for documents?",
                     "It's margaret dot doyle at talktalk dot net. My granddaughter checks it for me."),
                    ("Thank you, we'll be in touch.", "Thank you, dear. You've been very kind."),
                ],
                analysis_items(
                    "probate for late mother", "", "",
                    "mother Eileen Doyle; executors Margaret and brother Kevin; house 17 Cherry Tree Walk, "
                    "Stockport; matter HR/PRB/4471; email margaret.doyle@talktalk.net", "none",
                    first_name="Margaret", matter="probate",
                ),
            ),
            Call(
                SOLICITOR, 27, "en", "Valuation and new email",
                "Margaret Doyle called about her mother's estate. Two estate agents have valued the house at "
                "17 Cherry Tree Walk at £265,000, and she would like Hollis & Rowe to handle the sale as "
                "well. She gave a new email address, maggiedoyle1952@gmail.com.",
                [
                    ("Hollis and Rowe, how can I help?",
                     "Hello, it's Margaret Doyle, about my mother's house. The probate. Reference, um, HR— "
                     "PRB 4471."),
                    ("Thank you, Mrs Doyle. How can I help?",
                     "We've had the estate agents round. Two of them. They both said two hundred and "
                     "sixty-five thousand."),
                    ("Thank you, I'll note the valuation for the probate forms.",
                     "And we want to sell it, Kevin doesn't want it and I can't manage it. Can you do the "
                     "selling side as well? The legal side."),
                    ("Yes, our conveyancing team can act on the sale.",
                     "Oh good. Kevin's in Perth, you see, in Australia, so it's all down to me really."),
                    ("I understand. Is your email still the same?",
                     "No, that's the other thing. My granddaughter set me up a new one. maggiedoyle1952 at "
                     "gmail dot com. The talktalk one's finished."),
                    ("maggiedoyle1952@gmail.com, updated.", "Thank you, dear."),
                ],
                {"first_name": "Margaret", "matter": "probate"},
            ),
        ],
        questions=[
            Question(SOLICITOR, "What is the matter reference?", ("4471",)),
            Question(SOLICITOR, "What was her mother's name?", ("Eileen",)),
            Question(SOLICITOR, "What's the address of her mother's house?", ("Cherry Tree Walk",)),
            Question(SOLICITOR, "Which email should documents go to?", ("maggiedoyle1952",),
                     ("margaret.doyle@talktalk",)),
            Question(SOLICITOR, "How much is the house valued at?",
                     ("265,000", "two hundred and sixty-five thousand")),
            Question(SOLICITOR, "Where does her brother live?", ("Perth",)),
            Question(SOLICITOR, "How much is our fixed fee for the probate?",
                     ("1,850", "one thousand eight hundred and fifty")),
            Question(SOLICITOR, "Any siblings?", ("Kevin",)),
            Question(SOLICITOR, "Where are her mother's savings held?", ("Nationwide",)),
            Question(SOLICITOR, "How much is in her mother's savings?", ()),
            Question(SOLICITOR, "What is Kevin's phone number?", ()),
            Question(SOLICITOR, "When did her mother die?", ()),
        ],
    ),
]  # fmt: skip
