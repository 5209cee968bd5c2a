"""``agentic-memory doctor``, the ElevenLabs side (with an API key): what would make calls fail there.

The post-call webhook (auto-disabled, disabled, recent failed deliveries), and, for each agent, what
``agentic-memory setup`` would change: a tool URL or secret header that does not match the stack, a
missing data-collection item or placeholder, a webhook the agent does not call, variables of its own
ClientData does not know yet (failures); an override permission the stack needs that is off (a
warning: the operator's to switch on). Each names its fix. Lists are compared as sets. The
workspace's own phone numbers are refreshed on the way (``agentic_memory.workspace``).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from agentic_memory.errors import ConfigError
from agentic_memory.runtime.secrets import optional_secret
from agentic_memory_ops.cli.results import Result
from agentic_memory_ops.cli.setup import TableRecords, stack_side
from agentic_memory_ops.cli.target import Target, UsageError
from agentic_memory_ops.elevenlabs_sdk import ElevenLabsApi
from agentic_memory_ops.elevenlabs_setup import Setup

# A failed delivery this recent is worth a warning (ElevenLabs auto-disables after 7 days of failures).
RECENT_FAILURE_SECONDS = 7 * 24 * 3600
FIX = "agentic-memory setup"


def results(target: Target, agents: list[str]) -> list[tuple[str, Result]]:
    try:
        key = optional_secret("ELEVENLABS_API_KEY", target.settings)
    except ConfigError as error:
        return [("ElevenLabs", Result("fail", str(error)))]
    if not key:
        return [("ElevenLabs", Result("skip", "no ELEVENLABS_API_KEY: the ElevenLabs side is not checked"))]
    try:
        stack = stack_side(target)
        api = ElevenLabsApi(key, target.settings.elevenlabs_api_url)
        found = [("ElevenLabs webhook", _webhook(api.webhooks(), stack.post_call_url))]
        found.append(
            (
                "ElevenLabs retries",
                Result("skip", f"not reported by the API: {FIX} turns them on; see Settings -> Webhooks"),
            )
        )
        records = TableRecords(target.dynamodb(), target.table())
        found.append(("ElevenLabs numbers", _numbers(api, records)))
        return found + _agents(Setup(api, stack, agents, records), agents)
    except UsageError as error:
        return [("ElevenLabs", Result("fail", str(error)))]
    except Exception as error:  # the API's errors: one failed line, never the end of the run
        return [("ElevenLabs", Result("fail", f"{type(error).__name__}: {str(error)[:200]}"))]


def _webhook(webhooks: list[dict[str, object]], url: str) -> Result:
    ours = next((w for w in webhooks if w.get("webhook_url") == url), None)
    if ours is None:
        return Result("fail", f"no post-call webhook calls {url}: run {FIX}")
    failed_at = ours.get("most_recent_failure_timestamp")
    last = ""
    if isinstance(failed_at, int):
        day = datetime.fromtimestamp(failed_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        last = f"last failed delivery {day} (HTTP {ours.get('most_recent_failure_error_code')})"
    if ours.get("is_auto_disabled"):
        return Result(
            "fail",
            f"ElevenLabs disabled it after repeated failures ({last or 'no detail'}): fix the endpoint "
            f"(the PostCall 5xx alarm, `sam logs`), then {FIX} enables it again",
        )
    if ours.get("is_disabled"):
        return Result("fail", f"disabled in ElevenLabs: {FIX} enables it")
    if isinstance(failed_at, int) and time.time() - failed_at < RECENT_FAILURE_SECONDS:
        return Result("warn", f"enabled; {last}: see the PostCall 5xx alarm and `sam logs`")
    return Result("pass", f"{ours.get('webhook_id')} enabled, no recent failed delivery")


def _numbers(api: ElevenLabsApi, records: TableRecords) -> Result:
    """Refresh the workspace's own numbers (the tools and ingestion tell an outbound call's customer
    by them); a failure to read them is a warning: inbound calls do not need them."""
    try:
        numbers = api.phone_numbers()
    except Exception as error:
        status = getattr(error, "status_code", None) or type(error).__name__
        return Result("warn", f"could not be read ({status}): outbound calls are keyed by system__caller_id")
    records.record_numbers(numbers)
    return Result("pass", f"{len(set(numbers))} workspace numbers recorded")


def _agents(setup: Setup, agents: list[str]) -> list[tuple[str, Result]]:
    if not agents:
        return [("ElevenLabs agents", Result("skip", "name them with --agent (or RECONCILE_AGENT_IDS)"))]
    found = []
    for step in setup.run():
        if not step.startswith("agent "):
            found.append(("ElevenLabs workspace", Result("fail", f"{step}: run {FIX}")))
    for agent_id in agents:
        mine = setup.agent_changes.get(agent_id, [])
        failing = [c.what for c in mine if not c.permission]
        for change in (c for c in mine if c.permission):
            fix = f"switch it on in the agent's Security tab, or run {FIX} --agent {agent_id}"
            found.append(("ElevenLabs permissions", Result("warn", f"{agent_id} needs {change.what}: {fix}")))
        if failing:
            fix = f"run {FIX} --agent {agent_id}"
            found.append(
                ("ElevenLabs agent", Result("fail", f"{agent_id} needs {'; '.join(failing)}: {fix}"))
            )
        else:
            found.append(
                (
                    "ElevenLabs agent",
                    Result("pass", f"{agent_id}: tools, webhooks, placeholders, variables, data collection"),
                )
            )
    return found
