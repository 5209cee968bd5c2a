"""Dates in a search question (``ranking``): whether it asks when or for the latest, the days it
names, and how a memory says which call it came from."""

from __future__ import annotations

import re
from datetime import date

ASKS_WHEN = re.compile(
    r"\b(when|what day|which day|what date|what time|how long ago|since when)\b", re.IGNORECASE
)
ASKS_LATEST = re.compile(r"\b(last|latest|most recent(ly)?|recently|lately)\b", re.IGNORECASE)
NAMES_A_TIME = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|today|tomorrow|yesterday|tonight|morning|afternoon|"
    r"evening|noon|midnight|week|month|year|a\.?m\.?|p\.?m\.?|o'clock|\d{1,2}(st|nd|rd|th)|\d{1,2}:\d{2}|"
    r"\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")  # fmt: skip
_MONTH = "|".join(_MONTHS)
_NAMED_DAY = re.compile(
    rf"\b(?:({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH}))\b"
    r"|\b\d{4}-(\d{2})-(\d{2})\b",
    re.IGNORECASE,
)


def days_named(query: str) -> set[str]:
    """The days ``query`` names, as ``MM-DD`` ("what did she call about on November 12" → "11-12"): a
    memory said in a call of that day answers it as an identifier would."""
    days = set()
    for month, day, day_first, month_after, iso_month, iso_day in _NAMED_DAY.findall(query):
        if iso_month:
            days.add(f"{iso_month}-{iso_day}")
        else:
            number = _MONTHS.index((month or month_after).casefold()) + 1
            days.add(f"{number:02d}-{int(day or day_first):02d}")
    return days


def spoken_date(day: str) -> str:
    """``"Saturday, December 12, 2026"`` for ``"2026-12-12"``: a date as the agent says it, its weekday
    computed, never guessed; anything not an ISO date as it is."""
    try:
        said = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{said:%A}, {said:%B} {said.day}, {said.year}"


def said_when(day: str) -> str:
    """``" (call of Thursday, November 12)"``: the call ``day`` (ISO) a memory was said in, for a
    question asking when; nothing when the day is unknown."""
    try:
        said = date.fromisoformat(day)
    except ValueError:
        return ""
    return f" (call of {said:%A}, {said:%B} {said.day})"
