"""AWS clients, one of each per container (built on first use, then reused).

The clients come from botocore, the library boto3's ``client()`` hands over to, through one
botocore session: ``import boto3`` also imports s3transfer and ``multiprocessing`` for transfers
and resources that no function here uses. ``make bench`` measures what that saves ClientData's
cold start, with and without, in its "A/B" rows.

Time-outs are tight and retries few: every caller of these is either a phone call in progress or
an asynchronous invocation that Lambda retries anyway. ``AWS_ENDPOINT_URL`` (honoured by botocore
itself) points them at a local moto server during development.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, cast

import botocore.session
from botocore.config import Config

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient

_CONFIG = Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 3, "mode": "standard"})
# ClientData answers while the phone rings: a slow GetItem is abandoned for the new-caller answer.
_CALL_PATH_CONFIG = Config(
    connect_timeout=0.5, read_timeout=1, retries={"max_attempts": 2, "mode": "standard"}
)


@lru_cache(maxsize=1)
def session() -> botocore.session.Session:
    """The container's botocore session: credentials, region and the loaded service models."""
    return botocore.session.get_session()


@lru_cache(maxsize=1)
def s3_client() -> S3Client:
    return cast("S3Client", session().create_client("s3", config=_CONFIG))


@lru_cache(maxsize=1)
def dynamodb_client() -> DynamoDBClient:
    return cast("DynamoDBClient", session().create_client("dynamodb", config=_CONFIG))


@lru_cache(maxsize=1)
def call_path_dynamodb_client() -> DynamoDBClient:
    return cast("DynamoDBClient", session().create_client("dynamodb", config=_CALL_PATH_CONFIG))


@lru_cache(maxsize=1)
def secrets_client() -> SecretsManagerClient:
    """Secrets Manager, read on a request's path (ClientData's included): the call-path time-outs."""
    return cast("SecretsManagerClient", session().create_client("secretsmanager", config=_CALL_PATH_CONFIG))


def forget() -> None:
    """Drop the session and every client built from it; the next use builds new ones."""
    for cached in (session, s3_client, dynamodb_client, call_path_dynamodb_client, secrets_client):
        cached.cache_clear()
