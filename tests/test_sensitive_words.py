"""Secrets said in words: a password corrected as it is said, what a password was set to, a login,
and the answers to security questions; and what only looks like one is kept."""

from __future__ import annotations

import pytest

from agentic_memory.sensitive import ALL_KINDS, redact, redact_transcription, redact_turns


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("password is chestnut galaxy, sorry, I changed it, it's walnut galaxy", ("chestnut", "walnut")),
        ("le mot de passe c'est framboise, non, framboise sauvage", ("framboise",)),
        ("la password è mare blu, anzi no, mare stellato.", ("mare",)),
        (
            "Mein Passwort ist Sonnenblume, nein, Sonnenblume Wolke, und die Bestellung 4471.",
            ("Sonnenblume",),
        ),
    ],
)
def test_a_password_and_the_one_that_corrects_it_both_go(text: str, values: tuple[str, ...]) -> None:
    redacted = redact(text).text
    assert not [value for value in values if value in redacted]
    assert "  " not in redacted  # each label in its value's place


@pytest.mark.parametrize(
    "text",
    ["My password is bluebird, no, I can't remember.", "My password is bluebird, not the old one."],
)
def test_what_follows_a_password_that_corrects_nothing_is_kept(text: str) -> None:
    assert redact(text).text.endswith(text.split(", ", 1)[1])


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("my first dog was called Biscuit.", "Biscuit"),
        ("the street I grew up on was Maple Avenue", "Maple"),
        ("mi primer perro se llamaba Toby", "Toby"),
        ("mein erster Hund hieß Bello", "Bello"),
        ("o meu primeiro carro foi um Fusca", "Fusca"),
        ("Meu primeiro bichinho foi um jabuti chamado Tico.", "Tico"),  # a pet, said small
        ("The security question, my favourite team is Arsenal.", "Arsenal"),
    ],
)
def test_the_answer_to_a_security_question_goes(text: str, answer: str) -> None:
    assert answer not in redact(text).text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer you've got on file should be Rumpelstiltskin, it was a joke.", "Rumpelstiltskin"),
        ("La respuesta que puse es Villarrobledo, el pueblo de mi abuelo.", "Villarrobledo"),
        ("La réponse que j'ai mise, normalement c'est Rocinante, comme le cheval.", "Rocinante"),
        ("Pode pôr Guaratinguetá, é a cidade onde eu nasci.", "Guaratinguetá"),
        ("Pode pôr Marisol, é o nome da minha melhor amiga de infância.", "Marisol"),
        ("Mum's surname before she got married was Kowalczyk, that's it.", "Kowalczyk"),
        ("Maiden name on my mum's side is Ashdown-Pryce, with a hyphen.", "Ashdown-Pryce"),
        ("First pet was a goldfish, we called him Captain Bubbles, I was six.", "Captain Bubbles"),
        ("La rue de mon enfance, mettez rue des Tanneurs.", "Tanneurs"),
    ],
)
def test_an_answer_said_as_the_one_set_or_before_the_question_it_answers_goes(text: str, answer: str) -> None:
    redacted = redact(text).text
    assert answer not in redacted
    assert redacted.endswith(text.split(answer)[1])  # what it was or which question: kept


@pytest.mark.parametrize(
    "turns",
    [
        ("La question c'est le nom de ma maîtresse de CP.", "Madame Rigaud."),
        ("Mi chiede il nome della mia maestra delle elementari.", "La maestra Pizzuti."),
    ],
)
def test_the_first_teacher_named_then_answered_in_the_next_turn_goes(turns: tuple[str, str]) -> None:
    assert turns[1].split()[-1] not in redact_turns(list(turns))[1].text


