"""The words of the first message in the six languages the greeting speaks (``greeting``): the
welcome, the question about an open item or the last topic, and how a day is said."""

from __future__ import annotations

# First messages, by language: the welcome (with and without a name), then one of: an open item to
# ask about, the last call's topic (its title, or without one its summary's first sentence), or a
# plain offer of help.
GREETINGS: dict[str, dict[str, str]] = {
    "en": {
        "named": "Hi {name}, welcome back!",
        "nameless": "Hi, welcome back!",
        "open": " Is this about {topic}{when}?",
        "last": " Last time: {topic}. How can I help you today?",
        "help": " How can I help you today?",
    },
    "es": {
        "named": "¡Hola, {name}! Qué gusto saludarle de nuevo.",
        "nameless": "¡Hola! Qué gusto saludarle de nuevo.",
        "open": " ¿Llama por lo de {topic}{when}?",
        "last": " La última vez: {topic}. ¿En qué puedo ayudarle hoy?",
        "help": " ¿En qué puedo ayudarle hoy?",
    },
    "fr": {
        "named": "Bonjour {name}, quel plaisir de vous retrouver !",
        "nameless": "Bonjour, quel plaisir de vous retrouver !",
        "open": " Vous appelez au sujet de {topic}{when} ?",
        "last": " La dernière fois : {topic}. Comment puis-je vous aider aujourd'hui ?",
        "help": " Comment puis-je vous aider aujourd'hui ?",
    },
    "de": {
        "named": "Hallo {name}, schön, wieder von Ihnen zu hören!",
        "nameless": "Hallo, schön, wieder von Ihnen zu hören!",
        "open": " Geht es um {topic}{when}?",
        "last": " Beim letzten Mal: {topic}. Wie kann ich Ihnen heute helfen?",
        "help": " Wie kann ich Ihnen heute helfen?",
    },
    "pt": {
        "named": "Olá, {name}! Que bom falar com você de novo.",
        "nameless": "Olá! Que bom falar com você de novo.",
        "open": " É sobre {topic}{when}?",
        "last": " Da última vez: {topic}. Como posso ajudar hoje?",
        "help": " Como posso ajudar hoje?",
    },
    "it": {
        "named": "Buongiorno {name}, che piacere risentirla!",
        "nameless": "Buongiorno, che piacere risentirla!",
        "open": " Chiama per {topic}{when}?",
        "last": " L'ultima volta: {topic}. Come posso aiutarla oggi?",
        "help": " Come posso aiutarla oggi?",
    },
}
# How a day is said after the topic: "on Friday, December 4", "el viernes 4 de diciembre", …
WHEN = {
    "en": " on {weekday}, {month} {day}",
    "es": ", el {weekday} {day} de {month}",
    "fr": ", le {weekday} {day} {month}",
    "de": " am {weekday}, {day}. {month}",
    "pt": ", na {weekday}, {day} de {month}",
    "it": ", {weekday} {day} {month}",
}
WEEKDAY_NAMES = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
}
MONTH_NAMES = {
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
}
