"""The call path's cut botocore data (``aws.CALL_PATH_MODELS``): the pinned botocore's, for the
operations the call path makes, sending what a client with botocore's full data sends."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import botocore.session
import pytest
from botocore import xform_name
from botocore.awsrequest import AWSResponse, HTTPHeaders
from botocore.config import Config
from botocore.model import Shape

from agentic_memory.runtime import aws
from scripts import call_path_models

ROOT = Path(__file__).resolve().parent.parent

# One region of each partition the endpoints hold, and the two places a region has no name of its own.
REGIONS = ("us-east-1", "eu-central-1", "cn-north-1", "us-gov-west-1", "us-iso-east-1", "eusc-de-east-1")
CALLS: dict[str, dict[str, Any]] = {
    "BatchGetItem": {"RequestItems": {"profiles": {"Keys": [{"pk": {"S": "+16125550123"}}]}}},
    "GetItem": {"TableName": "profiles", "Key": {"pk": {"S": "workspace#numbers"}}},
    "GetSecretValue": {"SecretId": "app"},
}


@pytest.fixture(autouse=True)
def fresh_clients() -> Iterator[None]:
    aws.forget()
    yield
    aws.forget()


def test_the_shipped_files_are_what_the_pinned_botocore_gives() -> None:
    """After a botocore upgrade: ``python scripts/call_path_models.py`` rewrites them."""
    expected = call_path_models.files()
    shipped = sorted(str(p.relative_to(aws.CALL_PATH_MODELS)) for p in aws.CALL_PATH_MODELS.rglob("*.json"))
    assert shipped == sorted(expected)
    for name, data in expected.items():
        assert (aws.CALL_PATH_MODELS / name).read_bytes() == call_path_models.encoded(data), name


def clients(session: boto3.session.Session, region: str, config: Config | None = None) -> dict[str, Any]:
    return {
        "dynamodb": session.client("dynamodb", region_name=region, config=config),
        "secretsmanager": session.client("secretsmanager", region_name=region, config=config),
    }


def described(shape: Shape | None, seen: frozenset[str] = frozenset()) -> Any:
    """A shape as botocore reads it, its documentation aside."""
    if shape is None:
        return None
    meta = {k: v for k, v in shape.metadata.items() if k != "documentation"}
    if shape.name in seen:
        return shape.name
    seen |= {shape.name}
    children: dict[str, Any] = {}
    for part in ("member", "key", "value"):
        if hasattr(shape, part):
            children[part] = described(getattr(shape, part), seen)
    for name, member in getattr(shape, "members", {}).items():
        children[name] = described(member, seen)
    return (shape.name, shape.type_name, meta, shape.serialization, children)


@pytest.mark.parametrize("service", ["dynamodb", "secretsmanager"])
def test_each_operation_reads_as_in_botocores_full_model(service: str) -> None:
    full = botocore.session.get_session().get_service_model(service)
    cut = clients(aws.call_path_session(), "us-east-1")[service].meta.service_model
    assert cut.metadata == full.metadata
    for name in cut.operation_names:
        ours, theirs = cut.operation_model(name), full.operation_model(name)
        assert described(ours.input_shape) == described(theirs.input_shape), name
        assert described(ours.output_shape) == described(theirs.output_shape), name
        assert [described(e) for e in ours.error_shapes] == [described(e) for e in theirs.error_shapes]
        assert ours.http == theirs.http and ours.context_parameters == theirs.context_parameters
    assert cut.operation_names == sorted(call_path_models.OPERATIONS[(service, full.api_version)])


class EmptyJson:
    """The body of an answer to a JSON-protocol request (DynamoDB, Secrets Manager): ``{}``."""

    def stream(self) -> Iterator[bytes]:
        yield b"{}"


def sent(client: Any, operation: str) -> tuple[str, str, str]:
    """URL, signing scope and body of the request the client sends (answered before it leaves)."""
    seen: list[Any] = []

    def capture(request: Any, **_: Any) -> AWSResponse:
        seen.append(request)
        return AWSResponse(request.url, 200, HTTPHeaders(), EmptyJson())

    client.meta.events.register("before-send", capture)
    getattr(client, xform_name(operation))(**CALLS[operation])
    request = seen[0]
    scope = request.headers["Authorization"].decode().split("Credential=")[1].split(",")[0]
    return request.url, scope.split("/", 2)[2], request.body


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("fips", [False, True])
def test_the_call_path_clients_send_what_botocores_full_data_sends(region: str, fips: bool) -> None:
    full = boto3.session.Session()
    config = Config(use_fips_endpoint=fips)
    for service, operations in (
        ("dynamodb", ("BatchGetItem", "GetItem")),
        ("secretsmanager", ("GetSecretValue",)),
    ):
        ours = clients(aws.call_path_session(), region, config)[service]
        theirs = clients(full, region, config)[service]
        for operation in operations:
            assert sent(ours, operation) == sent(theirs, operation), (service, operation)


def test_an_operation_the_call_path_does_not_make_is_not_there() -> None:
    """The cut is real: another DynamoDB call needs the full client (``aws.dynamodb_client``)."""
    assert not hasattr(aws.call_path_dynamodb_client(), "put_item")
    assert hasattr(aws.dynamodb_client(), "put_item")


def test_the_layer_smoke_builds_the_call_path_clients_from_the_layers_files() -> None:
    smoke = "import layer_smoke; layer_smoke.call_path_clients()"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "layer"), str(ROOT / "scripts")])}
    done = subprocess.run(
        [sys.executable, "-c", smoke], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "ok: the call path's clients build from call_path_models" in done.stdout


def test_client_datas_cold_start_reads_no_botocore_data_and_no_memory_module() -> None:
    """A fresh interpreter: ClientData's init and its clients, as ``make bench`` times them."""
    probe = (
        "import sys, importlib.util\n"
        "from botocore import loaders\n"
        "read = []\n"
        "load = loaders.JSONFileLoader.load_file\n"
        "loaders.JSONFileLoader.load_file = lambda self, path: read.append(path) or load(self, path)\n"
        f"spec = importlib.util.spec_from_file_location('app', {str(ROOT / 'src/client_data/app.py')!r})\n"
        "spec.loader.exec_module(importlib.util.module_from_spec(spec))\n"
        "from agentic_memory.runtime import aws, compose\n"
        "compose.call_path_profiles(); aws.secrets_client()\n"
        "botocores = [p for p in read if p.startswith(loaders.Loader.BUILTIN_DATA_PATH)]\n"
        "print(len(read), len(botocores), 'agentic_memory.memory' in sys.modules)\n"
    )
    env = {**os.environ, "AWS_DEFAULT_REGION": "us-east-1", "PROFILE_TABLE": "profiles"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60, env=env
    )
    read, from_botocore, memory = done.stdout.split()
    assert int(read) > 0 and from_botocore == "0"
    assert memory == "False"  # compose names the memory interface for annotations alone
