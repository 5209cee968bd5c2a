"""What the agent says and knows at the start of a call, composed from a caller profile."""

from __future__ import annotations


def next_greeting(caller_name: str | None) -> str:
    """The first message for a returning caller: by name when we know it, warm either way."""
    if caller_name:
        return f"Hello {caller_name}, welcome back! How can I help you today?"
    return "Welcome back! How can I help you today?"
