"""The data-collection items ``setup`` adds to each agent, so that ElevenLabs' post-call analysis fills
them (DESIGN §3, "What the call's own analysis can tell us").

A language model reads every word of every call, in every language the agent speaks, and fills each
item; ingestion and the brief read these first and fall back on their own readers when an item is
absent or empty (older calls, agents not set up). The ids are a contract: ingestion looks them up in
``analysis.data_collection_results``. The descriptions are what the analysis model is told, so they
say what to write and what to leave out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

CALL_TOPIC = "call_topic"
OPEN_ITEM = "open_item"
OPEN_ITEM_DATE = "open_item_date"
LASTING_FACTS = "lasting_facts"
SENSITIVE_CATEGORY = "sensitive_category"
# Read by redaction only (``said_secrets``), never stored: the secrets the model heard, so that every
# copy of them is removed however it was said.
SECRETS_SAID = "secrets_said"

# One of these, else the item is read as absent.
SENSITIVE_CATEGORIES = ("none", "health", "finance", "legal", "other")
LASTING_FACTS_SEPARATOR = "; "

DESCRIPTIONS: dict[str, str] = {
    CALL_TOPIC: (
        "What the caller called about, in a few words (at most eight), in the language of the call, "
        "e.g. 'moving the dental cleaning' or 'a refund for order 4471'. Never a name, number or code."
    ),
    OPEN_ITEM: (
        "What is still open after the call and who does what, in one short sentence, e.g. 'the clinic "
        "calls back with the lab results' or 'the caller brings the car in on Friday'. Empty when "
        "nothing is left open. Never a password, PIN, access code or card number."
    ),
    OPEN_ITEM_DATE: (
        "The date of the open item as YYYY-MM-DD, worked out from the call's own date when the caller "
        "says 'next Friday' or 'the 11th'. Empty when the open item has no date or nothing is open."
    ),
    LASTING_FACTS: (
        "Facts about the caller that a future call would need, separated by '; ': names of the caller "
        "and the people they mention with who they are, addresses, preferences, allergies, plans, "
        "non-secret identifiers such as an order or policy number. When the caller corrects a fact, "
        "write only the corrected one. Never a password, PIN, access or alarm code, security code, "
        "card or bank account number, or national id. Empty when there are none."
    ),
    SENSITIVE_CATEGORY: (
        "The most sensitive kind of personal matter the caller discussed about themselves or their "
        "family: exactly one of none, health, finance, legal, other. 'health' for illness, treatment, "
        "medication or a medical appointment; 'finance' for debts, loans, account problems; 'legal' for "
        "legal disputes or proceedings. Ordinary orders, prices and bookings are 'none'."
    ),
    SECRETS_SAID: (
        "Every secret the caller said, exactly as it was said, separated by '; ': passwords and "
        "passphrases, memorable words, answers to security questions (a mother's maiden name, a first "
        "pet, a first school), PINs, one-time codes, and door, gate, alarm, lockbox or Wi-Fi codes, even "
        "when the caller never calls them a password or a code. Only values said as one of these: never "
        "an order, booking or policy number, a phone number, a date, or a name said for another reason. "
        "Empty when there are none. Used only to remove them from what is kept, never stored."
    ),
}

ITEM_IDS = frozenset(DESCRIPTIONS)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class CallAnalysis:
    """What the post-call analysis filled in for this call's items, read once per transcription.

    ``present`` is False when the call carries none of the items with a value (an older call, an
    agent ``setup`` has not touched): every reader then falls back on its own rule. When it is True,
    an empty ``open_item`` means the model found nothing open, and no cue phrase second-guesses it.
    """

    present: bool = False
    topic: str = ""
    open_item: str = ""
    open_item_date: str = ""  # ISO, only when it is a real calendar day
    lasting_facts: tuple[str, ...] = ()
    sensitive_category: str | None = None  # one of SENSITIVE_CATEGORIES, else None (not said)

    @property
    def private_categories(self) -> str | None:
        """The call's categories as ``categories.call_categories`` writes them ("" for ``none``), or
        None when the item is absent and the word lists decide."""
        if self.sensitive_category is None:
            return None
        return "" if self.sensitive_category == "none" else self.sensitive_category


NO_ANALYSIS = CallAnalysis()


def read_analysis(results: Mapping[str, Any]) -> CallAnalysis:
    """The items of ``analysis.data_collection_results`` (id → ``DataCollectionResult``, or the raw
    dict), leniently: the SDK's model types ``value`` as ``Optional[Any]``
    (``elevenlabs.types.DataCollectionResultCommonModel``), so a null, an empty string, a number or a
    list where text was asked for are all accepted and read as well as they can be, never raised."""
    values = {key: _text(_value(results.get(key))) for key in ITEM_IDS}
    facts = _facts(_value(results.get(LASTING_FACTS)))
    category = values[SENSITIVE_CATEGORY].casefold()
    day = values[OPEN_ITEM_DATE][:10]
    read = CallAnalysis(
        topic=values[CALL_TOPIC],
        open_item=values[OPEN_ITEM],
        open_item_date=day if _ISO_DAY.fullmatch(day) and _is_day(day) else "",
        lasting_facts=facts,
        sensitive_category=category if category in SENSITIVE_CATEGORIES else None,
    )
    usable = (read.topic, read.open_item, read.open_item_date, read.lasting_facts)
    return replace(read, present=any(usable) or read.sensitive_category is not None)


def said_secrets(analysis: Any) -> tuple[str, ...]:
    """The values ``secrets_said`` lists in a transcription's raw ``analysis`` (as received), each as
    said; one of fewer than three characters is no value any text could be searched for."""
    results = analysis.get("data_collection_results") if isinstance(analysis, Mapping) else None
    listed = _facts(_value(results.get(SECRETS_SAID))) if isinstance(results, Mapping) else ()
    return tuple(value for value in listed if len(value) >= 3)


def collected_items(analysis: Any) -> tuple[tuple[str, str], ...]:
    """Each data-collection item of a transcription's raw ``analysis`` but ``secrets_said``, as the
    words that name it (its id, "guest_count" as "guest count", and the description it was given)
    and its value as text; those with no value are left out."""
    results = analysis.get("data_collection_results") if isinstance(analysis, Mapping) else None
    items = []
    for key, result in results.items() if isinstance(results, Mapping) else ():
        value = _text(_value(result))
        if key == SECRETS_SAID or not value:
            continue
        schema = result.get("json_schema") if isinstance(result, Mapping) else None
        described = schema.get("description") if isinstance(schema, Mapping) else None
        items.append((" ".join([str(key).replace("_", " "), _text(described)]).strip(), value))
    return tuple(items)


def _value(result: Any) -> Any:
    if result is None:
        return None
    if isinstance(result, Mapping):
        return result.get("value")
    return getattr(result, "value", None)


def _text(value: Any) -> str:
    if value is None or isinstance(value, bool | dict):
        return ""
    if isinstance(value, list):
        return LASTING_FACTS_SEPARATOR.join(_text(v) for v in value if _text(v))
    return " ".join(str(value).split())


def _facts(value: Any) -> tuple[str, ...]:
    """Lasting facts, one per "; "-separated part (or list element), in order, each once."""
    parts = value if isinstance(value, list) else _text(value).split(";")
    facts = [_text(part).strip(" .;") for part in parts]
    seen: dict[str, str] = {}
    for fact in facts:
        if fact and fact.casefold() not in seen:
            seen[fact.casefold()] = fact
    return tuple(seen.values())


def _is_day(day: str) -> bool:
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True
