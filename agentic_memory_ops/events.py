"""The events the functions are invoked with, one builder per shape, as AWS and ElevenLabs make them.

* an HTTP API request (payload format 2.0, what each function's ``HttpApi`` sends): ``http_event``;
* the same, signed as ElevenLabs signs a post-call webhook: ``signed_webhook_event``;
* the archive's S3 ``ObjectCreated`` notification (what triggers ingestion): ``s3_event``;
* messages of an SQS queue, as its event source mapping hands them over (PostCall's ingestion
  queue: S3's notifications, extraction checks): ``sqs_event``.

Shapes: AWS docs, "Working with AWS Lambda proxy integrations for HTTP APIs" (payload 2.0), "Event
message structure" (S3 event notifications, version 2.1) and "Using Lambda with Amazon SQS".
"""

from __future__ import annotations

import base64
import uuid
from datetime import UTC, datetime
from typing import Any

from agentic_memory.signature import HEADER as SIGNATURE_HEADER, sign

REGION = "us-east-1"


def http_event(
    body: bytes,
    headers: dict[str, str] | None = None,
    *,
    path: str = "/post-call",
    base64_encoded: bool = False,
    query: str = "",
    source_ip: str = "127.0.0.1",
    domain: str = "localhost",
    at: datetime | None = None,
    request_id: str | None = None,
) -> dict[str, Any]:
    """A ``POST path`` request as API Gateway hands it over: header names lowercased, the body as
    text or, when ``base64_encoded`` or not UTF-8, base64 (as API Gateway does for binary bodies).
    Received now, under a new request id, unless ``at`` and ``request_id`` say otherwise (a sample
    kept in a file stays the same)."""
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    try:
        text = body.decode("utf-8") if not base64_encoded else None
    except UnicodeDecodeError:
        text = None
    now = at or datetime.now(UTC)
    return {
        "version": "2.0",
        "routeKey": f"POST {path}",
        "rawPath": path,
        "rawQueryString": query,
        "headers": lowered,
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "local",
            "domainName": domain,
            "http": {
                "method": "POST",
                "path": path,
                "protocol": "HTTP/1.1",
                "sourceIp": source_ip,
                "userAgent": lowered.get("user-agent", "ElevenLabs"),
            },
            "requestId": request_id or uuid.uuid4().hex,
            "routeKey": f"POST {path}",
            "stage": "$default",
            "time": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "timeEpoch": int(now.timestamp() * 1000),
        },
        "body": text if text is not None else base64.b64encode(body).decode(),
        "isBase64Encoded": text is None,
    }


def signed_webhook_event(
    body: bytes, secret: str, *, path: str = "/post-call", timestamp: int | None = None
) -> dict[str, Any]:
    """A post-call webhook as ElevenLabs delivers it, with its ``ElevenLabs-Signature`` header."""
    headers = {"Content-Type": "application/json", SIGNATURE_HEADER: sign(body, secret, timestamp)}
    return http_event(body, headers, path=path)


def s3_event(bucket: str, key: str, *, region: str = REGION, at: datetime | None = None) -> dict[str, Any]:
    """S3's notification that ``key`` was written (now, unless ``at`` says when), as Lambda receives
    it (keys arrive URL-encoded, which ours never need: conversation ids are letters, digits, '_'
    and '-')."""
    written = at or datetime.now(UTC)
    return {
        "Records": [
            {
                "eventVersion": "2.1",
                "eventSource": "aws:s3",
                "awsRegion": region,
                "eventTime": written.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "eventName": "ObjectCreated:Put",
                "s3": {
                    "s3SchemaVersion": "1.0",
                    "bucket": {"name": bucket, "arn": f"arn:aws:s3:::{bucket}"},
                    "object": {"key": key},
                },
            }
        ]
    }


def sqs_event(
    queue_arn: str, messages: list[tuple[str, str]], *, region: str = REGION, at: datetime | None = None
) -> dict[str, Any]:
    """Lambda's event for SQS messages, given as (message id, body) pairs, sent ``at`` (if said)."""
    sent = str(int(at.timestamp() * 1000)) if at else "0"
    return {
        "Records": [
            {
                "messageId": message_id,
                "receiptHandle": f"receipt-{message_id}",
                "body": body,
                "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": sent},
                "messageAttributes": {},
                "md5OfBody": "",
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": region,
            }
            for message_id, body in messages
        ]
    }
