"""`make run`: serve the template's three HTTP APIs on http://127.0.0.1:3000, offline.

    python -m local_server [--port 3000] [--env-vars env.local.json] [--data-dir .local]

Configuration uses the ``sam local --env-vars`` JSON form: ``{"Parameters": {...}}`` applies to every
function, ``{"<LogicalId>": {...}}`` to one. The four secrets (MEM0_API_KEY, ELEVENLABS_HMAC_KEY,
ELEVENLABS_WORKSPACE_KEY, ELEVENLABS_API_KEY) go into the stack's Secrets Manager secret, as in AWS.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import boto3

from agentic_memory.runtime import aws as lambda_aws
from agentic_memory.runtime.secrets import SECRET_NAMES
from agentic_memory_ops.events import s3_event
from local_server import aws, state
from local_server.runtime import AsyncInvoker, LocalFunction, QueuePoller
from local_server.server import LocalApi
from local_server.template import FunctionSpec, Stack

ROOT = Path(__file__).resolve().parent.parent
log = logging.getLogger("local_server")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    for noisy in ("werkzeug", "botocore", "boto3", "httpx"):  # moto's access log, credential lookups
        logging.getLogger(noisy).setLevel(logging.WARNING)
    overrides = _env_vars(Path(args.env_vars))
    data_dir = Path(args.data_dir).resolve()
    data_dir.mkdir(parents=True, exist_ok=True)

    moto, endpoint = aws.start_moto()
    stack = Stack(ROOT / "template.yaml")
    specs = [_configured(spec, overrides) for spec in stack.functions()]
    secrets: dict[str, str] = {
        k: v for section in overrides.values() for k, v in section.items() if k in SECRET_NAMES
    }
    made = aws.create_resources(stack, secrets)
    buckets = [made[k] for k in stack.of_type("AWS::S3::Bucket")]
    tables = [made[k] for k in stack.of_type("AWS::DynamoDB::Table")]
    restored = state.load(data_dir / "aws", buckets, tables)

    for spec in specs:  # one process for all functions: their variables agree but for the service name
        os.environ.update({k: v for k, v in spec.environment.items() if k != "POWERTOOLS_SERVICE_NAME"})
    sys.path[:0] = [str(path.resolve()) for path in stack.layer_dirs()]  # Lambda's /opt/python
    functions = [LocalFunction(spec) for spec in specs]
    invoker = AsyncInvoker()
    _emulate_s3_notifications(stack)
    pollers = [
        QueuePoller(function, queue).start() for function in functions for queue in function.spec.queues
    ]

    api = LocalApi((args.host, args.port), functions, invoker)
    _banner(
        api, functions=functions, secrets=secrets, data_dir=data_dir, endpoint=endpoint, restored=restored
    )

    def stop(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        api.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        api.server_close()
        invoker.wait_idle(timeout=30)
        for poller in pollers:
            poller.stop(timeout=30)
        saved = state.save(data_dir / "aws", buckets, tables)
        log.info("Stopped; saved %d archive objects and table items to %s", saved, data_dir / "aws")
        moto.stop()
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m local_server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "3000")))
    parser.add_argument(
        "--env-vars",
        default=os.environ.get("ENV_VARS", str(ROOT / "env.local.json")),
        help="configuration in `sam local --env-vars` form (default: env.local.json)",
    )
    parser.add_argument(
        "--data-dir",
        default=os.environ.get("DATA_DIR", str(ROOT / ".local")),
        help="where memories, archive and profiles persist (default: .local)",
    )
    return parser.parse_args(argv)


def _env_vars(path: Path) -> dict[str, dict[str, str]]:
    document: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return {section: {k: str(v) for k, v in values.items()} for section, values in document.items()}


def _configured(spec: FunctionSpec, overrides: dict[str, dict[str, str]]) -> FunctionSpec:
    """The function's template environment with the env file's values applied, as sam local does."""
    chosen = {**overrides.get("Parameters", {}), **overrides.get(spec.logical_id, {})}
    environment = {**spec.environment, **{k: v for k, v in chosen.items() if k not in SECRET_NAMES}}
    return FunctionSpec(**{**spec.__dict__, "environment": environment})


def _emulate_s3_notifications(stack: Stack) -> None:
    """What S3 does in AWS: an object written under a bucket's notification filter is announced on
    its queue, with the event S3 would send."""
    sqs = boto3.client("sqs")
    notifications = stack.queue_notifications()
    events = lambda_aws.session().events  # the functions' clients are built from this session

    def remember(**event: Any) -> None:
        params = event["params"]
        event["context"]["local_s3_object"] = (params.get("Bucket"), params.get("Key"))

    def notify(**event: Any) -> None:
        bucket, key = event["context"].get("local_s3_object", (None, None))
        if event["http_response"].status_code != 200 or not bucket or not key:
            return
        for notification in notifications:
            if notification.matches(bucket, key):
                url = sqs.get_queue_url(QueueName=notification.queue)["QueueUrl"]
                message = s3_event(bucket, key, region=os.environ["AWS_REGION"])
                sqs.send_message(QueueUrl=url, MessageBody=json.dumps(message))

    for operation in ("PutObject", "CopyObject", "CompleteMultipartUpload"):
        events.register(f"before-parameter-build.s3.{operation}", remember)
        events.register(f"after-call.s3.{operation}", notify)


def _banner(
    api: LocalApi,
    *,
    functions: list[LocalFunction],
    secrets: dict[str, str],
    data_dir: Path,
    endpoint: str,
    restored: int,
) -> None:
    host, port = api.server_address[:2]
    lines = ["", "ElevenLabs Agentic Memory — local stack (no cloud account, no network)", ""]
    for function in functions:
        for route in function.spec.routes:
            lines.append(
                f"  {route.method:<5}http://{host!s}:{port}{route.path:<14} {function.spec.logical_id}"
            )
    lines += [
        "",
        f"  ElevenLabs-Signature secret : {secrets.get('ELEVENLABS_HMAC_KEY') or '(not set)'}",
        f"  X-Workspace-Key             : {secrets.get('ELEVENLABS_WORKSPACE_KEY') or '(not set)'}",
        f"  memory backend              : {os.environ.get('MEMORY_BACKEND', 'mem0-platform')}",
        f"  data                        : {data_dir} ({restored} archive objects and items restored)",
        f"  AWS (moto)                  : {endpoint}",
        f"  Lambda Invoke API           : http://{host!s}:{port} (for agentic-memory replay)",
        "",
        "Try: agentic-memory send --type post_call_transcription "
        f"--url http://{host!s}:{port}/post-call --secret <secret above>",
        "Stop with Ctrl-C.",
        "",
    ]
    print("\n".join(lines), flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
