"""Fact categories that must not cross agents (``PRIVATE_FACT_CATEGORIES``, default ``health``).

A caller of a clinic and of a restaurant is one caller under ``MEMORY_SCOPE=caller``: the restaurant's
agent may know their name and their table preference, never their root canal. What falls in a category
is decided from the words of the whole call (its summary, title, turns and collected data), in the six
languages the greeting speaks, and kept with everything the call left (``call_categories``: in the
brief, in each memory's metadata), so that one word of the call marks all of it, and one rule serves
the brief, ClientData and Retrieve alike; a memory stored without that mark is judged by its own
words. A word list errs on the side of keeping a memory with its agent: a false positive hides a
harmless fact from another business, a false negative would tell it a diagnosis.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Word stems, matched at the start of a word (case-insensitive): "allerg" finds allergy, allergic,
# alergia is listed on its own.
CATEGORY_STEMS: dict[str, tuple[str, ...]] = {
    "health": (
        # conditions, treatment and care (en)
        "allerg", "medic", "medicine", "prescri", "diagnos", "diabet", "asthma", "pregnan", "surgery",
        "surgical", "symptom", "therap", "cancer", "tumou", "tumor", "blood pressure", "insulin",
        "disease", "illness", "injur", "migraine", "depress", "anxiety", "hospital", "clinic",
        "patient", "chemo", "cholesterol", "arthritis", "epilep", "hiv", "infection", "pain",
        "root canal", "crown", "filling", "cavity", "cavities", "tooth", "teeth", "gum", "dental",
        "dentist", "orthodont", "x-ray", "xray", "vaccin", "physio", "pharmac", "dose", "dosage",
        "antibiotic", "penicillin", "inhaler", "wheelchair", "disabilit", "mental health", "eczema",
        "dermat", "psoria", "rash", "ointment", "doctor", "nurse", "cardiac", "cardiolog", "kidney",
        # es / pt / it / fr / de
        "alergi", "medicament", "medicin", "receta", "enfermedad", "embaraz", "cirug", "dolor",
        "diente", "muela", "doença", "gravid", "dente", "remédio", "malattia", "farmac", "dolore",
        "allergie", "maladie", "enceinte", "douleur", "dent", "ordonnance", "krankheit", "schwanger",
        "schmerz", "zahn", "zähne", "medikament", "rezept", "diabète", "diabete",
    ),
    "finance": (
        "loan", "mortgage", "debt", "overdraft", "credit score", "salary", "income", "bankrupt",
        "balance", "arrears", "collections", "préstamo", "hipoteca", "deuda", "prêt", "dette",
        "kredit", "schulden", "empréstimo", "dívida", "prestito", "mutuo", "debito",
    ),
}  # fmt: skip
KNOWN_CATEGORIES = tuple(CATEGORY_STEMS)


@lru_cache(maxsize=len(CATEGORY_STEMS))
def _pattern(category: str) -> re.Pattern[str]:
    stems = sorted(CATEGORY_STEMS[category], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


def categories_of(*texts: str) -> frozenset[str]:
    """The known categories whose words appear in any of ``texts`` (a fact's id and value, say)."""
    joined = " ".join(text.replace("_", " ") for text in texts if text)
    return frozenset(c for c in KNOWN_CATEGORIES if _pattern(c).search(joined))


def call_categories(*texts: str) -> str:
    """The categories a whole call falls in, from all its texts, as kept with everything the call left
    (``"health"``, ``"finance,health"``, or empty): a call about an eczema flare-up that names the
    condition once and the cream once is a health call in every sentence of it."""
    return ",".join(sorted(categories_of(*texts)))


def is_private(private: frozenset[str], *texts: str, marked: str = "") -> bool:
    """True when ``texts``, or the call they came from (``marked``: its ``call_categories``), fall in one
    of the ``private`` categories: kept with the agent that heard them."""
    if not private:
        return False
    return bool(private.intersection(marked.split(","))) or bool(categories_of(*texts) & private)
