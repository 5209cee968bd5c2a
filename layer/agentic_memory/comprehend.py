"""A second opinion on what goes to memory: Amazon Comprehend's ``DetectPiiEntities`` (``PII_SECOND_OPINION
=comprehend``, off by default), after the rules (``sensitive``), which stay the floor.

A language model trained on PII reads the texts the rules have already redacted and names spans the
rules missed ("my code is the year my son was born, 2011"). Only the entity types that are the
caller's secrets are taken (``ENTITY_KINDS``): names, addresses, phone numbers and dates are what
memory is for. What this costs and what it cannot do (API reference, DetectPiiEntities, and the
Comprehend developer guide, "Languages supported", as of 2026-12):

* English and Spanish only ("Detecting PII entities: English and Spanish"): a call in another of the
  six languages is read by the rules alone (metric ``PiiSecondOpinionSkipped``).
* At most 100 KB of UTF-8 per request: the texts of one call go in as few requests as fit
  (``MAX_REQUEST_BYTES``), each text whole; a text alone above the limit is cut at a line or a space.
* Priced per unit of 100 characters, at least 3 units a request (aws.amazon.com/comprehend/pricing:
  $0.0001 a unit at the first tier): a 10-minute call of about 9,000 characters is 90 units, $0.009.
* Any failure (throttling, a time-out, an error, missing permission) leaves the rules' redaction as
  it is and counts ``PiiSecondOpinionFailed``: the call is never lost nor held back for it.

``BeginOffset``/``EndOffset`` count characters of the text sent (the API reference's example: offsets
6 to 18 for "Paul Santos" in "Hello Paul Santos."), which is how spans are mapped back to each text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit
from botocore.config import Config

from agentic_memory.runtime.aws import session
from agentic_memory.runtime.observability import describe, metrics

logger = Logger(child=True)

LANGUAGES = frozenset({"en", "es"})
# "A UTF-8 text string. The maximum string size is 100 KB": kept under it, with room for the joins.
MAX_REQUEST_BYTES = 99_000
# Comprehend's types (botocore's service model, PiiEntityType) that are a caller's secrets, and the
# kind (``sensitive``) each is.
ENTITY_KINDS = {
    "CREDIT_DEBIT_NUMBER": "cards",
    "CREDIT_DEBIT_CVV": "secrets",
    "PIN": "secrets",
    "PASSWORD": "secrets",
    "BANK_ACCOUNT_NUMBER": "bank_accounts",
    "BANK_ROUTING": "bank_accounts",
    "INTERNATIONAL_BANK_ACCOUNT_NUMBER": "bank_accounts",
    "SSN": "national_ids",
    "PASSPORT_NUMBER": "national_ids",
    "DRIVER_ID": "national_ids",
    "CA_SOCIAL_INSURANCE_NUMBER": "national_ids",
    "UK_NATIONAL_INSURANCE_NUMBER": "national_ids",
    "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER": "national_ids",
    "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER": "national_ids",
    "UK_NATIONAL_HEALTH_SERVICE_NUMBER": "national_ids",
    "CA_HEALTH_NUMBER": "national_ids",
    "IN_AADHAAR": "national_ids",
    "IN_PERMANENT_ACCOUNT_NUMBER": "national_ids",
    "IN_VOTER_NUMBER": "national_ids",
    "IN_NREGA": "national_ids",
}
# More likely than not, by Comprehend's own confidence; not tuned on any of our sets.
MIN_SCORE = 0.5
_JOIN = "\n\n"
# Ingestion runs after the call: a few seconds and one retry at most, then the rules alone.
_CONFIG = Config(connect_timeout=2, read_timeout=5, retries={"total_max_attempts": 2, "mode": "standard"})


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def redact_transcription(
    data: dict[str, Any],
    kinds: frozenset[str],
    replace: Callable[[str, list[Span]], tuple[str, frozenset[str]]],
) -> frozenset[str]:
    """Every text of a transcription's ``data`` that goes to memory, read by Comprehend in the call's
    language; ``replace`` puts the labels (``sensitive``'s) where it found something. The kinds found."""
    places: list[tuple[dict[str, Any], str]] = [
        (turn, name)
        for turn in data.get("transcript") or []
        if isinstance(turn, dict)
        for name in ("message", "original_message")
        if isinstance(turn.get(name), str)
    ]
    analysis: dict[str, Any] = data["analysis"] if isinstance(data.get("analysis"), dict) else {}
    places += [
        (analysis, n)
        for n in ("transcript_summary", "call_summary_title")
        if isinstance(analysis.get(n), str)
    ]
    places += [
        (result, name)
        for result in (analysis.get("data_collection_results") or {}).values()
        if isinstance(result, dict)
        for name in ("value", "rationale")
        if isinstance(result.get(name), str)
    ]
    metadata: dict[str, Any] = data["metadata"] if isinstance(data.get("metadata"), dict) else {}
    found = spans([holder[name] for holder, name in places], metadata.get("main_language"), kinds)
    kinds_found: set[str] = set()
    for (holder, name), where in zip(places, found or [], strict=False):
        if where:
            holder[name], named = replace(holder[name], where)
            kinds_found |= named
    return frozenset(kinds_found)


@lru_cache(maxsize=1)
def client() -> Any:
    """The container's Comprehend client (``AWS_ENDPOINT_URL`` points it elsewhere, as every client)."""
    return session().client("comprehend", config=_CONFIG)


def spans(texts: list[str], language: str | None, kinds: frozenset[str]) -> list[list[Span]] | None:
    """For each text, the spans Comprehend finds of the types in ``kinds``; None when it was not
    asked (a language it does not read) or did not answer (then the rules alone stand)."""
    code = (language or "en").split("-")[0].lower()
    if code not in LANGUAGES:
        metrics.add_metric(name="PiiSecondOpinionSkipped", unit=MetricUnit.Count, value=1)
        return None
    found: list[list[Span]] = [[] for _ in texts]
    try:
        for request in _requests(texts):
            entities = client().detect_pii_entities(Text=request.text, LanguageCode=code)["Entities"]
            for entity in entities:
                kind = ENTITY_KINDS.get(entity["Type"])
                if kind in kinds and entity["Score"] >= MIN_SCORE:
                    request.place(entity["BeginOffset"], entity["EndOffset"], kind, found)
    except Exception as error:  # the rules' redaction stands; the call goes on to memory
        logger.warning(
            "Comprehend's second opinion failed; the rules alone redacted", extra={"error": describe(error)}
        )
        metrics.add_metric(name="PiiSecondOpinionFailed", unit=MetricUnit.Count, value=1)
        return None
    return found


@dataclass
class _Request:
    """One request's text: several texts joined, and where each begins in it."""

    text: str
    parts: list[tuple[int, int, int, int]]  # (text index, start and end in the request, offset in the text)

    def place(self, begin: int, end: int, kind: str, found: list[list[Span]]) -> None:
        for index, start, stop, offset in self.parts:
            if start <= begin < stop:
                found[index].append(Span(begin - start + offset, min(end, stop) - start + offset, kind))
                return


def _requests(texts: list[str]) -> Iterator[_Request]:
    """The texts in as few requests as fit under ``MAX_REQUEST_BYTES``, each text whole unless it alone
    is above it."""
    current = _Request("", [])
    for index, text in enumerate(texts):
        for offset, piece in _pieces(text):
            if not piece.strip():
                continue
            joined = f"{current.text}{_JOIN}{piece}" if current.text else piece
            if current.text and len(joined.encode()) > MAX_REQUEST_BYTES:
                yield current
                current, joined = _Request("", []), piece
            start = len(joined) - len(piece)
            current = _Request(joined, [*current.parts, (index, start, len(joined), offset)])
    if current.text:
        yield current


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """A text in pieces under the limit, cut at a line end or a space: (offset, piece)."""
    offset = 0
    while len(text[offset:].encode()) > MAX_REQUEST_BYTES:
        window = text[offset : offset + MAX_REQUEST_BYTES // 4]  # at most 4 bytes a character
        cut = max(window.rfind("\n"), window.rfind(" "))
        cut = cut if cut > 0 else len(window)
        yield offset, text[offset : offset + cut]
        offset += cut
    yield offset, text[offset:]