@pytest.mark.parametrize(
    "text",
    [
        "The answer to that is Friday, the van comes then.",
        "The answer they gave me was Tuesday.",  # someone else's answer
        "Just put Smith, that's my surname.",  # put for a booking, no question named
        "We called him Captain Bubbles.",  # a name, with no security question in the call
        "My maiden name is Smith.",  # the caller's own, not her mother's
    ],
)
def test_an_answer_nobody_set_for_a_security_question_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "My favourite dish is the lamb tagine.",  # a preference, no security question in the call
        "My first appointment is Monday.",
        "My first car was not reliable.",
        "I was born in Leeds, so my old GP is up there.",  # small talk, not a birthplace as a form asks it
        "The first school that opens is on Elm Road.",
        "The security answer is no longer valid.",
    ],
)
def test_a_preference_or_a_first_that_answers_no_security_question_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The town where my mum was born, that'll be Whitby.", "Whitby"),
        ("La ville de naissance de ma grand-mère, Dinan.", "Dinan"),
        ("La città natale di mio nonno, Ragusa.", "Ragusa"),
        ("A cidade onde a minha mãe nasceu, Viseu.", "Viseu"),
        ("Der Geburtsort meines Vaters, Lübeck.", "Lübeck"),
    ],
)
def test_a_parents_or_grandparents_birthplace_a_bank_asks_for_goes(text: str, answer: str) -> None:
    assert answer not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "My dad was born in Leeds, so he supports them.",
        "The town where my mum was born has a lovely market.",
        "Mia nonna è nata a Ragusa, come mio padre.",
    ],
)
def test_where_a_parent_was_born_said_in_passing_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Town of birth, that's Ashbourne.", "Ashbourne"),
        ("Mi ciudad natal es Teruel.", "Teruel"),
        ("Mon lieu de naissance, c'est Vierzon.", "Vierzon"),
        ("the first cat we had was Nutmeg", "Nutmeg"),
        ("El primer coche que tuve fue un Panda.", "Panda"),
        ("Il primo cane che abbiamo avuto era Pepe.", "Pepe"),
        ("My first teacher, let me think, that'd be Mrs. Pennington.", "Pennington"),
        ("The secret answer is green tractor.", "green tractor"),
        ("The memorable date is the ninth of March.", "ninth of March"),
    ],
)
def test_a_birthplace_a_first_said_with_whose_it_was_and_a_secret_answer_go(text: str, answer: str) -> None:
    assert answer not in redact(text).text


@pytest.mark.parametrize(
    ("turns", "answer", "kept"),
    [
        (("The town where my parents met? Harrogate.",), "Harrogate", "The town where my parents met?"),
        (("¿La ciudad donde se conocieron mis padres?", "En Salamanca."), "Salamanca", "padres?"),
        (("Wo haben sich meine Eltern kennengelernt? In Bad Tölz.",), "Tölz", "kennengelernt?"),
        (("Mon premier animal ? Un lapin, Caramel.",), "Caramel", "Mon premier animal ?"),
        (("Il mio primo animale era un gatto che si chiamava Fagiolo.",), "Fagiolo", "Il mio primo"),
        (("Holy Cross, that was my first school.",), "Holy Cross", "that was my first school."),
        (("Favourite teacher, Mr Hargreaves, in year six.",), "Hargreaves", "in year six."),
        (("Childhood best friend, Aisling Murphy.",), "Aisling", "Childhood best friend"),
        (("Das erste Haustier? Hansi, Hansi hieß er.",), "Hansi", "Das erste Haustier?"),  # "er": no name
    ],
)
def test_a_security_question_repeated_or_said_after_its_answer_still_hides_the_answer(
    turns: tuple[str, ...], answer: str, kept: str
) -> None:
    redacted = "\n".join(r.text for r in redact_turns(list(turns)))
    assert answer not in redacted
    assert kept in redacted  # the label in the answer's place, the question left


@pytest.mark.parametrize(
    ("text", "answer", "kept"),
    [
        ("La respuesta es Albacete, es lo que puse.", "Albacete", "es lo que puse."),
        ("Just put Whitmore, that's the answer they'll have.", "Whitmore", "that's the answer they'll have."),
        ("Allora la risposta è Molfetta, è quella che ho messo.", "Molfetta", "è quella che ho messo."),
        ("Mettez juste Pompon, c'est ça la réponse.", "Pompon", "c'est ça la réponse."),
        ("Pode pôr Pipoca, a resposta é essa.", "Pipoca", "a resposta é essa."),
        ("Metta pure Birillo come risposta, è il nome del mio primo cane.", "Birillo", "primo cane."),
        ("For the birthplace one just put Tobermory, that's what I used.", "Tobermory", "what I used."),
    ],
)
def test_an_answer_said_as_the_answer_goes(text: str, answer: str, kept: str) -> None:
    redacted = redact(text).text
    assert answer not in redacted
    assert redacted.endswith(kept)


