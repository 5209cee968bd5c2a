"""Fact categories that must not cross agents (``PRIVATE_FACT_CATEGORIES``, by default all four).

A caller of a clinic and of a restaurant is one caller under ``MEMORY_SCOPE=caller``: the restaurant's
agent may know their name and their table preference, never their root canal. What falls in a category
is decided once per call and kept with everything the call left (``call_categories``: in the brief, in
each memory's metadata), so that one rule serves the brief, ClientData and Retrieve alike; a memory
stored without that mark is judged by its own words.

The call's own analysis decides first (its ``sensitive_category`` item, ``analysis_items``): a language
model that read every word. The word lists here are the fallback for calls without it. They match
**whole words** of one language at a time, through that language's Snowball stemmer (the one
``ranking`` uses), so inflections match ("allergies", "Zähne") and word beginnings do not ("painting",
"dentro", "Rezeption"). Words that are as often something else are left out: "patient" (mostly the
adjective, and a clinic's call names its matter anyway), "filling" (a form), "crown", "gum", "balance",
French "prêt" (also "ready"); for legal matters, "court", "avocat" (an avocado), "Gericht" (a dish)
and "causa" count only in phrases ("court case", "mon avocat", "vor Gericht", "justa causa"). A sentence
that names an animal is about the animal: its health words do not count (a dog's medication); one that
names a sport is about coaching (a tennis "clinic"). ``tests/data/category_corpus.json``,
``category_corpus_legal.json`` and ``category_corpus_matters.json`` (private matters in words beyond the
obvious: counselling, a police caution, a county court judgment) count what they find and their false
positives; "receta", "ricetta" and "receita" are a recipe as often as a prescription, "tratamiento" a
hair treatment, "sued" the English stem of Spanish "su". Without the item, a call also goes on with the
categories of the caller's earlier calls with the same agent (``call_memory``).
A word list errs on the side of keeping a memory with its agent: a false positive hides a harmless
fact from another business, a false negative would tell it a diagnosis.
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from typing import Any

# The languages the greeting speaks, with their Snowball stemmers (snowballstemmer.algorithms()).
STEMMERS = {
    "en": "english", "es": "spanish", "fr": "french", "de": "german", "it": "italian",
    "pt": "portuguese",
}  # fmt: skip
# Whole words (or phrases of whole words), by category and language.
CATEGORY_WORDS: dict[str, dict[str, str]] = {
    "health": {
        "en": """allergy allergies allergic medication medicine prescription prescribed diagnosis
            diagnosed diabetes diabetic asthma pregnant pregnancy surgery surgical symptom therapy
            therapist chemotherapy chemo cancer tumor tumour insulin disease illness injury injured
            migraine depression anxiety hospital clinic cholesterol arthritis epilepsy hiv infection
            pain painful cavity cavities tooth teeth toothache dental dentist orthodontist x-ray
            vaccine vaccination physiotherapy pharmacy pharmacist dosage antibiotic penicillin inhaler
            wheelchair disability eczema dermatologist psoriasis rash ointment doctor nurse cardiac
            cardiologist kidney glaucoma cataract cataracts tinnitus dementia physio physiotherapist
            crutches stitches fracture fractured stent arrhythmia sciatica herniated seizure seizures
            coeliac celiac dietitian neurologist ivf embryo appendicitis immunosuppressant
            immunosuppressants bloodwork haemoglobin hemoglobin anticoagulant anticoagulants
            anticoagulation warfarin epipen epipens antihistamine antihistamines
            psychotherapy psychotherapist psychologist psychiatrist psychiatric counsellor
            counselor counselling counseling ptsd adhd autism autistic bipolar schizophrenia anorexia
            bulimia rehab relapse sobriety addiction miscarriage menopause hysterectomy
            vasectomy mastectomy copd crohn's lupus fibromyalgia sertraline
            antidepressant antidepressants mri self-harm suicidal overdose""",
        "es": """alergia alérgico alérgica medicamento medicina enfermedad embarazada embarazo
            cirugía dolor diente dientes muela dentista diabetes asma médico médica hospital clínica
            síntoma glaucoma cataratas demencia fisioterapia fisioterapeuta prótesis
            audífono audífonos fractura urgencias
            psicólogo psicóloga psiquiatra terapia ansiedad depresión alzhéimer alzheimer
            fibromialgia tdah autismo autista bipolar anorexia bulimia""",
        "fr": """allergie allergique médicament ordonnance maladie enceinte grossesse chirurgie douleur
            dent dents dentiste diabète asthme médecin hôpital clinique traitement symptôme glaucome
            cataracte démence kiné kinésithérapeute prothèse fracture convalescence
            psychologue psychiatre psychothérapeute thérapie dépression angoisse autiste autisme
            boulimie anorexie désintoxication alzheimer avc""",
        "de": """allergie allergisch medikament medikamente rezept krankheit schwanger operiert
            schmerz schmerzen zahn zähne zahnarzt zahnärztin zahnschmerzen diabetes asthma arzt
            ärztin krankenhaus klinik behandlung symptom glaukom demenz physiotherapie hüftgelenk
            hörgerät hörgeräts hörgeräte hausarzt hausärztin blutbild
            psychotherapeut psychotherapeutin psychologe psychologin psychiater therapie
            depression depressionen panikattacke panikattacken magersucht bulimie reha krankgeschrieben
            pflegegrad tagesklinik kinderwunschbehandlung""",
        "it": """allergia allergico allergica farmaco farmaci medicina malattia incinta
            gravidanza chirurgia dolore dente denti dentista diabete asma medico ospedale clinica
            terapia sintomo glaucoma cataratta demenza fisioterapia protesi frattura
            psicoterapeuta psicologo psicologa psichiatra depressione tossicodipendenza parkinson
            alzheimer convalescenza stampelle celiachia retinopatia""",
        "pt": """alergia alérgico alérgica remédio medicamento doença grávida gravidez cirurgia
            dor dente dentes dentista diabetes asma médico médica hospital clínica
            sintoma glaucoma catarata demência fisioterapia prótese fratura
            psicóloga psicólogo psiquiatra depressão antidepressivos embrião lúpus fisioterapeuta""",
    },
    "finance": {
        "en": """loan mortgage debt overdraft salary income bankrupt bankruptcy arrears subsidy subsidies
            welfare repossession repossessed bailiff bailiffs
            creditor creditors insolvency insolvent ccj overdrawn""",
        "es": """préstamo hipoteca deuda deudas quiebra
            acreedores impago morosidad moroso""",
        "fr": "emprunt hypothèque dette dettes faillite surendettement",
        "de": """kredit hypothek schulden insolvenz
            privatinsolvenz gerichtsvollzieher inkasso inkassobüro bürgergeld mietschulden
            stromsperre""",
        "it": """prestito mutuo debito debiti fallimento
            sovraindebitamento morosità""",
        "pt": """empréstimo hipoteca dívida dívidas falência
            insolvência credores incumprimento""",
    },
    # Legal matters: words that name one and little else ("court", "case", "claim", "avocat", "Gericht",
    # "causa", "processo" and "juicio" are as often a tennis court, a wine case, an avocado, a dish, a
    # cause or an opinion: only their phrases count).
    "legal": {
        "en": """lawyer lawyers solicitor solicitors attorney barrister lawsuit litigation tribunal divorce
            custody probate eviction evicted dismissal grievance injunction subpoena magistrate
            prosecution prosecuted deportation asylum criminal
            arrested immigration defendant probation parole""",
        "es": """abogado abogada abogados divorcio custodia herencia testamento desahucio despido
            despedido tribunal juzgado pleito litigio denuncia
            detenido detenida comisaría""",
        "fr": """divorce tribunal prud'hommes licenciement licencié licenciée héritage expulsion procès
            huissier litige testament""",
        "de": """anwalt anwältin rechtsanwalt rechtsanwältin scheidung sorgerecht arbeitsgericht klage
            verklagen verklagt räumungsklage erbschaft testament strafanzeige abmahnung mahnbescheid
            gerichtstermin fachanwalt fachanwältin strafverfahren prozesskostenhilfe
            staatsanwaltschaft anklage
            kontaktverbot gewaltschutzgesetz kündigungsschutzklage ermittlungsverfahren
            privatdetektiv scheidungsverfahren""",
        "it": """avvocato avvocata avvocati divorzio affidamento tribunale sfratto querela denuncia
            eredità testamento vertenza espulsione""",
        "pt": """advogado advogada advogados divórcio tribunal despedimento despejo despejar herança
            testamento queixa-crime julgamento acusado acusada
            detido detida""",
    },
}
# Phrases of whole words, by category and language.
CATEGORY_PHRASES: dict[str, dict[str, tuple[str, ...]]] = {
    "health": {
        "en": (
            "root canal",
            "blood pressure",
            "mental health",
            "gum disease",
            "eye pressure",
            "hearing loss",
            "hip replacement",
            "knee replacement",
            "hearing aid",
            "blood test",
            "blood tests",
            "blood sugar",
            "heart valve",
            "heart condition",
            "heart surgery",
            "heart problem",
            "heart problems",
            "discharge summary",
            "fertility clinic",
            "fertility treatment",
            "panic attack",
            "panic attacks",
            "eating disorder",
            "multiple sclerosis",
            "macular degeneration",
            "cochlear implant",
            "grief support",
            "sexual health",
        ),
        "es": (
            "presión arterial",
            "puntos de sutura",
            "me operan",
            "ataque de pánico",
            "alcohólicos anónimos",
        ),
        "fr": (
            "tension artérielle",
            "points de suture",
            "appareil auditif",
            "appareils auditifs",
            "se faire opérer",
            "sclérose en plaques",
        ),
        "de": ("hoher blutdruck", "morbus crohn", "grüner star", "grünen star"),
        "it": (
            "pressione alta",
            "punti di sutura",
            "apparecchio acustico",
            "attacco di panico",
            "disturbo alimentare",
            "disturbo bipolare",
            "procreazione assistita",
        ),
        "pt": (
            "pressão alta",
            "aparelho auditivo",
            "pronto-socorro",
            "ser operado",
            "ser operada",
            "crise de pânico",
            "perturbação alimentar",
            "fertilização in vitro",
        ),
    },
    "finance": {
        "en": (
            "credit score",
            "debt collector",
            "collection agency",
            "payday loan",
            "consumer proposal",
            "universal credit",
            "housing benefit",
            "child benefit",
            "county court judgment",
            "credit counselling",
            "credit counseling",
            "debt counselling",
            "debt relief order",
            "behind on the rent",
            "behind on rent",
            "behind with the rent",
            "behind on the mortgage",
        ),
        "es": ("ingreso mínimo vital", "segunda oportunidad"),
        "fr": ("saisie sur salaire", "incidents de paiement", "liquidation judiciaire"),
        "it": ("cattivo pagatore",),
        "pt": ("rendimento social de inserção",),
    },
    "legal": {
        "en": (
            "legal aid",
            "legal advice",
            "court case",
            "court hearing",
            "small claims",
            "charged with",
            "restraining order",
            "police caution",
            "on bail",
            "family court",
            "child arrangements",
            "non-molestation order",
            "protection order",
            "letter before action",
            "disciplinary hearing",
            "disciplinary action",
            "child protection",
            "fraud investigation",
            "being sued",
            "sued by",
            "suing me",
            "suing us",
            "legal proceedings",
            "court proceedings",
        ),
        "es": ("orden de alejamiento", "mi abogado", "mi abogada", "por fraude"),
        "fr": (
            "mon avocat",
            "mon avocate",
            "notre avocat",
            "votre avocat",
            "un avocat pénaliste",
            "garde des enfants",
            "garde à vue",
            "aide juridictionnelle",
            "conseil juridique",
            "en justice",
            "porter plainte",
            "ordonnance de protection",
            "juge aux affaires familiales",
            "garde alternée",
        ),
        "de": ("vor gericht",),
        "it": (
            "mio avvocato",
            "mia avvocata",
            "in giudizio",
            "gratuito patrocinio",
            "parere legale",
            "fatto causa",
            "ordine di allontanamento",
            "giudice del lavoro",
        ),
        "pt": (
            "guarda dos filhos",
            "ação judicial",
            "justa causa",
            "apoio judiciário",
            "medida de afastamento",
            "violência doméstica",
            "autorização de residência",
        ),
    },
}
# Every category a call can fall in: those with word lists, and "other", which only the call's analysis
# item (``sensitive_category``) names: no word list guesses it.
KNOWN_CATEGORIES = (*CATEGORY_WORDS, "other")
# A sentence naming one of these is about an animal: its health words are the animal's.
ANIMAL_WORDS = {
    "en": "dog dogs puppy cat kitten pet vet veterinarian veterinary horse",
    "es": "perro perra gato gata mascota veterinario veterinaria caballo",
    "fr": "chien chienne chat chaton animal vétérinaire cheval",
    "de": "hund katze haustier tierarzt tierärztin tierklinik pferd",
    "it": "cane gatto gatta animale veterinario cavallo",
    "pt": "cachorro cão cadela gato gata animal veterinário cavalo",
}
# A sentence naming a sport is about coaching: its "clinic" is a session ("a junior tennis clinic").
SPORT_WORDS = {
    "en": "tennis golf padel football soccer basketball rugby cricket hockey netball swimming riding",
    "es": "tenis golf pádel padel fútbol baloncesto natación equitación",
    "fr": "tennis golf padel football basket rugby natation équitation",
    "de": "tennis golf padel fußball basketball rugby schwimmen reiten",
    "it": "tennis golf padel calcio basket rugby nuoto equitazione",
    "pt": "tênis ténis golfe padel futebol basquete basquetebol natação equitação",
}
# A health worker named as what someone does ("she works nights as a nurse", "I'm a pharmacist at the
# Boots") is a job, not a health matter: in English, after "as a" or a form of "be" and "a". Chosen on
# heldout_offices, heldout_utilities and heldout_learning (spent), whose analysis items called such calls
# "none" while the lists marked them health; "he is a diabetic" stays health (no job word).
OCCUPATIONS = frozenset({
    "nurse", "nurses", "pharmacist", "dentist", "doctor", "therapist", "physiotherapist", "physio",
    "dietitian", "neurologist", "cardiologist", "dermatologist", "orthodontist",
})  # fmt: skip
_BEING = frozenset({"as", "is", "am", "are", "was", "were", "be", "been", "being", "i'm", "i\u2019m"})
CLINIC_WORDS = {
    "en": "clinic", "es": "clínica clínic", "fr": "clinique", "de": "klinik", "it": "clinica clinic",
    "pt": "clínica",
}  # fmt: skip
# A stem matches a listed word's only when the word read is at most this much longer: an inflection
# ("allergies", "Medikamente"), not a word derived with another meaning ("hospitality" → "hospit").
# Chosen on tests/data/category_corpus.json.
MAX_INFLECTION = 2
_WORD = re.compile("[^\\W\\d_]+(?:[-'\u2019][^\\W\\d_]+)*")
# An article or a preposition elided onto the word after it ("l'avvocata", "d'un", "dell'ospedale").
_ELIDED = re.compile(r"^(?:l|d|j|c|s|n|m|t|qu|dell|all|dall|nell|sull|un)['\u2019](?=\w)")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def categories_of(*texts: str, language: str = "en") -> frozenset[str]:
    """The known categories whose words appear in any of ``texts``, read as ``language`` (ISO 639-1;
    English when unknown): a memory's text, a summary's sentence, a call's turns."""
    words = _words(_language(language))
    found: set[str] = set()
    for text in texts:
        for sentence in _SENTENCE.split(text.replace("_", " ")):
            found |= _sentence_categories(sentence, words)
    return frozenset(found)


