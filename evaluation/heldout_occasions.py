"""Held-out callers of businesses people ring for life's occasions: a music school, a language school, a
driving school, a wedding venue, a portrait photographer, a florist, a party supplies and balloon shop and a
funeral director.

Nine callers, as ElevenLabs would report their calls: untidy speech, numbers said in words, corrections a
later call makes, three calls of 80+ exchanges whose middle holds facts no summary or analysis item repeats
(a piano enrolment, a wedding planning call, a funeral arrangement), a Portuguese caller of the language
school asked about in English, a phone a mother and her learner-driver son share, a caller of the funeral
director and the florist whose finances stay with the funeral director, access codes (a building keypad, a
garden gate, a church hall key safe, a carers' key safe) that no answer may return, and about half of the
calls carrying the post-call analysis items, filled as a model fills them: a fact left out, a category that
misfires, a code copied into the facts, values in the call's language, a date left empty. Days are relative
to the run (``days_ago``; ``{+N}`` in a summary or an analysis item is N days after that call).
"""

from __future__ import annotations

from evaluation.dataset import Call, Caller, Question, analysis_items, long_call

MUSIC = "agent_music_00000000000000000000000171"
LANGUAGE = "agent_language_00000000000000000000172"
DRIVING = "agent_driving_000000000000000000000173"
VENUE = "agent_venue_00000000000000000000000174"
PORTRAIT = "agent_portrait_00000000000000000000175"
FLORIST = "agent_florist_000000000000000000000176"
PARTY = "agent_party_00000000000000000000000177"
FUNERAL = "agent_funeral_000000000000000000000178"

_MUSIC_ACKS = [
    "Mm-hm.",
    "Oh, lovely.",
    "Ha, yes.",
    "Of course.",
    "That's really common.",
    "Absolutely.",
    "Right.",
    "Oh, I know.",
    "Yes, definitely.",
    "Aw.",
    "That's fine.",
    "Sure.",
]
_MUSIC_TALK = [
    "He's got the Star Wars theme nailed, he plays it every morning before school.",
    "Is it true they should practise every day? Because that's going to be a battle.",
    "Even ten minutes? Okay, I can probably manage ten minutes.",
    "I did violin for about a year when I was little and I hated it, so I don't want to push him.",
    "Do you do concerts, like little recitals for the kids?",
    "Oh he'd love that, he's a total show-off.",
    "Sorry, the kettle's going, one sec.",
    "Right, I'm back.",
    "Does he need to buy books or do you provide them?",
    "We'll get whatever they say. Is there a shop you'd recommend?",
    "His school's got a keyboard club but it's only at lunchtime and it's a bit chaotic.",
    "Are your teachers all, like, qualified? Sorry, that sounds rude.",
    "No, that's reassuring, honestly.",
    "How long does it usually take to get to the first grade?",
    "A year-ish, okay. He'll want it done by Christmas, knowing him.",
    "Do parents sit in on the lessons or is that weird?",
    "I'll probably sit in the waiting room with a coffee then.",
    "He plays football on Saturdays so weekends are a bit of a no-go.",
    "His dad's the musical one really, he used to play bass in a band at uni.",
    "They were called something awful, I won't tell you.",
    "Is there parking, or is it the pay-and-display on the high street?",
    "Oh, that's not bad at all.",
    "Do you do lessons in the holidays as well or just term time?",
    "Term time only, okay, that's fine, we go away in August anyway.",
    "Can he try a different teacher if it doesn't click?",
    "Good, because he's a bit funny with new people at first.",
    "Once he warms up, though, you can't shut him up. Like his mum.",
    "Does he need to be able to read music already?",
    "He sort of can. He reads it very slowly, like counting on his fingers.",
    "Is it better to learn classical first, or can he do pop stuff?",
    "A bit of both sounds good. He'll want the film music.",
    "Sorry, I'm asking loads of questions.",
    "My friend's daughter comes to you, for flute I think. She said it's really friendly.",
    "Is half an hour enough for a nine-year-old? I feel like he'd get bored after that.",
    "Yeah, half an hour's plenty to start.",
    "Do you have those electric pianos in the rooms or real ones?",
    "Oh, real ones, he'll be thrilled.",
    "He's been going round humming scales, it's driving his sister mad.",
]

_VENUE_ACKS = [
    "Mm-hm.",
    "Oh, lovely.",
    "Ha, yes!",
    "Of course.",
    "Honestly, everyone asks that.",
    "Absolutely.",
    "Right.",
    "Oh, I know.",
    "Don't worry, we'll sort that.",
    "Aw.",
    "That's fine.",
    "Sure.",
]
_VENUE_TALK = [
    "Sam's made a spreadsheet with, like, nine tabs. I'm not allowed to touch it.",
    "My mum keeps sending me pictures of hats. Hats! It's months away.",
    "Do people actually eat the canapés or do they just drink?",
    "Okay, good, because Sam's uncles will hoover up anything.",
    "Is it okay if the photographer goes up on the roof terrace for the group shot?",
    "Sorry, I'm just writing this down, my handwriting's awful.",
    "What happens if it rains? Do we just cry?",
    "Oh, the marquee, yes, I forgot about the marquee.",
    "I've been to three weddings this year and I've stolen ideas from all of them.",
    "Can we do sparklers at the end of the night or is that a fire thing?",
    "Ah, okay, outside only, makes sense.",
    "Sam wants a hog roast in the evening, I said absolutely not, we'll see who wins.",
    "Is there somewhere for me to get ready on the morning? A room?",
    "The bridal suite, oh, amazing, I forgot that was included.",
    "Do you get a lot of couples asking about fireworks?",
    "I'm not doing fireworks, I just wondered.",
    "Are the chairs in the Orangery the white ones from the photos?",
    "Love them. Don't change them.",
    "Sorry, the neighbours are drilling, can you hear me okay?",
    "Okay, it's stopped. Where were we?",
    "How long do people usually have for the drinks reception? An hour and a half?",
    "That sounds right, the photos always take forever.",
    "We're doing table names after places we've been on holiday.",
    "Table one is Lisbon, that's where he proposed. On a tram. Don't ask.",
    "Is it okay to bring our own sweets for a sweetie table?",
    "We'll do a sweetie cart, then. The kids will go feral.",
    "What time is sunset in September, roughly? For the golden hour photos?",
    "Around half seven, okay, I'll tell the photographer.",
    "I keep having dreams that I forget my shoes.",
    "Do you have a list of taxi firms for the end of the night?",
    "Oh brilliant, that saves me a job.",
    "Can we have the Long Hall doors open if it's warm?",
    "I'm so sorry, I know I keep going off topic.",
    "Sam says hi, by the way. He's pretending to work.",
    "Is it normal to be this stressed this far out?",
    "Okay. Good. That's really reassuring, actually.",
    "I've told everyone the dress code is garden party, whatever that means.",
    "My brother's already asked if there's a free bar. There is not a free bar.",
]

_FUNERAL_ACKS = [
    "Mm.",
    "Of course.",
    "Take your time, Janet.",
    "That's lovely.",
    "I understand.",
    "That's completely normal.",
    "Yes.",
    "There's no rush at all.",
    "Mm-hm.",
    "I can imagine.",
    "What a lovely memory.",
    "Absolutely.",
]
_FUNERAL_TALK = [
    "Sorry. I just need a second.",
    "Okay. I'm okay.",
    "He was such a stubborn man. Lovely, but stubborn.",
    "He grew tomatoes in the greenhouse, every year, far too many. We'd get bags of them.",
    "The house still smells of his aftershave. I keep going in his room.",
    "Do people normally do this over the phone? I feel like I should have come in.",
    "I've got a list on my phone and I keep losing it.",
    "Is there anything I should be doing that I'm not? I feel like I'm forgetting something huge.",
    "The registrar appointment's done, at least. That was strange.",
    "He did the crossword every morning, in pen. Never finished it. Never admitted it.",
    "My boys keep asking questions I can't answer.",
    "The youngest asked if Grandad's still wearing his glasses. I didn't know what to say.",
    "Sorry, my tea's gone cold. I keep making tea and not drinking it.",
    "He used to phone me every Sunday at six, on the dot. I don't know what I'll do on Sundays.",
    "Everyone keeps bringing lasagne. I've got four lasagnes.",
    "Do you get used to this, doing this job?",
    "That's a kind way to look at it.",
    "He was a terrible driver, by the way. Terrible. Thought he was Stirling Moss.",
    "Same surname, he'd say. No relation. Every time.",
    "His neighbour, Mrs Ashworth, brought round a card. She's ninety. She walked it over.",
    "I keep thinking I'll hear the back door go and it'll be him.",
    "What do people usually do after? A wake? Is that still what it's called?",
    "The cricket club said we could use their bar. He was there every Saturday.",
    "Sorry, I'm all over the place.",
    "Do we need to do an announcement in the paper? The Westmorland Gazette?",
    "Okay, I'll ask you about that another time.",
    "He made the best bacon sandwiches. That's a weird thing to remember.",
    "I've been sorting his shed. There are about forty jam jars of screws.",
    "He was funny, you know. People will say that. He really was.",
    "My husband's been amazing, he's done all the phoning round.",
    "I'm sorry, I'm rambling.",
    "How long does it usually take, the service itself?",
    "Forty minutes, okay. That feels short and long at the same time.",
    "Do people bring flowers or is it donations these days?",
    "Maybe donations to the lifeboats, the RNLI. He'd like that. I'll think about it.",
    "I keep apologising, sorry. There I go again.",
    "It's strange, the practical stuff helps. It gives me something to do.",
    "I found his old address book. Half the people in it have gone too.",
]


