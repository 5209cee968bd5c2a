"""The ``X-Workspace-Key`` header ElevenLabs adds to the initiation webhook and to server tools."""

from __future__ import annotations

import hmac

from agentic_memory.errors import UnauthorizedError
from agentic_memory.runtime.secrets import get_secret
from agentic_memory.settings import Settings

HEADER = "x-workspace-key"


def check_workspace_key(presented: str | None, settings: Settings | None = None) -> None:
    """Raise ``UnauthorizedError`` unless ``presented`` is the workspace key (constant-time compare).
    A request without the header is refused before the secret is read: whatever Secrets Manager
    does, it learns nothing but 401."""
    if not presented:
        raise UnauthorizedError("missing X-Workspace-Key header")
    expected = get_secret("ELEVENLABS_WORKSPACE_KEY", settings)
    if not hmac.compare_digest(presented.encode("utf-8", "replace"), expected.encode("utf-8")):
        raise UnauthorizedError("invalid X-Workspace-Key header")
