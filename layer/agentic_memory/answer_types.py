"""What kind of value a search question asks for, and whether a memory holds one (``ranking``).

A question asking *how many*, *how much*, *how old* or for a price, a size or a score is answered
only by a memory that holds a number, written or spoken in any of the greeting's languages
(``sensitive_numbers.number_runs``); one asking for an email address only by a memory that holds
one. A memory about the same thing without such a value ("she has an upright piano" to "what make is
her piano" aside, "she asked about the sofa" to "how much did he pay for the sofa") is about the
question's subject but does not answer it, and an agent told it might answer with it. This is the
expected-answer-type test of question answering, kept to the two types a word decides reliably.
"""

from __future__ import annotations

import re

from agentic_memory.sensitive_numbers import number_runs

ASKS_NUMBER = re.compile(
    r"\bhow (?:many|much|old|long|big|far|often|tall|heavy|large|wide|high|deep)\b"
    r"|\bwhat (?:size|number|percentage|amount|price|fee|cost|score|rating|budget|deposit|total)\b",
    re.IGNORECASE,
)
ASKS_EMAIL = re.compile(r"\be-?mail\b", re.IGNORECASE)
_EMAIL = re.compile(r"@|\bat\b.{1,40}\bdot\b", re.IGNORECASE)


def may_answer(query: str, memory: str) -> bool:
    """Whether ``memory`` holds a value of the kind ``query`` asks for (always, for other questions)."""
    if ASKS_EMAIL.search(query) and not _EMAIL.search(memory):
        return False
    return not (ASKS_NUMBER.search(query) and next(number_runs(memory), None) is None)