HELDOUT_OCCASIONS: list[Caller] = [
    Caller(
        number="+447700900142",
        names=("Deborah",),
        calls=[
            Call(
                MUSIC, 46, "en", "Piano lessons for Tobi",
                "The user, Deborah Akande, called Castlegate School of Music to enrol her son Tobi, who is "
                "nine, in weekly piano lessons. Tobi has taught himself from online videos for about a year "
                "and would like to work towards his first graded exam. The agent offered thirty-minute "
                "lessons on Tuesdays at 4:30 PM with Ms Lindqvist, starting next week, and explained that "
                "the termly fee of £186 is due before the first lesson. Deborah will pay online.",
                long_call(
                    [
                        ("Good afternoon, Castlegate School of Music, Holly speaking.",
                         "Oh hello, hi. Um, I'm calling about piano lessons? For my son. Is this the right "
                         "number?"),
                        ("It is, yes! Can I take your name?", "Deborah Akande. A-K-A-N-D-E."),
                        ("Thanks Deborah. And your son's name and age?",
                         "Tobi, T-O-B-I, he's nine. Nine and three quarters, he'd tell you."),
                        ("Has he had lessons before?",
                         "Not proper ones, no. He's been teaching himself off YouTube for about a year, and "
                         "honestly he's not bad, but I think he's picking up bad habits."),
                        ("That's really common. What's he hoping to get out of it?",
                         "He wants to do the exams, the grades. His cousin's done Grade 3 and, well, you "
                         "know what cousins are like."),
                    ],
                    [
                        ("Is there anything the teacher should know about Tobi, how he learns, anything "
                         "like that?",
                         "Oh, yes, actually, he's colour-blind. Red-green. So if they do those coloured "
                         "stickers on the keys, that won't work for him, he just gets muddled."),
                        ("That's really helpful to know, I'll put it on his file.",
                         "Thank you. His teacher at school didn't realise for ages."),
                        ("And does he have a piano at home to practise on?",
                         "We've got an old Yamaha upright, it was my auntie's. It hasn't been tuned in, um, "
                         "probably ten years? It sounds a bit, you know, honky-tonk."),
                        ("We can recommend a tuner, there's a chap called Pete Rawlings we use.",
                         "Oh please do, I wouldn't know where to start."),
                        ("And who'll be bringing him to lessons?",
                         "My mum, mostly. Funke. She picks him up from school on Tuesdays anyway, so she'll "
                         "bring him straight here."),
                    ],
                    [
                        ("So, Tuesdays at four thirty, thirty minutes, with Ms Lindqvist, starting a week "
                         "today. Does that work?", "Yes, perfect. Four thirty's fine."),
                        ("The fee is a hundred and eighty-six pounds for the term, paid before the first "
                         "lesson.", "One eighty-six. Okay, can I do that online?"),
                        ("Yes, I'll email you the link now.",
                         "Lovely. Thank you so much, Holly, sorry I've talked your ear off."),
                        ("Not at all! We'll see Tobi next week.", "Bye now!"),
                    ],
                    acks=_MUSIC_ACKS, talk=_MUSIC_TALK, total=86,
                ),
                {"first_name": "Deborah"},
            ),
            Call(
                MUSIC, 29, "en", "Lesson day change",
                "The user, Deborah Akande, called to move her son Tobi's piano lessons from Tuesdays at "
                "4:30 PM to Wednesdays at 5 PM, because he has joined a swimming club that trains on "
                "Tuesdays. Ms Lindqvist does not teach on Wednesdays, so Tobi will move to Mr Sanjay Patel. "
                "Deborah asked for Ms Lindqvist's notes to be passed on.",
                [
                    ("Castlegate School of Music, Holly speaking.",
                     "Hi Holly, it's Deborah Akande, Tobi's mum? Piano, on Tuesdays."),
                    ("Hi Deborah! How's he getting on?",
                     "He loves it, honestly, he's practising without being nagged, which is a miracle. But, "
                     "um, we've got a problem with Tuesdays."),
                    ("Oh no, what's happened?",
                     "He's got into the swimming club, the squad, and they train Tuesdays at half four. Of "
                     "all the times. Could he do a different day?"),
                    ("Let me look... I've got Wednesdays at five o'clock, but that would be with Mr Patel, "
                     "Sanjay. Ms Lindqvist isn't in on Wednesdays.",
                     "Oh. He really likes her. But, well, swimming's swimming. Is Mr Patel nice?"),
                    ("He's lovely, the kids adore him, and he does a lot of the exam prep.",
                     "Okay, let's do it. Wednesdays at five. Could Ms Lindqvist pass on her notes, what "
                     "they've been working on?"),
                    ("Of course, I'll ask her to write a handover.", "Brilliant, thanks Holly."),
                ],
                analysis_items(
                    "Lesson day change", "Ms Lindqvist to write handover notes for Mr Patel", "",
                    "Deborah Akande; son Tobi, 9, piano; lessons now Wednesdays 5 PM with Mr Patel; Tobi "
                    "swims on Tuesdays", "none", first_name="Deborah",
                ),
            ),
            Call(
                MUSIC, 6, "en", "Piano exam entry",
                "The user, Deborah Akande, called about entering Tobi for a piano exam. Mr Patel has "
                "recommended Grade 1 rather than Grade 2 for a first exam, and Deborah agreed. The agent "
                "explained that entries close on {+9}, that the fee is £49 and that the exam takes place in "
                "the school's main hall. Deborah will pay the fee online.",
                [
                    ("Castlegate School of Music, Holly speaking.",
                     "Hiya, Deborah Akande again. Tobi's mum. Mr Patel mentioned the exam?"),
                    ("Yes! He thinks Tobi's ready for an exam this term.",
                     "He said Grade 1, though. Tobi's gutted, he wanted to go straight in at Grade 2, "
                     "because of his cousin."),
                    ("Mr Patel usually starts with Grade 1 so the first exam is a good experience.",
                     "No, that makes sense. I'd rather he sailed through than scraped through. Grade 1 it "
                     "is."),
                    ("The entry fee is forty-nine pounds, and entries close in nine days.",
                     "Forty-nine, okay. And where do they actually do it?"),
                    ("Here, in the main hall. The examiner comes to us.",
                     "Oh good, so he's not somewhere strange. I'll pay online tonight."),
                    ("I'll send the link again.", "Thanks. And, um, does he need to bring anything on the "
                     "day?"),
                    ("Just his music books.", "Easy. Thanks Holly."),
                ],
                {"first_name": "Deborah"},
            ),
        ],
        questions=[
            Question(MUSIC, "When are Tobi's piano lessons now?", ("Wednesdays at 5", "Wednesdays at five"),
                     ("Tuesdays at 4:30", "four thirty")),
            Question(MUSIC, "Who teaches Tobi now?", ("Patel",), ("Lindqvist",)),
            Question(MUSIC, "Which grade will Tobi sit first?", ("Grade 1",)),
            Question(MUSIC, "How much is the exam entry fee?", ("£49", "forty-nine")),
            Question(MUSIC, "Where will Tobi take his exam?", ("main hall",)),
            Question(MUSIC, "How much is the termly fee?",
                     ("£186", "hundred and eighty-six", "one eighty-six")),
            Question(MUSIC, "Who brings Tobi to his lessons?", ("Funke",)),
            Question(MUSIC, "What piano does Tobi practise on at home?", ("Yamaha",)),
            Question(MUSIC, "Who did Holly recommend to tune the Akandes' piano?", ("Pete Rawlings",)),
            Question(MUSIC, "Anything wrong with the boy's eyesight?", ("colour-blind", "red-green")),
            Question(MUSIC, "Why did Tobi's lesson day change?", ("swimming",)),
            Question(MUSIC, "How did Tobi learn before he joined?", ("YouTube", "online videos")),
            Question(MUSIC, "How old is Tobi?", ("nine",)),
            Question(MUSIC, "What is Tobi's date of birth?", ()),
            Question(MUSIC, "What is the name of Tobi's cousin?", ()),
            Question(MUSIC, "Which swimming club has Tobi joined?", ()),
            Question(MUSIC, "What is Mr Patel's phone number?", ()),
            Question(MUSIC, "What is Funke's phone number?", ()),
            Question(MUSIC, "What instrument does Tobi's sister play?", ()),
        ],
    ),
    Caller(
        number="+351912000388",
        names=("Beatriz",),
        calls=[
            Call(
                LANGUAGE, 58, "pt", "Intensive English course enrolment",
                "The user, Beatriz Carvalho, called Brightwater Language School and spoke in Portuguese. She "
                "wants to enrol in the eight-week General English intensive course starting {+62} and asked "
                "to stay with a host family. She is allergic to cats, so the homestay must have none. The "
                "agent will email her the online placement test.",
                [
                    ("Brightwater Language School, good morning, Inês speaking.",
                     "Ah, bom dia... desculpe, fala português? Vi no site que havia alguém que fala "
                     "português."),
                    ("Falo, sim! Sou portuguesa. Em que posso ajudar?",
                     "Ai, que alívio. Chamo-me Beatriz Carvalho. Queria inscrever-me num curso de inglês "
                     "intensivo."),
                    ("Muito bem. Já tem ideia de qual curso?",
                     "O General English, o intensivo de oito semanas. Começa daqui a uns dois meses, não "
                     "é?"),
                    ("Exatamente. Precisa de alojamento?",
                     "Sim, queria ficar em casa de uma família. Mas, olhe, sou muito alérgica a gatos. "
                     "Mesmo muito. Não pode haver gatos na casa."),
                    ("Sem gatos, anotado. Posso perguntar porque quer estudar inglês?",
                     "Sou arquiteta, no Porto, e recebi uma proposta de um atelier em Londres. Mas o meu "
                     "inglês ainda não está... pronto, não está ao nível."),
                    ("Parabéns! Vou enviar-lhe o teste de nível online por email.",
                     "Obrigada. O meu email é bia ponto carvalho arroba gmail ponto com."),
                    ("bia.carvalho@gmail.com, certo?", "Certo. Muito obrigada, Inês."),
                ],
                analysis_items(
                    "Inscrição no curso intensivo de inglês", "Enviar o teste de nível por email", "",
                    "Beatriz Carvalho; General English intensivo, 8 semanas; alojamento em família; alérgica "
                    "a gatos; email bia.carvalho@gmail.com", "health", first_name="Beatriz",
                ),
            ),
            Call(
                LANGUAGE, 31, "pt", "Mudança para o curso IELTS",
                "A utilizadora, Beatriz Carvalho, ligou para dizer que teve B2 no teste de nível. Como o "
                "atelier de Londres exige o IELTS com nota 7, pediu para mudar do General English para o "
                "curso de preparação para o IELTS, de dez semanas, com início na mesma data. A agente "
                "confirmou a mudança e a diferença de preço, 640 libras.",
                [
                    ("Brightwater Language School, Inês speaking.",
                     "Olá Inês, é a Beatriz Carvalho outra vez. Já fiz o teste de nível."),
                    ("Olá Beatriz! E então?",
                     "Deu B2. Fiquei contente, sinceramente. Mas tenho uma novidade: o atelier quer o "
                     "IELTS. Com sete, nota sete no mínimo."),
                    ("Então talvez faça mais sentido o curso de preparação para o IELTS.",
                     "Era isso que eu ia perguntar. Posso mudar?"),
                    ("Pode. O curso de IELTS tem dez semanas em vez de oito, mas começa no mesmo dia.",
                     "Dez semanas. Está bem, melhor ainda. E o preço?"),
                    ("São mais seiscentas e quarenta libras.",
                     "Seiscentas e quarenta... pronto, é um investimento. Pode mudar."),
                    ("Está feito. Fica inscrita no IELTS, dez semanas.", "Perfeito. Obrigada!"),
                ],
                {"first_name": "Beatriz"},
            ),
            Call(
                LANGUAGE, 9, "pt", "Homestay and airport transfer",
                "The user, Beatriz Carvalho, called in Portuguese to confirm her homestay and arrival. She "
                "will stay with the Pearson family at 41 Ditchling Rise, who have a small dog and no cats, "
                "which she said is fine. Her flight from Porto lands at Gatwick at 13:40 on {+3}, and she "
                "booked the airport transfer for £75.",
                [
                    ("Brightwater Language School, Inês speaking.",
                     "Olá Inês, Beatriz Carvalho. Estou a ligar por causa da família e do voo."),
                    ("Olá! Já tenho a confirmação da família de acolhimento: fica com a família Pearson, no "
                     "41 Ditchling Rise.", "Pearson. E... têm animais? Por causa da alergia."),
                    ("Não têm gatos. Têm um cão pequeno, um terrier.",
                     "Ah, cães não há problema nenhum, adoro cães."),
                    ("Ótimo. Já tem o voo?",
                     "Sim, o TP 1334, do Porto, chega a Gatwick à uma e quarenta. Treze e quarenta."),
                    ("Quer o transfer do aeroporto? São setenta e cinco libras.",
                     "Quero, sim, não vou andar de comboio com duas malas."),
                    ("O motorista vai estar à sua espera com uma placa com o seu nome.",
                     "Perfeito. E a senhora Pearson, como se chama? Para eu lhe escrever."),
                    ("Chama-se Linda. Linda Pearson.", "Linda. Obrigada, Inês, até breve!"),
                ],
                analysis_items(
                    "Alojamento e transfer do aeroporto", "Transfer de Gatwick para a Beatriz", "{+3}",
                    "Beatriz Carvalho; família Pearson, 41 Ditchling Rise; voo TP1334 chega às 13:40; "
                    "transfer 75 libras", "none", first_name="Beatriz",
                ),
            ),
        ],
        questions=[
            Question(LANGUAGE, "Which course is Beatriz enrolled on?", ("IELTS",), ("General English",)),
            Question(LANGUAGE, "How many weeks is her course?", ("dez semanas",),
                     ("oito semanas", "eight-week", "8 semanas")),
            Question(LANGUAGE, "What is Beatriz allergic to?", ("gatos", "cats")),
            Question(LANGUAGE, "What score does she need?", ("nota 7", "nota sete")),
            Question(LANGUAGE, "Which level did her placement test give?", ("B2",)),
            Question(LANGUAGE, "What is her profession?", ("arquiteta",)),
            Question(LANGUAGE, "Which city does Beatriz come from?", ("Porto",)),
            Question(LANGUAGE, "Why does Beatriz need to learn English?", ("atelier em Londres",
                                                                            "proposta")),
            Question(LANGUAGE, "Which family is she staying with?", ("Pearson",)),
            Question(LANGUAGE, "What is Mrs Pearson's first name?", ("Linda",)),
            Question(LANGUAGE, "Do the Pearsons have any pets?", ("cão", "small dog", "terrier")),
            Question(LANGUAGE, "What time does her flight land?", ("13:40", "treze e quarenta",
                                                                   "uma e quarenta")),
            Question(LANGUAGE, "Which flight is she on?", ("TP1334", "TP 1334")),
            Question(LANGUAGE, "How much is the airport pickup?", ("£75", "setenta e cinco", "75 libras")),
            Question(LANGUAGE, "What is Beatriz's email address?", ("bia.carvalho@gmail.com",)),
            Question(LANGUAGE, "How will she recognise the driver?", ("placa",)),
            Question(LANGUAGE, "How much extra did the switch cost?", ("640", "seiscentas e quarenta")),
            Question(LANGUAGE, "What is Beatriz's passport number?", ()),
            Question(LANGUAGE, "What is the name of the London firm that offered her the job?", ()),
            Question(LANGUAGE, "What is the Pearsons' dog called?", ()),
            Question(LANGUAGE, "Which terminal does her flight land at?", ()),
            Question(LANGUAGE, "When does Beatriz fly home to Porto?", ()),
            Question(LANGUAGE, "What is Beatriz's date of birth?", ()),
        ],
    ),
    Caller(
        number="+447700900263",
        names=("Claire", "Ethan"),
        calls=[
            Call(
                DRIVING, 52, "en", "Block of driving lessons",
                "The user, Claire Doyle, called Clearway Driving School to book a block of ten lessons for "
                "her son Ethan, who is seventeen and passed his theory test last month. He will learn in a "
                "manual car. Lessons will be with Dave on Mondays and Thursdays at 3:45 PM, with pickup "
                "from Hollins Park College. Claire paid £320 for the block by card.",
                [
                    ("Clearway Driving School, good afternoon.",
                     "Hi there. I'm ringing for my son, he wants to learn to drive. Well, I want him to "
                     "learn to drive so I can stop being a taxi."),
                    ("Ha, we hear that a lot! Can I take your name and his?",
                     "I'm Claire Doyle, and he's Ethan. Ethan Doyle. He's seventeen."),
                    ("Has Ethan done his theory test yet?",
                     "Yes, passed it last month, first time. He was unbearable about it."),
                    ("Well done him. Manual or automatic?",
                     "Manual. His dad says if he learns in an automatic he'll never be able to drive the "
                     "van."),
                    ("We have a block of ten lessons for three hundred and twenty pounds.",
                     "Ten lessons for three twenty, yeah, let's do that."),
                    ("Dave has Mondays and Thursdays at quarter to four free. Where should he pick Ethan "
                     "up?", "From college, Hollins Park College, on Ashby Road. He finishes at half three."),
                    ("Perfect. Can I take a card for the block?", "Yes, hang on... okay. Gone through?"),
                    ("That's paid. Dave will text Ethan the night before his first lesson.",
                     "Oh, text this number, actually. We share it at the moment, his phone's broken. Long "
                     "story. Involves a trampoline."),
                ],
                analysis_items(
                    "Block booking of driving lessons", "", "",
                    "Claire Doyle; son Ethan Doyle, 17; theory test passed; manual; 10 lessons paid",
                    "finance", first_name="Claire",
                ),
            ),
            Call(
                DRIVING, 27, "en", "Practical test booked",
                "The user, Ethan Doyle, called to say he has booked his practical driving test at the "
                "Garretts Green test centre for {+34} at 8:12 AM. He asked Dave to use the lessons before "
                "then for test routes and roundabouts. He also asked to be picked up on Thursdays from "
                "Morrisons on Beacon Street, where he now works.",
                [
                    ("Clearway Driving School.",
                     "Hi, yeah, it's Ethan Doyle. I have lessons with Dave? My mum booked them."),
                    ("Hi Ethan. What can I do for you?",
                     "So I, er, I booked my practical. On the DVSA website. Is that, like, okay? Dave said "
                     "to wait but there weren't any dates for months."),
                    ("That's fine, lots of people do. When is it?",
                     "In about five weeks. At twelve minutes past eight in the morning. Eight twelve. "
                     "Garretts Green."),
                    ("Garretts Green, okay. Early one!", "I know. I'll have to get up at like six."),
                    ("I'll let Dave know so he can plan the lessons around test routes.",
                     "Yeah, and roundabouts. I'm rubbish at the big roundabout by the Asda. Like, properly "
                     "rubbish."),
                    ("He'll sort you out. Anything else?",
                     "Oh, yeah, on Thursdays can he pick me up from Morrisons instead? On Beacon Street. I "
                     "started working there Thursday afternoons."),
                    ("Morrisons on Beacon Street, Thursdays. Done.", "Cheers."),
                ],
                {"first_name": "Ethan"},
            ),
            Call(
                DRIVING, 5, "en", "Driving test moved",
                "The user, Claire Doyle, called because the DVSA cancelled Ethan's driving test due to "
                "examiner shortages. The new test is on {+20} at 2:27 PM at the same centre. Claire asked "
                "for a mock test with Dave the week before and confirmed Ethan will use Dave's car for the "
                "test. The agent booked a two-hour mock test for {+13}.",
                [
                    ("Clearway Driving School, good morning.",
                     "Morning, it's Claire Doyle, Ethan's mum. You'll never guess what."),
                    ("Oh dear, go on.",
                     "The DVSA have cancelled his test. Examiner shortage, they said. He was gutted."),
                    ("Oh no. Have they given him a new one?",
                     "Yes, thankfully not months away. It's in about three weeks, at two twenty-seven in "
                     "the afternoon. Same place, Garretts Green."),
                    ("Two twenty-seven, okay, I'll update Dave.",
                     "Can he do a mock test with Ethan the week before? A proper one, like the real thing."),
                    ("Yes, a two-hour mock. Dave's free a week before the test, at ten o'clock.",
                     "Great, book it. And he'll use Dave's car on the day, won't he? Not ours. Ours has a "
                     "cracked wing mirror."),
                    ("Yes, he'll use Dave's car, that's usual.", "Good. And do I pay for the test day "
                     "separately?"),
                    ("It's a double lesson rate, sixty-four pounds, paid on the day.", "Fine. Thanks, love."),
                ],
                analysis_items(
                    "Driving test rescheduled", "Mock test with Dave before the practical", "{+13}",
                    "Ethan Doyle; practical test at Garretts Green moved to 2:27 PM; uses the instructor's "
                    "car for the test", "none", first_name="Claire",
                ),
            ),
        ],
        questions=[
            Question(DRIVING, "What time is Ethan's driving test?", ("2:27", "two twenty-seven"),
                     ("8:12", "eight twelve")),
            Question(DRIVING, "Which test centre is Ethan's test at?", ("Garretts Green",)),
            Question(DRIVING, "Why was Ethan's first test cancelled?", ("examiner shortage",)),
            Question(DRIVING, "When did Claire last call about Ethan's test?", ("cancelled",)),
            Question(DRIVING, "How many lessons did Claire pay for?", ("ten lessons", "block of ten")),
            Question(DRIVING, "How much did the block of lessons cost?", ("£320", "three twenty")),
            Question(DRIVING, "Is Ethan learning in a manual or an automatic?", ("manual",)),
            Question(DRIVING, "Where does Dave pick Ethan up on Mondays?", ("Hollins Park",)),
            Question(DRIVING, "Where should Dave collect Ethan on Thursdays?", ("Morrisons",)),
            Question(DRIVING, "Which junction does Ethan struggle with?", ("roundabout",)),
            Question(DRIVING, "Whose car will Ethan use for the test?", ("Dave's car",
                                                                         "instructor's car")),
            Question(DRIVING, "What's damaged on the Doyles' own car?", ("wing mirror",)),
            Question(DRIVING, "What time is Ethan's mock test?", ("ten o'clock",)),
            Question(DRIVING, "How much does the test-day lesson cost?", ("sixty-four",)),
            Question(DRIVING, "Why does Ethan use his mum's number?", ("phone's broken",)),
            Question(DRIVING, "Has the lad cleared the written exam?", ("passed",)),
            Question(DRIVING, "What is Ethan's provisional licence number?", ()),
            Question(DRIVING, "What is Dave's surname?", ()),
            Question(DRIVING, "What is the name of Ethan's manager at Morrisons?", ()),
            Question(DRIVING, "What car does Dave teach in?", ()),
            Question(DRIVING, "What is Claire's email address?", ()),
        ],
    ),
    Caller(
        number="+447700900394",
        names=("Chloe",),
        calls=[
            Call(
                VENUE, 84, "en", "Wedding date booked",
                "The user, Chloe Bramwell, called Ashcombe Manor to book her wedding to Sam Okafor on "
                "September 12. They chose the Classic package, with the ceremony in the Orangery at 1 PM, "
                "90 day guests and 120 in the evening. Chloe will pay a deposit of £3,000 by bank transfer "
                "and the agent will send the contract to sign.",
                [
                    ("Ashcombe Manor, Harriet speaking.",
                     "Hi Harriet! It's Chloe, Chloe Bramwell, we came for the show-round at the weekend? "
                     "With Sam?"),
                    ("Oh hi Chloe, yes, of course! Did you two have a think?",
                     "We did, and we love it, we want to book. Is the twelfth of September still free?"),
                    ("Let me check... yes, the twelfth of September is free.",
                     "Oh my God. Okay. Book it, book it before someone else does."),
                    ("Which package were you thinking?",
                     "The Classic, I think. Ceremony in the Orangery, then the meal in the Long Hall."),
                    ("And what time would you like the ceremony?",
                     "One o'clock? That gives people time to get here from London."),
                    ("How many guests?", "Ninety for the day, and then about a hundred and twenty in the "
                     "evening."),
                    ("To hold the date we take a three thousand pound deposit.",
                     "Yep, I'll do a bank transfer today. Sam's already panicking about the spreadsheet."),
                    ("I'll email the contract over for you both to sign.",
                     "Amazing. Thank you so much, Harriet."),
                ],
                analysis_items(
                    "Wedding booking", "Chloe and Sam to sign the contract", "",
                    "Chloe Bramwell; fiancé Sam Okafor; wedding September 12; Classic package; ceremony in "
                    "the Orangery 1 PM; 90 day guests, 120 evening; deposit £3,000", "none",
                    first_name="Chloe",
                ),
            ),
            Call(
                VENUE, 41, "en", "Wedding planning: menu and band",
                "The user, Chloe Bramwell, called to go through the plans for her wedding at Ashcombe Manor "
                "on September 12. She chose the summer menu, with slow-roast lamb as the main course, a "
                "mushroom wellington for vegetarians and lemon tart for dessert. Her band, The Velvet Foxes, "
                "will play in the evening, and the agent explained that music must stop at 11:30 PM. Harriet "
                "will send an updated running order.",
                long_call(
                    [
                        ("Ashcombe Manor, Harriet speaking.",
                         "Hiya Harriet, it's Chloe Bramwell. Have you got a bit of time? I've got my list "
                         "out. It's long. Sorry."),
                        ("Of course, I've blocked out the afternoon for you! Where do you want to start?",
                         "Food, because Sam keeps asking. We tried the tasting menus and, um, we want the "
                         "summer one."),
                        ("Lovely. And for the main?",
                         "The lamb. The slow-roast lamb. Sam nearly cried, it was that good."),
                        ("And for your vegetarians?",
                         "The mushroom wellington. There's about fifteen veggies, I'll get you an exact "
                         "number."),
                        ("And dessert?", "Lemon tart. Definitely the lemon tart."),
                    ],
                    [
                        ("Is there anything about any guests we need to plan for?",
                         "Yes, loads. So, Sam's nan, Grace, she's in a wheelchair now. She'll need the "
                         "ramp, and a seat near the front for the ceremony, she'll want to see everything."),
                        ("We'll put her on the aisle in the front row, and the ramp's by the Orangery "
                         "door.", "Amazing. She's ninety-two and sharper than all of us."),
                        ("Any allergies?",
                         "My dad. Nuts. Properly, like, he carries two EpiPens. So nothing with nuts "
                         "anywhere near his plate, please."),
                        ("I'll flag it to the chef, his meal will be made separately.",
                         "Thank you. He'll still check everything, he's paranoid, but thank you."),
                        ("And you mentioned a dog at the show-round?",
                         "Pickle! Our cockapoo. We want him to bring the rings down the aisle. My sister "
                         "Jess will hand him over at the door."),
                    ],
                    [
                        ("And the band, The Velvet Foxes, they can load in through the kitchen yard from "
                         "five.", "Great. They'll want to know when they have to stop."),
                        ("Music has to finish at eleven thirty, that's our licence.",
                         "Half eleven, okay, I'll tell them. Sam's mates will be devastated."),
                        ("I'll send you an updated running order this week.",
                         "Perfect. Thank you, Harriet, honestly, you're a saint."),
                        ("Speak soon!", "Bye!"),
                    ],
                    acks=_VENUE_ACKS, talk=_VENUE_TALK, start=3, total=88,
                ),
                analysis_items(
                    "Wedding planning: menu and band", "Harriet to send the updated running order", "",
                    "Chloe Bramwell; wedding September 12; summer menu, slow-roast lamb; mushroom wellington "
                    "for vegetarians; lemon tart; band The Velvet Foxes; music ends 11:30 PM", "none",
                    first_name="Chloe",
                ),
            ),
            Call(
                VENUE, 8, "en", "Ceremony time and guest numbers",
                "The user, Chloe Bramwell, called to make changes to her wedding on September 12. The "
                "registrar can no longer do 1 PM, so the ceremony is moving to 2 PM, and the day guest "
                "numbers have gone up to 104. She asked about confetti and was told only biodegradable "
                "dried petals can be used, outside on the terrace.",
                [
                    ("Ashcombe Manor, Harriet speaking.",
                     "Hi Harriet, it's Chloe. Bit of a change, don't panic. Well, I'm panicking."),
                    ("Ha, go on.",
                     "The registrar's office rang, they can't do the early slot any more, they can do two. "
                     "So the ceremony's at two now. Two o'clock."),
                    ("Two o'clock is fine, I'll shift the drinks reception and the meal by an hour.",
                     "Thank you. And numbers. We're at a hundred and four for the day now. Sam's mum found "
                     "some cousins."),
                    ("A hundred and four still fits the Long Hall.",
                     "Phew. Last thing, can people throw confetti?"),
                    ("Only biodegradable dried petals, and only outside on the terrace.",
                     "Dried petals, okay. I'll get some cones made up."),
                ],
                {"first_name": "Chloe"},
            ),
        ],
        questions=[
            Question(VENUE, "What time is the wedding ceremony?", ("2 PM", "two o'clock"),
                     ("1 PM", "one o'clock")),
            Question(VENUE, "How many day guests are coming?", ("104", "hundred and four"),
                     ("90 day guests", "ninety for the day")),
            Question(VENUE, "How many evening guests are expected?", ("120", "hundred and twenty")),
            Question(VENUE, "What date is the wedding?", ("September 12", "twelfth of September")),
            Question(VENUE, "Who is Chloe marrying?", ("Sam",)),
            Question(VENUE, "Where will the ceremony take place?", ("Orangery",)),
            Question(VENUE, "Which package did Chloe book?", ("Classic",)),
            Question(VENUE, "How much is the deposit?", ("£3,000", "three thousand")),
            Question(VENUE, "What main course did they pick?", ("lamb",)),
            Question(VENUE, "What is the vegetarian option?", ("mushroom wellington",)),
            Question(VENUE, "Which dessert did Chloe choose?", ("lemon tart",)),
            Question(VENUE, "Which band is playing in the evening?", ("Velvet Foxes",)),
            Question(VENUE, "What time must the music stop?", ("11:30", "eleven thirty", "half eleven")),
            Question(VENUE, "What does Sam's nan Grace need on the day?", ("wheelchair", "ramp")),
            Question(VENUE, "What is Chloe's dad allergic to?", ("nuts",)),
            Question(VENUE, "Who will bring the rings down the aisle?", ("Pickle",)),
            Question(VENUE, "Which pooch is involved?", ("Pickle", "cockapoo")),
            Question(VENUE, "Who will hand Pickle over at the door?", ("Jess",)),
            Question(VENUE, "What can guests throw?", ("dried petals",)),
            Question(VENUE, "Why did the ceremony time change?", ("registrar",)),
            Question(VENUE, "What is the registrar's name?", ()),
            Question(VENUE, "How many bridesmaids will Chloe have?", ()),
            Question(VENUE, "What is Grace's surname?", ()),
            Question(VENUE, "Where are Chloe and Sam going on honeymoon?", ()),
            Question(VENUE, "What time do The Velvet Foxes start playing?", ()),
            Question(VENUE, "What is the name of Chloe's dad?", ()),
        ],
    ),
    Caller(
        number="+447700900618",
        names=("Marcus",),
        calls=[
            Call(
                PORTRAIT, 33, "en", "Newborn shoot enquiry",
                "The user, Marcus Webb, called Lightbox Portraits to book a newborn shoot at home. His "
                "partner Leah is due in about three weeks with a baby girl. The agent explained that newborn "
                "shoots are best within ten days of the birth and booked the Mini package, £195 for a "
                "one-hour session and ten edited images. Marcus will call when the baby arrives to fix the "
                "date.",
                [
                    ("Lightbox Portraits, this is Pip.",
                     "Hi Pip. Um, my partner's expecting, and she's really keen on those newborn photos, "
                     "the sleepy ones? I'm Marcus, Marcus Webb."),
                    ("Congratulations! When's the baby due?",
                     "Three weeks. Ish. Leah says three weeks, the midwife says whenever she's ready. It's "
                     "a girl."),
                    ("Lovely. Newborn shoots work best in the first ten days, when they're really sleepy.",
                     "Right, so we can't book a date yet."),
                    ("Exactly, we pencil you in and you call me when she arrives. I come to you, at home.",
                     "At home's better, Leah won't want to go anywhere."),
                    ("There's the Mini, a hundred and ninety-five, one hour and ten edited images, or the "
                     "Full, three hundred and forty-five, with the whole gallery.",
                     "Let's do the Mini for now. Money's a bit, you know, baby stuff."),
                    ("Mini it is. Just ring me when she's born.", "Will do. Thanks Pip."),
                ],
                {"first_name": "Marcus"},
            ),
            Call(
                PORTRAIT, 14, "en", "Newborn shoot date",
                "The user, Marcus Webb, called to say his daughter Rosie was born four days ago. The agent "
                "booked the newborn shoot at their flat in Wharf House, 22 Canal Street, on {+5} at 10 AM. "
                "Marcus asked if their greyhound Dash could be in some of the photos.",
                [
                    ("Lightbox Portraits, Pip speaking.",
                     "Pip! It's Marcus Webb. She's here! Rosie. Four days old."),
                    ("Oh congratulations! How are you all?", "Knackered. Happy. Mostly knackered."),
                    ("Let's get the shoot in. How about five days from now, at ten in the morning? She'll "
                     "still be nice and sleepy.",
                     "Ten's good, she feeds about nine, so she should be in a milk coma."),
                    ("What's the address?",
                     "Flat 4, Wharf House, 22 Canal Street. There's a visitor bay round the back."),
                    ("How do I get in?",
                     "There's a keypad on the main door, the code's 3 0 6 4, then come up to the second "
                     "floor, lift's on the left."),
                    ("Perfect. Anything special you'd like?",
                     "Can Dash be in some? Our greyhound. He's very gentle, he just lies next to her "
                     "basket all day."),
                    ("Absolutely, dog shots are my favourite.", "Great. See you then."),
                ],
                {"first_name": "Marcus"},
            ),
            Call(
                PORTRAIT, 3, "en", "Gallery upgrade and prints",
                "The user, Marcus Webb, called after seeing the proof gallery from Rosie's newborn shoot. He "
                "and Leah upgraded from the Mini package to the Full package for £150 more, so they get the "
                "whole gallery. They ordered an A3 framed print of Rosie with Dash and a small album for "
                "Leah's mum. The agent said the prints and album will be ready in about two weeks.",
                [
                    ("Lightbox Portraits, Pip speaking.",
                     "Hi Pip, Marcus. We've seen the proofs. Leah cried. I cried. Dash didn't cry but he "
                     "looks very handsome."),
                    ("Aw, I'm so glad! Have you picked your ten?",
                     "That's the thing, we can't. We want all of them. Can we upgrade to the Full?"),
                    ("Of course, it's the difference, a hundred and fifty.",
                     "Done. Worth it. And we want a print of the one with Dash lying next to her. A3, "
                     "framed. Black frame."),
                    ("A3 in a black frame, lovely. Anything else?",
                     "A little album for Leah's mum. Something she can show off at church."),
                    ("I'll do the small linen one. Prints and the album will be ready in about two weeks.",
                     "Brilliant. And the download link, can you send it to Leah? leah dot moran eighty-eight "
                     "at outlook dot com."),
                    ("leah.moran88@outlook.com, I'll send it today.", "Cheers Pip, you're a legend."),
                ],
                analysis_items(
                    "Gallery upgrade and print order", "Prints and album to be ready for Marcus", "",
                    "Marcus Webb; partner Leah; daughter Rosie; upgraded to Full package; A3 framed print; "
                    "album for Leah's mum", "health", first_name="Marcus",
                ),
            ),
        ],
        questions=[
            Question(PORTRAIT, "Which package do Marcus and Leah have?",
                     ("Full package", "upgrade to the Full"), ("Mini package", "the Mini")),
            Question(PORTRAIT, "What is the baby's name?", ("Rosie",)),
            Question(PORTRAIT, "What time was Rosie's newborn shoot?", ("10 AM", "ten in the morning")),
            Question(PORTRAIT, "What is the Webbs' greyhound called?", ("Dash",)),
            Question(PORTRAIT, "Any pets in the pictures?", ("Dash", "greyhound")),
            Question(PORTRAIT, "Where was the shoot?", ("Canal Street", "Wharf House")),
            Question(PORTRAIT, "Where should Pip park?", ("visitor bay",)),
            Question(PORTRAIT, "How does Pip get into the building?", ("keypad",)),
            Question(PORTRAIT, "Which floor is the flat on?", ("second floor",)),
            Question(PORTRAIT, "When does Rosie usually feed?", ("about nine",)),
            Question(PORTRAIT, "What size is the print they ordered?", ("A3",)),
            Question(PORTRAIT, "What colour frame did Marcus want?", ("black frame",)),
            Question(PORTRAIT, "Who is the album for?", ("Leah's mum",)),
            Question(PORTRAIT, "Where should the download link go?", ("leah.moran88@outlook.com",)),
            Question(PORTRAIT, "How much extra was the upgrade?", ("£150", "hundred and fifty")),
            Question(PORTRAIT, "What was Rosie's birth weight?", ()),
            Question(PORTRAIT, "What is Leah's mum's name?", ()),
            Question(PORTRAIT, "Which hospital was Rosie born in?", ()),
            Question(PORTRAIT, "How old is Dash?", ()),
            Question(PORTRAIT, "What is Pip's surname?", ()),
            Question(PORTRAIT, "What is Marcus's email address?", ()),
        ],
    ),
    Caller(
        number="+447700900731",
        names=("Harold",),
        calls=[
            Call(
                FLORIST, 66, "en", "Golden wedding anniversary roses",
                "The user, Harold Pemberton, called Bloom & Thistle to order fifty yellow roses for his "
                "golden wedding anniversary with his wife Joan, to be delivered to their home, Rowan "
                "Cottage, Fell Lane, on the morning of {+21}. He asked for no lilies because Joan reacts to "
                "the pollen. The front doorbell does not work, so the driver should use the side gate, code "
                "4719, and leave the flowers at the back door.",
                [
                    ("Bloom and Thistle, Morag speaking.",
                     "Good morning. Harold Pemberton here. I'd like to order some flowers for my wife. It's "
                     "our golden wedding, you see."),
                    ("Fifty years! Congratulations, Mr Pemberton.",
                     "Thank you. Fifty years in three weeks. I thought fifty roses. Yellow ones. She carried "
                     "yellow roses at the wedding."),
                    ("Fifty yellow roses, that'll be beautiful. Anything to go with them?",
                     "Some greenery, whatever you think. But no lilies. Joan can't be in a room with lilies, "
                     "the pollen sets her off something terrible."),
                    ("No lilies, I'll make a note. Delivery address?",
                     "Rowan Cottage, Fell Lane. It's the last house before the cattle grid."),
                    ("And on the day itself?",
                     "Yes, on the day, in the morning if you can. But the front doorbell doesn't work, so "
                     "your driver should come round by the side gate. The code is 4 7 1 9. Leave them at "
                     "the back door."),
                    ("Side gate, back door. And for the card?",
                     "To my Joan, fifty golden years. All my love, Harold."),
                    ("Lovely. That's ninety-five pounds with delivery.", "That's fine. I'll pay by card."),
                ],
                {"first_name": "Harold"},
            ),
            Call(
                FLORIST, 44, "en", "Monthly standing order",
                "The user, Harold Pemberton, called to say Joan loved the anniversary roses and to set up a "
                "monthly standing order: a bunch of freesias delivered on the first Friday of every month "
                "for £35, paid with the card on file. The agent set it up from next month.",
                [
                    ("Bloom and Thistle, good afternoon.",
                     "Hello, it's Harold Pemberton. I ordered the roses for our anniversary."),
                    ("Oh yes, Mr Pemberton! Did Joan like them?",
                     "She was over the moon. She cried. Then she told me off for spending money. Then she "
                     "cried again."),
                    ("Ha, that's the best reaction.",
                     "So I thought, why wait another fifty years. Could you send her flowers every month?"),
                    ("We can do a standing order. What would you like?",
                     "Freesias. She loves the smell of freesias. The mixed colours."),
                    ("Freesias on the first Friday of each month, thirty-five pounds a time?",
                     "First Friday. Yes, that's fine. Use the same card as before."),
                    ("Same address and same instructions, side gate and back door?",
                     "Yes, same as before. Thank you, dear."),
                ],
                analysis_items(
                    "Monthly flower standing order", "", "",
                    "Harold Pemberton; wife Joan; standing order of freesias on the first Friday of each "
                    "month, £35; delivery to Rowan Cottage, Fell Lane", "none", first_name="Harold",
                ),
            ),
            Call(
                FLORIST, 10, "en", "Sweet peas and a delivery to Hexham",
                "The user, Harold Pemberton, called to change the monthly standing order from freesias to "
                "sweet peas for the summer, as Joan prefers them now. He and Joan will be staying with their "
                "daughter Susan at 3 Mill Lane, Hexham for a month, so the next delivery should go there.",
                [
                    ("Bloom and Thistle, Morag speaking.",
                     "Hello Morag, Harold Pemberton. The freesias man."),
                    ("Hello Mr Pemberton! Everything all right?",
                     "Oh yes. But Joan says, now it's summer, could it be sweet peas instead? She's gone off "
                     "the freesias. Fickle woman."),
                    ("Sweet peas it is, while they're in season.",
                     "Lovely. And the next one, we won't be home. We're going to stay with our daughter, "
                     "Susan, for a month. She's just had her knee done and needs a hand."),
                    ("Where should it go?", "Three Mill Lane, Hexham. Susan's house."),
                    ("Three Mill Lane, Hexham, for next month's delivery.",
                     "Then back home after that. Thank you, dear."),
                ],
                {"first_name": "Harold"},
            ),
        ],
        questions=[
            Question(FLORIST, "Which flowers does Harold's standing order send?", ("sweet peas",),
                     ("freesias",)),
            Question(FLORIST, "Which flowers must never go to Joan?", ("lilies",)),
            Question(FLORIST, "Which blossom makes her sneeze?", ("lilies",)),
            Question(FLORIST, "How many roses did Harold order for the anniversary?", ("fifty yellow roses",
                                                                                      "fifty roses")),
            Question(FLORIST, "Why did Harold choose yellow roses?", ("carried yellow roses",)),
            Question(FLORIST, "How long have Harold and Joan been married?", ("fifty years",
                                                                             "golden wedding")),
            Question(FLORIST, "Where do Harold and Joan live?", ("Rowan Cottage",)),
            Question(FLORIST, "Where should the driver leave the flowers?", ("back door",)),
            Question(FLORIST, "How does the driver get round to the back?", ("side gate",)),
            Question(FLORIST, "Where should next month's delivery go?", ("Mill Lane",)),
            Question(FLORIST, "What did the anniversary card say?", ("fifty golden years",)),
            Question(FLORIST, "How much is each monthly delivery?", ("£35", "thirty-five")),
            Question(FLORIST, "Which day of the month do the flowers go out?", ("first Friday",)),
            Question(FLORIST, "Why are Harold and Joan staying with Susan?", ("knee",)),
            Question(FLORIST, "When did Harold last ring about the standing order?", ("sweet peas",)),
            Question(FLORIST, "What is Susan's phone number?", ()),
            Question(FLORIST, "What is Joan's date of birth?", ()),
            Question(FLORIST, "What type of card does Harold pay with?", ()),
            Question(FLORIST, "What is Susan's surname?", ()),
        ],
    ),
    Caller(
        number="+447700900855",
        names=("Aisha",),
        calls=[
            Call(
                PARTY, 26, "en", "Dinosaur party balloons",
                "The user, Aisha Rahman, called Pop & Party to order balloons for her son Yusuf's sixth "
                "birthday party on {+20}, with a dinosaur theme. She ordered a balloon arch in green and "
                "orange, a giant number 6 foil balloon, a T-rex foil balloon and twenty helium balloons, to "
                "be delivered and set up at St Barnabas church hall at 11 AM. The party runs from 1 to 3 PM. "
                "The total is £142 and she paid a £40 deposit.",
                [
                    ("Pop and Party, Kelly speaking!",
                     "Hi Kelly, um, I need balloons. Lots of balloons. It's for my son's birthday."),
                    ("Ooh, lovely! How old is he turning?",
                     "Six. Yusuf. He's turning six and he is obsessed with dinosaurs, like, obsessed."),
                    ("A dinosaur party! Do you want an arch?",
                     "Yes, an arch, green and orange, he said. He was very specific."),
                    ("And a big number six foil?", "Yes, the giant one. And do you have a T-rex? A foil "
                     "T-rex?"),
                    ("We do, a five-foot one.",
                     "Perfect. And twenty helium ones for the kids to take home."),
                    ("Where's the party?", "St Barnabas church hall, on Victoria Road. It's from one till "
                     "three."),
                    ("We'd deliver and set up at eleven. Will someone be there?",
                     "Probably not, I'll be at home making sandwiches. There's a key safe by the side door, "
                     "the code is 2 5 8 0. The caretaker's Phil, he knows you're coming."),
                    ("Lovely. That's a hundred and forty-two in total, forty deposit today.",
                     "Okay, card's here."),
                ],
                analysis_items(
                    "Dinosaur birthday balloon order", "Delivery and set-up at St Barnabas church hall",
                    "{+20}",
                    "Aisha Rahman; son Yusuf turning 6; dinosaur theme; arch green and orange; giant number "
                    "6, T-rex foil, 20 helium balloons; hall key safe 2580; caretaker Phil", "none",
                    first_name="Aisha",
                ),
            ),
            Call(
                PARTY, 15, "en", "Party theme change",
                "The user, Aisha Rahman, called to change Yusuf's party order: he has switched from "
                "dinosaurs to space, so the arch will be navy and silver and the T-rex foil is replaced by a "
                "rocket. She increased the helium balloons from twenty to thirty and asked for delivery at "
                "10:30 AM instead of 11 AM.",
                [
                    ("Pop and Party, Kelly speaking.",
                     "Hi Kelly, it's Aisha Rahman, the dinosaur party? Well. It's not a dinosaur party any "
                     "more."),
                    ("Oh no! What happened?",
                     "Space. He went to the planetarium with school and now it's all space. Dinosaurs are "
                     "for babies, apparently."),
                    ("Ha! Okay, so a space arch, navy and silver?",
                     "Yes, navy and silver. And can you swap the T-rex for a rocket?"),
                    ("We've got a lovely rocket foil. Anything else?",
                     "More helium ones, thirty, his whole class is coming now."),
                    ("Thirty. And still the same time for delivery?",
                     "Could you do half ten? The hall's ours from ten thirty and I want it all up before "
                     "the cake arrives."),
                    ("Half ten's fine.", "Brilliant. Sorry for being a nightmare."),
                ],
                {"first_name": "Aisha"},
            ),
            Call(
                PARTY, 2, "en", "Popped balloon and helium hire",
                "The user, Aisha Rahman, called after Yusuf's party to say the giant number 6 balloon popped "
                "on a ceiling heater in the hall before the guests arrived. The agent apologised and "
                "refunded £12.99 to her card. Aisha also reserved a helium canister for her sister's baby "
                "shower, to collect on {+5}.",
                [
                    ("Pop and Party, Kelly speaking.",
                     "Hi Kelly, it's Aisha. The party was amazing, thank you, the arch was gorgeous."),
                    ("Oh, so glad! How was the birthday boy?",
                     "Over the moon. But, um, the big number six popped. It drifted up onto one of those "
                     "heaters on the ceiling, bang, before anyone arrived."),
                    ("Oh no, I'm so sorry. Those heaters get everyone. I'll refund it, twelve ninety-nine "
                     "back on your card.", "Oh, you don't have to... well, thank you."),
                    ("Anything else I can help with?",
                     "Actually, yes. My sister's having a baby shower. Can I hire one of your helium "
                     "canisters? I'll blow them up myself."),
                    ("Of course. When do you want to collect?", "In five days, if that's okay?"),
                    ("I'll reserve one for you. It's a twenty-five pound deposit, returned when you bring "
                     "it back.", "Perfect. And pink and white balloons, the latex ones, fifty of them."),
                ],
                analysis_items(
                    "Refund for popped balloon and helium hire", "Aisha to collect a helium canister", "{+5}",
                    "Aisha Rahman; refund £12.99 for number 6 balloon; sister's baby shower; helium canister "
                    "hire", "finance", first_name="Aisha",
                ),
            ),
        ],
        questions=[
            Question(PARTY, "What theme is Yusuf's party?", ("space",), ("dinosaur theme",)),
            Question(PARTY, "What colours is the balloon arch?", ("navy and silver",), ("green and orange",)),
            Question(PARTY, "How many helium balloons did Aisha order?", ("thirty",), ("twenty helium",)),
            Question(PARTY, "What time should the balloons be delivered to the hall?", ("10:30", "half ten"),
                     ("11 AM", "at eleven")),
            Question(PARTY, "Where was Yusuf's party?", ("St Barnabas",)),
            Question(PARTY, "What time does the party run?", ("1 to 3 PM", "one till three")),
            Question(PARTY, "How does Kelly's team get into the hall if nobody's there?", ("key safe",)),
            Question(PARTY, "Who is the caretaker at the hall?", ("Phil",)),
            Question(PARTY, "Which decoration burst?", ("popped",)),
            Question(PARTY, "How much was refunded to Aisha?", ("12.99", "twelve ninety-nine")),
            Question(PARTY, "What is Aisha's sister celebrating?", ("baby shower",)),
            Question(PARTY, "What latex balloons does Aisha want for the shower?", ("pink and white",)),
            Question(PARTY, "Which foil balloon replaced the T-rex?", ("rocket",)),
            Question(PARTY, "Why did Yusuf go off dinosaurs?", ("planetarium",)),
            Question(PARTY, "How old did Yusuf turn?", ("turning six", "sixth")),
            Question(PARTY, "How much is the deposit on the canister?", ("twenty-five pound",)),
            Question(PARTY, "What was the total for the party order?", ("£142", "hundred and forty-two")),
            Question(PARTY, "What is Aisha's sister's name?", ()),
            Question(PARTY, "How many children came to Yusuf's party?", ()),
            Question(PARTY, "What is the postcode of St Barnabas church hall?", ()),
            Question(PARTY, "What flavour was Yusuf's birthday cake?", ()),
            Question(PARTY, "When is the baby due?", ()),
            Question(PARTY, "What is Phil's phone number?", ()),
        ],
    ),
    Caller(
        number="+447700900946",
        names=("Janet",),
        private_to={FUNERAL: ("Universal Credit", "Funeral Expenses Payment", "probate", "instalments",
                              "redundant")},
        calls=[
            Call(
                FUNERAL, 21, "en", "Father died at home",
                "The user, Janet Moss, called late in the evening to say her father, Ronald Moss, aged 84, "
                "had died at home at 27 Larch Road, Kendal. The out-of-hours doctor had verified the death "
                "and his carer was with him. Janet was driving up from Leeds. The agent arranged for the "
                "team to bring Ronald into their care within the hour.",
                [
                    ("Hartley and Sons, Michael speaking.",
                     "Hello, sorry, I know it's late. My dad's just died. I don't know what I'm supposed to "
                     "do."),
                    ("I'm so sorry. You've done the right thing calling us. Can I take your name?",
                     "Janet. Janet Moss. My dad's Ronald Moss. Ron. He was eighty-four."),
                    ("Where is your dad now, Janet?",
                     "At home. Twenty-seven Larch Road, in Kendal. The out-of-hours doctor's been, she's "
                     "done the, um, the verifying."),
                    ("Is anyone with him?",
                     "His carer, Bev. She found him. I'm in Leeds, I'm getting in the car now, it's two "
                     "hours."),
                    ("We can bring him into our care tonight, within the hour. Will Bev let us in?",
                     "She's got to go at ten, she's got another client. There's a key safe by the back "
                     "door, the carers use it. It's 1 9 5 2."),
                    ("We'll look after him, Janet. Drive carefully, and call us in the morning.",
                     "Thank you. Sorry. Thank you."),
                ],
                {"first_name": "Janet"},
            ),
            Call(
                FUNERAL, 19, "en", "Funeral arrangements for Ronald Moss",
                "The user, Janet Moss, called to arrange the funeral of her father, Ronald Moss. She chose a "
                "cremation at Parkside Crematorium with a civil celebrant, Anne Fell, leading the service, "
                "as her father was not religious. The service will be on {+22} at 11:30 AM. She chose an "
                "oak veneer coffin and one limousine for the family, and asked for the cortège to leave from "
                "her father's house. The agent will send an estimate.",
                long_call(
                    [
                        ("Hartley and Sons, Michael speaking.",
                         "Hi Michael, it's Janet Moss. Ron Moss's daughter. You said to ring when I was "
                         "ready to go through things. I think I'm ready. Ish."),
                        ("Of course, Janet. Take all the time you need. First, had your dad expressed any "
                         "wishes? Burial or cremation?",
                         "Cremation. He was very clear about that. He said he didn't want anyone having to "
                         "tend a grave."),
                        ("We'd usually use Parkside Crematorium. Would you like a religious service?",
                         "No. God, no, he'd haunt me. He wasn't religious at all. I'd like a celebrant, if "
                         "that's a thing."),
                        ("It is. Anne Fell is wonderful, she's led lots of services for us.",
                         "Anne Fell. Okay, yes, let's ask her."),
                        ("Parkside has a slot at half past eleven in about three weeks.",
                         "Half eleven's good. People can come from Leeds without leaving at dawn."),
                    ],
                    [
                        ("Would you like your dad dressed in anything particular?",
                         "His navy blazer. The one with the Ark Royal badge. He served on her, HMS Ark "
                         "Royal, in the sixties, he never shut up about it."),
                        ("That's lovely. And his wedding ring, should it stay with him?",
                         "Yes, leave his wedding ring on. Mum's been gone twelve years and he never took it "
                         "off. But his pocket watch, I'd like that back, please. It was his dad's."),
                        ("We'll return the pocket watch to you. Music for the service?",
                         "Nimrod going in. And coming out, Sailing. Rod Stewart. He'd sing it in the car, "
                         "badly. Every single time."),
                        ("Lovely choices. Will everyone be able to attend?",
                         "His brother Frank can't, he's in Perth. Australia, not Scotland. Can it be "
                         "filmed? Streamed?"),
                        ("Parkside does a webcast, I'll send Frank the link.",
                         "Oh, he'd be so grateful. He's eighty-one, he can't fly that far."),
                    ],
                    [
                        ("Let's choose the coffin. Most families go for oak veneer or solid oak.",
                         "Oak veneer. He'd say solid oak was a waste of a good tree."),
                        ("And cars for the family?",
                         "One limousine. It's just me, my two boys and my husband, Steve. And could the "
                         "cortège leave from Dad's house? Larch Road?"),
                        ("Yes, we can do that. I'll put an estimate together and send it to you.",
                         "Thank you, Michael. You've made this so much easier."),
                        ("You're doing really well, Janet.", "Don't be nice to me, I'll cry again."),
                    ],
                    acks=_FUNERAL_ACKS, talk=_FUNERAL_TALK, start=7, total=88,
                ),
                analysis_items(
                    "Funeral arrangements for Ronald Moss", "Michael to send the funeral estimate", "",
                    "Janet Moss; father Ronald Moss, 84; cremation at Parkside Crematorium; celebrant Anne "
                    "Fell; service 11:30 AM; oak veneer coffin; one limousine; cortège from 27 Larch Road",
                    "health", first_name="Janet",
                ),
            ),
            Call(
                FLORIST, 15, "en", "Funeral flowers for Dad",
                "The user, Janet Moss, called Bloom & Thistle to order funeral flowers for her father, Ron. "
                "She ordered a DAD letters tribute in white chrysanthemums edged with navy ribbon and a "
                "coffin spray of white roses, to be delivered to Hartley & Sons Funeral Directors by 10 AM "
                "on the morning of the funeral, {+18}. The card will read 'Fair winds, Dad. Love always, "
                "Janet, Steve and the boys.' The total is £260.",
                [
                    ("Bloom and Thistle, Morag speaking.",
                     "Hello. I need to order flowers for a funeral. My dad's."),
                    ("I'm so sorry for your loss. We'll take good care of it. What's your name?",
                     "Janet Moss. The funeral's with Hartley and Sons."),
                    ("We work with them a lot. What were you thinking?",
                     "The letters, D-A-D. In white. And something for the top of the coffin."),
                    ("White chrysanthemums for the letters? We could edge them in a ribbon colour.",
                     "Navy. He was in the Navy. Navy ribbon round the edge."),
                    ("That's a lovely touch. For the coffin, a spray of white roses?", "Yes. White roses."),
                    ("We'll deliver to Hartley and Sons by ten on the morning of the funeral.",
                     "Thank you. And the card, um: Fair winds, Dad. Love always, Janet, Steve and the boys."),
                    ("That's beautiful. It comes to two hundred and sixty pounds.", "That's fine."),
                ],
                {"first_name": "Janet"},
            ),
            Call(
                FUNERAL, 12, "en", "Funeral payment plan",
                "The user, Janet Moss, called about paying for her father's funeral. His bank account is "
                "frozen until probate is granted, and Janet, who receives Universal Credit, has applied to "
                "the DWP for a Funeral Expenses Payment. The agent agreed she can pay the balance of £3,840 "
                "in monthly instalments of £200 and waived the deposit. The crematorium has moved the "
                "service from 11:30 AM to 2:15 PM on the same day.",
                [
                    ("Hartley and Sons, Michael speaking.",
                     "Hi Michael, it's Janet Moss. I got the estimate, thank you. I need to, um, talk about "
                     "paying it. It's a bit awkward."),
                    ("Not awkward at all, Janet. What's on your mind?",
                     "Dad's account's frozen. The bank says until probate's done, and the solicitor says "
                     "that's months. And I'm, well, I'm on Universal Credit at the moment, since I was made "
                     "redundant."),
                    ("There's a Funeral Expenses Payment from the DWP that might help.",
                     "I've applied already. The form was about forty pages. But they said it can take weeks "
                     "to hear."),
                    ("We can let you pay the balance monthly. Would two hundred a month be manageable?",
                     "Two hundred a month. Yes. I think so. Yes."),
                    ("And we'll waive the deposit.", "Oh, Michael. Thank you. I was dreading this call."),
                    ("One more thing. Parkside have had to move us. The service is now at quarter past two, "
                     "same day.", "Quarter past two. Okay, that's actually better for the boys. I'll tell "
                     "everyone."),
                ],
                analysis_items(
                    "Funeral payment plan", "Janet to pay the balance in monthly instalments", "",
                    "Janet Moss; receives Universal Credit; applied for Funeral Expenses Payment; father's "
                    "account frozen until probate; balance £3,840 at £200 a month; service moved to 2:15 PM",
                    "finance", first_name="Janet",
                ),
            ),
        ],
        questions=[
            Question(FUNERAL, "What time is Ron's funeral service?", ("2:15", "quarter past two"),
                     ("11:30", "half past eleven", "half eleven")),
            Question(FUNERAL, "Is Ron being buried or cremated?", ("cremation",)),
            Question(FUNERAL, "Which crematorium is the service at?", ("Parkside",)),
            Question(FUNERAL, "Who is leading the service?", ("Anne Fell",)),
            Question(FUNERAL, "What should Ron be dressed in?", ("navy blazer",)),
            Question(FUNERAL, "Which ship did Ron serve on?", ("Ark Royal",)),
            Question(FUNERAL, "Should Ron's wedding ring stay with him?", ("wedding ring on",)),
            Question(FUNERAL, "What should be given back to Janet?", ("pocket watch",)),
            Question(FUNERAL, "What music plays as Ron is brought in?", ("Nimrod",)),
            Question(FUNERAL, "Which tune ends the ceremony?", ("Sailing",)),
            Question(FUNERAL, "Who will watch the funeral online?", ("Frank",)),
            Question(FUNERAL, "Where does Ron's brother Frank live?", ("Perth",)),
            Question(FUNERAL, "Which coffin did Janet choose?", ("oak veneer",)),
            Question(FUNERAL, "How many limousines are booked?", ("one limousine",)),
            Question(FUNERAL, "Where will the cortège leave from?", ("Larch Road",)),
            Question(FUNERAL, "Who was Ron's carer?", ("Bev",)),
            Question(FUNERAL, "How did the team get into Ron's house that night?", ("key safe",)),
            Question(FUNERAL, "How is Janet paying for the funeral?", ("instalments", "two hundred a month")),
            Question(FUNERAL, "What has Janet applied to the DWP for?", ("Funeral Expenses Payment",)),
            Question(FUNERAL, "Why can't Ron's bank account be used?", ("probate", "frozen")),
            Question(FUNERAL, "Who is Janet's husband?", ("Steve",)),
            Question(FUNERAL, "Where was Janet driving from?", ("Leeds",)),
            Question(FUNERAL, "How old was Ron?", ("eighty-four", "aged 84")),
            Question(FUNERAL, "What is the balance for the funeral?", ("£3,840",)),
            Question(FUNERAL, "What was Ron's date of birth?", ()),
            Question(FUNERAL, "Which hymn will be sung at the service?", ()),
            Question(FUNERAL, "What are the names of Janet's boys?", ()),
            Question(FUNERAL, "Which solicitor is handling the probate?", ()),
            Question(FUNERAL, "What did Ron die of?", ()),
            Question(FUNERAL, "What is Bev's surname?", ()),
            Question(FLORIST, "What does Janet's tribute spell out?", ("D-A-D", "DAD letters")),
            Question(FLORIST, "What colour ribbon edges the tribute?", ("navy ribbon",)),
            Question(FLORIST, "What does the card on Janet's flowers say?", ("Fair winds",)),
            Question(FLORIST, "Where should the funeral flowers be delivered?", ("Hartley",)),
            Question(FLORIST, "By what time must the funeral flowers arrive?", ("10 AM", "by ten")),
            Question(FLORIST, "What goes on top of the coffin?", ("white roses",)),
            Question(FLORIST, "How much were the funeral flowers?", ("£260", "two hundred and sixty")),
            Question(FLORIST, "How is Janet paying for the funeral?", ()),
            Question(FLORIST, "Is Janet receiving any benefits?", ()),
            Question(FLORIST, "Is Janet's father's estate waiting for probate?", ()),
            Question(FLORIST, "Has Janet lost her job?", ()),
        ],
    ),
    Caller(
        number="+447700900577",
        names=("Desmond",),
        calls=[
            Call(
                DRIVING, 38, "en", "Refresher driving lessons",
                "The user, Desmond Clarke, 71, called to book refresher driving lessons. He has held a "
                "licence for decades but has hardly driven, as his late wife Valerie did the driving, and he "
                "has bought an automatic Toyota Yaris. The agent booked two-hour lessons with Marion in his "
                "own car on Friday mornings at 10 AM, starting next week, with pickup from his home at 9 "
                "Orchard Close.",
                [
                    ("Clearway Driving School, good morning.",
                     "Ah, good morning. I wonder if you can help me. I'm, er, seventy-one and I need to get "
                     "my confidence back behind the wheel."),
                    ("Of course, we do a lot of refresher lessons. Can I take your name?",
                     "Desmond Clarke. Clarke with an E."),
                    ("How long since you drove regularly, Desmond?",
                     "Oh, years. My wife, Valerie, she always did the driving. She passed away in the "
                     "autumn, and, well, the buses out here are hopeless."),
                    ("I'm sorry to hear that. Do you have a car?",
                     "I've bought a little Toyota Yaris. An automatic, the chap at the garage said it'd be "
                     "easier. I've only driven it round the block."),
                    ("We can do the lessons in your own car, which is often best.",
                     "Yes, I'd prefer that, I need to learn this one."),
                    ("Marion does refresher lessons on Friday mornings, two hours, at ten.",
                     "Friday at ten. That suits me."),
                    ("Where should she pick you up?", "Nine Orchard Close. The bungalow with the blue door."),
                    ("Is there anything Marion should know?",
                     "Only that I'm a bit deaf on the right. But she'll be sitting on my left, so that's my "
                     "good side. Lucky, really."),
                    ("Noted. Marion will see you next week.", "Thank you very much. I feel better already."),
                ],
                {"first_name": "Desmond"},
            ),
            Call(
                DRIVING, 11, "en", "Lesson day change and motorway lesson",
                "The user, Desmond Clarke, called after four refresher lessons with Marion to move them from "
                "Friday mornings to Wednesday afternoons at 2 PM, because he has joined a bowls club that "
                "plays on Fridays. He also booked a motorway lesson on the M6 for {+14}. The agent confirmed "
                "both.",
                [
                    ("Clearway Driving School.",
                     "Good afternoon, it's Desmond Clarke. Marion's been taking me out on Fridays."),
                    ("Hello Desmond, how are you finding it?",
                     "Much better than I feared. Four lessons in and I drove to the big Tesco on my own. "
                     "Felt like I'd climbed Everest."),
                    ("That's brilliant. What can I do for you?",
                     "Well, I've joined the bowls club, and they play on Fridays, first thing. Could we "
                     "move my lessons to Wednesday? Afternoons?"),
                    ("Marion has Wednesdays at two o'clock.", "Two o'clock Wednesday. Lovely."),
                    ("Anything else?",
                     "Marion thinks I should try the motorway. I'm terrified, to be honest. But Valerie "
                     "would have laughed at me for being scared, so let's do it."),
                    ("We can do a motorway lesson on the M6 in a fortnight. Marion will collect you at half "
                     "past one.", "Half past one. I'll be ready with my flask."),
                ],
                analysis_items(
                    "Lesson day change and motorway lesson", "Motorway lesson on the M6 with Marion",
                    "{+14}",
                    "Desmond Clarke; Toyota Yaris automatic; lessons now Wednesdays 2 PM with Marion; "
                    "joined a bowls club", "none", first_name="Desmond",
                ),
            ),
        ],
        questions=[
            Question(DRIVING, "When are Desmond's lessons now?", ("Wednesday",), ("Friday mornings",)),
            Question(DRIVING, "What car does Desmond drive?", ("Yaris",)),
            Question(DRIVING, "Who used to do the driving in Desmond's house?", ("Valerie",)),
            Question(DRIVING, "Where does Marion pick Desmond up?", ("Orchard Close",)),
            Question(DRIVING, "Any hearing trouble?", ("deaf",)),
            Question(DRIVING, "What time will Marion collect Desmond for the motorway lesson?",
                     ("half past one",)),
            Question(DRIVING, "Which motorway will Desmond practise on?", ("M6",)),
            Question(DRIVING, "Why did Desmond move his lessons?", ("bowls",)),
            Question(DRIVING, "Where did Desmond drive to by himself?", ("Tesco",)),
            Question(DRIVING, "How long is each of Desmond's lessons?", ("two hours", "two-hour")),
            Question(DRIVING, "How old is Desmond?", ("seventy-one", "71")),
            Question(DRIVING, "What colour is Desmond's front door?", ("blue door",)),
            Question(DRIVING, "What is Desmond's licence number?", ()),
            Question(DRIVING, "Which bowls club has Desmond joined?", ()),
            Question(DRIVING, "What colour is Desmond's Yaris?", ()),
            Question(DRIVING, "What is Marion's surname?", ()),
            Question(DRIVING, "Which garage sold Desmond the Yaris?", ()),
        ],
    ),
]  # fmt: skip
