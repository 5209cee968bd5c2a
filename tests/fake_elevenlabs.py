"""A local fake of the one ElevenLabs API call we make: ``GET /v1/convai/conversations/{id}/audio``.

Recordings are generated on the fly (deterministic bytes, streamed in 64 KiB chunks), so a 50 MB
call costs the test no memory; ``not_ready`` makes the next answers 404 as while ElevenLabs is
still processing the call.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

CHUNK = 64 * 1024
_AUDIO = re.compile(r"^/v1/convai/conversations/([A-Za-z0-9_-]+)/audio$")


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


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        fake: FakeElevenLabs = self.server.fake  # type: ignore[attr-defined]
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

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on ``FakeElevenLabs.requests``."""
