"""A local fake of the ElevenLabs API calls we make, as the official SDK (elevenlabs 2.78) sends them.

* ``GET /v1/convai/conversations/{id}/audio``: the recording. Recordings are generated on the fly
  (deterministic bytes, streamed in 64 KiB chunks), so a 50 MB call costs the test no memory;
  ``not_ready`` makes the next answers 404 as while ElevenLabs is still processing the call.
* ``GET /v1/convai/conversations?agent_id=&call_start_after_unix=&page_size=&cursor=``: one page of
  ``{"conversations": [ConversationSummaryResponseModel], "has_more", "next_cursor"}``, newest first
  (SDK: conversational_ai/conversations/raw_client.py ``list``;
  types/get_conversations_page_response_model.py).
* ``GET /v1/convai/conversations/{id}``: the conversation (``GetConversationResponseModel``, the
  transcription webhook's ``data``), 404 ``{"detail": ...}`` when unknown.
* ``DELETE /v1/convai/conversations/{id}``: the conversation and its recording are gone (SDK:
  conversational_ai/conversations/raw_client.py ``delete``, whose answer is untyped: ``{}`` here);
  404 ``{"detail": ...}`` when unknown.

Every route needs the ``xi-api-key`` header (401 otherwise).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

CHUNK = 64 * 1024
_AUDIO = re.compile(r"^/v1/convai/conversations/([A-Za-z0-9_-]+)/audio$")
_ONE = re.compile(r"^/v1/convai/conversations/([A-Za-z0-9_-]+)$")


def recording(conversation_id: str, size: int) -> Iterator[bytes]:
    """The bytes of a fake recording, chunk by chunk (the same every time)."""
    seed = hashlib.sha256(conversation_id.encode()).digest()
    block = (seed * (CHUNK // len(seed) + 1))[:CHUNK]
    sent = 0
    while sent < size:
        piece = block[: min(CHUNK, size - sent)]
        sent += len(piece)
        yield piece


def recording_sha256(conversation_id: str, size: int) -> str:
    digest = hashlib.sha256()
    for piece in recording(conversation_id, size):
        digest.update(piece)
    return digest.hexdigest()


class FakeElevenLabs:
    def __init__(self, api_key: str = "xi-test-key") -> None:
        self.api_key = api_key
        self.recordings: dict[str, int] = {}
        # conversation id -> the conversation (GetConversationResponseModel as JSON)
        self.conversations: dict[str, dict[str, Any]] = {}
        self.not_ready = 0
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.fake = self  # type: ignore[attr-defined]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> Self:
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        ).start()
        return self

    def __exit__(self, *_: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def answer(self, path: str, key: str | None) -> tuple[int, int, str]:
        """Status, size and conversation id for a request; counts down ``not_ready``."""
        with self._lock:
            self.requests.append({"path": path, "xi-api-key": key})
            match = _AUDIO.match(path)
            if key != self.api_key:
                return 401, 0, ""
            if match is None or match.group(1) not in self.recordings:
                return 404, 0, ""
            if self.not_ready > 0:
                self.not_ready -= 1
                return 404, 0, ""
            return 200, self.recordings[match.group(1)], match.group(1)

    def document(self, target: str, key: str | None) -> tuple[int, Any] | None:
        """The JSON answer to a conversations route, or None for another route."""
        parts = urlsplit(target)
        one = _ONE.match(parts.path)
        if parts.path != "/v1/convai/conversations" and one is None:
            return None
        with self._lock:
            self.requests.append({"path": target, "xi-api-key": key})
            if key != self.api_key:
                return 401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}
            if one is not None:
                found = self.conversations.get(one.group(1))
                return (200, found) if found else (404, {"detail": "Conversation not found"})
            return 200, self._page(parse_qs(parts.query))

    def delete(self, target: str, key: str | None) -> tuple[int, Any]:
        one = _ONE.match(urlsplit(target).path)
        with self._lock:
            self.requests.append({"method": "DELETE", "path": target, "xi-api-key": key})
            if key != self.api_key:
                return 401, {"detail": {"status": "invalid_api_key", "message": "Invalid API key"}}
            if one is None or self.conversations.pop(one.group(1), None) is None:
                return 404, {"detail": "Conversation not found"}
            self.recordings.pop(one.group(1), None)
            return 200, {}

    def _page(self, query: dict[str, list[str]]) -> dict[str, Any]:
        agent = query.get("agent_id", [None])[0]
        after = int(query.get("call_start_after_unix", ["0"])[0])
        size = int(query.get("page_size", ["30"])[0])
        start = int(query.get("cursor", ["0"])[0])
        matching = sorted(
            (
                c
                for c in self.conversations.values()
                if (agent is None or c["agent_id"] == agent)
                and c["metadata"]["start_time_unix_secs"] >= after
            ),
            key=lambda c: -c["metadata"]["start_time_unix_secs"],
        )
        page = matching[start : start + size]
        more = start + size < len(matching)
        return {
            "conversations": [
                {
                    "agent_id": c["agent_id"],
                    "conversation_id": c["conversation_id"],
                    "start_time_unix_secs": c["metadata"]["start_time_unix_secs"],
                    "call_duration_secs": c["metadata"].get("call_duration_secs", 0),
                    "message_count": len(c.get("transcript") or []),
                    "status": c.get("status", "done"),
                    "call_successful": "success",
                }
                for c in page
            ],
            "has_more": more,
            "next_cursor": str(start + size) if more else None,
        }


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
        answered = fake.document(self.path, self.headers.get("xi-api-key"))
        if answered is not None:
            payload = json.dumps(answered[1]).encode()
            self.send_response(answered[0])
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            return
        status, size, conversation_id = fake.answer(self.path, self.headers.get("xi-api-key"))
        self.send_response(status)
        self.send_header("Content-Type", "audio/mpeg" if status == 200 else "application/json")
        self.send_header("Content-Length", str(size if status == 200 else 2))
        self.end_headers()
        if status != 200:
            self.wfile.write(b"{}")
            return
        for piece in recording(conversation_id, size):
            self.wfile.write(piece)

    def do_DELETE(self) -> None:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
        status, answer = fake.delete(self.path, self.headers.get("xi-api-key"))
        payload = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on ``FakeElevenLabs.requests``."""
