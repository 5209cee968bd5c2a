"""The S3 archive and its key layout (DESIGN §3).

Conversation-first keys, so audio that arrives without a caller number still lands beside its
transcript. Writes are conditional (``If-None-Match: *``): a byte-identical redelivery leaves the
bucket untouched, so it neither adds a version nor fires the ingestion notification again.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from aws_lambda_powertools import Logger
from botocore.exceptions import ClientError

from agentic_memory.phone import digits

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

CONVERSATIONS = "conversations/"
TRANSCRIPTION_SUFFIX = "/transcription.json"
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")
_CONVERSATION_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
# DeleteObjects takes at most this many keys (or versions) per request.
_DELETE_BATCH = 1000
_NOT_FOUND = ("404", "NoSuchKey", "NotFound")
_PRECONDITION_FAILED = ("PreconditionFailed", "412")
# 409s of a conditional write racing another upload of the key (S3 names the same race both ways).
_CONFLICT = ("ConditionalRequestConflict", "OperationAborted", "409")
# Seconds before each retry of a conflicted conditional write: the other upload usually ends at once.
_CONFLICT_BACKOFF = (0.05, 0.2)
logger = Logger(child=True)
Created = Literal["written", "same", "different"]


def transcription_key(conversation_id: str) -> str:
    return f"{CONVERSATIONS}{conversation_id}{TRANSCRIPTION_SUFFIX}"


def audio_key(conversation_id: str) -> str:
    return f"{CONVERSATIONS}{conversation_id}/audio.mp3"


def failure_key(conversation_id: str) -> str:
    return f"{CONVERSATIONS}{conversation_id}/failure.json"


def event_key(event_type: str, conversation_id: str | None, body: bytes) -> str:
    """Where a webhook type we do not know yet is kept (forward compatible, never dropped).

    In a folder of its own, so that no type name, however it is spelt, can land on a known type's
    key (``transcription.json``, ``audio.mp3``, ``failure.json``); the content hash keeps two
    different payloads of one type apart.
    """
    kind = _UNSAFE.sub("_", event_type)[:64] or "unknown"
    digest = hashlib.sha256(body).hexdigest()
    if conversation_id:
        return f"{CONVERSATIONS}{conversation_id}/events/{kind}-{digest}.json"
    return f"events/{kind}/{digest}.json"


def quarantine_key(body: bytes) -> str:
    """Signed but unusable payloads, by day and content hash, for an operator to inspect."""
    day = datetime.now(UTC).date().isoformat()
    return f"quarantine/{day}/{hashlib.sha256(body).hexdigest()}.json"


def caller_index_key(e164: str, conversation_id: str) -> str:
    return f"callers/{digits(e164)}/{conversation_id}.json"


def audit_key(e164: str | None, day: str, name: str) -> str:
    """ClientData's audit record, filed under the caller so that an erasure finds it."""
    return f"{audit_prefix(e164)}{day}/{name}.json"


def audit_prefix(e164: str | None) -> str:
    return f"audit/client-data/{digits(e164) if e164 else 'withheld'}/"


def erasure_key(moment: datetime, erasure_id: str) -> str:
    return f"erasures/{moment.strftime('%Y-%m-%dT%H%M%SZ')}-{erasure_id}.json"


def caller_index_prefix(e164: str) -> str:
    return f"callers/{digits(e164)}/"


def conversation_prefix(conversation_id: str) -> str:
    """Everything archived for one conversation; refuses ids that would widen the prefix."""
    if not _CONVERSATION_ID.fullmatch(conversation_id):
        raise ValueError(f"not a conversation id: {conversation_id!r}")
    return f"{CONVERSATIONS}{conversation_id}/"


def conversation_id_from_key(key: str) -> str | None:
    """The conversation of a ``conversations/{id}/transcription.json`` key, else None."""
    if key.startswith(CONVERSATIONS) and key.endswith(TRANSCRIPTION_SUFFIX):
        conversation_id = key[len(CONVERSATIONS) : -len(TRANSCRIPTION_SUFFIX)]
        if conversation_id and "/" not in conversation_id:
            return conversation_id
    return None


@dataclass(frozen=True)
class Purged:
    """What ``Archive.purge`` removed: distinct keys, and versions plus delete markers."""

    keys: int = 0
    versions: int = 0

    def __add__(self, other: Purged) -> Purged:
        return Purged(self.keys + other.keys, self.versions + other.versions)


