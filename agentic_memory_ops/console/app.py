"""The console's requests and answers, independent of the HTTP server that carries them.

``Console.handle`` takes a method, a path under the mount, the query, headers and body, and answers a
``Reply``: ``agentic-memory console`` serves it on 127.0.0.1, ``make run`` under ``/console``.

* Access: the URL printed at start carries a token; opening it exchanges the token for a session
  value of its own, set as an HttpOnly, SameSite=Strict cookie for the console's path only, and every
  other request needs that cookie (so another site, another local user or a tunnel to ``make run``
  cannot use it). Under ``make run`` the token is the server's, which also opens ``/_local/cli`` and
  the Invoke API; the session value opens neither (a browser sends its cookies to every port of
  127.0.0.1), and the token is no session value. A form posted from another origin is refused.
* Nothing personal in a URL, so nothing personal in an access log: callers are addressed by opaque
  references made as they are listed, a search or a question goes in a POST body, paging cursors are
  references too.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections import OrderedDict
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from importlib import resources
from typing import Any
from urllib.parse import parse_qs

from agentic_memory.phone import mask
from agentic_memory_ops.console import erasure_requests, pages
from agentic_memory_ops.console.data import ConsoleData

COOKIE = "agentic_memory_console"
MAX_REFERENCES = 10_000
MAX_SESSIONS = 100  # browsers signed in at once; the oldest is signed out past it


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def html(cls, text: str, status: int = 200) -> Reply:
        return cls(
            status, text.encode(), {"Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store"}
        )

    @classmethod
    def redirect(cls, location: str, **headers: str) -> Reply:
        return cls(303, b"", {"Location": location, **headers})


class References:
    """Opaque stand-ins for callers and paging cursors, so that URLs name no one."""

    def __init__(self) -> None:
        self._values: OrderedDict[str, Any] = OrderedDict()
        self._refs: dict[str, str] = {}

    def of(self, value: Any) -> str:
        key = json.dumps(value, sort_keys=True)
        ref = self._refs.get(key)
        if ref is None:
            ref = self._refs[key] = secrets.token_urlsafe(9)
            self._values[ref] = value
            if len(self._values) > MAX_REFERENCES:
                _, dropped = self._values.popitem(last=False)
                self._refs.pop(json.dumps(dropped, sort_keys=True), None)
        return ref

    def get(self, ref: str) -> Any:
        return self._values.get(ref)


class Console:
    def __init__(self, data: ConsoleData, token: str, mount: str = "") -> None:
        self.data = data
        self.token = token
        self.mount = mount.rstrip("/")
        self.refs = References()
        self._sessions: OrderedDict[str, None] = OrderedDict()  # SHA-256 of each session value

    def entry_url(self, base: str) -> str:
        return f"{base}{self.mount}/?token={self.token}"

    def handle(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> Reply:
        headers = {k.lower(): v for k, v in headers.items()}
        arguments = {k: v[0] for k, v in parse_qs(query).items()}
        if path == "/static/console.css":
            css = (resources.files("agentic_memory_ops.console") / "static" / "console.css").read_bytes()
            return Reply(
                200, css, {"Content-Type": "text/css; charset=utf-8", "Cache-Control": "max-age=3600"}
            )
        if "token" in arguments and hmac.compare_digest(arguments["token"].encode(), self.token.encode()):
            cookie = f"{COOKIE}={self._new_session()}; HttpOnly; SameSite=Strict; Path={self.mount or '/'}"
            return Reply.redirect(f"{self.mount}/", **{"Set-Cookie": cookie})
        if not self._signed_in(headers):
            return Reply.html(
                pages.message_page(
                    self.mount, "Sign in", "Open the console with the link it printed when it started."
                ),
                401,
            )
        if method == "POST" and not self._same_origin(headers):
            return Reply.html(
                pages.message_page(self.mount, "Refused", "A form from another site was refused."), 403
            )
        form = (
            {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
            if method == "POST"
            else {}
        )
        return self._route(method, path.rstrip("/") or "/", arguments, form)

    def _route(  # noqa: PLR0911 - a router: one answer per route
        self, method: str, path: str, arguments: dict[str, str], form: dict[str, str]
    ) -> Reply:
        parts = path.strip("/").split("/")
        if path == "/" and method == "GET":
            return self._callers(arguments.get("page"))
        if path == "/find" and method == "POST":
            rows = self.data.find(form.get("q", ""))
            refs = {row.caller: self.refs.of(row.caller) for row in rows}
            return Reply.html(
                pages.callers_page(self.mount, rows, refs, next_page=None, heading="Callers found")
            )
        if parts[0] == "caller" and len(parts) >= 2:
            caller = self.refs.get(parts[1])
            if not isinstance(caller, str):
                return Reply.html(
                    pages.message_page(self.mount, "Unknown caller", "Open the caller from the list."), 404
                )
            action = parts[2] if len(parts) > 2 else ""
            return self._caller(
                method, parts[1], caller, action=action, agent=arguments.get("agent"), form=form
            )
        if path == erasure_requests.PATH and method == "GET":  # forget_me on unverified calls
            return Reply.html(erasure_requests.page(self.mount, self.data, self.refs.of))
        if path == "/operations" and method == "GET":
            return self._operations(None)
        if path == "/operations/doctor" and method == "POST":
            _, text = self.data.doctor()
            return self._operations(_checks(text))
        if path == "/operations/replay" and method == "POST":
            code, text = self.data.replay_dead_letters()
            return Reply.html(
                pages.output_page(
                    self.mount, "Replay of the dead letters", code, text, f"{self.mount}/operations"
                )
            )
        return Reply.html(pages.message_page(self.mount, "Not found", "There is no such page."), 404)

    def _callers(self, page: str | None) -> Reply:
        start = self.refs.get(page) if page else None
        rows, cursor = self.data.callers(start)
        refs = {row.caller: self.refs.of(row.caller) for row in rows}
        next_page = self.refs.of(cursor) if cursor else None
        return Reply.html(pages.callers_page(self.mount, rows, refs, next_page=next_page, heading="Callers"))

    def _caller(  # noqa: PLR0911 - a router: one answer per action
        self, method: str, ref: str, caller: str, *, action: str, agent: str | None, form: dict[str, str]
    ) -> Reply:
        agent = agent or None
        if method == "GET" and action == "":
            return Reply.html(pages.caller_page(self.mount, ref, self.data.caller(caller, agent)))
        if method == "GET" and action == "export":
            disposition = f'attachment; filename="caller-{mask(caller).replace("*", "x").lstrip("+")}.json"'
            return Reply(
                200,
                self.data.export(caller),
                {"Content-Type": "application/json", "Content-Disposition": disposition},
            )
        if method != "POST":
            return Reply.html(pages.message_page(self.mount, "Not found", "There is no such page."), 404)
        if action == "reveal":
            return Reply.html(
                pages.caller_page(self.mount, ref, self.data.caller(caller, agent), full_number=True)
            )
        if action == "exact":
            conversation = form.get("conversation", "")
            if not self.data.record_exact(caller, conversation):
                return Reply.html(
                    pages.message_page(self.mount, "Unknown conversation", "Open it from the caller's page."),
                    404,
                )
            return Reply.html(
                pages.caller_page(self.mount, ref, self.data.caller(caller, agent, exact=conversation))
            )
        if action == "search":
            query = form.get("q", "").strip()
            answer = (
                self.data.search(caller, query, agent)
                if query
                else {"memories": [], "message": "Type a question."}
            )
            return Reply.html(
                pages.caller_page(self.mount, ref, self.data.caller(caller, agent), search=(query, answer))
            )
        if action == "forget":
            if form.get("confirm", "").strip() != mask(caller)[-2:]:  # what the page shows, no more
                notice = "Not erased: the digits typed are not the last two of this number."
                return Reply.html(
                    pages.caller_page(self.mount, ref, self.data.caller(caller, agent), notice=notice), 400
                )
            code, text = self.data.forget(caller)
            return Reply.html(
                pages.output_page(self.mount, f"Forget {mask(caller)}", code, text, f"{self.mount}/")
            )
        return Reply.html(pages.message_page(self.mount, "Not found", "There is no such page."), 404)

    def _operations(self, checks: list[tuple[str, str, str]] | None) -> Reply:
        page = pages.operations_page(
            self.mount, self.data.dead_letters(), self.data.ingestion_problems(), checks
        )
        return Reply.html(page)

    def _new_session(self) -> str:
        """A session value for one browser; only its hash is kept, looked up as a whole (no prefix of
        it can be timed)."""
        value = secrets.token_urlsafe(32)
        self._sessions[hashlib.sha256(value.encode()).hexdigest()] = None
        while len(self._sessions) > MAX_SESSIONS:
            self._sessions.popitem(last=False)
        return value

    def _signed_in(self, headers: dict[str, str]) -> bool:
        jar: SimpleCookie = SimpleCookie()
        try:
            jar.load(headers.get("cookie", ""))
        except Exception:
            return False
        given = jar[COOKIE].value if COOKIE in jar else ""
        return bool(given) and hashlib.sha256(given.encode()).hexdigest() in self._sessions

    @staticmethod
    def _same_origin(headers: dict[str, str]) -> bool:
        """The browser's own word (``Sec-Fetch-Site``, which no page can set) where it gives it: the
        pages' ``Referrer-Policy: no-referrer`` makes a browser send ``Origin: null`` with their forms."""
        site = headers.get("sec-fetch-site")
        if site is not None:
            return site == "same-origin"
        origin = headers.get("origin")
        if origin is None or origin == "null":
            return origin is None
        return origin.split("://", 1)[-1] == headers.get("host", "")


def _checks(text: str) -> list[tuple[str, str, str]]:
    """doctor's lines (status, a name in 25 columns, the detail) as rows."""
    return [
        (line[:5].strip(), line[6:31].strip(), line[32:].strip())
        for line in text.splitlines()
        if line[:4] in ("PASS", "WARN", "SKIP", "FAIL")
    ]
