"""``agentic-memory doctor``: check a configuration end to end, one pass/fail line per dependency.

The HTTP checks POST without credentials and expect 401: that proves the function is deployed,
reads its secret and refuses strangers, without sending anything it would store. Secret values are
never printed, only whether they are set and where they came from.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import httpx
from botocore.exceptions import ClientError

from agentic_memory.errors import ConfigError
from agentic_memory.runtime.compose import open_memory_store
from agentic_memory.runtime.secrets import SecretName, get_secret
from agentic_memory_ops.cli.doctor_backends import backend_label, check_backend
from agentic_memory_ops.cli.doctor_elevenlabs import results as elevenlabs_results
from agentic_memory_ops.cli.doctor_openmemory import check_openmemory
from agentic_memory_ops.cli.results import Result
from agentic_memory_ops.cli.target import Target, UsageError

HTTP_TIMEOUT_SECONDS = 10.0
SECRETS: tuple[SecretName, ...] = (
    "MEM0_API_KEY",
    "ELEVENLABS_HMAC_KEY",
    "ELEVENLABS_WORKSPACE_KEY",
    "ELEVENLABS_API_KEY",
)
# Secrets only some configurations need, and the setting that needs them.
OPTIONAL_SECRETS = {"MEM0_API_KEY": "MEMORY_BACKEND=mem0-platform", "ELEVENLABS_API_KEY": "AUDIO_SOURCE=api"}
ENDPOINTS = (
    ("ClientData endpoint", "client_data_url", "--client-data-url"),
    ("Retrieve endpoint", "retrieve_url", "--retrieve-url"),
    ("PostCall endpoint", "post_call_url", "--post-call-url"),
)


Check = Callable[[Target], Result]


def run(target: Target, agents: list[str] | None = None) -> int:
    checks: list[tuple[str, Check]] = [
        *((name, partial(check_secret, name)) for name in SECRETS),
        (backend_label(target), partial(check_backend, check_memory)),
        ("archive bucket", check_bucket),
        ("profile table", check_table),
        ("dead-letter queue", check_dead_letters),
        *((name, partial(check_endpoint, dest, flag)) for name, dest, flag in ENDPOINTS),
    ]
    failed = 0
    for name, check in checks:
        failed += _show(name, _safely(check, target))
    for name, result in elevenlabs_results(target, agents or list(target.settings.reconcile_agent_ids)):
        failed += _show(name, result)
    print(f"{failed} check{'s' if failed != 1 else ''} failed." if failed else "All checks passed.")
    return 1 if failed else 0


def _show(name: str, result: Result) -> bool:
    print(f"{result.status.upper():<5} {name:<25} {result.detail}", flush=True)
    return result.status == "fail"


def check_secret(name: SecretName, target: Target) -> Result:
    settings = target.settings
    where = f"in secret {settings.secrets_id}" if settings.secrets_id else "in the environment"
    needed = {
        "MEM0_API_KEY": settings.memory_backend == "mem0-platform",
        "ELEVENLABS_API_KEY": settings.audio_source == "api",
    }.get(name, True)
    try:
        get_secret(name, settings)
    except ConfigError as error:
        if needed:
            return Result("fail", str(error))
        return Result("warn", f"not set {where}; only needed with {OPTIONAL_SECRETS[name]}")
    return Result("pass", f"set {where}")


def check_memory(target: Target) -> Result:
    settings = target.settings
    if settings.memory_backend == "openmemory":
        return check_openmemory(target)  # a server the operator runs: reachable from here
    if settings.memory_backend != "mem0-platform":
        # The embedded store lives in the functions' process (and Qdrant's local mode locks its folder
        # to one process): opening one here would test this machine, not the deployment.
        return Result(
            "skip", f"{settings.memory_backend} is embedded in the functions; not reachable from here"
        )
    # Uncached on purpose: the point is to reach Mem0 now (the platform client pings when built).
    open_memory_store(settings, settings.mem0_timeout)
    return Result("pass", f"{settings.memory_backend} at {settings.mem0_host} answered (key accepted)")


def check_bucket(target: Target) -> Result:
    bucket = target.bucket()
    target.s3().head_bucket(Bucket=bucket)
    return Result("pass", bucket)


def check_table(target: Target) -> Result:
    table = target.table()
    status = target.dynamodb().describe_table(TableName=table)["Table"].get("TableStatus", "?")
    return Result("pass" if status == "ACTIVE" else "fail", f"{table} ({status})")


def check_dead_letters(target: Target) -> Result:
    if not target.queue_url:
        return Result("skip", "unknown: pass --queue-url or --stack")
    attributes = target.sqs().get_queue_attributes(
        QueueUrl=target.queue_url, AttributeNames=["ApproximateNumberOfMessages"]
    )["Attributes"]
    waiting = int(attributes.get("ApproximateNumberOfMessages", "0"))
    if waiting:
        return Result("warn", f"{waiting} failed ingestions waiting: run agentic-memory replay --dlq")
    return Result("pass", "empty")


def check_endpoint(dest: str, flag: str, target: Target) -> Result:
    url = target.urls.get(dest)
    if not url:
        return Result("skip", f"unknown: pass {flag} or --stack")
    answer = httpx.post(
        url, content=b"{}", headers={"Content-Type": "application/json"}, timeout=HTTP_TIMEOUT_SECONDS
    )
    if answer.status_code == 401:
        return Result("pass", f"{url} refuses a request without credentials (401)")
    if answer.status_code < 300:
        return Result("fail", f"{url} accepted a request without credentials ({answer.status_code})")
    return Result("fail", f"{url} answered {answer.status_code}, expected 401: {answer.text[:120]}")


def _safely(check: Check, target: Target) -> Result:
    """Run one check; whatever it raises is that check's failure, never the end of the run."""
    try:
        return check(target)
    except (UsageError, ConfigError) as error:
        return Result("fail", str(error))
    except ClientError as error:
        detail = error.response.get("Error", {})
        return Result("fail", f"{detail.get('Code', 'error')}: {detail.get('Message', error)}")
    except Exception as error:
        return Result("fail", f"{type(error).__name__}: {str(error)[:200]}")
