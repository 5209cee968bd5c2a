"""AWS clients and the stores built on them, one per container (built on first use, then reused).

Time-outs are tight and retries few: every caller of these is either a phone call in progress or
an asynchronous invocation that Lambda retries anyway. ``AWS_ENDPOINT_URL`` (honoured by boto3
itself) points them at a local moto server during development.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

import boto3
from botocore.config import Config

from agentic_memory.archive import Archive
from agentic_memory.config import get_settings
from agentic_memory.profiles import ProfileStore

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient
    from mypy_boto3_s3 import S3Client

_CONFIG = Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 3, "mode": "standard"})
# ClientData answers while the phone rings: a slow GetItem is abandoned for the new-caller answer.
_CALL_PATH_CONFIG = Config(
    connect_timeout=0.5, read_timeout=1, retries={"max_attempts": 2, "mode": "standard"}
)


@lru_cache(maxsize=1)
def s3_client() -> S3Client:
    return boto3.client("s3", config=_CONFIG)


@lru_cache(maxsize=1)
def dynamodb_client() -> DynamoDBClient:
    return boto3.client("dynamodb", config=_CONFIG)


@lru_cache(maxsize=1)
def call_path_dynamodb_client() -> DynamoDBClient:
    return boto3.client("dynamodb", config=_CALL_PATH_CONFIG)


def archive() -> Archive:
    return Archive(s3_client(), get_settings().archive_bucket)


def profiles() -> ProfileStore:
    return ProfileStore(dynamodb_client(), get_settings().profiles_table)


def call_path_profiles() -> ProfileStore:
    """Profiles for ClientData, with the tight time-outs of a ringing phone."""
    return ProfileStore(call_path_dynamodb_client(), get_settings().profiles_table)
