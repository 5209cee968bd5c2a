"""Conversations whose transcription webhook never came (DESIGN §2.3), found through ElevenLabs' API
and archived as if delivered: the archive's notification then ingests them like any other.

ElevenLabs retries a transcription webhook only when retries are on, and disables a webhook after
repeated failures; a deploy or an outage can miss calls. So the configured agents' recent
conversations are listed, and each one not archived yet is fetched and archived as
``transcription.json``, in the webhook's envelope with ``"source": "reconciliation"``. A conversation
already archived is never fetched again; one still in progress is left for the next run.

Routes and fields as the official SDK sends and reads them (elevenlabs 2.78,
conversational_ai/conversations/raw_client.py ``list`` and ``get``; types
GetConversationsPageResponseModel and GetConversationResponseModel). The SDK itself is not in the
layer: 37 MB and half a second of imports, against a layer budget of 60 MB.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

import httpx
from aws_lambda_powertools import Logger
from aws_lambda_powertools.metrics import MetricUnit

from agentic_memory.archive import Archive, transcription_key
from agentic_memory.runtime.observability import metrics

logger = Logger(child=True)
PAGE_SIZE = 100
# The conversation's status while ElevenLabs is still at it (GetConversationResponseModelStatus).
UNFINISHED = frozenset({"initiated", "in-progress", "processing"})


class ConversationsSource(Protocol):
    def recent(self, agent_id: str, since_unix: int) -> Iterator[dict[str, Any]]: ...

    def conversation(self, conversation_id: str) -> bytes: ...


@dataclass(frozen=True)
class ConversationsApi:
    base_url: str
    api_key: str
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0)))

    def recent(self, agent_id: str, since_unix: int) -> Iterator[dict[str, Any]]:
        """The agent's conversations started since ``since_unix``, page by page."""
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {
                "agent_id": agent_id,
                "call_start_after_unix": since_unix,
                "page_size": PAGE_SIZE,
            }
            if cursor:
                params["cursor"] = cursor
            page = self._get("/v1/convai/conversations", params).json()
            yield from page.get("conversations") or []
            cursor = page.get("next_cursor")
            if not page.get("has_more") or not cursor:
                return

    def conversation(self, conversation_id: str) -> bytes:
        """The conversation as ElevenLabs returns it: the transcription webhook's ``data``, as bytes."""
        return self._get(f"/v1/convai/conversations/{conversation_id}", {}).content

    def _get(self, path: str, params: dict[str, str | int]) -> httpx.Response:
        answer = self.http.get(
            f"{self.base_url.rstrip('/')}{path}", params=params, headers={"xi-api-key": self.api_key}
        )
        answer.raise_for_status()
        return answer


@dataclass
class Counts:
    listed: int = 0
    archived_before: int = 0
    unfinished: int = 0
    reconciled: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Reconciler:
    api: ConversationsSource
    archive: Archive
    clock: Callable[[], float] = time.time

    def run(
        self, agent_ids: list[str], since_unix: int, progress: Callable[[str, str], None] | None = None
    ) -> Counts:
        counts = Counts()
        for agent_id in agent_ids:
            for summary in self.api.recent(agent_id, since_unix):
                conversation_id = str(summary.get("conversation_id", ""))
                counts.listed += 1
                outcome = self._one(conversation_id, str(summary.get("status", "done")))
                if outcome == "reconciled":
                    counts.reconciled.append(conversation_id)
                elif outcome == "archived":
                    counts.archived_before += 1
                else:
                    counts.unfinished += 1
                if progress is not None:
                    progress(conversation_id, outcome)
        metrics.add_metric(
            name="ConversationsReconciled", unit=MetricUnit.Count, value=len(counts.reconciled)
        )
        logger.info(
            "Reconciliation done",
            extra={
                "listed": counts.listed,
                "reconciled": len(counts.reconciled),
                "unfinished": counts.unfinished,
            },
        )
        return counts

    def _one(self, conversation_id: str, status: str) -> str:
        key = transcription_key(conversation_id)
        if self.archive.exists(key):
            return "archived"
        if status in UNFINISHED:
            return "unfinished"
        data = self.api.conversation(conversation_id)
        json.loads(data)  # a JSON document, or this raises before anything is stored
        # The webhook's envelope around ElevenLabs' own bytes: ingestion reads it as a delivery.
        head = json.dumps(
            {
                "type": "post_call_transcription",
                "event_timestamp": int(self.clock()),
                "source": "reconciliation",
            }
        )
        self.archive.put(key, head[:-1].encode() + b', "data": ' + data + b"}")
        logger.info(
            "Conversation reconciled: its webhook never came", extra={"conversation": conversation_id}
        )
        return "reconciled"
