"""Answers to the questions that verify a caller: a first pet, the street grown up on, a maiden name.

An answer is a name or a word like any other ("Biscuit", "Maple Avenue"); what makes it a secret is
the question it answers, which the caller names ("my first dog was called Biscuit", "Holy Cross, that
was my first school") or describes ("the security question, the name of my first dog, Briciola"), or
the words that say it is the answer ("la respuesta es Valladolid"). The questions are the ones banks
and portals ask, in the six languages; a maiden name is read with the passwords' cues
(``sensitive_passwords``), a question the caller repeats before answering it as a reply
(``sensitive_replies``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A security question described, then answered: "the security question, the name of my first dog,
# Briciola"; the answer is the clause after the last comma, a few words, a name ("sorry" is no answer).
_SECURITY_QUESTION = re.compile(
    r"(?i:\b(?:security (?:question|answer)|secret (?:question|answer)|"
    r"(?:pregunta|respuesta) (?:de seguridad|secreta)|"
    r"(?:question|réponse) (?:secrète|de sécurité)|sicherheitsfrage|sicherheitsantwort|geheimfrage|"
    r"(?:domanda|risposta) (?:di sicurezza|segreta)|(?:pergunta|resposta) (?:de segurança|secreta))\b)"
    r"[^.;!?\n]*(?:[,:]|\b(?i:answer|respuesta|réponse|antwort|risposta|resposta)"
    r" (?i:is|es|est|ist|è|é)\b)\s*"
    r"(?:(?i:that['\u2019]s|it['\u2019]s|es|c['\u2019]est|das ist|ist|è|é)\s+)?"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,2})\s*(?=[.;!?]|$)"
)
# A question stated, then its answer: "la pregunta es el nombre de mi colegio, y la respuesta es Sagrado
# Corazón", "the question is my first school and the answer is St Mary's", "la question c'est la ville de
# naissance de mon père, et c'est Châteauroux": what a verification asks, whatever the question.
_QUESTION_THEN_ANSWER = re.compile(
    r"(?i:\b(?:the question|la pregunta|la question|die frage|la domanda|a pergunta)\b)"
    r"(?i:\s+(?:is|es|est|c['\u2019]est|ist|è|é|was|era|war))[^.;!?\n]{3,80}?,?\s*"
    r"(?i:(?:and|y|et|und|e)\s+)"
    r"(?:(?i:the answer|la respuesta|la réponse|die antwort|la risposta|a resposta)\s+"
    r"(?i:is|es|est|ist|è|é|was|era|war)|(?i:c['\u2019]est|it['\u2019]s|es|ist|è|é))\s+"
    r"(?P<value>[^\W\d_][^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,3}?)(?=\s*(?:[.,;!?]|$))"
)
# The answer given as such, a name or a place, before or after the words that say so: "la respuesta es
# Valladolid", "Just put Fenwick, that's the answer", "Pode pôr Eulália, é a resposta que eu cadastrei"
# ("the answer is no" is none: a capital begins it).
# ... also as the caller set it, or as it is on file: "the answer you've got on file should be
# Rumpelstiltskin", "la respuesta que puse es Villarrobledo", "la réponse que j'ai mise, normalement c'est"
# (not what someone else gave: "the answer they gave me was Tuesday").
_SET_BY = (
    r"(?:that |which )?(?:i|we)(?:['\u2019]ve| have| had)? (?:put|gave|set|chose|used|picked)(?: down| in)?|"
    r"you(?:['\u2019]ve| have) (?:got )?(?:on file|down)|on file|"
    r"que (?:puse|di|elegí)|que j['\u2019]ai (?:mise?|donnée?|choisie?)|che ho (?:messo|dato|scelto)|"
    r"que (?:eu )?(?:pus|coloquei|dei|escolhi)"
)
_HEDGE = r"(?:,?\s*(?:normally|probably|i think|normalement|je crois|normalmente|creo|penso|acho))?,?"
_THE_ANSWER = (
    rf"(?:the|my) answer(?: (?:{_SET_BY}))?{_HEDGE}(?:['\u2019]s| is| was| would be| should be)|"
    rf"la respuesta(?: (?:{_SET_BY}))?{_HEDGE} (?:es|era)|"
    rf"la réponse(?: (?:{_SET_BY}))?{_HEDGE} (?:c['\u2019]est|est)|die antwort (?:ist|war)|"
    rf"la risposta(?: (?:{_SET_BY}))?{_HEDGE} (?:è|era)|a resposta(?: (?:{_SET_BY}))?{_HEDGE} (?:é|era)"
)
# A street or a school named with its kind first, in lower case: "rue des Tanneurs", "via dei Mille", "la
# scuola elementare Giovanni Pascoli", "escola primária do Bonfim" (the answers to where one grew up
# and the first school).
_PLACE_NAMED = (
    r"(?i:(?:the|la|le|l['\u2019]|el|il|a|o|die)\s*)?"
    r"(?i:rue|via|rua|calle|avenida|avenue|strada|street|école|escola|colegio|escuela|scuola|school)"
    r"(?:\s+(?i:primária|primaire|primaria|elementare|primary|de|del|des|dei|della|delle|degli|das|dos|do|da|di|du|of))"
    r"{0,2}\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*){0,2}"
)
_A_PLACE_NAMED = re.compile(_PLACE_NAMED)
_ANSWER_SAID = re.compile(
    rf"(?i:\b(?:{_THE_ANSWER}))[\s,:]+"
    rf"(?P<value>{_PLACE_NAMED}|(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*){{0,2}})"
    r"|(?P<before>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*){0,2}),\s+"
    r"(?:(?i:that['\u2019]s|that is|c['\u2019]est|es|è|é|das ist|it['\u2019]s)\s+(?i:ça\s+|that\s+)?"
    r"(?i:the|my|la|a|die|ma|mi|la mia|a minha|meine) "
    r"(?i:answer|respuesta|réponse|risposta|resposta|antwort)\b"
    r"(?!\s+(?i:to|for)\b)"  # "that's the answer to most things": a saying
    # "Pipoca, a resposta é essa", "Tobermory, that's what I used"
    r"|(?i:the|la|a|die) (?i:answer|respuesta|réponse|risposta|resposta|antwort) "
    r"(?i:is|es|est|è|é|ist) (?i:that one|esa|ça|quella|questa|essa|esta|die)\b"
    r"|(?i:that['\u2019]s|c['\u2019]est|es|è|é) (?i:what i (?:used|put|gave|chose)|ce que j['\u2019]ai mis|"
    r"lo que puse|quello che ho messo|o que eu pus))"
    # "Metta pure Birillo come risposta", "put Rumpole as the answer"
    r"|(?P<as>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*){0,2})\s+"
    r"(?i:as (?:the|my) answer|como (?:la )?respuesta|comme réponse|come risposta|como resposta|"
    r"als antwort)\b"
)
# The answer named as the secret it is, whatever its case: "the secret answer is blue Ford Cortina", "the
# memorable date is the fourteenth of July 1998", "la respuesta secreta es almendro".
_SECRET_ANSWER_SAID = re.compile(
    r"(?i:\b(?:(?:security|secret|memorable) (?:answer|word|date|place)(?:['\u2019]s| is| was)|"
    r"(?:respuesta|palabra) (?:secreta|de seguridad) (?:es|era)|"
    r"(?:réponse|mot) (?:secrète?|de sécurité),? (?:c['\u2019]est|est|était)|"
    r"(?:sicherheitsantwort|geheimantwort|merkwort) (?:ist|war)|"
    r"(?:risposta|parola) (?:segreta|di sicurezza) (?:è|era)|"
    r"(?:resposta|palavra) (?:secreta|de segurança) (?:é|era))"
    r"[\s,:]+)(?:(?i:um+|uh+|eh+|euh|äh)[\s,]+)?(?:(?i:the|el|la|le|il|o|a|der|die|das)\s+)?"
    r"(?P<value>[^\W_][^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,4}?)(?=\s*(?:[.,;!?]|$))"
)
# The questions banks and portals ask to verify a caller, named in the caller's answer ("my first dog
# was called Biscuit", "la calle donde crecí se llamaba Olmos"): a first pet, car, school or teacher,
# the street grown up on, a birthplace named as such are secrets wherever they are said; a favourite is
# one only after the call names a security question (a restaurant should remember a favourite dish).
# A parent or grandparent, whose birthplace a bank may ask for, in the six languages.
_KIN = (
    r"(?:dad|father|mum|mom|mother|grand(?:father|mother|pa|ma|dad)|gran|nan|nana|granny|grand-p[èe]re|"
    r"grand-m[èe]re|p[èe]re|m[èe]re|padre|madre|abuel[oa]|vater|mutter|opa|oma|gro(?:ß|ss)(?:vater|mutter)|"
    r"nonn[oa]|pai|mãe|av[ôó])"
)
_FIRSTS = (
    r"(?:very )?first (?:pet|dog|cat|car|school|teacher|boss|job|love)(?:['\u2019]s name)?|"
    r"childhood (?:nickname|friend|hero|pet)|apodo de (?:la )?infancia|surnom d['\u2019]enfance|"
    r"spitzname (?:als kind|aus der kindheit)|soprannome d['\u2019]infanzia|apelido de infância|"
    r"(?:grand)?(?:mother|father|mum|dad)['\u2019]s (?:first|middle) name|"
    r"(?:the )?street (?:i|we) grew up (?:on|in)|"
    # the other questions banks ask, in each language: where the parents met, the hospital of birth,
    # the best friend as a child, a mother's name before she married, a favourite teacher
    r"(?:city |town |place )?where (?:my|your) parents met|hospital (?:i was born in|where i was born)|"
    r"(?:childhood best|best childhood) friend|"
    # a mother's name before she married, said in other words: "mum's surname before she got married",
    # "maiden name on my mum's side"
    r"(?:mother|mum|mom)['\u2019]s (?:sur)?name before she (?:got )?married|"
    r"maiden name on my (?:mother|mum|mom)['\u2019]s side|"
    # the street of one's childhood: "la rue de mon enfance", "la calle de mi infancia"
    r"street of my childhood|my childhood street|rue de mon enfance|calle de mi infancia|"
    r"via della mia infanzia|rua da minha infância|straße meiner kindheit|"
    r"favou?rite teacher|(?:year one|first[- ]grade|kindergarten|infant school) teacher|"
    # the teacher of the first class: "ma maîtresse de CP", "la mia maestra delle elementari"
    r"(?:maître|maîtresse|instituteur|institutrice) (?:de|du|en) (?:cp|maternelle)|"
    r"maestr[ao] (?:delle elementari|di prima elementare|dell['\u2019]asilo)|"
    r"(?:maestra?|profesora?) de (?:primero de primaria|infantil)|"
    r"professora? (?:do|da) (?:primeira série|primeira classe|pré-escola)|"
    r"ciudad donde se conocieron (?:mis|tus|sus) padres|hospital (?:donde|en el que) nací|"
    r"mejor amig[oa] de (?:la )?infancia|(?:profesora?|maestr[oa]) favorit[oa]|"
    r"ville où (?:mes|vos|tes) parents se sont rencontrés|hôpital où je suis née?|"
    r"meilleure? ami[e]? d['\u2019]enfance|(?:professeure?|instituteur|institutrice|maîtresse) préférée?|"
    r"wo (?:haben )?sich meine eltern kennengelernt(?: haben)?|"
    r"krankenhaus,? in dem ich geboren (?:bin|wurde)|"
    r"kindheitsfreund(?:in)?|lieblingslehrer(?:in)?|"
    r"città (?:dove|in cui) si sono conosciuti i miei genitori|ospedale (?:dove|in cui) sono nat[oa]|"
    r"migliore amic[oa] d['\u2019]infanzia|(?:insegnante|maestr[ao]|professor(?:e|essa)) preferit[oa]|"
    r"cidade onde (?:os )?(?:meus|seus) pais se conheceram|hospital onde nasci|"
    r"melhor amig[oa] de infância|professora? (?:preferid[oa]|favorit[oa])|"
    r"(?:mi )?(?:primer|primera) (?:mascota|perro|perra|gato|gata|coche|carro|colegio|escuela|profesora?|"
    r"maestra?|trabajo)|calle (?:donde|en la que) (?:crecí|me crié)|"
    r"(?:mon |ma )?(?:premier|première) (?:animal(?: de compagnie)?|chien|chienne|chat|chatte|voiture|école|"
    r"professeure?|instituteur|institutrice|maîtresse|emploi)|rue où j['\u2019]ai grandi|"
    r"(?:mein |meine )?erste[rsn]? (?:haustier|hund|hündin|katze|kater|auto|wagen|schule|lehrer|lehrerin)|"
    r"straße,? in der ich aufgewachsen bin|"
    r"(?:il mio |la mia )?(?:primo|prima) (?:animale(?: domestico)?|cane|gatto|gatta|macchina|auto|scuola|"
    r"insegnante|maestra|maestro|lavoro)|via (?:dove|in cui) sono cresciut[oa]|"
    r"(?:o meu |a minha )?(?:primeiro|primeira) (?:animal(?: de estimação)?|bich(?:o|inho)(?: de estimação)?|"
    r"cão|cachorro|cadela|gato|gata|"
    r"carro|escola|professora?|emprego)|rua onde cresci|"
    # a birthplace named as a form names it ("city of birth", "ville de naissance"), the caller's or a
    # parent's or grandparent's ("city where my dad was born", "la città natale di mia nonna"); "I was
    # born in Aberdeen" is small talk, and stays (the development corpora count it among the controls)
    rf"(?:city|town|place) (?:i was born in|where i was born|of (?:my )?birth|(?:where )?my {_KIN} was born"
    r"(?: in)?)|birthplace|place of birth|"
    rf"ciudad (?:natal|de nacimiento|donde naci[óo])(?: (?:de )?mi {_KIN})?|lugar de nacimiento|"
    r"(?:ville (?:natale|de naissance|où je suis née?)|lieu de naissance)"
    rf"(?: (?:de|d['\u2019]) ?(?:mon|ma) {_KIN})?|"
    rf"(?:geburtsort|geburtsstadt)(?: (?:meines|meiner) {_KIN}s?)?|"
    rf"(?:città natale|(?:città|luogo) di nascita)(?: (?:di|del|della) (?:mio |mia )?{_KIN})?|"
    rf"città (?:dove|in cui) (?:sono nat[oa]|è nat[oa] (?:mio|mia) {_KIN})|"
    rf"cidade (?:natal|de nascimento|onde nasci|onde nasceu)(?: d[oa] (?:meu|minha) {_KIN})?|"
    rf"cidade onde (?:eu nasci|(?:o |a )?(?:meu|minha) {_KIN} nasceu)"
)
_IN_CONTEXT = (
    r"favou?rite (?:team|food|dish|book|film|movie|colou?r|band|singer|place)|best friend|"
    r"(?:equipo|comida|libro|película|color) favorit[oa]|mejor amig[oa]|"
    r"(?:équipe|plat|livre|film|couleur) préférée?|meilleure? ami[e]?|"
    r"lieblings(?:verein|mannschaft|essen|buch|film|farbe)|beste[rn]? freund(?:in)?|"
    r"(?:squadra|cibo|piatto|libro|film|colore) (?:del cuore|preferit[oa])|migliore amic[oa]|"
    r"(?:time|clube|comida|livro|filme|cor) (?:do coração|favorit[oa]|preferid[oa])|melhor amig[oa]"
)
_SECURITY_CONTEXT = re.compile(
    r"(?i:\b(?:security|secret|memorable|verification|identity) (?:question|answer|word)|"
    rf"(?:{_IN_CONTEXT}) question|"
    r"(?:pregunta|respuesta) (?:de seguridad|secreta)|(?:question|réponse) (?:secrète|de sécurité)|"
    r"sicherheits(?:frage|antwort)|geheimfrage|(?:domanda|risposta) (?:di sicurezza|segreta)|"
    r"(?:pergunta|resposta) (?:de segurança|secreta))"
)
# What begins no answer: "my first car was not reliable", "the security question, I forgot it".
_NOT_AN_ANSWER = re.compile(
    r"(?i:not|no|never|the|same|too|nicht|kein|pas|plus|que|qui|che|dass|my|your|mi|mon|ma|mein|meine|meu|"
    r"minha|i|i['\u2019](?:m|ve|d)|we|you|it|yo|je|j['\u2019]ai|ich|io|eu|sorry|wrong|incorrect|yes|sí|si|oui|"
    r"ja|sì|sim|maybe|"
    # a pronoun after the verb ("Hansi hieß er"): the name was said before it ("Ella" may be a name)
    r"he|she|they|him|her|er|sie|es|il|elle|lui|lei|ele|ela|él)"
)
_ANSWER_VERB = (
    r"was called|is called|was named|is named|was|is|were|se llamaba|se llama|era|es|fue|s['\u2019]appelait|"
    r"s['\u2019]appelle|c['\u2019]était|était|est|hieß|heißt|war|ist|si chiamava|si chiama|era|è|"
    r"(?:se )?chamava(?:-se)?|chama-se|é|foi"
)

# The answer's verb with what may come before it: "that'd be", "the answer's".
_ANSWER_LEAD = (
    r"that['\u2019]d be|that would be|that['\u2019]ll be|it['\u2019]ll be|that was|that['\u2019]s|"
    r"it['\u2019]s|it was|c['\u2019]est|"
    rf"{_THE_ANSWER}|{_ANSWER_VERB}"
)


# The clause that says whose first it was, between the question and its answer: "the first dog we had
# was", "el primer colegio al que fui, el", "il primo cane che abbiamo avuto era", "le premier animal
# qu'on a eu, c'est"; only a first person's past, so "the first school that opens" is no question.
_WHOSE_FIRST = (
    r"(?:that |which )?(?:i|we) (?:ever )?(?:had|owned|went to|attended|drove|got)|"
    r"que (?:tuve|tuvimos|tenía|teníamos)|(?:al|a la) que fui|"
    r"qu['\u2019](?:on a|j['\u2019]ai|nous avons) eue?|que j['\u2019]ai eue?|où je suis allée?|"
    r"che (?:ho|abbiamo) (?:avuto|fatto|frequentato)|"
    r"(?:den|die|das) (?:ich|wir) (?:hatte|hatten|besucht habe)|"
    r"que (?:tive|tivemos)|onde (?:estudei|andei)"
)


def _security_answer(first: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?i:\b(?:{first})\b)(?:\s+(?i:name|nombre|nom|nome))?"
        # whose first it was, then the answer ("il primo cane che abbiamo avuto era Fagiolo")
        rf"(?:\s+(?i:{_WHOSE_FIRST})\b[\s,:]*(?:(?i:{_ANSWER_LEAD})\b[\s,:]*)?"
        r"|(?:\s+(?i:question|pregunta|frage|domanda|pergunta))?"  # "for the first school question, it's"
        # "il mio piatto preferito, per la domanda di sicurezza, è": a clause between, then the verb;
        # else the answer right after ("Favourite teacher, Mr Hargreaves, in year six"), else after
        # a clause ("first pet, a goldfish, Bubbles")
        rf"(?:\s*,[^,.;!?\n]{{1,40}},\s*(?i:{_ANSWER_LEAD})\b[\s,:]*"
        rf"|[\s,:]*(?:(?i:{_ANSWER_LEAD})\b[\s,:]*|:\s*|,\s*)"
        r"|\s*,[^,.;!?\n]{1,40},\s*))"
        r"(?:(?i:um+|uh+|eh+|euh|äh|hm+)[\s,]+)?"
        r"(?:(?i:a|an|the|un|una|une|le|la|el|il|lo|o|um|uma|der|die|das|ein|eine|called|named)\s+)?"
        r"(?P<value>[\"\u201c'\u2018]?[^\W\d_][^\s.,;!?\"\u201d]*(?:\s+[^\s.,;!?\"\u201d]+){0,3}?[\"\u201d'\u2019]?)"
        r"(?=\s*(?:[.,;!?]|$|\b(?i:and|but|y|pero|et|mais|und|aber|e|ma|mas)\b))"
    )


# Once a security question is named, what something "was called" is its answer ("era un cane, si
# chiamava Briciola").
_CALLED = re.compile(
    r"(?i:\b(?:called|named|namens|llamad[oa]|se llamaba|se llama|s['\u2019]appel(?:ait|le)|"
    r"si chiama(?:va)?|chamad[oa]|se chamava|chamava-se|hieß|heißt)\s+"
    r"(?:(?:him|her|it|them)\s+)?)"  # "we called him Captain Bubbles"
    r"(?P<value>[^\W\d_][^\s.,;!?]*(?:\s+[^\s.,;!?]+){0,2}?)(?=\s*(?:[.,;!?]|$))"
)
_GERMAN_PUT = r"genommen|gewählt|angegeben|eingegeben|eingetragen|reingeschrieben|hingeschrieben"
# What the caller set as the answer to a question named before it in the sentence ("they asked what
# city I was born in, I set it to Wolverhampton", "la ciudad donde nació mi padre, puse Albacete",
# "alla domanda sulla mia squadra del cuore ho risposto Sampdoria").
_ANSWER_SET = re.compile(
    rf"(?i:\b(?:{_FIRSTS}|{_IN_CONTEXT}|question|pregunta|frage|domanda|pergunta|réponse|antwort|respuesta|"
    rf"risposta|resposta)\b)[^.;!?\n]{{0,60}}?"
    r"(?i:\b(?:i(?:['\u2019]d| would)? (?:have )?"
    # a hedge between: "so I probably just put Nova", "I think I put Rex"
    r"(?:(?:probably|just|think i|guess i|must have|might have|may have)\s+){0,2}"
    r"(?:put|set it to|set|chose|said|answered|went with|picked)|"
    r"i(?:['\u2019]ve| have| always| usually) (?:put|used|use)|i use|puse|elegí|respondí|contesté|"
    r"j['\u2019](?:ai|avais) (?:mis|répondu|choisi)|j['\u2019]ai dû mettre|ho (?:risposto|messo|scelto)|"
    r"(?:eu )?(?:pus|"
    # German says what it put with its verb last: "hab ich Quedlinburg angegeben", "ich hab glaub ich
    # nur Kadett eingegeben", not "hab ich gestern per Mail geschickt"
    rf"(?:(?:habe|hab) ich|ich (?:habe|hab))(?=(?:\s+[^\s.,;!?]+){{1,4}}\s+(?:{_GERMAN_PUT})\b)|"
    r"coloquei|respondi|escolhi))\b)\s+(?:(?i:the|el|la|le|il|lo|o|a|der|die|das)\s+)?"
    r"(?P<value>[^\W\d_][^\s.,;!?]*(?:\s+[^\s.,;!?]+){0,3}?)"
    rf"(?=\s*(?:[.,;!?]|$|\b(?i:{_GERMAN_PUT}|and|but|y|et|und|e|ma|mas)\b))"
)
# A street or a school the caller put, as one puts an answer: "J'ai mis l'école Jules Ferry", "Ho messo
# la scuola elementare Giovanni Pascoli", "Pus a escola primária do Bonfim".
_PLACE_PUT = re.compile(
    r"(?i:\b(?:i put|i(?:['\u2019]d| would) have put|j['\u2019]ai mis|ho messo|(?:eu )?pus|puse|coloquei)\s+)"
    rf"(?P<value>{_PLACE_NAMED})"
)
# The answer said first, then the question it answers: "That'd be St Bartholomew's, that was my first
# school", "It should be Okonkwo-Baptiste, my mum's name before she married".
_ANSWER_BEFORE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?i:that['\u2019]d be|that would be|it should be|it['\u2019]s|"
    r"that['\u2019]s|it was|c['\u2019]est|c['\u2019]était|es|era|fue|è|é|foi|ist|war|"
    # what the caller tells the agent to put: "Pode pôr Marisol, é o nome da minha melhor amiga"
    r"(?:just |you can )?put|pode pôr|puede poner|ponga|pon|mettez|mets|metta|metti)\s+)?"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,3}?),\s+"
    r"(?:(?:(?i:that|which|it|c['\u2019]|ce|esa?|eso|quell[ao]|das|isso)\s*)?(?i:was|is|were|était|est|fue|es|"
    r"era|è|war|ist|foi|é)\s+)?"
    # "é o nome da minha melhor amiga de infância", "é a cidade onde eu nasci": the question named
    r"(?:(?i:the name of|o nome d[ao]|el nombre de|le nom de|il nome d(?:el|ella))\s+)?"
    rf"(?i:my|mi|mon|ma|mein(?:e[rn]?)?|il mio|la mia|o meu|a minha|mio|mia|meu|minha|the|la|el|le|a|o|il)\s+"
    rf"(?i:{_FIRSTS})\b"
)
# A mother's name before she married, said so and then named: "Mi madre, de soltera, es Etxeberria",
# "Ma mère, avant son mariage, elle s'appelait Lemaire", "Mia madre da signorina faceva Santangelo", "A
# minha mãe, antes de casar, era Figueiredo" (a name: "avant son mariage, travaillait à Lyon" is none).
_MAIDEN_NAME = re.compile(
    r"(?i:\b(?:madre,? de soltera|mère,? avant (?:son|le) mariage|madre,? da (?:signorina|nubile|ragazza)|"
    r"mãe,? antes de (?:se )?casar)\b)[\s,]*(?:(?i:elle|ella|lei|ela)\s+)?"
    rf"(?i:{_ANSWER_VERB}|faceva)\s+"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+(?-i:[A-ZÀ-Ý])[^\s,.;!?]*){0,2})"
)
# The school the caller went to, the question banks ask as "what was the name of your primary school":
# a school's name may be long ("Escola Primária da Quinta do Conde"), capitalised words joined by
# particles. Said as the answer to that question: the school named in the past ("La scuola elementare era
# l'Istituto Santa Chiara", "the primary school I went to was …"), the question echoed ("Die Grundschule?
# Das war die Astrid-Lindgren-Schule"), or the question called by its subject ("The school one? St
# Aidan's Primary", "lo del colegio, pues el Colegio San Bernabé"); "her primary school is Riverside" (a
# child's school, now) is no answer.
_CAPITALISED = r"(?-i:[A-ZÀ-Ý])[^\s,.;!?]*"
_SCHOOL_NAME = (
    rf"{_CAPITALISED}(?:\s+(?:(?i:de|da|do|das|dos|del|della|dei|delle|di|du|des|au|aux|of|the|von|der|am|an|im|zum|zur|y|e|and)\s+){{0,2}}"
    rf"{_CAPITALISED}){{0,5}}"
)
_ARTICLE = r"(?:(?i:the|el|la|le|il|lo|o|a|der|die|das)\s+|(?i:l)['\u2019])"
_PRIMARY_SCHOOL = (
    r"primary school|elementary school|grade school|grundschule|volksschule|scuola elementare|"
    r"scuola primaria|escuela primaria|colegio de primaria|escola primária|escola básica|école primaire|"
    r"école élémentaire|first school|primera escuela|primer colegio|première école|erste schule|prima scuola|"
    r"primeira escola"
)
_PAST = r"was|were|era|fue|foi|war|était|c['\u2019]était|hieß|si chiamava|se llamaba|s['\u2019]appelait"
_WENT_TO = (
    r"(?:that |which )?i (?:went to|attended)|donde (?:estudié|fui)(?: de pequeñ[oa])?|al que fui|"
    r"où je suis allée?|che ho frequentato|dove sono andat[oa]|onde (?:estudei|andei)|"
    r"(?:die|auf die) ich (?:besucht habe|gegangen bin)"
)
_CONTRACTED = re.compile(r"['\u2019](?:s|m|re|ve|d|ll)$")
_SCHOOL_ANSWER = re.compile(
    rf"(?i:\b(?:{_PRIMARY_SCHOOL})\b)"
    rf"(?:\s*\?\s*(?:(?i:das war|it was|that was|c['\u2019]était|era|fue|foi)\s+)?"
    rf"|(?:\s+(?i:{_WENT_TO}))?,?\s+(?i:{_PAST})\s+)"
    rf"{_ARTICLE}?(?P<value>{_SCHOOL_NAME})"
    rf"|(?i:\b(?:colegio|escuela|school)\s+(?:{_WENT_TO})(?:\s+[^\s,.;!?]+){{0,2}},\s*)"
    rf"{_ARTICLE}?(?P<went>{_SCHOOL_NAME})"
    r"|(?i:\b(?:(?:for )?the (?:school|dog|pet|cat|street|car|teacher) (?:one|question)|"
    r"lo del colegio|lo de la escuela)\b)[?,:]?\s*"
    r"(?:(?i:it['\u2019]s|that['\u2019]s|it was|that was|pues|es|era|fue)\s+)?"
    rf"{_ARTICLE}?(?P<subject>{_SCHOOL_NAME})"
)
# The question a verification asks, said to be the one ("the question is the name of my grandfather",
# "Es la pregunta de la ciudad donde nací", "A pergunta é a terra onde o meu pai nasceu"): a name said
# alone in the next turn ("Anselmo.", "Albacete."), or after a colon in the same one ("La question
# c'est le prénom de ma marraine : Odette."), is its answer.
_QUESTION_WORD = (
    r"(?:the|la|a|die|my|mi|ma|mia|minha|meine) (?:security )?(?:question|pregunta|pergunta|frage|domanda)"
)
_QUESTION_STATED = re.compile(
    rf"(?i:\b{_QUESTION_WORD}(?:\s+(?:que|i|that|qu['\u2019]|che|die)\s+[^\W\d_]+)?\s+"
    r"(?:is|was|es|era|est|c['\u2019]est|é|ist|war|è)\b"
    # "my question is about the delivery": what the caller asks, not what a verification asks
    r"(?!\s+(?:about|regarding|whether|if|sobre|si|sur|über|ob|su|se|que|that|how|why|when|what)\b)"
    r"|\b(?:es|c['\u2019]est|é|è|ist|it['\u2019]s) (?:la|a|the|die) "
    r"(?:question|pregunta|pergunta|frage|domanda)\b)"
)
_NAME_ALONE = re.compile(
    r"\s*(?:(?i:um+|uh+|eh+|euh|äh|hum),?\s+)?"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:[ \-](?-i:[A-ZÀ-Ý])[^\W\d_]+){0,2})[.!]?\s*"
)
_AFTER_COLON = re.compile(
    r"\s:\s*(?P<value>(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:[ \-](?-i:[A-ZÀ-Ý])[^\W\d_]+){0,2})(?=\s*[.!]?\s*$)"
)
# A pet's kind said before its name ("era un cane, Briciola", "um cão, o Tareco"): the name too.
NAME_AFTER_KIND = re.compile(
    r"(?<=[^\W\d_])(?:,\s*|\s+(?i:called|named)\s+)(?:(?i:the|el|la|le|il|lo|o|a|der|die|das)\s+)?"
    r"(?P<value>(?-i:[A-ZÀ-Ý])[^\s,.;!?]*(?:\s+[^\s,.;!?]+){0,2}?)(?=\s*(?:[.,;!?]|$))"
)
_A_FIRST = re.compile(rf"(?i:\b(?:{_FIRSTS})\b)")
# A question a verification asks, named: a security question or one of the usual ones.
QUESTIONS = rf"{_FIRSTS}|{_IN_CONTEXT}|{_SECURITY_CONTEXT.pattern}"
# Those that are never asked but to verify (a favourite dish may be a restaurant's question).
VERIFYING_QUESTIONS = rf"{_FIRSTS}|{_SECURITY_CONTEXT.pattern}"
_FIRST_ANSWER = _security_answer(_FIRSTS)
_CONTEXT_ANSWER = _security_answer(_IN_CONTEXT)


def names_a_first(text: str) -> bool:
    """Whether ``text`` names one of the questions that verify a caller ("the city where I was born")."""
    return bool(_A_FIRST.search(text))


# A name's title, abbreviated: the answer goes on past its dot ("Mr. Hollings", "St. Bridget's").
_TITLE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Prof|Mme|Sr|Sra)$")
_AFTER_TITLE = re.compile(r"\.\s+[A-ZÀ-Ý][^\s,.;!?]*")


def security_answers(text: str, previous: str = "") -> Iterator[tuple[int, int]]:
    """Answers to the questions that verify a caller, named in the answer itself."""
    for start, end in _answers(text, previous):
        after_title = _AFTER_TITLE.match(text, end) if _TITLE.search(text[start:end]) else None
        yield start, after_title.end() if after_title else end


def _answers(text: str, previous: str) -> Iterator[tuple[int, int]]:
    patterns = [_FIRST_ANSWER]
    patterns += [_CONTEXT_ANSWER] if _SECURITY_CONTEXT.search(f"{previous[-200:]} {text}") else []
    for said in _ANSWER_SAID.finditer(text):
        group = next(name for name in ("value", "before", "as") if said.group(name))
        place = _A_PLACE_NAMED.fullmatch(said.group(group))  # "the rue des Lilas": "the" begins it
        if place or not _NOT_AN_ANSWER.fullmatch(said.group(group).split()[0]):
            yield said.start(group), said.end(group)
    stated = (_SECURITY_QUESTION, _QUESTION_THEN_ANSWER, _SECRET_ANSWER_SAID, _PLACE_PUT)
    for said in [found for pattern in stated for found in pattern.finditer(text)]:
        if not _NOT_AN_ANSWER.fullmatch(said.group("value").split()[0]):
            yield said.start("value"), said.end("value")
    patterns += [_CALLED] if len(patterns) > 1 or _A_FIRST.search(text) else []
    patterns += [_ANSWER_SET, _ANSWER_BEFORE, _MAIDEN_NAME]
    for pattern in patterns:
        for said in pattern.finditer(text):
            first = said.group("value").split()[0].strip("\"'\u201c\u2018")
            if not _NOT_AN_ANSWER.fullmatch(first):
                yield said.start("value"), said.end("value")
                named = NAME_AFTER_KIND.match(text, said.end("value"))  # "era un cane, Briciola"
                if named and not _NOT_AN_ANSWER.fullmatch(named.group("value").split()[0]):  # ", I think"
                    yield named.start("value"), named.end("value")
    question = _QUESTION_STATED.search(text)
    after_colon = _AFTER_COLON.search(text, question.end()) if question else None
    alone = _NAME_ALONE.fullmatch(text) if _QUESTION_STATED.search(previous[-200:]) else None
    for said in (found for found in (after_colon, alone) if found):
        if not _NOT_AN_ANSWER.fullmatch(said.group("value").split()[0]):
            yield said.start("value"), said.end("value")
    # after the others: a first's answer may run longer ("war die Grundschule am Lindenberg")
    for said in _SCHOOL_ANSWER.finditer(text):
        group = next(name for name in ("value", "went", "subject") if said.group(name))
        if not _NOT_AN_ANSWER.fullmatch(_CONTRACTED.sub("", said.group(group).split()[0])):  # "She's at"
            yield said.start(group), said.end(group)
