"""Local AWS: moto in server mode, with the template's bucket, tables, queue and secret created in it.

boto3 in the handlers reaches it through ``AWS_ENDPOINT_URL`` (honoured by boto3 itself), so the
functions run unchanged, with real API calls against real (emulated) services.
"""

from __future__ import annotations

import json
import os
import socket
from typing import Any

import boto3
from moto.server import ThreadedMotoServer

from local_server.template import ACCOUNT_ID, REGION, Stack

LOCAL_VISIBILITY_TIMEOUT = 5


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_moto() -> tuple[ThreadedMotoServer, str]:
    """moto on a free loopback port, and this process's AWS settings pointing at it."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    os.environ.update(
        {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "local",
            "AWS_SECRET_ACCESS_KEY": "local",
            "AWS_DEFAULT_REGION": REGION,
            "AWS_REGION": REGION,
            "MOTO_ACCOUNT_ID": ACCOUNT_ID,
        }
    )
    os.environ.pop("AWS_PROFILE", None)
    os.environ.pop("AWS_SESSION_TOKEN", None)
    return server, endpoint


def create_resources(stack: Stack, secrets: dict[str, str]) -> dict[str, str]:
    """The template's data resources, as it defines them; returns the names made, by logical id."""
    made: dict[str, str] = {}
    s3 = boto3.client("s3")
    for logical_id, resource in stack.of_type("AWS::S3::Bucket").items():
        name = stack.physical_name(logical_id)
        s3.create_bucket(Bucket=name)
        if resource["Properties"].get("VersioningConfiguration", {}).get("Status") == "Enabled":
            s3.put_bucket_versioning(Bucket=name, VersioningConfiguration={"Status": "Enabled"})
        made[logical_id] = name
    dynamodb = boto3.client("dynamodb")
    for logical_id, resource in stack.of_type("AWS::DynamoDB::Table").items():
        properties = stack.resolve(resource["Properties"])
        name = stack.physical_name(logical_id)
        dynamodb.create_table(
            TableName=name,
            KeySchema=properties["KeySchema"],
            AttributeDefinitions=properties["AttributeDefinitions"],
            BillingMode=properties.get("BillingMode", "PAY_PER_REQUEST"),
        )
        made[logical_id] = name
    sqs = boto3.client("sqs")
    queues = stack.of_type("AWS::SQS::Queue")
    # Dead-letter targets first: a redrive policy names an existing queue.
    for logical_id, resource in sorted(
        queues.items(), key=lambda item: "RedrivePolicy" in item[1]["Properties"]
    ):
        properties = stack.resolve(resource.get("Properties", {}))
        attributes: dict[Any, str] = {}
        if "RedrivePolicy" in properties:
            attributes["RedrivePolicy"] = json.dumps(properties["RedrivePolicy"])
            # A failed message comes back after seconds here, not the deployed queue's minutes.
            attributes["VisibilityTimeout"] = str(LOCAL_VISIBILITY_TIMEOUT)
        name = stack.physical_name(logical_id)
        sqs.create_queue(QueueName=name, Attributes=attributes)
        made[logical_id] = name
    secretsmanager = boto3.client("secretsmanager")
    for logical_id, resource in stack.of_type("AWS::SecretsManager::Secret").items():
        name = stack.physical_name(logical_id)
        template_keys: dict[str, Any] = json.loads(str(stack.resolve(resource["Properties"]["SecretString"])))
        # The secret has the template's keys; local values come from the env file, not parameters.
        values = {key: secrets.get(key, str(value)) for key, value in template_keys.items()}
        secretsmanager.create_secret(Name=name, SecretString=json.dumps(values))
        made[logical_id] = name
    return made
