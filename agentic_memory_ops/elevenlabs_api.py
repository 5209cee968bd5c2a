"""The reconciliation's ElevenLabs calls through the official ``elevenlabs`` SDK, where it is installed.

The operator's machine runs ``agentic-memory backfill`` with the SDK (``pip install -e '.[dev]'``,
or ``elevenlabs`` alone); the Lambda layer cannot carry it (37 MB, half a second of imports) and
uses ``agentic_memory.reconcile.ConversationsApi``, which sends what this SDK sends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from agentic_memory.reconcile import PAGE_SIZE


class SdkConversationsApi:
    def __init__(self, api_key: str, base_url: str) -> None:
        from elevenlabs.client import ElevenLabs  # noqa: PLC0415 - only the backfill pays for it

        self._conversations = ElevenLabs(
            api_key=api_key, base_url=base_url.rstrip("/")
        ).conversational_ai.conversations

    def recent(self, agent_id: str, since_unix: int) -> Iterator[dict[str, Any]]:
        cursor: str | None = None
        while True:
            page = self._conversations.list(
                agent_id=agent_id, call_start_after_unix=since_unix, page_size=PAGE_SIZE, cursor=cursor
            )
            for summary in page.conversations:
                yield summary.model_dump(mode="json")
            cursor = page.next_cursor
            if not page.has_more or not cursor:
                return

    def conversation(self, conversation_id: str) -> bytes:
        found = self._conversations.get(conversation_id)
        # The SDK's model keeps every field ElevenLabs sent (extra="allow"); unset ones stay out.
        document: str = found.model_dump_json(exclude_unset=True)
        return document.encode()

    def delete(self, conversation_id: str) -> bool:
        """Delete the conversation at ElevenLabs (transcript, analysis, recording); False when it was
        not there (deleted before, or never kept)."""
        from elevenlabs.core.api_error import ApiError  # noqa: PLC0415 - with the SDK, lazily

        try:
            self._conversations.delete(conversation_id)
        except ApiError as error:
            if error.status_code == 404:
                return False
            raise
        return True
