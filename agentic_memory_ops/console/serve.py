"""``agentic-memory console``: the console on 127.0.0.1, for one stack, until Ctrl-C."""

from __future__ import annotations

import logging
import secrets
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from agentic_memory_ops.cli.target import Target, UsageError
from agentic_memory_ops.console.app import Console, Reply
from agentic_memory_ops.console.data import ConsoleData

MOUNT = "/console"
log = logging.getLogger("agentic_memory_ops.console")
# On every answer: no page of the console in a frame (clickjacking of Forget), nothing loaded but its
# stylesheet and a call's recording (presigned: S3 over https, or the local stack's emulated AWS), no
# form posted elsewhere, no address (a caller reference) sent to another site, no type guessed.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; "
    "media-src 'self' https: http://127.0.0.1:* http://localhost:*; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def answer(handler: BaseHTTPRequestHandler, console: Console, method: str) -> int:
    """Carry one request of ``handler`` to ``console`` and its reply back; returns the status."""
    parts = urlsplit(handler.path)
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if method == "POST" and length else b""
    path = parts.path[len(MOUNT) :] or "/"
    try:
        reply = console.handle(method, path, parts.query, dict(handler.headers.items()), body)
    except Exception:
        log.exception("console page failed")  # the page's data, never in the answer
        reply = Reply.html(
            "<!doctype html><title>Error</title><p>The page failed; see the console's log.</p>", 500
        )
    handler.send_response(reply.status)
    for name, value in {**SECURITY_HEADERS, **reply.headers, "Content-Length": str(len(reply.body))}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(reply.body)
    return reply.status


def serve(target: Target, port: int) -> int:
    console = Console(ConsoleData(target), secrets.token_urlsafe(24), MOUNT)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:
            self._answer("GET")

        def do_POST(self) -> None:
            self._answer("POST")

        def _answer(self, method: str) -> None:
            started = time.perf_counter()
            if not urlsplit(self.path).path.startswith(MOUNT):
                self.send_response(303)
                self.send_header("Location", f"{MOUNT}/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status = answer(self, console, method)
            # The path only: callers are opaque references in it, and the query (the token) is left out.
            elapsed = (time.perf_counter() - started) * 1000
            print(f"{method} {urlsplit(self.path).path} -> {status} ({elapsed:.0f} ms)", flush=True)

        def log_message(self, format: str, *args: Any) -> None:
            """``_answer`` logs each request without its query."""

    try:
        server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    except OSError as error:
        raise UsageError(f"cannot listen on 127.0.0.1:{port} ({error.strerror}): pass --port") from None
    url = console.entry_url(f"http://127.0.0.1:{server.server_address[1]}")
    print(f"Console for {target.stack.name if target.stack else 'this configuration'}: {url}")
    print("Open that link (it signs this browser in); stop with Ctrl-C.", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
