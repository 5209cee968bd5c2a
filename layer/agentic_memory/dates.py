"""The days a call's summary names, read relative to the call ("Friday" said on Monday the 16th is
the 20th).

ElevenLabs writes its summaries in English whatever the call's language, so the words read here are
English; the brief uses the day to keep an open item until it is past (``brief``, ``brief_view``).
The call's analysis item ``open_item_date`` (``analysis_items``), a date the analysis worked out from
the call's own date, comes first; these readers are its fallback.

When a text names both a weekday and a day of the month that disagree ("Thursday the 11th", the 11th
being a Friday), the day of the month is trusted: it is the more specific of the two and the one a
booking system writes, while a weekday is the word a person misremembers. The weekday said is then
ignored, and the greeting names the weekday of the date kept (``greeting``): it never names a weekday
that is not its date's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DAY = re.compile(rf"\b({_MONTH})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b", re.IGNORECASE)
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH})\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(next )?(" + "|".join(WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(tomorrow|next week|in (\w+) (days|weeks))\b", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10}


def due_date(text: str, said_on: str) -> str:
    """The day ``text`` names, read relative to the call it was said on ("Friday" → the next Friday);
    empty when it names none."""
    try:
        base = date.fromisoformat(said_on)
    except ValueError:
        return ""
    for pattern, resolve in _DAY_READERS:
        found = pattern.search(text)
        if found:
            return resolve(found, base)
    return ""


def days_between(earlier: str, later: str) -> int:
    """Days from one ISO date to another; 0 when either is not a date."""
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return 0


def _iso(found: re.Match[str], _base: date) -> str:
    return _safe_date(int(found[1]), int(found[2]), int(found[3]))


def _month_and_day(month_word: str, day: int, base: date) -> str:
    month = MONTHS[month_word.lower()]
    # "January 5" said in November is next year's.
    year = base.year + (1 if month < base.month and base.month - month > 2 else 0)
    return _safe_date(year, month, day)


def _day_of_month(found: re.Match[str], base: date) -> str:
    day = int(found[1])
    year, month = (base.year, base.month) if day >= base.day else _next_month(base)
    return _safe_date(year, month, day)


def _weekday(found: re.Match[str], base: date) -> str:
    ahead = (WEEKDAYS.index(found[2].lower()) - base.weekday()) % 7 or 7
    return (base + timedelta(days=ahead)).isoformat()


def _relative(found: re.Match[str], base: date) -> str:
    phrase = found[1].lower()
    if phrase in ("tomorrow", "next week"):
        return (base + timedelta(days=1 if phrase == "tomorrow" else 7)).isoformat()
    count = _SMALL_NUMBERS.get(found[2].lower()) or (int(found[2]) if found[2].isdigit() else 0)
    days = count * (7 if found[3].lower() == "weeks" else 1)
    return (base + timedelta(days=days)).isoformat() if count else ""


# Tried in this order: the first pattern found in the text decides the day.
_DAY_READERS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str], date], str]], ...] = (
    (_ISO_DATE, _iso),
    (_MONTH_DAY, lambda found, base: _month_and_day(found[1], int(found[2]), base)),
    (_DAY_MONTH, lambda found, base: _month_and_day(found[2], int(found[1]), base)),
    (_DAY_OF_MONTH, _day_of_month),
    (_WEEKDAY, _weekday),
    (_RELATIVE, _relative),
)


def _next_month(day: date) -> tuple[int, int]:
    return (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)


def _safe_date(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""