@pytest.mark.parametrize(
    ("text", "answer", "kept"),
    [
        ("For place of birth I'd have put Carlisle, I think.", "Carlisle", "I think."),
        ("Per la città di nascita ho messo Benevento.", "Benevento", "ho messo [secret]."),
        ("For first car I put the Corsa.", "Corsa", "I put the [secret]."),  # after its article
        ("My first pet was a rabbit, so I probably just put Clover.", "Clover", "just put [secret]."),
        ("Mein erster Hund, ich hab da nur Bello eingegeben.", "Bello", "eingegeben."),
        ("Pour ma première voiture, je crois que j'avais mis Clio.", "Clio", "j'avais mis [secret]."),
    ],
)
def test_an_answer_said_as_what_was_put_for_a_question_goes(text: str, answer: str, kept: str) -> None:
    redacted = redact(text).text
    assert answer not in redacted
    assert redacted.endswith(kept)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mi madre, de soltera, es Garaikoetxea, con ge.", "Garaikoetxea"),
        ("Ma mère, avant son mariage, elle s'appelait Dufresne.", "Dufresne"),
        ("Mia madre da signorina faceva Colombo.", "Colombo"),
        ("A minha mãe, antes de casar, era Pimentel.", "Pimentel"),
    ],
)
def test_a_mothers_name_before_she_married_goes(text: str, name: str) -> None:
    assert name not in redact(text).text


def test_what_a_mother_did_before_she_married_is_kept() -> None:
    for text in ("Ma mère, avant son mariage, travaillait à Lyon.", "Mia madre da ragazza faceva la sarta."):
        assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    ["The answer is no, I never set one.", "Ask Doctor Patel, that's the answer to most things."],
)
def test_no_answer_or_a_saying_about_the_answer_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("turns", "callers"),
    [
        (("My favourite colour? Blue, please, for the bouquet.",), [True]),  # a florist's question
        (("What's the password for the portal?", "In Word, I think, I saved it there."), [False, True]),
    ],
)
def test_a_preference_repeated_or_where_a_password_is_kept_is_kept(
    turns: tuple[str, ...], callers: list[bool]
) -> None:
    assert [r.text for r in redact_turns(list(turns), callers=callers)] == list(turns)


def test_what_a_password_was_set_to_goes_when_the_call_speaks_of_a_password() -> None:
    asked = ["What would you like the new password to be?", "Set it to copper kettle please"]
    assert "copper" not in redact_turns(asked, callers=[False, True])[1].text
    changed = redact("Ich habe mein Passwort geändert. Ich hab's auf Sonnenblume Wolke gesetzt.").text
    assert changed.endswith("Ich hab's auf [secret] gesetzt.")
    assert redact("I set it to silent mode.").text == "I set it to silent mode."


def test_what_a_password_was_changed_to_goes_with_when_it_was_said_between() -> None:
    reset = redact("I reset it last week to harbour lights and it still won't let me in.").text
    assert "harbour" not in reset
    changed = redact("Das Passwort? Ich hab es gestern auf Wiesenblume geändert.").text
    assert "Wiesenblume" not in changed
    assert redact("I changed it yesterday to Thursday.").text == "I changed it yesterday to Thursday."


