"""The conversation-initiation request (DESIGN §2.1), read without pydantic.

ClientData answers while the phone rings and its cold start is mostly imports: building the pydantic
webhook models cost it ~65 ms (measured), for four optional strings. Lenient like those models:
unknown fields are ignored, ``caller_id`` must be present (null means withheld).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from agentic_memory.errors import BadRequestError

_FIELDS = ("caller_id", "agent_id", "called_number", "call_sid")


@dataclass(frozen=True)
class InitiationRequest:
    caller_id: str | None
    agent_id: str | None = None
    called_number: str | None = None
    call_sid: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _FIELDS}


def parse_initiation(body: bytes) -> InitiationRequest:
    try:
        document = json.loads(body)
    except ValueError:
        raise BadRequestError("invalid initiation request: the body must be a JSON object") from None
    if not isinstance(document, dict):
        raise BadRequestError("invalid initiation request: the body must be a JSON object")
    if "caller_id" not in document:
        raise BadRequestError("invalid initiation request: caller_id is required")
    values = {name: document.get(name) for name in _FIELDS}
    # Numbers sometimes arrive as JSON numbers; anything else that is not text is treated as absent.
    cleaned = {
        k: str(v) if isinstance(v, str | int) and not isinstance(v, bool) else None for k, v in values.items()
    }
    return InitiationRequest(**cleaned)
