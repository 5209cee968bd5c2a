"""The stores the functions share (archive, profiles, memory), built once per container.

Everything here is cached for the container's life (clients keep connections; the Mem0 client
pings on construction) and dropped together by ``forget`` (tests, SnapStart restores).
``open_memory_store`` is the uncached builder, for the operator's CLI.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING

from agentic_memory import workspace
from agentic_memory.archive import Archive
from agentic_memory.errors import ConfigError
from agentic_memory.profiles import ProfileStore
from agentic_memory.rate_limit import TokenBucket, add_budget
from agentic_memory.runtime import aws, secrets
from agentic_memory.settings import Settings, get_settings

if TYPE_CHECKING:  # names for annotations alone: ClientData never imports these modules
    from agentic_memory.erasure import Tombstones
    from agentic_memory.memory import MemoryStore
    from agentic_memory.verification_store import VerificationStore

# mem0-oss needs the open-source mem0 stack (qdrant, numpy), which the layer does not ship: it lives
# beside the local server, and is imported only when MEMORY_BACKEND asks for it.
OSS_BACKEND = "agentic_memory_ops.mem0_oss"


def archive() -> Archive:
    return Archive(aws.s3_client(), get_settings().required("archive_bucket"))


def profiles() -> ProfileStore:
    settings = get_settings()
    return ProfileStore(
        aws.dynamodb_client(), settings.required("profile_table"), settings.memory_retention_days
    )


def tombstones() -> Tombstones:
    # Imported here: ClientData and Retrieve import this module, and need erasure only on rare paths.
    from agentic_memory.erasure import Tombstones  # noqa: PLC0415

    return Tombstones(aws.dynamodb_client(), get_settings().required("profile_table"))


def workspace_numbers() -> frozenset[str]:
    """The workspace's own phone numbers (``workspace``), cached per container; the tools' customer
    is the call's other number."""
    return workspace.own_numbers(aws.call_path_dynamodb_client(), get_settings().required("profile_table"))


def conversation_erased(conversation_id: str) -> bool:
    """Whether an erasure covered the conversation (PostCall asks it only of recordings and events)."""
    return tombstones().conversation_erased(conversation_id)


def verification() -> VerificationStore:
    """Caller verification's factors, counters and verified conversations (``CALLER_VERIFICATION``)."""
    from agentic_memory.verification_store import VerificationStore  # noqa: PLC0415 - as tombstones

    return VerificationStore(aws.dynamodb_client(), get_settings().required("profile_table"))


def call_path_profiles() -> ProfileStore:
    """Profiles for ClientData, with the tight time-outs of a ringing phone."""
    return ProfileStore(aws.call_path_dynamodb_client(), get_settings().required("profile_table"))


def open_memory_store(settings: Settings, timeout: float) -> MemoryStore:
    """A new client of the configured memory backend (the platform client pings Mem0 once)."""
    if settings.memory_backend == "mem0-platform":
        from agentic_memory.mem0_platform import Mem0PlatformStore  # noqa: PLC0415 - `mem0` costs 0.3 s

        api_key = secrets.get_secret("MEM0_API_KEY", settings)
        return Mem0PlatformStore(
            api_key=api_key, host=settings.mem0_host, timeout=timeout, add_pacer=add_pacer(settings)
        )
    if settings.memory_backend == "agentcore":
        from agentic_memory.agentcore import open_agentcore_store  # noqa: PLC0415

        if not settings.agentcore_memory_id:
            raise ConfigError("AGENTCORE_MEMORY_ID is not set: MEMORY_BACKEND=agentcore needs it")
        return open_agentcore_store(settings.agentcore_memory_id, timeout)
    if settings.memory_backend == "openmemory":
        from agentic_memory.openmemory import OpenMemoryStore  # noqa: PLC0415

        if not settings.openmemory_url:
            raise ConfigError("OPENMEMORY_URL is not set: MEMORY_BACKEND=openmemory needs it")
        key = secrets.get_secret("OPENMEMORY_API_KEY", settings)
        return OpenMemoryStore(settings.openmemory_url, key, timeout)
    try:
        oss = importlib.import_module(OSS_BACKEND)
    except ImportError as error:
        raise ConfigError(f"MEMORY_BACKEND=mem0-oss is not available in this build: {error}") from None
    # Embedded: nothing to time out, and Qdrant's local mode allows one client per folder per
    # process, so every time-out gets the same store.
    store: MemoryStore = oss.open_oss_store(settings.mem0_oss_config)
    return store


@lru_cache(maxsize=1)
def add_pacer(settings: Settings) -> TokenBucket:
    """The container's share of Mem0's add rate (see ``rate_limit``), shared by its clients."""
    return TokenBucket(add_budget(settings.mem0_adds_per_minute, settings.ingest_concurrency))


@lru_cache(maxsize=2)
def memory(timeout: float) -> MemoryStore:
    """The container's memory client for a time-out (a search's, or ingestion's)."""
    return open_memory_store(get_settings(), timeout)


def search_memory() -> MemoryStore:
    return memory(get_settings().mem0_timeout)


def forget() -> None:
    """Drop every client, secret and setting held; the next use builds, reads and parses anew."""
    aws.forget()
    secrets.forget()
    memory.cache_clear()
    add_pacer.cache_clear()
    get_settings.cache_clear()
    workspace.forget_cache()