def call_categories(*texts: str, language: str = "en") -> str:
    """The categories a whole call falls in, from all its texts in ``language``, as kept with everything
    the call left (``"health"``, ``"finance,health"``, or empty): a call about an eczema flare-up that
    names the condition once and the cream once is a health call in every sentence of it."""
    return ",".join(sorted(categories_of(*texts, language=language)))


def is_private(private: frozenset[str], *texts: str, marked: str = "") -> bool:
    """True when ``texts``, or the call they came from (``marked``: its ``call_categories``), fall in one
    of the ``private`` categories: kept with the agent that heard them."""
    if not private:
        return False
    return bool(private.intersection(marked.split(","))) or bool(categories_of(*texts) & private)


def both_categories(first: str, second: str) -> str:
    """Two sets of categories together, as kept ("finance,health"): a value said in a health call
    stays private, whatever call says it again."""
    return ",".join(sorted((set(first.split(",")) | set(second.split(","))) - {""}))


def _names_a_job(tokens: list[str], index: int) -> bool:
    """``tokens[index]`` is a health worker named as someone's job ("works as a nurse")."""
    if tokens[index] not in OCCUPATIONS or index < 2 or tokens[index - 1] not in ("a", "an"):
        return False
    before = tokens[index - 2]
    return before in _BEING or before.endswith(("'s", "\u2019s"))


