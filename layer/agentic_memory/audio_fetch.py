"""``AUDIO_SOURCE=api``: the call recording streamed from ElevenLabs' API into the archive.

A long call's base64 audio exceeds what HTTP API (10 MB) and Lambda (6 MB) accept as a webhook, so
ingestion downloads ``GET /v1/convai/conversations/{id}/audio`` instead and writes it to S3 as a
multipart upload: memory stays at about one part (8 MiB) whatever the length of the call.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import httpx
from aws_lambda_powertools import Logger

from agentic_memory.archive import Archive, audio_key

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_s3.type_defs import CompletedPartTypeDef

logger = Logger(child=True)

PART_SIZE = 8 * 1024 * 1024  # S3 parts must be >= 5 MiB except the last
# The audio is ready shortly after the transcript; until then the API answers "not found" or "too early".
NOT_READY = {404, 409, 425, 429, 500, 502, 503, 504}
ATTEMPTS = 5


class AudioNotReadyError(Exception):
    """ElevenLabs had no recording for the conversation yet after every attempt: retry later."""


def fetch_audio(
    conversation_id: str,
    *,
    s3: S3Client,
    bucket: str,
    api_key: str,
    base_url: str,
    http: httpx.Client | None = None,
    sleep: Callable[[float], None] = time.sleep,
    attempts: int = ATTEMPTS,
) -> int | None:
    """Stream the recording into ``conversations/{id}/audio.mp3``; bytes written, None if already there."""
    key = audio_key(conversation_id)
    if Archive(s3, bucket).exists(key):
        return None
    client = http or httpx.Client(timeout=httpx.Timeout(30.0, connect=5.0))
    url = f"{base_url.rstrip('/')}/v1/convai/conversations/{conversation_id}/audio"
    for attempt in range(1, attempts + 1):
        with client.stream("GET", url, headers={"xi-api-key": api_key}) as answer:
            if answer.status_code == 200:
                written = _upload(s3, bucket, key, answer.iter_bytes(chunk_size=1024 * 1024))
                logger.info("Recording archived from the ElevenLabs API", extra={"bytes": written})
                return written
            if answer.status_code not in NOT_READY:
                answer.raise_for_status()
        if attempt < attempts:
            sleep(2.0 ** (attempt - 1))
    raise AudioNotReadyError(f"no recording for {conversation_id} after {attempts} attempts")


def _upload(s3: S3Client, bucket: str, key: str, chunks: Iterator[bytes]) -> int:
    """Parts of ``PART_SIZE`` as the bytes arrive; aborted on any failure so no orphan parts are billed."""
    upload_id = s3.create_multipart_upload(Bucket=bucket, Key=key, ContentType="audio/mpeg")["UploadId"]
    parts: list[CompletedPartTypeDef] = []
    pending: list[bytes] = []  # joined once per part: one copy, no growing buffer
    size = 0

    def flush() -> None:
        nonlocal pending, size
        body = b"".join(pending)
        pending, size = [], 0
        etag = s3.upload_part(
            Bucket=bucket, Key=key, UploadId=upload_id, PartNumber=len(parts) + 1, Body=body
        )
        parts.append({"ETag": etag["ETag"], "PartNumber": len(parts) + 1})

    written = 0
    try:
        for chunk in chunks:
            pending.append(chunk)
            size += len(chunk)
            written += len(chunk)
            if size >= PART_SIZE:
                flush()
        if pending or not parts:
            flush()
        s3.complete_multipart_upload(
            Bucket=bucket, Key=key, UploadId=upload_id, MultipartUpload={"Parts": parts}
        )
    except BaseException:
        s3.abort_multipart_upload(Bucket=bucket, Key=key, UploadId=upload_id)
        raise
    return written
