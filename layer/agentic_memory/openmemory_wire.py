"""OpenMemory's HTTP surface, as ``openmemory`` uses it: one request with its retries, the tenant's
pages, and texts cut into pieces the server keeps verbatim.

Sources (CaviraOSS/OpenMemory, packages/openmemory-js): ``src/server/middleware/auth.ts`` (the
``x-api-key`` header; no key 401 ``authentication_required``, a wrong one 403 ``invalid_api_key``, no
key configured on the server 503 ``auth_not_configured``, 429 ``rate_limit_exceeded`` with
``retry_after`` seconds), ``src/server/routes/memory.ts`` (``GET /memory/all?l=&u=``: ``{"items"}``,
``l`` at most 10 000, newest first; errors ``{"err"}`` or ``{"error"}``), ``src/memory/hsg.ts``
(``extract_essence``: content longer than ``OM_SUMMARY_MAX_LENGTH``, 200 by default, is cut to chosen
sentences).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx

from agentic_memory.memory import Message
from agentic_memory.runtime.observability import describe
from agentic_memory.sentences import summary_sentences

# A page of GET /memory/all (the route allows up to 10 000; 1 000 keeps one answer about a megabyte).
PAGE_SIZE = 1000
# A rate limit (429) or a failed server (5xx, refused) is retried this many times, waiting what
# retry_after asks or 0.5, 1, 2 s, never longer than MAX_WAIT_SECONDS in all; a search is not retried.
ATTEMPTS = 3
MAX_WAIT_SECONDS = 20.0
RETRIED = frozenset({429, 500, 502, 503, 504})
_ROUTES = ("/memory/add", "/memory/query", "/memory/all", "/health")


class OpenMemoryError(Exception):
    """The server refused or failed a request; the message names the status and route, never content."""

    safe_to_log = True

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class PageFailed(Exception):
    """A page of the tenant's list failed: ``offset`` says where, ``error`` why."""

    def __init__(self, offset: int, error: Exception) -> None:
        super().__init__(offset)
        self.offset = offset
        self.error = error


class OpenMemoryHttp:
    """The server's REST API with the API key, tight time-outs and bounded retries."""

    def __init__(
        self,
        url: str,
        api_key: str,
        timeout: float,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._sleep = sleep
        self._http = httpx.Client(
            base_url=url.rstrip("/"),
            headers={"x-api-key": api_key},  # auth.ts extract_api_key (also "Authorization: Bearer")
            timeout=httpx.Timeout(timeout, connect=min(timeout, 2.0)),
            transport=transport,
        )

    def every_item(self) -> Iterator[dict[str, Any]]:
        offset = 0
        while True:
            try:
                page = self.json("GET", "/memory/all", params={"l": PAGE_SIZE, "u": offset}).get("items")
            except Exception as error:
                raise PageFailed(offset, error) from None
            items = [item for item in page if isinstance(item, dict)] if isinstance(page, list) else []
            yield from items
            if not isinstance(page, list) or len(page) < PAGE_SIZE:
                return
            offset += PAGE_SIZE

    def json(self, method: str, path: str, *, attempts: int = ATTEMPTS, **options: Any) -> dict[str, Any]:
        """One request, retried after a 429 or a 5xx (see ``ATTEMPTS``); the answer's JSON object."""
        waited = 0.0
        route = path if path in _ROUTES else "/memory/:id"
        for attempt in range(1, attempts + 1):
            try:
                answer = self._http.request(method, path, **options)
            except httpx.TransportError as error:
                if attempt == attempts:
                    raise OpenMemoryError(
                        f"OpenMemory unreachable on {method} {route}: {describe(error)}"
                    ) from None
                wait = 0.5 * 2.0 ** (attempt - 1)
            else:
                if answer.is_success:
                    body = answer.json()
                    return body if isinstance(body, dict) else {}
                if answer.status_code not in RETRIED or attempt == attempts:
                    raise OpenMemoryError(_refusal(answer, method, route), answer.status_code)
                wait = _retry_after(answer, attempt)
            if waited + wait > MAX_WAIT_SECONDS:
                raise OpenMemoryError(f"OpenMemory busy on {method} {route}: gave up waiting", 429)
            self._sleep(wait)
            waited += wait
        raise AssertionError("unreachable")


def pieces(messages: list[Message], limit: int) -> list[str]:
    """The caller's words (``user`` messages) in pieces of at most ``limit`` UTF-16 units, whole
    sentences where they fit, else whole words: what the server keeps verbatim."""
    found: list[str] = []
    for message in messages:
        if message.get("role") != "user" or not message.get("content", "").strip():
            continue
        current = ""
        for sentence in summary_sentences(message["content"]):
            for part in _words_within(sentence, limit):
                joined = f"{current} {part}".strip()
                if _units(joined) <= limit:
                    current = joined
                else:
                    found.append(current)
                    current = part
        if current:
            found.append(current)
    return list(dict.fromkeys(found))


def _words_within(sentence: str, limit: int) -> list[str]:
    parts, current = [], ""
    for whole in sentence.split():
        word = whole
        while _units(word) > limit:  # a "word" longer than a piece (a URL): cut
            parts.append(word[: limit // 2])
            word = word[limit // 2 :]
        joined = f"{current} {word}".strip()
        if _units(joined) <= limit:
            current = joined
        else:
            parts.append(current)
            current = word
    return [*parts, current] if current else parts


def _units(text: str) -> int:
    """Length as JavaScript counts it (UTF-16 code units): the server's ``raw.length``."""
    return len(text.encode("utf-16-le")) // 2


def _retry_after(answer: httpx.Response, attempt: int) -> float:
    """What a 429's body asks (auth.ts: ``retry_after`` seconds); else exponential backoff."""
    try:
        seconds = answer.json().get("retry_after")
    except (ValueError, AttributeError):
        seconds = None
    if isinstance(seconds, int | float) and not isinstance(seconds, bool) and seconds >= 0:
        return float(seconds)
    return 0.5 * 2.0 ** (attempt - 1)


def _refusal(answer: httpx.Response, method: str, route: str) -> str:
    """Status and the server's error word (``invalid_api_key``, ``tenant_mismatch``, …), never a body."""
    try:
        body = answer.json()
    except ValueError:
        body = {}
    code = next(
        (body[k] for k in ("error", "err") if isinstance(body, dict) and isinstance(body.get(k), str)), ""
    )
    word = code if code.replace("_", "").isalnum() and len(code) <= 40 else ""
    hint = {401: ": no API key sent", 403: ": the API key is wrong" if word == "invalid_api_key" else ""}
    return (
        f"OpenMemory answered {answer.status_code} {word}".rstrip()
        + f" on {method} {route}{hint.get(answer.status_code, '')}"
    )
