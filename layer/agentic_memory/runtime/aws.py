"""AWS clients, one of each per container (built on first use, then reused).

The clients come from one boto3 session. Building them from botocore directly skips the import
of boto3 (and s3transfer), but ``make bench`` measured no gain beyond its noise for ClientData's
cold start (+3.7 % ± 5.8 %), so the plain way stays.

Time-outs are tight and retries few: every caller of these is either a phone call in progress or
an asynchronous invocation that Lambda retries anyway. ``AWS_ENDPOINT_URL`` (honoured by botocore
itself) points them at a local moto server during development.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import boto3
from botocore.config import Config

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient
    from mypy_boto3_sqs import SQSClient

_CONFIG = Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 3, "mode": "standard"})
# ClientData answers while the phone rings: a slow GetItem is abandoned for the new-caller answer.
_CALL_PATH_CONFIG = Config(
    connect_timeout=0.5, read_timeout=1, retries={"max_attempts": 2, "mode": "standard"}
)


@lru_cache(maxsize=1)
def session() -> boto3.session.Session:
    """The container's session: credentials, region and the loaded service models."""
    return boto3.session.Session()


@lru_cache(maxsize=1)
def s3_client() -> S3Client:
    return session().client("s3", config=_CONFIG)


@lru_cache(maxsize=1)
def dynamodb_client() -> DynamoDBClient:
    return session().client("dynamodb", config=_CONFIG)


@lru_cache(maxsize=1)
def call_path_dynamodb_client() -> DynamoDBClient:
    return session().client("dynamodb", config=_CALL_PATH_CONFIG)


@lru_cache(maxsize=1)
def secrets_client() -> SecretsManagerClient:
    """Secrets Manager, read on a request's path (ClientData's included): the call-path time-outs."""
    return session().client("secretsmanager", config=_CALL_PATH_CONFIG)


@lru_cache(maxsize=1)
def sqs_client() -> SQSClient:
    return session().client("sqs", config=_CONFIG)


def forget() -> None:
    """Drop the session and every client built from it; the next use builds new ones."""
    for cached in (
        session,
        s3_client,
        dynamodb_client,
        call_path_dynamodb_client,
        secrets_client,
        sqs_client,
    ):
        cached.cache_clear()