def test_a_login_is_a_password_unless_a_password_follows_it() -> None:
    assert "falcon" not in redact("the login is blue falcon seven").text
    both = "So my login is jmiller and the password is kestrel."
    assert redact(both).text == "So my login is jmiller and the password is [secret]."
    assert redact("my login is my email address").text == "my login is my email address"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Para entrar en la aplicación pongo tortilla de patatas, así, con espacios.", "tortilla"),
        ("Fürs Einloggen tippe ich Kastanienbaum, das ist ein Wort.", "Kastanienbaum"),
        ("Ich logge mich mit 'Nordsee' ein, mit großem N.", "Nordsee"),
        ("Le credenziali sono la mia email e la password ciambella.", "ciambella"),
        ("Log in as me, j.okafor, password nightingale.", "nightingale"),
        ("It's all in capitals, HAPPYDAYS, that's the login for the loyalty app.", "HAPPYDAYS"),
        ("My wifi's called VirginMedia-5G and the key is periwinkle.", "periwinkle"),
        ("I'll spell it, w-a-l-r-u-s, walrus, that's the password.", "w-a-l-r-u-s"),
    ],
)
def test_a_password_described_as_a_login_goes(text: str, value: str) -> None:
    redacted = redact(text).text
    assert value not in redacted
    assert value.replace("-", "") not in redacted
    assert "  " not in redacted  # the label in the value's place


@pytest.mark.parametrize(
    "text",
    [
        "To log in I use my fingerprint.",
        "I spelled my surname for the receptionist, s-m-i-t-h, last week.",
        "My email and the password reset link never arrived.",
    ],
)
def test_what_is_said_about_logging_in_without_a_password_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Der Code für die Haustür ist neunzehnhundertachtzig, das Jahr, in dem wir gebaut haben.",
            "neunzehn",
        ),
        ("Die Alarmanlage schaltet man mit zweitausendzehn aus.", "zweitausendzehn"),
        ("Il codice del cancello è millenovecentottantotto, l'anno del matrimonio.", "millenovecento"),
    ],
)
def test_an_access_code_said_as_a_year_in_one_word_goes(text: str, value: str) -> None:
    assert value not in redact(text).text


def test_a_year_in_one_word_that_is_no_code_is_kept() -> None:
    said = "Das Haus ist von neunzehnhundertachtzig, die Heizung auch."
    assert redact(said, caller=False).text == said


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The door code is our anniversary, the twelfth of June, so 1 2 0 6.", "twelfth of June"),
        ("El código del garaje es el cumpleaños de mi mujer, quince de mayo.", "quince de mayo"),
        ("Der Türcode ist der Geburtstag meiner Tochter, der elfte April.", "elfte April"),
        ("The code is my mum's birthday, 14 08.", "14 08"),
    ],
)
def test_an_access_code_said_as_a_date_goes(text: str, date: str) -> None:
    assert date not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "The discount code expires on the first of May.",
        "My password expired yesterday, it says I need a new one by the 30th of November.",
        "My appointment is on the twelfth of June.",
    ],
)
def test_a_date_beside_no_access_code_is_kept(text: str) -> None:
    assert redact(text).text == text


def test_a_secret_said_again_goes_again_and_a_callers_own_maiden_name_is_kept() -> None:
    data = {
        "transcript": [
            {
                "role": "user",
                "message": "Favourite food, for the security question, is lasagne, yeah, lasagne.",
            },
            {"role": "agent", "message": "Thank you."},
            {"role": "user", "message": "I think it's sausage, unless I changed it, but try lasagne."},
        ]
    }
    redact_transcription(data, frozenset(ALL_KINDS))
    assert not [turn for turn in data["transcript"] if "lasagne" in turn["message"]]
    own = "My maiden name was Fletcher, I got married since."
    assert redact(own).text == own
    assert "Thornbury" not in redact("My mother's maiden name is Thornbury.").text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Password... erm... hold on... yeah, it's tangerine, then when's the engineer coming?", "tangerine"),
        ("It's, uh, 'silver fox', in quotes, two words, that's the password for the portal.", "silver fox"),
        ("Mis datos de acceso son el correo y la clave, que es escalera.", "escalera"),
        ("For the first school question, it's St Anselm's Primary.", "Anselm"),
    ],
)
def test_a_password_after_an_ellipsis_a_network_key_a_quoted_value_go(text: str, value: str) -> None:
    assert value not in redact(text).text


