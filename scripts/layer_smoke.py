"""Imports what each function imports, from a built layer alone (plus boto3, as on Lambda).

    PYTHONPATH=<layer>/python <python with only boto3> scripts/layer_smoke.py

Fails when the layer lacks a module a handler or the Mem0 platform client needs, which a trimmed
layer (layer/Makefile installs mem0ai without its declared dependencies) could otherwise hide, and
when it ships what never runs on Lambda (the operator CLI, the local memory backend).
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    os.environ.setdefault("MEM0_DIR", "/tmp/.mem0")  # noqa: S108 - Lambda's writable place
    os.environ.setdefault("MEM0_TELEMETRY", "False")
    os.environ.setdefault("POWERTOOLS_TRACE_DISABLED", "true")
    for function in ("client_data", "retrieve", "post_call"):
        spec = importlib.util.spec_from_file_location(f"{function}_app", ROOT / "src" / function / "app.py")
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
        print(f"ok: {function} handler imports")
    import agentic_memory  # noqa: PLC0415
    from agentic_memory.mem0_platform import platform_client_classes  # noqa: PLC0415

    client, _ = platform_client_classes()
    print(f"ok: {client.__module__}.{client.__name__} imports")
    call_path_clients()
    agentcore_backend()
    openmemory_backend()
    from aws_lambda_powertools import Tracer  # noqa: PLC0415 - TracingMode=Active needs the X-Ray SDK

    Tracer(disabled=True)
    import aws_xray_sdk.core  # noqa: F401, PLC0415

    print("ok: X-Ray SDK imports")
    shipped = sorted(path.name for path in Path(agentic_memory.__file__).parent.iterdir())
    for off_lambda in ("agentic_memory_ops", "local_server"):
        if importlib.util.find_spec(off_lambda) is not None:
            raise SystemExit(f"the layer ships {off_lambda}, which never runs on Lambda")
    print(f"ok: the layer's agentic_memory holds {', '.join(n for n in shipped if n != '__pycache__')}")
    print(f"layer at {os.environ.get('PYTHONPATH', sys.path[0])}: all imports present")


def call_path_clients() -> None:
    """The call path's clients build from the cut models the layer ships (``aws.CALL_PATH_MODELS``)."""
    from agentic_memory.runtime import aws  # noqa: PLC0415

    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")  # Lambda sets AWS_REGION
    made = {
        "dynamodb": aws.call_path_dynamodb_client().meta.service_model.operation_names,
        "secretsmanager": aws.secrets_client().meta.service_model.operation_names,
    }
    if made != {"dynamodb": ["BatchGetItem", "GetItem"], "secretsmanager": ["GetSecretValue"]}:
        raise SystemExit(f"the call path's clients are not built from {aws.CALL_PATH_MODELS}: {made}")
    print(f"ok: the call path's clients build from {aws.CALL_PATH_MODELS.name}")


def agentcore_backend() -> None:
    """MEMORY_BACKEND=agentcore: the backend imports, and its client's model (the one the layer ships,
    whatever the runtime's botocore) has every request member it sends (botocore refuses an unknown
    member before sending)."""
    import botocore  # noqa: PLC0415

    from agentic_memory.agentcore import AgentCoreStore  # noqa: PLC0415
    from agentic_memory.agentcore_wire import agentcore_session  # noqa: PLC0415

    client = agentcore_session().client("bedrock-agentcore", region_name="us-east-1")
    model = client.meta.service_model
    needed = {
        "CreateEvent": ("clientToken", "metadata", "extractionConfig"),
        "ListMemoryRecords": ("namespacePath", "metadataFilters"),
        "RetrieveMemoryRecords": ("namespacePath",),
        "BatchCreateMemoryRecords": ("recordExpirySpecification", "clientToken"),
        "ListMemoryExtractionJobs": ("filter",),
    }
    for operation, members in needed.items():
        shape = model.operation_model(operation).input_shape
        missing = [m for m in members if shape is None or m not in shape.members]
        if missing:
            raise SystemExit(f"the bedrock-agentcore model lacks {operation} {missing}")
    print(f"ok: {AgentCoreStore.__module__} imports, model complete, botocore {botocore.__version__}")


def openmemory_backend() -> None:
    """MEMORY_BACKEND=openmemory: the backend imports and builds its client from the layer alone (httpx,
    no mem0: a self-hosted server over its REST API); nothing is sent."""
    already = "mem0" in sys.modules
    from agentic_memory.openmemory import OpenMemoryStore  # noqa: PLC0415

    OpenMemoryStore("https://memory.example.com", "unused", 1.0)
    if "mem0" in sys.modules and not already:
        raise SystemExit("the openmemory backend imports mem0, which it never uses")
    print(f"ok: {OpenMemoryStore.__module__} imports and builds its client")


if __name__ == "__main__":
    main()
