"""Sentences of a call summary: the brief takes open items from them, the ranking reads corrections in
them, and the local memory stores a summary by them."""

from __future__ import annotations

import re

# A sentence ends at ., ! or ? before a capital, except after a title or a usual abbreviation ("the
# adjuster, Mr. Patel", "Dr. Ruiz", "St. Mary's", "Sra. Lopez") or an initial ("J. Smith"); words that
# as often end a sentence ("10 a.m.", "Acme Inc.") still end one. pysbd does this too, but has had no
# release since 2021 and costs ~27 ms at first use.
_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Sra", "Srta", "Jr", "Mme", "Mlle", "Hr", "Fr", "Dott",
    "Sig", "St", "Mt", "Ave", "Apt", "vs", "approx", "e.g", "i.e",
)  # fmt: skip
_SENTENCE = re.compile(
    "".join(rf"(?<!\b{re.escape(word)}\.)" for word in _ABBREVIATIONS)
    + r"(?<!\b[A-Z]\.)(?<=[.!?])\s+(?=[A-Z0-9\"'(])"
)


def summary_sentences(summary: str) -> list[str]:
    """``summary``'s sentences, in order."""
    return [s.strip() for s in _SENTENCE.split(summary.strip()) if s.strip()]
