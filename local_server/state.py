"""Keeps the local stack's S3 objects and DynamoDB items across restarts (moto holds them in memory).

Saved under the data folder when the server stops and loaded when it starts, before the archive
notification is wired, so loading old transcriptions does not ingest them a second time.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote, unquote

import boto3


def save(data_dir: Path, buckets: list[str], tables: list[str]) -> int:
    """Write every current object and item to ``data_dir``; returns how many were saved."""
    s3, dynamodb = boto3.client("s3"), boto3.client("dynamodb")
    count = 0
    for bucket in buckets:
        folder = data_dir / "s3" / bucket
        folder.mkdir(parents=True, exist_ok=True)
        for stale in folder.iterdir():
            stale.unlink()
        for page in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket):
            for entry in page.get("Contents", []):
                stored = s3.get_object(Bucket=bucket, Key=entry["Key"])
                name = quote(entry["Key"], safe="")
                (folder / name).write_bytes(stored["Body"].read())
                (folder / f"{name}.content-type").write_text(
                    stored.get("ContentType", "application/octet-stream")
                )
                count += 1
    for table in tables:
        items = [
            item
            for page in dynamodb.get_paginator("scan").paginate(TableName=table)
            for item in page["Items"]
        ]
        path = data_dir / "dynamodb" / f"{table}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(items))
        count += len(items)
    return count


def load(data_dir: Path, buckets: list[str], tables: list[str]) -> int:
    """Put back what ``save`` wrote; returns how many objects and items were loaded."""
    s3, dynamodb = boto3.client("s3"), boto3.client("dynamodb")
    count = 0
    for bucket in buckets:
        folder = data_dir / "s3" / bucket
        for path in sorted(folder.glob("*")) if folder.is_dir() else []:
            if path.name.endswith(".content-type"):
                continue
            kind = path.with_name(f"{path.name}.content-type")
            content_type = kind.read_text() if kind.exists() else "application/octet-stream"
            s3.put_object(
                Bucket=bucket, Key=unquote(path.name), Body=path.read_bytes(), ContentType=content_type
            )
            count += 1
    for table in tables:
        path = data_dir / "dynamodb" / f"{table}.json"
        for item in json.loads(path.read_text()) if path.exists() else []:
            dynamodb.put_item(TableName=table, Item=item)
            count += 1
    return count