def test_la_clave_is_a_password_unless_it_is_the_key_to_something() -> None:
    assert "lentejas" not in redact("La clave es lentejas, no, perdona, garbanzos.").text
    for said in (
        "La clave es llegar a tiempo.",
        "La clave es que no me llega el SMS.",
        "A chave é o mais importante.",
    ):
        assert redact(said).text == said


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (("primero el usuario, que es lupe punto garcia", "y luego escribo membrillo"), "membrillo"),
        (("when it asks me for my credentials I put jsmith and then bramblewood",), "bramblewood"),
        (("das fürs WLAN steht hinten auf dem Router, das ist", "Kastanienbaum"), "Kastanienbaum"),
        (("they asked what city I was born in, I set it to Wolverhampton",), "Wolverhampton"),
        (("alla domanda sulla mia squadra del cuore ho risposto Sampdoria",), "Sampdoria"),
        (("the key safe by the back door, it's the year we moved in, 1994",), "1994"),
        (("a senha era goiaba, ah não, agora é pitangueira",), "pitangueira"),
        (("name of my first pet, Biscuit, B I S C U I T",), "B I S"),
    ],
)
def test_a_password_after_the_user_name_a_networks_key_an_answer_set_a_year_go(
    turns: tuple[str, ...], value: str
) -> None:
    assert not [r for r in redact_turns(list(turns)) if value in r.text]


def test_then_said_as_a_time_after_an_email_names_no_password() -> None:
    # "then" after a user name or an email is what comes next; "see you then" is a time
    turns = ["Marvellous. By post, please, I'm not one for the email.", "Will do. See you then, Doreen."]
    assert [r.text for r in redact_turns(turns, callers=[True, False])] == turns


@pytest.mark.parametrize(
    "text",
    [
        "the FedEx one is 7 7 2 8 9 1 2 3 4 5 6 7",
        "sono sul Frecciarossa 9 5 1 7",
        "o cartão com final 8 0 4 4",
        "We moved in in 1994, the year the kitchen was done.",
    ],
)
def test_a_carrier_a_train_a_cards_ending_and_a_year_without_a_code_are_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "No le voy a dar la contraseña, pero el número de pedido es 30417.",
        "Mein Benutzername ist kmueller_1979, das Kennwort weiß ich nicht mehr.",
        "Il mio nome utente è mferrari_90, la password non me la ricordo.",
        "I won't read the password out, my member number is 558 2041.",
        "Ich weiß mein Passwort nicht mehr, meine Kundennummer ist 7730 1902.",
    ],
)
def test_a_value_in_the_clause_after_a_password_is_not_its_value(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "el número de incidencia es 00471529",
        "die Vorgangsnummer ist 8812 3370",
        "il sinistro numero 2024 0391 887",
        "o protocolo é 2024 7718 0032",
        "item number 6 0 3 . 9 9 1 . 2 4 in the catalogue",
    ],
)
def test_a_ticket_a_claim_an_item_said_as_such_are_kept(text: str) -> None:
    assert redact(text).text == text


def test_only_the_callers_reply_is_read_as_the_value_asked_for() -> None:
    asked = redact_turns(["What is your password?", "Right. It's butterscotch."], callers=[False, True])
    assert asked[1].text == "Right. It's [secret]."
    thanked = redact_turns(
        ["I think you need my password.", "Thank you, I will check."], callers=[True, False]
    )
    assert thanked[1].text == "Thank you, I will check."


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("the password is Tuesday!Gardens", "the password is [secret]"),
        ("y la clave es Tortilla!Verano.", "y la clave es [secret]."),
        ("I set it to kite.runner, the password", "I set it to [secret], the password"),
    ],
)
def test_punctuation_inside_a_password_belongs_to_it(text: str, redacted: str) -> None:
    """No label beside the part of a password after its "!" or "." ("[secret]!Gardens")."""
    assert redact(text).text == redacted


