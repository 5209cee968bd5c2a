"""AWS clients, one of each per container (built on first use, then reused).

The clients come from boto3 sessions. Building them from botocore directly skips the import of
boto3 (and s3transfer), but ``make bench`` measured no gain beyond its noise for ClientData's cold
start (+3.7 % ± 5.8 %), so the plain way stays.

The call path's clients (ClientData's DynamoDB read, the secrets every request checks) come from a
session of their own whose botocore reads ``call_path_models`` alone: the operations they make, cut
from the pinned botocore's data by ``scripts/call_path_models.py`` (tests/test_call_path_models.py
keeps them equal). The full data costs a cold start the parse of ``endpoints.json`` (1.2 MB), of
DynamoDB's model and a walk of 400 service folders; ``make bench`` weighs it in an A/B row.

Time-outs are tight and retries few: every caller of these is either a phone call in progress or
an asynchronous invocation that Lambda retries anyway. ``AWS_ENDPOINT_URL`` (honoured by botocore
itself) points them at a local moto server during development.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import boto3
import botocore.loaders
import botocore.session
from botocore.config import Config

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client
    from mypy_boto3_secretsmanager import SecretsManagerClient
    from mypy_boto3_sqs import SQSClient

# botocore data for the call path's operations alone (see the module's docstring).
CALL_PATH_MODELS = Path(__file__).resolve().parent.parent / "call_path_models"
_CONFIG = Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 3, "mode": "standard"})
# ClientData answers while the phone rings: a slow GetItem is abandoned for the new-caller answer.
_CALL_PATH_CONFIG = Config(
    connect_timeout=0.5, read_timeout=1, retries={"max_attempts": 2, "mode": "standard"}
)


@lru_cache(maxsize=1)
def session() -> boto3.session.Session:
    """The container's session: credentials, region and the loaded service models."""
    return boto3.session.Session()


class _CallPathLoader(botocore.loaders.Loader):
    """botocore's loader with ``CALL_PATH_MODELS`` as its built-in data, which they are (cut).

    botocore treats an ``endpoints.json`` found elsewhere as an operator's custom endpoints and
    sends to the legacy endpoint it resolves instead of the rule set's (botocore/args.py,
    ``resolver_uses_builtin_data``): FIPS in GovCloud would then go elsewhere."""

    BUILTIN_DATA_PATH = str(CALL_PATH_MODELS)


@lru_cache(maxsize=1)
def call_path_session() -> boto3.session.Session:
    """A session whose clients know only the call path's operations (``CALL_PATH_MODELS``)."""
    core = botocore.session.get_session()
    core.register_component(
        "data_loader", _CallPathLoader([str(CALL_PATH_MODELS)], include_default_search_paths=False)
    )
    return boto3.session.Session(botocore_session=core)


@lru_cache(maxsize=1)
def s3_client() -> S3Client:
    return session().client("s3", config=_CONFIG)


@lru_cache(maxsize=1)
def dynamodb_client() -> DynamoDBClient:
    return session().client("dynamodb", config=_CONFIG)


@lru_cache(maxsize=1)
def call_path_dynamodb_client() -> DynamoDBClient:
    return call_path_session().client("dynamodb", config=_CALL_PATH_CONFIG)


@lru_cache(maxsize=1)
def secrets_client() -> SecretsManagerClient:
    """Secrets Manager, read on a request's path (ClientData's included): the call-path time-outs."""
    return call_path_session().client("secretsmanager", config=_CALL_PATH_CONFIG)


@lru_cache(maxsize=1)
def sqs_client() -> SQSClient:
    return session().client("sqs", config=_CONFIG)


def forget() -> None:
    """Drop the session and every client built from it; the next use builds new ones."""
    for cached in (
        session,
        call_path_session,
        s3_client,
        dynamodb_client,
        call_path_dynamodb_client,
        secrets_client,
        sqs_client,
    ):
        cached.cache_clear()
