"""Write the botocore data the call-path DynamoDB client loads (``agentic_memory.runtime.call_path``).

    python scripts/call_path_models.py   # after a botocore upgrade; tests/test_call_path_models.py checks

From the pinned botocore: DynamoDB's service model cut to the operations the call path makes (and
the shapes they reach, documentation dropped), its endpoint rule set, ``endpoints.json`` cut to
DynamoDB in every partition, and the small files every client reads (partitions, retry modes,
defaults modes) as they are. Plain compact JSON: every botocore reads it, including a Lambda
runtime's older one.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import botocore

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "layer" / "agentic_memory" / "call_path_models"
SOURCE = Path(botocore.__file__).parent / "data"
# What the call-path clients call: ClientData's profile and agent variables (profiles.get_for_call),
# the tools' workspace numbers (workspace.own_numbers), the secrets (secrets._values).
OPERATIONS = {
    ("dynamodb", "2012-08-10"): ("BatchGetItem", "GetItem"),
    ("secretsmanager", "2017-10-17"): ("GetSecretValue",),
}
# Read by every client as they are (botocore/session.py, client.py, args.py).
COMMON = ("partitions", "_retry", "sdk-default-configuration")


def load(name: str) -> Any:
    """A botocore data file by its path without extension, plain or gzipped as installed."""
    plain = SOURCE / f"{name}.json"
    if plain.exists():
        return json.loads(plain.read_bytes())
    return json.loads(gzip.decompress((SOURCE / f"{name}.json.gz").read_bytes()))


def _undocumented(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _undocumented(v) for k, v in value.items() if k != "documentation"}
    if isinstance(value, list):
        return [_undocumented(v) for v in value]
    return value


def _shape_names(shape: Any) -> Iterator[str]:
    for key in ("member", "key", "value"):
        if key in shape:
            yield shape[key]["shape"]
    for member in shape.get("members", {}).values():
        yield member["shape"]


def service_model(service: str, api_version: str, operations: tuple[str, ...]) -> dict[str, Any]:
    """The service model with only ``operations`` and every shape they reach (input, output, errors)."""
    full = load(f"{service}/{api_version}/service-2")
    kept_operations = {name: full["operations"][name] for name in operations}
    pending = [
        ref["shape"]
        for op in kept_operations.values()
        for ref in (op.get("input"), op.get("output"), *op.get("errors", []))
        if ref
    ]
    shapes: dict[str, Any] = {}
    while pending:
        name = pending.pop()
        if name not in shapes:
            shapes[name] = full["shapes"][name]
            pending.extend(_shape_names(shapes[name]))
    kept = {key: value for key, value in full.items() if key not in ("operations", "shapes")}
    cut: dict[str, Any] = _undocumented(
        {**kept, "operations": kept_operations, "shapes": dict(sorted(shapes.items()))}
    )
    return cut


def endpoints() -> dict[str, Any]:
    """``endpoints.json`` with every partition and, of its services, the call path's alone."""
    full: dict[str, Any] = load("endpoints")
    wanted = {service for service, _ in OPERATIONS}
    partitions = [
        {**partition, "services": {k: v for k, v in partition["services"].items() if k in wanted}}
        for partition in full["partitions"]
    ]
    return {**full, "partitions": partitions}


def files() -> dict[str, Any]:
    """Each file to ship, by its path under ``TARGET``."""
    shipped: dict[str, Any] = {"endpoints.json": endpoints()}
    shipped.update({f"{name}.json": load(name) for name in COMMON})
    for (service, api_version), operations in OPERATIONS.items():
        folder = f"{service}/{api_version}"
        shipped[f"{folder}/service-2.json"] = service_model(service, api_version, operations)
        shipped[f"{folder}/endpoint-rule-set-1.json"] = load(f"{folder}/endpoint-rule-set-1")
        if (SOURCE / folder / "service-2.sdk-extras.json").exists():  # merged into the model on load
            shipped[f"{folder}/service-2.sdk-extras.json"] = load(f"{folder}/service-2.sdk-extras")
    return shipped


def encoded(data: Any) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode()


def main() -> None:
    for name, data in files().items():
        path = TARGET / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(encoded(data))
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