@pytest.mark.parametrize(
    ("turns", "value"),
    [
        (("I can't get into my online banking.", "I'm typing hazel meadow, exactly that."), "hazel meadow"),
        (("Je n'arrive pas à me connecter.", "Je tape bien cerise noire."), "cerise noire"),
        (("Non riesco ad accedere all'area clienti.", "Avevo messo girasole, sì."), "girasole"),
        (("Ich komme nicht ins Kundenkonto.", "Ich hab Pflaumenbaum genommen."), "Pflaumenbaum"),
        (("Não consigo entrar na conta.", "Eu coloquei bacalhau, acho."), "bacalhau"),
        (("For the login it's my surname,", "then the word lighthouse."), "lighthouse"),
        (("Le code d'accès au site ?", "C'est le mot tournesol."), "tournesol"),
    ],
)
def test_what_the_caller_types_to_get_in_goes(turns: tuple[str, str], value: str) -> None:
    assert value not in redact_turns(list(turns))[1].text


@pytest.mark.parametrize(
    "turns",
    [
        ("I can't log in.", "I put in the wrong one, I think."),
        ("Je n'arrive pas à me connecter.", "J'ai mis la bonne adresse pourtant."),
        ("I can't sign in.", "I entered 4 digits and it stopped."),
        ("The parcel came today.", "I typed Lisbon in the search box."),  # nothing about getting in
        ("I can't log in.", "The word I typed was wrong, I think."),
        ("I can't sign in.", "What's the word for it? The word is complicated."),
    ],
)
def test_what_is_typed_without_a_password_in_it_is_kept(turns: tuple[str, str]) -> None:
    assert redact_turns(list(turns))[1].text == turns[1]


@pytest.mark.parametrize(
    ("turns", "values"),
    [
        (("The password is lemon tree.", "No, wait, it's orange grove, I changed it."), ("lemon", "orange")),
        (("La contraseña es membrillo.", "No, espera, es castaño, la cambié."), ("membrillo", "castaño")),
        (
            ("Das Passwort ist Apfelkuchen.", "Nee, falsch, Zwetschge, das hab ich geändert."),
            ("Apfel", "Zwetschge"),
        ),
    ],
)
def test_a_password_corrected_in_the_next_turn_goes_in_both(
    turns: tuple[str, str], values: tuple[str, ...]
) -> None:
    redacted = " ".join(r.text for r in redact_turns(list(turns)))
    assert not [value for value in values if value in redacted]


def test_a_turn_after_a_password_that_corrects_nothing_is_kept() -> None:
    turns = ["The password is lemon tree.", "No, wait, that's for the other account."]
    assert redact_turns(turns)[1].text == turns[1]
    turns = ["I asked about the opening hours.", "No, espera, es mañana."]
    assert redact_turns(turns)[1].text == turns[1]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("die Antwort auf die Sicherheitsfrage ist Mannheim", "Mannheim"),
        ("der Geburtsname meiner Mutter ist Hoffmann", "Hoffmann"),
        ("la respuesta a la pregunta de seguridad es Cádiz", "Cádiz"),
        ("a palavra de segurança é, hum, gaivota", "gaivota"),
        ("my security word is lantern", "lantern"),
    ],
)
def test_a_security_answer_or_word_named_in_any_language_goes(text: str, value: str) -> None:
    assert value not in redact(text).text


def test_a_national_id_said_after_its_name_goes_whatever_its_check_letter() -> None:
    """A misheard check letter ("48291735K" for a valid "...Z") does not make the DNI harmless."""
    assert redact("mi DNI es 48291735K").text == "mi DNI es [national id]"
    assert redact("I ran 12k on Sunday").text == "I ran 12k on Sunday"


