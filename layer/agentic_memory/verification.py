"""Caller verification (``CALLER_VERIFICATION``, docs/caller-verification.md): caller ID is not identity.

Anyone can send a call with someone else's number as its caller ID. With verification on, the number
alone opens nothing: the call starts as a stranger's would (no name, no brief, the agent's own first
message), and the agent is told to verify (``caller_verified`` = "no" and a line in
``memory_context``). The brief is withheld whole rather than filtered: the category word lists
(``categories``) see health and money words, not an address, an account number or a name, so no
filter of ours can promise that what it keeps is not private. The caller proves who they are by
answering a knowledge factor the operator chose (``verify_caller``, ``caller_tools``); only then, and
for that conversation only, do the full brief, ``search_memory`` and ``forget_me`` work for them.

The factor is never kept or logged in clear: its answer is normalised (Unicode NFKC, case folded,
only letters and digits kept: "sw1a 1aa" is "SW1A 1AA"), then hashed with scrypt and a random salt of
its own; a spoken answer is hashed the same way and compared with ``hmac.compare_digest``.

This module is imported by ClientData at its cold start: hashlib and hmac only, nothing of AWS.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from agentic_memory.greeting import initiation_response
from agentic_memory.profiles import CallerProfile
from agentic_memory.settings import Settings

if TYPE_CHECKING:  # not imported at ClientData's start: its AWS exceptions are the tools' business
    from agentic_memory.verification_store import Factor, VerificationStore

# The knowledge factors an operator may choose, and how the agent asks for each.
FACTOR_KINDS: dict[str, str] = {
    "postcode": "the postcode of their address",
    "date_of_birth": "their date of birth",
    "account_digits": "the last four digits of their account number",
    "passphrase": "the passphrase they set up with us",
}
# Bounded guessing: a conversation may try this many answers, a caller's number this many a UTC day
# (a spoofer who keeps calling back gets ten guesses a day, not ten a call).
ATTEMPTS_PER_CALL = 3
ATTEMPTS_PER_DAY = 10
# scrypt's cost (RFC 7914; the parameters Python's docs and OWASP's cheat sheet give for
# interactive logins): 16 MiB and ~50 ms of one core per hash, for the operator's CLI and each answer.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES = 16
# Longer than any factor said aloud; what is beyond it is not read (a body may be megabytes).
MAX_ANSWER_CHARS = 200
VERIFIED_VARIABLE = "caller_verified"
NOT_VERIFIED_CONTEXT = (
    "The caller is not verified: caller ID can be faked, so nothing about them from earlier calls is "
    "available yet. If they want anything from past calls, or ask not to be remembered, first call "
    "verify_caller (without an answer it says what to ask), then again with their answer."
)


def normalised(kind: str, answer: str) -> str:
    """What of an answer counts: letters and digits, case folded; the last four digits of an account."""
    said = unicodedata.normalize("NFKC", answer[:MAX_ANSWER_CHARS]).casefold()
    text = "".join(c for c in said if c.isalnum())
    if kind == "account_digits":
        return "".join(c for c in text if c.isdigit())[-4:]
    return text


def _digest(kind: str, answer: str, salt: bytes) -> bytes:
    secret = f"{kind}:{normalised(kind, answer)}".encode()
    return hashlib.scrypt(secret, salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)


def make_factor(kind: str, answer: str) -> Factor:
    """A factor to store for ``answer``; a ``ValueError`` for an unknown kind or an empty answer."""
    if kind not in FACTOR_KINDS:
        raise ValueError(f"the factor kind {kind!r} is not one of {', '.join(FACTOR_KINDS)}")
    if not normalised(kind, answer):
        raise ValueError("the answer has no letters or digits")
    from agentic_memory.verification_store import Factor  # noqa: PLC0415 - see the imports

    salt = os.urandom(SALT_BYTES)
    return Factor(kind=kind, salt=salt, digest=_digest(kind, answer, salt), set_at=int(time.time()))


def matches(factor: Factor, answer: str) -> bool:
    """Whether ``answer`` is the factor's, in constant time (the hash is computed for every answer)."""
    said = _digest(factor.kind, answer, factor.salt)
    return hmac.compare_digest(said, factor.digest) and bool(normalised(factor.kind, answer))


def unverified_response(
    caller_id: str | None, profile: CallerProfile | None, settings: Settings, agent_id: str | None = None
) -> dict[str, Any]:
    """The call start's answer while the caller is not verified: a stranger's, whatever the profile
    holds (even whether there is one: a known and an unknown number get the same answer)."""
    answer = initiation_response(caller_id, None, settings, agent_id)
    variables: dict[str, str] = answer["dynamic_variables"]
    variables[VERIFIED_VARIABLE] = "no"
    variables["memory_context"] = NOT_VERIFIED_CONTEXT
    prompt = answer.get("conversation_config_override", {}).get("agent", {}).get("prompt")
    if prompt is not None:
        prompt["prompt"] = f"{settings.base_prompt}\n\n{NOT_VERIFIED_CONTEXT}"
    return answer


def search_gate(
    settings: Settings, conversation_id: str | None, store: Callable[[], VerificationStore]
) -> Callable[[str], bool] | None:
    """What ``search_memories`` asks of a caller key with verification on (None when it is off): was
    this conversation verified for them. A failed read is a no: nothing is told on a doubt."""
    if not settings.caller_verification:
        return None

    def allowed(caller: str) -> bool:
        try:
            return store().verified(conversation_id, caller)
        except Exception:  # an unreadable table verifies nobody
            return False

    return allowed
