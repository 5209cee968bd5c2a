"""The data-collection items ``setup`` adds to each agent, so that ElevenLabs' post-call analysis fills
them (DESIGN §3, "What the call's own analysis can tell us").

A language model reads every word of every call, in every language the agent speaks, and fills each
item; ingestion and the brief read these first and fall back on their own readers when an item is
absent or empty (older calls, agents not set up). The ids are a contract: ingestion looks them up in
``analysis.data_collection_results``. The descriptions are what the analysis model is told, so they
say what to write and what to leave out.
"""

from __future__ import annotations

CALL_TOPIC = "call_topic"
OPEN_ITEM = "open_item"
OPEN_ITEM_DATE = "open_item_date"
LASTING_FACTS = "lasting_facts"
SENSITIVE_CATEGORY = "sensitive_category"

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
}
