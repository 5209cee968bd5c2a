"""The console as a browser reaches it: signed in through the link it prints."""

from __future__ import annotations

from agentic_memory_ops.console.app import Console


def signed_in(console: Console, token: str = "the-token") -> str:
    """The Cookie header of a browser that opened the console's link (the token is exchanged once
    for a session value of its own)."""
    answer = console.handle("GET", "/", f"token={token}", {}, b"")
    return answer.headers["Set-Cookie"].split(";", 1)[0]
