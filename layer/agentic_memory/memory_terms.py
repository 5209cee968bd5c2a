"""What a memory is about and when it was said, as the ranking compares them (``ranking``,
``later_corrections``).

Terms are stemmed with Snowball's English stemmer, whose objects keep state between calls: one per
thread, and each word's stem cached (``make run`` answers concurrent searches on threads).
"""

from __future__ import annotations

import re
import threading
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # an annotation only: the brief (ClientData's path) reads terms, not the memory module
    from agentic_memory.memory import MemoryRecord

# Words that name a kind of value, not which one: a question sharing only these with a memory ("his
# phone number" and "Order number: A-77120") is not answered by it.
_KIND_TEXT = "number code reference date time name id digit detail"
TOKEN = re.compile(r"[^\W_][\w'\u2019-]*")
# Words that say nothing about what a question is about.
_STOPWORD_TEXT = """
    a about after again all am an and any anything are as at be been before being but by can could did
    do does doing done for from get got had has have having he her here hers him his how i if in into is
    it its just me my myself no nor not now of on once only or other our out over own said same she us
    should so some such than that the their them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    caller agent customer patient client person someone one their they tell told know does did please kind
    current currently last new any ever there which whose ask asked asking say said says mention
    mentioned talk talked call called want wanted wants need needs needed like would each much many
    ca wo
"""
_STOPWORDS = frozenset(_STOPWORD_TEXT.split())
# An English clitic or possessive ending a word: "what's" is "what", "Sam's" is "Sam", "doesn't" is "does".
_CLITIC = re.compile(r"(?:n['\u2019]t|['\u2019](?:s|re|ll|ve|d|m))$")


def terms(text: str) -> list[str]:
    """The words of ``text`` that can say what it is about, lower-cased and stemmed ("rotating" and
    "rotation" are one term); a hyphenated word is also its parts joined ("check-out" and "checkout"
    are one term)."""
    words = [_CLITIC.sub("", w.casefold()).strip("'\u2019-") for w in TOKEN.findall(text)]
    words += [w.replace("-", "") for w in words if "-" in w]
    return [_stem(w) for w in words if w and w not in _STOPWORDS]


@lru_cache(maxsize=4096)
def cached_terms(text: str) -> tuple[str, ...]:
    """``terms`` of a memory: the same few dozen memories come back search after search."""
    return tuple(terms(text))


@cache
def kind_words() -> frozenset[str]:
    """The terms that name a kind of value ("number", "code"), not which one."""
    return frozenset(terms(_KIND_TEXT))


def call_day(record: MemoryRecord) -> str:
    """The day of the call a memory came from (``YYYY-MM-DD``), or of its writing when no call says."""
    return str(record.metadata.get("call_date") or (record.created_at or "")[:10])


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    stem: str = _stemmer().stemWord(word)
    return stem


_local = threading.local()


def _stemmer() -> Any:
    """This thread's Snowball English stemmer (its objects keep the word being stemmed: two threads
    sharing one fail with IndexError, or stem wrong). Imported on first use: the package loads all
    its languages (about 25 ms), which Retrieve's cold start need not pay before the first search."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        from snowballstemmer import stemmer as snowball  # noqa: PLC0415 - see the docstring

        stemmer = _local.stemmer = snowball("english")
    return stemmer