@pytest.mark.parametrize(
    ("text", "user"),
    [
        ("my username is dan.price84", "dan.price84"),
        ("login is tgreen55 and the password is walnut", "tgreen55"),
        ("utente lbianchi63 e la password è girasole", "lbianchi63"),
    ],
)
def test_a_user_name_with_digits_is_kept_beside_its_password(text: str, user: str) -> None:
    redacted = redact(text).text
    assert user in redacted
    assert not {"walnut", "girasole"} & set(redacted.split())


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The password is my favourite colour, which is, well, turquoise.", "turquoise"),
        ("the password is the name of my first horse, Bramble, with a capital B", "Bramble"),
        ("mi contraseña es el nombre de mi perro, Tofu.", "Tofu"),
    ],
)
def test_a_password_described_then_named_goes(text: str, value: str) -> None:
    assert value not in redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "the password is on the letter you sent, yes",
        "the password is written on the back of the router",
        "das Passwort steht auf dem Router",
        "the password is the one on the card, I think",
    ],
)
def test_where_a_password_is_written_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "you sent me a code but I deleted it, my number's 07700 900123",
        "I never got the verification code, I think it went to my old number, 07700 900987.",
    ],
)
def test_a_phone_named_as_the_callers_number_is_kept_after_a_code_is_mentioned(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text", ["okay please deliver after four PM I'm at work till then", "after two p.m. I'm free"]
)
def test_a_time_said_in_words_before_i_am_is_no_spelled_code(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer is the rue des Lilas, where I grew up.", "Lilas"),
        ("La risposta è via delle Rose.", "Rose"),
        ("Pus a escola primária do Carmo, em Braga.", "Carmo"),
        ("J'ai mis l'école Paul Bert.", "Paul Bert"),
    ],
)
def test_a_street_or_a_school_named_with_its_kind_first_goes_as_an_answer(text: str, answer: str) -> None:
    assert answer not in redact(text).text


def test_a_secret_spelled_out_after_it_is_said_goes_too() -> None:
    said = ["My first dog? Rocco.", "Yes, Rocco. R-O-C-C-O."]
    turns = redact_transcription_turns(said)
    assert not [turn for turn in turns if "Rocco" in turn or "R-O-C-C-O" in turn]
    assert redact("I put the kettle on, then Braga.").text == "I put the kettle on, then Braga."


def redact_transcription_turns(turns: list[str]) -> list[str]:
    """The caller's turns as ingestion stores them: one transcript, redacted as one conversation."""
    transcript = [{"role": "user", "message": text} for text in turns]
    data = {"transcript": transcript, "analysis": {"transcript_summary": "", "data_collection_results": {}}}
    redact_transcription(data, frozenset(ALL_KINDS))
    return [turn["message"] for turn in transcript]


def test_an_answer_put_in_german_goes_with_its_verb_last_and_a_childhood_nickname_goes() -> None:
    assert "Wernigerode" not in redact("Als Antwort hab ich Wernigerode angegeben.").text
    assert "Chispa" not in redact("Mi apodo de infancia era Chispa.").text
    said = "Die Antwort auf Ihre Frage hab ich gestern per Mail geschickt."
    assert redact(said).text == said  # what was sent, not what was put


@pytest.mark.parametrize(
    "turns",
    [
        ("Das Kennwort fürs Kundenportal brauchen Sie?", "Bergsee, Bindestrich, Wolke, neunzehn."),
        ("Per il portale dei pagamenti? La password, intende?", "Ravenna, punto esclamativo, otto otto."),
        ("A senha do internet banking? Tá.", "Brisa, arroba, mar, dois mil e dezoito."),
    ],
)
def test_a_password_read_out_in_parts_goes_whole(turns: tuple[str, str]) -> None:
    """No label beside the parts after the first: a symbol or a number among them says they are one
    value read out."""
    redacted = redact_turns(list(turns))[1].text
    assert redacted.count("[secret]") == 1
    assert not any(word in redacted for word in ("Wolke", "neunzehn", "otto", "mar,", "dezoito"))


def test_how_a_value_is_typed_after_it_is_no_part_read_out() -> None:
    """ "all one word" holds a number word, yet no part of the value: read as one, it joined the spelled
    answer's span to the answer's own and left "Fitzgerald" beside the label."""
    said = "my mum's name before she married was Fitzgerald, F I T Z, then gerald, all one word"
    assert "Fitzgerald" not in redact(said).text