def _language(language: str) -> str:
    code = (language or "en").split("-")[0].split("_")[0].lower()
    return code if code in STEMMERS else "en"


def _sentence_categories(sentence: str, words: _Words) -> set[str]:
    tokens = [_ELIDED.sub("", t.casefold()) for t in _WORD.findall(sentence)]
    if not tokens:
        return set()
    stems = [_stem(words.language, t) for t in tokens]
    found: set[str] = set()
    coaching = bool(words.sports.intersection(stems))
    for index, (token, stem) in enumerate(zip(tokens, stems, strict=True)):
        if coaching and stem in words.clinics:
            continue
        if words.language == "en" and _names_a_job(tokens, index):
            continue
        for category, length in words.single.get(stem, ()):
            if len(token) <= length + MAX_INFLECTION:
                found.add(category)
    joined = f" {' '.join(stems)} "
    found.update(category for phrase, category in words.phrases if f" {phrase} " in joined)
    if "health" in found and words.animals.intersection(stems):
        found.discard("health")
    return found


class _Words:
    """One language's lists as stems: single words (stem → categories and the listed word's length),
    phrases (stems joined by spaces), the animal words, the sports and the words for a clinic."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.single: dict[str, list[tuple[str, int]]] = {}
        self.phrases: list[tuple[str, str]] = []
        for category, by_language in CATEGORY_WORDS.items():
            for word in by_language[language].split():
                self.single.setdefault(_stem(language, word), []).append((category, len(word)))
            for phrase in CATEGORY_PHRASES[category].get(language, ()):
                self.phrases.append((" ".join(_stem(language, w) for w in phrase.split()), category))
        self.animals = frozenset(_stem(language, w) for w in ANIMAL_WORDS[language].split())
        self.sports = frozenset(_stem(language, w) for w in SPORT_WORDS[language].split())
        self.clinics = frozenset(_stem(language, w) for w in CLINIC_WORDS[language].split())


@cache
def _words(language: str) -> _Words:
    return _Words(language)


@lru_cache(maxsize=1 << 16)
def _stem(language: str, word: str) -> str:
    stem: str = _stemmer(language).stemWord(word.casefold())
    return stem


_local = threading.local()


def _stemmer(language: str) -> Any:
    """This thread's Snowball stemmer for ``language`` (its objects keep the word being stemmed: two
    threads sharing one fail with IndexError or stem wrong, as ``ranking``'s did under ``make run``'s
    concurrent requests). Imported on first use: the package loads all its languages (about 25 ms,
    ``ranking``), which a function that never reads a category need not pay."""
    stemmers: dict[str, Any] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        from snowballstemmer import stemmer  # noqa: PLC0415 - see the docstring

        stemmers[language] = stemmer(STEMMERS[language])
    return stemmers[language]