class Archive:
    """Private, versioned, encrypted bucket of everything ElevenLabs sent us."""

    def __init__(self, s3: S3Client, bucket: str) -> None:
        self._s3 = s3
        self.bucket = bucket

    def put(self, key: str, body: bytes, content_type: str = "application/json") -> bool:
        """Store ``body`` at ``key`` unless identical bytes are there; True when something was written.

        Different bytes under an existing key are written too (the bucket is versioned, so both
        are kept): losing a payload is worse than one more version.
        """
        created = self.create(key, body, content_type)
        if created != "different":
            return created == "written"
        self.replace(key, body, content_type)
        return True

    def create(self, key: str, body: bytes, content_type: str = "application/json") -> Created:
        """Store ``body`` at ``key`` only if nothing is there: ``"written"``; else ``"same"`` when the
        object there holds these very bytes, ``"different"`` when it holds others (left as it is).

        A conditional write that meets another upload of the key in progress is answered 409
        ``ConditionalRequestConflict`` ("retry the request", S3 docs on conditional writes): it is
        retried a few times, then the object the other upload stored is compared as after a 412; a
        conflict that outlasts the retries with nothing stored is raised (to a webhook: a 500, retry).
        """
        for attempt, pause in enumerate((*_CONFLICT_BACKOFF, None)):
            try:
                self._s3.put_object(
                    Bucket=self.bucket, Key=key, Body=body, ContentType=content_type, IfNoneMatch="*"
                )
                return "written"
            except ClientError as error:
                code = error.response.get("Error", {}).get("Code")
                if code in _PRECONDITION_FAILED:
                    break
                if code not in _CONFLICT:
                    raise
                if pause is None:
                    if not self.exists(key):
                        raise
                    break  # the other upload ended: compare with what it stored
                logger.info(
                    "Conditional write conflicted; retrying", extra={"key": key, "attempt": attempt + 1}
                )
                time.sleep(pause)
        return "same" if self._holds(key, body) else "different"

    def replace(self, key: str, body: bytes, content_type: str = "application/json") -> None:
        """Write ``body`` over whatever ``key`` holds (a new version: the old one is kept)."""
        self._s3.put_object(Bucket=self.bucket, Key=key, Body=body, ContentType=content_type)

    def put_json(self, key: str, document: dict[str, Any]) -> bool:
        return self.put(key, json.dumps(document, separators=(",", ":"), sort_keys=True).encode())

    def exists(self, key: str) -> bool:
        try:
            self._s3.head_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in _NOT_FOUND:
                return False
            raise
        return True

    def get(self, key: str) -> bytes:
        return self._s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()

    def _holds(self, key: str, body: bytes) -> bool:
        # SSE-S3 objects uploaded in one part have the MD5 of their bytes as ETag.
        etag = self._s3.head_object(Bucket=self.bucket, Key=key)["ETag"].strip('"')
        return etag == hashlib.md5(body, usedforsecurity=False).hexdigest()

    def caller_conversations(self, e164: str) -> list[str]:
        """The conversations the caller index links to the caller, oldest version included, so that
        an erasure interrupted after deleting some index entries still finds their conversations."""
        prefix = caller_index_prefix(e164)
        names = {key[len(prefix) :].removesuffix(".json") for key, _ in self._versions(prefix)}
        return sorted(name for name in names if _CONVERSATION_ID.fullmatch(name))

    def purge(self, prefix: str) -> Purged:
        """Delete every version and delete marker under ``prefix``: in a versioned bucket a plain
        delete only hides an object behind a marker, and erasing a caller must really remove it."""
        if not prefix.endswith("/") or prefix.count("/") < 2:
            raise ValueError(f"refusing to purge the broad prefix {prefix!r}")
        return self._delete_versions(list(self._versions(prefix)), prefix)

    def purge_object(self, key: str) -> Purged:
        """Delete every version of the one object ``key`` (see ``purge``)."""
        return self._delete_versions([(k, v) for k, v in self._versions(key) if k == key], key)

    def mentioning(
        self, prefix: str, names: Callable[[bytes], bool], within: str = "", limit: int = 10_000
    ) -> list[str]:
        """Keys under ``prefix`` (and with ``within`` in them) whose current body ``names`` says names
        the caller: the objects an erasure finds by content because no index names their caller
        (quarantined payloads, events of unknown types). Reads at most ``limit`` objects."""
        found: list[str] = []
        keys = sorted({key for key, _ in self._versions(prefix) if within in key})
        for count, key in enumerate(keys):
            if count >= limit:
                raise RuntimeError(f"more than {limit} objects under {prefix}: search them another way")
            try:
                body = self.get(key)
            except self._s3.exceptions.NoSuchKey:
                body = b""  # only delete markers left: purged with the rest
            if body and names(body):
                found.append(key)
        return found

    def _delete_versions(self, versions: list[tuple[str, str]], where: str) -> Purged:
        for start in range(0, len(versions), _DELETE_BATCH):
            batch = versions[start : start + _DELETE_BATCH]
            response = self._s3.delete_objects(
                Bucket=self.bucket,
                Delete={"Objects": [{"Key": k, "VersionId": v} for k, v in batch], "Quiet": True},
            )
            if errors := response.get("Errors"):
                reason = f"{errors[0].get('Code')} {errors[0].get('Message')}"
                raise RuntimeError(f"S3 kept {len(errors)} versions under {where}: {reason}")
        return Purged(keys=len({key for key, _ in versions}), versions=len(versions))

    def _versions(self, prefix: str) -> Iterator[tuple[str, str]]:
        """(key, version id) of every version and delete marker under ``prefix``."""
        for page in self._s3.get_paginator("list_object_versions").paginate(
            Bucket=self.bucket, Prefix=prefix
        ):
            for version in page.get("Versions", []):
                yield version["Key"], version["VersionId"]
            for marker in page.get("DeleteMarkers", []):
                yield marker["Key"], marker["VersionId"]