@pytest.mark.parametrize(
    ("turns", "school"),
    [
        (("The school one? St Aidan's Primary.",), "Aidan"),
        (("For the school one, it's St Aldhelm's Primary, with the apostrophe I think.",), "Aldhelm"),
        (("La scuola elementare? Sant'Orsola, dalle suore.",), "Orsola"),
        (("La scuola elementare era l'Istituto Santa Chiara, quello delle suore.",), "Santa Chiara"),
        (("Die Grundschule? Das war die Astrid-Lindgren-Schule in Kassel.",), "Lindgren"),
        (("Meine erste Schule war die Grundschule am Lindenplatz in Kassel.",), "Lindenplatz"),
        (("A minha primeira escola foi a Escola Primária da Quinta do Conde.",), "Quinta do Conde"),
        (("Lo del colegio, pues el Colegio San Bernabé, en Valladolid.",), "Bernabé"),
        (("El primer colegio al que fui, el Colegio San Gabriel de Zaragoza.",), "Gabriel"),
        (("Mi maestro favorito, don Anselmo Rubio, de cuarto de primaria.",), "Anselmo"),
    ],
)
def test_the_primary_school_a_caller_went_to_goes_however_long_its_name(
    turns: tuple[str, ...], school: str
) -> None:
    assert school not in "\n".join(r.text for r in redact_turns(list(turns)))


@pytest.mark.parametrize(
    "text",
    [
        "Her primary school is Riverside Primary.",  # a child's school, now: a fact for the nursery
        "My son's primary school, St Mary's, sent a letter.",
        "Her primary school? She's at Riverside.",
        "Which jumper? The school one, in navy.",
        "The primary school was closed for snow.",
    ],
)
def test_a_school_named_as_no_security_question_names_it_is_kept(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("For the student finance login I set Cardigan.Moon.41, with the dots.", "Moon"),
        ("Das alte war Bergsee2019, das neue ist Wolke.Sieben.7, und keins von beiden geht.", "Sieben"),
        ("A antiga era Pastel cardinal 9 e a nova é Caju.Doce.44.", "Doce"),
    ],
)
def test_words_joined_by_dots_ending_in_a_number_are_a_password(text: str, password: str) -> None:
    assert password not in redact(text).text


def test_an_email_a_web_address_or_a_version_with_dots_is_kept() -> None:
    for said in ("Email me at anna.lee.2@example.com or see www.shop.ca.", "We run version 2.3.1 now."):
        assert redact(said).text == said


@pytest.mark.parametrize(
    "text",
    [
        "J'ai rendez-vous chez le vétérinaire, numéro 77-2014, pour le vaccin de Moustache.",
        "Ich hab einen Termin beim Tierarzt, Terminnummer 4471-B, für unseren Kater Findus.",
        "Ho un appuntamento dal veterinario, numero 88-4410.",
        "Tenho consulta no veterinário para o Farrusco, marcação 55-812.",
    ],
)
def test_an_appointments_number_is_kept_in_every_language(text: str) -> None:
    assert redact(text).text == text


def test_an_appointment_said_after_a_door_code_in_its_clause_does_not_keep_the_code() -> None:
    assert "4471" not in redact("Der Türcode für den Termin ist 4471.").text
    assert "4471" not in redact("Le code de la porte pour le rendez-vous est 4471.").text


@pytest.mark.parametrize(
    ("turns", "answer"),
    [
        (("La question c'est le prénom de ma marraine : Odette.",), "Odette"),
        (("A pergunta é a terra onde o meu pai nasceu.", "Mirandela."), "Mirandela"),
        (("Es la pregunta de la ciudad donde nací, ¿verdad?", "Albacete."), "Albacete"),
    ],
)
def test_a_name_said_alone_after_the_question_is_stated_is_its_answer(
    turns: tuple[str, ...], answer: str
) -> None:
    assert answer not in "\n".join(r.text for r in redact_turns(list(turns)))


@pytest.mark.parametrize(
    "turns",
    [
        ("My question is about the delivery.", "Tuesday."),
        ("The question is whether you deliver.", "Yes."),
        ("I have a question about my order.", "Smith, S-M-I-T-H."),
    ],
)
def test_a_callers_own_question_says_nothing_of_the_next_turn(turns: tuple[str, ...]) -> None:
    assert [r.text for r in redact_turns(list(turns))] == list(turns)
