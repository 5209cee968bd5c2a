"""The HTTP plumbing the fake servers share: a threaded loopback server that hands every request to
its fake's ``handle(method, path, headers, raw)`` and writes back the reply it returns."""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol, cast


class Replied(Protocol):
    @property
    def status(self) -> int: ...
    @property
    def body(self) -> Any: ...
    @property
    def headers(self) -> dict[str, str]: ...


class Fake(Protocol):
    def handle(self, method: str, target: str, headers: dict[str, str], raw: bytes) -> Replied: ...


class FakeServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 64  # concurrent adds (a thread pool) must not find the backlog full
    fake: Fake

    def __init__(self, fake: Fake) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


class _Handler(BaseHTTPRequestHandler):
    """HTTP plumbing only: everything service-like is in the fake's ``handle``."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = cast(FakeServer, self.server).fake.handle(self.command, self.path, headers, raw)
        payload, content_type = encoded(reply.body)
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a time-out test): nothing to answer

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: pytest output is for failures, not access logs."""


def encoded(body: Any) -> tuple[bytes, str]:
    if isinstance(body, bytes):
        return body, "text/plain"
    if isinstance(body, str):
        return body.encode(), "text/plain; charset=utf-8"
    return json.dumps(body).encode(), "application/json"
