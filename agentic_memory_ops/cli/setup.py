"""``agentic-memory setup``: configure ElevenLabs for a stack through its API (``elevenlabs_setup``).

It shows the plan first and asks (``--yes``, ``--dry-run``); a second run finds nothing to change.
When it creates the post-call webhook, the HMAC secret ElevenLabs generates is written into the
stack's secret (``ELEVENLABS_HMAC_KEY``), never printed. ``--undo`` restores each agent as it was
before the first setup.

What setup keeps lives in the stack's profile table (``TableRecords``): the agents' own variables and
the workspace's numbers because the functions read them there, and each agent's saved copy (what
``--undo`` restores) because every operator of the stack finds it there, not only the one machine that
ran the first setup; the table is retained on stack deletion, has point-in-time recovery, and these
items carry no expiry (the archive bucket would not do: its lifecycle expires every object after
``ArchiveRetentionDays``).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import TYPE_CHECKING, Any

from agentic_memory.agent_variables import agent_key, agent_variables_of, record_agent_variables
from agentic_memory.errors import ConfigError
from agentic_memory.runtime.secrets import (
    MAX_AGE_SECONDS,
    forget as forget_cached_secrets,
    get_secret,
    optional_secret,
)
from agentic_memory.workspace import NUMBERS_KEY, record_numbers
from agentic_memory_ops.cli.forget import ask
from agentic_memory_ops.cli.local import NOTHING_TO_DO
from agentic_memory_ops.cli.target import LOCAL_PATHS, CommandError, Target, UsageError
from agentic_memory_ops.elevenlabs_limits import LimitError
from agentic_memory_ops.elevenlabs_sdk import ElevenLabsApi
from agentic_memory_ops.elevenlabs_setup import Setup
from agentic_memory_ops.elevenlabs_stack import StackSide

if TYPE_CHECKING:
    from mypy_boto3_dynamodb import DynamoDBClient

    from agentic_memory.settings import Settings

ORIGINAL_KEY_PREFIX = "setup#agent#"  # an agent's sections before the first setup (no caller key is like it)


_CALLED = ("client_data_url", "retrieve_url", "post_call_url")


def stack_side(target: Target, base_url: str | None = None) -> StackSide:
    """What the stack (or ``--base-url``, a tunnel to ``make run``) says ElevenLabs must call."""
    settings = target.settings
    if base_url:
        base = base_url.rstrip("/")
        urls = {dest: f"{base}{path}" for dest, path in LOCAL_PATHS.items()}
    else:
        urls = {dest: target.url(dest, f"--{dest[:-4].replace('_', '-')}-url") for dest in _CALLED}
        # A stack from before the forget_me tool has no ForgetMeUrl output: the route is beside /retrieve.
        urls["forget_me_url"] = target.urls.get("forget_me_url") or urls["retrieve_url"].replace(
            "/retrieve", "/forget-me"
        )
        verify = target.urls.get("verify_caller_url")
        urls["verify_caller_url"] = verify or urls["retrieve_url"].replace("/retrieve", "/verify-caller")
    try:
        workspace_key = get_secret("ELEVENLABS_WORKSPACE_KEY", settings)
    except ConfigError as error:
        raise UsageError(f"no workspace key to give ElevenLabs: {error}") from None
    return StackSide(
        name=target.stack.name if target.stack else "local",
        client_data_url=urls["client_data_url"],
        retrieve_url=urls["retrieve_url"],
        post_call_url=urls["post_call_url"],
        forget_me_url=urls["forget_me_url"] if settings.forget_me_tool else None,
        verify_caller_url=urls["verify_caller_url"] if settings.caller_verification else None,
        workspace_key=workspace_key,
        default_first_message=settings.default_first_message,
        first_message_override=settings.first_message_override,
        prompt_override=settings.prompt_override,
        language_override=settings.language_override,
        audio_webhook=settings.audio_source == "webhook",
    )


def elevenlabs_api(target: Target, given: str | None) -> ElevenLabsApi:
    key = given or optional_secret("ELEVENLABS_API_KEY", target.settings)
    if not key:
        raise UsageError("no ElevenLabs API key: pass --api-key, or set ELEVENLABS_API_KEY (or the stack's)")
    return ElevenLabsApi(key, target.settings.elevenlabs_api_url)


def run(
    target: Target,
    agents: list[str],
    *,
    api_key: str | None,
    base_url: str | None,
    assume_yes: bool,
    dry_run: bool,
    undo: bool = False,
) -> int:
    if not agents:
        raise UsageError("name the agents to set up: --agent AGENT_ID (repeatable)")
    stack = stack_side(target, base_url)
    insecure = [
        u
        for u in (stack.client_data_url, stack.retrieve_url, stack.post_call_url)
        if not u.startswith("https://")
    ]
    if insecure:
        raise UsageError(
            f"ElevenLabs calls HTTPS URLs only, not {insecure[0]}: with make run, pass --base-url "
            "https://<a tunnel to it> (see the README)"
        )
    api = elevenlabs_api(target, api_key)
    records = TableRecords(target.dynamodb(), target.table())
    try:
        return _plan_and_apply(
            target, Setup(api, stack, agents, records), assume_yes=assume_yes, dry_run=dry_run, undo=undo
        )
    except LimitError as error:
        raise UsageError(f"nothing was changed: {error}") from None
    except Exception as error:
        if type(error).__name__ == "ValidationError":  # pydantic: the SDK's model refused a body
            raise CommandError(
                f"nothing more was written: the SDK refuses the body: {str(error)[:300]}"
            ) from None
        if type(error).__module__.startswith(("elevenlabs", "httpx")):  # the API refused, or is unreachable
            raise CommandError(f"ElevenLabs: {_described(error)}") from None
        raise


def _described(error: Exception) -> str:
    status = getattr(error, "status_code", None)
    body = getattr(error, "body", None)
    return f"HTTP {status}: {str(body)[:300]}" if status else f"{type(error).__name__}: {str(error)[:300]}"


def _plan_and_apply(target: Target, plan: Setup, *, assume_yes: bool, dry_run: bool, undo: bool) -> int:
    stack, agents = plan.stack, plan.agent_ids
    steps = plan.undo() if undo else plan.run()
    for note in plan.notes:
        print(f"Note: {note}.")
    if not steps:
        print(f"ElevenLabs already matches {stack.name} for {', '.join(agents)}: {NOTHING_TO_DO}.")
        return 0
    print(f"To {'undo the setup of' if undo else 'set up'} ElevenLabs for {stack.name}:")
    for step in steps:
        print(f"  - {step}")
    if dry_run:
        return 0
    if not assume_yes:
        if not sys.stdin.isatty():
            raise UsageError("stdin is not a terminal: pass --yes to apply without a confirmation prompt")
        if not ask("Apply these changes? [y/N] "):
            print("Nothing was changed.")
            return 1
    applied = Setup(plan.api, stack, agents, plan.records, apply=True)
    applied.undo() if undo else applied.run()
    if applied.webhook_secret:
        _store_webhook_secret(target, applied.webhook_secret)
    print(f"Done: {len(applied.changes)} changes. `agentic-memory doctor` checks them.")
    return 0


class TableRecords:
    """What setup keeps beside the caller profiles (see the module docstring)."""

    def __init__(self, db: DynamoDBClient, table: str) -> None:
        self._db, self._table = db, table

    def _item(self, key: str) -> dict[str, Any] | None:
        found: dict[str, Any] | None = self._db.get_item(
            TableName=self._table, Key={"pk": {"S": key}}, ConsistentRead=True
        ).get("Item")
        return found

    def original(self, agent_id: str) -> dict[str, Any] | None:
        item = self._item(ORIGINAL_KEY_PREFIX + agent_id)
        return json.loads(item["sections"]["S"]) if item else None

    def save_original(self, agent_id: str, sections: dict[str, Any]) -> None:
        """Kept once: a later setup never overwrites the copy of the agent before the first."""
        with contextlib.suppress(self._db.exceptions.ConditionalCheckFailedException):
            self._db.put_item(
                TableName=self._table,
                Item={
                    "pk": {"S": ORIGINAL_KEY_PREFIX + agent_id},
                    "sections": {"S": json.dumps(sections, sort_keys=True)},
                    "saved_at": {"N": str(int(time.time()))},
                },
                ConditionExpression="attribute_not_exists(pk)",
            )

    def drop_original(self, agent_id: str) -> None:
        self._db.delete_item(TableName=self._table, Key={"pk": {"S": ORIGINAL_KEY_PREFIX + agent_id}})

    def agent_variables(self, agent_id: str) -> dict[str, str] | None:
        item = self._item(agent_key(agent_id))
        return agent_variables_of(item) if item else None

    def record_agent_variables(self, agent_id: str, variables: dict[str, str]) -> None:
        record_agent_variables(self._db, self._table, agent_id, variables)

    def numbers(self) -> frozenset[str]:
        item = self._item(NUMBERS_KEY) or {}
        return frozenset(item.get("numbers", {}).get("SS", []))

    def record_numbers(self, numbers: list[str]) -> None:
        record_numbers(self._db, self._table, numbers)


def _store_webhook_secret(target: Target, secret: str) -> None:
    """ElevenLabs shows a new webhook's secret once: keep it where PostCall reads it."""
    settings: Settings = target.settings
    if settings.secrets_id is None:
        raise CommandError(
            "the webhook was created, but there is no stack secret to keep its HMAC secret in: "
            "copy it from ElevenLabs (Settings -> Webhooks) into ELEVENLABS_HMAC_KEY"
        )
    client = target.secretsmanager()
    values = json.loads(client.get_secret_value(SecretId=settings.secrets_id)["SecretString"])
    values["ELEVENLABS_HMAC_KEY"] = secret
    client.put_secret_value(SecretId=settings.secrets_id, SecretString=json.dumps(values))
    forget_cached_secrets()  # with --local this process is the functions': they read it at once
    minutes = MAX_AGE_SECONDS // 60
    print(
        f"The new webhook's HMAC secret is in the stack's secret (PostCall reads it within {minutes} "
        "minutes; retries cover deliveries before). Set the ElevenLabsHmacKey parameter to it too "
        "(aws secretsmanager get-secret-value --secret-id <AppSecretArn>), or a later deploy that "
        "changes the secret puts the old one back."
    )
