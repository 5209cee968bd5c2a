"""``doctor``'s memory line for ``MEMORY_BACKEND=openmemory``: the server answers, with the key.

``GET /health`` is public on an OpenMemory server (CaviraOSS/OpenMemory, packages/openmemory-js
``src/server/middleware/auth.ts``, ``public_endpoints``), so it proves nothing about the key: the check
reads one memory through ``GET /memory/all?l=1``, which needs it (401 without, 403 with a wrong one, 503
when the server has no ``OM_API_KEY``), and then ``/health`` for the server's version and tier. The
memory read is never printed.
"""

from __future__ import annotations

from agentic_memory.openmemory import OpenMemoryStore
from agentic_memory.openmemory_wire import OpenMemoryError
from agentic_memory.runtime.secrets import get_secret
from agentic_memory_ops.cli.results import Result
from agentic_memory_ops.cli.target import Target


def check_openmemory(target: Target) -> Result:
    settings = target.settings
    if not settings.openmemory_url:
        return Result("fail", "OPENMEMORY_URL is not set: deploy with MemoryBackend=openmemory and MemoryUrl")
    store = OpenMemoryStore(
        settings.openmemory_url, get_secret("OPENMEMORY_API_KEY", settings), settings.mem0_timeout
    )
    try:
        health = store.health()
    except OpenMemoryError as error:
        return Result("fail", f"{settings.openmemory_url}: {error}")
    version = health.get("version") if isinstance(health.get("version"), str) else "unknown version"
    tier = f", tier {health['tier']}" if isinstance(health.get("tier"), str) else ""
    return Result("pass", f"OpenMemory at {settings.openmemory_url} answered with the key ({version}{tier})")
