"""What a call leaves in memory (DESIGN §2.3, §3): from a transcription to the memories, the brief
entry and the index entry that remember it.

Factual memories are ElevenLabs' own analysis (its data-collection values, the lasting facts and open
item of its analysis items, and the summary), one sentence each, stored verbatim (``infer=False``);
episodic ones are the spoken turns in bounded chunks for Mem0 to extract from.
What PII redaction left in place of a value is never a fact nor a name. ``ingest`` sends them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.analysis_items import ITEM_IDS, NO_ANALYSIS, CallAnalysis, read_analysis
from agentic_memory.brief import Brief, CallFacts
from agentic_memory.categories import both_categories
from agentic_memory.greeting import fact_label
from agentic_memory.lasting import fact_key
from agentic_memory.memory import Message
from agentic_memory.models import TranscriptionData
from agentic_memory.question_dates import spoken_date
from agentic_memory.runtime.observability import metrics
from agentic_memory.sensitive_values import LABEL_ONLY

logger = Logger(child=True)

# What PII redaction leaves where a value was: "[NAME]", "[PHONE_NUMBER_1]", "<EMAIL>", "REDACTED".
# A token is never a fact about the caller, and never their name (DESIGN §2.3).
REDACTION = re.compile(r"\[[A-Z][A-Z_]*\d*\]|<[A-Z][A-Z_]*\d*>|\bREDACTED\b")
# ElevenLabs data-collection ids that hold the caller's name, most specific first.
NAME_FIELDS = ("first_name", "caller_name", "customer_name", "patient_name", "name", "full_name")
_ROLES = {"agent": "assistant", "user": "user"}
# How the call summary's memory begins: "Call on 2026-11-02: …".
CALL_SUMMARY_PREFIX = "Call on "
# Mem0 v3 extracts the assistant's lines with the same weight as the caller's (docs:
# migration/platform-v2-to-v3): each episodic add says what is worth remembering about a caller.
EXTRACTION_INSTRUCTIONS = (
    "Extract only facts about the caller (the user): who they are, their circumstances, preferences, "
    "requests, appointments, commitments made to them, and corrections of earlier facts. Do not extract "
    "the assistant's name, role or scripted lines, greetings and pleasantries, or information about the "
    "business itself (its hours, prices, services or policies)."
)


@dataclass(frozen=True)
class Call:
    """An archived call as ingestion reads it, the sensitive data policy already applied."""

    conversation_id: str
    data: TranscriptionData
    caller: str | None
    chunks: list[list[Message]]  # ``episodes``
    categories: str  # the private categories the whole call falls in (``private_categories``)
    analysis: CallAnalysis = NO_ANALYSIS  # what the post-call analysis filled in (``analysis_items``)
    # what decided ``categories``: "analysis_item", "word_list" or "earlier_call" (``private_categories``)
    category_source: str = "word_list"
    # what the analysis wrote beside a private matter (summary, lasting fact, open item): its categories
    private_parts: dict[str, str] = field(default_factory=dict)
    # each chunk's own private categories, in a call the item called "none" (``call_privacy.turn_asides``)
    chunk_categories: tuple[str, ...] = ()

    def chunk_scope_categories(self, index: int) -> str:
        """The categories a chunk's memories are kept with beyond the call's own (``turn_asides``)."""
        return self.chunk_categories[index] if index < len(self.chunk_categories) else ""

    @property
    def aside(self) -> str:
        """The categories of a private matter the summary names in a call the item called "none"
        (``call_privacy.summary_aside``): those its summary is kept with, else ""."""
        return self.private_parts.get((self.data.analysis.transcript_summary or "").strip(), "")


def memory_scope(call: Call, kind: str, retention_days: int, part_categories: str = "") -> dict[str, Any]:
    """Whose memory an add of this call is, what it is, and until when it is kept (``memory.add``);
    ``part_categories``: those of the facts added, beyond the call's own (``private_parts``)."""
    assert call.caller is not None
    categories = both_categories(call.categories, part_categories)
    return {
        "expires": retention_end(call.data.call_date, retention_days),
        "user_id": call.caller,
        "agent_id": call.data.agent_id,
        "metadata": {
            "conversation_id": call.conversation_id,
            "call_date": call.data.call_date,
            "type": kind,
            # Which categories the whole call falls in: a search keeps every memory of a health call
            # with its agent, whatever words the memory itself has (``categories``).
            **({"categories": categories} if categories else {}),
        },
        "timestamp": call.data.metadata.start_time_unix_secs,
    }


def index_entry(call: Call) -> dict[str, Any]:
    """The caller index's entry for this call (``archive.caller_index_key``)."""
    return {
        "caller_id": call.caller,
        "conversation_id": call.conversation_id,
        "agent_id": call.data.agent_id,
        "call_date": call.data.call_date,
    }


def collected_facts(data: TranscriptionData) -> dict[str, str]:
    """Non-null ``data_collection_results`` of the agent's own items, by id, as text; a value redaction
    replaced is left out. Our analysis items (``analysis_items``) are read apart, by ``call_analysis``."""
    facts: dict[str, str] = {}
    for key, result in data.analysis.data_collection_results.items():
        if key in ITEM_IDS:
            continue
        value = result.value
        if value is None or value == "":
            continue
        text = value if isinstance(value, str) else json.dumps(value)
        # a name redaction took for a secret elsewhere in the call is "[secret]" here: never a name
        if not (REDACTION.fullmatch(text.strip()) or LABEL_ONLY.fullmatch(text)):
            facts[key] = text
    return facts


