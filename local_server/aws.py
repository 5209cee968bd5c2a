"""Local AWS: moto in server mode, with the template's bucket, tables, queues and secret created in it.

boto3 in the handlers reaches it through ``AWS_ENDPOINT_URL`` (honoured by boto3 itself), so the
functions run unchanged, with real API calls against real (emulated) services.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import socket
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

import boto3
from moto.cloudformation.parsing import get_model_map
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, MotoRequestHandler, create_backend_app
from moto.s3 import notifications
from werkzeug.serving import make_server

from agentic_memory_ops.signed_requests import ACCESS_KEY_ID, SignedOnly
from local_server.durable import Journal
from local_server.folder import LocalServerError
from local_server.template import ACCOUNT_ID, REGION, Stack

LOCAL_VISIBILITY_TIMEOUT = 5


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class LocalAws:
    """moto's server app behind the journal (``durable.Journal``), on a fixed loopback port, for
    requests signed with ``secret`` only (``SignedOnly``: the server's token, in ``server.json``), and
    this process's AWS settings pointing at it. ``start`` binds in the caller's thread, so a busy
    port is an ``OSError`` there rather than a server thread dying unseen."""

    def __init__(self, port: int, folder: Path, secret: str) -> None:
        self.journal = Journal(DomainDispatcherApplication(create_backend_app), folder)
        self.secret = secret  # the secret access key requests are signed with
        try:  # werkzeug prints its own advice and exits when the port is taken: say it in one line
            with contextlib.redirect_stderr(io.StringIO()):
                app, handler = SignedOnly(self.journal, self.secret), MotoRequestHandler
                self._server = make_server("127.0.0.1", port, app, threaded=True, request_handler=handler)
        except SystemExit:
            raise LocalServerError(
                f"cannot listen on 127.0.0.1:{port} for the emulated AWS: another program uses it; "
                "choose other ports (make run PORT=3010 uses 3010 and 3011)"
            ) from None
        self.endpoint = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)

    def start(self) -> LocalAws:
        self._thread.start()
        os.environ.update(
            AWS_ENDPOINT_URL=self.endpoint,
            AWS_ACCESS_KEY_ID=ACCESS_KEY_ID,
            AWS_SECRET_ACCESS_KEY=self.secret,
            AWS_DEFAULT_REGION=REGION,
            AWS_REGION=REGION,
            MOTO_ACCOUNT_ID=ACCOUNT_ID,
        )
        for name in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_LAMBDA"):
            os.environ.pop(name, None)
        boto3.DEFAULT_SESSION = None  # one made before holds the old credentials and endpoint
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def create_resources(stack: Stack, secrets: dict[str, str]) -> dict[str, str]:
    """The template's data resources under the stack's local names, made by moto's CloudFormation
    models from their resolved properties; the bucket's versioning (which moto's model leaves unset)
    and the secret (which has no model in moto) by hand. Returns the names made, by logical id."""
    kinds = ("AWS::S3::Bucket", "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SecretsManager::Secret")
    made = {logical_id: stack.physical_name(logical_id) for logical_id in stack.of_type(*kinds)}
    # Dead-letter targets first: a redrive policy names an existing queue.
    for logical_id in sorted(made, key=lambda key: "RedrivePolicy" in stack.resources[key]["Properties"]):
        resource = stack.resources[logical_id]
        kind, properties = resource["Type"], stack.resolve(resource["Properties"])
        if kind == "AWS::SecretsManager::Secret":  # the template's keys, the env file's values
            keys = json.loads(properties["SecretString"])
            values = json.dumps({key: secrets.get(key, str(value)) for key, value in keys.items()})
            boto3.client("secretsmanager").create_secret(Name=made[logical_id], SecretString=values)
            continue
        if "RedrivePolicy" in properties:  # a failed message is back in seconds, not the deployed minutes
            properties["VisibilityTimeout"] = LOCAL_VISIBILITY_TIMEOUT
        get_model_map()[kind].create_from_cloudformation_json(
            made[logical_id], {"Properties": properties}, ACCOUNT_ID, REGION
        )
        if properties.get("VersioningConfiguration", {}).get("Status") == "Enabled":
            enabled: Any = {"Status": "Enabled"}
            boto3.client("s3").put_bucket_versioning(Bucket=made[logical_id], VersioningConfiguration=enabled)
    return made


def release_leases(made: dict[str, str]) -> None:
    """No ingestion outlives the server that ran it (a kill -9, a double Ctrl-C): the conversations'
    leases it held are released at start, as a Lambda's lapse at its time-out, so that their work
    resumes now rather than when the leases would have ended (``agentic_memory.ledger``)."""
    table, dynamodb = made["IngestionLedgerTable"], boto3.client("dynamodb")
    held = dynamodb.get_paginator("scan").paginate(
        TableName=table, ProjectionExpression="id", FilterExpression="attribute_exists(lease_until)"
    )
    for item in (item for page in held for item in page["Items"]):
        dynamodb.update_item(TableName=table, Key={"id": item["id"]}, UpdateExpression="REMOVE lease_until")


def notify_queues(stack: Stack) -> None:
    """The buckets' notifications to SQS as the template configures them, after the journal's restore:
    moto then sends S3's event for every matching write, whoever the writer, and, as S3 does, an
    ``s3:TestEvent`` now (PostCall ignores it)."""
    # moto form-encodes the whole key in the event ("conversations%2Fconv_…"); S3 leaves its slashes
    # ("conversations/conv_…/transcription.json"), and PostCall reads the key as S3 sends it.
    notifications.quote_plus = functools.partial(quote_plus, safe="/")  # type: ignore[attr-defined]
    s3 = boto3.client("s3")
    for logical_id, bucket in stack.of_type("AWS::S3::Bucket").items():
        configuration = stack.resolve(bucket["Properties"].get("NotificationConfiguration", {}))
        queues: list[Any] = [
            {
                "QueueArn": entry["Queue"],
                "Events": [entry["Event"]],
                "Filter": {"Key": {"FilterRules": entry.get("Filter", {}).get("S3Key", {}).get("Rules", [])}},
            }
            for entry in configuration.get("QueueConfigurations", [])
        ]
        if queues:
            s3.put_bucket_notification_configuration(
                Bucket=stack.physical_name(logical_id),
                NotificationConfiguration={"QueueConfigurations": queues},
            )