def notice_payload_settings(data: TranscriptionData) -> None:
    """ElevenLabs settings that change the payload (DESIGN §2.3), said in the logs and counted."""
    if not data.transcript:
        # exclude_transcript, or a transcript_format other than the default, leaves no turns.
        other_format = "otlp_traces" in (data.model_extra or {})
        logger.warning(
            "Transcription without turns: no episodic memory from this call",
            extra={"reason": "transcript_format" if other_format else "exclude_transcript or empty call"},
        )
        metrics.add_metric(name="TranscriptWithoutTurns", unit=MetricUnit.Count, value=1)
    texts = [turn.message or "" for turn in data.transcript] + [data.analysis.transcript_summary or ""]
    if any(REDACTION.search(text) for text in texts):
        logger.info("Transcription carries PII redaction tokens; they are never taken for facts")
        metrics.add_metric(name="TranscriptRedacted", unit=MetricUnit.Count, value=1)


def retention_end(call_date: str, days: int) -> str | None:
    """The last day a call's memories are kept (``MEMORY_RETENTION_DAYS`` after the call), or None."""
    if days <= 0:
        return None
    try:
        return (date.fromisoformat(call_date) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


def call_analysis(data: TranscriptionData) -> CallAnalysis:
    """The call's analysis items, each redaction token left out (a token is never a fact)."""
    analysis = read_analysis(data.analysis.data_collection_results)
    return replace(
        analysis,
        topic=_unredacted(analysis.topic),
        open_item=_unredacted(analysis.open_item),
        lasting_facts=tuple(f for f in analysis.lasting_facts if not REDACTION.search(f)),
    )


def call_facts(call: Call) -> CallFacts:
    """What this call brings to the caller's brief: ElevenLabs' analysis (its items first: the topic
    as the call's title, the open item and its date, the lasting facts), with the private categories
    it falls in."""
    data, analysis = call.data, call.analysis
    facts = collected_facts(data)
    summary = (data.analysis.transcript_summary or "").strip()
    return CallFacts(
        conversation_id=call.conversation_id,
        date=data.call_date,
        agent=data.agent_id or "",
        title=analysis.topic or (data.analysis.call_summary_title or "").strip(),
        summary="" if REDACTION.fullmatch(summary) else summary,
        language=data.metadata.main_language or "",
        name=caller_name(facts) or "",
        facts=facts,
        started=data.metadata.start_time_unix_secs or 0,
        categories=call.categories,
        private_parts=call.private_parts,
        lasting=analysis.lasting_facts,
        open_item=analysis.open_item,
        open_item_date=analysis.open_item_date,
        analysed=analysis.present,
    )


def caller_name(facts: dict[str, str]) -> str | None:
    return next((facts[field].strip() for field in NAME_FIELDS if facts.get(field, "").strip()), None)


def fact_messages(
    data: TranscriptionData,
    facts: dict[str, str],
    analysis: CallAnalysis = NO_ANALYSIS,
    parts: dict[str, str] | None = None,
) -> dict[str, list[Message]]:
    """ElevenLabs' analysis as standalone sentences, one memory each (exact text dedups in Mem0): the
    collected values, the lasting facts, the open item with its date, the summary; by the categories
    of what was written beside a private matter (``parts``, from ``call_privacy.private_parts``), ""
    for the rest."""
    parts = parts or {}
    grouped: dict[str, list[Message]] = {}

    def said(text: str, part: str = "") -> None:
        grouped.setdefault(parts.get(part, ""), []).append({"role": "user", "content": text})

    for key, value in facts.items():
        said(fact_text(key, value))
    for fact in analysis.lasting_facts:
        said(_sentence(fact), fact)
    if analysis.open_item:
        # the date in words with its weekday: what the agent reads it says ("due Saturday, December 12")
        due = f" (due {spoken_date(analysis.open_item_date)})" if analysis.open_item_date else ""
        item = f"Open after the call on {data.call_date}{due}: {analysis.open_item}"
        said(_sentence(item), analysis.open_item)
    summary = (data.analysis.transcript_summary or "").strip()
    if summary:
        said(f"{CALL_SUMMARY_PREFIX}{data.call_date}: {summary}", summary)
    return grouped


def corrected_lasting(brief: Brief, call: Call) -> list[str]:
    """The memories of lasting facts this call corrects (same agent and key, other words), as stored
    (``fact_messages``): retired, so that search finds the correction alone."""
    new = {fact_key(text): text.casefold() for text in call.analysis.lasting_facts}
    return [
        _sentence(old.text)
        for old in brief.lasting
        if old.agent == (call.data.agent_id or "")
        and old.date <= call.data.call_date
        and new.get(old.key, old.text.casefold()) != old.text.casefold()
    ]


def _sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else f"{text}."


def _unredacted(text: str) -> str:
    return "" if REDACTION.search(text) else text


def fact_text(key: str, value: str) -> str:
    """A data-collection fact as its memory's text: "First name: Maria"."""
    return f"{fact_label(key)}: {value}"


def episodes(data: TranscriptionData, chunk_turns: int = 20) -> list[list[Message]]:
    """The spoken turns, in chunks of at most ``chunk_turns``, without the agent's opening line: that is
    the first message, our own words (``DefaultFirstMessage``, or the greeting built from this caller's
    memory), never the caller's. Kept, it would make every caller's memory name the business ("SafeDrive
    Insurance" answering "home insurance?") and count a greeting's recalled topic as said again."""
    turns = [
        {"role": _ROLES.get(turn.role, "user"), "content": turn.message.strip()}
        for turn in data.transcript
        if turn.message and turn.message.strip()
    ]
    if turns and turns[0]["role"] == "assistant":
        turns = turns[1:]
    return [turns[start : start + chunk_turns] for start in range(0, len(turns), chunk_turns)]
